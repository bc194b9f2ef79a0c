"""Round 15c: national and case IDs, transfer / mobile / foreign places, weekday dates, old ages, keep-terms."""

from __future__ import annotations

import pytest

from curation.deid.text.check_digits import cf_valid, check_digit_hits, nir_valid
from curation.deid.text.scrub import scrub_text


def _found(text: str, lang: str = "de") -> set[str]:
    return {text[s.start:s.end] for s in scrub_text(text, lang, use_spacy=False).spans}


def test_nir_key_and_codice_fiscale_check_letter():
    body = "1841275114052"
    key = 97 - int(body) % 97
    assert nir_valid(f"{body}{key:02d}")
    assert not nir_valid(f"{body}{(key + 1) % 97:02d}")
    assert cf_valid("RSSMRA85T10A562S")
    assert not cf_valid("RSSMRA85T10A562T")


@pytest.mark.parametrize("text, value", [
    ("NIR : 2 71 04 69 123 087 42 ;", "2 71 04 69 123 087 42"),
    ("numéro de sécurité sociale 184127511405235, IRM", "184127511405235"),
    ("CF RSSMRA85T10A562S.", "RSSMRA85T10A562S"),
    ("Codice fiscale: BNCGLI85T52F205X —", "BNCGLI85T52F205X"),
    ("Kartennummer 80756 01234 56789 01234, MRT", "80756 01234 56789 01234"),
])
def test_national_numbers(text, value):
    assert [text[h.start:h.end] for h in check_digit_hits(text)] == [value]


@pytest.mark.parametrize("text", [
    "Läsionen 2 4 6 8 123 456 mm",  # spaced counts, no NIR layout
    "184127511405236",  # fifteen digits with a wrong key
    "RSSMRA85T10A562T liegt vor",  # wrong check letter, no fiscal label
    "Sequenz T2W_TSE_SAG_320",
])
def test_national_look_alikes(text):
    assert check_digit_hits(text) == []


@pytest.mark.parametrize("text, value", [
    ("Az. 17 O 2231/24, CT Schädel", "17 O 2231/24"),
    ("Geschäftszahl: GZ 4 C 118/25; Gutachten", "GZ 4 C 118/25"),
    ("Our ref: KX/4471/RAD. CT chest", "KX/4471/RAD"),
    ("Inmate no. JVA-BS 2231/24 brought in", "JVA-BS 2231/24"),
    ("Patient CDCR# BK4417 from state prison", "BK4417"),
    ("Screening log no. SL-2025-0148; mammography", "SL-2025-0148"),
    ("Ordine dei Medici di Milano n. 38214; RM", "38214"),
    ("HMP 4471/25 escort", "HMP 4471/25"),
])
def test_case_register_and_prisoner_numbers(text, value):
    assert value in _found(text, "en")


@pytest.mark.parametrize("text", [
    "Az. folgt; CT Schädel unauffällig.",
    "Ref. 2 Läsionen",
    "image registration error 3 mm",
    "C# 12 Kanal",
])
def test_reference_look_alikes_keep_their_numbers(text):
    assert not any(c.isdigit() for v in _found(text) for c in v)


@pytest.mark.parametrize("text, town", [
    ("Verlegung nach Murnau per Hubschrauber", "Murnau"),
    ("Transferred from Eindhoven by air ambulance", "Eindhoven"),
    ("Rücktransport nach Zakopane vorgesehen", "Zakopane"),
    ("Befundet in Barcelona (Teleradiologie)", "Barcelona"),
    ("trasferito a Bolzano per", "Bolzano"),
])
def test_towns_after_transfer_and_reporting_cues(text, town):
    assert any(town in v for v in _found(text, "en"))


@pytest.mark.parametrize("text", [
    "Verlegung nach Hause geplant.",
    "transferred to Ward 5 after CT.",
    "Steine in Galle und Niere nicht nachweisbar.",
    "Anamnese: Z.n. Foley, Port rechts.",
    "Mobiles Röntgengerät am Bett, Thorax ap.",
    "mobile X-ray unit in ICU, portable AP chest.",
])
def test_place_look_alikes(text):
    assert _found(text) == set()


@pytest.mark.parametrize("text, value", [
    ("Mobile CT unit at Tesco car park, Keswick; CT chest.", "Tesco car park, Keswick"),
    ("Mammobil Standort Marktplatz Wels, Mammographie.", "Marktplatz Wels"),
    ("ul. Długa 14, 80-827 Gdańsk", "ul. Długa 14, 80-827 Gdańsk"),
    ("C/ Mayor 5, 08001 Barcelona", "C/ Mayor 5, 08001 Barcelona"),
    ("Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123, 1015 CJ Amsterdam"),
    ("Subiaco WA 6008", "Subiaco WA 6008"),
])
def test_mobile_sites_and_foreign_addresses(text, value):
    assert value in _found(text, "en")


@pytest.mark.parametrize("text, value, lang", [
    ("Seen on Tuesday 9th March; CT KUB.", "Tuesday 9th March", "en"),
    ("Follow-up booked for Friday 14th. US liver.", "Friday 14th", "en"),
    ("Kontrolle am Mittwoch, den 12. geplant", "Mittwoch, den 12.", "de"),
    ("95-jÃ¤hriger Patient mit Sturz", "95", "de"),
    ("Der 91-jaehrige Patient", "91", "de"),
    ("Età: 97. Rx torace.", "97", "it"),
])
def test_weekday_dates_and_old_ages(text, value, lang):
    spans = scrub_text(text, lang, date_shift_days=-364, use_spacy=False).spans
    assert value in {text[s.start:s.end] for s in spans}


@pytest.mark.parametrize("text", [
    "Monday 3 nodes were seen.",
    "eine 45-jaehrige Patientin",
    "Stationsname: CTAWP73412; Protokoll Thorax",
    "Patient Jahrgang",
])
def test_date_age_and_station_look_alikes(text):
    assert _found(text) == set()


def test_birth_year_after_jahrgang_is_a_date_and_the_word_stays():
    assert _found("Patient Jahrgang 1928, CT Thorax.") == {"1928"}


def test_a_cued_reference_is_not_vetoed_by_a_level_inside_it():
    assert "S 12 U 331/23" in _found("Ihr Zeichen: S 12 U 331/23, MRT Knie rechts.")


@pytest.mark.parametrize("text, found", [
    ("Paziente di anni 93; TC cranio.", {"93"}),
    ("follow-up a 2 anni 95% sopravvivenza", set()),
    ("Age 95% CI of the estimate", set()),
])
def test_italian_age_after_anni_and_percent_look_alikes(text, found):
    assert _found(text, "it") == found
