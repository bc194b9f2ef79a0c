"""The study a citation points into, named by the CLAUSE before its bracket (issue 16, round 22a).

Three mechanisms, each read in every word order the dev sets hold (in and out of brackets, running text, list rows):

- A MEASUREMENT CLAUSE OPENED BY A TIMEPOINT decides the citation that closes it. The clause runs from the nearest
  ",", ";", ":", "|", spaced dash or "/", line, sentence start or closed bracket to the citation (or to its bracket,
  when the bracket holds nothing before the citation but an exam word). When its first word (after "im", "in", "am",
  "at", "on", "bei", "zum", "the") is an EARLIER timepoint (a prior word of `study_scope`; a month; "mm/yy"; interim,
  staging, restaging, nadir, Vorrunde, präop./pre-operative) and the clause holds a value ("11 mm", "12,1"), the
  citation is the earlier exam's: "14 mm (Se 3/Bi 72) – 02/25 11 mm (Se 2/Bi 70)", "jetzt 9 mm (...), Interim 7 mm
  (...), Baseline 5 mm (...)", "SUVmax 8,4 (...), Vor-PET 12,1 (...)". A clause opened by a current word ("jetzt",
  "aktuell", "heute", "now", "today", "current") is this study's.
- A NAMED EARLIER EXAM right before the bracket: seen ON it ("seen on the outside CT from St Mary's (image 45)"), or
  compared to it in a sentence that calls the finding unchanged:
  "unchanged compared to the prior CTA of <date> (pair)", "is unchanged from the outside PET/CT (pair)", "im Vergleich
  zum Vor-CT vom <date> unverändert (pair)": the pair is that exam's image. The exam must be named (an exam word after
  prior / outside / auswärtig / extern / früher, a Vor-<modality> compound, or an exam with its date); a bare "the
  prior" / "der Voruntersuchung" is no exam, and a new or grown finding ("new", "neu", "progredient", "increased") is
  shown on today's images: both stay current.
- A SENTENCE OPENED BY A PRIOR-EXAM FRAME ("On the prior CTA of <date>, ...", "In der Voruntersuchung vom <date> ...",
  "On the outside MRI, ...") scopes over ";" and "," to its FIRST citation: that citation is the earlier exam's,
  unless a current frame ("on this scan", "today") stands between or its own clause opens with a current word. A
  sentence about a finding not yet there ("In der Voruntersuchung noch nicht sichtbare Zyste", "new", "neu") cites
  today's images.

Applied in `grammar.scan_ref_spans` before `study_scope.own_part_study` (a label in the citation's own part still
decides last): the frame first, then the comparison, then the clause opener (the most local wins).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from curation.snippets.study_past import past_subject
from curation.snippets.study_past import sentence_of as _sentence
from curation.snippets.study_scope import _EXAM, _NOW, _PRIOR, S, _bracket_open, _words
from curation.snippets.timepoint_words import EARLIER_COMPOUND, MONTH

__all__ = ["changed_now", "clause_study"]

_MONTH = re.compile(rf"(?i)(?:Mrz\.?|{MONTH})$")  # the shared month names, plus the "Mrz" of German dates
# Earlier-round words that name an earlier timepoint when they OPEN a measurement clause (not as a label of their own:
# "Restaging-CT" as a report title is the current exam).
# "Interim", "Interims-PET", "Interimskontrolle"; not "Interimsanalyse"
_INTERIM = r"interim(?:s?-?(?:PET|CT|MRT?|MRI|kontrolle|staging|scan|exam)\w*)?"
_EARLIER = re.compile(rf"(?i)(?:{_INTERIM}|staging|restaging|re-staging|nadir|Vorrunde\w*|präop\w*|praeop\w*|"
                      r"pre-?op\w*|präoperativ\w*|preoperative\w*|initial\w*|initially|zuletzt|last|"
                      r"vormals|früher|earlier|formerly)\.?$")
_ADJACENT = re.compile(r"(?i)(?:davor|before)$")
# Round 24: a response label of an earlier round after "at"/"bei" names that round's measurement ("bei PR 19 mm",
# "at iCPD 22 mm", "bei iUPD 12 mm"): RECIST / iRECIST / Lugano / PERCIST categories, upper case as written.
_RESPONSE = re.compile(r"(?:i?(?:CR|PR|SD|PD|UPD|CPD)|PMR|PMD)$")
# Round 23/24 review: the same letters name organs, sequences, exams and receptors ("in der SD" thyroid, "on PD"
# proton density, "Stone in the PD" duct, "bei PD" peritoneal dialysis, "CMR"/"NMR" exams, "PR-positiv"). A response
# label opens an earlier measurement only in a response assessment (`_RESPONSE_CONTEXT` somewhere in the text), after
# "at"/"bei"/"beim"/"zum"/"zur"/"during" or opening its clause, and never when the text calls today's response by
# that label ("overall response SD ... at SD 22 mm").
_RESPONSE_LEAD = frozenset({"at", "bei", "beim", "zum", "zur", "during"})
_RESPONSE_CONTEXT = re.compile(r"(?i)\b(?:i?RECIST|Lugano|Deauville|PERCIST|Cheson|mRECIST|RANO|response|"
                               r"Ansprechen|Therapieansprechen|Remission|Zielläsion\w*|target\s+lesions?|"
                               r"Restaging|Re-Staging|best\s+overall|baseline|nadir|unter\s+(?:Therapie|Chemo\w*|Immun\w*)|"
                               r"(?:on|under)\s+(?:therapy|treatment|chemo\w*|immuno\w*))\b")
# ... or a list of timepoints that names today's value ("at PD 14 mm (...), now 16 mm (...)").
_NOW_SIZE = re.compile(r"(?i)\b(?:jetzt|heute|aktuell|now|today|current(?:ly)?)\s+\d+(?:[.,]\d+)?\s*(?:mm|cm)\b")
_CURRENT_RESPONSE = re.compile(r"(?i)(?:response|Ansprechen|Beurteilung|assessment|Gesamt\w*|overall|aktuell|"
                               r"current|now|heute|jetzt)\s*(?:[:=]\s*)?(?:is\s+|ist\s+)?(?-i:(i?(?:CR|PR|SD|PD|UPD|"
                               r"CPD)|PMR|PMD))\b")
_FILLERS = frozenset({"noch", "still", "that", "this", "ca.", "ca", "approx.", "about", "nur", "only", "time",
                      "insgesamt", "gesamt", "total", "overall", "summiert", "jeweils"})
# Round 24: a lead preposition inside the clause after its subject ("Splenic lesion at interim 8 mm", "Herd im
# Unterlappen in der Vorrunde 16 mm", "Knochenläsion bei SD 22 mm"): the timepoint it opens starts the measurement.
_INNER_LEAD = frozenset({"at", "bei", "beim", "zum", "zur", "in", "im", "der", "during", "on"})
_YEAR = re.compile(r"(?:19|20)\d\d[.,]?")
_MONTH_YEAR = re.compile(r"(?:\d{1,2}/\d\d|\d{1,2}/(?:19|20)\d\d|\d{1,2}\.(?:19|20)?\d\d)$")
_LEAD = frozenset({"im", "in", "am", "at", "on", "bei", "beim", "zum", "the", "der", "dem", "den", "vom", "from", "-",
                   "–"})
_VALUE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:mm|cm)\b|\d+[.,]\d+")
_CLAUSE_STOP = re.compile(r",(?!\d)|[;:|\n→]|->|=>|\s[–—/-]\s|[.!?](?=\s+[A-ZÄÖÜ])|[)\]]")
_REACH = 80
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?\s*(?:mm|cm)\b|\d+,\d+(?![\d.])|[\d./-]*\d|[^\W\d_][\w/-]*\.?")
_LIST_WORDS = frozenset({"und", "and", "sowie", "u.", "bzw.", "or", "oder"})
# A current-exam frame later in a prior-framed sentence ends the frame's scope ("On the previous scan, series 3 image
# 50; on this scan, series 4 image 52").
_CURRENT_FRAME = re.compile(r"(?i)\b(?:this|the\s+current|today's|present|diese[rmn]?|der\s+aktuellen|"
                            r"der\s+heutigen)\s+(?:\w+\s+)?(?:scan|exam\w*|study|CT|MRT?|MRI|Untersuchung|Aufnahme)\b|"
                            r"\b(?:today|now|currently|aktuell|heute|jetzt)\b")


def _clause_before(text: str, at: int, floor: int) -> str:
    """The clause that ends at `at`: from the nearest stop within `_REACH` characters, never before `floor` (the end
    of the previous citation)."""
    lo = max(0, at - _REACH, floor)
    stops = list(_CLAUSE_STOP.finditer(text, lo, at))
    return text[stops[-1].end() if stops else lo:at]


def _opener(clause: str, responses: frozenset[str] = frozenset()) -> bool | None:
    """True when the clause opens with an earlier timepoint and closes with its value, False with a current word.

    The value must close the clause (at most one word after it: "8 mm groß") and follow the timepoint word within
    three words ("Vor-CT vom 04.11.2024 15 mm", "im Juni 2024 noch 6 mm"); "davor"/"before" (also "in front of it")
    only right before the value ("davor 7 mm", "before that 6 mm"). "The previously noted 4 mm nodule is stable" and
    "davor ein Lymphknoten 11 mm" are findings, not earlier measurements."""
    words = [w for w in _TOKEN.findall(clause) if w.lower() not in _LIST_WORDS]
    opened = _opened(words, responses)
    if opened is None:  # round 24: a timepoint after the clause's subject, opened by a lead preposition
        for k in range(len(words) - 2, 0, -1):
            if words[k - 1].lower() in _INNER_LEAD and words[k].lower() not in _INNER_LEAD:
                if _response(words[k]) and (words[k - 1].lower() not in _RESPONSE_LEAD
                                            or (k > 1 and _NOW.match(words[k - 2].rstrip(".")))):
                    break  # "in der SD 8 mm", "on PD 3 mm"; "heute bei SD 22 mm" is today's
                if _opened(words[k:], responses):
                    return True
                break
    return opened


def _response(word: str) -> bool:
    return _RESPONSE.match(word) is not None


def _responses(text: str) -> frozenset[str]:
    """The response labels that may name an earlier round in `text`: none outside a response assessment, and not
    the label the text gives today's response."""
    labels = {"iCR", "iPR", "iSD", "iUPD", "iCPD", "UPD", "CPD", "PMD"}  # iRECIST's own labels name a round anyway
    if _RESPONSE_CONTEXT.search(text) is not None or _NOW_SIZE.search(text) is not None:
        labels |= {"CR", "PR", "SD", "PD", "PMR"}
    return frozenset(labels - {m.group(1) for m in _CURRENT_RESPONSE.finditer(text)})


