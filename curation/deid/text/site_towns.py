"""Towns that close a site's, a doctor's or a street's slot in letterheads, referrals and copy lines (round 25).

Many writers name where a practice, a hospital or a doctor is by the town alone, after the name (misses of
eleven retired held-outs, 9 to 35):

- **After a site's name**, past a comma, a bar or a dash, the town closing its line or clause: "Praxis
  <Name>, <Town>", "Memory Clinic <Name> | <Town> | Zuweisungsformular", "<Name> Hospital, <Town>;", a town with its
  second official name after a slash ("<Town>/<Town>").
- **After a doctor's name**, with the doctor's role or degree between or not: "Dr. <Name>, Allgemeinmedizin,
  <Town>", "<Name>, MD, <Town>", "Allgemeinmediziner in <Town> (+43 ...)", "Hausarzt Dr. <Name> in <Town>.". A
  doctor is a name after a title (Dr, Prof, Dott, Dre) or before a role or degree.
- **A US "Town, ST"** without a ZIP code: a listed town before a state code ("<Town>, NJ, MRN ..."; not "MD" and
  "PA", a doctor's degree and a physician assistant), or any town-shaped name after a street address ("<No>
  <Name> Ave, <Town>, CA"). A code that is a clinical word is taken only where home_addresses.state_fits takes it
  (a modality only before a ZIP code); else the town alone ("Vergleich <Town>, CT." keeps it; mend of round 25).

The town must be listed (towns.txt or world_towns.txt, transfer_towns.known_town_end) in the first two slots: an
unlisted word there is as often the department, the ward or the doctor's duty ("Klinikum <Name>, Notfall", "Dr.
<Name>, Urlaub"). The slot must close after the town (line end, ";", ")", a bar, a clause's full stop or a bracket
that opens a phone number): "Dr. <Name>, <Town>-Studie" and "Hospital, <Town> Road" are not the town alone.
"""

from __future__ import annotations

import re

from curation.deid.text.common import CAP_WORD, Hit
from curation.deid.text.home_addresses import STATE_AFTER_TOWN, state_fits
from curation.deid.text.places import US_STATES
from curation.deid.text.residence_towns import TOWN, town_like
from curation.deid.text.transfer_towns import known_town_end

__all__ = ["site_town_hits"]

# The slot closes after the town: line end, ";", ")", a bar, a full stop at a clause end, or "(" before a number.
_CLOSE = re.compile(r"[ \t]*(?:[;)\n|]|$|\.(?!\S)|\([ \t]*[+\d])")
_SLOT_MARK = re.compile(r"[ \t](?:in[ \t]|\||[–·])")
_AFTER_SITE = re.compile(rf"(?:,|[ \t]\||[ \t][–·])[ \t]+(?P<v>{TOWN}(?:/{TOWN})?)")
_TITLE_BEFORE = re.compile(r"(?<![\w-])(?:Dr|Dres|Prof|Dott|Dre|Doctor|MUDr)\.?(?:[ \t]med\.)?[ \t]+\Z")
_ROLE = re.compile(
    r"(?i:MD|DO|FRC[A-Z]{1,2}|MRC[A-Z]{1,2}|MBBS|MBChB|PhD|FMH|GP|consultant|physician|radiolog\w*|allgemein\w*|"
    r"haus(?:arzt|ärztin)|fach(?:arzt|ärztin)\w*|übersetzer\w*|dolmetscher\w*|interpreter|translator|médecin\w*|"
    r"medico|internist\w*|kardiolog\w*|urolog\w*|chirurg\w*|surgeon)"
)
# After a doctor's name: a role or degree of up to three words, then the town after a comma or "in".
_AFTER_DOCTOR = re.compile(
    rf"(?:,[ \t](?P<role>[^\n,;()\d]{{1,40}}?))?(?:,[ \t]|[ \t]in[ \t])(?P<v>{TOWN}(?:/{TOWN})?)"
)
# A state code after a comma that closes its clause or comes before a ZIP code (not "MD" or "PA": "<Name>, MD" is a
# doctor, "<Name>, PA" a physician assistant; "<Town>, CT Thorax" is the exam), and the one to three capitalised words
# before it.
_STATE = re.compile(rf",[ \t](?!MD|PA)(?:{US_STATES})(?=[ \t]*(?:[,;.)\]\n]|$|\d{{5}}))")
_TOWN_BEFORE = re.compile(rf"(?<![\w-]){CAP_WORD}(?:[ \t]{CAP_WORD}){{0,2}}\Z")
_STREET_TOWN = re.compile(rf",[ \t](?P<v>{CAP_WORD}(?:[ \t]{CAP_WORD}){{0,2}})(?={_STATE.pattern})")


