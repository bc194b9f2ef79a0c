"""Facilities named by their form rather than a hospital word (round 10): acronyms in a site slot, sites of
national services, care homes, practices named by a compound or a modality and a town.

- An acronym in a site slot: a cell of a "Site" / "Standort" / "Hospital" column ("Site,Exam\\nRUH,CT chest"),
  an acronym opening a bracket before a hospital number ("(NNUH K4471902)"), after a specialty ("oncologia
  IOSI", "Onkologie KSW"), after a procedure or imaging word and "at" / "from" ("Biopsy at UHCW"). Modality,
  clinical and report abbreviations are none ("(CT 2024)", "Hämatologie AML", "biopsy at MDT").
- A German context slot with one name word: "Voraufnahmen aus Hochzirl:", "Vorbefund bei Radiomed," (not a
  common noun, a month or a bare hospital word: "Vorbefund aus Fremdhaus", "Aufnahmen aus Juni").
- Sites of national services: "<Town> CBOC", "<Person> VAMC", "<Town> VA Medical Center", "<Town> Minor
  Injuries Unit", "<Town> Urgent Treatment Centre" (the name words before the head; the head alone, "the
  Minor Injuries Unit", is a kind of place, no PHI).
- Ticino's hospital body: "Ente Ospedaliero Cantonale", "Ente Ospedaliero di <Town>".
- Care homes: Swiss "EMS <Name>" ("EMS Les Tilleuls"; not the English emergency services, "EMS crew"), "Haus
  der <Name> [<street or place>]" when its noun is a care-home word or a resident cue stands before it.
- Practices: a German compound on -ordination / -praxis / -ambulatorium with a place ("Kinderordination
  Linz-Urfahr"); a modality or specialty and a listed town ("Röntgen Leoben", "Radiologie Wels"; not "Röntgen
  Thorax").
- Edges (`widened_sites`): a capitals prefix joined by a hyphen ("LKH-Univ. Klinikum X", "LKH-Klinikum X")
  and a town after an imaging group's head ("Clearview Imaging of Tucson") belong to the found name.

Insurers are no PHI (HIPAA Safe Harbor, 45 CFR 164.514(b)(2): the health plan *beneficiary number* is
identifier 9, the plan's name is not among the 18): "Blue Cross Blue Shield of <State>", "Bupa", "AOK" stay.
"""

from __future__ import annotations

import re
from functools import cache

from curation.deid.text.common import LO, UP, Gated, Hit, RunBeforeLiteral, literal_starts, words
from curation.deid.text.facilities import NOT_FACILITY_NAMES, TIME_WORDS
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.towns import towns
from curation.deid.text.unit_sites import NOT_ACRONYMS

# Clinical, report and system abbreviations that stand where a site's acronym could: "(AML 2019)", "Onkologie
# NSCLC", "biopsy at MDT", "Radiologie PACS", procedure and billing code systems ("(CPT 72148)"). ID labels
# ("(SVNR 9144030381)", "MBI", "H&C") are none either: the ID-label patterns say so (`_is_id_label`), no list.
CLINICAL_ACRONYMS = words("""
AML ALL CLL CML NHL HCC RCC NSCLC SCLC COPD ALS PCI TAVI TAVR CABG ERCP MRCP EUS TEE TTE DVT PE CVA TIA MI STEMI
NSTEMI GIST DCIS IDC ILC BPH PSA CEA AFP CRP HER ER PR MS UTI AKI CKD ESRD IBD UC GERD OSA PTX MDT MDM EBUS FNA
FNAC CNB VAB PACS RIS EPR EMR EHR KIS SUV ADC DWI FLAIR DTI SWI TOF MIP MPR VR DSA CTA MRA CTPA CXR AXR KUB IVP
IVU DEXA DXA OPG BIRADS RADS LIRADS PIRADS TIRADS CAD AI QA QC SOP FU NAD OK NB PRN BID TID QD IV IM SC PO NPO
HEAD NECK LEFT RIGHT BOTH LUL LLL RUL RML RLL LAD LCX RCA CT MRT MR MRI PET SPECT USG XR RX DR CR NM DXA IR
ED ER ICU OR OP IMC OPD AE GP DOB NHS TBD TBC NA NIL WHO TNM AJCC UICC ASA ECOG KPS ABC HIV HBV
HCV TB MRSA VRE ESBL RSV COVID SARS INR PTT APTT HB HGB WBC PLT EGFR GFR ALK ROS BRAF KRAS PDL HPV EBV CMV
DGN DGR ESR ACR RCR SIR ESGAR ESUR NICE NCCN
CPT HCPCS ICD OPS DRG EBM GOÄ TARMED TARDOC LOINC SNOMED RVU
""") | NOT_ACRONYMS
_ACRONYM = r"[A-Z][A-Z&]{1,5}"


