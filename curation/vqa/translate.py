"""LLM translation over the same server backend: the Translator the reports stage can plug in.

Matches the reports Translator protocol: translate(texts, source="de", target="en") -> list[str | None].
One chat request per text, JSON-schema constrained to {"translation": str}, concurrency bounded by the
client. Empty texts are returned as they are without a request. A request that fails for good (after the
client's retries) gives None for that text only; an unreachable server raises LlmUnreachableError,
since that is a deployment problem no later text will get past.
"""

from __future__ import annotations

import logging
from typing import Any

from curation.reports.translate import TranslatorInfo
from curation.vqa.server import ChatClient, LlmRequestError

log = logging.getLogger(__name__)

TRANSLATION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"translation": {"type": "string"}},
    "required": ["translation"],
    "additionalProperties": False,
}
LANG_NAMES = {"de": "German", "en": "English"}
TRANSLATE_PROMPT_VERSION = "translate_v2"
_PROMPT = ("Translate the following de-identified radiology report text from {source} to {target}. "
           "Keep medical terms precise; copy numbers, dates, units and placeholders such as [PERSON] or "
           "[DATUM] exactly as written; add nothing. Answer as JSON {{\"translation\": \"...\"}}.\n\nText:\n{text}")


class LlmTranslator:
    """DE<->EN translation through an OpenAI-compatible chat server."""

    def __init__(self, client: ChatClient) -> None:
        self.client = client
        self.model = client.config.model
        self.prompt_version = TRANSLATE_PROMPT_VERSION
        self.info = TranslatorInfo("vllm_server", self.model, self.prompt_version)

    def translate(self, texts: list[str], source: str = "de", target: str = "en") -> list[str | None]:
        for name, lang in (("source", source), ("target", target)):
            if lang not in LANG_NAMES:
                raise ValueError(f"{name} must be one of {sorted(LANG_NAMES)}, got {lang!r}")
        if source == target:
            return list(texts)

        def one(text: str) -> str | None:
            if not text.strip():
                return text
            prompt = _PROMPT.format(source=LANG_NAMES[source], target=LANG_NAMES[target], text=text)
            try:
                answer = self.client.chat_json([{"role": "user", "content": prompt}], TRANSLATION_SCHEMA,
                                               "translation")
            except LlmRequestError as exc:
                log.warning("translation request failed: %s", exc)
                return None
            translation = answer.get("translation")
            if not isinstance(translation, str) or not translation.strip():
                log.warning("translation answer has no 'translation' string")
                return None
            return translation

        return self.client.map(one, list(texts))
