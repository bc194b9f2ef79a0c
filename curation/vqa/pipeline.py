"""Generate (through the cache), validate, and turn kept items into vqa_items rows."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from curation.paths import DataPaths
from curation.vqa.cache import VqaCache, cache_key
from curation.vqa.protocol import VqaGenerator, VqaRequest, VqaResult
from curation.vqa.validate import ValidationReport, regex_phi_check, validate_results


@dataclass
class VqaRun:
    """What one run produced: table rows, validation counts and how much was generated anew."""

    rows: list[dict[str, Any]]
    report: ValidationReport
    generated: int
    cached: int
    per_type: Counter[str] = field(default_factory=Counter)
    per_lang: Counter[str] = field(default_factory=Counter)


def item_id(key: str, lang: str, question: str) -> str:
    return "Q" + hashlib.sha256(f"{key}\x1f{lang}\x1f{question}".encode()).hexdigest()[:20]


def run_vqa(requests: list[VqaRequest], generator: VqaGenerator, paths: DataPaths, *,
            phi_check: Callable[[str], bool] = regex_phi_check, use_cache: bool = True,
            drop_constant: bool = True, cache: VqaCache | None = None) -> VqaRun:
    """Generate only for keys not in the cache, validate everything, return rows for `vqa_items`.

    `drop_constant`: reject the items of a template whose answer is the same for every image of the run
    (per language): such a question teaches a prior, not the image (validate.drop_constant_templates).
    `cache`: one opened for several runs (a step's export parts), so its index is read once; by default
    each run opens the cache itself.
    """
    if cache is None and use_cache:
        cache = VqaCache(paths)
    keys = [cache_key(r, generator.info) for r in requests]
    if cache is not None:
        cache.prefetch(keys)
    results: dict[int, VqaResult] = {}
    todo: list[int] = []
    for n, (request, key) in enumerate(zip(requests, keys, strict=True)):
        hit = cache.get(key, request.image_ref) if cache is not None else None
        if hit is None:
            todo.append(n)
        else:
            results[n] = hit
    if todo:
        fresh = generator.generate([requests[n] for n in todo])
        if len(fresh) != len(todo):
            raise ValueError(f"generator {generator.info.backend} returned {len(fresh)} results "
                             f"for {len(todo)} requests")
        for n, result in zip(todo, fresh, strict=True):
            results[n] = result
            if cache is not None:
                cache.put(keys[n], result, generator.info)
        if cache is not None:
            cache.save()
    ordered = [results[n] for n in range(len(requests))]
    report = validate_results(requests, ordered, phi_check=phi_check, drop_constant=drop_constant)
    run = VqaRun(rows=[], report=report, generated=len(todo), cached=len(requests) - len(todo))
    for request, key in zip(requests, keys, strict=True):
        for g in report.kept.get(request.image_ref, []):
            i = g.item
            run.rows.append({
                "item_id": item_id(key, i.lang, i.question), "pair_id": request.image_ref,
                "volume_id": request.volume_id or None, "slice_index": request.slice_index,
                "report_id": request.report_id, "lang": i.lang, "question": i.question, "answer": i.answer,
                "answer_type": i.answer_type, "options": list(i.options), "evidence": i.evidence,
                "question_source": g.question_source, "generator": generator.info.as_dict(), "cache_key": key,
                "template": g.template or None, "finding": g.finding or None,
            })
            run.per_type[i.answer_type] += 1
            run.per_lang[i.lang] += 1
    return run
