"""The fast extra-cue scan mining uses (`candidates.EXTRA_CUES`) finds exactly `EXTRA_CUE_PATTERN`'s matches."""

from __future__ import annotations

import random

from curation.snippets.refscore.candidates import EXTRA_CUE_PATTERN, EXTRA_CUES
from tests.curation.snippets.refscore_equivalence import pool

_ALPHABET = [*"abfipslmgrcBFIPSLMGRAİıſKk0123456789 .#()[]/:-,;\n\tx_ä", "bl", "Bl.", "frame", "IMA", "img", "pic",
             "abb", "sl", "fr", "(3/45)"]


def _spans(scan, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in scan.finditer(text)]


def test_same_matches_on_reports_and_random_text():
    texts = [text for _, text, _ in pool()]
    rng = random.Random(16)
    texts += ["".join(rng.choices(_ALPHABET, k=rng.randint(1, 40))) for _ in range(20000)]
    differ = [t for t in texts if _spans(EXTRA_CUES, t) != _spans(EXTRA_CUE_PATTERN, t)]
    assert differ == []
    assert sum(bool(_spans(EXTRA_CUE_PATTERN, t)) for t in texts) > 3000  # the pool holds many cues of both halves


def test_word_boundary_and_case_folding_as_the_pattern():
    text = "xbl 5, Bl. 45, (6/45), ſl 3, İma 7, BL#9, frame5, _fr 3, 2fr 4, [3:1] (12-14,"
    assert _spans(EXTRA_CUES, text) == _spans(EXTRA_CUE_PATTERN, text)
    assert [text[a:b] for a, b in _spans(EXTRA_CUES, text)] == [
        "Bl. 4", "(6/45)", "ſl 3", "İma 7", "BL#9", "frame5", "[3:1]", "(12-14,"]
