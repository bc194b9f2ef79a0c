"""Facility names whose head or tail the facility rules leave out (round 21b): `with_facility_edges` widens and
joins INSTITUTION hits.

- **Two parts joined**: two facility hits with only a blank or a dash between them are one name ("HFR Riaz –
  Hôpital cantonal", "Niagara Health – St. Catharines Site"); never across "und" / "and" ("Ambulatorium X und
  Diagnostikum Y", "Kaiser Permanente and Atrium Health" are two).
- **A second town after "und" / "and"**: "Universitätsklinikum Halle und Dessau" (a town-like word with no
  facility word, not found as a facility itself, and no capitalised word after it: "Klinikum Wels und Dr. Huber",
  "Praxis X und Rehaklinik Y" stay apart); an unlisted word only where its clause ends ("und Sono ambulant",
  "and Lungs clear" are an exam and an organ).
- **Tails**: a legal form after a comma (", PC", ", LLC", ", Inc."; "PA" only at the line end of a US practice
  name, "Radiology Associates, PA": after any other house it is the posteroanterior view, "PA und seitlich"),
  "Site" / "Campus" / "Standort" / "Division", a named site or a cantonal hospital after a dash ("– Juravinski
  Site", "– Hôpital cantonal"), "for" and capitalised words after a house ("Royal Hospital for Sick Children";
  no purpose: "for Further Imaging"), "at" and a named place after an imaging house ("Mount Sinai Imaging at
  Union Square"), "& Clinics", a hyphenated compound the hit stops inside ("Privatklinik Wirth-Diakonissen"), a
  hospital word after a saint's name ("St. Josef Kinderspital"), a town-like word after a centre whose name ends
  in a plural ("Zentrum für Familiäre Darmkrebserkrankungen Freiburg").
- **Heads**: a German regional adjective in -deutsches / -ische before the hit ("Süddeutsches Protonenzentrum
  Ulm", "Westdeutsches ...").
- **A practice named by its doctor**: "Onkologische Praxis Dr. med. K. Weber", "Hausarztpraxis Dr. S. Berger",
  "Ordination Dr. Maier": the whole span (a new hit: the practice, its title and the name).
- **All-caps NHS trusts and health boards**: "ROYAL BROMPTON NHS FOUNDATION TRUST", "GUY'S AND ST THOMAS' NHS
  FOUNDATION TRUST" (new hits); a heading word ends the name read backwards ("CT CHEST WITH CONTRAST", "PRIVATE AND
  CONFIDENTIAL": contact_names.is_heading_word).
"""

from __future__ import annotations

import re

from curation.deid.text.care_nouns import is_care_noun
from curation.deid.text.common import LO, UP, Hit
from curation.deid.text.contact_names import is_heading_word
from curation.deid.text.device_models import SITE_WORD
from curation.deid.text.residence_towns import TOWN, town_like
from curation.deid.text.towns import towns

__all__ = ["facility_edge_hits", "with_facility_edges"]

