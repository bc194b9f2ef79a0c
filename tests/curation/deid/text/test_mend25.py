"""Mend of round 25 (deid-mend25): four classes of clinical words that round 25's address rules took, each with the
words that must stay and the addresses that must still be taken.

1. A German, Austrian or Swiss postcode opens its hit: no town words are walked back over before it, and only a
   numbered (or found) street counts as its part ("Leber, Segment 8000 Bern").
2. A number after a part's words is a house number only after a street or dwelling word: "Grade 3", "Phase 2",
   "Type 2" are scores, and the words before them stay.
3. A one-letter partial UK postcode only with its own city ("Derby M1" is a stage).
4. A state code that is a modality ("CT") after a town, without a ZIP code: the town alone is taken.
"""

from __future__ import annotations

import pytest

from curation.deid.text.scrub import scrub_text
from tests.curation.deid.text.test_addr25 import _addresses


@pytest.mark.parametrize(
    ("text", "lang", "addresses"),
    [
        ("Leber, Segment 8000 Bern", "de", ["8000 Bern"]),
        ("Lunge, Dosis 1000 Wien", "de", ["1000 Wien"]),
        ("Kategorie 3, Radiologie, 6020 Innsbruck", "de", ["6020 Innsbruck"]),
    ],
)
def test_words_before_a_leading_postcode_stay(text: str, lang: str, addresses: list[str]) -> None:
    assert _addresses(text, lang) == addresses


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Anschrift: Hauptstraße 5, 8010 Graz", ["Hauptstraße 5", "8010 Graz"]),
        ("Wohnhaft: Lindengasse 12, 1070 Wien", ["Lindengasse 12", "1070 Wien"]),
    ],
)
def test_a_numbered_street_before_a_leading_postcode_is_taken(text: str, addresses: list[str]) -> None:
    assert _addresses(text, "de") == addresses


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Procedure, Grade 3, Leeds LS1 3EX", ["Leeds LS1 3EX"]),
        ("Contrast, Phase 2, Leeds LS1 3EX", ["Leeds LS1 3EX"]),
        ("Fracture Type 2, Glasgow G12 8QQ", ["Glasgow G12 8QQ"]),
        ("Lesion, Stage 2, Leeds LS1 3EX", ["Leeds LS1 3EX"]),
        ("Liver, Segment 8, Leeds LS1 3EX", ["Leeds LS1 3EX"]),
    ],
)
def test_a_score_is_no_house_numbered_part(text: str, addresses: list[str]) -> None:
    assert _addresses(text) == addresses


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Croft 4, Achfary, Lairg IV27 4BQ", ["Croft 4", "Achfary", "Lairg IV27 4BQ"]),
        ("Address: Flat 2, Ivy Court, Leeds LS1 3EX", ["Flat 2, Ivy Court", "Leeds LS1 3EX"]),
        ("22 Mill Brow, Kendal LA9 4PQ", ["22 Mill Brow", "Kendal LA9 4PQ"]),
        ("ADDRESS: FLAT 4, IVY COURT, LEEDS LS1 3EX", ["FLAT 4", "IVY COURT", "LEEDS", "LS1 3EX"]),
        ("Ms Jane Doe, Trewartha, Fore Street, St Ives TR26 1HE", ["Trewartha", "Fore Street", "St Ives TR26 1HE"]),
    ],
)
def test_dwelling_and_street_numbers_still_make_address_parts(text: str, addresses: list[str]) -> None:
    assert _addresses(text) == addresses


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Primary, Derby M1.", "M1"),
        ("Mammography, Bedford B2.", "B2"),
        ("Findings, York G2.", "G2"),
        ("Staging, Leeds N1.", "N1"),
        ("Hull L1.", "L1"),
    ],
)
def test_a_one_letter_code_after_another_city_stays(text: str, code: str) -> None:
    start = text.index(code)
    spans = scrub_text(text, "en", use_spacy=False).spans
    assert not any(s.start < start + len(code) and start < s.end for s in spans)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Home: flat, Birmingham B17.", "Birmingham B17"),
        ("Referred from clinic, Manchester M14.", "Manchester M14"),
        ("Seen at clinic, London N1.", "London N1"),
        ("Seen at clinic, Bedford MK41.", "Bedford MK41"),
    ],
)
def test_a_city_with_its_own_partial_postcode_is_taken(text: str, address: str) -> None:
    assert _addresses(text) == [address]


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        ("Vergleich Marburg, CT.", "de", "Marburg"),
        ("Compared with outside study Boston, CT.", "en", "Boston"),
    ],
)
def test_a_modality_after_a_town_stays(text: str, lang: str, town: str) -> None:
    scrubbed = scrub_text(text, lang, use_spacy=False)
    assert _addresses(text, lang) == [town]
    assert scrubbed.text.endswith(", CT.")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Hartford, CT 06106", "Hartford, CT 06106"),
        ("Patient Choi, Fort Lee, NJ, MRN 1234", "Fort Lee, NJ"),
        ("Seen in Portland, OR.", "Portland, OR"),
    ],
)
def test_a_state_code_before_a_zip_or_not_a_modality_is_taken(text: str, address: str) -> None:
    assert address in _addresses(text)
