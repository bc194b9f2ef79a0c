"""What every text-scrubber rule module shares: the `Hit` record and the letter classes of names.

Kept apart from the rules so that the person, place, id and date modules can import it without
importing each other.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from re import (
    _compiler,  # type: ignore[attr-defined]
    _parser,  # type: ignore[attr-defined]
)
from re import _constants as _c  # type: ignore[attr-defined]
from typing import Any

import ahocorasick


def words(text: str) -> frozenset[str]:
    """A word set written as a whitespace-separated block (easier to review than a list literal)."""
    return frozenset(text.split())


def strip_marks(text: str) -> str:
    """`text` in compatibility form without combining marks, case kept ("Kovač" -> "Kovac", "ﬁ" -> "fi")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold_word(word: str) -> str:
    """A word without marks and case, marks stripped first so that compatibility letters fold too ("Kovač" ->
    "kovac", "İlhan" -> "ilhan", "ᴮ" -> "b"); the one fold of the name and login readers (fix round 22)."""
    return strip_marks(word).lower()


@dataclass(frozen=True)
class Hit:
    """One PHI candidate: [start, end) into the input text, label, and where it came from."""

    start: int
    end: int
    label: str
    source: str


# The source of a hit whose class a field label, a DICOM attribute or an HL7 position gave: like an exact match
# of the patient's own values, no keep range vetoes it ("Patient ID Q7-88 213 T" is no field strength "213 T").
FIELD = "field"


# Latin letters of every European and Vietnamese name (Wiśniewski, Yılmaz, Đặng, Çelik), not German only.
UP = "A-ZÀ-ÖØ-ÞĀ-ſƠƯȘȚḀ-ỿ"
LO = "a-zß-öø-ÿĀ-ſơưșțḀ-ỿ'"
# One capitalised word of those letters (the name and place words of round 19b's modules).
CAP_WORD = rf"[{UP}][{LO}]+"
# Where a clause ends after a value: optional blanks, then a stop, a comma, a colon, a closing bracket, a line end
# or the text's end (blocks, home_addresses); CLAUSE_END_OPEN also takes an opening bracket (home_addresses,
# town_tails). One pattern each, kept in one place (round 14 review).
CLAUSE_END = r"[ \t]*(?:[.,;:)\n]|$)"
CLAUSE_END_OPEN = r"[ \t]*(?:[.,;:()\n]|$)"
# Units after a number make it a measure (rules' US local numbers: "250-1200 mg").
MEASURE_UNITS = r"mg|mm|ml|mL|cm|g|µg|ug|IE|IU|U|HU|ms|mGy|kg|m|%|x|Einheiten|units|Schichten|slices|images|Bilder"
# A unit or a counted noun right after a number makes it a measure or a count, never a phone number, a serial
# number or a date ("intern 3 12 24 Monate", "Serial 2000 mg", "Segmente 5. 6. 2000 Zellen"; mend of 21b).
COUNTED_AFTER = (
    rf"[ \t]?(?:{MEASURE_UNITS}|µg/l|mmol|µmol|Zellen|cells|Segmente|segments|Monate|Monaten|months|Wochen|weeks|"
    r"Jahre|Jahren|years|Tage|Tagen|days|doses|Dosen|Serien|series|Läsionen|lesions|Herde|foci)(?!\w)"
)
# A dose or count unit after a number: a reading ("badge 1200 µSv", "case 20000 counts"; mend 23b).
READING_AFTER = r"[ \t]*(?:[µμu]Sv|mSv|Sv|[mµμu]?Gy|counts?|readings?|cps|%)(?!\w)"


def group_hits(pattern: re.Pattern[str], text: str, label: str, source: str = "rule") -> Iterator[Hit]:
    """One hit per match of `pattern`, spanning its group "v"."""
    for m in pattern.finditer(text):
        yield Hit(m.start("v"), m.end("v"), label, source)


@dataclass(frozen=True)
class Gated:
    """A rule pattern run only when one of its needles occurs in the text.

    Every match of `pattern` must contain one of `needles` (plain substrings, checked in the lower-cased
    text when `lower` is set): a C substring test costs ~1% of a regex scan over a report, and most
    rules (street suffixes, legal forms, register courts) find nothing in most reports.
    """

    pattern: re.Pattern[str] | Scanner
    needles: tuple[str, ...]
    lower: bool = False
    # The needles of every gate are looked for in one Aho-Corasick pass per text (SharedNeedles): ~80 gates
    # run on every report, and their `in` tests or passes of their own scanned it ~150 times.
    _gid: int = field(default=-1, init=False, repr=False, compare=False)
    _lgid: int = field(default=-1, init=False, repr=False, compare=False)  # in _GATES_ON_LOWERED, once run so

    _gates: SharedNeedles = field(default=None, init=False, repr=False, compare=False)  # type: ignore[assignment]
    _always: bool = field(default=False, init=False, repr=False, compare=False)  # an empty needle: no gate

    def __post_init__(self) -> None:
        gates = LOWER_GATES if self.lower else TEXT_GATES
        object.__setattr__(self, "_gates", gates)
        object.__setattr__(self, "_gid", gates.register(self.needles))
        object.__setattr__(self, "_always", "" in self.needles)

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        if self._always:  # "" is in every text: the pass would always name this gate
            return self.pattern.finditer(text)
        ctx = _CURRENT.get()
        # (The common cases first, with the fewest calls: ~110 gates run per report; the context's pass read
        # here without a call, as in TextContext.fired.)
        if ctx is not None:
            gates = self._gates
            if (lowered is ctx._lowered) if self.lower else (text is ctx.text):
                found = ctx._fired.get(gates)
                fired = self._gid in (found[1] if found is not None and found[0] == gates._count else
                                      ctx.fired(gates))
                return self.pattern.finditer(text) if fired else iter(())
        haystack = lowered if self.lower else text
        if ctx is None:
            fired = self._gid in self._gates.scan(haystack)
        elif haystack is ctx._lowered:
            # A case-sensitive gate run over the lower-cased text as a text ("ROLE_LABEL.finditer(lowered,
            # lowered)"): its needles in the pass over the lower-cased text of the gates run so, not the pass of
            # every case-sensitive gate's needles over it.
            if self._lgid < 0:
                object.__setattr__(self, "_lgid", _GATES_ON_LOWERED.register(self.needles))
            fired = self._lgid in ctx.fired(_GATES_ON_LOWERED)
        elif len(self.needles) <= _OWN_NEEDLES:
            fired = any(n in haystack for n in self.needles)  # another string (a line): its own few needles
        else:
            fired = self._gid in self._gates.fired(haystack)
        return self.pattern.finditer(text) if fired else iter(())


