"""Persons whose cue is a contact, consent, page or billing form rather than a title (round 16a).

- **A first name alone as a care or staff contact**: a listed given name (first_names.txt) right after a care or
  staff role word, maybe with "vor Ort" / "on site" / "de liaison" and a colon between ("Pflegekraft vor Ort:
  Jasmin", "home health aide Rosa here", "badante Ioana", "infirmière de liaison : Mélanie"); a surname after it
  joins when listed. The role word decides: a German noun after it is no listed given name ("Pflegekraft vor Ort
  informiert").
- **A first name after a closing formula**, maybe on the next line, before a bracket, stop, comma, "&" or line end
  ("Thank you, Gareth (MRI physics)", "Cordiali saluti, Chiara (segreteria)", "Danke, Lea (Anmeldung)"), a listed
  given name after a colon before a bracketed phone ("Ansprechperson: Mira (079 ...)"), and one alone after a
  verb of calling or handing over before a place, bracket or stop ("called to Tessa in CT", "bleeped Imran (SpR)").
- **Consent forms**: "I, <name>, consent", "Ich, <name>, willige", "Je soussigné(e) <name>", "Io sottoscritto/a
  <name>".
- **Surname-first after a page header** ("Page 3 of 4  SURNAME Jr., Given A  <MRN>", "Seite 2 von 2 Name, Vorname")
  and "Surname Jr., Given" anywhere (the suffix before the comma is a person cue of its own).
- **A name pair after an insurance or case number** in a billing line ("VNr. B2810 Kowalczyk Agnieszka GOÄ"): two
  capitalised words, one a listed given name and the other a listed surname.
- **A newborn's double surname** after "Neonato / Neugeborenes / Kind / Baby / twin / bébé" ("Kind
  Yilmaz-Hoffmann"); a hyphenated eponym stays a keep-term (the keep ranges veto it).
- **Names in a non-Latin script** (Cyrillic, Greek, Armenian, Georgian capitalised words; Arabic, Hebrew, Devanagari,
  Thai, CJK, kana and Hangul runs) in a report written in Latin script, and the Latin transliteration beside one in
  brackets or after a slash ("Дмитрий Соколов (Dmitrij Sokolow)").
"""

from __future__ import annotations

import re

from curation.deid.text.care_nouns import is_care_noun, is_syndrome_name
from curation.deid.text.common import LO, UP, Gated, Hit, NeedleGate, literal_starts, lowered_text, words
from curation.deid.text.given_names import is_any_given_name, is_given_name
from curation.deid.text.names import NAME, NAME_SEQ, NOT_NAME_WORDS
from curation.deid.text.surnames import is_surname
from curation.deid.text.word_shapes import is_eponym_word, is_word_shaped

_GIVEN = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
_ROLES = r"""pflegekraft|pflegefachkraft|pflegefachfrau|pflegefachmann|pflegerin|pfleger|pflegehelferin|betreuerin|
betreuer|personenbetreuerin|spitex-betreuerin|spitex-mitarbeiterin|spitex|begleitperson|ansprechpartnerin|
ansprechpartner|ansprechperson|kontaktperson|bezugsperson|dolmetscherin|dolmetscher|sozialarbeiterin|sozialarbeiter|
mtra|mtr|mta|rta|mpa|fage|infirmière|infirmier|aide-soignante|aide-soignant|auxiliaire de vie|assistante sociale|
interprète|personne de contact|badante|infermiera|infermiere|assistente sociale|interprete|persona di contatto|
nurse|carer|caregiver|care giver|home health aide|health care assistant|healthcare assistant|aide|hca|cna|lpn|pca|
support worker|care worker|key worker|keyworker|social worker|case manager|care coordinator|interpreter|chaperone|
radiographer|sonographer|technologist|porter|escort|sitter|attendant|paramedic|doula|midwife|hebamme|sage-femme|
ostetrica|ward clerk|clerk|secretary|receptionist|sekretärin|sekretariat|bezugspflege|bezugspflegende|
secrétaire|segretaria|tecnica|tecnico|charge rn|rn|rgn|lvn"""
# The cues are searched in the lower-cased text from their literal starts (common.literal_starts: no regex tried
# at every position), gated by their words in the shared needle pass (common.Gated), the name after a cue in the
# text itself.
_ROLE = Gated(literal_starts(re.compile(
    rf"(?:{_ROLES.replace(chr(10), '')})(?:[ \t]+(?:vor ort|on site|onsite|on scene|on call|on duty|"
    rf"im dienst|am telefon|de liaison|di turno|de garde|du jour|heute|today))?(?!\w)[ \t]*(?:[:–—-][ \t]*)?")),
    tuple(_ROLES.replace("\n", "").split("|")), lower=True)
