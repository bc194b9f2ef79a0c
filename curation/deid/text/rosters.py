"""Row-structured staff and patient lists: a position that holds a person in some rows holds one in every row.

Bed boards, ward lists, on-call rotas, call schedules, CSV on-call lists and tumour-board lists name persons by
position, not by cue: "6 North|615A|KRYSTOWIAK, Lena|12/05|Balogun|dc today" has an attending column, "Mon: Body
– Farquhar | Neuro – Iyengar" a rota slot after each role. The other detectors find some of these names (a
title, a listed "Surname, Given"); this module reads the positions and gives the rest of each position to the
same class (round 18a). A position is a SLOT GROUP:

- a column of a delimited block (tables.table_blocks: pipe, tab, semicolon, comma CSV, fixed width): its body
  cells, less a leading title ("Dr Ashworth");
- a labelled item of a list line, "<label> – <value>", "<label>: <value>" (DE/FR/IT/EN rota roles: "Neuro –",
  "Neuroradiologie:", "radiologie interventionnelle :"), grouped by its label word over the whole text and by
  its line (the punctuated items of one line);
- a weekday item, "lundi Dubosson", "Sat MSK – ...": grouped as weekdays over the text; a bare role word
  before a value ("Vordergrund Wendtland") groups only when the same role word recurs;
- a numbered list item that opens with a name before a colon or a dash (tumour-board lists, "2. Bamidele, Tunde:
  EUS biopsy").

A group of two slots or more whose filled values are all name-shaped (tables' name-cell test: no clinical,
header, unit or common word) and half or more of them SEEDS (a person hit of the other detectors, or a listed
given name or surname) is a person position: every value of it is PERSON, also a bare surname no list holds.
A group with no seed stays ("Leber: Normal | Milz: Unauffällig").

In a block that holds a person position, a column whose filled cells each carry one day-month without a year
("EDD 19/12", "12/05", "Entl. 20.12.") is a date column: its day-months are DATE (valid as d/m or m/d); a column
of extensions ("5532", "x6120"; four or five digits, or an x / ext prefix, or under a phone header) right of a
person column is PHONE. Status, ward, bay, bed, diagnosis and procedure cells stay: they are not name-shaped or
hold no seed. The hits are weak ones (source "rule"): every keep range vetoes them.
"""

from __future__ import annotations

import re
from collections import defaultdict

from curation.deid.text.common import LO, UP, Hit, StartsAfter, literal_starts, words
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.names import NOT_NAME_WORDS, is_role_word
from curation.deid.text.surnames import is_surname
from curation.deid.text.tables import NAME_HEADERS, name_like, table_blocks

_TITLE = re.compile(r"(?:(?:Dr|Prof|PD|Mr|Mrs|Ms|Miss|Herr|Frau|OA|OÄ|CA|Dres|Dott|Dott\.ssa|Me|Mme|M)\.?"
                    r"(?:[ ]med\.)?[ ]+)+")
_NAME = rf"[{UP}][{LO}{UP}’-]+(?:,?[ ][{UP}][{LO}{UP}’-]+)?"
_WEEKDAYS = words("""montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so monday tuesday
wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun lundi mardi mercredi jeudi
vendredi samedi dimanche lun mar mer jeu ven sam dim lunedì martedì mercoledì giovedì venerdì sabato domenica
lunedi martedi mercoledi giovedi venerdi""")
# A list item's end: a delimiter, a line end, or a bracketed pager / extension first ("Gillioz (bip 5521)").
_ITEM_END = r"(?=[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:[|;,\t\n]|$))"
# "<label> – <value>" / "<label>: <value>": one to three label words before a dash or a colon.
# Read from the separator (a colon, an en / em dash, a spaced hyphen): the value after it, then the label before it.
# (Its separator first: run from the separator's characters, not tried at every position; round 16.)
_SEPARATED_VALUE = literal_starts(re.compile(
    rf"(?:[:–—]|(?<=[ ])-(?=[ ]))[ \t]*(?:{_TITLE.pattern})?(?P<v>{_NAME}){_ITEM_END}"))
