"""Third held-out corpus: report excerpts in real layouts (headers, letter heads, footers, sign-offs).

Written before its writer read the scrubber (curation/deid/text/scrub*.py) or the other two corpora,
so that it measures the scrubber on PHI it was not tuned on. Markup as in corpus_de_en.py:
``[[LABEL:text]]`` a PHI span, ``{{text}}`` a keep word. Choices made here:
- Titles, salutations and field labels are not PHI; only the name, date, id... is marked.
- A date's time of day ("14:32 Uhr") is not marked (the scrubber may keep it; a shifted date carries it).
- Years alone ("(2019)", "seit 2017") and relative dates ("vor 3 Monaten") are kept: HIPAA Safe Harbor
  allows the year, and a year cannot be shifted by days. Ages up to 89 are kept, ages over 89 are PHI.
- A hospital's web address is marked INSTITUTION (it names the institution), an e-mail EMAIL.
Snippets with a dictionary key are scrubbed with that patient's vault PHI (PHI_HELDOUT3), as the
`reports` asset does for a linked report; the others with rules alone.
"""

from __future__ import annotations

from curation.vault import PatientPhi
from tests.curation.deid.text.corpus_de_en import Snippet, parse

PHI_HELDOUT3: dict[str, PatientPhi] = {
    "K1": PatientPhi(
        "pid-k1", patient_ids=("70012345",), names=("Yılmaz^Ayşe",), birth_dates=("19560314",),
        accessions=("CT24031511",), physicians=("Kowalczyk^Agnieszka^^Dr. med.",),
        institutions=("Universitätsklinikum Donautal",), addresses=("Karlstraße 41, 89073 Ulm",)),
    "K2": PatientPhi(
        "pid-k2", patient_ids=("M-448210",), names=("Nguyen^Thi Lan",), birth_dates=("19480902",),
        accessions=("RAD-24-0031877",), physicians=("O'Sullivan^Brendan^^MD",),
        institutions=("St. Columba Medical Center",), addresses=("1480 Harbor View Road, Salem, MA 01970",)),
    "K3": PatientPhi(
        "pid-k3", patient_ids=("P0098123",), names=("Al-Haddad^Karim",), birth_dates=("19710122",),
        accessions=("A2403200917",), physicians=("Romano^Giulia^^PD Dr.",),
        institutions=("Kreisklinik Lechfeld",), addresses=("Am Mühlbach 3, 86830 Schwabmünchen",)),
    "K4": PatientPhi(
        "pid-k4", patient_ids=("33071962",), names=("Smirnov^Dmitrij",), birth_dates=("19620703",),
        accessions=("MR2402290033",), physicians=("Zielińska^Małgorzata^^Dr.",),
        institutions=("Radiologie am Ring MVZ",), addresses=("Ringstraße 12, 50674 Köln",)),
}

