"""Seeded fake identities for the synthetic export: patients, physicians, institution.

Names carry umlauts on purpose (the PHI scanners must see them in Latin-1 and UTF-8 encodings and
transliterated in folder names). Name lists avoid words that also occur in report language or keep
words (Weber, Baker, Klein, Lange ...), so a planted PHI string is always distinctive.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

LAST_NAMES = (
    "Müller",
    "Schäfer",
    "Bäumer",
    "Größler",
    "Köhler",
    "Jäger",
    "Schröder",
    "Krüger",
    "Wöhrle",
    "Hübner",
    "Lößner",
    "Dörfler",
    "Brückner",
    "Pfeiffer",
    "Hofmeister",
    "Zimmermann",
    "Eberhardt",
    "Kowalski",
    "Nguyen",
    "Yilmaz",
    "Thompson",
    "Harrington",
    "Obermaier",
    "Rieckhoff",
)
FEMALE_FIRST = (
    "Anna",
    "Käthe",
    "Lieselotte",
    "Sophie",
    "Margarete",
    "Ursula",
    "Gülay",
    "Brigitte",
    "Helene",
    "Charlotte",
    "Renate",
    "Dörte",
    "Emily",
)
MALE_FIRST = (
    "Jürgen",
    "Hans",
    "Günther",
    "Matthias",
    "Björn",
    "Dieter",
    "Friedrich",
    "Rüdiger",
    "Wolfgang",
    "Joachim",
    "Henrik",
    "Oliver",
    "George",
    "Mehmet",
)
STREETS = (
    "Lindenstraße",
    "Schwarzwaldstraße",
    "Am Mühlbach",
    "Hauptstraße",
    "Gartenweg",
    "Kirchplatz",
    "Eschholzstraße",
    "Rosenauer Weg",
)
TOWNS = (
    ("79098", "Freiburg im Breisgau"),
    ("79100", "Freiburg im Breisgau"),
    ("79211", "Denzlingen"),
    ("79183", "Waldkirch"),
    ("79271", "St. Peter"),
    ("79336", "Herbolzheim"),
    ("77933", "Lahr"),
)
INSTITUTIONS = (
    "Universitätsklinikum Freiburg",
    "Kreiskrankenhaus Emmendingen",
    "St. Josefskrankenhaus Freiburg",
    "Helios Klinik Müllheim",
)

_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def transliterate(text: str) -> str:
    """German transliteration as PACS export tools write folder names (Müller -> Mueller)."""
    return text.translate(_TRANSLIT)


@dataclass(frozen=True)
class Person:
    """A physician or operator: name parts and the title the report prints."""

    last: str
    first: str
    title: str = "Dr. med."

    @property
    def dicom_pn(self) -> str:
        """DICOM PN: family^given^middle^prefix."""
        return f"{self.last}^{self.first}^^{self.title}" if self.title else f"{self.last}^{self.first}"

    @property
    def display(self) -> str:
        """How a German report writes it: 'Dr. med. Hans Schäfer'."""
        return f"{self.title} {self.first} {self.last}".strip()

    @property
    def email(self) -> str:
        return f"{transliterate(self.first[0]).lower()}.{transliterate(self.last).lower()}@klinik-synth.de"


@dataclass(frozen=True)
class Patient:
    """A synthetic patient with every identifier a real export carries."""

    index: int
    last: str
    first: str
    sex: str  # "F" | "M"
    birth_date: str  # YYYYMMDD
    patient_id: str
    other_patient_id: str
    street: str
    postcode: str
    town: str
    phone: str

    @property
    def dicom_pn(self) -> str:
        return f"{self.last}^{self.first}"

    @property
    def folder(self) -> str:
        """Export folder name: transliterated, upper case, birth date (MUELLER_ANNA_19560312)."""
        return f"{transliterate(self.last).upper()}_{transliterate(self.first).upper()}_{self.birth_date}"

    @property
    def birth_date_de(self) -> str:
        d = self.birth_date
        return f"{d[6:8]}.{d[4:6]}.{d[0:4]}"

    @property
    def address(self) -> str:
        return f"{self.street}, {self.postcode} {self.town}"


@dataclass(frozen=True)
class Site:
    """The sending hospital: institution, address, station, device serial, staff."""

    institution: str
    address: str
    phone: str
    station_name: str
    device_serial: str
    referring: Person
    performing: Person
    reporting: Person
    operator: Person


def make_patient(rng: random.Random, index: int) -> Patient:
    """Draw one patient; the index keeps IDs unique within an export."""
    sex = "F" if index % 2 == 0 else "M"
    first = rng.choice(FEMALE_FIRST if sex == "F" else MALE_FIRST)
    last = LAST_NAMES[(index * 7 + rng.randrange(len(LAST_NAMES))) % len(LAST_NAMES)]
    if index == 0:
        last = "Müller"  # the canonical umlaut + transliteration case is always present
    year = rng.randrange(1935, 1995)
    birth = f"{year:04d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
    postcode, town = rng.choice(TOWNS)
    return Patient(
        index=index,
        last=last,
        first=first,
        sex=sex,
        birth_date=birth,
        patient_id=f"PAT{rng.randrange(10**6, 10**7):07d}{index}",
        other_patient_id=f"KIS-{rng.randrange(10**7, 10**8)}",
        street=f"{rng.choice(STREETS)} {rng.randrange(1, 120)}",
        postcode=postcode,
        town=town,
        phone=f"0761 {rng.randrange(200, 999)} {rng.randrange(1000, 9999)}",
    )


def _person(rng: random.Random, used: set[str]) -> Person:
    """A staff member whose surname no patient (or earlier staff member) has.

    Once large exports have used every surname, double names ("Becker-Wolf") keep them distinct.
    """
    double = all(name in used for name in LAST_NAMES)
    while True:
        last = "-".join(rng.sample(LAST_NAMES, 2)) if double else rng.choice(LAST_NAMES)
        if last not in used:
            used.add(last)
            break
    first = rng.choice(FEMALE_FIRST + MALE_FIRST)
    return Person(last=last, first=first)


def make_site(rng: random.Random, patient_names: set[str]) -> Site:
    """Draw the site and its staff, staff surnames distinct from the patients' own."""
    used = set(patient_names)
    institution = rng.choice(INSTITUTIONS)
    postcode, town = rng.choice(TOWNS)
    operator = _person(rng, used)
    return Site(
        institution=institution,
        address=f"{rng.choice(STREETS)} {rng.randrange(1, 60)}, {postcode} {town}",
        phone=f"0761 270-{rng.randrange(10000, 99999)}",
        station_name=f"CTAWP{rng.randrange(10000, 99999)}",
        device_serial=f"DS{rng.randrange(10000, 99999)}A",
        referring=_person(rng, used),
        performing=_person(rng, used),
        reporting=_person(rng, used),
        operator=Person(last=operator.last, first=operator.first, title=""),
    )
