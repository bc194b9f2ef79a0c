"""Partitions and asset groups shared by all asset modules."""

from __future__ import annotations

import dagster as dg

EXPORTS_PARTITION = "exports"
exports_partitions = dg.DynamicPartitionsDefinition(name=EXPORTS_PARTITION)

# Per-export assets (partitioned by `exports`), corpus assets (consolidate all exports), training.
EXPORT_GROUP = "export"
CORPUS_GROUP = "corpus"
TRAINING_GROUP = "training"
GPU_POOL = "gpu"
