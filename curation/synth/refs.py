"""Image reference formats as radiologists type them, and the truth record of each planted one.

Each format turns (series number, first image, last image) into the text of the reference. Formats
without a series number ("(Bild 45)") refer to the study's main (thick axial) series.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from curation.synth.plan import SeriesPlan

# format -> (single image template, range template, writes the series number)
FORMATS: dict[str, tuple[str, str, bool]] = {
    "serie_bild": ("(Serie {s}, Bild {a})", "(Serie {s}, Bild {a}-{b})", True),
    "se_bi": ("(Se {s}/Bi {a})", "(Se {s}/Bi {a}-{b})", True),
    "s_b": ("(S{s}/B{a})", "(S{s}/B{a}-{b})", True),
    "colon": ("({s}:{a})", "({s}:{a}-{b})", True),
    "bild_only": ("(Bild {a})", "(Bild {a}-{b})", False),
    "series_image": ("(series {s}, image {a})", "(series {s}, images {a}-{b})", True),
    "se_im": ("(Se {s}, Im {a})", "(Se {s}, Im {a}-{b})", True),
    "image_only": ("(image {a})", "(images {a}-{b})", False),
}
FORMATS_DE = ("serie_bild", "se_bi", "s_b", "colon", "serie_bild", "se_bi")
FORMATS_EN = ("series_image", "se_im", "colon", "series_image")
IMAGE_ONLY = {"de": "bild_only", "en": "image_only"}


def format_reference(fmt: str, series_number: int, start: int, end: int) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"fmt: unknown reference format {fmt!r}")
    single, ranged, _ = FORMATS[fmt]
    return (single if start == end else ranged).format(s=series_number, a=start, b=end)


@dataclass(frozen=True)
class PlannedReference:
    """A reference to images start..end (instance numbers, start <= end) of one series."""

    series: SeriesPlan
    start: int
    end: int
    fmt: str
    lesion_index: int

    def z_mm(self) -> float:
        """Patient z of the referenced image centre; for a range the mean of both ends."""
        g = self.series.geometry
        return float(np.mean([g.centre(self.start)[2], g.centre(self.end)[2]]))

    def text(self) -> str:
        return format_reference(self.fmt, self.series.series_number, self.start, self.end)

    @property
    def series_written(self) -> int | None:
        return self.series.series_number if FORMATS[self.fmt][2] else None
