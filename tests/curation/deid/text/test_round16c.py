"""Round 16c: e-mail and header dates, column and device IDs, EDI segments, addresses, extensions, header ages."""

from __future__ import annotations

import pytest

from curation.deid.text.edi import edi_hits
from curation.deid.text.scrub import scrub_text
from curation.deid.text.tables import _calendar_date


def _found(text: str, lang: str = "en") -> dict[str, str]:
    return {text[s.start:s.end]: s.label for s in scrub_text(text, lang, use_spacy=False).spans}


@pytest.mark.parametrize("text, value", [
    ("Rota w/c 14/07: CT list", "14/07"),
    ("Appointment W/C 3/11 for DEXA", "3/11"),
    ("Please book week commencing 09/06.", "09/06"),
    ("Lists wk comm 21/7: CT colonography", "21/7"),
    ("Progress Note  3/14 0915\nCXR stable", "3/14"),
    ("Nursing Note 4/22 07:30\nPatient to MRI", "4/22"),
])
def test_short_dates_after_week_cue_or_before_clock(text, value):
    assert _found(text).get(value) == "DATE"


@pytest.mark.parametrize("text", [
    "GCS 14/15 2300 reassessed",  # no calendar date
    "Pain 3/10 0800 after analgesia",  # a score before a time
    "Grade 2/3 1200 mg daily",  # a dose after the number
    "BP 120/80 at 0800",
    "1/2 tablet at 2200",
])
def test_fractions_and_scores_beside_times_stay(text):
    assert not any(label == "DATE" for label in _found(text).values())


@pytest.mark.parametrize("text, value, lang", [
    ("Sent: Tuesday 14 January 2025 08:32\nTo: MDT", "14 January 2025", "en"),
    ("Gesendet: Mittwoch, 4. Juni 2025 16:05\nAn: Tumorboard", "4. Juni 2025", "de"),
    ("Envoyé : jeudi 12 juin 2025 09:14\nObjet : IRM", "12 juin 2025", "fr"),
])
def test_mail_header_dates_keep_their_time(text, value, lang):
    # A whole-week shift keeps the weekday outside the span; a tagged date (no shift) takes it. The time stays.
    shifted = scrub_text(text, lang, date_shift_days=-364, use_spacy=False)
    assert [text[s.start:s.end] for s in shifted.spans] == [value]
    tagged = scrub_text(text, lang, use_spacy=False)
    assert next(text[s.start:s.end] for s in tagged.spans).endswith(value)
    assert text[text.index(value) + len(value):].split()[0] in tagged.text


@pytest.mark.parametrize("text, value", [
    ("Implant: LOT 4KX2291B, REF CI612", "4KX2291B"),
    ("Stent: Lot AB12C345, Wallstent", "AB12C345"),
    ("Port catheter LOT# K21Z0874 implanted", "K21Z0874"),
    ("Hüft-TEP, Charge: 21K044A, Röntgen", "21K044A"),
    ("Please quote ref KLM/338012 in all", "KLM/338012"),
    ("Unser Zeichen RAD/44190; MRT", "RAD/44190"),
    ("Medi-Cal CIN 91234567A, US pelvis", "91234567A"),
    ("Medicaid CIN: 95544321F; MRI", "95544321F"),
])
def test_device_lots_file_refs_and_cins(text, value):
    assert _found(text).get(value) == "ID"


@pytest.mark.parametrize("text", [
    "A lot of bowel gas; US abdomen limited.",
    "Lot 3 of the series; CIN 2 on colposcopy, CIN III",
    "T2 hyperintense (S4/B37), C5/6 disc, specimen E24/1187 aside",
    "Catalogue REF 0113-0-100 (cup size)",
])
def test_lot_cin_and_slash_look_alikes_stay(text):
    found = _found(text)
    assert not {v for v, label in found.items() if label in ("ID", "PHONE")} - {"E24/1187"}


def test_worklist_grouped_number_cell_is_an_id():
    text = "08:15\tCT Abdomen\t47-21-385\tBauer, Klaus\tStation 4"
    found = _found(text)
    assert found.get("47-21-385") == "ID"
    assert found.get("Bauer, Klaus") == "PERSON"


def test_calendar_date_cells():
    assert _calendar_date("12.03.24") and _calendar_date("2024-03-12") and _calendar_date("3/14/2025")
    assert not _calendar_date("47-21-385") and not _calendar_date("31-44-12")


