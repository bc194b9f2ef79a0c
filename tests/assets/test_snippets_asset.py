"""The snippet_pairs asset alone: reads the Parquet tables, writes snippet_pairs, incremental on re-run."""

from __future__ import annotations

import dagster as dg
import pytest

from assets.snippets import snippet_pairs
from curation.paths import DataPaths
from curation.snippets.pairs import text_sha256
from curation.tables.io import read_table, table_exports, write_table
from resources.llm import LlmResource
from resources.storage import RadcurateStorage
from tests.conftest import TEST_SECRET
from tests.curation.snippets.fixtures import STUDY, dicom_rows, volume_rows

EXPORT = "exp_000000000001"


def _write_inputs(paths: DataPaths, texts: dict[str, str]) -> None:
    reports = [{"report_id": rid, "export_id": EXPORT, "patient_pid": "P1", "study_uid": STUDY, "lang": "de",
                "text": text, "text_sha256": text_sha256(text)} for rid, text in texts.items()]
    write_table(paths, "reports", reports, export_id=EXPORT)
    write_table(paths, "dicom_index", [{**r, "export_id": EXPORT, "file_id": f"F{i:06d}"}
                                       for i, r in enumerate(dicom_rows())], export_id=EXPORT)
    write_table(paths, "volumes", [{**v, "export_id": EXPORT} for v in volume_rows()], export_id=EXPORT)


def _run(paths: DataPaths) -> dg.MaterializeResult:
    storage = RadcurateStorage(data_dir=str(paths.data_dir), vault_dir=str(paths.vault_dir), secret=TEST_SECRET)
    result = dg.materialize([snippet_pairs], resources={"storage": storage, "llm": LlmResource()},
                            instance=dg.DagsterInstance.ephemeral())
    assert result.success
    return result.asset_materializations_for_node("snippet_pairs")[0].metadata


def test_asset_writes_pairs_and_is_incremental(data_paths: DataPaths) -> None:
    _write_inputs(data_paths, {"R1": "Rundherd (Serie 2, Bild 51). Zyste (Serie 5, Bild 10).",
                               "R2": "Keine Referenz."})
    meta = _run(data_paths)
    assert meta["pairs"].value == 2 and meta["reports_mined"].value == 2
    assert meta["status_resolved"].value == 1 and meta["status_non_axial"].value == 1
    assert meta["refs_per_report"].value == pytest.approx(1.0)
    assert "data:image/png;base64," in meta["depth_mm_histogram"].value
    table = read_table(data_paths, "snippet_pairs")
    resolved = next(r for r in table.to_pylist() if r["status"] == "resolved")
    assert resolved["depth_mm"] == pytest.approx(152.5) and resolved["slice_index"] == 10
    assert resolved["snippet"] == "Rundherd" and resolved["volume_id"] == "Vthick"
    first_bytes = sorted(p.read_bytes() for p in data_paths.table_dir("snippet_pairs").rglob("*.parquet"))
    assert len(first_bytes) == 1 and meta["exports_recomputed"].value == 1

    meta = _run(data_paths)  # nothing changed: the export's part is not recomputed, nothing mined
    assert meta["exports_recomputed"].value == 0 and meta["exports_unchanged"].value == 1
    assert meta["reports_mined"].value == 0 and meta["pairs"].value == 2
    assert sorted(p.read_bytes() for p in data_paths.table_dir("snippet_pairs").rglob("*.parquet")) == first_bytes

    import shutil  # the part gone (export forgotten and curated again): mined again despite the ledger
    shutil.rmtree(data_paths.table_dir("snippet_pairs") / f"export={EXPORT}")
    meta = _run(data_paths)
    assert meta["exports_recomputed"].value == 1 and meta["reports_mined"].value == 2 and meta["pairs"].value == 2

    _write_inputs(data_paths, {"R1": "Rundherd (Serie 2, Bild 51). Zyste (Serie 5, Bild 10).",
                               "R2": "Neu: Herd (Serie 2, Bild 61), zuvor Bild 58 der Voruntersuchung."})
    meta = _run(data_paths)
    assert meta["exports_recomputed"].value == 1 and meta["reports_kept"].value == 1
    assert meta["reports_mined"].value == 1 and meta["pairs"].value == 4  # the prior-study ref is a row
    assert meta["prior_study_refs"].value == 1 and meta["status_prior_study"].value == 1


