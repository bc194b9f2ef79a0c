"""Is the process that left something behind (a run, a staging folder, a lock) still alive?"""

from __future__ import annotations

import os
from pathlib import Path


def process_start(pid: int) -> str:
    """The start time of `pid` in clock ticks since boot ('' when unknown), so that a reused pid is not
    taken for the process that started a run."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return stat.rsplit(")", 1)[1].split()[19]


def process_alive(pid: int, started: str = "") -> bool:
    """True when `pid` exists (and, given its recorded start time, is still the same process)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not started or not Path("/proc").is_dir() or process_start(pid) == started
