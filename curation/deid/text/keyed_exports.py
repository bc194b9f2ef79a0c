"""Field-keyed exports (round 17a): the field's name, not the value's shape, says what a value is.

Reports and tickets carry machine exports: FHIR / JSON resources, key=value audit logs, header-named CSV / TSV /
pipe tables, dictation and ticket headers. One key reader serves all of them (`key_class`): a key is split into
words (camelCase, snake_case, dotted, hyphenated; accents folded: "postalCode" -> postal code, "Date_consentement"
-> date consentement, "ID_soggetto" -> id soggetto) and its words decide the class, in every language the
pipeline meets:

- PERSON: name parts and the people of a record ("family", "given", "Vorname", "cognome", "prenom", "patientName",
  "user", "login", "typist", "coordinator", "initials", "sigla", "assignee"); a bare "name" / "nom" / "nome" only
  inside a person's object (`"patient": {"nom": ...}`, `"performer": [{"display": ...}]`);
- ID: "id", "mrn", "pid", "accession", "subject", "participant", "screening", "soggetto", "ip" ..., or a number
  word ("no", "nr", "number", "numero") together with a record word ("patient", "case", "Fall", "screening");
- DATE: a date word ("date", "Datum", "data", "dob", "birthDate", "effectiveDateTime", "issued", "timestamp",
  "naissance"): only the date of a date-shaped value (a clock time is no text PHI class);
- AGE: "age", "Alter", "âge", "età": a whole number over 89;
- ADDRESS / PHONE / EMAIL: address parts ("city", "postalCode", "line" of an address, "PLZ", "Ort"), phone and
  mail words.

Where the keys are read:
- JSON: `"key": "value"` and `"key": ["v1", "v2"]`; a FHIR reference "Patient/<id>" (a person's resource: the id
  is an ID), a "display" / "text" / "value" by its enclosing object (subject / performer -> PERSON,
  managingOrganization -> INSTITUTION, telecom -> PHONE, identifier -> ID, name -> PERSON, address -> ADDRESS);
- key=value pairs of logs and query strings ("user=dkowalski mrn=... ip=...");
- header rows of delimited tables: tables.py asks `key_class` for a column word its lists do not hold;
- dictation, transcription, release and ticket labels (DE / FR / IT / EN: "Diktat:", "Geschrieben:", "erstellt
  von", "Typist:", "Assigned:", "Bearbeiter:", "Dicté par", "Dettato da"): a login after them ("r.surname",
  "surname.r", initial(s) + a listed surname, letters + digits) or a name with a nickname in brackets; a login
  of that shape alone in a cell of a log / worklist row when its surname is listed;
- an IPv4 address anywhere (an ID; not inside an OID or after a version word).

And what they keep (`keyed_keeps`, ranges that veto the other rules): URLs of standard namespaces (HL7 / FHIR
StructureDefinitions, ValueSets, CodeSystems, terminology servers, DICOM, LOINC, SNOMED; never one that names a
person's resource "Patient/<id>"), "urn:oid:" systems, trial registry numbers (NCT, EudraCT, EU CT, ISRCTN, DRKS,
ACTRN, BASEC) and page footers ("Page 2 of 3", "Seite 1 von 2", "Pagina 1 di 2", "page 1 sur 2").
"""

from __future__ import annotations

import re
from functools import lru_cache

from curation.deid.text.common import (
    FIELD,
    LOWER_GATES,
    TEXT_GATES,
    Gated,
    Hit,
    context_for,
    literal_starts,
    lowered_text,
    strip_marks,
    words,
)
from curation.deid.text.cue_names import audit_login, login_shape
from curation.deid.text.login_cues import is_account
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.surnames import is_surname

_PERSON_WORDS = words("""
family given surname surnames forename forenames firstname lastname familyname givenname nachname vorname
vornamen familienname geburtsname prenom prenoms cognome cognomi user username login logon typist author autor
autorin dictator diktierer diktiererin transcriber transcriptionist schreibkraft coordinator coordinators
koordinator koordinatorin coordinatrice coordinatore investigator prufarzt initials initiales iniziali sigla
kurzel handzeichen visum assignee assigned owner signer bearbeiter bearbeiterin sachbearbeiter utilisateur
utente operatore operateur zuweiser einsender referrer requester
befunder befunderin arzt arztin radiologe radiologin reviewer
""")
_NAME_WORDS = words("name names nom nome nombre")
# Objects whose name / display / text is a person's.
_PERSON_OBJECTS = words("""
patient patients patientin patienten paziente subject performer performers practitioner requester author authors
recorder asserter informant sender recipient interpreter resultsinterpreter referrer physician doctor arzt
medecin medico contact contacts relatedperson guarantor user owner assignee einsender zuweiser participant
individual attester party subscriber policyholder beneficiary generalpractitioner caregiver careprovider
emergencycontact notfallkontakt angehoriger parent mother father operator operators referring reading performing
requesting ordering physician physicians radiologist technologist nurse
""")
_SITE_WORDS = words("institution hospital site facility klinik spital klinikum practice praxis organization "
                    "organisation einrichtung")
