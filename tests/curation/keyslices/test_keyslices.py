"""Windows, PNG rendering through axial_display, and image_text_pairs from snippet rows."""

from __future__ import annotations

import io
import os
import time

import nibabel as nib
import numpy as np
import pyarrow as pa
import pytest
from PIL import Image

from curation.keyslices.images import collect_unreferenced, stored_images
from curation.keyslices.pairs import choose_window, render_pairs, requests_from_snippets
from curation.keyslices.render import render_axial_png, slice_pixels
from curation.keyslices.windowing import apply_window, normalise_mr, percentile_bounds, refrad_channels
from curation.tables.io import read_table, write_table


def test_ct_windows_map_hu_to_grey():
    hu = np.array([-1000.0, -100.0, 40.0, 215.0, 3000.0])
    assert apply_window(hu, "soft_tissue").tolist() == [0, 26, 128, 255, 255]   # 40 HU = level -> mid grey
    assert apply_window(hu, "lung").tolist()[1] == 128                           # lung level -100 HU
    assert apply_window(np.array([500.0]), "bone").tolist() == [128]
    with pytest.raises(ValueError, match="unknown CT window"):
        apply_window(hu, "liver")


def test_refrad_three_channels_uint8_and_unit_range():
    hu = np.array([[40.0]])
    assert refrad_channels(hu).tolist() == [[[143, 128, 128]]]   # (40 + 1225) / 2250 -> 143
    unit = refrad_channels(hu, as_unit_range=True)
    assert unit.dtype == np.float32 and unit.min() >= -1 and unit[0, 0, 1] == pytest.approx(0.0)


def test_mr_percentile_normalisation():
    volume = np.arange(1000, dtype=np.float32)
    low, high = percentile_bounds(volume)
    assert (low, high) == (pytest.approx(4.995), pytest.approx(994.005))
    assert normalise_mr(np.array([0.0, 499.5, 2000.0]), (low, high)).tolist() == [0, 128, 255]


def test_png_uses_axial_display_convention():
    volume = np.zeros((4, 3, 2), dtype=np.int16)         # (i=R..., j=A..., k)
    volume[0, 0, 1] = 1000                                 # most right (i=0), most posterior (j=0)
    png = render_axial_png(volume, 1, modality="CT", window="soft_tissue")
    image = np.asarray(Image.open(io.BytesIO(png)))
    assert image.shape == (3, 4)
    # display row 0 anterior, col 0 patient right: (i=0, j=0) shows at the last row, last column
    assert image[2, 3] == 255 and int((image == 98).sum()) == 11   # 0 HU -> 98
    assert slice_pixels(volume, 1, modality="CT", window="refrad_3ch").shape == (3, 4, 3)


@pytest.mark.parametrize(("text", "modality", "window"), [
    ("Rundherd im rechten Unterlappen", "CT", "lung"), ("nodule in the right lower lobe", "CT", "lung"),
    ("Lytische Läsion im Wirbelkörper L2", "CT", "bone"), ("Hypodense Leberläsion", "CT", "soft_tissue"),
    ("Infarkt im Mediastromgebiet links", "CT", "brain"), ("Leberläsion", "MR", "mr_percentile"),
])
def test_window_chosen_by_caption_words(text, modality, window):
    assert choose_window(text, modality) == window


def _save(data_paths, name: str, data: np.ndarray) -> str:
    path = data_paths.volumes_dir / "exp_1" / f"{name}.nii.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    nib.save(nib.Nifti1Image(data, np.eye(4)), path)
    return f"volumes/exp_1/{name}.nii.gz"


def _slice_map(n: int, z0: float, step: float) -> list[dict]:
    return [{"instance_number": k + 1, "slice_index": k, "z_mm": z0 + step * k} for k in range(n)]


