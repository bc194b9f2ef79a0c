"""Persons named by a cue of their own (round 12): shapes of text that say "a person stands here" without a title,
a name label or a full name on a list.

- **Name + role.** A listed given name and a capitalised surname, or bare initials after a dash or at a line's
  start, before a comma and a staff role ("Jonas Fehling, Assistenzarzt", "Fiona Carrick, Consultant
  Neuroradiologist", "— RK, reporting radiographer"): the role is the cue, searched first from its comma.
- **Hand-over items.** A numbered or bulleted list item that opens with a listed given name and a surname, then
  a comma and a room, bed or bay word or a number ("1) Beatrix Lowell, bay 4 - CT head pending").
- **Former names.** A surname after a widowed, divorced, born or formerly marker right after a person's name
  ("Irene Kastner, verw. Holzapfel", "(née Ashworth)", "veuve Martin"), or after a birth-name label
  ("Geburtsname: Pfannkuch", "maiden name Ashworth").
- **E-mail subjects.** The last word of a subject line after its topic: a listed surname ("Betreff: MRT Knie
  Brandstätter"), or any listed surname / surname word after a dash or slash ("Subject: CT follow-up – Okonkwo").
- **Colleagues by first name.** A listed given name (the stricter list) alone after "agree with", "discussed
  with", "spoke to", "Rücksprache mit", "d'accord avec", ... where a punctuation mark or the line's end follows
  ("Agree with Hamish, likely atelectasis").
- **Dash sign-offs.** A listed given name after a dash on the last line of a message or before a blank line
  ("...please?\n- Declan").
- **Lower-case logins in system logs.** After "user=", "uid:", "login", "operator", "benutzer" or "by": a login
  made of one or two initials and a listed surname ("kfischer", "tbergmann"), a surname and an initial
  ("ahmadi.s") or a given name and a surname ("j.smith", "anna_meier"); after an explicit "user=" / "login:"
  label any login but a system account ("admin", "pacs").

- **Lower-case patient lines** (round 13). On a line typed without capitals, a listed given name and a surname
  (also hyphenated; a part of it listed) after "pat" / "patient" / "pt", before a comma, the line's end, "dob" /
  "geb." / "seen" or a number ("pat jürgen obermaier, geb. ...").
- **Nurses, babies, attendees** (round 13). A listed given name (and a surname) after the Italian nurse
  abbreviation "inf." / "infermiere" or after "Baby of"; each single capitalised word (no specialty), maybe after a
  title and before a bracket, of a comma list of two or more after a line-opening "Present:" / "Anwesend:" /
  "Attendees:" ("Present: Dunmore, Abiodun").

A list hit alone is never PHI here: each rule asks the lists only where its cue already stands, and NOT_NAME_WORDS
(German nouns, clinical words, roles) are never names; the keep-list vetoes as for every rule.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Gated, Hit, literal_starts, words
from curation.deid.text.given_names import is_any_given_name, is_given_name
from curation.deid.text.login_cues import is_account
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.surnames import is_surname, is_surname_or_word

_CAP = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
_MONTHS = words("""januar jänner februar märz april mai juni juli august september oktober november dezember
january february march june july october december janvier février mars avril juin juillet août septembre octobre
novembre décembre gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre dicembre""")


def _no_word(word: str) -> bool:
    return not any(p.lower() in NOT_NAME_WORDS or p.lower() in _MONTHS for p in word.split("-"))


# --- name + role -------------------------------------------------------------------------------------------
_ROLE = re.compile(
    r",[ \t]*(?i:(?:(?:consultant|locum|senior|junior|specialty|specialist|trainee|reporting|advanced|diagnostic|"
    r"interventional|assistant|chief|principal|lead|staff|attending|neuro|paediatric|pediatric|musculoskeletal|"
    r"msk|breast|abdominal|cardiac|thoracic)[ \t])*"
    r"(?:(?:neuro)?radiolog(?:ist|in|e)|radiographer|sonographer|practitioner|registrar|spr|str|sho|fy[12]|"
    r"st[1-8]|ct[1-3]|resident|fellow|consultant|physician|technologist|assistenzarzt|assistenzärztin|"
    r"ärztin[ \t]in[ \t]weiterbildung|arzt[ \t]in[ \t]weiterbildung|aiw|oberarzt|oberärztin|facharzt|fachärztin|"
    r"funktionsoberarzt|funktionsoberärztin|chefarzt|chefärztin|stationsarzt|stationsärztin|mtra|mtr|rta|"
    r"weiterbildungsassistent(?:in)?|médecin|interne|radiologue|manipulat(?:eur|rice)|specializzand[oa]|"
    r"medico|tecnico|"
    # (Round 17b: insurance and investigative roles after a name: "<Name>, adjuster", "<Name>, Sachbearbeiterin".)
    r"adjuster|case[ \t]manager|claims[ \t](?:handler|manager|adjuster)|investigator|inspect(?:or|eur|rice)|"
    r"detective|sachbearbeiter(?:in)?|fallmanager(?:in)?|gestionnaire|ispett(?:ore|rice)))(?![\w])")
_NAME_BEFORE_ROLE = re.compile(rf"(?P<g>{_CAP})[ \t]+(?P<s>{_CAP})[ \t]*\Z")
_INITIALS_BEFORE_ROLE = re.compile(r"(?:^|\n|[—–-])[ \t]*"
                                   r"(?P<v>[A-ZÄÖÜ]{2,3}|[A-ZÄÖÜ]\.[ \t]?[A-ZÄÖÜ]\.(?:[ \t]?[A-ZÄÖÜ]\.)?)[ \t]*\Z")


# The words that open a role, right after the comma (lower-cased): the gate's needles, so that the role pattern runs
# only where ", consultant", ", st2", ", assistenzarzt", ... occur, not over every comma of a report.
_ROLE_OPENERS = ("consultant", "locum", "senior", "junior", "specialty", "specialist", "trainee", "reporting",
                 "advanced", "diagnostic", "interventional", "assistant", "chief", "principal", "lead", "staff",
                 "attending", "neuro", "paediatric", "pediatric", "musculoskeletal", "msk", "breast", "abdominal",
                 "cardiac", "thoracic", "radiolog", "radiographer", "sonographer", "practitioner", "registrar", "spr",
                 "str", "sho", "fy", "st", "ct", "resident", "fellow", "physician", "technologist", "assistenzärzt",
                 "assistenzarzt", "ärztin", "arzt", "aiw", "oberarzt", "oberärztin", "facharzt", "fachärztin",
                 "funktionsober", "chefarzt", "chefärztin", "stationsarzt", "stationsärztin", "mtr", "rta",
                 "weiterbildungsassistent", "médecin", "interne", "manipulat", "specializzand", "medico", "tecnico",
                 "adjuster", "case manager", "claims", "investigator", "inspect", "detective", "sachbearbeiter",
                 "fallmanager", "gestionnaire", "ispett")
_ROLE_NEEDLES = tuple(f",{gap}{w}" for gap in ("", " ", "  ", "\t") for w in _ROLE_OPENERS)
_ROLE_GATE = Gated(_ROLE, _ROLE_NEEDLES, lower=True)


def _role_hits(text: str, lowered: str) -> list[Hit]:
    hits = []
    for role in _ROLE_GATE.finditer(text, lowered):
        before = max(0, role.start() - 60)
        if m := _NAME_BEFORE_ROLE.search(text, before, role.start()):
            if is_any_given_name(m.group("g")) and _no_word(m.group("g")) and _no_word(m.group("s")):
                hits.append(Hit(m.start("g"), m.end("s"), "PERSON", "rule"))
        elif m := _INITIALS_BEFORE_ROLE.search(text, before, role.start()):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return hits


# --- hand-over items ---------------------------------------------------------------------------------------
_HANDOVER = Gated(re.compile(
    rf"(?:\A|\n)[ \t]*(?:\d{{1,2}}[).]|[-•*])[ \t]+(?P<g>{_CAP})[ \t]+(?P<s>{_CAP})[ \t]*,[ \t]*"
    r"(?=\d|(?i:bay|bed|side[ \t]room|room|rm\.?|cubicle|zi\.|zimmer|bett|box|kabine|koje|chambre|ch\.|lit|stanza|"
    r"letto|stat\.|station|ward)(?![\w]))"), tuple(f"{d})" for d in "0123456789") + tuple(f"{d}." for d in "0123456789")
    + ("\n-", "\n•", "\n*"))


def _handover_hits(text: str, lowered: str) -> list[Hit]:
    return [Hit(m.start("g"), m.end("s"), "PERSON", "rule") for m in _HANDOVER.finditer(text, lowered)
            if is_any_given_name(m.group("g")) and _no_word(m.group("g")) and _no_word(m.group("s"))]


# --- former names ------------------------------------------------------------------------------------------
_FORMER_AFTER_NAME = re.compile(
    rf"[ \t]*[,(]?[ \t]*(?:verw\.|verwitwete?|gesch\.|geschiedene?|geb\.|geborene?|née|nee|born|formerly|"
    rf"previously|früher|vormals|ehem\.|veuve|épouse|ép\.|née[ \t]le|vedova|nata|widow(?:ed)?(?:[ \t]of)?|wid\.|"
    rf"divorced)[ \t]*:?[ \t]+(?P<v>{_CAP})(?![\w.]|\.[ \t]?\d)")
_BIRTH_NAME_LABEL = Gated(re.compile(
    rf"(?:Geburtsname|Mädchenname|[Mm]aiden[ \t]name|[Ff]ormer[ \t](?:sur)?name|[Pp]revious[ \t](?:sur)?name|"
    rf"[Nn]om[ \t]de[ \t]naissance|[Nn]om[ \t]de[ \t]jeune[ \t]fille|[Cc]ognome[ \t]da[ \t]nubile)"
    rf"[ \t]*:?[ \t]*(?P<v>{_CAP})(?![\w])"),
    ("geburtsname", "mädchenname", "maiden name", "former name", "former surname", "previous name",
     "previous surname", "nom de", "nubile"), lower=True)


def former_name_hits(text: str, lowered: str, hits: list[Hit]) -> list[Hit]:
    """PERSON hits of former / birth surnames: after a person hit of `hits` and a marker, or after a label."""
    out = [Hit(m.start("v"), m.end("v"), "PERSON", "rule") for m in _BIRTH_NAME_LABEL.finditer(text, lowered)
           if _no_word(m.group("v"))]
    for h in hits:
        if h.label == "PERSON" and (m := _FORMER_AFTER_NAME.match(text, h.end)) and _no_word(m.group("v")):
            out.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return out


# --- e-mail subjects ---------------------------------------------------------------------------------------
# A subject line, also the text's last line (sign_offs.SUBJECT_LINE needs a line after it).
SUBJECT_LINE = re.compile(r"(?im)^[ \t]*(?:subject|betreff|objet|oggetto|re|aw|wg|fwd?)[ \t]*:[^\n]*(?:\n|\Z)")
_SUBJECT = Gated(SUBJECT_LINE, ("subject", "betreff", "objet", "oggetto", "\nre:", "\naw:", "\nwg:", "\nfw:",
                                 "\nfwd:", "\nre :", "\n re:"), lower=True)
_SUBJECT_FIRST = ("re:", "aw:", "wg:", "fw:", "fwd:", "re :")
_LAST_WORD = re.compile(rf"(?P<sep>[ \t]+[-–—/|:][ \t]*|[ \t]+)(?P<v>{_CAP})[ \t]*\n?\Z")


def _subject_hits(text: str, lowered: str) -> list[Hit]:
    hits = []
    lines = (_SUBJECT.finditer(text, lowered) if not lowered.lstrip(" \t").startswith(_SUBJECT_FIRST)
             else SUBJECT_LINE.finditer(text))
    for line in lines:
        colon = text.index(":", line.start())
        body = text[colon + 1:line.end()]
        if len(body.split()) < 2:
            continue
        if (m := _LAST_WORD.search(text, colon + 1, line.end())) and _no_word(m.group("v")):
            word, dash = m.group("v"), m.group("sep").strip() != ""
            if is_surname(word) or (dash and is_surname_or_word(word)):
                hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return hits


# --- colleagues by first name ------------------------------------------------------------------------------
_COLLEAGUE = Gated(literal_starts(re.compile(
    r"(?:agree[sd]?[ \t]with|agreement[ \t]with|discussed[ \t]with|d/w|spoke[ \t](?:to|with)|as[ \t]per|"
    r"thanks[ \t]to|confirmed[ \t]by|einverstanden[ \t]mit|einig[ \t]mit|rücksprache[ \t]mit|besprochen[ \t]mit|"
    r"d['’]accord[ \t]avec|vu[ \t]avec|discusso[ \t]con|concordo[ \t]con|d['’]accordo[ \t]con)[ \t]+")),
    ("agree", "discussed with", "d/w", "spoke", "as per", "thanks to", "confirmed by", "einverstanden", "einig mit",
     "rücksprache", "besprochen", "accord avec", "vu avec", "discusso", "concordo", "accordo con"), lower=True)
_FIRST_NAME_ALONE = re.compile(rf"(?P<v>{_CAP})(?=[ \t]*(?:[,.;:!)]|[-–—]|\n|\Z))")


def _colleague_hits(text: str, lowered: str) -> list[Hit]:
    hits = []
    for cue in _COLLEAGUE.finditer(lowered, lowered):
        if (m := _FIRST_NAME_ALONE.match(text, cue.end())) and is_given_name(m.group("v")) and (
                _no_word(m.group("v"))):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return hits


# --- dash sign-offs ----------------------------------------------------------------------------------------
_DASH_SIGN_OFF = re.compile(rf"(?:^|\n|[.!?][ \t]+)[ \t]*[-–—~][ \t]*(?P<v>{_CAP})[ \t]*[.!]?[ \t]*\Z")
_BLANK = re.compile(r"\n[ \t]*\n")


def _dash_sign_off_hits(text: str) -> list[Hit]:
    """Searched only in the 40 characters before the text's end and before each blank line."""
    hits = []
    for end in (len(text.rstrip()), *(m.start() for m in _BLANK.finditer(text))):
        if (m := _DASH_SIGN_OFF.search(text, max(0, end - 40), end)) and (
                is_given_name(m.group("v")) and _no_word(m.group("v"))):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return hits


