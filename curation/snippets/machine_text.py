"""Snippet bounds in machine-made and relayed report texts (round 30b, refs-fix30b).

Such texts end their findings without sentence punctuation, so a sentence holds several findings and the snippet of
a citation ran over all of them. This module names where a finding ends in them, for the snippet only (the grammar's
sentences and references stay as they are):
- dictation commands of a raw speech-recognition transcript ("Punkt neue Zeile", "Beistrich", "full stop new
  paragraph", "point à la ligne", "punto a capo", "Klammer auf"): read only in a text that holds a command no prose
  writes (`dictated`), so that "McBurney-Punkt" or "over a period of" stay words;
- HL7 field, component and repetition separators ("|", "^", "~") in a text with an HL7 segment head ("OBX|"), and the
  "|" fields of a one-line export that is no pipe table (the line does not open with "|");
- heads before a finding: "key=" fields of an RIS export, chat heads (time stamp and speaker), key-image item labels
  ("Schlüsselbild 2:", "Key image 1 –", "#3");
- DICOM SR text trees: a citation on a tree line of its own ("INFERRED FROM: Image Reference = ...") belongs to the
  finding item above it ("CONTAINS: Finding = ...", "HAS PROPERTIES: Läsion = ...", "CONTAINS TEXT: ...").
A narrowed window is only taken where it holds a finding word (`field_window`); elsewhere the sentence stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from curation.snippets.gate import may_hold

__all__ = ["dictated", "field_window", "head_end", "hl7", "request_only", "sr_finding", "sr_tree"]

# One dictation command (DE, EN, FR, IT); a run of them is one break.
_COMMAND = (
    r"(?:(?:neue[rs]?|nächste[rs]?)\s+(?:Zeile|Absatz)|Doppelpunkt|Strichpunkt|Semikolon|Beistrich|Komma|Punkt|Absatz"
    r"|Klammer\s+(?:auf|zu)|(?:new|next)\s+(?:line|paragraph)|full\s+stop|period|comma|semicolon"
    r"|(?:open|close)\s+(?:bracket|parenthesis|paren)|à\s+la\s+ligne|nouveau\s+paragraphe|virgule|deux\s+points"
    r"|(?:ouvrir|fermer)\s+la\s+parenthèse|point(?:\s+(?:final|virgule))?(?=\s+à\s+la\s+ligne|\s*$)|a\s+capo"
    r"|nuovo\s+paragrafo|virgola|due\s+punti|punto)"
)
_COMMANDS = re.compile(r"(?i)(?<![\w-])" + _COMMAND + r"(?:\s+" + _COMMAND + r")*(?![\w-])")
# A comma command only: it ends no finding ("Rundherd Komma 11 mm"), it only stands between a finding and its citation.
_COMMA_ONLY = re.compile(r"(?i)(?:Beistrich|Komma|comma|virgule|virgola)")
# A command no prose writes: a stop followed by a line or paragraph command, a bracket command, or a stop ending the
# text ("... Milz normal Punkt", "... no effusion full stop").
_DICTATED = re.compile(
    r"(?i)(?<![\w-])(?:(?:Punkt|period|full\s+stop|point|punto)\s+(?:(?:neue[rs]?|nächste[rs]?|new|next)\s+)?"
    r"(?:Zeile|Absatz|line|paragraph)|Klammer\s+(?:auf|zu)|à\s+la\s+ligne|a\s+capo"
    r"|(?:Punkt|period|full\s+stop|punto)\s*$)(?![\w-])"
)
# Mend of round 30b: a stop word alone used as a noun, after an article or preposition or before a lower-case one ("am
# Punkt der maximalen Stenose", "over a period of two years", "nel punto di massima stenosi"), is no command.
_STOP_WORD = re.compile(r"(?i)Punkt|period|punto|point")
_NOUN_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:am|im|beim|vom|zum|dem|den|der|einem|einen|a|the|this|that|one|nel|il|al|del"
    r"|un|le|du|au|ce)\s+$"
)
_NOUN_AFTER = re.compile(r"\s+(?:der|des|dem|einer|eines|of|di|del|della|dello|dei|de|du|d')(?![\w-])")
_ANY_WORD = re.compile(r"\w")
_HL7 = re.compile(r"\b(?:MSH|OBX|OBR|NTE|ORC|PID)\|")
_HL7_BREAK = re.compile(r"[|^~]+")
_PIPE = re.compile(r"\|+")


# The stems every `_DICTATED` match holds, lower case (`gate.may_hold`; read-through rt5-refs: the case-sensitive
# needles before it missed "Full Stop", "A CAPO", "À LA LIGNE" and "point new line", which the pattern reads).
_DICTATED_STEMS = ("punkt", "period", "stop", "point", "punto", "klammer", "ligne", "capo")
# The words every `_SR_LINE` head holds (it is case-sensitive): "HAS PROPERTIES" trees have neither other word.
_SR_NEEDLES = ("CONTAINS", "HAS", "FROM")


def dictated(text: str) -> bool:
    """Whether `text` is a raw dictation transcript: it holds a command no prose writes (`_DICTATED`; the needles are
    the stems every such command holds, for a quick no)."""
    return may_hold(text, text.lower(), _DICTATED_STEMS) and _DICTATED.search(text) is not None


def sr_tree(text: str) -> bool:
    """Whether `text` may hold an SR text tree line (`_SR_LINE`: every head holds one of `_SR_NEEDLES`)."""
    return any(n in text for n in _SR_NEEDLES)


def hl7(text: str) -> bool:
    """Whether `text` holds an HL7 segment head ("OBX|", "MSH|")."""
    return "|" in text and _HL7.search(text) is not None


def field_window(
    text: str,
    sentence: tuple[int, int],
    ref_start: int,
    ref_end: int,
    *,
    spoken: bool,
    segments: bool,
    worded: Callable[[str, int, int], bool],
    valued: Callable[[str, int, int], bool],
) -> tuple[int, int, int]:
    """The part of `sentence` around the citation text[ref_start:ref_end] between machine breaks, and where its text
    before the citation ends: dictation commands (`spoken`: the text is `dictated`), HL7 separators (`segments`: the
    text is `hl7`), the "|" fields of a one-line export (`_one_line_export`, at least `_EXPORT_FIELDS` separators).
    A comma command ends no finding ("Rundherd Komma 11 mm Serie 5 Bild 26"); commands with no word between them and
    the citation are passed over ("Zyste Komma Serie 4 Bild 96": the part before ends before "Komma").
    (sentence start, sentence end, `ref_start`) where no break stands in the sentence, or where the part holds no
    finding: `worded` (a finding word) in a field, `valued` (a finding word or a value: "heute 8 mm") between
    commands; a citation alone in its field, or with a frame word or a value only ("| aktuell Se 3 Bi 71 |", "RLL
    mass | 41 mm (3/67) |": a table row), keeps its sentence."""
    s0, s1 = sentence
    keep = (s0, s1, ref_start)
    breaks: list[tuple[int, int, bool]] = []  # (start, end, a field separator)
    commas: list[tuple[int, int]] = []
    if spoken:
        for m in _COMMANDS.finditer(text, s0, s1):
            if _STOP_WORD.fullmatch(m.group()) and (
                _NOUN_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _NOUN_AFTER.match(text, m.end())
            ):
                continue  # mend of round 30b: "a period of two years", "am Punkt der Stenose": a noun
            if _COMMA_ONLY.fullmatch(m.group()):
                commas.append(m.span())
            else:
                breaks.append((*m.span(), False))
    if segments:
        breaks += [(*m.span(), True) for m in _HL7_BREAK.finditer(text, s0, s1)]
    elif text.count(" | ", s0, s1) >= _EXPORT_FIELDS and _one_line_export(text, ref_start):
        breaks += [(*m.span(), True) for m in _PIPE.finditer(text, s0, s1)]
    if not breaks and not commas:
        return keep
    w0, cut, fielded = s0, ref_start, False
    for a, b in sorted(commas, reverse=True):  # a comma command right before the citation is no finding word
        if b <= cut and not text[b:cut].strip():
            cut = a
    for a, b, field in sorted((span for span in breaks if span[1] <= ref_start), reverse=True):
        if field or _ANY_WORD.search(text, b, cut) is not None:
            w0, fielded = b, field  # a field ends where its separator stands; a command only where a word follows it
            break
        cut = a
    w1, after = min(((a, field) for a, _, field in breaks if a >= ref_end), default=(s1, False))
    found = worded if fielded or after else valued
    if (w0, w1, cut) == keep or not (found(text, w0, cut) or found(text, ref_end, w1)):
        return keep
    return w0, w1, cut


# The fewest " | " separators of a one-line export's line ("CRIS EXPORT | Event ... | CT HEAD | Reported ... | ...");
# fewer are a table row or a bracket's columns ("Liver | cysts (...)", "(VU Se/Bi | aktuell Se/Bi)").
_EXPORT_FIELDS = 3


def _one_line_export(text: str, pos: int) -> bool:
    """Whether the line holding `pos` is a one-line export: it does not open with "|" and no other line of the text
    holds a "|" (a pipe table has rows on several lines)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    b = len(text) if b < 0 else b
    return text[a:b].lstrip()[:1] != "|" and "|" not in text[:a] and "|" not in text[b:]


# Heads before a finding: an RIS "key=" field, a chat head ("[07:42] Dr. S.:", "14:02 Assistent:", "Dr. B. (10:15):"),
# a key-image list's or note's label ("Schlüsselbilder:", "Schlüsselbild 2:", "Key Image 1 –", "#3", "KI 2", "PACS-Notiz
# (Schlüsselbilder):", "Key images saved to PACS:"), a chat answer's "ja," / "yes,", in any order and repeated.
_HEAD = re.compile(
    r"(?:[^\W\d_][\w-]{1,24}=|[\[(]?\d{1,2}:\d{2}(?:\s?[AP]M)?[\])]?\s*(?:[^\W\d_][^:\n\[\]()]{0,30}?:(?=\s))?"
    r"|[^\W\d_][^:\n\[\]()]{0,30}?\s\(\d{1,2}:\d{2}\):"
    r"|(?i:key[ -]?images?|schlüsselbild(?:er)?|keybild(?:er)?|folie|slide|annotation(?:en)?|pfeil|arrow|marker|item)"
    r"(?:\s*\([^()\n]{0,30}\))?(?:[^\n:]{0,30}:|\s*#?\d{1,3}(?=\s*[:.)–—-]|\s*$))"
    r"|(?:[\w-]+\s){0,2}[\w-]*(?i:notiz|note)\b(?:\s*\([^()\n]{0,30}\))?(?:[^\n:]{0,30}:|\s*$)"
    r"|#\s?\d{1,3}(?![\d.,])|KI\s?\d{1,2}(?=\s*[:.)–—-]|\s*$)"
    r"|(?i:ja|yes|ok|okay|genau|exactly|correct|richtig)[,!]"
    r")[\s:.)–—-]*"
)


def head_end(text: str, start: int, end: int) -> int:
    """Where text[start:end] continues after its heads (`_HEAD`), `start` when it opens with none. A bare time stamp
    ("14:02 Assistent:") is a head at a line start only ("Kontrolle um 14:30 Uhr:" is prose)."""
    pos = start
    while pos < end and (m := _HEAD.match(text, pos, end)) is not None and m.end() > pos:
        if text[pos].isdigit() and text[text.rfind("\n", 0, pos) + 1 : pos].strip(" \t[("):
            break
        pos = m.end()
    return pos


# A request to look at an image in a chat or e-mail line, no finding: "schau mal", "siehe", "can you check", "look at".
_REQUEST = re.compile(
    r"(?i)\s*(?:(?:hey|hi|hallo|bitte|please|ok|also)[,!]?\s+)*(?:schau(?:t|en)?(?:\s+(?:mal|dir|bitte))*(?:\s+(?:auf|an))?"
    r"|sieh(?:e)?(?:\s+(?:mal|auch))?|kannst\s+du(?:\s+(?:mal|bitte))*|can\s+you(?:\s+(?:please|check|look\s+at|see))+"
    r"|(?:please\s+)?(?:check|look\s+at|see(?:\s+also)?))[\s,:]*"
)


def request_only(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is only a request to look ("schau mal", "can you check", "siehe auch")."""
    m = _REQUEST.match(text, start, end)
    return m is not None and m.end() > start and not text[m.end() : end].strip(" \t,.:–-")


# An SR tree line: its number, its relationship and the item it holds ("1.1.1 INFERRED FROM IMAGE:", "  CONTAINS:
# Image Reference (Vorbefund 02.01.2025) =", "HAS PROPERTIES: Läsion =").
_SR_LINE = re.compile(
    r"[ \t]*(?:\d+(?:\.\d+)*[ \t]+)?(?:CONTAINS|HAS[ \t]+PROPERTIES|HAS[ \t]+OBS[ \t]+CONTEXT|HAS[ \t]+CONCEPT[ \t]+MOD"
    r"|INFERRED[ \t]+FROM|SELECTED[ \t]+FROM)\b:?[ \t]*"
)
_SR_IMAGE = re.compile(r"(?i)(?:image[ \t]+reference|bildreferenz|referenzbild|image|bild)\b[^=:\n]{0,40}[=:][ \t]*")
# A finding item: its name and the value after "=" or ":" ("Finding = ...", "Läsion = ...", "TEXT: „...“").
_SR_FINDING = re.compile(
    r"(?i)(?:text|finding|befund|läsion|lesion|observation|beschreibung|description|impression)[ \t]*[=:][ \t]*"
    r"[\"„“”']?"
)
_QUOTES = "\"„“”' \t"


def sr_finding(text: str, ref_start: int) -> tuple[int, int] | None:
    """The finding item of an SR text tree above a citation on a tree line of its own ("INFERRED FROM: Image Reference
    = Serie 3 / Bild 140" below "CONTAINS: Finding = Lymphknoten iliakal"): the value of the nearest finding item
    above (at most eight lines up, not past a line with another citation's item), None where the citation's line holds
    words of its own before it or no finding item is near."""
    line = text.rfind("\n", 0, ref_start) + 1
    head = _SR_LINE.match(text, line, ref_start)
    if head is None:
        return None
    image = _SR_IMAGE.match(text, head.end(), ref_start)
    pos = image.end() if image is not None else head.end()
    if text[pos:ref_start].strip():
        return None
    end = line - 1
    for _ in range(8):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        tree = _SR_LINE.match(text, start, end)
        if tree is None:
            return None
        item = _SR_FINDING.match(text, tree.end(), end)
        if item is not None:
            a, b = item.end(), end
            while b > a and text[b - 1] in _QUOTES:
                b -= 1
            return (a, b) if b > a else None
        end = start - 1
    return None
