"""Institutions named like brands, without a Klinik / Hospital keyword (round 14b).

Four shapes, each decided by its own context, not by a list of brands:

- an acronym, "The" and a capitalised name: UK private hospital groups ("RHC The Lindfield", "HCA The Lister",
  "BMI The Beaumont"); the acronym is no modality or section word, and the name after "The" must be capitalised
  ("BMI The patient ..." and "BMI 31. The liver" stay: the body-mass index);
- a brand word, "St." and a capitalised saint's name: US health systems and their hospitals ("Covenant
  St. Elizabeth", "Ascension St. Thomas", "Ardent St. Clare"); not after a house number ("12 Main St. Louis" is an
  address, for the address rules), and "St. Jude Medical" is the device maker (a keep-term of keep.py: its range
  vetoes the hit);
- a brand word, a generic service word and a town: imaging providers ("Lumen Scanning Stoke", "Alliance Medical
  Derby", "Larkfield X-Ray Reading", "Rhenus Diagnostik Köln", "Synlab Diagnostica Lugano"): the town is a listed
  one, or the phrase stands after a booking / outside-study / transfer preposition ("at", "from", "with", "bei",
  "chez", "presso"); modality, technique and German adjective words are no brand ("Doppler Ultrasound", "Cardiac
  MRI", "Weitere Diagnostik Köln");
- a doctor, a specialty and a town: a private practice named by its doctor ("Dr. Weninger Orthopädie Leoben",
  "Dr Rathbone Cardiology Leicester", "Dr Perrottet Radiologie Yverdon", "Dr. Bernasconi Ortopedia Mendrisio",
  "Dr. Kessler & Partner Radiologie Schaffhausen"); the word after the specialty must be a name, not a role, unit or
  report word ("Dr. Huber Radiologie Befund").
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit, NeedleGate, RunBeforeLiteral, literal_starts, words
from curation.deid.text.facilities import _NOT_DE_NAMES, NOT_FACILITY_NAMES, _is_name_word
from curation.deid.text.site_forms import CLINICAL_ACRONYMS
from curation.deid.text.towns import towns

_CAP = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
# (Each found from its literal: "The", "St", the title; `re` would try them at every capital.)
ACRONYM_THE = RunBeforeLiteral(re.compile(rf"(?<![\w-])(?P<v>(?P<a>[A-Z]{{2,5}})[ \t]The[ \t]"
                                          rf"(?P<n>{_CAP}(?:[ \t]{_CAP})?))(?![\w-])"), ("The",), "", " \t",
                               at_anchor=False)
# Capitals that are modalities, sections or sentence words, never a hospital group.
_NOT_ACRONYMS = words("""CT MRT MR MRI US PET SPECT RX XR NM DX CR DR IR ED ER OP ICU ITU HDU AND OR THE FOR NOTE
                         NB PS RE CC BCC FYI TBC TODO ASAP KM CAVE FAO ATTN HX IMP REF VS DD""")
SAINT_BRAND = RunBeforeLiteral(re.compile(rf"(?<![\w.-])(?P<v>(?P<b>[{UP}][{LO}]{{2,}})[ \t]St\.?[ \t]"
                                          rf"(?P<s>[{UP}][{LO}]{{2,}})(?:['’]s)?)(?![\w-])"), ("St",), "", " \t",
                               at_anchor=False)
_GENERIC = (r"(?:Scanning|Scans?|X-?[Rr]ays?|Ultrasound|Medical|Healthcare|Health|Imaging|Diagnostics|Radiology|"
            r"Clinics?|MRI|Screening|Diagnostik|Bildgebung|Röntgen|Radiologie|Imagerie|Radiologia|Diagnostica|"
            r"Diagnostique|Médical|Medica)")
# Found from the service word: the town after it, then one or two brand words in the 60 characters before it.
GENERIC_TOWN = literal_starts(re.compile(rf"{_GENERIC}[ \t](?P<t>{_CAP}(?:[ \t]{_CAP})?)(?![\w-])"))
BRAND_BEFORE = re.compile(rf"(?<![\w-])(?:[{UP}][\w{LO}'’-]*[ \t]){{1,2}}\Z")
_CUE_BEFORE = re.compile(r"(?:\b(?:at|from|with|by|via|to|attended|attends|bei|von|aus|durch|chez|par|presso|da|"
                         r"c/o)|@)[ \t]+"
                         r"(?:the[ \t]+)?\Z")
_NOT_BRAND_WORDS = words("""doppler contrast portable bedside spectral duplex dynamic functional whole-body low-dose
                            digital conventional plain emergency occupational private public mobile wohnort ort kanton
                            stadt gemeinde nach aus von bei in im wohnhaft herkunft geboren and und et the mechanical
                            prosthetic biological bioprosthetic via through after before seen per into onto then when
                            while since until during near opposite beside towards toward over under within über vor
                            seit zum zur ins beim am chez par au aux dans vers presso al alla dal dalla nel nella""")
_SPECIALTY = (rf"(?:[{UP}][{LO}]*(?:logie|logy|logia|pädie|paedics|pedics|pedia|pédie|iatrie|iatrics|iatria|"
              rf"medizin|médecine|medicina|chirurgie|chirurgia)|Surgery|Imaging|Imagerie|Diagnostics|"
              rf"Innere[ \t]Medizin|Family[ \t]Medicine)")
DOCTOR_PRACTICE = literal_starts(re.compile(
    rf"(?<![\w-])(?P<v>(?:Dres\.|Dr\.in|Dr\.?|Dre|Drs\.?|Prof\.|Dott\.(?:ssa)?)(?:[ \t](?:med\.|Dr\.|univ\.))*"
    rf"[ \t](?:{_CAP}[ \t]){{0,2}}{_CAP}(?:[ \t](?:&|und|and)[ \t](?:Partner|Kollegen|Partners|Colleagues))?"
    rf"[ \t]{_SPECIALTY}"
    rf"[ \t](?P<t>{_CAP}(?:[ \t](?:an[ \t]der[ \t]|am[ \t])?{_CAP})?))"
    rf"(?![\w-])"))
# (Round 14 review: the X-ray forms as written, not "ray" inside "array" or "Gray".)
_GENERIC_NEEDLES = ("Scan", "X-ray", "X-Ray", "Xray", "XRay", "Ultrasound", "Medical", "Health", "Imaging", "Diagnos",
                    "Radiolog", "Clinic", "MRI", "Screening", "Bildgebung", "Röntgen", "Imagerie", "Médical", "Medica")
_GENERIC_GATE = NeedleGate(_GENERIC_NEEDLES)  # from the shared needle pass (round 18 of speed)


# A facility's own head word next to the service word starts the name there.
_FACILITY_HEADS = ("praxis", "gemeinschaft", "zentrum", "institut", "klinik", "ordination", "ambulatorium", "mvz",
                   "centre", "center", "practice", "cabinet", "studio")
# German adjective endings: "Weitere Diagnostik", "Ambulante Radiologie" name no brand.
# (Round 14 review: "-elle", "-ellen", "-ären" too, "Interventionelle Radiologie Innsbruck".)
_ADJECTIVE_ENDINGS = ("ere", "eren", "erer", "ige", "igen", "iche", "ichen", "ische", "ischen", "liche", "lichen",
                      "ante", "anten", "ive", "iven", "ale", "alen", "elle", "ellen", "äre", "ären")
# Organs and body parts after "<ACRONYM> The" begin a sentence ("KUB The Kidneys are normal"), never a group's name.
ANATOMY_WORDS = words("""kidney kidneys liver lungs lung spleen pancreas bladder bowel bowels heart brain bones bone
                    ureters ureter aorta prostate uterus ovaries ovary adrenals adrenal gallbladder stomach colon spine
                    chest abdomen pelvis joint joints hip hips knee knees shoulder shoulders mediastinum pleura thyroid
                    vessels arteries veins soft tissues""")


def _name_word(word: str) -> bool:
    low = word.lower()
    return (low not in NOT_FACILITY_NAMES and low not in _NOT_DE_NAMES and low not in _NOT_BRAND_WORDS
            and not low.endswith(_ADJECTIVE_ENDINGS))


def _town(text: str, start: int, m: re.Match[str]) -> int:
    """Where the town after a brand (starting at `start`) ends: the longer listed town, the town after a cue, or
    -1."""
    two = m.group("t")
    if two in towns():
        return m.end("t")
    first = two.split()[0]
    cue = _CUE_BEFORE.search(text, max(0, start - 20), start) is not None
    if cue and all(_name_word(w) for w in two.split()):
        return m.end("t")  # "attended Thornbury Health Tunbridge Wells"
    if first in towns() or cue:
        return m.start("t") + len(first) if _name_word(first) else -1
    return -1


def _brand_start(text: str, head: int) -> int:
    """Where the one or two brand words before a service word start, or -1 (the first of two may be a sentence
    word: "Patient Lumen Scanning")."""
    m = BRAND_BEFORE.search(text, max(0, head - 60), head)
    if m is None:
        return -1
    brand = list(re.finditer(r"\S+", text[m.start():head]))
    while brand and not _name_word(brand[0].group()):
        brand.pop(0)
    if len(brand) > 1 and brand[-1].group().lower().endswith(_FACILITY_HEADS):
        brand = brand[-1:]  # "Sprechstunde Praxisgemeinschaft Radiologie Wörgl": the facility starts at its head
    return m.start() + brand[0].start() if brand and all(
        _name_word(w.group()) and w.group()[0].isupper() for w in brand) else -1


def brand_site_hits(text: str) -> list[Hit]:
    """INSTITUTION hits of brand-style names (module docstring)."""
    hits: list[Hit] = []
    if " The " in text:
        for m in ACRONYM_THE.finditer(text):
            if m.group("a") not in _NOT_ACRONYMS and m.group("a") not in CLINICAL_ACRONYMS and all(
                    _name_word(w) and w.lower() not in ANATOMY_WORDS for w in m.group("n").split()):
                hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    if " St" in text:
        for m in SAINT_BRAND.finditer(text):
            before = text[max(0, m.start() - 6):m.start()].rstrip()
            if _name_word(m.group("b")) and not (before and before[-1].isdigit()):
                hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    for m in GENERIC_TOWN.finditer(text) if _GENERIC_GATE.search(text) else ():
        if (start := _brand_start(text, m.start())) >= 0 and (end := _town(text, start, m)) > 0:
            hits.append(Hit(start, end, "INSTITUTION", "rule"))
    if "Dr" in text or "Prof." in text or "Dott." in text:
        for m in DOCTOR_PRACTICE.finditer(text):
            town = m.group("t").split()
            if m.group("t") in towns() or all(_is_name_word(w) and _name_word(w) for w in town):
                hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
            elif town[0] in towns() or (_is_name_word(town[0]) and _name_word(town[0])):  # "Leoben am Montag"
                hits.append(Hit(m.start("v"), m.start("t") + len(town[0]), "INSTITUTION", "rule"))
    return hits
