"""The tagger's model: weights over hashed atoms at token offsets -2..+2, BIO transitions, Viterbi.

Emission of token i for tag t = sum over offsets k and atoms a of token i+k of W[a, k, t]; a path's score
adds the transition weights. Trained as an averaged structured perceptron (train.py). A decoded span's
confidence is the mean, over its tokens, of (emission of its tag - emission of O): the threshold above which
the hook unions a span is calibrated on generated validation documents and stored with the weights.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from curation.deid.text.tagger.features import N_HASH, Layout, key_atoms, line_atoms, word_atoms

ENTITY_LABELS = ("PERSON", "INSTITUTION", "ADDRESS")
TAGS = ("O", *(f"{p}-{lab}" for lab in ENTITY_LABELS for p in ("B", "I")))
N_TAGS = len(TAGS)
OFFSETS = (-2, -1, 0, 1, 2)
WEIGHTS = Path(__file__).with_name("weights.npz")


def allowed_transitions() -> np.ndarray:
    """(N_TAGS + 1, N_TAGS) bool: row N_TAGS is the start; I-X only after B-X or I-X."""
    ok = np.ones((N_TAGS + 1, N_TAGS), dtype=bool)
    for t, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            ok[:, t] = False
            ok[TAGS.index("B-" + tag[2:]), t] = True
            ok[t, t] = True
    return ok


_FORBIDDEN = np.where(allowed_transitions(), 0.0, -1e9)
_PAD = np.array([0.0, *([-1e9] * (N_TAGS - 1))], dtype=np.float32)


@dataclass
class TaggerModel:
    """W: (N_HASH, len(OFFSETS), N_TAGS) float32; trans: (N_TAGS + 1, N_TAGS); threshold: span confidence
    above which the hook takes a span; meta: how it was trained (seed, documents, epochs)."""

    W: np.ndarray
    trans: np.ndarray
    threshold: float = 0.0
    meta: dict | None = None

    @classmethod
    def zeros(cls) -> TaggerModel:
        return cls(np.zeros((N_HASH, len(OFFSETS), N_TAGS), np.float32), np.zeros((N_TAGS + 1, N_TAGS), np.float32))

    def emissions(self, atoms: list[list[int]]) -> np.ndarray:
        n = len(atoms)
        if n == 0:
            return np.zeros((0, N_TAGS), np.float32)
        flat = np.fromiter((a for row in atoms for a in row), dtype=np.int64)
        lengths = np.fromiter(map(len, atoms), dtype=np.int64, count=n)
        offs = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        per = np.add.reduceat(self.W[flat], offs, axis=0)  # (n, K, T): what token j says about token j - k
        return self._shifted(per)

    def _ids(self, kind: str, keys: list, atoms_of) -> np.ndarray:
        """Row ids of `keys` (words, context keys or line keys, by `kind`) in the cache of summed weights
        (one (K, T) row each), added on first sight."""
        cache = self.__dict__.get("_cache")
        if cache is None:  # (not setdefault: its default, a 140 kB array, would be built on every call)
            cache = self.__dict__["_cache"] = {"rows": np.zeros((1024, len(OFFSETS), N_TAGS), np.float32)}
        ids = cache.setdefault(kind, {})
        out = list(map(ids.get, keys))
        if None in out:
            for n, key in enumerate(keys):
                if out[n] is None:
                    i = ids.get(key)
                    if i is None:
                        i = ids[key] = cache["size"] = cache.get("size", 0) + 1
                        if i >= len(cache["rows"]):
                            cache["rows"] = np.concatenate((cache["rows"], np.zeros_like(cache["rows"])))
                        atoms = list(atoms_of(key))
                        if atoms:
                            cache["rows"][i] = self.W[atoms].sum(0)
                    out[n] = i
        return np.array(out, dtype=np.int64)

    def layout_emissions(self, lay: Layout) -> np.ndarray:
        """`emissions` of a text's layout from per-word, per-context-key and per-line weight sums, cached
        across texts (inference only: the cache assumes W no longer changes)."""
        n = len(lay.words)
        if n == 0:
            return np.zeros((0, N_TAGS), np.float32)
        w = self._ids("w", lay.words, word_atoms)
        k = self._ids("k", lay.token_keys, key_atoms)
        ln = self._ids("l", lay.line_keys, line_atoms)
        rows = self.__dict__["_cache"]["rows"]
        per = rows[w] + rows[k] + rows[ln][lay.line_of]
        return self._shifted(per)

    def _shifted(self, per: np.ndarray) -> np.ndarray:
        em = per[:, OFFSETS.index(0), :].copy()
        for k_i, k in enumerate(OFFSETS):
            if k > 0:
                em[:-k] += per[k:, k_i, :]
            elif k < 0:
                em[-k:] += per[:k, k_i, :]
        return em

    def viterbi(self, em: np.ndarray) -> np.ndarray:
        n = len(em)
        if n == 0:
            return np.zeros(0, dtype=np.int64)
        trans = self.trans + _FORBIDDEN
        back = np.zeros((n, N_TAGS), dtype=np.int64)
        score = trans[N_TAGS] + em[0]
        step = trans[:N_TAGS]
        for i in range(1, n):
            cand = score[:, None] + step
            back[i] = cand.argmax(0)
            score = cand[back[i], np.arange(N_TAGS)] + em[i]
        path = np.zeros(n, dtype=np.int64)
        path[-1] = int(score.argmax())
        for i in range(n - 1, 0, -1):
            path[i - 1] = back[i, path[i]]
        return path

    def decode(self, em: np.ndarray, min_margin: float = -np.inf, covered: np.ndarray | None = None) -> np.ndarray:
        """Viterbi over the windows that can hold an entity only (tokens whose best entity emission beats
        O's, with one token of margin each side); O elsewhere. Cheaper than a full Viterbi (a report has
        ~230 tokens, a handful of them candidates); tests/.../test_model.py compares the two. With a finite
        `min_margin`, windows where no span of tokens not `covered` (by a rule's hit) could reach that mean
        confidence are left O (`_span_ends`): the hook keeps no other span."""
        n = len(em)
        path = np.zeros(n, dtype=np.int64)
        if n == 0:
            return path
        margin = em[:, 1:].max(1) - em[:, 0]
        if not (margin > 0).any():
            return path
        ends = _span_ends(em, min_margin, covered)
        if ends is not None and not ends.any():
            return path  # no span could be kept (most reports: what the tagger is sure of, the rules hold)
        cand = margin > 0
        c = cand.copy()  # one token of margin each side (np.convolve "same" is longer than a 1-2 token text)
        c[1:] |= cand[:-1]
        c[:-1] |= cand[1:]
        edges = np.flatnonzero(np.diff(np.concatenate(([0], c.astype(np.int8), [0]))))
        a, b = edges[::2], edges[1::2]
        if ends is not None:
            keep = np.logical_or.reduceat(ends, a)
            if not keep.any():
                return path
            a, b = a[keep], b[keep]
        width = int((b - a).max())
        # All windows decoded at once, padded at their ends with positions only O can take.
        pos = a[:, None] + np.arange(width)[None, :]
        valid = pos < b[:, None]
        E = np.where(valid[:, :, None], em[np.minimum(pos, n - 1)], _PAD)
        trans = self.trans + _FORBIDDEN
        step = trans[:N_TAGS][None]
        back = np.zeros((width, len(a), N_TAGS), dtype=np.intp)
        score = trans[N_TAGS][None] + E[:, 0]
        cand3 = np.empty((len(a), N_TAGS, N_TAGS))
        top = np.empty((len(a), N_TAGS))
        for t in range(1, width):  # into preallocated arrays: this loop is most of the tagger's decode time
            np.add(score[:, :, None], step, out=cand3)
            cand3.argmax(axis=1, out=back[t])
            cand3.max(axis=1, out=top)
            np.add(top, E[:, t], out=score)
        rows = np.arange(len(a))
        best = np.zeros((len(a), width), dtype=np.int64)
        best[:, -1] = score.argmax(1)
        for t in range(width - 1, 0, -1):
            best[:, t - 1] = back[t][rows, best[:, t]]
        path[pos[valid]] = best[valid]
        return path

    def save(self, path: Path) -> None:
        """Compressed npz: float16 weights (their nonzero rows only) and a JSON header."""
        rows = np.flatnonzero(np.abs(self.W).reshape(N_HASH, -1).max(1) > 0)
        head = json.dumps({"threshold": self.threshold, "meta": self.meta or {}, "n_hash": N_HASH,
                           "tags": TAGS, "offsets": OFFSETS}, sort_keys=True)
        np.savez_compressed(path, rows=rows.astype(np.int32), values=self.W[rows].astype(np.float16),
                            trans=self.trans.astype(np.float32), head=np.frombuffer(head.encode(), np.uint8))

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> TaggerModel:
        with np.load(path) as z:
            head = json.loads(bytes(z["head"]).decode())
            if head["n_hash"] != N_HASH or tuple(head["tags"]) != TAGS or tuple(head["offsets"]) != OFFSETS:
                raise ValueError(f"{path.name}: weights of another feature layout; retrain (docs/deid.md)")
            W = np.zeros((N_HASH, len(OFFSETS), N_TAGS), np.float32)
            W[z["rows"]] = z["values"].astype(np.float32)
            return cls(W, z["trans"].copy(), float(head["threshold"]), head["meta"])


def _span_ends(em: np.ndarray, min_margin: float, covered: np.ndarray | None) -> np.ndarray | None:
    """Tokens where a span of one label over uncovered tokens whose mean margin (its B- then I- emissions
    over O's) reaches `min_margin` could end: an upper bound on any decoded span's confidence, so a window
    without such an end holds no span the hook keeps. None when `min_margin` is not finite (keep all)."""
    if not np.isfinite(min_margin):
        return None
    n = len(em)
    covered = np.zeros(n, dtype=bool) if covered is None else covered
    e = em.astype(np.float64)  # float64 sums: the bound must not round below a span's own mean
    first = e[:, 1::2] - e[:, :1] - min_margin  # (n, labels): B- margins over the bar
    rest = e[:, 2::2] - e[:, :1] - min_margin  # I- margins over the bar
    run = np.cumsum(rest, axis=0)
    # best span start at or before each token within its run of uncovered tokens: max of first - run over
    # the run so far (runs told apart by a large offset per run, so the running maximum restarts)
    seg = np.cumsum(covered)[:, None] * 1e7
    start = np.where(covered[:, None], -np.inf, first - run + seg)
    best = np.maximum.accumulate(start, axis=0) - seg
    return ~covered & ((best + run) >= 0).any(1)


def spans(path: np.ndarray, em: np.ndarray, starts: list[int], ends: list[int]) -> list[tuple[int, int, str, float]]:
    """(start, end, label, confidence) of the B/I runs of a tag path."""
    out: list[tuple[int, int, str, float]] = []
    tagged = np.flatnonzero(path)
    if not len(tagged):
        return out
    margin = (em[np.arange(len(path)), path] - em[:, 0]).tolist()
    tags = path.tolist()
    n = len(tags)
    i = int(tagged[0])
    while i < n:
        if not tags[i]:
            i += 1
            continue
        label = TAGS[tags[i]][2:]
        inside = TAGS.index("I-" + label)
        j = i + 1
        while j < n and tags[j] == inside:
            j += 1
        out.append((starts[i], ends[j - 1], label, sum(margin[i:j]) / (j - i)))
        i = j
    return out
