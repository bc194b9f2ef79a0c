"""Bare pairs under a legend line that declares the report's series (issue 16, round 31b: refs-fix31b).

Structured and list reports often name their series once before the findings, "Serien: 2 = T2 sag, 3 = T1 sag,
6 = T2 tra.", "Serie 3 = PD fs kor, Serie 4 = PD fs sag", "Series 4 = arterial, series 6 = delayed", and then cite
bare pairs in brackets, "(2/9, 6/22)", "(4 / 12, 3 / 9)". The grammar sees one sentence, not the legend, and refuses
a bare "a/b" whose image is below 10 as a fraction or score ("(1/2)", "(3/5)"). This whole-text pass reads such a
bracket where the text declares every pair's series (`declared_series`) and one image is below 10 (the grammar's
own reading stands for the others; `mine._mine` adds only what overlaps no reference found). A fraction, date or score
word just before the bracket still refuses it (`grammar.FRACTION_CONTEXT`).

A legend is a line with a series word right before "<number> =" (or a "Serien:"/"Series:" head); on such a line each
"<number> = <word>" declares that number. "Score 4 = hoch", "n = 12" and "3 = 45 mm" declare nothing (no series word
on the line, or no word after the "="). Look-alikes that stay unread: a bracket whose first number is no declared
series ("(3/5)" under "Serien: 2 = ..., 6 = ..."), levels ("(L4/5)"), years ("(2/2024)"), a bracket with words.
"""

from __future__ import annotations

import re

from curation.snippets.grammar import BARE_PAIR, FRACTION_CONTEXT, RefSpan, prior_decided

__all__ = ["declared_pair_refs", "declared_series"]

_HEAD = re.compile(r"(?i)\b(?:Serien?|Series|Ser|Se)\.?\s*(?::\s*|(?=\d{1,4}\s*=))")
_ITEM = re.compile(r"(?<![\w/.,])(\d{1,4})\s*=\s*(?=[^\W\d_])")
# Mend of round 31b: a bracket that measures, counts or dates is no citation: "um (2/3)", "von (3/4) der
# Zirkumferenz", "Kompression (3/4) des Spinalkanals", "in (2/6) Proben", "Dosis (2/5) mg", "Unfall (2/9)" (a date).
_BEFORE_REFUSED = re.compile(
    r"(?i)\b(?:um|von|vom|in|seit|am|bis|Dosis|dose|since|dated|Unfall|Sturz|Trauma|OP|"
    r"Operation|Geburt|accident|injury|fall|surgery)\s*$"
)
_AFTER_REFUSED = re.compile(
    r"(?i)\s*(?:der|des|den|dem|of|de|di|del|della|du)\b|\s*(?:mg|µg|mcg|g|ml|l|mm|cm|%|IE|IU|"
    r"mmHg)(?!\w)|\s*(?:Proben?|Kriterien|Fällen?|Punkte[n]?|Patienten|Quadranten|Segmente[n]?|"
    r"Etagen|samples?|criteria|cases|points|patients|quadrants?|segments|levels)\b"
)
# a bracket of bare pairs only: "(2/9, 6/22)", "(4 / 12; 3 / 9)", "(3:8 und 6:20)"
_PAIRS = BARE_PAIR.pattern
_BRACKET = re.compile(r"\(\s*(" + _PAIRS + r"(?:\s*(?:[,;]|und|and)\s*" + _PAIRS + r")*)\s*\)")


def declared_series(text: str) -> frozenset[int]:
    """The series numbers declared by the legend lines of `text` (empty when it has none)."""
    if "=" not in text:
        return frozenset()
    found: set[int] = set()
    for line in text.splitlines():
        if "=" in line and (head := _HEAD.search(line)) is not None:
            found.update(int(m.group(1)) for m in _ITEM.finditer(line, head.start()))
    return frozenset(found)


def declared_pair_refs(text: str) -> list[RefSpan]:
    """The references of the bare-pair brackets whose series the text's legend declares (form "co"), with the
    grammar's study decision (`grammar.prior_decided`: "VU (2/7): ...; heute (2/9)" cites the earlier exam first)."""
    declared = declared_series(text)
    if not declared:
        return []
    brackets = [pairs for bracket in _BRACKET.finditer(text) if (pairs := _bracket_pairs(text, bracket, declared))]
    # mend of round 31b: a lone small pair ("(3/5)") is read only where the text corroborates the legend's use: a
    # bracket of several pairs or a range, or a declared pair with an image of 10 or more
    backed = any(len(pairs) > 1 or pairs[0].images[0][1] >= 10 for pairs in brackets)
    out = [
        p
        for pairs in brackets
        if any(p.images[0][0] < 10 for p in pairs) and (backed or _supported(pairs))
        for p in pairs
    ]
    return prior_decided(text, out)


def _supported(pairs: list[RefSpan]) -> bool:
    """A bracket that is no fraction by itself: several pairs or a range of images."""
    return len(pairs) > 1 or pairs[0].images[0][0] != pairs[0].images[0][1]


def _bracket_pairs(text: str, bracket: re.Match[str], declared: frozenset[int]) -> list[RefSpan]:
    """The pairs of one bracket when every one cites a declared series and no fraction, count or date context
    surrounds it (else none)."""
    if FRACTION_CONTEXT.search(text, max(0, bracket.start() - 40), bracket.start()) is not None or (
        _BEFORE_REFUSED.search(text, max(0, bracket.start() - 30), bracket.start())
        or _AFTER_REFUSED.match(text, bracket.end())
    ):
        return []
    pairs = []
    for m in BARE_PAIR.finditer(text, bracket.start(1), bracket.end(1)):
        first, _, last = m.group(3).replace("–", "-").partition("-")
        images = ((int(first), int(last or first)),)
        if int(m.group(1)) not in declared or images[0][0] > images[0][1] or 1900 <= images[0][1] <= 2099:
            return []
        pairs.append(RefSpan(start=m.start(), end=m.end(), form="co", series=int(m.group(1)), images=images))
    return pairs
