"""Whether a study covers the abdomen, so that the abdominal questions are answered for it (else null).

From the DICOM descriptions of the study (body part, study and series descriptions) when there are any, and
from the report itself: a chest CT whose report describes the liver or kidneys ("miterfasster Oberbauch")
covers enough of the abdomen for those questions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ABDOMEN_DICOM = re.compile(
    r"abd|bauch|leber|liver|becken|pelvi|torso|ganzk(?:ö|oe)rper|whole ?body|polytrauma|\bcap\b|\btap\b|niere|"
    r"kidney|urogra|pankreas|pancrea|oberbauch", re.IGNORECASE)
_ABDOMEN_TEXT = re.compile(
    r"(?<![\wäöüß])(?:leber|hepar\b|liver|nieren?\b|nieren|kidneys?|renal|milz|spleen|pankreas|pancreas|"
    r"gallenblase|gallbladder|nebennieren?|adrenal|abdomen|abdominal|oberbauch|aszites|ascites)", re.IGNORECASE)


def covers_abdomen(descriptions: Iterable[str | None], text: str) -> bool:
    """True when the study's DICOM descriptions or the report's text show the abdomen was imaged."""
    if any(d and _ABDOMEN_DICOM.search(d) for d in descriptions):
        return True
    return _ABDOMEN_TEXT.search(text) is not None
