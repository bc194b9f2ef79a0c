"""The tagger's threshold from hand-written text: each span a model gives on a marked document it was not
trained on is judged right or wrong, and the threshold is the confidence above which the kept spans pay
most (a wrong span costs WRONG_COST right ones: a lost keep-term or an over-redacted word weighs more than a
found name the rules had missed).

A span is right when every letter and digit of it lies inside a marked PHI span (of any label) and it
touches no marked keep word; wrong otherwise (tests/curation/deid/text/corpus_measure.py's false hit and
keep loss).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from curation.deid.text.dates import find_dates
from curation.deid.text.rules import rule_hits
from curation.deid.text.tagger.hook import keep_ranges_of, scored_hits
from curation.deid.text.tagger.model import TaggerModel

WRONG_COST = 4.0
# Spans are scored from this confidence up (none below it is ever kept: the emission margin over O).
FLOOR = 0.0


@dataclass(frozen=True)
class Marked:
    """A hand-written text with its gold PHI spans (start, end, label) and the keep words that must survive."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    keep: tuple[str, ...]
    lang: str = "de"


def judged(model: TaggerModel, docs: Sequence[Marked]) -> list[tuple[float, bool]]:
    """(confidence, right) of every span the model gives above FLOOR on `docs`, after the rules as
    scrub_text runs them."""
    out: list[tuple[float, bool]] = []
    for d in docs:
        keep_at = [(m.start(), m.end()) for w in d.keep for m in re.finditer(re.escape(w), d.text)]
        dates = [(x.start, x.end) for x in find_dates(d.text, d.lang, None)]
        for hit, conf in scored_hits(d.text, rule_hits(d.text), keep_ranges_of(d.text), model, FLOOR, dates):
            phi = all(any(s <= i < e for s, e, _ in d.spans) for i in range(hit.start, hit.end) if d.text[i].isalnum())
            out.append((conf, phi and not any(s < hit.end and hit.start < e for s, e in keep_at)))
    return out


def choose_threshold(scored: Sequence[tuple[float, bool]], wrong_cost: float = WRONG_COST) -> float:
    """The confidence threshold that maximises (right spans - wrong_cost x wrong spans) kept at or above it,
    among equal gains the cut that keeps the fewest spans, set halfway between the weakest span kept and the
    strongest left out (not on the weakest kept: a new right span a little weaker would fall). Nothing scored
    or nothing worth keeping: above every score."""
    ranked = sorted(scored, key=lambda x: -x[0])
    best_gain, best = 0.0, (ranked[0][0] + 1.0 if ranked else 1e9)
    gain = 0.0
    for n, (conf, ok) in enumerate(ranked):
        gain += 1.0 if ok else -wrong_cost
        if gain > best_gain and (n + 1 == len(ranked) or ranked[n + 1][0] < conf):
            best_gain = gain
            best = conf if n + 1 == len(ranked) else (conf + ranked[n + 1][0]) / 2
    return float(round(best, 4))
