"""Institutions named without a hospital keyword (round 20b): language services, clubs, schools, employers,
public authorities and practices named by a place word: INSTITUTION.

Each rule takes a class by its cue and the shape of the name after it, in DE / AT / CH (German, French, Italian)
and UK / US forms, not by a list of names:
- **interpreter and language services**: an interpreter word ("Dolmetsch*", "Sprachmittl*", "interpreter",
  "interprète", "interprete", "Übersetz*") and, in the same clause, a preposition of the channel ("über",
  "durch", "via", "through", "from", "by", "par", "tramite") or an opening bracket, then a capitalised name
  ("... via <Name> <Name>", "interprète (<Name> <Town>)"); a medium ("via Telefon", "via Zoom"), a language
  ("Dolmetscher (Arabisch)"), a relative ("interpreter (son)") or a common noun stays;
- **sports clubs**: a club abbreviation before its name ("FC / SV / TSV / VfB / VfL / TuS / SpVgg / FSV / ..."
  <Name>), a club compound ("Turnverein / Skiclub / Sportverein <Name>"), a name with "-Sports", "Athlétisme",
  "Rovers", "United", ... after a club cue, "academy of <Name>";
- **schools and kindergartens**: a school head before its name ("Gymnasium / Grundschule / Bezirksschule / Kita /
  Kindergarten / Lycée / Scuola <Name>") or an English school name ending in its kind ("<Name> Primary School",
  "<Name> C of E Primary", "<Name> Academy"); "in der Schule", "at school" stay;
- **employers**: a capitalised name after an employer cue ("Arbeitgeber:", "employer", "works at", "arbeitet
  bei", "Arbeitsunfall bei <Firm>"); a common noun after the cue ("Arbeitsunfall bei Gartenarbeit") stays;
- **public authorities and services with their place**: "Berufsfeuerwehr / Feuerwehr / Polizeiinspektion /
  Jugendamt / Gesundheitsamt / Teleradiologie ... <Place>" ("Jugendamt der Stadt <Town>"), "KH / KBC <Name>";
  the bare body ("die Feuerwehr", "Polizei") stays (a public body's bare name names no one);
- **practices named by a place word**: "<...praxis / ...zentrum / ...ordination> am / an der / im <Place>" and US
  "<Name> <Name> Skilled Nursing / Fertility / Assisted Living".
"""

from __future__ import annotations

import re

from curation.deid.text.care_nouns import CARE_NOUNS
from curation.deid.text.common import LO, LOWER_GATES, UP, Hit, literal_starts, words
from curation.deid.text.facilities import NOT_FACILITY_NAMES, TIME_WORDS, is_de_name_word
from curation.deid.text.given_names import is_any_given_name, is_given_name
from curation.deid.text.names import STATUS_WORDS, is_plain_name_word
from curation.deid.text.surnames import is_surname
from curation.deid.text.towns import towns

__all__ = ["service_name_hits"]

_CAPW = rf"(?:[{UP}][\w{LO}'’]*+(?:-[{UP}][\w{LO}'’]*+)*|[{UP}]{{2,6}}|&)"
# A capitalised name of one to four words, "de / di / du / of" inside.
_NAME = rf"(?P<v>{_CAPW}(?:[ \t]+(?:(?:de|di|du|del|of|der|am|an)[ \t]+)?{_CAPW}){{0,3}})"

# Words that follow an interpreter cue and name no service: media, languages, relatives, roles (beyond
# names.NOT_NAME_WORDS, which is_de_name_word already refuses).
_NOT_SERVICE = words("""
telephone phone video videodolmetschen zoom teams skype facetime whatsapp handy app tablet ipad arabe arabo
turc turco russe russo persian paschtu tigrinisch kurdish kurmanji sorani bulgarisch ungarisch hungarian
espagnol spagnolo portugiesisch français italiano english anglais inglese german allemand tedesco chinesisch
chinese vietnamesisch thai bengalisch amharisch gebärdensprache bsl asl lsf dgs mann bruder schwester mutter
vater angehörige angehöriger freund freundin nachbar nachbarin brother sister mother father family friend
relative fils fille mari femme frère mère père figlio figlia marito fratello sorella madre padre mrs ms miss
dr. signora madame mme sig dolmetscher dolmetscherin interpreter interprète interprete übersetzer
übersetzerin
""")

