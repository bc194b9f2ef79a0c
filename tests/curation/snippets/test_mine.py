"""Mining against the hand-written bilingual reference set: precision, recall, snippets, offsets."""

from __future__ import annotations

from collections import Counter

import pytest

from curation.snippets.mine import mine_refs, mine_refs_batch, sentence_bounds
from tests.curation.snippets.refset import CONFOUNDERS, POSITIVES


def _score() -> tuple[int, int, int, list[str]]:
    texts = [t for _, t, _ in POSITIVES] + [t for _, t in CONFOUNDERS]
    langs = [lang for lang, _, _ in POSITIVES] + [lang for lang, _ in CONFOUNDERS]
    expected = [e for _, _, e in POSITIVES] + [[] for _ in CONFOUNDERS]
    mined = mine_refs_batch(texts, langs)
    tp = fp = fn = 0
    misses = []
    for text, want, got in zip(texts, expected, mined, strict=True):
        want_c = Counter(want)
        got_c = Counter((r.series, r.image_start, r.image_end) for r in got)
        hit = sum((want_c & got_c).values())
        tp += hit
        fp += sum(got_c.values()) - hit
        fn += sum(want_c.values()) - hit
        if want_c != got_c:
            misses.append(f"{text!r}: want {sorted(want_c)} got {sorted(got_c)}")
    return tp, fp, fn, misses


def test_refset_size() -> None:
    assert len(POSITIVES) + len(CONFOUNDERS) >= 150
    assert len(CONFOUNDERS) >= 80
    assert {lang for lang, _, _ in POSITIVES} == {"de", "en"}


def test_precision_recall_on_refset() -> None:
    tp, fp, fn, misses = _score()
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"refset: tp={tp} fp={fp} fn={fn} precision={precision:.4f} recall={recall:.4f}")
    assert precision >= 0.995, misses
    assert recall >= 0.98, misses


@pytest.mark.parametrize(("lang", "text"), CONFOUNDERS[:20])
def test_confounders_give_nothing(lang: str, text: str) -> None:
    assert mine_refs(text, lang) == []


def test_snippet_before_reference_excludes_it() -> None:
    text = "Befund: Rundherd im rechten Unterlappen (Serie 3, Bild 60). Sonst unauffällig."
    (ref,) = mine_refs(text)
    assert (ref.series, ref.image_start, ref.image_end) == (3, 60, 60)
    assert ref.snippet == "Rundherd im rechten Unterlappen"
    assert text[ref.snippet_start:ref.snippet_end] == ref.snippet
    assert text[ref.ref_start:ref.ref_end] == "Serie 3, Bild 60"


def test_snippet_after_when_reference_comes_first() -> None:
    text = "Auf Bild 45 der Serie 3 zeigt sich ein Rundherd im Oberlappen."
    (ref,) = mine_refs(text)
    assert ref.snippet == "ein Rundherd im Oberlappen"


def test_list_gives_one_ref_per_item_with_shared_snippet() -> None:
    refs = mine_refs("Multiple Leberläsionen, Bild 45 und 67.")
    assert [(r.image_start, r.image_end) for r in refs] == [(45, 45), (67, 67)]
    assert {r.snippet for r in refs} == {"Multiple Leberläsionen"}


def test_two_refs_in_one_sentence_get_their_own_snippets() -> None:
    text = "Rundherd (Serie 3, Bild 60) sowie Zyste der Leber (Serie 4, Bild 12)."
    assert [r.snippet for r in mine_refs(text)] == ["Rundherd", "Zyste der Leber"]


def test_image_only_ref_takes_context_series() -> None:
    text = ("Serie 5: Thorax axial. Kleiner Herd, Bild 45. Zyste (Serie 7, Bild 3). Erguss (Bild 9).\n"
            "Leber: in Serie 6 Zyste (Bild 12). Milz (Serie 8, Bild 2). Niere (Bild 4).")
    refs = mine_refs(text)
    assert [(r.series, r.context_series, r.image_start) for r in refs] == [
        (None, 5, 45), (7, None, 3), (None, 5, 9), (None, 6, 12), (8, None, 2), (None, 8, 4)]


def test_image_only_ref_takes_the_series_named_earlier_in_its_section() -> None:
    text = ("Befund:\nThorax-CT in Serie 4 (Lungenfenster). Knoten rechts (Bild 87). Knoten links (Bild 102).\n"
            "VU Serie 2, Bild 40: damals 5 mm. Erguss (Bild 30).\n"
            "Beurteilung: Knoten rechts (Bild 87).\n\nNachtrag: Serie 9 nachgereicht.\n\nZyste (Bild 12).")
    refs = mine_refs(text, include_prior=True)
    assert [(r.series_used, r.series_inherited, r.image_start, r.prior_study) for r in refs] == [
        (4, True, 87, False), (4, True, 102, False), (2, False, 40, True),
        (4, True, 30, False),  # a current reference does not inherit the prior study's series
        (None, False, 87, False),  # "Beurteilung:" starts a new section
        (None, False, 12, False)]  # so does a blank line
    assert refs[0].as_json()["series"] == 4 and refs[0].as_json()["series_inherited"] is True
    assert refs[2].as_json()["series"] == 2 and refs[2].as_json()["series_inherited"] is False


def test_misspelled_keywords_keep_offsets() -> None:
    text = "Rundherd (Sereie 3, Bidl 45)."
    (ref,) = mine_refs(text)
    assert (ref.series, ref.image_start) == (3, 45)
    assert text[ref.ref_start:ref.ref_end] == "Sereie 3, Bidl 45"


def test_sentence_bounds_respect_abbreviations() -> None:
    text = "Herd (Se. 3 / Bi. 45). Zweiter Satz."
    assert [text[a:b] for a, b in sentence_bounds(text)] == ["Herd (Se. 3 / Bi. 45).", "Zweiter Satz."]


def test_batch_validates_langs() -> None:
    with pytest.raises(ValueError, match="langs"):
        mine_refs_batch(["a", "b"], ["de"])


def test_pipeline_marks_ref_entities_and_falls_back_to_blank(monkeypatch: pytest.MonkeyPatch) -> None:
    from curation.snippets.ner import build_pipeline, doc_refs

    build_pipeline.cache_clear()
    monkeypatch.setenv("RADCURATE_REF_MODEL", "no_such_pipeline_installed")
    nlp = build_pipeline("en")
    assert nlp.pipe_names == ["ref_grammar", "ref_matcher"]
    doc = nlp("Nodule (series 3, image 87), 3 x 4 cm.")
    assert [(e.text, e.label_) for e in doc.ents] == [("series 3, image 87", "REF")]
    assert [(r.series, r.images) for r in doc_refs(doc)] == [(3, ((87, 87),))]
    build_pipeline.cache_clear()
