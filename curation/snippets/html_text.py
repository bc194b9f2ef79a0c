"""HTML-escaped report exports read as their plain text, every offset kept (issue 16, round 28b).

Some RIS/PACS exports hand the report over HTML-escaped: "Serie&nbsp;3, Bild&nbsp;118", "Se&#160;5&#160;Bi&#160;18",
"Bi&#160;18&#8211;22", "Bild&nbsp;55&nbsp;&amp;&nbsp;57", with "<br>", "<p>", "&bull;" or "&#9679;" around. The
grammar knows the plain forms only. `html_plain(text)` returns `text` (same length) with
- each character reference (named, decimal or hex: "&nbsp;", "&#160;", "&#x20;", "&ndash;", "&amp;") written as the
  character it names, left-aligned in the reference's place and padded with spaces ("Bild&nbsp;87" -> "Bild      87";
  a no-break or thin space becomes a plain space, a bullet "•");
- a line-level tag ("<br>", "<br/>", "<p>", "</p>", "<li>", "<div>", "</tr>") a newline, an inline tag ("<b>",
  "<span ...>", "<td>") spaces,
so that the miner reads them as their plain forms while every row offset and snippet still points into the text as
given (the miner cuts snippets from the original text: `mine._snippets_from`). A size with an entity ("12&#160;mm")
becomes a size ("12      mm"), no citation. A text without "&" or "<" is returned unchanged (the same object); so is
an "&" or "<" that starts no character reference or tag ("R&D", "< 5 mm", "<5 mm").
Mend of round 28b: a hyphen other than "-" (U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN, as "&#8209;" too, U+2012 FIGURE
DASH, U+2212 MINUS SIGN, the small and full-width hyphen-minus) is written as "-", so that "Bild 55‑60" is the range it
shows to a reader.
Round 29 fixes (refs-fix29): a soft hyphen or another invisible joiner (U+00AD, zero-width space/non-joiner/joiner,
word joiner, BOM; raw or as "&shy;", "&#173;", "&#xAD;") and any character reference that names a letter
("S&eacute;rie", "L&auml;sion") inside a word no longer break the word: the word's letters are written together and
the characters saved are padded as spaces after the word ("Se&shy;rie 4" -> "Serie      4", "Bi\u00adld 44" -> "Bild
44" with the pad after "Bild"), so the word starts where it did and every later offset is kept. An invisible joiner
next to no letter becomes a space ("Serie&#xAD;7" -> "Serie       7").
Mend of round 29 (refs-mend29): only the soft hyphen (and a reference to a letter) joins a word; a zero-width space,
non-joiner, joiner, word joiner or BOM stands between words and is written as a space ("Leberzyste\u200bSerie 4"
reads "Leberzyste Serie 4"). `word_end` gives a joined word's end in the text as given, so that a snippet ends after
the whole word ("Leber&shy;zyste", not "Leber&shy;").
"""

from __future__ import annotations

import html
import re

__all__ = ["html_plain", "word_end"]

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LINE_TAGS = r"br|p|div|li|ul|ol|tr|table|h[1-6]|hr"
_INLINE_TAGS = r"b|i|u|em|strong|span|font|sub|sup|td|th|tbody|thead|a"
# A tag with attributes only of the name="value" shape ("<span class='x'>", "<br/>"): "a <b c> d" stays text.
_ATTRIBUTE = r"\s+[\w:-]+\s*=\s*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'|[^\s<>\"']+)"
_TAG = re.compile(r"<(/?)(" + _LINE_TAGS + "|" + _INLINE_TAGS + r")(?:" + _ATTRIBUTE + r")*\s*/?>", re.IGNORECASE)
_LINE = re.compile(r"(?:" + _LINE_TAGS + r")", re.IGNORECASE)
# The zero-width characters (space, non-joiner, joiner, word joiner, BOM): see `_JOINER` below.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# Characters written as another: spaces of any width as a space, list bullets as the bullet the grammar knows.
_AS = {
    "\xa0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u202f": " ",
    **dict.fromkeys(_ZERO_WIDTH, " "),  # mend of round 29: the zero-width characters stand between words
    "\u25cf": "•",
    "\u25aa": "•",
    "\u2219": "•",
}

