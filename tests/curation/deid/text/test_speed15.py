"""Round 15 speed: the faster forms find exactly what the plain ones found (module needle gates from the shared
needle pass, the day-month date's slash test as one lookbehind, patterns run first-character-first)."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from curation.deid.text import (
    case_refs,
    dates,
    foreign_addresses,
    name_lines,
    public_bodies,
    rules,
    text_views,
    transfer_towns,
)
from curation.deid.text.common import FirstCharFirst, NeedleGate, TextContext, current

# The "dm" date pattern as it stood before round 15 (two lookbehinds in an alternation).
_OLD_DM = re.compile(r"(?<![\d.,:])(?:(?<!/)|(?<=\d\./))(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?![\d])"
                     r"(?=\s|$|[,;:)]|\.(?!\d)|[–-][ \t]?\d{1,2}\.\d{1,2}\.)")


def _dm_scanner():
    (scanner,) = [s for kind, s, _ in dates._SCANNERS if kind == "dm"]
    return scanner


def test_day_month_scanner_is_first_character_first() -> None:
    assert isinstance(_dm_scanner(), FirstCharFirst)


def test_day_month_scanner_finds_what_the_old_pattern_found_exhaustively() -> None:
    scanner = _dm_scanner()
    checked = found = 0
    for k in range(1, 8):
        for chars in itertools.product("1./ -", repeat=k):
            text = "".join(chars)
            old = [(m.span(), m.groupdict()) for m in _OLD_DM.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in scanner.finditer(text)] == old, text
            checked += 1
            found += len(old)
    assert checked == sum(5 ** k for k in range(1, 8)) and found > 200


def test_day_month_scanner_random_texts_and_cases() -> None:
    scanner = _dm_scanner()
    rng = random.Random(15)
    for _ in range(20000):
        text = "".join(rng.choice("0123456789./,: -–\n)a;") for _ in range(rng.randint(1, 14)))
        assert [(m.span(), m.groupdict()) for m in scanner.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in _OLD_DM.finditer(text)], text
    text = "vom 17.08. und 21./22.03. bis 3/4.5. oder 1,2.3. am 14.3.."
    # "22.03." after a day and its dot and a slash; not "4.5." after "3/", nor "2.3." after a comma.
    assert [m.group() for m in scanner.finditer(text)] == ["17.08.", "22.03.", "14.3."]
    assert [m.group() for m in _OLD_DM.finditer(text)] == ["17.08.", "22.03.", "14.3."]


@pytest.mark.parametrize("module, gate, needles", [
    (transfer_towns, "_GATE", "_NEEDLES"), (foreign_addresses, "_GATE", "_NEEDLES"),
    (case_refs, "_GATE", "_NEEDLES"), (case_refs, "_REGISTER_GATE", "_REGISTER_NEEDLES"),
    (name_lines, "_RELATION_GATE", "_RELATION_NEEDLES"), (public_bodies, "_MILITARY_GATE", "_MILITARY_NEEDLES")])
def test_module_needle_gates_answer_as_their_alternation(module, gate, needles) -> None:
    gate, needles = getattr(module, gate), getattr(module, needles)
    assert isinstance(gate, NeedleGate)
    alternation = re.compile("|".join(map(re.escape, needles)))
    rng = random.Random(len(needles))
    pieces = [*needles, *(n[:-1] for n in needles if len(n) > 1), " ", "x", "\n", "Befund", "ref", "c/"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        lowered = text.lower()
        expected = alternation.search(lowered) is not None
        assert gate.search(lowered) is expected, text  # outside a scrub call: a pass of its own
        with current(text, TextContext(text)) as ctx:
            assert gate.search(ctx.lowered) is expected, text  # the context's shared pass
            assert gate.search(lowered) is expected, text  # another string of the same letters
    with pytest.raises(ValueError):
        NeedleGate(())


@pytest.mark.parametrize("pattern", [rules._AGE_AFTER_VERB, name_lines._INITIAL_SURNAME, text_views._MOJIBAKE])
def test_first_character_first_scanners_match_their_pattern(pattern) -> None:
    assert isinstance(pattern, FirstCharFirst)
    rng = random.Random(7)
    pieces = ("94", "1", "0", "120", " ", ".", ",", ";", "and", "ist", "A.", "B. ", "Meyer", "-", "'", "\n", "Ã",
              "¼", "â", "€", "Ÿ", "x", "é")
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
            [(m.span(), m.groups()) for m in pattern.compiled.finditer(text)], text


def _old_wrap_edits(text: str) -> list[tuple[int, int, str]]:
    """text_views._wrap_edits as it stood before round 15 (every line read)."""
    out: list[tuple[int, int, str]] = []
    line_start = 0
    while (brk := text.find("\n", line_start)) >= 0:
        line, line_start = text[line_start:brk], brk + 1
        if len(line) < 40 or line.count(" ") < 5 or text_views._CELL_MARKS.search(line):
            continue
        if line.endswith("-") and (m := text_views._WRAP.match(text, brk - 1)):
            if text_views._CAPITALISED.fullmatch(line[:-1].rsplit(" ", 1)[-1]):
                out.append((m.start(), m.end(), ""))
            continue
        if not line[-1:].isalpha():
            continue
        tail = text_views._NAME_AT_END.search(line)
        if tail and (tail["title"] or text_views.is_given_name(tail["name"])) and \
                text_views._NAME_AT_START.match(text, brk + 1):
            out.append((brk, brk + 1, " "))
    return out


def test_wrap_edits_from_the_breaks_after_a_letter_match_every_line_read() -> None:
    rng = random.Random(40)
    words = ("die", "Patientin", "wurde", "gestern", "von", "zur", "Kontrolle", "mit", "überwiesen,", "ß", "é", "²",
             "3", ";", "|", "\t", "α", "ǅ", "Ⅷ", "x" * 9)
    ends = ("Dr. Matthias", "Frau Anna", "von Anna", "Herrn Paul", "Wester-", "Befund:", "Anna", "3", "α", "ǅ", "Ⅷ",
            "-", "²", "ende.")
    starts = ("Hollenbach zur", "kamp wohnhaft", "Müller, geb.", "Name: x", "ab", "\n", "", "Hollenbach)", "α und")
    edits = 0
    for _ in range(6000):
        lines = []
        for _ in range(rng.randint(1, 4)):
            line = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
            lines.append(f"{line} {rng.choice(ends)}\n{rng.choice(starts)}")
        text = "".join(lines)
        expected = _old_wrap_edits(text)
        assert text_views._wrap_edits(text) == expected, text
        edits += len(expected)
    assert edits > 200  # (263 with this seed)
    wrapped = "Die Patientin wurde gestern von Herrn Dr. Matthias\nHollenbach zur Kontrolle vorgestellt.\n"
    assert text_views._wrap_edits(wrapped) == [(50, 51, " ")]
