"""Round 11 (facilities, addresses, one table reader): shape and floor of the dev corpus (tests/dev14fa/corpus.py,
DEV batch only: FRESH is measured, never asserted), the classes on other strings, and look-alikes that survive."""

from __future__ import annotations

import pytest

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fa.corpus import DEV, FRESH
from tests.dev14t.measure import with_tagger


def test_shape():
    assert len(DEV) == 33
    assert len(FRESH) == 12
    for s in (*DEV, *FRESH):
        assert_well_formed(s)


def _scrub(text: str, lang: str) -> str:
    from curation.deid.text.scrub import scrub_text

    return with_tagger(False, lambda: scrub_text(text, lang, None, None, use_spacy=False)).text


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # one table reader: site / practice, postcode, town and street columns (header words stay)
    ("Site|Modality\nWGH|CT\nSJH|MRI", "en", "Site|Modality\n[INSTITUTION]|CT\n[INSTITUTION]|MRI"),
    ("Site,Exam\nRUH,CT chest\nBRI,MRI knee", "en", "Site,Exam\n[INSTITUTION],CT chest\n[INSTITUTION],MRI knee"),
    ("MRN\tGP Practice\tExam\nH4471022\tBeech House\tCT head\nH4471023\tThe Elms\tXR hand", "en",
     "MRN\tGP Practice\tExam\n[ID]\t[INSTITUTION]\tCT head\n[ID]\t[INSTITUTION]\tXR hand"),
    ("Name;PLZ;Wohnort;Befund\nHuber;6020;Innsbruck;Fraktur\nKofler;6060;Hall;kein Befund", "de",
     "Name;PLZ;Wohnort;Befund\n[PERSON];[ADRESSE];[ADRESSE];Fraktur\n[PERSON];[ADRESSE];[ADRESSE];kein Befund"),
    ("Zip,City,Exam\n97504,Medford,CT\n59901,Kalispell,MRI", "en",
     "Zip,City,Exam\n[ADDRESS],[ADDRESS],CT\n[ADDRESS],[ADDRESS],MRI"),
    ("Patient ID|Address|Postcode\nK5512093|12 Vine Street|BS8 1TH\nK5512094|3 Elm Row|EH7 4AA", "en",
     "Patient ID|Address|Postcode\n[ID]|[ADDRESS]|[ADDRESS]\n[ID]|[ADDRESS]|[ADDRESS]"),
])
def test_classes(text, lang, expected):
    assert _scrub(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    # "Ort" of a findings table is a lesion's site, not a town
    ("Befund;Ort;Größe\nRundherd;Unterlappen;8 mm\nZyste;Niere;12 mm", "de"),
    ("Region,Sequence\nKnee,PD FS\nHip,T1", "en"),
])
def test_look_alikes(text, lang):
    assert _scrub(text, lang) == text
