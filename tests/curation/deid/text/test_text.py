"""The text scrubber: dates shifted in their own style, fuzzy patient dictionary, offsets, keep words."""

from __future__ import annotations

import pytest

from curation.deid.text.dates import find_dates
from curation.deid.text.dictionary import dictionary_hits
from curation.deid.text.scrub import scrub_text
from curation.vault import PatientPhi

PHI = PatientPhi("P1", patient_ids=("PAT0001234",), names=("Müller^Anna",), birth_dates=("19560312",),
                 physicians=("Schäfer^Hans",), institutions=("Klinikum Breisgau-Süd",))


@pytest.mark.parametrize(("text", "lang", "shifted"), [
    ("12.03.2024", "de", "05.03.2024"),
    ("1.3.2024", "de", "23.2.2024"),
    ("12.03.24", "de", "05.03.24"),
    ("2024-03-12", "de", "2024-03-05"),
    ("20240312", "de", "20240305"),
    ("12. März 2024", "de", "5. März 2024"),
    ("3. März 2024", "de", "25. Februar 2024"),
    ("12 March 2024", "en", "5 March 2024"),
    ("March 12, 2024", "en", "March 5, 2024"),
    ("Mar 3, 2024", "en", "Feb 25, 2024"),
    ("03/12/2024", "en", "03/05/2024"),
    ("13/03/2024", "en", "06/03/2024"),
    ("03/2024", "de", "03/2024"),
    ("März 2024", "de", "März 2024"),
])
def test_dates_shift_in_their_own_style(text, lang, shifted):
    hits = find_dates(f"am {text} kontrolliert", lang, -7)
    assert [(h.start, h.end, h.replacement) for h in hits] == [(3, 3 + len(text), shifted)]


def test_dates_without_shift_become_tags():
    assert scrub_text("CT vom 12.03.2024.", "de").text == "CT vom [DATUM]."
    assert scrub_text("CT of 2024-03-12.", "en").text == "CT of [DATE]."


def test_interval_between_dates_survives_the_shift():
    result = scrub_text("CT 01.02.2024, Kontrolle 08.02.2024", "de", None, -182)
    assert result.text == "CT 03.08.2023, Kontrolle 10.08.2023"


@pytest.mark.parametrize("written", ["Müller", "MUELLER", "Mueller", "Muller", "Müler", "mueller"])
def test_patient_name_matched_fuzzily(written):
    hits = dictionary_hits(f"Befund {written} heute", PHI)
    assert [(h.start, h.end, h.label) for h in hits] == [(7, 7 + len(written), "PERSON")]


def test_one_typo_only_for_capitalized_names_of_five_letters():
    assert dictionary_hits("Befund Schaffer", PHI)  # Schäfer -> schaefer, one edit
    assert not dictionary_hits("Befund Mauler", PHI)  # two edits from mueller / muller
    assert not dictionary_hits("die anna", PatientPhi("P2", names=("Lange^Anna",)))[1:]


def test_spans_are_offsets_into_the_input():
    text = "gez. Dr. med. Hans Schäfer, Tel. 0761 270-1234, am 12.03.2024"
    result = scrub_text(text, "de", None, -7)
    assert [(text[s.start:s.end], s.label) for s in result.spans] == [
        ("Hans Schäfer", "PERSON"), ("0761 270-1234", "PHONE"), ("12.03.2024", "DATE")]
    assert result.text == "gez. Dr. med. [PERSON], Tel. [TELEFON], am 05.03.2024"


@pytest.mark.parametrize("keep", ["Morbus Crohn", "Baker-Zyste", "Bosniak IIF", "Couinaud", "Hodgkin",
                                  "Weber-B-Fraktur", "Serie 4, Bild 123", "(3:87)", "LWK 3", "BI-RADS 4",
                                  "PI-RADS 5", "Gleason 3+4", "12 x 8 mm", "Segment VII", "Th 12"])
def test_keep_words_survive_next_to_phi(keep):
    text = f"Frau Müller: {keep}, Dr. Keller, 12.03.2024"
    result = scrub_text(text, "de", PHI, -7)
    assert keep in result.text
    assert "Müller" not in result.text and "Keller" not in result.text


def test_patient_name_inside_an_eponym_is_still_scrubbed():
    phi = PatientPhi("P3", names=("Weber^Karl",))
    assert "Weber" not in scrub_text("Weber-B-Fraktur bei Herrn Weber", "de", phi).text


def test_ages_over_89_only():
    assert scrub_text("Die 93-jährige Patientin", "de").text == "Die [ALTER]-jährige Patientin"
    assert scrub_text("Der 73-jährige Patient", "de").text == "Der 73-jährige Patient"
    assert scrub_text("A 95-year-old man", "en").text == "A [AGE]-year-old man"


def test_ids_phones_emails_addresses_institutions():
    text = ("PAT0001234, Fall-Nr. 88123456, +49 761 270 0, a.b@uk.de, Hauptstraße 12, 79098 Freiburg, "
            "Klinikum Breisgau-Süd")
    result = scrub_text(text, "de", PHI)
    assert result.text == "[ID], Fall-Nr. [ID], [TELEFON], [EMAIL], [ADRESSE], [ADRESSE], [EINRICHTUNG]"


def test_deterministic_and_validated():
    text = "Herr Müller, 12.03.2024"
    assert scrub_text(text, "de", PHI, -7) == scrub_text(text, "de", PHI, -7)
    with pytest.raises(ValueError, match="text"):
        scrub_text(None, "de")  # type: ignore[arg-type]
