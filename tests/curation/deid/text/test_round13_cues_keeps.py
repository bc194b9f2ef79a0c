"""Round 13: nurse / baby / attendee cues (cue_names) and keep-terms: Hertel values, German anatomical compounds."""

from __future__ import annotations

import pytest

from tests.curation.deid.text.test_ocr_digits import _rules


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("TC eseguita con inf. Rosaria, nessuna reazione.", "it", "TC eseguita con inf. [PERSON], nessuna reazione."),
    ("Baby of Keisha Brown, US hips day 3", "en", "Baby of [PERSON], US hips day 3"),
    ("MDT\nPresent: Hargreaves, Nwosu (radiology), Petrakis", "en",
     "MDT\nPresent: [PERSON] (radiology), [PERSON]"),  # two names joined by a comma: one span
    ("Anwesend: Dr. Pöschl, Hainzl, Obwexer", "de", "Anwesend: Dr. [PERSON], [PERSON], [PERSON]"),
])
def test_round13_person_cues(text, lang, expected):
    assert _rules(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Present: Radiology, Oncology, Surgery.", "en"),
    ("Anwesend: Onkologie, Chirurgie", "de"),
    ("Present: mild effusion, no fracture", "en"),
    ("Exophthalmometrie nach Hertel 18/21 mm, Basis 102.", "de"),
    ("Hertel: Basis 98, 16,5/17 mm", "de"),
    ("Semimembranosussehne, Gastrocnemiusmuskel, Peroneusnerv, Saphenavene intakt.", "de"),
    ("Tibialis-anterior-Sehne, Retropatellarknorpel, Schultergelenkkapsel, Kreuzbänder regelrecht.", "de"),
])
def test_round13_keeps(text, lang):
    assert _rules(text, lang) == text


def test_surname_ending_in_band_is_still_a_name():
    assert _rules("Herr Braband, Innenband intakt.", "de") == "Herr [PERSON], Innenband intakt."


@pytest.mark.parametrize(("text", "expected"), [
    # a keep-term inside a name's span trims the span: the surname is still redacted (round 13 had freed it)
    ("Betrifft: Lindauer Achillessehne, Ruptur.", "Betrifft: [PERSON] Achillessehne, Ruptur."),
    ("Sehnenruptur bei Frau Maria Lindauer Achillessehne rechts",
     "Sehnenruptur bei Frau [PERSON] Achillessehne rechts"),
    # look-alikes: a two-word eponym's given name, capitals sequence words, an eponym disease stay
    ("Terry Thomas sign absent.", "Terry Thomas sign absent."),
    ("TIRM COR, VIBE FS nach KM", "TIRM COR, VIBE FS nach KM"),
    ("Morbus Addison Krise ausgeschlossen", "Morbus Addison Krise ausgeschlossen"),
])
def test_a_keep_term_inside_a_name_trims_the_name(text: str, expected: str) -> None:
    assert _rules(text, "de") == expected
