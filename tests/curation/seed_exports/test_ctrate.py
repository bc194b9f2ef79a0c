"""The CT-RATE layout as RadFinder's loaders read it, checked without RadFinder's code."""

from __future__ import annotations

import ast
import csv
import json
from pathlib import Path

import nibabel as nib
import numpy as np
import pytest

from curation.paths import DataPaths
from curation.release.splits import SplitPolicy
from curation.seed_exports.ctrate import expected_columns, report_sections, write_ct_rate
from curation.tables import write_table

SHAPE = (16, 12, 20)
SPACING = (0.8, 0.8, 2.5)
K = SHAPE[2]


def _ras_affine(origin_z: float = -300.0) -> np.ndarray:
    """RAS voxel -> mm of a volume stored as radcurate writes them (axis 0 to the right... as nibabel says)."""
    affine = np.diag([-SPACING[0], -SPACING[1], SPACING[2], 1.0])  # LPS-ordered array in RAS world
    affine[:3, 3] = (100.0, 80.0, origin_z)
    return affine


def _ref_affine_lps(vol_affine: np.ndarray, k: int) -> list[float]:
    """The DICOM affine (column, row, 0, 1) -> LPS of the image that is slice k of the volume."""
    ras_to_lps = np.diag([-1.0, -1.0, 1.0, 1.0])
    voxel = np.eye(4)
    voxel[2, 3] = k
    # array axis 0 runs along DICOM columns, axis 1 along rows (the display convention of the volume writer)
    return list((ras_to_lps @ vol_affine @ voxel).ravel())


