"""Fix round 23a (deid-fix23a): person and facility classes of retired held-outs 33 and 34, each with positive and
negative cases (scrubbed with the rules and the default tagger, no spaCy; or the rule module alone).

1. Logins after a note or comment cue of a RIS / records system (keyed_exports).
2. Law firms named by their partners and a firm word (legal_forms).
3. Name particles at the edges of PERSON hits (particle_names).
4. Swiss and French closings of two words before a signing given name (sign_offs).
5. A given name slashed before a named colleague (given_pairs).
6. An interpreter service named later on the cue's line, after a language or a person (service_names).
7. A police force by its seat (legal_bodies).
"""

from __future__ import annotations

import pytest

from curation.deid.text.common import Hit, lowered_text
from curation.deid.text.given_pairs import slashed_given_hits
from curation.deid.text.legal_bodies import legal_body_hits
from curation.deid.text.legal_forms import partner_firm_hits
from curation.deid.text.particle_names import particle_name_hits
from curation.deid.text.scrub import scrub_text
from tests.curation.deid.text.test_mend21b import _kept, _values


def _person_values(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in scrub_text(text, lang, use_spacy=False).spans if s.label == "PERSON"]


def _scrubbed(text: str, value: str, lang: str = "en") -> bool:
    """Every letter and digit of `value` lies in a reported span."""
    start = text.index(value)
    spans = scrub_text(text, lang, use_spacy=False).spans
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value)) if text[i].isalnum())


# --- 1. logins after a note cue ---


@pytest.mark.parametrize(
    ("text", "login", "lang"),
    [
        ("RIS-Kommentar lbrandtner: Voraufnahmen angefordert, CD folgt.", "lbrandtner", "de"),
        ("RIS-Kommentar 2026-04-02 08:31 (kweber): Anfrage der Versicherung.", "kweber", "de"),
        ("RIS-Kommentar 02.04.2026 (hpoell2): Kopie versandt.", "hpoell2", "de"),
        ("HIM note (tjackson): released 1 CD.", "tjackson", "en"),
        ("Records team note (RWALSH4): CD encrypted.", "RWALSH4", "en"),
        ("Image transfer (requester pdonnelly07) for CT colon.", "pdonnelly07", "en"),
        ("Commentaire RIS (mfavre) : CD envoyé.", "mfavre", "fr"),
        ("Nota segreteria (grossi3): referto inviato.", "grossi3", "it"),
    ],
)
def test_login_after_a_note_cue_is_a_person(text: str, login: str, lang: str) -> None:
    assert login in _person_values(text, lang)


@pytest.mark.parametrize(
    ("text", "word", "lang"),
    [
        ("RIS-Kommentar: Aufnahme wiederholt.", "Aufnahme", "de"),
        ("Records team note (addendum): form scanned.", "addendum", "en"),
        ("HIM note (final): release complete.", "final", "en"),
        ("Scheduling comment (urgent): MRI today.", "urgent", "en"),
        ("Records team note (FINAL): form scanned.", "FINAL", "en"),
        ("Note: unremarkable study.", "unremarkable", "en"),
        ("Please note (see above): no change.", "see above", "en"),
        ("Kommentar pending: Rückruf.", "pending", "de"),
    ],
)
def test_note_cue_before_a_word_keeps_it(text: str, word: str, lang: str) -> None:
    assert _kept(text, word, lang)


# --- 2. law firms named by partners ---


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Kanzlei Moosbrugger & Partner Rechtsanwälte, Az. 1/26", "Kanzlei Moosbrugger & Partner Rechtsanwälte"),
        ("Anfrage Advokatur Gisler & Imhof: Bilder", "Advokatur Gisler & Imhof"),
        ("ROI request: Whitfield & Okonjo, P.A., re: client", "Whitfield & Okonjo, P.A."),
        ("requested by Hargreaves & Lund Solicitors for", "Hargreaves & Lund Solicitors"),
        ("Demande Perrin & Cuendet avocats : copie", "Perrin & Cuendet avocats"),
        ("Schreiben der Kanzlei Dr. Hartl & Kollegen Rechtsanwälte", "Dr. Hartl & Kollegen Rechtsanwälte"),
        ("Kanzlei Brunner und Partner, Graz", "Kanzlei Brunner und Partner"),
    ],
)
def test_partner_firm_is_an_institution(text: str, firm: str) -> None:
    assert _values(partner_firm_hits(text), text) == [firm]


