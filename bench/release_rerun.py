"""bench/release_rerun: the release on image-heavy synthetic tables: first build, unchanged rerun, export added.

Writes `--exports` exports of `--patients` patients each, one slice image per patient (noise PNG of `--size`
pixels, ~size² bytes, incompressible like a worst case) with two captions each (two image_text_pairs rows,
one VQA item per pair), then runs `build_release` in fresh processes (bench/legs.py: CPU from wait4 minus the
imports, peak RSS of the process): the first release, the same again with nothing changed, and again after
one more export was added. Works on the code before and after issue 17's image store: the rows carry inline
PNG bytes when image_text_pairs has an `image` column, else a stored image reference.

    python bench/release_rerun.py --exports 4 --patients 100 --size 512
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

from legs import run_leg

REPO = Path(__file__).resolve().parents[1]


def _write_export(data_dir: Path, export_id: str, patients: int, size: int, pairs: list[dict], vqa: list[dict]) -> None:
    import numpy as np

    from curation.keyslices.render import png_bytes
    from curation.paths import DataPaths
    from curation.tables import write_table
    from curation.tables.schemas import schema_for

    paths = DataPaths(data_dir, data_dir.parent / "vault")
    inline = "image" in schema_for("image_text_pairs").names
    volumes, reports = [], []
    for n in range(patients):
        pid = f"P{export_id[-4:]}{n:05d}"
        vid, rid, rel = f"V{pid}", f"R{pid}", f"volumes/{export_id}/V{pid}.nii.gz"
        (data_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        (data_dir / rel).write_bytes(b"nifti" + pid.encode())
        volumes.append({"volume_id": vid, "export_id": export_id, "patient_pid": pid, "study_uid": f"2.25.{pid}",
                        "modality": "CT", "plane": "axial", "path": rel, "training_role": "primary"})
        reports.append({"report_id": rid, "export_id": export_id, "patient_pid": pid, "study_uid": f"2.25.{pid}",
                        "lang": "de", "text": f"Befund {pid}", "text_sha256": f"h{pid}",
                        "link_status": "linked_accession", "report_date": dt.date(2020, 1, 1)})
        png = png_bytes(np.random.default_rng(zlib.crc32(pid.encode())).integers(0, 255, (size, size), dtype=np.uint8))
        if inline:
            image = {"image": {"bytes": png, "path": None}}
        else:
            from curation.keyslices.images import store_png

            sha, image_rel = store_png(data_dir, png)
            image = {"image_path": image_rel, "image_sha256": sha}
        for k, caption in enumerate(("Rundherd", "Rundherd, 6 mm")):
            pairs.append({"pair_id": f"T{pid}{k}", "volume_id": vid, "volume_path": rel, "slice_index": 3,
                          "report_id": rid, "patient_pid": pid, "modality": "CT", "plane": "axial", "window": "lung",
                          "caption_de": caption, "source": "snippet", "lang": "de", **image})
            vqa.append({"item_id": f"Q{pid}{k}", "pair_id": f"T{pid}{k}", "volume_id": vid, "slice_index": 3,
                        "report_id": rid, "lang": "de", "question": f"Frage {k}?", "answer": "ja"})
    write_table(paths, "volumes", volumes, export_id=export_id)
    write_table(paths, "reports", reports, export_id=export_id)


def _corpus(data_dir: Path, exports: int, patients: int, size: int) -> None:
    from curation.paths import DataPaths
    from curation.tables import write_table

    pairs: list[dict] = []
    vqa: list[dict] = []
    for e in range(exports):
        _write_export(data_dir, f"exp_{e:04d}", patients, size, pairs, vqa)
    paths = DataPaths(data_dir, data_dir.parent / "vault")
    write_table(paths, "image_text_pairs", pairs)
    write_table(paths, "vqa_items", vqa)


def _leg(data_dir: Path) -> None:
    started = time.perf_counter()
    from curation.paths import DataPaths
    from curation.release import build_release

    startup_cpu, startup = time.process_time(), time.perf_counter() - started
    start = time.perf_counter()
    summary = build_release(DataPaths(data_dir, data_dir.parent / "vault"), provenance={}, deid_profile="bench")
    shards = getattr(summary, "shards", None)
    print(json.dumps({"startup_s": round(startup, 2), "startup_cpu_s": round(startup_cpu, 2),
                      "seconds": round(time.perf_counter() - start, 2), "files": len(summary.files),
                      "release_bytes": sum(f.bytes for f in summary.files),
                      "written": shards.written if shards else len(summary.files),
                      "reused": shards.reused if shards else 0,
                      "bytes_hashed": shards.bytes_hashed if shards else sum(f.bytes for f in summary.files)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--exports", type=int, default=4)
    parser.add_argument("--patients", type=int, default=100, help="per export")
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--leg", help=argparse.SUPPRESS)
    parser.add_argument("--add", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.leg:
        _leg(Path(args.leg))
        return
    if args.add:
        _corpus(Path(args.add), args.exports, args.patients, args.size)
        return
    root = Path(tempfile.mkdtemp(prefix="radcurate-release-rerun-"))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    data = root / "data"
    try:
        out: dict[str, object] = {"exports": args.exports, "patients_per_export": args.patients, "size": args.size}
        for name, exports in (("first", args.exports), ("rerun", None), ("export_added", args.exports + 1)):
            if exports is not None:
                subprocess.run([sys.executable, __file__, "--add", str(data), "--exports", str(exports),
                                "--patients", str(args.patients), "--size", str(args.size)], env=env, check=True)
            run = run_leg([sys.executable, __file__, "--leg", str(data)], env, cwd=REPO, what=name)
            out[name] = {**{k: v for k, v in run.output.items() if not k.startswith("startup")},
                         "cpu_s": run.cpu_s, "peak_rss_mib": run.peak_rss_mib}
        print(json.dumps(out), flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
