"""Header values that tell the stacks of one series apart: echo, b-value, acquisition, temporal position.

Real MR exports put several stacks in one SeriesInstanceUID (dual echo at the same positions, DWI
b-values, dynamic phases); the catalog splits them by these values (curation/volumes/stacks.py).
The b-value comes from DiffusionBValue (0018,9087) when present, else from the vendor's private tag,
found through its private creator (the block number varies between files):
Siemens "SIEMENS MR HEADER" (0019,xx0C) IS, GE "GEMS_PARM_01" (0043,xx39) IS (first value; values
above 1e9 carry a vendor offset), Philips "Philips Imaging DD 001" (2001,xx03) FL.
"""

from __future__ import annotations

from dataclasses import dataclass

from curation.index.header import Header

ECHO_NUMBERS = 0x00180086
ECHO_TIME = 0x00180081
ACQUISITION_NUMBER = 0x00200012
TEMPORAL_POSITION = 0x00200100
DIFFUSION_B_VALUE = 0x00189087
# (group, creator, element offset in the block, kind)
_VENDOR_B_VALUES = (
    (0x0019, "SIEMENS MR HEADER", 0x0C, "text"),
    (0x0043, "GEMS_PARM_01", 0x39, "text"),
    (0x2001, "Philips Imaging DD 001", 0x03, "binary"),
)
_GE_OFFSET = 1_000_000_000


@dataclass(frozen=True, slots=True)
class StackTags:
    echo_number: int | None = None
    echo_time: float | None = None
    acquisition_number: int | None = None
    temporal_position: int | None = None
    diffusion_b_value: float | None = None


def _private_tag(h: Header, group: int, creator: str, offset: int) -> int | None:
    """The tag of `creator`'s element `offset` in `group`, wherever its block was reserved."""
    for block in range(0x10, 0x100):
        tag = group << 16 | block
        if tag in h.ds._dict and (h.text(tag) or "").strip().upper() == creator.upper():
            return group << 16 | block << 8 | offset
    return None


def b_value(h: Header) -> float | None:
    """DiffusionBValue, else the vendor's private b-value; None when the file has none."""
    value = h.binary_float(DIFFUSION_B_VALUE)
    if value is not None:
        return value
    for group, creator, offset, kind in _VENDOR_B_VALUES:
        if group << 16 | 0x0010 not in h.ds._dict:
            continue
        tag = _private_tag(h, group, creator, offset)
        if tag is None or tag not in h.ds._dict:
            continue
        if kind == "binary":
            return h.binary_float(tag)
        numbers = h.numbers(tag)
        if numbers:
            first = numbers[0]
            return first % _GE_OFFSET if group == 0x0043 and first >= _GE_OFFSET else first
    return None


def stack_tags(h: Header) -> StackTags:
    """The stack-splitting values of one image header."""
    echo_time = h.numbers(ECHO_TIME)
    return StackTags(
        echo_number=h.integer(ECHO_NUMBERS), echo_time=echo_time[0] if echo_time else None,
        acquisition_number=h.integer(ACQUISITION_NUMBER), temporal_position=h.integer(TEMPORAL_POSITION),
        diffusion_b_value=b_value(h))
