"""Organisations named by a legal or commercial form (round 15b): law firms, companies and partnerships.

- A run of capitalised name words closed by a legal-form suffix in any language the pipeline meets: "LLP", "LLC",
  "P.C.", "PLLC", "Ltd", "plc", "Inc." (UK / US), "GmbH", "mbB", "Partner mbB", "PartG", "AG", "KG", "OG", "e.U."
  (DE / AT / CH), "SA", "Sàrl", "SARL", "Srl", "S.r.l.", "Sagl", "SpA" (Swiss French / Italian). The run is read
  backwards from the suffix over name words, "&", "und", "Dr." and partner words; a run of keep words alone
  ("Siemens Healthineers AG" is a device maker: its keep range vetoes the hit) or a floor or count before "OG"
  ("2. OG", "Station OG") names none: "OG" and "AG" need a name word that is no German noun.
- "<Surname>, <Surname> & <Surname>": three or more surnames joined by commas and one "&" (a firm's name; "and" /
  "und" join a list of people: "Anwesend: Kalb, Neuhold und Stiegler");
  each is a name word, not a German noun, and two at least are listed surnames ("Leber, Milz & Niere" names
  none).
- A practice named by its doctors: "<specialty> Dr. <Surname> & Team <Town>", "Dr. <Surname> & Dr. <Surname>"
  closed by a legal form (the first shape).
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit, literal_starts
from curation.deid.text.facilities import NOT_FACILITY_NAMES, _is_name_word
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.surnames import is_surname_or_word

_SUFFIX = (r"(?P<s>LLP|LLC|PLLC|P\.C\.|Ltd\.?|plc|PLC|Inc\.|GmbH(?:[ \t]&[ \t]Co\.[ \t]KG)?|(?:Partner[ \t])?mbB|"
           r"PartG(?:[ \t]mbB)?|AG|KG|OG|e\.U\.|SA|Sàrl|SARL|Srl|S\.r\.l\.|Sagl|SpA|S\.p\.A\.)")
_NAME = rf"(?:Dr\.|Dres\.|Prof\.|[{UP}][\w{LO}'’.-]*+|&|und|and|Team)"
# The suffix is found from its literal; the run of up to six name words before it is read backwards over a window.
SUFFIX = literal_starts(re.compile(rf"(?<![\w-]){_SUFFIX}(?![\w-])"))
_RUN_BEFORE = re.compile(rf"(?<![\w-])(?P<v>(?:{_NAME}[ \t]){{0,5}}{_NAME}),?[ \t]\Z")
# Words that open no firm name: they are stripped from the front of the run.
_OPENERS = frozenset({"&", "und", "and", "Team", "Kanzlei", "Firma", "Billing", "Copy", "The", "Die", "Der", "La",
                      "Le", "Il"})
_TITLES = frozenset({"Dr.", "Dres.", "Prof."})
# Short suffixes that are also German words or abbreviations ("OG" a floor, "AG" a working group, "SA" the
# sinoatrial node): they need two name words or a doctor before them.
_AMBIGUOUS = frozenset({"OG", "AG", "SA", "KG"})
_PLAIN_WORD = re.compile(rf"[{UP}][{LO}]{{2,}}")
# A number after the suffix makes it a label ("KG 2025/88314": a cost-approval number).
_DIGIT_AFTER = re.compile(r"[ \t]*(?:Nr\.?|No\.?|#)?[ \t]*\d")
FIRM = re.compile(rf"(?<![\w-])(?P<v>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?(?:,[ \t][{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)+,?"
                  rf"[ \t]&[ \t][{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)(?![\w-])")
_SPECIALTY = (rf"[{UP}][{LO}]*(?:logie|logy|pädie|paedics|pedics|medizin|chirurgie|Surgery|iatrie)")
TEAM_PRACTICE = re.compile(rf"(?<![\w-])(?P<v>(?:{_SPECIALTY}[ \t])?(?:Dr\.|Dres\.)[ \t](?:med\.[ \t])?"
                           rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?[ \t]&[ \t]Team"
                           rf"(?:[ \t](?P<t>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?))?)(?![\w-])")


def _firm_word(word: str) -> bool:
    low = word.lower().strip(",")
    return _is_name_word(word.strip(",")) and low not in NOT_FACILITY_NAMES


def _legal_form_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for sm in SUFFIX.finditer(text):
        m = _RUN_BEFORE.search(text, max(0, sm.start() - 120), sm.start())
        if m is None:
            continue
        tokens = list(re.finditer(r"\S+", m.group("v")))
        while tokens and tokens[0].group() in _OPENERS:
            tokens.pop(0)
        names = [t.group() for t in tokens if t.group() not in _TITLES and t.group() not in _OPENERS]
        if not names or not any(_firm_word(w) for w in names):
            continue
        plain = _firm_word(names[-1]) and _PLAIN_WORD.fullmatch(names[-1]) is not None
        doctor = any(t.group() in _TITLES for t in tokens)
        if sm.group("s") in _AMBIGUOUS and not ((len(names) >= 2 and plain) or doctor):
            continue
        if _DIGIT_AFTER.match(text, sm.end("s")):
            continue
        if text[max(0, m.start("v") - 3):m.start("v")].rstrip()[-1:].isdigit():
            continue  # "2. OG": a floor
        hits.append(Hit(m.start("v") + tokens[0].start(), sm.end("s"), "INSTITUTION", "rule"))
    return hits


def legal_form_hits(text: str) -> list[Hit]:
    """INSTITUTION hits of firms, companies and partnerships (module docstring)."""
    hits: list[Hit] = []
    hits.extend(_legal_form_hits(text))  # (SUFFIX runs from its literal starts: no substring gate needed)
    if "&" in text:
        for m in FIRM.finditer(text):
            names = re.findall(r"[^\s,&]+", m.group("v"))
            if (len(names) >= 3 and all(w.lower() not in NOT_FACILITY_NAMES and w.lower() not in NOT_NAME_WORDS
                                        for w in names)
                    and sum(is_surname_or_word(w) for w in names) >= 2):
                hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    if "& Team" in text:
        for m in TEAM_PRACTICE.finditer(text):
            town = m.group("t")
            end = m.end("v") if town and _firm_word(town) else m.end("v") - (len(town) + 1 if town else 0)
            hits.append(Hit(m.start("v"), end, "INSTITUTION", "rule"))
    return hits
