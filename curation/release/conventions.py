"""What a release's columns mean, written into its card so the release explains itself without docs/.

One paragraph of conventions per config, the conventions every config shares, and a worked example row
(the first row of the config's first split with rows, long values shortened, image bytes elided).
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import pyarrow as pa

from curation.keyslices.windowing import CT_WINDOWS, MR_PERCENTILES, MR_WINDOW, REFRAD_CHANNELS, REFRAD_WINDOW

SHARED = """\
- Identifiers are keyed pseudonyms (`patient_pid`, `volume_id`, `pair_id`, ...), stable across releases of the
  same corpus; UIDs are `2.25.` UIDs derived from the originals by HMAC. Dates are shifted per patient by a
  whole number of weeks, so weekdays and intervals within a patient hold.
- Orientation: volumes are NIfTI in RAS+ (array axes increase towards the patient's Right, Anterior and
  Superior side). 2D images are in the radiological display convention: row 0 anterior, column 0 the
  patient's right, as a PACS shows an axial slice.
- Splits are by patient: a patient's rows are in exactly one split in every config.
- Licence: clinical data of the curating institution; the card's `license: other` means it may be used only
  under that institution's data-use agreement, for research on radiology AI (training and evaluating
  models), never to re-identify anyone. Intended use: pre-training and fine-tuning of vision-language
  models (report generation, VQA, grounding, 3D report-volume retrieval with depth).
"""

CONFIG_NOTES: Mapping[str, str] = {
    "image_text_pairs": """\
One windowed 2D slice (PNG, `datasets.Image`) with a German and/or an English caption. `window` names the
display window: {ct_windows}, `{refrad}` (RefRad2D's three channels {channels}), `{mr}`
(MR scaled between the {p_low}th and {p_high}th intensity percentile). `slice_index` counts axial slices of the
training volume `volume_id` from the inferior end (index 0 = most inferior).""",
    "vqa": """\
Question / answer pairs about the image of `pair_id` (the same image as in image_text_pairs). `answer_type`
is `closed` (yes/no or one of `options`) or `open`; `evidence` is the report text the answer comes from;
`question_source` says how the item was made (`template`: the embedded rule generator; `llm`: a language
model with structured output); `generator` names the backend, model and prompt version.""",
    "grounding": """\
A report phrase located on a slice: `bbox` is (x0, y0, x1, y1) in PNG pixel coordinates of the pair's image,
x = column, y = row, both ends inclusive; `bbox_tokens` is the same box as four `<locNNNN>` tokens, x and y
normalised by the image width and height into 512 bins (0..511), in the order x0 y0 x1 y1. `mask_rle` is the
structure's mask on that slice, row-major run lengths starting with a run of zeros (which may be 0 long),
alternating zero / one runs, summing to `mask_shape` rows x cols. `structure` / `class_id` name the
segmented class (TotalSegmentator's merged CT+MR ids where the segmenter is TotalSegmentator).""",
    "snippet_pairs": """\
A report snippet and the image it cites ("Serie 3, Bild 45"). `ref_image_start` / `ref_image_end` are as
written; `ref_series` is the series the reference names, written or inherited from the series named before it
in its sentence or report section (`ref_series_inherited` true; null when none is named); `status`:
`resolved` (axial, located), `non_axial` (a coronal/sagittal image: `ref_shape`/`ref_affine` given, depth only
when that image covers a bounded z-range), `ambiguous`, `unresolved`, `prior_study` (cites an earlier
examination: never resolved into this one). `z_mm` is the referenced image's position along the patient's
superior axis in the scanner's frame (mm); `depth_mm` is its distance from the superior edge of the training
volume (mm, what RadFinder's depth head predicts), `slice_index` its slice in that volume (0 = inferior).
`ref_affine` is the referenced image's 4x4 pixel (column, row, 0, 1) -> patient LPS mm matrix, row-major,
flattened to 16 numbers; `ref_shape` its (rows, columns). `method` records how the series was chosen.""",
    "report_volume_pairs": """\
A de-identified report with the primary volume of its study: `text` in the report's language `lang`,
`text_en` the English text (the original for English reports, a translation where a translator was
configured, else null); `volume_path` is a NIfTI file inside this release (RAS+, `spacing` in mm for the
array axes, `shape` as stored).""",
}


def _window_words() -> dict[str, str]:
    ct = ", ".join(f"`{w.name}` (W {w.width:g} / L {w.level:g} HU)" for w in CT_WINDOWS.values())
    return {"ct_windows": ct, "refrad": REFRAD_WINDOW, "channels": " / ".join(REFRAD_CHANNELS), "mr": MR_WINDOW,
            "p_low": f"{MR_PERCENTILES[0]:g}", "p_high": f"{MR_PERCENTILES[1]:g}"}


def config_notes(name: str) -> str:
    """The conventions paragraph of one config ("" for a config without one)."""
    return CONFIG_NOTES.get(name, "").format(**_window_words())


def _short(value: object, limit: int = 120) -> object:
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, str) and len(value) > limit:
        return value[:limit] + "..."
    if isinstance(value, dict):
        return {k: _short(v) for k, v in value.items()}
    if isinstance(value, list):
        shown = [_short(v) for v in value[:16]]
        return [*shown, "..."] if len(value) > 16 else shown
    return value


def example_row(table: pa.Table) -> str:
    """The first row as indented JSON, long values shortened and bytes replaced by their length."""
    if table.num_rows == 0:
        return ""
    row = {k: _short(v) for k, v in table.slice(0, 1).to_pylist()[0].items()}
    return json.dumps(row, ensure_ascii=False, indent=1, default=str)