@cache
def _is_id_label(word: str) -> bool:
    from curation.deid.text.rules import is_id_label  # rules imports this module

    return is_id_label(word)


def _acronym_ok(value: str) -> bool:
    return value not in CLINICAL_ACRONYMS and value.strip("&") == value and not _is_id_label(value)


# A site column's header words (lower case) and the delimiters of an export.
_SITE_HEADERS = words("site sites standort standorte hospital hospitals spital klinik klinikum facility einrichtung "
                      "institution institut centre center ospedale hôpital location zuweiser krankenhaus trust")
_DELIMITERS = ("\t", "|", ";", ",")
_CELL_NAME = re.compile(rf"(?:{_ACRONYM}|[{UP}][\w{LO}'’.-]+(?:[ \t](?:am|an[ \t]der|of|de|di|St\.)?[ \t]?"
                        rf"[{UP}][\w{LO}'’.-]+){{0,3}})\Z")
# Looked for in the lower-cased text (the cell's left edge is checked after the match: a look-behind in front
# would make `re` try the pattern at every position).
SITE_HEADER = re.compile(rf"(?m)(?:{'|'.join(sorted(_SITE_HEADERS, key=len, reverse=True))})[ \t]*(?=[\t|;,]|$)")
# Gated on a header word touching a delimiter ("site,", "|standort", "klinik\t"): prose names sites often.
SITE_HEADER_RULE = Gated(SITE_HEADER, tuple(f"{w}{d}" for w in sorted(_SITE_HEADERS) for d in (*_DELIMITERS, " |"))
                         + tuple(f"{d}{w}" for w in sorted(_SITE_HEADERS) for d in (*_DELIMITERS, "| ")), lower=True)

BRACKET_ACRONYM = re.compile(rf"\((?P<v>{_ACRONYM})[ \t]+(?!(?:19|20)\d\d(?!\w))"
                             r"(?=[A-Z]{0,3}[ \t]?(?:\d[/-]?){5,})")  # five digits: a number, not "AO 31-A2"
BRACKET_RULE = Gated(BRACKET_ACRONYM, ("(",))
SPECIALTY_ACRONYM = re.compile(r"(?:logia|logie|logy|iatria|iatrie|chirurgia|chirurgie|medicina|medizin)[ \t]"
                               r"(?P<v>[A-Z]{3,6})(?![\w&-])")
SPECIALTY_RULE = Gated(SPECIALTY_ACRONYM, ("logi", "logy", "iatri", "chirurg", "medicina", "medizin"))
# Found from the preposition and the acronym; the procedure or imaging word before is checked after.
CONTEXT_ACRONYM = re.compile(rf"[ \t](?:at|from|im|am|aus[ \t]dem|bei|vom)[ \t]+(?:the[ \t]+)?(?P<v>{_ACRONYM})"
                             rf"(?![\w&-])")
# (Gated on English prepositions and the German procedure words: " am " and " im " stand in every German report,
# and each needle occurrence costs a step of the shared needle pass.)
CONTEXT_RULE = Gated(CONTEXT_ACRONYM, (" at ", " from ", "Biopsie", "Punktion", "Voraufnahme", "Vorbefund",
                                       "Aufnahmen"))
_CONTEXT_BEFORE = re.compile(
    r"(?<![\w-])(?:[Bb]iops(?:y|ies|ied)|performed|done|obtained|imaged|scanned|treated|operated|resected|diagnosed|"
    r"staged|[Ii]maging|[Ss]tud(?:y|ies)|[Ss]cans?|CT|MRI|MR|PET|PET-CT|DEXA|DXA|[Uu]ltrasound|[Mm]ammogra(?:m|ms|phy)|"
    r"X-rays?|[Rr]adiographs?|[Ss]urgery|[Rr]esection|[Bb]iopsie|Punktion|Voraufnahmen?|Vorbefund|Aufnahmen)\Z")

