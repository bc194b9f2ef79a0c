"""bench/recurate: what adding a small export to a large corpus costs, against curating it alone.

Goal (issue 9): adding a 10-study export to a 200-study corpus costs <= 1.5x curating the 10 studies
alone. Both runs go through `radcurate.orchestrate.curate` (per-export job, then the corpus job) on a
fresh DAGSTER_HOME; the ratio printed is (add to corpus) / (alone).

    python bench/recurate.py --corpus-patients 120 --new-patients 6
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from radcurate.curation.synth import SynthOptions, load_truth, write_synthetic_export


def _studies(truth_path: Path) -> int:
    return sum(len(p["studies"]) for p in load_truth(truth_path)["patients"])


def _curate_timed(root: Path, exports: list[Path]) -> float:
    from radcurate.orchestrate import curate

    os.environ.update({"RADCURATE_DATA_DIR": str(root / "data"), "RADCURATE_VAULT_DIR": str(root / "vault"),
                       "DAGSTER_HOME": str(root / "home")})
    (root / "home").mkdir(parents=True, exist_ok=True)
    (root / "home" / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    start = time.perf_counter()
    result = curate(exports)
    if not result.success:
        raise SystemExit("curate failed")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus-patients", type=int, default=120, help="~1.7 studies per patient")
    parser.add_argument("--new-patients", type=int, default=6)
    parser.add_argument("--matrix", type=int, default=64)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("RADCURATE_SECRET", "bench-secret-0123456789abcdef")
    work = Path(tempfile.mkdtemp(prefix="radcurate-recurate-"))
    try:
        corpus = work / "exports" / "corpus"
        new = work / "exports" / "new"
        n_corpus = _studies(write_synthetic_export(corpus, SynthOptions(patients=args.corpus_patients, seed=1,
                                                                          matrix=args.matrix)))
        n_new = _studies(write_synthetic_export(new, SynthOptions(patients=args.new_patients, seed=2,
                                                                    matrix=args.matrix)))
        alone = _curate_timed(work / "alone", [new])
        _curate_timed(work / "big", [corpus])
        added = _curate_timed(work / "big", [new])
        print(json.dumps({"corpus_studies": n_corpus, "new_studies": n_new, "alone_s": round(alone, 2),
                          "add_to_corpus_s": round(added, 2), "ratio": round(added / alone, 3), "goal": "<= 1.5"}))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
