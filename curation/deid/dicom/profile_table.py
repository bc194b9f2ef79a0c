"""PS3.15 Annex E Table E.1-1 (Application Level Confidentiality Profile Attributes) as data.

The table itself lives in `ps3_15_table_e1_1.csv` beside this module, generated from the standard's
table by `scripts/generate_profile_table.py` (one row per attribute; the Basic Profile action and one
column per option). This module only loads it and answers "what does the profile say for this tag under
these options", so the de-identifier never carries a hand-picked list.

Action codes (PS3.15 E.1.1): D dummy, Z zero length, X remove, K keep, C clean, U replace UID; compound
codes (X/Z, X/D, X/Z/D, Z/D, X/Z/U*) leave the choice to the de-identifier (see `resolve_compound`).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

TABLE_FILE = "ps3_15_table_e1_1.csv"
OPTION_COLUMNS: tuple[str, ...] = (
    "retain_safe_private", "retain_uids", "retain_device_identity", "retain_institution_identity",
    "retain_patient_characteristics", "retain_long_full_dates", "retain_long_modified_dates",
    "clean_descriptors", "clean_structured_content", "clean_graphics")
ACTION_CODES = frozenset({"D", "Z", "X", "K", "C", "U", "X/Z", "X/D", "X/Z/D", "Z/D", "X/Z/U*"})
PRIVATE_ROW = "ggggeeee"
# When two enabled options disagree on one attribute, the more retaining one wins (K over C, ...).
_RETENTION = {"K": 0, "C": 1}


@dataclass(frozen=True)
class ProfileRow:
    """One attribute of Table E.1-1: tag as 8 hex digits ('x' for repeating groups)."""

    tag: str
    keyword: str
    name: str
    basic: str
    options: tuple[tuple[str, str], ...]

    def option(self, column: str) -> str:
        return dict(self.options).get(column, "")


@cache
def load_rows() -> tuple[ProfileRow, ...]:
    """All rows of the table, in tag order; validated (known action codes) on load."""
    text = resources.files(__package__).joinpath(TABLE_FILE).read_text(encoding="utf-8")
    rows = []
    for record in csv.DictReader(text.splitlines()):
        codes = [record["basic"], *(record[c] for c in OPTION_COLUMNS if record[c])]
        unknown = [c for c in codes if c not in ACTION_CODES]
        if unknown:
            raise ValueError(f"{TABLE_FILE}: row {record['tag']} has unknown action codes {unknown}")
        rows.append(ProfileRow(record["tag"], record["keyword"], record["name"], record["basic"],
                               tuple((c, record[c]) for c in OPTION_COLUMNS if record[c])))
    return tuple(rows)


def effective_action(row: ProfileRow, enabled: frozenset[str]) -> str:
    """The action for `row` with the `enabled` option columns: an option's entry overrides Basic."""
    chosen = [code for column, code in row.options if column in enabled]
    if not chosen:
        return row.basic
    return min(chosen, key=lambda code: _RETENTION.get(code, 2))


@cache
def action_table(enabled: frozenset[str]) -> tuple[dict[int, str], dict[tuple[int, int], str], str]:
    """(exact tag -> action, (mask, value) -> action for repeating groups, action for private tags)."""
    unknown = enabled - set(OPTION_COLUMNS)
    if unknown:
        raise ValueError(f"enabled: unknown option columns {sorted(unknown)}")
    exact: dict[int, str] = {}
    repeating: dict[tuple[int, int], str] = {}
    private = "X"
    for row in load_rows():
        action = effective_action(row, enabled)
        if row.tag == PRIVATE_ROW:
            private = action
        elif "x" in row.tag:
            mask = int("".join("0" if c == "x" else "F" for c in row.tag), 16)
            value = int(row.tag.replace("x", "0"), 16)
            repeating[(mask, value)] = action
        else:
            exact[int(row.tag, 16)] = action
    return exact, repeating, private


def resolve_compound(action: str) -> str:
    """One concrete action for a compound code.

    We keep an attribute present (Z) where the standard allows it, so Type 2 attributes stay valid,
    remove it (X) where only X or a dummy is allowed, and keep referencing sequences (X/Z/U*) with
    their UIDs replaced, so references stay consistent with the new SOP/series/study UIDs.
    """
    return {"X/Z": "Z", "X/D": "X", "X/Z/D": "Z", "Z/D": "Z", "X/Z/U*": "U"}.get(action, action)