def test_pairs_from_resolved_snippets(data_paths):
    data = np.arange(6 * 5 * 4, dtype=np.int16).reshape(6, 5, 4) * 10 - 500
    volumes = {"Vabc": {"volume_id": "Vabc", "path": _save(data_paths, "Vabc", data), "modality": "CT",
                        "plane": "axial", "patient_pid": "P1", "study_uid": "ST1", "series_number": 3,
                        "series_uid": "SE3", "slice_map": _slice_map(4, 0.0, 5.0)}}
    text = "Befund: Rundherd im rechten Unterlappen (Serie 3, Bild 3), 6 mm. Leber unauffällig."
    start = text.index("Rundherd")
    reports = {"R1": {"text": text, "sentences": [{"section": "findings", "start": 8, "end": 65},
                                                  {"section": "findings", "start": 66, "end": len(text)}]}}
    snippets = [
        {"pair_id": "S1", "report_id": "R1", "patient_pid": "P1", "study_uid": "ST1", "status": "resolved",
         "volume_id": "Vabc", "slice_index": 2, "resolved_series": 3, "ref_image_start": 3, "ref_image_end": 3,
         "snippet": "Rundherd im rechten Unterlappen", "snippet_start": start, "snippet_end": start + 31,
         "lang": "de", "snippet_en": "Nodule in the right lower lobe", "depth_mm": 12.5},
        {"pair_id": "S2", "report_id": "R1", "status": "unresolved", "volume_id": None, "slice_index": None,
         "snippet": "x", "lang": "de"},
    ]
    plan = requests_from_snippets(snippets, reports, volumes)
    assert [r.source for r in plan.requests] == ["snippet", "sentence"]
    rows = list(render_pairs(plan.requests, volumes, data_paths.data_dir))
    rows.sort(key=lambda r: r["source"], reverse=True)
    assert [(r["source"], r["window"], r["slice_index"]) for r in rows] == [
        ("snippet", "lung", 2), ("sentence", "lung", 2)]
    assert rows[0]["caption_en"] == "Nodule in the right lower lobe" and rows[1]["caption_en"] is None
    # the caption is the cleaned sentence; the raw one is provenance
    assert rows[1]["caption_de"] == "Rundherd im rechten Unterlappen, 6 mm."
    assert rows[1]["caption_raw"] == "Rundherd im rechten Unterlappen (Serie 3, Bild 3), 6 mm."
    assert rows[0]["training_slice_index"] == 2 and rows[0]["depth_mm"] == 12.5
    assert rows[0]["snippet_pair_ids"] == ["S1"] and rows[0]["image_sha256"] == rows[1]["image_sha256"]
    # two captions of one rendered slice: one image file, referenced by hash and path, no bytes in the rows
    assert rows[0]["image_path"] == f"images/{rows[0]['image_sha256'][:2]}/{rows[0]['image_sha256']}.png"
    assert "image" not in rows[0] and len(list(stored_images(data_paths.data_dir))) == 1
    image = np.asarray(Image.open(data_paths.data_dir / rows[0]["image_path"]))
    assert image.shape == (5, 6)
    expected = np.clip((data[::-1, ::-1, 2].T + 1225.0) / 2250.0, 0, 1) * 255
    assert np.array_equal(image, np.rint(expected).astype(np.uint8))
    table = write_table(data_paths, "image_text_pairs", rows)
    stored = read_table(data_paths, "image_text_pairs")
    assert table.num_rows == 2 and not any(pa.types.is_binary(f.type) or pa.types.is_struct(f.type)
                                           for f in stored.schema)


