"""Equality guard for speed work on the report scrubber: one digest per `scrub_text` result over a large,
varied pool of texts, recorded once and compared after every change (no change to any output).

    PYTHONPATH=. python -m tests.curation.deid.text.scrub_equivalence --record   # write the digests file
    PYTHONPATH=. python -m tests.curation.deid.text.scrub_equivalence            # compare, print mismatches

The pool: bench/scrub's synthetic-export reports (two seeds), every marked dev corpus under
tests/curation/deid/text and tests/dev14t (with and without their patient dictionaries, date shift -364
and None), and variants of each text (upper-cased, lower-cased, adjacent texts joined, a few characters that
`re` folds or that lower-casing widens). The held-out sets under tests/heldout8.. are never read.
Each result is digested as its output text and (start, end, label) spans, with and without the spaCy layer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

from curation.deid.text.dictionary import PhiDictionary
from curation.deid.text.scrub import scrub_text
from curation.vault import PatientPhi
from tests import digest_guard

DIGESTS = Path(__file__).with_name("scrub_equivalence_digests.json")
# The digests were recorded on this day; the birth-year rule reads today's year (ages over 89), so the guard
# pins it.
RECORDED = dt.date(2026, 12, 6)
Item = tuple[str, str, "PatientPhi | PhiDictionary | None", "int | None"]


def _synthetic(seed: int) -> list[Item]:
    from curation.synth import SynthOptions, load_truth, write_synthetic_export

    with tempfile.TemporaryDirectory() as tmp:
        truth = load_truth(write_synthetic_export(Path(tmp) / "export",
                                                  SynthOptions(patients=6, seed=seed, matrix=32)))
    phi = {p["patient_id"]: PhiDictionary.from_phi(PatientPhi(
        p["patient_id"], patient_ids=(p["patient_id"],), names=(p["name"],), birth_dates=(p["birth_date"],),
        accessions=tuple(s["accession"] for s in p["studies"]))) for p in truth["patients"]}
    return [(r["text"], r["lang"], phi.get(r["patient_id"]), -364) for r in truth["reports"]]


def _marked() -> list[Item]:
    from tests.curation.deid.text import dev14d_corpus
    from tests.dev14t.corpus import DEV
    from tests.dev14t.fresh import FRESH
    from tests.dev14t.measure import other_sets

    sets = dict(other_sets())
    sets["dev14d"] = (dev14d_corpus.DEV14D_CORPUS, {})
    sets["dev14d_b"] = (dev14d_corpus.DEV14D_B, {})
    sets["dev14t"] = (DEV, {})
    sets["dev14t_fresh"] = (FRESH, {})
    items: list[Item] = []
    for _name, (corpus, phi) in sorted(sets.items()):
        for snippet in corpus:
            linked = phi.get(snippet.phi) if snippet.phi else None
            items.append((snippet.text, snippet.lang, linked, -364))
            items.append((snippet.text, snippet.lang, None, None))
    return items


_ODD = ("İ", "ı", "ſ", "\u212a", "ẞ", "ﬁ")


def pool() -> list[Item]:
    base = _synthetic(1) + _synthetic(2) + _marked()
    variants: list[Item] = []
    for i, (text, lang, phi, shift) in enumerate(base):
        variants.append((text.upper(), lang, phi, shift))
        variants.append((text.lower(), lang, None, shift))
        nxt = base[(i + 1) % len(base)]
        variants.append((text + "\n" + nxt[0], lang, phi, shift))
        odd = _ODD[i % len(_ODD)]
        cut = len(text) // 2
        variants.append((text[:cut] + odd + text[cut:], lang, phi, shift))
    return base + variants


def digest(text: str, lang: str, phi, shift, use_spacy: bool) -> str:
    result = scrub_text(text, lang, phi, shift, use_spacy=use_spacy)
    payload = json.dumps([result.text, [(s.start, s.end, s.label) for s in result.spans]], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def digests(items: list[Item] | None = None) -> Iterator[tuple[str, str]]:
    """(key, digest) for every pool item, without and with the spaCy layer; key = index:mode."""
    class _Recorded(dt.date):
        @classmethod
        def today(cls) -> dt.date:
            return RECORDED

    pinned = SimpleNamespace(**{**vars(dt), "date": _Recorded})
    with mock.patch("curation.deid.text.rules.dt", pinned):
        for i, (text, lang, phi, shift) in enumerate(items if items is not None else pool()):
            for use_spacy in (False, True):
                yield f"{i}:{'spacy' if use_spacy else 'rules'}", digest(text, lang, phi, shift, use_spacy)


def main() -> int:
    return digest_guard.main(digests, DIGESTS)


if __name__ == "__main__":
    raise SystemExit(main())
