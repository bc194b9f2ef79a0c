"""Where the learned reference decision's left-out errors come from (round 29): candidate recall and the error split.

    PYTHONPATH=. python bench/refscore_oracle.py [--folds refs_w ... refs_ae] [--retired-model] [--examples N]

Per set (one author each): the packaged model (trained on the dev sets only, so every retired set is a left-out
fold for it; `--retired-model`: one fold model per set trained on the dev sets + every OTHER retired set) and an
ORACLE decision that keeps, in each group of candidate readings (`candidates.groups`), a reading that is correct
for the gold refs (`train._correct`, the training labels; the grammar's own reading where it is one of them), else
none. The oracle runs through the whole miner (the same windows, post-rules, series resolution), so a gold ref it
misses is one no scorer over these candidates can find. The model's errors split into
  (a) fn the oracle misses too: the gold reading is not among the candidates (or the miner's later steps lose it),
  (b) fn the oracle finds: the reading is there but the model chose another or none,
  (c) fp: false hits the model kept, split into those the oracle keeps too (no group choice avoids them: whole-text
      passes, series resolution) and those of the model's own choice.
Each (a) miss gets a class: `series` (the candidates hold its images and study with another series only), `study`
(its series and images with the other study only), `images` (no reading of its images at all), counted over the
candidates and the oracle's mined refs (the whole-text passes: tables, bullets), and a shape: how
its image number is written where it stands in the text (`shape`). Reads tests/ sets (dev sets, retired sets).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import curation.snippets.mine as mine_module
from curation.snippets.grammar import RefSpan, series_mentions
from curation.snippets.mine import as_mined, grammar_windows, mine_refs_batch
from curation.snippets.refscore.candidates import EXTRA_CUES, IMAGE_WORDS, SERIES_WORDS, groups
from curation.snippets.refscore.decide import packaged_model, using
from curation.snippets.refscore.model import RefModel
from curation.snippets.refscore.sets import RETIRED, load_set, module_of
from curation.snippets.refscore.train import _correct

Key = tuple  # (series, image_start, image_end, prior)


def gold_key(ref) -> Key:
    return ref.series, ref.image_start, ref.image_end, ref.prior


def mined_key(ref) -> Key:
    return ref.series_used, ref.image_start, ref.image_end, ref.prior_study


def _oracle_decide(gold_of: dict[str, Counter]) -> Callable[..., list[RefSpan]]:
    """A `decide` that keeps per group a reading correct for `gold_of[text]` (the grammar's own first), else none."""

    def decide(text: str, window: tuple[int, int], lang: str, refs: list[RefSpan], model: RefModel) -> list[RefSpan]:
        gold = gold_of.get(text, Counter())
        mentions = sorted(set(series_mentions(text)) | {(r.start, r.series) for r in refs if r.series is not None})
        kept: list[RefSpan] = []
        for group in groups(text, window, refs):
            right = _correct(group, gold, mentions)
            if not right:
                continue
            best = group[min(right)]  # the group's own reading (index 0: the grammar's, unflipped) where right
            if not any(best.span.start < r.end and r.start < best.span.end for r in kept):
                kept.append(best.span)
        return sorted(kept, key=lambda r: r.start)

    return decide


@contextmanager
def oracle(excerpts: Sequence) -> Iterator[None]:
    """Mine with the oracle decision for `excerpts`' gold refs inside the block."""
    gold_of = {as_mined(e.text): Counter(gold_key(r) for r in e.refs) for e in excerpts}
    saved = mine_module.decide
    mine_module.decide = _oracle_decide(gold_of)
    try:
        with using(packaged_model()):  # any model: mining then asks `decide` and scans the extra cues
            yield
    finally:
        mine_module.decide = saved


def candidate_keys(text: str, lang: str) -> set[tuple[int | None, int, int, bool]]:
    """(series or None, image_start, image_end, prior) of every candidate reading of the text's cue windows."""
    out = set()
    mined = as_mined(text)
    for window, _, refs in grammar_windows([mined], [lang], extra_cues=EXTRA_CUES)[0]:
        for group in groups(mined, window, refs):
            for reading in group:
                for a, b in reading.span.images:
                    out.add((reading.span.series, a, b, reading.span.prior))
    return out


def miss_class(gold: Key, candidates: set[tuple]) -> str:
    """Why no candidate reads `gold`: `series` (its images and study with another series only), `study` (its images
    with the other study only), `images` (no reading of its images at all); `present` where one reads it (its series
    or none, its images and study: the miner's later steps lost it)."""
    series, a, b, prior = gold
    same = [c for c in candidates if c[1:3] == (a, b)]
    if any(c[3] == prior and c[0] in (series, None) for c in same):
        return "present"
    if any(c[3] == prior for c in same):
        return "series"
    return "study" if same else "images"


_IMAGE = "|".join(sorted(IMAGE_WORDS, key=len, reverse=True))
_SERIES = "|".join(sorted(SERIES_WORDS, key=len, reverse=True))
SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("series+image words", re.compile(rf"(?i)\b(?:{_SERIES})\b\.?[^\n()\[\]]{{0,30}}\b(?:{_IMAGE})\b\.?\s*[:#]?\s*$")),
    ("image word/pair", re.compile(rf"(?i)\b(?:{_IMAGE})\b\.?\s*[:#]?\s*(?:\d{{1,4}}\s*[/:]\s*)?$")),
    ("bare pair", re.compile(r"\d{1,4}\s*[/:#-]\s*$")),
    ("image word glued", re.compile(rf"(?i)(?:{_IMAGE})\.?$")),
)


