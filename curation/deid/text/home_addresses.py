"""Addresses without a postcode (round 10): the town after a street and house number, a house name, a
residence after a living verb, the town line of an address block.

- After a street and house number that a rule found, ", <Town>" or " in <Town>" closing the clause is the
  town ("Brunnweg 4, Hohenems.", "Kirchgasse 9 in Zwettl;"), listed or not; a common noun, a section or
  clinical word is none ("Hauptstraße 5, Befund:" is a field).
- A house name: an English house word with its qualifier and the village after it ("The Old Rectory, Great
  Snoring", "Ivy Cottage, Nether Wallop"); the house word alone ("a cottage") or without a place after it
  stays.
- A town after a found facility and French "à" ("EMS La Colline à Chexbres").
- A living verb and a place: "domiciliée à Aubonne", "vit à Bulle", "wohnhaft in Rankweil", "lives in
  Frome", "residente a Biasca" (the place need not be listed; a common word after the verb is none).
- Address columns of a delimited export (read by tables.py's one table reader; the header words stay): a
  postcode cell under "PLZ" / "Postcode" / "Zip" / "NPA" / "CAP" ("8004", "LS6 2QB", "CH-8004", "90210-1234", a
  postcode with its town), a place cell under "Ort" / "Town" / "City" / "Wohnort" / "Gemeinde" / "Località",
  a street cell under "Adresse" / "Address" / "Strasse" / "Street". "Ort" and "residence" also mean a lesion's
  site or a stay: their cells count when the text has a postcode or street column too, or the place is listed.
- A US state code after a living verb's place ("resides in <Town>, MT") belongs to it.
- A postcode and village after a found name and one comma field ("<Name>, Landwirt, 3555 <Village>";
  "<Name>, 3555 <Village>"): a village has no street in many Swiss and Austrian addresses.
- The line right after a street line of an address block, when it holds only one to three capitalised words
  (and maybe a postcode): the town ("22 Mill Lane\\nAshby\\n").
"""

from __future__ import annotations

import re

from curation.deid.text.common import (
    CLAUSE_END,
    CLAUSE_END_OPEN,
    LO,
    UP,
    Gated,
    Hit,
    NeedleGate,
    literal_starts,
    lowered_text,
    words,
)
from curation.deid.text.facilities import NOT_FACILITY_NAMES, TIME_WORDS
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.site_forms import CLINICAL_ACRONYMS
from curation.deid.text.tables import ADDRESS_HEADERS, POSTCODE_HEADERS, STREET_HEADERS, TOWN_HEADERS, column_cells
from curation.deid.text.town_tails import town_tail_end
from curation.deid.text.towns import towns
from curation.deid.text.unit_sites import NOT_ACRONYMS
from curation.deid.text.unit_words import is_unit_word

# (Round 12: French and German particles inside a hyphenated place, "Villeneuve-lès-<Town>", "Saint-Jean-de-Luz",
# "Neuhaus-am-Rennweg".)
_PARTICLES = (r"(?:-(?:lès|lez|les|sur|sous|en|le|la|de|du|des|aux|au|et|d['’]|l['’]|am|an|im|ob|bei|di|del|"
              r"on|upon|under|by|in|the))*")  # (round 14c: "St Leonards-on-Sea", "Barrow-in-Furness")
