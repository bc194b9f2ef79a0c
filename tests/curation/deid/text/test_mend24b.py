"""Mend of round 24b (deid-mend24b): the NEW failures of the review of 24b, each class with keep and leak cases
(scrubbed with the rules and the default tagger, no spaCy; or the rule module alone). All names are invented.

1. Ambulance acronyms: a conveyance verb and its preposition, no lower-case noun after the acronym, "control" no
   crew word, an ambulance label as a cue (ambulance_services).
2. A care office with its place: hyphenated and prefixed towns are places, the office with its place or after a
   regional adjective is an INSTITUTION, the bare office stays (office_words, admin_keeps, care_services,
   keywordless_sites).
3. Nickname clause: not before a noun the quoted word names; an ASCII closing quote outside the span
   (name_variants).
4. Role + given name: no measure abbreviation before a period or a number (crew_names).
"""

from __future__ import annotations

import pytest

from curation.deid.text.ambulance_services import ambulance_service_hits
from curation.deid.text.common import current, lowered_text
from curation.deid.text.scrub import scrub_text
from tests.curation.deid.text.test_fix23a import _scrubbed
from tests.curation.deid.text.test_mend21b import _kept

# --- 1. ambulance acronyms ---


def _ambulance_values(text: str) -> list[str]:
    with current(text):
        return [text[h.start : h.end] for h in ambulance_service_hits(text, lowered_text(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Collected by LAS scale: grade 2.",
        "Data transferred via SAS to the registry.",
        "Taken with YAS questionnaire (Young Adult Survey).",
        "Taken by mouth with water, SAS control scan.",
        "Attended by SAS doctor (specialty and associate specialist).",
        "Reviewed and attended by SAS grade doctor.",
        "Scan booked via SAS scheduling.",
        "Data collected with LAS software.",
        "Contrast transferred via EMAS pump.",
        "Subarachnoid space transferred via SAS: no blood.",
        "Biopsy taken with YAS needle.",
        "CSF collected via SAS puncture.",
        "SAS control group (n=24).",
        "Seen by SAS Doctor on call.",
        "SAS crew resource management training completed.",
        "Ambulance (LAS score 3) documented.",
    ],
)
def test_ambulance_acronyms_in_other_senses_stay(text):
    assert _ambulance_values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Conveyed by YAS to ED at 14:20.", ["YAS"]),
        ("Transport booked with WAST for discharge.", ["WAST"]),
        ("Transported via EEAST to the Royal.", ["EEAST"]),
        ("Transferred by NWAS paramedics from care home.", ["NWAS"]),
        ("Arrived by NEAS ambulance.", ["NEAS"]),
        ("Arrived with SCAS at 02:10, handover given.", ["SCAS"]),
        ("Conveyed by SCAS and handed over.", ["SCAS"]),
        ("Brought in by NWAS & police.", ["NWAS"]),
        ("Ambulance: YAS", ["YAS"]),
        ("Ambulance crew (EEAST) report fall.", ["EEAST"]),
        ("Patient brought to ED by ambulance (WMAS).", ["WMAS"]),
    ],
)
def test_ambulance_acronyms_after_a_conveyance_cue(text, expected):
    assert _ambulance_values(text) == expected


def test_ambulance_acronym_scrubbed_and_look_alike_kept_in_one_text():
    text = "Conveyed by YAS to ED. CSF collected via SAS puncture."
    assert _scrubbed(text, "YAS")
    assert _kept(text, "SAS puncture")


