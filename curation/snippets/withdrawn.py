"""Withdrawn citations (issue 16, round 18): an addendum or correction that names the wrong image it replaces.

"Der Herd liegt auf Serie 4, Bild 82, nicht wie angegeben Serie 4, Bild 28", "The nodule is on series 3 image 112, not
image 121 as previously dictated", "(irrtümlich Bild 65 angegeben)", "instead of series 7, image 4", "Statt Serie 2,
Bild 33 ...", "image 58 replaces image 85", "Bild 85 wird ersetzt durch Bild 58": the withdrawn citation points at no
finding, so it is no reference; the corrected one is.

The scope is narrow on purpose: the withdrawal word stands right before the citation, with only "as/wie (previously)
stated/dictated/angegeben", a preposition or an article between ("nicht auf Se 6 Bi 27", "erroneously cited as series
5, image 90"), or right after it ("Bild 28 war falsch", "image 85 is replaced by ...", "Bild 28 irrtümlich angegeben").
Round 20: a resident draft or preliminary report that a correction quotes ("the draft said image 71", "the resident
draft cited series 3 image 20", "Im vorläufigen Befund war Bild 45 angegeben", "der Entwurf nannte Serie 2, Bild 90",
"(im Vorbericht des Assistenzarztes Bild 81)"): the draft's citation is withdrawn. The draft words must name the
draft as the citer: a citing verb ("said", "cited", "nannte", "war ... angegeben") or the resident after it, then the
citation; "Preliminary read confirmed: ... (series 2, image 40)" and "Vorläufig unverändert: ... (Serie 3, Bild 70)"
keep theirs.
A negated finding keeps its citation: "nicht mehr abgrenzbar (Serie 5, Bild 12)", "not enlarged (series 4, image
20)", "(Serie 3, Bild 40) irrtümlich als Zyste gedeutet" (the reading was wrong, not the citation).
"""

from __future__ import annotations

import re

__all__ = ["withdrawn"]

_FILLER = (r"(?:wie|as|so|zuvor|previously|initially|originally|ursprünglich|urspr\.|fälschlich|irrtümlich|"
           r"angegeben|diktiert|genannt|beschrieben|zitiert|stated|dictated|reported|cited|listed|given|written|"
           r"als|auf|on|in|im|at|der|die|das|dem|den|the|mit|with|bei|unter|under|to|an|am|,)")
_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:not|nicht|statt|anstatt|anstelle\s+von|instead\s+of|rather\s+than|irrtümlich(?:erweise)?|"
    r"irrtuemlich|fälschlich(?:erweise)?|faelschlich|erroneously|mistakenly|incorrectly|wrongly|in\s+error|"
    r"replaces|replacing|ersetzt|korrigiert\s+von|corrected\s+from|"
    # "(originally) dictated as image 121", "ursprünglich angegeben als Bild 65"
    r"(?:dictated|diktiert|transcribed|angegeben)\s+(?:as|als))"
    r"(?:\s*" + _FILLER + r"(?!\w))*\s*$")  # no bracket between: "im Januar nicht (Serie 5, Bild 71)" stays
_DRAFT_NOUN = (r"(?:(?:resident(?:'s)?|trainee(?:'s)?|registrar(?:'s)?)\s+)?(?:draft|preliminary\s+(?:report|read|"
               r"dictation|version)|prelim\s+report|Befundentwurf|Entwurf|vorläufigen?\s+(?:Befund(?:bericht)?|Bericht)|"
               r"Vorabbefund|Vorbericht)")
_RESIDENT = (r"\s+(?:des|der|vom|von\s+der|of\s+the|by\s+the)\s+(?:Assistenzarzt(?:es)?|Assistenzärztin|resident|"
             r"trainee|registrar)")
_CITING = (r"(?:(?:had|has|hat|hatte)\s+)?(?:said|says|cited|cites|quoted|referenced|references|read|stated|"
           r"listed|gave|named|mentioned|nannte|nennt|zitierte|zitiert|gab|listete|erwähnte)|war|stand")
