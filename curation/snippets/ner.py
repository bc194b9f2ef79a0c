"""spaCy pipeline that marks image references as REF entities.

A blank German/English pipeline (or a trained one, when the user names an installed package in
RADCURATE_REF_MODEL) with two rule-based components:
- `ref_grammar`: the regex grammar of `grammar.py` (misspellings included) sets REF entities and keeps
  the parsed numbers on the doc;
- `ref_matcher` (after it): a spaCy Matcher with token patterns for the common forms, run only on docs
  where nothing is marked yet (the grammar already covers these forms; matching every doc costs a third
  of the mining time), so a form the grammar misses still gets a chance.
Entities that do not come from the grammar (ruler, trained model) are kept only when the grammar can
parse numbers from their text: a reference without numbers is no reference, and precision matters more
than coverage.
spaCy is imported inside the functions: `import spacy` costs seconds and Definitions must load fast.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from curation.snippets.grammar import RefSpan, find_ref_spans, scan_ref_spans

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

REF_LABEL = "REF"
MODEL_ENV = "RADCURATE_REF_MODEL"
SPANS_KEY = "ref_spans"  # the grammar's references, prior-study ones included (flagged `prior`)
OTHER_KEY = "ref_other"  # REF entities that did not come from the grammar

_SERIES_TOKENS = ["serie", "series", "serien", "sequenz", "sequence", "se", "se.", "ser", "ser."]
_IMAGE_TOKENS = ["bild", "bilder", "image", "images", "img", "img.", "bi", "bi.", "im", "slice", "schicht"]
RULER_PATTERNS: list[dict[str, Any]] = [
    {"label": REF_LABEL, "id": "series_image", "pattern": [
        {"LOWER": {"IN": _SERIES_TOKENS}}, {"IS_DIGIT": True}, {"IS_PUNCT": True, "OP": "?"},
        {"LOWER": {"IN": _IMAGE_TOKENS}}, {"IS_DIGIT": True}]},
    {"label": REF_LABEL, "id": "image_of_series", "pattern": [
        {"LOWER": {"IN": _IMAGE_TOKENS}}, {"IS_DIGIT": True}, {"LOWER": {"IN": ["der", "of", "in"]}},
        {"LOWER": {"IN": _SERIES_TOKENS}}, {"IS_DIGIT": True}]},
]


def _grammar_component(doc: Doc) -> Doc:
    """Mark every grammar match as a REF entity (beside a trained NER's entities); keep the parsed spans."""
    from spacy.util import filter_spans

    spans = scan_ref_spans(doc.text)
    doc.user_data[SPANS_KEY] = spans
    ents = [span for ref in spans
            if (span := doc.char_span(ref.start, ref.end, label=REF_LABEL, alignment_mode="expand")) is not None]
    if doc.has_annotation("ENT_IOB"):  # a trained NER ran before: keep its entities where they do not clash
        other = list(doc.ents)
        doc.user_data[OTHER_KEY] = any(e.label_ == REF_LABEL for e in other)
        ents = [*ents, *other]
    doc.ents = filter_spans(ents)
    return doc


class _FallbackMatcher:
    """Token-pattern REF matcher for docs the grammar (or a trained NER) left without a REF entity."""

    def __init__(self, nlp: Language) -> None:
        from spacy.matcher import Matcher

        self.matcher = Matcher(nlp.vocab)
        for entry in RULER_PATTERNS:
            self.matcher.add(entry["id"], [entry["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        if doc.user_data.get(SPANS_KEY) or doc.user_data.get(OTHER_KEY):
            return doc
        from spacy.tokens import Span
        from spacy.util import filter_spans

        found = [Span(doc, start, end, label=REF_LABEL) for _, start, end in self.matcher(doc)]
        if found:
            doc.ents = filter_spans([*doc.ents, *found])
            doc.user_data[OTHER_KEY] = True
        return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory("ref_grammar"):
        Language.component("ref_grammar")(_grammar_component)
    if not Language.has_factory("ref_matcher"):
        Language.factory("ref_matcher")(lambda nlp, name: _FallbackMatcher(nlp))


def _load_trained(model: str) -> Language | None:
    import spacy

    try:
        return spacy.load(model)
    except OSError:
        return None


@lru_cache(maxsize=8)
def build_pipeline(lang: str = "de", model: str | None = None) -> Language:
    """The REF pipeline for `lang` ("de"/"en"; others get a multi-language blank).

    `model` (default: RADCURATE_REF_MODEL) names an installed trained pipeline; when it loads, the
    rule components run after its own NER. Unknown or missing models fall back to the blank pipeline.
    """
    from curation.spacy_import import import_spacy

    model = model if model is not None else os.environ.get(MODEL_ENV) or None
    spacy = import_spacy(trained_model=model is not None)  # without torch for the blank pipeline
    _register()
    nlp = _load_trained(model) if model else None
    if nlp is None:
        nlp = spacy.blank(lang if lang in ("de", "en") else "xx")
    # Only the tokenizer and the rule components are needed: disable the rest of a trained pipeline.
    keep = {"ner", "tok2vec", "transformer"}
    for name in list(nlp.pipe_names):
        if name not in keep:
            nlp.disable_pipe(name)
    nlp.add_pipe("ref_grammar", last=True)
    nlp.add_pipe("ref_matcher", last=True)
    return nlp


def doc_refs(doc: Doc) -> list[RefSpan]:
    """The references of a processed doc: grammar matches, plus parseable entities from other components."""
    spans: list[RefSpan] = list(doc.user_data.get(SPANS_KEY, []))
    if not doc.user_data.get(OTHER_KEY):
        return spans
    taken = list(spans)
    for ent in doc.ents:
        if ent.label_ != REF_LABEL or any(s.start < ent.end_char and ent.start_char < s.end for s in taken):
            continue
        # parsed with the text after it, so that the grammar's guards see what follows: the fallback matcher's
        # "series 3, image 2" in "(series 3, image 2 of 3)" is a caption counter, not image 2
        for ref in find_ref_spans(doc.text[ent.start_char:]):
            if ref.start >= ent.end_char - ent.start_char:
                break
            spans.append(RefSpan(start=ent.start_char + ref.start, end=ent.start_char + ref.end,
                                 form=ref.form, series=ref.series, images=ref.images, prior=ref.prior))
    return sorted(spans, key=lambda r: r.start)
