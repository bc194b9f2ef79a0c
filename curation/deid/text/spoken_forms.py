"""Uncorrected speech recognition: names, numbers and dates as they were spoken (round 20a).

A dictation that nobody corrected keeps its spoken forms: "dictated by doctor Fairbrother extension three two seven
one period", "Doktor Pernegger informiert Punkt", "Frau Meier Strich Schreibweise Mayr Komma", "geboren am
dreizehnten März neunzehnhundertzweiundfünfzig", "date of birth June fourth nineteen fifty one", "Rückruf unter
null sechs vier drei eins zwei acht". Read here:

- **Spoken titles.** "doctor" / "Doktor" / "docteur" / "dottore" / "professor" before a capitalised name-shaped word
  ("doctor Fairbrother", "Doktor Pernegger"); not before a verb or a common word ("Doktor informiert", "the doctor
  On call" stays by its common word).
- **Spelled alternatives.** A name after "Schreibweise" / "Schreibung" / "buchstabiert" / "spelt" / "spelled" /
  "spelling" / "écrit" / "scritto" ("Strich Schreibweise Mayr").
- **Spoken digits** after a phone cue: three digit words or more after a phone or extension word ("extension three
  two seven one", "Durchwahl vier vier eins null"), four or more after a call-back preposition ("Rückruf unter null
  sechs ...", "call back on ..."), in English, German, French or Italian; one spoken number is a size ("sieben
  Millimeter").
- **Spoken dates.** A spoken German ordinal day before a month ("vierten November", "zwölften Juni
  neunzehnhundertachtundvierzig"), an English capitalised month before a spoken ordinal or "the <ordinal> of
  <month>" ("April third twenty twenty four", "the fourth of June"), with a spoken year after it when there is one
  (a written year too); an ordinal alone ("am vierten Tag", "third ventricle") is no date.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LOWER_GATES, Hit, literal_starts, lowered_text
from curation.deid.text.names import NAME, is_plain_name_word

SPOKEN_TITLE = literal_starts(
    re.compile(
        rf"(?<![\w-])(?:doctor|Doktor|docteur|dottor(?:e|essa)?|professor|Professor)[ \t]+(?P<v>{NAME})(?![\w'-])"
    )
)
SPELLED = literal_starts(
    re.compile(
        rf"(?<![\w-])(?:Schreibweise|Schreibung|buchstabiert|spelt|spelled|spelling|écrit|scritto)[ \t]+"
        rf"(?P<v>{NAME})(?![\w'-])"
    )
)

_DIGIT = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|"
    r"acht|neun|zéro|un|deux|trois|quatre|cinq|sept|huit|neuf|uno|due|tre|quattro|cinque|sei|sette|otto|nove)"
)
_PHONE_WORD = (
    r"(?i:extension|ext\.?|durchwahl|nebenstelle|apparat|telefon(?:nummer)?|phone|pager|bleep|piepser|"
    r"handy|mobile|poste|interno|numéro|numero|nummer|number)"
)
_BACK = r"(?i:rückruf[ \t]+unter|erreichbar[ \t]+unter|unter[ \t]+der[ \t]+nummer|call[ \t]+back[ \t]+on|on|at|au|al)"
SPOKEN_DIGITS = literal_starts(
    re.compile(
        rf"(?<![\w-])(?:(?P<word>{_PHONE_WORD})|{_BACK})[ \t]*:?[ \t]+"
        rf"(?P<v>{_DIGIT}(?:[ \t,-]+{_DIGIT}){{2,}})(?![\w-])"
    )
)
# Every match's digit words follow a blank: a run of three such words after a blank is looked for first (`re` skips
# to the blanks), and SPOKEN_DIGITS, whose cue words "on", "at", "au", "al" give it no literal start and which `re`
# tries at every position, runs only where one is found (round 18 of speed: ~70 -> ~5 µs per report).
_DIGIT_RUN = re.compile(rf"[ \t]{_DIGIT}(?:[ \t,-]+{_DIGIT}){{2,}}(?![\w-])")
_DIGIT_RUN = literal_starts(_DIGIT_RUN)  # from its blank and first digit word in the shared pass (round 19 of speed)

_UNITS_DE = r"ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
_ORD_DE = (
    rf"(?:erst|zweit|dritt|viert|fünft|sechst|siebt|sieben?t|acht|neunt|zehnt|elft|zwölft|dreizehnt|"
    rf"vierzehnt|fünfzehnt|sechzehnt|siebzehnt|achtzehnt|neunzehnt|zwanzigst|(?:{_UNITS_DE})undzwanzigst|"
    rf"drei(?:ß|ss)igst|einunddrei(?:ß|ss)igst)(?:e[nrms]?)"
)
_MONTH_DE = r"(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
_YEAR_DE = r"(?:(?:neunzehnhundert|zweitausend)[a-zäöüß]*|(?:19|20)\d\d)"
SPOKEN_DATE_DE = literal_starts(
    re.compile(rf"(?<![\w-])(?P<v>{_ORD_DE}[ \t]+{_MONTH_DE}(?:[ \t]+{_YEAR_DE})?)(?![\w-])")
)

_ORD_EN_UNIT = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_ORD_EN = (
    rf"(?:{_ORD_EN_UNIT}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    rf"eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)[ \t-]{_ORD_EN_UNIT})"
)
_MONTH_EN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_UNIT_EN = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN_EN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_EN = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_YEAR_EN = (
    rf"(?:(?:nineteen|twenty)[ \t]+(?:hundred|oh[ \t]+{_UNIT_EN}|{_TEEN_EN}|{_TENS_EN}(?:[ \t-]{_UNIT_EN})?)|"
    rf"two[ \t]+thousand(?:[ \t]+and)?(?:[ \t]+(?:{_TEEN_EN}|{_TENS_EN}(?:[ \t-]{_UNIT_EN})?|{_UNIT_EN}))?|"
    rf"(?:19|20)\d\d)"
)
SPOKEN_DATE_EN = literal_starts(
    re.compile(
        rf"(?<![\w-])(?P<v>(?:{_MONTH_EN}[ \t]+(?:the[ \t]+)?{_ORD_EN}|"
        rf"(?:the[ \t]+)?{_ORD_EN}[ \t]+of[ \t]+{_MONTH_EN})"
        rf"(?:,?[ \t]+{_YEAR_EN})?)(?![\w-])"
    )
)


# Needles of each rule in the shared lower-case pass (common.LOWER_GATES): a rule runs only where its gate fired.
_TITLE_GATE = LOWER_GATES.register(("doctor", "doktor", "docteur", "dottor", "professor"))
_SPELL_GATE = LOWER_GATES.register(
    ("schreibweise", "schreibung", "buchstabiert", "spelt", "spelled", "spelling", "écrit", "scritto")
)
_DIGIT_GATE = LOWER_GATES.register(
    (
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "null",
        "eins",
        "zwei",
        "zwo",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zéro",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "sept",
        "huit",
        "neuf",
        "uno",
        "due",
        "tre",
        "quattro",
        "cinque",
        "sei",
        "sette",
        "otto",
        "nove",
    )
)
_DATE_DE_GATE = LOWER_GATES.register(
    (
        "erst",
        "zweit",
        "dritt",
        "viert",
        "fünft",
        "sechst",
        "siebt",
        "siebent",
        "acht",
        "neunt",
        "zehnt",
        "elft",
        "zwölft",
        "zigst",
        "ßigst",
        "ssigst",
    )
)
_DATE_EN_GATE = LOWER_GATES.register(
    (
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "teenth",
        "twentieth",
        "thirtieth",
    )
)


def spoken_hits(text: str) -> list[Hit]:
    """PERSON, PHONE and DATE hits of spoken names, digits and dates (module doc)."""
    fired = LOWER_GATES.fired(lowered_text(text))
    hits = [
        Hit(m.start("v"), m.end("v"), "PERSON", "cue")
        for rule, gate in ((SPOKEN_TITLE, _TITLE_GATE), (SPELLED, _SPELL_GATE))
        if gate in fired
        for m in rule.finditer(text)
        if is_plain_name_word(m.group("v"))
    ]
    if _DIGIT_GATE in fired and _DIGIT_RUN.search(text):
        for m in SPOKEN_DIGITS.finditer(text):
            if m.group("word") or len(re.findall(_DIGIT, m.group("v"))) >= 4:
                hits.append(Hit(m.start("v"), m.end("v"), "PHONE", "rule"))
    hits.extend(
        Hit(m.start("v"), m.end("v"), "DATE", "rule")
        for rule, gate in ((SPOKEN_DATE_DE, _DATE_DE_GATE), (SPOKEN_DATE_EN, _DATE_EN_GATE))
        if gate in fired
        for m in rule.finditer(text)
    )
    return hits
