"""Fixed-size digests of row keys, and membership in a sorted digest array: what the release keeps of a corpus.

A 16-byte blake2b of a value's JSON text stands for a key tuple or an id, so de-duplication and reference
checks hold 16 bytes per row instead of the rows' text (a collision needs ~2^64 rows).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

import numpy as np
import pyarrow as pa

DIGEST = np.dtype("S16")


def digests(values: Sequence[object]) -> np.ndarray:
    """A digest per value (a key tuple, a string, None), equal exactly when the values are equal within one
    column's type (the same JSON text)."""
    out = b"".join(hashlib.blake2b(json.dumps(v, ensure_ascii=False, default=str).encode(), digest_size=16).digest()
                   for v in values)
    return np.frombuffer(out, DIGEST) if values else np.empty(0, DIGEST)


def key_digests(table: pa.Table, key: Sequence[str]) -> np.ndarray:
    return digests(list(zip(*(table[k].to_pylist() for k in key), strict=True)) if table.num_rows else [])


def contains(sorted_digests: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Membership of each of `values` in a sorted digest array (binary search: no set of the corpus)."""
    if sorted_digests.size == 0 or values.size == 0:
        return np.zeros(values.size, bool)
    at = np.minimum(np.searchsorted(sorted_digests, values), sorted_digests.size - 1)
    return sorted_digests[at] == values
