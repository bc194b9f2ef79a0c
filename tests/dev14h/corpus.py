# ruff: noqa: E501
"""DEV corpus of rules round 8 (issue 14, deid-rules8): UK and Swiss facilities, addresses, phones, IDs.

Written by a new author (the round-8 engineer) before any change of this round, without opening a held-out
set. UK emphasis: NHS trusts and hospitals, GP surgeries and health centres, medical practices, UK street
addresses and postcodes, UK phone forms (0xxxx xxxxxx, +44, switchboard / extension / bleep); Swiss emphasis:
facilities in German, French and Italian (Spital, Kantonsspital, Klinik, hôpital, clinique, ospedale,
Praxis / cabinet / studio), Swiss phone forms (0xx xxx xx xx, +41), Swiss IDs (AHV, Fall-Nr., PID).
Keep-terms are the clinical words and numbers in the same lines.

Markup as tests/curation/deid/text/corpus_de_en: ``[[LABEL:text]]`` is PHI, ``{{text}}`` a keep-term.
Measured once, when written, with the code at the branch point (4462052): see docs/deid.md, round 8.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- UK ---
    _en("[[INSTITUTION:Gloucestershire Hospitals NHS Foundation Trust]]\nDepartment of Radiology, [[INSTITUTION:Cheltenham General Hospital]], [[ADDRESS:Sandford Road]], [[ADDRESS:Cheltenham GL53 7AN]]\n{{CT}} {{colonography}}: {{12 mm}} sessile polyp in the {{sigmoid}}."),
    _en("GP: Dr [[PERSON:Okonkwo]], [[INSTITUTION:Brunswick Health Centre]], [[ADDRESS:139 Hartington Road]], [[ADDRESS:Bristol BS7 8HT]]. Tel [[PHONE:0117 944 1100]]. {{Chest X-ray}}: {{right lower zone}} consolidation."),
    _en("Copy to: [[INSTITUTION:Millbrook Surgery]]; [[INSTITUTION:The Orchard Medical Practice]]. {{US}} {{abdomen}}: {{gallbladder}} {{sludge}}, {{CBD}} {{5 mm}}."),
    _en("Outside imaging from [[INSTITUTION:Wythenshawe Hospital]] ([[INSTITUTION:Manchester University NHS Foundation Trust]]) reviewed at the {{MDT}}; {{T2N1}} rectal tumour, {{EMVI}} positive."),
    _en("Patient address: [[ADDRESS:27 Kingsley Avenue]], [[ADDRESS:Wolverhampton WV6 9LN]]. NHS number [[ID:943 476 5919]]. Hospital no. [[ID:K0492871]]. {{Knee}} {{MRI}}: {{medial meniscus}} tear, {{grade 3}} signal."),
    _en("Please contact the reporting radiologist on [[PHONE:01632 960512]] or via switchboard [[PHONE:+44 20 7946 0321]], bleep [[PHONE:5521]]. {{Aortic dissection}} {{Stanford A}}: urgent."),
    _en("Referred by [[INSTITUTION:Abbey Meads Medical Practice]] for {{DEXA}}; {{T-score}} {{-2.7}} at the {{femoral neck}}."),
    _en("Transferred from [[INSTITUTION:Ninewells]] after {{thrombectomy}}; prior {{CTA}} performed at [[INSTITUTION:Perth Royal Infirmary]] on [[DATE:14/02/2025]]. {{ASPECTS}} {{8}}."),
    _en("Seen in the {{fracture clinic}} at [[INSTITUTION:Queen Elizabeth University Hospital]]. CHI [[ID:1206851234]]. {{Distal radius}} fracture, {{dorsal angulation}} {{15 degrees}}."),
    _en("Home: [[ADDRESS:Flat 2, Rowan Court, 8 Elm Grove]], [[ADDRESS:Cardiff CF24 3RT]]; mobile [[PHONE:07700 900461]]. {{CT}} {{head}}: no {{acute haemorrhage}}."),
    _en("Requesting clinician: [[PERSON:Sarah Whitfield]], [[INSTITUTION:Hollybank Health Centre]]. Accession [[ID:RRK2503177845]]. {{Mammogram}}: {{M2}}, benign {{calcification}}."),
    _en("Prior scans held at [[INSTITUTION:St Richard's Hospital]], [[ADDRESS:Chichester]]; {{PET-CT}} {{Deauville 4}}, {{SUVmax}} {{9.1}}."),
    _en("Results to [[INSTITUTION:Eastgate Family Practice]], fax [[PHONE:01904 725 118]]. {{Lumbar spine}} {{MRI}}: {{L4/5}} broad-based disc bulge, no {{cauda equina}} compression."),
    _en("Letter copied to [[INSTITUTION:Leeds Teaching Hospitals NHS Trust]] and to the patient at [[ADDRESS:5 Primrose Hill Close]], [[ADDRESS:Leeds LS16 7AB]]. {{Hip}} {{X-ray}}: {{Garden III}} fracture."),
    # --- CH German ---
    _de("[[INSTITUTION:Spital Bülach]], Institut für Radiologie, [[ADDRESS:Spitalstrasse 24]], [[ADDRESS:8180 Bülach]]\nTel. [[PHONE:044 863 22 11]]\n{{CT}} {{Thorax}}: {{Rundherd}} {{9 mm}} im {{Oberlappen}} rechts."),
    _de("Zuweisung von [[INSTITUTION:Hausarztpraxis Sonnenberg]], [[ADDRESS:Dorfstrasse 7]], [[ADDRESS:5430 Wettingen]]. PID [[ID:30045812]], Fall-Nr. [[ID:7004419821]]. {{Sonographie}} der {{Schilddrüse}}: {{TI-RADS 3}}."),
    _de("Voraufnahmen aus dem [[INSTITUTION:Kantonsspital Baden]] und der [[INSTITUTION:Hirslanden Klinik Aarau]] zum Vergleich; {{Hirnmetastasen}} {{3}}, grösste {{11 mm}}."),
    _de("Rückfragen an das Sekretariat: [[PHONE:+41 61 328 71 40]] oder intern [[PHONE:4140]]. {{MRT}} {{Knie}} links: {{Meniskusriss}} {{Hinterhorn}} medial."),
    _de("Verlegung ins [[INSTITUTION:Spital Zollikerberg]] am [[DATE:8. April 2025]]; {{Pneumonie}} im {{Unterlappen}} links, {{Pleuraerguss}} {{2 cm}}."),
    _de("Patientin wohnhaft [[ADDRESS:Bahnhofstrasse 112]], [[ADDRESS:9000 St. Gallen]], AHV [[ID:756.9217.0044.58]]. {{Mammographie}} {{BI-RADS 4}}, {{Biopsie}} empfohlen."),
    _de("Kopie an [[INSTITUTION:Gruppenpraxis Seefeld]] und [[INSTITUTION:Rehaklinik Bellikon]]. {{Röntgen}} {{HWS}}: {{Osteochondrose}} {{C5/6}}."),
    _de("Externe Bilder vom [[INSTITUTION:Bürgerspital Solothurn]] über die {{PACS}}-Anbindung; {{Aneurysma}} der {{A. communicans anterior}}, {{4 mm}}."),
    # --- CH French ---
    _fr("Examen demandé par le [[INSTITUTION:Centre médical de la Gare]], [[ADDRESS:avenue de la Gare 20]], [[ADDRESS:1950 Sion]]. Tél. [[PHONE:027 322 10 10]]. {{IRM}} lombaire: {{hernie discale}} {{L5-S1}}."),
    _fr("Images antérieures de l'[[INSTITUTION:Hôpital du Jura bernois]] et de la [[INSTITUTION:Clinique de Genolier]]; {{nodule}} {{pulmonaire}} stable de {{6 mm}}."),
    _fr("Patient transféré depuis l'[[INSTITUTION:Hôpital Riviera-Chablais]] le [[DATE:2 mai 2025]]. N° de cas [[ID:40012873]]. {{Scanner}} cérébral: {{AVC}} ischémique {{sylvien}} droit."),
    _fr("Copie au [[INSTITUTION:Cabinet de pédiatrie de Champel]], [[PHONE:+41 22 346 12 80]]. {{Radiographie}} du {{thorax}}: pas de {{pneumothorax}}."),
    # --- CH Italian ---
    _it("Immagini precedenti dell'[[INSTITUTION:Ospedale San Giovanni di Bellinzona]] e della [[INSTITUTION:Clinica Luganese Moncucco]]; {{frattura}} del {{collo femorale}} {{Garden II}}."),
    _it("Richiesta dello [[INSTITUTION:Studio medico Pregassona]], [[ADDRESS:via Ceresio 15]], [[ADDRESS:6963 Pregassona]], tel. [[PHONE:091 940 12 34]]. {{Ecografia}} {{addominale}}: {{colelitiasi}}."),
    _it("Paziente domiciliata in [[ADDRESS:via San Gottardo 48]], [[ADDRESS:6500 Bellinzona]]; numero AVS [[ID:756.3011.4478.20]]. {{TC}} del {{torace}}: {{versamento pleurico}} bilaterale."),
)

# Batch B: written after round 8's first changes, before any further change; measured once, then tuned on.
DEV_B: tuple[Snippet, ...] = (
    _en("Referral from [[INSTITUTION:Northgate Surgery]], [[ADDRESS:12a High Street]], [[ADDRESS:Ware SG12 9BY]]; telephone [[PHONE:(01920) 468 215]]. {{Shoulder}} {{US}}: {{full-thickness}} {{supraspinatus}} tear, {{14 mm}}."),
    _en("Comparison with imaging from [[INSTITUTION:Guy's and St Thomas']] dated [[DATE:03/11/2024]]. {{Pulmonary nodules}}: largest {{7 mm}}, {{Brock}} score {{4%}}."),
    _en("Reported for [[INSTITUTION:Oxford University Hospitals]] under the {{insourcing}} contract; {{MRI}} {{prostate}} {{PI-RADS 4}} lesion, {{Likert 4}}."),
    _en("Patient lives at [[ADDRESS:The Old Rectory, Church Lane]], [[ADDRESS:Much Wenlock TF13 6AF]]; daughter's number [[PHONE:+44 (0)7911 123456]]. {{CT}} {{abdomen}}: {{diverticulitis}}."),
    _en("Radiology secretaries: [[PHONE:020 7188 5476]] (ext. [[PHONE:85476]]). {{Barium swallow}}: {{Zenker's diverticulum}}, {{2 cm}}."),
    _en("Seen at [[INSTITUTION:Riverside Medical Centre]] by the {{nurse practitioner}}; {{X-ray}} {{ankle}}: {{Weber B}} fracture."),
    _en("MRN [[ID:RM0044812]]; PAS ID [[ID:10293847]]; NHS [[ID:401 023 2137]]. {{CT}} {{pulmonary angiogram}}: no {{PE}}."),
    _en("Discharged to [[INSTITUTION:Larchwood Care Home]], [[ADDRESS:Unit 4, Larch Way]], [[ADDRESS:Kettering NN15 7LS]]. {{Pelvis}} {{X-ray}}: {{pubic ramus}} fracture."),
    _de("Zuweisung durch [[INSTITUTION:Ärztezentrum Oerlikon]], Tel. [[PHONE:+41 (0)44 315 22 00]]; Fall-Nr. [[ID:2025-0419822]]. {{MRT}} {{Schulter}}: {{SLAP-Läsion}} {{Typ II}}."),
    _de("Vorbefunde im [[INSTITUTION:Stadtspital Triemli]] und im [[INSTITUTION:Universitätsspital Basel]]; {{Lebermetastasen}} {{4}}, grösste {{23 mm}} in {{Segment VII}}."),
    _de("Verlegt vom [[INSTITUTION:Luzerner Kantonsspital]] nach {{Thrombektomie}}, PID [[ID:1123408]]. {{CT-Angiographie}}: {{M1}} rekanalisiert, {{TICI 2b}}."),
    _de("Bericht an [[INSTITUTION:Praxis am Bahnhofplatz]], [[ADDRESS:Bahnhofplatz 2]], [[ADDRESS:3600 Thun]], Fax [[PHONE:033 222 41 19]]. {{Sonographie}} {{Niere}}: {{Zyste}} {{Bosniak I}}."),
    _de("Notfall [[INSTITUTION:Permanence Hauptbahnhof]] meldet {{Sturz}}; {{Röntgen}} {{Handgelenk}}: {{distale Radiusfraktur}} {{AO 23-A2}}. Rückruf [[PHONE:0800 33 66 55]]."),
    _de("Versichertenkarte [[ID:80756 01234 56789 01]], Auftragsnummer [[ID:A-771203]]. {{Mammographie}} {{BI-RADS 1}}, {{ACR C}}."),
    _fr("Transfert depuis l'[[INSTITUTION:Ensemble hospitalier de la Côte]] le [[DATE:18 mars 2025]]; {{scanner}} abdominal: {{pancréatite}} {{Balthazar E}}."),
    _fr("Rapport transmis au [[INSTITUTION:Réseau hospitalier neuchâtelois]] et à la [[INSTITUTION:Clinique La Lignière]]. {{IRM}} cardiaque: {{FEVG}} {{45%}}."),
    _fr("Domicile: [[ADDRESS:route de Chêne 61]], [[ADDRESS:1208 Genève]]; portable [[PHONE:079 512 33 08]]. {{Échographie}} {{hépatique}}: {{stéatose}}."),
    _it("Trasferita dall'[[INSTITUTION:Ospedale Civico di Lugano]]; {{RM}} {{rachide}} {{cervicale}}: {{ernia discale}} {{C6-C7}}. Tel. reparto [[PHONE:091 811 60 00]]."),
    _it("Copia alla [[INSTITUTION:Clinica Hildebrand di Brissago]], numero caso [[ID:5530127]]. {{TC}} {{cranio}}: {{ematoma subdurale}} cronico."),
)

BATCHES = {"DEV": DEV, "DEV_B": DEV_B}
