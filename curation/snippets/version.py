"""The miner version: which grammar mined a report, so that a grammar change re-mines what it mined.

The version is a hash of the source of every module that decides which references a text gives and
their snippets (`MINER_MODULES`: grammar, sentence splitting, the spaCy pipeline, pipe tables, brackets), plus the
trained pipeline named in RADCURATE_REF_MODEL (it adds entities), plus, when RADCURATE_REF_SCORER is `model`, the
learned decision's modules and weights (`SCORER_MODULES`, `WEIGHTS`; issue 16 rounds 7 and 8). No
constant to remember to bump: any edit of those files, a comment too, gives a new version, and the next snippet_pairs
run mines every report once more (mining runs at ~5,000-10,000 reports per CPU-second, bench/mine.py), then skips
them again.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from curation.snippets.ner import MODEL_ENV
from curation.snippets.refscore.decide import scorer_setting
from curation.snippets.refscore.model import WEIGHTS

MINER_MODULES = ("curation.snippets.grammar", "curation.snippets.mine", "curation.snippets.ner",
                 "curation.snippets.table", "curation.reports.brackets", "curation.snippets.prior_frame",
                 "curation.snippets.gate", "curation.snippets.spoken", "curation.snippets.study_headings",
                 "curation.snippets.timepoints", "curation.snippets.withdrawn", "curation.snippets.measured_pairs",
                 "curation.snippets.study_scope", "curation.snippets.pair_shapes", "curation.snippets.views",
                 "curation.snippets.study_clause", "curation.snippets.timepoint_words",
                 "curation.snippets.abbreviations", "curation.snippets.single_volume",
                 "curation.snippets.timepoint_columns", "curation.snippets.preop_today",
                 "curation.snippets.one_letter", "curation.snippets.study_past",
                 "curation.snippets.html_text", "curation.snippets.study_parts",
                 "curation.snippets.bullet_images", "curation.snippets.series_labels",
                 "curation.snippets.prior_preface", "curation.snippets.anatomy_numbers",
                 "curation.snippets.machine_text", "curation.snippets.column_cells",
                 "curation.snippets.series_legend")
# What the learned decision adds when it is on: its modules, then its weights.
SCORER_MODULES = ("curation.snippets.refscore.candidates", "curation.snippets.refscore.cues",
                  "curation.snippets.refscore.features", "curation.snippets.refscore.evidence",
                  "curation.snippets.refscore.model", "curation.snippets.refscore.decide",
                  "curation.snippets.refscore.study")


def version_of(sources: Sequence[Path], model: str = "") -> str:
    """A 16-hex-digit hash of the given source files' bytes (in order) and the model name."""
    digest = hashlib.sha256()
    for path in sources:
        data = path.read_bytes()
        digest.update(len(data).to_bytes(8, "big") + data)
    digest.update(b"\x1fmodel=" + model.encode())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=2)
def _module_sources(names: tuple[str, ...] = MINER_MODULES) -> tuple[Path, ...]:
    paths = []
    for name in names:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
            raise RuntimeError(f"cannot find the source of {name}: the miner version hashes it")
        paths.append(Path(spec.origin))
    return tuple(paths)


@lru_cache(maxsize=8)
def _cached_version(model: str, scorer: str) -> str:
    if scorer == "grammar":
        return version_of(_module_sources(), model)
    return version_of(_module_sources() + _module_sources(SCORER_MODULES) + (WEIGHTS,), f"{model}\x1fscorer={scorer}")


def miner_version() -> str:
    """The version of the miner in this process (source of MINER_MODULES, RADCURATE_REF_MODEL, and the learned
    decision's sources and weights when RADCURATE_REF_SCORER is `model`)."""
    return _cached_version(os.environ.get(MODEL_ENV) or "", scorer_setting())
