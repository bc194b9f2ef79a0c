"""Issue 16, round 22b: mammography/tomosynthesis view slices (no inherited series, the clause's study), rarer forms
(homophone digits, "im#" lists, two glued items after a plural image word, a lone pair after a unit sentence) and
look-alikes (percentage ranges, corrected references). Each class as its mechanism, with look-alikes. Sentences written
for these tests (not from any held-out set, not from dev16n)."""

from __future__ import annotations

import pytest

from curation.snippets.spoken import spoken_numbers
from curation.snippets.views import view_slice, view_study
from curation.snippets.withdrawn import withdrawn
from tests.curation.snippets.mined import rows


def _sorted(found: list) -> list:
    return sorted(found, key=str)


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a view slice after an MR/CT citation: no series inherited, either word order, in and out of brackets
    ("MRT: Herd links (Serie 9, Bild 70). Tomosynthese: Korrelat RMLO Schicht 33.",
     "de", [(9, 70, 70, False), (None, 33, 33, False)]),
    ("CT (se 4 im 120) shows a breast mass; on DBT it is at LCC slice 18 and LMLO slice 26.", "en",
     [(4, 120, 120, False), (None, 18, 18, False), (None, 26, 26, False)]),
    ("Breast MRI (series 601 image 45). Distortion on slice 22 of the RCC.", "en",
     [(601, 45, 45, False), (None, 22, 22, False)]),
    ("Serie 5 axial T1. Mikrokalk (Schicht 40 im LCC).", "de", [(None, 40, 40, False)]),
    # the clause's mammography exam and its timepoint decide the study
    ("Herd jetzt RCC Schicht 24, in der Tomosynthese von 2023 RCC Schicht 21.", "de",
     [(None, 24, 24, False), (None, 21, 21, True)]),
    ("On the previous tomosynthesis LMLO slice 30; today LMLO slice 34.", "en",
     [(None, 30, 30, True), (None, 34, 34, False)]),
])
def test_view_slices(scorer: None, text: str, lang: str, want: list) -> None:
    assert _sorted(rows(text, lang)) == _sorted(want)


def test_view_slice_and_study_units() -> None:
    text = "Mass, LCC slice 20; slice 31 of the RMLO; ml 20; cc slice 4"
    assert view_slice(text, text.index("slice 20"), text.index("slice 20") + 8)
    assert view_slice(text, text.index("slice 31"), text.index("slice 31") + 8)
    assert not view_slice(text, text.index("cc slice") + 3, len(text))  # lower-case "cc" is a volume
    prior = "Herd in der Vor-Tomosynthese LCC Schicht 12"
    assert view_study(prior, prior.index("Schicht"), 0) is True
    assert view_study("Herd im vorderen Drittel, Tomosynthese LCC Schicht 12", 44, 0) is None  # "vorderen"
    assert view_study("Tomosynthesis today: new mass LCC slice 29", 34, 0) is False
    assert view_study("Mass at LCC slice 29", 12, 0) is None  # no exam named in the clause


@pytest.mark.parametrize(("text", "lang", "want"), [
    # homophone digits only between a series word and an image word, or as a closing image number
    ("Nodule, series for image 212.", "en", [(4, 212, 212, False)]),
    ("Cyst (series too, image 14).", "en", [(2, 14, 14, False)]),
    ("Lesion at series ate image 9.", "en", [(8, 9, 9, False)]),
    ("Node (series 6 image won).", "en", [(6, 1, 1, False)]),
    # "im#" repeated in a list and alone in a bracket: the series carries
    ("Nodes se 7 im# 12, im# 19 and a third (im# 30).", "en",
     [(7, 12, 12, False), (7, 19, 19, False), (7, 30, 30, False)]),
    # two items glued by a comma after a plural image word
    ("Zysten (Serie 8 Bilder 14,22).", "de", [(8, 14, 14, False), (8, 22, 22, False)]),
    ("Nodules (series 2 images 31,40).", "en", [(2, 31, 31, False), (2, 40, 40, False)]),
    # a lone compact pair after a sentence with a rate or dose
    ("Injection at 4 ml/s. Liver lesion (6:77).", "en", [(6, 77, 77, False)]),
    # a withdrawn citation named by its replacement or by the original report
    ("Series 3 image 40 should read series 3 image 48.", "en", [(3, 48, 48, False)]),
    ("In the original report (series 5 image 12) the level was wrong; nodule now 6 mm (series 5 image 21).", "en",
     [(5, 21, 21, False)]),
    ("Serie 4, Bild 18 sollte lauten Serie 4, Bild 81.", "de", [(4, 81, 81, False)]),
])
def test_forms(scorer: None, text: str, lang: str, want: list) -> None:
    assert _sorted(rows(text, lang)) == _sorted(want)


@pytest.mark.parametrize(("text", "lang"), [
    ("Additional series to follow; image for comparison requested.", "en"),
    ("Series for bone and lung reconstructions were sent.", "en"),
    ("Stenose der ACI (Serie 4: 70-79%).", "de"),
    ("Stenosis image 60-69 % by NASCET.", "en"),
    ("Plaque, Bild 50-69% Stenose.", "de"),
    ("Serie 4 Bild 8,9 mm.", "de"),
    ("Mammographie in 2 Ebenen (CC und MLO), ACR B.", "de"),
    ("Standard RCC and LMLO views, 1 mm slices.", "en"),
    ("Gemessen im # 5 der Liste.", "de"),
])
def test_look_alikes(scorer: None, text: str, lang: str) -> None:
    assert rows(text, lang) == []


def test_homophones_stay_outside_citations() -> None:
    assert spoken_numbers("series to follow, image for comparison") == "series to follow, image for comparison"
    assert spoken_numbers("series for image 7") == "series   4 image 7"
    assert spoken_numbers("(series 3 image too)") == "(series 3 image   2)"


def test_a_replacement_after_the_citation_withdraws_it_only_when_a_new_citation_follows() -> None:
    text = "Serie 4, Bild 18 sollte lauten Serie 4, Bild 81."
    assert withdrawn(text, 0, 16, 0)
    assert not withdrawn(text, text.index("Serie 4, Bild 81"), len(text) - 1, 17)
    kept = "Bild 44 muss es heißen."  # the citation IS the corrected one: nothing follows
    assert not withdrawn(kept, 0, 7, 0)
    original = "In the original report (series 5 image 12) the level was wrong."
    assert withdrawn(original, original.index("series"), original.index(")"), 0)
