"""`radcurate export ct-rate`: CT volumes and reports in CT-RATE's layout, with RadFinder's `slices` dicts.

Layout (what RadFinder's CT-RATE dataset class and label loader read, plus the snippets):

    dataset/{train,valid,test}_fixed/{split}_{N}/{split}_{N}_{s}/{split}_{N}_{s}_{k}.nii.gz
    dataset/radiology_text_reports/{train,validation,test}_reports.csv
        VolumeName, ClinicalInformation_EN, Technique_EN, Findings_EN, Impressions_EN, (the same)_DE
    dataset/metadata/{train,validation,test}_metadata.csv
        VolumeName, Modality, SeriesDescription, Rows, Columns, NumberofSlices, XYSpacing, ZSpacing, ...
    dataset/multi_abnormality_labels/{train,valid,test}_predicted_labels.csv   (when report labels exist)
        VolumeName + the 18 CT-RATE abnormalities, 1/0
    dataset/slices/{train,valid,test}_slices.json
        {scan key: {slice id: {shape, dcmaffine, axcodes, slice_axis, de_cleanhist, en_cleanhist}}}

Only CT volumes that are their study's primary (training) volume are exported; splits are the release's
patient-level splits (validation is CT-RATE's `valid`). A report's sections come from its own headings
(indication, technique, findings, impression); text under no known heading is the findings. A slice enters the
`slices` file only with text in both languages (RadFinder draws the snippet of the language it trains on).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.compute as pc

from curation.atomic import exclusive, write_text_atomic
from curation.paths import DataPaths
from curation.release.splits import SplitPolicy
from curation.reports.structure import section_texts
from curation.seed_exports.affines import axcodes, dcm_affine, nested
from curation.seed_exports.naming import SPLIT_NAMES, CtRateNames
from curation.tables.io import read_table
from curation.tables.schemas import SCHEMAS

# report_labels field -> CT-RATE's column (the order of its label CSV and of RadFinder's PATHOLOGIES).
CTRATE_LABELS: tuple[tuple[str, str], ...] = tuple((name, name.replace("_", " ").capitalize()) for name in (
    "medical_material", "arterial_wall_calcification", "cardiomegaly", "pericardial_effusion",
    "coronary_artery_wall_calcification", "hiatal_hernia", "lymphadenopathy", "emphysema", "atelectasis",
    "lung_nodule", "lung_opacity", "pulmonary_fibrotic_sequela", "pleural_effusion", "mosaic_attenuation_pattern",
    "peribronchial_thickening", "consolidation", "bronchiectasis", "interlobular_septal_thickening"))
SECTION_COLUMNS = (("indication", "ClinicalInformation"), ("technique", "Technique"), ("findings", "Findings"),
                   ("impression", "Impressions"))
CSV_SPLIT = {"train": "train", "valid": "validation", "test": "test"}  # reports / metadata file names


@dataclass
class CtRateSummary:
    volumes: dict[str, int] = field(default_factory=dict)       # per CT-RATE split
    reports: int = 0
    labelled: int = 0
    slices: int = 0
    slices_without_both_languages: int = 0
    removed_files: int = 0


def report_sections(text: str | None) -> dict[str, str]:
    """CT-RATE's four text fields from a report's own headings; no heading: the whole text is findings."""
    if not text:
        return {column: "" for _, column in SECTION_COLUMNS}
    found = section_texts(text)
    if "findings" not in found:  # text outside any known heading is the findings
        found["findings"] = found.pop("other", "") or ("" if found else text.strip())
    return {column: found.get(name, "") for name, column in SECTION_COLUMNS}


def _first_report_per_study(paths: DataPaths) -> dict[str, dict]:
    reports = read_table(paths, "reports", columns=["report_id", "study_uid", "lang", "text", "text_en",
                                                    "link_status"])
    out: dict[str, dict] = {}
    for row in sorted(reports.to_pylist(), key=lambda r: r["report_id"]):
        if row["study_uid"] and row["link_status"] != "unlinked":
            out.setdefault(row["study_uid"], row)
    return out


def _labels_by_report(paths: DataPaths) -> dict[str, dict[str, int]]:
    if "report_labels" not in SCHEMAS:
        return {}
    table = read_table(paths, "report_labels", columns=["report_id", "labels"])
    return {r["report_id"]: r["labels"] for r in table.to_pylist() if r["labels"]}


def _slice_id(study_uid: str, series: int | None, image: int | None) -> str:
    return hashlib.sha256(f"{study_uid}/{series}/{image}".encode()).hexdigest()[:32]


def _slices(paths: DataPaths, volume_ids: set[str], clean: Callable[[str], str],
            summary: CtRateSummary) -> dict[str, dict[str, dict]]:
    """Per volume: one entry per referenced image that has a depth, its texts gathered per language."""
    table = read_table(paths, "snippet_pairs", columns=[
        "volume_id", "study_uid", "resolved_series", "ref_image_start", "snippet", "snippet_en", "lang",
        "depth_mm", "ref_shape", "ref_affine"])
    table = table.filter(pc.is_valid(table["depth_mm"]))
    out: dict[str, dict[str, dict]] = defaultdict(dict)
    for row in table.to_pylist():
        if row["volume_id"] not in volume_ids or row["ref_affine"] is None or row["ref_shape"] is None:
            continue
        key = _slice_id(row["study_uid"], row["resolved_series"], row["ref_image_start"])
        entry = out[row["volume_id"]].get(key)
        if entry is None:
            affine = dcm_affine(row["ref_affine"])
            entry = out[row["volume_id"]][key] = {
                "shape": [int(v) for v in row["ref_shape"]], "dcmaffine": nested(affine),
                "axcodes": axcodes(affine), "slice_axis": 2, "de_cleanhist": [], "en_cleanhist": []}
        german = clean(row["snippet"] or "") if row["lang"] == "de" else ""
        english = clean((row["snippet"] if row["lang"] == "en" else row["snippet_en"]) or "")
        for lang, text in (("de", german), ("en", english)):
            if text and text not in entry[f"{lang}_cleanhist"]:
                entry[f"{lang}_cleanhist"].append(text)
    for volume_id in list(out):
        for key in list(out[volume_id]):
            entry = out[volume_id][key]
            if not (entry["de_cleanhist"] and entry["en_cleanhist"]):
                del out[volume_id][key]
                summary.slices_without_both_languages += 1
    return out


def _write_csv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    write_text_atomic(path, buffer.getvalue())


def _link(source: Path, target: Path) -> None:
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}")
    try:
        os.link(source, tmp)
    except OSError:
        shutil.copy2(source, tmp)
    os.replace(tmp, target)


def write_ct_rate(paths: DataPaths, out_dir: Path, *, policy: SplitPolicy | None = None,
                  clean: Callable[[str], str] = str.strip) -> CtRateSummary:
    """Write (or bring up to date) the CT-RATE layout under `out_dir` from the curated tables."""
    with exclusive(out_dir / ".radcurate-export.lock"):  # two exports into one folder: one after the other
        return _write_ct_rate(paths, out_dir, policy or SplitPolicy(), clean)


def _write_ct_rate(paths: DataPaths, out_dir: Path, policy: SplitPolicy, clean: Callable[[str], str]) -> CtRateSummary:
    root = out_dir / "dataset"
    names = CtRateNames.load(out_dir)
    volumes = read_table(paths, "volumes", columns=["volume_id", "patient_pid", "study_uid", "modality", "path",
                                                    "training_role", "shape", "spacing", "series_description"])
    volumes = volumes.filter(pc.and_(pc.equal(volumes["modality"], "CT"),
                                     pc.equal(volumes["training_role"], "primary")))
    reports, labels = _first_report_per_study(paths), _labels_by_report(paths)
    summary = CtRateSummary()
    rows_by_split: dict[str, dict[str, list]] = {s: {"reports": [], "metadata": [], "labels": []}
                                                 for s in SPLIT_NAMES.values()}
    kept: set[Path] = set()
    scan_of_volume: dict[str, tuple[str, str]] = {}
    for volume in sorted(volumes.to_pylist(), key=lambda v: v["volume_id"]):
        split = SPLIT_NAMES[policy.split_of(volume["patient_pid"])]
        name = names.name(split=split, patient_pid=volume["patient_pid"], study_uid=volume["study_uid"],
                          volume_id=volume["volume_id"])
        patient, study = name.rsplit("_", 2)[0], name.rsplit("_", 1)[0]
        target = root / f"{split}_fixed" / patient / study / f"{name}.nii.gz"
        _link(paths.data_dir / volume["path"], target)
        kept.add(target)
        scan_of_volume[volume["volume_id"]] = (split, name)
        summary.volumes[split] = summary.volumes.get(split, 0) + 1
        report = reports.get(volume["study_uid"])
        volume_name = f"{name}.nii.gz"
        if report is not None:
            english = report["text"] if report["lang"] == "en" else report["text_en"]
            german = report["text"] if report["lang"] == "de" else None
            en, de = report_sections(english), report_sections(german)
            rows_by_split[split]["reports"].append(
                [volume_name, *(en[c] for _, c in SECTION_COLUMNS), *(de[c] for _, c in SECTION_COLUMNS)])
            summary.reports += 1
            if report["report_id"] in labels:
                values = labels[report["report_id"]]
                rows_by_split[split]["labels"].append([volume_name, *(int(values[f] or 0) for f, _ in CTRATE_LABELS)])
                summary.labelled += 1
        shape, spacing = volume["shape"], volume["spacing"]
        rows_by_split[split]["metadata"].append([
            volume_name, volume["modality"], volume["series_description"] or "", shape[0], shape[1], shape[2],
            f"[{spacing[0]:g}, {spacing[1]:g}]", f"{spacing[2]:g}", volume["volume_id"], volume["patient_pid"]])
    text_header = ["VolumeName", *(f"{c}_EN" for _, c in SECTION_COLUMNS), *(f"{c}_DE" for _, c in SECTION_COLUMNS)]
    slices = _slices(paths, set(scan_of_volume), clean, summary)
    for split, rows in rows_by_split.items():
        csv_split = CSV_SPLIT[split]
        _write_csv(root / "radiology_text_reports" / f"{csv_split}_reports.csv", text_header, rows["reports"])
        _write_csv(root / "metadata" / f"{csv_split}_metadata.csv",
                   ["VolumeName", "Modality", "SeriesDescription", "Rows", "Columns", "NumberofSlices",
                    "XYSpacing", "ZSpacing", "RadcurateVolumeId", "PatientPID"], rows["metadata"])
        if labels:
            _write_csv(root / "multi_abnormality_labels" / f"{split}_predicted_labels.csv",
                       ["VolumeName", *(c for _, c in CTRATE_LABELS)], rows["labels"])
        per_scan = {scan_of_volume[v][1]: entries for v, entries in sorted(slices.items())
                    if scan_of_volume[v][0] == split and entries}
        summary.slices += sum(len(e) for e in per_scan.values())
        write_text_atomic(root / "slices" / f"{split}_slices.json", json.dumps(per_scan, indent=1, sort_keys=True))
    summary.removed_files = _remove_stale(root, kept)
    names.save(out_dir)
    return summary


def _remove_stale(root: Path, kept: set[Path]) -> int:
    """Volumes of an earlier export run that are no longer curated (a forgotten export) are removed."""
    removed = 0
    for split in SPLIT_NAMES.values():
        for path in sorted((root / f"{split}_fixed").glob("*/*/*.nii.gz")):
            if path not in kept:
                path.unlink()
                removed += 1
    return removed


def expected_columns() -> Mapping[str, list[str]]:
    """The header of each CSV kind, for tests and the docs."""
    return {"reports": ["VolumeName", *(f"{c}_EN" for _, c in SECTION_COLUMNS),
                        *(f"{c}_DE" for _, c in SECTION_COLUMNS)],
            "labels": ["VolumeName", *(c for _, c in CTRATE_LABELS)]}
