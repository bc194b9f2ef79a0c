"""Issue 16, round 18: compact "s:i" pairs after a word label, Austrian abbreviated series/image words in running
text, withdrawn citations in addenda, headings of an outside or earlier examination with its series, a dated prior
pair in its own bracket. Sentences written for these tests (not from any held-out set, not from dev16x)."""

from __future__ import annotations

import pytest

from curation.snippets.grammar import find_ref_spans
from curation.snippets.study_headings import prior_by_study_heading
from curation.snippets.withdrawn import withdrawn
from tests.curation.snippets.mined import rows


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a labelled compact pair after a worded citation in the same bracket, ";" or ","
    ("Lymphknoten präkarinal (Serie 3, Bild 77; koronar 601:40).", "de", [(3, 77, 77, False), (601, 40, 40, False)]),
    ("Labral tear (series 9, image 21, PD FS 11:22).", "en", [(9, 21, 21, False), (11, 22, 22, False)]),
    ("Ischaemic focus (series 4, image 30; DWI 7:31; ADC 8:31).", "en",
     [(4, 30, 30, False), (7, 31, 31, False), (8, 31, 31, False)]),
    ("Avid node (series 3, image 90; fused 5:90).", "en", [(3, 90, 90, False), (5, 90, 90, False)]),
    # ... a range, three labels, a bracket of labelled pairs only
    ("Erguss (Serie 2, Bild 40; sagittal T2 FS 9:14-18).", "de", [(2, 40, 40, False), (9, 14, 18, False)]),
    ("Oedema (axial PD FS 5:22, sagittal STIR 6:19).", "en", [(5, 22, 22, False), (6, 19, 19, False)]),
    # ... running text after a locative preposition
    ("The target lymph node is marked on 3:154 in the key images.", "en", [(3, 154, 154, False)]),
    ("Die Läsion ist auf 7:63 am besten abgrenzbar.", "de", [(7, 63, 63, False)]),
    # confounders: a ratio after a label, clock times after "on"/"auf"
    ("Herd (Serie 3, Bild 45; Verhältnis 3:1).", "de", [(3, 45, 45, False)]),
    ("Contrast injected on 10:45 am, scan on 11:02.", "en", []),
    ("Termin auf 14:30 Uhr verschoben.", "de", []),
])
def test_compact_pairs_after_a_label(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Koronar Sr. 604 Img. 27 sowie axial Sr. 2 Img. 131 Knoten im Mittellappen.",
     [(604, 27, 27, False), (2, 131, 131, False)]),
    ("Sagittal Sr. 602 Img. 18 bis 22 Spondylophyt.", [(602, 18, 22, False)]),
    ("In der Spätphase Sr. 8 Img. 64 bzw. Sr. 8 Img. 66 Auswaschen.", [(8, 64, 64, False), (8, 66, 66, False)]),
    ("Sag Sr 601 Img 44 Protrusion.", [(601, 44, 44, False)]),
])
def test_austrian_abbreviations_in_running_text(scorer: None, text: str, want: list) -> None:
    assert rows(text) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Nachtrag: Die Zyste liegt auf Serie 6, Bild 93 und nicht wie angegeben auf Bild 39.", "de", [(6, 93, 93, False)]),
    ("Addendum: the fracture is on series 8, image 17, not image 71 as previously stated.", "en",
     [(8, 17, 17, False)]),
    ("Addendum: series 4, image 140 should be read instead of series 4, image 104.", "en", [(4, 140, 140, False)]),
    ("Korrektur: Serie 5, Bild 12 (fälschlich Serie 5, Bild 21).", "de", [(5, 12, 12, False)]),
    ("Correction: series 2, image 88 replaces series 2, image 66.", "en", [(2, 88, 88, False)]),
    ("Nachtrag: Bild 56 der Serie 3 wird ersetzt durch Bild 65 der Serie 3.", "de", [(3, 65, 65, False)]),
    # negated findings keep their citation
    ("Der Knoten ist nicht mehr nachweisbar (Serie 4, Bild 50).", "de", [(4, 50, 50, False)]),
    ("The cyst is not enhancing (series 5, image 61).", "en", [(5, 61, 61, False)]),
    ("Rechts Erguss, links nicht (Serie 5, Bild 71).", "de", [(5, 71, 71, False)]),
])
def test_withdrawn_citations(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_withdrawal_scope_is_the_words_right_before_or_after() -> None:
    text = "nicht wie angegeben Serie 4, Bild 28; nicht mehr sichtbar Serie 4, Bild 30; Bild 9 war falsch"
    starts = [text.index("Serie 4, Bild 28"), text.index("Serie 4, Bild 30"), text.index("Bild 9")]
    ends = [s + n for s, n in zip(starts, (16, 16, 6), strict=True)]
    assert [withdrawn(text, s, e, 0) for s, e in zip(starts, ends, strict=True)] == [True, False, True]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Auswärtige MRT vom 12.08.2024 (Serie 5):\nHerd frontal 9 mm (Bild 14).\nHeutige MRT (Serie 7):\n"
     "Herd frontal 12 mm (Bild 16).", "de", [(5, 14, 14, True), (7, 16, 16, False)]),
    ("Outside CT (series 3):\nNodule 6 mm (image 70), node 11 mm (image 92).\nCurrent CT (series 2):\n"
     "Nodule 8 mm (image 74).", "en", [(3, 70, 70, True), (3, 92, 92, True), (2, 74, 74, False)]),
    # a heading of today's examination flags nothing, a blank line ends the earlier block
    ("Aktuelle CT (Serie 4):\nZyste 12 mm (Bild 30).", "de", [(4, 30, 30, False)]),
    ("Vergleichs-CT (Serie 2):\nHerd (Bild 40).\n\nNeuer Herd (Serie 4, Bild 55).", "de",
     [(2, 40, 40, True), (4, 55, 55, False)]),
])
def test_outside_study_headings(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_heading_rule_flags_only_its_block_and_its_series() -> None:
    text = "Externe CT (Serie 2):\nHerd (Bild 45), Lymphknoten (Serie 6, Bild 12).\nBeurteilung:\nHerd (Bild 47)."
    spans = find_ref_spans(text)
    assert [(r.series, r.images[0][0]) for r in spans] == [(None, 45), (6, 12), (None, 47)]
    assert prior_by_study_heading(text, spans) == {0}


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Herd jetzt 21 mm (5:40), zuvor 17 mm (3:38 am 11.03.2025).", "de", [(5, 40, 40, False), (3, 38, 38, True)]),
    ("Node 14 mm (series 2, image 50), previously 9 mm (2:47 on 4 June 2024).", "en",
     [(2, 50, 50, False), (2, 47, 47, True)]),
    ("Effusion smaller (4:61) than before (4:58 from 2024-12-01).", "en", [(4, 61, 61, False), (4, 58, 58, True)]),
])
def test_dated_prior_pair_in_its_bracket(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want