_ORG_OBJECTS = words("managingorganization organization serviceprovider custodian provider insurer assigner "
                     "organisation einrichtung")
_ID_WORDS = words("""
id ids mrn pid accession accessionnumber acc accno ssn nhs ahv avs svnr vsnr subject subjectid participant
soggetto sujet proband probanden teilnehmer screening fallnr fallnummer fallid patid patientid patnr ip
ipaddress ipaddr encounter visitid caseid studyid ipp nir
""")
_NUMBER_WORDS = words("no nr nro num number nummer numero n")
_RECORD_WORDS = words("""
patient patients pat patienten paziente case fall hosp hospital record screening subject dossier versicherten
versicherung insurance auftrag order member policy mitglied medical chart unit registration badge employee
personal soggetto sujet participant sejour ricovero pratica
""")
_DATE_WORDS = words("""
date dates datum data dob birthdate birthday born birth naissance nascita geburtsdatum datetime issued
timestamp recorded authored created updated lastupdated consent birthtime
effectivetime consentement consenso einwilligung
""")
_AGE_WORDS = words("age alter eta edad ageyears")
_ADDRESS_WORDS = words("""
street strasse address adresse anschrift indirizzo city town ort wohnort stadt ville localite citta comune
postalcode postcode zip zipcode plz npa cap postal district gemeinde
""")
_PHONE_WORDS = words("phone telephone telefon telefono tel mobile handy natel fax cellulare portable")
_MAIL_WORDS = words("email mail")

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)
def key_words(key: str) -> tuple[str, ...]:
    """The words of a field key, lower case, accents folded ("effectiveDateTime" -> effective, date, time)."""
    folded = strip_marks(key)
    return tuple(w for w in _SPLIT.split(_CAMEL.sub(" ", folded).lower()) if w)


@lru_cache(maxsize=4096)
def key_class(key: str, container: str | None = None) -> str | None:
    """The scrubber label a field named `key` holds (PERSON, ID, DATE, AGE, ADDRESS, PHONE, EMAIL, INSTITUTION), or
    None; `container`: the key of the enclosing object, where there is one (JSON)."""
    ws = key_words(key)
    if not ws:
        return None
    joined = "".join(ws)
    inside = "".join(key_words(container)) if container else ""
    s = set(ws) | {joined}
    if s & _DATE_WORDS or any(w.endswith(("datum", "date")) and len(w) > 5 for w in ws):
        return "DATE"
    if s & _AGE_WORDS:
        return "AGE"
    if s & _MAIL_WORDS:
        return "EMAIL"
    if s & _PHONE_WORDS:
        return "PHONE"
    if s & _NAME_WORDS and s & _SITE_WORDS:  # "InstitutionName", "hospital_name"
        return "INSTITUTION"
    # A bare "name" names a thing as often ("ProtocolName", "ModelName", "StationName"): a person's only with a
    # person's word beside it ("patientName", "ReferringPhysicianName") or inside a person's object.
    if s & _PERSON_WORDS or any(w.endswith(_PERSON_ENDS) for w in ws) or (
            s & _NAME_WORDS and (s & _PERSON_OBJECTS or inside in _PERSON_OBJECTS)):
        return "PERSON"
    if s & _ID_WORDS or (s & _NUMBER_WORDS and s & _RECORD_WORDS) or any(_compound_id(w) for w in ws):
        return "ID"
    if s & _ADDRESS_WORDS or (inside == "address" and joined in ("line", "text")):
        return "ADDRESS"
    if joined in ("display", "text") and inside:
        if inside in _PERSON_OBJECTS or inside == "name":
            return "PERSON"
        if inside in _ORG_OBJECTS:
            return "INSTITUTION"
    if joined == "value" and inside in ("identifier", "identifiers"):
        return "ID"
    if joined == "value" and inside == "telecom":
        return "PHONE"
    return None


# German compounds ("Studienkoordinatorin", "Patientenname", "Probandennummer", "Teilnehmer-Nr" read as one word).
_PERSON_ENDS = ("koordinator", "koordinatorin", "koordinatoren", "nachname", "vorname", "patientenname")
_COMPOUND_ID = re.compile(r"(?:patient|patienten|fall|proband|probanden|teilnehmer|versicherten|auftrags?|"
                          r"einsende|mitglieds?|kunden|aufnahme|screening|subject|participant)(?:nummer|nr|id)")


def _compound_id(word: str) -> bool:
    return _COMPOUND_ID.fullmatch(word) is not None


# --- values -------------------------------------------------------------------------------------------------------

_DATE_PART = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d[./][01]?\d[./](?:19|20)?\d\d|(?:19|20)\d\d[01]\d[0-3]\d"
                        r"|(?:19|20)\d\d/[01]\d/[0-3]\d")
