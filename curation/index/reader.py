"""Read one export file, headers only, and turn it into a pseudonymized index row or a quarantine reason.

This is the PHI boundary for DICOM: raw identifiers exist only inside `read_file`; what leaves it is a
pseudonymized `IndexRow`, a `QuarantineRow` whose reason names the file_id and the problem (never a
path or a value), and the patient's PHI dictionary (for the vault only).
"""

from __future__ import annotations

import datetime as dt
import logging
import warnings
from functools import lru_cache
from pathlib import Path

from pydicom.datadict import tag_for_keyword
from pydicom.dataset import Dataset

from curation.deid.dicom.burned_in import exclusion_reason
from curation.deid.dicom.descriptors import clean_description
from curation.deid.dicom.values import parse_da_prefix
from curation.index.geometry import Geometry, frame_geometry
from curation.index.header import Header
from curation.index.open_file import DEFER_BYTES, read_dataset
from curation.index.phi import PhiCollector
from curation.index.rows import QUARANTINE_REASONS, STAGE, IndexRow, Quarantined, QuarantineRow
from curation.index.stack_tags import StackTags, stack_tags
from curation.keys import Pseudonymizer

# Re-exported: callers and tests import the records and the read limits from here.
__all__ = ["DEFER_BYTES", "LEAN_READER", "QUARANTINE_REASONS", "STAGE", "IndexRow", "QuarantineRow",
           "Quarantined", "age_years", "clean_text", "patient_key", "read_file"]

ROLE_IMAGE, ROLE_NON_IMAGE, ROLE_EXCLUDED = "image", "non_image", "excluded"
# An image without these cannot be placed in a study, series and grid: quarantined. PatientID is not
# among them: it is Type 2 and empty in anonymised data, so such images get a fallback pseudonym
# (see `patient_key`). Reasons name tags by keyword only: a tag number such as 0010 can equal a
# short patient id, and the PHI checks would then flag the reason.
REQUIRED_IMAGE_TAGS: tuple[str, ...] = (
    "StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "Rows", "Columns",
)
NON_IMAGE_SOP_PREFIXES = (
    "1.2.840.10008.5.1.4.1.1.88.",   # structured reports, key objects
    "1.2.840.10008.5.1.4.1.1.481.",  # RT objects (dose, plan, structure set...)
    "1.2.840.10008.5.1.4.34.",       # second-generation RT
    "1.2.840.10008.5.1.4.1.1.11.",   # presentation states
    "1.2.840.10008.5.1.4.1.1.66",    # raw data, registration, fiducials, segmentation
    "1.2.840.10008.5.1.4.1.1.9.",    # waveforms (ECG...)
    "1.2.840.10008.5.1.4.1.1.104.",  # encapsulated documents
    "1.2.840.10008.5.1.4.1.1.67",    # real world value mapping
    "1.2.840.10008.5.1.4.1.1.68.",   # surfaces
    "1.2.840.10008.1.3.10",          # media storage directory (DICOMDIR)
)
NON_IMAGE_MODALITIES = frozenset({"SR", "RTSTRUCT", "RTPLAN", "RTDOSE", "RTRECORD", "PR", "KO",
                                  "SEG", "REG", "DOC", "ECG", "FID", "PLAN", "RWV"})
MAX_AGE_YEARS = 90  # ages above 89 identify people: reported as 90 (HIPAA safe harbor)
# False: every file through pydicom.dcmread (the reference the lean reader is tested against).
LEAN_READER = True

log = logging.getLogger(__name__)
_PYDICOM_LOG = logging.getLogger("pydicom")


@lru_cache(maxsize=65536)
def _uid(pseudonymizer: Pseudonymizer, uid: str) -> str:
    return pseudonymizer.uid(uid)


@lru_cache(maxsize=4096)
def _patient_pid(pseudonymizer: Pseudonymizer, patient_id: str) -> str:
    return pseudonymizer.patient_pid(patient_id)  # every file of a patient repeats it: one HMAC


@lru_cache(maxsize=4096)
def _accession_pid(pseudonymizer: Pseudonymizer, accession: str) -> str | None:
    return pseudonymizer.accession_pid(accession)