# --- 2. care offices with their place ---


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Betreuungsgericht Garmisch-Partenkirchen, Az. XVII 123/24.", "Garmisch-Partenkirchen"),
        ("Familiengericht Pankow-Weißensee, Az. 12 F 311/23.", "Pankow-Weißensee"),
        ("Betreuungsgericht Bad Tölz, Beschluss vom 03.02.2024.", "Bad Tölz"),
        ("Betreuungsgericht München hat eine Betreuerin bestellt.", "München"),
        ("Sozialdienst Halle-Neustadt informiert.", "Halle-Neustadt"),
        ("Zuständig: Betreuungsgericht Neustadt a. d. Waldnaab.", "Neustadt a. d. Waldnaab"),
        ("Vormundschaftsgericht Meilen", "Meilen"),
        ("Oberbayerischer Sozialdienst informiert.", "Oberbayerischer"),
        ("Tiroler Hauskrankenpflege übernimmt ab 12.03.", "Tiroler"),
        ("Complaint logged with Harrogate PALS on 04/02.", "Harrogate"),
    ],
)
def test_care_office_with_its_place_is_an_institution(text, place):
    spans = scrub_text(text, "de", use_spacy=False).spans
    start = text.index(place)
    assert any(s.label == "INSTITUTION" and s.start <= start and s.end >= start + len(place) for s in spans)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Betreuungsgericht informiert; Einwilligung durch Betreuer.", "Betreuungsgericht"),
        ("Sozialdienst Dienstag informiert.", "Sozialdienst Dienstag"),
        ("Die Hauskrankenpflege Montag bis Freitag.", "Hauskrankenpflege Montag"),
        ("Externer Sozialdienst informiert.", "Externer Sozialdienst"),
        ("Unser Sozialdienst hilft bei der Antragstellung.", "Unser Sozialdienst"),
        ("Entlassmanagement Unfall-Chirurgie informiert.", "Entlassmanagement Unfall-Chirurgie"),
        ("Discussed with PALS; no further action.", "PALS"),
        ("Kopie an den Sozialdienst und die Pflegedienstleitung.", "Sozialdienst"),
    ],
)
def test_bare_care_offices_stay(text, term):
    assert _kept(text, term, "de")


# --- 3. nickname clause ---


def _spans(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in scrub_text(text, lang, use_spacy=False).spans]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Discussed with Helen Marsh, called 'Resus' team.", "Resus"),
        ("Handed over to Orla Pennick, called 'Blue' ward afterwards.", "Blue"),
        ("Reviewed by Tamsin Greaves, known as 'Rapid' service lead.", "Rapid"),
    ],
)
def test_quoted_word_naming_a_noun_is_no_nickname(text, term):
    assert _kept(text, term)


@pytest.mark.parametrize(
    ("text", "nick"),
    [
        ("Discussed with Orla Pennick, called 'Dot', at home.", "Dot"),
        ("Patient: Bartholomew Quayle, known as 'Barty', lives alone.", "Barty"),
        ("Resident: Ethelreda Brackley (known as 'Etty'), falls risk high.", "Etty"),
    ],
)
def test_nickname_span_leaves_the_closing_quote_out(text, nick):
    assert (nick, "PERSON") in _spans(text)
    assert (nick + "'", "PERSON") not in _spans(text)


# --- 4. role + given name ---


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Logopädin Max. Schluckfrequenz reduziert.", "Max"),
        ("Logopädin Min. 3 Schlucke pro Minute.", "Min"),
        ("Physiotherapeutin Max 40 Grad Flexion.", "Max"),
    ],
)
def test_measure_abbreviation_after_a_role_is_no_given_name(text, term):
    assert _kept(text, f"{term}", "de")
    assert (term, "PERSON") not in _spans(text, "de")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Logopädin Maxine informiert die Station.", "Maxine"),
        ("Rückfragen an MFA Jacqueline am Empfang.", "Jacqueline"),
        ("Hebamme Ladina.", "Ladina"),
    ],
)
def test_given_name_after_a_role_still_scrubbed(text, name):
    assert _scrubbed(text, name, "de")


# --- 5. interpreter status words (optional class of the review) ---


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Interpreter: Pending, to be booked.", "Pending"),
        ("Interpreter: Booked, LanguageLine.", "Booked"),
        ("Interpreter: Not required, patient fluent.", "Not required"),
        ("Interpreter: Present, witness: nurse.", "Present"),
        ("Interpreter: Will attend, booked via the portal.", "Will attend"),
        ("Dolmetscher: Angefordert, nicht erschienen.", "Angefordert"),
        ("Interpreter: Twi, telephone.", "Twi"),
    ],
)
def test_interpreter_status_words_stay(text, term):
    assert _kept(text, term)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Interpreter: Dariusz Wolanski, Big Word Interpreting, face to face.", "Dariusz Wolanski"),
        ("Interpreter (Dari): Farid, telephone, Language Empire.", "Farid"),
        ("Interpreter: Booked, LanguageLine.", "LanguageLine"),
    ],
)
def test_interpreters_and_services_still_scrubbed(text, value):
    assert _scrubbed(text, value)
