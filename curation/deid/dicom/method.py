"""The de-identification record written into every output: PatientIdentityRemoved,
DeidentificationMethod (with our key's fingerprint, so re-runs recognise their own output),
DeidentificationMethodCodeSequence and LongitudinalTemporalInformationModified.
"""

from __future__ import annotations

from functools import lru_cache

from pydicom import config
from pydicom.dataelem import DataElement, RawDataElement
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from curation.deid.dicom.elements import put
from curation.deid.dicom.header import first_codec, header_text
from curation.deid.dicom.options import DeidOptions
from curation.deid.dicom.raw import constant_element, raw_sequence, raw_text
from curation.keys import Pseudonymizer

METHOD_PREFIX = "RADCURATE PS3.15 E1-1 KEY "


def method_fingerprint(pseudonymizer: Pseudonymizer) -> str:
    """What we write into DeidentificationMethod to recognise our own output (no key material)."""
    return METHOD_PREFIX + pseudonymizer.token("deid-method", "radcurate", 12).upper()


def is_deidentified_by(ds: Dataset, pseudonymizer: Pseudonymizer) -> bool:
    """True when `ds` is our own output under this key (so UIDs and dates are final)."""
    if header_text(ds, 0x00120062).upper() != "YES":
        return False
    return method_fingerprint(pseudonymizer) in raw_text(ds.get_item(0x00120063))


def record_method(out: Dataset, ds: Dataset, pseudonymizer: Pseudonymizer, options: DeidOptions,
                  already_modified: bool, encodings: list[str]) -> None:
    """PatientIdentityRemoved, DeidentificationMethod(+CodeSequence), LongitudinalTemporalInformationModified."""
    put(out, 0x00120062, "CS", "YES", encodings)
    ours = method_fingerprint(pseudonymizer)
    methods = raw_text(ds.get_item(0x00120063), first_codec(ds))
    put(out, 0x00120063, "LO", [*[m for m in methods if m != ours], ours], encodings)
    items = _method_code_items(tuple(options.method_codes()))
    if out.original_encoding == (False, True):      # the usual case: the whole sequence as bytes, built once
        out[0x00120064] = raw_sequence(0x00120064, items)
    else:
        codes = []
        for item_elements in items:
            item = Dataset({e.tag: e for e in item_elements}, parent_encoding=encodings)
            item.set_original_encoding(*out.original_encoding, out.original_character_set)
            codes.append(item)
        out[0x00120064] = DataElement(0x00120064, "SQ", Sequence(codes), validation_mode=config.IGNORE)
    if options.retain_long_full_dates and not already_modified:
        flag = "UNMODIFIED"
    elif options.retain_long_modified_dates or already_modified:
        flag = "MODIFIED"
    else:
        flag = "REMOVED"
    put(out, 0x00280303, "CS", flag, encodings)


@lru_cache(maxsize=64)
def _method_code_items(codes: tuple[tuple[str, str], ...]) -> tuple[tuple[RawDataElement, ...], ...]:
    """The DeidentificationMethodCodeSequence items as raw elements (ASCII constants), built once."""
    return tuple((constant_element(0x00080100, "SH", value), constant_element(0x00080102, "SH", "DCM"),
                  constant_element(0x00080104, "LO", meaning)) for value, meaning in codes)

