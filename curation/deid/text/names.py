"""Person names in report text: titles, labelled fields, signature labels, name lists.

Names after titles ("Dr. med. Hans Schäfer", "Frau Müller"), in labelled fields ("Patient: MÜLLER, Anna"),
after signature and role labels ("gez.", "Befundet von:", "cc:", "daughter") and in lists after them
("gez. M. Zielińska / T. Öz"). Trailing capitalised common nouns are trimmed off (German nouns are
capitalised).
"""

from __future__ import annotations

import re
from functools import lru_cache

from curation.deid.text.care_nouns import is_syndrome_name
from curation.deid.text.common import LO, UP, Gated, Hit, NeedleGate, group_hits, literal_starts, words
from curation.deid.text.given_names import given_names, is_any_given_name, is_given_name
from curation.deid.text.ranks import RANK_WORDS
from curation.deid.text.surnames import is_surname

# "O'Brien", "McAllister", "DeShawn"; a lower-case second part after a hyphen ("Jae-won", "Hyun-woo").
NAME = rf"[{UP}](?:'[{UP}]|[a-z]{{1,2}}[{UP}])?[{LO}]+(?:-[{UP}]?[{LO}]+)?"
# Name particles, lower case ("von der Heide") and capitalised ("Maria Grazia De Luca", "Omar El Amrani"):
# they do not count towards the name words of a NAME_SEQ.
# Welsh "ap" / "ab" (round 14a: "Dr Rhys ap Gwilym", "Dafydd ab Owain"; "ab" only before a vowel-initial name that is
# no month or German noun of time, so "ab Oktober" / "ab Anfang" stay) and "von und zu" ("Clemens von und zu Arco").
_PARTICLE = (r"(?:von[ \t]und[ \t]zu|de[ \t]la|de[ \t]los|de[ \t]las|"
             r"von|van|de|der|zu|den|ter|di|da|das|dos|do|le|del|della|dei|du|bin|bint|binti|ibn|ap|"
             # (Round 14 review: nor a feast, a time of day or a start, "ab Ostern", "ab Abend", "ab Einnahme".)
             r"ab(?=[ \t][AEIOUY](?!pril|ugust|ktober|nfang|nde|ntlassung|ufnahme|intritt|peration|stern|bend|"
             r"lter|rbeit|nkunft|bschluss|bsetzen|inleitung|innahme|rhalt|ntersuchung|instellung|mstellung|ingang|"
             r"ufenthalt|ktuell|nmeldung)[a-z])|"
             r"De|Da|Van|Von|Di|Le|El|Al|Del|Della|Du|Bin|Ó|Ní|Mac|Nic|Giolla)")
# Arabic articles joined by a hyphen: "Ahmed al-Rashidi", "Omar El-Amin".
_JOINED = r"(?:al|el|Al|El|ad|as)-"
_INITIALS = rf"(?:[{UP}]\.(?:-[{UP}]\.)?[ \t]?){{1,2}}"
# A middle initial ("John K. Smith") and a surname shortened to its initial ("Tamara K.", "Jürgen S. berichtet")
# belong to the name; not a letter before a number ("Meier S. 3"), an abbreviation ("Herr Schulz V. a. Fraktur")
# or a vessel, nerve or muscle ("Frau Huber A. carotis").
NAME_SEQ = (rf"(?:{_INITIALS})?(?:{_PARTICLE}[ \t]+)*{NAME}"
            rf"(?:[ \t]+(?:[{UP}]\.[ \t]+)?(?:{_PARTICLE}[ \t]+|{_JOINED})*{NAME}){{0,2}}"
            rf"(?:[ \t][{UP}]\.(?![ \t]?(?:\d|[a-zäöü]{{1,2}}\.)|\w)(?<![AVNMR]\.(?=[ \t][a-z])))?")
TITLE = (r"(?:Prof\.(?:in|ⁱⁿ)?|Professor(?:in)?|Dr\.in|Dr\.ⁱⁿ|Dres\.|Drs\.|Dr\.|Dr(?=[ \t])|PD|Priv\.-Doz\.|"
         # (Round 21a: Austrian gendered "Dr.ⁱⁿ" / "Prof.in" and the English plural "Drs.".)
         r"OA|OÄ|CA|Oberarzt|"
         # Austrian, Swiss and French forms: "Prim. Dr.", "Mag.a", "DGKP", "Sr." (a nursing sister), "Mme", "Dre"
         # (a woman doctor).
         # French "Pr" (professeur) before a capitalised name (round 12: "Pr Delacroix, Dr Moreau").
         rf"Pr\.?(?=[ \t][{UP}])|Sir(?=[ \t][{UP}][{LO}])|"  # "Sir Duncan X" (round 19a)
         # Austrian and German academic and office titles (round 16a): "Prim. X", "Univ.-Prof. X", "Dipl.-Phys. X".
         r"Prim\.(?:a)?|Univ\.-(?:Prof|Doz)\.|[Aa]o\.[ \t]?Univ\.-Prof\.|Dipl\.-[A-Z][a-zäöü]{1,6}\.|Hofrat|"
         r"OMedR\.|MedR\.|DDr\.|pharm\.|techn\.|phil\.|"
         r"Dre(?=[ \t])|Dre\.|Primari(?:us|a)|Mag\.(?:a)?|Dipl\.-Ing\.|Ing\.|DGKP|DGKS|Sr\.|Hrn\.|Mme\.?|Mlle\.?|"
         r"Madame|Monsieur|Dott\.(?:ssa)?|Dr\.ssa|Sig\.(?:ra|na)?|Sig(?:ra|na)\.|Signora|Signor|"
         # Italian titles as letters write them, in lower case too (round 14a): "Egr. dott. X", "Gentile dott.ssa
         # Y", "Caro prof. Z", "Gent.ma sig.ra W", "avv. V"; French "Maître", "Docteur", "Professeur", and
         # "madame" / "monsieur" in lower case after a salutation word ("chère madame X").
         r"(?<![\w.])(?:dott\.(?:[ \t]?ssa)?|dott\.?ssa|dr\.?ssa|prof\.(?:[ \t]?ssa)?|prof\.?ssa|"
         r"sig\.(?:[ \t]?(?:ra|na))?|sig\.?(?:ra|na)\.?|avv\.(?:to)?|Avv\.(?:to)?|Prof\.ssa|Dott\.ssa)(?=[ \t]+[A-Z])|"
         r"Maître|Docteure?|Doctoresse|Professeure?|madame(?=[ \t]+[A-Z])|monsieur(?=[ \t]+[A-Z])|"
         rf"M\.(?=[ \t][{UP}][{LO}]+(?:-[{UP}][{LO}]+)?[ \t](?:[{UP}]|de[ \t]|du[ \t]|von[ \t]))|"
         r"Doz\.|Ass\.-Prof\.|Assoc\.[ \t]Prof\.|"
         r"Oberärztin|Chefarzt|Chefärztin|"
         r"Stationsarzt|Stationsärztin|Dienstarzt|Dienstärztin|Notarzt|Notärztin|Funktionsoberarzt|Funktionsoberärztin|"
         r"Assistenzarzt|Assistenzärztin|Fachärztin|Facharzt|Kollege|Kollegin|Ass\.-(?:Arzt|Ärztin)|Ass\.|Hausarzt|Hausärztin|Herrn?|Frau|Hr\.|Fr\.|"
         r"Mrs\.?|Mr\.?|Ms\.?|Miss|med\.|dent\.|univ\.|habil\.|rer\.\s?nat\.|PhD|MD|"
         # Nursing job titles (round 11): the title stays, the name after it is the person ("Charge Nurse X",
         # "Stationsschwester Y", "Pflegefachfrau Z", "infirmière W").
         r"(?:(?:Charge|Staff|Senior|Student|Specialist|Practice|Ward|Theatre|Scrub|Research|Head|District|"
         r"Community|Clinical|Registered|Advanced|Lead|Triage|Stoma|Radiology|Agency|Bank)[ \t])?Nurse"
         r"(?:[ \t](?:Practitioner|Specialist|Manager|Consultant|Navigator|Coordinator|in[ \t]Charge))?|Matron|"
         r"(?:Stations|Kranken|Ober|Kinderkranken|OP-)schwester|Pflegefach(?:frau|mann|kraft)|Pflegeexpert(?:e|in)|"
         r"Stationsleit(?:ung|er|erin)|Pflegeleit(?:ung|er|erin)|(?:Gesundheits-[ \t]und[ \t])?Krankenpfleger(?:in)?|"
         r"Pflegehelfer(?:in)?|Fachkrankenpfleger(?:in)?|[Ii]nfirmi(?:er|ère)|[Ii]nfermier[ae]|Caposala)")

