"""Dates in report text: find them in every common format and shift them in their own style.

A date is moved by the patient's shift (whole weeks, from the pseudonymizer), so intervals between
studies and reports stay true and weekdays survive. The shifted date is written back in the style it
was found in ("12.03.2024" -> "05.09.2019", "12. März 2024" -> "5. September 2019", "03/2024" ->
"09/2019"). Without a known shift, or for a string that is no valid calendar date, a tag replaces it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from curation.deid.text.common import (
    COUNTED_AFTER,
    LOWER_GATES,
    TEXT_GATES,
    RunBeforeLiteral,
    TextContext,
    context_for,
    current,
    literal_starts,
    lowered_text,
)
from curation.deid.text.ocr_digits import covers_token, digit_view

MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
# French and Italian (Swiss reports): only between a day and a year ("12 mars 2025", "1er décembre 2024",
# "5 maggio 2024"), where a lower-case month word cannot be a common word.
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")
MONTHS_IT = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
             "ottobre", "novembre", "dicembre")
_ROMANCE = {w: i for months in (MONTHS_FR, MONTHS_IT) for i, w in enumerate(months, start=1)}
# Their abbreviations as mail clients and RIS exports write them (round 16c: "Envoyé : mercredi 12 févr. 2025",
# "Inviato: martedì 4 mar 2025"): only between a day and a year, like the full words.
MONTHS_FR_ABBR = ("janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc")
MONTHS_IT_ABBR = ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic")
_ROMANCE_ABBR = {w: i for months in (MONTHS_IT_ABBR, MONTHS_FR_ABBR) for i, w in enumerate(months, start=1)}
_ROMANCE_ABBR_RE = "|".join(sorted({*_ROMANCE_ABBR, *(w.capitalize() for w in _ROMANCE_ABBR)} - {*_ROMANCE},
                                   key=len, reverse=True))
_ROMANCE_RE = "|".join(sorted({*_ROMANCE, *(w.capitalize() for w in _ROMANCE)}, key=len, reverse=True))
_MONTH_WORDS = sorted({*MONTHS_DE, *MONTHS_EN, *(m[:3] for m in MONTHS_EN), "Jän", "Mär", "Okt", "Dez",
                       "Sept", "Maerz", "Jänner", "Feber"}, key=len, reverse=True)
_GERMANIC = frozenset(_MONTH_WORDS)  # as written: "Sept", "Nov" stay English / German, "mar", "nov" not
MONTH_RE = r"(?:" + "|".join(_MONTH_WORDS) + r")\.?"
# After a day number the month may also be written in capitals ("12-DEC-2023", "3 MAI 1937"): a day and a
# year around it make even "MAY" a date.
# Roman month numerals ("19.III.2024") only between a day and a year.
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_DAY_MONTH_RE = r"(?:" + "|".join(sorted({*_MONTH_WORDS, *(w.upper() for w in _MONTH_WORDS), *ROMAN_MONTHS},
                                         key=len, reverse=True)) + r")"
_ORDINAL = r"st|nd|rd|th"
# Capitalised month words for dates without a year (lower-case "may"/"mar" are words); "May"/"Mai" stay
# ambiguous before a day only where no day follows ("May cause").
_FULL_OR_ABBR = r"(?:" + "|".join(sorted({*MONTHS_DE, *MONTHS_EN, "Jänner", "Feber", "Sept", "Jan", "Feb", "Mar",
                                          "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Okt", "Nov", "Dec", "Dez"},
                                         key=len, reverse=True)) + r")"

# Dates: the patterns carry named groups that `text_dates.py` reads to shift the date in its own style.
DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d])")),
    # A spaced form with a four-digit year too ("vom 6. 11. 2025", round 21b), not before a counted noun ("Segmente
    # 5. 6. 2000 Zellen"; mend of 21b).
    ("dmy", re.compile(rf"(?<![\d.,])(?<!\d/)(?P<d>\d{{1,2}})"
                       rf"(?P<sep>[./-]|\.[ ](?=[01]?\d\.[ ](?:19|20)\d\d(?!\d)(?!{COUNTED_AFTER})))"
                       r"(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
                       r"(?!\.?\d)(?![-/]\d)")),
    # Not the head of an accession "20231107-0088" / "20240311CT-0042" (an id rule takes it whole).
    ("compact", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
                           r"(?!\d|-?[A-Z]{0,4}-\d)")),
    # "12. März 2024", "3. Mai 1937", "03.Mai.1937", "3rd May 1937", "12 Dec 2023", "12-Dec-2023": the day's
    # ordinal mark (o) and both separators (s1, s2) are kept as written.
    ("d_month_y", re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})(?P<o>{_ORDINAL}|\.)?(?P<s1>[ \t]?-?[ \t]?(?:of[ \t])?)"
                             rf"(?P<mon>{_DAY_MONTH_RE})(?P<s2>\.?[ \t]|\.|-|,[ \t]?)"
                             rf"(?P<y>(?:19|20)\d\d|(?<=-)\d\d)(?!\d)")),
    # The same in French and Italian, a pattern of its own (run only where such a month word occurs: a longer
    # month alternation would cost every digit of every report).
    # Italian writes the first of a month as an ordinal (round 18c: "1° marzo 2025", "1º aprile").
    ("d_month_y", re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})(?P<o>er|°|º|\.)?(?P<s1>[ \t])"
                             rf"(?P<mon>{_ROMANCE_RE}|(?:{_ROMANCE_ABBR_RE})\.?)"
                             rf"(?P<s2>[ \t])(?P<y>(?:19|20)\d\d)(?!\d)")),
    # "May 3rd, 1937", "Dec 12 2023", "March 5, 2024".
    ("month_d_y", re.compile(rf"\b(?P<mon>{MONTH_RE})\s(?P<d>\d{{1,2}})(?P<o>{_ORDINAL})?(?P<s2>,?\s)"
                             rf"(?P<y>(?:19|20)\d\d)(?!\d)")),
    # "Mar 12 '24", "March 3rd, '23": a two-digit year after an apostrophe.
    ("month_d_yy", re.compile(rf"\b(?P<mon>{MONTH_RE})\s(?P<d>\d{{1,2}})(?P<o>{_ORDINAL})?(?P<s2>,?\s)'"
                              rf"(?P<y>\d\d)(?!\d)")),
    # "Nov '22", "Sept. ’23", "Jan '24": a month word and a two-digit year after an apostrophe.
    ("month_yy", re.compile(rf"\b(?P<mon>{MONTH_RE})(?P<s2>[ \t]?)(?P<ap>['’])(?P<y>\d\d)(?![\d'’])")),
    ("month_y", re.compile(rf"\b(?P<mon>{MONTH_RE})\s(?P<y>(?:19|20)\d\d)(?!\d)")),
    # ISO year and month: "2024-03".
    ("ym", re.compile(r"(?<![\d./-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?![\d/-]|\.\d)")),
    ("m_y", re.compile(r"(?<![\d.,:/])(?P<m>0?[1-9]|1[0-2])(?P<sep>[./])(?P<y>(?:19|20)\d\d)(?![\d])")),
    # Month and two-digit year after a word of time: "seit 03/22", "since 4/22", "Stand 11/23" (checked in
    # find_dates: "3/22 Lymphknoten" is a count).
    ("m_yy", re.compile(r"(?<![\d.,:/])(?P<m>0?[1-9]|1[0-2])(?P<sep>/)(?P<y>[0-3]\d)(?![\d/]|\.\d)")),
    # Day and month with dots and no year: "vom 17.08.", "am 3.6.:" (see find_dates for "4.2." ending a sentence).
    # Also before a full stop ("am 14.3..") and as the first date of a range ("02.03.–14.03.2025").
    # (Also the second day of a night-shift range "21./22.03.": a slash only after a day and its dot.)
    # (The slash test as one lookbehind, "no slash unless after a day and its dot", so that the scanner takes the
    # day's first digit first: the alternation of two lookbehinds kept `re` trying every position; round 15.)
    ("dm", re.compile(r"(?<![\d.,:])(?<!(?<!\d\.)/)(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?![\d])"
                      r"(?=\s|$|[,;:)]|\.(?!\d)|[–-][ \t]?\d{1,2}\.\d{1,2}\.)")),
    # Day and month without a year: "June 2nd", "March 30th", "on Oct 3" (English order: a capitalised
    # month word, a day not followed by more digits or a unit), "12th of March", "9 Sept", "7. Juli".
    ("month_d", re.compile(rf"\b(?P<mon>{_FULL_OR_ABBR})(?P<s1>\.?[ \t])(?P<d>[12]?\d|3[01])(?P<o>{_ORDINAL})?"
                           rf"(?![\d.:,/]\d|[\w/-]|[ \t]?(?:mm|cm|mg|ml|%|x|patients|Patienten))")),
    ("d_month", re.compile(rf"(?<![\d.,:/])(?P<d>[12]?\d|3[01])(?P<o>{_ORDINAL}|\.)?(?P<s1>[ \t](?:of[ \t])?)"
                           rf"(?P<mon>{_FULL_OR_ABBR})(?P<dot>\.?)(?![\w])(?![ \t.,-]*\d)")),
    # French and Italian day and month word without a year after a preposition or a weekday (checked in
    # find_dates): "le 22 janvier", "du 3 mars", "jeudi 6 février", "il 14 marzo" (round 11).
    ("d_month_r", re.compile(rf"(?<![\d.,:/])(?P<d>[12]?\d|3[01])(?P<o>er|°|º)?(?P<s1>[ \t])"
                             rf"(?P<mon>{'|'.join(sorted(_ROMANCE, key=len, reverse=True))})(?![\w])"
                             rf"(?![ \t.,-]*\d)")),
    # A numeric day and month with a slash after an exam name (checked in find_dates): "CT 14/3", "MRI 02/12"
    # (round 11; the order as for "dmy": English day/month only where the first number cannot be a month).
    ("dm_slash", re.compile(r"(?<![\d.,:/])(?P<d>0?[1-9]|[12]\d|3[01])(?P<sep>/)(?P<m>0?[1-9]|[12]\d|3[01])"
                            r"(?![\d/]|[.,]\d|[ \t]?(?:mm|cm|ml|mg|%|x\b|Hz|bpm))"
                            r"(?![ \t]+(?:of|lesions?|nodes?|nodules?|segments?|levels?|vertebrae|ribs?|patients|"
                            r"cases|foci|sites|areas|positive|negative|slices|images|views|vessels|branches)\b)")),
    # Quarters: "Q1 2025", "Q3/2024", "1. Quartal 2025".
    ("quarter", re.compile(r"(?<!\w)(?:Q(?P<q>[1-4])\s?[/ ]?\s?|(?P<qn>[1-4])\.\s?Quartal\s)"
                           r"(?P<y>(?:19|20)\d\d)(?!\d)")),
    # Seasons with a year: "Frühjahr 2022", "Herbst 2023", "spring 2021", "fall 2022" (not "Fall 2024-0041", an id).
    ("season", re.compile(r"\b(?P<sn>Frühjahr|Frühling|Sommer|Herbst|Winter|[Ss]pring|[Ss]ummer|[Aa]utumn|fall|"
                          r"[Ww]inter)[ \t](?P<y>(?:19|20)\d\d)(?!\d|-\d)")),
    # A weekday and an ordinal day without a month (round 15c): "Friday 14th", "on Tue the 3rd", "Freitag, den 14.":
    # tagged (no month to shift by); with a month after it the day-month patterns above took it first.
    ("wd_d", re.compile(r"\b(?P<wd>(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Satur|Sat|Sun)(?:day)?\.?,?[ \t]"
                        r"(?:the[ \t])?(?P<d>[12]?\d|3[01])(?P<o>st|nd|rd|th)|"
                        r"(?:(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag|Mittwoch),?[ \t](?:den|dem)[ \t]"
                        r"(?P<dd>[12]?\d|3[01])\.(?!\d))"
                        r"(?![\w])")),
    # French and Italian month and year, written in lower case as both languages write months ("mars 2024",
    # "février 2023", "marzo 2022"); last, so that German "Mai 2024" stays a German month.
    ("month_y", re.compile(rf"(?<![\w])(?P<mon>{'|'.join(sorted(_ROMANCE, key=len, reverse=True))})[ \t]"
                           rf"(?P<y>(?:19|20)\d\d)(?!\d)")),
)
# A date label right before a date-shaped value: the value is a date even when no calendar has it ("geb.
# 29.02.1951", "DOB: 31/04/1958"), a typo or a deliberate shift that still identifies.
_DATE_LABEL_BEFORE = re.compile(r"(?:geb\.|geboren|geburtsdatum|geb\.-datum|dob|d\.o\.b\.|date of birth|born|"
                                r"né(?:e)? le|nat[oa] il|data di nascita|date de naissance|datum|date)[ \t]*:?[ \t]*\Z")
_SEASON_MONTH = {"frühjahr": 4, "frühling": 4, "sommer": 7, "herbst": 10, "winter": 1, "spring": 4, "summer": 7,
                 "autumn": 10, "fall": 10}
WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_IT = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
# A weekday written just before a date ("Di, 02.04.24", "Tuesday, 5 March 2024") belongs to it: it is
# rewritten from the shifted date. A time just after it ("14.03.2024, 10:42 Uhr") stays outside the span, shifted
# or tagged: the time of day identifies no one, and intervals stay true (a tagged date took it before round 9).
WEEKDAY_BEFORE = re.compile(r"(?<!\w)(?P<wd>" + "|".join(sorted(
    {*WEEKDAYS_DE, *WEEKDAYS_EN, *(w[:2] for w in WEEKDAYS_DE), *(w[:3] for w in WEEKDAYS_EN), "Tues", "Thurs",
     *WEEKDAYS_FR, *WEEKDAYS_IT, *(w.capitalize() for w in (*WEEKDAYS_FR, *WEEKDAYS_IT))},
    key=len, reverse=True)) + r")(?P<dot>\.?)(?P<sep>,?\s{1,2}(?:den\s|the\s)?)$")
# "the 4th of November": the article of an ordinal day belongs to the date (round 12).
_THE_BEFORE = re.compile(r"(?<!\w)[Tt]he[ \t]\Z")


_MONTH_LOOKUP: dict[str, int] = {}
for _i, (_de, _en) in enumerate(zip(MONTHS_DE, MONTHS_EN, strict=True), start=1):
    for _word in (_de, _en, _en[:3], _de[:3]):
        _MONTH_LOOKUP[_word.lower()] = _i
_MONTH_LOOKUP.update({"jän": 1, "mär": 3, "maerz": 3, "okt": 10, "dez": 12, "sept": 9, "jänner": 1, "feber": 2})
_MONTH_LOOKUP.update({r.lower(): i for i, r in enumerate(ROMAN_MONTHS, start=1)})
_MONTH_LOOKUP.update(_ROMANCE)
_MONTH_LOOKUP.update({w: i for w, i in _ROMANCE_ABBR.items() if w not in _MONTH_LOOKUP})

# Words before a month/two-digit-year date ("seit 03/22"): without one "3/22" is a count or a ratio.
_TIME_WORD_BEFORE = re.compile(r"(?P<w>seit|since|ab|bis|stand|vom|von|from|until|till|in|im|dated|datiert|zuletzt|"
                               r"last|onset|beginn|erstdiagnose|ed)[ \t:]+\(?\Z")

# Words of time before a day-month date without a year ("vom 17.08.", "am 3.6.", "seit dem 22.1.").
_DM_WORD_BEFORE = re.compile(r"(?<![\w])(?:am|vom|seit|bis|ab|zum|von|stand|datiert|nach|dem|den|on|since)[ \t]+\(?\Z")
# Before a French or Italian day and month without a year: a preposition or a weekday (in the lower-cased text).
_ROMANCE_DAY_BEFORE = re.compile(
    r"(?<![\w])(?:le|du|au|dès|depuis|jusqu'au|jusqu’au|avant|après|il|del|dal|al|dall'|entro[ \t]il|fino[ \t]al|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|"
    r"domenica)[ \t]+\Z")
# An exam name before a numeric day/month without a year ("CT 14/3", "the MRI of 02/12").
_EXAM_BEFORE = re.compile(r"(?<![\w-])(?:CT|CTA|CTPA|CTU|MRI|MR|MRA|MRCP|US|USS|XR|CXR|AXR|PET|PET-CT|PET/CT|DEXA|"
                          r"OPG|[Ss]cans?|[Xx]-rays?|[Uu]ltrasound|[Mm]ammogram|[Ss]tudy|[Ff]ilms?|[Rr]adiographs?|"
                          r"[Ee]cho|[Ee]xam|[Bb]one[ \t]scan|"
                          # An exam and its region (round 18c): "CTA chest 2/26", "MRI lumbar spine 4/3".
                          r"(?:CT|CTA|CTPA|MRI|MR|MRA|US|XR|CXR|PET|PET-CT|PET/CT)(?:[ \t]+[a-z]{3,12}){1,2}|"
                          # English "on 2/3" in prose (round 18c; "by 1/3", "in 2/3" stay fractions).
                          r"(?<![\w])(?:on|since|dated|until|through|thru)|"
                          # A date set for something (round 12): "set for 4/17", "Tumor board 5/8", "appt 6/3".
                          r"(?:[Ss]et|[Ss]cheduled|[Bb]ooked|[Pp]lanned|[Dd]ue|[Rr]e-?scheduled|[Pp]ostponed|"
                          r"[Mm]oved|[Rr]e-?booked)[ \t]+(?:for|to|on|until)|[Tt]umou?r[ \t]+[Bb]oard|MDT|MDM|"
                          r"[Aa]ppointment|[Aa]ppt\.?|[Ff]ollow-?up|[Cc]onference|"
                          # A week named by its first day (round 16c): "w/c 14/07", "W/B 3/11", "week commencing
                          # 09/06", "wk beginning 2/6", "week of 6/9".
                          r"[Ww]/[CcBb]:?|[Ww](?:ee)?k\.?[ \t]+(?:[Cc]omm(?:encing|\.)?|[Bb]eg(?:inning|\.)?|"
                          r"[Ss]tarting|of):?)"
                          r"[ \t]+(?:(?:of|dated|on|from|done|for)[ \t]+)?\Z")
# A score, grade, stage or acuity word before the fraction, in any of the languages (review of 16c): "Visus 5/10
# 0800", "Kraftgrad 4/5 1200", "Stage 3/4 1500 cases", "Acuité 8/10"; a German compound ends in the score word.
_SCORE_BEFORE = re.compile(r"(?<![\w])(?i:[a-zäöü]{3,}(?:grad|kraft|stadium|score)|"
                           r"(?:gcs|pain|score|vas|nrs|grade|grad|bp|rr|ratio|mrc|power|kraft|strength|dose|dosis|sats?|"
                           r"spo2|fio2|stage|stadium|stadio|visus|vision|acuity|acuité|"
                           r"acuite|acuità|va|level|niveau|apgar|gleason|ecog|nyha|cobb|bishop|tanner|kraftgrad))"
                           r"[ \t]*:?[ \t]*\Z")
# A count or a span after the fraction: "2/7 days", "1/2 hour", "3/11 lymph nodes" (UK "w/c" is also a wheelchair:
# "uses w/c 2/7 days a week").
# A score out of 5 or 10 after a score word and an earlier score of its list: "Pain Monday 7/10, Tuesday 4/10".
_OUT_OF_5_OR_10 = re.compile(r"\d{1,2}/(?:5|10)(?!\d)")
_SCORE_LIST = re.compile(
    r"(?<![\w])(?i:pain|power|score|vas|nrs|mrc|strength|kraft|kraftgrad|schmerzen?|douleur|dolore)(?![\w])"
    r"[^\n]{0,24}?\d{1,2}/(?:5|10)(?!\d)"
)
_COUNT_AFTER = re.compile(r"[ \t]+(?i:days?|hours?|hrs?|weeks?|wks?|months?|times|nodes?|lymph|tage?|stunden?|"
                          r"wochen?|mal|jours?|heures?|giorni|ore|cores?|biops(?:y|ies)|samples?|specimens?|"
                          r"stanzen?|zylinder|carottes?|frustoli)(?![\w-])")
_WHEELCHAIR_BEFORE = re.compile(r"(?<![\w])(?i:uses|using|by|in|via|own|a|his|her|their|with|user|mobile[sz]?|"
                                r"mobilises|mobilizes|transferred)[ \t]+[Ww]/[Cc][ \t]*\Z")
# A clock time right after a numeric day/month (round 16c): a note or list header's short date and its time,
# "Progress Note  3/14 0915", "Addendum 11/2 23:40" (military or colon time; not a dose or a size after it).
# Also after "at" / "um" / "@" (round 18c: "seen 11/9 at 14:20").
_CLOCK_AFTER = re.compile(r"[ \t]{1,3}(?:(?:at|um|@|à|alle|ore|h)[ \t]{1,2})?(?:[01]\d|2[0-3]):?[0-5]\d"
                          r"(?![\d:/]|[.,]\d|[ \t]?(?:mg|ml|mL|mm|cm|g|µg|IE|IU|U|"
                          r"units?|Einheiten|x|%)\b)")
# Round 18c's prose cues ("on / since 2/3") and exam + region ("MRI knee 3/4") with what review 18 found after them:
# a counted noun ("on 5/7 antibiotics", "MRI knee 3/4 thickness", "CT head 3/15 GCS") keeps the fraction; so do a
# UK day count ("since 2/7") and a common fraction ("on 1/2 dose").
_PROSE_CUE = re.compile(r"(?:(?<![\w])(?:on|since|dated|until|through|thru)|"
                        r"(?<![\w-])(?:CT|CTA|CTPA|MRI|MR|MRA|US|XR|CXR|PET|PET-CT|PET/CT)(?:[ \t]+[a-z]{3,12}){1,2})"
                        r"[ \t]+(?:(?:of|dated|on|from|done|for)[ \t]+)?\Z")
_WORD_AFTER = re.compile(r"[ \t]+(?P<w>[A-Za-zÄÖÜäöüß][\w-]*)")
_PROSE_AFTER_OK = {"for", "at", "and", "to", "with", "when", "was", "were", "in", "by", "the", "then", "showed",
                   "shows", "revealed", "demonstrated", "after", "before", "um", "which", "where", "but", "or", "pm",
                   "am", "seen", "see", "unchanged", "stable", "compared", "comparison", "report", "reported", "worse",
                   "better", "improved", "improving", "worsening", "ongoing", "onwards", "there", "no", "new"}
# A clock after "at / um / à" dates the fraction only after a word of time or an event ("seen 11/9 at 14:20"), not
# after a value word ("was 12/15 at 09:00", "Stanzen 3/12 um 10:00", "TA 12/8 à 10:00").
_EVENT_BEFORE = re.compile(r"(?<![\w])(?i:seen|on|since|admitted|discharged|reviewed|from|of|last|vom|am|seit|le|du|"
                           r"dal|il|visited|called|examined|scanned|imaged|performed|done|dated|untersucht|gesehen|"
                           r"aufgenommen|entlassen|vu|vue|visto|vista|contacted|phoned)"
                           r"(?:[ \t]+(?:the[ \t]+)?(?:patient|pt|him|her|them|family))?[ \t]+\Z")
_CLOCK_WORD_AFTER = re.compile(r"[ \t]{1,3}(?:at|um|@|à|alle|ore)[ \t]")


def _prose_fraction(text: str, m: re.Match[str]) -> bool:
    """A fraction after round 18c's prose or exam-region cue that counts something (review 18): no date."""
    if not _PROSE_CUE.search(text, max(0, m.start() - 24), m.start()):
        return False
    nums = re.findall(r"\d+", m.group())
    if len(nums) == 2:
        a, b = int(nums[0]), int(nums[1])
        if (b == 7 and a <= 7) or (b <= 4 and a < b):
            return True
    w = _WORD_AFTER.match(text, m.end())
    return w is not None and w.group("w").lower() not in _PROSE_AFTER_OK


