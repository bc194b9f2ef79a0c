"""Snippet cut, round 8 (issue 16): one assertion per class of the cut (not the dev sets' strings)."""

from __future__ import annotations

from curation.snippets.mine import mine_refs


def _snippets(text: str, lang: str = "de") -> list[str]:
    return [r.snippet for r in mine_refs(text, lang, include_prior=True)]


def test_discourse_markers_open_no_finding() -> None:
    assert _snippets("Zusammenfassend neue Lebermetastasen (Serie 4, Bild 30).") == ["neue Lebermetastasen"]
    assert _snippets("Insgesamt regrediente Lymphknoten (Se 3 Bi 60).") == ["regrediente Lymphknoten"]
    assert _snippets("In summary, new liver metastases (series 4, image 30).", "en") == ["new liver metastases"]
    # a discourse marker inside the clause stays
    assert _snippets("Lymphknoten insgesamt regredient (Se 3 Bi 60).") == ["Lymphknoten insgesamt regredient"]


def test_a_time_word_before_a_participle_is_part_of_the_finding() -> None:
    assert _snippets("Previously described 8 mm nodule in the lingula (series 3, image 110) has resolved.",
                     "en") == ["Previously described 8 mm nodule in the lingula"]
    assert _snippets("Damals beschriebene Zyste (Serie 4, Bild 20) nicht mehr abgrenzbar.") == [
        "Damals beschriebene Zyste"]
    # before a finding noun the time word still frames it and goes
    assert _snippets("Previously the nodule measured 6 mm (series 2, image 40).", "en") == [
        "the nodule measured 6 mm"]


def test_a_time_word_before_a_value_only_stays() -> None:
    assert _snippets("Mass now 4.2 cm (series 3, image 60), previously 3.1 cm (prior series 2, image 55).",
                     "en") == ["Mass now 4.2 cm", "previously 3.1 cm"]
    assert _snippets("Herd 14 mm (Serie 3, Bild 12), damals 10.5 mm (VU Serie 2, Bild 10).") == [
        "Herd 14 mm", "damals 10.5 mm"]


def test_a_table_row_gives_its_finding_cells() -> None:
    rows = ("| Nr. | Lokalisation | Serie | Bild |\n|---|---|---|---|\n| 1 | Leber Segment VIII | 4 | 55 |\n"
            "| 2 | Nebenniere links | 4 | 70 |")
    assert _snippets(rows) == ["Leber Segment VIII", "Nebenniere links"]
    rows = "| Lesion | Series | Image |\n|---|---|---|\n| Right lower lobe nodule | 3 | 140 |"
    assert _snippets(rows, "en") == ["Right lower lobe nodule"]
    # the finding after the citation's cell, and a row whose text holds no cell border, are unchanged
    assert _snippets("| Series 3 image 45 | 8 mm nodule RUL |", "en") == ["8 mm nodule RUL"]


def test_the_clause_the_reference_stands_in() -> None:
    # a new main clause after a comma presents the cited finding
    assert _snippets("Die Leber ist vergrößert, es zeigt sich eine neue Läsion in Segment VII (Serie 4, "
                     "Bild 33).") == ["es zeigt sich eine neue Läsion in Segment VII"]
    assert _snippets("Liver enlarged, there is a new lesion in segment 7 (series 4, image 33).", "en") == [
        "there is a new lesion in segment 7"]
    # a normal or negative statement joined by a comma is a finding of its own
    assert _snippets("Pankreas unauffällig, Milz mit 14 cm vergrößert (Serie 4, Bild 40).") == [
        "Milz mit 14 cm vergrößert"]
    assert _snippets("No effusion, small apical pneumothorax (series 2, image 15).", "en") == [
        "small apical pneumothorax"]
    assert _snippets("Kein Harnstau, keine Konkremente, Nierenzyste links (Se 4 Bi 61).") == ["Nierenzyste links"]
    assert _snippets("Nieren normal breit, es besteht kein Harnstau, links zeigt sich eine Zyste (Se 4 Bi 70).") == [
        "links zeigt sich eine Zyste"]
    assert _snippets("The kidneys are normal in size, there is no hydronephrosis, and in the left kidney there is a "
                     "2 cm cyst (series 4, image 70).", "en") == ["in the left kidney there is a 2 cm cyst"]
    # a negation inside a finding is no statement of its own
    assert _snippets("Zyste ohne Septen, 8 mm (Se 4 Bi 20).") == ["Zyste ohne Septen, 8 mm"]
    # a qualifier after a comma stays with its finding
    assert _snippets("Rundherd im Mittellappen, aktuell 11 mm (Serie 3, Bild 88).") == [
        "Rundherd im Mittellappen, aktuell 11 mm"]


