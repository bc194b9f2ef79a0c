"""The generator protocol and the request/result records every backend speaks."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from curation.vqa.schema import LANGS, VqaItem

QUESTION_SOURCES: tuple[str, ...] = ("finding", "metadata", "grounding", "llm")


@dataclass(frozen=True)
class GroundingHint:
    """A structure segmented on this slice and named in the report (from grounding_items)."""

    structure: str
    phrase: str
    lang: str
    bbox_tokens: str


@dataclass(frozen=True)
class VqaRequest:
    """Everything a generator may use for one image: de-identified text and slice metadata only."""

    image_ref: str                      # pair_id of the image-text pair
    report_id: str
    report_text: str                    # de-identified report
    report_lang: str
    caption: str = ""                   # the caption sentence(s) of this slice
    modality: str = ""
    plane: str = ""
    window: str = ""
    series_description: str = ""
    volume_id: str = ""
    slice_index: int | None = None
    grounding: tuple[GroundingHint, ...] = ()
    langs: tuple[str, ...] = LANGS
    # The report text(s) whose image reference resolves to this image (report substrings): the only
    # text finding items may come from (issue 13). Empty: the caption's report sentences are used.
    own_texts: tuple[str, ...] = ()
    body_part: str = ""                 # DICOM BodyPartExamined of the image's series
    study_description: str = ""
    echo_time: float | None = None      # MR echo time (ms) of the image's series
    slice_structures: tuple[str, ...] | None = None   # label-map classes on this slice; None: no label map
    segmented_structures: tuple[str, ...] | None = None  # classes of the whole label map

    def __post_init__(self) -> None:
        bad = [lang for lang in self.langs if lang not in LANGS]
        if bad or not self.langs:
            raise ValueError(f"langs must be a non-empty subset of {LANGS}, got {self.langs!r}")

    def metadata_lines(self) -> list[str]:
        """Header and segmentation facts, the evidence source of metadata and grounding items."""
        lines = [f"Modality: {self.modality}", f"Plane: {self.plane}"]
        if self.window:
            lines.append(f"Window: {self.window}")
        if self.series_description:
            lines.append(f"Series: {self.series_description}")
        if self.study_description:
            lines.append(f"Study: {self.study_description}")
        if self.body_part:
            lines.append(f"Body part: {self.body_part}")
        if self.echo_time is not None:
            lines.append(f"Echo time: {self.echo_time:g} ms")
        lines += [f"Structure: {g.phrase} {g.bbox_tokens}" for g in self.grounding]
        return lines

    def evidence_context(self) -> str:
        """The text an item's evidence must be found in: the report plus the metadata lines."""
        return "\n".join([self.report_text, *self.metadata_lines()])

    def own_context(self) -> str | None:
        """The text items on this image may cite: the report sentences holding its own texts, and the
        metadata lines; None when the request has no own texts (then the whole report is the context)."""
        if not self.own_texts:
            return None
        from curation.vqa.findings import sentences

        held = [s for s in sentences(self.report_text) if any(t in s for t in self.own_texts)]
        return "\n".join([*self.own_texts, *held, *self.metadata_lines()])

    def content_sha256(self) -> str:
        """Hash of everything a generator sees; a change gives a new cache key."""
        payload = json.dumps([self.report_text, self.report_lang, self.caption, self.metadata_lines(),
                              list(self.langs), list(self.own_texts), self.slice_structures,
                              self.segmented_structures], ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()


@dataclass(frozen=True)
class GeneratedItem:
    """A schema-valid item plus where its question came from."""

    item: VqaItem
    question_source: str = "llm"
    template: str = ""        # the question template ("" for LLM items)
    finding: str = ""         # what the item is about (finding key/organ/side for finding items)


@dataclass(frozen=True)
class VqaResult:
    """A generator's answer for one request; `schema_rejects` counts items that failed the schema."""

    image_ref: str
    items: tuple[GeneratedItem, ...] = ()
    schema_rejects: int = 0
    error: str | None = None


@dataclass(frozen=True)
class GeneratorInfo:
    """Identity of a generator, stored with every item and part of the cache key."""

    backend: str
    model: str
    prompt_version: str

    def as_dict(self) -> dict[str, str]:
        return {"backend": self.backend, "model": self.model, "prompt_version": self.prompt_version}


@runtime_checkable
class VqaGenerator(Protocol):
    """Turns requests into items, one result per request in the same order."""

    info: GeneratorInfo

    def generate(self, requests: list[VqaRequest]) -> list[VqaResult]: ...