def _opened(words: list[str], responses: frozenset[str] = frozenset()) -> bool | None:
    """`_opener` on the clause's words."""
    while words and words[0].lower() in _LEAD:
        words = words[1:]
    if not words or len(words) > 8:
        return None
    first = words[0]
    if _NOW.match(first.rstrip(".")):
        return False
    if _response(first) and first not in responses:
        return None
    if not (_PRIOR.match(first.rstrip(".")) or _EARLIER.match(first) or _ADJACENT.match(first)
            or _MONTH.match(first) or _MONTH_YEAR.match(first) or _response(first)):
        return None
    if len(words) == 1 and _PRIOR.match(first.rstrip(".")):
        return True  # a lone label, abbreviated or not, before the citation's bracket: "Vorunters. (Ser. 2/Bild 118)"
    at = next((k for k, w in enumerate(words) if _VALUE.fullmatch(w)), None)
    if at is None or at < len(words) - 2:
        return None
    gap = [w for w in words[1:at] if w.lower() not in _FILLERS]
    if (_MONTH.match(first) or _EARLIER.match(first) or _response(first)) and not _PRIOR.match(first.rstrip(".")):
        # a month or earlier-round word names a timepoint only with a year, date or exam word before the value:
        # "Juni 2025 29 mm", "Interim PET 52 mm"; not "Im Juni geplante Biopsie 12 mm", "Last lesion 12 mm"
        gap = [w for w in gap if not (_YEAR.fullmatch(w) or _MONTH_YEAR.match(w) or _EXAM.match(w))]
        if gap:
            return None
    if len(gap) > (0 if _ADJACENT.match(first) else 3):
        return None
    return True


