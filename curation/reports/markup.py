"""Report text as a reader sees it: RTF and HTML cells decoded to plain text before anything reads them.

German RIS systems export report text as RTF (`M\\'fcller`, `\\u252?`), web RIS as HTML (`M&uuml;ller`).
The scrubber, the language detector, the sentence splitter and the reference miner all work on plain
text, so every cell is normalised first, one cell at a time (one table may mix plain, RTF and HTML cells):

- RTF (the cell starts with `{\\rtf`): striprtf, with `\\'xx` escapes decoded in the code page the document
  declares (`\\ansicpgN`; a font's own `\\fcharsetN` wins where it names one, `\\fcharset0` means the
  declared page), `\\uN` escapes as Unicode, destinations (font/colour tables, `\\info`, `\\*` groups) dropped.
- HTML (a known tag such as `<p>`, `<br>`, `<div>`, `<td>`, `<html>`): tags dropped, `script` / `style` /
  comments dropped with their content, block tags and `<br>` become line breaks, table cells a tab,
  inline tags (`<span>`, `<b>`) join their text, entities decoded.
- Plain text: `&ouml;`-style entities (with the `;`) are decoded, the rest is left as it is.

No-break spaces become spaces, CR and CRLF line ends LF, a typographic apostrophe inside a word an ASCII
one, everywhere.
`unescape_fragments` decodes escapes found anywhere in a string (for the PHI scan, which must see a
name however it is spelled in an output cell).
"""

from __future__ import annotations

import codecs
import html
import re
from html.parser import HTMLParser
from typing import Literal

from striprtf.striprtf import rtf_to_text

Markup = Literal["rtf", "html", "text"]

_RTF_START = re.compile(r"\s*\{\\rtf", re.IGNORECASE)
_TAGS = (r"(?:html|head|body|p|div|br|span|table|tr|td|th|tbody|thead|b|i|u|em|strong|font|h[1-6]|ul|ol|li|pre|"
         r"hr|title|style|script|meta|a|sub|sup|center|blockquote)")
# A closing tag, a bare tag (<p>, <br/>) or one with a quoted attribute: "a<b und c>d" is no markup.
_HTML_TAG = re.compile(rf"<(?:!doctype\s+html|!--|/{_TAGS}\s*>|{_TAGS}\s*/?>|{_TAGS}\s[^<>]*=\s*[\"'][^<>]*>)",
                       re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ANSICPG = re.compile(r"\\ansicpg(\d{3,5})")
_FCHARSET0 = re.compile(r"\\fcharset0(?!\d)")
_RTF_HEX = re.compile(r"\\'([0-9a-fA-F]{2})")
_RTF_UNICODE = re.compile(r"\\u(-?\d{1,6})\s?\??")

# A typographic apostrophe inside a word (Word's autocorrect, RTF \\rquote) is the ASCII one the header
# spells: O’Brien is O'Brien.
_APOSTROPHE = re.compile(r"(?<=\w)[\u2019\u2018\u02bc](?=\w)")

_BLOCK = frozenset({"p", "div", "br", "tr", "table", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                    "pre", "hr", "title", "blockquote", "center", "body", "html", "head", "thead", "tbody"})
_CELL = frozenset({"td", "th"})
_DROP = frozenset({"script", "style"})


def detect_markup(text: str) -> Markup:
    """Which decoder a report cell needs (decided per cell)."""
    if _RTF_START.match(text):
        return "rtf"
    if "<" in text and _HTML_TAG.search(text):
        return "html"
    return "text"


def _rtf_code_page(text: str) -> str:
    match = _ANSICPG.search(text[:4096])
    if match:
        name = f"cp{match.group(1)}"
        try:
            codecs.lookup(name)
            return name
        except LookupError:
            pass
    return "cp1252"


def rtf_to_plain(text: str) -> str:
    """Plain text of an RTF document, `\\'xx` escapes in its declared code page."""
    code_page = _rtf_code_page(text)
    # striprtf maps \fcharset0 to cp1252 whatever the document declares; charset 1 (DEFAULT) makes it
    # fall back to the code page given here, which is what \fcharset0 (ANSI) means.
    return rtf_to_text(_FCHARSET0.sub(r"\\fcharset1", text), encoding=code_page, errors="replace")


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP:
            self._dropping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP:
            self._dropping = max(0, self._dropping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")
        elif tag in _CELL:
            self.parts.append("\t")

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            # HTML collapses runs of white space; line breaks come from the tags.
            self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))


_ANY_TAG = re.compile(r"<[^<>]*>")
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|tr|li|h[1-6]|table|hr|pre|blockquote)\b", re.IGNORECASE)


def html_to_plain(text: str) -> str:
    """Plain text of an HTML fragment or page: tags dropped, entities decoded, blocks on their own lines."""
    parser = _HtmlText()
    try:
        parser.feed(text)
        parser.close()
        flat = "".join(parser.parts)
    except (AssertionError, ValueError):
        # html.parser gives up on some malformed declarations ("<![" without a name): drop every tag with a
        # regex instead, so one broken cell neither stops the export nor keeps its markup
        flat = html.unescape(_ANY_TAG.sub(lambda m: "\n" if _BLOCK_TAG.match(m.group(0)) else "", text))
    lines = (re.sub(r" *\t *", "\t", line).strip(" \t") for line in flat.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _entities(text: str) -> str:
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text) if "&" in text else text


def _apostrophes(text: str) -> str:
    return _APOSTROPHE.sub("'", text) if any(c in text for c in "\u2019\u2018\u02bc") else text


def normalise_report_text(text: str) -> str:
    """The plain text of one report cell (RTF, HTML or plain), no-break spaces as spaces."""
    kind = detect_markup(text)
    if kind == "rtf":
        plain = rtf_to_plain(text)
    elif kind == "html":
        plain = html_to_plain(text)
    else:
        plain = _entities(text)
    plain = _apostrophes(plain)
    return plain.replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n").strip()


def _rtf_char(code: int) -> str:
    return chr(code + 0x10000 if code < 0 else code) if -0x8000 <= code < 0x110000 else ""


def unescape_fragments(text: str) -> str:
    """Escapes decoded wherever they stand (`M\\'fcller`, `\\u252?`, `M&uuml;ller`), for the PHI scan:
    a fragment of markup in an output cell must not hide a name. Whole RTF/HTML cells are normalised."""
    if detect_markup(text) != "text":
        text = normalise_report_text(text)
    if "\\" in text:
        text = _RTF_HEX.sub(lambda m: bytes.fromhex(m.group(1)).decode("cp1252", errors="replace"), text)
        text = _RTF_UNICODE.sub(lambda m: _rtf_char(int(m.group(1))), text)
    return _apostrophes(_entities(text))
