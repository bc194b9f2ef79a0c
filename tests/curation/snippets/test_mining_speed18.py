"""Mining speed, round 18 (issue 16): each faster check gives the same answer as the one it replaces
(docs/snippets.md, "Mining speed, round 18")."""

from __future__ import annotations

import sys

import pytest

from curation.snippets.gate import FOLDING, has_folding, may_hold


def test_has_folding_is_the_folding_set_test_for_every_code_point() -> None:
    hits = {chr(c) for c in range(sys.maxunicode + 1) if has_folding(chr(c))}
    assert hits == set(FOLDING) == {"İ", "ı", "ſ"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Befund: Herd (Serie 3, Bild 40).", False),  # Latin-1 text
        ("Größe 12 mm, Läsion im Segment VIII", False),  # umlauts, still one byte a letter
        ("Lesion → 8 mm", False),  # a wide text without any folding letter
        ("Prıor study: CT 06/2025.", True),
        ("ſerie 3", True),
        ("DİE VU", True),
        ("→ İ", True),
    ],
)
def test_has_folding_on_texts(text: str, expected: bool) -> None:
    assert has_folding(text) is expected is (not FOLDING.isdisjoint(text))


@pytest.mark.parametrize(
    ("text", "stems", "expected"),
    [
        ("Vergleich: CT 12/2025", ("compar", "vergleich"), True),
        ("Comparison: CT 12/2025", ("compar", "vergleich"), True),
        ("Befund: Herd 12 mm", ("compar", "vergleich"), False),
        ("Befund: Herd 12 mm", (), False),
        ("Verglıch: CT", ("compar", "vergleich"), True),  # a folding letter: the pattern may still match
    ],
)
def test_may_hold(text: str, stems: tuple[str, ...], expected: bool) -> None:
    assert may_hold(text, text.lower(), stems) is expected
