"""Review of round 20b (deid-mend20b): the keep losses of the new school, employer, interpreter, authority, run / CAD,
HL7 MSH-6 and "<Town>-<District>" rules, and the names those rules must still take.

A value after a school, employer, interpreter or authority cue names a house only when one of its words looks like a
name (a listed surname, given name or town, or a capitalised word in none of the common, clinical, role or
school-and-work vocabularies). Mostly strings of their own; a few of the reviewer's probes are kept verbatim
as the class's anchors.
"""

from __future__ import annotations

import pytest

from curation.deid.text.hl7 import hl7_hits, msh_keeps
from curation.deid.text.towns import district_town_end
from tests.curation.deid.text.test_round20b import _ids, _out, _services


@pytest.mark.parametrize(
    "text",
    [
        # schools: a class, a lesson, an accident or a school kind and a heading after the school word
        "Schüler der Realschule Klasse 7b, Fraktur Radius.",
        "Im Gymnasium Jahrgangsstufe 11, Sturz im Sport.",
        "Unfall in der Hauptschule Sturz von der Leiter.",
        "Lehrling, Berufsschule Sportunterricht, Distorsion.",
        "École Primaire Toux depuis 3 jours.",
        "Scuola Primaria Febbre da ieri.",
        "Enrolled in a Back School programme for lumbar pain.",
        "Regular School attendance since surgery.",
        # employers: work, a workplace, a generic employer or material after the cue
        "Arbeitsunfall bei Montage Arbeiten an der Decke.",
        "Arbeitet bei Nachtschicht Lager, Rückenschmerz.",
        "Working at Construction Site, fell off a ladder.",
        "Works for County Council as a driver.",
        "Die Firma Eigenbau Implantat wurde nicht verwendet.",
        # interpreters: a language, a staff role or a generic line
        "Interpreter via American Sign Language, consent taken.",
        "Übersetzung durch Pflegepersonal Station 2.",
        "Interpreter by Language Line, consent taken.",
        # authorities and hospital short forms: a result or a side after KH / KBC
        "KBC Negativ in der Kultur.",
        "KH Links basal? Nein.",
    ],
)
def test_no_name_after_the_cue_is_no_house(text: str) -> None:
    assert _services(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        # the rules still take names: listed names and towns, and proper-noun words no vocabulary knows
        ("Schülerin der Grundschule Lindenhof, Sturz; Röntgen.", "Grundschule Lindenhof"),
        ("Besuch der Realschule Hohenwart Sturz vom Reck.", "Realschule Hohenwart"),  # a trailing noun is cut
        ("Pupil at Wexcombe Primary School, fall.", "Wexcombe Primary School"),
        ("Arbeitsunfall bei Holzbau Gruber, Sturz vom Dach.", "Holzbau Gruber"),
        ("Works at Pellworth Foods, hand laceration.", "Pellworth Foods"),
        ("Die Firma Kessler Metallbau meldet den Unfall.", "Kessler Metallbau"),
        ("Interpreter booked via Lingoport Services; MRI.", "Lingoport Services"),
        ("Dolmetscher über Sprachnetz Ostalb; CT.", "Sprachnetz Ostalb"),
        ("KBC Sestre Milosrdnice, Vorbefund.", "KBC Sestre Milosrdnice"),
        ("Einlieferung durch Berufsfeuerwehr Dornfeld.", "Berufsfeuerwehr Dornfeld"),
        ("Meldung an das Jugendamt der Stadt Kesselbach.", "Jugendamt der Stadt Kesselbach"),
    ],
)
def test_names_after_the_cue_stay_houses(text: str, value: str) -> None:
    assert value in _services(text)


@pytest.mark.parametrize(
    "text",
    [
        "Known CAD 2019, stent to RCA.",
        "CAD 2024 ESC guideline applied.",
        "CAD: 1998 bypass surgery.",
        "Contrast run 03-2025 protocol.",
        "Run 11-1999 archive label.",
    ],
)
def test_cad_year_and_run_month_are_no_ids(text: str) -> None:
    assert _ids(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("CAD # 2019 dispatch; found collapsed.", "2019"),  # a number label: the CAD system's incident
        ("CAD 20190412 dispatch.", "20190412"),  # more digits than a year
        ("CAD incident 2024 logged.", "2024"),
        ("EMS run 26-004512; CT head.", "26-004512"),
        ("Run 13-2024 ambulance.", "13-2024"),  # no month
    ],
)
def test_cad_and_run_numbers_still_ids(text: str, value: str) -> None:
    assert value in _ids(text)


def _msh(receiving: str) -> str:
    return f"MSH|^~\\&|RIS|SEND|APP|{receiving}|20260101120000||ORU^R01|5512|P|2.5"


@pytest.mark.parametrize("code", ["RAD", "MR2", "CT_ARCHIVE", "PACSROUTER", "TELERAD", "NUKMED", "DICOMGW"])
def test_msh6_department_modality_and_router_codes_kept(code: str) -> None:
    text = _msh(code)
    assert code in [text[a:b] for a, b in msh_keeps(text)]
    assert code not in [text[h.start : h.end] for h in hl7_hits(text)]


@pytest.mark.parametrize("code", ["KSBRUNNEN", "SPZO", "USZ", "PETRA", "RADLEEDS", "Spital Eichwald", "12345"])
def test_msh6_house_codes_still_institutions(code: str) -> None:
    text = _msh(code)
    assert code in [text[h.start : h.end] for h in hl7_hits(text) if h.label == "INSTITUTION"]


@pytest.mark.parametrize(
    "text", ["Basel-Marathon", "Luzern-Express", "Köln-Messe", "Wien-Stadtlauf", "Genf-Cup", "Bern-Rundfahrt"]
)
def test_town_events_are_no_districts(text: str) -> None:
    assert district_town_end(text, 0) is None


@pytest.mark.parametrize("text", ["Leipzig-Gohlis", "Wien-Favoriten", "Hamburg-Altona", "Zürich-Seefeld"])
def test_town_districts_still_found(text: str) -> None:
    assert district_town_end(text, 0) == len(text)


@pytest.mark.parametrize(
    "text, lang, out",
    [
        ("Sturz beim Basel-Marathon, Distorsion OSG.", "de", "Sturz beim Basel-Marathon, Distorsion OSG."),
        ("Schülerin, Gymnasium Klasse 9, Skoliose.", "de", "Schülerin, Gymnasium Klasse 9, Skoliose."),
        ("Velounfall in Zürich-Seefeld, Röntgen.", "de", "Velounfall in [ADRESSE], Röntgen."),
        ("Schülerin der Grundschule Lindenhof, Sturz.", "de", "Schülerin der [EINRICHTUNG], Sturz."),
    ],
)
def test_whole_scrub(text: str, lang: str, out: str) -> None:
    assert _out(text, lang) == out
