"""How a child was born, not where (mend of round 22): the presentation, the delivery, the anaesthesia and the
term of a birth, in the words a paediatric report writes after a birthplace cue ("Geboren in Beckenendlage,
Sectio", "Geboren in Vollnarkose", "Née à terme", "Nata a domicilio"). A listed town always wins over this test
(callers check towns first).
"""

from __future__ import annotations

from curation.deid.text.common import words

__all__ = ["is_birth_circumstance"]

# German compounds by their heads: Beckenend-/Steiß-/Schädel-/Querlage, Haus-/Wasser-/Spontangeburt,
# Vollnarkose, Spontanpartus, Spinal-/Periduralanästhesie, Kaiserschnitt, Vakuumextraktion (the presentations by
# their whole first part: "-lage" alone ends "Village" and "Braunlage").
_ENDINGS = (
    "endlage",
    "steißlage",
    "steisslage",
    "schädellage",
    "querlage",
    "schräglage",
    "fußlage",
    "fusslage",
    "kopflage",
    "stirnlage",
    "gesichtslage",
    "geburt",
    "narkose",
    "partus",
    "entbindung",
    "anästhesie",
    "anaesthesie",
    "schnitt",
    "extraktion",
)
# Whole words, lower case: the term, the place of a home birth, the delivery.
_WORDS = words("""
terme termine domicile domicilio casa hause sectio siège podice anesthésie anestesia césarienne cesareo
""")


def is_birth_circumstance(word: str) -> bool:
    """Whether `word` (any case) names how a child was born ("Beckenendlage", "Terme", "Domicilio")."""
    low = word.lower()
    return low in _WORDS or low.endswith(_ENDINGS)
