"""Hashed features of a reading in its sentence window.

Context features (the words around the group's first reading and inside its bracket, the cue words for the prior or
the current study in its clause, punctuation shape, sentence position, language) are computed once per group and
enter twice,
joined with whether the grammar gave the reading: alone (this reading against none), and with the reading's prior
flag (which study). Reading features: the
source pattern, the grammar's verdict on the prior flag, number magnitudes and order.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

import numpy as np

from curation.snippets.grammar import NOW_WORD, PRIOR_CUE
from curation.snippets.refscore.candidates import Reading
from curation.snippets.refscore.cues import prior_cues
from curation.snippets.refscore.evidence import evidence_features

BITS = 20
DIM = 1 << BITS
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SHIFT = np.uint64(64 - BITS)
_WORD = re.compile(r"[^\W\d_]+|\d+")
_SHAPE_RUNS = re.compile(r"[^\W\d_]+|\d+|\s+")
_OPEN, _CLOSE = "([", ")]"
# evidence scope features that mean "a prior cue stands between the window start and the group"
_SCOPE_PRIOR = ("ev:scope=prior|", "ev:scope=now|after_prior=True")
_BRACKET = re.compile(r"[()\[\]]")


_HASHES: dict[str, int] = {}


def _h(feature: str) -> int:
    """The feature's 32-bit hash, remembered per feature string (most recur: cue words, shapes, buckets); the
    memo is cleared when it grows past 2**18 strings."""
    h = _HASHES.get(feature)
    if h is None:
        if len(_HASHES) >= 1 << 18:
            _HASHES.clear()
        h = _HASHES[feature] = zlib.crc32(feature.encode())
    return h


def _norm(word: str) -> str:
    return "0" if word.isdigit() else word.lower()[:8]


@lru_cache(maxsize=8192)
def _shape(s: str) -> str:
    """The span's shape (letters as A/a and run length, digits as 9), remembered per span text."""
    return _SHAPE_RUNS.sub(lambda m: "9" if m.group()[0].isdigit() else " " if m.group()[0].isspace() else
                           ("A" if m.group()[0].isupper() else "a") + str(min(len(m.group()), 4)), s)[:24]


@lru_cache(maxsize=4096)
def _bucket(n: int | None) -> str:
    if n is None:
        return "none"
    return "0" if n == 0 else str(min(len(str(n)), 4)) + ("y" if 1900 <= n <= 2100 else "")


def _open_bracket(text: str, s0: int, start: int) -> int:
    depth = 0
    for i in reversed([m.start() for m in _BRACKET.finditer(text, s0, start)]):
        c = text[i]
        if c in _CLOSE:
            depth += 1
        elif c in _OPEN:
            if depth == 0:
                return i
            depth -= 1
    return -1


def context_hashes(text: str, window: tuple[int, int], start: int, end: int, lang: str, clause_start: int,
                   position: int) -> np.ndarray:
    """The context features of the span text[start:end] as 32-bit hashes (uint64)."""
    s0, s1 = window
    feats = [f"lang={lang}", f"pos={min(position, 2)}", f"at0={start - s0 < 3}", "bias"]
    left = _WORD.findall(text, max(s0, start - 80), start)[-10:]
    for k, w in enumerate(reversed(left[-3:])):
        feats.append(f"L{k}={_norm(w)}")
    feats += [f"Lb={_norm(w)}" for w in left]
    right = _WORD.findall(text, end, min(s1, end + 60))[:6]
    for k, w in enumerate(right[:3]):
        feats.append(f"R{k}={_norm(w)}")
    feats += [f"Rb={_norm(w)}" for w in right]
    feats.append(f"cb={text[start - 1] if start > s0 else '^'}")
    feats.append(f"ca={text[end] if end < s1 else '$'}")
    feats.append(f"ca2={text[end:end + 2].strip() or '_'}")
    feats.append(f"shape={_shape(text[start:end])}")
    opened = _open_bracket(text, s0, start)
    if opened >= 0:
        feats.append(f"inbr={text[opened]}")
        feats += [f"Bb={_norm(w)}" for w in _WORD.findall(text, opened + 1, start)[-4:]]
        close = min((i for i in (text.find(")", end, s1), text.find("]", end, s1)) if i >= 0), default=-1)
        if close >= 0:
            feats += [f"Ba={_norm(w)}" for w in _WORD.findall(text, end, close)[:4]]
            feats.append(f"brlen={min((close - opened) // 10, 5)}")
    cues = prior_cues(text, window)
    clause = text[clause_start:start]
    feats.append(f"cprior={cues.may_match(clause_start, start) and PRIOR_CUE.search(clause) is not None}")
    feats.append(f"cnow={cues.may_say_now(clause_start, start) and NOW_WORD.search(clause) is not None}")
    after_end = min(s1, end + 40)
    after = text[end:after_end]
    feats.append(f"aprior={cues.may_match(end, after_end) and PRIOR_CUE.search(after) is not None}")
    feats.append(f"anow={cues.may_say_now(end, after_end) and NOW_WORD.search(after) is not None}")
    evidence = evidence_features(text, window, start, end, opened)
    # a prior cue in text[s0:start]: the evidence's scope feature already says (its search is the same)
    feats.append(f"sprior={any(f.startswith(_SCOPE_PRIOR) for f in evidence)}")
    feats += evidence
    known = _HASHES.get
    return np.array([known(f) or _h(f) for f in feats], dtype=np.uint64)  # (a hash of 0 is asked again: still 0)


