"""The command-line contracts of ARCHITECTURE.md section 4, typed as a user types them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from curation.paths import DataPaths
from curation.tables.io import read_table
from tests.e2e.conftest import CuratedExport, curate_env

pytestmark = pytest.mark.e2e
REPO = Path(__file__).resolve().parents[2]


def test_dagster_asset_materialize_snippet_pairs_as_typed(curated: CuratedExport) -> None:
    activate = Path(sys.executable).with_name("activate")
    if "DAGSTER_CLI_ASSET_MATERIALIZE_MODULE_NAME" not in activate.read_text():
        pytest.fail("the venv's activate script lacks the radcurate hook (make venv adds it)")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAGSTER_", "RADCURATE_"))}
    env |= curate_env(curated.root)
    before = read_table(DataPaths(curated.data_dir, curated.vault_dir), "snippet_pairs").num_rows
    done = subprocess.run(["bash", "-c", f"source '{activate}' && dagster asset materialize --select snippet_pairs"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert read_table(DataPaths(curated.data_dir, curated.vault_dir), "snippet_pairs").num_rows == before > 0
    with dg.DagsterInstance.from_config(str(curated.dagster_home)) as instance:
        events = instance.fetch_materializations(dg.AssetKey("snippet_pairs"), limit=10).records
    assert len(events) >= 2                      # the curate run's and this one's


def test_mine_refs_and_scrub_text_jsonl(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    text = "Befund: Rundherd im Unterlappen (Serie 3, Bild 45). Dr. med. Hans Schäfer, Tel. 0761 270-12345."
    src.write_text(json.dumps({"id": "r1", "text": text, "lang": "de"}) + "\n", encoding="utf-8")
    radcurate = str(Path(sys.executable).with_name("radcurate"))
    subprocess.run([radcurate, "mine-refs", "--in", str(src), "--out", str(tmp_path / "refs.jsonl")], check=True)
    (line,) = (tmp_path / "refs.jsonl").read_text(encoding="utf-8").splitlines()
    (ref,) = json.loads(line)["refs"]
    assert (ref["series"], ref["image_start"], ref["image_end"]) == (3, 45, 45)
    assert text[ref["snippet_start"]:ref["snippet_end"]] == ref["snippet"] and "Rundherd" in ref["snippet"]
    subprocess.run([radcurate, "scrub-text", "--in", str(src), "--out", str(tmp_path / "clean.jsonl")], check=True)
    out = json.loads((tmp_path / "clean.jsonl").read_text(encoding="utf-8"))
    assert out["id"] == "r1" and "Schäfer" not in out["text"] and "12345" not in out["text"]
    assert "(Serie 3, Bild 45)" in out["text"]
    labels = {text[s["start"]:s["end"]]: s["label"] for s in out["spans"]}
    assert any("Schäfer" in span for span in labels) and any("270-12345" in span for span in labels)


def test_curate_refuses_without_secret(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAGSTER_", "RADCURATE_"))}
    env |= {k: v for k, v in curate_env(tmp_path).items() if k != "RADCURATE_SECRET"}
    (tmp_path / "export").mkdir()
    radcurate = str(Path(sys.executable).with_name("radcurate"))
    done = subprocess.run([radcurate, "curate", str(tmp_path / "export")], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 2 and "RADCURATE_SECRET is not set" in done.stderr
