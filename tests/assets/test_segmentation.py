"""segmentations + grounding_items materialized on a phantom CT with the threshold segmenter."""

from __future__ import annotations

import dagster as dg
import pytest

from assets.segmentation import grounding_items, segmentations
from curation.paths import DataPaths
from curation.segment.phantom import phantom_ct
from curation.tables.io import read_table, write_table
from resources.segmenter import SegmenterResource
from resources.storage import RadcurateStorage

EXPORT = "E0001"


@pytest.fixture
def curated(data_paths: DataPaths, secret_env: str) -> DataPaths:
    import nibabel as nib

    hu, affine = phantom_ct()
    volume = data_paths.volumes_dir / EXPORT / "V1.nii.gz"
    volume.parent.mkdir(parents=True)
    nib.save(nib.Nifti1Image(hu, affine), str(volume))
    write_table(data_paths, "volumes", [{
        "volume_id": "V1", "export_id": EXPORT, "study_uid": "2.25.1", "modality": "CT", "plane": "axial",
        "path": f"volumes/{EXPORT}/V1.nii.gz", "shape": list(hu.shape), "content_sha256": "abc",
        "training_role": "primary"}], export_id=EXPORT)
    write_table(data_paths, "snippet_pairs", [
        {"pair_id": "S1", "report_id": "R1", "snippet": "Rundherd in der rechten Lunge", "lang": "de",
         "status": "resolved", "volume_id": "V1", "slice_index": 10},
        {"pair_id": "S2", "report_id": "R1", "snippet": "Leber unauffällig", "lang": "de",
         "status": "resolved", "volume_id": "V1", "slice_index": 10}])
    write_table(data_paths, "image_text_pairs", [
        {"pair_id": "T1", "volume_id": "V1", "slice_index": 10, "plane": "axial", "report_id": "R1",
         "caption_de": "Rundherd in der rechten Lunge", "caption_en": "Nodule in the right lung"},
        {"pair_id": "T2", "volume_id": "V1", "slice_index": 10, "plane": "axial", "report_id": "R1",
         "caption_de": "Leber unauffällig"}], export_id=EXPORT)  # the part of the export holding R1
    text = "Beide Lungen belüftet. Milz normal."
    write_table(data_paths, "reports", [{"report_id": "R1", "export_id": EXPORT, "study_uid": "2.25.1", "lang": "de",
                                         "text": text,
                                         "sentences": [{"section": "befund", "start": 0, "end": 22},
                                                       {"section": "befund", "start": 23, "end": 35}]}],
                export_id=EXPORT)
    return data_paths


def materialize(paths: DataPaths, assets: list, partition: str | None = None) -> dg.ExecuteInProcessResult:
    instance = dg.DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("exports", [EXPORT])
    storage = RadcurateStorage(data_dir=str(paths.data_dir), vault_dir=str(paths.vault_dir),
                               secret=dg.EnvVar("RADCURATE_SECRET"))
    return dg.materialize(assets, resources={"storage": storage, "segmenter": SegmenterResource()},
                          partition_key=partition, instance=instance)


def test_segmentations_then_grounding(curated: DataPaths) -> None:
    result = materialize(curated, [segmentations], EXPORT)
    meta = result.asset_materializations_for_node("segmentations")[0].metadata
    assert meta["segmented"].value == 1 and meta["failed"].value == 0
    seg = read_table(curated, "segmentations").to_pylist()
    assert {r["structure"] for r in seg} == {"body", "bone", "lung_left", "lung_right"}
    right = next(r for r in seg if r["structure"] == "lung_right")
    assert right["bbox_ijk"][0] == 36 and right["bbox_ijk"][3] == 52 and right["label_path"].endswith(
        "segmentations/E0001/V1.threshold.nii.gz")
    label = curated.data_dir / right["label_path"]
    mtime = label.stat().st_mtime_ns

    again = materialize(curated, [segmentations], EXPORT)
    assert again.asset_materializations_for_node("segmentations")[0].metadata["skipped_unchanged"].value == 1
    assert label.stat().st_mtime_ns == mtime

    materialize(curated, [grounding_items])
    items = read_table(curated, "grounding_items").to_pylist()
    got = sorted((i["source"], i["phrase"], i["structure"], i["slice_index"], i["pair_id"]) for i in items)
    # "Leber" is absent from the threshold label map: not grounded; report sentences without an image pair
    # ("Beide Lungen belüftet") are not grounded on any slice.
    assert got == [("caption_de", "rechten Lunge", "lung_right", 10, "T1"),
                   ("caption_en", "right lung", "lung_right", 10, "T1")]
    snippet = next(i for i in items if i["source"] == "caption_de")
    # Display: col = 63 - i (col 0 = patient right), row = 63 - j (row 0 = anterior); the right lung
    # spans i 36..52, j 24..44 -> cols 11..27, rows 19..39.
    assert snippet["bbox"] == [11, 19, 27, 39]
    assert snippet["mask_shape"] == [64, 64] and sum(snippet["mask_rle"]) == 64 * 64
    assert snippet["class_id"] == 119 and snippet["bbox_tokens"] == "<loc0088><loc0152><loc0216><loc0312>"
