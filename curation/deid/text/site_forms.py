"""Facilities named by their form rather than a hospital word (round 10): acronyms in a site slot, sites of
national services, care homes, practices named by a compound or a modality and a town.

- An acronym in a site slot: a cell of a "Site" / "Standort" / "Hospital" column ("Site,Exam\\nRUH,CT chest"),
  an acronym opening a bracket before a hospital number ("(NNUH K4471902)"), after a specialty ("oncologia
  IOSI", "Onkologie KSW"), after a procedure or imaging word and "at" / "from" ("Biopsy at UHCW"). Modality,
  clinical and report abbreviations are none ("(CT 2024)", "Hämatologie AML", "biopsy at MDT").
- A German context slot with one name word: "Voraufnahmen aus Hochzirl:", "Vorbefund bei Radiomed," (not a
  common noun, a month or a bare hospital word: "Vorbefund aus Fremdhaus", "Aufnahmen aus Juni").
- Sites of national services: "<Town> CBOC", "<Person> VAMC", "<Town> VA Medical Center", "<Town> Minor
  Injuries Unit", "<Town> Urgent Treatment Centre" (the name words before the head; the head alone, "the
  Minor Injuries Unit", is a kind of place, no PHI).
- Ticino's hospital body: "Ente Ospedaliero Cantonale", "Ente Ospedaliero di <Town>".
- Care homes: Swiss "EMS <Name>" ("EMS Les Tilleuls"; not the English emergency services, "EMS crew"), "Haus
  der <Name> [<street or place>]" when its noun is a care-home word or a resident cue stands before it.
- Practices: a German compound on -ordination / -praxis / -ambulatorium with a place ("Kinderordination
  Linz-Urfahr"); a modality or specialty and a listed town ("Röntgen Leoben", "Radiologie Wels"; not "Röntgen
  Thorax").
- Edges (`widened_sites`): a capitals prefix joined by a hyphen ("LKH-Univ. Klinikum X", "LKH-Klinikum X")
  and a town after an imaging group's head ("Clearview Imaging of Tucson") belong to the found name.

Insurers are no PHI (HIPAA Safe Harbor, 45 CFR 164.514(b)(2): the health plan *beneficiary number* is
identifier 9, the plan's name is not among the 18): "Blue Cross Blue Shield of <State>", "Bupa", "AOK" stay.
"""

from __future__ import annotations

import re
from functools import cache

from curation.deid.text.common import LO, UP, Gated, Hit, RunBeforeLiteral, literal_starts, words
from curation.deid.text.facilities import NOT_FACILITY_NAMES, TIME_WORDS
from curation.deid.text.given_names import is_any_given_name
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.tables import SITE_HEADERS, column_cells
from curation.deid.text.towns import towns
from curation.deid.text.unit_sites import NOT_ACRONYMS
from curation.deid.text.unit_words import is_unit_word

# Clinical, report and system abbreviations that stand where a site's acronym could: "(AML 2019)", "Onkologie
# NSCLC", "biopsy at MDT", "Radiologie PACS", procedure and billing code systems ("(CPT 72148)"). ID labels
# ("(SVNR 9144030381)", "MBI", "H&C") are none either: the ID-label patterns say so (`_is_id_label`), no list.
# MR sequences and radiotherapy techniques join in pairs like house codes ("STIR-TSE", "IMRT-VMAT"; mend of 21b).
CLINICAL_ACRONYMS = words("""
AML ALL CLL CML NHL HCC RCC NSCLC SCLC COPD ALS PCI TAVI TAVR CABG ERCP MRCP EUS TEE TTE DVT PE CVA TIA MI STEMI
NSTEMI GIST DCIS IDC ILC BPH PSA CEA AFP CRP HER ER PR MS UTI AKI CKD ESRD IBD UC GERD OSA PTX MDT MDM EBUS FNA
FNAC CNB VAB PACS RIS EPR EMR EHR KIS SUV ADC DWI FLAIR DTI SWI TOF MIP MPR VR DSA CTA MRA CTPA CXR AXR KUB IVP
IVU DEXA DXA OPG BIRADS RADS LIRADS PIRADS TIRADS CAD AI QA QC SOP FU NAD OK NB PRN BID TID QD IV IM SC PO NPO
HEAD NECK LEFT RIGHT BOTH LUL LLL RUL RML RLL LAD LCX RCA CT MRT MR MRI PET SPECT USG XR RX DR CR NM DXA IR
ED ER ICU OR OP IMC OPD AE GP DOB NHS TBD TBC NA NIL WHO TNM AJCC UICC ASA ECOG KPS ABC HIV HBV
HCV TB MRSA VRE ESBL RSV COVID SARS INR PTT APTT HB HGB WBC PLT EGFR GFR ALK ROS BRAF KRAS PDL HPV EBV CMV
DGN DGR ESR ACR RCR SIR ESGAR ESUR NICE NCCN
CPT HCPCS ICD OPS DRG EBM GOÄ TARMED TARDOC LOINC SNOMED RVU ODS
A&E ITU HDU CCU SDEC AMU CDU MAU EAU UTC MIU OPAT OOH
PACU NICU PICU SCBU TOE DSU ESWL RFA MWA TACE TARE SIRT UGI OGD EGD HKL EPU ZOP AWR ZVK PTCD TURP TURB
EVAR TEVAR VATS PTA PTCA BSL ASL DGS LSF LIS ÖGS
SHO SPR STR RMO JHO PGY HST
RMN ICH SAH SDH EDH GCS NIHSS
TSE FSE GRE EPI STIR HASTE SPIR SPAIR VIBE TIRM BLADE MPRAGE CISS FIESTA TRUFI DIXON IMRT VMAT SBRT SABR SRS IGRT
IMPT HDR LDR SIB PS
""") | NOT_ACRONYMS
_ACRONYM = r"[A-Z][A-Z&]{1,5}"