def _weekday_before(text: str, start: int) -> bool:
    """A weekday written out (or in three letters or more: "Thu", "Thurs") right before a slash day and month
    dates it (round 19a: "since Thursday 5/2", "Fri 3/6"); German two-letter forms ("So", "Mo") stay words, and so
    does a weekday after a score word (review of 19a: "Pain Monday 7/10", "Power Friday 4/5": the day's score) and
    a score out of 5 or 10 in a list of days after one ("Pain Monday 7/10, Tuesday 4/10")."""
    wd = WEEKDAY_BEFORE.search(text, max(0, start - 20), start)
    if wd is None or len(wd.group("wd")) < 3 or _SCORE_BEFORE.search(text, max(0, wd.start() - 12), wd.start()):
        return False
    line = text.rfind("\n", 0, start) + 1
    return not (_OUT_OF_5_OR_10.match(text, start) and _SCORE_LIST.search(text, max(line, start - 48), start))


_SENTENCE_START = re.compile(r"[ \t]+[A-ZÄÖÜ]|[ \t]*$", re.M)


def _decimal_at_sentence_end(text: str, lowered: str, m: re.Match[str]) -> bool:
    """"Letzte Messung 4.2. Kein Wachstum": a decimal and a full stop, not a date, where no word of time stands
    before it, neither number is zero-padded and a new sentence (or the line's end) follows."""
    if m.group("d").startswith("0") or m.group("m").startswith("0") or len(m.group("m")) == 2:
        return False
    if _DM_WORD_BEFORE.search(lowered, max(0, m.start() - 12), m.start()):
        return False
    return _SENTENCE_START.match(text, m.end()) is not None


