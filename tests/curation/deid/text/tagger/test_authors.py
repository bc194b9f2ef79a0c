"""Tagger rounds 4-8: the retired blind sets (tests/heldout8 .. heldout36, `train.AUTHORS`, opt-in) as training
text, one fold each; the sets still used as evidence are refused; the split leave-one-corpus-out run gives the
one-process figures."""

from __future__ import annotations

import numpy as np
import pytest

from curation.deid.text.tagger.model import TaggerModel
from curation.deid.text.tagger.train import AUTHORS, EVIDENCE_FROM, HANDWRITTEN, build, load_marked
from tests.curation.deid.text.tagger import loao


def test_retired_blind_sets_load_as_marked_corpora_with_their_gold():
    assert [s.partition("=")[0] for s in AUTHORS] == [f"heldout{n}" for n in range(8, 37)]
    assert not any(s.startswith("heldout") for s in HANDWRITTEN)  # not in the packaged weights' training
    marked = load_marked(AUTHORS)
    assert {k: len(v) for k, v in marked.items()} == {
        "heldout8": 67, "heldout9": 84, "heldout10": 80, "heldout11": 94, "heldout12": 95, "heldout13": 100,
        "heldout14": 100, "heldout15": 80, "heldout16": 95, "heldout17": 95, "heldout18": 75, "heldout19": 95,
        "heldout20": 75, "heldout21": 75, "heldout22": 80, "heldout23": 75, "heldout24": 80, "heldout25": 80,
        "heldout26": 80, "heldout27": 75, "heldout28": 80, "heldout29": 80, "heldout30": 80,
        "heldout31": 80, "heldout32": 80, "heldout33": 80, "heldout34": 80, "heldout35": 80, "heldout36": 80}
    first = marked["heldout8"][0]
    gold = {(first.text[s:e], label) for s, e, label in first.spans}
    assert {("Hövelmann, Gisela", "PERSON"), ("Ulrich Brinkmann", "PERSON"), ("Lindenallee 14", "ADDRESS"),
            ("Radiologische Gemeinschaftspraxis am Stadtpark", "INSTITUTION"), ("17.03.1958", "DATE")} <= gold
    assert first.lang == "de"
    for docs in marked.values():
        assert {d.lang for d in docs} >= {"de", "en"}
        for d in docs:
            assert all(d.text[s:e].strip() == d.text[s:e] != "" for s, e, _ in d.spans)
            assert all(k in d.text for k in d.keep)


@pytest.mark.parametrize("n", [37, 38, 40])
def test_sets_still_used_as_evidence_are_refused_before_import(n):
    assert n >= EVIDENCE_FROM
    with pytest.raises(ValueError, match=f"heldout{n} is still a blind evidence set"):
        load_marked([f"h=tests.heldout{n}.deid_corpus:EXCERPTS"])
    with pytest.raises(ValueError, match="blind evidence set"):
        load_marked([f"h=tests.dev14t.corpus:DEV,tests.heldout{n}:EXCERPTS"])


def test_miss_classes_name_label_and_shape_never_the_value():
    assert loao.shape_class("PERSON: 'Hövelmann, Gisela' in 'Patientin: Hövelmann, Gisela'") == "PERSON 2w/comma"
    assert loao.shape_class("INSTITUTION: 'KSA' in 'Vorbefund KSA'") == "INSTITUTION 1w/caps"
    assert loao.shape_class("ADDRESS: 'Lindenallee 14' in 'x'") == "ADDRESS 2w/digit"
    assert loao.shape_class("'Modic Typ 1' -> 'Modic Typ [AGE]'") == "KEEP 3w+/digit"


def test_split_run_gives_the_one_process_folds_and_weights(tmp_path, capsys):
    specs = ["a=tests.dev14t.corpus:DEV", "b=tests.dev14t.fresh:FRESH"]
    args = ["--docs", "20", "--epochs", "1", "--seed", "5", *(x for s in specs for x in ("--marked", s))]
    one = build(20, 1, 5, load_marked(specs), folds=True)
    assert loao.main([*args, "--dump", str(tmp_path), "--final", "--fold", "a"]) == 0
    assert loao.main([*args, "--dump", str(tmp_path), "--fold", "b"]) == 0
    combine = [*args, "--combine", str(tmp_path), "--save", str(tmp_path / "w.npz")]
    folds = loao.combined(loao.parser().parse_args(combine), specs)
    saved = TaggerModel.load(tmp_path / "w.npz")
    assert saved.threshold == one.model.threshold and saved.meta == one.model.meta
    np.testing.assert_array_equal(saved.W, one.model.W.astype(np.float16).astype(np.float32))
    for name in ("a", "b"):
        assert folds[name].threshold == one.folds[name].threshold
        np.testing.assert_array_equal(folds[name].W, one.folds[name].W.astype(np.float16).astype(np.float32))
    assert "final threshold" in capsys.readouterr().out


