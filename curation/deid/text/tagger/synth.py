"""Seeded training documents for the tagger: letterheads, RIS header lines, signatures, cc lists, relatives
and addresses in DE/AT/CH/UK/US forms around clinical text, with the gold PERSON / INSTITUTION / ADDRESS
spans known from construction. Given names and towns come from the project's field data (given_names,
towns); surnames, streets and facility words from the vocabularies below (roots and endings combined, so
the surnames are many more than listed). Medical keep-terms (eponyms, anatomy, drugs, devices) and
"Label: value" lines without PHI are the hard negatives. Exports too (tagger round 3): delimited worklists with
a header row (";", "|", tab, comma; a surname and a given name in cells of their own, wards, clock times and
exams beside them), HL7-like segments (PID, PV1, ORC, NK1 names; OBR exams in capitals, no name) and DICOM header
dumps with "^" in names, names often in capitals. Other PHI (dates, ids, phones) is written but not labelled: the
rules own it.

`documents(n, seed)` is deterministic: the same (n, seed) gives the same documents in any process.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from curation.deid.text.common import words
from curation.deid.text.given_names import given_names
from curation.deid.text.towns import towns


@dataclass(frozen=True)
class SynthDoc:
    text: str
    lang: str
    spans: tuple[tuple[int, int, str], ...]


_COMMON_GIVEN = words("""Anna Maria Julia Laura Lea Sophie Katharina Sabine Petra Monika Ursula Ingrid Birgit Claudia
Stefanie Nicole Andrea Heike Silke Doris Renate Gisela Elke Karin Jana Lena Mia Emma Hannah Clara Greta Frieda
Thomas Michael Andreas Stefan Markus Christian Martin Peter Klaus Jürgen Wolfgang Dieter Uwe Frank Jan Lukas
Felix Jonas Leon Paul Tobias Florian Sebastian Matthias Alexander Daniel Johannes Georg Franz Josef Anton Alois
James John Robert Michael William David Richard Joseph Charles Thomas Christopher Daniel Matthew Anthony Mark
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley
Emily Olivia Chloe Amelia Isla Harry George Oliver Jack Noah Ethan Liam Mason Aiden Logan Mehmet Ayşe Fatma
Emine Ahmet Mustafa Ali Hüseyin Zeynep Elif Piotr Katarzyna Agnieszka Tomasz Marek Dragan Milica Jovana Nikola
Luca Giulia Marco Francesca Pierre Camille Nicolas Chloé Jean Marie Sven Ingrid Lars Ole Kwame Ngozi Chinedu""")
_SURNAME_HEADS = words("""Schmid Müller Meier Huber Wagner Becker Hoffmann Schäfer Koch Bauer Richter Klein Wolf
Neumann Schwarz Zimmer Braun Krüger Hartmann Lange Werner Krause Lehmann Köhler Maier Herrmann König Walter Mayer
Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth
Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein
Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl Engel Horn
Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Gruber Pichler Steiner Moser Hofer Leitner Berger Eder
Wimmer Lechner Egger Brunner Aigner Mayr Ebner Haider Reiter Fischer Baumgartner Gerber Meyer Frei Kälin Bühler
Zürcher Amstutz Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White
Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis James Phillips Mason Mitchell Rose Davis Rodriguez Martinez
Hernandez Lopez Gonzalez Anderson Moore Harris Lee Perez Sanders Ramirez Flores Rivera Cooper Reed Bailey Bell
Murphy Kelly Howard Ward Cox Richardson Foster Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan
Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Novak Horvat Kovačević Petrović
Nguyen Tran Pham Rossi Russo Ferrari Esposito Bianchi Dubois Moreau Laurent Lefebvre Santos Silva Oliveira
Okafor Mensah Adeyemi Chen Wang Li Zhang Kim Park Andersen Nielsen Hansen Johansson Lindberg Virtanen""")
_ROOTS = words("""Stein Berg Wald Feld Bach Brunn Eich Lind Hof Mühl Rosen Sonnen Kirch Thal Hasel Birk Wies Dorn
Fels Gold Silber Eisen Hage Linden Buch Esch Tann Schön Alt Neu Hoch Ober Unter Wester Oster Kessel Gries Lerch
Ahorn Ulmen Espen Holder Weiden""")
_SUR_TAILS = ("er", "mann", "huber", "bichler", "meier", "egger", "berger", "inger", "ner", "hofer", "müller",
              "bauer", "huber", "wieser", "leitner", "rath", "hardt", "thaler", "brunner", "lechner", "kamp", "stedt")
_STREET_TAILS_DE = ("straße", "strasse", "weg", "gasse", "platz", "allee", "ring", "damm", "gürtel", "steig")
_STREET_EN = ("Street", "Road", "Lane", "Avenue", "Drive", "Close", "Crescent", "Way", "Court", "Terrace", "Boulevard")
_EN_NATURE = words("""Maple Cedar Birch Harbor Harbour River Lake Meadow Hill Valley Oak Pine Stone Brook Summit Bay
Crest Ridge Field Wood Willow Aspen Cypress Hawthorn Juniper Laurel Magnolia Spring Sun Silver Golden Eagle
Fox Heron Clear Green Blue North South East West Bright Coral Prairie Canyon Mesa Forest Orchard""")
_EN_PLACE = words("""Ridge View Point Creek Park Gate Bridge Hollow Grove Crossing Heights Springs Vale Falls
Shores Landing Commons Mill Way""")
_EN_HEADS = ("Imaging", "Radiology", "Diagnostic Center", "Medical Group", "Family Medicine", "Orthopedics",
             "Oncology", "Pediatrics", "Health", "Rehabilitation", "Clinic", "Imaging Associates", "Radiology Partners",
             "Medical Center", "Women's Health", "Urology", "Cardiology", "Surgical Associates", "Care Center",
             "Diagnostics", "MRI", "Heart Institute", "Sports Medicine", "Primary Care", "Physicians", "Hospital",
             "General Hospital", "Nursing Home", "Medical Pavilion", "Health Partners", "Vein Center")
_SAINTS = words("""Agnes Mary Joseph Elisabeth Vincent Francis Luke Anne Catherine Clare Jude Brigid Patrick
Hedwig Martin Marien Barbara Georg Johannes Josef Elisabeth Vinzenz Franziskus Lukas Antonius Hildegard""")
_DE_HEADS = ("Radiologie", "Praxis für Radiologie", "Radiologische Praxis", "MVZ", "Röntgenpraxis",
             "Diagnostikzentrum", "Gemeinschaftspraxis", "Hausarztpraxis", "Zentrum für Bildgebung", "Nuklearmedizin",
             "Bildgebung", "Onkologie", "Kardiologie", "Orthopädie", "Herzzentrum", "Gesundheitszentrum",
             "Röntgenordination", "Radiologie-Institut", "Praxisklinik", "Ambulatorium", "Diagnostikum", "Klinikum",
             "Kreisklinik", "Rehaklinik", "Seniorenheim", "Pflegezentrum", "Gefäßzentrum", "Brustzentrum")
_DE_PLACES = words("""Rosengarten Lindenhof Mühlbach Sonnenhang Schlosspark Kirchplatz Marktplatz Stadtgarten Seeufer
Rheinufer Westend Nordstadt Südstadt Ostpark Bahnhof Rathaus Domplatz Hafen Tor Wasserturm Stadtpark Brunnen
Hauptbahnhof Kurpark Zwinger Burgberg Lindenplatz Wiesengrund Eichenhain Ring""")
_US_STATES = ("CA", "NY", "TX", "WA", "OR", "FL", "IL", "MA", "OH", "PA", "GA", "NC", "MI", "AZ", "CO", "MN", "CT")
_RELATIVES = {
    "de": ("Ehefrau", "Ehemann", "Sohn", "Tochter", "Mutter", "Vater", "Bruder", "Schwester", "Enkelin", "Enkel",
           "Schwiegersohn", "Betreuerin", "Betreuer", "Lebensgefährtin", "Nichte"),
    "en": ("wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "granddaughter",
           "grandson", "partner", "guardian", "niece", "caregiver"),
}
_TITLES = {"de": ("Dr.", "Dr. med.", "Prof. Dr.", "PD Dr.", "OA Dr.", "Dr. med. univ.", "Dipl.-Med.", "Herr", "Frau"),
           "en": ("Dr.", "Dr", "Prof.", "Mr.", "Mrs.", "Ms.", "Miss")}
_KEEP = {
    "de": ("Morbus Crohn", "Baker-Zyste", "Hill-Sachs-Läsion", "Hodgkin-Lymphom", "Chiari-Malformation",
           "Hashimoto-Thyreoiditis", "Morbus Paget", "Morbus Addison", "Morbus Parkinson", "Morbus Bechterew",
           "Schatzki-Ring", "Zenker-Divertikel", "Meckel-Divertikel", "Pancoast-Tumor", "Wilms-Tumor",
           "Ewing-Sarkom", "Klatskin-Tumor", "Osgood-Schlatter", "Morbus Perthes", "Sudeck-Dystrophie",
           "Weber-B-Fraktur", "Colles-Fraktur", "Smith-Fraktur", "Bankart-Läsion", "Monteggia-Fraktur",
           "Leber", "Milz", "Niere", "Pankreas", "Gallenblase", "Aorta", "Arteria carotis interna", "Nervus opticus",
           "Musculus supraspinatus", "Os scaphoideum", "Harnblase", "Prostata", "Hypophyse", "Pleura", "Lunge",
           "Xarelto", "Eliquis", "Marcumar", "Gadovist", "Dotarem", "Imeron", "Methotrexat", "Humira",
           "Prednisolon", "Metformin", "Port-a-Cath", "DJ-Stent", "Herzschrittmacher", "Hickman-Katheter",
           "Mitraclip", "TEP", "Osteosynthese", "Fixateur externe"),
    "en": ("Crohn disease", "Baker cyst", "Hill-Sachs lesion", "Hodgkin lymphoma", "Chiari malformation",
           "Graves disease", "Paget disease", "Addison disease", "Parkinson disease", "Wilson disease",
           "Schatzki ring", "Zenker diverticulum", "Meckel diverticulum", "Pancoast tumor", "Wilms tumor",
           "Ewing sarcoma", "Jones fracture", "Colles fracture", "Smith fracture", "Bankart lesion",
           "Lisfranc injury", "Salter-Harris II", "Barrett esophagus", "Kaposi sarcoma", "Whipple procedure",
           "liver", "spleen", "kidney", "pancreas", "gallbladder", "Aorta", "Circle of Willis", "Foramen Magnum",
           "Eliquis", "Warfarin", "Gadavist", "Dotarem", "Omnipaque", "Keytruda", "Humira", "Prednisone",
           "Port-a-Cath", "PICC line", "Medtronic pacemaker", "Watchman device", "MitraClip", "Foley catheter",
           "Harrington rods", "Swan-Ganz catheter", "Hounsfield units", "Fleischner Society"),
}
_BODY = {
    "de": ("Befund: {k} ohne Befundänderung.", "Beurteilung: Verdacht auf {k}.", "Bekannter {k}, Verlaufskontrolle.",
           "Fragestellung: {k}?", "Technik: CT mit {k} i.v.", "Kein Anhalt für {k}.", "{k} unauffällig.",
           "Klinische Angaben: {k}, Schmerzen seit 3 Wochen.", "Indikation: Ausschluss {k}.",
           "Vergleich: Voraufnahme ohne {k}.", "Unter Therapie mit {k} seit Jahren.", "Z. n. Anlage {k}.",
           "Methode: MRT, {k} regelrecht.", "Untersuchung: Sonographie, {k} normal groß.",
           "V.a. {k}, z.B. bei Z.n. OP.", "DD u.a. {k}, d.h. Kontrolle i.v. empfohlen.", "Pat. mit {k} (s.o.)."),
    "en": ("FINDINGS: {k} without interval change.", "IMPRESSION: Suspected {k}.", "Known {k}, follow-up.",
           "Indication: {k}?", "Technique: CT with {k} IV.", "No evidence of {k}.", "The {k} is unremarkable.",
           "Clinical history: {k}, pain for 3 weeks.", "Comparison: prior study without {k}.",
           "On {k} for several years.", "Status post {k} placement.", "Procedure: MRI, {k} normal.",
           "R/O {k}, e.g. on CT.", "Hx of {k}, i.e. s/p resection.", "Pt. with {k} (see above)."),
}


_ROLES = {
    "de": ("Facharzt für Radiologie", "Oberärztin", "Chefarzt", "Assistenzarzt", "Radiologe",
           "Facharzt für Diagnostische Radiologie", "Fachärztin für Radiologie und Nuklearmedizin",
           "Institut für Diagnostische und Interventionelle Radiologie", "Abteilung für Neuroradiologie",
           "Leitender Oberarzt Kinderradiologie", "Fachärztin für Innere Medizin"),
    "en": ("Consultant Radiologist", "Attending Radiologist", "Radiology Resident", "Staff Radiologist",
           "Department of Radiology", "Division of Neuroradiology", "Musculoskeletal Imaging Fellow",
           "Section Chief, Body Imaging", "Diagnostic Radiology"),
}
# Label lines that carry no PHI (a label alone is no reason to tag its value).
_PLAIN_LABELS = {
    "de": ("Fragestellung", "Untersuchung", "Station", "Klinische Angaben", "Technik", "Kontrastmittel", "Diagnose",
           "Abteilung", "Methode", "Vorbefund"),
    "en": ("Indication", "Exam", "Ward", "Clinical history", "Technique", "Contrast", "Diagnosis", "Department",
           "Comparison", "Service"),
}


_BEFORE_INST = {"de": ("Voraufnahmen aus ", "Vorbilder aus dem ", "Externe MRT aus dem ", "Verlegung ins ",
                       "Überwiesen von ", "Die Patientin wurde im ", "PET-CT im ", "Rückverlegung in das "),
                "en": ("Outside images from ", "Outside films from ", "Films from ", "Prior study at ",
                       "Previous films from ", "Follow-up at ", "Biopsy performed at ")}
_AFTER_INST = {"de": (" vom {d}. ", " mit. ", " verlegt. ", " angefordert. ", " durchgeführt. ", " zur Abklärung. ",
                      " geplant; ", " ohne Kontrastmittel. ", " nach Intervention. ", " empfohlen. ", " und ",
                      ", Termin {d}. ", " voroperiert. ", " informiert. "),
               "en": (" dated {d}. ", " reviewed. ", " requested. ", " and ", " were compared. ", " last year. ",
                      " on {d}. ", " for review. ", ", then ", " per protocol. ")}
_ORGANS = {"de": ("Leber", "Milz", "Gallenblase", "Pankreas", "Nieren", "Harnblase", "Schilddrüse", "Lunge", "Herz",
                  "Aorta", "Nebennieren", "Uterus", "Prostata", "Mediastinum", "Pleura"),
           "en": ("Liver", "Spleen", "Gallbladder", "Pancreas", "Kidneys", "Bladder", "Thyroid", "Lungs", "Heart",
                  "Aorta", "Adrenals", "Uterus", "Prostate", "Mediastinum", "Pleura")}
_NEGATIVE = {
    "de": ("{o}, {p}: unauffällig.", "{o}, {p}: regelrecht.", "Alter: {n} Jahre; BMI {n}.", "Sturz im Pflegeheim.",
           "Sturz in der Nacht.", "Zentrum der Läsion im {o}.", "Rückfragen an die Radiologie Abteilung.",
           "Liebe Grüße aus der Radiologie.", "Institut für Pathologie informiert.", "Radiologie informiert, Klinik "
           "unauffällig.", "Name | Geburtsdatum | Fallnummer", "Gewicht: {n} kg; Größe: 1{n} cm.",
           "Kostenträger AOK.", "Befund an die Kardiologie übermittelt.", "Rücksprache mit der Intensivstation.",
           "Station: Innere Medizin", "Tumorkonferenz Dienstag.", "Hallo Team, bitte Termin vergeben."),
    "en": ("{o}, {p}: unremarkable.", "{o} and {p}: normal.", "Age: {n} years; BMI {n}.", "Fall at the nursing home.",
           "Center of the lesion in the {o}.", "Questions to the Radiology Department.", "Mental Health consult.",
           "Pathology was informed.", "Name | DOB | MRN", "Weight: {n} kg; Height: 1{n} cm.",
           "Location: ED", "Medical Center protocol.", "Health maintenance.", "Discussed at tumor board.",
           "Thoracic Oncology follow-up.", "Emergency Department triage."),
}


@lru_cache(maxsize=1)
def _field_given() -> tuple[str, ...]:
    return tuple(sorted(n.capitalize() for n in given_names() if n.isalpha() and 3 <= len(n) <= 10))


@lru_cache(maxsize=1)
def _field_towns() -> tuple[str, ...]:
    return tuple(sorted(t for t in towns() if t.replace(" ", "").replace("-", "").isalpha()))


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.pos = 0

    def add(self, text: str, label: str | None = None) -> None:
        if label:
            self.spans.append((self.pos, self.pos + len(text), label))
        self.parts.append(text)
        self.pos += len(text)

    def add_parts(self, parts: list[tuple[str, str | None]]) -> None:
        for text, label in parts:
            self.add(text, label)


class _Gen:
    def __init__(self, rng: random.Random, lang: str, country: str) -> None:
        self.r, self.lang, self.country = rng, lang, country

    def given(self) -> str:
        r = self.r
        g = r.choice(_field_given()) if r.random() < 0.5 else r.choice(sorted(_COMMON_GIVEN))
        return g + "-" + r.choice(sorted(_COMMON_GIVEN)) if r.random() < 0.08 else g

    def surname(self) -> str:
        r = self.r
        s = r.choice(sorted(_SURNAME_HEADS)) if r.random() < 0.6 else r.choice(sorted(_ROOTS)) + r.choice(_SUR_TAILS)
        if r.random() < 0.06:
            s += "-" + r.choice(sorted(_SURNAME_HEADS))
        if r.random() < 0.04:
            s = r.choice(("von ", "van der ", "de ", "Mac", "O'")) + s
        return s

    def person(self) -> str:
        r, g, s = self.r, self.given(), self.surname()
        return r.choice((f"{g} {s}", f"{g} {s}", f"{s}, {g}", f"{g[0]}. {s}", f"{s} {g}", s,
                         f"{g} {r.choice('ABCDEFGHJKLMNPRSTW')}. {s}", f"{s}, {g} {r.choice('ABCDMRT')}."))

    def town(self) -> str:
        return self.r.choice(_field_towns())

    def institution(self) -> str:
        r = self.r
        if self.lang == "de":
            return r.choice((
                f"{r.choice(_DE_HEADS)} {r.choice(('am', 'an der', 'im', 'am'))} {r.choice(sorted(_DE_PLACES))}",
                f"{r.choice(_DE_HEADS)} {self.town()}", f"{r.choice(_DE_HEADS)} {r.choice(sorted(_DE_PLACES))}",
                f"Praxis Dr. {self.surname()}", f"Praxis Dres. {self.surname()} und {self.surname()}",
                f"Ordination Dr. {self.surname()}", f"St. {r.choice(sorted(_SAINTS))}-Krankenhaus",
                f"{r.choice(_DE_HEADS)} {r.choice(sorted(_DE_PLACES))} {r.choice(('AG', 'GmbH', ''))}".strip(),
                f"Radiologie {self.surname()} & Partner", f"Kreiskliniken {self.town()}"))
        nat = f"{r.choice(sorted(_EN_NATURE))} {r.choice(sorted(_EN_PLACE))}"
        saint = r.choice(sorted(_SAINTS))
        return r.choice((f"{nat} {r.choice(_EN_HEADS)}", f"{r.choice(sorted(_EN_NATURE))} {r.choice(_EN_HEADS)}",
                         f"{self.town()} {r.choice(_EN_HEADS)}", f"Saint {saint}'s {r.choice(_EN_HEADS)}",
                         f"St. {saint} {r.choice(_EN_HEADS)}", f"{self.town()} General",
                         f"{self.surname()} & {self.surname()} Radiology", f"{nat} {r.choice(_EN_HEADS)}"))

    def address(self) -> list[tuple[str, str | None]]:
        """Street and town parts (two ADDRESS spans), as the corpora mark them."""
        r, n = self.r, str(self.r.randint(1, 240))
        c = self.country
        if c in ("DE", "AT", "CH"):
            tail = "strasse" if c == "CH" else r.choice(_STREET_TAILS_DE)
            street = f"{r.choice(sorted(_ROOTS | _DE_PLACES))}{tail} {n}"
            if c == "AT" and r.random() < 0.4:
                street += f"/{r.randint(1, 9)}/{r.randint(1, 30)}"
            if c == "DE":
                pc = f"{r.choice(('', 'D-'))}{r.randint(10000, 99999)}"
            else:
                pc = f"{r.choice(('', c[0] + '-', 'CH-' if c == 'CH' else 'A-'))}{r.randint(1000, 9999)}"
            sep = r.choice((", ", "\n", " · ", " | "))
            return [(street, "ADDRESS"), (sep, None), (f"{pc} {self.town()}", "ADDRESS")]
        street = f"{n} {r.choice(sorted(_EN_NATURE | _ROOTS))} {r.choice(_STREET_EN)}"
        if r.random() < 0.25:
            unit = f"{r.choice(('Flat', 'Apt', 'Unit'))} {r.randint(1, 30)}, "
            street = unit + street if c == "UK" else street + f", Suite {r.randint(100, 900)}"
        if c == "UK":
            pc = (f"{r.choice('BLMNSEGW')}{r.choice('SXLNRH')}{r.randint(1, 20)} "
                  f"{r.randint(1, 9)}{r.choice('ABDEFHJ')}{r.choice('LNPQRTUW')}")
            city = f"{self.town()} {pc}"
        else:
            city = f"{self.town()}, {r.choice(_US_STATES)} {r.randint(10000, 99999)}"
        return [(street, "ADDRESS"), (r.choice((", ", "\n", " | ")), None), (city, "ADDRESS")]

    def titled(self, b: _Builder, p: float = 0.5) -> None:
        if self.r.random() < p:
            b.add(self.r.choice(_TITLES[self.lang]) + " ")
        b.add(self.person(), "PERSON")

    def date(self) -> str:
        r = self.r
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1930, 2025)
        return f"{d:02d}.{m:02d}.{y}" if self.lang == "de" else f"{m:02d}/{d:02d}/{y}"

    def keep(self) -> str:
        return self.r.choice(_KEEP[self.lang])


def _letterhead(g: _Gen, b: _Builder) -> None:
    r = g.r
    b.add(g.institution(), "INSTITUTION")
    if r.random() < 0.3:
        b.add("\n")
        g.titled(b, 0.8)
        if r.random() < 0.5:
            b.add(r.choice((" · ", ", ", "  ")))
            g.titled(b, 0.8)
    b.add(r.choice((" | ", "\n", "\n", " · ")))
    b.add_parts(g.address())
    if r.random() < 0.5:
        b.add(f"\n{r.choice(('Tel.', 'Tel', 'Phone', 'Fax'))} 0{r.randint(100, 999)} {r.randint(10000, 999999)}")
    b.add("\n\n")


# What follows a patient's name at a line's start in each country's forms (a date of birth, an insurance or
# hospital number, an age; {d} a date, {y} a year, {a} an age, {s} a sex, {n} digits). Tagger round 7: the
# generated headers held no name in capitals at a line's start, and the dev corpora's capitals lines at a line's
# start are headings and labels (O), so a model trained on them left "SURNAME GIVEN, geb. ..." untagged.
_NAME_LINE_TAILS = {
    "DE": (", geb. {d}", "  * {d}", ", Jg. {y}", ", {a} J.", " ({s}, {a} J.)", "  KV-Nr. A{n}", "\tgeb. am {d}"),
    "AT": (", geb. {d}", "  SVNR {n4} {d6}", ", {a} a", " *{d}", "\tSV-Nr.: {n4}"),
    "CH": (", geb. {d}", "  AHV 756.{n4}.{n4}.{n2}", ", {a}j.", " ({a} J.)", "\tPID {n}"),
    "UK": ("  DOB {d}", ", NHS No. {n3} {n3} {n4}", "  Hosp No: {n}", " ({a}y, {s})", "\tD.O.B.: {d}"),
    "US": ("  DOB: {d}", ", MRN {n}", ", {a} y/o {s}", " {a}yo {s}", "\tAcct# {n}"),
}


def _name_line(g: _Gen, b: _Builder, name: str | None = None) -> None:
    """A patient's name (`name`, or a generated one) opening a line (in capitals more often than not), then a date
    of birth, a number or an age in the country's form."""
    r = g.r
    b.add(_cased(r, name or g.person(), 0.6), "PERSON")
    tail = r.choice(_NAME_LINE_TAILS[g.country])
    d = g.date()
    tail = tail.format(d=d, y=d[-4:], a=r.randint(1, 99), s=r.choice("mfwMFW"), d6=re.sub(r"\D", "", d)[:4] + d[-2:],
                       n="{n8}", n2="{n2}", n3="{n3}", n4="{n4}")
    b.add(_DIGIT_FIELD.sub(lambda m: "".join(str(r.randint(0, 9)) for _ in range(int(m.group(1)))), tail))


