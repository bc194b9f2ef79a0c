"""RadGrounder-style SFT export: conversation-format JSONL from a release, images as PNG files.

Three tasks, one record each, in the LLaVA conversation layout most VLM trainers read
(`{"id", "image", "conversations": [{"from": "human"|"gpt", "value"}], ...}`):
- report_generation: slice -> its caption sentence (German and English where present);
- vqa: question (+ choices) -> answer;
- grounding: phrase -> the class box as four 512-bin location tokens `<locXXXX>` in the order
  x_min, y_min, x_max, y_max (RefRad2D), clamped to 511 at the right and bottom edge.
Images come from image_text_pairs' PNG bytes; a VQA or grounding slice without one is rendered from the
release volume with the shared axial display convention (soft-tissue window), else skipped and counted.
"""

from __future__ import annotations

import io
import json
import math
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from training.data import SPLITS, read_split

LOC_BINS = 512
PROMPTS = {
    "report_generation": {"de": "Beschreiben Sie den Befund in diesem {modality}-Schnittbild.",
                          "en": "Describe the findings in this {modality} slice."},
    "grounding": {"de": "Wo im Bild ist: {phrase}?", "en": "Where in the image is: {phrase}?"},
    "choices": {"de": "Antwortmöglichkeiten: {options}", "en": "Options: {options}"},
}


def loc_token(value: float, size: int) -> str:
    """One coordinate in pixels -> `<locXXXX>`: normalised by the image size, 512 bins, clamped to 511."""
    if size <= 0:
        raise ValueError(f"image size must be positive, got {size}")
    index = min(LOC_BINS - 1, max(0, math.floor(value * LOC_BINS / size)))
    return f"<loc{index:04d}>"


def box_tokens(bbox: list[int], width: int, height: int) -> str:
    """(x_min, y_min, x_max, y_max) in pixels -> four location tokens."""
    if len(bbox) != 4:
        raise ValueError(f"bbox must be (x_min, y_min, x_max, y_max), got {bbox}")
    x0, y0, x1, y1 = bbox
    return "".join([loc_token(x0, width), loc_token(y0, height), loc_token(x1, width), loc_token(y1, height)])


@dataclass
class SftExportSummary:
    out_dir: Path
    records: Counter[str] = field(default_factory=Counter)   # "<split>/<task>" -> count
    images: int = 0
    skipped_no_image: int = 0

    def metadata(self) -> dict[str, int]:
        return {f"sft_{k.replace('/', '_')}": v for k, v in sorted(self.records.items())} | {
            "sft_images": self.images, "sft_skipped_no_image": self.skipped_no_image}


class _Images:
    """PNG files under out/images/, one per (volume_id, slice_index)."""

    def __init__(self, release: Path, out: Path) -> None:
        self.release, self.out = release, out
        self.sizes: dict[tuple[str, int], tuple[int, int]] = {}

    def _write(self, key: tuple[str, int], png: bytes) -> str:
        from PIL import Image

        rel = f"images/{key[0]}_{key[1]:04d}.png"
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(png)
        os.replace(tmp, path)
        with Image.open(io.BytesIO(png)) as image:
            self.sizes[key] = image.size  # (width, height)
        return rel

    def add_png(self, volume_id: str, slice_index: int, png: bytes) -> str:
        key = (volume_id, slice_index)
        if key in self.sizes:
            return f"images/{volume_id}_{slice_index:04d}.png"
        return self._write(key, png)

    def get(self, volume_id: str, slice_index: int) -> str | None:
        """The slice's PNG, rendering it from the release volume when no PNG was released."""
        key = (volume_id, slice_index)
        if key in self.sizes:
            return f"images/{volume_id}_{slice_index:04d}.png"
        volume = self.release / "volumes" / f"{volume_id}.nii.gz"
        if not volume.is_file():
            return None
        import nibabel as nib
        from PIL import Image

        from curation.volumes.display import axial_display

        array = np.asarray(nib.as_closest_canonical(nib.load(str(volume))).dataobj, dtype=np.float32)
        if not 0 <= slice_index < array.shape[2]:
            return None
        level, width = 40.0, 350.0
        shown = np.clip((axial_display(array, slice_index) - (level - width / 2)) / width, 0, 1)
        buffer = io.BytesIO()
        Image.fromarray((shown * 255).round().astype(np.uint8)).save(buffer, format="PNG")
        return self._write(key, buffer.getvalue())


def _human(text: str) -> dict[str, str]:
    return {"from": "human", "value": f"<image>\n{text}"}


def _gpt(text: str) -> dict[str, str]:
    return {"from": "gpt", "value": text}


def _split_records(release: Path, split: str, images: _Images, summary: SftExportSummary) -> list[dict]:
    records: list[dict] = []
    pairs = read_split(release, "image_text_pairs", split)
    for row in [] if pairs is None else pairs.to_pylist():
        png = (row.get("image") or {}).get("bytes")
        if not png:
            continue
        path = images.add_png(row["volume_id"], row["slice_index"], png)
        for lang, caption in (("de", row.get("caption_de")), ("en", row.get("caption_en"))):
            if caption:
                prompt = PROMPTS["report_generation"][lang].format(modality=row.get("modality") or "CT")
                records.append({"id": f"{row['pair_id']}-{lang}", "task": "report_generation", "lang": lang,
                                "image": path, "conversations": [_human(prompt), _gpt(caption)]})
    vqa = read_split(release, "vqa", split)
    for row in [] if vqa is None else vqa.to_pylist():
        path = images.get(row["volume_id"], row["slice_index"])
        if path is None:
            summary.skipped_no_image += 1
            continue
        lang = row.get("lang") or "en"
        question = row["question"]
        if row.get("options"):
            question += "\n" + PROMPTS["choices"].get(lang, PROMPTS["choices"]["en"]).format(
                options=", ".join(row["options"]))
        records.append({"id": row["item_id"], "task": "vqa", "lang": lang, "image": path,
                        "question_type": row.get("answer_type"), "choices": row.get("options") or [],
                        "conversations": [_human(question), _gpt(row["answer"])]})
    grounding = read_split(release, "grounding", split)
    for row in [] if grounding is None else grounding.to_pylist():
        path = images.get(row["volume_id"], row["slice_index"])
        if path is None or not row.get("bbox"):
            summary.skipped_no_image += path is None
            continue
        width, height = images.sizes[(row["volume_id"], row["slice_index"])]
        if row.get("mask_shape"):
            height, width = row["mask_shape"]
        lang = row.get("lang") or "en"
        prompt = PROMPTS["grounding"].get(lang, PROMPTS["grounding"]["en"]).format(phrase=row["phrase"])
        answer = row["phrase"] + box_tokens(row["bbox"], width, height)
        records.append({"id": row["item_id"], "task": "grounding", "lang": lang, "image": path,
                        "structure": row.get("structure"), "conversations": [_human(prompt), _gpt(answer)]})
    return records


def export_sft(release: Path, out: Path) -> SftExportSummary:
    """Write out/<split>.jsonl (sorted by id, so reruns are byte-identical) and out/images/."""
    if not (release / "data").is_dir():
        raise ValueError("release: no data/ folder; materialize the dataset asset first")
    out.mkdir(parents=True, exist_ok=True)
    images = _Images(release, out)
    summary = SftExportSummary(out)
    for split in SPLITS:
        records = sorted(_split_records(release, split, images, summary), key=lambda r: r["id"])
        summary.records.update(f"{split}/{r['task']}" for r in records)
        target = out / f"{split}.jsonl"
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records),
                       encoding="utf-8")
        os.replace(tmp, target)
    summary.images = len(images.sizes)
    return summary
