"""The UI a user opens: `dagster dev` and `radcurate curate` on one DAGSTER_HOME, seen in headless Chromium."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from curation.synth import SynthOptions, write_synthetic_export
from tests.e2e.conftest import curate_env
from tests.e2e.dagster_ui import chromium, dagster_dev, render

pytestmark = pytest.mark.e2e


def test_graph_and_run_shown_in_the_ui(tmp_path: Path) -> None:
    if chromium() is None:
        message = "chromium is required for the UI test (`make ui-deps` or .ci/run install Debian's chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    export = tmp_path / "exports" / "export_ui"
    write_synthetic_export(export, SynthOptions(patients=1, seed=5))
    env = os.environ | curate_env(tmp_path)
    with dagster_dev(env, tmp_path / "dagster_dev.log") as url:
        radcurate = str(Path(sys.executable).with_name("radcurate"))
        done = subprocess.run([radcurate, "curate", str(export)], env=env, capture_output=True, text=True,
                              timeout=900, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        run_ids = [r.strip() for line in done.stdout.splitlines() if line.startswith("runs:")
                   for r in line.split(":", 1)[1].split(",")]
        assert run_ids
        lineage = render(f"{url}/asset-groups", tmp_path / "profile", screenshot=tmp_path / "asset_graph.png")
        for group in ("export", "corpus", "training"):
            assert f">{group}<" in lineage, f"asset group {group} not shown in the lineage"
        catalog = render(f"{url}/assets", tmp_path / "profile", screenshot=tmp_path / "catalog.png")
        for asset in ("dicom_index", "volumes", "snippet_pairs", "dataset"):
            assert asset in catalog, f"{asset} not shown in the asset catalog"
        runs = render(f"{url}/runs", tmp_path / "profile", screenshot=tmp_path / "runs.png")
        assert "curate_export" in runs and "curate_corpus" in runs
        assert any(run_id[:8] in runs for run_id in run_ids), "the curate run is not listed in the UI"
        assert "export_ui" not in lineage + catalog + runs   # partition keys carry no folder name
        assert "Sign up for the Dagster newsletter" not in lineage + catalog + runs
        locations = render(f"{url}/locations", tmp_path / "profile")
        assert "/locations/radcurate" in locations and "/locations/radcurate.definitions" not in locations
    assert (tmp_path / "asset_graph.png").stat().st_size > 10_000