_LABEL_BEFORE = re.compile(r"(?<![\w./&])(?P<label>[^\W\d_][\w./&]*(?:[ ][^\W\d_][\w./&]*){0,2})[ \t]*\Z")
# "<word> <value>": a weekday or a recurring role word just before the value ("lundi Dubosson", "Hintergrund
# Ruppert"), at an item's start (a line start, a delimiter or a colon before it).
_BARE = re.compile(
    rf"(?:^|(?<=[|;,\t:]))[ \t]*(?P<label>[^\W\d_]+)\.?[ \t]+(?:{_TITLE.pattern})?"
    rf"(?P<v>{_NAME}){_ITEM_END}", re.M)
_BARE = StartsAfter(_BARE, "\n|;,\t:")  # tried at item starts only (round 18 of speed)
# A numbered list item opening with a name and a colon or a dash (a tumour-board list: "2. Bamidele, Tunde: EUS").
_NUMBERED = re.compile(rf"(?m)^[ \t]*\d{{1,2}}[.)][ \t]+(?:{_TITLE.pattern})?(?P<v>{_NAME})(?=[ \t]*(?:[:|;–]|[ ]-))")
_NUMBERED = StartsAfter(_NUMBERED)  # tried at line starts only (round 18 of speed)
_DAY_MONTH = re.compile(r"(?<![\d./])(?P<a>\d{1,2})(?P<s>[./])(?P<b>\d{1,2})(?P=s)?(?![\d/]|\.\d)")
# Degrees and credentials written after a name, to the value's end ("RDMS", "MD", "PA-C", "RN, BSN").
_CREDENTIALS = re.compile(r"(?:,?[ \t]+(?:MD|M\.D\.|DO|NP|RN|BSN|PA-C|PA|PhD|MBBS|FRCR|MRCP|RDMS|RVT|RDCS|RT\(R\)|ARRT|"
                          r"CNMT|CRNA|APRN|DNP|MTRA|LCSW|MSW|RDN|PT|OT))+[ \t]*\Z")
_EXTENSION = re.compile(r"(?P<p>(?:x|ext\.?|app\.?|nst\.?|dw\.?)[ ]?)?(?P<v>\d{3,5})", re.I)
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ismus", "ie", "itis", "ose")
_ROTA_HEADS = words("""on call dienst hintergrund vordergrund surgeon operateur opérateur chirurg medico médecin doctor
dr piquet picchetto bereitschaft""")
_VALUE_HEADS = words("""dose dosis kraft power cores ratio anteil level score grade grad strength gcs pain vas fraction
proportion result value wert stanzen sats spo2 size grösse größe ef visus stage stadium niveau ratio quote rate""")
_PHONE_HEADS = words("ext extn extension tel tel. telefon phone durchwahl dw app app. nst bleep pager piepser bip "
                     "cercapersone poste interno")


# Values that name a sign, fracture, scale, sequence, position, diet, organism or vendor
# (review 18; common surnames left out): a group holding one is no person position ("Murphy | ... Rovsing", "Vibe").
_KEEP_VALUES = frozenset({
    "addison", "cushing", "paget", "candida", "dixon", "vibe", "haste", "flash", "space", "blade", "propeller",
    "rolando", "gartland", "rovsing",
    "mcburney", "medtronic", "barthel", "glasgow", "trendelenburg", "paleo", "schatzker", "neer", "tossy",
    "rockwood", "frykman", "colles", "monteggia", "galeazzi", "maisonneuve", "bankart", "charcot", "lachman",
    "mcmurray", "phalen", "tinel", "finkelstein", "spurling", "kernig", "brudzinski", "babinski", "romberg",
    "valsalva", "crohn", "hashimoto", "marfan", "ehlers", "danlos", "siemens", "philips", "toshiba", "hologic",
    "stryker", "zimmer", "biomet", "depuy", "synthes", "terumo", "penumbra", "debakey", "bosniak", "fleischner",
    "lugano", "breslow", "gleason", "fazekas", "spetzler", "lenke", "meyerding", "modic", "pfirrmann", "kellgren",
    "outerbridge", "tönnis", "vancouver", "brooker", "gruen", "insall", "salvati"})
_NO_PERSON_LABELS = frozenset({"protocol", "protokoll", "sequence", "sequenz", "classification", "klassifikation",
                               "skala", "scale", "score", "position", "lagerung", "diet", "diät", "kost", "abstrich",
                               "urin", "blutkultur", "kultur", "culture", "swab", "valve", "klappe", "sign", "zeichen",
                               "test", "typ", "type", "grade", "grad", "stage", "stadium"})


