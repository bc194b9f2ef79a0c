"""Run the graph from the command line with the same Definitions the UI loads.

`radcurate curate` registers each export as a partition of `exports` in the DAGSTER_HOME instance,
runs the per-export job for it, then the corpus job, so the UI shows the same runs and partitions.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from curation.keys import SECRET_ENV, Pseudonymizer, load_secret
from curation.paths import DATA_DIR_ENV, VAULT_DIR_ENV, DataPaths
from curation.vault import DEMO_KEY_NAME, Vault
from radcurate.summary import RunSummary, summarize

log = logging.getLogger(__name__)


def parse_report_columns(items: list[str]) -> dict[str, str]:
    """`FIELD=COLUMN` pairs (from `--report-column`) as the reports asset's config; ValueError names the item."""
    from dataclasses import fields

    from curation.reports.load import ReportColumns

    known = [f.name for f in fields(ReportColumns)]
    mapping: dict[str, str] = {}
    for item in items:
        name, sep, column = item.partition("=")
        name, column = name.strip(), column.strip()
        if not sep or not column:
            raise ValueError(f"--report-column {item!r}: expected FIELD=COLUMN, e.g. report_text=Befundtext")
        if name not in known:
            raise ValueError(f"--report-column {item!r}: unknown field {name!r} (one of {', '.join(known)})")
        mapping[name] = column
    return mapping


def ensure_dagster_home(default: Path | None = None) -> Path:
    """DAGSTER_HOME (created, set up once and atomically, telemetry off) — ./.dagster_home unless the
    variable says otherwise (radcurate/instance.py)."""
    from radcurate.instance import ensure_instance

    return ensure_instance(Path(os.environ.get("DAGSTER_HOME") or default or Path(".dagster_home")))


def configure_environment(data_dir: Path | None, vault_dir: Path | None) -> DataPaths:
    """Export RADCURATE_DATA_DIR / RADCURATE_VAULT_DIR so the Definitions' resources pick them up."""
    paths = DataPaths.from_env(data_dir, vault_dir)
    os.environ[DATA_DIR_ENV] = str(paths.data_dir)
    os.environ[VAULT_DIR_ENV] = str(paths.vault_dir)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    paths.vault_dir.mkdir(parents=True, exist_ok=True)
    return paths


def check_export_folders(exports: list[Path]) -> None:
    """Fail before anything is created when an export argument is not a folder (by position: paths are PHI)."""
    if not exports:
        raise ValueError("no export folder given")
    missing = [str(n) for n, e in enumerate(exports, start=1) if not e.is_dir()]
    if missing:
        raise ValueError(f"export argument {', '.join(missing)} of {len(exports)}: no such folder (check the path)")


def check_exports_have_dicom(exports: list[Path]) -> None:
    """Refuse, before anything is registered, an export folder without one DICOM (Part 10) file: it
    would become a partition, a vault entry and a release for good (by position: paths are PHI)."""
    from curation.export_layout import has_dicom_file

    empty = [str(n) for n, e in enumerate(exports, start=1) if not has_dicom_file(e)]
    if empty:
        raise ValueError(f"export argument {', '.join(empty)} of {len(exports)}: no DICOM file in the folder "
                         "(nothing was registered; check the path or wait until the export is complete)")



DEMO_KEY_FILE_ENV = "RADCURATE_DEMO_KEY_FILE"  # set by the activate hook when it switched to the demo key


def check_demo_key(secret: bytes, paths: DataPaths, *, allow: bool) -> None:
    """Refuse to curate with the demo key unless `allow` (--demo): real data must get a real key."""
    candidates = [paths.vault_dir / DEMO_KEY_NAME]
    if os.environ.get(DEMO_KEY_FILE_ENV):
        candidates.append(Path(os.environ[DEMO_KEY_FILE_ENV]))
    for path in candidates:
        if not allow and path.is_file() and path.read_text(encoding="utf-8").strip().encode() == secret:
            raise ValueError(
                f"{SECRET_ENV} is the DEMO key ({DEMO_KEY_NAME}): refusing to curate with it. For real "
                f"exports set {SECRET_ENV} (and RADCURATE_DATA_DIR / RADCURATE_VAULT_DIR) before "
                "`source .venv/bin/activate`; to curate a synthetic export with the demo key, pass --demo")


@dataclass(frozen=True)
class Registration:
    """An export folder as a partition: its content id and its file count."""

    export_id: str
    files: int


def register_export(export_dir: Path, paths: DataPaths, pseudonymizer: Pseudonymizer) -> Registration:
    """Give an export folder its partition key from its content (never its name) and record it in the vault.

    A folder that grew since it was last curated (every old file still there) gets a new key that
    supersedes the old one: the old partition is forgotten once the new one is curated (docs/runs.md).
    """
    from curation.export_identity import export_manifest

    manifest = export_manifest(export_dir, pseudonymizer)
    Vault(paths.vault_dir).register_export(manifest.export_id, export_dir, manifest.entries)
    return Registration(manifest.export_id, manifest.files)


