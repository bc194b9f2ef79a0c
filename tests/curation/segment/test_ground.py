from __future__ import annotations

import numpy as np

from curation.segment.boxes import rle_decode
from curation.segment.classes import class_id
from curation.segment.ground import ground_text, largest_area_slice

KW = {"volume_id": "Vabc", "slice_index": 7, "lang": "de", "source": "snippet", "segmenter": "threshold",
      "pair_id": "S1"}


def slice_with_liver_and_right_kidney() -> np.ndarray:
    labels = np.zeros((40, 50), dtype=np.uint8)
    labels[5:15, 2:20] = class_id("liver")
    labels[20:30, 5:12] = class_id("kidney_right")
    return labels


def test_present_structures_grounded_with_box_and_mask() -> None:
    labels = slice_with_liver_and_right_kidney()
    items = ground_text("Läsion der Leber und der re. Niere", labels, **KW)
    assert [(i.phrase, i.structure, i.bbox) for i in items] == [
        ("Leber", "liver", (2, 5, 19, 14)), ("re. Niere", "kidney_right", (5, 20, 11, 29))]
    liver = items[0]
    assert liver.class_id == 5 and liver.mask_shape == (40, 50)
    np.testing.assert_array_equal(rle_decode(liver.mask_rle, (40, 50)), labels == 5)
    assert liver.bbox_tokens == "<loc0020><loc0064><loc0194><loc0179>"
    assert ground_text("Läsion der Leber und der re. Niere", labels, **KW)[0].item_id == liver.item_id


def test_absent_structure_not_grounded() -> None:
    labels = slice_with_liver_and_right_kidney()
    assert ground_text("Milz unauffällig, li. Niere o.B.", labels, **KW) == []
    sideless = ground_text("Nieren unauffällig", labels, **KW)
    assert [i.structure for i in sideless] == ["kidney_right"]


def test_lung_grounds_on_lobes_of_ct_map_and_largest_slice() -> None:
    volume = np.zeros((20, 20, 5), dtype=np.uint8)
    volume[2:6, 2:6, 1] = class_id("lung_upper_lobe_right")
    volume[2:9, 2:9, 3] = class_id("lung_lower_lobe_right")
    assert largest_area_slice(volume, "lung_right") == 3
    assert largest_area_slice(volume, "lung_left") is None
    items = ground_text("rechte Lunge", volume[:, :, 3], **KW)
    assert [(i.structure, i.class_id, i.bbox) for i in items] == [("lung_right", 119, (2, 2, 8, 8))]


def test_lobe_is_not_grounded_on_a_map_without_lobes() -> None:
    """RefRad2D's rule: the phrase's own class must have pixels; a lobe does not borrow its lung's box."""
    labels = np.zeros((20, 20), dtype=np.int16)
    labels[2:8, 11:18] = class_id("lung_left")
    kw = {"volume_id": "V", "slice_index": 3, "lang": "de", "source": "caption_de", "segmenter": "threshold"}
    assert ground_text("Rundherd im linken Unterlappen", labels, **kw) == []
    (item,) = ground_text("Rundherd in der linken Lunge", labels, **kw)
    assert (item.structure, item.bbox) == ("lung_left", (11, 2, 17, 7))
    lobes = np.zeros((20, 20), dtype=np.int16)
    lobes[2:8, 11:18] = class_id("lung_lower_lobe_left")
    (item,) = ground_text("Rundherd im linken Unterlappen", lobes, **kw)
    assert (item.structure, item.bbox) == ("lung_lower_lobe_left", (11, 2, 17, 7))