def test_a_subset_of_dumped_folds_is_measured_at_one_threshold(tmp_path, capsys):
    """--combine DIR --at T without --save: only the folds in DIR (tagger round 7: nine of 56 folds)."""
    specs = ["a=tests.dev14t.corpus:DEV", "b=tests.dev14t.fresh:FRESH"]
    args = ["--docs", "20", "--epochs", "1", "--seed", "5", *(x for s in specs for x in ("--marked", s))]
    assert loao.main([*args, "--dump", str(tmp_path), "--fold", "b"]) == 0
    folds = loao.at_threshold(tmp_path, loao.snippets_of(specs), 111.9)
    assert list(folds) == ["b"] and folds["b"].threshold == 111.9
    assert loao.main([*args, "--combine", str(tmp_path), "--at", "111.9"]) == 0
    lines = [x for x in capsys.readouterr().out.splitlines() if "recall" in x]
    assert len(lines) == 1 and lines[0].startswith("b ") and "thr  111.90" in lines[0]
    with pytest.raises(SystemExit, match="no fold"):
        loao.at_threshold(tmp_path / "none", loao.snippets_of(specs), 111.9)


def test_train_command_reads_the_retired_sets_only_with_authors(monkeypatch):
    from curation.deid.text.tagger import train

    seen: list[tuple[str, ...]] = []

    def stop(specs):
        seen.append(tuple(specs))
        raise KeyboardInterrupt

    monkeypatch.setattr(train, "load_marked", stop)
    for argv in ([], ["--authors"]):
        with pytest.raises(KeyboardInterrupt):
            train.main(["--docs", "10", *argv])
    assert seen[0] == HANDWRITTEN and seen[1] == (*HANDWRITTEN, *AUTHORS)
    assert seen[1][-1] == "heldout36=tests.heldout36.deid_corpus:EXCERPTS"
    assert EVIDENCE_FROM == 37


def test_default_training_reads_every_dev14_rule_round_corpus():
    """Tagger round 6: the dev corpora of rule rounds 9-15 join the default training, one fold each; dev14v, g, h,
    k and misc stay out as the untuned check."""
    names = [s.partition("=")[0] for s in HANDWRITTEN]
    assert names[9:21] == ["dev14y", "dev14z", "dev14fa", "dev14fb", "dev14fc", "dev14fd", "dev14fe", "dev14ff",
                           "dev14fg", "dev14fh", "dev14fi", "dev14fj"]
    assert not {"dev14v", "dev14g", "dev14h", "dev14k", "dev14misc"} & set(names)
    # tagger round 7: the dev corpora of rule rounds 16-20
    assert names[21:] == [f"dev14{x}" for x in ("fk", "fl", "fm", "fn", "fo", "fp", "fq", "fr", "fs", "ft", "fu", "fv")]
    marked = load_marked(HANDWRITTEN[9:])
    assert {k: len(v) for k, v in marked.items()} == {
        "dev14y": 210, "dev14z": 61, "dev14fa": 45, "dev14fb": 97, "dev14fc": 66, "dev14fd": 92, "dev14fe": 162,
        "dev14ff": 60, "dev14fg": 81, "dev14fh": 50, "dev14fi": 58, "dev14fj": 70, "dev14fk": 75, "dev14fl": 66,
        "dev14fm": 76, "dev14fn": 57, "dev14fo": 108, "dev14fp": 47, "dev14fq": 58, "dev14fr": 55, "dev14fs": 91,
        "dev14ft": 84, "dev14fu": 68, "dev14fv": 76}
    for docs in marked.values():
        for d in docs:
            assert all(d.text[s:e].strip() == d.text[s:e] != "" for s, e, _ in d.spans)
