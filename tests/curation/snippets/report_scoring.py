"""Scoring of whole-report reference sets (held-out sets 5 and 6 share one record format).

Refs are scored on the series as written (an image-only ref is series None); snippets on the refs found.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from curation.snippets.mine import mine_refs_batch
from tests.curation.snippets.heldout5 import Report, report_refs, report_text


@dataclass(frozen=True)
class Score:
    """Reference precision/recall and snippet exactness over a set of reports."""

    tp: int
    fp: int
    fn: int
    snippet_exact: int
    snippet_overlap: int
    misses: tuple[str, ...]
    snippet_misses: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn)


def expected_spans(report: Report) -> list[tuple[int | None, int, int, str, int, int]]:
    """Expected refs with the snippet's offsets in `report_text(report)` (snippet looked up in its sentence)."""
    spans, offset = [], 0
    for heading, sentences in report[2]:
        offset += len(heading) + 1
        for text, refs in sentences:
            for series, start, end, snippet in refs:
                at = offset + text.index(snippet)
                spans.append((series, start, end, snippet, at, at + len(snippet)))
            offset += len(text) + 1
        offset += 1  # the blank line ("\n\n" minus the space counted after the last sentence)
    return spans


def score(reports: list[Report]) -> Score:
    texts = [report_text(r) for r in reports]
    tp = fp = fn = exact = overlap = 0
    misses: list[str] = []
    snippet_misses: list[str] = []
    for report, text, got in zip(reports, texts, mine_refs_batch(texts, [r[0] for r in reports]), strict=True):
        want_c = Counter((s, a, b) for s, a, b, _ in report_refs(report))
        got_c = Counter((r.series, r.image_start, r.image_end) for r in got)
        hit = sum((want_c & got_c).values())
        tp, fp, fn = tp + hit, fp + sum(got_c.values()) - hit, fn + sum(want_c.values()) - hit
        for key in sorted(set(want_c) | set(got_c), key=str):
            if want_c[key] != got_c[key]:
                misses.append(f"{report[1]}: {key} want {want_c[key]} got {got_c[key]}: "
                              f"{_sentence_of(text, key, got)!r}")
        pool = list(got)
        for series, start, end, snippet, s_at, s_end in expected_spans(report):
            match = next((r for r in pool if (r.series, r.image_start, r.image_end) == (series, start, end)), None)
            if match is None:
                continue
            pool.remove(match)
            exact += match.snippet == snippet
            overlap += match.snippet_start < s_end and s_at < match.snippet_end
            if match.snippet != snippet:
                snippet_misses.append(f"{report[1]}: {(series, start, end)} want {snippet!r} got {match.snippet!r}")
    return Score(tp, fp, fn, exact, overlap, tuple(misses), tuple(snippet_misses))


def _sentence_of(text: str, key: tuple[int | None, int, int], got: list) -> str:
    """The sentence holding a mined ref, or the first sentence citing the expected image (for the miss list)."""
    for r in got:
        if (r.series, r.image_start, r.image_end) == key:
            return text[max(0, r.ref_start - 60):r.ref_end + 10]
    m = re.search(rf"[^.\n]*\b{key[1]}\b[^.\n]*", text)
    return m.group(0) if m else ""


def sentence_counts(reports: list[Report], confounder_reports: list[Report]) -> tuple[int, int]:
    """(sentences with references, number-bearing sentences without any) of a set."""
    with_refs = [t for r in reports for _, ss in r[2] for t, refs in ss if refs]
    confounders = [t for r in reports + confounder_reports for _, ss in r[2] for t, refs in ss
                   if not refs and re.search(r"\d", t)]
    return len(with_refs), len(confounders)


def assert_snippets_lie_in_text(reports: list[Report]) -> None:
    """Every expected snippet is the text at its offsets (the set is internally consistent)."""
    for report in reports:
        text = report_text(report)
        for *_, snippet, at, end in expected_spans(report):
            assert text[at:end] == snippet
