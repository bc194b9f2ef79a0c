"""Mining with the learned scorer is unchanged over the dev sets and the bench corpus (speed work must not change any
result): see tests/curation/snippets/refscore_equivalence.py for the pool and how the digests were recorded."""

from __future__ import annotations

import json

from tests.curation.snippets.refscore_equivalence import DIGESTS, digests, pool
from tests.digest_guard import differing


def test_pool_covers_every_dev_set_and_holds_references():
    items = pool()
    sets = {key.split(":")[0] for key, _, _ in items}
    assert sets == {f"dev16{x}" for x in (*"abcdefghijklmnopqrstuvwxyz", "ab", "ac", "ad")} | {"bench"}
    assert len(items) > 5000


def test_every_mined_text_matches_the_recorded_digest():
    want = json.loads(DIGESTS.read_text())
    assert differing(dict(digests()), want) == []  # none differs, none missing, none extra
