"""`radcurate export refrad2d`: the RefRad2D layout of RadGrounder's docs/DATASET_FORMAT.md, from curated tables.

One sample (`rsopid`) per referenced image that has an image pair: the de-identified DICOM instance itself,
zstd-compressed; its texts per language; its VQA items; its segmentation as a class-id mask sampled from its
series' label map through the image's own geometry, with per-class boxes and the caption words grounded on it.

    dicoms_anon/{rsopid[:2]}/{rsopid}.dcm.zst              REFRAD2D_DICOM_DIR
    slices/dicoms_anon -> ../dicoms_anon                    (read_from_rsopid with REFRAD2D_DATA_DIR)
    refrad2d_vqa_universal_split_20000_20000.csv           rsopid, split: the VQA loader's split file (its name
        carries the loader's VAL_SIZE / TEST_SIZE; without it the loader draws 20,000 / 20,000 at random)
    refrad2d_vqa_dataset.parquet                            REFRAD2D_VQA_PARQUET: column rsopid, modality,
        body_part, english / german {dicom_vqa, snippet_vqa, ReportFragestellungCleaned,
        ReportKlinischeAngabenCleaned, CleanedSentence}
    refrad2d_segment/rsopid_2_segment_v3_{ct,mr}.json       REFRAD2D_SEGMENT_DIR: {rsopid: {bboxes
        [[x_min, y_min, x_max, y_max, class_id]] (x_max = x + w, exclusive), keywords_eng, keywords_de
        [[keyword, class_name, class_id]], segment_slice_path}}
    refrad2d_segment/segmented_slices_v3/{rsopid[:2]}/{rsopid}.npy   (rows, cols) class ids, 0 background
    split/filtered_{ct,mr}_splits/snippet2rsopids_{train,val,test}_{ct,mr}_only.json   REFRAD2D_SPLIT_DIR
    merged_label_map.json                                   REFRAD2D_LABEL_MAP (RadGrounder's 121 ids)
    refrad2d.env                                            the five variables, for `source` or an env file

RadGrounder groups samples by their English CleanedSentence, so a sample needs English text (an English
report, or a German one with a translator configured); German fields stay empty where no German text exists.
Only TotalSegmentator's classes (ids 1..121) go into masks and boxes. Splits are the release's patient-level
splits; when the validation split would be empty, the first training patient (by pseudonym) moves there, since
RadGrounder's trainer needs a non-empty val split.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import nibabel as nib
import numpy as np
import pyarrow as pa
from pydicom import dcmread

from curation.atomic import exclusive, write_bytes_atomic, write_text_atomic
from curation.deid.dicom.deidentify import deidentify_dataset, image_exclusion_reason
from curation.deid.dicom.write import dataset_bytes
from curation.keys import Pseudonymizer
from curation.paths import DataPaths
from curation.release.splits import SplitPolicy
from curation.reports.structure import section_texts
from curation.seed_exports.affines import LPS_TO_RAS
from curation.segment.classes import N_MERGED, merged_classes
from curation.snippets.geometry import ImageGeometry
from curation.tables.io import read_table, write_parquet_atomic
from curation.vault import Vault

log = logging.getLogger(__name__)
SPLITS = {"train": "train", "validation": "val", "test": "test"}
# RadGrounder's VQA dataset reads its split from this file beside the parquet (named by its VAL_SIZE, TEST_SIZE).
VQA_SPLIT_FILE = "refrad2d_vqa_universal_split_20000_20000.csv"
LANGS = (("en", "english"), ("de", "german"))
FINDING_TEMPLATES = ("finding_", "organ_abnormal")
QUESTION_TYPES = {"closed": "closed", "open": "open", "choice": "multiple"}

_VQA = pa.struct([("question", pa.string()), ("answer", pa.string()), ("question_type", pa.string()),
                  ("choices", pa.list_(pa.string()))])
_TEXTS = pa.struct([("dicom_vqa", pa.list_(_VQA)), ("snippet_vqa", pa.list_(_VQA)),
                    ("ReportFragestellungCleaned", pa.string()), ("ReportKlinischeAngabenCleaned", pa.string()),
                    ("CleanedSentence", pa.string())])
PARQUET_SCHEMA = pa.schema([("rsopid", pa.string()), ("modality", pa.string()), ("body_part", pa.string()),
                            ("english", _TEXTS), ("german", _TEXTS)])


@dataclass
class RefRad2dSummary:
    slices: int = 0
    by_split: dict[str, int] = field(default_factory=dict)
    with_boxes: int = 0
    skipped_reasons: Counter[str] = field(default_factory=Counter)
    removed_files: int = 0

    @property
    def skipped(self) -> int:
        return sum(self.skipped_reasons.values())


def rsopid_of(sop_uid: str) -> str:
    """A stable sample id from the pseudonymized SOP Instance UID (hex, so `rsopid[:2]` shards evenly)."""
    return hashlib.sha256(sop_uid.encode()).hexdigest()[:24]


def boxes_of(mask: np.ndarray) -> list[list[int]]:
    """RadGrounder's boxes: one per class over all its pixels, [x_min, y_min, x_max, y_max, class_id], max exclusive."""
    out = []
    for class_id in np.unique(mask):
        if class_id == 0:
            continue
        rows, cols = np.nonzero(mask == class_id)
        out.append([int(cols.min()), int(rows.min()), int(cols.max()) + 1, int(rows.max()) + 1, int(class_id)])
    return out