_SURNAME_END = re.compile(r"[ \t]*(?:[,;()]|(?i:tel|phone|ext|app)\.?[ \t:]*\d|\n|\Z)")
_GIVEN_AT = re.compile(rf"(?P<g>{_GIVEN})(?:[ \t]+(?P<s>{NAME}))?(?![\w'-])")
# A closing formula, maybe across a line break, then a listed given name and a bracket, a stop, a comma, "&" or
# "/" and a second writer, a kiss, or the line's end ("Thanks, Gareth (MRI physics)", "Mit freundlichen Grüssen\n
# Ursina (Sekretariat)", "Cordiali saluti, Chiara (segreteria)", "Grüße aus der Radiologie, Annika & Jo (MTRA)").
_CLOSING = Gated(literal_starts(re.compile(
    r"(?:thanks(?: again)?|thank you|many thanks|with thanks|cheers|thx|(?:kind |best |warm )?regards|"
    r"best(?: wishes)?|sincerely|yours sincerely|danke(?: schön)?|vielen dank|herzlichen dank|besten dank|"
    r"(?:mit )?(?:freundlichen|freundliche|liebe|viele|beste|herzliche) gr(?:ü|ue)(?:ß|ss)(?:e|en)|"
    r"gr(?:ü|ue)(?:ß|ss)(?:e)? aus [^,\n]{1,30}|gruss aus [^,\n]{1,30}|gruß aus [^,\n]{1,30}|"
    r"merci(?: beaucoup)?|(?:meilleures |sincères )?salutations|cordialement|bien à vous|"
    r"grazie(?: mille)?|(?:cordiali |distinti )?saluti|un saluto)(?!\w)[,!.]?[ \t]*\n?[ \t]*")),
    ("thank", "cheers", "thx", "regards", "best", "sincerely", "dank", "grü", "grue", "gruss", "gruß", "merci",
     "salutations", "cordialement", "bien à vous", "grazie", "salut"), lower=True)
_CLOSING_NAME = re.compile(rf"(?P<g>{_GIVEN})(?:[ \t]*(?:&|/|and|und|et|e)[ \t]+(?P<g2>{_GIVEN}))?"
                           rf"(?=[ \t]*(?:[(,.!]|x(?![\w])|\n|\Z))")
_CALLED = Gated(literal_starts(re.compile(
    r"(?:called to|called|phoned|rang|paged|bleeped|spoke to|spoke with|discussed with|handed over to|"
    r"informed|telefoniert mit|rücksprache mit|angerufen bei|übergeben an|appelé|chiamat[oa])(?!\w)[ \t]+")),
    ("called", "phoned", "rang", "paged", "bleeped", "spoke", "discussed with", "handed over to", "informed",
     "telefoniert mit", "rücksprache mit", "angerufen bei", "übergeben an", "appelé", "chiamat"), lower=True)
_CALLED_NAME = re.compile(rf"(?P<g>{_GIVEN})(?=[ \t]*(?:in|at|on|im|auf|au|dans|da|\(|,|\.|;|\n|\Z)(?![\w]))")
_COLON_PHONE = re.compile(
    rf":[ \t]*(?P<g>{_GIVEN})(?:[ \t]+(?P<s>{NAME}))?[ \t]*\([ \t]*(?i:tel\.?|tél\.?|ext\.?|app\.?|mob\.?|☎)?"
    rf"[ \t]*:?[ \t]*\+?\d")