_DE = [
    # --- header blocks ---
    ("Patient: [[PERSON:Yılmaz, Ayşe]], geb. [[DATE:14.03.1956]]\nPat.-Nr.: [[ID:70012345]]   "
     "Fall-Nr.: [[ID:24-118273]]\nUntersuchung vom [[DATE:15.03.2024]], 09:12 Uhr", "K1"),
    ("Auftraggeber: Klinik für Innere Medizin II, Station [[ADDRESS:7B]]\n"
     "Überweiser: Dr. med. [[PERSON:Agnieszka Kowalczyk]]\n{{Klinische Angaben}}: V.a. {{Lungenembolie}}.", "K1"),
    ("Einsender: Praxis Dr. [[PERSON:Mehmet Öztürk]], [[ADDRESS:Bahnhofstr. 8]], [[ADDRESS:89231 Neu-Ulm]]\n"
     "Fragestellung: {{Morbus Crohn}}, Fistel?", None),
    ("PATIENT: [[PERSON:WIŚNIEWSKI, TOMASZ]]   GEB.: [[DATE:02.11.1949]]   ID: [[ID:7001-33492]]\n"
     "Untersuchung: {{CT Thorax}} nativ, {{Somatom Force}}", None),
    ("Name: [[PERSON:ferrari, lucia]], geb. [[DATE:7.8.1983]]\nAuftragsnummer: [[ID:CT2403151142]]\n"
     "Gerät: {{Magnetom Vida}} 3T", None),
    ("Sehr geehrte Frau Kollegin [[PERSON:Romano]],\nwir berichten über Ihren Patienten Herrn "
     "[[PERSON:Karim Al-Haddad]], geb. [[DATE:22.01.1971]], den wir am [[DATE:20.03.2024]] untersuchten.", "K3"),
    # (Round 14b: a room inside a hospital is no PHI; "Zi. 214" was marked ADDRESS until then.)
    ("Pat.: [[PERSON:Ahmadi, Fatemeh]] ([[AGE:93]] J.), Zi. 214\nAufnahme v. [[DATE:12.3.24]]", None),
    ("Untersuchung vom [[DATE:3.12.]] ergänzend zur Voruntersuchung vom [[DATE:28.11.2023]].\n"
     "{{Nieren}} beidseits orthotop, keine {{Harnstauung}}.", None),
    ("Untersuchungsdatum: [[DATE:12.03.2024]], 14:32 Uhr\nRechtfertigende Indikation: Dr. [[PERSON:B. Lindqvist]]",
     None),
    ("Patientin [[PERSON:Thi Lan Nguyen]] (*[[DATE:02.09.1948]]), {{75-jährig}}, {{Port-a-Cath}} rechts pektoral.",
     None),
    # --- sign-offs ---
    ("Befundet von: Dr. med. [[PERSON:Giulia Romano]], Fachärztin für Radiologie\n"
     "Freigegeben von: Prof. Dr. [[PERSON:Hans-Jürgen Weißenbach]]\n[[DATE:21.03.2024]] 16:05", "K3"),
    ("Mit freundlichen kollegialen Grüßen\n\nDr. [[PERSON:Oleksandr Kovalenko]]\nOberarzt\n\n"
     "[[PERSON:Svetlana Iwanowa]]\nAssistenzärztin", None),
    ("gez. [[PERSON:M. Zielińska]] / [[PERSON:T. Öz]]\nelektronisch freigegeben am [[DATE:29.02.2024]]", "K4"),
    ("Befunder: [[PERSON:ROSSI, MARCO]] (OA)\nValidiert: [[PERSON:BECKER, ANNA-LENA]]", None),
    ("Diktiert: [[PERSON:pham]] / geschrieben: [[PERSON:kr]]\nDatum: [[DATE:04.04.2024]]", None),
    ("CC: Dr. [[PERSON:Nguyen Van Duc]], Hausarzt\nKopie an: Frau Dr. [[PERSON:Schirin Rahimi]] (Onkologie)",
     None),
    ("Kopie an: Hausärztin Dr. [[PERSON:Ewa Nowak-Kamińska]], [[ADDRESS:Goethestraße 17]], "
     "[[ADDRESS:70174 Stuttgart]]", None),
    ("Nachrichtlich: [[PERSON:Jelena Popović]], Tumorboard [[INSTITUTION:Uniklinik Tübingen]]", None),
    # --- letter heads / footers ---
    ("[[INSTITUTION:Kreisklinik Lechfeld]] · Institut für Radiologie · [[ADDRESS:Am Mühlbach 3]] · "
     "[[ADDRESS:86830 Schwabmünchen]]\nChefarzt: Prof. Dr. med. [[PERSON:Friedrich Obermaier]]", "K3"),
    ("Sekretariat: Tel. [[PHONE:08232 506-1400]], Fax [[PHONE:08232 506-1409]]\n"
     "[[EMAIL:radiologie@kreisklinik-lechfeld.de]] · [[INSTITUTION:www.kreisklinik-lechfeld.de]]", None),
    ("[[INSTITUTION:Radiologie am Ring MVZ]] GmbH | [[ADDRESS:Ringstraße 12]] | [[ADDRESS:50674 Köln]] | "
     "Tel. [[PHONE:+49 (0)221 9876-0]] | IK [[ID:260530012]]", "K4"),
    ("[[INSTITUTION:Evangelisches Krankenhaus Bethesda]] gGmbH, Registergericht Amtsgericht "
     "[[ADDRESS:Wuppertal]] HRB [[ID:24711]]", None),
    ("Bei Rückfragen: Durchwahl [[PHONE:-3317]] oder Pager [[ID:5512]].", None),
    ("[[INSTITUTION:Universitätsklinikum Donautal]], Klinik für Diagnostische und Interventionelle Radiologie, "
     "[[ADDRESS:Karlstraße 41]], [[ADDRESS:89073 Ulm]]", "K1"),
    # --- dates in many forms ---
    ("Im Vergleich zur Voruntersuchung v. [[DATE:12.3.24]] und zum {{CT}} vom [[DATE:3.12.]] "
     "größenprogredient.", None),
    ("Verlauf: [[DATE:Jan. 2023]] {{Hemikolektomie}} rechts, [[DATE:14.02.23]] Port-Anlage, "
     "seit {{(2019)}} bekanntes {{Kolonkarzinom}}.", None),
    ("Letzte Chemotherapie am [[DATE:5. Februar 2024]] ({{FOLFOX}}), Kontrolle {{in 3 Monaten}}.", None),
    ("Aufnahme am [[DATE:2024-03-12]], OP am [[DATE:13.3.]], Entlassung Mitte [[DATE:März 2024]].", None),
    ("Z.n. {{Hemithyreoidektomie}} {{(2017)}}, {{Hashimoto-Thyreoiditis}}; Sono vom [[DATE:07.03.2024]].", None),
    ("Tumorboard am Mittwoch, den [[DATE:20.3.2024]]: {{Da Vinci}}-Prostatektomie empfohlen.", None),
    ("Voraufnahmen: [[DATE:11/2023]], [[DATE:08/2022]]; keine älteren Bilder im {{PACS}}.", None),
    # --- IDs ---
    ("Auftrags-Nr. [[ID:A2403200917]], Pat.-ID [[ID:P0098123]], Versichertennr. [[ID:K123456789]]", "K3"),
    ("Fallnummer [[ID:2024-0087731]] / Barcode [[ID:RX-55-01927-B]]", None),
    ("Studie: [[ID:MR2402290033]] — {{Knie}} links, {{Hoffa-Fettkörper}} ödematös, "
     "{{Baker-Zyste}} 3 cm.", "K4"),
    # --- ages ---
    ("[[AGE:96]]-jährige Patientin mit {{Vorhofflimmern}} unter {{Eliquis}}, Sturz, {{Schenkelhalsfraktur}}?",
     None),
    ("{{67-jähriger}} Patient, {{Agatston-Score}} 412, {{Fazekas}} Grad 2.", None),
    ("Pat. [[AGE:91]] J., {{Herzschrittmacher}} ({{MRT-tauglich}}), {{klinisch}} Verwirrtheit.", None),
    # --- names from many origins, inline ---
    ("Herr [[PERSON:Dmitrij Smirnov]] kommt zur Kontrolle; Rücksprache mit Frau Dr. [[PERSON:Zielińska]].",
     "K4"),
    ("Telefonische Befundmitteilung an Herrn [[PERSON:Abdelkader Benali]] (Stationsarzt) um 11:20 Uhr.", None),
    ("Befund mit Frau [[PERSON:Đặng Thị Hương]] besprochen; Angehöriger Herr [[PERSON:Quang]] anwesend.", None),
    ("Vorbefund von OA [[PERSON:Kaczmarek]] ([[INSTITUTION:St.-Marien-Hospital]]) liegt vor.", None),
    ("Der Patient (Rufname [[PERSON:Sascha]]) wünscht Befundkopie an seinen Bruder [[PERSON:Wolodymyr Bondarenko]].",
     None),
    ("Angehörige: Tochter [[PERSON:Leyla Demir]], Tel. [[PHONE:0176 22334455]].", None),
    ("Befund mit der Patientin und ihrem Ehemann Herrn [[PERSON:Yılmaz]] besprochen; "
     "Dolmetscherin Frau [[PERSON:Gül Arslan]].", "K1"),
    # --- keep-word dense findings ---
    ("{{Leber}}: {{Couinaud}}-Segment VII 14 mm Hypodensität, {{Klatskin-Tumor}} nicht abgrenzbar. "
     "{{Gallenblase}} mit {{Calot}}-Dreieck frei.", None),
    ("{{Circulus Willisi}} regelrecht, {{Foramen Monro}} frei, keine {{Chiari-Malformation}}, "
     "{{Dandy-Walker}} ausgeschlossen.", None),
    ("{{Douglas-Raum}} mit wenig Flüssigkeit, {{Morison-Pouch}} frei; {{Gerota-Faszie}} verdickt.", None),
    ("{{Hill-Sachs-Delle}} und {{Bankart-Läsion}} rechts, {{Segond-Fraktur}} links ausgeschlossen.", None),
    ("{{Klinik}}: Thoraxschmerz. {{Stanford A}}-Dissektion? Kontrastmittel: 80 ml {{Imeron}} 350.", None),
    ("Untersucht am {{Aquilion ONE}}, {{Dotarem}} 15 ml; {{PI-RADS}} 4 Läsion, {{Gleason}} 3+4.", None),
    ("{{DJ-Katheter}} links regelrecht, {{Wallstent}} im {{Ductus choledochus}} durchgängig.", None),
    ("{{Zenker-Divertikel}}, {{Barrett-Ösophagus}}; {{Treitz}}-Band regelrecht.", None),
    ("Beurteilung: {{Deauville}} 4, {{Lugano}}-Kriterien partielles Ansprechen; {{Morbus Hodgkin}}.", None),
]

