"""What a synthetic patient's export holds: studies, series (numbers, roles, geometry) and lesions.

Everything is drawn from one seeded random.Random, and UIDs come from pydicom.uid.generate_uid with
entropy sources derived from the seed, so the same seed gives the same plan (and bytes) every time.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from pydicom.uid import generate_uid

from curation.synth.geometry import (
    SeriesGeometry,
    axial_geometry,
    nearest_instance,
    reformat_geometry,
    tilted_axial_geometry,
)
from curation.synth.phantom import LABEL, Lesion, Shape, anatomy
from curation.synth.protocols import HEAD_CT_TILT_DEG, PROTOCOLS, place_lesions


@dataclass(frozen=True)
class SeriesPlan:
    series_uid: str
    series_number: int
    description: str
    role: str  # thick_axial | thin_axial | t1_axial | coronal | sagittal | localizer
    geometry: SeriesGeometry
    window: tuple[float, float]  # (center, width)
    sop_uids: tuple[str, ...]
    file_names: tuple[str, ...]


@dataclass(frozen=True)
class StudyPlan:
    study_uid: str
    accession: str
    modality: str  # CT | MR
    body_part: str  # CHEST | ABDOMEN | LIVER | BRAIN | HEAD (CT, gantry tilted)
    description: str
    study_date: str  # YYYYMMDD
    study_time: str  # HHMMSS
    frame_of_reference_uid: str
    patient_position: str  # HFS | FFS
    charset: str  # ISO_IR 100 | ISO_IR 192
    pixel_signed: bool
    series: tuple[SeriesPlan, ...]
    lesions: tuple[Lesion, ...]
    body_scale: float

    @property
    def folder(self) -> str:
        return f"{self.study_date}_{self.modality}"

    def shapes(self) -> list[Shape]:
        """The phantom of this study: the patient's anatomy plus this study's lesions."""
        return anatomy(self.body_scale) + [lesion.shape() for lesion in self.lesions]


class UidSource:
    """Deterministic UIDs: each UID hashes the seed and a path of names (patient, study, series ...)."""

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def __call__(self, *path: object) -> str:
        return generate_uid(entropy_srcs=[f"radcurate-synth:{self.seed}", *(str(p) for p in path)])


def _series(
    uid: UidSource,
    key: tuple,
    number: int,
    description: str,
    role: str,
    geometry: SeriesGeometry,
    window: tuple[float, float],
    rng: random.Random,
) -> SeriesPlan:
    series_uid = uid(*key, "series", number)
    n = len(geometry.positions)
    sop_uids = tuple(uid(*key, "sop", number, i) for i in range(1, n + 1))
    with_ext = rng.random() < 0.5  # some exports name files IM0001.dcm, others IM0001
    names = tuple(f"IM{i:04d}.dcm" if with_ext else f"IM{i:04d}" for i in range(1, n + 1))
    return SeriesPlan(series_uid, number, description, role, geometry, window, sop_uids, names)


def _thick_number(series: list[SeriesPlan]) -> int:
    return next(s.series_number for s in series if s.role == "thick_axial")


def plan_study(
    rng: random.Random,
    uid: UidSource,
    *,
    patient_key: str,
    study_index: int,
    modality: str,
    body_part: str,
    study_date: str,
    matrix: int,
    body_scale: float,
    patient_last: str,
) -> StudyPlan:
    """Plan one study: its series as a PACS export has them, and its lesions."""
    proto = PROTOCOLS[(modality, body_part)]
    key = (patient_key, study_index)
    z_lo, z_hi = proto.z
    fov, thick, thin = proto.fov, proto.thick, proto.thin
    feet_first = modality == "MR" and body_part == "LIVER"
    lesions = place_lesions(rng, proto.lesions, body_scale, (z_lo, z_hi))
    soft = (40.0, 400.0) if modality == "CT" else (600.0, 1200.0)
    lung = (-600.0, 1500.0)
    n_thick = round((z_hi - z_lo) / thick)
    n_thin = round((z_hi - z_lo) / thin)
    thick_z = [z_hi - thick / 2 - k * thick for k in range(n_thick)]  # instance 1 at the head
    thin_z = [z_lo + thin / 2 + k * thin for k in range(n_thin)]  # instance 1 at the feet
    name = proto.series
    series: list[SeriesPlan] = []
    number = 1
    if modality == "CT" and study_index % 2 == 0:
        loc = reformat_geometry(
            plane="coronal",
            slice_positions=[0.0],
            fov_mm=fov * 1.4,
            matrix=matrix,
            z_top=z_hi + 60,
            z_span=(z_hi - z_lo) + 120,
            thickness=0.0,
        )
        series.append(_series(uid, key, number, "Topogramm 0.6 T20f", "localizer", loc, (40.0, 400.0), rng))
    number = 2 if modality == "CT" else rng.choice((3, 4))
    thick_desc = f"{name} 5mm axial" if modality == "CT" else f"{name}_tra_{thick:g}mm"
    if rng.random() < 0.25:
        thick_desc += f" {patient_last}"  # technicians do type names into descriptions
    def add(number: int, description: str, role: str, geometry: SeriesGeometry, window: tuple[float, float]) -> None:
        series.append(_series(uid, key, number, description, role, geometry, window, rng))

    def axial(z_positions: list[float], thickness: float) -> SeriesGeometry:
        if body_part == "HEAD":
            return tilted_axial_geometry(z_positions=z_positions, fov_mm=fov, matrix=matrix, thickness=thickness,
                                         tilt_deg=HEAD_CT_TILT_DEG)
        return axial_geometry(
            z_positions=z_positions, fov_mm=fov, matrix=matrix, thickness=thickness, feet_first=feet_first
        )

    def lateral_reformat(plane: str) -> SeriesGeometry:
        return reformat_geometry(plane=plane, slice_positions=lateral, fov_mm=fov, matrix=matrix, z_top=z_hi,
                                 z_span=z_hi - z_lo, thickness=lateral_step)

    add(number, thick_desc, "thick_axial", axial(thick_z, thick), lung if body_part == "CHEST" else soft)
    number += rng.choice((1, 2))
    thin_desc = f"{name} {thin:g}mm axial" if modality == "CT" else f"t1_vibe_tra_{thin:g}mm"
    add(number, thin_desc, "thin_axial", axial(thin_z, thin), soft)
    lateral_step = 5.0 if modality == "CT" else 4.0
    half = 110.0 if body_part not in ("BRAIN", "HEAD") else 70.0
    n_lat = round(2 * half / lateral_step)
    lateral = [-half + lateral_step / 2 + k * lateral_step for k in range(n_lat)]
    cor_number = rng.choice((number + 1, 600 + number))
    add(cor_number, f"{name} cor {lateral_step:g}mm", "coronal", lateral_reformat("coronal"), soft)
    if body_part == "BRAIN":
        add(cor_number + 1, "t1_se_sag 4mm", "sagittal", lateral_reformat("sagittal"), soft)
    if modality == "MR" and body_part == "LIVER":
        # A second sequence on the thick series' grid (same positions, T1 contrast): a reference to it must
        # show the T1 image, not the T2 one at the same z. Its own Random keeps the rest of the plan as it was.
        t1_number = _thick_number(series) + 10
        series.append(_series(uid, key, t1_number, f"t1_fl2d_tra_{thick:g}mm", "t1_axial", axial(thick_z, thick),
                              soft, random.Random(f"{key}:t1")))
    hour, minute = rng.randrange(7, 18), rng.randrange(0, 60)
    return StudyPlan(
        study_uid=uid(*key, "study"),
        accession=f"ACC{study_date[:4]}{rng.randrange(10**6, 10**7)}",
        modality=modality,
        body_part=body_part,
        description=proto.desc,
        study_date=study_date,
        study_time=f"{hour:02d}{minute:02d}{rng.randrange(0, 60):02d}",
        frame_of_reference_uid=uid(*key, "for"),
        patient_position="FFS" if feet_first else "HFS",
        charset="ISO_IR 192" if (study_index + len(patient_key)) % 2 else "ISO_IR 100",
        pixel_signed=study_index % 2 == 1,
        series=tuple(series),
        lesions=lesions,
        body_scale=body_scale,
    )


def lesion_instance(series: SeriesPlan, lesion: Lesion) -> int:
    """The image of a series that shows the lesion centre best."""
    return nearest_instance(series.geometry, lesion.center_mm)


__all__ = ["LABEL", "PROTOCOLS", "SeriesPlan", "StudyPlan", "UidSource", "lesion_instance", "plan_study"]
