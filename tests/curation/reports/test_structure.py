"""Sections, sentences and language."""

from __future__ import annotations

import pytest

from curation.reports.language import detect_language
from curation.reports.structure import find_sections, split_sentences, structure

DE = ("Klinische Angaben: V.a. Pneumonie.\nTechnik: CT Thorax i.v. KM.\n"
      "Befund: Z.n. Lobektomie re. Rundherd ca. 8 mm, z.B. in Serie 3. Die 3. Rippe li. ist frakturiert. "
      "Vergleich zur VU vom 12.03.2023.\nBeurteilung: Kein Anhalt für Malignität.")


def test_german_sections():
    sections = find_sections(DE)
    assert [(s.name, s.title) for s in sections] == [("indication", "Klinische Angaben"), ("technique", "Technik"),
                                                      ("findings", "Befund"), ("impression", "Beurteilung")]
    assert DE[sections[0].start:sections[0].end] == "V.a. Pneumonie."
    assert DE[sections[3].start:sections[3].end] == "Kein Anhalt für Malignität."


def test_sentences_keep_abbreviations_ordinals_and_dates():
    _, sentences = structure(DE)
    findings = [DE[s.start:s.end] for s in sentences if s.section == "findings"]
    assert findings == ["Z.n. Lobektomie re. Rundherd ca. 8 mm, z.B. in Serie 3.",
                        "Die 3. Rippe li. ist frakturiert.", "Vergleich zur VU vom 12.03.2023."]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dr. Müller sah bzw. beurteilte den Befund. Ggf. Kontrolle.", 2),
    ("Befund d.h. unklar. Pat. u.a. mit Fieber.", 2),
    ("Bds. Erguss. Ggf. Punktion vs. Kontrolle.", 2),
    ("Gabe i.v. erfolgte. Danach keine Reaktion!", 2),
    ("Erguss re.\nKein Pneumothorax", 2),
])
def test_sentence_counts(text, expected):
    assert len(split_sentences(text)) == expected


def test_english_sections_and_other():
    text = "CT CHEST\nHistory: cough.\nFindings: Nodule, e.g. 5 mm. No effusion.\nImpression: Benign."
    sections = find_sections(text)
    assert [s.name for s in sections] == ["other", "indication", "findings", "impression"]
    _, sentences = structure(text)
    assert [text[s.start:s.end] for s in sentences if s.section == "findings"] == ["Nodule, e.g. 5 mm.",
                                                                                  "No effusion."]


def test_language_detection_and_declared_column():
    assert detect_language("Befund: Kein Nachweis einer Raumforderung, unauffällig.") == "de"
    assert detect_language("Findings: There is no mass in the left lung.") == "en"
    assert detect_language("Findings: There is no mass.", declared="DE") == "de"
    assert detect_language("Befund: unauffällig.", declared="unknown") == "de"