_OWN_NEEDLES = 8


class SharedNeedles:
    """Which gates' needles occur in a text, from one Aho-Corasick pass over it for the needles of all
    gates (`register` a gate's needles, get its id; `fired(haystack)` is the set of ids with a needle in it).
    The pass runs once per text: its result is kept in the text's `TextContext` (over the text itself, or
    over its lower-cased form when `lower` is set)."""

    def __init__(self, *, lower: bool = False) -> None:
        self.lower = lower
        self._needles: dict[str, list[int]] = {}
        self._always: set[int] = set()  # gates with an empty needle ("" is in every text)
        self._count = 0
        self._automaton: Any = None
        self._group: _OnePass | None = None  # the registries whose passes over the same string run as one

    def register(self, needles: Iterable[str]) -> int:
        gid = self._count
        self._count += 1
        for needle in needles:
            if needle:
                self._needles.setdefault(needle, []).append(gid)
            else:
                self._always.add(gid)
        self._automaton = None
        return gid

    def scan(self, haystack: str) -> set[int]:
        """The ids of the gates with a needle in `haystack` (one pass, not kept)."""
        automaton = self._automaton
        if automaton is None:
            automaton = ahocorasick.Automaton()
            for needle, gids in self._needles.items():
                automaton.add_word(needle, tuple(gids))
            automaton.make_automaton()
            self._automaton = automaton
        found = set(self._always)
        if self._needles:
            for _end, gids in automaton.iter(haystack):
                found.update(gids)
        return found

    def fired(self, haystack: str) -> set[int] | frozenset[int]:
        """`scan(haystack)`, kept in the current text's context: its own pass where `haystack` is its text
        (or, with `lower`, its lower-cased form), else one kept for that string during the call."""
        ctx = _CURRENT.get()
        if ctx is None:
            return self.scan(haystack)
        if haystack is (ctx.lowered if self.lower else ctx.text):
            return ctx.fired(self)
        return ctx.of(haystack).memo(self, self.scan)


class NeedleGate:
    """Whether any of `needles` (plain substrings) occurs in a text, or in its lower-cased form with `lower`: the
    module gates written as one regex alternation of escaped needles (`_GATE.search(lowered)`), read from the
    shared needle pass instead (`search` answers as the alternation's search did, True / False for a match /
    None; over another string than the current text or its lower-cased form, a pass of its own, kept for the
    call). A regex alternation of words has no prefix for `re` to skip to: it was tried at every position of
    every report (~90 us per report for four gates; round 15)."""

    __slots__ = ("_always", "_gates", "_gid", "needles")

    def __init__(self, needles: Iterable[str], *, lower: bool = False) -> None:
        self.needles = tuple(needles)
        if not self.needles or not all(isinstance(n, str) for n in self.needles):
            raise ValueError("a needle gate needs one needle (a str) at least")
        self._gates = LOWER_GATES if lower else TEXT_GATES
        self._gid = self._gates.register(self.needles)
        self._always = "" in self.needles

    def search(self, haystack: str) -> bool:
        return self._always or self._gid in self._gates.fired(haystack)


# The shared needle passes, of `Gated` and of gates outside it (keep-terms, dates, birth years): TEXT_GATES over the
# text itself, LOWER_GATES over `lowered_text(text)` (the same lower-cased object every module gets, so one pass
# serves all).
TEXT_GATES = SharedNeedles()
LOWER_GATES = SharedNeedles(lower=True)
# The needles of the case-sensitive gates that modules run over the lower-cased text as a text, registered when
# first run so (a new registration mid-call rescans: TextContext keys its passes by the registry's count).
_GATES_ON_LOWERED = SharedNeedles(lower=True)


