"""E-mail addresses written so that a harvester does not read them (round 24a): the "@" spelled or bracketed.

- A bracketed "at": "name(at)host.de", "name [at] host.at", "name{at}host.ch", "name (AT) host.com"; the domain
  after it is written with dots (or a bracketed "dot": "host[dot]de"). Every part of the domain holds a letter and
  the last is a top-level domain of letters, so that a measurement ("MRT (at) 1.5 T", "Wert [at] 2.5 cm") is never
  read (mend of round 24a).
- A spelled "at" and "dot": "name AT host DOT com", "j.doe at nhs dot net": the domain's last part must be a top-level
  domain, so that prose ("seen at home", "lesion at the dome") is never read. As "at", "de", "us" and "it" are prose
  words too ("lesion at liver dot de novo", "at home DOT at day 14": directly observed therapy), the part before
  "at" must look like a mailbox (a ".", "_" or digit in it, or a listed given name or surname: "j.doe",
  "jsmith2", "whitcombe"; a "-" alone is no mark, "Follow-up at clinic dot us") or the line must name a mail before
  it ("E-Mail", "mail", "Kontakt", "contact") or the address stand in angle brackets ("<areeves AT ... DOT com>");
  mend of round 24a.

The rule runs only where its needles occur ("(at)", "[at]", "{at}" or " dot ", case-folded).
"""

from __future__ import annotations

import re

from curation.deid.text.common import Gated, Hit, gated_hits
from curation.deid.text.given_names import is_given_name
from curation.deid.text.surnames import is_surname

_LOCAL = r"[\w+-]+(?:\.[\w+-]+)*"
_BRACKETED_AT = r"[ \t]?[(\[{][ \t]?(?i:at)[ \t]?[)\]}][ \t]?"
_BRACKETED_DOT = r"(?:\.|[ \t]?[(\[{][ \t]?(?i:dot)[ \t]?[)\]}][ \t]?)"
# A domain part holds a letter ("kages", "lkh-leoben"); the last one is a top-level domain of letters.
_DOMAIN_PART = r"(?=[\w-]*[^\W\d_])[\w-]+"
_BRACKETED = re.compile(
    rf"(?<![\w.+-])(?P<v>{_LOCAL}{_BRACKETED_AT}(?:{_DOMAIN_PART}{_BRACKETED_DOT})+[A-Za-z]{{2,6}})(?![\w-])"
)
# Top-level domains a spelled address ends with (the common generic ones and the countries of the corpora).
_TLD = r"(?i:com|net|org|edu|gov|info|eu|de|at|ch|uk|fr|it|nl|be|li|lu|ie|us|ca|au)"
_SPELLED = re.compile(
    rf"(?<![\w.+-])(?P<v>(?P<local>{_LOCAL})[ \t]+(?:at|AT|At)[ \t]+[\w-]+(?:[ \t]+(?:dot|DOT|Dot)[ \t]+[\w-]+)*"
    rf"[ \t]+(?:dot|DOT|Dot)[ \t]+{_TLD})(?![\w-])"
)
_BRACKETED_RULE = Gated(_BRACKETED, ("(at)", "[at]", "{at}", "( at )", "[ at ]"), True)
_SPELLED_RULE = Gated(_SPELLED, (" dot ",), True)
# A "-" is no mark: "Follow-up at clinic dot us" is prose; a hyphenated name ("anna-maria") is a listed name.
_MAILBOX_MARK = re.compile(r"[._\d]")
_MAIL_CUE = re.compile(r"(?i)mail|kontakt|contact")


def _mailbox(local: str) -> bool:
    """A spelled address's part before "at" looks like a mailbox: a mark in it or a listed name."""
    if _MAILBOX_MARK.search(local):
        return True
    word = local.capitalize()
    return is_given_name(word) or is_surname(word)


def _mail_line(text: str, start: int) -> bool:
    """The address at `start` stands in angle brackets as a mail header writes it ("<areeves AT ...>"), or its line
    names a mail before it ("E-Mail:", "contact", "Kontakt")."""
    if start and text[start - 1] == "<":
        return True
    return _MAIL_CUE.search(text, text.rfind("\n", 0, start) + 1, start) is not None


def obfuscated_email_hits(text: str, lowered: str) -> list[Hit]:
    """EMAIL hits of the addresses with a bracketed or spelled "at" in `text` (`lowered`: its lower-cased form)."""
    hits = gated_hits(_BRACKETED_RULE, text, lowered, "EMAIL")
    for m in _SPELLED_RULE.finditer(text, lowered):
        if _mailbox(m.group("local")) or _mail_line(text, m.start("v")):
            hits.append(Hit(m.start("v"), m.end("v"), "EMAIL", "rule"))
    return hits