# Capitalized words that follow a name but are not part of it (German nouns are capitalized).
NOT_NAME_WORDS = words("""
befund befunde beurteilung technik untersuchung fragestellung indikation anamnese klinik zusammenfassung
impression findings technique indication history conclusion comparison vergleich voruntersuchung
aufnahme aufnahmen serie bild ct mrt mr röntgen sonographie thorax abdomen schädel kopf becken
patient patientin the and with der die das und mit bei zur zum nach vom am im mit ohne
morbus zustand verdacht kontrolle station information informationen angaben daten data name
beschwerden aufklärung lagerung position vorbereitung transport consent preparation positioning history
sheet sekretariat innere medizin chirurgie neurologie notaufnahme radiologie ambulanz telefon tel fax
ihr ihre your team radiologie-team praxisteam
jahrgang geburtsjahr jg baujahr
oberarzt oberärztin chefarzt chefärztin facharzt fachärztin consultant radiologist md phd
hausarzt hausärztin stationsarzt stationsärztin onkologie kardiologie urologie attending resident rn np
mrn dob geb sex fin ass
geboren born dr drs dres dottori prof no nr kopie befundkopie assistenz betreuer betreuerin ehefrau ehemann tochter sohn
partner partnerin säugling infant visit kollegen colleagues
enkel enkelin nichte neffe schwiegersohn schwiegertochter schwiegermutter schwiegervater schwager schwägerin
niece nephew grandson granddaughter
location loc sex geschl geschlecht room exam dept ward unit
mandarin cantonese spanish arabic turkish russian polish portuguese french italian farsi urdu hindi
türkisch arabisch russisch polnisch spanisch französisch italienisch englisch deutsch persisch kurdisch
surgery cardiac vascular interventional thoracic orthopedics orthopaedics oncology hematology haematology
pathology gastroenterology pulmonology nephrology dermatology pediatrics paediatrics service services
signed electronically chair unterschrieben elektronisch reader reviewer requested mo mi do sa so kollege kollegin
primarius primaria prim docteur dottore dottoressa transcribed demographics header letter conference trauma
selbstzuweiser zuweiser teaching unbekannt männlich weiblich alias
frcr frcs frcp mrcp mrcs mbbs mbchb franzcr frcpc facr pa-c aprn dnp crna mph dre pr
age alter vorname nachname chi hosp svnr e-card née nee called hi hello son daughter wife husband
somali tigrinya amharic dari pashto albanian serbian croatian bosnian romanian bulgarian greek tamil bengali
punjabi swahili vietnamese ukrainian albanisch serbisch kroatisch bosnisch rumänisch griechisch ukrainisch
specialist practitioner coordinator navigator
nurse matron stationsschwester krankenschwester oberschwester pflegefachfrau pflegefachmann pflegefachkraft
pflegeexperte pflegeexpertin stationsleitung pflegeleitung krankenpfleger krankenpflegerin pflegehelfer
pflegehelferin fachkrankenpfleger fachkrankenpflegerin infirmière infirmier infermiera infermiere caposala
non aucun aucune inconnu inconnue nessuno nessuna ignoto sconosciuto keine keiner none
punkt komma strich doppelpunkt semikolon schreibweise absatz period comma colon semicolon
""") | RANK_WORDS | frozenset(f"{adj}{end}" for adj in ("freundlich", "best", "lieb", "herzlich", "kollegial", "sonnig")
                 for end in ("e", "en", "em", "er")) | frozenset(
    # Letter closings in every spelling (round 14a): German "Grüße" / Swiss "Grüsse", "Gruss", "Grüessli",
    # dialect adjectives ("Liebi Grüess"): a closing word is never a name word ("Mit Grüssen, Anna Keller").
    f"{stem}{sz}{end}" for stem in ("grü", "grue", "gru") for sz in ("ß", "ss")
    for end in ("", "e", "en", "li", "i")) | words("""fründlichi liebi herzlichi grüezi grüess grüessli gruess
    regards salutations saluti""")
# (Round 20a: the spoken punctuation of an uncorrected dictation, "Frau Meier Strich Schreibweise Mayr Komma".)
# Salutations and relation words that may lead a captured name ("Patientin Frau Renate Hahn", "Tochter Frau
# X"): dropped from its start, with NOT_NAME_WORDS.
# (Round 20a: the spoken titles of an uncorrected dictation, "dictated by doctor Fairbrother".)
_LEADING_NOT_NAME = words("frau herr herrn mrs mr ms miss madame monsieur mme mlle maître signora signor doctor doktor")

# Signatures and role labels: "gez. Schäfer", "Befundet von: Dr. Meier", "Signed: John Smith". The label
# is searched in the lower-cased text without the IGNORECASE flag (a plain alternation lets `re` skip
# ahead on its first letters: ~5x faster than (?i:...)), then the name is matched after it.
SIGNATURE_LABEL = literal_starts(re.compile(
    r"gez\.|gezeichnet|signed(?:\sby)?|befundet\s(?:von|durch)|diktiert\svon|dictated\sby|"
    r"reported\sby|unterschrift|referring(?:\sphysician)?|überweiser(?:in)?|zuweiser(?:in)?|"
    r"zuweisende[rn]?\s(?:arzt|ärztin)|befundende[rn]?\s(?:arzt|ärztin)|radiologe|radiologin|"
    r"radiologist|verfasst\svon|freigegeben\svon|validiert\svon|vidiert(?:\s(?:von|durch))?|"
    r"gegengelesen\s(?:von|durch)|geschrieben\svon|i\.\s?a\.|i\.\s?v\.|transcribed\sby|"
    r"read\sby|verified\sby|approved\sby|attending|resident|requested\sby|ordering\s(?:provider|physician)|"
    r"befunder(?:in)?|validiert|diktiert|nachrichtlich|kopie\san|interpreter|dolmetscher(?:in)?|"
    r"communicated\sto|discussed\swith|rufname|preferred\sname|genannt|tochter|sohn|ehemann|ehefrau|"
    r"bruder|schwester|daughter|wife|husband|brother|sister|mother|father|mutter|vater|cc(?:'d|’d)?(?:\sto)?|"
    r"cop(?:y|ies|ied)\sto"))
# Staff roles and more relatives ("MTRA Zeller", "Dienstarzt: A. Petrović", "Partnerin (Jana Ulm)"): a second
# alternation run only when one of its words occurs (see text_common.Gated), since a longer first one costs
# every report more.
ROLE_LABEL = Gated(literal_starts(re.compile(
    r"sonographer|son|partner(?:in)?|nichte|neffe|enkel(?:in)?|niece|nephew|betreuer(?:in)?|guardian|mtra|mta|"
    r"rta|mfa|dienstarzt|dienstärztin|nachtdienst|hintergrunddienst|assistenz|technologist|radiographer|fellow|"
    r"ordered\sby|final\sreport|tech(?=:)|säugling|infant|untersucher(?:in)?|operateur(?:in)?|durchgeführt\svon|"
    r"performed\sby|erstellt\svon|pfleger(?:in)?|co-?signed(?:\sby)?|supervised\sby|c/o|"
    # Who sent or should receive the report: "z. Hd.", "Einsender:", "Attn:", "PCP:", "Referred by".
    r"z\.\s?hd\.?|zu\shänden|einsender(?:in)?|auftraggeber(?:in)?|(?:überwiesen|zugewiesen)\s(?:von|durch)|attn\.?|"
    r"pcp|gp(?=:)|referred\sby|provider|reading(?:\sradiologist)?(?=[ \t]*:)|"
    # Who runs the practice or company: "Geschäftsführer: X", "Ärztlicher Leiter X", "Inhaberin X".
    r"geschäftsführer(?:in)?|inhaber(?:in)?|ärztliche[rn]?\sleiter(?:in)?|leiter(?:in)?|vertragsarzt|vertragsärztin|"
    r"teilnehmer(?:innen)?|anwesend|attendees|present(?:[ \t]at[ \t][\w-]+)?(?=[ \t]*:)")),
    (" son ", "\nson ", " son:", "\nson:", "son (", "sonographer", "partner", "nichte", "neffe", "enkel", "niece",
     "nephew", "betreuer",
     "guardian", "mtra", "mta", "rta", "mfa", "dienst", "assistenz", "technologist", "radiographer", "fellow",
     "ordered", "final", "tech:", "säugling", "infant", "untersucher", "operateur", "durchgeführt", "performed",
     "erstellt", "pfleger", "signed", "supervised", "c/o", "hd", "händen", "einsender", "auftraggeber",
     "wiesen", "attn", "pcp", "gp:", "referred", "provider", "reading", "geschäftsführer", "inhaber", "leiter",
     "vertragsarzt", "vertragsärztin", "teilnehmer", "anwesend", "attendees", "present"))
