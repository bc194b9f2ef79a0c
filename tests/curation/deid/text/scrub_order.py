"""Order-independence check of the report scrubber: its result for a text must not depend on which texts were
scrubbed before it, nor on which string object holds it (every per-text result lives in one
`common.TextContext`, built per `scrub_text` call; nothing is kept between calls).

    PYTHONPATH=. python -m tests.curation.deid.text.scrub_order   # all three orders, print differences

Scrubs the equivalence guard's pool (tests/curation/deid/text/scrub_equivalence.py) forwards, reversed, and as
fresh string copies (equal text, new objects), and compares every result with the recorded digests.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from tests.curation.deid.text.scrub_equivalence import DIGESTS, Item, digests, pool
from tests.digest_guard import differing


def fresh(text: str) -> str:
    """An equal string in a new object (one of length 0 or 1 may be Python's shared one)."""
    return text.encode("utf-8").decode("utf-8")


def _forwards(items: list[Item]) -> dict[str, str]:
    return dict(digests(items))


def _reversed(items: list[Item]) -> dict[str, str]:
    n = len(items)
    got: dict[str, str] = {}
    for j, item in enumerate(reversed(items)):  # keys renumbered back to the pool's order
        for key, value in digests([item]):
            got[f"{n - 1 - j}:{key.split(':', 1)[1]}"] = value
    return got


def _fresh_copies(items: list[Item]) -> dict[str, str]:
    return dict(digests([(fresh(text), lang, phi, shift) for text, lang, phi, shift in items]))


ORDERS: dict[str, Callable[[list[Item]], dict[str, str]]] = {
    "forwards": _forwards, "reversed": _reversed, "fresh copies": _fresh_copies}


def main() -> int:
    items = pool()
    want = json.loads(DIGESTS.read_text())
    failed = 0
    for name, run in ORDERS.items():
        bad = differing(run(items), want)
        print(f"{name}: {len(want)} digests, {len(bad)} differ: {bad[:20]}")
        failed += bool(bad)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
