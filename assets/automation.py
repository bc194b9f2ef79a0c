"""Jobs that the CLI, the sensor and the schedule launch."""

from __future__ import annotations

import dagster as dg

from assets.corpus_record import record_corpus_inputs
from assets.partitions import CORPUS_GROUP, EXPORT_GROUP

curate_export_job = dg.define_asset_job(
    "curate_export", selection=dg.AssetSelection.groups(EXPORT_GROUP),
    description="Curate one export (one partition of `exports`): index, series, volumes, reports, segmentations.")
curate_corpus_job = dg.define_asset_job(
    "curate_corpus", selection=dg.AssetSelection.groups(CORPUS_GROUP),
    description="Consolidate all exports into the corpus tables and the release.",
    hooks={record_corpus_inputs})  # a successful run records its input fingerprint (curation/corpus_runs.py)

JOBS = [curate_export_job, curate_corpus_job]
