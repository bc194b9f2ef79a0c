"""Developer tool (DEV sets only): every lost keep-term and every false-hit span of the rules, with the rule
that produced it, so that over-redaction can be fixed by class at its rule.

    PYTHONPATH=. python -m tests.curation.deid.text.keep_misses [--figures [--tagger]] [CORPUS ...]

Corpora: the dev sets tests/dev14x, dev14w, dev14v, dev14u, dev14t and the dev corpora under
tests/curation/deid/text (never a held-out set: their misses must not be read). Rules only (tagger off, no
spaCy). A line is "KIND CORPUS RULE(S) LABEL 'span' | context", KIND LOST (a keep-term the output lost) or
FALSE (a reported span with text outside every marked PHI span). `--figures` prints one aggregate line per
corpus instead (`--tagger`: with the learned tagger on, the default setting).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable

import curation.deid.text.rules as rules_module
import curation.deid.text.scrub as scrub_module
from curation.deid.text.scrub import scrub_text
from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_measure import score
from tests.dev14t.measure import with_tagger

# The rule functions rule_hits calls, by the name it imports them under.
_RULES = ("person_hits", "name_line_hits", "table_hits", "contact_hits", "unannounced_hits", "place_hits",
          "address_field_hits", "facility_hits", "known_site_hits", "outside_site_hits", "town_hits", "block_hits",
          "address_unit_hits", "propagated_hits", "gated_hits")


def dev_corpora() -> dict[str, tuple[Snippet, ...]]:
    from tests.curation.deid.text import (
        dev14d_corpus,
        dev14e_corpus,
        dev14f_corpus,
        dev_classes_corpus,
        dev_structure_corpus,
    )
    from tests.dev14t.corpus import DEV as DEV14T
    from tests.dev14u.corpus import BATCHES as U
    from tests.dev14v.corpus import BATCHES as V
    from tests.dev14w.corpus import BATCHES as W
    from tests.dev14x.corpus import BATCHES as X

    corpora = {"dev14x": tuple(s for b in X.values() for s in b), "dev14w": tuple(s for b in W.values() for s in b),
               "dev14v": tuple(s for b in V.values() for s in b), "dev14u": tuple(s for b in U.values() for s in b),
               "dev14t": tuple(DEV14T), "dev_classes": dev_classes_corpus.DEV_CORPUS,
               "dev_structure": dev_structure_corpus.DEV_STRUCTURE_CORPUS,
               "dev14d": dev14d_corpus.DEV14D_CORPUS + dev14d_corpus.DEV14D_B,
               "dev14e": dev14e_corpus.DEV14E_CORPUS + dev14e_corpus.DEV14E_B,
               "dev14f": dev14f_corpus.DEV14F_CORPUS + dev14f_corpus.DEV14F_B + dev14f_corpus.DEV14F_C}
    return {k: tuple(s for s in v if s.phi is None) for k, v in corpora.items()}


class _Recorder:
    """Wraps the rule functions rule_hits calls (and find_dates) and records which produced each span."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int, str]] = []

    def wrap(self, name: str, fn: Callable) -> Callable:
        def wrapped(*args, **kwargs):
            out = fn(*args, **kwargs)
            if name == "find_dates":
                self.spans.extend((d.start, d.end, "dates") for d in out)
                return out
            out = list(out)
            tag = f"{name}:{out[0].source}" if out and name == "gated_hits" else name
            self.spans.extend((h.start, h.end, tag if name != "gated_hits" else f"{h.label.lower()}_rule")
                              for h in out)
            return out
        return wrapped

    def producers(self, start: int, end: int) -> str:
        names = sorted({n for s, e, n in self.spans if s < end and e > start})
        return "+".join(names) or "?"


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - 40):end + 40].replace("\n", "⏎")


def details(name: str, corpus: tuple[Snippet, ...]) -> list[str]:
    rec = _Recorder()
    saved = {n: getattr(rules_module, n) for n in _RULES}
    saved_dates = scrub_module.find_dates
    lines: list[str] = []
    try:
        for n, fn in saved.items():
            setattr(rules_module, n, rec.wrap(n, fn))
        scrub_module.find_dates = rec.wrap("find_dates", saved_dates)
        for s in corpus:
            rec.spans.clear()
            result = with_tagger(False, lambda s=s: scrub_text(s.text, s.lang, None, -364, use_spacy=False))
            for sp in result.spans:
                if any(s.text[i].isalnum() and not any(a <= i < b for a, b, _ in s.spans)
                       for i in range(sp.start, sp.end)):
                    lines.append(f"FALSE {name} {rec.producers(sp.start, sp.end)} {sp.label} "
                                 f"{s.text[sp.start:sp.end]!r} | {_context(s.text, sp.start, sp.end)}")
            for word in s.keep:
                if result.text.count(word) < s.text.count(word):
                    i = s.text.find(word)
                    hit = [sp for sp in result.spans if sp.start < i + len(word) and sp.end > i]
                    who = rec.producers(hit[0].start, hit[0].end) if hit else "?"
                    lines.append(f"LOST {name} {who} {word!r} | {_context(s.text, i, i + len(word))}")
    finally:
        for n, fn in saved.items():
            setattr(rules_module, n, fn)
        scrub_module.find_dates = saved_dates
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*")
    parser.add_argument("--figures", action="store_true")
    parser.add_argument("--tagger", action="store_true")
    args = parser.parse_args(argv)
    corpora = dev_corpora()
    names = args.corpora or list(corpora)
    unknown = sorted(set(names) - set(corpora))
    if unknown:
        raise SystemExit(f"unknown corpus {', '.join(unknown)}; dev corpora: {', '.join(corpora)}")
    tally: Counter = Counter()
    for name in names:
        if args.figures:
            outputs = []
            for s in corpora[name]:
                r = with_tagger(args.tagger, lambda s=s: scrub_text(s.text, s.lang, None, -364, use_spacy=False))
                outputs.append(([(p.start, p.end, p.label) for p in r.spans], r.text))
            print(f"{name}: {score(corpora[name], outputs).line()}")
            continue
        for line in details(name, corpora[name]):
            print(line)
            tally[" ".join(line.split()[:3:2])] += 1
    for key, n in tally.most_common():
        print(f"# {n:3d} {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
