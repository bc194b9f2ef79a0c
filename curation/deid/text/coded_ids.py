"""Identifiers whose value opens with a letter code, runs in spaced / dotted / slashed groups, or is a call sign
(round 18c): ID, and a bracketed phone extension: PHONE.

- **A coded value after an ID cue**: a cue word ("<Word>-Nr.", "<Word>-ID", "<Word>-Zl.", "<Word>zahl",
  "Screening ID", "Dossier", "Pratica", "ZSR", "file", ...), an optional agency code and "n." / "Nr." / "No." /
  ":" / "#", then a value of an optional letter code ("AB-CD", "K", "XYZ-L") and digit groups joined by spaces,
  dots, slashes or hyphens: "Teilnehmer-ID XY-ZW 0012 3456", "Gutachten-Nr. AB-CD 12/345678", "Akt-Zl. ABC-D
  12-34/2025", "ZSR K 1234.56", "Dossier IV 123.456.78", "Pratica INAIL n. AB-CD 12/2025-0001". A value with a code
  needs four digits, one without a code five digits and a separator, so "Nr. 3", "n. 1500 mg" and "ID 12" stay.
  Cue words of a series, an image, a page, a version, a type or a lot are no ID cue ("Serien-Nr.", "Chargen-Nr.").
- **A sector-specific person identifier** (Austria, bPK / vbPK): a two-letter sector code, a colon and a base64
  string ("GH:...==", "AS:..."), or the string after "bPK".
- **A call sign of an ambulance, a helicopter or a crew**: a vehicle word ("RTW", "NEF", "NAW", "KTW", "RTH",
  "ambulance", "Rettungswagen") or a radio organisation word ("Florian", "Rotkreuz", "Christoph") before up to two
  name / code words and the "n/nn-n" number ("RTW AB-CD 1/83-2", "Rotkreuz <Town> 1/83-2"); "<ACR> crew 1234".
- **A phone extension alone in brackets**: "(-4418)" after a word (four or five digits; not after a density or
  Hounsfield word: "Fett (-1000)" is a value).
"""

from __future__ import annotations

import re

from curation.deid.text.common import (
    LOWER_GATES,
    AnyOfStarts,
    Hit,
    LiteralStarts,
    RunBeforeLiteral,
    alternative_prefixes,
    literal_starts,
)

__all__ = ["coded_id_hits"]

# Cue words: a compound ending in a number word, or a word that announces a file / dossier / programme number.
_NOT_CUE = (r"(?!(?:Serie[n]?|Series|Bild|Image|Slice|Schicht|Seite|Page|Typ|Type|Version|Software|Firmware|"
            r"Charge[n]?|Lot|Artikel|Art|Modell|Model|REF|Kapitel|Tab|Abb|Figur|Zimmer|Raum|Room|Bett|"
            r"Tel|Telefon|Fax|Haus|Post|Kanal|Sequenz|Ordnungs)(?:[-.]?(?:Nr|ID|Zl|[Nn]ummer))?(?![\w]))")
_CUE = (rf"(?:{_NOT_CUE}[A-ZÄÖÜ][\wäöüß]{{0,24}}-?(?:Nr\.?|[Nn]ummer|ID|Zl\.)(?![\w])|"
        r"(?:Akten|Akt|Geschäfts|Aufnahme|Verfahrens)-?[Zz]ahl|"
        r"[Ss]creening[ \t](?:ID|[Nn]o\.?|[Nn]umber|#)|[Pp]articipant[ \t](?:ID|[Nn]o\.?|[Nn]umber)|"
        r"ZSR|[Dd]ossier|[Pp]ratica|[Ff]ascicolo|[Dd]ossier[ \t]AI|[Dd]ossier[ \t]IV)")
_CODE = r"[A-Z]{1,5}(?:-[A-Z]{1,5})?"
_GROUP = r"\d{1,8}(?:[./-]\d{1,8})*"
CODED = literal_starts(re.compile(
    rf"(?<![\w-])(?:{_CUE})(?:[ \t]+(?P<agency>[A-Z]{{2,6}})(?![\w-]))?[ \t]*(?:[:#]|(?i:n[.°º]|nr\.|no\.))?[ \t]*"
    rf"(?P<v>(?P<code>{_CODE}[ \t])?{_GROUP}(?:[ \t]\d{{1,8}}(?:[./-]\d{{1,8}})*){{0,3}})(?![\w])"))
