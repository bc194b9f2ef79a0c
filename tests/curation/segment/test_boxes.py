from __future__ import annotations

import numpy as np
import pytest

from curation.segment.boxes import box_tokens, class_box, rle_decode, rle_encode, slice_boxes


def test_boxes_from_synthetic_label_map() -> None:
    labels = np.zeros((100, 80), dtype=np.uint8)
    labels[10:20, 5:15] = 3          # component 1 of class 3
    labels[40:45, 60:70] = 3         # component 2 of class 3 -> one enclosing box
    labels[50, 30] = 7
    labels[51, 31] = 7               # diagonal neighbour: one 8-connected component
    boxes = slice_boxes(labels)
    assert set(boxes) == {3, 7}
    assert boxes[3].bbox == (5, 10, 69, 44)
    assert boxes[3].components == 2 and boxes[3].pixels == 150
    assert boxes[7].bbox == (30, 50, 31, 51) and boxes[7].components == 1
    assert class_box(np.zeros((4, 4), bool)) is None


def test_tokens_order_and_clamp() -> None:
    assert box_tokens((0, 0, 511, 511), (512, 512)) == "<loc0000><loc0000><loc0511><loc0511>"
    assert box_tokens((10, 20, 30, 40), (256, 128)) == "<loc0040><loc0040><loc0120><loc0080>"
    assert box_tokens((0, 0, 99, 99), (100, 100)).endswith("<loc0506><loc0506>")
    with pytest.raises(ValueError, match="outside"):
        box_tokens((0, 0, 100, 5), (100, 100))


def test_rle_round_trip_and_format() -> None:
    mask = np.array([[1, 1, 0], [0, 1, 1]], dtype=bool)
    runs = rle_encode(mask)
    assert runs == [0, 2, 2, 2]
    assert rle_encode(~mask) == [2, 2, 2]
    np.testing.assert_array_equal(rle_decode(runs, (2, 3)), mask)
    rng = np.random.default_rng(0)
    big = rng.random((37, 53)) > 0.6
    np.testing.assert_array_equal(rle_decode(rle_encode(big), big.shape), big)
    with pytest.raises(ValueError, match="sum"):
        rle_decode([1, 2], (2, 3))
