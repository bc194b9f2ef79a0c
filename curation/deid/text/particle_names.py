"""Name particles at the edges of PERSON hits (fix round 23a): the words that join the parts of a name of Arabic,
Portuguese, Spanish, Italian or Dutch origin and that no name list holds.

The title and cue rules find the listed parts of such a name and leave the particle, so the name is half scrubbed
("Fatima <bint> Abdullah Al-Qahtani", "Maria <da> Conceição Pereira", "<Dos> Santos Ferreira, João Pedro",
"Mustafa <bin Rashid Al-Balushi>"). Three shapes, each decided by the PERSON hits already found:

- **Between two hits**: a lower-case particle (names.is_particle: "bin", "bint", "ibn", "da", "dos", "de", "della",
  "van der", "de la", ...) alone between the end of one PERSON hit and the start of the next joins them into one
  name.
- **An Arabic chain after a hit**: "bin" / "bint" / "binti" / "ibn" and the father's listed given name, then more
  listed given names or an "Al-" / "El-" family name ("Khalid bin Saeed Al-Mazrouei"); a German "bin" before a
  noun or a pronoun stays ("Herr Huber bin Ihnen dankbar": "Ihnen" is no given name).
- **A capitalised particle before a hit** that opens a line or a field (after a dash, colon, pipe or bracket): "Dos
  Santos Ferreira", "Da Silva", "Van der Berg"; a German sentence opening with "Das" / "Da" before a name stays
  ("Da Müller im Urlaub ist": not at a field's start).
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.names import NAME, NOT_NAME_WORDS, is_particle

__all__ = ["particle_name_hits"]

# A particle alone between two hits: one to three lower-case words that names.is_particle reads ("da", "van der").
_BETWEEN = re.compile(r"[ \t]+(?P<p>[a-z]+(?:[ \t][a-z]+){0,2})[ \t]+")
_FAMILY = rf"(?:[AaEe]l-[{UP}][{LO}]+)"
_CHAIN = re.compile(rf"[ \t]+(?:bin|bint|binti|ibn)[ \t]+(?P<f>{NAME})(?P<rest>(?:[ \t]+(?:{_FAMILY}|{NAME})){{0,2}})")
_FAMILY_WORD = re.compile(_FAMILY)
_CHAIN_WORD = re.compile(r"\S+")
_CAP_PARTICLE = re.compile(
    r"(?:^|(?<=[–—|:(\[])|(?<=[–—|:(\[][ \t])|(?<= - ))[ \t]*"
    r"(?P<p>(?:Van|Von)[ \t](?:der|den)|De[ \t]la|Dos|Das|Da|De|Di|Del|Della|Van|Von|Du)[ \t]+\Z",
    re.M,
)


def _name_word(word: str) -> bool:
    return word.lower() not in NOT_NAME_WORDS


def particle_name_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """PERSON hits that take the particles at the edges of the PERSON hits in `hits` (module docstring)."""
    persons = [h for h in hits if h.label == "PERSON"]
    if not persons:
        return []
    starts = {h.start: h for h in persons}
    out: list[Hit] = []
    for h in persons:
        if (
            (m := _BETWEEN.match(text, h.end)) is not None
            and (nxt := starts.get(m.end())) is not None
            and (is_particle(m.group("p")) or all(is_particle(w) for w in m.group("p").split()))
        ):
            out.append(Hit(h.start, nxt.end, "PERSON", h.source))
        if (c := _CHAIN.match(text, h.end)) is not None and is_any_given_name(c.group("f")):
            end = c.end("f")
            for w in _CHAIN_WORD.finditer(c.group("rest")):
                word = w.group()
                if not (_FAMILY_WORD.fullmatch(word) or (is_any_given_name(word) and _name_word(word))):
                    break
                end = c.start("rest") + w.end()
            out.append(Hit(h.start, end, "PERSON", h.source))
        if (
            h.start
            and text[h.start].isupper()
            and (p := _CAP_PARTICLE.search(text, max(0, h.start - 14), h.start)) is not None
        ):
            out.append(Hit(p.start("p"), h.end, "PERSON", h.source))
    return out
