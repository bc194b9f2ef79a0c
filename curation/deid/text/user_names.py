"""User names of RIS / PACS exports (round 11): an initial glued to a surname in capitals ("MKOWALSKI",
"RPATEL"), the login that worklists and CSV exports print for the reading radiologist or the technologist.

No name list knows the glued form, and many surnames are in none, so the place decides:

- a cell of a delimited row (pipe, semicolon, tab, comma) under a header that names a user column ("Read by",
  "Radiologist", "tech_user", "Signed", "Befunder", "MTRA", "Operator"): the cell in that column when the row
  has the header's cells; in a row written without every column, the one capitals token of the row under a
  header with one user column, or any whose letters after the initial are a listed surname;
- after a user label and a colon ("radiologist: DLINDQVIST", "Read by: TOKONJO").

The token is one run of four to fifteen capitals; a status or exam word in capitals ("FINAL", "PRELIM",
"CHEST") is none.
"""

from __future__ import annotations

import re

from curation.deid.text.common import Gated, Hit, literal_starts, words
from curation.deid.text.surnames import is_surname

_DELIMITERS = ("|", ";", "\t", ",")
# Column words of who read, signed or performed the exam (lower case, "_" read as a blank).
USER_COLUMNS = frozenset({
    "read by", "reader", "reading radiologist", "reading", "radiologist", "reporting radiologist", "reported by",
    "reporter", "signed", "signed by", "signer", "signing radiologist", "verified by", "approved by", "reviewed by",
    "dictated by", "dictator", "author", "tech", "tech user", "technologist", "technician", "radiographer",
    "sonographer", "performed by", "performing", "operator", "user", "username", "user name", "user id", "login",
    "befunder", "befunderin", "befundender", "befundet von", "vidiert", "validiert", "freigabe", "freigegeben von",
    "untersucher", "ausführend", "mtra", "mtr", "mta", "rt", "arzt", "radiologe", "radiologin", "benutzer",
    "médecin", "radiologue", "manipulateur", "lecteur", "refertatore", "tecnico", "medico",
})
_LABEL = Gated(literal_starts(re.compile(
    r"(?<![\w-])(?:[Rr]ead[ \t]by|[Rr]eader|(?:[Rr]eading|[Rr]eporting|[Ss]igning)[ \t][Rr]adiologist|[Rr]adiologist|"
    r"[Ss]igned[ \t]by|[Vv]erified[ \t]by|[Aa]pproved[ \t]by|[Pp]erformed[ \t]by|[Tt]ech(?:nologist)?|"
    r"[Rr]adiographer|[Oo]perator|[Uu]ser(?:[ \t]?(?:name|ID))?|[Ll]ogin|Befunder(?:in)?|Benutzer|MTRA?)"
    r"[ \t]*:[ \t]*(?P<v>[A-Z]{4,15})(?![\w'-])")),
               ("read by", "reader", "radiologist", "signed by", "verified by", "approved by", "performed by", "tech",
                "radiographer", "operator", "user", "login", "befunder", "benutzer", "mtr"), lower=True)
_TOKEN = re.compile(r"[A-Z]{4,15}")
# Capitals words of worklists that are no login: status, priority, exam and body words.
NOT_USERS = words("""
FINAL PRELIM PRELIMINARY SIGNED UNSIGNED PENDING DONE NONE READ UNREAD DRAFT VERIFIED APPROVED STAT ROUTINE URGENT
ASAP CANCELLED CANCELED SCHEDULED COMPLETE COMPLETED ARRIVED OPEN CLOSED NORMAL ABNORMAL CRITICAL YES NO NEIN
CHEST HEAD NECK BRAIN SPINE KNEE HAND FOOT ANKLE WRIST HIP PELVIS ABDOMEN THORAX SCHAEDEL SCHÄDEL LUNG LIVER
KIDNEY SHOULDER ELBOW CARDIAC HEART BREAST MAMMO SONO PORTABLE LEFT RIGHT BOTH BILATERAL CONTRAST NATIV
INPATIENT OUTPATIENT EMERGENCY WARD STATION RADIOLOGY RADIOLOGIE CTA MRA MRCP PACS DICOM NULL TRUE FALSE
""")


def _user_token(value: str) -> bool:
    return _TOKEN.fullmatch(value) is not None and value not in NOT_USERS


def _listed_tail(value: str) -> bool:
    """The letters after the initial are a listed surname ("RPATEL": "Patel")."""
    return is_surname(value[1:].capitalize())


def _cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in line.split(delimiter):
        a = pos + len(part) - len(part.lstrip())
        out.append((a, a + len(part.strip())))
        pos += len(part) + len(delimiter)
    return out


def _row_hits(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    offset = 0
    header: tuple[str, int, set[int]] | None = None  # (delimiter, cell count, user columns)
    for line in text.split("\n"):
        delimiter = next((d for d in _DELIMITERS if d in line), None)
        if delimiter is None:
            header = None
        else:
            cells = _cells(line, delimiter)
            heads = [lowered[offset + a:offset + b].replace("_", " ").strip(" :") for a, b in cells]
            users = {k for k, h in enumerate(heads) if h in USER_COLUMNS}
            if users and not any(c.isdigit() for h in heads for c in h):
                header = (delimiter, len(cells), users)
            elif header is not None and header[0] == delimiter:
                aligned = len(cells) == header[1]
                tokens = [(a, b) for a, b in cells if _user_token(line[a:b])]
                lone = not aligned and len(header[2]) == 1 and len(tokens) == 1  # the one login of the row
                for k, (a, b) in enumerate(cells):
                    if (a, b) in tokens and ((aligned and k in header[2]) or lone or _listed_tail(line[a:b])):
                        hits.append(Hit(offset + a, offset + b, "PERSON", "rule"))
            else:
                header = None
        offset += len(line) + 1
    return hits


# A user column word as a whole cell of the lower-cased text (its left edge is checked after the match): rows
# are read only where one stands.
# Gated on a column word touching a delimiter ("read by|", ";signed", "| tech"): prose names readers often.
_HEADER_CELL = Gated(literal_starts(re.compile(
    "(?:" + "|".join(re.escape(w).replace("\\ ", "[ _]") for w in sorted(USER_COLUMNS, key=len, reverse=True))
    + r")[ \t]*:?[ \t]*(?=[|;,\t]|$)", re.MULTILINE)),
    tuple(n for w in sorted(USER_COLUMNS) for v in {w, w.replace(" ", "_")} for d in _DELIMITERS
          for n in (f"{v}{d}", f"{v} {d}", f"{d}{v}", f"{d} {v}")), lower=True)


def _header_cell(lowered: str) -> bool:
    for m in _HEADER_CELL.finditer(lowered, lowered):
        at = m.start()
        while at and lowered[at - 1] == " ":
            at -= 1
        if (not at or lowered[at - 1] in "|;,\t\n") and lowered.find("\n", m.end()) >= 0:
            return True
    return False


def user_name_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits of glued capitals logins under a user column or after a user label; `lowered` is
    text.lower() with the same offsets."""
    hits = [Hit(m.start("v"), m.end("v"), "PERSON", "rule") for m in _LABEL.finditer(text, lowered)
            if m.group("v") not in NOT_USERS]
    if "\n" in text and _header_cell(lowered):
        hits.extend(_row_hits(text, lowered))
    return hits
