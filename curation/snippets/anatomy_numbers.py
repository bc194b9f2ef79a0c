"""Numbers that name anatomy, never a series or an image (issue 16, refs-fix29): vertebral levels and organ segments.

One definition each, shared by the grammar (`grammar`) and the learned decision's candidate generator
(`refscore.candidates`), which before held copies with different letters and organ words:

- A VERTEBRAL LEVEL: "L5", "Th12", "T11", "C6", "S1", "HWK 5", "BWK 7", "LWK 4", and a pair of levels with a slash or
  dash ("L5/S1", "Th12/L1", "BWK 7/8", "C5-6", "T11/12"). Letters are case-sensitive ("l5" is no level). `LEVEL` and
  `LEVEL_PAIR_TAIL` are regex sources (no groups, no flags) to be compiled inside a caller's pattern.
- AN ORGAN SEGMENT: a one-letter "S" with a number after a word whose organ or vessel has numbered segments or
  sectors, the number one of them: liver ("Leber S6", "hepatic S 8"), lung ("Lunge re. S6", "UL S6", "right lower
  lobe S10"), coronary arteries by their AHA segments ("RIVA S7", "LAD S6", "RCA S2"), prostate sectors ("Prostata PZ
  S3"); a side word may stand between ("Leber links S5"). Such an "S" is no series word; the image after it ("Bild
  112") stays an image of no written series. The lower case "im" right after such a word ("RIVA im 7") is the German
  preposition before a segment number, no image word (the grammar keeps "im 45, se 3" as viewer notation). Mend of
  round 29: only the organ or vessel word itself owns segments, never a finding compound ("Lebermetastase S 5 Bild
  40" is series 5), a kidney, a pole or another organ's lobe, and only the numbers its system has ("Leber S601 I40"
  is series 601).
"""

from __future__ import annotations

import re

__all__ = ["LEVEL", "LEVEL_PAIR_TAIL", "level_number_at", "segment_at"]

# The level's letters (union of the grammar's and the candidate generator's former copies): cervical, thoracic
# ("Th", "T"), lumbar, sacral, and the German vertebral-body abbreviations.
_PAIR_LETTERS = r"HWK|BWK|LWK|Th|C|T|L"  # (every one but "S": `_LETTER_BEFORE`)
_LEVEL_LETTER = r"(?-i:" + _PAIR_LETTERS + r"|S)"
LEVEL = _LEVEL_LETTER + r"\s?\d{1,2}"
# The second half of a level pair: "/S1", "-6", "/ L 1", "/12".
LEVEL_PAIR_TAIL = r"\s*[/-]\s*" + _LEVEL_LETTER + r"?\s?\d{1,2}"

# Before a pair's first number, every level letter but "S": "S 5/12", "(S4/12)" is the compact series/image form (the
# grammar's `ss`), and a sacral pair is written with its letters ("S1/S2", which no pair reads).
_LETTER_BEFORE = re.compile(r"(?<![\w])(?-i:" + _PAIR_LETTERS + r")\s?$")


def level_number_at(text: str, at: int) -> bool:
    """Whether the number starting at `at` is a vertebral level's: a level letter stands right before it ("L|4/5",
    "BWK |7/8", "C|5-6", "Th|12/L1"; not "S 5/12", a compact series/image pair), so a pair that starts there is two
    levels, no series/image pair."""
    return _LETTER_BEFORE.search(text, max(0, at - 5), at) is not None


