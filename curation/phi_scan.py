"""Scan outputs for planted or known PHI: the last line of defence before data leaves the vault side.

Needles come from the vault's per-patient dictionary (and, in tests, from the synthetic export's
ground truth). A hit is reported by table, column, row number and the row's pseudonymous id only: the
scanner never repeats the value it found.

Cost is linear in the text scanned: every needle sits in one Aho-Corasick automaton (pyahocorasick), and
a needle counts in a row only when it belongs to that row's patient (or to nobody in particular, such as
planted test strings). A shifted date of one patient that equals another patient's birth date is
therefore not a hit; a row whose patient is unknown is checked against every needle.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import ahocorasick
import pyarrow as pa
import pyarrow.parquet as pq

from curation.reports.markup import unescape_fragments
from curation.vault import PatientPhi

MIN_NEEDLE_CHARS = 4
NAME_SPLIT = re.compile(r"[\^,\s]+")
TITLE_WORDS = frozenset({"dr.", "med.", "prof.", "herr", "frau", "mr.", "ms.", "mrs.", "dipl.", "priv.-doz."})
# ASCII only, with a letters-only top-level domain: `\w` would also match letters that binary files (SQLite
# pages, compressed blobs) decode to, and find "addresses" in noise.
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
# Columns that name a row in a hit, first present wins (all pseudonymous ids).
ROW_ID_COLUMNS = ("item_id", "pair_id", "report_id", "volume_id", "file_id")
_UMLAUTS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"))


@dataclass(frozen=True)
class Hit:
    where: str
    column: str
    row: int
    label: str
    row_id: str | None = None


@dataclass(frozen=True)
class Span:
    """A needle found in folded text: [start, end) into the folded string, and its label."""

    start: int
    end: int
    label: str


def _fold(text: str) -> str:
    """Case- and umlaut-insensitive form (ü -> ue, ß -> ss), so 'MUELLER' matches 'Müller'."""
    text = unicodedata.normalize("NFC", text).lower()
    for a, b in _UMLAUTS:
        text = text.replace(a, b)
    return text


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """`_fold` of NFC `text`, and for every folded character the index of its source character."""
    folded: list[str] = []
    source: list[int] = []
    for i, ch in enumerate(text):
        part = _fold(ch)
        folded.append(part)
        source.extend([i] * len(part))
    return "".join(folded), source


def _date_forms(value: str) -> list[str]:
    digits = re.sub(r"\D", "", value)
    if len(digits) != 8:
        return [value]
    y, m, d = digits[:4], digits[4:6], digits[6:]
    return [digits, f"{d}.{m}.{y}", f"{y}-{m}-{d}", f"{d}/{m}/{y}"]


def _is_word(ch: str) -> bool:
    # "_" counts as a separator: export folder names join name parts with it.
    return ch.isalnum()


class PhiNeedles:
    """Folded PHI strings with their labels and owners, matched as whole words by one automaton.

    `owners[needle]` is the set of patient_pids the value belongs to; a needle without an entry (planted
    test strings) belongs to every row.
    """

    def __init__(self, labels: Mapping[str, str], owners: Mapping[str, frozenset[str]] | None = None) -> None:
        self.labels = dict(labels)
        self.owners = dict(owners or {})
        self._automaton: ahocorasick.Automaton | None = None
        if self.labels:
            self._automaton = ahocorasick.Automaton()
            for needle, label in self.labels.items():
                self._automaton.add_word(needle, (len(needle), label, self.owners.get(needle)))
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self.labels)

    @classmethod
    def from_strings(cls, values: Iterable[str], label: str = "planted") -> PhiNeedles:
        """Needles from raw strings, e.g. a synthetic export's planted PHI list (owned by every row)."""
        return cls({_fold(v.strip()): label for v in values if len(v.strip()) >= MIN_NEEDLE_CHARS})

    @classmethod
    def from_phi(cls, patients: Iterable[PatientPhi]) -> PhiNeedles:
        """Needles from each patient's dictionary (name parts of >= 4 characters, ids, dates in 4 forms),
        each owned by the patients it was read for."""
        labels: dict[str, str] = {}
        owners: dict[str, set[str]] = {}

        def add(value: str, label: str, pid: str) -> None:
            value = value.strip()
            if len(value) >= MIN_NEEDLE_CHARS and value.lower() not in TITLE_WORDS:
                folded = _fold(value)
                labels.setdefault(folded, label)
                owners.setdefault(folded, set()).add(pid)

        for phi in patients:
            pid = phi.patient_pid
            for value in (*phi.names, *phi.physicians):
                for part in NAME_SPLIT.split(value):
                    add(part, "name", pid)
            for value in (*phi.patient_ids, *phi.accessions):
                add(value, "id", pid)
            for value in phi.birth_dates:
                for form in _date_forms(value):
                    add(form, "date", pid)
            for value in (*phi.institutions, *phi.addresses, *phi.other):
                add(value, "other", pid)
        return cls(labels, {k: frozenset(v) for k, v in owners.items()})

    def find(self, folded: str, patient: str | None = None) -> list[Span]:
        """Whole-word needles of `patient` (every needle when None) in already folded text, leftmost-longest
        and non-overlapping, like a regex alternation of the needles sorted longest first."""
        if self._automaton is None or not folded:
            return []
        found: list[Span] = []
        for end, (length, label, owners) in self._automaton.iter(folded):
            if patient is not None and owners is not None and patient not in owners:
                continue
            start = end - length + 1
            if (start > 0 and _is_word(folded[start - 1])) or (end + 1 < len(folded) and _is_word(folded[end + 1])):
                continue
            found.append(Span(start, end + 1, label))
        found.sort(key=lambda s: (s.start, -s.end))
        kept: list[Span] = []
        for span in found:
            if not kept or span.start >= kept[-1].end:
                kept.append(span)
        return kept


