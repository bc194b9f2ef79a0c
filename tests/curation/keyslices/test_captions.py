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


@pytest.mark.parametrize(("report", "caption"), [
    ("Befund: Pleuraerguss rechts (cor. Serie 6, Bild 12), gekammert. Kein Pneumothorax.",
     "Pleuraerguss rechts, gekammert."),
    ("Findings: Hepatic cyst (ax. image 30) in the right lobe. Spleen normal.", "Hepatic cyst in the right lobe."),
    ("Befund: Ödem BWK 9 (sag. STIR, Bild 4), keine Höhenminderung. Myelon regelrecht.",
     "Ödem BWK 9, keine Höhenminderung."),
    # what is not bookkeeping stays: a prior-study word, a measurement
    ("Befund: Herd rechts (vgl. VU Serie 3, Bild 8), größenstabil. Kein Erguss.",
     "Herd rechts (vgl. VU), größenstabil."),
    ("Findings: Nodule (8 mm, series 3, image 40) in the lingula. Heart normal.", "Nodule (8 mm) in the lingula."),
])
def test_caption_of_the_report_sentence_keeps_a_bracket_with_an_abbreviation(report, caption):
    """The reports table's sentence holding the reference is whole (no end after "cor."), so is its caption."""
    from curation.reports.structure import structure

    _, sentences = structure(report)
    raw = next(report[s.start:s.end] for s in sentences if "(" in report[s.start:s.end])
    assert clean_caption(raw) == caption
