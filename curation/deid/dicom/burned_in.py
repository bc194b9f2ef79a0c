"""Which instances may carry burned-in text, and so never reach an image output.

PS3.15 leaves pixel data to the site: we exclude instances that say they carry annotation
(BurnedInAnnotation YES) and SOP classes / image types that are known to (secondary capture,
screenshots, dose reports), unless a configured allow-list names the SOP class.
"""

from __future__ import annotations

from collections.abc import Collection

from pydicom.dataset import Dataset

# Secondary Capture family, multi-frame SC, video/photo classes, encapsulated PDF/CDA, dose SRs.
BURNED_IN_SOP_CLASSES: frozenset[str] = frozenset({
    "1.2.840.10008.5.1.4.1.1.7",        # Secondary Capture Image Storage
    "1.2.840.10008.5.1.4.1.1.7.1",      # Multi-frame Single Bit SC
    "1.2.840.10008.5.1.4.1.1.7.2",      # Multi-frame Grayscale Byte SC
    "1.2.840.10008.5.1.4.1.1.7.3",      # Multi-frame Grayscale Word SC
    "1.2.840.10008.5.1.4.1.1.7.4",      # Multi-frame True Color SC
    "1.2.840.10008.5.1.4.1.1.104.1",    # Encapsulated PDF
    "1.2.840.10008.5.1.4.1.1.104.2",    # Encapsulated CDA
    "1.2.840.10008.5.1.4.1.1.88.67",    # X-Ray Radiation Dose SR
    "1.2.840.10008.5.1.4.1.1.88.68",    # Radiopharmaceutical Radiation Dose SR
    "1.2.840.10008.5.1.4.1.1.77.1.4",   # VL Photographic Image
    "1.2.840.10008.5.1.4.1.1.77.1.4.1", # Video Photographic Image
})
BURNED_IN_IMAGE_TYPE_WORDS = frozenset({"SCREEN SAVE", "SCREENSHOT", "DOSE_INFO", "DOSE INFO"})
BURNED_IN_DESCRIPTION_WORDS = ("dose report", "dosis", "patient protocol", "screen save", "screenshot")


def exclusion_reason(ds: Dataset, allow_sop_classes: Collection[str] = ()) -> str | None:
    """Why this instance must not reach an image output, or None if it may."""
    sop_class = str(ds.get("SOPClassUID", "") or "")
    if sop_class in allow_sop_classes:
        return None
    if str(ds.get("BurnedInAnnotation", "") or "").strip().upper() == "YES":
        return "burned_in_annotation"
    if sop_class in BURNED_IN_SOP_CLASSES:
        return "burned_in_sop_class"
    image_type = {str(v).strip().upper() for v in (ds.get("ImageType") or [])}
    if image_type & BURNED_IN_IMAGE_TYPE_WORDS:
        return "burned_in_image_type"
    description = str(ds.get("SeriesDescription", "") or "").lower()
    if any(word in description for word in BURNED_IN_DESCRIPTION_WORDS):
        return "burned_in_series_description"
    return None
