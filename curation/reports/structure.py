"""Sections and sentences of a (de-identified) report, as offsets into that text.

Sections: the German and English headings radiologists write ("Klinische Angaben", "Fragestellung",
"Technik", "Befund", "Beurteilung", "History", "Findings", "Impression", ...) mapped to the canonical
names indication | comparison | technique | findings | impression (text before the first heading: other).
Sentences: split at . ! ? and line breaks, but not after German/English abbreviations (V.a., z.B.,
re., li., Z.n., ca., bzw., ggf., Dr., i.v., e.g.), ordinals ("3. Rippe"), inside dates ("12.03.2024"), or
inside a bracket that closes ("(cor. Serie 6, Bild 12)", "(Serie 3,\nBild 45)"; `brackets.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from curation.reports.brackets import BracketSpans


def _words(text: str) -> frozenset[str]:
    """A word set written as a whitespace-separated block (easier to review than a list literal)."""
    return frozenset(text.split())


SECTION_HEADINGS: dict[str, tuple[str, ...]] = {
    "indication": ("Klinische Angaben", "Klinische Angabe", "Fragestellung", "Anamnese", "Indikation",
                   "Rechtfertigende Indikation", "Klinik", "Klinische Fragestellung", "History", "Indication",
                   "Clinical information", "Clinical history", "Clinical indication", "Reason for exam",
                   "Clinical question", "Clinical details", "Clinical detail", "Clinical notes", "Frage",
                   "Klinische Frage", "Klinische Information", "Klinische Informationen"),
    "comparison": ("Comparison", "Vergleich", "Voruntersuchung", "Voruntersuchungen", "Prior studies"),
    "technique": ("Technik", "Untersuchungstechnik", "Methode", "Untersuchung", "Technique", "Protocol",
                  "Procedure", "Examination"),
    "findings": ("Befund", "Befunde", "Findings", "Finding", "Report"),
    "impression": ("Beurteilung", "Zusammenfassung", "Impression", "Conclusion", "Conclusions", "Summary",
                   "Assessment", "Diagnose", "Fazit"),
}
_TITLE_TO_NAME = {t.lower(): name for name, titles in SECTION_HEADINGS.items() for t in titles}
_TITLES = sorted(_TITLE_TO_NAME, key=len, reverse=True)
_HEADING = re.compile(
    r"(?im)(?:^[ \t]*(?P<a>" + "|".join(map(re.escape, _TITLES)) + r")[ \t]*(?::|$)"
    r"|(?<=[\s.])(?P<b>" + "|".join(map(re.escape, _TITLES)) + r")[ \t]*:)")

ABBREVIATIONS = _words("""
v.a. z.b. re. li. z.n. ca. bzw. ggf. dr. prof. i.v. d.h. u.a. vs. med. nr. bds. o.g. s.o. s.u. evtl. vgl.
mind. max. min. st. e.g. i.e. approx. fig. no. dipl. pat. hr. fr. mr. mrs. ms. etc. inkl. exkl. zw. li.-re.
a.p. p.a. p.o. i.m. s.c. v.s. o.B. o.b. sog. u.ä. ehem. bzgl. gr. kl. abb. lat. med. dr.med. jr. sr. vol.
ant. post. sup. inf. lat. med. dist. prox. rel. zust. bes. allg. z.t. i.d.r. u.u. o.ä. tel. dipl.-med.
""")
# Words that open a new sentence after "Serie 3." (a number then a dot is otherwise an ordinal).
SENTENCE_STARTERS = _words("""
Die Der Das Es Ein Eine Kein Keine Im In Am Bei Mit Nach Zudem Ansonsten Weiterhin Insgesamt Sonst Hier
Dort Daneben Zusätzlich Auch Kleiner Größe The There No A An In This These It Otherwise Also
""")
_ABBREV_LOWER = frozenset(a.lower() for a in ABBREVIATIONS)
_BOUNDARY = re.compile(r"[.!?]+(?=\s)|\n")
_LAST_TOKEN = re.compile(r"(\S+)$")


@dataclass(frozen=True)
class Section:
    name: str  # indication | comparison | technique | findings | impression | other
    title: str  # the heading as written ("" for text before the first heading)
    start: int  # body start (after the heading)
    end: int


@dataclass(frozen=True)
class Sentence:
    section: str
    start: int
    end: int


def find_sections(text: str) -> list[Section]:
    """Sections in order; body spans exclude the heading and surrounding whitespace."""
    heads = [(m.start(), m.end(), m.group("a") or m.group("b")) for m in _HEADING.finditer(text)]
    sections: list[Section] = []
    first = heads[0][0] if heads else len(text)
    if text[:first].strip():
        sections.append(_trimmed(text, "other", "", 0, first))
    for i, (_, body_start, title) in enumerate(heads):
        body_end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        sections.append(_trimmed(text, _TITLE_TO_NAME[title.lower()], title, body_start, body_end))
    return sections


def section_texts(text: str) -> dict[str, str]:
    """Section name -> its body text (the first section of each name; text before any heading is "other")."""
    return {s.name: text[s.start:s.end].strip() for s in reversed(find_sections(text))}


def _trimmed(text: str, name: str, title: str, start: int, end: int) -> Section:
    while start < end and text[start] in " \t\r\n:":
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Section(name, title, start, end)


def _is_boundary(text: str, m: re.Match[str], start: int) -> bool:
    if m.group() == "\n":
        return True
    if m.group()[0] != ".":
        return True
    token = _LAST_TOKEN.search(text, start, m.end())
    word = token.group(1).lower() if token else ""
    word = word.lstrip("([\"'")
    if word in _ABBREV_LOWER:
        return False
    following = text[m.end():m.end() + 40].split(maxsplit=1)
    if re.fullmatch(r"\d{1,2}\.", word):
        # Ordinal ("3. Rippe", "am 3. Tag") unless a sentence clearly starts next ("Serie 3. Die ...").
        return bool(following) and following[0] in SENTENCE_STARTERS
    if re.fullmatch(r"(?:[a-zäöü]\.){1,3}", word):
        return False  # single-letter abbreviation chains: "V.a.", "z.B.", "i.v."
    return not (following and following[0][0].islower())


def split_sentences(text: str, start: int = 0, end: int | None = None, section: str = "other") -> list[Sentence]:
    """Sentences of text[start:end], each trimmed of surrounding whitespace."""
    end = len(text) if end is None else end
    sentences: list[Sentence] = []
    cursor = start
    brackets = BracketSpans(text, start, end)
    for m in _BOUNDARY.finditer(text, start, end):
        if not brackets.covers(m.start()) and _is_boundary(text, m, cursor):
            _append(text, sentences, section, cursor, m.end() if m.group() != "\n" else m.start())
            cursor = m.end()
    _append(text, sentences, section, cursor, end)
    return sentences


def _append(text: str, out: list[Sentence], section: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(section, start, end))


def structure(text: str) -> tuple[list[Section], list[Sentence]]:
    """Sections and, within each, its sentences (offsets into `text`)."""
    sections = find_sections(text)
    sentences = [s for sec in sections for s in split_sentences(text, sec.start, sec.end, sec.name)]
    return sections, sentences