@dataclass(frozen=True)
class CurateResult:
    export_ids: tuple[str, ...]
    run_ids: tuple[str, ...]
    success: bool
    # What each run produced, in run order (per-export runs, then the corpus run).
    summaries: tuple[RunSummary, ...] = ()


def _unique(registrations: list[Registration]) -> list[Registration]:
    """One registration per export id; a copy of an export given twice is curated once (and said so)."""
    seen: dict[str, int] = {}
    for n, reg in enumerate(registrations, start=1):
        if reg.export_id in seen:
            print(f"radcurate: export argument {n} holds the same files as argument {seen[reg.export_id]} "
                  f"(partition {reg.export_id}): curated once")
        else:
            seen[reg.export_id] = n
    return [r for n, r in enumerate(registrations, start=1) if seen[r.export_id] == n]


def curate(exports: list[Path], *, data_dir: Path | None = None, vault_dir: Path | None = None,
           corpus: bool = True, log_level: str = "INFO", full_errors: bool = True,
           report_columns: dict[str, str] | None = None, demo: bool = False) -> CurateResult:
    """Register `exports` and materialize the per-export job for each, then the corpus job.

    `report_columns` maps report fields to the export's column names (the reports asset's config).
    `demo` allows the demo key (refused otherwise, so real data is never curated with it).
    """
    import dagster as dg

    from radcurate.interrupts import raise_if_interrupted
    from radcurate.runs import check_free_space, exit_on_signals, heal_dead_runs, was_interrupted

    check_export_folders(exports)
    secret = load_secret()
    check_demo_key(secret, DataPaths.from_env(data_dir, vault_dir), allow=demo)
    pseudonymizer = Pseudonymizer(secret)  # before any folder is created
    check_exports_have_dicom(exports)
    exit_on_signals()
    paths = configure_environment(data_dir, vault_dir)
    check_free_space()
    ensure_dagster_home()
    registrations = _unique([register_export(e, paths, pseudonymizer) for e in exports])
    export_ids = [r.export_id for r in registrations]

    from assets.sensors import retire_superseded_exports
    from radcurate.definitions import defs

    instance = dg.DagsterInstance.get()
    heal_dead_runs(instance)
    add_partitions(instance, export_ids)
    run_ids: list[str] = []
    summaries: list[RunSummary] = []
    ok = True
    # The console shows step progress (INFO); every DEBUG event is still in the instance for the UI.
    run_config: dict = {"loggers": {"console": {"config": {"log_level": log_level, "full_errors": full_errors}}}}
    export_config = dict(run_config)
    if report_columns:
        export_config["ops"] = {"reports": {"config": dict(report_columns)}}
    export_job = defs.resolve_job_def("curate_export")
    for reg in registrations:
        raise_if_interrupted()  # a Ctrl-C swallowed on the way here still stops before the next run
        log.info("curating export %s", reg.export_id)
        result = _execute(export_job, instance, run_config=export_config, partition_key=reg.export_id)
        run_ids.append(result.run_id)
        summaries.append(summarize(result))
        ok = ok and result.success
        if was_interrupted(result):  # Ctrl-C / SIGTERM inside the run: stop here, one line from the CLI
            raise KeyboardInterrupt
        if result.success:
            retire_superseded_exports(instance, paths, reg.export_id, lambda m: print(f"radcurate: {m}"))
    raise_if_interrupted()
    if corpus and ok:
        corpus_result = run_corpus("curate_corpus", instance, paths, run_config, skip_unchanged=True)
        if corpus_result is not None:
            run_ids.append(corpus_result.run_id)
            summaries.append(summarize(corpus_result))
            ok = corpus_result.success
    return CurateResult(tuple(export_ids), tuple(run_ids), ok, tuple(summaries))


def add_partitions(instance: Any, export_ids: list[str], attempts: int = 5) -> None:
    """Add the partitions not yet known; another curate adding the same key at once is not an error."""
    from assets.partitions import EXPORTS_PARTITION

    for attempt in range(attempts):
        known = set(instance.get_dynamic_partitions(EXPORTS_PARTITION))
        new = [e for e in export_ids if e not in known]
        if not new:
            return
        try:
            instance.add_dynamic_partitions(EXPORTS_PARTITION, new)
            return
        except Exception:
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


def _execute(job: Any, instance: Any, *, run_config: dict, partition_key: str | None = None) -> Any:
    """One in-process run, tagged with this process (for healing after a kill) and watched."""
    from dagster._core.utils import make_new_run_id

    from assets.partitions import GPU_POOL
    from radcurate.runs import RunWatch, disk_full, fail_run_on_disk_full, run_tags

    run_id = make_new_run_id()
    with RunWatch(instance, run_id, (GPU_POOL,)):
        try:
            result = job.execute_in_process(instance=instance, partition_key=partition_key, raise_on_error=False,
                                            run_config=run_config, run_id=run_id, tags=run_tags())
        except Exception as exc:
            if disk_full(exc):
                raise fail_run_on_disk_full(instance, run_id, exc) from exc
            raise
    if not result.success and any(disk_full_event(e) for e in result.all_events):
        raise fail_run_on_disk_full(instance, run_id, OSError(28, "No space left on device"))
    return result