class TextContext:
    """What the rule modules derive from one text, each computed at most once: its lower-cased form, the
    shared needle and literal-starts passes over it, and per-module results asked for twice (the table
    blocks, the DICOM dump fields: `memo`). Built once per `scrub_text` call and current during it
    (`current`): the module helpers (`lowered_text`, `SharedNeedles.fired`, `LiteralStarts`, `tables`,
    `dicom_dump`) take what they need from the context of the text they are given. Nothing survives the
    call, so no result depends on which texts were scrubbed before (tests/curation/deid/text/scrub_order.py).
    Other strings a module scans during the call (a line, a cell) get a context of their own (`of`), kept
    for the call."""

    __slots__ = ("_fired", "_lowered", "_memo", "_others", "_searchable", "_starts", "text")

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise ValueError("TextContext needs a str")
        self.text = text
        self._lowered: str | None = None
        self._searchable: bool | None = None
        # Each pass with the count of patterns registered when it ran.
        self._fired: dict[SharedNeedles, tuple[int, set[int]]] = {}
        self._starts: dict[_SharedStarts, tuple[int, dict[int, list[int]]]] = {}
        self._memo: dict[Any, Any] = {}
        self._others: dict[int, TextContext] = {}

    @property
    def lowered(self) -> str:
        """`text.lower()` (one object for the whole call: the lower-cased needle pass is keyed by it)."""
        low = self._lowered
        if low is None:
            low = self._lowered = self.text.lower()
        return low

    @property
    def searchable(self) -> bool:
        """Whether a lower-cased pattern start found in `lowered` is at the same offset in `text`: lower-casing
        moves no offset and the text holds no character that `re` folds to an ASCII letter."""
        found = self._searchable
        if found is None:
            text = self.text
            found = self._searchable = len(self.lowered) == len(text) and not any(c in text for c in _FOLDS_TO_ASCII)
        return found

    def fired(self, gates: SharedNeedles) -> set[int]:
        """The ids of `gates` with a needle in the text (or its lower-cased form, for lower-case gates)."""
        found = self._fired.get(gates)
        if found is None or found[0] != gates._count:
            if gates._group is not None:
                self._run(gates._group)
                return self._fired[gates][1]
            found = self._fired[gates] = (gates._count, gates.scan(self.lowered if gates.lower else self.text))
        return found[1]

    def starts(self, shared: _SharedStarts) -> dict[int, list[int]]:
        """Where each pattern of `shared` may start in the text: pattern id -> offsets."""
        found = self._starts.get(shared)
        if found is None or found[0] != shared._count:
            if shared._group is not None:
                self._run(shared._group)
                return self._starts[shared][1]
            found = self._starts[shared] = (shared._count, shared.scan(self.lowered if shared.folded else self.text))
        return found[1]

    def _run(self, group: _OnePass) -> None:
        """The one pass of `group` over the text (or its lower-cased form): every member's result kept, each with
        its registry's count."""
        for member, result in zip(group.members, group.scan(self.lowered if group.lower else self.text),
                                  strict=True):
            if isinstance(member, SharedNeedles):
                self._fired[member] = (member._count, result)
            else:
                self._starts[member] = (member._count, result)

    def memo(self, key: Any, build: Any) -> Any:
        """`build(text)`, once per context (`key` names the result: the building function itself)."""
        memo = self._memo
        if key in memo:
            return memo[key]
        value = memo[key] = build(self.text)
        return value

    def of(self, text: str) -> TextContext:
        """The context of `text`: this one, or one kept for another string scanned during the call."""
        if text is self.text:
            return self
        other = self._others.get(id(text))
        if other is None or other.text is not text:
            other = self._others[id(text)] = TextContext(text)
        return other


_CURRENT: ContextVar[TextContext | None] = ContextVar("radcurate_deid_text_context", default=None)


def context_for(text: str) -> TextContext:
    """The context of `text` in the current scrub call (a fresh one, kept nowhere, outside any call)."""
    ctx = _CURRENT.get()
    if ctx is None:
        return TextContext(text)
    return ctx if ctx.text is text else ctx.of(text)


@contextmanager
def current(text: str, ctx: TextContext | None = None) -> Iterator[TextContext]:
    """Make `ctx` (default: the current context where it is `text`'s, else a new one) the current context
    for the block: the helpers called in it share its passes."""
    active = _CURRENT.get()
    if ctx is None:
        ctx = active if active is not None and active.text is text else TextContext(text)
    elif ctx.text is not text:
        raise ValueError("the context is not this text's")
    if ctx is active:
        yield ctx
        return
    token = _CURRENT.set(ctx)
    try:
        yield ctx
    finally:
        _CURRENT.reset(token)


def lowered_text(text: str) -> str:
    """`text.lower()`, the same string object for the same text during a scrub call (from its context): the
    rules, the dates and the folded literal starts lower-case a report once, and the shared needle pass
    over the lower-cased text runs once."""
    return context_for(text).lowered


def gated_hits(rule: Gated, text: str, lowered: str, label: str) -> list[Hit]:
    """group_hits for a gated rule (a list comprehension: a generator's resumptions cost more, and ~70 rules
    run on every report)."""
    return [Hit(m.start("v"), m.end("v"), label, "rule") for m in rule.finditer(text, lowered)]


# Literal starts: `re` tries a pattern that opens with an alternation of words ("gez.|signed|tochter|...")
# at nearly every position of a report. A pattern whose every match starts with one of a few literal
# strings is instead run only where an Aho-Corasick pass over the text found one of them (one C loop
# for all of them), with `pattern.match` at each such position: the same matches as `finditer`.
_MIN_PREFIX = 2
_MIN_FOLDED_PREFIX = 3
_MAX_PREFIXES = 400
_MAX_CLASS = 4


