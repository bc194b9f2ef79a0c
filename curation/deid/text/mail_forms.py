"""E-mail addresses written so that a harvester does not read them (round 24a): the "@" spelled or bracketed.

- A bracketed "at": "name(at)host.de", "name [at] host.at", "name{at}host.ch", "name (AT) host.com"; the domain
  after it is written with dots (or a bracketed "dot": "host[dot]de").
- A spelled "at" and "dot": "name AT host DOT com", "j.doe at nhs dot net": the domain's last part must be a top-level
  domain, so that prose ("seen at home", "lesion at the dome") is never read.

The rule runs only where its needles occur ("(at)", "[at]", "{at}" or " dot ", case-folded).
"""

from __future__ import annotations

import re

from curation.deid.text.common import Gated, Hit, gated_hits

_LOCAL = r"[\w+-]+(?:\.[\w+-]+)*"
_BRACKETED_AT = r"[ \t]?[(\[{][ \t]?(?i:at)[ \t]?[)\]}][ \t]?"
_BRACKETED_DOT = r"(?:\.|[ \t]?[(\[{][ \t]?(?i:dot)[ \t]?[)\]}][ \t]?)"
_BRACKETED = re.compile(rf"(?<![\w.+-])(?P<v>{_LOCAL}{_BRACKETED_AT}[\w-]+(?:{_BRACKETED_DOT}[\w-]+)+)(?<!\.)")
# Top-level domains a spelled address ends with (the common generic ones and the countries of the corpora).
_TLD = r"(?i:com|net|org|edu|gov|info|eu|de|at|ch|uk|fr|it|nl|be|li|lu|ie|us|ca|au)"
_SPELLED = re.compile(
    rf"(?<![\w.+-])(?P<v>{_LOCAL}[ \t]+(?:at|AT|At)[ \t]+[\w-]+(?:[ \t]+(?:dot|DOT|Dot)[ \t]+[\w-]+)*"
    rf"[ \t]+(?:dot|DOT|Dot)[ \t]+{_TLD})(?![\w-])"
)
_RULES = (Gated(_BRACKETED, ("(at)", "[at]", "{at}", "( at )", "[ at ]"), True), Gated(_SPELLED, (" dot ",), True))


def obfuscated_email_hits(text: str, lowered: str) -> list[Hit]:
    """EMAIL hits of the addresses with a bracketed or spelled "at" in `text` (`lowered`: its lower-cased form)."""
    return [h for rule in _RULES for h in gated_hits(rule, text, lowered, "EMAIL")]
