"""The patron-home scan finds its -haus / -heim word ends without a look-behind: the same ends as _HOME_END."""

from curation.deid.text.outside_sites import _HOME_END, _patron_homes, home_word_ends

TEXTS = (
    "Vorbefund aus dem St.-Josefs-Haus, Verlegung ins Marienheim.",
    "Zuweisung: Krankenhaus Nord; Pflegeheim am See; Kinder-Heim; 3Haus; _heim; -Haus am Anfang",
    "Haus heim Heimat Hausarzt Wohnheim- Altenheim-Süd im Elisabethenheim und im Vinzenz-Haus",
    "Diakonissenhaus, Bethesda-Heim, Franziskushaus",
)


def test_same_word_ends_as_the_look_behind_pattern() -> None:
    for text in TEXTS:
        assert home_word_ends(text) == [m.end() for m in _HOME_END.finditer(text)]
    assert len(home_word_ends(TEXTS[2])) == 2  # Elisabethenheim, Vinzenz-Haus; "-" after Wohnheim, Altenheim


def test_patron_homes_found() -> None:
    assert [[m.group("v") for m in _patron_homes(text)] for text in TEXTS] == [
        ["Marienheim"], [], ["Elisabethenheim", "Vinzenz-Haus"], []]
