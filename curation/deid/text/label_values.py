"""RIS / HIS header fields: the label says what its value is, whatever the value's shape.

Exported headers and labels write "Label: value" or "Label value" with the value up to the line end, a
field separator (|, tab, two blanks or more, ;) or the next label ("Name: Türk  Vorname: Melek"). Three
label classes (DE / FR / IT / EN and their abbreviations):

- ID labels (patient, case, order, insurance, social-security and accession numbers: "Pat.-Nr.", "Fallnr.",
  "Vers.-Nr.", "SVNR", "e-card", "CHI", "Hospital no.", "N° AVS", "séjour", "n. caso", "Cod. fiscale"): the
  run of code groups after the label is one ID however it is spaced or dashed ("00 731 882-4",
  "K 482 119 337", "Q7-88 213 T"); five digits at least (six after a bare "Fall": "Fall 2019"), groups of
  capitals and digits only, so a label followed by prose or a year takes nothing.
- person labels (the patient's own "Vorname", "Pat.", "Patient·e", "Versicherter" and the staff's
  "Anforderer", "Anf. Arzt", "Tecnico", "Dactylo"): the name after the label (titles outside), one to four
  capitalised words, "Surname, Firstname" after a patient label; a typist's initials ("Dactylo: mcb") after
  a typist label. A sender label ("Zuweiser", "Einsender", "Referring", "Ordering") names a person or a
  facility: a PERSON only when no word of the value is a facility's ("Praxis", "MVZ", "Imaging") and a title
  precedes it or the name lists know one of its words ("Chirurgische Ambulanz" stays); a role before the name
  stays ("Zuweiserin: Frauenärztin ..."). Source "cue": an eponym's keep range does not veto
  a name after a label ("Pat.: Paget, Erika").
- non-PHI labels (modality, body part, sequence, slice thickness, kV / mAs): the value is protected (a keep
  range), so that a scanner's "MAGNETOM Vida" or a sequence "BLADE" never turns into a name. Protocol and
  series / study descriptions are not protected: PS3.15 cleans them (they may carry a name), it does not
  keep them.
An age label ("Alter = 95", "anni 91", "Age: 92") marks an age over 89; a letter reference ("Ihr Zeichen: Ki",
"Unser Zeichen: Hö/mw", "Ref: RAD/PK/sl") the writer's and typist's initials (PERSON; "RAD" stays).
"""

from __future__ import annotations

import re

from curation.deid.text.common import (
    FIELD,
    LO,
    UP,
    Gated,
    Hit,
    LiteralStarts,
    NeedleGate,
    alternative_prefixes,
    literal_starts,
)
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.surnames import is_surname

# A value ends at the line end, a separator, a sentence end, a lower-case word or the next label ("Geb.:").
_END = (r"(?=[ \t]*(?:$|[|;,()\t]|[ ]{2}|\.(?:[ \t]|$))|[ \t]+[a-zäöüßàâçéèêìòù]"
        r"|[ \t]+[^\W\d_][\w.-]{0,20}[ \t]?[:=])")
