"""Training on hand-written corpora: the threshold chosen by cross-validation, the hard negatives, and a
marked build reproducible bit for bit."""

from __future__ import annotations

import numpy as np
import pytest

from curation.deid.text.tagger.crossval import Marked, choose_threshold, judged
from curation.deid.text.tagger.model import TaggerModel
from curation.deid.text.tagger.negatives import negative_documents, vocabulary
from curation.deid.text.tagger.train import HANDWRITTEN, build, load_marked, main
from tests.curation.deid.text.corpus_de_en import parse
from tests.curation.deid.text.tagger.test_hook import _chaining_person_model


def test_threshold_keeps_the_spans_that_pay():
    # one wrong span costs four right ones: 90, 80 right; 70 wrong; 60..30 right -> keeping down to 30 gains
    # 2 - 4 + 4 = 2 < 6 - 4 ... the best cut is the one with the most net gain, highest among equals.
    scored = [(90.0, True), (80.0, True), (70.0, False), (60.0, True), (50.0, True), (40.0, True), (30.0, True)]
    assert choose_threshold(scored) == 75.0  # gain 2 keeping 90, 80; 1 down to 40, 2 at 30 (tie -> fewer spans)
    assert choose_threshold(scored, wrong_cost=1.0) == 30.0  # gain 5 keeping all: the weakest itself
    assert choose_threshold([(50.0, False), (40.0, False)]) == 51.0  # nothing worth keeping: above all
    assert choose_threshold([(20.0, True), (20.0, False), (10.0, True), (4.0, False)], wrong_cost=0.5) == 7.0
    assert choose_threshold([]) >= 1e9


def test_judged_spans_are_right_only_inside_phi_and_off_keep_words():
    doc = parse("de", "Befund. [[PERSON:Quirin Zwerenz]], {{Sonographie}} Oberbauch")
    got = judged(_chaining_person_model(), [Marked(doc.text, doc.spans, doc.keep)])
    assert [ok for _, ok in got] == [True, False]  # Quirin Zwerenz | Sonographie Oberbauch ("Befund" alone: none)
    assert got[0][0] == 10.25
    # inside a marked PHI span but on a keep word: wrong (the keep word would be lost)
    assert [ok for _, ok in judged(_chaining_person_model(), [Marked("Quirin Zwerenz", ((0, 14, "PERSON"),),
                                                                     ("Zwerenz",))])] == [False]


def test_hard_negatives_are_seeded_and_hold_no_phi():
    a, b = list(negative_documents(50, 3)), list(negative_documents(50, 3))
    assert a == b and a != list(negative_documents(50, 4))
    assert all(not d.spans and d.text.strip() for d in a)
    vocab = set(vocabulary())
    assert {"Kardiologie", "Gadovist", "Befund", "Montag"} <= vocab and len(vocab) > 400
    with pytest.raises(ValueError):
        list(negative_documents(-1, 3))


def test_marked_corpora_load_and_a_marked_build_is_reproducible(tmp_path):
    marked = load_marked(HANDWRITTEN)
    assert set(marked) == {"corpus_de_en", "dev_classes", "dev_structure", "dev14d", "dev14e", "dev14t", "dev14u",
                           "dev14w", "dev14x", "dev14y", "dev14z", "dev14fa", "dev14fb", "dev14fc", "dev14fd",
                           "dev14fe", "dev14ff", "dev14fg", "dev14fh", "dev14fi", "dev14fj", "dev14fk", "dev14fl",
                           "dev14fm", "dev14fn", "dev14fo", "dev14fp", "dev14fq", "dev14fr", "dev14fs", "dev14ft",
                           "dev14fu", "dev14fv"}
    # dev14x (tagger round 3): 215 exported documents; tagger round 6: the rule rounds' dev corpora, 1,052 more;
    # tagger round 7: those of rule rounds 16-20, 861 more
    assert sum(map(len, marked.values())) == 3065
    assert {d.lang for d in marked["dev14w"]} == {"de", "en", "fr", "it"}
    with pytest.raises(ValueError, match="NAME=MODULE"):
        load_marked(["tests.dev14t.corpus:DEV"])
    small = {name: docs[:6] for name, docs in list(marked.items())[:3]}
    first, second = build(30, 1, 5, small, folds=True), build(30, 1, 5, small, folds=True)
    np.testing.assert_array_equal(first.model.W, second.model.W)
    assert first.model.threshold == second.model.threshold
    assert set(first.folds) == set(small) and first.model.meta["marked"] == {k: 6 for k in small}
    for name, fold in first.folds.items():
        assert fold.threshold == second.folds[name].threshold
        assert not np.array_equal(fold.W, first.model.W)  # trained without its corpus
    out = tmp_path / "w.npz"
    specs = [f"{n}={'tests.dev14t.corpus:DEV'}" for n in ("a", "b")]
    assert main(["--docs", "20", "--epochs", "1", "--seed", "5", "--marked", specs[0], "--marked", specs[1],
                 "--out", str(out)]) == 0
    assert TaggerModel.load(out).meta["marked"] == {"a": 40, "b": 40}