_INTERPRETER = literal_starts(
    re.compile(
        r"(?i:(?<![\w])(?:\w*dolmetsch\w*|sprachmittl\w*|interpreters?|interprètes?|interpret[ei]|übersetz\w*|"
        r"traduct\w*|tradutt\w*|language[ \t]line|language[ \t]services?))"
        rf"(?P<gap>(?:[ \t]+(?:[\w{LO}.-]+|\([^()\n]{{1,30}}\))){{0,4}}?)"
        r"(?:[ \t]*:[ \t]*|[ \t]*\([ \t]*|[ \t]+(?:über|durch|via|through|from|by|with|par|chez|tramite|von|vom|de|du|"
        r"des|dal|della|dello|booked[ \t]+(?:via|through|with))[ \t]+)"
        rf"{_NAME}"
    )
)
# A bracketed aside between the cue and its colon: "Dolmetscherin (<language>) per Video:", "Interpreter (<Language>,
# telephone):" (round 24b).
_ASIDE = re.compile(r"\([^()\n]*\)")
_INTERPRETER_GATE = LOWER_GATES.register(
    ("dolmetsch", "sprachmittl", "interpr", "übersetz", "traduct", "tradutt", "language")
)

# Sports clubs.
_CLUB_ABBR = r"(?:1\.[ \t]?FC|FC|SV|TSV|VfB|VfL|VfR|TuS|SpVgg|FSV|SSV|ASV|ESV|TSG|BSC|EHC|SKN|SCR|ZSC|FK|AFC|RFC|USV)"
_CLUB_WORD = (
    r"(?:[\w{LO}]*(?:[Vv]erein|[Cc]lub|[Kk]lub)|Eintracht|Borussia|Fortuna|Alemannia|Olympique|Stade|"
    r"Racing|Rovers|United|Wanderers|Albion|Rangers|Harriers|Athletic|Athletics|Athlétisme|Gymnastique|"
    r"Sports?|Calcio|Sportiva|Turnerschaft|Turngemeinde|Sportgemeinschaft)"
).replace("{LO}", LO)
_CLUB = literal_starts(
    re.compile(
        rf"(?<![\w-])(?P<v>{_CLUB_ABBR}[ \t]+[{UP}][\w{LO}'’]*+(?:-[{UP}][\w{LO}'’]*+)*"
        rf"(?:[ \t]+(?:\d{{2,4}}[ \t]+)?[{UP}][\w{LO}'’]*+(?:-[{UP}][\w{LO}'’]*+)*){{0,2}})(?![\w-])"
    )
)
# A name holding a club word after a club cue: "Kader des <Name>", "(<Town>-Sports <Name>)", "academy of <Name>".
_CLUB_CUE = literal_starts(
    re.compile(
        r"(?<![\w])(?:Kader|Verein|Mitglied|Spieler(?:in)?|Mannschaft|Trainer(?:in)?|Turnier|Wettkampf|Training|"
        r"academy|club|squad|plays[ \t]for|compétition|club|joue|équipe|squadra|gioca|gara|partita|torneo|match)"
        r"(?:[ \t]+(?:of|for|at|des|der|beim|bei|im|vom|von|à|au|pour|du|de|la|le|per|nel|con|del|della|the|in))*"
        rf"[ \t]*\(?[ \t]*{_NAME}"
    )
)
_CLUB_WORD_RE = re.compile(rf"(?<![\w]){_CLUB_WORD}(?![\w])")
_ACADEMY_OF = re.compile(r"(?i:academy)[ \t]+of[ \t]+\Z")
_CLUB_GATE = LOWER_GATES.register(
    (
        "fc ",
        "sv ",
        "tsv ",
        "vfb ",
        "vfl ",
        "vfr ",
        "tus ",
        "spvgg",
        "fsv ",
        "ssv ",
        "asv ",
        "esv ",
        "tsg ",
        "bsc ",
        "ehc ",
        "skn ",
        "scr ",
        "zsc ",
        "fk ",
        "afc ",
        "rfc ",
        "usv ",
        "verein",
        "club",
        "klub",
        "academy",
        "kader",
        "sports",
        "athl",
        "gymnastique",
        "rovers",
        "united",
        "wanderers",
        "albion",
        "rangers",
        "harriers",
        "eintracht",
        "borussia",
        "fortuna",
        "calcio",
        "sportiva",
    )
)

