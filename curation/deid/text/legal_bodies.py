"""Legal, forensic, military, occupational and insurance bodies named by their kind and seat (round 17b).

A body's kind word alone names no one ("the court ordered", "Staatsanwaltschaft informiert", "Kaserne"): it becomes
an INSTITUTION with what makes it one place, in the forms of DE / AT / CH (German, French, Italian) and UK / US:

- **A court, prosecutor, police or forensic office and its seat**: a German head ("Landgericht", "Bezirksgericht",
  "Staatsanwaltschaft", "Kantonspolizei", "Polizeiinspektion", ..., genitive "-s" too) with an optional
  "für <Matter>" and the seat after it ("Landesgericht für Strafsachen <Town>"); a French or Italian head with its
  qualifier and "de / di / du canton de" ("Tribunal de police de <Town>", "Ministère public de <Canton>", "Procura
  pubblica di <Town>", "Prison de <Name>", "Carcere <Name>", "Établissement de <Name>"); English "<Kind> Court of
  <Place>[ County]", "<Place> <Kind> Court", "(HM) (Senior|Area|Assistant) Coroner for <Area>", "Office of the
  (Chief) Medical Examiner[,|–|-|for|of] <Place>[ County]", "<Place> County (Medical Examiner|Coroner|Sheriff)";
  (fix round 23a) a police force by its seat ("<Place> Police Department", "<Place> County Sheriff", and "PI <Seat>"
  where the text names the Polizei).
- **A statutory accident or pension insurer's trade body or branch**: "Berufsgenossenschaft <Trade words>",
  "BG <ACR>" ("BG BAU", "BG ETEM"; not "BGA"), "BG <Trade>" (a closed set of trade words), "Unfallkasse <Land>"
  (INSTITUTION); the town of a branch after an insurer ("<Insurer>[-| ]Landesstelle / Bezirksverwaltung / Agentur /
  Regionaldirektion / Standort <Town>") is ADDRESS and the branch word stays, as a campus word does. The insurer's
  bare name stays (round 10: insurers are no PHI).
- **A military unit, school, hospital, barracks or ship**: a German unit abbreviation with its number ("PzGrenBtl
  371", "SanRgt 3"), a Swiss recruit school or military hospital with number and town ("Infanterie Rekrutenschule
  14 <Town>", "École de recrues <...> 42 <Town>", "Militärspital <n> <Town>"), a named barracks ("<Name>-Kaserne",
  "Kaserne <Name>", "Caserne <Name>", "Caserma <Name>"), an English ordinal unit ("2nd Battalion, 3rd Marines",
  "16 Medical Regiment"), a ship with its prefix and hull number ("USNS <Name> (T-AH-19)"), or without one in a
  naval context and with a name of no clinical word ("served aboard HMS <Name>"; "USS Liver", "HMS Sign" stay).
- **A works medical service and its employer**: "Werk(s)ärztlicher / Betriebsärztlicher / Arbeitsmedizinischer
  Dienst (der|des) <Employer>"; an employer after its cue ("employer <Name>", "Arbeitgeber: <Name>", "employeur",
  "datore di lavoro"), "Occupational health, <Name>", and a company named by a trade word ("<Name> Offshore
  Services", "<Name> Drilling", "<Name> Quarry Products").
- **A dental practice**: "<Name> Dental (Surgery|Practice|Care|Centre|Clinic)", "Cabinet dentaire <...>", "Studio
  (dentistico|odontoiatrico) <...>", "Zahnarztpraxis <Name>".
- **A hospital named by its town before "films" / "images"** ("Compared with the <Town> films") and a PACS AE
  title that carries a site code ("<SITE>_<TOWN>_PACS": an ID).

A seat is a listed town, or capitalised words none of which is a common, facility, sentence or noun-shaped word
(names.NOT_NAME_WORDS, facilities.NOT_FACILITY_NAMES, German noun endings).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from curation.deid.text.common import LO, LOWER_GATES, TEXT_GATES, UP, Hit, literal_starts, words
from curation.deid.text.facilities import NOT_FACILITY_NAMES
from curation.deid.text.login_cues import ANATOMY_PARTS
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.towns import CLINICAL_WORDS
from curation.deid.text.transfer_towns import known_town_end

__all__ = ["legal_body_hits"]

_CAP = rf"[{UP}][{LO}]+(?:[-'’][{UP}][{LO}]+)*"
_SEAT = rf"(?P<seat>{_CAP}(?:[ \t](?:am|an[ \t]der|im|ob[ \t]der|bei|sur|upon|on)[ \t]{_CAP}|[ \t]{_CAP}){{0,2}})"


def _named(body: str) -> re.Pattern[str]:
    """`body` as the group "v", with no word character or hyphen on either side."""
    return re.compile(rf"(?<![\w-])(?P<v>{body})(?![\w-])")


# German court, prosecution, police and forensic heads (genitive "-s" / "-es" allowed).
_DE_HEAD = (r"(?:(?:Ober)?[Ll]andesgericht|(?:Ober|Land|Amts|Bezirks|Kreis|Kantons|Regional|Straf|Zivil|Jugend|Arbeits|"
            r"Sozial|Landessozial|Verwaltungs|Familien|Schöffen|Jugendschöffen|Handels|Appellations|Ober)gericht|"
            r"(?:General)?[Ss]taatsanwaltschaft|Jugendanwaltschaft|Oberstaatsanwaltschaft|Amtsanwaltschaft|"
            r"Kantonspolizei|Stadtpolizei|Kriminalpolizei|Polizeiinspektion|Polizeipräsidium|Polizeidirektion|"
            r"Landespolizeidirektion|Polizeirevier|Landeskriminalamt|Kriminalkommissariat|Untersuchungsrichteramt|"
            r"Bezirksanwaltschaft|Unfallkasse|Gerichtsmedizin|Rechtsmedizin)")
_DE_MATTER = r"(?:[ \t]für[ \t](?:[{UP}][{LO}]+[ \t](?:und|u\.)[ \t])?[{UP}][{LO}]+)?".replace(
    "{UP}", UP).replace("{LO}", LO)
DE_BODY = literal_starts(_named(
    rf"{_DE_HEAD}(?:e?s)?(?:[ \t](?:beim|bei[ \t]dem|am|an[ \t]der)[ \t]{_DE_HEAD})?{_DE_MATTER}"
    rf"[ \t]{_SEAT}"))

# French and Italian heads: the kind and its qualifier, then "de / d' / du / di / del" and the seat.
_ROMANCE_HEAD = (r"(?:Tribunal(?:[ \t](?:de[ \t]police|d['’]arrondissement|cantonal|civil|pénal|correctionnel|"
                 r"administratif|des[ \t]mineurs|d['’]application[ \t]des[ \t]peines|régional))?|"
                 r"Cour[ \t](?:d['’]appel|de[ \t]justice|pénale|civile|des[ \t]plaintes)|"
                 r"Ministère[ \t]public(?:[ \t]central)?|Parquet(?:[ \t]général)?|"
                 r"Office[ \t]des[ \t]juges[ \t]d['’]instruction|"
                 r"Police[ \t](?:cantonale|judiciaire|municipale)|Prison|Maison[ \t]d['’]arrêt|Centre[ \t](?:de[ \t]"
                 r"détention|pénitentiaire)|Établissement(?:[ \t](?:pénitentiaire|de[ \t]détention))?|"
                 r"Tribunale(?:[ \t](?:penale|civile|d['’]appello|dei[ \t]minorenni|cantonale|distrettuale|"
                 r"amministrativo))?|Procura(?:[ \t](?:pubblica|della[ \t]Repubblica|generale))?|Pretura|"
                 r"Ministero[ \t]pubblico|Polizia[ \t]cantonale|Carcere|Casa[ \t]circondariale|Penitenziario)")
# A canton's or town's adjective after the kind: "Police cantonale vaudoise", "Polizia cantonale ticinese".
ROMANCE_DEMONYM = literal_starts(_named(
    rf"{_ROMANCE_HEAD}[ \t](?P<dem>[a-zéèô]{{3,}}(?:oise|ois|aise|ais|ienne|ien|ane|ese|esi))"))
ROMANCE_BODY = literal_starts(_named(
    rf"{_ROMANCE_HEAD}(?:[ \t](?:de[ \t]la|de[ \t]l['’]|du[ \t]canton[ \t]d[eu]|du|des|de|d['’]|di|"
    rf"del|della|dell['’]|del[ \t]Cantone|presso[ \t]il[ \t]Tribunale[ \t]di|a|à))?[ \t]?{_SEAT}"))

# English courts, coroners, medical examiners and sheriffs.
_COURT_KIND = (r"(?:Superior|Circuit|District|County|Crown|Magistrates['’]?|Family|Probate|Municipal|Sheriff|"
               r"Coroner['’]?s|Juvenile|Supreme|Criminal|Civil|High|Employment|Youth)")
EN_COURT_OF = literal_starts(_named(
    rf"{_COURT_KIND}[ \t]Court[ \t](?:of|for)[ \t](?:the[ \t])?{_SEAT}"
    rf"(?:,?[ \t](?:County|Parish|Borough)(?:[ \t]of[ \t]{_CAP}(?:[ \t]{_CAP})?)?|[ \t]County)?"))
EN_PLACE_COURT = _named(
    rf"(?P<seat>{_CAP}(?:[ \t]{_CAP}){{0,2}})[ \t](?:County[ \t])?{_COURT_KIND}[ \t]Court"
    rf"|(?P<seat2>{_CAP}(?:[ \t]{_CAP}){{0,2}})[ \t]County[ \t](?:Medical[ \t]Examiner(?:['’]s[ \t]Office)?|"
    rf"Coroner(?:['’]s[ \t]Office)?|Sheriff['’]s[ \t](?:Office|Department)|Jail|Court(?:house)?)")
# Fix round 23a: a police force by its seat, "<Place> Police Department" / "Dept." / "Service", "<Place> County
# Sheriff" (a deputy's force without "Office"), and the German / Austrian "PI <Seat>" (Polizeiinspektion) where its
# sentence names the police before it ("Begleitung durch Polizei (PI <Seat>)", "2 Beamte, PI <Seat>"); "PI 1,2" (a
# pulsatility index) has no seat, "Polizei informiert. PI Arteria uterina" another sentence.
EN_POLICE = _named(
    rf"(?P<seat>{_CAP}(?:[ \t]{_CAP}){{0,2}})[ \t](?:County[ \t]Sheriff|Police[ \t](?:Department|Dept\.|Service))")
PI_UNIT = literal_starts(_named(rf"PI[ \t]+{_SEAT}"))
# The police named in the same sentence before "PI": "Polizei", "polizeilich", "Beamte" (no sentence end between).
_POLICE_BEFORE = re.compile(r"(?:polizei|beamt)[^.!?\n]*(?:[.!?](?![ \t\n])[^.!?\n]*)*\Z")
# A county's office, institute or laboratory: "Harris County Institute of Forensic Sciences".
COUNTY_BODY = _named(
    rf"(?P<seat>{_CAP}(?:[ \t]{_CAP})?)[ \t]County[ \t](?:{_CAP}[ \t](?:(?:of|for|and|&)[ \t])?){{0,4}}"
    rf"(?:Institute|Office|Department|Laboratory|Lab|Center|Centre|Bureau|Agency|Division)"
    rf"(?:[ \t](?:of|for)[ \t]{_CAP}(?:[ \t](?:and[ \t])?{_CAP}){{0,2}})?")
CORONER = literal_starts(_named(
    rf"(?:HM[ \t])?(?:(?:Senior|Area|Assistant|Deputy)[ \t])?Coroner(?:['’]s[ \t](?:Court|Office))?"
    rf"[ \t](?:for|of)[ \t](?:the[ \t])?{_SEAT}"))
EXAMINER = literal_starts(_named(
    rf"(?:Office[ \t]of[ \t]the[ \t])?(?:(?:Chief|District|County|State)[ \t])?"
    rf"Medical[ \t]Examiner(?:['’]s[ \t]Office)?(?:,|[ \t]?[–—-]|[ \t](?:for|of))[ \t]{_SEAT}(?:[ \t]County)?"))

# Insurers: trade bodies and branches.
# The trade words of the German statutory accident insurers' names (a closed set: "BG Verkehr", "BG Holz und
# Metall", "BG Kliniken"); "BG Wert" / "BG-Wert" stay.
_BG_TRADES = (r"(?:Verkehr|Holz|Metall|Handel|Nahrungsmittel|Gastgewerbe|Energie|Rohstoffe|Chemie|Gesundheitsdienst|"
              r"Wohlfahrtspflege|Bau|Druck|Papier|Elektro|Textil|Feinmechanik|Transport|Kliniken|Klinik|Unfallklinik)")
BG = literal_starts(_named(
    rf"Berufsgenossenschaft(?:[ \t](?:der|für|des)?[ \t]?{_CAP}(?:[ \t](?:und|u\.|&)[ \t]{_CAP}|"
    rf"[ \t]{_CAP}|,[ \t]{_CAP}){{0,4}})|BG(?:[ \t-](?!A\b)[A-Z]{{2,6}}|[ \t](?P<trade>{_BG_TRADES}[{LO}]*))(?![\w-])"))
_INSURER = (r"(?:BG[ \t-]?[A-Z]{2,6}|BG[ \t]" + _BG_TRADES + r"|"
            r"AUVA|SUVA|Suva|BVA|SVA|SVS|ÖGK|DRV|DGUV|BG|AOK|TK|IV|INAIL|INPS|CNAMTS|CPAM|CSS|Helsana|Visana|"
            r"Sanitas|Swica|Concordia|Groupe[ \t]Mutuel|Generali|Allianz|AXA|Zurich|Mobiliar|Vaudoise|Baloise|"
            r"Rentenversicherung|Unfallversicherung|Krankenkasse|Versicherung|Versicherer)")
_BRANCH = (r"(?:Landesstelle|Bezirksstelle|Außenstelle|Aussenstelle|Geschäftsstelle|Agentur|Generalagentur|"
           r"Regionaldirektion|Bezirksdirektion|Landesdirektion|Bezirksverwaltung|Hauptstelle|Filiale|Standort|"
           r"Agence|Agenzia|Sede|Branch|Office)")
INSURER_BRANCH = literal_starts(re.compile(
    rf"(?<![\w-])(?P<ins>{_INSURER})(?P<gap>[ \t]*[-,][ \t]*|[ \t]+)(?P<v>{_BRANCH}(?:[ \t](?:de|di|in|für))?"
    rf"[ \t]{_SEAT})(?![\w-])"))

# Military: German unit abbreviations with a number, Swiss schools and hospitals, barracks, English units, ships.
DE_UNIT = _named(
    rf"(?:[{UP}][{LO}]*){{1,4}}(?:Btl|Bat|Rgt|Brig|Div|Kp|Kdo|Geschw|Staffel|Abt|Stff)[ \t]?"
    rf"\d{{1,4}}|(?:PzGrenBtl|JgBtl|PzBtl|PiBtl|ArtBtl|SanRgt|SanBtl|FschJgRgt|LogBtl|"
    rf"FmBtl|AufklBtl|ABCAbwBtl|SpitBtl|InfBat|PzBat|GenBat|SanBat|SpitBat|Ter[ \t]Div)[ \t]?\d{{1,4}}")
SCHOOL = literal_starts(_named(
    rf"(?:[{UP}][{LO}]+[ \t-])?(?:Rekrutenschule|Unteroffiziersschule|Offiziersschule|Militärspital|"
    rf"Spitalschule|Sanitätsschule|[ÉE]cole[ \t]de[ \t]recrues(?:[ \t][{LO}]+)?|[ÉE]cole[ \t]d['’]officiers|"
    rf"Scuola[ \t]reclute(?:[ \t][{LO}]+)?|Ospedale[ \t]militare|Hôpital[ \t]militaire|RS|UOS|OS)"
    rf"[ \t](?P<n>\d{{1,3}}(?:[-/]\d{{1,2}})?)(?:[ \t](?P<seat>{_CAP}))?"))
BARRACKS = literal_starts(_named(
    rf"(?:{_CAP}-)+(?:Kaserne|Caserne|Barracks)|(?:Kaserne|Caserne|Caserma|Kasernenareal)"
    rf"(?:[ \t](?:de|di|du|des))?[ \t](?P<seat>{_CAP}(?:[ \t]{_CAP})?)|"
    rf"(?:RAF|RNAS|MCAS|NAS|JBSA|JB|CFB|RAAF|NAVSTA)[ \t]{_CAP}(?:[ \t]{_CAP})?|"
    rf"(?P<seat2>{_CAP}(?:[ \t]{_CAP})?)[ \t]"
    rf"(?:Barracks|Garrison|Camp|Air[ \t]Base|Naval[ \t]Station|Naval[ \t]Air[ \t]Station|Air[ \t]Force[ \t]Base)"))
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
_UNIT_KIND = (r"(?:Battalion|Regiment|Brigade|Division|Squadron|Company|Wing|Group|Field[ \t]Hospital|"
              r"Medical[ \t](?:Battalion|Regiment|Brigade|Group|Squadron)|Marines|Infantry|Armoured|Armored|"
              r"Signal[ \t]Regiment|Combat[ \t]Support[ \t]Hospital|Fleet|Commando)")
EN_UNIT = literal_starts(_named(
    rf"(?:{_ORDINAL}|\d{{1,3}})[ \t](?:{_CAP}[ \t])?{_UNIT_KIND}"
    rf"(?:,[ \t](?:{_ORDINAL}|\d{{1,3}})[ \t](?:{_CAP}[ \t])?{_UNIT_KIND}|[ \t]\((?:{_CAP}[ \t]?)+\))?"))
SHIP = literal_starts(_named(
    rf"(?:USS|USNS|USCGC|HMS|HMCS|HMAS|HMNZS|RFA)[ \t]"
    rf"(?P<n>{_CAP}(?:[ \t](?:of[ \t]|the[ \t])?{_CAP}){{0,3}}|"
    rf"[A-Z][A-Z.]+(?:[ \t][A-Z][A-Z.]+){{0,2}})(?P<hull>[ \t]\([A-Z]{{1,4}}(?:-[A-Z]{{1,3}})?-?\d{{1,4}}\))?"))
# "USS" is the ultrasound scan of UK requests, "RFA" radiofrequency ablation, "HMS" a sign: without a hull number a
# ship needs a name that is no anatomy, clinical or common word, and two name words or a naval or person context on
# its line ("served aboard", "Navy", "sailor") ("USS Liver", "USS KUB", "HMS Sign", "RFA Ablation" stay).
_NAVAL_CONTEXT = re.compile(r"(?i)\b(?:aboard|on[ \t]?board|served|serving|stationed|deployed|posted|embarked|crew|"
                            r"sailor|seaman|stoker|rating|marine|navy|naval|ship|vessel|submarine|USN|USNR|"
                            r"Royal[ \t]Navy|Royal[ \t]Fleet|Coast[ \t]Guard|deck|fleet)\b")
_NOT_SHIP_NAMES = frozenset({
    "liver", "kub", "pelvis", "renal", "kidney", "kidneys", "neck", "abdomen", "abdo", "thyroid", "testes", "scrotum",
    "breast", "groin", "hip", "hips", "shoulder", "knee", "leg", "legs", "arm", "doppler", "dvt", "carotid",
    "carotids", "aorta", "aaa", "tv", "ta", "transvaginal", "obstetric", "dating", "nt", "growth", "gallbladder",
    "hbs", "spleen", "bladder", "prostate", "soft", "tissue", "lump", "chest", "head", "cranial", "hepatobiliary",
    "urinary", "tract", "upper", "lower", "left", "right", "bilateral", "guided", "biopsy", "drain", "fna",
    "sign", "type", "grade", "score", "positive", "negative", "ablation", "zone", "lesion", "lung",
    "bone", "probe", "needle", "margin", "cavity", "site", "follow", "request", "report", "today", "normal",
})


def _is_ship(text: str, m: re.Match[str]) -> bool:
    if m.group("hull"):
        return True
    if any(w.lower().strip(".") in _NOT_SHIP_NAMES or w.lower() in NOT_NAME_WORDS for w in m.group("n").split()):
        return False
    if len(m.group("n").split()) >= 2:
        return True  # a name of two words, none clinical ("HMS Prince of Wales", "USS Carl Vinson")
    line_start = text.rfind("\n", 0, m.start("v")) + 1
    line_end = text.find("\n", m.end("v"))
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return bool(_NAVAL_CONTEXT.search(line.replace(m.group("v"), " ")))

# Works medical services and employers.
WORKS_SERVICE = literal_starts(_named(
    rf"(?:(?:[Ww]erk|[Ww]erks|[Bb]etriebs|[Mm]ilitär|[Tt]ruppen)ärztliche[nmrs]?|"
    rf"[Aa]rbeitsmedizinische[nmrs]?)[ \t]"
    rf"(?:Dienst(?:es)?|Zentrum|Abteilung)(?:[ \t](?:der|des|von|bei|im|in[ \t]der))?[ \t]"
    rf"(?P<n>(?:Kaserne[ \t])?(?:{_CAP}|[A-Z]{{2,6}})(?:[ \t]{_CAP}){{0,2}})"))
EMPLOYER = literal_starts(re.compile(
    rf"(?<![\w-])(?:[Ee]mployer|EMPLOYER|[Ee]mployed[ \t]by|[Aa]rbeitgeber(?:in)?|[Ee]mployeur|[Dd]atore[ \t]di[ \t]"
    rf"lavoro|[Oo]ccupational[ \t]health(?:[ \t]service)?|[Ww]orks[ \t]at|[Bb]eschäftigt[ \t]bei|[Tt]ätig[ \t]bei)"
    rf"[ \t]*(?::|,|[ \t]at|[ \t]-|[ \t]–)?[ \t]*"
    rf"(?P<v>(?:{_CAP}|[A-Z]{{2,6}})(?:[ \t](?:&[ \t])?(?:{_CAP}|[A-Z]{{2,6}})){{0,3}})"
    rf"(?![\w-])"))
_TRADE = (r"(?:Offshore|Drilling|Quarry|Quarries|Mining|Haulage|Logistics|Construction|Engineering|Demolition|"
          r"Scaffolding|Roofing|Steel|Steelworks|Foundry|Timber|Freight|Oilfield|Petroleum|Chemicals?|Plastics|"
          r"Textiles|Aggregates|Shipyard|Shipbuilding|Asbestos|Insulation|Fabrication|Welding|Marine)")
TRADE_COMPANY = _named(
    rf"(?:{_CAP}[ \t]){{1,2}}{_TRADE}(?:[ \t](?:{_TRADE}|Services|Products|Contractors|Solutions|"
    rf"Systems|Industries|Supplies|Works|Company|Co\.|Limited|Ltd\.?|Inc\.?|LLC|PLC|plc))*")

# Dental practices.
DENTAL = literal_starts(_named(
    rf"(?:{_CAP}[ \t]){{1,3}}Dental(?:[ \t](?:Surgery|Practice|Care|Centre|Center|Clinic|Studio|"
    rf"Group|Associates|Spa|Health))+|(?:Cabinet|Centre)[ \t]dentaire[ \t](?:du|de[ \t]la|de[ \t]l['’]|des|de|d['’])"
    rf"[ \t]?{_CAP}(?:[ \t]{_CAP})?|(?:Studio|Centro|Ambulatorio)[ \t](?:dentistico|odontoiatrico|dentale)[ \t]"
    rf"(?:(?:Dr\.?|Dott\.?|dr\.)[ \t])?{_CAP}(?:[ \t]{_CAP})?|(?:Zahnarztpraxis|Zahnklinik|Zahnzentrum|"
    rf"Kieferorthopädie)[ \t](?:(?:am|an[ \t]der|im)[ \t])?(?:(?:Dr\.?|med\.[ \t]dent\.)[ \t])*{_CAP}(?:[ \t]{_CAP})?"))

# A hospital named by its town before the films: "Compared with the <Town> films", "Vergleich mit den <Town>er".
BARE_SITE_FILMS = literal_starts(re.compile(
    rf"(?:[Cc]ompar(?:ed|ison|e)|[Pp]rior|[Pp]revious|[Oo]utside|[Rr]eview(?:ed)?|[Vv]ergleich|[Vv]orbilder)"
    rf"(?:[^\n.;]{{0,20}}?(?:with|to|of|mit|the|den|der))?[ \t]+(?:the[ \t]+)?(?P<v>{_CAP}(?:[ \t]{_CAP})?)[ \t]+"
    rf"(?:films|images|imaging|studies|study|scans?|CTs?|MRIs?|X-rays?|Bilder|Aufnahmen|Voraufnahmen)(?![\w-])"))
# A PACS / DICOM node name that carries a site code: "KSGR_CHUR_PACS", "RAD_LEEDS_ARCHIVE".
AE_TITLE = _named(r"[A-Z0-9]{2,}(?:_[A-Z0-9]{2,}){1,4}")
# Generic node words that name no site ("PACS_MAIN_ARCHIVE", "CT_SITE_PACS" stay).
AE_GENERIC_WORDS = words("""
MAIN SITE LOCAL PRIMARY SECONDARY BACKUP TEST PROD DEV NEW OLD SHORT LONG TERM CLOUD REMOTE CENTRAL HOSPITAL RADIOLOGY
RAD MRI PET SERVER NODE STORAGE QUERY RETRIEVE PRINT PRINTER MODALITY SERIES STUDY IMAGE IMAGES WORKSTATION DEFAULT ANY
ALL ONLINE OFFLINE NEAR LINE MIRROR CACHE ROUTING AUTO EXPORT IMPORT SEND RECEIVE TEACHING RESEARCH CLINICAL EMERGENCY
ERROR STATUS
""")
# The node words of a DICOM application entity (shared with hl7.py's MSH-6 codes).
AE_NODE_WORDS = words("PACS ARCHIVE ARCH SCP SCU STORE RIS GW GATEWAY AE QR VNA WL MWL ROUTER DICOM")

# The heads of a dental practice's name that open it before any seat.
_DENTAL_HEADS = ("Cabinet", "Centre", "Studio", "Centro", "Ambulatorio", "Zahnarztpraxis", "Zahnklinik", "Zahnzentrum",
                 "Kieferorthopädie")

# Each rule's needles (lower-cased), looked for in the shared needle pass over the text (common.LOWER_GATES): a rule
# runs only where one of them occurs.
_TRADE_NEEDLES = ("offshore", "drilling", "quarr", " mining", "haulage", "logistics", "construction", "engineering",
                  "demolition", "scaffold", "roofing", "steel", "foundry", "timber", "freight", "oilfield", "petroleum",
                  "chemical", "plastics", "textiles", "aggregates", "shipyard", "shipbuilding", "asbestos",
                  "insulation", "fabrication", "welding", " marine")
_G = {name: LOWER_GATES.register(needles) for name, needles in {
    "de": ("gericht", "anwaltschaft", "polizei", "kriminal", "richteramt", "unfallkasse", "gerichtsmedizin",
           "rechtsmedizin"),
    "romance": ("tribunal", "cour ", "ministère", "parquet", "juges", "police", "prison", "maison d", "centre de d",
                "centre p", "établissement", "procura", "pretura", "ministero", "polizia", "carcere", "circondariale",
                "penitenziario"),
    "court_of": ("court of", "court for"), "court": (" court", " county"), "county": ("county ",),
    "coroner": ("coroner",), "police": ("police department", "police dept.", "police service", "county sheriff"),
    "pi": ("polizei",), "examiner": ("examiner",), "bg": ("berufsgenossenschaft", "bg ", "bg-"),
    "branch": ("landesstelle", "bezirksstelle", "außenstelle", "aussenstelle", "geschäftsstelle", "agentur",
               "direktion", "verwaltung", "hauptstelle", "filiale", "standort", "agence", "agenzia", "sede", "branch",
               "office"),
    "school": ("schule", "militärspital", "spitalschule", "école", "ecole", "scuola", "militare", "militaire", " rs ",
               " uos ", " os "),
    "barracks": ("kaserne", "caserne", "caserma", "barracks", "garrison", "camp", "air base", "naval", "force base",
                 "raf ", "rnas", "mcas", "nas ", "jb ", "jbsa", "cfb ", "raaf", "navsta"),
    "unit": ("battalion", "regiment", "brigade", "division", "squadron", "company", " wing", "group", "field hospital",
             "support hospital", "marines", "infantry", "armou", "armor", "fleet", "commando"),
    "ship": ("uss ", "usns", "uscgc", "hms ", "hmcs", "hmas", "hmnzs", "rfa "),
    "works": ("ärztliche", "medizinische"),
    "employer": ("employ", "arbeitgeber", "datore", "occupational", "works at", "beschäftigt bei", "tätig bei"),
    "trade": _TRADE_NEEDLES,
    "dental": ("dental", "dentaire", "dentistico", "odontoiatrico", "dentale", "zahnarzt", "zahnklinik", "zahnzentrum",
               "kieferorth"),
    "films": ("compar", "prior", "previous", "outside", "review", "vergleich", "vorbilder"),
    "film_nouns": ("films", "images", "imaging", "studies", "study", "scan", " ct", " mri", "x-ray", "bilder",
                   "aufnahmen"),
    "insurer": ("bg ", "bg-", "auva", "suva", "bva", "sva", "svs", "ögk", "drv", "dguv", "aok", "inail", "inps",
                "cnamts", "cpam", "css", "helsana", "visana", "sanitas", "swica", "concordia", "mutuel", "generali",
                "allianz", "axa", "zurich", "mobiliar", "vaudoise", "baloise", "rentenversicherung",
                "unfallversicherung", "krankenkasse", "versicherung", "versicherer"),
    "ae": ("_pacs", "pacs_", "_archive", "archive_", "_arch", "_scp", "scp_", "_scu", "_store", "_ris", "ris_", "_gw",
           "gw_", "_gateway", "_ae", "ae_", "_qr", "_vna", "vna_", "_wl", "_mwl", "_router", "_dicom", "dicom_"),
}.items()}
# German unit abbreviations, case as written (a shared pass over the text itself).
_UNIT_GATE = TEXT_GATES.register(("Btl", "Bat", "Rgt", "Brig", "Div", "Kp", "Kdo", "Geschw", "Staffel", "Abt", "Stff"))
# German noun endings that no seat has (a town may end in "-sion", "-ant" or "-ur": "Sion", "Chur").
_SEAT_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "ismus", "ität", "tion", "befund", "bericht", "bilder", "dienst",
                      "station", "team", "leitung", "sekretariat", "abteilung", "gutachten")
_ARTICLES = frozenset({"La", "Le", "Les", "Il", "Lo", "El", "Los", "Las"})
_NOT_SEAT = frozenset({"the", "der", "die", "das", "des", "dem", "den", "und", "and", "of", "for", "with", "mit",
                       "le", "la", "les", "il", "lo", "patient", "patientin", "patiente", "paziente", "court", "case",
                       "report", "reports", "request", "order", "ordered", "anordnung", "auftrag", "gutachten",
                       "bericht", "befund", "mrt", "ct", "mri", "röntgen", "rapport", "demande", "richiesta",
                       "referto", "films", "images", "previous", "prior", "old", "older", "recent", "outside",
                       "external",
                       "earlier", "current", "baseline", "follow", "interval", "comparison", "all", "both", "these",
                       "those", "today", "todays", "last", "latest", "original", "initial"})

# A time or a projection before "films" names no hospital ("Compared with the Monday / January / Supine films").
_NOT_FILM_SITE = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "januar", "februar", "märz", "juni", "juli", "oktober",
    "dezember", "lateral", "supine", "erect", "prone", "upright", "standing", "decubitus", "oblique", "portable",
    "bedside", "mobile", "weight-bearing", "inspiratory", "expiratory", "admission", "discharge", "preoperative",
    "postoperative", "pre-op", "post-op", "intraoperative", "theatre", "ward", "night", "morning", "evening",
    "weekend", "christmas", "easter", "emergency", "trauma", "screening", "staging", "surveillance", "yesterday",
    "tomorrow", "week", "month", "year", "annual", "interim", "repeat", "serial", "contrast", "plain", "flexion",
    "extension", "stress", "dynamic", "delayed", "arterial", "venous", "portal", "liegend", "stehend", "seitlich"})
# An employment status, a state's own service or a work condition after an employer cue names no employer.
_NOT_EMPLOYER = frozenset({
    "unemployed", "retired", "self-employed", "self", "none", "nil", "unknown", "student", "housewife", "homemaker",
    "disabled", "n/a", "na", "nhs", "army", "navy", "raf", "military", "armed", "government", "council", "night",
    "nights", "heights", "height", "home", "sea", "shifts", "weekends", "desk", "computer", "selbständig",
    "selbstständig", "selbstaendig", "rentner", "rentnerin", "pensioniert", "pensionär", "arbeitslos", "keiner",
    "keine", "unbekannt", "schüler", "schülerin", "studentin", "hausfrau", "hausmann", "invalide", "bundeswehr",
    "armee", "bundesheer", "staat", "nachtschicht", "schichtdienst", "retraité", "retraitée", "chômeur", "chômeuse",
    "indépendant", "indépendante", "sans", "aucun", "pensionato", "pensionata", "disoccupato", "disoccupata",
    "autonomo", "autonoma", "nessuno"})


# A commercial register number after a court: the register court of a letterhead (its town is ADDRESS there).
_REGISTER_AFTER = re.compile(r"[ \t,]*(?:HRB|HRA|VR|PR|GnR|PartG)\b")


def _seat_ok(seat: str | None) -> bool:
    """A seat is a listed town, or capitalised words (a Romance article may open them: "La Farera"), none a common,
    sentence or facility word."""
    if not seat:
        return False
    if known_town_end(seat, 0) == len(seat):
        return True
    parts = seat.replace("-", " ").split()
    if len(parts) > 1 and parts[0] in _ARTICLES:
        parts = parts[1:]
    return all(p.lower() not in _NOT_SEAT and p.lower() not in NOT_FACILITY_NAMES and p.lower() not in NOT_NAME_WORDS
               and not p.lower().endswith(_SEAT_NOUN_ENDINGS) for p in parts)


# Words before "Police Department" that name no seat, even where a listed town is spelled so (mend of round 23a).
_GENERIC_FORCE_WORDS = frozenset({"left", "right", "metro", "local", "transit"})


def _pi_seat(m: re.Match[str]) -> bool:
    """A Polizeiinspektion's seat opens with no Latin vessel or organ word (mend of round 23a): "PI Arteria cerebri
    media", "PI Vena cava", "PI Umbilicalis" are a pulsatility index beside a custody patient's police."""
    first = m.group("seat").split(" ")[0].split("-")[0]
    return first.lower() not in ANATOMY_PARTS and first not in CLINICAL_WORDS


