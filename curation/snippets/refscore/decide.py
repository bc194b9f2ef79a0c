"""The learned decision in mining, behind the setting RADCURATE_REF_SCORER (`model`: the scorer decides over the
grammar's candidates; `grammar`: the grammar alone). Default and the figures behind it: docs/snippets.md, rounds 7
and 8.

Per sentence window that holds a cue (the only windows mining looks at), every group of candidate readings
(`candidates.groups`) keeps its best-scoring reading when that score is above zero (the score of "no reference"),
else none; a kept reading that overlaps one kept before it is dropped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from curation.snippets.grammar import RefSpan
from curation.snippets.refscore.candidates import Reading, groups
from curation.snippets.refscore.features import context_hashes, part_scores, reading_index
from curation.snippets.refscore.model import WEIGHTS, RefModel

SETTING = "RADCURATE_REF_SCORER"
# The default since round 9 (docs/snippets.md, docs/snippets_blind.md): on every blind set (B-J) the model is not
# worse than the grammar and better on E, H, I, J; LOAO over h, i, j and all floor tests allow it; with round 9's
# speed-ups it mines ~5,700-5,800 reports/CPU-s (goal 5,000; the grammar alone ~7,700).
DEFAULT = "model"
_VALUES = ("model", "grammar")
_override: list[RefModel | None] = []


def scorer_setting() -> str:
    value = os.environ.get(SETTING, DEFAULT).strip().lower() or DEFAULT
    if value not in _VALUES:
        raise ValueError(f"{SETTING} must be one of {', '.join(_VALUES)}, not {value!r}")
    return value


@lru_cache(maxsize=1)
def packaged_model() -> RefModel:
    return RefModel.load(WEIGHTS)


def active_model() -> RefModel | None:
    """The model mining uses now: an override (`using`), else the packaged one when the setting says `model`."""
    if _override:
        return _override[-1]
    return packaged_model() if scorer_setting() == "model" else None


@contextmanager
def using(model: RefModel | None) -> Iterator[None]:
    """Mine with `model` (None: the grammar alone) inside the block, whatever the setting says."""
    _override.append(model)
    try:
        yield
    finally:
        _override.pop()


def _group_contexts(text: str, window: tuple[int, int], lang: str, grammar_refs: list[RefSpan]):
    """(readings, context hashes) per group of the window, in text order; the context is that of the group's first
    reading (the grammar's, where there is one), computed once."""
    clause_start = window[0]
    for k, group in enumerate(groups(text, window, grammar_refs)):
        first = group[0].span
        clause = max(clause_start, text.rfind(";", clause_start, first.start) + 1)
        yield group, context_hashes(text, window, first.start, first.end, lang, clause, k)
        clause_start = max(clause_start, max(x.span.end for x in group))


def group_indices(text: str, window: tuple[int, int], lang: str, grammar_refs: list[RefSpan]):
    """(readings, weight indices of each) per group of the window, in text order (what training sees)."""
    return [(group, [reading_index(context, r) for r in group])
            for group, context in _group_contexts(text, window, lang, grammar_refs)]


def decide(text: str, window: tuple[int, int], lang: str, grammar_refs: list[RefSpan],
           model: RefModel) -> list[RefSpan]:
    """The references the model keeps in one window, in text order. A reading's score is the sum of its weights
    (`reading_index`), summed in parts: the context's per (grammar or not, study), once per group, and its own. The
    best reading replaces the grammar's choice (its own unflipped reading, else none, scoring 0) only when it scores
    more than `model.trust` above it (the larger of it and `model.trust_study` where the best reading, the grammar's or
the generator's, has the other study than the grammar's; 0: the best reading above 0 wins, none on a tie)."""
    kept: list[RefSpan] = []
    for group, context in _group_contexts(text, window, lang, grammar_refs):
        parts = part_scores(context, model.weights)
        best: Reading | None = None
        best_score = 0.0
        default: Reading | None = None
        default_score = 0.0
        for reading in group:
            s = parts[reading.source == "grammar", reading.span.prior] + model.reading_score(reading)
            if reading.source == "grammar" and not reading.flipped:
                default, default_score = reading, s
            if s > best_score:
                best, best_score = reading, s
        other_study = best is not None and default is not None and best.span.prior != default.span.prior
        margin = max(model.trust, model.trust_study) if other_study else model.trust
        if margin > 0 and best is not default and best_score <= default_score + margin:
            best = default
        if best is not None and not any(best.span.start < r.end and r.start < best.span.end for r in kept):
            kept.append(best.span)
    return sorted(kept, key=lambda r: r.start)
