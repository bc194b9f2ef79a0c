"""vqa_items: VQA items per image-text pair, generated through the content-hash cache and validated.

No `from __future__ import annotations` here: Dagster inspects the context annotation at decoration time.
"""

import os
from collections.abc import Callable

import dagster as dg

from assets.partitions import CORPUS_GROUP, GPU_POOL
from curation.tables.snapshot import TablesSnapshot
from curation.vqa.part import vqa_parts
from curation.vqa.validate import scrubber_phi_check
from resources.llm import BACKEND_ENV, LlmResource
from resources.storage import RadcurateStorage

# The tables this asset's step reads (its own included): only their change makes it refuse to publish.
_READS = ("dicom_index", "volumes", "reports", "segmentations", "snippet_pairs", "image_text_pairs",
          "grounding_items", "vqa_items")

# The pool is fixed when Definitions load: an LLM backend competes for the GPU, the template does not.
CODE_VERSION = "2"
_POOL = GPU_POOL if os.environ.get(BACKEND_ENV, "template") != "template" else None
EXAMPLES = 4


def _examples_markdown(rows: list[dict]) -> str:
    lines = ["| lang | type | question | answer |", "|---|---|---|---|"]
    seen: set[tuple[str, str]] = set()
    for r in rows:
        if (r["lang"], r["answer_type"]) in seen or len(seen) >= EXAMPLES:
            continue
        seen.add((r["lang"], r["answer_type"]))
        lines.append(f"| {r['lang']} | {r['answer_type']} | {r['question']} | {r['answer'][:40]} |")
    return "\n".join(lines)


@dg.asset(group_name=CORPUS_GROUP, code_version=CODE_VERSION, pool=_POOL,
          deps=["image_text_pairs", "grounding_items", "reports", "snippet_pairs", "segmentations", "dicom_index"])
def vqa_items(context: dg.AssetExecutionContext, storage: RadcurateStorage, llm: LlmResource) -> dg.MaterializeResult:
    """Bilingual VQA items (5 findings + 3 metadata + grounding per image), validated before storage. Stored per
    export part, recomputed only for exports whose inputs (or the corpus' constant templates) changed."""
    paths = storage.paths
    snapshot = TablesSnapshot.take(paths, reads=_READS)
    generator = llm.generator(context)
    # per recomputed export, the vault's PHI of its patients only (and of the exports holding its images)
    def check_for(export_ids: tuple[str, ...]) -> Callable[[str], bool]:
        return scrubber_phi_check(storage.phi_needles(export_ids))

    run = vqa_parts(paths, snapshot, generator, check_for, CODE_VERSION)
    context.log.info(f"vqa_items: {run.items} items for {run.images} images of {run.exports['exports_recomputed']} "
                     f"recomputed exports ({run.generated} generated, {run.cached} from cache)")
    return dg.MaterializeResult(metadata={
        **run.exports, "items_recomputed": run.items, "images": run.images, "pairs_without_report": run.skipped,
        "generated_requests": run.generated, "cached_requests": run.cached,
        "generator": f"{generator.info.backend}/{generator.info.model}/{generator.info.prompt_version}",
        "items_per_type": dict(sorted(run.per_type.items())), "items_per_lang": dict(sorted(run.per_lang.items())),
        "rejected": dict(sorted((k, v) for k, v in run.rejected.items() if v)),
        "yes_no": {"yes": run.yes_no["yes"], "no": run.yes_no["no"]},
        "examples": dg.MetadataValue.md(_examples_markdown(run.examples)),
        "quality": dg.MetadataValue.md(run.quality.markdown()), **run.quality.as_metadata(),
    })
