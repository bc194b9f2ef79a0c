"""Organisations named by a legal or commercial form (round 15b): law firms, companies and partnerships.

- A run of capitalised name words closed by a legal-form suffix in any language the pipeline meets: "LLP", "LLC",
  "P.C.", "PLLC", "Ltd", "plc", "Inc." (UK / US), "GmbH", "mbB", "Partner mbB", "PartG", "AG", "KG", "OG", "e.U."
  (DE / AT / CH), "SA", "Sàrl", "SARL", "Srl", "S.r.l.", "Sagl", "SpA" (Swiss French / Italian). The run is read
  backwards from the suffix over name words, "&", "und", "Dr." and partner words; a run of keep words alone
  ("Siemens Healthineers AG" is a device maker: its keep range vetoes the hit) or a floor or count before "OG"
  ("2. OG", "Station OG") names none: "OG" and "AG" need a name word that is no German noun.
- "<Surname>, <Surname> & <Surname>": three or more surnames joined by commas and one "&" (a firm's name; "and" /
  "und" join a list of people: "Anwesend: Kalb, Neuhold und Stiegler");
  each is a name word, not a German noun, and two at least are listed surnames ("Leber, Milz & Niere" names
  none).
- A practice named by its doctors: "<specialty> Dr. <Surname> & Team <Town>", "Dr. <Surname> & Dr. <Surname>"
  closed by a legal form (the first shape).
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Hit, literal_starts
from curation.deid.text.facilities import NOT_FACILITY_NAMES, _is_name_word
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.surnames import is_surname_or_word
from curation.deid.text.towns import CLINICAL_WORDS

_SUFFIX = (r"(?P<s>LLP|LLC|PLLC|P\.C\.|Ltd\.?|plc|PLC|Inc\.|GmbH(?:[ \t]&[ \t]Co\.[ \t]KG)?|(?:Partner[ \t])?mbB|"
           r"PartG(?:[ \t]mbB)?|AG|KG|OG|e\.U\.|SA|Sàrl|SARL|Srl|S\.r\.l\.|Sagl|SpA|S\.p\.A\.)")
_NAME = rf"(?:Dr\.|Dres\.|Prof\.|[{UP}][\w{LO}'’.-]*+|&|und|and|Team)"
# The suffix is found from its literal; the run of up to six name words before it is read backwards over a window.
SUFFIX = literal_starts(re.compile(rf"(?<![\w-]){_SUFFIX}(?![\w-])"))
_RUN_BEFORE = re.compile(rf"(?<![\w-])(?P<v>(?:{_NAME}[ \t]){{0,5}}{_NAME}),?[ \t]\Z")
# Words that open no firm name: they are stripped from the front of the run.
_OPENERS = frozenset({"&", "und", "and", "Team", "Kanzlei", "Firma", "Billing", "Copy", "The", "Die", "Der", "La",
                      "Le", "Il"})
_TITLES = frozenset({"Dr.", "Dres.", "Prof."})
# Short suffixes that are also German words or abbreviations ("OG" a floor, "AG" a working group, "SA" the
# sinoatrial node): they need two name words or a doctor before them.
_AMBIGUOUS = frozenset({"OG", "AG", "SA", "KG"})
_PLAIN_WORD = re.compile(rf"[{UP}][{LO}]{{2,}}")
# A number after the suffix makes it a label ("KG 2025/88314": a cost-approval number).
_DIGIT_AFTER = re.compile(r"[ \t]*(?:Nr\.?|No\.?|#)?[ \t]*\d")
FIRM = re.compile(rf"(?<![\w-])(?P<v>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?(?:,[ \t][{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)+,?"
                  rf"[ \t]&[ \t][{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)(?![\w-])")
_SPECIALTY = (rf"[{UP}][{LO}]*(?:logie|logy|pädie|paedics|pedics|medizin|chirurgie|Surgery|iatrie)")
TEAM_PRACTICE = re.compile(rf"(?<![\w-])(?P<v>(?:{_SPECIALTY}[ \t])?(?:Dr\.|Dres\.)[ \t](?:med\.[ \t])?"
                           rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?[ \t]&[ \t]Team"
                           rf"(?:[ \t](?P<t>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?))?)(?![\w-])")

# Fix round 23a: a law firm named by its partners joined with "&" / "und" / "et" / "e" ("<Name> & <Name>", "<Name> &
# Kollegen / Partner / Associates"), announced by a firm word before it ("Kanzlei", "Advokatur", "étude", "Studio
# legale") or closed by one after it ("Rechtsanwälte", "Solicitors", "Attorneys at Law", ", P.A.", "avocats"):
# the firm word belongs to the name. Without a firm word "&" joins clinical words as often ("Morbus Crohn &
# Colitis", "Wells & Geneva scores"), and the partners must be name words (no German noun, no common word).
_PARTNER = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
_FIRM_TITLE = r"(?:(?:Dr\.|Dres\.|Prof\.|Mag\.|lic\.[ \t]iur\.|Me|Maître)[ \t]+)?"
_FIRM_BEFORE = (r"(?P<pre>(?:Rechtsanwalts|Anwalts)?[Kk]anzlei|Advokatur(?:büro)?|Anwaltsbüro|[ÉéEe]tude|"
                r"[Ss]tudio[ \t][Ll]egale)")
_FIRM_AFTER = (r"(?P<post>Rechtsanwälte|Rechtsanwältinnen|Anwälte|Anwaltskanzlei|Solicitors|LLP|"
               r"Attorneys(?:[ \t]at[ \t]Law)?|Law[ \t](?:Firm|Group|Offices?)|P\.A\.|P\.C\.|avocats|avvocati|"
               r"notaires|Notare|Advokaten)")
_PARTNERS = (rf"{_FIRM_TITLE}(?P<n1>{_PARTNER})(?:,[ \t]{_PARTNER})*[ \t](?:&|und|et|e)[ \t]{_FIRM_TITLE}"
             rf"(?P<n2>{_PARTNER}|Kollegen|Kolleginnen|Partner(?:innen)?|Partners|Associates|associés|associati)")
# Found from the firm word: the one before the partners read forwards, the one after them read backwards over a
# window (as the legal-form suffixes).
FIRM_BEFORE = literal_starts(re.compile(
    rf"(?<![\w-])(?P<v>{_FIRM_BEFORE}[ \t]+{_PARTNERS}(?:,?[ \t]{_FIRM_AFTER})?)(?![\w-])"))
FIRM_AFTER = literal_starts(re.compile(rf"(?<![\w-]){_FIRM_AFTER}(?![\w-])"))
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?i:der|die|des|den|dem|l['’]|la|le|the|dello|della)[ \t]*\Z")
_PARTNERS_BEFORE = re.compile(rf"(?<![\w-])(?P<v>{_PARTNERS}),?[ \t]\Z")
_PARTNER_WORDS = frozenset({"Kollegen", "Kolleginnen", "Partner", "Partnerinnen", "Partners", "Associates", "associés",
                            "associati"})


def _partner_name(word: str) -> bool:
    """A partner's surname: a name word of no facility, common or clinical kind ("Hartl", "Okonjo"; not "Leber")."""
    return word in _PARTNER_WORDS or (
        _firm_word(word) and word.lower() not in NOT_NAME_WORDS and word not in CLINICAL_WORDS
    )


