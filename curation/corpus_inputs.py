"""Has anything the corpus job reads changed since its last successful run? A fingerprint, not a scan.

The corpus job (snippet_pairs ... dataset and their checks) reads the tables, the vault's PHI dictionaries and
the code; it writes the corpus tables and the release. Its fingerprint is one sha256 over:

- every file under `tables/` (per-export parts, corpus parts, their sidecars), by content: the sha256 that
  `curation/tables/digests.py` memoizes by file version (`tables/.digests.json`), so an untouched part costs
  a stat;
- every file under the vault, by content, memoized the same way (`data/cache/vault.digests.json`);
- the release (`dataset/`, `releases/`) by (path, size, mtime_ns, inode): a release removed or rewritten by
  hand is a change;
- the source of the packages the job runs (`curation`, `assets`, `resources`, `radcurate`);
- the `RADCURATE_*` environment (LLM backend and model, labeller, ...), secrets and keys left out.

The corpus tables and the release are the job's outputs (`CorpusInputs.outputs`), the rest its inputs.
The corpus job records the fingerprint after a successful run, however it was launched (curation/corpus_runs.py:
`clear` at its start, `record_if_settled` at its end: only when the inputs did not change while it ran), so a
failed or interrupted run is never taken for an up-to-date corpus; `radcurate curate` and the nightly
schedule do not launch it while it is unchanged. The record holds relative paths and digests only.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from curation.atomic import read_json_object, write_text_atomic
from curation.paths import DataPaths
from curation.tables.digests import MEMO_NAME, FileDigests, table_digests
from curation.tables.schemas import CORPUS_PART_TABLES

RECORD_NAME = "corpus_inputs.json"
VAULT_MEMO_NAME = "vault.digests.json"
OLD_VAULT_MEMO_KEY = "vault_digests"  # where the record held the vault's digests before VAULT_MEMO_NAME: dropped
CODE_PACKAGES = ("curation", "assets", "resources", "radcurate")
RELEASE_DIRS = ("dataset", "releases")
_SKIP_SUFFIXES = (".lock", ".tmp")
_TMP_PREFIX = ".tmp-"  # curation/atomic.py's and the table writer's files in progress
ENV_PREFIX = "RADCURATE_"
SECRET_WORDS = ("SECRET", "KEY", "TOKEN", "PASSWORD")  # never part of a digest kept on disk
# How and when runs are started, not what the corpus job computes: the UI / daemon and a CLI shell differ here,
# and a corpus run recorded by one must count for the other (curation/corpus_runs.py).
OPERATIONAL_ENV = ("RADCURATE_EXPORTS_DIR", "RADCURATE_STABLE_SECONDS", "RADCURATE_SENSOR_INTERVAL_SECONDS",
                   "RADCURATE_MIN_FREE_MB", "RADCURATE_SITE", "RADCURATE_KILL_AT")


@dataclass(frozen=True)
class CorpusInputs:
    inputs: str     # what the job reads and does not write: per-export tables, vault, code
    outputs: str    # what it writes: the corpus tables, the release
    files: int      # files fingerprinted (tables, vault, release)
    hashed: int     # of those, files read because they were new or changed since last memoized

    @property
    def digest(self) -> str:
        return hashlib.sha256(f"{self.inputs} {self.outputs}".encode()).hexdigest()


def record_path(paths: DataPaths) -> Path:
    return paths.data_dir / "cache" / RECORD_NAME


def vault_digests(paths: DataPaths) -> FileDigests:
    """The vault files' digests, memoized under the data dir (the vault holds no memo)."""
    return FileDigests(paths.vault_dir, paths.data_dir / "cache" / VAULT_MEMO_NAME)


def _files(base: Path) -> Iterator[Path]:
    """Regular files under `base`, sorted, without lock / temporary files and the digest memo."""
    if not base.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames.sort()
        for name in sorted(filenames):
            if name == MEMO_NAME or name.endswith(_SKIP_SUFFIXES) or name.startswith(_TMP_PREFIX):
                continue
            yield Path(dirpath) / name


def default_code_roots() -> tuple[Path, ...]:
    repo = Path(__file__).resolve().parents[1]
    return tuple(repo / name for name in CODE_PACKAGES)


def _load(paths: DataPaths) -> dict[str, Any]:
    return read_json_object(record_path(paths))


def fingerprint(paths: DataPaths, code_roots: Sequence[Path] | None = None) -> CorpusInputs:
    """The corpus job's inputs and outputs as one digest (see the module doc)."""
    total, written = hashlib.sha256(), hashlib.sha256()
    count = 0
    tables, vault = table_digests(paths), vault_digests(paths)
    for base, digests, tag in ((paths.tables_dir, tables, "t"), (paths.vault_dir, vault, "v")):
        for path in _files(base):
            key = digests.key(path)
            into = written if tag == "t" and key.split("/", 1)[0] in CORPUS_PART_TABLES else total
            into.update(f"{tag} {key} {digests.sha256(path)}\n".encode())
            count += 1
        digests.save()
    hashed = tables.hashed + vault.hashed
    for name in RELEASE_DIRS:
        link = paths.data_dir / name
        if link.is_symlink():  # dataset/ is a link to the current release
            written.update(f"l {name} {os.readlink(link)}\n".encode())
        for path in _files(paths.data_dir / name):
            st = path.stat()
            written.update(f"r {path.relative_to(paths.data_dir).as_posix()} {st.st_size} {st.st_mtime_ns} "
                         f"{st.st_ino}\n".encode())
            count += 1
    for name in sorted(os.environ):  # the configuration (LLM backend, model, labeller, segmenter ...)
        if name.startswith(ENV_PREFIX) and not any(word in name for word in SECRET_WORDS) \
                and name not in OPERATIONAL_ENV:
            total.update(f"e {name}={os.environ[name]}\n".encode())
    for root in code_roots if code_roots is not None else default_code_roots():
        for path in sorted(root.rglob("*.py")):
            total.update(f"c {path.relative_to(root.parent).as_posix()} ".encode() + path.read_bytes())
    _drop(paths, OLD_VAULT_MEMO_KEY)
    return CorpusInputs(total.hexdigest(), written.hexdigest(), count, hashed)


def _save(paths: DataPaths, data: dict[str, Any]) -> None:
    record_path(paths).parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(record_path(paths), json.dumps(data, sort_keys=True, separators=(",", ":")))


def _drop(paths: DataPaths, key: str) -> None:
    data = _load(paths)
    if data.pop(key, None) is not None:
        _save(paths, data)


def recorded(paths: DataPaths) -> str | None:
    """The fingerprint recorded after the last successful corpus run (None: none, or cleared since)."""
    value = _load(paths).get("last_success")
    return value if isinstance(value, str) else None


def record(paths: DataPaths, inputs: CorpusInputs) -> None:
    _save(paths, {**_load(paths), "last_success": inputs.digest})


def clear(paths: DataPaths) -> None:
    _drop(paths, "last_success")


def record_if_settled(paths: DataPaths, before: CorpusInputs, code_roots: Sequence[Path] | None = None) -> bool:
    """After a successful corpus run that started from `before`: record the fingerprint now, unless its
    inputs changed while it ran (an export run wrote meanwhile: the corpus has not seen that). True if recorded."""
    after = fingerprint(paths, code_roots)
    if after.inputs != before.inputs:
        return False
    record(paths, after)
    return True


def unchanged(paths: DataPaths) -> bool:
    """A successful corpus run was recorded and nothing it reads or wrote changed since (an export re-run
    that rewrote its tables byte for byte is no change)."""
    last = recorded(paths)
    return last is not None and fingerprint(paths).digest == last
