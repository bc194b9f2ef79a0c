"""Figures of the scrubber on the round-3 structure dev corpus (dev_structure_corpus.py): a DEV set, tuned on,
so these floors guard the layout and morphology rules against regressions; they say nothing about unseen
text (the held-out sets do)."""

from __future__ import annotations

import pytest

from curation.deid.text.scrub import scrub_text
from tests.curation.deid.text.corpus_measure import measure
from tests.curation.deid.text.dev_structure_corpus import DEV_STRUCTURE_CORPUS


@pytest.fixture(scope="module", params=[True, False], ids=["spacy", "rules"])
def figures(request):
    return measure(DEV_STRUCTURE_CORPUS, {}, use_spacy=request.param)


def test_structure_corpus_covers_the_classes():
    labels = {label for s in DEV_STRUCTURE_CORPUS for _, _, label in s.spans}
    assert labels == {"PERSON", "INSTITUTION", "ADDRESS", "ID", "DATE", "PHONE"}
    assert sum(len(s.spans) for s in DEV_STRUCTURE_CORPUS) >= 170
    assert sum(len(s.keep) for s in DEV_STRUCTURE_CORPUS) >= 38


def test_structure_recall(figures):
    assert figures.recall() >= 0.99, figures.missed
    assert figures.recall(["INSTITUTION", "ADDRESS"]) >= 0.99, figures.missed


def test_structure_keep_terms(figures):
    assert figures.keep_rate == 1.0, figures.lost


def test_structure_over_redaction(figures):
    assert figures.over_redaction <= 0.02, figures.false_hits


@pytest.mark.parametrize(("text", "lang"), [
    # Look-alikes of the layout and morphology rules: they must come out unchanged.
    ("Serie 4, 2023 Kontrolle. Segment 7, 12345 Einheiten. Typ 2, 1998 erstmals.", "de"),
    ("CT Thorax mit KM\nLunge beidseits belüftet.\nHerz normal groß.", "de"),
    ("Im Zentrum Nekrose, im Zentrum Fett. Zentrum der Läsion hypodens.", "de"),
    ("Das Radiologische Institut Befund folgt.", "de"),
    ("Istituto di Radiologia, Clinica di Neurologia; Service de radiologie.", "de"),
    ("Images from January reviewed. Films from the ED. Images from CT and MRI were reviewed.", "en"),
    ("Referred from Urology for biopsy. Transferred from ICU on Monday. Scans at Baseline and Follow-up.", "en"),
    ("Health maintenance; Medical Center protocol; Cancer Center guidelines.", "en"),
    ("Befund\nLeber unauffällig | Milz 11 cm | Nieren regelrecht", "de"),
])
def test_structure_look_alikes_stay(text, lang):
    assert scrub_text(text, lang, None, None, use_spacy=False).text == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Klagesmarkt 3\n30159 Hannover", "[ADRESSE]\n[ADRESSE]"),
    ("Domicilio: Via alla Chiesa 8, 6648 Minusio", "Domicilio: [ADRESSE], [ADRESSE]"),
    ("Wohnhaft Hauptstr. 5, 88212 Ravensburg", "Wohnhaft [ADRESSE], [ADRESSE]"),
    ("Royal Devon Infirmary Trust\nBarrack Road, Exeter, EX2 5DW", "[EINRICHTUNG]\n[ADRESSE], [ADRESSE], [ADRESSE]"),
    ("Praxis Dr. Keller | Lindenweg 4 | 79111 Freiburg", "[EINRICHTUNG] | [ADRESSE] | [ADRESSE]"),
    ("Herrn\nDr. med. Paul Frey\nLindenweg 7\n79111 Freiburg", "Herrn\nDr. med. [PERSON]\n[ADRESSE]\n[ADRESSE]"),
])
def test_layout_rules(text, expected):
    assert scrub_text(text, "de", None, None, use_spacy=False).text == expected


@pytest.mark.parametrize(("text", "shift", "expected"), [
    ("Examen du 1er décembre 2024.", 1, "Examen du 2 décembre 2024."),
    ("Examen du 31 décembre 2024.", 1, "Examen du 1 janvier 2025."),
    ("Esame del 5 maggio 2024.", 10, "Esame del 15 maggio 2024."),
    ("Prior 4th of June 2023.", 1, "Prior 5th of June 2023."),
])
def test_romance_month_dates(text, shift, expected):
    assert scrub_text(text, "de", None, shift, use_spacy=False).text == expected


def test_one_edit_prefilter_keeps_every_word_one_edit_away():
    """The first/last-letter prefilter of the dictionary's fuzzy pass drops no word within one edit."""
    from rapidfuzz.distance import Levenshtein

    from curation.deid.text.dictionary import _ends, _may_be_one_edit

    names = frozenset({"mueller", "schaefer", "hofmeister", "anna", "oezdemir"})
    ends = _ends(names)
    letters = "abcdefghijklmnopqrstuvwxyzäöüß"
    for name in names:
        variants = {name[:i] + name[i + 1:] for i in range(len(name))}
        variants |= {name[:i] + c + name[i + 1:] for i in range(len(name)) for c in letters}
        variants |= {name[:i] + c + name[i:] for i in range(len(name) + 1) for c in letters}
        for word in variants - {""}:
            assert Levenshtein.distance(word, name) <= 1
            assert _may_be_one_edit(word, ends), word
    assert not _may_be_one_edit("kontrolle", ends)
