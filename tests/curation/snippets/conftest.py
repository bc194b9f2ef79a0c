"""Fixtures of the snippets tests."""

from __future__ import annotations

import pytest

from curation.snippets.refscore.decide import using


@pytest.fixture(params=["model", "grammar"])
def scorer(request: pytest.FixtureRequest):
    """Each case holds with the learned decision and with the grammar alone (a test that parametrizes `scorer`
    itself overrides this)."""
    if request.param == "grammar":
        with using(None):
            yield
    else:
        yield
