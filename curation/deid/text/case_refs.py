"""Case-file, register and prisoner numbers after their cue (round 15c).

A reference is what its cue says it is, whatever its shape: a court or insurer file number in spaced groups
("Az. 17 O 2231/24", "GZ 4 C 118/25", "Unser Zeichen: KX/4471/RAD"), a screening-log or case-file number, a
prisoner's book number with the prison's code ("Inmate no. JVA-BS 2231/24", "Gefangenenbuchnummer JVA MUC
4471/2025"), a state number after an agency code and "#" ("CDCR# BK4417", "TDCJ# 02217734"), a professional
register number a few words after its register ("Ordine dei Medici di Milano n. 38214", "LANR 123456789",
"GMC no. 7012345"), a prosecutor's register file ("StA 412 Js 88/26", also without its cue), a contract
partner's and a student's number (round 19a). The value runs over up to five space-separated tokens of capitals
and digits and ends at its last token with a digit; it needs three digits in all, so that "Az. folgt", "Ref. 2"
and "registration 3 mm" stay.
As a field label's value, no keep range vetoes it (common.FIELD): "Ihr Zeichen: S 12 U 331/23" is no level "S 12".
"""

from __future__ import annotations

import re

from curation.deid.text.common import (
    FIELD,
    AnyOfStarts,
    Hit,
    LiteralStarts,
    NeedleGate,
    RunBeforeLiteral,
    alternative_prefixes,
    literal_starts,
)

__all__ = ["case_ref_hits"]

_REF_CUE = (r"Az\.|Aktenzeichen|G[Zz]\.?|Geschäftszahl|Geschäftszeichen|(?:Unser|Ihr)e?[ \t](?:Zeichen|Aktenzeichen)|"
            r"[Oo]ur[ \t]ref(?:erence)?\.?|[Yy]our[ \t]ref(?:erence)?\.?|Réf\.|Rif\.|N°[ \t]de[ \t]dossier|"
            r"(?:[Ff]ile|[Cc]ase[ \t]file|[Bb]ooking)[ \t](?:no\.?|number|ref\.?|ID|#)|"
            r"(?:[Cc]ase[ \t]file|[Ss]creening[ \t]log|[Ii]nmate|[Pp]risoner)(?:[ \t](?:no\.?|number|ref\.?|ID|#))?|"
            r"Screening-?(?:Nr\.?|Nummer)|Gefangenen(?:buch)?-?(?:nummer|[Nn]r\.?)|Buchnummer|Häftlings-?(?:nummer|Nr\.?)|"
            r"[Dd]étenu|[Éé]crou|[Mm]atricola|[Dd]etenuto|"
            # Round 17b: "réf." / "N/Réf." in lower case, "Ref. no.", an abbreviated word's "-Nr." ("Häftl.-Nr.",
            # "Pers.-Nr."), service and register numbers, an insurer's claim ("Sinistro SUVA n.", "sinistre").
            r"[Rr]éf\.|[Rr]ef\.?[ \t](?:[Nn]o\.?|[Nn]r\.?|#)|Reg(?:istration|ister)?\.?[ \t]?(?:No\.?|Nr\.?|#)|"
            r"[A-ZÄÖÜ][a-zäöü]{1,8}\.-?(?:Nr|Zl)\.|(?:[Ss]ervice|[Ss]erial)[ \t](?:no\.?|number|#)|"
            r"Dienstnummer|Personalnummer|[Mm]atricule|[Ss]inistr[oe](?:[ \t](?:[A-Z]{2,6}|[Nn]°))?|"
            r"[Rr]éf(?:érence)?\.?[ \t](?:du[ \t])?dossier|[Ss]chadens?(?:fall|nummer)|[Uu]nfallnummer|"
            r"[Ll]eistungsfall|"
            # Review of round 17b: procedure, report, file and claim numbers ("Verfahren ST.2024.1234", "Rapport Nr.",
            # "incarto", "RG", "Pratica n.", "Verbale n.", "Dossier no", "Réf. police:", "ref 2024-0912", "claim").
            r"Verfahren(?:snummer|s-?[Nn]r\.?)?|Rapport(?:[ \t][Nn]r\.?)?|Aktenzeichen[ \t]des[ \t]Gerichts|[Ii]ncarto|"
            r"RG|[Pp]ratica|[Vv]erbale|[Dd]ossier(?:[ \t]no\.?)?|[Rr]éf\.?[ \t]police|(?<=,[ \t])ref\.?|[Cc]laim|"
            # Round 19a: a prosecutor's file ("StA 412 Js 88/26"), a contract partner's number ("VPNR",
            # "Vertragspartnernr."); the guardianship register's "OPG ref" is an ID label of rules.py.
            r"StA|Staatsanwaltschaft|VPNR|Vertragspartner-?(?:nr\.?|nummer)")