@cache
def _is_id_label(word: str) -> bool:
    from curation.deid.text.rules import is_id_label  # rules imports this module

    return is_id_label(word)


def is_site_acronym(value: str) -> bool:
    """True for a capitals word that may name a house: no modality, clinical, unit or ID-label abbreviation."""
    return value not in CLINICAL_ACRONYMS and value.strip("&") == value and not _is_id_label(value)


_acronym_ok = is_site_acronym


# A site column's cell: an acronym or one to four name words (the header words are tables.SITE_HEADERS).
_CELL_NAME = re.compile(rf"(?:{_ACRONYM}|(?:The[ \t])?[{UP}][\w{LO}'’.&-]+"
                        rf"(?:[ \t](?:am|an[ \t]der|of|de|di|St\.|&)?[ \t]?[{UP}][\w{LO}'’.-]+){{0,3}})\Z")

BRACKET_ACRONYM = re.compile(rf"\((?P<v>{_ACRONYM})[ \t]+(?!(?:19|20)\d\d(?!\w))"
                             r"(?=[A-Z]{0,3}[ \t]?(?:\d[/-]?){5,})")  # five digits: a number, not "AO 31-A2"
BRACKET_RULE = Gated(BRACKET_ACRONYM, ("(",))
SPECIALTY_ACRONYM = re.compile(r"(?:logia|logie|logy|iatria|iatrie|chirurgia|chirurgie|medicina|medizin)[ \t]"
                               r"(?P<v>[A-Z]{3,6})(?![\w&-])")
# (from its literal starts in the shared pass; round 19 of speed)
SPECIALTY_RULE = Gated(literal_starts(SPECIALTY_ACRONYM), ("logi", "logy", "iatri", "chirurg", "medicina", "medizin"))
# Found from the preposition and the acronym; the procedure or imaging word before is checked after.
CONTEXT_ACRONYM = re.compile(rf"[ \t](?:at|from|im|am|aus[ \t]dem|bei|vom)[ \t]+(?:the[ \t]+)?(?P<v>{_ACRONYM})"
                             rf"(?![\w&-])")
# (Gated on English prepositions and the German procedure words: " am " and " im " stand in every German report,
# and each needle occurrence costs a step of the shared needle pass.)
CONTEXT_RULE = Gated(CONTEXT_ACRONYM, (" at ", " from ", "Biopsie", "Punktion", "Voraufnahme", "Vorbefund",
                                       "Aufnahmen"))
_CONTEXT_BEFORE = re.compile(
    r"(?<![\w-])(?:[Bb]iops(?:y|ies|ied)|performed|done|obtained|imaged|scanned|treated|operated|resected|diagnosed|"
    r"staged|[Ii]maging|[Ss]tud(?:y|ies)|[Ss]cans?|CT|MRI|MR|PET|PET-CT|DEXA|DXA|[Uu]ltrasound|[Mm]ammogra(?:m|ms|phy)|"
    r"X-rays?|[Rr]adiographs?|[Ss]urgery|[Rr]esection|[Bb]iopsie|Punktion|Voraufnahmen?|Vorbefund|Aufnahmen|"
    # (round 12: an episode of care names the trust too: "seen at <TRUST>", "discharged from <TRUST>")
    r"[Ss]een|[Dd]ischarged|[Tt]ransferred|[Aa]dmitted|[Rr]eferred|[Aa]ttended|[Ff]ollowed|[Mm]anaged|[Bb]ooked)\Z")

# "Voraufnahmen aus Hochzirl:": one name word where outside imaging came from.
GERMAN_SLOT = re.compile(
    rf"(?:Voraufnahmen?|Vorbefunde?|Voruntersuchung(?:en)?|Fremdaufnahmen?|Aufnahmen|Bilder|CT|MRT|Röntgen|"
    rf"Sonographie|Zuweisung|Überweisung|Verlegung|Biopsie)[ \t]+(?:aus|bei)[ \t]+"
    rf"(?P<v>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*)"
    rf"(?=[ \t]*[:,;(\n]|\.(?:[ \t\n]|$)|[ \t]+(?:vom|von|mit|zeigen|zeigt|ergab|ergaben|liegen|liegt)\b)")
