"""Whole facility names that other rules find in part or not at all (round 19b).

- A town after a slash inside the name ("Landesklinikum <Town>/<Town>", "Krankenhaus St. <Name>/<Region>"): the
  hit found before the slash is widened over it. The word there must be a town: a listed one, or a name-shaped word
  (facilities.is_de_name_word: no "-ie", "-ik", "-ung" noun; no clinical or care noun by care_nouns.is_care_noun;
  no department word, nor one before "Unit" / "Station"). A department, specialty or room after the slash stays
  ("Klinikum <Town>/Radiologie", "/Notaufnahme", "/MRT", "/Orthopädie", "/Schockraum", "/Kreißsaal", "/Dialyse",
  "/Stroke Unit"; review 19).
- A brand written before the keyword with a hyphen ("<Brand>-Dialysezentrum <Town>", "KfH-Nierenzentrum <Town>"):
  two capitals or more in the brand, mixed case allowed ("DaVita-", "KfH-"); site_forms.HYPHEN_PREFIX takes
  capitals only.
- A university hospital's head alone ("Universitätsklinikum: Tumorboard empfiehlt ...") is a generic word and stays;
  with a name word before it, that word is part of it ("<Name> Universitätsklinikum").
- A practice's partners ("Hausarztpraxis Dr. <Name> & Kollegen", "& Partner") are part of it; "Praxis Dres. <A>
  und <B>" is found whole.
- University institutes and clinics: "Institut für <Fach> der Universität <Town>", "Klinik für <Fach> des
  Universitätsklinikums <Town>", "... der Medizinischen Universität <Town>". A bare "Institut für Pathologie" is a
  department and stays.
- English names with "of the" or "at": "Hospice of the <Name> [<Name>]" and "The <Name> at <Place>" after a
  preposition or opening a line ("Resident of The <Name> at <Place>"); a lower-case "the" opens no name.
- A regional adjective or a dedication after a house's place: "Istituto <X> della Svizzera Italiana", "Ospedale
  Regionale di <Town> Civico / Beata Vergine / La Carità", "Centre hospitalier du <Region> romand".
- A house's acronym after a doctor's name, bracketed or after a comma ("Dr.ssa <Name> (<ACR>)", "Dr. <Name>,
  <ACR>,"), and after an occupational health service ("Service de santé de l'<ACR>"): three to five capitals that
  are no clinical, crew, department or role abbreviation; after a name the acronym must hold a house letter
  (site_acronyms.has_house_letters: "(UPK)", "(HUG)", "CHUV"), as roles after a name are many and hold none
  ("(CNS)", "ANP", "(PCP)", "LCSW", "(TRM)"); "Dr. <Name> (OA)", "(FRCR)", "(ICU)" stay.
- Long English designations after a place name: "<Place> Critical Access Hospital", "<Place> [Comprehensive]
  Health Care Facility", "<Region> Teleradiology [Services]" (the place words with them; "Teleradiology report"
  alone stays). Each place word must look like one: a listed town, or no time, adjective or participle word
  ("Overnight / Emergency / Outsourced / External Teleradiology Services" is a kind of service; review 19).
"""

from __future__ import annotations

import re

from curation.deid.text.care_nouns import is_care_noun
from curation.deid.text.common import CAP_WORD, LO, UP, Hit, NeedleGate, literal_starts, words
from curation.deid.text.facilities import is_de_name_word
from curation.deid.text.names import NOT_NAME_WORDS, is_department_word
from curation.deid.text.site_acronyms import has_house_letters
from curation.deid.text.site_forms import is_site_acronym
from curation.deid.text.transfer_towns import known_town_end

__all__ = ["DEPARTMENT_ENDINGS", "acronym_after_person_hits", "house_name_hits", "with_house_tails"]