# Label words that also end other words ("Gebärmutter Myom", "accession"): taken only at a word start.
_WORD_START_LABELS = frozenset({"cc", "sohn", "mutter", "vater", "mother", "father", "brother", "sister", "wife",
                                "husband", "tochter", "bruder", "schwester", "daughter", "ehemann", "ehefrau",
                                "son", "partner", "partnerin", "nichte", "neffe", "enkel", "enkelin", "niece",
                                "nephew", "mtra", "mta", "rta", "mfa", "fellow", "referring", "tech",
                                "säugling", "infant", "pfleger", "pflegerin", "pcp", "provider", "einsender",
                                "leiter", "leiterin", "inhaber", "inhaberin", "present", "anwesend"})
# "i.V." and "i.A." sign for someone; "i.v." and "i.a." (intravenous, intra-arterial) do not.
_CASED_LABELS = frozenset({"i.v.", "i. v.", "i.a.", "i. a."})
SIGNATURE_NAME = re.compile(rf"[ \t]*[:(]?[ \t]*[\"„“]?(?:{TITLE}[ \t]?)*[ \t]*(?P<v>{NAME_SEQ})")
# After a labelled name, more names of the same list: "gez. M. Zielińska / T. Öz", "cc: Dr. A; B C, RN".
NAME_LIST_NEXT = re.compile(rf",?[ \t]*(?:MD|RN|NP|PhD|M\.D\.)?[ \t]*(?:[/;&]|[ \t](?:und|and)[ \t])[ \t]*"
                            rf"(?P<t>(?:{TITLE}[ \t]?)*)[ \t]*(?P<v>{NAME_SEQ})"
                            rf"(?![\w'-]|[ \t]*:|[ \t]+[{UP}][{LO}]+[ \t]*:)")
# The next item of a list of people after a bracketed department or a short role: "Prof. A (Onkologie), Dr. B
# (Radiologie), C D (Strahlentherapie)", "cc: A B (GP); C D, Urology SpR", and the next bullet line ("- Dr. A,
# Hausärztin\n- B C, Urologie"). Taken when it has a title, or two name words and a listed given name first.
LIST_ITEM_NEXT = re.compile(rf"(?:[^\n]{{0,40}}\n[ \t]*[-•*–·][ \t]*|(?:[ \t]*\([^()\n]{{1,40}}\))?"
                            rf"(?:[ \t]*(?:[,;]|[ \t](?:und|and)[ \t])))[ \t]*"
                            rf"(?P<t>(?:{TITLE}[ \t]?)*)[ \t]*(?P<v>{NAME_SEQ})(?![\w'-]|[ \t]*:)")
# A nickname in brackets right after a name: "Mr. Smirnov (Dima)".
NICKNAME_AFTER = re.compile(rf"[ \t]*\([ \t]*[\"„“]?(?P<v>{NAME})[\"“]?[ \t]*\)")
# Labelled name fields whose value is typed in any case: "PATIENT: WIŚNIEWSKI, TOMASZ", "Name: ferrari,
# lucia", "Diktiert: pham / geschrieben: kr". Only ALL CAPS, "surname, given name" or dictation marks.
_ANY = r"[^\W\d_]"
FIELD_ANY_CASE_LABEL = literal_starts(re.compile(
    r"(?P<f>patient(?:in)?(?:\sname)?|pat\.|pt|name|ordering|befunder(?:in)?|validiert|diktiert|geschrieben|"
    r"betrifft|betreff|re|subject|"
    r"transcribed\sby|dictated\sby|typed\sby|schreibkraft)[ \t]*:"))
FIELD_ANY_CASE = re.compile(
    rf"[ \t]*(?P<v>{_ANY}'?{_ANY}+(?:[-'][ \t]?{_ANY}+|[ \t]{_ANY}+)*(?:,[ \t]?{_ANY}+(?:[-' ]{_ANY}+)*)?)")
_SUBJECT_FIELDS = frozenset({"betrifft", "betreff", "re", "subject"})
_TYPIST_INITIALS = re.compile(rf"[{UP}]{{2,4}}(?=[ \t]+[a-zäöüàéèì])")
_DICTATION_FIELDS = frozenset({"diktiert", "geschrieben", "transcribed by", "dictated by", "typed by", "schreibkraft"})

# What a dictation or sign-off label may hold that is no one (review of rounds 17a/17b): a status, a system, a
# grade ("Geschrieben: ja", "Schreibkraft: extern", "Transcribed by Dragon", "Reported by SpR", "Dictated by: FY2").
_DICTATION_STATUS = words("""
ja nein yes no extern intern ausstehend offen erfolgt pending done none vr sr asr speech voice dragon
spracherkennung automatisch automatic system spr fy1 fy2 ct1 ct2 st1 st2 st3 st4 st5 st6 st7 sho ho reg registrar
consultant resident fellow oa ass assistenzarzt oberarzt facharzt
will not booked requested declined present required attended angefordert bestellt abgelehnt anwesend family sign
romani ewe twi kurdish
""")  # (mend of 24b: an interpreter's status or language, "Interpreter: Booked / Present / Sign / Kurdish")
# The status words, for the interpreter reader too (service_names).
STATUS_WORDS = _DICTATION_STATUS


_WORD_AT = re.compile(r"[\w-]+")


def _status_or_cut(text: str, start: int, end: int) -> bool:
    """The value is a dictation status, system or grade, or a name cut inside a word ("Sp" of "SpR")."""
    word = _WORD_AT.match(text, start)
    return (end < len(text) and text[end].isalnum()) or (
        word is not None and word.group().lower() in _DICTATION_STATUS)


PERSON_PATTERNS = tuple(map(literal_starts, (
    # Titles and salutations before a name: "Dr. med. Hans Schäfer", "Frau Müller", "Mr. J. Smith".
    # (A title written without a dot ends the word: "MDT. Agree" is no title "MD" before "T. Agree".)
    re.compile(rf"(?<![\w.])(?:{TITLE}(?:(?<=\.)|(?!\w))[ \t]?)+[ \t]*(?P<v>{NAME_SEQ})"),
    # Labelled patient fields: "Patient: Müller, Anna", "Name: Anna Müller".
    re.compile(rf"(?:Patient(?:in|e)?|Paziente|Pat\.|(?<![\w.])P[Tt]|(?<![a-z])Name|Patient name|Nachname|Vorname|"
               rf"(?<![\w.])Nom|Cognome|Prénom|"
               # Name-part fields (round 16a): "Surname: Ní Bhriain", "First names: Rhiannon Eluned".
               rf"Surname|Family[ \t]name|Last[ \t]name|First[ \t]names?|Forenames?|Given[ \t]names?|"
               rf"Christian[ \t]names?|"
               rf"Vornamen|Prénoms|Nome)[ \t]*:[ \t]*"
               rf"(?:{TITLE}[ \t]?)*[ \t]*(?P<v>{NAME}"
               # (A next field's label is no name word: "First names: Cerys Angharad  Surname: X", round 16a.)
               rf"(?:,[ \t]?{NAME})?(?:[ \t]{{1,2}}{NAME}(?!\w|[ \t]*:)){{0,2}})"),
    # "Patient Heinz Müller", "Pat. K. Vogl": a name right after the word (checked in rule_hits: no
    # common noun inside, since "Patient Information" is no name).
    re.compile(rf"(?<![\w.])(?:Patient(?:in)?|Pat\.|Pt\.?|(?:Patiente|Paziente)(?=[ \t]+[{UP}]))[ \t]+"
               rf"(?P<v>{NAME_SEQ})"),
    # A name in a dash or pipe header after a date: "MRT Kopf 03.06.2024 – Jae-won Park (KH-0029917)".
    re.compile(rf"\d[^\n]*?[–—|][ \t]+(?P<v>{NAME}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{NAME}){{1,3}})[ \t]*[,(]"),
    # A name in brackets before an identifier: "(Ignatius Fairweather, MRN 55012873)".
    re.compile(rf"\([ \t]*(?P<v>{NAME}(?:[ \t]+{NAME}){{1,2}}),[ \t]*(?:MRN|DOB|PID|geb\.|Pat-Nr)"),
    # Maiden names: "Maria Bauer geb. Steiner", "née Smith" ("geb. am 03.12.1956" is a date, no name).
    re.compile(rf"(?<![\w.])(?:geb\.|geborene|née|nee)[ \t]+(?P<v>{NAME}(?:-{NAME})?)"),
    # A worklist row opening with a clock time, then "Surname, Given" (round 11): "11:20 Osei, Abena   US pelvis",
    # "09:15 Hofstetter, Vreni MRT Knie" (a field gap, a bracket or a capitals word after the name).
    re.compile(rf"(?m)^[ \t]*\d{{1,2}}[:.]\d\d(?:[ \t]?(?:Uhr|h))?[ \t]+(?P<v>{NAME}(?:-{NAME})?,[ \t]?{NAME}"
               rf"(?:[ \t]{NAME})?)(?=[ \t]{{2,}}|\t|[ \t]*[|;(]|[ \t]+[A-ZÄÖÜ]{{2,}}\b|[ \t]*$)"),
    # Lower-case dictation: "per dr. jaworski", "dr. med. müller".
    re.compile(rf"(?<![\w.])(?:dr|prof)\.?[ \t]+(?:(?:med|dent|phil|rer\.[ \t]?nat)\.[ \t]*)?"
               rf"(?P<v>[a-zß-öø-ÿ][{LO}]{{2,}}(?:-[a-zß-öø-ÿ][{LO}]+)?)"),
)))

