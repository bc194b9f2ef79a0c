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
"""

from __future__ import annotations

import html
import re

__all__ = ["html_plain"]

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LINE_TAGS = r"br|p|div|li|ul|ol|tr|table|h[1-6]|hr"
_INLINE_TAGS = r"b|i|u|em|strong|span|font|sub|sup|td|th|tbody|thead|a"
# A tag with attributes only of the name="value" shape ("<span class='x'>", "<br/>"): "a <b c> d" stays text.
_ATTRIBUTE = r"\s+[\w:-]+\s*=\s*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'|[^\s<>\"']+)"
_TAG = re.compile(r"<(/?)(" + _LINE_TAGS + "|" + _INLINE_TAGS + r")(?:" + _ATTRIBUTE + r")*\s*/?>", re.IGNORECASE)
_LINE = re.compile(r"(?:" + _LINE_TAGS + r")", re.IGNORECASE)
# Characters written as another: spaces of any width as a space, list bullets as the bullet the grammar knows.
_AS = {
    "\xa0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u200b": " ",
    "\u25cf": "•",
    "\u25aa": "•",
    "\u2219": "•",
}

_HYPHENS = "\u2010\u2011\u2012\u2212\ufe63\uff0d"
_AS_HYPHEN = str.maketrans(dict.fromkeys(_HYPHENS, "-"))


def _entity(m: re.Match[str]) -> str:
    char = html.unescape(m.group())
    if len(char) != 1 or char == m.group():  # an unknown name ("&foo;") stays as written
        return m.group()
    return _AS.get(char, char).ljust(len(m.group()))


def _tag(m: re.Match[str]) -> str:
    return ("\n" if _LINE.fullmatch(m.group(2)) else " ").ljust(len(m.group()))


def html_plain(text: str) -> str:
    """`text` with its character references and HTML tags read as plain text, same length (see the module)."""
    out = text
    if "&" in out:
        out = _ENTITY.sub(_entity, out)
    if "<" in out:
        out = _TAG.sub(_tag, out)
    if any(c in out for c in _HYPHENS):
        out = out.translate(_AS_HYPHEN)
    return out if out != text else text