_NAME = CAP_WORD
# A slash, then a place name of letters (with "St." or "an der <Name>"), ending the word.
_SLASH_TOWN = re.compile(rf"/(?:(?:St\.|Sankt)[ \t]?)?{_NAME}(?:[ \t](?:an[ \t]der|am|im)[ \t]{_NAME})?(?![\w/-])")
# Words after a slash that name a department, a service or a modality, not a town.
DEPARTMENT_ENDINGS = (
    "logie",
    "ambulanz",
    "abteilung",
    "station",
    "aufnahme",
    "zentrum",
    "klinik",
    "dienst",
    "einheit",
    "praxis",
    "institut",
    "chirurgie",
    "medizin",
    "therapie",
    "pflege",
    "sprechstunde",
    "labor",
    "logy",
    "unit",
    "ward",
    "department",
    "clinic",
    "service",
    "services",
    "team",
    "imaging",
)
_BRAND_HYPHEN = re.compile(r"(?<![\w-])(?P<b>[A-Z][A-Za-z]{1,6})-\Z")
_PARTNERS = re.compile(
    r"[ \t](?:&|und|u\.)[ \t](?:Kollegen|Kolleginnen|Partner(?:innen)?|Partners|Associates|associés)"
    r"(?![\w-])"
)
_REGIONAL_TAIL = re.compile(
    r"[ \t](?:[Ii]taliana|[Ii]taliano|[Rr]omande?|[Rr]omanda|[Aa]lemannica|[Oo]rientale|[Oo]ccidentale|[Mm]eridionale|"
    r"[Ss]ettentrionale|Civico|Beata[ \t]Vergine|La[ \t]Carità)(?![\w-])"
)
_PRACTICE_HEAD = re.compile(r"(?:[Pp]raxis|Ordination|Zentrum|Institut|Radiologie|Cabinet)\b")

_UNIVERSITY_INSTITUTE = re.compile(
    rf"(?<![\w-])(?:Institut|Klinik|Poliklinik|Abteilung|Zentrum|Lehrstuhl|Universitätsklinik)[ \t]für[ \t]"
    rf"(?:{_NAME}[ \t](?:und|&)[ \t])?[{UP}][\w{LO}-]+"
    rf"[ \t](?:der|des)[ \t](?:(?:Medizinischen|Technischen|Ludwig-Maximilians-|Paracelsus[ \t]Medizinischen)[ \t]?)?"
    rf"(?:Universität|Universitätsklinikums|Universitätsspitals|Universitätsmedizin|Uniklinik|Universitätsklinik|"
    rf"Hochschule|Privatuniversität)[ \t](?:{_NAME}(?:[ \t-]{_NAME})?)(?![\w-])"
)
_PRACTICE_PARTNERS = re.compile(
    rf"(?<![\w-])(?:[\w{LO}]*[Pp]raxis|Ordination|Gemeinschaftspraxis)[ \t](?:Dres\.|Drs\.)[ \t](?:med\.[ \t])?"
    rf"{_NAME}(?:-{_NAME})?(?:,[ \t]{_NAME}(?:-{_NAME})?)*[ \t](?:und|&|u\.)[ \t]{_NAME}(?:-{_NAME})?(?![\w-])"
)
_OF_THE = re.compile(
    rf"(?<![\w-])(?:Hospice|Hospital|Infirmary|Sisters|Home|Homes)[ \t]of[ \t]the[ \t]"
    rf"{_NAME}(?:[ \t]{_NAME}){{0,2}}(?![\w-])"
)
# After a preposition, or opening a line ("The <Name> at <Place>, fall; X-ray hip").
_AFTER_PREPOSITION = r"(?:(?<=of[ \t])|(?<=at[ \t])|(?<=to[ \t])|(?<=from[ \t])|(?<=in[ \t])|(?<=\n)|(?<![\s\S]))"
_THE_AT = re.compile(
    rf"{_AFTER_PREPOSITION}The[ \t]{_NAME}(?:[ \t]{_NAME})?[ \t]at[ \t]{_NAME}(?:[ \t]{_NAME})?"
    rf"(?![\w-])"
)
_LONG_DESIGNATION = re.compile(
    rf"(?<![\w-])(?P<v>(?:(?!Comprehensive[ \t]){_NAME}[ \t]){{1,3}}(?P<head>Critical[ \t]Access[ \t]Hospital|"
    rf"(?:Comprehensive[ \t])?Health[ \t]?[Cc]are[ \t]Facility|Teleradiology(?:[ \t](?:Services|Group|Partners))?))"
    rf"(?![\w-])"
)
# Each rule with the literals one of which a text must hold for it to run (a substring test is cheaper than a
# scan: "The <Name> at" opens with a look-behind, from which no literal start is found).
_RULES = tuple(
    (literal_starts(p), NeedleGate(needles))  # gates from the shared needle pass (round 18 of speed)
    for p, needles in (
        (_UNIVERSITY_INSTITUTE, ("niversit", "Uniklinik", "Hochschule")),
        (_PRACTICE_PARTNERS, ("Dres.", "Drs.")),
        (_OF_THE, (" of the ",)),
        (_THE_AT, (" at ",)),
    )
)
# Sentence and cue words that open no place name before a designation ("Transferred from <Place> Critical ...").
_NOT_PLACE_WORDS = frozenset(
    {
        "the",
        "from",
        "to",
        "at",
        "of",
        "in",
        "outside",
        "transferred",
        "referred",
        "seen",
        "admitted",
        "images",
        "imaging",
        "prior",
        "via",
        "and",
        "for",
        "under",
        "a",
        "an",
    }
)