def scan_text(text: str, needles: PhiNeedles, patient: str | None = None, *, shapes: bool = True) -> list[str]:
    """Labels of `patient`'s needles (whole words, case/umlaut-folded; every needle when None) and of
    e-mail addresses found in `text`, read as a reader sees it: RTF / HTML decoded, `\\'fc`, `\\u252?` and
    `&uuml;` escapes resolved. `shapes=False` leaves out the e-mail shape (for raw binary pages)."""
    folded = _fold(text)
    spans = needles.find(folded, patient)
    labels = [span.label for span in spans]
    decoded = unescape_fragments(text) if ("\\" in text or "&" in text or "<" in text) else text
    if decoded != text:  # a needle only the decoded text shows (M\\'fcller) counts once
        seen = {folded[s.start:s.end] for s in spans}
        folded_decoded = _fold(decoded)
        extra = {folded_decoded[s.start:s.end]: s.label for s in needles.find(folded_decoded, patient)}
        labels += [label for needle, label in extra.items() if needle not in seen]
    if shapes and EMAIL.search(text):
        labels.append("email")
    return labels


def scan_row(row: Mapping[str, object], needles: PhiNeedles, patient: str | None) -> list[tuple[str, str]]:
    """(column, label) of every hit in one row's strings (nested values walked, bytes skipped)."""
    return [(name, label) for name, value in row.items() for text in _text_leaves(value)
            for label in scan_text(text, needles, patient)]


def redact_text(text: str, needles: PhiNeedles, patient: str | None, token: Callable[[str], str]) -> tuple[str, int]:
    """`text` (NFC) with every exact needle of `patient` replaced by `token(label)`, and how many were."""
    text = unicodedata.normalize("NFC", text)
    folded, source = _fold_with_offsets(text)
    spans = needles.find(folded, patient)
    if not spans:
        return text, 0
    out: list[str] = []
    cursor = 0
    for span in spans:
        start = source[span.start]
        end = source[span.end - 1] + 1
        out.append(text[cursor:start])
        out.append(token(span.label))
        cursor = end
    out.append(text[cursor:])
    return "".join(out), len(spans)


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


def row_ids(table: pa.Table) -> list[str | None]:
    """Each row's pseudonymous id (the first of ROW_ID_COLUMNS the table has), None without one."""
    for name in ROW_ID_COLUMNS:
        if name in table.column_names:
            return table[name].to_pylist()
    return [None] * table.num_rows