GERMAN_SLOT_RULE = Gated(literal_starts(GERMAN_SLOT), ("Voraufnahme", "Vorbefund", "Voruntersuchung", "Fremdaufnahme",
                                                      "Aufnahmen", "Bilder", "CT ", "MRT ", "Röntgen ", "Sonographie",
                                                      "Zuweisung", "Überweisung", "Verlegung", "Biopsie"))
_NOT_GERMAN_SLOT = words("""
fremdhaus fremdklinik archiv pacs vorjahr vormonat vorwoche haus klinik klinikum praxis spital krankenhaus
notaufnahme ambulanz station intensivstation sicht dokumentation cd dvd disk stick papier
""") | TIME_WORDS | NOT_NAME_WORDS

# Sites of national services and the run of name words before them.
_NAME_RUN = rf"(?P<n>(?:[{UP}][\w{LO}'’.-]*+[ \t]){{1,4}}?)"
SERVICE_SITE = re.compile(rf"(?<![\w’'-]){_NAME_RUN}(?P<h>CBOC|VAMC|VAHCS|VA[ \t](?:Medical[ \t]Cent(?:er|re)|"
                          rf"Hospital|Clinic|Health[ \t]Care[ \t]System)|Minor[ \t]Injur(?:y|ies)[ \t]Unit|MIU|"
                          rf"Urgent[ \t]Treatment[ \t]Cent(?:re|er)|Walk-in[ \t]Cent(?:re|er))(?![\w-])")
SERVICE_RULE = Gated(SERVICE_SITE, ("CBOC", "VAMC", "VAHCS", "VA ", "Minor Injur", "MIU", "Urgent Treatment",
                                    "Walk-in"))
_NOT_SERVICE_NAMES = words("""
attended attends presented presents seen discharged visited reviewed transferred referred admitted local nearest
nearby community same patient patients via called
""") | NOT_FACILITY_NAMES

ENTE = re.compile(rf"(?P<v>Ente[ \t][Oo]spedaliero(?:[ \t](?:[Cc]antonale|[Rr]egionale))?"
                  rf"(?:[ \t](?:di|del|della)[ \t][{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+)?)?)")
ENTE_RULE = Gated(ENTE, ("Ente ",))

# "Salzkammergut Klinikum", "Kepler Universitätsklinikum", "Mühlviertler Kliniken": one proper name before a
# German hospital word with nothing after it (the hospital rules of places.py want a name after the head).
NAME_BEFORE_HEAD = re.compile(rf"(?<![\w.-])(?P<n>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)[ \t](?P<h>Universitätsklinikum|"
                              rf"Universitätsklinik|Universitätsspital|Uniklinikum|Uniklinik|"
                              rf"Klinikum|Kliniken|Landesklinikum|Krankenhaus|Spital)"
                              rf"(?=[ \t]*(?:[,;:(\n]|\.(?:[ \t\n]|$)|$))")
_HOSPITAL_HEADS = ("Universitätsklinikum", "Universitätsklinik", "Universitätsspital", "Uniklinikum", "Uniklinik",
                   "Klinikum", "Kliniken", "Landesklinikum", "Krankenhaus", "Spital")
NAME_BEFORE_RULE = Gated(RunBeforeLiteral(NAME_BEFORE_HEAD, _HOSPITAL_HEADS, "-", " \t", at_anchor=False),
                         _HOSPITAL_HEADS)
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "ie", "ik", "tät", "nis", "bild", "bilder",
                 "befund", "bericht", "aufnahme", "aufnahmen")
_NOT_HEAD_NAMES = words("""
das dem den der des die ein einem einen einer eines im am vom zum ins aus bei von nach mit kein keine unser
unserem unseres unsere ihr ihrem ihres ihre sein seinem seines diesem dieses städtisches städtischen
""") | NOT_NAME_WORDS | TIME_WORDS

# Swiss "établissement médico-social": EMS and its name (French articles may open it).
EMS_HOME = re.compile(rf"(?<![\w-])EMS[ \t](?P<n>(?:(?:Le|La|Les|L['’]|Du|Des|De|Résidence|Home|Foyer)[ \t]?)*"
                      rf"[{UP}][\w{LO}'’-]+(?:[ \t-][{UP}][\w{LO}'’-]+){{0,2}})")