_PLACE = rf"[{UP}][{LO}]+(?:{_PARTICLES}[- ][{UP}][{LO}]+){{0,3}}"
TOWN_AFTER_STREET = re.compile(rf"(?:,[ \t]*|[ \t]+in[ \t]+)(?P<v>{_PLACE})")
# The town of a found facility after French "à": "EMS Les Lilas à Chexbres." (a listed town after "in" is the
# towns rule's; an unlisted capitalised word after German "in" is too often a noun: "in Bauchlage").
TOWN_AFTER_SITE = re.compile(rf"[ \t]+à[ \t]+(?P<v>{_PLACE})(?={CLAUSE_END})")
# (Round 14c) The town of a found facility after "in" / "a" / "bei" or in brackets, listed or not, closing the clause
# or before a date or list word: "Pflegeheim Sonnmatt in Niederuzwil;", "Casa di cura Sant'Agnese a Muralto,",
# "Home La Colline (Delémont)", "Diagnosezentrum Urania in Wien-Landstraße; ", "Radiologie X in Zürich-Fluntern vom".
SITE_TOWN = re.compile(rf"(?:[ \t]+(?:in|a|bei)[ \t]+|[ \t]*\()(?P<v>{_PLACE})")
# ("in Absprache mit", "in Narkose durchgeführt": a German noun before another word is no town.)
_LOWER_NEXT = re.compile(r"[ \t]+(?:vom|am|seit|bis|zur|zum|und|and|on|since|et|le|du|dal|il|e)\b")
# Department and ward words that stand where a facility's town would ("(Notfall)", "(Neurology)", "in Ambulanz").
_CLINICAL_ENDINGS = ("logy", "logie", "ologia", "ologue", "ique", "ics", "ung", "itis", "ismus", "care", "unit",
                     "station", "ambulanz", "aufnahme", "klinik", "zentrum", "notfall", "dienst", "praxis", "ity",
                     "ment", "ward", "theatre", "surgery", "medizin", "chirurgie", "pflege", "therapie", "emergency",
                     "recht", "sachen")  # (round 17b: a legal matter after a court, "(Sozialrecht)", "(Strafsachen)")
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "ie", "ik", "tät", "nis", "befund", "bericht")
_NOT_PLACES = words("""
tel telefon phone fax email e-mail mobil handy befund report patient patientin herr frau mr mrs ms dr prof
station zimmer room bed bett ward stock etage top tür stiege apt flat unit suite ct mrt mri
sheltered supported residential council social temporary hostel housing accommodation lodgings
january february march april june july august september october november december monday tuesday wednesday
thursday friday saturday sunday janvier février mars avril juin juillet août septembre octobre novembre décembre
""") | NOT_NAME_WORDS | NOT_FACILITY_NAMES | TIME_WORDS

_HOUSE_WORDS = (r"(?:Rectory|Vicarage|Parsonage|Cottage|Cottages|Farmhouse|Farm|Barn|Lodge|Manor|Grange|Mill|"
                r"Coach[ \t]House|Old[ \t]School|Schoolhouse|Stables|Granary|Orchard|Gatehouse|Bungalow|Chapel)")
HOUSE_WORDS = _HOUSE_WORDS  # (address_parts: "Ivy Cottage 2")
HOUSE_NAME = re.compile(rf"(?<![\w-])(?P<v>(?P<h>(?:The[ \t])?(?:[{UP}][{LO}]+[ \t]){{0,2}}{_HOUSE_WORDS}),[ \t]*"
                        rf"(?P<p>[{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+){{0,2}}))(?={CLAUSE_END})")
HOUSE_RULE = Gated(HOUSE_NAME, ("Rectory", "Vicarage", "Parsonage", "Cottage", "Farm", "Barn", "Lodge", "Manor",
                                "Grange", "Mill", "Coach House", "Old School", "Schoolhouse", "Stables", "Granary",
                                "Orchard", "Gatehouse", "Bungalow", "Chapel"))
# The house name's first word is no preposition ("From Mill, ...").
_NOT_HOUSE_OPENERS = words("at in from to of and or with via near by")

# Found from the preposition and the place; the living verb before is checked after.
# (Round 14c: a postcode before the place, "wohnt in 3925 Grächen", "wohnhaft in 3924 St. Niklaus".)
LIVING_PLACE = re.compile(rf"[ \t](?:à|in|of|a|to|nach)[ \t]+"
                          rf"(?P<v>(?:(?:[A-Z]{{1,2}}-)?\d{{4,5}}[ \t](?:St\.[ \t]?)?)?{_PLACE})")
LIVING_RULE = Gated(LIVING_PLACE, ("omicili", "abite", "Vit ", "vit ", "ésid", "emeurant", "ohnhaft", "ohnt ",
                                   "ebt ", "ives ", "iving ", "esides", "esident", "bita", "vive a", "vive in",
                                   "home in", "elocated to", "oved to", "ezogen nach"))
