"""Mend of round 23a (deid-mend23a): the four rules of round 23a that took clinical text (review deid-review23a),
each with the text that must stay and the identifier that must still go. All names are invented."""

from __future__ import annotations

import pytest

from curation.deid.text.legal_bodies import legal_body_hits
from curation.deid.text.legal_forms import partner_firm_hits
from curation.deid.text.service_names import service_name_hits
from tests.curation.deid.text.test_fix23a import _scrubbed
from tests.curation.deid.text.test_mend21b import _kept

# --- 1. logins after a note cue: no clinical abbreviation or word ---


@pytest.mark.parametrize(
    ("text", "word", "lang"),
    [
        ("CTPA\nnote (ctpa): protocol changed to split bolus.", "ctpa", "en"),
        ("SBRT planning\nnote (sbrt): fiducials placed.", "sbrt", "en"),
        ("RIS-Kommentar sbrt: Planung verschoben.", "sbrt", "de"),
        ("RIS-Kommentar ptcd: Drainage gewechselt.", "ptcd", "de"),
        ("note (pcnl): stone clearance planned.", "pcnl", "en"),
        ("note (gvhd): bowel wall thickening.", "gvhd", "en"),
        ("note (fnab): cytology pending.", "fnab", "en"),
        ("Note (pneumothorax): no change after drain.", "pneumothorax", "en"),
        ("note (pneumonie): Verlauf in 2 Tagen.", "pneumonie", "de"),
        ("note (cspine): cleared clinically.", "cspine", "en"),
        ("Kommentar 12.03.2026 (nstemi): Herzkatheter erfolgt.", "nstemi", "de"),
    ],
)
def test_note_cue_before_a_clinical_abbreviation_keeps_it(text: str, word: str, lang: str) -> None:
    assert _kept(text, word, lang)


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("RIS-Kommentar bwalcher: Patient nüchtern.", "bwalcher"),  # one initial, a listed surname
        ("comment (tnguyen): contrast held.", "tnguyen"),
        ("Commentaire RIS (mdubois) : examen reporté.", "mdubois"),  # an onset no word opens with, a surname's body
        ("HIM note (tjohnson): CD burned.", "tjohnson"),
        ("requester kpatel2 asked for comparison", "kpatel2"),
        ("Note (j.miller): called the ward", "j.miller"),
    ],
)
def test_login_after_a_note_cue_still_goes(text: str, login: str) -> None:
    assert _scrubbed(text, login)


# --- 2. law firms: "Étude" with lawyers only, bare "Law" closes no firm ---


@pytest.mark.parametrize(
    "text",
    [
        "Étude Doppler et Écho des membres inférieurs sans thrombose.",
        "Etude Doppler et Duplex des membres inférieurs.",
        "Étude Dixon et Flair sans injection.",
        "Flow follows Hagen & Poiseuille Law in the stenosis.",
        "Frank & Starling Law of the heart applies.",
    ],
)
def test_study_and_eponymous_law_are_no_firm(text: str) -> None:
    assert partner_firm_hits(text) == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Courrier de l'Étude Me Garnier et Me Valloton reçu.", "Me Garnier et Me Valloton"),
        ("Étude Garnier et Valloton, notaires, Lausanne", "Étude Garnier et Valloton, notaires"),
        ("Étude Perrin et Favre avocats", "Étude Perrin et Favre avocats"),
        ("Letter from Stryker & Pellham Law Offices.", "Stryker & Pellham Law Offices"),
    ],
)
def test_lawyers_study_and_law_offices_stay_firms(text: str, firm: str) -> None:
    assert [text[h.start : h.end] for h in partner_firm_hits(text)] == [firm]


# --- 3. police by seat: no vessel, organ or generic word ---


