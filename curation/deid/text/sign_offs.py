"""A first name alone signing off a short message in a report: "Danke, LG Sabrina, Anmeldung MRT",
"Thanks, Gemma", "Bleep me on 4408. Nikhil".

Booking notes, scheduling messages and pager requests pasted into a report end with the writer's first name
and nothing else: no title, no surname, no signature label. Two shapes:

- after a closing word (German "LG", "VG", "Gruss", "Grüße", "Danke", English "Thanks", "Cheers", "Best",
  "Regards", French / Italian "Merci", "Saluti"): the capitalised word right after it, where a listed given name
  (gender-guesser, names-dataset) ends the line, the text, or is followed by a comma and a role
  ("..., Anmeldung Radiologie");
- alone after a message: a listed given name (the first, stricter list) ending its line after a full stop on
  the same line, or a line of its own after a line that ends a sentence, where the text ends, a blank line
  follows or one last short line ("Bleep me on 4408. Nikhil", "Please call the ward.\nFiona\n\nBefund: ...").

Round 11 adds two shapes of messages:

- initials alone after a closing word, ending the line or the text ("Thanks, JT", "LG FW", "Cheers\nKB"); a
  clinical, modality or ID abbreviation is none ("Danke, CT", "LG KM");
- (round 21a) an initial and a surname on the line after a closing word, a signature ("Kind regards,\nJ.
  Chiari"), or after a blank line at the end of the text (one role line may follow; not "M. Crohn", Morbus): a
  person cue, so an eponym surname is a name there;
- a first name and the initial of the surname opening a line right after an e-mail subject line, maybe after
  "From:" or a greeting ("Subject: add-on CT\nFrom: Gareth L.", "Betreff: Termin\nSabine K. aus der Anmeldung
  ...", "Hi team, Marguerite D. here").

The keep-list vetoes clinical words that are also given names ("Mai", "Paget"); NOT_NAME_WORDS are never names.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Gated, Hit
from curation.deid.text.given_names import is_any_given_name, is_given_name
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.site_forms import CLINICAL_ACRONYMS
from curation.deid.text.surnames import is_surname
from curation.deid.text.word_shapes import is_eponym_word

_GIVEN = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
# What may follow the name: the end of the line or text, a full stop or "!" and then the end, or a comma and a
# short role / department on the same line, or one in brackets ("VG Tobias (Leitstelle)").
_AFTER = r"[ \t]*[.!]?[ \t]*(?:,[ \t]*[^\n.,;:]{1,40}[.!]?[ \t]*|\([^\n()]{1,40}\)[.!]?[ \t]*)?(?=\n|\Z)"
# The closing word is searched in the lower-cased text, the name after it in the text; gated by needles in the
# shared Aho-Corasick pass (text_common.Gated), with the short words only before a space, comma or line end
# ("folgt", "bestätigt" fire nothing).
_CLOSING_NEEDLES = ("grüße", "grüsse", "gruß", "gruss", "dank", "merci", "thank", "cheers", "regards", "wishes",
                    "sincerely", "faithfully", "cordialement", "hochachtungsvoll",
                    "saluti", "grazie", "ciao", "bien", "amicalement", "amitiés", "presto",
                    *(f"{w}{c}" for w in ("lg", "vg", "best") for c in (" ", ",", "\n")))
# (Fix round 23a: Swiss and French closings of two or three words, "Merci vielmal, Andrea", "Bien à toi, Sophie",
# "Amicalement, Line", "A presto, Luca". Read-through rt5-deid: the needles are the words alone, "bien" and "presto",
# as the pattern reads any run of spaces or tabs between the words: "Bien\tà toi", "A  presto".)
CLOSING = Gated(re.compile(
    r"(?:grüßen|grüssen|grüße|grüsse|gruß|gruss|lg|vg|danke|dankeschön|dank|"
    r"merci(?:[ \t]+(?:vielmal|viumau|beaucoup|bien|encore))?|bien[ \t]+à[ \t]+(?:toi|vous)|amicalement|amitiés|"
    r"a[ \t]+presto|thanks|thank[ \t]+you|cheers|regards|wishes|sincerely|faithfully|cordialement|hochachtungsvoll|"
    r"best|saluti|grazie|ciao)(?![\w])"), _CLOSING_NEEDLES, lower=True)
NAME_AFTER = re.compile(rf"[ \t]*[,!.]?[ \t]*\n?[ \t]*(?P<v>{_GIVEN}){_AFTER}")
# A name alone: after a full stop on its line, or on a line of its own after a line that ends a sentence; the
# line ends with it, and the text ends there or a blank line / a last short line follows.
# Searched only in the 40 characters before each such end (the text's end, a blank line, the last line).
LONE_NAME = re.compile(rf"(?:[.!?][ \t]+|[.!?:][ \t]*\n[ \t]*)(?P<v>{_GIVEN})[ \t]*[.!]?[ \t]*\Z")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# An initial and a surname on the line after a closing word, maybe after a blank line (round 21a): "Kind
# regards,\nJ. Chiari", "Mit freundlichen Grüßen\nH. Sudeck", "Yours sincerely\n\nR. Addison\nConsultant": a
# signature; the closing is the person cue, so an eponym surname is taken.
INITIAL_SURNAME_AFTER = re.compile(rf"[ \t]*[,!.]?[ \t]*\n(?:[ \t]*\n)?[ \t]*"
                                   rf"(?P<v>[{UP}]\.(?:[ \t]?[{UP}]\.)?[ \t]?{_GIVEN})[ \t]*(?=\n|\Z)")
# The same signature closing a letter without a closing word: after a blank line, maybe with one role line after
# it, at the end of the text ("...\n\nR. Kaposi\nConsultant Radiologist"); not "M." before an eponym, German
# "Morbus" ("M. Crohn", "M. Bechterew").
END_SIGNATURE = re.compile(rf"\n[ \t]*\n[ \t]*(?P<v>(?P<i>[{UP}])\.(?:[ \t]?[{UP}]\.)?[ \t]?(?P<s>{_GIVEN}))[ \t]*"
                           r"(?:\n[^\n]{0,60})?\s*\Z")
# Initials after a closing word: two or three capitals ("JT", "FW", "AKB") or dotted ("J.T."), ending the line.
INITIALS_AFTER = re.compile(r"[ \t]*[,!.]?[ \t]*\n?[ \t]*(?P<v>[A-ZÄÖÜ]{2,3}|[A-ZÄÖÜ]\.[ \t]?[A-ZÄÖÜ]\.)"
                            r"[ \t]*[.!]?[ \t]*(?=\n|\Z)")
_NOT_INITIALS = CLINICAL_ACRONYMS | frozenset({"KM", "OP", "PS", "NB", "OK", "USA", "UK", "CH", "DE", "AT", "IT", "FR",
                                               "EN", "OA", "CA", "FA", "AA", "MFG", "LG", "VG", "THX", "TY", "ASAP"})
# An e-mail subject line, then a first name and a surname initial opening one of the next three lines.
SUBJECT_LINE = re.compile(r"(?im)^[ \t]*(?:subject|betreff|objet|oggetto|re|aw|wg|fwd?)[ \t]*:[^\n]*\n")
_SUBJECT_RULE = Gated(SUBJECT_LINE, ("subject", "betreff", "objet", "oggetto", "re:", "aw:", "wg:", "fw:", "fwd:"),
                      lower=True)
NAME_INITIAL_LINE = re.compile(rf"(?m)^[ \t]*(?:(?:From|Von|De|Da|Absender|Sender)[ \t]*:[ \t]*|"
                               rf"(?:Hi|Hello|Hallo|Dear|Liebe[rs]?|Bonjour|Ciao|Buongiorno)\b[^\n,]{{0,20}},[ \t]*)?"
                               rf"(?P<g>{_GIVEN})[ \t](?P<i>[{UP}]\.)(?=[ \t]|$)")
# Given names of the lists that end a report line as often as a name does.
_NOT_LONE = frozenset({"ende", "pat", "mai", "paris", "dank", "gruss", "thanks"})


def _line_ends(text: str) -> list[int]:
    """Where a lone name may end: the end of the text, before a blank line, before a short last line."""
    end = len(text.rstrip())
    ends = [end]
    last = text.rfind("\n", 0, end)
    if last > 0 and end - last <= 41:
        ends.append(len(text[:last].rstrip(" \t")))
    if "\n" in text:
        ends.extend(m.start() for m in _BLANK_LINE.finditer(text, 0, end))
    out = []
    for e in ends:
        while e > 1 and text[e - 1] in " \t":
            e -= 1
        if e > 1 and (text[e - 1].isalpha() or (text[e - 1] in ".!" and text[e - 2].isalpha())):
            out.append(e)
    return out


def _common_word(word: str) -> bool:
    """Whether a part of the (hyphenated) `word` is a common word ("Coli", "Danke-Schön")."""
    return any(p.lower() in NOT_NAME_WORDS for p in word.split("-"))


def _signature_surname(initial: str, surname: str) -> bool:
    """The surname of an "R. Kaposi" signature: a listed surname or an eponym, no common word, and no eponym after
    "M." (Morbus); an unlisted word stays ("E. Coli", "S. Aureus")."""
    if _common_word(surname):
        return False
    if is_eponym_word(surname):
        return initial != "M"
    return is_surname(surname)


def _name(word: str, strict: bool) -> bool:
    if _common_word(word):
        return False
    return is_given_name(word) if strict else is_any_given_name(word)


def sign_off_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits of the first names that sign off a message (see the module docstring)."""
    hits: list[Hit] = []
    if len(lowered) == len(text):
        for closing in CLOSING.finditer(lowered, lowered):
            if closing.start() and lowered[closing.start() - 1].isalnum():
                continue
            m = INITIAL_SURNAME_AFTER.match(text, closing.end())
            if m is not None and not _common_word(m.group("v").split()[-1]):
                hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "cue"))
                continue
            m = NAME_AFTER.match(text, closing.end())
            if m is None or not _name(m.group("v"), strict=False):
                m = INITIALS_AFTER.match(text, closing.end())  # "Thanks, JT"
                if m is not None and m.group("v").replace(".", "").replace(" ", "") in _NOT_INITIALS:
                    m = None
            if m is not None:
                hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    if "\n" in text:
        tail = max(0, len(text) - 160)
        if (m := END_SIGNATURE.search(text, tail)) is not None and _signature_surname(m.group("i"), m.group("s")):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "cue"))
        for subject in _SUBJECT_RULE.finditer(text, lowered):
            stop = subject.end()
            for _ in range(3):
                nl = text.find("\n", stop)
                stop = len(text) if nl < 0 else nl + 1
            for m in NAME_INITIAL_LINE.finditer(text, subject.end(), stop):
                if _name(m.group("g"), strict=False):
                    hits.append(Hit(m.start("g"), m.end("i"), "PERSON", "rule"))
    for end in _line_ends(text):  # (a name ends there: a letter, or a letter and a full stop)
        if (m := LONE_NAME.search(text, max(0, end - 40), end)) and m.group("v").lower() not in _NOT_LONE and (
                _name(m.group("v"), strict=True)):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return hits