def _anchor(text: str, span: S) -> int:
    """Where the citation's clause ends: its bracket's opening when the bracket holds nothing before it but exam or
    modality words ("(CT Serie 4/Bild 66)"), else the citation's start."""
    opened = _bracket_open(text, span.start)
    if opened is None:
        return span.start
    inside = _words(text[opened + 1:span.start])
    return opened if all(_EXAM.match(w) for w in inside) else span.start


# Round 23: the exam before an operation or at admission too: "On the preoperative MRI ...", "on the admission scan",
# "im präoperativen MRT", "Im Aufnahme-CT vom Vortag" (`_VOR_EXAM`).
# Round 25: the exam of the emergency department or of staging too: "relative to the ED scan", "the emergency CT".
_PRIOR_ADJ = (r"(?:prior|previous|outside|external|earlier|old|auswärtig\w*|externe\w*|frühere\w*|letzte\w*|alte\w*|"
              r"pre-?operative|pre-?op|präoperativ\w*|präop\.?|admission|(?-i:ED)|emergency|initial|staging)")
_EXAM_WORD = (r"(?:CTA?|MRT?|MRI|MRA|PET(?:/CT|-CT)?|DVT|CBCT|US|Sono\w*|Ultraschall|ultrasound|Röntgen|X-?ray|"
              r"mammo\w*|scan|study|exam\w*|Untersuchung|Voruntersuchung|Voraufnahme\w*|Aufnahme\w*|Bildgebung|imaging)")
