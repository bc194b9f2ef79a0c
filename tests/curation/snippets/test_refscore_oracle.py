"""The error split of the learned decision (`bench/refscore_oracle.py`, round 29): oracle, miss classes, shapes."""

from __future__ import annotations

import numpy as np

from bench.refscore_oracle import candidate_keys, miss_class, shape, split
from curation.snippets.refscore.features import DIM
from curation.snippets.refscore.model import RefModel
from curation.snippets.refscore.sets import TrainExcerpt, TrainRef

# zero weights with a trust above 0: every reading scores 0, so the grammar's own reading stays (the grammar alone)
GRAMMAR = RefModel(np.zeros(DIM, dtype=np.float32), trust=1.0, trust_study=1.0)
TEXT = "Rundherd im rechten Unterlappen, 8 mm (Serie 3, Bild 45)."


def _excerpt(text: str, *refs: tuple[int | None, int, int, bool]) -> TrainExcerpt:
    return TrainExcerpt("de", text, tuple(TrainRef(s, a, b, p, None) for s, a, b, p in refs))


def test_a_study_flip_is_a_choice_the_oracle_makes_and_the_grammar_does_not() -> None:
    s = split([_excerpt(TEXT, (3, 45, 45, True))], GRAMMAR)
    assert (s.model["tp"], s.model["fp"], s.model["fn"]) == (0, 1, 1)
    assert (s.oracle["tp"], s.oracle["fp"], s.oracle["fn"]) == (1, 0, 0)
    assert (s.model["a"], s.model["b"], s.model["c"], s.model["flips"]) == (0, 1, 1, 1)
    assert not s.classes


def test_a_reading_never_generated_is_class_a_and_the_oracle_drops_the_false_hit() -> None:
    s = split([_excerpt(TEXT, (3, 99, 99, False))], GRAMMAR, keep=5)
    assert (s.model["tp"], s.model["fp"], s.model["fn"]) == (0, 1, 1)
    assert (s.oracle["tp"], s.oracle["fp"], s.oracle["fn"]) == (0, 0, 1)
    assert (s.model["a"], s.model["b"], s.model["c"], s.model["c_oracle_too"]) == (1, 0, 1, 0)
    assert s.classes == {"images": 1} and s.shapes == {"not written": 1}
    assert [x[:46] for x in s.examples] == [
        "(c) [(3, 45, 45, False)] got [(3, 45, 45, Fals",
        "images   not written        (3, 99, 99, False)",
    ]


def test_a_right_grammar_reading_is_no_error() -> None:
    s = split([_excerpt(TEXT, (3, 45, 45, False)), _excerpt("Kein Herd.")], GRAMMAR)
    assert (s.model["tp"], s.model["fp"], s.model["fn"]) == (1, 0, 0)
    assert (s.model["a"], s.model["b"], s.model["c"]) == (0, 0, 0)


def test_candidates_hold_both_studies_and_the_bare_pair_readings() -> None:
    keys = candidate_keys("Herd (Serie 3, Bild 45), Lymphknoten (4/12).", "de")
    assert {(3, 45, 45, False), (3, 45, 45, True)} <= keys
    assert {(4, 12, 12, False), (12, 4, 4, True)} <= keys  # "(4/12)": series/image and image/series
    assert (4, 45, 45, False) not in keys


def test_miss_classes() -> None:
    cands = {(3, 45, 45, False), (None, 50, 50, False), (3, 60, 60, True)}
    assert miss_class((3, 45, 45, False), cands) == "present"
    assert miss_class((7, 50, 50, False), cands) == "present"  # an image-only reading may inherit series 7
    assert miss_class((4, 45, 45, False), cands) == "series"
    assert miss_class((3, 60, 60, False), cands) == "study"
    assert miss_class((3, 70, 70, False), cands) == "images"


def test_shapes() -> None:
    assert shape("Herd (Serie 3, Bild 45).", 45) == "series+image words"
    assert shape("Herd (Bild 3/45).", 45) == "image word/pair"
    assert shape("Herd (img 45).", 45) == "image word/pair"
    assert shape("Herd (3/45).", 45) == "bare pair"
    assert shape("Herd 45 mm.", 45) == "other"
    assert shape("Herd 145 mm (Bild fünfundvierzig).", 45) == "image word/pair"  # read as the miner reads it
    assert shape("Herd 145 mm.", 45) == "not written"