# --- lower-case logins -------------------------------------------------------------------------------------
_LOGIN = Gated(literal_starts(re.compile(
    r"(?P<l>user(?:name|id|_id)?|uid|login|logon|operator|benutzer(?:name)?|by|von|durch|par|da|signer|tech)"
    r"(?P<sep>[ \t]*[=:][ \t]*|[ \t]+)"
    # (Not the next label: "by operator kbauer" is read from "operator".)
    r"(?!(?:user|uid|login|logon|operator|benutzer|by|von|durch|par|da|signer|tech)(?![\w.@-]))(?P<v>[a-z][a-z0-9._-]{2,30})(?![\w@.-]|\.[a-z])")),
    ("user", "uid", "login", "logon", "operator", "benutzer", "by ", "von ", "durch ", "par ", "da ", "signer", "tech"))
_SYSTEM_ACCOUNTS = frozenset({"admin", "administrator", "root", "system", "service", "pacs", "ris", "guest",
                              "anonymous", "unknown", "auto", "batch", "daemon", "scanner", "modality", "test",
                              "demo", "support", "sysadmin", "null", "none"})


def _surname_part(part: str, strict: bool) -> bool:
    name = part.capitalize()
    return len(part) >= 4 and (is_surname(name) if strict else is_surname_or_word(name))