@pytest.mark.parametrize(
    "text",
    [
        "Polizei anwesend, PI Arteria cerebri media normal.",
        "Polizei anwesend, PI Vena cava normal.",
        "Polizei begleitet, PI Ductus venosus 0,6.",
        "Polizei, PI Carotis interna rechts 1,1.",
        "Polizeilich begleitet; Doppler: PI Umbilicalis erhöht.",
        "Escorted by Metro Police Department officers.",
        "Left Police Department notified.",
    ],
)
def test_police_seat_is_no_vessel_or_generic_word(text: str) -> None:
    assert legal_body_hits(text, text.lower()) == []


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Begleitung durch Polizei (PI Leoben-Göss).", "PI Leoben-Göss"),
        ("Escorted by Maple Grove Police Dept. officers.", "Maple Grove Police Dept."),
        ("Brought by Springfield Metro Police Department.", "Springfield Metro Police Department"),
    ],
)
def test_police_by_a_real_seat_still_goes(text: str, force: str) -> None:
    assert [text[h.start : h.end] for h in legal_body_hits(text, text.lower())] == [force]


# --- 4. interpreter service later on the line: a service's shape only ---


@pytest.mark.parametrize(
    ("text", "term", "lang"),
    [
        ("Interpreter (Polish) via Port access, no issues", "Port", "en"),
        ("Dolmetscher (Arabisch), Zugang via Port", "Port", "de"),
        ("Dolmetscher: Serbisch, via PICC", "PICC", "de"),
        ("Interpreter: Spanish via Radial Artery", "Radial Artery", "en"),
        ("Dolmetscher (Farsi) über Zentralvenenkatheter", "Zentralvenenkatheter", "de"),
        ("Interpreter (Polish), through Main Entrance", "Main Entrance", "en"),
        ("Interpreter (Dari) via Wheelchair", "Wheelchair", "en"),
        ("Interpreter (Tamil) via Portacath", "Portacath", "en"),
    ],
)
def test_interpreter_access_device_or_place_stays(text: str, term: str, lang: str) -> None:
    assert _kept(text, term, lang)


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Interpreter: Somali, via Voiceline Interpreting", "Voiceline Interpreting"),
        ("Interpreter: Farsi, Reza (ID 3321), via LanguageLine", "LanguageLine"),
        ("Dolmetscherin: Kurdisch, via Dolmetschzentrale Wien", "Dolmetschzentrale Wien"),
        ("Dolmetscher (Tigrinya) telefonisch über Triaphon, Herr Yonas.", "Triaphon"),
    ],
)
def test_interpreter_service_in_a_service_shape_still_goes(text: str, service: str) -> None:
    assert _scrubbed(text, service)


@pytest.mark.parametrize(
    "text",
    [
        "Interpreter: Mandarin, via Hickman Line",  # (the learned tagger may still take "Hickman": OLD in the review)
        "Interpreter (Arabic) via Nasogastric Tube",
        "Interpreter (Polish) via Jejunostomy",
        "Interpreter present; access via Femoral Sheath",
    ],
)
def test_interpreter_rule_takes_no_access_or_device(text: str) -> None:
    assert service_name_hits(text, text.lower()) == []


# --- 5. more note cues: "Bemerkung", "Anmerkung", "Hinweis", "remark" ---


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("Bemerkung (hmeier): Vorbilder angefordert.", "hmeier"),
        ("Anmerkung (jlang): Patient nüchtern.", "jlang"),
        ("Hinweis mkrause: Kontrastmittel pausiert.", "mkrause"),
        ("remark (tjones): CD burned", "tjones"),
    ],
)
def test_login_after_more_note_cues_goes(text: str, login: str) -> None:
    assert _scrubbed(text, login)


@pytest.mark.parametrize(
    ("text", "word", "lang"),
    [
        ("Hinweis (beachten): Kontrastmittelallergie.", "beachten", "de"),
        ("Bemerkung (ctpa): Bolus verspätet.", "ctpa", "de"),
        ("Anmerkung (pneumothorax): Drainage liegt.", "pneumothorax", "de"),
        ("Hinweis stroke: Lyse erfolgt.", "stroke", "de"),
        ("remark (prelim): to be verified", "prelim", "en"),
    ],
)
def test_more_note_cues_keep_words(text: str, word: str, lang: str) -> None:
    assert _kept(text, word, lang)