EMS_RULE = Gated(EMS_HOME, ("EMS ",))
_NOT_EMS_NAMES = words("""
crew report reports personnel arrival transport transported team staff run sheet notes note record records unit
service services provider providers protocol activation medic medics paramedic paramedics response call called
agency ambulance vitals glucose ecg ekg handover handoff bay triage radio pre-alert prealert history documentation
was were and or stated noted reported found gave given brought en route on at in to the a an with
""") | NOT_FACILITY_NAMES
# "Haus der Barmherzigkeit Seeböckgasse": a house named by a care word, or any "Haus der X" after a resident cue.
HOUSE_OF = re.compile(rf"(?P<v>Haus[ \t](?:der|des|zur|zum|St\.)[ \t](?P<noun>[{UP}][{LO}]+)"
                      rf"(?:[ \t](?P<place>[{UP}][\w{LO}.-]+))?)")
HOUSE_RULE = Gated(HOUSE_OF, ("Haus ",))
_CARE_NOUNS = words("barmherzigkeit senioren pflege caritas diakonie generationen begegnung betreuung hoffnung "
                    "geborgenheit ruhe heimat familie elisabeth")
_RESIDENT_CUE = re.compile(r"(?i:bewohner(?:in)?|wohnt|lebt|heimbewohner(?:in)?|pflegeheim|aus[ \t]dem)[ \t]+(?:im|"
                           r"in[ \t]dem|des|vom)?[ \t]*\Z")
_STREET_END = ("straße", "strasse", "gasse", "weg", "platz", "allee", "ring")

# "Kinderordination Linz-Urfahr", "Kinderarztpraxis Au": a compound practice head and a place.
COMPOUND_PRACTICE = re.compile(rf"(?<![\w-])(?P<v>[{UP}][{LO}]+(?:ordination|arztpraxis|praxis|ambulatorium)[ \t]"
                               rf"(?P<n>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*))")
COMPOUND_RULE = Gated(COMPOUND_PRACTICE, ("ordination ", "praxis ", "ambulatorium "))
# "Röntgen Leoben", "Radiologie Wels": a modality or specialty named after its town (the town must be listed).
MODALITY_TOWN = re.compile(rf"(?P<v>(?:Röntgen|Radiologie|Nuklearmedizin|Diagnosezentrum|Institut)[ \t]"
                           rf"(?P<t>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?))(?![\w-])")
MODALITY_RULE = Gated(MODALITY_TOWN, ("Röntgen ", "Radiologie ", "Nuklearmedizin ", "Diagnosezentrum ",
                                      "Institut "))

# Edges: "LKH-Univ. Klinikum", "LKH-Klinikum", "KH-Uni Klinik" before a found name; "of <Town>" after an
# imaging group's head.
HYPHEN_PREFIX = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{2,5}-(?:(?:Univ\.|Uni)[ \t]?)?\Z")
_GROUP_HEAD_END = re.compile(r"(?:Imaging|Radiology|Radiologists|Diagnostics|MRI|Imaging[ \t]Cent(?:er|re))\Z")
TOWN_OF_AFTER = re.compile(rf"[ \t]of[ \t](?!the\b)[{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+)?(?![\w-])")


# Round 11. A screening unit named by a region and a compass word, after or before its keyword ("breast
# screening unit <Region> South", "Screening-Einheit <Region> Ost", "<Region> North Breast Screening Service").
_COMPASS = (r"(?:North|South|East|West|Central|North[ \t-]East|North[ \t-]West|South[ \t-]East|South[ \t-]West|"
            r"Nord|Süd|Ost|West|Mitte|Nordost|Nordwest|Südost|Südwest|Nord-Ost|Süd-Ost|Nord-West|Süd-West)")
_REGION = rf"[{UP}][{LO}]+(?:[- ][{UP}][{LO}]+)?"
SCREENING_UNIT = re.compile(
    rf"(?i:screening)(?:[ \t-](?:[Uu]nit|[Ee]inheit|[Ss]ervice|[Cc]ent(?:re|er)|[Pp]rogram(?:me)?|[Rr]egion)|"
    rf"einheit)[ \t:,]+(?:the[ \t])?(?P<v>{_REGION}[ \t-]{_COMPASS})(?![\w-])")
SCREENING_BEFORE = re.compile(rf"(?<![\w-])(?P<v>{_REGION}[ \t-]{_COMPASS})[ \t](?:NHS[ \t])?(?:Breast[ \t])?"
                              rf"Screening[ \t](?:Unit|Service|Centre|Center|Programme)(?![\w-])")
SCREENING_RULE = Gated(SCREENING_UNIT, ("screening",), lower=True)
SCREENING_BEFORE_RULE = Gated(SCREENING_BEFORE, ("Screening ",))
# Austrian primary-care units: "PVE <Town>-<District>", "PVZ <Town>", "Primärversorgungszentrum <Town>".
PRIMARY_CARE = re.compile(rf"(?<![\w-])(?P<v>(?:PVE|PVZ|PVN|PHC|PVNW|Primärversorgungs(?:einheit|zentrum|netzwerk))"
                          rf"[ \t](?P<n>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*(?:[ \t][{UP}][{LO}]+)?))")