def _corpus(paths: DataPaths, patients: int = 30) -> dict[str, float]:
    """Volumes, reports and snippet rows with both languages; returns depth_mm per snippet id."""
    vol_rows, rep_rows, snip_rows, depths = [], [], [], {}
    affine = _ras_affine()
    for n in range(patients):
        pid, study, vid = f"P{n:03d}", f"2.25.{n}", f"V{n:03d}"
        rel = f"volumes/e1/{vid}.nii.gz"
        (paths.data_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        nib.save(nib.Nifti1Image(np.zeros(SHAPE, np.int16), affine), paths.data_dir / rel)
        vol_rows.append({"volume_id": vid, "export_id": "e1", "patient_pid": pid, "study_uid": study,
                         "modality": "CT", "plane": "axial", "path": rel, "training_role": "primary",
                         "shape": list(SHAPE), "spacing": list(SPACING), "affine": list(affine.ravel()),
                         "series_description": "thorax 1.0 b31f"})
        rep_rows.append({"report_id": f"R{n:03d}", "export_id": "e1", "patient_pid": pid, "study_uid": study,
                         "lang": "de", "text": "Fragestellung: Tumorsuche.\nBefund: Rundherd rechts (Bild 7).\n"
                                               "Beurteilung: Rundherd.",
                         "text_en": "Clinical question: tumour search.\nFindings: nodule on the right (image 7).\n"
                                    "Impression: nodule.", "text_sha256": f"h{n}", "link_status": "linked_accession"})
        k = 7 + n % 5
        depths[f"S{n:03d}"] = (K - 0.5 - k) * SPACING[2]
        snip_rows.append({"pair_id": f"S{n:03d}", "report_id": f"R{n:03d}", "patient_pid": pid, "study_uid": study,
                          "ref_series": 2, "resolved_series": 2, "ref_image_start": k + 1, "ref_image_end": k + 1,
                          "snippet": "Rundherd rechts", "snippet_en": "nodule on the right", "lang": "de",
                          "status": "resolved", "volume_id": vid, "slice_index": k, "depth_mm": depths[f"S{n:03d}"],
                          "ref_shape": [SHAPE[1], SHAPE[0]], "ref_affine": _ref_affine_lps(affine, k)})
    write_table(paths, "volumes", vol_rows, export_id="e1")
    write_table(paths, "reports", rep_rows, export_id="e1")
    write_table(paths, "snippet_pairs", snip_rows)
    return depths


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_layout_names_texts_and_metadata(data_paths: DataPaths, tmp_path: Path) -> None:
    _corpus(data_paths)
    out = tmp_path / "ct-rate"
    summary = write_ct_rate(data_paths, out)
    assert sum(summary.volumes.values()) == 30 and summary.reports == 30 and summary.slices == 30
    policy = SplitPolicy()
    volumes = sorted((out / "dataset").glob("*_fixed/*/*/*.nii.gz"))   # RadFinder's glob
    assert len(volumes) == 30
    for path in volumes:
        split, number, letter, recon = path.name.removesuffix(".nii.gz").split("_")
        assert path.parent.name == f"{split}_{number}_{letter}" and path.parent.parent.name == f"{split}_{number}"
        assert path.parts[-4] == f"{split}_fixed" and letter == "a" and recon == "1"
    train = _read_csv(out / "dataset/radiology_text_reports/train_reports.csv")
    assert list(train[0]) == expected_columns()["reports"]
    assert train[0]["Findings_EN"] == "nodule on the right (image 7)." and train[0]["Impressions_DE"] == "Rundherd."
    assert train[0]["ClinicalInformation_EN"] == "tumour search."
    meta = _read_csv(out / "dataset/metadata/train_metadata.csv")
    assert ast.literal_eval(meta[0]["XYSpacing"]) == [0.8, 0.8] and float(meta[0]["ZSpacing"]) == 2.5
    n_train = sum(policy.split_of(f"P{n:03d}") == "train" for n in range(30))
    assert len(train) == len(meta) == n_train
    names = json.loads((out / "radcurate_names.json").read_text())
    assert {p["split"] for p in names["patients"].values()} <= {"train", "valid", "test"}


def test_radfinder_depth_from_our_affines_within_half_a_cell(data_paths: DataPaths, tmp_path: Path) -> None:
    """RadFinder samples each slice's pixel grid through dcmaffine into the scan; the most-hit depth index must
    be our slice: its depth equals our depth_mm within half a cell (here exactly)."""
    depths = _corpus(data_paths)
    out = tmp_path / "ct-rate"
    write_ct_rate(data_paths, out)
    volume_of = {row["VolumeName"].removesuffix(".nii.gz"): row["RadcurateVolumeId"]
                 for f in (out / "dataset/metadata").glob("*.csv") for row in _read_csv(f)}
    checked = 0
    for split_file in (out / "dataset/slices").glob("*_slices.json"):
        split = split_file.name.split("_")[0]
        for scan_key, slices in json.loads(split_file.read_text()).items():
            (volume,) = (out / "dataset").glob(f"{split}_fixed/*/*/{scan_key}.nii.gz")
            image = nib.load(volume)
            for entry in slices.values():
                assert entry["axcodes"] == "LPS" and entry["slice_axis"] == 2
                assert entry["de_cleanhist"] == ["Rundherd rechts"] and entry["en_cleanhist"] == ["nodule on the right"]
                rows, cols = entry["shape"]
                rr, cc = np.meshgrid(np.arange(rows), np.arange(cols), indexing="ij")
                pixels = np.stack([cc.ravel(), rr.ravel(), np.zeros(rr.size), np.ones(rr.size)])
                ijk = np.linalg.inv(image.affine) @ np.asarray(entry["dcmaffine"]) @ pixels
                k = np.bincount(np.rint(ijk[2]).astype(int)).argmax()
                depth = (image.shape[2] - 0.5 - k) * image.header.get_zooms()[2]
                expected = depths["S" + volume_of[scan_key].removeprefix("V")]
                assert abs(depth - expected) <= SPACING[2] / 2, (scan_key, depth, expected)
                checked += 1
    assert checked == 30


def test_labels_and_stale_volumes(data_paths: DataPaths, tmp_path: Path) -> None:
    _corpus(data_paths, patients=4)
    out = tmp_path / "ct-rate"
    write_ct_rate(data_paths, out)
    first_names = json.loads((out / "radcurate_names.json").read_text())
    write_table(data_paths, "volumes", [], export_id="e1")   # the export was forgotten
    summary = write_ct_rate(data_paths, out)
    assert summary.removed_files == 4 and not list((out / "dataset").glob("*_fixed/*/*/*.nii.gz"))
    assert json.loads((out / "radcurate_names.json").read_text()) == first_names   # names are never reused


@pytest.mark.parametrize(("text", "findings", "impression"), [
    ("Befund: Kein Erguss.\nBeurteilung: Unauffällig.", "Kein Erguss.", "Unauffällig."),
    ("Kein Erguss, kein Infiltrat.", "Kein Erguss, kein Infiltrat.", ""),
    (None, "", ""),
])
def test_report_sections(text, findings, impression) -> None:
    sections = report_sections(text)
    assert sections["Findings"] == findings and sections["Impressions"] == impression


def test_two_exports_into_one_folder_at_once_equal_one_export(data_paths: DataPaths, tmp_path: Path) -> None:
    """Concurrent writers of one folder take turns: the names registry and files equal a single run's."""
    from concurrent.futures import ThreadPoolExecutor

    _corpus(data_paths, patients=6)
    alone, together = tmp_path / "alone", tmp_path / "together"
    write_ct_rate(data_paths, alone)
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(lambda _: write_ct_rate(data_paths, together), range(2)))
    assert (together / "radcurate_names.json").read_text() == (alone / "radcurate_names.json").read_text()
    assert sorted(p.relative_to(together).as_posix() for p in together.rglob("*") if p.is_file()) == \
        sorted(p.relative_to(alone).as_posix() for p in alone.rglob("*") if p.is_file())