# Schools and kindergartens: a head before the name, or an English name ending in its kind.
_SCHOOL_HEAD = (
    r"(?:Sport)?(?:Gymnasium|Realschule|Hauptschule|Grundschule|Volksschule|Mittelschule|Bezirksschule|"
    r"Sekundarschule|Primarschule|Gesamtschule|Oberschule|Berufsschule|Kantonsschule|Förderschule|"
    r"Gemeinschaftsschule|Fachoberschule|Handelsschule|Waldorfschule|Montessorischule|Kindergarten|"
    r"Kita|KiTa|Kindertagesstätte|Kinderkrippe|Krippe|Hort|Lycée|Collège|École|Ecole|Scuola|Liceo|"
    r"Istituto[ \t]comprensivo|Scuola[ \t]media|Scuola[ \t]elementare|Asilo(?:[ \t]nido)?)"
)
_SCHOOL = literal_starts(
    re.compile(
        rf"(?<![\w-])(?P<v>{_SCHOOL_HEAD}[ \t]+(?:(?:de|du|des|la|le|di|am|an[ \t]der|im|St\.?)[ \t]+)?"
        rf"[{UP}][\w{LO}'’]*+(?:-[{UP}][\w{LO}'’]*+)*(?:[ \t]+[{UP}][\w{LO}'’]*+(?:-[{UP}][\w{LO}'’]*+)*){{0,2}})"
        r"(?![\w-])"
    )
)
_SCHOOL_EN = re.compile(
    rf"(?<![\w-])(?P<v>(?:(?:St\.?|Saint)[ \t]+)?[{UP}][\w{LO}'’]*+(?:[ \t]+[{UP}][\w{LO}'’]*+){{0,3}}"
    r"(?:[ \t]+C[ \t]of[ \t]E|[ \t]+CofE|[ \t]+RC|[ \t]+Catholic)?"
    r"[ \t]+(?:(?:Primary|Junior|Infant|Secondary|High|Grammar|Middle|Elementary|Prep(?:aratory)?|Community|"
    r"Nursery|Sixth[ \t]Form)(?:[ \t]+(?:School|Academy|College))?|School|Academy))(?![\w-])"
)
_SCHOOL_EN_RULE = literal_starts(_SCHOOL_EN)
_SCHOOL_GATE = LOWER_GATES.register(
    (
        "schule",
        "gymnasium",
        "kita",
        "kinder",
        "krippe",
        "hort ",
        "lycée",
        "collège",
        "école",
        "ecole",
        "scuola",
        "liceo",
        "istituto",
        "asilo",
        "school",
        "primary",
        "academy",
        "c of e",
    )
)
# Words that open no school name before its kind ("Medical School", "High School" after a generic word).
_NOT_SCHOOL_NAME = words("""
the a an at in of to from by and or his her their our my medical nursing dental high primary secondary
junior middle school academy local state public private new same this that
""")

