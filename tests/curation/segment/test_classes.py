from __future__ import annotations

import pytest

from curation.segment import classes
from curation.segment.build_classes import build_schema


def test_frozen_file_matches_installed_totalsegmentator() -> None:
    pytest.importorskip("totalsegmentator")
    frozen = [c.__dict__ | {} for c in classes.merged_classes()]
    rebuilt = build_schema()
    assert [{k: v for k, v in f.items() if k != "merged"} for f in frozen] == rebuilt


def test_ids_follow_refrad2d_rule() -> None:
    merged = classes.merged_classes()
    assert len(merged) == 121
    assert [c.class_id for c in merged] == list(range(1, 122))
    assert classes.class_id("liver") == 5
    assert classes.class_id("sternum") == 116
    assert [classes.class_name(i) for i in (118, 119, 120, 121)] == [
        "lung_left", "lung_right", "intervertebral_discs", "vertebrae"]
    assert classes.structure("kidney_right").name_de == "Niere rechts"
    assert classes.structure(29).name_de.startswith("LWK 3")


def test_ts_name_maps_share_ids() -> None:
    ct, mr = classes.ts_name_to_merged_id("total"), classes.ts_name_to_merged_id("total_mr")
    assert len(ct) == 117 and len(mr) == 50
    assert ct["aorta"] == mr["aorta"] == 52
    assert mr["lung_right"] == 119 and "lung_right" not in ct
    with pytest.raises(ValueError, match="task"):
        classes.ts_name_to_merged_id("body")


def test_threshold_classes_outside_merged_range() -> None:
    assert classes.class_id("body") == 200
    assert all(c.class_id >= classes.THRESHOLD_BASE_ID for c in classes.THRESHOLD_CLASSES)
    with pytest.raises(ValueError, match="unknown"):
        classes.class_id("spleen_left")


def test_ids_are_radgrounders_merged_label_map() -> None:
    """RadGrounder's trainer turns class ids into <segNNN> tokens: our ids must be its merged_label_map.json's."""
    from curation.segment.classes import merged_classes

    ids = {c.name: c.class_id for c in merged_classes()}
    assert len(ids) == 121 and sorted(ids.values()) == list(range(1, 122))
    for name, class_id in {"spleen": 1, "liver": 5, "lung_upper_lobe_left": 10, "heart": 51, "brain": 90,
                           "costal_cartilages": 117, "lung_left": 118, "lung_right": 119,
                           "intervertebral_discs": 120, "vertebrae": 121}.items():
        assert ids[name] == class_id, name
