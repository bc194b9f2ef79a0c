"""The deid_dicom asset on a synthetic export: copies written, valid, PHI-free, and off by default."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest
from pydicom import dcmread

from assets.deid_dicom import deid_dicom
from curation.keys import Pseudonymizer
from curation.paths import DataPaths
from curation.synth import SynthOptions, load_truth, write_synthetic_export
from curation.tables.io import write_table
from resources.storage import RadcurateStorage
from tests.curation.deid.dicom.export_fixtures import register_export


@pytest.fixture(scope="module")
def synth_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    export = tmp_path_factory.mktemp("exports") / "export_a"
    truth = load_truth(write_synthetic_export(export, SynthOptions(patients=1, seed=3, matrix=32)))
    return export, truth


def _index_export(export: Path, paths: DataPaths, pseudonymizer: Pseudonymizer) -> tuple[str, int]:
    """What the index does for this asset's purpose: file map, PHI dictionary, dicom_index rows."""
    export_id, _, rows = register_export(export, paths, pseudonymizer)
    rows = [{"export_id": export_id, **row} for row in rows]
    rows[0] = {**rows[0], "role": "excluded", "excluded_reason": "burned_in_annotation"}
    write_table(paths, "dicom_index", rows, export_id=export_id)
    return export_id, len(rows)


def test_deid_dicom_writes_valid_phi_free_copies(synth_export: tuple[Path, dict], data_paths: DataPaths,
                                                 pseudonymizer: Pseudonymizer, secret_env: str) -> None:
    export, truth = synth_export
    export_id, n_files = _index_export(export, data_paths, pseudonymizer)
    instance = dg.DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("exports", [export_id])
    storage = RadcurateStorage(data_dir=str(data_paths.data_dir), vault_dir=str(data_paths.vault_dir),
                               secret=secret_env)
    result = dg.materialize([deid_dicom], resources={"storage": storage}, partition_key=export_id,
                            instance=instance)
    assert result.success
    metadata = result.asset_materializations_for_node("deid_dicom")[0].metadata
    written = sorted((data_paths.data_dir / "deid_dicom" / export_id).rglob("*.dcm"))
    assert metadata["written"].value == len(written) == n_files - 1
    assert metadata["skipped"].value == 1
    assert metadata["failed"].value == 0
    first = dcmread(written[0])
    assert first.PatientIdentityRemoved == "YES" and first.PatientID.startswith("P")
    assert written[0].name == f"{first.SOPInstanceUID}.dcm"
    assert written[0].parent.name == first.SeriesInstanceUID
    assert first.pixel_array.shape == (first.Rows, first.Columns)
    phi = [s for s in truth["phi_strings"] if len(s) >= 4]
    hits = []
    for path in (data_paths.data_dir).rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            rel = path.relative_to(data_paths.data_dir).as_posix()
            hits += [(rel, s) for s in phi for form in {s.encode(), s.encode("latin-1", "ignore")}
                     if form and (form in data or s in rel)]
    assert hits == []


def test_deid_dicom_is_not_part_of_the_default_curate_job() -> None:
    from radcurate.definitions import defs

    job = defs.resolve_job_def("curate_export")
    keys = {key.to_user_string() for key in job.asset_layer.selected_asset_keys}
    assert "deid_dicom" not in keys
