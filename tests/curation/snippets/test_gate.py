"""Gated scans (`curation/snippets/gate.py`) find exactly what the slow patterns find."""

from __future__ import annotations

import random
import re
from re import _constants as C  # the regex engine's parse tree: a pattern's first characters
from re import _parser

import pytest

from curation.snippets import grammar
from curation.snippets.gate import gated_finditer, gated_search, literal_trie

PAIRS = [
    (grammar._EXACT_GATE, grammar._EXACT_CANDIDATE, ""),
    (grammar._FUZZY_GATE, grammar._FUZZY_CANDIDATE, ""),
    (grammar._SPLIT_GATE, grammar._SPLIT_CANDIDATE, ""),
    (grammar._EXACT_GATE, grammar.REF_PATTERN, "(["),  # scan_ref_spans: its forms that open behind a bracket
    (grammar._SERIES_MENTION_GATE, grammar.SERIES_MENTION, ""),
]
IDS = ["exact", "fuzzy", "split", "ref", "series"]
PIECES = [
    "Serie", "Series", "Séries", "SÉRIE", "Se", "se.", "Ser.", "Srs", "Sr", "Seq", "Sequenz", "Sequence", "ſerie",
    "Bild", "Bilder", "bi", "Bi.", "Bld", "BİLD", "bıld", "Img", "IM", "Im", "Ima", "İmage", "Images", "Pic", "Pics",
    "Slice", "Sl.", "Schicht", "Schnitt", "Schnittbild", "Aufnahme", "AUFNAHME", "Level", "levels", "Section",
    "Nr.", "No.", "#", "Nummer", "ǂ", "ǁǁ", "S", "s", "I", "i", "B", "(", "[", ")", "]", "/", ":", "-", "–", ",", ";",
    ".", " ", "  ", "\n", "x", "Herd", "Zyste", "VU", "prior", "aktuell", "current", "koronar", "cor.", "ax", "T2",
    "Vor-CT", "on the", "Serei", "Bidl", "Imgae", "Se rie", "Bi ld", "Sreie", "Sclice", "2019", "2023", "0", "3",
    "12", "45", "4/88", "3:41", "107", "Séquence", "aSerie", "_Bild", "9Bild", "Seite", "bis", "Im Bild",
    # forms that open behind a bracket: "(3:41)", "(#12)", "(im 12)", "(VU 3/45)", "(IM 45 Se 3)", "(Se 3: 12)"
    "( ", "(3:41)", "(# 12)", "(im 12)", "(VU 3/45)", "(IM 45 Se 3)", "(Se 3: 12)", "[s. 4/17]", "(cor 5:30)",
]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    numbers = ["3", "12", "45", " 7", "4/88", "3:41"]
    return ["".join(rng.choice(PIECES if rng.random() < 0.7 else numbers) for _ in range(rng.randint(1, 14)))
            for _ in range(n)]


def _starts(pattern: re.Pattern[str], text: str) -> list[int]:
    return [p for p in range(len(text) + 1) if pattern.match(text, p)]


@pytest.mark.parametrize("gate,pattern,after", PAIRS, ids=IDS)
def test_gate_hits_every_match_start(gate: re.Pattern[str], pattern: re.Pattern[str], after: str) -> None:
    checked = behind_only = 0
    for text in _texts(3000, seed=16):
        for p in _starts(pattern, text):
            checked += 1
            behind = p > 0 and text[p - 1] in after and gate.match(text, p - 1)
            assert gate.match(text, p) or behind, (pattern.pattern[:40], text, p)
            behind_only += bool(behind and not gate.match(text, p))
    assert behind_only > 20 or not after  # the forms behind a bracket are exercised
    assert checked > 50  # the random texts do exercise the pattern (split forms are the rarest)


@pytest.mark.parametrize("gate,pattern,after", PAIRS, ids=IDS)
def test_gated_finditer_equals_finditer(gate: re.Pattern[str], pattern: re.Pattern[str], after: str) -> None:
    from bench.mine import make_reports

    texts = _texts(3000, seed=17) + make_reports(400, 0.5)[0]
    for text in texts:
        slow = [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text)]
        fast = [(m.start(), m.end(), m.groups()) for m in gated_finditer(gate, pattern, text, after)]
        assert fast == slow, text
        if after:
            continue
        first = gated_search(gate, pattern, text)
        assert (first.span() if first else None) == (slow[0][:2] if slow else None)


def test_a_gate_missing_a_start_is_caught() -> None:
    # "Aufnahme 3" starts with "Au": a gate without it misses that start, and the check above would say so.
    bad = re.compile(r"[Ss](?<!\w.)")
    text = "Herd (Aufnahme 3)"
    starts = _starts(grammar._EXACT_CANDIDATE, text)
    assert 6 in starts and not bad.match(text, 6)
    assert grammar.candidate_offsets(text) == [6]


