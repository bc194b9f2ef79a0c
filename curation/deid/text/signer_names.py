"""Signers named between a date and their role, and given names in a role's cell (round 19a).

- **Dated signatures.** A letter, order or court note signs as "<date>, <Surname>, <role>": "3. März 2026, Brandt,
  Richter am Amtsgericht", "12/01/26, Okafor, Consultant Radiologist", "le 5 mars 2026, Dubosson, médecin-chef".
  The date (numeric, ISO, or with a month word in German, English, French or Italian) and the role word after the
  second comma decide; the one or two words between are a name when none is a known non-name, role, care or
  heading word ("22.01.2026, Verlauf, Oberarzt" and "03/11/25, Addendum, Consultant" stay) and each looks like a
  name (word_shapes: listed, or of no adjective / participle / status-noun shape: "03/11/2025, Urgent,
  Consultant", "12.03.2025, Freigegeben, Oberarzt" stay). Irish and Scottish prefixes and particles are part of
  the name ("O'Donoghue", "McAllister", "von Hagen").
- **A given name in a role's row.** A listed given name alone in a bar-separated cell, at the line start, after a
  colon or another bar, next to a cell holding a staff role ("Rowena | Tissue Viability Nurse | Ward 12",
  "Stoma Nurse | Fiona"): the role cell decides, the given-name list confirms ("Stoma Nurse | Ward 7" holds no name;
  "Max | Radiographer | DLP 420" is the maximum's heading).
"""

from __future__ import annotations

import re

from curation.deid.text.care_nouns import is_care_noun
from curation.deid.text.common import LO, UP, Hit, NeedleGate
from curation.deid.text.contact_names import is_heading_word
from curation.deid.text.date_lines import LETTER_DATE
from curation.deid.text.given_names import is_given_name
from curation.deid.text.names import NOT_NAME_WORDS, is_role_word
from curation.deid.text.word_shapes import HEADING_GIVEN_NAMES, is_name_shaped

__all__ = ["signer_hits"]

_DATE = rf"(?:{LETTER_DATE}|(?:19|20)\d\d-\d\d-\d\d)"
_WORD = rf"[{UP}](?:'[{UP}]|[a-z]{{1,2}}[{UP}])?[{LO}]+(?:-[{UP}][{LO}]+)?"
# Name particles before a signer's surname ("von Hagen", "de Luca", "van der Berg").
_PARTICLES = ("von", "van", "der", "de", "di", "da", "del", "della", "du", "le", "la", "zu", "ten", "ter")
_PARTICLE = rf"(?:(?:{'|'.join(_PARTICLES)})[ \t]+){{0,2}}"
# Scanned from the comma before the name (a literal `re` skips to); the date is then read backwards from it.
_NAME_ROLE = re.compile(rf",[ \t]*(?P<v>{_PARTICLE}{_WORD}(?:[ \t]{_WORD})?),[ \t]*(?P<role>[^\W\d_][\w-]*)")
_DATE_BEFORE = re.compile(rf"(?<![\w./-]){_DATE}\Z")
# The roles a dated signature ends in (lower-cased word starts): physicians and their grades, imaging and care
# staff, judges, prosecutors, notaries and experts, in German, English, French and Italian.
_ROLE_STARTS = (
    "richter",
    "oberarzt",
    "oberärzt",
    "facharzt",
    "fachärzt",
    "assistenzarzt",
    "assistenzärzt",
    "chefarzt",
    "chefärzt",
    "leitende",
    "primar",
    "arzt",
    "ärztin",
    "radiolog",
    "stationsarzt",
    "stationsärzt",
    "notar",
    "staatsanwält",
    "staatsanwalt",
    "rechtsanwält",
    "rechtsanwalt",
    "sachverständig",
    "gutachter",
    "amtsarzt",
    "amtsärzt",
    "consultant",
    "registrar",
    "specialty",
    "specialist",
    "fellow",
    "resident",
    "attending",
    "senior",
    "locum",
    "physician",
    "surgeon",
    "doctor",
    "judge",
    "coroner",
    "magistrate",
    "solicitor",
    "nurse",
    "matron",
    "sonographer",
    "radiographer",
    "technologist",
    "médecin",
    "chef",
    "juge",
    "procureur",
    "avocat",
    "notaire",
    "dirigente",
    "medico",
    "primario",
    "giudice",
    "procuratore",
    "avvocato",
    "notaio",
    "perito",
    "tecnico",
)
_DATED_GATE = NeedleGate(_ROLE_STARTS, lower=True)

# A bar-separated cell: a listed given name, the cell next to it naming a staff role.
_CELL_ROLE = re.compile(
    r"(?i:nurse|sister|matron|midwife|physio(?:therapist)?|radiographer|sonographer|technologist|secretary|"
    r"coordinator|practitioner|therapist|consultant|registrar|pflege\w*|mtra|mtr|rn|rgn|hca|sekretariat|"
    r"sekretärin|infirmière|infermiera|infermiere|caposala)(?![\w])"
)
# A line holding a bar, and a cell's value: one name word, maybe after a label and a colon ("Questions: Rowena").
_BAR_LINE = re.compile(r"(?m)^[^|\n]*\|[^\n]*$")
_CELL_NAME = re.compile(rf"[ \t]*(?:[^:|]*:[ \t]*)?(?P<v>{_WORD})[ \t]*")


def _name_words(value: str) -> bool:
    parts = [p for p in value.replace("-", " ").split() if p not in _PARTICLES]
    return not any(
        p.lower() in NOT_NAME_WORDS or is_role_word(p.lower()) or is_care_noun(p) or is_heading_word(p) for p in parts
    ) and all(is_name_shaped(p) for p in parts)


def signer_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits of dated signatures and of given names in a role's cell; `lowered`: common.lowered_text(text)."""
    hits: list[Hit] = []
    if "," in text and _DATED_GATE.search(lowered):
        for m in _NAME_ROLE.finditer(text):
            if (
                m.group("role").lower().startswith(_ROLE_STARTS)
                and m.start()
                and text[m.start() - 1].isdigit()
                and _DATE_BEFORE.search(text, max(0, m.start() - 40), m.start())
                and _name_words(m.group("v"))
            ):
                hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "cue"))
    if "|" in text:
        for line in _BAR_LINE.finditer(text):
            cells = line.group().split("|")
            offset = line.start()
            for i, cell in enumerate(cells):
                m = _CELL_NAME.fullmatch(cell)
                if (
                    m is not None
                    and is_given_name(m.group("v"))
                    and m.group("v").lower() not in HEADING_GIVEN_NAMES
                    and _name_words(m.group("v"))
                    and any(_CELL_ROLE.search(cells[j]) for j in (i - 1, i + 1) if 0 <= j < len(cells))
                ):
                    hits.append(Hit(offset + m.start("v"), offset + m.end("v"), "PERSON", "cue"))
                offset += len(cell) + 1
    return hits