_ID_LABEL = (
    r"(?:Pat(?:ienten)?\.?[ \t]?-?(?:Nr|ID|Nummer)\.?|PID|Patienten-?(?:nummer|ID)|Patient[ \t]ID|"
    r"Fall(?:-?[Nn]r\.?|nummer|zahl)?|Auftrags-?(?:[Nn]r\.?|nummer)|Vers(?:\.|icherten)-?[Nn]r\.?|"
    r"Versichertennummer|SVNR|VSNR|SVN|VNR|SV-?Nr\.?|e-card|AHVN?(?:-?Nr\.?)?|N?AVS|KVNR|MPI|FIN|NIR|NIF|"
    r"Aufnahme-?(?:[Nn]r\.?|nummer|zahl)|"
    r"[A-Z][A-Za-z]+-Zahl|Vertragspartner-?Nr\.?|Referenz|"
    r"MRN|CHI|Hospital[ \t](?:[Nn]o\.?|number)|NHS[ \t](?:[Nn]o\.?|[Nn]umber)|Unit[ \t](?:[Nn]o\.?|number)|"
    r"Acc(?:ession)?\.?(?:[ \t](?:[Nn]o\.?|[Nn]umber|#))?|Encounter|Visit[ \t](?:[Nn]o\.?|number)|"
    r"Case[ \t](?:[Nn]o\.?|number)|Order[ \t](?:[Nn]o\.?|number)|Account[ \t](?:[Nn]o\.?|number)|"
    r"[Nn][°o]\.?[ \t]?(?:AVS|patient|dossier|(?:de[ \t])?séjour|assuré)|[Ss]éjour|IPP|"
    r"[Nn]\.[ \t]?(?:caso|paziente|pratica|ricovero)|Cod(?:\.|ice)[ \t]fiscale|[Nn]°)")
# Code groups: capitals and digits with inner . / - ("25-088412", "AT-LKH"), apart by one blank or " / ".
_GROUP = r"[A-Z0-9](?:[A-Z0-9./-]*[A-Z0-9])?"
_ID_VALUE = rf"[ \t]*[:#=]?[ \t]*(?P<v>{_GROUP}(?:(?:[ ]|[ ]/[ ]){_GROUP}){{0,5}}){_END}"
_ZAHL = r"[A-Z][A-Za-z]+-Zahl"  # the one label with no literal start ("Versicherungs-Zahl")
ID_LABEL_WORD = re.compile(_ID_LABEL)  # one label alone ("SVNR", "MPI"): `rules.is_id_label` asks it


class _IdLabelStarts(LiteralStarts):
    """ID_FIELD run from its labels' literal starts and from the letter run before each "-Zahl" (`re` would
    try the pattern at every capital for that one label): the same matches as the pattern's finditer."""

    def _starts(self, text: str, pos: int, endpos: int) -> list[int]:
        starts = list(super()._starts(text, pos, endpos))
        at = text.find("-Zahl", pos, endpos)
        while at >= 0:
            first = at
            while first > pos and text[first - 1].isascii() and text[first - 1].isalpha():
                first -= 1
            starts.extend(range(first, at))
            at = text.find("-Zahl", at + 1, endpos)
        return starts


ID_FIELD = _IdLabelStarts(
    re.compile(rf"(?<![\w.-])(?P<l>{_ID_LABEL}){_ID_VALUE}", re.MULTILINE),
    alternative_prefixes(_ID_LABEL.replace(_ZAHL + "|", "")))
_ID_NEEDLES = ("nr", "id", "nummer", "fall", "vers", "svnr", "vsnr", "svn", "e-card", "ahv", "avs", "kvnr", "zahl",
               "mpi", "fin", "nif",
               "referenz", "mrn", "chi", "hospital", "nhs", "unit", "acc", "encounter", "visit", "case", "order",
               "account", "n°", "no", "séjour", "ipp", "n.", "cod")

_PATIENT_LABEL = (r"(?:PATIENT|Vorname|Nachname|Familienname|Pat\.|Patient(?:in|·e|\(in\))?|Pt\.?|Patientenetikett|"
                  r"Versicherte[r]?|Versicherte/r|Assuré(?:e)?|Paziente|Patiente|"
                  # Plan members and veterans (round 12): "Veteran: X", "Enrollee: X", "Member name: X".
                  r"Veteran(?:[ \t]name)?|Member[ \t]name|Enrollee(?:[ \t]name)?|Beneficiary(?:[ \t]name)?|"
                  r"Subscriber[ \t]name|Insured(?:[ \t]name)?|Policy[ \t]?holder|Guarantor(?:[ \t]name)?|"
                  r"Cardholder|Versicherungsnehmer(?:in)?|Assicurat[oa]|Adhérent(?:e)?|Bénéficiaire)")
