"""Seeded hard-negative documents for the tagger: no PHI at all, but the project's own non-name vocabulary
(the rules' not-a-name and not-a-facility word lists, contrast agents, drugs, devices and sequences, organs,
roles, plain labels, months and weekdays) and the capitalised words of the hand-written corpora's non-PHI text
(`extra`, given by train.py) in the positions where the generator puts names: a cc/Verteiler list's entries,
a table's header row, the lines after a closing, a line's first words, a label's value, a line opening before
a date; and the exports' own non-PHI (tagger round 3): worklists whose cells hold wards, exams, clock times and
status words under their header row, ward and unit names beside clock times; and (tagger round 5) counts of
images, series and slices ("1500 Bilder"), capitalised German nouns after a preposition and a place in a lesion
("im Zentrum Fett"), wards and units with capitalised words of their own ("Stroke Unit", "Station 5 Ost"); and
(tagger round 6, lookalikes.py) clinical compounds with a street ending ("Tränenwege durchgängig"), counts of
lesions, capitalised German nouns after prepositions ("nach Sturz", "bei Verdacht"), DICOM header dumps with
vendor and model names, and product, device and classification names that look like surnames in their
clinical phrases ("Groshong-Katheter", "Bosniak IIF"), all from the project's keep vocabularies.
Every token is O: these teach the model that a capitalised word in a name's place is not yet a name.

`negative_documents(n, seed, extra)` is deterministic per (n, seed, extra), like synth.documents.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from functools import lru_cache

from curation.deid.text.dates import MONTHS_DE, MONTHS_EN, WEEKDAYS_DE, WEEKDAYS_EN
from curation.deid.text.device_models import BRAND_FAMILIES
from curation.deid.text.facilities import NOT_FACILITY_NAMES
from curation.deid.text.keep import DEPARTMENTS, EPONYM_WORDS, EPONYMS, MAKER_NAMES, PRODUCTS
from curation.deid.text.tagger.lookalikes import ANATOMY_COMPOUNDS
from curation.deid.text.tagger.synth import _KEEP, _ORGANS, _PLAIN_LABELS, _ROLES, _WARDS, SynthDoc

_LISTS = ("Verteiler:", "Kopie an:", "cc:", "Nachrichtlich:", "Copies to:", "Befund an:")
_CLOSINGS = ("Mit freundlichen Grüßen", "Mit kollegialen Grüßen", "gez.", "Kind regards,", "Electronically signed:",
             "Freundliche Grüsse")
_PLAIN_HEADS = ("Zentrum", "Center", "Centre", "Klinik", "Praxis", "Station", "Bereich", "Institut", "Health")
_HEADS = ("Station", "Ward", "Unit", "Untersuchung", "Exam", "Modalität", "Modality", "Termin", "Uhrzeit", "Time",
          "Status", "Priorität", "Priority", "Befund", "Report", "Raum", "Room", "Gerät", "Scanner", "Leistung", "OE")
_STATUS = ("abgeschlossen", "offen", "geplant", "befundet", "done", "pending", "scheduled", "STAT", "Routine",
           "Notfall", "final", "prelim", "CT", "MR", "US", "CR", "NM", "Raum 2", "Room 4", "CT1", "MR 3T")
_TAILS = ("unauffällig.", "regelrecht.", "o.B.", "unremarkable.", "normal.", "siehe oben.", "folgt.", "pending.")
# Tagger round 5: the look-alikes the all-authors model took. Counts of images, series and slices (a number of up
# to four digits before a capitalised noun is a Swiss or Austrian postcode and town's shape: "1500 Bilder").
_COUNTED = {"de": ("Bilder", "Einzelbilder", "Schnittbilder", "Schichten", "Schnitte", "Serien", "Sequenzen",
                   "Aufnahmen", "Projektionen", "Rekonstruktionen", "Phasen", "Ebenen", "Frames", "Impulse"),
            "en": ("images", "Images", "slices", "Slices", "series", "sequences", "views", "frames", "projections",
                   "reconstructions", "acquisitions", "phases")}
_COUNT_BEFORE = ("", "", "Seit {y} Beschwerden, ", "Dosis {n} mGy, ", "Serie {k}: ", "Archiv: ", "PACS: ", "Total ",
                 "Insgesamt ", "Serie {k}, ", "Study {k}: ", "Received ", "DLP {n} mGy*cm, ", "CTDI {k}, ")
_COUNT_AFTER = (".", " rekonstruiert.", " archiviert.", " übertragen.", " nachgereicht.", ", {k} mm Schichtdicke.",
                " acquired.", " sent to PACS.", " reviewed.", " auf CD.", " (Serie {k}).", " in {k} Ebenen.", ",")
# Capitalised German nouns after a preposition and a place in a lesion or organ ("im Zentrum Fett"): no facility.
_PLACES = ("Zentrum", "Randbereich", "Rand", "Randsaum", "Peripherie", "Unterlappen", "Oberlappen", "Mittellappen",
           "Hilus", "Oberpol", "Unterpol", "Kapselbereich", "Wandbereich", "Lumen", "Fundus", "Bereich der Läsion",
           "Zentrum der Raumforderung", "Kern", "Sockel", "Dach")
_PREPOSITIONS = ("im", "Im", "am", "Am", "in der", "In der", "im gesamten", "vom", "zum")
_TISSUES = ("Fett", "Nekrose", "Flüssigkeit", "Luft", "Kalk", "Verkalkungen", "Einblutung", "Ödem", "Erguss",
            "Sklerose", "Fibrose", "Zysten", "Thrombus", "Kontrastmittel", "Narbengewebe", "Sekret", "Septen", "Gas",
            "Weichteilgewebe", "Knochenmarködem", "Spiegelbildung", "Anreicherung", "Restperfusion", "Verfettung",
            "Detritus", "Granulationsgewebe", "Blut", "Eiter")
# Wards and units with capitalised words of their own ("Stroke Unit", "Station 5 Ost"): in-house, no PHI.
_UNITS = ("Intensivstation", "Kinderambulanz", "Notaufnahme", "Aufwachraum", "Stroke Unit", "Chest Pain Unit",
          "Intermediate Care", "Wachstation", "Station 5 Ost", "Station Chirurgie 2", "Herzkatheterlabor",
          "Ward 12 North", "Acute Medical Unit", "Day Surgery Unit", "Cardiac Cath Lab", "Neuro ICU", "Station 3 West",
          "Medical Admissions Unit", "Tagesklinik Onkologie", "Schockraum", "Endoskopie", "Dialyse")
_UNIT_LINES = ("Verlegung auf die {u} um {t} Uhr.", "Patient liegt auf der {u}.", "Transfer to {u} at {t}.",
               "Rückverlegung {u}, {t}", "{u} | {t} | {x}", "Seen in {u} on {d}.", "Anforderung: {u}, {x}.",
               "Aus der {u} zur Kontrolle.", "Station: {u}", "Returned to {u} post procedure.")


@lru_cache(maxsize=1)
def vocabulary() -> tuple[str, ...]:
    """Capitalised non-name words and phrases of the project's vocabularies (sorted: deterministic)."""
    found = {w[:1].upper() + w[1:] for w in NOT_FACILITY_NAMES if w.isalpha() and len(w) > 2}
    found |= {p for p in PRODUCTS if p[:1].isalpha()}
    for group in (_KEEP, _ORGANS, _ROLES, _PLAIN_LABELS):
        for lang in ("de", "en"):
            found |= {w[:1].upper() + w[1:] for w in group[lang]}
    found |= {*MONTHS_DE, *MONTHS_EN, *WEEKDAYS_DE, *WEEKDAYS_EN}
    return tuple(sorted(found))