# Signature blocks: after a closing formula every short line that is only a name (1-4 capitalised or
# ALL-CAPS words, initials and particles, maybe a title before and a degree after) names a person, also
# the second and third signer below role lines ("Oberarzt", "Fachärztin für Radiologie"). Searched in
# the lower-cased text (see SIGNATURE_LABEL); at most _BLOCK_LINES non-empty lines; the block ends at a line
# longer than _BLOCK_WIDTH characters or with a lower-case word of 5+ letters (report text again).
CLOSING_FORMULA = literal_starts(re.compile(
    r"mit\s(?:(?:den\s)?(?:freundlichen|besten|kollegialen|lieben|herzlichen)\s)?(?:kollegialen\s)?gr(?:ü|ue)(?:ß|ss)en|"
    r"mit\s(?:freundlichem|bestem|kollegialem|liebem|herzlichem)\sgru(?:ß|ss)|mfg\b|"
    r"(?:liebe|viele)\sgr(?:ü|ue)(?:ß|ss)e|kind\sregards|best\sregards|"
    r"regards,|sincerely|gez\.|im\sauftrag|freundliche\sgr(?:ü|ue)(?:ß|ss)e|beste\sgr(?:ü|ue)(?:ß|ss)e|"
    r"herzliche\sgr(?:ü|ue)(?:ß|ss)e|(?:liebi|fründlichi|herzlichi|vieli)\sgrüess(?:li)?|yours\sfaithfully|best\swishes|cordiali\ssaluti|meilleures\ssalutations"))
_BLOCK_LINES = 6
_AFTER_FORMULA = re.compile(r"[ \t]*(?:[,;–—-](?=[ \t]*[^\s]))?")
_BLOCK_WIDTH = 60
# A lower-case word of five letters or more: a sentence of the report, not a name or role line.
_PROSE_WORD = re.compile(r"(?<![\w-])[a-zß-öø-ÿ]{5,}(?![\w-])")
# An abbreviated given name too ("Chr. Pfeifenberger", "J.-Cl. Bugnon"; round 14a): a line of a signature block.
_NAME_WORD = (rf"(?:[{UP}][{LO}]{{1,4}}\.(?:-[{UP}][{LO}]{{0,4}}\.)?(?=[ \t])|{NAME}|[{UP}]{{2,}}(?:-[{UP}]{{2,}})?|"
              rf"{_PARTICLE}|[{UP}]\.(?:-[{UP}][{LO}]{{0,4}}\.)?)")
NAME_LINE = re.compile(rf"[ \t]*(?:{TITLE}[ \t]?)*[ \t]*(?P<v>{_NAME_WORD}(?:[ \t]{{1,2}}{_NAME_WORD}){{0,3}})"
                       rf"(?:[ \t]*,[ \t]*(?:MD|M\.D\.|PhD|RN|NP|DO|MBBS|FRCR|FRCP|MRCP))*[ \t]*,?")
# Words that make a short capitalised line a role, department or place, not a name.
_ROLE_ENDINGS = ("arzt", "ärztin", "logie", "loge", "login", "logy", "logist", "medizin", "medicine", "klinik",
                 "klinikum", "zentrum", "center", "centre", "abteilung", "institut", "praxis", "team", "direktor",
                 "direktorin", "director", "registrar", "fellow", "spital", "hospital", "krankenhaus", "gmbh",
                 "sekretariat", "assistent", "assistentin", "professor", "professorin", "pädie", "therapie", "therapy",
                 # French and Italian facility words (round 14a: "dott. Omar Al-Rashid della Clinica X" ends the name
                 # before "della Clinica")
                 "clinica", "clinique", "ospedale", "hôpital", "hopital", "istituto", "policlinico",
                 "chirurgie", "pflege", "ambulanz", "station", "iatrie", "iatry", "konferenz", "board", "besprechung")
# Exam names, German compounds included ("Kontroll-Sonographie", "Thorax-CT", "Knie-MRT"): no name word (round 11).
_EXAM_ENDINGS = ("graphie", "graphy", "skopie", "scopy", "-ct", "-mrt", "-mr", "-pet", "röntgen", "aufnahme",
                 "aufnahmen", "szintigramm", "sonogramm", "tomographie")
# Adjectives of departments ("Onkologische", "Radiologisches"): long words only, so "Fischer" stays a name.
_ADJECTIVE_ENDINGS = ("ische", "ischer", "isches", "ischen")

# A name with a degree after it is a person wherever it stands: "Michael Brennan, MD —", "Susan Kim, NP".
# The degree is searched first, then the name in the 60 characters before it on the same line.
# UK sign-offs write the degrees without commas (round 14a): "Rhys ap Gwilym MB BCh FRCR", "A. Okafor BSc MRCP".
DEGREE = Gated(re.compile(r"(?:,[ \t]?(?:MD|M\.D\.|DO|NP|RN|PA-C|PhD|MBBS|FRCR|FRCPC|FRANZCR|FRCS|MRCP|MRCS|APRN|DNP|"
                          r"CRNA|MTRA|MTR|RT\(R\)|ARRT|RDMS)|[ \t](?:MD|M\.D\.)|"
                          r"[ \t](?:MB[ \t]?ChB|MB[ \t]?BCh|BM[ \t]?BCh|MB[ \t]?BS|MBBS|BMBS|FRCR|FRCS|MRCP)"
                          r"(?=(?:[ \t]+(?:\([A-Za-z]+\)|[A-Z][A-Za-z]{1,5}))*[ \t]*(?:,|\n|$)))(?![\w])"),
               (" MD", ",MD", "M.D.", ", DO ", ", DO\n", ", DO,", ",NP", ", NP", ",RN", ", RN", "PA-C", "PhD", "MBBS",
                "MB", "BM", "BCh",
                "FRC", "FRANZCR", "MRC", "APRN", "DNP", "CRNA", "MTR", "RT(R)", "ARRT", "RDMS"))
NAME_BEFORE_DEGREE = re.compile(rf"(?<![\w.])(?P<v>{NAME_SEQ})\Z")
# Given names shortened with a full stop after a title (round 14a): "Dr. Chr. Pfeifenberger", "Prof. Dr. Wolfg. X",
# "Dr Jas. McCrindle", "Dr Thos. Pengelly", "le Dr J.-Cl. Bugnon": one or two abbreviations of up to five letters
# (hyphenated ones too), then the surname. The abbreviation's letters must occur in order in a listed given name of
# the same initial ("Jas": James, "Wm": William) and it is no abbreviation of a title or a common word.
_ABBR = rf"[{UP}][{LO}]{{0,4}}\."
ABBREVIATED_GIVEN = re.compile(rf"(?P<v>{_ABBR}(?:-{_ABBR})?[ \t]?(?:{_ABBR}(?:-{_ABBR})?[ \t]?)?"
                               rf"(?:{_PARTICLE}[ \t]+)*{NAME}(?:-{NAME})?)(?![\w'-])")
