"""The `dataset` asset: the Hugging Face release of everything curated so far."""


from importlib.metadata import version

import dagster as dg

from assets.partitions import CORPUS_GROUP
from curation.release import DEID_PROFILE, SplitPolicy, build_release, split_overlap
from curation.tables.io import table_exports
from curation.tables.snapshot import TablesSnapshot
from resources.storage import RadcurateStorage


class DatasetReleaseConfig(dg.Config):
    """Split ratios by patient; change the salt only to draw a new split on purpose."""

    train: float = 0.8
    validation: float = 0.1
    test: float = 0.1
    split_salt: str = "radcurate-split-v1"


@dg.asset(group_name=CORPUS_GROUP, code_version="2",
          deps=["image_text_pairs", "vqa_items", "grounding_items", "snippet_pairs", "reports", "volumes",
                "report_labels"])
def dataset(context: dg.AssetExecutionContext, config: DatasetReleaseConfig,
            storage: RadcurateStorage) -> dg.MaterializeResult:
    """Patient-split, deduplicated release shards with card and manifest, switched in atomically."""
    paths = storage.paths
    snapshot = TablesSnapshot.take(paths)  # the switch is refused if the tables change meanwhile
    policy = SplitPolicy({"train": config.train, "validation": config.validation, "test": config.test},
                         salt=config.split_salt)
    provenance = {"radcurate_version": version("radcurate"), "exports": ", ".join(table_exports(paths, "volumes")),
                  "code_version": context.assets_def.code_versions_by_key[context.asset_key] or "none"}
    summary = build_release(paths, policy=policy, provenance=provenance, deid_profile=DEID_PROFILE,
                            snapshot=snapshot)
    overlap = split_overlap(summary)
    if overlap:
        raise dg.Failure(f"{len(overlap)} patients appear in more than one split")
    table = "| config | " + " | ".join(policy.ratios) + " |\n|---|" + "---|" * len(policy.ratios) + "\n"
    table += "\n".join(f"| {name} | " + " | ".join(str(c.get(s, 0)) for s in policy.ratios) + " |"
                       for name, c in summary.counts.items())
    return dg.MaterializeResult(metadata={
        "release_id": summary.release_id,
        "path": dg.MetadataValue.path(paths.relative(summary.path)),
        "counts": dg.MetadataValue.md(table),
        "patients_per_split": summary.patients_per_split,
        "files": len(summary.files),
        "shards_written": summary.shards.written, "shards_reused": summary.shards.reused,
        "shard_bytes_hashed": summary.shards.bytes_hashed,
        "configs_reused": ", ".join(summary.configs_reused) or "none",   # inputs unchanged: not read
        "images_collected": summary.images_collected.removed if summary.images_collected else 0,
        "dropped_dangling_references": summary.dropped_dangling,
    })