# (Round 14c: a short filler between verb and place, "lives alone in", "lives with her daughter in", "wohnt
# allein in", "vit seule à", "vive sola a".)
_LIVING_BEFORE = re.compile(r"(?<![\w-])(?P<verb>[Dd]omicili(?:é|ée|e|és|ées)|[Hh]abite|[Vv]it|[Rr]ésid(?:ant|ante|e)|"
                            r"[Dd]emeurant|[Ww]ohnhaft|[Ww]ohnt|[Ll]ebt|[Ll]ives|[Ll]iving|[Rr]esides|[Rr]esident|"
                            r"[Rr]esidente|[Dd]omiciliat[oa]|[Aa]bita|[Aa]bitante|[Vv]ive|[Hh]ome|[Rr]elocated|[Mm]oved|"
                            r"[Uu]mgezogen|[Vv]erzogen)"
                            r"(?:[ \t]+(?:alone|independently|allein|alleine|seule?|sol[oa]|at[ \t]home|"
                            r"with[ \t](?:her|his|their)[ \t][a-z]+|bei[ \t](?:den|der|dem|ihren|seinen|ihrer|seiner)"
                            r"[ \t][A-ZÄÖÜ][a-zäöüß]+|"
                            r"mit[ \t](?:ihrem|ihrer|seinem|seiner)[ \t][A-ZÄÖÜ][a-zäöüß]+))?\Z")

_STATE_CODES = words("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
                     "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY")
_STATES = "(?:" + "|".join(sorted(_STATE_CODES)) + r")(?![\w-])"
STATE_AFTER = re.compile(r",?[ \t]" + _STATES)
STATE_AFTER_TOWN = re.compile(r",[ \t]?" + _STATES + r"(?:[ \t]\d{5}(?:-\d{4})?(?!\d))?")
# (The field between may be an occupation or a role: lower- or upper-case words, no digit.)
POSTCODE_AFTER_NAME = re.compile(rf"(?:,[ \t]*[^\W\d_][^,\n\d]{{0,30}})?,[ \t]*(?P<v>(?:(?:CH|A|D|FL)-)?\d{{4,5}}[ \t]"
                                 rf"{_PLACE})(?={CLAUSE_END})")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_ROOM = re.compile(r"(?:Zimmer|Zi\.|Bett|Room|Rm\.?|Bed|Station|Ward|Bay)\b")
TOWN_LINE = re.compile(rf"\n[ \t]*(?P<v>{_PLACE}(?:,?[ \t]+[A-Z]{{1,2}}\d[A-Z\d]?[ \t]\d[A-Z]{{2}})?)[ \t]*(?=\n|$)")


def _verb_fits(verb: str, preposition: str) -> bool:
    """The living verb and its preposition in one language: "vit à", "lives in", "resident of", "abita a"."""
    low = verb.lower()
    if preposition == "à":
        return low.startswith(("domicili", "habite", "vit", "résid", "demeurant"))
    if preposition == "in":  # (Italian "residente in", "abita in"; "her home in", round 14c)
        return low in ("wohnhaft", "wohnt", "lebt", "lives", "living", "resides", "residente", "domiciliato",
                       "domiciliata", "abita", "abitante", "vive", "home")
    if preposition == "of":
        return low == "resident"
    if preposition in ("to", "nach"):  # (round 14c: "relocated to", "moved to", "umgezogen nach")
        return low in ("relocated", "moved", "umgezogen", "verzogen")
    return low in ("residente", "domiciliato", "domiciliata", "abita", "abitante", "vive")


# State codes that are also clinical abbreviations ("<Town>, CT unremarkable", "PA", "MI", "OR", "LA") count after
# a town only before a ZIP or a clause end.
_CLINICAL_STATES = (CLINICAL_ACRONYMS | NOT_ACRONYMS
                    | words("OK ME IN OR DE ID LA AL MS SC NM CO MI PA MD MA VA")) & _STATE_CODES
_MODALITY_STATES = frozenset({"CT", "NM"})
_CLAUSE_END = re.compile(CLAUSE_END)
_HOUSE_NUMBER_END = re.compile(r"\d[A-Za-z]?\Z|(?<![\w.])(?:St|Rd|Ave|Ln|Dr|Street|Road|Avenue|Lane|Drive|Court|House|"
                               r"Mansions|Tower|Heights|Lodge|Gardens)\.?\Z")