_STAFF_LABEL = (r"(?:Anforderer|Anfordernde[r]?[ \t]Arzt|Anf\.[ \t]Arzt|Tecnico|Technician|Technologist|MTRA?|"
                r"Operateur|Assistenz|Referring[ \t]physician|Ordering[ \t](?:physician|provider)|"
                r"Requested[ \t]by|Demandé[ \t]par|Richiedente|Medico[ \t]richiedente)")
# A sender label names a person or a facility: its value is a PERSON only when no word of it is a facility's.
_SENDER_LABEL = r"(?:Zuweiser(?:in)?|Überweiser(?:in)?|Einsender(?:in)?|Referring|Referred[ \t]by|Ordering)"
_FACILITY_WORD = re.compile(r"(?i)zentrum|praxis|klinik|spital|hospital|clinic|cent(?:re|er)|institut|imaging|"
                            r"radiolog|medical|practice|health|surgery|group|ordination|haus|heim|röntgen|"
                            r"\b(?:MVZ|KH|LKH|GP)\b")
_TITLE_WORD = (r"(?:Dr|Prof|PD|Mag|DI|Ing|Dipl\.-[A-Z][a-z]+|Frau|Herr|Mr|Mrs|Ms|Miss|Mme|Mlle|M|"
               r"[Ss]ig(?:\.ra|\.na|ra)?|[Dd]ott(?:\.ssa)?|med|univ|dent|pract)")
_TITLE = rf"(?:{_TITLE_WORD}\.?[ \t]+)*(?!{_TITLE_WORD}\.)"
# A capitalised word, double-barrelled and with an elided particle ("Eder-Pfeifer", "N'Diaye"), or one in capitals.
_LOW = LO[:-1]  # lower-case letters without the apostrophe
_WORD = (rf"[{UP}](?:['’][{UP}])?[{LO}’]*[{_LOW}](?:-[{UP}](?:['’][{UP}])?[{LO}’]*[{_LOW}])*"
         rf"|[{UP}]{{2,}}(?:[-'’][{UP}]+)*")
_NAME = rf"(?:{_WORD})(?:[ \t](?:{_WORD})){{0,3}}"
PERSON_FIELD = literal_starts(re.compile(
    rf"(?<![\w.-])(?:(?P<p>{_PATIENT_LABEL})|{_STAFF_LABEL}|(?P<a>{_SENDER_LABEL}))"
    rf"(?:[ \t]*:[ \t]*|[ \t]{{2,}})(?P<t>{_TITLE})"
    rf"(?P<v>{_NAME}(?:,[ \t](?:{_WORD})(?:[ \t-](?:{_WORD}))?)?){_END}", re.MULTILINE))
_PERSON_NEEDLES = ("zuweiser", "überweiser", "einsender", "referr", "vorname", "nachname", "familienname", "pat",
                   "pt", "versichert", "assuré", "veteran", "member name", "enrollee", "beneficiar",
                   "subscriber name", "insured", "holder", "guarantor", "versicherungsnehmer", "assicurat", "adhérent",
                   "bénéficiaire", "paziente", "anford", "anf.", "tecnico", "technic", "technolog",
                   "mtr", "operateur", "assistenz", "ordering", "requested", "demandé", "richiedente")
TYPIST_FIELD = literal_starts(re.compile(
    r"(?<![\w.-])(?:Dactylo|Schreibkraft|Typist|Typed[ \t]by|Dattilografa?)[ \t]*:[ \t]*(?!(?:VR|SR|ASR)\b)"
    r"(?P<v>[a-z]{2,4}|[A-Z]{2,4})"
    r"(?![\w])"))
