"""Span recall and keep-word survival of the text scrubber on the project's own DE/EN corpus.

Thresholds: names, dates and ids are the identifiers reports carry most and the ones a reader could
re-identify a patient from directly, so recall on them must be >= 0.98 (on this corpus of ~60
snippets that allows at most one missed span of those labels); all labels together >= 0.95. Keep words
are clinical content the datasets need: a lost eponym or image reference breaks snippet mining, so
survival must be 100%.
"""

from __future__ import annotations

from collections import Counter

import pytest

from curation.deid.text.scrub import scrub_text
from tests.curation.deid.text.corpus_de_en import CORPUS, PHI_P1

STRICT_LABELS = ("PERSON", "DATE", "ID")


def _covered(snippet_spans, found) -> list[bool]:
    hits = []
    for start, end, _ in snippet_spans:
        chars = [i for i in range(start, end) if CORPUS_TEXT[0][i].isalnum()]
        hits.append(all(any(s.start <= i < s.end for s in found) for i in chars))
    return hits


CORPUS_TEXT: list[str] = [""]


def measure(shift: int | None = -364) -> tuple[Counter, Counter, list[str], list[str]]:
    found_by_label: Counter = Counter()
    total_by_label: Counter = Counter()
    missed: list[str] = []
    lost: list[str] = []
    for snippet in CORPUS:
        result = scrub_text(snippet.text, snippet.lang, PHI_P1 if snippet.phi else None, shift)
        CORPUS_TEXT[0] = snippet.text
        for (start, end, label), ok in zip(snippet.spans, _covered(snippet.spans, result.spans), strict=True):
            total_by_label[label] += 1
            found_by_label[label] += ok
            if not ok:
                missed.append(f"{label}: {snippet.text[start:end]}")
        for word in snippet.keep:
            if result.text.count(word) < snippet.text.count(word):
                lost.append(word)
    return found_by_label, total_by_label, missed, lost


@pytest.fixture(scope="module")
def figures():
    return measure()


def test_corpus_size():
    assert len(CORPUS) >= 60
    assert {s.lang for s in CORPUS} == {"de", "en"}
    assert sum(len(s.spans) for s in CORPUS) >= 90


def test_recall_on_names_dates_ids(figures):
    found, total, missed, _ = figures
    strict = sum(found[label] for label in STRICT_LABELS) / sum(total[label] for label in STRICT_LABELS)
    print(f"recall PERSON/DATE/ID {strict:.3f}; per label", {k: f"{found[k]}/{total[k]}" for k in total})
    assert strict >= 0.98, missed


def test_recall_all_labels(figures):
    found, total, missed, _ = figures
    assert sum(found.values()) / sum(total.values()) >= 0.95, missed


def test_keep_words_survive(figures):
    _, _, _, lost = figures
    assert lost == []
