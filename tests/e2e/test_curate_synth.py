"""The whole graph on a synthetic export, as `radcurate curate` runs it, checked against the ground truth."""

from __future__ import annotations

import pytest

from curation.paths import DataPaths
from curation.phi_scan import PhiNeedles, scan_tree
from curation.tables.io import read_table
from tests.e2e.conftest import CuratedExport

pytestmark = pytest.mark.e2e


def _paths(curated: CuratedExport) -> DataPaths:
    return DataPaths(curated.data_dir, curated.vault_dir)


def test_every_file_accounted_for(curated: CuratedExport) -> None:
    paths = _paths(curated)
    index = read_table(paths, "dicom_index")
    quarantine = read_table(paths, "quarantine")
    truth_dicom = [f for f in curated.truth["files"] if not f.startswith("reports/")]
    in_index_stage = [r for r in quarantine.to_pylist() if r["stage"] == "index"]
    assert index.num_rows + len(in_index_stage) == len(truth_dicom)
    bad_dicom = [b for b in curated.truth["bad_files"] if b["kind"] != "orphan_report"]
    assert len(in_index_stage) >= len([b for b in bad_dicom if b["kind"] in ("truncated", "empty", "text_phi")])
    roles = index["role"].to_pylist()
    assert roles.count("excluded") >= 1                      # the burned-in secondary capture


def test_volumes_cover_every_usable_series(curated: CuratedExport) -> None:
    paths = _paths(curated)
    volumes = read_table(paths, "volumes").to_pylist()
    studies = [s for p in curated.truth["patients"] for s in p["studies"]]
    assert len({v["study_uid"] for v in volumes}) == len(studies)
    primary = [v for v in volumes if v["training_role"] == "primary"]
    assert len({(v["study_uid"], v["modality"]) for v in primary}) == len(primary)
    for volume in volumes:
        assert (paths.data_dir / volume["path"]).is_file()


def test_every_planted_reference_resolved_to_the_true_z(curated: CuratedExport) -> None:
    pairs = read_table(_paths(curated), "snippet_pairs").to_pylist()
    planted = curated.truth["references"]
    assert len(pairs) >= len(planted)
    by_key = {}
    for pair in pairs:
        written = None if pair["ref_series_inherited"] else pair["ref_series"]  # "(image 22)": inherited, not written
        by_key.setdefault((written, pair["ref_image_start"], pair["ref_image_end"]), []).append(pair)
    missing, errors = [], []
    for ref in planted:
        candidates = by_key.get((ref["series_number_written"], ref["image_start"], ref["image_end"]), [])
        if not candidates:
            missing.append(ref["ref_text"])
            continue
        best = min(abs(c["z_mm"] - ref["z_mm"]) if c["z_mm"] is not None else 1e9 for c in candidates)
        errors.append(best)
    assert not missing
    assert max(errors) < 0.01
    resolved = [p for p in pairs if p["status"] == "resolved"]
    assert resolved and all(p["depth_mm"] is not None and p["depth_mm"] >= 0 for p in resolved)


def test_no_planted_phi_anywhere(curated: CuratedExport) -> None:
    needles = PhiNeedles.from_strings(curated.truth["phi_strings"])
    assert len(needles) > 20
    for root in (curated.data_dir, curated.dagster_home):
        hits = scan_tree(root, needles)
        assert not hits, f"{len(hits)} PHI hits, e.g. {hits[:3]}"


def test_each_rendered_slice_is_stored_once(curated: CuratedExport) -> None:
    from curation.keyslices.images import stored_images

    paths = _paths(curated)
    pairs = read_table(paths, "image_text_pairs")
    assert "image" not in pairs.column_names
    rendered = {(r["volume_id"], r["plane"], r["slice_index"], r["window"])
                for r in pairs.select(["volume_id", "plane", "slice_index", "window"]).to_pylist()}
    files = {p.stem for p in stored_images(paths.data_dir)}
    assert files == set(pairs["image_sha256"].to_pylist())
    assert len(files) == len(rendered) < pairs.num_rows
    for row in pairs.to_pylist():
        assert row["image_path"] == f"images/{row['image_sha256'][:2]}/{row['image_sha256']}.png"


def test_release_loads_with_datasets_and_pyarrow(curated: CuratedExport, tmp_path) -> None:
    import json

    import datasets
    import pyarrow.parquet as pq

    dataset = curated.data_dir / "dataset"
    manifest = json.loads((dataset / "manifest.json").read_text())
    card = (dataset / "README.md").read_text()
    configs = sorted({f["config"] for f in manifest["files"]})
    assert configs == ["grounding", "image_text_pairs", "report_volume_pairs", "snippet_pairs", "vqa"]
    for config in configs:
        assert f"config_name: {config}" in card
        files = [f for f in manifest["files"] if f["config"] == config]
        rows = sum(pq.read_table(dataset / f["relative_path"]).num_rows for f in files)
        assert rows == sum(manifest["counts"][config].values()) > 0, config
        data_files = {s: str(dataset / f"data/{config}/{s}-*.parquet") for s in manifest["counts"][config]
                      if manifest["counts"][config][s]}
        loaded = datasets.load_dataset("parquet", data_files=data_files, cache_dir=str(tmp_path / config))
        assert sum(len(loaded[s]) for s in loaded) == rows, config
    report_pairs = pq.read_table(dataset / "data/report_volume_pairs").to_pylist()
    assert all(r["labels_source"] == "rules" and len(r["labels"]) == 27 for r in report_pairs)
    pairs = datasets.load_dataset("parquet", data_files=str(dataset / "data/image_text_pairs/*.parquet"),
                                  cache_dir=str(tmp_path / "img"))["train"]
    assert isinstance(pairs.features["image"], datasets.Image)
    assert pairs[0]["image"].format == "PNG" and min(pairs[0]["image"].size) >= 64
    default = datasets.load_dataset(str(dataset.resolve()), cache_dir=str(tmp_path / "default"))
    assert sum(len(default[s]) for s in default) == sum(manifest["counts"]["image_text_pairs"].values())