# "Voraufnahmen aus Hochzirl:": one name word where outside imaging came from.
GERMAN_SLOT = re.compile(
    rf"(?:Voraufnahmen?|Vorbefunde?|Voruntersuchung(?:en)?|Fremdaufnahmen?|Aufnahmen|Bilder|CT|MRT|Röntgen|"
    rf"Sonographie|Zuweisung|Überweisung|Verlegung|Biopsie)[ \t]+(?:aus|bei)[ \t]+"
    rf"(?P<v>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*)"
    rf"(?=[ \t]*[:,;(\n]|\.(?:[ \t\n]|$)|[ \t]+(?:vom|von|mit|zeigen|zeigt|ergab|ergaben|liegen|liegt)\b)")
GERMAN_SLOT_RULE = Gated(literal_starts(GERMAN_SLOT), ("Voraufnahme", "Vorbefund", "Voruntersuchung", "Fremdaufnahme",
                                                      "Aufnahmen", "Bilder", "CT ", "MRT ", "Röntgen ", "Sonographie",
                                                      "Zuweisung", "Überweisung", "Verlegung", "Biopsie"))
_NOT_GERMAN_SLOT = words("""
fremdhaus fremdklinik archiv pacs vorjahr vormonat vorwoche haus klinik klinikum praxis spital krankenhaus
notaufnahme ambulanz station intensivstation sicht dokumentation cd dvd disk stick papier
""") | TIME_WORDS | NOT_NAME_WORDS

# Sites of national services and the run of name words before them.
_NAME_RUN = rf"(?P<n>(?:[{UP}][\w{LO}'’.-]*+[ \t]){{1,4}}?)"
SERVICE_SITE = re.compile(rf"(?<![\w’'-]){_NAME_RUN}(?P<h>CBOC|VAMC|VAHCS|VA[ \t](?:Medical[ \t]Cent(?:er|re)|"
                          rf"Hospital|Clinic|Health[ \t]Care[ \t]System)|Minor[ \t]Injur(?:y|ies)[ \t]Unit|MIU|"
                          rf"Urgent[ \t]Treatment[ \t]Cent(?:re|er)|Walk-in[ \t]Cent(?:re|er))(?![\w-])")
SERVICE_RULE = Gated(SERVICE_SITE, ("CBOC", "VAMC", "VAHCS", "VA ", "Minor Injur", "MIU", "Urgent Treatment",
                                    "Walk-in"))
_NOT_SERVICE_NAMES = words("""
attended attends presented presents seen discharged visited reviewed transferred referred admitted local nearest
nearby community same patient patients via called
""") | NOT_FACILITY_NAMES

ENTE = re.compile(rf"(?P<v>Ente[ \t][Oo]spedaliero(?:[ \t](?:[Cc]antonale|[Rr]egionale))?"
                  rf"(?:[ \t](?:di|del|della)[ \t][{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+)?)?)")
ENTE_RULE = Gated(ENTE, ("Ente ",))

# "Salzkammergut Klinikum", "Kepler Universitätsklinikum", "Mühlviertler Kliniken": one proper name before a
# German hospital word with nothing after it (the hospital rules of places.py want a name after the head).
NAME_BEFORE_HEAD = re.compile(rf"(?<![\w.-])(?P<n>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)[ \t](?P<h>Universitätsklinikum|"
                              rf"Klinikum|Kliniken|Landesklinikum|Krankenhaus|Spital)"
                              rf"(?=[ \t]*(?:[,;:(\n]|\.(?:[ \t\n]|$)|$))")
_HOSPITAL_HEADS = ("Universitätsklinikum", "Klinikum", "Kliniken", "Landesklinikum", "Krankenhaus", "Spital")
NAME_BEFORE_RULE = Gated(RunBeforeLiteral(NAME_BEFORE_HEAD, _HOSPITAL_HEADS, "-", " \t", at_anchor=False),
                         _HOSPITAL_HEADS)
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "ie", "ik", "tät", "nis", "bild", "bilder",
                 "befund", "bericht", "aufnahme", "aufnahmen")
_NOT_HEAD_NAMES = words("""
das dem den der des die ein einem einen einer eines im am vom zum ins aus bei von nach mit kein keine unser
unserem unseres unsere ihr ihrem ihres ihre sein seinem seines diesem dieses städtisches städtischen
""") | NOT_NAME_WORDS | TIME_WORDS