_DIGIT_FIELD = re.compile(r"\{n(\d)\}")  # a run of that many random digits, each field drawn anew


def _header(g: _Gen, b: _Builder) -> None:
    r, de = g.r, g.lang == "de"
    style = r.randint(0, 5)
    if style == 0:
        b.add(r.choice(("Name:", "Patient:", "Patientin:", "Pat.:", "Name", "Versicherte/r:") if de else
                       ("Name:", "Patient:", "Pt:", "Patient Name:", "RE:")) + r.choice(("\t", " ", "  ")))
        b.add(g.person(), "PERSON")
        b.add(r.choice(("\t", "  ", "\n", " ")) + ("Geb.: " if de else "DOB: ") + g.date())
    elif style == 1:
        b.add(g.person(), "PERSON")
        b.add(f" | {g.date()} | {r.choice('mfw')} | {g.keep()}")
    elif style == 2:
        b.add(g.person(), "PERSON")
        b.add(r.choice((", *", ", geb.", " (DOB", ", born")) + f" {g.date()}" + (")" if "(" in b.parts[-1] else ""))
    elif style == 3:
        b.add(r.choice(("Zuweiser", "Einsender", "Überweisung von", "Auftraggeber", "Hausarzt", "Zuweisende Ärztin")
                       if de else ("Referring", "Ordering provider", "Referring physician", "Attending", "PCP"))
              + r.choice((": ", ":\t", " ", ":  ")))
        g.titled(b, 0.6)
        if r.random() < 0.5:
            b.add(", ")
            b.add(g.institution(), "INSTITUTION")
    elif style == 4:
        b.add(("Fall-Nr. " if de else "MRN: ") + str(r.randint(100000, 9999999)) + r.choice(("\t", "  ", " | ")))
        b.add(g.person(), "PERSON")
    else:
        _name_line(g, b)
    b.add("\n")
    if r.random() < 0.4:  # label lines without PHI: a label is not enough
        b.add(r.choice(_PLAIN_LABELS[g.lang]) + r.choice((": ", ":\t", " ")))
        b.add(g.keep() + "\n")