def _literal(code: int, fold: bool, ignorecase: bool) -> str | None:
    """One literal character as it stands in the searched text (lower-cased when `fold`); None where a
    case-insensitive match could take a character outside ASCII."""
    char = chr(code)
    if ignorecase and not char.isascii():
        return None
    if not fold:
        return char
    low = char.lower()
    return low if len(low) == 1 else None


def _item_starts(op: Any, av: Any, fold: bool = False, ignorecase: bool = False) -> list[tuple[str, bool]] | None:
    """Literal strings one parsed item may start with, each with whether it is the item's whole text;
    None where the item can start with anything. With `fold` the strings are lower-cased (to be searched
    in the lower-cased text) and case-insensitive parts are allowed."""
    if op is _c.LITERAL:
        char = _literal(av, fold, ignorecase)
        return None if char is None else [(char, True)]
    if op is _c.IN:
        if len(av) <= _MAX_CLASS and all(o is _c.LITERAL for o, _ in av):
            chars = {_literal(v, fold, ignorecase) for _, v in av}
            return None if None in chars else [(c, True) for c in sorted(chars)]  # type: ignore[type-var]
        return None
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags & re.IGNORECASE and not fold:
            return None
        inner = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _seq_starts(sub, fold, inner)
    if op is _c.BRANCH:
        starts: list[tuple[str, bool]] = []
        for branch in av[1]:
            starts.extend(_seq_starts(branch, fold, ignorecase))
        return starts
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        inner = _seq_starts(sub, fold, ignorecase)
        # At most one repetition: the body's starts as they are; more: never its whole text (how often is
        # unknown).
        body = inner if high == 1 else [(s, False) for s, _ in inner]
        if low >= 1:
            return body
        # Optional ("-?[Nn]ummer", "(?:Dr\.)?"): the body's starts, or none of it and the items after it.
        return [("", False)] if any(s == "" for s, _ in body) else [*body, ("", True)]
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return [("", True)]  # zero width
    return None


def _seq_starts(items: Any, fold: bool = False, ignorecase: bool = False) -> list[tuple[str, bool]]:
    """Literal starts of a sequence of parsed items (a prefix stops growing where an item is unknown)."""
    current = [("", True)]
    for op, av in items:
        starts = _item_starts(op, av, fold, ignorecase)
        if starts is None:
            return [(s, False) for s, _ in current]
        grown = [(s + e, whole) if open_ else (s, False) for s, open_ in current
                 for e, whole in (starts if open_ else [("", False)])]
        if len(grown) > _MAX_PREFIXES:
            return [(s, False) for s, _ in current]
        current = grown
        if not any(open_ for _, open_ in current):
            break
    return current


def _matches_from(compiled: re.Pattern[str], starts: Iterable[int], text: str, pos: int,
                  endpos: int) -> Iterator[re.Match[str]]:
    """finditer of `compiled` when every match starts at one of `starts`: pattern.match at each, leftmost
    first, resuming after a match as finditer does."""
    match = compiled.match
    done = pos
    for start in sorted(set(starts)):
        if start < done:
            continue
        m = match(text, start, endpos)
        if m is not None:
            yield m
            done = m.end()


def _automaton(words: Iterable[str]) -> Any:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


class Scanner:
    """A compiled pattern with re's finditer/match/fullmatch/search whose finditer looks only where a match
    can start (`_starts`)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        self.pattern = pattern.pattern

    def _starts(self, text: str, pos: int, endpos: int) -> Iterable[int]:
        raise NotImplementedError

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        endpos = len(text) if endpos is None else min(endpos, len(text))
        starts = self._starts(text, pos, endpos)
        # (no start, as for ~20 of ~60 such calls per report: no generator to make and run)
        return _matches_from(self.compiled, starts, text, pos, endpos) if starts else iter(())

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.compiled.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


class _SharedStarts:
    """The literal starts of every LiteralStarts pattern found in ONE Aho-Corasick pass over a text: a report
    runs ~40 such patterns, and each pass of its own cost ~5 us per kB (the C loop over the text dominates,
    not the few hits); one pass over all their prefixes costs about three of them. The starts per pattern
    are kept in the text's `TextContext` (a pass over its lower-cased form when `folded`)."""

    def __init__(self, *, folded: bool = False) -> None:
        self.folded = folded
        self._words: dict[str, list[int]] = {}
        self._count = 0
        self._automaton: Any = None
        self._group: _OnePass | None = None  # the registries whose passes over the same string run as one

    def register(self, prefixes: Iterable[str]) -> int:
        pid = self._count
        self._count += 1
        for prefix in prefixes:
            self._words.setdefault(prefix, []).append(pid)
        self._automaton = None
        return pid

    def scan(self, haystack: str) -> dict[int, list[int]]:
        """Pattern id -> where its prefixes start in `haystack` (one pass, not kept)."""
        automaton = self._automaton
        if automaton is None:
            automaton = ahocorasick.Automaton()
            for word, pids in self._words.items():
                automaton.add_word(word, (len(word) - 1, tuple(pids)))
            automaton.make_automaton()
            self._automaton = automaton
        found: dict[int, list[int]] = {}
        for end, (back, pids) in automaton.iter(haystack):
            for one in pids:
                if one in found:
                    found[one].append(end - back)
                else:
                    found[one] = [end - back]
        return found



