"""Round 5 of the report-text scrubber (issue 14): hospitals known by a short or house name, names after verbs of
communication, French and Italian titles, joined name particles, ages over 89 in French, Italian and "-jährig",
bare-domain URLs, genitive hospital heads. The corpus floors guard a DEV set (tuned on); the look-alikes must
come out unchanged; the class cases state each rule's intent."""

from __future__ import annotations

import pytest

from curation.deid.text.common import LiteralStarts
from curation.deid.text.contacts import COMMUNICATION_VERB
from curation.deid.text.known_sites import KNOWN_SITE
from curation.deid.text.scrub import scrub_text
from tests.curation.deid.text.corpus_measure import measure
from tests.curation.deid.text.dev14e_corpus import DEV14E_B, DEV14E_CORPUS


def _rules(text: str, lang: str = "de") -> str:
    return scrub_text(text, lang, None, None, use_spacy=False).text


def test_dev14e_floors():
    figures = measure(DEV14E_CORPUS, {}, use_spacy=False)
    assert figures.recall() >= 0.98, figures.missed
    assert figures.recall(["PERSON"]) == 1.0, figures.missed
    assert figures.recall(["INSTITUTION"]) == 1.0, figures.missed
    # One keep word ("Ospedale:") also stands inside a facility span of the same excerpt: the count-based keep
    # check reads that as lost (an artefact of the excerpt, kept as written before the round).
    assert figures.keep_rate >= 0.98, figures.lost
    assert not figures.false_hits


def test_dev14e_batch_b_floors():
    figures = measure(DEV14E_B, {}, use_spacy=False)
    assert figures.recall() >= 0.98, figures.missed
    assert figures.keep_rate == 1.0, figures.lost
    assert figures.over_redaction <= 0.03, figures.false_hits  # one boundary: a town inside a facility span


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # Short and house names of hospitals, no facility word.
    ("Vergleich mit Bildern vom KSSG und der Charité.", "de",
     "Vergleich mit Bildern vom [EINRICHTUNG] und der [EINRICHTUNG]."),
    ("Prior MRI at BWH; outside films from Papworth.", "en",
     "Prior MRI at [INSTITUTION]; outside films from [INSTITUTION]."),
    ("trasferito dall'EOC", "de", "trasferito dall'[EINRICHTUNG]"),
    # A genitive head keeps its name; a French "Centre Médical" with capitals.
    ("Bilder des Kantonsspitals Frauenfeld", "de", "Bilder des [EINRICHTUNG]"),
    ("envoyé par le Centre Médical des Alpes", "de", "envoyé par le [EINRICHTUNG]"),
    # Names after verbs of communication: a title, or a listed given name first.
    ("Befund telefonisch an Jonas Egli übermittelt.", "de", "Befund telefonisch an [PERSON] übermittelt."),
    ("Findings discussed with Priya Raman at 09:10.", "en", "Findings discussed with [PERSON] at 09:10."),
    ("I notified Dr Keane by phone.", "en", "I notified Dr [PERSON] by phone."),
    ("Résultat discuté avec Mme Isabelle Perrin.", "de", "Résultat discuté avec Mme [PERSON]."),
    ("Anruf von Sabine Keller; message left for Daniel Whitaker; son fils Julien Rochat.", "de",
     "Anruf von [PERSON]; message left for [PERSON]; son fils [PERSON]."),
    # Swiss home care, Italian centres with a capital.
    ("Spitex Region Thun informiert; Centro Medico Ticino", "de", "[EINRICHTUNG] informiert; [EINRICHTUNG]"),
    # French and Italian titles, joined and Italian particles.
    ("Sig.ra Elena Bottinelli; Dr.ssa Chiara Fontana; M. Jean-Luc Perret", "de",
     "Sig.ra [PERSON]; Dr.ssa [PERSON]; M. [PERSON]"),
    ("Dr. Karim al-Masri and Dr. Luca della Torre", "en", "Dr. [PERSON] and Dr. [PERSON]"),
    # Ages over 89 in French, Italian and German.
    ("âgée de 94 ans; di 97 anni; 91-jährig", "de", "âgée de [ALTER] ans; di [ALTER] anni; [ALTER]-jährig"),
    # Bare domains and their paths.
    ("Portal: results.lakehealth.org/p/77 and bildportal.spital-xy.ch.", "en",
     "Portal: [ID] and [ID]."),
])
def test_round5_classes(text, lang, expected):
    assert _rules(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    # Departments after a communication verb are no names.
    ("Rücksprache mit Neurochirurgie; discussed with Interventional Radiology; informed the ED team.", "en"),
    ("Befund mit Oberarzt besprochen. Telefonisch an Station übermittelt.", "de"),
    ("Mail an Station. Anruf von Neurologie. CT and with contrast, und mit KM; une femme de 45 ans.", "de"),
    # Morbus abbreviated "M." before an eponym, EOC as a cancer, file names, ages under 90.
    ("M. Crohn bekannt, M. Bechterew ausgeschlossen. EOC stage III. Datei report.pdf; 89 ans; 45 anni.", "de"),
    ("USB stick with images; MSK radiologist; e.g. z.B. i.v.", "en"),
])
def test_round5_look_alikes_unchanged(text, lang):
    assert _rules(text, lang) == text


def test_round5_scanners_run_from_literal_starts():
    """An optional prefix or a character class at the start turns a scanner into a scan of every position
    (23 us per report instead of 5): both new alternations must keep their literal starts."""
    for scanner in (COMMUNICATION_VERB, KNOWN_SITE):
        assert isinstance(scanner, LiteralStarts)
        assert min(map(len, scanner.prefixes)) >= 3
