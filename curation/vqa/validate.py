"""Validation before anything is stored: schema, evidence, answer consistency, PHI, near-duplicates.

Every rejected item is counted by reason, so asset metadata can say what a generator got wrong.
The PHI check is a parameter: the report scrubber plugs in where it exists; the default is a regex
screen for the shapes PHI takes in de-identified text that leaked (dates, ids, phones, e-mails).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from curation.phi_scan import PhiNeedles, scan_text
from curation.vqa.protocol import GeneratedItem, VqaRequest, VqaResult
from curation.vqa.schema import YES_NO

EVIDENCE_MIN_SCORE = 90.0
DUPLICATE_MIN_SCORE = 92.0
REJECT_REASONS = ("generation_failed", "schema", "evidence_not_found", "evidence_not_own", "answer_inconsistent",
                  "phi", "duplicate", "constant_answer")

_PHI_RE = re.compile(
    r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"             # 12.03.1956
    r"|\b(?:19|20)\d{2}-\d{2}-\d{2}\b"           # 1956-03-12
    r"|\b[A-Z]{2,}\d{5,}\b"                      # PAT0001234, ACC2024...
    r"|\b\d{7,}\b"                               # long numeric ids
    r"|\+?\d{2,4}[ /-]\d{3,}[ /-]?\d{2,}"        # phone numbers
    r"|[\w.+-]+@[\w-]+\.[\w.]+"                  # e-mail
)


def regex_phi_check(text: str) -> bool:
    """True when `text` contains something shaped like a date, an id, a phone number or an e-mail."""
    return bool(_PHI_RE.search(text))


def scrubber_phi_check(needles: PhiNeedles | None = None) -> Callable[[str], bool]:
    """The full PHI check: the regex screen, the vault's per-patient dictionary, then the report scrubber
    (rules and dictionary-free spaCy patterns); any hit rejects the item. Memoized per text: items of
    one image share their evidence sentences, and metadata evidence repeats across the corpus."""
    from curation.deid.text.scrub import scrub_text

    @functools.lru_cache(maxsize=65536)
    def check(text: str) -> bool:
        if regex_phi_check(text) or (needles is not None and scan_text(text, needles)):
            return True
        return any(span.label != "DATE" for span in scrub_text(text, None, use_spacy=False).spans)

    return check


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def evidence_found(evidence: str, context: str, min_score: float = EVIDENCE_MIN_SCORE) -> bool:
    """Exact (whitespace/case-normalised) substring, else rapidfuzz partial_ratio >= min_score."""
    ev, ctx = _norm(evidence), _norm(context)
    if not ev:
        return False
    return ev in ctx or fuzz.partial_ratio(ev, ctx) >= min_score


def answer_consistent(item: GeneratedItem) -> bool:
    """closed: yes/no of the item's language; choice: >= 2 distinct options containing the answer;
    open: no options."""
    i = item.item
    if i.answer_type == "closed":
        return _norm(i.answer) in YES_NO[i.lang]
    if i.answer_type == "choice":
        options = [_norm(o) for o in i.options]
        return len(set(options)) >= 2 and len(options) == len(set(options)) and _norm(i.answer) in options
    return not i.options


def _near_duplicate(a: GeneratedItem, b: GeneratedItem, min_score: float) -> bool:
    """Same language and template and finding (template items: one per image, language, template, finding),
    or the same answer with near-identical question words (token_set_ratio)."""
    if a.item.lang != b.item.lang:
        return False
    if a.template and (a.template, a.finding) == (b.template, b.finding):
        return True
    return (_norm(a.item.answer) == _norm(b.item.answer)
            and fuzz.token_set_ratio(_norm(a.item.question), _norm(b.item.question)) >= min_score)


@dataclass
class ValidationReport:
    """Kept items per request and rejection counts by reason (all requests together)."""

    kept: dict[str, list[GeneratedItem]] = field(default_factory=dict)
    rejected: Counter[str] = field(default_factory=Counter)

    @property
    def yes_no(self) -> Counter[str]:
        """Closed answers as 'yes' / 'no' counts (language-independent)."""
        counts: Counter[str] = Counter()
        for items in self.kept.values():
            for g in items:
                if g.item.answer_type == "closed":
                    counts["yes" if _norm(g.item.answer) == YES_NO[g.item.lang][0] else "no"] += 1
        return counts


def validate_result(request: VqaRequest, result: VqaResult, report: ValidationReport, *,
                    phi_check: Callable[[str], bool] = regex_phi_check,
                    evidence_min_score: float = EVIDENCE_MIN_SCORE,
                    duplicate_min_score: float = DUPLICATE_MIN_SCORE) -> list[GeneratedItem]:
    """Check one result's items against its request; record kept items and rejections in `report`."""
    if result.image_ref != request.image_ref:
        raise ValueError(f"result for {result.image_ref!r} does not belong to request {request.image_ref!r}")
    if result.error is not None:
        report.rejected["generation_failed"] += 1
    report.rejected["schema"] += result.schema_rejects
    context = request.evidence_context()
    own = request.own_context()
    kept: list[GeneratedItem] = []
    for g in result.items:
        i = g.item
        if not evidence_found(i.evidence, context, evidence_min_score):
            reason = "evidence_not_found"
        elif own is not None and not evidence_found(i.evidence, own, evidence_min_score):
            reason = "evidence_not_own"  # true of the report, but not of this image
        elif not answer_consistent(g):
            reason = "answer_inconsistent"
        elif any(phi_check(t) for t in (i.question, i.answer, i.evidence, *i.options)):
            reason = "phi"
        elif any(_near_duplicate(k, g, duplicate_min_score) for k in kept):
            reason = "duplicate"
        else:
            kept.append(g)
            continue
        report.rejected[reason] += 1
    report.kept[request.image_ref] = kept
    return kept


def drop_constant_templates(report: ValidationReport) -> None:
    """Corpus-level: a template whose answer is the same for every image (per language) teaches nothing
    but a prior; its items are rejected as `constant_answer`. LLM items (no template) are kept."""
    answers: dict[tuple[str, str], set[str]] = {}
    for items in report.kept.values():
        for g in items:
            if g.template:
                answers.setdefault((g.template, g.item.lang), set()).add(_norm(g.item.answer))
    constant = {key for key, values in answers.items() if len(values) < 2}
    for ref, items in report.kept.items():
        kept = [g for g in items if (g.template, g.item.lang) not in constant]
        report.rejected["constant_answer"] += len(items) - len(kept)
        report.kept[ref] = kept


def validate_results(requests: list[VqaRequest], results: list[VqaResult], *, drop_constant: bool = False,
                     **kwargs: object) -> ValidationReport:
    """Validate all results (same order as requests); `drop_constant` applies the corpus-level rule."""
    if len(requests) != len(results):
        raise ValueError(f"{len(results)} results for {len(requests)} requests")
    report = ValidationReport()
    for request, result in zip(requests, results, strict=True):
        validate_result(request, result, report, **kwargs)  # type: ignore[arg-type]
    if drop_constant:
        drop_constant_templates(report)
    return report
