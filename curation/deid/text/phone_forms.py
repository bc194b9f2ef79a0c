"""Phone numbers in forms the older phone rules do not read (round 21b).

- **Swiss and Austrian internal numbers** after "intern" / "int." / "Sucher" / "Piepser" / "Pager" / "bip":
  a short in-house number in spaced groups ("intern 4 58 12", "Sucher 3 71 48"), whole.
- **Telephone URIs in prose** ("tel:+43.662.123456", "fax:+41-44-255-1111"): the number after the scheme.
- **A North American number in brackets** written with hyphens or dots ("(720-555-0133)"): three, three and four
  digits, brackets included.
"""

from __future__ import annotations

import re

from curation.deid.text.common import Hit

__all__ = ["phone_form_hits"]

_INTERNAL = re.compile(
    r"(?<![\w-])(?i:intern|int\.|sucher|piepser|pager|bip|bipper)[ \t]*:?[ \t]*"
    r"(?P<v>\d[ \t]\d{2}[ \t]\d{2}|\d{2}[ \t]\d{2}[ \t]\d{2})(?![\w]|[.,]\d|[ \t]?(?:mm|cm|%))"
)
_URI = re.compile(r"(?<![\w])(?:tel|fax|sms):(?P<v>\+?\d[\d.() -]{5,}\d)(?![\d])")
_BRACKETED = re.compile(r"(?<![\w(])(?P<v>\(\d{3}[-.]\d{3}[-.]\d{4}\))")


def phone_form_hits(text: str, lowered: str) -> list[Hit]:
    """Internal numbers, telephone URIs and bracketed North American numbers in `text` (`lowered`: its lower-cased
    form)."""
    out: list[Hit] = []
    if any(n in lowered for n in ("intern", "int.", "sucher", "piepser", "pager", "bip")):
        out.extend(Hit(m.start("v"), m.end("v"), "PHONE", "rule") for m in _INTERNAL.finditer(text))
    if "tel:" in text or "fax:" in text or "sms:" in text:
        out.extend(Hit(m.start("v"), m.end("v"), "PHONE", "rule") for m in _URI.finditer(text))
    if "(" in text:
        out.extend(Hit(m.start("v"), m.end("v"), "PHONE", "rule") for m in _BRACKETED.finditer(text))
    return out