# Mend of round 23a: French "étude" is a study or examination as often ("Étude Doppler et Écho des membres
# inférieurs"): it names a lawyers' or notaries' office only with a lawyer's title before a partner ("Étude Me Perrin
# et Me Favre") or a closing "avocats" / "notaires" after the pair. (Bare "Law" closes no firm either: "Hagen &
# Poiseuille Law", "Frank & Starling Law of the heart" are eponymous laws; "Law Firm / Group / Offices" close one.)
_ETUDE = frozenset({"étude", "etude"})
_LAWYER_TITLE = re.compile(r"(?<![\w])(?:Me|Maître)[ \t]")


def _lawyers_study(m: re.Match[str]) -> bool:
    return m.group("post") is not None or _LAWYER_TITLE.search(m.group("v")) is not None


def partner_firm_hits(text: str) -> list[Hit]:
    """INSTITUTION hits of law firms named by their partners and a firm word (`FIRM_BEFORE`, `FIRM_AFTER`)."""
    hits: list[Hit] = []
    for m in FIRM_BEFORE.finditer(text):
        if m.group("pre").lower() in _ETUDE and not _lawyers_study(m):
            continue  # "Étude Doppler et Écho des membres": a study, no lawyers' office
        if _partner_name(m.group("n1")) and _partner_name(m.group("n2")):
            # After an article the firm word is the noun of the sentence ("Schreiben der Kanzlei Dr. Pohl & ...",
            # "l'étude Perrin & ..."): the name opens after it.
            named = _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is None
            gap = text[m.end("pre"):m.end("v")]
            start = m.start("v") if named else m.end("pre") + len(gap) - len(gap.lstrip(" \t"))
            hits.append(Hit(start, m.end("v"), "INSTITUTION", "rule"))
    for sm in FIRM_AFTER.finditer(text):
        if any(h.start <= sm.start() < h.end for h in hits):
            continue  # read from the firm word before the partners
        m = _PARTNERS_BEFORE.search(text, max(0, sm.start() - 100), sm.start())
        if m is not None and _partner_name(m.group("n1")) and _partner_name(m.group("n2")):
            hits.append(Hit(m.start("v"), sm.end("post"), "INSTITUTION", "rule"))
    return hits