# The cue, then the value's start: a colon, "#" or "n." / "no." / "Nr." may stand between them.
_CUED = re.compile(rf"(?<![\w])(?:{_REF_CUE}|(?P<agency>[A-Z]{{2,6}})#)[ \t]*[:#]?[ \t]*(?:(?i:n[.°º]|no\.)[ \t]*)?"
                   r"(?:[a-zäöü]{1,3}(?:/[a-zäöü]{1,3})+[ \t]+)?"  # the writer's initials first ("mw/ht 2024-334")
                   r"(?P<v>[A-Z0-9][A-Za-z0-9./_-]*(?:[ ][A-Z0-9][A-Za-z0-9./_-]*){0,4})")
# A register a few words before its number ("Ordine dei Medici di Milano n. 38214", "GLN 7601000234518").
_REGISTER = re.compile(r"(?<![\w])(?:Ordine[ \t]dei[ \t]Medici|Ordre[ \t]des[ \t]médecins|Albo|[Ii]scrizione|"
                       r"[Rr]egistration[ \t](?:no\.?|number|#)|GMC|EFN|LANR|BSNR|ZSR|RCC|RPPS|ADELI|MedReg|FMH|"
                       r"GLN|Ärztekammer|Arzt-?(?:nummer|[Nn]r\.?))"
                       r"[^\n;:.]{0,40}?(?:[ \t](?:n[.°º]|no\.|Nr\.|#|number)|:|[ \t])[ \t]*"
                       r"(?P<v>[A-Z]{0,3}-?\d{4,}[A-Z0-9]*)(?![\w]|[.,]\d)")
# A prison's code before a book number ("JVA-BS 2231/24", "HMP 4471/25").
_PRISON_CODE = re.compile(r"(?<![\w-])(?P<v>(?:JVA|JA|HMP|HMYOI)(?:[- ][A-Z]{1,4})?[- ]\d{3,}(?:/\d{2,4})?)(?![\w/-])")
_NEEDLES = ("az.", "aktenz", "gz", "geschäftsz", "zeichen", "ref", "réf", ".-nr.", ".nr.", ".-zl.", "reg. no",
            "reg no", "reg.no", "reg. nr", "reg nr", "reg #", "registration no", "register no", "registration nr",
            "register nr", "registration #", "register #", "service no", "service number", "service #", "serial no",
            "serial number", "serial #", "schadenfall", "schadensfall", "schadennummer", "schadensnummer",
            "unfallnummer", "leistungsfall", "dienstnummer", "personalnummer", "matricule", "sinistr", "rif.",
            "dossier", "file", "screening", "inmate", "prisoner", "booking", "gefangen", "buchnummer", "häftling",
            "détenu", "écrou", "matricola", "detenuto", "#", "verfahren", "rapport", "incarto", " rg ", "pratica",
            "verbale", "claim", "sta ", "staatsanwaltschaft", "vpnr", "vertragspartner")
_REGISTER_NEEDLES = ("ordine", "ordre", "albo", "iscrizione", "registration", "gmc", "efn", "lanr", "bsnr", "zsr",
                     "rcc", "rpps", "adeli", "medreg", "fmh", "gln", "kammer", "arzt")
_WORD = re.compile(r"[a-zäöüéèà]{3}")
_NEXT_CUE = re.compile(r"[A-ZÄÖÜ][a-zäöü]{1,8}\.")  # an abbreviated word opens the next label
# Scanned from their literal starts (common.literal_starts), not tried at every position.
# (literal_starts takes none for _CUED: two of its alternatives open with a class.) From the literal starts of its cue
# words, and the letters before an abbreviated word's ".Nr." / ".-Nr." / ".Zl." / ".-Zl." and before an agency's "#":
# `re` tried it at every position of each report whose gate fired, "Acc.-Nr." in most (~80 -> ~3 µs; round 18 of speed).
_CUED = AnyOfStarts(_CUED, LiteralStarts(_CUED, alternative_prefixes(_REF_CUE, partial=True)),
                    RunBeforeLiteral(_CUED, (".Nr.", ".-Nr.", ".Zl.", ".-Zl.", "#"), "", at_anchor=False))