def _trimmed_seat(text: str, m: re.Match[str], group: str = "seat") -> int | None:
    """The end of the match with its seat cut back to its good words (None when none is left)."""
    seat = m.group(group)
    if not seat:
        return None
    start = m.start(group)
    words = seat.split(" ")
    while words and not _seat_ok(" ".join(words)):
        words.pop()
    return start + len(" ".join(words)) if words else None


def _add(hits: list[Hit], start: int, end: int | None, label: str = "INSTITUTION") -> None:
    if end is not None and end > start:
        hits.append(Hit(start, end, label, "rule"))


def _add_matches(hits: list[Hit], rule: re.Pattern[str], text: str, ok: Callable[[re.Match[str]], bool] | None = None,
                 label: str = "INSTITUTION") -> None:
    """Each match of `rule` in `text` as a hit over its group "v" (where `ok` holds of the match, when given)."""
    for m in rule.finditer(text):
        if ok is None or ok(m):
            _add(hits, m.start("v"), m.end("v"), label)


def _barracks_seat_ok(m: re.Match[str]) -> bool:
    """A barracks match without a seat, or with a good one."""
    group = "seat" if m.group("seat") else ("seat2" if m.group("seat2") else None)
    return not group or _seat_ok(m.group(group))


def _ae_title_ok(m: re.Match[str]) -> bool:
    """An AE title with a node word ("PACS") and a site word of three letters or more that is no generic node word."""
    parts = m.group("v").split("_")
    return any(p in AE_NODE_WORDS for p in parts) and any(
        p.isalpha() and len(p) >= 3 and p not in AE_NODE_WORDS and p not in AE_GENERIC_WORDS for p in parts)


