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
