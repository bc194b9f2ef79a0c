"""Scoring of whole-report reference sets (held-out sets 5, 6 and 7 share one record format).

Refs are scored on the series as written (an image-only ref is series None); snippets on the refs found.
Set 7's refs carry a status and a plane after the snippet; it scores with its own keys (`score(..., keys=)`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from curation.snippets.mine import mine_refs_batch
from tests.curation.snippets.heldout5 import Report, report_text


class RefRates:
    """Precision and recall of a score's true-positive / false-positive / false-negative counts."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn)


@dataclass(frozen=True)
class Score(RefRates):
    """Reference precision/recall and snippet exactness over a set of reports."""

    tp: int
    fp: int
    fn: int
    snippet_exact: int
    snippet_overlap: int
    misses: tuple[str, ...]
    snippet_misses: tuple[str, ...]
    snippet_f1_sum: float = 0.0

    @property
    def snippet_f1(self) -> float:
        """Mean token F1 of the mined snippet against the expected one, over the refs found."""
        return self.snippet_f1_sum / self.tp


MinedKey = Callable[[Any], tuple]
ExpectedKey = Callable[[tuple], tuple]


def _written(r: Any) -> tuple:
    return r.series, r.image_start, r.image_end


def _expected(ref: tuple) -> tuple:
    return ref[0], ref[1], ref[2]


def token_f1(got: str, want: str) -> float:
    """Token-level F1 of two snippets (words and numbers, case-folded)."""
    g, w = Counter(re.findall(r"\w+", got.lower())), Counter(re.findall(r"\w+", want.lower()))
    common = sum((g & w).values())
    if not g and not w:
        return 1.0
    if common == 0:
        return 0.0
    p, r = common / sum(g.values()), common / sum(w.values())
    return 2 * p * r / (p + r)


def expected_spans(report: Report) -> list[tuple[int | None, int, int, str, int, int]]:
    """Expected refs with the snippet's offsets in `report_text(report)` (snippet looked up in its sentence)."""
    return [(*ref[:4], at, end) for ref, at, end in _expected_refs(report)]


def _expected_refs(report: Report) -> list[tuple[tuple, int, int]]:
    """Each expected ref (as recorded) with its snippet's offsets in `report_text(report)`."""
    spans, offset = [], 0
    for heading, sentences in report[2]:
        offset += len(heading) + 1
        for text, refs in sentences:
            for ref in refs:
                at = offset + text.index(ref[3])
                spans.append((ref, at, at + len(ref[3])))
            offset += len(text) + 1
        offset += 1  # the blank line ("\n\n" minus the space counted after the last sentence)
    return spans


def score(reports: list[Report], keys: tuple[MinedKey, ExpectedKey] = (_written, _expected),
          include_prior: bool = False) -> Score:
    """Score the miner over reports; `keys` map a mined ref and an expected ref to the tuple compared;
    `include_prior`: prior-study references are mined too (set 7 labels them with their status)."""
    mined_key, expected_key = keys
    texts = [report_text(r) for r in reports]
    tp = fp = fn = exact = overlap = 0
    f1_sum = 0.0
    misses: list[str] = []
    snippet_misses: list[str] = []
    for report, text, got in zip(reports, texts, mine_refs_batch(texts, [r[0] for r in reports],
                                                                     include_prior=include_prior), strict=True):
        want_c = Counter(expected_key(ref) for _, sentences in report[2] for _, refs in sentences for ref in refs)
        got_c = Counter(mined_key(r) for r in got)
        hit = sum((want_c & got_c).values())
        tp, fp, fn = tp + hit, fp + sum(got_c.values()) - hit, fn + sum(want_c.values()) - hit
        for key in sorted(set(want_c) | set(got_c), key=str):
            if want_c[key] != got_c[key]:
                misses.append(f"{report[1]}: {key} want {want_c[key]} got {got_c[key]}: "
                              f"{_sentence_of(text, key, got, mined_key)!r}")
        pool = list(got)
        for ref, s_at, s_end in _expected_refs(report):
            snippet = ref[3]
            match = next((r for r in pool if mined_key(r) == expected_key(ref)), None)
            if match is None:
                continue
            pool.remove(match)
            exact += match.snippet == snippet
            overlap += match.snippet_start < s_end and s_at < match.snippet_end
            f1_sum += token_f1(match.snippet, snippet)
            if match.snippet != snippet:
                snippet_misses.append(f"{report[1]}: {expected_key(ref)} want {snippet!r} got {match.snippet!r}")
    return Score(tp, fp, fn, exact, overlap, tuple(misses), tuple(snippet_misses), f1_sum)


def _sentence_of(text: str, key: tuple, got: list, mined_key: MinedKey = _written) -> str:
    """The sentence holding a mined ref, or the first sentence citing the expected image (for the miss list)."""
    for r in got:
        if mined_key(r) == key:
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
