"""A prior-exam paragraph or clause, and the image-only citations inside it (issue 16, round 17).

An earlier examination is often described first, opened by a past-time adverb ("damals", "seinerzeit", "früher",
"back then", "at that time") or an earlier-exam phrase ("In der Voruntersuchung vom ...", "On the previous
examination", "auf der Vorabklärung"), with its own series: "Damals (CT 11/2024, Serie 3) bestand ein Rundherd (Bild
118)." An image-only citation that continues that series belongs to the EARLIER study, up to a now word ("Aktuell",
"jetzt", "today", "currently") that switches back to this study. The miner's grammar sees one sentence at a time and
does not know which series an image-only citation continues; `mine._references` asks `framed_prior` with the position
of the series mention the citation inherits.
"""

from __future__ import annotations

import re

from curation.snippets.grammar import NOW_WORD, PRIOR_CUE

__all__ = ["framed_prior"]

# Where a sentence starts: after a sentence end, a line break or a ";".
_SENTENCE_START = re.compile(r"[.!?;]\s+(?=[A-ZÄÖÜa-zäöü(\[])|\n")
_ENDS = (". ", "! ", "? ", "; ", ".\n", "\n")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts: after the last sentence end, line break or ";" before it (a line
    break bounds it, so it never reaches into another report section)."""
    at = 0
    for end in _ENDS:
        found = text.rfind(end, 0, pos)
        if found >= 0:
            at = max(at, found + len(end))
    while at < pos and text[at].isspace():
        at += 1
    return at
# The frame that opens the sentence: a label ("Zum Vergleich:"), a connective, then a past-time adverb or a
# preposition with the earlier examination's noun (`PRIOR_CUE`, matched after it).
_OPENING = re.compile(r"(?i)[\s\-–•*>]*(?:(?:zum\s+vergleich|vergleich|for\s+comparison|comparison)\s*:\s*)?"
                      r"(?:(?:und|and|but|aber|while|whereas)\s+)?")
_TIME = re.compile(r"(?i)(?:back\s+then|at\s+that\s+time|damals|seinerzeit|früher|vormals|zuvor|previously|formerly)\b")
_OPENS = re.compile(r"\s*[:(]")  # a prior noun opening its clause: "VU: ...", "Voruntersuchung (Serie 4): ..."
_ON = re.compile(r"(?i)(?:in|im|auf|bei|beim|on|at|from)\s+(?:(?:der|dem|den|the)\s+)?"
                 r"(?:(?:most\s+recent|latest|last|letzten|früheren|vorherigen)\s+)?")
# A finding of this study that the earlier one named or that changed since: not a frame.
_NOT_FRAME = re.compile(r"(?i)\s*,?\s*(?:described|beschrieben\w*|bekannt\w*|known|noted|erwähnt\w*|mentioned|"
                        r"reported)\b")
_TURN = re.compile(r"(?i)\b(?:unverändert|unchanged|stable|stabil|konstant|größenkonstant|\w*progredient|"
                   r"\w*regredient|rückläufig|increased|decreased|grown|smaller|larger|kleiner|größer|since|seit|"
                   r"compared|verglichen|gegenüber|vs|versus|persist\w*|weiterhin)\b")


def _frame_end(text: str, at: int, stop: int) -> int | None:
    """Where the frame that opens text[at:stop] ends, or None when it opens with none."""
    pos = _OPENING.match(text, at, stop).end()
    time = _TIME.match(text, pos, stop)
    if time is not None:
        end = time.end()
    elif (on := _ON.match(text, pos, stop)) is not None and (noun := PRIOR_CUE.match(text, on.end(), stop)):
        end = noun.end()
    elif (noun := PRIOR_CUE.match(text, pos, stop)) is not None and _OPENS.match(text, noun.end(), stop):
        end = noun.end()  # "Voruntersuchung (Serie 4): ...", "VU: ..."
    else:
        return None
    return None if _NOT_FRAME.match(text, end, stop) else end


# A later sentence that tells this study's finding in the present tense: "Der Herd misst 8 mm (Bild 40)", "A nodule is
# seen (image 102)" (the frame's own sentence may: "Damals ... ein Herd, der ... liegt (Bild 51)").
_PRESENT = re.compile(r"(?i)\b(?:misst|messen|ist|sind|zeigt|zeigen|beträgt|betragen|findet|finden|stellt|stellen|"
                      r"measures|measure|is|are|shows|show|demonstrates)\b")


def framed_prior(text: str, mention: int, ref_start: int) -> bool:
    """True when the series mention at `mention` stands in a sentence framed in an earlier examination and no now
    word or turn stands between that frame and the image-only citation at `ref_start` (nor, in a later sentence, a
    present-tense verb before the citation)."""
    end = _frame_end(text, _sentence_start(text, mention), mention)
    if end is None or NOW_WORD.search(text, end, ref_start) or _TURN.search(text, end, ref_start):
        return False
    later = None
    for m in _SENTENCE_START.finditer(text, mention, ref_start):
        later = m.end()
    return later is None or _PRESENT.search(text, later, ref_start) is None
