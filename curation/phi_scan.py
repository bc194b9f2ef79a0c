"""Scan outputs for planted or known PHI: the last line of defence before data leaves the vault side.

Needles come from the vault's per-patient dictionary (and, in tests, from the synthetic export's
ground truth). A hit is reported by table, column and row number only: the scanner never repeats the
value it found.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from curation.reports.markup import unescape_fragments
from curation.vault import PatientPhi

MIN_NEEDLE_CHARS = 4
NAME_SPLIT = re.compile(r"[\^,\s]+")
TITLE_WORDS = frozenset({"dr.", "med.", "prof.", "herr", "frau", "mr.", "ms.", "mrs.", "dipl.", "priv.-doz."})
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


@dataclass(frozen=True)
class Hit:
    where: str
    column: str
    row: int
    label: str


def _fold(text: str) -> str:
    """Case- and umlaut-insensitive form (ü -> ue, ß -> ss), so 'MUELLER' matches 'Müller'."""
    text = unicodedata.normalize("NFC", text).lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    return text


def _date_forms(value: str) -> list[str]:
    digits = re.sub(r"\D", "", value)
    if len(digits) != 8:
        return [value]
    y, m, d = digits[:4], digits[4:6], digits[6:]
    return [digits, f"{d}.{m}.{y}", f"{y}-{m}-{d}", f"{d}/{m}/{y}"]


class PhiNeedles:
    """Folded PHI strings with their labels, matched as whole words in one compiled alternation."""

    def __init__(self, needles: PhiNeedles) -> None:
        self.labels = dict(needles)
        alternatives = "|".join(re.escape(n) for n in sorted(self.labels, key=len, reverse=True)) or "(?!)"
        # "_" counts as a separator: export folder names join name parts with it.
        self.pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")

    def __len__(self) -> int:
        return len(self.labels)

    @classmethod
    def from_strings(cls, values: Iterable[str], label: str = "planted") -> PhiNeedles:
        """Needles from raw strings, e.g. a synthetic export's planted PHI list."""
        return cls({_fold(v.strip()): label for v in values if len(v.strip()) >= MIN_NEEDLE_CHARS})

    @classmethod
    def from_phi(cls, patients: Iterable[PatientPhi]) -> PhiNeedles:
        """Needles from every patient's dictionary (name parts of >= 4 characters, ids, dates in 4 forms)."""
        needles: PhiNeedles = {}

        def add(value: str, label: str) -> None:
            value = value.strip()
            if len(value) >= MIN_NEEDLE_CHARS and value.lower() not in TITLE_WORDS:
                needles.setdefault(_fold(value), label)

        for phi in patients:
            for value in (*phi.names, *phi.physicians):
                for part in NAME_SPLIT.split(value):
                    add(part, "name")
            for value in (*phi.patient_ids, *phi.accessions):
                add(value, "id")
            for value in phi.birth_dates:
                for form in _date_forms(value):
                    add(form, "date")
            for value in (*phi.institutions, *phi.addresses, *phi.other):
                add(value, "other")
        return cls(needles)


def scan_text(text: str, needles: PhiNeedles) -> list[str]:
    """Labels of the needles (as whole words, case/umlaut-folded) and e-mail addresses found in `text`,
    read as a reader sees it: RTF / HTML decoded, `\\'fc`, `\\u252?` and `&uuml;` escapes resolved."""
    found = [m.group(0) for m in needles.pattern.finditer(_fold(text))]
    decoded = unescape_fragments(text) if ("\\" in text or "&" in text or "<" in text) else text
    if decoded != text:  # a needle only the decoded text shows (M\\'fcller) counts once
        seen = set(found)
        found += [n for n in dict.fromkeys(m.group(0) for m in needles.pattern.finditer(_fold(decoded)))
                  if n not in seen]
    labels = [needles.labels[n] for n in found]
    if EMAIL.search(text):
        labels.append("email")
    return labels


def _text_leaves(value: object) -> Iterator[str]:
    """The strings inside a cell (nested lists and structs walked); bytes such as PNG data are skipped,
    since random compressed bytes would match short needles by chance."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _text_leaves(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _text_leaves(item)


def scan_table(table: pa.Table, needles: PhiNeedles, where: str) -> list[Hit]:
    """Every string in `table` (nested lists and structs included; binary columns and fields skipped)."""
    hits: list[Hit] = []
    for name in table.column_names:
        column = table[name]
        if not _has_text(column.type):
            continue
        for row, value in enumerate(column.to_pylist()):
            for text in _text_leaves(value):
                hits.extend(Hit(where, name, row, label) for label in scan_text(text, needles))
    return hits


def _has_text(t: pa.DataType) -> bool:
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return True
    if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        return _has_text(t.value_type)
    if pa.types.is_struct(t):
        return any(_has_text(t.field(i).type) for i in range(t.num_fields))
    return False


def scan_tree(root: Path, needles: PhiNeedles) -> list[Hit]:
    """Every file under `root`: Parquet decoded cell by cell, gzip / zstd decompressed, the rest as bytes; names too."""
    hits: list[Hit] = []
    for path in sorted(p for p in root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        hits.extend(Hit(rel, "<path>", 0, label) for label in scan_text(rel, needles))
        if not path.is_file():
            continue
        if path.suffix == ".parquet":
            hits.extend(scan_table(pq.read_table(path), needles, rel))
            continue
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        elif path.suffix == ".zst":  # the RefRad2D export's DICOM files
            import zstandard

            data = zstandard.ZstdDecompressor().decompress(data)
        text = data.decode("utf-8", errors="ignore") + "\n" + data.decode("latin-1", errors="ignore")
        hits.extend(Hit(rel, "<bytes>", 0, label) for label in scan_text(text, needles))
    return hits
