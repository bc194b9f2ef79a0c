"""Clean a report sentence into a caption: what the image shows, without the report's bookkeeping.

Removed: a leading section label ("Befund:", "Impression:"), image references ("(Serie 3, Bild 45)",
"(3:76-80)", "series 6, images 23-25", references into a prior study too), the list number a sentence
starts with ("1.", "2)", "a)"), brackets left empty by that, and the spaces before punctuation those
removals leave. The raw sentence stays in the pair's `caption_raw` column (provenance); a model trained
on the clean caption does not learn to emit references.
"""

from __future__ import annotations

import re

from curation.snippets.grammar import scan_ref_spans

_SECTION_LABEL = re.compile(r"^\s*(?:befunde?|beurteilung|zusammenfassung|findings|impression|conclusion|"
                            r"result|results)\s*:\s*", re.IGNORECASE)
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})[.)]\s+(?=\S)")
_EMPTY_BRACKETS = re.compile(r"[(\[]\s*(?:[,;:/]\s*)*[)\]]")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.!?)\]])")
_DOUBLE_PUNCT = re.compile(r"([,;:])\s*([,;:.])")
_SPACES = re.compile(r"\s{2,}")


def remove_references(text: str) -> str:
    """`text` with every image reference expression (current and prior study) cut out."""
    current, prior = scan_ref_spans(text)
    out, at = [], 0
    for span in sorted([*current, *prior], key=lambda s: s.start):
        if span.start < at:
            continue
        out.append(text[at:span.start])
        at = span.end
    out.append(text[at:])
    return "".join(out)


def clean_caption(sentence: str) -> str:
    """The caption of a report sentence (see the module docstring); "" when nothing is left."""
    text = _LIST_NUMBER.sub("", _SECTION_LABEL.sub("", remove_references(sentence)))
    previous = None
    while previous != text:
        previous = text
        text = _EMPTY_BRACKETS.sub("", text)
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
        text = _DOUBLE_PUNCT.sub(r"\2", text)
    text = _SPACES.sub(" ", text).strip(" \t\n,;:")
    return text