def _body(g: _Gen, b: _Builder) -> None:
    r, de = g.r, g.lang == "de"
    for _ in range(r.randint(1, 4)):
        b.add(r.choice(_BODY[g.lang]).format(k=g.keep()) + r.choice((" ", "\n")))
        if r.random() < 0.3:  # capitalised clinical phrases, organ lists and in-house departments
            b.add(r.choice(_NEGATIVE[g.lang]).format(o=r.choice(_ORGANS[g.lang]), p=r.choice(_ORGANS[g.lang]),
                                                      n=r.randint(2, 99)) + r.choice((" ", "\n")))
        x = r.random()
        if x < 0.15:
            b.add(r.choice(_BEFORE_INST[g.lang]))
            b.add(g.institution(), "INSTITUTION")
            b.add(r.choice(_AFTER_INST[g.lang]).format(d=g.date()))
        elif x < 0.25:
            b.add(r.choice(("Verlegt aus dem ", "Zuweisung durch die ", "Vorbefund der ", "Vorbefund ",
                            "Nachsorge im ", "Kopie an ")) if de else
                  r.choice(("Transferred from ", "Referred by ", "Prior report from ", "Seen at ", "then ")))
            b.add(g.institution(), "INSTITUTION")
            b.add(r.choice((". ", ", ", "; ", " ")) + r.choice(_AFTER_INST[g.lang]).format(d=g.date()))
        elif x < 0.37:
            rel = r.choice(_RELATIVES[g.lang])
            if r.random() < 0.5:
                b.add(r.choice(("Begleitet von ", "Angehörige: ", "Kontakt: ", "")) + rel + " " if de else
                      r.choice(("Accompanied by his ", "History from her ", "Contact: ", "")) + rel + " ")
                b.add(g.person(), "PERSON")
            else:
                b.add(r.choice(("Notfallkontakt: ", "Kontaktperson: ") if de else
                               ("Emergency contact: ", "Next of kin: ")))
                b.add(g.person(), "PERSON")
                b.add(f" ({rel})")
            b.add(".\n")
        elif x < 0.45:
            b.add(r.choice(("Patient wohnt ", "Anschrift: ", "Adresse: ", "wohnhaft ")) if de else
                  r.choice(("Lives at ", "Address: ", "Home address: ", "Residence: ")))
            b.add_parts(g.address())
            b.add(".\n")
        elif x < 0.5:
            b.add("Befund besprochen mit " if de else "Discussed with ")
            g.titled(b, 0.7)
            b.add(". ")


