import datetime as dt
import io
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from curation.keyslices.images import store_png
from curation.paths import DataPaths
from curation.release import SplitPolicy, build_release, split_overlap
from curation.tables import write_table
from curation.tables.io import read_table


def _corpus(paths: DataPaths, patients: list[str], export_id: str = "exp_a") -> None:
    vol_rows, rep_rows, snip_rows = [], [], []
    for n, pid in enumerate(patients):
        vid = f"V{pid}"
        rel = f"volumes/{export_id}/{vid}.nii.gz"
        (paths.data_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        (paths.data_dir / rel).write_bytes(b"nifti" + pid.encode())
        vol_rows.append({"volume_id": vid, "export_id": export_id, "patient_pid": pid, "study_uid": f"2.25.{n}",
                         "modality": "CT", "plane": "axial", "path": rel, "training_role": "primary",
                         "shape": [4, 4, 4], "spacing": [1.0, 1.0, 5.0]})
        rep_rows.append({"report_id": f"R{export_id}{n}", "export_id": export_id, "patient_pid": pid,
                         "study_uid": f"2.25.{n}", "lang": "de", "text": f"Befund {n}", "text_sha256": f"h{n}",
                         "link_status": "linked_accession", "report_date": dt.date(2020, 1, 1)})
        snip_rows.append({"pair_id": f"S{export_id}{n}", "report_id": f"R{export_id}{n}", "patient_pid": pid,
                          "study_uid": f"2.25.{n}", "ref_series": 3, "ref_image_start": 10, "ref_image_end": 10,
                          "snippet": "Rundherd", "lang": "de", "status": "resolved", "volume_id": vid,
                          "z_mm": -100.0, "depth_mm": 50.0})
    write_table(paths, "volumes", vol_rows, export_id=export_id)
    write_table(paths, "reports", rep_rows, export_id=export_id)
    write_table(paths, "snippet_pairs", snip_rows)


def test_release_layout_splits_and_loaders(data_paths: DataPaths) -> None:
    patients = [f"P{i:04d}" for i in range(40)]
    _corpus(data_paths, patients)
    summary = build_release(data_paths, provenance={"exports": "exp_a"}, deid_profile="PS3.15 basic")
    root = data_paths.dataset_dir
    assert root.is_symlink() and root.resolve() == summary.path.resolve()
    card = (root / "README.md").read_text()
    assert "config_name: snippet_pairs" in card and "path: data/snippet_pairs/train-*.parquet" in card
    assert sum(summary.counts["snippet_pairs"].values()) == 40
    assert sum(summary.counts["report_volume_pairs"].values()) == 40
    assert not split_overlap(summary)
    train = pq.read_table(root / "data/report_volume_pairs/train-exp_a-00000.parquet")
    assert all((root / p).read_bytes().startswith(b"nifti") for p in train["volume_path"].to_pylist())
    datasets = pytest.importorskip("datasets")
    files = {s: str(root / f"data/snippet_pairs/{s}-*.parquet") for s in ("train", "validation", "test")}
    loaded = datasets.load_dataset("parquet", data_files=files, cache_dir=str(root.parent / "hf_cache"))
    assert sum(len(loaded[s]) for s in loaded) == 40
    assert set(loaded["train"]["status"]) == {"resolved"}


def test_splits_stable_when_exports_added(data_paths: DataPaths) -> None:
    policy = SplitPolicy()
    before = {p: policy.split_of(p) for p in (f"P{i}" for i in range(500))}
    counts = np.unique(list(before.values()), return_counts=True)
    assert dict(zip(*counts, strict=True))["train"] > 350
    _corpus(data_paths, list(before)[:20])
    first = build_release(data_paths, provenance={}, deid_profile="x")
    _corpus(data_paths, list(before)[:30], export_id="exp_b")
    second = build_release(data_paths, provenance={}, deid_profile="x")
    assert first.release_id != second.release_id
    for f in second.files:
        if f.config == "snippet_pairs":
            pids = pq.read_table(second.path / f.relative_path)["patient_pid"].to_pylist()
            assert all(before[p] == f.split for p in pids)


def test_unchanged_corpus_reuses_release(data_paths: DataPaths) -> None:
    _corpus(data_paths, ["P1", "P2"])
    a = build_release(data_paths, provenance={}, deid_profile="x")
    b = build_release(data_paths, provenance={}, deid_profile="x")
    assert a.release_id == b.release_id
    assert [p.name for p in (data_paths.data_dir / "releases").iterdir()] == [a.release_id]


def test_policy_validation() -> None:
    with pytest.raises(ValueError, match="sum to 1"):
        SplitPolicy({"train": 0.5})


def test_rejects_plain_dataset_folder(data_paths: DataPaths, tmp_path: Path) -> None:
    _corpus(data_paths, ["P1"])
    data_paths.dataset_dir.mkdir(parents=True)
    with pytest.raises(ValueError, match="not a release link"):
        build_release(data_paths, provenance={}, deid_profile="x")


def test_stale_staging_of_a_dead_build_is_removed(data_paths: DataPaths) -> None:
    import os
    import subprocess
    import sys

    from curation.release.build import remove_stale_staging

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    releases = data_paths.data_dir / "releases"
    for pid in (dead, str(os.getppid())):
        (releases / f".staging-{pid}" / "data").mkdir(parents=True)
    assert remove_stale_staging(releases) == [f".staging-{dead}"]
    assert sorted(p.name for p in releases.iterdir()) == [f".staging-{os.getppid()}"]   # a live build kept


def test_release_loads_in_one_line_with_typed_columns(data_paths: DataPaths, tmp_path: Path) -> None:
    """`load_dataset(<release>)` takes the default config; images are `datasets.Image`; text_en is a string."""
    datasets = pytest.importorskip("datasets")
    from PIL import Image

    _corpus(data_paths, [f"P{i:04d}" for i in range(12)])
    png = io.BytesIO()
    Image.fromarray(np.arange(64, dtype=np.uint8).reshape(8, 8)).save(png, format="PNG")
    sha, rel = store_png(data_paths.data_dir, png.getvalue())
    vol = read_table(data_paths, "volumes").to_pylist()
    write_table(data_paths, "image_text_pairs", [
        {"pair_id": f"I{n}", "volume_id": v["volume_id"], "volume_path": v["path"], "slice_index": 3,
         "report_id": None, "patient_pid": v["patient_pid"], "modality": "CT", "plane": "axial",
         "image_path": rel, "image_sha256": sha, "window": "lung", "caption_de": "Rundherd",
         "caption_en": None, "source": "snippet", "volume_sha256": "x"} for n, v in enumerate(vol)])
    build_release(data_paths, provenance={}, deid_profile="x")
    root = str(data_paths.dataset_dir.resolve())
    cache = str(tmp_path / "hf_cache")
    default = datasets.load_dataset(root, cache_dir=cache)
    assert isinstance(default["train"].features["image"], datasets.Image)
    first = default["train"][0]["image"]
    assert first.size == (8, 8) and first.getpixel((1, 0)) == 1
    reports = datasets.load_dataset(root, "report_volume_pairs", cache_dir=cache)
    assert reports["train"].features["text_en"] == datasets.Value("string")
    assert reports["train"].features["spacing"].feature == datasets.Value("float64")
    card = (data_paths.dataset_dir / "README.md").read_text()
    default_at = card.index("default: true")
    assert card.index("config_name: image_text_pairs") < default_at < card.index("config_name: snippet_pairs")
    for convention in ("(x0, y0, x1, y1)", "512 bins", "run lengths", "RAS+", "depth_mm", "prior_study",
                       "`soft_tissue` (W 350 / L 40 HU)", "Example row:", "data-use agreement"):
        assert convention in card, convention
