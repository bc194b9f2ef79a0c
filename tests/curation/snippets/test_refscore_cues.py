"""`cues.PriorCues` says "no match" only where `PRIOR_CUE` (`NOW_WORD`) has none: on every stretch of the guard's
texts and of random strings, as a slice and as search(text, a, b)."""

from __future__ import annotations

import random
import re
import sys

from curation.snippets.grammar import NOW_WORD, PRIOR_CUE
from curation.snippets.refscore import cues
from curation.snippets.refscore.cues import PriorCues, prior_cues
from curation.snippets.timepoint_words import ROMANCE_NOW
from tests.curation.snippets.refscore_equivalence import pool

_WORDS = ["VU", "vu", "Vor-CT", "Vorbefund", "Vergleichs-MRT", "Ausgangsbefund", "Fremd-CT", "prior", "Prior ",
          "previous", "comparison", "baseline", "CT", "MRT", "PET-CT", "study", "exam", "scan", "films", "vom",
          "from", "of", "dated", "2023", "19", "03.04.2023", "11/2023", "outside", "externen", "alten", "last",
          "earlier", "März",
          "jetzt", "aktuellen", "nunmehr", "Heute", "heutigen", "currently", "now", "know", "neu", "hier", "here",
          "attuale", "oggi", "ora", "ancora", "actuel", "aujourd'hui", "maintenant",
          "İ", "ı", "ſ", "K", " ", " ", ", ", ". ", "(", ")", ":", ";", "-", "3", "x", "the", "\n"]


def _stretches(text: str, rng: random.Random, k: int) -> list[tuple[int, int]]:
    n = len(text)
    return [(0, n)] + [tuple(sorted((rng.randint(0, n), rng.randint(0, n)))) for _ in range(k)]


def _check(texts: list[str], rng: random.Random, k: int) -> tuple[int, int]:
    matched = 0
    checked = 0
    for text in texts:
        w0, w1 = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        for found in (PriorCues(text), PriorCues(text, w0, w1)):  # the whole text, a window of it
            for a, b in _stretches(text, rng, k):
                checked += 1
                if not found.may_match(a, b):
                    assert PRIOR_CUE.search(text[a:b]) is None, (a, b)
                    assert PRIOR_CUE.search(text, a, b) is None, (a, b)
                if not found.may_say_now(a, b):
                    assert NOW_WORD.search(text[a:b]) is None, (a, b)
                    assert NOW_WORD.search(text, a, b) is None, (a, b)
        matched += PRIOR_CUE.search(text) is not None
    return matched, checked


def test_no_match_wherever_the_filter_says_none_on_the_guard_texts():
    texts = [text for _, text, _ in pool()]
    matched, checked = _check(texts, random.Random(16), 8)
    assert matched > 500  # the pool holds many prior cues: the filter is tested where it matters
    assert checked == 18 * len(texts)


def test_no_match_wherever_the_filter_says_none_on_random_strings():
    rng = random.Random(160)
    texts = ["".join(rng.choices(_WORDS, k=rng.randint(1, 14))) for _ in range(8000)]
    matched, _ = _check(texts, rng, 6)
    assert matched > 1000


def test_the_filter_rules_out_texts_without_cue_words_and_is_remembered_per_text():
    text = "Rundherd im Unterlappen 6 mm (Serie 3, Bild 45), heute unverändert."
    assert not PriorCues(text).may_match(0, len(text))
    cued = "Im Vergleich zur VU vom 03.04.2023 (Se 3 Bi 40) größenstabil."
    cues = prior_cues(cued, (0, len(cued)))
    assert cues.may_match(0, len(cued))
    assert cues.may_match(17, 19)  # "VU"
    assert not cues.may_match(19, len(cued))  # "vom" and a year, but no examination word after "VU"
    assert prior_cues(cued, (0, len(cued))) is cues
    assert not cues.may_say_now(0, len(cued)) and PriorCues("bis jetzt").may_say_now(3, 9)
    assert PriorCues(cued, 19, len(cued)).may_match(0, 30)  # reaches outside its window


def test_folding_lists_every_character_the_pattern_folds_otherwise_than_lower():
    letters = "abcdefghijklmnopqrstuvwxyzäüé0123456789"  # (é: round 30a, "précéd", "antérieur")
    assert set("".join(cues._STRONG + cues._EXAM + cues._QUALIFIER + cues._NOW)) <= set(letters)
    folded = re.compile("(?i)[" + letters + "]")
    odd = {chr(i) for i in range(sys.maxunicode + 1) if folded.match(chr(i)) and chr(i).lower() not in letters}
    assert odd == set(cues.FOLDING) == {"İ", "ı", "ſ"}
    assert PriorCues("ſcan vom 2023").may_match(0, 4) and not PriorCues("scan vom 2023").may_match(0, 4)


def test_every_word_of_the_now_pattern_holds_a_listed_word():
    words = NOW_WORD.pattern.split("(?:")[1].split(")")[0].split("|")
    assert "heutigen" in words and words[-1] == ""  # the French/Italian words close the group (mend of round 30a)
    words = words[:-1] + ROMANCE_NOW[3:-1].split("|")
    assert "aujourd'hui" in words and len(words) == 26
    assert [w for w in words if not any(n in w for n in cues._NOW)] == []
