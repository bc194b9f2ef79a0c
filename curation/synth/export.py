"""write_synthetic_export: a whole synthetic PACS/RIS export plus its ground truth.

Layout (OUT/): <LASTNAME>_<FIRSTNAME>_<birth>/<studydate>_<modality>/S<series>/IM<nnnn>[.dcm],
reports/ris_export.csv (cp1252, ';') and reports/reports.jsonl (UTF-8), EXPORT_COMPLETE last.
The truth file goes beside OUT (see truth.py). Same options -> byte-identical files and truth.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from curation.synth.bad_files import write_bad_files
from curation.synth.dicom_writer import patient_age, study_header, write_series
from curation.synth.people import make_patient, make_site
from curation.synth.plan import UidSource, plan_study
from curation.synth.reports import build_report, de_date, iso_date
from curation.synth.ris import REPORT_COLUMNS, ris_row, write_reports
from curation.synth.truth import TRUTH_VERSION, truth_path_for, write_truth
from curation.synth.truth_records import (
    patient_phi,
    patient_truth,
    reference_truth,
    report_truth,
    site_phi,
    study_truth,
)

__all__ = ["ALL_STUDIES", "COMPLETE_MARKER", "FIRST_STUDIES", "REPORT_COLUMNS", "SynthOptions",
           "write_synthetic_export"]

COMPLETE_MARKER = "EXPORT_COMPLETE"
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
    tilted_head_ct: bool = False   # the first patient also gets a head CT acquired with the gantry tilted

    def __post_init__(self) -> None:
        if not 1 <= self.patients <= 500:
            raise ValueError(f"patients: expected 1..500, got {self.patients}")
        if not 16 <= self.matrix <= 1024:
            raise ValueError(f"matrix: expected 16..1024, got {self.matrix}")
        if self.seed < 0:
            raise ValueError(f"seed: expected a non-negative integer, got {self.seed}")


def _studies_for(index: int, rng: random.Random, tilted_head_ct: bool = False) -> tuple[tuple[str, str], ...]:
    if index == 0 and tilted_head_ct:
        return (*FIRST_STUDIES[0], ("CT", "HEAD"))
    if index < len(FIRST_STUDIES):
        return FIRST_STUDIES[index]
    return tuple(rng.sample(ALL_STUDIES, rng.choice((1, 1, 2))))


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
    phi: list[str] = site_phi(site)
    first_thick: Path | None = None
    for patient in patients:
        phi += patient_phi(patient)
        studies_truth = []
        for study_index, (modality, body_part) in enumerate(_studies_for(patient.index, rng, options.tilted_head_ct)):
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
            studies_truth.append(study_truth(study, modality, body_part, folder))
            k = len(reports)
            lang = "en" if k % 3 == 1 else "de"
            prior = (day - dt.timedelta(days=rng.randrange(90, 500))).strftime("%Y%m%d")
            age = int(patient_age(patient.birth_date, study.study_date)[:3])
            builder = build_report(patient, site, study, lang, rng, prior, age)
            report_id = f"R{k + 1:04d}"
            file = "reports/ris_export.csv" if k % 2 == 0 else "reports/reports.jsonl"
            study_uid = None if k % 3 == 2 else study.study_uid
            row = ris_row(study.accession, builder.text, patient.patient_id, study_uid, study.study_date, lang)
            reports.append(
                (
                    row,
                    report_truth(
                        report_id, file, study.accession, patient.patient_id, study_uid, lang, builder, True
                    ),
                )
            )
            references += reference_truth(report_id, lang, study, builder)
            phi += [s["text"] for s in builder.phi_spans if s["label"] != "AGE"]
            phi.append(de_date(study.study_date) if file.endswith(".csv") else iso_date(study.study_date))
        truth_patients.append(patient_truth(patient, studies_truth))
    bad_truth: list[dict] = []
    if options.bad_files:
        bad_truth, orphan = write_bad_files(out, patients[0], site, truth_patients[0], first_thick, uid, rng)
        reports.append(orphan)
        phi += [orphan[1]["accession"]] + [s["text"] for s in orphan[1]["phi_spans"]]
    write_reports(out, reports)
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