_DATE_WORD = (r"(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}/(?:19|20)\d\d|"
              r"(?:19|20)\d\d)")
_VOR_EXAM = (r"(?:(?:Vor|Aufnahme|Eingangs|Staging|Schockraum|Notfall)-?(?:CTA?|MRT?|MRI|PET|Sono|US)\w*(?:/CT)?|"
             + EARLIER_COMPOUND + r")")  # round 27: "Ausgangs-CT", "Baseline-PET", "Nadir-CT"
_NAMED_EXAM = (r"(?:" + _PRIOR_ADJ + r"\s+(?:[\w/-]+\s+)?" + _EXAM_WORD + r"|" + _VOR_EXAM + r"|"
               + _EXAM_WORD + r"\s+(?:of|from|vom|von|dated|am)\s+" + _DATE_WORD + r")")
_COMPARED = re.compile(
    r"(?i)(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|from|than|on|vs\.?|versus|"
    # round 25: "since", "relative to", "seit", "im Vgl. zur"
    r"since|relative\s+to|seit|(?:im\s+)?(?:vergleich|vgl\.)\s+(?:zu[mr]?|mit)|verglichen\s+mit|gegenüber|zu[mr])\s+"
    r"(?:the\s+|der\s+|dem\s+|den\s+)?"
    + _NAMED_EXAM + r"(?:\s+(?:of|from|vom|von|dated|am)\s+" + _DATE_WORD + r")?"
    r"(?:\s+(?:unverändert|unchanged|stable|stabil|konstant|größenkonstant|idem|gleich))?\s*$")
# "seen on the outside CT from St Mary's (image 45)", "auf der auswärtigen MRT vom 03.2025 (Se 4, Bi 9)": a pair right
# after the named earlier exam it is seen on (with its date or place) is that exam's, unless the finding is new.
_ON_EXAM = re.compile(r"(?i)\b(?:on|auf|in|an)\s+(?:the\s+|der\s+|dem\s+|den\s+)?" + _NAMED_EXAM
                      + r"(?:\s+(?:of|from|vom|von|aus|at|dated|im|in)\s+[\w.'/-]+(?:\s+[\w.'/-]+)?)?\s*$")
_STABLE = re.compile(r"(?i)\b(?:unverändert\w*|unchanged|stable|stabil\w*|konstant\w*|größenkonstant\w*|idem|"
                     r"no\s+(?:interval\s+)?change|keine\s+Änderung|gleich\s+groß|similar)\b")
_NEW = re.compile(r"(?i)\b(?:new|newly|neu\w*|progredien\w*|größenprogredien\w*|regredien\w*|increas\w*|decreas\w*|"
                  r"enlarg\w*|zunehm\w*|abnehm\w*|grown|gewachsen|interval|noch\s+nicht|not\s+(?:yet\s+)?"
                  r"(?:seen|visible|present)|nicht\s+(?:sichtbar|abgrenzbar|nachweisbar))")
# Round 25: a change against the earlier exam (no new finding): the finding grew or shrank since it.
_CHANGED = re.compile(r"(?i)(?:improv\w*|decreas\w*|increas\w*|enlarg\w*|smaller|larger|reduced|resolv\w*|regress\w*|"
                      r"progress\w*|kleiner|größer|rückläufig\w*|regredien\w*|progredien\w*|größenregredien\w*|"
                      r"größenprogredien\w*|zurückgebildet|gebessert|abgenommen|zugenommen|abnehm\w*|zunehm\w*)(?!\w)")
