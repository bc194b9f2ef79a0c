"""LLM translation over the same server backend: the Translator the reports stage can plug in.

Matches the reports helper's Translator protocol: translate(texts, source="de", target="en") -> list[str].
One chat request per text, JSON-schema constrained to {"translation": str}, concurrency bounded by the
client. Empty texts are returned as they are without a request.
"""

from __future__ import annotations

from typing import Any

from radcurate.curation.vqa.server import ChatClient

TRANSLATION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"translation": {"type": "string"}},
    "required": ["translation"],
    "additionalProperties": False,
}
LANG_NAMES = {"de": "German", "en": "English"}
TRANSLATE_PROMPT_VERSION = "translate_v1"
_PROMPT = ("Translate the following de-identified radiology report text from {source} to {target}. "
           "Keep medical terms precise, keep numbers, units and placeholders such as [NAME] or [DATUM] "
           "unchanged, add nothing. Answer as JSON {{\"translation\": \"...\"}}.\n\nText:\n{text}")


class LlmTranslator:
    """DE<->EN translation through an OpenAI-compatible chat server."""

    def __init__(self, client: ChatClient) -> None:
        self.client = client
        self.model = client.config.model
        self.prompt_version = TRANSLATE_PROMPT_VERSION

    def translate(self, texts: list[str], source: str = "de", target: str = "en") -> list[str]:
        for name, lang in (("source", source), ("target", target)):
            if lang not in LANG_NAMES:
                raise ValueError(f"{name} must be one of {sorted(LANG_NAMES)}, got {lang!r}")
        if source == target:
            return list(texts)

        def one(text: str) -> str:
            if not text.strip():
                return text
            prompt = _PROMPT.format(source=LANG_NAMES[source], target=LANG_NAMES[target], text=text)
            answer = self.client.chat_json([{"role": "user", "content": prompt}], TRANSLATION_SCHEMA,
                                           "translation")
            translation = answer.get("translation")
            if not isinstance(translation, str):
                raise ValueError("translation answer has no 'translation' string")
            return translation

        return self.client.map(one, list(texts))