_INFLECTION_ENDS = frozenset("snre")


def login_shape(value: str, strict: bool) -> bool:
    """One or two initials and a surname ("kfischer"), a surname and an initial ("ahmadi.s"), given name and
    surname joined by a dot or underscore ("j.smith", "anna_meier")."""
    letters = value.rstrip("0123456789")
    for sep in "._":
        if sep in letters:
            head, _, tail = letters.partition(sep)
            if len(tail) <= 2 and tail.isalpha():
                return _surname_part(head, strict)
            return tail.isalpha() and (_surname_part(tail, strict) and (len(head) <= 2 or is_any_given_name(head)))
    if not letters.isalpha():
        return False
    return (_surname_part(letters[1:], strict) or (len(letters) > 6 and _surname_part(letters[2:], strict))
            # (Round 21a: the surname first and an initial glued after it, "muellerk", "schmidtk"; not a plural or
            # an inflected ending, "walkers", "bauern".)
            or (letters[-1] not in _INFLECTION_ENDS and _surname_part(letters[:-1], strict)))


# Round 14a: an export or audit line says what was done before "by" / "durch" / "von" / "par" ("report signed by
# tnakamura", "Befund freigegeben durch hsteinbauer am ...", "Rapport validé par jlmonney le ..."): on such a line
# the lower-case word after the preposition is a login when it has a login's shape (see audit_login).
_ACTION_WORD = re.compile(
    r"(?<![\w])(?:signed|finali[sz]ed|exported|validated|verified|approved|modified|changed|edited|amended|created|"
    r"deleted|printed|sent|released|locked|unlocked|archived|merged|accessed|opened|closed|cancell?ed|assigned|"
    r"reassigned|scanned|uploaded|imported|reconciled|addended|corrected|updated|acknowledged|dictated|"
    r"transcribed|typed|logged|completed|registered|protocol(?:l)?ed|"
    r"freigegeben|geändert|erstellt|exportiert|signiert|validiert|vidiert|gedruckt|versendet|versandt|gesperrt|"
    r"entsperrt|gelöscht|bearbeitet|angelegt|importiert|storniert|zugewiesen|geöffnet|abgeschlossen|korrigiert|"
    r"aktualisiert|diktiert|geschrieben|befundet|quittiert|"
    r"validée?|signée?|exportée?|modifiée?|créée?|imprimée?|envoyée?|supprimée?|verrouillée?|corrigée?|dictée?|"
    r"transcrite?|saisie?|archivée?|clôturée?|approuvée?|relue?|"
    r"validat[oa]|firmat[oa]|esportat[oa]|modificat[oa]|refertat[oa]|chius[oa]|bloccat[oa]|inviat[oa]|stampat[oa])"
    r"(?![\w])")
