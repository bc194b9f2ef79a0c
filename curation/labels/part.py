"""report_labels for one export part: that export's reports, the descriptions of the studies they reference."""

from __future__ import annotations

from curation.labels.descriptions import study_descriptions
from curation.labels.labeller import Labeller
from curation.labels.table import LabelRows, build_label_rows
from curation.tables.corpus_parts import CorpusParts, ExportWork, PartSpec

REPORT_COLUMNS = ["report_id", "patient_pid", "study_uid", "lang", "text", "text_sha256"]
DESCRIPTION_COLUMNS = ["study_uid", "body_part", "study_description", "series_description"]


def labels_spec(code_version: str, labeller: str) -> PartSpec:
    """A report_labels part depends on its reports, the referenced studies' descriptions and the labeller."""
    return PartSpec("report_labels", own=("reports",), image=("dicom_index",),
                    version=f"code {code_version}; labeller {labeller}")


def labels_part(parts: CorpusParts, work: ExportWork, labeller: Labeller) -> LabelRows:
    """The export's report_labels rows, unchanged reports' rows kept from its previous part."""
    return build_label_rows(
        parts.own(work, "reports", REPORT_COLUMNS).to_pylist(), labeller,
        previous=parts.own(work, "report_labels").to_pylist(),
        study_descriptions=study_descriptions(parts.image(work, "dicom_index", DESCRIPTION_COLUMNS)))
