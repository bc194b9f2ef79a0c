"""Issue 16 forms, from the engineer's own dev examples (not held-out set 7): slash after the image word,
glued PACS tags, prior-study references kept with their status, and plane hints scoped to their reference."""

from __future__ import annotations

import pytest

from curation.snippets.mine import mine_refs
from curation.snippets.pairs import build_pairs
from curation.snippets.series_choice import plane_hint
from tests.curation.snippets.fixtures import STUDY, dicom_rows, volume_rows


def refs(text: str, lang: str = "de") -> list[tuple[int | None, int, int]]:
    return [(r.series, r.image_start, r.image_end) for r in mine_refs(text, lang)]


@pytest.mark.parametrize(("text", "want"), [
    ("Pleuraerguss rechts (Bild 8/77).", [(8, 77, 77)]),
    ("Osteophyten (Bilder 3/12 und 3/19).", [(3, 12, 12), (3, 19, 19)]),
    ("Knoten (Bild 2/100, 2/104, 2/111).", [(2, 100, 100), (2, 104, 104), (2, 111, 111)]),
    ("Hämangiom (Bild 6/33-37).", [(6, 33, 37)]),
    ("Zyste (Bilder 4/20 bis 4/24).", [(4, 20, 24)]),
    ("Fraktur, vgl. Bild 11/230.", [(11, 230, 230)]),
    ("Herde Bild 3/50 und 3/57 beidseits.", [(3, 50, 50), (3, 57, 57)]),
    ("Erguss (Schicht 7/14).", [(7, 14, 14)]),
    ("Milchglasherd (Bild 45/120).", [(None, 45, 45)]),  # a stack counter: image 45 of 120
    ("Rundherd (Se7Bi42).", [(7, 42, 42)]),
    ("Zyste (SE8IM15).", [(8, 15, 15)]),
    ("Erguss (Serie5Bild90).", [(5, 90, 90)]),
    ("Nodule (Ser2Img33).", [(2, 33, 33)]),
    ("Node (se3im101-104).", [(3, 101, 104)]),
    ("Herd, Se12Bi9, rechts.", [(12, 9, 9)]),
    ("Mass (image 4/67).", [(4, 67, 67)]),
    ("Effusion (images 5/20-24).", [(5, 20, 24)]),
    ("Läsion (Se.4Bi.12).", [(4, 12, 12)]),
    ("Herd (serie4bild20).", [(4, 20, 20)]),
    ("Knoten (SE4IMA12).", [(4, 12, 12)]),
    ("Herde (Serie 4, Bild 12, 18 und 25).", [(4, 12, 12), (4, 18, 18), (4, 25, 25)]),
    ("Herd (Bild 5/22; 5/30).", [(5, 22, 22), (5, 30, 30)]),
    ("Herd (Bild 4/55–4/60).", [(4, 55, 60)]),
    ("Herde (Serie/Bild 4/56 und 4/60).", [(4, 56, 56), (4, 60, 60)]),
    ("Hämatom (Bild 2/33+2/34).", [(2, 33, 33), (2, 34, 34)]),
    ("Herde (4/20, 5/18).", [(4, 20, 20), (5, 18, 18)]),
    ("Herde (3:45, 3:52).", [(3, 45, 45), (3, 52, 52)]),
    ("Nodules (3/45 and 3/52).", [(3, 45, 45), (3, 52, 52)]),
    ("Nodule (im 3/45).", [(3, 45, 45)]),
    ("Lymphknoten paratracheal 12 mm (3/45).", [(3, 45, 45)]),
    ("Knoten (SE-4 IM-120).", [(4, 120, 120)]),
    ("Nodule (série 3, image 45).", [(3, 45, 45)]),
    ("Knoten (Serie4/Bild120).", [(4, 120, 120)]),
    ("Raumforderung (Bild 4/71 - 4/75).", [(4, 71, 75)]),
    ("Pleuraplaques (Bild 2/15 bzw. 2/88).", [(2, 15, 15), (2, 88, 88)]),
])
def test_slash_and_glued_forms(text: str, want: list) -> None:
    assert refs(text) == want