# (Searched in the 40 characters before the abbreviation and its first letter: a title's look-ahead sees it.)
TITLE_BEFORE = re.compile(rf"(?:{TITLE})(?:(?<=\.)|(?!\w))[ \t]*(?=\S\Z)")
_ABBR_UNIT = re.compile(rf"[{UP}][{LO}]+(?=\.)")
_NOT_ABBREVIATIONS = words("""nr tel str abt st dr prof med hr fr sr jr pat ref vgl bzw ca ass doz mag ing dipl univ
priv mme mlle mr mrs ms sig dott pr dre hrn prim abs kap bd jg geb tab abb fig no vs etc ct mrt rö sono dept div""")


@lru_cache(maxsize=4096)
def _abbreviates_given(abbr: str) -> bool:
    """`abbr` ("Chr", "Jas", "Wm") is the first letter and some later letters, in order, of a listed given name."""
    if abbr.lower() in _NOT_ABBREVIATIONS:
        return False
    rest = abbr[1:].lower()
    for name in _given_by_initial().get(abbr[0].lower(), ()):
        if len(name) > len(abbr):
            it = iter(name[1:])
            if all(c in it for c in rest):
                return True
    return False


@lru_cache(maxsize=1)
def _given_by_initial() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name in given_names():
        out.setdefault(name[:1], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def abbreviated_given_hits(text: str) -> list[Hit]:
    """PERSON hits of an abbreviated given name and a surname right after a title (ABBREVIATED_GIVEN)."""
    hits = []
    pos = 0
    while (m := ABBREVIATED_GIVEN.search(text, pos)) is not None:
        pos = m.end()
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".-_'"):
            pos = m.start() + 1  # inside a word ("McD."): the next capital
            continue
        units = _ABBR_UNIT.findall(text, m.start("v"), m.end("v"))
        if units and units[0].lower() in _NOT_ABBREVIATIONS:  # a title read as the first unit ("Dr. Chr. X")
            pos = text.index(".", m.start()) + 1
            continue
        if not units or not TITLE_BEFORE.search(text[max(0, m.start() - 40):m.start() + 1]):
            continue
        if not all(_abbreviates_given(u) for u in units):
            continue
        trimmed = trim_person(text, m.start("v"), m.end("v"))
        if trimmed and trimmed[0] == m.start("v") and "." not in text[trimmed[1] - 1:trimmed[1]]:
            hits.append(Hit(trimmed[0], trimmed[1], "PERSON", "cue"))
    return hits


# Labels naming the patient as a beneficiary, member, resident or insured person (round 14a: military, insurance,
# care-home forms) in English, German, French and Italian, then a full name of two words or more (a middle initial
# and particles allowed) or "Surname, Given": "Beneficiary: Raymond T. Kealoha", "Bewohnerin: Hedwig M. Zangerl",
# "Assuré: Marcel J. Tschanz", "Assicurato: Ettore G. Quadranti".
BENEFICIARY_LABEL = Gated(literal_starts(re.compile(
    r"(?<![\w.])(?:[Bb]eneficiary|[Mm]ember(?:[ \t]name)?|[Rr]esident(?:[ \t]name)?|[Ii]nsured(?:[ \t](?:person|party|"
    r"name|member))?|[Ss]ubscriber|[Pp]olicy[ \t]?holder|[Ee]nrollee|[Ss]ponsor(?:[ \t]name)?|[Ss]ervice[ \t]member|"
    r"Versicherte(?:/r|r|\(r\))?|Versicherungsnehmer(?:in)?|Mitglied|(?:Heim)?[Bb]ewohner(?:in)?|"
    r"Leistungsempfänger(?:in)?|Anspruchsberechtigte[r]?|Beihilfeberechtigte[r]?|"
    r"Assurée?|Assuré\(e\)|Bénéficiaire|Résidente?|Membre|Affiliée?|Pensionnaire|"
    r"Assicurat[oa]|Beneficiari[oa]|Assistit[oa]|Ospite|Residente|Iscritt[oa]|"
    # the label as a phrase: "Name of insured:", "Insured's name:", "Nom de l'assuré:", "Nome dell'assistito:"
    r"[Nn]ame[ \t]of[ \t](?:the[ \t])?(?:insured|beneficiary|member|resident|sponsor)|[Ii]nsured['’]s[ \t]name|"
    r"[Nn]om[ \t]de[ \t]l['’](?:assurée?|bénéficiaire|résidente?)|[Nn]ome[ \t]dell['’](?:assistit[oa]|assicurat[oa])|"
    r"Name[ \t]de[rs][ \t](?:Versicherten|Bewohnerin|Bewohners))[ \t]*:[ \t]*")),
    ("beneficiar", "member", "resident", "insured", "subscriber", "holder", "enrollee", "sponsor", "versicher",
     "mitglied", "bewohner", "leistungsempf", "berechtigte", "assur", "bénéficiaire", "résident", "membre",
     "affili", "pensionnaire", "assicurat", "assistit", "ospite", "iscritt", "name of", "s name", "nom de l",
     "nome dell", "name des", "name der"), lower=True)
_LABELLED_FULL_NAME = re.compile(rf"(?:{TITLE}[ \t]?)*[ \t]*(?P<v>{NAME}(?:,[ \t]?{NAME}(?:[ \t][{UP}]\.)?|"
                                 rf"(?:[ \t](?:[{UP}]\.[ \t])?(?:{_PARTICLE}[ \t]|{_JOINED})*{NAME}){{1,2}}))")


# Words of an organisation after such a label ("Member: American College of Radiology", "Mitglied: Ärzteverein X").
# (Round 14 review: a company, "Sponsor: Novartis Pharma".)
_ORG_ENDS = tuple(words("""pharma pharmaceuticals gmbh llc laboratories biotech therapeutics
college society association group plan fund trust insurance health care services federation
union board academy council kasse versicherung verein verband gesellschaft kammer assurance caisse mutuelle société
ordre fédération cassa società associazione ordine federazione"""))