# Employers.
_EMPLOYER = literal_starts(
    re.compile(
        r"(?<![\w])(?:Arbeitgeber(?:in)?|[Ee]mployer|[Ee]mployed[ \t](?:by|at)|[Ww]orks[ \t](?:at|for)|"
        r"[Ww]orking[ \t](?:at|for)|arbeitet[ \t](?:bei|für)|tätig[ \t]bei|angestellt[ \t]bei|beschäftigt[ \t]bei|"
        r"Arbeitsunfall[ \t]bei|Betriebsunfall[ \t]bei|Arbeitsunfall[ \t]in[ \t]der[ \t]Firma|Firma|"
        r"travaille[ \t](?:chez|pour)|employeur|lavora[ \t](?:presso|per)|datore[ \t]di[ \t]lavoro)"
        rf"[ \t]*:?[ \t]+{_NAME}"
    )
)
_EMPLOYER_GATE = LOWER_GATES.register(
    (
        "arbeitgeber",
        "employ",
        "works ",
        "working ",
        "arbeitet",
        "tätig",
        "angestellt",
        "beschäftigt",
        "unfall bei",
        "firma",
        "travaille",
        "lavora",
        "datore",
    )
)
_LEGAL = re.compile(r"(?<![\w])(?:AG|GmbH|Ltd|Limited|Inc|LLC|KG|SA|Sàrl|SpA|Srl|plc|PLC|Co|OG|SE)\.?\Z")

# Public authorities, emergency services and hospital short forms with their place or name.
_AUTHORITY = literal_starts(
    re.compile(
        r"(?<![\w-])(?P<v>(?P<head>Berufsfeuerwehr|Freiwillige[ \t]Feuerwehr|Feuerwehr|Betriebsfeuerwehr|Werkfeuerwehr|"
        r"Polizeiinspektion|Polizeiposten|Polizeiwache|Polizeirevier|Polizeidirektion|Polizeipräsidium|"
        r"Polizeikommissariat|Kantonspolizei|Stadtpolizei|Landespolizeidirektion|Jugendamt|Sozialamt|"
        r"Gesundheitsamt|Ordnungsamt|Versorgungsamt|Kinder-[ \t]und[ \t]Jugendhilfe|KESB|Bezirkshauptmannschaft|"
        r"Teleradiologie|Teleradiology|Téléradiologie|Teleradiologia|KH|KBC)"
        r"(?:[ \t]+(?:der[ \t]Stadt|des[ \t]Landkreises|des[ \t]Kreises|der[ \t]Gemeinde|des[ \t]Bezirks|Landkreis|"
        r"Kreis|Stadt|Bezirk|Region|Kanton|PI|PK|de|du|di|von))?"
        rf"(?:[ \t]+[{UP}][\w{LO}'’]*+(?:-[{UP}][\w{LO}'’]*+)*){{1,3}})(?![\w-])"
    )
)
_AUTHORITY_GATE = LOWER_GATES.register(
    (
        "feuerwehr",
        "polizei",
        "jugendamt",
        "sozialamt",
        "gesundheitsamt",
        "ordnungsamt",
        "versorgungsamt",
        "jugendhilfe",
        "kesb",
        "bezirkshaupt",
        "teleradiolog",
        "téléradiolog",
        "screening-einheit",
        "kh ",
        "kbc ",
    )
)
# Practices named by a place word: "<...praxis> am <Place>", US "<Name> <Name> Skilled Nursing".
_PLACE_PRACTICE = literal_starts(
    re.compile(
        rf"(?<![\w-])(?P<v>[{UP}][\w{LO}]*(?:praxis|zentrum|ordination|Praxis|Zentrum|Ordination|institut|Radiologie|"
        r"MVZ)(?:[ \t]+(?:für[ \t]+)?[\w{LO}]+)?[ \t]+(?:am|an[ \t]der|an[ \t]den|im|auf[ \t]der|auf[ \t]dem|beim|"
        rf"vor[ \t]dem)[ \t]+[{UP}][\w{LO}'’]*+(?:-[{UP}][\w{LO}'’]*+)*)(?![\w-])".replace("{LO}", LO)
    )
)
_CARE_KIND = literal_starts(
    re.compile(
        rf"(?<![\w-])(?P<v>(?:[{UP}][\w{LO}'’]*+[ \t]+){{1,3}}(?:Skilled[ \t]Nursing(?:[ \t](?:Facility|Center|Home))?|"
        r"Fertility(?:[ \t](?:Center|Centre|Clinic|Institute))?|Assisted[ \t]Living|Senior[ \t]Living|"
        r"Memory[ \t]Care|Nursing[ \t](?:Home|Center|and[ \t]Rehab(?:ilitation)?)))(?![\w-])"
    )
)
# (Each gate a head and its place preposition, so that the rule runs only on the few reports that hold one:
# "Praxis" or "Zentrum" alone stand in most German reports.)
_PLACE_PREPS = ("am ", "an der ", "an den ", "im ", "auf der ", "auf dem ", "beim ", "vor dem ")
_PLACE_GATE = LOWER_GATES.register(
    tuple(
        f"{head} {prep}"
        for head in ("praxis", "zentrum", "ordination", "institut", "radiologie", "mvz")
        for prep in _PLACE_PREPS
    )
)
_CARE_GATE = LOWER_GATES.register(
    (
        "skilled nursing",
        "fertility",
        "assisted living",
        "senior living",
        "memory care",
        "nursing home",
        "nursing center",
        "nursing and",
    )
)
_GENERIC = NOT_FACILITY_NAMES | words("""
skilled fertility assisted senior memory nursing home general
""")