def _signature(g: _Gen, b: _Builder) -> None:
    r, de = g.r, g.lang == "de"
    b.add("\n" + r.choice(("Mit freundlichen Grüßen", "Mit kollegialen Grüßen", "gez.", "Elektronisch freigegeben",
                            "Befundet von:", "") if de else
                           ("Kind regards,", "Yours sincerely,", "Electronically signed by:", "Dictated by:",
                            "Signed:", "")) + r.choice(("\n\n", "\n", " ")))
    for i in range(1 if r.random() < 0.7 else 2):
        if i:
            b.add(r.choice(("     ", "\n", " / ")))
        g.titled(b, 0.5)
        if not de and r.random() < 0.4:
            b.add(r.choice((", MD", ", DO", ", FRCR", ", PA-C", " MBBS")))
    b.add("\n" + r.choice(_ROLES[g.lang]))
    if r.random() < 0.3:
        b.add("\n")
        b.add(g.institution(), "INSTITUTION")
    b.add("\n")


def _cc(g: _Gen, b: _Builder) -> None:
    r = g.r
    b.add(r.choice(("Kopie an:", "Kopie:", "Verteiler:", "cc:", "CC:", "Nachrichtlich an:")) + r.choice(("\n", " ")))
    for i in range(r.randint(1, 3)):
        if i:
            b.add(r.choice(("\n", "; ", "\n- ")))
        if r.random() < 0.3:
            b.add(g.institution(), "INSTITUTION")
        else:
            g.titled(b, 0.6)
            if r.random() < 0.5:
                b.add(", ")
                b.add(g.institution(), "INSTITUTION")
    b.add("\n")