# Letter references: "Ihr Zeichen: Ki / Unser Zeichen: Hö/mw", "Ref: RAD/PK/sl", "N/Réf.: JD/am": the initials
# of the writer and typist (one to three letters each; a department code in three capitals or more stays).
REFERENCE_FIELD = literal_starts(re.compile(
    r"(?<![\w.-])(?:Ihr(?:e)?[ \t]Zeichen|Unser[ \t]Zeichen|Diktatzeichen|Our[ \t]ref\.?|Your[ \t]ref\.?|Ref\.?|"
    r"[NV]/[Rr]éf\.?|Nos[ \t]réf\.?|Vos[ \t]réf\.?|Ns\.?[ \t]rif\.?|Vs\.?[ \t]rif\.?)[ \t]*:[ \t]*"
    r"(?P<v>[A-Za-zÄÖÜäöü]{1,8}(?:/[A-Za-zÄÖÜäöü]{1,8}){0,3})(?![\w/])"))
_INITIALS = re.compile(r"[A-ZÄÖÜ][a-zäöü]?|[A-ZÄÖÜ]{2}|[a-zäöü]{2,3}")
AGE_FIELD = literal_starts(re.compile(
    r"(?<![\w.-])(?:Alter|Age|Âge|Età|anni|âge)[ \t]*[:=]?[ \t]*(?P<v>9\d|1[01]\d)(?![\d.,]|[ \t]?%)"))
_AGE_NEEDLES = ("alter", "age", "âge", "età", "anni")
KEEP_FIELD = literal_starts(re.compile(
    r"(?<![\w.-])(?:Modalit(?:y|ät|é|à)|Mod\.|Body[ \t]?[Pp]art(?:[ \t]examined)?|Körperregion|Sequen(?:ce|ces|z|zen)|"
    r"Séquences?|Sequenze|Slice[ \t]thickness|Schichtdicke|Épaisseur[ \t]de[ \t]coupe|kVp?|KVP|mAs)"
    # (The value ends at a next "Label:" after a comma too: "Modality: NM, Referring Physician: X", round 16a.)
    r"[ \t]*[:=][ \t]*(?P<v>[^\n|;\t]*?)(?=[ \t]*(?:$|[|;\t]|[ ]{2}|,[ \t]*[A-ZÄÖÜ][^\n,:;|]{0,40}[:=]))",
    re.MULTILINE))
# A DICOM station or AE title after its label (round 15c): the scanner's network name ("Stationsname: CTAWP73412",
# "Station Name: MR_SKYRA_2", "AE Title: CT01RAD") is a device, no ID; one token of capitals, digits, "_" and "-".
STATION_FIELD = literal_starts(re.compile(
    r"(?<![\w.-])(?:Station[ \t]?[Nn]ame|STATION[ \t]?NAME|Stationsname|Stations-?[Nn]ame|AE[ \t-]?[Tt]itle|AET|"
    r"Calling[ \t]AE|Called[ \t]AE|Nom[ \t]de[ \t]station|Nome[ \t]stazione)"
    r"[ \t]*[:=]?[ \t]*(?P<v>[A-Z][A-Z0-9_-]{2,15})(?![\w-])"))
_STATION_NEEDLES = ("tation", "TATION", "AE", "station", "stazione")
_STATION_GATE = NeedleGate(_STATION_NEEDLES)  # from the shared needle pass (round 18 of speed)
_ID_RULE = Gated(ID_FIELD, _ID_NEEDLES, True)
_PERSON_RULE = Gated(PERSON_FIELD, _PERSON_NEEDLES, True)
_TYPIST_RULE = Gated(TYPIST_FIELD, ("dactylo", "schreibkraft", "typ", "dattilograf"), True)
_AGE_RULE = Gated(AGE_FIELD, _AGE_NEEDLES, True)
_REFERENCE_RULE = Gated(REFERENCE_FIELD, ("zeichen", "ref", "réf", "rif"), True)


_ROLE = re.compile(r"[^\W\d_]*(?:[Aa]rzt|[Ää]rztin|ologe|ologin|ologist|[Pp]hysician|[Dd]octor|médecin|medico)[ \t]+")