PRIMARY_CARE_RULE = Gated(PRIMARY_CARE, ("PVE ", "PVZ ", "PVN", "PHC ", "Primärversorgungs"))
# US VA health-care systems: "VA <Name> HCS", "VA <Name> Health Care System" (the "<Town> VAHCS" form is
# SERVICE_SITE's).
VA_SYSTEM = re.compile(rf"(?<![\w-])(?P<v>VA[ \t](?:[{UP}][\w{LO}'’.-]*[ \t]){{1,3}}(?:HCS|Health[ \t]?[Cc]are[ \t]"
                       rf"System|Healthcare[ \t]System|HSC|MC))(?![\w-])")
VA_RULE = Gated(VA_SYSTEM, ("VA ",))
# A clinic brand joined by "&": "Kessler & Moore Orthopedics", "Bone & Spine Associates"; departments joined by
# "&" ("Accident & Emergency", "Trauma & Orthopaedics", "Ear, Nose & Throat") are none: a word of the brand must
# be no department or specialty word, or a practice head must end it.
AMP_BRAND = re.compile(rf"(?P<v>[{UP}][\w{LO}'’-]+[ \t]?&[ \t]?[{UP}][\w{LO}'’-]+(?:[ \t][{UP}][\w{LO}'’-]+){{0,3}})")
AMP_RULE = Gated(AMP_BRAND, ("&",))
_AMP_CUE = re.compile(r"(?<![\w-])(?:from|at|by|via|with|to|von|bei|aus|vom|der|die|chez|da|presso)[ \t]+"
                      r"(?:the[ \t]+)?\Z", re.I)
_PRACTICE_HEADS = words("associates partners group practice clinic clinics centre center specialists consultants "
                        "physicians imaging radiology orthopedics orthopaedics llc pllc inc ltd gmbh")
_FIRM_HEADS = words("associates partners group specialists consultants physicians llc pllc inc ltd gmbh")
_DEPARTMENT_WORDS = words("""
accident emergency trauma orthopaedics orthopedics obstetrics gynaecology gynecology ear nose throat head neck
plastic reconstructive oral maxillofacial hepatobiliary pancreatic vascular endovascular cardiothoracic thoracic
diagnostic interventional nuclear medicine imaging radiology research development quality safety infection
prevention control health social care nursing therapy rehabilitation pain palliative hospice sexual reproductive
genitourinary renal urology hematology haematology oncology breast endocrine diabetes metabolism allergy immunology
bone spine joint sports muscle skin hair eye vision hearing sleep heart lung lungs liver kidney brain mind body
family women children adolescents mothers babies physical occupational speech language research education training
r d a e q i
""")
# An HL7 CX identifier's assigning authority ("4471203^^^<AUTHORITY>^MR"): the issuing site, not a type code.
# (The ID before the three carets holds a digit: an XCN name's "^S^^^MD" or "^^^^MD" names a degree.)
ASSIGNING_AUTHORITY = re.compile(r"(?<=[|~])(?P<id>[\w-]*\d[\w-]*)\^\^\^(?P<v>[A-Za-z][\w .-]{1,39}?)(?=[&^|~\n]|$)")
_ID_TYPE_CODES = words("MR MRN PI PN PT PRN AN VN NI NH NHS SS SSN HC DL PPN ISO UUID GUID DNS HL7 L U EI XX BR FI "
                       "MC MA MB JHN CZ PCN DR DN LN SR VS WC MD DO RN PA NP KH LKH UKH")
_SYSTEMS = words("KIS RIS PACS HIS LIS EHR EPR EMR EPIC CERNER ORBIS MEDICO ISH SAP MEDITECH SECTRA AGFA IMPAX "
                 "SYNGO CENTRICITY VNA MPI EMPI")
# DICOM protocol / description values: a site brand glued before the protocol words ("<Brand>_Thorax_KM").
PROTOCOL_VALUE = re.compile(r"(?i:protocol[ \t]?name|series[ \t]?description|study[ \t]?description|"
                            r"\(0018,1030\)|\(0008,103e\)|\(0008,1030\))[^\n:=]{0,24}[:=][ \t]*\[?"
                            r"(?P<v>[^\n\]]{3,64})")
PROTOCOL_RULE = Gated(PROTOCOL_VALUE, ("protocol", "description", "(0018,1030)", "(0008,103e)", "(0008,1030)"),
                      lower=True)
