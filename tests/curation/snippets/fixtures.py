"""Hand-built dicom_index / volumes rows for one CT study.

Series 2: thin axial 1 mm, 201 images numbered from inferior to superior (reversed against the usual
head-first order): instance k at z = -200 + (k - 1).
Series 3: thick axial 5 mm, the primary training volume: instance k at z = -5 (k - 1), 41 slices from
0 down to -200; slice_index 0 is the most inferior (z = -200).
Series 5: coronal reformat, 64 x 64 at 2 mm; instance k at y = -100 + 2 (k - 1), top row at z = 0.
Series 7 twice (two series with the same number): "T1 axial" and "T2 koronar".
"""

from __future__ import annotations

from typing import Any

STUDY = "2.25.1"
FRAME = "2.25.99"
AXIAL = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
CORONAL = [1.0, 0.0, 0.0, 0.0, 0.0, -1.0]


def _row(series_uid: str, number: int, desc: str, k: int, pos: list[float], orient: list[float],
         spacing: float, size: int) -> dict[str, Any]:
    return {"study_uid": STUDY, "series_uid": series_uid, "series_number": number, "series_description": desc,
            "frame_of_reference_uid": FRAME, "modality": "CT", "instance_number": k,
            "image_position": pos, "image_orientation": orient, "pixel_spacing": [spacing, spacing],
            "rows": size, "columns": size, "role": "image"}


def dicom_rows() -> list[dict[str, Any]]:
    rows = [_row("2.25.2", 2, "Thorax 1mm axial", k, [-250.0, -250.0, -200.0 + (k - 1)], AXIAL, 0.98, 512)
            for k in range(1, 202)]
    rows += [_row("2.25.3", 3, "Thorax 5mm axial", k, [-250.0, -250.0, -5.0 * (k - 1)], AXIAL, 0.98, 512)
             for k in range(1, 42)]
    rows += [_row("2.25.5", 5, "Thorax koronar", k, [-64.0, -100.0 + 2 * (k - 1), 0.0], CORONAL, 2.0, 64)
             for k in range(1, 65)]
    rows += [_row("2.25.71", 7, "T1 axial", k, [-250.0, -250.0, -10.0 * k], AXIAL, 1.0, 256) for k in range(1, 6)]
    rows += [_row("2.25.72", 7, "T2 koronar", k, [-64.0, -50.0 + k, 0.0], CORONAL, 1.0, 128) for k in range(1, 6)]
    return rows


def volume_rows() -> list[dict[str, Any]]:
    slice_map = [{"instance_number": k, "slice_index": 41 - k, "z_mm": -5.0 * (k - 1)} for k in range(1, 42)]
    return [{"volume_id": "Vthick", "study_uid": STUDY, "series_uid": "2.25.3", "frame_of_reference_uid": FRAME,
             "series_number": 3, "modality": "CT", "plane": "axial", "path": "volumes/e/Vthick.nii.gz",
             "shape": [512, 512, 41], "spacing": [0.98, 0.98, 5.0], "slice_map": slice_map,
             "training_role": "primary", "slice_spacing_mm": 5.0},
            {"volume_id": "Vthin", "study_uid": STUDY, "series_uid": "2.25.2", "frame_of_reference_uid": FRAME,
             "series_number": 2, "modality": "CT", "plane": "axial", "path": "volumes/e/Vthin.nii.gz",
             "slice_map": [{"instance_number": k, "slice_index": k - 1, "z_mm": -200.0 + (k - 1)}
                           for k in range(1, 202)],
             "training_role": "secondary", "slice_spacing_mm": 1.0}]