# Adjective, participle and time endings of a word that describes a service, no place ("Overnight", "Outsourced",
# "External", "Preliminary", "Emergency", "Comprehensive": review 19); "Western Range", "Pennine" are places.
_DESCRIBING_ENDINGS = ("ed", "al", "ary", "cy", "ive", "ous", "ic", "ing", "ly", "ble", "ful", "less", "ent", "ant")
_TIME_WORDS = words(
    "night overnight weekend weekday day daytime nighttime evening morning holiday long short term stay"
)


def _place_word(word: str) -> bool:
    """True for a word that may name the place of a designation: a listed town, or a word that is no sentence,
    time, adjective or participle word."""
    low = word.lower()
    if known_town_end(word, 0) == len(word):
        return True
    return low not in NOT_NAME_WORDS and low not in _TIME_WORDS and not low.endswith(_DESCRIBING_ENDINGS)


def house_name_hits(text: str) -> list[Hit]:
    """INSTITUTION hits of university institutes, practices of partners, "... of the ..." and "The ... at ..."
    names, and "<Place> Critical Access Hospital" designations in `text`."""
    hits: list[Hit] = []
    for rule, gate in _RULES:
        if gate.search(text):
            hits.extend(Hit(m.start(), m.end(), "INSTITUTION", "rule") for m in rule.finditer(text))
    if "Facility" not in text and "Access Hospital" not in text and "Teleradiology" not in text:
        return hits
    for m in _LONG_DESIGNATION.finditer(text):
        start = m.start("v")
        while (space := text.find(" ", start, m.end())) > 0 and text[start:space].lower() in _NOT_PLACE_WORDS:
            start = space + 1
        place = text[start : m.end("v")].split()[: -len(m.group("head").split())]
        if text[start : start + 1].isupper() and place and all(map(_place_word, place)):
            hits.append(Hit(start, m.end("v"), "INSTITUTION", "rule"))
    return hits


_UNIVERSITY_HEADS = frozenset(
    {"Universitätsklinikum", "Universitätsklinik", "Uniklinikum", "Uniklinik", "Universitätsspital", "Unispital"}
)
_WORDS_AFTER = re.compile(rf"(?:[ \t]{_NAME}){{1,2}}")
# Heads of an English unit's name after its words ("Stroke Unit", "Chest Pain Unit").
_UNIT_HEADS = frozenset({"unit", "units", "ward", "suite", "bay", "lab", "laboratory"})
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w-])({_NAME})[ \t]\Z")


def _slash_town_end(text: str, end: int) -> int | None:
    """The end of a town written after a slash at `end`, or None (a department, specialty or acronym there)."""
    if (m := _SLASH_TOWN.match(text, end)) is None:
        return None
    word = m.group().rsplit(" ", 1)[-1].lstrip("/")
    if (town := known_town_end(text, end + 1)) is not None and town >= m.end():
        return m.end()  # a listed town
    low = word.lower()
    if low.endswith(DEPARTMENT_ENDINGS) or not is_de_name_word(word) or is_care_noun(word) or is_department_word(low):
        return None
    if (after := _WORDS_AFTER.match(text, m.end())) and any(w.lower() in _UNIT_HEADS for w in after.group().split()):
        return None  # "/Stroke Unit", "/Chest Pain Unit" ("/<Town> Radiologie" keeps its town)
    return m.end()


def _bare_university_start(text: str, h: Hit) -> int | None:
    """For a hit that is a university hospital's head alone: the start of a name word right before it ("Kepler
    Universitätsklinikum"), or None (no name: "Universitätsklinikum: Tumorboard", "ins Universitätsklinikum")."""
    m = _NAME_WORD_BEFORE.search(text, max(0, h.start - 30), h.start)
    return m.start() if m and is_de_name_word(m.group(1)) else None


