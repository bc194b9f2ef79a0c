"""Captions are the cleaned sentence: no reference text, list numbers or empty brackets."""

from __future__ import annotations

import pytest

from curation.keyslices.captions import clean_caption


@pytest.mark.parametrize(("raw", "clean"), [
    ("3. Solider Rundherd im rechten Oberlappen (Serie 4, Bild 61), V.a. Metastase.",
     "Solider Rundherd im rechten Oberlappen, V.a. Metastase."),
    ("Zyste der linken Niere, 9 mm (5:33-36), neu.", "Zyste der linken Niere, 9 mm, neu."),
    ("b) Pleural effusion on the left (series 2, images 70-74).", "Pleural effusion on the left."),
    ("Hämangiom in Segment 6 (Se 801/Bi 12), randständig kontrastiert.",
     "Hämangiom in Segment 6, randständig kontrastiert."),
    ("Lebermetastase [Bild 20].", "Lebermetastase."),
    ("Kein Pleuraerguss.", "Kein Pleuraerguss."),
    ("Beurteilung: 1. Leberzyste (Serie 3, Bild 12).", "Leberzyste."),
    ("Leber: glatt begrenzt.", "Leber: glatt begrenzt."),
])
def test_clean_caption(raw, clean):
    assert clean_caption(raw) == clean


def test_caption_of_only_a_reference_is_empty():
    assert clean_caption("(Serie 3, Bild 45)") == ""
