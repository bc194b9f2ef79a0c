"""Organisations named by a kind word and a place or a name (round 12): one anchor-first mechanism for the
organisation heads that follow their name and those that precede it, a specialty used as a facility, and
acronyms that the name before them defines.

- A name before an organisation head ("<Name> Hospice", "<Saint>'s Rehab", "<Name> UHB", "<Place> Endocrine",
  "<Place> Chest Imaging", "<Place> Women's & Bone Health", "<Name> County Council Children's Services",
  "<Region> AAA Screening Service" (the screening words stay outside), "<Brand> Mobile unit"): found from the
  head; the run of capitalised words before it is read backwards. Department, body and sentence words open no
  name (they are stripped from the front: "Pediatric Gastroenterology" names none) but may stand inside one
  after a name word ("<Place> Chest Imaging"); a religious opener is a name ("Good Samaritan", "Holy Cross",
  "Sacred Heart"). National bodies ("NHS", "National") open no regional service ("NHS AAA Screening
  Programme" is a keep-term).
- An organisation head before its place or name ("Spitex <Region>", "Krebsliga <Canton>", "Centro Screening
  <Valley>", "Centro Imaging <Region>", "Screening-Einheit <Region>-<Compass>", "MR-Institut <Town>-<District>",
  "Röntgen-Institut <Name> & Partner"): the head and the capitalised place words after it (a screening unit's
  kind word stays outside, as the older corpora mark it); German nouns, roles and times close the name
  ("Krebsliga Thurgau Beratung" stops before the noun).
- A medical specialty and a place used as a facility ("Sportmedizin <Town>-<District>", "Strahlentherapie
  <Town>"): the place is a listed town, a town with a compass suffix or a district, or the phrase stands in a
  facility slot (a distribution / copy line, or after "<person>, "). "Strahlentherapie Planung" names none.
- "<Kind> Imaging Center at <Place>": the place belongs to the centre's name.
- A residence cue and "<Brand> of <Place>" ("resident of <Brand> of <Place>", "discharged to ..."): a
  senior-living or care brand.
- An ODS organisation code after "ODS" ("from ODS <code>").
- A French / Italian campus phrase: "sur le site de <Town>", "sede di <Name>" (the campus words stay, as the
  older corpora mark them; a listed town is ADDRESS).
- An acronym that the name before it defines ("<Place> Regional (<P>R<MC>)"): the bracketed acronym starts with
  the initials of the capitalised run before it, which holds a site word; the run and the acronym are sites
  (clinical acronyms, "Magnetic Resonance Imaging (MRI)", are none).
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Gated, Hit, literal_starts, words
from curation.deid.text.facilities import NOT_FACILITY_NAMES, TIME_WORDS
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.site_forms import CLINICAL_ACRONYMS
from curation.deid.text.towns import towns

_WORD = rf"(?:St\.?|Saint|[{UP}][\w{LO}’.-]*+|&|and|of)"
# The run of name words right before a head (read backwards from the head over a short window).
_RUN_BEFORE = re.compile(rf"(?<![\w’'-])(?P<n>(?:{_WORD}[ \t]){{1,6}})\Z")
_TOKEN = re.compile(r"\S+")

# English heads that follow their name. "Mobile" only before a unit word ("<Brand> Mobile unit").
_EN_HEADS = (r"(?:Hospice|Rehab(?:ilitation)?(?:[ \t](?:Center|Centre|Hospital))?|UHB|University[ \t]Health[ \t]Board|"
             r"Endocrine|Endocrinology|Gastroenterology|Rheumatology|Pulmonology|Nephrology|Allergy|"
             r"Sleep[ \t]&[ \t]Pulmonary|"
             r"Chest[ \t]Imaging|Breast[ \t]Imaging|Spine[ \t]Imaging|Bone[ \t]Health|Women['’]s[ \t]Health|"
             r"Vein[ \t]Cent(?:er|re)|(?:County[ \t]|City[ \t]|Borough[ \t]|District[ \t])?Council"
             r"(?:[ \t](?:Children['’]s|Social|Adult[ \t]Social)[ \t](?:Services|Care))?|"
             r"(?:AAA|Breast|Bowel|Diabetic[ \t]Eye|Aortic[ \t]Aneurysm)[ \t]Screening[ \t](?:Service|Unit|Centre|"
             r"Center|Programme|Program)|Mobile(?=[ \t](?:unit|Unit|scanner|van|trailer|MRI|CT)))"
             # a second specialty joined by "&": "<Place> Endocrinology & Diabetes", "<Place> Sleep & Pulmonary"
             r"(?:[ \t]&[ \t](?:Diabetes|Metabolism|Osteoporosis|Pulmonary|Sleep|Vascular|Imaging|Wellness|"
             r"Bone[ \t]Health|Nutrition|Arthritis))?")
HEAD_AFTER_NAME = re.compile(rf"(?<![\w-]){_EN_HEADS}(?![\w-])")
HEAD_AFTER_RULE = Gated(HEAD_AFTER_NAME, ("Hospice", "Rehab", "UHB", "Health Board", "Endocrin", "Gastroenterology",
                                          "Rheumatology", "Pulmonology", "Nephrology", "Allergy", " Imaging",
                                          "Bone Health", " Health", "Vein Cent", "Council", "Screening ", "Sleep",
                                          "Mobile"))
# Religious openers of a name ("Good Samaritan", "Holy Cross", "Sacred Heart", "Our Lady of Lourdes").
_RELIGIOUS = words("good holy sacred our blessed mercy providence")
# Compass words open a regional name when a name word follows ("East <Region> AAA Screening Service").
_COMPASS_OPENERS = words("north south east west central upper lower greater mid")
# Inside a name after its first word: department, body and place-kind words and "&".
_INNER = words("""
& chest breast bone spine women's women’s children's children’s vein heart vascular sleep neuro pain skin eye
county city borough district metropolitan regional community medical diagnostic family advanced specialty health
health's north south east west central upper lower greater
""")
# Sentence and national words: no name holds them ("the", "and", "NHS", "National").
_STOPS = words("""
the a an and or of at to from by with in on for via per see your their this that his her its
nhs national england scotland wales ireland northern uk united kingdom public
consult consulted consults refer referred referral discuss discussed contact contacted page paged call called ask
asked inform informed notify notified review reviewed recommend suggest defer follow send sent message involve
alert please kindly urgent routine
""") | TIME_WORDS


# German adjectives of a specialty ("Neurologische", "Geriatrischen"): a run holding one is a department.
_GERMAN_ADJECTIVE_ENDS = ("ische", "ischen", "isches", "ischer")


def _name_start(text: str, head_start: int) -> int | None:
    """Start of the name run before a head at `head_start`; None when no name word opens it."""
    m = _RUN_BEFORE.search(text, max(0, head_start - 90), head_start)
    if m is None:
        return None
    tokens = list(_TOKEN.finditer(m.group("n")))
    # Only the words after the last sentence / national word belong to the name ("and" / "of" between two
    # capitalised words join it: "<Name> and <Name> UHB", "Our Lady of <Name> Rehab").
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].group()
        joined = word in ("and", "of") and 0 < i < len(tokens) - 1 and tokens[i - 1].group()[:1].isupper()
        if word.lower().strip("'’") in _STOPS and not joined:
            tokens = tokens[i + 1:]
            break
    while tokens:
        low = tokens[0].group().lower().strip("'’")
        if (low in _RELIGIOUS or low in _COMPASS_OPENERS) and len(tokens) > 1 and (
                low != "our" or tokens[1].group() == "Lady"):
            break
        if (low in NOT_FACILITY_NAMES or low in NOT_NAME_WORDS or low in _INNER or tokens[0].group() == "&"
                or low in ("and", "of")):
            tokens.pop(0)
            continue
        break
    if not tokens or any(t.group().lower().endswith(_GERMAN_ADJECTIVE_ENDS) for t in tokens):
        return None  # "Abt. Neurologische Rehabilitation": a German department, no name (round 19b)
    if any(t.group().lower().strip("'’") in NOT_NAME_WORDS and t.group().lower() not in _INNER
           and t.group().lower().strip("'’") not in _RELIGIOUS and t.group() not in ("and", "of") for t in tokens[1:]):
        return None
    return m.start("n") + tokens[0].start()


# Heads that precede their place or name (German, Swiss, Italian).
_PLACE_WORD = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*"
_PLACE_FILLER = (r"(?:Region|Unteres|Oberes|Mittleres|Unterer|Oberer|Vorderes|Hinteres|Alto|Alta|Basso|Bassa|Valle|"
                 r"Val|Bad|St\.|Sankt|San|Santa|Kanton|Canton|Bezirk)")
_PLACE_RUN = (rf"(?P<p>(?:{_PLACE_FILLER}[ \t])*{_PLACE_WORD}(?:[ \t]{_PLACE_WORD}){{0,2}})"
              rf"(?P<partner>[ \t]?(?:&|und)[ \t]?(?:Partner(?:innen)?|Kollegen|Kolleginnen))?")
HEAD_BEFORE_PLACE = re.compile(
    rf"(?<![\w-])(?P<h>Spitex|Krebsliga|Lungenliga|Rheumaliga|Centro[ \t](?:Screening|Imaging|Senologico|"
    rf"Radiologico)|(?:Mammographie-)?Screening-?[Ee]inheit|(?:MR|MRT|CT|PET|Röntgen|Radiologie|"
    rf"Nuklearmedizin)-Institut|Röntgeninstitut|Radiologieinstitut|MR-Zentrum)[ \t]+{_PLACE_RUN}")
HEAD_BEFORE_RULE = Gated(HEAD_BEFORE_PLACE, ("Spitex", "Krebsliga", "Lungenliga", "Rheumaliga", "Centro ",
                                             "inheit", "-Institut", "Röntgeninstitut", "Radiologieinstitut",
                                             "MR-Zentrum"))
_DE_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "nis", "ie", "ik", "ismus", "befund",
                    "bericht", "aufnahme", "aufnahmen", "bild", "bilder", "arzt", "ärztin")
_NOT_PLACE_WORDS = words("""
befund bericht termin kontrolle untersuchung brief bitte mit und oder vom von zur zum der die das den dem des
für bei nach aus im am an auf ein eine einer eines mammographie mammografia mammographien screening
""") | NOT_NAME_WORDS | TIME_WORDS | NOT_FACILITY_NAMES


def _place_word_ok(word: str) -> bool:
    low = word.lower()
    first = low.split("-")[0]
    return low not in _NOT_PLACE_WORDS and first not in _NOT_PLACE_WORDS and not first.endswith(_DE_NOUN_ENDINGS)


# German capitalises every noun: after a German head the first place word must be listed, end like a place name
# ("-gau", "-tal", "-burg", ...), close the clause or stand before a partner suffix ("Krebsliga Broschüre
# mitgegeben" names none). Romance heads ("Centro Imaging <Name>") need no such evidence.
_PLACE_ENDINGS = ("gau", "tal", "thal", "land", "berg", "burg", "dorf", "feld", "heim", "hausen", "ingen", "stadt",
                  "wil", "au", "see", "bach", "brunn", "kirchen", "hofen", "ach", "wald", "furt", "leben", "rode",
                  "ow", "itz", "zig", "o", "a", "i", "ois", "oise", "ano", "ana", "ese")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:()\n–-]|$)")


def _german_place_ok(text: str, m: re.Match[str], end: int) -> bool:
    first = m.group("p").split()[0]
    place = first.split("-")[0]
    return (place in towns() or first in towns() or place.lower().endswith(_PLACE_ENDINGS) or "-" in first
            or bool(m.group("partner")) or re.fullmatch(_PLACE_FILLER, first) is not None
            or bool(_CLAUSE_END.match(text, end)))


def _place_end(text: str, m: re.Match[str]) -> int | None:
    """End of the place words of `m` that pass (trailing nouns and roles dropped); None when the first fails."""
    tokens = list(_TOKEN.finditer(m.group("p")))
    keep = 0
    for t in tokens:
        if re.fullmatch(_PLACE_FILLER, t.group()) or _place_word_ok(t.group()):
            keep += 1
        else:
            break
    while keep and re.fullmatch(_PLACE_FILLER, tokens[keep - 1].group()):
        keep -= 1
    if not keep:
        return None
    if keep == len(tokens) and m.group("partner"):
        return m.end("partner")
    return m.start("p") + tokens[keep - 1].end()


# A medical specialty used as a facility with its place.
SPECIALTY_PLACE = re.compile(
    rf"(?<![\w-])(?P<h>[{UP}][{LO}]*(?:medizin|therapie|ologie|chirurgie|orthopädie|heilkunde))[ \t]"
    rf"(?P<p>(?:Bad[ \t])?[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*)(?![\w-])")
SPECIALTY_RULE = Gated(SPECIALTY_PLACE, ("medizin ", "therapie ", "ologie ", "chirurgie ", "orthopädie ",
                                         "heilkunde "))
_COMPASS = words("nord süd ost west mitte nordost nordwest südost südwest north south east west central")
# A facility slot: a distribution / copy line, or right after "<Title?> <Given> <Surname>, ".
_SLOT_LINE = re.compile(r"(?im)^[ \t]*(?:verteiler|kopie(?:[ \t]an)?|cc|copy(?:[ \t]to)?|nachrichtlich|z\.[ \t]?k\.)"
                        r"[ \t]*:")
_PERSON_COMMA = re.compile(rf"[{UP}][{LO}]+,[ \t]*\Z")


def _specialty_place_ok(text: str, m: re.Match[str]) -> bool:
    place = m.group("p")
    parts = place.removeprefix("Bad ").split("-")
    if not all(_place_word_ok(p) for p in parts):
        return False
    listed = place in towns() or parts[0] in towns() or place.split("-")[0] in towns()
    compass = len(parts) > 1 and parts[-1].lower() in _COMPASS
    if listed or compass:
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    return bool(_SLOT_LINE.match(text, line_start) or _PERSON_COMMA.search(text, max(0, m.start() - 40), m.start()))


# "<Kind> Imaging Center at <Place>": the place is part of the name.
CENTER_AT = re.compile(rf"(?P<h>(?:Imaging|Medical|Cancer|Heart|Surgery|Surgical|Health|Diagnostic)[ \t]"
                       rf"(?:Center|Centre|Institute|Pavilion))[ \t]at[ \t](?P<p>(?:the[ \t])?[{UP}][{LO}]+"
                       rf"(?:[ \t][{UP}][{LO}]+){{0,2}})(?![\w-])")
CENTER_AT_RULE = Gated(CENTER_AT, (" at ",))
_RUN_CAPS = re.compile(rf"(?<![\w’'-])(?P<n>(?:[{UP}][\w{LO}’']*+[ \t]){{1,3}})\Z")

# A residence / transfer cue and "<Brand> of <Place>".
BRAND_OF = re.compile(rf"(?:[Rr]esident[ \t]of|[Rr]esides[ \t]at|[Ll]ives[ \t]at|[Ll]iving[ \t]at|[Dd]ischarged[ \t]"
                      rf"(?:back[ \t])?to|[Tt]ransferred[ \t](?:back[ \t])?to|[Rr]eturned[ \t]to|[Aa]dmitted[ \t]to|"
                      rf"[Rr]esident[ \t]at)[ \t]+(?:the[ \t]+)?(?P<v>(?P<b>[{UP}][\w{LO}’']+(?:[ \t][{UP}][\w{LO}’']+)"
                      rf"{{0,2}})[ \t]of[ \t][{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+){{0,2}})(?![\w-])")
BRAND_OF_RULE = Gated(BRAND_OF, ("esident", "esides", "ives at", "iving at", "ischarged", "ransferred", "eturned",
                                 "dmitted"))

# A French / Italian campus phrase without a found hospital before it: "sur le site de <Town>", "sede di <Name>".
# The campus words stay (the older corpora's convention); the name is ADDRESS when a listed town, else a site.
CAMPUS = re.compile(rf"(?<![\w-])(?:site|sede)[ \t](?:de[ \t]|d['’]|di[ \t])(?P<v>[{UP}][\w{LO}’'-]+"
                    rf"(?:[ \t-](?:de[ \t]|la[ \t]|le[ \t])?[{UP}][\w{LO}’'-]+){{0,2}})")
CAMPUS_RULE = Gated(CAMPUS, ("site d", "sede d"))

ODS_CODE = re.compile(r"(?<![\w-])ODS(?:[ \t](?:code|Code|org(?:anisation)?[ \t]code))?[ \t]*[:#]?[ \t]*"
                      r"(?P<v>(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,6})(?![\w-])")
ODS_RULE = Gated(ODS_CODE, ("ODS",))

# "<Place> Regional (<ACR>)": a capitalised run with a site word, and the acronym it defines.
DEFINED_ACRONYM = re.compile(r"[ \t]\((?P<a>[A-Z][A-Z&]{1,7})\)")
# (from its " (" in the shared pass; round 19 of speed)
DEFINED_RULE = Gated(literal_starts(DEFINED_ACRONYM), (" (",))
_SITE_WORDS = words("regional general memorial medical health hospital hospitals center centre clinic clinics "
                    "community university county infirmary imaging radiology healthcare institute")


def _defined_hits(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in DEFINED_RULE.finditer(text, lowered):
        acronym = m.group("a")
        if acronym in CLINICAL_ACRONYMS:
            continue
        run = _RUN_CAPS.search(text, max(0, m.start() - 80), m.start() + 1)
        if run is None:
            continue
        tokens = list(_TOKEN.finditer(run.group("n")))
        while tokens and tokens[0].group().lower().strip("'’") in NOT_FACILITY_NAMES - _SITE_WORDS:
            tokens.pop(0)
        if len(tokens) < 2 or not any(t.group().lower() in _SITE_WORDS for t in tokens):
            continue
        initials = "".join(t.group()[0] for t in tokens)
        if acronym.startswith(initials) or initials.startswith(acronym):
            hits.append(Hit(run.start("n") + tokens[0].start(), m.start(), "INSTITUTION", "rule"))
            hits.append(Hit(m.start("a"), m.end("a"), "INSTITUTION", "rule"))
    return hits


def org_form_hits(text: str, lowered: str) -> list[Hit]:
    """INSTITUTION hits of the forms above; `lowered` is text.lower()."""
    hits: list[Hit] = []
    for m in HEAD_AFTER_RULE.finditer(text, lowered):
        if (start := _name_start(text, m.start())) is not None:
            # (A screening service's kind words stay outside its region's name, as round 11 marks them.)
            end = m.start() - 1 if "Screening" in m.group() else m.end()
            hits.append(Hit(start, end, "INSTITUTION", "rule"))
    for m in HEAD_BEFORE_RULE.finditer(text, lowered):
        if (end := _place_end(text, m)) is not None and (
                m.group("h").startswith("Centro") or _german_place_ok(text, m, end)):
            # (A screening unit's kind word stays outside its region, as the older corpora mark it.)
            start = m.start("p") if "inheit" in m.group("h") else m.start()
            hits.append(Hit(start, end, "INSTITUTION", "rule"))
    hits.extend(Hit(m.start(), m.end(), "INSTITUTION", "rule") for m in SPECIALTY_RULE.finditer(text, lowered)
                if _specialty_place_ok(text, m))
    for m in CENTER_AT_RULE.finditer(text, lowered):
        run = _RUN_CAPS.search(text, max(0, m.start() - 60), m.start())
        hits.append(Hit(run.start("n") if run else m.start(), m.end(), "INSTITUTION", "rule"))
    for m in BRAND_OF_RULE.finditer(text, lowered):
        first = m.group("b").split()[0].lower().strip("'’")
        if first not in NOT_FACILITY_NAMES and first not in NOT_NAME_WORDS:
            hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in ODS_RULE.finditer(text, lowered))
    hits.extend(Hit(m.start("v"), m.end("v"), "ADDRESS" if m.group("v") in towns() else "INSTITUTION", "rule")
                for m in CAMPUS_RULE.finditer(text, lowered) if m.group("v").lower() not in NOT_FACILITY_NAMES)
    hits.extend(_defined_hits(text, lowered))
    return hits
