"""Migrant and residence documents, incident, claim and job numbers (round 20b): ID.

Each value is taken after the label that names its kind, in the value shape of that kind:
- **residence documents**: "Aufenthaltstitel / Aufenthaltserlaubnis / Aufenthaltsbewilligung / Niederlassungs-
  erlaubnis / Duldung / residence permit / titre de séjour / permesso di soggiorno" [Nr.] and a code of letters and
  digits ("Y4N8Q2R71"); a Swiss permit letter ("Ausweis N", "F-Ausweis", "Permis F", "permesso N") and its
  number ("N 448 192 07"); "ZEMIS" [Nr.] and its digits; a US alien number ("A-Number", "A#", "Alien No." and
  "A 123 456 789" / "A123456789"); an I-94 number; a UK BRP ("BRP ZU1234567") and National Insurance number ("NI
  number / NINO QQ 12 34 56 C");
- **asylum file numbers**: a file code holding "Asyl" between digit groups ("51.2-AsylbLG-40771"), any label;
- **incident, claim and job numbers**: an ambulance run ("run number 26-004512", "run # 004512") or CAD number
  ("CAD 9023", four digits or more: "CAD risk factors" and "CAD 2019", a year, stay), an accident insurer's claim
  ("Suva-Schadennummer 11.22334.26.7", "AUVA-Aktenzahl L-448291/26", "Schaden-Nr.", "claim no."), a funding
  request ("Ref IFR/26/1174"), a dictation job ("Job number DX 1290 554", "Job-Nr."); an interpreter's number in
  brackets after an interpreter word ("interpreter <Name> (#2290)").
- **identity documents of travellers and new arrivals** (round 23b): passports, arrival and asylum registration
  cards, EHIC / GHIC cards; custody, insurance policy and staff badge numbers; an accident number with its insurer
  ("Unfall-Nr. Suva 21.48812.26.4").
Look-alikes stay: "Ausweis" alone, "run 2", "run 12-2024" (a month), "job done", "CAD" before a word, "A 2" segment,
"F 3" fistula.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LOWER_GATES, READING_AFTER, Hit, literal_starts

__all__ = ["permit_id_hits"]

# (A comma before the number word: "permesso N, numero N 712 044", round 23b.)
_NO = r"(?:,?[ \t]*(?:[Nn][r°º]\.?|[Nn]o\.?|[Nn]umber|[Nn]ummer|[Nn]umero|[Nn]uméro|#|n\.|ID))?[ \t]*:?[ \t]*"
# A label and the value shape of its kind.
_RESIDENCE = (
    r"(?:Aufenthaltstitel|Aufenthaltserlaubnis|Aufenthaltsbewilligung|Aufenthaltsgestattung|"
    r"Niederlassungserlaubnis|Niederlassungsbewilligung|Duldung|[Rr]esidence[ \t][Pp]ermit|"
    r"[Tt]itre[ \t]de[ \t]séjour|[Pp]ermesso[ \t]di[ \t]soggiorno|BRP|[Bb]iometric[ \t][Rr]esidence"
    r"[ \t][Pp]ermit)"
)
_COLON = r"[ \t]*:?[ \t]*"


def _labelled(label: str, value: str, between: str = _COLON) -> re.Pattern[str]:
    """A value of shape `value` (group "v") after `label` and `between` (a colon, or a number word too), neither
    inside a longer word."""
    return literal_starts(re.compile(rf"(?<![\w-]){label}{between}(?P<v>{value})(?![\w-])"))


PERMIT = _labelled(_RESIDENCE, r"(?=[A-Z0-9]*\d[A-Z0-9]*\d[A-Z0-9]*\d)[A-Z0-9]{6,12}", _NO)
# A Swiss permit letter: "Ausweis N", "N-Ausweis", "Permis F", "permesso N", then its number.
SWISS_PERMIT = _labelled(
    r"(?:(?:Ausweis|Permis|[Pp]ermesso|[Pp]ermit)[ \t]+[BCFGLNS]|[BCFGLNS]-(?:Ausweis|Bewilligung))",
    r"(?:[BCFGLNS][ \t]?)?\d{2,4}(?:[ .]?\d{2,4}){1,3}",
    _NO,
)
ZEMIS = _labelled(r"ZEMIS(?:-Nr\.?|-Nummer)?", r"\d{6,9}(?:\.\d{1,2})?", _NO)
ALIEN = _labelled(
    r"(?:A-?[Nn]umber|A-?[Nn]o\.?|A#|USCIS#?|[Aa]lien[ \t](?:[Rr]egistration[ \t])?(?:[Nn]umber|[Nn]o\.?|#))",
    r"A?[ \t-]?\d{3}[ \t-]?\d{3}[ \t-]?\d{3}|A?\d{8}",
)
I94 = _labelled(r"I-94", r"\d{8,9}[ \t]?[A-Z0-9]{2}", _NO)
NINO = _labelled(
    r"(?:NI(?:[ \t]+(?:number|no\.?|No\.?|Number))|NINO|National[ \t]Insurance(?:[ \t](?:number|no\.?|"
    r"Number|No\.?))?)",
    r"[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D]",
)
ASYLUM = re.compile(r"(?<![\w.-])(?P<v>\d{1,4}(?:\.\d{1,4})*-Asyl[\w]{0,10}-\d{3,8}(?:/\d{2,4})?)(?![\w-])")
# Incident, claim and job numbers. A bare "CAD" before a year is coronary artery disease and its year ("Known CAD
# 2019, PCI"), a bare "run" before a month and year a date ("run 12-2024"): review of round 20b.
_YEAR = r"(?:19|20)\d\d(?!\d)"
RUN = literal_starts(
    re.compile(
        r"(?<![\w-])(?:[Rr]un[ \t]+(?:[Nn]umber|[Nn]o\.?|#|[Ss]heet)|[Rr]un[ \t]*#|CAD[ \t]+(?:[Nn]o\.?|#|[Nn]umber|"
        rf"[Ii]ncident)|CAD(?![ \t]*:?[ \t]*{_YEAR})|[Ii]ncident[ \t](?:[Nn]umber|[Nn]o\.?|#)|"
        r"Einsatz-?(?:[Nn]ummer|[Nn]r\.?))"
        r"[ \t]*:?[ \t]*(?P<v>\d{2}-\d{4,8}|\d{4,10})(?![\w-]|[.,]\d|[ \t]?(?:mg|ml|mm|cm|%))"
    )
)
RUN_BARE = literal_starts(
    re.compile(rf"(?<![\w-])[Rr]un[ \t]+(?!(?:0[1-9]|1[0-2])-{_YEAR})(?P<v>\d{{2}}-\d{{4,8}})(?![\w-])")
)
CLAIM = _labelled(
    r"(?:[A-Z][A-Za-z]{1,5}-)?(?:Schaden(?:s|fall)?(?:-?[Nn]ummer|-?[Nn]r\.?)|Schadenfall|Aktenzahl|"
    r"Unfall-?(?:[Nn]ummer|[Nn]r\.?)(?:[ \t]+(?:Suva|SUVA|AUVA|BG|BGW|SVA))?|"
    r"[Cc]laim[ \t]*(?:[Nn]umber|[Nn]o\.?|#|[Rr]ef(?:erence)?)|[Ss]inistre[ \t]*(?:n[°º]|no)|[Ss]inistro[ \t]*n\.)",
    r"(?:[A-Z]{1,3}-)?\d[\d./-]{4,20}\d",
)
# Identity documents of travellers and new arrivals (round 23b): a passport ("Reisepass FX 482913", "passport
# C4RJ7K9T2"), an arrival or asylum registration card ("Ankunftsnachweis AKN 4418 2093 61", "ARC UKA 304 418 27
# 3"), a European / UK health-insurance card ("GHIC/EHIC: card 80380 00001 4412 9981"); a custody number ("custody
# no. 51/44182/25"), an insurance policy ("Police 7712-0943-01", "policy no. 44120873"; a date after it stays) and
# a staff badge ("badge 44721"). Each value in the shape of its kind: "passport photo", "Police informed",
# "Reisepass nicht vorhanden", "custody suite", "badge reader", "EHIC card not available" stay.
PASSPORT = _labelled(
    r"(?:[Pp]assport|PASSPORT|Reisepass|[Pp]asseport|[Pp]assaporto)",
    r"[A-Z]{1,2}[ \t]?\d{6,8}|(?=[A-Z0-9]*[A-Z])(?=(?:[A-Z]*\d){3})[A-Z0-9]{8,10}",
    _NO,
)
_ARRIVAL_NO = r"[A-Z]{2,3}[ \t]?\d{3,4}(?:[ \t]\d{1,4}){2,4}|[A-Z]{2,3}\d{7,10}"
ARRIVAL = _labelled(
    r"Ankunftsnachweis", rf"(?:[A-Z]{{2,3}}[ \t]?)?\d{{3,4}}(?:[ \t]\d{{1,4}}){{2,4}}|{_ARRIVAL_NO}", _NO
)
# After "ARC" (also an arc, a protocol's name) the card's letter prefix or its nine digits with a check digit: "ARC
# 1000 1 2 3 series", "ARC 100 200 300 400 positions" stay (mend 23b).
ARC = _labelled(
    r"(?:ARC|[Aa]pplication[ \t][Rr]egistration[ \t][Cc]ard)",
    rf"{_ARRIVAL_NO}|\d{{3}}[ \t]\d{{3}}[ \t]\d{{2}}[ \t]\d",
    _NO,
)
EHIC = _labelled(
    r"(?:EHIC|GHIC)(?:/(?:EHIC|GHIC))?(?:[ \t]*:?[ \t]*card)?",
    r"\d{4,5}(?:[ \t]?\d{4,5}){2,4}",
    _NO,
)
CUSTODY = _labelled(
    r"[Cc]ustody[ \t]*(?:[Nn]o\.?|[Nn]umber|#|[Rr]ef(?:erence)?)",
    r"\d{1,4}(?:/\d{2,6}){1,3}|[A-Z]{0,3}\d{5,10}",
)
POLICY = _labelled(
    r"(?:Police|Polizze|Polizza|[Pp]olicy)(?:[ \t]*(?:[Nn]r\.?|[Nn]o\.?|[Nn]umber|[Nn]ummer|n\.|#))?",
    r"(?!\d{1,2}\.\d{1,2}\.\d{2,4}(?![\w-]))(?:[A-Z]{1,4}-?)?(?:\d{2,6}(?:[./-]\d{2,6}){2,4}|\d{7,12})",
)
# A number with a dose or count unit after it is a dosimeter badge's reading ("Film badge 2500 counts", "Dosimeter
# badge 1200 µSv"; mend 23b).
BADGE = _labelled(r"[Bb]adge(?:[ \t]*(?:[Nn]o\.?|[Nn]umber|#|ID))?", rf"\d{{4,8}}(?!{READING_AFTER})")
FUNDING = literal_starts(re.compile(r"(?<![\w/-])(?P<v>(?:IFR|EFR|PA|CDF)/\d{2,4}/\d{3,6})(?![\w/-])"))
JOB = _labelled(
    r"(?:[Jj]ob[ \t]*(?:[Nn]umber|[Nn]o\.?|#|ID)|Job-?(?:Nr\.?|[Nn]ummer)|[Dd]iktat-?(?:Nr\.?|[Nn]ummer)|"
    r"[Dd]ictation[ \t](?:[Nn]umber|[Nn]o\.?|ID|#))",
    r"(?:[A-Z]{1,4}[ \t-]?)?\d{3,8}(?:[ \t]\d{2,6}){0,2}",
)
INTERPRETER_NO = literal_starts(
    re.compile(
        r"(?i:interpreter|interprète|interprete|dolmetscher(?:in)?)(?:[ \t]+[\w'’.-]+){0,3}?[ \t]*\("
        r"(?P<v>#[ \t]?\d{3,8}|"
        r"(?:ID|Nr\.?|No\.?)[ \t]?#?\d{3,8})\)"
    )
)
_RULES = (
    (PERMIT, ("aufenthalt", "niederlassung", "duldung", "residence", "séjour", "soggiorno", "brp")),
    (SWISS_PERMIT, ("ausweis", "permis", "permesso", "permit", "bewilligung")),
    (ZEMIS, ("zemis",)),
    (ALIEN, ("a-n", "a n", "a#", "alien", "uscis")),
    (I94, ("i-94",)),
    (NINO, ("ni ", "nino", "national insurance")),
    (ASYLUM, ("-asyl",)),
    (RUN, ("run n", "run #", "run#", "run s", "cad", "incident n", "incident #", "einsatz-n", "einsatzn")),
    (RUN_BARE, ("run ",)),
    (CLAIM, ("schaden", "aktenzahl", "claim", "sinistr", "unfall-n", "unfalln")),
    (FUNDING, ("ifr/", "efr/", "pa/", "cdf/")),
    (JOB, ("job", "diktat", "dictation")),
    (INTERPRETER_NO, ("interpr", "dolmetsch")),
    (PASSPORT, ("passport", "reisepass", "passeport", "passaporto")),
    (ARRIVAL, ("ankunftsnachweis",)),
    (ARC, ("arc", "application registration")),
    (EHIC, ("ehic", "ghic")),
    (CUSTODY, ("custody",)),
    (POLICY, ("police", "polizz", "policy")),
    (BADGE, ("badge",)),
)
_GATES = tuple((rule, LOWER_GATES.register(needles)) for rule, needles in _RULES)


def gated_id_hits(gates: tuple[tuple[re.Pattern[str], int], ...], text: str, lowered: str) -> list[Hit]:
    """ID hits (group "v") of each (rule, lower-case gate id) whose gate fired on `lowered` (shared by alias_ids)."""
    fired = LOWER_GATES.fired(lowered)
    return [
        Hit(m.start("v"), m.end("v"), "ID", "rule")
        for rule, gate in gates
        if gate in fired
        for m in rule.finditer(text)
    ]


def permit_id_hits(text: str, lowered: str) -> list[Hit]:
    """ID hits of residence documents, asylum files, incident, claim, funding, job and interpreter numbers in
    `text` (`lowered`: its lower-cased copy)."""
    return gated_id_hits(_GATES, text, lowered)
