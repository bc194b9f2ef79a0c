"""bench/deid_dicom_peers: DICOM de-identification on files nobody on the team wrote, radcurate vs peers.

Corpus: every file of pydicom's test data (pydicom + pydicom-data, dev extra) and of deid-data (dev
extra) that pydicom reads as DICOM, duplicates (same bytes) once. Each tool de-identifies every file
with its defaults and writes it to disk:
- radcurate: `deidentify_dataset` (default sharing profile) + `write.dataset_bytes`;
- dicognito: `Anonymizer().anonymize(ds)` + `save_as` (dicognito is in the dev extra);
- deid (pydicom/deid): `replace_identifiers(files, deid=DeidRecipe(), save=True, ...)`, its default
  recipe, in its own virtual environment (never the project's), set up once:

      python3 -m venv /tmp/deid-venv && /tmp/deid-venv/bin/pip install deid

  and run by this script as a subprocess (`--deid-python /tmp/deid-venv/bin/python`; this file then
  runs in `--peer-runner` mode there, importing only the standard library and deid).

Every output is then scanned by the same code (`curation.deid.dicom.verify`): every element at every
depth, file meta included, for the input's UIDs (DICOM-defined ones excepted), person-name words and
dates, plus its identifying values (ids, accession, institution, station, addresses: `PHI_KEYWORDS`)
and its private elements. Reported per tool: files written, crashes (an exception for the file),
files with any original UID / name / date / value left and the totals, private elements kept, and the
CPU seconds of the de-identify-and-write loop (the scan is not timed).

    PYTHONPATH=. python bench/deid_dicom_peers.py --deid-python /tmp/deid-venv/bin/python
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

TOOLS = ("radcurate", "dicognito", "deid")


def corpus() -> list[Path]:
    """pydicom's and deid-data's test files that pydicom reads as DICOM, each content once."""
    import deid_data
    from pydicom import dcmread
    from pydicom.data import get_testdata_files

    candidates = sorted({Path(p) for p in get_testdata_files()} | set(Path(deid_data.__file__).parent.rglob("*")))
    seen: set[str] = set()
    files: list[Path] = []
    for path in candidates:
        if not path.is_file():
            continue
        digest = hashlib.sha1(path.read_bytes()).hexdigest()
        if digest in seen:
            continue
        try:
            dcmread(path, stop_before_pixels=True)
        except Exception:  # README, zip, json, icc: not DICOM
            continue
        seen.add(digest)
        files.append(path)
    return files


def _run_radcurate(files: list[Path], out: Path) -> dict[int, str | None]:
    from pydicom import dcmread

    from curation.deid.dicom.deidentify import deidentify_dataset
    from curation.deid.dicom.write import dataset_bytes
    from curation.keys import Pseudonymizer

    pseudonymizer = Pseudonymizer(b"peer-bench-secret-0123456789abcdef")
    errors: dict[int, str | None] = {}
    for n, path in enumerate(files):
        try:
            ds = dcmread(path)
            pid = pseudonymizer.patient_pid(str(ds.get("PatientID", "")) or f"file:{n}")
            (out / f"{n}.dcm").write_bytes(dataset_bytes(deidentify_dataset(
                ds, pseudonymizer=pseudonymizer, patient_pid=pid)))
            errors[n] = None
        except Exception as exc:  # a crash of the tool on this file
            errors[n] = type(exc).__name__
    return errors


def _run_dicognito(files: list[Path], out: Path) -> dict[int, str | None]:
    from dicognito.anonymizer import Anonymizer
    from pydicom import dcmread

    anonymizer = Anonymizer()
    errors: dict[int, str | None] = {}
    for n, path in enumerate(files):
        try:
            ds = dcmread(path)
            anonymizer.anonymize(ds)
            ds.save_as(out / f"{n}.dcm")
            errors[n] = None
        except Exception as exc:
            errors[n] = type(exc).__name__
    return errors


def _run_deid_here(files: list[Path], out: Path) -> dict[int, str | None]:
    """Runs inside deid's own environment (`--peer-runner deid`)."""
    import logging

    here = Path(__file__).resolve().parent     # bench/deid.py would shadow the deid package
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    from deid.config import DeidRecipe
    from deid.dicom import replace_identifiers
    from deid.logger import bot

    bot.level = 0
    logging.disable(logging.CRITICAL)
    recipe = DeidRecipe()
    errors: dict[int, str | None] = {}
    for n, path in enumerate(files):
        folder = out / str(n)
        folder.mkdir()
        try:
            written = replace_identifiers([str(path)], deid=recipe, save=True, output_folder=str(folder),
                                          overwrite=True)
            produced = [Path(w) for w in written if isinstance(w, str) and Path(w).is_file()]
            if not produced:
                raise RuntimeError("no output file")
            produced[0].rename(out / f"{n}.dcm")
            errors[n] = None
        except Exception as exc:
            errors[n] = type(exc).__name__
        except SystemExit:             # deid's logger exits on some errors
            errors[n] = "SystemExit"
    return errors


