"""Round 18 speed: the faster forms find exactly what the plain ones found (patterns run from line or item starts
only, the spoken-digits gate that every match needs)."""

from __future__ import annotations

import random
import re

import pytest

from curation.deid.text import (
    chat_lines,
    date_lines,
    dicom_dump,
    name_variants,
    outside_sites,
    rosters,
    service_keeps,
    spoken_forms,
    text_views,
)
from curation.deid.text.common import StartsAfter, TextContext, current, lowered_text


def _random_texts(pieces: tuple[str, ...], count: int, seed: int, longest: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, longest))) for _ in range(count)]


def _found(matches) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


def _same_matches(fast: StartsAfter, text: str) -> int:
    plain = fast.compiled
    want = _found(plain.finditer(text))
    assert _found(fast.finditer(text)) == want, text  # outside a scrub call
    with current(text, TextContext(text)):  # inside one: the starts from the context's memo
        assert _found(fast.finditer(text)) == want, text
    cut = len(text) // 3
    assert _found(fast.finditer(text, cut, len(text) - 1)) == _found(plain.finditer(text, cut, len(text) - 1)), text
    return len(want)


_NAMES = ("Anna", "Meier", "Lea S", "Kovač", "O'Neil", "Jonas", "de", "la", "Cruz", "Müller-Lüdenscheid", "MEIER")


@pytest.mark.parametrize(
    ("fast", "pieces"),
    [
        (
            chat_lines.SPEAKER,
            (*_NAMES, " ", "\t", ":", ": ", "\n", "[Teams] ", "07:52", "(10:14)", "pm", "ruf", "x", "."),
        ),
        (
            date_lines.DATE_LINE,
            (
                *_NAMES,
                "Zürich",
                "St. Gallen",
                ", ",
                ",",
                " den ",
                "le ",
                "12. März 2024",
                "March 3, 2021",
                "03.04.2021",
                "\n",
                " ",
                " – Unterschrift",
                "Ort, Datum: ",
                "x",
                "\nZürich, 12. März 2024\n",
                "Bern, den 03.04.2021",
                ", Anna, ",
            ),
        ),
        (
            name_variants.NAME_BEFORE_DOB,
            (
                *_NAMES,
                " ",
                ", ",
                ",",
                "DOB",
                "geb.",
                ": ",
                "12.03.1950",
                "1950-03-12",
                "\n",
                "né ",
                "x",
                "\nAnna Meier, DOB 12.03.1950",
            ),
        ),
        (
            dicom_dump._KEYWORD_LINE,
            ("PatientName", "AccessionID", "Manufacturer", "Modality", " ", ":", "=", "\n", "Anna", "x", "\t", "GE"),
        ),
        (rosters._BARE, (*_NAMES, "lundi", "Hintergrund", "Mo", " ", "\t", "|", ";", ",", ":", "\n", "Dr. ", "x", "–")),
        (rosters._NUMBERED, (*_NAMES, "1.", "12)", "3. ", " ", ":", "|", " - ", "\n", "Dr. ", "x", "–")),
    ],
)
def test_line_start_scanners_match_their_pattern(fast, pieces) -> None:
    assert isinstance(fast, StartsAfter)
    found = sum(_same_matches(fast, text) > 0 for text in _random_texts(pieces, 6000, 18))
    assert found >= 30  # the pieces make matches: the comparison is not over empty lists only


def test_starts_after_refuses_an_empty_match() -> None:
    with pytest.raises(ValueError, match="at least one character"):
        StartsAfter(re.compile(r"(?m)^[ \t]*"))


def test_starts_after_tries_only_lines_holding_the_character() -> None:
    fast = StartsAfter(re.compile(r"(?m)^(?P<k>\w+):"), holding=":")
    text = "Befund: ok\nno colon here\nZeile:\n:x"
    assert fast._all_starts(text) == [0, 25, 32]
    assert [m.group("k") for m in fast.finditer(text)] == ["Befund", "Zeile"]


def test_spoken_digits_need_the_digit_run() -> None:
    pieces = (
        "extension ",
        "Durchwahl: ",
        "on ",
        "at ",
        "Rückruf unter ",
        " ",
        ":",
        ", ",
        "-",
        "three ",
        "two",
        "null ",
        "sechs,",
        "un-",
        "deux ",
        "tre ",
        "otto",
        "vier ",
        "zéro ",
        "x",
        "\n",
        "fünf ",
        "\t",
    )
    found = 0
    for text in _random_texts(pieces, 20000, 19):
        if spoken_forms.SPOKEN_DIGITS.search(text):
            found += 1
            assert spoken_forms._DIGIT_RUN.search(text), text
    assert found > 100
    text = "Bitte Rückruf unter null sechs vier drei eins zwei acht."
    assert [text[h.start : h.end] for h in spoken_forms.spoken_hits(text)] == ["null sechs vier drei eins zwei acht"]
    assert spoken_forms.spoken_hits("call back on one two") == []  # two words: no run, no phone