_CONSENT_NEEDLES = ("I,", "Ich,", "Je,", "Io,", "Je soussign", "Io sottoscritt", "Unterzeichnende")
_CONSENT_GATE = NeedleGate(_CONSENT_NEEDLES)  # from the shared needle pass (round 18 of speed)
_CONSENT = re.compile(
    rf"(?:^|(?<=[\n.!?:]))[ \t]*(?:(?:I|Ich|Je|Io),[ \t]*(?:(?:the undersigned|der[ \t]Unterzeichnende|"
    rf"die[ \t]Unterzeichnende),[ \t]*)?(?P<v>{NAME_SEQ})[ \t]*,"
    rf"|(?:Je[ \t]soussignée?|Io[ \t]sottoscritt[oa]|Der[ \t]/?[ \t]?Die[ \t]Unterzeichnende|Unterzeichnende[rs]?)"
    rf"[ \t]*:?[ \t]*(?:(?:M\.|Mme|Monsieur|Madame|Sig\.(?:ra)?)[ \t]+)?(?P<w>{NAME_SEQ}))", re.MULTILINE)
_CAPS = rf"[{UP}][{UP}'’-]+"
_SUFFIX = r"(?:[ \t]+(?:Jr|Sr|Jun|Sen)\.?|[ \t]+(?:II|III|IV))"
_SURNAME_FIRST = re.compile(
    rf"(?:{_CAPS}|{NAME})(?:[ \t]+(?:{_CAPS}|{NAME}))?{_SUFFIX}?,[ \t]*(?:{_GIVEN}|{_CAPS})"
    rf"(?:[ \t]+(?:{_GIVEN}|{_CAPS}))?(?:[ \t]+[{UP}]\.?(?![\w]))?")
_PAGE_HEADER = Gated(literal_starts(re.compile(
    r"(?:page|seite|pagina|página|blatt)[ \t]+\d+[ \t]*(?:of|von|sur|di|de|/)[ \t]*\d+[ \t]+")),
    ("page", "seite", "pagina", "página", "blatt"), lower=True)
_SUFFIX_COMMA = re.compile(rf"(?<![\w])(?P<v>(?:{_CAPS}|{NAME})[ \t]+(?:Jr|Sr)\.?,[ \t]*{_GIVEN}"
                           rf"(?:[ \t]+[{UP}]\.?(?![\w]))?)")
_FIVE_DIGITS = literal_starts(re.compile(r"\d{5}"))  # a digit first, then the other four (round 15)
# From five digits on: the rest of the number token, blanks, two capitalised words (the token's start is checked
# backwards: capitals, digits, "/" and "-" from a word boundary, six characters or more).
_AFTER_NUMBER = re.compile(rf"(?P<rest>[A-Z0-9/-]*)[ \t]+(?P<v>(?P<a>{_GIVEN})[ \t]+(?P<b>{_GIVEN}))(?=[ \t]|$|[,;|])",
                           re.MULTILINE)
_TOKEN_BEFORE = re.compile(r"[A-Z0-9/-]*\Z")
# A newborn or child word: a double surname after it ("Kind Yilmaz-Hoffmann", "neonato Ferrante-Lazzari"), or a
# listed given name alone ("das Kind Leonie mit", "baby Amelia", "neonata Giulia").
_CHILD = Gated(literal_starts(re.compile(
    r"(?:neonat[oa]|neugeborene[sr]?|säugling|kind|baby|infant|newborn|nouveau-née?|bébé|bambin[oa]|twin|zwilling|"
    r"girl|boy)(?!\w)(?:[ \t]+(?:of|von|di|de|girl|boy))?[ \t]+")),
    ("neonat", "neugeboren", "säugling", "kind", "baby", "infant", "newborn", "nouveau-né", "bébé", "bambin", "twin",
     "zwilling", "girl", "boy"), lower=True)
_DOUBLE_SURNAME = re.compile(rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)+(?![\w-])")
_CHILD_GIVEN = re.compile(rf"{_GIVEN}(?![\w'-])")
# Round 19a: a newborn named by its family name alone ("Baby Oduya, CXR", "Bébé Vuilleumier", "Girl Haas (Twin
# B)"): a listed surname, or after a capitalised child word of a newborn form (not the German "Kind" / "Säugling",
# whose next noun is as often a finding) an unlisted name word before a comma, a bracket or a twin mark.
_CHILD_SURNAME = re.compile(rf"[{UP}][{LO}]+(?![\w'-])")
_NEWBORN_FORM = re.compile(r"(?:Baby|Infant|Newborn|Girl|Boy|Bébé|Nouveau-née?|Neonat[oa])"
                           r"(?:[ \t]+(?:of|Girl|Boy))?[ \t]+")