def test_asset_re_mines_after_a_miner_change(data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    """A grammar change (a new miner version) re-mines every report once, then the run is incremental again."""
    from curation.snippets import pairs
    from curation.snippets.store import read_ledger
    from curation.snippets.version import miner_version

    _write_inputs(data_paths, {"R1": "Rundherd (Serie 2, Bild 51).", "R2": "Keine Referenz."})
    meta = _run(data_paths)
    assert meta["miner_version"].value == miner_version()
    assert {r["miner_version"] for r in read_ledger(data_paths)} == {miner_version()}
    monkeypatch.setattr(pairs, "current_miner_version", lambda: "next-grammar")
    meta = _run(data_paths)
    assert meta["reports_mined"].value == 2 and meta["reports_remined_for_miner_version"].value == 2
    assert meta["miner_version"].value == "next-grammar" and meta["pairs"].value == 1
    meta = _run(data_paths)
    assert meta["reports_mined"].value == 0 and meta["reports_remined_for_miner_version"].value == 0


def test_report_and_images_in_different_exports_pair_when_the_images_land(data_paths: DataPaths) -> None:
    """The report arrives first (no images yet); a later export brings its study's images: only the report's
    export is recomputed, and its reference now resolves; a third export of other studies recomputes itself."""
    text = "Rundherd (Serie 2, Bild 51)."
    write_table(data_paths, "reports", [{"report_id": "R1", "export_id": EXPORT, "patient_pid": "P1",
                                         "study_uid": STUDY, "lang": "de", "text": text,
                                         "text_sha256": text_sha256(text)}], export_id=EXPORT)
    meta = _run(data_paths)
    (pair,) = read_table(data_paths, "snippet_pairs").to_pylist()
    assert (pair["status"], pair["method"]) == ("unresolved", "no_study_images")
    assert meta["exports_recomputed"].value == 1

    images = "exp_000000000002"
    write_table(data_paths, "dicom_index", [{**r, "export_id": images, "file_id": f"F{i:06d}"}
                                            for i, r in enumerate(dicom_rows())], export_id=images)
    write_table(data_paths, "volumes", [{**v, "export_id": images} for v in volume_rows()], export_id=images)
    write_table(data_paths, "reports", [{"report_id": "R5", "export_id": images, "patient_pid": "P5",
                                         "study_uid": "2.25.555", "lang": "de", "text": "Keine Referenz.",
                                         "text_sha256": text_sha256("Keine Referenz.")}], export_id=images)
    meta = _run(data_paths)  # the new export itself, and the export whose report's study it completes
    assert (meta["exports_recomputed"].value, meta["exports_unchanged"].value) == (2, 0)
    assert meta["reports"].value == 2 and meta["reports_mined"].value == 2
    (pair,) = read_table(data_paths, "snippet_pairs").to_pylist()
    assert (pair["status"], pair["volume_id"], pair["slice_index"]) == ("resolved", "Vthick", 10)
    assert pair["depth_mm"] == pytest.approx(152.5)
    assert table_exports(data_paths, "snippet_pairs") == [EXPORT, images]  # R1's row lives with R1
    assert read_table(data_paths, "snippet_pairs", exports=[images]).num_rows == 0

    other = "exp_000000000003"
    write_table(data_paths, "reports", [{"report_id": "R9", "export_id": other, "patient_pid": "P9",
                                         "study_uid": "2.25.999", "lang": "de", "text": "Keine Referenz.",
                                         "text_sha256": text_sha256("Keine Referenz.")}], export_id=other)
    meta = _run(data_paths)  # an export of other studies: itself only
    assert (meta["exports_recomputed"].value, meta["exports_unchanged"].value) == (1, 2)
    assert meta["reports"].value == 1 and meta["reports_mined"].value == 1
