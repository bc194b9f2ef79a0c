"""Issue 16, round 17: a timepoint label between two pairs of a row, a prior-exam paragraph or clause, local labels
next to outside ones. Sentences written for these tests (not from any held-out set, not from dev16w)."""

from __future__ import annotations

import pytest

from curation.snippets.grammar import _LOCAL_LABEL_BEFORE, find_ref_spans
from curation.snippets.prior_frame import framed_prior
from curation.snippets.refscore.decide import using
from tests.curation.snippets.mined import rows


def _both(text: str, lang: str) -> tuple[list, list]:
    """The rows with the grammar alone and with the packaged model."""
    with using(None):
        grammar = rows(text, lang)
    return grammar, rows(text, lang)


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the label between two pairs binds to the pair after it (the first pair is today's): compact, slash, colon, words
    ("Leberläsion Segment II 18 mm (3/45) Vorbefund 22 mm (3/41).", "de", [(3, 45, 45, False), (3, 41, 41, True)]),
    ("Lesion 2 (liver): 15 mm (Se 4 Im 70), prior 19 mm (Se 4 Im 66).", "en",
     [(4, 70, 70, False), (4, 66, 66, True)]),
    ("Node 12 mm (4:55), previous 15 mm (4:52).", "en", [(4, 55, 55, False), (4, 52, 52, True)]),
    ("Target 1: 20 mm (5/60) | baseline 30 mm (5/58)", "en", [(5, 60, 60, False), (5, 58, 58, True)]),
    ("Mass 41 mm (6/88) vs. baseline 52 x 40 mm (6/85).", "en", [(6, 88, 88, False), (6, 85, 85, True)]),
    ("Herd 7 mm (Se 3 Bi 40) damals 5 mm (Se 3 Bi 38).", "de", [(3, 40, 40, False), (3, 38, 38, True)]),
    ("Rundherd 6 mm (Se 5 Bi 30) VU 2022 5 mm (Se 3 Bi 28).", "de", [(5, 30, 30, False), (3, 28, 28, True)]),
    # three timepoints, an abbreviated label (its dot ends no sentence), a label after the lesion's name
    ("ZL 3 Milz 9 mm (Serie 5 Bild 80), Ausgangsbefund 14 mm (Serie 5 Bild 77), Nadir 8 mm (Serie 5 Bild 79).", "de",
     [(5, 80, 80, False), (5, 77, 77, True), (5, 79, 79, True)]),
    ("Zielläsion 3 Niere 30 mm (Se 4/Bi 66) – Ausgangsbef. 35 mm (Se 4/Bi 63).", "de",
     [(4, 66, 66, False), (4, 63, 63, True)]),
    ("Zielläsion: aktuell 15 mm (Se 2 Bi 44), BL 21 mm (Se 2 Bi 40).", "de", [(2, 44, 44, False), (2, 40, 40, True)]),
    ("Zielläsion: BL 21 mm (Se 2 Bi 40), aktuell 15 mm (Se 2 Bi 44).", "de", [(2, 40, 40, True), (2, 44, 44, False)]),
    # confounders: two findings of this study; no pair after the label
    ("Herd 7 mm (Se 3 Bi 40) und Zyste 5 mm (Se 3 Bi 48).", "de", [(3, 40, 40, False), (3, 48, 48, False)]),
    ("Leber 12 mm (4/33), Milz 9 mm (4/51).", "de", [(4, 33, 33, False), (4, 51, 51, False)]),
])
def test_label_between_two_pairs_binds_to_the_pair_after_it(text: str, lang: str, want: list) -> None:
    grammar, model = _both(text, lang)
    assert grammar == want
    assert model == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # an image-only citation continuing the series of a sentence framed in the earlier exam is the earlier study's
    ("Damals lag in Serie 4 ein 9 mm Herd vor (Bild 51). Aktuell ist der Herd 12 mm groß (Bild 55).", "de",
     [(4, 51, 51, True), (4, 55, 55, False)]),
    ("Seinerzeit auf der Voruntersuchung (Serie 3) Erguss beidseits (Bild 60), jetzt rückläufig (Bild 62).", "de",
     [(3, 60, 60, True), (3, 62, 62, False)]),
    ("At that time, series 7 showed a 3 cm collection (image 33). The collection is now 1 cm (image 35).", "en",
     [(7, 33, 33, True), (7, 35, 35, False)]),
    ("On the prior MRI (series 8) there was restricted diffusion (image 19). Today none (series 11, image 20).", "en",
     [(8, 19, 19, True), (11, 20, 20, False)]),
    ("In der Vorabklärung, Serie 2: Zyste 15 mm (Bild 40). Zweite Zyste damals 6 mm (Bild 47).", "de",
     [(2, 40, 40, True), (2, 47, 47, True)]),
    # confounders: a comparison or a change told of this study; a later sentence in the present tense; no frame
    ("Im Vergleich zur Voruntersuchung in Serie 6 größenprogredienter Herd (Bild 40).", "de", [(6, 40, 40, False)]),
    ("In der Voruntersuchung vom 03.02.2025 wurde in Serie 6 ein Herd beschrieben. Der Herd misst 8 mm (Bild 40).",
     "de", [(6, 40, 40, False)]),
    ("Previously described nodule in series 4 (image 60) is stable.", "en", [(4, 60, 60, False)]),
    ("Serie 4: Herd 12 mm (Bild 40). Damals 9 mm (Bild 38).", "de", [(4, 40, 40, False), (4, 38, 38, True)]),
])
def test_prior_exam_frame_holds_its_image_only_citations(text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_frame_ends_at_a_now_word_and_needs_an_opening_frame() -> None:
    text = "Damals in Serie 4 Herd (Bild 51). Jetzt Herd (Bild 55)."
    mention = text.index("Serie 4")
    assert framed_prior(text, mention, text.index("(Bild 51"))
    assert not framed_prior(text, mention, text.index("(Bild 55"))
    plain = "Herd in Serie 4 (Bild 51)."
    assert not framed_prior(plain, plain.index("Serie"), plain.index("(Bild"))


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a local label marks this study, whatever stands in the bracket's other part
    ("Herd 11 mm (hiesig Se 4 Bi 72, VU Se 3 Bi 40).", "de", [(4, 72, 72, False), (3, 40, 40, True)]),
    ("Herd 11 mm (VU Se 3 Bi 40, hiesig Se 4 Bi 72).", "de", [(3, 40, 40, True), (4, 72, 72, False)]),
    ("Herd 11 mm (Fremdaufnahme Se 3 Bi 40, hausintern Se 4 Bi 72).", "de", [(3, 40, 40, True), (4, 72, 72, False)]),
    ("Herd (auswärtige MRT Se 3 Bi 40, hiesige MRT Se 9 Bi 14).", "de", [(3, 40, 40, True), (9, 14, 14, False)]),
    ("Herd 11 mm (Vorbefund Serie 3, Bild 40; bei uns Serie 4, Bild 72).", "de",
     [(3, 40, 40, True), (4, 72, 72, False)]),
    ("Node 8 mm (outside CT series 2, image 71; our CT series 4, image 130).", "en",
     [(2, 71, 71, True), (4, 130, 130, False)]),
    ("Node (baseline series 3 image 22, in-house series 5 image 40).", "en", [(3, 22, 22, True), (5, 40, 40, False)]),
    # a local label alone is this study's; a local prior exam stays prior
    ("Schilddrüse Knoten 9 mm (hiesig Se 2 Bi 30).", "de", [(2, 30, 30, False)]),
    ("Herd (hiesige Voruntersuchung Se 3 Bi 40).", "de", [(3, 40, 40, True)]),
])
def test_local_label_marks_this_study(text: str, lang: str, want: list) -> None:
    grammar, model = _both(text, lang)
    assert grammar == want
    assert model == want


def test_local_labels_mark_this_study_and_are_never_prior_cues() -> None:
    for text in ("Herd (hiesig Serie 4, Bild 30)", "Node (local series 4, image 30)", "Herd (bei uns Se 4 Bi 30)",
                 "Herd (VU Se 3 Bi 40; hausintern Se 4 Bi 30)", "Node (outside CT se 2 im 9 / our CT se 4 im 30)",
                 "Herd (Vorbefund Se 2 Bi 9 vs. eigene Untersuchung Se 4 Bi 30)"):
        assert [s.prior for s in find_ref_spans(text)][-1] is False, text
    # the local word is no label where it names the finding, nor where a prior noun follows it
    assert [s.prior for s in find_ref_spans("Herd (hiesige Voruntersuchung Se 3 Bi 40)")] == [True]
    assert _LOCAL_LABEL_BEFORE.search("Rezidiv (local recurrence, ") is None
