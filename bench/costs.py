"""bench/costs: measured per-study cost of every step, the input for the sizing table in docs/scaling.md.

Curates a synthetic export (default 4 patients at 512x512) through `radcurate.orchestrate.curate`, reads
each step's duration from the Dagster instance, and prints seconds per study / per volume / per image-text
pair, plus a projection to a target corpus (100k volumes, 1.2M image-text pairs) on N cores.

    python bench/costs.py --patients 4 --matrix 512 --target-volumes 100000 --target-pairs 1200000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
from pathlib import Path

import dagster as dg

from curation.paths import DataPaths
from curation.synth import SynthOptions, load_truth, write_synthetic_export
from curation.tables.io import read_table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=4)
    parser.add_argument("--matrix", type=int, default=512)
    parser.add_argument("--target-volumes", type=int, default=100_000)
    parser.add_argument("--target-pairs", type=int, default=1_200_000)
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1, help="cores of this machine")
    args = parser.parse_args()
    os.environ.setdefault("RADCURATE_SECRET", "bench-secret-0123456789abcdef")
    work = Path(tempfile.mkdtemp(prefix="radcurate-costs-"))
    try:
        export = work / "exports" / "bench"
        truth = load_truth(write_synthetic_export(export, SynthOptions(patients=args.patients, seed=3,
                                                                         matrix=args.matrix)))
        os.environ.update({"RADCURATE_DATA_DIR": str(work / "data"), "RADCURATE_VAULT_DIR": str(work / "vault"),
                           "DAGSTER_HOME": str(work / "home")})
        (work / "home").mkdir()
        (work / "home" / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
        from radcurate.orchestrate import curate

        result = curate([export], log_level="WARNING")
        if not result.success:
            raise SystemExit("curate failed")
        paths = DataPaths(work / "data", work / "vault")
        studies = sum(len(p["studies"]) for p in truth["patients"])
        volumes = read_table(paths, "volumes").num_rows
        pairs = read_table(paths, "image_text_pairs").num_rows
        files = read_table(paths, "dicom_index").num_rows
        steps: dict[str, float] = {}
        with dg.DagsterInstance.get() as instance:
            for run_id in result.run_ids:
                for stat in instance.get_run_step_stats(run_id):
                    if stat.end_time and stat.start_time:
                        steps[stat.step_key] = steps.get(stat.step_key, 0.0) + stat.end_time - stat.start_time
        per_volume = {k: v / max(volumes, 1) for k, v in steps.items()}
        cpu_s_per_volume = sum(per_volume.values())
        core_hours = cpu_s_per_volume * args.target_volumes / 3600
        print(json.dumps({
            "matrix": args.matrix, "studies": studies, "files": files, "volumes": volumes, "image_text_pairs": pairs,
            "step_seconds": {k: round(v, 2) for k, v in sorted(steps.items())},
            "seconds_per_volume": round(cpu_s_per_volume, 3),
            "seconds_per_study": round(sum(steps.values()) / studies, 3),
            "projection": {"target_volumes": args.target_volumes, "target_pairs": args.target_pairs,
                           "single_machine_hours": round(core_hours, 1), "cores_measured": args.cores},
        }, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