_WARDS = ("Station 4B", "Station 12", "Ward 7", "ICU", "IMC", "Stroke Unit", "ZNA", "ED", "Bay 3", "Intensiv 2",
          "Kinderstation", "CCU", "Notaufnahme", "Ward B2", "Tagesklinik", "HDU", "Station 3A", "Ambulanz")
_EXAMS = {"de": ("CT Thorax", "MRT Knie", "Sono Abdomen", "CT Schädel nativ", "Rö Thorax", "MR Prostata",
                  "CT Abdomen KM", "MRT LWS", "Mammographie beidseits", "Durchleuchtung Ösophagus"),
          "en": ("CT chest", "MRI knee", "US abdomen", "CXR", "CT head", "MR spine", "MRI brain w wo",
                 "CT abd pelvis w contrast", "US pelvis transvag", "XR hand 3 views")}
_COLUMNS = {  # a worklist's columns: header word per language and what its cells hold
    "surname": (("Name", "Nachname", "Familienname", "NAME"), ("Surname", "Last name", "Name", "LAST")),
    "given": (("Vorname", "VORNAME"), ("First name", "Given name", "FIRST")),
    "patient": (("Patient", "Patient/in", "Pat."), ("Patient", "Patient name", "PATIENT")),
    "dob": (("Geb.-Datum", "Geburtsdatum", "geb."), ("DOB", "Date of birth", "Birth date")),
    "ward": (("Station", "Einsender", "OE"), ("Ward", "Location", "Unit")),
    "exam": (("Untersuchung", "Leistung", "Modalität"), ("Exam", "Procedure", "Modality")),
    "time": (("Termin", "Uhrzeit", "Zeit"), ("Time", "Slot", "Scheduled")),
    "referrer": (("Zuweiser", "Überweiser", "Anforderer"), ("Referrer", "Ordering", "Referring physician")),
    "site": (("Einrichtung", "Klinik", "Herkunft"), ("Facility", "Site", "Source")),
}


