"""Fix round 23b (deid-fix23b): identifier, phone, address and age misses and over-redaction of the retired
held-outs 33 and 34, by class, each with positive and negative cases.

1. Aliases of unidentified patients (alias_ids): a placeholder or phonetic-alphabet alias after an alias cue, a
   numbered placeholder name; aliasing artefacts, trauma levels and single words stay.
2. Identity documents and case numbers after their cue words (permit_ids, ref_ids, check_digits): passports,
   arrival cards, EHIC / GHIC, custody, policy, badge and accident numbers, a Swiss permit's number after a comma
   and "numero", the Irish PPS, a codice fiscale after "personal no.", a case number after "case" (ref_ids); the
   same words without a value stay.
3. One-line DICOM dumps (dicom_dump): each value ends before the next tag; a UID ends with its last number.
4. A number to call back after "Rückruf" (rules); a US "City, ST 12345" needs a state code (places).
5. Places of an accident with its date between, after a sport's accident word, after "Injury" (incident_places).
6. An age over 89 after a name and a bracketed aside (rules.AGE_AFTER_NAME).
"""

from __future__ import annotations

import pytest

from curation.deid.text.alias_ids import alias_id_hits
from curation.deid.text.incident_places import incident_place_hits
from curation.deid.text.permit_ids import permit_id_hits
from curation.deid.text.scrub import scrub_text
from tests.curation.deid.text.test_mend21b import _out, _values  # the mend's scrub helpers


def _labelled(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in scrub_text(text, lang, use_spacy=False).spans]


# --- 1. aliases of unidentified patients ---


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("Schockraum 3 | Alias Unbekannt 7712 | Fall 9", "Unbekannt 7712"),
        ("Pat. unbekannt – Aliasname Notfall 26/0188, ca. 30 J.", "Notfall 26/0188"),
        ("Schockraum-Alias Trauma Foxtrot 3 | später identifiziert", "Trauma Foxtrot 3"),
        ("ED alias Unknown Male Yankee 5 | MRN 1", "Unknown Male Yankee 5"),
        ("registered under trauma alias Walnut Oscar; merged later", "Walnut Oscar"),
        ("patient non identifié, alias Inconnue 2026-031, scanner", "Inconnue 2026-031"),
        ("paziente ignota, alias Sconosciuta 8, TC", "Sconosciuta 8"),
        ("Pat. Jane Doe 7 (unbekannte Touristin)", "Jane Doe 7"),
        ("Patient: Doe, John 41 | MRN 5", "Doe, John 41"),
    ],
)
def test_alias_of_an_unidentified_patient_is_an_id(text: str, alias: str) -> None:
    assert _values(alias_id_hits(text, text.lower()), text) == [alias]


@pytest.mark.parametrize(
    "text",
    [
        "Aliasing-Artefakte in Phasenkodierrichtung, Schockraum 1 belegt.",
        "aliasing at a Nyquist limit of 40 cm/s",
        "Alias nicht vergeben, Trauma Level 1",
        "alias Mike",  # one phonetic word alone: a given name as likely
        "alias Hans Meier",  # a name variant: the person rules' (name_variants)
        "Echo 9 days ago, Delta sign absent",
        "John Doe, DOB unknown",  # the bare placeholder is the person rules'
    ],
)
def test_alias_look_alikes_stay(text: str) -> None:
    assert alias_id_hits(text, text.lower()) == []


# --- 2. identity documents and case numbers ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pat. (laut Reisepass GK 739104), Staatsangehöriger", "GK 739104"),
        ("passport P7LM2X4Q8 (Austria)", "P7LM2X4Q8"),
        ("lt. Ankunftsnachweis AKN 5521 3380 17", "AKN 5521 3380 17"),
        ("ARC UKB 219 557 41 8 | Accommodation", "UKB 219 557 41 8"),
        ("GHIC/EHIC: card 80276 00002 7719 3304, visitor", "80276 00002 7719 3304"),
        ("EHIC card 80276 00002 7719 3304 checked", "80276 00002 7719 3304"),
        ("custody no. 62/11935/26, escorted", "62/11935/26"),
        ("Schadennr. folgt, Police 5540-1128-07", "5540-1128-07"),
        ("policy no. 44120873, travel insurer", "44120873"),
        ("Interpreter (badge 58213) on site", "58213"),
        ("Unfall-Nr. Suva 31.20975.25.1, MRT", "31.20975.25.1"),
        ("permesso N, numero N 455 218.", "N 455 218"),
    ],
)
def test_identity_document_after_its_cue_is_an_id(text: str, value: str) -> None:
    assert value in _values(permit_id_hits(text, text.lower()), text)


@pytest.mark.parametrize(
    "text",
    [
        "Police informed by the ED; passport photo not needed.",
        "Polizei vor Ort, Reisepass nicht vorhanden.",
        "Custody suite nurse requested X-ray; badge reader at door 3.",
        "EHIC card not available; ARC sign of the meniscus absent.",
        "Policy 01.02.2025 in force",  # a date after "policy"
        "Police 2019",  # a year
        "passport expired in 2019",
    ],
)
def test_identity_document_words_without_a_value_stay(text: str) -> None:
    assert permit_id_hits(text, text.lower()) == []