_EN = [
    # --- header blocks ---
    ("Patient: [[PERSON:NGUYEN, THI LAN]]   DOB: [[DATE:09/02/1948]]   MRN: [[ID:M-448210]]\n"
     "Accession #: [[ID:RAD-24-0031877]]   Exam date: [[DATE:03/18/2024]] 14:32", "K2"),
    ("Referring physician: [[PERSON:Brendan O'Sullivan]], MD\nOrdering provider: [[PERSON:Priya Raghunathan]], NP\n"
     "Clinical history: {{Crohn disease}}, abdominal pain.", "K2"),
    ("Name: [[PERSON:kowalski, piotr]]  DOB: [[DATE:1959-06-30]]  Sex: M  MRN: [[ID:004417729]]", None),
    ("PATIENT NAME: [[PERSON:ABDULLAH AL-FARSI]]\nDATE OF BIRTH: [[DATE:12 Jan 1942]]\nFIN: [[ID:FN-2209-338]]",
     None),
    # (Round 14b: a room inside a hospital is no PHI, docs/deid.md; "Rm 4117" was marked ADDRESS until then.)
    ("Pt: [[PERSON:Tran, Minh Khoa]] ([[AGE:94]] yo M)\nLocation: [[INSTITUTION:St. Columba Medical Center]], "
     "Rm 4117", "K2"),
    ("EXAM: {{MRI Brain}} w/wo contrast ({{Gadavist}})\nDATE: [[DATE:March 18, 2024]]\n"
     "COMPARISON: [[DATE:10/4/2023]], {{3 months ago}} outside study.", None),
    ("Requested by: Dr [[PERSON:Chiara Esposito]] ([[INSTITUTION:Royal Brompton Hospital]])\n"
     "NHS No: [[ID:485 777 3456]]", None),
    ("Patient [[PERSON:Olga Vasilyeva]], born [[DATE:3rd May 1937]], hospital no. [[ID:RBH0099182]].", None),
    ("Admit date: [[DATE:2024-02-28]]   Encounter: [[ID:E-77120934]]   Bed: [[ADDRESS:5W-12]]", None),
    ("[[PERSON:BILL HENDERSON]] (preferred name \"[[PERSON:Billy]]\"), {{58-year-old}} male.", None),
    # --- sign-offs ---
    ("Reported by: [[PERSON:Giulia Romano]], MD\nVerified by: [[PERSON:Brendan O'Sullivan]], MD on "
     "[[DATE:03/19/2024]] 08:15", "K2"),
    ("Electronically signed by: [[PERSON:Wei Zhang]], MD, PhD  [[DATE:04/02/2024]] 17:40 EST", None),
    ("Dictated by: [[PERSON:Hoang Anh Tuan]], MD\nTranscribed by: [[PERSON:jmr]]\nD: [[DATE:03/20/24]] "
     "T: [[DATE:03/21/24]]", None),
    ("I have personally reviewed the images and agree with the report as written.\n"
     "Attending: [[PERSON:Fatima Zahra Benjelloun]], M.D.", None),
    ("Resident: [[PERSON:Aleksandr Petrov]], MD / Attending: [[PERSON:S. Kaur]], MD", None),
    ("cc: Dr. [[PERSON:Yusuf Kaya]]; [[PERSON:Maria Grazia De Luca]], RN (oncology navigator)", None),
    ("Findings were discussed with Dr. [[PERSON:Nakamura]] by telephone at 10:42 on [[DATE:4/3/2024]].", None),
    ("Critical result communicated to [[PERSON:Ngozi Okonkwo]], RN, read back confirmed.", None),
    # --- letter heads / footers ---
    ("[[INSTITUTION:St. Columba Medical Center]] | Department of Radiology | "
     "[[ADDRESS:1480 Harbor View Road]], [[ADDRESS:Salem, MA 01970]]\nPhone [[PHONE:(978) 555-0142]] "
     "Fax [[PHONE:(978) 555-0199]]", "K2"),
    ("[[INSTITUTION:Lakeside Imaging Associates]], [[ADDRESS:220 W. Monroe St, Suite 300]], "
     "[[ADDRESS:Chicago, IL 60606]] - [[INSTITUTION:www.lakeside-imaging.com]]", None),
    ("Questions? Call the reading room at [[PHONE:617-555-0187 ext. 4412]] or email "
     "[[EMAIL:reading.room@stcolumba.org]].", None),
    ("[[INSTITUTION:Royal Brompton Hospital]], [[ADDRESS:Sydney Street]], [[ADDRESS:London SW3 6NP]]. "
     "Tel [[PHONE:020 7352 8121]]", None),
    # --- dates / IDs ---
    ("Prior imaging: CT [[DATE:Jan 5, 2024]], PET/CT [[DATE:12-Dec-2023]], MRI ({{2019}}) not available.",
     None),
    ("Follow-up {{in 6 weeks}}; last colonoscopy [[DATE:June 2022]]; {{yesterday}} fever.", None),
    ("Order #[[ID:ORD-5530192]], requisition [[ID:RQ24-00817]], study [[ID:1.2.840.113619.2.55.3.604688]]",
     None),
    ("Specimen [[ID:S24-11873]] ({{Gleason}} 4+3) from biopsy on [[DATE:02/14/2024]].", None),
    ("Medicare ID [[ID:1EG4-TE5-MK73]]; SSN [[ID:078-05-1120]] on file.", None),
    # --- ages ---
    ("[[AGE:92]]-year-old woman with {{atrial fibrillation}} on {{Xarelto}}, fall, hip pain.", None),
    ("{{81-year-old}} man, {{Lung-RADS}} 4A nodule, {{Fleischner}} criteria not applicable.", None),
    # --- names inline ---
    ("Patient [[PERSON:Karim Al-Haddad]] states prior surgery by Dr. [[PERSON:Romano]] at "
     "[[INSTITUTION:Kreisklinik Lechfeld]].", "K3"),
    ("Mr. [[PERSON:Smirnov]] ([[PERSON:Dima]]) was accompanied by his daughter [[PERSON:Anastasia]].", "K4"),
    ("Per Dr. [[PERSON:Le Van Thanh]] the {{PICC}} was placed {{2 days ago}}.", None),
    ("Ms. [[PERSON:Ayşe Yilmaz]] (interpreter: [[PERSON:Emre Çelik]]) tolerated the procedure well.", "K1"),
    ("per dr. [[PERSON:jaworski]] pt to return for {{CT}} guided biopsy.", None),
    # --- keep-word dense findings ---
    ("{{Pancoast tumor}} of the right apex; {{Virchow node}} not enlarged. {{Hodgkin}} lymphoma history.", None),
    ("{{Watchman}} device in the left atrial appendage; {{MitraClip}} in place; {{Amplatzer}} occluder intact.",
     None),
    ("{{BI-RADS}} 2. {{Bosniak}} IIF cyst. {{TI-RADS}} 3. {{ASPECTS}} 9. {{RECIST}} stable disease.", None),
    ("{{Hounsfield}} units 12; {{Scheuermann}} disease; {{Schmorl}} nodes; {{Baastrup}} sign.", None),
    ("{{Meckel diverticulum}}; {{Morgagni hernia}}; {{Bochdalek}} defect; {{Spigelian hernia}} excluded.", None),
    ("Scanner: {{Revolution CT}}; {{Ingenia}} 1.5T for the MRI; {{Omnipaque}} 350 oral contrast.", None),
    ("{{Salter-Harris}} II fracture; {{Lisfranc}} joint intact; {{Osgood-Schlatter}} changes.", None),
    ("{{PleurX}} catheter in situ. {{Keytruda}} since {{(2021)}}. {{Parkinson}} disease.", None),
]

HELDOUT3: tuple[Snippet, ...] = (tuple(parse("de", text, key) for text, key in _DE)
                                 + tuple(parse("en", text, key) for text, key in _EN))
