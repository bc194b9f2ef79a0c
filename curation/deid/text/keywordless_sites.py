"""Facilities and services named without a hospital keyword (round 21b).

- **Regional patient advocacies**: a regional adjective before the office ("Tiroler Patientenvertretung",
  "Salzburger Patientenanwalt", "Steirische Patientenombudsschaft"), and before a care office (mend of 24b:
  "Oberbayerischer Sozialdienst", "Tiroler Hauskrankenpflege"; not "Externer Sozialdienst"); the bare office stays
  (admin_keeps).
- **A department with a joined pair of house acronyms**: "Radio-Onkologie KSW-KSF", "Radiologie LUKS-SZO"; no
  modality, sequence, technique or score on either side ("Radiologie CT-MR", "STIR-TSE", "IMRT-VMAT", "TNM-UICC",
  "ECOG-PS": site_forms.is_site_acronym).
- **Laboratories by name**: "Laboratorio Analisi Ticino", "Laboratoire Dumont", "Labor Dr. ..." is a practice;
  the name must be no common or clinical word ("Labor Kalium" stays).
- **Air ambulances**: "Mercy Flight", "Life Flight", "Angel Flight" (a capitalised word before "Flight", no travel
  word: "Return Flight", "Following Flight", "Post Flight"), "Christophorus 7" / "ÖAMTC Christophorus" /
  "Christophorus Flugrettung", "Rega", "<Name> Flugrettung / Luftrettung".
- **Interpreter services**: the capitalised name after "interpreter via / through / from" or "Dolmetscher über"
  ("Interpreter via LanguageLine"), not a channel or relative word ("via Telephone", "via Mother") nor a clinical or
  system acronym ("via PACS"); a joined brand right before the word ("LanguageLine interpreter"). "Interpretation
  by" is the reading of images ("by AI software", "by MDT consensus"), no service cue.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit, NeedleGate, literal_starts
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.office_words import CARE_OFFICE, CARE_OFFICE_NEEDLES, PATIENT_OFFICE, PATIENT_OFFICE_NEEDLES
from curation.deid.text.residence_towns import is_relative_word
from curation.deid.text.site_forms import is_site_acronym
from curation.deid.text.word_shapes import is_word_shaped

__all__ = ["keywordless_site_hits"]

_ADVOCACY = re.compile(
    rf"(?<![\w-])(?P<v>[{UP}][{LO}]+(?:er|ische|ischer|isches)[ \t]"
    rf"(?:{PATIENT_OFFICE}|{CARE_OFFICE}))(?![\w-])"
)
# Every advocacy holds one of its office words ("atient" alone is in every report; round 19 of speed), and its
# first capital is taken first.
_ADVOCACY_GATE = NeedleGate(
    (*PATIENT_OFFICE_NEEDLES, *CARE_OFFICE_NEEDLES)
)  # (the shared list: a hand copy lacked "beauftragte")
_ADVOCACY = literal_starts(_ADVOCACY)
_NOT_ADJECTIVES = frozenset(
    {
        "Der",
        "Oder",
        "Aber",
        "Über",
        "Unter",
        "Weiter",
        "Leider",
        "Wieder",
        "Jeder",
        "Einer",
        "Zuständige",
        "Zuständiger",
        "Unabhängige",
        "Unabhängiger",
        "Regionale",
        "Neue",
        "Diese",
        # Generic kinds of a care office, no region (mend of 24b: "Externer Sozialdienst").
        "Unser",
        "Unserer",
        "Euer",
        "Ihrer",
        "Externer",
        "Interner",
        "Klinischer",
        "Ambulanter",
        "Stationärer",
        "Mobiler",
        "Psychosozialer",
        "Sozialer",
        "Kirchlicher",
        "Medizinischer",
        "Pflegerischer",
        "Ärztlicher",
        "Zentraler",
        "Örtlicher",
        "Regionaler",
        "Kommunaler",
        "Städtischer",
        "Häuslicher",
        "Zuständigen",
    }
)
_ACRONYM_PAIR = re.compile(
    r"(?<![\w-])(?P<v>(?:Radio-?Onkologie|Radioonkologie|Radiologie|Nuklearmedizin|"
    r"Onkologie|Radiotherapie|Radiation[ \t]Oncology)[ \t][A-Z]{2,5}-[A-Z]{2,5})(?![\w-])"
)
_ACRONYM_PAIR = literal_starts(_ACRONYM_PAIR)  # from its department words' starts (round 19 of speed)
_LABORATORY = re.compile(
    rf"(?<![\w-])(?P<v>(?:Laboratorio(?:[ \t]Analisi)?|Laboratoire(?:[ \t]d['’]analyses)?|"
    rf"Laboratorium)[ \t](?P<n>[{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+)?))(?![\w-])"
)
_AIR = re.compile(
    rf"(?<![\w-])(?P<v>(?P<n>[{UP}][{LO}]+)[ \t](?:Flight|Flugrettung|Luftrettung|Air[ \t]Ambulance)|"
    rf"(?:ÖAMTC[ \t])?Christophorus(?:[ \t]\d{{1,2}})(?![\w-])|ÖAMTC[ \t]Christophorus|"
    rf"Rega(?:[ \t]\d{{1,2}})?)(?![\w-])"
)
_NOT_AIR = frozenset(
    {
        "Return",
        "Long",
        "Short",
        "Recent",
        "Domestic",
        "International",
        "Connecting",
        "Night",
        "Direct",
        "Charter",
        "Transatlantic",
        "Outbound",
        "Inbound",
        "First",
        "Last",
        "Next",
        "Previous",
        "Test",
        "Training",
        "The",
        "A",
        "Her",
        "His",
        "Their",
        "Our",
        "During",
        "After",
        "Before",
        "Post",
        "Pre",
        "Mid",
        "Prior",
        "In",
    }
)
_INTERPRETER = re.compile(
    rf"(?<![\w-])(?:[Ii]nterpreter|[Ii]nterpreting|Dolmetsch\w*|"
    rf"[Ii]nterprète|[Ii]nterprete)[ \t](?:service[ \t])?(?:via|through|from|by|über|durch|"
    rf"von|de|tramite)[ \t](?:the[ \t]|den[ \t]|dem[ \t])?"
    rf"(?P<v>[{UP}][\w{LO}]+(?:[ \t][{UP}][\w{LO}]+){{0,2}})"
)
# A joined capitalised brand right before the interpreter word: "LanguageLine interpreter", "VoiceLink
# Dolmetscher".
_BRAND_INTERPRETER = re.compile(
    rf"(?<![\w-])(?P<v>[{UP}][{LO}]+[{UP}][{LO}]+)[ \t](?:interpreter|interpreting|Dolmetsch\w*|interprète|interprete)"
)
_CHANNELS = frozenset(
    {
        "telephone",
        "phone",
        "video",
        "videocall",
        "teams",
        "zoom",
        "skype",
        "family",
        "relative",
        "daughter",
        "son",
        "staff",
        "nurse",
        "telefon",
        "video-call",
        "app",
        "ipad",
        "tablet",
    }
)


# Romance adjective and field endings ("Analisi Chimiche", "Laboratoire Médicales", "Microbiologia").
_ROMANCE_WORD_ENDS = ("iche", "ici", "ica", "ico", "ique", "iques", "ale", "ali", "ales", "logia", "logie")
# The modality codes that site_forms.CLINICAL_ACRONYMS (read by is_site_acronym) does not hold; the others ("CT",
# "MR", "PET", ...) it holds already.
_MODALITIES = frozenset({"DX", "MG"})


def _name_word(word: str) -> bool:
    return (
        word.lower() not in NOT_NAME_WORDS
        and not (is_word_shaped(word) and len(word) > 3)
        and not word.lower().endswith(_ROMANCE_WORD_ENDS)
    )


def _house_pair(pair: str) -> bool:
    """Whether both halves of an acronym pair may be house codes ("KSW-KSF"), not a modality, sequence,
    technique or score ("CT-MR", "STIR-TSE", "IMRT-VMAT", "TNM-UICC", "ECOG-PS"; mend of 21b)."""
    return all(half not in _MODALITIES and is_site_acronym(half) for half in pair.split("-"))


def _service_name(word: str) -> bool:
    """Whether the first word after an interpreter cue may name a service: no channel, relative ("via Mother"),
    clinical or system acronym ("by MDT", "via PACS") or common word."""
    if word.lower() in _CHANNELS or is_relative_word(word):
        return False
    if word.isupper():
        return is_site_acronym(word)
    return _name_word(word)


def keywordless_site_hits(text: str) -> list[Hit]:
    """Advocacies, acronym departments, laboratories, air ambulances and interpreter services in `text`."""
    out: list[Hit] = []
    if _ADVOCACY_GATE.search(text):  # (the shared needle pass; mend of 24b: care offices hold no "atient")
        out.extend(
            Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule")
            for m in _ADVOCACY.finditer(text)
            if m.group("v").split()[0] not in _NOT_ADJECTIVES
        )
    if "-" in text:
        out.extend(
            Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule")
            for m in _ACRONYM_PAIR.finditer(text)
            if _house_pair(m.group("v").split()[-1])
        )
    if "Laborato" in text:
        out.extend(
            Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule")
            for m in _LABORATORY.finditer(text)
            if all(_name_word(w) for w in m.group("n").split())
        )
    if "Flight" in text or "rettung" in text or "Ambulance" in text or "Christophorus" in text or "Rega" in text:
        out.extend(
            Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule")
            for m in _AIR.finditer(text)
            if m.group("n") is None or (m.group("n") not in _NOT_AIR and _name_word(m.group("n")))
        )
    if "nterpret" in text or "olmetsch" in text:
        out.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in _BRAND_INTERPRETER.finditer(text))
        for m in _INTERPRETER.finditer(text):
            if _service_name(m.group("v").split()[0]):
                out.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    return out