# Run from where a cue may start (round 19 of speed; `re` tried it at every position): the literal starts of the
# cue words, and the run of word characters before a number word or before a hyphen before one ("Fallnummer",
# "Befund-Nr").
CODED = AnyOfStarts(
    CODED,
    LiteralStarts(CODED, alternative_prefixes(_CUE, partial=True)),
    *(RunBeforeLiteral(CODED, ("Nr", "Nummer", "nummer", "ID", "Zl."), "_", gap, at_anchor=False) for gap in ("", "-")),
)
# An Austrian bPK: a sector code and a base64 string, or the string after its label.
BPK = re.compile(r"(?<![\w])(?:(?:v?bPK|bereichsspezifische[ \t]Personenkennzeichen)[ \t]*(?:\([A-Z]{2}\))?"
                 r"[ \t]*:?[ \t]*)?(?P<v>[A-Z]{2}:[A-Za-z0-9+/]{16,}={0,2}|(?<=[ \t:])[A-Za-z0-9+/]{20,}={1,2})"
                 r"(?![\w+/=])")
_VEHICLE = (r"(?:RTW|NEF|NAW|KTW|RTH|ITW|ITH|NAH|MZF|Rettungswagen|Notarzt(?:einsatzfahrzeug|wagen)|"
            r"Rettungshubschrauber|[Aa]mbulance|Florian|Rotkreuz|Christophorus|Christoph|Akkon|Johannes|Sama|"
            r"Pelikan|Heros|Rettung)")
CALL_SIGN = literal_starts(re.compile(
    rf"(?<![\w-]){_VEHICLE}[ \t]+(?P<v>(?:[A-ZÄÖÜ][\wÄÖÜäöüß-]{{0,20}}[ \t]+){{0,2}}\d{{1,2}}/\d{{1,3}}-\d{{1,2}})"
    r"(?![\w/-])"))
CREW = re.compile(r"(?<![\w])(?P<acr>[A-Z]{2,6})[ \t]+(?P<noun>crew|unit|team)[ \t]*(?:#|no\.?|number)?[ \t]*"
                  r"(?P<v>\d{3,5})(?![\w])(?![ \t]*(?i:hrs?|h\b|cGy|Gy|mg|ml|slices?|series|meeting|call|mSv|kV|mAs))")
# (A clock time after a team or unit is when it saw the patient: "Seen by ICU team 2200.")
# A separator between digit groups of a value without a letter code ("123.456.78", "12/345678").
_SEPARATOR = re.compile(r"[ ./-]")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\Z")
EXTENSION = re.compile(r"(?<=[\w.)][ \t])(?P<v>\(-\d{4,5}\))")
_VALUE_WORDS = re.compile(r"(?i:HU|HE|Hounsfield|Dichte|density|densit|dens\.|Fett|fat|Luft|air|Wasser|water|"
                          r"Wert|value|°|SUV|ADC|mV|grad|balance|bilanz|window|fenster|intercept|offset|shift|delta|"
                          r"change|threshold|schwelle|differenz|baseline|spicul|level|PI-RADS|score)")
_CODED_GATE = LOWER_GATES.register(("nr", "nummer", "id", "zl.", "zahl", "screening", "participant", "zsr",
                                    "dossier", "pratica", "posizione", "fascicolo"))
_BPK_GATE = LOWER_GATES.register(("bpk", "personenkennz", ":"))
_CALL_GATE = LOWER_GATES.register(("/",))
_CREW_GATE = LOWER_GATES.register((" crew", " unit", " team"))
_EXT_GATE = LOWER_GATES.register(("(-",))


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def coded_id_hits(text: str, lowered: str) -> list[Hit]:
    """ID and PHONE hits of coded values, bPKs, call signs and extension brackets in `text` (`lowered`: its
    lower-cased copy)."""
    fired = LOWER_GATES.fired(lowered)
    hits: list[Hit] = []
    if _CODED_GATE in fired:
        for m in CODED.finditer(text):
            value = m.group("v").rstrip("./-")
            digits = _digits(value)
            if digits < 4 or (m.group("code") is None and (digits < 5 or not _SEPARATOR.search(value))):
                continue
            hits.append(Hit(m.start("v"), m.start("v") + len(value), "ID", "rule"))
    if _BPK_GATE in fired and ("bPK" in text or re.search(r"[A-Z]{2}:[A-Za-z0-9+/]{16}", text)):
        for m in BPK.finditer(text):
            value = m.group("v")
            if any(c.isdigit() for c in value) or "=" in value or (value != value.lower() and value != value.upper()):
                hits.append(Hit(m.start("v"), m.end("v"), "ID", "rule"))
    if _CALL_GATE in fired:
        hits.extend(Hit(m.start("v"), m.end("v"), "ID", "rule") for m in CALL_SIGN.finditer(text))
    if _CREW_GATE in fired:
        hits.extend(Hit(m.start("v"), m.end("v"), "ID", "rule") for m in CREW.finditer(text)
                    if m.group("noun") == "crew" or not _CLOCK.match(m.group("v")))
    if _EXT_GATE in fired:
        for m in EXTENSION.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not _VALUE_WORDS.search(text, max(line_start, m.start() - 40), m.start()):
                hits.append(Hit(m.start("v"), m.end("v"), "PHONE", "rule"))
    return hits