def test_last_word_equals_the_anchored_search() -> None:
    from curation.snippets.mine import _last_word

    rng = random.Random(5)
    alphabet = ["a", "Z", "ß", "é", "7", "²", "½", "_", " ", "\n", ".", "-", "(", "Se", "ca", "\t", "١"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        start, end = sorted(rng.sample(range(len(text) + 1), 2)) if len(text) > 1 else (0, len(text))
        word = re.search(r"(\w+)$", text[start:end])
        assert _last_word(text, start, end) == (word.group(1) if word else ""), (text, start, end)
    assert _last_word("Herd Se.\n", 0, 7) == "Se" and _last_word("Se\n", 0, 3) == "Se"


def test_a_form_behind_the_second_of_two_brackets() -> None:
    # the first "(" is a gate hit whose next position is tried too; the form opens behind the second one
    text = "Herd ((cor 5:30) und (( VU 3/45)"
    slow = [m.span() for m in grammar.REF_PATTERN.finditer(text)]
    assert [m.span() for m in gated_finditer(grammar._EXACT_GATE, grammar.REF_PATTERN, text, "([")] == slow
    assert slow == [(7, 15), (23, 31)]


def test_prior_hint_alternation_equals_the_word_scan() -> None:
    from bench.mine import make_reports

    texts = _texts(2000, seed=18) + make_reports(300, 0.5)[0] + ["Befund vom 3. März", "im Vergleich", "VU: Se 3"]
    hits = 0
    for text in texts:
        low = text.lower()
        slow = any(w in low for w in grammar._PRIOR_HINT_WORDS)
        assert (grammar._PRIOR_HINT_ANY.search(low) is not None) == slow, text
        hits += slow
    assert 0 < hits < len(texts)


def test_literal_trie_finds_where_the_plain_alternation_finds() -> None:
    words = ("vor", "von", "vu", "früher", "frühere", "ext.", "day 1", "day 2", "erst-", "zu", "zur", "zurück", "(x)",
             "q")
    trie = re.compile(literal_trie(words))
    assert trie.pattern == (r"(?:\(x\)|day\ (?:1|2)|e(?:rst\-|xt\.)|früher(?:e)?|q|v(?:o(?:n|r)|u)|zu(?:r(?:ück)?)?)")
    plain = re.compile("|".join(map(re.escape, words)))
    rng = random.Random(19)
    pieces = [*words, "vo", "v", "fr", "früh", "ext", "extern", "day", "day 3", "erst", " ", "x", "(", ")", "Vor"]
    hits = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        found = [m.start() for m in trie.finditer(text)]
        nested = any(w in text for w in ("frühere", "zur"))  # the trie ends after the longer word, the plain one not
        assert found == [m.start() for m in plain.finditer(text)] or nested, text
        assert (trie.search(text) is None) == (plain.search(text) is None), text
        hits += bool(found)
    assert 0 < hits < 5000
    # look-alikes: a word's prefix, another case, a word cut by a blank are no hits
    assert [trie.search(t) for t in ("vo", "Vor", "fr üher", "ex t.", "day 3", "erst", "Zu")] == [None] * 7
    assert [m.group() for m in trie.finditer("vorzurück frühere ext.")] == ["vor", "zurück", "frühere", "ext."]


def test_tokens_equal_the_tokens_of_the_slice() -> None:
    from curation.snippets.mine import _WORD, _tokens

    for text in _texts(1000, seed=19):
        for start, end in ((0, len(text)), (len(text) // 3, len(text) - 2), (2, 5)):
            slow = [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]
            assert _tokens(text, start, end) == slow, (text, start, end)


def _first(seq) -> tuple[set[str], set[str], bool, bool]:
    """(characters a match can open with, characters a lookbehind at its start asks for, can it be empty so far,
    can it open with a category such as \\w that no gate lists) of a parsed pattern sequence."""
    chars: set[str] = set()
    behind: set[str] = set()
    universal = False
    for op, av in seq:
        if op is C.LITERAL:
            return chars | {chr(av)}, behind, False, universal
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    chars.add(chr(a))
                elif o is C.RANGE:
                    chars.update(map(chr, range(a[0], a[1] + 1)))
                else:
                    universal = True
            return chars, behind, False, universal
        if op in (C.AT, C.ASSERT_NOT) or (op is C.ASSERT and av[0] == 1):
            continue  # zero width
        if op is C.ASSERT:  # a lookbehind opens the match: it starts behind that character
            c, _, _, u = _first(av[1])
            return chars, behind | c, False, universal or u
        if op is C.SUBPATTERN:
            c, b, n, u = _first(av[-1])
        elif op is C.BRANCH:
            c, b, n, u = set(), set(), False, False
            for alt in av[1]:
                c2, b2, n2, u2 = _first(alt)
                c, b, n, u = c | c2, b | b2, n or n2, u or u2
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            c, b, n, u = _first(av[2])
            n = n or av[0] == 0
        else:
            return chars, behind, False, True
        chars, behind, universal = chars | c, behind | b, universal or u
        if not n:
            return chars, behind, False, universal
    return chars, behind, True, universal


@pytest.mark.parametrize("gate,pattern,after", PAIRS, ids=IDS)
def test_gate_lists_every_first_character(gate: re.Pattern[str], pattern: re.Pattern[str], after: str) -> None:
    # A structural guard for new forms and keywords: every character a match can open with (in both cases) is in
    # the gate's first class, and every lookbehind at a match's start asks for an `after` character.
    opens, behind, empty, universal = _first(_parser.parse(pattern.pattern).data)
    gate_opens, _, _, _ = _first(_parser.parse(gate.pattern).data)
    assert not empty and not universal
    assert {x for c in opens for x in (c.lower(), c.upper())} <= gate_opens
    assert behind <= set(after)
    assert _first(_parser.parse(r"(?i)\b(?:Nr|Serie)\s*\d").data)[0] == {"N", "S"}  # the reader reads a form
