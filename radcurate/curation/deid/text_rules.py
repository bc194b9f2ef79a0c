"""Pattern rules for PHI in German and English report text.

Each rule yields `Hit`s (offsets into the input text). Rules favour recall on the PHI that reports
really carry (names after titles and in signature lines, dates, ids, phones, e-mails, addresses,
institutions, ages over 89); the clinical words that look like names (eponyms, scores, image
references) are protected separately in `text_keep.py` and win over every rule here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    """A word set written as a whitespace-separated block (easier to review than a list literal)."""
    return frozenset(text.split())


@dataclass(frozen=True)
class Hit:
    """One PHI candidate: [start, end) into the input text, label, and where it came from."""

    start: int
    end: int
    label: str
    source: str


# Latin letters of every European and Vietnamese name (Wiśniewski, Yılmaz, Đặng, Çelik), not German only.
_UP = "A-ZÀ-ÖØ-ÞĀ-ſƠƯȘȚḀ-ỿ"
_LO = "a-zß-öø-ÿĀ-ſơưșțḀ-ỿ'"
NAME = rf"[{_UP}](?:'[{_UP}]|c[{_UP}])?[{_LO}]+(?:-[{_UP}][{_LO}]+)?"
_PARTICLE = r"(?:von|van|de|der|zu|den|ter|di|da|le)"
_INITIALS = rf"(?:[{_UP}]\.(?:-[{_UP}]\.)?[ \t]?){{1,2}}"
NAME_SEQ = rf"(?:{_INITIALS})?(?:{_PARTICLE}[ \t]+)*{NAME}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{NAME}){{0,2}}"
TITLE = (r"(?:Prof\.|Professor(?:in)?|Dr\.|Dr(?=[ \t])|PD|Priv\.-Doz\.|OA|OÄ|CA|Oberarzt|"
         r"Oberärztin|Chefarzt|Chefärztin|"
         r"Assistenzarzt|Assistenzärztin|Fachärztin|Facharzt|Kollege|Kollegin|Ass\.|Hausarzt|Hausärztin|Herrn?|Frau|Hr\.|Fr\.|"
         r"Mrs\.?|Mr\.?|Ms\.?|Miss|med\.|dent\.|univ\.|habil\.|rer\.\s?nat\.|PhD|MD)")

# Capitalized words that follow a name but are not part of it (German nouns are capitalized).
NOT_NAME_WORDS = _words("""
befund befunde beurteilung technik untersuchung fragestellung indikation anamnese klinik zusammenfassung
impression findings technique indication history conclusion comparison vergleich voruntersuchung
aufnahme aufnahmen serie bild ct mrt mr röntgen sonographie thorax abdomen schädel kopf becken
patient patientin the and with der die das und mit bei zur zum nach vom am im mit ohne
morbus zustand verdacht kontrolle station information informationen angaben daten data name
beschwerden aufklärung lagerung position vorbereitung transport consent preparation positioning history
sheet sekretariat innere medizin chirurgie neurologie notaufnahme radiologie ambulanz telefon tel fax
ihr ihre your team radiologie-team praxisteam
oberarzt oberärztin chefarzt chefärztin facharzt fachärztin consultant radiologist md phd
hausarzt hausärztin stationsarzt stationsärztin onkologie kardiologie urologie attending resident rn np
mrn dob geb sex fin ass
""")

MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
_MONTH_WORDS = sorted({*MONTHS_DE, *MONTHS_EN, *(m[:3] for m in MONTHS_EN), "Jän", "Mär", "Okt", "Dez",
                       "Sept", "Maerz"}, key=len, reverse=True)
MONTH_RE = r"(?:" + "|".join(_MONTH_WORDS) + r")\.?"

# Dates: the patterns carry named groups that `text_dates.py` reads to shift the date in its own style.
DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d])")),
    ("dmy", re.compile(r"(?<![\d.,/])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
                       r"(?!\.?\d)(?![-/]\d)")),
    ("compact", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")),
    ("d_month_y", re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\.?\s(?P<mon>{MONTH_RE})\s(?P<y>(?:19|20)\d\d)(?!\d)")),
    ("month_d_y", re.compile(rf"\b(?P<mon>{MONTH_RE})\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s"
                             rf"(?P<y>(?:19|20)\d\d)(?!\d)")),
    ("month_y", re.compile(rf"\b(?P<mon>{MONTH_RE})\s(?P<y>(?:19|20)\d\d)(?!\d)")),
    ("m_y", re.compile(r"(?<![\d.,:/])(?P<m>0?[1-9]|1[0-2])(?P<sep>[./])(?P<y>(?:19|20)\d\d)(?![\d])")),
    ("dm", re.compile(r"(?<![\d.,:/])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?![\d])(?=\s|$|[,;)])")),
    # Quarters: "Q1 2025", "Q3/2024", "1. Quartal 2025".
    ("quarter", re.compile(r"(?<!\w)(?:Q(?P<q>[1-4])\s?[/ ]?\s?|(?P<qn>[1-4])\.\s?Quartal\s)"
                           r"(?P<y>(?:19|20)\d\d)(?!\d)")),
)
WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A weekday written just before a date ("Di, 02.04.24", "Tuesday, 5 March 2024") belongs to it: it is
# rewritten from the shifted date. A time just after it ("14.03.2024, 10:42 Uhr") joins the span and is
# kept as written: once the date is shifted the time of day identifies no one, and intervals stay true.
WEEKDAY_BEFORE = re.compile(r"(?<!\w)(?P<wd>" + "|".join(sorted(
    {*WEEKDAYS_DE, *WEEKDAYS_EN, *(w[:2] for w in WEEKDAYS_DE), *(w[:3] for w in WEEKDAYS_EN), "Tues", "Thurs"},
    key=len, reverse=True)) + r")(?P<dot>\.?)(?P<sep>,?\s{1,2})$")
TIME_AFTER = re.compile(r"(?:,\s?|\s)(?:um\s|at\s)?(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?(?:\s?(?:Uhr|h)\b)?"
                        r"|\.[0-5]\d\s?(?:Uhr|h)\b)")

_ID_LABELS = (r"(?:Pat(?:ienten)?\.?[-\s]?(?:Nr|ID|Nummer)\.?|Patienten-?(?:nummer|ID)|Fall-?(?:Nr|nummer)\.?|"
              r"Auftrags-?(?:Nr|nummer)\.?|Accession(?:\s?(?:No\.?|number|Nr\.?))?|Acc\.?\s?(?:No|Nr)\.?|MRN|"
              r"Case\s(?:No\.?|number)|Medical record number|Untersuchungs-?(?:Nr|nummer)\.?|Aufnahme-?Nr\.?|"
              r"Versicherten-?(?:Nr|nummer)\.?|Versicherungs-?(?:Nr|nummer)\.?|(?:SV|KV|AHV|SVNR|VSNR)-?Nr\.?|"
              r"Sozialversicherungs-?(?:Nr|nummer)\.?|Aufnahme-?nummer|Insurance\s(?:ID|No\.?|number)|"
              r"SSN|NHS\s(?:No\.?|number)|Member\sID|ID)")
ID_PATTERNS = (
    # A labelled value may carry one inner space ("SV-Nr. 1234 031256", "NHS No 943 476 5919").
    re.compile(_ID_LABELS + r"\s*[:#]?\s*(?P<v>[A-Z0-9][A-Z0-9/_.-]{1,}\d[A-Z0-9]*(?:[ ]\d{3,}){0,2})"),
    re.compile(r"(?<![\w-])(?P<v>\d{3}-\d{2}-\d{4}|756\.\d{4}\.\d{4}\.\d{2})(?![\w-])"),  # US SSN, Swiss AHV
    # URLs identify a patient's record as well as a number does.
    re.compile(r"(?P<v>\b(?:https?://|www\.)[^\s<>\"')\]]+[^\s<>\"')\].,;:!?])"),
    re.compile(r"(?<![\w-])(?P<v>[A-Z]{1,6}[-_]?\d{5,}[A-Z0-9]*)(?![\w-])"),
    re.compile(r"(?<![\w.,-])(?P<v>\d{6,})(?![\w]|[.,]\d)"),
    # DICOM UIDs written into a report.
    re.compile(r"(?<![\w.])(?P<v>[12]\.\d+(?:\.\d+){4,})(?![\w.])"),
)

PHONE_PATTERNS = (
    re.compile(r"(?i:tel(?:efon)?|fax|telefax|phone|tel\.-nr|durchwahl|pager|piepser|mobil|handy)\.?\s*:?\s*"
               r"(?P<v>[+-]?\(?\d[\d /()-]{2,}\d)"),
    re.compile(r"(?<![\w+])(?P<v>\+\d{1,3}[\d /()-]{6,}\d)"),
    re.compile(r"(?<![\w(])(?P<v>(?:\(\d{3}\)\s?\d{3}[-. ]\d{4}|\d{3}[-.]\d{3}[-.]\d{4})"
               r"(?:\s?(?:ext\.?|x)\s?\d{1,5})?)(?![\w-])"),
    re.compile(r"(?<![\w/.,])(?P<v>0\d{2,5}(?:[ /-]|\s/\s)\d{3,}(?:[ -]\d{2,})*)(?![\w/])"),
)

EMAIL_PATTERN = re.compile(r"(?P<v>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)")

_STREET_SUFFIX = r"(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad)"
ADDRESS_PATTERNS = (
    re.compile(rf"(?P<v>\b[{_UP}][{_LO}]+(?:-[{_UP}]?[{_LO}]+)*{_STREET_SUFFIX}\s*\d{{1,4}}\s?[a-z]?\b)"),
    re.compile(rf"(?P<v>\b[{_UP}][\w{_LO}.-]*\s(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring)\s*\d{{1,4}}"
               rf"\s?[a-z]?\b)"),
    # Streets without a suffix ("Am Mühlbach 75") when a postcode follows or a label precedes.
    re.compile(rf"(?P<v>\b(?:Am|An der|An den|Im|Auf der|Auf dem|Zum|Zur|In der|Unter den|Hinter der)\s"
               rf"[{_UP}][{_LO}]+(?:[-\s][{_UP}][{_LO}]+)?\s\d{{1,4}}\s?[a-z]?)(?=,?\s(?:D-)?\d{{5}}\s)"),
    re.compile(rf"(?i:anschrift|adresse|address|wohnhaft(?:\sin)?)\s*:?\s*(?P<v>[{_UP}][^\n,;]{{2,40}}?\d{{1,4}}"
               rf"\s?[a-z]?)(?=[\s,;]|$)"),
    re.compile(r"(?P<v>\b\d{1,5}[A-Z]?\s(?:[NSEW]\.?\s)?(?:[A-Z][a-z]+\s){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|"
               r"Ave\.?|Lane|Drive|Boulevard|Blvd\.?|Way|Close|Court)(?!\w)(?:,?\s(?:Suite|Ste\.?|Apt\.?|Unit|#)\s?"
               r"\w+)?)"),
    re.compile(rf"(?<!\d)(?<!Bild\s)(?<!Image\s)(?P<v>(?:D-)?\d{{5}}[ \t][{_UP}][{_LO}]+"
               rf"(?:[ -](?:(?:im|am|an der|a\.\s?d\.)\s)?[{_UP}][{_LO}]+)?)"),
    # Austrian/Swiss/German postcodes with a country prefix: "A-1090 Wien", "CH-8091 Zürich".
    re.compile(rf"(?P<v>\b(?:A|AT|CH|D|DE|FL)-\d{{4,5}}\s[{_UP}][{_LO}]+(?:[ -][{_UP}][{_LO}]+)?)"),
    # UK postcodes ("London NW1 6XE") and US city, state ZIP ("Boston, MA 02114").
    re.compile(rf"(?P<v>(?:\b[{_UP}][{_LO}]+\s)?\b[A-Z]{{1,2}}\d[A-Z\d]?\s\d[A-Z]{{2}}\b)"),
    re.compile(r"(?P<v>\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,[ \t][A-Z]{2}[ \t]\d{5}(?:-\d{4})?\b)"),
    # Ward, room and bed inside a hospital: "Station 4B", "Zimmer 12", "Room 401".
    re.compile(r"(?P<v>\b(?:Station|Zimmer|Zi\.|Bett|Room|Rm\.?|Ward|Bed)(?::?\s)?(?:Nr\.\s?)?\d{1,4}[A-Za-z]?(?:-\d{1,3})?\b)"),
)
# A four-digit postcode and town right after a street ("Hauptstraße 5, 8010 Graz"): four digits alone
# are too often a year ("seit 2019 Beschwerden") to stand without the street before them.
POSTCODE_AFTER_STREET = re.compile(rf",?\s(?P<v>\d{{4}}\s[{_UP}][{_LO}]+(?:[ -][{_UP}][{_LO}]+)?)")
# Words after a five-digit number that make it a count, not a postcode.
NOT_CITY_WORDS = frozenset({"Einheiten", "IE", "Bilder", "Schichten", "Images", "Slices", "Units", "Patienten",
                            "Hounsfield"})

_INST_HEAD = (r"(?:Landeskrankenhaus|Landesklinikum|LKH|Kantonsspital|Universitätsspital|Spital|"
              r"Universitätsklinikum|Universitätsklinik|Uniklinikum|Uniklinik|Klinikum|Kreiskrankenhaus|"
              r"Krankenhaus|Kreisklinik|Kliniken|Klinik|Gemeinschaftspraxis|Praxis|MVZ|Hospital|University Hospital|"
              r"Medical Center|Medical Centre|Clinic|Infirmary)")
INSTITUTION_PATTERNS = (
    re.compile(rf"(?P<v>(?:[{_UP}][\w{_LO}.-]+\s)?{_INST_HEAD}\s(?:(?:der|des|am|an der|im|St\.|Sankt|of|the|"
               rf"Dr\.)\s)*[{_UP}][\w{_LO}.'-]+(?:\s[{_UP}][\w{_LO}'-]+)?)"),
    re.compile(rf"(?P<v>(?:St\.|Sankt|Saint)\s[{_UP}][\w{_LO}'-]+(?:[-\s](?:Hospital|Krankenhaus|Klinik|Klinikum|"
               rf"Spital|Infirmary))?)"),
    re.compile(rf"(?P<v>\b(?:(?:St\.|Sankt)-)?[{_UP}][\w{_LO}]+-(?:Krankenhaus|Klinik|Klinikum|Hospital|Spital))"),
    # Compound names and a following town: "St. Josefskrankenhaus Freiburg", "Kreisklinikum Lörrach".
    re.compile(rf"(?P<v>\b(?:(?:St\.|Sankt)\s)?[{_UP}][{_LO}]+(?:krankenhaus|klinikum|kliniken|klinik|spital)"
               rf"(?:\s(?:am\s|an\sder\s|im\s)?[{_UP}][{_LO}]+(?:[\s-](?:im|am)\s[{_UP}][{_LO}]+)?)?)"),
    re.compile(rf"(?P<v>\b(?:[{_UP}][\w{_LO}']+\s){{1,3}}(?:University Hospital|General Hospital|Hospital|"
               rf"Medical Center|Infirmary))"),
)
# Department words after "Klinik"/"Praxis": "Klinik für Innere Medizin" names no institution.
NOT_INSTITUTION_TAILS = frozenset({"für", "for", "Innere", "Radiologie", "Chirurgie"})

AGE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<v>9\d|1[0-4]\d)(?=\s?-?\s?(?:jährige?[rnms]?|Jahre?n?\b|J\.|years?\b|-years?-old|"
               r"year-old|y/o|yo\b|yrs?\b|a\b))"),
    re.compile(r"(?:Alter|Age|aged|im Alter von)\s*:?\s*(?P<v>9\d|1[0-4]\d)(?!\d)"),
)

# Signatures and role labels: "gez. Schäfer", "Befundet von: Dr. Meier", "Signed: John Smith". The label
# is searched in the lower-cased text without the IGNORECASE flag (a plain alternation lets `re` skip
# ahead on its first letters: ~5x faster than (?i:...)), then the name is matched after it.
SIGNATURE_LABEL = re.compile(
    r"gez\.|gezeichnet|signed(?:\sby)?|befundet\s(?:von|durch)|diktiert\svon|dictated\sby|"
    r"reported\sby|unterschrift|referring\sphysician|überweiser(?:in)?|zuweiser(?:in)?|"
    r"zuweisende[rn]?\s(?:arzt|ärztin)|befundende[rn]?\s(?:arzt|ärztin)|radiologe|radiologin|"
    r"radiologist|verfasst\svon|freigegeben\svon|validiert\svon|vidiert(?:\s(?:von|durch))?|"
    r"gegengelesen\s(?:von|durch)|geschrieben\svon|i\.\s?a\.|i\.\s?v\.|transcribed\sby|"
    r"read\sby|verified\sby|approved\sby|attending|resident|requested\sby|ordering\s(?:provider|physician)|"
    r"befunder(?:in)?|validiert|diktiert|nachrichtlich|kopie\san|interpreter|dolmetscher(?:in)?|"
    r"communicated\sto|discussed\swith|rufname|preferred\sname|genannt|tochter|sohn|ehemann|ehefrau|"
    r"bruder|schwester|daughter|wife|husband|brother|sister|mother|father|mutter|vater|cc")
# Label words that also end other words ("Gebärmutter Myom", "accession"): taken only at a word start.
_WORD_START_LABELS = frozenset({"cc", "sohn", "mutter", "vater", "mother", "father", "brother", "sister", "wife",
                                "husband", "tochter", "bruder", "schwester", "daughter", "ehemann", "ehefrau"})
SIGNATURE_NAME = re.compile(rf"[ \t]*:?[ \t]*[\"„“]?(?:{TITLE}[ \t]?)*[ \t]*(?P<v>{NAME_SEQ})")
# After a labelled name, more names of the same list: "gez. M. Zielińska / T. Öz", "cc: Dr. A; B C, RN".
NAME_LIST_NEXT = re.compile(rf",?[ \t]*(?:MD|RN|NP|PhD|M\.D\.)?[ \t]*[/;][ \t]*(?:{TITLE}[ \t]?)*[ \t]*"
                            rf"(?P<v>{NAME_SEQ})")
# A nickname in brackets right after a name: "Mr. Smirnov (Dima)".
NICKNAME_AFTER = re.compile(rf"[ \t]*\([ \t]*[\"„“]?(?P<v>{NAME})[\"“]?[ \t]*\)")
# Labelled name fields whose value is typed in any case: "PATIENT: WIŚNIEWSKI, TOMASZ", "Name: ferrari,
# lucia", "Diktiert: pham / geschrieben: kr". Only ALL CAPS, "surname, given name" or dictation marks.
_ANY = r"[^\W\d_]"
FIELD_ANY_CASE_LABEL = re.compile(
    r"(?P<f>patient(?:in)?(?:\sname)?|pat\.|pt|name|befunder(?:in)?|validiert|diktiert|geschrieben|"
    r"transcribed\sby|dictated\sby|typed\sby|schreibkraft)[ \t]*:")
FIELD_ANY_CASE = re.compile(
    rf"[ \t]*(?P<v>{_ANY}{{2,}}(?:[-'][ \t]?{_ANY}+|[ \t]{_ANY}+)*(?:,[ \t]?{_ANY}+(?:[-' ]{_ANY}+)*)?)")
# Letter+digit codes in hyphenated groups ("RX-55-01927-B", "RQ24-00817", "FN-2209-338"): a letter and four
# digits or more (checked in rule_hits), so that COVID-19, C5-C6 or L4-S1 stay.
HYPHEN_CODE = re.compile(r"(?<![\w-])(?P<v>[A-Z0-9]+(?:-[A-Z0-9]+)+)(?![\w-])")
_DICTATION_FIELDS = frozenset({"diktiert", "geschrieben", "transcribed by", "dictated by", "typed by", "schreibkraft"})

PERSON_PATTERNS = (
    # Titles and salutations before a name: "Dr. med. Hans Schäfer", "Frau Müller", "Mr. J. Smith".
    re.compile(rf"(?<![\w.])(?:{TITLE}[ \t]?)+[ \t]*(?P<v>{NAME_SEQ})"),
    # Labelled patient fields: "Patient: Müller, Anna", "Name: Anna Müller".
    re.compile(rf"(?:Patient(?:in)?|Pat\.|Name|Patient name|Nachname|Vorname)\s*:\s*(?P<v>{NAME}(?:,\s*{NAME})?"
               rf"(?:\s+{NAME})?)"),
    # "Patient Heinz Müller", "Pat. K. Vogl": a name right after the word (checked in rule_hits: no
    # common noun inside, since "Patient Information" is no name).
    re.compile(rf"(?<![\w.])(?:Patient(?:in)?|Pat\.|Pt\.)[ \t]+(?P<v>{NAME_SEQ})"),
    # Maiden names: "Maria Bauer geb. Steiner", "née Smith" ("geb. am 03.12.1956" is a date, no name).
    re.compile(rf"(?<![\w.])(?:geb\.|geborene|née|nee)[ \t]+(?P<v>{NAME}(?:-{NAME})?)"),
    # A name line after a closing formula.
    re.compile(rf"(?i:mit\sfreundlichen\s(?:kollegialen\s)?grüßen|mfg|kind\sregards|best\sregards|sincerely|"
               rf"yours\ssincerely)[,.]?\s*\n\s*(?:{TITLE}\s?)*\s*(?P<v>{NAME_SEQ})"),
)

_PATIENT_WORD = PERSON_PATTERNS[2]
_TOKEN = re.compile(rf"[{_UP}{_LO}\w'-]+")


def trim_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop trailing capitalized common nouns that the name pattern swallowed ("Dr. Meier Befund")."""
    words = list(_TOKEN.finditer(text, start, end))
    while words and words[-1].group().lower().strip("-") in NOT_NAME_WORDS:
        words.pop()
    if not words:
        return None
    first = words[0].start()
    # An initial before the first word ("J. Smith") belongs to the name.
    return min(start, first), words[-1].end()