_CONNECTOR_WORDS = ("&", "de", "di", "du", "del", "of", "der", "am", "an")
_CONNECTORS = frozenset(_CONNECTOR_WORDS)
# Connectors and an ampersand trailing a name ("Meier &", "Scuola di").
_TRAILING_CONNECTORS = re.compile(rf"(?:[ \t]+(?:{'|'.join(map(re.escape, _CONNECTOR_WORDS))}))+\Z")

# Review of round 20b: words that follow a school, employer, interpreter or authority cue without naming anyone
# (a school's class or lesson, a kind of work or workplace, a generic employer, a language or a staff role, a
# test result or a side). A value names a house only when one of its words looks like a name: no word of this list,
# and a listed surname, given name or town or a capitalised word in none of the common, clinical or role vocabularies
# ("Klasse", "Sturz", "Montage Arbeiten", "Building Site", "NHS Trust", "British Sign Language", "Pflegekraft
# Station", "KBC Positiv" stay).
_NOT_NAME_NOUNS = words("""
klasse klassen stufe jahrgang jahrgangsstufe schulklasse pause schulhof pausenhof turnhalle sport schulsport
sportstunde ausflug klassenfahrt abschluss abitur matura prüfung lehrer lehrerin schüler schülerin
primaire secondaire maternelle élémentaire elementaire primaria secondaria elementare media infanzia
montage arbeiten arbeit baustelle betrieb werk werkstatt lager schicht nachtschicht frühschicht spätschicht
eigenbau eigenregie prothese implantat material maschine gerät leiter gerüst dach garten haushalt
building site construction road traffic control work works office warehouse factory farm home shift night
heavy lifting asbestos exposure notified informed contacted aware nhs trust county city borough council authority
agency company firm employer
british american english irish scottish welsh french swiss german austrian italian spanish sign language line
pflegekraft pflegekräfte pflegepersonal personal personals staff nurse nurses porter pfleger pflegerin
positiv negativ positive negative rechts links right left beidseits bilateral
back neck normal usual regular special nursery kindergarten
douleur fièvre toux chute dolore febbre caduta pain fever cough fall
""")
# German noun endings that close no name of a school, firm or service ("Blockunterricht", "Pflegekraft").
_NOT_NAME_ENDINGS = ("unterricht", "arbeiten", "arbeit", "kraft", "kräfte", "personal", "schicht", "stunde")


def _looks_like_name(word: str) -> bool:
    """True for a word that can name a school, firm or service: no word of _NOT_NAME_NOUNS, and a listed surname,
    given name or town or a capitalised word that is no common, clinical, role or school-and-work noun."""
    word = word.strip(".,;:()")
    if not word[:1].isupper():
        return False
    low = word.lower()
    if low in _NOT_NAME_NOUNS:
        return False  # (a word of these vocabularies that is also a given name: "Line", "Site")
    if is_surname(word) or is_any_given_name(word) or word in towns():
        return True
    return not (
        low in CARE_NOUNS
        or low.endswith(_NOT_NAME_ENDINGS)
        or low in NOT_FACILITY_NAMES
        or low in _NOT_SERVICE
        or not is_de_name_word(word)
        or not is_plain_name_word(word)
    )


