"""Tagger round 6: the look-alike classes a tagger trained on many authors takes for names, as word tests and as
vocabularies for hard negatives (negatives.py). Every list is built from the project's keep vocabularies (keep.py's
products, makers, eponyms and departments; device_models' scanner families) or from closed clinical word classes,
never from a held-out text.

- anatomy and German compound nouns with a street or place ending: "Tränenweg", "Gallengang", "Lungenfeld",
  "Leistenring" (-weg, -gang, -feld, -berg, -bach, -ring ...: a street's and a town's endings), told apart by
  their first part, a clinical stem;
- DICOM keywords in header dumps ("ManufacturerModelName", "InstitutionalDepartmentName": one CamelCase word);
- product, device, maker and classification names that look like surnames ("Groshong", "Bosniak", "Siemens").
"""

from __future__ import annotations

import re
from functools import lru_cache

from curation.deid.text.common import words
from curation.deid.text.device_models import BRAND_FAMILIES
from curation.deid.text.given_names import given_names
from curation.deid.text.keep import DEPARTMENTS, EPONYM_WORDS, PRODUCTS
from curation.deid.text.surnames import is_surname
from curation.deid.text.towns import towns

# A street's and a place's endings that clinical compounds share (-weg, -gang, -feld, -ring, -kanal; case and
# plural forms included).
ENDINGS = ("wegen", "wege", "weges", "weg", "gängen", "gänge", "ganges", "gang", "feldern", "felder", "feldes", "feld",
           "ringe", "ringes", "ring", "kanäle", "kanals", "kanal", "gruben", "grube", "stränge", "strang")
# Clinical first parts of such compounds (organs, ducts, canals, rings): a closed class.
CLINICAL_STEMS = ("tränen", "gallen", "harn", "atem", "luft", "leisten", "klappen", "becken", "schenkel", "nabel",
                  "aorten", "anulus", "gehör", "ausführungs", "pankreas", "milch", "drüsen", "lungen", "spinal",
                  "wirbel", "sinus", "nasen", "rachen", "speise", "verdauungs", "gefäß", "gefäss", "lymph", "samen",
                  "eileiter", "geburts", "zahn", "wurzel", "karpal", "tarsal", "adduktoren", "inguinal", "femoral",
                  "venen", "nerven", "achsel", "magen", "muskel", "sehnen", "knochen", "gelenk", "mittelohr")
# Everyday and imaging first parts with -weg / -gang / -feld ("Zugang", "Übergang", "Umfeld", "Oberfeld", "Messfeld").
PLAIN_STEMS = ("zugangs", "abfluss", "zu", "aus", "ein", "über", "durch", "rück", "um", "vor", "blick", "sicht",
               "gesichts", "mess", "bild", "operations", "strahlen", "ober", "mittel", "unter", "spitzen", "rand")
_PLAIN_ENDINGS = ("wege", "weg", "gänge", "gang", "felder", "feld")
# Anatomy compounds of the classes above (what negatives.py writes in findings; the word test reads any such pair).
ANATOMY_COMPOUNDS = ("Tränenweg", "Tränenwege", "Gallenwege", "Harnwege", "Atemwege", "Luftwege", "Verdauungswege",
                     "Leistenring", "Klappenring", "Aortenring", "Anulusring", "Schenkelring", "Nabelring",
                     "Gallengang", "Pankreasgang", "Ausführungsgang", "Milchgänge", "Gehörgang", "Samenstrang",
                     "Lungenfeld", "Lungenfelder", "Oberfeld", "Mittelfeld", "Unterfeld", "Operationsfeld",
                     "Strahlenfeld", "Gesichtsfeld", "Messfeld", "Bildfeld", "Spinalkanal", "Wurzelkanal",
                     "Leistenkanal", "Karpalkanal", "Tarsalkanal", "Adduktorenkanal",
                     "Wirbelkanal", "Nasengang", "Speisewege", "Lymphwege", "Gefäßweg", "Venenwege", "Magengrube",
                     "Achselgrube",
                     "Zugang", "Zugangsweg", "Übergang", "Durchgang", "Abflussweg", "Umfeld", "Blickfeld")
# Counted findings ("3 Läsionen", "12 nodules"): a number before them is no house number or postcode.
LESION_COUNTS = words("""läsion läsionen herd herde rundherd rundherde metastase metastasen knoten knötchen zysten
polypen filiae fokus foci lesion lesions nodule nodules metastases cysts polyps deposits spots""")
# A DICOM keyword: three or more CamelCase parts, or two whose last is a keyword head ("PatientID", "StudyDate");
# "McDonald", "MacArthur" are two parts with a name's head.
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z0-9]+){2,}(?:ID|UID)?|[A-Z][a-z]+(?:ID|UID|Name|Date|Time|Number|"
                    r"Description|Sequence|Type|Size|Thickness|Position|Orientation|Spacing|Version|Versions|Kernel|"
                    r"Protocol|Sex|Age|Weight|Comments|Status|Code|Modality|Title|Identifier)")
_STEM_RE = re.compile(rf"(?:{'|'.join(sorted(CLINICAL_STEMS, key=len, reverse=True))})-?(?:{'|'.join(ENDINGS)})"
                      rf"|(?:{'|'.join(sorted(PLAIN_STEMS, key=len, reverse=True))})(?:{'|'.join(_PLAIN_ENDINGS)})")


def anatomy_compound(word: str) -> bool:
    """True for a clinical compound with a street or place ending ("Tränenwege", "Gallengang", "Lungenfeld",
    "Leistenring"); False for a street or town name ("Lindenweg", "Rosenfeld", "Sonnenberg")."""
    return word[:1].isupper() and _STEM_RE.fullmatch(word.lower()) is not None and word not in towns()


def dicom_keyword(word: str) -> bool:
    """True for a DICOM keyword as header dumps print it ("ManufacturerModelName", "PatientID")."""
    return _CAMEL.fullmatch(word) is not None


@lru_cache(maxsize=1)
def product_words() -> frozenset[str]:
    """The words of the project's product, device-eponym, department and scanner names, lower-cased (the eponyms
    have features.EPONYM; keep.MAKER_NAMES are protected only as the whole name: "Smith & Nephew")."""
    out = {w.lower() for name in EPONYM_WORDS for w in re.split(r"[ \-']", name) if len(w) > 2 and w.isalpha()}
    for group in (PRODUCTS, DEPARTMENTS, BRAND_FAMILIES):  # a word that is also a name stays out ("DIXON", "ONE")
        out |= {w.lower() for name in group for w in re.split(r"[ \-']", name) if len(w) > 2 and w.isalpha()
                and not is_surname(w.capitalize()) and w.lower() not in given_names()}
    return frozenset(out)