_TWIN_OR_END = re.compile(r"[ \t]*(?:[,(;]|(?i:twin|zwilling|gemell[oa]|jumea?u)(?!\w)|\n|\Z)")
# Words a capitalised "Baby" stands before that are no family name.
_BABY_THINGS = words("aspirin blues oil powder formula doll monitor shampoo food teeth tooth bottle walker seat "
                     "carrier milk wipes cream lotion gate sling scale unit ward doppler scan check care girl boy "
                     "friendly premature preterm term male female healthy well unwell jaundiced prematuro "
                     "pretermine sano maschio femmina prématuré prématurée masculin féminin")
_CASED = "А-ЯЁІЇЄҐЎΑ-ΩΆ-Ώ\u0531-\u0556"
_CASED_LOW = "а-яёіїєґўα-ωά-ώΐΰς\u0561-\u0587"
_SCRIPT_CHARS = ("\u0590-\u05FF\u0600-\u06FF\u0900-\u097F\u0E00-\u0E7F\u10A0-\u10FF\u3040-\u30FF\u4E00-\u9FFF"
                 "\uAC00-\uD7AF")
_ANY_SCRIPT = re.compile(f"[{_CASED}{_CASED_LOW}{_SCRIPT_CHARS}]")
_SCRIPT_NAME = re.compile(
    rf"(?P<v>[{_CASED}][{_CASED_LOW}]{{2,}}(?:-[{_CASED}][{_CASED_LOW}]+)?"
    rf"(?:[ \t]+[{_CASED}][{_CASED_LOW}]{{1,}}(?:-[{_CASED}][{_CASED_LOW}]+)?){{0,3}}"
    rf"|[{_SCRIPT_CHARS}]{{2,}}(?:[ \t]+[{_SCRIPT_CHARS}]+){{0,3}})")
_TRANSLITERATION_AFTER = re.compile(rf"[ \t]*(?:\(|/|=|–|—)[ \t]*(?P<v>{NAME}(?:[ \t]+{NAME}){{0,3}})")
_TRANSLITERATION_BEFORE = re.compile(rf"(?P<v>{NAME}(?:[ \t]+{NAME}){{0,3}})[ \t]*(?:\(|/|=|–|—)[ \t]*\Z")


# Listed given names that are also words after a role or closing ("MTRA: Bitte ...", "Pflege: Gabe von KM",
# "nurse Bay 4", "Pat." the abbreviation).
_WORD_NAMES = words("bitte ja nein gabe oma opa mai bay pat don angel ernst sono info")


def _not_word(word: str) -> bool:
    return word.lower() in NOT_NAME_WORDS or word.lower() in _WORD_NAMES


def _name_words(value: str) -> list[str]:
    return [w for w in re.split(r"[\s,.-]+", value) if len(w) > 1 and w not in ("Jr", "Sr", "Jun", "Sen", "II", "III")]


def _names_a_person(value: str) -> bool:
    """A page header's "SURNAME, Given" is a person when one word is a listed given name or surname and none is a
    known non-name word ("CT ABDOMEN, Contrast", "BEFUND, Fortsetzung" are headings)."""
    parts = _name_words(value)
    return not any(_not_word(w) or is_heading_word(w) for w in parts) and any(
        is_any_given_name(w.capitalize()) or is_surname(w.capitalize()) for w in parts)


def is_heading_word(word: str) -> bool:
    """A report section or heading word ("Befund", "Addendum", "Chest") or a German abstract-noun ending."""
    low = word.lower()
    return low.endswith(_NOUN_ENDINGS) or low in _HEADING_WORDS


# Report section and heading words that a page header may run into.
_HEADING_WORDS = words("""
befund befunde beurteilung nachtrag fortsetzung addendum findings impression report contrast abdomen thorax
chest head knee spine pelvis neck brain kopf schädel becken knie technik technique history indication continued
conclusion summary opinion comparison ct mri mr mrt pet us xr cr dx nm
private confidential urgent
""")
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "ie", "ik", "ings", "ment", "ness", "ogy")


