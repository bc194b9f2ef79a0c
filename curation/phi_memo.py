"""The PHI checks' memo: a part file found clean is not scanned again until something it depends on changes.

A part's "clean" verdict is reused only while all three are unchanged:
- the part's content: sha256 of its bytes, itself memoized by file version (`curation/tables/digests.py`:
  path, size, mtime_ns, ctime_ns, inode; `<table>.digests.json` beside the verdicts), so an untouched file is
  neither read nor parsed;
- the vault values of the patients its rows were scanned for: a digest of their PHI dictionaries (the
  patients are remembered from the scan, `EVERYONE` when a row's patient was unknown), so a vault change for
  one patient invalidates exactly the parts holding that patient;
- the check's code: a digest of the modules that decide a verdict.
A row's patient is a function of the part's content (its patient_pid, or the patient of the report or volume
its pseudonymous id names). A flagged part is never remembered. The memo holds digests, pseudonymous patient
ids, row counts and part paths under the data dir: never a value. One JSON file per table (and its digest
memo), written atomically under a lock, so per-export runs checking different partitions at once do not lose
each other's entries. A memo of format 2 (digests and verdicts in one file) keeps its verdicts.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from curation.atomic import exclusive, read_json_object, write_text_atomic
from curation.tables.digests import MEMO_SUFFIX, FileDigests
from curation.vault import PatientPhi

FORMAT = 3
_READABLE = (2, FORMAT)  # format 2 also held the part digests, now in the digest memo
_VERDICT_KEYS = frozenset({"patients", "needles", "code", "rows"})
EVERYONE = "*"  # a part with a row whose patient is unknown was scanned for every patient's values
# The modules whose code decides a verdict: a change to any of them re-scans everything.
VERDICT_MODULES = ("curation/phi_scan.py", "curation/phi_check.py", "curation/reports/markup.py")


def memo_dir(data_dir: Path) -> Path:
    return data_dir / "cache" / "phi_checks"


def memo_file(data_dir: Path, table: str) -> Path:
    """Where the memo of `table`'s check lives in the data dir."""
    return memo_dir(data_dir) / f"{table}.json"


def prune_memos(data_dir: Path) -> None:
    """Drop every memo's entries of parts that no longer exist (after `forget` removed an export's parts)."""
    for file in sorted(memo_dir(data_dir).glob("*.json")):
        if not file.name.endswith(MEMO_SUFFIX):
            PhiMemo(file, data_dir).save()


@cache
def code_version() -> str:
    """Digest of the verdict-deciding modules' source."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for name in VERDICT_MODULES:
        digest.update(name.encode() + b"\0" + (root / name).read_bytes())
    return digest.hexdigest()


class PhiMemo:
    """Clean verdicts of one table's check, by part content; `save()` merges them into the memo file."""

    def __init__(self, file: Path, root: Path) -> None:
        self.file = file
        self.root = root.resolve()
        self.digests = FileDigests(self.root, file.with_name(file.stem + MEMO_SUFFIX))
        self._verdicts: dict[str, dict] = self._load()  # sha256 -> patients, needles, code, rows
        self._patient_digests: dict[str, str] = {}

    def _load(self) -> dict[str, dict]:
        stored = read_json_object(self.file)
        if stored.get("format") not in _READABLE:
            return {}
        clean = stored.get("clean")
        if not isinstance(clean, dict):
            return {}
        return {d: v for d, v in clean.items() if isinstance(v, dict) and v.keys() >= _VERDICT_KEYS}

    def digest(self, part: Path) -> str:
        """The part's content digest; read only when its version is not memoized."""
        return self.digests.sha256(part.resolve())

    def _patient(self, pid: str, phi: Mapping[str, PatientPhi]) -> str:
        if pid not in self._patient_digests:
            value = dataclasses.astuple(phi[pid]) if pid in phi else None
            self._patient_digests[pid] = hashlib.sha256(json.dumps(value).encode()).hexdigest()
        return self._patient_digests[pid]

    def needles_digest(self, patients: Iterable[str], phi: Mapping[str, PatientPhi]) -> str:
        """Digest of the PHI the part is scanned for: its patients' dictionaries (everyone's for EVERYONE)."""
        wanted = set(patients)
        pids = sorted(phi) if EVERYONE in wanted else sorted(wanted)
        digest = hashlib.sha256(EVERYONE.encode() if EVERYONE in wanted else b"")
        for pid in pids:
            digest.update(f"{pid}\0{self._patient(pid, phi)}\n".encode())
        return digest.hexdigest()

    def clean_rows(self, part: Path, phi: Mapping[str, PatientPhi]) -> int | None:
        """The part's row count when it is known clean for the current content, PHI and code; else None."""
        verdict = self._verdicts.get(self.digest(part))
        if (verdict is None or verdict["code"] != code_version()
                or verdict["needles"] != self.needles_digest(verdict["patients"], phi)):
            return None
        return verdict["rows"]

    def remember_clean(self, part: Path, patients: Iterable[str | None], rows: int,
                       phi: Mapping[str, PatientPhi]) -> None:
        """Record that `part` (rows of `patients`, None: unknown) was scanned and nothing was found.

        The verdict is bound to the digest taken before the scan (`clean_rows`), and only while the file is
        still that version: a part replaced during its check is not remembered (its new content was not the
        one scanned, or not only)."""
        current = self.digests.memoized(part.resolve())
        if current is None:
            return
        kept = sorted({EVERYONE if p is None else p for p in patients})
        self._verdicts[current] = {"patients": kept, "needles": self.needles_digest(kept, phi),
                                   "code": code_version(), "rows": rows}

    def save(self) -> None:
        """Merge this check's entries into the memo file (other checks may have written meanwhile); entries
        of parts that no longer exist are dropped."""
        with exclusive(self.file.with_name(f".{self.file.name}.lock")):
            self.digests.save(prune=True)
            live = set(self.digests.known().values())
            clean = {d: v for d, v in {**self._load(), **self._verdicts}.items() if d in live}
            write_text_atomic(self.file, json.dumps({"format": FORMAT, "clean": clean}, sort_keys=True))