def image_affine(row: dict) -> np.ndarray:
    """4x4 pixel (column, row, 0, 1) -> RAS mm of a dicom_index row (the snippet resolver's image geometry)."""
    geometry = ImageGeometry(instance_number=row.get("instance_number") or 0,
                             position=tuple(row["image_position"]), orientation=tuple(row["image_orientation"]),
                             pixel_spacing=tuple(row["pixel_spacing"]), rows=row["rows"], columns=row["columns"])
    return LPS_TO_RAS @ geometry.affine()


def sample_labels(labels: np.ndarray, label_affine: np.ndarray, pixel_affine: np.ndarray,
                  shape: tuple[int, int]) -> np.ndarray:
    """The label map at every pixel centre of an image (nearest voxel; outside the map: 0)."""
    rows, cols = shape
    rr, cc = np.meshgrid(np.arange(rows), np.arange(cols), indexing="ij")
    pixels = np.stack([cc.ravel(), rr.ravel(), np.zeros(rr.size), np.ones(rr.size)])
    ijk = np.rint((np.linalg.inv(label_affine) @ pixel_affine @ pixels)[:3]).astype(np.int64)
    inside = np.all((ijk >= 0) & (ijk < np.asarray(labels.shape)[:, None]), axis=0)
    out = np.zeros(rows * cols, dtype=labels.dtype)
    out[inside] = labels[ijk[0, inside], ijk[1, inside], ijk[2, inside]]
    out[out > N_MERGED] = 0  # threshold-only classes have no RadGrounder id
    return out.reshape(rows, cols)


@lru_cache(maxsize=4096)  # every image of a report asks for the same report's parts
def report_parts(text: str | None) -> tuple[str, str]:
    """(Fragestellung, Klinische Angaben): the question and the clinical details of the report.

    Where the report heads them separately ("question" / "clinical" sections) each gets its own; where one
    indication heading holds both, both fields carry it (RadGrounder shows equal fields once).
    """
    if not text:
        return "", ""
    parts = section_texts(text)
    indication = parts.get("indication", "")
    return parts.get("question") or indication, parts.get("clinical") or indication


def _vqa_entry(item: dict) -> dict:
    kind = QUESTION_TYPES.get(item["answer_type"], "open")
    return {"question": item["question"], "answer": item["answer"], "question_type": kind,
            "choices": list(item["options"]) if kind == "multiple" and item["options"] else None}


def _splits(patients: set[str], policy: SplitPolicy) -> dict[str, str]:
    split = {p: SPLITS[policy.split_of(p)] for p in sorted(patients)}
    if split and "val" not in split.values():
        train = sorted(p for p, s in split.items() if s == "train")
        if len(train) > 1:
            split[train[0]] = "val"
    return split


@dataclass(frozen=True)
class _Image:
    volume_id: str
    slice_index: int
    pair_rows: tuple[dict, ...]


def _images(paths: DataPaths) -> list[_Image]:
    pairs = read_table(paths, "image_text_pairs", columns=[
        "pair_id", "volume_id", "slice_index", "report_id", "patient_pid", "lang", "caption_de", "caption_en"])
    grouped: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for row in pairs.to_pylist():
        if row["volume_id"] and row["slice_index"] is not None:
            grouped[(row["volume_id"], int(row["slice_index"]))].append(row)
    return [_Image(v, k, tuple(rows)) for (v, k), rows in sorted(grouped.items())]


