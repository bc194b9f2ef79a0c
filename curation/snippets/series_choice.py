"""Which series a reference means when its series number is missing or shared.

A bare "(Bild 45)" means the axial reading series; a series number that several series share is
decided by hint words in the report text (plane words, also inflected or misspelled, and sequence or
kernel words found in the series description). When the hints do not decide, nothing is guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz

from curation.snippets.geometry import SeriesGeometry
from curation.snippets.mine import Reference

# Hint words in the report text -> (plane, description words to look for).
_PLANE_HINTS = {
    "koronar": "coronal", "coronal": "coronal", "cor": "coronal", "sagittal": "sagittal", "sag": "sagittal",
    "axial": "axial", "transversal": "axial", "transverse": "axial", "ax": "axial", "tra": "axial", "kor": "coronal",
}
_SEQUENCE_HINTS = ("t1", "t2", "flair", "dwi", "adc", "stir", "swi", "pd", "mpr", "mip", "km", "nativ",
                   "venös", "venous", "arteriell", "arterial", "lunge", "lung", "weichteil", "bone", "knochen")
_WORDS = re.compile(r"[\wäöüß]+", re.IGNORECASE)
# Every plane and sequence hint word (lower case): what a reference's bracket holds beside the reference.
HINT_WORDS = frozenset(_PLANE_HINTS) | frozenset(_SEQUENCE_HINTS)


# Latin anatomy that reads like a plane word: "Processus transversus", "Colon transversum", "Sinus transversus".
_ANATOMY = re.compile(r"transvers(?:us|um|a|i|ae|o|orum)")


def _plane_hint(word: str) -> str | None:
    """The plane a word names, inflected ("koronaren") or misspelled ("koronal") forms included."""
    if word in _PLANE_HINTS:
        return _PLANE_HINTS[word]
    if len(word) < 5 or _ANATOMY.fullmatch(word):
        return None
    for key, plane in _PLANE_HINTS.items():
        if len(key) >= 5 and (word.startswith(key) or fuzz.ratio(word, key) >= 85):
            return plane
    return None


def plane_hint(hint_text: str) -> str | None:
    """The one plane the hint words name ("koronar Serie 4" -> "coronal"); None for none or several."""
    planes = {p for w in _WORDS.findall(hint_text) if (p := _plane_hint(w.lower())) is not None}
    return planes.pop() if len(planes) == 1 else None


def _hint_score(series: SeriesGeometry, hint_text: str) -> float:
    words = {w.lower() for w in _WORDS.findall(hint_text)}
    score = 0.0
    description = series.description.lower()
    for word in words:
        plane = _plane_hint(word)
        if plane is not None and plane == series.plane:
            score += 100
        named = word in _SEQUENCE_HINTS or (len(word) >= 5 and word in _PLANE_HINTS)
        if named and fuzz.partial_ratio(word, description) >= 90:
            score += 50
    return score


def choose_series(candidates: Sequence[SeriesGeometry], hint_text: str) -> tuple[SeriesGeometry | None, str]:
    """The one candidate the hint words point at, or None when they do not decide."""
    if len(candidates) == 1:
        return candidates[0], "series_number"
    scores = [(_hint_score(s, hint_text), s) for s in candidates]
    best = max(score for score, _ in scores)
    top = [s for score, s in scores if score == best]
    return (top[0], "hint") if best > 0 and len(top) == 1 else (None, "ambiguous_series_number")


def _slice_spacing(series: SeriesGeometry) -> float:
    z = np.sort([image.position[2] for image in series.images.values()])
    return float(np.median(np.diff(z))) if len(z) > 1 else 0.0


def reading_series(series: Sequence[SeriesGeometry], ref: Reference) -> SeriesGeometry | None:
    """The series a bare "(Bild 45)" most likely means: the axial series radiologists read.

    Among axial series that contain the referenced image numbers and whose number is unique in the study
    (a bare image number cannot pick between two series of one number), the one with the thickest
    slices (the standard 5 mm reading series rather than a thin reconstruction), then the lowest number.
    """
    numbers = Counter(s.series_number for s in series)
    axial = [s for s in series if s.plane == "axial" and numbers[s.series_number] == 1
             and ref.image_start in s.images and ref.image_end in s.images]
    if not axial:
        return None
    return min(axial, key=lambda s: (-round(_slice_spacing(s), 3), s.series_number))