# (Round 14c) A house name opening the line before a street with its number: "Rosebank, 3 Mill Brae, ...".
# (Round 16c: also after an address label's colon, "Home: Tŷ Gwyn, Heol yr Eglwys, ...", and in any script's letters.)
# (A Welsh article or preposition inside the name: "Maes y Coed", "Bryn yr Haul", "Tan y Graig".)
_HOUSE_BEFORE = re.compile(rf"(?:^|(?<=\n)|(?<=:))[ \t]*(?P<v>[{UP}][{LO}]+"
                           rf"(?:[ \t](?:(?:y|yr|ar|o|dan)[ \t])?[{UP}][{LO}]+){{0,2}}),[ \t]*\Z")
_LABEL_BEFORE_HOUSE = re.compile(r"(?:^|\n)[ \t]*(?P<w>[^\W\d_]+(?:[ \t][^\W\d_]+)?)[ \t]*:[ \t]*\Z")
# Welsh streets open with their street word ("Heol y Parc", "Ffordd Glyder"): a house name may stand before them.
_WELSH_STREET_HEADS = ("Heol", "Ffordd", "Stryd", "Lôn", "Rhodfa", "Cilgant", "Teras")
_NOT_HOUSES = words("address adresse anschrift home mailing postal residence domicile indirizzo wohnort wohnhaft")
# A UK postcode's outward half alone after the town of a street (round 14c).
_UK_OUTWARD = re.compile(rf"[ \t][A-Z]{{1,2}}\d[A-Z\d]?(?={CLAUSE_END})")


def _house_line_start(text: str, start: int) -> bool:
    """A house name opens its line or follows an address label ("Home:", "Address:", "Anschrift:")."""
    before = text[max(0, start - 30):start]
    if not before.rstrip(" \t").endswith(":"):
        return True
    label = _LABEL_BEFORE_HOUSE.search(before)
    return label is not None and label.group("w").split()[-1].lower() in _NOT_HOUSES


def state_fits(text: str, m: re.Match[str]) -> bool:
    """Whether the state code of `m` (", <ST>", a ZIP or not) after a town is the town's: a code that is also a
    clinical word only before a ZIP or a clause end, and a modality ("CT", "NM") only before a ZIP: "Vergleich
    <Town>, CT." names the prior exam (mend of round 25; site_towns)."""
    code = text[m.start():m.end()].lstrip(", \t")[:2]
    if code not in _CLINICAL_STATES or any(c.isdigit() for c in m.group()):
        return True
    return code not in _MODALITY_STATES and bool(_CLAUSE_END.match(text, m.end()))


def _place_ok(value: str) -> bool:
    first = value.split()[0].split("-")[0].lower()
    # (Round 12: a unit, shift, document or house compound is no town: "Arztbrief", "Nachtdienst", "Treppenhaus".)
    return first not in _NOT_PLACES and not first.endswith(_NOUN_ENDINGS) and not is_unit_word(value.split()[0])


# (Round 14c) A teleradiologist's or reading site's town: "(teleradiology, Bangalore)", "Teleradiologie aus Sydney",
# "Befundungsstandort Groningen", "Reading site: Perth", "read remotely from Cape Town", "refertato a Lugano".
REPORTING_SITE = re.compile(
    rf"(?<![\w-])(?:(?:[Tt](?:ele|élé)-?[Rr]adiolog[\w]*)(?:,[ \t]*|[ \t]+(?:aus|in|from|à|a|da|de)[ \t]+)|"
    rf"(?:[Bb]efundungs|[Bb]efund|[Rr]eading|[Rr]eporting|[Bb]efunder)(?:-?[Ss]tandort|-?[Oo]rt|[ \t][Ss]ite|"
    rf"[ \t][Ll]ocation)[ \t]*:?[ \t]*|"
    rf"(?:[Rr]ead|[Rr]eported|[Ii]nterpreted)[ \t]+(?:remotely[ \t]+)?from[ \t]+|[Bb]efundet[ \t]+(?:in|aus)[ \t]+|"
    rf"(?:[Ii]nterprété|[Rr]efertato|[Rr]efertata)[ \t]+(?:à|a|da)[ \t]+|"
    rf"(?:[Rr]adiologist|[Rr]eader|[Rr]adiologue|[Rr]adiolog[oa]|[Bb]efunder(?:in)?)[ \t]+"
    rf"(?:(?:located|based|situé|situ[ée]e|basé|basée|ansässig|tätig)[ \t]+)?(?:in|à|aus|a)[ \t]+)(?P<v>{_PLACE})")
