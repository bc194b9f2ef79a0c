"""vqa_items materialized on hand-written corpus tables: rows, metadata, cache on the second run."""

from __future__ import annotations

import shutil

import dagster as dg
import pytest

from assets.vqa import vqa_items
from curation.paths import DataPaths
from curation.tables.corpus_parts import FINGERPRINTS_NAME
from curation.tables.io import delete_partition, read_table, write_table
from curation.vault import PatientPhi, Vault
from resources.llm import LlmResource
from resources.storage import RadcurateStorage

EXPORT = "exp_000000000001"
BOX = "<loc0100><loc0120><loc0300><loc0330>"


@pytest.fixture
def corpus(data_paths: DataPaths) -> DataPaths:
    r1 = "Befund: Leberzyste von 14 mm im Segment 7 (Serie 2, Bild 40). Kein Pleuraerguss. Milz unauffällig."
    r2 = "Findings: 6 mm nodule in the right lower lobe (series 3, image 12). No pneumothorax."
    write_table(data_paths, "reports", [
        {"report_id": "R1", "export_id": EXPORT, "study_uid": "S1", "lang": "de", "text": r1},
        {"report_id": "R2", "export_id": EXPORT, "study_uid": "S2", "lang": "en", "text": r2}], export_id=EXPORT)
    write_table(data_paths, "volumes", [
        {"volume_id": "V1", "export_id": EXPORT, "study_uid": "S1", "series_description": "Abdomen portalvenös 3mm"},
        {"volume_id": "V2", "export_id": EXPORT, "study_uid": "S2", "series_description": "Thorax 1mm"}],
        export_id=EXPORT)
    write_table(data_paths, "snippet_pairs", [
        {"pair_id": "S1", "report_id": "R1", "snippet": "Leberzyste von 14 mm im Segment 7"},
        {"pair_id": "S2", "report_id": "R2", "snippet": "6 mm nodule in the right lower lobe"}], export_id=EXPORT)
    write_table(data_paths, "image_text_pairs", [
        {"pair_id": "I1", "volume_id": "V1", "slice_index": 40, "report_id": "R1", "modality": "CT",
         "plane": "axial", "window": "soft_tissue", "caption_de": "Leberzyste von 14 mm im Segment 7.",
         "snippet_pair_ids": ["S1"], "image_sha256": "a1"},
        # the same image with a second caption: one VQA request, items point at the first pair
        {"pair_id": "I1b", "volume_id": "V1", "slice_index": 40, "report_id": "R1", "modality": "CT",
         "plane": "axial", "window": "soft_tissue", "caption_de": "Leberzyste von 14 mm.",
         "snippet_pair_ids": ["S1"], "image_sha256": "a1"},
        {"pair_id": "I2", "volume_id": "V2", "slice_index": 12, "report_id": "R2", "modality": "CT",
         "plane": "axial", "window": "lung", "caption_en": "6 mm nodule in the right lower lobe.",
         "snippet_pair_ids": ["S2"], "image_sha256": "b2"},
        {"pair_id": "I3", "volume_id": "V2", "slice_index": 13, "report_id": "R-missing", "modality": "CT",
         "image_sha256": "c3"}], export_id=EXPORT)
    write_table(data_paths, "grounding_items", [
        {"item_id": "G1", "volume_id": "V1", "slice_index": 40, "phrase": "Leber", "lang": "de",
         "structure": "liver", "bbox_tokens": BOX}], export_id=EXPORT)
    return data_paths


def materialize(paths: DataPaths, secret: str) -> dg.MaterializeResult:
    resources = {"storage": RadcurateStorage(data_dir=str(paths.data_dir), vault_dir=str(paths.vault_dir),
                                             secret=secret),
                 "llm": LlmResource(backend="template")}
    result = dg.materialize([vqa_items], resources=resources, instance=dg.DagsterInstance.ephemeral())
    assert result.success
    return result.asset_materializations_for_node("vqa_items")[0].metadata


def test_vqa_items_asset(corpus: DataPaths, secret_env: str) -> None:
    meta = materialize(corpus, secret_env)
    table = read_table(corpus, "vqa_items").to_pylist()
    assert meta["images"].value == 2 and meta["pairs_without_report"].value == 1
    assert meta["items"].value == len(table)
    assert meta["generated_requests"].value == 2 and meta["cached_requests"].value == 0
    qa = {(r["pair_id"], r["lang"], r["question"]): r["answer"] for r in table}
    assert {r["pair_id"] for r in table} == {"I1", "I2"}
    assert qa[("I1", "de", "Wo befindet sich die Zyste?")] == "Leber"
    assert qa[("I2", "en", "Where is the nodule located?")] == "lung"
    assert qa[("I2", "de", "Wie groß ist der Rundherd?")] == "6 mm"
    # findings elsewhere in the report ("Kein Pleuraerguss", "No pneumothorax") are not asked on these slices
    assert not [q for (_, _, q) in qa if "Erguss" in q or "pneumothorax" in q or "Milz" in q]
    finding = [r for r in table if r["question_source"] == "finding"]
    assert all(r["evidence"] in ("Leberzyste von 14 mm im Segment 7", "6 mm nodule in the right lower lobe")
               for r in finding)
    assert meta["items_per_lang"].value == {"de": len([r for r in table if r["lang"] == "de"]),
                                            "en": len([r for r in table if r["lang"] == "en"])}
    assert "| de |" in meta["examples"].value
    assert "captions still holding an image reference | 0 / 3" in meta["quality"].value
    assert meta["quality_finding_on_own_slice"].value == 1.0
    assert meta["quality_duplicate_items"].value == 0
    assert meta["quality_constant_templates"].value == 0
    again = materialize(corpus, secret_env)  # nothing changed: the part is not recomputed
    assert again["exports_recomputed"].value == 0 and again["items"].value == len(table)
    rejected = sum(meta["rejected"].value.values())  # 18: 16 constant-answer items among them
    assert again["validity_rate"].value == meta["validity_rate"].value == len(table) / (len(table) + rejected)
    (corpus.table_dir("vqa_items") / FINGERPRINTS_NAME).unlink()  # recomputed all the same: from the cache
    again = materialize(corpus, secret_env)
    assert again["generated_requests"].value == 0 and again["cached_requests"].value == 2
    assert read_table(corpus, "vqa_items").to_pylist() == table


