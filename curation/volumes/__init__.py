"""Series geometry, NIfTI volumes and 2D slices."""
