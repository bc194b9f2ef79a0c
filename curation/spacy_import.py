"""spaCy imported without torch when nothing the process runs through spaCy needs it.

thinc (spaCy's model library) imports torch when it is importable, at its own import: with the project's CPU
torch installed (training, segmentation) `import spacy` costs ~180 MiB resident and ~2 s more, although the
pipelines run here (blank tokenizers with rule components for image references, the de-identification
ruler on a blank or CNN `*_core_*` pipeline) never call it. `import_spacy` hides torch from that one import
(thinc then reports no torch), unless torch is loaded already or a trained reference pipeline is configured
(RADCURATE_REF_MODEL: a transformer pipeline needs thinc's torch support). torch itself stays importable
afterwards. Measured in docs/scaling.md §6 (snippet_pairs' fixed memory).
"""

from __future__ import annotations

import os
import sys
import threading
from types import ModuleType

REF_MODEL_ENV = "RADCURATE_REF_MODEL"  # curation/snippets/ner.py: a trained reference pipeline
_lock = threading.Lock()


def import_spacy(*, trained_model: bool = False) -> ModuleType:
    """The spacy module, its first import in this process made without torch where torch is not needed.
    `trained_model`: the caller loads a trained pipeline named by its caller (it may need torch)."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    with _lock:
        if trained_model or "torch" in sys.modules or os.environ.get(REF_MODEL_ENV):
            import spacy

            return spacy
        sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError meanwhile
        try:
            import spacy
        finally:
            if sys.modules.get("torch", ...) is None:
                del sys.modules["torch"]
        return spacy
