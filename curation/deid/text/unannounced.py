"""Names that no title or label announces, found from field data in a shape that suggests a person.

Evidence is a listed given name (given_names.py) and a listed surname (surnames.py); a list hit alone is never
PHI. The shapes, each a class of report text:
- a given name and a surname side by side anywhere ("mit Krzysztof Wiśniewski am Monitor"), also with a second
  given name; the surname may be one that is also a common word ("Thomas Bauer") only here;
- an initial before a surname ("Ausgedruckt von M. Stojanović", "verified T. Haworth");
- family name first in a field or list item ("Gruber Johanna, Pichler Wolfgang", "Haberkorn Sven<TAB>03.11.",
  Asian order "Sato Haruka, Park Ji-hoon"), "Surname, Given" between field marks, and Vietnamese names with
  their middle word ("Nguyen Van Long", "Tran Thi Mai");
- list items with a role or department in brackets ("Hoffmeister (Chirurgie), Demir (Onkologie)", "an Flückiger
  (Hausarzt)"): two such items or more, or one whose name is a listed surname;
- rota lines, a weekday before each name ("Mo Schwarzenberger, Di Özdemir", "Tue Mensah, Wed Kowalczyk");
- a listed surname right after a preposition or verb of contact ("relayed to Hernández", "final by Nakashima",
  "an Seyfried und Kocaman"), and the next names joined by "und"/"and"/"et à".
The surname list holds no clinical or everyday word (see scripts/generate_surnames.py); the keep vocabulary
still vetoes every hit here (source "rule").
"""

from __future__ import annotations

import re
from functools import lru_cache

from curation.deid.text.common import UP, Hit, literal_starts, words
from curation.deid.text.contacts import COMMUNICATION_VERB
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.names import NAME, NOT_NAME_WORDS, is_role_word
from curation.deid.text.surnames import is_surname, is_surname_or_word, surnames_and_words

_TOKEN = re.compile(rf"(?<![\w'’.-])(?:[{UP}]\.|{NAME})(?![\w'’-])")
# Two capitalised words side by side (or an initial before one): the pairs every shape below starts from. The
# second word is in a look-ahead, so that "Anna Maria Nowak" yields both pairs. The words are loose here (the
# lists decide what is a name).
# The word run is possessive: backtracking into it only found splits inside a word ("Mc|Donald", "M|RI") with
# no gap, which no shape below takes; it cost a retry at every letter of every capitalised word.
_PAIR = literal_starts(re.compile(rf"(?<![\w'’.-])(?P<a>[{UP}](?:\.|[\w'’-]++))(?P<g> |, |)"
                                 rf"(?=(?P<b>[{UP}][\w'’-]+))"))
_INITIALS_BEFORE = re.compile(rf"(?<![\w.])(?:[{UP}]\.[ ]?)+\Z")
_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<v>{NAME}) \Z")
# A facility head after the pair: the words name a house ("Queen Elizabeth University Hospital").
_HEAD_AFTER = re.compile(r"[ \t]+(?:University|Hospital|Infirmary|Medical|Clinic|Centre|Center|Klinik|Klinikum|Spital|"
                         r"Krankenhaus|Institut|Zentrum|Memorial|Health|Royal|General)\b")
_KOREAN_GIVEN = re.compile(rf"[{UP}][a-z]+-[a-z]+")
_NOT_NAMES = words("""
january february march april may june july august september october november december januar februar märz
juni juli oktober dezember monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
donnerstag freitag samstag sonntag today heute morgen yesterday gestern bitte please dear liebe
mme mlle madame monsieur frau herr herrn mrs mr ms miss dr prof sig signora signor dott sir lady lord
queen king prince princess saint sankt st duke earl
seit bei mit nach vor aus von bis auf unter über neben zwischen durch für gegen ohne um am im an in zu zum zur
als wie wenn dass der die das den dem des ein eine einer eines und oder aber auch noch nur schon sehr nicht kein
keine es er sie wir ihr the a an and or but with from for to on at by of as if is are was were be not no this
that these those la le les du et en un une il lo gli
""") | NOT_NAME_WORDS
_NAME_SHAPE = re.compile(rf"{NAME}")
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ismus", "ment", "nis", "ie", "ik", "ur",
                 "ose", "itis", "om", "ität", "ektomie", "graphie", "skopie")
