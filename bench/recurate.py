"""bench/recurate: what adding a small export to a large corpus costs, against curating it alone.

Goal (issue 17): adding a small export to a corpus costs <= 1.2x curating it alone (issue 9: <= 1.5x).
Every leg goes through `radcurate.orchestrate.curate` (per-export job, then the corpus job) in its own
fresh Python process that imports dagster and the Definitions before its timer starts, so both legs
pay the same start-up and neither is timed with it; the ratio printed is (add to corpus) / (alone).

    python bench/recurate.py --corpus-patients 120 --new-patients 6
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from legs import run_leg

from curation.synth import SynthOptions, load_truth, write_synthetic_export


def _studies(truth_path: Path) -> int:
    return sum(len(p["studies"]) for p in load_truth(truth_path)["patients"])


def _curate_timed(root: Path, export: Path) -> tuple[float, dict[str, float]]:
    """Child process: imports first (untimed), then wall seconds of `curate` and seconds per step."""
    import dagster as dg

    from radcurate.orchestrate import curate

    start = time.perf_counter()
    result = curate([export], log_level="WARNING")
    seconds = time.perf_counter() - start
    if not result.success:
        raise SystemExit("curate failed")
    steps: dict[str, float] = {}
    with dg.DagsterInstance.get() as instance:
        for run_id in result.run_ids:
            for stat in instance.get_run_step_stats(run_id):
                if stat.start_time and stat.end_time:
                    steps[stat.step_key] = round(steps.get(stat.step_key, 0.0) + stat.end_time - stat.start_time, 2)
    return seconds, steps


def _leg(root: Path, export: Path) -> tuple[float, float, dict[str, float]]:
    """`curate` of `export` into `root` (data dir, vault, DAGSTER_HOME) in a fresh process: wall seconds,
    CPU seconds (the process and its workers, from wait4, start-up excluded) and seconds per step."""
    (root / "home").mkdir(parents=True, exist_ok=True)
    (root / "home" / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    env = {**os.environ, "RADCURATE_DATA_DIR": str(root / "data"), "RADCURATE_VAULT_DIR": str(root / "vault"),
           "DAGSTER_HOME": str(root / "home"), "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    leg = run_leg([sys.executable, __file__, "--leg", str(root), str(export)], env)
    return leg.output["seconds"], leg.cpu_s, leg.output["steps"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus-patients", type=int, default=120, help="~1.7 studies per patient")
    parser.add_argument("--new-patients", type=int, default=6)
    parser.add_argument("--matrix", type=int, default=64)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--leg", nargs=2, metavar=("ROOT", "EXPORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.leg:
        import radcurate.definitions  # the start-up every leg pays before its timer
        import radcurate.orchestrate  # noqa: F401

        startup_cpu = time.process_time()
        seconds, steps = _curate_timed(Path(args.leg[0]), Path(args.leg[1]))
        print(json.dumps({"seconds": seconds, "startup_cpu_s": startup_cpu, "steps": steps}))
        return
    os.environ.setdefault("RADCURATE_SECRET", "bench-secret-0123456789abcdef")
    work = Path(tempfile.mkdtemp(prefix="radcurate-recurate-"))
    try:
        corpus = work / "exports" / "corpus"
        new = work / "exports" / "new"
        n_corpus = _studies(write_synthetic_export(corpus, SynthOptions(patients=args.corpus_patients, seed=1,
                                                                          matrix=args.matrix)))
        n_new = _studies(write_synthetic_export(new, SynthOptions(patients=args.new_patients, seed=2,
                                                                    matrix=args.matrix)))
        alone, alone_cpu, alone_steps = _leg(work / "alone", new)
        _leg(work / "big", corpus)
        added, added_cpu, added_steps = _leg(work / "big", new)
        slowest = sorted(added_steps, key=lambda k: added_steps[k] - alone_steps.get(k, 0.0), reverse=True)[:8]
        print(json.dumps({"corpus_studies": n_corpus, "new_studies": n_new, "alone_s": round(alone, 2),
                          "add_to_corpus_s": round(added, 2), "ratio": round(added / alone, 3), "goal": "<= 1.2",
                          "alone_cpu_s": round(alone_cpu, 2), "add_to_corpus_cpu_s": round(added_cpu, 2),
                          "cpu_ratio": round(added_cpu / alone_cpu, 3),
                          "steps_growing_most": {k: [alone_steps.get(k, 0.0), added_steps[k]] for k in slowest}},
                         indent=1))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
