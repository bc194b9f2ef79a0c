"""Faster scans that must find exactly what the plain patterns find (round 14 speed: keep.py's image-reference
hints, ocr_digits' noise-letter gate)."""

from __future__ import annotations

import itertools
import random
import re

from curation.deid.text import keep, ocr_digits
from curation.deid.text.common import TextContext, current

_PIECES = ("Se", "se", "SE", "Serie", "series", "SER", "Bild", "bi", "IM", "image", "Ima", ".", " ", "  ", "\t", "\n",
           "1", "12", "345", "-", "–", "bis", "to", "x", "Im 3. Quartal", "ſe 4", "İm 2", ",", "/", "a", "Lebensjahr",
           "Bilder 5", "Serie 3 Bild 14-16")


def test_image_reference_hints_find_what_the_patterns_find() -> None:
    rng = random.Random(14)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        with current(text, TextContext(text)):
            for i in (3, 4):
                plain = [m.span() for m in keep.KEEP_PATTERNS[i].finditer(text)]
                assert [m.span() for m in keep._SCANNERS[i].finditer(text)] == plain, (text, i)
                found += len(plain)
    assert found > 300  # the pieces do make image references


def test_image_reference_hint_cases() -> None:
    text = "Serie 3 Bild 14-16, im 94. Lebensjahr, SE 2 IM 40, Image 7; ſe 4"
    with current(text, TextContext(text)):
        spans = [text[m.start():m.end()] for m in keep._SCANNERS[3].finditer(text)]
        assert spans == ["Serie 3 Bild 14-16", "SE 2 IM 40"]
        assert [text[m.start():m.end()] for m in keep._SCANNERS[4].finditer(text)] == ["Bild 14-16", "IM 40",
                                                                                       "Image 7"]
    folded = "ſe 4 Bild 2"  # ſ folds to s under IGNORECASE: the pattern itself runs
    with current(folded, TextContext(folded)):
        assert [m.span() for m in keep._SCANNERS[3].finditer(folded)] == [(0, 11)]


def test_noise_letter_gate_is_the_old_gate() -> None:
    old = re.compile(r"\d[OoIl]|[OoIl]\d")
    for n in range(1, 6):
        for chars in itertools.product("0O1lIo a-", repeat=n):
            text = "".join(chars)
            assert (ocr_digits._MIXED.search(text) is None) == (old.search(text) is None), text
