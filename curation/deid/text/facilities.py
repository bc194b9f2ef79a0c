"""Facilities named without a Klinik/Hospital keyword: practices, imaging centres, homes, rescue stations.

English: one to three capitalised name words before a facility head ("Bayside Diagnostic Imaging",
"Hillcrest Orthopaedic Associates", "Pine Hollow Veterans Home", "Riverbend Medical Pavilion", "Oakwood
Surgery", "Tri-County Hematology"). The name words must not be department or body words ("Interventional
Radiology", "Cardiac Surgery", "Breast Imaging" stay): such words are stripped from the front, and
nothing is taken if no name word is left.
German: a facility word and a name after it ("Radiologie Lindenhof", "Orthopädie am Stadtpark",
"Herzzentrums Birkenau", "Seniorenstift Abendrot", "MVZ Waldblick"); the name word must not be a role,
department or common noun ("Radiologie Abteilung", "Radiologie Oberarzt" stay).
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Gated, Hit, RunBeforeLiteral, gated_hits, literal_starts, words
from curation.deid.text.names import NOT_NAME_WORDS

_EN_HEADS = (r"(?:(?:Imaging|Medical|Diagnostic|Radiology|Cancer|Health|Surgical|Breast|MRI|Orthop(?:a)?edic)[ \t]"
             r"(?:Ctr\.?|Assoc\.|Assocs\.|Assoc|Grp\.?)|Open[ \t]MRI|MRI[ \t](?:Center|Centre|Associates)|"
             r"Diagnostic[ \t]Imaging|Imaging(?:[ \t](?:Center|Centre|Associates|Partners|Group|Services))?|"
             r"Diagnostics|Diagnostic[ \t](?:Partners|Center|Centre|Group|Associates)|"
             r"Orthop(?:a)?edic(?:s)?(?:[ \t](?:Group|Associates|Partners|Specialists|Center|Centre))?|"
             r"Medical[ \t](?:Pavilion|Practice|Group|Associates|Partners|Plaza|Arts)|Family[ \t](?:Practice|Medicine)|"
             r"Practice|Primary[ \t]Care|"
             r"Veterans[ \t]Home|Care[ \t]Home|Nursing[ \t]Home|Rest[ \t]Home|Retirement[ \t](?:Home|Village)|"
             r"Senior[ \t]Living|Assisted[ \t]Living|Surgery|Health[ \t]Cent(?:er|re)|Hematology|Haematology|"
             r"Oncology|Vascular|Cardiology|Urology|Dermatology|Neurology|Pediatrics|Paediatrics|Radiology|"
             r"Urgent[ \t]Care|Health(?:care|[ \t]System|[ \t]Board|[ \t]Partners)?|"
             r"(?:NHS[ \t])?(?:Foundation[ \t])?Trust|NHS[ \t]F?T(?![\w-])|Permanente|Memorial)")
# The name words' runs below are possessive ("*+"): a word never holds the blank after it, so backtracking
# into a run found nothing and cost a retry at every letter of every capitalised word.
# Generic company heads ("Harborview Spine & Pain Group", "Summit Physicians Group", "Coastal Vein Specialists"):
# specialty words may stand inside the name, the first name word must be no department or sentence word.
_EN_GROUP = re.compile(rf"(?P<v>(?:(?:[{UP}][\w{LO}'’-]*+|&)[ \t]){{1,4}}(?:Group|Associates|Partners|Physicians|"
                       rf"Specialists|Consultants))(?![\w-])")
EN_FACILITY = re.compile(rf"(?P<v>(?:[{UP}][\w{LO}'’&-]*+[ \t]){{1,3}}{_EN_HEADS})(?![\w-])")
# "University of Michigan Health", "University of Vermont Medical Center".
UNIVERSITY_OF = re.compile(rf"(?P<v>University[ \t]of[ \t][{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+)?"
                           rf"(?:[ \t](?:Health(?:care)?|Hospitals?|Medical[ \t]Cent(?:er|re)|Medicine|"
                           rf"Health[ \t]System))?)")
_EN_NEEDLES = ("Practice", "Primary Care", "NHS FT", "NHS T",
               "MRI", "Imaging", "Diagnostic", "Orthop", "Medical ", "Family ", " Home", "Living", "Surgery", "Health",
               "ematology", "Oncology", "Vascular", "Cardiology", "Urology", "Dermatology", "Neurology",
               "ediatrics", "Radiology", "Urgent", "Trust", "Permanente", "Memorial")
# Words that name a department, a body part, a modality or a sentence role, never a facility's own name.
NOT_FACILITY_NAMES = words("""
the a an our your their this that outside prior previous recent from at to by of in with and or for per see
department dept division section service services unit team program programme clinic
interventional diagnostic vascular cardiac cardiothoracic thoracic general breast body neuro nuclear
pediatric paediatric musculoskeletal msk emergency internal family plastic oral maxillofacial orthopedic
orthopaedic colorectal hepatobiliary upper lower gi spine spinal hand foot knee hip shoulder eye brain heart
trauma acute outpatient inpatient women's children's medical surgical radiation clinical abdominal chest
head neck cross-sectional oncologic oncology hematology haematology day minor major same open keyhole
robotic laparoscopic bariatric elective urgent previous recent prior further future planned cancer tumor
tumour liver renal transplant gyn gynecologic obstetric fetal maternal ct mri mr pet us x-ray xr nm ir
dr mr mrs ms prof imaging diagnostic diagnostics radiology surgery home health living care nursing
veterans senior retirement assisted rest dental ent sleep pain wound vein skin
mental public occupational behavioral behavioural community global population environmental student employee
sexual reproductive men's school study control age blood risk support focus working peer expert trust
best good standard private nurse nursing's evidence-based current usual routine
bone lung liver kidney joint prostate digestive respiratory cardiovascular metabolic vascular patient patients
""") | NOT_NAME_WORDS

_DE_HEADS = (r"(?:(?:Kinder|Neuro)radiologie|Kinderchirurgie|Neurochirurgie|Handchirurgie|Kinderorthopädie|"
             r"Kinderkardiologie|Radiologie|Orthopädie|Kardiologie|Nuklearmedizin|Neurologie|Urologie|Gynäkologie|Chirurgie|"
             r"Diagnostikzentrum|Radiologiezentrum|Gesundheitszentrum|Facharztzentrum|Ärztehaus|Gruppenpraxis|"
             r"Hausarztpraxis|Praxisgemeinschaft|Gemeinschaftspraxis|Praxisklinik|Herzzentrum|Gefäßzentrum|"
             r"Seniorenstift|Wohnstift|Seniorenresidenz|Pflegeheim|Altenheim|Altersheim|Seniorenheim|Pflegezentrum|"
             r"Rettungswache|Pensionistenwohnhaus|Pensionistenheim|Seniorenhaus|Pflegehaus|Altenpflegeheim|Hospiz|"
             r"Seniorenwohnheim|Seniorenzentrum|Wohnheim|Röntgeninstitut|Röntgenpraxis|MVZ|Ordination|"
             r"Ambulatorium|Diagnosticum|Diagnostikum|Sanatorium|Rehazentrum|Reha-Zentrum|Versorgungszentrum|Institut|"
             r"Universitätsmedizin|(?:Radiologie|MRT|MR|CT|Röntgen|Brust|Herz|Gefäß|Wirbelsäulen|Gelenk)-Zentrum)")
# A practice, office or laboratory named after its doctors: "Praxis Dr. med. Kessler & Kollegen", "Ordination
# Dr.in Huber", "Gemeinschaftspraxis Dres. Brandt und Yilmaz", "Labor Dr. Albers & Partner".
_DOCTOR = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
PRACTICE_OF = re.compile(rf"(?P<v>(?:Gemeinschaftspraxis|Praxisgemeinschaft|Gruppenpraxis|Praxis|Ordination|Labor|"
                         rf"Institut|Zahnarztpraxis|Facharztpraxis|Röntgenpraxis|Röntgeninstitut)[ \t]+"
                         rf"(?:Dres\.|Dr\.in|Dr\.|Prof\.)(?:[ \t]?(?:med\.|Dr\.|univ\.))*[ \t]*{_DOCTOR}"
                         rf"(?:[ \t]*(?:,|und|&|/)[ \t]*Dr\.[ \t]?{_DOCTOR}|[ \t]*(?:und|&|/)[ \t]*"
                         rf"(?!Partner|Kollegen){_DOCTOR}(?=[ \t]*(?:[,;.)\n]|$)))*"
                         rf"(?:[ \t]*(?:&|und)[ \t]*(?:Partner(?:innen)?|Kollegen|Kolleginnen))?)")
# French-speaking Switzerland: "Hôpital de la Tour", "Clinique La Source"; Austrian orders: "Barmherzige Brüder
# Graz", "Krankenhaus der Elisabethinen" (the head rule takes it).
# Italian-speaking Switzerland: "Ospedale Regionale di Lugano", "Clinica Sant'Anna", "Istituto di Radiologia
# X" is a department ("di" + specialty word: the name must follow the connector run). Name words may join with
# Romance connectors ("Ospedale Regionale di Bellinzona e Valli").
_ROMANCE_LINK = r"(?:de[ \t]la|de[ \t]l'|du|des|de|d'|di|della|dell'|del|dei|degli|e|et)"
# A regional adjective names a facility as a capitalised word does ("Hôpital neuchâtelois", "Centre hospitalier
# universitaire vaudois") and closes one ("Hôpital du Jura bernois"); Swiss cantons and towns, French regions.
_DEMONYM = (r"(?:vaudois|bernois|neuchâtelois|fribourgeois|genevois|jurassien|valaisan|lausannois|tessinois|"
            r"zurichois|bâlois|lucernois|soleurois|argovien|biennois|sédunois|montreusien|yverdonnois|nyonnais|"
            r"lyonnais|parisien|alsacien|lorrain|savoyard|ticinese|luganese|bellinzonese|locarnese|mendrisiense)"
            r"(?:e|ne|es|nes|s)?(?![\w-])")
FRENCH_FACILITY = re.compile(rf"(?P<v>(?:Ysbyty|Hôpital|Hôpitaux|Clinique|Permanence|"
                             rf"(?:Centre|Ensemble|Réseau|Groupement)[ \t][hH]ospitalier|"
                             rf"Centre[ \t][mM]édical|"
                             rf"Policlinique|Barmherzige[nr]?[ \t](?:Brüder|Schwestern)|Ospedale|Ospedali|Clinica|"
                             rf"Istituto|Casa[ \t]di[ \t]cura|Casa[ \t](?:per[ \t])?anziani|Casa[ \t]di[ \t]riposo|"
                             rf"Policlinico|Centre[ \t](?:d'imagerie|de[ \t]radiologie)(?:[ \t]médicale)?|"
                             rf"Institut[ \t]de[ \t](?:radiologie|imagerie)|Cabinet[ \t]d'imagerie|"
                             rf"Centro[ \t](?:[mM]edico|[dD]iagnostico|[sS]anitario)|"
                             # practices: "Cabinet médical des Tilleuls", "Studio medico Dr. Bernasconi"
                             rf"Cabinet[ \t](?:[mM]édical|de[ \t](?:radiologie|groupe|pédiatrie))|Cabinet|"
                             rf"Studio[ \t](?:[mM]edico|[rR]adiologico|di[ \t]radiologia)|Ambulatorio[ \t][mM]edico)"
                             rf"(?:[ \t](?:de[ \t]la|de[ \t]l'|du|des|de|d'|di|della|dell'|del|universitaire|cantonal|"
                             rf"Dr\.|Dre|Drs\.|Dott\.(?:ssa)?|Prof\.|"
                             rf"régional|intercantonal|hospitalier|[Rr]egionale|[Cc]antonale|[Cc]ivico|[Uu]niversitario|San|Santa|Sant'))*"
                             rf"(?:[ \t]?[{UP}][\w{LO}]+(?:[- ][{UP}][\w{LO}]+)?|[ \t]{_DEMONYM})"
                             rf"(?:[ \t]{_ROMANCE_LINK}[ \t]?[{UP}][\w{LO}]+){{0,3}}(?:[ \t]{_DEMONYM})?)")
# Adjectives before a facility belong to its name: "Radiologische Gemeinschaftspraxis X", "Medizinisches
# Versorgungszentrum X" (only capitalised adjectives in -isch/-lich).
ADJECTIVE_BEFORE = re.compile(rf"(?<![\w-])[{UP}][{LO}]+(?:isch|lich)(?:e|es|er|en)?[ \t]+\Z")
# A German facility type word alone ("Pflegeheim", "Seniorenresidenz"): a care setting, no place name.
DE_FACILITY_HEAD = re.compile(rf"{_DE_HEADS}s?")
DE_FACILITY = re.compile(rf"(?P<v>{_DE_HEADS}s?[ \t](?:(?:[aA]m|[aA]n[ \t]der|[aA]n[ \t]den|[iI]m|[iI]n[ \t]der|"
                         rf"[aA]uf[ \t]der|[zZ]um|[zZ]ur|St\.|Haus)[ \t])?(?P<name>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*)"
                         rf"(?:[ \t-](?P<name2>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*))?)")
_DE_NEEDLES = ("haus", "Hospiz", "radiologie", "chirurgie", "orthopädie", "kardiologie",
               "Radiologie", "Orthopädie", "Kardiologie", "Nuklearmedizin", "Neurologie", "Urologie", "Gynäkologie",
               "Chirurgie", "zentrum", "Ärztehaus", "praxis", "Praxis", "stift", "residenz", "heim", "wache",
               "wohnhaus", "Röntgen", "MVZ", "Ordination")
# Endings of German common nouns and roles: "Radiologie Abteilung", "Kardiologie Station", "MVZ Leitung".
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ie", "ik", "arzt", "ärztin", "ist",
                 "istin", "ent", "entin", "eur", "ant", "ment", "nis", "tum", "ur", "ität", "ismus", "or",
                 "befund", "bericht", "bild", "bilder", "dienst", "station", "team", "leitung", "sekretariat")
# Times of day, weekdays and months: "Radiologie am Nachmittag", "Neuroradiologie am Freitag" name no practice.
TIME_WORDS = words("""
morgen vormittag mittag nachmittag abend nacht wochenende vortag folgetag montag dienstag mittwoch donnerstag freitag
samstag sonntag januar februar märz april mai juni juli august september oktober november dezember
""")
_NOT_DE_NAMES = words("""
befund bericht station abteilung ambulanz oberarzt oberärztin chefarzt chefärztin assistenzarzt team leitung
sekretariat telefon fax termin termine vorbefund aufnahme aufnahmen untersuchung kontrolle und oder mit für
der die das den dem des ein eine am im zum zur bitte kollege kollegin dr prof herr frau patient patientin
spital kantonsspital stadtspital kinderspital universitätsspital klinikum krankenhaus universitätsklinikum
ebene etage stock stockwerk geschoss untergeschoss erdgeschoss obergeschoss level floor trakt flügel raum zimmer
wohnbereich wohngruppe
""") | TIME_WORDS

# A capitalised adjective inside a sentence marks a proper name: "im Nuklearmedizinischen Zentrum Wiesental",
# "Radiologisches Institut Hofgarten" (a bare "Zentrum" is the centre of a lesion: "im Zentrum Nekrose").
ADJECTIVE_FACILITY = re.compile(rf"(?P<v>[{UP}][{LO}]+(?:isch|lich)(?:e|es|er|en|em)?[ \t](?:Zentrum|Institut|Haus|"
                                rf"Centrum)[ \t](?:(?:am|an[ \t]der|im|in[ \t]der)[ \t])?[{UP}][{LO}]+"
                                rf"(?:-[{UP}][{LO}]+)*)")
# Context slots: an unknown capitalised phrase where outside imaging was done is a facility ("Prior imaging at
# Alder Hey (", "films from Broomfield requested"); months, titles, modalities and department words are not.
# (A brand written in camel case is one word: "SimonMed", "RadNet".)
_SLOT_WORD = rf"[{UP}][{LO}’-]+(?:[{UP}][{LO}]+)*"
CONTEXT_FACILITY = re.compile(
    rf"(?:imaging|films?|images|studies|study|scans?|CT|MRI|MR|PET|ultrasound|radiographs?|x-rays?|performed|"
    rf"DEXA|DXA|mammograms?|mammography|Mammogram|biopsy|Biopsy|"
    rf"obtained|done|transferred|referred|admitted|treated|prior|previous|outside|comparison|followed|seen|managed|"
    rf"operated|scanned|imaged|diagnosed|staged|biopsied|born|delivered|reviewed|discussed|"
    rf"Imaging|Films?|Images|Studies|Transferred|Referred|Admitted|Prior|Previous|Outside|Comparison|Seen|Followed|"
    rf"Reviewed|Discussed|Treated|Managed|Scanned|Imaged)[ \t]+(?:at|from)"
    rf"[ \t]+(?:the[ \t]+)?"
    rf"(?P<v>{_SLOT_WORD}(?:[ \t](?:of[ \t]|St\.?[ \t])?{_SLOT_WORD}){{0,3}})"
    rf"(?=[ \t]*(?:[(,.;:\n]|$)|[ \t](?:on|in|dated|for|requested|and|with|via|reviewed|was|were|is|are|after|"
    rf"uploaded|compared|to|showed|shows|demonstrated|revealed|confirmed|reported|found|which|where|since|until|"
    rf"last|before|previously|earlier|but|under)\b)")
CONTEXT_RULE = Gated(literal_starts(CONTEXT_FACILITY), (" at ", " from "))
# The next facility of the same slot: "films from Derriford and Treliske uploaded".
_SLOT_END = (r"(?=[ \t]*(?:[(,.;:\n]|$)|[ \t](?:on|in|dated|for|requested|and|with|via|reviewed|was|were|is|are|"
             r"after|uploaded|compared|to)\b)")
CONTEXT_NEXT = re.compile(rf"[ \t]+and[ \t]+(?:the[ \t]+)?"
                          rf"(?P<v>{_SLOT_WORD}(?:[ \t](?:of[ \t]|St\.?[ \t])?{_SLOT_WORD}){{0,3}})"
                          + _SLOT_END)
_NOT_SLOT_WORDS = words("""
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday baseline
dr mr mrs ms prof home outside another other this that our your their his her least
board boards meeting meetings conference mdt mdm rounds huddle session sessions level levels time
""") | NOT_FACILITY_NAMES
_SPECIALTY_ENDINGS = ("logia", "logie", "iatria", "iatrie", "medicina", "médecine", "chirurgia", "chirurgie",
                      "pedia", "pédie", "imagerie", "diagnostica")
# Departments in a context slot ("Referred from Urology", "Transferred from Cardiology"): no facility.
_SPECIALTY_SLOT_ENDINGS = ("logy", "logie", "iatry", "iatrics", "surgery", "medicine", "care", "unit", "ward",
                           "department", "dept", "team", "service", "services")
# Found from its head word (the adjective is the run of letters before the space before it).
ADJECTIVE_RULE = Gated(RunBeforeLiteral(ADJECTIVE_FACILITY, ("Zentrum", "Institut", "Haus", "Centrum"), "'", " \t",
                                        at_anchor=False), ("Zentrum", "Institut", "Haus", "Centrum"))
EN_RULE = Gated(EN_FACILITY, _EN_NEEDLES)
DE_RULE = Gated(literal_starts(DE_FACILITY), (*_DE_NEEDLES, "Ambulatorium", "Diagnos", "Sanatorium", "Reha",
                                               "Institut", "Universitätsmedizin", "-Zentrum"))
GROUP_RULE = Gated(_EN_GROUP, ("Group", "Associates", "Partners", "Physicians", "Specialists", "Consultants"))
UNIVERSITY_RULE = Gated(literal_starts(UNIVERSITY_OF), ("University of",))
PRACTICE_RULE = Gated(literal_starts(PRACTICE_OF), ("Dr", "Prof."))
FRENCH_RULE = Gated(literal_starts(FRENCH_FACILITY), ("Ysbyty", "Hôpital", "Hôpitaux", "Clinique", "Centre",
                                                      "Policlinique",
                                                      "Ensemble", "Réseau", "Groupement", "Permanence",
                                                      "Barmherzige", "Ospedal", "Clinica", "Istituto", "Casa ",
                                                      "Policlinico", "Institut de",
                                                      "Centro", "Cabinet", "Studio", "Ambulatorio"))


_HEAD_AT_END = re.compile(_EN_HEADS + r"\Z")
# Adjectives that open a generic service's or programme's name, never a facility's own name ("Advanced Imaging" in a
# prior-authorisation title, "Advanced Practice", "Integrated Care"): stripped from the front like department words
# (round 18b; kept out of NOT_FACILITY_NAMES, which is also the tagger's negative vocabulary).
GENERIC_SERVICE_ADJECTIVES = words("advanced continuing integrated comprehensive enhanced specialist specialised "
                                   "specialized complex")
# Generic words that stand inside a facility's name after its own name word.
# (Round 19b) an intensive-care unit's acronym or a clause preposition opens no name ("PICU Imaging", "Under <Name>
# Healthcare"); kept apart from NOT_FACILITY_NAMES, the tagger's negative vocabulary.
_UNIT_OR_CLAUSE_WORDS = words("picu nicu icu itu hdu ccu scbu under within")
_NAME_FILLERS = words("medical diagnostic community regional family advanced specialty women's children's health")

# A legal-form suffix makes the capitalised phrase before it an organisation, whatever its words ("Teleradiologie
# Nordwest GbR", "Granite Peak Radiology, P.C.", "Harlan Whitby Foundation"). Not "SE" (spin echo), "KG" (body
# weight) or a bare "PC" (phase contrast); manufacturers are no PHI.
LEGAL_FORM = re.compile(rf"(?P<v>(?:[{UP}][\w{LO}'’&.-]*+,?[ \t]){{1,5}}(?:GmbH|gGmbH|AG|GbR|PartG|e\.[ \t]?V\.|LLC|"
                        rf"L\.L\.C\.|PLLC|LLP|P\.C\.|Inc\.?|Ltd\.?|plc|Foundation|Stiftung|Trust))(?![\w-])")
LEGAL_RULE = Gated(LEGAL_FORM, ("GmbH", " AG", "GbR", "PartG", "e.V.", "e. V.", "LLC", "L.L.C", "LLP", "P.C.",
                                " Inc.", " Inc\n", " Ltd", " plc", " Foundation", " Stiftung", " Trust"))
_MANUFACTURERS = words("""siemens philips bayer bracco guerbet medtronic ge canon toshiba hitachi fujifilm stryker
                       zimmer abbott boston johnson roche novartis pfizer healthineers""")
# "Imaging Partners of Northern Virginia", "Radiology Associates of Greater Dayton": a group named after its place;
# Scottish and Welsh boards "NHS Greater Glasgow and Clyde", "NHS Lothian" (not "NHS No", "NHS number", "NHS
# England").
GROUP_OF = re.compile(rf"(?P<v>(?:Imaging|Radiology|Radiologic|Diagnostic|Medical|Orthop(?:a)?edic|Cardiology|Oncology|"
                      rf"Urology|Surgical|Physician|Health|Women's|Children's)[ \t](?:Partners|Associates|Group|"
                      rf"Specialists|Consultants|Physicians|Center|Centre|Institute|Alliance)[ \t]of[ \t](?:the[ \t])?"
                      rf"[{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+){{0,3}})")
NHS_BOARD = re.compile(rf"(?P<v>NHS[ \t](?!No\b|Number|number|England|Scotland|Wales|Digital|Direct|Trust|Foundation|"
                       rf"Choices|App|Spine|Login)[{UP}][{LO}]+(?:[ \t](?:and[ \t])?[{UP}][{LO}]+){{0,3}})")
GROUP_OF_RULE = Gated(literal_starts(GROUP_OF), (" of ",))
NHS_RULE = Gated(NHS_BOARD, ("NHS ",))
# "Hawthorn Lodge care home": a capitalised name before a lower-case home word.
HOME_BEFORE = re.compile(rf"(?P<v>(?:[{UP}][\w{LO}'’-]*[ \t]){{1,3}})(?:care|nursing|residential|rest|retirement)"
                         rf"[ \t]home")
HOME_RULE = Gated(HOME_BEFORE, (" home",))


# A national programme named after the service ("NHS Breast Screening Programme", "NHS Bowel Cancer Screening"):
# the programme words end a board's name ("NHS Lothian Breast Screening" keeps "NHS Lothian"); "NHS" alone is none.
_PROGRAMME_WORD = re.compile(r"[ \t](?:Breast|Bowel|Cervical|AAA|Abdominal|Diabetic|Newborn|Fetal|Antenatal|Lung|"
                             r"Screening|Programme|Program|Health[ \t]Check|Continuing[ \t]Healthcare)(?![\w-])")


def _without_programme(text: str, h: Hit) -> Hit | None:
    m = _PROGRAMME_WORD.search(text, h.start, h.end)
    if m is None:
        return h
    return Hit(h.start, m.start(), h.label, h.source) if text[h.start:m.start()].strip() != "NHS" else None


def _legal_hits(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in LEGAL_RULE.finditer(text, lowered):
        names = list(re.finditer(r"[^\s,]+", m.group("v")))[:-1]
        while names and names[0].group().lower().strip("'’") in NOT_FACILITY_NAMES | NOT_NAME_WORDS:
            names.pop(0)
        if not names or names[0].group().lower() in _MANUFACTURERS or not any(
                len(t.group()) >= 3 and not t.group().isupper() for t in names):
            continue
        hits.append(Hit(m.start("v") + names[0].start(), m.end("v"), "INSTITUTION", "rule"))
    for m in HOME_RULE.finditer(text, lowered):
        names = list(re.finditer(r"\S+", m.group("v")))
        while names and names[0].group().lower().strip("'’") in NOT_FACILITY_NAMES:
            names.pop(0)
        if names:
            hits.append(Hit(m.start("v") + names[0].start(), m.start("v") + names[-1].end(), "INSTITUTION", "rule"))
    return hits


def _en_hits(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in EN_RULE.finditer(text, lowered):
        value = m.group("v")
        head = _HEAD_AT_END.search(value)
        if head is None:
            continue
        # Department, body and sentence words are stripped from the front; a name word must remain.
        names = [t for t in re.finditer(r"\S+", value[:head.start()])]
        while names and names[0].group().lower().strip("'’") in (
                NOT_FACILITY_NAMES | GENERIC_SERVICE_ADJECTIVES | _UNIT_OR_CLAUSE_WORDS):
            names.pop(0)
        # After a name word, only the fillers of facility names ("Northgate Medical Imaging").
        if not names or any(t.group().lower() in NOT_FACILITY_NAMES and t.group().lower() not in _NAME_FILLERS
                            for t in names):
            continue
        hits.append(Hit(m.start("v") + names[0].start(), m.end("v"), "INSTITUTION", "rule"))
    return hits


def is_de_name_word(word: str) -> bool:
    """True for a word that can name a German facility after its head: no common noun, role or sentence word."""
    low = word.lower()
    return low not in _NOT_DE_NAMES and low not in NOT_NAME_WORDS and not low.endswith(_NOUN_ENDINGS)


_is_name_word = is_de_name_word


def _de_hits(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in DE_RULE.finditer(text, lowered):
        if (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-")) or not _is_name_word(
                m.group("name")):
            continue
        end = m.end("name2") if m.group("name2") and _is_name_word(m.group("name2")) else m.end("name")
        hits.append(Hit(m.start("v"), end, "INSTITUTION", "rule"))
    return hits


def _group_hits(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in GROUP_RULE.finditer(text, lowered):
        names = list(re.finditer(r"\S+", m.group("v")))[:-1]
        while names and names[0].group().lower().strip("'’") in NOT_FACILITY_NAMES | {"&"}:
            names.pop(0)
        if names and names[0].group() != "&":
            hits.append(Hit(m.start("v") + names[0].start(), m.end("v"), "INSTITUTION", "rule"))
    return hits


def _slot_name(value: str) -> bool:
    return not any(w.lower().rstrip(".") in _NOT_SLOT_WORDS or w.lower().endswith(_SPECIALTY_SLOT_ENDINGS)
                   for w in value.split())


# A town or canton adjective in -er before a hospital word names it: "Luzerner Kantonsspital", "Zuger
# Kantonsspital", "Bieler Spitalzentrum", "Münchner Klinikum" (not "Innerer", "Oberer", "Anderer").
PLACE_ADJECTIVE_HOSPITAL = re.compile(rf"(?<![\w-])(?P<v>[{UP}][{LO}]+er[ \t](?:Kantonsspital|Kantonsspitäler|Spital|"
                                      rf"Stadtspital|Spitäler|Spitalzentrum|Spitalverbund|Universitätsspital|"
                                      rf"Kinderspital|Klinikum|Kliniken|Krankenhaus|Kinderklinik)(?![\w-]))")
# (its first capital first: not tried at every position; round 19 of speed)
PLACE_ADJECTIVE_RULE = Gated(literal_starts(PLACE_ADJECTIVE_HOSPITAL), ("spital", "klinik", "krankenhaus"), lower=True)
_NOT_PLACE_ADJECTIVES = words("""
innerer oberer unterer äußerer äusserer anderer neuer alter jeder einer keiner aller dieser jener weiter
größer grösser kleiner privater städtischer regionaler kantonaler der er
""")

def facility_hits(text: str, lowered: str) -> list[Hit]:
    """INSTITUTION hits of facilities named by pattern; `lowered` is text.lower()."""
    hits = [*_en_hits(text, lowered), *_de_hits(text, lowered), *_group_hits(text, lowered),
            *_legal_hits(text, lowered)]
    hits.extend(gated_hits(GROUP_OF_RULE, text, text, "INSTITUTION"))
    for h in gated_hits(NHS_RULE, text, text, "INSTITUTION"):
        if not _HEAD_AT_END.search(text, h.start, h.end) and (h := _without_programme(text, h)) is not None:
            hits.append(h)
    for h in gated_hits(BRACKETED_RULE, text, text, "INSTITUTION"):
        if not any(w.lower() in NOT_FACILITY_NAMES for w in text[h.start:h.end].split()):
            hits.append(h)
    for rule in (UNIVERSITY_RULE, PRACTICE_RULE):
        hits.extend(gated_hits(rule, text, lowered, "INSTITUTION"))
    for h in gated_hits(CONTEXT_RULE, text, lowered, "INSTITUTION"):
        while h is not None and _slot_name(text[h.start:h.end]):
            hits.append(h)
            m = CONTEXT_NEXT.match(text, h.end)
            h = Hit(m.start("v"), m.end("v"), "INSTITUTION", "rule") if m is not None else None
    hits.extend(h for h in gated_hits(PLACE_ADJECTIVE_RULE, text, lowered, "INSTITUTION")
                if text[h.start:h.end].split()[0].lower() not in _NOT_PLACE_ADJECTIVES)
    for rule in (FRENCH_RULE, ADJECTIVE_RULE):
        for h in gated_hits(rule, text, lowered, "INSTITUTION"):
            last = text[h.start:h.end].split()[-1]
            # "Istituto di Radiologia", "Clinica di Neurologia" are departments; "Radiologisches Institut
            # Befund" names none.
            if last.lower().endswith(_SPECIALTY_ENDINGS) or (rule is ADJECTIVE_RULE and not _is_name_word(last)):
                continue
            hits.append(h)
    return hits


# A short capitals prefix of a facility's name: "BG Unfallklinik Murnau", "LKH Villach", "SRH Klinikum X"; not a
# modality or department abbreviation ("CT Klinikum X" is an examination there).
PREFIX_BEFORE = re.compile(r"(?<![\w-])(?P<p>[A-ZÄÖÜ]{2,5})[ \t]\Z")
_NOT_PREFIXES = words("CT MRT MR MRI US PET RX NM XR DR PD OA CA GP ED ER OP ICU IMC ITS ZNA HNO MKG MTRA RE CC "
                      "AND UND THE DER DIE DAS VON FOR ODS")
# "Haus Sonnwend (Pflegeheim)", "Elm Court (care home)": a capitalised name right before a bracketed facility word.
BRACKETED_TYPE = re.compile(rf"(?P<v>[{UP}][\w{LO}'’-]+(?:[ \t][{UP}][\w{LO}'’-]+){{1,3}})[ \t]*\((?:Pflegeheim|"
                            rf"Altenheim|Seniorenheim|Wohnheim|Hospiz|Reha(?:klinik|-Klinik|zentrum)?|Klinik|Spital|"
                            rf"Krankenhaus|Praxis|care[ \t]home|nursing[ \t]home|hospice|hospital|rehab|clinic)\)")
BRACKETED_RULE = Gated(BRACKETED_TYPE, ("(Pflege", "(Alten", "(Senioren", "(Wohnheim", "(Hospiz", "(Reha",
                                        "(Klinik", "(Spital", "(Krankenhaus", "(Praxis", "(care", "(nursing",
                                        "(hospice", "(hospital", "(rehab", "(clinic"))


def with_adjectives(text: str, hits: list[Hit]) -> list[Hit]:
    """INSTITUTION hits widened over a capitalised adjective ("Radiologische Praxis X") or a capitals prefix
    ("BG Unfallklinik Murnau") right before them."""
    out = []
    for h in hits:
        if h.label == "INSTITUTION" and (m := ADJECTIVE_BEFORE.search(text, max(0, h.start - 30), h.start)):
            h = Hit(m.start(), h.end, h.label, h.source)
        if h.label == "INSTITUTION" and (m := PREFIX_BEFORE.search(text, max(0, h.start - 8), h.start)) and (
                m.group("p") not in _NOT_PREFIXES):
            h = Hit(m.start(), h.end, h.label, h.source)
        out.append(h)
    return out
