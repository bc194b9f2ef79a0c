"""The generator's keyword patterns led by their first letters (`candidates._led`) find exactly the original
patterns' matches (spans and groups), also with pos/endpos as `_generate` calls them."""

from __future__ import annotations

import random
import re
import sys

from curation.snippets.refscore import candidates as c
from tests.curation.snippets.refscore_equivalence import pool

_PAIRS = ((c._KEYWORD_IMAGE, c._KEYWORD_IMAGE_PATTERN), (c._SERIES_IMAGE, c._SERIES_IMAGE_PATTERN),
          (c._GLUED, c._GLUED_PATTERN))
_ALPHABET = [*"sSrRbBiIaAfFpPnNeEcCqQlLmMgGoO0123456789 .,;:/|#-()[]\n_äİıſK", "Serie ", "Se", "Bild ", "Bi", "img",
             "ima", "Ser.", "srs", "sq", "recon", "Rek", "slice", "Schicht", "Aufn.", "abb", "frame", "pic", "Nr. ",
             "no.", " mm", " bis ", "-", "x", "ſe"]


def _found(pattern: re.Pattern[str], text: str, a: int, b: int) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, a, b)]


def test_same_matches_on_the_guard_texts_and_random_strings():
    rng = random.Random(161)
    texts = [text for _, text, _ in pool()]
    texts += ["".join(rng.choices(_ALPHABET, k=rng.randint(1, 30))) for _ in range(20000)]
    differ = []
    hits = 0
    for text in texts:
        a, b = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        for led, original in _PAIRS:
            for lo, hi in ((0, len(text)), (a, b)):
                found = _found(led, text, lo, hi)
                hits += bool(found)
                if found != _found(original, text, lo, hi):
                    differ.append((original.pattern[:20], text, lo, hi))
    assert differ == []
    assert hits > 10000


def test_the_leading_class_holds_every_character_the_first_letters_fold_to():
    for words in (c._IMAGE_WORD, c._SERIES_WORD):
        led = c._led(words)
        first = set(led[1:led.index("]")])
        letters = "".join(sorted({w[0] for w in words[3:-1].split("|")}))
        folded = re.compile("(?i)[" + letters + "]")
        assert first == {chr(i) for i in range(sys.maxunicode + 1) if folded.match(chr(i))}
    assert c._SERIES_IMAGE.search("xSe 3 Bi 4, ſe 5, Bild 6").group() == "ſe 5, Bild 6"
