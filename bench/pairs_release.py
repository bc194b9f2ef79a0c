"""bench/pairs_release: memory of image_text_pairs, vqa_items and dataset, and the release rerun (issue 17).

A synthetic export of N patients is curated (export job, then corpus job, as bench/scale runs them); then,
each in its own fresh process (imports paid before the timer, bench/legs.py): the imports alone (the
baseline peak RSS), image_text_pairs rendered from scratch (its table and stored images removed first),
vqa_items, dataset from scratch (releases removed), and dataset again with nothing changed. Printed per
leg: wall and CPU seconds, peak RSS (MiB), the asset step's own wall seconds and the release's shard counts
(written / reused / bytes hashed); and the data dir's bytes in the image_text_pairs table and image store.

    python bench/pairs_release.py --patients 40 --matrix 64

Run the same script from a checkout of an older commit for the "before" column (it uses only the Dagster
job and the asset keys, which did not change).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from legs import run_leg

REPO = Path(__file__).resolve().parents[1]
LEGS = (("imports_only", "none"), ("image_text_pairs", "image_text_pairs"), ("vqa_items", "vqa_items"),
        ("dataset", "dataset"), ("dataset_rerun", "dataset"))


def _leg(asset: str) -> None:
    """Child process: materialize one corpus asset (and its checks) and print timings as JSON."""
    started = time.perf_counter()
    import dagster as dg

    from radcurate.definitions import defs

    startup = time.perf_counter() - started
    startup_cpu = time.process_time()
    start = time.perf_counter()
    if asset == "none":   # the start-up's own peak memory, to read the others against
        print(json.dumps({"ok": True, "startup_s": round(startup, 2), "startup_cpu_s": round(startup_cpu, 2),
                          "seconds": 0.0}))
        return
    with dg.DagsterInstance.get() as instance:
        run = defs.resolve_job_def("curate_corpus").execute_in_process(
            instance=instance, raise_on_error=False, asset_selection=[dg.AssetKey(asset)],
            run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}})
    seconds = round(time.perf_counter() - start, 2)
    with dg.DagsterInstance.get() as instance:
        steps = {s.step_key: round(s.end_time - s.start_time, 2) for s in instance.get_run_step_stats(run.run_id)
                 if s.start_time and s.end_time}
        event = instance.get_latest_materialization_event(dg.AssetKey(asset))
        meta = event.asset_materialization.metadata if event and event.asset_materialization else {}
    shown = {k: v.value for k, v in meta.items() if k.startswith(("shard", "files", "images_collected"))}
    print(json.dumps({"ok": run.success, "startup_s": round(startup, 2), "startup_cpu_s": round(startup_cpu, 2),
                      "seconds": seconds, "step_s": steps.get(asset), "metadata": shown}))


def _bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else 0


def _prepare(leg: str, data: Path) -> None:
    if leg == "image_text_pairs":
        shutil.rmtree(data / "tables" / "image_text_pairs", ignore_errors=True)
        shutil.rmtree(data / "images", ignore_errors=True)
    elif leg == "dataset":
        shutil.rmtree(data / "releases", ignore_errors=True)
        (data / "dataset").unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=40)
    parser.add_argument("--matrix", type=int, default=64)
    parser.add_argument("--leg", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.leg:
        _leg(args.leg)
        return
    root = Path(tempfile.mkdtemp(prefix="radcurate-pairs-release-"))
    try:
        export, data = root / "exports" / "bench", root / "data"
        env = {**os.environ, "RADCURATE_SECRET": os.environ.get("RADCURATE_SECRET", "bench-secret-0123456789abcdef"),
               "RADCURATE_DATA_DIR": str(data), "RADCURATE_VAULT_DIR": str(root / "vault"),
               "DAGSTER_HOME": str(root / "home"), "PYTHONPATH": str(REPO)}
        (root / "home").mkdir(parents=True)
        (root / "home" / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
        subprocess.run([sys.executable, "-m", "radcurate.cli", "synth", str(export), "--patients", str(args.patients),
                        "--matrix", str(args.matrix), "--seed", "1"], env=env, cwd=REPO, check=True,
                       stdout=subprocess.DEVNULL)
        for job in ("export", "corpus"):
            run_leg([sys.executable, str(REPO / "bench" / "scale.py"), "--leg", job, str(root), str(export)], env,
                    cwd=REPO, what=f"{job} job")
        out: dict[str, object] = {"patients": args.patients, "matrix": args.matrix}
        for leg, asset in LEGS:
            _prepare(leg, data)
            run = run_leg([sys.executable, __file__, "--leg", asset], env, cwd=REPO, what=leg)
            if not run.output["ok"]:
                raise SystemExit(f"{leg} failed")
            out[leg] = {"seconds": run.output["seconds"], "cpu_s": run.cpu_s, "peak_rss_mib": run.peak_rss_mib,
                        "step_s": run.output.get("step_s"), **run.output.get("metadata", {})}
        import pyarrow.parquet as pq

        pairs = [p for p in (data / "tables" / "image_text_pairs").rglob("*.parquet") if not p.name.startswith(".")]
        out["pairs"] = sum(pq.ParquetFile(p).metadata.num_rows for p in pairs)
        out["pairs_table_bytes"] = sum(p.stat().st_size for p in pairs)
        out["image_files"] = sum(1 for _ in (data / "images").glob("??/*.png"))
        out["image_store_bytes"] = _bytes(data / "images")
        out["release_bytes"] = _bytes(data / "dataset" / "data")
        print(json.dumps(out), flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
