"""A small depth_mm histogram as a PNG data URI, drawn with PIL (no matplotlib in the stack)."""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence

import numpy as np


def histogram_png(values: Sequence[float], *, bins: int = 20, width: int = 320, height: int = 120) -> bytes:
    """PNG bytes of a bar histogram of `values` (an empty frame when there are none)."""
    from PIL import Image, ImageDraw

    if bins < 1:
        raise ValueError(f"bins must be >= 1, got {bins}")
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    margin = 16
    draw.line([(margin, height - margin), (width - 4, height - margin)], fill="black")
    finite = np.asarray([v for v in values if v is not None and np.isfinite(v)], dtype=float)
    if finite.size:
        counts, edges = np.histogram(finite, bins=bins)
        bar_w = (width - margin - 4) / bins
        top = counts.max() or 1
        for k, count in enumerate(counts):
            h = (height - 2 * margin) * count / top
            x0 = margin + k * bar_w
            draw.rectangle([x0 + 1, height - margin - h, x0 + bar_w - 1, height - margin], fill=(70, 110, 180))
        draw.text((margin, height - margin + 2), f"{edges[0]:.0f}", fill="black")
        draw.text((width - 48, height - margin + 2), f"{edges[-1]:.0f} mm", fill="black")
        draw.text((margin, 2), f"n={finite.size}, max bin {top}", fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def histogram_markdown(values: Sequence[float], title: str = "depth_mm") -> str:
    """Markdown embedding the histogram as a base64 data URI."""
    data = base64.b64encode(histogram_png(values)).decode("ascii")
    return f"![{title} histogram](data:image/png;base64,{data})"
