"""Building de-identified elements: replacements, copies and mapped values, as raw bytes where possible.

Values the de-identification produces are valid by construction, so pydicom's validation is skipped;
string values are encoded straight into raw elements (`raw.py`) so that writing never decodes them again.
"""

from __future__ import annotations

from collections.abc import Callable

from pydicom import config
from pydicom.charset import default_encoding
from pydicom.dataelem import DataElement, RawDataElement
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue

from curation.deid.dicom.raw import constant_element, string_element
from curation.deid.dicom.values import TEXT_VRS, dummy


def replacement(tag: int, vr: str, action: str) -> DataElement | RawDataElement:
    """The Z (empty) or D (dummy) replacement of an element; the old value is never decoded."""
    value = dummy(vr) if action == "D" else ("" if vr in ("PN", *TEXT_VRS) else None)
    if value is None or isinstance(value, str):
        raw = constant_element(tag, vr, value)
        if raw is not None:
            return raw
    return element(tag, vr, value)


def map_values(elem: DataElement, fn: Callable[[str], str], encodings: list[str]) -> DataElement | RawDataElement:
    """`fn` applied to every non-empty value of a decoded element (multi-valued or not)."""
    value = elem.value
    if value is None or value == "":
        return copy_element(elem)
    if isinstance(value, MultiValue | list | tuple):
        return element(elem.tag, elem.VR, [fn(str(v)) if v else v for v in value], encodings)
    return element(elem.tag, elem.VR, fn(str(value)), encodings)


def element(tag: int, vr: str, value: object, encodings: list[str] | None = None) -> DataElement | RawDataElement:
    """A new element: raw bytes for string values (see raw.py), else a DataElement. Values we produce
    are valid by construction, so pydicom's validation is skipped."""
    if vr != "SQ" and (value is None or isinstance(value, str)
                       or (isinstance(value, list) and all(isinstance(v, str) for v in value))):
        raw = string_element(tag, vr, value, encodings or [default_encoding])
        if raw is not None:
            return raw
    return DataElement(tag, vr, value, validation_mode=config.IGNORE)


def put(out: Dataset, tag: int, vr: str, value: str | list[str], encodings: list[str]) -> None:
    out[tag] = element(tag, vr, value, encodings)


def copy_element(elem: DataElement) -> DataElement:
    """An unvalidated copy (multi-values as a new list, so the output never shares them with the input)."""
    value = elem.value
    if isinstance(value, MultiValue | list):
        value = list(value)
    return DataElement(elem.tag, elem.VR, value, validation_mode=config.IGNORE)

