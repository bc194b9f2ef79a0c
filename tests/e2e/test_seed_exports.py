"""The seed trainers' layouts written from a curated synthetic export, checked as their loaders read them."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pydicom
import pytest

from curation.keys import Pseudonymizer, load_secret
from curation.paths import DataPaths
from curation.phi_scan import PhiNeedles, scan_tree
from curation.seed_exports.refrad2d import boxes_of, env_for, write_refrad2d
from curation.tables import write_table
from curation.tables.io import read_table, table_exports
from tests.conftest import TEST_SECRET
from tests.e2e.conftest import CuratedExport

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def refrad2d(curated: CuratedExport, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DataPaths, object]:
    """A copy of the curated data whose German captions got an English twin (as a translator would give)."""
    root = tmp_path_factory.mktemp("refrad2d")
    shutil.copytree(curated.data_dir, root / "data", symlinks=True)
    shutil.copytree(curated.vault_dir, root / "vault")
    paths = DataPaths(root / "data", root / "vault")
    for export_id in table_exports(paths, "image_text_pairs"):  # the table is stored per export part
        pairs = read_table(paths, "image_text_pairs", exports=[export_id]).to_pylist()
        for row in pairs:
            if row["caption_en"] is None and row["caption_de"]:
                row["caption_en"] = f"EN {row['caption_de']}"
        write_table(paths, "image_text_pairs", pairs, export_id=export_id)
    out = root / "out"
    summary = write_refrad2d(paths, out, Pseudonymizer(load_secret(TEST_SECRET)))
    return out, paths, summary


def test_parquet_reads_as_radgrounder_reads_it(refrad2d) -> None:
    out, _, summary = refrad2d
    frame = pd.read_parquet(out / "refrad2d_vqa_dataset.parquet").set_index("rsopid")   # its loader's two lines
    assert len(frame) == summary.slices > 5
    for rsopid, row in frame.iterrows():
        data = row.to_dict()
        assert data["modality"] in {"CT", "MR"}
        assert data["english"]["CleanedSentence"]
        assert "Serie" not in data["german"]["CleanedSentence"] and "Bild" not in data["german"]["CleanedSentence"]
        vqa = list(data["english"]["dicom_vqa"]) + list(data["english"]["snippet_vqa"])
        for item in vqa:
            assert item["question_type"] in {"open", "closed", "multiple"} and item["answer"]
            if item["question_type"] == "multiple":
                assert item["answer"] in list(item["choices"])
        assert (out / "dicoms_anon" / rsopid[:2] / f"{rsopid}.dcm.zst").is_file()


def test_dicom_is_the_referenced_image_itself_deidentified(refrad2d, curated: CuratedExport) -> None:
    import zstandard

    out, paths, _ = refrad2d
    decompressed = out.parent / "decompressed"
    decompressed.mkdir(exist_ok=True)
    pairs = read_table(paths, "image_text_pairs", columns=["volume_id", "slice_index"]).to_pylist()
    checked = 0
    for path in sorted((out / "dicoms_anon").glob("*/*.dcm.zst")):
        raw = zstandard.ZstdDecompressor().decompress(path.read_bytes())
        (decompressed / path.name.removesuffix(".zst")).write_bytes(raw)
        ds = pydicom.dcmread(io.BytesIO(raw))
        assert ds.SOPInstanceUID.startswith("2.25.") and ds.PatientIdentityRemoved == "YES"
        assert ds.pixel_array.shape == (ds.Rows, ds.Columns)
        checked += 1
    assert checked and pairs
    needles = PhiNeedles.from_strings(curated.truth["phi_strings"])
    assert not scan_tree(decompressed, needles)
    assert not scan_tree(out, needles)


def test_masks_boxes_and_keywords_follow_radgrounders_convention(refrad2d) -> None:
    out, _, summary = refrad2d
    segment = json.loads((out / "refrad2d_segment" / "rsopid_2_segment_v3_ct.json").read_text())
    assert summary.with_boxes >= 1 and segment
    names = json.loads((out / "merged_label_map.json").read_text())
    frame = pd.read_parquet(out / "refrad2d_vqa_dataset.parquet").set_index("rsopid")
    assert names["intervertebral_discs"] == 120 and names["vertebrae"] == 121 and len(names) == 121
    for rsopid, entry in segment.items():
        mask = np.load(entry["segment_slice_path"])
        ds = pydicom.dcmread(io.BytesIO(__import__("zstandard").ZstdDecompressor().decompress(
            (out / "dicoms_anon" / rsopid[:2] / f"{rsopid}.dcm.zst").read_bytes())))
        assert mask.shape == (ds.Rows, ds.Columns) and mask.max() <= 121
        assert entry["bboxes"] == boxes_of(mask)
        for x0, y0, x1, y1, class_id in entry["bboxes"]:
            rows, cols = np.nonzero(mask == class_id)
            assert (x0, y0, x1, y1) == (cols.min(), rows.min(), cols.max() + 1, rows.max() + 1)  # end exclusive
        assert set(entry) == {"bboxes", "keywords_eng", "keywords_de", "segment_slice_path"}
        for language, key in (("english", "keywords_eng"), ("german", "keywords_de")):
            for keyword, class_name, class_id in entry[key]:
                assert names[class_name] == class_id and class_id in np.unique(mask)
                assert keyword in frame.loc[rsopid, language]["CleanedSentence"]


def test_splits_by_patient_with_a_validation_split(refrad2d) -> None:
    out, _, summary = refrad2d
    seen: dict[str, str] = {}
    for split in ("train", "val", "test"):
        for modality in ("ct", "mr"):
            data = json.loads((out / "split" / f"filtered_{modality}_splits"
                               / f"snippet2rsopids_{split}_{modality}_only.json").read_text())
            for rsopids in data.values():
                for rsopid in rsopids:
                    assert seen.setdefault(rsopid, split) == split
    assert summary.by_split.get("val", 0) > 0 and len(seen) == summary.slices
    universal = pd.read_csv(out / "refrad2d_vqa_universal_split_20000_20000.csv").set_index("rsopid")
    assert universal["split"].to_dict() == seen
    env = env_for(out)
    assert Path(env["REFRAD2D_DICOM_DIR"]).is_dir() and Path(env["REFRAD2D_VQA_PARQUET"]).is_file()
    assert (out / "slices" / "dicoms_anon").resolve() == (out / "dicoms_anon").resolve()
