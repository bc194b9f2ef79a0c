"""Delimited table exports pasted into report text: which cells are names, which are header words.

RIS, KIS and PACS exports reach reports as text blocks: a semicolon or comma CSV with a header row, a tab
chart export without one (an ID column, names in capitals), a pipe worklist with HL7 caret names
(Surname^Given^Middle). No cue word stands before such a name, so the layout decides:

- A block is two or more consecutive lines with the same count of one delimiter (tab, pipe, semicolon; a
  comma only with two or more per line and no comma-space, as exports write it, not prose; else runs of two
  or more spaces, the columns of fixed-width exports). A trailing delimiter opens no cell.
- A header row is the block's first row when one of its cells is a known column word (DE/FR/IT/EN: Name,
  Nachname, Vorname, nom, prénom, cognome, Surname, Forename, Last, First, Given, DOB, MRN, ...) and none
  holds a digit. Header cells are column names, never PHI (`header_spans`: they veto every rule).
- Name columns: by header word, or by content where there is no header: every filled cell name-shaped
  (letters, hyphens, apostrophes, spaces; capitalised or in capitals; one to four words), no cell a
  clinical word, half the cells or more a listed given name or surname (names-dataset, gender-guesser), or
  the column right beside such a column, and each row carrying an ID or date cell (a person's record, not
  a lab or dose table). Whole name cells are
  redacted, double-barrelled names and particles included.
- In a block whose name columns were found by content (a person's records), the other cells that are dates
  or codes with four digits or more are dates and IDs ("55120", "K4417200").
- Under an ID header a filled cell with a digit is an ID ("Hosp No" -> "RQ6 448201"); under a date header a
  date-shaped cell is a date (a year alone stays).
- HL7 XPN names (Surname^Given^Middle) anywhere in the text: two or more caret-joined letter components.

A text without a tab, pipe, semicolon, comma run or caret costs one substring test per delimiter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from curation.deid.text.common import LO, UP, Hit, TextContext, context_for, words
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.hl7 import segment_spans
from curation.deid.text.keyed_exports import key_class
from curation.deid.text.machine_names import caret_codes_at
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.surnames import is_surname
from curation.deid.text.unit_words import is_unit_word

NAME_HEADERS = frozenset({
    "name", "namen", "vorname", "vornamen", "nachname", "familienname", "geburtsname", "name, vorname",
    "nachname, vorname", "patient", "patientin", "patientenname", "pat.-name", "pat. name", "patname", "nom",
    "prénom", "prenom", "nom de famille", "nom, prénom", "cognome", "nome", "nome, cognome", "cognome, nome",
    "surname", "forename", "forenames", "first", "last", "given", "first name", "firstname", "given name",
    "given names", "last name", "lastname", "family name", "middle", "middle name", "patient name", "pt name",
    "full name", "name of patient", "zuweiser", "zuweiserin", "referrer", "requested by", "arzt", "ärztin",
    "radiologe", "radiologin", "radiologist", "befunder", "befunderin", "befundender", "untersucher", "operator",
    "reported by", "reporter", "mtra", "mtr", "assistent", "assistenz",
    # Who performed the exam (worklists list them by initials, "KB", "TM"): round 10.
    "mta", "mtra/mtr", "fmtr", "rt", "radiographer", "radiographers", "technologist", "tech", "techs", "technician",
    "technologe", "technologin", "sonographer", "ausführend", "ausführende", "durchgeführt von", "performed by",
    "performing", "initials", "kürzel", "handzeichen", "visum", "tmr", "trm",
    # Who ordered or referred (round 12): the ordering / referring column of a worklist export.
    "ordering", "ordering physician", "ordering provider", "orderer", "referring", "referring physician",
    "anforderer", "anfordernder arzt", "überweiser", "einsender", "prescripteur", "demandeur", "richiedente",
    *(USER_HEADERS := frozenset({
        # Who typed, signed or last touched the row (round 15a): a login or initials in any case ("akr",
        # "hmeier", "JMW").
        "user", "username", "user name", "user id", "userid", "login", "benutzer", "benutzername", "typist",
        "schreibkraft", "schreibdienst", "author", "autor", "signer", "signed by", "signiert", "unterzeichnet",
        "reader", "read by", "dictated by", "diktiert", "diktiert von", "transcriber", "transcribed by",
        "validiert von", "validator", "approved by", "verified by", "freigabe", "freigegeben von", "bearbeiter",
        "bearbeiterin", "sachbearbeiter", "utilisateur", "opérateur", "utente", "operatore", "last edited by",
        "modified by", "geändert von", "befunder", "befunderin", "reporter", "reported by", "radiologist",
        "radiologe", "radiologin", "initials", "kürzel", "handzeichen", "visum", "tech", "techs", "mtra", "mtr",
        "radiographer", "technologist", "performed by", "durchgeführt von", "ordering"})),
})
ID_HEADERS = frozenset({
    "id", "pid", "mrn", "patient id", "pat.-id", "pat-id", "patid", "patienten-id", "patientennummer", "pat.-nr.",
    "pat.-nr", "pat-nr", "fall", "fallnr", "fallnr.", "fall-nr.", "fall-nr", "fallnummer", "fall-id", "case",
    "case no", "case number", "hosp no", "hosp no.", "hospital no", "hospital number", "unit no", "nhs no",
    "nhs number", "accession", "acc", "acc. no", "accession no", "auftrag", "auftragsnummer", "auftrags-nr.",
    "no dossier", "n° dossier", "numéro", "numero", "n° patient", "numero paziente", "svnr", "sv-nr.", "ahv",
    "versichertennummer", "record", "chart", "chart no", "medical record number",
    # Admission and visit numbers (round 21b): "Aufnahmezahl", "FIN" (Fallidentifikationsnummer), "CSN", "episode".
    "aufnahmezahl", "aufnahme-zahl", "aufnahmenummer", "aufnahme-nr.", "aufnahme-nr", "aufn.-zl.", "fin", "csn",
    "episode", "episode no", "visit no", "visit number", "encounter", "encounter no", "aktenzahl",
})
# Of those, the headers that are also ordinary words or lab abbreviations ("FIN", "Episode", "Encounter"): their
# column is an ID column only where every cell with a digit looks like an ID (four digits or more, no decimal
# number), not a lab value ("4.1", "140") nor an episode count ("1", "2"); mend of 21b.
_WORD_ID_HEADERS = frozenset({"fin", "csn", "episode", "episode no", "visit no", "visit number", "encounter",
                              "encounter no"})
_DECIMAL = re.compile(r"\d+[.,]\d+")
DATE_HEADERS = frozenset({
    "dob", "d.o.b.", "date of birth", "birth date", "birthdate", "born", "geb.", "geb", "geboren", "geburtsdatum",
    "geb.-datum", "geb.datum", "date de naissance", "né le", "née le", "né(e) le", "nato il", "nata il",
    "data di nascita", "datum", "date", "data", "untersuchungsdatum", "exam date", "study date", "date of exam",
    "aufnahme", "admission", "termin", "appointment",
})
# Other column words of exports: they make a header row and are kept, but name no PHI column.
OTHER_HEADERS = words("""
exam examen esame untersuchung modalität modality modalite modalità sex geschlecht sexe sesso gender m/f m/w
station ward service reparto zimmer room bett bed status priorität priority befund report findings bemerkung
comment comments remark kommentar indikation indication fragestellung question körperregion region body
parameter wert value einheit unit units referenz reference range norm test result ergebnis résultat risultato
höhe level niveau canal foramina foramen sequenz sequence schicht slice tr te protocol protokoll kv mas ctdivol
dlp medikament medication dosis dose schema frequency alter age âge età
""")
# Column classes read by other modules over the same blocks (`column_cells`): a site column names a facility
# (site_forms), postcode, town and street columns an address (home_addresses). Their words are header words too.
SITE_HEADERS = words("""
site sites standort standorte hospital hospitals spital klinik klinikum facility einrichtung institution institut
centre center ospedale hôpital location zuweiser krankenhaus trust practice praxis arztpraxis hausarztpraxis
einsender
""") | frozenset({"gp practice", "gp surgery", "referring practice", "referrer practice", "referring site",
                   "sending site", "site name", "hospital name", "zuweisende praxis", "zuweisende klinik",
                   "practice name", "gp practice name", "registered practice"})
POSTCODE_HEADERS = words("plz postleitzahl postcode zip zipcode npa cap postal") | frozenset({
    "post code", "zip code", "postal code", "code postal", "c.a.p.", "plz/ort", "plz ort", "zip/city",
    "postcode/town", "npa/localité", "npa localité", "cap/comune"})
TOWN_HEADERS = words("ort wohnort stadt town city gemeinde ortschaft wohngemeinde ville localité località comune "
                     "residence") | frozenset({"place of residence", "town/city", "home town", "ort/plz"})
STREET_HEADERS = words("adresse address anschrift strasse straße street wohnadresse indirizzo") | frozenset({
    "home address", "street address", "address line 1", "address line 2", "adresse 1", "strasse/nr.",
    "straße/nr.", "strasse, nr.", "straße, nr."})
ADDRESS_HEADERS = POSTCODE_HEADERS | TOWN_HEADERS | STREET_HEADERS
# Column words that name a thing as often as a person ("Name | Wert"): their cells need a record cell in the row
# (an ID or a date) or a listed name.
_GENERIC = frozenset({"name", "namen", "nom", "nome", "patient", "patientin"})
_HEADER_WORDS = NAME_HEADERS | ID_HEADERS | DATE_HEADERS | OTHER_HEADERS | SITE_HEADERS | ADDRESS_HEADERS

_DELIMITERS = ("\t", "|", ";", ",")
_NAME_CELL = re.compile(rf"[{UP}][{LO}{UP}’.-]*(?:[ ][{UP}{LO}][{LO}{UP}’.-]*){{0,3}}")
# A login or initials under a user column: "akr", "hmeier", "j.weber", "JMW" (no system account, no priority).
_LOGIN_CELL = re.compile(r"[a-zäöü][a-zäöü0-9._-]{1,19}|[A-ZÄÖÜ]{2,3}")
_SYSTEM_ACCOUNTS = words("admin root system sys pacs ris his auto autosign import export service batch test none "
                         "null unknown n/a na stat asap routine urgent eilig dringend notfall urgente")
_CARET_CELL = re.compile(rf"[{UP}][{LO}{UP}’ -]*(?:\^[{UP}{LO}’ .-]*){{1,4}}")
_DATE_CELL = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d{6}")
_ID_CELL = re.compile(r"(?=[A-Z0-9/_ .-]*\d)[A-Z0-9][A-Z0-9/_ .-]{3,}")
# HL7 XPN (extended person name) anywhere: Surname^Given(^Middle^Suffix^Prefix), letters only; the surname may
# open with a particle ("van der Linde^Johanna", "DE LA CRUZ^MARIA").
_CARET_PARTICLE = r"(?i:van|von|de|der|den|del|della|dei|di|da|das|dos|du|la|le|ten|ter|al|el|bin|ibn|mac|st\.?)"
CARET_NAME = re.compile(rf"(?<![\w^])(?P<v>(?:{_CARET_PARTICLE}[ ])*[{UP}][{LO}{UP}’-]*(?:[ ][{UP}][{LO}{UP}’-]*)?"
                        rf"\^[{UP}][{LO}{UP}’-]*(?:\^[{UP}{LO}’.-]*){{0,3}}[{LO}{UP}’.])(?![\w^])")
# A DICOM attribute keyword (CamelCase, two words or more) and the blank after it.
_DICOM_KEYWORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+[ ]")
_CLINICAL = words("""
ct mr mrt mri us pet röntgen rx xr sono sonographie cr dx mg nm ja nein yes no neg pos positiv negativ
normal frei patent offen links rechts left right bds beidseits bilateral ambulant stationär
stat routine urgent asap prio dringend eilig notfall elektiv elective final prelim preliminary pending
""")
# Name particles are no clinical words ("VAN DER MERWE", "de Luca", "Dell'Acqua").
_PARTICLES = words("van der den de del della dei di da das dos do du la le von zu ter ten al el bin ibn ben mac st")


@dataclass(frozen=True)
class _Block:
    rows: list[list[tuple[int, int]]]  # cells as (start, end), stripped of surrounding spaces
    header: bool


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \"'":
        a += 1
    while b > a and text[b - 1] in " \"'":
        b -= 1
    return a, b


_SPACE_GAP = re.compile(r"[ ]{2,}")


def _split(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    while end > start and text[end - 1] in " " + delimiter:
        end -= 1  # a trailing delimiter opens no cell ("Huber;Anna;12.03.1950;")
    while start < end and text[start] == " ":
        start += 1
    if delimiter == "  ":
        cuts = [(m.start(), m.end()) for m in _SPACE_GAP.finditer(text, start, end)]
    else:
        cuts, pos = [], start
        while (cut := text.find(delimiter, pos, end)) >= 0:
            cuts.append((cut, cut + 1))
            pos = cut + 1
    cells, pos = [], start
    for a, b in cuts:
        cells.append(_stripped(text, pos, a))
        pos = b
    cells.append(_stripped(text, pos, end))
    return cells


def _line_delimiter(line: str) -> tuple[str, int] | None:
    for d in _DELIMITERS:
        n = line.rstrip(" " + d).count(d)
        if d == "," and (n < 2 or ", " in line):
            continue
        if d == ";" and (n < 2 and "; " in line):
            continue  # "A; B" is prose; "Name;Vorname" or "A;B;C" a row
        if n:
            return d, n
    if "  " in (core := line.strip()):  # columns aligned with spaces (fixed-width exports)
        return "  ", len(_SPACE_GAP.findall(core))
    return None


def _blocks(text: str) -> list[_Block]:
    lines, pos = [], 0
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        lines.append((pos, end))
        pos = end + 1
    blocks: list[_Block] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        shape = _line_delimiter(text[start:end]) or _comma_header(text[start:end])
        j = i + 1
        while shape is not None and j < len(lines) and (_line_delimiter(text[lines[j][0]:lines[j][1]]) == shape or (
                shape == _ONE_COMMA and _one_comma_row(text[lines[j][0]:lines[j][1]]))):
            j += 1
        if shape is not None and (j - i >= 2 or (shape[0] in "\t|" and _single_row_ok(text, start, end))):
            rows = [_split(text, a, b, shape[0]) for a, b in lines[i:j]]
            blocks.append(_Block(rows, _is_header(text, rows[0]) and j - i >= 2))
        i = max(j, i + 1)
    return blocks


_ONE_COMMA = (",", 1)


def _comma_header(line: str) -> tuple[str, int] | None:
    """A two-column CSV header ("Site,Exam", "PLZ,Ort"): both cells known column words, no space after the comma
    (prose writes "a, b"); its rows are then read with one comma each."""
    if not _one_comma_row(line):
        return None
    return _ONE_COMMA if all(c.strip().lower() in _HEADER_WORDS for c in line.split(",")) else None


def _one_comma_row(line: str) -> bool:
    core = line.strip()
    return core.count(",") == 1 and ", " not in core and not core.startswith(",") and not core.endswith(",")


def _single_row_ok(text: str, start: int, end: int) -> bool:
    """One worklist row alone ("PID|1||558812093^^^MRN||Washington^Delroy^K||...") counts when it holds a caret."""
    return "^" in text[start:end]


def _is_header(text: str, cells: list[tuple[int, int]]) -> bool:
    """A known column word and no digit, or two known column words beside a title cell with one ("Liste MR 1 |
    Zeit | Untersuchung | MTRA")."""
    values = [text[a:b].lower().strip(" :") for a, b in cells]
    known = sum(_known_head(v) for v in values)
    return (known >= 1 and not any(c.isdigit() for v in values for c in v)) or (
        known >= 2 and sum(any(c.isdigit() for c in v) for v in values) == 1)


def _known_head(head: str) -> bool:
    """A column word of the lists, or a field key that names a PHI class (keyed_exports.key_class: "subject_id",
    "Date_consentement", "Initiales", "Sigla", "Eta"; round 17a)."""
    return head in _HEADER_WORDS or (_KEY_HEAD.fullmatch(head) is not None and key_class(head) is not None)


# A column name that the lists do not hold: up to three words of letters ("Name: Türk" is a label and its value).
_KEY_HEAD = re.compile(r"[^\W\d_]+(?:[ _./#-]{1,2}[^\W\d_]+){0,2}[.#]?")


_AGE_CELL = re.compile(r"(?P<n>\d{2,3})(?:[ ]?(?:[JjYy]|years?|Jahre|ans|anni))?")


def _name_like(value: str) -> bool:
    if not _NAME_CELL.fullmatch(value) or len(value) < 2:
        return False
    parts = [w.strip(".,").lower() for w in value.replace("-", " ").split()]
    return not any(p not in _PARTICLES and (p in NOT_NAME_WORDS or p in _CLINICAL or p in _HEADER_WORDS)
                   for p in parts) and not is_unit_word(value)  # ("Notfallambulanz" under "Zuweiser": a unit)


def _listed(value: str) -> bool:
    return any(is_any_given_name(w.capitalize()) or is_surname(w.capitalize())
               for w in re.split(r"[ -]", value) if len(w) > 1)


def _record_row(text: str, row: list[tuple[int, int]]) -> bool:
    return any(_DATE_CELL.fullmatch(text[a:b]) or _ID_CELL.fullmatch(text[a:b]) for a, b in row)


def thing_or_person(text: str, row: list[tuple[int, int]], value: str) -> bool:
    """Under a generic column word ("Name", "Patient"): a person when the row carries an ID or a date, or the
    value is a listed name or an HL7 caret name."""
    return _record_row(text, row) or _listed(value) or "^" in value


def is_generic_header(cell: str) -> bool:
    return cell.lower().strip(" :") in _GENERIC


def _content_columns(text: str, rows: list[list[tuple[int, int]]]) -> list[int]:
    """Columns whose filled cells are all names, in rows that each carry an ID or a date: half of the cells or
    more a listed given name or surname, or the column right beside such a column (the surname next to the
    given name, "BRANDSTÄTTER | ROSWITHA")."""
    if not all(_record_row(text, row) for row in rows):
        return []
    shaped, listed = [], []
    for k in range(len(rows[0])):
        values = [text[a:b] for a, b in (row[k] for row in rows) if b > a]
        if values and all(_name_like(v) for v in values) and not all(len(v) == 1 for v in values):
            shaped.append(k)  # (one letter in every row: a sex column)
            if 2 * sum(_listed(v) for v in values) >= len(values):
                listed.append(k)
    return [k for k in shaped if k in listed or k - 1 in listed or k + 1 in listed]


def _id_column(text: str, body: list[list[tuple[int, int]]], k: int) -> bool:
    """Whether every cell of column `k` that holds a digit looks like an ID: four digits or more, no decimal."""
    cells = [text[a:b].strip() for a, b in (row[k] for row in body if k < len(row))]
    cells = [c for c in cells if any(ch.isdigit() for ch in c)]
    return bool(cells) and all(sum(ch.isdigit() for ch in c) >= 4 and not _DECIMAL.fullmatch(c) for c in cells)


def _cell_hits(text: str, block: _Block) -> list[Hit]:
    hits: list[Hit] = []
    body = block.rows[1:] if block.header else block.rows
    keyed_users: set[int] = set()
    if block.header:
        heads = [text[a:b].lower().strip(" :") for a, b in block.rows[0]]
        names = [k for k, h in enumerate(heads) if h in NAME_HEADERS]
        for k, h in enumerate(heads):
            label = "ID" if h in ID_HEADERS else "DATE" if h in DATE_HEADERS else None
            if h in _WORD_ID_HEADERS and not _id_column(text, body, k):
                continue  # counts or lab values, no ID column; no key class takes it either
            if label is None and h not in NAME_HEADERS and (keyed := key_class(h)) is not None:
                if keyed == "PERSON":  # round 17a
                    names.append(k)
                    keyed_users.add(k)
                label = keyed if keyed in ("ID", "DATE", "AGE") else None
            for row in body:
                a, b = row[k] if k < len(row) else (0, 0)
                # A year alone stays (Safe Harbor keeps years; the birth-year rule takes the old ones).
                if (label == "ID" and any(c.isdigit() for c in text[a:b])) or (
                        label == "DATE" and _DATE_CELL.fullmatch(text[a:b])):
                    hits.append(Hit(a, b, label, "rule"))
                elif label == "AGE" and (m := _AGE_CELL.fullmatch(text, a, b)) and 89 < int(m.group("n")) < 130:
                    hits.append(Hit(a, m.end("n"), "AGE", "rule"))  # an age column: over 89 only
        if not names:
            names = _content_columns(text, body)
    else:
        names = _content_columns(text, body)
        if names:  # a person's record: its code cells are IDs ("55120", "K4417200"), its date cells dates
            for row in body:
                for k, (a, b) in enumerate(row):
                    if k not in names and _DATE_CELL.fullmatch(text[a:b]):
                        # a date-shaped cell that is no calendar date is a record number ("47-21-385")
                        hits.append(Hit(a, b, "ID" if _record_number(text[a:b]) else "DATE", "rule"))
                    elif k not in names and " " not in text[a:b] and _ID_CELL.fullmatch(text[a:b]) and sum(
                            c.isdigit() for c in text[a:b]) >= 4:  # ("PID 4471203": the ID rules take the value)
                        hits.append(Hit(a, b, "ID", "rule"))
    for k in names:
        head = text[block.rows[0][k][0]:block.rows[0][k][1]].lower().strip(" :") if block.header else ""
        generic, user = head in _GENERIC, head in USER_HEADERS or k in keyed_users
        for row in body:
            a, b = row[k] if k < len(row) else (0, 0)
            value = text[a:b]
            if b > a and user and _LOGIN_CELL.fullmatch(value) and value.lower() not in _SYSTEM_ACCOUNTS and (
                    value.lower() not in NOT_NAME_WORDS and value.lower() not in _HEADER_WORDS):
                hits.append(Hit(a, b, "PERSON", "cue"))
                continue
            if b <= a or not (_name_like(value) or _CARET_CELL.fullmatch(value)):
                continue
            if generic and not thing_or_person(text, row, value):
                continue  # "Name | Wert" over "Hämoglobin | 12" is a lab table
            hits.append(Hit(a, b, "PERSON", "cue"))
    return hits


def _read(text: str) -> list[_Block]:
    """The blocks of `text`, read once per text (both rule_hits and the header veto ask for them: kept in
    the text's context)."""
    return context_for(text).memo(_read, _read_blocks)


def _read_blocks(text: str) -> list[_Block]:
    if "\t" not in text and "|" not in text and ";" not in text and "  " not in text and not _comma_rows(text):
        return []
    return _blocks(text)


_COMMA_CELL = re.compile(r",[^\s,]")


def _comma_rows(text: str) -> bool:
    """A comma directly before a letter or digit (an export writes "Surname,Forename", prose "a, b")."""
    return "\n" in text and _COMMA_CELL.search(text) is not None


# One pipe or tab row of a worklist without a header (round 15a): "ACC20251104-17 | Okafor, Ngozi A | US pelvis |
# final | tbrennan". A "Surname, Given [Initial]" cell in a row that carries an ID or date cell is a person; a login
# or initials cell right after a report status cell is the user who set it.
_ROW_LINE = re.compile(r"(?m)^[^\n]*[|\t][^\n]*[|\t][^\n]*$")
_SURNAME_GIVEN = re.compile(rf"[{UP}][{LO}]+(?:[- ][{UP}][{LO}]+)?,[ ]?[{UP}][{LO}]+(?:[- ][{UP}][{LO}]+)?"
                            rf"(?:[ ][{UP}]\.?)?")
_STATUS = words("""unread read preliminary prelim final finalised finalized signed unsigned draft pending verified
approved addendum amended corrected ungelesen gelesen vorläufig vorlaeufig endgültig endgueltig freigegeben
signiert diktiert geschrieben korrigiert provisoire définitif definitif validé signé preliminare definitivo
firmato validato""")


# A cell of digit groups (round 16c): "47-21-385", "12.408.771", "0044/18233"; six digits or more, checked in
# _record_line_hits, and no calendar date (`_calendar_date`).
_GROUPED_NUMBER_CELL = re.compile(r"\d{2,6}(?:[-./]\d{2,6}){1,3}")
_DATE_PARTS = re.compile(r"(\d{1,4})[./-](\d{1,2})[./-](\d{2}|\d{4})")


def _calendar_date(value: str) -> bool:
    """Whether a numeric cell reads as a day, month and year in some order ("12.03.24", "2024-03-12", "3/14/2025"),
    not "47-21-385" (no year part) or "31-44-12" (no month)."""
    if not (m := _DATE_PARTS.fullmatch(value)):
        return False
    a, b, c = (int(g) for g in m.groups())
    if len(m.group(1)) == 4:
        return 1 <= b <= 12 and 1 <= c <= 31
    return (1 <= b <= 12 and 1 <= a <= 31) or (1 <= a <= 12 and 1 <= b <= 31)


def _record_number(value: str) -> bool:
    """A cell of digit groups with six digits or more that is no calendar date ("47-21-385", "12.408.771")."""
    return (_GROUPED_NUMBER_CELL.fullmatch(value) is not None and sum(c.isdigit() for c in value) >= 6
            and not _calendar_date(value))


def _record_line_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for line in _ROW_LINE.finditer(text):
        delimiter = "|" if "|" in line.group() else "\t"
        cells = _split(text, line.start(), line.end(), delimiter)
        values = [text[a:b] for a, b in cells]
        if not any(_ID_CELL.fullmatch(v) or _DATE_CELL.fullmatch(v) for v in values):
            continue
        found = len(hits)
        for k, ((a, b), value) in enumerate(zip(cells, values, strict=True)):
            if (_SURNAME_GIVEN.fullmatch(value) and _name_like(value.replace(",", ""))) or (
                    k and values[k - 1].lower() in _STATUS and _LOGIN_CELL.fullmatch(value)
                    and value.lower() not in _SYSTEM_ACCOUNTS | _STATUS | NOT_NAME_WORDS):
                hits.append(Hit(a, b, "PERSON", "cue"))
        if len(hits) > found:  # a person's row: its grouped-number cells are record numbers ("47-21-385")
            hits.extend(Hit(a, b, "ID", "rule") for (a, b), value in zip(cells, values, strict=True)
                        if _record_number(value))
    return hits


def table_cell_hits(text: str) -> list[Hit]:
    """PERSON, ID and DATE hits of the cells of delimited blocks, and HL7 caret names anywhere."""
    hits: list[Hit] = []
    for block in _read(text):
        hits.extend(_cell_hits(text, block))
    if "|" in text or "\t" in text:
        hits.extend(_record_line_hits(text))
    if "^" in text:
        segments = segment_spans(text)  # HL7 segment lines: hl7.py reads their names by position
        for m in CARET_NAME.finditer(text):
            if any(a <= m.start() < b for a, b in segments) or caret_codes_at(
                    text, m.start("v"), [p for p in m.group("v").split("^") if p]):
                continue
            # A DICOM attribute keyword before the name is none of it (round 21a: "RequestingPhysician KRÜGER^A").
            keyword = _DICOM_KEYWORD.match(text, m.start("v"))
            hits.append(Hit(keyword.end() if keyword else m.start("v"), m.end("v"), "PERSON", "cue"))
    return hits


def column_cells(text: str, heads: frozenset[str]) -> list[tuple[str, tuple[int, int]]]:
    """(header word, cell) for each filled body cell under a header cell whose word is in `heads`, over the
    blocks that `table_cell_hits` reads (one table reader for every column class)."""
    out: list[tuple[str, tuple[int, int]]] = []
    for block in _read(text):
        if not block.header:
            continue
        for k, (a, b) in enumerate(block.rows[0]):
            head = text[a:b].lower().strip(" :")
            if head in heads:
                out.extend((head, row[k]) for row in block.rows[1:] if k < len(row) and row[k][1] > row[k][0])
    return out


_HEADER_CELL = re.compile(r"[^\W\d_]{3,}[/#.&-]?")


def header_spans(text: str, ctx: TextContext | None = None) -> list[tuple[int, int]]:
    """The column words of header rows: never PHI (`ctx`: the text's context, where its blocks are kept). Known column
    words always; in a row with two known words or more, every other cell of one word of letters too (round 12: "MRN |
    Patient | Ordering | Priority": a column name the lists do not hold is still a column name)."""
    out: list[tuple[int, int]] = []
    for block in (ctx or context_for(text)).memo(_read, _read_blocks):
        if block.header:
            known = [_known_head(text[a:b].lower().strip(" :")) for a, b in block.rows[0]]
            out.extend((a, b) for (a, b), k in zip(block.rows[0], known, strict=True)
                       if k or (sum(known) >= 2 and _HEADER_CELL.fullmatch(text[a:b].strip(" :"))))
    return out


def table_blocks(text: str) -> list[tuple[list[list[tuple[int, int]]], bool]]:
    """The delimited blocks of `text` as (rows of cells, whether the first row is a header), as `table_cell_hits`
    reads them (round 18a: rosters.py reads their columns as positions)."""
    return [(block.rows, block.header) for block in _read(text)]


def name_like(value: str) -> bool:
    """A name-shaped cell: letters, capitalised or in capitals, one to four words, no clinical, header, unit or
    common word."""
    return _name_like(value)