_DRAFT = re.compile(r"(?i)(?<!\w)" + _DRAFT_NOUN + r"(?:(?:" + _RESIDENT + r")\s*(?:" + _CITING + r")?|\s+(?:"
                    + _CITING + r"))(?:\s*" + _FILLER + r"(?!\w))*\s*$")
_AFTER = re.compile(
    r"(?i)\s*[)\]]?\s*,?\s*(?:(?:was|is|war|ist|wurde|has\s+been)\s+(?:falsch|incorrect|wrong|erroneous|fehlerhaft|"
    r"unrichtig)\b(?!\s+(?:positive|negative|positiv|negativ))|"
    r"(?:irrtümlich|fälschlich|erroneously|mistakenly|in\s+error)\s+(?:angegeben|diktiert|zitiert|genannt|cited|"
    r"dictated|stated|given|listed)\b|"
    r"(?:(?:wird|wurde|is|was|should\s+be)\s+)?(?:ersetzt\s+durch|replaced\s+by|korrigiert\s+(?:zu|auf|in)|"
    r"corrected\s+to)\b|"
    # round 22b: the correction names its replacement: "series 5 image 100 should read series 6 image 100"
    # (the new citation follows: "Bild 47 muss es heißen" names the right one, no replacement after it)
    r"(?:should\s+(?:read|have\s+read)|(?:sollte|soll|muss)\s+(?:es\s+)?(?:lauten|heißen|heissen))\s*:?\s*"
    r"(?=(?:Serie|Series|Se|Ser|Bild|Image|Img|Im|Bi|Slice|Schicht|\d)))")
# Round 22b: the citation of an earlier version of the report, told as such ("the image reference in the original
# report (series 4 image 60)", "im ursprünglichen Befund genannte Bild 12"): the number is the old text's, not a
# finding's citation. Only right before the citation (a bracket may open between).
_ORIGINAL = re.compile(
    r"(?i)(?<!\w)(?:(?:in|im|of|from|aus)\s+(?:the\s+|dem\s+|der\s+)?)?(?:original(?:en|em|er)?|initial(?:en|em)?|"
    r"ursprünglich(?:en|em|er)?|first)[\s-]+(?:report|dictation|read|Befund(?:es|bericht)?|Bericht(?:es)?|Diktat)"
    r"(?:\s+(?:genannte[nms]?|zitierte[nms]?|angegebene[nms]?|cited|given|stated|listed|named|mentioned))?"
    r"\s*[:,]?\s*[(\[]?\s*$")
# Every withdrawal word holds one of these (lower case; a superset, checked once per text by `str` search for speed).
_CUE_STEMS = ("should read", "should have read", "lauten", "heißen", "heissen", "original", "ursprüngl", "initial",
              "first report", "first dictation",
              "not", "nicht", "statt", "stelle", "dictated", "diktiert", "transcribed", "angegeben", "instead",
              "rather", "irrt", "fälsch", "faelsch", "erroneous", "mistaken", "incorrect", "wrong", "error", "replac",
              "ersetzt", "korrigiert", "corrected", "falsch", "fehlerhaft", "unrichtig",
              "draft", "entwurf", "prelim", "vorläufig", "vorab", "vorbericht")


def has_cue(text: str) -> bool:
    """False when no withdrawal word stands anywhere in `text` (most texts: nothing to check)."""
    low = text.lower()
    return any(stem in low for stem in _CUE_STEMS)


def withdrawn(text: str, start: int, end: int, clause_start: int) -> bool:
    """True when the citation `text[start:end]` is withdrawn: a withdrawal word right before it (after
    `clause_start`, the previous citation's end or the sentence start) or a "was wrong/replaced by" right after it."""
    look = max(clause_start, start - 80)
    return (_BEFORE.search(text, look, start) is not None or _DRAFT.search(text, look, start) is not None
            or _ORIGINAL.search(text, look, start) is not None or _AFTER.match(text, end) is not None)