# Year assumed for day-month dates without a year (a leap year, so 29.02. stays valid).
_NO_YEAR = 2000


@dataclass(frozen=True)
class DateHit:
    """A date found at [start, end) and its replacement text."""

    start: int
    end: int
    replacement: str


def _year(raw: str) -> int:
    value = int(raw)
    if len(raw) == 2:
        return 2000 + value if value < 50 else 1900 + value
    return value


def _month_name(month: int, like: str) -> str:
    """The month `month` written the way `like` was: language, abbreviation, trailing dot."""
    word = like.rstrip(".")
    dot = "." if like.endswith(".") else ""
    if word.lower() in _ROMANCE_ABBR and word.lower() not in _ROMANCE and word not in _GERMANIC and not word.isupper():
        months = MONTHS_FR_ABBR if word.lower() in MONTHS_FR_ABBR else MONTHS_IT_ABBR
        return (months[month - 1].capitalize() if word[0].isupper() else months[month - 1]) + dot
    if word.lower() in _ROMANCE:
        months = MONTHS_FR if word.lower() in MONTHS_FR else MONTHS_IT
        return (months[month - 1].capitalize() if word[0].isupper() else months[month - 1]) + dot
    if word in ROMAN_MONTHS:
        return ROMAN_MONTHS[month - 1] + dot
    if word in ("Jänner", "Feber") and month <= 2:  # Austrian names for January and February
        return ("Jänner", "Feber")[month - 1] + dot
    lower = word.lower()
    german = lower in {m.lower() for m in MONTHS_DE} or lower in {"jän", "jänner", "feber", "mär", "maerz", "okt",
                                                                   "dez"}
    full = (MONTHS_DE if german else MONTHS_EN)[month - 1]
    if lower not in {m.lower() for m in (*MONTHS_DE, *MONTHS_EN)} and lower not in ("maerz", "jänner", "feber"):
        full = full[:3]
    return (full.upper() if word.isupper() and len(word) > 1 else full) + dot