_SHARED = _SharedStarts()
_SHARED_FOLDED = _SharedStarts(folded=True)
# The prefixes of the patterns that modules run over the lower-cased text as a text, registered when first run
# so (searched in the lower-cased text, as they stand).
_SHARED_ON_LOWERED = _SharedStarts(folded=True)


class _OnePass:
    """The shared passes over one string (the text, or its lower-cased form) as ONE Aho-Corasick pass: the
    needles of the gates and the prefixes of the literal-starts patterns in one automaton, each word's entry
    naming the registries it belongs to. Each pass costs a C loop over the text (the character lookups at the
    automaton's root dominate, not the hits), so the four passes over the lower-cased text and the two over the
    text are two; each registry gets exactly what its own pass finds (the same words at the same ends, in the
    same order). The automaton is rebuilt when a member registers more (a pattern first run over the lower-cased
    text as a text)."""

    def __init__(self, *members: SharedNeedles | _SharedStarts) -> None:
        lower = {m.lower if isinstance(m, SharedNeedles) else m.folded for m in members}
        if len(lower) != 1:
            raise ValueError("one pass serves registries over the same string only")
        self.lower = lower.pop()
        self.members = members
        for member in members:
            member._group = self
        self._automaton: Any = None
        self._counts: tuple[int, ...] = ()

    def scan(self, haystack: str) -> list[Any]:
        """Each member's result over `haystack`, in member order: a set of gate ids (SharedNeedles.scan) or
        pattern id -> starts (_SharedStarts.scan)."""
        counts = tuple(m._count for m in self.members)
        automaton = self._automaton
        if automaton is None or counts != self._counts:
            entries: dict[str, list[tuple[int, Any]]] = {}
            for slot, member in enumerate(self.members):
                if isinstance(member, SharedNeedles):
                    for needle, gids in member._needles.items():
                        entries.setdefault(needle, []).append((slot, tuple(gids)))
                else:
                    for word, pids in member._words.items():
                        entries.setdefault(word, []).append((slot, (len(word) - 1, tuple(pids))))
            automaton = ahocorasick.Automaton()
            for word, entry in entries.items():
                automaton.add_word(word, tuple(entry))
            automaton.make_automaton()
            self._automaton, self._counts = automaton, counts
        results: list[Any] = [set(m._always) if isinstance(m, SharedNeedles) else {} for m in self.members]
        for end, entry in automaton.iter(haystack):
            for slot, value in entry:
                found = results[slot]
                if type(found) is set:
                    found.update(value)
                else:
                    back, pids = value
                    for one in pids:
                        if one in found:
                            found[one].append(end - back)
                        else:
                            found[one] = [end - back]
        return results


_ONE_PASS_OVER_TEXT = _OnePass(TEXT_GATES, _SHARED)
_ONE_PASS_OVER_LOWERED = _OnePass(LOWER_GATES, _SHARED_FOLDED, _GATES_ON_LOWERED, _SHARED_ON_LOWERED)


class SharedWords:
    """A word list (case-sensitive) found in the shared literal-starts pass over a text (no pass of its
    own): `occurrences(text)` gives (start, end) of every occurrence, overlapping ones included, in the
    order an Aho-Corasick pass of the list alone reports them (by end, the longest word first)."""

    def __init__(self, words: Iterable[str]) -> None:
        by_length: dict[int, list[str]] = {}
        for word in set(words):
            if word:
                by_length.setdefault(len(word), []).append(word)
        self._pids = tuple((n, _SHARED.register(group)) for n, group in sorted(by_length.items()))

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        starts = context_for(text).starts(_SHARED)
        found = [(start + n, -n, start) for n, pid in self._pids for start in starts.get(pid, ())]
        found.sort()
        return [(start, start - neg) for _end, neg, start in found]


class LiteralStarts(Scanner):
    """A compiled pattern whose every match starts with one of `prefixes` (see above). Over a whole text its
    starts come from the shared pass (_SharedStarts); over a part of one from its own automaton."""

    _shared = _SHARED

    def __init__(self, pattern: re.Pattern[str], prefixes: frozenset[str]) -> None:
        super().__init__(pattern)
        # (A prefix that starts with a shorter one adds no start, only a second hit at the same start to the pass.)
        self.prefixes = prefixes = _shortest(prefixes)
        self._words = _automaton(prefixes)
        self._pid = self._shared.register(prefixes)
        self._lpid = -1  # in _SHARED_ON_LOWERED, once run over a lower-cased text as a text

    def _starts(self, text: str, pos: int, endpos: int) -> Iterable[int]:
        if pos == 0 and endpos == len(text):
            ctx = _CURRENT.get()
            if ctx is not None and text is ctx.text:
                return ctx.starts(self._shared).get(self._pid, [])
            if ctx is not None and text is ctx._lowered:
                # Run over the lower-cased text as a text ("SIGNATURE_LABEL.finditer(lowered)"): one pass over it
                # for the prefixes of the patterns run so (registered when first run), not of all patterns
                # (nor an own automaton per pattern, which costs more for the ~10 patterns run so).
                if self._lpid < 0:
                    self._lpid = _SHARED_ON_LOWERED.register(self.prefixes)
                return ctx.starts(_SHARED_ON_LOWERED).get(self._lpid, [])
            return context_for(text).starts(self._shared).get(self._pid, [])
        return [end - n + 1 for end, n in self._words.iter(text, pos, endpos)]


