"""Fix round 24b (deid-fix24b): person and institution classes, keep losses and over-redaction of retired held-outs
35 and 36, each with positive and negative cases (scrubbed with the rules and the default tagger, no spaCy; or the
rule module alone).

1. Generic offices, courts and services kept: UK offices (admin_keeps), German care offices (office_words).
2. The kind before a named care body stays outside its span (service_sites).
3. Interpreters and their services listed after the interpreter (service_names).
4. Nicknames: after a nickname cue without a list, after a comma cue in quotes, in quotes before a bracketed full
   name (name_variants).
5. A lone given name after a practice or therapy role, and in apposition after a comma (crew_names).
6. UK ambulance services by their acronym (ambulance_services).
"""

from __future__ import annotations

import pytest

from curation.deid.text.admin_keeps import admin_keeps
from curation.deid.text.ambulance_services import ambulance_service_hits
from curation.deid.text.common import current, lowered_text
from curation.deid.text.crew_names import crew_name_hits
from curation.deid.text.service_names import service_name_hits
from curation.deid.text.service_sites import service_site_hits
from tests.curation.deid.text.test_fix23a import _scrubbed
from tests.curation.deid.text.test_mend21b import _kept

# --- 1. generic offices kept ---


@pytest.mark.parametrize(
    ("text", "term", "lang"),
    [
        (
            "We were contacted by the Patient Advice and Liaison Service on behalf of the son.",
            "Patient Advice and Liaison Service",
            "en",
        ),
        ("Processed by Information Governance, Harriet Pollard, ext 5512.", "Information Governance", "en"),
        ("NHS e-Referral Service – Advice and Guidance request", "NHS e-Referral Service", "en"),
        ("Betreuer (Betreuungsgericht): Herr Anselm Quandt, Aufgabenkreis Gesundheit.", "Betreuungsgericht", "de"),
        ("Kopie an den Sozialdienst und die Pflegedienstleitung.", "Sozialdienst", "de"),
        ("Mit freundlichen Grüssen, Livia Caduff, Leiterin Patientenadministration", "Patientenadministration", "de"),
    ],
)
def test_generic_offices_are_kept(text, term, lang):
    assert _kept(text, term, lang)


@pytest.mark.parametrize(
    ("text", "value", "lang"),
    [
        ("Processed by Information Governance, Harriet Pollard, ext 5512.", "Harriet Pollard", "en"),
        ("Betreuer (Betreuungsgericht): Herr Anselm Quandt, Aufgabenkreis Gesundheit.", "Anselm Quandt", "de"),
        ("Mit freundlichen Grüssen, Livia Caduff, Leiterin Patientenadministration", "Livia Caduff", "de"),
    ],
)
def test_names_beside_kept_offices_are_scrubbed(text, value, lang):
    assert _scrubbed(text, value, lang)


def test_office_keeps_are_bare_words_only():
    text = "Patientenanwaltschaft Vorarlberg und Sozialdienst; Information Governance Team; e-Referral Service."
    assert sorted(text[a:b] for a, b in admin_keeps(text)) == [
        "Information Governance Team",
        "Sozialdienst",
        "e-Referral Service",
    ]
    # a regional adjective before a care office makes a body: no keep
    assert admin_keeps("Kärntner Hauskrankenpflege übernimmt.") == []


# --- 2. the kind before a named care body ---


def _site_values(text: str) -> list[str]:
    with current(text):
        return sorted({text[h.start : h.end] for h in service_site_hits(text, lowered_text(text))})


def test_kind_before_named_body_is_left_out():
    assert _site_values("Hauskrankenpflege Volkshilfe Gmunden, Einsatzleitung") == ["Volkshilfe Gmunden"]
    assert _site_values("Pflegedienst Caritas Rheine übernimmt") == ["Caritas Rheine"]


def test_kind_before_a_plain_name_stays_in_the_span():
    assert _site_values("Versorgung durch Mobile Hauskrankenpflege Wienerwald, täglich") == [
        "Mobile Hauskrankenpflege Wienerwald"
    ]


# --- 3. interpreters and their services ---


