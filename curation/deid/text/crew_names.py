"""Crews, care teams and companions named by a role or relation word (round 20a).

Emergency and migrant-health documents list who came and who helps: an ambulance crew by role and initial ("NA:
Sobczak, NotSan K. Haller", "Paramedic D. McAllister, EMT S. Alvarez / Paramedic L. Tran"), a care team by role
and first name ("physiologist R. Whitfield", "Hebamme Ladina", "Physio Annina (mail)", "case worker Shaniqua
<phone>", "MDT coordinator is Morag <mail>"), companions and flatmates ("colocataire Karim (079 ...)", "roommate
Yonas (646) ...", "Kind Luwam"), a family by its surname ("famille Jaquier", "Familie Oberholzer"). The relation
words of name_lines.py (relatives, imaging staff) ask for a listed given name; these crew, team and companion
words (their own list here) take a name when one of these holds:

- an initial and a surname follow ("Paramedic D. McAllister", "NotSan K. Haller");
- a colon follows the role and a listed surname after it ("NA: Sobczak"; not "Physio: Mobilisation"), or a
  listed surname that is no common word follows it without one ("RettSan Kessler");
- the word after it is a given name of either list ("Hebamme Ladina", "Kind Luwam");
- a phone number or an e-mail address follows the name ("case worker Shaniqua (312) 555-0148");
- the word is a family word and a capitalised name follows ("famille Jaquier").

The role words are matched as written (capitalised or lower case, "NA" only in capitals and before a colon: "Na:
140 mmol/l" is sodium); the name is no common, clinical or role word ("Physio: Mobilisation", "Hebamme informiert",
"famille Anamnese" stay) and no language name after an interpreter word (interpreters are not read here), nor
an eponym of a disease, classification or therapy method (review of 20a: "Kind Kawasaki Verdacht", "Physio
Vojta", "Physio McKenzie exercises", "Physio Brügger" stay; word_shapes.is_eponym_word), unless an initial
stands before it ("Paramedic D. Fisher").
"""

from __future__ import annotations

import re

from curation.deid.text.common import LOWER_GATES, UP, Hit, literal_starts, lowered_text
from curation.deid.text.given_names import is_any_given_name, is_given_name
from curation.deid.text.names import NAME, is_plain_name_word
from curation.deid.text.surnames import is_surname, is_surname_or_word
from curation.deid.text.word_shapes import is_eponym_word

_ROLES = (
    # Ambulance and rescue crews (DE / AT / CH, UK / US, FR, IT).
    r"Notarzt|Notärztin|NotSan|Notfallsanitäter(?:in)?|RettSan|Rettungssanitäter(?:in)?|Rettungshelfer(?:in)?|"
    r"[Pp]aramedic|EMT(?:-[BP])?|ECA|[Aa]mbulance[ \t]technician|[Aa]mbulanci(?:er|ère)|[Ss]occorritor[ei]|"
    r"[Ss]occorritrice|[Aa]utista|"
    # Care teams.
    r"(?:[Cc]ardiac[ \t]|[Cc]linical[ \t]|[Rr]espiratory[ \t])?[Pp]hysiologist|[Ss]crub[ \t]nurse|"
    r"[Cc]irculating[ \t]nurse|[Aa]naesthetic[ \t]nurse|ODP|[Hh]ebamme|[Mm]idwife|[Ss]age-femme|[Oo]stetrica|"
    r"[Pp]hysio(?:therapist|therapeut(?:in)?)?|[Ee]rgo(?:therapeut(?:in)?)?|[Oo]ccupational[ \t]therapist|"
    r"[Cc]ase[ \t]?worker|[Ss]ocial[ \t]worker|[Kk]ey[ \t]worker|[Ss]ozialarbeiter(?:in)?|[Aa]ssistante[ \t]sociale|"
    r"[Aa]ssistente[ \t]sociale|[Cc]ase[ \t][Mm]anager(?:in)?|[Nn]avigator|"
    # Practice and therapy staff (round 24b): "Praxisassistentin <Given>", "MFA <Given>", "the SLT, <Given>, will".
    r"(?:[Mm]edizinische[ \t])?[Pp]raxisassistent(?:in)?|MPA|MFA|[Aa]rzthelfer(?:in)?|SLT|SALT|"
    r"[Ss]peech[ \t]and[ \t]language[ \t]therapist|[Ll]ogopäd(?:e|in)|"
    r"(?:MDT|[Tt]umou?r[ \t][Bb]oard|[Tt]umorboard|[Cc]are|[Dd]ischarge|[Tt]ransplant|[Tt]rial|[Ss]tudy)[ \t]"
    r"[Cc]oordinator|[Kk]oordinator(?:in)?|[Cc]oordinatrice|[Cc]oordinat(?:eur|rice)|"
    # Physics and radiation-protection roles of radiotherapy and oncology forms (round 21a).
    r"[Mm]edizinphysiker(?:in)?|[Mm]edical[ \t]physicist|[Pp]hysicist|[Pp]hysicien(?:ne)?[ \t]médical(?:e)?|"
    r"[Ff]isic[oa][ \t]medic[oa]|[Dd]osimetrist|[Ss]trahlenschutzbeauftragte[rn]?|"
    # Companions and flatmates.
    r"[Cc]olocataire|[Rr]oom-?mate|[Ff]lat-?mate|[Hh]ouse-?mate|[Mm]itbewohner(?:in)?|[Cc]oinquilin[oa]|"
    r"[Bb]egleiter(?:in)?|[Aa]ccompagnant(?:e)?|[Aa]ccompagnatore|[Aa]ccompagnatrice|[Kk]ind|[Cc]hild|[Ee]nfant|"
    r"[Bb]ambin[oa]"
)
_FAMILY = r"[Ff]amille|[Ff]amilie|[Ff]amily|[Ff]amiglia"
ROLE_NAME = literal_starts(
    re.compile(
        rf"(?<![\w-])(?:(?P<role>{_ROLES})|(?P<na>NA(?=[ \t]*:))|(?P<fam>{_FAMILY}))"
        rf"(?P<sep>[ \t]+(?:is|ist|est|è)[ \t]+|[ \t]*:[ \t]*|[ \t]+|,[ \t]+)"
        rf"(?P<v>(?P<ini>[{UP}]\.[ \t]?(?:[{UP}]\.[ \t]?)?)?{NAME}(?:[ \t]+(?!(?:und|and|et|e)\b){NAME})?)(?![\w'-])"
    )
)
_ROLE_WORD = re.compile(_ROLES)
# The end of a name in apposition after its role and a comma: another comma ("Our physio, <Given>, has ...").
_APPOSITION_END = re.compile(r",[ \t]")
# Contact details right after the name: a phone number (maybe bracketed) or an e-mail address.
_CONTACT_AFTER = re.compile(r"[ \t,:]*\(?[ \t]*(?:\+?\(?\d{2,4}\)?[ \t./-]?\d{2,4}|[\w.+-]+@[\w-]+\.)")


