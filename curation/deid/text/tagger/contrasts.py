"""Tagger round 8: contrast documents, hard negatives of the look-alike classes the retrained tagger took for PHI
(docs/deid.md, "tagger round 7": not packaged), each written next to a positive of the same shape, so the model
learns the difference and not a word list:

- `place_noun`: a place noun with a street-like ending after an accident's place label or preposition
  ("Unfallort: Arbeitsplatz.", "Sturz auf dem Spielplatz", "Fundort: Bauernhof") in DE / AT / CH forms, next to a
  real address after a residence or accident label ("Wohnort: Lindenweg 12, 4051 Basel");
- `school_work`: a school type or a workplace with a class or a trade and no name ("Schülerin, Gymnasium Klasse 9",
  "Maurer auf der Baustelle"), next to a named school ("Schülerin der Grundschule Lindenhof": INSTITUTION);
- `exam_cell`: an exam cell of RIS / PACS worklist rows in capitals, a body part and a view, side or eponymic view
  joined by a comma ("| CHEST,PA/LAT |", "| MASTOID,MAYER |"), next to a name cell of the same shape in the same
  row ("MAYER,ANNA": PERSON) and, above the rows, the patient's name line (synth._name_line, in capitals more often
  than not: capitals exam words must not teach that a line's capitals are no name);
- `table_header`: a measurement table's header row and row words ("Vessel|PSV|EDV|Ratio", "Segment|HU|Size"),
  next to a worklist whose cells hold names under their header row;
- `eponym_after_age`: an eponym syndrome or sign after an age, newborn or sex word ("Infant Klippel-Feil",
  "Säugling Arnold-Chiari-Malformation", "Frau, Morbus Bechterew"), next to a name after a title or a relative's
  word ("Frau Huber-Lang", "Mother: Anna Weber");
- `classification_name` (round 9): an eponymous or place-like classification or staging name with its type, grade or
  stage after a finding word, or before it in English ("perianale Fistel Park Typ II", "Nierenzyste Bosniak IIF",
  "Stanford type A dissection", "fracture de la cheville Weber B", "frattura del collo femorale Garden III") in
  DE / EN / FR / IT, next to a facility named after a place ("Universitätsklinikum Heidelberg", "St. James's
  University Hospital": INSTITUTION) or a person whose surname is an eponym's ("Besprochen mit Dr. Weber": PERSON);
- `route_part` (round 10): a building part, entrance, level, wing, lift or direction after a route or place word
  ("Via Eingang Nord zur Radiologie", "über Haus B, Ebene 2", "Access via the North Wing", "par entrée principale",
  "via ingresso nord") in DE / EN / FR / IT, next to a facility of the same shape ("Verlegung via Klinikum Nord",
  "Transferred from North Leeds General Hospital": INSTITUTION) or a street address whose name is made of the same
  words ("Zufahrt über Eingangsweg 4", "Via Lugano 12": ADDRESS). What is a facility: a span with an institution's
  head noun (Klinik, Klinikum, Spital, Krankenhaus, Hospital, Medical Center, Hôpital, Clinique, Ospedale,
  Policlinico ...) and a town or direction; a part, entrance, level, wing or direction without one is O, also with
  a capital and a direction, and also right after a facility ("Klinikum Nord, Haus B": "Haus B" O).

Every look-alike is O; its span and class are kept (`Contrast.negatives`) so the tests can check that no gold span
touches one. `contrast_documents(n, seed)` is deterministic per (n, seed), like synth.documents.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from curation.deid.text.care_nouns import _SYNDROME_PAIRS
from curation.deid.text.common import words
from curation.deid.text.keep import EPONYMS
from curation.deid.text.tagger.synth import _DE_PLACES, SynthDoc, _Builder, _Gen, _name_line

CLASSES = (
    "place_noun",
    "school_work",
    "exam_cell",
    "table_header",
    "eponym_after_age",
    "classification_name",
    "route_part",
)


@dataclass(frozen=True)
class Contrast:
    doc: SynthDoc
    negatives: tuple[tuple[int, int, str], ...]  # (start, end, class) of each look-alike written (all O)


class _Writer(_Builder):
    def __init__(self) -> None:
        super().__init__()
        self.negatives: list[tuple[int, int, str]] = []

    def look(self, text: str, cls: str) -> None:
        """A look-alike of class `cls`: O, its span remembered."""
        self.negatives.append((self.pos, self.pos + len(text), cls))
        self.add(text)


def _date(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2015, 2026)
    return r.choice((f"{d:02d}.{m:02d}.{y}", f"{m:02d}/{d:02d}/{y}", f"{y}{m:02d}{d:02d}", f"{y}-{m:02d}-{d:02d}"))


def _upper_first(text: str) -> str:
    """`text` with its first letter in capitals (a word that opens a sentence), the rest as it is."""
    return text[:1].upper() + text[1:]


# --- place nouns with a street-like ending, after a place label or preposition ---
# (noun, its dative preposition): everyday places whose ending (-platz, -hof, -garten, -weg, -straße, -stelle) is a
# street's; none names an address without a proper first part and a house number.
_PLACE_NOUNS = (
    ("Arbeitsplatz", "am"),
    ("Spielplatz", "auf dem"),
    ("Sportplatz", "auf dem"),
    ("Fußballplatz", "auf dem"),
    ("Tennisplatz", "auf dem"),
    ("Parkplatz", "auf dem"),
    ("Bolzplatz", "auf dem"),
    ("Golfplatz", "auf dem"),
    ("Campingplatz", "auf dem"),
    ("Kinderspielplatz", "auf dem"),
    ("Abenteuerspielplatz", "auf dem"),
    ("Schulhof", "auf dem"),
    ("Pausenhof", "auf dem"),
    ("Bauernhof", "auf dem"),
    ("Reiterhof", "auf dem"),
    ("Pferdehof", "auf dem"),
    ("Hinterhof", "im"),
    ("Innenhof", "im"),
    ("Friedhof", "auf dem"),
    ("Bahnhof", "am"),
    ("Bauhof", "im"),
    ("Betriebshof", "im"),
    ("Wertstoffhof", "im"),
    ("Kindergarten", "im"),
    ("Schrebergarten", "im"),
    ("Hausgarten", "im"),
    ("Kleingarten", "im"),
    ("Vorgarten", "im"),
    ("Biergarten", "im"),
    ("Gehweg", "auf dem"),
    ("Radweg", "auf dem"),
    ("Fußweg", "auf dem"),
    ("Waldweg", "auf dem"),
    ("Feldweg", "auf dem"),
    ("Wanderweg", "auf dem"),
    ("Schulweg", "auf dem"),
    ("Arbeitsweg", "auf dem"),
    ("Heimweg", "auf dem"),
    ("Landstraße", "auf der"),
    ("Bundesstraße", "auf der"),
    ("Schnellstraße", "auf der"),
    ("Hauptstraße", "auf der"),
    ("Baustelle", "auf der"),
    ("Bushaltestelle", "an der"),
    ("Tankstelle", "an der"),
    ("Werkstatt", "in der"),
    ("Skipiste", "auf der"),
    ("Turnhalle", "in der"),
    ("Sporthalle", "in der"),
    ("Schwimmbad", "im"),
    ("Freibad", "im"),
    ("Hallenbad", "im"),
    ("Pflegeheim", "im"),
    ("Treppenhaus", "im"),
)
_PLACE_LABELS = (
    "Unfallort:",
    "Ereignisort:",
    "Fundort:",
    "Unfallstelle:",
    "Ort des Unfalls:",
    "Ort:",
    "Unfallort / Hergang:",
    "Ereignis:",
    "Auffindeort:",
    "Unfallhergang:",
)
_EVENTS = (
    "Sturz",
    "Stolpersturz",
    "Unfall",
    "Fahrradsturz",
    "Verletzung",
    "Synkope",
    "Kollaps",
    "Sturz von Leiter",
    "Distorsion",
    "Arbeitsunfall",
    "Schulunfall",
    "Velounfall",
    "Verkehrsunfall",
)
_PLACE_TAILS = (
    ".",
    "",
    ", Sturz aus {k} m Höhe.",
    ", Stolpersturz.",
    " (Arbeitsunfall).",
    ", Fahrradsturz.",
    " – Distorsion OSG.",
    ", BG-Fall.",
    ", Schulunfall.",
    " am {d}.",
    ", Schmerzen Handgelenk re.",
    " gegen {k} Uhr.",
    ", Rasanztrauma ausgeschlossen.",
    ", SUVA-Fall.",
    ", AUVA gemeldet.",
)
_RESIDENCE_LABELS = ("Wohnort:", "Wohnadresse:", "Anschrift:", "Adresse:", "Wohnhaft:", "Domizil:", "Wohnsitz:")


def _place_noun(g: _Gen, w: _Writer) -> None:
    r = g.r
    noun, prep = r.choice(_PLACE_NOUNS)
    tail = r.choice(_PLACE_TAILS).format(k=r.randint(1, 12), d=_date(r))
    if r.random() < 0.5:
        w.add(r.choice(_PLACE_LABELS) + r.choice((" ", "\t", "  ")))
    else:
        w.add(f"{r.choice(_EVENTS)} {prep} ")
    w.look(noun, "place_noun")
    w.add(tail + "\n")
    if r.random() < 0.6:  # the positive: a real address after a residence or an accident label
        w.add(r.choice((*_RESIDENCE_LABELS, "Unfallort:", "Ereignisort:")) + " ")
        w.add_parts(g.address())
        w.add(r.choice((".", "", ", Sturz vor dem Haus.")) + "\n")


# --- school types and workplaces without a name ---
_SCHOOLS = (
    "Gymnasium",
    "Realschule",
    "Hauptschule",
    "Grundschule",
    "Volksschule",
    "Gesamtschule",
    "Mittelschule",
    "Berufsschule",
    "Förderschule",
    "Sekundarschule",
    "Primarschule",
    "Kantonsschule",
    "Sonderschule",
    "Neue Mittelschule",
    "Fachoberschule",
    "Oberstufenschule",
    "Bezirksschule",
    "Werkrealschule",
)
_PUPILS = (
    "Schülerin",
    "Schüler",
    "Schulkind",
    "Gymnasiast",
    "Gymnasiastin",
    "Lehrling",
    "Auszubildender",
    "Auszubildende",
    "Kind",
    "Jugendlicher",
    "Jugendliche",
    "Patient",
    "Patientin",
)
_SCHOOL_FORMS = (
    "{p}, {s} Klasse {k}",
    "{p} der {k}. Klasse, {s}",
    "{p}, {s}, {k}. Klasse",
    "{p} ({s}, Klasse {k})",
    "{p}, {s} Oberstufe",
    "Sturz im Sportunterricht ({s})",
    "{p}, besucht das {s}",
    "{p}, {s}, Sportunterricht",
    "Schulunfall ({s}, Klasse {k}b)",
)
_TRADES = (
    "Maurer",
    "Zimmermann",
    "Dachdecker",
    "Schlosser",
    "Mechaniker",
    "Elektriker",
    "Lagerarbeiter",
    "Bauarbeiter",
    "Landwirt",
    "Gärtner",
    "Schreiner",
    "Tischler",
    "Kfz-Mechatroniker",
    "Installateur",
)
_WORKPLACES = (
    ("Baustelle", "auf der"),
    ("Werkstatt", "in der"),
    ("Lagerhalle", "in der"),
    ("Montagehalle", "in der"),
    ("Werkhalle", "in der"),
    ("Produktionshalle", "in der"),
    ("Großbaustelle", "auf der"),
)


def _school_work(g: _Gen, w: _Writer) -> None:
    r = g.r
    k = r.randint(1, 13)
    if r.random() < 0.6:
        form = r.choice(_SCHOOL_FORMS)
        school = r.choice(_SCHOOLS)
        head, _, rest = form.partition("{s}")
        w.add(head.format(p=r.choice(_PUPILS), k=k))
        w.look(school, "school_work")
        w.add(rest.format(k=k))
    else:
        place, prep = r.choice(_WORKPLACES)
        w.add(f"{r.choice(_TRADES)}, {r.choice(('Sturz', 'Unfall', 'Quetschung', 'Schnittverletzung'))} {prep} ")
        w.look(place, "school_work")
    w.add(r.choice((".", ", Skoliose.", ", Distorsion.", "", ", Sturz.")) + "\n")
    if r.random() < 0.6:  # the positive: a named school (INSTITUTION)
        w.add(f"{r.choice(_PUPILS)} der ")
        name = r.choice((r.choice(sorted(_DE_PLACES)), g.town(), f"am {r.choice(sorted(_DE_PLACES))}"))
        w.add(f"{r.choice(_SCHOOLS)} {name}", "INSTITUTION")
        w.add(r.choice((", Sturz.", ".", ", Klasse 7.", " (Sportunterricht).")) + "\n")


# --- exam cells of worklist rows in capitals ---
_EXAM_PARTS = (
    "CHEST",
    "KNEE",
    "ABDOMEN",
    "PELVIS",
    "CAROTID",
    "MASTOID",
    "SHOULDER",
    "HIP",
    "WRIST",
    "ANKLE",
    "FOOT",
    "HAND",
    "ELBOW",
    "SKULL",
    "SINUS",
    "ORBIT",
    "C-SPINE",
    "L-SPINE",
    "T-SPINE",
    "THORAX",
    "PATELLA",
    "CLAVICLE",
    "SCAPHOID",
    "HEEL",
    "CALCANEUS",
    "FEMUR",
    "TIBIA",
    "HUMERUS",
    "SELLA",
    "TEMPORAL",
    "FACIAL",
    "MANDIBLE",
    "RENAL",
    "LIVER",
    "THYROID",
    "BREAST",
    "AORTA",
    "SACRUM",
    "COCCYX",
    "SIJ",
    "ACJ",
    "TMJ",
    "STERNUM",
    "RIBS",
    "NECK",
    "BRAIN",
    "HEAD",
    "PROSTATE",
    "ADRENAL",
    "PAROTID",
)
_EXAM_VIEWS = (
    "PA/LAT",
    "AP/LAT",
    "STANDING",
    "WEIGHTBEARING",
    "DOPPLER",
    "OBLIQUE",
    "FLEX/EXT",
    "3 VIEWS",
    "2 VIEWS",
    "LAT",
    "AP",
    "PA",
    "AXIAL",
    "SUNRISE",
    "TUNNEL",
    "PORTABLE",
    "ERECT",
    "SUPINE",
    "DECUB",
    "W/O",
    "W/WO",
    "NATIV",
    "KM",
    "MPMRI",
    "WASHOUT",
    "CTA",
    "SCAN",
    "SURVEY",
    "OPG",
    "UPTAKE",
    "BILAT",
    "LEFT",
    "RIGHT",
    "L",
    "R",
    "LT",
    "RT",
    "INSP/EXP",
    "STRESS",
    "NONCON",
    "CONTRAST",
)
# Radiographic views named after people: the exam cell's surname-like word ("MASTOID,MAYER").
_EPONYM_VIEWS = (
    "STENVERS",
    "MAYER",
    "SCHÜLLER",
    "SETTEGAST",
    "WATERS",
    "TOWNE",
    "CALDWELL",
    "JUDET",
    "MERCHANT",
    "ROSENBERG",
    "GRASHEY",
    "ZANCA",
    "STRYKER",
    "LAUENSTEIN",
    "DUNN",
    "RIPPSTEIN",
    "HOLMBLAD",
    "FRIK",
    "LAURIN",
    "BROWN",
    "HUGHSTON",
    "GARTH",
    "BERNAGEAU",
    "VELPEAU",
    "SWIMMER",
    "FERGUSON",
    "JUDD",
)
_MODALITIES = ("XR", "CR", "DX", "US", "CT", "MR", "NM", "MG", "RF", "PT")
_STATES = (
    "routine",
    "urgent",
    "STAT",
    "final",
    "prelim",
    "scheduled",
    "done",
    "pending",
    "arrived",
    "dictated",
    "ROUTINE",
    "URGENT",
    "Routine",
    "elektiv",
    "dringend",
    "befundet",
)


# Given names that are also words, left out of the field list ("BILL HENDERSON"): a name line's first word the
# model cannot look up.
_WORD_GIVEN = tuple(
    sorted(
        words("""Bill Jack Ray Will Rose Grace Mark Frank Hope Faith Joy Summer Dawn Penny Ruby Amber Crystal Art Guy
        Iris Daisy Holly Ivy Lily Pearl Heather Sandy Chase Hunter Dale Glen Wade Cliff Miles August""")
    )
)


def _exam(r: random.Random) -> str:
    part = r.choice(_EXAM_PARTS)
    x = r.random()
    if x < 0.3:
        return f"{part},{r.choice(_EPONYM_VIEWS)}"
    if x < 0.85:
        return f"{part},{r.choice(_EXAM_VIEWS)}"
    return f"{part},{r.choice(_EXAM_PARTS)}"


def _patient_line(g: _Gen, w: _Writer) -> None:
    """The patient's line above a block: a name in capitals opens a line too (held-out 3), its given name sometimes
    a word the field list leaves out ("BILL", "GRACE")."""
    given = g.r.choice(_WORD_GIVEN) if g.r.random() < 0.4 else None
    _name_line(g, w, f"{given} {g.surname()}" if given else None)
    w.add("\n")


def _exam_cell(g: _Gen, w: _Writer) -> None:
    r = g.r
    if r.random() < 0.5:  # the patient's line above the rows
        _patient_line(g, w)
    sep = r.choice(("|", " | ", ";", "\t"))
    edge = sep.strip() == "|" and r.random() < 0.6
    for _ in range(r.randint(1, 4)):
        cells: list[tuple[str, str | None]] = [
            (r.choice(_MODALITIES), None),
            (_date(r), None),
            (r.choice(_STATES), None),
        ]
        at = r.randint(0 if edge else 1, len(cells))
        if r.random() < 0.5:  # the positive in the same row: "SURNAME,GIVEN", the surname sometimes a view's
            surname = r.choice(_EPONYM_VIEWS) if r.random() < 0.3 else g.surname().upper()
            cells.insert(
                r.randint(0, len(cells)), (f"{surname},{r.choice((g.given().upper(), g.given()[0]))}", "PERSON")
            )
        if r.random() < 0.4:
            cells.insert(0, (f"{r.choice(('A', 'RX', ''))}{r.randint(100000, 99999999)}", None))
        w.add("| " if edge and sep == " | " else "|" if edge else "")
        exam = _exam(r)
        cells.insert(at, (exam, "exam"))
        for i, (text, label) in enumerate(cells):
            if i:
                w.add(sep)
            if label == "exam":
                w.look(text, "exam_cell")
            else:
                w.add(text, label)
        w.add((" |" if sep == " | " else "|") if edge else "")
        w.add("\n")


# --- measurement tables' header rows and row words ---
_MEASURE_TABLES = (
    (("Vessel", "PSV", "EDV", "Ratio", "RI", "Flow"), ("ICA", "CCA", "ECA", "VA", "SFA", "CFA", "POP", "ATA", "PTA")),
    (("Segment", "HU", "Size", "Enhancement", "Washout"), ("S1", "S2", "S4a", "S4b", "S6", "S7", "S8", "Seg. 5")),
    (("Lesion", "Size", "SUVmax", "Location", "Change"), ("L1", "L2", "Target 1", "Node A", "Nodule 3")),
    (("Level", "Stenosis", "Foramen", "Disc", "Canal"), ("C5/6", "C6/7", "L3/4", "L4/5", "L5/S1", "T11/12")),
    (("Series", "Description", "Images", "Thickness"), ("Ax T1", "Ax T2 FLAIR", "Sag T1 MPRAGE", "DWI", "SWI")),
    (("Sequence", "TR", "TE", "FOV", "Matrix"), ("T1 SE", "T2 TSE", "STIR", "PD FS", "GRE")),
    (("Parameter", "Value", "Unit", "Reference"), ("LVEF", "EDV", "ESV", "SV", "Mass", "TAPSE")),
    (("Gefäß", "Vmax", "RI", "Stenose", "Befund"), ("ACI", "ACC", "ACE", "AV", "AFS", "AFC", "APop")),
    (("Segment", "Befund", "Größe", "Verlauf"), ("S2", "S5", "S7", "S8", "Seg. 4a")),
    (("Organ", "Volume", "Mean", "Max"), ("Liver", "Spleen", "Kidney L", "Kidney R", "Thyroid")),
)


def _table_header(g: _Gen, w: _Writer) -> None:
    r = g.r
    heads, rows = r.choice(_MEASURE_TABLES)
    cols = [heads[0], *r.sample(heads[1:], r.randint(2, len(heads) - 1))]
    sep = r.choice(("|", " | ", ";", "\t", ","))
    for i, head in enumerate(cols):
        if i:
            w.add(sep)
        w.look(head if r.random() < 0.8 else head.upper(), "table_header")
    w.add("\n")
    for _ in range(r.randint(1, 4)):
        w.look(r.choice(rows), "table_header")
        for _ in cols[1:]:
            w.add(sep + r.choice((str(r.randint(1, 250)), f"{r.randint(0, 9)}.{r.randint(0, 9)}", "")))
        w.add("\n")
    if r.random() < 0.6:  # the positive: a worklist of names under their header row
        heads = r.choice((("Name", "Vorname"), ("Surname", "First name"), ("Nachname", "Vorname"), ("LAST", "FIRST")))
        w.add(sep.join(heads) + sep + r.choice(("DOB", "Geb.-Datum", "MRN")) + "\n")
        for _ in range(r.randint(1, 3)):
            w.add(g.surname().upper() if r.random() < 0.4 else g.surname(), "PERSON")
            w.add(sep)
            w.add(g.given(), "PERSON")
            w.add(sep + _date(r) + "\n")


# --- eponym syndromes and signs after an age, newborn or sex word ---
_SYNDROMES = tuple(
    sorted(
        {
            *_SYNDROME_PAIRS,
            "Klippel-Feil",
            "Beckwith-Wiedemann",
            "Prader-Willi",
            "Ehlers-Danlos",
            "Klippel-Trénaunay",
            "Wiskott-Aldrich",
            "Bardet-Biedl",
            "Rubinstein-Taybi",
            "Crigler-Najjar",
            "Legg-Calvé-Perthes",
            "Sinding-Larsen-Johansson",
            "Charcot-Marie-Tooth",
            "Guillain-Barré",
            "Hand-Schüller-Christian",
            "Smith-Lemli-Opitz",
            "Jervell-Lange-Nielsen",
        }
    )
)
# Diseases named "Morbus X" / "X disease" (a closed class); signs take any single-word eponym of keep.EPONYMS.
_MORBUS = (
    "Crohn",
    "Hodgkin",
    "Basedow",
    "Paget",
    "Perthes",
    "Scheuermann",
    "Bechterew",
    "Sudeck",
    "Addison",
    "Cushing",
    "Parkinson",
    "Alzheimer",
    "Wilson",
    "Forestier",
    "Ormond",
    "Osler",
    "Ahlbäck",
    "Kienböck",
    "Köhler",
    "Hirschsprung",
    "Menière",
    "Meulengracht",
    "Boeck",
    "Still",
    "Whipple",
    "Kawasaki",
    "Caffey",
    "Blount",
    "Sever",
    "Freiberg",
    "Legg",
    "Kahler",
    "Waldenström",
    "Ollier",
    "Maffucci",
)
_SIGNS = tuple(e for e in EPONYMS if "-" not in e and " " not in e and e[:1].isupper() and e != "Morbus")
_LEADS = {
    "en": (
        "Infant",
        "Neonate",
        "Newborn",
        "Baby",
        "Toddler",
        "Preterm infant",
        "Twin",
        "Twin A",
        "Twin B",
        "Boy",
        "Girl",
        "{n}-year-old boy",
        "{n}-year-old girl",
        "{n}yo girl",
        "{n} y/o male",
        "Male",
        "Female",
        "Child",
        "Teenager",
        "Adolescent",
        "Patient",
        "Pt.",
    ),
    "de": (
        "Säugling",
        "Neugeborenes",
        "Frühgeborenes",
        "Kind",
        "Kleinkind",
        "Junge",
        "Mädchen",
        "Zwilling",
        "Zwilling I",
        "Zwilling II",
        "{n}-jähriger Junge",
        "{n}-jährige Patientin",
        "Patient",
        "Patientin",
        "Pat.",
        "Reifes Neugeborenes",
        "Frühchen",
    ),
}
_FORMS = {
    "en": (
        "{s}",
        "{s}",
        "{s}",
        "{s} syndrome",
        "{s} malformation",
        "{s}?",
        "with {s} syndrome",
        "- {s} anomaly",
        "{e} disease",
        "{g} sign",
        ", known {s}",
        ", ?{s}",
    ),
    "de": (
        "{s}",
        "{s}",
        "{s}",
        "{s}-Syndrom",
        "{s}-Malformation",
        "{s}-Sequenz",
        "{s}?",
        "mit {s}-Syndrom",
        "Morbus {e}",
        "M. {e}",
        ", V.a. {s}",
        ", bekannter Morbus {e}",
        "{g}-Zeichen",
    ),
}
# After a title word only the clinical forms ("Frau, Morbus Bechterew", "Herr mit M. Perthes"): "Frau Klippel-Feil"
# would be a double surname.
_TITLE_FORMS = {
    "en": ("Mrs., {e} disease", "Mr. with {s} syndrome", "Woman with {e} disease", "Man, {s} syndrome"),
    "de": (
        "Frau, Morbus {e}",
        "Frau mit Morbus {e}",
        "Herr, M. {e}",
        "Herr mit {s}-Syndrom",
        "Frau, {n} J., {s}-Syndrom",
    ),
}
_RELATIVE_CUES = {
    "en": ("Mother: ", "Father: ", "Mother ", "Accompanied by mother ", "Parent: "),
    "de": ("Kindsmutter ", "Mutter: ", "Vater: ", "Begleitet von Mutter ", "Eltern: "),
}


def _eponym_after_age(g: _Gen, w: _Writer) -> None:
    r, lang = g.r, g.lang
    n = r.randint(1, 17)
    fill = {"s": r.choice(_SYNDROMES), "e": r.choice(_MORBUS), "g": r.choice(_SIGNS), "n": n}
    if r.random() < 0.75:
        w.add(r.choice(_LEADS[lang]).format(n=n))
        form = r.choice(_FORMS[lang])
        lead = "" if form.startswith(",") else " "
        w.add(lead)
        text = form.format(**fill)
    else:
        text = r.choice(_TITLE_FORMS[lang]).format(**fill)
    w.look(text, "eponym_after_age")
    w.add(r.choice((".", ", Verlaufskontrolle.", ", follow-up.", "", ": Röntgen HWS.", ", MRI brain.")) + "\n")
    if r.random() < 0.6:  # the positive: a name after a title (a double surname too) or a relative's word
        if r.random() < 0.5:
            w.add(r.choice(("Frau ", "Herr ", "Mrs. ", "Mr. ", "Ms. ")))
            surname = g.surname()
            w.add(f"{surname}-{g.surname()}" if r.random() < 0.5 and "-" not in surname else surname, "PERSON")
        else:
            w.add(r.choice(_RELATIVE_CUES[lang]))
            w.add(f"{g.given()} {g.surname()}", "PERSON")
        w.add(r.choice((".", " informiert.", ", Tel. Rückruf.", " present.", "")) + "\n")


# --- classification and staging names after a finding word (tagger round 9) ---
# (name, domain, grade kind): eponymous and place-like classification names as reports write them after (or, in
# English, before) the finding they grade. Kinds: "typ" / "grad" / "stadium" / "klasse" take their word
# (Typ / type / tipo ...) or none; "bosniak" its own categories.
_CLASSIFICATIONS = (
    ("Park", "fistula", "typ"),
    ("St. James", "fistula", "grad"),
    ("Parks", "fistula", "typ"),
    ("Bosniak", "kidney", "bosniak"),
    ("Hinchey", "diverticulitis", "stadium"),
    ("Hansen-Stock", "diverticulitis", "typ"),
    ("Clavien-Dindo", "complication", "grad"),
    ("Stanford", "aorta", "typ"),
    ("DeBakey", "aorta", "typ"),
    ("Fazekas", "white_matter", "grad"),
    ("Scheltens", "white_matter", "grad"),
    ("Gartland", "elbow", "typ"),
    ("Baumann", "elbow", "typ"),
    ("Weber", "ankle", "typ"),
    ("Danis-Weber", "ankle", "typ"),
    ("Lauge-Hansen", "ankle", "stadium"),
    ("Salter-Harris", "physis", "typ"),
    ("Aitken", "physis", "typ"),
    ("Garden", "femoral_neck", "typ"),
    ("Pauwels", "femoral_neck", "typ"),
    ("Evans", "femoral_neck", "typ"),
    ("Neer", "shoulder", "typ"),
    ("Rockwood", "shoulder", "typ"),
    ("Tossy", "shoulder", "grad"),
    ("Schatzker", "knee", "typ"),
    ("Outerbridge", "knee", "grad"),
    ("Kellgren-Lawrence", "knee", "grad"),
    ("Tönnis", "hip", "grad"),
    ("Graf", "hip", "typ"),
    ("Crowe", "hip", "typ"),
    ("Brooker", "hip", "klasse"),
    ("Paprosky", "hip", "typ"),
    ("Vancouver", "hip", "typ"),
    ("Ficat", "hip", "stadium"),
    ("Mayfield", "wrist", "stadium"),
    ("Frykman", "wrist", "typ"),
    ("Lichtman", "wrist", "stadium"),
    ("Herbert", "wrist", "typ"),
    ("Meyerding", "spine", "grad"),
    ("Modic", "spine", "typ"),
    ("Pfirrmann", "spine", "grad"),
    ("Magerl", "spine", "typ"),
    ("Anderson-D'Alonzo", "spine", "typ"),
    ("Los Angeles", "esophagus", "klasse"),
    ("Savary-Miller", "esophagus", "stadium"),
    ("Prague", "esophagus", "klasse"),
    ("Forrest", "esophagus", "typ"),
    ("Montreal", "bowel", "klasse"),
    ("Paris", "bowel", "typ"),
    ("Vienna", "bowel", "klasse"),
    ("Atlanta", "pancreas", "klasse"),
    ("Balthazar", "pancreas", "grad"),
    ("Bismuth-Corlette", "bile", "typ"),
    ("Todani", "bile", "typ"),
    ("Strasberg", "bile", "typ"),
    ("Ann Arbor", "lymphoma", "stadium"),
    ("Lugano", "lymphoma", "stadium"),
    ("Masaoka", "thymus", "stadium"),
    ("Bethesda", "thyroid", "klasse"),
    ("Spetzler-Martin", "brain", "grad"),
    ("Fisher", "brain", "grad"),
    ("Hunt-Hess", "brain", "grad"),
    ("Borden", "brain", "typ"),
    ("Cognard", "brain", "typ"),
    ("Heidelberg", "brain", "klasse"),
    ("Fontaine", "vessel", "stadium"),
    ("Rutherford", "vessel", "klasse"),
    ("Banff", "kidney", "grad"),
    ("Tile", "pelvis", "typ"),
    ("Young-Burgess", "pelvis", "typ"),
    ("Letournel", "pelvis", "typ"),
    ("Sanders", "foot", "typ"),
    ("Hawkins", "foot", "typ"),
    ("Berndt-Harty", "foot", "stadium"),
    ("Mason", "elbow", "typ"),
    ("Gustilo-Anderson", "pelvis", "grad"),
)
_FINDINGS = {  # domain -> {language: finding words}
    "fistula": {
        "de": ("Fistel", "perianale Fistel", "Analfistel", "Fistelgang"),
        "en": ("fistula", "perianal fistula"),
        "fr": ("fistule", "fistule périanale"),
        "it": ("fistola", "fistola perianale"),
    },
    "kidney": {
        "de": ("Nierenzyste", "Zyste", "Läsion", "Raumforderung"),
        "en": ("renal cyst", "cyst", "lesion"),
        "fr": ("kyste rénal", "lésion kystique"),
        "it": ("cisti renale", "lesione cistica"),
    },
    "diverticulitis": {
        "de": ("Divertikulitis", "Sigmadivertikulitis"),
        "en": ("diverticulitis",),
        "fr": ("diverticulite", "sigmoïdite"),
        "it": ("diverticolite",),
    },
    "complication": {
        "de": ("Komplikation", "postoperative Komplikation"),
        "en": ("complication",),
        "fr": ("complication",),
        "it": ("complicanza",),
    },
    "aorta": {
        "de": ("Aortendissektion", "Dissektion"),
        "en": ("aortic dissection", "dissection"),
        "fr": ("dissection aortique",),
        "it": ("dissezione aortica",),
    },
    "vessel": {
        "de": ("pAVK", "Stenose", "Verschluss"),
        "en": ("PAD", "occlusion"),
        "fr": ("AOMI", "sténose"),
        "it": ("arteriopatia", "stenosi"),
    },
    "white_matter": {
        "de": ("Marklagerläsionen", "Mikroangiopathie", "Leukenzephalopathie"),
        "en": ("white matter lesions", "small vessel disease"),
        "fr": ("leucopathie",),
        "it": ("leucoencefalopatia", "lesioni della sostanza bianca"),
    },
    "brain": {
        "de": ("SAB", "Subarachnoidalblutung", "AVM", "Fistel"),
        "en": ("SAH", "AVM", "dural fistula"),
        "fr": ("HSA", "MAV"),
        "it": ("ESA", "MAV"),
    },
    "elbow": {
        "de": ("suprakondyläre Humerusfraktur", "Radiuskopffraktur", "Fraktur"),
        "en": ("supracondylar fracture", "radial head fracture"),
        "fr": ("fracture supracondylienne",),
        "it": ("frattura sovracondiloidea",),
    },
    "ankle": {
        "de": ("OSG-Fraktur", "Sprunggelenksfraktur", "Außenknöchelfraktur", "Fibulafraktur"),
        "en": ("ankle fracture", "lateral malleolus fracture"),
        "fr": ("fracture de la cheville",),
        "it": ("frattura della caviglia",),
    },
    "physis": {
        "de": ("Epiphysenfugenverletzung", "Epiphysenfraktur"),
        "en": ("physeal fracture", "growth plate injury"),
        "fr": ("décollement épiphysaire",),
        "it": ("frattura epifisaria",),
    },
    "femoral_neck": {
        "de": ("Schenkelhalsfraktur", "SHF", "pertrochantäre Fraktur"),
        "en": ("femoral neck fracture", "hip fracture"),
        "fr": ("fracture du col fémoral",),
        "it": ("frattura del collo femorale",),
    },
    "shoulder": {
        "de": ("Humeruskopffraktur", "ACG-Sprengung", "Schultereckgelenksprengung"),
        "en": ("proximal humerus fracture", "AC joint separation"),
        "fr": ("fracture de l'humérus proximal",),
        "it": ("frattura dell'omero prossimale",),
    },
    "knee": {
        "de": ("Tibiakopffraktur", "Chondropathie", "Gonarthrose", "Knorpelschaden"),
        "en": ("tibial plateau fracture", "chondral lesion", "osteoarthritis"),
        "fr": ("gonarthrose",),
        "it": ("gonartrosi", "condropatia"),
    },
    "hip": {
        "de": ("Hüftdysplasie", "Koxarthrose", "Hüftkopfnekrose", "Hüfte", "heterotope Ossifikation"),
        "en": ("hip dysplasia", "osteonecrosis", "heterotopic ossification"),
        "fr": ("dysplasie de hanche",),
        "it": ("displasia dell'anca", "coxartrosi"),
    },
    "wrist": {
        "de": ("distale Radiusfraktur", "Skaphoidfraktur", "Lunatumnekrose", "Instabilität"),
        "en": ("distal radius fracture", "scaphoid fracture", "perilunate injury"),
        "fr": ("fracture du scaphoïde",),
        "it": ("frattura dello scafoide",),
    },
    "spine": {
        "de": (
            "Spondylolisthesis",
            "Wirbelkörperfraktur",
            "Densfraktur",
            "Endplattenveränderungen",
            "Bandscheibendegeneration",
        ),
        "en": ("spondylolisthesis", "endplate changes", "disc degeneration"),
        "fr": ("spondylolisthésis", "fracture vertébrale"),
        "it": ("spondilolistesi", "frattura vertebrale"),
    },
    "esophagus": {
        "de": ("Refluxösophagitis", "Ösophagitis", "Ulkus", "Barrett-Ösophagus"),
        "en": ("esophagitis", "ulcer", "Barrett segment"),
        "fr": ("œsophagite", "ulcère"),
        "it": ("esofagite", "ulcera"),
    },
    "bowel": {
        "de": ("Morbus Crohn", "Polyp", "Läsion", "Adenom"),
        "en": ("Crohn disease", "polyp", "lesion"),
        "fr": ("polype", "maladie de Crohn"),
        "it": ("polipo", "malattia di Crohn"),
    },
    "pancreas": {
        "de": ("Pankreatitis", "Flüssigkeitskollektion"),
        "en": ("pancreatitis", "fluid collection"),
        "fr": ("pancréatite",),
        "it": ("pancreatite",),
    },
    "bile": {
        "de": ("Klatskin-Tumor", "Choledochuszyste", "Gallengangsverletzung"),
        "en": ("hilar cholangiocarcinoma", "choledochal cyst", "bile duct injury"),
        "fr": ("kyste du cholédoque",),
        "it": ("cisti del coledoco",),
    },
    "lymphoma": {
        "de": ("Lymphom", "Hodgkin-Lymphom"),
        "en": ("lymphoma", "Hodgkin lymphoma"),
        "fr": ("lymphome",),
        "it": ("linfoma",),
    },
    "thymus": {"de": ("Thymom",), "en": ("thymoma",), "fr": ("thymome",), "it": ("timoma",)},
    "thyroid": {
        "de": ("Schilddrüsenknoten", "Knoten"),
        "en": ("thyroid nodule", "nodule"),
        "fr": ("nodule thyroïdien",),
        "it": ("nodulo tiroideo",),
    },
    "pelvis": {
        "de": ("Beckenringfraktur", "Acetabulumfraktur", "offene Fraktur"),
        "en": ("pelvic ring fracture", "acetabular fracture", "open fracture"),
        "fr": ("fracture du bassin",),
        "it": ("frattura del bacino",),
    },
    "foot": {
        "de": ("Kalkaneusfraktur", "Talusfraktur", "Osteochondrosis dissecans"),
        "en": ("calcaneal fracture", "talar neck fracture", "osteochondral lesion"),
        "fr": ("fracture du calcanéum",),
        "it": ("frattura del calcagno",),
    },
}
_GRADE_WORDS = {
    "typ": {"de": "Typ", "en": "type", "fr": "type", "it": "tipo"},
    "grad": {"de": "Grad", "en": "grade", "fr": "grade", "it": "grado"},
    "stadium": {"de": "Stadium", "en": "stage", "fr": "stade", "it": "stadio"},
    "klasse": {"de": "Klasse", "en": "class", "fr": "classe", "it": "classe"},
    "bosniak": {"de": "Kategorie", "en": "category", "fr": "catégorie", "it": "categoria"},
}
_ROMAN = ("I", "II", "III", "IV")
_ORDER = {  # "{f}" the finding, "{c}" the classification name and its grade
    "de": ("{f} {c}", "{f} {c}", "{f} ({c})", "{f}, {c}", "{f} nach {c}", "{f}, Klassifikation nach {c}"),
    "en": ("{f}, {c}", "{f} ({c})", "{c} {f}", "{c} {f}", "{f} {c}", "{f}, {c} classification"),
    "fr": ("{f} {c}", "{f} ({c})", "{f}, {c}", "{f} selon {c}", "{f} de {c}"),
    "it": ("{f} {c}", "{f} ({c})", "{f}, {c}", "{f} secondo {c}"),
}
_MEASURED = {
    "de": ("Wandverdickung", "Durchmesser", "Länge", "Dehiszenz", "Dislokation"),
    "en": ("wall thickening", "diameter", "length", "displacement"),
    "fr": ("épaississement pariétal", "diamètre", "déplacement"),
    "it": ("ispessimento parietale", "diametro", "scomposizione"),
}
_LEADINS = {
    "de": ("", "", "Beurteilung: ", "Befund: ", "Nachweis einer ", "Bekannte ", "V.a. ", "Z.n. "),
    "en": ("", "", "IMPRESSION: ", "Findings: ", "Known ", "There is a ", "Suspected "),
    "fr": ("", "", "Conclusion : ", "Résultat : ", "Aspect de "),
    "it": ("", "", "Conclusioni: ", "Reperto: ", "Quadro di "),
}
# Place-like classification names also name places, and a few eponyms are surnames: the positives beside them.
_PLACE_LIKE = (
    "Stanford",
    "Vancouver",
    "Los Angeles",
    "Prague",
    "Montreal",
    "Paris",
    "Vienna",
    "Atlanta",
    "Ann Arbor",
    "Lugano",
    "Bethesda",
    "Heidelberg",
    "Banff",
)
_SURNAME_LIKE = (
    "Park",
    "Weber",
    "Graf",
    "Garden",
    "Neer",
    "Crowe",
    "Evans",
    "Mason",
    "Hawkins",
    "Sanders",
    "Fisher",
    "Forrest",
    "Herbert",
    "Baumann",
    "Tile",
    "Borden",
    "Fontaine",
    "Rutherford",
    "Aitken",
    "Modic",
)
_PLACE_OR_SURNAME_CLASSES = tuple(
    c for c in _CLASSIFICATIONS if c[0] in _PLACE_LIKE or c[0] in _SURNAME_LIKE or c[0] in ("St. James", "Parks")
)
_PERSON_CUES = {
    "de": ("Besprochen mit Dr. ", "Operateur: Dr. ", "Zuweiser: Dr. ", "Befundet von OA Dr. ", "Rückruf Frau "),
    "en": ("Discussed with Dr. ", "Referred by Dr. ", "Surgeon: Dr. ", "Reported by Dr. ", "Called Mr. "),
    "fr": ("Discuté avec le Dr ", "Adressé par le Dr ", "Chirurgien : Dr ", "Vu avec Mme "),
    "it": ("Discusso con il Dott. ", "Inviato dal Dott. ", "Chirurgo: Dott. ", "Referto Dott.ssa "),
}
_INSTITUTION_CUES = {
    "de": ("Voraufnahmen aus ", "Zuweisung: ", "Vorbefund ", "Verlegung aus dem ", "Zweitmeinung für "),
    "en": ("Prior imaging from ", "Referred from ", "Outside study, ", "Transferred from "),
    "fr": ("Examen antérieur : ", "Adressé par ", "Transfert depuis "),
    "it": ("Esame precedente presso ", "Inviato da ", "Trasferito da "),
}

_TAILS = {
    "de": (", Verlaufskontrolle.", " links.", " rechts.", ", Rückfrage erbeten."),
    "en": (", follow-up.", " on the left.", " right.", ", please call back."),
    "fr": (", contrôle.", " à gauche.", " droite."),
    "it": (", controllo.", " a sinistra.", " destra."),
}


def _grade(r: random.Random, kind: str, lang: str) -> str:
    if kind == "bosniak":
        value = r.choice(("I", "II", "IIF", "IIF", "III", "IV"))
    else:
        value = r.choice(
            (
                r.choice(_ROMAN) + r.choice(("", "", "a", "b")),
                str(r.randint(1, 4)) + r.choice(("", "", "a", "b")),
                r.choice("ABC") + r.choice(("", "", "1", "2", "3")),
            )
        )
    return f"{_GRADE_WORDS[kind][lang]} {value}" if r.random() < 0.6 else value


def _place_institution(r: random.Random, place: str, lang: str) -> str:
    if lang == "de":
        return r.choice((f"Universitätsklinikum {place}", f"Klinikum {place}", f"Radiologie {place}"))
    if lang == "fr":
        return r.choice((f"Hôpital de {place}", f"Clinique de {place}", f"CHU de {place}"))
    if lang == "it":
        return r.choice((f"Ospedale di {place}", f"Policlinico di {place}"))
    return f"{place} {r.choice(('General Hospital', 'Medical Center', 'Imaging', 'Radiology', 'Hospital'))}"


def _classification_after_finding(g: _Gen, w: _Writer) -> None:
    r = g.r
    lang = g.lang if r.random() < 0.5 else r.choice(("fr", "it") if g.country == "CH" or g.lang == "en" else ("de",))
    # place-like and surname-like names a third of the time: the ones a facility or a person also carries
    name, domain, kind = r.choice(_PLACE_OR_SURNAME_CLASSES if r.random() < 0.35 else _CLASSIFICATIONS)
    finding = r.choice(_FINDINGS[domain][lang])
    order = r.choice(_ORDER[lang])
    named = f"{name} {_grade(r, kind, lang)}"
    plain, _, after = order.format(f=finding, c="\0").partition("\0")
    lead = r.choice(_LEADINS[lang])
    opens = lead == "" or lead.endswith(": ")  # the finding opens a sentence
    before = _upper_first(plain) if opens else plain
    if r.random() < 0.25 and opens:  # a measurement before the finding
        measured = r.choice(_MEASURED[lang])  # ("Wandverdickung 8 mm, perianale Fistel Park Typ II")
        lead += f"{_upper_first(measured)} {r.randint(2, 40)} mm, "
        before = plain
    w.add(lead + before)
    w.look(named, "classification_name")
    w.add(after)
    same = [c for c in _CLASSIFICATIONS if c[1] == domain and c[0] != name]
    if same and r.random() < 0.3:  # a second grading of the same finding ("(St. James Grad 3)", "/ Parks 2")
        second, _, second_kind = r.choice(same)
        w.add(r.choice((" (", ", ", " / ")))
        w.look(f"{second} {_grade(r, second_kind, lang)}", "classification_name")
        w.add(")" if w.parts[-2] == " (" else "")
    w.add(r.choice((".", ".", ";", *_TAILS[lang])) + "\n")
    if r.random() < 0.7:  # the positive: a facility or a person in a frame of the same shape
        if r.random() < 0.5:
            w.add(r.choice(_INSTITUTION_CUES[lang]))
            place = r.choice(_PLACE_LIKE) if r.random() < 0.5 else g.town()
            inst = (
                r.choice(("Klinik am Park", "Parkklinik", "St. James's University Hospital", "St. James Hospital"))
                if r.random() < 0.15
                else _place_institution(r, place, lang)
            )
            w.add(inst, "INSTITUTION")
        else:
            w.add(r.choice(_PERSON_CUES[lang]))
            w.add(r.choice(_SURNAME_LIKE) if r.random() < 0.5 else g.surname(), "PERSON")
        w.add(r.choice((".", " (" + _date(r) + ").", "", *_TAILS[lang])) + "\n")


# --- round 10: building parts, entrances, levels, wings and directions after a route or place word ---
_DIRECTIONS = {
    "de": ("Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest", "Mitte"),
    "en": ("North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Central"),
    "fr": ("nord", "sud", "est", "ouest", "nord-est", "sud-ouest", "centre"),
    "it": ("nord", "sud", "est", "ovest", "nord-est", "sud-ovest", "centrale"),
}
# (part word, what follows it: "d" a direction, "l" a letter, "n" a number, "" nothing); the English direction goes
# before its part ("North Entrance", "the East Wing"), the others after it ("Eingang Nord", "aile est").
_PARTS = {
    "de": (
        ("Eingang", "dln"),
        ("Zugang", "dl"),
        ("Zufahrt", "dl"),
        ("Pforte", "dn"),
        ("Tor", "n"),
        ("Ausgang", "dl"),
        ("Notfalleingang", "d"),
        ("Liegendeinfahrt", "d"),
        ("Haus", "ln"),
        ("Trakt", "ld"),
        ("Bau", "n"),
        ("Gebäude", "ln"),
        ("Block", "l"),
        ("Pavillon", "n"),
        ("Turm", "l"),
        ("Flügel", "dl"),
        ("Ebene", "n"),
        ("Etage", "n"),
        ("Stock", "n"),
        ("Geschoss", "n"),
        ("Lift", "ln"),
        ("Aufzug", "ln"),
        ("Treppenhaus", "ln"),
        ("Haupteingang", ""),
        ("Nebeneingang", ""),
        ("Nordeingang", ""),
        ("Westflügel", ""),
        ("Osttrakt", ""),
        ("Bettenhaus", "l"),
        ("Hauptgebäude", ""),
        ("Untergeschoss", ""),
        ("Erdgeschoss", ""),
    ),
    "en": (
        ("Entrance", "dln"),
        ("Gate", "dn"),
        ("Door", "n"),
        ("Wing", "dl"),
        ("Building", "ln"),
        ("Block", "ld"),
        ("Tower", "ld"),
        ("Pavilion", "n"),
        ("Level", "n"),
        ("Floor", "n"),
        ("Lift", "ln"),
        ("Elevator", "ln"),
        ("Annex", "d"),
        ("Main Entrance", ""),
        ("Ground Floor", ""),
        ("Lower Ground Floor", ""),
        ("Basement", ""),
        ("Outpatient Entrance", ""),
        ("Ambulance Bay", "n"),
    ),
    "fr": (
        ("entrée", "dl"),
        ("entrée principale", ""),
        ("porte", "ln"),
        ("bâtiment", "ln"),
        ("niveau", "n"),
        ("aile", "d"),
        ("pavillon", "ln"),
        ("étage", "n"),
        ("bloc", "l"),
        ("ascenseur", "ln"),
        ("hall", "ln"),
        ("accès", "d"),
        ("rez-de-chaussée", ""),
    ),
    "it": (
        ("ingresso", "dl"),
        ("ingresso principale", ""),
        ("padiglione", "ln"),
        ("piano", "n"),
        ("blocco", "l"),
        ("ala", "d"),
        ("edificio", "ln"),
        ("scala", "l"),
        ("ascensore", "ln"),
        ("torre", "l"),
        ("cancello", "n"),
        ("corpo", "l"),
        ("piano terra", ""),
    ),
}
_ROUTES = {
    "de": (
        "Via",
        "via",
        "über",
        "Zugang über",
        "Zufahrt über",
        "Anfahrt via",
        "Eintritt über",
        "durch",
        "Treffpunkt",
        "Standort:",
        "Lage:",
        "Transport via",
        "bitte über",
        "Anmeldung",
    ),
    "en": (
        "via",
        "Via",
        "via the",
        "through the",
        "Enter through the",
        "Access via",
        "Use",
        "Directions:",
        "Location:",
        "Meet at",
        "Transport via",
    ),
    "fr": ("via", "Via", "par", "Accès :", "Lieu :", "Rendez-vous", "passer par", "Accès par"),
    "it": ("via", "Via", "attraverso", "Accesso:", "Ingresso da", "passare da", "Sede:", "Luogo:"),
}
_ROUTE_LEADS = {
    "de": (
        "",
        "",
        "",
        "Hinweis: ",
        "Patient bitte ",
        "Liegendtransport ",
        "Rollstuhl, ",
        "Dolmetscher (Türkisch). ",
        "Dolmetscher (Arabisch). ",
        "Ambulant, ",
    ),
    "en": ("", "", "", "Note: ", "Patient arrives ", "Stretcher transfer ", "Wheelchair, ", "Interpreter (Polish). "),
    "fr": ("", "", "Remarque : ", "Patient en fauteuil, ", "Interprète (arabe). "),
    "it": ("", "", "Nota: ", "Paziente in barella, ", "Interprete (albanese). "),
}
_ROUTE_TAILS = {
    "de": (
        " zur Radiologie.",
        " zum CT.",
        " in die Notaufnahme.",
        ", dann links.",
        ".",
        " (Rollstuhl).",
        ", Raum {n}.",
        " zum MRT-Raum {n}.",
        ", Anmeldung Radiologie.",
        " zur Sonographie.",
    ),
    "en": (" to Radiology.", " to the CT suite.", ", then left.", ".", ", room {n}.", " to MRI.", " to the ED."),
    "fr": (" vers la radiologie.", " jusqu'à l'IRM.", ".", ", salle {n}.", " au scanner."),
    "it": (" per la radiologia.", " verso la TC.", ".", ", sala {n}.", " alla risonanza."),
}
_FACILITY_HEADS = {
    "de": ("Klinikum", "Klinik", "Spital", "Krankenhaus", "Kantonsspital", "Kreisklinik", "Stadtspital"),
    "fr": ("Hôpital", "Clinique", "Hôpital de", "CHU de"),
    "it": ("Ospedale", "Policlinico", "Clinica", "Ospedale di"),
}
_FACILITY_CUES = {
    "de": ("Verlegung via ", "Verlegung über ", "Zuweisung: ", "Transport aus ", "Voraufnahmen aus "),
    "en": ("Transfer via ", "Transferred from ", "Referred via ", "Prior imaging from "),
    "fr": ("Transfert via ", "Transfert depuis ", "Adressé par "),
    "it": ("Trasferito via ", "Trasferito da ", "Inviato da "),
}
# street names made of the parts' words: an address (street, house number, postcode and town) is PHI
_PART_STREETS = {
    "de": (
        "Eingangsweg",
        "Torstraße",
        "Pavillonweg",
        "Am Nordtor",
        "Flügelgasse",
        "Portalstraße",
        "Torweg",
        "Am Südtor",
        "Pfortenweg",
        "Turmstraße",
        "Hausackerweg",
    ),
    "en": ("North Gate Road", "Gate Lane", "Pavilion Road", "Tower Street", "Wing Road", "Portal Way", "Annex Drive"),
    "fr": ("rue du Portail", "avenue du Pavillon", "chemin de la Porte", "rue de la Tour"),
    "it": ("Via del Portone", "Via della Torre", "Via Porta Nord", "Viale del Padiglione"),
}
_ADDRESS_CUES = {
    "de": ("Zufahrt über ", "Wohnort: ", "Anschrift: ", "Adresse: "),
    "en": ("Home address: ", "Address: ", "Resides at "),
    "fr": ("Domicile : ", "Adresse : "),
    "it": ("Residenza: ", "Indirizzo: ", "Domicilio: "),
}


def _building_part(r: random.Random, lang: str) -> str:
    word, takes = r.choice(_PARTS[lang])
    if not takes:
        part = word
    else:
        kind = r.choice(takes)
        if kind == "d":
            d = r.choice(_DIRECTIONS[lang])
            part = f"{d} {word}" if lang == "en" else f"{word} {d}"
        else:
            part = f"{word} {r.choice('ABCDEFGK') if kind == 'l' else r.randint(1, 12)}"
    if lang in ("fr", "it") and r.random() < 0.4:  # "Entrée Nord", "Padiglione 3"
        part = _upper_first(part)
    return part


def _facility(g: _Gen, lang: str) -> str:
    r = g.r
    if lang == "en":
        d = r.choice(_DIRECTIONS["en"])
        return r.choice(
            (
                f"{d} {g.town()} General Hospital",
                f"{g.town()} {r.choice(('General Hospital', 'Infirmary', 'Medical Center'))}",
                f"{d} {g.town()} Hospital",
            )
        )
    head = r.choice(_FACILITY_HEADS[lang])
    if head.endswith(" de") or head.endswith(" di"):
        return f"{head} {g.town()}"
    where = r.choice((*_DIRECTIONS[lang][:4], g.town(), g.town()))
    return f"{head} {_upper_first(where)}"


def _route_part(g: _Gen, w: _Writer) -> None:
    r = g.r
    lang = g.lang if r.random() < 0.5 else r.choice(("de", "en", "fr", "it"))
    if r.random() < 0.3:  # a transport order's patient line above the route (capitals: "BILL HENDERSON" stays a name)
        _patient_line(g, w)
        w.add("\n")
    lead, route = r.choice(_ROUTE_LEADS[lang]), r.choice(_ROUTES[lang])
    if lead == "" or lead.endswith((". ", ": ")):  # the route word opens a sentence
        route = _upper_first(route)
    w.add(f"{lead}{route} ")
    w.look(_building_part(r, lang), "route_part")
    if r.random() < 0.3:  # a second part of the same place ("Haus B, Ebene 2", "Block C / Level 2")
        w.add(r.choice((", ", " / ", ", ", " ")))
        w.look(_building_part(r, lang), "route_part")
    w.add(r.choice(_ROUTE_TAILS[lang]).format(n=f"{r.randint(0, 3)}.{r.randint(1, 40):02d}") + "\n")
    if r.random() < 0.7:  # the positive: a facility or a street address in a frame of the same shape
        if r.random() < 0.55:
            w.add(r.choice(_FACILITY_CUES[lang]))
            w.add(_facility(g, lang), "INSTITUTION")
            if r.random() < 0.3:  # the facility's own part stays O ("Klinikum Nord, Haus B")
                w.add(", ")
                w.look(_building_part(r, lang), "route_part")
        else:
            w.add(r.choice(_ADDRESS_CUES[lang]))
            parts = g.address()
            street, n = r.choice(_PART_STREETS[lang]), r.randint(1, 120)
            if lang == "it" and r.random() < 0.5:  # an Italian street is "Via" and a town or a name
                street = f"Via {r.choice((g.town(), g.surname()))}"
            parts[0] = (f"{n} {street}" if lang in ("en", "fr") else f"{street} {n}", "ADDRESS")
            w.add_parts(parts)
        w.add(r.choice((".", "", ", Rückfrage erbeten." if lang == "de" else ".")) + "\n")


_BLOCKS: dict[str, Callable[[_Gen, _Writer], None]] = {
    "place_noun": _place_noun,
    "school_work": _school_work,
    "exam_cell": _exam_cell,
    "table_header": _table_header,
    "eponym_after_age": _eponym_after_age,
    "classification_name": _classification_after_finding,
    "route_part": _route_part,
}
_GERMAN_ONLY = ("place_noun", "school_work")
_COUNTRIES = (("de", "DE"), ("de", "AT"), ("de", "CH"), ("en", "UK"), ("en", "US"))


def contrast_document(r: random.Random) -> Contrast:
    lang, country = r.choice(_COUNTRIES)
    g, w = _Gen(r, lang, country), _Writer()
    # German documents draw the German-only classes twice as often (they have no English half to share with).
    # (round 9: the classification names twice as often, in both languages: a floor rests on one of them)
    kinds = [*CLASSES, *_GERMAN_ONLY] if lang == "de" else [c for c in CLASSES if c not in _GERMAN_ONLY]
    # (round 10: the eponyms after an age word twice as often too: the route class's patient lines open a line with
    # a capitalised word, and "Infant Klippel-Feil" must stay an eponym beside them)
    kinds += ["classification_name", "eponym_after_age"]
    for _ in range(r.randint(2, 5)):
        _BLOCKS[r.choice(kinds)](g, w)
        if r.random() < 0.3:
            w.add(
                r.choice(
                    (
                        "Befund: unauffällig.\n",
                        "Beurteilung: kein Frakturnachweis.\n",
                        "FINDINGS: normal.\n",
                        "IMPRESSION: No acute abnormality.\n",
                        "\n",
                    )
                )
            )
    return Contrast(SynthDoc("".join(w.parts), lang, tuple(w.spans)), tuple(w.negatives))


def contrast_documents(n: int, seed: int) -> Iterator[Contrast]:
    """`n` contrast documents (each a few look-alike blocks, most with their positive)."""
    if n < 0:
        raise ValueError("n must be >= 0")
    r = random.Random(seed)
    for _ in range(n):
        yield contrast_document(r)