def _gate_pairs():
    from curation.deid.text import (
        brand_positions,
        brand_sites,
        care_services,
        case_refs,
        contact_names,
        fields,
        foreign_addresses,
        home_addresses,
        house_names,
        label_values,
        public_bodies,
    )

    return [
        (brand_positions._LINE_GATE, brand_positions._LINE_NEEDLES, False),
        (brand_positions._BRAND_GATE, brand_positions._BRAND_NEEDLES, False),
        (brand_positions._NETWORK_GATE, brand_positions._NETWORK_NEEDLES, False),
        *((gate, gate.needles, False) for _, gate in brand_positions._GATED_RULES),
        (brand_sites._GENERIC_GATE, brand_sites._GENERIC_NEEDLES, False),
        (case_refs._PROSECUTOR_GATE, case_refs._PROSECUTOR_MARKS, False),
        (contact_names._CONSENT_GATE, contact_names._CONSENT_NEEDLES, False),
        (fields._GATE, fields._NEEDLES, True),
        (fields._LABEL_GATE, fields._LABEL_NEEDLES, True),
        (foreign_addresses._AU_STATE_GATE, foreign_addresses._AU_STATE_GATE.needles, False),
        (home_addresses._POSTCODE_LABEL_GATE, home_addresses._POSTCODE_LABEL_NEEDLES, True),
        *((gate, gate.needles, False) for _, gate in house_names._RULES),
        (label_values._STATION_GATE, label_values._STATION_NEEDLES, False),
        (public_bodies._AFTER_GATE, public_bodies._AFTER_NEEDLES, False),
        (public_bodies._BRANCH_GATE, public_bodies._BRANCH_NEEDLES, False),
        *((gate, gate.needles, False) for _, _, gate in care_services._RULES),
    ]


def test_needle_gates_answer_as_the_substring_tests_did() -> None:
    pairs = _gate_pairs()
    assert len(pairs) == 34  # (mend of 24b: two care_services rules, care offices with a place and "<Town> PALS")
    # Pieces: every needle, pieces of needles, and text around them (a gate must fire on a needle split by nothing).
    needles = sorted({n for _, ns, _ in pairs for n in ns})
    pieces = (
        *needles,
        *(n[: len(n) // 2] for n in needles),
        *(n[len(n) // 2 :] for n in needles),
        " ",
        "a",
        "\n",
        "x",
        "Ü",
        "MS",
        "ms ",
    )
    fired = 0
    for text in _random_texts(tuple(pieces), 3000, 20, longest=3):
        lowered = text.lower()
        with current(text, TextContext(text)):
            for gate, ns, lower in pairs:
                haystack = lowered_text(text) if lower else text  # the context's lower-cased text: the shared pass
                want = any(n in haystack for n in ns)
                assert bool(gate.search(haystack)) == want, (text, ns)
                fired += want
        for gate, ns, lower in pairs:  # outside a scrub call: a pass of its own
            haystack = lowered if lower else text
            assert bool(gate.search(haystack)) == any(n in haystack for n in ns), (text, ns)
    assert fired > 1000


@pytest.mark.parametrize(
    ("fast", "pieces"),
    [
        (service_keeps.WEEK, ("KW", "CW", "Kalenderwoche", "calendar week", " ", "14", "/", "2025", "1", "x", "W7")),
        (service_keeps.FREE_PHONE, ("+49", "0044", "(0)", "0800", "808", "1-", "800", "888", " ", "-", "123", "4567")),
        (text_views._DIGITS, ("1", "22", "a", " ", "٣", "x1", "\n")),
        (outside_sites._HOME_WORD, ("haus", "Haus", "heim", "Heim", "-", " ", "x", "Kranken", "h")),
    ],
)
def test_literal_start_forms_match_their_pattern(fast, pieces) -> None:
    assert not isinstance(fast, re.Pattern)  # a faster form (common.literal_starts)
    found = 0
    for text in _random_texts(pieces, 4000, 21):
        want = _found(fast.compiled.finditer(text))
        with current(text, TextContext(text)):
            assert _found(fast.finditer(text)) == want, text
        found += bool(want)
    assert found >= 100


def test_case_reference_cue_runs_from_its_starts() -> None:
    from curation.deid.text import case_refs
    from curation.deid.text.common import AnyOfStarts

    fast = case_refs._CUED
    assert isinstance(fast, AnyOfStarts)
    pieces = (
        "Az.",
        "Ref.",
        "ref",
        "Our ref",
        "Réf.",
        "Häftl.-Nr.",
        "Pers.",
        "-Nr.",
        ".Nr.",
        "Zl.",
        "POL#",
        "AB",
        "#",
        "Claim",
        "StA",
        "RG",
        ", ",
        " ",
        ":",
        "n.",
        "no. ",
        "2024-334",
        "412",
        "A1",
        "mw/ht ",
        "x",
        "\n",
    )
    found = 0
    for text in _random_texts(pieces, 6000, 22):
        want = _found(fast.compiled.finditer(text))
        with current(text, TextContext(text)):
            assert _found(fast.finditer(text)) == want, text
        assert _found(fast.finditer(text)) == want, text  # outside a scrub call
        found += bool(want)
    assert found >= 300