class RefRad2dWriter:
    """Writes the samples of one corpus; export by export so memory is bounded by one export's index."""

    def __init__(self, paths: DataPaths, out_dir: Path, pseudonymizer: Pseudonymizer,
                 policy: SplitPolicy | None = None) -> None:
        self.paths, self.out = paths, out_dir.resolve()
        self.pseudonymizer, self.policy = pseudonymizer, policy or SplitPolicy()
        self.vault = Vault(paths.vault_dir)
        self.summary = RefRad2dSummary()

    def write(self) -> RefRad2dSummary:
        images = _images(self.paths)
        volumes = {r["volume_id"]: r for r in read_table(self.paths, "volumes", columns=[
            "volume_id", "export_id", "series_uid", "slice_map", "modality", "patient_pid", "affine"]).to_pylist()}
        labels = {r["volume_id"]: r["label_path"] for r in read_table(
            self.paths, "segmentations", columns=["volume_id", "label_path"]).to_pylist() if r["label_path"]}
        context = self._texts_context([i for img in images for i in img.pair_rows])
        rows: list[dict] = []
        segments: dict[str, dict[str, dict]] = {"ct": {}, "mr": {}}
        captions: dict[str, tuple[str, str, str]] = {}   # rsopid -> (patient, modality, English caption)
        by_export: dict[str, list[_Image]] = defaultdict(list)
        for image in images:
            volume = volumes.get(image.volume_id)
            if volume is None:
                self.summary.skipped_reasons["no_volume"] += 1
                continue
            by_export[volume["export_id"]].append(image)
        for export_id in sorted(by_export):
            self._write_export(export_id, by_export[export_id], volumes, labels, context, rows, segments, captions)
        self._write_tables(rows, segments, captions)
        return self.summary

    def _texts_context(self, pair_rows: list[dict]) -> dict:
        report_ids = {r["report_id"] for r in pair_rows if r["report_id"]}
        reports = {r["report_id"]: r for r in read_table(self.paths, "reports", columns=[
            "report_id", "lang", "text", "text_en"]).to_pylist() if r["report_id"] in report_ids}
        pair_ids = {r["pair_id"] for r in pair_rows}
        vqa = defaultdict(list)
        for item in read_table(self.paths, "vqa_items", columns=[
                "pair_id", "lang", "question", "answer", "answer_type", "options", "template",
                "question_source"]).to_pylist():
            if item["pair_id"] in pair_ids:
                vqa[item["pair_id"]].append(item)
        grounding = defaultdict(list)
        for item in read_table(self.paths, "grounding_items", columns=[
                "pair_id", "lang", "phrase", "structure", "class_id"]).to_pylist():
            if item["pair_id"] in pair_ids:
                grounding[item["pair_id"]].append(item)
        return {"reports": reports, "vqa": vqa, "grounding": grounding}

    def _write_export(self, export_id: str, images: list[_Image], volumes: dict, labels: dict, context: dict,
                      rows: list[dict], segments: dict, captions: dict) -> None:
        wanted = {(volumes[i.volume_id]["series_uid"], self._instance(volumes[i.volume_id], i.slice_index))
                  for i in images}
        index = {}
        for row in read_table(self.paths, "dicom_index", exports=[export_id], columns=[
                "file_id", "patient_pid", "series_uid", "instance_number", "sop_uid", "modality", "body_part",
                "image_position", "image_orientation", "pixel_spacing", "rows", "columns", "role"]).to_pylist():
            if (row["series_uid"], row["instance_number"]) in wanted and row["role"] == "image":
                index[(row["series_uid"], row["instance_number"])] = row
        file_map = self.vault.read_file_map(export_id)
        source = self.vault.export_source(export_id)
        phi = {pid: tuple(p.strings()) for pid, p in self.vault.read_patient_phi([export_id]).items()}
        loaded: tuple[str, np.ndarray, np.ndarray] | None = None   # one label map at a time
        for image in sorted(images, key=lambda i: (i.volume_id, i.slice_index)):
            volume = volumes[image.volume_id]
            header = index.get((volume["series_uid"], self._instance(volume, image.slice_index)))
            if header is None or header["image_orientation"] is None or header["pixel_spacing"] is None:
                self.summary.skipped_reasons["no_dicom_instance"] += 1
                continue
            texts = self._texts(image, context)
            if not texts["english"]["CleanedSentence"]:
                self.summary.skipped_reasons["no_english_text"] += 1
                continue
            rsopid = rsopid_of(header["sop_uid"])
            reason = self._write_dicom(rsopid, source, file_map.get(header["file_id"]), header, phi)
            if reason:
                self.summary.skipped_reasons[reason] += 1
                continue
            modality = (header["modality"] or volume["modality"] or "").upper()
            rows.append({"rsopid": rsopid, "modality": modality, "body_part": header["body_part"], **texts})
            captions[rsopid] = (volume["patient_pid"], modality.lower(), texts["english"]["CleanedSentence"])
            label_path = labels.get(image.volume_id)
            if label_path and modality.lower() in segments:
                if loaded is None or loaded[0] != label_path:
                    nifti = nib.load(str(self.paths.data_dir / label_path))
                    loaded = (label_path, np.asarray(nifti.dataobj), nifti.affine)
                mask = sample_labels(loaded[1], loaded[2], image_affine(header), (header["rows"], header["columns"]))
                entry = self._segment(rsopid, mask, image, texts, context)
                if entry is not None:
                    segments[modality.lower()][rsopid] = entry
                    self.summary.with_boxes += 1

    @staticmethod
    def _instance(volume: dict, slice_index: int) -> int | None:
        for entry in volume["slice_map"] or ():
            if entry["slice_index"] == slice_index:
                return entry["instance_number"]
        return None

    def _texts(self, image: _Image, context: dict) -> dict[str, dict]:
        out = {}
        for lang, name in LANGS:
            captions = [r[f"caption_{lang}"] for r in image.pair_rows if r[f"caption_{lang}"]]
            report = next((context["reports"][r["report_id"]] for r in image.pair_rows
                           if r["report_id"] in context["reports"]), None)
            text = None if report is None else (report["text"] if report["lang"] == lang else
                                                report["text_en"] if lang == "en" else None)
            question, clinical = report_parts(text)
            items = [i for r in image.pair_rows for i in context["vqa"].get(r["pair_id"], ()) if i["lang"] == lang]
            snippet = [_vqa_entry(i) for i in items if i["template"] is None
                       or i["template"].startswith(FINDING_TEMPLATES)]
            dicom = [_vqa_entry(i) for i in items if i["template"] and i["template"] != "grounding"
                     and not i["template"].startswith(FINDING_TEMPLATES)]
            out[name] = {"dicom_vqa": dicom, "snippet_vqa": snippet, "ReportFragestellungCleaned": question,
                         "ReportKlinischeAngabenCleaned": clinical,
                         "CleanedSentence": max(captions, key=len) if captions else ""}
        return out

    def _segment(self, rsopid: str, mask: np.ndarray, image: _Image, texts: dict, context: dict) -> dict | None:
        present = {int(c) for c in np.unique(mask) if c}
        if not present:
            return None
        path = self.out / "refrad2d_segment" / "segmented_slices_v3" / rsopid[:2] / f"{rsopid}.npy"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            buffer = io.BytesIO()
            np.save(buffer, mask.astype(np.uint8 if N_MERGED < 256 else np.uint16))
            write_bytes_atomic(path, buffer.getvalue())
        names = {c.class_id: c.name for c in merged_classes()}
        keywords: dict[str, list[list]] = {"en": [], "de": []}
        for pair in image.pair_rows:
            for item in context["grounding"].get(pair["pair_id"], ()):
                lang, class_id = item["lang"], item["class_id"]
                caption = texts["english" if lang == "en" else "german"]["CleanedSentence"]
                triple = [item["phrase"], names.get(class_id, item["structure"]), class_id]
                if lang in keywords and class_id in present and item["phrase"] in caption \
                        and triple not in keywords[lang]:
                    keywords[lang].append(triple)
        return {"bboxes": boxes_of(mask), "keywords_eng": keywords["en"], "keywords_de": keywords["de"],
                "segment_slice_path": str(path)}

    def _write_dicom(self, rsopid: str, source: Path, relative: str | None, header: dict,
                     phi: dict[str, tuple[str, ...]]) -> str | None:
        """Write the de-identified instance (once); a reason string where it cannot be written."""
        import zstandard

        target = self.out / "dicoms_anon" / rsopid[:2] / f"{rsopid}.dcm.zst"
        if target.exists():
            return None
        if relative is None:
            return "not_in_file_map"
        try:
            ds = dcmread(source / relative)
        except Exception:
            log.warning("file %s: unreadable, not exported", header["file_id"])
            return "unreadable"
        reason = image_exclusion_reason(ds)
        if reason:
            return reason
        out = deidentify_dataset(ds, pseudonymizer=self.pseudonymizer, patient_pid=header["patient_pid"],
                                 phi_strings=phi.get(header["patient_pid"], ()))
        data = zstandard.ZstdCompressor(level=10).compress(dataset_bytes(out))
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, data)
        return None

    def _write_tables(self, rows: list[dict], segments: dict, captions: dict) -> None:
        rows.sort(key=lambda r: r["rsopid"])
        write_parquet_atomic(self.out / "refrad2d_vqa_dataset.parquet",
                             pa.Table.from_pylist(rows, schema=PARQUET_SCHEMA))
        for modality, entries in segments.items():
            write_text_atomic(self.out / "refrad2d_segment" / f"rsopid_2_segment_v3_{modality}.json",
                         json.dumps(dict(sorted(entries.items())), indent=1))
        split_of = _splits({patient for patient, _, _ in captions.values()}, self.policy)
        write_text_atomic(self.out / VQA_SPLIT_FILE, "rsopid,split\n" + "".join(
            f"{rsopid},{split_of[patient]}\n" for rsopid, (patient, _, _) in sorted(captions.items())))
        for modality in ("ct", "mr"):
            for split in SPLITS.values():
                groups: dict[str, list[str]] = defaultdict(list)
                for rsopid, (patient, mod, caption) in sorted(captions.items()):
                    if mod == modality and split_of[patient] == split:
                        groups[caption].append(rsopid)
                        self.summary.by_split[split] = self.summary.by_split.get(split, 0) + 1
                write_text_atomic(self.out / "split" / f"filtered_{modality}_splits"
                             / f"snippet2rsopids_{split}_{modality}_only.json", json.dumps(groups, indent=1,
                                                                                           ensure_ascii=False))
        write_text_atomic(self.out / "merged_label_map.json",
                     json.dumps({c.name: c.class_id for c in merged_classes()}, indent=1))
        write_text_atomic(self.out / "refrad2d.env", "".join(f"{k}={v}\n" for k, v in env_for(self.out).items()))
        link = self.out / "slices" / "dicoms_anon"
        if not link.is_symlink():
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(Path("..") / "dicoms_anon", target_is_directory=True)
        self.summary.slices = len(rows)
        self.summary.removed_files = self._remove_stale({r["rsopid"] for r in rows})

    def _remove_stale(self, keep: set[str]) -> int:
        removed = 0
        for pattern in ("dicoms_anon/*/*.dcm.zst", "refrad2d_segment/segmented_slices_v3/*/*.npy"):
            for path in self.out.glob(pattern):
                if path.name.split(".")[0] not in keep:
                    path.unlink()
                    removed += 1
        return removed


def env_for(out_dir: Path) -> dict[str, str]:
    """RadGrounder's variables pointing at an export (radgrounder/paths.py reads them)."""
    out = out_dir.resolve()
    return {"REFRAD2D_DATA_DIR": str(out), "REFRAD2D_DICOM_DIR": str(out / "dicoms_anon"),
            "REFRAD2D_VQA_PARQUET": str(out / "refrad2d_vqa_dataset.parquet"),
            "REFRAD2D_SEGMENT_DIR": str(out / "refrad2d_segment"), "REFRAD2D_SPLIT_DIR": str(out / "split"),
            "REFRAD2D_LABEL_MAP": str(out / "merged_label_map.json")}


def write_refrad2d(paths: DataPaths, out_dir: Path, pseudonymizer: Pseudonymizer, *,
                   policy: SplitPolicy | None = None) -> RefRad2dSummary:
    """Write (or bring up to date) the RefRad2D layout under `out_dir`."""
    with exclusive(out_dir / ".radcurate-export.lock"):  # two exports into one folder: one after the other
        return RefRad2dWriter(paths, out_dir, pseudonymizer, policy).write()
