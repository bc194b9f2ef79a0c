"""Run the graph from the command line with the same Definitions the UI loads.

`radcurate curate` registers each export as a partition of `exports` in the DAGSTER_HOME instance,
runs the per-export job for it, then the corpus job, so the UI shows the same runs and partitions.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from curation.keys import SECRET_ENV, Pseudonymizer, load_secret
from curation.paths import DATA_DIR_ENV, VAULT_DIR_ENV, DataPaths
from curation.vault import Vault
from radcurate.devenv import DAGSTER_YAML
from radcurate.summary import RunSummary, summarize, was_interrupted

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
    """DAGSTER_HOME (created, with telemetry off) — ./.dagster_home unless the variable says otherwise."""
    home = Path(os.environ.get("DAGSTER_HOME") or default or Path(".dagster_home")).absolute()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(DAGSTER_YAML, encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(home)
    return home


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


def register_export(export_dir: Path, paths: DataPaths, pseudonymizer: Pseudonymizer) -> str:
    """Give an export folder its partition key (an HMAC, never the folder name) and record it in the vault."""
    if not export_dir.is_dir():
        raise ValueError("export folder does not exist or is not a folder (see the vault registry)")
    export_id = pseudonymizer.export_id(export_dir.resolve().name)
    Vault(paths.vault_dir).register_export(export_id, export_dir)
    return export_id


@dataclass(frozen=True)
class CurateResult:
    export_ids: tuple[str, ...]
    run_ids: tuple[str, ...]
    success: bool
    # What each run produced, in run order (per-export runs, then the corpus run).
    summaries: tuple[RunSummary, ...] = ()


def curate(exports: list[Path], *, data_dir: Path | None = None, vault_dir: Path | None = None,
           corpus: bool = True, log_level: str = "INFO", full_errors: bool = True,
           report_columns: dict[str, str] | None = None) -> CurateResult:
    """Register `exports` and materialize the per-export job for each, then the corpus job.

    `report_columns` maps report fields to the export's column names (the reports asset's config).
    """
    import dagster as dg

    check_export_folders(exports)
    pseudonymizer = Pseudonymizer(load_secret())  # before any folder is created
    check_exports_have_dicom(exports)
    paths = configure_environment(data_dir, vault_dir)
    ensure_dagster_home()
    export_ids = [register_export(e, paths, pseudonymizer) for e in exports]

    from assets.partitions import EXPORTS_PARTITION
    from radcurate.definitions import defs

    instance = dg.DagsterInstance.get()
    known = set(instance.get_dynamic_partitions(EXPORTS_PARTITION))
    new = [e for e in export_ids if e not in known]
    if new:
        instance.add_dynamic_partitions(EXPORTS_PARTITION, new)
    run_ids: list[str] = []
    summaries: list[RunSummary] = []
    ok = True
    # The console shows step progress (INFO); every DEBUG event is still in the instance for the UI.
    run_config: dict = {"loggers": {"console": {"config": {"log_level": log_level, "full_errors": full_errors}}}}
    export_config = dict(run_config)
    if report_columns:
        export_config["ops"] = {"reports": {"config": dict(report_columns)}}
    export_job = defs.resolve_job_def("curate_export")
    for export_id in export_ids:
        log.info("curating export %s", export_id)
        result = export_job.execute_in_process(instance=instance, partition_key=export_id,
                                               raise_on_error=False, run_config=export_config)
        run_ids.append(result.run_id)
        summaries.append(summarize(result))
        ok = ok and result.success
        if was_interrupted(result):
            raise KeyboardInterrupt
    if corpus and ok:
        result = defs.resolve_job_def("curate_corpus").execute_in_process(
            instance=instance, raise_on_error=False, run_config=run_config)
        run_ids.append(result.run_id)
        summaries.append(summarize(result))
        ok = result.success
    return CurateResult(tuple(export_ids), tuple(run_ids), ok, tuple(summaries))


def demo_secret_into_env(paths: DataPaths) -> None:
    """Use (creating if needed) the demo key in the vault; says so, since it is not for real data."""
    if os.environ.get(SECRET_ENV):
        return
    os.environ[SECRET_ENV] = Vault(paths.vault_dir).demo_secret()
    print(f"radcurate demo: using a DEMO key created in {paths.vault_dir} (set {SECRET_ENV} for real data)")
