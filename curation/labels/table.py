"""report_labels rows: one per report, incremental by (report text hash, labeller), and their summary.

A report whose text, labeller and abdomen coverage are unchanged keeps its previous row; the rest are
labelled again in one batch (one LLM call each for the LLM labeller). The summary holds counts only
(per label positives and the share of them only suspected), never text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from curation.labels.coverage import covers_abdomen
from curation.labels.labeller import Labeller
from curation.labels.record import ReportLabels
from curation.labels.vocabulary import ABDOMINAL_LABELS, ALL_LABELS
from curation.snippets.pairs import text_sha256


@dataclass(frozen=True)
class LabelRows:
    rows: list[dict[str, Any]]
    labelled: int
    kept: int


def label_row(report: Mapping[str, Any], labels: ReportLabels, *, sha: str, abdomen: bool,
              labeller: str) -> dict[str, Any]:
    """The report_labels row of one report; abdominal answers are null when the study misses the abdomen."""
    answered = [name for name in ALL_LABELS if abdomen or name not in ABDOMINAL_LABELS]
    vector = {name: (int(name in labels.positive) if name in answered else None) for name in ALL_LABELS}
    return {
        "report_id": report["report_id"], "patient_pid": report.get("patient_pid"),
        "study_uid": report.get("study_uid"), "lang": report.get("lang"), "text_sha256": sha,
        "labels": vector,
        "uncertain": sorted(n for n in labels.uncertain if n in answered),
        "evidence": [{"label": n, "sentence": labels.evidence[n]} for n in ALL_LABELS
                     if n in labels.positive and n in answered],
        "abdomen_covered": abdomen, "source": labels.source, "labeller": labeller,
    }


def build_label_rows(reports: Sequence[Mapping[str, Any]], labeller: Labeller, *,
                     previous: Sequence[Mapping[str, Any]] = (),
                     study_descriptions: Mapping[str, Sequence[str | None]] | None = None) -> LabelRows:
    """report_labels rows for `reports` (report_id, patient_pid, study_uid, lang, text[, text_sha256])."""
    descriptions = study_descriptions or {}
    kept_by_id = {r["report_id"]: r for r in previous}
    rows: list[dict[str, Any]] = []
    todo: list[tuple[Mapping[str, Any], str, bool]] = []
    for report in reports:
        text = report.get("text") or ""
        sha = report.get("text_sha256") or text_sha256(text)
        abdomen = covers_abdomen(descriptions.get(report.get("study_uid") or "", ()), text)
        old = kept_by_id.get(report["report_id"])
        if (old is not None and old["text_sha256"] == sha and old["labeller"] == labeller.name
                and old["abdomen_covered"] == abdomen):
            rows.append(dict(old))
        else:
            todo.append((report, sha, abdomen))
    labelled = labeller.label_many([r.get("text") or "" for r, _, _ in todo])
    rows += [label_row(r, labels, sha=sha, abdomen=abdomen, labeller=labeller.name)
             for (r, sha, abdomen), labels in zip(todo, labelled, strict=True)]
    rows.sort(key=lambda r: r["report_id"])
    return LabelRows(rows=rows, labelled=len(todo), kept=len(rows) - len(todo))


def label_summary(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """PHI-safe figures: reports, sources, and per label positives and the uncertain share of them."""
    positives = dict.fromkeys(ALL_LABELS, 0)
    uncertain = dict.fromkeys(ALL_LABELS, 0)
    sources: dict[str, int] = {}
    for row in rows:
        sources[row["source"]] = sources.get(row["source"], 0) + 1
        for name, value in row["labels"].items():
            positives[name] += value == 1
        for name in row["uncertain"]:
            uncertain[name] += 1
    return {"reports": len(rows), "sources": sources, "positives": positives, "uncertain": uncertain,
            "abdomen_covered": sum(bool(r["abdomen_covered"]) for r in rows)}


def summary_markdown(summary: Mapping[str, Any]) -> str:
    lines = ["| label | positive | uncertain share |", "|---|---|---|"]
    for name in ALL_LABELS:
        n = summary["positives"][name]
        share = f"{summary['uncertain'][name] / n:.2f}" if n else "-"
        lines.append(f"| {name} | {n} | {share} |")
    return "\n".join(lines)
