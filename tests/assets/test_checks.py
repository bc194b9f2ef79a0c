"""files_reconcile: files in = dicom_index + report tables + quarantine, each exactly once."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from assets.checks import files_reconcile
from assets.index import dicom_index
from curation.keys import Pseudonymizer
from curation.paths import DataPaths
from curation.synth import SynthOptions, write_synthetic_export
from curation.vault import Vault
from resources.storage import RadcurateStorage


def _storage(data_paths: DataPaths, secret: str) -> RadcurateStorage:
    return RadcurateStorage(data_dir=str(data_paths.data_dir), vault_dir=str(data_paths.vault_dir), secret=secret)


def test_reconcile_passes_then_catches_a_file_nobody_accounted_for(tmp_path: Path, data_paths: DataPaths,
                                                                  secret_env: str) -> None:
    export = tmp_path / "export_1"
    write_synthetic_export(export, SynthOptions(patients=1, seed=4, bad_files=True, matrix=32))
    export_id = Pseudonymizer(secret_env.encode()).export_id(export.name)
    Vault(data_paths.vault_dir).register_export(export_id, export)
    instance = dg.DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("exports", [export_id])
    first = dg.materialize([dicom_index, files_reconcile], resources={"storage": _storage(data_paths, secret_env)},
                           partition_key=export_id, instance=instance)
    (evaluation,) = first.get_asset_check_evaluations()
    assert first.success and evaluation.passed
    table = evaluation.metadata["reconcile"].value
    assert "| ok |" in table and table.count("|") > 12
    (export / "late_file.txt").write_text("arrived after indexing")
    context = dg.build_asset_check_context(resources={"storage": _storage(data_paths, secret_env)})
    late = files_reconcile(context)              # no partition: every registered export is reconciled
    assert not late.passed and "MISMATCH" in late.metadata["reconcile"].value


def test_phi_check_flags_own_values_by_row_id_and_not_other_patients_dates(data_paths: DataPaths,
                                                                           secret_env: str) -> None:
    from assets.checks import reports_phi_free
    from curation.tables.io import write_table
    from curation.vault import PatientPhi

    vault = Vault(data_paths.vault_dir)
    vault.register_export("E1", data_paths.data_dir)
    vault.write_patient_phi("E1", [PatientPhi("P1", names=("Szczepanik^Irma",), birth_dates=("19580917",)),
                                   PatientPhi("P2", names=("Lindqvist^Ove",), birth_dates=("19660102",))])
    base = {"export_id": "E1", "lang": "de", "link_status": "linked", "phi_span_count": 0}
    write_table(data_paths, "reports", [
        {**base, "report_id": "Rok", "patient_pid": "P1", "text": "Voruntersuchung vom 02.01.1966."},
        {**base, "report_id": "Rleak", "patient_pid": "P2", "text": "Herr Lindqvist, geb. 02.01.1966."},
    ], export_id="E1")
    context = dg.build_asset_check_context(resources={"storage": _storage(data_paths, secret_env)})
    result = reports_phi_free(context)
    assert not result.passed
    assert (result.metadata["hits"].value, result.metadata["flagged_rows"].value) == (2, 1)
    assert result.metadata["flagged_row_ids"].value == ["Rleak"]
    assert result.metadata["needles"].value == 11      # 3 name parts of >= 4 chars + 4 forms of 2 dates
    assert "Lindqvist" not in repr(result.metadata)


def test_phi_check_rerun_with_nothing_changed_scans_no_row_and_a_leak_still_fails(data_paths: DataPaths,
                                                                                   secret_env: str) -> None:
    from assets.checks import reports_phi_free
    from curation.tables.io import write_table
    from curation.vault import PatientPhi

    vault = Vault(data_paths.vault_dir)
    vault.register_export("E1", data_paths.data_dir)
    vault.write_patient_phi("E1", [PatientPhi("P1", names=("Hauptmann^Greta",))])
    base = {"export_id": "E1", "lang": "de", "link_status": "linked", "phi_span_count": 0, "patient_pid": "P1"}
    write_table(data_paths, "reports", [{**base, "report_id": "R1", "text": "Kein Nachweis einer Fraktur."},
                                        {**base, "report_id": "R2", "text": "Regelrechte Stellung."}],
                export_id="E1")
    context = dg.build_asset_check_context(resources={"storage": _storage(data_paths, secret_env)})
    first, again = reports_phi_free(context), reports_phi_free(context)
    assert first.passed and again.passed
    assert (first.metadata["rows"].value, first.metadata["rows_reused"].value) == (2, 0)
    assert (again.metadata["rows"].value, again.metadata["rows_reused"].value,
            again.metadata["parts_reused"].value) == (0, 2, 1)
    write_table(data_paths, "reports", [{**base, "report_id": "R1", "text": "Frau Hauptmann, Fraktur."}],
                export_id="E1")
    leaked = reports_phi_free(context)
    assert not leaked.passed and leaked.metadata["flagged_row_ids"].value == ["R1"]
    assert leaked.metadata["rows"].value == 1