def _cased(r: random.Random, name: str, upper: float) -> str:
    return name.upper() if r.random() < upper else name


def _cell(g: _Gen, b: _Builder, column: str) -> None:
    r = g.r
    if column == "surname":
        b.add(_cased(r, g.surname(), 0.3), "PERSON")
    elif column == "given":
        b.add(_cased(r, g.given(), 0.3), "PERSON")
    elif column == "patient":
        b.add(_cased(r, f"{g.surname()}, {g.given()}", 0.2), "PERSON")
    elif column == "dob":
        b.add(g.date())
    elif column == "ward":
        b.add(r.choice(_WARDS))
    elif column == "exam":
        b.add(r.choice(_EXAMS[g.lang]))
    elif column == "time":
        b.add(f"{r.randint(7, 18):02d}:{r.choice(('00', '15', '30', '45', '10', '40'))}")
    elif column == "referrer":
        g.titled(b, 0.5)
    else:
        b.add(g.institution(), "INSTITUTION")


def _table(g: _Gen, b: _Builder) -> None:
    """A worklist: a header row, then one to four rows of the same columns."""
    r, i = g.r, 0 if g.lang == "de" else 1
    names = r.choice((("surname", "given"), ("patient",), ("surname",)))
    rest = r.sample(("dob", "ward", "exam", "time", "referrer", "site"), r.randint(1, 4))
    cols = list(names) + rest if r.random() < 0.7 else rest[:1] + list(names) + rest[1:]
    sep = r.choice((";", ";", "|", " | ", "\t", ","))
    b.add(sep.join(r.choice(_COLUMNS[c][i]) for c in cols) + "\n")
    for _ in range(r.randint(1, 4)):
        for n, c in enumerate(cols):
            if n:
                b.add(sep)
            _cell(g, b, c)
        b.add("\n")


