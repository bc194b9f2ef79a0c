"""The DICOM index: every export file read once, headers only, pseudonymized at the first read."""

from curation.index.build import IndexResult, build_index
from curation.index.reader import IndexRow, QuarantineRow, read_file

__all__ = ["IndexResult", "IndexRow", "QuarantineRow", "build_index", "read_file"]
