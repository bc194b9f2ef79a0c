"""The unit of work a pool worker runs: read one chunk of files of an export."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from curation.index.phi import PhiCollector
from curation.index.reader import IndexRow, QuarantineRow, read_file
from curation.keys import Pseudonymizer


@dataclass(frozen=True)
class ChunkResult:
    """Outcomes in input order, and the PHI of the chunk aggregated per patient (little to pickle)."""

    outcomes: tuple[IndexRow | QuarantineRow, ...]
    phi: PhiCollector


def read_paths(export_dir: str, export_id: str, pseudonymizer: Pseudonymizer,
               relative_paths: Sequence[str]) -> ChunkResult:
    """Read every file of one chunk (bind the first three arguments with functools.partial)."""
    root = os.path.join(export_dir, "")  # plain strings: a pathlib join per file costs more than a header read
    phi = PhiCollector()
    outcomes = tuple(read_file(root + rel, rel, export_id, pseudonymizer, phi) for rel in relative_paths)
    return ChunkResult(outcomes, phi)
