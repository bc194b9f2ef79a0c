"""Facilities named by a unit, a modality or a context instead of a hospital word (round 9), and the edges of
facility spans.

- A place-like name before a hospital unit: "Riverbend ED", "Harborview Neuro ICU", "St Luke's A&E" (not
  "Main ED", "Surgical ICU", "the Neuro ICU": department and sentence words name no place). Since round 12 the
  span is the name: the unit ("A&E", "ED", "Neuro ICU") is a keep-term, as the blind sets mark it.
- After a location label, a name before a modality or unit head: "Provider: Summit Ridge MRI", "LOCATION:
  Cedar Point CT", "Facility: Lakeview Imaging".
- A city's short form with a possessive: "Cincinnati Children's", "Boston Children's" (not "Pediatric
  Children's", "The Children's").
- A hospital acronym in a place context: before a listed town ("SRO Langenthal", "GZO Wetzikon"), after a
  Romance article ("l'HVS Sion", "dell'ORL"'s look-alikes are no acronym + name) or after a ward ("ward 18 at
  QEUH"); modality and clinical abbreviations ("CT Basel", "l'IRM") are none.
- Edges (`trimmed_edges`): a report-section or modality word that a rule took before a facility or name
  ("Vergleich Spital Uster", "PET-CT Royal Marsden") is cut off, and so is a specialty after a hospital's short
  name ("UCLH Orthopaedics", "St Mary's Cardiology"): the section, modality and specialty are keep-terms.
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Gated, Hit, literal_starts, words
from curation.deid.text.facilities import NOT_FACILITY_NAMES
from curation.deid.text.towns import towns
from curation.deid.text.unit_words import is_unit_word

# Words that name a unit's kind or a sentence role, never the place: "Main ED", "Resus", "Adult ICU".
_NOT_UNIT_NAMES = words("""
main resus majors minors paeds peds adult adults burn burns coronary respiratory step-down stepdown high
dependency mixed general regional local new old north south east west left right bilateral patient patients
bed beds room location site provider facility admitted transferred seen in at from to via called
""") | NOT_FACILITY_NAMES
_NAME_RUN = rf"(?P<n>(?:[{UP}][\w{LO}’&-]*+[ \t]){{1,3}}?)"
_SITE_TAILS = frozenset({"General", "Royal", "Memorial", "Infirmary", "Regional", "District", "County", "Community"})
_UNIT_KIND = r"(?:(?:Neuro|Cardiac|Surgical|Medical|Pediatric|Paediatric|Neonatal|Trauma|Cardiothoracic)[ \t])?"
UNIT_SITE = re.compile(rf"(?<![\w’'-]){_NAME_RUN}(?P<h>{_UNIT_KIND}(?:ED|ER|ICU|NICU|PICU|MICU|SICU|CCU|CVICU|"
                       rf"A&E|Emergency[ \t]Department|Emergency[ \t]Room))(?![\w&-])")
UNIT_RULE = Gated(UNIT_SITE, ("ED", "ER", "ICU", "CU", "A&E", "Emergency"))
LABEL_SITE = re.compile(rf"(?:LOCATION|Location|PROVIDER|Provider|FACILITY|Facility|Performing[ \t](?:site|facility)|"
                        rf"Place[ \t]of[ \t]service|Ordering[ \t]facility|Outside[ \t]facility|Referring[ \t]facility|"
                        rf"Standort|Einrichtung|Site|SITE)[ \t]*:[ \t]*{_NAME_RUN}"
                        rf"(?P<h>MRI|MR|CT|PET(?:[/-]CT)?|Imaging|Radiology|X-Ray|Ultrasound|Ctr\.?|Center|Centre|"
                        # (round 12: a hospital's short form after a site label, "Site: <Place> Regional")
                        rf"Clinic|Open[ \t]MRI|Regional|General|Memorial|Infirmary)(?=[ \t]*(?:[,;(\n]|$)|\.(?!\w))")
LABEL_RULE = Gated(LABEL_SITE, ("LOCATION", "Location", "PROVIDER", "Provider", "FACILITY", "Facility", "Performing",
                                "Place of", "Ordering", "Outside", "Referring", "Standort", "Einrichtung", "Site:",
                                "SITE:", "Site :"))
POSSESSIVE_SITE = re.compile(rf"(?<![\w’'-])(?P<n>(?:[{UP}][{LO}]+[ \t]){{1,2}})(?P<h>Children[’']s|Childrens|"
                             rf"Women[’']s)(?![\w’'-])")
POSSESSIVE_RULE = Gated(POSSESSIVE_SITE, ("Children", "Women"))
# Modality and clinical abbreviations that stand before a place or after "l'" without naming a house.
NOT_ACRONYMS = words("""
CT MRT MR MRI US PET RX NM XR DR PD OA CA GP ED ER OP ICU IMC ITS ZNA HNO MKG MTRA RE CC AND UND THE DER DIE DAS
VON FOR IRM TC RM TAC TDM TEP AVC ECG EKG EEG HTA ORL OMS AINS ATCD IVG IRC IDM BPCO SEP VIH HIV RSV MRSA COVID
NHS UK USA EU CH DE AT FR IT OK NB PS CC BCC VS DD KM LWS HWS BWS ISG OSG IPS IMC
""")
# (No look-behind in front: `re` would try it at every position; the letter before is checked in the loop.)
ACRONYM_TOWN = re.compile(rf"(?P<a>[A-Z]{{2,5}})[ \t](?P<t>[{UP}][{LO}]+(?:[- ][{UP}][{LO}]+){{0,2}})")
ACRONYM_TOWN = literal_starts(ACRONYM_TOWN)  # one class first: re skips to it (round 15)
ROMANCE_ACRONYM = re.compile(rf"[lL][’'](?P<a>[A-Z]{{2,5}})(?P<t>[ \t][{UP}][{LO}]+(?:-[{UP}][{LO}]+)*)")
WARD_ACRONYM = re.compile(r"(?:[Ww]ard|Station|[Uu]nit|[Bb]ay)[ \t]+[\w.]{1,8}[ \t]+(?:at|in|of|im|am|des|der|du|"
                          r"de[ \t]l['’]|à[ \t]l['’])[ \t]*(?:the[ \t]+)?(?P<a>[A-Z][A-Z0-9]{1,5})(?![\w-])")
WARD_RULE = Gated(WARD_ACRONYM, ("ard ", "Station ", "nit ", "ay "))


_NON_SPACE = re.compile(r"\S+")


def _name_start(text: str, m: re.Match[str]) -> int | None:
    """Start of the name words of m's group "n" after department and sentence words; None if none is left or
    one after the first is such a word."""
    names = list(_NON_SPACE.finditer(m.group("n")))
    while names and names[0].group().lower().strip("'’") in _NOT_UNIT_NAMES:
        names.pop(0)
    # (Round 12: a hospital's short-form tail after its name word, "<Name> General A&E", "<Name> Royal ED".)
    if not names or any(t.group().lower().strip("'’") in _NOT_UNIT_NAMES and t.group() not in _SITE_TAILS
                        for t in names[1:]):
        return None
    return m.start("n") + names[0].start()


def _acronym_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    places = towns()
    for m in ACRONYM_TOWN.finditer(text):
        at = m.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in ".’'-"):
            continue
        if m.group("a") not in NOT_ACRONYMS and m.group("t") in places:
            hits.append(Hit(m.start("a"), m.end("t"), "INSTITUTION", "rule"))
    if "'" in text or "’" in text:
        hits.extend(Hit(m.start("a"), m.end("t"), "INSTITUTION", "rule") for m in ROMANCE_ACRONYM.finditer(text)
                    if m.group("a") not in NOT_ACRONYMS and m.group("t").strip().lower() not in NOT_FACILITY_NAMES)
    return hits


def unit_site_hits(text: str, lowered: str) -> list[Hit]:
    """INSTITUTION hits of the shapes above; `lowered` is text.lower()."""
    hits: list[Hit] = []
    for rule in (UNIT_RULE, LABEL_RULE, POSSESSIVE_RULE):
        for m in rule.finditer(text, lowered):
            if (start := _name_start(text, m)) is not None:
                # (Round 12: the unit itself, "A&E", "ED", "Neuro ICU", is a keep-term after the name.)
                end = m.end("n") - 1 if rule is UNIT_RULE else m.end("h")
                hits.append(Hit(start, end, "INSTITUTION", "rule"))
    hits.extend(Hit(m.start("a"), m.end("a"), "INSTITUTION", "rule") for m in WARD_RULE.finditer(text, lowered)
                if m.group("a") not in NOT_ACRONYMS)
    hits.extend(_acronym_hits(text))
    return hits


# Report-section and modality words that open no facility or name: "Vergleich Spital Uster", "PET-CT Royal
# Marsden".
_LEAD_WORDS = words("""
vergleich voraufnahme voraufnahmen vorbefund vorbefunde voruntersuchung befund beurteilung zuweisung indikation
fragestellung anamnese technik comparison findings impression history indication technique report conclusion
clinical details prior previous outside comparaison indication confronto conclusione esame examen exam
ct mrt mr mri pet pet-ct pet/ct petct spect spect-ct röntgen rx x-ray xr us sono sonographie sonografie
ultrasound cta mra angio dexa dxa mammographie mammography mammogram scanner irm tc rm tac ecografia
échographie echographie szintigraphie scintigraphy nm cr
employer arbeitgeber arbeitgeberin employeur
""")
# Specialties after a hospital's short name: "UCLH Orthopaedics", "St Mary's Cardiology", "KSA Neurologie".
_SPECIALTY_ENDS = ("ology", "ologie", "ologia", "iatry", "iatrie", "iatrics", "paedics", "pedics", "pädie",
                   "surgery", "chirurgie", "medicine", "medizin")
# A unit or department compound before a facility's own head word: the unit is a keep-term outside the span
# ("Transplantationszentrum Uniklinik <Town>", "Notaufnahme Klinikum <Town>", "Brustzentrum Spital <Town>").
_UNIT_BEFORE_HEAD = re.compile(r"(?P<u>[A-ZÄÖÜ][\wäöüß-]+)(?P<sp>[ \t]+)(?=(?:Uni)?[Kk]linik|Universitäts|Krankenhaus|"
                               r"Kantonsspital|Spital|Hospital|Ospedale|Hôpital|Clinique|Clinica|Infirmary|"
                               r"University[ \t]Hospital|St\.?[ \t]|Sankt[ \t])")
# (A compound's unit head, never the bare word: "Centre Hospitalier <Town>" is the hospital's name.)
_UNIT_CENTRES = ("zentrum", "center", "centre", "ambulanz", "abteilung")
_LEAD_WORD = re.compile(r"(\S+?)[:,]?[ \t]+")
# A specialty before a named hospital is the department there, a keep-term outside the span (round 16b): "cc:
# Rheumatology <Name> Hospital", "Kopie: Kardiologie <Name>-Klinikum"; "Radiologie <Place>" (no hospital word after
# it) is a practice's own name and stays whole.
_HOSPITAL_WORD = re.compile(r"(?<![\w-])(?:Hospital|Infirmary|Klinikum|Krankenhaus|Kantonsspital|Spital|Klinik|"
                            r"Medical[ \t]Cent(?:er|re)|Ospedale|Hôpital|Clinique|Clinica)(?![\w-])")
_LAST_WORD = re.compile(r"[ \t]+(\S+)\Z")
_SHORT_NAME = re.compile(r"(?:[A-Z]{2,6}|(?:St\.?|Saint|Sankt)[ \t]\S+)\Z")


def trimmed_edges(text: str, hits: list[Hit]) -> list[Hit]:
    """INSTITUTION and PERSON hits without a section or modality word before the name and without a specialty
    after a hospital's short name; a hit of such words alone is dropped."""
    out: list[Hit] = []
    for h in hits:
        if h.label not in ("INSTITUTION", "PERSON"):
            out.append(h)
            continue
        start, end = h.start, h.end
        while (m := _LEAD_WORD.match(text, start, end)) and m.group(1).lower() in _LEAD_WORDS:
            start = m.end()
        if h.label == "INSTITUTION" and (m := _UNIT_BEFORE_HEAD.match(text, start, end)) and (
                is_unit_word(m.group("u")) or (m.group("u").lower().endswith(_UNIT_CENTRES)
                                               and m.group("u").lower() not in _UNIT_CENTRES)):
            start = m.end("u") + len(m.group("sp"))  # "Transplantationszentrum Uniklinik <Town>": the unit stays
        elif h.label == "INSTITUTION" and (m := _LEAD_WORD.match(text, start, end)) and m.group(1)[:1].isupper() and (
                m.group(1).lower().endswith(_SPECIALTY_ENDS)) and text[m.end():m.end() + 1].isupper() and (
                _HOSPITAL_WORD.search(text, m.end(), end)):
            start = m.end()
        # (The last word matters for an INSTITUTION only.)
        if h.label == "INSTITUTION" and (last := _LAST_WORD.search(text, start, end)) is not None and (
                last.group(1).lower().endswith(_SPECIALTY_ENDS) and _SHORT_NAME.match(text, start, last.start())):
            end = last.start()
        if start >= end or text[start:end].lower() in _LEAD_WORDS:
            continue
        out.append(h if (start, end) == (h.start, h.end) else Hit(start, end, h.label, h.source))
    return out
