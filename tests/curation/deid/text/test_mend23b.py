"""Mend of round 23b (issue 14): the review's NEW failures as tests, each class with its keep and leak side.

1. DICOM dumps (dicom_dump): the UID cut holds for UID attributes only; another ID field keeps its whole value.
2. Accident places (incident_places): after a sport-accident word a place is a listed town or a place-name shape.
3. Phones after "Rückruf": a number to dial (leading 0 or +, 7 digits or more); times, ranges and dates stay.
4. Badge numbers (permit_ids): a number with a dose or count unit after it is a reading.
5. Aliases (alias_ids): after a bare "Alias" cue, a code word (phonetic alphabet, placeholder) + number only.
6. "ARC" and "case" numbers: one ID-shaped token, not a list of small numbers nor a count with its unit.

All values invented.
"""

from __future__ import annotations

import pytest

from curation.deid.text.alias_ids import alias_id_hits
from curation.deid.text.scrub import scrub_text
from tests.curation.deid.text.test_fix23b import _labelled  # the round's (text, label) helper


def _covered(text: str, value: str, lang: str = "en") -> bool:
    start = text.index(value)
    covered = set()
    for span in scrub_text(text, lang, use_spacy=False).spans:
        covered.update(range(span.start, span.end))
    return all(i in covered or text[i] in " .-/" for i in range(start, start + len(value)))


def _touched(text: str, term: str, lang: str = "en") -> list[tuple[str, str]]:
    start = text.index(term)
    end = start + len(term)
    spans = scrub_text(text, lang, use_spacy=False).spans
    return [(text[s.start : s.end], s.label) for s in spans if s.start < end and s.end > start]


# --- 1. DICOM dumps: only a UID is cut at its last number ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("(0008,0050) AccessionNumber 3.552.917 B4; (0008,0020) StudyDate 20250611", "3.552.917 B4"),
        ("(0010,0020) PatientID 2.25.8812 KOGLER", "2.25.8812 KOGLER"),
        ("(0010,1000) OtherPatientIDs 1.44.2081 Z9", "1.44.2081 Z9"),
        ("AccessionNumber: 2.118.604 Q2", "2.118.604 Q2"),
        ("(0020,000D) StudyInstanceUID 1.2.40.0.13.1.6623 Leoben Bahnhofstr 4 Pichler", "Leoben Bahnhofstr 4 Pichler"),
    ],
)
def test_dump_id_field_keeps_its_whole_value(text: str, value: str) -> None:
    assert _covered(text, value, "de")


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        (
            "(0020,000D) StudyInstanceUID 1.2.840.113619.2.55.7. Befund: CT Thorax, 288 Bilder",
            "Befund: CT Thorax, 288 Bilder",
        ),
        ("(0020,000E) SeriesInstanceUID 1.2.40.0.13.1.7781.20260402.5512. Inhalt: MR Knie", "Inhalt: MR Knie"),
        ("(0020,0052) FrameOfReferenceUID 1.3.12.2.1107.5.1.4.6621 Befund: Schädel nativ", "Befund: Schädel nativ"),
    ],
)
def test_uid_ends_before_the_reports_own_text(text: str, keep: str) -> None:
    assert _touched(text, keep, "de") == []
    uid = text.split()[2].rstrip(".")
    assert _covered(text, uid, "de")


# --- 2. accident places after a sport's accident word ---


@pytest.mark.parametrize(
    "text",
    [
        "Bergunfall in Schneesturm, Hypothermie.",
        "Bergunfall am 4. 5. in Schneesturm.",
        "Tauchunfall in Tiefe 25 m, Barotrauma.",
        "Tauchunfall am 3. August in Tiefe 40 m.",
        "Kletterunfall in Wand, Kalkaneusfraktur.",
        "Skiunfall am 5. März in Abfahrtshocke.",
        "Paragleiterunfall in Baumkrone, Rippenserienfraktur.",
        "Mountainbikeunfall in Downhill Strecke.",
    ],
)
def test_common_noun_after_a_sport_accident_stays(text: str) -> None:
    assert not [label for _, label in _labelled(text, "de") if label == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Skiunfall in Obergurgl, Tibiakopffraktur.", "Obergurgl"),
        ("Kletterunfall in Hochegg, Prellung.", "Hochegg"),
        ("Rodelunfall in Lackenhof, Radiusfraktur.", "Lackenhof"),
        ("Bergunfall in Ramsau, Fraktur.", "Ramsau"),
        ("Skiunfall am 6.2.2025 in Ischgl.", "Ischgl"),
        ("Skisturz in Radstadt am Vortag.", "Radstadt"),
        ("Rodelunfall am 5. Januar bei Mariazell.", "Mariazell"),
        ("Paragleiterunfall in Kössen, Wirbelkörperfraktur.", "Kössen"),
        ("Snowboardsturz in Schladming, Knie.", "Schladming"),
    ],
)
def test_place_name_after_a_sport_accident_is_an_address(text: str, place: str) -> None:
    assert (place, "ADDRESS") in _labelled(text, "de")


# --- 3. phones after "Rückruf" ---


