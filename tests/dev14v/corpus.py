# ruff: noqa: E501
"""DEV / training corpus of the learned token tagger (issue 14, deid-dev14v): hand-written whole documents.

Written by a new author for the tagger's training and for rule work on names and facilities, without reading
the scrubber, its docs, bench/, any held-out corpus or the excerpt texts of the other dev corpora. Unlike the
short excerpts of tests/dev14u, these are whole documents as they leave a RIS/HIS or a word processor: export
header blocks (tab, pipe, fixed-width columns, "Key: value" lines), referral and reply letters, MDT /
tumour-board minutes with attendance lists, phone notes of critical results, second opinions on outside
studies, teaching-file notes, NHS letters with cc lists and addresses, US reports with attestation,
"Electronically signed by", ordering / attending / resident and dictation lines, German, Austrian and Swiss
letters (salutations, "i.A.", "Diktat:", "Vidiert:", OA/OÄ, "Ltd. OA", "Dres."), Swiss French and Italian
letters. Names and facilities of many origins and shapes (cue-less, in lists, tables and signatures) are
mixed densely with hard negatives marked as keep-terms: eponyms that are surnames, capitalised German nouns,
anatomy, drugs, devices and scanners, sequences, scores and place-named classifications, departments,
headings and image references.

Markup as tests/curation/deid/text/corpus_de_en: ``[[LABEL:text]]`` is PHI, ``{{text}}`` a keep-term that
must survive. Titles, salutations and post-nominals (Dr., Prof., OA, Mr, MD, FRCR) are outside the span; a
whole facility name is inside it, a department name is not part of it. AGE marks only ages over 89 (the
number). A city in a letter's dateline or an address line is ADDRESS. Labels: PERSON, INSTITUTION, ADDRESS,
DATE, PHONE, ID, AGE, EMAIL, URL (a web address counts as found when a reported span of any label covers
it). Swiss French / Italian documents carry lang "fr" / "it".

This is training data, not a held-out set. Each batch was measured once, when written, with the scrubber of
that moment, rules only (tagger off, no spaCy layer), aggregates only (tests/dev14v/measure.py):

- BATCH1 (54 documents: 25 de, 24 en, 3 fr, 2 it; 454 PHI spans, 305 keep-terms): recall PERSON/DATE/ID
  0.814, all labels 0.806 (PERSON 161/217, INSTITUTION 34/48, ADDRESS 24/30, ID 44/50, DATE 80/83, PHONE
  16/19, AGE 3/3, EMAIL 3/3, URL 1/1); keep 0.993 (303/305); over-redaction 4.1% (17 false hits of 411
  reported spans).
- BATCH2 (54 documents: 26 de, 21 en, 4 fr, 3 it; 439 PHI spans, 278 keep-terms): recall PERSON/DATE/ID
  0.807, all labels 0.790 (PERSON 159/216, INSTITUTION 34/54, ADDRESS 25/33, ID 34/35, DATE 75/81, PHONE
  14/14, AGE 2/2, EMAIL 3/3, URL 1/1); keep 0.993 (276/278); over-redaction 4.2% (16 false hits of 384
  reported spans).
- BATCH3 (55 documents: 24 de, 22 en, 5 fr, 4 it; 433 PHI spans, 290 keep-terms): recall PERSON/DATE/ID
  0.840, all labels 0.818 (PERSON 169/216, INSTITUTION 41/61, ADDRESS 21/24, ID 27/29, DATE 77/80, PHONE
  11/15, AGE 3/3, EMAIL 4/4, URL 1/1); keep 0.986 (286/290); over-redaction 4.6% (18 false hits of 391
  reported spans).

In all 163 documents (75 de, 67 en, 12 fr, 9 it), 1326 PHI spans (PERSON 649, DATE 244, INSTITUTION 163,
ID 114, ADDRESS 87, PHONE 48, EMAIL 10, AGE 8, URL 3) and 873 keep-terms. The lowest per-label recall is on
facilities without a keyword and names without a cue (lists, tables, signatures): the classes this set is for.
Label notes: a trauma alias is a keep-term in BATCH1 ("Ahorn") but an ID in BATCH3 (an alias links to the
record); BATCH1 was already measured, so it was left as written.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

BATCH1: tuple[Snippet, ...] = (
    # --- DE: RIS exports, letters, conferences ---
    _de("""Patient: [[PERSON:Wiśniewski, Tomasz]]
Geb.-Datum: [[DATE:17.05.1963]]
PID: [[ID:100483291]]
Fallnr.: [[ID:5520193847]]
Auftrag: [[ID:RA-24-118830]]
Zuweiser: [[PERSON:Henrike Albers-Stein]], [[INSTITUTION:Orthopädie im Hafenviertel]]
Station: {{Ambulanz}}
Untersuchung: {{MRT Kniegelenk rechts}} nativ
Gerät: {{Magnetom Vida}} 3T

{{Klinische Angaben}}: Distorsion beim Fußball vor 3 Wochen, Blockierung.
{{Technik}}: {{PD fs}} cor/sag/tra, {{T1 TSE}} cor, {{T2 Dixon}} sag.
{{Befund}}: Korbhenkelriss des {{Innenmeniskus}} mit nach interkondylär disloziertem Fragment ({{Double-PCL-Sign}}, Serie 4 Bild 12). {{Vorderes Kreuzband}} intakt. {{Baker-Zyste}} 28 mm.
{{Beurteilung}}: Dislozierter Korbhenkelriss {{Innenmeniskus}}.

Dr. med. [[PERSON:Kai-Uwe Brenneke]], Oberarzt
[[PERSON:Leonie Faltermeier]], Assistenzärztin
Diktat: [[PERSON:Brenneke]] / geschrieben: [[PERSON:Hübner]] [[DATE:22.04.2024]]"""),
    _de("""Sehr geehrte Frau Kollegin Dr. [[PERSON:Özdemir]],

vielen Dank für die Zuweisung Ihrer Patientin [[PERSON:Roswitha Pfannenstiel]], geb. [[DATE:03.11.1949]], wohnhaft [[ADDRESS:Kirchgasse 7]], [[ADDRESS:74821 Mosbach]], die wir am [[DATE:8. Mai 2024]] untersuchten.

{{Mammographie}} beidseits in zwei Ebenen, {{Tomosynthese}} ({{Selenia Dimensions}}):
Parenchymdichte {{ACR C}}. Links oben außen gruppierter, pleomorpher Mikrokalk auf 11 mm ({{BI-RADS 4}}).
Rechts kein Nachweis suspekter Herdbefunde.
Wir empfehlen eine vakuumassistierte Biopsie, Termin über unser Sekretariat ([[PHONE:06261 83-2290]]).

Mit freundlichen kollegialen Grüßen

Prof. Dr. med. [[PERSON:Gunther Wehrspann]]
Chefarzt
i.A. [[PERSON:Svetlana Morozova]]
Fachärztin für Radiologie

Nachrichtlich: Frau Dr. [[PERSON:Inge Lüdecke]], [[ADDRESS:Hauptstraße 44, 74821 Mosbach]]"""),
    _de("""PROTOKOLL {{Interdisziplinäres Tumorboard}} {{Thorax}} vom [[DATE:16.01.2024]]
Teilnehmer:
[[PERSON:Adebayo]] ({{Pneumologie}})
[[PERSON:Kristin Lembcke]] ({{Thoraxchirurgie}})
[[PERSON:Haddad]] ({{Radioonkologie}})
[[PERSON:Nguyen Thi Lan]] ({{Pathologie}})
[[PERSON:Rüdiger Kamps]] ({{Radiologie}}, Protokoll)

1. [[PERSON:Zeller, Ottokar]] ([[DATE:24.02.1958]]) – {{Adenokarzinom}} rechter {{Oberlappen}}, {{cT2a cN2 M0}}, {{EGFR}} negativ, {{PD-L1}} 60 %.
   Beschluss: neoadjuvante Chemoimmuntherapie, Re-{{Staging}} nach 3 Zyklen.
2. [[PERSON:Büyükkaya, Nesrin]] ([[DATE:02.08.1971]]) – Rundherd {{Mittellappen}} 9 mm, {{Fleischner}}-Kontrolle.
   Beschluss: {{CT}} in 6 Monaten.
3. [[PERSON:Abendroth, Klaus-Dieter]] ([[DATE:30.06.1944]]) – {{Pancoast}}-Tumor links.
   Beschluss: Vorstellung [[INSTITUTION:Lungenfachklinik Immenhausen]]."""),
    _de("""Telefonische Befundmitteilung
Datum/Uhrzeit: [[DATE:12.03.2024]], 02:47 Uhr
Patient: [[PERSON:Fadime Arslan]], [[ID:74410028]]
Befund: Akute {{Lungenarterienembolie}} beidseits, RV/LV-Quotient 1,3.
Mitgeteilt an: Dr. [[PERSON:Morten Sievers]], {{Zentrale Notaufnahme}}, Tel. intern [[PHONE:4417]]
Rückbestätigung erfolgt.
Mitgeteilt durch: [[PERSON:Aleksandra Kowalczyk]], Assistenzärztin {{Radiologie}}"""),
    _de("""{{Zweitbefundung}} externer Voraufnahmen

Vorgelegt: CD der [[INSTITUTION:Radiologie Rhein-Neckar]], Untersuchung vom [[DATE:29.02.2024]], {{CT Abdomen}} mit Kontrastmittel ({{Imeron 350}}).
Patient: [[PERSON:Heinrich Gottwald]], * [[DATE:14.07.1952]]
Der externe Befund (Dr. [[PERSON:Sauerbier]]) beschreibt eine {{Raumforderung}} im {{Pankreaskopf}} von 32 mm.
Eigene Beurteilung: Hypodense Läsion im {{Processus uncinatus}} 34 mm mit Kontakt zur {{Arteria mesenterica superior}} über < 180° (Serie 3, Bild 61), keine Gefäßummauerung. Nach {{NCCN}}-Kriterien grenzwertig resektabel.
Empfehlung: Vorstellung in unserem {{Pankreaszentrum}}.

PD Dr. med. [[PERSON:Valentina Rossi-Hartwig]]
Ltd. Oberärztin"""),
    _de("""Lehrfall {{Neuroradiologie}} Nr. 214
Quelle: Prof. [[PERSON:Bernhardt]], [[INSTITUTION:Klinikum Nordstadt]], Fall vom [[DATE:06/2023]]
Diagnose: {{Dandy-Walker}}-Variante vs. {{Blake}}-Taschen-Zyste
Lernziele: {{Vermis}}, {{Fastigium}}, Winkel des {{Tegmentum}}.
{{Sequenzen}}: {{T2 SPACE}} sag, {{CISS}}, {{FLAIR}}.
Hinweis: Patientendaten entfernt; Rückfragen an [[EMAIL:j.bernhardt@klinikum-nordstadt.de]]"""),
    _de("""[[INSTITUTION:MVZ Radiologie am Zwinger]] · [[ADDRESS:Ostra-Allee 9 · 01067 Dresden]]
Tel. [[PHONE:0351 49 77 10]] · Fax [[PHONE:0351 49 77 19]]

Herrn
Dr. med. [[PERSON:Jörg Mittelstädt]]
[[ADDRESS:Borsbergstraße 31]]
[[ADDRESS:01309 Dresden]]

[[ADDRESS:Dresden]], [[DATE:04.06.2024]]

Betr.: [[PERSON:Lehmann, Gerda]], geb. [[DATE:19.12.1939]]

Sehr geehrter Herr Kollege,
{{Sonographie}} der {{Schilddrüse}}: Knoten rechts kaudal 18 mm, echoarm, unscharf begrenzt, {{TI-RADS}} 5. {{Halslymphknoten}} unauffällig.
Wir empfehlen eine Feinnadelpunktion ({{Bethesda}}-Klassifikation).

Mit freundlichen Grüßen
Dr. med. [[PERSON:Anja Tschirner]]"""),
    _de("""Untersuchung        | Datum      | Zuweiser           | Befunder
CT Schädel nativ    | [[DATE:02.01.2024]] | [[PERSON:Ebert]]              | [[PERSON:Al-Khatib]]
MRT Schädel         | [[DATE:03.01.2024]] | [[PERSON:Ebert]]              | [[PERSON:Tanja Rehberg]]
{{CT-Angiographie}}     | [[DATE:03.01.2024]] | [[INSTITUTION:Stroke Unit Bergedorf]] | [[PERSON:Al-Khatib]]
Patient: [[PERSON:Marlies Oberhauser]] ([[ID:P-0091834]])
Zusammenfassung: subakuter Infarkt im Stromgebiet der {{Arteria cerebri media}} links, {{ASPECTS}} 7, Verschluss {{M2}}-Segment, {{Circulus Willisii}} sonst regelrecht."""),
    _de("""Arztbrief – Nachsorge
[[PERSON:Swoboda, Erwin]] · [[DATE:21.03.1948]] · Versichertennr. [[ID:H472918366]]

Sehr geehrte Damen und Herren,
{{Verlaufskontrolle}} nach {{EVAR}} ({{Endurant II}}, [[DATE:Oktober 2021]]):
{{Aneurysmasack}} 61 mm (Vorbefund 63 mm). Kein {{Endoleak}} Typ I oder III, fragliches Typ-II-Endoleak aus einer {{Lumbalarterie}} (Bild 144).
{{Nierenarterien}} frei perfundiert.

Mit freundlichen Grüßen
[[PERSON:Christoph Ammerlahn]] / Oberarzt {{Gefäßzentrum}}
[[PERSON:Jelena Petrović]] / Assistenzärztin

Verteiler: [[INSTITUTION:Hausarztpraxis Dr. Fichtner & Kollegen]], [[ADDRESS:Bahnhofstr. 3, 26789 Leer]]"""),
    _de("""Klinik für Unfallchirurgie – Röntgenanforderung
Name, Vorname: [[PERSON:KALINOWSKI, Ewa]]
Geburtsdatum: [[DATE:1957-09-02]]
Anf. Arzt: [[PERSON:Steinbrück]] / {{Piepser}} [[PHONE:3381]]
Frage: {{Radiusfraktur}} loco typico? {{Colles}}?
Befund: Extensionsfraktur des distalen {{Radius}} mit dorsaler Abkippung 24°, Beteiligung des {{Processus styloideus ulnae}}. {{AO 23-C1}}.
Befunder: Dr. [[PERSON:Siegfried Pohlmann]]"""),
    # --- AT ---
    _de("""[[INSTITUTION:Landesklinikum Waldviertel Zwettl]]
{{Institut für Radiologie}}
Vorstand: Prim. Dr. [[PERSON:Ferdinand Hinterleitner]]

Sehr geehrter Herr Primarius!

Betrifft: [[PERSON:Gruber, Johanna]], SV-Nr. [[ID:4418 120352]]

Bei Ihrer Patientin zeigt die {{Computertomographie}} des Thorax vom [[DATE:11.04.2024]] eine segmentale {{Pulmonalembolie}} rechts basal sowie ein schmales Pleuraerguss-Saum. Kein {{Infiltrat}}.

Mit kollegialen Grüßen
OA Dr. [[PERSON:Theresia Pichlbauer]]
Diktat: [[PERSON:Pichlbauer]] / Schreibkraft: [[PERSON:Kerschbaumer]]
Vidiert: Prim. Dr. [[PERSON:Hinterleitner]]"""),
    _de("""[[INSTITUTION:LKH-Univ. Klinikum Graz]], {{Universitätsklinik für Radiologie}}
Aufnahmezahl: [[ID:2024/081337]]
Patientin: Mag. [[PERSON:Veronika Strohmayer-Lindner]]
geb.: [[DATE:30.01.1990]]
Zuweisung: Dr. [[PERSON:Ilse Auinger]], Ärztin für Allgemeinmedizin, [[ADDRESS:Hauptplatz 12, 8230 Hartberg]]