# The characters other than ASCII letters that a case-insensitive ASCII letter matches in `re`: İ, ı, ſ, K.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


class FoldedLiteralStarts(LiteralStarts):
    """LiteralStarts for a pattern with case-insensitive parts ("(?i:tel|fax)"): its lower-cased starts are
    searched in the lower-cased text; the pattern itself runs where lower-casing would move offsets or the
    text holds a character that folds to an ASCII letter."""

    _shared = _SHARED_FOLDED

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        endpos = len(text) if endpos is None else min(endpos, len(text))
        ctx = context_for(text)
        if not ctx.searchable:
            return self.compiled.finditer(text, pos, endpos)
        if pos == 0 and endpos == len(text):
            starts: Iterable[int] = ctx.starts(self._shared).get(self._pid, [])
        else:
            starts = [end - n + 1 for end, n in self._words.iter(ctx.lowered, pos, endpos)]
        return _matches_from(self.compiled, starts, text, pos, endpos)


class RunBeforeLiteral(Scanner):
    """A pattern whose matches start at one of `anchors` (literal words) or inside the run of word characters
    (letters, digits and `run_marks`) that ends just before an anchor, or before a `gap` character before
    it: an e-mail address is found from its "@", "Lakeside Klinik X" from "Klinik". `re` would try such
    a pattern at every letter of a report."""

    def __init__(self, pattern: re.Pattern[str], anchors: Iterable[str], run_marks: str, gap: str = "",
                 *, at_anchor: bool = True) -> None:
        super().__init__(pattern)
        anchors = tuple(anchors)
        self._words = _automaton(anchors)
        # Over a whole text the anchors come from the shared literal-starts pass (no pass of its own: ~11 such
        # patterns run on every report).
        self._pid = _SHARED.register(anchors)
        self._run_marks = run_marks
        self._gap = gap
        self._at_anchor = at_anchor

    def _anchors(self, text: str, pos: int, endpos: int) -> Iterable[int]:
        """Where an anchor starts in text[pos:endpos]."""
        if pos == 0 and endpos == len(text):
            ctx = _CURRENT.get()
            if ctx is not None and text is ctx.text:
                return ctx.starts(_SHARED).get(self._pid, ())
        return [end - n + 1 for end, n in self._words.iter(text, pos, endpos)]

    def _starts(self, text: str, pos: int, endpos: int) -> Iterable[int]:
        starts: list[int] = []
        marks = self._run_marks
        for anchor in self._anchors(text, pos, endpos):
            if self._at_anchor:
                starts.append(anchor)
            before = anchor
            if self._gap:
                if before <= pos or text[before - 1] not in self._gap:
                    continue
                before -= 1
            first = before
            while first > pos and (text[first - 1].isalnum() or text[first - 1] in marks):
                first -= 1
            starts.extend(range(first, before))
        return starts


class StartsAfter(Scanner):
    r"""A pattern whose every match starts at the text's start or just after one of `chars`: a "(?m)^[ \t]*..."
    pattern (`chars` "\n") or "(?:^|(?<=[|;:]))..." ("\n|;:"), which `re` tries at every position (the "^" of
    MULTILINE gives it no first character to skip to). Run with `match` at those positions only: the same matches
    as `finditer` (round 18 of speed). With `holding`, every match also holds one of those characters before its
    line ends ("<Name> 10:14: ...", a colon), and over a whole text only the starts whose line (from the start on)
    holds one are tried. The pattern must not match the empty string. Over a whole text the starts are found once
    per scrub call for all patterns with the same `chars` and `holding` (the context's memo)."""

    def __init__(self, pattern: re.Pattern[str], chars: str = "\n", holding: str = "") -> None:
        super().__init__(pattern)
        if pattern.match(""):
            raise ValueError("StartsAfter needs a pattern that takes at least one character")
        self._after = re.compile(f"[{re.escape(chars)}]")
        self._holding = re.compile(f"[{re.escape(holding)}]") if holding else None
        self._key = (self._after, self._holding)

    def _all_starts(self, text: str) -> list[int]:
        starts = [0, *(m.end() for m in self._after.finditer(text))]
        if self._holding is None:
            return starts
        held = [m.start() for m in self._holding.finditer(text)]
        out = []
        for start in starts:
            i = bisect_left(held, start)
            if i < len(held) and text.find("\n", start, held[i]) < 0:
                out.append(start)
        return out

    def _starts(self, text: str, pos: int, endpos: int) -> Iterable[int]:
        if pos == 0 and endpos == len(text):
            return context_for(text).memo(self._key, self._all_starts)
        after = [m.end() for m in self._after.finditer(text, max(0, pos - 1), endpos)]
        return [0, *after] if pos == 0 else after