def test_irish_pps_and_codice_fiscale_after_personal_no() -> None:
    text = "Irish PPS 8812207WA, personal no. BNCLRA81C55F205Z (Italy)"
    assert ("8812207WA", "ID") in _labelled(text)
    assert ("BNCLRA81C55F205Z", "ID") in _labelled(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Repatriation by air ambulance, case CAA/26/1047, CT spine", "CAA/26/1047"),
        ("Prior authorization – case B318806612", "B318806612"),
        ("embassy case QEH-2026-0417; passport pending", "QEH-2026-0417"),
        ("Case no. 26-01544 · Police", "26-01544"),
    ],
)
def test_case_number_after_case_is_an_id(text: str, value: str) -> None:
    assert (value, "ID") in _labelled(text)


@pytest.mark.parametrize(
    "text",
    [
        "In this case 2019 imaging was not available.",
        "This is case 2 of 3 on the list.",
        "case 2024-2025 series reviewed",
        "case 1204 of the series",
        "in case of 12345678 ml",
    ],
)
def test_case_words_without_a_case_number_stay(text: str) -> None:
    assert not [label for _, label in _labelled(text) if label == "ID"]


def test_pps_look_alikes_stay() -> None:
    assert _out("PPS with 12 mg methadone; post-polio syndrome (PPS) known.") == (
        "PPS with 12 mg methadone; post-polio syndrome (PPS) known."
    )


# --- 3. one-line DICOM dumps ---


def test_one_line_dump_values_end_at_the_next_tag_and_the_uid() -> None:
    text = (
        "Header: (0010,0010) PatientName HUBER^ANNA; (0010,0030) PatientBirthDate 19610715; (0008,0090) "
        "ReferringPhysicianName MAIER^PAUL; (0020,000D) StudyInstanceUID 1.2.40.0.13.1.5512.20260311.44102. "
        "Inhalt: CT Thorax, 318 Bilder, Serie 4 arteriell 1 mm."
    )
    out = _out(text, "de")
    for keep in ("PatientBirthDate", "ReferringPhysicianName", "StudyInstanceUID", "Inhalt: CT Thorax, 318 Bilder"):
        assert keep in out
    for phi in ("HUBER", "19610715", "MAIER", "1.2.40.0.13.1.5512.20260311.44102"):
        assert phi not in out


def test_dump_value_with_a_comma_stays_whole() -> None:
    text = "(0008,0080) InstitutionName Klinikum Nord, Haus B\nBefund: unauffällig."
    assert _out(text, "de") == "(0008,0080) [EINRICHTUNG]\nBefund: unauffällig."  # (the keyword: another rule's)


# --- 4. phones after "Rückruf"; US state codes ---


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Subduralhämatom 5 mm, Rückruf 01 388 00 5127.", "01 388 00 5127"),
        ("Befund durchgegeben, Rückruf unter 0316 385 12044.", "0316 385 12044"),
    ],
)
def test_number_after_rueckruf_is_a_phone(text: str, phone: str) -> None:
    assert (phone, "PHONE") in _labelled(text, "de")


@pytest.mark.parametrize(
    "text",
    ["Rückruf erfolgt, DW-MRT der Leber ergänzt.", "Rückruf 14 Uhr durch Stationsarzt.", "Rückruf am 12 cm Befund."],
)
def test_rueckruf_without_a_number_stays(text: str) -> None:
    assert not [label for _, label in _labelled(text, "de") if label == "PHONE"]


def test_us_city_state_zip_needs_a_state_code() -> None:
    assert ("Chicago, IL 60618", "ADDRESS") in _labelled("2210 W Belmont Ave, Chicago, IL 60618\nDaughter")
    assert "Kardiologie" in _out("AKH, Klinische Abteilung für Kardiologie, DW 40400 46140\nPat.", "de")


# --- 5. accident places ---


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Skiunfall am 3. Februar in Ischgl. MRT Knie", "Ischgl"),
        ("Snowboardsturz in Saalbach, distale Radiusfraktur", "Saalbach"),
        ("Verkehrsunfall am 12.05.2025 in Bochum-Wattenscheid, CT", "Bochum-Wattenscheid"),
        ("Unfall am Samstagabend, 14.06.2025 in Hagen-Haspe.", "Hagen-Haspe"),
        ("Injury 2nd August 2025 in Alicante; CT", "Alicante"),
    ],
)
def test_accident_place_after_a_date_or_a_sport_accident(text: str, place: str) -> None:
    assert _values(incident_place_hits(text, text.lower()), text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Sturz in der Wohnung, Schenkelhalsfraktur rechts.",
        "Injury in extension; radiographs in two planes.",
        "Skiunfall in Rückenlage, Snowboardsturz in 2019 ohne Fraktur.",
        "Skiunfall am 2. Februar in Tiefschnee.",
        "Injury on 3 May in Theatre 2",  # "Injury" takes a listed town only
    ],
)
def test_accident_look_alikes_stay(text: str) -> None:
    assert incident_place_hits(text, text.lower()) == []


# --- 6. an age over 89 after a name and an aside ---


def test_age_after_a_bracketed_aside_to_the_name() -> None:
    text = "Patient Eleni Dimitriou (Ελένη Δημητρίου), 101, DOB 02.02.1924"
    assert ("101", "AGE") in _labelled(text)


@pytest.mark.parametrize("text", ["Mrs Ruth Cole (Radiology), 95 % stenosis", "Mrs Ruth Cole (daughter), 45, attended"])
def test_numbers_after_an_aside_that_are_no_old_age_stay(text: str) -> None:
    assert not [label for _, label in _labelled(text) if label == "AGE"]
