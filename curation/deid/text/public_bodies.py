"""Public bodies named by their kind (round 15b): prisons, military units and medical centres, screening units
and patient-advocacy bodies, in the forms of DE / AT / CH / UK / US.

- A custody head before its name: "HMP", "HMYOI", "HMIRC" (UK), "JVA", "Justizvollzugsanstalt", "Justizanstalt",
  "Jugendstrafanstalt", "Strafanstalt", "Untersuchungsgefängnis", "Gefängnis" (DE / AT / CH), "FCI", "USP", "FDC",
  "MDC" (US federal) and one to three capitalised name words after it;
- a name before a custody head: "<Name> (State|County|Federal) (Prison|Penitentiary|Jail|Correctional Facility |
  Detention Center)", "<Name> Correctional (Facility|Institution|Center)", "<Name> Detention Centre", an
  acronym opening the name ("SCI <Name> State Prison") included;
- a military medical centre: "DMRC <Name>", "Defence Medical (Rehabilitation )?Centre <Name>",
  "Bundeswehr(zentral)krankenhaus <Town>", "Sanitätsversorgungszentrum <Town>", "Sanitätsunterstützungszentrum
  <Town>", "<Name> Army Medical Center", "Naval Medical Center <Name>";
- a military unit: a battalion and regiment written "<n>-<n> <branch>" ("1-502 IN", "2-17 FA") or "<n> <regiment
  abbreviation>" ("1 RIFLES", "3 PARA") where the abbreviation is a regiment's (a closed set of the British Army's
  and US branch codes: a number and a modality, "2 CT", names none); the spaced form only in a text with a
  military word (soldier, battalion, regiment, Bundeswehr, ...);
- a regional screening unit written without its service word: "<Region> Breast Screening" before "unit" /
  "service" / "programme" in lower case (the kind word stays outside, as org_forms marks it);
- a patient-advocacy body: "Healthwatch <Place>", "Patientenanwaltschaft <Land>", "Patientenstelle <Region>",
  "Ombudsstelle <Name>" and the capitalised place after it.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit, NeedleGate, literal_starts, lowered_text, words
from curation.deid.text.facilities import NOT_FACILITY_NAMES, _is_name_word

_CAP = rf"[{UP}][{LO}]+(?:[-'’][{UP}][{LO}]+)?"
_NAMES = rf"{_CAP}(?:[ \t]{_CAP}){{0,2}}"
HEAD_BEFORE = re.compile(
    rf"(?<![\w-])(?P<v>(?:HMP|HMYOI|HMIRC|JVA|Justizvollzugsanstalt|Justizanstalt|Jugendstrafanstalt|Strafanstalt|"
    rf"Untersuchungsgefängnis|Gefängnis|FCI|USP|FDC|MDC|DMRC|Defence[ \t]Medical(?:[ \t]Rehabilitation)?[ \t]Centre|"
    rf"Bundeswehr(?:zentral)?krankenhaus|Sanitätsversorgungszentrum|Sanitätsunterstützungszentrum|"
    rf"Naval[ \t]Medical[ \t]Cent(?:er|re)|Healthwatch|Patientenanwaltschaft|Patientenstelle|Ombudsstelle)"
    rf"[ \t](?P<n>{_NAMES}))(?![\w-])")
HEAD_BEFORE = literal_starts(HEAD_BEFORE)
_ACRONYM = r"(?:[A-Z]{2,5}[ \t])?"
HEAD_AFTER = re.compile(
    rf"(?<![\w-])(?P<v>{_ACRONYM}(?P<n>{_NAMES})[ \t](?:(?:State|County|Federal|Regional)[ \t](?:Prison|"
    rf"Penitentiary|Jail|Correctional[ \t](?:Facility|Institution|Center|Centre)|Detention[ \t](?:Center|"
    rf"Centre))|Correctional[ \t](?:Facility|Institution|Center|Centre)|Detention[ \t](?:Center|Centre)|"
    rf"Penitentiary|Army[ \t]Medical[ \t]Cent(?:er|re)|Breast[ \t]Screening(?=[ \t](?:unit|service|programme|"
    rf"program|centre|center)\b)))(?![\w-])")
_AFTER_NEEDLES = ("Prison", "Penitentiary", "Jail", "Correctional", "Detention", "Army Medical", "Breast Screening")
_AFTER_GATE = NeedleGate(_AFTER_NEEDLES)  # from the shared needle pass (round 18 of speed)
# British Army regiment and corps abbreviations and US branch codes after a battalion number.
_REGIMENTS = (r"(?:RGR|PARA|RIFLES|R[ \t]ANGLIAN|YORKS|MERCIAN|LANCS|SCOTS|R[ \t]IRISH|RRF|RWELSH|R[ \t]WELSH|"
              r"RHA|RA|RE|RTR|RLC|REME|RAMC|RSIGNALS|R[ \t]SIGNALS|GREN[ \t]GDS|COLDM[ \t]GDS|SG|IG|WG|"
              r"IN|INF|FA|AR|CAV|AVN|EN|BSB|BEB|MP|SF|MEDBN|MED[ \t]BN)")
UNIT = re.compile(rf"(?<![\w./-])(?P<v>\d{{1,2}}(?:-\d{{2,3}})?[ \t]{_REGIMENTS})(?![\w-])")
_MILITARY_CUES = words("""soldier soldiers battalion bn regiment regt army military serviceman servicewoman
                         service member marine marines trooper rifleman sapper gunner company platoon squadron
                         soldat soldatin bundeswehr kompanie bataillon truppe""")
# US branch codes after a battalion number ("2-502 IN"): substrings first, most reports hold none.
_BRANCH_NEEDLES = (" IN", " INF", " FA", " AR", " CAV", " AVN", " EN", " BSB", " BEB", " MP", " SF")
_BRANCH_GATE = NeedleGate(_BRANCH_NEEDLES)  # from the shared needle pass (round 18 of speed)
_MILITARY_NEEDLES = ("soldat", "soldier", "battalion", "bataillon", "regiment", "regt", "army", "military",
                     "service", "marine", "trooper", "rifleman", "sapper", "gunner", "company", "platoon", "squadron",
                     "bundeswehr", "kompanie", "truppe", " bn")
_MILITARY_GATE = NeedleGate(_MILITARY_NEEDLES, lower=True)
_NOT_NAMES = words("""patient patientin the der die das und and of for with mit""")


def _name_ok(name: str, german: bool) -> bool:
    """No facility, sentence or (after a German head) common-noun word names the body."""
    parts = name.split()
    return all(w.lower() not in NOT_FACILITY_NAMES and w.lower() not in _NOT_NAMES for w in parts) and (
        not german or _is_name_word(parts[0]))


def _military(text: str) -> bool:
    """A military word in the text (found by substring first: most reports hold none)."""
    lowered = lowered_text(text)  # (the call's one lower-cased text: its needles come from the shared pass)
    return _MILITARY_GATE.search(lowered) and any(
        w in _MILITARY_CUES for w in re.findall(rf"[\w{LO}]+", lowered))


def public_body_hits(text: str) -> list[Hit]:
    """INSTITUTION hits of prisons, military units and centres, screening units and advocacy bodies."""
    hits: list[Hit] = []
    # (HEAD_BEFORE runs from its literal starts: no substring gate)
    for m in HEAD_BEFORE.finditer(text):
        parts = m.group("n").split()
        german = m.group("v")[:3] not in ("HMP", "HMY", "HMI", "FCI", "USP", "FDC", "MDC", "DMR", "Def", "Nav",
                                          "Hea")
        while parts and not _name_ok(" ".join(parts), german):
            parts.pop()
        if parts:
            hits.append(Hit(m.start("v"), m.start("n") + len(" ".join(parts)), "INSTITUTION", "rule"))
    if _AFTER_GATE.search(text):
        for m in HEAD_AFTER.finditer(text):
            names = m.group("n").split()
            while names and names[0].lower() in NOT_FACILITY_NAMES | _NOT_NAMES:
                names.pop(0)
            if names:
                start = m.start("v") if m.start("v") < m.start("n") and names == m.group("n").split() else (
                    m.end("n") - len(" ".join(names)))
                hits.append(Hit(start, m.end("v"), "INSTITUTION", "rule"))
    if _BRANCH_GATE.search(text) or _military(text):
        military = None
        for m in UNIT.finditer(text):
            if "-" not in m.group("v").split()[0]:  # "1 PARA" needs a military word; "2-502 IN" is one itself
                military = _military(text) if military is None else military
                if not military:
                    continue
            hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    return hits