_LINE_START = re.compile(r"[\n\t|][ \t]*\Z")
_LINE_FIELD_END = re.compile(r"[ \t]*(?:[\t|(*]|,[ \t]*(?:\d|geb|DOB|born|\*)|[ \t]\d)")
# Where a field or list item starts and ends.
_FIELD_START = re.compile(r"(?:^|[\n\t|;:(]|,)[ \t]*\Z")
_FIELD_END = re.compile(r"[ \t]*(?:$|[\n\t|;,()*]|\d|[–—-][ \t]|\.(?:[ \t]|$))")
# Vietnamese family names and the middle words after them ("Nguyen Van Long", "Tran Thi Mai").
_VIETNAMESE = frozenset((
    "Nguyen", "Nguyễn", "Tran", "Trần", "Le", "Lê", "Pham", "Phạm", "Hoang", "Hoàng", "Huynh", "Huỳnh", "Phan", "Vu",
    "Vũ", "Vo", "Võ", "Dang", "Đặng", "Bui", "Bùi", "Do", "Đỗ", "Ho", "Hồ", "Ngo", "Ngô", "Duong", "Dương", "Ly",
    "Lý", "Truong", "Trương", "Dinh", "Đinh",
))
_VIETNAMESE_MIDDLE = frozenset((
    "Van", "Văn", "Thi", "Thị", "Duc", "Đức", "Ngoc", "Ngọc", "Minh", "Thanh", "Quang", "Huu", "Hữu", "Xuan", "Xuân",
    "Hong", "Hồng", "Kim", "Anh", "Tuan", "Tuấn", "Cong", "Công", "Dinh", "Đình",
))
# A list item with a role or department in brackets.
_PARTICLE = r"(?:von|van|de|der|di|da|du|le|del|Ó|Ní|Mac|Nic|Al|El)"
# A given name, a name particle and a name: "Padraig Ó Súilleabháin", "Maria van der Berg".
_PARTICLE_NAME = re.compile(rf"[ \t]+(?:(?:van|von)[ \t]+de[rn]?|de[ \t]+la|{_PARTICLE}|ten|ter)[ \t]+"
                            rf"{NAME}(?![\w'’-])")
_BRACKET = re.compile(r"\((?P<b>[^()\n]{1,32})\)")
_ITEM_BEFORE = re.compile(rf"(?<![\w'’-])(?P<v>(?:{_PARTICLE}[ \t]+)?{NAME}(?:[ \t]+{NAME})?)[ \t]*\Z")
_ROLES = words("""
cns gp ed icu pcp nurse rn np pa sho spr fy1 fy2 st3 reg registrar consultant chair chairperson lead coordinator
anaesthetics anesthesia anästhesie pflege mtra mta scribe fellow resident attending dietitian physio surgeon
physician oncologist radiologist pathologist urologist secretary sekretariat hausarzt hausärztin hno ent
""")
_LIST_GLUE = re.compile(r"[ \t]*(?:[,;]|und|and|et|&)[ \t]*")
ROTA_ITEM = literal_starts(re.compile(
    rf"(?<![\w.])(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[.: \t][ \t]*"
    rf"(?P<v>{NAME})(?=[ \t]*(?:[,;|/\n]|\.?$|\.[ \t]))"))
# A preposition or verb of contact before a bare surname (searched in the lower-cased text).
PREPOSITION = literal_starts(re.compile(
    r"(?<![\w-])(?:an|mit|durch|für|to|with|by|from|for|à|au|avec|per|cc|von)[ \t]"))
_SIBLING = re.compile(rf"[ \t]*[,;][ \t]*(?P<v>{NAME})(?![\w'’-])")
_JOIN = re.compile(rf"[ \t]*(?:,|[ \t](?:und|and|et|et[ \t]à|&))[ \t]+(?P<v>{NAME})(?![\w'’-])")


@lru_cache(maxsize=8192)
def _name_word(word: str) -> bool:
    low = word.lower()
    return low not in _NOT_NAMES and not is_role_word(low)


@lru_cache(maxsize=8192)
def _given(word: str) -> bool:
    return _name_word(word) and is_any_given_name(word)


def _unlisted_name(word: str) -> bool:
    """A name-shaped word that is no known word class: capitalised, lower case after, no German noun ending."""
    return (_NAME_SHAPE.fullmatch(word) is not None and _name_word(word)
            and not word.lower().endswith(_NOUN_ENDINGS))