_PROTOCOL_TOKEN = re.compile(r"[^_\s/-]+")
_PROTOCOL_WORDS = words("""
thorax chest lunge lung lungs abdomen abd becken pelvis schaedel schädel kopf head neck hals hws bws lws ws spine
cervical thoracic lumbar sacrum knie knee huefte hüfte hip schulter shoulder ellbogen elbow hand handgelenk wrist
fuss fuß foot ankle sprunggelenk oberschenkel femur unterschenkel leg arm brust breast mamma herz heart cardiac
cor aorta angio cta mra mr mri ct pet spect nm us sono routine standard std km kontrast contrast nativ native plain
arteriell arterial venoes venös venous portal portalvenoes spaet spät delayed late early frueh früh phase multiphase
triphasic low dose ld hr hrct ctpa pe lae embolie embolism stroke schlaganfall perfusion perf diffusion dwi adc
flair t1 t2 pd stir tse fse gre swi tof mprage vibe dixon fs fatsat sag cor tra ax axial coronal sagittal 3d 2d
bh fb gated ekg ecg kinder paed peds pediatric child adult erw helical spiral seq sequence protocol protokoll
screening staging followup follow up fu kontrolle control biopsie biopsy punktion guided leber liver niere kidney
renal pankreas pancreas prostata prostate orbita orbits felsenbein iac sinus nnh sinuses gesicht face zähne dental
dentascan colon kolon darm enterography urography urographie uro cholangio mrcp ercp gallenwege knochen bone
skelett whole body wb ganzkörper ganzkoerper tumor tumour onko onco trauma polytrauma notfall emergency acute
calcium score calc ca coronary koronar dual energy de spectral iodine jod bolus test tracking timing scout topogram
localizer loc survey recon reko reconstruction mpr mip vr soft tissue weichteil lungenfenster bone knochenfenster
""")


def _site_column_hits(text: str) -> list[Hit]:
    """The cells of a site / practice column of a delimited export (read by tables.py's one table reader)."""
    hits: list[Hit] = []
    for _, (a, b) in column_cells(text, SITE_HEADERS):
        value = text[a:b]
        if (_CELL_NAME.match(value) and value.lower() not in NOT_FACILITY_NAMES
                and (not value.isupper() or _acronym_ok(value)) and not is_unit_word(value)):
            hits.append(Hit(a, b, "INSTITUTION", "rule"))
    return hits


_NON_SPACE = re.compile(r"\S+")


def _name_start(m: re.Match[str], stop: frozenset[str]) -> int | None:
    names = list(_NON_SPACE.finditer(m.group("n")))
    while names and names[0].group().lower().strip("'’") in stop:
        names.pop(0)
    if not names or any(t.group().lower().strip("'’") in stop for t in names):
        return None
    return m.start("n") + names[0].start()


def site_form_hits(text: str, lowered: str) -> list[Hit]:
    """INSTITUTION hits of the forms above; `lowered` is text.lower()."""
    hits = _site_column_hits(text) if "\n" in text else []
    for rule in (BRACKET_RULE, SPECIALTY_RULE):
        hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in rule.finditer(text, lowered)
                    if _acronym_ok(m.group("v")))
    hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in CONTEXT_RULE.finditer(text, lowered)
                if _acronym_ok(m.group("v")) and _CONTEXT_BEFORE.search(text, max(0, m.start() - 12), m.start()))
    hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in GERMAN_SLOT_RULE.finditer(text, lowered)
                if m.group("v").lower() not in _NOT_GERMAN_SLOT and not m.group("v").lower().endswith(_NOUN_ENDINGS)
                and m.group("v") not in towns())  # "aus Gröbenzell": a listed town is the towns rule's
    for m in SERVICE_RULE.finditer(text, lowered):
        if (start := _name_start(m, _NOT_SERVICE_NAMES)) is not None:
            hits.append(Hit(start, m.end("h"), "INSTITUTION", "rule"))
    hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in ENTE_RULE.finditer(text, lowered))
    for m in NAME_BEFORE_RULE.finditer(text, lowered):
        name = m.group("n").lower()
        if name not in _NOT_HEAD_NAMES and not name.endswith(_NOUN_ENDINGS):
            hits.append(Hit(m.start("n"), m.end("h"), "INSTITUTION", "rule"))
    for m in EMS_RULE.finditer(text, lowered):
        first = m.group("n").split()[0].lower().strip("'’")
        if first not in _NOT_EMS_NAMES:
            hits.append(Hit(m.start(), m.end("n"), "INSTITUTION", "rule"))
    for m in HOUSE_RULE.finditer(text, lowered):
        if m.group("noun").lower() in _CARE_NOUNS or _RESIDENT_CUE.search(text, max(0, m.start() - 30), m.start()):
            place = m.group("place")
            keep_place = place is not None and (place.lower().endswith(_STREET_END) or place in towns())
            hits.append(Hit(m.start("v"), m.end("place") if keep_place else m.end("noun"), "INSTITUTION", "rule"))
    for m in COMPOUND_RULE.finditer(text, lowered):
        name = m.group("n").lower()
        if name not in NOT_NAME_WORDS and name not in TIME_WORDS and not name.endswith(("ung", "heit", "keit")):
            hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    hits.extend(_round11_hits(text, lowered))
    return hits