# Swiss "établissement médico-social": EMS and its name (French articles may open it).
EMS_HOME = re.compile(rf"(?<![\w-])EMS[ \t](?P<n>(?:(?:Le|La|Les|L['’]|Du|Des|De|Résidence|Home|Foyer)[ \t]?)*"
                      rf"[{UP}][\w{LO}'’-]+(?:[ \t-][{UP}][\w{LO}'’-]+){{0,2}})")
EMS_RULE = Gated(EMS_HOME, ("EMS ",))
_NOT_EMS_NAMES = words("""
crew report reports personnel arrival transport transported team staff run sheet notes note record records unit
service services provider providers protocol activation medic medics paramedic paramedics response call called
agency ambulance vitals glucose ecg ekg handover handoff bay triage radio pre-alert prealert history documentation
was were and or stated noted reported found gave given brought en route on at in to the a an with
""") | NOT_FACILITY_NAMES
# "Haus der Barmherzigkeit Seeböckgasse": a house named by a care word, or any "Haus der X" after a resident cue.
HOUSE_OF = re.compile(rf"(?P<v>Haus[ \t](?:der|des|zur|zum|St\.)[ \t](?P<noun>[{UP}][{LO}]+)"
                      rf"(?:[ \t](?P<place>[{UP}][\w{LO}.-]+))?)")
HOUSE_RULE = Gated(HOUSE_OF, ("Haus ",))
_CARE_NOUNS = words("barmherzigkeit senioren pflege caritas diakonie generationen begegnung betreuung hoffnung "
                    "geborgenheit ruhe heimat familie elisabeth")
_RESIDENT_CUE = re.compile(r"(?i:bewohner(?:in)?|wohnt|lebt|heimbewohner(?:in)?|pflegeheim|aus[ \t]dem)[ \t]+(?:im|"
                           r"in[ \t]dem|des|vom)?[ \t]*\Z")
_STREET_END = ("straße", "strasse", "gasse", "weg", "platz", "allee", "ring")

# "Kinderordination Linz-Urfahr", "Kinderarztpraxis Au": a compound practice head and a place.
COMPOUND_PRACTICE = re.compile(rf"(?<![\w-])(?P<v>[{UP}][{LO}]+(?:ordination|arztpraxis|praxis|ambulatorium)[ \t]"
                               rf"(?P<n>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*))")
COMPOUND_RULE = Gated(COMPOUND_PRACTICE, ("ordination ", "praxis ", "ambulatorium "))
# "Röntgen Leoben", "Radiologie Wels": a modality or specialty named after its town (the town must be listed).
MODALITY_TOWN = re.compile(rf"(?P<v>(?:Röntgen|Radiologie|Nuklearmedizin|Diagnosezentrum|Institut)[ \t]"
                           rf"(?P<t>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?))(?![\w-])")
MODALITY_RULE = Gated(MODALITY_TOWN, ("Röntgen ", "Radiologie ", "Nuklearmedizin ", "Diagnosezentrum ",
                                      "Institut "))

# Edges: "LKH-Univ. Klinikum", "LKH-Klinikum", "KH-Uni Klinik" before a found name; "of <Town>" after an
# imaging group's head.
HYPHEN_PREFIX = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{2,5}-(?:(?:Univ\.|Uni)[ \t]?)?\Z")
_GROUP_HEAD_END = re.compile(r"(?:Imaging|Radiology|Radiologists|Diagnostics|MRI|Imaging[ \t]Cent(?:er|re))\Z")
TOWN_OF_AFTER = re.compile(rf"[ \t]of[ \t](?!the\b)[{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+)?(?![\w-])")


def _site_column_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, header in enumerate(lines[:-1]):
        for delim in _DELIMITERS:
            cells = header.split(delim)
            if len(cells) < 2:
                continue
            column = [j for j, c in enumerate(cells) if c.strip().lower() in _SITE_HEADERS]
            if not column:
                continue
            for k in range(i + 1, len(lines)):
                row = lines[k].split(delim)
                if len(row) != len(cells):
                    break
                at = offsets[k]
                spans = []
                for cell in row:
                    spans.append((at, at + len(cell)))
                    at += len(cell) + len(delim)
                for j in column:
                    value = row[j].strip()
                    if (value and _CELL_NAME.match(value) and value.lower() not in NOT_FACILITY_NAMES
                            and (not value.isupper() or _acronym_ok(value))):
                        start = spans[j][0] + row[j].index(value)
                        hits.append(Hit(start, start + len(value), "INSTITUTION", "rule"))
            break
    return hits


