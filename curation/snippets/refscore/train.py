"""Build the scorer's weights from the labelled dev sets: `python -m curation.snippets.refscore.train`.

Training data: every uppercase list of marked excerpts (`tests/curation/snippets/dev16c.py` markup: text, lang and
refs with series, image range and prior flag) in the modules named by `--sets` (default `SETS`). Each group of
candidate readings is labelled with its correct readings: those whose every image is a gold ref of the excerpt
(same image range and study; the same series, or none written where the gold series is inherited), the ones that
cover the most images; a group with none is labelled "no reference". An averaged structured perceptron (one
update per group where the best-scoring reading, or none, is not a correct one) learns the weights; the order of
groups per epoch is a seeded permutation, so one config gives the same weights bit for bit.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from curation.snippets.mine import grammar_windows
from curation.snippets.refscore.candidates import EXTRA_CUES
from curation.snippets.refscore.decide import group_indices
from curation.snippets.refscore.features import DIM
from curation.snippets.refscore.model import WEIGHTS, RefModel

SETS = tuple(f"tests.curation.snippets.dev16{x}" for x in "cdefg")
EPOCHS = 8
SEED = 0


@dataclass(frozen=True)
class Example:
    """One group: the weight indices of each reading, and which readings are correct (none: `correct` empty)."""

    indices: tuple[np.ndarray, ...]
    correct: frozenset[int]


def load_set(module: str) -> list:
    """The marked excerpts of one dev-set module (each once, in attribute-name order)."""
    mod = importlib.import_module(module)
    seen: dict[int, object] = {}
    for name in sorted(n for n in dir(mod) if n.isupper()):
        value = getattr(mod, name)
        if isinstance(value, list) and value and all(hasattr(x, "refs") and hasattr(x, "text") for x in value):
            for x in value:
                seen.setdefault(id(x), x)
    if not seen:
        raise ValueError(f"{module} holds no list of marked excerpts")
    return list(seen.values())


def _correct(group, gold: Counter) -> frozenset[int]:
    cover = {}
    for k, reading in enumerate(group):
        span = reading.span
        if all(any(g[1:] == (a, b, span.prior) and (span.series is None or g[0] == span.series) for g in gold)
               for a, b in span.images):
            cover[k] = len(span.images)
    best = max(cover.values(), default=0)
    return frozenset(k for k, n in cover.items() if n == best)


def examples(excerpts: Sequence) -> list[Example]:
    """The labelled groups of the excerpts' cue windows."""
    out: list[Example] = []
    texts = [e.text for e in excerpts]
    mined = grammar_windows(texts, [e.lang for e in excerpts], extra_cues=EXTRA_CUES)
    for ex, windows in zip(excerpts, mined, strict=True):
        gold = Counter((r.series, r.image_start, r.image_end, r.prior) for r in ex.refs)
        for window, lang, refs in windows:
            for group, indices in group_indices(ex.text, window, lang, refs):
                out.append(Example(tuple(indices), _correct(group, gold)))
    return out


def train(data: Sequence[Example], epochs: int = EPOCHS, seed: int = SEED) -> RefModel:
    """Averaged structured perceptron; "no reference" scores 0."""
    w = np.zeros(DIM)
    u = np.zeros(DIM)
    c = 1.0
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        for j in rng.permutation(len(data)):
            ex = data[j]
            scores = [float(w[idx].sum()) for idx in ex.indices]
            best = int(np.argmax(scores)) if scores and max(scores) > 0 else -1
            right = best in ex.correct if ex.correct else best < 0
            if not right:
                if ex.correct:
                    target = max(ex.correct, key=lambda k: (scores[k], -k))
                    np.add.at(w, ex.indices[target], 1.0)
                    np.add.at(u, ex.indices[target], c)
                if best >= 0:
                    np.add.at(w, ex.indices[best], -1.0)
                    np.add.at(u, ex.indices[best], -c)
            c += 1
    return RefModel((w - u / c).astype(np.float32), config=f"epochs={epochs} seed={seed}")


def build(sets: Sequence[str] = SETS, epochs: int = EPOCHS, seed: int = SEED) -> RefModel:
    data = [x for name in sets for x in examples(load_set(name))]
    model = train(data, epochs, seed)
    return RefModel(model.weights, config=f"{model.config} sets={','.join(sets)}")


def weights_digest(model: RefModel) -> str:
    return hashlib.sha256(model.weights.tobytes()).hexdigest()[:16]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    model = build(args.sets, args.epochs, args.seed)
    model.save(args.out)
    print(f"{args.out}: {np.count_nonzero(model.weights)} weights, digest {weights_digest(model)} ({model.config})")


if __name__ == "__main__":
    main()