def _timed(run, files: list[Path], out: Path) -> tuple[dict[int, str | None], float]:
    start = time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        errors = run(files, out)
    return errors, time.process_time() - start


def _run_deid(files: list[Path], out: Path, python: str) -> tuple[dict[int, str | None], float]:
    listing = out / "files.json"
    listing.write_text(json.dumps([str(p) for p in files]))
    done = subprocess.run([python, __file__, "--peer-runner", "deid", "--listing", str(listing), "--out", str(out)],
                          capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return {int(k): v for k, v in result["errors"].items()}, result["cpu_s"]


def _identifying_values(ds) -> set[str]:
    """The input's ids, accession, institution, station, address... values (names are counted apart)."""
    from pydicom.datadict import tag_for_keyword

    from curation.deid.dicom.header import PHI_KEYWORDS
    from curation.deid.dicom.verify import walk

    tags = {tag_for_keyword(k) for k in PHI_KEYWORDS}
    values = set()
    for tag, vr, value in walk(ds):
        text = value.decode("latin-1", "replace") if isinstance(value, bytes) else str(value)
        text = text.strip(" \x00")
        if tag in tags and vr != "PN" and len(text) >= 4 and len({c for c in text if c.isalnum()}) > 1:
            values.add(text.casefold())
    return values


def score(files: list[Path], out: Path, errors: dict[int, str | None]) -> dict[str, int]:
    from pydicom import dcmread

    from curation.deid.dicom.verify import count_leftovers, original_values, walk

    totals = dict.fromkeys(("written", "crashes", "files_with_uid", "files_with_name", "files_with_date",
                            "files_with_value", "uids_left", "names_left", "dates_left", "values_left",
                            "private_kept"), 0)
    for n, path in enumerate(files):
        target = out / f"{n}.dcm"
        if errors.get(n):
            totals["crashes"] += 1
            continue
        if not target.is_file():
            continue
        totals["written"] += 1
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            original, written = dcmread(path), dcmread(target, force=True)
            found = count_leftovers(written, original_values(original))
            values = _identifying_values(original)
            texts = [(v.decode("latin-1", "replace") if isinstance(v, bytes) else str(v)).casefold()
                     for level in (written, getattr(written, "file_meta", None)) if level is not None
                     for _, _, v in walk(level)]
            value_hits = sum(1 for value in values for text in texts if value in text)
            private = sum(1 for tag, _, _ in walk(written) if (tag >> 16) & 1 and tag & 0xFFFF >= 0x1000)
        for name, count in (("uid", found.uids), ("name", found.names), ("date", found.dates),
                            ("value", value_hits)):
            totals[f"{name}s_left"] += count
            totals[f"files_with_{name}"] += bool(count)
        totals["private_kept"] += private
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deid-python", help="python of deid's own venv (see the module docstring)")
    parser.add_argument("--peer-runner", choices=["deid"], help=argparse.SUPPRESS)
    parser.add_argument("--listing", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peer_runner:                        # inside deid's venv: stdlib + deid only
        files = [Path(p) for p in json.loads(Path(args.listing).read_text())]
        errors, cpu = _timed(_run_deid_here, files, Path(args.out))
        print(json.dumps({"errors": errors, "cpu_s": cpu}))
        return
    files = corpus()
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        for tool in TOOLS:
            out = Path(tmp) / tool
            out.mkdir()
            if tool == "deid":
                if not args.deid_python:
                    continue
                errors, cpu = _run_deid(files, out, args.deid_python)
            else:
                errors, cpu = _timed(_run_radcurate if tool == "radcurate" else _run_dicognito, files, out)
            rows[tool] = {**score(files, out, errors), "cpu_s": round(cpu, 2),
                          "crash_types": sorted({e for e in errors.values() if e})}
    print(json.dumps({"files": len(files), "tools": rows}, indent=1))


if __name__ == "__main__":
    sys.exit(main())
