"""The embedded default segmenter: a few structures from Hounsfield units, no model, runs anywhere.

Honest about its reach: CT gives body outline (200), lungs split into lung_left (118) / lung_right
(119), bone (201) and other air inside the body (202, bowel gas, airways outside the lungs); MR gives
only the body outline. Everything else stays background. Lungs are the large air components inside
the body; side comes from the component's centroid in RAS world x (larger x = patient right), and a
component that straddles the midline (lungs joined through the trachea) is cut at the body's midline.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import ndimage

from radcurate.curation.segment.classes import class_id
from radcurate.curation.segment.protocol import check_modality

# A plane-only structuring element: fill holes slice by slice (a 3-D fill would leave lungs open at
# the volume's top and bottom faces).
_IN_PLANE = ndimage.generate_binary_structure(2, 1)[:, :, None]


@dataclass(frozen=True)
class ThresholdSegmenter:
    """HU-threshold segmenter (CT: body, lungs, bone, air; MR: body)."""

    body_hu: float = -500.0
    air_hu: float = -400.0
    bone_hu: float = 200.0
    min_lung_ml: float = 50.0
    min_bone_voxels: int = 20
    mr_body_fraction: float = 0.1  # of the 99th intensity percentile

    name: str = "threshold"

    @property
    def version(self) -> str:
        # Every parameter that changes output is part of the version, so the incremental asset re-runs.
        return (f"threshold-1:{self.body_hu:g}:{self.air_hu:g}:{self.bone_hu:g}:{self.min_lung_ml:g}:"
                f"{self.min_bone_voxels}:{self.mr_body_fraction:g}")

    def segment(self, volume_path: Path, modality: str) -> np.ndarray:
        import nibabel as nib

        modality = check_modality(modality)
        image = nib.load(str(volume_path))
        data = np.asarray(image.dataobj)
        if data.ndim != 3:
            raise ValueError(f"volume must be 3-D, got shape {data.shape}")
        if modality == "CT":
            return self.segment_ct(data, image.affine)
        return self.segment_mr(data)

    def segment_ct(self, hu: np.ndarray, affine: np.ndarray) -> np.ndarray:
        """Label map (uint8) of a CT array in HU with its voxel->RAS affine."""
        labels = np.zeros(hu.shape, dtype=np.uint8)
        body = _largest_component(hu > self.body_hu)
        if not body.any():
            return labels
        body = ndimage.binary_fill_holes(body, structure=_IN_PLANE)
        labels[body] = class_id("body")
        air = body & (hu < self.air_hu)
        labels[air] = class_id("air_internal")
        voxel_ml = abs(float(np.linalg.det(affine[:3, :3]))) / 1000.0
        for side, mask in _lungs(air, body, affine, self.min_lung_ml / max(voxel_ml, 1e-9)).items():
            labels[mask] = class_id(side)
        bone = body & (hu >= self.bone_hu)
        bone = _drop_small(bone, self.min_bone_voxels)
        labels[bone] = class_id("bone")
        return labels

    def segment_mr(self, data: np.ndarray) -> np.ndarray:
        """Label map (uint8) of an MR array: body outline only."""
        labels = np.zeros(data.shape, dtype=np.uint8)
        values = data[np.isfinite(data)]
        if values.size == 0:
            return labels
        cutoff = self.mr_body_fraction * float(np.percentile(values, 99))
        body = _largest_component(np.nan_to_num(data) > cutoff)
        if body.any():
            labels[ndimage.binary_fill_holes(body, structure=_IN_PLANE)] = class_id("body")
        return labels


def _largest_component(mask: np.ndarray) -> np.ndarray:
    components, n = ndimage.label(mask)
    if n == 0:
        return mask & False
    sizes = np.bincount(components.ravel())
    sizes[0] = 0
    return components == int(np.argmax(sizes))


def _drop_small(mask: np.ndarray, min_voxels: int) -> np.ndarray:
    components, n = ndimage.label(mask)
    if n == 0:
        return mask
    sizes = np.bincount(components.ravel())
    keep = sizes >= min_voxels
    keep[0] = False
    return keep[components]


def _world_x(affine: np.ndarray, ijk: np.ndarray) -> np.ndarray:
    """RAS world x (mm; larger = patient right) of voxel coordinates (n, 3)."""
    return ijk @ affine[0, :3] + affine[0, 3]


def _lungs(air: np.ndarray, body: np.ndarray, affine: np.ndarray, min_voxels: float) -> dict[str, np.ndarray]:
    """Large air components inside the body, assigned to lung_left / lung_right."""
    components, n = ndimage.label(air)
    if n == 0:
        return {}
    sizes = np.bincount(components.ravel())
    large = [c for c in range(1, n + 1) if sizes[c] >= min_voxels]
    if not large:
        return {}
    # The body's midline in world x: mean x of body voxels, from a per-axis count (cheap on big volumes).
    i_profile = body.sum(axis=(1, 2)).astype(np.float64)
    j_profile = body.sum(axis=(0, 2)).astype(np.float64)
    k_profile = body.sum(axis=(0, 1)).astype(np.float64)
    centre = np.array([np.average(np.arange(len(p)), weights=p) for p in (i_profile, j_profile, k_profile)])
    midline_x = float(_world_x(affine, centre[None, :])[0])
    left = np.zeros(air.shape, dtype=bool)
    right = np.zeros(air.shape, dtype=bool)
    for c in large:
        coords = np.argwhere(components == c)
        is_right = _world_x(affine, coords.astype(np.float64)) > midline_x
        share = float(is_right.mean())
        if 0.2 <= share <= 0.8:  # straddles the midline: cut it there
            target_r, target_l = coords[is_right], coords[~is_right]
        elif share > 0.5:
            target_r, target_l = coords, coords[:0]
        else:
            target_r, target_l = coords[:0], coords
        right[tuple(target_r.T)] = True
        left[tuple(target_l.T)] = True
    return {"lung_left": left, "lung_right": right}
