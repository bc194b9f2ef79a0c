"""radcurate: radiology data curation as a Dagster asset graph."""
