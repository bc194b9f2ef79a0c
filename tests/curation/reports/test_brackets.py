"""A sentence does not end inside a bracket that closes (reports table `sentences`, curation/reports/brackets.py)."""

from __future__ import annotations

import pytest

from curation.reports.brackets import MAX_BRACKET_CHARS, BracketSpans
from curation.reports.structure import split_sentences, structure


def _split(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # an abbreviation period inside a bracket, German and English; a real end right after the bracket
    ("Pleuraerguss rechts (cor. Serie 6, Bild 12). Kein Pneumothorax.",
     ["Pleuraerguss rechts (cor. Serie 6, Bild 12).", "Kein Pneumothorax."]),
    ("Keilwirbel BWK 12 (sag. STIR, Bild 4) ohne Hinterkantenbeteiligung. Myelon unauffällig.",
     ["Keilwirbel BWK 12 (sag. STIR, Bild 4) ohne Hinterkantenbeteiligung.", "Myelon unauffällig."]),
    ("Small hepatic cyst (ax. image 30). Spleen normal.", ["Small hepatic cyst (ax. image 30).", "Spleen normal."]),
    ("Consolidation in the lingula (cf. ser. 4, img. 22) and small effusion. No mass.",
     ["Consolidation in the lingula (cf. ser. 4, img. 22) and small effusion.", "No mass."]),
    # nested brackets, square inside round
    ("Fraktur (sag. Rekon. [ca. Serie 5, Bild 18]) des LWK 1. Kein Hämatom.",
     ["Fraktur (sag. Rekon. [ca. Serie 5, Bild 18]) des LWK 1.", "Kein Hämatom."]),
    # a line break inside a bracket that closes; a line break outside one still ends the sentence
    ("Herd (Serie 3,\nBild 45) rechts\nKein Erguss", ["Herd (Serie 3,\nBild 45) rechts", "Kein Erguss"]),
    # an unbalanced bracket at the end of a report protects nothing before or after it
    ("Leber normal. Milz normal. Zyste (Bild 12 rechts. Niere normal.",
     ["Leber normal.", "Milz normal.", "Zyste (Bild 12 rechts.", "Niere normal."]),
    ("Herd rechts (Serie 3, Bild 45). Die Leber ist normal. Zyste (vgl. Bild 12",
     ["Herd rechts (Serie 3, Bild 45).", "Die Leber ist normal.", "Zyste (vgl. Bild 12"]),
    # a stray ")" before a bracket does not swallow the sentence end after it
    ("Befund a) unverändert. Zyste (cor. Bild 3). Ende.", ["Befund a) unverändert.", "Zyste (cor. Bild 3).", "Ende."]),
    # a paragraph (blank line) ends a sentence even inside a bracket that closes later
    ("Herd (siehe unten.\n\nNeuer Absatz) Ende.", ["Herd (siehe unten.", "Neuer Absatz) Ende."]),
])
def test_no_sentence_end_inside_a_closed_bracket(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_a_bracket_longer_than_the_limit_is_not_a_parenthetical() -> None:
    filler = "Wort " * (MAX_BRACKET_CHARS // 5)
    text = f"Erster Satz (cor. {filler}). Zweiter Satz."
    # a 200+ character "bracket" is treated as unbalanced: the period after "cor" ends a sentence again
    assert _split(text)[0] == "Erster Satz (cor."
    assert len(_split(text)) == 3


def test_bracket_spans_cover_only_their_inside() -> None:
    text = "a (b [c] d) e [f) g"
    spans = BracketSpans(text)
    inside = [i for i in range(len(text)) if spans.covers(i)]
    # "(b [c] d)" covers 3..9 (after "(" at 2, up to ")" at 10); "[f)" never closes
    assert inside == list(range(3, 10))
    assert not BracketSpans("no brackets here")


def test_report_sentences_with_bracket_abbreviations_keep_their_sections() -> None:
    text = ("Befund: Rundherd im Unterlappen (vgl. Serie 2, Bild 40). Kein Erguss.\n"
            "Beurteilung: Rundherd (ax. Bild 40), Kontrolle empfohlen.")
    _, sentences = structure(text)
    assert [(s.section, text[s.start:s.end]) for s in sentences] == [
        ("findings", "Rundherd im Unterlappen (vgl. Serie 2, Bild 40)."), ("findings", "Kein Erguss."),
        ("impression", "Rundherd (ax. Bild 40), Kontrolle empfohlen.")]
