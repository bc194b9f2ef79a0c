"""Scoring of description cleaning as dicom_index does it: one small CT file per case, read by the index's
reader and re-cleaned with the export's dictionary, exactly as `build_index` does."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian

from curation.index.build import reclean_descriptions
from curation.index.phi import PhiCollector
from curation.index.reader import IndexRow, read_file
from curation.keys import Pseudonymizer
from tests.curation.index.descriptions_heldout import Case


@dataclass(frozen=True)
class Score:
    phi_total: int
    phi_left: int
    keep_total: int
    keep_kept: int
    misses: tuple[tuple[int, str], ...]      # (case number, "phi"/"keep") for failures

    @property
    def phi_removed(self) -> float:
        return 1 - self.phi_left / self.phi_total if self.phi_total else 1.0

    @property
    def keep_rate(self) -> float:
        return self.keep_kept / self.keep_total if self.keep_total else 1.0


def _file(case: Case, n: int, path: Path) -> None:
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    ds.file_meta.MediaStorageSOPInstanceUID = f"1.2.826.0.1.3680043.95.{n}.3"
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    ds.SOPInstanceUID = f"1.2.826.0.1.3680043.95.{n}.3"
    ds.StudyInstanceUID = f"1.2.826.0.1.3680043.95.{n}.1"
    ds.SeriesInstanceUID = f"1.2.826.0.1.3680043.95.{n}.2"
    ds.Modality = "CT"
    ds.PatientID = f"HX{n:05d}"
    ds.PatientName = "Placeholder^Case"
    ds.StudyDate = "20240305"
    ds.Rows = ds.Columns = 2
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 0
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.PixelData = b"\x00" * 8
    for keyword, value in case.header.items():
        setattr(ds, keyword, value)
    setattr(ds, "SeriesDescription" if case.kind == "series" else "StudyDescription", case.text)
    ds.save_as(path, enforce_file_format=True)


def cleaned(case: Case, n: int, pseudonymizer: Pseudonymizer) -> str | None:
    """The description of `case` as it lands in dicom_index."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"case{n}.dcm"
        _file(case, n, path)
        phi = PhiCollector()
        row = read_file(path, path.name, "heldout", pseudonymizer, phi)
        assert isinstance(row, IndexRow), row
        (row,) = reclean_descriptions([row], phi)
    return row.series_description if case.kind == "series" else row.study_description


def _present(word: str, text: str) -> bool:
    return re.search(r"(?<![^\W_])" + re.escape(word) + r"(?![^\W_])", text, re.IGNORECASE) is not None


def measure(cases: tuple[Case, ...], pseudonymizer: Pseudonymizer) -> Score:
    phi_total = phi_left = keep_total = keep_kept = 0
    misses: list[tuple[int, str]] = []
    for n, case in enumerate(cases):
        out = cleaned(case, n, pseudonymizer) or ""
        left = sum(_present(w, out) for w in case.phi)
        kept = sum(_present(w, out) for w in case.keep)
        phi_total += len(case.phi)
        phi_left += left
        keep_total += len(case.keep)
        keep_kept += kept
        if left:
            misses.append((n, "phi"))
        if kept < len(case.keep):
            misses.append((n, "keep"))
    return Score(phi_total, phi_left, keep_total, keep_kept, tuple(misses))


if __name__ == "__main__":
    from tests.curation.index.descriptions_heldout import CASES

    score = measure(CASES, Pseudonymizer(b"heldout-descriptions-key-0123456789"))
    print(f"phi removed {score.phi_total - score.phi_left}/{score.phi_total} = {score.phi_removed:.3f}; "
          f"keep {score.keep_kept}/{score.keep_total} = {score.keep_rate:.3f}; cases missed: {len(score.misses)}")