def test_a_site_alone_before_the_reference_takes_the_finding_presented_after_it() -> None:
    assert _snippets("Im rechten Oberlappen (Serie 3, Bild 40) zeigt sich ein 7 mm Knoten.") == ["ein 7 mm Knoten"]
    assert _snippets("In the liver (series 4, image 30) there is a 2 cm hypodense lesion.", "en") == [
        "2 cm hypodense lesion"]
    assert _snippets("Rechts basal (Se 3 Bi 140) zeigt sich eine Plattenatelektase.") == ["eine Plattenatelektase"]
    assert _snippets("Within the right hepatic lobe (series 4, image 30) is a 2 cm lesion.", "en") == ["2 cm lesion"]
    # a site with its finding before the reference keeps them
    assert _snippets("Im rechten Oberlappen ein Knoten (Serie 3, Bild 40), der sich zeigt.") == [
        "Im rechten Oberlappen ein Knoten"]


def test_a_reference_alone_after_its_finding_sentence_takes_that_finding() -> None:
    assert _snippets("Rundherd im Unterlappen rechts, 8 mm. (Serie 3, Bild 40)") == [
        "Rundherd im Unterlappen rechts, 8 mm"]
    assert _snippets("Lebermetastase Segment VII.\nSerie 4, Bild 33.") == ["Lebermetastase Segment VII"]
    assert _snippets("Right lower lobe nodule. See series 3, image 40. Liver cyst. See series 4, image 20.",
                     "en") == ["Right lower lobe nodule", "Liver cyst"]
    # only the text after the previous sentence's own reference, and never across a heading
    assert _snippets("Zyste (Se 3 Bi 20) und Herd 8 mm. (Se 3 Bi 40)") == ["Zyste", "Herd 8 mm"]
    assert _snippets("Zyste (Se 3 Bi 20).\nBefund:\n(Serie 3, Bild 40)") == ["Zyste", ""]


def test_anatomy_and_plane_shorthand_ends_no_sentence() -> None:
    assert _snippets("Läsion im Segm. VII (Se 4 Bi 30). Stenose der Aa. iliacae (Se 5 Bi 100).") == [
        "Läsion im Segm. VII", "Stenose der Aa. iliacae"]
    assert _snippets("Lesion in seg. 7 (series 4, image 30).", "en") == ["Lesion in seg. 7"]
    # a value before a period still ends its sentence
    assert _snippets("Zyste 8 mm. Herd im Segment 7 (Se 4 Bi 30).") == ["Herd im Segment 7"]


def test_a_value_after_a_colon_stays_with_its_finding() -> None:
    assert _snippets("Lesion in segment 7: 12.5 mm (series 4, image 30).", "en") == ["Lesion in segment 7: 12.5 mm"]
    assert _snippets("Leber normal; Zyste: 8.5 mm (Se 4 Bi 40).") == ["Zyste: 8.5 mm"]
    assert _snippets("Leber: Zyste 8 mm (Se 4 Bi 40).") == ["Zyste 8 mm"]


def test_list_connectives_and_a_framed_value() -> None:
    assert _snippets("Leber: Läsionen Segment II 7 mm (4/22) bzw. Segment VII 12 mm (4/35).") == [
        "Läsionen Segment II 7 mm", "Segment VII 12 mm"]
    # a value with its prior frame is the prior reference's finding (was empty: "VU" is too short a word)
    assert _snippets("Lymphknoten paraaortal 15 mm (4/61), in der VU 9 mm (2/58).") == [
        "Lymphknoten paraaortal 15 mm", "in der VU 9 mm"]


def test_german_separable_presenting_verbs() -> None:
    assert _snippets("In Serie 3, Bild 88 stellt sich ein neuer Rundherd im Mittellappen dar.") == [
        "ein neuer Rundherd im Mittellappen"]
    assert _snippets("Im Segment VII (Se 4 Bi 30) stellt sich eine Zyste dar.") == ["eine Zyste"]
    # before the reference only the particle goes
    assert _snippets("Im Segment VII stellt sich eine Zyste dar (Se 4 Bi 30).") == [
        "Im Segment VII stellt sich eine Zyste"]


def test_list_bullets_are_no_finding() -> None:
    assert _snippets("• Leberzyste Segment II (4/21)\n* Milzzyste (4/40)") == ["Leberzyste Segment II", "Milzzyste"]


def test_a_time_or_plane_word_alone_before_the_reference_takes_the_finding_after_it() -> None:
    assert _snippets("Currently (image 35, series 4) it measures 15 mm.", "en") == ["it measures 15 mm"]
    assert _snippets("Axial (Serie 2, Bild 77) und koronar (Serie 5, Bild 31) gut abgrenzbare Hernie.")[1] == (
        "gut abgrenzbare Hernie")
    assert _snippets("Früher Bild 3/77 12 mm, jetzt Bild 3/80 15 mm.") == ["12 mm", "15 mm"]
    # a frame with a value of its own keeps it
    assert _snippets("Herd (Se 3 Bi 40) 9 mm, jetzt 12 mm (Se 4 Bi 41).") == ["Herd", "jetzt 12 mm"]
    # an examination frame alone takes a finding after it, not a value only
    assert _snippets("On the outside MRI (series 8, image 12) the lesion was smaller.", "en")[0] == (
        "lesion was smaller")
    assert _snippets("Im Vorbefund (Se 3/Bi 38) 6 mm, jetzt 9 mm (Se 4/Bi 41).") == ["Im Vorbefund", "jetzt 9 mm"]
