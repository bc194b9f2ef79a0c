"""First names at a message's end and first names before an extension (round 18a).

Two shapes that sign_offs.py (listed given names after a closing word) leaves:

- a portal or booking message that ends with the writer's name alone after a closing word ("Danke, Rosvitha",
  "Thanks\nMarisol") or after a dash opening the name ("... can we move it? – Torvald", "\n- Oyelaran"): at the
  very end of the text the one word there is the writer, listed or not, when it is name-shaped (capitalised,
  lower case after, four letters or more) and no common, role, department or clinical word ("Thanks, noted. –
  Radiology" stays);
- a first name followed by an extension, the staff contact of a ward or a flow desk ("Flow coordinator: Tamsin
  x4417", "Bed flow coordinator today: Delroy ext 3308", "Bettenkoordination heute: Svenja, App. 4412"): a
  listed given name right before an extension word and its digits.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit, literal_starts, words
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.names import NOT_NAME_WORDS, is_department_word, is_role_word
from curation.deid.text.site_forms import CLINICAL_ACRONYMS

# The closing word or the dash, then the name, then the text's end.
_LAST_NAME = re.compile(
    rf"(?:(?<![\w])(?i:danke|dankeschön|thanks|thank[ ]you|thx|cheers|merci|grazie|lg|vg|gruss|gruß|grüße|grüsse)"
    rf"[ \t]*[,!.]?[ \t]*\n?|(?:^|[.!?][ \t]+|\n)[ \t]*[-–—][ \t]*)(?P<v>[{UP}][{LO}]{{3,}}(?:-[{UP}][{LO}]+)?)"
    rf"[ \t]*[.!]?[ \t]*\Z", re.M)
_NOT_WRITERS = words("""team radiology radiologie radiologia anmeldung reception rezeption empfang sekretariat
secretary office desk ward station praxis clinic klinik admin booking bookings scheduling disposition leitstelle
noted done erledigt okay merci danke thanks ende fin fine""")
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ismus", "logie", "logy", "ment", "nis")
# An extension word and its digits; the given name (maybe a comma) right before it.
_DIGITS = literal_starts(re.compile(r"(?<!\d)\d{3,5}(?!\d)"))  # its first digit first (round 16)
_EXTENSION_WORD = re.compile(
    r"(?<![\w.])(?:x|ext\.?|extn\.?|app\.?|apparat|tel\.?|dw|durchwahl|bleep|pager|piepser|bip)[ \t]?\Z", re.I)
_NAME_BEFORE = re.compile(rf"(?<![\w.-])(?P<v>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)[ \t]*,?[ \t]*\Z")

# A dose unit after the digits; a dose or start word before the name ("Dose: Allegra", "Started on Yasmin").
_DOSE_AFTER = re.compile(r"[ \t]*(?i:mg|g|ml|mcg|µg|ug|ie|iu|units?|tabl?)\b")
_DRUG_BEFORE = re.compile(r"(?i:\b(?:on|dose|dosis|with|mit|unter)[ \t]*:?[ \t]*)\Z")


def _bullet_item(text: str, start: int) -> bool:
    """The name's line is a bullet item of a list: a dash opens it and a heading or another item comes before."""
    line_start = text.rfind("\n", 0, start) + 1
    if not re.match(r"[ \t]*[-–—•]", text[line_start:start]):
        return False
    prev = text[:max(0, line_start - 1)].rstrip().rsplit("\n", 1)[-1].strip()
    return prev.endswith(":") or bool(re.match(r"(?:[-–—•*]|\d+[.)])", prev))


def _writer(word: str) -> bool:
    low = word.lower()
    return not (low in NOT_NAME_WORDS or low in _NOT_WRITERS or is_role_word(low) or word.upper() in CLINICAL_ACRONYMS
                or low.endswith(_NOUN_ENDINGS) or is_department_word(low))


def message_end_hits(text: str) -> list[Hit]:
    """PERSON hits of the writer's name ending a message and of given names before an extension."""
    hits: list[Hit] = []
    tail = max(0, len(text) - 60)
    if (m := _LAST_NAME.search(text, tail)) is not None and _writer(m.group("v")) and is_any_given_name(
            m.group("v")) and not _bullet_item(text, m.start("v")):  # review 18: "- Pneumonie", "Thanks, Theatres"
        hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    for digits in _DIGITS.finditer(text):
        if (ext := _EXTENSION_WORD.search(text, max(0, digits.start() - 10), digits.start())) is None:
            continue
        if _DOSE_AFTER.match(text, digits.end()) or digits.group().startswith("0800"):
            continue  # "Allegra, x 1000 mg", "tel 0800 ..."
        if (m := _NAME_BEFORE.search(text, max(0, ext.start() - 30), ext.start())) is not None and (
                is_any_given_name(m.group("v")) and _writer(m.group("v"))) and not _DRUG_BEFORE.search(
                text, max(0, m.start("v") - 12), m.start("v")):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return hits
