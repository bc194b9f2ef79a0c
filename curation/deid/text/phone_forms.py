"""Phone numbers in forms the older phone rules do not read (round 21b).

- **Swiss and Austrian internal numbers** after "intern" / "int." / "Sucher" / "Piepser" / "Pager" / "bip":
  a short in-house number in spaced groups ("intern 4 58 12", "Sucher 3 71 48"), whole.
- **Telephone URIs in prose** ("tel:+43.662.123456", "fax:+41-44-255-1111"): the number after the scheme.
- **A North American number in brackets** written with hyphens or dots ("(720-555-0133)"): three, three and four
  digits, brackets included; area code and exchange start with 2-9, and no unit follows ("(120-150-1500) mg").

A capitalised "Intern" without a colon is the junior doctor ("Intern 2 12 15 Rotation"), and a unit or a counted
noun after the groups makes them a measure ("intern 3 12 24 Monate"; mend of 21b).
"""

from __future__ import annotations

import re

from curation.deid.text.common import COUNTED_AFTER, Hit, NeedleGate, literal_starts

__all__ = ["phone_form_hits"]

# "Intern" capitalised without a colon is the junior doctor ("Intern 2 12 15 Rotation"): the in-house number's
# label is lower-case "intern", "Intern:" or another label word; a unit or counted noun after the groups makes them a
# measure ("intern 3 12 24 Monate").
_INTERNAL = re.compile(
    r"(?<![\w-])(?:intern|INTERN|Intern(?=[ \t]*:)|(?i:int\.|sucher|piepser|pager|bip|bipper))[ \t]*:?[ \t]*"
    rf"(?P<v>\d[ \t]\d{{2}}[ \t]\d{{2}}|\d{{2}}[ \t]\d{{2}}[ \t]\d{{2}})(?![\w]|[.,]\d|{COUNTED_AFTER})"
)
_URI = re.compile(r"(?<![\w])(?:tel|fax|sms):(?P<v>\+?\d[\d.() -]{5,}\d)(?![\d])")
# North American numbering: area code and exchange start with 2-9 ("(120-150-1500) mg" is a dose list).
_BRACKETED = re.compile(rf"(?<![\w(])(?P<v>\([2-9]\d\d[-.][2-9]\d\d[-.]\d{{4}}\))(?!{COUNTED_AFTER})")
_INTERNAL_GATE = NeedleGate(("intern", "int.", "sucher", "piepser", "pager", "bip"), lower=True)  # the shared pass
_BRACKETED = literal_starts(_BRACKETED)  # its "(" first: `re` skips to the brackets (round 19 of speed)


def phone_form_hits(text: str, lowered: str) -> list[Hit]:
    """Internal numbers, telephone URIs and bracketed North American numbers in `text` (`lowered`: its lower-cased
    form)."""
    out: list[Hit] = []
    if _INTERNAL_GATE.search(lowered):
        out.extend(Hit(m.start("v"), m.end("v"), "PHONE", "rule") for m in _INTERNAL.finditer(text))
    if "tel:" in text or "fax:" in text or "sms:" in text:
        out.extend(Hit(m.start("v"), m.end("v"), "PHONE", "rule") for m in _URI.finditer(text))
    if "(" in text:
        out.extend(Hit(m.start("v"), m.end("v"), "PHONE", "rule") for m in _BRACKETED.finditer(text))
    return out
