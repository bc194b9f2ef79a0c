"""The DICOM descriptions of each study (body part, study and series descriptions), for abdomen coverage."""

from __future__ import annotations

import pyarrow as pa


def study_descriptions(dicom_index: pa.Table) -> dict[str, list[str]]:
    """study_uid -> its distinct non-empty body part / study / series descriptions."""
    out: dict[str, set[str]] = {}
    columns = [c for c in ("body_part", "study_description", "series_description") if c in dicom_index.column_names]
    if "study_uid" not in dicom_index.column_names:
        return {}
    studies = dicom_index["study_uid"].to_pylist()
    for column in columns:
        for study, value in zip(studies, dicom_index[column].to_pylist(), strict=True):
            if study and value:
                out.setdefault(study, set()).add(value)
    return {study: sorted(values) for study, values in out.items()}
