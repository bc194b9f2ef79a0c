"""Content-addressed slice images: each rendered PNG stored once, as `images/<sha[:2]>/<sha>.png` under the data dir.

image_text_pairs rows reference an image by `image_sha256` and `image_path` (data-dir relative); several captions
of one rendered slice share one file, and every consumer reads one image at a time by reference.

Garbage collection (`collect_unreferenced`), and why it cannot remove an image another run is about to reference:
- renderers hold a *shared* lock on `images/.lock` while they check, write or re-touch image files
  (`images_in_use`); the collector takes the lock *exclusively* and without waiting: when a renderer or a
  release is busy it collects nothing this time (the next release collects);
- a renderer writes its table only after rendering (translation runs in between), so every image a
  renderer writes or reuses is touched (mtime now) and the collector keeps any image younger than a grace
  period (`GRACE_SECONDS`, 24 h) even when no row references it yet;
- the collector runs at release time only (after the release switched in), reading the current
  image_text_pairs references under the exclusive lock.
`curation.forget` removes a forgotten export's images at once (those no other export's rows reference).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from curation.atomic import write_bytes_atomic

IMAGES_DIR = "images"
GRACE_SECONDS = 24 * 3600
_LOCK = ".lock"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def image_relpath(image_sha256: str) -> str:
    """`images/<sha[:2]>/<sha>.png`: the data-dir relative path of the image with this content hash."""
    if len(image_sha256) != 64 or any(c not in "0123456789abcdef" for c in image_sha256):
        raise ValueError("image_sha256 must be 64 lowercase hex digits")
    return f"{IMAGES_DIR}/{image_sha256[:2]}/{image_sha256}.png"


def store_png(data_dir: Path, png: bytes) -> tuple[str, str]:
    """(sha256, relative path) of `png`, written once (atomic); an existing file is only re-touched."""
    if not png.startswith(_PNG_MAGIC):
        raise ValueError("not PNG data")
    sha = hashlib.sha256(png).hexdigest()
    rel = image_relpath(sha)
    if not touch_image(data_dir, rel):
        write_bytes_atomic(data_dir / rel, png)
    return sha, rel


def touch_image(data_dir: Path, rel: str | None) -> bool:
    """Mark a stored image as just referenced (keeps it from the collector's grace window); False if absent."""
    if not rel:
        return False
    try:
        os.utime(data_dir / rel)
    except FileNotFoundError:
        return False
    return True


def read_png(data_dir: Path, rel: str) -> bytes:
    return (data_dir / rel).read_bytes()


def _lock_file(data_dir: Path) -> Path:
    folder = data_dir / IMAGES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return folder / _LOCK


@contextmanager
def images_in_use(data_dir: Path) -> Iterator[None]:
    """A shared lock: images are being written, re-referenced or read; the collector stays out meanwhile."""
    with _lock_file(data_dir).open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def images_exclusive(data_dir: Path, *, wait: bool) -> Iterator[bool]:
    """The exclusive lock (True when held); without `wait` a busy store yields False at once."""
    with _lock_file(data_dir).open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def stored_images(data_dir: Path) -> Iterator[Path]:
    base = data_dir / IMAGES_DIR
    return (p for p in base.glob("??/*.png") if not p.name.startswith(".")) if base.is_dir() else iter(())


@dataclass(frozen=True)
class Collected:
    removed: int          # unreferenced image files deleted
    kept_young: int       # unreferenced but inside the grace window
    busy: bool            # a renderer or release held the store: nothing collected


def collect_unreferenced(data_dir: Path, referenced: Iterable[str], *, grace_s: float = GRACE_SECONDS,
                         now: float | None = None) -> Collected:
    """Delete stored images whose sha256 is not in `referenced` and that are older than `grace_s`.

    `referenced` is read by the caller; call this with the references current at the time (see module doc).
    """
    if grace_s < 0:
        raise ValueError(f"grace_s must be >= 0, got {grace_s}")
    with images_exclusive(data_dir, wait=False) as held:
        if not held:
            return Collected(0, 0, True)
        keep = set(referenced)
        limit = (time.time() if now is None else now) - grace_s
        removed = young = 0
        for path in stored_images(data_dir):
            if path.stem in keep:
                continue
            if path.stat().st_mtime > limit:
                young += 1
                continue
            path.unlink(missing_ok=True)
            removed += 1
        return Collected(removed, young, False)


def remove_images(data_dir: Path, shas: Iterable[str]) -> int:
    """Delete these images now (waits for the store's users): the number of files removed."""
    removed = 0
    with images_exclusive(data_dir, wait=True):
        for sha in sorted(set(shas)):
            path = data_dir / image_relpath(sha)
            if path.is_file():
                path.unlink()
                removed += 1
    return removed
