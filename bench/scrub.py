"""Report de-identification throughput: reports/s per core, against a peer measured in the same run.

Texts: the synthetic export's reports (German and English, ~1 kB each, with planted PHI), repeated to
--n reports, each with its patient's PHI dictionary and date shift, as the `reports` asset scrubs them.
Timed in one process (= one core), warm (pipelines built before timing):
  ours        scrub_text (rules + dates + fuzzy dictionary + spaCy entity_ruler)
  ours-rules  the same without the spaCy layer
  peer        spaCy blank pipeline with the same entity_ruler run over the texts (tokenize + match only),
              the floor of any spaCy-based scrubber
Each is timed in --rounds interleaved rounds and the best round kept, on process CPU time: on a shared
machine wall time swings with other load, and one process's CPU time is what "per core" means.
Prints reports/s for each and the ratio ours / peer.

    PYTHONPATH=. .venv/bin/python bench/scrub.py [--n 2000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from curation.deid.text.dictionary import PhiDictionary
from curation.deid.text.ner import pipeline
from curation.deid.text.scrub import scrub_text
from curation.synth import SynthOptions, load_truth, write_synthetic_export
from curation.vault import PatientPhi


def corpus(n: int) -> list[tuple[str, str, PhiDictionary | None]]:
    with tempfile.TemporaryDirectory() as tmp:
        truth = load_truth(write_synthetic_export(Path(tmp) / "export", SynthOptions(patients=6, seed=1, matrix=32)))
    phi = {p["patient_id"]: PhiDictionary.from_phi(PatientPhi(
        p["patient_id"], patient_ids=(p["patient_id"],), names=(p["name"],), birth_dates=(p["birth_date"],),
        accessions=tuple(s["accession"] for s in p["studies"]))) for p in truth["patients"]}
    base = [(r["text"], r["lang"], phi.get(r["patient_id"])) for r in truth["reports"]]
    return [base[i % len(base)] for i in range(n)]


def rate(fn, items) -> float:
    start = time.process_time()
    for item in items:
        fn(item)
    return len(items) / max(1e-9, time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    items = corpus(args.n)
    for lang in ("de", "en"):
        pipeline(lang)
    scrub_text(items[0][0], items[0][1], items[0][2], -364)  # warm caches
    chars = sum(len(t) for t, _, _ in items) / len(items)
    best = {"ours": 0.0, "rules": 0.0, "peer": 0.0}
    for _ in range(max(1, args.rounds)):
        best["ours"] = max(best["ours"], rate(lambda it: scrub_text(it[0], it[1], it[2], -364), items))
        best["rules"] = max(best["rules"], rate(lambda it: scrub_text(it[0], it[1], it[2], -364, use_spacy=False),
                                                items))
        best["peer"] = max(best["peer"], rate(lambda it: pipeline(it[1])(it[0]), items))
    ours, rules, peer = best["ours"], best["rules"], best["peer"]
    print(f"{len(items)} reports, mean {chars:.0f} characters, one process (one core)")
    print(f"ours (rules + dictionary + spaCy ruler): {ours:8.1f} reports/s per core")
    print(f"ours without spaCy layer:                {rules:8.1f} reports/s per core")
    print(f"peer spaCy blank + entity_ruler only:    {peer:8.1f} reports/s per core")
    print(f"ratio ours / peer: {ours / peer:.2f}")


if __name__ == "__main__":
    main()