@pytest.mark.parametrize(
    "text",
    [
        "Morbus Crohn & Colitis: Wandverdickung.",
        "Hand & Handgelenk links: keine Fraktur.",
        "Wells & Geneva scores low.",
        "Kanzlei informiert, Befund folgt.",
        "Klinik & Poliklinik Rechtsanwälte",  # no partner names: facility words
        "Leber & Milz Solicitors",
    ],
)
def test_ampersand_without_partners_and_firm_word_is_no_firm(text: str) -> None:
    assert partner_firm_hits(text) == []


def test_partner_firm_scrubbed_whole() -> None:
    text = "Ansuchen: Kanzlei Haslauer & Partner Rechtsanwälte GmbH, Herrengasse 6"
    assert _scrubbed(text, "Kanzlei Haslauer & Partner Rechtsanwälte GmbH", "de")


# --- 3. name particles ---


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Termin für Khalid bin Saeed Al-Mazrouei, MRT Knie.", "Khalid bin Saeed Al-Mazrouei", "de"),
        ("Patient Noura bint Faisal Al-Harbi, mammography.", "Noura bint Faisal Al-Harbi", "en"),
        ("Konsil – Dos Anjos Carvalho, Paulo Jorge, CT Thorax.", "Dos Anjos Carvalho, Paulo Jorge", "de"),
        ("Claimant Ana da Graça Moutinho (Portuguese speaker).", "Ana da Graça Moutinho", "en"),
    ],
)
def test_particle_joins_the_name(text: str, name: str, lang: str) -> None:
    assert _scrubbed(text, name, lang)


def test_particle_rules_on_hits() -> None:
    text = "Patient Maria da Silva Pereira"
    hits = [Hit(8, 13, "PERSON", "rule"), Hit(17, 30, "PERSON", "rule")]
    assert _values(particle_name_hits(text, hits), text) == ["Maria da Silva Pereira"]
    text = "Zuweiser Pieter van der Hoeven"
    hits = [Hit(9, 15, "PERSON", "rule"), Hit(24, 30, "PERSON", "rule")]
    assert _values(particle_name_hits(text, hits), text) == ["Pieter van der Hoeven"]
    # a word that is no particle between two hits: nothing joined
    text = "Anna und Hoeven"
    assert particle_name_hits(text, [Hit(0, 4, "PERSON", "rule"), Hit(9, 15, "PERSON", "rule")]) == []
    # a German "bin" before a pronoun: no chain
    text = "Herr Huber bin Ihnen dankbar."
    assert particle_name_hits(text, [Hit(5, 10, "PERSON", "rule")]) == []
    # a particle that opens a sentence, not a field: no extension
    text = "Befund besprochen. Da Huber im Urlaub ist"
    assert particle_name_hits(text, [Hit(22, 27, "PERSON", "rule")]) == []
    # after a dash it opens a field
    text = "Konsil – Da Costa Pinto"
    assert _values(particle_name_hits(text, [Hit(12, 23, "PERSON", "rule")]), text) == ["Da Costa Pinto"]
    # a particle word between a person and a non-person: nothing joined
    text = "Huber da Befund"
    assert particle_name_hits(text, [Hit(0, 5, "PERSON", "rule")]) == []


@pytest.mark.parametrize(
    ("text", "term", "lang"),
    [
        ("Da keine Voraufnahmen vorliegen, bin ich auf den Verlauf angewiesen.", "Voraufnahmen", "de"),
        ("Das Lipom misst 3 cm.", "Lipom", "de"),
    ],
)
def test_particle_look_alikes_stay(text: str, term: str, lang: str) -> None:
    assert _kept(text, term, lang)


# --- 4. closings of two words ---


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Bitte an die Adresse senden. Merci vielmal, Andrea\n\nKantonsspital", "Andrea", "de"),
        ("critères respectés. Bien à toi, Sophie\n--\nHôpital", "Sophie", "fr"),
        ("Je te remercie. Bien à vous, Mathilde", "Mathilde", "fr"),
        ("Grazie per la collaborazione. A presto, Luca", "Luca", "it"),
        ("Merci beaucoup, Camille", "Camille", "fr"),
    ],
)
def test_given_name_after_a_two_word_closing(text: str, name: str, lang: str) -> None:
    assert name in _person_values(text, lang)


