"""Clinical and care common nouns that can follow a facility type word without naming a house (review of 16a-c).

A care or centre compound is often followed by what it does, not by who it is: "Transportdienst Liegend",
"Pflegedienst Notfall", "im Brustzentrum zur Biopsie", "Centro oncologico Chemioterapia", "Centre cardiologique
Urgence". A word names a site only when it passes a proper-name test; this module answers the negative half: the
word is a clinical or everyday noun, by a short vocabulary or by its last compound part ("Sondenkost" ends in
"kost", "Verbandswechsel" in "wechsel"), or is a participle used as a transport mode ("Liegend", "Sitzend").
A listed town always wins over this test (callers check towns first).
"""

from __future__ import annotations

import re
from itertools import pairwise

from curation.deid.text.common import words

# Whole words: care modes, purposes and clinical nouns in German, Italian, French and English.
CARE_NOUNS = words("""
notfall notfälle rollstuhl trage bett wochenbett einkauf sturz stürze standort besprechung staging verlauf
biopsie punktion infiltration therapie chemo chemotherapie bestrahlung nachsorge vorsorge beratung abklärung
tumorboard tumorkonferenz konsil triage booster sleeve tavi schockraum intensiv hilfe transfer transport
einsatz einsätze besuch besuche hausbesuch ernährung sondenkost pflege wundpflege körperpflege grundpflege
behandlung aufnahme entlassung termin kontrolle
paziente pazienti urgenza urgenze urgence urgences panoramique panoramica scanner ecografia echographie
échographie consultation consulenza visita visite politrauma polytrauma trauma chemioterapia radioterapia
radiothérapie chimiothérapie dépistage screening follow-up review treatment therapy ablation assessment
""")
# Last parts of German compounds that are common nouns: "Sondenkost", "Verbandswechsel", "Wundkontrolle"; rooms
# and procedures of a house ("Schockraum", "Kreißsaal", "Herzkatheter", "Dialyse"; review 19).
_NOUN_TAILS = ("kost", "bett", "stuhl", "fall", "kauf", "sturz", "wechsel", "konferenz", "kontrolle", "board",
               "besprechung", "versorgung", "therapie", "pflege", "hilfe", "beratung", "dienst", "termin",
               "untersuchung", "eingriff", "trauma", "ambulanz", "visite", "sprechstunde", "schulung", "training",
               "gespräch", "gespraech", "ing", "grafia", "grafie", "graphie", "scopia", "skopie", "terapia",
               "tomie", "ektomie", "plastik", "raum", "saal", "katheter", "lyse")
# Stems of present participles used as a transport or positioning mode: "Liegend", "Sitzend", "Gehend".
_PARTICIPLE_STEMS = ("ieg", "itz", "eh", "ahr", "ieh", "ies")


def is_care_noun(word: str) -> bool:
    """True for a clinical or care common noun (German, Italian, French, English) by vocabulary, compound tail or
    participle ending; False for a word that may still be a name ("Sonnenschein", "Bellinzona")."""
    low = word.lower()
    if low in CARE_NOUNS or low.endswith(_NOUN_TAILS):
        return True
    return low.endswith("end") and len(low) > 5 and low[:-3].endswith(_PARTICIPLE_STEMS)


_SYNDROME_HEADS = ("syndrom", "syndrome", "sequenz", "sequence", "komplex", "complex", "anomalie", "anomaly")
# Eponym syndromes a newborn or twin word comes before ("Infant Klippel-Feil", "Baby Beckwith-Wiedemann",
# "Säugling Pierre-Robin"): distinctive parts alone, common surnames ("Weber", "Smith") only in their pair.
_SYNDROME_PARTS = words("""
Klippel Feil Trénaunay Trenaunay Beckwith Wiedemann Prader Willi Sturge Peutz Jeghers Ehlers Danlos Hirschsprung
Kasabach Wiskott Aldrich Bardet Biedl Rubinstein Taybi Hirschhorn Lemli Opitz Treacher Jervell Crigler Najjar
Kartagener Shone Schlatter Chiari Perthes Feto Fetales Fetale Fetal Hand Fuß Fuss Mund
""")
_SYNDROME_PAIRS = words("""
Pierre-Robin Salter-Harris Dandy-Walker Legg-Calvé Silver-Russell Sturge-Weber Smith-Lemli Wolf-Hirschhorn Holt-Oram
Treacher-Collins Budd-Chiari Arnold-Chiari Osgood-Schlatter Kasabach-Merritt Cornelia-de-Lange Peutz-Jeghers
""")


def is_syndrome_name(value: str) -> bool:
    """True for an eponym syndrome or a clinical compound written like a double name: a distinctive part
    ("Klippel-Feil"), a listed pair ("Pierre-Robin", "Sturge-Weber") or a syndrome head ("...-Sequenz")."""
    parts = [p for p in re.split(r"[\s-]+", value) if p]
    if any(p.lower().endswith(_SYNDROME_HEADS) for p in parts):
        return True
    # Review 18: the whole word must be a syndrome ("Opitz-Meier", "Rubinstein-Cohen" are double surnames): every
    # part a distinctive syndrome part or inside a listed pair.
    paired = {i for i, (a, b) in enumerate(pairwise(parts)) if f"{a}-{b}" in _SYNDROME_PAIRS}
    covered = {j for i in paired for j in (i, i + 1)}
    return bool(parts) and all(p in _SYNDROME_PARTS or i in covered for i, p in enumerate(parts))
