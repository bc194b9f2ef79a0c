"""Ctrl-C / SIGTERM that cannot be lost.

Python delivers SIGINT as a KeyboardInterrupt raised wherever the main thread happens to be; raised inside
an import lock's or a weakref's callback it is printed as "Exception ignored" and swallowed, and the
command would go on as if nothing happened. The handler here also remembers the signal, and the CLI and
`curate` ask `raise_if_interrupted()` between their stages, so a swallowed interrupt still ends the
command (exit 130) before its next stage. Standard library only: installed before any heavy import.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType

_received: set[int] = set()
INTERRUPTED_MESSAGE = ("radcurate: interrupted (SIGINT/SIGTERM); finished steps are kept, run the same command again "
                       "to go on")


def _handler(signum: int, frame: FrameType | None) -> None:
    _received.add(signum)
    raise KeyboardInterrupt(f"signal {signum}")


def remember(*signums: int) -> None:
    """Turn `signums` (default SIGINT) into a remembered KeyboardInterrupt (main thread only)."""
    if threading.current_thread() is threading.main_thread():
        for signum in signums or (signal.SIGINT,):
            signal.signal(signum, _handler)


def raise_if_interrupted() -> None:
    """Raise KeyboardInterrupt if a remembered signal arrived, even one whose first raise was swallowed."""
    if _received:
        raise KeyboardInterrupt(f"signal {min(_received)}")
