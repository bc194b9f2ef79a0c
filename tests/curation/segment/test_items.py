"""grounding_items rows: only on slices with an image pair, each caption in its own language."""

from __future__ import annotations

import numpy as np

from curation.segment.classes import class_id
from curation.segment.items import grounding_rows, slice_structures


def labels() -> np.ndarray:
    volume = np.zeros((30, 30, 6), dtype=np.uint8)
    volume[3:12, 4:20, 2] = class_id("liver")
    volume[3:12, 4:20, 4] = class_id("liver")
    volume[20:26, 5:10, 2] = class_id("kidney_left")
    return volume


def test_grounding_only_on_pair_slices_in_the_caption_language() -> None:
    pairs = [{"pair_id": "P1", "volume_id": "V", "slice_index": 2, "plane": "axial", "report_id": "R1",
              "caption_de": "Zyste der Leber, 9 mm.", "caption_en": "Cyst of the liver, 9 mm."},
             {"pair_id": "P2", "volume_id": "V", "slice_index": 2, "plane": "coronal", "report_id": "R1",
              "caption_de": "Leberzyste"},
             {"pair_id": "P3", "volume_id": "W", "slice_index": 2, "plane": "axial", "caption_de": "Leber"}]
    rows = grounding_rows({"V": ("seg/V.nii.gz", "totalsegmentator")}, pairs, lambda _: labels())
    got = sorted((r["pair_id"], r["slice_index"], r["lang"], r["phrase"], r["structure"]) for r in rows)
    assert got == [("P1", 2, "de", "Leber", "liver"), ("P1", 2, "en", "liver", "liver")]
    # slice 4 has liver too but no pair: nothing there; the coronal pair and the unsegmented volume neither


def test_slice_structures_lists_classes_on_the_slice_and_in_the_map() -> None:
    got = slice_structures({"V": ("seg/V.nii.gz", "t")}, [("V", "axial", 2), ("V", "axial", 4), ("V", "axial", 0)],
                           lambda _: labels())
    assert got[("V", 2)] == (("kidney_left", "liver"), ("kidney_left", "liver"))
    assert got[("V", 4)][0] == ("liver",) and got[("V", 0)][0] == ()
