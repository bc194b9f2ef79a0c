"""Mining speed 19: the rewrites find exactly what the patterns they replace find."""

from __future__ import annotations

import random
import re
from re import _constants as C  # the regex engine's parse tree: a pattern's first characters
from re import _parser

from curation.snippets import grammar


def _first_items(items: list, out: list) -> bool:
    """Collect the first-character items of a parsed pattern into `out`; whether it may match the empty string."""
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: `\b`, look-arounds
        if op is C.SUBPATTERN:
            if not _first_items(av[3], out):
                return False
        elif op is C.BRANCH:
            if not any([_first_items(alt, out) for alt in av[1]]):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            if not _first_items(av[2], out) and av[0] > 0:
                return False
        else:
            out.append((op, av))
            return False
    return True


def test_every_attached_exam_opens_on_a_word_character() -> None:
    items: list = []
    empty = _first_items(list(_parser.parse(r"(?i)(?:" + grammar._PRIOR_NOUN + "|" + grammar._ROMANCE_PRIOR + ")")),
                         items)
    assert not empty and items
    for op, av in items:
        if op is C.LITERAL:
            assert re.fullmatch(r"\w", chr(av)), chr(av)
        else:  # a class: letters and digits only
            assert op is C.IN, op
            for kind, value in av:
                assert (kind is C.CATEGORY and value is C.CATEGORY_DIGIT) or (
                    kind is C.RANGE and all(re.fullmatch(r"\w", chr(c)) for c in range(value[0], value[1] + 1))
                ) or (kind is C.LITERAL and re.fullmatch(r"\w", chr(value))), (kind, value)


PIECES = ["Voruntersuchung", "VU", "the outside CT", "prior", "previous study", "Vor-CT", "l'examen précédent",
          "der Aufnahme", " vom ", " from ", "12.03.2025", "März", "2023 MRI", "Nadir-CT", "prev.", "ältere", " ", ", ",
          "(", ")", "Serie 3", "Bild 45", "neu", "heutigen", "unserem", "x", "Herd", "stable since", "-", "_", "ſ", "İ"]


def test_attached_exam_equals_the_search() -> None:
    rng = random.Random(19)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 10)))
        lo, hi = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        hi = len(text) if rng.random() < 0.5 else hi  # (the pattern ends at `hi`: mostly the text's end)
        slow = grammar._ATTACHED_EXAM.search(text, lo, hi)
        fast = grammar._attached_exam(text, lo, hi)
        assert (slow and (slow.span(), slow.group())) == (fast and (fast.span(), fast.group())), (text, lo, hi)
        found += slow is not None
    assert found > 1000


def test_attached_earlier_exam_reads_as_before() -> None:
    text = "Nodule stable since the outside CT (series 201, image 33)."
    assert grammar.attached_earlier_exam(text, text.index("series"))
    text = "Im Vergleich zur Voruntersuchung vom 02.01.2025 (Serie 3, Bild 45) größenprogredient."
    assert grammar.attached_earlier_exam(text, text.index("Serie"))
    # look-alikes: a finding word between, this study's exam, a word that only ends like one
    for text in ("Voruntersuchung: Herd (Serie 3, Bild 45).", "im heutigen CT (Serie 3, Bild 45)",
                 "Zustand nach Revision (Serie 3, Bild 45)", "Herd (Serie 3, Bild 45)"):
        assert not grammar.attached_earlier_exam(text, text.index("Serie")), text