def _names_someone(name: str) -> bool:
    """True when one of the words of `name` (connectors aside) looks like a name."""
    return any(_looks_like_name(w) for w in _name_words(name))


def _name_words(name: str) -> list[str]:
    return [w for w in name.split() if w.lower() not in _CONNECTORS]


def _proper(name: str) -> bool:
    """True for a name whose first word is no common noun, medium, language, relative or title and which is not a
    lone given name."""
    parts = _name_words(name)
    if not parts:
        return False
    first = parts[0].rstrip(".")
    if (
        first.lower() in _NOT_SERVICE
        or first.lower() in STATUS_WORDS  # "Interpreter: Pending / Booked / Not required" (mend of 24b)
        or not is_de_name_word(first)
        or first.lower() in NOT_FACILITY_NAMES
    ):
        return False
    if len(parts) == 1:
        return not is_given_name(first)
    # "interpreter: <Given> <Surname>" is a person (left to the person rules), not a service.
    return not (len(parts) == 2 and is_any_given_name(first) and is_surname(parts[1]) and parts[1] not in towns())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The name without trailing connectors or an ampersand."""
    value = text[start:end]
    stripped = _TRAILING_CONNECTORS.sub("", value)
    return start, start + len(stripped)


# Fix round 23a: where the cue's first name is a language, medium or person ("Interpreter (Sorani) via The Big Word",
# "Interpreter: Arabic, Khaled (ID #40812), via LanguageLine"), the service follows later on its line after a
# channel preposition; no sentence ends between ("Dolmetscher (Arabisch). Via Eingang Nord").
_CHANNEL_LATER = re.compile(rf"[^\n]{{0,60}}?(?<![\w])(?:via|über|through|par|tramite)[ \t]+{_NAME}")


# Mend of round 23a: the later name is a service only in a service's shape: a brand glued in CamelCase
# ("LanguageLine"), a language or interpreting word in it ("Voiceline Interpreting", "Global Voices", "The Big
# Word", "Dolmetschzentrale Wien") or a listed provider ("Triaphon"); never an access, device or place ("via Port",
# "via PICC", "via Radial Artery", "über Zentralvenenkatheter", "through Main Entrance", "via Hickman Line").
# An access clause between the cue and the channel ("; access via", ", Zugang via") is not the interpreter's.
_SERVICE_WORD = re.compile(
    r"(?i:interpr[eé]t|language|lingu|translat|voices?\b|word\b|dolmetsch|übersetz|sprach|traduc|tradutt)"
)
_CAMEL_BRAND = re.compile(rf"[{UP}][{LO}]+[{UP}][{LO}]+")
_PROVIDERS = frozenset({"Triaphon", "CyraCom", "Propio", "Lionbridge", "Telelanguage"})
_ACCESS_BETWEEN = re.compile(r"(?i:;|\baccess\b|\bzugang\b|\babord\b)")
# A sentence end between the cue and the channel ("Dolmetscher (Arabisch). Via Eingang Nord").
_SENTENCE_END = re.compile(r"[.!?](?:[ \t]|$)")


# Round 24b: a consent form lists the interpreter, then an ID or a medium, then the service, by commas or in a
# bracket ("Dolmetscherin (<Language>): <Given> <Surname>, Dolmetscherdienst <Brand> <Town>", "Interpreter: <Given>,
# interpreter ID <ID>, <Brand>", "<Given> <Surname>, ID #<n>, video (<Brand>)"); the item is a service only in a
# service's shape (`_service_like`), never a witness, a role or a ward ("witness: <Name>, RN").
_LISTED_LATER = re.compile(rf"(?:,[ \t]*|\([ \t]*)(?:The[ \t]+)?{_NAME}")
# A lone given name after the cue's colon, closed by a comma or the line's end: the interpreter ("Interpreter
# (<Language>, telephone): <Given>, interpreter ID ..."); "Interpreter: Will attend", "Interpreter: Polish" stay.
_COLON_GIVEN = re.compile(rf"[^:\n]{{0,50}}?:[ \t]*(?P<v>[{UP}][{LO}]+)(?=[ \t]*(?:,|$))", re.MULTILINE)


def _later_service(text: str, start: int) -> tuple[int, int] | None:
    """The span of a service named later on the cue's line after `start`: after a channel preposition ("via
    <Brand>") or as a listed item after a comma or in a bracket; None where a sentence ends or an access clause
    comes between, or where no later name has a service's shape."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else min(line_end, start + 80)
    if (stop := _SENTENCE_END.search(text, start, line_end)) is not None:
        line_end = stop.start()
    candidates = []
    if (c := _CHANNEL_LATER.match(text, start)) is not None and c.start("v") < line_end:
        candidates.append(c)
    candidates.extend(_LISTED_LATER.finditer(text, start, line_end))
    for c in candidates:
        core = c.group("v").removeprefix("The ")  # "via The Big Word": the article opens the brand's name
        if (
            core
            and _service_like(core)
            and _ACCESS_BETWEEN.search(text, start, c.start("v")) is None
            and _names_someone(core)
            and (_proper(core) or _SERVICE_WORD.match(core) is not None)  # "Dolmetscherdienst <Brand> <Town>"
        ):
            return _trimmed(text, c.start("v"), c.end("v"))
    return None


