from pathlib import Path

from curation.vault import PatientPhi, Vault


def test_patient_phi_roundtrip_and_merge(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    vault.register_export("exp_a", tmp_path)
    vault.register_export("exp_b", tmp_path)
    vault.write_patient_phi("exp_a", [PatientPhi("P1", names=("Müller^Anna",), patient_ids=("PAT1",))])
    vault.write_patient_phi("exp_b", [PatientPhi("P1", names=("Müller^Anna", "Mueller^Anna"))])
    merged = vault.read_patient_phi()
    assert merged["P1"].names == ("Müller^Anna", "Mueller^Anna")
    assert merged["P1"].patient_ids == ("PAT1",)
    vault.write_file_map("exp_a", ["F2", "F1"], ["b/IM2", "a/IM1"])
    assert vault.read_file_map("exp_a") == {"F1": "a/IM1", "F2": "b/IM2"}
    assert vault.demo_secret() == vault.demo_secret() and len(vault.demo_secret()) == 64
