"""Towns named as a residence or an origin without an address block (round 21b).

The slot, not a town list, says the word is a place (the towns list misses villages: "Sölden", "Mils", "Clifden"):

- **A residence label**: "Wohnort: Kastelruth", "wohnhaft in", "Heimatort:", "Residence:", "resides in", "lives
  in", "Home:", "domicilio:", "residente a", "domicilié à"; a province or county after the town belongs to it
  ("Fort Erie, ON", "Dungloe, Co. Donegal").
- **A birthplace**: "nato / nata a Bellinzona", "né / née à Sion", "geboren in Bludenz".
- **A letter's place-and-date line in French and Italian**: "Fait à Sion, le ...", "Fatto a Lugano, il ...".
- **A town in brackets after a relative's name**: "Tochter Frau Heidi Strolz (Bad Aussee)", "son Tom Reilly
  (Ballina)".
- **A town after a family doctor's role**: "(Dr. Lanz, Hausarzt, Wetzikon)", "(Hausarzt, Uster)", "GP, Tralee)".
- **A town after the birth date of a patient line**: "Pat. Fritz Mähr, geb. 04.05.1939, Mils, ...", "Patient: John
  Byrne, DOB 04/05/1939, Clifden" (a listed town or a short name-shaped word: "Hard", "Au", "Gais"; not a unit, exam
  or common word: "Notaufnahme", "Röntgen"). Only after a birth cue (geb. / * / DOB / born / nato il / née le): a
  date without one is the exam's, and the word after it the body part or urgency of a worklist line ("Pat. Anna
  Huber, 12.03.2025, Knie, nativ"; mend of 21b).
- **An Irish county after a town anywhere**: "Clifden, Co. Galway" (the county too).

A capitalised common word in a slot is no town ("Wohnort: unbekannt" is lower-case; "Home: Nursing Home",
"Home: Independent" are common words: `is_word_shaped` or the unit words). A care setting is no town ("Wohnort:
Pflegeheim", facilities.DE_FACILITY_HEAD); an English "Home:" line is social history ("Home: Alone", "Home:
Spouse", "Home: Mobile") unless it names a listed town or a county or province follows. A relative's name before
the brackets holds a listed given name or surname ("Vater Papille (Ampulle)", "Partner Clinic (Ortho)" are no
relatives); a family doctor's bare role before a town needs a listed town ("(GP, Warfarin)", "(Hausarzt; Sono)"),
a doctor's name before the role any town-like word (mend of 21b).
"""

from __future__ import annotations

import re

from curation.deid.text.birth_terms import is_birth_circumstance
from curation.deid.text.common import CAP_WORD, Hit, NeedleGate, Scanner, literal_prefixes, literal_starts, words
from curation.deid.text.drug_shapes import is_drug_or_device
from curation.deid.text.facilities import DE_FACILITY_HEAD, NOT_FACILITY_NAMES
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.surnames import is_surname_or_word
from curation.deid.text.towns import towns
from curation.deid.text.unit_words import is_unit_word
from curation.deid.text.word_shapes import is_word_shaped

__all__ = ["TOWN", "is_relative_word", "residence_town_hits", "town_like"]

