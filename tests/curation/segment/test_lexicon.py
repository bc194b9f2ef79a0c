from __future__ import annotations

import pytest

from curation.segment.lexicon import find_structures, load_lexicon


def structures(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.phrase, m.structures) for m in find_structures(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Leber vergrößert", [("Leber", ("liver",))]),
    ("liver lesion", [("liver", ("liver",))]),
    ("Leberzyste", [("Leberzyste", ("liver",))]),
    ("re. Niere unauffällig", [("re. Niere", ("kidney_right",))]),
    ("rechte Niere", [("rechte Niere", ("kidney_right",))]),
    ("right kidney", [("right kidney", ("kidney_right",))]),
    ("Nierenzyste links", [("Nierenzyste links", ("kidney_cyst_left",))]),
    ("LWK 3 Fraktur", [("LWK 3", ("vertebrae_L3",))]),
    ("L3 fracture", [("L3", ("vertebrae_L3",))]),
    ("BWK 12", [("BWK 12", ("vertebrae_T12",))]),
    ("Rundherd im rechten Unterlappen", [("rechten Unterlappen", ("lung_lower_lobe_right",))]),
    ("left lower lobe", [("left lower lobe", ("lung_lower_lobe_left",))]),
    ("Mittellappen", [("Mittellappen", ("lung_middle_lobe_right",))]),
    ("Milz und Aorta", [("Milz", ("spleen",)), ("Aorta", ("aorta",))]),
    ("Milzvene", [("Milzvene", ("portal_vein_and_splenic_vein",))]),
    ("Harnblase", [("Harnblase", ("urinary_bladder",))]),
    ("Gallenblase", [("Gallenblase", ("gallbladder",))]),
    ("spleen", [("spleen", ("spleen",))]),
    ("Nieren beidseits", [("Nieren", ("kidney_left", "kidney_right"))]),
    ("T2-hyperintens", []),
])
def test_lexicon_maps_de_and_en(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert structures(text) == expected


def test_phrases_are_verbatim_substrings() -> None:
    text = "Kleine Zyste der li. Niere, LWK 3 und Milz o.B."
    for m in find_structures(text):
        assert text[m.start:m.end] == m.phrase


def test_lexicon_rows_all_name_schema_classes() -> None:
    assert len(load_lexicon()) > 150
