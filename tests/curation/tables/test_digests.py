"""The one stat-keyed digest memo: an untouched file costs a stat, a changed one is read again whatever its
mtime says, and neither a damaged memo nor two writers at once can yield a wrong digest."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import time
from pathlib import Path

import pytest

from curation.tables import digests
from curation.tables.digests import FileDigests

SETTLE_S = digests.SETTLE_NS / 1e9 + 0.05


def _memo(tmp_path: Path) -> FileDigests:
    return FileDigests(tmp_path / "files", tmp_path / "cache" / "x.digests.json")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / "files" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _rewrite_in_place_keeping_size_and_mtime(path: Path, data: bytes) -> None:
    """Change the bytes in place (same inode, same size), then set mtime back (`touch -d`, i.e. utimensat)."""
    before = path.stat()
    assert len(data) == before.st_size
    with path.open("r+b") as handle:
        handle.write(data)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)


def test_an_untouched_file_is_read_once_and_a_same_size_same_mtime_change_in_place_is_read_again(
        tmp_path: Path) -> None:
    path = _write(tmp_path, "a/part-0.parquet", b"version one")
    time.sleep(SETTLE_S)                                     # the real rule: a settled version is memoized
    first = _memo(tmp_path)
    assert first.sha256(path) == _sha(b"version one") and first.hashed == 1
    first.save()
    again = _memo(tmp_path)
    assert again.sha256(path) == _sha(b"version one") and again.hashed == 0       # a stat, no read
    assert json.loads(again.memo_path.read_text())["a/part-0.parquet"]["sha256"] == _sha(b"version one")

    time.sleep(SETTLE_S)   # well past the first write: even a one-second ctime would show the change
    _rewrite_in_place_keeping_size_and_mtime(path, b"version two")
    changed = _memo(tmp_path)
    assert changed.sha256(path) == _sha(b"version two") and changed.hashed == 1   # ctime told


def test_a_version_hashed_in_its_own_second_is_not_trusted_by_the_next_instance(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.bin", b"AAAA")
    racy = _memo(tmp_path)
    assert racy.sha256(path) == _sha(b"AAAA") and racy.sha256(path) == _sha(b"AAAA") and racy.hashed == 1
    racy.save()
    assert json.loads(racy.memo_path.read_text())["p.bin"]["racy"] is True       # written, for liveness only
    _rewrite_in_place_keeping_size_and_mtime(path, b"BBBB")  # may fall in the same timestamp granule
    after = _memo(tmp_path)
    assert after.sha256(path) == _sha(b"BBBB") and after.hashed == 1
    after.save()

    time.sleep(SETTLE_S)
    settled = _memo(tmp_path)
    assert settled.sha256(path) == _sha(b"BBBB") and settled.hashed == 1          # hashed once more, settled
    settled.save()
    assert "racy" not in json.loads(settled.memo_path.read_text())["p.bin"]
    assert _memo(tmp_path).memoized(path) == _sha(b"BBBB")


def test_a_file_changed_while_it_is_read_is_not_remembered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "p.bin", b"old")
    real = digests.file_sha256

    def read_then_replace(file: Path) -> str:
        digest = real(file)
        _write(tmp_path, "p.bin", b"new!")                  # another process rewrites it meanwhile
        return digest

    monkeypatch.setattr(digests, "file_sha256", read_then_replace)
    memo = _memo(tmp_path)
    assert memo.sha256(path) == _sha(b"old")                 # what was read, used once
    monkeypatch.setattr(digests, "file_sha256", real)
    assert memo.memoized(path) is None and memo.sha256(path) == _sha(b"new!") and memo.hashed == 2


@pytest.mark.parametrize("stored", ["{not json", "[1, 2]", "\udcff", '{"p.bin": [4, 1, 2, "00"]}'])
def test_a_corrupt_or_foreign_memo_is_ignored_and_rewritten(tmp_path: Path, stored: str) -> None:
    path = _write(tmp_path, "p.bin", b"data")
    memo_path = tmp_path / "cache" / "x.digests.json"
    memo_path.parent.mkdir(parents=True)
    memo_path.write_bytes(stored.encode("utf-8", "surrogateescape"))
    memo = _memo(tmp_path)
    assert memo.sha256(path) == _sha(b"data") and memo.hashed == 1
    memo.save()
    assert json.loads(memo_path.read_text())["p.bin"]["sha256"] == _sha(b"data")


def test_an_older_entry_without_ctime_is_not_trusted(tmp_path: Path) -> None:
    """The memo of an older radcurate (size, mtime_ns, inode only) costs one read, never a wrong digest."""
    path = _write(tmp_path, "p.bin", b"data")
    st = path.stat()
    memo_path = tmp_path / "cache" / "x.digests.json"
    memo_path.parent.mkdir(parents=True)
    memo_path.write_text(json.dumps({"p.bin": {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ino": st.st_ino,
                                               "sha256": "0" * 64}}))
    assert _memo(tmp_path).sha256(path) == _sha(b"data")


def test_the_entry_of_a_deleted_file_is_dropped(tmp_path: Path) -> None:
    kept, gone, later = (_write(tmp_path, f"{n}.bin", n.encode()) for n in ("kept", "gone", "later"))
    memo = _memo(tmp_path)
    memo.sha256(kept), memo.sha256(gone)
    memo.save()
    assert sorted(json.loads(memo.memo_path.read_text())) == ["gone.bin", "kept.bin"]
    gone.unlink()
    idle = _memo(tmp_path)
    assert sorted(idle.known()) == ["kept.bin"]
    idle.save()                                              # nothing new: the file is not even rewritten
    assert sorted(json.loads(memo.memo_path.read_text())) == ["gone.bin", "kept.bin"]
    busy = _memo(tmp_path)
    busy.sha256(later)
    busy.save()                                              # a save with something new drops it
    assert sorted(json.loads(memo.memo_path.read_text())) == ["kept.bin", "later.bin"]
    later.unlink()
    _memo(tmp_path).save(prune=True)                         # as `forget` prunes
    assert sorted(json.loads(memo.memo_path.read_text())) == ["kept.bin"]


def _hash_and_save_each(tmp_path: Path, names: list[str]) -> None:
    for name in names:
        memo = _memo(tmp_path)
        memo.sha256(tmp_path / "files" / name)
        memo.save()


def test_two_processes_saving_at_once_never_corrupt_the_memo_nor_lose_an_entry(tmp_path: Path) -> None:
    names = [f"{n:03}.bin" for n in range(80)]
    for name in names:
        _write(tmp_path, name, name.encode() * 100)
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_hash_and_save_each, args=(tmp_path, names[i::2])) for i in (0, 1)]
    for worker in workers:
        worker.start()
    memo_path = tmp_path / "cache" / "x.digests.json"
    reads = 0
    while any(w.is_alive() for w in workers):
        if memo_path.exists():
            json.loads(memo_path.read_text())               # every state a reader sees is a whole memo
            reads += 1
    for worker in workers:
        worker.join()
        assert worker.exitcode == 0
    stored = json.loads(memo_path.read_text())
    assert reads > 0 and sorted(stored) == names
    assert all(stored[n]["sha256"] == _sha(n.encode() * 100) for n in names)
    assert not [p.name for p in memo_path.parent.iterdir() if p.name.startswith(".tmp-")]


def test_arguments_are_checked() -> None:
    with pytest.raises(TypeError, match=r"FileDigests\(base, memo\) takes two Paths"):
        FileDigests("tables", Path("memo.json"))  # type: ignore[arg-type]
