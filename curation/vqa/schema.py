"""One JSON schema for a VQA item, and the pydantic models that check what a generator returns.

The same schema goes to the LLM (server `response_format` json_schema, offline StructuredOutputsParams)
and to validation, so a model constrained by it cannot produce a shape the pipeline rejects as malformed.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

ANSWER_TYPES: tuple[str, ...] = ("closed", "open", "choice")
LANGS: tuple[str, ...] = ("de", "en")
YES_NO: dict[str, tuple[str, str]] = {"de": ("ja", "nein"), "en": ("yes", "no")}
SCHEMA_NAME = "vqa_items"

ITEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "question": {"type": "string", "minLength": 3},
        "answer": {"type": "string", "minLength": 1},
        "answer_type": {"type": "string", "enum": list(ANSWER_TYPES)},
        "options": {"type": "array", "items": {"type": "string"}},
        "evidence": {"type": "string", "minLength": 1},
        "lang": {"type": "string", "enum": list(LANGS)},
    },
    # strict json_schema mode requires every property to be listed as required
    "required": ["question", "answer", "answer_type", "options", "evidence", "lang"],
    "additionalProperties": False,
}

RESPONSE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"items": {"type": "array", "items": ITEM_SCHEMA}},
    "required": ["items"],
    "additionalProperties": False,
}


class VqaItem(BaseModel):
    """One question-answer item; `evidence` is the report (or header) text that supports the answer."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    question: str = Field(min_length=3)
    answer: str = Field(min_length=1)
    answer_type: Literal["closed", "open", "choice"]
    options: tuple[str, ...] = ()
    evidence: str = Field(min_length=1)
    lang: Literal["de", "en"]


class VqaResponse(BaseModel):
    """What a generator answers for one request: `{"items": [...]}`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    items: tuple[VqaItem, ...]


def parse_items(raw: list[Any]) -> tuple[list[VqaItem], int]:
    """Parse raw item dicts one by one: (the schema-valid items, how many failed the schema).

    Item-wise parsing keeps the good items of a response that has one malformed entry.
    """
    good: list[VqaItem] = []
    bad = 0
    for entry in raw:
        try:
            good.append(VqaItem.model_validate(entry))
        except ValidationError:
            bad += 1
    return good, bad
