"""Gated regex scans: the same matches as `pattern.finditer(text)`, found faster.

A case-insensitive alternation that opens with `\\b` gives the regex engine no first-character set, so it
tries every alternative at every position of the text. A gate is a cheap pattern that opens with one
explicit character class (the engine then skips ahead in C) and hits at least every position where the
slow pattern can start a match; the slow pattern is then tried only at the gate's hits. Same matches, same
order (leftmost first, the next search from the end of the previous match), as long as the gate's hits are
a superset of the pattern's match starts (tests/curation/snippets/test_gate.py checks each gate that way).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# The characters that a case-insensitive pattern matches to an ASCII letter although their `str.lower()` is not that
# letter (tests/curation/snippets/test_refscore_cues.py checks every code point): a lower-case substring test stands in
# for such a pattern only in a text that holds none of them.
_DOTTED_I, _DOTLESS_I, _LONG_S = "\u0130", "\u0131", "\u017f"  # İ ı ſ
FOLDING = frozenset((_DOTTED_I, _DOTLESS_I, _LONG_S))
# Mend of round 28b: each such letter as the lower-case letter that a case-insensitive pattern matched it to, so that
# a word a `(?i)` pattern found is a key of the table it was built from (`str.lower` already maps the KELVIN sign).
_REGEX_FOLD = str.maketrans({_DOTTED_I: "i", _DOTLESS_I: "i", _LONG_S: "s"})


def fold_lower(word: str) -> str:
    """`word` in lower case as a case-insensitive pattern reads it: "DREİ" -> "drei", "fıve" -> "five", "ſechs" ->
    "sechs" (`str.lower` gives "drei̇", "fıve", "ſechs", keys no table holds)."""
    return word.translate(_REGEX_FOLD).lower()


def has_folding(text: str) -> bool:
    """`not FOLDING.isdisjoint(text)`, found faster: three `in` tests (a letter above U+00FF is absent from a
    Latin-1 text at once, where `isdisjoint` hashes every character)."""
    return _DOTTED_I in text or _DOTLESS_I in text or _LONG_S in text


# Mining speed 20: a stem list longer than this is looked for by one search of its trie (`literal_trie`, compiled once
# per list) instead of one `in` test per stem (the clause keys of `prior_preface`, 30 stems: ~1.5x faster; a short
# list is faster in the loop).
_LOOPED_STEMS = 6
_STEM_SEARCH: dict[tuple[str, ...], Callable[[str], re.Match[str] | None]] = {}


def may_hold(text: str, low: str, stems: tuple[str, ...]) -> bool:
    """False where a case-insensitive pattern, each of whose matches holds one of `stems` (lower case ASCII letters
    and umlauts), cannot match `text` (`low`: `text.lower()`): no stem stands in `low` and no `FOLDING` letter in
    `text`."""
    if len(stems) > _LOOPED_STEMS:
        search = _STEM_SEARCH.get(stems)
        if search is None:
            search = _STEM_SEARCH[stems] = re.compile(literal_trie(stems)).search
        return search(low) is not None or has_folding(text)
    for stem in stems:
        if stem in low:
            return True
    return has_folding(text)


def literal_trie(words: tuple[str, ...] | list[str]) -> str:
    """A regex source that matches exactly the literal `words` (each non-empty), written as a trie: the words that
    share a first character are one alternative ("v(?:on|or|u)" for "von", "vor", "vu"), so that `re` tries at most
    one branch per character at each offset instead of every word (mining speed 19: `grammar._PRIOR_HINT_ANY`, ~80
    words, searched three times faster). Where words nest ("früher", "frühere") a search may end after the other one
    than the plain alternation: for a caller that reads whether, or where, a word starts."""
    if "" in words:
        rest = [w for w in words if w]
        return "(?:" + literal_trie(rest) + ")?" if rest else ""
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        by_first.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + literal_trie(tails) for first, tails in by_first.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def gated_finditer(gate: re.Pattern[str], pattern: re.Pattern[str], text: str,
                   after: str = "") -> Iterator[re.Match[str]]:
    """Every match of `pattern.finditer(text)`, trying `pattern` only where `gate` hits and just behind any
    character of `after` (an opening bracket, for the forms that start behind one: `(?<=\\()`); each
    `after` character must be a gate hit itself.

    `pattern` must not match the empty string (else `finditer`'s empty-match rules would differ)."""
    search, match = gate.search, pattern.match
    pos = 0
    while True:
        if after and pos and text[pos - 1] in after and (m := match(text, pos)) is not None:
            yield m  # behind a bracket that the gate hit (or a match ended with)
            pos = m.end()
            continue
        hit = search(text, pos)
        if hit is None:
            return
        start = hit.start()
        m = match(text, start)
        if m is None:
            pos = start + 1
        else:
            yield m
            pos = m.end()


def gated_search(gate: re.Pattern[str], pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of `pattern.search(text)`, trying `pattern` only where `gate` hits."""
    return next(gated_finditer(gate, pattern, text), None)