def test_vqa_phi_check_reads_only_the_exports_own_patients(corpus: DataPaths, secret_env: str) -> None:
    """A vault value of a patient of another export is not a hit (it is not read at all); the same value
    held by a patient of the export itself rejects the items that show it."""
    def leber_items() -> int:
        return sum(r["answer"] == "Leber" for r in read_table(corpus, "vqa_items").to_pylist())

    vault = Vault(corpus.vault_dir)
    for export_id in (EXPORT, "exp_000000000002"):  # both registered: reading "every patient" would see both
        vault.register_export(export_id, corpus.data_dir / export_id)
    vault.write_patient_phi("exp_000000000002", [PatientPhi("P-OTHER", names=("Leber",))])
    materialize(corpus, secret_env)
    assert leber_items() == 1                      # Wo befindet sich die Zyste? -> Leber
    vault.write_patient_phi(EXPORT, [PatientPhi("P-OWN", names=("Leber",))])
    (corpus.table_dir("vqa_items") / FINGERPRINTS_NAME).unlink()  # recompute
    meta = materialize(corpus, secret_env)
    assert leber_items() == 0 and meta["rejected"].value["phi"] >= 1


SECOND = "exp_000000000002"


def _second_export(paths: DataPaths) -> None:
    """Another export: a nodule on the left in a soft-tissue window, so templates constant in the first export
    (finding side, window) get a second answer."""
    r3 = "Befund: Rundherd von 8 mm im linken Oberlappen (Serie 5, Bild 22). Kein Pleuraerguss."
    write_table(paths, "reports", [{"report_id": "R3", "export_id": SECOND, "study_uid": "S3", "lang": "de",
                                    "text": r3}], export_id=SECOND)
    write_table(paths, "volumes", [{"volume_id": "V3", "export_id": SECOND, "study_uid": "S3",
                                    "series_description": "Thorax 1mm"}], export_id=SECOND)
    write_table(paths, "snippet_pairs", [{"pair_id": "S3", "report_id": "R3",
                                          "snippet": "Rundherd von 8 mm im linken Oberlappen"}], export_id=SECOND)
    write_table(paths, "image_text_pairs", [
        {"pair_id": "I4", "volume_id": "V3", "slice_index": 22, "report_id": "R3", "modality": "CT",
         "plane": "axial", "window": "soft_tissue", "caption_de": "Rundherd von 8 mm im linken Oberlappen.",
         "snippet_pair_ids": ["S3"], "image_sha256": "d4"}], export_id=SECOND)


def _rows(paths: DataPaths) -> list[dict]:
    return sorted(read_table(paths, "vqa_items").to_pylist(), key=lambda r: r["item_id"])


def test_rule_settled_incrementally_equals_from_scratch(corpus: DataPaths, secret_env: str, tmp_path) -> None:
    """Adding an export that gives constant templates a second answer brings their rows back in the first
    export (regenerated from the cache); taking it away drops them again (refiltered): both as from scratch."""
    first = materialize(corpus, secret_env)
    alone = _rows(corpus)
    _second_export(corpus)
    added = materialize(corpus, secret_env)
    assert added["exports_recomputed"].value == 1 and added["exports_recomputed_for_rule"].value == 1
    assert added["generated_requests"].value == 1   # the first export's items came back from the cache
    both = _rows(corpus)
    scratch = DataPaths(tmp_path / "scratch" / "data", corpus.vault_dir)
    shutil.copytree(corpus.data_dir / "tables", scratch.data_dir / "tables",
                    ignore=shutil.ignore_patterns("vqa_items"))
    materialize(scratch, secret_env)
    assert _rows(scratch) == both
    assert len([r for r in both if r["pair_id"] in ("I1", "I2")]) > len(alone)  # rows came back
    delete_partition(corpus, "reports", SECOND)
    removed = materialize(corpus, secret_env)
    assert removed["exports_refiltered_for_rule"].value == 1 and removed["generated_requests"].value == 0
    assert _rows(corpus) == alone and removed["items"].value == first["items"].value
    assert not (corpus.data_dir / "cache" / "vqa_staging").exists()
