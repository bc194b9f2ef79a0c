"""vqa_items materialized on hand-written corpus tables: rows, metadata, cache on the second run."""

from __future__ import annotations

import dagster as dg
import pytest

from assets.vqa import vqa_items
from curation.paths import DataPaths
from curation.tables.io import read_table, write_table
from resources.llm import LlmResource
from resources.storage import RadcurateStorage

EXPORT = "exp_000000000001"
BOX = "<loc0100><loc0120><loc0300><loc0330>"


@pytest.fixture
def corpus(data_paths: DataPaths) -> DataPaths:
    write_table(data_paths, "reports", [
        {"report_id": "R1", "export_id": EXPORT, "lang": "de",
         "text": "Befund: Leberzyste von 14 mm im Segment 7. Kein Pleuraerguss. Milz unauffällig."},
        {"report_id": "R2", "export_id": EXPORT, "lang": "en",
         "text": "Findings: 6 mm nodule in the right lower lobe. No pneumothorax."}], export_id=EXPORT)
    write_table(data_paths, "volumes", [
        {"volume_id": "V1", "export_id": EXPORT, "series_description": "Abdomen portalvenös 3mm"},
        {"volume_id": "V2", "export_id": EXPORT, "series_description": "Thorax 1mm"}], export_id=EXPORT)
    write_table(data_paths, "image_text_pairs", [
        {"pair_id": "I1", "volume_id": "V1", "slice_index": 40, "report_id": "R1", "modality": "CT",
         "plane": "axial", "window": "soft_tissue", "caption_de": "Leberzyste von 14 mm im Segment 7."},
        {"pair_id": "I2", "volume_id": "V2", "slice_index": 12, "report_id": "R2", "modality": "CT",
         "plane": "axial", "window": "lung", "caption_en": "6 mm nodule in the right lower lobe."},
        {"pair_id": "I3", "volume_id": "V2", "slice_index": 13, "report_id": "R-missing", "modality": "CT"}])
    write_table(data_paths, "grounding_items", [
        {"item_id": "G1", "volume_id": "V1", "slice_index": 40, "phrase": "Leber", "lang": "de",
         "structure": "liver", "bbox_tokens": BOX}])
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
    assert qa[("I1", "de", "Gibt es eine Zyste in der Leber?")] == "ja"
    assert qa[("I1", "de", "Gibt es einen Erguss in der Pleura?")] == "nein"
    assert qa[("I1", "de", "In welcher Kontrastmittelphase wurde die Serie aufgenommen?")] == "portalvenös"
    assert qa[("I1", "de", "Wo ist die Leber?")] == BOX
    assert qa[("I2", "en", "Is there a pneumothorax?")] == "no"
    assert qa[("I2", "de", "Gibt es einen Rundherd in der Lunge?")] == "ja"
    assert meta["items_per_lang"].value == {"de": len([r for r in table if r["lang"] == "de"]),
                                            "en": len([r for r in table if r["lang"] == "en"])}
    assert set(meta["items_per_type"].value) == {"closed", "open", "choice"}
    assert meta["yes_no"].value["no"] >= 4
    assert "| de |" in meta["examples"].value
    assert "captions still holding an image reference | 0 / 2" in meta["quality"].value
    assert meta["quality_captions_with_reference"].value == 0
    again = materialize(corpus, secret_env)
    assert again["generated_requests"].value == 0 and again["cached_requests"].value == 2
    assert read_table(corpus, "vqa_items").to_pylist() == table