_WORD = CAP_WORD
TOWN = (
    rf"(?:(?:Bad|St\.|Sankt|Saint|San|Santa|Fort|Mount|Port|Le|La)[ \t])?{_WORD}"
    rf"(?:(?:-on-the-|-upon-|-sur-|-en-|-le-|-la-|-am-|-an-der-|[- ]){_WORD}){{0,2}}"
)
_PROVINCE = r"(?:ON|BC|AB|QC|NS|NB|MB|SK|PE|NL|YT|NT|NU)"
_TAIL = rf"(?:,[ \t](?:{_PROVINCE}(?![\w-])|Co\.[ \t]{_WORD}|County[ \t]{_WORD}))?"
_RESIDENCE = re.compile(
    rf"(?<![\w-])(?:Wohnort|[Ww]ohnhaft(?:[ \t]in)?|Heimatort|Herkunftsort|Residence|[Rr]esides[ \t]in|"
    rf"[Ll]ives[ \t]in|Home|[Dd]omicilio|[Rr]esidente[ \t]a|[Dd]omicilié(?:e)?[ \t]à|[Dd]omicile)"
    rf"[ \t]*:?[ \t]+(?P<v>(?P<t>{TOWN}){_TAIL})(?=[ \t]*(?:[,;)\n]|\.(?!\S)|$))"
)
_BIRTHPLACE = re.compile(
    rf"(?<![\w-])(?:[Nn]at[oa][ \t]a|[Nn][ée]e?[ \t]à|[Gg]eboren[ \t]in)[ \t]+(?P<v>(?P<t>{TOWN}))"
    rf"(?=[ \t,;.)]|$)"
)
_LETTER_PLACE = re.compile(
    rf"(?<![\w-])(?:Fait|Établi|Fatto|Redatto)[ \t](?:à|a)[ \t](?P<v>(?P<t>{TOWN})),?[ \t]"
    rf"(?:le|il|lì|li)[ \t]"
)
_RELATIVES = (
    r"Tochter|Sohn|Ehefrau|Ehemann|Gattin|Gatte|Mutter|Vater|Bruder|Schwester|Enkelin|Enkel|Nichte|Neffe|"
    r"Lebensgefährtin|Lebensgefährte|[Dd]aughter|[Ss]on|[Ww]ife|[Hh]usband|[Mm]other|[Ff]ather|[Bb]rother|"
    r"[Ss]ister|[Nn]iece|[Nn]ephew|[Pp]artner|figlia|figlio|moglie|marito|fille|fils|épouse|époux"
)
_RELATIVE_WORD = re.compile(
    rf"(?i:{_RELATIVES}|spouse|parents?|eltern|grandmother|grandfather|grandson|"
    rf"granddaughter|carer|caregiver)"
)


def is_relative_word(word: str) -> bool:
    """Whether `word` names a relative ("Mother", "Tochter", "Spouse"), any case."""
    return _RELATIVE_WORD.fullmatch(word) is not None


_RELATIVE_TOWN = re.compile(
    rf"(?<![\w-])(?:{_RELATIVES})[ \t]+(?:(?:Frau|Herr|Mrs|Mr|Ms|Sig\.ra|Sig\.|Mme|M\.)\.?[ \t]+)?"
    rf"(?P<n>{_WORD}(?:[- ]{_WORD}){{0,2}})[ \t]+\((?P<v>(?P<t>{TOWN}))\)"
)
_DOCTOR_TOWN = re.compile(
    rf"(?<![\w-])(?:Hausarzt|Hausärztin|Kinderarzt|Kinderärztin|Hausarztpraxis|GP|"
    rf"médecin[ \t]traitant|medico[ \t]curante|medico[ \t]di[ \t]base)[,;][ \t]"
    rf"(?P<v>(?P<t>{TOWN}))(?=[ \t]*[);]|[ \t]*$)"
)
# A doctor's name before the role: "(Dr. Lanz, Hausarzt, Wetzikon)".
_DOCTOR_BEFORE = re.compile(r"(?:Dr|Dres|Prof|Doctor|Dott|Dottor)\.?[ \t][^\n(),;]{2,30},[ \t]*\Z")
_PATIENT_LINE_TOWN = re.compile(
    rf"(?<![\w-])(?:Pat\.|Patient|Patientin|Pt\.|Paziente|Patiente?)[ \t]*:?[ \t]+[^\n,;]{{2,40}},[ \t]"
    rf"(?:geb\.[ \t]?|\*[ \t]?|DOB:?[ \t]|[Bb]orn[ \t]|nat[oa][ \t]il[ \t]|née?[ \t]le[ \t])"
    rf"[0-3]?\d(?P<s>[./])[01]?\d(?P=s)(?:19|20)\d\d,[ \t]"
    rf"(?P<v>(?P<t>{TOWN}))(?=[ \t]*(?:[,;]|\.(?!\S)|$))"
)
_COUNTY = re.compile(rf"(?<![\w-])(?P<v>(?P<t>{TOWN}),[ \t](?:Co\.|County)[ \t]{_WORD})(?![\w-])")


def _cue_gate(pattern: re.Pattern[str], needles: tuple[str, ...] = ()) -> NeedleGate:
    """A gate whose needles are the literal cues that every match of `pattern` starts with, generated from the
    pattern itself (fix round 22: a hand-written list missed cues the patterns read, "nee à"); `needles` only for a
    pattern without a literal start (a town before its county), each held by every match."""
    cues = literal_prefixes(pattern)
    if not cues and not needles:
        raise ValueError("a slot pattern needs literal cues or needles")
    return NeedleGate(tuple(sorted(cues)) or needles)