def _group_hits(pattern: re.Pattern[str], text: str, label: str, source: str) -> Iterator[Hit]:
    for m in pattern.finditer(text):
        yield Hit(m.start("v"), m.end("v"), label, source)


def rule_hits(text: str) -> list[Hit]:
    """Every rule hit in `text` except dates (those need parsing: see text_dates.py)."""
    hits: list[Hit] = []
    for pattern in PERSON_PATTERNS:
        for h in _group_hits(pattern, text, "PERSON", "rule"):
            if pattern is _PATIENT_WORD and any(t.group().lower() in NOT_NAME_WORDS
                                                for t in _TOKEN.finditer(text, h.start, h.end)):
                continue
            trimmed = trim_name(text, h.start, h.end)
            if trimmed:
                hits.append(Hit(trimmed[0], trimmed[1], "PERSON", "rule"))
    for pattern in ID_PATTERNS:
        hits.extend(_group_hits(pattern, text, "ID", "rule"))
    for pattern in PHONE_PATTERNS:
        hits.extend(_group_hits(pattern, text, "PHONE", "rule"))
    hits.extend(_group_hits(EMAIL_PATTERN, text, "EMAIL", "rule"))
    for pattern in ADDRESS_PATTERNS:
        for h in _group_hits(pattern, text, "ADDRESS", "rule"):
            last = text[h.start:h.end].split()[-1]
            if last not in NOT_CITY_WORDS:
                hits.append(h)
    lowered = text.lower()
    if len(lowered) == len(text):  # lower() keeps offsets (it does for all but a few rare letters)
        labels = SIGNATURE_LABEL.finditer(lowered)
    else:
        labels = re.finditer(f"(?i:{SIGNATURE_LABEL.pattern})", text)
    for label in labels:
        if label.group().lower() in _WORD_START_LABELS and label.start() and text[label.start() - 1].isalpha():
            continue
        m = SIGNATURE_NAME.match(text, label.end())
        trimmed = trim_name(text, m.start("v"), m.end("v")) if m else None
        if trimmed:
            hits.append(Hit(trimmed[0], trimmed[1], "PERSON", "rule"))
    for code in HYPHEN_CODE.finditer(text):
        value = code.group("v")
        if sum(c.isdigit() for c in value) >= 4 and any(c.isalpha() for c in value):
            hits.append(Hit(code.start(), code.end(), "ID", "rule"))
    fields = (FIELD_ANY_CASE_LABEL.finditer(lowered) if len(lowered) == len(text)
              else re.finditer(f"(?i:{FIELD_ANY_CASE_LABEL.pattern})", text))
    for f in fields:
        if f.start() and text[f.start() - 1].isalpha():
            continue
        m = FIELD_ANY_CASE.match(text, f.end())
        if m is None:
            continue
        value, field = m.group("v"), f.group("f").lower()
        trimmed = trim_name(text, m.start("v"), m.end("v"))
        if trimmed and (value.isupper() or "," in value or field in _DICTATION_FIELDS) and not any(
                t.group().lower() in NOT_NAME_WORDS for t in _TOKEN.finditer(text, *trimmed)):
            hits.append(Hit(trimmed[0], trimmed[1], "PERSON", "rule"))
    for h in [h for h in hits if h.label == "PERSON"]:
        end = h.end
        while (m := NAME_LIST_NEXT.match(text, end)) or (m := NICKNAME_AFTER.match(text, end)):
            trimmed = trim_name(text, m.start("v"), m.end("v"))
            if trimmed is None or trimmed[0] != m.start("v"):
                break
            hits.append(Hit(trimmed[0], trimmed[1], "PERSON", "rule"))
            end = m.end()
    streets = [h for h in hits if h.label == "ADDRESS"]
    for h in streets:
        m = POSTCODE_AFTER_STREET.match(text, h.end)
        if m is not None:
            hits.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
    for pattern in INSTITUTION_PATTERNS:
        for h in _group_hits(pattern, text, "INSTITUTION", "rule"):
            words = text[h.start:h.end].split()
            trimmed = trim_name(text, h.start, h.end)
            if trimmed and not any(w in NOT_INSTITUTION_TAILS for w in words[1:]):
                hits.append(Hit(h.start, trimmed[1], "INSTITUTION", "rule"))
    for pattern in AGE_PATTERNS:
        hits.extend(_group_hits(pattern, text, "AGE", "rule"))
    return hits
