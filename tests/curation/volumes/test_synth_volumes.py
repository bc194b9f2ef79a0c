"""On the synthetic export: every usable series equals dcm2niix, slice maps match the planted truth."""

from __future__ import annotations

import subprocess
from pathlib import Path

import nibabel as nib
import numpy as np
import pytest

from curation.synth import SynthOptions, load_truth, write_synthetic_export
from curation.vault import Vault
from curation.volumes.catalog import build_catalog
from curation.volumes.convert import ConversionFailure, assign_training_roles, iter_volumes
from tests.curation.volumes.index_rows import index_rows
from tests.curation.volumes.test_nifti_vs_dcm2niix import DCM2NIIX

EXPORT = "exp_00000000synt"


@pytest.fixture(scope="module")
def synth(tmp_path_factory):
    root = tmp_path_factory.mktemp("synth")
    truth = load_truth(write_synthetic_export(root / "export", SynthOptions(patients=1, seed=3, matrix=48)))
    return root / "export", truth


def test_synth_series_equal_dcm2niix_and_truth(synth, tmp_path: Path, data_paths, pseudonymizer):
    export_dir, truth = synth
    vault = Vault(data_paths.vault_dir)
    rows = index_rows(export_dir, EXPORT, pseudonymizer, vault)
    catalog = build_catalog(EXPORT, rows)
    by_uid = {s.series_uid: s for s in catalog}
    results = list(iter_volumes(catalog, export_dir=export_dir, file_map=vault.read_file_map(EXPORT),
                                paths=data_paths, pseudonymizer=pseudonymizer))
    assert not [r for r in results if isinstance(r, ConversionFailure)]
    volumes = {r["series_uid"]: r for r in assign_training_roles(results)}
    checked = 0
    for study in truth["patients"][0]["studies"]:
        primaries = 0
        for series in study["series"]:
            uid = pseudonymizer.uid(series["series_uid"])
            entry = by_uid[uid]
            assert entry.plane == series["plane"]
            if series["role"] == "localizer":
                assert (entry.usable, entry.reason) == (False, "localizer")
                continue
            volume = volumes[uid]
            primaries += volume["training_role"] == "primary"
            ours = nib.load(data_paths.data_dir / volume["path"])
            folder = export_dir / Path(series["instances"][0]["path"]).parent
            out = tmp_path / f"ref{checked}"
            out.mkdir()
            subprocess.run([DCM2NIIX, "-z", "n", "-f", "ref", "-o", str(out), str(folder)], check=True,
                           capture_output=True)
            (ref_path,) = out.glob("ref*.nii")
            ref = nib.as_closest_canonical(nib.load(ref_path))
            assert ours.shape == ref.shape
            assert np.max(np.abs(ours.affine - ref.affine)) < 1e-3
            assert np.array_equal(ours.get_fdata(), ref.get_fdata())
            truth_z = {i["instance_number"]: i["position"][2] for i in series["instances"]}
            mapped = {e["instance_number"]: e["z_mm"] for e in volume["slice_map"]}
            assert mapped == pytest.approx(truth_z)
            if series["plane"] == "axial":   # slice 0 is the most inferior instance, whatever the numbering
                lowest = min(truth_z, key=truth_z.get)
                assert next(e for e in volume["slice_map"] if e["slice_index"] == 0)["instance_number"] == lowest
            checked += 1
        assert primaries == 1
    assert checked >= 3
