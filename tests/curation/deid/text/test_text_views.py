"""Round 15a: repaired text views (mojibake, OCR letters / digits inside words, wrapped names) and their spans."""

from __future__ import annotations

from curation.deid.text.scrub import scrub_text
from curation.deid.text.text_views import repaired_view


def _view(text: str) -> str:
    view = repaired_view(text)
    assert view is not None
    return view.text


def test_mojibake_repaired_with_offsets_back():
    text = "Frau GÃ¼ldane Ã–zkan, WeiÃŸdornweg 3"
    view = repaired_view(text)
    assert view is not None and view.text == "Frau Güldane Özkan, Weißdornweg 3"
    start = view.text.index("Güldane Özkan")
    assert text[slice(*view.to_input(start, start + len("Güldane Özkan")))] == "GÃ¼ldane Ã–zkan"


def test_mojibake_french_italian():
    assert _view("Mme AnaÃ¯s PÃ©clard, Ã  GenÃ¨ve") == "Mme Anaïs Péclard, Ã  Genève"  # NBSP lost: "Ã " stays
    assert _view("residente a ForlÃ¬") == "residente a Forlì"


def test_clean_text_has_no_view():
    for text in ("Ø 12 mm, Ã-Zeichen fehlt", "CT Thorax B30f und H31s, b1000, T1, T2, L4/5, BL1 4QX",
                 "Dr. Anna Keller\nAssistenzärztin", "Größe 12 mm, Müller-Zellen"):
        assert repaired_view(text) is None, text


def test_ocr_letters_and_digits_inside_tokens():
    assert _view("PATlENT: R0SEMARIE H0LT, tel O171 4O 22") == "PATIENT: ROSEMARIE HOLT, tel 0171 40 22"
    assert _view("Dr Ce1ia Wa11ace") == "Dr Celia Wallace"


def test_wrapped_name_in_running_text():
    text = ("Die Zuweisung erfolgte durch die Hausärztin von Frau Dr. Isolde\n"
            "Brandhuber aus dem Nachbarort, Befund folgt.")
    assert "Dr. Isolde Brandhuber aus" in _view(text)
    hyph = "Wir danken für die Überweisung der Patientin Frau Annelie Rosen-\nthal, geb. 1950, herzlich."
    assert "Rosenthal," in _view(hyph)


def test_wrapped_header_lines_stay():
    for text in ("Radiologie Seefeld AG · Bellerivestrasse 12 · 8008 Zürich\nZuweisende Ärztin: Dr. med. X",
                 "Zuweisende Ärztin: Dr. med. Fabienne Rüegsegger und Kollegen\nHashimoto-Thyreoiditis."):
        assert repaired_view(text) is None, text


def test_scrub_uses_the_views():
    out = scrub_text("Patientin: HÃ¼bner, MÃ¤rthe, wohnhaft in KÃ¶ln. MRT Knie.", "de", use_spacy=False).text
    assert "HÃ¼bner" not in out and "MÃ¤rthe" not in out and "KÃ¶ln" not in out and "MRT Knie" in out
    out = scrub_text("PATlENT: K0WALSKl, 0LGA  CT Thorax", "de", use_spacy=False).text
    assert "K0WALSK" not in out and "0LGA" not in out and "CT Thorax" in out
    text = ("We thank you for referring this patient and discussed the images with Dr. Siobhan\n"
            "Kearney on the ward today.")
    out = scrub_text(text, "en", use_spacy=False).text
    assert "Siobhan" not in out and "Kearney" not in out and "on the ward today" in out