def _listed_town_end(text: str, start: int, end: int) -> int | None:
    """The end of the town at text[start:end] when it is listed (either part of a slashed pair), else None."""
    parts = text[start:end].split("/")
    if len(parts) == 2 and not any(known_town_end(p, 0) == len(p) for p in parts):
        return None
    if len(parts) == 2:
        return end
    return town_end if (town_end := known_town_end(text, start)) is not None and town_end <= end else None


def _state_end(text: str, comma: int) -> int:
    """The end of a town's hit whose state code's comma is at `comma`: after the code, or at the comma when the code
    is a report word that is not the town's (home_addresses.state_fits: "Vergleich <Town>, CT.")."""
    m = STATE_AFTER_TOWN.match(text, comma)
    return _STATE.match(text, comma).end() if m is not None and state_fits(text, m) else comma


def _closed(text: str, end: int) -> bool:
    return _CLOSE.match(text, end) is not None


def _is_doctor(text: str, person: Hit, role: str | None) -> bool:
    """A doctor: a title before the name, or a role or degree after it."""
    if _TITLE_BEFORE.search(text, max(0, person.start - 12), person.start):
        return True
    return role is not None and any(_ROLE.fullmatch(w) for w in re.split(r"[ \t.]+", role) if w)


def _inside(spans: list[Hit], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end and s.label in ("PERSON", "INSTITUTION") for s in spans)


def site_town_hits(text: str, spans: list[Hit]) -> list[Hit]:
    """ADDRESS hits of listed towns after a site's or a doctor's name, and of US "Town, ST" (`spans`: the hits so
    far)."""
    hits: list[Hit] = []
    if "," not in text and not _SLOT_MARK.search(text):
        return hits  # (a cheap gate: every slot opens with a comma, " in ", a bar or a dash)
    for span in spans:
        if span.label == "INSTITUTION":
            m = _AFTER_SITE.match(text, span.end)
            if m and (end := _listed_town_end(text, m.start("v"), m.end("v"))) and _closed(text, end):
                hits.append(Hit(m.start("v"), end, "ADDRESS", "rule"))
        elif span.label == "PERSON" and (m := _AFTER_DOCTOR.match(text, span.end)):
            end = _listed_town_end(text, m.start("v"), m.end("v"))
            if end and _closed(text, end) and _is_doctor(text, span, m.group("role")):
                hits.append(Hit(m.start("v"), end, "ADDRESS", "rule"))
        elif span.label == "ADDRESS" and (m := _STREET_TOWN.match(text, span.end)) and town_like(m.group("v")):
            hits.append(Hit(m.start("v"), _state_end(text, m.end()), "ADDRESS", "rule"))
    if ", " in text:
        for state in _STATE.finditer(text):
            if (m := _TOWN_BEFORE.search(text, max(0, state.start() - 40), state.start())) is None:
                continue
            # The longest listed town that ends before the state code ("Fort Lee" of "Patient Choi, Fort Lee").
            starts = (m.start(), *(i + 1 for i, c in enumerate(m.group(), m.start()) if c in " \t"))
            for start in starts:
                if known_town_end(text, start) == m.end() and not _inside(spans, start, m.end()):
                    hits.append(Hit(start, _state_end(text, state.start()), "ADDRESS", "rule"))
                    break
    return hits