ReadingKey = tuple[str, bool, str, bool, str, str, int, bool, str, bool]


def reading_key(reading: Reading) -> ReadingKey:
    """What a reading's own features depend on: source, prior flag and flip, form, number magnitudes and order."""
    span = reading.span
    first = span.images[0][0]
    return (reading.source, reading.flipped, span.form, span.prior, _bucket(span.series), _bucket(first),
            min(len(span.images), 3), any(a != b for a, b in span.images),
            "none" if span.series is None else str(span.series < first), first <= 4)


@lru_cache(maxsize=4096)
def own_index(key: ReadingKey) -> np.ndarray:
    """The weight indices of a reading's own features."""
    source, flipped, form, prior, series, image, n, ranged, order, small = key
    src = "g" if source == "grammar" else "x"
    feats = [f"src={source}", f"src={source}|flip={flipped}", f"form={form}|{src}", f"prior={prior}",
             f"flip={flipped}|{src}", f"ser={series}|{src}", f"img={image}|{src}", f"n={n}|{src}",
             f"rng={ranged}|{src}", f"order={order}|{src}", f"small={small}|{src}"]
    return _index(np.fromiter((_h(f) for f in feats), dtype=np.uint64, count=len(feats)), 5)


def _index(h: np.ndarray, salt: int) -> np.ndarray:
    return (((h ^ np.uint64(salt)) * _MIX) >> _SHIFT).astype(np.int64)


def own_feature_index(feature: str) -> int:
    """The weight index of one reading feature by name ("src=grammar|flip=False"), for inspecting a model."""
    return int(_index(np.array([_h(feature)], dtype=np.uint64), 5)[0])


def context_index(context: np.ndarray, grammar: bool, prior: bool) -> np.ndarray:
    """The context's weight indices for a reading of the grammar or not, of one study: the context joined with the
    first (this reading against none) and with both (which study). The grammar's readings and the generator's have
    separate context weights: what the model learns from the readings the grammar missed does not move its verdict
    on the grammar's own."""
    kind = 2 * int(grammar)
    return np.concatenate((_index(context, 1 + kind), _index(context, 11 + kind + int(prior))))


# context_index's salts: per grammar or not (1, 3), per grammar or not and study (11..14)
_PART_SALTS = np.array([1, 3, 11, 12, 13, 14], dtype=np.uint64)


def part_scores(context: np.ndarray, weights: np.ndarray) -> dict[tuple[bool, bool], float]:
    """The context's score for each (grammar or not, study) at once: the sum of `weights` over
    `context_index(context, grammar, prior)`, in one indexing step (decide's hot path)."""
    index = (((context[None, :] ^ _PART_SALTS[:, None]) * _MIX) >> _SHIFT).astype(np.int64)
    rows = weights[index].sum(axis=1, dtype=np.float64).tolist()
    return {(g, p): rows[int(g)] + rows[2 + 2 * int(g) + int(p)] for g in (False, True) for p in (False, True)}


def reading_index(context: np.ndarray, reading: Reading) -> np.ndarray:
    """All weight indices of one reading in its group's context."""
    return np.concatenate((context_index(context, reading.source == "grammar", reading.span.prior),
                           own_index(reading_key(reading))))