@pytest.mark.parametrize(
    "text",
    [
        "Rückruf bitte 15 45 Uhr.",
        "Rückruf 16 17 Uhr.",
        "Rückruf 9-11 Uhr.",
        "Rückruf 2026 05 14 geplant.",
        "Rückruf 14 05 2026 erfolgt.",
        "Rückruf 03 05 2026 erfolgt.",
    ],
)
def test_time_range_or_date_after_rueckruf_stays(text: str) -> None:
    assert [label for _, label in _labelled(text, "de") if label == "PHONE"] == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Rückruf unter 0512 504 27781.", "0512 504 27781"),
        ("Rückruf an +41 44 255 1111.", "+41 44 255 1111"),
        ("Rückruf 01 40400 7312 erbeten.", "01 40400 7312"),
        ("Rückruf +43 1 40400 bitte.", "+43 1 40400"),
    ],
)
def test_number_to_dial_after_rueckruf_is_a_phone(text: str, phone: str) -> None:
    assert (phone, "PHONE") in _labelled(text, "de")


# --- 4. dosimeter badge readings ---


@pytest.mark.parametrize(
    "text",
    [
        "Dosimeter badge 1400 µSv this year.",
        "Film badge 3100 counts in the quarter.",
        "Dosimetry badge 1500 readings logged.",
        "Radiation badge 3000 uSv, limit 20000.",
        "TLD badge 2200 mGy cumulative.",
    ],
)
def test_badge_reading_with_a_unit_stays(text: str) -> None:
    assert [label for _, label in _labelled(text) if label == "ID"] == []


@pytest.mark.parametrize(
    ("text", "badge"),
    [
        ("Staff badge 44721 scanned at the door.", "44721"),
        ("Badge no. 5512 at the front desk.", "5512"),
        ("Radiographer badge 88120, shift 2.", "88120"),
    ],
)
def test_badge_number_is_an_id(text: str, badge: str) -> None:
    assert (badge, "ID") in _labelled(text)


# --- 5. aliases: a code word after a bare cue ---


@pytest.mark.parametrize(
    "text",
    [
        "Spektraler Alias Grad 3 bei PRF 4 kHz.",
        "Alias Stufe 2 im Farbdoppler.",
        "Alias Messung 3 wiederholt.",
        "T1 alias Echo 14 Sequenz ohne Befund.",
        "Doppler alias Level 2 at the stenosis.",
    ],
)
def test_grade_step_or_measure_after_alias_stays(text: str) -> None:
    assert alias_id_hits(text, text.lower()) == []


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("Alias Unbekannt 5582, CT Polytrauma.", "Unbekannt 5582"),
        ("ED alias Walnut Oscar 3, CT head.", "Walnut Oscar 3"),
        ("Aliasname: Koala Blau 12, Schockraum.", "Koala Blau 12"),
        ("Alias: Unknown Male Zulu 9, CT.", "Unknown Male Zulu 9"),
        ("registered under Falcon 27 in the ED.", "Falcon 27"),
    ],
)
def test_alias_code_word_and_number_is_an_id(text: str, alias: str) -> None:
    assert [text[h.start : h.end] for h in alias_id_hits(text, text.lower())] == [alias]


# --- 6. "ARC" and "case": one ID-shaped token ---


@pytest.mark.parametrize(
    "text",
    [
        "Protocol ARC 2000 1 2 3 series.",
        "ARC 150 250 350 450 positions.",
        "In case 30000 counts are reached, stop.",
        "Worst case 15000 cps on the probe.",
        "Teaching case 40000 readings in the log.",
    ],
)
def test_list_of_numbers_or_a_count_stays(text: str) -> None:
    assert [label for _, label in _labelled(text) if label == "ID"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ARC UKC 412 608 33 5 shown at triage.", "UKC 412 608 33 5"),
        ("ARC 512 330 47 2 shown at triage.", "512 330 47 2"),
        ("Ankunftsnachweis 5172 3309 48 vorgelegt.", "5172 3309 48"),
        ("Case no. 5528104 of the social services.", "5528104"),
        ("Case 66120 referred to safeguarding.", "66120"),
    ],
)
def test_id_shaped_arc_or_case_number_is_an_id(text: str, value: str) -> None:
    assert _covered(text, value)


# --- 7. (optional of the brief) US "City, ST 12345": the ZIP must be one of the state's ---


@pytest.mark.parametrize(
    "text",
    [
        "Lung, CT 23456 counts per second.",
        "Thorax, PA 23456 projection.",
        "Abdomen, OR 23456 note.",
        "Spine, ME 30000 sequence.",
        "Brain, MS 23456 lesions count.",
        "Neck, AL 23456.",
    ],
)
def test_clinical_abbreviation_with_a_foreign_zip_stays(text: str) -> None:
    assert [label for _, label in _labelled(text) if label == "ADDRESS"] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Lives in Hartford, CT 06105.", "Hartford, CT 06105"),
        ("Seen in Pittsburgh, PA 15217 today.", "Pittsburgh, PA 15217"),
        ("Home: Portland, ME 04103.", "Portland, ME 04103"),
        ("Moved to Jackson MS 39206 last year.", "Jackson MS 39206"),
        ("Address: Boston, MA 02116.", "Boston, MA 02116"),
    ],
)
def test_town_state_and_its_zip_is_an_address(text: str, address: str) -> None:
    assert (address, "ADDRESS") in _labelled(text)
