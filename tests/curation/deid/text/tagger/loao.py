"""Leave-one-corpus-out figures of the tagger on the hand-written dev corpora (docs/deid.md, "learned
tagger, round 2"): for each corpus, the model trained on the generated documents and the other corpora, with
the threshold chosen on the other corpora's cross-validated spans, against the rules alone on it.

    PYTHONPATH=. python -m tests.curation.deid.text.tagger.loao [--docs 3000] [--epochs 6] [--seed 14]
        [--marked NAME=MODULE:ATTR ... | --authors] [--packaged] [--misses] [--classes]
        [--dump DIR (--fold NAME ... | --final)] [--combine DIR [--save PATH]]

--packaged: the packaged weights (or --weights PATH) on every corpus instead (no training; an untuned check of
new corpora).
--dump DIR --fold NAME: train only fold NAME (NAME left out) and write its model and judged spans to DIR;
--dump DIR --final: train only the packaged model (every corpus); --combine DIR: the thresholds and the report
from a DIR holding every fold (and --save PATH: the packaged weights, the same as `tagger.train` writes; --at T:
every fold measured at threshold T instead of its own; without --save only the folds dumped in DIR are
measured, so a subset of the folds is enough). The same figures as one run, split over processes.
--classes: the left-out misses, false hits and lost keep words counted by label and shape (no text printed).
Rules only (no spaCy layer), corpus_de_en with its patient dictionary.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from unittest import mock

from curation.deid.text.tagger import hook
from curation.deid.text.tagger.model import TaggerModel
from curation.deid.text.tagger.train import (
    AUTHORS,
    HANDWRITTEN,
    assemble,
    build,
    fold,
    load_marked,
    marked_prepared,
    synth_prepared,
    trained_on,
)
from tests.curation.deid.text.corpus_de_en import PHI_P1, Snippet
from tests.curation.deid.text.corpus_measure import Figures, measure


def figures(docs: Sequence, model: TaggerModel | None) -> Figures:
    """Rules only (model None) or rules + `model` on `docs` (Marked or Snippet items)."""
    snippets = [d if isinstance(d, Snippet) else Snippet(getattr(d, "lang", "de"), d.text, d.spans, d.keep, None)
                for d in docs]
    old = os.environ.get(hook.SETTING)
    os.environ[hook.SETTING] = "off" if model is None else "on"
    try:
        with mock.patch.object(hook, "packaged_model", lambda: model):
            return measure(snippets, {"P1": PHI_P1}, use_spacy=False)
    finally:
        if old is None:
            del os.environ[hook.SETTING]
        else:
            os.environ[hook.SETTING] = old


def snippets_of(specs: Sequence[str]) -> dict[str, list[Snippet]]:
    """The corpora of `specs` as their Snippets (language and patient dictionary kept)."""
    import importlib

    out: dict[str, list[Snippet]] = {}
    for spec in specs:
        name, _, refs = spec.partition("=")
        out[name] = [s for ref in refs.split(",")
                     for s in getattr(importlib.import_module(ref.partition(":")[0]), ref.partition(":")[2])]
    return out


def shape_class(detail: str) -> str:
    """A measure line ("LABEL: 'value' in 'text'", or a lost keep word "'word' -> ...") as its class: label,
    word count and shape (comma form, capitals, digits), never the value itself."""
    label, sep, rest = detail.partition(": ")
    if not sep or not rest.startswith(("'", '"')):
        label, rest = "KEEP", detail
    value = rest[1:rest.index(rest[0], 1)] if rest[:1] in "'\"" and rest.find(rest[0], 1) > 0 else rest
    words = value.split()
    shape = ["1w" if len(words) == 1 else "2w" if len(words) == 2 else "3w+"]
    if "," in value:
        shape.append("comma")
    letters = [c for c in value if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        shape.append("caps")
    if any(c.isdigit() for c in value):
        shape.append("digit")
    return f"{label} {'/'.join(shape)}"


def report(corpora: Mapping[str, list[Snippet]], models: Mapping[str, TaggerModel], misses: bool,
           classes: bool = False) -> None:
    for name, docs in corpora.items():
        off, on = figures(docs, None), figures(docs, models[name])
        print(f"{name:14s} thr {models[name].threshold:7.2f}  recall {off.recall():.3f} -> {on.recall():.3f}  "
              f"keep {off.keep_rate:.3f} -> {on.keep_rate:.3f}  over-redaction {off.over_redaction:.2%} -> "
              f"{on.over_redaction:.2%}  ({len(off.false_hits)}/{off.reported} -> {len(on.false_hits)}/{on.reported})"
              f"  PER {off.found['PERSON']}->{on.found['PERSON']}/{on.total['PERSON']} INST "
              f"{off.found['INSTITUTION']}->{on.found['INSTITUTION']}/{on.total['INSTITUTION']} ADDR "
              f"{off.found['ADDRESS']}->{on.found['ADDRESS']}/{on.total['ADDRESS']}", flush=True)
        if classes:
            for kind, items in (("missed", on.missed), ("false", set(on.false_hits) - set(off.false_hits)),
                                ("lost", set(on.lost) - set(off.lost))):
                counts = Counter(shape_class(x) for x in items)
                print(f"  {kind}: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()), flush=True)
        if misses:
            new_false = sorted(set(on.false_hits) - set(off.false_hits))
            print(*(f"  FALSE {x}" for x in new_false), *(f"  LOST {x}" for x in sorted(set(on.lost) - set(off.lost))),
                  *(f"  FOUND {x}" for x in sorted(set(off.missed) - set(on.missed))), sep="\n")


def dumped(args: argparse.Namespace, specs: Sequence[str]) -> None:
    """--dump: one fold (or the packaged model) trained and written to args.dump."""
    marked = load_marked(specs)
    synth, prepared = synth_prepared(args.docs, args.seed), marked_prepared(marked)
    out = Path(args.dump)
    out.mkdir(parents=True, exist_ok=True)
    if args.final:
        trained_on(list(prepared), synth, prepared, marked, args.docs, args.epochs, args.seed).save(out / "final.npz")
    for name in args.fold or ():
        model, scored = fold(name, synth, prepared, marked, args.docs, args.epochs, args.seed)
        model.save(out / f"{name}.npz")
        (out / f"{name}.json").write_text(json.dumps(scored))


def combined(args: argparse.Namespace, specs: Sequence[str]) -> dict[str, TaggerModel]:
    """--combine: fold thresholds from the dumped judged spans (and the packaged model, with --save)."""
    marked = load_marked(specs)
    src = Path(args.combine)
    folds = {name: TaggerModel.load(src / f"{name}.npz") for name in marked}
    scored = {name: [tuple(x) for x in json.loads((src / f"{name}.json").read_text())] for name in marked}
    final = TaggerModel.load(src / "final.npz") if args.save else TaggerModel.zeros()
    assemble(final, folds, scored, marked, args.docs, args.epochs, args.seed)
    print(f"final threshold {final.threshold} (chosen {final.meta['chosen_threshold']})", flush=True)
    if args.save:
        final.save(Path(args.save))
    return folds


def at_threshold(src: Path, corpora: Mapping[str, list[Snippet]], at: float) -> dict[str, TaggerModel]:
    """--combine DIR --at T (without --save): the folds dumped in DIR, each at threshold T (no fold thresholds
    needed, so a subset of the folds is enough: the folds one can afford on a shared machine)."""
    folds = {name: TaggerModel.load(src / f"{name}.npz") for name in corpora if (src / f"{name}.npz").exists()}
    if not folds:
        raise SystemExit(f"no fold of these corpora in {src}")
    for m in folds.values():
        m.threshold = at
    return folds


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--marked", action="append")
    ap.add_argument("--authors", action="store_true", help="also the retired blind sets (train.AUTHORS, round 4)")
    ap.add_argument("--packaged", action="store_true")
    ap.add_argument("--weights", help="with --packaged: this weights file instead of the packaged one")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--classes", action="store_true")
    ap.add_argument("--dump")
    ap.add_argument("--fold", action="append")
    ap.add_argument("--final", action="store_true")
    ap.add_argument("--combine")
    ap.add_argument("--save")
    ap.add_argument("--at", type=float, help="with --combine: every fold at this threshold (e.g. the packaged floor)")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    specs = args.marked or (*HANDWRITTEN, *(AUTHORS if args.authors else ()))
    if args.dump:
        dumped(args, specs)
        return 0
    corpora = snippets_of(specs)
    if args.packaged:
        model = TaggerModel.load(Path(args.weights)) if args.weights else TaggerModel.load()
        report(corpora, dict.fromkeys(corpora, model), args.misses, args.classes)
        return 0
    if args.combine and args.at is not None and not args.save:
        folds = at_threshold(Path(args.combine), corpora, args.at)
        report({name: corpora[name] for name in folds}, folds, args.misses, args.classes)
        return 0
    if args.combine:
        folds = combined(args, specs)
        for m in folds.values() if args.at is not None else ():
            m.threshold = args.at
        report(corpora, folds, args.misses, args.classes)
        return 0
    built = build(args.docs, args.epochs, args.seed, load_marked(specs), folds=True)
    print(f"final threshold {built.model.threshold}", flush=True)
    report(corpora, built.folds, args.misses, args.classes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
