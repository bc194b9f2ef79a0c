"""Places in report text: street addresses, postcodes and towns, wards and rooms, institution names.

German, Austrian, Swiss, UK and US forms ("Hauptstraße 5, 8010 Graz", "A-1090 Wien", "London NW1 6XE",
"Boston, MA 02114", "Station 4B"), and hospital/practice names ("Klinikum rechts der Isar",
"St. Josefskrankenhaus Freiburg", "Massachusetts General Hospital").
"""

from __future__ import annotations

import re

from radcurate.curation.deid.text_common import LO, UP, Hit, group_hits
from radcurate.curation.deid.text_names import trim_name

_STREET_SUFFIX = r"(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad)"
ADDRESS_PATTERNS = (
    re.compile(rf"(?P<v>\b[{UP}][{LO}]+(?:-[{UP}]?[{LO}]+)*{_STREET_SUFFIX}\s*\d{{1,4}}\s?[a-z]?\b)"),
    re.compile(rf"(?P<v>\b[{UP}][\w{LO}.-]*\s(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring)\s*\d{{1,4}}"
               rf"\s?[a-z]?\b)"),
    # Streets without a suffix ("Am Mühlbach 75") when a postcode follows or a label precedes.
    re.compile(rf"(?P<v>\b(?:Am|An der|An den|Im|Auf der|Auf dem|Zum|Zur|In der|Unter den|Hinter der)\s"
               rf"[{UP}][{LO}]+(?:[-\s][{UP}][{LO}]+)?\s\d{{1,4}}\s?[a-z]?)(?=,?\s(?:D-)?\d{{5}}\s)"),
    re.compile(rf"(?i:anschrift|adresse|address|wohnhaft(?:\sin)?)\s*:?\s*(?P<v>[{UP}][^\n,;]{{2,40}}?\d{{1,4}}"
               rf"\s?[a-z]?)(?=[\s,;]|$)"),
    re.compile(r"(?P<v>\b\d{1,5}[A-Z]?\s(?:[NSEW]\.?\s)?(?:[A-Z][a-z]+\s){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|"
               r"Ave\.?|Lane|Drive|Boulevard|Blvd\.?|Way|Close|Court)(?!\w)(?:,?\s(?:Suite|Ste\.?|Apt\.?|Unit|#)\s?"
               r"\w+)?)"),
    re.compile(rf"(?<!\d)(?<!Bild\s)(?<!Image\s)(?P<v>(?:D-)?\d{{5}}[ \t][{UP}][{LO}]+"
               rf"(?:[ -](?:(?:im|am|an der|a\.\s?d\.)\s)?[{UP}][{LO}]+)?)"),
    # Austrian/Swiss/German postcodes with a country prefix: "A-1090 Wien", "CH-8091 Zürich".
    re.compile(rf"(?P<v>\b(?:A|AT|CH|D|DE|FL)-\d{{4,5}}\s[{UP}][{LO}]+(?:[ -][{UP}][{LO}]+)?)"),
    # UK postcodes ("London NW1 6XE") and US city, state ZIP ("Boston, MA 02114").
    re.compile(rf"(?P<v>(?:\b[{UP}][{LO}]+\s)?\b[A-Z]{{1,2}}\d[A-Z\d]?\s\d[A-Z]{{2}}\b)"),
    re.compile(r"(?P<v>\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,[ \t][A-Z]{2}[ \t]\d{5}(?:-\d{4})?\b)"),
    # Ward, room and bed inside a hospital: "Station 4B", "Zimmer 12", "Room 401".
    re.compile(r"(?P<v>\b(?:Station|Zimmer|Zi\.|Bett|Room|Rm\.?|Ward|Bed)(?::?\s)?(?:Nr\.\s?)?\d{1,4}[A-Za-z]?(?:-\d{1,3})?\b)"),
)
# A four-digit postcode and town right after a street ("Hauptstraße 5, 8010 Graz"): four digits alone
# are too often a year ("seit 2019 Beschwerden") to stand without the street before them.
POSTCODE_AFTER_STREET = re.compile(rf",?\s(?P<v>\d{{4}}\s[{UP}][{LO}]+(?:[ -][{UP}][{LO}]+)?)")
# Words after a five-digit number that make it a count, not a postcode.
NOT_CITY_WORDS = frozenset({"Einheiten", "IE", "Bilder", "Schichten", "Images", "Slices", "Units", "Patienten",
                            "Hounsfield"})

_INST_HEAD = (r"(?:Landeskrankenhaus|Landesklinikum|LKH|Kantonsspital|Universitätsspital|Spital|"
              r"Universitätsklinikum|Universitätsklinik|Uniklinikum|Uniklinik|Klinikum|Kreiskrankenhaus|"
              r"Krankenhaus|Kreisklinik|Kliniken|Klinik|Gemeinschaftspraxis|Praxis|MVZ|Hospital|University Hospital|"
              r"Medical Center|Medical Centre|Clinic|Infirmary)")
INSTITUTION_PATTERNS = (
    re.compile(rf"(?P<v>(?:[{UP}][\w{LO}.-]+\s)?{_INST_HEAD}\s(?:(?:der|des|am|an der|im|St\.|Sankt|of|the|"
               rf"Dr\.)\s)*[{UP}][\w{LO}.'-]+(?:\s[{UP}][\w{LO}'-]+)?)"),
    re.compile(rf"(?P<v>(?:St\.|Sankt|Saint)\s[{UP}][\w{LO}'-]+(?:[-\s](?:Hospital|Krankenhaus|Klinik|Klinikum|"
               rf"Spital|Infirmary))?)"),
    re.compile(rf"(?P<v>\b(?:(?:St\.|Sankt)-)?[{UP}][\w{LO}]+-(?:Krankenhaus|Klinik|Klinikum|Hospital|Spital))"),
    # Compound names and a following town: "St. Josefskrankenhaus Freiburg", "Kreisklinikum Lörrach".
    re.compile(rf"(?P<v>\b(?:(?:St\.|Sankt)\s)?[{UP}][{LO}]+(?:krankenhaus|klinikum|kliniken|klinik|spital)"
               rf"(?:\s(?:am\s|an\sder\s|im\s)?[{UP}][{LO}]+(?:[\s-](?:im|am)\s[{UP}][{LO}]+)?)?)"),
    re.compile(rf"(?P<v>\b(?:[{UP}][\w{LO}']+\s){{1,3}}(?:University Hospital|General Hospital|Hospital|"
               rf"Medical Center|Infirmary))"),
)
# Department words after "Klinik"/"Praxis": "Klinik für Innere Medizin" names no institution.
NOT_INSTITUTION_TAILS = frozenset({"für", "for", "Innere", "Radiologie", "Chirurgie"})



def place_hits(text: str) -> list[Hit]:
    """Every ADDRESS and INSTITUTION rule hit in `text`."""
    hits: list[Hit] = []
    for pattern in ADDRESS_PATTERNS:
        for h in group_hits(pattern, text, "ADDRESS"):
            last = text[h.start:h.end].split()[-1]
            if last not in NOT_CITY_WORDS:
                hits.append(h)
    for h in list(hits):
        m = POSTCODE_AFTER_STREET.match(text, h.end)
        if m is not None:
            hits.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
    for pattern in INSTITUTION_PATTERNS:
        for h in group_hits(pattern, text, "INSTITUTION"):
            words = text[h.start:h.end].split()
            trimmed = trim_name(text, h.start, h.end)
            if trimmed and not any(w in NOT_INSTITUTION_TAILS for w in words[1:]):
                hits.append(Hit(h.start, trimmed[1], "INSTITUTION", "rule"))
    return hits
