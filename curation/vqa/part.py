"""vqa_items per export part, with the corpus-level constant-answer rule kept corpus-wide.

Each export's items are generated (through the content-hash cache) and validated from its own pairs only.
The rule "a template whose answer is the same for every image (per language) is dropped" needs the whole
corpus: each part records its templates' answer variety (at most two normalized answers per template and
language, a note beside its fingerprint); the constant set is the templates with fewer than two answers
over all parts, and it is part of every part's fingerprint. When a new export changes that set, every part
is recomputed once more (cache hits, no generation); otherwise only the changed exports are.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from curation.paths import DataPaths
from curation.release.quality import QualityTable, counts_entropy_bits, quality_table, template_of
from curation.tables.corpus_parts import CorpusParts, ExportWork, PartSpec
from curation.tables.snapshot import TablesSnapshot
from curation.vqa.cache import VqaCache
from curation.vqa.pipeline import run_vqa
from curation.vqa.protocol import VqaGenerator
from curation.vqa.requests import PAIR_COLUMNS, vqa_requests
from curation.vqa.validate import YES_NO

MAX_VARIETY = 2  # two different answers are enough to know a template is not constant


# export ids -> the PHI check of the items of one export (see vqa_parts)
PhiCheckFor = Callable[[tuple[str, ...]], Callable[[str], bool]]


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def answer_variety(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[str]]:
    """template|lang -> up to two distinct normalized answers of the part's template items."""
    out: dict[str, set[str]] = {}
    for row in rows:
        if row.get("template"):
            values = out.setdefault(f"{row['template']}|{row['lang']}", set())
            if len(values) < MAX_VARIETY:
                values.add(_norm(row["answer"]))
    return {k: sorted(v) for k, v in sorted(out.items())}


def constant_templates(varieties: Iterable[Mapping[str, Sequence[str]]]) -> frozenset[str]:
    """template|lang keys with fewer than two distinct answers over all parts."""
    merged: dict[str, set[str]] = {}
    for variety in varieties:
        for key, values in variety.items():
            merged.setdefault(key, set()).update(values)
    return frozenset(k for k, v in merged.items() if len(v) < MAX_VARIETY)


def vqa_spec(code_version: str, generator: str, constant: frozenset[str]) -> PartSpec:
    """A vqa_items part depends on its pairs, reports, snippets and grounding, the referenced studies' index,
    volumes and label maps, the generator, and the corpus' constant templates."""
    rule = hashlib.sha256(json.dumps(sorted(constant)).encode()).hexdigest()[:16]
    return PartSpec("vqa_items", own=("reports", "snippet_pairs", "image_text_pairs", "grounding_items"),
                    image=("dicom_index", "volumes", "segmentations"),
                    version=f"code {code_version}; generator {generator}; constant templates {rule}")


@dataclass
class VqaTotals:
    """What the recomputed parts produced, added up (metadata of the vqa_items asset)."""

    items: int = 0
    images: int = 0
    skipped: int = 0
    generated: int = 0
    cached: int = 0
    per_type: Counter[str] = field(default_factory=Counter)
    per_lang: Counter[str] = field(default_factory=Counter)
    rejected: Counter[str] = field(default_factory=Counter)
    yes_no: Counter[str] = field(default_factory=Counter)
    examples: list[dict[str, Any]] = field(default_factory=list)
    quality: QualityTable = field(default_factory=QualityTable)
    answers: dict[str, Counter[str]] = field(default_factory=dict)
    exports: dict[str, Any] = field(default_factory=dict)

    def add_quality(self, part: QualityTable, rows: Sequence[Mapping[str, Any]]) -> None:
        q = self.quality
        for name in ("finding_items", "finding_on_own_slice", "vqa_items", "duplicate_items", "captions",
                     "captions_with_reference", "pairs", "pairs_series_mismatch"):
            setattr(q, name, getattr(q, name) + getattr(part, name))
        for row in rows:  # answer entropy over every recomputed part, not per part (see finish)
            template = row.get("template") or template_of(row["question"], row.get("question_source"))
            self.answers.setdefault(f"{template}/{row['lang']}", Counter())[_norm(row["answer"])] += 1

    def finish(self) -> None:
        """The answer entropy per template, once from the counts (not the answers listed again per part)."""
        self.quality.entropy_bits = {k: round(counts_entropy_bits(v), 4) for k, v in self.answers.items()}


