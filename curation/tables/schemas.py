"""One Arrow schema per table, all in this module.

Required columns follow ARCHITECTURE.md section 4; extra columns are additions, never renames.
`TABLE_KEYS` gives each table's sort key: the writer sorts by it so that the same content always
gives byte-identical files, whatever order parallel workers produced rows in.
"""

from __future__ import annotations

import pyarrow as pa

from curation.labels.vocabulary import ALL_LABELS

f64 = pa.float64()
i32 = pa.int32()
i64 = pa.int64()
s = pa.string()


def vec(t: pa.DataType, n: int) -> pa.DataType:
    """A fixed-length vector column (positions, orientations, affines)."""
    return pa.list_(t, n)


DICOM_INDEX = pa.schema([
    ("export_id", s), ("file_id", s),
    ("patient_pid", s), ("accession_pid", s),
    ("study_uid", s), ("series_uid", s), ("sop_uid", s), ("frame_of_reference_uid", s),
    ("modality", s), ("sop_class", s),
    ("series_number", i32), ("instance_number", i32),
    ("image_position", vec(f64, 3)), ("image_orientation", vec(f64, 6)),
    ("pixel_spacing", vec(f64, 2)), ("rows", i32), ("columns", i32),
    ("slice_thickness", f64), ("number_of_frames", i32),
    ("image_type", s), ("patient_position", s), ("body_part", s),
    ("series_description", s), ("study_description", s),
    ("study_date", pa.date32()),
    ("patient_sex", s), ("patient_age_years", i32),
    ("transfer_syntax", s),
    ("role", s), ("excluded_reason", s),
    # What tells apart the stacks of one series (echoes, b-values, phases): see curation/volumes/stacks.py.
    ("echo_number", i32), ("echo_time", f64), ("acquisition_number", i32), ("temporal_position", i32),
    ("diffusion_b_value", f64),
])

QUARANTINE = pa.schema([
    ("export_id", s), ("file_id", s), ("stage", s), ("reason", s),
    ("series_uid", s),  # index stage: the series an unreadable file most likely belongs to (else null)
])

SERIES_CATALOG = pa.schema([
    ("export_id", s), ("patient_pid", s), ("study_uid", s), ("series_uid", s),
    ("frame_of_reference_uid", s), ("modality", s), ("series_number", i32),
    ("series_description", s), ("plane", s), ("image_orientation", vec(f64, 6)),
    ("n_instances", i32), ("slice_spacing_mm", f64), ("rows", i32), ("columns", i32),
    ("pixel_spacing", vec(f64, 2)), ("flags", pa.list_(s)), ("usable", pa.bool_()), ("reason", s),
    # "" for a series that is one stack; else the key that splits it, e.g. "echo=2", "b=1000".
    ("stack", s),
    # degrees of gantry tilt the volume is resampled for (flag tilt_corrected); null when straight
    ("gantry_tilt_deg", f64),
])

SLICE_MAP_ENTRY = pa.struct([("instance_number", i32), ("slice_index", i32), ("z_mm", f64)])

VOLUMES = pa.schema([
    ("volume_id", s), ("export_id", s), ("patient_pid", s), ("study_uid", s), ("series_uid", s),
    ("frame_of_reference_uid", s), ("series_number", i32), ("series_description", s),
    ("modality", s), ("plane", s), ("path", s),
    ("shape", vec(i32, 3)), ("spacing", vec(f64, 3)), ("affine", vec(f64, 16)),
    ("slice_map", pa.list_(SLICE_MAP_ENTRY)), ("content_sha256", s),
    # "primary": the volume of its study and modality that training and snippet depths use.
    ("training_role", s), ("slice_spacing_mm", f64),
    ("stack", s),  # the series_catalog stack this volume was built from ("" for a one-stack series)
    ("gantry_tilt_deg", f64),  # tilt corrected by resampling onto the image plane's frame; null if none
])

REPORT_SECTION = pa.struct([("name", s), ("title", s), ("start", i32), ("end", i32)])
REPORT_SENTENCE = pa.struct([("section", s), ("start", i32), ("end", i32)])

REPORTS = pa.schema([
    ("report_id", s), ("export_id", s), ("patient_pid", s), ("study_uid", s), ("accession_pid", s),
    ("lang", s), ("text", s), ("text_en", s),
    ("sections", pa.list_(REPORT_SECTION)), ("sentences", pa.list_(REPORT_SENTENCE)),
    ("report_date", pa.date32()), ("link_status", s), ("phi_span_count", i32), ("text_sha256", s),
    # the table gave a date that cannot be one (31.02.2024): report kept, report_date null
    ("report_date_invalid", pa.bool_()),
])

SNIPPET_PAIRS = pa.schema([
    ("pair_id", s), ("report_id", s), ("patient_pid", s), ("study_uid", s),
    ("ref_series", i32), ("ref_image_start", i32), ("ref_image_end", i32), ("ref_plane", s),
    ("snippet", s), ("snippet_start", i32), ("snippet_end", i32), ("snippet_en", s), ("lang", s),
    ("status", s), ("volume_id", s), ("volume_path", s), ("slice_index", i32),
    ("z_mm", f64), ("depth_mm", f64),
    ("ref_shape", vec(i32, 2)), ("ref_affine", vec(f64, 16)), ("method", s),
    # ref_series is the series the reference names: written, else inherited from its sentence or section
    # (ref_series_inherited true; null for a "(Bild 45)" with no series named before it); resolved_series the
    # one the reference was resolved to. Offsets of the reference expression in the report text, and the text
    # hash it was mined from (re-materializing mines only reports whose hash changed).
    ("resolved_series", i32), ("ref_start", i32), ("ref_end", i32), ("report_sha256", s),
    ("ref_series_inherited", pa.bool_()),
])

