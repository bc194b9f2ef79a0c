"""Round 13: address blocks in letters: tenement flats, a town in capitals before a UK postcode, US county roads,
abbreviated French street kinds (places.py)."""

from __future__ import annotations

import pytest

from tests.curation.deid.text.test_ocr_digits import _rules


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Mrs Agnes Lauder\nFlat 1F3, 9 Warrender Park Road\nGLASGOW G12 8QQ\nDear Mrs Lauder,", "en",
     "Mrs [PERSON]\n[ADDRESS], [ADDRESS]\n[ADDRESS]\nDear Mrs [PERSON],"),
    ("Mr Clyde Hollins\n418 County Road 12\nAthens, TN 37303", "en", "Mr [PERSON]\n[ADDRESS]\n[ADDRESS]"),
    ("Mme Lucie Favre, rte de Berne 14, 1010 Lausanne", "fr", "Mme [PERSON], [ADRESSE], [ADRESSE]"),
    ("M. Paul Rey, ch. du Levant 3, 1005 Lausanne", "fr", "M. [PERSON], [ADRESSE], [ADRESSE]"),
])
def test_address_block_lines(text, lang, expected):
    assert _rules(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("CT ABDOMEN: no free fluid.", "en"),
    ("Road traffic collision on 2 County roads, CT head normal.", "en"),
    ("Flat lesion 3 mm, no change.", "en"),
    ("av. 3 mm, ch. 4 mm", "fr"),
])
def test_address_look_alikes(text, lang):
    assert _rules(text, lang) == text