def _ordinal(day: int) -> str:
    """English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th-13th, 21st, 22nd, 23rd."""
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _pad(value: int, like: str, *others: str) -> str:
    """Zero-padded when the original was: a leading zero in any numeric part, or all parts two digits."""
    parts = (like, *others)
    padded = any(p.startswith("0") for p in parts) or all(len(p) == 2 for p in parts)
    return f"{value:02d}" if padded else str(value)


def _us_order(kind: str, m: re.Match[str], lang: str) -> bool:
    """English "05/06/2024" is month/day (US) unless the first number cannot be a month; in any language
    "02-14-1946" is, since 14 cannot be a month."""
    if kind == "dm_slash":  # "4/17" is month/day in any language (round 12: "set for 4/17")
        return int(m.group("d")) <= 12 and (lang == "en" or int(m.group("m")) > 12)
    if kind != "dmy" or int(m.group("d")) > 12:
        return False
    return (m.group("sep") == "/" and lang == "en") or 12 < int(m.group("m")) <= 31


def _format(kind: str, m: re.Match[str], new: dt.date, lang: str) -> str:
    g = m.groupdict()
    year = str(new.year) if len(g.get("y") or "0000") == 4 else f"{new.year % 100:02d}"
    if kind == "iso":
        return f"{year}{g['sep']}{_pad(new.month, g['m'], g['d'])}{g['sep']}{_pad(new.day, g['d'], g['m'])}"
    if kind == "dmy" and _us_order(kind, m, lang):
        return f"{_pad(new.month, g['d'], g['m'])}{g['sep']}{_pad(new.day, g['m'], g['d'])}{g['sep']}{year}"
    if kind == "dmy":
        return f"{_pad(new.day, g['d'], g['m'])}{g['sep']}{_pad(new.month, g['m'], g['d'])}{g['sep']}{year}"
    if kind == "compact":
        return new.strftime("%Y%m%d")
    if kind == "d_month_y":
        day = _pad(new.day, g["d"], "0" if g["d"].startswith("0") else "1")
        mark = _ordinal(new.day) if g["o"] and g["o"] not in (".", "er", "°", "º") else g["o"] or ""
        if mark in ("er", "°", "º") and new.day != 1:
            mark = ""  # French "1er", Italian "1°": only the first of a month takes the ordinal
        return f"{day}{mark}{g['s1']}{_month_name(new.month, g['mon'])}{g['s2']}{year}"
    if kind == "month_d_y":
        mark = _ordinal(new.day) if g["o"] else ""
        return f"{_month_name(new.month, g['mon'])} {new.day}{mark}{g['s2']}{year}"
    if kind == "month_d_yy":
        mark = _ordinal(new.day) if g["o"] else ""
        return f"{_month_name(new.month, g['mon'])} {new.day}{mark}{g['s2']}'{year}"
    if kind == "month_y":
        return f"{_month_name(new.month, g['mon'])} {year}"
    if kind == "month_yy":
        return f"{_month_name(new.month, g['mon'])}{g['s2']}{g['ap']}{year}"
    if kind == "ym":
        return f"{year}-{new.month:02d}"
    if kind == "m_yy":
        return f"{_pad(new.month, g['m'])}/{year}"
    if kind == "m_y":
        return f"{_pad(new.month, g['m'])}{g['sep']}{year}"
    if kind == "dm":
        return f"{_pad(new.day, g['d'], g['m'])}.{_pad(new.month, g['m'], g['d'])}."
    if kind == "month_d":
        mark = _ordinal(new.day) if g["o"] else ""
        return f"{_month_name(new.month, g['mon'] + ('.' if g['s1'].startswith('.') else ''))} {new.day}{mark}"
    if kind == "d_month":
        mark = _ordinal(new.day) if g["o"] and g["o"] != "." else g["o"] or ""
        return f"{new.day}{mark}{g['s1']}{_month_name(new.month, g['mon'] + g['dot'])}"
    if kind == "d_month_r":
        mark = g["o"] if g["o"] and new.day == 1 else ""
        return f"{new.day}{mark}{g['s1']}{_month_name(new.month, g['mon'])}"
    if kind == "dm_slash" and _us_order(kind, m, lang):
        return f"{_pad(new.month, g['d'], g['m'])}/{_pad(new.day, g['m'], g['d'])}"
    if kind == "dm_slash":
        return f"{_pad(new.day, g['d'], g['m'])}/{_pad(new.month, g['m'], g['d'])}"
    if kind == "season":
        return f"{g['sn']} {year}"
    if kind == "quarter":
        quarter = (new.month - 1) // 3 + 1
        return f"Q{quarter} {year}" if g.get("q") else f"{quarter}. Quartal {year}"
    raise ValueError(f"unknown date kind {kind!r}")


