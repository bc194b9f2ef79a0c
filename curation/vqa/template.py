"""The embedded template generator: SLAKE / VQA-RAD style questions without any model.

Per image and language (RefRad2D's budget is a ceiling, not a quota):
- up to 5 finding items, only from the text that describes this image: the snippets whose image
  reference resolves to it (`request.own_texts`; else the report sentences of its caption). Size, side,
  organ and negation come from that same text; the organ also from the study's context (findings.py).
  Templates: exists (yes/no), where (organ), size, side, organ yes/no (the true organ or a distractor,
  balanced by a hash of the image), which finding (choice).
- up to 3 metadata items: modality yes/no (asks "MR?" or "CT?" of every image, balanced), modality
  (choice), body part, contrast (description words), MR weighting (description, else echo time), plane,
  contrast phase, window.
- grounding items ("Where is the liver?" -> box tokens) with class display names in the item's language.
At most one item per (image, language, template, finding). A negated finding ("keine Zyste") answers no.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field, replace

from curation.segment.classes import structure as structure_class
from curation.vqa.findings import OrganContext, ReportFinding, extract_findings, sentences, side_of
from curation.vqa.lexicon import (
    BODY_PARTS,
    CONTRAST_PHASES,
    FINDINGS,
    MODALITY_NAMES,
    MR_WEIGHTINGS,
    ORGAN_BY_KEY,
    ORGANS,
    PLANE_NAMES,
    SIZE_RE,
    WINDOWS,
    Finding,
    contrast_given,
)
from curation.vqa.protocol import GeneratedItem, GeneratorInfo, VqaRequest, VqaResult
from curation.vqa.schema import YES_NO, VqaItem

TEMPLATE_VERSION = "template_v2"
MODALITY_OPTIONS = {"de": ("CT", "MRT", "Röntgen", "Ultraschall"), "en": ("CT", "MRI", "X-ray", "ultrasound")}
SIDES = {"left": ("links", "left"), "right": ("rechts", "right")}


def _an(word: str) -> str:
    """English article: "an MRI", "a CT", "an effusion", "a nodule" (acronyms by their letter's sound)."""
    first = word.split("-")[0]
    vowel_sound = first[:1] in "AEFHILMNORSX" if first.isupper() else first[:1].lower() in "aeiou"
    return ("an " if vowel_sound else "a ") + word


def _item(question: str, answer: str, answer_type: str, evidence: str, lang: str,
          options: tuple[str, ...] = ()) -> VqaItem:
    return VqaItem(question=question, answer=answer, answer_type=answer_type, options=options,
                   evidence=evidence, lang=lang)


def _rng(*parts: str) -> random.Random:
    """Deterministic choices (distractors, option order, which yes/no) from the request content."""
    return random.Random(int(hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16], 16))


def _finding_name(finding: Finding, lang: str) -> str:
    return finding.de_def.split(" ", 1)[1] if lang == "de" else finding.en


@dataclass(frozen=True)
class Candidate:
    template: str
    finding: str
    item: VqaItem


def _finding_items(rf: ReportFinding, lang: str, seed: str) -> list[Candidate]:
    """Candidate items of one finding, in template order; all from the finding's own text."""
    yes, no = YES_NO[lang]
    de = lang == "de"
    ev = rf.sentence
    organ, finding = rf.organ, rf.finding
    key = "/".join(rf.key) + f"/{rf.size or ''}/{rf.side or ''}"
    out: list[Candidate] = []

    def add(template: str, item: VqaItem) -> None:
        out.append(Candidate(template, key, item))

    if finding is None:
        if organ is not None:
            q = f"Ist {organ.de_def} auffällig?" if de else f"Is the {organ.en} abnormal?"
            add("organ_abnormal", _item(q, no, "closed", ev, lang))
        return out
    # A negation is scoped by its organ ("keine Zyste in der Leber"); a positive finding's organ is asked
    # by finding_organ_yes_no, so the yes/no here does not repeat it.
    where = (f" {organ.de_in}" if de else f" in the {organ.en}") if organ and rf.negated else ""
    q = f"Gibt es {finding.de_acc}{where}?" if de else f"Is there {_an(finding.en)}{where}?"
    add("finding_exists", _item(q, no if rf.negated else yes, "closed", ev, lang))
    if rf.negated:
        return out
    name = _finding_name(finding, lang)
    if organ is not None:
        q = f"Wo befindet sich {finding.de_def}?" if de else f"Where is the {finding.en} located?"
        add("finding_where", _item(q, organ.de if de else organ.en, "open", ev, lang))
    if rf.size:
        q = f"Wie groß ist {finding.de_def}?" if de else f"How large is the {finding.en}?"
        add("finding_size", _item(q, rf.size, "open", ev, lang))
    if rf.side:
        q = f"Auf welcher Seite befindet sich {finding.de_def}?" if de else f"On which side is the {finding.en}?"
        add("finding_side", _item(q, SIDES[rf.side][0 if de else 1], "open", ev, lang))
    rng = _rng(seed, finding.key, organ.key if organ else "")
    if organ is not None:
        truthful = rng.random() < 0.5
        asked = organ if truthful else rng.choice([o for o in ORGANS if o.key != organ.key])
        q = f"Befindet sich {finding.de_def} {asked.de_in}?" if de else f"Is the {finding.en} in the {asked.en}?"
        add("finding_organ_yes_no", _item(q, yes if truthful else no, "closed", ev, lang))
        wrong = rng.sample([f for f in FINDINGS if f.key != finding.key], 3)
        options = [finding, *wrong]
        rng.shuffle(options)
        q = f"Welcher Befund liegt {organ.de_in} vor?" if de else f"Which finding is seen in the {organ.en}?"
        add("finding_choice", _item(q, name, "choice", ev, lang, tuple(_finding_name(f, lang) for f in options)))
    return out