@pytest.mark.parametrize("text", [
    "Aufnahme 03/2024 zum Vergleich.",
    "Bild 2/5 der Dokumentation unscharf.",
    "Bild 12/2023 ohne Befund.",
    "Stent (Bild 6/60 mm) regelrecht.",
    "Se-Spiegel 90 µg/l.",
    "Seg8-Läsion unverändert.",
    "Serie3 ohne Befund.",
    "Bild 0/12 leer.",
    "Im Bild 2/3 der Zirkumferenz betroffen.",
    "Image 1/2 of the series is blurred.",
    "Key image 2/5 attached.",
    "Bild 1/2: Übersicht.",
    "Vergleich mit Bild 12/2022.",
    "Schichtdicke 5/1 mm.",
    "Herd (VU: 12/2023).",
    "Herd (VU 3/4).",
    "RR (120/80, 130/85) stabil.",
    "Blutdruck (140/90).",
    "BP (135/85).",
    "Stents (8/40, 10/60).",
    "Visus (20/20).",
    "Lymphknoten (2/12, 0/8).",
    "Metastasen (im 2/3 der Leber).",
])
def test_slash_and_glued_confounders(text: str) -> None:
    assert mine_refs(text, include_prior=True) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Lymphknoten jetzt 15 mm (Serie 3, Bild 70), in der Voruntersuchung 10 mm (VU Serie 3, Bild 66).",
     [(3, 70, False), (3, 66, True)]),
    ("Konsolidierung (Vorbefund: Se 2, Bi 30) regredient.", [(2, 30, True)]),
    ("Metastase (Serie 4, Bild 12; Vorbefund Serie 5, Bild 10).", [(4, 12, False), (5, 10, True)]),
    ("Previously 8 mm (prior exam, series 2 image 19).", [(2, 19, True)]),
    ("On the previous CT the mass (series 3, image 50) was 2 cm.", [(3, 50, True)]),
    ("Zuvor 6 mm (Bild 3/22).", [(3, 22, True)]),
    ("Herd (Vor-CT vom 1.2.2024, Serie 2, Bild 8).", [(2, 8, True)]),
    ("Im Vergleich zur VU größenprogredienter Herd (Serie 3, Bild 45).", [(3, 45, False)]),
    ("Der in der Voruntersuchung beschriebene Herd ist regredient (Serie 3, Bild 45).", [(3, 45, False)]),
    ("Compared to the previous exam, larger nodule (series 3, image 12).", [(3, 12, False)]),
    ("Bereits in der VU abgrenzbarer Herd (Serie 3, Bild 20).", [(3, 20, False)]),
    ("Der Herd, in der VU noch 5 mm, misst jetzt 9 mm (Serie 3, Bild 20).", [(3, 20, False)]),
    # round 29 (refs-conv29): moved to test_refs_conv29.py (re-decided prior)
    ("Previously described nodule is stable (series 3, image 20).", [(3, 20, False)]),
    ("Im Vorbefund beschriebener Herd größenkonstant (Serie 3, Bild 20).", [(3, 20, False)]),
    ("Nodule previously 4 mm, now 6 mm (series 3, image 20).", [(3, 20, False)]),
    ("Herd (VU: Serie 3, Bild 20; jetzt Serie 4, Bild 22).", [(3, 20, True), (4, 22, False)]),
    ("Herd jetzt 11 mm (Serie 4, Bild 40), damals 7 mm (VU 3/35).", [(4, 40, False), (3, 35, True)]),
    ("Lymphknoten (prior: 2:40) 8 mm.", [(2, 40, True)]),
    ("Läsion (Vergleichsuntersuchung Serie 2, Bild 40) kleiner.", [(2, 40, True)]),
    ("Nodule measured 5 mm at baseline (baseline series 3, image 40).", [(3, 40, True)]),
    ("Herd aktuell 9 mm (Serie 4, Bild 120; Voruntersuchung 6 mm, Serie 3, Bild 110).",
     [(4, 120, False), (3, 110, True)]),
    ("On the prior exam, nodule measured 6 mm (series 3, image 110); today 9 mm (series 4, image 120).",
     [(3, 110, True), (4, 120, False)]),
    ("Herd größenregredient, vgl. VU Serie 3 Bild 110.", [(3, 110, True)]),
    ("Rundherd (Bild 4/120), in der Vor-CT noch nicht vorhanden.", [(4, 120, False)]),
    ("Herd 8 mm (Bild 6/45, VU).", [(6, 45, True)]),
    ("Node (series 3, image 40 prior).", [(3, 40, True)]),
    ("Herde (Bild 6/45 und 6/50, VU).", [(6, 45, True), (6, 50, True)]),
    ("Herd (Serie 3, Bild 40, VU: 8 mm).", [(3, 40, False)]),
    ("Herd (Serie 3, Bild 40), VU unauffällig.", [(3, 40, False)]),
    ("Enhancement (prior to contrast, series 2, image 40).", [(2, 40, False)]),
    ("Die VU zeigte den Herd (Serie 3, Bild 20) noch kleiner.", [(3, 20, True)]),
    ("The prior CT showed the nodule (series 3, image 20) at 4 mm.", [(3, 20, True)]),
    ("Die Voruntersuchung zeigt den Herd bereits, jetzt 9 mm (Serie 3, Bild 20).", [(3, 20, False)]),
    ("The prior study shows no nodule; new nodule (series 3, image 20).", [(3, 20, False)]),
    ("Scar from previous surgery (series 2, image 40).", [(2, 40, False)]),
    ("Mass measured 4 cm on prior (3:40).", [(3, 40, True)]),
    ("On the prior, nodule 4 mm (series 3, image 20).", [(3, 20, True)]),
])
def test_prior_study_status(text: str, want: list) -> None:
    got = mine_refs(text, "en" if text.isascii() else "de", include_prior=True)
    assert [(r.series, r.image_start, r.prior_study) for r in got] == want
    assert [(r.series, r.image_start) for r in mine_refs(text)] == [(s, i) for s, i, p in want if not p]


