"""The quality table of the training items (issue 13, item 10), computed from the curated tables.

Five figures, each of which a reader can check against a slice and its report:
- `finding_on_own_slice`: share of finding VQA items whose evidence is (or contains) the text whose image
  reference resolves to the item's own image (the snippet of a snippet_pairs row behind its pair).
- `duplicate_items`: VQA rows that repeat another row exactly (same image bytes, language, question,
  answer); `duplicate_share` is their share of all rows.
- `entropy_bits`: answer entropy (bits) per question template and language; 0 means the answer is constant.
- `captions_with_reference`: captions (German or English) that still hold an image reference ("(Serie 3,
  Bild 45)", "(3:87)") by the reference grammar.
- `pairs_series_mismatch`: image-text pairs whose image comes from another series than the one the
  caption's reference names.

It reads tables both with and without the columns this issue added (`template`, `snippet_pair_ids`,
`series_number`), so the same code measures a release before and after.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from curation.keyslices.windowing import CT_WINDOWS, MR_WINDOW, REFRAD_WINDOW
from curation.snippets.grammar import find_ref_spans

# Question forms of the template generator (before and after this issue) -> template name.
_TEMPLATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
        ("finding_exists", r"^(gibt es|is there|liegt .* vor\?$)"),
        ("organ_abnormal", r"^(ist .* auffällig|is the .* abnormal)"),
        ("finding_where", r"^(wo befindet sich|where is the .* located)"),
        ("finding_choice", r"^(welcher befund|which finding)"),
        ("finding_size", r"^(wie groß|how large)"),
        ("finding_side", r"^(auf welcher seite|on which side)"),
        ("finding_distractor", r"^(befindet sich|is the .* in the)"),
        ("modality", r"^(mit welcher modalität|which imaging modality)"),
        ("modality_yes_no", r"^(ist dies eine|is this an? )"),
        ("plane", r"^(in welcher ebene|in which plane)"),
        ("contrast_phase", r"^(in welcher kontrastmittelphase|which contrast phase)"),
        ("contrast", r"^(wurde kontrastmittel|was contrast)"),
        ("window", r"^(welches fenster|which window)"),
        ("body_part", r"^(welche körperregion|which body (part|region))"),
        ("mr_weighting", r"^(welche gewichtung|which (mr )?weighting|which sequence)"),
        ("grounding", r"^(wo ist|where is)"),
    ))


def template_of(question: str, source: str | None = None) -> str:
    """The template a question was made from (a stored `template` column wins over this guess)."""
    for name, pattern in _TEMPLATE_PATTERNS:
        if pattern.search(question.strip()):
            return name
    return f"other_{source or 'unknown'}"


def entropy_bits(values: Sequence[str]) -> float:
    return counts_entropy_bits(Counter(values))


def counts_entropy_bits(counts: Mapping[str, int]) -> float:
    """Shannon entropy (bits) of a distribution given by its counts."""
    total = sum(counts.values())
    return max(0.0, -sum(n / total * math.log2(n / total) for n in counts.values())) if total else 0.0


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _rows(table: pa.Table | Sequence[Mapping[str, Any]] | None) -> list[Mapping[str, Any]]:
    if table is None:
        return []
    return table.to_pylist() if isinstance(table, pa.Table) else list(table)


def _image_key(pair: Mapping[str, Any]) -> str:
    """The rendered slice a pair shows: its image's content hash (one stored image per slice)."""
    return str(pair.get("image_sha256") or pair.get("pair_id"))


@dataclass
class QualityTable:
    finding_items: int = 0
    finding_on_own_slice: int = 0
    vqa_items: int = 0
    duplicate_items: int = 0
    entropy_bits: dict[str, float] = field(default_factory=dict)
    captions: int = 0
    captions_with_reference: int = 0
    pairs: int = 0
    pairs_series_mismatch: int = 0

    @property
    def own_slice_share(self) -> float:
        return self.finding_on_own_slice / self.finding_items if self.finding_items else 1.0

    @property
    def duplicate_share(self) -> float:
        return self.duplicate_items / self.vqa_items if self.vqa_items else 0.0

    @property
    def constant_templates(self) -> list[str]:
        return sorted(k for k, v in self.entropy_bits.items() if v == 0.0)

    def as_metadata(self) -> dict[str, Any]:
        return {
            "quality_finding_on_own_slice": round(self.own_slice_share, 4),
            "quality_duplicate_items": self.duplicate_items,
            "quality_constant_templates": len(self.constant_templates),
            "quality_captions_with_reference": self.captions_with_reference,
            "quality_pairs_series_mismatch": self.pairs_series_mismatch,
        }

    def markdown(self) -> str:
        lines = ["| measure | value |", "|---|---|",
                 f"| finding items whose evidence is their own slice's text | {self.finding_on_own_slice} / "
                 f"{self.finding_items} ({self.own_slice_share:.0%}) |",
                 f"| VQA rows repeating another (image, language, question, answer) | {self.duplicate_items} / "
                 f"{self.vqa_items} ({self.duplicate_share:.0%}) |",
                 f"| templates with constant answer (entropy 0) | {len(self.constant_templates)} / "
                 f"{len(self.entropy_bits)} |",
                 f"| captions still holding an image reference | {self.captions_with_reference} / {self.captions} |",
                 f"| pairs whose image series differs from the referenced series | {self.pairs_series_mismatch} / "
                 f"{self.pairs} |",
                 "", "| template/lang | answer entropy (bits) |", "|---|---|"]
        lines += [f"| {k} | {v:.2f} |" for k, v in sorted(self.entropy_bits.items())]
        return "\n".join(lines)


