"""Volume preprocessing for training: RAS NIfTI -> resampled, intensity-scaled, top-aligned crop.

The crop is laid out (1, depth, i, j) with depth index 0 at the superior edge of the scan, so a depth in
millimetres below the superior edge (the snippet_pairs `depth_mm` contract) maps to a crop slice without
any per-volume offset. CT is clipped to [hu_min, hu_max] and scaled to [0, 1] (RadFinder); other
modalities are min-max scaled per volume.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class PreparedVolume:
    """A crop ready for the encoder plus the geometry needed to turn depths into cells."""

    array: np.ndarray          # float32 (1, Z, I, J), Z = 0 at the superior edge
    affine: np.ndarray         # 4x4 RAS voxel -> mm of the ORIGINAL volume
    shape: tuple[int, int, int]  # original (I, J, K)
    spacing_z_mm: float        # original slice spacing
    valid_depth_mm: float      # depth covered by real data inside the crop


def scale_intensity(array: np.ndarray, modality: str, hu_min: float, hu_max: float) -> np.ndarray:
    """CT: clip to the HU window and scale to [0, 1]; otherwise min-max to [0, 1]."""
    array = array.astype(np.float32, copy=False)
    if modality.upper() == "CT":
        return (np.clip(array, hu_min, hu_max) - hu_min) / (hu_max - hu_min)
    low, high = float(array.min()), float(array.max())
    return np.zeros_like(array) if high <= low else (array - low) / (high - low)


def resample_crop(array: np.ndarray, zooms: tuple[float, float, float], spacing_mm: tuple[float, float, float],
                  crop: tuple[int, int, int]) -> np.ndarray:
    """Resample a (I, J, K) RAS array to `spacing_mm` and crop/pad it to `crop`, superior edge first.

    Flipping k before resampling anchors the output grid at the superior edge, so output slice n
    covers depths [n, n+1) * spacing_z exactly. In-plane the crop is centred; padding is 0 (air).
    """
    import torch
    import torch.nn.functional as F

    flipped = np.ascontiguousarray(array[:, :, ::-1])
    scale = tuple(z / s for z, s in zip(zooms, spacing_mm, strict=True))
    tensor = torch.from_numpy(flipped)[None, None]
    resampled = F.interpolate(tensor, scale_factor=scale, mode="trilinear", align_corners=False,
                              recompute_scale_factor=False)[0, 0].numpy()
    out = np.zeros(crop, dtype=np.float32)
    src, dst = [], []
    for axis, want in enumerate(crop):
        have = resampled.shape[axis]
        if axis == 2:  # depth: keep the top, pad at the bottom
            n = min(have, want)
            src.append(slice(0, n))
            dst.append(slice(0, n))
            continue
        if have >= want:
            start = (have - want) // 2
            src.append(slice(start, start + want))
            dst.append(slice(0, want))
        else:
            start = (want - have) // 2
            src.append(slice(0, have))
            dst.append(slice(start, start + have))
    out[tuple(dst)] = resampled[tuple(src)]
    return np.ascontiguousarray(out.transpose(2, 0, 1))[None]


def prepare_volume(path: Path, modality: str, *, spacing_mm: tuple[float, float, float],
                   crop: tuple[int, int, int], hu_min: float = -1000.0, hu_max: float = 1000.0) -> PreparedVolume:
    """Load a RAS NIfTI and prepare its training crop."""
    import nibabel as nib

    image = nib.as_closest_canonical(nib.load(str(path)))
    data = np.asarray(image.dataobj, dtype=np.float32)
    if data.ndim != 3:
        raise ValueError(f"volume {path.name}: expected a 3-D array, got shape {data.shape}")
    zooms = tuple(float(z) for z in image.header.get_zooms()[:3])
    scaled = scale_intensity(data, modality, hu_min, hu_max)
    array = resample_crop(scaled, zooms, spacing_mm, crop)
    valid = min(data.shape[2] * zooms[2], crop[2] * spacing_mm[2])
    return PreparedVolume(array, np.asarray(image.affine, dtype=np.float64), tuple(data.shape),
                          zooms[2], valid)


def referenced_depth_mm(volume: PreparedVolume, ref_shape: tuple[int, int] | None,
                        ref_affine: list[float] | None, fallback_depth_mm: float | None) -> float | None:
    """Depth below the superior edge of the referenced slice, from its own geometry when known.

    As RadFinder does, pixels of the referenced slice (pixel (col, row, 0, 1) -> LPS mm) are mapped
    into the volume grid and the median depth is taken, so oblique or coronal references land where
    most of their pixels are. Without geometry the table's `depth_mm` is used.
    """
    if ref_shape is None or ref_affine is None or len(ref_affine) != 16:
        return fallback_depth_mm
    rows, cols = int(ref_shape[0]), int(ref_shape[1])
    r, c = np.meshgrid(np.linspace(0, rows - 1, 8), np.linspace(0, cols - 1, 8), indexing="ij")
    pixels = np.stack([c.ravel(), r.ravel(), np.zeros(r.size), np.ones(r.size)])
    lps = np.asarray(ref_affine, dtype=np.float64).reshape(4, 4) @ pixels
    ras = lps * np.array([[-1.0], [-1.0], [1.0], [1.0]])
    voxel = np.linalg.inv(volume.affine) @ ras
    depths = (volume.shape[2] - 0.5 - voxel[2]) * volume.spacing_z_mm
    return float(np.median(depths))