# Measure abbreviations that are also given names (mend of 24b), dropped before a period or a number.
_ABBREVIATIONS = frozenset(("Max", "Min", "Mittel", "Gesamt", "Mean", "Med", "Norm"))
_ABBREVIATION_AFTER = re.compile(r"\.|[ \t]*\d")

# The role words' stems in the shared lower-case pass (common.LOWER_GATES): the reader runs where one stands.
_GATE = LOWER_GATES.register(
    (
        "notarzt",
        "notärztin",
        "notsan",
        "notfallsanit",
        "rettsan",
        "rettungs",
        "paramedic",
        "emt",
        "eca",
        "ambulanc",
        "soccorrit",
        "autista",
        "physio",
        "scrub",
        "circulating",
        "anaesthetic",
        "odp",
        "hebamme",
        "midwife",
        "sage-femme",
        "ostetrica",
        "ergo",
        "occupational",
        "worker",
        "sozialarbeiter",
        "sociale",
        "case",
        "navigator",
        "coordinat",
        "koordinator",
        "colocataire",
        "mate",
        "mitbewohner",
        "coinquilin",
        "begleiter",
        "accompagn",
        "kind",
        "child",
        "enfant",
        "bambin",
        "famil",
        "na:",
        "na ",
        "na\t",
        "physiker",
        "physicist",
        "physicien",
        "fisic",
        "dosimetrist",
        "strahlenschutz",
        "praxisassistent",
        "mpa ",
        "mpa\t",
        "mpa:",
        "mpa,",
        "mfa ",
        "mfa\t",
        "mfa:",
        "mfa,",
        "arzthelfer",
        "slt",
        "salt",
        "speech",
        "logopäd",
    )
)


def crew_name_hits(text: str) -> list[Hit]:
    """PERSON hits of crew, care-team and companion names after their role or relation word (module doc)."""
    hits: list[Hit] = []
    if _GATE not in LOWER_GATES.fired(lowered_text(text)):
        return hits
    for m in ROLE_NAME.finditer(text):
        words = m.group("v").replace(".", ". ").split()
        names = [w for w in words if not w.endswith(".")]
        if (
            not names
            or not all(is_plain_name_word(w) for w in names)
            or (is_eponym_word(names[0]) and not m.group("ini"))
        ):
            continue
        v_start, v_end = m.span("v")
        if len(names) == 2 and not m.group("ini") and not is_any_given_name(names[0]):
            v_end = v_start + len(names[0])  # "Hebamme Ladina Tests ...": one name word unless a given name opens
            names = names[:1]
        if _ABBREVIATION_AFTER.match(text, v_end) and names[0] in _ABBREVIATIONS and not m.group("ini"):
            continue  # mend of 24b: "Logopädin Max. Schluckfrequenz", "MPA Max 32 mm": a measure, no given name
        colon = ":" in m.group("sep")
        if m.group("na") is not None and not colon:
            continue
        if "," in m.group("sep") and not (
            len(names) == 1
            and not m.group("ini")
            and is_given_name(names[0])
            and _ROLE_WORD.fullmatch(names[0]) is None  # "Physio, Ergo, Logo": a list of roles
            and _APPOSITION_END.match(text, v_end)
        ):
            continue  # round 24b: after a comma only a listed given name closed by a comma ("the SLT, <Given>, will")
        if (
            m.group("ini")
            or m.group("fam")
            or is_any_given_name(names[0])
            or (_CONTACT_AFTER.match(text, v_end) and is_surname_or_word(names[-1]))
            or (colon and is_surname_or_word(names[-1]))
            or is_surname(names[-1])
        ):
            hits.append(Hit(v_start, v_end, "PERSON", "cue"))
    return hits
