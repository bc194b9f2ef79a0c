"""Build the frozen merged CT+MR class schema (RefRad2D's 121 classes) from TotalSegmentator's class map.

Run once when TotalSegmentator is upgraded: `python -m curation.segment.build_classes`.
The result, `classes_121.json`, ships in the package so that runtime code never imports
totalsegmentator just to know a class name; a test rebuilds it and compares.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

FROZEN_PATH = Path(__file__).with_name("classes_121.json")
# RadGrounder's merged_label_map.json order (its trainer's <segNNN> tokens): discs 120, vertebrae 121.
MR_ONLY_ORDER = ("lung_left", "lung_right", "intervertebral_discs", "vertebrae")

# German display names of the base structures; laterality, vertebra and rib numbers are composed below.
_DE_BASE: dict[str, str] = {
    "spleen": "Milz", "kidney": "Niere", "gallbladder": "Gallenblase", "liver": "Leber", "stomach": "Magen",
    "pancreas": "Pankreas", "adrenal_gland": "Nebenniere", "lung_upper_lobe": "Lungenoberlappen",
    "lung_lower_lobe": "Lungenunterlappen", "lung_middle_lobe": "Lungenmittellappen", "esophagus": "Ösophagus",
    "trachea": "Trachea", "thyroid_gland": "Schilddrüse", "small_bowel": "Dünndarm", "duodenum": "Duodenum",
    "colon": "Kolon", "urinary_bladder": "Harnblase", "prostate": "Prostata", "kidney_cyst": "Nierenzyste",
    "sacrum": "Os sacrum", "heart": "Herz", "aorta": "Aorta", "pulmonary_vein": "Lungenvene",
    "brachiocephalic_trunk": "Truncus brachiocephalicus", "subclavian_artery": "Arteria subclavia",
    "common_carotid_artery": "Arteria carotis communis", "brachiocephalic_vein": "Vena brachiocephalica",
    "atrial_appendage": "Herzohr", "superior_vena_cava": "Vena cava superior",
    "inferior_vena_cava": "Vena cava inferior", "portal_vein_and_splenic_vein": "Pfortader und Milzvene",
    "iliac_artery": "Arteria iliaca", "iliac_vena": "Vena iliaca", "humerus": "Humerus", "scapula": "Skapula",
    "clavicula": "Klavikula", "femur": "Femur", "hip": "Hüftbein", "spinal_cord": "Rückenmark",
    "gluteus_maximus": "Musculus gluteus maximus", "gluteus_medius": "Musculus gluteus medius",
    "gluteus_minimus": "Musculus gluteus minimus", "autochthon": "autochthone Rückenmuskulatur",
    "iliopsoas": "Musculus iliopsoas", "brain": "Gehirn", "skull": "Schädel", "sternum": "Sternum",
    "costal_cartilages": "Rippenknorpel", "lung": "Lunge", "vertebrae": "Wirbelkörper",
    "intervertebral_discs": "Bandscheiben",
}
_DE_SIDE = {"left": "links", "right": "rechts"}
_DE_SEGMENT = {"C": ("HWK", "Halswirbelkörper"), "T": ("BWK", "Brustwirbelkörper"),
               "L": ("LWK", "Lendenwirbelkörper"), "S": ("SWK", "Sakralwirbel")}


def english_name(name: str) -> str:
    """English display name: 'kidney_right' -> 'right kidney', 'vertebrae_L3' -> 'vertebra L3'."""
    if m := re.fullmatch(r"vertebrae_([CTLS])(\d+)", name):
        return f"vertebra {m[1]}{m[2]}"
    if m := re.fullmatch(r"rib_(left|right)_(\d+)", name):
        return f"{m[1]} rib {m[2]}"
    if m := re.fullmatch(r"(.+)_(left|right)", name):
        return f"{m[2]} {m[1].replace('_', ' ')}"
    return name.replace("_", " ")


def german_name(name: str) -> str:
    """German display name: 'kidney_right' -> 'Niere rechts', 'vertebrae_L3' -> 'LWK 3 (Lendenwirbelkörper 3)'."""
    if m := re.fullmatch(r"vertebrae_([CTLS])(\d+)", name):
        short, long = _DE_SEGMENT[m[1]]
        return f"{short} {m[2]} ({long} {m[2]})"
    if m := re.fullmatch(r"rib_(left|right)_(\d+)", name):
        return f"{m[2]}. Rippe {_DE_SIDE[m[1]]}"
    if m := re.fullmatch(r"(.+)_(left|right)", name):
        return f"{_DE_BASE[m[1]]} {_DE_SIDE[m[2]]}"
    return _DE_BASE[name]


def build_schema() -> list[dict[str, object]]:
    """The merged schema from the installed totalsegmentator: ids, names, display names, task membership."""
    from totalsegmentator.map_to_binary import class_map

    ct = class_map["total"]
    mr = class_map["total_mr"]
    ct_ids = {name: cid for cid, name in ct.items()}
    mr_names = set(mr.values())
    mr_only = [n for n in MR_ONLY_ORDER if n in mr_names and n not in ct_ids]
    missing = mr_names - set(ct_ids) - set(mr_only)
    if missing:
        raise ValueError(f"total_mr classes without a merged id: {sorted(missing)}")
    rows = []
    names = [(cid, name) for cid, name in sorted(ct.items())]
    names += [(max(ct) + 1 + i, name) for i, name in enumerate(mr_only)]
    for cid, name in names:
        rows.append({"class_id": int(cid), "name": name, "name_en": english_name(name), "name_de": german_name(name),
                     "in_ct": name in ct_ids, "in_mr": name in mr_names})
    return rows


def main() -> None:
    rows = build_schema()
    # One class per line: diffs of a TotalSegmentator upgrade stay readable.
    lines = ",\n  ".join(json.dumps(row, ensure_ascii=False) for row in rows)
    text = ('{"source": "totalsegmentator.map_to_binary.class_map (total, total_mr)",\n'
            f' "classes": [\n  {lines}\n ]}}\n')
    FROZEN_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} classes")


if __name__ == "__main__":
    main()
