"""Names before a professional credential, in any case (fix round 22): "sabine krauter, md", "whitlock rn",
"tobias whitcombe do;", "kayla brunswick, pa-c", "n. pennock frcr", "reto blaser, dipl.-phys.".

names.DEGREE reads capitalised names before upper-case degrees ("Susan Kim, NP"); typed notes, order comments and
chat exports write both in lower case. The credential is found first (any case), then the name right before it
on the same line, and the name needs evidence, since "chest pa", "liver np" and "adrenal nodules do not" have the
same shape:

- a listed given name and a second word that is no common word, clinical word or role ("priya raghavan, md");
- an initial and a surname: a listed one, or (before an unambiguous credential: frcr, phd, pa-c, crnp, ...) one
  that has no common word's shape ("n. pennock frcr");
- a single word: a listed surname that is no common word ("whitlock rn").

"do" and "pa" are also a verb and the posteroanterior view: they count only at a clause end ("tobias whitcombe
do;", "..., pa" at a line end), never before more words ("nodules do not", "chest pa and lateral").
"""

from __future__ import annotations

import re

from curation.deid.text.common import Gated, Hit, literal_starts
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.names import NOT_NAME_WORDS, is_particle, is_role_word
from curation.deid.text.site_forms import CLINICAL_ACRONYMS
from curation.deid.text.surnames import is_surname, is_surname_or_word
from curation.deid.text.word_shapes import is_word_shaped

__all__ = ["credential_follows", "credential_name_hits"]

# Credentials no clinical word is spelled like (lower case, longest first where one opens another).
_STRONG = (
    r"dipl\.-(?:ing|phys|psych|biol|chem|inf|kfm)\.(?:[ \t]?\(fh\))?|m\.d\.|ph\.d\.|pa-c|crnp|aprn|crna|dnp|fnp|"
    r"phd|frcr|frcpc|frcp|frcs|mrcp|mrcs|mbbs|mbchb|franzcr|facr|mtra|rdms"
)
# Credentials that are also a word, a view or an abbreviation of the findings.
_WEAK = r"md|rn|np|do|pa"
_WEAK_WORDS = frozenset(_WEAK.split("|"))
_CREDENTIAL = Gated(
    literal_starts(re.compile(rf"(?<![\w.-])(?P<c>{_STRONG}|{_WEAK})(?![\w-]|\.\w)")),
    (
        # (the weak words bare: the pattern reads them after any non-word character, a line break or "(" too)
        *sorted(_WEAK_WORDS),
        "m.d.",
        "ph.d.",
        "crnp",
        "aprn",
        "crna",
        "dnp",
        "fnp",
        "phd",
        "frc",
        "mrc",
        "mbbs",
        "mbchb",
        "franzcr",
        "facr",
        "mtra",
        "rdms",
        "dipl.-",
    ),
    lower=True,
)
# A credential right after a name written with a capital (mend of round 22): the strong ones in any case, the weak
# ones in capitals only ("J. Quintana, MD", "S. Mitis PhD"; "E. coli do" is no credential).
_CREDENTIAL_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?:(?i:{_STRONG})|{_WEAK.upper()})(?![\w-]|\.\w)")


def credential_follows(text: str, end: int) -> bool:
    """Whether a credential follows at `end` of `text`, after an optional comma."""
    return _CREDENTIAL_AFTER.match(text, end) is not None


# "do" and "pa" end a clause when they are credentials.
_CLAUSE_END = re.compile(r"[ \t]*(?:[,;:.)/\n]|$)")
# The name right before the credential (optional comma): an optional given name or initial, then one word.
_WORD = r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)?"
_NAME_BEFORE = re.compile(rf"(?<![\w.'’-])(?:(?P<g>{_WORD}|[^\W\d_]\.)[ \t]+)?(?P<s>{_WORD})[ \t]*,?[ \t]*\Z")
# A second given name before the first ("juan carlos méndez-ortiz, pa-c", "fatima zahra benjelloun, m.d.").
_GIVEN_BEFORE = re.compile(rf"(?<![\w.'’-])(?P<g>{_WORD})[ \t]+\Z")


def _plain(word: str) -> bool:
    """`word` is no common word, clinical word or role of the report languages."""
    low = word.lower()
    return (
        low not in NOT_NAME_WORDS
        and word.upper() not in CLINICAL_ACRONYMS
        and not is_word_shaped(word.capitalize())
        and len(low) >= 2
    )


def _named(given: str | None, surname: str, strong: bool) -> bool:
    """Whether `given` (a word, an initial or None) and `surname` hold a name's evidence (module docstring)."""
    cap = surname.capitalize()
    if given is None:
        return is_surname(cap) and _plain(surname)
    if given.endswith("."):
        return _plain(surname) and (is_surname_or_word(cap) or strong)  # (is_surname implies is_surname_or_word)
    return is_any_given_name(given) and _plain(given) and _plain(surname)


def _clause_word(word: str) -> bool:
    """`word` before a surname is the clause's and no given name: a preposition or short function word ("to",
    "d/w"), a verb in the past ("paged", "called"), a role ("nurse", "reader") or a particle ("de luca")."""
    low = word.lower()
    if is_particle(low):
        return True
    return not is_any_given_name(word) and (len(low) <= 3 or low.endswith("ed") or is_role_word(low))


def credential_name_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits of names right before a credential in any case (`lowered`: `text` lower-cased, same offsets)."""
    out: list[Hit] = []
    for c in _CREDENTIAL.finditer(lowered, lowered):
        credential = c.group("c")
        strong = credential not in _WEAK_WORDS
        if credential in ("do", "pa") and not _CLAUSE_END.match(lowered, c.end()):
            continue  # "nodules do not enhance", "chest pa and lateral"
        line = text.rfind("\n", 0, c.start()) + 1
        if c.start() == line or text[c.start() - 1] not in " \t,":
            continue
        m = _NAME_BEFORE.search(text, max(line, c.start() - 60), c.start())
        if m is None:
            continue
        given = m.group("g")
        particle = False
        if not _named(given, m.group("s"), strong):
            # The word before may be the clause's ("to whitlock rn", "nurse whitlock rn"): the listed surname alone
            # then, with its particle and given names ("maria grazia de luca, rn"); never after a word that may be an
            # unlisted given name ("grace liu, md": half a name) (mend of round 22).
            if given is None or not _clause_word(given) or not _named(None, m.group("s"), strong):
                continue
            particle = is_particle(given)
            if not particle:
                given = None
        start = m.start("g") if given else m.start("s")
        # A second given name before the first, or the given names before a particle.
        for _ in range(2 if particle else 1 if given and not given.endswith(".") else 0):
            first = _GIVEN_BEFORE.search(text, max(line, start - 30), start)
            if first is None or not is_any_given_name(first.group("g")) or not _plain(first.group("g")):
                break
            start = first.start("g")
        out.append(Hit(start, m.end("s"), "PERSON", "rule"))
    return out
