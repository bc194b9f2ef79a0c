"""VQA requests per image: the image's own snippets, study context, one request per rendered slice."""

from __future__ import annotations

import pyarrow as pa

from curation.tables.schemas import schema_for
from curation.vqa.requests import build_requests, series_context
from curation.vqa.template import TemplateGenerator

TEXT = ("Befund: Zwei Rundherde im rechten Unterlappen, 6 mm (Serie 3, Bild 20) und 14 mm (Serie 3, Bild 41). "
        "Zyste der linken Niere (Serie 3, Bild 70).")


def table(name: str, rows: list[dict]) -> pa.Table:
    schema = schema_for(name)
    return pa.Table.from_pylist([{f: r.get(f) for f in schema.names} for r in rows], schema=schema)


def test_two_nodules_of_one_sentence_each_get_their_own_size() -> None:
    first = "Zwei Rundherde im rechten Unterlappen, 6 mm"
    reports = table("reports", [{"report_id": "R1", "lang": "de", "text": TEXT}])
    snippets = table("snippet_pairs", [
        {"pair_id": "S1", "report_id": "R1", "snippet": first},
        {"pair_id": "S2", "report_id": "R1", "snippet": "14 mm"},
        {"pair_id": "S3", "report_id": "R1", "snippet": "Zyste der linken Niere"}])
    base = {"report_id": "R1", "modality": "CT", "plane": "axial", "volume_id": "V3", "series_uid": "SE3"}
    pairs = table("image_text_pairs", [
        {**base, "pair_id": "P1", "slice_index": 20, "snippet_pair_ids": ["S1"], "image_sha256": "a",
         "caption_de": first},
        {**base, "pair_id": "P2", "slice_index": 41, "snippet_pair_ids": ["S2"], "image_sha256": "b",
         "caption_de": "14 mm"},
        {**base, "pair_id": "P3", "slice_index": 70, "snippet_pair_ids": ["S3"], "image_sha256": "c",
         "caption_de": "Zyste der linken Niere"}])
    index = table("dicom_index", [{"series_uid": "SE3", "body_part": "CHEST", "study_description": "CT Thorax"}])
    requests, skipped = build_requests(pairs, reports, table("grounding_items", []), snippets=snippets,
                                       series=series_context(index))
    assert skipped == 0 and [r.own_texts for r in requests] == [(first,), ("14 mm",), ("Zyste der linken Niere",)]
    assert requests[0].body_part == "CHEST"
    results = TemplateGenerator(finding_budget=8).generate(requests)
    sizes = [{g.item.answer for g in r.items if g.template == "finding_size"} for r in results]
    # the second snippet "14 mm" names no finding: it is the sentence's nodule, with its own size
    assert sizes == [{"6 mm"}, {"14 mm"}, set()]
    where = [{g.item.answer for g in r.items if g.template == "finding_where"} for r in results]
    assert where == [{"Lunge", "lung"}, {"Lunge", "lung"}, {"Niere", "kidney"}]
    kidney = [g.item.question for r in results[:2] for g in r.items]
    assert not [q for q in kidney if "Zyste" in q or "cyst" in q]
    side = {g.item.answer for g in results[2].items if g.template == "finding_side"}
    assert side == {"links", "left"}