_REGISTER = literal_starts(_REGISTER)
_PRISON_CODE = literal_starts(_PRISON_CODE)
_GATE = NeedleGate(_NEEDLES, lower=True)  # read from the shared needle pass
_REGISTER_GATE = NeedleGate(_REGISTER_NEEDLES, lower=True)


# A UK National Insurance number, spaced or not ("JT 44 21 87 C", "QQ123456A"), after its cue.
_NINO = re.compile(r"(?<![\w])(?:NINO|NI|N\.I\.|National[ \t]Insurance)(?:[ \t](?:[Nn]o\.?|[Nn]umber|#))?[ \t]*:?[ \t]*"
                   r"(?P<v>[A-CEGHJ-PR-TW-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D])(?![\w])")
_NINO = literal_starts(_NINO)
# A student's or matriculation number after its cue (round 19a): "matric. no. s2274930", "Matrikelnummer 01547722",
# "student ID 2231774"; up to two letters may lead the digits, five digits or more.
_STUDENT = literal_starts(re.compile(
    r"(?<![\w])(?:[Mm]atric(?:ulation)?\.?|[Ss]tudent|Matrikel)-?[ \t]?(?:[Nn]o\.?|[Nn]r\.?|[Nn]umber|[Nn]ummer|ID|#)"
    r"[ \t]*:?[ \t]*(?P<v>[A-Za-z]{0,2}\d{5,}[A-Za-z]?)(?![\w])"))
# A German prosecutor's or court's register file without its cue: "412 Js 88/26", "7 UJs 2231/25" (register
# marks of prosecution files: no clinical abbreviation takes this shape).
_PROSECUTOR_FILE = literal_starts(re.compile(
    r"(?<![\w/])(?P<v>\d{1,4}[ \t](?:U?Js|VRs|KLs|Ds)[ \t]\d{1,6}/\d{2,4})(?![\w/])"))
_PROSECUTOR_MARKS = (" Js ", " UJs ", " VRs ", " KLs ", " Ds ")
_PROSECUTOR_GATE = NeedleGate(_PROSECUTOR_MARKS)  # from the shared needle pass (round 18 of speed)


def _value_end(text: str, m: re.Match[str]) -> int | None:
    """The end of the value's last token with a digit (None when the value holds fewer than three digits)."""
    end, digits = None, 0
    pos = m.start("v")
    for token in m["v"].split(" "):
        if _WORD.search(token) or _NEXT_CUE.match(token):  # a word ("Gutachten") or the next cue ("Abb.-Nr.")
            break
        pos_end = pos + len(token)
        if any(c.isdigit() for c in token):
            digits += sum(c.isdigit() for c in token)
            end = pos_end
        pos = pos_end + 1
        if token.endswith(".") and token[:-1].isdigit():
            break  # "Seq.-Nr. 12. Abb.-Nr. 2": a sentence ends after the number
    if end is None or digits < 3:
        return None
    while text[end - 1] in "./-_":
        end -= 1
    return end


def case_ref_hits(text: str, lowered: str) -> list[Hit]:
    """Case-file, register and prisoner numbers in `text` (`lowered`: its lower-cased copy)."""
    hits: list[Hit] = []
    if _GATE.search(lowered):
        for m in _CUED.finditer(text):
            if (end := _value_end(text, m)) is not None:
                hits.append(Hit(m.start("v"), end, "ID", FIELD))
    if _REGISTER_GATE.search(lowered):
        hits.extend(Hit(m.start("v"), m.end("v"), "ID", FIELD) for m in _REGISTER.finditer(text))
    if "NI" in text or "N.I." in text or "National Insurance" in text:
        hits.extend(Hit(m.start("v"), m.end("v"), "ID", FIELD) for m in _NINO.finditer(text))
    if "matric" in lowered or "student" in lowered:
        hits.extend(Hit(m.start("v"), m.end("v"), "ID", FIELD) for m in _STUDENT.finditer(text))
    if _PROSECUTOR_GATE.search(text):
        hits.extend(Hit(m.start("v"), m.end("v"), "ID", "rule") for m in _PROSECUTOR_FILE.finditer(text))
    if "JVA" in text or "HMP" in text or "JA " in text or "JA-" in text:
        hits.extend(Hit(m.start("v"), m.end("v"), "ID", "rule") for m in _PRISON_CODE.finditer(text))
    return hits