# What follows a login on an audit line: the line's end, punctuation, a number (time, date) or a time / place word.
_AFTER_LOGIN = re.compile(r"[ \t]*(?:$|[,;:.)\]|(\d]|(?:am|um|on|at|le|à|il|alle|ore|to|an|nach|vers|via)(?![\w]))",
                          re.M)
# Lower-case words that follow "by" in prose and audit lines alike: no login.
_NOT_LOGINS = words("""the this that mouth hand phone telephone fax email e-mail mail post courier system default
patient physician doctor nurse staff referrer ward clinic radiology radiologist technologist consultant registrar
resident attending user users admin interface hl7 import export script robot machine server ultrasound
radiologue médecin technicien secrétariat système courrier courriel voie radiologe ärztin arzt sekretariat
""")
_VOWELS = frozenset("aeiouyäöüéèàâêîôû")
# Two consonants that open English, German and French words; any other pair opens a login ("hsteinbauer", "jlmonney").
_ONSETS = words("""bl br ch cl cr dr dw fl fr gh gl gn gr kh kl kn kr ph pl pr ps pf qu rh sc sh sk sl sm sn sp st
sv sw sz th tr ts tw wh wr zw""")


_DIGIT_INSIDE = re.compile(r"[a-z]\d+[a-z]")