# A segment owner names the organ or vessel whose segment system the number belongs to, each with the numbers that
# system has (mend of round 29: round 29's `\w*` compounds and pole/lobe/kidney words read finding compounds
# "Lebermetastase", "Nierenzyste", "Lungenrundherd", "Prostataloge", the poles "Milzpol", "Temporalpol", brain and
# thyroid lobes as owners, and any number, "Leber S601", as a segment):
# - the liver (Couinaud 1-8, "S4a"/"S4b" read as 4): "Leber", "Lebersegment", "Leberlappen", "liver", "hepatic";
# - the lung (1-10): "Lunge", "Lungensegment", "Lungenunterlappen", "Ober-/Mittel-/Unterlappen", "Lingula", "lung",
#   "pulmonary", "upper/middle/lower lobe", "OL", "UL", "RUL", ... (not the plural "Lungen", "lungs": both lungs have
#   no one segment);
# - the coronary arteries by their AHA/SCCT segments (1-18), each named vessel with its own numbers only (an "RCA 5"
#   is no RCA segment): RCA 1-4 and 16, the posterior descending (PDA, RIVP) 4 and 15, the right posterolateral
#   (RPLS) 16, the left main (LM, Hauptstamm) 5, the LAD (RIVA, RIA) 6-10, the circumflex (RCX, LCX, CX) 11-15 and
#   18; "coronary", "Koronarie(n)", "Koronararterie", "AHA" any of 1-18;
# - the prostate by its sectors (1-12): "Prostata", "prostate", the zones "PZ", "TZ", "CZ", "AFS" (and "PZa").
# A kidney, its poles, a spleen, brain or thyroid lobe has no numbered segments a report writes as "S n": an "S n"
# after it is a series. (Not the bare German "koronar": the coronal plane, "(PD fs koronar S6B10)" is series 6.)
_SYSTEMS: dict[str, tuple[str, frozenset[int]]] = {
    "liver": (r"Leber|Lebersegment|Leberlappens?|liver|hepatic", frozenset(range(1, 9))),
    "lung": (
        r"Lunge|Lungensegment|(?:Lungen)?(?:ober|mittel|unter)lappens?|Lingula|lung|pulmonary|(?:upper|middle|lower)"
        r"\s+lobe|(?-i:[OMU]L|RUL|RML|RLL|LUL|LLL)",
        frozenset(range(1, 11)),
    ),
    "rca": (r"(?-i:RCA)", frozenset({1, 2, 3, 4, 16})),
    "pda": (r"(?-i:PDA|RIVP)", frozenset({4, 15})),
    "rpls": (r"(?-i:RPLS)", frozenset({16})),
    "lm": (r"Hauptstamm|(?-i:LM|LMCA)", frozenset({5})),
    "lad": (r"(?-i:LAD|RIVA|RIA)", frozenset(range(6, 11))),
    "lcx": (r"(?-i:RCX|LCX|LCx|CX)", frozenset({11, 12, 13, 14, 15, 18})),
    "coronary": (r"Koronarien|Koronarie|Koronararterien?|coronary|(?-i:AHA)", frozenset(range(1, 19))),
    "prostate": (r"Prostata|prostate|(?-i:PZ[a-z]*|TZ[a-z]*|CZ|AFS)", frozenset(range(1, 13))),
}
_OWNER_BEFORE = re.compile(
    r"(?i)\b(?:" + "|".join(f"(?P<{name}>{words})" for name, (words, _) in _SYSTEMS.items()) + r")"
    r"(?:\s+(?:re|li|rechts|links|right|left)\b\.?)?\s*$"
)
# The one-letter "S" or the lower-case "im" at a segment's place and its number ("S6", "S 8", "S.4a", "im 7").
_NUMBER = re.compile(r"(?i)(?:s|im)[.:]?\s?(\d{1,4})")
_REACH = 40


def segment_at(text: str, at: int) -> bool:
    """Whether the one-letter "S" or the lower-case "im" at `at` with its number names an organ's or a vessel's
    segment: a segment owner word (with an optional side word) ends right before `at` (spaces between) and the number
    is one of its system's segments (see above): "Leber S6", "RIVA S7", "Lunge re. S6", "RIVA im 7"; not
    "Lebermetastase S 5", "Leber S601", "RCA im 140", "Niere links S 4"."""
    number = _NUMBER.match(text, at)
    if number is None:
        return False
    owner = _OWNER_BEFORE.search(text, max(0, at - _REACH), at)
    return owner is not None and int(number.group(1)) in _SYSTEMS[str(owner.lastgroup)][1]