# A clinical head noun after a double name makes it a compound ("Feto-Fetales Transfusionssyndrom").
_CLINICAL_HEAD_AFTER = re.compile(
    r"[ \t]+[A-ZÄÖÜ][a-zäöüß]+(?:syndrom|sequenz|komplex|anomalie|erkrankung|krankheit)\b|"
    r"[ \t]+(?:syndrome|sequence|complex|anomaly|disease|malformation)\b|[?]|-", re.I)


def _double_surname_ok(value: str, text: str, end: int) -> bool:
    """A newborn's double surname: no part a non-name, clinical, heading or syndrome-eponym word, and not the head
    of a clinical compound ("Feto-Fetales Transfusionssyndrom", "Hand-Fuß-Mund", "Klippel-Feil" are keep-terms)."""
    parts = value.split("-")
    if any(_not_word(p) or is_heading_word(p) for p in parts):
        return False
    if _CLINICAL_HEAD_AFTER.match(text[end:end + 40]):
        return False
    return not is_syndrome_name(value)


def _given_hit(m: re.Match[str], hits: list[Hit]) -> None:
    if not is_given_name(m.group("g")) or _not_word(m.group("g")):
        return
    end = m.end("g")
    if m.groupdict().get("s") and is_surname(m.group("s")) and not _not_word(m.group("s")):
        end = m.end("s")
    hits.append(Hit(m.start("g"), end, "PERSON", "cue"))


def _word_start(lowered: str, at: int) -> bool:
    return at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] in "-_")


def _cue_ends(gate: Gated, lowered: str) -> list[int]:
    """Where each whole-word match of a lower-cased cue ends."""
    return [m.end() for m in gate.finditer(lowered, lowered) if _word_start(lowered, m.start())]


def contact_name_hits(text: str) -> list[Hit]:
    """PERSON hits of the contact, consent, page, billing, newborn and script forms above."""
    hits: list[Hit] = []
    lowered = lowered_text(text)
    if len(lowered) == len(text):  # the cues are read in the lower-cased text (same offsets)
        _lowered_cue_hits(text, lowered, hits)
    if "(" in text and ":" in text:
        for m in _COLON_PHONE.finditer(text):
            _given_hit(m, hits)
    if "," in text:
        if _CONSENT_GATE.search(text):
            for m in _CONSENT.finditer(text):
                group = "v" if m.group("v") else "w"
                hits.append(Hit(m.start(group), m.end(group), "PERSON", "cue"))
        if "Jr" in text or "Sr" in text:
            hits.extend(Hit(m.start("v"), m.end("v"), "PERSON", "cue") for m in _SUFFIX_COMMA.finditer(text))
    for digits in _FIVE_DIGITS.finditer(text):
        if (m := _AFTER_NUMBER.match(text, digits.end())) is not None:
            head = _TOKEN_BEFORE.search(text, max(0, digits.start() - 30), digits.start())
            start = head.start() if head is not None else digits.start()
            if m.end("rest") - start < 6 or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")):
                continue
            a, b = m.group("a"), m.group("b")
            if not (_not_word(a) or _not_word(b)) and (
                    (is_given_name(a) and is_surname(b)) or (is_surname(a) and is_given_name(b))):
                hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    if _ANY_SCRIPT.search(text) is not None:
        hits.extend(_script_hits(text))
    return hits