def _firm_word(word: str) -> bool:
    low = word.lower().strip(",")
    return _is_name_word(word.strip(",")) and low not in NOT_FACILITY_NAMES


def _legal_form_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for sm in SUFFIX.finditer(text):
        m = _RUN_BEFORE.search(text, max(0, sm.start() - 120), sm.start())
        if m is None:
            continue
        tokens = list(re.finditer(r"\S+", m.group("v")))
        while tokens and tokens[0].group() in _OPENERS:
            tokens.pop(0)
        names = [t.group() for t in tokens if t.group() not in _TITLES and t.group() not in _OPENERS]
        if not names or not any(_firm_word(w) for w in names):
            continue
        plain = _firm_word(names[-1]) and _PLAIN_WORD.fullmatch(names[-1]) is not None
        doctor = any(t.group() in _TITLES for t in tokens)
        if sm.group("s") in _AMBIGUOUS and not ((len(names) >= 2 and plain) or doctor):
            continue
        if _DIGIT_AFTER.match(text, sm.end("s")):
            continue
        if text[max(0, m.start("v") - 3):m.start("v")].rstrip()[-1:].isdigit():
            continue  # "2. OG": a floor
        hits.append(Hit(m.start("v") + tokens[0].start(), sm.end("s"), "INSTITUTION", "rule"))
    return hits


def legal_form_hits(text: str) -> list[Hit]:
    """INSTITUTION hits of firms, companies and partnerships (module docstring)."""
    hits: list[Hit] = []
    hits.extend(_legal_form_hits(text))  # (SUFFIX runs from its literal starts: no substring gate needed)
    if "&" in text:
        for m in FIRM.finditer(text):
            names = re.findall(r"[^\s,&]+", m.group("v"))
            if (len(names) >= 3 and all(w.lower() not in NOT_FACILITY_NAMES and w.lower() not in NOT_NAME_WORDS
                                        for w in names)
                    and sum(is_surname_or_word(w) for w in names) >= 2):
                hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    hits.extend(partner_firm_hits(text))  # "Kanzlei Dr. Hartl & Kollegen", "Whitfield & Okonjo, P.A." (23a)
    if "& Team" in text:
        for m in TEAM_PRACTICE.finditer(text):
            town = m.group("t")
            end = m.end("v") if town and _firm_word(town) else m.end("v") - (len(town) + 1 if town else 0)
            hits.append(Hit(m.start("v"), end, "INSTITUTION", "rule"))
    return hits
