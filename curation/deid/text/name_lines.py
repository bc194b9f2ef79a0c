"""Person names that no title or field label announces: the shapes of the text decide, given names confirm.

- "Surname, Firstname" (RIS lines, letter subjects, "RE:", "Member:", "Versicherte/r:"): the word after the
  comma must be a given name (given_names.py), so "Leber, Milz:" or "Niere, rechts:" stay; a name whose
  given part is not in the list is still taken when a birth date, id or age follows.
- A bare name opening a line (or a pipe field) before an age, id or birth date: "Nora Lang, 93 J.",
  "Ivo Petrić | MRN ...", the given name in the list.
- Relatives and contacts: "Lebensgefährtin X", "grandson X", "Emergency contact: X", "his sister, X",
  and a name before a relation word in brackets ("X (Tochter)"). After a bare relation word the first
  name word must be a given name ("Kind Emil" is a name, "Kind ohne Fieber" or "Kind regards" are not);
  after a colon any name shape counts.
Hits carry the source "cue": a person cue beats the eponym keep-list ("Frau Parkinson"; scrub.py).
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit, NeedleGate, literal_starts, words
from curation.deid.text.given_names import given_names, is_given_name
from curation.deid.text.names import (
    NAME,
    NAME_BEFORE_DEGREE,
    NAME_SEQ,
    NOT_NAME_WORDS,
    TITLE,
    is_role_word,
    trim_person,
)

_GIVEN = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
# Words that open a "Word, Name" pair without being a surname ("Dear colleague, Anna", "Thanks, Mark").
_NOT_SURNAMES = words("""
dear colleague colleagues kollege kollegin kollegen sir madam team all thanks thank regards hi hello hallo
danke grüße grüßen gruß liebe lieber sehr geehrte geehrter however also and und oder or but aber
cheers best thx ta gruss grüsse lg vg merci grazie saluti cordialement
i ich je io wir we nous noi
""") | NOT_NAME_WORDS
# A department or specialty before the comma is no surname: "Department of Radiology, Cheltenham General Hospital",
# "Neurosurgery, Wessex Unit" (word ends of specialties in English, German, French and Italian).
_DEPARTMENT_ENDS = ("ology", "ologie", "ologia", "iatry", "iatrie", "iatria", "iatrics", "surgery", "chirurgie",
                    "medicine", "medizin", "médecine", "medicina", "imaging", "radiography", "sonography")
# A disease before the comma is no surname either: "Spondylarthrite, Romanus", "Sarkoidose, Löfgren" (word ends of
# inflammations, degenerations, diseases and operations in English, German, French and Italian; none ends a surname).
_DISEASE_ENDS = ("itis", "itiden", "rthrite", "rthrose", "rthrosis", "pathie", "pathy", "pathia", "algie", "algia",
                 "ektomie", "ectomy", "ectomie", "plasie", "plasia", "dysplasia", "osis", "idose", "karzinom",
                 "carcinoma", "carcinome", "syndrom", "syndrome", "sindrome", "sklerose", "sclerosis", "stenose",
                 "stenosis", "fraktur", "fracture", "frattura")
# A staff role before the comma: "Consultant Rheumatologist, Freeman Hospital", "Colorectal Surgeon, Royal ...".
_STAFF_ENDS = ("surgeon", "physician", "nurse", "radiographer", "sonographer", "practitioner", "ologist")
# Found from the comma: a capital after ", " first (a C scan), then the surname before it and the given
# name after it (a pattern with a leading look-behind would be tried at every position of the report).
_COMMA_CAPITAL = re.compile(rf",[ \t]?[{UP}]")
# Also in capitals ("OKONKWO, CHIDI"): then the given name must be in the list, context or not.
_CAPS = rf"[{UP}]{{2,}}(?:[-'][{UP}]{{2,}})?"
# A surname may carry particles ("von Arnim, Bettina", "van den Berg, Pieter", "de Souza Santos, Maria"); a
# second capitalised word only after a particle ("Befund Müller, Anna" leaves "Befund").
# German articles ("der", "den") only after a particle: "in der Leber, Milz" stays.
_SURNAME_PARTICLE = (r"(?:von|van|de|da|di|du|dos|del|della|le|la|ten|ter|Mac|Al|El)[ \t]+"
                     r"(?:(?:der|den|la|le|los|las)[ \t]+)?")
SURNAME_BEFORE = re.compile(rf"(?<![\w.'-])(?P<sur>{_SURNAME_PARTICLE}{NAME}(?:[ \t]+{NAME})?|{NAME}|{_CAPS})\Z")
GIVEN_AFTER = re.compile(rf",[ \t]?(?P<giv>{_GIVEN}|{_CAPS})(?P<mid>[ \t](?:{_GIVEN}|{_CAPS}|[{UP}]\.))?(?![\w'-])")
# A capitalised pronoun of courtesy opening the letter's sentence after the salutation's comma (round 14a): "Egr.
# dott. Bernasconi, Le inviamo ...", "Madame Favre, La remercions": no given name when a lower-case word follows.
_COURTESY_PRONOUNS = frozenset({"Le", "La", "Lei", "Gli", "Les", "Ci", "Vi", "Si", "Ne", "Nous", "Vous"})
_LOWER_AFTER = re.compile(rf"[ \t]+[{LO}]")
# What makes a name shape a person without the list: a birth date, an id label or an age right after it.
_PERSON_CONTEXT = (r"(?:\*|geb\.|geboren|DOB|D\.O\.B|born|MRN|PID|Pat|ID\b|Fall|NHS|CHI|Hosp|SVNR|SV|KV|AHV|"
                   r"Acc|Case|Order|Encounter|FIN\b|Visit|Auftr|Aufn|Versich|Insur|Member|Med\.?[ \t]?Rec|"
                   r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:19|20)\d\d-\d\d-\d\d|"
                   r"\d{1,3}[ \t]?-?[ \t]?(?:jährig|Jahre|J\.|J\b|y/o|yo\b|years?\b|year-old|yrs?\b|ans\b|[MFW]\b|"
                   r"a\b))")
# A classification or code after the "given name" makes it an eponym: "Herbert B2", "Garden III".
_CODE_AFTER = re.compile(r"[ \t]+(?:[A-Z]{1,2}\d|[IVX]{1,4}\b|Typ|Type|Grad|Grade|Stadium|Stage)")
# Roman numerals in capitals are grades and stages, no surname ("Bethesda III, Milan criteria").
_ROMAN = re.compile(r"[IVXL]{1,5}")
_LOWER_WORD_BEFORE = re.compile(rf"(?<![\w.])(?P<w>[{LO}]+)[ \t]+\Z")
# Prepositions before a person are no adjective of a noun: "für Yıldız, Emine", "from Ruiz, Ana".
_PREPOSITIONS = words("für von an bei mit zu durch über for from to with by of per via re an")
CONTEXT_AFTER = re.compile(rf"[ \t]*(?:[,|;(]|[–—-][ \t])?[ \t]*\(?[ \t]*{_PERSON_CONTEXT}")
# A name opening a line or a pipe field: given name(s), then the surname (particles allowed).
_PARTICLE = r"(?:von|van|de|der|zu|den|ter|di|da|das|dos|do|le|De|Da|Van|Von|Di|Le|El|Al|Mac)"
BARE_NAME = re.compile(rf"[ \t]*(?P<v>(?P<giv>{_GIVEN})(?:[ \t](?:{_GIVEN}|[{UP}]\.))?"
                       rf"(?:[ \t]+{_PARTICLE})*[ \t]+{NAME}(?:[ \t]{NAME})?)")
_RELATIONS = (
    r"kontaktperson|ansprechpartner(?:in)?|angehörige[rn]?|bevollmächtigte[rn]?|lebensgefährt(?:e|in)|"
    r"lebenspartner(?:in)?|gro(?:ß|ss)(?:vater|mutter|eltern)|opa|oma|schwieger(?:tochter|sohn|mutter|vater)|"
    r"stief(?:vater|mutter|sohn|tochter)|onkel|tante|cousine?|begleitperson|pflegeperson|vormund|"
    r"emergency[ \t]contact|next[ \t]of[ \t]kin|nok|health[ \t]?care[ \t]proxy|proxy|hcp|poa|"
    r"grand(?:son|daughter|mother|father|parent|child)|(?:daughter|son|mother|father|brother|sister)-in-law|"
    r"step(?:son|daughter|mother|father)|aunt|uncle|cousin|parent|caregiver|carer|spouse|fianc[ée]e?|"
    r"boyfriend|girlfriend|neighbou?r|guardian|contact|daughter|son|wife|husband|brother|sister|mother|"
    r"father|partner(?:in)?|niece|nephew|tochter|sohn|ehefrau|ehemann|gattin|gatte|bruder|schwester|mutter|"
    r"vater|nichte|neffe|enkel(?:in)?|kind|betreuer(?:in)?|eltern|"
    # French and Italian relatives and carers (round 14a): "accompagnée de sa fille Amélie", "son époux Gérard",
    # "dal marito Franco", "la figlia Chiara", "la badante Olena" (not "mamma", the breast in German reports).
    r"mari|époux|épouse|conjointe?|compagnon|compagne|fils|fille|mère|père|frère|s(?:œ|oe)ur|petit-fils|"
    r"petite-fille|grand-(?:mère|père)|oncle|neveu|nièce|aidante?|tut(?:eur|rice)|curat(?:eur|rice)|voisine?|"
    r"gendre|belle-(?:fille|mère|sœur|soeur)|beau-(?:fils|père|frère)|"
    r"marito|moglie|coniuge|compagn[oa]|figli[oa]|madre|padre|papà|fratello|sorella|nipote|nonn[oa]|zi[oa]|"
    r"cugin[oa]|badante|tut(?:ore|rice)|suocer[oa]|genero|nuora|amministratore[ \t]di[ \t]sostegno|"
    # Family words of speech and a spouse named with a possessive: "mum Chelsea", "ihr Mann Klaus", "sa femme Odile",
    # "Mama Svetlana und Papa Dragan" (round 19a: a given name must follow, so "Papa-Kolonie" / "Mama-Ca" stay).
    r"mum|mom|dad|grandma|grandpa|granny|freund(?:in)?|mama|papa|mami|papi|maman|mummy|mommy|daddy|"
    r"ihr(?:em|en|es)?[ \t]+mann|(?:sa|votre)[ \t]+femme|"
    # Staff roles: as for relatives, a given name (or a colon) must follow ("Consultant Radiologist" stays).
    r"consultant|clinician|physician|surgeon|nurse|reader|scheduler|secretary|sekretärin|arzthelferin|"
    r"pflegekraft|stationsarzt|stationsärztin|dienstarzt|dienstärztin|assistenzarzt|assistenzärztin|"
    # Imaging staff (round 14a): with an initial and a surname in no list the role decides ("Radiographer K.
    # Tuilagi", "TRM J. Adebayo", "tecnico di radiologia F. Kamara").
    r"radiographer|technologist|sonographer|mtra|mtr|trm|tsrm|manipulat(?:eur|rice)|technicien(?:ne)?|"
    r"tecnico(?:[ \t]di[ \t]radiologia)?|radiologietechnolog(?:e|in)|röntgenassistent(?:in)?")
# Staff roles whose initial-and-surname follower is a person without a listed given name.
_STAFF = re.compile(r"consultant|clinician|physician|surgeon|nurse|reader|scheduler|secretary|sekretärin|arzthelferin|"
                    r"pflegekraft|stationsarzt|stationsärztin|dienstarzt|dienstärztin|assistenzarzt|assistenzärztin|"
                    r"radiographer|technologist|sonographer|mtra|mtr|trm|tsrm|manipulat(?:eur|rice)|technicien(?:ne)?|"
                    r"tecnico(?:[ \t]di[ \t]radiologia)?|radiologietechnolog(?:e|in)|röntgenassistent(?:in)?")
# A word start (a hyphen before it is checked in code: "Schwieger-" compounds are no relation label).
# A shift word may stand between a staff role and its name: "Nurse on shift: T. Fonoti", "MTRA im Dienst: X".
RELATION = literal_starts(re.compile(rf"\b(?:{_RELATIONS})(?:[ \t]+(?:contact|kontakt|on[ \t](?:shift|duty|call)|"
                                     rf"in[ \t]charge|im[ \t]dienst|de[ \t]garde|du[ \t]jour|di[ \t]turno|"
                                     rf"in[ \t]servizio))?(?![\w-])"))
# "Angehöriger (Neffe): X": a bracketed word between the label and its colon.
NAME_AFTER_RELATION = re.compile(rf"(?P<sep>[ \t]*(?:\([^()\n]{{1,24}}\)[ \t]*)?(?:[:,=]|\(|[ \t]is|[ \t]ist)?)[ \t]*"
                                 rf"(?:{TITLE}[ \t]?)*[ \t]*"
                                 rf"(?P<v>{NAME_SEQ})")
_RELATION_NEEDLES = ("kontakt", "ansprech", "angehörig", "bevollm", "lebens", "groß", "gross", "opa", "oma",
                     "schwieger", "stief", "onkel", "tante", "cousin", "begleit", "pflegeperson", "vormund",
                     "contact", "kin", "nok", "proxy", "hcp", "poa", "grand", "in-law", "step", "aunt", "uncle",
                     "parent", "care", "spouse", "fianc", "friend", "neighb", "guardian", "daughter", "son",
                     "wife", "husband", "brother", "sister", "mother", "father", "partner", "niece", "nephew",
                     "tochter", "sohn", "ehe", "gatt", "bruder", "schwester", "mutter", "vater", "nichte",
                     "neffe", "enkel", "kind", "betreuer", "eltern", "consultant", "clinician", "physician",
                     "surgeon", "nurse", "reader", "scheduler", "secretary", "sekretärin", "arzthelferin",
                     "pflegekraft", "arzt", "ärztin", "mari", "époux", "épouse", "conjoint", "compagn", "fils",
                     "fille", "mère", "père", "frère", "sœur", "soeur", "oncle", "neveu", "nièce", "aidant", "tuteur",
                     "tutrice", "tutore", "curateur", "curatrice", "voisin", "gendre", "belle-", "beau-",
                     "moglie", "coniuge", "figli", "madre", "padre",
                     "papà", "fratello", "sorella", "nipote", "nonn", "zio", "zia", "cugin", "badante", "suocer",
                     "genero", "nuora", "amministratore", "mum", "mom", "dad", "granny", "mama", "papa", "mami",
                     "papi", "freund", "mann", "femme",
                     "radiographer", "technologist", "sonographer", "mtr",
                     "trm", "tsrm", "manipulat", "technicien", "tecnico", "radiologietechnolog", "röntgenassistent")
_RELATION_GATE = NeedleGate(_RELATION_NEEDLES, lower=True)  # from the shared needle pass (round 15)


# A first name after a salutation: "Liebe Anna,", "Dear Priya,", "Hallo Thomas!" (the name must be in the list:
# "Dear Colleague," stays).
SALUTATION = literal_starts(re.compile(rf"(?:Liebe[rs]?|Hallo|Servus|Dear|Hi|Hello)[ \t]+(?P<v>{_GIVEN}"
                                       rf"(?:[ \t]{NAME})?)[ \t]*[,!:]"))


def _salutation_hits(text: str) -> list[Hit]:
    return [_cue(m.start("v"), m.end("v")) for m in SALUTATION.finditer(text)
            if is_given_name(m.group("v").split()[0]) and m.group("v").split()[0].lower() not in NOT_NAME_WORDS]


def _cue(start: int, end: int) -> Hit:
    return Hit(start, end, "PERSON", "cue")


def _surname_given_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    if "," not in text:
        return hits
    for comma in _COMMA_CAPITAL.finditer(text):
        sur = SURNAME_BEFORE.search(text, max(0, comma.start() - 40), comma.start())
        m = GIVEN_AFTER.match(text, comma.start()) if sur else None
        if (m is None or sur.group("sur").lower() in _NOT_SURNAMES
                or sur.group("sur").lower().endswith(_DEPARTMENT_ENDS + _DISEASE_ENDS + _STAFF_ENDS)
                or is_role_word(sur.group("sur").lower())
                or m.group("giv").lower() in NOT_NAME_WORDS
                or _ROMAN.fullmatch(sur.group("sur"))
                or _CODE_AFTER.match(text, m.end("giv"))
                or (m.group("giv") in _COURTESY_PRONOUNS and _LOWER_AFTER.match(text, m.end("giv")))):
            continue
        start, end = sur.start("sur"), m.end()
        mid = m.group("mid")
        if mid and not (mid.strip().endswith(".") or is_given_name(mid.strip())):
            end = m.end("giv")
        context = CONTEXT_AFTER.match(text, end) is not None
        # After a lower-case word a capitalised word is a German noun ("mittleres Drittel, Herbert B2"),
        # unless a birth date, id or age follows the pair.
        lower = _LOWER_WORD_BEFORE.search(text, max(0, start - 40), start)
        if lower and lower.group("w") not in _PREPOSITIONS and not context:
            continue
        caps = sur.group("sur").isupper() or m.group("giv").isupper()
        given = is_given_name(m.group("giv"))
        if caps and not (sur.group("sur").isupper() and m.group("giv").isupper()) and not (
                # RIS style "HERBST, Martina": a capitals surname of three letters or more, a listed given name.
                sur.group("sur").isupper() and len(sur.group("sur")) >= 3 and given):
            continue  # "CT, Anna" or "Befund, MRT": mixed case is no name pair
        # A middle initial after the given name makes the pair a person ("Okafor, Chinedu E.").
        initial = bool(mid) and mid.strip().endswith(".") and end == m.end()
        if given or ((context or initial) and not caps):
            hits.append(_cue(start, end))
    return hits


def _field_starts(text: str) -> list[int]:
    """Offsets where a line or a pipe/semicolon field starts."""
    starts = [0]
    for sep in ("\n", "|", ";"):
        pos = text.find(sep)
        while pos >= 0:
            starts.append(pos + 1)
            pos = text.find(sep, pos + 1)
    return starts


_CLAUSE_MARKS = (":", " – ", " — ", " - ")
_NEXT_WORD = re.compile(rf"[ \t]*([{UP}][{LO}]+)")


def _clause_starts(text: str) -> list[int]:
    """Offsets after a colon or a spaced dash: a name there before a birth date, id or age is a person
    ("Befund: Anna Weber, geb. ...", "CT Thorax – Anna Weber, *12.3.1940"); not after every comma (the cost)."""
    names = given_names()
    out = []
    for mark in _CLAUSE_MARKS:
        pos = text.find(mark)
        while pos >= 0:
            end = pos + len(mark)
            if (w := _NEXT_WORD.match(text, end)) is not None and w.group(1).lower() in names:
                out.append(end)
            pos = text.find(mark, end)
    return out


def _given_later(names: list[str]) -> bool:
    """Surname first: the last word of a three-word name is a given name ("Nguyen Thi Lan"; "Vorstellung Maria
    Huber" is not); two words only after a surname in capitals ("OKAFOR Adaeze"; "Tumorboard Di" stays)."""
    later = [w for w in names[1:] if w.lower() not in NOT_NAME_WORDS]
    return len(later) == len(names) - 1 and (len(names) >= 3 or names[0].isupper()) and is_given_name(later[-1])


# The same in capitals, either order: "MÜLLER Anna *12.03.1950", "Anna MÜLLER, geb.", "HUBER JOSEF 12.03.1940",
# "O'NEILL, Siobhan  DOB": a word in capitals and a listed given name, then a birth date, id or age.
_CAPS_OR_GIVEN = rf"(?:{_CAPS}|[{UP}]'[{UP}]{{2,}}|{_GIVEN})"
BARE_CAPS = re.compile(rf"[ \t]*(?P<v>{_CAPS_OR_GIVEN}(?:,?[ \t]+{_CAPS_OR_GIVEN}){{1,2}})")
# Capitals that are no surname: modalities, sides, sections.
_NOT_CAPS_NAMES = words("""ct mrt mr mri pet us rx xr cr dx nm spect cta mra dsa kub li re bds ap pa lat ax sag cor
befund befunde name pat patient patientin dob geb id mrn pid nhs hosp fall report findings impression""")


_TWO_CAPITALS = re.compile(rf"[{UP}]'?[{UP}]")


def _caps_name_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for pos in _field_starts(text):
        if _TWO_CAPITALS.search(text, pos, pos + 48) is None:
            continue
        m = BARE_CAPS.match(text, pos)
        if m is None or (not CONTEXT_AFTER.match(text, m.end("v"))
                         and m.group("v").rsplit(None, 1)[-1].lower() not in _NOT_CAPS_NAMES):
            continue
        if _TWO_CAPITALS.search(m.group("v")) is None:
            continue
        tokens = list(re.finditer(r"[^\s,]+", m.group("v")))
        while tokens and tokens[-1].group().lower() in _NOT_CAPS_NAMES:  # "O'NEILL, Siobhan  DOB"
            tokens.pop()
        parts = [t.group() for t in tokens]
        end = m.start("v") + tokens[-1].end() if tokens else m.start("v")
        if (len(parts) < 2 or not CONTEXT_AFTER.match(text, end) or any(_ROMAN.fullmatch(p) for p in parts)
                or any(p.lower() in _NOT_CAPS_NAMES or p.lower() in NOT_NAME_WORDS for p in parts)
                or not any(p.isupper() and len(p) >= 2 for p in parts)
                or not any(is_given_name(p) for p in parts)):
            continue
        hits.append(_cue(m.start("v"), end))
    return hits


def _bare_name_hits(text: str) -> list[Hit]:
    hits: list[Hit] = _caps_name_hits(text)
    for pos in _field_starts(text) + _clause_starts(text):
        m = BARE_NAME.match(text, pos)
        if m is None or RELATION.fullmatch(m.group("giv").lower()) or not CONTEXT_AFTER.match(text, m.end("v")):
            continue
        if not is_given_name(m.group("giv")) and not _given_later(m.group("v").split()):
            continue
        trimmed = trim_person(text, m.start("v"), m.end("v"))
        if trimmed and trimmed[0] == m.start("v"):
            hits.append(_cue(*trimmed))
    return hits


# A capitalised word right after a relation word that opens a bracket, before the bracket closes.
_NAME_IN_BRACKET = re.compile(rf"[ \t]+[{UP}][^()\n]{{0,40}}\)")


def _relation_hits(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    if len(lowered) != len(text) or not _RELATION_GATE.search(lowered):
        return hits
    for rel in RELATION.finditer(lowered):
        if rel.start() and (lowered[rel.start() - 1].isalnum() or lowered[rel.start() - 1] in "-_"):
            continue
        if rel.start() and text[rel.start() - 1] == "(":
            # "Theresa Gruber (Tochter)": the name stands before the bracket.
            line = text.rfind("\n", 0, rel.start()) + 1
            before = text[max(line, rel.start() - 61):rel.start() - 1].rstrip(" \t")
            m = NAME_BEFORE_DEGREE.search(before)
            if m is not None:
                offset = max(line, rel.start() - 61)
                trimmed = trim_person(text, offset + m.start("v"), offset + m.end("v"))
                if trimmed and len(text[trimmed[0]:trimmed[1]].split()) >= 2:
                    hits.append(_cue(*trimmed))
            if not _NAME_IN_BRACKET.match(text, rel.end()):
                continue  # (round 21a: "(grandson Marcus)": the name follows inside the bracket)
        m = NAME_AFTER_RELATION.match(text, rel.end())
        if m is None:
            continue
        trimmed = trim_person(text, m.start("v"), m.end("v"))
        if trimmed is None:
            continue
        first = text[trimmed[0]:trimmed[1]].split()[0].rstrip(".,")
        if RELATION.fullmatch(first.lower()):
            continue  # "Begleitperson: Enkelin X": the next relation word takes the name
        staff_initial = (len(first) == 2 and first[1] == "." and len(text[trimmed[0]:trimmed[1]].split()) >= 2
                         and _STAFF.fullmatch(rel.group().split()[0]) is not None)
        if ":" in m.group("sep") or "(" in m.group("sep") or is_given_name(first) or staff_initial:
            hits.append(_cue(*trimmed))
    return hits


# Whom an examination is for, who did something: "US thyroid for Kathleen O'Brien:", "Bericht für S. Caduff (",
# "uploaded by T. Nakamura", "notified by R. Oyelaran". Taken with an initial, with a listed given name before
# the surname, or with a birth date, id or age right after.
FOR_BY = literal_starts(re.compile(rf"(?<![\w-])(?:for|für|by)[ \t]+(?P<v>(?P<ini>[{UP}]\.[ \t]?)?{NAME}"
                                   rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{NAME}){{0,2}})(?![\w'-])"))
_FOR_BY_END = re.compile(r"[ \t]*(?:[,:;().]|$|\n)")


def _for_by_hits(text: str, lowered: str) -> list[Hit]:
    if " for " not in lowered and " für " not in lowered and " by " not in lowered:
        return []
    hits: list[Hit] = []
    for m in FOR_BY.finditer(text):
        parts = m.group("v").split()
        if any(p.lower().strip(".") in NOT_NAME_WORDS for p in parts):
            continue
        context = CONTEXT_AFTER.match(text, m.end()) is not None
        named = (m.group("ini") and len(parts) == 2) or (len(parts) >= 2 and is_given_name(parts[0]))
        if context or (named and _FOR_BY_END.match(text, m.end())):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return hits


# A staff role, maybe a qualifier (a shift, a diploma, a specialty), maybe a colon, then an initial and a surname
# (round 14a): the role decides whatever the surname ("CT tech K. Yellowhorse", "RT: J. Begay", "MTR HF S. Oyelowo",
# "Infirmière de garde: F. Mbemba", "Pflegefachfrau im Dienst: H. Wanjiru", "Staff nurse T. Faleolo"). Searched in
# the lower-cased text; the initial and the surname in the text.
_STAFF_ROLE = re.compile(
    r"(?<![\w-])(?:radiographer|technologist|technician|tech|sonographer|nurse|rn|rt(?:\(r\))?|mtra|mtr|mta|rta|trm|"
    r"tsrm|manipulat(?:eur|rice)|technicien(?:ne)?|tecnic[oa]|infirmi(?:er|ère)|infermier[ae]|pflegefach(?:frau|mann|kraft)|"
    r"pflegekraft|krankenpfleger(?:in)?|krankenpflege|pflege|pfleger(?:in)?|(?:kranken)?schwester|fage|mpa|hca|"
    r"radiologietechnolog(?:e|in)|röntgenassistent(?:in)?|fachfrau|fachmann|porter|operator)"
    r"(?:[ \t]+(?:on[ \t](?:shift|duty|call)|in[ \t]charge|im[ \t]dienst|de[ \t]garde|du[ \t]jour|di[ \t]turno|"
    r"in[ \t]servizio|hf|fh|dipl\.?|en[ \t]radiologie(?:[ \t]médicale)?|di[ \t]radiologia|mtr))*"
    r"[ \t]*:?[ \t]*\Z")
# The initial and surname are looked for first (rarer than the role words), then the role in the 50 characters before.
_INITIAL_SURNAME = re.compile(rf"(?<![\w.-])(?P<v>[{UP}]\.[ \t]?(?:-?[{UP}]\.[ \t]?)?{NAME})(?![\w'-]|\.[ \t]?[a-z])")
_INITIAL_SURNAME = literal_starts(_INITIAL_SURNAME)  # its capital first (round 15)
# Short role abbreviations count only in capitals ("rt. A. carotis" is "right"); the other role words in any case.
_STAFF_ABBREVIATIONS = frozenset({"rn", "rt", "rt(r)", "mtr", "mtra", "mta", "rta", "trm", "tsrm", "fage", "mpa",
                                  "hca"})


def _staff_initial_hits(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    for name in _INITIAL_SURNAME.finditer(text):
        start = max(0, name.start() - 50)
        m = _STAFF_ROLE.search(lowered, start, name.start())
        if m is None:
            continue
        role = lowered[m.start():m.end()].split()[0].rstrip(":")
        if role in _STAFF_ABBREVIATIONS and not text[m.start():m.start() + len(role)].replace("(r)", "(R)").isupper():
            continue
        surname = name.group("v").split()[-1].split(".")[-1]
        if surname.lower() not in NOT_NAME_WORDS and not is_role_word(surname.lower()):
            hits.append(_cue(name.start("v"), name.end("v")))
    return hits


def name_line_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits of the shapes above; `lowered` is text.lower()."""
    return [*_surname_given_hits(text), *_bare_name_hits(text), *_relation_hits(text, lowered),
            *_salutation_hits(text), *_for_by_hits(text, lowered), *_staff_initial_hits(text, lowered)]
