"""Image-only brackets with a one-letter image word across sentences (issue 16, round 25).

A report that cites "(S. 6, B. 41)" or "(S 8, I 120)" may later in the same paragraph cite another image of that series
with the letter alone: "Zweiter Herd (B. 47).", "Second nodule (I 131).". The grammar reads the bracket only inside the
citation's own sentence (`grammar._one_letter_after_citation`); this whole-text pass adds the ones in a later sentence
of the paragraph. A bracket holding nothing but the letter (with its dot) and an image number of two digits or more
counts when the paragraph's last compact citation before it (series letter, number, the same image letter, number)
wrote the same letter; the image inherits that citation's series (`mine._context_mention`). Alone "(I 131)" is a
nuclide, "(B. 12)" a list label: no row.
"""

from __future__ import annotations

import re

from curation.snippets.grammar import RefSpan, one_letter_lookalike

__all__ = ["one_letter_refs"]

_BRACKET = re.compile(r"\(\s*(?P<l>[BI])\.?\s?(?P<i>[1-9]\d{1,3})\s*\)")
# Review of round 25 (W2): a sentence that names an earlier exam ("In der VU bereits abgrenzbar (B. 57)", "On the
# prior CT ... (I 98)", "Vorbefund: Herd (B. 38)") leaves its one-letter bracket without a row: no study decision
# reaches this whole-text pass, and a wrong current row is worse than none.
_PRIOR_SENTENCE = re.compile(r"(?i)\b(?:VU|Vor(?:unters|befund|aufnahme|bild|-?CT|-?MRT?|gängig|untersuchung)\w*|"
                             r"prior|previous\w*|earlier|damals|vormals|früher\w*|comparison|vergleich\w*|vgl\.?|"
                             r"baseline|initial\w*|then|old)\b")
_SENTENCE_START = re.compile(r"[.!?]\s|\n")
_COMPACT = re.compile(r"(?<![\w.])S\.?\s?(?P<s>[1-9]\d{0,2})\s*[,/:]?\s*(?P<l>[BI])\.?\s?[1-9]\d{0,3}(?!\d)")


def one_letter_refs(text: str) -> list[RefSpan]:
    """The one-letter image-only brackets of `text` whose paragraph cited the same letter in a compact citation
    earlier (series left to the context, this study)."""
    if "(B" not in text and "(I" not in text:
        return []
    out = []
    for m in _BRACKET.finditer(text):
        para = text.rfind("\n\n", 0, m.start())
        last = None
        for c in _COMPACT.finditer(text, para + 1 if para >= 0 else 0, m.start()):
            last = c
        image = int(m.group("i"))
        letter = m.group("l")
        if last is None or last.group("l") != letter or one_letter_lookalike(text, m.start(), letter, image):
            continue
        if one_letter_lookalike(text, text.rfind("(", 0, last.start() + 1), letter, 0) or _prior_sentence(
                text, last.end(), m.start()):
            continue
        out.append(RefSpan(start=m.start("l"), end=m.end("i"), form="pi", series=None, images=((image, image),)))
    return out


def _prior_sentence(text: str, floor: int, at: int) -> bool:
    """True when the sentence of the bracket at `at` (after the citation ending at `floor`) names an earlier exam."""
    lo = floor
    for m in _SENTENCE_START.finditer(text, floor, at):
        lo = m.end()
    stop = _SENTENCE_START.search(text, at)
    return _PRIOR_SENTENCE.search(text, lo, stop.start() if stop else len(text)) is not None
