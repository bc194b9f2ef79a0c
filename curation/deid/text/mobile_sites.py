"""Where a mobile unit stood (round 15c): "Mobile CT unit at Tesco car park, Keswick", "Mobile MRT-Einheit,
Standort Parkplatz Festhalle, Bühl", "Mammobil Standort Marktplatz Wels", "screening van at Market Square, Alnwick".

A mobile scanner's location is a place the patient went to on that day: after the unit and a locator ("at",
"Standort", "location", "auf dem", "beim", "sur le", "presso") the site runs to the end of its clause or to the
next comma; a listed town after that comma belongs to it (towns.txt and world_towns.txt, as transfer_towns).
The site opens with a capitalised word ("at the usual site", "in ICU" stay) that is no clinical or ward word
("Standort Station 4", "am Bett" stay).
"""

from __future__ import annotations

import re

from curation.deid.text.common import Hit, literal_starts
from curation.deid.text.transfer_towns import known_town_end

__all__ = ["mobile_site_hits"]

_UNIT = re.compile(
    r"(?i:mobile[sr]?[ \t](?:[\w-]+[ \t])?(?:unit|scanner|van|truck|trailer|einheit|gerät|station)|"
    r"mobile[sr]?[ \t](?:MRT|MRI|CT|PET-CT|PET)(?:-Einheit)?|mammobil|mammo-?mobil|screening[ -]?(?:bus|truck|van|"
    r"mobil)|unité[ \t]mobile|unità[ \t]mobile|camion[ \t]\w+)"
    r"[^\n;.]{0,24}?(?:[ \t,]+(?:at|in|Standort:?|[Ss]tandort:?|[Ll]ocation:?|[Ss]ite:?|auf[ \t]dem|am|beim|"
    r"parked[ \t]at|sur[ \t]le|presso|@))[ \t]+"
    r"(?P<v>[A-ZÄÖÜ][a-zäöüß][^\n;,()]{1,50}?)(?=[ \t]*(?:[;,\n()]|\.(?:\s|$)|$))")
_CLINICAL_START = re.compile(r"(?:Mammo\w*|Röntgen\w*|Sono\w*|Thorax|Abdomen|Station|Ward|Room|Zimmer|Bett|Intensiv\w*|"
                             r"Notaufnahme|Theatre|Resus|Recovery|Aufwachraum|Schockraum)\b")
_NEXT_TOWN = re.compile(r",[ \t]+(?=[A-ZÄÖÜ])")
# Scanned from their literal starts (common.literal_starts), not tried at every position.
_UNIT = literal_starts(_UNIT)


def mobile_site_hits(text: str, lowered: str) -> list[Hit]:
    """ADDRESS hits of mobile units' locations in `text` (`lowered`: its lower-cased copy)."""
    if "mobil" not in lowered and "screening" not in lowered and "camion" not in lowered:
        return []
    hits: list[Hit] = []
    for m in _UNIT.finditer(text):
        if _CLINICAL_START.match(m["v"]):
            continue
        end = m.end("v")
        if (c := _NEXT_TOWN.match(text, end)) is not None and (town := known_town_end(text, c.end())) is not None:
            end = town
        hits.append(Hit(m.start("v"), end, "ADDRESS", "rule"))
    return hits
