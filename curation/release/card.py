"""The dataset card: YAML configs the Hub understands, then counts, schema, de-identification, provenance."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

import pyarrow as pa

from curation.release.conventions import SHARED, config_notes
from curation.release.splits import SplitPolicy


class _Config(Protocol):
    name: str
    description: str


def _yaml_configs(configs: Sequence[_Config], counts: Mapping[str, Mapping[str, int]]) -> list[str]:
    """Hub `configs:` YAML; only splits with rows (an empty split has no files to point at)."""
    """The first config with rows is the default, so `load_dataset(<release>)` needs no config name."""
    lines = ["configs:"]
    default_given = False
    for config in configs:
        splits = [s for s, n in counts.get(config.name, {}).items() if n]
        if not splits:
            continue
        lines.append(f"- config_name: {config.name}")
        if not default_given:
            lines.append("  default: true")
            default_given = True
        lines.append("  data_files:")
        for split in splits:
            lines += [f"  - split: {split}", f"    path: data/{config.name}/{split}-*.parquet"]
    return lines


def render_card(configs: Sequence[_Config], counts: Mapping[str, Mapping[str, int]],
                schemas: Mapping[str, pa.Schema], policy: SplitPolicy, provenance: Mapping[str, object],
                deid_profile: str, release_id: str, examples: Mapping[str, str] | None = None) -> str:
    """The card: Hub YAML, counts per config and split, conventions, schema and a worked example per config."""
    examples = examples or {}
    splits = list(policy.ratios)
    lines = ["---", "license: other", "pretty_name: radcurate release", "tags:", "- medical", "- radiology",
             *_yaml_configs(configs, counts), "---", "", f"# radcurate release {release_id}", "",
             "De-identified radiology training data curated by radcurate.", "", "## Configs and counts", "",
             "Rows per config and split:", "",
             "| config | " + " | ".join(splits) + " | total | description |",
             "|---|" + "---|" * len(splits) + "---|---|"]
    for config in configs:
        row = " | ".join(str(counts.get(config.name, {}).get(s, 0)) for s in splits)
        total = sum(counts.get(config.name, {}).get(s, 0) for s in splits)
        lines.append(f"| {config.name} | {row} | {total} | {config.description} |")
    lines += ["", "## Splits", "",
              "Patient-level: " + ", ".join(f"{k} {v:.0%}" for k, v in policy.ratios.items())
              + f" by a hash of the patient pseudonym (salt `{policy.salt}`); a patient never changes split.",
              "", "## Conventions", "", SHARED, "## Configs", ""]
    for config in configs:
        schema = schemas.get(config.name)
        if schema is None:
            continue
        lines += [f"### {config.name}", "", config.description + ".", "", config_notes(config.name), "",
                  "| column | type |", "|---|---|"]
        lines += [f"| {field.name} | {field.type} |" for field in schema]
        lines.append("")
        if examples.get(config.name):
            lines += ["Example row:", "", "```json", examples[config.name], "```", ""]
    lines += ["## De-identification", "", deid_profile, "", "## Provenance", ""]
    lines += [f"- {key}: {value}" for key, value in sorted(provenance.items())]
    return "\n".join(lines) + "\n"
