"""One synthetic export (3 patients, bad files) shared by the synth tests of a session."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from curation.synth import SynthOptions, load_truth, write_synthetic_export


@pytest.fixture(scope="session")
def export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, float]:
    out = tmp_path_factory.mktemp("synth") / "export"
    started = time.perf_counter()
    truth_path = write_synthetic_export(out, SynthOptions(patients=3, seed=0, bad_files=True))
    seconds = time.perf_counter() - started
    return out, load_truth(truth_path), seconds


@pytest.fixture(scope="session")
def out_dir(export: tuple[Path, dict, float]) -> Path:
    return export[0]


@pytest.fixture(scope="session")
def truth(export: tuple[Path, dict, float]) -> dict:
    return export[1]
