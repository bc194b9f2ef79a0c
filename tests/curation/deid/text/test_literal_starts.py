"""literal_starts (text_common): a pattern run from its literal starts finds exactly what re's finditer finds."""

from __future__ import annotations

import re

import pytest

from curation.deid.text import dates, facilities, keep, name_lines, names, places, rules, towns
from curation.deid.text.common import Gated, LiteralStarts, literal_starts
from tests.curation.deid.text.corpus_de_en import CORPUS


def _patterns() -> list[re.Pattern[str]]:
    found: list[re.Pattern[str]] = []
    for module in (dates, facilities, keep, name_lines, names, places, rules, towns):
        for value in vars(module).values():
            for item in value if isinstance(value, tuple) else (value,):
                item = item[1] if isinstance(item, tuple) and len(item) == 2 else item
                item = item.pattern if isinstance(item, Gated) else item
                item = item.compiled if isinstance(item, LiteralStarts) else item
                if isinstance(item, re.Pattern):
                    found.append(item)
    return found


def test_prefixes_of_an_alternation():
    scanner = literal_starts(re.compile(r"(?<![\w.])(?:Dr\.?|Prof(?:essor)?|Frau|M[rs]s?)[ \t]+(?P<v>\w+)"))
    assert isinstance(scanner, LiteralStarts)
    assert scanner.prefixes == frozenset({"Dr", "Prof", "Frau ", "Frau\t", "Mr", "Ms"})


@pytest.mark.parametrize("pattern", [r"(?i:tel)\d+", r"tel\d+", r"[A-Z]\w+ Klinik", r"(?:a|bc)\d", r"x?yz"],
                         ids=["ignorecase", "flag", "class", "short", "optional"])
def test_patterns_without_literal_starts_stay_as_they_are(pattern):
    compiled = re.compile(pattern, re.IGNORECASE if pattern == r"tel\d+" else 0)
    assert literal_starts(compiled) is compiled


def test_same_matches_as_finditer_on_the_corpus():
    texts = [s.text for s in CORPUS]
    texts += [t.lower() for t in texts] + ["Dr.Dr. Meier", "gez.gez. A", "Tochter Tochter Anna", ""]
    scanners = [(p, s) for p in _patterns() if isinstance(s := literal_starts(p), LiteralStarts)]
    assert len(scanners) >= 40
    for pattern, scanner in scanners:
        for text in texts:
            for pos, end in ((0, None), (5, len(text) - 3)):
                args = (pos,) if end is None else (pos, end)
                want = [(m.span(), m.groups()) for m in pattern.finditer(text, *args)]
                assert [(m.span(), m.groups()) for m in scanner.finditer(text, *args)] == want, pattern.pattern