@pytest.mark.parametrize(
    ("text", "term", "lang"),
    [
        ("Merci beaucoup, Angiographie suit.", "Angiographie", "fr"),
        ("Bien à vous, Radiologie\n", "Radiologie", "fr"),
        ("Merci vielmal, Sekretariat", "Sekretariat", "de"),
    ],
)
def test_two_word_closing_before_a_word_keeps_it(text: str, term: str, lang: str) -> None:
    assert _kept(text, term, lang)


# --- 5. a given name slashed before a named colleague ---


@pytest.mark.parametrize(
    ("text", "named", "given"),
    [
        ("MTRA-Pikett: Nadja / Fabienne Ott. Bei Alarm", "Fabienne Ott", "Nadja"),
        ("Radiographers: Petra / Mike Rauter.", "Mike Rauter", "Petra"),
        ("Techs: Julia/Thomas Berger", "Thomas Berger", "Julia"),
    ],
)
def test_slashed_given_name_is_a_person(text: str, named: str, given: str) -> None:
    start = text.index(named)
    hits = [Hit(start, start + len(named), "PERSON", "rule")]
    assert _values(slashed_given_hits(text, hits), text) == [given]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Thorax / Anna Meier", "Anna Meier"),
        ("CT / Mike Rauter", "Mike Rauter"),
        ("Dr. Meier / Anna Huber", "Anna Huber"),
        ("Petra / Rauter", "Rauter"),  # one word after the slash: no named colleague
        ("Prof. Hans / Anna Huber", "Anna Huber"),
    ],
)
def test_slash_before_a_name_without_a_given_name_takes_nothing(text: str, named: str) -> None:
    start = text.index(named)
    assert slashed_given_hits(text, [Hit(start, start + len(named), "PERSON", "rule")]) == []


# --- 6. interpreter service later on the line ---


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Interpreter (Sorani) via The Big Word, job 4411.", "The Big Word"),
        ("Interpreter: Arabic, Khaled (ID #40812), via LanguageLine\nPatient", "LanguageLine"),
        ("Dolmetscher (Tigrinya) telefonisch über Triaphon, Herr Yonas.", "Triaphon"),
    ],
)
def test_interpreter_service_after_a_language(text: str, service: str) -> None:
    assert _scrubbed(text, service)


@pytest.mark.parametrize(
    ("text", "term", "lang"),
    [
        ("Interpreter (Polish) via telephone, consent obtained.", "telephone", "en"),
        ("Dolmetscher (Arabisch) über Telefon anwesend.", "Telefon", "de"),
        ("Dolmetscher (Arabisch). Via Eingang Nord zur Radiologie.", "Eingang Nord", "de"),
        ("Interpreter (Farsi) via Video link.", "Video", "en"),
    ],
)
def test_interpreter_medium_later_on_the_line_stays(text: str, term: str, lang: str) -> None:
    assert _kept(text, term, lang)


# --- 7. police forces by their seat ---


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Brought in by a Kalispell County Sheriff deputy after a fall.", "Kalispell County Sheriff"),
        ("Brought by EMS with Tucson Police Department escort.", "Tucson Police Department"),
        ("Escort: Fresno Police Dept. officers present.", "Fresno Police Dept."),
        ("Polizeiliche Begleitung (2 Beamte, PI Innsbruck-Wilten), Patient in Gewahrsam.", "PI Innsbruck-Wilten"),
        ("Begleitung durch Polizei (PI Landstraße)", "PI Landstraße"),
    ],
)
def test_police_force_by_seat(text: str, force: str) -> None:
    assert force in _values(legal_body_hits(text, lowered_text(text)), text)


@pytest.mark.parametrize(
    "text",
    [
        "The Police Department was informed by the ward.",
        "PI 1,2 in der A. uterina; Polizei informiert.",
        "Polizei informiert. PI Arteria uterina erhöht.",
        "PI Arteria uterina erhöht, keine Polizei.",
        "Sheriff deputy present, County Sheriff informed.",
    ],
)
def test_police_words_without_a_seat_name_no_force(text: str) -> None:
    assert [h for h in legal_body_hits(text, lowered_text(text)) if h.label == "INSTITUTION"] == []
