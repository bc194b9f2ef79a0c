"""A synthetic export registered as the index would leave it: vault source, file map, PHI dictionary."""

from __future__ import annotations

from pathlib import Path

from pydicom import dcmread

from curation.export_layout import dicom_candidates
from curation.keys import Pseudonymizer
from curation.paths import DataPaths
from curation.vault import PatientPhi, Vault


def register_export(export: Path, paths: DataPaths, pseudonymizer: Pseudonymizer) -> tuple[str, Vault, list[dict]]:
    """(export_id, vault, one dicom_index-like row per DICOM file: file_id, patient_pid, role "image")."""
    vault = Vault(paths.vault_dir)
    export_id = pseudonymizer.export_id(export.name)
    vault.register_export(export_id, export)
    relative = dicom_candidates(export)
    file_ids = [pseudonymizer.file_id(r) for r in relative]
    vault.write_file_map(export_id, file_ids, relative)
    rows, phi = [], {}
    for file_id, rel in zip(file_ids, relative, strict=True):
        ds = dcmread(export / rel, stop_before_pixels=True)
        pid = pseudonymizer.patient_pid(ds.PatientID)
        phi[pid] = PatientPhi(pid, patient_ids=(ds.PatientID,), names=(str(ds.PatientName),))
        rows.append({"file_id": file_id, "patient_pid": pid, "role": "image"})
    vault.write_patient_phi(export_id, phi.values())
    return export_id, vault, rows