def beneficiary_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits of a full name after a beneficiary / member / resident / insured label (BENEFICIARY_LABEL)."""
    hits = []
    for label in BENEFICIARY_LABEL.finditer(text, lowered):
        m = _LABELLED_FULL_NAME.match(text, label.end())
        if m is None or any(t.group().lower() in NOT_NAME_WORDS or t.group().lower().endswith(_ORG_ENDS)
                            or is_role_word(t.group().lower()) for t in _TOKEN.finditer(text, *m.span("v"))):
            continue
        trimmed = trim_person(text, m.start("v"), m.end("v"))
        if trimmed and len(text[trimmed[0]:trimmed[1]].split()) >= 2:
            hits.append(Hit(trimmed[0], trimmed[1], "PERSON", "cue"))
    return hits


# Typist and dictation initials at the end of a dictation footer line: "geschrieben 14:20 (ks)",
# "13:01 | gk", "transcribed by mp / 03/11/2024". Only on lines that name the dictation.
# Round 14a: the typing words of German and French secretariats too ("Schreibdienst: kw", "Dact. nb", "Frappe: cl",
# "Typist: ab"); a full stop after an abbreviated typing word separates like a colon ("Dact. nb").
DICTATION_WORD = Gated(literal_starts(re.compile(r"diktiert|diktat|geschrieben|dictated|transcri|typed|typist|"
                                                 r"schreibkraft|schreibdienst|schreibbüro|transkription|"
                                                 r"dactylographi|dact\.|frappe|tapé|saisie")),
                       ("diktiert", "diktat", "geschrieben", "dictated", "transcri", "typed", "typist",
                        "schreibkraft", "schreibdienst", "schreibbüro", "transkription", "dactylographi", "dact.",
                        "frappe", "tapé", "saisie"))
DICTATION_INITIALS = re.compile(r"(?:[/|;(:]|\bby|(?<=\bdact)\.)[ \t]*(?P<v>[A-Za-zÄÖÜäöü]{2,3})[ \t]*\)?[ \t]*"
                                r"(?=[/|;]|$)", re.IGNORECASE)
# A letter's reference line at a report's end, on a line of its own: the author's initials in capitals, a slash,
# the typist's in lower case ("QM/sd", "HM / kl", "PV/rh/ab"; round 14a). Not a unit ("MG/dl" has no capitals
# pair before a unit word here: the lower part is no unit).
# (Searched from its slash, a literal `re` finds fast; the author's capitals opening the line are read in code.)
REFERENCE_LINE = re.compile(r"/[ \t]?(?P<b>[a-zäöü]{2,3})(?:[ \t]?/[ \t]?(?P<c>[a-zäöü]{2,3}))?[ \t]*(?=\n|\Z)")
_REFERENCE_AUTHOR = re.compile(r"[ \t]*(?P<a>[A-ZÄÖÜ]{2,3})[ \t]?")
_UNITS = words("ml dl mg kg mm cm min sec std mol kpa hpf gy sv ms bpm mmol")
# A form's answer after a slash is no typist ("KM/ja", "Allergie/nein"; round 14 review).
_ANSWERS = words("ja nein yes no neg pos oui non si nil")
_NO_TYPISTS = _UNITS | _ANSWERS  # (built once, not per reference line)
DICTATION_END_INITIALS = re.compile(r"(?<=[ \t])(?P<v>[a-zäöü]{2,3})[ \t]*$")
NEXT_LINE_INITIALS = re.compile(r"\n[ \t]*(?P<v>[a-zäöü]{2,3})[ \t]*(?=\n|$)")
_OPEN_END = re.compile(r"(?:[:]|\b(?:by|von|par|durch))[ \t]*$", re.IGNORECASE)
# Short words that end a dictation line in prose ("dictated but not read", "... am", "lu et approuvé par"), no initials.
_SHORT_WORDS = words("""the and but not for yet was has had are off out via per von vom der die das den dem des und mit
bei zum zur aus bis auf ist war hat nur noch par pour les des une sur est pas qui que le la de du et en au il lo gli
una con non del dal di da read seen done ok me him her us you moi mir sie ich wir lui mi ci ed er or icu itu opd
do pa dds""")
# A login name closing a dictation line: "Transcribed by kmartinez", "geschrieben: mhuber".
DICTATION_LOGIN = re.compile(r"(?:\bby|\bvon|:)[ \t]*(?P<v>[a-zäöü][a-zäöü._-]{3,19})[ \t]*(?=$|\n)")
_NOT_INITIALS = words("am um by von uhr md rn np und and the at on in im vom der die das dr pd fa oa ca mit")

# "Dres. med. Ott, Haller und Frick": every name of the list after the plural title. (Fix round 22: without the
# full stop, "Drs Ott and Frick"; French "les Drs Ott et Frick"; Italian "i dott. Ott e Frick", "i dottori Ott,
# Frick e Haller"; an Oxford comma, "Drs. Ott, Frick, and Haller". A department word ends the list: "Dres. Ott und
# Frick, Unfallchirurgie".)
_PLURAL_TITLE = (
    r"(?<![\w-])(?:(?:Dres|Drs|DRS|Proff)\.?(?:[ \t]?(?:med\.|univ\.|dent\.))*|(?<=\b[Ii][ \t])dott\.|"
    r"[Dd]ottori|[Dd]ott\.ri)"
)
_LIST_JOIN = r"(?:[ \t]*,[ \t]*(?:(?:and|und|et|e)[ \t]+)?|[ \t]+(?:und|and|et|e|u\.)[ \t]+|[ \t]*[&/][ \t]*)"
DOCTORS_LIST = literal_starts(re.compile(rf"{_PLURAL_TITLE}[ \t]*(?P<v>{NAME}(?:{_LIST_JOIN}{NAME})+)"))
_NAME_WORD_RE = re.compile(NAME)
_DOTTED_PLURAL = re.compile(r"(?:Dres|Drs|DRS|Proff)\.")
DOCTORS_LIST_GATE = NeedleGate(("Dres", "Drs", "DRS", "Proff", "dott.", "ottori", "ott.ri"))
_PATIENT_WORD = PERSON_PATTERNS[2]
# The dash or pipe header name (PERSON_PATTERNS[3]) needs one of these characters in the text.
_DASH_HEADER = PERSON_PATTERNS[3]
_HEADER_MARKS = ("–", "—", "|")
# A title, salutation or patient field before a name is a person cue: it beats the eponym keep-list
# ("Mrs. Addison", "Patient: Paget, Erika"; see scrub.py).
_CUE_PATTERNS = (PERSON_PATTERNS[0], PERSON_PATTERNS[1])
_TOKEN = re.compile(rf"[{UP}{LO}\w'-]+")



_PARTICLE_WORD = re.compile(_PARTICLE)


def is_particle(word: str) -> bool:
    """Whether `word` (any case) is a surname's particle ("de", "von", "van", "di")."""
    return _PARTICLE_WORD.fullmatch(word.lower()) is not None
_ARTICLES = frozenset({"der", "den", "des", "dem"})
_ARTICLE_PARTICLES = frozenset({"von", "van", "zu", "vom", "zum", "zur", "ter", "in"})
_COLUMN_GAP = re.compile(r"\t|[ ]{3,}")


