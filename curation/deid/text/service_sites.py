"""Facilities named by a rare head, a type compound or a service rather than a hospital word (round 16b).

- German type compounds and a name after them: any compound on -zentrum / -praxis / -pflege / -pflegedienst /
  -dienst / -service / -hilfe / -amt, optionally coordinated ("Gefäß- und Lungenzentrum") or after a
  capitalised adjective ("Ambulanter Pflegedienst", "Häusliche Krankenpflege"), optionally with a level ("Level 1",
  "Stufe 2"), then a name: "St. <Saint>", "am <Place>", "Dr. (med.) <Name>" or one or two name words ("<Region>",
  "<Town>-Umgebung"). The name word must be no German common noun, role, time word or sentence word
  ("Brustzentrum Befund", "Pflegedienst Montag" stay).
- A group named by its place before "MVZ": "<Specialty> <Region> MVZ".
- Social and rescue services with a region or town: Red Cross branches in four languages ("Rotes Kreuz <Land>",
  "Croix-Rouge <regional adjective>", "Croce Rossa <aggettivo>", "<County> Red Cross"), child and adult protection
  authorities ("KESB <Region>", "APEA <Regione>", "Jugendamt <Town>"), home-care bodies ("Spitex <Town>"). A
  Romance regional adjective is found by its ending (-ois(e), -ais(e), -ien(ne), -ese, -ano/-ana ...), not listed.
- Romance practices with a specialty adjective: "Ambulatorio pediatrico <Town>", "Studio cardiologico <Name>",
  "Cabinet pédiatrique <Name>".
- English: a name and a specialty institute or company ("<Region> Heart and Vascular Institute", "<Name> Vein &
  Laser", "<Name> Cancer Centre – <City>"), a name before a charity or free clinic ("<Name> free clinic", "St.
  <Saint> de Paul clinic"), a town before a bare "VA" ("<Town> VA" at a clause end; "<Town>, VA" is a state).
- Second-opinion and telemedicine portals named by their domain in a referral slot ("via <name>.ch").
"""

from __future__ import annotations

import re

from curation.deid.text.care_nouns import is_care_noun
from curation.deid.text.common import LO, UP, Gated, Hit, literal_starts, words
from curation.deid.text.facilities import NOT_FACILITY_NAMES, TIME_WORDS, is_de_name_word
from curation.deid.text.towns import towns

# --- German type compounds ---------------------------------------------------------------------------------------
_DE_TYPE_ENDS = r"(?:zentrum|zentrums|praxis|pflege|pflegedienst|pflegedienstes|dienst|dienstes|service|hilfe)"
_ARTICLE_LIKE = words("""
der die das den dem des ein eine einer einen eines kein keine keiner unser unsere unserer unseren ihr ihre ihrer
sein seine seiner diese dieser diesen dieses jene jener welche andere anderer anderen weitere weiterer neue
""")
DE_TYPE_FACILITY = re.compile(
    rf"(?<![\w-])(?P<v>(?P<adj>[{UP}][{LO}]+(?:isch|lich|ant|iv|al|ig|il|är|bil|sam|bar|at)(?:e|er|es|en)[ \t])?"
    rf"(?:[{UP}][{LO}]+-[ \t](?:und|&|/)[ \t])?"
    rf"(?P<head>[{UP}][{LO}]{{2,}}{_DE_TYPE_ENDS})"
    rf"(?:[ \t](?:Level|Stufe|Typ|Niveau)[ \t](?:[1-4]|I{{1,3}}|IV)(?![\w.]))?"
    rf"[ \t](?:(?P<saint>(?:St\.|Sankt)[ \t][{UP}][{LO}]+)|"
    rf"(?P<place>(?P<prep>am|an[ \t]der|an[ \t]den|im|in[ \t]der|auf[ \t]der|zum|zur)[ \t]"
    rf"(?P<pword>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*))|"
    rf"(?P<doctor>(?:Dres\.|Dr\.|Prof\.)(?:[ \t]?(?:med\.|Dr\.|univ\.|dent\.))*[ \t]?[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
    rf"(?:[ \t][{UP}][{LO}]+(?:-[{UP}][{LO}]+)?(?=[ \t]*(?:[,;.)\n]|$)))?)|"
    rf"(?P<name>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*)(?:[ \t](?P<name2>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*))?))")
