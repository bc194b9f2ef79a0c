"""Versioned prompt files: `prompts/prompt_<version>_<lang>.txt`; the version is part of the cache key."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from curation.vqa.protocol import VqaRequest
from curation.vqa.schema import LANGS

PROMPT_DIR = Path(__file__).parent / "prompts"
# v2: the findings text is only what describes this image (its own snippets), not the whole report.
PROMPT_VERSION = "prompt_v2"


@dataclass(frozen=True)
class PromptSet:
    """The prompt texts of one version, per language."""

    version: str
    texts: dict[str, str]

    @classmethod
    def load(cls, version: str = PROMPT_VERSION) -> PromptSet:
        texts = {}
        for lang in LANGS:
            path = PROMPT_DIR / f"{version}_{lang}.txt"
            if not path.is_file():
                raise ValueError(f"prompt version {version!r} has no {lang} file ({path.name})")
            texts[lang] = path.read_text(encoding="utf-8")
        return cls(version, texts)

    def messages(self, request: VqaRequest, lang: str, *, finding_budget: int = 5,
                 metadata_budget: int = 3) -> list[dict[str, str]]:
        """Chat messages for one request in one target language."""
        text = " ".join(request.own_texts) if request.own_texts and self.version != "prompt_v1" else request.report_text
        user = self.texts[lang].format(report_text=text, caption=request.caption or "-",
                                       metadata=" | ".join(request.metadata_lines()),
                                       finding_budget=finding_budget, metadata_budget=metadata_budget)
        return [{"role": "user", "content": user}]
