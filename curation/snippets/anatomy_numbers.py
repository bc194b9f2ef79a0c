"""Numbers that name anatomy, never a series or an image (issue 16, refs-fix29): vertebral levels and organ segments.

One definition each, shared by the grammar (`grammar`) and the learned decision's candidate generator
(`refscore.candidates`), which before held copies with different letters and organ words:

- A VERTEBRAL LEVEL: "L5", "Th12", "T11", "C6", "S1", "HWK 5", "BWK 7", "LWK 4", and a pair of levels with a slash or
  dash ("L5/S1", "Th12/L1", "BWK 7/8", "C5-6", "T11/12"). Letters are case-sensitive ("l5" is no level). `LEVEL` and
  `LEVEL_PAIR_TAIL` are regex sources (no groups, no flags) to be compiled inside a caller's pattern.
- AN ORGAN SEGMENT: a one-letter "S" with a number after a word whose organ or vessel has numbered segments, sectors
  or poles: liver ("Leber S6", "hepatic S 8"), lung ("Lunge re. S6", "UL S6", "right lower lobe S10"), coronary
  arteries by their AHA segments ("RIVA S7", "LAD S6", "RCA S2"), prostate sectors ("Prostata PZ S3"), kidney
  segments and poles ("Niere rechts S2", "kidney S4", "Unterpol S5"); a side word may stand between ("Niere links
  S5"). Such an "S" is no series word; the image after it ("Bild 112") stays an image of no written series. The lower
  case "im" right after such a word ("RIVA im 7") is the German preposition before a segment number, no image word.
"""

from __future__ import annotations

import re

__all__ = ["LEVEL", "LEVEL_PAIR_TAIL", "level_number_at", "segment_owner_before"]

# The level's letters (union of the grammar's and the candidate generator's former copies): cervical, thoracic
# ("Th", "T"), lumbar, sacral, and the German vertebral-body abbreviations.
_LEVEL_LETTER = r"(?-i:HWK|BWK|LWK|Th|C|T|L|S)"
LEVEL = _LEVEL_LETTER + r"\s?\d{1,2}"
# The second half of a level pair: "/S1", "-6", "/ L 1", "/12".
LEVEL_PAIR_TAIL = r"\s*[/-]\s*" + _LEVEL_LETTER + r"?\s?\d{1,2}"

# Before a pair's first number, every level letter but "S": "S 5/12", "(S4/12)" is the compact series/image form (the
# grammar's `ss`), and a sacral pair is written with its letters ("S1/S2", which no pair reads).
_LETTER_BEFORE = re.compile(r"(?<![\w])(?-i:HWK|BWK|LWK|Th|C|T|L)\s?$")


def level_number_at(text: str, at: int) -> bool:
    """Whether the number starting at `at` is a vertebral level's: a level letter stands right before it ("L|4/5",
    "BWK |7/8", "C|5-6", "Th|12/L1"; not "S 5/12", a compact series/image pair), so a pair that starts there is two
    levels, no series/image pair."""
    return _LETTER_BEFORE.search(text, max(0, at - 5), at) is not None


# A word whose organ or vessel numbers its segments, sectors or poles (see the module); a side word may follow it.
# (Not the bare German "koronar": the coronal plane, "(PD fs koronar S6B10)" is series 6.)
_OWNER = (
    r"(?:Leber\w*|liver|hepatic|Lunge\w*|lungs?|pulmonary|\w*lappens?|lobes?|"
    r"Koronarie\w*|Koronararterie\w*|coronary|Hauptstamm|Prostata\w*|prostat\w*|Sektor|sector|Niere\w*|kidneys?|renal|\w*pol|poles?|"
    r"(?-i:[OMU]L|RUL|RML|RLL|LUL|LLL|RIVA|RIVP|RIA|RCX|RCA|LAD|LCX|LCx|CX|LM|LMCA|RPLS|PDA|AHA|PZ\w*|TZ\w*|CZ|AFS))"
)
_OWNER_BEFORE = re.compile(r"(?i)\b" + _OWNER + r"(?:\s+(?:re|li|rechts|links|right|left|bds|beidseits)\b\.?)?\s*$")
_REACH = 40


def segment_owner_before(text: str, at: int) -> bool:
    """Whether a segment owner word (with an optional side word) ends right before `at` (spaces between)."""
    return _OWNER_BEFORE.search(text, max(0, at - _REACH), at) is not None
