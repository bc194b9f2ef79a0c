"""Scan protocols of the synthetic export and where their lesions go.

A protocol fixes what a study of a body part covers (z range, field of view, slice spacings) and
which lesion kinds it shows in which organ; lesions are placed by rejection sampling inside the
phantom so every lesion is visible on its study's images and none touches another.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from curation.synth.phantom import Lesion, anatomy, label_at, organ_shape


@dataclass(frozen=True)
class Protocol:
    """One scan protocol: z range covered (mm), axial FOV (mm), thick/thin spacing (mm), the study
    description, the series name stem, and (lesion kind, organ) pairs."""

    z: tuple[float, float]
    fov: float
    thick: float
    thin: float
    desc: str
    series: str
    lesions: tuple[tuple[str, str], ...]


# (modality, body part) -> protocol
PROTOCOLS: dict[tuple[str, str], Protocol] = {
    ("CT", "CHEST"): Protocol((-40.0, 250.0), 360.0, 5.0, 2.5, "CT Thorax mit KM", "Thorax",
                              (("lung_nodule", "lung_right"), ("lung_nodule", "lung_left"))),
    ("CT", "ABDOMEN"): Protocol((-240.0, 40.0), 380.0, 5.0, 2.5, "CT Abdomen mit KM", "Abdomen",
                                (("liver_lesion", "liver"), ("kidney_cyst", "kidney_left"))),
    ("MR", "LIVER"): Protocol((-150.0, 30.0), 380.0, 5.0, 3.0, "MRT Leber nativ und KM", "t2_haste",
                              (("liver_lesion", "liver"), ("liver_lesion", "liver"))),
    ("MR", "BRAIN"): Protocol((300.0, 470.0), 240.0, 4.0, 2.0, "MRT Schädel", "t2_tse",
                              (("brain_lesion", "brain"),)),
    # routine head CT, acquired with the gantry tilted (plan.py): only with SynthOptions.tilted_head_ct
    ("CT", "HEAD"): Protocol((300.0, 470.0), 240.0, 5.0, 2.5, "CCT nativ", "Kopf",
                             (("brain_lesion", "brain"),)),
}
HEAD_CT_TILT_DEG = 12.0
RADIUS_MM = {
    "lung_nodule": (6.0, 11.0),
    "liver_lesion": (8.0, 15.0),
    "kidney_cyst": (7.0, 12.0),
    "brain_lesion": (6.0, 10.0),
}


def place_lesions(
    rng: random.Random, kinds: tuple[tuple[str, str], ...], body_scale: float, z_range: tuple[float, float]
) -> tuple[Lesion, ...]:
    """Rejection-sample lesion centres well inside their organ and the study's z range."""
    shapes = anatomy(body_scale)
    placed: list[Lesion] = []
    for kind, organ in kinds:
        organ_ellipsoid = organ_shape(shapes, organ)
        organ_labels = {shape.label for shape in shapes if shape.organ == organ}  # brain: grey + white
        lo, hi = RADIUS_MM[kind]
        for _ in range(2000):
            radius = round(rng.uniform(lo, hi), 1)
            (x0, x1), (y0, y1), (z0, z1) = organ_ellipsoid.bounds()
            z0, z1 = max(z0, z_range[0] + 20), min(z1, z_range[1] - 20)
            if z0 >= z1:
                break
            centre = (
                round(rng.uniform(x0, x1), 1),
                round(rng.uniform(y0, y1), 1),
                round(rng.uniform(z0, z1), 1),
            )
            margin = radius + 6.0
            probes = [centre] + [
                (centre[0] + dx * margin, centre[1] + dy * margin, centre[2] + dz * margin)
                for dx, dy, dz in ((1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0), (0, 0, 1), (0, 0, -1))
            ]
            if any(label_at(shapes, p) not in organ_labels for p in probes):
                continue
            if any(math.dist(centre, o.center_mm) < radius + o.radius_mm + 15 for o in placed):
                continue
            placed.append(Lesion(kind, organ, centre, radius))
            break
        else:
            raise RuntimeError(f"could not place a {kind} in {organ}")
    return tuple(placed)