def legal_body_hits(text: str, lowered: str) -> list[Hit]:
    """INSTITUTION (and AE-title ID) hits of legal, forensic, military, occupational, insurance and dental bodies
    in `text` (`lowered`: its lower-cased copy)."""
    fired = LOWER_GATES.fired(lowered)
    hits: list[Hit] = []
    for rule, gate in ((DE_BODY, "de"), (ROMANCE_BODY, "romance"), (EN_COURT_OF, "court_of"), (CORONER, "coroner"),
                       (EXAMINER, "examiner")):
        if _G[gate] not in fired:
            continue
        for m in rule.finditer(text):
            if rule is DE_BODY and _REGISTER_AFTER.match(text, m.end("v")):
                continue  # "Amtsgericht <Town> HRB 1234": a company's register court (places.REGISTER_COURT)
            end = _trimmed_seat(text, m)
            if end == m.end("seat"):  # the whole seat holds: a county or hull after it belongs to the name
                end = m.end("v")
            _add(hits, m.start("v"), end)
    if _G["romance"] in fired:
        _add_matches(hits, ROMANCE_DEMONYM, text)
    if _G["county"] in fired and "County" in text:
        _add_matches(hits, COUNTY_BODY, text, lambda m: _seat_ok(m.group("seat")))
    if _G["court"] in fired and ("Court" in text or "County" in text):
        for m in EN_PLACE_COURT.finditer(text):
            group = "seat" if m.group("seat") else "seat2"
            names = m.group(group).split(" ")
            while names and not _seat_ok(names[0]):
                names.pop(0)
            if names:
                _add(hits, m.end(group) - len(" ".join(names)), m.end("v"))
    if _G["police"] in fired:
        for m in EN_POLICE.finditer(text):
            names = m.group("seat").split(" ")
            while names and (names[0].lower() in _GENERIC_FORCE_WORDS or not _seat_ok(names[0])):
                names.pop(0)
            if names:
                _add(hits, m.end("seat") - len(" ".join(names)), m.end("v"))
    if _G["pi"] in fired and "PI " in text:
        for m in PI_UNIT.finditer(text):
            if _POLICE_BEFORE.search(lowered, max(0, m.start() - 60), m.start()) is not None and _pi_seat(m):
                _add(hits, m.start("v"), _trimmed_seat(text, m))
    if _G["bg"] in fired:
        _add_matches(hits, BG, text)
    # "AUVA-Landesstelle Linz", "BG ETEM Bezirksverwaltung Köln": the branch's town is ADDRESS, the branch word stays
    # (as a campus word: site_forms.CAMPUS_AFTER) and so does an insurer's bare name (round 10).
    if _G["branch"] in fired and _G["insurer"] in fired:
        for m in INSURER_BRANCH.finditer(text):
            _add(hits, m.start("seat"), _trimmed_seat(text, m), "ADDRESS")
    if _UNIT_GATE in TEXT_GATES.fired(text):
        _add_matches(hits, DE_UNIT, text)
    for m in SCHOOL.finditer(text) if _G["school"] in fired else ():
        end = m.end("n")
        if m.group("v").split()[0] in ("RS", "UOS", "OS"):
            if not m.group("seat") or known_town_end(text, m.start("seat")) != m.end("seat"):
                continue  # "RS 2" without a listed town: a code of anything
            end = m.end("seat")
        elif m.group("seat") and _seat_ok(m.group("seat")):
            end = m.end("seat")
        _add(hits, m.start("v"), end)
    if _G["barracks"] in fired:
        _add_matches(hits, BARRACKS, text, _barracks_seat_ok)
    if _G["unit"] in fired:
        _add_matches(hits, EN_UNIT, text)
    if _G["ship"] in fired:
        _add_matches(hits, SHIP, text, lambda m: _is_ship(text, m))
    if _G["works"] in fired:
        _add_matches(hits, WORKS_SERVICE, text, lambda m: _seat_ok(m.group("n").removeprefix("Kaserne ").split()[0]))
    for m in EMPLOYER.finditer(text) if _G["employer"] in fired else ():
        names = m.group("v").split(" ")
        if names[0].lower() in _NOT_EMPLOYER:
            continue  # "Employer: Unemployed", "Arbeitgeber: Bundeswehr", "Works at Heights"
        while names and not _seat_ok(names[-1]) and names[-1] not in ("&",):
            names.pop()
        if names and _seat_ok(names[0]):
            _add(hits, m.start("v"), m.start("v") + len(" ".join(names)))
    if _G["trade"] in fired:
        _add_matches(hits, TRADE_COMPANY, text, lambda m: _seat_ok(m.group("v").split()[0]))
    if _G["dental"] in fired:
        _add_matches(hits, DENTAL, text, lambda m: _seat_ok(m.group("v").split(" ")[0])
                     or m.group("v").split(" ")[0] in _DENTAL_HEADS)
    if _G["films"] in fired and _G["film_nouns"] in fired:
        _add_matches(hits, BARE_SITE_FILMS, text, lambda m: _seat_ok(m.group("v"))
                     and not any(w.lower() in _NOT_FILM_SITE for w in m.group("v").split()))
    if _G["ae"] in fired:
        _add_matches(hits, AE_TITLE, text, _ae_title_ok, "ID")
    return hits

