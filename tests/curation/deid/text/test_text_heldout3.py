"""Recall and keep-word survival on the third held-out corpus (heldout3_corpus.py).

Measured when the corpus was committed, before the scrubber was read: names/dates/ids recall 0.728 (spaCy)
/ 0.721 (rules only), all labels 0.754 / 0.749, keep words 100%. After the generalising rule fixes:
0.934 / 0.930 on both paths; after the second round of general fixes (whole-word keep patterns, month-name
dates, signature blocks, street names, practices, registers: test_text_general.py) 0.993 / 0.995. The
thresholds lock in that gain (names/dates/ids >= 0.99, all >= 0.99, keep 100%). Since the second round
was written with the misses in view, this corpus is no longer fully held out (see docs/reports.md).
"""

from __future__ import annotations

import pytest

from curation.deid.text.scrub import scrub_text
from tests.curation.deid.text.corpus_measure import STRICT_LABELS, measure
from tests.curation.deid.text.heldout3_corpus import HELDOUT3, PHI_HELDOUT3


@pytest.fixture(scope="module", params=[True, False], ids=["spacy", "rules"])
def figures(request):
    return measure(HELDOUT3, PHI_HELDOUT3, use_spacy=request.param)


def test_heldout3_size():
    assert len(HELDOUT3) >= 80
    assert {s.lang for s in HELDOUT3} == {"de", "en"}
    assert sum(len(s.keep) for s in HELDOUT3) >= 60


def test_heldout3_recall(figures):
    print(figures.line())
    assert figures.recall(STRICT_LABELS) >= 0.99, figures.missed
    assert figures.recall() >= 0.99, figures.missed


def test_heldout3_keep_words(figures):
    assert figures.lost == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("PATIENT: WIŚNIEWSKI, TOMASZ   GEB.: x", "PATIENT: [PERSON]   GEB.: x"),
    ("Diktiert: pham / geschrieben: kr", "Diktiert: [PERSON] / geschrieben: [PERSON]"),
    ("Reported by: A. Romano, MD\nVerified by: B. Lee, MD", "Reported by: [PERSON], MD\nVerified by: [PERSON], MD"),
    ("Mr. Smirnov (Dima) came.", "Mr. [PERSON] ([PERSON]) came."),
    ("Herrn Benali (Stationsarzt)", "Herrn [PERSON] (Stationsarzt)"),
    ("ID: 7001-33492\nUntersuchung: CT", "ID: [ID]\nUntersuchung: CT"),
    ("Barcode RX-55-01927-B, COVID-19, L4-S1", "Barcode [ID], COVID-19, L4-S1"),
])
def test_rules_added_for_heldout3(text, expected):
    assert scrub_text(text, "de", None, -364, use_spacy=False).text == expected