def _parse(kind: str, m: re.Match[str], lang: str) -> dt.date | None:
    g = m.groupdict()
    try:
        year = _year(g["y"]) if g.get("y") else _NO_YEAR
        quarter = g.get("q") or g.get("qn")
        if g.get("sn"):
            month = _SEASON_MONTH[g["sn"].lower()]
        elif quarter:
            month = 3 * int(quarter) - 1  # mid-quarter, so a shift of a few months moves it least
        else:
            month = _MONTH_LOOKUP[g["mon"].rstrip(".").lower()] if g.get("mon") else int(g["m"])
        day = int(g["d"]) if g.get("d") else 15  # month-year only: mid-month, so a shift moves it least
        if _us_order(kind, m, lang):
            day, month = month, day
        return dt.date(year, month, day)
    except (KeyError, ValueError):
        return None


# Literals that every match of a pattern contains (lower case): the month patterns need a month word.
_MONTH_NEEDLES = ("jan", "jän", "feb", "mär", "mar", "apr", "mai", "may", "jun", "jul", "aug", "sep", "okt", "oct",
                  "nov", "dez", "dec")
_CASED_KINDS = frozenset({"month_d", "d_month"})
_CAPITAL_MONTHS = ("Jan", "Jän", "Feb", "Mär", "Mar", "Apr", "Mai", "May", "Jun", "Jul", "Aug", "Sep", "Okt", "Oct",
                   "Nov", "Dez", "Dec")