_TAGS = {keyword: int(tag_for_keyword(keyword)) for keyword in (
    "PatientID", "StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "FrameOfReferenceUID", "Rows",
    "Columns", "SOPClassUID", "Modality", "AccessionNumber", "StudyDate", "SeriesDate", "AcquisitionDate",
    "ContentDate", "SeriesNumber", "InstanceNumber", "NumberOfFrames", "ImageType", "PatientPosition",
    "BodyPartExamined", "SeriesDescription", "StudyDescription", "PatientSex", "PatientBirthDate",
    "PatientAge", "BurnedInAnnotation", "PatientName")}
_META_TAGS = {"MediaStorageSOPClassUID": 0x00020002, "TransferSyntaxUID": 0x00020010}
_BINARY_US = frozenset({"Rows", "Columns"})


def patient_key(patient_id: str | None, patient_name: str | None, birth_date: str | None,
                study_uid: str | None) -> str | None:
    """The key the patient pseudonym is derived from: the PatientID, else a documented fallback.

    PatientID is Type 2: anonymised exports leave it empty. Such files still belong to someone, so
    they get the pseudonym of a stable key instead: PatientName + PatientBirthDate when both are
    present (the same person across studies), else the StudyInstanceUID (one pseudo-patient per
    study, never merged with another). The prefixes keep these keys apart from every real PatientID.
    """
    if patient_id and patient_id.strip():
        return patient_id
    if patient_name and patient_name.strip("^ ") and birth_date and birth_date.strip():
        return f"name+birth:{patient_name.strip()}|{birth_date.strip()}"
    if study_uid and study_uid.strip():
        return f"study:{study_uid.strip()}"
    return None


def age_years(birth: dt.date | None, study: dt.date | None, patient_age: str | None) -> int | None:
    """Age at the study, from the birth date (before it is dropped) or PatientAge ('045Y')."""
    years: int | None = None
    if birth and study and study >= birth:
        years = study.year - birth.year - ((study.month, study.day) < (birth.month, birth.day))
    elif patient_age and len(patient_age) == 4 and patient_age[:3].isdigit():
        unit, number = patient_age[3].upper(), int(patient_age[:3])
        years = number if unit == "Y" else 0 if unit in "MWD" else None
    return None if years is None else min(years, MAX_AGE_YEARS)


class _ExclusionView:
    """The four values exclusion_reason() reads, already decoded (saves four pydicom conversions)."""

    __slots__ = ("values",)

    def __init__(self, h: Header, sop_class: str | None) -> None:
        self.values = {"SOPClassUID": sop_class, "BurnedInAnnotation": h.text(_TAGS["BurnedInAnnotation"]),
                       "SeriesDescription": h.text(_TAGS["SeriesDescription"]),
                       "ImageType": h.texts(_TAGS["ImageType"])}

    def get(self, keyword: str, default: object = None) -> object:
        value = self.values.get(keyword)
        return default if value is None else value


def _role(ds: Dataset, h: Header, sop_class: str | None, modality: str | None,
          pixels: str) -> tuple[str, str | None]:
    reason = exclusion_reason(_ExclusionView(h, sop_class))  # type: ignore[arg-type]
    if reason:
        return ROLE_EXCLUDED, reason
    if 0x00041220 in ds or (sop_class or "").startswith(NON_IMAGE_SOP_PREFIXES):  # DirectoryRecordSequence
        return ROLE_NON_IMAGE, None
    if (modality or "").upper() in NON_IMAGE_MODALITIES or pixels == "absent":
        return ROLE_NON_IMAGE, None
    return ROLE_IMAGE, None