{{MRT des Beckens}}: {{Endometriom}} links 42 mm ({{T1 fs}} hyperintens, {{T2 shading}}), tief infiltrierende {{Endometriose}} am {{Torus uterinus}}, {{#Enzian}} A1/O2/B1.
{{Befundende}}.

Univ.-Prof. Dr. [[PERSON:Stanislav Hrdlička]]
Ass. Dr. [[PERSON:Amira Bouzid]]"""),
    _de("""[[INSTITUTION:Ordensklinikum Barmherzige Schwestern]] – Befundausdruck
PATIENT      [[PERSON:HOFSTÄTTER Leopold]]
GEB          [[DATE:07.07.1931]]  ALTER [[AGE:92]]
STATION      {{Akutgeriatrie}} / Zi. 14
ANFORDERUNG  OÄ Dr. [[PERSON:Barbara Wimmer-Zach]]

{{Thorax}} liegend a.p.: {{Herzschatten}} verbreitert, {{Kerley-B-Linien}}, beidseitige Ergüsse. {{ZVK}} über die {{Vena jugularis interna}} rechts, Spitze in der {{Vena cava superior}}.
Vidiert: OA Dr. [[PERSON:Mehmet Aydoğan]]"""),
    # --- CH ---
    _de("""[[INSTITUTION:Kantonsspital Graubünden]]
{{Departement Radiologie}}
[[ADDRESS:Loëstrasse 170, 7000 Chur]]

Dres. med. [[PERSON:Cavelti]] und [[PERSON:Caduff]]
[[INSTITUTION:Praxis Surselva]]
[[ADDRESS:Via Principala 22]]
[[ADDRESS:7180 Disentis]]

Chur, [[DATE:19. März 2024]]

Patient: Herr [[PERSON:Gian-Reto Tuor]], [[DATE:05.05.1966]], AHV [[ID:756.4921.8830.14]]

Liebe Kollegen
Die {{MRI}} der {{LWS}} zeigt eine {{Diskushernie}} L4/5 rechts mediolateral mit Kompression der Wurzel {{L5}}. {{Modic}} Typ 2 L5/S1. {{Spinalkanal}} normal weit.

Freundliche Grüsse
Dr. med. [[PERSON:Seraina Bundi]], Oberärztin
Dr. med. [[PERSON:Luca Fontana]], Assistenzarzt"""),
    _de("""{{Zuweisung}} per HIN-Mail von [[EMAIL:praxis.baerlocher@hin.ch]]
An: [[INSTITUTION:Röntgeninstitut Zürichsee]], [[ADDRESS:Seestrasse 102, 8810 Horgen]]
Patientin: [[PERSON:Brigitte Kälin]], geb. [[DATE:22.10.1958]]
Fragestellung: {{Koxarthrose}}? Vor Hüft-TP.
Befund {{Becken a.p.}} und Hüfte axial rechts: Gelenkspaltverschmälerung, subchondrale Sklerose, Osteophyten, {{Kellgren-Lawrence}} Grad 3. {{Os acetabuli}} als Normvariante.
Mit freundlichen Grüssen, Dr. [[PERSON:Matthias Bärlocher]], {{FMH Allgemeine Innere Medizin}}"""),
    _de("""Auszug aus dem KIS – Konsilanfrage
Von: {{Klinik für Kardiologie}}, [[INSTITUTION:Inselspital]] / Dr. [[PERSON:Shkëlzen Berisha]]
An: {{Institut für Diagnostische, Interventionelle und Pädiatrische Radiologie}}
Pat.: [[PERSON:Zürcher-Aebi, Marianne]] | [[DATE:13.08.1950]] | [[ID:PID 30019482]]
Frage: {{Kardio-MRI}}: Amyloidose?
Befund: Diffuses subendokardiales {{Late Enhancement}}, {{ECV}} 48 %, erhöhte native {{T1}}-Zeiten. Vereinbar mit kardialer {{Amyloidose}}.
Befundet: [[PERSON:Nicolas Racine]] / {{Supervision}}: [[PERSON:Dominique Stettler]]"""),
    # --- UK ---
    _en("""[[INSTITUTION:Northgate General Hospital]]
{{Department of Clinical Radiology}}
[[ADDRESS:Cavendish Road, Sheffield S11 8TP]]
Direct line: [[PHONE:0114 226 0391]]

Dr R. [[PERSON:Chaudhry]]
[[INSTITUTION:Ecclesall Road Surgery]]
[[ADDRESS:412 Ecclesall Road]]
[[ADDRESS:Sheffield S11 9PR]]

[[DATE:14 February 2024]]

Dear Dr [[PERSON:Chaudhry]]

Re: Mrs [[PERSON:Margaret Ellen Thwaites]], DOB [[DATE:09/03/1947]], NHS No. [[ID:471 552 0938]]

Your patient attended for a {{CT colonography}} on [[DATE:6 February 2024]]. There is a 22 mm sessile lesion in the {{sigmoid colon}} (C-RADS C3). No extracolonic findings of note apart from a simple renal cyst ({{Bosniak I}}).
I have referred her to the colorectal {{two-week-wait}} pathway.

Yours sincerely

Dr [[PERSON:Oluwaseun Adeyemi]] FRCR
Consultant Radiologist

cc Mr [[PERSON:Duncan McAllister]], Consultant Colorectal Surgeon, [[INSTITUTION:Royal Hallamshire Hospital]]
cc Mrs [[PERSON:M. E. Thwaites]], [[ADDRESS:7 Button Hill, Sheffield S11 9HF]]"""),
    _en("""UPPER GI MDT – Attendance [[DATE:07/03/2024]]
Present: [[PERSON:A. Fairweather]] (Chair, Surgery), [[PERSON:K. Balasubramanian]] (Gastroenterology), [[PERSON:Siobhan Doherty]] (CNS), [[PERSON:Henrik Lindqvist]] (Radiology), [[PERSON:P. O'Rourke]] (Pathology), [[PERSON:Grace Mensah]] (MDT coordinator)
Apologies: [[PERSON:Fitzgerald]], [[PERSON:Okafor]]

Patient 1: [[PERSON:BRADSHAW, Leonard]] [[ID:RHQ1108842]] DOB [[DATE:12.12.1953]]
{{OGD}}: {{Barrett}}'s segment C4M6 with nodule, HGD on biopsy. {{PET-CT}}: no avid disease.
Outcome: {{EMR}} at [[INSTITUTION:St Bartholomew's]]; CNS to inform patient.

Patient 2: [[PERSON:Kaur, Harpreet]] [[ID:RHQ1109930]] DOB [[DATE:03.04.1962]]
CT: {{Siewert}} type II junctional tumour, T3N1.
Outcome: {{FLOT}} chemotherapy, restage."""),
    _en("""CRITICAL RESULT NOTIFICATION
Exam: {{CT head}} without contrast    Acc: [[ID:NGH24031877]]
Patient: [[PERSON:Dawson, Kieran]]    Hosp No: [[ID:K2849113]]
Finding: Acute {{subdural haematoma}} right convexity, 14 mm, midline shift 8 mm.
Discussed by phone with Dr [[PERSON:Ifeoma Nwachukwu]], ED registrar, bleep [[PHONE:2274]], at 23:18 on [[DATE:03/03/2024]]. Neurosurgery at [[INSTITUTION:Salford Royal]] to be contacted by ED.
Reported by: Dr [[PERSON:Tom Ferreira]], ST4 Radiology"""),
    _en("""SECOND OPINION – External imaging
Images received from [[INSTITUTION:Harbourside Imaging LLP]] on disc (labelled "[[PERSON:J. PARRY-EVANS]] [[DATE:21/11/23]]").
Original report by Dr [[PERSON:Gwynfor Pritchard]].
Clinical question from Mr [[PERSON:Aled Rhys]], orthopaedic surgeon: is there a {{Stener}} lesion?
{{MRI}} of the thumb: complete tear of the {{ulnar collateral ligament}} with the proximal stump displaced superficial to the {{adductor aponeurosis}} (series 5 image 9) – a {{Stener}} lesion.
Agree with the outside report in part; the {{Segond}} fracture mentioned refers to the knee and appears to be a transcription error.
[[PERSON:Rhiannon Hughes]], Consultant MSK Radiologist, [[INSTITUTION:Morriston Hospital]]"""),
    _en("""From: Dr [[PERSON:Alistair Keir]]
Our ref: [[ID:AK/RAD/0441]]
Your ref: [[ID:SH/11-2093]]

Dear Dr [[PERSON:Hamid]]

Thank you for referring Ms [[PERSON:Yetunde Afolabi-Grant]] (DOB [[DATE:28.06.1985]], hospital number [[ID:D4419902]]) for {{MR pelvis}}. The examination on the [[DATE:2nd of April]] shows a 6 cm {{fibroid}} (FIGO type 4) and a right {{dermoid}} with fat-fluid level. {{O-RADS MRI}} 2.

With kind regards

[[PERSON:Alistair Keir]]
Consultant Radiologist
[[INSTITUTION:Queen Margaret University Hospital]], [[ADDRESS:Whitefield Road, Dunfermline KY12 0SU]]

Copy: patient, [[ADDRESS:Flat 2/1, 18 Mansionhouse Road, Glasgow G41 3DW]]"""),
    _en("""Teaching file – MSK
Case: 9-year-old with limp. {{Perthes}} disease, {{Catterall}} III / {{Herring}} B.
Radiographs: {{AP pelvis}} and {{frog-leg lateral}}. Note {{Gage}} sign and lateral subluxation.
Differential: {{Meyer}} dysplasia, {{Gaucher}} disease, sickle cell.
Contributed by [[PERSON:Niamh Gallagher]] ([[INSTITUTION:Temple Street]]), reviewed [[DATE:Jan 2024]]."""),
    _en("""Breast Screening – Arbitration sheet
Client: [[PERSON:Sandra Iwu]]     NHS no: [[ID:909 418 6652]]
Screening centre: [[INSTITUTION:Thamesmead Breast Screening Unit]]
1st reader: [[PERSON:JP]] (code [[ID:R117]]) – recall L
2nd reader: [[PERSON:Lakshmi Venkataraman]] (code [[ID:R204]]) – normal
Arbitration: [[PERSON:Deborah Kerr-Wilson]] – recall, left upper outer {{architectural distortion}} on {{CC}} and {{MLO}}.
Assessment clinic: [[DATE:Tuesday 19 March]] at [[INSTITUTION:Queen Mary's Sidcup]]"""),
    _en("""RADIOLOGY DISCREPANCY MEETING – minutes [[DATE:28/02/2024]]
Chair: Dr [[PERSON:Bogdan Ionescu]]
Attendees: [[PERSON:F. Kaplan]], [[PERSON:Chidi Eze]], [[PERSON:Hanna Lindberg]], [[PERSON:Rosalind Pike]], [[PERSON:J. Tremayne]]

Case 1 – missed {{scaphoid}} waist fracture on initial {{wrist radiograph}}, visible on {{Stecher}} view. Learning point: request scaphoid series.
Case 2 – {{Spigelian hernia}} reported as lipoma. Learning: check the {{linea semilunaris}}.
Case 3 – {{Chilaiditi}} sign mistaken for free gas. No harm.
Actions: [[PERSON:Lindberg]] to circulate slides; next meeting [[DATE:27 March]]."""),
    # --- US ---
    _en("""[[INSTITUTION:Mercy Valley Regional Medical Center]]
DEPARTMENT OF RADIOLOGY
Patient Name: [[PERSON:HERNANDEZ-OLIVARES, MARISOL]]     MRN: [[ID:003318842]]
DOB: [[DATE:04/17/1972]]     Acct #: [[ID:A00918273641]]
Exam Date: [[DATE:03/09/2024]] 14:22     Accession: [[ID:RAD2403090457]]
Ordering Physician: [[PERSON:Bradley T. Osei]], MD
Attending: [[PERSON:Catherine Wu]], MD     Resident: [[PERSON:Arjun Mehta]], MD

EXAM: {{CT ABDOMEN PELVIS WITH CONTRAST}}
CLINICAL HISTORY: RLQ pain.
TECHNIQUE: Axial images after 100 mL {{Omnipaque 350}}. {{Dose-length product}} 512 mGy-cm.
FINDINGS: Dilated, hyperenhancing {{appendix}} 13 mm with periappendiceal fat stranding. No abscess. {{McBurney}} point tenderness per history.
IMPRESSION: Acute uncomplicated appendicitis.

I have personally reviewed the images and agree with the resident's findings.
Electronically signed by: [[PERSON:Catherine Wu]], MD on [[DATE:03/09/2024]] at 15:04
Dictated by: [[PERSON:Arjun Mehta]], MD   Transcribed by: [[PERSON:LR]] [[DATE:03/09/2024]]"""),
    _en("""PRELIMINARY REPORT – called to ordering provider
Patient: [[PERSON:Dwayne K. Whitfield]]   MRN [[ID:77201934]]   [[AGE:93]]-year-old male
Study: {{CTA chest}} ({{PE protocol}})   Acc [[ID:24-118204]]
Bilateral lobar {{pulmonary emboli}}. RV/LV 1.4. {{Hampton hump}} right lower lobe.
Results called to [[PERSON:Nadia Boateng]], NP, at ext. [[PHONE:6623]] by Dr [[PERSON:Rafael Quintero]] at 0312 on [[DATE:2/14/2024]]; read-back performed."""),
    _en("""OUTSIDE FILM CONSULTATION
Requesting: [[PERSON:Lorraine McKinnon]], PA-C, [[INSTITUTION:Cedar Bluff Orthopedic Associates]], fax [[PHONE:(865) 555-0192]]
Outside study: {{MRI lumbar spine}} from [[INSTITUTION:Tri-County Open MRI]], dated [[DATE:January 22, 2024]]
Patient: [[PERSON:Gus Papadakis]]   DOB [[DATE:11/30/1961]]
COMPARISON: None.
FINDINGS: Grade 1 {{anterolisthesis}} L4 on L5 ({{Meyerding}}), bilateral pars defects. {{Schmorl}} nodes T12-L2. Conus terminates at L1.
IMPRESSION: Spondylolytic spondylolisthesis L4-5.
Consultation rendered by [[PERSON:Ingrid Solberg]], MD, Neuroradiology
Electronically signed [[DATE:02/01/2024]] 09:41"""),
    _en("""Patient: [[PERSON:Kim, Soo-ah]] | MRN [[ID:E14482290]] | DOB [[DATE:1994-08-05]] | F
Referring: [[PERSON:Marcus Delacroix]], MD ([[INSTITUTION:Lakeshore Family Medicine]])
Exam: {{US pelvis transvaginal}} | Acc [[ID:US-0087712]]
FINDINGS: Intrauterine gestational sac with yolk sac, {{CRL}} 7 mm, cardiac activity 128 bpm. Corpus luteum cyst right ovary.
IMPRESSION: Live intrauterine pregnancy, 6w4d by CRL.
Sonographer: [[PERSON:Tiffany Arceneaux]], RDMS
Interpreted by [[PERSON:Femi Oyelaran]], MD – signed [[DATE:04/03/2024]] 11:12"""),
    _en("""ADDENDUM
After discussion with Dr. [[PERSON:Holt]] (vascular surgery) on [[DATE:March 12]], the dissection flap is confirmed to begin distal to the left subclavian artery: {{Stanford type B}} ({{DeBakey}} IIIb). Prior impression stated type A in error.
Addendum signed by [[PERSON:Yevgenia Lazarenko]], MD
Original report: [[PERSON:Owen Brightwater]], MD"""),
    _en("""TUMOR BOARD – HEPATOBILIARY & PANCREAS   [[DATE:3/21/2024]]
Presenters / attendees:
  Surgery: [[PERSON:Okoro]], [[PERSON:Vanderbilt-Shah]]
  Med Onc: [[PERSON:Lin Zhao]]
  Radiology: [[PERSON:Pietro Gallo]]
  Transplant hepatology: [[PERSON:Aaliyah Brooks]]
Case: [[PERSON:Earl Simmons Jr.]], MRN [[ID:55810442]]
Cirrhosis ({{Child-Pugh}} A, {{MELD}} 9) with 3.1 cm {{LI-RADS}} 5 lesion segment VII, within {{Milan criteria}}.
Plan: list for transplant at [[INSTITUTION:Piedmont Transplant Institute]]; bridging {{TACE}}."""),
    _en("""Result communication log
[[DATE:05/22/2024]] 16:40 – Critical: {{tension pneumothorax}} on portable CXR.
Called: RN [[PERSON:Maribel Cortez]], 4 West, [[PHONE:x4410]]; RN to page Dr. [[PERSON:Kwabena Asante]] (pager [[PHONE:917-555-0148]]).
Callback received 16:46 from Dr. [[PERSON:Asante]]. Chest tube ordered.
Logged by: [[PERSON:S. Petrosyan]], MD"""),
    _en("""PATIENT INFORMATION (from RIS)
Name.............: [[PERSON:MCALLISTER-DIAZ, JUANITA R]]
Birth date.......: [[DATE:08-JUN-1957]]
Medical record...: [[ID:00441982]]
Visit............: [[ID:V0000918821]]
Location.........: [[INSTITUTION:Sandpoint Outpatient Imaging]] / {{MRI 2}}
Scanner..........: {{GE Signa Premier}} 3T
Referring........: [[PERSON:Goldfarb, Nathan]] MD
{{Breast MRI}}: non-mass enhancement right 3 o'clock, clumped, 2.4 cm. {{BI-RADS}} 4. Implants: intact, silicone, {{Natrelle}}."""),
    _en("""FINAL REPORT
EXAM: {{XR CHEST 2 VIEWS}}
HISTORY: Cough. Former smoker.
COMPARISON: [[DATE:11/02/2023]] (outside, [[INSTITUTION:Riverside Urgent Care]]).
FINDINGS: Heart size normal. {{Azygos fissure}} incidentally noted. No focal consolidation.
IMPRESSION: No acute disease.
Attending attestation: I have reviewed the images and the report and agree. [[PERSON:Hideki Matsumoto]], MD
Resident: [[PERSON:Chiara Bellini]], MD
Electronically signed by [[PERSON:Hideki Matsumoto]] [[DATE:01/08/2024]] 07:55"""),
    _en("""Patient Name\tMRN\tDOB\tAccession\tExam
[[PERSON:Reyes, Tomas]]\t[[ID:8841027]]\t[[DATE:02/28/1979]]\t[[ID:CT24-55102]]\t{{CT Head w/o}}
[[PERSON:Baptiste, Fabienne]]\t[[ID:8841553]]\t[[DATE:10/13/1988]]\t[[ID:CT24-55108]]\t{{CT Cervical Spine}}
[[PERSON:Nakamura, Ren]]\t[[ID:8842219]]\t[[DATE:06/01/2001]]\t[[ID:MR24-11893]]\t{{MRI Brain w/wo}}
Worklist exported by [[PERSON:Quinn]] for peer review (RADPEER)."""),
    # --- FR (CH romande) ---
    _fr("""[[INSTITUTION:Hôpital du Valais]] – {{Service de radiologie}}, site de [[ADDRESS:Sion]]
[[ADDRESS:Avenue du Grand-Champsec 80, 1951 Sion]]

Chère Consœur,

Nous avons examiné votre patiente, Madame [[PERSON:Josiane Rey-Mermet]], née le [[DATE:14.02.1946]], le [[DATE:2 avril 2024]].
{{IRM}} cérébrale: lésions de la substance blanche périventriculaire {{Fazekas}} 2, microsaignements en séquence {{SWI}}. Pas d'ischémie récente en diffusion.

Avec nos meilleures salutations,

Dr [[PERSON:Grégoire Métrailler]], médecin adjoint
Dre [[PERSON:Aïcha Benali]], cheffe de clinique
Copie: Dr [[PERSON:Pierre-Alain Zufferey]], [[ADDRESS:Rue du Bourg 5, 3960 Sierre]]"""),
    _fr("""[[INSTITUTION:CHUV]] – {{Département de radiologie médicale}}
Patient: [[PERSON:DUBUIS Laurent]], [[DATE:09.09.1970]], N° [[ID:CHUV-5582190]]
Demandeur: Dr [[PERSON:Nathalie Corminboeuf]], [[INSTITUTION:Cabinet médical de la Broye]]
Examen: {{Uro-CT}}
Calcul de 7 mm à la jonction pyélo-urétérale gauche, dilatation {{pyélocalicielle}}. Pas de signe de {{Randall}}.
Conclusion: {{lithiase}} obstructive gauche.
Validé par: Prof. [[PERSON:Reto Meuli-Favre]]; Rédigé par: Dr [[PERSON:Thi Mai Pham]]"""),
    _fr("""Colloque de radiologie interventionnelle du [[DATE:15 janvier 2024]]
Présents: Dr [[PERSON:Vuilleumier]], [[PERSON:Gaspard Rochat]], [[PERSON:Inès Haddou]], [[PERSON:Kofi Mensah]]
Patiente: [[PERSON:Monique Perroud]], née le [[DATE:03.03.1952]]
Indication: {{chimioembolisation}} d'un {{CHC}} segment VIII, {{BCLC}} B.
Décision: {{TACE}} avec microsphères ({{DC Bead}}), contrôle {{IRM}} à 6 semaines.
Adressée par le [[INSTITUTION:Réseau hospitalier neuchâtelois]]."""),
    # --- IT (Ticino) ---
    _it("""[[INSTITUTION:Ente Ospedaliero Cantonale]] – [[INSTITUTION:Ospedale Regionale di Bellinzona e Valli]]
{{Servizio di radiologia}}

Gentile Collega,
la Sua paziente Sig.ra [[PERSON:Rosanna Bernasconi]], nata il [[DATE:21.07.1955]], è stata sottoposta il [[DATE:12 marzo 2024]] a {{TC torace}} con mezzo di contrasto ({{Iomeron}}).
Si conferma un nodulo solido di 14 mm nel {{lobo inferiore}} sinistro (serie 4, immagine 188). Linfonodi mediastinici non ingranditi.
Conclusione: nodulo sospetto, si consiglia {{PET-TC}}.

Cordiali saluti
Dr.ssa [[PERSON:Francesca Pedrazzini]], caposervizio
Dr. [[PERSON:Matteo Guidotti]], medico assistente
Copia: Dr. [[PERSON:Sergio Molteni]], [[ADDRESS:Via San Gottardo 31, 6500 Bellinzona]]"""),
    _it("""Referto di consulenza esterna
Esame eseguito presso: [[INSTITUTION:Clinica Sant'Anna]], [[ADDRESS:Sorengo]]
Paziente: [[PERSON:CATTANEO Giorgio]], [[DATE:04/10/1943]]
{{RM ginocchio}}: lesione del {{menisco mediale}} a manico di secchio, {{condropatia}} rotulea di grado {{Outerbridge}} III.
Refertato da: Dr. [[PERSON:Alessio Zanetti]] – [[DATE:18.01.2024]]
Per domande: [[PHONE:+41 91 811 44 70]]"""),
    # --- more DE ---
    _de("""Befundbericht {{Nuklearmedizin}}
Patient/in: [[PERSON:Dragan Jovanović]] * [[DATE:12.06.1961]]
Zuweiser: [[INSTITUTION:Urologische Gemeinschaftspraxis Lindenthal]]
Untersuchung: {{PSMA-PET/CT}} mit {{68Ga-PSMA-11}}, [[DATE:19.02.2024]]
Indikation: biochemisches Rezidiv nach {{radikaler Prostatektomie}}, PSA 0,8 ng/ml, {{Gleason}} 4+3.
Befund: PSMA-avider Lymphknoten iliakal intern links ({{SUVmax}} 9,1), sonst kein Anhalt für Metastasen. {{miTNM}}: N1a.
Mit freundlichen Grüßen
Dr. med. [[PERSON:Ulrike Schwarz]] / Dr. med. [[PERSON:Anton Sommer]]"""),
    _de("""Von: [[PERSON:Jasmin Taşkıran]] <[[EMAIL:jasmin.taskiran@st-elisabeth-gruppe.de]]>
Gesendet: [[DATE:Montag, 15. April 2024]] 08:12
An: {{Befundsekretariat}}
Betreff: Bitte um Befundkopie [[PERSON:Wendt, Horst]]

Guten Morgen,
bitte senden Sie den {{CT-Befund}} ({{Thorax/Abdomen}}) vom [[DATE:10.04.]] an die [[INSTITUTION:Onkologische Schwerpunktpraxis Westfalen]], z. Hd. Dr. [[PERSON:Pawlik]], Fax [[PHONE:02361 98 44 21]].
Danke und viele Grüße
[[PERSON:Jasmin Taşkıran]], {{MFA}}"""),
    _de("""Kurzbefund {{Notfall-CT}} – Polytrauma
Schockraum [[DATE:01.05.2024]] 21:36 | Traumaleader: Dr. [[PERSON:Benedikt Strauß]]
Pat.: Unbekannt männlich, Alias "{{Ahorn}}", später identifiziert als [[PERSON:Rainer Fiedler-Moll]]
{{Ganzkörper-CT}}: {{Milzruptur}} {{AAST}} Grad IV mit aktiver Blutung, Rippenserienfraktur links 4–9, {{Pneumothorax}} links.
Sofort mitgeteilt an [[PERSON:Strauß]] und Dienstarzt {{Viszeralchirurgie}} ([[PHONE:App. 5870]]).
Befundet: [[PERSON:Olga Schewtschenko]] / Supervision OÄ [[PERSON:Katrin Bauer-Ullrich]]"""),
    _de("""{{Demonstration}} {{Neuroonkologie}} – Anwesenheitsliste KW [[DATE:12/2024]]
Name                    Fach
[[PERSON:Hasselbach]]              {{Neurochirurgie}}
[[PERSON:Dimitrova, Elena]]        {{Neuroradiologie}}
[[PERSON:Kühnel]]                  {{Strahlentherapie}}
[[PERSON:Ramírez Ortega]]          {{Neuropathologie}}
[[PERSON:Schrödl, Anne-Kathrin]]   {{Neuroonkologie}}
Fälle: {{Glioblastom}} {{IDH}}-Wildtyp ({{RANO}}-Progress), {{Meningeom}} {{Simpson}} II."""),
    _de("""Überweisungsschein (Auszug)
Versicherte/r: [[PERSON:Hadžić, Amela]]
Geb. am: [[DATE:09.03.1984]]
Kostenträger: {{AOK}} – Kassen-Nr. [[ID:108310400]]  Vers.-Nr. [[ID:A218840392]]
Überweisung an: {{Radiologie}} – Auftrag: {{MRT HWS}}
Diagnose: {{Zervikobrachialgie}} li. ({{ICD M53.1}})
Betriebsstätten-Nr. [[ID:721548900]]  Arzt-Nr. [[ID:114477301]]
[[INSTITUTION:Praxis am Rosengarten]], Dr. [[PERSON:Karl-Heinz Fuchs]], [[ADDRESS:Rosengartenweg 2, 34119 Kassel]]"""),
    _de("""Sehr geehrter Herr Dr. [[PERSON:Nowak]],
sehr geehrte Frau Dr. [[PERSON:Schäfer-Ignatiadis]],

anbei der Befund unserer {{Koronar-CT}} bei Herrn [[PERSON:Ingo Bartholomäus]] (*[[DATE:02.04.1969]]):
{{Agatston}}-Score 412, {{CAD-RADS}} 3: 50–69 % Stenose des proximalen {{RIVA}}, {{Ramus circumflexus}} und {{RCA}} ohne relevante Stenose.
Untersucht am {{Somatom Force}} mit prospektiver {{EKG-Triggerung}}.

Mit besten Grüßen aus [[ADDRESS:Bad Nauheim]]
Ihr Dr. [[PERSON:Levente Horváth]]
Oberarzt, [[INSTITUTION:Kerckhoff-Klinik]]"""),
    _de("""Befundkopf (festbreite Spalten)
NAME:[[PERSON:TRAN VAN DUC]]              GEB:[[DATE:19880713]] GESCHL:M
PATNR:[[ID:0008831274]]   FALL:[[ID:0041188302]]   AUFTR:[[ID:CT0551902]]
ABS:{{UCH}}   ZUW:DR.[[PERSON:MAYRHOFER]]   BEF:DR.[[PERSON:KOENIGSMANN]]
{{CT HWS}}: Fraktur des {{Dens axis}} Typ {{Anderson-D'Alonzo}} II, Dislokation 3 mm."""),
    _de("""{{Konsil}} Radiologie – Rückfrage
Betr.: Ihr Patient [[PERSON:Şahin Kılıç]], Zimmer 312
Sehr geehrte Frau Kollegin [[PERSON:Lorenzen]],
die gewünschte {{Durchleuchtung}} ({{Breischluck}}) ist für morgen 09:00 geplant. Bitte Nüchternheit ab 00:00 und {{Gastrografin}} nicht vorab geben. Rückfragen gern an mich unter [[PHONE:-6642]].
Beste Grüße, [[PERSON:Moritz Tegtmeyer]], Assistenzarzt"""),
    _de("""[[INSTITUTION:Praxisgemeinschaft Radiologie Nürnberg-Süd]]
Dres. med. [[PERSON:Helmreich]], [[PERSON:Ortakaya]] & [[PERSON:Wenzel-Bauer]]
[[ADDRESS:Allersberger Straße 185, 90461 Nürnberg]] · [[URL:www.radiologie-nbg-sued.de]]

{{Befundbericht}} für [[PERSON:Isolde Brückner]] (* [[DATE:25.08.1936]])
{{Knochendichtemessung}} ({{DXA}}, {{Hologic Horizon}}): {{LWS}} L1–L4 T-Score −2,8, {{Schenkelhals}} links T-Score −2,3. {{FRAX}} 10-Jahres-Risiko 24 %.
Beurteilung: {{Osteoporose}} nach {{WHO}}."""),
    # --- more EN / UK / US ---
    _en("""Dear [[PERSON:Priya]],
Quick note re Mr [[PERSON:Obinna Chukwu]] – his {{MRCP}} today shows a 9 mm stone in the distal {{CBD}} and {{Mirizzi}} type I compression. I've put him on the ERCP list with [[PERSON:Cormac]] for Thursday.
Best, [[PERSON:Lars]]
--
Dr [[PERSON:Lars Henriksen]] | Consultant Radiologist | [[INSTITUTION:Royal Devon University Healthcare]] | ext [[PHONE:3361]]"""),
    _en("""CLINIC LETTER – Paediatric Radiology
Patient: [[PERSON:Oscar Leigh-Bennett]]   DOB [[DATE:15.10.2019]]   Hosp No. [[ID:GOS0043882]]
Parents: [[PERSON:Emma Leigh]] and [[PERSON:Daniel Bennett]], [[ADDRESS:22 Wollaston Close, Milton Keynes MK9 2PX]]
{{Micturating cystourethrogram}}: grade III {{vesicoureteric reflux}} on the left. No posterior urethral valves.
Dear Dr [[PERSON:Sivakumar]], I would suggest a {{DMSA}} scan in 6 months.
Yours sincerely, [[PERSON:Beatriz Almeida]], Consultant Paediatric Radiologist"""),
    _en("""NEURORADIOLOGY MDT [[DATE:Thu 11 Apr 2024]] – list
1  [[PERSON:PATTERSON Ruth]]     [[ID:1204488311]]   {{acoustic schwannoma}} {{Koos}} 2  – watch and wait
2  [[PERSON:ABUBAKAR Musa]]      [[ID:4409923814]]   {{Chiari I}} 9 mm           – neurosurgical clinic
3  [[PERSON:VAN DER MERWE Pieter]] [[ID:3318822017]] {{cavernoma}} {{Zabramski}} 2 – repeat MRI 12 m
Radiologist: [[PERSON:S. Rahman]]; neurosurgeon: [[PERSON:Ffion Llewellyn]]"""),
    _en("""Imaging request (ICE)
Requester: Dr [[PERSON:Gemma Stott]] – [[INSTITUTION:Haxby Group Practice]] – GMC [[ID:7044281]]
Patient: [[PERSON:Terence Oduya]], [[ADDRESS:14 Kingsway North, York YO30 6JX]], tel [[PHONE:07700 900 418]]
Exam: {{US abdomen}}
Clinical: deranged LFTs, ? {{Gilbert}} vs {{NAFLD}}. {{Murphy}}'s sign negative.
Report: Diffusely echogenic liver, no focal lesion. Gallbladder normal. Spleen 11 cm."""),
    _en("""Patient Demographics
  Name ........ [[PERSON:Abernathy, Louisa May]]
  Sex ......... F
  DOB ......... [[DATE:12/24/1930]] (Age [[AGE:93]])
  Address ..... [[ADDRESS:1180 Old Mill Rd, Apt 4C, Dover, DE 19901]]
  Phone ....... [[PHONE:(302) 555-0166]]
  Emergency ... [[PERSON:Rhonda Abernathy]] (daughter) [[PHONE:(302) 555-0171]]
  PCP ......... [[PERSON:Vikram Desai]], MD – [[INSTITUTION:Kent Primary Care Partners]]
Exam: {{DX Hip 2 views Left}}: {{intertrochanteric fracture}}, {{Evans}} unstable. {{Singh}} index 3."""),
    _en("""Radiology Resident Teaching Conference – case log [[DATE:April 2024]]
Presenter: [[PERSON:Tamika Jefferson]], PGY-3; moderator: [[PERSON:Lukas Brandt]], MD
Case A: {{Kienböck}} disease, {{Lichtman}} IIIA.
Case B: {{Morel-Lavallée}} lesion of the thigh.
Case C: {{Hill-Sachs}} and bony {{Bankart}} lesion after first-time dislocation.
Images courtesy of [[INSTITUTION:Blue Ridge Bone & Joint]]."""),
)

BATCH2: tuple[Snippet, ...] = (
    # --- HL7 and RIS/HIS exports ---
    _de("""MSH|^~\\&|RIS|[[INSTITUTION:KLINIKUM-SUEDWEST]]|KIS|KIS|20240314103211||ORU^R01|[[ID:MSG00873341]]|P|2.5
PID|1||[[ID:200318844]]^^^[[INSTITUTION:KSW]]||[[PERSON:KRÜGER^MARTINA^ELISABETH]]||[[DATE:19610823]]|F|||[[ADDRESS:Uhlandstr. 19^^Tübingen^^72072]]
PV1|1|I|{{CHIR3}}^214^1||||[[ID:044187]]^[[PERSON:ZIMMERMANN^FRANK]]^^^Dr.
OBR|1|[[ID:A24031400871]]||{{CTTHAB}}^{{CT Thorax/Abdomen mit KM}}
OBX|1|TX|||{{Befund}}: Nach {{Hemikolektomie}} rechts kein Lokalrezidiv. Neue hypodense Läsion {{Segment VI}} 12 mm, {{DD}} Zyste.
OBX|2|TX|||Befundet von [[PERSON:Ana Lúcia Ferreira]], freigegeben von [[PERSON:Joachim Raithel]]"""),
    _en("""MSH|^~\\&|PACS|[[INSTITUTION:STLUKES]]|EHR|EPIC|202402201455||ORU^R01|[[ID:81220044]]|P|2.3
PID|1||[[ID:MRN4410938]]||[[PERSON:OKAFOR^CHINEDU^A]]||[[DATE:19830117]]|M||B|[[ADDRESS:2204 Palmetto Ave^^Tampa^FL^33602]]||[[PHONE:(813)555-0127]]
PV1|1|E|ED^BAY12||||[[ID:1184402291]]^[[PERSON:FINNEGAN^ROSE]]^^^^MD
OBR|1|[[ID:ACC998120]]||71045^{{XR CHEST 1 VIEW}}
OBX|1|TX|||Lines: {{Swan-Ganz}} catheter tip in the right main {{pulmonary artery}}. Endotracheal tube 4 cm above the {{carina}}.
OBX|2|TX|||Signed: [[PERSON:Hyun-woo Park]], MD [[DATE:02/20/2024]]"""),
    _de("""Patientenstammdaten
Name:            [[PERSON:Đorđević]]
Vorname:         [[PERSON:Milica]]
Geburtsname:     [[PERSON:Stanković]]
Geburtsdatum:    [[DATE:27.04.1977]]
Straße:          [[ADDRESS:Am Kiekeberg 3a]]
PLZ/Ort:         [[ADDRESS:21224 Rosengarten]]
Telefon:         [[PHONE:04108 41 92 07]]
Hausärztin:      Dr. [[PERSON:Wilhelmine Claussen]]
Krankenkasse:    {{Techniker Krankenkasse}}
Untersuchung:    {{MR-Mammographie}}
{{Befund}}: Beidseits {{BPE}} minimal, rechts 6 Uhr {{Fokus}} 4 mm ohne Auswaschkinetik, {{BI-RADS 3}}. Kontrolle in 6 Monaten."""),
    _de("""Aufnahme  | [[DATE:03.02.2024]] | Entlassung | [[DATE:11.02.2024]]
Patient   | [[PERSON:Lindemann-Oyelaran, Jonas]] | [[DATE:16.11.2003]]
Station   | {{Kinderchirurgie}} K2 | Bezugspflege: [[PERSON:Mareike]]
Eltern    | [[PERSON:Svenja Lindemann]], [[PERSON:Tunde Oyelaran]] | Tel. [[PHONE:0176 22 81 90 45]]

Radiologische Untersuchungen während des Aufenthalts:
[[DATE:03.02.]] {{Sonographie Abdomen}}: {{Appendix}} 9 mm, nicht komprimierbar, {{Kokarde}}.
[[DATE:05.02.]] {{Röntgen Abdomen}} im Liegen: keine freie Luft, {{Spiegel}} im Dünndarm.
[[DATE:08.02.]] {{Sonographie}}: Verhalt im {{Douglas-Raum}} 3 cm, regredient."""),
    _de("""=== BEFUNDVERTEILER ===
Original an:  Dr. [[PERSON:Bastian Quandt]], [[INSTITUTION:Chirurgische Praxis Wilhelmshöhe]], [[ADDRESS:Wilhelmshöher Allee 260, 34131 Kassel]]
Kopie an:     Dr. [[PERSON:Nadja Leber]], {{Hausärztin}}, [[ADDRESS:Friedrich-Ebert-Str. 88, 34119 Kassel]]
Kopie an:     [[INSTITUTION:Ambulanter Pflegedienst Sonnenblume]]
Kopie an:     Patientin

Patientin: [[PERSON:Gisela Heckenroth]], geb. [[DATE:02.02.1941]]
{{Röntgen}} rechtes Handgelenk in zwei Ebenen: {{Scaphoidfraktur}} im mittleren Drittel, {{Herbert}} B2. {{Lunatum}} regelrecht artikulierend. Keine {{DISI}}-Fehlstellung.
Empfehlung: {{CT}} zur Beurteilung der Dislokation."""),
    # --- DE letters ---
    _de("""[[INSTITUTION:Evangelisches Krankenhaus Bethanien]]
{{Abteilung für Radiologie und Nuklearmedizin}}
Chefärztin PD Dr. med. [[PERSON:Henriette Scholl-Wagenknecht]]

Herrn Dr. med. [[PERSON:Rolf Schenk]]
Facharzt für Innere Medizin
[[ADDRESS:Marktplatz 1]]
[[ADDRESS:58452 Witten]]

Unser Zeichen: [[ID:HSW/bb]]
Datum: [[DATE:23.02.2024]]

Sehr geehrter Herr Kollege [[PERSON:Schenk]],

wir berichten über Ihren Patienten Herrn [[PERSON:Ewald Stein]], geb. [[DATE:08.08.1938]], bei dem wir eine {{Phlebographie}} des linken Beines durchgeführt haben. Es zeigt sich eine Thrombose der {{Vena poplitea}} bis in die {{Vena femoralis superficialis}}, die {{Vena saphena magna}} ist frei. Kein Hinweis auf ein {{May-Thurner}}-Syndrom.

Mit freundlichen Grüßen

PD Dr. med. [[PERSON:H. Scholl-Wagenknecht]]           Dr. med. [[PERSON:Benoît Lefèvre]]
Chefärztin                                  Assistenzarzt"""),
    _de("""Sehr geehrte Frau Kollegin,
sehr geehrter Herr Kollege,

Frau [[PERSON:Magdalena Zieliński-Ostrowska]] (* [[DATE:14.06.1967]]) stellte sich heute zur {{MRT der Schulter}} links vor. Überweisung: [[INSTITUTION:Gelenkzentrum Bergisch Land]].
{{Supraspinatussehne}}: transmurale Ruptur 14 mm mit Retraktion {{Patte}} II, fettige Degeneration {{Goutallier}} 1. {{Infraspinatus}} intakt. {{Bizepssehne}} lange Portion im {{Sulcus}} luxiert.

Mit kollegialen Grüßen
i.A. Dr. [[PERSON:Hasan Çelik]] (Facharzt)
für Dr. [[PERSON:Ortwin Paulsen]] (Chefarzt, im Urlaub)
Diktat: [[DATE:05.03.2024]] / Schreibdienst: [[PERSON:Petra Kuhlmann]]"""),
    _de("""Gemeinsamer {{Befund}} der Dres. med. [[PERSON:Willemsen]] und [[PERSON:Oyelowo-Braun]]
[[INSTITUTION:Radiologisches Zentrum am Dom]] · Zweigpraxis [[ADDRESS:Limburg]]

Patient: [[PERSON:Heribert Schwalm]]
{{Fragestellung}}: {{Morbus Bechterew}}? {{Sakroiliitis}}?
{{MRT der Iliosakralgelenke}} ({{STIR}}, {{T1}}): Knochenmarködem beidseits iliakal und sakral, Erosionen links. {{ASAS}}-Kriterien erfüllt.
Nebenbefund: {{Tarlov}}-Zyste S2 10 mm."""),
    _de("""Entlassungsbericht – Auszug {{Bildgebung}}
Herr [[PERSON:Miroslav Horák]], [[DATE:27.11.1958]], wurde vom [[DATE:14.]] bis [[DATE:20.01.2024]] auf unserer {{Stroke Unit}} behandelt.
{{cCT}} bei Aufnahme: frühe Infarktzeichen {{Mediastromgebiet}} rechts, {{ASPECTS}} 8. {{CTA}}: Verschluss der {{ACI}} rechts extrakraniell ({{Tandemverschluss}}).
{{Thrombektomie}} ({{TICI}} 2b) durch Dr. [[PERSON:Johannes Eibl]], [[INSTITUTION:Neurovaskuläres Netzwerk Oberbayern]].
Weiterbehandlung: [[INSTITUTION:Reha-Zentrum Bad Aibling]], Aufnahme am [[DATE:21.01.2024]].
Hausarzt: Dr. [[PERSON:Sepp Wallner]], [[ADDRESS:Kirchplatz 2, 83043 Bad Aibling]]"""),
    _de("""Tumorkonferenz {{Gynäkologie}} · [[DATE:Mittwoch, 06.03.2024]] · Raum {{Virchow}}
Moderation: Prof. [[PERSON:Lambrecht]]
Anwesend: [[PERSON:Okwuosa]], [[PERSON:Dietl]], [[PERSON:Schimmelpfennig]], [[PERSON:Ferraro]], [[PERSON:Yıldırım]], [[PERSON:Hoang]]
Fall 1 – [[PERSON:Renate Kobus]], geb. [[DATE:11.05.1959]]: {{Ovarialkarzinom}} {{FIGO}} IIIC, {{PCI}} 14. Empfehlung Primär-OP.
Fall 2 – [[PERSON:Fatma Uçar]]: {{Zervixkarzinom}} {{FIGO}} IB2, {{MRT}}: Parametrien frei. Radikale Hysterektomie.
Fall 3 – [[PERSON:Lea Sommerfeld]]: {{Endometriumkarzinom}}, {{MSI}}-high, Vorstellung {{Humangenetik}}."""),
    _de("""RIS-Export (Semikolon)
Name;Vorname;GebDat;PatNr;Untersuchung;Datum;Arzt
[[PERSON:Schulte-Bockholt]];[[PERSON:Annegret]];[[DATE:04.09.1952]];[[ID:7730418]];{{CT Schädel}};[[DATE:12.04.2024]];[[PERSON:Wojciechowski]]
[[PERSON:Aksoy]];[[PERSON:Emre]];[[DATE:21.01.1990]];[[ID:7730521]];{{MRT LWS}};[[DATE:12.04.2024]];[[PERSON:Gschwendtner]]
[[PERSON:Nakashima]];[[PERSON:Yuki]];[[DATE:30.06.1986]];[[ID:7730577]];{{Röntgen Thorax}};[[DATE:12.04.2024]];[[PERSON:Wojciechowski]]"""),
    _de("""Nachtrag zum Befund vom [[DATE:17.04.2024]]
Nach telefonischer Rücksprache mit Frau Dr. [[PERSON:Weißgerber]] ({{Gastroenterologie}}, Tel. [[PHONE:2231]]) wurde die {{MRCP}} nachbefundet: die beschriebene Stenose entspricht einer {{Pseudostenose}} durch die {{Arteria hepatica}} ({{Pseudokompression}}). Keine {{PSC}}-typischen Veränderungen.
[[PERSON:Kovačević]], OA"""),
    _de("""Betreff: Zweitmeinung – [[PERSON:Hoffmann, Claudia]] / Ihr Schreiben vom [[DATE:02.05.2024]]

Liebe Frau Dr. [[PERSON:Aurich]],
die uns übersandten Aufnahmen ({{MRT des Kopfes}} der [[INSTITUTION:Radiologie Spreebogen]] vom [[DATE:22.04.2024]]) haben wir in unserer {{Neuroradiologie}}-Konferenz besprochen.
Die Läsion im {{Gyrus cinguli}} links entspricht am ehesten einem {{DNET}}; ein niedriggradiges Gliom ist differentialdiagnostisch nicht sicher auszuschließen. {{Perfusion}} ({{DSC}}): kein erhöhtes {{rCBV}}.
Wir empfehlen eine Verlaufskontrolle in 3 Monaten, gern bei uns.
Herzliche Grüße aus [[ADDRESS:Berlin-Mitte]]
Ihr [[PERSON:Wolfram Thiessen]]"""),
    # --- AT ---
    _de("""[[INSTITUTION:Klinik Donaustadt]] – {{Radiologie}}
[[ADDRESS:Langobardenstraße 122, 1220 Wien]]

An: Dr. [[PERSON:Ernestine Pöltl]], Ordination für Allgemeinmedizin, [[ADDRESS:Wagramer Straße 94, 1220 Wien]]

Befund für Fr. [[PERSON:Dragana Milosavljević]], SVNR [[ID:2291 050778]]
{{Thorax}} p.a. und seitlich vom [[DATE:9.4.2024]]: Konsolidierung im {{Unterlappen}} rechts mit positivem {{Silhouettenzeichen}} zum {{Zwerchfell}}. {{Sinus phrenicocostalis}} rechts verschattet.
Beurteilung: Pneumonie {{UL}} rechts, kleiner Begleiterguss.

OA Dr. [[PERSON:Christian Feichtinger]] e.h.
Vidiert: OÄ Dr. [[PERSON:Sabine Riegler-Mayr]]"""),
    _de("""Befundübermittlung (DaMe)
Absender: [[INSTITUTION:Diagnosezentrum Meidling]], DVR [[ID:0781213]]
Empfänger: Dr. [[PERSON:Alois Walter]], FA für Urologie
Patient: [[PERSON:Kurt Edlinger]], geb. [[DATE:01.01.1950]]
{{Multiparametrische MRT der Prostata}}: Läsion in der {{peripheren Zone}} links posterolateral apikal, 11 mm, {{DWI}} deutlich restriktiv, {{ADC}} 680. {{PI-RADS}} 4. Kein {{EPE}}-Verdacht.
Prostatavolumen 48 ml, PSA-Dichte 0,15.
Befundender Arzt: Dr. [[PERSON:Gregor Lackner]]"""),
    _de("""{{Morgenbesprechung}} [[INSTITUTION:Traumazentrum Wien]], Standort [[INSTITUTION:Lorenz Böhler]] – [[DATE:19.03.2024]]
Dienst Nacht: Dr. [[PERSON:Mühlbacher]] / Dr. [[PERSON:Nikolić]]
1. [[PERSON:Fürnkranz Hermine]], 88 a: {{Schenkelhalsfraktur}} re, {{Pauwels}} III → {{Hemiprothese}}
2. [[PERSON:Brandstätter Lukas]], 24 a: {{Tibiakopffraktur}} {{Schatzker}} II → CT, OP morgen
3. [[PERSON:Yilmaz Ayşe]], 61 a: {{Maisonneuve}}-Fraktur, {{Syndesmose}} instabil
Präsentiert: Ass. Dr. [[PERSON:Florian Haas]]"""),
    # --- CH ---
    _de("""[[INSTITUTION:USZ]] {{Institut für Diagnostische und Interventionelle Radiologie}}
Leitender Arzt: Prof. Dr. med. [[PERSON:Urs Frischknecht]]
Telefon Sekretariat [[PHONE:+41 44 255 29 00]]

Patientin: [[PERSON:Seline Grob-Wüthrich]], [[DATE:03.12.1979]]
Zuweiser: [[INSTITUTION:Gruppenpraxis Wipkingen]], Dr. med. [[PERSON:Res Ammann]]
{{Angio-MRI}} der Nierenarterien: perlschnurartige Veränderung der rechten {{Nierenarterie}} im mittleren Drittel, vereinbar mit {{fibromuskulärer Dysplasie}}. Links regelrecht.
Freundliche Grüsse
Dr. med. [[PERSON:Tenzin Dolma]], Assistenzärztin / PD Dr. med. [[PERSON:Andrea Casutt]], Leitende Ärztin"""),
    _de("""Röntgenrapport [[INSTITUTION:Spital Thusis]] – [[DATE:13.04.24]]
Anwesend: [[PERSON:Mani]] (LA Medizin), [[PERSON:Gadient]] (Chirurgie), [[PERSON:Jenal]] (Radiologie), [[PERSON:Ruinatscha]] (Unterassistentin)
- [[PERSON:Hitz, Duri]]: {{Klavikulafraktur}} {{Allman}} I, konservativ.
- [[PERSON:Sgier, Ladina]]: {{Spiralfraktur}} {{Tibia}} ({{Toddler's fracture}}), Gips.
- [[PERSON:Capaul, Reto]]: {{Lisfranc}}-Verletzung? → {{CT}} im [[INSTITUTION:KSGR]]."""),
    _de("""[[INSTITUTION:Bethesda Spital]] · [[ADDRESS:Gellertstrasse 144, 4052 Basel]]
Frau Dr. med. [[PERSON:Corinne Vischer]]
[[INSTITUTION:Frauenpraxis Riehen]]
[[ADDRESS:Baselstrasse 38, 4125 Riehen]]

Basel, [[DATE:28. Februar 2024]]

Liebe [[PERSON:Corinne]]
Besten Dank für die Zuweisung von Frau [[PERSON:Priska Häfliger]] ([[DATE:10.10.1983]]).
{{Ultraschall}} der Brust: Rechts bei 10 Uhr ein ovaler, parallel orientierter Herd 9 × 6 mm, umschrieben, {{BI-RADS 3}}. Axilla unauffällig.
Herzliche Grüsse
[[PERSON:Marlene]]
Dr. med. [[PERSON:Marlene Iselin]], FMH Radiologie"""),
    # --- UK ---
    _en("""[[INSTITUTION:St Cuthbert's Hospital]]
{{Interventional Radiology}}
PROCEDURE NOTE – {{CT-guided lung biopsy}}
Patient: [[PERSON:Gordon Blackwood]]   CHI: [[ID:0510476213]]
Date: [[DATE:12/01/2024]]
Operator: Dr [[PERSON:Anoushka Iyer]]   Assistant: Dr [[PERSON:Fergus Munro]]
Nurse: [[PERSON:Bernadette Kelly]]   Radiographer: [[PERSON:Callum Strachan]]
WHO checklist completed. Consent form 1 signed by patient; witnessed by [[PERSON:Isla McLeod]].
18G coaxial, 3 cores from the right upper lobe lesion. Small {{pneumothorax}}, no drain. {{Lidocaine}} 1%.
Post-procedure {{CXR}} at 1 hour: stable."""),
    _en("""[[INSTITUTION:The Whittington]]
[[ADDRESS:Magdala Avenue, London N19 5NF]]

Private & Confidential
Dr [[PERSON:Ravindra Naidoo]]
[[INSTITUTION:Archway Medical Centre]]
[[ADDRESS:Vorley Road, London N19 5HE]]

[[DATE:22nd March 2024]]

Dear [[PERSON:Ravi]],

Re: [[PERSON:Agnieszka Baran]] – DOB [[DATE:30/01/1969]] – NHS [[ID:658 219 4470]]

Thank you for asking me to review the outside {{MRI knee}} performed at [[INSTITUTION:Vista Health Ilford]]. I agree there is a horizontal cleavage tear of the posterior horn of the {{medial meniscus}}. There is also a {{Hoffa}} fat pad impingement pattern, which the outside report did not mention.

Yours sincerely

[[PERSON:Cecily Armitage]]
Consultant Musculoskeletal Radiologist

cc: Ms [[PERSON:A. Baran]], [[ADDRESS:Flat 9, Tremlett Grove, London N19 5JX]]
cc: Mr [[PERSON:Nikhil Bhatt]], Consultant Orthopaedic Surgeon"""),
    _en("""COLORECTAL MDM [[DATE:Friday 16 February 2024]]
In attendance: Mr [[PERSON:Ayodele]] (chair), Mr [[PERSON:Whitcombe]], Dr [[PERSON:Sørensen]], Dr [[PERSON:Marsh]], Sister [[PERSON:Joanne Pryce]], [[PERSON:Ruth Oyelowo]] (coordinator)

[[PERSON:HANLEY, Bernard]] | [[ID:D123998]] | 72M
{{MRI rectum}}: low rectal tumour, {{mrT3b}}, {{mrN1}}, {{EMVI}} negative, {{CRM}} clear at 3 mm. {{Haggitt}} n/a.
Decision: short-course radiotherapy then {{TME}} at [[INSTITUTION:North Tyneside General]].

[[PERSON:IBRAHIM, Yasmin]] | [[ID:D124502]] | 45F
{{CT}}: {{Crohn}}'s colitis, no malignancy. Back to IBD clinic."""),
    _en("""Urgent telephone communication
Date/time: [[DATE:09/04/2024]] 17:55
Exam: {{US testes}}   Patient: [[PERSON:Ryan Mulholland]]   A&E no. [[ID:AE24-22091]]
Finding: no flow in the left testis, {{whirlpool sign}} of the spermatic cord – torsion.
Communicated to: Mr [[PERSON:Kwame Ofori]], urology SpR, via switchboard ([[PHONE:028 9504 0000]] bleep [[PHONE:6108]]).
By: Dr [[PERSON:Mairéad Quinn]], [[INSTITUTION:Ulster Hospital]]"""),
    _en("""Dear Colleague

Re: [[PERSON:Desmond Achterberg]]
    [[ADDRESS:31 Marine Parade, Lowestoft NR33 0QN]]
    Hospital No: [[ID:JPH6630128]]

This gentleman underwent {{CT KUB}} on [[DATE:4 April]] for left renal colic. There is a 5 mm calculus at the left {{vesicoureteric junction}} with mild hydronephrosis. Incidental {{Meckel}}'s diverticulum is not seen on CT; please disregard the request wording.

Yours faithfully

Dr [[PERSON:Harriet Bloomfield]]
for and on behalf of [[INSTITUTION:James Paget University Hospital]] Imaging Department"""),
    _en("""Teaching file: {{Kartagener}} syndrome
Source: anonymised from the [[INSTITUTION:Wythenshawe]] archive by Dr [[PERSON:Chukwuemeka Obi]]; no identifiers retained.
Key images: {{situs inversus}}, {{bronchiectasis}} of the right-sided middle lobe (image 4), {{dextrocardia}} on {{PA chest}} (image 1).
Related: {{Mounier-Kuhn}}, {{Williams-Campbell}}, {{Young}} syndrome."""),
    # --- US ---
    _en("""[[INSTITUTION:Brookhaven Memorial]] – IMAGING SERVICES
Name: [[PERSON:Delgado, Rosa M.]]   MRN: [[ID:6610093]]   DOB: [[DATE:07/07/1944]]   Age: 79
Exam: {{MAMMO SCREEN BILAT W TOMO}}   Acc#: [[ID:MG-24-03318]]   Date: [[DATE:03/27/2024]]
Technologist: [[PERSON:Kayla Brunson]], RT(R)(M)
Referring: [[PERSON:Sunil Raghavan]], MD
FINDINGS: Scattered fibroglandular density. No suspicious mass, calcification or distortion.
IMPRESSION: {{BI-RADS 1}}. Negative.
Letter mailed to patient at [[ADDRESS:88 Sycamore Lane, Patchogue, NY 11772]].
Interpreting physician: [[PERSON:Miriam Katz-Feldman]], MD – E-signed [[DATE:03/28/2024]]"""),
    _en("""WET READ (ED)
[[DATE:1/30/24]] 02:10 – {{CT C-spine}}: no fracture. {{Jefferson}}, {{hangman}}'s and {{clay-shoveler}}'s fractures excluded.
Overnight resident: [[PERSON:Dmitri Volkov]], MD. Final read pending attending ([[PERSON:Abigail Thornton]], MD).
Pt: [[PERSON:Jamal Washington]], MRN [[ID:91002284]]"""),
    _en("""INTERVENTIONAL RADIOLOGY PROCEDURE REPORT
Procedure: {{TIPS}} creation ({{Viatorr}} 10 mm × 6/2 cm)
Patient: [[PERSON:Lucinda Fairbanks]]   MRN: [[ID:00992817]]   Date: [[DATE:March 4, 2024]]
Attending: [[PERSON:Gabriel Okonjo]], MD; Fellow: [[PERSON:Mina Rahimi]], MD
Anesthesia: [[PERSON:Wolfgang Ehrlich]], MD (general)
Portosystemic gradient 22 → 7 mmHg. Access via the right internal jugular vein; {{Colapinto}} needle. {{Rösch-Uchida}} set.
Complications: none. Estimated blood loss: minimal.
I was present for the entire procedure. [[PERSON:Gabriel Okonjo]], MD"""),
    _en("""OUTSIDE IMAGE INTERPRETATION
Outside facility: [[INSTITUTION:Summit Ridge Imaging Center]], [[ADDRESS:Bozeman, MT]]
Outside study date: [[DATE:12/19/2023]]
Reason for over-read: transfer to our trauma service from [[INSTITUTION:Gallatin Valley Clinic]]
Patient: [[PERSON:Wyatt Two Bulls]], DOB [[DATE:05/03/1998]]
FINDINGS: {{Tillaux}} fracture of the distal tibia, 3 mm displacement. {{Salter-Harris}} III.
Read by: [[PERSON:Esther Nakagawa]], MD, on [[DATE:12/20/2023]]; communicated to Dr. [[PERSON:Holm]] by secure chat."""),
    _en("""RADIOLOGY REPORT
Exam: {{MRI BRAIN WITH AND WITHOUT CONTRAST}}    Contrast: 7 mL {{Gadavist}}
Indication: new seizure. Pt: [[PERSON:Isabella Moreno-Castillo]], 31 F, MRN [[ID:2288104]]
Findings: {{Sturge-Weber}} pattern with leptomeningeal enhancement over the right parieto-occipital lobe, ipsilateral {{choroid plexus}} enlargement. Cortical calcification on {{SWI}}.
Resident: [[PERSON:Bao Tran]], MD  |  Attending: [[PERSON:Julianne Osterhout]], MD
Electronically signed by [[PERSON:Julianne Osterhout]], MD  [[DATE:04/11/2024]] 16:31 CDT
Dictated: [[DATE:04/11/2024]] 15:58  Transcribed: [[DATE:04/11/2024]] 16:02 via {{PowerScribe 360}}"""),
    _en("""PEER REVIEW (RADPEER) – confidential
Original reader: [[PERSON:T. Abernethy]]   Reviewer: [[PERSON:Olu Adesanya]]
Exam: {{CT abdomen}}, acc [[ID:CT2402117745]]
Score: 2b – {{Spigelian}} hernia not described; unlikely to be clinically significant.
Committee: [[PERSON:Nguyen]], [[PERSON:Horowitz]], [[PERSON:Banerjee]]"""),
    _en("""Interpreter used: Spanish, [[PERSON:Lourdes Ibarra]] (ID [[ID:INT-4471]]).
Chaperone: [[PERSON:Marcus Bell]], RN.
Patient [[PERSON:Ramona Villalobos]] consented for {{hysterosalpingography}}. {{Omnipaque 300}} 12 mL.
Findings: bilateral fill and spill. Uterine cavity: arcuate configuration.
Performed by [[PERSON:Hannah Greenberg]], DO, [[INSTITUTION:Westlake Women's Imaging]], [[DATE:May 9, 2024]]."""),
    _en("""PATIENT: [[PERSON:O'SULLIVAN, DECLAN P]]          EXAM DATE: [[DATE:04/02/2024]]
MRN: [[ID:1034488]]                         ACCESSION: [[ID:11822047]]
DOB: [[DATE:09/17/1955]]                      LOCATION: {{ICU}} 3-East
ORDERING: [[PERSON:PATEL, NEHA]] MD           PCP: [[PERSON:FOURNIER, JEAN-LUC]] MD
EXAM: {{XR ABDOMEN 1 VIEW}} ({{KUB}})
FINDINGS: Feeding tube ({{Dobhoff}}) tip in the gastric body. Nonobstructive bowel gas pattern.
IMPRESSION: Tube in stomach."""),
    _en("""Attending note on resident report
I, [[PERSON:Samuel Adeyemi-Jones]], MD, have reviewed the images of this patient ([[PERSON:Henrietta Blake]], MRN [[ID:40029177]]) and agree with the findings of Dr. [[PERSON:Priyanka Raman]].
{{Baker}}'s cyst rupture with calf fluid tracking; no DVT on {{duplex}}. {{Homans}} sign irrelevant.
[[DATE:2/2/2024]]"""),
    _en("""CANCER CENTER – THORACIC TUMOR BOARD
Date: [[DATE:04/18/2024]]   Location: {{Conference Room B}}
Attendance: [[PERSON:Adriana Lopes]] (thoracic surgery), [[PERSON:Hamza Qureshi]] (pulmonology), [[PERSON:Keiko Sato]] (radiation oncology), [[PERSON:Ben Goldstein]] (radiology), [[PERSON:Ngozi Eze]] (pathology), [[PERSON:Cheryl Hawkins]] (nurse navigator)
Patient: [[PERSON:Raymond Kowalski]] (MRN [[ID:3349201]]), 67M
{{PET/CT}}: 2.8 cm RUL mass {{SUV}} 11.2, station 4R node {{SUV}} 4.1. {{EBUS}} positive 4R.
Plan: concurrent chemoradiation, then {{durvalumab}} ({{PACIFIC}} regimen).
Next board: [[DATE:04/25/2024]]"""),
    # --- FR ---
    _fr("""[[INSTITUTION:Hôpitaux Universitaires de Genève]]
{{Service de radiologie}}
[[ADDRESS:Rue Gabrielle-Perret-Gentil 4, 1205 Genève]]

Monsieur le Docteur
[[PERSON:Olivier Chappuis]]
[[ADDRESS:Route de Chêne 61]]
[[ADDRESS:1208 Genève]]

Genève, le [[DATE:5 mars 2024]]

Concerne: Monsieur [[PERSON:Yannick Dufour]], né le [[DATE:21.09.1975]]

Cher Confrère,
L'{{arthro-IRM}} de l'épaule droite montre une lésion {{SLAP}} de type II et une lésion de {{Bankart}} cartilagineuse. Encoche de {{Hill-Sachs}} de 8 mm.
Veuillez agréer, cher Confrère, nos salutations distinguées.

Dr [[PERSON:Sophie Lachavanne]], cheffe de clinique
Prof. [[PERSON:Jean-Baptiste Ndiaye]], médecin-chef de service"""),
    _fr("""Rapport de deuxième avis
Examen externe: {{scanner}} thoracique réalisé au [[INSTITUTION:Centre d'imagerie du Léman]] le [[DATE:12.01.2024]], interprété par Dr [[PERSON:Favre]].
Patiente: [[PERSON:Élodie Rossier]], [[DATE:1988-11-02]]
Notre avis: micronodules centrolobulaires en « arbre en bourgeons » du {{lobe moyen}}, compatibles avec une infection à mycobactéries atypiques ({{syndrome de Lady Windermere}}).
Dr [[PERSON:Mathieu Sauthier]], [[INSTITUTION:Clinique de la Source]], tél. [[PHONE:021 641 33 33]]"""),
    _fr("""Colloque sein du [[DATE:mardi 20 février 2024]]
Participants: Dre [[PERSON:Karine Oberson]] (radiologie), Dr [[PERSON:Amadou Diallo]] (chirurgie), Dre [[PERSON:Léa Tinguely]] (oncologie), [[PERSON:Noémie Jaquet]] (infirmière de liaison)
Patiente 1: [[PERSON:BERSET Françoise]] – lésion {{ACR}} 5, biopsie: carcinome canalaire invasif, {{Nottingham}} grade 2.
Patiente 2: [[PERSON:GAILLARD Simone]] – {{ACR}} 3, contrôle à 6 mois.
Lieu: [[INSTITUTION:HFR Fribourg]] – salle {{Ludwig}}."""),
    # --- IT ---
    _it("""[[INSTITUTION:Clinica Luganese Moncucco]]
{{Servizio di radiologia}} – [[ADDRESS:Via Moncucco 10, 6900 Lugano]]

Egregio Dottore
[[PERSON:Fabio Lurati]]
[[ADDRESS:Piazza Grande 4]]
[[ADDRESS:6600 Locarno]]

Lugano, [[DATE:7 febbraio 2024]]

Paziente: Sig. [[PERSON:Renzo Gianettoni]], nato il [[DATE:30.05.1949]]
{{Ecografia}} addominale: {{colecisti}} con calcolo di 18 mm e segno di {{Murphy}} ecografico positivo, parete ispessita 5 mm.
Conclusione: colecistite acuta litiasica.
Distinti saluti
Dr. [[PERSON:Nicola Pagnamenta]], capoclinica"""),
    _it("""Riunione multidisciplinare {{epatobiliare}} – [[DATE:14.03.2024]]
Presenti: [[PERSON:Bianchi]] (chirurgia), [[PERSON:Soldati]] (oncologia), [[PERSON:Ceppi]] (radiologia), [[PERSON:Mariotta]] (anatomia patologica)
Caso: Sig.ra [[PERSON:Elvira Fontana-Rezzonico]], nata il [[DATE:02.12.1950]]
{{TC}} trifasica: lesione di 4 cm del {{segmento IV}} con {{wash-out}}, {{LI-RADS}} 5. Cirrosi {{Child-Pugh}} A.
Proposta: resezione presso l'[[INSTITUTION:Ospedale Civico]]."""),
    _it("""Richiesta di esame
Medico richiedente: Dr.ssa [[PERSON:Giulia Rusconi]], [[INSTITUTION:Studio medico Mendrisiotto]], tel. [[PHONE:091 646 27 18]]
Paziente: [[PERSON:Walter Crivelli]], AVS [[ID:756.3310.9928.52]]
Esame richiesto: {{RM colonna cervicale}}
Quesito: {{mielopatia}}? Segno di {{Lhermitte}} positivo, {{Hoffmann}} positivo a destra."""),
    # --- more DE ---
    _de("""{{Befund}}
Patientin [[PERSON:Anke Nagel]], 53 J., Zuweisung durch [[INSTITUTION:Endokrinologikum Ruhr]].
{{Szintigraphie}} der {{Schilddrüse}} mit {{Technetium}}: warmer Knoten rechts, im Übrigen homogene Speicherung. {{TcTU}} 1,8 %.
Dr. [[PERSON:Piotr Zawadzki]]"""),
    _de("""{{Röntgen}} Unterschenkel rechts ({{Stellungskontrolle}}) – postoperativ
{{Tibiamarknagel}} ({{Nagel}} 10 × 360 mm) mit proximaler und distaler Verriegelung, achsgerechte Stellung. {{Fibula}} nicht versorgt.
OP: Dr. [[PERSON:Lutz Kopp]] am [[DATE:21.03.2024]]; Befunder: [[PERSON:Renée Becker-Fuß]]"""),
    _de("""An die Leitstelle Krankentransport – Rückverlegung
Patient: [[PERSON:Eberhard Lüttgens]], [[DATE:11.09.1932]] ([[AGE:91]] Jahre)
Abholort: {{Radiologie}}, Ebene U1, [[INSTITUTION:Klinikum Aschaffenburg-Alzenau]]
Zielort: [[INSTITUTION:Haus Mariengarten]], [[ADDRESS:Würzburger Str. 12, 63739 Aschaffenburg]], Wohnbereich 2
Ansprechpartnerin: Schwester [[PERSON:Benedikta]], Tel. [[PHONE:06021 4499-212]]
Durchgeführt: {{CT Schädel}} nativ – keine Blutung, keine Fraktur."""),
    _de("""Lehrfall {{Kinderradiologie}} – {{Invagination}}
Sonographisch {{Pseudokidney}}- und {{Target}}-Zeichen im rechten Oberbauch, 3 cm.
Hydrostatische Desinvagination unter Ultraschall erfolgreich.
Fallgeber: OA [[PERSON:Hilmar Eckstein]], [[INSTITUTION:Dr. von Haunersches Kinderspital]]; Bilder mit Einverständnis der Eltern."""),
    _de("""Protokoll Qualitätszirkel {{Mammographie-Screening}} – Screening-Einheit [[INSTITUTION:Weser-Ems Nord]]
Datum: [[DATE:08.03.2024]] | Ort: [[ADDRESS:Oldenburg]]
Programmverantwortliche Ärztin: Dr. [[PERSON:Katharina Reinecke-Uhl]]
Befunder: [[PERSON:Mertens]], [[PERSON:Ouedraogo]], [[PERSON:Stojanov]], [[PERSON:Lüpke]]
Themen: {{Intervallkarzinome}} 2023, {{Konsensuskonferenz}}, Einsatz von {{Tomosynthese}} ({{TOSYMA}}-Studie).
Nächster Termin: [[DATE:14.06.2024]]"""),
    _de("""Telefonnotiz – kritischer Befund
[[DATE:27.03.2024]] 13:05: {{Freie Luft}} subphrenisch beidseits im {{Thorax}} stehend bei Frau [[PERSON:Hildegard Vogelsang]] (Station {{Innere}} 5).
Erreicht: Stationsärztin [[PERSON:Ksenia Orlova]] über Piepser [[PHONE:482]]; Chirurgie (Dr. [[PERSON:Vollmer]]) informiert.
Notiert: [[PERSON:Tobias Heidenreich]]"""),
    _en("""From: [[PERSON:Jocelyn Ferreira-Banks]] <[[EMAIL:jferreirabanks@harborviewimaging.org]]>
To: Radiology Reading Room
Subject: outside CD – [[PERSON:Whitaker, Colleen]] (DOB [[DATE:3/3/1966]])

Hi team, patient's {{CT angiogram}} from [[INSTITUTION:Coastal Heart & Vascular]] is uploaded to {{PACS}} under MRN [[ID:5503187]]. Dr. [[PERSON:Abernathy]] would like an over-read before clinic on [[DATE:Thursday 4/25]]. Question: {{Takayasu}} vs {{giant cell arteritis}}.
Thanks,
[[PERSON:Jocelyn]] | Imaging Records | [[PHONE:206-555-0139]] | [[URL:https://harborviewimaging.org/records]]"""),
    _en("""CODE STROKE – Neuroimaging summary
Time of arrival 08:14; {{CT}} 08:21; {{CTA}}/{{CTP}} 08:26 ({{RAPID}}).
Pt [[PERSON:Lorenzo Bianchi-Wells]], [[AGE:90]] y/o M, MRN [[ID:300188472]].
{{NCCT}}: no hemorrhage. {{ASPECTS}} 9. CTA: left {{M1}} occlusion. CTP: core 12 mL, {{Tmax}} > 6 s 96 mL, mismatch ratio 8.
Called to stroke neurologist Dr. [[PERSON:Anaya Krishnamurthy]] (cell [[PHONE:555-0197]]) at 08:31; accepted for thrombectomy at [[INSTITUTION:Lakeview Comprehensive Stroke Center]].
Read by [[PERSON:Connor Fitzpatrick]], MD"""),
    _en("""[[INSTITUTION:Leighton Hospital]], [[ADDRESS:Middlewich Road, Crewe CW1 4QJ]]
Radiology Department – Patient Letter

Dear Mr [[PERSON:Hollingsworth]]
Your {{MRI}} scan is booked for [[DATE:Saturday 18 May 2024]] at 10:40 on {{Scanner 2}} ({{Siemens Sola}}). Please arrive 15 minutes early and complete the enclosed safety questionnaire (pacemaker, {{cochlear implant}}, aneurysm clips).
If you need to rearrange, call [[PHONE:01270 612 207]] or email [[EMAIL:mecht.mri.bookings@nhs.net]].
Patient ID: [[ID:LEI5528013]]
Radiology Appointments Team"""),
    _en("""Ophthalmic imaging MDT – [[INSTITUTION:Moorfields]] outreach clinic
Present: [[PERSON:Ikechukwu Nnadi]], [[PERSON:Saoirse Brennan]], [[PERSON:Theo Papadimitriou]]
[[PERSON:CARTWRIGHT Joan]] – {{MRI orbits}}: enlarged inferior and medial recti, tendon sparing: {{Graves}} orbitopathy, {{CAS}} 4. Refer to thyroid eye disease clinic.
[[PERSON:MENSAH Kwaku]] – {{optic neuritis}} right, {{MOG}} antibodies pending."""),
    _de("""[[INSTITUTION:Radiologie Bayreuth Zentrum]] – {{Befundbericht}}
[[ADDRESS:Maximilianstraße 20, 95444 Bayreuth]] · [[EMAIL:befunde@radiologie-bt-zentrum.de]]
Patient: [[PERSON:Kunigunde Hofmeister]], [[DATE:15.05.1945]]
{{Angiographie}} der Beine ({{DSA}}): Verschluss der {{Arteria femoralis superficialis}} links über 9 cm ({{TASC}} B), Kollateralisierung über die {{Arteria profunda femoris}}. {{Fontaine}} IIb.
Empfehlung: Vorstellung im {{Gefäßboard}}.
Dr. med. [[PERSON:Ekkehard Prell]] · Dr. med. [[PERSON:Marija Tomić]]"""),
    _fr("""Lettre de sortie – extrait imagerie
Patient: M. [[PERSON:Jean-Claude Monnier]], né le [[DATE:12.12.1941]], domicilié [[ADDRESS:Chemin des Vignes 4, 2012 Auvernier]]
Médecin traitant: Dr [[PERSON:Patricia Vuillemin]], [[INSTITUTION:Cabinet des Trois-Lacs]]
{{Angio-CT}} du [[DATE:3 avril]]: embolie pulmonaire segmentaire bilatérale, sans surcharge droite. {{Scintigraphie}} non nécessaire.
Signé: Dr [[PERSON:Rachid El Amrani]], [[INSTITUTION:RHNe]] – site de [[INSTITUTION:Pourtalès]]"""),
    _de("""[[INSTITUTION:Barmherzige Brüder Salzburg]] – {{Röntgeninstitut}}
Pat.: [[PERSON:Aigner, Rupert]], geb. [[DATE:04.10.1959]]
Zuweisender: Dr. [[PERSON:Ilona Frühwirth]], Wahlärztin, [[ADDRESS:Linzer Gasse 41, 5020 Salzburg]]
{{Sonographie}} der {{Achillessehne}} rechts: spindelförmige Verdickung 11 mm, 4 cm oberhalb des Ansatzes, Neovaskularisation im {{Power-Doppler}}. {{Haglund}}-Ferse ohne Bursitis. {{Kager}}-Fettdreieck frei.
Vidiert: OA Dr. [[PERSON:Stefan Pfeiffenberger]]"""),
)

BATCH3: tuple[Snippet, ...] = (
    # --- DE ---
    _de("""[[INSTITUTION:UKE]] · {{Klinik und Poliklinik für Diagnostische und Interventionelle Radiologie und Nuklearmedizin}}
Direktor: Prof. Dr. med. [[PERSON:Hans-Jürgen Kestermann]]

Frau Dr. med. [[PERSON:Malgorzata Szymańska]]
[[INSTITUTION:Hämatologisch-onkologische Praxis Eppendorf]]
[[ADDRESS:Martinistraße 64, 20251 Hamburg]]

Hamburg, den [[DATE:11.03.2024]]

Unsere Patientin: [[PERSON:Thea van 't Hof]], geb. [[DATE:01.04.1972]], Pat.-Nr. [[ID:HH-44810932]]

Sehr geehrte Frau Kollegin [[PERSON:Szymańska]],
{{Ganzkörper-MRT}} ({{Whole-Body-DWI}}) zur Verlaufskontrolle des {{Multiplen Myeloms}}: Fokale Läsionen im {{Os ilium}} links (24 mm) und im {{BWK 9}}, neu gegenüber der Voruntersuchung vom [[DATE:09/2023]]. {{MY-RADS}} {{RAC}} 4. Keine {{Myelonkompression}}.

Mit freundlichen Grüßen
Dr. med. [[PERSON:Friederike Lammers]], Fachärztin
i.A. Prof. Dr. med. [[PERSON:H.-J. Kestermann]]
Diktat: [[PERSON:Lammers]] · Freigabe: [[DATE:12.03.2024]]"""),
    _de("""Befund: {{Röntgen}} beide Hände d.v.
Patient: [[PERSON:Ottmar Seidelmann]] · Geburtsdatum [[DATE:17.10.1955]] · Fallnummer [[ID:80012271]]
{{Erosionen}} an den {{MCP}}-Gelenken II und III beidseits, gelenknahe Osteopenie. {{Heberden}}- und {{Bouchard}}-Arthrose fehlen. {{Ratingen-Score}} 6.
Beurteilung: Befundmuster einer {{rheumatoiden Arthritis}}.
[[PERSON:Seidenberg]], OÄ / [[PERSON:Ahmadi]], AA"""),
    _de("""Kurzprotokoll {{Gefäßkonferenz}} [[INSTITUTION:Klinikum Ingolstadt]] – [[DATE:21.02.2024]]
Teilnehmer: [[PERSON:Bichler]] ({{Gefäßchirurgie}}), Frau Dr. [[PERSON:Omerović]] ({{Angiologie}}), [[PERSON:Thalhammer]] ({{Interventionelle Radiologie}})
1) [[PERSON:Reitberger, Alfons]] – {{Leriche}}-Syndrom, {{Aortenbifurkation}} verschlossen: {{Kissing-Stent}} ({{Advanta V12}}).
2) [[PERSON:Gül, Hatice]] – {{Nussknacker}}-Phänomen der {{Vena renalis sinistra}}, konservativ.
3) [[PERSON:Brunnhuber, Xaver]] – {{Popliteaaneurysma}} 28 mm, {{Viabahn}}."""),
    _de("""{{Anforderung}} {{Radiologie}} (Ausdruck)
Auftraggeber ........ Station 7B / Dr. [[PERSON:Konstantinos Papageorgiou]]
Patient ............. [[PERSON:Mayer-Vorfelder, Gudrun]]
Geb. ................ [[DATE:29.02.1948]]
Zimmer/Bett ......... 712/2
Transport ........... liegend, {{Sauerstoff}}
Infektion ........... {{MRSA}}
Untersuchung ........ {{CT Thorax}} mit {{KM}}
Kreatinin ........... 1,1 mg/dl, {{eGFR}} 52
Frage ............... Abszess? {{Empyem}}?
Rückruf ............. [[PHONE:3514]]"""),
    _de("""Sehr geehrte Damen und Herren,
anbei übersenden wir die Aufnahmen von Herrn [[PERSON:Pham Quoc Bao]] (*[[DATE:05.05.1960]]) zur Mitbeurteilung. Die Untersuchung erfolgte am [[DATE:28.03.2024]] in unserer Praxis an einem {{Aquilion Prime SP}}.
Frage: {{Hämangiom}} versus Metastase im {{Segment VIII}}?
Bitte senden Sie Ihre Stellungnahme an [[EMAIL:sekretariat@radiologie-wolfsburg-west.de]] oder per Fax [[PHONE:05361 89 11 02]].
Mit freundlichen Grüßen
Ihre [[INSTITUTION:Radiologie Wolfsburg West]]
Dr. [[PERSON:Reinhild Ostermeyer]]"""),
    _de("""[[INSTITUTION:Helios]] {{Zentrale Radiologie}} – Standort [[INSTITUTION:Schwerin]]
{{MRT Leber}} ({{Primovist}}) vom [[DATE:14.02.2024]]
Pat.: [[PERSON:Rudolph-Asamoah, Ivonne]], [[DATE:09.12.1981]]
Zuweisung: [[INSTITUTION:Gastroenterologie am Pfaffenteich]]
In der {{hepatobiliären Phase}} hyperintense Läsion {{Segment IVb}} 22 mm mit zentraler Narbe: {{FNH}}. Zusätzlich {{Adenom}} {{Segment VI}} (fetthaltig, {{HNF1α}}-Typ wahrscheinlich).
Befundet: [[PERSON:Jannik Pöhls]], Facharzt; freigegeben: [[PERSON:Bettina Nöldge]], Ltd. OÄ"""),
    _de("""Telefonat [[DATE:04.04.2024]], 19:40 Uhr
Kritischer Befund: {{Aortendissektion}} {{Stanford A}} bei [[PERSON:Wolfgang Ebersbach]], [[AGE:90]] Jahre.
Informiert: diensthabender Herzchirurg Dr. [[PERSON:Ramón Echeverría]] über Zentrale [[PHONE:0551 39-0]], Rückruf um 19:46.
Verlegung in das [[INSTITUTION:Herzzentrum Göttingen]] angemeldet.
Gez. [[PERSON:Ole Brandt]], Assistenzarzt, für OA [[PERSON:Klaus Wedekind]]"""),
    _de("""{{Lehrsammlung}} {{Thoraxradiologie}} – Fall 37: {{Golden-S-Zeichen}}
{{Atelektase}} des rechten {{Oberlappens}} mit zentraler Raumforderung. {{Juxtaphrenic peak}}-Zeichen.
Differenzialdiagnosen: {{Luftsichel}} ({{Luftsichelzeichen}}) bei linksseitiger Oberlappenatelektase.
Aus der Sammlung von Prof. [[PERSON:Dieter Fleischhauer]] ([[INSTITUTION:Thoraxklinik Heidelberg]]), digitalisiert [[DATE:2019-05-14]]."""),
    _de("""Rückantwort auf Ihre Anfrage vom [[DATE:20.03.2024]]
Patient: [[PERSON:Burak Özkan]], [[DATE:12.11.1994]]
Liebe Kolleginnen und Kollegen der [[INSTITUTION:Sportklinik Hellersen]],
die von Ihnen angefragten Aufnahmen ({{MRT Sprunggelenk}}, [[DATE:03.01.2024]]) liegen bei uns vor und wurden Ihnen über {{Telemedizin}}-Portal ([[URL:https://portal.teleradiologie-sauerland.de]]) freigegeben. Zugangscode auf Anfrage unter [[PHONE:02351 945-310]].
{{Befundzusammenfassung}}: {{Osteochondrale Läsion}} der {{Talusschulter}} medial, {{Hepple}} Stadium 2a.
Ihr Team der [[INSTITUTION:Radiologie Lüdenscheid]]"""),
    _de("""Tumorboard {{Kopf-Hals}} – [[DATE:13.03.2024]]
Anwesend:
  {{HNO}}: [[PERSON:Liebscher]], [[PERSON:Mavroudis]]
  {{MKG}}: [[PERSON:Sadeghi-Tehrani]]
  {{Strahlentherapie}}: [[PERSON:Pfisterer]]
  {{Radiologie}}: [[PERSON:Hoang Minh Tuan]]
  {{Pathologie}}: [[PERSON:Engelmann]]
Patient: [[PERSON:Wollenweber, Detlef]] – {{Oropharynxkarzinom}} rechts, {{p16}} positiv, {{cT2 cN1}} (UICC 8). {{Level II}} Lymphknoten 19 mm mit {{ENE}}-Verdacht.
Empfehlung: primäre Radiochemotherapie."""),
    _de("""Dokumentation {{Aufklärung}} {{Kontrastmittel}}
Patientin: [[PERSON:Waltraud Krämer-Ngoma]], 87 J.
Aufgeklärt durch: [[PERSON:Ivana Babić]], Ärztin
Zeuge: [[PERSON:Holger Rautenberg]], MTR
Vorerkrankungen: {{Hyperthyreose}} ({{Morbus Basedow}}), {{Metformin}} pausiert, {{Irenat}} gegeben.
Geplant: {{CT Abdomen}} mit {{Ultravist 370}}.
Unterschrift Patientin liegt vor."""),
    _de("""[[INSTITUTION:Gemeinschaftspraxis Radiologie & Nuklearmedizin Am Markt]]
Dr. med. [[PERSON:Gerhard Frank]] · Dr. med. [[PERSON:Sibel Koç]] · [[PERSON:Marek Jankowski]]
[[ADDRESS:Am Markt 5, 99084 Erfurt]]

An: [[INSTITUTION:Zentralklinik Bad Berka]], {{Abteilung Neurochirurgie}}, Prof. [[PERSON:Wittekind]]

Betr.: [[PERSON:Oberländer, Käthe]], [[DATE:13.01.1939]]
{{MRT HWS}}: Zervikale Myelopathie C5/6 mit {{T2}}-Signalanhebung im Myelon, {{Spinalkanalstenose}} ({{Torg-Pavlov}}-Ratio 0,7).
Mit freundlichen Grüßen, [[PERSON:Sibel Koç]]"""),
    _de("""Leistungsübersicht (Export)
Datum      | Leistung          | Arzt                 | MTR
[[DATE:02.04.24]]   | {{CT Becken}}         | [[PERSON:Löwenstein]]           | [[PERSON:Schmitz-Kaya]]
[[DATE:02.04.24]]   | {{MRT Knie}} li       | [[PERSON:Anastasiadis]]         | [[PERSON:Ebner]]
[[DATE:03.04.24]]   | {{Mammographie}}      | [[PERSON:Löwenstein]]           | [[PERSON:Dao Thi Hoa]]
Patientin: [[PERSON:Irmgard Schlotterbeck]], Versichertennummer [[ID:K882204113]]"""),
    _de("""Ärztliche Stellungnahme für die [[INSTITUTION:Berufsgenossenschaft Holz und Metall]]
Versicherter: [[PERSON:Dariusz Mazur]], geb. [[DATE:18.07.1974]], Az. [[ID:4 01 22/188-MZ]]
Unfalltag: [[DATE:09.01.2024]]
{{Röntgen}} und {{CT}} des rechten Fußes: {{Calcaneusfraktur}} {{Sanders}} IIB, {{Böhler-Winkel}} 12°, {{Gissane-Winkel}} 140°.
D-Arzt: Dr. [[PERSON:Hartmut Riesenbeck]], [[INSTITUTION:BG Klinikum Duisburg]]"""),
    # --- AT ---
    _de("""[[INSTITUTION:Kepler Universitätsklinikum]] · {{Zentrales Radiologie Institut}}
Pat.: [[PERSON:Haslinger, Notburga]], [[DATE:24.12.1933]]
Zuw.: [[INSTITUTION:PVE Urfahr]], Dr. [[PERSON:Ursula Eder]]
{{CT Abdomen}}: {{Sigmadivertikulitis}} mit gedeckter Perforation, Abszess 3 cm ({{Hinchey}} Ib). Freie Flüssigkeit im {{Douglas}}.
Befundet: Ass. Dr. [[PERSON:Emina Hodžić]]
Vidiert: OA Dr. [[PERSON:Reinhard Moser]], [[DATE:29.01.2024]]
Telefonisch vorab an die {{Chirurgie}} (Dr. [[PERSON:Pühringer]]) übermittelt."""),
    _de("""Sehr geehrte Frau Primaria,
sehr geehrter Herr Oberarzt [[PERSON:Katzengruber]],
wie besprochen übersende ich den Befund der {{Koronar-CT}} von Frau [[PERSON:Edeltraud Wurzinger]] (SVNR [[ID:3307 150862]]): {{CAD-RADS}} 1, kein {{Myokardbrücke}}-Nachweis. {{Agatston}} 0.
Mit kollegialen Grüßen aus [[ADDRESS:Wels]]
Prim. Univ.-Doz. Dr. [[PERSON:Helmut Stadlmayr]]
[[INSTITUTION:Klinikum Wels-Grieskirchen]]"""),
    # --- CH ---
    _de("""[[INSTITUTION:KSSG]] {{Klinik für Radiologie und Nuklearmedizin}}
[[ADDRESS:Rorschacher Strasse 95, 9007 St. Gallen]]

Frau
Dr. med. [[PERSON:Nadine Eugster]]
[[INSTITUTION:Hausarztpraxis Säntisblick]]
[[ADDRESS:Dorfstrasse 11, 9100 Herisau]]

St. Gallen, [[DATE:26. April 2024]]

Patient: [[PERSON:Köbi Signer]], [[DATE:02.02.1951]]

Liebe Frau Kollegin
{{CT Thorax}} low-dose im Rahmen der Nachsorge: {{Lungenemphysem}} zentrilobulär, keine neuen Rundherde ({{Lung-RADS}} 2). {{Koronarverkalkungen}} {{RIVA}}.
Freundliche Grüsse
Dr. med. [[PERSON:Aurelio Quadri]], Oberarzt mbF"""),
    _de("""[[INSTITUTION:Spital Limmattal]] – Radiologie-Rapport [[DATE:Do, 07.03.2024]]
Vorgestellt von: [[PERSON:Selina Wyss]] (Assistenzärztin)
Supervisor: [[PERSON:Adrian Schärer]] (Leitender Arzt)
Pat. [[PERSON:Meier-Huber, Trudi]] – {{Chilaiditi}}-Interposition, keine freie Luft.
Pat. [[PERSON:Zogg, Jakob]] – {{Morbus Paget}} des Beckens, {{Alkalische Phosphatase}} erhöht.
Pat. [[PERSON:Kuzmanović, Stefan]] – {{Jones}}-Fraktur {{MT V}}, {{Zone 2}}."""),
    _de("""[[INSTITUTION:Hirslanden Klinik St. Anna]] – {{Radiologie}}
Patient/in: [[PERSON:Arnold-Odermatt, Verena]]
Geb.-Dat.: [[DATE:06.06.1962]]
Auftraggeber: Dr. med. [[PERSON:Beat Zgraggen]], [[INSTITUTION:Orthopädie Zentralschweiz]], [[ADDRESS:Luzern]]
{{MRI}} linkes Kniegelenk: {{Osteonekrose}} des medialen Femurkondylus ({{SONK}}), {{Koshino}} Stadium 2. {{Innenmeniskus}}-Wurzelriss.
Dr. med. [[PERSON:Yannis Karamanlis]], FMH Radiologie"""),
    # --- UK ---
    _en("""[[INSTITUTION:Addenbrooke's]] – {{Department of Radiology}}
[[ADDRESS:Hills Road, Cambridge CB2 0QQ]]

Dr [[PERSON:Eleanor Whitlock]]
[[INSTITUTION:Mill Road Surgery]]
[[ADDRESS:Mill Road, Cambridge CB1 2AD]]

[[DATE:3 April 2024]]

Dear Dr [[PERSON:Whitlock]]

[[PERSON:Terrence Adjei]]  DOB [[DATE:22/12/1958]]  NHS [[ID:402 318 9947]]
[[ADDRESS:16 Gwydir Street, Cambridge CB1 2LG]]

{{CT TAP}} performed [[DATE:28/03/2024]] for weight loss. There is a 4 cm mass in the head of the {{pancreas}} encasing the {{SMA}} ({{NCCN}} locally advanced) with liver metastases in {{segments II}} and VII. {{Courvoisier}} gallbladder.
He has been discussed with the upper GI team (Mr [[PERSON:Praful Joshi]]) and will be seen in the {{HPB}} clinic this week.

Yours sincerely

Dr [[PERSON:Marguerite Lund]] FRCR
Consultant Abdominal Radiologist

cc: Mr [[PERSON:Praful Joshi]], Consultant HPB Surgeon
cc: Mr [[PERSON:T. Adjei]] (patient)"""),
    _en("""LUNG CANCER MDT [[DATE:22.02.2024]] – OUTCOME FORM
Patient: [[PERSON:McGuinness, Eileen]]   MRN [[ID:W448812]]   Consultant: Dr [[PERSON:Pradeep Menon]]
Present: [[PERSON:Menon]], [[PERSON:Horsfall]], [[PERSON:Ng]], [[PERSON:Ahmed]], [[PERSON:Blakemore]], [[PERSON:Kristiansen]]
Imaging ({{CT}} + {{PET-CT}}): left upper lobe mass 3.4 cm with ipsilateral hilar node (station 10L). {{Brock}} model not applicable. {{Herder}} score n/a.
Pathology: squamous cell carcinoma ({{TTF-1}} negative, {{p40}} positive).
Stage: {{T2a N1 M0}} ({{TNM 8}}) IIB.
Outcome: refer for lobectomy at [[INSTITUTION:Harefield]]."""),
    _en("""Telephone report – unexpected significant finding
Patient: [[PERSON:Gwendolyn Parry]]   Hospital number [[ID:MAN0924481]]   DOB [[DATE:04.08.1951]]
Exam: {{CT abdomen}} (outpatient)
Finding: incidental 5.8 cm {{abdominal aortic aneurysm}}, not previously known.
[[DATE:15/03/2024]] 11:20 – unable to reach GP surgery ([[INSTITUTION:Levenshulme Health Centre]]); message left with practice manager [[PERSON:Tracey Wilkinson]], [[PHONE:0161 224 5870]].
11:52 – spoke to Dr [[PERSON:Hussain]] who will contact the patient today; vascular referral made to [[INSTITUTION:MRI Vascular]] (Mr [[PERSON:Aldous]]).
Radiologist: [[PERSON:Benjamin Cho]]"""),
    _en("""Dear [[PERSON:Fiona]]

RE: [[PERSON:Sebastian Kowalewski]], 8 years, hospital no. [[ID:RBH20018837]]

Thank you for sending the images from [[INSTITUTION:Noble's Hospital]]. The {{skeletal survey}} shows {{classic metaphyseal lesions}} of both distal femora and a healing posterior rib fracture (left 7th). These are specific for non-accidental injury. I have spoken to the safeguarding lead, [[PERSON:Andrea Pemberton]], and to Dr [[PERSON:Fiona Kerrigan]] by phone on [[DATE:14 March]].

Best wishes
[[PERSON:Rupert Okoye]]
Consultant Paediatric Radiologist, [[INSTITUTION:Alder Hey]]"""),
    _en("""REPORT
Examination: {{MRI whole spine}}
Clinical details: back pain, {{Brown-Séquard}} features?
Findings: intradural extramedullary lesion at T6 displacing the cord to the right, {{dural tail}} sign, homogeneous enhancement: {{meningioma}}. {{Tarlov}} cysts at S2. No {{Scheuermann}} changes.
Reported by: Dr [[PERSON:Kavitha Sundaram]], Consultant Neuroradiologist, GMC [[ID:6129934]]
Verified: [[DATE:18-Apr-2024]] 14:41
Patient: [[PERSON:Douglas Gilchrist]], CHI [[ID:1107582216]], [[INSTITUTION:Ninewells]]"""),
    _en("""Sonography departmental note
Sonographer: [[PERSON:Precious Moyo]] (band 7)
Second opinion requested from: Dr [[PERSON:Alasdair Fraser]]
Patient: [[PERSON:Keeley-Ann Birch]], 24 F, NHS [[ID:719 604 3382]]
{{Gallbladder}}: mobile calculi, wall normal. {{Sonographic Murphy}} negative.
{{Liver}}: {{Riedel}} lobe – normal variant.
Kidneys: {{duplex kidney}} left, no hydronephrosis."""),
    _en("""From the desk of Dr [[PERSON:Imogen Sackville-West]]
[[INSTITUTION:The London Clinic]], [[ADDRESS:20 Devonshire Place, London W1G 6BW]]
T [[PHONE:020 7935 4444]]  E [[EMAIL:i.sackville@lonclinic-imaging.co.uk]]

[[DATE:10 May 2024]]

Dear [[PERSON:Hamish]]

Your patient Mr [[PERSON:Anton Vasiliev]] had his {{PSMA PET-CT}} today. No avid disease outside the prostate bed. Background {{parotid}} and {{lacrimal}} uptake as expected.

With best wishes
[[PERSON:Imogen]]

cc: Mr [[PERSON:Hamish Cardew]], Consultant Urologist, [[INSTITUTION:King Edward VII's Hospital]]"""),
    # --- US ---
    _en("""[[INSTITUTION:Saint Raphael Health]]
Department of Radiology | [[ADDRESS:1450 Chapel St, New Haven, CT 06511]]
PATIENT: [[PERSON:FONTAINE, GENEVIEVE A]]   MRN: [[ID:7720015]]   DOB: [[DATE:02/14/1953]]
ACCESSION: [[ID:24NH003391]]   EXAM DATE: [[DATE:04/08/2024]]
REFERRING: [[PERSON:Tobias Lindgren]], MD   PCP: [[PERSON:Amara Okonkwo]], DO
EXAM: {{CT CHEST WITHOUT CONTRAST LOW DOSE}} (lung cancer screening)
FINDINGS: 7 mm solid nodule right lower lobe (series 3 image 201). {{Emphysema}}, centrilobular. {{Coronary artery calcification}}, moderate.
IMPRESSION: {{Lung-RADS}} 3. Recommend 6-month LDCT.
ATTESTATION: I personally reviewed the images and agree with the report as edited. – [[PERSON:Nicholas Aurelio]], MD
Electronically signed by [[PERSON:Nicholas Aurelio]], MD on [[DATE:04/08/2024]] 17:20 EDT
Resident: [[PERSON:Felicity Huang]], MD | Dictated [[DATE:04/08/2024]] 16:47 | Transcribed by {{M*Modal}}"""),
    _en("""PATIENT: [[PERSON:Begay, Lorraine]]   MRN: [[ID:IHS-0042219]]   DOB: [[DATE:10/02/1967]]
FACILITY: [[INSTITUTION:Chinle Comprehensive Health Care Facility]]
TELERADIOLOGY READ – reading site: [[INSTITUTION:Desert Sky Teleradiology]]
EXAM: {{CT HEAD WO}}
FINDINGS: No intracranial hemorrhage. Chronic lacunar infarct left {{lentiform nucleus}}. {{Virchow-Robin}} spaces prominent.
IMPRESSION: No acute findings.
Read by: [[PERSON:Rahul Venkatesan]], MD, licensed in AZ | [[DATE:3/2/2024]] 03:12 MST
Preliminary called to: [[PERSON:Sheila Yazzie]], RN"""),
    _en("""CRITICAL VALUE NOTIFICATION FORM
Date: [[DATE:05/14/2024]]  Time: 1326
Radiologist: [[PERSON:Eun-ji Choi]], MD
Finding: {{pneumoperitoneum}} after {{PEG}} placement; {{Rigler}} sign present.
Person notified: [[PERSON:Tyrone Jackson]], PA-C (Surgery)   Callback #: [[PHONE:ext. 55219]]
Method: telephone, read-back verified.
Patient: [[PERSON:Helga Sørensen-Maddox]]   MRN [[ID:0066124]]   Location: 5 South / 512B"""),
    _en("""SECOND OPINION CONSULTATION
Requested by: [[PERSON:Paloma Reyes-Hidalgo]], MD, [[INSTITUTION:Sun Valley Cancer Institute]]
Outside study: {{PET/CT}} from [[INSTITUTION:Frontier Imaging of Amarillo]], performed [[DATE:February 2, 2024]]
Outside interpretation: [[PERSON:K. Dubois]], MD
Patient: [[PERSON:Emmett Shirley]], DOB [[DATE:08/08/1960]]
OPINION: I agree with {{Deauville}} 4 uptake in the left axillary node. The {{Lugano}} response category is partial metabolic response. Brown fat uptake in the neck should not be staged.
[[PERSON:Oksana Melnyk]], MD, Nuclear Medicine
Electronically signed: [[DATE:02/12/2024]] 10:05"""),
    _en("""Breast imaging – patient result letter (copy)
[[DATE:April 29, 2024]]
Ms. [[PERSON:Aiyana Whitehorse]]
[[ADDRESS:407 W Aspen Ave]]
[[ADDRESS:Flagstaff, AZ 86001]]

Dear Ms. [[PERSON:Whitehorse]],
Your recent {{mammogram}} requires additional imaging. This is common; most additional exams are normal. Please call [[PHONE:928-555-0114]] to schedule.
Sincerely,
[[PERSON:Lauren Beckett-Ruiz]], MD, Breast Imaging, [[INSTITUTION:Northern Pines Women's Center]]
Copy to: [[PERSON:Dennis Kowalczyk]], NP"""),
    _en("""IR CLINIC NOTE
Pt: [[PERSON:Hollis Grant]] (goes by "[[PERSON:Buddy]]"), MRN [[ID:88042017]]
Referred by: [[PERSON:Soraya Haddad]], MD (hepatology), [[INSTITUTION:Cumberland Liver Associates]]
Wife [[PERSON:Marlene Grant]] present; she can be reached at [[PHONE:615-555-0173]].
Plan: {{Y-90}} radioembolization ({{TheraSphere}}) of the right lobe after {{MAA}} shunt study. {{Lung shunt fraction}} to be calculated.
Seen by [[PERSON:Idris Coleman]], MD, Interventional Radiology, [[DATE:3/19/2024]]"""),
    _en("""MSK conference handout – teaching cases
1. {{Osgood-Schlatter}} vs {{Sinding-Larsen-Johansson}}: location on the {{tibial tubercle}} vs inferior patellar pole.
2. {{Pellegrini-Stieda}} calcification at the medial femoral condyle.
3. {{Bennett}} vs {{Rolando}} fracture of the thumb base.
4. {{Kümmell}} disease – intravertebral vacuum cleft.
Prepared by [[PERSON:Zainab Oyelaran-Price]], MD and [[PERSON:Caleb Wainwright]], MD for the [[DATE:May 2024]] session; cases from [[INSTITUTION:Rocky Mountain Ortho Imaging]]."""),
    _en("""Secure chat export (ED reading room)
[08:02] [[PERSON:Nikhil Sharma]]: can someone look at the bed 14 CXR? pt [[PERSON:Ortiz, Manuel]], MRN [[ID:6628115]]
[08:05] [[PERSON:Rebecca Lindqvist]]: looking. {{NG tube}} coiled in the esophagus, not in stomach. Pull back and re-advance.
[08:06] [[PERSON:Nikhil Sharma]]: thanks, will tell [[PERSON:Jasmine]] (RN)
[08:31] [[PERSON:Rebecca Lindqvist]]: repeat shows tip below the {{GE junction}}. OK to use."""),
    _en("""[[INSTITUTION:VA Puget Sound]] – RADIOLOGY
Veteran: [[PERSON:GALLOWAY, RAYMOND E]]   SSN: [[ID:XXX-XX-4471]]   DOB: [[DATE:06/06/1949]]
Case #: [[ID:031224-1187]]   Exam: {{CT CHEST W/CONTRAST}}
Requesting: [[PERSON:MIYAMOTO,KEN]] (PACT team Blue)
History: Agent Orange exposure; {{asbestos}} exposure (shipyard).
Findings: calcified {{pleural plaques}} bilaterally; {{rounded atelectasis}} left lower lobe with {{comet-tail}} sign.
Verified by: [[PERSON:ANDERSON-OBI, FELICIA]] MD   [[DATE:MAR 12, 2024]]@14:20"""),
    _en("""ADDENDUM #2 – communication
The 1.1 cm arterially enhancing lesion in the {{pancreatic tail}} ({{neuroendocrine tumor}} favored) was discussed with Dr. [[PERSON:Ines Castellanos]] (GI) on [[DATE:4/16/2024]] at 10:15 by telephone ([[PHONE:(773) 555-0182]]). {{Ga-68 DOTATATE}} {{PET}} recommended.
Signed: [[PERSON:Marcus Oyelaran-Tate]], MD"""),
    _en("""Patient Header (fixed width)
LAST NAME           FIRST       MI DOB        SEX MRN        ACCT
[[PERSON:NGUYEN-BARRETT]]      [[PERSON:TRINH]]       [[PERSON:L]]  [[DATE:19910322]]   F   [[ID:0091827711]] [[ID:5540018823]]
ATTENDING: [[PERSON:SCHWARTZMAN, IRA]]       ADMIT: [[DATE:20240405]]
ROOM: L&D 22
{{US OB >14 WKS}}: single live intrauterine pregnancy, {{biophysical profile}} 8/8, {{AFI}} 14 cm. Placenta posterior, no {{previa}}."""),
    _en("""Grand rounds case summary – [[DATE:June 2024]]
"Classic signs revisited": {{Westermark}}, {{Hampton}}, {{Fleischner}} sign of pulmonary embolism; {{Kerley}} B lines; {{Mach}} band artifact.
Speaker: [[PERSON:Dolores Ferraro-Quinn]], MD, thoracic imaging, [[INSTITUTION:Lakeside University Hospitals]]
Moderator: [[PERSON:Arvind Subramaniam]], MD
CME credit: 1.0; contact [[EMAIL:gme-radiology@lakesideuh.org]]"""),
    _en("""Outpatient Imaging – Request & Protocol
Patient: [[PERSON:Cordelia Huxtable]], 67 F, MRN [[ID:B2276004]]
Ordering: [[PERSON:Farid Nazari]], MD ([[INSTITUTION:Northside Neurology Group]]), NPI [[ID:1447392210]]
Indication: {{normal pressure hydrocephalus}} vs {{Alzheimer}} dementia.
Protocol by [[PERSON:Ji-hoon Lee]], MD: {{MRI brain}} with {{MPRAGE}}, {{FLAIR}}, {{DWI}}, {{SWI}}, {{phase-contrast}} aqueductal flow; {{Evans index}}, {{callosal angle}}, {{DESH}}.
Scanner: {{Signa Architect}} 3T."""),
    # --- FR ---
    # --- FR ---
    _fr("""[[INSTITUTION:Ensemble Hospitalier de la Côte]] – site de [[INSTITUTION:Morges]]
{{Service de radiologie}}
Patient: M. [[PERSON:Gilbert Bovay]], né le [[DATE:04.04.1931]], [[AGE:93]] ans
Médecin adressant: Dr [[PERSON:Catherine Jaccard]], [[ADDRESS:Grand-Rue 12, 1110 Morges]]
{{Radiographie}} du bassin: fracture du col fémoral droit {{Garden}} IV. {{Coxarthrose}} gauche.
Conclusion: transmis par téléphone à l'interne de garde, Dr [[PERSON:Loïc Pittet]], le [[DATE:8 mars 2024]] à 06h15.
Dr [[PERSON:Anne-Sophie Guignard]], médecin cadre"""),
    _fr("""Chère Madame, cher Monsieur,
Nous accusons réception des images de Madame [[PERSON:Nadia Benhamou]] ([[DATE:17.07.1979]]) réalisées à l'[[INSTITUTION:Institut de radiologie de Sion]] le [[DATE:1er février 2024]], que Dr [[PERSON:Thierry Bonvin]] nous a transmises pour second avis.
{{IRM}} mammaire: rehaussement non-masse segmentaire du quadrant supéro-externe gauche, {{BI-RADS}} 4. Nous proposons une biopsie sous {{IRM}}.
Veuillez recevoir nos salutations les meilleures.
Dre [[PERSON:Clémence Aubort]]
[[INSTITUTION:Centre du sein Riviera-Chablais]], tél. [[PHONE:024 471 01 22]]"""),
    _fr("""Procès-verbal – colloque de neuroradiologie du [[DATE:jeudi 4 avril 2024]]
Présents: Prof. [[PERSON:Maeder]], Dr [[PERSON:Kouakou]], Dre [[PERSON:Schaller-Ducret]], Dr [[PERSON:Ben Youssef]], [[PERSON:Julie Chevalley]] (TRM)
1. [[PERSON:ROULIN Émile]] – {{malformation de Chiari}} type I, {{syringomyélie}} C4-T2. Avis neurochirurgical.
2. [[PERSON:DA SILVA Ana Paula]] – {{sclérose en plaques}}: nouvelles lésions {{juxtacorticales}}, critères de {{McDonald}} remplis.
3. [[PERSON:N'GUESSAN Koffi]] – {{anévrisme}} de l'{{artère communicante antérieure}} 6 mm, {{PHASES}} 4."""),
    _fr("""Demande d'examen radiologique
Médecin demandeur: Dr [[PERSON:Hélène Berthoud]], [[INSTITUTION:Permanence de Chauderon]], [[ADDRESS:Place Chauderon 24, 1003 Lausanne]]
Patient: [[PERSON:Kevin Tschumi]], [[DATE:11.09.2001]], n° AVS [[ID:756.8812.4407.31]]
Téléphone patient: [[PHONE:079 412 88 30]]
Examen: {{échographie}} du creux poplité droit. Question: kyste de {{Baker}} rompu? TVP?"""),
    _fr("""Rapport d'enseignement – cas du mois
{{Maladie de Caroli}}: dilatations kystiques des voies biliaires intrahépatiques avec {{central dot sign}}.
Différentiel: {{cholangite sclérosante}}, polykystose hépatique.
Cas fourni par Dr [[PERSON:Benoît Reymond]] ([[INSTITUTION:Hôpital Riviera-Chablais]]), images anonymisées; mise en ligne le [[DATE:15.05.2024]]."""),
    # --- IT ---
    _it("""[[INSTITUTION:Ospedale Regionale di Mendrisio]] – {{Servizio di radiologia}}
Paziente: Sig. [[PERSON:Aurelio Cereghetti]], nato il [[DATE:12.08.1933]] ([[AGE:90]] anni)
Medico richiedente: Dr. [[PERSON:Pamela Induni]], [[ADDRESS:Via Lavizzari 6, 6850 Mendrisio]]
{{TC}} cranio: ematoma subdurale cronico destro di 16 mm con effetto massa, deviazione della linea mediana di 6 mm.
Comunicato telefonicamente al neurochirurgo di picchetto Dr. [[PERSON:Lorenzo Spinedi]] il [[DATE:2 aprile 2024]] alle 22:40.
Dr.ssa [[PERSON:Chiara Moretti-Keller]], medico caposervizio"""),
    _it("""Gentile Dottoressa [[PERSON:Ferrari]],
Le trasmetto il referto della {{RM}} prostatica del Sig. [[PERSON:Mauro Dell'Acqua]] ([[DATE:06.06.1958]]), eseguita il [[DATE:15.03.2024]] con {{Magnetom Skyra}}.
Lesione della {{zona di transizione}} anteriore 14 mm, {{PI-RADS}} 5, senza estensione extraprostatica.
Cordiali saluti,
Dr. [[PERSON:Jacopo Vassalli]]
[[INSTITUTION:Centro Diagnostico Ticinese]], [[ADDRESS:Via Soave 9, 6900 Lugano]], [[EMAIL:j.vassalli@cdt-lugano.ch]]"""),
    _it("""Verbale del tumor board senologico – [[DATE:9 aprile 2024]]
Presenti: Dr.ssa [[PERSON:Galli]], Dr. [[PERSON:Nessi]], Dr.ssa [[PERSON:Ortelli]], Dr. [[PERSON:Sadiku]], inf. [[PERSON:Elena Baroni]]
Paziente: [[PERSON:PEDRETTI Luisa]], [[DATE:21.01.1966]] – carcinoma lobulare, {{Ki-67}} 12 %, {{HER2}} negativo. {{RM}}: multicentricità.
Decisione: mastectomia con biopsia del {{linfonodo sentinella}} presso l'[[INSTITUTION:Istituto Oncologico della Svizzera Italiana]]."""),
    _it("""Consulenza radiologica su esami esterni
Esame: {{angio-TC}} dell'aorta, eseguito presso la [[INSTITUTION:Clinica Hildebrand]] di [[ADDRESS:Brissago]] il [[DATE:20.02.2024]]
Paziente: [[PERSON:Ignazio Rinaldi]]
Dissezione di tipo {{Stanford B}} non complicata, falso lume parzialmente trombizzato. {{Arteria di Adamkiewicz}} non identificata.
Dr. [[PERSON:Giovanni Ghielmetti]]"""),
    # --- DE / AT / CH, more ---
    _de("""{{Konsiliarbericht}} für das [[INSTITUTION:Marienhospital Aachen]]
Von: [[INSTITUTION:Teleradiologie Euregio]] – Nachtdienst [[DATE:06.04.2024]], 03:18 Uhr
Patient: [[PERSON:Abdullahi Warsame]], [[DATE:01.01.1987]], Aufnahme-Nr. [[ID:MHA-240406-0031]]
{{cCT}} nativ: keine Blutung, keine Fraktur des {{Gesichtsschädels}}. {{Sinus maxillaris}} links teilverschattet (Spiegel), im Übrigen unauffällig.
Telefonische Rücksprache mit dem Dienstarzt Dr. [[PERSON:Wessling]] ([[PHONE:0241 6006-1480]]).
Teleradiologe: [[PERSON:Evgeny Sokolov]], FA Radiologie, Fachkunde nach {{StrlSchV}}"""),
    _de("""{{Befund}} {{Mammasonographie}} – Erstbefund
Zuweiserin: Frauenärztin [[PERSON:Hülya Demir-Schäfer]], [[ADDRESS:Bergstraße 2, 69469 Weinheim]]
Patientin: [[PERSON:Laura-Sophie Eichhorn]], 34 J., Tel. [[PHONE:0157 34 28 19 60]]
Links 2 Uhr, 3 cm mamillennah: ovaler Herd 12 mm, parallel, umschrieben, echoarm. {{Fibroadenom}} wahrscheinlich. {{BI-RADS 3}}.
{{Lymphknoten}} axillär unauffällig, {{Cortex}} schmal.
Mit freundlichen Grüßen, Dr. [[PERSON:Cornelius Bach]], [[INSTITUTION:Brustzentrum Bergstraße]]"""),
    _de("""[[INSTITUTION:Tirol Kliniken]] – {{Universitätsklinik für Radiologie}} [[ADDRESS:Innsbruck]]
Anforderung: Dr. [[PERSON:Maximilian Tschurtschenthaler]], {{Notfallambulanz}}
Pat.: [[PERSON:Gstrein Josef]], geb. [[DATE:19.09.1968]], Aufnahme [[ID:7011823445]]
Skiunfall [[ADDRESS:Sölden]], [[DATE:16.02.2024]].
{{CT Knie}}: {{Tibiaplateaufraktur}} lateral, Impression 8 mm ({{Schatzker}} III). {{Segond}}-Fragment als Hinweis auf {{VKB}}-Ruptur.
Befundet: Dr. [[PERSON:Anna-Lena Mair]] / Vidiert: OA Dr. [[PERSON:Wendelin Kathrein]]"""),
    _de("""[[INSTITUTION:Luzerner Kantonsspital]] · {{Radiologie}} · [[ADDRESS:Spitalstrasse, 6000 Luzern 16]]
Ihre Patientin Frau [[PERSON:Rita Bühlmann-Stalder]], [[DATE:30.11.1955]]

Sehr geehrte Frau Kollegin [[PERSON:Estermann]]
Die {{PET-CT}} ({{FDG}}) zeigt eine hypermetabole Raumforderung im {{Colon ascendens}} ({{SUVmax}} 18) mit lokoregionären Lymphknoten, keine Fernmetastasen.
Freundliche Grüsse
Dr. med. [[PERSON:Silvan Wicki]], Oberarzt, und Prof. Dr. med. [[PERSON:Justus Roos-Stettler]], Chefarzt
Kopie: Dr. med. [[PERSON:Pia Estermann]], [[INSTITUTION:Praxis Pilatusblick]], [[ADDRESS:Hergiswil]]"""),
    _de("""Übergabe {{Bereitschaftsdienst}} {{Radiologie}} – Sa/So [[DATE:20./21.04.2024]]
Dienst: [[PERSON:Ludmila Iwanowa]] (Sa), [[PERSON:Jonas Rehm]] (So); Hintergrund: OA [[PERSON:Fritz Grünewald]]
Offene Punkte:
- [[PERSON:Schuster, Elfriede]] (Zi. 208): {{CT}} Mo früh, {{Gadovist}} nicht vergessen? → nein, nativ.
- [[PERSON:Abu-Rish, Samir]]: Befund an {{Unfallchirurgie}} (Dr. [[PERSON:Kern]]) noch telefonisch übermitteln.
- Geräte: {{Somatom Definition AS}} ab 14 Uhr Wartung (Service {{Siemens Healthineers}})."""),
    # --- UK, more ---
    _en("""[[INSTITUTION:Royal Cornwall Hospitals NHS Trust]] – Imaging
Discharge summary excerpt
Patient: [[PERSON:Jago Trewhella]]   DOB [[DATE:02/02/1976]]   MRN [[ID:RCH0419922]]
Admitted [[DATE:28/03/2024]] under Dr [[PERSON:Morwenna Pascoe]] (Acute Medicine).
Imaging: {{CTPA}} – no PE; {{CT abdomen}} – {{Budd-Chiari}} excluded, hepatic veins patent on {{Doppler}}.
Next of kin: [[PERSON:Demelza Trewhella]] (sister), [[ADDRESS:Chy an Mor, Gweek, Helston TR12 6TP]], [[PHONE:01326 221 088]]"""),
    _en("""{{Trauma}} radiology – overnight handover [[DATE:21/04/2024]]
1. [[ID:ANONYMOUS Victor 17]] – unidentified male from {{M6}} collision, later identified as [[PERSON:Piotr Zieliński]]: {{splenic laceration}} grade III, {{Chance}} fracture L1.
2. [[PERSON:Hargreaves, Doreen]] – {{NOF}}, {{Garden}} I.
Handover from Dr [[PERSON:Ugo Eze]] to Dr [[PERSON:Alice Templeton-Moss]]."""),
)

BATCHES: dict[str, tuple[Snippet, ...]] = {"BATCH1": BATCH1, "BATCH2": BATCH2, "BATCH3": BATCH3}