_AGE_VALUE = re.compile(r"(?P<n>\d{2,3})(?:[ \t]?(?:[JjYy]|years?|Jahre|ans|anni))?")
_PERSON_REFERENCE = re.compile(r"(?:Patient|Practitioner|PractitionerRole|RelatedPerson|Person|Encounter)/"
                               r"(?P<v>[A-Za-z0-9.-]{1,64})")


def _value_hits(text: str, label: str, a: int, b: int) -> list[Hit]:
    """Hits of one field value text[a:b] of class `label`."""
    while a < b and text[a] in " \t":
        a += 1
    while b > a and text[b - 1] in " \t":
        b -= 1
    if b <= a:
        return []
    value = text[a:b]
    if label == "DATE":
        m = _DATE_PART.match(value)
        return [Hit(a, a + m.end(), "DATE", FIELD)] if m else []
    if label == "AGE":
        m = _AGE_VALUE.fullmatch(value)
        return [Hit(a, a + m.end("n"), "AGE", FIELD)] if m and 89 < int(m.group("n")) < 130 else []
    if label == "ID" and (not any(c.isdigit() for c in value) or _SHORT_LABEL.fullmatch(value)):
        return []  # "id": "L3" of a lesion, "id": "12" of a series: a label of the study, no one's number
    if label == "PERSON" and (any(c.isdigit() for c in value) or any(
            w in _NOT_PERSON_VALUE for w in _SPLIT.split(value.lower()))):
        return []  # a performer's "display": "Radiology Department", "MRI 3T Scanner Room 2", "Left kidney"
    if label in ("PERSON", "INSTITUTION") and (value.lower() in NOT_NAME_WORDS or value.lower() in _NULLS):
        return []
    if label == "PERSON" and (t := _TITLE.match(value)) is not None and t.end() < len(value):
        a += t.end()  # "Dr Niamh Costello": the title stays
    return [Hit(a, b, label, FIELD)]


_TITLE = re.compile(r"(?:(?:Dr|Prof|PD|Mr|Mrs|Ms|Miss|Mx|Frau|Herr|Fr|Hr|Mme|Mlle|M|Dott|Dott\.ssa|Sig|Sig\.ra|"
                    r"med|Dres)\.?[ \t]+)+")
_NULLS = words("null none n/a na unknown true false system admin root")
# A short label of a lesion, series or image ("L3", "T2", "12"): no one's number.
_SHORT_LABEL = re.compile(r"[A-Za-z]{0,2}\d{1,2}[a-z]?")
# Words of an organisation, department, device, place or body part: a performer or subject that is no person (FHIR
# lets a performer be an Organization, a Device or a CareTeam).
_NOT_PERSON_VALUE = words("""
department dept abteilung service services unit team careteam ward station room raum clinic clinique klinik
hospital spital krankenhaus centre center radiology radiologie imaging laboratory lab emergency scanner device
modality system organization organisation institute institut practice praxis group pacs ris workstation left
right links rechts kidney liver lung brain heart breast spine knee hip shoulder bilateral
""")

# --- JSON ---------------------------------------------------------------------------------------------------------

