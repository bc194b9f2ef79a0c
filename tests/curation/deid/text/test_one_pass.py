"""The shared passes over one string run as one Aho-Corasick pass (common._OnePass): each registry gets exactly what
its own pass finds."""

from __future__ import annotations

import re

import pytest

from curation.deid.text import common
from curation.deid.text.common import SharedNeedles, _OnePass, _SharedStarts
from curation.deid.text.scrub import scrub_text

TEXTS = (
    "Befund vom 03.04.2024: Dr. med. Jana Kowalski, Tel. 0761 270-12345, Klinik am See, Straße 4.",
    "CT THORAX: no PE. Dictated by Dr Amir Haddad (bleep 4471), reviewed at St Mary's, MRN 88120043.",
    "x-ray / -- (( @@@ ))",
    "",
)


@pytest.mark.parametrize("text", TEXTS)
def test_grouped_pass_equals_each_registrys_own(text: str) -> None:
    scrub_text(text, "de", use_spacy=False)  # every lazily registered pattern registered
    for group in (common._ONE_PASS_OVER_TEXT, common._ONE_PASS_OVER_LOWERED):
        haystack = text.lower() if group.lower else text
        for member, result in zip(group.members, group.scan(haystack), strict=True):
            assert result == member.scan(haystack)


def test_grouped_pass_follows_a_late_registration() -> None:
    gates, starts = SharedNeedles(), _SharedStarts()
    group = _OnePass(gates, starts)
    first = gates.register(("Klinik",))
    pid = starts.register(("Dr.", "Dr"))
    assert group.scan("Dr. Roth, Klinik Nord") == [{first}, {pid: [0, 0]}]
    second = gates.register(("Nord", ""))
    always = starts.register(("zz",))
    assert group.scan("Dr. Roth, Klinik Nord") == [{first, second}, {pid: [0, 0]}]
    assert always not in group.scan("Dr. Roth")[1]


def test_one_pass_needs_one_string() -> None:
    with pytest.raises(ValueError, match="same string"):
        _OnePass(SharedNeedles(), _SharedStarts(folded=True))


def test_run_before_literal_reads_its_anchors_from_the_shared_pass() -> None:
    from curation.deid.text.common import RunBeforeLiteral, TextContext, current

    text = "Mail an ina.roth@klinik-nord.de oder j_berg@uni.ch; Az. 12/4471, AB-12/34567, x@y"
    scanner = RunBeforeLiteral(re.compile(r"(?P<v>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"), ("@",), "_.+-", at_anchor=False)
    ids = RunBeforeLiteral(re.compile(r"(?P<v>[A-Z](?<![\w/-][A-Z])[A-Z]{0,2}-?\d{2}/\d{3,7})(?![\w/])"), ("/",), "-",
                           at_anchor=False)
    outside = [[m.span() for m in s.finditer(text)] for s in (scanner, ids)]
    assert outside == [[(8, 31), (37, 50)], [(65, 76)]]
    assert text[65:76] == "AB-12/34567"
    with current(text, TextContext(text)) as ctx:
        assert [[m.span() for m in s.finditer(text)] for s in (scanner, ids)] == outside
        assert ctx._starts  # from the shared pass
        assert [m.span() for m in scanner.finditer(text, 0, 40)] == [(8, 31)]  # a part: its own automaton
