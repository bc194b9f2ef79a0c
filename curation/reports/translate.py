"""The DE->EN translation hook for reports, snippets and captions.

A `Translator` (the LLM one lives in curation/vqa/translate.py) turns de-identified German text into
English. Without one every English column stays null and asset metadata says "translation: not
configured", so a null English column always means "no translation step ran or it was dropped".
Only de-identified text is ever translated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

NOT_CONFIGURED = "not configured"


@dataclass(frozen=True)
class TranslatorInfo:
    """Which backend and model translated, and the prompt version: part of every cache key."""

    backend: str
    model: str
    prompt_version: str

    @property
    def label(self) -> str:
        """The metadata line value: "<backend>/<model>"."""
        return f"{self.backend}/{self.model}"


@runtime_checkable
class Translator(Protocol):
    """Translates de-identified texts; one output per input, in order.

    None for a text means that one text could not be translated (a failed request); the caller keeps
    the English column null for it and counts it, the other texts are unaffected.
    """

    info: TranslatorInfo

    def translate(self, texts: list[str], source: str = "de", target: str = "en") -> list[str | None]: ...


# A corpus step's translator for one recomputed export: its answers checked for the PHI of the patients of
# these exports only (curation/reports/translation_cache.ExportTranslator.for_exports).
TranslatorFor = Callable[[tuple[str, ...]], Translator | None]


def translation_status(translator: Translator | None, reason: str | None = None) -> str:
    """The metadata value: "<backend>/<model>" or "not configured" (with why, when a reason is given)."""
    if translator is not None:
        return translator.info.label
    return f"{NOT_CONFIGURED} ({reason})" if reason else NOT_CONFIGURED


def english_texts(texts: list[str | None], langs: list[str | None],
                  translator: Translator | None) -> list[str | None]:
    """English text per input: English copied (an English original is its own English text), German
    translated when a translator is configured (else null), anything else null.
    """
    if len(texts) != len(langs):
        raise ValueError(f"texts ({len(texts)}) and langs ({len(langs)}) must have the same length")
    out: list[str | None] = [t if lang == "en" else None for t, lang in zip(texts, langs, strict=True)]
    if translator is None:
        return out
    german = [i for i, (t, lang) in enumerate(zip(texts, langs, strict=True)) if lang == "de" and t]
    translated = translator.translate([texts[i] or "" for i in german], source="de", target="en") if german else []
    if len(translated) != len(german):
        raise ValueError(f"translator returned {len(translated)} texts for {len(german)} inputs")
    for i, text in zip(german, translated, strict=True):
        out[i] = text
    return out


def translate_reports(texts: list[str], langs: list[str],
                      translator: Translator | None) -> tuple[list[str | None], str]:
    """text_en per report and the metadata status line ("<backend>/<model>" or "not configured")."""
    return english_texts(list(texts), list(langs), translator), translation_status(translator)
