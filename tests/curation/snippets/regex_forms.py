"""Random texts that a regex pattern matches, drawn from its parsed form (refs-fix29): a property test of a cheap gate
draws the pattern's own forms instead of a hand list, so a form the gate misses cannot hide in the list's gaps.

Each draw walks the parse tree (`re._parser`): a branch picks one alternative, a repeat a count, a class one member,
`\\s` one of several whitespace characters (space, no-break space, tab), `\\w` a letter; a case-insensitive pattern
writes each letter in upper or lower case, and an "s" or "i" now and then as a letter that only folds to it (long s
"ſ", dotless "ı"). Lookarounds and word boundaries are skipped while drawing; `forms` keeps only the draws that the
pattern matches in full.
"""

from __future__ import annotations

import random
import re
import re._constants as c  # type: ignore[import-not-found]
import re._parser as sre  # type: ignore[import-not-found]

__all__ = ["forms"]

_SPACES = (" ", "\u00a0", "\t", "  ")
_WORD = "abcdefghijklmnopqrstuvwxyzäöü"
_FOLDS = {"s": "\u017f", "i": "\u0131"}


def _draw(items: sre.SubPattern | list, rng: random.Random, fold: bool, out: list[str]) -> None:
    for op, av in items:
        if op is c.LITERAL:
            out.append(_letter(chr(av), rng, fold))
        elif op is c.NOT_LITERAL:
            out.append("x" if chr(av) != "x" else "y")
        elif op is c.IN:
            out.append(_member(av, rng, fold))
        elif op is c.ANY:
            out.append(rng.choice(_WORD))
        elif op is c.BRANCH:
            _draw(rng.choice(av[1]), rng, fold, out)
        elif op is c.SUBPATTERN:
            _draw(av[3], rng, fold or bool(av[1] & c.SRE_FLAG_IGNORECASE), out)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = av
            for _ in range(rng.randint(low, min(high, low + 2))):
                _draw(sub, rng, fold, out)
        elif op is c.ATOMIC_GROUP:
            _draw(av, rng, fold, out)
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT, c.GROUPREF):
            continue
        else:  # pragma: no cover - a construct these gates' patterns do not use
            raise ValueError(f"regex construct {op} not drawn")


def _member(av: list, rng: random.Random, fold: bool) -> str:
    op, arg = rng.choice(av)
    if op is c.LITERAL:
        return _letter(chr(arg), rng, fold)
    if op is c.RANGE:
        return _letter(chr(rng.randint(*arg)), rng, fold)
    if op is c.CATEGORY:
        if arg is c.CATEGORY_SPACE:
            return rng.choice(_SPACES)
        if arg is c.CATEGORY_DIGIT:
            return rng.choice("0123456789")
        return rng.choice(_WORD)
    if op is c.NEGATE:
        return "x"
    raise ValueError(f"class member {op} not drawn")  # pragma: no cover


def _letter(ch: str, rng: random.Random, fold: bool) -> str:
    if not fold or not ch.isalpha():
        return ch
    if ch.lower() in _FOLDS and rng.random() < 0.1:
        return _FOLDS[ch.lower()]
    return ch.upper() if rng.random() < 0.5 else ch.lower()


def forms(pattern: re.Pattern[str], n: int, seed: int = 29) -> list[str]:
    """Up to `n` distinct random texts that `pattern` matches in full (`fullmatch`), drawn from its parse tree."""
    tree = sre.parse(pattern.pattern, pattern.flags)
    fold = bool(pattern.flags & re.IGNORECASE)
    rng, found = random.Random(seed), set()
    for _ in range(n * 20):
        out: list[str] = []
        _draw(tree, rng, fold, out)
        text = "".join(out)
        if pattern.fullmatch(text) is not None:
            found.add(text)
        if len(found) >= n:
            break
    return sorted(found)
