"""The ground-truth entries of a synthetic export: series, studies, reports, references and PHI strings.

Plain dicts in the layout truth.py writes (TRUTH_VERSION); built from the plans the DICOM and report
writers used, so the truth cannot drift from the files.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from curation.synth.people import Patient, Site, transliterate
from curation.synth.plan import StudyPlan
from curation.synth.reports import ReportBuilder


def series_truth(study: StudyPlan, folder: str) -> list[dict[str, Any]]:
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


def study_truth(study: StudyPlan, modality: str, body_part: str, folder: str) -> dict[str, Any]:
    return {
        "study_uid": study.study_uid,
        "accession": study.accession,
        "modality": modality,
        "body_part": body_part,
        "study_date": study.study_date,
        "frame_of_reference_uid": study.frame_of_reference_uid,
        "patient_position": study.patient_position,
        "charset": study.charset,
        "series": series_truth(study, folder),
        "lesions": [{**asdict(lesion), "center_mm": list(lesion.center_mm)} for lesion in study.lesions],
    }


def patient_truth(patient: Patient, studies: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "patient_id": patient.patient_id,
        "name": patient.dicom_pn,
        "birth_date": patient.birth_date,
        "sex": patient.sex,
        "folder": patient.folder,
        "studies": studies,
    }


def report_truth(
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


def reference_truth(report_id: str, lang: str, study: StudyPlan, builder: ReportBuilder) -> list[dict]:
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


def patient_phi(patient: Patient) -> list[str]:
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


def site_phi(site: Site) -> list[str]:
    out = [site.institution, site.address, site.phone, site.station_name, site.device_serial]
    for person in (site.referring, site.performing, site.reporting, site.operator):
        out += [person.last, person.first]
    return out
