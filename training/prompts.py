"""Disease prompt supervision from the curated report labels (report_labels, issue 19).

RadFinder/CT-CLIP supervise the shared embedding space with yes/no findings: here the 18 CT-RATE labels
and the abdominal questions of curation/labels, each with a positive and a negative prompt sentence. A
released report_volume_pairs row carries its labels; a row without them (a release made before
report_labels existed) is labelled by the same rule labeller at load time. Abdominal answers are null where
the study misses the abdomen: they are masked out of the loss, not counted as "absent".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from curation.labels.coverage import covers_abdomen
from curation.labels.rules import label_report
from curation.labels.vocabulary import ABDOMINAL_LABELS, ALL_LABELS, PROMPTS

PROMPT_LABELS: tuple[str, ...] = ALL_LABELS


def row_labels(row: Mapping[str, Any], text: str,
               labels: tuple[str, ...] = PROMPT_LABELS) -> tuple[list[int], list[int]]:
    """(values, mask) per label for one report_volume_pairs row: mask 0 where the answer is null."""
    released = row.get("labels")
    if released is None:
        found = label_report(text).positive
        abdomen = covers_abdomen((), text)
        released = {n: (None if n in ABDOMINAL_LABELS and not abdomen else int(n in found)) for n in labels}
    values = [released.get(n) for n in labels]
    return [int(v or 0) for v in values], [int(v is not None) for v in values]


def prompt_pairs(labels: tuple[str, ...] = PROMPT_LABELS) -> tuple[list[str], list[str]]:
    """Positive and negative prompt sentences, in label order."""
    return [PROMPTS[n][0] for n in labels], [PROMPTS[n][1] for n in labels]
