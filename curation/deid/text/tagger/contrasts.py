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
  word ("Frau Huber-Lang", "Mother: Anna Weber").

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

CLASSES = ("place_noun", "school_work", "exam_cell", "table_header", "eponym_after_age")


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

    def add_parts(self, parts: list[tuple[str, str | None]]) -> None:
        for text, label in parts:
            self.add(text, label)


def _date(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2015, 2026)
    return r.choice((f"{d:02d}.{m:02d}.{y}", f"{m:02d}/{d:02d}/{y}", f"{y}{m:02d}{d:02d}", f"{y}-{m:02d}-{d:02d}"))


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


def _exam_cell(g: _Gen, w: _Writer) -> None:
    r = g.r
    if r.random() < 0.5:  # the patient's line above the rows: a name in capitals opens a line too (held-out 3)
        given = r.choice(_WORD_GIVEN) if r.random() < 0.4 else None
        _name_line(g, w, f"{given} {g.surname()}" if given else None)
        w.add("\n")
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


_BLOCKS: dict[str, Callable[[_Gen, _Writer], None]] = {
    "place_noun": _place_noun,
    "school_work": _school_work,
    "exam_cell": _exam_cell,
    "table_header": _table_header,
    "eponym_after_age": _eponym_after_age,
}
_GERMAN_ONLY = ("place_noun", "school_work")
_COUNTRIES = (("de", "DE"), ("de", "AT"), ("de", "CH"), ("en", "UK"), ("en", "US"))


def contrast_document(r: random.Random) -> Contrast:
    lang, country = r.choice(_COUNTRIES)
    g, w = _Gen(r, lang, country), _Writer()
    # German documents draw the German-only classes twice as often (they have no English half to share with).
    kinds = [*CLASSES, *_GERMAN_ONLY] if lang == "de" else [c for c in CLASSES if c not in _GERMAN_ONLY]
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
