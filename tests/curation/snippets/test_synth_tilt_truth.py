"""The synthetic export's tilted head CT, end to end: DICOM files -> dicom_index rows -> series_catalog
(tilt_corrected) -> tilt-corrected volume -> mined references resolved against the truth file."""

from __future__ import annotations

import nibabel as nib
import numpy as np
import pytest

from curation.snippets.mine import mine_refs_batch
from curation.snippets.resolve import resolve_reference, series_from_index, training_volumes
from curation.synth import SynthOptions, load_truth, write_synthetic_export
from curation.synth.protocols import HEAD_CT_TILT_DEG
from curation.vault import Vault
from curation.volumes.catalog import build_catalog
from curation.volumes.convert import assign_training_roles, iter_volumes
from tests.curation.volumes.index_rows import index_rows

EXPORT = "exp_0000synthtilt"


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    out = tmp_path_factory.mktemp("synth") / "export"
    truth = load_truth(write_synthetic_export(out, SynthOptions(patients=1, seed=0, matrix=32,
                                                                  tilted_head_ct=True)))
    return out, truth


def test_tilted_head_ct_references_resolve_to_the_planted_z(export, pseudonymizer, data_paths) -> None:
    out, truth = export
    (head,) = [s for s in truth["patients"][0]["studies"] if s["body_part"] == "HEAD"]
    planted = [r for r in truth["references"] if r["study_uid"] == head["study_uid"]]
    assert {r["role"] for r in planted} >= {"thin_axial"}
    vault = Vault(data_paths.vault_dir)
    index = index_rows(out, EXPORT, pseudonymizer, vault)
    study_pid = pseudonymizer.uid(head["study_uid"])
    index = [r for r in index if r["study_uid"] == study_pid]
    catalog = build_catalog(EXPORT, index)
    tilted = [s for s in catalog if "tilt_corrected" in s.flags]
    assert len(tilted) == 2 and all(s.usable for s in tilted)           # thick and thin axial
    assert all(s.tilt_deg == pytest.approx(HEAD_CT_TILT_DEG, abs=1e-3) for s in tilted)
    rows = assign_training_roles([r for r in iter_volumes(catalog, export_dir=out, paths=data_paths,
                                                          file_map=vault.read_file_map(EXPORT),
                                                          pseudonymizer=pseudonymizer)])
    (primary,) = [r for r in rows if r["training_role"] == "primary"]
    assert primary["gantry_tilt_deg"] == pytest.approx(HEAD_CT_TILT_DEG, abs=1e-3)
    volume = nib.load(data_paths.data_dir / primary["path"])
    reports = {r["report_id"]: r for r in truth["reports"]}
    for ref in planted:
        report = reports[ref["report_id"]]
        (mined,) = [m for m in mine_refs_batch([report["text"]], [report["lang"]])[0]
                    if m.ref_start < ref["ref_end"] and ref["ref_start"] < m.ref_end]
        res = resolve_reference(mined, series_from_index(index), training_volumes(rows))
        assert res.status == ("resolved" if ref["plane"] == "axial" else "non_axial"), ref["ref_text"]
        assert abs(res.z_mm - ref["z_mm"]) < 0.01
        if ref["plane"] == "axial":
            # the referenced image is the one nearest the lesion centre (within half a 5 mm step)
            lesion = head["lesions"][ref["lesion_index"]]["center_mm"]
            ijk = np.linalg.inv(volume.affine) @ [-lesion[0], -lesion[1], lesion[2], 1.0]
            assert abs(ijk[2] - res.slice_index) <= 2.5 / primary["slice_spacing_mm"] + 0.5
