"""Where a prior-study cue (`grammar.PRIOR_CUE`) cannot match, found once per text (issue 16 round 9).

The scorer asks `PRIOR_CUE` up to five times per group (clause, after, scope, bracket head and tail), each a full
regex search (~12 us on 60 characters). Every match of the pattern holds, inside its own span, one of its "strong"
words (VU, Vor..., Vergleich..., Ausgangs..., Fremd..., prior, previous, comparison, baseline), or else one of its
examination words (CT, MR, PET, Untersuchung, study, scan ...) together with a qualifier of that examination (a date
word or year, outside/extern, earlier/last/alte ...). `PriorCues` finds these words once per text (every occurrence,
overlapping ones included, in the lower-cased text; a text with a character that the pattern folds otherwise
than `str.lower` is not filtered) and answers "may text[a:b] hold a match?" by bisect:
where it says no, the pattern has no match in that stretch, whatever the slicing or word boundaries; where it says
maybe, the caller runs the pattern itself. So the answers are exactly the pattern's.
"""

from __future__ import annotations

from bisect import bisect_left

from curation.snippets.gate import FOLDING as FOLDING  # re-exported: the cue tests read `cues.FOLDING`
from curation.snippets.gate import has_folding

# ("ext": round 11's "ext. CT", an examination word with a dotted qualifier)
# (round 13: "prev." and the case-sensitive "VA", "BL", `_CASED`, searched in the text as written)
# (round 27: "nadir" and "eingangs" of `timepoint_words.EARLIER_COMPOUND`, "Nadir-CT", "Eingangs-MRT")
# (round 30a: the French/Italian earlier exam of `grammar._ROMANCE_PRIOR`, "CT precedente", "précédent :")
_STRONG = ("vu", "vor", "vergleich", "ausgangs", "fremd", "prior", "prev", "comparison", "baseline", "ext", "nadir",
           "eingangs", "précéd", "preced", "antérieur")
_CASED = ("VA", "VB", "BL")  # round 15: the Austrian "VB" (Vorbefund)
_EXAM = ("ct", "mr", "pet", "untersuchung", "aufnahme", "sonographie", "study", "exam", "scan", "imaging", "films",
         "radiograph", "ray",  # "ray": "X-ray"
         "images", "bilder",  # round 30a: "the outside images", "auf den externen Bildern"
         "mammogra")  # round 31b: `grammar._NAMED_MODALITY` ("MRCP" holds "mr")
_QUALIFIER = ("vom", "von", "from", "dated", "of", "19", "20", "auswärtige", "extern", "outside", "alte", "letzte",
              "frühere", "ältere", "earlier", "old", "last", "former")
# every match of `NOW_WORD` holds one of these words ("aktuellen", "nunmehr", "heute", "heutigen", "currently")
# (mend of round 30a: the French/Italian ones of `timepoint_words.ROMANCE_NOW`, "attuale", "oggi", "aujourd'hui")
_NOW = ("jetzt", "aktuell", "nun", "heut", "derzeit", "mittlerweile", "inzwischen", "now", "current", "today", "neu",
        "new", "hier", "here", "attual", "odiern", "oggi", "ora", "adesso", "actuel", "aujourd", "maintenant")
# `gate.FOLDING`: the characters that the pattern's case folding (re.IGNORECASE) matches to a letter or digit of the
# words above although their str.lower() is not that character (`test_refscore_cues` checks every code point): a text
# holding one is not filtered.


def _occurrences(low: str, words: tuple[str, ...], at0: int,
                 *more: tuple[str, tuple[str, ...]]) -> tuple[list[int], list[int]]:
    """(starts, ends) of every occurrence of `words` in `low` (and of each further (text, words) pair), sorted."""
    found = []
    for text, group in ((low, words), *more):
        for word in group:
            at = text.find(word)
            while at >= 0:
                found.append((at0 + at, at0 + at + len(word)))
                at = text.find(word, at + 1)
    found.sort()
    return [a for a, _ in found], [b for _, b in found]


def _inside(occ: tuple[list[int], list[int]], a: int, b: int) -> bool:
    starts, ends = occ
    for k in range(bisect_left(starts, a), len(starts)):
        if starts[k] >= b:
            return False
        if ends[k] <= b:
            return True
    return False


class PriorCues:
    """The words one of `PRIOR_CUE`'s matches needs, in the stretch text[s0:s1] (a sentence window; the whole text
    by default). A stretch asked about that reaches outside it may match."""

    __slots__ = ("_all", "_any", "_exam", "_now", "_qualifier", "_strong", "s0", "s1", "text")

    def __init__(self, text: str, s0: int = 0, s1: int | None = None) -> None:
        self.text = text
        self.s0, self.s1 = s0, len(text) if s1 is None else s1
        part = text[s0:self.s1]
        low = part.lower()
        # every stretch may match where lower() moves offsets or misses a folding
        self._all = len(low) != len(part) or has_folding(part)
        self._strong = _occurrences(low, _STRONG, s0, (part, _CASED))
        self._exam = _occurrences(low, _EXAM, s0)
        self._qualifier = _occurrences(low, _QUALIFIER, s0) if self._exam[0] else ([], [])
        self._any = self._all or bool(self._strong[0]) or bool(self._qualifier[0])
        self._now = _occurrences(low, _NOW, s0)

    def may_match(self, a: int, b: int) -> bool:
        """False where `PRIOR_CUE` has no match within text[a:b] (as a slice, or as search(text, a, b))."""
        if a >= b:
            return False
        if a < self.s0 or b > self.s1:
            return True
        if not self._any:
            return False
        if self._all:
            return True
        return _inside(self._strong, a, b) or (_inside(self._exam, a, b) and _inside(self._qualifier, a, b))


    def may_say_now(self, a: int, b: int) -> bool:
        """False where `NOW_WORD` has no match within text[a:b] (as a slice, or as search(text, a, b))."""
        if a >= b:
            return False
        if a < self.s0 or b > self.s1 or self._all:
            return True
        return _inside(self._now, a, b)


_LAST: list[PriorCues | None] = [None]


def prior_cues(text: str, window: tuple[int, int]) -> PriorCues:
    """The `PriorCues` of text's window, remembered for the last window asked (the scorer asks per group)."""
    last = _LAST[0]
    if last is None or last.text is not text or last.s0 != window[0] or last.s1 != window[1]:
        last = _LAST[0] = PriorCues(text, *window)
    return last
