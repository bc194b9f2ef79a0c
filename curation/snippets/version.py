"""The miner version: which grammar mined a report, so that a grammar change re-mines what it mined.

The version is a hash of the source of every module that decides which references a text gives and
their snippets (`MINER_MODULES`: grammar, sentence splitting, the spaCy pipeline, pipe tables, brackets), plus the
trained pipeline named in RADCURATE_REF_MODEL (it adds entities). No constant to remember to bump: any
edit of those files, a comment too, gives a new version, and the next snippet_pairs run mines every
report once more (mining runs at ~10,000 reports per CPU-second, bench/mine.py), then skips them again.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from curation.snippets.ner import MODEL_ENV

MINER_MODULES = ("curation.snippets.grammar", "curation.snippets.mine", "curation.snippets.ner",
                 "curation.snippets.table", "curation.reports.brackets")


def version_of(sources: Sequence[Path], model: str = "") -> str:
    """A 16-hex-digit hash of the given source files' bytes (in order) and the model name."""
    digest = hashlib.sha256()
    for path in sources:
        data = path.read_bytes()
        digest.update(len(data).to_bytes(8, "big") + data)
    digest.update(b"\x1fmodel=" + model.encode())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def _module_sources() -> tuple[Path, ...]:
    paths = []
    for name in MINER_MODULES:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
            raise RuntimeError(f"cannot find the source of {name}: the miner version hashes it")
        paths.append(Path(spec.origin))
    return tuple(paths)


@lru_cache(maxsize=8)
def _cached_version(model: str) -> str:
    return version_of(_module_sources(), model)


def miner_version() -> str:
    """The version of the miner in this process (source of MINER_MODULES and RADCURATE_REF_MODEL)."""
    return _cached_version(os.environ.get(MODEL_ENV) or "")
