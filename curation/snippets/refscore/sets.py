"""The scorer's labelled training sets: the dev sets and the retired blind held-out sets, as one kind of excerpt.

A dev set (`tests/curation/snippets/dev16c.py` markup) is a module of uppercase lists of marked excerpts (text,
lang, refs with series, image range, prior flag). A retired blind set (`tests/heldout_refs_<x>/refs_corpus.py`,
parsed by refs C's `_excerpt`: gold refs with series, image range, prior_study, snippet; confounders) carries the
same facts; `load_set` turns its `EXCERPTS` into the dev sets' form (`TrainExcerpt`), so train.SETS can name both.

Only the blind sets whose miss classes already went to fix rounds (`RETIRED`: c..z, aa..ai; u, v and w since round
23, x since round 24, z since round 25, y since round 26, ab since round 27, aa and ac since round 28a, ad and ae since
round 28b, af and ag since round 30, ah and ai since round 31) may be read;
every other set (the first blind set, any set written later) is refused, so no training or leave-one-out run can read
them.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

DEV_PREFIX = "tests.curation.snippets.dev16"
# Blind held-out ref sets (one author each) whose misses went to fix rounds 10-20: no longer evidence, training data
# (p and r went to round 20; s and t were retired by the lead before round 21; u, v and w were retired with round 23;
# x with round 24; z with round 25, whose classes its misses named; y with round 26; ab with round 27; aa and ac with
# round 28a; ad and ae with round 28b; af and ag with round 30; ah and ai with round 31). Names, not letters: a set past z has two ("ab").
RETIRED: tuple[str, ...] = (*"cdefghijklmnopqrstuvwxyz", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai")
_HELDOUT = re.compile(r"tests\.heldout_refs_(\w+)\.refs_corpus")


@dataclass(frozen=True)
class TrainRef:
    """One gold reference: the series the resolver uses (None: none), image range, prior study, snippet, plane."""

    series: int | None
    image_start: int
    image_end: int
    prior: bool
    snippet: str | None
    plane: str | None = None


@dataclass(frozen=True)
class TrainExcerpt:
    lang: str
    text: str
    refs: tuple[TrainRef, ...]


def retired_module(letter: str) -> str:
    """The module of retired blind set `letter` ("c" -> tests.heldout_refs_c.refs_corpus); others are refused."""
    if letter not in RETIRED:
        raise ValueError(f"heldout_refs_{letter} is not a retired blind set (allowed: {', '.join(RETIRED)})")
    return f"tests.heldout_refs_{letter}.refs_corpus"


def module_of(name: str) -> str:
    """A set's module from its short name: "c" or "dev16c" (a dev set), "refs_c" (a retired blind set)."""
    if name.startswith("refs_"):
        return retired_module(name.removeprefix("refs_"))
    if name.startswith("tests."):
        return name
    return DEV_PREFIX + name.removeprefix("dev16")


def set_name(module: str) -> str:
    """The short name of a set's module: "dev16c", "refs_c"."""
    m = _HELDOUT.fullmatch(module)
    return f"refs_{m.group(1)}" if m else module.rsplit(".", 1)[-1]


def load_set(module: str, trained_only: bool = False) -> list:
    """The marked excerpts of one set module (a dev set, each once in attribute-name order; or a retired blind set,
    its `EXCERPTS` in order, as `TrainExcerpt`). `trained_only` (round 27): without the dev set's lists named in its
    `UNTRAINED` (measured, never trained on: a class that a rule decides and whose excerpts moved other sets' learned
    margins). Round 28a: a dev set whose every list is untrained gives no training excerpt (an empty list)."""
    m = _HELDOUT.fullmatch(module)
    if m is not None:
        return retired_excerpts(importlib.import_module(retired_module(m.group(1))).EXCERPTS)
    if module.startswith("tests.heldout"):
        raise ValueError(f"{module} is a held-out set, not a training set")
    mod = importlib.import_module(module)
    seen: dict[int, object] = {}
    skip = frozenset(getattr(mod, "UNTRAINED", ())) if trained_only else frozenset()
    for name in sorted(n for n in dir(mod) if n.isupper() and n not in skip):
        value = getattr(mod, name)
        if isinstance(value, list) and value and all(hasattr(x, "refs") and hasattr(x, "text") for x in value):
            for x in value:
                seen.setdefault(id(x), x)
    if not seen and not skip:
        raise ValueError(f"{module} holds no list of marked excerpts")
    return list(seen.values())


def retired_excerpts(excerpts: Sequence) -> list[TrainExcerpt]:
    """Blind-set excerpts (refs C's `Excerpt`: gold refs with `prior_study` and a snippet) as training excerpts.
    Confounder-only excerpts stay (no refs): they teach "no reference"."""
    out = []
    for e in excerpts:
        refs = tuple(TrainRef(g.series, g.image_start, g.image_end, bool(g.prior_study), g.snippet or None)
                     for g in e.refs)
        out.append(TrainExcerpt(e.lang, e.text, refs))
    if not out:
        raise ValueError("no excerpts")
    return out
