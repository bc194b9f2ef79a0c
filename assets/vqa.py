"""vqa_items: VQA items per image-text pair, generated through the content-hash cache and validated.

No `from __future__ import annotations` here: Dagster inspects the context annotation at decoration time.
"""

import os

import dagster as dg

from assets.partitions import CORPUS_GROUP, GPU_POOL
from curation.phi_scan import PhiNeedles
from curation.release.quality import quality_table
from curation.tables.io import read_table
from curation.tables.snapshot import TablesSnapshot
from curation.vqa.pipeline import run_vqa
from curation.vqa.requests import vqa_requests
from curation.vqa.validate import scrubber_phi_check
from resources.llm import BACKEND_ENV, LlmResource
from resources.storage import RadcurateStorage

# The pool is fixed when Definitions load: an LLM backend competes for the GPU, the template does not.
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


@dg.asset(group_name=CORPUS_GROUP, code_version="1", pool=_POOL,
          deps=["image_text_pairs", "grounding_items", "reports", "snippet_pairs", "segmentations", "dicom_index"])
def vqa_items(context: dg.AssetExecutionContext, storage: RadcurateStorage, llm: LlmResource) -> dg.MaterializeResult:
    """Bilingual VQA items (5 findings + 3 metadata + grounding per image), validated before storage."""
    paths = storage.paths
    snapshot = TablesSnapshot.take(paths)
    requests, skipped = vqa_requests(paths)
    generator = llm.generator(context)
    needles = PhiNeedles.from_phi(storage.vault.read_patient_phi().values())
    run = run_vqa(requests, generator, paths, phi_check=scrubber_phi_check(needles))
    snapshot.write_table("vqa_items", run.rows)
    quality = quality_table(read_table(paths, "image_text_pairs"), run.rows, read_table(paths, "snippet_pairs"),
                            read_table(paths, "volumes"))
    context.log.info(f"vqa_items: {len(run.rows)} items for {len(requests)} images "
                     f"({run.generated} generated, {run.cached} from cache)")
    yes_no = run.report.yes_no
    kept, rejected = len(run.rows), sum(run.report.rejected.values())
    return dg.MaterializeResult(metadata={
        "items": len(run.rows), "images": len(requests), "pairs_without_report": skipped,
        "generated_requests": run.generated, "cached_requests": run.cached,
        "generator": f"{generator.info.backend}/{generator.info.model}/{generator.info.prompt_version}",
        "items_per_type": dict(sorted(run.per_type.items())), "items_per_lang": dict(sorted(run.per_lang.items())),
        "rejected": dict(sorted((k, v) for k, v in run.report.rejected.items() if v)),
        "yes_no": {"yes": yes_no["yes"], "no": yes_no["no"]},
        "validity_rate": kept / (kept + rejected) if kept + rejected else 0.0,
        "examples": dg.MetadataValue.md(_examples_markdown(run.rows)),
        "quality": dg.MetadataValue.md(quality.markdown()), **quality.as_metadata(),
    })