def test_a_slice_rendered_before_is_not_rendered_again(data_paths):
    data = np.arange(6 * 5 * 4, dtype=np.int16).reshape(6, 5, 4) * 10 - 500
    volumes = {"V1": {"volume_id": "V1", "path": _save(data_paths, "V1", data), "modality": "CT",
                      "plane": "axial", "patient_pid": "P1", "study_uid": "ST1", "series_number": 3,
                      "series_uid": "SE3", "slice_map": _slice_map(4, 0.0, 5.0), "content_sha256": "h1"}}
    base = {"report_id": "R1", "patient_pid": "P1", "study_uid": "ST1", "status": "resolved", "volume_id": "V1",
            "resolved_series": 3, "ref_image_start": 2, "ref_image_end": 2, "lang": "de"}
    first = requests_from_snippets([{**base, "pair_id": "S1", "snippet": "Leberzyste"}], {}, volumes)
    rows = list(render_pairs(first.requests, volumes, data_paths.data_dir))
    assert len(rows) == 1 and len(list(stored_images(data_paths.data_dir))) == 1
    # a new caption of the same slice (same window) after the volume file is gone: the image file is reused
    (data_paths.data_dir / volumes["V1"]["path"]).unlink()
    both = requests_from_snippets([{**base, "pair_id": "S1", "snippet": "Leberzyste"},
                                   {**base, "pair_id": "S2", "snippet": "Leberläsion"}], {}, volumes)
    again = list(render_pairs(both.requests, volumes, data_paths.data_dir, {r["pair_id"]: r for r in rows}))
    assert len(again) == 2 and {r["image_sha256"] for r in again} == {rows[0]["image_sha256"]}
    assert len(list(stored_images(data_paths.data_dir))) == 1


def test_a_reused_image_is_touched_so_the_collector_keeps_it(data_paths):
    """Until the renderer writes its table, only the image's fresh mtime keeps it from an unreferenced sweep."""
    data = np.arange(6 * 5 * 4, dtype=np.int16).reshape(6, 5, 4)
    volumes = {"V1": {"volume_id": "V1", "path": _save(data_paths, "V1", data), "modality": "CT", "plane": "axial",
                      "patient_pid": "P1", "study_uid": "ST1", "series_number": 3, "series_uid": "SE3",
                      "slice_map": _slice_map(4, 0.0, 5.0), "content_sha256": "h1"}}
    snippet = {"pair_id": "S1", "report_id": "R1", "patient_pid": "P1", "study_uid": "ST1", "status": "resolved",
               "volume_id": "V1", "resolved_series": 3, "ref_image_start": 2, "ref_image_end": 2, "lang": "de",
               "snippet": "Leberzyste"}
    plan = requests_from_snippets([snippet], {}, volumes)
    (row,) = render_pairs(plan.requests, volumes, data_paths.data_dir)
    image = data_paths.data_dir / row["image_path"]
    day_ago = time.time() - 86_400 * 2
    os.utime(image, (day_ago, day_ago))
    assert collect_unreferenced(data_paths.data_dir, [row["image_sha256"]], grace_s=3600).removed == 0
    (again,) = render_pairs(plan.requests, volumes, data_paths.data_dir, {row["pair_id"]: row})
    assert again["image_path"] == row["image_path"] and image.stat().st_mtime > time.time() - 60
    swept = collect_unreferenced(data_paths.data_dir, [], grace_s=3600)    # table not written yet: still young
    assert (swept.removed, swept.kept_young) == (0, 1) and image.exists()


def test_t1_reference_shows_the_t1_image_at_the_referenced_z(data_paths):
    """Two MR sequences on one grid: the pair's pixels come from the referenced sequence, not the primary."""
    t2 = np.full((6, 5, 8), 100, dtype=np.int16)
    t1 = np.zeros((6, 5, 8), dtype=np.int16)
    t1[..., 5] = 700                                    # the referenced T1 image (instance 6) is bright
    t1[0, 0, 0] = 1000                                  # percentiles need a spread
    common = {"modality": "MR", "plane": "axial", "study_uid": "ST", "slice_map": _slice_map(8, -40.0, 5.0)}
    volumes = {
        "VT2": {"volume_id": "VT2", "path": _save(data_paths, "VT2", t2), "series_number": 3, **common},
        "VT1": {"volume_id": "VT1", "path": _save(data_paths, "VT1", t1), "series_number": 7, **common},
    }
    snippet = {"pair_id": "S1", "report_id": "R1", "study_uid": "ST", "status": "resolved", "lang": "de",
               "volume_id": "VT2", "slice_index": 5, "resolved_series": 7, "ref_image_start": 6,
               "ref_image_end": 6, "snippet": "T1-hypointense Leberläsion", "z_mm": -15.0}
    plan = requests_from_snippets([snippet], {}, volumes)
    (row,) = render_pairs(plan.requests, volumes, data_paths.data_dir)
    assert (row["volume_id"], row["series_number"], row["slice_index"]) == ("VT1", 7, 5)
    assert volumes["VT1"]["slice_map"][row["slice_index"]]["z_mm"] == snippet["z_mm"]
    assert (row["training_volume_id"], row["training_slice_index"]) == ("VT2", 5)
    image = np.asarray(Image.open(data_paths.data_dir / row["image_path"]))
    assert image.min() == 255                           # the bright T1 slice, not the flat T2 one


