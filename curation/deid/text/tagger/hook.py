"""What `scrub_text` calls after the rules: the tagger's PERSON / INSTITUTION / ADDRESS spans, as `Hit`s
with source "tagger", behind the setting RADCURATE_DEID_TAGGER (on / off; default below, chosen on the dev
figures in docs/deid.md).

A span is given only when its confidence reaches the threshold calibrated with the weights, it holds a
capitalised word or a number, and it overlaps no protected keep-term: the tagger never overrides a
keep-term (only the rules' strong person cues may, in scrub._vetoed, and tagger hits are no cue).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from curation.deid.text.common import Hit
from curation.deid.text.tagger.features import LABELS, RELATIVES, TITLES, token_layout
from curation.deid.text.tagger.model import TaggerModel, spans
from curation.deid.text.tagger.tokens import tokenize

SETTING = "RADCURATE_DEID_TAGGER"
DEFAULT = "off"
_CUES = LABELS | RELATIVES | TITLES
_WORD = re.compile(r"[^\W\d_]+|\d+")
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
                model: TaggerModel | None = None) -> list[Hit]:
    """The tagger's spans in `text` above the model's threshold, outside every keep range."""
    model = model or packaged_model()
    toks = tokenize(text)
    if not len(toks):
        return []
    keeps = sorted(keep_ranges)
    lay = token_layout(toks, [(h.start, h.end, h.label) for h in rule_hits], keeps)
    em = model.layout_emissions(lay)
    covered = np.fromiter((bool(k[1]) for k in lay.token_keys), dtype=bool, count=len(toks))
    out: list[Hit] = []
    starts = [s for s, _ in keeps]
    for s, e, label, conf in spans(model.decode(em, model.threshold, covered), em, toks.starts, toks.ends):
        if conf < model.threshold:
            continue
        s = _after_cues(text, s, e)
        colon = text.rfind(": ", s, e)
        if colon >= 0:  # "Anschrift: Am Mühlbach 9": the label before a colon is never the value
            s = _after_cues(text, colon + 1, e)
        found = _WORD.findall(text, s, e)
        if not any(len(w) > 1 and (w[0].isupper() or w.isdigit()) for w in found):
            continue  # a lone initial or roman numeral ("Meyerding I."), or lower-case words only
        i = bisect_left(starts, e)
        if any(ke > s for _, ke in keeps[:i]):
            continue
        out.append(Hit(s, e, label, "tagger"))
    return out


def _after_cues(text: str, start: int, end: int) -> int:
    """Start of the span after its leading cue words ("Auftraggeber Ulrich X" -> "Ulrich X"): a label,
    title or relative word is context, not the name."""
    for m in _WORD.finditer(text, start, end):
        if m.group().lower() not in _CUES:
            return m.start()
    return end