def vqa_parts(paths: DataPaths, snapshot: TablesSnapshot, generator: VqaGenerator,
              phi_check: PhiCheckFor, code_version: str) -> VqaTotals:
    """Recompute the vqa_items parts whose inputs (or the corpus' constant templates) changed.

    `phi_check(export_ids)` gives the check for one export's items: built from the PHI of the patients of
    those exports only (the export and the exports holding its studies' images), so memory and time follow
    one export, not the corpus."""
    info = generator.info
    identity = f"{info.backend}/{info.model}/{info.prompt_version}"
    constant = constant_templates(_varieties(CorpusParts(paths, vqa_spec(code_version, identity, frozenset()))))
    totals = VqaTotals()
    cache = VqaCache(paths)  # its key index read once for every export of the step
    parts = _recompute(paths, snapshot, generator, phi_check, vqa_spec(code_version, identity, constant), constant,
                       totals, cache)
    settled = constant_templates(_varieties(parts))
    if settled != constant:  # the corpus' constant templates changed: every part follows the new rule
        spec = vqa_spec(code_version, identity, settled)
        if settled >= constant:  # only more templates constant now: their rows are dropped in place
            parts = _refilter(paths, snapshot, spec, settled, totals)
        else:  # a template has a second answer now: its rows come back, regenerated from the cache
            again = VqaTotals()
            parts = _recompute(paths, snapshot, generator, phi_check, spec, settled, again, cache)
            totals.exports["exports_recomputed_for_rule"] = again.exports["exports_recomputed"]
    totals.finish()
    notes = parts.notes()
    kept, rejected = (sum(n.get(k, 0) for n in notes.values()) for k in ("kept", "rejected"))
    totals.exports.update({"items": parts.total_rows(),
                           "validity_rate": kept / (kept + rejected) if kept + rejected else 0.0})
    return totals


def _key(row: Mapping[str, Any]) -> str:
    return f"{row['template']}|{row['lang']}"


def _recompute(paths: DataPaths, snapshot: TablesSnapshot, generator: VqaGenerator, phi_check: PhiCheckFor,
               spec: PartSpec, constant: frozenset[str], totals: VqaTotals, cache: VqaCache) -> CorpusParts:
    parts = CorpusParts(paths, spec)
    plan = parts.plan()
    for work in plan.todo:  # one export in memory at a time
        requests, skipped = vqa_requests(parts, work)
        check = phi_check(tuple(sorted({work.export_id, *work.image_exports})))
        run = run_vqa(requests, generator, paths, phi_check=check, drop_constant=False, cache=cache)
        rows = [r for r in run.rows if _key(r) not in constant]
        note = {"variety": answer_variety(run.rows), "kept": len(rows),
                "rejected": sum(run.report.rejected.values()) + len(run.rows) - len(rows)}
        parts.publish(snapshot, work, rows, note=note)
        _add(totals, run, rows, len(requests), skipped)
        _add_quality(totals, parts, work, rows)
    parts.finish(snapshot, plan)
    totals.exports = totals.exports or plan.as_metadata()
    return parts


def _refilter(paths: DataPaths, snapshot: TablesSnapshot, spec: PartSpec, constant: frozenset[str],
              totals: VqaTotals) -> CorpusParts:
    """Drop the rows of templates that became constant from every part (read, filter, write one at a time)."""
    parts = CorpusParts(paths, spec)
    plan = parts.plan()
    notes = parts.notes()
    totals.quality, totals.answers = QualityTable(), {}  # of the parts as they are now: every part
    for work in plan.todo:
        rows = parts.own(work, spec.table).to_pylist()
        kept = [r for r in rows if _key(r) not in constant]
        dropped = len(rows) - len(kept)
        note = notes.get(work.export_id, {})
        note = {**note, "kept": len(kept), "rejected": note.get("rejected", 0) + dropped}
        parts.publish(snapshot, work, kept, note=note)
        totals.items -= dropped
        totals.rejected["constant_answer"] += dropped
        totals.per_type.subtract(r["answer_type"] for r in rows if _key(r) in constant)
        totals.per_lang.subtract(r["lang"] for r in rows if _key(r) in constant)
        _add_quality(totals, parts, work, kept)
    totals.exports["exports_refiltered_for_rule"] = len(plan.todo)
    return parts


def _add_quality(totals: VqaTotals, parts: CorpusParts, work: ExportWork, rows: list[dict[str, Any]]) -> None:
    totals.add_quality(quality_table(parts.own(work, "image_text_pairs", PAIR_COLUMNS), rows,
                                     parts.own(work, "snippet_pairs"), parts.image(work, "volumes")), rows)


def _varieties(parts: CorpusParts) -> list[Mapping[str, Sequence[str]]]:
    return [note.get("variety", {}) for note in parts.notes().values()]


def _add(totals: VqaTotals, run: Any, rows: list[dict[str, Any]], images: int, skipped: int) -> None:
    totals.items += len(rows)
    totals.images += images
    totals.skipped += skipped
    totals.generated += run.generated
    totals.cached += run.cached
    totals.rejected.update(run.report.rejected)
    totals.rejected["constant_answer"] += len(run.rows) - len(rows)
    totals.per_type.update(r["answer_type"] for r in rows)
    totals.per_lang.update(r["lang"] for r in rows)
    totals.yes_no.update("yes" if _norm(r["answer"]) == YES_NO[r["lang"]][0] else "no"
                         for r in rows if r["answer_type"] == "closed")
    if len(totals.examples) < 16:
        totals.examples += rows[:16 - len(totals.examples)]