def _service_labels(text: str) -> list[tuple[str, str]]:
    with current(text):
        return [(h.label, text[h.start : h.end]) for h in service_name_hits(text, lowered_text(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dolmetscherin (kurdisch): Zîlan Baran, Dolmetscherdienst WortWerk Kassel",
            [("PERSON", "Zîlan Baran"), ("INSTITUTION", "Dolmetscherdienst WortWerk Kassel")],
        ),
        (
            "Interpreter (Tigrinya, telephone): Selam, interpreter ID QX-2209, TalkLink",
            [("INSTITUTION", "TalkLink"), ("PERSON", "Selam")],
        ),
        ("Interpreter: Omar Haddad, ID #5512, video (LinguaBridge); witness: nurse", [("INSTITUTION", "LinguaBridge")]),
        (
            "Interprète (amharique) : Hanna Gebre, Interprétariat Arcade Genève",
            [("INSTITUTION", "Interprétariat Arcade Genève")],
        ),
    ],
)
def test_interpreter_services_listed_after_the_interpreter(text, expected):
    assert _service_labels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Interpreter (Polish, telephone) declined; consent in English.",
        "Dolmetscher (russisch) nicht erforderlich, Aufklärung auf Deutsch.",
        "Interpreter: Omar Haddad, witness: Nurse Station 4",
        "Interpreter (Urdu): not required, Pennine ward informed",
    ],
)
def test_interpreter_lists_without_a_service(text):
    assert _service_labels(text) == []


# --- 4. nicknames ---


@pytest.mark.parametrize(
    ("text", "value", "lang"),
    [
        ("Resident: Ethelreda Brackley (known as 'Etty'), falls risk high.", "Etty", "en"),
        ("Patient Montgomery Pask (prefers 'Monty') attended for DEXA.", "Monty", "en"),
        ("Trainer: „Kalle“ (Karl-Heinz Wimmer), Knieverletzung im Training.", "Kalle", "de"),
        ("Bewohnerin Walburga Eichner, genannt „Burgi“, Sturz aus dem Rollstuhl.", "Burgi", "de"),
    ],
)
def test_nicknames_are_scrubbed(text, value, lang):
    assert _scrubbed(text, value, lang)


@pytest.mark.parametrize(
    ("text", "term", "lang"),
    [
        ("Resident Ethelreda Brackley (known as 'frequent faller'), hip protectors in use.", "frequent faller", "en"),
        ("Befund „unauffällig“ (Vorbefund), Kontrolle in 6 Monaten.", "unauffällig", "de"),
        ("Sign: „Target“ (Kokarde) im Ultraschall.", "Target", "de"),
        ("Patient Montgomery Pask (prefers 'CT') today.", "CT", "en"),
    ],
)
def test_quoted_words_that_are_no_nicknames_stay(text, term, lang):
    assert _kept(text, term, lang)


# --- 5. a lone given name after a practice or therapy role ---


def _crew_values(text: str) -> list[str]:
    with current(text):
        return [text[h.start : h.end] for h in crew_name_hits(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Bilder liegen am Empfang, Medizinische Praxisassistentin Seraina.", ["Seraina"]),
        ("Swallow study Thursday; the SLT, Catriona, will attend.", ["Catriona"]),
        ("Our physio, Rhiannon, has reviewed the exercise plan.", ["Rhiannon"]),
        ("Rückfragen an MFA Jacqueline am Empfang.", ["Jacqueline"]),
    ],
)
def test_given_name_after_a_practice_role(text, expected):
    assert _crew_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The SLT, after review, advises thickened fluids.",
        "Praxisassistentin informiert, Termin verschoben.",
        "Our physio, Rhiannon Pugh, has reviewed it.",  # a full name: the person rules' (no apposition hit here)
        "Physio, Ergo, Logo: täglich.",
        "MFA Anmeldung bitte.",
    ],
)
def test_roles_without_a_lone_given_name(text):
    assert _crew_values(text) == []


# --- 6. UK ambulance services by acronym ---


def _ambulance_values(text: str) -> list[str]:
    with current(text):
        return [text[h.start : h.end] for h in ambulance_service_hits(text, lowered_text(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DNACPR in place. Conveyed by NWAS to the ED.", ["NWAS"]),
        ("Return journey: transport booked with EEAST for 15:30.", ["EEAST"]),
        ("Fall at home, SWASFT crew on scene 20 min.", ["SWASFT"]),
        ("Taken by the SAS to Ninewells.", ["SAS"]),
    ],
)
def test_ambulance_services_by_acronym(text, expected):
    assert _ambulance_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Statistics in SAS 9.4; ATLAS trial.",
        "Conveyed by ambulance; PTS booked.",
        "LAS score 3 on the left.",
        "YAS.",
    ],
)
def test_ambulance_acronyms_without_a_cue_stay(text):
    assert _ambulance_values(text) == []
