"""The ledger names the miner version: a grammar change re-mines what the old grammar mined, and only that."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curation.paths import DataPaths
from curation.snippets.pairs import build_pairs
from curation.snippets.store import ledger_path, read_ledger, write_ledger
from curation.snippets.version import MINER_MODULES, SCORER_MODULES, miner_version, version_of
from tests.curation.snippets.fixtures import dicom_rows, volume_rows
from tests.curation.snippets.test_pairs import REPORTS, report

V1, V2 = "grammar-v1", "grammar-v2"


def test_a_ledger_of_another_version_is_mined_again_an_unchanged_one_is_not() -> None:
    first = build_pairs(REPORTS, dicom_rows(), volume_rows(), miner_version=V1)
    assert {r["miner_version"] for r in first.ledger} == {V1}
    same = build_pairs(REPORTS, dicom_rows(), volume_rows(), previous=first.rows, ledger=first.ledger,
                       miner_version=V1)
    assert (same.mined_reports, same.kept_reports, same.remined_for_version) == (0, 3, 0)
    # a new grammar: every report is mined again, the one without references (R2) too, and the ledger moves on
    bumped = build_pairs(REPORTS, dicom_rows(), volume_rows(), previous=first.rows, ledger=first.ledger,
                         miner_version=V2)
    assert (bumped.mined_reports, bumped.kept_reports, bumped.remined_for_version) == (3, 0, 3)
    assert {r["miner_version"] for r in bumped.ledger} == {V2}
    assert sorted(map(str, bumped.rows)) == sorted(map(str, first.rows))  # same grammar here: same rows
    again = build_pairs(REPORTS, dicom_rows(), volume_rows(), previous=bumped.rows, ledger=bumped.ledger,
                        miner_version=V2)
    assert (again.mined_reports, again.remined_for_version) == (0, 0)


def test_cost_follows_what_changed() -> None:
    """Only the reports whose ledger row is of another version are mined; a new report counts as new."""
    first = build_pairs(REPORTS, dicom_rows(), volume_rows(), miner_version=V2)
    ledger = [dict(r, miner_version=V1) if r["report_id"] == "R1" else r for r in first.ledger]
    reports = [*REPORTS, report("R4", "Zyste (Serie 2, Bild 61).")]
    result = build_pairs(reports, dicom_rows(), volume_rows(), previous=first.rows, ledger=ledger, miner_version=V2)
    assert (result.mined_reports, result.kept_reports, result.remined_for_version) == (2, 2, 1)


def test_stale_rows_are_replaced_by_what_the_new_grammar_mines() -> None:
    """A row an old grammar got wrong (here: a snippet it cut) does not survive the version change."""
    first = build_pairs(REPORTS[:1], dicom_rows(), volume_rows(), miner_version=V1)
    wrong = [dict(r, snippet="Unterlappen") if r["ref_image_start"] == 51 else r for r in first.rows]
    kept = build_pairs(REPORTS[:1], dicom_rows(), volume_rows(), previous=wrong, ledger=first.ledger,
                       miner_version=V1)
    assert "Unterlappen" in {r["snippet"] for r in kept.rows}  # same version: trusted, kept as is
    fixed = build_pairs(REPORTS[:1], dicom_rows(), volume_rows(), previous=wrong, ledger=first.ledger,
                        miner_version=V2)
    assert {r["snippet"] for r in fixed.rows if r["ref_image_start"] == 51} == {"Rundherd im Unterlappen"}


def test_an_old_ledger_file_without_the_column_is_stale(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data", tmp_path / "vault")
    first = build_pairs(REPORTS, dicom_rows(), volume_rows(), miner_version=V1)
    old_schema = pa.schema([("report_id", pa.string()), ("text_sha256", pa.string()), ("prior_refs", pa.int32())])
    ledger_path(paths).parent.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist([{k: r[k] for k in old_schema.names} for r in first.ledger],
                                        schema=old_schema), ledger_path(paths))
    result = build_pairs(REPORTS, dicom_rows(), volume_rows(), previous=first.rows, ledger=read_ledger(paths),
                         miner_version=V1)
    assert (result.mined_reports, result.remined_for_version) == (3, 3)
    write_ledger(paths, result.ledger)  # rewritten with the column
    assert {r["miner_version"] for r in read_ledger(paths)} == {V1}
    assert build_pairs(REPORTS, dicom_rows(), volume_rows(), previous=result.rows, ledger=read_ledger(paths),
                       miner_version=V1).mined_reports == 0


def test_the_version_is_a_hash_of_the_miner_source_and_model(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    grammar, mine = tmp_path / "grammar.py", tmp_path / "mine.py"
    grammar.write_text("PATTERN = 'Serie'\n")
    mine.write_text("SPLIT = '.'\n")
    v = version_of([grammar, mine])
    assert len(v) == 16 and v == version_of([grammar, mine])
    grammar.write_text("PATTERN = 'Serie|Sequenz'\n")  # a grammar change is a new version
    assert version_of([grammar, mine]) != v
    assert version_of([grammar, mine], model="de_radref_trained") != version_of([grammar, mine])
    # the process's version covers grammar, sentence splitting, pipeline and brackets; the model env counts
    assert set(MINER_MODULES) >= {"curation.snippets.grammar", "curation.snippets.mine", "curation.snippets.ner",
                                  "curation.snippets.table", "curation.reports.brackets"}
    monkeypatch.delenv("RADCURATE_REF_MODEL", raising=False)
    plain = miner_version()
    monkeypatch.setenv("RADCURATE_REF_MODEL", "de_radref_trained")
    assert miner_version() != plain
    with pytest.raises(ValueError, match="miner_version"):
        build_pairs(REPORTS, [], [], miner_version="")


def test_the_scorer_version_covers_every_module_that_decides() -> None:
    """With the learned decision on its modules count: all of refscore but training (train, synthetic, and
    round 19's training-set loader sets: their output is the weights file, which counts). Round 8 added evidence.py."""
    import curation.snippets.refscore as refscore

    deciding = {f"curation.snippets.refscore.{p.stem}" for p in Path(refscore.__file__).parent.glob("*.py")
                if p.stem not in ("__init__", "train", "synthetic", "synthetic_study", "sets")}
    assert deciding == set(SCORER_MODULES) and "curation.snippets.refscore.evidence" in deciding


def test_the_miner_version_covers_every_module_the_miner_imports() -> None:
    """Every module of curation.snippets / curation.reports that mining imports (outside the learned decision, which
    SCORER_MODULES covers) counts: rounds 13-18 added timepoints, spoken, gate, withdrawn and study_headings without
    adding them, so a change there would not have re-mined the ledger."""
    code = ("import sys, curation.snippets.mine; print(' '.join(sorted(m for m in sys.modules if "
            "m.startswith(('curation.snippets.', 'curation.reports.')) and '.refscore' not in m)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert "curation.snippets.grammar" in out and "curation.snippets.timepoints" in out
    assert set(out) <= set(MINER_MODULES)