def scan_table(table: pa.Table, needles: PhiNeedles, where: str,
               patients: Sequence[str | None] | None = None) -> list[Hit]:
    """Every string in `table` (nested lists and structs included; binary columns and fields skipped).

    Row i is checked for `patients[i]`'s needles; by default the table's own `patient_pid` column says
    whose row it is, and without one every needle counts.
    """
    if patients is None:
        patients = (table["patient_pid"].to_pylist() if "patient_pid" in table.column_names
                    else [None] * table.num_rows)
    if len(patients) != table.num_rows:
        raise ValueError(f"scan_table: {len(patients)} patients for {table.num_rows} rows")
    ids = row_ids(table)
    hits: list[Hit] = []
    for name in table.column_names:
        column = table[name]
        if not _has_text(column.type):
            continue
        seen: dict[tuple[str, str | None], list[str]] = {}  # a column repeats values (modality, series text)
        for row, value in enumerate(column.to_pylist()):
            for text in _text_leaves(value):
                key = (text, patients[row])
                if key not in seen:
                    seen[key] = scan_text(text, needles, patients[row])
                hits.extend(Hit(where, name, row, label, ids[row]) for label in seen[key])
    return hits


def _has_text(t: pa.DataType) -> bool:
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return True
    if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        return _has_text(t.value_type)
    if pa.types.is_struct(t):
        return any(_has_text(t.field(i).type) for i in range(t.num_fields))
    return False


SQLITE_MAGIC = b"SQLite format 3\x00"


def sqlite_text(path: Path) -> tuple[str, str]:
    """The cells of an SQLite file as (text, opaque): strings and zlib blobs (Dagster's compressed snapshots
    and events) decompressed in `text`, other blobs decoded leniently in `opaque` (binary: only the vault's
    values are looked for there, an e-mail shape turns up in random bytes by chance)."""
    import sqlite3
    import zlib

    text: list[str] = []
    opaque: list[str] = []
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        text.append(value)
                    elif isinstance(value, bytes):
                        try:
                            text.append(zlib.decompress(value).decode("utf-8", errors="ignore"))
                        except zlib.error:
                            opaque.append(value.decode("utf-8", errors="ignore"))
    finally:
        connection.close()
    return "\n".join(text), "\n".join(opaque)


def scan_tree(root: Path, needles: PhiNeedles) -> list[Hit]:
    """Every file under `root`: Parquet decoded cell by cell, SQLite cell by cell (blobs decompressed), gzip /
    zstd decompressed, the rest as bytes; names too. Everything is checked against every needle (a file has no
    single patient)."""
    hits: list[Hit] = []
    for path in sorted(p for p in root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        hits.extend(Hit(rel, "<path>", 0, label) for label in scan_text(rel, needles))
        if not path.is_file():
            continue
        if path.suffix == ".parquet":
            table = pq.read_table(path)
            hits.extend(scan_table(table, needles, rel, [None] * table.num_rows))
            continue
        data = path.read_bytes()
        if data.startswith(SQLITE_MAGIC):  # a Dagster instance database: every cell, blobs decompressed,
            text, opaque = sqlite_text(path)
            hits.extend(Hit(rel, "<sqlite>", 0, label) for label in scan_text(text, needles))
            raw = "\n".join((opaque, data.decode("utf-8", errors="ignore"), data.decode("latin-1", errors="ignore")))
            # and the raw pages too (deleted rows stay there), for the vault's values only: shapes such as
            # an e-mail address turn up by chance in compressed bytes
            hits.extend(Hit(rel, "<bytes>", 0, label) for label in scan_text(raw, needles, shapes=False))
            continue
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        elif path.suffix == ".zst":  # the RefRad2D export's DICOM files
            import zstandard

            data = zstandard.ZstdDecompressor().decompress(data)
        text = data.decode("utf-8", errors="ignore") + "\n" + data.decode("latin-1", errors="ignore")
        hits.extend(Hit(rel, "<bytes>", 0, label) for label in scan_text(text, needles))
    return hits