_ROMANCE_NEEDLES = ("janv", "févr", "mars", "avril", "mai ", "juin", "juil", "août", "septembre", "octobre",
                    "novembre", "décembre", "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                    "agosto", "settembre", "ottobre", "dicembre",
                    *(f"{w}{c}" for w in (*MONTHS_FR_ABBR, *MONTHS_IT_ABBR) for c in ". "))
_NEEDLES = {"d_month_y": (*_MONTH_NEEDLES, ".i", ".v", ".x", ". i", ". v", ". x"),
            "d_month_r": _ROMANCE_NEEDLES, "dm_slash": ("/",),
            "month_d_y": _MONTH_NEEDLES, "month_y": _MONTH_NEEDLES, "month_d": _MONTH_NEEDLES,
            "month_d_yy": ("'",), "month_yy": ("'", "’"), "m_yy": ("/",), "ym": ("-",),
            "d_month": _MONTH_NEEDLES,
            "wd_d": ("mon", "tue", "wed", "thu", "fri", "sat", "sun", "diens", "mittw", "donners", "frei", "sams",
                     "sonnt"),
            "quarter": ("q",), "season": ("früh", "sommer", "herbst", "winter", "spring", "summer", "autumn", "fall")}


# Each pattern scanned from its literal starts where it has them (see text_common.literal_starts).
# Month/year numbers are found from their separator ("03/22" from "/", "2024-03" from "-"): tried only in the run
# of digits before it, not at every digit of a report.
_FROM_SEPARATOR = {"m_yy": "/", "ym": "-"}
_ROMANCE_INDEXES = (4, len(DATE_PATTERNS) - 1)
_SCANNERS = tuple((kind, RunBeforeLiteral(p, (_FROM_SEPARATOR[kind],), "", at_anchor=False)
                   if kind in _FROM_SEPARATOR else literal_starts(p),
                   _ROMANCE_NEEDLES if i in _ROMANCE_INDEXES else _NEEDLES.get(kind))
                  for i, (kind, p) in enumerate(DATE_PATTERNS))
