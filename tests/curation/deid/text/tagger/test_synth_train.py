"""The document generator is seeded and its gold spans are the text they name; training is reproducible."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import numpy as np
import pytest

from curation.deid.text.tagger.model import TAGS, TaggerModel
from curation.deid.text.tagger.synth import documents
from curation.deid.text.tagger.tokens import tokenize
from curation.deid.text.tagger.train import build, gold_tags, main


def test_generator_is_deterministic_per_seed():
    a, b, c = list(documents(30, 7)), list(documents(30, 7)), list(documents(30, 8))
    assert a == b
    assert a != c
    with pytest.raises(ValueError):
        list(documents(-1, 7))


def test_gold_spans_name_clean_entities_of_all_three_labels():
    docs = list(documents(300, 3))
    labels = Counter(label for d in docs for *_, label in d.spans)
    assert set(labels) == {"PERSON", "INSTITUTION", "ADDRESS"} and min(labels.values()) > 100
    assert {d.lang for d in docs} == {"de", "en"}
    for d in docs:
        for s, e, _ in d.spans:
            value = d.text[s:e]
            assert value == value.strip() and value and "\n" not in value
        spans = sorted(d.spans)
        assert all(a[1] <= b[0] for a, b in pairwise(spans))  # no overlaps


def test_gold_tags_are_bio_over_tokens():
    text = "Dr. Anna Bauer, Radiologie am Dom"
    tags = gold_tags(tokenize(text), [(4, 14, "PERSON"), (16, 33, "INSTITUTION")])
    assert [TAGS[t] for t in tags] == ["O", "O", "B-PERSON", "I-PERSON", "O", "B-INSTITUTION", "I-INSTITUTION",
                                       "I-INSTITUTION"]


def test_retraining_with_the_same_seed_reproduces_the_weights(tmp_path):
    first, second = build(40, 2, 5), build(40, 2, 5)
    assert np.count_nonzero(first.W) > 1000
    np.testing.assert_array_equal(first.W, second.W)
    np.testing.assert_array_equal(first.trans, second.trans)
    assert first.threshold == second.threshold
    assert not np.array_equal(first.W, build(40, 2, 6).W)
    out = tmp_path / "w.npz"
    assert main(["--docs", "40", "--epochs", "2", "--seed", "5", "--no-marked", "--out", str(out)]) == 0
    loaded = TaggerModel.load(out)
    np.testing.assert_allclose(loaded.W, first.W.astype(np.float16).astype(np.float32))