def _lowered_cue_hits(text: str, lowered: str, hits: list[Hit]) -> None:
    for end in _cue_ends(_CLOSING, lowered):
        if (m := _CLOSING_NAME.match(text, end)) is not None:
            _given_hit(m, hits)
            if m.group("g2") and is_given_name(m.group("g2")) and hits and hits[-1].start == m.start("g"):
                hits.append(Hit(m.start("g2"), m.end("g2"), "PERSON", "cue"))
    for end in _cue_ends(_CALLED, lowered):
        if (m := _CALLED_NAME.match(text, end)) is not None:
            _given_hit(m, hits)
    for end in _cue_ends(_ROLE, lowered):
        if (m := _GIVEN_AT.match(text, end)) is not None:
            _given_hit(m, hits)
            # A listed surname alone after the role, before a comma, bracket, phone word or the line's end
            # ("Pflegekraft Kühn, Tel. ..."); a noun after a role word is no listed surname.
            if (not hits or hits[-1].start != m.start("g")) and not m.group("s") and is_surname(m.group("g")) \
                    and not _not_word(m.group("g")) and _SURNAME_END.match(text, m.end("g")):
                hits.append(Hit(m.start("g"), m.end("g"), "PERSON", "cue"))
    if "," in text:
        for end in _cue_ends(_PAGE_HEADER, lowered):
            if (m := _SURNAME_FIRST.match(text, end)) is not None and _names_a_person(m.group()):
                hits.append(Hit(m.start(), m.end(), "PERSON", "cue"))
    for end in _cue_ends(_CHILD, lowered):
        if (m := _DOUBLE_SURNAME.match(text, end)) is not None:
            if _double_surname_ok(m.group(), text, m.end()):
                hits.append(Hit(m.start(), m.end(), "PERSON", "rule"))
        elif ((m := _CHILD_GIVEN.match(text, end)) is not None and is_given_name(m.group())
              and not _not_word(m.group()) and m.group().lower() not in _BABY_THINGS) or (  # "Baby Boy, 3 days"
                (m := _CHILD_SURNAME.match(text, end)) is not None and _newborn_surname(text, m)):
            hits.append(Hit(m.start(), m.end(), "PERSON", "rule"))


def _newborn_surname(text: str, m: re.Match[str]) -> bool:
    """A newborn's family name alone after a child word (see _CHILD_SURNAME)."""
    word = m.group()
    if _not_word(word) or word.lower() in _BABY_THINGS or is_eponym_word(word):
        return False  # review of 19a: "Kind Kawasaki Verdacht"
    if is_surname(word):
        return True
    if is_heading_word(word) or is_care_noun(word) or is_word_shaped(word):
        return False  # review of 19a: "Bébé Secoué (syndrome du)", "Infant Botulism"
    line = text.rfind("\n", 0, m.start()) + 1
    form = _NEWBORN_FORM.search(text, max(line, m.start() - 20), m.start())
    return form is not None and form.end() == m.start() and _TWIN_OR_END.match(text, m.end()) is not None


# CJK, kana and Hangul runs are words as often as names ("日本語 comment"): they need a person cue before them on
# their line (a name or patient label, a title, a relative or contact word) or a Latin name beside them.
_UNCASED_NAME_SCRIPT = re.compile("[\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]")
_PERSON_CUE_BEFORE = re.compile(
    r"(?i:name|patient(?:in|e)?|pat\.|nom|nome|cognome|surname|given|vorname|nachname|mr|mrs|ms|dr|herr|frau|"
    r"mother|father|son|daughter|wife|husband|mutter|vater|sohn|tochter|ehefrau|ehemann|contact|kontakt|"
    r"interpreter|dolmetscher(?:in)?|signed|gez|von|by)\.?[ \t]*[:,-]?[ \t]*\Z")


def _script_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _SCRIPT_NAME.finditer(text):
        if _UNCASED_NAME_SCRIPT.match(text, m.start("v")) and not _PERSON_CUE_BEFORE.search(
                text, max(0, m.start() - 24), m.start()) and not (
                _TRANSLITERATION_AFTER.match(text, m.end()) or _TRANSLITERATION_BEFORE.search(
                    text, max(0, m.start() - 60), m.start())):
            continue
        hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
        words = len(m.group("v").split())
        # The Latin form beside it: after it (in brackets, after a slash) a listed name word or as many words,
        # none a known non-name word; before it only with a listed name word ("Kontrolle (Иванов)" stays).
        for near, loose in ((_TRANSLITERATION_AFTER.match(text, m.end()), True),
                            (_TRANSLITERATION_BEFORE.search(text, max(0, m.start() - 60), m.start()), False)):
            if near is None or len(latin := near.group("v").split()) > words + 1 or any(map(_not_word, latin)):
                continue
            if any(is_any_given_name(w) or is_surname(w) for w in latin) or (loose and len(latin) == words):
                hits.append(Hit(near.start("v"), near.end("v"), "PERSON", "rule"))
    return hits