# The needles of every scanner looked for in one Aho-Corasick pass over the lower-cased text (a substring test
# per needle scanned the text ~120 times per report); the capitalised month words in one pass over the text.
# Both in the rules' shared passes (common.TEXT_GATES / LOWER_GATES): no pass of their own.
_DATE_GATES = LOWER_GATES
_GATE_IDS = tuple(None if needles is None else _DATE_GATES.register(needles) for _, _, needles in _SCANNERS)
_CAPITALS = TEXT_GATES
_CAPITALS_ID = _CAPITALS.register(_CAPITAL_MONTHS)


def find_dates(text: str, lang: str, shift_days: int | None, ctx: TextContext | None = None) -> list[DateHit]:
    """Every date in `text`, earliest pattern first where two overlap, with its replacement; `ctx`: the text's
    context (common.TextContext), the current one or a new one when not given."""
    with current(text, ctx):
        hits = _find_dates(text, lang, shift_days)
    view, tokens = context_for(text).memo(digit_view, digit_view)  # (rules and dates share one view per call)
    if not tokens:
        return hits
    # OCR noise in digit groups (ocr_digits.py): the dates that cover a mapped letter
    with current(view, context_for(view)):
        extra = [h for h in _find_dates(view, lang, shift_days) if covers_token(h.start, h.end, tokens)]
    if not extra:
        return hits
    # A date of the view replaces the part of it the text alone found ("12.O3.2025": "3.2025" was a month-year).
    kept = [o for o in hits if not any(h.start < o.end and o.start < h.end for h in extra)]
    return sorted([*kept, *extra], key=lambda h: h.start)