def _seed(text: str, a: int, b: int, persons: list[tuple[int, int]]) -> bool:
    if any(s < b and a < e for s, e in persons):
        return True
    words = [w for w in re.split(r"[ ,-]+", text[a:b]) if len(w) > 1]
    return any(is_surname(w.capitalize()) or is_any_given_name(w.capitalize()) for w in words) and not any(
        w.lower() in NOT_NAME_WORDS or is_role_word(w.lower()) for w in words)


def _value(text: str, a: int, b: int) -> tuple[int, int]:
    """The cell [a, b) less a leading title ("Dr Ashworth" -> "Ashworth") and trailing degrees or credentials
    ("Kenna RDMS", "Okafor, MD": post-nominals stay outside the name, as the markup convention says)."""
    if (m := _TITLE.match(text, a, b)) is not None:
        a = m.end()
    if (c := _CREDENTIALS.search(text, a, b)) is not None and c.start() > a:
        b = c.start()
    return a, b


def _shaped(value: str) -> bool:
    core = value.replace(",", "")
    return name_like(core) and not (value.isupper() and len(value) <= 4) and not any(
        is_role_word(w.lower()) or w.lower() in _WEEKDAYS for w in core.split())


def _person_head(head: str) -> bool:
    """A column word that may head persons: a name or role word ("Attending", "Radiologe") or a rota word ("first
    on", "Hintergrund"); under any other header ("Diagnose", "Status") a column holds no persons."""
    return head in NAME_HEADERS or any(is_role_word(w) or w in _ROTA_HEADS for w in re.split(r"[ /_.-]+", head) if w)


def _person_slots(groups: dict[object, list[tuple[int, int]]], text: str,
                  persons: list[tuple[int, int]]) -> list[tuple[object, tuple[int, int]]]:
    out: list[tuple[object, tuple[int, int]]] = []
    for key, slots in groups.items():
        filled = sorted({(a, b) for a, b in slots if b > a})
        if len(filled) < 2 or not all(_shaped(text[a:b]) for a, b in filled):
            continue
        if any(w.lower() in _KEEP_VALUES for a, b in filled for w in re.split(r"[ ,-]+", text[a:b])):
            continue  # a column or list of signs, sequences or vendors ("Murphy | Rovsing", "Edwards | Medtronic")
        seeds = [_seed(text, a, b, persons) for a, b in filled]
        if 2 * sum(seeds) >= len(filled):  # (an unlisted German noun is no name: "Hämaturie", "Stenose")
            out.extend((key, (a, b)) for (a, b), seed in zip(filled, seeds, strict=True)
                       if seed or not text[a:b].lower().endswith(_NOUN_ENDINGS))
    return out


def _item_groups(text: str, labels: dict[tuple[int, int], tuple[int, int]]) -> dict[object, list[tuple[int, int]]]:
    """The slot groups of the list items of `text`; `labels` takes each value's label span."""
    groups: dict[object, list[tuple[int, int]]] = defaultdict(list)
    bare: dict[str, list[re.Match[str]]] = defaultdict(list)
    for m in _BARE.finditer(text):
        label = m.group("label").lower()
        if label in _WEEKDAYS:  # a weekday item is one of its line's items too
            groups[("day",)].append(m.span("v"))
            groups[("line", text.count("\n", 0, m.start()))].append(m.span("v"))
            labels[m.span("v")] = m.span("label")
        elif label not in NOT_NAME_WORDS and not is_any_given_name(m.group("label")):
            bare[label].append(m)
    role_starts: set[int] = set()
    for k, found in bare.items():
        if len(found) >= 2:  # a recurring role word: its items are items of their lines too
            for m in found:
                groups[("bare", k)].append(m.span("v"))
                groups[("line", text.count("\n", 0, m.start()))].append(m.span("v"))
                labels[m.span("v")] = m.span("label")
                role_starts.add(m.start("label"))
    groups[("numbered",)].extend(m.span("v") for m in _NUMBERED.finditer(text))
    for m in _SEPARATED_VALUE.finditer(text):
        if m.start("v") in role_starts:
            continue  # ("Mo: Vordergrund Wendtland": the role word's item, not a value of two words)
        start = text.rfind("\n", 0, m.start()) + 1
        if (lab := _LABEL_BEFORE.search(text, max(start, m.start() - 40), m.start())) is None:
            continue
        label = lab.group("label").lower().split()[-1]
        if (label in NOT_NAME_WORDS and not is_role_word(label)) or label in _NO_PERSON_LABELS:
            continue  # "Indikation: Hämaturie", "Skala: Barthel": a section or a scale, no rota slot
        groups[("label", label)].append(m.span("v"))
        groups[("line", text.count("\n", 0, m.start()))].append(m.span("v"))
        labels[m.span("v")] = lab.span("label")
    return groups


