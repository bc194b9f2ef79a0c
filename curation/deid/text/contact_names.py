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

from curation.deid.text.common import LO, UP, Hit
from curation.deid.text.given_names import is_any_given_name, is_given_name
from curation.deid.text.names import NAME, NAME_SEQ, NOT_NAME_WORDS
from curation.deid.text.surnames import is_surname

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
secrétaire|segretaria|tecnica|tecnico"""
_ROLE = re.compile(
    rf"(?<![\w-])(?:{_ROLES.replace(chr(10), '')})(?:[ \t]+(?:vor ort|on site|onsite|on scene|on call|on duty|"
    rf"im dienst|am telefon|de liaison|di turno|de garde|du jour|heute|today))?[ \t]*(?:[:–—-][ \t]*)?(?=[{UP}])",
    re.IGNORECASE)
_SURNAME_END = re.compile(r"[ \t]*(?:[,;()]|(?i:tel|phone|ext|app)\.?[ \t:]*\d|\n|\Z)")
_GIVEN_AT = re.compile(rf"(?P<g>{_GIVEN})(?:[ \t]+(?P<s>{NAME}))?(?![\w'-])")
# A closing formula, maybe across a line break, then a listed given name and a bracket, a stop, a comma, "&" or
# "/" and a second writer, a kiss, or the line's end ("Thanks, Gareth (MRI physics)", "Mit freundlichen Grüssen\n
# Ursina (Sekretariat)", "Cordiali saluti, Chiara (segreteria)", "Grüße aus der Radiologie, Annika & Jo (MTRA)").
_CLOSING = re.compile(
    rf"(?<![\w])(?i:thanks(?: again)?|thank you|many thanks|with thanks|cheers|ta|thx|(?:kind |best |warm )?regards|"
    rf"best(?: wishes)?|sincerely|yours sincerely|danke(?: schön)?|vielen dank|herzlichen dank|besten dank|"
    rf"(?:mit )?(?:freundlichen|freundliche|liebe|viele|beste|herzliche) gr(?:ü|ue)(?:ß|ss)(?:e|en)|"
    rf"gr(?:ü|ue)(?:ß|ss)(?:e)? aus [^,\n]{{1,30}}|gruss aus [^,\n]{{1,30}}|gruß aus [^,\n]{{1,30}}|"
    rf"merci(?: beaucoup)?|(?:meilleures |sincères )?salutations|cordialement|bien à vous|"
    rf"grazie(?: mille)?|(?:cordiali |distinti )?saluti|un saluto)[,!.]?[ \t]*\n?[ \t]*"
    rf"(?P<g>{_GIVEN})(?:[ \t]*(?:&|/|and|und|et|e)[ \t]+(?P<g2>{_GIVEN}))?"
    rf"(?=[ \t]*(?:[(,.!]|x(?![\w])|\n|\Z))")
_CALLED = re.compile(
    rf"(?<![\w])(?i:called|called to|phoned|rang|paged|bleeped|spoke to|spoke with|discussed with|handed over to|"
    rf"informed|telefoniert mit|rücksprache mit|angerufen bei|übergeben an|appelé|chiamat[oa])[ \t]+"
    rf"(?P<g>{_GIVEN})(?=[ \t]*(?:in|at|on|im|auf|au|dans|da|\(|,|\.|;|\n|\Z)(?![\w]))")
_COLON_PHONE = re.compile(
    rf":[ \t]*(?P<g>{_GIVEN})(?:[ \t]+(?P<s>{NAME}))?[ \t]*\([ \t]*(?i:tel\.?|tél\.?|ext\.?|app\.?|mob\.?|☎)?"
    rf"[ \t]*:?[ \t]*\+?\d")
_CONSENT = re.compile(
    rf"(?:^|(?<=[\n.!?:]))[ \t]*(?:(?:I|Ich|Je|Io),[ \t]*(?:(?:the undersigned|der[ \t]Unterzeichnende|"
    rf"die[ \t]Unterzeichnende),[ \t]*)?(?P<v>{NAME_SEQ})[ \t]*,"
    rf"|(?:Je[ \t]soussignée?|Io[ \t]sottoscritt[oa]|Der[ \t]/?[ \t]?Die[ \t]Unterzeichnende|Unterzeichnende[rs]?)"
    rf"[ \t]*:?[ \t]*(?:(?:M\.|Mme|Monsieur|Madame|Sig\.(?:ra)?)[ \t]+)?(?P<w>{NAME_SEQ}))", re.MULTILINE)
_CAPS = rf"[{UP}][{UP}'’-]+"
_SUFFIX = r"(?:[ \t]+(?:Jr|Sr|Jun|Sen)\.?|[ \t]+(?:II|III|IV))"
_SURNAME_FIRST = rf"(?:{_CAPS}|{NAME})(?:[ \t]+(?:{_CAPS}|{NAME}))?{_SUFFIX}?,[ \t]*(?:{_GIVEN}|{_CAPS})" \
                 rf"(?:[ \t]+(?:{_GIVEN}|{_CAPS}))?(?:[ \t]+[{UP}]\.?(?![\w]))?"
_PAGE_HEADER = re.compile(
    rf"(?i:page|seite|pagina|página|blatt)[ \t]+\d+[ \t]*(?i:of|von|sur|di|de|/)[ \t]*\d+[ \t]+(?P<v>{_SURNAME_FIRST})")
_SUFFIX_COMMA = re.compile(rf"(?<![\w])(?P<v>(?:{_CAPS}|{NAME})[ \t]+(?:Jr|Sr)\.?,[ \t]*{_GIVEN}"
                           rf"(?:[ \t]+[{UP}]\.?(?![\w]))?)")
_AFTER_NUMBER = re.compile(rf"(?<![\w])(?=[A-Z0-9/-]*\d{{5}})[A-Z0-9][A-Z0-9/-]{{5,}}[ \t]+"
                           rf"(?P<v>(?P<a>{_GIVEN})[ \t]+(?P<b>{_GIVEN}))(?=[ \t]|$|[,;|])", re.MULTILINE)
_NEWBORN = re.compile(
    rf"(?<![\w-])(?:[Nn]eonat[oa]|[Nn]eugeborene[sr]?|NG|Säugling|[Kk]ind|[Bb]aby|[Ii]nfant|[Nn]ewborn|"
    rf"[Nn]ouveau-né|[Bb]ébé|[Tt]win|[Zz]willing)(?:[ \t]+(?:of|von|di|de))?[ \t]+"
    rf"(?P<v>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)+)(?![\w-])")
# A child named by a listed given name alone ("das Kind Leonie mit", "baby Amelia", "neonata Giulia").
_CHILD_GIVEN = re.compile(rf"(?<![\w-])(?:[Nn]eonat[oa]|[Nn]eugeborene[sr]?|Säugling|[Kk]ind|[Bb]aby|[Ii]nfant|"
                          rf"[Nn]ewborn|[Bb]ébé|[Bb]ambin[oa]|[Tt]win|[Zz]willing)[ \t]+(?P<g>{_GIVEN})(?![\w'-])")
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


def _not_word(word: str) -> bool:
    return word.lower() in NOT_NAME_WORDS


def _given_hit(m: re.Match[str], hits: list[Hit]) -> None:
    if not is_given_name(m.group("g")) or _not_word(m.group("g")):
        return
    end = m.end("g")
    if m.groupdict().get("s") and is_surname(m.group("s")) and not _not_word(m.group("s")):
        end = m.end("s")
    hits.append(Hit(m.start("g"), end, "PERSON", "cue"))


def contact_name_hits(text: str) -> list[Hit]:
    """PERSON hits of the contact, consent, page, billing, newborn and script forms above."""
    hits: list[Hit] = []
    for m in _CLOSING.finditer(text):
        _given_hit(m, hits)
        if m.group("g2") and is_given_name(m.group("g2")) and hits and hits[-1].start == m.start("g"):
            hits.append(Hit(m.start("g2"), m.end("g2"), "PERSON", "cue"))
    for m in _CALLED.finditer(text):
        _given_hit(m, hits)
    for role in _ROLE.finditer(text):
        if (m := _GIVEN_AT.match(text, role.end())) is not None:
            _given_hit(m, hits)
            # A listed surname alone after the role, before a comma, bracket, phone word or the line's end
            # ("Pflegekraft Kühn, Tel. ..."); a noun after a role word is no listed surname.
            if (not hits or hits[-1].start != m.start("g")) and not m.group("s") and is_surname(m.group("g")) \
                    and not _not_word(m.group("g")) and _SURNAME_END.match(text, m.end("g")):
                hits.append(Hit(m.start("g"), m.end("g"), "PERSON", "cue"))
    if "(" in text and ":" in text:
        for m in _COLON_PHONE.finditer(text):
            _given_hit(m, hits)
    if "," in text:
        for m in _CONSENT.finditer(text):
            group = "v" if m.group("v") else "w"
            hits.append(Hit(m.start(group), m.end(group), "PERSON", "cue"))
        for rule in (_PAGE_HEADER, _SUFFIX_COMMA):
            hits.extend(Hit(m.start("v"), m.end("v"), "PERSON", "cue") for m in rule.finditer(text))
    for m in _AFTER_NUMBER.finditer(text):
        a, b = m.group("a"), m.group("b")
        if not (_not_word(a) or _not_word(b)) and (
                (is_given_name(a) and is_surname(b)) or (is_surname(a) and is_given_name(b))):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    for m in _CHILD_GIVEN.finditer(text):
        if is_given_name(m.group("g")) and not _not_word(m.group("g")):
            hits.append(Hit(m.start("g"), m.end("g"), "PERSON", "rule"))
    for m in _NEWBORN.finditer(text):
        if not any(_not_word(p) for p in m.group("v").split("-")):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    if _ANY_SCRIPT.search(text) is not None:
        hits.extend(_script_hits(text))
    return hits


def _script_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _SCRIPT_NAME.finditer(text):
        hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
        words = len(m.group("v").split())
        for near in (_TRANSLITERATION_AFTER.match(text, m.end()),
                     _TRANSLITERATION_BEFORE.search(text, max(0, m.start() - 60), m.start())):
            if near is not None and len(near.group("v").split()) <= words + 1 and (
                    any(is_any_given_name(w) or is_surname(w) for w in near.group("v").split())
                    or len(near.group("v").split()) == words):
                hits.append(Hit(near.start("v"), near.end("v"), "PERSON", "rule"))
    return hits
