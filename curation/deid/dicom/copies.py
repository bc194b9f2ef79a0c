"""De-identified DICOM copies of one export, for sharing with a partner (the `deid_dicom` asset).

Reads the files the index accounted for (file_id -> path via the vault), de-identifies each with
`deidentify_dataset` and writes it atomically to
`data_dir/deid_dicom/<export_id>/<study_uid>/<series_uid>/<sop_uid>.dcm` (all pseudonymized UIDs, so
no path under the data dir carries PHI). Instances the index excluded, and instances with burned-in
text unless allow-listed, are skipped with a reason; a file that fails to de-identify or write is
recorded as failed with its reason (step and error type) and the run goes on. Before a file is
written, `verify.leftovers` scans every element of the output at every depth for any original UID,
person name or date; a file that still carries one is not written (failed, `verify:original_uid`...).
"""

from __future__ import annotations

import io
import logging
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pydicom import dcmread
from pydicom.errors import InvalidDicomError

from curation.deid.dicom.deidentify import deidentify_dataset, image_exclusion_reason
from curation.deid.dicom.options import DeidOptions
from curation.deid.dicom.verify import leftovers
from curation.deid.dicom.write import dataset_bytes
from curation.keys import Pseudonymizer
from curation.paths import DataPaths
from curation.vault import Vault

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IndexedFile:
    """The part of a dicom_index row the copier needs."""

    file_id: str
    patient_pid: str | None
    role: str
    excluded_reason: str | None = None


@dataclass(frozen=True)
class CopyReport:
    """Every file has exactly one outcome: written, skipped (excluded, with a reason) or failed (with a
    reason naming the step and the error type, never a value or a path)."""

    written: int
    skipped: Mapping[str, int] = field(default_factory=dict)    # reason -> count
    relative_paths: tuple[str, ...] = ()                        # written files, relative to the data dir
    failed: Mapping[str, int] = field(default_factory=dict)     # reason -> count

    @property
    def total(self) -> int:
        return self.written + sum(self.skipped.values()) + sum(self.failed.values())


def deid_output_path(paths: DataPaths, export_id: str, study_uid: str, series_uid: str, sop_uid: str) -> Path:
    for name, uid in (("study_uid", study_uid), ("series_uid", series_uid), ("sop_uid", sop_uid)):
        if not uid or not uid.startswith("2.25."):
            raise ValueError(f"{name}: expected a pseudonymized 2.25 UID")
    return paths.deid_dicom_dir / export_id / study_uid / series_uid / f"{sop_uid}.dcm"


def _save_atomic(data: bytes, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".tmp-{os.getpid()}-", suffix=".dcm", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_deidentified_copies(paths: DataPaths, vault: Vault, pseudonymizer: Pseudonymizer, export_id: str,
                              files: Iterable[IndexedFile], options: DeidOptions | None = None) -> CopyReport:
    """Write de-identified copies of `files` (one export's index rows); returns counts, never PHI.

    One file that cannot be de-identified or written is recorded as failed with its reason; the run
    goes on with the others.
    """
    options = options or DeidOptions()
    source = vault.export_source(export_id)
    file_map = vault.read_file_map(export_id)
    phi = {pid: tuple(p.strings()) for pid, p in vault.read_patient_phi([export_id]).items()}
    skipped: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    written: list[str] = []
    items = sorted(files, key=lambda f: f.file_id)
    for item in items:
        if item.role == "excluded":
            skipped[item.excluded_reason or "excluded"] += 1
            continue
        relative = file_map.get(item.file_id)
        if relative is None:
            skipped["not_in_file_map"] += 1
            continue
        if not item.patient_pid:        # e.g. a DICOMDIR: no patient, and its file paths would not hold
            skipped["no_patient"] += 1
            continue
        try:
            outcome, detail = _copy_one(paths, export_id, source / relative, item,
                                        pseudonymizer, options, phi.get(item.patient_pid, ()))
        except Exception as exc:        # one bad file must not fail the run; recorded by type, never message
            outcome, detail = "failed", f"copy:{type(exc).__name__}"
        if outcome == "written":
            written.append(detail)
        else:
            (skipped if outcome == "skipped" else failed)[detail] += 1
            if outcome == "failed":
                log.warning("file %s: not copied (%s)", item.file_id, detail)
    report = CopyReport(len(written), dict(sorted(skipped.items())), tuple(sorted(written)),
                        dict(sorted(failed.items())))
    if report.total != len(items):  # nothing lost, nothing counted twice
        raise RuntimeError(f"export {export_id}: {len(items)} files but {report.total} outcomes")
    log.info("export %s: %d de-identified copies, %d skipped, %d failed", export_id, report.written,
             sum(skipped.values()), sum(failed.values()))
    return report


def _copy_one(paths: DataPaths, export_id: str, path: Path, item: IndexedFile, pseudonymizer: Pseudonymizer,
              options: DeidOptions, phi: tuple[str, ...]) -> tuple[str, str]:
    """("written", relative path) | ("skipped", reason) | ("failed", reason) for one file."""
    try:
        ds = dcmread(path)
    except (InvalidDicomError, OSError, ValueError, EOFError) as exc:
        return "failed", f"read:{type(exc).__name__}"
    reason = image_exclusion_reason(ds, options)
    if reason:
        return "skipped", reason
    try:
        out = deidentify_dataset(ds, pseudonymizer=pseudonymizer, patient_pid=item.patient_pid, options=options,
                                 phi_strings=phi)
    except Exception as exc:            # the message may quote a value: the type only
        return "failed", f"deidentify:{type(exc).__name__}"
    try:
        target = deid_output_path(paths, export_id, str(out.get("StudyInstanceUID", "")),
                                  str(out.get("SeriesInstanceUID", "")), str(out.get("SOPInstanceUID", "")))
    except ValueError:
        return "skipped", "missing_uid"
    try:
        data = dataset_bytes(out)
    except Exception as exc:
        return "failed", f"write:{type(exc).__name__}"
    found = leftovers(ds, dcmread(io.BytesIO(data), force=True), pseudonymizer=pseudonymizer, options=options,
                      patient_pid=item.patient_pid)
    if not found.clean:
        return "failed", f"verify:{found.reason}"      # never written: an original value survived
    _save_atomic(data, target)
    return "written", paths.relative(target)