def audit_login(value: str) -> bool:
    """A login's shape without the strict list: a digit, dot or underscore inside, two opening consonants that no
    word opens with ("hsteinbauer", "jlmonney"), or an initial and a listed surname or word ("astone")."""
    if value in _NOT_LOGINS or value in NOT_NAME_WORDS or len(value) < 4:
        return False
    if _DIGIT_INSIDE.search(value):  # a tool or file name, digits between letters: "dcm2niix", "mp4box" (21a)
        return False
    if any(c.isdigit() or c in "._" for c in value):
        return True
    onset = value[:2]
    if onset[0] not in _VOWELS and onset[1] not in _VOWELS and onset not in _ONSETS and onset.isalpha():
        return True
    return login_shape(value, strict=False)


def _login_hits(text: str, lowered: str) -> list[Hit]:
    hits = []
    for m in _LOGIN.finditer(text, lowered):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.@-"):
            continue  # the label opens a word ("Nearby", "standby")
        value, label, explicit = m.group("v"), m.group("l"), m.group("sep").strip() != ""
        if value in _SYSTEM_ACCOUNTS or is_account(value):
            continue  # "pacs.print", "auto.route", "mrt.team": a system word on either side of the dot (mend 21a)
        prose = label in ("by", "von", "durch", "par", "da", "tech")
        if prose and value.endswith("."):  # a sentence's full stop: "... sent by email."
            value = value.rstrip(".")
            m_end = m.start("v") + len(value)
        else:
            m_end = m.end("v")
        if (explicit and not prose and len(value) >= 4 and value not in _NOT_LOGINS  # round 20a: "user: radiology"
                and value not in NOT_NAME_WORDS) or (label not in ("durch", "par", "da") and login_shape(
                value, strict=prose)) or (prose and _on_audit_line(lowered, m.start()) and _AFTER_LOGIN.match(
                text, m_end) and audit_login(value)):
            hits.append(Hit(m.start("v"), m_end, "PERSON", "rule"))
    return hits


def _on_audit_line(lowered: str, at: int) -> bool:
    """An action word (signed, freigegeben, validé, ...) before `at` on its line."""
    return _ACTION_WORD.search(lowered, lowered.rfind("\n", 0, at) + 1, at) is not None


