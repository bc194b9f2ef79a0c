"""Same export + secret + code -> byte-identical outputs (ARCHITECTURE.md section 5)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from curation.tables.digests import MEMO_NAME
from radcurate.orchestrate import curate
from tests.e2e.conftest import CuratedExport, curate_environment

pytestmark = pytest.mark.e2e


# Not an output: the memo of part-file digests keyed by this machine's (size, mtime, inode) of each file.
# Nor the corpus job's fingerprint record (its vault digests are memoized the same way), nor the PHI
# checks' verdict memos (curation/phi_memo.py: part versions by size, mtime and inode).
MACHINE_LOCAL = {f"tables/{MEMO_NAME}", "cache/corpus_inputs.json"}
MACHINE_LOCAL_DIRS = ("cache/phi_checks/",)


def _digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*"))
            if p.is_file() and not p.is_symlink() and p.relative_to(root).as_posix() not in MACHINE_LOCAL
            and not p.relative_to(root).as_posix().startswith(MACHINE_LOCAL_DIRS)}


def test_second_curation_is_byte_identical(curated: CuratedExport, tmp_path: Path) -> None:
    with curate_environment(tmp_path):
        assert curate([curated.export]).success
    first, second = _digests(curated.data_dir), _digests(tmp_path / "data")
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []
    assert any(name.endswith(".nii.gz") for name in first) and any(name.endswith(".parquet") for name in first)
