"""Named kill points for the reliability tests: `RADCURATE_KILL_AT=<point>` makes the process SIGKILL itself
there, a real kill -9 at a known place (instance set-up, segmentations, corpus, release). Unset, a point
costs one dictionary lookup."""

from __future__ import annotations

import os
import signal

KILL_AT_ENV = "RADCURATE_KILL_AT"
POINTS = ("instance-setup", "segmentations", "corpus", "release")


def kill_point(name: str) -> None:
    """SIGKILL this process when RADCURATE_KILL_AT names `name` (no cleanup, no atexit: like kill -9)."""
    if name not in POINTS:
        raise ValueError(f"unknown kill point {name!r} (one of {', '.join(POINTS)})")
    if os.environ.get(KILL_AT_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
