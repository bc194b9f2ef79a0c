"""The document generator is seeded and its gold spans are the text they name; training is reproducible."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import numpy as np
import pytest

from curation.deid.text.tagger.model import TAGS, TaggerModel
from curation.deid.text.tagger.synth import documents
from curation.deid.text.tagger.tokens import tokenize
from curation.deid.text.tagger.train import PACKAGED_FLOOR, build, gold_tags, load_marked, main


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


def test_no_folds_trains_the_cross_validated_runs_packaged_model_at_the_floor(tmp_path):
    """`--no-folds` (the lead's retrain after a rule merge): the same packaged weights as the full run, without
    its folds, at the floor threshold."""
    specs = ["a=tests.dev14t.corpus:DEV", "b=tests.dev14t.fresh:FRESH"]
    marked = load_marked(specs)
    full, quick = build(20, 1, 5, marked), build(20, 1, 5, marked, cv=False)
    np.testing.assert_array_equal(quick.W, full.W)
    np.testing.assert_array_equal(quick.trans, full.trans)
    assert quick.threshold == PACKAGED_FLOOR == 111.9
    assert quick.meta["chosen_threshold"] is None and quick.meta["fold_thresholds"] == {}
    assert quick.meta["marked"] == full.meta["marked"] == {"a": len(marked["a"]), "b": len(marked["b"])}
    out = tmp_path / "w.npz"
    argv = ["--docs", "20", "--epochs", "1", "--seed", "5", "--out", str(out),
            *(x for s in specs for x in ("--marked", s))]
    assert main([*argv, "--no-folds"]) == 0
    saved = TaggerModel.load(out)
    assert saved.threshold == PACKAGED_FLOOR and saved.meta == quick.meta
    np.testing.assert_array_equal(saved.W, quick.W.astype(np.float16).astype(np.float32))


def test_generated_headers_open_lines_with_names_in_capitals_before_a_birth_date_number_or_age():
    """Tagger round 7: a patient's name in capitals at a line's start, then the country's date of birth, insurance
    or hospital number or age (the dev corpora's capitals at a line's start are headings, labels and ranks, all O);
    the tail is never part of the name's span."""
    cues = ("geb.", "*", "Jg.", "KV-Nr.", "SVNR", "SV-Nr.:", "AHV", "PID", "DOB", "D.O.B.:", "NHS", "Hosp", "MRN",
            "Acct#")
    seen = set()
    for d in documents(600, 3):
        for s, e, label in d.spans:
            if label == "PERSON" and (s == 0 or d.text[s - 1] == "\n") and d.text[s:e].isupper():
                tail = d.text[e:].split("\n")[0]
                first = tail.strip(" ,\t(").split(" ")[0]
                if first in cues:
                    seen.add(first)
                    assert not any(e <= s2 < e + len(tail) for s2, _, _ in d.spans)  # "DOB 03/12/1957" is O
    assert {"geb.", "DOB", "NHS", "MRN", "SVNR", "AHV"} <= seen