def _line_field(text: str, start: int, end: int) -> bool:
    """[start, end) opens a line or a table cell and ends its field."""
    return (_LINE_START.search(text, max(0, start - 3), start) is not None or start == 0) and (
        _LINE_FIELD_END.match(text, end) is not None)


def _field_shape(text: str, start: int, end: int) -> bool:
    return (_FIELD_START.search(text, max(0, start - 3), start) is not None
            and _FIELD_END.match(text, end) is not None)


# A capitalised word after "M. <Given>": then "M." is "Monsieur", no initial.
_TITLE_M_AFTER = re.compile(r" [A-ZÄÖÜÀ-ÞŠŽČĆ][\w'-]")


def _pair_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    listed = surnames_and_words()
    for m in _PAIR.finditer(text):
        wa, gap, wb = m.groups()  # groups a, g, b (one call instead of three)
        # Every shape needs a listed surname on one side: most pairs of capitalised words end here.
        # (A given name and an unlisted name may still open a line: "Desmond Achebe | ...".)
        if (wb not in listed and wa not in listed and wa not in _VIETNAMESE and "-" not in wa and "-" not in wb
                and not wa.isupper() and not wb.isupper() and (gap != " " or not _given(wa))):
            continue
        a_start, b_start = m.start("a"), m.end()
        b_end = b_start + len(wb)
        if wa.endswith("."):  # an initial before a surname; more initials before it belong to it
            if wa == "M." and _given(wb) and _TITLE_M_AFTER.match(text, b_end):
                continue  # French "M. Bernard Python": a title before given name and surname (the pair after it)
            if gap != ", " and not wb.endswith(".") and is_surname(wb) and _name_word(wb):
                before = _INITIALS_BEFORE.search(text, max(0, a_start - 12), a_start)
                hits.append(Hit(before.start() if before else a_start, b_end, "PERSON", "rule"))
            continue
        if gap == " ":
            third = _TOKEN.match(text, b_end + 1) if text[b_end:b_end + 1] == " " else None
            if wa in _VIETNAMESE and wb in _VIETNAMESE_MIDDLE:
                if third is not None and third.group().lower() not in NOT_NAME_WORDS:
                    hits.append(Hit(a_start, third.end(), "PERSON", "rule"))
            elif is_surname_or_word(wb) and _given(wa) and _name_word(wb) and _HEAD_AFTER.match(text, b_end) is None:
                end = third.end() if third is not None and is_surname(third.group()) else b_end
                prev = _NAME_BEFORE.search(text, max(0, a_start - 24), a_start)
                start = prev.start("v") if prev is not None and _given(prev.group("v")) else a_start
                hits.append(Hit(start, end, "PERSON", "rule"))  # "Anna Maria Nowak", "Ana García López"
            elif _given(wa) and _unlisted_name(wb) and _line_field(text, a_start, b_end):
                hits.append(Hit(a_start, b_end, "PERSON", "rule"))  # "Desmond Achebe | RX..." opening a line
            elif _name_word(wa) and ((is_surname(wa) and _given(wb)) or (
                    is_surname_or_word(wa) and _KOREAN_GIVEN.fullmatch(wb))) and _field_shape(text, a_start, b_end):
                hits.append(Hit(a_start, b_end, "PERSON", "rule"))  # family name first in a field
        elif gap == ", " and is_surname_or_word(wa) and _given(wb) and _name_word(wa) and _field_shape(
                text, a_start, b_end):
            hits.append(Hit(a_start, b_end, "PERSON", "rule"))  # "Surname, Given" between field marks
    return hits


def _bracket_hits(text: str) -> list[Hit]:
    items = []
    pos = text.find("(")
    while pos >= 0:
        m = _BRACKET.match(text, pos)
        if m is not None:
            bracket = [w.lower().strip(".,") for w in m.group("b").split()]
            if bracket and all(w in _ROLES or is_role_word(w) for w in bracket):
                v = _ITEM_BEFORE.search(text, max(0, pos - 48), pos)
                if v is not None and all(_name_word(w) for w in v.group("v").split() if w[0].isupper()):
                    items.append((v.start("v"), v.end("v"), m.end()))
        pos = text.find("(", pos + 1)
    hits: list[Hit] = []
    for k, (start, end, close) in enumerate(items):
        # Two items or more of the same shape side by side make a list of people.
        listed = (k and _LIST_GLUE.fullmatch(text, items[k - 1][2], start) is not None) or (
            k + 1 < len(items) and _LIST_GLUE.fullmatch(text, close, items[k + 1][0]) is not None)
        if listed or is_surname(text[start:end].split()[-1]):
            hits.append(Hit(start, end, "PERSON", "rule"))
    return hits