def own_findings(request: VqaRequest) -> list[ReportFinding]:
    """Findings of the text that describes this image only (see the module docstring)."""
    context = OrganContext(
        body_part=request.body_part,
        slice_structures=frozenset(request.slice_structures) if request.slice_structures is not None else None,
        segmented=frozenset(request.segmented_structures) if request.segmented_structures is not None else None)
    texts = list(request.own_texts)
    if not texts and request.caption:
        caption = {" ".join(s.split()) for s in sentences(request.caption)}
        texts = [s for s in sentences(request.report_text) if " ".join(s.split()) in caption]
    found: list[ReportFinding] = []
    seen: set[tuple[str, str, str | None, str | None]] = set()
    for text in texts:
        for rf in extract_findings(text, context) or _inherited(text, request.report_text, context):
            key = (*rf.key, rf.size, rf.side)
            if key not in seen:
                seen.add(key)
                found.append(rf)
    return found


def _inherited(text: str, report_text: str, context: OrganContext) -> list[ReportFinding]:
    """A snippet that names no finding ("und 14 mm (Bild 41)") describes the finding of its sentence: the
    finding and organ come from the sentence, size and side from the snippet itself; evidence the sentence."""
    sentence = next((s for s in sentences(report_text) if text in s), None)
    if sentence is None:
        return []
    size = SIZE_RE.search(text)
    side = side_of(text)
    out = []
    for rf in extract_findings(sentence, context):
        if rf.finding is not None and not rf.negated:
            out.append(replace(rf, size=size.group() if size else None, side=side or rf.side))
            break
    return out


def finding_items(findings: list[ReportFinding], lang: str, seed: str, budget: int) -> list[Candidate]:
    """Up to `budget` items, template by template across findings; one per (template, finding)."""
    per_finding = [_finding_items(rf, lang, seed) for rf in findings]
    order = ("finding_exists", "organ_abnormal", "finding_where", "finding_size", "finding_side",
             "finding_organ_yes_no", "finding_choice")
    seen: set[tuple[str, str]] = set()
    ordered: list[Candidate] = []
    for template in order:
        for candidates in per_finding:
            for c in candidates:
                if c.template == template and (c.template, c.finding) not in seen:
                    seen.add((c.template, c.finding))
                    ordered.append(c)
    # Spread the budget over templates: round-robin by template so one finding's yes/no does not fill it.
    by_template: dict[str, list[Candidate]] = {}
    for c in ordered:
        by_template.setdefault(c.template, []).append(c)
    spread: list[Candidate] = []
    while any(by_template.values()):
        for template in order:
            if by_template.get(template):
                spread.append(by_template[template].pop(0))
    return spread[:budget]


def _match(table: tuple[tuple[str, str, str], ...], text: str, lang: str) -> str | None:
    for pattern, de, en in table:
        if re.search(pattern, text, re.IGNORECASE):
            return de if lang == "de" else en
    return None


def _mr_weighting(request: VqaRequest, lang: str) -> tuple[str, str] | None:
    """(answer, evidence line) from the series description, else from the echo time."""
    found = _match(MR_WEIGHTINGS, request.series_description, lang) if request.series_description else None
    if found:
        return found, f"Series: {request.series_description}"
    if request.echo_time is not None and (request.echo_time >= 80 or request.echo_time <= 20):
        return ("T2" if request.echo_time >= 80 else "T1"), f"Echo time: {request.echo_time:g} ms"
    return None


