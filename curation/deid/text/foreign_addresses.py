"""Street lines and postcodes of countries outside DACH / UK / US (round 15c): a teleradiologist's signature or
letterhead abroad, a tourist's home address.

- Polish: "ul. Długa 14, 80-827 Gdańsk", "al. Jerozolimskie 65/79" (ul. / al. / os. / pl. and a number), and a
  NN-NNN postcode before a listed town ("80-827 Gdańsk").
- Spanish and Catalan: "Calle de Alcalá 120", "C/ Mayor 5", "Avda. de la Constitución 12", "Carrer de Balmes
  44", "Paseo del Prado 8", with a five-digit postcode and town after it.
- Dutch: "Keizersgracht 123", "Stationsplein 4" (the street kinds as compound endings), and a NNNN AA postcode
  before a town ("1012 AB Amsterdam").
- Australian: town, state code and four-digit postcode ("Subiaco WA 6008", "Parramatta, NSW 2150").

A foreign town alone needs a cue (transfer_towns.py); these shapes carry their own: a street kind and a house
number, or a national postcode shape before a listed town.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit, NeedleGate, literal_starts
from curation.deid.text.transfer_towns import known_town_end

__all__ = ["foreign_address_hits"]

_NAME = rf"[{UP}][\w{LO}.'-]*(?:[ \t](?:de|del|la|de la|dels|i)?[ \t]?[{UP}][\w{LO}'-]*){{0,3}}"
_STREETS = re.compile(
    rf"(?<![\w])(?P<v>(?:(?:ul|al|os|pl)\.[ \t]?{_NAME}[ \t]\d{{1,4}}[a-zA-Z]?(?:/\d{{1,4}})?|"
    rf"(?:Calle|C/|Avda\.|Avenida|Carrer|Plaza|Plaça|Paseo|Passeig|Camino|Travesía|Ronda|Rúa|Rua)[ \t]?"
    rf"(?:(?:de|del|dels|d')[ \t]?(?:la[ \t]|los[ \t]|las[ \t]|l')?)?{_NAME},?[ \t](?:n[º°.][ \t]?)?\d{{1,4}}|"
    rf"[{UP}][{LO}]+(?:straat|laan|gracht|plein|kade|singel|dijk|steeg)[ \t]\d{{1,4}}[a-zA-Z]?)"
    rf"(?:,?[ \t]+(?:\d\d-\d{{3}}|\d{{5}}|\d{{4}}[ \t]?[A-Z]{{2}})[ \t]+[{UP}][\w{LO}-]+)?)(?![\w])")
_POSTCODES = re.compile(r"(?P<v>\d(?<![\w.,/-]\d)(?:\d-\d{3}|\d{3}[ \t]?[A-Z]{2}))[ \t]+(?=[A-ZÀ-Ý])")
_AU_STATE = re.compile(rf"(?P<v>[{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+)?,?[ \t](?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]"
                       r"\d{4})(?![\w])")
_NEEDLES = ("ul.", "al.", "os.", "pl.", "calle", "c/", "avda", "avenida", "carrer", "plaza", "plaça", "paseo",
            "passeig",
            "camino", "travesía", "ronda", "rúa", "rua", "straat", "laan", "gracht", "plein", "kade", "singel", "dijk",
            "steeg")
# Scanned from their literal starts (common.literal_starts), not tried at every position.
_STREETS = literal_starts(_STREETS)
_POSTCODES = literal_starts(_POSTCODES)
_AU_STATE = literal_starts(_AU_STATE)
_AU_STATE_GATE = NeedleGate((" NSW ", " VIC ", " QLD ", " WA ", " SA ", " TAS ", " ACT ", " NT "))  # round 18 of speed
_GATE = NeedleGate(_NEEDLES, lower=True)  # read from the shared needle pass


def foreign_address_hits(text: str, lowered: str) -> list[Hit]:
    """ADDRESS hits of foreign street lines and postcodes in `text` (`lowered`: its lower-cased copy)."""
    hits: list[Hit] = []
    if _GATE.search(lowered):
        hits.extend(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule") for m in _STREETS.finditer(text))
    for m in _POSTCODES.finditer(text):
        if (end := known_town_end(text, m.end())) is not None:
            hits.append(Hit(m.start("v"), end, "ADDRESS", "rule"))
    if _AU_STATE_GATE.search(text):
        hits.extend(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule") for m in _AU_STATE.finditer(text))
    return hits
