"""An analytic anatomical phantom in LPS patient coordinates (millimetres).

The phantom is a list of labelled shapes painted in order (later shapes win). It is rendered on any
axis-aligned rectilinear grid, so every series of a study (thick and thin axial, coronal and sagittal
reformats, the localizer) samples the same anatomy at its own true positions: the pixel at
ImagePositionPatient + offsets shows exactly the tissue that lies there. Labels map to CT HU or to an
MR (T2-like) intensity through one lookup table per modality.

Frame: x to the patient's left, y posterior, z superior; z = 0 near the diaphragm dome, the head
around z = +390, the pelvis around z = -300.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# label -> (name, CT HU, MR intensity)
TISSUES: tuple[tuple[str, float, float], ...] = (
    ("air", -1000.0, 0.0),
    ("fat", -100.0, 700.0),
    ("soft_tissue", 50.0, 300.0),
    ("lung", -850.0, 30.0),
    ("bone", 700.0, 200.0),
    ("disc", 90.0, 600.0),
    ("csf", 10.0, 1800.0),
    ("heart", 140.0, 400.0),
    ("aorta", 180.0, 80.0),
    ("liver", 100.0, 350.0),
    ("spleen", 110.0, 600.0),
    ("kidney", 160.0, 700.0),
    ("stomach", 30.0, 450.0),
    ("gas", -1000.0, 0.0),
    ("brain_grey", 40.0, 900.0),
    ("brain_white", 30.0, 700.0),
    ("skull", 1200.0, 100.0),
    ("lung_nodule", 30.0, 500.0),
    ("liver_lesion", 40.0, 1100.0),
    ("kidney_cyst", 5.0, 1700.0),
    ("brain_lesion", 75.0, 1400.0),
)
LABEL = {name: i for i, (name, _, _) in enumerate(TISSUES)}
CT_LUT = np.array([t[1] for t in TISSUES], dtype=np.float32)
MR_LUT = np.array([t[2] for t in TISSUES], dtype=np.float32)
# A T1-weighted look for the second MR sequence on one grid: fat bright, fluid and lesions dark.
MR_T1 = {"air": 0.0, "fat": 900.0, "soft_tissue": 420.0, "lung": 30.0, "bone": 300.0, "disc": 300.0, "csf": 150.0,
         "heart": 400.0, "aorta": 120.0, "liver": 620.0, "spleen": 460.0, "kidney": 480.0, "stomach": 300.0,
         "gas": 0.0, "brain_grey": 500.0, "brain_white": 660.0, "skull": 100.0, "lung_nodule": 380.0,
         "liver_lesion": 180.0, "kidney_cyst": 140.0, "brain_lesion": 260.0}
MR_T1_LUT = np.array([MR_T1[t[0]] for t in TISSUES], dtype=np.float32)
LESION_KINDS = ("lung_nodule", "liver_lesion", "kidney_cyst", "brain_lesion")


@dataclass(frozen=True)
class Shape:
    """An ellipsoid (z semi-axis > 0) or an elliptic cylinder between z0 and z1 (semi z == 0).

    `hollow` > 0 keeps only a shell of that thickness (ribs, skull), measured in the x/y semi-axes.
    """

    label: int
    center: tuple[float, float, float]
    semi: tuple[float, float, float]
    z_range: tuple[float, float] = (0.0, 0.0)
    hollow: float = 0.0
    organ: str = ""

    def bounds(self) -> tuple[tuple[float, float], ...]:
        cx, cy, cz = self.center
        ax, ay, az = self.semi
        z = (cz - az, cz + az) if az > 0 else self.z_range
        return ((cx - ax, cx + ax), (cy - ay, cy + ay), z)

    def mask(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> np.ndarray:
        """Boolean mask on the broadcast grid z[:,None,None], y[None,:,None], x[None,None,:]."""
        cx, cy, cz = self.center
        ax, ay, az = self.semi
        rxy = ((x[None, None, :] - cx) / ax) ** 2 + ((y[None, :, None] - cy) / ay) ** 2
        if az > 0:
            inside = rxy + ((z[:, None, None] - cz) / az) ** 2 <= 1.0
        else:
            inside = np.broadcast_to(rxy <= 1.0, (z.size, y.size, x.size))
        if self.hollow > 0:
            ix, iy = ax - self.hollow, ay - self.hollow
            inner = ((x[None, None, :] - cx) / ix) ** 2 + ((y[None, :, None] - cy) / iy) ** 2
            if az > 0:
                inner = inner + ((z[:, None, None] - cz) / (az - self.hollow)) ** 2
            inside = inside & (inner > 1.0)
        return inside


@dataclass(frozen=True)
class Lesion:
    """A spherical focal lesion: what the report describes and the truth file lists."""

    kind: str
    organ: str
    center_mm: tuple[float, float, float]
    radius_mm: float

    def shape(self) -> Shape:
        r = self.radius_mm
        return Shape(LABEL[self.kind], self.center_mm, (r, r, r))


def anatomy(scale: float = 1.0) -> list[Shape]:
    """The patient's body as painted shapes; `scale` varies body width between patients."""
    s = scale
    L = LABEL
    shapes = [
        Shape(L["fat"], (0, 0, 0), (165 * s, 115 * s, 0), z_range=(-330, 260)),
        Shape(L["soft_tissue"], (0, 0, 0), (150 * s, 100 * s, 0), z_range=(-330, 260)),
        Shape(L["fat"], (0, 0, 0), (35, 35, 0), z_range=(260, 310)),  # neck
        Shape(L["soft_tissue"], (0, 5, 0), (28, 28, 0), z_range=(260, 310)),
    ]
    for z in range(-10, 250, 24):  # ribs: thin elliptic shells every 24 mm in the chest
        shapes.append(Shape(L["bone"], (0, 0, 0), (146 * s, 97 * s, 0), z_range=(z, z + 9), hollow=7))
    shapes += [
        Shape(L["lung"], (-72 * s, 5, 100), (58 * s, 72 * s, 120), organ="lung_right"),
        Shape(L["lung"], (72 * s, 5, 100), (55 * s, 72 * s, 120), organ="lung_left"),
        Shape(L["heart"], (22, -25, 45), (52, 48, 48), organ="heart"),
        Shape(L["liver"], (-62 * s, -5, -55), (82 * s, 72 * s, 62), organ="liver"),
        Shape(L["spleen"], (85 * s, 35, -45), (30 * s, 42, 48), organ="spleen"),
        Shape(L["stomach"], (45 * s, -40, -40), (35, 30, 35), organ="stomach"),
        Shape(L["gas"], (45 * s, -60, -20), (18, 10, 10), organ="stomach"),
        Shape(L["kidney"], (-68 * s, 55, -125), (30, 24, 52), organ="kidney_right"),
        Shape(L["kidney"], (68 * s, 55, -115), (30, 24, 52), organ="kidney_left"),
        Shape(L["aorta"], (15, 35, 0), (12, 12, 0), z_range=(-200, 80), organ="aorta"),
        Shape(L["aorta"], (10, 0, 0), (14, 14, 0), z_range=(80, 120), organ="aorta"),
    ]
    for z in range(-330, 290, 30):  # vertebral bodies with discs between, spinal canal behind
        shapes.append(Shape(L["bone"], (0, 70, 0), (20, 17, 0), z_range=(z, z + 25), organ="vertebra"))
        shapes.append(Shape(L["disc"], (0, 70, 0), (20, 17, 0), z_range=(z + 25, z + 30)))
        shapes.append(Shape(L["bone"], (0, 98, 0), (16, 12, 0), z_range=(z, z + 25)))
    shapes.append(Shape(L["csf"], (0, 95, 0), (7, 7, 0), z_range=(-330, 310)))
    shapes += [
        Shape(L["fat"], (0, 5, 390), (78, 98, 100)),  # scalp
        Shape(L["skull"], (0, 5, 390), (74, 94, 96), hollow=7),
        Shape(L["csf"], (0, 5, 390), (67, 87, 89)),
        Shape(L["brain_grey"], (0, 5, 392), (64, 84, 85), organ="brain"),
        Shape(L["brain_white"], (0, 5, 395), (50, 68, 68), organ="brain"),
        Shape(L["csf"], (-10, 0, 400), (6, 28, 14)),  # lateral ventricles
        Shape(L["csf"], (10, 0, 400), (6, 28, 14)),
    ]
    return shapes