def _caret(r: random.Random, *parts: str) -> str:
    return "^".join(parts) + "^" * r.randint(0, 3)


def _segments(g: _Gen, b: _Builder) -> None:
    """HL7-like segments (PID, PV1, NK1) or a DICOM header dump, names with "^" inside their span."""
    r = g.r
    up = 0.6
    if r.random() < 0.5:
        b.add(f"PID|1||{r.randint(10000, 9999999)}^^^{r.choice(('KH', 'RIS', 'MRN'))}||")
        b.add(_cased(r, _caret(r, g.surname(), g.given()), up), "PERSON")
        b.add(f"||{r.randint(1930, 2020)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}|{r.choice('MFU')}\n")
        if r.random() < 0.6:
            b.add(f"PV1|1|{r.choice(('I', 'O', 'E'))}|{r.choice(_WARDS)}||||{r.randint(1000, 99999)}^")
            b.add(_cased(r, _caret(r, g.surname(), g.given()), up), "PERSON")
            b.add(r.choice(("^^^Dr", "^^^MD", "", "^^^Dr.")) + "\n")
        if r.random() < 0.6:  # the order: exam words in capitals (no name), the ordering provider
            exam = r.choice(_EXAMS[g.lang]).upper()
            b.add(f"OBR|1|{r.randint(10000, 9999999)}|RAD{r.randint(1000, 99999)}|{exam}|||2025{r.randint(1, 12):02d}"
                  f"{r.randint(1, 28):02d}{r.randint(7, 18):02d}{r.randint(0, 59):02d}\n")
            if r.random() < 0.5:
                b.add(f"ORC|NW|ORD{r.randint(1000, 99999)}||||||||||")
                b.add(_cased(r, _caret(r, g.surname(), g.given()), up), "PERSON")
                b.add("\n")
            if r.random() < 0.5:
                b.add(f"OBX|1|TX|||{r.choice(('FINDINGS', 'IMPRESSION', 'BEFUND'))}: {g.keep()}\n")
        if r.random() < 0.4:
            b.add("NK1|1|")
            b.add(_cased(r, _caret(r, g.surname(), g.given()), up), "PERSON")
            b.add(f"|{r.choice(('SPO', 'CHD', 'PAR', 'SIB', 'GRD'))}\n")
        return
    b.add("(0010,0010) PN ")
    b.add(_cased(r, _caret(r, g.surname(), g.given()), up), "PERSON")
    b.add(f"\n(0010,0020) LO {r.randint(100000, 99999999)}\n")
    if r.random() < 0.6:
        b.add("(0008,0080) LO ")
        b.add(g.institution(), "INSTITUTION")
        b.add("\n")
    if r.random() < 0.5:
        b.add("(0008,0090) PN ")
        b.add(_cased(r, _caret(r, g.surname(), g.given()), 0.3), "PERSON")
        b.add("\n")
    b.add(f"(0008,1030) LO {g.keep()}\n")


_COUNTRIES = (("de", "DE"), ("de", "AT"), ("de", "CH"), ("en", "UK"), ("en", "US"))


def document(rng: random.Random) -> SynthDoc:
    lang, country = rng.choice(_COUNTRIES)
    g, b = _Gen(rng, lang, country), _Builder()
    if rng.random() < 0.55:
        _letterhead(g, b)
    if rng.random() < 0.8:
        _header(g, b)
        if rng.random() < 0.3:
            _header(g, b)
    x = rng.random()
    if x < 0.15:
        _table(g, b)
    elif x < 0.25:
        _segments(g, b)
    _body(g, b)
    if rng.random() < 0.65:
        _signature(g, b)
    if rng.random() < 0.3:
        _cc(g, b)
    return SynthDoc("".join(b.parts), lang, tuple(b.spans))


def documents(n: int, seed: int) -> Iterator[SynthDoc]:
    if n < 0:
        raise ValueError("n must be >= 0")
    rng = random.Random(seed)
    for _ in range(n):
        yield document(rng)
