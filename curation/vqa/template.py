"""The embedded template generator: SLAKE / VQA-RAD style questions without any model.

Per image and language: up to 5 items from the report's findings (yes/no, where, size, organ choice,
negated distractors), 3 from slice metadata (modality, plane, window or contrast phase) and a few
grounding items ("Wo ist die Leber?" -> box tokens). A negated finding ("keine Zyste") answers "nein".
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field
from itertools import zip_longest

from curation.vqa.findings import ReportFinding, extract_findings
from curation.vqa.lexicon import (
    CONTRAST_PHASES,
    FINDINGS,
    MODALITY_NAMES,
    ORGANS,
    PLANE_NAMES,
    WINDOWS,
    Finding,
)
from curation.vqa.protocol import GeneratedItem, GeneratorInfo, VqaRequest, VqaResult
from curation.vqa.schema import YES_NO, VqaItem

TEMPLATE_VERSION = "template_v1"
ORGAN_BY_KEY = {organ.key: organ for organ in ORGANS}
MODALITY_OPTIONS = {"de": ("CT", "MRT", "Röntgen", "Ultraschall"), "en": ("CT", "MRI", "X-ray", "ultrasound")}


def _an(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _item(question: str, answer: str, answer_type: str, evidence: str, lang: str,
          options: tuple[str, ...] = ()) -> VqaItem:
    return VqaItem(question=question, answer=answer, answer_type=answer_type, options=options,
                   evidence=evidence, lang=lang)


def _rng(*parts: str) -> random.Random:
    """Deterministic choices (distractors, option order) from the request content."""
    return random.Random(int(hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16], 16))


def _finding_name(finding: Finding, lang: str) -> str:
    return finding.de_def.split(" ", 1)[1] if lang == "de" else finding.en


def _finding_items(rf: ReportFinding, lang: str, seed: str) -> dict[str, VqaItem]:
    """Candidate items of one finding by kind; the caller picks across findings for variety."""
    yes, no = YES_NO[lang]
    de = lang == "de"
    ev = rf.sentence
    out: dict[str, VqaItem] = {}
    organ, finding = rf.organ, rf.finding
    if finding is None:
        if organ is not None:
            q = f"Ist {organ.de_def} auffällig?" if de else f"Is the {organ.en} abnormal?"
            out["exists"] = _item(q, no, "closed", ev, lang)
        return out
    where = (f" {organ.de_in}" if de else f" in the {organ.en}") if organ else ""
    q = f"Gibt es {finding.de_acc}{where}?" if de else f"Is there {_an(finding.en)}{where}?"
    out["exists"] = _item(q, no if rf.negated else yes, "closed", ev, lang)
    if rf.negated:
        return out
    if organ is not None:
        q = f"Wo befindet sich {finding.de_def}?" if de else f"Where is the {finding.en} located?"
        out["where"] = _item(q, organ.de if de else organ.en, "open", ev, lang)
        # Choice asks "which finding" (not "which organ", which would repeat the where-question).
        rng = _rng(seed, finding.key, organ.key)
        wrong = rng.sample([f for f in FINDINGS if f.key != finding.key], 3)
        options = [finding, *wrong]
        rng.shuffle(options)
        names = tuple(_finding_name(f, lang) for f in options)
        q = f"Welcher Befund liegt {organ.de_in} vor?" if de else f"Which finding is seen in the {organ.en}?"
        out["choice"] = _item(q, _finding_name(finding, lang), "choice", ev, lang, names)
        distractors = rng.sample([o for o in ORGANS if o.key != organ.key], 1)
        other = distractors[0]
        q = (f"Befindet sich {finding.de_def} {other.de_in}?" if de
             else f"Is the {finding.en} in the {other.en}?")
        out["distractor"] = _item(q, no, "closed", ev, lang)
    if rf.size:
        q = f"Wie groß ist {finding.de_def}?" if de else f"How large is the {finding.en}?"
        out["size"] = _item(q, rf.size, "open", ev, lang)
    return out


KIND_ORDER = ("exists", "where", "choice", "size", "distractor")


def finding_items(findings: list[ReportFinding], lang: str, seed: str, budget: int) -> list[VqaItem]:
    """Up to `budget` items, kind by kind across findings (all yes/no first, then where, ...)."""
    per_finding = [_finding_items(rf, lang, seed) for rf in findings]
    # Alternate yes/no items with the other kinds: more findings and more question types per image.
    closed = [items["exists"] for items in per_finding if "exists" in items]
    other = [items[kind] for kind in KIND_ORDER[1:] for items in per_finding if kind in items]
    ordered = [item for pair in zip_longest(closed, other) for item in pair if item is not None]
    return ordered[:budget]


def _match(table: tuple[tuple[str, str, str], ...], text: str, lang: str) -> str | None:
    for pattern, de, en in table:
        if re.search(pattern, text, re.IGNORECASE):
            return de if lang == "de" else en
    return None


def metadata_items(request: VqaRequest, lang: str, budget: int) -> list[VqaItem]:
    """Modality, plane, and window or contrast phase, each with its header line as evidence."""
    de = lang == "de"
    out: list[VqaItem] = []
    names = MODALITY_NAMES.get(request.modality.upper())
    if names:
        q = "Mit welcher Modalität wurde das Bild aufgenommen?" if de else "Which imaging modality was used?"
        out.append(_item(q, names[0] if de else names[1], "choice", f"Modality: {request.modality}", lang,
                         MODALITY_OPTIONS[lang]))
    plane = PLANE_NAMES.get(request.plane.lower())
    if plane:
        q = "In welcher Ebene ist das Bild dargestellt?" if de else "In which plane is the image shown?"
        out.append(_item(q, plane[0] if de else plane[1], "open", f"Plane: {request.plane}", lang))
    phase = _match(CONTRAST_PHASES, request.series_description, lang) if request.series_description else None
    window = _match(WINDOWS, request.window, lang) if request.window else None
    if phase:
        q = "In welcher Kontrastmittelphase wurde die Serie aufgenommen?" if de else "Which contrast phase is shown?"
        out.append(_item(q, phase, "open", f"Series: {request.series_description}", lang))
    elif window:
        q = "Welches Fenster wird dargestellt?" if de else "Which window is displayed?"
        out.append(_item(q, window, "open", f"Window: {request.window}", lang))
    elif names:
        other = "MRT" if names[0] == "CT" else "CT"
        other_en = "MRI" if other == "MRT" else "CT"
        q = f"Ist dies eine {other}-Aufnahme?" if de else f"Is this {_an(other_en)} image?"
        out.append(_item(q, YES_NO[lang][1], "closed", f"Modality: {request.modality}", lang))
    return out[:budget]


def grounding_items(request: VqaRequest, lang: str, budget: int) -> list[VqaItem]:
    """'Where is X?' answered by the box tokens of a structure segmented on this slice."""
    out: list[VqaItem] = []
    seen: set[str] = set()
    for hint in request.grounding:
        if hint.structure in seen or not hint.bbox_tokens:
            continue
        seen.add(hint.structure)
        organ = ORGAN_BY_KEY.get(hint.structure)
        if lang == "de":
            q = f"Wo ist {organ.de_def}?" if organ else f"Wo ist „{hint.phrase}“ zu sehen?"
        else:
            q = f"Where is the {organ.en if organ else hint.structure.replace('_', ' ')}?"
        out.append(_item(q, hint.bbox_tokens, "open", f"Structure: {hint.phrase} {hint.bbox_tokens}", lang))
        if len(out) >= budget:
            break
    return out


@dataclass(frozen=True)
class TemplateGenerator:
    """Rule-based default backend; deterministic, no model, any machine."""

    finding_budget: int = 5
    metadata_budget: int = 3
    grounding_budget: int = 2
    info: GeneratorInfo = field(default=GeneratorInfo("template", "rules", TEMPLATE_VERSION))

    def __post_init__(self) -> None:
        for name in ("finding_budget", "metadata_budget", "grounding_budget"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)}")

    def generate_one(self, request: VqaRequest) -> VqaResult:
        # The slice's own caption sentences come first: they describe what this image shows.
        caption_findings = extract_findings(request.caption) if request.caption else []
        caption_sentences = {rf.sentence for rf in caption_findings}
        report_findings = extract_findings(request.report_text)
        findings = ([rf for rf in report_findings if rf.sentence in caption_sentences]
                    + [rf for rf in report_findings if rf.sentence not in caption_sentences])
        seed = request.content_sha256()
        items: list[GeneratedItem] = []
        for lang in request.langs:
            items += [GeneratedItem(i, "finding") for i in finding_items(findings, lang, seed, self.finding_budget)]
            items += [GeneratedItem(i, "metadata") for i in metadata_items(request, lang, self.metadata_budget)]
            items += [GeneratedItem(i, "grounding") for i in grounding_items(request, lang, self.grounding_budget)]
        return VqaResult(image_ref=request.image_ref, items=tuple(items))

    def generate(self, requests: list[VqaRequest]) -> list[VqaResult]:
        return [self.generate_one(r) for r in requests]