REPORTING_RULE = Gated(literal_starts(REPORTING_SITE), (
    "radiolog", "standort", "befundort", "befundungsort", "reading site", "reporting site", "reading location",
    "reporting location", "read from", "reported from", "interpreted from", "remotely from", "befundet", "nterprét",
    "efertat", "reader", "befunder"), True)


_ENGLISH_VERBS = frozenset({"lives", "living", "resides", "resident"})
_SITE_END = re.compile(CLAUSE_END_OPEN)


def _reporting_site_hits(text: str, lowered: str) -> list[Hit]:
    hits = []
    for m in REPORTING_RULE.finditer(text, lowered):
        end = town_tail_end(text, m.end("v"))
        if _place_ok(m.group("v")) and (m.group("v") in towns() or _SITE_END.match(text, end)):
            hits.append(Hit(m.start("v"), end, "ADDRESS", "rule"))
    return hits


# (Round 14c) "wohnhaft <Place>" without a preposition, closing its clause: "(wohnhaft Gries am Brenner)".
WOHNHAFT_PLACE = Gated(re.compile(rf"(?<![\w-])[Ww]ohnhaft[ \t]+(?P<v>{_PLACE})"), ("ohnhaft ",))
# A postcode under its own label, and then a town under "Ort" / "Town" / "City" / "Localité" / "Località":
# "PLZ: 8004, Ort: Zürich", "ZIP: 30032", "NPA/Localité: 1950 Sion", "Postcode: LS6 2QB".
POSTCODE_LABEL = literal_starts(re.compile(
    rf"(?<![\w-])(?:ZIP|Zip|ZIP[ \t]code|Zip[ \t]code|Postcode|Post[ \t]code|Postal[ \t]code|PLZ|Postleitzahl|NPA|CAP|"
    rf"Code[ \t]postal)(?:/(?:Ort|Wohnort|Localité|Località|Town|City))?[ \t]*:[ \t]*"
    rf"(?P<v>(?:[A-Z]{{1,2}}-)?\d{{4,5}}(?:-\d{{4}})?(?:[ \t]{_PLACE})?|"
    rf"[A-Z]{{1,2}}\d[A-Z\d]?[ \t]?\d[A-Z]{{2}})(?![\w-])"))
_POSTCODE_LABEL_NEEDLES = ("zip", "postcode", "post code", "postal code", "plz", "postleitzahl", "npa", "cap",
                           "code postal")
_POSTCODE_LABEL_GATE = NeedleGate(_POSTCODE_LABEL_NEEDLES, lower=True)  # the shared needle pass (round 18 of speed)
TOWN_LABEL = re.compile(rf"(?<![\w-])(?:Ort|Wohnort|Town|City|Localité|Località)[ \t]*:[ \t]*(?P<v>{_PLACE})")
# (Round 14c) An unlisted US town with its state code after "from" / "in" / "of" / "near", closing the clause
# ("Pt from Yellow Springs, OH."); state codes that are also clinical words are left ("in Radiology, CT.").
_STATE_CLAUSE = re.compile(r",[ \t]?(?:" + "|".join(sorted(_STATE_CODES)) + r")(?=[ \t]*(?:[.;:)\n]|$))")
_PREPOSITION_PLACE = re.compile(rf"(?<![\w-])(?:from|in|of|near)[ \t]+(?P<v>{_PLACE})\Z")


