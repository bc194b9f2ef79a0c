"""Nothing lost, nothing confused, nothing stuck (issue 15), for real: `radcurate curate` in subprocesses,
kill -9 at named points (RADCURATE_KILL_AT), concurrent runs on one data dir, namesake and copied exports,
forget, a waiting run stopped by SIGTERM, a full DAGSTER_HOME disk.

The reference is always a clean sequential run in its own folders; outcomes are compared byte for byte
(tables, volumes, label maps and the current release)."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pyarrow.parquet as pq
import pytest

from curation.synth import SynthOptions, write_synthetic_export
from tests.conftest import TEST_SECRET

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
MATRIX = 64  # small images: each curate is a few seconds


@dataclass(frozen=True)
class Site:
    root: Path

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "PYTHONPATH": str(ROOT), "RADCURATE_SECRET": TEST_SECRET,
                "RADCURATE_DATA_DIR": str(self.root / "data"), "RADCURATE_VAULT_DIR": str(self.root / "vault"),
                "DAGSTER_HOME": str(self.root / "home")}

    def start(self, *args: str | Path, **env: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "radcurate.cli", *map(str, args)], cwd=ROOT, text=True,
                                env={**self.env, **env}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)

    def run(self, *args: str | Path, **env: str) -> tuple[int, str]:
        proc = self.start(*args, **env)
        out, _ = proc.communicate(timeout=300)
        return proc.returncode, out

    def partitions(self) -> list[str]:
        with dg.DagsterInstance.from_config(str(self.root / "home")) as instance:
            return sorted(instance.get_dynamic_partitions("exports"))

    def runs(self) -> list[dg.DagsterRunStatus]:
        with dg.DagsterInstance.from_config(str(self.root / "home")) as instance:
            return [r.status for r in instance.get_runs()]

    def outcome(self) -> dict[str, str]:
        """sha256 of every table, volume and label map file and of the current release's files."""
        data = self.root / "data"
        out = {}
        for sub in ("tables", "volumes", "segmentations"):
            for p in sorted((data / sub).rglob("*")):
                if p.is_file() and not p.name.startswith("."):
                    out[p.relative_to(data).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
        release = (data / "dataset").resolve()
        for p in sorted(release.rglob("*")):
            if p.is_file():
                out["dataset/" + p.relative_to(release).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
        return out


def _ok(result: tuple[int, str]) -> str:
    code, out = result
    assert code == 0, out[-3000:]
    return out


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two different exports both named `export` (two hospitals), and a copy of the first under another name."""
    root = tmp_path_factory.mktemp("exports")
    a = root / "hospital_a" / "export"
    b = root / "hospital_b" / "export"
    write_synthetic_export(a, SynthOptions(patients=2, seed=21, matrix=MATRIX))
    write_synthetic_export(b, SynthOptions(patients=2, seed=22, matrix=MATRIX))
    shutil.copytree(a, root / "copy_of_a")
    return {"a": a, "b": b, "copy": root / "copy_of_a"}


@pytest.fixture(scope="module")
def clean_a(tmp_path_factory: pytest.TempPathFactory, exports: dict[str, Path]) -> Site:
    site = Site(tmp_path_factory.mktemp("clean_a"))
    _ok(site.run("curate", exports["a"]))
    return site


@pytest.fixture(scope="module")
def clean_ab(tmp_path_factory: pytest.TempPathFactory, exports: dict[str, Path]) -> Site:
    site = Site(tmp_path_factory.mktemp("clean_ab"))
    _ok(site.run("curate", exports["a"]))
    _ok(site.run("curate", exports["b"]))
    return site


@pytest.mark.slow
def test_kill_at_every_point_then_rerun_equals_a_clean_run(tmp_path: Path, exports: dict[str, Path],
                                                           clean_a: Site) -> None:
    site = Site(tmp_path)
    for point in ("instance-setup", "segmentations", "corpus", "release"):
        code, out = site.run("curate", exports["a"], RADCURATE_KILL_AT=point)
        assert code == -signal.SIGKILL, f"{point}: {out[-2000:]}"
    assert list((tmp_path / "data" / "releases").glob(".staging-*"))       # the release kill left one behind
    out = _ok(site.run("curate", exports["a"]))
    assert "left running by a process that is gone" in out                 # the killed runs were healed
    assert site.outcome() == clean_a.outcome()
    assert not list((tmp_path / "data" / "releases").glob(".staging-*"))
    assert not [s for s in site.runs() if s in (dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.NOT_STARTED)]


@pytest.mark.slow
def test_namesake_exports_concurrently_equal_a_sequential_run_then_forget(
        tmp_path: Path, exports: dict[str, Path], clean_ab: Site, clean_a: Site) -> None:
    site = Site(tmp_path)
    procs = [site.start("curate", exports[k]) for k in ("a", "b")]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[-2000:] for o in outs]
    assert site.partitions() == clean_ab.partitions() and len(site.partitions()) == 2   # two, not one
    assert site.outcome() == clean_ab.outcome()

    (b_id,) = set(site.partitions()) - set(clean_a.partitions())
    out = _ok(site.run("forget", exports["b"]))                             # by folder path
    assert f"forgot export {b_id}" in out and str(exports["b"]) not in out and "hospital_b" not in out
    assert site.partitions() == clean_a.partitions()
    release = tmp_path / "data" / "dataset" / "data" / "report_volume_pairs"
    patients = {p for f in release.glob("*.parquet") for p in pq.read_table(f)["patient_pid"].to_pylist()}
    a_patients = {p for f in (clean_a.root / "data/dataset/data/report_volume_pairs").glob("*.parquet")
                  for p in pq.read_table(f)["patient_pid"].to_pylist()}
    assert patients == a_patients
    assert not any(b_id in str(p) for p in (tmp_path / "data").rglob("*"))
    assert not [m for m in (tmp_path / "data" / "releases").glob("*/manifest.json") if b_id in m.read_text()]
    assert b_id in (tmp_path / "data" / "forgotten.jsonl").read_text()


@pytest.mark.slow
def test_one_export_twice_at_once_and_under_another_name_is_one_partition(
        tmp_path: Path, exports: dict[str, Path], clean_a: Site) -> None:
    site = Site(tmp_path)
    procs = [site.start("curate", exports["a"]), site.start("curate", exports["copy"])]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[-2000:] for o in outs]
    assert site.partitions() == clean_a.partitions() and len(site.partitions()) == 1
    assert site.outcome() == clean_a.outcome()
    assert not list((tmp_path / "data" / "volumes").rglob(".tmp-*"))        # no temp file left or stolen


@pytest.mark.slow
def test_a_grown_export_supersedes_the_old_partition(tmp_path: Path, exports: dict[str, Path]) -> None:
    grown = tmp_path / "incoming" / "export"
    shutil.copytree(exports["a"], grown)
    site = Site(tmp_path)
    _ok(site.run("curate", grown))
    (old,) = site.partitions()
    for path in sorted(exports["b"].iterdir()):                              # the PACS export tool adds more
        target = grown / ("added_" + path.name)
        (shutil.copytree if path.is_dir() else shutil.copy2)(path, target)
    out = _ok(site.run("curate", grown))
    (new,) = site.partitions()
    assert new != old and f"supersedes {old}" in out
    assert not list((tmp_path / "data" / "tables").glob(f"*/export={old}"))
    assert not (tmp_path / "data" / "volumes" / old).exists()


def test_a_run_waiting_for_the_gpu_slot_says_so_and_stops_on_sigterm(tmp_path: Path, exports: dict[str, Path],
                                                                     ) -> None:
    from radcurate.instance import ensure_instance
    from radcurate.runs import run_tags

    site = Site(tmp_path)
    saved = os.environ.get("DAGSTER_HOME")
    try:
        ensure_instance(tmp_path / "home")
    finally:
        os.environ.pop("DAGSTER_HOME") if saved is None else os.environ.__setitem__("DAGSTER_HOME", saved)
    with dg.DagsterInstance.from_config(str(tmp_path / "home")) as instance:   # a live run holds the slot
        instance.add_run(dg.DagsterRun(job_name="curate_export", run_id="holder", tags=run_tags(),
                                       status=dg.DagsterRunStatus.STARTED))
        instance.event_log_storage.set_concurrency_slots("gpu", 1)
        instance.event_log_storage.claim_concurrency_slot("gpu", "holder", "segmentations")
    proc = site.start("curate", exports["a"], "--no-corpus")
    lines: list[str] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        lines.append(line)
        if "waiting for a free `gpu` pool slot" in line or not line:
            break
    assert "held by run holder (curate_export, pid" in lines[-1] and "alive" in lines[-1], "".join(lines)[-3000:]
    proc.send_signal(signal.SIGTERM)
    started = time.monotonic()
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 130 and time.monotonic() - started < 30, out[-2000:]
    assert "stopped by signal" in out
    with dg.DagsterInstance.from_config(str(tmp_path / "home")) as instance:
        waiting = [r for r in instance.get_runs() if r.run_id != "holder"]
        assert [r.status for r in waiting] == [dg.DagsterRunStatus.CANCELED]
        claimed = instance.event_log_storage.get_concurrency_info("gpu").claimed_slots
        assert [c.run_id for c in claimed] == ["holder"]


def test_demo_key_refused_for_a_real_export(tmp_path: Path, exports: dict[str, Path]) -> None:
    from curation.vault import Vault

    site = Site(tmp_path)
    demo_key = Vault(tmp_path / "vault").demo_secret()
    code, out = site.run("curate", exports["a"], RADCURATE_SECRET=demo_key)
    assert code == 2 and "is the DEMO key" in out and "--demo" in out
    assert not (tmp_path / "data").exists() and not (tmp_path / "home").exists()


@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("mount"), reason="needs root to mount a tiny tmpfs")
def test_full_dagster_home_disk_fails_clearly_and_heals(tmp_path: Path, exports: dict[str, Path]) -> None:
    site = Site(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(home)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        code, out = site.run("curate", exports["a"], "--no-corpus")
        assert code == 3 and "MiB free on the disk of" in out, out[-2000:]       # refused before starting
        assert "RADCURATE_MIN_FREE_MB" in out
        _ok(site.run("curate", exports["a"], "--no-corpus", RADCURATE_MIN_FREE_MB="0"))
        free = shutil.disk_usage(home).free
        (home / "filler").write_bytes(b"\0" * max(0, free - (160 << 10)))   # ~160 KiB left: full mid-run
        code, out = site.run("curate", exports["a"], "--no-corpus", RADCURATE_MIN_FREE_MB="0")
        assert code == 3 and "the disk is full" in out and "Free space" in out, out[-3000:]
        assert "Traceback" not in out.split("radcurate: the disk is full")[1]
        (home / "filler").unlink()
        out = _ok(site.run("curate", exports["a"], "--no-corpus", RADCURATE_MIN_FREE_MB="0"))
        statuses = site.runs()
        assert dg.DagsterRunStatus.FAILURE in statuses
        assert not [s for s in statuses if s in (dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.NOT_STARTED)]
    finally:
        subprocess.run(["umount", str(home)])
