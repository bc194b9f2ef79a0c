"""vqa_items per export part, with the corpus-level constant-answer rule kept corpus-wide.

Each export's items are generated (through the content-hash cache) and validated from its own pairs only.
The rule "a template whose answer is the same for every image (per language) is dropped" needs the whole
corpus: each part records its templates' answer variety (at most two normalized answers per template and
language, a note beside its fingerprint); the constant set is the templates with fewer than two answers
over all parts, and it is part of every part's fingerprint. The changed exports are generated first and
staged unfiltered (one export in memory at a time), the rule is settled from the notes, and each staged
part is published once; an unchanged part is refiltered (or regenerated from the cache) only when the rule
changed for a template it holds, else only its fingerprint is recorded anew.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
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

    The changed exports' items are generated first (one export in memory at a time) and staged on disk
    unfiltered; the constant templates are then settled from every part's variety note (the unchanged
    parts' notes and the new ones), and each staged part is published once, filtered by the settled rule.
    An unchanged part is touched only when the rule changed for a template it holds: refiltered in place
    (more constant), regenerated from the cache (a template came back); otherwise only its fingerprint
    follows the new rule. `phi_check(export_ids)` gives the check for one export's items: built from the PHI
    of the patients of those exports only (the export and the exports holding its studies' images), so memory
    and time follow one export, not the corpus."""
    info = generator.info
    identity = f"{info.backend}/{info.model}/{info.prompt_version}"
    notes = CorpusParts(paths, vqa_spec(code_version, identity, frozenset())).notes()
    constant = constant_templates(note.get("variety", {}) for note in notes.values())
    parts = CorpusParts(paths, vqa_spec(code_version, identity, constant))
    plan = parts.plan()
    totals = VqaTotals()
    totals.exports = plan.as_metadata()
    generate = _Generate(paths, generator, phi_check)  # the cache's index read once, when first needed
    with _Staging(paths) as staging:
        varieties = {e: notes.get(e, {}).get("variety", {}) for e in plan.unchanged}
        for work in plan.todo:  # one export in memory at a time
            staged = generate(parts, work)
            staging.put(work.export_id, staged)
            varieties[work.export_id] = staged.variety
        settled = constant_templates(varieties.values())
        final = parts if settled == constant else CorpusParts(paths, vqa_spec(code_version, identity, settled))
        final_plan = plan if settled == constant else final.plan()
        counts = Counter[str]()
        for work in final_plan.todo:
            if work.export_id in staging:
                _publish(final, snapshot, work, staging.take(work.export_id), settled, totals)
                continue
            held = set(notes.get(work.export_id, {}).get("variety", {"": []}))
            if held & (constant - settled) or "" in held:  # a template came back (or nothing noted): regenerate
                _publish(final, snapshot, work, generate(final, work), settled, totals)
                counts["exports_recomputed_for_rule"] += 1
            elif held & (settled - constant):  # more templates constant: their rows are dropped in place
                _refilter(final, snapshot, work, notes[work.export_id], settled, totals)
                counts["exports_refiltered_for_rule"] += 1
            else:  # the rule changed only for templates this part does not hold: its rows stand
                final.confirm(snapshot, work)
                counts["exports_confirmed_for_rule"] += 1
        final.finish(snapshot, final_plan)
    totals.exports.update(counts)
    totals.finish()
    notes = final.notes()
    kept, rejected = (sum(n.get(k, 0) for n in notes.values()) for k in ("kept", "rejected"))
    totals.exports.update({"items": final.total_rows(),
                           "validity_rate": kept / (kept + rejected) if kept + rejected else 0.0})
    return totals


def _key(row: Mapping[str, Any]) -> str:
    return f"{row['template']}|{row['lang']}"


@dataclass
class _Staged:
    """One export's generated items before the constant rule, and what the run counted."""

    rows: list[dict[str, Any]]
    variety: dict[str, list[str]]
    rejected: int               # by validation
    run: Any                    # the VqaRun (counts: generated, cached, rejected reasons), rows dropped
    requests: int
    skipped: int


@dataclass
class _Generate:
    paths: DataPaths
    generator: VqaGenerator
    phi_check: PhiCheckFor
    cache: VqaCache | None = None

    def __call__(self, parts: CorpusParts, work: ExportWork) -> _Staged:
        requests, skipped = vqa_requests(parts, work)
        check = self.phi_check(work.phi_exports)
        if self.cache is None:
            self.cache = VqaCache(self.paths)
        run = run_vqa(requests, self.generator, self.paths, phi_check=check, drop_constant=False, cache=self.cache)
        rows, run.rows = run.rows, []
        return _Staged(rows, answer_variety(rows), sum(run.report.rejected.values()), run, len(requests), skipped)


class _Staging:
    """Staged parts on disk (pickled rows of one export each, de-identified), removed when done."""

    def __init__(self, paths: DataPaths) -> None:
        self._root = paths.data_dir / "cache" / "vqa_staging"
        self._dir: Path | None = None
        self._names: set[str] = set()

    def __enter__(self) -> _Staging:
        self._root.mkdir(parents=True, exist_ok=True)
        self._dir = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=self._root))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
        with contextlib.suppress(OSError):
            self._root.rmdir()  # when no other step is staging

    def __contains__(self, export_id: str) -> bool:
        return export_id in self._names

    def _path(self, export_id: str) -> Path:
        assert self._dir is not None
        return self._dir / f"{hashlib.sha256(export_id.encode()).hexdigest()[:24]}.pickle"

    def put(self, export_id: str, staged: _Staged) -> None:
        with self._path(export_id).open("wb") as f:
            pickle.dump(staged, f, protocol=pickle.HIGHEST_PROTOCOL)
        self._names.add(export_id)

    def take(self, export_id: str) -> _Staged:
        path = self._path(export_id)
        with path.open("rb") as f:
            staged = pickle.load(f)  # written by this process just before
        path.unlink()
        self._names.discard(export_id)
        return staged


def _publish(parts: CorpusParts, snapshot: TablesSnapshot, work: ExportWork, staged: _Staged,
             constant: frozenset[str], totals: VqaTotals) -> None:
    rows = [r for r in staged.rows if _key(r) not in constant]
    note = {"variety": staged.variety, "kept": len(rows), "rejected": staged.rejected + len(staged.rows) - len(rows)}
    parts.publish(snapshot, work, rows, note=note)
    staged.run.rows = staged.rows
    _add(totals, staged.run, rows, staged.requests, staged.skipped)
    _add_quality(totals, parts, work, rows)


def _refilter(parts: CorpusParts, snapshot: TablesSnapshot, work: ExportWork, note: Mapping[str, Any],
              constant: frozenset[str], totals: VqaTotals) -> None:
    """Drop the rows of templates that became constant from one part (read, filter, write)."""
    rows = parts.own(work, parts.spec.table).to_pylist()
    kept = [r for r in rows if _key(r) not in constant]
    dropped = len(rows) - len(kept)
    parts.publish(snapshot, work, kept, note={**note, "kept": len(kept), "rejected": note.get("rejected", 0) + dropped})
    totals.rejected["constant_answer"] += dropped
    _add_quality(totals, parts, work, kept)


def _add_quality(totals: VqaTotals, parts: CorpusParts, work: ExportWork, rows: list[dict[str, Any]]) -> None:
    totals.add_quality(quality_table(parts.own(work, "image_text_pairs", PAIR_COLUMNS), rows,
                                     parts.own(work, "snippet_pairs"), parts.image(work, "volumes")), rows)


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