_HYPHENS = "\u2010\u2011\u2012\u2212\ufe63\uff0d"
# refs-fix29: the soft hyphen is no break in a word; a run of letters with a soft hyphen or a character reference in it
# is one word. Mend of round 29: the zero-width characters (space, non-joiner, joiner, word joiner, BOM; raw or as a
# reference) stand BETWEEN words where pasted RIS text carries them ("Leberzyste\u200bSerie 4", "Cyst&#x2060;Se 5"):
# each is written as a space, as before round 29; only the soft hyphen joins.
_JOINER = "\xad"
_AS_PLAIN = str.maketrans({**dict.fromkeys(_HYPHENS, "-"), **dict.fromkeys(_ZERO_WIDTH, " ")})
_LETTERS = r"[^\W\d_]*"
_RUN = re.compile(_LETTERS + r"(?:(?:" + _ENTITY.pattern + r"|" + _JOINER + r")" + _LETTERS + r")+")
_PIECE = re.compile(_ENTITY.pattern + r"|.", re.DOTALL)
_SPECIAL = re.compile(r"[&" + _JOINER + _ZERO_WIDTH + _HYPHENS + r"]")


def _entity(m: re.Match[str]) -> str:
    char = html.unescape(m.group())
    if len(char) != 1 or char == m.group():  # an unknown name ("&foo;") stays as written
        return m.group()
    return _AS.get(char, char).ljust(len(m.group()))


def _char(piece: str) -> str:
    """A piece of a `_RUN` (a character or a character reference) as the text it stands for."""
    return html.unescape(piece) if len(piece) > 1 else piece


def _run(m: re.Match[str]) -> str:
    """One run of letters, character references and soft hyphens (`_RUN`): letters and references to letters
    written together as one word, the characters saved padded after it; any other reference as `_entity` writes it,
    in its place."""
    out: list[str] = []
    word: list[str] = []
    pad = 0
    for piece in _PIECE.finditer(m.group()):
        tok = piece.group()
        char = _char(tok)
        if char == _JOINER:
            pad += len(tok)
        elif len(char) == 1 and char.isalpha():
            word.append(char)
            pad += len(tok) - 1
        else:  # a space, a sign or an unknown name ("&foo;"): the word so far ends before it
            out.append("".join(word) + " " * pad)
            word, pad = [], 0
            out.append(_entity(piece) if len(tok) > 1 else tok)
    out.append("".join(word) + " " * pad)
    return "".join(out)


def _tag(m: re.Match[str]) -> str:
    return ("\n" if _LINE.fullmatch(m.group(2)) else " ").ljust(len(m.group()))


def html_plain(text: str) -> str:
    """`text` with its character references and HTML tags read as plain text, same length (see the module)."""
    out = text
    special = _SPECIAL.search(out) is not None
    if special:
        out = _RUN.sub(_run, out)
    if "<" in out:
        out = _TAG.sub(_tag, out)
    if special:
        out = out.translate(_AS_PLAIN)
    return out if out != text else text


def _joined(piece: str) -> bool:
    """Whether a piece of a `_RUN` (a character or a reference) is written into its word: a letter or a soft hyphen."""
    char = _char(piece)
    return len(char) == 1 and (char.isalpha() or char == _JOINER)


def word_end(text: str, end: int) -> int:
    """Mend of round 29: `end` (a word's end in `html_plain(text)`) moved to the end of the word in `text` where that
    word was joined from letters, soft hyphens and references: "Leber&shy;zyste" reads as "Leberzyste" padded, and a
    snippet that ends after it ends after "zyste", not inside the word ("Leber&shy;") or a reference ("L&auml").
    `end` itself where the word holds no soft hyphen or reference."""
    lo, hi = max(0, end - 200), min(len(text), end + 200)
    if text.find("&", lo, hi) < 0 and text.find(_JOINER, lo, hi) < 0:
        return end  # (the common case, spoken numbers or pre-op labels rewritten: no word was joined)
    for m in _RUN.finditer(text, lo, hi):
        if m.end() <= end:
            continue
        if m.start() >= end:
            break
        at, word_start, joined = m.start(), m.start(), False
        for piece in _PIECE.finditer(m.group()):
            tok = piece.group()
            if not _joined(tok):
                if word_start < end < at and joined:
                    return at
                word_start, joined = at + len(tok), False
            elif len(tok) > 1 or tok == _JOINER:
                joined = True
            at += len(tok)
        return at if word_start < end < at and joined else end
    return end
