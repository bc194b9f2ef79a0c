"""Round 18c: coded IDs, call signs, bPKs, extension brackets; US short dates in prose, Italian "1°"; the town of a
letter's date line; long cue-found names; mountain-sport places; calendar-week and free-phone keeps. Real strings
and look-alikes that must stay."""

from __future__ import annotations

import pytest

from curation.deid.text.scrub import scrub_text


def _scrubbed(text: str, lang: str = "de") -> str:
    return scrub_text(text, lang, use_spacy=False).text


def _labels(text: str, lang: str = "de") -> dict[str, str]:
    r = scrub_text(text, lang, use_spacy=False)
    return {text[s.start:s.end]: s.label for s in r.spans}


@pytest.mark.parametrize(("text", "value"), [
    ("Screening-ID: QF-LM 2231 0094; Mammographie beidseits.", "QF-LM 2231 0094"),
    ("Teilnehmer-ID RS-KA 7710 3382 1 laut Einladung.", "RS-KA 7710 3382 1"),
    ("Gutachten-Nr. LP-SV 04/771209 zur Vorlage.", "LP-SV 04/771209"),
    ("Akt-Zl. GZA-W 31-07/2024, Unfallmeldung.", "GZA-W 31-07/2024"),
    ("ZSR M 8812.04, Rechnung folgt.", "M 8812.04"),
    ("Dossier IV 318.902.44 ; IRM du genou.", "318.902.44"),
    ("Pratica SUVA n. TI-PR 19/2025-0042, TC polso.", "TI-PR 19/2025-0042"),
    ("bPK GH:Zm9vYmFyQmF6UXV4MTIzNA== aus ELGA.", "GH:Zm9vYmFyQmF6UXV4MTIzNA=="),
    ("Übernahme von RTW SB-KL 2/83-1 im Schockraum.", "SB-KL 2/83-1"),
    ("Zuweisung durch Florian Innsbruck 3/82-4, CT.", "Innsbruck 3/82-4"),
    ("Arrived with HEMS crew 6620, GCS 14.", "6620"),
])
def test_coded_ids_are_redacted(text, value):
    assert value not in _scrubbed(text, "en" if "crew" in text else "de")


def test_extension_bracket_is_a_phone_but_a_density_stays():
    assert _labels("Rückfragen an das Sekretariat (-7713) erbeten.")["(-7713)"] == "PHONE"
    assert "(-1000)" in _scrubbed("Luftäquivalente Dichte (-1000) im Pneumothorax.")


@pytest.mark.parametrize("text", [
    "Nr. 3 der Läsionen unverändert.",
    "Thrombozytenzahl 150 000 im Labor.", "Anzahl 12 345 Zellen.", "Hausnummer 12 345 fehlt.", "LWK 1/2 unauffällig.",
])
def test_coded_id_look_alikes_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(("text", "date"), [
    ("Prior study on 3/9, unchanged.", "3/9"),
    ("MRI lumbar spine 5/21: disc bulge L4-5.", "5/21"),
    ("Called the patient 10/3 at 16:45.", "10/3"),
])
def test_us_short_dates_in_prose(text, date):
    assert date not in _scrubbed(text, "en")


@pytest.mark.parametrize("text", ["Reduced by 1/3 since the prior.", "Stenosis of 2/3 of the lumen.",
                                  "2/12 cores positive, Gleason 3+4."])
def test_fractions_stay(text):
    assert _scrubbed(text, "en") == text


def test_italian_ordinal_first_of_month_is_shifted_in_its_style():
    r = scrub_text("Ricovero dal 1° giugno 2025.", "it", date_shift_days=-14, use_spacy=False)
    assert r.text == "Ricovero dal 18 maggio 2025."
    r = scrub_text("Ricovero dal 8 giugno 2025.", "it", date_shift_days=-7, use_spacy=False)
    assert r.text == "Ricovero dal 1 giugno 2025."
    assert _scrubbed("Flessione 90° marzo") == "Flessione 90° marzo"  # no date: no year


@pytest.mark.parametrize(("text", "town"), [
    ("Locarno, 3 aprile 2025\nEgregio collega", "Locarno"),
    ("Fribourg, le 12 mai 2025\nChère consœur", "Fribourg"),
    ("Wolfsberg, am 4. Juni 2025\nSehr geehrter Herr Kollege", "Wolfsberg"),
    ("Kendal, 14 March 2025\nDear Dr Shaw", "Kendal"),
])
def test_letter_date_line_town_is_address(text, town):
    assert _labels(text).get(town) == "ADDRESS"


@pytest.mark.parametrize("text", ["Verlauf, 12.03.2025\nkein Befund.", "Vergleich, 3. März 2025\nTermin.",
                                  "Beurteilung, 12.03.2025\nunauffällig."])
def test_date_line_look_alikes_keep_their_word(text):
    assert text.split(",")[0] in _scrubbed(text)


def test_long_cue_names():
    assert _scrubbed("Ms. Pham Thi Mai Lan attended for CT.", "en") == "Ms. [PERSON] attended for CT."
    assert _scrubbed("Frau Anna Maria Huber Bett 3 nüchtern.") == "Frau [PERSON] Bett 3 nüchtern."


@pytest.mark.parametrize(("text", "place"), [
    ("Skiunfall Streif-Zielhang, Röntgen Knie.", "Streif-Zielhang"),
    ("Rodelsturz an der Loser Alm, CT Schädel.", "Loser Alm"),
    ("Snowboardunfall auf der Gaislachkoglbahn, CT.", "Gaislachkoglbahn"),
    ("Incidente di sci sulla pista Gran Risa, TC ginocchio.", "Gran Risa"),
])
def test_mountain_sport_places(text, place):
    assert place not in _scrubbed(text)


@pytest.mark.parametrize("text", ["Skiunfall Knie rechts, Röntgen.", "Skiunfall am Sessellift, Röntgen Schulter.",
                                  "Snowboardsturz, Röntgen Handgelenk."])
def test_sport_look_alikes_stay(text):
    assert _scrubbed(text) == text


@pytest.mark.parametrize(("text", "lang"), [
    ("Dienstplan KW 27/2025: CT-Dienst.", "de"), ("Besprechung KW 9: MRT.", "de"),
    ("Kostenlose Beratung unter 0800 123 456 7.", "de"), ("Smoking helpline 0808 250 6000.", "en"),
    ("Screening programme toll-free line 1-888-555-0142.", "en"),
])
def test_calendar_weeks_and_free_phone_lines_stay(text, lang):
    assert _scrubbed(text, lang) == text


def test_an_ordinary_phone_and_a_facility_free_number_are_still_redacted():
    assert "044 255 11 11" not in _scrubbed("Tel. 044 255 11 11")
    assert "0800 41 22 70" not in _scrubbed("Permanence am Bahnhof, Rückruf 0800 41 22 70.")