def metadata_items(request: VqaRequest, lang: str, budget: int) -> list[Candidate]:
    """Header facts with their header line as evidence; yes/no balanced, no constant-answer question."""
    de = lang == "de"
    yes, no = YES_NO[lang]
    out: list[Candidate] = []
    names = MODALITY_NAMES.get(request.modality.upper())
    rng = _rng(request.image_ref, "metadata")
    if names:
        asked = rng.choice(("CT", "MR"))
        asked_name = MODALITY_NAMES[asked][0 if de else 1]
        q = f"Ist dies eine {asked_name}-Aufnahme?" if de else f"Is this {_an(asked_name)} image?"
        out.append(Candidate("modality_yes_no", asked, _item(
            q, yes if asked == request.modality.upper() else no, "closed", f"Modality: {request.modality}", lang)))
    part = BODY_PARTS.get(request.body_part.upper()) if request.body_part else None
    if part:
        q = "Welche Körperregion ist dargestellt?" if de else "Which body region is shown?"
        out.append(Candidate("body_part", "", _item(q, part[0 if de else 1], "open",
                                                    f"Body part: {request.body_part}", lang)))
    if request.modality.upper() == "MR":
        weighting = _mr_weighting(request, lang)
        if weighting:
            q = "Welche Gewichtung hat die Sequenz?" if de else "Which MR weighting is shown?"
            out.append(Candidate("mr_weighting", "", _item(q, weighting[0], "open", weighting[1], lang)))
    contrast = contrast_given(request.series_description, request.study_description)
    if contrast is not None:
        line = (f"Series: {request.series_description}" if contrast[1] == "series"
                else f"Study: {request.study_description}")
        q = "Wurde Kontrastmittel gegeben?" if de else "Was contrast medium given?"
        out.append(Candidate("contrast", "", _item(q, yes if contrast[0] else no, "closed", line, lang)))
    phase = _match(CONTRAST_PHASES, request.series_description, lang) if request.series_description else None
    if phase:
        q = "In welcher Kontrastmittelphase wurde die Serie aufgenommen?" if de else "Which contrast phase is shown?"
        out.append(Candidate("contrast_phase", "", _item(q, phase, "open", f"Series: {request.series_description}",
                                                         lang)))
    plane = PLANE_NAMES.get(request.plane.lower())
    if plane:
        q = "In welcher Ebene ist das Bild dargestellt?" if de else "In which plane is the image shown?"
        out.append(Candidate("plane", "", _item(q, plane[0] if de else plane[1], "open", f"Plane: {request.plane}",
                                                lang)))
    window = _match(WINDOWS, request.window, lang) if request.window and request.modality.upper() == "CT" else None
    if window:
        q = "Welches Fenster wird dargestellt?" if de else "Which window is displayed?"
        out.append(Candidate("window", "", _item(q, window, "open", f"Window: {request.window}", lang)))
    if names:
        q = "Mit welcher Modalität wurde das Bild aufgenommen?" if de else "Which imaging modality was used?"
        out.append(Candidate("modality", "", _item(q, names[0] if de else names[1], "choice",
                                                   f"Modality: {request.modality}", lang, MODALITY_OPTIONS[lang])))
    return out[:budget]


def _structure_name(structure: str, lang: str) -> str:
    try:
        cls = structure_class(structure)
    except (KeyError, ValueError):
        return structure.replace("_", " ")
    return cls.name_de if lang == "de" else cls.name_en


def grounding_items(request: VqaRequest, lang: str, budget: int) -> list[Candidate]:
    """'Where is X?' answered by the box tokens of a structure segmented on this slice, X named in `lang`."""
    out: list[Candidate] = []
    seen: set[str] = set()
    for hint in request.grounding:
        if hint.structure in seen or not hint.bbox_tokens:
            continue
        seen.add(hint.structure)
        organ = ORGAN_BY_KEY.get(hint.structure)
        if lang == "de":
            q = f"Wo ist {organ.de_def}?" if organ else f"Wo befindet sich: {_structure_name(hint.structure, 'de')}?"
        else:
            q = f"Where is the {organ.en if organ else _structure_name(hint.structure, 'en')}?"
        out.append(Candidate("grounding", hint.structure, _item(
            q, hint.bbox_tokens, "open", f"Structure: {hint.phrase} {hint.bbox_tokens}", lang)))
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
        findings = own_findings(request)
        seed = request.image_ref
        items: list[GeneratedItem] = []
        for lang in request.langs:
            for source, candidates in (
                    ("finding", finding_items(findings, lang, seed, self.finding_budget)),
                    ("metadata", metadata_items(request, lang, self.metadata_budget)),
                    ("grounding", grounding_items(request, lang, self.grounding_budget))):
                items += [GeneratedItem(c.item, source, c.template, c.finding) for c in candidates]
        return VqaResult(image_ref=request.image_ref, items=tuple(items))

    def generate(self, requests: list[VqaRequest]) -> list[VqaResult]:
        return [self.generate_one(r) for r in requests]
