"""write_synthetic_export: a whole synthetic PACS/RIS export plus its ground truth.

Layout (OUT/): <LASTNAME>_<FIRSTNAME>_<birth>/<studydate>_<modality>/S<series>/IM<nnnn>[.dcm],
reports/ris_export.csv (cp1252, ';') and reports/reports.jsonl (UTF-8), EXPORT_COMPLETE last.
The truth file goes beside OUT (see truth.py). Same options -> byte-identical files and truth.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from radcurate.curation.synth import bad_files as bad
from radcurate.curation.synth.dicom_writer import patient_age, study_header, write_series
from radcurate.curation.synth.people import Patient, Site, make_patient, make_site, transliterate
from radcurate.curation.synth.plan import StudyPlan, UidSource, plan_study
from radcurate.curation.synth.reports import (
    ReportBuilder,
    build_orphan_report,
    build_report,
    de_date,
    iso_date,
)
from radcurate.curation.synth.truth import TRUTH_VERSION, truth_path_for, write_truth

COMPLETE_MARKER = "EXPORT_COMPLETE"
REPORT_COLUMNS = (
    "accession_number",
    "report_text",
    "patient_id",
    "study_instance_uid",
    "report_date",
    "language",
)
# studies of the first patients: together they cover CT chest/abdomen, MR liver (FFS) and MR brain
FIRST_STUDIES = ((("CT", "CHEST"), ("MR", "LIVER")), (("CT", "ABDOMEN"),), (("MR", "BRAIN"), ("CT", "CHEST")))
ALL_STUDIES = (("CT", "CHEST"), ("CT", "ABDOMEN"), ("MR", "LIVER"), ("MR", "BRAIN"))


@dataclass(frozen=True)
class SynthOptions:
    """What to generate. matrix scales rows/columns at a fixed field of view (512 for benchmarks)."""

    patients: int = 3
    seed: int = 0
    bad_files: bool = False
    matrix: int = 128

    def __post_init__(self) -> None:
        if not 1 <= self.patients <= 500:
            raise ValueError(f"patients: expected 1..500, got {self.patients}")
        if not 16 <= self.matrix <= 1024:
            raise ValueError(f"matrix: expected 16..1024, got {self.matrix}")
        if self.seed < 0:
            raise ValueError(f"seed: expected a non-negative integer, got {self.seed}")


def _studies_for(index: int, rng: random.Random) -> tuple[tuple[str, str], ...]:
    if index < len(FIRST_STUDIES):
        return FIRST_STUDIES[index]
    return tuple(rng.sample(ALL_STUDIES, rng.choice((1, 1, 2))))


def _series_truth(study: StudyPlan, folder: str) -> list[dict[str, Any]]:
    out = []
    for series in study.series:
        g = series.geometry
        out.append(
            {
                "series_uid": series.series_uid,
                "series_number": series.series_number,
                "description": series.description,
                "role": series.role,
                "plane": g.plane,
                "orientation": list(g.orientation),
                "pixel_spacing": list(g.pixel_spacing),
                "slice_thickness": g.slice_thickness,
                "rows": g.rows,
                "columns": g.columns,
                "instances": [
                    {
                        "instance_number": i + 1,
                        "sop_uid": sop,
                        "path": f"{folder}/S{series.series_number}/{name}",
                        "position": list(pos),
                    }
                    for i, (sop, name, pos) in enumerate(
                        zip(series.sop_uids, series.file_names, g.positions, strict=True)
                    )
                ],
            }
        )
    return out


def _report_truth(
    report_id: str,
    file: str,
    accession: str,
    patient_id: str,
    study_uid: str | None,
    lang: str,
    builder: ReportBuilder,
    linkable: bool,
) -> dict[str, Any]:
    return {
        "report_id": report_id,
        "file": file,
        "accession": accession,
        "patient_id": patient_id,
        "study_uid": study_uid,
        "lang": lang,
        "text": builder.text,
        "linkable": linkable,
        "phi_spans": builder.phi_spans,
        "keep_words": builder.keep_words,
    }


def _reference_truth(report_id: str, lang: str, study: StudyPlan, builder: ReportBuilder) -> list[dict]:
    text = builder.text
    out = []
    for start, end, ref, (s0, s1) in builder.references:
        out.append(
            {
                "report_id": report_id,
                "lang": lang,
                "ref_start": start,
                "ref_end": end,
                "ref_text": text[start:end],
                "format": ref.fmt,
                "series_number": ref.series.series_number,
                "series_number_written": ref.series_written,
                "image_start": ref.start,
                "image_end": ref.end,
                "study_uid": study.study_uid,
                "series_uid": ref.series.series_uid,
                "plane": ref.series.geometry.plane,
                "z_mm": round(ref.z_mm(), 6),
                "snippet": text[s0:s1],
                "snippet_start": s0,
                "snippet_end": s1,
                "lesion_index": ref.lesion_index,
                "role": ref.series.role,
            }
        )
    return out


def _patient_phi(patient: Patient) -> list[str]:
    return [
        patient.last,
        patient.first,
        transliterate(patient.last),
        transliterate(patient.first),
        patient.birth_date,
        patient.birth_date_de,
        patient.patient_id,
        patient.other_patient_id,
        patient.street,
        patient.phone,
        patient.folder,
        patient.address,
    ]


def _site_phi(site: Site) -> list[str]:
    out = [site.institution, site.address, site.phone, site.station_name, site.device_serial]
    for person in (site.referring, site.performing, site.reporting, site.operator):
        out += [person.last, person.first]
    return out


def write_synthetic_export(out_dir: Path | str, options: SynthOptions | None = None) -> Path:
    """Write the export to out_dir (must be empty or absent); returns the truth file's path."""
    options = options or SynthOptions()
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        raise ValueError("out_dir: the export folder exists and is not empty")
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"radcurate-synth:{options.seed}")
    uid = UidSource(options.seed)
    patients = [make_patient(rng, i) for i in range(options.patients)]
    site = make_site(rng, {p.last for p in patients})
    day = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(0, 400))
    truth_patients: list[dict] = []
    reports: list[tuple[dict, dict]] = []  # (row, truth)
    references: list[dict] = []
    phi: list[str] = _site_phi(site)
    first_thick: Path | None = None
    for patient in patients:
        phi += _patient_phi(patient)
        studies_truth = []
        for study_index, (modality, body_part) in enumerate(_studies_for(patient.index, rng)):
            day += dt.timedelta(days=rng.randrange(3, 40))
            study = plan_study(
                rng,
                uid,
                patient_key=patient.patient_id,
                study_index=study_index,
                modality=modality,
                body_part=body_part,
                study_date=day.strftime("%Y%m%d"),
                matrix=options.matrix,
                body_scale=round(rng.uniform(0.9, 1.08), 2),
                patient_last=patient.last,
            )
            folder = f"{patient.folder}/{study.folder}"
            base = study_header(patient, site, study)
            for series in study.series:
                noise = np.random.default_rng(
                    [options.seed, patient.index, study_index, series.series_number]
                )
                paths = write_series(
                    out, f"{folder}/S{series.series_number}", patient, study, series, base, noise
                )
                if first_thick is None and series.role == "thick_axial" and modality == "CT":
                    first_thick = out / paths[0]
            phi += [study.accession, study.study_date]
            studies_truth.append(
                {
                    "study_uid": study.study_uid,
                    "accession": study.accession,
                    "modality": modality,
                    "body_part": body_part,
                    "study_date": study.study_date,
                    "frame_of_reference_uid": study.frame_of_reference_uid,
                    "patient_position": study.patient_position,
                    "charset": study.charset,
                    "series": _series_truth(study, folder),
                    "lesions": [
                        {**asdict(lesion), "center_mm": list(lesion.center_mm)} for lesion in study.lesions
                    ],
                }
            )
            k = len(reports)
            lang = "en" if k % 3 == 1 else "de"
            prior = (day - dt.timedelta(days=rng.randrange(90, 500))).strftime("%Y%m%d")
            age = int(patient_age(patient.birth_date, study.study_date)[:3])
            builder = build_report(patient, site, study, lang, rng, prior, age)
            report_id = f"R{k + 1:04d}"
            file = "reports/ris_export.csv" if k % 2 == 0 else "reports/reports.jsonl"
            study_uid = None if k % 3 == 2 else study.study_uid
            row = {
                "accession_number": study.accession,
                "report_text": builder.text,
                "patient_id": patient.patient_id,
                "study_instance_uid": study_uid or "",
                "report_date": study.study_date,
                "language": lang,
            }
            reports.append(
                (
                    row,
                    _report_truth(
                        report_id, file, study.accession, patient.patient_id, study_uid, lang, builder, True
                    ),
                )
            )
            references += _reference_truth(report_id, lang, study, builder)
            phi += [s["text"] for s in builder.phi_spans if s["label"] != "AGE"]
            phi.append(de_date(study.study_date) if file.endswith(".csv") else iso_date(study.study_date))
        truth_patients.append(
            {
                "patient_id": patient.patient_id,
                "name": patient.dicom_pn,
                "birth_date": patient.birth_date,
                "sex": patient.sex,
                "folder": patient.folder,
                "studies": studies_truth,
            }
        )
    bad_truth: list[dict] = []
    if options.bad_files:
        bad_truth, orphan = _write_bad_files(out, patients[0], site, truth_patients[0], first_thick, uid, rng)
        reports.append(orphan)
        phi += [orphan[1]["accession"]] + [s["text"] for s in orphan[1]["phi_spans"]]
    _write_reports(out, reports)
    phi = [p for p in phi if len(p) >= 4]
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    truth = {
        "version": TRUTH_VERSION,
        "seed": options.seed,
        "options": asdict(options),
        "patients": truth_patients,
        "reports": [t for _, t in reports],
        "references": references,
        "phi_strings": sorted(set(phi)),
        "bad_files": bad_truth,
        "files": files,
    }
    truth_path = truth_path_for(out)
    write_truth(truth_path, truth)
    (out / COMPLETE_MARKER).write_bytes(b"")
    return truth_path


