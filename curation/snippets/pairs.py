"""Build snippet_pairs rows from reports, dicom_index and volumes, incrementally.

Only new or changed reports (by report_id + text_sha256) are mined again; rows of unchanged reports are
kept from the previous table, except where they could not be resolved for want of the study's images
or training volume and those exist now (a report can arrive in an earlier export than its study), or
where another miner version mined them (`version.py`: a grammar change re-mines what it may change; a
ledger row without a version, written before versions existed, is stale too).
pair_id is a hash of the report and the reference's position, so the same input always gives the same ids.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from curation.snippets.mine import Reference, mine_refs_batch
from curation.snippets.resolve import (
    NO_STUDY_IMAGES,
    NO_TRAINING_VOLUME,
    PRIOR_STUDY,
    Resolution,
    resolve_reference,
    series_from_index,
    training_volumes,
)
from curation.snippets.version import miner_version as current_miner_version


def pair_id(report_id: str, ref: Reference) -> str:
    key = f"{report_id}\x1f{ref.ref_start}\x1f{ref.ref_end}\x1f{ref.image_start}\x1f{ref.image_end}"
    return "SP" + hashlib.sha256(key.encode()).hexdigest()[:22]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class PairsResult:
    rows: list[dict[str, Any]]
    mined_reports: int
    kept_reports: int
    ledger: list[dict[str, Any]] = field(default_factory=list)
    miner_version: str = ""
    # reports mined again only because another miner version (or none, an old ledger) had mined them
    remined_for_version: int = 0

    @property
    def prior_refs(self) -> int:
        """References into a prior study: rows with status prior_study (series/image kept, no depth)."""
        return sum(r["status"] == PRIOR_STUDY for r in self.rows)

    def status_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(r["status"] for r in self.rows).items()))


def pair_row(report: Mapping[str, Any], ref: Reference, res: Resolution) -> dict[str, Any]:
    return {
        "pair_id": pair_id(report["report_id"], ref), "report_id": report["report_id"],
        "patient_pid": report.get("patient_pid"), "study_uid": report.get("study_uid"),
        "ref_series": ref.series_used, "ref_series_inherited": ref.series_inherited,
        "resolved_series": res.ref_series,
        "ref_image_start": ref.image_start, "ref_image_end": ref.image_end, "ref_plane": res.ref_plane,
        "snippet": ref.snippet, "snippet_start": ref.snippet_start, "snippet_end": ref.snippet_end,
        "lang": report.get("lang"), "status": res.status, "volume_id": res.volume_id,
        "volume_path": res.volume_path, "slice_index": res.slice_index, "z_mm": res.z_mm,
        "depth_mm": res.depth_mm, "ref_shape": list(res.ref_shape) if res.ref_shape else None,
        "ref_affine": list(res.ref_affine) if res.ref_affine else None, "method": res.method,
        "ref_start": ref.ref_start, "ref_end": ref.ref_end, "report_sha256": text_sha256(report["text"]),
    }


def build_pairs(reports: Sequence[Mapping[str, Any]], dicom_rows: Sequence[Mapping[str, Any]],
                volume_rows: Sequence[Mapping[str, Any]], previous: Sequence[Mapping[str, Any]] = (),
                ledger: Sequence[Mapping[str, Any]] = (), miner_version: str | None = None) -> PairsResult:
    """snippet_pairs rows for `reports`; `previous` rows and the mined `ledger` make it incremental.

    `miner_version` (default: this process's, `version.py`) is written to the ledger; ledger rows of
    another version are not trusted, so their reports are mined again.
    """
    version = miner_version if miner_version is not None else current_miner_version()
    if not version:
        raise ValueError("miner_version must be a non-empty string")
    index_by_study: dict[str, list[Mapping[str, Any]]] = {}
    for row in dicom_rows:
        index_by_study.setdefault(row.get("study_uid") or "", []).append(row)
    volumes_by_study: dict[str, list[Mapping[str, Any]]] = {}
    for row in volume_rows:
        volumes_by_study.setdefault(row.get("study_uid") or "", []).append(row)
    # A ledger row without a prior_refs count (written before it existed) is mined again to get one.
    # A row of another miner version (or none) is not trusted: the grammar that mined it may have changed.
    seen = {(r["report_id"], r["text_sha256"]): r["prior_refs"] for r in ledger
            if r.get("prior_refs") is not None and r.get("miner_version") == version}
    other_version = {(r["report_id"], r["text_sha256"]) for r in ledger if r.get("miner_version") != version}
    kept_by_report: dict[str, list[Mapping[str, Any]]] = {}
    for row in previous:
        kept_by_report.setdefault(row["report_id"], []).append(row)

    to_mine: list[Mapping[str, Any]] = []
    rows: list[dict[str, Any]] = []
    new_ledger = []
    remined_for_version = 0
    for report in sorted(reports, key=lambda r: r["report_id"]):
        sha = report.get("text_sha256") or text_sha256(report["text"] or "")
        old = kept_by_report.get(report["report_id"], [])
        stale = report.get("study_uid") in index_by_study and any(
            r["method"] == NO_STUDY_IMAGES or r["method"].endswith(NO_TRAINING_VOLUME) for r in old)
        # Mined before prior-study references became rows: the ledger counted them, the table lacks them.
        stale = stale or seen.get((report["report_id"], sha), 0) != sum(r["status"] == PRIOR_STUDY for r in old)
        if (report["report_id"], sha) in seen and not stale:
            rows.extend(dict(r) for r in old)
            new_ledger.append({"report_id": report["report_id"], "text_sha256": sha,
                               "prior_refs": seen[report["report_id"], sha], "miner_version": version})
        else:
            to_mine.append(report)
            remined_for_version += (report["report_id"], sha) in other_version

    mined = mine_refs_batch([r["text"] or "" for r in to_mine], [r.get("lang") for r in to_mine], include_prior=True)
    new_ledger += [{"report_id": r["report_id"], "text_sha256": r.get("text_sha256") or text_sha256(r["text"] or ""),
                    "prior_refs": sum(ref.prior_study for ref in refs), "miner_version": version}
                   for r, refs in zip(to_mine, mined, strict=True)]
    new_ledger.sort(key=lambda r: r["report_id"])
    cache: dict[str, tuple[list, list]] = {}
    for report, refs in zip(to_mine, mined, strict=True):
        study = report.get("study_uid") or ""
        if study not in cache:
            cache[study] = (series_from_index(index_by_study.get(study, [])) if study else [],
                            training_volumes(volumes_by_study.get(study, [])) if study else [])
        series, volumes = cache[study]
        text = report["text"] or ""
        for ref in refs:
            # A plane or sequence word decides only the reference in whose clause or bracket it stands.
            hint = text[ref.hint_start:ref.hint_end]
            rows.append(pair_row(report, ref, resolve_reference(ref, series, volumes, hint)))
    # "Bild 45 und 45" names one image twice: one pair per pair_id.
    rows = list({row["pair_id"]: row for row in rows}.values())
    return PairsResult(rows=rows, mined_reports=len(to_mine), kept_reports=len(reports) - len(to_mine),
                       ledger=new_ledger, miner_version=version, remined_for_version=remined_for_version)
