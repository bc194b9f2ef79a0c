"""What `scrub_text` calls after the rules: the tagger's PERSON / INSTITUTION / ADDRESS spans, as `Hit`s
with source "tagger", behind the setting RADCURATE_DEID_TAGGER (on / off; default off: docs/deid.md,
"learned tagger layer", gives the figures and why).

A span is given only when its confidence reaches the threshold stored with the weights, it overlaps no rule
hit (the tagger adds entities the rules missed, it does not redraw theirs), and, cut at layout separators
and trimmed of cue and lower-case edge words, it still holds a name-like word and overlaps no protected
keep-term. The tagger never overrides a keep-term (only the rules' strong person cues may, in
scrub._vetoed, and tagger hits are no cue).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from curation.deid.text.common import Hit, words
from curation.deid.text.dates import WEEKDAYS_DE, WEEKDAYS_EN
from curation.deid.text.tagger.features import (
    CLOSINGS,
    LABELS,
    RELATIVES,
    STREET_TAILS,
    STREETS,
    TITLES,
    token_layout,
)
from curation.deid.text.tagger.model import TaggerModel, spans
from curation.deid.text.tagger.tokens import tokenize
from curation.deid.text.towns import towns

SETTING = "RADCURATE_DEID_TAGGER"
DEFAULT = "on"  # held-out 13 and 14 (clean for round 2): recall up, keep-terms unchanged (docs/deid.md)
_CUES = LABELS | RELATIVES | TITLES | CLOSINGS | words("""dear liebe lieber liebes sehr geehrte geehrter hallo hi
dre mme mlle anp aprn cnp crnp dnp sonographer radiographer""")  # French titles, nursing and imaging roles
# Where one layout field ends: a label's colon, pipes, middle dots, tabs, runs of spaces, brackets.
_SEPARATORS = re.compile(r"[^\s:]*:\s|\s*[|·•]\s*|\t|\s{2,}|[()\[\]]|\n")
_PARTICLES = words("von van de da di del der den ten ter zu dos du le la")
_WORD = re.compile(r"[^\W\d_]+|\d+")
_WEEKDAYS = frozenset({*WEEKDAYS_DE, *WEEKDAYS_EN, *(w[:2] for w in WEEKDAYS_DE), *(w[:3] for w in WEEKDAYS_EN),
                       "Tues", "Thurs"})
_VALUES = {"on": True, "1": True, "true": True, "off": False, "0": False, "false": False}


def tagger_enabled() -> bool:
    value = os.environ.get(SETTING, DEFAULT).strip().lower()
    if value not in _VALUES:
        raise ValueError(f"{SETTING} must be on or off, not {value!r}")
    return _VALUES[value]


@lru_cache(maxsize=1)
def packaged_model() -> TaggerModel:
    return TaggerModel.load()


def tagger_hits(text: str, rule_hits: Sequence[Hit], keep_ranges: Sequence[tuple[int, int]],
                model: TaggerModel | None = None, dates: Sequence[tuple[int, int]] = ()) -> list[Hit]:
    """The tagger's spans in `text` above the model's threshold, outside every keep range, rule hit and
    date (`dates`: the date spans, a weekday written before one included)."""
    model = model or packaged_model()
    return [h for h, _ in scored_hits(text, rule_hits, keep_ranges, model, model.threshold, dates)]


def scored_hits(text: str, rule_hits: Sequence[Hit], keep_ranges: Sequence[tuple[int, int]], model: TaggerModel,
                floor: float, dates: Sequence[tuple[int, int]] = ()) -> list[tuple[Hit, float]]:
    """The tagger's spans whose confidence reaches `floor`, each with its confidence (the threshold's
    calibration scores them at a low floor; `tagger_hits` takes them at the model's threshold)."""
    toks = tokenize(text)
    if not len(toks):
        return []
    keeps = sorted(keep_ranges)
    lay = token_layout(toks, [(h.start, h.end, h.label) for h in rule_hits], keeps)
    em = model.layout_emissions(lay)
    covered = np.array([k[1] != "" for k in lay.token_keys], dtype=bool)
    rules = _Taken(sorted([*((h.start, h.end) for h in rule_hits), *dates]))
    keep = _Taken(keeps)
    out: list[tuple[Hit, float]] = []
    for s, e, label, conf in spans(model.decode(em, floor, covered), em, toks.starts, toks.ends):
        if conf < floor or rules.overlaps(s, e):
            continue  # the tagger adds entities the rules missed; it does not re-draw theirs (nor a date)
        for part in _SEPARATORS.split(text[s:e]) if _SEPARATORS.search(text, s, e) else (text[s:e],):
            if not part.strip():
                continue
            a = text.find(part, s, e)
            a, b = _trimmed(text, a, a + len(part), label)
            if a < b and _name_like(text[a:b], label) and not keep.overlaps(a, b):
                out.append((Hit(a, b, label, "tagger"), conf))
    return out


class _Taken:
    """Sorted [start, end) ranges: "does any overlap [a, b)?"."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = ranges
        self.starts = [r[0] for r in ranges]

    def overlaps(self, start: int, end: int) -> bool:
        return any(e > start for _, e in self.ranges[:bisect_left(self.starts, end)])


def _name_like(span: str, label: str) -> bool:
    """A name holds a capitalised word or a number of two characters or more (not a lone initial or roman
    numeral: "Meyerding I."); a facility name two words or more ("Health" alone is no facility); a person's
    name two name words or more (a lone capitalised word in a name's place is far more often a clinical
    noun, a label or a given name alone: docs/deid.md, "learned tagger, round 2"); an address without a
    number of its own (a word that starts with a digit: "12", "79098", "4TQ", "5/2"; not "COVID-19", "L4-S1") a
    listed town or a street word ("Study Group", "Colleague" are none)."""
    found = _WORD.findall(span)
    if not any(len(w) > 1 and (w[0].isupper() or w.isdigit()) for w in found):
        return False
    if label == "PERSON":
        return sum(len(w) > 1 and w[0].isalpha() for w in found) > 1
    if label == "ADDRESS":
        return any(w[:1].isdigit() for w in span.split()) or span in towns() or any(
            w in towns() or w.lower() in STREETS or w.lower().endswith(STREET_TAILS) for w in found)
    return len(found) > 1


def _trimmed(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """The span without edge words that are no part of a name: leading cue words (a label, title or
    relative: "Auftraggeber Ulrich X" -> "Ulrich X"), lower-case words at either edge ("Klinikum X mit",
    "then X Imaging"; name particles "von", "van der" may open a PERSON) and weekdays at either edge (a
    date's part: "Visite Di, 02.04." names no one)."""
    found = list(_WORD.finditer(text, start, end))
    i, j = 0, len(found)
    while i < j and (found[i].group().lower() in _CUES or found[i].group() in _WEEKDAYS or (
            found[i].group().islower() and not (label == "PERSON" and found[i].group() in _PARTICLES))):
        i += 1
    while j > i and (found[j - 1].group().islower() or found[j - 1].group() in _WEEKDAYS):
        j -= 1
    if i >= j:
        return end, end
    return found[i].start(), found[j - 1].end() + (1 if text[found[j - 1].end():found[j - 1].end() + 1] == "." and
                                                    len(found[j - 1].group()) == 1 else 0)
