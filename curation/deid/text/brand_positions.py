"""Institutions decided by their position and context, not by a keyword or a brand list (round 15b).

- A letterhead: the first line of a text, a short line of name words (a brand in capitals or camel case, a
  generic service word, "– <Town>"), followed by a line that opens with an address (house number and street, a
  German street compound and number) or a phone / fax label. The whole first line is the site; a line of
  keep-terms ("CT THORAX") is vetoed by their keep ranges, and a line with a colon or a sentence word is none.
- A brand after a provenance or locative cue in four languages ("from", "at", "by", "Outside study from", "bei",
  "aus der", "von", "chez", "par", "presso", "eseguito presso"): one to four capitalised words whose first has a
  brand's shape (camel case "NephroCare", capitals of four letters at least "TELERAD", a name before a service
  word "Clearwave Teleradiology") and a town or region word after it; sentence, report and modality words close
  the run.
- Care homes and residences in Romance and German forms: "Résidence des / du / de la <Name>", "Residenza Al / Il
  / La <Name>", "Casa (per) anziani <Name>", "<Saint>'s (Park|Lodge|House|Court)".
- A Romance service centre named by an adjective ("Centro <Adjective> Diagnostica"), a brand's network and its
  region ("<Brand>-Verbund <Region>"), a mobile unit's location ("mobile unit at <Place words>").
- Romance and Swiss acronyms and long names: "CH <Town>" (centre hospitalier) after a French preposition or
  article; "Imagerie (Médicale) du / de la / des <Name>"; "Istituto / Institut <Adjective> della / de la <Place>
  <adjective>" ("... della Svizzera italiana"); an all-caps acronym after a transfer arrow, in brackets after a
  hospital name on the same line, or opening a line before "– Radiology" / "– Radiologie".
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit, NeedleGate, literal_starts, words
from curation.deid.text.facilities import NOT_FACILITY_NAMES
from curation.deid.text.given_names import is_given_name
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.site_forms import CLINICAL_ACRONYMS
from curation.deid.text.unit_sites import NOT_ACRONYMS
from curation.deid.text.unit_words import is_unit_word

_NOT_SITE_ACRONYMS = NOT_ACRONYMS | CLINICAL_ACRONYMS | words("""RE FYI NB PS CAVE ATTN FAO DOB MRN NHS SOP PDF
    TEL FAX KUB ECG EKG CT MRI OK""")
_CAP = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
_WORD = rf"(?:[{UP}][\w{LO}'’.&-]*|[{LO}]+[{UP}]?[{LO}]+|du|de|des|di|della|of|–|-|&)"

# --- letterhead ---
_FIRST_LINE = re.compile(rf"\A[ \t]*(?P<v>{_WORD}(?:[ \t]+{_WORD}){{0,6}})[ \t]*\n")
_ADDRESS_OR_PHONE = re.compile(
    rf"[ \t]*(?:(?:Tel|Tél|Phone|Telefon|Fon|Fax|T)\.?[ \t]*:?[ \t]*\+?\d|\d{{1,4}}[a-z]?[ \t]+{_CAP}[ \t]+"
    rf"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Boulevard|Blvd|Place|Pl|Court|Ct)\b|"
    rf"{_CAP}(?:straße|strasse|str\.|gasse|weg|platz|allee|ring|damm)[ \t]+\d|"
    rf"(?:Via|Viale|Piazza|Rue|Avenue|Chemin|Route)[ \t]+\S+)")
_SENTENCE = words("""the a an and is are was were with for of in on at to from by no not der die das und mit ist
                     im am zum zur le la les et avec il lo la e con""")


_PERSON_OPENERS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Herr", "Herrn", "Frau", "Fr", "Hr",
                             "Mme", "M", "Mlle", "Sig", "Sig.ra", "Signor", "Signora", "An", "To", "Patient",
                             "Patientin", "Name"})


def _letterhead(text: str) -> list[Hit]:
    m = _FIRST_LINE.match(text)
    if m is None or not _ADDRESS_OR_PHONE.match(text, m.end()):
        return []
    end = m.end("v")
    head, dash, tail = m.group("v").rpartition(" – ") if " – " in m.group("v") else m.group("v").rpartition(" - ")
    if dash and is_unit_word(tail):
        end = m.start("v") + len(head)  # "Klinik <Name> – Radiologie", "<Brand> – Befundbericht": the unit stays
    tokens = [t for t in re.split(r"[ \t]+", text[m.start("v"):end]) if t not in ("–", "-", "&")]
    if tokens[0].rstrip(".") in _PERSON_OPENERS or is_given_name(tokens[0]):
        return []  # "Mrs <Name>" or "<Given name> <Surname>" over a home address: a person's address block
    if any(t.lower() in _SENTENCE for t in tokens) or all(
            t.lower() in NOT_FACILITY_NAMES or t.upper() in _NOT_SITE_ACRONYMS for t in tokens):
        return []
    return [Hit(m.start("v"), end, "INSTITUTION", "rule")]


# --- a brand after a provenance cue ---
_CUE = (r"(?:\b(?:from|at|by|with|via|bei|von|aus[ \t]der|aus[ \t]dem|in[ \t]der|chez|par|presso|dal|dalla|"
        r"réalisé[ \t]chez|eseguit[oa][ \t]presso)[ \t]+)")
_BRAND = (rf"(?:[{UP}][{LO}]+[{UP}][{LO}]+|[{UP}]{{4,}}|[{UP}][{LO}]+(?=[ \t](?:Teleradiology|Teleradiologie|"
          rf"Téléradiologie|Telerad|Dialysis|Dialyse|Renal|Nephrology|Oncology|Ortho)))")
CUED_BRAND = re.compile(rf"{_CUE}(?P<v>{_BRAND}(?:[ \t](?:[{UP}][\w{LO}]+|[{UP}]{{2,}})){{0,3}})(?![\w-])")
CUED_BRAND = literal_starts(CUED_BRAND)  # from its cue words' starts in the shared pass (round 19 of speed)
_BRAND_NEEDLES = (" from ", " at ", " by ", " with ", " via ", "bei ", " von ", " aus d", " in der ", "chez ",
                  " par ", "presso ", " dal")
_STOP = words("""patient patientin der die das und and the mri ct mrt pet scanner images bilder images report
                 befund rapport referto study studie examen esame""")


_INSURED = re.compile(r"(?i)(?:versichert|insured|assur[ée]e?|assicurat[oa]|kasse|insurance)[ \t]+\S+[ \t]*\Z")


def _cued_brands(text: str) -> list[Hit]:
    hits = []
    for m in CUED_BRAND.finditer(text):
        if _INSURED.search(text, max(0, m.start() - 16), m.start("v")):
            continue  # "versichert bei <INSURER>": an insurer names no site
        parts = m.group("v").split()
        if parts[0].upper() in _NOT_SITE_ACRONYMS or parts[0].lower() in NOT_FACILITY_NAMES | NOT_NAME_WORDS:
            continue
        keep = [parts[0]]
        for p in parts[1:]:
            if p.lower() in _STOP or p.upper() in _NOT_SITE_ACRONYMS - {"SUISSE"}:
                break
            keep.append(p)
        if len(keep) == 1 and not (keep[0].isupper() and len(keep[0]) >= 5):
            continue  # a lone camel or capitalised word is no site without a town or service word after it
        if keep[0].isupper() and re.search(rf"(?<![\w-]){re.escape(keep[0].capitalize())}(?![\w-])", text):
            continue  # "Nachfrage bei RAUTENBERG" after "Frau Rautenberg": a person's name in capitals
        hits.append(Hit(m.start("v"), m.start("v") + len(" ".join(keep)), "INSTITUTION", "rule"))
    return hits


# --- care homes and residences ---
CARE_HOME = re.compile(
    rf"(?<![\w-])(?P<v>(?:Résidence|Residenza|Casa[ \t](?:per[ \t])?anziani|Casa[ \t]di[ \t]riposo|Seniorenresidenz|"
    rf"Alterszentrum|Altersheim|EMS(?=[ \t](?:des|du|de|Les|Le|La)[ \t]))[ \t](?:des|du|de[ \t]la|de[ \t]l['’]|"
    rf"les|Les|Le|La|Al|Il|La|Lo|I|Le|Am|Im|Zum|Zur|San|Santa|Sankt|St\.)?[ \t]?{_CAP}(?:[ \t]{_CAP})?)(?![\w-])")
SAINT_PARK = re.compile(rf"(?<![\w-])(?P<v>(?:St\.?|Saint)[ \t]{_CAP}['’]s[ \t](?:Park|Lodge|House|Court|Manor))"
                        rf"(?![\w-])")

# --- Romance / Swiss acronyms and long names ---
CH_TOWN = re.compile(rf"(?:\b(?:au|du|le|vers|à|au[ \t]sein[ \t]du)[ \t]+)(?P<v>CH[ \t](?P<t>{_CAP}))(?![\w-])")
IMAGERIE = re.compile(rf"(?<![\w-])(?P<v>Imagerie(?:[ \t]Médicale)?[ \t](?:du|de[ \t]la|des|de[ \t]l['’])[ \t]?"
                      rf"{_CAP}(?:[ \t]{_CAP})?)(?![\w-])")
LONG_INSTITUTE = re.compile(rf"(?<![\w-])(?P<v>(?:Istituto|Institut|Centro|Centre|Ente)(?:[ \t]{_CAP}){{1,3}}"
                            rf"[ \t](?:della|del|dell['’]|de[ \t]la|du|des)[ \t]?{_CAP}(?:[ \t][{LO}]+(?:ana|ano|ese|"
                            rf"ande|ais|aise|oise))?)(?![\w-])")
ROMANCE_SERVICE = re.compile(rf"(?<![\w-])(?P<v>(?:Centro|Centre|Istituto|Institut)[ \t](?:{_CAP}[ \t]){{1,2}}"
                             rf"(?:Diagnostica|Diagnostico|Radiologico|Radiologia|Imaging|Médical|Medico|"
                             rf"Diagnostique))(?![\w-])")
# A brand and a network word and its region: "<Brand>-Verbund <Region>", "<Brand>-Gruppe <Region>".
NETWORK = re.compile(rf"(?<![\w-])(?P<v>{_CAP}-(?:Verbund|Gruppe|Netzwerk|Netz|Kliniken)[ \t](?P<r>{_CAP}))"
                     rf"(?![\w-])")
_NETWORK_NEEDLES = ("-Verbund", "-Gruppe", "-Netz", "-Kliniken")
# A mobile unit's location: "mobile unit at <Place words>", "unité mobile à", "Mobile Einheit bei".
MOBILE_SITE = re.compile(rf"(?:[Mm]obile[ \t](?:[Ss]creening[ \t]|[Bb]reast[ \t]|MRI[ \t]|CT[ \t])?(?:[Uu]nit|[Vv]an|"
                         rf"[Ss]canner|[Tt]railer|Einheit)|[Uu]nité[ \t]mobile|[Uu]nità[ \t]mobile|Screening-Mobil)"
                         rf"[ \t]+(?:at|in|bei|à|presso|a)[ \t]+(?:the[ \t])?(?P<v>{_CAP}(?:[ \t]{_CAP}){{0,2}})"
                         rf"(?![\w-])")
ARROW_ACRONYM = re.compile(r"(?:→|->|=>|⇒)[ \t]*(?P<a>[A-Z]{2,5})(?![\w-])")
BRACKET_ACRONYM = re.compile(r"(?:[Ss]pital|[Kk]linik(?:um)?|Hospital|Infirmary|Ospedale|Hôpital|Clinique|"
                             r"Krankenhaus)[^\n()]{0,40}?\((?P<a>[A-Z]{2,5})\)")
LINE_ACRONYM = re.compile(r"(?m)^[ \t]*(?P<a>[A-Z]{2,5})[ \t]*[–-][ \t]*(?:Radiology|Radiologie|Radiologia|Imaging|"
                          r"Imagerie|Diagnostic Imaging)\b")


# (Each run from its literal starts: the module's patterns would otherwise be tried at every position.)

CARE_HOME = literal_starts(CARE_HOME)
SAINT_PARK = literal_starts(SAINT_PARK)

IMAGERIE = literal_starts(IMAGERIE)
LONG_INSTITUTE = literal_starts(LONG_INSTITUTE)
ROMANCE_SERVICE = literal_starts(ROMANCE_SERVICE)
MOBILE_SITE = literal_starts(MOBILE_SITE)
ARROW_ACRONYM = literal_starts(ARROW_ACRONYM)
BRACKET_ACRONYM = literal_starts(BRACKET_ACRONYM)
_LINE_NEEDLES = ("Radiolog", "Imaging", "Imagerie")
_LINE_GATE = NeedleGate(_LINE_NEEDLES)  # from the shared needle pass (round 18 of speed)


def _acronyms(text: str) -> list[Hit]:
    hits = []
    rules = (ARROW_ACRONYM, BRACKET_ACRONYM, LINE_ACRONYM) if _LINE_GATE.search(text) else (
        ARROW_ACRONYM, BRACKET_ACRONYM)
    for rule in rules:
        hits.extend(Hit(m.start("a"), m.end("a"), "INSTITUTION", "rule") for m in rule.finditer(text)
                    if m.group("a") not in _NOT_SITE_ACRONYMS)
    return hits

# Each rule with the needles one of which a text must hold for it to run, from the shared needle pass (round 18 of
# speed: ~15 µs per report of substring tests before).
_GATED_RULES = tuple((rule, NeedleGate(needles)) for rule, needles in (
    (CARE_HOME, ("Résidence", "Residenza", "Casa ", "Seniorenresidenz", "Alters", "EMS ")),
    (SAINT_PARK, ("'s ", "’s ")), (IMAGERIE, ("Imagerie",)),
    (LONG_INSTITUTE, ("Istituto", "Institut", "Centr", "Ente")),
    (ROMANCE_SERVICE, ("Istituto", "Institut", "Centr")), (MOBILE_SITE, ("obile", "Mobil"))))
_BRAND_GATE = NeedleGate(_BRAND_NEEDLES)
_NETWORK_GATE = NeedleGate(_NETWORK_NEEDLES)


def brand_position_hits(text: str) -> list[Hit]:
    """INSTITUTION hits decided by position and context (module docstring)."""
    hits = _letterhead(text) if "\n" in text else []
    if _BRAND_GATE.search(text):
        hits.extend(_cued_brands(text))
    for rule, gate in _GATED_RULES:
        if gate.search(text):
            hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in rule.finditer(text))
    if _NETWORK_GATE.search(text):
        hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in NETWORK.finditer(text)
                    if m.group("r").lower() not in NOT_FACILITY_NAMES and not is_unit_word(m.group("r")))
    if "CH " in text:
        hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in CH_TOWN.finditer(text)
                    if m.group("t").lower() not in NOT_FACILITY_NAMES)
    if "(" in text or ">" in text or "→" in text or "⇒" in text or "–" in text or "-" in text:
        hits.extend(_acronyms(text))
    return hits