def _find_dates(text: str, lang: str, shift_days: int | None) -> list[DateHit]:
    tag = "[DATUM]" if lang == "de" else "[DATE]"
    taken = bytearray(len(text))  # 1 where a date was taken: one C search per match instead of a Python loop
    hits: list[DateHit] = []
    lowered = lowered_text(text)
    fired = _DATE_GATES.fired(lowered)
    for (kind, pattern, _needles), gate in zip(_SCANNERS, _GATE_IDS, strict=True):
        if gate is not None and gate not in fired:
            continue  # no needle of the scanner in the text (see text_common.Gated)
        if kind in _CASED_KINDS and _CAPITALS_ID not in _CAPITALS.fired(text):
            continue  # dates without a year need a capitalised month word
        if kind == "dm" and lang == "en":
            continue  # "SUVmax 14.2." is a decimal number: English writes no day-month dates with dots
        for m in pattern.finditer(text):
            if taken.find(1, m.start(), m.end()) >= 0:
                continue
            if kind == "m_yy" and not ((w := _TIME_WORD_BEFORE.search(lowered, max(0, m.start() - 12), m.start()))
                                       and (m.group("m").startswith("0") or w.group("w") not in ("in", "im"))):
                continue  # "in 3/12 Fällen" is a count; "in 03/22" a date
            if kind == "dm" and _decimal_at_sentence_end(text, lowered, m):
                continue
            if kind == "d_month_r" and not _ROMANCE_DAY_BEFORE.search(lowered, max(0, m.start() - 16), m.start()):
                continue  # "3 mars" alone may be a count of something in March: only after "le", "du", a weekday
            if kind == "dm_slash" and (_COUNT_AFTER.match(text, m.end())
                                       or _WHEELCHAIR_BEFORE.search(text, max(0, m.start() - 24), m.start())):
                continue  # "w/c 2/7 days", "by w/c 1/2 hour late": a span and a wheelchair, no week
            if kind == "dm_slash" and _prose_fraction(text, m):
                continue  # "on 5/7 antibiotics", "since 2/7", "MRI knee 3/4 thickness" (review 18)
            if kind == "dm_slash" and not _EXAM_BEFORE.search(text, max(0, m.start() - 24), m.start()) and not (
                    _weekday_before(text, m.start())) and not (
                    _CLOCK_AFTER.match(text, m.end()) and _parse(kind, m, lang) is not None
                    and not _SCORE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                    and (not _CLOCK_WORD_AFTER.match(text, m.end())
                         or _EVENT_BEFORE.search(text, max(0, m.start() - 32), m.start()))):
                continue  # "3/4" alone is a fraction or a count; "GCS 14/15 2300", "pain 3/10 0800" are scores
            parsed = _parse(kind, m, lang)
            if parsed is None and kind in {"dm", "m_y", "compact", "dmy"} and not (
                    kind in ("dmy", "compact")
                    and _DATE_LABEL_BEFORE.search(lowered, max(0, m.start() - 20), m.start())):
                continue  # "3.15." or "13/2024" is no date; a number rule may still take it
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            if parsed is None or shift_days is None:
                replacement = tag
            else:
                try:
                    replacement = _format(kind, m, parsed + dt.timedelta(days=shift_days), lang)
                except OverflowError:
                    replacement = tag
            new = None if replacement == tag else parsed + dt.timedelta(days=shift_days)
            start = m.start()
            if kind in _DAY_FIRST_KINDS and (r := _RANGE_START.search(text, max(0, start - 12), start)):
                # "12.-14.03.2024", "3. bis 5. März 2024": the first day of a range, shifted with the date.
                first = _range_day(parsed, int(r.group("d")), shift_days) if new is not None else None
                start, replacement = r.start(), (tag if first is None or new is None else
                                                 f"{first}{r.group()[len(r.group('d')):]}{replacement}")
            if (kind in ("d_month", "d_month_y") and m.group("o") in ("st", "nd", "rd", "th")
                    and (the := _THE_BEFORE.search(text, max(0, start - 4), start))):
                start, replacement = the.start(), f"{the.group()}{replacement}"
            hits.append(_with_weekday_and_time(text, start, m.end(), replacement, new,
                                               new is not None and new.weekday() == parsed.weekday(),
                                               kind in _YEARLESS_KINDS))
    return sorted(hits, key=lambda h: h.start)


# The first day of a day range before a date: "12.-", "3. bis ", "12./".
_RANGE_START = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.?[ \t]?(?:[-–/]|bis|und)[ \t]?\Z")
_DAY_FIRST_KINDS = frozenset({"dmy", "d_month_y", "dm", "d_month"})


def _range_day(parsed: dt.date | None, day: int, shift_days: int | None) -> str | None:
    """The first day of a range written before `parsed`, shifted as the date is (None if no valid day)."""
    if parsed is None or shift_days is None or not 1 <= day < parsed.day:
        return None
    shifted = parsed.replace(day=day) + dt.timedelta(days=shift_days)
    return f"{shifted.day:02d}" if day >= 10 else str(shifted.day)


def _weekday_name(like: str, new: dt.date) -> str:
    for names in (WEEKDAYS_FR, WEEKDAYS_IT):
        if like.lower() in names:
            name = names[new.weekday()]
            return name.capitalize() if like[0].isupper() else name
    if like in WEEKDAYS_DE or like in {w[:2] for w in WEEKDAYS_DE}:
        return WEEKDAYS_DE[new.weekday()][:len(like)]
    full = WEEKDAYS_EN[new.weekday()]
    return full if like in WEEKDAYS_EN else full[:3]


# Dates without a year: a weekday before one pins its year, so it is part of the date (round 15c).
_YEARLESS_KINDS = frozenset({"d_month", "month_d", "d_month_r", "dm", "dm_slash"})  # (dm_slash: round 19a)


def _with_weekday_and_time(text: str, start: int, end: int, replacement: str, new: dt.date | None,
                           same_weekday: bool = False, yearless: bool = False) -> DateHit:
    """Widen a date over a weekday written before it (see WEEKDAY_BEFORE); a time after it is no PHI.

    Only where it changes: a shifted date with a year keeps the weekday as written when the shift is whole weeks,
    so it is not part of the span (no over-redaction); a tagged date takes it, and so does a date without a year
    (`yearless`, round 15c: "Tuesday 9th March" names the year; the weekday is kept as written under a shift of
    whole weeks, rewritten under any other)."""
    if new is not None:
        if (not same_weekday or yearless) and (wd := WEEKDAY_BEFORE.search(text, max(0, start - 20), start)):
            start = wd.start()
            name = wd.group("wd") if same_weekday else _weekday_name(wd.group("wd"), new)
            replacement = f"{name}{wd.group('dot')}{wd.group('sep')}{replacement}"
        return DateHit(start, end, replacement)
    wd = WEEKDAY_BEFORE.search(text, max(0, start - 20), start)
    if wd is not None:
        start = wd.start()
    return DateHit(start, end, replacement)
