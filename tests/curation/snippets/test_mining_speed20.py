"""Mining speed, round 20: each change gives what the code it replaces gave (issue 16)."""

from __future__ import annotations

import random

import pytest

from bench.mine import make_reports
from curation.snippets.gate import has_folding, may_hold
from curation.snippets.grammar import _MONTH_STEMS, candidate_offsets
from curation.snippets.machine_text import _DICTATED_STEMS
from curation.snippets.mine import _iter_sentence_bounds, grammar_windows, mine_refs, sentence_bounds
from curation.snippets.prior_preface import _CLAUSE_KEYS
from curation.snippets.refscore.candidates import EXTRA_CUES
from curation.snippets.timepoints import _row_priors, _rows, _year_headed, prior_by_timepoint

_HAND = [
    "Befund: Rundherd rechts (Serie 4, Bild 12). Keine Ergüsse. Herz normal groß. Leber unauffällig.",
    "Keine Ergüsse. Herz normal groß. Leber unauffällig. Rundherd rechts (Serie 4, Bild 12).",
    "Keine Ergüsse. Zyste (Se 3 Bi 40). Herz normal groß. Milz (Bild 7). Leber unauffällig.",
    "Keine Ergüsse. Herz normal groß.",
    "Nodule [6/45]. No effusion. Fr 12 shows the cyst. Heart normal.",
]


def _windows_before(texts: list[str], extra: bool) -> list[list[tuple[int, int]]]:
    """The sentence windows as grammar_windows chose them before round 20 (every bound of the text read)."""
    out = []
    for text in texts:
        offsets = candidate_offsets(text)
        if extra:
            offsets = sorted(offsets + [m.start() for m in EXTRA_CUES.finditer(text)])
        chosen, k = [], 0
        for s0, s1 in sentence_bounds(text):
            while k < len(offsets) and offsets[k] < s0:
                k += 1
            if k < len(offsets) and offsets[k] < s1:
                chosen.append((s0, s1))
        out.append(chosen)
    return out


@pytest.mark.parametrize("extra", [False, True])
def test_grammar_windows_stop_after_the_last_cue_and_keep_every_window(extra: bool) -> None:
    texts = _HAND + make_reports(400, 0.5, seed=20)[0]
    got = [[window for window, _, _ in per_text]
           for per_text in grammar_windows(texts, extra_cues=EXTRA_CUES if extra else None)]
    assert got == _windows_before(texts, extra)
    assert got[:4] == [[(0, 43)], [(52, 87)], [(15, 34), (53, 67)], []]  # a cue first, last, two apart, none
    assert got[4] == ([(0, 14), (28, 49)] if extra else [(0, 14)])  # "Fr 12": a cue of the learned decision only


def test_lazy_sentence_bounds_give_the_same_spans() -> None:
    text = "Befund: Herd (Se. 4, Bi. 12). Der 7. Rippe\nfrei. Liste 3,\n14 und 20. Ende"
    assert list(_iter_sentence_bounds(text)) == sentence_bounds(text) == [(0, 29), (30, 42), (43, 48), (49, 73)]
    assert list(_iter_sentence_bounds("")) == []


def test_timepoint_rows_split_once_read_as_before() -> None:
    arrow = "Herd 17 mm (Se 3 Bi 51) → 11 mm (Se 4 Bi 55)."
    spans = [(12, 23, False), (33, 44, False)]
    assert _row_priors(arrow, spans, _rows(arrow)) == prior_by_timepoint(arrow, spans) == {0}
    years = "Compared with the scans of 2021. Mass now 30 mm (S1), 2021 22 mm (S2), plain (S3)."
    spans = [(years.index(f"(S{k})") + 1, years.index(f"(S{k})") + 3, False) for k in (1, 2, 3)]
    assert _year_headed(years, spans, rows=_rows(years)) == _year_headed(years, spans) == {1}
    bare = "Mass 30 mm (S1), 2021 22 mm (S2)."  # no compared year, no now-label: nothing
    spans = [(bare.index(f"(S{k})") + 1, bare.index(f"(S{k})") + 3, False) for k in (1, 2)]
    assert _year_headed(bare, spans, rows=_rows(bare)) == prior_by_timepoint(bare, spans) == set()
    now = "Heute 0,34 (S1), 2025 0,33 (S2)."
    spans = [(now.index(f"(S{k})") + 1, now.index(f"(S{k})") + 3, False) for k in (1, 2)]
    assert _year_headed(now, spans, rows=_rows(now)) == prior_by_timepoint(now, spans) == {1}
    assert prior_by_timepoint("Herd (Se 3 Bi 51).", [(6, 16, False)]) == set()  # one citation: no row to read


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the last clause of a sentence runs on to its end or ";" (values read off the tree before round 20)
    ("Herd (Serie 5, Bild 12) in der koronaren Rekonstruktion. Zyste (Serie 3, Bild 40; Bild 44) links; Niere frei.",
     "de", [(5, 12, 0, 56), (3, 40, 57, 96), (3, 44, 57, 96)]),
    # an earlier clause of the sentence keeps its own end ("Cyst (4:88)": 56, not the tail 95)
    ("Nodule (series 4, images 20 and 22), stable. Cyst (4:88) and node (series 2, image 9) unchanged; no effusion.",
     "en", [(4, 20, 0, 44), (4, 22, 0, 44), (4, 88, 45, 56), (2, 9, 56, 95)]),
    ("Befund: Leberzyste Serie 4 Bild 30, Milz Bild 12.", "de", [(4, 30, 0, 34), (None, 12, 34, 49)]),
])
def test_reference_hint_spans_are_built_with_their_clause_end(text: str, lang: str, want: list) -> None:
    assert [(r.series, r.image_start, r.hint_start, r.hint_end) for r in mine_refs(text, lang)] == want


_MARKS = ("a.", "b*", "(c", "[d]", "e|f", "g?", "h")  # regex marks, read literally


@pytest.mark.parametrize("stems", [_CLAUSE_KEYS, _MONTH_STEMS, _DICTATED_STEMS, _MARKS])
def test_long_stem_lists_searched_as_a_trie_answer_like_the_loop(stems: tuple[str, ...]) -> None:
    assert len(stems) > 6  # (the lists that take the trie)
    rng = random.Random(20)
    pieces = [*stems, *(s[:-1] for s in stems), *(s[1:] for s in stems), " ", "x", "İ", "ı", "ſ", "Ä", "."]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        low = text.lower()
        assert may_hold(text, low, stems) == (any(stem in low for stem in stems) or has_folding(text)), text


def test_long_stem_lists_read_real_words() -> None:
    assert may_hold("Vergleich vom 12. März", "vergleich vom 12. märz", _MONTH_STEMS)
    assert not may_hold("Herd 12 mm", "herd 12 mm", _MONTH_STEMS)
    assert may_hold("Herd ſ", "herd ſ", _MONTH_STEMS)  # a folding letter: the pattern may match
    assert may_hold("x b* y", "x b* y", _MARKS) and not may_hold("abcd ef g", "abcd ef g", _MARKS)
