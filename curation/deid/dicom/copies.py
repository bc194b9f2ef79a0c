"""De-identified DICOM copies of one export, for sharing with a partner (the `deid_dicom` asset).

Reads the files the index accounted for (file_id -> path via the vault), de-identifies each with
`deidentify_dataset` and writes it atomically to
`data_dir/deid_dicom/<export_id>/<study_uid>/<series_uid>/<sop_uid>.dcm` (all pseudonymized UIDs, so
no path under the data dir carries PHI). Instances the index excluded, and instances with burned-in
text unless allow-listed, are skipped with a reason.
"""

from __future__ import annotations

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
from curation.deid.dicom.write import dataset_bytes
from curation.keys import Pseudonymizer
from curation.paths import DataPaths
from curation.vault import Vault

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IndexedFile:
    """The part of a dicom_index row the copier needs."""

    file_id: str
    patient_pid: str
    role: str
    excluded_reason: str | None = None


@dataclass(frozen=True)
class CopyReport:
    written: int
    skipped: Mapping[str, int] = field(default_factory=dict)    # reason -> count
    relative_paths: tuple[str, ...] = ()                        # written files, relative to the data dir


def deid_output_path(paths: DataPaths, export_id: str, study_uid: str, series_uid: str, sop_uid: str) -> Path:
    for name, uid in (("study_uid", study_uid), ("series_uid", series_uid), ("sop_uid", sop_uid)):
        if not uid or not uid.startswith("2.25."):
            raise ValueError(f"{name}: expected a pseudonymized 2.25 UID")
    return paths.deid_dicom_dir / export_id / study_uid / series_uid / f"{sop_uid}.dcm"


def _save_atomic(ds, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".tmp-{os.getpid()}-", suffix=".dcm", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(dataset_bytes(ds))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_deidentified_copies(paths: DataPaths, vault: Vault, pseudonymizer: Pseudonymizer, export_id: str,
                              files: Iterable[IndexedFile], options: DeidOptions | None = None) -> CopyReport:
    """Write de-identified copies of `files` (one export's index rows); returns counts, never PHI."""
    options = options or DeidOptions()
    source = vault.export_source(export_id)
    file_map = vault.read_file_map(export_id)
    phi = {pid: tuple(p.strings()) for pid, p in vault.read_patient_phi([export_id]).items()}
    skipped: Counter[str] = Counter()
    written: list[str] = []
    for item in sorted(files, key=lambda f: f.file_id):
        if item.role == "excluded":
            skipped[item.excluded_reason or "excluded"] += 1
            continue
        relative = file_map.get(item.file_id)
        if relative is None:
            skipped["not_in_file_map"] += 1
            continue
        try:
            ds = dcmread(source / relative)
        except (InvalidDicomError, OSError, ValueError, EOFError):
            log.warning("file %s: unreadable, not copied", item.file_id)
            skipped["unreadable"] += 1
            continue
        reason = image_exclusion_reason(ds, options)
        if reason:
            skipped[reason] += 1
            continue
        out = deidentify_dataset(ds, pseudonymizer=pseudonymizer, patient_pid=item.patient_pid, options=options,
                                 phi_strings=phi.get(item.patient_pid, ()))
        try:
            target = deid_output_path(paths, export_id, str(out.get("StudyInstanceUID", "")),
                                      str(out.get("SeriesInstanceUID", "")), str(out.get("SOPInstanceUID", "")))
        except ValueError:
            log.warning("file %s: missing study/series/instance UID, not copied", item.file_id)
            skipped["missing_uid"] += 1
            continue
        _save_atomic(out, target)
        written.append(paths.relative(target))
    log.info("export %s: %d de-identified copies, %d skipped", export_id, len(written), sum(skipped.values()))
    return CopyReport(len(written), dict(sorted(skipped.items())), tuple(sorted(written)))