def test_range_reference_shows_its_middle_image_and_thin_series_is_not_thick(data_paths):
    thick = np.zeros((4, 4, 6), dtype=np.int16)
    thin = np.zeros((4, 4, 12), dtype=np.int16)
    common = {"modality": "CT", "plane": "axial", "study_uid": "ST"}
    volumes = {"V5": {"volume_id": "V5", "path": _save(data_paths, "V5", thick), "series_number": 2,
                      "slice_map": _slice_map(6, 0.0, 5.0), **common},
               "V2": {"volume_id": "V2", "path": _save(data_paths, "V2", thin), "series_number": 4,
                      "slice_map": _slice_map(12, 0.0, 2.5), **common}}
    base = {"report_id": "R1", "study_uid": "ST", "status": "resolved", "lang": "de", "volume_id": "V5"}
    rows = [{**base, "pair_id": "A", "resolved_series": 4, "ref_image_start": 5, "ref_image_end": 9,
             "snippet": "Leberläsion", "slice_index": 3},
            {**base, "pair_id": "B", "resolved_series": 2, "ref_image_start": 4, "ref_image_end": 4,
             "snippet": "Nierenzyste", "slice_index": 3},
            {**base, "pair_id": "C", "resolved_series": 9, "ref_image_start": 1, "ref_image_end": 1,
             "snippet": "Milz"}]
    plan = requests_from_snippets(rows, {}, volumes)
    got = {r.snippet_pair_ids[0]: (r.volume_id, r.slice_index) for r in plan.requests}
    assert got == {"A": ("V2", 6), "B": ("V5", 3)}      # instance 7 of the thin series, 4 of the thick
    assert plan.skipped == {"series_not_a_volume": 1}


def test_one_row_per_image_and_caption(data_paths):
    volumes = {"V": {"volume_id": "V", "path": _save(data_paths, "V", np.zeros((4, 4, 3), np.int16)),
                     "modality": "CT", "plane": "axial", "study_uid": "ST", "series_number": 2,
                     "slice_map": _slice_map(3, 0.0, 5.0)}}
    row = {"report_id": "R1", "study_uid": "ST", "status": "resolved", "lang": "de", "resolved_series": 2,
           "ref_image_start": 2, "ref_image_end": 2, "snippet": "Leberzyste"}
    plan = requests_from_snippets([{**row, "pair_id": "A"}, {**row, "pair_id": "B", "report_id": "R2"}], {},
                                  volumes)
    (request,) = plan.requests
    assert request.snippet_pair_ids == ("A", "B")


def test_coronal_image_is_shown_superior_up_right_left():
    volume = np.zeros((4, 3, 5), dtype=np.int16)       # RAS: i toward the patient's right
    volume[3, 1, 4] = 1000                               # largest i, largest k (most superior) on slice j=1
    image = slice_pixels(volume, 1, modality="CT", window="soft_tissue", plane="coronal")
    assert image.shape == (5, 4)
    assert image[0, 0] == 255                            # row 0 superior, column 0 the largest i
