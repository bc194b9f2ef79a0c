"""Mend of round 21b: the review's probes (/tmp/deid-review21b, keep_*.txt and leak_*.txt) as the class, and
look-alikes of our own.

Keep rules that shielded PHI (device numbers holding a date or an NHS-shaped number, a capitals name after a log
arrow, a letter's own reference), and clinical words the round's new rules took: body parts after an exam date,
living situations, drugs, sequences and scores, interpreter look-alikes, the posteroanterior view, organs after
"und", heading words before a trust, serial years and doses, the junior doctor, counted nouns, lab columns.
"""

from __future__ import annotations

import pytest

from curation.deid.text.admin_keeps import admin_keeps
from curation.deid.text.keywordless_sites import keywordless_site_hits
from curation.deid.text.phone_forms import phone_form_hits
from curation.deid.text.ref_ids import ref_id_hits
from curation.deid.text.residence_towns import is_relative_word, residence_town_hits
from curation.deid.text.scrub import scrub_text


def _out(text: str, lang: str = "en") -> str:
    return scrub_text(text, lang, use_spacy=False).text


def _kept(text: str, term: str, lang: str = "en") -> bool:
    return term in _out(text, lang)


def _values(hits, text: str) -> list[str]:
    return [text[h.start : h.end] for h in hits]


# --- 1. keep rules never shield PHI ---


@pytest.mark.parametrize(
    ("text", "value", "lang"),
    [
        ("REF 12.03.1955 Geburtsdatum", "12.03.1955", "de"),
        ("LOT 12.03.1955", "12.03.1955", "de"),
        ("IDE 04.05.1939", "04.05.1939", "de"),
        ("IND 1234567890 (NHS number of the patient)", "1234567890", "en"),
        ("=> HUBER: signed", "HUBER", "en"),
        ("OUR REF: 23-44817", "23-44817", "en"),
        ("YOUR REF: JH/2025/0331", "JH/2025/0331", "en"),
        # look-alikes of our own
        ("LOT 1955-03-12 expired", "1955-03-12", "en"),
        ("-> MOSER: approved", "MOSER", "en"),
        ("Our ref 25-77120, please quote.", "25-77120", "en"),
    ],
)
def test_keeps_shield_no_phi(text: str, value: str, lang: str) -> None:
    assert value not in _out(text, lang)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Generator REF 4471-08 explanted.", "REF 4471-08"),
        ("Stent LOT 2201-445 implanted.", "LOT 2201-445"),
        ("Agent under IND 158812.", "IND 158812"),
        ("Device under IDE G190021.", "IDE G190021"),
        ("UDI-DI 04035479112233", "UDI-DI 04035479112233"),
        ("09:14:02 -> PACS: OK", "-> PACS"),
        ("08:00:01 → VNA: OK", "→ VNA"),
    ],
)
def test_device_and_system_keeps_stay(text: str, term: str) -> None:
    assert term in [text[a:b] for a, b in admin_keeps(text)]


@pytest.mark.parametrize(
    "text",
    ["REF 12.03.1955", "LOT 1955-03-12", "IND 1234567890", "OUR REF: 4471-08", "=> HUBER: signed", "REF: 2025-004417"],
)
def test_no_keep_for_phi_shapes(text: str) -> None:
    assert admin_keeps(text) == []


def test_letter_reference_is_an_id() -> None:
    text = "OUR REF: 23-44817; YOUR REF: JH/2025/0331"
    assert _values(ref_id_hits(text), text) == ["23-44817", "JH/2025/0331"]


def test_ppsn_with_t_check_letter_is_an_id() -> None:
    assert "1234567T" not in _out("PPSN: 1234567T")
    assert "7654321T" not in _out("Client PPSN 7654321T on file.")
    assert _kept("MRI at 3T and 1.5T, 7 T research scanner.", "3T and 1.5T, 7 T")


# --- 2. residence towns ---


@pytest.mark.parametrize(
    "word", ["Knie", "Fuß", "Arm", "Ohr", "Bein", "Hals", "Hüfte", "Sono", "Akut", "Notfall", "Stat", "Schulter"]
)
def test_word_after_an_exam_date_stays(word: str) -> None:
    text = f"Pat. Anna Huber, 12.03.2025, {word}, links"
    assert residence_town_hits(text) == []
    assert _kept(text, word, "de")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Pat. Maria Nigg, geb. 03.04.1938, Gais, Röntgen Becken.", "Gais"),
        ("Patient: John Byrne, DOB 04/05/1939, Clifden", "Clifden"),
        ("Pat. Karl Moser, * 01.02.1944, Mils, CT.", "Mils"),
    ],
)
def test_town_after_a_birth_date(text: str, town: str) -> None:
    assert _values(residence_town_hits(text), text) == [town]