def test_edi_segments_by_position():
    text = ("NM1*IL*1*DOE*JANE****MI*W123456789~\nN3*1427 OAK RIDGE DR~\nN4*SACRAMENTO*CA*95822~\n"
            "DMG*D8*19470311*F~\nCLM*A37YH556*500***11:B:1*Y*A*Y*I~\nPER*IC*MARY JONES*TE*9165550147~\n"
            "NM1*PR*2*MEDI-CAL*****PI*610442~\nSV1*HC:74177*1250*UN*1***1~")
    hits = {(text[h.start:h.end], h.label) for h in edi_hits(text)}
    assert hits == {("DOE*JANE", "PERSON"), ("W123456789", "ID"), ("1427 OAK RIDGE DR", "ADDRESS"),
                    ("SACRAMENTO*CA*95822", "ADDRESS"), ("19470311", "DATE"), ("A37YH556", "ID"),
                    ("MARY JONES", "PERSON"), ("9165550147", "PHONE"), ("610442", "ID")}


def test_edi_needs_terminated_segments():
    assert edi_hits("T2* weighted REF*EA*5567123 without terminator") == []
    assert edi_hits("T2*-Sequenz ~ unauffällig") == []


@pytest.mark.parametrize("text, value", [
    ("Address: Bryn Awel, Heol y Parc, Pontypridd CF37 2TH", "Bryn Awel"),
    ("Home: Tŷ Gwyn, Heol yr Eglwys, Llanelli SA15 3PG; CT KUB.", "Tŷ Gwyn"),
    ("Home: Maes y Coed, Heol y Bryn, Carmarthen SA31 1AA; CXR.", "Maes y Coed"),
    ("Lives at 4120 St. John's Court, Fairview, OR 97024 with her", "4120 St. John's Court"),
    ("Mailing address 77 Miller's Lane, Dunmore, PA 18512;", "77 Miller's Lane"),
])
def test_house_names_and_possessive_streets(text, value):
    found = _found(text)
    start = text.index(value)
    assert any(label == "ADDRESS" and text.index(v) <= start and start + len(value) <= text.index(v) + len(v)
               for v, label in found.items())


def test_house_name_needs_an_address_label():
    text = "Befund: Knie, 12 Baker Street"
    assert _found(text).get("Knie") is None


@pytest.mark.parametrize("text, value, lang", [
    ("Rückfragen: Kl. 24381-22710; CT Becken.", "24381-22710", "de"),
    ("Bei Fragen int. 34 12 (Dienstarzt); CT", "34 12", "de"),
    ("Radiologue de garde: int. 47 85; IRM", "47 85", "fr"),
])
def test_extensions(text, value, lang):
    assert _found(text, lang).get(value) == "PHONE"


@pytest.mark.parametrize("text", ["ASA Kl. 3, NYHA Kl. III; Angle Kl. II", "Konsil int. Med. erbeten"])
def test_class_and_internal_medicine_stay(text):
    assert _found(text, "de") == {}


@pytest.mark.parametrize("text, age", [
    ("ROSSI, ANNA  94Y F  CT HEAD WO", "94"),
    ("Pt: 101Y M  XR CHEST 1V", "101"),
    ("HUBER ANNA  092Y F  CT CHEST WO", "092"),
    ("Age/Sex: 96Y/M", "96"),
])
def test_header_ages_over_89(text, age):
    assert _found(text).get(age) == "AGE"


def test_header_name_before_age_and_young_ages():
    assert _found("HUBER ANNA  092Y F  CT CHEST WO").get("HUBER ANNA") == "PERSON"
    assert _found("LEE, DAVID  45Y M  MR KNEE LT").get("45") is None
    assert _found("CT HEAD  93Y M") == {"93": "AGE"}


@pytest.mark.parametrize("text, lang, shifted", [
    ("Envoyé : mercredi 12 févr. 2025 10:02", "fr", "Envoyé : mercredi 14 févr. 2024 10:02"),
    ("Inviato: martedì 4 mar 2025 14:22", "it", "Inviato: martedì 5 mar 2024 14:22"),
    ("Examen du 3 déc. 2024 : IRM", "fr", "Examen du 5 déc. 2023 : IRM"),
])
def test_french_and_italian_month_abbreviations_shift_in_their_style(text, lang, shifted):
    assert scrub_text(text, lang, date_shift_days=-364, use_spacy=False).text == shifted


def test_month_abbreviation_needs_day_and_year():
    assert _found("the set 2024 of images, mar 3 nodes", "it") == {}