@pytest.mark.parametrize(("text", "want"), [
    ("Zyste (koronar Serie 4, Bild 20) und Herd (Serie 4, Bild 31).", ["coronal", None]),
    ("Herd (Serie 5, Bild 12, sagittal), Zyste (Serie 5, Bild 40).", ["sagittal", None]),
    ("Erguss (cor Se 6 Bi 8; ax Se 2 Bi 40).", ["coronal", "axial"]),
    ("Sagittal Keilwirbel (Serie 7, Bild 9), axial Hinterkante intakt (Serie 3, Bild 60).", ["sagittal", "axial"]),
    ("Knoten (koronar Bild 3/61 und 3/66), Zyste (Bild 3/80).", ["coronal", "coronal", None]),
    ("Herd (Serie 2, Bild 5); koronare Rekonstruktion (Serie 6, Bild 30).", [None, "coronal"]),
    ("Herd (Serie 5, Bild 12) in der koronaren Rekonstruktion.", ["coronal"]),
    ("Herd (Serie 5, Bild 12) und Zyste (Serie 5, Bild 20), beide sagittal.", [None, "sagittal"]),
    ("Läsion (T2 tra Serie 5, Bild 14), Zyste (Serie 5, Bild 20).", ["axial", None]),
])
def test_plane_hint_binds_to_its_own_reference(text: str, want: list) -> None:
    got = mine_refs(text)
    assert [plane_hint(text[r.hint_start:r.hint_end]) for r in got] == want


def test_hint_decides_only_its_reference_in_snippet_pairs() -> None:
    """Series 7 is there twice (coronal and axial T1, fixtures.py): the plane word decides the first reference
    only; the second, hint-less one stays ambiguous instead of borrowing it."""
    text = "Herd links (koronar Serie 7, Bild 2) sowie Zyste rechts (Serie 7, Bild 2)."
    result = build_pairs([{"report_id": "H1", "text": text, "lang": "de", "study_uid": STUDY}],
                         dicom_rows(), volume_rows())
    assert [(r["snippet"], r["status"]) for r in result.rows] == [("Herd links", "non_axial"),
                                                                   ("Zyste rechts", "ambiguous")]


def test_words_left_in_the_previous_bracket_are_not_the_next_snippet() -> None:
    got = mine_refs("Zyste (Serie 7, Bild 12 koronar) und Herd (Serie 7, Bild 30).")
    assert [r.snippet for r in got] == ["Zyste", "Herd"]


def test_second_reference_in_one_bracket_shares_the_snippet_not_the_hint() -> None:
    text = "Erguss links (cor Se 6 Bi 8; VU ax Se 2 Bi 40)."
    got = mine_refs(text, include_prior=True)
    assert [(r.image_start, r.snippet, r.prior_study) for r in got] == [(8, "Erguss links", False),
                                                                         (40, "Erguss links", True)]
    assert [plane_hint(text[r.hint_start:r.hint_end]) for r in got] == ["coronal", "axial"]


def test_prior_study_row_keeps_the_written_series_and_is_never_resolved() -> None:
    """Series 2 image 49 exists in this study (fixtures.py); the prior-study reference must not land on it."""
    text = "Herd jetzt 9 mm (Serie 2, Bild 51), in der Voruntersuchung 6 mm (VU Serie 2, Bild 49)."
    rows = build_pairs([{"report_id": "P1", "text": text, "lang": "de", "study_uid": STUDY}],
                       dicom_rows(), volume_rows()).rows
    assert [(r["ref_series"], r["ref_image_start"], r["status"], r["resolved_series"], r["depth_mm"] is None)
            for r in rows] == [(2, 51, "resolved", 2, False), (2, 49, "prior_study", None, True)]
    assert rows[1]["snippet"] == "in der Voruntersuchung 6 mm"