# Each slot pattern with its gate: the pattern runs only where one of its cues occurs (the shared needle pass).
_GATES = tuple(
    _cue_gate(pattern, needles)
    for pattern, needles in (
        (_RESIDENCE, ()),
        (_BIRTHPLACE, ()),
        (_LETTER_PLACE, ()),
        (_RELATIVE_TOWN, ()),
        (_DOCTOR_TOWN, ()),
        (_COUNTY, ("Co.", "County")),
    )
)
_PATIENT_LINE_GATE = _cue_gate(_PATIENT_LINE_TOWN)

# Run from their literal starts in the shared pass, not tried at every position (round 19 of speed); the gates above
# are generated from the plain patterns.
_RESIDENCE, _BIRTHPLACE, _LETTER_PLACE, _RELATIVE_TOWN, _DOCTOR_TOWN, _PATIENT_LINE_TOWN = (
    literal_starts(p)
    for p in (_RESIDENCE, _BIRTHPLACE, _LETTER_PLACE, _RELATIVE_TOWN, _DOCTOR_TOWN, _PATIENT_LINE_TOWN)
)
_STRONG: tuple[tuple[re.Pattern[str] | Scanner, NeedleGate], ...] = tuple(
    zip((_RESIDENCE, _BIRTHPLACE, _LETTER_PLACE, _RELATIVE_TOWN, _DOCTOR_TOWN, _COUNTY), _GATES, strict=True)
)


# Roles and trades in brackets after a relative's name ("Tochter Eva Moser (Ärztin)"): no place.
_ROLES = words("""
arzt ärztin ärzte pflege pfleger pflegerin krankenschwester hebamme lehrer lehrerin studentin student nurse doctor
gp carer caregiver teacher médecin infirmière infermiera medico
""")


def town_like(town: str, *, short: bool = False, shaped: bool = True) -> bool:
    """Whether `town` may be a place name: no common, unit or clinical word; with `short`, a listed town or a
    word of at most eight letters."""
    words = [w for w in town.replace("-", " ").split() if w[:1].isupper()]
    head = words[-1]
    if town in towns():
        return True
    if any(
        w.lower() in NOT_NAME_WORDS or w.lower() in NOT_FACILITY_NAMES or w.lower() in _ROLES for w in words
    ) or is_unit_word(town):
        return False
    if shaped and is_word_shaped(head) and len(head) > 3:
        return False
    if DE_FACILITY_HEAD.fullmatch(head):
        return False  # a care setting: "Wohnort: Pflegeheim"
    return not short or len(town) <= 8


def _slot_holds_town(text: str, pattern: re.Pattern[str] | Scanner, m: re.Match[str]) -> bool:
    """Whether the slot of `m` is a town's and not social history, a drug or a test (mend of 21b): an English
    "Home:" and a bare family doctor's role take a listed town (a county or province after "Home:" too); a
    relative's name holds a listed given name or surname; a family doctor's slot takes no unlisted drug, device or
    therapy, and a birthplace no unlisted word of how the child was born (mend of round 22)."""
    town = m.group("t")
    if pattern is _DOCTOR_TOWN and town not in towns() and is_drug_or_device(town.split()[-1]):
        return False  # "(Dr. Lanz, Hausarzt, Sintrom)", "(Dr Maddox, GP, Metformin)": the treatment (fix round 22)
    if pattern is _BIRTHPLACE and town not in towns() and is_birth_circumstance(town.split()[-1]):
        return False  # "Geboren in Beckenendlage", "Née à Terme", "Nata a Domicilio": how, not where
    if pattern is _RESIDENCE and m.group().startswith("Home"):
        return town in towns() or m.group("v") != town
    if pattern is _DOCTOR_TOWN and not _DOCTOR_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return town in towns()
    if pattern is _RELATIVE_TOWN:
        return any(is_any_given_name(w) or is_surname_or_word(w) for w in re.split(r"[- ]", m.group("n")))
    return True


def residence_town_hits(text: str) -> list[Hit]:
    """The towns of residence, birth, letters and relatives in `text` (ADDRESS)."""
    out: list[Hit] = []
    for pattern, gate in _STRONG:
        if not gate.search(text):
            continue  # (no cue of the pattern stands in the text: it cannot match)
        for m in pattern.finditer(text):
            # A birthplace or a letter's place slot holds a town even of a common word's shape ("Sion", "Gais").
            if not _slot_holds_town(text, pattern, m):
                continue
            if town_like(m.group("t"), shaped=pattern not in (_BIRTHPLACE, _LETTER_PLACE)):
                out.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
    if _PATIENT_LINE_GATE.search(text):
        for m in _PATIENT_LINE_TOWN.finditer(text):
            if town_like(m.group("t"), short=True):
                out.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
    return out
