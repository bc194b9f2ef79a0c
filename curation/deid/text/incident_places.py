"""Places of an accident, a finding or a journey (round 17b): ADDRESS in DE / FR / IT / EN.

- **A labelled place**: "Fundort:", "Auffindeort:", "Unfallort:", "Ereignisort:", "Unfallstelle:", "Lieu de la
  découverte :", "Lieu de l'accident :", "Luogo del ritrovamento:", "Place / Location of injury:", "Scene:", "Found
  at:" and the value after the colon (the German labels also without one: "Fundort Waldparkplatz, <Town>") up to
  ";", a sentence end or the line end; the value opens with a capital or a digit ("Fundort: unbekannt" stays).
- **An accident's or a sport's place**: "beim <Sport>en in / bei / am <Place>", "Sturz / Unfall / Skiunfall ... in
  <Place>" (round 23b: also with the date between, "Skiunfall am 2. Februar in <Place>"; any name word after a
  sport's accident word, "Snowboardsturz in <Place>"; "Injury ... in <Place>", a listed town only), "fell /
  crashed / injured ... skiing in / at / near <Place>", "chute / accident ... à <Place>", "caduta / incidente ... a /
  in <Place>" (up to three words between the cue and the preposition). A listed town is taken
  after any of these cues; an unlisted capitalised word only right after a sport or accident word and its
  preposition, and only when it is no common, clinical or noun-shaped word.
- **A road and the town by it**: "on the A66 near <Town>", "auf der A8 bei <Town>", "sur l'A1 près de <Town>": the
  road and the town are one span.
- **A journey's town**: "Returned / back / home from <Town>", "travelled to <Town>", "Rückkehr aus <Town>", "zurück
  aus <Town>", "Urlaub in <Town>", "de retour de <Town>", "rientrato da <Town>": a listed town only (a country
  stays: it is no unit smaller than a state).
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, LOWER_GATES, UP, Hit, literal_starts
from curation.deid.text.facilities import _is_name_word
from curation.deid.text.org_forms import _PLACE_ENDINGS
from curation.deid.text.towns import CLINICAL_WORDS, district_town_end
from curation.deid.text.transfer_towns import known_town_end

__all__ = ["incident_place_hits"]

_CAP = rf"[{UP}][{LO}]+(?:[-'’][{UP}][{LO}]+)*"
LABELLED = literal_starts(re.compile(
    r"(?<![\w])(?:(?:Fundort|Auffindeort|Auffindungsort|Unfallort|Ereignisort|Unfallstelle|Tatort|Unfallörtlichkeit)"
    r"(?P<colon>[ \t]*:)?|(?:"
    r"Lieu[ \t]de[ \t](?:la[ \t]découverte|l['’]accident|découverte|l['’]événement)|"
    r"Luogo[ \t](?:del[ \t]ritrovamento|dell['’]incidente|dell['’]infortunio|dell['’]evento)|"
    r"(?:Place|Location|Site)[ \t]of[ \t](?:injury|accident|incident|death|discovery)|Incident[ \t]location|"
    r"Scene|Found[ \t]at)[ \t]*:)[ \t]*(?P<v>[\d" + UP + r"][^\n;]{1,79}?)(?=[ \t]*(?:;|\n|$|\.(?:[ \t]|$)))"))
# A German word for an accident or fall in a sport (round 23b): "Skiunfall", "Snowboardsturz", "Rodelunfall".
_SPORT_COMPOUND = (r"(?:Ski|Snowboard|Rodel|Lawinen|Kletter|Berg|Paragleit(?:er)?|Gleitschirm|Tauch|Mountainbike|"
                   r"Langlauf)(?:unfall|sturz)")
_SPORT_COMPOUND_RE = re.compile(_SPORT_COMPOUND)
_SPORT = (r"(?:beim[ \t][" + UP + r"][" + LO + r"]+(?:en|ern|eln)|"
          r"(?:[Ss]kiing|[Ss]nowboarding|[Hh]iking|[Cc]limbing|[Cc]ycling|[Dd]iving|[Ss]wimming|[Rr]iding|[Ss]ledging)|"
          r"(?:[Ss]turz|[Uu]nfall|[Ss]kiunfall|[Vv]erkehrsunfall|[Aa]rbeitsunfall|[Mm]otorradunfall|[Ff]ahrradunfall|"
          r"[Aa]bsturz|[Ll]awinenunfall|[Bb]adeunfall|[Ff]ell|[Ff]all|[Aa]ccident|[Cc]rash(?:ed)?|[Cc]ollision|RTC|RTA|"
          r"MVA|MVC|[Ii]njured|[Cc]hute|[Tt]ombée?|[Aa]ccident|[Bb]lessée?|[Cc]aduta|[Cc]adut[oa]|[Ii]ncidente|"
          r"[Ii]nfortunio|[Ii]njury|"
          # A sport's accident or fall in one German word (round 23b): "Snowboardsturz in <Place>".
          rf"{_SPORT_COMPOUND}|"
          # Violence and cycling (round 20b): "Körperverletzung in <Town>", "assaulted in <Town>".
          r"[Kk]örperverletzung|[Ss]chlägerei|[Pp]rügelei|[Üü]berfall|[Rr]aufhandel|[Tt]ätlichkeit|[Vv]elounfall|"
          r"[Vv]elosturz|[Ff]ahrradsturz|[Aa]ssault(?:ed)?|[Aa]gression|[Rr]ixe|[Aa]ggressione|[Rr]issa))")
_PREP = r"(?:in|bei|am|im|auf[ \t]der|auf[ \t]dem|at|near|on|à|en|près[ \t]de|a|presso|vicino[ \t]a|sul|sulla)"
# The date of the accident between the cue and the place (round 23b): "Skiunfall am 2. Februar in <Place>", "Unfall am
# Samstagabend, 14.06.2025 in <Place>", "Injury 4th September 2025 in <Place>".
_WHEN = (rf"(?:[ \t]+(?:am|vom|on|le|il))?(?:[ \t]+[{UP}][{LO}]+,)?[ \t]+"
         rf"(?:\d{{1,2}}\.[ \t]?(?:\d{{1,2}}\.(?:\d{{2,4}})?|[{UP}][{LO}]+(?:[ \t]\d{{4}})?)|"
         rf"\d{{1,2}}(?:st|nd|rd|th)?[ \t][{UP}][{LO}]+(?:[ \t]\d{{4}})?|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}),?")
SPORT_PLACE = literal_starts(re.compile(
    rf"(?<![\w])(?P<cue>{_SPORT})(?P<when>{_WHEN})?(?P<gap>(?:[ \t]+[{LO}][\w{LO}'’-]*){{0,3}})[ \t]+"
    rf"(?P<prep>{_PREP})[ \t]+"
    rf"(?P<v>{_CAP}(?:[ \t]{_CAP})?)"))
_ROAD = r"(?:[ABMN]\d{1,4}(?:\([MT]\))?|I-\d{1,3}|SS[ \t]?\d{1,3}|Route[ \t]\d{1,3}|Highway[ \t]\d{1,3}|US[ \t]\d{1,3})"
ROAD_TOWN = literal_starts(re.compile(
    rf"(?<![\w])(?:on|auf|sur|sulla)[ \t](?:the[ \t]|der[ \t]|l['’]|la[ \t])?(?P<v>{_ROAD}[ \t](?:near|at|by|outside|"
    rf"bei|nahe|Höhe|près[ \t]de|vicino[ \t]a|presso)[ \t](?P<t>{_CAP}(?:[ \t]{_CAP})?))"))
JOURNEY = literal_starts(re.compile(
    rf"(?<![\w])(?:(?:[Rr]eturned|[Bb]ack|[Hh]ome|[Rr]ecently)[ \t]+from|[Tt]ravel(?:l?ed)?[ \t]+(?:to|from)|"
    rf"[Hh]oliday[ \t]+in|[Vv]isiting|[Rr]ückkehr[ \t]+aus|[Zz]urück[ \t]+aus|[Uu]rlaub[ \t]+in|[Rr]eise[ \t]+nach|"
    rf"[Dd]e[ \t]+retour[ \t]+de|[Rr]entrée?[ \t]+de|[Vv]oyage[ \t]+à|[Rr]ientrat[oa][ \t]+da|[Vv]iaggio[ \t]+a)"
    rf"(?:[ \t]+(?:a|the|einem|einer))?[ \t]+(?P<v>{_CAP}(?:[ \t]{_CAP}){{0,2}})"))
# Each rule's needles (lower-cased), looked for in the shared needle pass over the text (common.LOWER_GATES).
_LABEL_GATE = LOWER_GATES.register(("fundort", "auffind", "unfallort", "ereignisort", "unfallstelle", "tatort",
                                    "unfallörtlich", "lieu de", "luogo", "place of", "location of", "site of",
                                    "incident location", "scene", "found at"))
_SPORT_GATE = LOWER_GATES.register(("beim ", "skiing", "snowboard", "hiking", "climbing", "cycling", "diving",
                                    "swimming", "riding", "sledging", "sturz", "unfall", "fell ", " fall", "accident",
                                    "crash", "collision", " rtc", " rta", " mva", " mvc", "injured", "chute", "tombé",
                                    "blessé", "caduta", "caduto", "incidente", "infortunio", "verletzung", "injury",
                                    "schlägerei", "prügelei", "überfall", "raufhandel", "tätlichkeit", "velo",
                                    "assault", "agression", "rixe", "aggressione", "rissa"))
# A road needs "on / auf / sur / sulla" before it and a locator after it (both looked for).
_ROAD_GATE = LOWER_GATES.register((" on the ", " auf der ", " sur l", " sulla ", " on i-", " on route", " on highway"))
_NEAR_GATE = LOWER_GATES.register((" near ", " at ", " by ", " outside ", " bei ", " nahe ", "höhe ", "près de",
                                   "vicino a", " presso "))
_JOURNEY_GATE = LOWER_GATES.register(("returned", "back from", "home from", "recently from", "travel", "holiday",
                                      "visiting", "rückkehr", "zurück aus", "urlaub", "reise nach", "retour de",
                                      "rentré", "voyage", "rientrat", "viaggio"))
_NOT_PLACE = frozenset({"The", "Der", "Die", "Das", "Rücklage", "Vorlage", "Hause", "Haus", "Home", "Work", "Arbeit",
                        "School", "Schule", "Treppe", "Leiter", "Ladder", "Stairs", "Bett", "Bed", "Bad", "Dusche",
                        "Garten", "Garden", "Wohnung", "Höhe", "Richtung", "Folge", "Rahmen", "Zusammenhang", "Casa",
                        "Maison", "Domicile", "Lavoro", "Travail", "Auto", "Car", "Velo", "Fahrrad", "Autobahn",
                        "Strasse", "Straße", "Wald", "Feld", "Keller", "Küche", "Zimmer", "Badezimmer", "Schlafzimmer",
                        "Unknown", "Unbekannt", "Inconnu", "Sconosciuto"})


# Prepositions that take a town without an article ("im Treppenhaus", "auf der Baustelle", "on the ice" name a
# place of no one); a German accident noun ("Sturz in Rücklage") takes a listed town only, a sport ("beim
# Skifahren in <Place>") any name word.
_EVENT_GAPS = (["accident"], ["injury"], ["crash"], ["fall"], ["unfall"], ["chute"], ["incidente"], ["accidente"])
# A means of sport or travel between the cue and the place: "Chute à ski à <Place>", "caduta in bici a <Place>".
_ACTIVITY_WORDS = frozenset({"ski", "skis", "vélo", "moto", "luge", "snowboard", "parapente", "sci", "bici",
                             "bicicletta",
                             "slitta", "bike", "motorbike", "motorcycle", "horseback", "sledge", "toboggan"})
# "Injury" names no activity: a listed town only ("Injury on 3 May in Theatre 2" stays; round 23b).
_LISTED_ONLY_CUES = frozenset({"Injury", "injury"})
_TOWN_PREPS = frozenset({"in", "bei", "at", "near", "à", "a", "près de", "presso", "vicino a"})
_GERMAN_NOUN_CUE = re.compile(r"[Ss]turz|[Uu]nfall|[Kk]örperverletzung|[Ss]chlägerei|[Pp]rügelei|[Üü]berfall|"
                              r"[Rr]aufhandel|[Tt]ätlichkeit|[Vv]elounfall|[Vv]elosturz|[Ff]ahrradsturz|[Ss]kiunfall|[Vv]erkehrsunfall|[Aa]rbeitsunfall|[Mm]otorradunfall|"
                              r"[Ff]ahrradunfall|[Aa]bsturz|[Ll]awinenunfall|[Bb]adeunfall")


# Everyday places, body sites, states, seasons, feasts, weather and manner that open a value after a place label or
# follow a sport's preposition: words of no one's place ("Unfallort: Arbeitsplatz", "Location of injury: Left Hand",
# "Fundort: Bewusstlos in Rückenlage", "Chute à ski à Pâques", "Unfall bei Nebel", "Caduta a Velocità elevata").
_EVERYDAY = frozenset({
    "left", "right", "links", "rechts", "both", "bilateral", "beidseits", "gauche", "droite", "sinistra", "destra",
    "scalp", "head", "face", "forehead", "hand", "hands", "arm", "wrist", "elbow", "shoulder", "knee", "ankle", "foot",
    "leg", "hip", "chest", "back", "neck", "finger", "thumb", "toe", "kopf", "gesicht", "schulter", "knie", "fuss",
    "fuß", "hüfte", "rücken", "thorax", "abdomen", "zuhause", "daheim", "roadside", "playground", "bathroom",
    "bedroom", "kitchen", "stairs", "staircase", "bottom", "top", "floor", "street", "road", "pavement", "sidewalk",
    "park", "beach", "pool", "gym", "field", "pitch", "track", "slope", "piste", "farm", "workplace", "site",
    "warehouse", "factory", "office", "shop", "supermarket", "school", "nursery", "nursing", "care", "residential",
    "hospital", "ward", "prison", "cell", "car", "bus", "train", "unknown", "home", "house", "garden", "yard",
    "bewusstlos", "bewusstlosigkeit", "somnolent", "leblos", "unconscious", "collapsed", "kurve", "zweikampf",
    "whiteout", "nebel", "regen", "schnee", "glätte", "glatteis", "eis", "dunkelheit", "nacht", "gewitter", "sturm",
    "wind", "fog", "rain", "snow", "ice", "darkness", "night", "dusk", "dawn", "brouillard", "pluie", "neige",
    "verglas", "nuit", "nebbia", "pioggia", "neve", "ghiaccio", "notte", "noël", "pâques", "natale", "pasqua",
    "ferragosto", "capodanno", "weihnachten", "ostern", "silvester", "pfingsten", "christmas", "easter", "halloween",
    "vitesse", "velocità", "montée", "descente", "salita", "discesa", "speed", "galopp", "trab", "training", "spiel",
    "wettkampf", "rennen", "abfahrt", "sprung", "landung", "match", "partita", "course", "gara", "race", "halfpipe",
    "funpark", "snowpark", "loipe", "tiefschnee", "buckelpiste", "schanze", "rampe", "sprungschanze"})
_EVERYDAY_ENDINGS = ("platz", "halle", "stelle", "heim", "piste", "hause", "zimmer", "raum", "lage", "kampf", "kurve",
                     "fahrt", "spiel", "training", "gelände", "gebäude", "wohnung", "schule", "garten", "treppe",
                     "keller", "ground", "room", "side", "floor", "hall", "house", "home", "yard", "stairs")
# A street-shaped or numbered value: a place of someone ("Mill Lane car park", "Rastplatz Hohenrain, A2").
_STREET_SHAPE = re.compile(r"(?i)(?:strasse|straße|str\.|weg|gasse|allee|damm|ufer|steig|pfad|chaussee)\b|"
                           r"\b(?:lane|road|rd|street|avenue|ave|drive|close|way|crescent|terrace|rue|via|chemin|"
                           r"avenue|corso|piazza|viale|quai)\b|(?<![\d:])\d{1,4}[a-z]?\b(?![:.]\d)")
_TIME = re.compile(r"\d{1,2}[:.h]\d{2}\b")


def _everyday(word: str) -> bool:
    low = word.lower().strip(",.;:")
    return low in _EVERYDAY or low.endswith(_EVERYDAY_ENDINGS)


_EVENT_ENDINGS = ("unfall", "kollision", "sturz", "verletzung", "trauma", "crash", "collision", "accident", "brand")


def _without_event_tail(value: str) -> str:
    """A labelled place without a trailing comma part of one noun-shaped word: "A7 bei <Town>, Frontalkollision"
    ends at the town (round 20b)."""
    while (cut := value.rfind(",")) > 0 and len(tail := value[cut + 1:].split()) == 1 and tail[0][:1].isupper() and (
            tail[0].lower().endswith(_EVENT_ENDINGS)):
        value = value[:cut]
    return value


def _labelled_place(text: str, start: int, value: str) -> bool:
    """A labelled value names someone's place: a listed town in it, a street or numbered shape, or a proper name
    (a comma part whose capitalised words are none an everyday place, body site, state or noun-shaped word)."""
    if _TIME.match(value):
        return False  # "Found at: 03:15 by partner"
    for w in re.finditer(rf"[{UP}][\w'’-]*", value):
        if _listed_end(text, start + w.start()) is not None and not _everyday(w.group()):
            return True
    if _STREET_SHAPE.search(value):
        return True
    for part in value.split(","):  # one part of proper names is enough ("Tesco car park, <Suburb>")
        words = [w.strip(".") for w in part.split() if w[0].isupper()]
        if words and _unlisted_ok(" ".join(words)):
            return True
    return False


# A third capitalised word after an unlisted place: a facility's name goes on ("fall at Brookdale Senior Living").
_NAME_GOES_ON = re.compile(rf"[ \t]+[{UP}]")


def _listed_end(text: str, start: int) -> int | None:
    end = known_town_end(text, start) or district_town_end(text, start)
    return end if end is not None and text[start:end] not in CLINICAL_WORDS and not _everyday(text[start:end]) \
        else None


def _unlisted_ok(value: str, everyday: bool = True) -> bool:
    """Capitalised words that may name a place: none a common, clinical or noun-shaped word (nor, with `everyday`,
    an everyday place, body site, state, feast, weather or manner word)."""
    parts = value.split()
    return all(p not in _NOT_PLACE and p not in CLINICAL_WORDS and _is_name_word(p)
               and not (everyday and _everyday(p)) for p in parts)


# Alpine name endings besides the shared place endings ("Ischgl", "Mariazell", "Schladming", "Kössen"; mend 23b).
_ALPINE_ENDINGS = ("egg", "stein", "hof", "alm", "joch", "gl", "tux", "eck", "kogel", "zell", "ing", "ssen")
_NUMBER_AFTER = re.compile(r"[ \t]+\d")


def _sport_place_shape(text: str, m: re.Match[str]) -> bool:
    """After a sport's accident word ("Skiunfall", "Bergunfall") German capitalises every noun: an unlisted word is
    a place only with a place-name ending and no number after it ("Bergunfall in Schneesturm", "Tauchunfall in
    Tiefe 30 m", "Kletterunfall in Wand" stay; mend 23b)."""
    if _NUMBER_AFTER.match(text, m.end("v")):
        return False
    return all(len(low := w.lower()) > 4 and low.endswith(_PLACE_ENDINGS + _ALPINE_ENDINGS)
               for w in m.group("v").split())


def incident_place_hits(text: str, lowered: str) -> list[Hit]:
    """ADDRESS hits of accident, finding and journey places in `text` (`lowered`: its lower-cased copy)."""
    fired = LOWER_GATES.fired(lowered)
    hits: list[Hit] = []
    for m in LABELLED.finditer(text) if _LABEL_GATE in fired else ():
        first = m.group("v").split()[0].rstrip(",")
        if first in _NOT_PLACE or (m.group("colon") is None and m.group("v")[0].isalpha()
                                   and not _unlisted_ok(first, False) and _listed_end(text, m.start("v")) is None):
            continue  # "Fundort Wohnung der Patientin", "Unfallort: Autobahn": no place of anyone
        if not _labelled_place(text, m.start("v"), m.group("v")):
            continue  # "Unfallort: Arbeitsplatz", "Location of injury: Left Hand", "Found at: 03:15 by partner"
        hits.append(Hit(m.start("v"), m.start("v") + len(_without_event_tail(m.group("v"))), "ADDRESS", "rule"))
    for m in SPORT_PLACE.finditer(text) if _SPORT_GATE in fired else ():
        if (end := _listed_end(text, m.start("v"))) is not None:
            hits.append(Hit(m.start("v"), end, "ADDRESS", "rule"))
        elif ((not m.group("gap") or m.group("gap").split() in _EVENT_GAPS
               or m.group("gap").split()[-1] in _ACTIVITY_WORDS) and m.group("prep") in _TOWN_PREPS
              and _unlisted_ok(m.group("v")) and not _NAME_GOES_ON.match(text, m.end("v"))
              and (_sport_place_shape(text, m) if _SPORT_COMPOUND_RE.fullmatch(m.group("cue"))
                   else not _GERMAN_NOUN_CUE.match(m.group("cue")))
              and m.group("cue") not in _LISTED_ONLY_CUES):
            hits.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
    for m in ROAD_TOWN.finditer(text) if _ROAD_GATE in fired and _NEAR_GATE in fired else ():
        if _everyday(m.group("t").split()[0]):
            continue  # "auf der A9 bei Nebel"
        if _listed_end(text, m.start("t")) is not None or _unlisted_ok(m.group("t")):
            hits.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
    for m in JOURNEY.finditer(text) if _JOURNEY_GATE in fired else ():
        if (end := _listed_end(text, m.start("v"))) is not None:
            hits.append(Hit(m.start("v"), end, "ADDRESS", "rule"))
    return hits
