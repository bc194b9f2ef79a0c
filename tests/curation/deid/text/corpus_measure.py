"""Span recall and keep-word survival of the text scrubber on a marked corpus (shared by both corpus tests).

A PHI span counts as found only when every letter and digit of it lies inside a span the scrubber
reports (a half-scrubbed name still identifies). A keep word is lost when the scrubbed text holds it
fewer times than the input. A false hit is a reported span with a letter or digit outside every marked
PHI span (over-scrubbing that the keep words do not catch); over-redaction is the share of reported spans
that are false hits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from curation.deid.text.scrub import scrub_text
from curation.vault import PatientPhi
from tests.curation.deid.text.corpus_de_en import Snippet

STRICT_LABELS = ("PERSON", "DATE", "ID")


@dataclass(frozen=True)
class Figures:
    found: Counter
    total: Counter
    missed: tuple[str, ...]
    lost: tuple[str, ...]
    keep_total: int
    false_hits: tuple[str, ...] = ()
    reported: int = 0

    @property
    def over_redaction(self) -> float:
        return len(self.false_hits) / max(1, self.reported)

    def recall(self, labels: Iterable[str] | None = None) -> float:
        keys = list(labels) if labels is not None else list(self.total)
        return sum(self.found[k] for k in keys) / max(1, sum(self.total[k] for k in keys))

    @property
    def keep_rate(self) -> float:
        return 1 - len(self.lost) / max(1, self.keep_total)

    def details(self) -> list[str]:
        """One line per missed span, lost keep-term and false hit (dev sets only: never print a held-out set's)."""
        return ([f"MISS {m}" for m in self.missed] + [f"LOST {k}" for k in self.lost]
                + [f"FALSE {f}" for f in self.false_hits])

    def line(self) -> str:
        per = {k: f"{self.found[k]}/{self.total[k]}" for k in sorted(self.total)}
        return (f"recall PERSON/DATE/ID {self.recall(STRICT_LABELS):.3f}, all {self.recall():.3f}, "
                f"keep {self.keep_rate:.3f} ({self.keep_total - len(self.lost)}/{self.keep_total}), "
                f"false hits {len(self.false_hits)} of {self.reported} spans ({self.over_redaction:.1%}); {per}")


def measure(corpus: Iterable[Snippet], phi: Mapping[str, PatientPhi], shift: int | None = -364, *,
            use_spacy: bool = True) -> Figures:
    corpus = list(corpus)
    outputs = []
    for snippet in corpus:
        result = scrub_text(snippet.text, snippet.lang, phi[snippet.phi] if snippet.phi else None, shift,
                            use_spacy=use_spacy)
        outputs.append(([(s.start, s.end, s.label) for s in result.spans], result.text))
    return score(corpus, outputs)


def score(corpus: Sequence[Snippet], outputs: Sequence[tuple[Sequence[tuple[int, int, str]], str]]) -> Figures:
    """Figures of any scrubber: `outputs[i]` is (reported spans as (start, end, label), output text) for
    `corpus[i]` (bench/deid_text_peers.py scores the peers with it)."""
    found: Counter = Counter()
    total: Counter = Counter()
    missed: list[str] = []
    lost: list[str] = []
    keep_total = 0
    false_hits: list[str] = []
    reported = 0
    for snippet, (spans, text_out) in zip(corpus, outputs, strict=True):
        for start, end, label in snippet.spans:
            chars = [i for i in range(start, end) if snippet.text[i].isalnum()]
            ok = all(any(s <= i < e for s, e, _ in spans) for i in chars)
            total[label] += 1
            found[label] += ok
            if not ok:
                missed.append(f"{label}: {snippet.text[start:end]!r} in {snippet.text!r}")
        reported += len(spans)
        for s, e, label in spans:
            if any(snippet.text[i].isalnum() and not any(a <= i < b for a, b, _ in snippet.spans)
                   for i in range(s, e)):
                false_hits.append(f"{label}: {snippet.text[s:e]!r} in {snippet.text!r}")
        for word in snippet.keep:
            keep_total += 1
            if text_out.count(word) < snippet.text.count(word):
                lost.append(f"{word!r} -> {text_out!r}")
    return Figures(found, total, tuple(missed), tuple(lost), keep_total, tuple(false_hits), reported)