@pytest.mark.parametrize(
    "text",
    [
        "Wohnort: Pflegeheim.",
        "Wohnort: Altersheim.",
        "Wohnort: Seniorenresidenz",
        "Home: Mobile.",
        "Home: Alone.",
        "Home: Spouse.",
        "(GP, Bloods)",
        "(Hausarzt; Sono)",
        "(GP, Warfarin)",
        "(GP; Ramipril)",
        "(GP, Metformin)",
        "Vater Papille (Ampulle) unauffällig.",
        "Partner Clinic (Ortho)",
        "Home: Carer.",
    ],
)
def test_clinical_and_social_words_are_no_towns(text: str) -> None:
    assert residence_town_hits(text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Home: Belmullet, Co. Mayo; MRI.", "Belmullet, Co. Mayo"),
        ("Home: Tralee.", "Tralee"),
        ("(Hausarzt, Uster)", "Uster"),
        ("Überweisung (Dr. Keller, Hausarzt, Dübendorf).", "Dübendorf"),
        ("Tochter Frau Heidi Strolz (Bad Aussee)", "Bad Aussee"),
        ("son Tom Reilly (Ballina)", "Ballina"),
        ("Wohnort: Obergurgl; Röntgen Thorax.", "Obergurgl"),
    ],
)
def test_residence_towns_still_found(text: str, town: str) -> None:
    assert sorted(set(_values(residence_town_hits(text), text))) == [town]  # (residence and county rules agree)


def test_relative_words() -> None:
    assert [w for w in ("Mother", "tochter", "Spouse", "Huber", "Papille") if is_relative_word(w)] == [
        "Mother",
        "tochter",
        "Spouse",
    ]


# --- 2. keyword-less sites ---


@pytest.mark.parametrize(
    "text",
    [
        "Radiotherapie IMRT-VMAT geplant.",
        "Radiotherapie SBRT-SIB",
        "Radiologie STIR-TSE Sequenz",
        "Radiologie DWI-ADC Mismatch",
        "Radiologie TOF-MRA",
        "Radiologie HASTE-FLAIR",
        "Radiologie CTA-DSA",
        "Onkologie TNM-UICC Stadium",
        "Onkologie ECOG-PS 1",
        "Radiologie GRE-EPI Artefakt",
        "Following Flight from Boston, DVT.",
        "Post Flight dyspnoea.",
        "Interpretation by AI software.",
        "Interpretation by MDT consensus.",
        "Interpretation by PACS.",
        "Interpretation by CAD.",
        "Interpreter via Mother.",
        "Interpreter via Husband, consent taken.",
        "Interpreter via RIS booking.",
    ],
)
def test_clinical_pairs_and_words_are_no_sites(text: str) -> None:
    assert keywordless_site_hits(text) == []


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Radio-Onkologie KSW-KSF", "Radio-Onkologie KSW-KSF"),
        ("Radiologie LUKS-SZO", "Radiologie LUKS-SZO"),
        ("Retrieved by Mercy Flight to the trauma bay.", "Mercy Flight"),
        ("Interpreter via LanguageLine.", "LanguageLine"),
    ],
)
def test_sites_still_found(text: str, site: str) -> None:
    assert _values(keywordless_site_hits(text), text) == [site]


# --- 2. facility joins ---