SEGMENTATIONS = pa.schema([
    ("volume_id", s), ("export_id", s), ("segmenter", s), ("segmenter_version", s),
    ("label_path", s), ("volume_sha256", s), ("structure", s), ("class_id", i32),
    ("voxel_count", i64), ("bbox_ijk", vec(i32, 6)),
])

GROUNDING_ITEMS = pa.schema([
    ("item_id", s), ("volume_id", s), ("slice_index", i32), ("report_id", s), ("pair_id", s),
    ("phrase", s), ("lang", s), ("structure", s), ("class_id", i32),
    ("bbox", vec(i32, 4)), ("bbox_tokens", s), ("mask_shape", vec(i32, 2)), ("mask_rle", pa.list_(i32)),
    ("source", s), ("segmenter", s),
])

VQA_GENERATOR = pa.struct([("backend", s), ("model", s), ("prompt_version", s)])

VQA_ITEMS = pa.schema([
    ("item_id", s), ("pair_id", s), ("volume_id", s), ("slice_index", i32), ("report_id", s),
    ("lang", s), ("question", s), ("answer", s), ("answer_type", s), ("options", pa.list_(s)),
    ("evidence", s), ("question_source", s), ("generator", VQA_GENERATOR), ("cache_key", s),
    # the question template (null for LLM items) and what the item is about: one item per
    # (image, language, template, finding)
    ("template", s), ("finding", s),
])

# One int8 per label (curation/labels/vocabulary.py); abdominal answers null where the study misses the abdomen.
REPORT_LABEL_VALUES = pa.struct([(name, pa.int8()) for name in ALL_LABELS])
REPORT_LABEL_EVIDENCE = pa.struct([("label", s), ("sentence", s)])

REPORT_LABELS = pa.schema([
    ("report_id", s), ("patient_pid", s), ("study_uid", s), ("lang", s), ("text_sha256", s),
    ("labels", REPORT_LABEL_VALUES), ("uncertain", pa.list_(s)), ("evidence", pa.list_(REPORT_LABEL_EVIDENCE)),
    ("abdomen_covered", pa.bool_()), ("source", s), ("labeller", s),
])

IMAGE_TEXT_PAIRS = pa.schema([
    ("pair_id", s), ("volume_id", s), ("volume_path", s), ("slice_index", i32), ("report_id", s),
    ("patient_pid", s), ("modality", s), ("plane", s),
    # the PNG is stored once per rendered slice (curation/keyslices/images.py): image_path is data-dir relative
    ("image_path", s), ("window", s), ("caption_de", s), ("caption_en", s), ("source", s),
    # the voxels the PNG was rendered from: an unchanged row is reused on the next materialization
    ("volume_sha256", s),
    # volume_id / slice_index / plane are the referenced image's own (its series' volume); the study's
    # training volume slice and depth (RadFinder) are kept apart. image_sha256: the PNG's content hash.
    ("lang", s), ("caption_raw", s), ("series_uid", s), ("series_number", i32), ("image_sha256", s),
    ("snippet_pair_ids", pa.list_(s)), ("training_volume_id", s), ("training_slice_index", i32),
    ("depth_mm", f64),
])

SCHEMAS: dict[str, pa.Schema] = {
    "dicom_index": DICOM_INDEX,
    "quarantine": QUARANTINE,
    "series_catalog": SERIES_CATALOG,
    "volumes": VOLUMES,
    "reports": REPORTS,
    "snippet_pairs": SNIPPET_PAIRS,
    "segmentations": SEGMENTATIONS,
    "grounding_items": GROUNDING_ITEMS,
    "vqa_items": VQA_ITEMS,
    "image_text_pairs": IMAGE_TEXT_PAIRS,
    "report_labels": REPORT_LABELS,
}

TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "dicom_index": ("export_id", "file_id"),
    "quarantine": ("export_id", "file_id", "stage"),
    "series_catalog": ("export_id", "series_uid", "stack"),
    "volumes": ("volume_id",),
    "reports": ("report_id",),
    "snippet_pairs": ("pair_id",),
    "segmentations": ("volume_id", "class_id"),
    "grounding_items": ("item_id",),
    "vqa_items": ("item_id",),
    "image_text_pairs": ("pair_id",),
    "report_labels": ("report_id",),
}

# Tables written per export partition (hive folder export=<id>/); the rest are corpus-wide.
PER_EXPORT_TABLES = frozenset({"dicom_index", "quarantine", "series_catalog", "volumes", "reports",
                               "segmentations"})
# Corpus tables stored per export partition too (the export holding the row's report; computed by
# curation/tables/corpus_parts.py); a part written without an export id (tests, fixtures) sits flat.
CORPUS_PART_TABLES = frozenset({"snippet_pairs", "report_labels", "image_text_pairs", "grounding_items",
                                "vqa_items"})


def schema_for(table: str) -> pa.Schema:
    """The schema of `table`, with a clear error for an unknown name."""
    try:
        return SCHEMAS[table]
    except KeyError:
        raise ValueError(f"unknown table {table!r}; known: {sorted(SCHEMAS)}") from None
