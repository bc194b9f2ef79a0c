"""Index a whole export: every DICOM candidate ends in exactly one of dicom_index or quarantine."""

from __future__ import annotations

import logging
import posixpath
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from curation.export_layout import is_report_table, walk_export
from curation.index.chunk import read_paths
from curation.index.parallel import default_workers, map_chunks
from curation.index.phi import PhiCollector
from curation.index.reader import IndexRow, QuarantineRow, clean_text
from curation.keys import Pseudonymizer
from curation.vault import PatientPhi

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IndexResult:
    """What one export's index produced. `file_map` and `patients` belong in the vault only."""

    index_rows: tuple[IndexRow, ...]
    quarantine_rows: tuple[QuarantineRow, ...]
    file_map: dict[str, str]          # file_id -> relative path, every file of the export
    patients: tuple[PatientPhi, ...]
    seconds: float

    @property
    def files(self) -> int:
        return len(self.index_rows) + len(self.quarantine_rows)

    def role_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(r.role for r in self.index_rows).items()))

    def quarantine_counts(self) -> dict[str, int]:
        """Quarantined files by reason code (empty, not_dicom, truncated, missing_tag, unreadable)."""
        return dict(sorted(Counter(q.reason_code for q in self.quarantine_rows).items()))

    @property
    def files_per_second(self) -> float:
        return self.files / self.seconds if self.seconds > 0 else float("inf")


def build_index(export_dir: Path, export_id: str, pseudonymizer: Pseudonymizer,
                workers: int | None = None) -> IndexResult:
    """Read every DICOM candidate of `export_dir` once (headers only, pseudonymized at first read)."""
    export_dir = Path(export_dir)
    if not export_dir.is_dir():
        raise ValueError(f"export_dir of export {export_id} is not a folder")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    start = time.perf_counter()
    walk = walk_export(export_dir)  # one walk of the tree (dicom_candidates walks again)
    candidates = [rel for rel in walk.files if not is_report_table(rel)]
    reader = partial(read_paths, str(export_dir.resolve()), export_id, pseudonymizer)
    results = map_chunks(reader, candidates, workers or default_workers())
    rows: list[IndexRow] = []
    quarantined: list[QuarantineRow] = []
    phi = PhiCollector()
    for result in results:
        phi.merge(result.phi)
        for outcome in result.outcomes:
            (rows if isinstance(outcome, IndexRow) else quarantined).append(outcome)
    quarantined = attribute_unreadable(quarantined, rows, {pseudonymizer.file_id(rel): rel for rel in candidates})
    # links to nothing, loops, FIFOs, devices...: never opened, quarantined with their reason
    for entry in walk.skipped:
        file_id = pseudonymizer.file_id(entry.relative_path)
        quarantined.append(QuarantineRow(export_id, file_id, f"{entry.code}: file {file_id} {entry.detail}"))
    expected = len(candidates) + len(walk.skipped)
    if len(rows) + len(quarantined) != expected:  # nothing lost, nothing counted twice
        raise RuntimeError(f"export {export_id}: {expected} entries but {len(rows) + len(quarantined)} outcomes")
    rows = reclean_descriptions(rows, phi)
    file_map = {pseudonymizer.file_id(rel): rel for rel in walk.entries}
    seconds = time.perf_counter() - start
    log.info("export %s: %d files indexed, %d quarantined in %.2f s", export_id, len(rows),
             len(quarantined), seconds)
    return IndexResult(tuple(rows), tuple(quarantined), file_map, tuple(phi.patients()), seconds)


def attribute_unreadable(quarantined: Sequence[QuarantineRow], rows: Sequence[IndexRow],
                         paths_by_id: dict[str, str]) -> list[QuarantineRow]:
    """Give each unreadable file the series of the other images in its folder when they are one series
    (exports keep a series per folder); in a folder of several series (or none) it stays unattributed."""
    series_by_folder: dict[str, set[str]] = {}
    for row in rows:
        if row.role == "image" and row.series_uid:
            series_by_folder.setdefault(posixpath.dirname(paths_by_id[row.file_id]), set()).add(row.series_uid)
    out = []
    for q in quarantined:
        if q.reason_code == "unreadable" and q.file_id in paths_by_id:
            found = series_by_folder.get(posixpath.dirname(paths_by_id[q.file_id]), set())
            if len(found) == 1:
                q = replace(q, series_uid=next(iter(found)))
        out.append(q)
    return out


def reclean_descriptions(rows: Sequence[IndexRow], phi: PhiCollector) -> list[IndexRow]:
    """Clean every description again with the export's complete dictionary.

    At read time a file only knows the PHI its own chunk has seen so far. Here each description is
    cleaned with its patient's complete tokens and with the site-level phrases (institutions,
    addresses, stations...) of every patient of the export: an institution named on one patient's
    images must not survive in another patient's study description.
    """
    phrases = tuple(sorted({v for pid in phi.fields_by_patient for v in phi.terms_for_phrases(pid)}))
    out: list[IndexRow] = []
    for row in rows:
        if row.patient_pid and (row.series_description or row.study_description):
            tokens = tuple(phi.terms_for_tokens(row.patient_pid))
            row = replace(row, series_description=clean_text(row.series_description, tokens, phrases),
                          study_description=clean_text(row.study_description, tokens, phrases))
        out.append(row)
    return out
