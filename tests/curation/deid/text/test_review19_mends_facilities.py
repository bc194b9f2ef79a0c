"""Review of rounds 19a/19b/20a, facilities and places (deid-mend19f): the keep losses of the round-19b modules.

Each keep case is a reviewer's probe (/tmp/deid-review19, keep_19b / keep_wave2 / keep_wave4) or a look-alike of
its class, with the clinical term that must survive: no span may overlap it. The positive cases are the forms the
rules exist for, which must still be found.
"""

from __future__ import annotations

import pytest

from curation.deid.text.house_names import house_name_hits
from curation.deid.text.scrub import scrub_text


def _spans(text: str, lang: str) -> list[tuple[int, int, str, str]]:
    return [(s.start, s.end, s.label, text[s.start : s.end]) for s in scrub_text(text, lang, use_spacy=False).spans]


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(value, label) for _, _, label, value in _spans(text, lang)]


def _lost(text: str, term: str, lang: str) -> list[str]:
    start = text.index(term)
    end = start + len(term)
    return [value for s, e, _, value in _spans(text, lang) if s < end and e > start]


# --- AE titles: modality, room and function parts name no house --------------------------------------------------
@pytest.mark.parametrize(
    "text, term",
    [
        ("AE Title: MR_3T", "MR_3T"),
        ("Calling AE: PACS_ARCH", "PACS_ARCH"),
        ("Station AE: CT_ROOM2", "CT_ROOM2"),
        ("Source AE: US_PORT", "US_PORT"),
        ("AE: DX_MOBILE", "DX_MOBILE"),
        ("AE: XA_BIPLANE", "XA_BIPLANE"),
        ("AE Title: MG_TOMO", "MG_TOMO"),
        ("AE: PET_CT", "PET_CT"),
        ("AE: NM_SPECT", "NM_SPECT"),
        ("Station AE: ED_CT1", "ED_CT1"),
        ("Station AE: CT_SCANNER1", "CT_SCANNER1"),
        ("Station AE: MR_1_5T", "MR_1_5T"),
        ("Station AE: US_ED_1", "US_ED_1"),
        ("Station AE: CT_NOTAUF", "CT_NOTAUF"),
        ("Station AE: DX_WARD5", "DX_WARD5"),
        ("Station AE: MRI_MAIN", "MRI_MAIN"),
        ("Station AE: CT_ED", "CT_ED"),
        ("Station AE: PACS_QR", "PACS_QR"),
        ("AE Title: CT_KSBL_2", "CT"),
        ("Called AE: XA_CATH; Koronarangiographie.", "XA_CATH"),
        ("AE: US_ECHO2 Abdomen.", "US_ECHO2"),
    ],
)
def test_station_ae_titles_stay(text, term):
    assert _lost(text, term, "en") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("AE Title: CT_KSBL_2", "KSBL_2"),
        ("AE: LKHSTP_MR", "LKHSTP_MR"),
        ("Calling AE: LKHVB_MR1", "LKHVB_MR1"),
        ("Station AE: STMARYS_CT", "STMARYS_CT"),
        ("Source AE: RVI_NEWCASTLE; CT chest.", "RVI_NEWCASTLE"),
        ("Calling AE: CT1_HUG", "HUG"),
        ("AE: MR_CHUR, Knie rechts.", "CHUR"),
        ("AE: UKW_CT1", "UKW_CT1"),
    ],
)
def test_site_ae_titles_found(text, value):
    assert (value, "INSTITUTION") in _found(text, "en")


# --- a department, room or unit after "<House> <Town>/" ---------------------------------------------------------
@pytest.mark.parametrize(
    "text, term",
    [
        ("Spital Thun/Orthopädie zur Mitbeurteilung", "Orthopädie"),
        ("Uniklinik Köln/Schockraum", "Schockraum"),
        ("Krankenhaus Hietzing/Angiographie", "Angiographie"),
        ("Klinikum Dachau/Stroke Unit", "Stroke Unit"),
        *[
            (f"Zuweisung Klinikum Passau/{word}", word)
            for word in (
                "Pädiatrie",
                "Psychiatrie",
                "Geriatrie",
                "Endoskopie",
                "Herzkatheter",
                "Mammographie",
                "Aufwachraum",
                "Dialyse",
                "Anästhesie",
                "Kreißsaal",
                "Orthopädie",
                "Schockraum",
                "Angiographie",
            )
        ],
        ("Verlegung aus dem Klinikum Passau/Chest Pain Unit", "Chest Pain Unit"),
        ("Landesklinikum Melk/Hämodialyse, Shuntkontrolle", "Hämodialyse"),
    ],
)
def test_department_after_slash_stays(text, term):
    assert _lost(text, term, "de") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Vorbefund aus dem Landesklinikum Melk/Ybbs: Zyste.", "Landesklinikum Melk/Ybbs"),
        ("Übernahme aus dem Krankenhaus St. Andrä/Lavanttal; CT.", "Krankenhaus St. Andrä/Lavanttal"),
        ("Zuweisung Klinikum Wels/Grieskirchen: CT Thorax.", "Klinikum Wels/Grieskirchen"),
        ("Vorbefund Landesklinikum Melk/Ybbs Radiologie: Zyste.", "Landesklinikum Melk/Ybbs"),
    ],
)
def test_town_after_slash_found(text, value):
    assert (value, "INSTITUTION") in _found(text, "de")