def disk_full_event(event: Any) -> bool:
    """A step that failed because a disk was full (the data dir's, or DAGSTER_HOME's)."""
    if not event.is_step_failure or event.step_failure_data is None:
        return False
    error = event.step_failure_data.error
    while error is not None:
        if "No space left on device" in error.message or "database or disk is full" in error.message:
            return True
        error = error.cause
    return False


CORPUS_ATTEMPTS = 5


def run_corpus(job: Any, instance: Any, paths: DataPaths, run_config: dict, *, skip_unchanged: bool = False) -> Any:
    """The corpus job, one at a time per data dir, run again when a step refused to publish over tables
    that changed while it ran (another export finished meanwhile). With `skip_unchanged`, None (nothing
    launched) when nothing it reads or wrote changed since its last successful run (curation/corpus_inputs.py;
    the job records that itself, however it was launched: assets/corpus_record.py).
    `job` may be the job's name: it is then resolved only when it runs."""
    from curation import corpus_inputs
    from radcurate.runs import corpus_lock, stale_snapshot

    with corpus_lock(paths.data_dir):
        for attempt in range(1, CORPUS_ATTEMPTS + 1):
            before = corpus_inputs.fingerprint(paths)
            if skip_unchanged and corpus_inputs.recorded(paths) == before.digest:
                print("radcurate: corpus not run: nothing it reads or wrote changed since its last successful run")
                return None
            if isinstance(job, str):
                from radcurate.definitions import defs

                job = defs.resolve_job_def(job)
            result = _execute(job, instance, run_config=run_config)  # the job records its fingerprint itself
            if result.success or not stale_snapshot(result) or attempt == CORPUS_ATTEMPTS:
                return result
            print(f"radcurate: the tables changed while the corpus ran (another run wrote): "
                  f"running the corpus again ({attempt + 1}/{CORPUS_ATTEMPTS})")
    raise AssertionError("unreachable")


EXPORT_KEY_CHARS = frozenset("0123456789abcdef")


def _is_partition_key(target: str) -> bool:
    return target.startswith("exp_") and len(target) == 16 and set(target[4:]) <= EXPORT_KEY_CHARS


def forget(target: str, *, data_dir: Path | None = None, vault_dir: Path | None = None,
           corpus: bool = True) -> tuple[list[str], bool]:
    """Remove an export (partition key, or the folder it was curated from) from tables, volumes, vault and
    the instance, then rebuild the corpus and the release without it. (forgotten ids, corpus ok)."""
    import dagster as dg

    from assets.partitions import EXPORTS_PARTITION
    from curation.forget import forget_export, log_forgotten

    paths = configure_environment(data_dir, vault_dir)
    vault = Vault(paths.vault_dir)
    if _is_partition_key(target):
        export_ids = [target]
    else:
        export_ids = vault.exports_from(Path(target))
        if not export_ids and Path(target).is_dir():
            from curation.export_identity import export_manifest

            export_ids = [export_manifest(Path(target), Pseudonymizer(load_secret())).export_id]
    ensure_dagster_home()
    instance = dg.DagsterInstance.get()
    forgotten = []
    for export_id in export_ids:
        report = forget_export(paths, export_id)
        in_instance = export_id in instance.get_dynamic_partitions(EXPORTS_PARTITION)
        if in_instance:
            instance.delete_dynamic_partition(EXPORTS_PARTITION, export_id)
        if report.anything or in_instance:
            log_forgotten(paths, report)
            print(f"radcurate: forgot {report.summary()}, partition {'removed' if in_instance else 'absent'}")
            forgotten.append(export_id)
    if not forgotten:  # the target itself may be a path: never echo it
        raise ValueError("nothing to forget: no curated export has that partition key or folder")
    ok = True
    if corpus:
        from radcurate.definitions import defs

        run_config: dict = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}
        ok = run_corpus(defs.resolve_job_def("curate_corpus"), instance, paths, run_config).success
    if ok and corpus:
        from curation.forget import purge_releases

        for export_id in forgotten:
            removed = purge_releases(paths, export_id)
            if removed:
                print(f"radcurate: removed {len(removed)} older release(s) that held export {export_id}")
    return forgotten, ok


def demo_secret_into_env(paths: DataPaths) -> None:
    """Use (creating if needed) the demo key in the vault; says so, since it is not for real data."""
    if os.environ.get(SECRET_ENV):
        return
    os.environ[SECRET_ENV] = Vault(paths.vault_dir).demo_secret()
    print(f"radcurate demo: using a DEMO key created in {paths.vault_dir} (set {SECRET_ENV} for real data)")