_JOIN = re.compile(r"[ \t]*(?:[–—-][ \t]*)?")
_CLAUSE_GOES_ON = re.compile(rf"[ \t]+[{LO}]")
_SECOND_TOWN = re.compile(rf"[ \t]+(?:und|and|&)[ \t]+(?P<t>{TOWN})(?![\w-])(?![ \t]+[{UP}])")
_TAILS = re.compile(
    r",?[ \t](?:PC|P\.C\.|LLC|PLLC|LLP|Inc\.|Ltd)(?![\w])|"
    # "PA" is the posteroanterior view after a house ("Kantonsspital Luzern, PA und seitlich", "PA-Aufnahme"): a
    # legal form only at a US practice name's line or clause end ("Radiology Associates, PA; CT").
    r",?[ \t](?P<pa>PA|P\.A\.)(?=[ \t]*(?:[\n;,)]|\.(?!\w)|$))|"
    r"[ \t](?:Site|Campus|Standort|Division|Pavilion|Wing)(?![\w-])|"
    # A named site or a cantonal hospital after a dash: "Hamilton Health – Juravinski Site", "HFR Riaz – Hôpital
    # cantonal".
    rf"[ \t]*(?:[–—-][ \t]+)?(?:(?:[{UP}][\w{LO}'’-]+[ \t]){{1,3}}(?:Site|Campus|Standort)|(?:Hôpital|Hospital|Spital)"
    rf"[ \t](?:cantonal|régional|universitaire|communal|fribourgeois|du[ \t]Jura|de[ \t][{UP}][{LO}]+))(?![\w-])|"
    # "Royal Hospital for Sick Children", "Hospital for Special Surgery": "for" and capitalised words after a house.
    rf"(?:(?<=Hospital)|(?<=Institute)|(?<=Infirmary)|(?<=Centre)|(?<=Center))[ \t]for"
    rf"(?:[ \t][{UP}][{LO}'’]+){{0,2}}[ \t](?P<f>[{UP}][{LO}'’]+)(?![\w-])|"
    r"[ \t]&[ \t](?:Clinics|Clinic)(?![\w-])|"
    rf"-(?P<t>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)(?![\w-])"
)
_HOUSE_AFTER_SAINT = re.compile(
    r"[ \t](?:Kinderspital|Spital|Krankenhaus|Klinik|Kinderklinik|Hospital|Hospiz|"
    r"Sanatorium|Infirmary|Clinic)(?![\w-])"
)
_SAINT = re.compile(r"(?:St\.|Sankt|Saint|San|Santa)[ \t]")
# "Mount Sinai Imaging at Union Square": a named imaging house (two words or more) "at" a named place.
_AT_PLACE = re.compile(rf"[ \t]at[ \t](?P<t>[{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+){{1,2}})(?![\w-])")
_IMAGING_END = re.compile(r"\S[ \t]+(?:Imaging|Radiology)\Z")
_PLURAL_END = re.compile(r"(?:ungen|heiten|keiten|krankungen|tumoren|störungen|diseases|disorders|cancers|Children)\Z")
_TOWN_AFTER = re.compile(rf"[ \t]+(?P<t>{TOWN})(?![\w-])")
_REGION_BEFORE = re.compile(rf"(?<![\w-])[{UP}][{LO}]*(?:deutsch|ländisch|isch)(?:e|es|er|en)[ \t]+\Z")
_DOCTOR_PRACTICE = re.compile(
    rf"(?<![\w-])(?P<v>(?:(?:[{UP}][{LO}]+(?:ische|ologische)[ \t])?Praxis|[{UP}][{LO}]+praxis|Ordination|"
    rf"Praxisgemeinschaft|Gemeinschaftspraxis|Cabinet(?:[ \t]médical)?|Studio[ \t]medico)[ \t]+"
    rf"(?:Dr(?:es)?\.|Prof\.|Dr\.[ \t]Dr\.)(?:[ \t](?:med\.|univ\.|med\.[ \t]univ\.|rer\.[ \t]nat\.))*[ \t]+"
    rf"(?:[{UP}]\.[ \t]?){{0,2}}[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)"
)
_CAPS_TRUST = re.compile(
    r"(?<![\w'’-])(?P<v>(?:[A-Z][A-Z'’.&-]*[ \t]){1,6}(?P<head>NHS[ \t](?:FOUNDATION[ \t])?TRUST|"
    r"HEALTH[ \t]BOARD))(?![\w'’-])"
)
_WORD = re.compile(r"\S+")
# Sentence and heading words that end a trust's name read backwards from its head ("LETTER FROM <TRUST>").
_NOT_TRUST_WORDS = frozenset(
    {
        "FROM",
        "AT",
        "TO",
        "IN",
        "BY",
        "FOR",
        "WITH",
        "ON",
        "AND",
        "WAS",
        "WERE",
        "IS",
        "IMAGED",
        "SEEN",
        "LETTER",
        "REPORT",
        "COPY",
        "CC",
        "DEAR",
        "RE",
        "OUTSIDE",
        "FILMS",
        "IMAGES",
        "PRIOR",
        "REFERRED",
        "COMPARISON",
        "CT",
        "MRI",
        "MR",
        "US",
        "XR",
        "PET",
    }
)


