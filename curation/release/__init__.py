"""Dataset release: patient-level splits, Hugging Face shards, card, manifest."""

from curation.release.build import ReleaseSummary, build_release, split_overlap
from curation.release.splits import SplitPolicy

DEID_PROFILE = (
    "DICOM PS3.15 Annex E Basic Application Level Confidentiality Profile with the options Retain "
    "Longitudinal Temporal Information with Modified Dates (per-patient shift by whole weeks, the same shift "
    "for report dates), Retain Patient Characteristics and Clean Descriptors; Retain Device Identity off. "
    "Identifiers are keyed HMAC-SHA256 pseudonyms and 2.25 UIDs; report text is scrubbed with the linked "
    "patient's own header values as a fuzzy dictionary plus rules. Instances with burned-in annotation "
    "are excluded from every image output."
)

__all__ = ["DEID_PROFILE", "ReleaseSummary", "SplitPolicy", "build_release", "split_overlap"]
