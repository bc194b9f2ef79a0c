"""Header reads across cores: chunks of files to a process pool, results back in submission order.

Reading headers is CPU-bound Python (pydicom parsing), so threads do not help; processes do, as long
as a chunk carries enough files to pay for its pickling. Small inputs are read in-process, because
starting workers would cost more than it saves. Results come back in chunk order, so the output
never depends on which worker finished first.

Workers come from a forkserver (not fork: the Dagster parent runs threads). The server starts once
per process and imports the reader and the parent's __main__ module once (preloaded), so a new worker
is a fork of a ready server instead of a fresh import of a possibly heavy main (measured warm worker
start 15-50 ms instead of 40-90 ms under load). The server's own start (about a second) happens in
the background: the caller reads chunks meanwhile (see map_chunks).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")

# Below this many items a pool costs more (worker start, pickling) than it saves.
MIN_ITEMS_FOR_POOL = 200
# ...and while this process has not started its fork server yet: the server's start (a fresh Python
# importing the reader and __main__, ~0.5-1 s of CPU) competes with the caller for the same cores,
# and at ~0.17 ms per file only an export of several thousand files wins it back (measured on 2
# cores: 2000 files took 0.7 s with a cold pool, 0.35 s in-process).
COLD_MIN_ITEMS_FOR_POOL = 8000
_server_started = False
MIN_CHUNK, MAX_CHUNK = 32, 512
# imported once in the fork server; "__main__" there spares each worker re-importing the caller's main
PRELOAD = ["__main__", "curation.index.chunk", "curation.index.parallel"]
START_METHOD = "forkserver"  # see module docstring: "fork" measured the same, and is unsafe under threads


def default_workers() -> int:
    """Cores this process may use (respects CPU affinity in containers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def chunked(items: Sequence[T], workers: int) -> list[Sequence[T]]:
    """About 8 chunks per worker (load balance), each 32-512 items (pickling overhead)."""
    if workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    size = min(MAX_CHUNK, max(MIN_CHUNK, -(-len(items) // (workers * 8))))
    return [items[i:i + size] for i in range(0, len(items), size)]


_claims = None  # in a pool worker: the shared per-chunk claim flags of the current map_chunks call


def _init_worker(claims: object) -> None:
    global _claims
    _claims = claims


def _claim(claims: Any, i: int) -> bool:
    """True for the one process (worker or caller) that gets to read chunk `i`."""
    with claims.get_lock():
        if claims[i]:
            return False
        claims[i] = 1
        return True


def _run_claimed(func: Callable[[Sequence[T]], R], i: int, chunk: Sequence[T]) -> tuple[bool, R | None]:
    if not _claim(_claims, i):
        return False, None  # the caller read it already
    return True, func(chunk)


def map_chunks(func: Callable[[Sequence[T]], R], items: Sequence[T], workers: int,
               *, min_items_for_pool: int | None = None) -> list[R]:
    """`func` over chunks of `items` on `workers` processes (this one included); results in chunk order.

    `min_items_for_pool` (default: MIN_ITEMS_FOR_POOL once this process has a fork server,
    COLD_MIN_ITEMS_FOR_POOL before) decides when a pool is worth starting at all.
    The pool gets `workers - 1` processes and takes chunks from the front; this process takes them
    from the back. Each chunk is claimed in a shared flag array before it is read, and the pool is
    started and fed from a helper thread, so this process never waits for a worker that is not up
    yet: a cold fork server (about a second: it imports the reader) only means that this process
    reads more of the chunks itself, and all of them when the export is small.
    """
    global _server_started
    if workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    chunks = chunked(items, workers)
    if min_items_for_pool is None:
        min_items_for_pool = MIN_ITEMS_FOR_POOL if _server_started else COLD_MIN_ITEMS_FOR_POOL
    if workers == 1 or len(items) < min_items_for_pool or len(chunks) < 2:
        return [func(chunk) for chunk in chunks]
    _server_started = True
    # forkserver: workers fork from a clean, single-threaded server that has the reader imported,
    # not from the (possibly multi-threaded Dagster) parent.
    context = multiprocessing.get_context(START_METHOD)
    context.set_forkserver_preload(PRELOAD)
    claims = context.Array("b", len(chunks))
    pool = ProcessPoolExecutor(max_workers=workers - 1, mp_context=context, initializer=_init_worker,
                               initargs=(claims,))
    futures: dict[int, Future[tuple[bool, R | None]]] = {}

    def feed_pool() -> None:
        try:
            for i, chunk in enumerate(chunks):
                if not claims[i]:  # unlocked peek: a stale 0 costs one skipped round trip
                    futures[i] = pool.submit(_run_claimed, func, i, chunk)
        except Exception as exc:  # no worker: the caller claims and reads every chunk itself
            log.warning("index pool did not start (%s); reading in one process", type(exc).__name__)
        finally:  # waits here, not in the caller: the workers need `claims` alive until they exit
            pool.shutdown(wait=True)

    feeder = threading.Thread(target=feed_pool, name="index-pool-feeder", daemon=True)
    feeder.start()
    results: dict[int, R] = {}
    for i in reversed(range(len(chunks))):
        if _claim(claims, i):
            results[i] = func(chunks[i])
    if len(results) < len(chunks):
        feeder.join()
        for i, future in futures.items():
            if i not in results:
                done, result = future.result()
                if not done:  # impossible: a chunk this process did not claim was claimed by a worker
                    raise RuntimeError(f"chunk {i} was read by nobody")
                results[i] = result  # type: ignore[assignment]
    if len(results) != len(chunks):
        raise RuntimeError(f"{len(chunks) - len(results)} chunks were never read")
    return [results[i] for i in range(len(chunks))]
