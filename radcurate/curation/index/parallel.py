"""Header reads across cores: chunks of files to a process pool, results back in submission order.

Reading headers is CPU-bound Python (pydicom parsing), so threads do not help; processes do, as long
as a chunk carries enough files to pay for its pickling. Small inputs are read in-process, because
starting workers would cost more than it saves. Results come back in chunk order, so the output
never depends on which worker finished first.

Workers come from a forkserver (not fork: the Dagster parent runs threads). The server starts once
per process and imports the reader once; each new worker also re-imports the parent's __main__ module
(multiprocessing's rule), which is cheap for the CLI and tests but worth knowing for heavy mains.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many items a pool costs more (worker start, pickling) than it saves.
MIN_ITEMS_FOR_POOL = 200
MIN_CHUNK, MAX_CHUNK = 32, 512
PRELOAD = ["radcurate.curation.index.chunk"]  # imported once in the fork server
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


def map_chunks(func: Callable[[Sequence[T]], R], items: Sequence[T], workers: int,
               *, min_items_for_pool: int = MIN_ITEMS_FOR_POOL) -> list[R]:
    """`func` over chunks of `items` on `workers` processes (this one included); results in chunk order.

    The pool gets `workers - 1` processes and takes chunks from the front; this process takes them
    from the back while the pool starts up (cancelling chunks no worker has picked up yet), so
    worker start-up time is spent working, not waiting.
    """
    if workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    chunks = chunked(items, workers)
    if workers == 1 or len(items) < min_items_for_pool or len(chunks) < 2:
        return [func(chunk) for chunk in chunks]
    # forkserver: workers fork from a clean, single-threaded server that has the reader imported,
    # not from the (possibly multi-threaded Dagster) parent.
    context = multiprocessing.get_context(START_METHOD)
    context.set_forkserver_preload(PRELOAD)
    results: list[R | None] = [None] * len(chunks)
    with ProcessPoolExecutor(max_workers=workers - 1, mp_context=context) as pool:
        futures = [pool.submit(func, chunk) for chunk in chunks]
        local = set()
        for i in reversed(range(len(chunks))):
            if not futures[i].cancel():
                break  # a worker has this one (and all before it)
            results[i] = func(chunks[i])
            local.add(i)
        for i, future in enumerate(futures):
            if i not in local:
                results[i] = future.result()
    return results  # type: ignore[return-value]