DE_TYPE_RULE = Gated(DE_TYPE_FACILITY, ("zentrum", "praxis", "pflege", "dienst", "service", "hilfe"))
# Heads that name a duty, an office or a thing, not a house of care, even with a name after them: "Notdienst",
# "Sozialdienst", "Ossifikationszentrum" (a centre of a bone; places.py's compound centres read the list too).
NOT_TYPE_HEADS = words("""
landratsamt finanzamt bundesamt standesamt ordnungsamt einwohneramt gesundheitsamt arbeitsamt zollamt
notdienst bereitschaftsdienst rettungsdienst hintergrunddienst nachtdienst tagdienst spätdienst frühdienst
wochenenddienst kundendienst außendienst aussendienst sozialdienst konsiliardienst fahrdienst
kundenservice hilfe soforthilfe nachsorge selbsthilfe mithilfe
zentrum stadtzentrum ortszentrum praxis ossifikationszentrum ossifikationszentrums rotationszentrum drehzentrum
knochenkernzentrum
""")
# Place names inside a region run: "<Town>-Umgebung", "<Region> Nord".
_NAME_TAILS = words("nord süd west ost mitte land umgebung stadt oberland unterland")


def de_place_name_ok(word: str) -> bool:
    """True for a word that can name a German facility after its type compound: a listed town ("Chur"), or no
    common noun, role, time, care or clinical word (the first part of a hyphenated name decides: "Graz-Umgebung";
    "Transportdienst Liegend", "Pflegedienst Notfall" name no house)."""
    first = word.split("-")[0]
    return word in towns() or first in towns() or (is_de_name_word(first) and first.lower() not in TIME_WORDS
                                                    and not is_care_noun(first))


# A place after "am / im / zum ...": a listed town or a word ending in a place noun ("am Luisenplatz", "zur
# Linde"); "zur Biopsie", "zum Staging", "am Mittwoch", "am Standort" say what or when, not where.
_PLACE_TAILS = ("platz", "markt", "park", "berg", "tor", "brunnen", "hof", "see", "turm", "graben", "ring", "ufer",
                "garten", "wald", "bach", "linde", "dom", "münster", "schloss", "bühl", "feld", "tal", "straße",
                "strasse", "allee", "gasse", "weg", "damm", "kreuz", "eck", "insel", "hafen", "stein", "rain", "au")


def _de_place_word_ok(word: str) -> bool:
    first = word.split("-")[0]
    if word in towns() or first in towns():
        return True
    low = first.lower()
    return low.endswith(_PLACE_TAILS) and low not in TIME_WORDS and not is_care_noun(first)


_de_name_ok = de_place_name_ok


