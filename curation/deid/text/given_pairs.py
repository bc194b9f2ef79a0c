"""A person given by a first name alone beside a named one, in greetings and in apposition (round 21a).

- A pair of relatives after a relation label where one conjunct is a given name only: "Eltern: Sabine und Tobias
  Reinhardt", "Parents: Chloe and Duncan Fraser", "Parents: Mariela (mother, interpreter requested) and Andrés
  Quintero", "Genitori: Anna e Marco Conti", "Guardians: Priya and Rohan Mehta", "Parents - Chloe and Duncan
  Fraser -" (a dash for the colon, mend of round 21a): the first conjunct, a listed given name (either list), when
  a PERSON hit starts the second one or the second is a listed given name and a surname; that second one is then a
  person cue of its own, so an eponym surname is taken ("Eltern: Katrin und Marco Ewing").
- The greeting line of a message: "Hi Priya,", "Hallo Fabian,", "Bonjour Séverine,", "Ciao Lorenzo," opening a line,
  a listed given name (and a second name word) before the comma or "!", also with "& team" after it or a second
  listed given name ("Dear Siobhan and Ciarán,"); "Hi all,", "Hallo zusammen,", "Bonjour à tous" stay.
- (Fix round 23a) A given name slashed before a named colleague in a rota or staff line: "MTRA-Pikett: Nadja /
  Fabienne Ott", "Radiographers: Petra / Mike Rauter": a listed given name (the stricter list, no common word)
  right before "/" and a PERSON hit of a listed given name and a surname; "Thorax / Anna Meier", "CT / Mike
  Rauter" and a surname before the slash ("Dr. Meier / Anna Huber") stay.
- A given name in apposition to the patient: "The patient, Eilidh, tolerated ...", "Die Patientin, Svenja, ...":
  a listed given name between two commas; "The patient, however, ..." stays.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, LOWER_GATES, UP, Hit, StartsAfter, literal_starts
from curation.deid.text.given_names import is_any_given_name, is_given_name
from curation.deid.text.names import is_plain_name_word

_WORD = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
_PAIR = re.compile(
    r"(?<![\w-])(?:Eltern|Elternteile|Parents?|[Gg]enitori|Großeltern|Grandparents|[Nn]onni|"
    r"[Gg]rands-parents|Angehörige|Next[ \t]of[ \t]kin|NOK|Begleitpersonen|Accompanied[ \t]by|[Bb]egleitet[ \t]von|"
    r"[Aa]ccompagné(?:e)?[ \t]par|[Aa]ccompagnat[oa][ \t]da|Guardians?|Legal[ \t]guardians?|Erziehungsberechtigte|"
    r"Vormund|Tuteurs?|Tutori)[ \t]*(?::|[-–](?=[ \t]))?[ \t]*"
    rf"(?P<v>{_WORD})(?:[ \t]*\([^()\n]{{1,60}}\))?[ \t]+(?:und|and|et|e|y|&)[ \t]+"
    rf"(?P<second>(?P<g2>{_WORD})[ \t]+{_WORD}(?:[ \t]+{_WORD})?)?(?=[{UP}]|[ \t]*(?:[,;.()\n]|$))"
)
_GREETING = re.compile(
    r"(?m)^[ \t]*(?:Hi|Hello|Hey|Dear|Hallo|Hoi|Grüezi|Servus|Liebe[rs]?|Bonjour|Salut|Coucou|Chère|Cher|Ciao|"
    rf"Buongiorno|Salve|Caro|Cara|Gentile)[ \t]+(?P<v>{_WORD}(?:[ \t]+{_WORD})?)"
    # (mend of round 21a: "Hi Chloe & team,", "Dear Siobhan and Ciarán,")
    rf"(?:[ \t]*(?:&|and|und|et|e)[ \t]*(?:[Tt]eam|all|alle|tutti)|[ \t]+(?:and|und|et|e|&)[ \t]+(?P<w>{_WORD}))?"
    r"[ \t]*[,!]"
)
_APPOSITION = re.compile(
    r"(?<![\w])(?:[Tt]he[ \t]patient|[Oo]ur[ \t]patient|[Dd]er[ \t]Patient|[Dd]ie[ \t]Patientin|[Uu]nser[ \t]Patient|"
    r"[Uu]nsere[ \t]Patientin|[Ll]e[ \t]patient|[Ll]a[ \t]patiente|[Ii]l[ \t]paziente|[Ll]a[ \t]paziente),[ \t]+"
    rf"(?P<v>{_WORD})[ \t]*,"
)
# Run from their literal starts in the shared pass (the greeting from the line starts), not tried at every
# position (round 19 of speed).
_PAIR, _APPOSITION, _GREETING = literal_starts(_PAIR), literal_starts(_APPOSITION), StartsAfter(_GREETING)
_GATE = LOWER_GATES.register(
    (
        "eltern",
        "parent",
        "genitori",
        "großeltern",
        "nonni",
        "angehörige",
        "next of kin",
        "nok",
        "begleit",
        "accompa",
        "guardian",
        "erziehungsberechtigt",
        "vormund",
        "tuteur",
        "tutori",
        "hi ",
        "hello",
        "hey ",
        "dear",
        "hallo",
        "hoi ",
        "grüezi",
        "servus",
        "liebe",
        "bonjour",
        "salut",
        "coucou",
        "cher",
        "ciao",
        "buongiorno",
        "salve",
        "caro ",
        "cara ",
        "gentile",
        "patient",
        "paziente",
    )
)


def _given(word: str) -> bool:
    return is_any_given_name(word) and is_plain_name_word(word)


_SLASHED = re.compile(rf"(?<![\w.-])(?P<v>{_WORD})[ \t]*/[ \t]*\Z")
_NAME_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def slashed_given_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """PERSON hits of a listed given name right before "/" and a PERSON hit of a given name and a surname."""
    out: list[Hit] = []
    for h in hits:
        if h.label != "PERSON" or h.start < 3 or text[h.start - 1] not in " \t/":
            continue
        m = _SLASHED.search(text, max(0, h.start - 30), h.start)
        if m is None:
            continue
        named = _NAME_WORDS.findall(text, h.start, h.end)
        before = text[max(0, m.start() - 12) : m.start()].rstrip(" \t")
        if (
            len(named) >= 2
            and is_given_name(named[0])
            and is_given_name(m.group("v"))
            and is_plain_name_word(m.group("v"))
            and not (before[-1:].isalpha() and before[-1:].isupper())
            and not before.endswith(".")
        ):
            out.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return out


def given_pair_hits(text: str, lowered: str, hits: list[Hit]) -> list[Hit]:
    """PERSON hits of given names beside a named relative, in a greeting line, in apposition to the patient or
    slashed before a named colleague (`lowered`: the lower case of `text`; `hits`: the hits found so far, for the
    pairs' second conjunct)."""
    out: list[Hit] = slashed_given_hits(text, hits) if "/" in text else []
    if _GATE not in LOWER_GATES.fired(lowered):
        return out
    starts = {h.start for h in hits if h.label == "PERSON"}
    for m in _PAIR.finditer(text):
        second = m.group("second")
        # The second conjunct, a listed given name and a surname: a person cue, an eponym surname included
        # ("Eltern: Katrin und Marco Ewing").
        named = second is not None and _given(m.group("g2")) and all(is_plain_name_word(w) for w in second.split())
        if named:
            out.append(Hit(m.start("second"), m.end("second"), "PERSON", "cue"))
        if (named or m.end() in starts) and _given(m.group("v")):
            out.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    for pattern in (_GREETING, _APPOSITION):
        for m in pattern.finditer(text):
            first = m.group("v").split()[0]
            if _given(first) and all(is_plain_name_word(w) for w in m.group("v").split()):
                out.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
                if (w := m.groupdict().get("w")) is not None and _given(w):
                    out.append(Hit(m.start("w"), m.end("w"), "PERSON", "rule"))
    return out
