"""Minimal dicom_index rows for fixture series (what the index team's reader writes, for tests only)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pydicom

from curation.keys import Pseudonymizer
from curation.vault import Vault


def _optional(ds: pydicom.Dataset, keyword: str, kind: type) -> object:
    value = ds.get(keyword)
    return None if value in (None, "") else kind(value)


def stack_values(ds: pydicom.Dataset) -> dict[str, object]:
    """The stack-splitting columns (the index reads the same tags; vendor b-values are not needed here)."""
    return {"echo_number": _optional(ds, "EchoNumbers", int), "echo_time": _optional(ds, "EchoTime", float),
            "acquisition_number": _optional(ds, "AcquisitionNumber", int),
            "temporal_position": _optional(ds, "TemporalPositionIdentifier", int),
            "diffusion_b_value": _optional(ds, "DiffusionBValue", float)}


def index_rows(export_dir: Path, export_id: str, pseudonymizer: Pseudonymizer, vault: Vault,
               excluded: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Header-only rows for every file under `export_dir`; registers the export and its file map."""
    from curation.export_layout import dicom_candidates

    rows, ids, rels = [], [], []
    for rel in dicom_candidates(export_dir):
        path = export_dir / rel
        ds = pydicom.dcmread(path, stop_before_pixels=True)
        file_id = pseudonymizer.file_id(rel)
        ids.append(file_id)
        rels.append(rel)
        role = "excluded" if rel in excluded else "image"
        rows.append({
            "export_id": export_id, "file_id": file_id,
            "patient_pid": pseudonymizer.patient_pid(str(ds.PatientID)),
            "study_uid": pseudonymizer.uid(ds.StudyInstanceUID), "series_uid": pseudonymizer.uid(ds.SeriesInstanceUID),
            "sop_uid": pseudonymizer.uid(ds.SOPInstanceUID), "modality": ds.Modality,
            "series_number": int(ds.SeriesNumber), "instance_number": int(ds.InstanceNumber),
            "image_position": [float(v) for v in ds.ImagePositionPatient],
            "image_orientation": [float(v) for v in ds.ImageOrientationPatient],
            "pixel_spacing": [float(v) for v in ds.PixelSpacing], "rows": int(ds.Rows), "columns": int(ds.Columns),
            "number_of_frames": int(ds.get("NumberOfFrames") or 1), "image_type": "\\".join(ds.ImageType),
            "role": role, "excluded_reason": "burned_in_annotation" if role == "excluded" else None,
            **stack_values(ds),
        })
    vault.register_export(export_id, export_dir)
    vault.write_file_map(export_id, ids, rels)
    return rows
