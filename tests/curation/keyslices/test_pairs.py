"""image_text_pairs rendering is incremental: unchanged rows are reused, changed voxels re-rendered."""

from pathlib import Path

import nibabel as nib
import numpy as np

from curation.keyslices.pairs import PairRequest, render_pairs


def test_unchanged_rows_are_reused_without_reading_the_volume(tmp_path: Path) -> None:
    path = tmp_path / "v.nii.gz"
    nib.save(nib.Nifti1Image(np.full((8, 8, 4), 40, dtype=np.int16), np.eye(4)), path)
    volumes = {"V1": {"path": "v.nii.gz", "modality": "CT", "plane": "axial", "content_sha256": "abc"}}
    request = PairRequest(volume_id="V1", slice_index=2, plane="axial", series_uid=None, series_number=3,
                          report_id="R1", patient_pid="P1", caption="Leberläsion", caption_en=None,
                          caption_raw="Leberläsion (Serie 3, Bild 3)", lang="de", source="snippet",
                          snippet_pair_ids=("S1",))
    (first,) = render_pairs([request], volumes, tmp_path)
    assert first["volume_sha256"] == "abc"
    path.unlink()                                              # reuse must not touch the volume
    (again,) = render_pairs([request], volumes, tmp_path, {first["pair_id"]: first})
    assert again == first
    changed = {"V1": {**volumes["V1"], "content_sha256": "def"}}
    nib.save(nib.Nifti1Image(np.full((8, 8, 4), 40, dtype=np.int16), np.eye(4)), path)
    (rendered,) = render_pairs([request], changed, tmp_path, {first["pair_id"]: first})
    assert rendered["volume_sha256"] == "def"
