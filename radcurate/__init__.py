"""radcurate: radiology data curation as a Dagster asset graph."""

__version__ = "0.1.0"
