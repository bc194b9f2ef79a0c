"""Clean a report sentence into a caption: what the image shows, without the report's bookkeeping.

Removed: a leading section label ("Befund:", "Impression:"), image references ("(Serie 3, Bild 45)",
"(3:76-80)", "series 6, images 23-25", references into a prior study too) with the filler and plane or
sequence words of their bracket ("(cor. Serie 6, Bild 12)", "(vgl. Serie 2, Bild 4)"), the list number a
sentence starts with ("1.", "2)", "a)"), brackets left empty by that, and the spaces before punctuation those
removals leave. The raw sentence stays in the pair's `caption_raw` column (provenance); a model trained
on the clean caption does not learn to emit references.
"""

from __future__ import annotations

import re

from curation.snippets.grammar import scan_ref_spans
from curation.snippets.series_choice import HINT_WORDS

_SECTION_LABEL = re.compile(r"^\s*(?:befunde?|beurteilung|zusammenfassung|findings|impression|conclusion|"
                            r"result|results)\s*:\s*", re.IGNORECASE)
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})[.)]\s+(?=\S)")
_EMPTY_BRACKETS = re.compile(r"[(\[]\s*(?:[,;:/]\s*)*[)\]]")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.!?)\]])")
_DOUBLE_PUNCT = re.compile(r"([,;:])\s*([,;:.])")
_SPACES = re.compile(r"\s{2,}")
_PUNCT_AT_BRACKET = re.compile(r"\s*[,;:/]\s*(?=[)\]])|(?<=[(\[])\s*[,;:/]\s*")  # "(8 mm,)" -> "(8 mm)"


_CUT = "\x00"  # where a reference was cut out, until its bracket is judged
# Filler words that stand in a reference's bracket beside the reference ("(vgl. Serie 2, Bild 4)").
_FILLERS = frozenset({"vgl", "siehe", "s", "see", "cf", "ca", "approx", "e", "g", "z", "b", "recon", "rekon",
                      "rekonstruktion", "reconstruction", "mpr", "sequenz", "sequence"})
_CUT_BRACKET = re.compile(r"[(\[]([^()\[\]]*)[)\]]")
_BRACKET_WORDS = re.compile(r"[^\W\d_]+|\d+")


def _bookkeeping_only(inside: str) -> bool:
    """True when a bracket that held a reference holds nothing else but filler and plane/sequence words."""
    return all(w.lower() in _FILLERS or w.lower() in HINT_WORDS for w in _BRACKET_WORDS.findall(inside))


def remove_references(text: str) -> str:
    """`text` with every image reference expression (current and prior study) cut out; a bracket that held
    one and is left with filler or plane/sequence words only goes with it ("(cor. Serie 6, Bild 12)")."""
    out, at = [], 0
    for span in sorted(scan_ref_spans(text), key=lambda s: s.start):  # prior-study spans included
        if span.start < at:
            continue
        out.append(text[at:span.start] + _CUT)
        at = span.end
    out.append(text[at:])
    cut = _CUT_BRACKET.sub(lambda m: "" if _CUT in m.group(1) and _bookkeeping_only(m.group(1)) else m.group(),
                           "".join(out))
    return cut.replace(_CUT, "")


def clean_caption(sentence: str) -> str:
    """The caption of a report sentence (see the module docstring); "" when nothing is left."""
    text = _LIST_NUMBER.sub("", _SECTION_LABEL.sub("", remove_references(sentence)))
    previous = None
    while previous != text:
        previous = text
        text = _EMPTY_BRACKETS.sub("", text)
        text = _PUNCT_AT_BRACKET.sub("", text)
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
        text = _DOUBLE_PUNCT.sub(r"\2", text)
    text = _SPACES.sub(" ", text).strip(" \t\n,;:")
    return text
