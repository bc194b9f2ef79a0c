"""bench/scale: how every step's time and every job's peak memory grow with the corpus (issue 17).

For each N a synthetic corpus of N patients is written (small matrix), as one export of N or, with
`--export-patients K`, as ceil(N/K) exports of K (so a cost bounded by one export stays flat), then curated on
a fresh data dir, vault and DAGSTER_HOME: the per-export job (one run per export), the corpus job, and the
corpus job again with nothing changed.
Each job runs in its own fresh Python process (imports paid before its timer starts, and reported apart;
the interpreter's teardown skipped),
so its peak RSS is that job's alone (from wait4, its largest process). Printed: wall seconds per step,
CPU and wall seconds and peak RSS per job, the growth exponent of each (least squares of log value on
log N over the N >= 40 points; 1.0 = linear), and the peak RSS projected to 100k CT studies from a
straight line through the measured points.

    python bench/scale.py --patients 10 40 120 --matrix 64 --export-patients 10

Goals (issue 17): peak RSS at the largest N <= 1.2x its value at N=40; every step's exponent <= 1.1;
the unchanged corpus rerun <= 5% of the first.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from legs import run_leg

REPO = Path(__file__).resolve().parents[1]
TARGET_STUDIES = 100_000
TARGET_PAIRS = 1_200_000
# corpus_rerun: `radcurate curate`'s corpus stage with nothing changed (the job is not launched when its
# fingerprint is unchanged); corpus_forced: the corpus job run anyway (the UI, a code change).
JOBS = ("export", "corpus", "corpus_rerun", "corpus_forced")


def _leg(job: str, root: Path, export: Path) -> None:
    """Child process: run one job on `root`'s data dir / instance and print its timings as JSON."""
    started = time.perf_counter()
    import dagster as dg

    from curation.paths import DataPaths
    from radcurate.definitions import defs  # noqa: F401  (the start-up every leg pays)
    from radcurate.orchestrate import curate, run_corpus

    startup = time.perf_counter() - started
    startup_cpu = time.process_time()
    start = time.perf_counter()
    if job == "export":
        result = curate([export], corpus=False, log_level="WARNING")
        ok, run_ids = result.success, list(result.run_ids)
    else:  # as `radcurate curate` runs it: "corpus_rerun" is not launched when nothing changed
        with dg.DagsterInstance.get() as instance:
            instance_cpu = time.process_time() - startup_cpu  # opening the instance (curate has it open)
            run = run_corpus("curate_corpus", instance, DataPaths.from_env(),
                             {"loggers": {"console": {"config": {"log_level": "WARNING"}}}},
                             skip_unchanged=job == "corpus_rerun")
        ok, run_ids = (True, []) if run is None else (run.success, [run.run_id])
    seconds = time.perf_counter() - start
    reading = time.process_time()
    steps: dict[str, float] = {}
    with dg.DagsterInstance.get() as instance:
        for run_id in run_ids:
            for stat in instance.get_run_step_stats(run_id):
                if stat.start_time and stat.end_time:
                    steps[stat.step_key] = round(steps.get(stat.step_key, 0.0) + stat.end_time - stat.start_time, 3)
    print(json.dumps({"ok": ok, "launched": bool(run_ids), "startup_s": round(startup, 2),
                      "startup_cpu_s": round(startup_cpu, 2), "seconds": round(seconds, 2), "steps": steps,
                      "instance_cpu_s": round(instance_cpu, 2) if job != "export" else None,
                      "overhead_cpu_s": round(time.process_time() - reading, 2)}))


def _run_leg(job: str, root: Path, export: Path, env: dict[str, str]) -> dict:
    """One job in a fresh process; its JSON plus the process's peak RSS in MiB."""
    run = run_leg([sys.executable, __file__, "--leg", job, str(root), str(export)], env, cwd=REPO,
                  what=f"{job} leg")
    if not run.output["ok"]:
        raise SystemExit(f"{job} job failed at N={root.name}")
    return {**run.output, "peak_rss_mib": run.peak_rss_mib, "cpu_s": run.cpu_s}


def _exponent(ns: list[int], values: list[float]) -> float | None:
    points = [(math.log(n), math.log(v)) for n, v in zip(ns, values, strict=True) if n >= 40 and v > 0]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    den = sum((x - mx) ** 2 for x, _ in points)
    return round(sum((x - mx) * (y - my) for x, y in points) / den, 2) if den else None


