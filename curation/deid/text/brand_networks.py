"""Facility brands, care networks and services named without a hospital keyword (round 18b).

Each rule takes a class by its shape and context, in every language the pipeline meets, not by a list of houses:
- a brand joined to its town by a dash ("<Brand> Imaging – <Town>", "Bildgebung <Name>-West", "Centre Imagerie
  <Name> – <Town>"): the dash and a capitalised tail after a facility word and a name word;
- health systems and telehealth networks in one camel-case word after a preposition ("from <Name>Health", "aus dem
  Tele<Name>Net <Region>"), an e-service after a brand ("<Brand> eCARE"), a hyphenated network ("<Name>-Netz
  <Region>", "<Name>-Verbund <Region>");
- a teleradiology company after "via" in a reading context ("preliminary read via <Name> <Name>");
- commissioning bodies ("<Area> ICB", "<Area> CCG", "<Area> Integrated Care Board");
- screening services ("<Area> Breast Screening Service", "Mammographie-Screening <Region>", "Fondation <adj> de
  dépistage du cancer", "Programma <adj> di screening");
- ambulance services by acronym before a crew, unit or transport word ("<ACR> crew 12", "<ACR> non-emergency"), by
  name ("<Name> Ambulance", "Medic One") or by a rescue word and its name ("Rettungsdienst <Name> & <Name> <Town>",
  "Schutz & Rettung <Town>");
- disability assessment centres ("MEDAS <Region>", "COMAI <Region>");
- institutes named after a person or partners ("Institut für <Fach> Dr. <Name>", "Institut <Name> & Partner",
  "Institut d'imagerie de <Place>", "Istituto di radiologia <Name>");
- a hospital name before its keyword with a hyphen ("<Region>-Klinikum"), an Irish/UK "<Town> General" after a
  transfer preposition;
- a hospital site named by a town after "site" / "Standort" ("site de <Town>", "<Town> site");
- an acronym right after a found facility, not bracketed ("<Name> Klinikum <ACR>").
Look-alikes stay: department and generic words as the name ("Breast Imaging – Befund", "Advanced Imaging"), device
brands in camel case ("MultiHance", "CyberKnife") without a transfer preposition, "via" before an anatomy word or an
acronym, "site" of a biopsy, "Rettungsdienst" alone, modality acronyms after a facility.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Gated, Hit, NeedleGate, literal_starts
from curation.deid.text.facilities import NOT_FACILITY_NAMES
from curation.deid.text.site_forms import is_site_acronym
from curation.deid.text.towns import towns

_CAP = rf"[{UP}][\w{LO}'’]*+"
_NAME = rf"[{UP}][{LO}][\w{LO}'’]*+(?:-[{UP}][\w{LO}'’]*+)?"
# Facility words of a brand (EN / DE / FR / IT).
_FAC = (r"(?:Imaging|Radiology|Radiologie|Radiologia|Bildgebung|Imagerie|Clinics?|Orthop(?:a)?edics|Mammography|"
        r"Mammographie|Scan[ \t]Cent(?:re|er)|Scanning|LivingCenter|Diagnostik|Diagnostics|Diagnostica|Röntgen|"
        r"Zentrum|Centre|Center|Centro|Institut|Istituto|Health|Medical|Praxis)")
_FAC_RE = re.compile(rf"{_FAC}\Z")
# A phrase of capitalised words holding a facility word, then a dash and a capitalised tail: "<Brand> Imaging –
# <Town>", "Centre Imagerie <Name> – <Town>", "Bildgebung <Name>-West".
BRAND_DASH = re.compile(rf"(?<![\w-])(?P<v>(?:{_CAP}[ \t]+){{0,3}}{_FAC}(?:[ \t]+{_CAP}){{0,2}}"
                        rf"(?:[ \t]+[–-][ \t]+|-)(?:Nord|Süd|Ost|West|North|South|East|{_NAME})"
                        rf"(?:[ \t]+{_NAME})?)(?![\w-])")
# The brand's dash first (few per text), then the brand around it in a window: a scan of the whole text from every
# capitalised word cost ~4 % of the rules' time.
_BRAND_DASHES = re.compile(r"[ \t][–-][ \t]+[A-ZÄÖÜ]|[a-zäöü]-(?:Nord|Süd|Ost|West|North|South|East)(?![\w-])")
# What every such dash holds (a spaced dash, or "-" before a compass word), read from the shared needle pass: the
# scan's first character class takes every lower-case letter and blank, so it ran over the whole of most reports
# that hold neither (round 16).
_DASH_SIDES = (*(a + d + b for d in "–-" for a in " \t" for b in " \t"),
               *(f"-{w}" for w in ("Nord", "Süd", "Ost", "West", "North", "South", "East")))
_DASH_GATE = NeedleGate(_DASH_SIDES)
_WINDOW = 120
# German cue nouns before a brand ("Vorbefund", "Voraufnahmen", "Zuweisung", "Untersuchung", "Vergleich").
_CUE_NOUN = re.compile(r"(?:befund|bericht|ung|aufnahmen?|heit|keit|schaft|ion|tät|gleich|weis|anfrage)\Z")
_VIA_MEDIA = {"email", "e-mail", "fax", "phone", "telephone", "post", "mail", "teams", "zoom", "pacs", "portal", "link",
              "courier", "telefon", "kurier", "cd", "dvd", "upload", "fedex", "ups", "secure"}
_COMPASS = {"nord", "süd", "ost", "west", "north", "south", "east", "mitte", "centre", "center", "zentrum"}
_PREP = (r"(?:from|at|by|to|with|via|aus[ \t]dem|aus[ \t]der|im|vom|ins|zum|zur|über|durch|dem|der|den|"
         r"du|de|au|à|presso|dal|dalla|nel)")
# (The parts that make a camel-case word a system's name; each is a needle of the rule, so no part that stands in
# most reports ("Klinik", "Rad", "Med").)
_MORPH = r"(?:Health|Care|Net|Netz|Clinic)"
CAMEL = re.compile(rf"(?:^|[ \t(]){_PREP}[ \t]+(?P<v>(?:[A-Z]{{1,4}}|[A-Z][a-z]+)(?:[A-Z][a-z]+)*{_MORPH}"
                   rf"(?:[A-Z][a-z]+)*(?:[ \t]+(?:Nord|Süd|Ost|West|North|South|East|Mitte))?)(?![\w-])", re.M)
CAMEL_RULE = Gated(literal_starts(CAMEL), ("Health", "Care", "Net", "Clinic"))
# (A device, software or feature after the camel word, or "with / via / über" before it: "from CardioNet monitor",
# "ECG via LifeNet", "with NightCare mode" are products, no house.)
_DEVICE_AFTER = re.compile(r"[ \t]+(?i:monitor\w*|pumps?|mode|rails?|remote|pacemakers?|devices?|app|software|system|"
                           r"follow-up|reconstruction|algorithm|clinic|portal|data|recorder|patch|sensor)(?![\w-])")
_DEVICE_BEFORE = re.compile(r"(?i:device|monitor|pump|download|data|readings?|glucose|ecg|ekg)[ \t]+\w+[ \t]+\Z")
_DEVICE_PREP = re.compile(r"(?:with|via|über|durch|mit)[ \t]+\Z")
E_SERVICE = re.compile(rf"(?P<v>{_NAME}[ \t]+e(?:CARE|ICU|Care|Health|Consult|Stroke|Neuro|Visit|Emergency))"
                       rf"(?![\w-])")
E_SERVICE_RULE = Gated(literal_starts(E_SERVICE), (" eC", " eI", " eH", " eS", " eN", " eV", " eE"))
NETWORK = re.compile(rf"(?<![\w-])(?P<v>[{UP}][\w{LO}]+-(?:Netz|Netzwerk|Verbund|Network)"
                     rf"(?:[ \t]+{_NAME})?)(?![\w-])")
NETWORK_RULE = Gated(literal_starts(NETWORK), ("-Netz", "-Verbund", "-Network"))
VIA_READER = re.compile(rf"(?:[Rr]eport|[Rr]eads?|[Rr]eading|[Ii]nterpretation|[Oo]pinion|[Bb]efund\w*|"
                        rf"[Tt]eleradiolog\w*|coverage|[Ss]tudy|[Ii]mages)[^.;:\n]{{0,30}}?[ \t]via[ \t]+"
                        rf"(?P<v>(?:[a-z]{{1,2}}[A-Z][a-z]\w*|{_NAME})(?:[ \t]+{_NAME}){{0,2}})(?![\w-])")
VIA_RULE = Gated(literal_starts(VIA_READER), (" via ",))
BOARD = re.compile(rf"(?<![\w-])(?P<v>(?:NHS[ \t]+)?{_NAME}(?:[ \t]+(?:and|&|{_NAME})){{0,4}}[ \t]+"
                   rf"(?:ICB|CCG|ICS|Integrated[ \t]Care[ \t](?:Board|System)|Clinical[ \t]Commissioning[ \t]Group))"
                   rf"(?![\w-])")
BOARD_RULE = Gated(literal_starts(BOARD), ("ICB", "CCG", "ICS", "Integrated Care", "Commissioning"))
SCREENING = re.compile(
    rf"(?<![\w-])(?P<v>{_NAME}(?:[ \t]+(?:and[ \t]+|&[ \t]+)?{_NAME}){{0,3}})[ \t]+"
    rf"(?:(?:Breast|Bowel|Cervical|Lung|AAA|Diabetic[ \t]Eye|Abdominal[ \t]Aortic[ \t]Aneurysm)[ \t]+)?"
    rf"Screening[ \t]+(?:Service|Programme|Program|"
    rf"(?P<unit>Centre|Center|Unit|Hub))(?![\w-])|"
    rf"(?:Mammo[gr]+aphie-Screening(?:-(?:Programm|Einheit|Zentrum))?|Screening-(?:Einheit|Zentrum|Programm))"
    rf"[ \t]+(?P<w>{_NAME}(?:[ \t]+{_NAME})?)(?![\w-])|"
    rf"(?P<f>(?:Fondation|Programme|Centre|Association)[ \t]+[a-zé]+[ \t]+(?:de|pour[ \t]le|du)[ \t]+dépistage"
    rf"(?:[ \t]+(?:du|des)[ \t]+cancers?(?:[ \t]+(?:du[ \t]+sein|colorectal))?)?)(?![\w-])|"
    rf"(?P<i>(?:Programma|Centro)[ \t]+[a-z]+[ \t]+di[ \t]+screening(?:[ \t]+(?:mammografico|oncologico))?)(?![\w-])")
SCREENING_RULE = Gated(literal_starts(SCREENING), ("Screening", "dépistage", "screening"))
_PROGRAMME_WORDS = {"Breast", "Bowel", "Cervical", "Lung", "AAA", "Diabetic", "Eye", "Abdominal", "Aortic", "Aneurysm",
                    "Cancer"}
_SERVICE_WORD = re.compile(r"(?:Major|Regional|Level|Hyperacute|Heart|Continuing|NHS)\Z")
_GENERIC_ADJ = {"cantonal", "national", "organisé", "régional", "regionale", "nazionale", "organizzato",
                "cantonale", "federale", "fédéral", "provinciale", "comunale", "communal"}
_SCREEN_GENERIC = {"mobile", "newborn", "hearing", "high", "risk", "sickle", "cell", "antenatal", "neonatal",
                   "prenatal", "community", "hospital", "central", "main", "static", "women's", "family"}
_GENERIC_AREA = {"nhs", "national", "breast", "bowel", "lung", "cervical", "aaa", "regional", "local", "community",
                 "the", "routine", "annual", "population", "cancer", "diabetic", "eye", "our", "your", "a", "an"}
AMBULANCE_ACR = re.compile(r"(?<![\w&/-])(?P<v>[A-Z]{3,6})(?=[ \t]+(?:crew|crews|non-emergency|ambulance|"
                           r"paramedics?|unit[ \t]+\d|call[ \t]?sign)(?![\w-]))")
AMBULANCE_ACR_RULE = Gated(literal_starts(AMBULANCE_ACR), (" crew", " non-emergency", " ambulance",
                                                          " paramedic", " unit ", " call"))
_GENERIC_AMBULANCE = {"air", "emergency", "private", "neonatal", "paediatric", "pediatric", "transport", "rapid",
                      "response", "volunteer", "tactical", "wilderness", "critical", "urgent", "non-emergency",
                      "patient", "county", "city", "municipal", "fire", "hospital", "mobile"}
_GENERIC_CREWS = {"EMS", "ALS", "BLS", "HEMS", "ICU", "HDU", "ED", "NHS", "PTS", "MET", "HART", "CCU", "SAR", "RRV",
                  "ITU", "MTC", "GP", "EMT", "CPR", "RTC", "MVA", "RTA", "NICU", "PICU", "ER", "OR", "CCT", "AMB",
                  "DNR", "DNAR", "ROSC", "GCS"}
AMBULANCE_NAME = re.compile(rf"(?<![\w-])(?P<v>{_NAME}(?:[ \t]+{_NAME}){{0,2}}[ \t]+(?:Ambulance(?:[ \t]Service)?|"
                            rf"EMS|Paramedic[ \t]Services?|Rescue[ \t]Squad))(?![\w-])|"
                            r"(?<![\w-])(?P<w>Medic[ \t]+(?:One|Two|Three|Four))(?![\w-])")
AMBULANCE_NAME_RULE = Gated(literal_starts(AMBULANCE_NAME), ("Ambulance", "EMS", "Paramedic", "Rescue", "Medic "))
RESCUE = re.compile(rf"(?<![\w-])(?P<v>(?:Rettungsdienst(?:es)?|Schutz[ \t]*(?:&|und)[ \t]*Rettung|"
                    rf"Rettungszweckverband|Service[ \t]d['’]ambulances?|Servizio[ \t]ambulanze)"
                    rf"(?:[ \t]+(?:{_NAME}|&|und|de|du|del))+)(?![\w-])")
RESCUE_RULE = Gated(literal_starts(RESCUE), ("Rettung", "ambulance", "ambulanze"))
ASSESSMENT = re.compile(rf"(?<![\w-])(?P<v>(?:MEDAS|COMAI|Medizinische[ \t]Abklärungsstelle|"
                        rf"Centre[ \t]d['’]expertises?[ \t]médicales?)[ \t]+{_NAME}(?:[ \t]+{_NAME})?)(?![\w-])")
ASSESSMENT_RULE = Gated(literal_starts(ASSESSMENT), ("MEDAS", "COMAI", "Abklärungsstelle", "expertise"))
_PERSON = rf"(?:Dres\.|Dr\.|Prof\.)(?:[ \t]?(?:med\.|Dr\.|univ\.))*[ \t]*{_NAME}"
INSTITUTE = re.compile(
    rf"(?<![\w-])(?P<v>Institut[ \t]+für[ \t]+[{UP}][\w{LO}-]+(?:[ \t]+(?:und|&)[ \t]+[{UP}][\w{LO}-]+)?[ \t]+"
    rf"{_PERSON})(?![\w-])|"
    rf"(?<![\w-])(?P<w>(?:Institut|Radiologie|Röntgeninstitut|Zentrum|Imaging|Radiology|Cabinet|Studio)[ \t]+{_NAME}"
    rf"(?:[ \t]*(?:,|&|und)[ \t]*{_NAME})*[ \t]*(?:&|und|and)[ \t]*(?:Partner(?:in|innen)?|Kollegen|Partners|associés))"
    rf"(?![\w-])|"
    rf"(?<![\w-])(?P<f>(?:Institut|Centre|Cabinet)[ \t]+(?:d['’]imagerie|de[ \t]radiologie)(?:[ \t]+médicale)?[ \t]+"
    rf"(?:de[ \t]+la[ \t]+|de[ \t]+|du[ \t]+|des[ \t]+|d['’])?{_NAME})(?![\w-])|"
    rf"(?<![\w-])(?P<i>(?:Istituto|Centro)[ \t]+(?:di[ \t]+)?(?:radiologia|diagnostica|imaging)(?:[ \t]+medica)?"
    rf"[ \t]+(?:di[ \t]+)?{_NAME})(?![\w-])")
INSTITUTE_RULE = Gated(literal_starts(INSTITUTE), ("Institut", "Partner", "Kollegen", "associés", "Centre",
                                                  "Cabinet", "Istituto", "Centro"))
_GENERIC_HOUSE_PREFIX = {"uni", "universitäts", "kreis", "stadt", "landes", "kinder", "fach", "reha", "tages",
                         "privat", "akut", "schwerpunkt", "bundeswehr", "lehr", "haupt", "partner", "akademisches",
                         "städtisches", "ev", "kath", "psychiatrie", "herz", "augen", "frauen"}
HOUSE_BEFORE = re.compile(rf"(?<![\w-])(?P<v>[{UP}][{LO}][\w{LO}]+-(?:Klinikum|Kliniken|Klinik|Spital|Krankenhaus|"
                          rf"Hospital))(?![\w-])|"
                          rf"(?:from|to|at)[ \t]+(?P<w>{_NAME}[ \t]+General)(?=[ \t]*(?:[;,.)\n]|$))", re.M)
HOUSE_BEFORE_RULE = Gated(literal_starts(HOUSE_BEFORE), ("-Klinik", "-Spital", "-Krankenhaus", "-Hospital", " General"))
SITE = re.compile(rf"(?:[ \t]|^)site[ \t]+(?:de[ \t]+|d['’])?(?P<v>{_NAME})(?![\w-])|"
                  rf"(?:at|on)[ \t]+the[ \t]+(?P<w>{_NAME})[ \t]+site(?![\w-])", re.M)
SITE_RULE = Gated(literal_starts(SITE), ("site",))
_AFTER_HOUSE = re.compile(r"[ \t]+(?P<v>[A-Z]*[UKHS][A-Z]*)(?![\w&-])")
# Department acronyms after a house's name ("<Name> HNO", "<Name> ENT clinic") are no house.
_DEPARTMENT_ACRONYMS = {"HNO", "MKG", "NCH", "KJP", "KJPP", "UCH", "ACH", "GCH", "HCH", "ENT", "HDU", "SHO", "OPD",
                        "AKH"}


def _name_word(word: str) -> bool:
    return word.lower() not in NOT_FACILITY_NAMES and not _FAC_RE.match(word)


def _brand_dash(m: re.Match[str]) -> bool:
    """A facility word and a name word among the words before the tail; the tail no department word."""
    value = m.group("v")
    head, _, tail = value.rpartition("–") if "–" in value else value.rpartition("-")
    first_tail = tail.strip().split()[0] if tail.strip() else ""
    if first_tail.lower() not in _COMPASS and first_tail not in towns():
        return False  # a town or a compass part, not a title word ("Radiologie – Befundbericht", "– Rückfrage")
    parts = head.split()
    return any(_FAC_RE.match(w) for w in parts) and any(_name_word(w) and w.lower() not in _COMPASS for w in parts)


def _first_ok(value: str, generic: set[str]) -> bool:
    first = value.split()[0].lower()
    return first not in generic and first not in NOT_FACILITY_NAMES


# Software and device vendors whose e-products are no service of a house (review 18).
_E_VENDORS = {"Brainomix", "Viz", "Epic", "Attend", "Cerner", "Rapid", "Aidoc", "Philips", "Siemens", "Teladoc"}
_TELERAD_TAIL = re.compile(r"(?:Teleradiology|Teleradiologie|Telerad|Radiology|Radiologie|Imaging|Reporting|"
                           r"Diagnostics|Partners)\Z")
_VIA_NOT = {"teleradiology", "teleradiologie", "telemedizin", "telemedicine", "night", "remote", "voice", "femoral",
            "radial", "right", "left", "arztportal", "citrix", "dragon", "epic", "synapse", "sectra", "visage", "horos"}


def _teleradiology_company(value: str) -> bool:
    """A reading company's shape after "via": "vRad", "<Name> Teleradiology"; no software, access or mode."""
    parts = value.split()
    if parts[0].lower() in _VIA_NOT:
        return False
    return bool(re.match(r"[a-z]{1,2}[A-Z]", parts[0])) or (len(parts) >= 2 and bool(_TELERAD_TAIL.match(parts[-1])))