def _build_row(ds: Dataset, pixels: str, export_id: str, file_id: str, pseudonymizer: Pseudonymizer,
               phi: PhiCollector) -> IndexRow:
    h = Header.of(ds)

    def text(keyword: str) -> str | None:
        return h.text(_TAGS[keyword])

    def integer(keyword: str) -> int | None:
        return h.integer(_TAGS[keyword], vr_binary=keyword in _BINARY_US)

    meta = getattr(ds, "file_meta", None)
    meta_text = (lambda k: Header(meta, "latin-1", True).text(_META_TAGS[k])) if meta else (lambda k: None)
    sop_class = text("SOPClassUID") or meta_text("MediaStorageSOPClassUID")
    modality = text("Modality")
    role, excluded = _role(ds, h, sop_class, modality, pixels)
    if role == ROLE_IMAGE:
        for keyword in REQUIRED_IMAGE_TAGS:
            if (integer(keyword) if keyword in _BINARY_US else text(keyword)) is None:
                raise Quarantined(f"missing_tag: file {file_id} is an image without {keyword}")
    key = patient_key(text("PatientID"), text("PatientName"), text("PatientBirthDate"), text("StudyInstanceUID"))
    pid = _patient_pid(pseudonymizer, key) if key else None
    tokens: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    if pid:
        phi.add_dataset(pid, h)
        tokens, phrases = tuple(phi.terms_for_tokens(pid)), tuple(phi.terms_for_phrases(pid))
    study_day = parse_da_prefix(text("StudyDate") or text("SeriesDate") or text("AcquisitionDate")
                                or text("ContentDate"))
    uids = {k: text(k) for k in ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "FrameOfReferenceUID")}
    p = {k: (_uid(pseudonymizer, v) if v else None) for k, v in uids.items()}
    geometry = frame_geometry(h) if role != ROLE_NON_IMAGE else Geometry()
    frames = integer("NumberOfFrames")
    stack = stack_tags(h) if role != ROLE_NON_IMAGE else StackTags()
    return IndexRow(
        export_id=export_id, file_id=file_id, role=role, excluded_reason=excluded,
        patient_pid=pid, accession_pid=_accession_pid(pseudonymizer, text("AccessionNumber") or ""),
        study_uid=p["StudyInstanceUID"], series_uid=p["SeriesInstanceUID"], sop_uid=p["SOPInstanceUID"],
        frame_of_reference_uid=p["FrameOfReferenceUID"], modality=modality, sop_class=sop_class,
        series_number=integer("SeriesNumber"), instance_number=integer("InstanceNumber"),
        image_position=geometry.image_position, image_orientation=geometry.image_orientation,
        pixel_spacing=geometry.pixel_spacing, rows=integer("Rows"), columns=integer("Columns"),
        slice_thickness=geometry.slice_thickness,
        number_of_frames=frames if frames is not None else (1 if pixels == "ok" else None),
        image_type=text("ImageType"), patient_position=text("PatientPosition"),
        body_part=text("BodyPartExamined"),
        # the header dictionary here; `build.reclean_descriptions` adds the export's and the scrubber
        series_description=clean_text(text("SeriesDescription"), tokens, phrases, False) if pid else None,
        study_description=clean_text(text("StudyDescription"), tokens, phrases, False) if pid else None,
        study_date=pseudonymizer.shift_date(study_day, pid) if (study_day and pid) else None,
        patient_sex=(text("PatientSex") or "").upper()[:1] or None,
        patient_age_years=age_years(parse_da_prefix(text("PatientBirthDate")), study_day, text("PatientAge")),
        transfer_syntax=meta_text("TransferSyntaxUID"),
        echo_number=stack.echo_number, echo_time=stack.echo_time, acquisition_number=stack.acquisition_number,
        temporal_position=stack.temporal_position, diffusion_b_value=stack.diffusion_b_value,
    )


@lru_cache(maxsize=4096)
def clean_text(text: str | None, tokens: tuple[str, ...], phrases: tuple[str, ...],
               scrub: bool = True) -> str | None:
    """Descriptions repeat across every file of a series: clean each distinct one once per (text,
    header dictionary) (the DICOM de-identification's descriptor cleaner decides, so both agree on
    what a description keeps). `scrub`: also the report-text scrubber (spaCy: not in pool workers)."""
    return clean_description(text, tokens, phrases, scrub=scrub)


def read_file(path: str | Path, relative_path: str, export_id: str, pseudonymizer: Pseudonymizer,
              phi: PhiCollector) -> IndexRow | QuarantineRow:
    """Index one file of an export (PHI goes into `phi`), or say why it is quarantined."""
    file_id = pseudonymizer.file_id(relative_path)
    # pydicom's warnings and log lines quote values and the file path: record them, never emit them.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        was_disabled, _PYDICOM_LOG.disabled = _PYDICOM_LOG.disabled, True
        try:
            ds, pixels = read_dataset(path, file_id, lean=LEAN_READER)
            if any("end of file" in str(w.message).lower() for w in caught):
                raise Quarantined(f"truncated: file {file_id} ends inside its header")
            return _build_row(ds, pixels, export_id, file_id, pseudonymizer, phi)
        except Quarantined as q:
            return QuarantineRow(export_id, file_id, str(q))
        except Exception as exc:  # nothing lost: any failure is a quarantine reason
            return QuarantineRow(export_id, file_id, f"unreadable: file {file_id} failed while indexing "
                                                     f"({type(exc).__name__})")
        finally:
            _PYDICOM_LOG.disabled = was_disabled
