"""An abbreviation period inside a reference's bracket ends neither the sentence nor the snippet.

Before: "(cor. Serie 6, Bild 12)" split after "cor.", so the reference's sentence started inside its own
bracket, its snippet was empty or a hint word ("STIR") and the hint scope lost the plane word.
Own examples (none from a held-out set).
"""

from __future__ import annotations

import pytest

from curation.snippets.mine import mine_refs, sentence_bounds


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Pleuraerguss rechts (cor. Serie 6, Bild 12). Kein Pneumothorax.", "de",
     ["Pleuraerguss rechts (cor. Serie 6, Bild 12).", "Kein Pneumothorax."]),
    ("Wirbelkörperödem BWK 9 (sag. STIR, Bild 4) ohne Höhenminderung. Myelon unauffällig.", "de",
     ["Wirbelkörperödem BWK 9 (sag. STIR, Bild 4) ohne Höhenminderung.", "Myelon unauffällig."]),
    ("Hepatic cyst (ax. image 30). Spleen normal.", "en", ["Hepatic cyst (ax. image 30).", "Spleen normal."]),
    ("Fracture of L1 (sag. recon [approx. series 5, image 18]). No hematoma.", "en",
     ["Fracture of L1 (sag. recon [approx. series 5, image 18]).", "No hematoma."]),
    # unbalanced bracket at the end of a report: the sentences before it still split
    ("Leber normal. Milz normal (vgl. Serie 2, Bild 8", "de", ["Leber normal.", "Milz normal (vgl. Serie 2, Bild 8"]),
])
def test_sentence_bounds_do_not_end_inside_a_bracket(text: str, lang: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_bounds(text)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # (series, image, snippet, hint text)
    ("Pleuraerguss rechts (cor. Serie 6, Bild 12). Kein Pneumothorax.", "de",
     [(6, 12, "Pleuraerguss rechts", "Pleuraerguss rechts (cor. Serie 6, Bild 12).")]),
    ("Wirbelkörperödem BWK 9 (sag. STIR, Bild 4) ohne Höhenminderung.", "de",
     [(None, 4, "Wirbelkörperödem BWK 9", "Wirbelkörperödem BWK 9 (sag. STIR, Bild 4) ohne Höhenminderung.")]),
    ("Konsolidierung im Mittellappen (vgl. Serie 2, Bild 40), Zyste (ax. Bild 30).", "de",
     [(2, 40, "Konsolidierung im Mittellappen", "Konsolidierung im Mittellappen (vgl. Serie 2, Bild 40"),
      (None, 30, "Zyste", "), Zyste (ax. Bild 30).")]),
    ("Subtle lingular opacity (cf. ser. 4, img. 22). Heart normal.", "en",
     [(4, 22, "Subtle lingular opacity", "Subtle lingular opacity (cf. ser. 4, img. 22).")]),
    # nested: words in the outer bracket of the reference are no finding either
    ("Fracture of L1 (sag. recon [approx. series 5, image 18]). No hematoma.", "en",
     [(5, 18, "Fracture of L1", "Fracture of L1 (sag. recon [approx. series 5, image 18]).")]),
    # a real sentence end right after the closing bracket: the next sentence is not the snippet
    ("Rundherd (Serie 3, Bild 45). Zweiter Herd (cor. Serie 7, Bild 9).", "de",
     [(3, 45, "Rundherd", "Rundherd (Serie 3, Bild 45)."),
      (7, 9, "Zweiter Herd", "Zweiter Herd (cor. Serie 7, Bild 9).")]),
])
def test_snippet_and_hint_keep_the_bracket(text: str, lang: str, expected: list[tuple]) -> None:
    refs = mine_refs(text, lang)
    assert [(r.series, r.image_start, r.snippet, text[r.hint_start:r.hint_end]) for r in refs] == expected
