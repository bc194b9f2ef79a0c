"""A tiny hand-made corpus released through build_release: NIfTI volumes with a bright lesion at a known
depth, reports naming (or negating) findings, resolved snippets, PNG slices, VQA and grounding rows."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import nibabel as nib
import numpy as np
from PIL import Image

from curation.keyslices.images import store_png
from curation.paths import DataPaths
from curation.release import SplitPolicy, build_release
from curation.tables import write_table

SHAPE = (24, 24, 20)
SPACING = (10.0, 10.0, 5.0)
ORIGIN = (-120.0, -120.0, -50.0)
EXPORT = "exptiny"
POLICY = SplitPolicy({"train": 0.6, "validation": 0.0, "test": 0.4}, salt="training-tests")

FINDING_TEXT = {
    "nodule": ("Solider Rundherd im rechten Oberlappen (Serie 3, Bild {n}). Kein Erguss.", "Solider Rundherd"),
    "cyst": ("Blande Zyste der linken Niere (Serie 3, Bild {n}). Kein Rundherd.", "Blande Zyste"),
    "liver": ("Hypodense Leberläsion in Segment 7 (Serie 3, Bild {n}). Kein Erguss.", "Hypodense Leberläsion"),
}


def lesion_slice(index: int) -> int:
    return 3 + (index * 5) % 14


def _volume(index: int) -> np.ndarray:
    i, j, k = np.meshgrid(*[np.arange(n) for n in SHAPE], indexing="ij")
    body = ((i - 12) / 10.0) ** 2 + ((j - 12) / 8.0) ** 2 <= 1.0
    array = np.where(body, 40, -1000).astype(np.int16)
    kz = lesion_slice(index)
    lesion = (i - 8 - index % 6) ** 2 + (j - 12) ** 2 + ((k - kz) * 0.5) ** 2 <= 6
    array[lesion] = 300
    return array


def depth_of(k: int) -> float:
    """Contract: depth below the superior edge of the slice centre k."""
    return (SHAPE[2] - 0.5 - k) * SPACING[2]


def build_tiny_release(paths: DataPaths, n_patients: int = 14) -> Path:
    affine = np.diag([*SPACING, 1.0])
    affine[:3, 3] = ORIGIN
    volumes, reports, snippets, images, vqa, grounding = [], [], [], [], [], []
    kinds = list(FINDING_TEXT)
    for n in range(n_patients):
        pid, vid, study = f"P{n:03d}", f"V{n:03d}", f"2.25.{1000 + n}"
        rel = f"volumes/{EXPORT}/{vid}.nii.gz"
        (paths.data_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        array = _volume(n)
        nib.save(nib.Nifti1Image(array, affine), paths.data_dir / rel)
        volumes.append({"volume_id": vid, "export_id": EXPORT, "patient_pid": pid, "study_uid": study,
                        "modality": "CT", "plane": "axial", "path": rel, "training_role": "primary",
                        "shape": list(SHAPE), "spacing": list(SPACING), "affine": affine.ravel().tolist()})
        kind = kinds[n % len(kinds)]
        kz = lesion_slice(n)
        sentence, snippet = FINDING_TEXT[kind]
        text = f"Befund: {sentence.format(n=SHAPE[2] - kz)}"
        reports.append({"report_id": f"R{n:03d}", "export_id": EXPORT, "patient_pid": pid, "study_uid": study,
                        "lang": "de", "text": text, "text_sha256": f"h{n}", "link_status": "linked_accession",
                        "report_date": dt.date(2021, 1, 1)})
        z = ORIGIN[2] + SPACING[2] * kz
        ref_affine = [-10.0, 0, 0, 120.0, 0, -10.0, 0, 120.0, 0, 0, 1.0, z, 0, 0, 0, 1.0]
        snippets.append({"pair_id": f"S{n:03d}", "report_id": f"R{n:03d}", "patient_pid": pid, "study_uid": study,
                         "ref_series": 3, "ref_image_start": SHAPE[2] - kz, "ref_image_end": SHAPE[2] - kz,
                         "ref_plane": "axial", "snippet": snippet, "lang": "de", "status": "resolved",
                         "volume_id": vid, "volume_path": rel, "slice_index": kz, "z_mm": z,
                         "depth_mm": depth_of(kz), "ref_shape": [24, 24], "ref_affine": ref_affine})
        png = io.BytesIO()
        Image.fromarray(np.full((24, 24), 100, np.uint8)).save(png, format="PNG")
        sha, image_rel = store_png(paths.data_dir, png.getvalue())
        images.append({"pair_id": f"I{n:03d}", "volume_id": vid, "volume_path": rel, "slice_index": kz,
                       "report_id": f"R{n:03d}", "patient_pid": pid, "modality": "CT", "plane": "axial",
                       "image_path": image_rel, "image_sha256": sha, "window": "soft_tissue",
                       "caption_de": snippet + ".", "caption_en": "Finding.", "source": "snippet"})
        vqa.append({"item_id": f"Q{n:03d}", "pair_id": f"I{n:03d}", "volume_id": vid, "slice_index": kz,
                    "report_id": f"R{n:03d}", "lang": "en", "question": "Is there a lesion?", "answer": "yes",
                    "answer_type": "choice", "options": ["yes", "no"], "evidence": snippet})
        grounding.append({"item_id": f"G{n:03d}", "pair_id": f"I{n:03d}", "volume_id": vid, "slice_index": kz,
                          "report_id": f"R{n:03d}",
                          "phrase": "Niere", "lang": "de", "structure": "kidney_left", "class_id": 3,
                          "bbox": [0, 6, 23, 11], "mask_shape": [24, 24], "source": "test"})
    write_table(paths, "volumes", volumes, export_id=EXPORT)
    write_table(paths, "reports", reports, export_id=EXPORT)
    write_table(paths, "snippet_pairs", snippets)
    write_table(paths, "image_text_pairs", images)
    write_table(paths, "vqa_items", vqa)
    write_table(paths, "grounding_items", grounding)
    build_release(paths, policy=POLICY, provenance={"exports": EXPORT}, deid_profile="test")
    return paths.dataset_dir
