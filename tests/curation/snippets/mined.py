"""What the rounds' class tests compare: the mined rows of a text (conftest.py's `scorer` runs a case under both
decisions)."""

from __future__ import annotations

from curation.snippets.mine import mine_refs


def rows(text: str, lang: str = "de") -> list[tuple[int | None, int, int, bool]]:
    """(series, or the series the reference inherits; first image; last image; prior study) per mined reference,
    prior-study references included, with the active decision."""
    return [(r.series if r.series is not None else r.context_series, r.image_start, r.image_end, r.prior_study)
            for r in mine_refs(text, lang, include_prior=True)]

