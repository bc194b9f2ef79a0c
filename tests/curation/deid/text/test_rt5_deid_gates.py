"""Read-through rt5-deid: the two-word closings' needles must pass every spacing the closing pattern reads (a tab or
two spaces between the words), or the given name after them leaks."""

from __future__ import annotations

import pytest

from tests.curation.deid.text.test_fix23a import _person_values


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("critères respectés. Bien\tà toi, Sophie\n--\nHôpital", "Sophie", "fr"),
        ("Je te remercie. Bien à  vous, Mathilde", "Mathilde", "fr"),
        ("Grazie per la collaborazione. A  presto, Luca", "Luca", "it"),
        ("Grazie mille. A\tpresto, Giulia", "Giulia", "it"),
    ],
)
def test_given_name_after_a_closing_with_odd_spacing(text: str, name: str, lang: str) -> None:
    assert name in _person_values(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cathéter bien positionné, Doppler normal.", "fr"),
        ("Drain bien\tà sa place, Lavage prévu.", "fr"),
        ("Controllo presto, Ecografia regolare.", "it"),
    ],
)
def test_the_words_alone_take_no_name(text: str, lang: str) -> None:
    assert _person_values(text, lang) == []


def test_a_species_shaped_name_before_a_two_word_role_is_a_person() -> None:
    # the role "Leitende Ärztin" / "Leitender Arzt" is written with a capital noun (species_names._ROLE_AFTER)
    assert _person_values("Vidiert: S. Mitis, Leitende Ärztin", "de") == ["S. Mitis"]


def test_a_species_before_a_role_in_running_text_stays() -> None:
    assert _person_values("Erreger: S. mitis, Leitender Arzt informiert", "de") == []