def _service_like(name: str) -> bool:
    return (
        _SERVICE_WORD.search(name) is not None
        or _CAMEL_BRAND.fullmatch(name.split()[0]) is not None
        or name.split()[0] in _PROVIDERS
    )


def _interpreter_hits(text: str) -> list[Hit]:
    hits = []
    for m in _INTERPRETER.finditer(text):
        gap = _ASIDE.sub("", m.group("gap"))  # (a language and a medium in brackets: round 24b)
        if any(c in gap for c in ",;.") and not gap.strip().endswith("."):
            continue
        name = m.group("v")
        proper = _proper(name) and _names_someone(name)
        later = _later_service(text, m.end("v")) if not (proper and _service_like(name)) else None
        if proper and later is None:
            hits.append(Hit(*_trimmed(text, m.start("v"), m.end("v")), "INSTITUTION", "rule"))
        elif proper:  # a name in no service's shape before a listed service: the interpreter (round 24b)
            hits.append(Hit(*_trimmed(text, m.start("v"), m.end("v")), "PERSON", "rule"))
        if later is not None:
            hits.append(Hit(*later, "INSTITUTION", "rule"))
        if not proper:
            given = _COLON_GIVEN.match(text, m.end("gap"))
            if given is not None and is_given_name(given.group("v")) and given.group("v").lower() not in _NOT_SERVICE:
                hits.append(Hit(given.start("v"), given.end("v"), "PERSON", "rule"))
    return hits


def _club_hits(text: str) -> list[Hit]:
    hits = []
    for m in _CLUB.finditer(text):
        name = m.group("v").split(None, 1)[1] if " " in m.group("v") else ""
        if _proper(name):
            hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    for m in _CLUB_CUE.finditer(text):
        name = m.group("v")
        academy = _ACADEMY_OF.search(text, max(0, m.start("v") - 12), m.start("v"))
        if (academy or _CLUB_WORD_RE.search(name)) and _proper(name):
            hits.append(Hit(*_trimmed(text, m.start("v"), m.end("v")), "INSTITUTION", "rule"))
    return hits


