"""The scorer's training sets (`refscore/sets.py`): retired blind held-out sets read as training excerpts."""

from __future__ import annotations

import pytest

from curation.snippets.refscore.sets import (
    RETIRED,
    TrainExcerpt,
    TrainRef,
    load_set,
    module_of,
    retired_module,
    set_name,
)
from curation.snippets.refscore.train import examples


def test_a_retired_set_reads_as_training_excerpts_with_its_gold_refs() -> None:
    excerpts = load_set("tests.heldout_refs_c.refs_corpus")
    assert all(isinstance(e, TrainExcerpt) for e in excerpts)
    refs = [r for e in excerpts for r in e.refs]
    # refs C: 70 excerpts (7 with confounders only), 113 gold refs, 13 into a prior study
    assert (len(excerpts), len(refs), sum(r.prior for r in refs), sum(not e.refs for e in excerpts)) == (70, 113, 13, 7)
    de02 = excerpts[1]
    assert de02.lang == "de" and "(VU: Se 3, Bi 127)" in de02.text
    assert de02.refs == (
        TrainRef(4, 133, 133, False, "Größenprogredienter solider Rundherd im rechten Unterlappen, aktuell 11 mm"),
        TrainRef(3, 127, 127, True, "in der VU vom 14.01.2026 noch 7 mm"),
    )


def test_a_slash_list_and_a_range_keep_series_and_images() -> None:
    excerpts = load_set(module_of("refs_c"))
    de04, de05 = excerpts[3], excerpts[4]
    assert [(r.series, r.image_start, r.image_end, r.prior) for r in de04.refs] == [(3, 57, 57, False),
                                                                                    (3, 64, 64, False)]
    assert [(r.series, r.image_start, r.image_end) for r in de05.refs] == [(7, 102, 110)]
    assert de05.text[de05.text.index("(Bild"):].startswith("(Bild 7/102-110)")


def test_every_retired_set_loads_and_its_prior_refs_label_training_groups() -> None:
    totals = [sum(len(e.refs) for e in load_set(retired_module(x))) for x in RETIRED]
    # u, v, w (round 23), x (24), z (25), y (26), ab (27: its 252 gold refs, counted, not read), aa and ac (28a: their
    # 282 and 268 gold refs, counted, not read), ad and ae (28b: 268 and 265), af and ag (30: 239 and 260), ah and ai (31: 268 and 234)
    assert len(RETIRED) == 33 and sum(totals) == 7599 and min(totals) == 113
    assert totals[RETIRED.index("ad"):] == [268, 265, 239, 260, 268, 234]
    # the prior citation of refs C de02 is a correct reading of some group (trained on as prior, not as current)
    groups = examples(load_set(retired_module("c"))[1:2], ("grammar",))
    assert len(groups) >= 2 and sum(bool(g.correct) for g in groups) == 2


@pytest.mark.parametrize("name", ["tests.heldout_refs_aj.refs_corpus", "tests.heldout_refs_ak.refs_corpus",
                                  "tests.heldout_refs_blind.refs_corpus",
                                  "tests.heldout_refs_blind"])
def test_the_evidence_sets_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match=r"not a retired blind set|held-out set"):
        load_set(name)


@pytest.mark.parametrize("letter", ["aj", "ak", "blind"])
def test_the_evidence_sets_have_no_short_name(letter: str) -> None:
    with pytest.raises(ValueError, match="not a retired blind set"):
        module_of(f"refs_{letter}")


def test_short_names_round_trip() -> None:
    assert module_of("c") == module_of("dev16c") == "tests.curation.snippets.dev16c"
    assert module_of("refs_q") == "tests.heldout_refs_q.refs_corpus"
    assert [set_name(module_of(x)) for x in ("c", "refs_c", "refs_q")] == ["dev16c", "refs_c", "refs_q"]
