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

from curation.segment.classes import class_id
from curation.segment.protocol import check_modality

# A plane-only structuring element: fill holes slice by slice (a 3-D fill would leave lungs open at
# the volume's top and bottom faces).
_IN_PLANE = ndimage.generate_binary_structure(2, 1)[:, :, None]
# Connected components are found on an in-plane grid of about this many columns (see segment_ct).
COMPONENT_GRID = 128


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
        return (f"threshold-2:{self.body_hu:g}:{self.air_hu:g}:{self.bone_hu:g}:{self.min_lung_ml:g}:"
                f"{self.min_bone_voxels}:{self.mr_body_fraction:g}:{COMPONENT_GRID}")

    def segment(self, volume_path: Path, modality: str) -> np.ndarray:
        import nibabel as nib

        modality = check_modality(modality)
        image = nib.load(str(volume_path))
        # NIfTI arrays load in Fortran order; scipy.ndimage and the block reshapes are ~10x slower on it.
        data = np.ascontiguousarray(np.asarray(image.dataobj))
        if data.ndim != 3:
            raise ValueError(f"volume must be 3-D, got shape {data.shape}")
        if modality == "CT":
            return self.segment_ct(data, image.affine)
        return self.segment_mr(data)

    def segment_ct(self, hu: np.ndarray, affine: np.ndarray) -> np.ndarray:
        """Label map (uint8) of a CT array in HU with its voxel->RAS affine.

        Classes are decided per voxel by HU; which connected component a voxel belongs to (body, lung,
        small bone fragment) is decided on an in-plane block grid of ~128 columns (block = "any voxel
        set"), which at 0.8 mm pixels is TotalSegmentator fast's 3 mm and ~10x faster than full size.
        """
        labels = np.zeros(hu.shape, dtype=np.uint8)
        f = max(1, -(-min(hu.shape[:2]) // COMPONENT_GRID))
        raw = hu > self.body_hu
        raw_c = _block_any(raw, f)
        body_c = _largest_component(raw_c)
        if not body_c.any():
            return labels
        filled_c = ndimage.binary_fill_holes(body_c, structure=_IN_PLANE)
        # Blocks touching the outside hold both skin and outside air: there, only dense voxels are body.
        boundary_c = filled_c & ndimage.binary_dilation(~filled_c, structure=_IN_PLANE)
        body = _fine(filled_c, hu.shape, f) & (raw | ~_fine(boundary_c, hu.shape, f))
        labels[body] = class_id("body")
        air = body & (hu < self.air_hu)
        labels[air] = class_id("air_internal")
        voxel_ml = abs(float(np.linalg.det(affine[:3, :3]))) / 1000.0
        coarse_affine = affine.copy()
        coarse_affine[:3, :2] *= f
        min_lung = self.min_lung_ml / max(voxel_ml * f * f, 1e-9)
        for side, mask_c in _lungs(_block_any(air, f), filled_c, coarse_affine, min_lung).items():
            labels[air & _fine(mask_c, hu.shape, f)] = class_id(side)
        bone = body & (hu >= self.bone_hu)
        keep_c = _drop_small(_block_any(bone, f), max(1, self.min_bone_voxels // (f * f)))
        labels[bone & _fine(keep_c, hu.shape, f)] = class_id("bone")
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


def _block_any(mask: np.ndarray, f: int) -> np.ndarray:
    """In-plane f x f blocks, True where any voxel of the block is set (keeps thin structures)."""
    if f == 1:
        return mask
    ni, nj, nk = mask.shape
    pi, pj = -ni % f, -nj % f
    padded = np.pad(mask, ((0, pi), (0, pj), (0, 0))) if pi or pj else mask
    return padded.reshape((ni + pi) // f, f, (nj + pj) // f, f, nk).any(axis=(1, 3))


def _fine(coarse: np.ndarray, shape: tuple[int, ...], f: int) -> np.ndarray:
    """Block mask back on the voxel grid."""
    if f == 1:
        return coarse
    return np.repeat(np.repeat(coarse, f, axis=0), f, axis=1)[: shape[0], : shape[1], :]


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