# --- lower-case patient lines (round 13) -------------------------------------------------------------------
_LOWER_WORD = r"[a-zß-öø-ÿ]{2,}"
_LOWER_PATIENT = Gated(literal_starts(re.compile(
    rf"(?:patient(?:in|e)?|pat|pt)\.?[ \t]*:?[ \t]+"
    rf"(?P<v>(?P<g>{_LOWER_WORD})[ \t]+(?P<s>{_LOWER_WORD}(?:-{_LOWER_WORD})?))"
    r"(?=[ \t]*(?:[,;(*|]|$)|[ \t]+(?:dob|geb\.?|born|seen|aged?|\d))", re.M)),
    ("pat", "pt"), lower=True)


def _lower_case_patient_hits(text: str, lowered: str) -> list[Hit]:
    """A listed given name and a surname in lower case after "pat" / "patient" / "pt" on a line typed without
    capitals ("pat jürgen obermaier, geb. ...", "pt dwight carmody seen ..."); a comma, a bracket, the line's end,
    a birth or visit word or a number follows."""
    hits = []
    for m in _LOWER_PATIENT.finditer(text, lowered):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if line != line.lower() or not is_given_name(m.group("g").capitalize()):
            continue
        parts = m.group("s").split("-")
        if _no_word(m.group("g")) and _no_word(m.group("s")) and any(is_surname_or_word(p.capitalize()) for p in parts):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return hits


# --- nurses, babies, attendee lists (round 13) ---------------------------------------------------------------
# A nurse's first name after the Italian abbreviation ("con inf. Graziella"), a mother's name after "Baby of".
_NURSE_OR_MOTHER = Gated(literal_starts(re.compile(
    rf"(?<![\w.])(?:inf\.|infermier[ae]|[Bb]aby[ \t]of|[Bb]aby[ \t]von)[ \t]+(?P<v>(?P<g>{_CAP})(?:[ \t]+{_CAP})?)")),
    ("inf.", "infermier", "baby of", "baby von"), lower=True)
# Surnames listed after an attendee label up to the line's end: "Present: Dunmore, Abiodun, Kowalczyk (radiology)".
_ATTENDEES = Gated(literal_starts(re.compile(
    r"(?m:^)[ \t]*(?i:present|attendees|anwesend|teilnehmer(?:innen)?|présents|presenti)[ \t]*:[ \t]*(?P<v>[^\n]+)")),
    ("present", "attendees", "anwesend", "teilnehmer", "présents", "presenti"), lower=True)
_ATTENDEE = re.compile(rf"(?:^|(?<=[,;]))[ \t]*(?:(?:Dr|Prof|Pr|Mr|Mrs|Ms|Frau|Herr)\.?[ \t]+)?(?P<v>{_CAP})"
                       r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?=[,;.]|$)")

# A department or specialty in an attendee list ("Radiology", "Chirurgie", "Pediatrics"): no person.
_DEPARTMENT_END = re.compile(
    r"(?:log(?:y|ie|ia)|urg(?:ery|ie|ia)|ics|iatr(?:y|ie|ia)|medizin|medicine|nursing|pflege)\Z")


def _nurse_and_attendee_hits(text: str, lowered: str) -> list[Hit]:
    hits = []
    for m in _NURSE_OR_MOTHER.finditer(text, lowered):
        if is_any_given_name(m.group("g")) and _no_word(m.group("v")):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    for m in _ATTENDEES.finditer(text, lowered):
        found = [a for a in _ATTENDEE.finditer(m.group("v"))
                 if _no_word(a.group("v")) and not _DEPARTMENT_END.search(a.group("v"))]
        if len(found) >= 2:  # a list, not "Present: Yes"
            hits.extend(Hit(m.start("v") + a.start("v"), m.start("v") + a.end("v"), "PERSON", "rule") for a in found)
    return hits


def cue_name_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits of the round-12 cues (see the module docstring); former names are added by former_name_hits
    once the other person hits are known."""
    hits = _role_hits(text, lowered) if "," in text else []
    hits.extend(_handover_hits(text, lowered))
    hits.extend(_subject_hits(text, lowered))
    hits.extend(_colleague_hits(text, lowered))
    if any(d in text for d in "-–—~"):
        hits.extend(_dash_sign_off_hits(text))
    hits.extend(_login_hits(text, lowered))
    hits.extend(_lower_case_patient_hits(text, lowered))
    hits.extend(_nurse_and_attendee_hits(text, lowered))
    return hits