def with_house_tails(text: str, hits: list[Hit]) -> list[Hit]:
    """INSTITUTION hits widened over a town after a slash, a mixed-case brand and hyphen before them, a practice's
    partners or a regional adjective after them; a university hospital's head alone is widened over the name word
    before it, or dropped when it has none (a generic word)."""
    out: list[Hit] = []
    for h in hits:
        if h.label == "INSTITUTION" and text[h.start : h.end] in _UNIVERSITY_HEADS:
            if (name_start := _bare_university_start(text, h)) is None:
                continue
            h = Hit(name_start, h.end, h.label, h.source)
        if h.label == "INSTITUTION" and h.end > h.start:
            start, end = h.start, h.end
            if text[end - 1 : end].isalpha() and (slash_end := _slash_town_end(text, end)) is not None:
                end = slash_end
            if (m := _BRAND_HYPHEN.search(text, max(0, start - 8), start)) and sum(
                c.isupper() for c in m.group("b")
            ) >= 2:
                start = m.start()
            partners = _PARTNERS.match(text, end) if _PRACTICE_HEAD.search(text, start, end) else None
            if tail := partners or (_REGIONAL_TAIL.match(text, end) if text[end - 1 : end].isalpha() else None):
                end = tail.end()
            if (start, end) != (h.start, h.end):
                h = Hit(start, end, h.label, h.source)
        out.append(h)
    return out


_ACRONYM_AFTER_NAME = re.compile(r"(?:[ \t]*\((?P<b>[A-Z]{3,5})\)|,[ \t]*(?P<c>[A-Z]{3,5})(?=[ \t]*[,;.)\n]|$))")
_HEALTH_SERVICE_OF = re.compile(
    r"(?:[Ss]ervice[ \t](?:de[ \t]santé|médical|de[ \t]médecine[ \t]du[ \t]travail)|[Mm]édecine[ \t]du[ \t]travail|"
    r"[Ss]anté[ \t]au[ \t]travail)[ \t](?:de[ \t]l['’]|du[ \t]|de[ \t]la[ \t])(?P<v>[A-Z]{3,5})(?![\w&-])"
)
# Roles, degrees and units written after a doctor's name, never a house ("Dr. <Name> (OA)", "<Name>, FRCR").
_NOT_HOUSES = words(
    "LOA SHO FRCR MRCP FRCS FRCP MBBS MBChB FACR MTRA CRNA APRN FNP DNP DPT RTT SLT FEBU FMH FRANZCR EDiR "
    "ICU PICU NICU HDU ITU CCU SCBU OPD ENT HNO MKG NCH KJP ACH GCH UCH"
) | words(
    # German department abbreviations that hold a house letter (Zahn-Mund-Kiefer, Herz-Thorax-Gefäß, Hand-,
    # Kinder-, Unfall-, Plastische / Viszeralchirurgie, Kardiologie, Kinderanästhesie, Innere Medizin,
    # Herzkatheter, Ultraschall- / Elektrokardiographie) and UK grades (health-care assistant, higher specialty
    # trainee), and the German student assistant: "Dr. <Name> (ZMK)", "Dr <Name> (HCA)" (review 19).
    "ZMK HTG HTC HCH KCH PCH VCH THC THG KAR KARD KAI KIM KJM HKU UKG EKG HKL KHK HCA HST HCSW SHK"
)


def acronym_after_person_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """INSTITUTION hits of a house's acronym right after a PERSON hit in `hits` (bracketed or after a comma), and
    after an occupational health service ("Service de santé de l'<ACR>")."""
    out: list[Hit] = []
    for h in hits:
        if h.label == "PERSON" and (m := _ACRONYM_AFTER_NAME.match(text, h.end)):
            group = "b" if m.group("b") else "c"
            value = m.group(group)
            if value not in _NOT_HOUSES and is_site_acronym(value) and has_house_letters(value):
                out.append(Hit(m.start(group), m.end(group), "INSTITUTION", "rule"))
    if "'" in text or "’" in text or " du " in text:
        for m in _HEALTH_SERVICE_OF.finditer(text):
            if is_site_acronym(m.group("v")):
                out.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    return out