# --- "<Word> Teleradiology Services": a kind of service unless the word is a place ------------------------------
@pytest.mark.parametrize(
    "word",
    ["Overnight", "Emergency", "Night", "Weekend", "Outsourced", "External", "Preliminary", "Commercial", "Contracted"],
)
def test_described_teleradiology_stays(word):
    text = f"{word} Teleradiology Services report reviewed."
    assert _lost(text, f"{word} Teleradiology Services", "en") == []


def test_long_term_care_facility_is_no_designation():
    assert house_name_hits("Long Term Health Care Facility resident, fall.") == []
    assert house_name_hits("Rural Critical Access Hospital, transfer for CT.") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Preliminary read by Western Range Teleradiology; CT.", "Western Range Teleradiology"),
        ("Preliminary read by Pennine Teleradiology; CT abdomen.", "Pennine Teleradiology"),
        (
            "Transferred from Copper Hill Comprehensive Health Care Facility; CT.",
            "Copper Hill Comprehensive Health Care Facility",
        ),
        ("Outside images from Birch Creek Critical Access Hospital: ileus.", "Birch Creek Critical Access Hospital"),
    ],
)
def test_placed_designations_found(text, value):
    assert (value, "INSTITUTION") in _found(text, "en")


# --- department and grade acronyms after a doctor's name ------------------------------------------------------
@pytest.mark.parametrize(
    "text, term, lang",
    [
        ("Dr Obi (HCA) escorted the patient.", "HCA", "en"),
        ("Dr. Ertl (ZMK) OPG.", "ZMK", "de"),
        *[
            (f"Dr. Wolf ({acr}) Anfrage CT Becken", acr, "de")
            for acr in ("HTG", "HCH", "SHK", "HST", "KIM", "KAR", "KAI", "UKG", "HKU")
        ],
        ("Dr Patel, HST, reviewed the films.", "HST", "en"),
    ],
)
def test_department_acronym_after_doctor_stays(text, term, lang):
    assert _lost(text, term, lang) == []


@pytest.mark.parametrize(
    "text, value",
    [("Zuweisung Dr. med. Frei (PUK), MRT Schädel.", "PUK"), ("Dr. Wolf (UPK) Anfrage CT Becken", "UPK")],
)
def test_house_acronym_after_doctor_found(text, value):
    assert (value, "INSTITUTION") in _found(text, "de")


# --- care services: what the service does is no brand ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, term",
    [
        ("SAPV Verordnung ausgestellt.", "Verordnung"),
        ("SAPV Einschreibung ab Montag", "Einschreibung"),
        ("SAPV Beginn ab Montag", "Beginn"),
        ("SPITEX Abklärung läuft.", "Abklärung"),
        ("SPITEX Wundversorgung ab Montag", "Wundversorgung"),
        ("SPITEX Termin ab Montag", "Termin"),
        ("PalliCare Konsil angefordert", "Konsil"),
        ("SPITEX Pflege ab Montag.", "Pflege"),
        ("SPITEX Einsatz ab Montag", "Einsatz"),
        ("SPITEX Besuch ab Montag", "Besuch"),
        ("Spitex Nachsorge ab Montag", "Nachsorge"),
    ],
)
def test_service_work_stays(text, term):
    assert _lost(text, term, "de") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Betreuung durch PalliVita Hunsrück; Punktion.", "PalliVita Hunsrück"),
        ("Versorgung durch das SAPV-Team Lichtblick, Aszites.", "SAPV-Team Lichtblick"),
        ("Die SPITEX Oberthurgau meldet einen Sturz.", "SPITEX Oberthurgau"),
        ("Die Spitex Uster meldet einen Sturz.", "Spitex Uster"),
        ("SAPV Hietzing übernimmt ab Montag.", "SAPV Hietzing"),
    ],
)
def test_named_services_found(text, value):
    assert (value, "INSTITUTION") in _found(text, "de")


# --- an older leak: the Turkish keyword before a listed town ----------------------------------------------------
def test_turkish_keyword_before_town_found():
    text = "Erstversorgung im Devlet Hastanesi Konya, CT Schädel."
    assert ("Devlet Hastanesi Konya", "INSTITUTION") in _found(text, "de")


def test_turkish_keyword_before_common_word_takes_no_word():
    text = "Devlet Hastanesi Raporu liegt vor."
    assert _lost(text, "Raporu", "de") == []