def _legacy_pair_ids(snippets: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Tables written before pairs carried `snippet_pair_ids`: their pair_id was a hash of the snippet pair
    id, the caption source and the window, so the snippet behind a pair is found by recomputing it."""
    windows = (*CT_WINDOWS, MR_WINDOW, REFRAD_WINDOW)
    out = {}
    for s in snippets:
        for source in ("snippet", "sentence"):
            for window in windows:
                key = f"{s['pair_id']}/{source}\x1f{window}"
                out["T" + hashlib.sha256(key.encode()).hexdigest()[:20]] = s["pair_id"]
    return out


def _snippets_of(pairs: Sequence[Mapping[str, Any]], snippets: Sequence[Mapping[str, Any]]
                 ) -> dict[str, list[Mapping[str, Any]]]:
    """pair_id -> the snippet_pairs rows whose reference the pair's image illustrates."""
    by_id = {s["pair_id"]: s for s in snippets}
    legacy = None
    out: dict[str, list[Mapping[str, Any]]] = {}
    for p in pairs:
        ids = p.get("snippet_pair_ids")
        if ids is None:
            legacy = legacy if legacy is not None else _legacy_pair_ids(snippets)
            ids = [legacy[p["pair_id"]]] if p["pair_id"] in legacy else []
        out[p["pair_id"]] = [by_id[i] for i in ids if i in by_id]
    return out


def _referenced_series(pairs: Sequence[Mapping[str, Any]], refs_of: Mapping[str, list[Mapping[str, Any]]],
                       volumes: Mapping[str, Mapping[str, Any]]) -> int:
    """Pairs whose image series number is not the series their reference was resolved to."""
    mismatched = 0
    for p in pairs:
        refs = refs_of.get(p["pair_id"], [])
        image_series = p.get("series_number")
        if image_series is None:
            image_series = (volumes.get(p.get("volume_id") or "") or {}).get("series_number")
        referenced = {r.get("resolved_series") for r in refs}
        if refs and image_series not in referenced:
            mismatched += 1
    return mismatched


def quality_table(pairs: pa.Table | Sequence[Mapping[str, Any]], vqa: pa.Table | Sequence[Mapping[str, Any]],
                  snippets: pa.Table | Sequence[Mapping[str, Any]],
                  volumes: pa.Table | Sequence[Mapping[str, Any]] | None = None) -> QualityTable:
    """The quality table from the image_text_pairs, vqa_items, snippet_pairs (and volumes) tables."""
    pair_rows, vqa_rows, snippet_rows = _rows(pairs), _rows(vqa), _rows(snippets)
    volume_rows = {v["volume_id"]: v for v in _rows(volumes)}
    q = QualityTable(vqa_items=len(vqa_rows), pairs=len(pair_rows))
    refs_of = _snippets_of(pair_rows, snippet_rows)
    own = {k: [t for t in (_norm(r.get("snippet")) for r in v) if t] for k, v in refs_of.items()}
    image_of = {p["pair_id"]: _image_key(p) for p in pair_rows}
    seen: set[tuple[str, ...]] = set()
    answers: dict[str, list[str]] = defaultdict(list)
    for row in vqa_rows:
        key = (image_of.get(row["pair_id"], row["pair_id"]), row["lang"], _norm(row["question"]), _norm(row["answer"]))
        if key in seen:
            q.duplicate_items += 1
        seen.add(key)
        template = row.get("template") or template_of(row["question"], row.get("question_source"))
        answers[f"{template}/{row['lang']}"].append(_norm(row["answer"]))
        if row.get("question_source") == "finding":
            q.finding_items += 1
            evidence = _norm(row.get("evidence"))
            if evidence and any(s in evidence or evidence in s for s in own.get(row["pair_id"], [])):
                q.finding_on_own_slice += 1
    q.entropy_bits = {k: round(entropy_bits(v), 4) for k, v in answers.items()}
    for p in pair_rows:
        for caption in (p.get("caption_de"), p.get("caption_en")):
            if caption:
                q.captions += 1
                q.captions_with_reference += bool(find_ref_spans(caption))
    q.pairs_series_mismatch = _referenced_series(pair_rows, refs_of, volume_rows)
    return q
