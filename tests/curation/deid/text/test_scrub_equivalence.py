"""The scrubber's output over a large varied pool is unchanged (speed work must not change any result):
see tests/curation/deid/text/scrub_equivalence.py for the pool and how the digests were recorded."""

from __future__ import annotations

import json

from tests.curation.deid.text.scrub_equivalence import DIGESTS, digests, pool
from tests.digest_guard import differing


def test_pool_is_large_and_varied():
    items = pool()
    assert len(items) > 1500
    assert {lang for _, lang, _, _ in items} == {"de", "en"}
    assert sum(phi is not None for _, _, phi, _ in items) > 200


def test_every_result_matches_the_recorded_digest():
    want = json.loads(DIGESTS.read_text())
    assert differing(dict(digests()), want) == []  # none differs, none missing, none extra
