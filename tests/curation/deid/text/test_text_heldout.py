"""Recall and keep-word survival on the held-out corpus (heldout_corpus.py), plus the rules it added.

The corpus was written before its writer read the scrubber; measured then: PERSON/DATE/ID recall 0.795,
all labels 0.776, keep 1.0. Thresholds as for the own corpus (test_text_corpus.py): names, dates and ids
>= 0.98, all labels >= 0.95, keep words 100%. Both the spaCy and the rules-only path are held to them,
since the VQA PHI check scrubs without spaCy.
"""

from __future__ import annotations

import pytest

from curation.deid.text.scrub import scrub_text
from tests.curation.deid.text.corpus_measure import STRICT_LABELS, measure
from tests.curation.deid.text.heldout_corpus import HELDOUT, PHI_HELDOUT


@pytest.fixture(scope="module", params=[True, False], ids=["spacy", "rules"])
def figures(request):
    return measure(HELDOUT, PHI_HELDOUT, use_spacy=request.param)


def test_heldout_size():
    assert len(HELDOUT) >= 60
    assert {s.lang for s in HELDOUT} == {"de", "en"}
    assert sum(len(s.spans) for s in HELDOUT) >= 100


def test_heldout_recall(figures):
    print(figures.line())
    assert figures.recall(STRICT_LABELS) >= 0.98, figures.missed
    assert figures.recall() >= 0.95, figures.missed


def test_heldout_keep_words(figures):
    assert figures.lost == ()


@pytest.mark.parametrize(("text", "shift", "expected"), [
    ("Tumorboard Di, 02.04.24.", -364, "Tumorboard Di, 04.04.23."),
    ("Tumorboard Di, 02.04.24.", 3, "Tumorboard Fr, 05.04.24."),
    ("MDT on Tuesday, 5 March 2024.", -364, "MDT on Tuesday, 7 March 2023."),
    ("Untersuchung: 14.03.2024, 10:42 Uhr", -364, "Untersuchung: 16.03.2023, 10:42 Uhr"),
    # a time of day identifies no one (round 9): it stays when the date is tagged, too
    ("Untersuchung: 14.03.2024, 10:42 Uhr", None, "Untersuchung: [DATUM], 10:42 Uhr"),
    ("Kontrolle Q1 2025 oder 3. Quartal 2024", -364, "Kontrolle Q1 2024 oder 3. Quartal 2023"),
    ("am 12.03.2024 12.50 mm", -364, "am 14.03.2023 12.50 mm"),
])
def test_weekday_time_quarter(text, shift, expected):
    assert scrub_text(text, "de", None, shift, use_spacy=False).text == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wohnhaft Hauptstraße 5, 8010 Graz.", "Wohnhaft [ADRESSE], [ADRESSE]."),
    ("Seit 2019 Beschwerden, 1500 Bilder.", "Seit 2019 Beschwerden, 1500 Bilder."),
    ("i.A. Brigitte Hofer, Sekretariat", "i.A. [PERSON], Sekretariat"),
    ("SV-Nr. 1234 031256, ÖGK", "SV-Nr. [ID], ÖGK"),
])
def test_rules_added_for_heldout(text, expected):
    assert scrub_text(text, "de", None, -364, use_spacy=False).text == expected
