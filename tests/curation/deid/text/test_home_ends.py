"""The patron-home scan finds its -haus / -heim word ends without a look-behind: the same ends as _HOME_END."""

from curation.deid.text.outside_sites import _HOME_END, _patron_homes

TEXTS = (
    "Vorbefund aus dem St.-Josefs-Haus, Verlegung ins Marienheim.",
    "Zuweisung: Krankenhaus Nord; Pflegeheim am See; Kinder-Heim; 3Haus; _heim; -Haus am Anfang",
    "Haus heim Heimat Hausarzt Wohnheim- Altenheim-Süd im Elisabethenheim und im Vinzenz-Haus",
    "Diakonissenhaus, Bethesda-Heim, Franziskushaus",
)


def _home_ends(text: str) -> list[int]:
    from curation.deid.text.outside_sites import _HOME_WORD, _LETTER
    return [m.end() for m in _HOME_WORD.finditer(text) if m.start() and (
        _LETTER.match(text, m.start() - 1) or (text[m.start() - 1] == "-" and m.start() > 1
                                               and _LETTER.match(text, m.start() - 2)))]


def test_same_word_ends_as_the_look_behind_pattern() -> None:
    for text in TEXTS:
        assert _home_ends(text) == [m.end() for m in _HOME_END.finditer(text)]
    assert len(_home_ends(TEXTS[2])) == 2  # Elisabethenheim, Vinzenz-Haus; "-" after Wohnheim, Altenheim


def test_patron_homes_found() -> None:
    found = [m.group("v") for m in _patron_homes(TEXTS[2]) + _patron_homes(TEXTS[3])]
    assert "Elisabethenheim" in found or "Vinzenz-Haus" in found
