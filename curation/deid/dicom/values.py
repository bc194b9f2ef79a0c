"""Value transforms of the DICOM de-identifier: date shifts, ages, dummy values per VR."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

DateShift = Callable[[dt.date], dt.date]

# Dummy values (action D) per VR, short enough for every VR's length limit.
DUMMY_BY_VR: dict[str, object] = {
    "AE": "ANONYMOUS", "AS": "000Y", "CS": "ANONYMOUS", "DA": "19000101", "DS": "0", "DT": "19000101000000",
    "IS": "0", "LO": "ANONYMOUS", "LT": "ANONYMOUS", "PN": "ANONYMOUS", "SH": "ANONYMOUS", "ST": "ANONYMOUS",
    "TM": "000000", "UC": "ANONYMOUS", "UR": "", "UT": "ANONYMOUS",
    "FL": 0.0, "FD": 0.0, "SL": 0, "SS": 0, "UL": 0, "US": 0, "SV": 0, "UV": 0,
}
TEXT_VRS = frozenset({"LO", "LT", "SH", "ST", "UC", "UT"})
TEMPORAL_VRS = frozenset({"DA", "DT", "TM"})


def parse_da(value: str) -> dt.date | None:
    """A DA value (YYYYMMDD; the old YYYY.MM.DD too) as a date, or None when it is not one."""
    digits = value.strip().replace(".", "")
    if len(digits) != 8 or not digits.isdigit():
        return None
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def parse_da_prefix(value: str | None) -> dt.date | None:
    """A DA value, or the date part of a DT value (YYYYMMDDHHMMSS...), as a date; None otherwise.

    Header readers meet both (and vendors put DT-style values in DA elements), so they read the
    leading date either way.
    """
    if not value:
        return None
    return parse_da(value) or (parse_da(value.strip()[:8]) if len(value.strip()) > 8 else None)


def shift_da(value: str, shift: DateShift) -> str | None:
    """Shift one DA value or a range 'A-B' (either end may be open); None when it is not a date."""
    if "-" in value:
        ends = value.split("-", 1)
        shifted = [shift_da(end, shift) if end.strip() else "" for end in ends]
        return None if any(s is None for s in shifted) else "-".join(s or "" for s in shifted)
    date = parse_da(value)
    return None if date is None else shift(date).strftime("%Y%m%d")


def shift_dt(value: str, shift: DateShift) -> str | None:
    """Shift the date part of a DT value (YYYYMMDD[HHMMSS[.F]][&ZZXX]), keep time and UTC offset.

    Stored DT values are never ranges (those are query syntax), so a "-" here is a UTC offset.
    """
    value = value.strip()
    if len(value) < 8:
        return None     # year or year-month only: not shiftable by days, so not kept
    date = parse_da(value[:8])
    return None if date is None else shift(date).strftime("%Y%m%d") + value[8:]


def age_string(birth: dt.date, on: dt.date, max_years: int) -> str | None:
    """PatientAge (AS) on date `on` for someone born on `birth`: years, else months, else days."""
    if on < birth:
        return None
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    if years >= 2:
        return f"{min(years, max_years):03d}Y"
    months = (on.year - birth.year) * 12 + on.month - birth.month - (on.day < birth.day)
    if months >= 1:
        return f"{months:03d}M"
    return f"{(on - birth).days:03d}D"


def dummy(vr: str) -> object:
    """The dummy value for `vr` (None: zero length for VRs without a meaningful dummy)."""
    return DUMMY_BY_VR.get(vr)
