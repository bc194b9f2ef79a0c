"""DE->EN translation end to end: reports, snippet_pairs and image_text_pairs against a local chat server
that translates from a lookup table; the cache spares repeated requests; PHI in a translation is dropped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import dagster as dg
import nibabel as nib
import numpy as np
import pytest

from assets.reports import reports
from assets.snippets import snippet_pairs
from assets.volumes import image_text_pairs
from curation.keys import Pseudonymizer
from curation.paths import DataPaths
from curation.snippets.pairs import text_sha256
from curation.tables.corpus_parts import FINGERPRINTS_NAME
from curation.tables.io import read_table, write_table
from curation.vault import Vault
from resources.llm import LlmResource
from resources.storage import RadcurateStorage
from tests.conftest import TEST_SECRET
from tests.curation.snippets.fixtures import STUDY, dicom_rows, volume_rows
from tests.curation.vqa.fake_chat_server import FakeChatServer

MODEL = "fake-mt"
LEXICON = {
    "Befund: Kein Pleuraerguss.": "Findings: No pleural effusion.",
    "Beurteilung: Zyste der Leber.": "Impression: Cyst of the liver.",
    # A translation that invents a date the source never had: must be dropped, not stored.
    "Kontrolle empfohlen.": "Follow-up on 12.03.2031 recommended.",
    "Rundherd im rechten Unterlappen": "Nodule in the right lower lobe",
    # the sentence caption is translated after cleaning (reference, section label removed)
    "Rundherd im rechten Unterlappen, 8 mm.": "Nodule in the right lower lobe, 8 mm.",
}


def lexicon_answer(body: dict[str, Any]) -> dict[str, Any]:
    text = body["messages"][-1]["content"].rsplit("Text:\n", 1)[1]
    return {"translation": LEXICON.get(text, f"<untranslated {len(text)}>")}


@pytest.fixture
def server():
    with FakeChatServer(answer=lexicon_answer) as s:
        yield s


def _storage(paths: DataPaths) -> RadcurateStorage:
    return RadcurateStorage(data_dir=str(paths.data_dir), vault_dir=str(paths.vault_dir), secret=TEST_SECRET)


def _llm(server: FakeChatServer) -> LlmResource:
    return LlmResource(backend="vllm_server", base_url=server.base_url, model=MODEL, retries=0)


def _report_export(tmp_path: Path, paths: DataPaths) -> str:
    source = tmp_path / "export_t"
    (source / "reports").mkdir(parents=True)
    lines = [{"accession_number": "", "report_text": text, "patient_id": "PAT1", "study_instance_uid": "1.2.3",
              "report_date": "2024-02-01", "language": lang}
             for text, lang in [("Befund: Kein Pleuraerguss.", "de"), ("Beurteilung: Zyste der Leber.", "de"),
                                ("Kontrolle empfohlen.", "de"), ("Findings: Normal chest.", "en")]]
    (source / "reports" / "reports.jsonl").write_text("\n".join(json.dumps(r) for r in lines), encoding="utf-8")
    p = Pseudonymizer(TEST_SECRET.encode())
    export_id = p.export_id(source.name)
    Vault(paths.vault_dir).register_export(export_id, source)
    write_table(paths, "dicom_index", [{"export_id": export_id, "file_id": "F0", "patient_pid": p.patient_pid("PAT1"),
                                        "study_uid": p.uid("1.2.3")}], export_id=export_id)
    return export_id


def _materialize_reports(export_id: str, paths: DataPaths, llm: LlmResource) -> dict[str, Any]:
    instance = dg.DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("exports", [export_id])
    result = dg.materialize([reports], resources={"storage": _storage(paths), "llm": llm}, partition_key=export_id,
                            instance=instance)
    assert result.success
    return result.asset_materializations_for_node("reports")[0].metadata


def test_reports_text_en_translated_cached_and_phi_dropped(tmp_path, data_paths, server) -> None:
    export_id = _report_export(tmp_path, data_paths)
    meta = _materialize_reports(export_id, data_paths, _llm(server))
    by_text = {r["text"]: r["text_en"] for r in read_table(data_paths, "reports").to_pylist()}
    assert by_text == {"Befund: Kein Pleuraerguss.": "Findings: No pleural effusion.",
                       "Beurteilung: Zyste der Leber.": "Impression: Cyst of the liver.",
                       "Kontrolle empfohlen.": None,               # the invented date: dropped
                       "Findings: Normal chest.": "Findings: Normal chest."}  # English copied
    assert meta["translation"].value == f"vllm_server/{MODEL}"
    assert (meta["translation_sent"].value, meta["translation_dropped_phi"].value) == (3, 1)
    assert meta["with_english"].value == 3
    assert len(server.bodies) == 3 and server.bodies[0]["model"] == MODEL
    shard = data_paths.data_dir / "cache" / "translate" / f"reports-{export_id}.parquet"
    assert shard.is_file() and b"2031" not in shard.read_bytes()
    table_file = next(data_paths.table_dir("reports").rglob("*.parquet"))
    first = table_file.read_bytes()

    meta = _materialize_reports(export_id, data_paths, _llm(server))
    assert len(server.bodies) == 3  # everything from the cache, the PHI marker included
    assert (meta["translation_sent"].value, meta["translation_cached"].value) == (0, 3)
    assert meta["translation_dropped_phi"].value == 1
    assert table_file.read_bytes() == first


def test_reports_offline_backend_says_why_not(tmp_path, data_paths) -> None:
    export_id = _report_export(tmp_path, data_paths)
    meta = _materialize_reports(export_id, data_paths, LlmResource(backend="vllm_offline", model=MODEL))
    assert meta["translation"].value == "not configured (vllm_offline does not translate; use vllm_server)"
    rows = read_table(data_paths, "reports").to_pylist()
    assert all(r["text_en"] == (r["text"] if r["lang"] == "en" else None) for r in rows)
    assert "translation_sent" not in meta
    assert meta["with_english"].value == sum(r["lang"] == "en" for r in rows)


CORPUS_TEXT = "Befund: Rundherd im rechten Unterlappen (Serie 3, Bild 31), 8 mm."


def _corpus_inputs(paths: DataPaths) -> None:
    export = "exp_000000000001"
    write_table(paths, "reports", [{
        "report_id": "R1", "export_id": export, "patient_pid": "P1", "study_uid": STUDY, "lang": "de",
        "text": CORPUS_TEXT, "text_sha256": text_sha256(CORPUS_TEXT),
        "sentences": [{"section": "findings", "start": 0, "end": len(CORPUS_TEXT)}]}], export_id=export)
    write_table(paths, "dicom_index", [{**r, "export_id": export, "file_id": f"F{i:06d}"}
                                       for i, r in enumerate(dicom_rows())], export_id=export)
    volumes = [{**v, "export_id": export, "patient_pid": "P1"} for v in volume_rows()]
    write_table(paths, "volumes", volumes, export_id=export)
    thick = paths.data_dir / volumes[0]["path"]
    thick.parent.mkdir(parents=True)
    array = np.full((16, 16, 41), -1000, dtype=np.int16)
    array[4:12, 4:12, :] = 40
    nib.save(nib.Nifti1Image(array, np.diag([0.98, 0.98, 5.0, 1.0])), thick)


def _corpus(paths: DataPaths, llm: LlmResource) -> tuple[Any, Any]:
    result = dg.materialize([snippet_pairs, image_text_pairs], resources={"storage": _storage(paths), "llm": llm},
                            instance=dg.DagsterInstance.ephemeral())
    assert result.success
    return (result.asset_materializations_for_node("snippet_pairs")[0].metadata,
            result.asset_materializations_for_node("image_text_pairs")[0].metadata)


def test_snippet_en_and_caption_en_from_the_translator(data_paths, server) -> None:
    _corpus_inputs(data_paths)
    snippets_meta, pairs_meta = _corpus(data_paths, _llm(server))
    (pair,) = read_table(data_paths, "snippet_pairs").to_pylist()
    assert (pair["status"], pair["snippet"]) == ("resolved", "Rundherd im rechten Unterlappen")
    assert pair["snippet_en"] == "Nodule in the right lower lobe"
    rows = {r["source"]: r for r in read_table(data_paths, "image_text_pairs").to_pylist()}
    assert rows["snippet"]["caption_en"] == "Nodule in the right lower lobe"
    assert rows["sentence"]["caption_de"] == "Rundherd im rechten Unterlappen, 8 mm."
    assert rows["sentence"]["caption_raw"] == CORPUS_TEXT
    assert rows["sentence"]["caption_en"] == "Nodule in the right lower lobe, 8 mm."
    assert snippets_meta["translation"].value == pairs_meta["translation"].value == f"vllm_server/{MODEL}"
    assert (snippets_meta["translation_sent"].value, pairs_meta["translation_sent"].value) == (1, 1)
    assert pairs_meta["with_english"].value == 2
    assert len(server.bodies) == 2

    snippets_meta, pairs_meta = _corpus(data_paths, _llm(server))
    assert len(server.bodies) == 2  # nothing changed: neither recomputed
    assert snippets_meta["exports_recomputed"].value == pairs_meta["exports_recomputed"].value == 0
    for table in ("snippet_pairs", "image_text_pairs"):  # recomputed all the same:
        (data_paths.table_dir(table) / FINGERPRINTS_NAME).unlink()
    snippets_meta, pairs_meta = _corpus(data_paths, _llm(server))
    assert len(server.bodies) == 2  # re-materialized from the cache
    assert (snippets_meta["translation_cached"].value, pairs_meta["translation_cached"].value) == (1, 1)


def test_corpus_not_configured_leaves_english_null(data_paths) -> None:
    _corpus_inputs(data_paths)
    snippets_meta, pairs_meta = _corpus(data_paths, LlmResource())
    assert read_table(data_paths, "snippet_pairs")["snippet_en"].to_pylist() == [None]
    assert read_table(data_paths, "image_text_pairs")["caption_en"].to_pylist() == [None, None]
    assert snippets_meta["translation"].value == pairs_meta["translation"].value == "not configured"
    assert not (data_paths.data_dir / "cache" / "translate").exists()


def test_corpus_translations_checked_for_the_exports_own_patients(data_paths, monkeypatch) -> None:
    """The export's own patient's vault value planted in a translation is dropped, and the translators' PHI
    check is built from that export's patients only, however many other exports the vault holds."""
    from curation.vault import PatientPhi

    _corpus_inputs(data_paths)
    vault = Vault(data_paths.vault_dir)
    vault.write_patient_phi("exp_000000000001", [PatientPhi("P1", names=("Liselotte", "Hufnagl"))])
    vault.write_patient_phi("exp_000000000099", [PatientPhi(f"Q{n}", names=(f"Zauner{n:03d}",)) for n in range(300)])
    for export_id in ("exp_000000000001", "exp_000000000099"):
        vault.register_export(export_id, data_paths.vault_dir.parent / export_id)
    asked: list[tuple[str, ...]] = []
    phi_needles = RadcurateStorage.phi_needles

    def recorded(self: RadcurateStorage, export_ids: tuple[str, ...]):
        asked.append(export_ids)
        return phi_needles(self, export_ids)

    monkeypatch.setattr(RadcurateStorage, "phi_needles", recorded)
    planted = {**LEXICON, "Rundherd im rechten Unterlappen": "Nodule in the right lower lobe (Mrs Hufnagl)"}
    with FakeChatServer(answer=lambda body: {
            "translation": planted.get(body["messages"][-1]["content"].rsplit("Text:\n", 1)[1], "?")}) as server:
        snippets_meta, _ = _corpus(data_paths, _llm(server))
    (pair,) = read_table(data_paths, "snippet_pairs").to_pylist()
    assert (pair["snippet"], pair["snippet_en"]) == ("Rundherd im rechten Unterlappen", None)  # dropped
    rows = {r["source"]: r for r in read_table(data_paths, "image_text_pairs").to_pylist()}
    assert rows["sentence"]["caption_en"] == "Nodule in the right lower lobe, 8 mm."
    assert snippets_meta["translation_dropped_phi"].value == 1
    assert asked == [("exp_000000000001",), ("exp_000000000001",)]  # one check per recomputed export, per step
    assert len(phi_needles(_storage(data_paths), ("exp_000000000001",))) == 2