def _labelled_hits(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    if _POSTCODE_LABEL_GATE.search(lowered):
        for m in POSTCODE_LABEL.finditer(text):
            hits.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
        if hits:
            hits.extend(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule") for m in TOWN_LABEL.finditer(text)
                        if _place_ok(m.group("v")))
    for m in WOHNHAFT_PLACE.finditer(text, text):
        end = town_tail_end(text, m.end("v"))
        if _place_ok(m.group("v")) and _SITE_END.match(text, end):
            hits.append(Hit(m.start("v"), end, "ADDRESS", "rule"))
    if "," in text:
        for m in _STATE_CLAUSE.finditer(text):
            code = text[m.start():m.end()].lstrip(", \t")
            p = _PREPOSITION_PLACE.search(text, max(0, m.start() - 40), m.start())
            if code not in _CLINICAL_STATES and p and _place_ok(p.group("v")):
                hits.append(Hit(p.start("v"), m.end(), "ADDRESS", "rule"))
    return hits


def home_address_hits(text: str, spans: list[Hit]) -> list[Hit]:
    """ADDRESS hits of the forms above; `spans` are the rule hits found so far (street addresses among them)."""
    hits: list[Hit] = []
    # Street spans: an ADDRESS with a digit and a letter (not a room or bed); most reports have none.
    streets = {s.end for s in spans if s.label == "ADDRESS" and _DIGIT.search(text, s.start, s.end)
               and _LETTER.search(text, s.start, s.end) and not _ROOM.match(text, s.start)}
    sites = [(s.start, s.end) for s in spans if s.label == "INSTITUTION"]
    for end in sorted(streets):
        # (Round 14c: a house number with a letter, "RR 3 Box 41A, <Town>"; the town's tail, "<Town> di <Name>".)
        m = TOWN_AFTER_STREET.match(text, end) if _HOUSE_NUMBER_END.search(text, max(0, end - 9), end) else None
        town_end = town_tail_end(text, m.end("v")) if m else 0
        if m and (code := _UK_OUTWARD.match(text, town_end)):  # "22 Dunmore St, Belfast BT5."
            town_end = code.end()
        if m is None or not _place_ok(m.group("v")) or not _CLAUSE_END.match(text, town_end):
            m = TOWN_LINE.match(text, end)
            town_end = m.end("v") if m else 0
        # (A line that a found facility already covers is that facility's: "...\nRoyal Infirmary\n".)
        if m is not None and _place_ok(m.group("v")) and not any(
                a <= m.start("v") and m.end("v") <= b for a, b in sites):
            hits.append(Hit(m.start("v"), town_end, "ADDRESS", "rule"))
    places = [(s.start, s.end) for s in spans if s.label == "ADDRESS"]
    for start in sorted({a for a, b in places if (text[a].isdigit() and _LETTER.search(text, a, b))
                         or text.startswith(_WELSH_STREET_HEADS, a)}):
        if (m := _HOUSE_BEFORE.search(text, max(0, start - 40), start)) and _place_ok(m.group("v")) and (
                m.group("v").split()[0].lower() not in _NOT_HOUSES) and _house_line_start(text, m.start("v")) and (
                not any(a < m.end("v") and m.start("v") < b for a, b in sites)):  # "Lakeview Radiology, 400 ..."
            hits.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
    for m in HOUSE_RULE.finditer(text, text):
        if m.group("v").split()[0].lower() in _NOT_HOUSE_OPENERS:
            continue
        # "Ivy Cottage, Mill Lane, ...": a street found after the house is its own span.
        if any(a < m.end("p") and m.start("p") < b for a, b in places):
            hits.append(Hit(m.start("h"), m.end("h"), "ADDRESS", "rule"))
        else:
            hits.append(Hit(m.start("h"), m.end("h"), "ADDRESS", "rule"))
            hits.append(Hit(m.start("p"), m.end("p"), "ADDRESS", "rule"))
    for end in sorted({b for _, b in sites}):
        if (m := TOWN_AFTER_SITE.match(text, end)) and _place_ok(m.group("v")):
            hits.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
        elif (m := SITE_TOWN.match(text, end)) and _place_ok(m.group("v")) and not m.group("v").lower().endswith(
                _CLINICAL_ENDINGS):
            town_end = town_tail_end(text, m.end("v"))
            bracket = m.group().lstrip(" \t").startswith("(")
            if bracket and " " in m.group("v") and m.group("v") not in towns():
                continue  # "(Sarcoma Unit)", "(Barmherzige Schwestern-Standort)": one word or a listed town only
            if text.startswith(")", town_end) if bracket else (
                    _CLAUSE_END.match(text, town_end) or _LOWER_NEXT.match(text, town_end)):
                hits.append(Hit(m.start("v"), town_end, "ADDRESS", "rule"))
    for m in LIVING_RULE.finditer(text, text):
        verb = _LIVING_BEFORE.search(text, max(0, m.start() - 40), m.start())
        # "Resident of Pine Hollow Veterans Home": a found facility is no town.
        postcode = m.group("v")[0].isdigit() or "-" in m.group("v")[:3]
        place = m.group("v").split(" ", 1)[-1] if postcode else m.group("v")
        if verb is not None and _verb_fits(verb.group("verb"), text[m.start() + 1:m.start("v")].strip()) and (
                _place_ok(place)) and (postcode or not any(
                a < m.end("v") and m.start("v") < b for a, b in sites)):  # (a postcode makes it a town)
            if text[m.start() + 1:m.start("v")].strip() in ("to", "nach") and m.group("v") not in towns():
                continue  # "moved to Theatre": a listed town only after a moving verb
            end = town_tail_end(text, m.end("v"))
            # (Round 14c: after a verb that is not English, a state code that is also a clinical word only before a
            # ZIP or a clause end: "wohnhaft in <Town>, CT Thorax"; "resides in <Town>, ID and works" keeps it.)
            state = STATE_AFTER.match(text, end)
            if state and verb.group("verb").lower() not in _ENGLISH_VERBS and not state_fits(text, state):
                state = None
            hits.append(Hit(m.start("v"), state.end() if state else end, "ADDRESS", "rule"))
    # A US state code (and ZIP) after a found town: "in <Town>, SD", "<Town>, OK 74103" (round 12).
    for s in spans:
        if (s.label == "ADDRESS" and not _DIGIT.search(text, s.start, s.end)
                and (m := STATE_AFTER_TOWN.match(text, s.end)) and state_fits(text, m)):
            hits.append(Hit(s.start, m.end(), "ADDRESS", "rule"))
    for end in sorted({s.end for s in spans if s.label == "PERSON"}):
        if m := POSTCODE_AFTER_NAME.match(text, end):
            hits.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
    lowered = lowered_text(text)
    hits.extend(_reporting_site_hits(text, lowered))
    hits.extend(_labelled_hits(text, lowered))
    return hits


_POSTCODE_CELL = re.compile(r"(?:(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2})"
                            rf"(?:[ ,]+{_PLACE})?")
_TOWN_CELL = re.compile(rf"(?:St\.[ ]?)?{_PLACE}(?:[ ](?:am|an[ ]der|im|ob|bei|upon|on|sur|sul|la|le)[ ]{_PLACE})?")
_AMBIGUOUS_TOWN_HEADS = frozenset({"ort", "residence", "ort/plz"})


def address_column_hits(text: str) -> list[Hit]:
    """ADDRESS hits of the postcode, town and street cells of a delimited export."""
    cells = column_cells(text, ADDRESS_HEADERS)
    if not cells:
        return []
    sure = any(head in POSTCODE_HEADERS or head in STREET_HEADERS for head, _ in cells)
    hits = []
    for head, (a, b) in cells:
        value = text[a:b]
        if head in POSTCODE_HEADERS:
            ok = _POSTCODE_CELL.fullmatch(value) is not None
        elif head in TOWN_HEADERS:
            ok = (_TOWN_CELL.fullmatch(value) is not None or _POSTCODE_CELL.fullmatch(value) is not None) and (
                _place_ok(value.removeprefix("St. ")) or value in towns())
            ok = ok and (head not in _AMBIGUOUS_TOWN_HEADS or sure or value in towns())
        else:
            ok = _LETTER.search(value) is not None and value.split()[0].lower() not in _NOT_PLACES
        if ok:
            hits.append(Hit(a, b, "ADDRESS", "rule"))
    return hits
