"""Second spellings of a person already named, and a full name opening a line before a birth date (round 20a).

- **Variants in brackets.** Right after a PERSON hit, a bracket that gives the same person's name again in another
  spelling, transliteration or register after a cue word in German, French, Italian or English: "Mehmet Kaplanoglu
  (auch Kaplanoğlu geschrieben)", "(alt. Gebre-Medhin)", "(aka Hanna Tsegay)", "(also Petrenco)", "(known as
  Rajan)", "(im KIS als Schewtschuk, Dmitri angelegt)", "(im Pass: Ayse Demirtas)", "(Verband: Wisniewski,
  Marek)", "(anche Aksoi)", "(aussi Ben Slimane)", a language tag before the cue ("(tamil., auch Tharsan)").
  Round 21a: a value in quotes after a cue ("(known as «Jock»)"), a nickname after a nickname cue without a list
  ("(goes by ‘Mo’)", "(called Teo)", "(Rufname: Mimi)", "(surnommée Lou)") and a quoted name word alone in the
  bracket ("Amélie Rochat («Mélou»)"); no clinical, role or common word, nor one in capitals ("(«CT»)").
  Without a cue, a bracket of two or three name words of which one is a word of the name before it is its
  second form ("KOVAC, Ivana (Ivana Kovač)"). The bracket must close after the name (maybe after a verb of
  writing: "geschrieben", "angelegt", "genannt", "written"), and no value word may be a clinical or common word,
  so "(auch Gadolinium genannt)" after a drug and "(also known as CTPA protocol)" stay. The value must itself look
  like a name (review of 20a): one word listed (surname or given name) or a spelling neighbour of a word of the name
  before it (same first four letters after folding, or at most a third of its letters changed: "Hoxha" / "Hoxhaj",
  "Kajan" / "Kajen"); so "Frau Meier (auch Diabetikerin)" and "Mrs Smith (also Warfarin)" stay. Without a cue
  every word of the bracket must be a word of the name or such a neighbour, or listed: "Frau Addison (Addison
  Krise)" and "Mr Wilson (Wilson Disease)" stay.
- **Line-opening name before a birth date.** A name of two or three capitalised words (hyphenated given names
  included: "Ruby-Jean Caldwell") opening a line, before a comma and a birth-date label ("DOB", "D.O.B.", "born",
  "geb.", "geboren", "né(e)", "nato/a", "date of birth") and a date: the label is the cue, no list is asked; a
  clinical or common word in it ("Kontrolle Lunge, geb. ...") keeps the line, and so does a gestational age, a
  weight or a count after the label ("Spontaneous Delivery, born 38+2 weeks", "Reifes Neugeborenes, geb. 39+1
  SSW": review of 20a).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from curation.deid.text.common import LO, UP, Hit, StartsAfter, fold_word
from curation.deid.text.date_lines import LETTER_DATE
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.names import NOT_NAME_WORDS, is_role_word
from curation.deid.text.site_forms import CLINICAL_ACRONYMS
from curation.deid.text.surnames import is_surname

_WORD = rf"(?:[{UP}][{LO}]+(?:[-'][{UP}]?[{LO}]+)*|[{UP}]{{2,}}(?:-[{UP}]{{2,}})?)"
# Name particles inside a variant ("Ben Slimane", "de la Cruz", "El Amrani").
_PART = r"(?:von|van|de|der|du|di|da|del|la|le|ben|bin|el|al|ter|ten)"
_VALUE = rf"(?P<v>{_WORD}(?:,?[ \t]+(?:{_PART}[ \t]+)?{_WORD}){{0,3}})"
# A cue word that says "the same person, written otherwise" (a language tag may open the bracket: "tamil., auch").
_CUE = (
    r"(?:[a-zäöüé]{3,12}\.?,[ \t]*)?"
    r"(?:auch|alias|alt\.?|alternativ|aka|a\.k\.a\.|also(?:[ \t]known[ \t]as|[ \t]spelt|[ \t]spelled)?|"
    r"known[ \t]as|spelt|spelled|sp\.|anche|aussi|dit|dite|detto|detta|genannt|früher|formerly|"
    r"transl(?:it)?\.|im[ \t](?:KIS|Pass|System|PACS|RIS)(?:[ \t]als|:)?|in[ \t](?:the[ \t])?(?:PAS|EPR|system|"
    r"passport)(?:[ \t]as|:)?|registered[ \t]as|passport:?|Pass:|Reisepass:?|Verband:?|KIS:?|"
    r"nel[ \t]passaporto:?|passeport[ \t]?:?|registrat[oa][ \t]come)"
)
_AFTER = r"(?:[ \t]+(?:geschrieben|angelegt|genannt|erfasst|registriert|written|spelt|spelled|écrit|scritto))?"
# (Round 21a: the value may stand in quotes, "(goes by ‘Bel’)", "(known as «Jock»)".)
_OPEN_QUOTE = "[‘'\"“«„‹]?"
_CLOSE_QUOTE = "[’'\"”»“›]?"
VARIANT = re.compile(rf"[ \t]*\([ \t]*{_CUE}[ \t]*{_OPEN_QUOTE}[ \t]?{_VALUE}[ \t]?{_CLOSE_QUOTE}{_AFTER}[ \t]*[);]")
# A nickname after its cue in a bracket right after a name (round 21a): "(goes by ‘Mo’)", "(called Teo)",
# "(Rufname: Mimi)", "(surnommée Lou)": the cue says it is a name, no list is asked.
NICKNAME = re.compile(
    r"[ \t]*\([ \t]*(?:goes[ \t]by|called|nicknamed|Rufname:?|Spitzname:?|surnomm[ée]e?|soprannominat[oa]|"
    r"known[ \t]as|prefers|preferred[ \t]name:?|genannt|bekannt[ \t]als)"
    rf"[ \t]*{_OPEN_QUOTE}[ \t]?(?P<v>{_WORD})[ \t]?{_CLOSE_QUOTE}[ \t]*\)"
)
# A nickname alone in quotes in a bracket right after a name (round 21a): "Amélie Rochat («Mélou»)", "(“Bea”)".
QUOTED_NICKNAME = re.compile(rf"[ \t]*\([ \t]*[‘\"“«„‹][ \t]?(?P<v>{_WORD})[ \t]?[’\"”»“›][ \t]*\)")
# Round 24b: a quoted nickname after a comma and its cue ("<Given> <Surname>, genannt „<Nick>“", ", known as
# '<Nick>'"; the quotes are asked), and one in quotes right before a bracket that opens with the full name ("Trainer:
# „<Nick>“ (<Given> <Surname>)").
# (Mend of 24b: not before a noun the quoted word names instead, "Helen Marsh, called 'Resus' team".)
_NAMED_NOUN = (
    r"team|teams|unit|ward|bay|room|service|group|call|protocol|trolley|bed|area|station|list|line|pathway|"
    r"clinic|desk|bleep|pager|code|alert|board|zone|office|meeting|round|rounds|sign|score|scale|test"
)
NICKNAME_CLAUSE = re.compile(
    r",[ \t]*(?:genannt|known[ \t]as|called|dit|dite|detto|detta)[ \t]+[‘'\"“«„‹]"
    rf"(?P<v>{_WORD})[’'\"”»“›](?![\w])(?![ \t]+(?:{_NAMED_NOUN})(?![\w-]))"
)
QUOTED_BEFORE = re.compile(rf"[‘\"“«„‹](?P<v>{_WORD})[’\"”»“›][ \t]*\([ \t]*\Z")
# A second form without a cue: "(Ivana Kovač)" right after "KOVAC, Ivana".
PLAIN_VARIANT = re.compile(rf"[ \t]*\([ \t]*(?P<v>{_WORD}(?:[ \t]+{_WORD}){{1,2}})[ \t]*\)")

_DOB_LABEL = (
    r"(?:DOB|D\.O\.B\.|[Dd]ate[ \t]of[ \t]birth|born|b\.|geb\.|geboren|[Gg]eburtsdatum|né|née|nata|"
    r"nato|data[ \t]di[ \t]nascita|date[ \t]de[ \t]naissance)"
)
NAME_BEFORE_DOB = re.compile(
    rf"(?m)^[ \t]*(?P<v>{_WORD}(?:[ \t]+(?:{_PART}[ \t]+)?{_WORD}){{1,2}})[ \t]*,[ \t]*"
    rf"{_DOB_LABEL}[ \t]*:?[ \t]*(?={LETTER_DATE}|(?:19|20)\d\d-\d\d-\d\d)"
)
NAME_BEFORE_DOB = StartsAfter(NAME_BEFORE_DOB, holding=",")  # at the starts of lines with a comma (round 18 of speed)


_SEPARATORS = re.compile(r"[ \t,]+")
_PARTICLE = re.compile(_PART)


def _name_words(value: str) -> list[str]:
    return [w for w in _SEPARATORS.split(value) if w and not _PARTICLE.fullmatch(w)]


def _name_shaped(value: str) -> bool:
    """No word of `value` is a clinical, role or common word."""
    for word in _name_words(value):
        low = word.lower()
        if low in NOT_NAME_WORDS or is_role_word(low) or word.upper() in CLINICAL_ACRONYMS:
            return False
    return True


def _neighbour(word: str, names: set[str]) -> bool:
    """`word` (folded) is a spelling neighbour of one of `names` (folded): the same first four letters, or at most
    a third of its letters changed ("kajen" / "kajan", "petrenco" / "petrenko")."""
    return any(
        word[:4] == n[:4] or Levenshtein.distance(word, n) * 3 <= max(len(word), len(n)) for n in names if len(n) > 3
    )


def _listed(word: str) -> bool:
    return is_surname(word) or is_any_given_name(word)


def variant_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """PERSON hits of a bracketed second spelling right after a PERSON hit (see the module doc)."""
    if "(" not in text and "," not in text:
        return []
    out: list[Hit] = []
    for start, end in {(h.start, h.end) for h in hits if h.label == "PERSON"}:
        if (
            "(" not in text[end : end + 3]
            and "," not in text[end : end + 1]
            and "(" not in text[max(0, start - 3) : start]
        ):
            continue
        found = {fold_word(w) for w in _name_words(text[start:end])}
        m = VARIANT.match(text, end)
        if (
            m is not None
            and _name_shaped(m.group("v"))
            and any(_listed(w) or _neighbour(fold_word(w), found) for w in _name_words(m.group("v")))
        ):
            out.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
            continue  # (round 24b: an unlisted value after a nickname cue is tried as a nickname below)
        before = QUOTED_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and _name_shaped(before.group("v")) and not before.group("v").isupper():
            out.append(Hit(before.start("v"), before.end("v"), "PERSON", "rule"))
        m = NICKNAME.match(text, end) or QUOTED_NICKNAME.match(text, end) or NICKNAME_CLAUSE.match(text, end)
        if m is not None and _name_shaped(m.group("v")) and not m.group("v").isupper():
            # (mend of 24b: an ASCII closing quote the word's apostrophe took stays outside: "'Jonty'")
            out.append(Hit(m.start("v"), m.end("v") - m.group("v").endswith("'"), "PERSON", "rule"))
            continue
        m = PLAIN_VARIANT.match(text, end)
        if m is not None and _name_shaped(m.group("v")):
            value = _name_words(m.group("v"))
            if any(fold_word(w) in found for w in value) and all(
                _listed(w) or _neighbour(fold_word(w), found) for w in value
            ):
                out.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return out


def dob_line_name_hits(text: str) -> list[Hit]:
    """PERSON hits of a full name opening a line before a comma and a birth-date label."""
    return [
        Hit(m.start("v"), m.end("v"), "PERSON", "cue")
        for m in NAME_BEFORE_DOB.finditer(text)
        if _name_shaped(m.group("v"))
    ]