class AnyOfStarts(Scanner):
    """A pattern whose every match starts where one of `parts` (scanners of the same pattern: LiteralStarts,
    RunBeforeLiteral, ...) says a match may start: the union of their starts, tried with `match` in order (the same
    matches as `finditer`). For an alternation whose alternatives need different scanners (round 18 of speed)."""

    def __init__(self, pattern: re.Pattern[str], *parts: Scanner) -> None:
        super().__init__(pattern)
        if not parts or any(part.compiled is not pattern for part in parts):
            raise ValueError("AnyOfStarts needs scanners of the pattern itself")
        self._parts = parts

    def _starts(self, text: str, pos: int, endpos: int) -> Iterable[int]:
        return [start for part in self._parts for start in part._starts(text, pos, endpos)]


# First character first: `re` skips ahead to a possible first character only when the pattern opens with
# a character (class); a pattern that opens with a look-behind or \b ("(?<![\w-])[A-Z]...", "\b[A-Z]...") is
# tried at every position. The same pattern with its first character moved before those assertions (and
# each assertion widened by that character: "(?<!\w)X" is "X(?<!\wX)") matches the same text; it is
# built on re's parse tree and compiled from it.
def _is_word_class(item: tuple[Any, Any]) -> bool:
    r"""True when every character the one-character item matches is a word character (\w)."""
    op, av = item
    members = [(op, av)] if op is _c.LITERAL else av if op is _c.IN else None
    if members is None:
        return False
    for mop, mav in members:
        if mop is _c.LITERAL:
            chars: Iterable[int] = (mav,)
        elif mop is _c.RANGE:
            chars = range(mav[0], mav[1] + 1)
        elif mop is _c.CATEGORY and mav in (_c.CATEGORY_DIGIT, _c.CATEGORY_WORD):
            continue
        else:
            return False
        if not all(chr(c).isalnum() or c == ord("_") for c in chars):
            return False
    return True


def _first_char_first(items: list[Any], asserts: list[Any], state: Any) -> list[Any] | None:
    """`items` with its first character taken first and `asserts` (zero-width items that stood before it)
    moved after it and widened by it; None where that shape is not there."""
    items = list(items)
    while items and items[0][0] in (_c.ASSERT_NOT, _c.ASSERT, _c.AT):
        asserts = [*asserts, items.pop(0)]
    if not items:
        return None
    op, av = items[0]
    if asserts and op is _c.MAX_REPEAT and av[:2] == (0, 1) and len(items) > 1:
        # An optional item first: "(?:A)?B" is "(?:AB|B)" (greedy: A is tried first in both), whose alternatives
        # take their first characters first ("(?<!\w)(?:1-)?\d{3}" is "(?:1(?<!\w1)-\d{3}|\d(?<!\w\d)\d{2})").
        alternatives = [_parser.SubPattern(state, [*av[2].data, *items[1:]]), _parser.SubPattern(state, items[1:])]
        return _first_char_first([(_c.BRANCH, (None, alternatives))], asserts, state)
    if op is _c.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        inner = _first_char_first(list(sub.data), asserts, state)
        if inner is None:
            return None
        return [(_c.SUBPATTERN, (group, 0, 0, _parser.SubPattern(sub.state, inner))), *items[1:]]
    if op is _c.BRANCH:
        # Each alternative takes its own first character first ("\b(?:LWK|S)" is "(?:L(?<!\wL)WK|S(?<!\wS))").
        branches = [_first_char_first(list(b.data), asserts, state) for b in av[1]]
        if any(b is None for b in branches):
            return None
        return [*_one_first_character(branches, state), *items[1:]]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, sub = av
        if low < 1 or len(sub.data) != 1 or sub.data[0][0] not in (_c.LITERAL, _c.IN):
            return None
        rest = (op, (low - 1, high if high == _c.MAXREPEAT else high - 1, sub))
        first, tail = sub.data[0], [rest, *items[1:]]
    elif op in (_c.LITERAL, _c.IN):
        first, tail = items[0], items[1:]
    else:
        return None
    widened = []
    for aop, aav in asserts:
        if aop is _c.AT and aav is _c.AT_BOUNDARY and _is_word_class(first):
            word = [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)]), first]
            widened.append((_c.ASSERT_NOT, (-1, _parser.SubPattern(state, word))))
        elif aop in (_c.ASSERT_NOT, _c.ASSERT) and aav[0] == -1:
            behind = aav[1]
            widened.append((aop, (-1, _parser.SubPattern(behind.state, [*behind.data, first]))))
        else:
            return None
    return [first, *widened, *tail]


def _one_first_character(branches: list[list[Any]], state: Any) -> list[Any]:
    r"""Alternatives that each open with their first character, as one alternation; where some open with a
    character class, that class and the other first characters are taken first, as one class, and each
    alternative checks its own behind it: "(?:\d(?<!\w\d)\d{2}-|7(?<!\w7)56\.)" is
    "[\d7](?:(?<=\d)(?<!\w\d)\d{2}-|(?<=7)(?<!\w7)56\.)" (`re` skips ahead only to a literal or one class).
    An alternative that opens with an alternation of its own (an optional first item spread into two: "(?:1-)?\d")
    is spread over its members first: "(?:A|B)C" tries what "AC|BC" tries, in the same order (round 16)."""
    branches = _spread(branches)
    alternation = (_c.BRANCH, (None, [_parser.SubPattern(state, b) for b in branches]))
    firsts = [b[0] for b in branches]
    if all(op is _c.LITERAL for op, _ in firsts) or not all(
            op is _c.LITERAL or (op is _c.IN and all(m[0] is not _c.NEGATE for m in av)) for op, av in firsts):
        return [alternation]
    members = [m for op, av in firsts for m in ([(op, av)] if op is _c.LITERAL else av)]
    checked = [[(_c.ASSERT, (-1, _parser.SubPattern(state, [first]))), *b[1:]] for first, b in zip(firsts, branches,
                                                                                                    strict=True)]
    return [(_c.IN, members), (_c.BRANCH, (None, [_parser.SubPattern(state, b) for b in checked]))]