_NON_SPACE = re.compile(r"\S+")


def _name_start(m: re.Match[str], stop: frozenset[str]) -> int | None:
    names = list(_NON_SPACE.finditer(m.group("n")))
    while names and names[0].group().lower().strip("'’") in stop:
        names.pop(0)
    if not names or any(t.group().lower().strip("'’") in stop for t in names):
        return None
    return m.start("n") + names[0].start()


def site_form_hits(text: str, lowered: str) -> list[Hit]:
    """INSTITUTION hits of the forms above; `lowered` is text.lower()."""
    hits: list[Hit] = []
    if "\n" in text and any(m.start() == 0 or lowered[m.start() - 1] in "\t|;, \n"
                            for m in SITE_HEADER_RULE.finditer(lowered, lowered)):
        hits.extend(_site_column_hits(text))
    for rule in (BRACKET_RULE, SPECIALTY_RULE):
        hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in rule.finditer(text, lowered)
                    if _acronym_ok(m.group("v")))
    hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in CONTEXT_RULE.finditer(text, lowered)
                if _acronym_ok(m.group("v")) and _CONTEXT_BEFORE.search(text, max(0, m.start() - 12), m.start()))
    hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in GERMAN_SLOT_RULE.finditer(text, lowered)
                if m.group("v").lower() not in _NOT_GERMAN_SLOT and not m.group("v").lower().endswith(_NOUN_ENDINGS)
                and m.group("v") not in towns())  # "aus Gröbenzell": a listed town is the towns rule's
    for m in SERVICE_RULE.finditer(text, lowered):
        if (start := _name_start(m, _NOT_SERVICE_NAMES)) is not None:
            hits.append(Hit(start, m.end("h"), "INSTITUTION", "rule"))
    hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in ENTE_RULE.finditer(text, lowered))
    for m in NAME_BEFORE_RULE.finditer(text, lowered):
        name = m.group("n").lower()
        if name not in _NOT_HEAD_NAMES and not name.endswith(_NOUN_ENDINGS):
            hits.append(Hit(m.start("n"), m.end("h"), "INSTITUTION", "rule"))
    for m in EMS_RULE.finditer(text, lowered):
        first = m.group("n").split()[0].lower().strip("'’")
        if first not in _NOT_EMS_NAMES:
            hits.append(Hit(m.start(), m.end("n"), "INSTITUTION", "rule"))
    for m in HOUSE_RULE.finditer(text, lowered):
        if m.group("noun").lower() in _CARE_NOUNS or _RESIDENT_CUE.search(text, max(0, m.start() - 30), m.start()):
            place = m.group("place")
            keep_place = place is not None and (place.lower().endswith(_STREET_END) or place in towns())
            hits.append(Hit(m.start("v"), m.end("place") if keep_place else m.end("noun"), "INSTITUTION", "rule"))
    for m in COMPOUND_RULE.finditer(text, lowered):
        name = m.group("n").lower()
        if name not in NOT_NAME_WORDS and name not in TIME_WORDS and not name.endswith(("ung", "heit", "keit")):
            hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    return hits


def modality_town_hits(text: str, lowered: str) -> list[Hit]:
    """INSTITUTION hits of a modality or specialty and a listed town ("Röntgen Leoben"); added after the edge
    trim, which would cut the modality word off as a report-section word."""
    return [Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in MODALITY_RULE.finditer(text, lowered)
            if m.group("t") in towns() and not (m.start() and (text[m.start() - 1].isalnum()
                                                              or text[m.start() - 1] == "-"))]


def widened_sites(text: str, hits: list[Hit]) -> list[Hit]:
    """INSTITUTION hits widened over a hyphenated capitals prefix before them ("LKH-Univ. Klinikum X") and a
    town after an imaging group's head ("Clearview Imaging of Tucson")."""
    out = []
    for h in hits:
        if h.label == "INSTITUTION":
            if m := HYPHEN_PREFIX.search(text, max(0, h.start - 12), h.start):
                h = Hit(m.start(), h.end, h.label, h.source)
            if _GROUP_HEAD_END.search(text, h.start, h.end) and (m := TOWN_OF_AFTER.match(text, h.end)):
                h = Hit(h.start, m.end(), h.label, h.source)
        out.append(h)
    return out