def trim_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop trailing capitalized common nouns that the name pattern swallowed ("Dr. Meier Befund")."""
    words = list(_TOKEN.finditer(text, start, end))
    while words and words[-1].group().lower().strip("-") in NOT_NAME_WORDS:
        words.pop()
    if not words:
        return None
    first = words[0].start()
    # An initial before the first word ("J. Smith") belongs to the name.
    return min(start, first), words[-1].end()


def doctors_list_hits(text: str) -> list[Hit]:
    """PERSON cues of every surname after a plural title, up to the first word that is no name ("Dres. Ott und
    Frick, Unfallchirurgie" takes Ott and Frick)."""
    hits: list[Hit] = []
    for m in DOCTORS_LIST.finditer(text):
        names = list(_NAME_WORD_RE.finditer(text, m.start("v"), m.end("v")))
        # Mend of round 22: after "Dres." / "Drs." / "Proff." every word up to a department is a name ("Dres. Sohn
        # und Huber"); a dotless or French / Italian plural title also reads plural nouns ("Drs Orders and Notes",
        # "les Drs Urgentistes et Radiologues"): it needs a listed name and stops at the first word no name is.
        dotted = _DOTTED_PLURAL.match(text, m.start()) is not None
        if not dotted and not any(is_surname(n.group()) or is_any_given_name(n.group()) for n in names):
            continue
        for name in names:
            if is_department_word(name.group().lower()) or (not dotted and not is_plain_name_word(name.group())):
                break
            hits.append(Hit(name.start(), name.end(), "PERSON", "cue"))
    return hits


def trim_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """trim_name, and drop leading salutations, role and department words ("Urologie Dr. X" leaves
    "Urologie" to no one, "Tochter Frau Ingrid B." leaves "Ingrid B.")."""
    # Two columns are two fields: "Dr Morag Kinnaird   Requested by: ..." (a tab or three spaces end a name).
    if (gap := _COLUMN_GAP.search(text, start, end)) is not None:
        end = gap.start()
    tokens = list(_TOKEN.finditer(text, start, end))
    # A German article after a name starts a genitive, no particle: "Nathalie Zürcher der Spitex Uster" (only
    # after "von" / "van" / "zu" is it one: "von der Heide").
    for i in range(1, len(tokens)):
        if tokens[i].group() in _ARTICLES and tokens[i - 1].group().lower() not in _ARTICLE_PARTICLES:
            del tokens[i:]
            break
    while tokens and tokens[-1].group().lower().strip("-") in NOT_NAME_WORDS:
        tokens.pop()
    # A particle before a facility or role word opens a place, not a name: "Anna von der Klinik X", "Omar Al-Rashid
    # della Clinica Y" end before the particle (round 14a).
    for i in range(1, len(tokens)):
        if (_PARTICLE_WORD.fullmatch(tokens[i - 1].group()) and tokens[i].group()[:1].isupper()
                and is_role_word(tokens[i].group().lower().strip("-"))):
            j = i - 1
            while j > 0 and _PARTICLE_WORD.fullmatch(tokens[j - 1].group()):
                j -= 1
            if j > 0:
                del tokens[j:]
            break
    first = len(tokens)
    while tokens and is_role_word(tokens[0].group().lower().strip("-")):
        tokens.pop(0)
    while tokens and is_role_word(tokens[-1].group().lower().strip("-")):
        tokens.pop()
        while len(tokens) > 1 and _PARTICLE_WORD.fullmatch(tokens[-1].group()):  # "... della Clinica": "della"
            tokens.pop()
    if not tokens or all(_PARTICLE_WORD.fullmatch(t.group()) for t in tokens):  # "Monsieur le Docteur": "le"
        return None
    end = tokens[-1].end()
    if text.endswith(("'s", "’s"), tokens[-1].start(), end) and end - tokens[-1].start() > 3:
        end -= 2  # "Mrs Strand's CT": the possessive is no part of the name
    # As trim_name: an initial before the first word ("J. Smith") belongs to the name.
    return (min(start, tokens[0].start()) if len(tokens) == first else tokens[0].start()), end


def is_role_word(token: str) -> bool:
    return (token in NOT_NAME_WORDS or token in _LEADING_NOT_NAME or token.endswith(_ROLE_ENDINGS)
            or token.endswith(_EXAM_ENDINGS) or (len(token) >= 10 and token.endswith(_ADJECTIVE_ENDINGS)))


def _from_surname(text: str, start: int, end: int) -> tuple[int, int]:
    """A "Surname, Given" name at the end of a subject starts at its surname (round 14a): the request or
    administrative noun before it is no name word ("Betreff: Kostengutsprachegesuch Hofstetter, Maria"). Words
    before the comma are dropped from the left while more than one remains and the first is no listed given name,
    surname or particle; only where a listed given name follows the comma ("Lindauer Achillessehne, Ruptur" stays)."""
    comma = text.find(",", start, end)
    after = _TOKEN.search(text, comma + 1, end) if comma >= 0 else None
    if after is None or not is_given_name(after.group()):
        return start, end
    tokens = list(_TOKEN.finditer(text, start, comma))
    while len(tokens) > 1 and not (is_given_name(tokens[0].group()) or is_surname(tokens[0].group())
                                   or _PARTICLE_WORD.fullmatch(tokens[0].group())):
        tokens.pop(0)
    return (tokens[0].start() if tokens else start), end


def _caps_and_given(value: str) -> bool:
    """ "HOLZAPFEL Konrad", "Konrad HOLZAPFEL": a surname in capitals beside a listed given name."""
    parts = value.split()
    return len(parts) == 2 and any(p.isupper() and len(p) >= 3 for p in parts) and any(
        not p.isupper() and is_given_name(p) for p in parts)


def _listed_name(m: re.Match[str]) -> bool:
    """After a slash any name; after ";", "&" or "und" a name with a title, an initial, two words or a given name
    ("gez. Ott / Pohl", "Dr. A; B. Ott"), not one capitalised noun ("Sohn X; Vorbefunde auf CD")."""
    value = m.group("v")
    return ("/" in m.group()[:m.start("v") - m.start()] or bool(m.groupdict().get("t", "x")) or "." in value
            or " " in value.strip() or is_given_name(value))


def _is_name_line(value: str) -> bool:
    tokens = [t.lower().strip("-.") for t in value.split()]
    return (any(len(t) > 1 for t in tokens)
            and not any(t in NOT_NAME_WORDS or t.endswith(_ROLE_ENDINGS) or is_department_word(t) for t in tokens))


def is_department_word(token: str) -> bool:
    """A department's word ("radiologia", "gastroenterologie", "imaging", "notfall"), lower case."""
    return token.endswith(_DEPARTMENT_ENDS) or token in _DEPARTMENT_WORDS


def is_plain_name_word(word: str) -> bool:
    """`word` (any case) is no common, clinical, role or department word: it may be a name (round 20a)."""
    low = word.lower()
    return not (low in NOT_NAME_WORDS or is_role_word(low) or is_department_word(low))


# A department line under a closing (review of 16a, K10): "Cordiali saluti,\nRadiologia", "Regards,\nNeuro IR",
# "Thanks & regards,\nBreast Imaging", "Viele Grüsse\nNotfall".
_DEPARTMENT_ENDS = ("logia", "logie", "logy", "logía", "iatria", "iatrie", "chirurgia", "chirurgie", "imaging",
                    "imagerie")
_DEPARTMENT_WORDS = words("ir soccorso notfall notaufnahme urgences urgenze ambulanz reparto servizio")


def _typist_initials(value: str) -> bool:
    """Initials after a dictation word, not a short word of prose, a status or another abbreviation."""
    low = value.lower()
    return low not in _NOT_INITIALS and value not in _SHORT_WORDS and low not in _DICTATION_STATUS


def dictation_initials(text: str, lowered: str) -> list[Hit]:
    """Typist initials at the end of the lines that name the dictation (see DICTATION_INITIALS)."""
    hits: list[Hit] = []
    if "/" in text:
        for m in REFERENCE_LINE.finditer(text):
            line = text.rfind("\n", 0, m.start()) + 1
            a = _REFERENCE_AUTHOR.fullmatch(text, line, m.start())
            if a is None or {m.group("b"), m.group("c")} & _NO_TYPISTS:
                continue
            hits.append(Hit(a.start("a"), a.end("a"), "PERSON", "rule"))
            hits.extend(Hit(m.start(g), m.end(g), "PERSON", "rule") for g in ("b", "c") if m.group(g))
    done = -1
    for word in DICTATION_WORD.finditer(lowered, lowered):
        if word.start() < done:
            continue
        start = lowered.rfind("\n", 0, word.start()) + 1
        done = lowered.find("\n", word.end())
        done = len(text) if done < 0 else done
        for m in DICTATION_INITIALS.finditer(text, start, done):
            if _typist_initials(m.group("v")):  # not "Geschrieben: ja", "Diktiert: Ja"
                hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
        # Lower-case initials closing the line after a blank ("Geschrieben: 13.03.2025 sg", "... par lm").
        m = DICTATION_END_INITIALS.search(text, start, done)
        if m is not None and _typist_initials(m.group("v")):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
        # The initials alone on the next line after a line that ends in a colon or "by" ("Typed by:\njk").
        if _OPEN_END.search(text, start, done) and (m := NEXT_LINE_INITIALS.match(text, done)) is not None and (
                m.group("v") not in _SHORT_WORDS):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
        m = DICTATION_LOGIN.search(text, start, done)
        if m is not None and m.end() == done and m.group("v") not in NOT_NAME_WORDS and "." not in m.group("v")[-1:] \
                and m.group("v") not in _DICTATION_STATUS:  # "Schreibkraft: extern", "Geschrieben: nein"
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
    return hits


def _columns(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of the columns of one line (the whole line when it has none)."""
    out, pos = [], start
    for gap in _COLUMN_GAP.finditer(text, start, end):
        if gap.start() > pos:
            out.append((pos, gap.start()))
        pos = gap.end()
    if end > pos:
        out.append((pos, end))
    return out


def signature_block_hits(text: str, lowered: str) -> list[Hit]:
    """Name lines of the signature blocks in `text` (see CLOSING_FORMULA)."""
    hits: list[Hit] = []
    for formula in CLOSING_FORMULA.finditer(lowered):
        # The name may follow on the closing's own line after a comma or dash: "Mit Grüssen, Anna Keller".
        pos, lines = _AFTER_FORMULA.match(text, formula.end()).end(), 0
        while lines < _BLOCK_LINES and pos < len(text):
            nl = text.find("\n", pos)
            end = len(text) if nl < 0 else nl
            if end - pos > _BLOCK_WIDTH or _PROSE_WORD.search(text, pos, end):
                break
            if text[pos:end].strip(" \t,.:"):
                lines += 1
                # Two signers side by side: columns apart by a tab or three spaces or more.
                for col_start, col_end in _columns(text, pos, end):
                    m = NAME_LINE.match(text, col_start, col_end)
                    if m is not None and m.end() == col_end and _is_name_line(m.group("v")):
                        hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
            pos = end + 1
    return hits


# Titles that are also clinical abbreviations (review of 16a): "Prim." is primär ("Prim. Tumor", "V.a. Prim.
# Hyperparathyreoidismus"), "techn." technisch. Alone before a word they need a listed name after them ("Prim.
# Hofer"); after another title ("Prim. Dr. Hofer") the other title decides.
_WEAK_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:Prim\.a?|techn\.|phil\.|pharm\.)[ \t]*\Z")


def _weak_title_without_name(text: str, start: int, end: int) -> bool:
    if not _WEAK_TITLE_BEFORE.search(text, max(0, start - 10), start):
        return False
    first = re.match(r"[\w'’-]+", text[start:end])
    word = first.group() if first else ""
    return not any(is_surname(p) or is_given_name(p) for p in word.split("-") if p)


def person_hits(text: str, lowered: str) -> list[Hit]:
    """Every PERSON rule hit; `lowered` is text.lower() (labels are searched in it: see SIGNATURE_LABEL)."""
    hits: list[Hit] = []
    for pattern in PERSON_PATTERNS:
        if pattern is _DASH_HEADER and not any(c in text for c in _HEADER_MARKS):
            continue
        source = "cue" if pattern in _CUE_PATTERNS else "rule"
        for h in group_hits(pattern, text, "PERSON", "rule"):
            if pattern is _PATIENT_WORD and any(t.group().lower() in NOT_NAME_WORDS
                                                for t in _TOKEN.finditer(text, h.start, h.end)):
                continue
            if pattern is PERSON_PATTERNS[0] and _weak_title_without_name(text, h.start, h.end):
                continue
            trimmed = trim_person(text, h.start, h.end)
            if trimmed:
                hits.append(Hit(trimmed[0], trimmed[1], "PERSON", source))
    if DOCTORS_LIST_GATE.search(text):  # (round 21a: the English plural, "Drs. A, B, C")
        hits.extend(doctors_list_hits(text))
    for degree in DEGREE.finditer(text, text):
        m = NAME_BEFORE_DEGREE.search(text, max(text.rfind("\n", 0, degree.start()) + 1, degree.start() - 60),
                                      degree.start())
        trimmed = trim_person(text, m.start("v"), m.end("v")) if m else None
        if trimmed:
            hits.append(Hit(trimmed[0], trimmed[1], "PERSON", "rule"))
    same_offsets = len(lowered) == len(text)  # lower() keeps offsets for all but a few rare letters
    if same_offsets:
        hits.extend(dictation_initials(text, lowered))
        hits.extend(beneficiary_hits(text, lowered))
    if "." in text:
        hits.extend(abbreviated_given_hits(text))
    if same_offsets:
        hits.extend(signature_block_hits(text, lowered))
    labels = ([*SIGNATURE_LABEL.finditer(lowered), *ROLE_LABEL.finditer(lowered, lowered)] if same_offsets
              else [*re.finditer(f"(?i:{SIGNATURE_LABEL.pattern}|{ROLE_LABEL.pattern.pattern})", text)])
    for label in labels:
        word = label.group()
        if word in _WORD_START_LABELS and label.start() and text[label.start() - 1].isalpha():
            continue
        if word in _CASED_LABELS and not text[label.end() - 2].isupper():
            continue
        m = SIGNATURE_NAME.match(text, label.end())
        trimmed = trim_person(text, m.start("v"), m.end("v")) if m else None
        if trimmed and word in ("säugling", "infant") and is_syndrome_name(
                text[trimmed[0]:trimmed[1]]):
            continue  # "Infant Klippel-Feil", "Säugling Pierre-Robin-Sequenz": a syndrome
        if trimmed and not _status_or_cut(text, *trimmed):
            hits.append(Hit(trimmed[0], trimmed[1], "PERSON", "rule"))
    fields = (FIELD_ANY_CASE_LABEL.finditer(lowered) if same_offsets
              else re.finditer(f"(?i:{FIELD_ANY_CASE_LABEL.pattern})", text))
    for f in fields:
        if f.start() and text[f.start() - 1].isalpha():
            continue
        m = FIELD_ANY_CASE.match(text, f.end())
        if m is None:
            continue
        value, field = m.group("v"), f.group("f").lower()
        trimmed = trim_person(text, m.start("v"), m.end("v"))
        if trimmed and field in _SUBJECT_FIELDS and "," in value:
            trimmed = _from_surname(text, *trimmed)
        if trimmed and field in _DICTATION_FIELDS and (caps := _TYPIST_INITIALS.match(value)):
            # A typist's capital initials before a lower-case word: "Typed by: DMR on 11/14/2025" (round 15a)
            trimmed = (m.start("v"), m.start("v") + caps.end())
        if trimmed and field in _DICTATION_FIELDS and _status_or_cut(text, *trimmed):
            continue  # "Geschrieben: ja", "Schreibkraft: extern", "Transcribed by: speech recognition"
        if trimmed and (value.isupper() or "," in value or field in _DICTATION_FIELDS
                        or _caps_and_given(value)) and not any(
                t.group().lower() in NOT_NAME_WORDS for t in _TOKEN.finditer(text, *trimmed)):
            hits.append(Hit(trimmed[0], trimmed[1], "PERSON", "cue"))
    for end in sorted({h.end for h in hits}):  # each name end once (rules report many names twice)
        while (m := _next_listed(text, end)) is not None:
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "rule"))
            end = m.end()
    return hits


# A generational suffix belongs to the name (round 11): "Thomas E. Baird III", "Delgado, Raymond Sr.", "Marcus
# Whitfield, Jr."; not a nursing sister's title before the next name ("Müller Sr. Anna") nor "IV" before a word
# ("Smith IV access").
NAME_SUFFIX = re.compile(rf",?[ \t](?:(?:Jr|Sr|Jun|Sen)\.?(?![\w])(?![ \t][{UP}][{LO}])|(?:II|III|IV)"
                         rf"(?=[ \t]*(?:[,;:.)|\n]|$)))")


def with_suffixes(text: str, hits: list[Hit]) -> list[Hit]:
    """PERSON hits widened over a generational suffix right after them (NAME_SUFFIX) and over a Spanish double
    surname's second part after "y" ("María Ortega y Villanueva", round 19a)."""
    out = []
    for h in hits:
        if h.label == "PERSON" and h.end < len(text) and text[h.end] in ", \t":
            if (m := NAME_SUFFIX.match(text, h.end)) is not None:
                h = Hit(h.start, m.end(), h.label, h.source)
            elif (m := _Y_SURNAME.match(text, h.end)) is not None and m.group("v").lower() not in NOT_NAME_WORDS:
                h = Hit(h.start, m.end("v"), h.label, h.source)
        out.append(h)
    return out


_Y_SURNAME = re.compile(rf"[ \t]y[ \t](?P<v>{NAME})(?![\w'-])")


# A preferred name in quotes right after a name, and the surname after it (round 11): 'Margarethe "Greta"
# Holmqvist', "Wilhelmina ('Billie') Stroud", "Johann „Hansi“ Gruber".
QUOTED_NICKNAME = re.compile(rf"[ \t]*\(?[ \t]*[\"'„“‘«‹][ \t]?(?P<v>{NAME}|[{UP}]{{2,3}})[ \t]?[\"'“”’»›](?:[ \t]*\))?"
                             rf"(?:[ \t]+(?P<s>{NAME}))?")


def quoted_nickname_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """PERSON hits of a quoted preferred name after a PERSON hit, and of the surname right after it."""
    out = []
    for end in {h.end for h in hits if h.label == "PERSON"}:
        if end < len(text) and text[end] in " \t(\"'„“‘«‹" and (m := QUOTED_NICKNAME.match(text, end)):
            for group in ("v", "s"):
                if m.group(group) and m.group(group).lower() not in NOT_NAME_WORDS:
                    out.append(Hit(m.start(group), m.end(group), "PERSON", "rule"))
    return out


def _next_listed(text: str, end: int) -> re.Match[str] | None:
    """The next name of a list right after a name ending at `end`, or None."""
    for pattern in (NAME_LIST_NEXT, NICKNAME_AFTER, LIST_ITEM_NEXT):
        m = pattern.match(text, end)
        if m is None or (pattern is LIST_ITEM_NEXT and not _list_item(m)) or (
                pattern is NICKNAME_AFTER and not is_given_name(m.group("v"))):
            continue
        if trim_person(text, m.start("v"), m.end("v")) == m.span("v") and _listed_name(m):
            return m
    return None


def _list_item(m: re.Match[str]) -> bool:
    """A list item after a bracket or role tail is a person with a title, or two name words of which the first
    is a listed given name ("Merve Yıldırım", not "Leber Zyste")."""
    value = m.group("v").split()
    # "A (chair), B (radiology), C (pathology)": an item shaped like the one before it (a bracket after it).
    parallel = "(" in m.group()[:m.start("v") - m.start()] and m.string[m.end():m.end() + 2].lstrip().startswith("(")
    return bool(m.group("t").strip()) or (len(value) >= 2 and (parallel or is_given_name(value[0])))
