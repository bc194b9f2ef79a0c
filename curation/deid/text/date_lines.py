"""The place of a letter's place-and-date line (round 18c): ADDRESS.

A letter opens or signs with "<Town>, <date>" alone on its line, in every language the pipeline meets:
"<Town>, 10. März 2025", "<Town>, den 03.04.2025", "<Town>, le 4 juin 2025", "<Town>, lì 12 marzo 2025",
"<Town>, 2 July 2025", "<Town>, July 2, 2025", also with a signer after it ("<Town>, le <date>, <Surname>,
médecin-chef", round 19a). The town is where the writer (or the patient's doctor) sits: the
town is ADDRESS, the date is left to the date rules. The line must hold nothing but the town, a comma, an optional
article ("den", "am", "le", "il", "lì", "the") and one written date; a weekday, a date label or a report word
opening the line ("Montag, 3. März 2025", "Datum, 03.04.2025", "Verlauf, 12.03.2025") is no town, and an unlisted
word without an article must be name-shaped (no common noun, no clinical word: facilities.is_de_name_word).
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit, StartsAfter
from curation.deid.text.dates import (
    MONTHS_DE,
    MONTHS_EN,
    MONTHS_FR,
    MONTHS_IT,
    WEEKDAYS_DE,
    WEEKDAYS_EN,
    WEEKDAYS_FR,
    WEEKDAYS_IT,
)
from curation.deid.text.facilities import is_de_name_word
from curation.deid.text.towns import CLINICAL_WORDS
from curation.deid.text.transfer_towns import known_town_end

__all__ = ["date_line_hits"]

_MONTH = "|".join(sorted({*MONTHS_DE, *MONTHS_EN, *MONTHS_FR, *MONTHS_IT, *(m.capitalize() for m in MONTHS_FR),
                          *(m.capitalize() for m in MONTHS_IT), *(m[:3] for m in MONTHS_EN), "Jänner", "Feber"},
                         key=len, reverse=True))
_WORD = rf"[{UP}][{LO}]+"
_TOWN = (rf"(?:(?:St|Ste|S|Sta)\.[ \t]?)?{_WORD}(?:(?:[ \t]|-)(?:{_WORD}|sur|sous|am|an|der|im|bei|di|de|la|le|les|"
         r"en|upon|on|in|ob|unter|vor)){0,4}")
# A written date of a letter (day month year, month day year, numeric); signer_names reads it too.
LETTER_DATE = (rf"(?:\d{{1,2}}(?:\.|er|°|º|st|nd|rd|th)?[ \t]?(?:{_MONTH})\.?,?[ \t]\d{{4}}|"
               rf"(?:{_MONTH})[ \t]\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]\d{{4}}|"
               r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))")
# A form's place-and-date label before the town, a signature field after the date (round 20b): "Luogo e data:
# <Town>, <date>", "<Town>, <date> – Unterschrift".
_PLACE_DATE_LABEL = (r"(?:(?:Ort(?:,|[ \t]und|/)[ \t]?Datum|Datum(?:,|[ \t]und|/)[ \t]?Ort|Luogo[ \t]e[ \t]data|"
                     r"Data[ \t]e[ \t]luogo|Lieu[ \t]et[ \t]date|Date[ \t]et[ \t]lieu|Place[ \t]and[ \t]date|"
                     r"Date[ \t]and[ \t]place)[ \t]*:[ \t]*)")
_SIGNATURE_AFTER = (r"(?:[ \t]+[–—-][ \t]+(?:Unterschrift|Signature|Firma|Signed|Sign|Visum|gez\.)[^\n]{0,60})")
# Alone on its line (a signature field after it, round 20b), or signed on it: "<Town>, le <date>, <Name>, <role>"
# (round 19a, signer_names).
DATE_LINE = re.compile(rf"(?m)^[ \t]*{_PLACE_DATE_LABEL}?(?P<v>{_TOWN}),[ \t]*"
                       rf"(?P<art>(?:den|am|le|il|lì|li|the|im)[ \t]+)?{LETTER_DATE}"
                       rf"(?:{_SIGNATURE_AFTER}?[ \t]*$|,[ \t]+(?=[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?,[ \t]))")
DATE_LINE = StartsAfter(DATE_LINE, holding=",")  # tried at the starts of lines with a comma (round 18 of speed)
_NOT_TOWN = frozenset({*WEEKDAYS_DE, *WEEKDAYS_EN, *(w.capitalize() for w in (*WEEKDAYS_FR, *WEEKDAYS_IT)),
                       "Datum", "Date", "Data", "Stand", "Eingang", "Received", "Dictated", "Diktiert", "Geschrieben",
                       "Signed", "Befundet", "Vidimiert", "Freigegeben", "Untersuchung", "Heute", "Today", "Oggi",
                       "Updated", "Erstellt", "Gedruckt", "Printed", "Report", "Befund", "Bericht", "Rapport",
                       "Referto", "Addendum", "Nachtrag", "Korrektur", "Version", "Visum", "Validiert", "Ausdruck",
                       "Unterschrift", "Signature", "Firma", "Reviewed", "Approved", "Verified", "Typed", "Mo", "Di",
                       "Mi", "Do", "Fr", "Sa", "So", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Lu", "Ma",
                       "Me", "Je", "Ve", "Gi", "Gio", "Ven", "Sab", "Dom", "Verlauf", "Procedere", "Kontrolle",
                       "Nachkontrolle", "Vergleich", "Voruntersuchung", "Voraufnahme", "Vorbefund", "Termin",
                       "Aufnahme", "Entlassung", "Eintritt", "Austritt", "Operation", "Intervention", "Biopsie",
                       "Punktion", "Comparison", "Prior", "Previous", "Follow", "Scan", "Study", "Exam", "Controllo",
                       "Contrôle", "Suivi", "Esame", "Examen", "Seit", "Since", "Ab", "Bis", "Until"})


# A postcode line of a letterhead within the lines above ("8001 Zürich", "D-80331 München", "LS6 3EX").
_ADDRESS_ABOVE = re.compile(r"(?m)^[^\n]*(?:\b(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+[A-ZÄÖÜ][\w-]+|"
                            r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b)[^\n]*\n(?:[^\n]*\n){0,3}[ \t]*\Z")
# Heading, finding and event words that open a "<Word>, <date>" line of a report (review 18).
_HEADING_WORDS = frozenset({
    "verlaufskontrolle", "konsil", "notfall", "tumorboard", "entlassbrief", "arztbrief", "letzte", "periode",
    "unfall", "sturz", "erstdiagnose", "diagnose", "rezidiv", "progress", "staging", "restaging", "geburt",
    "sectio", "kaiserschnitt", "chest", "knee", "procedure", "last", "menstrual", "onset", "symptom",
    "discharge", "injury", "fall", "diagnosis", "recurrence", "baseline", "screening", "mammogram",
    "ultrasound", "biopsy", "bilan", "scanner", "conclusioni", "indicazione", "ecografia", "risonanza",
    "intervento", "dimissione", "ricovero", "left", "right", "ultraschall", "abdomen", "röntgen", "thorax",
    "radiographie", "gastroskopie", "pap", "smear", "colonoscopy", "voraufnahmen", "vorbefunde",
    "voruntersuchungen", "outside", "films", "old", "repeat", "final", "preliminary", "konferenz", "weekly",
    "meeting", "clinic", "visite", "sprechstunde", "stroke", "schlaganfall", "herzinfarkt", "pulmonary",
    "embolism", "report", "befund", "mri", "ct"})


def date_line_hits(text: str) -> list[Hit]:
    """ADDRESS hits of the town of a letter's place-and-date line in `text`."""
    if "," not in text:
        return []
    hits: list[Hit] = []
    for m in DATE_LINE.finditer(text):
        town = m.group("v")
        if town.split()[0].split("-")[0] in _NOT_TOWN:
            continue
        # Review 18: a listed town that is no clinical or heading word, or name-shaped words right after a letterhead
        # address block (a postcode line above); an article alone ("den", "le") proves nothing.
        parts = [w for w in re.split(r"[ \t-]+", town) if w[:1].isupper()]
        if any(w in CLINICAL_WORDS or w.lower() in _HEADING_WORDS for w in parts):
            continue
        if known_town_end(text, m.start("v")) is None and not (
                _ADDRESS_ABOVE.search(text, max(0, m.start() - 200), m.start())
                and all(is_de_name_word(w) for w in parts)):
            continue
        hits.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
    return hits
