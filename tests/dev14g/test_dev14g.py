"""Shape and floor of the round-7 dev corpus (tests/dev14g/corpus.py)."""

from __future__ import annotations

from collections import Counter

from tests.curation.deid.text.corpus_measure import measure
from tests.dev14g.corpus import DEV
from tests.dev14t.measure import with_tagger

LABELS = {"PERSON", "INSTITUTION", "ADDRESS", "DATE", "PHONE", "ID", "AGE", "EMAIL", "URL"}


def test_shape():
    assert len(DEV) == 34
    assert Counter(s.lang for s in DEV) == Counter({"de": 15, "en": 10, "fr": 5, "it": 4})
    assert Counter(label for s in DEV for *_, label in s.spans) == Counter(
        {"INSTITUTION": 30, "ADDRESS": 25, "PHONE": 16, "ID": 15, "DATE": 6, "PERSON": 3})
    assert sum(len(s.keep) for s in DEV) == 136
    for s in DEV:
        assert not any(m in s.text for m in ("[[", "]]", "{{", "}}")), s.text[:40]
        assert {label for *_, label in s.spans} <= LABELS
        for start, end, _ in s.spans:
            value = s.text[start:end]
            assert value and value == value.strip(), repr(value)
            assert not any(k in value for k in s.keep), value


def test_floor():
    figures = with_tagger(False, lambda: measure(DEV, {}, use_spacy=False))
    assert figures.recall() >= FLOOR_RECALL
    assert figures.keep_rate >= FLOOR_KEEP
    assert figures.over_redaction <= FLOOR_OVER


FLOOR_RECALL, FLOOR_KEEP, FLOOR_OVER = 0.84, 0.97, 0.02
