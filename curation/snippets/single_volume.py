"""Slice citations of single-volume exams (issue 16, round 23).

A cone-beam CT (dental or maxillofacial DVT/CBCT, a "digitale Volumentomographie") is one volume: its report cites a
slice or section by number alone ("(sagittaler Schnitt 41)", "(Schnitte 57 bis 61)", "cross-sectional slice 64",
"sections 95, 101 and 107", "cut 34"), with a plane word before or after it or none, and names no series. Elsewhere a
bare slice word is no citation ("Schnitt 23" may be a cut of a specimen; grammar.py keeps it out unless a series word
or a mammography view stands with it).

`single_volume_refs(text)` finds those citations on the whole text (the grammar sees one sentence at a time, and the
exam word often stands in the heading): a slice word ("Schnitt(e)", "Schicht(en)", "slice(s)", "section(s)",
"cut(s)", with "Nr."/"n°"/"#") and an image list after it, with the grammar's list, range and unit guards
(`grammar.image_list_at`), each a reference of form "io" without a series. `mine._mine` adds those the grammar did
not find. `single_volume_slice(text, start)` is True when the nearest exam word before `start` (or, with none before,
the first one in the text) names a single-volume exam: the slice word then cites an image of it, and the citation
inherits no series from an earlier CT or MR citation of the report (`mine._references` leaves its context series
empty). Tooth numbers ("regio 36", "an 46"), doses, voxel sizes and widths carry no slice word and stay out;
"Schnittdicke 0,3 mm" and "im Schnitt 3 mm" (on average) are kept out by the word end and the unit guard.
"""

from __future__ import annotations

import re

from curation.snippets.grammar import RefSpan, image_list_at

__all__ = ["has_single_volume", "single_volume_refs", "single_volume_slice"]

# The single-volume exam words; the other exam words end a single-volume stretch ("DVT ... . CT Thorax: ...").
_SINGLE = (r"DVT|CBCT|CBVT|DVT-\w+|Cone[\s-]?Beam(?:[\s-]?CT)?|cone[\s-]?beam(?:[\s-]?CT)?|"
           r"(?:digitale[nr]?\s+)?Volumen-?tomo(?:graph|graf)\w*|Dental-?CT|dental\s+CT")
_OTHER = r"CT|MRT?|MRI|PET(?:-CT)?|Sonographie|ultrasound|Röntgen|radiograph\w*|X-ray|Mammographie|mammogra\w*"
_EXAM = re.compile(r"(?<![\w-])(?:(?P<single>" + _SINGLE + r")|(?-i:" + _OTHER + r"))(?![\w-])", re.I)
# The exam words' first letters as one class (the engine skips ahead in C), then the rest.
_GATE = re.compile(r"(?i)[dcv](?:(?<=d)vt|(?<=c)bct|(?<=c)bvt|(?<=c)one[\s-]?beam|(?<=v)olumen-?tomo|(?<=d)ental)")


def has_single_volume(text: str) -> bool:
    """False when no single-volume exam word stands anywhere in `text` (most reports)."""
    return _GATE.search(text) is not None


def single_volume_slice(text: str, start: int) -> bool:
    """Whether a slice word at `start` cites a slice of a single-volume exam (see the module)."""
    last = None
    for m in _EXAM.finditer(text, 0, start):
        last = m
    if last is None:
        last = _EXAM.search(text, start)
    return last is not None and last.group("single") is not None


_SLICE = re.compile(r"(?<![\w-])(?-i:Schnitten|Schnitte|Schnitt|Schichten|Schicht|Slices|slices|Slice|slice|"
                    r"Sections|sections|Section|section|Cuts|cuts|Cut|cut)(?![\w-])")


def single_volume_refs(text: str) -> list[RefSpan]:
    """The slice citations of a single-volume exam in `text` (see the module), in order; [] for other reports."""
    if not has_single_volume(text):
        return []
    out = []
    for m in _SLICE.finditer(text):
        if (found := image_list_at(text, m.end())) is None or not single_volume_slice(text, m.start()):
            continue
        end, images = found
        out.append(RefSpan(start=m.start(), end=end, form="io", series=None, images=images))
    return out
