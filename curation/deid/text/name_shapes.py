"""Name shapes the cue rules miss (round 21a).

- **Hyphenated given names before a surname.** Two given names joined by a hyphen (one listed, neither a common
  word) and a capitalised surname after them ("Lily-Mae Barrett", "Hans-Jörg Imfeld", "Anne-Sophie Perthes") are a
  person wherever they stand; the shape is a person cue of its own, so an eponym surname after it is taken
  ("Barrett"). A syndrome written like a double given name ("Pierre-Robin Sequenz", "Guillain-Barré Syndrom"), an
  eponym pair and a clinical or common word after the pair stay.
- **A name glued to a team word.** A title, a name and a hyphenated team or practice word ("Prof. Reto
  Imhof-Team", "Dr. Anna Keller-Sprechstunde"): the name before the hyphen.
- **A short surname before a degree.** A surname that is also an article or particle ("Das", "De", "Le", "Van")
  and that the name rules trimmed off, right after a PERSON hit and before ", MD" / ", PhD" / ", RN" ...
  ("Resident: Meera Das, MD (PGY-3)"): the whole name (`degree_surname_hits`).
- **A bare age over 89 after a first name.** A listed given name with a surname or a surname initial, a comma and
  a number from 90 to 119 that ends its clause ("Gertrud M., 96, ...", "Winifred Trelawney, 92, admitted"): the
  name and the age (an age up to 89 is no PHI and stays; "Stenose 95 %" has no name before it).
"""

from __future__ import annotations

import re

from curation.deid.text.care_nouns import is_care_noun, is_syndrome_name
from curation.deid.text.common import CAP_WORD, LO, UP, Hit, literal_starts
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.names import NAME, TITLE, is_plain_name_word
from curation.deid.text.word_shapes import is_eponym_word

_GIVEN = CAP_WORD
_HYPHENATED = re.compile(rf"(?<![\w-])(?P<v>(?P<g1>{_GIVEN})-(?P<g2>{_GIVEN})[ \t]+(?P<s>{NAME}))(?![\w-])")
_HYPHENATED = literal_starts(_HYPHENATED)  # its first capital first: not tried at every position (round 19 of speed)
_TEAM_WORDS = r"(?:Team|Gruppe|Labor|Lab|Sprechstunde|Ambulanz|Praxis|Ordination|Studie|Trial|Clinic|Klinik)"
_TEAM = re.compile(rf"(?<![\w])(?:{TITLE})[ \t]+(?P<v>{NAME}(?:[ \t]+{NAME})?)-{_TEAM_WORDS}(?![\w-])")
# Necessary substrings of the three patterns (cheap scans; a text without one cannot match, so it is skipped).
_HYPHENATED_GATE = re.compile(rf"[{LO}]-[{UP}]")
_TEAM_GATE = re.compile(rf"-{_TEAM_WORDS}(?![\w-])")
_AGED_GATE = re.compile(r",[ \t]*(?:9\d|1[01]\d)")
_AGED = re.compile(
    rf"(?<![\w-])(?P<v>(?P<g>{_GIVEN})(?:-{_GIVEN})?[ \t]+(?:[{UP}]\.|{NAME}))[ \t]*,[ \t]*"
    r"(?P<age>9\d|1[01]\d)(?=[ \t]*[,;)]|[ \t]+(?:ans|anni|years|Jahre|J\.|y/o|yo)\b)"
)

# A word of two letters or more (no digits, no underscore).
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")

# A capitalised word right after a name and before a degree: the name's surname ("Meera Das, MD").
_SURNAME_BEFORE_DEGREE = re.compile(
    rf"[ \t]+(?P<w>[{UP}][{LO}]{{1,12}})(?=[ \t]*,[ \t]*(?:MD|M\.D\.|DO|PhD|RN|NP|PA-C|MBBS|FRCR|MRCP|DNP|CRNA)\b)"
)


def _clinical_head(word: str) -> bool:
    """keep.py's head nouns after an eponym (imported here: keep.py reads names.py, which this module reads)."""
    from curation.deid.text.keep import is_clinical_head

    return is_clinical_head(word)


def _name_word(word: str) -> bool:
    return is_plain_name_word(word) and not word.isupper()


def name_shape_hits(text: str) -> list[Hit]:
    """PERSON (and AGE) hits of hyphenated given names, names glued to a team word and given names before an age
    over 89 in `text`."""
    hits: list[Hit] = []
    if "-" in text:
        for m in _HYPHENATED.finditer(text) if _HYPHENATED_GATE.search(text) else ():
            g1, g2, s = m.group("g1", "g2", "s")
            if (
                (is_any_given_name(g1) or is_any_given_name(g2))
                and _name_word(g1)
                and _name_word(g2)
                and _name_word(s)
                and not is_care_noun(s)
                and not _clinical_head(s)
                and not is_syndrome_name(m.group("v"))
                and not any(is_eponym_word(w) for w in (g1, g2, f"{g1}-{g2}"))
            ):
                hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "cue"))
        for m in _TEAM.finditer(text) if _TEAM_GATE.search(text) else ():
            if all(_name_word(w) for w in m.group("v").split()):
                hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "cue"))
    if "," in text and _AGED_GATE.search(text):
        for m in _AGED.finditer(text):
            if is_any_given_name(m.group("g")) and all(_name_word(w) for w in _LETTER_WORD.findall(m.group("v"))):
                hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
                hits.append(Hit(m.start("age"), m.end("age"), "AGE", "rule"))
    return hits


def degree_surname_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """PERSON hits widened over a short surname between a PERSON hit and a degree ("Meera Das, MD")."""
    if "," not in text:
        return []
    out: list[Hit] = []
    for h in hits:
        if h.label == "PERSON" and text[h.end - 1] != "." and (m := _SURNAME_BEFORE_DEGREE.match(text, h.end)):
            out.append(Hit(h.start, m.end("w"), "PERSON", h.source))
    return out
