"""Config-level reuse: a config whose inputs did not change since the previous release is not read at all.

A config's fingerprint covers everything its shards, counts, card entry and kept patients are a function
of: the release code (this package's sources), the shard limits and split policy, the file digests of every
table part it reads (its own tables plus `volumes` and `reports`, which give each row its export group and
patient; digests from the stat-keyed memo `tables/.digests.json`, so an untouched part costs a stat), the
released pair ids of the config it references (integrity.py), and which stored images its rows name exist.
After a build, each config's outcome is remembered under `cache/release/<config>.json` with its fingerprint;
the next build reuses it when the fingerprint is equal and the previous release (the current `dataset/`)
still holds exactly the remembered shards (same path and sha256): those are hard-linked, as shard reuse
does (shards.py), and the release is byte-identical to a full rebuild. The state holds pseudonymous patient
ids, relative paths and digests only (as the release itself does).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pyarrow as pa

from curation.atomic import read_json_object, write_text_atomic
from curation.paths import DataPaths
from curation.release.integrity import REFERENCES
from curation.release.keys import DIGEST
from curation.release.shards import ShardFile, ShardLimits
from curation.release.splits import SplitPolicy
from curation.tables.digests import table_digests
from curation.tables.io import read_files

STATE_VERSION = "config-skip-v1"
GROUP_TABLES = ("volumes", "reports")   # every config's export groups (groups.py) and patients come from these


@cache
def code_version() -> str:
    """A hash of the release package's sources: any change to the release code rebuilds every config."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class ConfigOutcome:
    """What a config adds to a release: enough to redo its part of the build without reading its rows."""

    files: list[ShardFile]
    counts: dict[str, int]                  # split -> rows, in the policy's split order (the card's order)
    dangling: int
    patients: dict[str, list[str]]          # split -> sorted patient ids with rows of this config
    schema: pa.Schema
    example: str | None
    pairs: np.ndarray | None                # sorted digests of released pair ids (configs with pair_id)
    images: dict[str, bool]                 # stored image path -> existed (the rows' image filter)
    volumes: list[str]                      # source volume paths hard-linked into the release

    def to_json(self, fingerprint: str) -> str:
        return json.dumps({
            "version": STATE_VERSION, "fingerprint": fingerprint, "files": [asdict(f) for f in self.files],
            "counts": list(self.counts.items()), "dangling": self.dangling, "patients": self.patients,
            "schema": base64.b64encode(self.schema.serialize().to_pybytes()).decode(), "example": self.example,
            "pairs": None if self.pairs is None else base64.b64encode(self.pairs.tobytes()).decode(),
            "images": self.images, "volumes": self.volumes}, sort_keys=True)

    @classmethod
    def from_json(cls, data: dict) -> ConfigOutcome:
        pairs = data["pairs"]
        return cls([ShardFile(**f) for f in data["files"]], {str(k): int(n) for k, n in data["counts"]},
                   int(data["dangling"]), {k: list(v) for k, v in data["patients"].items()},
                   pa.ipc.read_schema(pa.py_buffer(base64.b64decode(data["schema"]))), data["example"],
                   None if pairs is None else np.frombuffer(base64.b64decode(pairs), DIGEST).copy(),
                   {k: bool(v) for k, v in data["images"].items()}, list(data["volumes"]))


def _state_path(paths: DataPaths, config: str) -> Path:
    return paths.data_dir / "cache" / "release" / f"{config}.json"


@dataclass
class ConfigSkip:
    """Fingerprints configs and finds / records their reusable outcomes (module doc)."""

    paths: DataPaths
    policy: SplitPolicy
    limits: ShardLimits
    previous_files: frozenset[tuple[str, str]]   # (relative_path, sha256) of the shards in the previous release

    def __post_init__(self) -> None:
        self._digests = table_digests(self.paths)

    def fingerprint(self, config: str, tables: tuple[str, ...], present: dict[str, np.ndarray]) -> str:
        """The hash of the config's inputs; reads no table part whose version the digest memo knows."""
        parts = {t: [[self._digests.key(p), self._digests.sha256(p)] for p in read_files(self.paths, t)]
                 for t in sorted({*tables, *GROUP_TABLES})}
        referenced = {ref.target: hashlib.sha256(present.get(ref.target, np.empty(0, DIGEST)).tobytes()).hexdigest()
                      for ref in REFERENCES if ref.config == config}
        body = [STATE_VERSION, code_version(), config, asdict(self.limits), dict(self.policy.ratios),
                self.policy.salt, parts, referenced]
        return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()

    def reusable(self, config: str, fingerprint: str) -> ConfigOutcome | None:
        """The remembered outcome when its fingerprint, stored images and shards in the previous release hold."""
        data = read_json_object(_state_path(self.paths, config))
        if data.get("version") != STATE_VERSION or data.get("fingerprint") != fingerprint:
            return None
        try:
            outcome = ConfigOutcome.from_json(data)
        except (KeyError, TypeError, ValueError, pa.ArrowException):
            return None
        if any((self.paths.data_dir / rel).is_file() != existed for rel, existed in outcome.images.items()):
            return None
        if not all((f.relative_path, f.sha256) in self.previous_files for f in outcome.files):
            return None
        return outcome

    def remember(self, config: str, fingerprint: str, outcome: ConfigOutcome) -> None:
        write_text_atomic(_state_path(self.paths, config), outcome.to_json(fingerprint))

    def save(self) -> None:
        self._digests.save()