def _rota_items(text: str) -> list[re.Match[str]]:
    """The weekday + name items of lines with two of them or more."""
    found = [m for m in ROTA_ITEM.finditer(text) if _name_word(m.group("v"))]
    lines = [text.count("\n", 0, m.start()) for m in found]
    return [m for m, line in zip(found, lines, strict=True) if lines.count(line) >= 2]


def without_rota_days(text: str, hits: list[Hit]) -> list[Hit]:
    """`hits` less the person hits that run over a weekday of a rota line ("Wachtel, Di Nikolić" read as
    "Surname, Given" with a particle): the rota rule has each name on its own."""
    days = [m.start() for m in _rota_items(text)] if any(
        h.label == "PERSON" and "," in text[h.start:h.end] for h in hits) else []
    return [h for h in hits if h.label != "PERSON" or not any(h.start <= d < h.end for d in days)] if days else hits


def _contact_name(text: str, pos: int) -> tuple[int, int] | None:
    """A bare listed surname at `pos`, or a name word and a listed surname ("Adaeze Nwosu"), or None."""
    m = _TOKEN.match(text, pos)
    if m is None or m.group().endswith(".") or not _name_word(m.group()):
        return None
    nxt = _TOKEN.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
    if nxt is not None and not is_surname(m.group()) and _given(m.group()) and _unlisted_name(nxt.group()):
        return m.start(), nxt.end()  # "mit Siddharth Venkataraman": a given name and a name-shaped word
    if _given(m.group()) and (p := _PARTICLE_NAME.match(text, m.end())) is not None:
        return m.start(), p.end()  # "Padraig Ó Súilleabháin", "Maria van der Berg"
    if is_surname(m.group()):
        # A second surname, or any name word after a listed given name ("durch Marlene Obst am ...").
        if nxt is not None and not nxt.group().endswith(".") and _name_word(nxt.group()) and (
                is_surname(nxt.group()) or is_any_given_name(m.group())):
            return m.start(), nxt.end()
        return m.start(), m.end()
    if nxt is not None and not nxt.group().endswith(".") and is_surname(nxt.group()) and _name_word(nxt.group()):
        return m.start(), nxt.end()
    return None


def _after_contact_hits(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    starts = [m.end() for m in PREPOSITION.finditer(lowered)]
    for verb in COMMUNICATION_VERB.finditer(lowered):
        if not (verb.start() and lowered[verb.start() - 1].isalpha()):
            starts.append(verb.end() + (len(lowered) - len(lowered[verb.end():].lstrip(" \t")) - verb.end()))
    for pos in starts:
        if pos >= len(text) or not text[pos].isupper():
            continue
        span = _contact_name(text, pos)
        while span is not None:
            hits.append(Hit(span[0], span[1], "PERSON", "rule"))
            m = _JOIN.match(text, span[1])
            span = _contact_name(text, m.start("v")) if m is not None else None
    return hits


def _sibling_hits(text: str, found: list[Hit]) -> list[Hit]:
    """The next items of a comma or semicolon list after a found name, when each is a listed surname or
    given name alone between list marks ("Liang Wei, Park Ji-hoon, Sato Haruka, Deshpande.")."""
    hits: list[Hit] = []
    for h in found:
        end = h.end
        while (m := _SIBLING.match(text, end)) is not None:
            word = m.group("v")
            if not (_name_word(word) and (is_surname(word) or _given(word))
                    and _FIELD_END.match(text, m.end()) is not None):
                break
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
            end = m.end()
    return hits


def unannounced_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits of names with no cue, from given-name and surname evidence in context (`lowered` is
    text.lower(), same length)."""
    hits = _pair_hits(text)
    if "(" in text:
        hits.extend(_bracket_hits(text))
    hits.extend(Hit(m.start("v"), m.end("v"), "PERSON", "rule") for m in _rota_items(text))
    hits.extend(_after_contact_hits(text, lowered))
    hits.extend(_sibling_hits(text, hits))
    return hits
