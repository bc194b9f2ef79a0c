"""Figures of the rules-only scrubber on the round-4 dev corpus: per-label recall, keep, over-redaction
(reported spans with text outside gold, and letters/digits outside gold among all non-PHI letters/digits).

    PYTHONPATH=. python -m tests.curation.deid.text.dev14d_measure [--b] [--misses]   (--b: the second batch)
"""

from __future__ import annotations

import sys

from curation.deid.text.scrub import scrub_text
from tests.curation.deid.text.corpus_measure import score
from tests.curation.deid.text.dev14d_corpus import DEV14D_B, DEV14D_CORPUS


def char_over_redaction(corpus, outputs) -> tuple[int, int]:
    """(non-PHI letters/digits inside a reported span, all non-PHI letters/digits)."""
    over = total = 0
    for snippet, (spans, _) in zip(corpus, outputs, strict=True):
        gold = {i for s, e, _ in snippet.spans for i in range(s, e)}
        hit = {i for s, e, _ in spans for i in range(s, e)}
        for i, c in enumerate(snippet.text):
            if c.isalnum() and i not in gold:
                total += 1
                over += i in hit
    return over, total


def report(corpus, misses: bool) -> None:
    """Print the rules-only figures of `corpus` (and its misses, lost keep words and false hits)."""
    outputs = []
    for s in corpus:
        r = scrub_text(s.text, s.lang, None, -364, use_spacy=False)
        outputs.append(([(x.start, x.end, x.label) for x in r.spans], r.text))
    fig = score(corpus, outputs)
    over, total = char_over_redaction(corpus, outputs)
    print(f"excerpts {len(corpus)}, spans {sum(fig.total.values())}, keep {fig.keep_total}")
    print(f"recall {fig.recall():.3f} ({sum(fig.found.values())}/{sum(fig.total.values())})")
    print("per label: " + ", ".join(f"{k} {fig.found[k]}/{fig.total[k]}" for k in sorted(fig.total)))
    print(f"keep {fig.keep_rate:.3f} ({fig.keep_total - len(fig.lost)}/{fig.keep_total})")
    print(f"false-hit spans {len(fig.false_hits)} of {fig.reported}; over-redaction (letters) "
          f"{over / max(1, total):.2%} ({over}/{total})")
    if misses:
        for line in (*fig.missed, *fig.lost, *fig.false_hits):
            print("  ", line)


def main() -> None:
    report(DEV14D_B if "--b" in sys.argv else DEV14D_CORPUS, "--misses" in sys.argv)


if __name__ == "__main__":
    main()