_NAME_WORD = re.compile(r"[^ \t,]+")
_CAPITALS_FIRST = re.compile(r"[A-Z]{2,4}\b")
_REFERENCE_PART = re.compile(r"[^\s/]+")


def _name_end(text: str, start: int, end: int) -> int:
    """Where the name in text[start:end] ends: before a word that is no name ("Radiologie", "Befund") or
    a label ("Geb.:")."""
    pos = start
    for word in _NAME_WORD.finditer(text[start:end]):
        if word.group().lower().strip("’'-") in NOT_NAME_WORDS:
            break
        pos = start + word.end()
    return pos


def label_hits(text: str, lowered: str) -> list[Hit]:
    """ID, PERSON and AGE hits of labelled header fields."""
    # Five digits at least (a year after "Referenz" or "Encounter" is none), six after a bare "Fall" ("Fall 2019").
    hits = [Hit(m.start("v"), m.end("v"), "ID", FIELD) for m in _ID_RULE.finditer(text, lowered)
            if sum(c.isdigit() for c in m.group("v")) >= (6 if m.group("l") == "Fall" else 5)]
    for m in _PERSON_RULE.finditer(text, lowered):
        value = m.group("v")
        if m.group("a") is not None and (_FACILITY_WORD.search(value) or _CAPITALS_FIRST.match(value) or (
                not m.group("t") and not any(is_surname(w) or is_any_given_name(w) for w in value.split()))):
            continue  # a facility, or words that no title or name list makes a name ("Chirurgische Ambulanz")
        if "," in value and m.group("p") is None:  # "Surname, Firstname" after a patient label only
            value = value[:value.index(",")]
        start = m.start("v")
        if (role := _ROLE.match(value)) is not None:  # "Zuweiserin: Frauenärztin Hülya Demir-Schäfer"
            start += role.end()
        end = _name_end(text, start, m.start("v") + len(value))
        if end > start:
            hits.append(Hit(start, end, "PERSON", "cue"))
    hits.extend(Hit(m.start("v"), m.end("v"), "PERSON", "cue") for m in _TYPIST_RULE.finditer(text, lowered))
    hits.extend(Hit(m.start("v"), m.end("v"), "AGE", FIELD) for m in _AGE_RULE.finditer(text, lowered))
    for m in _REFERENCE_RULE.finditer(text, lowered):
        for part in _REFERENCE_PART.finditer(m.group("v")):
            if _INITIALS.fullmatch(part.group()):
                hits.append(Hit(m.start("v") + part.start(), m.start("v") + part.end(), "PERSON", "cue"))
    return hits


def label_keeps(text: str) -> list[tuple[int, int]]:
    """Protected ranges: the values of non-PHI labels."""
    # Not gated: KEEP_FIELD runs from its literal starts, which the shared pass over the text (run for the keep
    # terms already) gives; a gate of its own would need the text lower-cased and a needle pass over it.
    keeps = [(m.start("v"), m.end("v")) for m in KEEP_FIELD.finditer(text) if m.end("v") > m.start("v")]
    if _STATION_GATE.search(text):
        keeps.extend((m.start("v"), m.end("v")) for m in STATION_FIELD.finditer(text))
    return keeps


_FIELD_BREAK = re.compile(r"[ ]{2,}|\t|[ ]?\|")


def ended_at_fields(text: str, hits: list[Hit]) -> list[Hit]:
    """Names end at a field separator: a PERSON hit of another rule that runs over two blanks, a tab or a pipe
    into the next field ("Name: Türk  Vorname: Melek", "Pt: Thibodeaux, Remy  Age: 91") is cut there."""
    out = []
    for h in hits:
        if h.label == "PERSON" and h.source not in (FIELD, "dict") and (
                cut := _FIELD_BREAK.search(text, h.start, h.end)) is not None:
            if cut.start() > h.start:
                out.append(Hit(h.start, cut.start(), h.label, h.source))
            continue
        out.append(h)
    return out
