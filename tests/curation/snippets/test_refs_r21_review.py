"""Review of round 21: the guards for bare series/image pairs a caption or a column names, and the look-alikes the
reviewer invented (probe sentences, not blind-set text). Each finding as a class: no row for the look-alike, and
round 21's intended readings kept (`test_refs_r21.py`)."""

from __future__ import annotations

import pytest

from curation.snippets.measured_pairs import caption_scopes, measured_pair_refs
from curation.snippets.pair_shapes import clock_like, month_year_like
from curation.snippets.spoken import spoken_numbers
from tests.curation.snippets.mined import rows


@pytest.mark.parametrize(("text", "lang"), [
    # H1: a sentence that mentions series/images opens no scope (a caption is a heading or a label) ...
    ("All series/images were reviewed.\nMitral regurgitation 2/4. EF 55/60.", "en"),
    ("Angaben in Se/Bi.\nBefund vom 12/24, Kontrolle 3/25.\nPleuraerguss 1/3 der Höhe.", "de"),
    # ... and inside a real caption's scope: units and counted nouns after, measures and scores before, dates
    ("Messungen (Serie/Bild):\nRR 120/80 mmHg, Kontrastmittel 5/10 ml.", "de"),
    ("Angaben (Se/Bi):\nBefund vom 12/24, Kontrolle 3/25.\nPleuraerguss 1/3 der Höhe.", "de"),
    ("Angaben (Serie/Bild):\nInfarkt links, ASPECTS 8/10, Fazekas 2/3.", "de"),
    ("Series/image:\nMitral regurgitation 2/4. EF 55/60.", "en"),
    ("Series/image:\nLymph nodes 2/16 positive. Call 555/1234.", "en"),
    ("Serie/Bild:\nDosis 2/3 Gy, CTDI 12/24 mGy, W 400/40 HE.", "de"),
    ("Series/image:\nTumour involves 1/8 of circumference.", "en"),
    # H2: a clock time in a scope
    ("Angaben (Serie/Bild):\nBefund telefonisch übermittelt um 14:32.", "de"),
    # H4: an image-like column alone (a reference range, a count of images)
    ("| Parameter | Wert | Ref. |\n|---|---|---|\n| Leukozyten | 7 | 4/10 |", "de"),
    ("| Sequence | Images |\n|---|---|\n| T2 ax | 24/24 |", "en"),
    # M5: a lone pair after a comparison phrase: the current lesion's image or the prior's? No row.
    ("Target lesions (series/image):\nLesion 1 enlarged compared to prior 4/33 18 mm.", "en"),
    ("Zielläsionen (Serie/Bild):\nLäsion 1 größenprogredient im Vergleich zur VU 4/33 22 mm.", "de"),
    # M6: spine levels with short words
    ("Serie/Bild:\nBandscheibe LW 4/5 und HW 5/6 protrudiert.", "de"),
    # L8: a grade after a compact-looking "S 1 - I 2"
    ("Spondylolisthese S 1 - I 2 Grades.", "de"),
])
def test_review_look_alikes_give_no_row(scorer: None, text: str, lang: str) -> None:
    assert rows(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    # H3: anatomy with "externa", "external", "VA", "outside" in a caption's scope is no prior label
    ("Gefäße (Serie/Bild):\nA. carotis externa 5/120 frei, VA links 4/88 frei.", "de",
     [(5, 120, 120, False), (4, 88, 88, False)]),
    ("Nodes (series/image):\nExternal iliac node 5/88, just outside the capsule 4/33.", "en",
     [(5, 88, 88, False), (4, 33, 33, False)]),
    # ... while an outside study noun still labels the prior: "extern CT", "outside study"
    ("Verlauf (Serie/Bild):\nLeber: externes CT 3/40 12 mm, aktuell 5/44 15 mm.", "de",
     [(3, 40, 40, True), (5, 44, 44, False)]),
    # M5: with a current pair in its row the compared pair is the prior's
    ("Target lesions (series/image):\nLesion 1: now 5/40 22 mm compared to prior 4/33 18 mm.", "en",
     [(5, 40, 40, False), (4, 33, 33, True)]),
    # H1: a real pair in the scope's list rows is kept; the scope ends at a prose line
    ("Targets (Serie/Bild):\nLeber 4/20\nDer Befund wurde besprochen.\nNiere 5/30", "de", [(4, 20, 20, False)]),
])
def test_review_readings(scorer: None, text: str, lang: str, want: list) -> None:
    assert sorted(rows(text, lang), key=str) == sorted(want, key=str)


def test_scope_is_the_list_block() -> None:
    text = "Zielläsionen (Serie/Bild):\n- Leber 4/20\n- Milz: nicht messbar\nBeurteilung: Progress.\nNiere 5/30"
    assert [text[a:b] for a, b in caption_scopes(text)] == ["):\n- Leber 4/20\n- Milz: nicht messbar"]
    assert [(r.series, r.images) for r in measured_pair_refs(text)] == [(4, ((20, 20),))]
    assert caption_scopes("All series/images were reviewed.\nLeber 4/20") == []


def test_shared_pair_shapes() -> None:
    assert clock_like("14", "32") and clock_like("9", "05")
    assert not clock_like("4", "120") and not clock_like("24", "10")
    assert month_year_like("3", "2025") and month_year_like("04", "25") and not month_year_like("3", "25")
    assert month_year_like("3", "25", short_year=True) and not month_year_like("13", "25", short_year=True)


def test_spoken_hundreds_stop_before_a_size() -> None:
    # M7: the tens word is the size, not the image's hundreds
    assert spoken_numbers("image one twelve millimeter nodule").split()[:2] == ["image", "1"]
    assert spoken_numbers("series two image seven eleven millimeter").split()[3] == "7"
    assert spoken_numbers("image two thirty").split() == ["image", "230"]