def _index_range(axis: np.ndarray, lo: float, hi: float) -> slice:
    return slice(int(np.searchsorted(axis, lo, "left")), int(np.searchsorted(axis, hi, "right")))


def render_labels(shapes: list[Shape], x: np.ndarray, y: np.ndarray, z: np.ndarray) -> np.ndarray:
    """Label volume [z, y, x] on ascending axes; each shape only touches its bounding block."""
    for name, axis in (("x", x), ("y", y), ("z", z)):
        if axis.size > 1 and np.any(np.diff(axis) <= 0):
            raise ValueError(f"{name}: grid axis must be strictly ascending")
    labels = np.zeros((z.size, y.size, x.size), dtype=np.uint8)
    for shape in shapes:
        (x0, x1), (y0, y1), (z0, z1) = shape.bounds()
        sx, sy, sz = _index_range(x, x0, x1), _index_range(y, y0, y1), _index_range(z, z0, z1)
        if sx.start >= sx.stop or sy.start >= sy.stop or sz.start >= sz.stop:
            continue
        block = labels[sz, sy, sx]
        mask = shape.mask(x[sx], y[sy], z[sz])
        if shape.semi[2] == 0:  # cylinder: z_range is half-open [z0, z1)
            zz = z[sz]
            mask = mask & ((zz >= z0) & (zz < z1))[:, None, None]
        block[mask] = shape.label
    return labels


def label_at(shapes: list[Shape], point: tuple[float, float, float]) -> int:
    """Tissue label at one LPS point (used to place lesions inside their organ)."""
    x, y, z = (np.array([v], dtype=np.float64) for v in point)
    return int(render_labels(shapes, x, y, z)[0, 0, 0])


def organ_shape(shapes: list[Shape], organ: str) -> Shape:
    for shape in shapes:
        if shape.organ == organ:
            return shape
    raise ValueError(f"organ: {organ!r} is not in the phantom")


def to_intensity(labels: np.ndarray, modality: str, rng: np.random.Generator, sequence: str = "t2") -> np.ndarray:
    """HU (CT) or MR intensity (T2-like, or T1-like for sequence "t1") with mild Gaussian noise so
    thresholds behave as on real scans."""
    if modality == "CT":
        values = CT_LUT[labels]
        noise = 8.0
    elif modality == "MR":
        values = (MR_T1_LUT if sequence == "t1" else MR_LUT)[labels]
        noise = 15.0
    else:
        raise ValueError(f"modality: expected 'CT' or 'MR', got {modality!r}")
    values = values + rng.normal(0.0, noise, size=labels.shape).astype(np.float32)
    return values