def _date(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2015, 2025)
    return r.choice((f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y % 100:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}.{m:02d}."))


def _block(r: random.Random, vocab: tuple[str, ...]) -> str:
    def _phrase(r: random.Random, most: int = 2) -> str:
        return " ".join(r.choice(vocab) for _ in range(r.randint(1, most)))

    kind = r.randrange(17)
    if kind == 0:  # a list's entries
        sep = r.choice(("\n- ", "\n", "; "))
        return r.choice(_LISTS) + r.choice(("\n- ", "\n", " ")) + sep.join(_phrase(r) for _ in range(r.randint(1, 3)))
    if kind == 1:  # a table's header row
        sep = r.choice(("\t", " | ", "  "))
        return sep.join(_phrase(r, 1) for _ in range(r.randint(2, 4)))
    if kind == 2:  # the lines after a closing
        return r.choice(_CLOSINGS) + r.choice(("\n\n", "\n")) + _phrase(r) + "\n" + _phrase(r)
    if kind == 3:  # a line's first words
        return f"{_phrase(r)}, {_phrase(r, 1)}: {r.choice(_TAILS)}"
    if kind == 4:  # a line opening before a date ("Surname, date of birth" has this shape too)
        return f"{_phrase(r)}{r.choice((' ', ', ', ' vom ', ' on ', ' am '))}{_date(r)}{r.choice(('', '.', ':'))}"
    if kind == 5:  # a facility word in its everyday sense ("im Zentrum Nekrose", "Klinik unauffällig")
        return (f"{r.choice(('Im', 'im', 'In der', 'in der', 'At the', 'In the', 'Auf'))} {r.choice(_PLAIN_HEADS)} "
                f"{_phrase(r)}{r.choice(('.', ',', ' ' + r.choice(_TAILS)))}")
    if kind == 7:  # a worklist without names: wards, exams, clock times, status words under a header row
        sep = r.choice((";", "|", " | ", "\t", ","))
        cols = r.randint(2, 5)
        rows = [sep.join(r.sample(_HEADS, cols))]
        for _ in range(r.randint(1, 3)):
            rows.append(sep.join(r.choice((r.choice(_WARDS), _time(r), r.choice(_STATUS), _phrase(r, 1), _date(r)))
                                 for _ in range(cols)))
        return "\n".join(rows)
    if kind == 8:  # ward and unit names beside clock times
        return r.choice((f"Verlegung auf {r.choice(_WARDS)} um {_time(r)} Uhr.", f"{r.choice(_WARDS)}, {_time(r)}",
                         f"Seen on {r.choice(_WARDS)} at {_time(r)}.", f"{r.choice(_WARDS)} | {_time(r)} | "
                         f"{r.choice(vocab)}", f"{_date(r)} {_time(r)} {r.choice(_WARDS)}: {_phrase(r)}"))
    if kind == 9:  # counts of images, series and slices
        return _counted(r)
    if kind == 10:  # capitalised German nouns after a preposition and a place in a lesion or organ
        return _tissue(r, vocab)
    if kind == 11:  # wards, units and departments with capitalised words of their own
        return r.choice(_UNIT_LINES).format(u=r.choice(_UNITS + DEPARTMENTS), t=_time(r), d=_date(r),
                                            x=r.choice(vocab))
    if kind == 12:  # clinical compounds with a street ending ("Tränenwege durchgängig", "Lungenfeld frei")
        return _compounds(r)
    if kind == 13:  # counts of lesions ("3 Läsionen", "12 nodules")
        return _lesions(r)
    if kind == 14:  # capitalised German nouns after prepositions ("nach Sturz", "bei Verdacht auf")
        return _after_prepositions(r, vocab)
    if kind == 15:  # a DICOM header dump: keywords, vendor and model names, technique values
        return _dicom_dump(r)
    if kind == 16:  # product, device and classification names that look like surnames, in their phrases
        return _named_things(r)
    return f"{r.choice(vocab)}: {_phrase(r)}"


def _counted(r: random.Random) -> str:
    """A count of images, series or slices, its number often of four digits (a postcode's shape)."""
    n = r.choice((r.randint(1000, 9999), r.randint(1000, 9999), r.randint(100, 999), r.randint(2, 99)))
    fill = {"y": r.randint(2005, 2025), "n": r.randint(100, 2000), "k": r.randint(1, 12)}
    lang = r.choice(("de", "en"))
    return f"{r.choice(_COUNT_BEFORE)}{n} {r.choice(_COUNTED[lang])}{r.choice(_COUNT_AFTER)}".format(**fill)


def _tissue(r: random.Random, vocab: tuple[str, ...]) -> str:
    """"im Zentrum Fett", "Am Rand Verkalkungen, im Zentrum Nekrose.": a finding's place and what it holds."""
    parts = [f"{r.choice(_PREPOSITIONS)} {r.choice(_PLACES)} {r.choice(_TISSUES)}" for _ in range(r.randint(1, 2))]
    text = ", ".join(parts)
    text = text[:1].upper() + text[1:] if r.random() < 0.5 else f"{r.choice(vocab)} {text}"
    return text + r.choice((".", ",", " " + r.choice(_TAILS), f", {r.choice(_TISSUES)} {r.choice(_TAILS)}"))


# Tagger round 6: findings of clinical compounds, nouns after prepositions, header dumps, named things.
_STATES = ("beidseits durchgängig", "unauffällig", "frei", "nicht erweitert", "rechts gestaut", "regelrecht", "o.B.",
           "erweitert auf {k} mm", "verkalkt", "links betont", "ohne Nachweis von Konkrementen", "beidseits frei",
           "intakt", "zart", "nicht verlegt", "mit Sekret")
_LESIONS = ("Läsionen", "Herde", "Rundherde", "Metastasen", "Knoten", "Zysten", "Polypen", "Filiae", "lesions",
            "nodules", "metastases", "cysts", "foci", "deposits")
_PREPS = ("nach", "Nach", "bei", "Bei", "mit", "Mit", "ohne", "unter", "seit", "Seit", "von", "vom", "zur", "zum",
          "durch", "gegen", "wegen", "laut", "trotz", "vor", "Vor", "im Rahmen der", "Z.n.", "V.a.", "DD")
_NOUNS = ("Sturz", "Verdacht", "Kontrastmittel", "Therapie", "Operation", "Chemotherapie", "Bestrahlung", "Aufnahme",
          "Entlassung", "Rücksprache", "Voruntersuchung", "Punktion", "Implantation", "Trauma", "Reanimation",
          "Intubation", "Narkose", "Sedierung", "Kontrolle", "Verlaufskontrolle", "Fieber", "Husten", "Luftnot",
          "Dyspnoe", "Schmerzen", "Ausschluss", "Einweisung", "Anordnung", "Rückfrage", "Freigabe", "Vorbefund",
          "Aufklärung", "Einwilligung", "Nierenfunktion", "Schwangerschaft", "Allergie", "Antikoagulation")
_DICOM_FIELDS = (("0008,0060", "CS", "Modality", ("CT", "MR", "CR", "DX", "US", "PT", "NM", "MG")),
                 ("0018,0015", "CS", "BodyPartExamined", ("CHEST", "ABDOMEN", "HEAD", "KNEE", "SPINE", "PELVIS")),
                 ("0018,0050", "DS", "SliceThickness", ("1", "0.625", "3", "5", "1.5")),
                 ("0018,1210", "SH", "ConvolutionKernel", ("Br40d", "B30f", "STANDARD", "FC13", "Qr40", "I26f")),
                 ("0020,0011", "IS", "SeriesNumber", ("2", "3", "501", "1001")),
                 ("0018,0087", "DS", "MagneticFieldStrength", ("1.5", "3")),
                 ("0018,1030", "LO", "ProtocolName", ("Thorax Routine", "Abdomen KM", "Knie nativ", "Schädel nativ",
                                                     "CHEST PE", "Brain routine")))
_DICOM_MAKERS = ("SIEMENS", "Siemens Healthineers", "GE MEDICAL SYSTEMS", "Philips Medical Systems", "Philips",
                 "TOSHIBA", "Canon Medical Systems", "FUJIFILM Corporation", "Agfa", "Hologic, Inc.",
                 "Carestream Health", "Medtronic", *MAKER_NAMES)
_DICOM_LINES = ("({tag}) {vr} {kw}: {v}", "({tag}) {kw} {vr}: [{v}]", "{kw} = {v}", "{kw}: {v}",
                "({tag}) {vr} [{v}]  # {kw}", "{kw}\t{v}")
_NAMED = ("{e}-Klassifikation Typ {k}", "{e} {roman}", "nach {e} Grad {k}", "{e} stage {roman}",
          "Z.n. {p}-Implantation", "{p} pausiert.", "{p} seit {d}.", "Gabe von {p}", "{p} in situ.",
          "{e}-Zeichen positiv", "{e} sign", "{p} catheter in situ", "Kontrolle {p}", "{e}-Kriterien erfüllt",
          "{p} {k} mg", "{e}: {roman}")
_ROMAN = ("I", "II", "IIF", "III", "IV", "IIa", "IIb", "1", "2", "3")


def _compounds(r: random.Random) -> str:
    """Findings of clinical compounds with a street ending, one to three in a line."""
    parts = [f"{r.choice(ANATOMY_COMPOUNDS)} {r.choice(_STATES)}".format(k=r.randint(2, 14))
             for _ in range(r.randint(1, 3))]
    lead = r.choice(("", "", "Befund: ", "Im Verlauf ", "Beurteilung: ", "Nebenbefundlich "))
    return lead + ", ".join(parts) + r.choice((".", "", ";"))


def _lesions(r: random.Random) -> str:
    n = r.choice((r.randint(2, 9), r.randint(10, 40), r.randint(100, 999), r.randint(1000, 4000)))
    return r.choice(("{n} {l} in Segment {k}.", "Mindestens {n} {l}, größte {k} cm.", "Über {n} {l} beidseits.",
                     "{n} {l} unchanged.", "At least {n} {l}, largest {k} mm.", "{l}: {n}", "Anzahl {l}: {n}")).format(
        n=n, l=r.choice(_LESIONS), k=r.randint(1, 9))


def _after_prepositions(r: random.Random, vocab: tuple[str, ...]) -> str:
    def one() -> str:
        noun = r.choice(_NOUNS) if r.random() < 0.7 else r.choice(vocab)
        return f"{r.choice(_PREPS)} {noun}"
    return ", ".join(one() for _ in range(r.randint(1, 3))) + r.choice((".", " unauffällig.", ":", " am " + _date(r)))


def _dicom_dump(r: random.Random) -> str:
    rows = []
    for _ in range(r.randint(2, 5)):
        kind = r.randrange(4)
        if kind == 0:
            tag, vr, kw, v = "0008,0070", "LO", "Manufacturer", r.choice(_DICOM_MAKERS)
        elif kind == 1:
            v = r.choice(BRAND_FAMILIES) + r.choice(("", " Force", " Definition AS+", " 750", " X.3", " Edge", " 64"))
            tag, vr, kw = "0008,1090", "LO", "ManufacturerModelName"
        else:
            tag, vr, kw, values = r.choice(_DICOM_FIELDS)
            v = r.choice(values)
        rows.append(r.choice(_DICOM_LINES).format(tag=f"{tag[:4]},{tag[5:]}", vr=vr, kw=kw, v=v))
    return "\n".join(rows)


def _named_things(r: random.Random) -> str:
    eponym = r.choice((*EPONYMS, *EPONYM_WORDS))
    product = r.choice((*PRODUCTS, *EPONYM_WORDS))
    return r.choice(_NAMED).format(e=eponym, p=product, k=r.randint(1, 4), roman=r.choice(_ROMAN), d=_date(r))


def _time(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def negative_document(r: random.Random, vocab: tuple[str, ...]) -> SynthDoc:
    text = "\n".join(_block(r, vocab) for _ in range(r.randint(2, 5))) + "\n"
    return SynthDoc(text, r.choice(("de", "en")), ())


def negative_documents(n: int, seed: int, extra: Iterable[str] = ()) -> Iterator[SynthDoc]:
    """`n` documents from the project's vocabulary and the words of `extra`."""
    if n < 0:
        raise ValueError("n must be >= 0")
    vocab = tuple(sorted({*vocabulary(), *extra}))
    r = random.Random(seed)
    for _ in range(n):
        yield negative_document(r, vocab)
