"""Drugs, devices and long-term therapies, by the shape of their names (fix round 22).

A slot that reads a capitalised word after a doctor and a role as a town ("(Dr. Lanz, Hausarzt, Wetzikon)") also
meets the treatment the aside names ("(Dr. Lanz, Hausarzt, Sintrom)", "(Dr Maddox, GP, Metformin)", "(..., Port)").
No drug list is complete, but generic names share the WHO stems of their class (-xaban, -mab, -tinib, -formin,
-prazol, -statin, ...); brands are keep.PRODUCTS; devices and therapies a short vocabulary. A listed town always
wins over this test (callers check towns first): the stems below end no listed town (tests/.../test_fix22.py).
"""

from __future__ import annotations

from curation.deid.text.common import words

__all__ = ["is_drug_or_device"]

# International nonproprietary name stems (English and German spellings), lower case, at a word's end.
_INN_ENDINGS = (
    "mab",
    "tinib",
    "ciclib",
    "parib",
    "lisib",
    "xaban",
    "gatran",
    "parin",
    "pril",
    "sartan",
    "olol",
    "dipin",
    "dipine",
    "statin",
    "prazol",
    "prazole",
    "conazol",
    "conazole",
    "mycin",
    "micin",
    "cillin",
    "floxacin",
    "cyclin",
    "cycline",
    "formin",
    "gliptin",
    "gliflozin",
    "glutid",
    "glutide",
    "tidin",
    "tidine",
    "dronat",
    "dronate",
    "dronsäure",
    "profen",
    "coxib",
    "oxifen",
    "trozol",
    "trozole",
    "platin",
    "taxel",
    "rubicin",
    "tecan",
    "semid",
    "semide",
    "thiazid",
    "thiazide",
    "triptan",
    "setron",
    "zepam",
    "zolam",
    "terol",
    "lukast",
    "cept",
    "teplase",
    "trexat",
    "trexate",
    "farin",
    "coumon",
    "grel",
    "nisolon",
    "nisolone",
    "methason",
    "methasone",
    "cortison",
    "cortisone",
    "kortison",
    "navir",
    "previr",
    "buvir",
    "tegravir",
    "ciclovir",
    "oxetin",
    "oxetine",
    "triptylin",
    "triptyline",
    "peridol",
    "fungin",
    "penem",
    "bactam",
    "thyroxin",
    "thyroxine",
)
# Whole names: older drugs without a stem, brands keep.PRODUCTS lacks, devices and long-term therapies (a name
# that ends in a stem above, as heparin, warfarin or ibuprofen, needs no entry).
_WORDS = words("""
insulin aspirin sintrom marevan digoxin digitoxin amiodaron amiodarone morphin morphine fentanyl
oxycodon oxycodone tramadol novalgin metamizol paracetamol diclofenac prednison euthyrox
prednisone lithium humira enbrel remicade tysabri ocrevus ozempic trulicity jardiance
schrittmacher herzschrittmacher pacemaker defibrillator port portkatheter katheter dauerkatheter dialyse
hämodialyse peritonealdialyse dialysis haemodialysis hemodialysis sauerstoff heimsauerstoff heimbeatmung
oxygen cpap bipap stoma tracheostoma insulinpumpe pumpe pump shunt stent prothese implantat implant hörgerät
chemo chemotherapie immuntherapie immunotherapy antikoagulation anticoagulation
""")


def is_drug_or_device(word: str) -> bool:
    """Whether `word` (one word, any case) names a drug by its stem or its name, or a device or therapy."""
    low = word.lower()
    return low in _WORDS or (len(low) >= 6 and low.endswith(_INN_ENDINGS))
