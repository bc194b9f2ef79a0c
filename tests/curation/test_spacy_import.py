"""spaCy imported without torch for the rule pipelines (snippet_pairs' fixed memory, docs/scaling.md §6)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from curation import spacy_import
from curation.snippets import ner

REPO = Path(__file__).resolve().parents[2]
REFS = [[3, 31, "Rundherd im rechten Unterlappen"]]
PROBE = """
import json, sys
from curation.snippets.mine import mine_refs
refs = mine_refs("Rundherd im rechten Unterlappen (Serie 3, Bild 31), 8 mm.", "de")
import thinc.compat
loaded = "torch" in sys.modules
import torch  # still importable afterwards
print(json.dumps({"refs": [[r.series, r.image_start, r.snippet] for r in refs], "torch_loaded_by_spacy": loaded,
                  "thinc_has_torch": thinc.compat.has_torch, "torch_ok": torch.tensor([1]).item() == 1}))
"""


def _probe(**env: str) -> dict:
    base = {k: v for k, v in os.environ.items() if k != spacy_import.REF_MODEL_ENV}
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, cwd=REPO,
                         env={**base, "PYTHONPATH": str(REPO), **env}, timeout=300)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_reference_miner_loads_spacy_without_torch_which_stays_importable() -> None:
    probe = _probe()
    assert probe == {"refs": REFS, "torch_loaded_by_spacy": False, "thinc_has_torch": False, "torch_ok": True}


def test_a_configured_trained_reference_model_keeps_thincs_torch() -> None:
    probe = _probe(**{spacy_import.REF_MODEL_ENV: "no_such_model_installed"})  # falls back to blank
    assert probe["refs"] == REFS and probe["torch_loaded_by_spacy"] and probe["thinc_has_torch"]
    assert spacy_import.REF_MODEL_ENV == ner.MODEL_ENV