def _de_type_hits(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in DE_TYPE_RULE.finditer(text, lowered):
        if m.group("head").lower() in NOT_TYPE_HEADS:
            continue
        end = m.end("v")
        if m.group("pword") is not None and not _de_place_word_ok(m.group("pword")):
            continue
        if m.group("name") is not None:
            if not _de_name_ok(m.group("name")):
                continue
            if SERVICE_BODY.match(text, m.start("name")):
                continue  # the kind before a named body: "Hauskrankenpflege <Hilfswerk Salzburg>" (round 24b)
            name2 = m.group("name2")
            if name2 is not None and not (_de_name_ok(name2) or name2.lower() in _NAME_TAILS):
                end = m.end("name")
        start = m.start("v")
        adj = m.group("adj")
        if adj is not None and adj.strip().lower() in _ARTICLE_LIKE | NOT_FACILITY_NAMES:
            start = m.start("v") + len(adj)
        hits.append(Hit(start, end, "INSTITUTION", "rule"))
    return hits


# "<Specialty> <Region> MVZ": the place between a specialty and MVZ names the group.
MVZ_AFTER = re.compile(rf"(?<![\w-])(?P<v>[{UP}][{LO}]+(?:[ \t-][{UP}][{LO}]+)?[ \t][{UP}][{LO}]+(?:-[{UP}][{LO}]+)*"
                       rf"[ \t]MVZ)(?![\w-])")
MVZ_RULE = Gated(MVZ_AFTER, (" MVZ",))

# --- Social, rescue and protection services ----------------------------------------------------------------------
# A Romance regional adjective, found by its ending: "neuchâteloise", "ticinese", "grigionese", "valaisanne",
# "jurassienne", "lombarda".
_REGIONAL_ADJ = (rf"[{LO}]{{3,}}(?:oise|ois|aise|ais|ienne|ien|anne|ane|ain|aine|ese|esi|ano|ana|ina|ino|arda|ardo)"
                 rf"(?![\w-])")
_SERVICE_HEADS = (r"(?:Croix-Rouge|Croce[ \t]Rossa|(?:Schweizerische[sn]?[ \t]|Deutsche[sn]?[ \t]|Österreichische[sn]?"
                  r"[ \t]|Bayerische[sn]?[ \t])?Rote[sn]?[ \t]Kreuz(?:es)?|SRK|DRK|ÖRK|BRK|KESB|APEA|Spitex|SPITEX|"
                  r"Pro[ \t]Senectute|Jugendamt|Jugendamts|Sozialamt|Kinderschutzgruppe|Kinderschutzzentrum|"
                  r"Kinderschutz-Zentrum|Caritas|Diakonie|Diakoniestation|Sozialstation|Volkshilfe|Hilfswerk|"
                  r"Malteser|Johanniter|Arbeiter-Samariter-Bund|ASB|Samariterverein|Justice[ \t]de[ \t]paix|"
                  r"Service[ \t]de[ \t]protection[ \t]de[ \t]la[ \t]jeunesse|SPJ|Office[ \t]de[ \t]protection[ \t]de"
                  r"[ \t]l'enfant|OPE|Protezione[ \t](?:dei[ \t]minori|degli[ \t]adulti))")
SERVICE_BODY = re.compile(
    rf"(?<![\w-])(?P<v>{_SERVICE_HEADS}[ \t](?:(?:Kanton|Kantons|Kreisverband|Landesverband|Bezirksstelle|Ortsverband|"
    rf"Region|Bezirk|Kreis|Stadt|Landkreis|section|sezione|canton|du[ \t]canton[ \t]de|del[ \t]cantone)[ \t])?"
    rf"(?:{_REGIONAL_ADJ}|[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*(?:[ \t](?:{'|'.join(sorted(_NAME_TAILS, key=len))}|"
    rf"[{UP}][{LO}]+))?))")
SERVICE_RULE = Gated(literal_starts(SERVICE_BODY), (
    "Croix-Rouge", "Croce Rossa", "Kreuz", "SRK", "DRK", "ÖRK", "BRK", "KESB", "APEA", "Spitex", "SPITEX", "Senectute",
    "Jugendamt", "Sozialamt", "Kinderschutz", "Caritas", "Diakonie", "Sozialstation", "Volkshilfe", "Hilfswerk",
    "Malteser", "Johanniter", "Samariter", "ASB", "Justice de paix", "protection", "SPJ", "OPE", "Protezione"))
# "American Red Cross", "<County> Red Cross" (the English name before the head).
RED_CROSS_EN = re.compile(rf"(?<![\w-])(?P<v>(?:[{UP}][{LO}]+[ \t]){{1,3}}Red[ \t]Cross(?:[ \t]of[ \t][{UP}][{LO}]+)?)")
RED_CROSS_RULE = Gated(RED_CROSS_EN, ("Red Cross",))
_NOT_SERVICE_NAMES = words("""
und and oder or mit with für for von vom bei zur zum im am in an auf über the der die das den dem des
""") | TIME_WORDS

# --- Romance practices with a specialty adjective ---------------------------------------------------------------
ROMANCE_PRACTICE = re.compile(
    rf"(?<![\w-])(?P<v>(?:Ambulatorio|Poliambulatorio|Studio|Consultorio|Centro|Cabinet|Centre)[ \t]"
    rf"[{LO}]{{4,}}(?:ico|ica|ici|ique|iques|istico|istica|ale|aire)"
    rf"(?:[ \t](?:de[ \t]la|de[ \t]l'|du|des|de|d'|di|della|dell'|del|dei)[ \t]?|[ \t])"
    rf"(?P<name>[{UP}][{LO}]+(?:[- ][{UP}][{LO}]+)?))")
ROMANCE_RULE = Gated(literal_starts(ROMANCE_PRACTICE), ("Ambulatorio", "ambulatorio", "Studio", "Consultorio",
                                                         "Centro", "Cabinet", "Centre"))

# --- English specialty institutes, charity clinics, VA --------------------------------------------------------
_EN_SPECIALTY = (r"(?:Heart|Vascular|Vein|Veins|Cancer|Spine|Eye|Kidney|Lung|Brain|Stroke|Joint|Bone|Sleep|Pain|"
                 r"Wound|Breast|Skin|Laser|Foot|Ankle|Hand|Sports[ \t]Medicine|Women's|Children's|Cardiovascular|"
                 r"Neuroscience|Neurosciences|Endocrine|Diabetes|Fertility|Hearing|Allergy|Digestive|Liver)")
_EN_INSTITUTE = (r"(?:Institute|Center|Centre|Clinic|Clinics|Specialists|Associates|Group|Care|Partners)")
# A name ends at a clause end or before a lower-case word ("... & Vascular last year", "... – Wirral for PET").
_NAME_END = r"(?=[ \t]*(?:[;,.()\n]|$)|[ \t]+[a-z])"
EN_SPECIALTY_SITE = re.compile(
    rf"(?<![\w’'-])(?P<v>(?P<n>[{UP}][\w{LO}’'.-]*+[ \t](?:(?:[{UP}][\w{LO}’'.-]*+|&)[ \t]){{0,3}}?){_EN_SPECIALTY}"
    rf"(?:[ \t](?:and|&)[ \t]{_EN_SPECIALTY})?(?:[ \t]{_EN_INSTITUTE}|{_NAME_END})"
    rf"(?P<tail>[ \t]?[–—-][ \t]?[{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+)?{_NAME_END})?)")
# (Its first capital first, not tried at every position: round 16.)
EN_SPECIALTY_RULE = Gated(literal_starts(EN_SPECIALTY_SITE), (" & ", " and ", "Institute", "Center", "Centre", "Clinic",
                                                              "Specialists", "Associates", "Group", "Care", "Partners"))
CHARITY_CLINIC = re.compile(
    rf"(?<![\w’'-])(?P<v>(?:(?:St\.?|Saint)[ \t][{UP}][{LO}]+(?:[ \t](?:de|of|the|du|da)[ \t][{UP}][{LO}]+)?"
    rf"|(?:[{UP}][\w{LO}’'-]*+[ \t]){{1,3}}?(?=(?:free|charity|community|walk-in)[ \t]))"
    rf"[ \t]?(?:(?:free|charity|community|walk-in)[ \t])?(?:clinic|hospice|hospital|surgery|centre|center))(?![\w-])")
CHARITY_RULE = Gated(CHARITY_CLINIC, ("free clinic", "charity clinic", "community clinic", "walk-in clinic",
                                      "St. ", "St ", "Saint "))
TOWN_VA = re.compile(rf"(?<![\w’',-])(?P<v>(?:[{UP}][{LO}]+[ \t]){{1,3}}VA)"
                     rf"(?=[ \t]*(?:[;.)\n]|,[ \t]*(?:\d|[A-Z][a-z])|$|"
                     rf"[ \t](?:for|on|in|and|with|showed|shows|dated|from|records|films|images)\b))")
VA_RULE = Gated(TOWN_VA, (" VA",))
_SENTENCE_WORDS = words("""
the a an our your their his her this that outside prior previous local nearest nearby same from at to by via
with and or of in on for referred transferred seen admitted films images studies records care see per patient
attends attended
""")
_NOT_EN_NAMES = _SENTENCE_WORDS | NOT_FACILITY_NAMES

# --- Portals named by their domain ------------------------------------------------------------------------------
PORTAL_DOMAIN = re.compile(r"(?:via|über|per|par|tramite|through|from|by|bei|von|auf)[ \t]+(?P<v>(?:www\.)?[a-z0-9]"
                           r"[a-z0-9-]{2,40}\.(?:ch|de|at|com|org|net|eu|it|fr|health|care|io))(?![\w.-])")
# (from its literal starts in the shared pass; round 19 of speed)
PORTAL_RULE = Gated(literal_starts(PORTAL_DOMAIN), (".ch", ".de", ".at", ".com", ".org", ".net", ".eu", ".it", ".fr",
                                                    ".health", ".care", ".io"))


def _romance_name_ok(name: str) -> bool:
    """True for a name after a Romance practice's specialty adjective: a listed town, or no clinical or care noun
    and no adjective ("Centro oncologico Chemioterapia", "Cabinet dentaire Panoramique" name no practice)."""
    first = re.split(r"[- ]", name)[0]
    if name in towns() or first in towns():
        return True
    return not is_care_noun(first) and not first.lower().endswith(_ROMANCE_ADJ_ENDS)


_ROMANCE_ADJ_ENDS = ("ique", "iques", "ico", "ica", "ici", "iche", "istico", "istica", "aire", "ale", "ali")
_EN_SPECIALTY_WORDS = words("""
heart vascular vein veins cancer spine eye kidney lung brain stroke joint bone sleep pain wound breast skin laser
foot ankle hand sports medicine women's children's cardiovascular neuroscience neurosciences endocrine diabetes
fertility hearing allergy digestive liver & and
""")


def _trimmed_front(text: str, start: int, end: int, stop: frozenset[str] = _NOT_EN_NAMES) -> int | None:
    """The start after sentence and department words (`stop`) at the front of a name run; None when nothing is
    left."""
    for t in re.finditer(r"\S+", text[start:end]):
        if t.group().lower().strip("'’.") not in stop:
            return start + t.start()
    return None


def service_site_hits(text: str, lowered: str) -> list[Hit]:
    """INSTITUTION hits of facilities named by a type compound, a service body, a specialty institute, a charity
    clinic, a town before "VA" or a portal's domain; `lowered` is text.lower()."""
    hits = _de_type_hits(text, lowered)
    for m in MVZ_RULE.finditer(text, lowered):
        first = m.group("v").split()[0]
        if first.lower() not in _ARTICLE_LIKE and first.lower() not in TIME_WORDS:
            hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    for m in SERVICE_RULE.finditer(text, lowered):
        last = m.group("v").split()[-1]
        if last.lower() in _NOT_SERVICE_NAMES or (is_care_noun(last) and last not in towns()):
            continue  # what the service does, no place: "SPITEX Pflege / Einsatz / Nachsorge" (review 19)
        if last[:1].islower() or is_de_name_word(last.split("-")[0]) or last.lower() in _NAME_TAILS:
            hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    for rule in (RED_CROSS_RULE, EN_SPECIALTY_RULE, CHARITY_RULE, VA_RULE):
        for m in rule.finditer(text, lowered):
            start = _trimmed_front(text, m.start("v"), m.end("v"),
                                   _SENTENCE_WORDS if rule is CHARITY_RULE else _NOT_EN_NAMES)
            if start is None:
                continue
            if rule is EN_SPECIALTY_RULE:
                # A name word must stand before the specialty: "Heart and Vascular Institute" alone is a kind.
                name_end = m.end("n")
                name_words = text[start:name_end].split()
                if start >= name_end or any(w.lower() in _NOT_EN_NAMES for w in name_words[1:]) or all(
                        w.lower() in _EN_SPECIALTY_WORDS for w in name_words):  # "Vein & Laser treatment"
                    continue  # "Rapid Access Chest Pain Clinic": a body word inside names a kind of clinic
                # Without an institute word the pair needs "&" or "and" ("<Name> Vein & Laser").
                value = m.group("v")
                if not re.search(_EN_INSTITUTE + r"(?:[ \t]?[–—-]|\Z)", value) and " & " not in value:
                    continue
            hits.append(Hit(start, m.end("v"), "INSTITUTION", "rule"))
    hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in ROMANCE_RULE.finditer(text, lowered)
                if _romance_name_ok(m.group("name")))
    hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in PORTAL_RULE.finditer(text, lowered))
    return hits