_SITE_COMMON = {"harvest", "donor", "graft", "main", "remote", "satellite", "other", "wire", "seed", "clip", "lanz"}


def _site_town(value: str) -> bool:
    """A town, or a proper name that is no department, clinical word or eponym ("site Hickman" stays)."""
    word = value.split()[-1].split("'")[-1].split("’")[-1]
    return word in towns()  # review 18: an unlisted word is a wound, port or biopsy site ("Surgical site Infection")


def brand_network_hits(text: str, lowered: str) -> list[Hit]:
    """INSTITUTION hits of brands, networks and services found by their shape and context."""
    out: list[Hit] = []

    def add(m: re.Match[str], group: str = "v") -> None:
        out.append(Hit(m.start(group), m.end(group), "INSTITUTION", "rule"))

    seen: set[tuple[int, int]] = set()
    for d in _BRAND_DASHES.finditer(text) if _DASH_GATE.search(text) else ():
        for m in BRAND_DASH.finditer(text, max(0, d.start() - _WINDOW), min(len(text), d.end() + _WINDOW // 2)):
            if not m.start("v") <= d.start() < m.end("v") or m.span("v") in seen or not _brand_dash(m):
                continue
            seen.add(m.span("v"))
            start = m.start("v")
            for w in re.finditer(r"\S+", m.group("v")):  # a report's cue noun before the brand is none of it
                if _FAC_RE.match(w.group()) or not _CUE_NOUN.search(w.group()):
                    break
                start = m.start("v") + w.end() + 1
            out.append(Hit(start, m.end("v"), "INSTITUTION", "rule"))
    for m in CAMEL_RULE.finditer(text, lowered):
        start = m.start("v")
        if not _DEVICE_AFTER.match(text, m.end("v")) and not _DEVICE_BEFORE.search(
                text, max(0, start - 20), start) and not _DEVICE_PREP.search(text, max(0, start - 8), start):
            add(m)
    for m in E_SERVICE_RULE.finditer(text, lowered):
        first = m.group("v").split()[0]
        if first not in _E_VENDORS and not first.lower().startswith("tele"):
            add(m)
    for rule in (NETWORK_RULE, ASSESSMENT_RULE):
        for m in rule.finditer(text, lowered):
            add(m)
    for m in VIA_RULE.finditer(text, lowered):
        if _first_ok(m.group("v"), _GENERIC_AREA | _VIA_MEDIA) and _teleradiology_company(m.group("v")):
            add(m)
    for m in BOARD_RULE.finditer(text, lowered):
        value = m.group("v").removeprefix("NHS").strip()
        if _first_ok(value, _GENERIC_AREA | {"commissioning", "the", "local", "integrated"}):
            add(m)
    for m in SCREENING_RULE.finditer(text, lowered):
        group = next(g for g in ("v", "w", "f", "i") if m.group(g) is not None)
        if group != "v":
            value = m.group(group)
            if group == "w" and not any(w in towns() or w.lower() in _COMPASS for w in value.split()):
                continue  # "Mammographie-Screening Programm / Recall / Zweitbefundung" (review 18)
            if group in ("f", "i") and value.split()[1].lower() in _GENERIC_ADJ:
                continue  # "Programme national de dépistage", "Programma regionale di screening"
            add(m, group)
            continue
        # The area names a service or programme (its words stay); a screening unit or centre is a house, whole.
        names = m.group("v").split()
        while names and names[-1] in _PROGRAMME_WORDS:
            names.pop()
        if names and _first_ok(names[0], _GENERIC_AREA) and (
                any(n in towns() for n in names) or (m.group("unit") and names[0].lower() not in _SCREEN_GENERIC)):
            end = m.end("unit") if m.group("unit") else m.start("v") + len(" ".join(names))
            out.append(Hit(m.start("v"), end, "INSTITUTION", "rule"))
    for m in AMBULANCE_ACR_RULE.finditer(text, lowered):
        if m.group("v") not in _GENERIC_CREWS and is_site_acronym(m.group("v")) and re.search(
                r"AS|AMB|Amb|EMS", m.group("v")):  # an ambulance service's acronym (SWASFT, NWAS), no unit
            add(m)
    for m in AMBULANCE_NAME_RULE.finditer(text, lowered):
        if m.group("w") is not None:
            add(m, "w")
        elif _first_ok(m.group("v"), _GENERIC_AREA | _GENERIC_AMBULANCE):
            add(m)
    for m in RESCUE_RULE.finditer(text, lowered):
        names = [w for w in m.group("v").split()[1:] if w[0].isupper() and w not in ("Rettung",)]
        # (A listed town ends it, or names joined by "&": "Rettungsdienst Übergabe" is a handover, no service.)
        if names and all(_name_word(w) for w in names) and any(w in towns() for w in names):
            add(m)
    for m in INSTITUTE_RULE.finditer(text, lowered):
        group = next(g for g in ("v", "w", "f", "i") if m.group(g) is not None)
        last = m.group(group).split()[-1]
        if group == "i" and last.lower().endswith(("ica", "ico", "aca", "aco", "ale", "aria", "ario")):
            continue  # an Italian adjective: "Centro di radiologia Interventistica" (review 18)
        if group == "w" and (_FAC_RE.match(m.group(group).split()[1]) or m.group(group).split()[1] in (
                "Associates", "Nuklearmedizin", "Pathologie")):
            continue  # "Zentrum Radiologie und Kollegen", "Imaging Associates & Partners"
        add(m, group)
    for m in HOUSE_BEFORE_RULE.finditer(text, lowered):
        if m.group("v") is not None:
            if m.group("v").split("-")[0].lower() not in _GENERIC_HOUSE_PREFIX:
                add(m)
        elif _first_ok(m.group("w"), _GENERIC_AREA | {"surgeon", "attorney", "consultant", "medicine", "clinic",
                                                       "surgery", "practice", "paediatrics", "pediatrics"}):
            add(m, "w")
    for m in NAME_BEFORE_SERVICE_RULE.finditer(text, lowered):
        names = m.group("v").split()
        while names and _SERVICE_WORD.match(names[-1]):
            names.pop()
        if names and _first_ok(names[0], _GENERIC_AREA):
            out.append(Hit(m.start("v"), m.start("v") + len(" ".join(names)), "INSTITUTION", "rule"))
    for m in SITE_RULE.finditer(text, lowered):
        group = "v" if m.group("v") is not None else "w"
        # (a campus named by its town is that town, as site_forms.CAMPUS_AFTER)
        if _site_town(m.group(group)) and (group == "v" or m.group(group).lower() not in _SITE_COMMON):
            label = "ADDRESS" if m.group(group) in towns() else "INSTITUTION"
            out.append(Hit(m.start(group), m.end(group), label, "rule"))
    return out


def acronym_after_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """An acronym of a house right after a found facility, not bracketed: "<Name> Klinikum <ACR>"."""
    out: list[Hit] = []
    for h in hits:
        if h.label == "INSTITUTION" and (m := _AFTER_HOUSE.match(text, h.end)) and is_site_acronym(m.group("v")) \
                and 3 <= len(m.group("v")) <= 5 \
                and m.group("v") not in _GENERIC_CREWS and m.group("v") not in _DEPARTMENT_ACRONYMS:
            out.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    return out


# A designation of a service that any hospital may hold, after the hospital's name: "<Name> Major Trauma Centre",
# "<Name> Hyperacute Stroke Unit". The designation is no part of the name (a keep-term); the name before it stays.
# (A certification in a centre's own name, "<Name> Comprehensive Stroke Center", stays part of that name.)
_SERVICE = (r"[ \t]+(?:(?:Major|Regional|Level[ \t](?:I{1,3}|[1-3]))[ \t]Trauma[ \t](?:Cent(?:re|er)|Unit)|"
            r"Hyperacute[ \t]Stroke[ \t]Unit|Heart[ \t]Attack[ \t]Cent(?:re|er)|Continuing[ \t]Healthcare)")
SERVICE_TAIL = re.compile(_SERVICE + r"\Z")
# The hospital's name before such a designation after a preposition: "admitted to <Name> Hyperacute Stroke Unit".
NAME_BEFORE_SERVICE = re.compile(rf"(?:to|at|from|in|the)[ \t]+(?P<v>{_NAME}(?:[ \t]+{_NAME})?)(?={_SERVICE}(?![\w-]))")
NAME_BEFORE_SERVICE_RULE = Gated(literal_starts(NAME_BEFORE_SERVICE), (" Trauma ", " Hyperacute ", " Heart Attack ",
                                                                      " Continuing "))


def without_service_tails(text: str, hits: list[Hit]) -> list[Hit]:
    """INSTITUTION hits less a generic service designation at their end (nothing when only the designation)."""
    out: list[Hit] = []
    for h in hits:
        if h.label == "INSTITUTION" and (m := SERVICE_TAIL.search(text, h.start, h.end)):
            if any(_name_word(w) and w.lower() not in _GENERIC_AREA for w in text[h.start:m.start()].split()):
                out.append(Hit(h.start, m.start(), h.label, h.source))
            continue
        out.append(h)
    return out