def shape(text: str, image: int) -> str:
    """How the image number `image` is written where it stands (its first occurrence as a whole number whose words
    before it name an image, else its first occurrence): `SHAPES`' name, `other`, or `not written` (no such number:
    a spoken or otherwise rewritten one)."""
    spots = [m.start() for m in re.finditer(rf"(?<!\d){image}(?!\d)", as_mined(text))]
    if not spots:
        return "not written"
    mined = as_mined(text)
    named = [(name, pos) for pos in spots for name, p in SHAPES if p.search(mined, max(0, pos - 40), pos)]
    return min(named, key=lambda x: [n for n, _ in SHAPES].index(x[0]))[0] if named else "other"


@dataclass
class Split:
    """One fold's counts: model tp / fp / fn, oracle tp / fp / fn, the error split and the miss classes."""

    model: Counter
    oracle: Counter
    classes: Counter  # (a)-miss class
    shapes: Counter  # (a)-miss shape
    examples: list[str]


def split(excerpts: Sequence, model: RefModel, keep: int = 0) -> Split:
    """The error split of `model` on `excerpts` (see the module docstring); `keep`: how many (a) misses to quote."""
    texts, langs = [e.text for e in excerpts], [e.lang for e in excerpts]
    with using(model):
        got = mine_refs_batch(texts, langs, include_prior=True)
    with oracle(excerpts):
        best = mine_refs_batch(texts, langs, include_prior=True)
    m, o, classes, shapes = Counter(), Counter(), Counter(), Counter()
    quoted: list[str] = []
    for ex, mined, ideal in zip(excerpts, got, best, strict=True):
        want = Counter(gold_key(r) for r in ex.refs)
        have, reach = Counter(mined_key(r) for r in mined), Counter(mined_key(r) for r in ideal)
        for counts, found in ((m, have), (o, reach)):
            hit = want & found
            counts["tp"] += sum(hit.values())
            counts["fp"] += sum((found - want).values())
            counts["fn"] += sum((want - found).values())
        missed = want - have
        unreachable = missed & (want - reach)
        m["a"] += sum(unreachable.values())
        m["b"] += sum(missed.values()) - sum(unreachable.values())
        # study flips: a missed gold ref mined with the other study (one (b) or (a) miss and one (c) false hit)
        m["flips"] += sum(min(n, have[(*k[:3], not k[3])]) for k, n in missed.items())
        false = have - want
        m["c"] += sum(false.values())
        m["c_oracle_too"] += sum((false & (reach - want)).values())
        for tag, keys in (("(b)", missed - unreachable), ("(c)", false)):
            if keys and len(quoted) < keep:
                quoted.append(
                    f"{tag} {sorted(keys.elements(), key=str)} got {sorted(have.elements(), key=str)}: "
                    f"{ex.text[:300]!r}"
                )
        if unreachable:
            cands = candidate_keys(ex.text, ex.lang) | set(reach)  # with the whole-text passes' readings
            for key, n in unreachable.items():
                cls, form = miss_class(key, cands), shape(ex.text, key[1])
                classes[cls] += n
                shapes[form] += n
                if len(quoted) < keep:
                    quoted.append(f"{cls:8} {form:18} {key}: {ex.text[:200]!r}")
    return Split(m, o, classes, shapes, quoted)


def _line(name: str, s: Split) -> str:
    m, o = s.model, s.oracle
    return (
        f"{name:>8} model {m['tp']}/{m['fp']}/{m['fn']} oracle {o['tp']}/{o['fp']}/{o['fn']} | "
        f"(a) {m['a']} (b) {m['b']} (c) {m['c']} [oracle too {m['c_oracle_too']}] flips {m['flips']} | "
        + " ".join(f"{k} {v}" for k, v in sorted(s.classes.items()))
        + " | "
        + " ".join(f"{k}: {v}" for k, v in s.shapes.most_common())
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", nargs="+", default=[f"refs_{x}" for x in RETIRED[RETIRED.index("w") :]])
    parser.add_argument(
        "--retired-model",
        action="store_true",
        help="per fold a model trained on the dev sets + every other retired set",
    )
    parser.add_argument(
        "--examples", type=int, default=0, help="errors to quote per fold ((a) with class and shape, (b), (c))"
    )
    args = parser.parse_args(argv)
    total = Split(Counter(), Counter(), Counter(), Counter(), [])
    for fold in args.folds:
        model = packaged_model()
        if args.retired_model:
            from curation.snippets.refscore.train import RETIRED_SETS, SETS, build

            model = build([*SETS, *(s for s in RETIRED_SETS if s != module_of(fold))])
        s = split(load_set(module_of(fold)), model, args.examples)
        print(_line(fold, s), flush=True)
        for line in s.examples:
            print("    ", line)
        for into, add in (
            (total.model, s.model),
            (total.oracle, s.oracle),
            (total.classes, s.classes),
            (total.shapes, s.shapes),
        ):
            into.update(add)
    print(_line("all", total))


if __name__ == "__main__":
    main()