def facility_edge_hits(text: str) -> list[Hit]:
    """New INSTITUTION hits: practices named by their doctor and all-caps trusts and boards."""
    out: list[Hit] = []
    if "raxis" in text or "Ordination" in text or "Cabinet" in text or "Studio" in text:
        out.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in _DOCTOR_PRACTICE.finditer(text))
    if "TRUST" in text or "BOARD" in text:  # the head holds one (a "HOSPITAL" test here was dead: fix round 22)
        for m in _CAPS_TRUST.finditer(text):
            start = m.start("head")
            words = list(_WORD.finditer(text, m.start("v"), m.start("head")))
            for k in range(len(words) - 1, -1, -1):
                w = words[k].group()
                if w == "AND" and k > 0 and words[k - 1].group() not in ("TRUST", "BOARD"):
                    continue  # "GUY'S AND ST THOMAS' NHS FOUNDATION TRUST"
                if w in _NOT_TRUST_WORDS or w.endswith((":", ".", ",")) or is_heading_word(w):
                    break
                start = words[k].start()
            if start < m.start("head"):
                out.append(Hit(start, m.end("v"), "INSTITUTION", "rule"))
    return out


def _town(value: str) -> bool:
    """A town-like word that holds no facility word ("und Rehaklinik Bellikon" is a second facility)."""
    return town_like(value) and SITE_WORD.search(value) is None


_US_PRACTICE = re.compile(r"(?<![\w-])(?:Associates|Group|Partners)(?![\w-])")


def _tail_ok(m: re.Match[str], name: str) -> bool:
    """Whether a tail belongs to `name`: a glued part is a town-like word, never a document or unit word
    ("Kantonsspital-Bericht"); "for" takes no purpose ("General Hospital for Further Imaging"); "PA" ends a US
    practice's name only ("Associates in Radiology, PA")."""
    if m.group("pa") is not None:
        return _US_PRACTICE.search(name) is not None
    if m.group("t") is not None:
        return _town(m.group("t"))
    return m.group("f") is None or not is_care_noun(m.group("f"))


def _second_town(text: str, m: re.Match[str]) -> bool:
    """Whether the word after "und" / "and" is a second town of the house: a listed town, or a town-like word
    that ends its clause ("und Sono ambulant", "and Lungs clear" are an exam and an organ)."""
    return m.group("t") in towns() or (_town(m.group("t")) and _CLAUSE_GOES_ON.match(text, m.end()) is None)


def _widened(text: str, h: Hit, site_starts: frozenset[int]) -> Hit:
    """`h` with the heads and tails above."""
    start, end = h.start, h.end
    if m := _REGION_BEFORE.search(text, max(0, start - 30), start):
        start = m.start()
    if _SAINT.match(text, start) and (m := _HOUSE_AFTER_SAINT.match(text, end)):
        end = m.end()
    while (m := _TAILS.match(text, end)) and _tail_ok(m, text[start:end]):
        end = m.end()  # a glued part is a name, never a document or unit word ("Kantonsspital-Bericht")
    if _IMAGING_END.search(text, start, end) and (m := _AT_PLACE.match(text, end)) and _town(m.group("t")):
        end = m.end()
    if _PLURAL_END.search(text, start, end) and (m := _TOWN_AFTER.match(text, end)) and _town(m.group("t")):
        end = m.end()
    if (
        (m := _SECOND_TOWN.match(text, end))
        and _second_town(text, m)
        and text[start:end].split()[-1][:1].isupper()
        and m.start("t") not in site_starts
    ):
        end = m.end()
    return h if (start, end) == (h.start, h.end) else Hit(start, end, h.label, h.source)


def with_facility_edges(text: str, hits: list[Hit]) -> list[Hit]:
    """`hits` with INSTITUTION hits widened over the heads and tails above and joined where only a dash, "und",
    "and" or "&" separates two of them."""
    starts = frozenset(h.start for h in hits if h.label == "INSTITUTION")
    sites = sorted(
        (_widened(text, h, starts) for h in hits if h.label == "INSTITUTION"), key=lambda h: (h.start, -h.end)
    )
    if not sites:
        return hits
    joined: list[Hit] = []
    for h in sites:
        if joined and joined[-1].end <= h.start and _JOIN.fullmatch(text, joined[-1].end, h.start):
            last = joined.pop()
            h = Hit(last.start, max(last.end, h.end), "INSTITUTION", last.source)
        joined.append(h)
    return [*(h for h in hits if h.label != "INSTITUTION"), *joined]
