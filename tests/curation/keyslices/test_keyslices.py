"""Windows, PNG rendering through axial_display, and image_text_pairs from snippet rows."""

from __future__ import annotations

import io

import nibabel as nib
import numpy as np
import pytest
from PIL import Image

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


def test_pairs_from_resolved_snippets(data_paths):
    data = np.arange(6 * 5 * 4, dtype=np.int16).reshape(6, 5, 4) * 10 - 500
    path = data_paths.volumes_dir / "exp_1" / "Vabc.nii.gz"
    path.parent.mkdir(parents=True)
    nib.save(nib.Nifti1Image(data, np.eye(4)), path)
    volumes = {"Vabc": {"path": "volumes/exp_1/Vabc.nii.gz", "modality": "CT", "plane": "axial",
                        "patient_pid": "P1"}}
    text = "Befund: Rundherd im rechten Unterlappen (Serie 3, Bild 2), 6 mm. Leber unauffällig."
    start = text.index("Rundherd")
    reports = {"R1": {"text": text, "sentences": [{"section": "findings", "start": 0, "end": 65},
                                                  {"section": "findings", "start": 66, "end": len(text)}]}}
    snippets = [
        {"pair_id": "S1", "report_id": "R1", "patient_pid": "P1", "status": "resolved", "volume_id": "Vabc",
         "slice_index": 2, "snippet": "Rundherd im rechten Unterlappen", "snippet_start": start,
         "snippet_end": start + 31, "lang": "de", "snippet_en": "Nodule in the right lower lobe"},
        {"pair_id": "S2", "report_id": "R1", "status": "unresolved", "volume_id": None, "slice_index": None,
         "snippet": "x", "lang": "de"},
    ]
    requests = requests_from_snippets(snippets, reports)
    assert [r.source for r in requests] == ["snippet", "sentence"]
    rows = list(render_pairs(requests, volumes, data_paths.data_dir))
    rows.sort(key=lambda r: r["source"], reverse=True)
    assert [(r["source"], r["window"], r["slice_index"]) for r in rows] == [
        ("snippet", "lung", 2), ("sentence", "lung", 2)]
    assert rows[0]["caption_en"] == "Nodule in the right lower lobe" and rows[1]["caption_en"] is None
    assert rows[1]["caption_de"] == text[:65].strip()
    image = np.asarray(Image.open(io.BytesIO(rows[0]["image"]["bytes"])))
    assert image.shape == (5, 6)
    expected = np.clip((data[::-1, ::-1, 2].T + 1225.0) / 2250.0, 0, 1) * 255
    assert np.array_equal(image, np.rint(expected).astype(np.uint8))
    table = write_table(data_paths, "image_text_pairs", rows)
    assert table.num_rows == 2 and read_table(data_paths, "image_text_pairs")["image"].type.names == ["bytes", "path"]
    again = list(render_pairs(requests, volumes, data_paths.data_dir))
    assert sorted(r["image"]["bytes"] for r in again) == sorted(r["image"]["bytes"] for r in rows)
