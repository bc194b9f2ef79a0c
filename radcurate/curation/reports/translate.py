"""The DE->EN translation hook for reports.

The VQA/LLM helper provides an LLM-backed `Translator`; without one, `text_en` stays null and the
asset metadata says "translation: not configured". Only de-identified text is ever translated.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

NOT_CONFIGURED = "not configured"


@runtime_checkable
class Translator(Protocol):
    """Translates de-identified report texts; must return one output per input, in order."""

    def translate(self, texts: list[str], source: str = "de", target: str = "en") -> list[str]: ...


def translate_reports(texts: list[str], langs: list[str],
                      translator: Translator | None) -> tuple[list[str | None], str]:
    """English text per report and a status line for the metadata.

    Without a translator every text_en stays null (English originals too), so a null text_en always
    means "no translation step ran"; with one, German texts are translated and English ones copied.
    """
    if len(texts) != len(langs):
        raise ValueError("texts and langs must have the same length")
    if translator is None:
        return [None] * len(texts), NOT_CONFIGURED
    german = [i for i, lang in enumerate(langs) if lang == "de"]
    out: list[str | None] = [t if lang == "en" else None for t, lang in zip(texts, langs, strict=True)]
    translated = translator.translate([texts[i] for i in german], source="de", target="en") if german else []
    if len(translated) != len(german):
        raise ValueError(f"translator returned {len(translated)} texts for {len(german)} inputs")
    for i, text in zip(german, translated, strict=True):
        out[i] = text
    return out, f"translated {len(german)}"