def _write_reports(out: Path, reports: list[tuple[dict, dict]]) -> None:
    """Each report goes to exactly one of the two RIS tables, as its truth entry says."""
    folder = out / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(REPORT_COLUMNS)
    lines = []
    for row, truth in reports:
        if truth["file"].endswith(".csv"):
            writer.writerow(
                [de_date(row["report_date"]) if c == "report_date" else row[c] for c in REPORT_COLUMNS]
            )
        else:
            lines.append(
                json.dumps(
                    {c: iso_date(row[c]) if c == "report_date" else row[c] for c in REPORT_COLUMNS},
                    ensure_ascii=False,
                )
            )
    (folder / "ris_export.csv").write_bytes(buffer.getvalue().encode("cp1252"))
    (folder / "reports.jsonl").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))


def _write_bad_files(
    out: Path,
    patient: Patient,
    site: Site,
    patient_truth: dict,
    template: Path | None,
    uid: UidSource,
    rng: random.Random,
) -> tuple[list[dict], tuple[dict, dict]]:
    """The --bad-files artefacts in the first patient's first study, plus an orphan report."""
    if template is None:
        raise ValueError("bad_files: needs a CT study to copy headers from")
    study_truth = patient_truth["studies"][0]
    study_dir = f"{patient.folder}/{study_truth['study_date']}_{study_truth['modality']}"
    written = [
        (bad.write_truncated(out, f"{study_dir}/S90/IM0001.dcm", template, uid), "truncated"),
        (bad.write_empty(out, f"{study_dir}/S91/IM0001"), "empty"),
        (
            bad.write_text_phi(
                out, f"{patient.folder}/Begleitschreiben.txt", patient, study_truth["accession"]
            ),
            "text_phi",
        ),
        (bad.write_no_pixels(out, f"{study_dir}/S92/IM0001.dcm", template, uid), "no_pixels"),
        (bad.write_burned_in(out, f"{study_dir}/S93/IM0001.dcm", template, uid, patient), "burned_in"),
    ]
    accession = f"ACC2099{rng.randrange(10**6, 10**7)}"
    report_date = study_truth["study_date"]
    builder = build_orphan_report(patient, site, accession, report_date)
    row = {
        "accession_number": accession,
        "report_text": builder.text,
        "patient_id": patient.patient_id,
        "study_instance_uid": "",
        "report_date": report_date,
        "language": "de",
    }
    truth = _report_truth(
        "R9001", "reports/ris_export.csv", accession, patient.patient_id, None, "de", builder, False
    )
    entries = [{"path": path, "kind": kind} for path, kind in written]
    entries.append(
        {
            "path": "reports/ris_export.csv",
            "kind": "orphan_report",
            "report_id": "R9001",
            "accession": accession,
        }
    )
    return entries, (row, truth)