def _spread(branches: list[list[Any]]) -> list[list[Any]]:
    """`branches` with each one that opens with a (non-capturing) alternation replaced by one branch per member,
    each followed by the rest of it, in order."""
    out: list[list[Any]] = []
    for branch in branches:
        if branch and branch[0][0] is _c.BRANCH:
            out.extend(_spread([[*member.data, *branch[1:]] for member in branch[0][1][1]]))
        else:
            out.append(branch)
    return out


def _opens_with_a_character(tree: Any, flags: int) -> bool:
    return bool(_compiler._get_literal_prefix(tree, flags)[0] or _compiler._get_charset_prefix(tree, flags))


class FirstCharFirst(Scanner):
    """A pattern whose finditer runs the same pattern with its first character first (see above)."""

    def __init__(self, pattern: re.Pattern[str], fast: re.Pattern[str]) -> None:
        super().__init__(pattern)
        self._fast = fast

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        return self._fast.finditer(text, pos, len(text) if endpos is None else endpos)


def first_char_first(pattern: re.Pattern[str]) -> FirstCharFirst | None:
    """`pattern` with its first character before its opening assertions, or None where it has no such
    shape (or already opens with a character)."""
    if pattern.flags & re.IGNORECASE:
        return None
    tree = _parser.parse(pattern.pattern, pattern.flags)
    if _opens_with_a_character(tree, pattern.flags):
        return None
    data = _first_char_first(list(tree.data), [], tree.state)
    if data is None:
        return None
    moved = _parser.SubPattern(tree.state, data)
    if not _opens_with_a_character(moved, pattern.flags):
        return None
    return FirstCharFirst(pattern, _compiler.compile(moved, pattern.flags))
def literal_prefixes(pattern: re.Pattern[str]) -> frozenset[str]:
    """The literal strings that every match of a case-sensitive `pattern` starts with (empty if unknown)."""
    if pattern.flags & re.IGNORECASE:
        return frozenset()
    prefixes = frozenset(s for s, _ in _seq_starts(_parser.parse(pattern.pattern, pattern.flags)))
    return prefixes if prefixes and min(map(len, prefixes)) >= _MIN_PREFIX else frozenset()


def alternative_prefixes(alternation: str, *, partial: bool = False) -> frozenset[str]:
    """The literal prefixes of a case-sensitive alternation ("(?:Pat\\.?-?Nr|Fall|...)"), taken alternative by
    alternative: one product over all of them can pass _MAX_PREFIXES and give none. Raises ValueError where an
    alternative has no prefix of two characters or more, unless `partial`: then such an alternative is left out
    (its starts must come from elsewhere: AnyOfStarts)."""
    tree = _parser.parse(alternation, 0)
    items = list(tree.data)
    if len(items) == 1 and items[0][0] is _c.SUBPATTERN:
        items = list(items[0][1][3].data)
    if len(items) != 1 or items[0][0] is not _c.BRANCH:
        raise ValueError("not one alternation")
    prefixes: set[str] = set()
    for branch in items[0][1][1]:
        starts = {s for s, _ in _seq_starts(branch)}
        if not starts or min(map(len, starts)) < _MIN_PREFIX:
            if partial:
                continue
            raise ValueError("an alternative without a literal prefix")
        prefixes |= starts
    return _shortest(prefixes)


def _shortest(prefixes: Iterable[str]) -> frozenset[str]:
    """`prefixes` less those that start with a shorter one (which add no start)."""
    prefixes = frozenset(prefixes)
    return frozenset(p for p in prefixes if not any(p != q and p.startswith(q) for q in prefixes))


def literal_starts(pattern: re.Pattern[str] | Scanner) -> re.Pattern[str] | Scanner:
    """`pattern` run from its literal starts when every match has one of two characters or more (and the
    pattern is case-sensitive), else with its first character first where it opens with assertions;
    otherwise `pattern` itself."""
    if not isinstance(pattern, re.Pattern):
        return pattern
    prefixes = literal_prefixes(pattern)
    if prefixes:
        return LiteralStarts(pattern, prefixes)
    faster = first_char_first(pattern)
    if faster is None and (pattern.flags & re.IGNORECASE or "(?i" in pattern.pattern):
        folded = folded_prefixes(pattern)
        # Three characters at least: "se" or "im" would start a search at every other word.
        if folded and min(map(len, folded)) >= _MIN_FOLDED_PREFIX:
            return FoldedLiteralStarts(pattern, folded)
    return faster or pattern


def folded_prefixes(pattern: re.Pattern[str]) -> frozenset[str]:
    """The lower-cased literal strings that every match of `pattern` (with case-insensitive parts) starts with, as
    they stand in the lower-cased text (empty if unknown): for FoldedLiteralStarts."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    return frozenset(s for s, _ in _seq_starts(tree, True, bool(pattern.flags & re.IGNORECASE)))