@pytest.mark.parametrize(
    ("text", "term", "lang"),
    [
        ("Röntgen Thorax im Kantonsspital Luzern, PA und seitlich.", "PA und seitlich", "de"),
        ("CXR at St Mary's Hospital, PA and lateral.", "PA and lateral", "en"),
        ("Thorax im Kantonsspital Luzern, PA-Aufnahme.", "PA-Aufnahme", "de"),
        ("Bone scan at St James's Hospital, PA view.", "PA view", "en"),
        ("Chest film at Royal Free Hospital, PA.", "PA.", "en"),
        ("CT im Kantonsspital Aarau und Sono ambulant.", "Sono", "de"),
        ("Kantonsspital Aarau and Lungs clear.", "Lungs", "en"),
        ("Transfer to General Hospital for Further Imaging.", "Further Imaging", "en"),
        ("CT CHEST WITH CONTRAST NHS TRUST", "CT CHEST WITH CONTRAST", "en"),
        ("PRIVATE AND CONFIDENTIAL NHS TRUST", "PRIVATE AND CONFIDENTIAL", "en"),
        ("URGENT NHS TRUST", "URGENT", "en"),
    ],
)
def test_facility_tails_leave_clinical_words(text: str, term: str, lang: str) -> None:
    assert _kept(text, term, lang)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Referring practice: Lakeside Urology Associates, PA; CT.", ", PA", "CT."),
        ("Report to Summit Imaging Group, P.A.\nCT head", "P.A.", "CT head"),
        ("FROM: NORTH TEES NHS FOUNDATION TRUST", "NORTH TEES", "FROM:"),
    ],
)
def test_facility_names_still_found(text: str, gone: str, kept: str) -> None:
    out = _out(text)
    assert gone not in out and kept in out


# --- 2. labelled IDs, phone forms, spaced dates, ID columns ---


@pytest.mark.parametrize(
    "text",
    [
        "Follow-up with serial 2024 and 2025 imaging showed stability.",
        "serial 2019-2023 images stable.",
        "Serial 2000 mg doses tolerated.",
        "Serial 1200 CT scans reviewed.",
        "Sentinel-Lymphknoten (SN) 2 von 3 positiv, SN 1234 nicht.",
        "SN 1500 µg/l (Ferritin)",
    ],
)
def test_no_serial_number(text: str) -> None:
    assert ref_id_hits(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Implant serial 7118834-022 explanted.", "7118834-022"),
        ("SN: 44812077", "44812077"),
        ("SN PJN604118S on the label", "PJN604118S"),
        ("S/N PJN604118-S", "PJN604118-S"),
    ],
)
def test_serial_numbers_still_found(text: str, value: str) -> None:
    assert _values(ref_id_hits(text), text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Intern 2 12 15 Rotation abgeschlossen.",
        "Interval intern 3 12 24 Monate Kontrolle.",
        "Dosis (120-150-1500) mg",
        "Ratio (100.120.1500)",
        "(415-555-0133) mg",
    ],
)
def test_no_phone_number(text: str) -> None:
    assert phone_form_hits(text, text.lower()) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rückfragen intern 4 58 12.", "4 58 12"),
        ("Intern: 4 58 12", "4 58 12"),
        ("Sucher 3 71 48", "3 71 48"),
        ("Call (720-555-0133) today.", "(720-555-0133)"),
    ],
)
def test_phone_numbers_still_found(text: str, value: str) -> None:
    assert _values(phone_form_hits(text, text.lower()), text) == [value]


@pytest.mark.parametrize(
    ("text", "term", "lang"),
    [
        ("Segmente 5. 6. 2000 Zellen", "5. 6. 2000", "de"),
        ("Herde 3. 4. 2000 Zellen pro Feld", "3. 4. 2000", "de"),
    ],
)
def test_no_spaced_date_before_a_count(text: str, term: str, lang: str) -> None:
    assert _kept(text, term, lang)


def test_spaced_date_still_found() -> None:
    assert "6. 11. 2025" not in _out("Untersuchung vom 6. 11. 2025 verglichen.", "de")


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("| Parameter | FIN | Einheit |\n| Kalium | 4.1 | mmol/L |\n| Natrium | 140 | mmol/L |", ["4.1", "140"]),
        ("| Episode | Size |\n| 1 | 12 mm |\n| 2 | 14 mm |", ["| 1 |", "| 2 |"]),
        ("| Encounter | Befund |\n| 3 | Erguss |\n| 4 | frei |", ["| 3 |", "| 4 |"]),
    ],
)
def test_word_id_columns_need_id_cells(text: str, terms: list[str]) -> None:
    out = _out(text, "de")
    assert [t for t in terms if t in out] == terms


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("| FIN | Befund |\n| 25004417 | ok |", "25004417"),
        ("| Episode | Befund |\n| E-2025-4471 | ok |", "E-2025-4471"),
    ],
)
def test_word_id_columns_with_id_cells(text: str, value: str) -> None:
    assert value not in _out(text, "de")