def _projection(studies: list[int], rss: list[float]) -> tuple[float, float]:
    """Slope (MiB per study) and intercept of a least-squares line through (studies, RSS)."""
    mx, my = sum(studies) / len(studies), sum(rss) / len(rss)
    den = sum((x - mx) ** 2 for x in studies)
    slope = sum((x - mx) * (y - my) for x, y in zip(studies, rss, strict=True)) / den if den else 0.0
    return slope, my - slope * mx


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, nargs="+", default=[10, 40, 120])
    parser.add_argument("--matrix", type=int, default=64)
    parser.add_argument("--export-patients", type=int, default=None, metavar="K",
                        help="N patients arrive as ceil(N/K) exports of K, each curated by its own export run "
                             "(default: one export of N)")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--leg", nargs=3, metavar=("JOB", "ROOT", "EXPORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.leg:
        _leg(args.leg[0], Path(args.leg[1]), Path(args.leg[2]))
        sys.stdout.flush()
        os._exit(0)  # skip the interpreter's teardown of dagster's modules (~0.8 CPU-s), a cost of no job
    work = Path(tempfile.mkdtemp(prefix="radcurate-scale-"))
    rows: dict[int, dict] = {}
    try:
        for n in args.patients:
            rows[n] = _corpus_of(n, work / str(n), args.export_patients or n, args.matrix)
            row = rows[n]
            print(json.dumps({"patients": n, "studies": row["studies"], "exports": row["exports"],
                              "pairs": row["pairs"],
                              **{job: {k: row[job].get(k) for k in ("seconds", "cpu_s", "startup_s", "peak_rss_mib",
                                                                 "instance_cpu_s")}
                                 for job in JOBS}}), flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    _report(rows)


def _export_sizes(n: int, k: int) -> list[int]:
    """ceil(n / k) exports of k patients, the last holding the rest."""
    return [min(k, n - start) for start in range(0, n, k)]


def _corpus_of(n: int, root: Path, k: int, matrix: int) -> dict:
    """N patients as exports of K, each curated by its own export run (fresh process), then the corpus
    job and the corpus job again. The export job's figures: CPU and wall summed over its runs, steps
    summed, peak RSS the largest run's."""
    from curation.synth import SynthOptions, load_truth, write_synthetic_export

    secret = os.environ.get("RADCURATE_SECRET", "bench-secret-0123456789abcdef")
    env = {**os.environ, "RADCURATE_SECRET": secret,
           "RADCURATE_DATA_DIR": str(root / "data"), "RADCURATE_VAULT_DIR": str(root / "vault"),
           "DAGSTER_HOME": str(root / "home"), "PYTHONPATH": str(REPO)}
    (root / "home").mkdir(parents=True)
    (root / "home" / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    studies = 0
    exports = []
    for i, size in enumerate(_export_sizes(n, k), start=1):
        export = root / "exports" / f"scale_{n}_{i}"
        truth = write_synthetic_export(export, SynthOptions(patients=size, seed=i, matrix=matrix))
        studies += sum(len(p["studies"]) for p in load_truth(truth)["patients"])
        exports.append(export)
    row: dict = {"studies": studies, "exports": len(exports)}
    runs = [_run_leg("export", root, export, env) for export in exports]
    steps: dict[str, float] = {}
    for run in runs:
        for key, value in run["steps"].items():
            steps[key] = round(steps.get(key, 0.0) + value, 3)
    row["export"] = {"ok": True, "steps": steps, "seconds": round(sum(r["seconds"] for r in runs), 2),
                     "cpu_s": round(sum(r["cpu_s"] for r in runs), 2),
                     "startup_s": round(sum(r["startup_s"] for r in runs), 2),
                     "peak_rss_mib": max(r["peak_rss_mib"] for r in runs),
                     "per_run_rss_mib": [r["peak_rss_mib"] for r in runs]}
    for job in JOBS[1:]:
        row[job] = _run_leg(job, root, exports[0], env)
    row["pairs"] = _rows(root / "data", "image_text_pairs")
    return row


def _rows(data_dir: Path, table: str) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(f).metadata.num_rows for f in (data_dir / "tables" / table).rglob("*.parquet"))


def _report(rows: dict[int, dict]) -> None:
    ns = sorted(rows)
    print("\n| step | " + " | ".join(f"N={n} s" for n in ns) + " | exponent (N>=40) |")
    print("|---|" + "---|" * (len(ns) + 1))
    for job in JOBS:
        keys = sorted({k for n in ns for k in rows[n][job]["steps"]})
        for key in keys:
            values = [rows[n][job]["steps"].get(key, 0.0) for n in ns]
            print(f"| {job}: {key} | " + " | ".join(f"{v:.2f}" for v in values) + f" | {_exponent(ns, values)} |")
        for measure in ("seconds", "cpu_s"):
            values = [rows[n][job][measure] for n in ns]
            print(f"| **{job} job, {measure}** | " + " | ".join(f"{v:.2f}" for v in values)
                  + f" | {_exponent(ns, values)} |")
    print("\n| job | " + " | ".join(f"N={n} peak RSS MiB" for n in ns) + " | exponent | largest/N=40 | "
          f"MiB per study | at {TARGET_STUDIES:,} studies | MiB per 1k pairs | at {TARGET_PAIRS:,} pairs |")
    print("|---|" + "---|" * (len(ns) + 6))
    studies = [rows[n]["studies"] for n in ns]
    pairs = [rows[n]["pairs"] for n in ns]
    for job in JOBS:
        rss = [rows[n][job]["peak_rss_mib"] for n in ns]
        ratio = f"{rss[-1] / rss[ns.index(40)]:.2f}" if 40 in ns and ns[-1] != 40 else "-"
        slope, intercept = _projection(studies, rss)
        pslope, pintercept = _projection(pairs, rss)
        print(f"| {job} | " + " | ".join(f"{v:.0f}" for v in rss) + f" | {_exponent(ns, rss)} | {ratio} | "
              f"{slope:.3f} | {(intercept + slope * TARGET_STUDIES) / 1024:.1f} GiB | {pslope * 1000:.2f} | "
              f"{(pintercept + pslope * TARGET_PAIRS) / 1024:.1f} GiB |")
    print("\nprojection model: peak RSS = a + b * x, least squares over every N (x = corpus studies, or "
          "image_text_pairs rows), evaluated at the target; with exports of a fixed size the export job's "
          "peak is its largest run's, so its slope is what one run gains from the corpus around it")
    if any(rows[n]["exports"] > 1 for n in ns):
        print("export runs' peak RSS MiB: " + "; ".join(
            f"N={n}: {min(rows[n]['export']['per_run_rss_mib']):.0f}-{max(rows[n]['export']['per_run_rss_mib']):.0f}"
            for n in ns))
    big = ns[-1]
    per_study = rows[big]["export"]["cpu_s"] / rows[big]["studies"]
    per_export = rows[big]["corpus"]["cpu_s"] / rows[big]["exports"]
    print(f"CPU per unit at N={big}: export job {per_study:.2f} CPU-s per study "
          f"({per_study * TARGET_STUDIES / 3600:.0f} CPU-h for {TARGET_STUDIES:,} studies); corpus job first run "
          f"{per_export:.2f} CPU-s per export of this size, {rows[big]['corpus']['cpu_s'] / rows[big]['studies']:.3f} "
          "per study")
    first = [rows[n]["corpus"]["cpu_s"] for n in ns]
    for job, what in (("corpus_rerun", "as `radcurate curate` runs it"), ("corpus_forced", "the job run anyway")):
        again = [rows[n][job]["cpu_s"] for n in ns]
        launched = "launched" if all(rows[n][job].get("launched", True) for n in ns) else "not launched"
        print(f"\nunchanged corpus, {what} ({launched}) / first corpus run (CPU): " +
              ", ".join(f"N={n}: {a / f:.0%}" for n, f, a in zip(ns, first, again, strict=True)) + " (goal <= 5%)")
        opening = [(rows[n][job].get("instance_cpu_s") or 0.0, rows[n]["corpus"].get("instance_cpu_s") or 0.0)
                   for n in ns]
        print("  the same without opening the Dagster instance (`radcurate curate` has it open from the export "
              "runs): " + ", ".join(f"N={n}: {(a - o) / (f - of):.1%}"
                                    for n, f, a, (o, of) in zip(ns, first, again, opening, strict=True)))
    print("studies / exports / pairs: " + ", ".join(
        f"N={n}: {rows[n]['studies']} / {rows[n]['exports']} / {rows[n]['pairs']}" for n in ns))


if __name__ == "__main__":
    main()
