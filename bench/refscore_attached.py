"""How the sets mark the round-29 convention's class (refs-conv29): a bracketed citation right after a noun phrase
that names an earlier exam (`grammar.attached_earlier_exam`).

    PYTHONPATH=. python bench/refscore_attached.py [--sets dev16c ... refs_c ...] [--show]

Per set (the dev sets and the retired blind sets by default): the gold refs of the class, and how many of them the
set marks prior / current. A gold ref is located where the grammar alone mines a ref of the same series and images
(either study); a gold ref the grammar does not mine is not counted. `--show` prints each one marked current (set,
excerpt index, the words before the bracket) so that a dev set's gold can be re-marked by hand.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence

from curation.snippets.grammar import attached_earlier_exam
from curation.snippets.mine import mine_refs_batch
from curation.snippets.refscore.decide import using
from curation.snippets.refscore.sets import RETIRED, load_set, module_of, set_name
from curation.snippets.refscore.train import DEV_SUFFIXES


def attached_gold(excerpts: Sequence) -> list[tuple[int, int, bool]]:
    """(excerpt index, the citation's offset, gold prior flag) of each gold ref of the class."""
    texts = [e.text for e in excerpts]
    with using(None):
        mined = mine_refs_batch(texts, [e.lang for e in excerpts], include_prior=True)
    out = []
    for k, (e, refs) in enumerate(zip(excerpts, mined, strict=True)):
        at: dict[tuple, int] = {}
        for r in refs:
            at.setdefault((r.series_used, r.image_start, r.image_end), r.ref_start)
        for g in e.refs:
            start = at.get((g.series, g.image_start, g.image_end))
            if start is not None and attached_earlier_exam(e.text, start):
                out.append((k, start, bool(g.prior)))
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sets",
        nargs="+",
        default=[*(f"dev16{x}" for x in DEV_SUFFIXES), "dev16ae", "dev16s", *(f"refs_{x}" for x in RETIRED)],
    )
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    totals: Counter = Counter()
    for name in args.sets:
        excerpts = load_set(module_of(name))
        found = attached_gold(excerpts)
        counts = Counter("prior" if prior else "current" for _, _, prior in found)
        kind = "retired" if name.startswith("refs_") else "dev"
        totals[kind, "prior"] += counts["prior"]
        totals[kind, "current"] += counts["current"]
        if found:
            print(f"{set_name(module_of(name)):10s} prior {counts['prior']:3d}  current {counts['current']:3d}")
        if args.show:
            for k, start, prior in found:
                if not prior:
                    text = excerpts[k].text
                    print(f"    current  #{k}: ...{text[max(0, start - 70) : start + 25]!r}")
    for kind in ("dev", "retired"):
        print(f"{kind:10s} prior {totals[kind, 'prior']:3d}  current {totals[kind, 'current']:3d}")


if __name__ == "__main__":
    main()
