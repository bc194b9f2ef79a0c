"""The learned decision over the grammar's candidates (issue 16 round 7, `curation/snippets/refscore`).

Candidate readings and the scorer's choices on concrete sentences (written here, from no held-out set), the train
command bit for bit on a small config, the packaged weights, and the RADCURATE_REF_SCORER setting.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from curation.snippets.mine import grammar_windows, mine_refs
from curation.snippets.refscore.candidates import EXTRA_CUES, generated, groups
from curation.snippets.refscore.decide import (
    SETTING,
    active_model,
    decide,
    group_indices,
    packaged_model,
    scorer_setting,
    using,
)
from curation.snippets.refscore.features import DIM, context_hashes, context_index, own_feature_index, part_scores
from curation.snippets.refscore.model import WEIGHTS, RefModel
from curation.snippets.refscore.synthetic import synthetic_excerpts
from curation.snippets.refscore.train import build, weights_digest
from curation.snippets.version import miner_version


def _groups(text: str, lang: str = "de") -> list[list[tuple]]:
    out = []
    for window, _, refs in grammar_windows([text], [lang], extra_cues=EXTRA_CUES)[0]:
        out += [[(x.source, x.span.series, x.span.images, x.span.prior) for x in g] for g in groups(text, window, refs)]
    return out


def _refs(text: str, lang: str = "de") -> list[tuple]:
    return [(r.series_used, r.image_start, r.image_end, r.prior_study)
            for r in mine_refs(text, lang, include_prior=True)]


def test_a_grammar_reference_leads_its_group_with_its_prior_twin_and_the_alternatives() -> None:
    g = _groups("Zyste (Serie 3, Bild 45), in der VU (Se 2 Bi 40).")
    assert g == [
        [("grammar", 3, ((45, 45),), False), ("grammar", 3, ((45, 45),), True),
         ("xim", None, ((45, 45),), False), ("xim", None, ((45, 45),), True)],
        [("grammar", 2, ((40, 40),), True), ("grammar", 2, ((40, 40),), False),
         ("xim", None, ((40, 40),), False), ("xim", None, ((40, 40),), True)]]


def test_the_generator_reads_what_the_grammar_lacks() -> None:
    # "Bl." is no grammar keyword: the generator gives series 4 image 88 (and image 88 alone), both studies
    assert _groups("Herd (Ser. 4 Bl. 88).") == [[("xsi", 4, ((88, 88),), False), ("xsi", 4, ((88, 88),), True),
                                                  ("xim", None, ((88, 88),), False), ("xim", None, ((88, 88),), True)]]
    # a range after a glued tag (and "12-15" read as a hyphen pair, both orders: the scorer decides)
    assert [(r.form, r.series, r.images) for r in generated("Se4Bi12-15", 0, 10)] == [
        ("xhy", 12, ((15, 15),)), ("xhyr", 15, ((12, 12),)), ("xgl", 4, ((12, 15),))]
    assert [(r.form, r.series, r.images) for r in generated("(Se 4, Bi 12-15)", 0, 16)][2:] == [
        ("xsi", 4, ((12, 15),)), ("xim", None, ((12, 15),))]
    # a slash pair in both orders, never a year
    assert [(r.form, r.series, r.images) for r in generated("Kontrolle 11/2023 (Bild 2019) und 3/45", 0, 39)] == [
        ("xsl", 3, ((45, 45),)), ("xslr", 45, ((3, 3),))]


def test_a_bare_pair_is_only_an_alternative_to_a_grammar_reading() -> None:
    assert _groups("Kontrolle in 6 Monaten (6/12).") == []
    g = _groups("Herd (Bild 6/45).")
    assert g[0][0] == ("grammar", 6, ((45, 45),), False)
    assert ("xslr", 45, ((6, 6),), False) in g[0] and len(g) == 1


def test_features_are_deterministic_and_the_prior_flag_changes_them() -> None:
    text = "In der VU 8 mm (Se 2 Bi 40)."
    window, lang, refs = grammar_windows([text], ["de"])[0][0]
    (group, first), = group_indices(text, window, lang, refs)
    (_, again), = group_indices(text, window, lang, refs)
    assert all(np.array_equal(a, b) for a, b in zip(first, again, strict=True))
    assert group[0].span.prior and not group[1].span.prior
    assert not np.array_equal(first[0], first[1]) and first[0].max() < DIM and first[0].min() >= 0


def test_part_scores_equal_the_sums_over_each_parts_indices() -> None:
    text = "In der VU 8 mm (Se 2 Bi 40), jetzt 10 mm (Se 4 Bi 44)."
    window, lang, refs = grammar_windows([text], ["de"])[0][0]
    context = context_hashes(text, window, refs[0].start, refs[0].end, lang, window[0], 0)
    weights = np.random.default_rng(3).normal(size=DIM).astype(np.float32)
    parts = part_scores(context, weights)
    for (grammar, prior), score in parts.items():
        assert score == pytest.approx(float(weights[context_index(context, grammar, prior)].sum()), abs=1e-4)
    assert len(set(parts.values())) == 4


def _one_feature_model(feature: str, weight: float) -> RefModel:
    weights = np.zeros(DIM, dtype=np.float32)
    weights[own_feature_index(feature)] = weight
    return RefModel(weights)


def test_the_scorer_keeps_the_best_reading_above_none() -> None:
    text = "In der VU 8 mm (Se 2 Bi 40), jetzt 10 mm (Se 4 Bi 44)."
    window, lang, refs = grammar_windows([text], ["de"])[0][0]
    trust = _one_feature_model("src=grammar|flip=False", 2.0)  # the grammar's reading as it stands
    assert [(r.series, r.images, r.prior) for r in decide(text, window, lang, refs, trust)] == [
        (2, ((40, 40),), True), (4, ((44, 44),), False)]
    flip = _one_feature_model("src=grammar|flip=True", 2.0)  # its prior twin
    assert [(r.series, r.prior) for r in decide(text, window, lang, refs, flip)] == [(2, False), (4, True)]
    assert decide(text, window, lang, refs, RefModel(np.zeros(DIM, dtype=np.float32))) == []  # none wins ties
    assert decide(text, window, lang, refs, _one_feature_model("src=grammar|flip=False", -1.0)) == []


def test_trust_keeps_the_grammars_choice_unless_the_model_is_surer_by_that_margin() -> None:
    text = "In der VU 8 mm (Se 2 Bi 40), jetzt 10 mm (Se 4 Bi 44)."
    window, lang, refs = grammar_windows([text], ["de"])[0][0]
    flip = _one_feature_model("src=grammar|flip=True", 2.0)  # the prior twin scores 2, the grammar's reading 0
    assert [(r.series, r.prior) for r in decide(text, window, lang, refs, flip)] == [(2, False), (4, True)]
    # a study flip needs trust_study: 2 is not more than 0 + 2, the grammar's reading stays; trust alone does not
    trusting = RefModel(flip.weights, trust_study=2.0)
    assert [(r.series, r.prior) for r in decide(text, window, lang, refs, trusting)] == [(2, True), (4, False)]
    for model in (RefModel(flip.weights, trust_study=1.5), RefModel(flip.weights, trust=1.5)):
        assert [(r.series, r.prior) for r in decide(text, window, lang, refs, model)] == [(2, False), (4, True)]
    # the larger margin holds for any reading of the other study
    assert [(r.series, r.prior) for r in decide(text, window, lang, refs, RefModel(flip.weights, trust=5.0))] == [
        (2, True), (4, False)]
    # a reading of the generator must beat the grammar's by trust
    bl = _one_feature_model("src=xsi", 3.0)
    text2 = "Herd (Ser. 4 Bl. 88)."
    window2, lang2, refs2 = grammar_windows([text2], ["de"], extra_cues=EXTRA_CUES)[0][0]
    assert [(r.series, r.images) for r in decide(text2, window2, lang2, refs2, bl)] == [(4, ((88, 88),))]
    assert decide(text2, window2, lang2, refs2, RefModel(bl.weights, trust=3.0)) == []
    # with trust, "none" (a zero model) no longer beats the grammar's reading on a tie
    assert len(decide(text, window, lang, refs, RefModel(np.zeros(DIM, dtype=np.float32), trust=1.0))) == 2
    with pytest.raises(ValueError, match="trust"):
        RefModel(flip.weights, trust=-1.0)
    with pytest.raises(ValueError, match="trust_study"):
        RefModel(flip.weights, trust_study=float("nan"))


def test_training_is_bit_for_bit(tmp_path: Path) -> None:
    config = {"sets": ("tests.curation.snippets.dev16g",), "epochs": 2, "seed": 0, "synthetic": 40}
    first, second = build(**config), build(**config)
    # mend of round 28b: the generator reads no cut number, time point or sacral level (c31265bc9828ceeb before)
    # round 29 (refs-conv29): the grammar reads a citation right after an earlier exam as that exam's, and the study
    # feature st:ax=1 (5bac621e85393474 before)
    assert weights_digest(first) == weights_digest(second) == "be4a514416092911"
    first.save(tmp_path / "a.npz")
    second.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    loaded = RefModel.load(tmp_path / "a.npz")
    assert np.array_equal(loaded.weights, first.weights)
    assert loaded.config == "epochs=2 seed=0 runs=3 synthetic=40 views=grammar,silent,flipped sets=dev16g trust=60/80"
    assert (loaded.trust, loaded.trust_study) == (first.trust, first.trust_study) == (60.0, 80.0)
    assert synthetic_excerpts(3, 7) == synthetic_excerpts(3, 7)


def test_the_packaged_weights_come_from_the_default_config() -> None:
    model = RefModel.load(WEIGHTS)
    assert model.config == ("epochs=8 seed=0 runs=3 synthetic=1500 views=grammar,silent,flipped "
                            "sets=dev16c,dev16d,dev16e,dev16f,dev16g,dev16h,dev16i,dev16j,dev16k,dev16l,dev16m,dev16n,dev16o,"
                            "dev16p,dev16q,dev16r,dev16t,dev16u,dev16v,dev16w,dev16x,dev16y,dev16z,dev16a,dev16b,"
                            "dev16ab,dev16ac,dev16ad "
                            "trust=60/80")
    assert (model.trust, model.trust_study) == (60.0, 80.0)
    assert 1000 < np.count_nonzero(model.weights) < 50_000 and WEIGHTS.stat().st_size < 200_000


def test_the_setting_switches_between_grammar_and_model(monkeypatch: pytest.MonkeyPatch) -> None:
    # round 12: with dev16k trained on, "Herd in der VU (Ser. 2 Bl. 40)" (a generator-only reading in a prior clause)
    # scores 51.9 < trust 60 and is dropped (docs/snippets.md, round 12); the current-study form is kept
    text = "Zyste (Se 3, Bl. 45). Herd rechts (Ser. 2 Bl. 40). Rundherd (Serie 5, Bild 12)."
    monkeypatch.delenv(SETTING, raising=False)  # the default: the model (docs/snippets.md, round 9)
    assert scorer_setting() == "model" and active_model() is packaged_model()
    assert _refs(text) == [(3, 45, 45, False), (2, 40, 40, False), (5, 12, 12, False)]
    default_version = miner_version()
    monkeypatch.setenv(SETTING, "grammar")
    assert active_model() is None
    assert _refs(text) == [(5, 12, 12, False)]  # "Bl." is no grammar keyword
    assert miner_version() != default_version  # pairs mined by the other scorer are mined again
    monkeypatch.setenv(SETTING, "model")
    assert miner_version() == default_version
    with using(None):  # an override beats the setting
        assert _refs(text) == [(5, 12, 12, False)]
    monkeypatch.setenv(SETTING, " ")  # blank: the default
    assert scorer_setting() == "model"
    monkeypatch.setenv(SETTING, "maybe")
    with pytest.raises(ValueError, match=SETTING):
        scorer_setting()


def test_mine_refs_cli_follows_the_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`radcurate mine-refs` (mine_refs_file) mines with the model only when the setting says so."""
    from curation.snippets.cli import mine_refs_file

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    # "Bl." is no grammar keyword: only the model reads the first citation ("..., jetzt (...)" would make it a
    # prior one, which the merged model of rounds 13-15 leaves out below its study margin)
    src.write_text(json.dumps({"id": "r1", "text": "Herd rechts (Ser. 2, Bl. 40), Zyste (Serie 5, Bild 44).",
                               "lang": "de"}) + "\n")
    monkeypatch.setenv(SETTING, "grammar")
    mine_refs_file(src, out)
    grammar = json.loads(out.read_text())["refs"]
    monkeypatch.setenv(SETTING, "model")
    mine_refs_file(src, out)
    model = json.loads(out.read_text())["refs"]
    assert [(r["series"], r["image_start"], r["prior_study"]) for r in grammar] == [(5, 44, False)]
    assert [(r["series"], r["image_start"], r["prior_study"]) for r in model] == [(2, 40, False), (5, 44, False)]
