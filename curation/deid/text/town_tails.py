"""The rest of a town's name after its first words (round 14c), for the rules that found the town.

A postcode or residence rule reads a town as one to three capitalised words; what follows often still belongs to
it: a French particle chain ("71100 Chalon-sur-Saône", "Villefranche-sur-Mer"), a second language's name ("7180
Disentis/Mustér"), a German, English or Italian qualifier closing the clause ("Matrei in Osttirol;", "Frankfurt
am Main,", "Newcastle upon Tyne.", "Castelnuovo di Garfagnana (LU)"), "Cedex 13", a Swiss canton code ("CH-6460
Altdorf UR", "8840 Einsiedeln (SZ)") and an Italian province in brackets ("43121 Parma (PR)"; not a country,
"(UK)"). A German district after "OT" / "Ortsteil" is a span of its own ("83352 Altenmarkt OT Rabenden":
`district_hits`). A capitalised noun after "in" that does not close the clause stays ("wohnhaft in Graz in
Begleitung der Tochter").
"""

from __future__ import annotations

import re

from curation.deid.text.common import CLAUSE_END_OPEN, LO, UP, Hit

_CANTONS = ("AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH")
# A day or time of day after "am" / "on" is no part of a town ("in Passau am Montag,").
_TIMES = (r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Morgen|Vormittag|Mittag|"
          r"Nachmittag|Abend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_CLAUSE_END = rf"(?={CLAUSE_END_OPEN})"
# Italian provinces (round 14 review: real codes only, and not those that are clinical acronyms, "8010 Graz (CT)":
# CT, CA, MS, PE, RM, MI, PA, RA, AP, OR, NA, PD, IM, TE, BS, SA, SP).
_PROVINCES = ("AG|AL|AN|AO|AQ|AR|AT|AV|BA|BG|BI|BL|BN|BO|BR|BT|BZ|CB|CE|CH|CL|CN|CO|CR|CS|CZ|EN|FC|FE|FG|FI|FM|"
              "FR|GE|GO|GR|IS|KR|LC|LE|LI|LO|LT|LU|MB|MC|ME|MN|MO|MT|NO|NU|PC|PG|PI|PN|PO|PR|PT|PU|PV|PZ|RC|RE|"
              "RG|RI|RN|RO|SI|SO|SR|SS|SU|SV|TA|TN|TO|TP|TR|TS|TV|UD|VA|VB|VC|VE|VI|VR|VT|VV")
# Rivers and regions that qualify a town after "on", "upon", "in", "bei" but are no listed town ("Newcastle upon
# Tyne", "Matrei in Osttirol"): otherwise the word after those must be a listed town (round 14 review: "Leeds on
# Warfarin", "Exeter upon Discharge", "Niederuzwil bei Demenz" name no place).
_QUALIFIER_PLACES = frozenset({"Tyne", "Avon", "Trent", "Thames", "Tees", "Wear", "Severn", "Sea", "Osttirol",
                               "Tirol", "Südtirol", "Oberbayern", "Niederbayern", "Steiermark", "Kärnten", "Holstein",
                               "Emmental", "Allgäu", "Vorarlberg", "Pinzgau", "Pongau", "Lungau", "Mühlkreis",
                               "Innkreis", "Burgenland", "Wallis", "Graubünden", "Thurgau"})
_STRICT_QUALIFIERS = frozenset({"in", "on", "upon", "bei"})
_WORD = rf"[{UP}][{LO}]+"
TOWN_TAIL = re.compile(
    rf"(?:-(?:sur|sous|lès|lez|en|le|la|les|de|du|des|aux|au|et|am|an|im|ob|di|del|sul)-{_WORD})*"
    rf"(?:/{_WORD}(?:[ -]{_WORD})?)?"
    rf"(?:[ \t](?P<q>in|im|am|an[ \t]der|ob[ \t]der|in[ \t]der|bei|upon|on|sur|sul|di|del|della|nel|nell')[ \t]"
    rf"(?!{_TIMES})(?P<qw>{_WORD})"
    rf"{_CLAUSE_END})?"
    rf"(?:[ \t](?:Cedex|CEDEX)(?:[ \t]\d{{1,2}})?(?!\w))?"
    rf"(?:[ \t](?:{_CANTONS}){_CLAUSE_END}|[ \t]?\((?:{_PROVINCES})\)(?!\w))?")
# A German district after its town: a span of its own ("OT" is no name).
OT_DISTRICT = re.compile(rf",?[ \t](?:OT|Ortsteil)[ \t](?P<v>{_WORD}(?:-{_WORD})?)")


def town_tail_end(text: str, end: int) -> int:
    """Where the town that ends at `end` really ends (`end` itself when nothing follows that belongs to it)."""
    if end >= len(text) or text[end] not in " \t-,(/":
        return end
    m = TOWN_TAIL.match(text, end)
    if m.group("q") in _STRICT_QUALIFIERS and not _qualifier_place(m.group("qw")):
        return m.start("q") - 1  # the tail ends before the qualifier
    return m.end()


def _qualifier_place(word: str) -> bool:
    from curation.deid.text.towns import towns  # (towns reads its tails from here)

    return word in _QUALIFIER_PLACES or word in towns()


_POSTCODE_TOWN = re.compile(rf"(?:[A-Z]{{1,2}}-)?\d{{4,5}}[ \t]{_WORD}")


def with_town_tail(text: str, start: int, end: int) -> int:
    """town_tail_end for a span that is a postcode and town ("71100 Chalon", "CH-6460 Altdorf"); else `end`."""
    if _POSTCODE_TOWN.match(text, start) is None or not text[end - 1].isalpha():
        return end
    return town_tail_end(text, end)


def district_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """ADDRESS hits of the districts after the postcode towns among `hits` ("... OT Rabenden")."""
    if "OT" not in text and "Ortsteil" not in text:
        return []
    return [Hit(m.start("v"), m.end("v"), "ADDRESS", "rule") for h in hits
            if h.label == "ADDRESS" and (m := OT_DISTRICT.match(text, h.end)) and _POSTCODE_TOWN.match(text, h.start)]
