"""Round 13: OCR / typing noise in digit groups (O for 0, l / I for 1) in dates and IDs (ocr_digits.py)."""

from __future__ import annotations

import pytest

from curation.deid.text.ocr_digits import digit_view, noisy_tokens
from tests.dev14t.measure import rules_only

_rules = rules_only  # (the other round-13 test modules import it from here)


def test_view_keeps_length_and_maps_only_noisy_tokens():
    text = "Il-6 und CRP; Kontrolle 2O.1O.2O24, Lobe I, O2 98 %"
    view, tokens = digit_view(text)
    assert len(view) == len(text)
    assert view == "Il-6 und CRP; Kontrolle 20.10.2024, Lobe I, O2 98 %"
    assert [text[a:b] for a, b in tokens] == ["2O.1O.2O24"]


@pytest.mark.parametrize("text", ["Il-6", "I/II", "OO", "lOl", "O2", "Typ IIl", "Hello 2023", "Col1a1", "T1O"])
def test_words_and_short_tokens_are_never_mapped(text):
    assert noisy_tokens(text) == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Vorbefund vom 1O.O2.2O23 liegt vor.", "de", "Vorbefund vom [DATUM] liegt vor."),
    ("MRT vom 28.O9.2024, unverändert.", "de", "MRT vom [DATUM], unverändert."),
    ("Comparison is made to O8/17/2O23.", "en", "Comparison is made to [DATE]."),
    ("Known since O3/2O21 (outside CT).", "en", "Known since [DATE] (outside CT)."),
    ("Fallnummer: 5O3l1982; CT Becken.", "de", "Fallnummer: [ID]; CT Becken."),
    ("MRN OOl5589O4", "en", "MRN [ID]"),
])
def test_noisy_dates_and_ids_are_scrubbed(text, lang, expected):
    assert _rules(text, lang) == expected


def test_noisy_date_is_shifted_from_its_digits():
    assert _rules("Vorbefund vom 1O.O2.2O23.", "de", 3) == "Vorbefund vom 13.02.2023."


@pytest.mark.parametrize(("text", "lang"), [
    ("Il-6 erhöht, Lobe I und II frei.", "de"),
    ("SpO2 97 %, O2 2 l/min.", "en"),
    ("Segment IVa, 10 mm.", "en"),
])
def test_look_alikes_unchanged(text, lang):
    assert _rules(text, lang) == text
