# ruff: noqa: E501
"""DEV corpus of rules round 7 (issue 14, deid-rules7): facilities, IDs, phones, addresses, Swiss French / Italian.

Written by a new author (the round-7 engineer) before any change of this round, without opening a held-out
set. Excerpts as DE/AT/CH/UK/US reports write them: letterheads, distribution and cc lists, c/o lines,
transfer and origin phrases in German, French, Italian and English, practices named after their doctors,
cantonal / Landes- / Ordens- hospitals and trusts written short; national and institutional numbers with and
without labels; extensions, bleeps, internal short numbers, fax; street forms with Stiege / Tür / Top,
Postfach, rue / chemin / via / piazza, UK flats and postcodes, US apartments and PO boxes. Keep-terms are the
clinical numbers and words in the same lines (image references, levels, sizes, doses, classifications).

Markup as tests/curation/deid/text/corpus_de_en: ``[[LABEL:text]]`` is PHI, ``{{text}}`` a keep-term.

Measured once, when written, with the code at the branch point (bb9a303), rules only (tests/dev14g/measure.py):
see docs/deid.md, round 7.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- letterheads, distribution lists, c/o ---
    _de("[[INSTITUTION:Radiologie am Hirschgraben]]\n[[ADDRESS:Hirschgraben 14]], [[ADDRESS:60311 Frankfurt am Main]]\nTel. [[PHONE:069 2444 180]] · Fax [[PHONE:069 2444 189]]\n\n{{MRT}} der {{LWS}} nativ: {{Bandscheibenprotrusion}} {{L4/5}} ohne {{Neurokompression}}."),
    _de("Verteiler: [[INSTITUTION:Orthopädie Westpark]]; [[INSTITUTION:Gemeinschaftspraxis Dr. Lenz & Partner]]; Akte.\n{{Rotatorenmanschette}}: {{Supraspinatussehne}} mit {{Partialruptur}} {{8 mm}}."),
    _de("Kopie an: [[INSTITUTION:Praxis Dr. med. Hollerbach]], [[ADDRESS:Marktgasse 3]], [[ADDRESS:3011 Bern]]. {{Fraktur}} des {{Os scaphoideum}}, {{Herbert B2}}, Serie {{4}}, Bild {{17-22}}."),
    _de("Patientin wohnt c/o [[INSTITUTION:Wohnheim Rosengarten]], [[ADDRESS:Gartenstraße 40/Stiege 2/Tür 7]], [[ADDRESS:1100 Wien]]. {{Thorax}} p.a.: {{Kardiomegalie}}, {{CTR}} {{0,58}}."),
    _de("Vorbilder vom [[INSTITUTION:Krankenhaus der Barmherzigen Brüder Eisenstadt]] und aus dem [[INSTITUTION:Ordensklinikum Elisabethinen]] liegen vor; {{Spondylodiszitis}} {{BWK 9/10}}, Abszess {{2,1 cm}}."),
    _de("Übernahme aus der [[INSTITUTION:Landesklinik Hallein]] am [[DATE:04.03.2025]]; {{Subduralhämatom}} rechts, {{Mittellinienverlagerung}} {{6 mm}}. Aufnahmezahl [[ID:A25-0311472]]."),
    _de("Zuweisung: [[INSTITUTION:Kantonsspital Graubünden]], Dr. [[PERSON:Gian Andri Caduff]]. {{Lungenembolie}} segmental im {{Unterlappen}} links, {{RV/LV}} {{0,9}}. Tel. intern [[PHONE:4471]]."),
    _de("Bitte Rückruf an Frau [[PERSON:Kovačević]] unter [[PHONE:+43 316 385 12345 DW -217]]. {{Cholezystolithiasis}}, {{Gallenblasenwand}} {{3 mm}}, kein {{Murphy-Zeichen}}."),
    _de("Befund per Fax an [[PHONE:0711 6489-2299]] ([[INSTITUTION:Hausarztzentrum Degerloch]]). {{CT}} {{Schädel}}: keine {{Blutung}}, {{ASPECTS}} {{10}}."),
    _de("Auftrag [[ID:RIS-2025-118733]], Untersuchung vom [[DATE:12.02.2025]], Versichertennr. [[ID:K872104553]]. {{Mammographie}} {{BI-RADS 2}} beidseits, {{ACR B}}."),
    _de("SV-Nr. [[ID:1237 120385]], Aufnahmezahl [[ID:2025/044781]]. {{Sonographie}} {{Abdomen}}: {{Leber}} {{16 cm}}, {{Steatosis hepatis}} {{Grad 2}}."),
    _de("AHV-Nr. [[ID:756.4412.9087.33]], Fall-ID [[ID:8012447653]]. {{Knie}} rechts: {{VKB-Ruptur}}, {{Bone bruise}} {{laterale Femurkondyle}}, {{Serie 6 Bild 14}}."),
    _de("Rückfragen an den Dienstarzt, Piepser [[PHONE:7723]], oder an die Leitstelle [[PHONE:0221 478-0]]. {{Ileus}}: {{Dünndarmschlingen}} bis {{4 cm}}, {{Kalibersprung}}."),
    _de("Postanschrift: [[INSTITUTION:MVZ Radiologie Nordstadt]], [[ADDRESS:Postfach 10 22 41]], [[ADDRESS:30023 Hannover]]. {{Szintigraphie}} mit {{99mTc}}, {{740 MBq}}."),
    _de("Der Patient wurde vom [[INSTITUTION:Rudolfinerhaus]] zugewiesen, Wohnadresse [[ADDRESS:Hauptplatz 5/Top 12]], [[ADDRESS:8010 Graz]]. {{PET-CT}}: {{SUVmax}} {{7,4}} im {{Mediastinum}}."),
    # --- CH French / Italian ---
    _fr("Patient adressé par le [[INSTITUTION:Cabinet médical des Tilleuls]], transféré de l'[[INSTITUTION:Hôpital de Morges]] le [[DATE:3 mars 2025]]. {{Scanner}} thoracique: {{embolie pulmonaire}} lobaire inférieure droite, {{série 3}} image {{112}}."),
    _fr("Domicile: [[ADDRESS:chemin des Vignes 12]], [[ADDRESS:1009 Pully]]. Tél. [[PHONE:021 728 44 10]]. {{IRM}} du genou: {{lésion méniscale}} {{grade 3}} de la corne postérieure."),
    _fr("Rapport adressé au [[INSTITUTION:Centre médical du Léman]], copie au [[INSTITUTION:HFR Riaz]]. {{Fracture}} de {{Pouteau-Colles}}, {{bascule dorsale}} {{20°}}."),
    _fr("Mme [[PERSON:Nathalie Rochat]], [[ADDRESS:rue du Simplon 8]], [[ADDRESS:1800 Vevey]], n° AVS [[ID:756.1234.5678.97]]. {{Échographie}} thyroïdienne: nodule {{EU-TIRADS 3}} de {{14 mm}}."),
    _fr("Envoyé de la [[INSTITUTION:Clinique Bois-Cerf]] pour second avis; {{coxarthrose}} {{Kellgren-Lawrence}} {{III}}, {{ostéophytes}}. Secrétariat: [[PHONE:021 619 69 69]], interne [[PHONE:6912]]."),
    _it("Paziente inviato dallo [[INSTITUTION:Studio medico Dr. Bernasconi]], [[ADDRESS:via Cantonale 24]], [[ADDRESS:6900 Lugano]]. {{TC}} dell'{{addome}}: {{appendicite}} acuta, {{appendice}} di {{11 mm}}."),
    _it("Trasferito dall'[[INSTITUTION:Ospedale Regionale di Mendrisio]] il [[DATE:12 gennaio 2025]]; {{RM}} encefalo: {{lesione ischemica}} acuta nel territorio della {{ACM}} sinistra, sequenza {{DWI}}."),
    _it("Domicilio: [[ADDRESS:piazza Grande 3]], [[ADDRESS:6600 Locarno]]; telefono [[PHONE:091 756 41 11]]. {{Radiografia}} del torace: {{versamento pleurico}} minimo a destra."),
    _it("Copia alla [[INSTITUTION:Clinica Sant'Anna]] e al medico curante. Numero paziente [[ID:PZ-448120]]. {{Ecografia}} renale: {{idronefrosi}} di {{grado II}}."),
    # --- UK ---
    _en("[[INSTITUTION:Royal Berkshire NHS Foundation Trust]]\nCC: [[INSTITUTION:Whitley Villa Surgery]]; [[INSTITUTION:Kennet Valley Practice]]\n{{CT}} {{KUB}}: {{6 mm}} calculus at the {{VUJ}}, {{mild hydronephrosis}}."),
    _en("Address: [[ADDRESS:Flat 4B, 17 Harcourt Road]], [[ADDRESS:Sheffield S10 1DJ]]. Hospital number [[ID:RHQ4471093]]. {{MRI}} lumbar spine: {{L5/S1}} disc extrusion, {{S1 root}} compression."),
    _en("Contact the on-call registrar via bleep [[PHONE:2316]] or switchboard [[PHONE:0117 923 0000 ext 4471]]. {{Pneumothorax}} {{2.5 cm}} at the hilum, {{BTS}} large."),
    _en("Referred from [[INSTITUTION:Frimley Park]] ED; NHS No. [[ID:485 777 3456]], accession [[ID:RBK25031204417]]. {{Scaphoid}} series, image {{3 of 4}}: no {{fracture}}."),
    _en("Seen at [[INSTITUTION:Moorfields]] in [[DATE:May 2024]]; {{orbital}} {{MRI}} with {{optic neuritis}}, {{STIR}} series {{5}}, slice {{22}}."),
    # --- US ---
    _en("[[INSTITUTION:Lakeshore Spine & Pain Associates]]\n[[ADDRESS:2200 N Lincoln Ave, Suite 310]], [[ADDRESS:Chicago, IL 60614]]\nP [[PHONE:(312) 555-0148]] F [[PHONE:(312) 555-0149]]\n{{Lumbar}} {{MRI}}: {{L4-L5}} {{annular fissure}}, {{Modic 1}}."),
    _en("Mailing address: [[ADDRESS:PO Box 4471]], [[ADDRESS:Boise, ID 83701]]. Pt home [[ADDRESS:1185 Cedar Ln, Apt 6C]]. MRN [[ID:E00447193]], acct [[ID:900233817]]. {{Rib}} series: {{nondisplaced}} fracture of the {{7th rib}}."),
    _en("cc: [[INSTITUTION:Intermountain Primary Care - Cottonwood]]; [[INSTITUTION:Kaiser Permanente Roseville]]. Call [[PHONE:916-555-0173 x2240]] with questions. {{Ultrasound}}: {{DVT}} of the {{popliteal vein}}."),
    _en("Transferred from [[INSTITUTION:UPMC Mercy]] for {{ECMO}}; accession [[ID:CT-24-0098812]], {{CTA}} {{chest}}: {{saddle embolus}}, {{RV/LV ratio}} {{1.4}}."),
    _en("Prior at [[INSTITUTION:Penn Medicine Radnor]] on [[DATE:2/14/2024]]; our study {{series 401}}, {{image 57}}: stable {{4 mm}} {{ground-glass}} nodule, {{Fleischner}} low risk."),
)

BATCHES = {"DEV": DEV}