# Review of round 25 (W1): a now-word or today's value in the sentence keeps a changed finding's pair today's.
_NOW_WORD = re.compile(r"(?i)\b(?:now|today|currently|aktuell\w*|jetzt|heute|nun|noch|actuellement|attualmente)\b")
_SINCE = re.compile(r"(?i)(?:since|seit)\s")
_AS_ON = re.compile(r"(?i)\bas\s+on\s")
_FRAME = re.compile(
    r"(?i)\s*(?:on|in|at|auf|im|bei|am)\s+(?:the\s+|der\s+|dem\s+|den\s+)?(?:"
    + _PRIOR_ADJ + r"\s+(?:[\w/-]+\s+)?" + _EXAM_WORD + r"|Vorunters\w*|Voraufnahme\w*|VU|" + _VOR_EXAM + r")\b")


def _framed(text: str, at: int, floor: int) -> bool:
    """Whether the sentence holding `at` opens with a prior-exam frame that reaches `at`: the frame's first citation
    (none between, `floor` the previous citation's end), no current frame between, no new finding in the sentence
    ("In der VU Herd 6 mm (...), Zyste unverändert (...)": the second is this study's)."""
    lo, hi = _sentence(text, at)
    head = _FRAME.match(text, lo)
    return (head is not None and floor <= head.end() <= at and _NEW.search(text, lo, hi) is None
            and _CURRENT_FRAME.search(text, head.end(), at) is None)


def _compared(text: str, anchor: int) -> bool | None:
    """True where a named earlier exam ends right at `anchor`, the finding seen on it or called unchanged against
    it; False where the finding is new against it ("not seen on the outside CT (series 4, image 66)": today's image);
    None otherwise."""
    lo, hi = _sentence(text, anchor)
    before = text[lo:anchor][-120:]
    on = _ON_EXAM.search(before) is not None
    compared = _COMPARED.search(before)
    if compared is not None and _CHANGED.search(text, lo, anchor) is not None and all(
            _CHANGED.fullmatch(m.group()) for m in _NEW.finditer(text, lo, hi)):
        # review of round 25 (W1): "now 18 mm, smaller compared with the staging CT (pair)", "rückläufig seit dem
        # Aufnahme-CT (pair), jetzt nur noch ...": a now-word in the sentence keeps the pair today's (False)
        # round 25: "decreased since the admission CT (pair)", "kleiner im Vergleich zum auswärtigen MRT
        # (pair)": a change (no new finding) measured against the named exam right before the bracket cites its image
        return _NOW_WORD.search(text, lo, hi) is None
    if _NEW.search(text, lo, hi) is not None:
        return False if on or _COMPARED.search(before) is not None else None
    if on:
        return None if _AS_ON.search(before) is not None and _STABLE.search(text, lo, hi) is not None else True
    if compared is not None and _SINCE.match(compared.group()) is not None:
        return None  # review of round 25 (W1): "stable since / unchanged as on the admission CT (pair)" mostly cites
        # today's image; decided conservatively as before round 25 (no study from this clause)
    return True if compared is not None and _STABLE.search(text, lo, hi) is not None else None


def changed_now(text: str, span: S) -> bool:
    """Review of round 25 (W1): True where the citation follows a change against a named earlier exam in a sentence
    that states today's value with a now-word ("rückläufig im Vgl. zum auswärtigen CT (pair), aktuell noch 2 cm"):
    the pair is today's whatever the learned decision reads."""
    anchor = _anchor(text, span)
    lo, hi = _sentence(text, anchor)
    return (_COMPARED.search(text[lo:anchor][-120:]) is not None and _CHANGED.search(text, lo, anchor) is not None
            and _NOW_WORD.search(text, lo, hi) is not None and _compared(text, anchor) is False)


def clause_study(text: str, spans: Sequence[S]) -> list[S]:
    """`spans` with the study that the clause before each citation names set (flagged or cleared)."""
    out = []
    floor = 0
    responses = _responses(text) if spans else frozenset()
    for span in spans:
        anchor = _anchor(text, span)
        study = None
        # round 26: a dated earlier exam as a past-tense sentence's subject (a comparison exam's month needs the whole
        # text: `study_past.held_past` after the decision)
        if _framed(text, anchor, floor) or past_subject(text, anchor, floor):
            study = True
        if (compared := _compared(text, anchor)) is not None:
            study = compared
        opened = _opener(_clause_before(text, anchor, floor), responses)
        floor = span.end
        if opened is not None:
            study = opened
        out.append(span if study is None or study == span.prior else replace(span, prior=study))
    return out
