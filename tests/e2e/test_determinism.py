"""Same export + secret + code -> byte-identical outputs (ARCHITECTURE.md section 5)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from curation.phi_memo import memo_dir
from curation.tables.digests import MEMO_SUFFIX
from radcurate.orchestrate import curate
from tests.e2e.conftest import CuratedExport, curate_environment

pytestmark = pytest.mark.e2e


# Not outputs: memos keyed by this machine's file versions (size, mtime, ctime, inode) — every digest memo
# (`*.digests.json`: the table parts', the vault's, the PHI checks'; curation/tables/digests.py), the corpus
# job's fingerprint record and the PHI checks' clean verdicts (curation/phi_memo.py).
MACHINE_LOCAL = {"cache/corpus_inputs.json"}
MACHINE_LOCAL_DIRS = (memo_dir(Path()).as_posix() + "/",)


def _machine_local(name: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    return name in MACHINE_LOCAL or name.startswith(MACHINE_LOCAL_DIRS) or base.endswith(MEMO_SUFFIX)


def _digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*"))
            if p.is_file() and not p.is_symlink() and not _machine_local(p.relative_to(root).as_posix())}


def test_second_curation_is_byte_identical(curated: CuratedExport, tmp_path: Path) -> None:
    with curate_environment(tmp_path):
        assert curate([curated.export]).success
    first, second = _digests(curated.data_dir), _digests(tmp_path / "data")
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []
    assert any(name.endswith(".nii.gz") for name in first) and any(name.endswith(".parquet") for name in first)