def _school_hits(text: str) -> list[Hit]:
    hits = []
    for m in _SCHOOL.finditer(text):
        head_end = len(m.group("v")) - len(m.group("v").split(None, 1)[-1])
        name = m.group("v")[head_end:]
        if name.startswith(("St ", "St. ")):
            hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
        elif _proper(name) and _names_someone(name):
            # Trailing words that name no one are the sentence's ("Grundschule Lindenhof Sturz"), not the school's.
            end = m.end("v")
            while not _looks_like_name(text[text.rfind(" ", 0, end) + 1 : end]):
                end = text.rfind(" ", 0, end)
            hits.append(Hit(m.start("v"), end, "INSTITUTION", "rule"))
    for m in _SCHOOL_EN_RULE.finditer(text):
        first = m.group("v").split()[0]
        if first.lower() not in _NOT_SCHOOL_NAME and (first in {"St", "St.", "Saint"} or _looks_like_name(first)):
            hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    return hits


def _employer_hits(text: str) -> list[Hit]:
    hits = []
    for m in _EMPLOYER.finditer(text):
        name = m.group("v")
        parts = _name_words(name)
        if not (_proper(name) and _names_someone(name)):
            continue
        # One word only with a legal form or as a compound firm name ("Holzbau Gruber" has two).
        if len(parts) == 1 and not _LEGAL.search(name):
            continue
        hits.append(Hit(*_trimmed(text, m.start("v"), m.end("v")), "INSTITUTION", "rule"))
    return hits


# The words between an authority and its place ("Jugendamt der Stadt <Town>", "Polizeiinspektion PI <Town>").
_AUTHORITY_LINKS = frozenset(
    {
        "der",
        "des",
        "Landkreis",
        "Landkreises",
        "Kreis",
        "Kreises",
        "Gemeinde",
        "Stadt",
        "Bezirk",
        "Bezirks",
        "Region",
        "Kanton",
        "PI",
        "PK",
        "de",
        "du",
        "di",
        "von",
    }
)
_TELERADIOLOGY = re.compile(r"T[eé]l[eé]-?radiolog")


def _authority_hits(text: str) -> list[Hit]:
    hits = []
    for m in _AUTHORITY.finditer(text):
        tail = m.group("v").split()[-1]
        name = [w for w in text[m.end("head") : m.end("v")].split() if w not in _AUTHORITY_LINKS]
        if name and _looks_like_name(name[0]) and is_de_name_word(tail) and tail.lower() not in NOT_FACILITY_NAMES:
            # A teleradiology service keeps its service word, its name or region is the house (as tests/dev14fj).
            start = (
                m.start("v") + len(m.group("v").split()[0]) + 1 if _TELERADIOLOGY.match(m.group("v")) else m.start("v")
            )
            hits.append(Hit(start, m.end("v"), "INSTITUTION", "rule"))
    return hits


# A site, a time or a part of the house after the preposition is no place name ("Brustzentrum am Standort",
# "Radiologie am Nachmittag").
_NOT_PLACES = TIME_WORDS | words("standort standorten campus haus eingang empfang telefon termin klinikum spital")


def _place_hits(text: str) -> list[Hit]:
    return [
        Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule")
        for m in _PLACE_PRACTICE.finditer(text)
        if is_de_name_word(place := m.group("v").split()[-1]) and place.lower() not in _NOT_PLACES
    ]


def _care_hits(text: str) -> list[Hit]:
    hits = []
    for m in _CARE_KIND.finditer(text):
        first = m.group("v").split()[0]
        if first.lower() not in _GENERIC and is_de_name_word(first):
            hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    return hits


# Each kind's gate and its hit finder, in output order.
_KINDS = (
    (_INTERPRETER_GATE, _interpreter_hits),
    (_CLUB_GATE, _club_hits),
    (_SCHOOL_GATE, _school_hits),
    (_EMPLOYER_GATE, _employer_hits),
    (_AUTHORITY_GATE, _authority_hits),
    (_PLACE_GATE, _place_hits),
    (_CARE_GATE, _care_hits),
)


def service_name_hits(text: str, lowered: str) -> list[Hit]:
    """INSTITUTION hits of language services, clubs, schools, employers, authorities and place-named practices in
    `text` (`lowered`: its lower-cased copy)."""
    fired = LOWER_GATES.fired(lowered)
    return [hit for gate, kind_hits in _KINDS if gate in fired for hit in kind_hits(text)]
