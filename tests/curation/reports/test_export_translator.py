"""A corpus step's translator checks each export's translations for that export's patients' PHI only."""

from __future__ import annotations

from pathlib import Path

import pytest

from curation.paths import DataPaths
from curation.phi_scan import PhiNeedles
from curation.reports.translation_cache import (
    CachedTranslator,
    ExportTranslator,
    TranslationCache,
    translation_phi_check,
)
from curation.vault import PatientPhi, Vault
from tests.curation.reports.test_translation_cache import LookupTranslator

OWN = PatientPhi("P_own", patient_ids=("PID-778812",), names=("Brunhilde", "Oberholzer"),
                 birth_dates=("1949-11-02",))
OTHER = PatientPhi("P_other", patient_ids=("PID-551200",), names=("Wendelin", "Kreuzgruber"))
TABLE = {"Rundherd rechts.": "Nodule on the right, Oberholzer.",       # the export's own patient: PHI
         "Zyste links.": "Cyst on the left, Kreuzgruber.",              # a patient of another export only
         "Kein Erguss.": "No effusion."}


def _vault(tmp_path: Path, others: int) -> Vault:
    vault = Vault(tmp_path / "vault")
    for export_id in ("exp_own", "exp_img", "exp_big"):
        vault.register_export(export_id, tmp_path / export_id)
    vault.write_patient_phi("exp_own", [OWN])
    vault.write_patient_phi("exp_img", [PatientPhi("P_own", other=("Kardiologie Seefeld",))])
    vault.write_patient_phi("exp_big", [OTHER, *(PatientPhi(f"P{n:05d}", patient_ids=(f"ID{n:07d}",),
                                                            names=(f"Surname{n:05d}",)) for n in range(others))])
    return vault


def _needles_for(vault: Vault, sizes: list[int]):
    def needles_for(export_ids: tuple[str, ...]) -> PhiNeedles:
        needles = PhiNeedles.from_phi(vault.read_patient_phi(export_ids).values())
        sizes.append(len(needles))
        return needles
    return needles_for


def test_a_translation_with_the_exports_own_patients_phi_is_dropped(tmp_path: Path) -> None:
    paths = DataPaths(data_dir=tmp_path / "data", vault_dir=tmp_path / "vault")
    vault = _vault(tmp_path, others=10)
    sizes: list[int] = []
    inner = LookupTranslator(TABLE)
    translators = ExportTranslator(lambda check: CachedTranslator(inner, TranslationCache(paths, "t"), check),
                                   _needles_for(vault, sizes))
    translator = translators.for_exports(("exp_img", "exp_own"))
    assert translator is translators() and translators.exports == ("exp_img", "exp_own")
    assert translator.translate(["Rundherd rechts.", "Kein Erguss.", "Zyste links."]) == [
        None, "No effusion.", "Cyst on the left, Kreuzgruber."]
    assert translator.stats.dropped_phi == 1
    # the needles: the own patient's name parts, id, birth date in its forms, the image export's value
    own = len(PhiNeedles.from_phi(vault.read_patient_phi(["exp_img", "exp_own"]).values()))
    assert sizes == [own] and own < len(PhiNeedles.from_phi(vault.read_patient_phi().values()))
    assert translators.for_exports(("exp_img", "exp_own")) is translator and sizes == [own]  # built once per export
    assert translation_phi_check(PhiNeedles.from_phi([OWN]))("Kein Erguss.", "Seen by Oberholzer.")


def test_the_matcher_follows_the_export_not_the_vault(tmp_path: Path) -> None:
    sizes = []
    for others in (10, 2000):  # the vault grows by 1,990 patients of another export
        vault = _vault(tmp_path / str(others), others)
        paths = DataPaths(data_dir=tmp_path / "data", vault_dir=vault.root)
        translators = ExportTranslator(lambda check, paths=paths: CachedTranslator(
            LookupTranslator(TABLE), TranslationCache(paths, "t"), check), _needles_for(vault, sizes))
        translators.for_exports(("exp_own",))
        assert len(PhiNeedles.from_phi(vault.read_patient_phi().values())) > 2 * others
    assert sizes[0] == sizes[1] == len(PhiNeedles.from_phi([OWN]))


def test_without_an_export_nothing_is_checked_or_translated(tmp_path: Path) -> None:
    paths = DataPaths(data_dir=tmp_path / "data", vault_dir=tmp_path / "vault")
    translators = ExportTranslator(lambda check: CachedTranslator(LookupTranslator(TABLE),
                                                                  TranslationCache(paths, "t"), check),
                                   lambda ids: PhiNeedles({}))
    with pytest.raises(RuntimeError, match="for_exports"):
        translators().translate(["Kein Erguss."])
    with pytest.raises(ValueError, match="at least one export"):
        translators.for_exports(())
    assert ExportTranslator(lambda check: None, lambda ids: PhiNeedles({})).for_exports(("exp_own",)) is None
