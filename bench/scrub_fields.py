"""Throughput cost of the label-value field layer (round 9: DICOM dumps, HL7 segments, header labels):
scrub_text rules only (no spaCy, tagger as configured) with the layer switched off (its functions replaced by
no-ops in rules.py / keep.py) against on, interleaved rounds, best round on process CPU time (one core).

Two text sets: bench/scrub.py's synthetic-export reports (~1 kB, running text: what the layer's gates cost on
text without labels) and the dev14x corpus (documents as exported: RIS/HIS headers, DICOM dumps, HL7).

    PYTHONPATH=. .venv/bin/python bench/scrub_fields.py [--n 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
from contextlib import contextmanager

import curation.deid.text.keep as keep
import curation.deid.text.rules as rules
from bench.scrub import corpus, rate
from curation.deid.text.scrub import scrub_text
from tests.dev14x.corpus import BATCHES

_OFF = {rules: {"dump_fields": lambda text: ((), ()), "hl7_hits": lambda text: [],
                "label_hits": lambda text, lowered: [], "ended_at_fields": lambda text, hits: hits},
        keep: {"dump_fields": lambda text: ((), ()), "label_keeps": lambda text: []}}


@contextmanager
def layer(on: bool):
    saved = {mod: {name: getattr(mod, name) for name in names} for mod, names in _OFF.items()}
    if not on:
        for mod, names in _OFF.items():
            for name, fn in names.items():
                setattr(mod, name, fn)
    try:
        yield
    finally:
        for mod, names in saved.items():
            for name, fn in names.items():
                setattr(mod, name, fn)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    sets = {"synthetic reports": [(t, lang) for t, lang, _ in corpus(args.n)],
            "dev14x exports": [(s.text, s.lang) for b in BATCHES.values() for s in b]}
    for name, items in sets.items():
        scrub_text(items[0][0], items[0][1], use_spacy=False)  # warm caches
        best = {"off": 0.0, "on": 0.0}
        for _ in range(max(1, args.rounds)):
            for leg in ("off", "on"):
                with layer(leg == "on"):
                    best[leg] = max(best[leg], rate(lambda it: scrub_text(it[0], it[1], use_spacy=False), items))
        chars = sum(len(t) for t, _ in items) / len(items)
        print(f"{name}: {len(items)} texts, mean {chars:.0f} characters; field layer off {best['off']:.1f}, "
              f"on {best['on']:.1f} texts/s per core ({best['on'] / best['off'] - 1:+.1%})")


if __name__ == "__main__":
    main()