def _calendar_day_month(m: re.Match[str]) -> bool:
    a, b = int(m.group("a")), int(m.group("b"))
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def _column_hits(text: str, rows: list[list[tuple[int, int]]], header: bool,
                 person_columns: set[int]) -> list[Hit]:
    """DATE and PHONE cells of a block with a person column."""
    hits: list[Hit] = []
    heads = [text[a:b].lower().strip(" :") for a, b in rows[0]] if header else []
    body = rows[1:] if header else rows
    width = min(len(r) for r in body)
    for k in range(width):
        if k in person_columns:
            continue
        cells = [row[k] for row in body if row[k][1] > row[k][0]]
        if len(cells) < 2:
            continue
        if heads and k < len(heads) and heads[k] in _VALUE_HEADS:
            continue  # "Dose", "Kraft", "Ratio", "Level": fractions, scores and decimals, no day-months (review 18)
        days = [m for a, b in cells if len(text[a:b].split()) <= 3
                and len(found := list(_DAY_MONTH.finditer(text, a, b))) == 1 and _calendar_day_month(m := found[0])]
        if len(days) >= 2 and 2 * len(days) >= len(cells):
            hits.extend(Hit(m.start(), m.end(), "DATE", "rule") for m in days)
            continue
        exts = [m for a, b in cells if (m := _EXTENSION.fullmatch(text, a, b)) is not None]
        if len(exts) == len(cells) and (
                (heads and k < len(heads) and heads[k] in _PHONE_HEADS) or all(m.group("p") for m in exts) or (
                not heads and all(len(m.group("v")) >= 4 for m in exts) and k > min(person_columns))):
            # under a header only a phone header says so: "PLZ", "Zimmer", "Jahr" columns hold four digits too
            hits.extend(Hit(m.start(), m.end(), "PHONE", "rule") for m in exts)
    return hits


def with_rosters(text: str, hits: list[Hit]) -> list[Hit]:
    """`hits` with the unfound values of person positions as PERSON and the DATE / PHONE cells of their blocks;
    less the weak person hits over a person position's label ("Sun MSK – Kowalczyk": the weekday and the role)."""
    if "\n" not in text and "|" not in text and ";" not in text and "–" not in text and ":" not in text:
        return hits
    persons = [(h.start, h.end) for h in hits if h.label == "PERSON"]
    labels: dict[tuple[int, int], tuple[int, int]] = {}
    groups = _item_groups(text, labels)
    blocks = table_blocks(text)
    for n, (rows, header) in enumerate(blocks):
        body = rows[1:] if header else rows
        for k in range(min(len(r) for r in body)):
            if not header or (k < len(rows[0]) and _person_head(text[slice(*rows[0][k])].lower().strip(" :"))):
                groups[("col", n, k)].extend(_value(text, *row[k]) for row in body)
    found = _person_slots(groups, text, persons) if any(len(g) >= 2 for g in groups.values()) else []
    if not found:
        return hits
    values = [_value(text, a, b) for _, (a, b) in found]  # without trailing credentials ("Kenna RDMS")
    out = [Hit(a, b, "PERSON", "rule") for a, b in values if not any(s <= a and b <= e for s, e in persons)]
    if spans := [labels[v] for _, v in found if v in labels]:
        hits = [h for h in hits if h.label != "PERSON" or h.source != "rule"
                or not any(a < h.end and h.start < b for a, b in spans)]
    columns: dict[int, set[int]] = defaultdict(set)
    for key, _ in found:
        if isinstance(key, tuple) and key[0] == "col":
            columns[key[1]].add(key[2])
    for n, cols in columns.items():
        out.extend(_column_hits(text, *blocks[n], cols))
    return [*hits, *out]