def _json_patterns(q: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(pair, string, key before) patterns of JSON with quote `q` (a Python dict's repr writes single quotes)."""
    string = rf"{q}(?:[^{q}\\\n]|\\.){{0,400}}{q}"
    pair = re.compile(rf"{q}(?P<k>[A-Za-z_][\w.-]{{0,40}}){q}[ \t]*:[ \t]*(?P<val>{string}|\[[ \t\n]*"
                      rf"{string}(?:[ \t\n]*,[ \t\n]*{string}){{0,20}}[ \t\n]*\])")
    return pair, re.compile(string), re.compile(rf"{q}(?P<k>[A-Za-z_][\w.-]{{0,40}}){q}[ \t]*$")


_JSON = {q: _json_patterns(q) for q in ('"', "'")}


def _container(text: str, pos: int, key_before: re.Pattern[str]) -> str | None:
    """The key of the object or array that encloses `pos` (through one array level: `"name": [{"family": ...`
    -> "name"), read backwards over at most 600 characters."""
    floor, depth, i = max(0, pos - 600), 0, pos - 1
    while i >= floor:
        c = text[i]
        if c in "}]":
            depth += 1
        elif c in "{[":
            if depth:
                depth -= 1
            else:
                j = i - 1
                while j >= floor and text[j] in " \t\r\n":
                    j -= 1
                if j >= floor and text[j] == ":":
                    m = key_before.search(text, max(floor, j - 48), j)
                    return m.group("k") if m else None
        i -= 1
    return None


def _json_hits(text: str, q: str) -> list[Hit]:
    hits: list[Hit] = []
    pair, string, key_before = _JSON[q]
    for m in pair.finditer(text):
        key = m.group("k")
        if key == "reference":
            if (r := _PERSON_REFERENCE.search(text, m.start("val"), m.end("val"))) is not None:
                hits.append(Hit(r.start("v"), r.end("v"), "ID", FIELD))
            continue
        label = key_class(key)
        if label is None and key_words(key) and "".join(key_words(key)) in _CONTAINED:
            label = key_class(key, _container(text, m.start(), key_before))
        if label is None and "".join(key_words(key)) in _NAME_WORDS and _name_part_beside(text, m.start(), q):
            label = "PERSON"  # "nom" beside "prenom", "nome" beside "cognome": a person's name part
        if label is None:
            continue
        for s in string.finditer(text, m.start("val"), m.end("val")):
            hits.extend(_value_hits(text, label, s.start() + 1, s.end() - 1))
    return hits


def _name_part_beside(text: str, pos: int, q: str) -> bool:
    """A given- or family-name key in the same object as the key at `pos` (between its enclosing braces)."""
    start = max(text.rfind("{", 0, pos), text.rfind("}", 0, pos)) + 1
    end = min((i for i in (text.find("}", pos), text.find("{", pos)) if i >= 0), default=len(text))
    return _NAME_PART_KEY[q].search(text, start, end) is not None


_NAME_PART_KEY = {q: re.compile(rf"{q}(?:pr[ée]noms?|cognom[ei]|vornamen?|nachname|given(?:_?name)?|first_?name|"
                                rf"firstName|surname|last_?name|lastName|family(?:_?name)?){q}[ \t]*:", re.I)
                  for q in ('"', "'")}


# Keys whose class is their enclosing object's ("display" of a performer, "value" of a telecom).
_CONTAINED = words("name nom nome display text value line")

# --- XML (CDA, exported forms) ---------------------------------------------------------------------------------------

_XML_ELEMENT = re.compile(r"<(?:[A-Za-z][\w.-]*:)?(?P<k>[A-Za-z][\w.-]{0,40})(?:[ \t][^<>\n]*)?>(?P<v>[^<>\n]{1,160})"
                          r"</(?:[A-Za-z][\w.-]*:)?(?P=k)>")
_XML_ATTRIBUTE = re.compile(r"<(?:[A-Za-z][\w.-]*:)?(?P<k>[A-Za-z][\w.-]{0,40})[ \t][^<>\n]*?\b(?:value|extension)="
                            r"\"(?P<v>[^\"\n]{1,80})\"")
_URI_SCHEME = re.compile(r"(?P<s>tel|fax|mailto):")


_OPEN_TAG = re.compile(r"<(?:[A-Za-z][\w.-]*:)?(?P<k>[A-Za-z][\w.-]{0,40})(?:[ \t][^<>\n]*)?(?<!/)>")


def _xml_container(text: str, pos: int) -> str | None:
    """The element open at `pos` (its closing tag not yet written), over the 600 characters before it."""
    floor = max(0, pos - 600)
    for m in reversed(list(_OPEN_TAG.finditer(text, floor, pos))):
        if text.find(f"</{m.group('k')}>", m.end(), pos) < 0 and not re.search(
                rf"</[\w.-]*:{re.escape(m.group('k'))}>", text[m.end():pos]):
            return m.group("k")
    return None


def _xml_hits(text: str) -> list[Hit]:
    """`<family>Vuković</family>`, `<birthTime value="19530308"/>`, `<telecom value="tel:+41 44 ..."/>`: the element's
    name is the key."""
    hits: list[Hit] = []
    for m in _XML_ELEMENT.finditer(text):
        key = m.group("k")
        label = key_class(key)
        if label is None and "".join(key_words(key)) in _CONTAINED:  # <nome> inside <paziente>
            label = key_class(key, _xml_container(text, m.start()))
        if label is not None:
            hits.extend(_value_hits(text, label, m.start("v"), m.end("v")))
    for m in _XML_ATTRIBUTE.finditer(text):
        if (u := _URI_SCHEME.match(text, m.start("v"))) is not None:
            label = "EMAIL" if u.group("s") == "mailto" else "PHONE"
            hits.extend(_value_hits(text, label, u.end(), m.end("v")))
        elif (label := key_class(m.group("k"))) in ("DATE", "ID"):
            hits.extend(_value_hits(text, label, m.start("v"), m.end("v")))
    return hits


# --- key=value ------------------------------------------------------------------------------------------------------

_KEY_VALUE = re.compile(r"(?<![\w.-])(?P<k>[A-Za-z][\w.-]{0,30})=(?:\"(?P<q>[^\"\n]{1,120})\"|"
                        r"(?P<v>[^\s\"&;,|)\]]{1,120}))")


def _key_value_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _KEY_VALUE.finditer(text):
        if (label := key_class(m.group("k"))) is not None:
            g = "q" if m.group("q") is not None else "v"
            hits.extend(_value_hits(text, label, m.start(g), m.end(g)))
    return hits


# --- logins after dictation / ticket labels ------------------------------------------------------------------------

_LOGIN_LABELS = (
    r"diktat(?:[ \t]von)?|diktiert(?:[ \t](?:von|durch))?|diktierer(?:in)?|geschrieben(?:[ \t](?:von|durch))?|"
    r"schreibkraft|schreibdienst|(?:befund[ \t])?erstellt(?:[ \t](?:von|durch))?|freigegeben(?:[ \t](?:von|durch))?|"
    r"freigabe(?:[ \t](?:von|durch))?|vidiert(?:[ \t]von)?|bearbeiter(?:in)?|sachbearbeiter(?:in)?|"
    r"zugewiesen(?:[ \t]an)?|zuständig|autor(?:in)?|author|typist|typed[ \t]by|dictated[ \t]by|dictator|"
    r"transcribed(?:[ \t]by)?|transcriptionist|assigned(?:[ \t]to)?|assignee|owner|opened[ \t]by|closed[ \t]by|"
    r"resolved[ \t]by|created[ \t]by|modified[ \t]by|edited[ \t]by|updated[ \t]by|requested[ \t]by|"
    r"reported[ \t]by|signed[ \t]by|approved[ \t]by|reviewed[ \t]by|released[ \t]by|user|login|benutzer(?:in)?|"
    r"utilisateur|dicté[ \t]par|saisi[ \t]par|dactylographié[ \t]par|validé[ \t]par|attribué[ \t]à|"
    r"dettato[ \t]da|trascritto[ \t]da|assegnato[ \t]a|validato[ \t]da|utente|operatore|opérateur|operator|"
    # Round 21a: record and audit lines without a login word ("Eingestellt von lhuber2", "entered by reviewer
    # mkhan07", "changed by clerk (jbarnes4)", "geändert von wgruber").
    r"eingestellt(?:[ \t]von)?|geändert(?:[ \t]von)?|bearbeitet(?:[ \t]von)?|(?:entered|changed|amended|printed|"
    r"reprinted|added|logged)[ \t]by(?:[ \t](?:reviewer|clerk|user))?|reviewer|clerk|modifié[ \t]par|"
    r"modificato[ \t]da|inserito[ \t]da")
_LOGIN_TOKEN = re.compile(r"(?P<v>[a-zäöü][a-zäöü0-9]*(?:[._-][a-zäöü0-9]+){0,2})(?![\w@-]|[._]\w)")
# The labels are read in the lower-cased text (one case-sensitive pattern run from its literal starts), their values
# in the text itself.
_LOGIN_LABEL = Gated(literal_starts(re.compile(rf"(?<![\w-])(?:{_LOGIN_LABELS})[ \t]*:?[ \t]*(?=\S)")),
                     ("diktat", "diktier", "geschrieben", "schreib", "erstellt", "freig", "vidiert", "bearbeiter",
                      "zugewiesen", "zuständig", "autor", "author", "typ", "dictat", "transcri", "assign", "owner",
                      " by", "user", "login", "benutzer", "utilisateur", "par", "attribué", " da", "assegnato",
                      "utente", "operat", "opérateur", "eingestellt", "geändert", "bearbeitet", "reviewer", "clerk",
                      "modifié", "modificato", "inserito"), lower=True)
_NICKNAMED = re.compile(
    r"(?P<v>(?:(?:Dr|Prof|PD|Dres|Mr|Mrs|Ms|Fr|Hr)\.?(?:[ \t]med\.)?[ \t]+)*[A-ZÄÖÜ][a-zäöüßéèáàíóúñç]+(?:-[A-ZÄÖÜ]"
    r"[a-zäöüßéèáàíóúñç]+)?[ \t]+[(\"“'„][A-ZÄÖÜ][a-zäöüßéèáàíóúñç]+[)\"”'“][ \t]+[A-ZÄÖÜ][a-zäöüßéèáàíóúñç]+"
    r"(?:-[A-ZÄÖÜ][a-zäöüßéèáàíóúñç]+)?)")


def _login(value: str, *, listed: bool = True) -> bool:
    """A login's shape: "r.surname", "surname.r" or "first.last", letters with trailing digits ("rpatel2"), or
    (with `listed`) initial(s) glued to a listed surname ("mbaumgartner", "aweiss")."""
    low = value.lower()
    if low in NOT_NAME_WORDS or low in _NULLS or len(value) < 4:
        return False
    parts = re.split(r"[._-]", low)
    if len(parts) >= 2:
        return (max(len(p) for p in parts) >= 3 and all(p.isalpha() for p in parts)
                and not is_account(low))  # "ris.import", "qa.bot": system accounts
    if re.fullmatch(r"[a-zäöü]{3,}\d{1,3}", low):
        return True
    return listed and low.isalpha() and len(low) >= 5 and any(
        is_surname(low[k:].capitalize()) and len(low) - k >= 4 for k in (1, 2))


# After a label closed by a colon or by its preposition ("Assigned: jmercer", "erstellt von aweiss") one lower-case
# token is a login when no prose reads so: no stop word, no inflected word ending.
_CLOSED_LABEL = re.compile(r"(?i:[:=]|(?<![\w])(?:von|by|durch|par|da|an|to|à|a))[ \t]*$")
_PROSE_ENDS = ("en", "ern", "ung", "ing", "ed", "lich", "ig", "isch", "ly", "ment", "tion", "ness", "heit", "keit",
               "end")  # (a participle: "Freigabe: ausstehend", "laufend")
_NOT_LOGINS = words("""
pending open closed offen erledigt none nobody niemand unassigned unknown team queue system admin support
helpdesk servicedesk radiology radiologie pacs ris extern intern heute gestern morgen automatic automatisch
self auto tbd default service sekretariat secretary anonymous anonym everyone alle
ausstehend laufend folgend vorläufig entwurf draft final signed unsigned yes no ja nein dragon extern
doctor doktor docteur dottore professor
""")  # (round 20a: a spoken title of an uncorrected dictation, "dictated by doctor Fairbrother")


# What follows a login: the field's end (line end, separator, two blanks), a capitalised word or a number (the next
# field), or a date's preposition ("erstellt von aweiss am 03.03.2025"); prose goes on in lower case ("Transcribed
# by voice recognition").
_AFTER_LOGIN = re.compile(r"[ \t]*(?:$|[,;|/()\t]|[ ]{2}|[.](?:[ \t]|$)|[A-ZÄÖÜ0-9#]|"
                          r"(?:am|on|at|um|le|il|el|den)[ \t])", re.M)


def _glued_login(text: str, label_start: int, m: re.Match[str]) -> bool:
    value = m.group("v").lower()
    return (value.isalpha() and 5 <= len(value) <= 14 and value not in _NOT_LOGINS and value not in NOT_NAME_WORDS
            and not value.endswith(_PROSE_ENDS) and _CLOSED_LABEL.search(text, label_start, m.start("v")) is not None
            and _AFTER_LOGIN.match(text, m.end("v")) is not None)


def _labelled_logins(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    for label in _LOGIN_LABEL.finditer(lowered, lowered):
        if text.startswith("(", label.end()):  # a bracketed login, "changed by clerk (jbarnes4)" (round 21a)
            if (m := _LOGIN_TOKEN.match(text, label.end() + 1)) is not None and text.startswith(")", m.end()) and (
                    _login(m.group("v"))):
                hits.append(Hit(m.start("v"), m.end("v"), "PERSON", FIELD))
        elif (m := _LOGIN_TOKEN.match(text, label.end())) is not None:
            if _login(m.group("v")) or _glued_login(text, label.start(), m):
                hits.append(Hit(m.start("v"), m.end("v"), "PERSON", FIELD))
        elif (n := _NICKNAMED.match(text, label.end())) is not None:
            hits.append(Hit(n.start("v"), n.end("v"), "PERSON", FIELD))
    return hits


# Fix round 23a: a login after the note or comment cue of a RIS / records system, before the note's colon
# ("RIS-Kommentar mkrause:", "RIS-Kommentar 2026-03-12 10:05 (jweber):", "HIM note (tjohnson):", "Records team
# note (KBROWN2):", "Commentaire RIS (jfavre) :", "Nota segreteria (mrossi2):") or after "requester" ("requester
# jsmith04"); (mend of round 23a) "Bemerkung (hmeier):", "Anmerkung (jlang):", "Hinweis mkrause:", "remark
# (tjones):" too. The note word alone is prose ("Note: unremarkable", "note (see above)"): only a token of a login's
# shape is taken (`_note_login`), a capitals one ("KBROWN2") in brackets only; a status word stays ("note
# (addendum):", "(FINAL):").
_NOTE_STAMP = r"(?:[ \t]+(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}))?(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?"
_NOTE_LOGIN = Gated(literal_starts(re.compile(
    r"(?<![\w-])(?:(?:(?:ris|his|pacs|kis)-?)?(?:kommentar|notiz|vermerk|bemerkung|anmerkung|hinweis)|note|comment|"
    r"remark|commentaire(?:[ \t]ris)?|"
    r"nota(?:[ \t]segreteria)?)"
    rf"{_NOTE_STAMP}[ \t]*(?:\([ \t]*(?P<b>[a-z][a-z0-9._-]{{2,24}})[ \t]*\)|(?P<v>[a-z][a-z0-9._-]{{2,24}}))[ \t]*:|"
    r"(?<![\w-])requester[ \t]+(?P<r>[a-z][a-z0-9._-]{2,24})(?![\w@-])")),
    ("kommentar", "notiz", "vermerk", "bemerkung", "anmerkung", "hinweis", "note", "comment", "remark", "nota",
     "requester"), lower=True)


def _note_logins(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _NOTE_LOGIN.finditer(lowered, lowered):
        g = m.lastgroup or "v"
        value = text[m.start(g):m.end(g)]
        if value[-1] in "._-" or value.lower() in _NOT_LOGINS:
            continue
        caps = value.isupper() and g == "b" and any(c.isdigit() for c in value)
        if (value.islower() or caps) and _note_login(value):
            hits.append(Hit(m.start(g), m.end(g), "PERSON", FIELD))
    return hits


def _note_login(value: str) -> bool:
    """A login after a note cue (mend of round 23a). No clinical abbreviation or region ("note (ctpa):",
    "RIS-Kommentar sbrt:", "note (cspine):"); then a digit, dot or underscore inside ("kpatel2", "j.miller"), one or
    two initials glued to a listed surname ("bhuber", "kschmid"), or (cue_names' `audit_login`) two opening
    consonants no word opens with only before a surname's body: four letters or more with a vowel after the
    initial ("tjohnson", "mdubois"; not "pcnl", "gvhd", "fnab") and no Greek "pn" ("pneumothorax", "pneumonie")."""
    from curation.deid.text.brand_sites import ANATOMY_WORDS  # (both import tables, which imports this module)
    from curation.deid.text.site_forms import CLINICAL_ACRONYMS

    low = value.lower()
    if value.upper() in CLINICAL_ACRONYMS or low[1:] in ANATOMY_WORDS:
        return False
    if any(c.isdigit() or c in "._" for c in low):
        return audit_login(low)
    if _login(value) or login_shape(low, strict=False):
        return True
    body = low[1:]
    return not low.startswith("pn") and len(body) >= 4 and any(c in "aeiouyäöü" for c in body) and audit_login(low)


# A login alone in a cell of a log or worklist row ("08.04.2025 16:03 | s.ammann | MTRA | ..."): its surname listed.
_ROW_LINE = re.compile(r"(?m)^[^\n|\t;]*[|\t;][^\n]*[|\t;][^\n]*$")
_CELL_LOGIN = re.compile(r"(?<=[|\t;])[ \t]*(?P<v>[a-z]{1,2}\.[a-zäöü]{3,}|[a-zäöü]{3,}\.[a-z]{1,2})[ \t]*(?=[|\t;]|$)",
                         re.M)


def _cell_logins(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for line in _ROW_LINE.finditer(text):
        for m in _CELL_LOGIN.finditer(text, line.start(), line.end()):
            long_part = max(m.group("v").split("."), key=len)
            if is_surname(long_part.capitalize()):
                hits.append(Hit(m.start("v"), m.end("v"), "PERSON", FIELD))
    return hits


# --- IP addresses ---------------------------------------------------------------------------------------------------

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = re.compile(rf"(?<![\w.])(?<![\d:]:)(?P<v>{_OCTET}(?:\.{_OCTET}){{3}})(?![\w]|\.\d)")
_IP_GATE = re.compile(r"\.\d{1,3}\.\d{1,3}\.\d")
_VERSION_BEFORE = re.compile(r"(?i:version|vers\.|ver\.|v|build|release|firmware|software|oid|uid|level|grade|"
                             r"stufe|section|abschnitt|kapitel|chapter|§)[ \t:]*$")
# A unit after dotted numbers makes them a measurement ("45.2.12.3 HU"), not a host.
_UNIT_AFTER = re.compile(r"[ \t]*(?:HU|mm|cm|ml|mL|mg|kg|%|ms|s|Gy|mGy|mSv|kV|mAs|T)\b")


def _ip_hits(text: str) -> list[Hit]:
    hits = []
    for m in _IPV4.finditer(text):
        if _VERSION_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _UNIT_AFTER.match(text, m.end()):
            continue
        if max(int(o) for o in m.group("v").split(".")) < 10:  # "1.2.3.4": a version or section number
            continue
        hits.append(Hit(m.start("v"), m.end("v"), "ID", FIELD))
    return hits


def keyed_hits(text: str, lowered: str) -> list[Hit]:
    """PHI hits of field-keyed exports in `text` (`lowered`: its lower-cased form, same length or not)."""
    hits: list[Hit] = []
    if '":' in text or '" :' in text:
        hits.extend(_json_hits(text, '"'))
    if "':" in text:
        hits.extend(_json_hits(text, "'"))
    if "</" in text or "/>" in text:
        hits.extend(_xml_hits(text))
    if "=" in text:
        hits.extend(_key_value_hits(text))
    if len(lowered) == len(text):
        hits.extend(_labelled_logins(text, lowered))
        hits.extend(_note_logins(text, lowered))  # "HIM note (tjohnson):", "RIS-Kommentar mkrause:" (fix round 23a)
    if "|" in text or "\t" in text or ";" in text:
        hits.extend(_cell_logins(text))
    if _IP_GATE.search(text) is not None:
        hits.extend(_ip_hits(text))
    return hits


# --- keep ranges ------------------------------------------------------------------------------------------------------

_URL = re.compile(r"(?:https?://|urn:(?:oid|ietf|iso):)[^\s\"'<>()\[\]{},]+")
_STANDARD_HOST = re.compile(r"(?i:https?://(?:www\.)?(?:[\w-]+\.)*(?:hl7\.org|hl7\.[a-z]{2}|fhir\.[\w.-]+|[\w-]*fhir[\w-]*\."
                            r"[\w.-]+|snomed\.info|snomed\.org|loinc\.org|unitsofmeasure\.org|dicom\.nema\.org|"
                            r"nema\.org|ihe\.net|radlex\.org|rsna\.org|who\.int|clinicaltrials\.gov|"
                            r"clinicaltrialsregister\.eu|isrctn\.com|drks\.de|gematik\.de|kbv\.de|ncit\.nci\.nih\.gov|"
                            r"bioportal\.bioontology\.org|terminology\.[\w.-]+|simplifier\.net)(?=[/:?#]|$))")
_STANDARD_PATH = re.compile(r"/(?:StructureDefinition|ValueSet|CodeSystem|NamingSystem|ConceptMap|ImplementationGuide|"
                            r"SearchParameter|OperationDefinition|CapabilityStatement|Questionnaire|extension|sid|ns)/")
_RESOURCE_ID = re.compile(r"/[A-Z][A-Za-z]+/[^/?#\s]*\d")
_TRIAL = re.compile(
    r"(?<![\w-])(?:NCT\d{8}|ISRCTN\d{8}|DRKS\d{8}|ACTRN\d{14}|ChiCTR[-\w]{6,20}|EUCTR\d{4}-\d{6}-\d{2}(?:-[A-Z]{2})?|"
    r"(?i:EudraCT)[ \t]*(?:[Nn]o\.?|[Nn]r\.?|[Nn]umber|[Nn]ummer)?[ \t:#]*\d{4}-\d{6}-\d{2}|"
    r"(?:EU[ \t]?CT|CTIS)[ \t]*(?:[Nn]o\.?|[Nn]r\.?|[Nn]umber)?[ \t:#]*\d{4}-5\d{5}-\d{2}-\d{2}|"
    r"BASEC[ \t]*(?:[Nn]r\.?|[Nn]o\.?|ID)?[ \t:#]*\d{4}-\d{4,5})(?![\w-])")
_PAGE = re.compile(r"(?<![\w])(?i:page|seite|pagina|pag\.|blatt|feuille|foglio)[ \t]*\d{1,3}[ \t]*"
                   r"(?i:of|von|di|sur|de|/)[ \t]*\d{1,3}(?![\w/.])")


_OID_ATTRIBUTE = re.compile(r"\b(?:root|codeSystem)=\"(?P<v>[0-2](?:\.\d+){3,})\"")
_TRIAL_NEEDLES = ("NCT", "ISRCTN", "DRKS", "ACTRN", "ChiCTR", "EUCTR", "udra", "UDRA", "EU CT", "EUCT", "CTIS", "BASEC")
_PAGE_NEEDLES = ("page", "seite", "pagina", "pag.", "blatt", "feuille", "foglio")
_TRIAL_GATE = TEXT_GATES.register(_TRIAL_NEEDLES)
_PAGE_GATE = LOWER_GATES.register(_PAGE_NEEDLES)


def _urls(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _URL.finditer(text):
        a, b = m.start(), m.end()
        while b > a and text[b - 1] in ".;:":
            b -= 1
        url = text[a:b]
        if _PERSON_REFERENCE.search(url):  # "https://fhir.example.org/Patient/4471": a person's record
            continue
        if url.startswith("urn:") or _STANDARD_PATH.search(url) or (
                _STANDARD_HOST.match(url) and not _RESOURCE_ID.search(url)):  # ("/DiagnosticReport/RAD-2025-4471")
            out.append((a, b))
    return out


def keyed_keeps(text: str) -> list[tuple[int, int]]:
    """Ranges no rule redacts: standard namespace URLs and URNs, trial registry numbers, page footers (read once
    per text)."""
    return context_for(text).memo(keyed_keeps, _keyed_keeps)


def _keyed_keeps(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if "://" in text or "urn:" in text:
        out.extend(_urls(text))
    if "root=" in text or "codeSystem=" in text:  # CDA: an id's or code's namespace OID, not the id
        out.extend((m.start("v"), m.end("v")) for m in _OID_ATTRIBUTE.finditer(text))
    if _TRIAL_GATE in TEXT_GATES.fired(text):  # (the shared needle passes: no substring scans of their own)
        out.extend((m.start(), m.end()) for m in _TRIAL.finditer(text))
    if _PAGE_GATE in LOWER_GATES.fired(lowered_text(text)):
        out.extend((m.start(), m.end()) for m in _PAGE.finditer(text))
    return out