def _round11_hits(text: str, lowered: str) -> list[Hit]:
    """Screening units, primary-care units, VA systems, "&" brands, HL7 assigning authorities, protocol brands."""
    hits: list[Hit] = []
    for rule in (SCREENING_RULE, SCREENING_BEFORE_RULE, VA_RULE):
        hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in rule.finditer(text, lowered)
                    if m.group("v").split()[0].lower() not in NOT_FACILITY_NAMES)
    hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in PRIMARY_CARE_RULE.finditer(text, lowered)
                if m.group("n").split("-")[0].lower() not in NOT_NAME_WORDS)
    for m in AMP_RULE.finditer(text, lowered):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "&-"):
            continue
        names = [w.lower().strip("'’") for w in m.group("v").replace("&", " ").split()]
        head = names[-1] in _PRACTICE_HEADS and len(names) > 2
        # ("Bone & Spine Associates": a firm's head after department words; "Radiology & Imaging" is none.)
        firm = head and names[-1] in _FIRM_HEADS
        if (head or _AMP_CUE.search(text, max(0, m.start() - 16), m.start())) and (
                head or not any(w in _DEPARTMENT_WORDS for w in names)) and (firm or not all(
                w in _DEPARTMENT_WORDS or w in _PRACTICE_HEADS for w in names)):
            hits.append(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule"))
    if "^^^" in text:
        hits.extend(Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in ASSIGNING_AUTHORITY.finditer(text)
                    if m.group("v").strip() not in _ID_TYPE_CODES and m.group("v").upper() not in _SYSTEMS
                    and _acronym_ok(m.group("v").upper()))  # ("^^^KIS": the hospital information system)
    for m in PROTOCOL_RULE.finditer(text, lowered):
        tokens = list(_PROTOCOL_TOKEN.finditer(m.group("v")))
        if len(tokens) < 2 or "_" not in m.group("v"):
            continue
        first = tokens[0]
        word = first.group()
        if (word.isalpha() and len(word) >= 3 and word.lower() not in _PROTOCOL_WORDS
                and word[0].isupper() and (not word.isupper() or _acronym_ok(word))
                and word.lower() not in NOT_FACILITY_NAMES
                and any(t.group().lower() in _PROTOCOL_WORDS for t in tokens[1:])):
            hits.append(Hit(m.start("v") + first.start(), m.start("v") + first.end(), "INSTITUTION", "rule"))
    return hits


def modality_town_hits(text: str, lowered: str) -> list[Hit]:
    """INSTITUTION hits of a modality or specialty and a listed town ("Röntgen Leoben"); added after the edge
    trim, which would cut the modality word off as a report-section word."""
    return [Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") for m in MODALITY_RULE.finditer(text, lowered)
            if m.group("t") in towns() and not (m.start() and (text[m.start() - 1].isalnum()
                                                              or text[m.start() - 1] == "-"))]


# Round 11 edges. A person's full name before a hospital word ("<Given> <Surname> Spital <Town>"): a listed
# given name opens it.
PERSON_BEFORE = re.compile(rf"(?<![\w.-])(?P<g>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)[ \t](?:[{UP}]\.[ \t])?"
                           rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?[ \t]\Z")
GIVEN_BEFORE = re.compile(rf"(?<![\w.-])(?P<g>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)[ \t]\Z")
_PERSON_NAMED_HEADS = ("Spital", "Krankenhaus", "Klinik", "Klinikum", "Hospital", "Hospiz", "Memorial", "Heim")
_REGIONS = (r"(?:Tirol|Osttirol|Südtirol|Kärnten|Steiermark|Vorarlberg|Salzburg|Burgenland|Bayern|Oberbayern|"
            r"Niederbayern|Schwaben|Franken|Oberfranken|Unterfranken|Mittelfranken|Oberpfalz|Württemberg|Baden|Holstein|"
            r"Westfalen|Sachsen|Thüringen|Hessen|Oberösterreich|Niederösterreich|Emmental|Oberland|Graubünden|Wallis|"
            r"Tessin|Ticino|Allgäu|Westerwald|Sauerland|Eifel|Holland|Friesland|Ostfriesland)")
# A multi-word place suffix after the town ("<Head> <Town> am Inn", "an der <River>", "im Breisgau", "in der
# Oberpfalz", "ob der Tauber", "upon Tyne", "-on-Sea", "(Oder)"; not English "on", which opens dates).
PLACE_SUFFIX = re.compile(rf"(?:[ \t](?:am|an[ \t]der|an[ \t]dem|im|in[ \t]der|in[ \t]den|ob[ \t]der|bei|vor[ \t]der|"
                          rf"auf[ \t]der|unter[ \t]der|upon|sur|sul|sulla)[ \t]|-(?:on|upon)-)"
                          rf"(?P<p>[{UP}][{LO}]+(?:[ \t-][{UP}][{LO}]+)?)(?![\w-])|[ \t]\((?P<q>[{UP}][{LO}]+)\)|"
                          # "a. d. Ilm", "i. Br.", "a. M.", "i. d. OPf."; "in Tirol" (a region only)
                          rf"[ \t](?:[aio]\.[ \t]?d\.|[aib]\.)[ \t]?(?P<a>[{UP}][\w{LO}]*\.?)(?![\w-])|"
                          rf"[ \t]in[ \t](?P<r>{_REGIONS})(?![\w-])")
# A campus after a comma or a dash ("<Ospedale Regionale di X>, sede <Name>", "<X>, site de <Name>", "<X> –
# Standort <Name>"): the campus name is a span of its own, the campus word stays (the convention of the corpora).
CAMPUS_AFTER = re.compile(rf"[ \t]*[,–-][ \t]*(?:sede|presidio|stabilimento|campus|site|Standort|Campus|Site|"
                          rf"site[ \t]de|site[ \t]d['’]|sito[ \t]di)[ \t]+(?P<v>(?:(?:San|Santa|Sant['’]|St\.?)[ \t]?)?"
                          rf"[{UP}][\w{LO}'’-]+(?:[ \t](?:di[ \t]|de[ \t])?[{UP}][\w{LO}'’-]+){{0,2}})"
                          rf"(?=[ \t]*(?:[.,;:)\n]|$))")
# A short-form tail after a saint's or a person's name: "St. <Name>'s Regional", "<Name> Memorial".
TAIL_WORD = re.compile(r"[ \t](?:Regional|General|Memorial|Community|District|Infirmary|Royal|County|Medical)"
                       r"(?=[ \t]*(?:[.,;:)\n]|$))")
_DEPARTMENT_ENDINGS = ("ambulanz", "abteilung", "station", "aufnahme", "logie", "logy", "unit", "ward", "department",
                       "dienst", "praxis", "team",
                       # (round 17b) a legal matter in brackets after a court: "(Sozialrecht)", "(Strafsachen)"
                       "recht", "sachen")
_NOT_SUFFIX_PLACES = words("montag dienstag mittwoch donnerstag freitag samstag sonntag morgen abend nachmittag "
                           "vormittag wochenende monday tuesday wednesday thursday friday saturday sunday admission "
                           "arrival discharge call duty site day night") | TIME_WORDS | NOT_NAME_WORDS


def widened_sites(text: str, hits: list[Hit]) -> list[Hit]:
    """INSTITUTION hits widened over a hyphenated capitals prefix before them ("LKH-Univ. Klinikum X"), a town
    after an imaging group's head ("Clearview Imaging of Tucson"), and (round 11) a person's full name before a
    hospital word, a multi-word place suffix and a short-form tail ("Regional"); a campus after the name is added
    as a span of its own."""
    out = []
    for h in hits:
        if h.label == "INSTITUTION":
            if m := HYPHEN_PREFIX.search(text, max(0, h.start - 12), h.start):
                h = Hit(m.start(), h.end, h.label, h.source)
            if _GROUP_HEAD_END.search(text, h.start, h.end) and (m := TOWN_OF_AFTER.match(text, h.end)):
                h = Hit(h.start, m.end(), h.label, h.source)
            h = _round11_edges(text, h)
            if m := CAMPUS_AFTER.match(text, h.end):  # (a campus named by its town is that town: ADDRESS)
                label = "ADDRESS" if m.group("v") in towns() else h.label
                out.append(Hit(m.start("v"), m.end("v"), label, h.source))
        out.append(h)
    return out


def _round11_edges(text: str, h: Hit) -> Hit:
    value = text[h.start:h.end]
    if value.startswith(_PERSON_NAMED_HEADS) and (m := PERSON_BEFORE.search(text, max(0, h.start - 40), h.start)) \
            and is_any_given_name(m.group("g").split("-")[0]) and m.group("g").lower() not in NOT_NAME_WORDS:
        h = Hit(m.start(), h.end, h.label, h.source)
    elif value.split(" ", 2)[1:2] and value.split(" ", 2)[1].startswith(_PERSON_NAMED_HEADS) and (
            m := GIVEN_BEFORE.search(text, max(0, h.start - 24), h.start)) and is_any_given_name(
            m.group("g").split("-")[0]) and m.group("g").lower() not in NOT_NAME_WORDS:
        h = Hit(m.start(), h.end, h.label, h.source)  # the hit holds the surname: "<Given> [<Surname> Spital X]"
    if (m := PLACE_SUFFIX.match(text, h.end)) and value.split()[-1][:1].isupper():
        place = (m.group("p") or m.group("q") or m.group("a") or m.group("r")).split()[0].lower()
        if place not in _NOT_SUFFIX_PLACES and not place.endswith(_NOUN_ENDINGS) and not place.endswith(
                _DEPARTMENT_ENDINGS):  # "UKH X (Unfallambulanz)": a department in brackets stays
            h = Hit(h.start, m.end(), h.label, h.source)
    if m := TAIL_WORD.match(text, h.end):
        h = Hit(h.start, m.end(), h.label, h.source)
    return h
