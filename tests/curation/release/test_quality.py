"""The quality table of issue 13 item 10 on hand-made rows with known answers."""

from __future__ import annotations

from curation.release.quality import entropy_bits, quality_table, template_of


def _pair(pid: str, *, image: str, caption: str, snippets: list[str], series: int) -> dict:
    return {"pair_id": pid, "report_id": "R1", "volume_id": "V1", "slice_index": 3, "image_sha256": image,
            "caption_de": caption, "caption_en": None, "snippet_pair_ids": snippets, "series_number": series}


def _vqa(pid: str, question: str, answer: str, evidence: str, source: str = "finding") -> dict:
    return {"pair_id": pid, "lang": "de", "question": question, "answer": answer, "evidence": evidence,
            "question_source": source}


SNIPPETS = [
    {"pair_id": "S1", "report_id": "R1", "snippet": "Zyste der linken Niere, 12 mm", "resolved_series": 3,
     "volume_id": "V1", "slice_index": 3},
    {"pair_id": "S2", "report_id": "R1", "snippet": "Rundherd im rechten Unterlappen", "resolved_series": 5,
     "volume_id": "V1", "slice_index": 9},
]


def test_quality_counts_own_slice_duplicates_references_and_series():
    pairs = [_pair("P1", image="a" * 64, caption="Zyste der linken Niere, 12 mm (Serie 3, Bild 45)", snippets=["S1"],
                   series=3),
             _pair("P2", image="b" * 64, caption="Rundherd im rechten Unterlappen", snippets=["S2"], series=2)]
    vqa = [_vqa("P1", "Gibt es eine Zyste in der Niere?", "ja", "Zyste der linken Niere, 12 mm, neu"),
           _vqa("P1", "Gibt es eine Zyste in der Niere?", "ja", "Zyste der linken Niere, 12 mm, neu"),
           _vqa("P2", "Gibt es eine Zyste in der Niere?", "ja", "Zyste der linken Niere, 12 mm, neu"),
           _vqa("P1", "In welcher Ebene ist das Bild dargestellt?", "axial", "Plane: axial", "metadata"),
           _vqa("P2", "In welcher Ebene ist das Bild dargestellt?", "axial", "Plane: axial", "metadata")]
    q = quality_table(pairs, vqa, SNIPPETS)
    assert (q.finding_items, q.finding_on_own_slice) == (3, 2)   # the kidney sentence on the nodule slice is not
    assert q.duplicate_items == 1
    assert q.captions_with_reference == 1 and q.captions == 2
    assert q.pairs_series_mismatch == 1                           # P2 shows series 2, its reference names 5
    assert q.constant_templates == ["finding_exists/de", "plane/de"]
    assert "2 / 3 (67%)" in q.markdown()


def test_template_names_and_entropy():
    assert template_of("Ist dies eine MRT-Aufnahme?") == "modality_yes_no"
    assert template_of("Is this an MRI image?") == "modality_yes_no"
    assert template_of("Where is the nodule located?") == "finding_where"
    assert template_of("Where is the liver?") == "grounding"
    assert entropy_bits(["ja", "nein", "ja", "nein"]) == 1.0
    assert entropy_bits(["axial"] * 5) == 0.0
