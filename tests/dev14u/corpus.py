# ruff: noqa: E501
"""DEV / training corpus of the learned token tagger (issue 14, deid-dev14u): hand-written report excerpts.

Written by a new author for the tagger's training (branch deid-tagger2), without reading the scrubber, its
docs, bench/, any held-out corpus or the texts of the other dev corpora. Three batches of DE, AT, CH (German,
French, Italian), UK and US excerpts as real exports look: letters, RIS headers, tumour-board lists, rota and
cc lines, tables, signatures, contact lines, outside-study mentions. The emphasis is on what rules cannot see
from cues (names with no title or label, facilities known only by their name or abbreviation, relatives,
addresses, referrers), densely mixed with hard negatives marked as keep-terms (eponyms that are also
surnames, capitalised German nouns at line starts and in lists, anatomy, drugs, contrast agents, devices,
scanners, sequences, scores and place-named classifications, departments, image references, levels, young
ages, bare years, headings and label lines without PHI).

Markup as tests/curation/deid/text/corpus_de_en: ``[[LABEL:text]]`` is PHI, ``{{text}}`` a keep-term that
must survive. Titles and salutations are outside the span; a whole facility name is inside it. AGE marks
only ages over 89 (the number). Labels: PERSON, INSTITUTION, ADDRESS, DATE, PHONE, ID, AGE, EMAIL, URL
(URL is not one of curation.deid.text.scrub.LABELS: a web address counts as found when a reported span of
any label covers it). French / Italian Swiss excerpts carry lang "fr" / "it".

This is training data, not a held-out set. Each batch was measured once, when written, with the scrubber
of that moment, rules only (tagger off, no spaCy layer), aggregates only (tests/dev14u/measure.py):

- BATCH1 (63 excerpts, 240 PHI spans, 278 keep-terms): recall PERSON/DATE/ID 0.697, all labels 0.721
  (PERSON 71/117, INSTITUTION 34/53, ADDRESS 13/14, ID 10/11, DATE 27/27, PHONE 11/11, AGE 4/4, EMAIL 3/3);
  keep 0.989 (275/278); over-redaction 3.5% (7 false hits of 200 reported spans).
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet, parse


def _de(marked: str) -> Snippet:
    return parse("de", marked)


def _en(marked: str) -> Snippet:
    return parse("en", marked)


def _fr(marked: str) -> Snippet:
    return parse("fr", marked)


def _it(marked: str) -> Snippet:
    return parse("it", marked)


BATCH1: tuple[Snippet, ...] = (
    # --- DE ---
    _de("""{{Interdisziplinäre Tumorkonferenz}} {{Hepatobiliär}} [[DATE:14.02.2024]]
Anwesend: [[PERSON:Brandhorst]] ({{Radiologie}}), [[PERSON:Yilmaz-Kessler]] ({{Viszeralchirurgie}}), [[PERSON:Papadopoulos]] ({{Onkologie}}), [[PERSON:von der Heydt]] ({{Strahlentherapie}})
Pat.: [[PERSON:Grabowski, Dieter]], * [[DATE:07.09.1951]]
{{Befund}}: {{Klatskin}}-Tumor Typ {{Bismuth-Corlette IIIa}}, {{Segment IV}} infiltriert.
Empfehlung: {{PTCD}} rechts, Vorstellung in der {{Tumorkonferenz}} nach {{Staging-CT}}."""),
    _de("""Sehr geehrte Frau Kollegin [[PERSON:Okonkwo-Bauer]],
wir berichten über Ihre Patientin [[PERSON:Liselotte Hamann]], die sich am [[DATE:3. März 2024]] bei uns vorstellte. Die Überweisung erfolgte durch die [[INSTITUTION:Gemeinschaftspraxis Am Lindenplatz]].
{{Leber}}, {{Milz}}, {{Pankreas}}: unauffällig.
{{Nieren}}: links {{Bosniak IIF}}-Zyste, 14 mm.
Mit kollegialen Grüßen
[[PERSON:Marek Dvořák]]
{{Facharzt für Radiologie}}"""),
    _de("""Station 4 Süd | Bett 12
[[PERSON:Schwertfeger, Anneliese]] | [[ID:2024-0388174]] | w | [[AGE:92]] J.
Zuweiser: [[INSTITUTION:Seniorenstift Haus Abendrot]], Pflegekraft [[PERSON:Kühn]], Tel. [[PHONE:0341 88 97 21-40]]
{{Fragestellung}}: Sturz, {{Schenkelhalsfraktur}}? {{Garden}}-Klassifikation erbeten.
{{Technik}}: {{Beckenübersicht}} a.p. und {{Lauenstein}} links."""),
    _de("""{{Befund}}
{{Stein}} im distalen {{Harnleiter}} links, 6 mm, mit Harnstau {{Grad II}}.
{{Niere}} rechts regelrecht. {{Harnblase}} teilgefüllt.
{{Beurteilung}}
Urolithiasis links. Rücksprache mit Herrn [[PERSON:Hakan Çelik]] ({{Urologie}}) am [[DATE:22.05.2024]], 14:10 Uhr.
Befundet: [[PERSON:Sophie Winterstein-Lüders]]"""),
    _de("""cc: [[PERSON:Thilo Ebersbach]], [[INSTITUTION:Hausarztpraxis Dr. Ebersbach & Kollegen]], [[ADDRESS:Hauptstraße 112, 69117 Heidelberg]]
cc: [[INSTITUTION:Herzzentrum Bad Krozingen]]
cc: Patient
{{Vergleich}}: Voruntersuchung vom [[DATE:11.10.2023]] ({{Somatom Force}})."""),
    _de("""{{Dienstplan}} {{Radiologie}} KW 19
Mo  [[PERSON:Brinkmann]] / [[PERSON:Nguyen Thi Lan]]
Di  [[PERSON:Al-Khatib]] / [[PERSON:Brinkmann]]
Mi  [[PERSON:Rosenthal-Ibe]] / [[PERSON:ten Brink]]
Hintergrund {{MRT}}: [[PERSON:Anselm Vogt]], Piepser [[PHONE:4471]]"""),
    _de("""Pat. wohnt in [[INSTITUTION:Pflegeheim St. Vinzenz]], [[ADDRESS:Kirchgasse 3, 97070 Würzburg]]. Betreuerin: Tochter [[PERSON:Martina Seiffert]], erreichbar unter [[PHONE:0176 4418 2093]].
{{Vorbefunde}}: {{CT}} Kopf extern ([[INSTITUTION:Radiologie Mainfranken]], [[DATE:08/2022]]).
{{Fazekas}} 2, kein Anhalt für {{Normaldruckhydrozephalus}}, {{Evans-Index}} 0,29."""),
    _de("""Herr [[PERSON:Jörg-Dieter Schwabe]], {{58-jährig}}, stellt sich mit seiner Ehefrau [[PERSON:Renate]] vor.
{{Anamnese}}: {{Morbus Bechterew}}, {{Z. n.}} {{Hartmann}}-Operation 2017.
{{MRT}} {{LWS}} ({{MAGNETOM Vida}}, {{T2 TSE}}, {{STIR}}): {{Modic I}} {{LWK 4/5}}, {{Schmorl}}-Knötchen {{BWK 12}}."""),
    _de("""Auftragsnr.: [[ID:RAD-24-118832]]   Fallnr.: [[ID:80039917]]
Name: [[PERSON:KRÄMER, HELGA]]   Geb.: [[DATE:19.11.1944]]
Anford. Arzt: [[PERSON:Rüdiger Fassbender]] / {{ZNA}}
Leistung: {{CT Thorax}} mit KM ({{Imeron 350}}, 80 ml)
{{Lungenembolie}}? {{Wells}}-Score 5."""),
    _de("""Die Aufnahmen vom [[DATE:02.04.2024]] aus dem [[INSTITUTION:Elisabethenstift]] liegen auf CD vor und wurden importiert (Se 3/Bi 41-58).
Im Vergleich: {{Baker}}-Zyste rechts größenprogredient, {{Meniskus}} medial {{Grad III}} nach {{Stoller}}.
Telefonische Befundmitteilung an Frau Dr. [[PERSON:Ewa Wójcik]] am Folgetag."""),
    _de("""{{Beurteilung}}:
1. {{Morbus Crohn}} des terminalen {{Ileum}}, aktiv ({{MaRIA}} 14).
2. Keine {{Fistel}}, kein {{Abszess}}.
Mitbeurteilt von PD Dr. [[PERSON:Cornelius Asamoah-Wendt]].
Kopie an [[INSTITUTION:MVZ Gastroenterologie Prenzlauer Berg]], z. Hd. Frau [[PERSON:Hübner]]."""),
    _de("""Sehr geehrte Damen und Herren,
wir danken für die Zuweisung von [[PERSON:Mustafa Abdelrahman]] ([[DATE:13.08.1979]]), [[ADDRESS:Am Schwanenteich 5a, 24113 Kiel]].
{{Klinik}}: Schmerzen rechter Unterbauch.
{{Appendix}} 11 mm, {{Kotstein}}, freie Flüssigkeit im {{Douglas-Raum}}.
{{Alvarado}}-Score laut Notaufnahme 8."""),
    _de("""Rückruf erbeten: [[PERSON:Hannelore Zieglmeier]] (Nichte), [[PHONE:+49 8031 26 91 70]] oder [[EMAIL:h.zieglmeier@t-online.de]].
Vollmacht liegt vor. Patient [[PERSON:Xaver Zieglmeier]] ist nicht einwilligungsfähig.
{{Kontrastmittel}}: {{Gadovist}} 7,5 ml, {{eGFR}} 48."""),
    _de("""{{Leber}}
Keine fokale Läsion. {{Glisson}}-Kapsel glatt.
{{Gallenblase}}
{{Sludge}}, kein {{Murphy}}-Zeichen.
{{Pankreas}}
Normal.
Arztbrief an [[INSTITUTION:St.-Marien-Hospital Vechta]]; Aufnahme durch [[PERSON:Lukas Oltmanns]]."""),
    _de("""OP-Plan Montag, [[DATE:17.06.2024]]:
Saal 3  [[PERSON:Friedrich, Karl-Heinz]]  {{Whipple}}-OP  [[PERSON:Schaumburg]]/[[PERSON:Demir]]
Saal 4  [[PERSON:Pohl, Emine]]  {{Nissen}}-Fundoplicatio  [[PERSON:Schaumburg]]
{{Präoperative Bildgebung}}: {{CT Abdomen}} {{portalvenös}}."""),
    _de("""Die Patientin berichtet, dass Dr. [[PERSON:Haverkamp]] sie bereits im [[DATE:Januar 2023]] in der [[INSTITUTION:Praxisklinik am Rosengarten]] untersucht habe.
{{Mammographie}} beidseits: {{ACR C}}, {{BI-RADS 3}} links bei {{Fibroadenom}}.
{{Tomosynthese}} ({{Selenia Dimensions}}) ergänzt."""),
    _de("""Mit freundlichen Grüßen

Prof. Dr. med. [[PERSON:Annegret Lichtenau]]          Dr. [[PERSON:Kwame Boateng]]
{{Chefärztin}}                                   {{Oberarzt}}
{{Institut für Diagnostische und Interventionelle Radiologie}}
[[INSTITUTION:Klinikum Hochsauerland]] · [[ADDRESS:Stolte Ley 5, 59759 Arnsberg]]"""),
    _de("""Kind [[PERSON:Mia-Sophie Lorenz]], {{4 Jahre}}, Mutter [[PERSON:Jacqueline Lorenz]] anwesend.
{{Sonographie}} {{Hüfte}} links: Erguss 7 mm. Kein Hinweis auf {{Perthes}}.
{{Epiphysenfuge}} regelrecht. {{Salter-Harris}} nicht anwendbar."""),
    _de("""Nachrichtlich an [[INSTITUTION:Helios Klinikum Berlin-Buch]]; der Patient wurde ins [[INSTITUTION:Unfallkrankenhaus Marzahn]] verlegt.
{{Polytrauma}}-Spirale, {{ISS}} 22.
{{Milz}}: {{AAST}} Grad III. {{Leber}}: intakt. {{Pneumothorax}} rechts, {{Thoraxdrainage}} einliegend."""),
    _de("""Einsender: [[PERSON:Ramaswamy, K.]] – [[INSTITUTION:Gefäßpraxis Ostviertel]], [[ADDRESS:Wolbecker Str. 210, 48155 Münster]]
{{Duplex}} {{Carotis}}: {{NASCET}} 70 % rechts.
Empfehlung {{CTA}} und Vorstellung {{Gefäßchirurgie}}."""),
    # --- AT ---
    _de("""{{Radiologischer Befund}}
Zuweisung: [[INSTITUTION:Hanusch-Krankenhaus]], {{2. Medizinische Abteilung}}
Pat.: [[PERSON:Pichler Theresia]], SVNr. [[ID:4127 120334]]
{{Klinische Angaben}}: Dyspnoe, {{D-Dimer}} erhöht.
{{Lunge}}: Keine {{Pulmonalembolie}}. {{Pleura}}: schmaler Erguss links."""),
    _de("""Kopie ergeht an: [[INSTITUTION:LKH Feldkirch]], Primar [[PERSON:Wolfgang Bischof]]; [[INSTITUTION:Sanatorium Hera]]
Rückfragen: Dr. [[PERSON:Szabó-Lechner]], DW [[PHONE:3417]]
{{Nachkontrolle}} in 6 Monaten nach {{Fleischner}}-Kriterien."""),
    _de("""Frau [[PERSON:Aloisia Hinterleitner]] ([[AGE:94]]) kommt aus dem [[INSTITUTION:Haus der Barmherzigkeit Seeböckgasse]] mit dem Rettungsdienst.
Begleitperson: Schwiegersohn [[PERSON:Gerhard Wimmer]].
{{Schädel-CT}} nativ: {{Subduralhämatom}} links 8 mm, {{Mittellinienverlagerung}} 3 mm."""),
    _de("""Befundet bei den [[INSTITUTION:Barmherzigen Brüdern Eisenstadt]], {{Institut für Radiologie}}
Mit Dank an OA Dr. [[PERSON:Leitgeb]] für die Zuweisung.
[[PERSON:Bernadette Hofstätter-Nussbaumer]], {{Radiologietechnologin}}
{{CT}}-Gerät: {{Revolution CT}} · {{DLP}} 412 mGy·cm"""),
    _de("""{{Befund}}: {{Os scaphoideum}} mit Fraktur im mittleren Drittel ({{Herbert B2}}).
Angehörige: Vater [[PERSON:Milan Stojković]], [[ADDRESS:Favoritenstraße 186/2/14, 1100 Wien]], Tel. [[PHONE:0664 281 77 03]]
{{Gips}} für 6 Wochen, Kontrolle in der {{Unfallambulanz}}."""),
    _de("""[[INSTITUTION:Ordensklinikum Linz Elisabethinen]] – {{Nuklearmedizin}}
{{PET-CT}} ({{Biograph Vision}}): {{Deauville}} 4 im {{Mediastinum}}, {{Lugano}}-Klassifikation: partielles Ansprechen.
Vidiert: [[PERSON:Xu Jiahui]], [[DATE:29.01.2024]]"""),
    _de("""Kontakt Ehefrau: [[PERSON:Notburga Rainer]], [[ADDRESS:Dorfstraße 9, 6365 Kirchberg in Tirol]]
Hausarzt: [[PERSON:Markus Obholzer]], [[INSTITUTION:Gruppenpraxis Brixental]]
{{Wirbelsäule}}: {{Osteochondrose}} {{C5/6}}, {{Spondylarthrose}}."""),
    _de("""{{Zuweisungsdiagnose}}: V.a. {{Morbus Paget}}
Zuweiser: Dr. [[PERSON:Karin Paget-Hollaus]]
Befund: {{Knochenszintigraphie}} – {{Tracer}}-Mehrbelegung im {{Os ilium}} rechts. Röntgen ergänzend ({{Os ilium}} a.p.)."""),
    # --- CH de ---
    _de("""[[INSTITUTION:Kantonsspital Baselland]], Standort [[INSTITUTION:Bruderholz]]
Patient: [[PERSON:Bärtschi-Inäbnit, Ruth]], AHV [[ID:756.4127.8830.06]]
Zuweisende Ärztin: [[PERSON:Corinne Gubler]], [[INSTITUTION:Praxis Sonnenrain]], [[ADDRESS:Sonnenrain 4, 4410 Liestal]]
{{Fragestellung}}: {{Rotatorenmanschette}}? {{Arthro-MRI}} mit {{Dotarem}}."""),
    _de("""Das {{Kardio-MRI}} wurde am [[INSTITUTION:USZ]] durchgeführt (Bericht Prof. [[PERSON:Manka]] vom [[DATE:5.6.2023]]).
{{LGE}} subepikardial lateral, passend zu {{Myokarditis}} ({{Lake-Louise}}-Kriterien erfüllt).
{{LVEF}} 52 %."""),
    _de("""Verteiler:
- [[PERSON:Reto Zürcher]], [[INSTITUTION:Hirslanden Klinik St. Anna]]
- [[INSTITUTION:Spitex Region Entlebuch]]
- [[PERSON:Maja Koller]] (Beiständin)
{{Thorax}} p.a./seitlich: Kein {{Infiltrat}}, {{Sinus}} frei."""),
    _de("""Die Patientin (Frau [[PERSON:Hürlimann]]) wurde am [[DATE:18. Oktober]] im [[INSTITUTION:Spital Zollikerberg]] entbunden.
{{Sonographie}} Abdomen: {{Uterus}} post partum, {{Harnaufstau}} rechts {{Grad I}}.
Rückfragen: [[EMAIL:radiologie@spitalzollikerberg.ch]]"""),
    _de("""Bildgebung extern: [[INSTITUTION:Medizinisch Radiologisches Institut MRI Bahnhofplatz]]
Telefonat mit Dr. [[PERSON:Schnyder]] am [[DATE:12.02.2024]].
{{Knie}} rechts: {{vorderes Kreuzband}} rupturiert, {{Segond}}-Fraktur, {{Bone bruise}}."""),
    # --- CH fr ---
    _fr("""[[INSTITUTION:CHUV]] – {{Service de radiodiagnostic et radiologie interventionnelle}}
Patiente: [[PERSON:ROCHAT Isabelle]], née le [[DATE:14.07.1958]]
Médecin traitant: Dr [[PERSON:Pierre-Alain Python]], [[ADDRESS:Route de Villars 37, 1700 Fribourg]]
{{Indication}}: bilan d'extension. {{Foie}}: pas de lésion. {{Rate}}: normale."""),
    _fr("""Conclusion: {{fracture de Pouteau-Colles}} du radius distal gauche.
Entretien téléphonique avec sa fille, Mme [[PERSON:Nathalie Favre-Bulle]], au [[PHONE:079 402 18 66]].
Suivi par l'[[INSTITUTION:Hôpital de la Tour]]."""),
    _fr("""Copie: [[INSTITUTION:EMS Les Pervenches]], à l'attention de l'infirmière [[PERSON:Fatou Ndiaye]]
Résidente: [[PERSON:Marguerite Chappuis]], [[AGE:97]] ans
{{Radiographie du bassin}}: pas de fracture. {{Coxarthrose}} {{Kellgren-Lawrence}} 3."""),
    # --- CH it ---
    _it("""[[INSTITUTION:EOC]] – [[INSTITUTION:Ospedale Regionale di Lugano]], sede [[INSTITUTION:Civico]]
Paziente: [[PERSON:Bernasconi Giuliana]], nata il [[DATE:02.03.1963]]
Medico curante: dr. [[PERSON:Fabio Pedrazzini]], [[ADDRESS:Via Cantonale 18, 6807 Taverne]]
{{TC torace}}: nodulo di 7 mm nel {{lobo superiore destro}}."""),
    _it("""Referto firmato da [[PERSON:Lorenza d'Ambrosio]], {{Servizio di radiologia}}
Informato il figlio [[PERSON:Matteo Cattaneo]] ([[PHONE:+41 91 811 43 20]]).
{{Risonanza magnetica}} {{encefalo}}: {{FLAIR}} iperintensità periventricolari, {{Fazekas}} 1."""),
    # --- UK ---
    _en("""Clinical details: ?PE. Referred by [[PERSON:Siobhan O'Callaghan]] (AMU).
Name: [[PERSON:HARGREAVES, Colin]]   NHS No: [[ID:485 777 3456]]   DOB: [[DATE:23/04/1947]]
{{CT pulmonary angiogram}}: no filling defect. {{Right ventricle}} not dilated.
Reported by: Dr [[PERSON:A. Venkataraman]], Consultant Radiologist"""),
    _en("""Discussed at the {{Upper GI MDT}} on [[DATE:7 March 2024]]: [[PERSON:Pritchard]] (surgery), [[PERSON:Mbeki-Lawson]] (oncology), [[PERSON:Fairclough]] (radiology), [[PERSON:Sandhu]] (pathology).
{{Oesophageal}} tumour {{Siewert II}}, {{T3 N1}}. Plan: {{FLOT}} then re-stage."""),
    _en("""Patient lives at [[INSTITUTION:Sunnyside Lodge]] care home, [[ADDRESS:47 Ferncliffe Road, Harrogate HG2 0JB]].
Next of kin: son [[PERSON:Gareth Pugh]], mobile [[PHONE:07700 900412]].
{{Chest X-ray}}: {{cardiomegaly}}, {{Kerley B}} lines, small bilateral effusions."""),
    _en("""cc: Dr [[PERSON:Helen Strachan]], [[INSTITUTION:Hollybank Surgery]], [[ADDRESS:12 Mill Lane, Keswick CA12 5EB]]
cc: [[INSTITUTION:Addenbrooke's]] {{Neurosurgery}}
{{MRI}} head: {{Chiari I}} malformation, tonsillar descent 9 mm. No {{syrinx}}."""),
    _en("""Comparison is made with the outside study from [[INSTITUTION:Musgrove Park]] dated [[DATE:14/11/2023]].
{{Baker's cyst}} has ruptured. {{Popliteal}} vessels patent on {{Doppler}}.
Result phoned to [[PERSON:Charlotte Ellingham-Rhys]] (ward F3) at 16:40."""),
    _en("""On-call rota, week commencing [[DATE:22 Jan]]
Mon  [[PERSON:Okafor]]      Tue  [[PERSON:McAllister]]
Wed  [[PERSON:Ní Bhriain]]  Thu  [[PERSON:Okafor]]
Fri  [[PERSON:de Souza]]    Weekend  [[PERSON:Haworth]] / [[PERSON:Iqbal]]
{{IR}} cover from [[INSTITUTION:St George's]]."""),
    _en("""{{Findings}}:
{{Liver}}: normal. {{Spleen}}: normal. {{Kidneys}}: normal. {{Adrenals}}: normal.
No {{Spigelian hernia}}. {{Hartmann's pouch}} of the gallbladder contains a 12 mm stone.
Report verified by [[PERSON:Rhiannon Tudor-Evans]], [[DATE:05/02/2024]] 09:12."""),
    _en("""Dear Mr [[PERSON:Adebayo]],
Thank you for referring [[PERSON:Precious Nwachukwu]], {{34 year old}}, from the [[INSTITUTION:Whittington]] antenatal clinic.
{{Ultrasound}} pelvis: {{fibroid}} uterus, dominant 4 cm {{FIGO 4}} lesion.
Yours sincerely, [[PERSON:Imogen Carter-Whitby]]"""),
    _en("""Her husband, [[PERSON:Alistair Dunbar]], reports two falls since Christmas.
{{CT head}}: chronic small vessel disease, old {{lacunar}} infarct in the left {{internal capsule}}.
Previous imaging: [[INSTITUTION:Ninewells]] 2019."""),
    _en("""{{Paget's disease}} of the right hemipelvis is again seen.
Patient name: [[PERSON:Graham Paget]]  Hosp no: [[ID:K4471920]]
Clinician: [[PERSON:L. Fothergill]]  Location: {{Ward 7}}"""),
    # --- US ---
    _en("""PATIENT: [[PERSON:OKONKWO, CHIDINMA A.]]   MRN: [[ID:004418827]]   ACC: [[ID:CT24031200457]]
ORDERING: [[PERSON:WEISSMAN-PATEL, RACHEL]]
EXAM: {{CT ABDOMEN PELVIS W CONTRAST}}   CONTRAST: {{OMNIPAQUE 350}} 100 mL
IMPRESSION: {{Acute appendicitis}} without perforation."""),
    _en("""Findings were discussed with [[PERSON:Tyrell Washington]], PA-C, by phone at 3:15 pm on [[DATE:March 9, 2024]].
{{Stanford type A}} dissection extending into the {{brachiocephalic}} artery.
The patient was transferred to [[INSTITUTION:Baylor Scott & White]] for surgery."""),
    _en("""HISTORY: {{72 yo}} F from [[INSTITUTION:Golden Acres Skilled Nursing]], fall.
Emergency contact: daughter [[PERSON:Lorraine Kowalczyk]] [[PHONE:(414) 555-0172]]
{{Smith fracture}} of the distal radius. No {{Galeazzi}} injury."""),
    _en("""Outside films from [[INSTITUTION:Desert Pines Imaging]] ([[DATE:10/2023]]) were reviewed.
Referring: [[PERSON:Ignacio de la Cruz Romero]], MD, [[INSTITUTION:Willow Creek Family Practice]], [[ADDRESS:2231 W. Maple Ave, Suite 4B, Tulsa, OK 74107]]
{{MRI lumbar spine}}: {{L4-L5}} disc extrusion. {{Lumbar}} lordosis preserved."""),
    _en("""Electronically signed by: [[PERSON:Min-jun Kim]], MD on [[DATE:02/14/2024]] 08:42
Dictated by: [[PERSON:Hollis, Brandon]] (resident)
{{Tc-99m}} {{MAG3}} renogram: split function 44/56. {{Lasix}} washout prompt."""),
    _en("""SPOKE WITH: [[PERSON:Kaitlyn Brewster]] RN at [[INSTITUTION:Kindred at Home]] re: PICC tip position.
{{PICC}} tip at the {{cavoatrial junction}}. {{Swan-Ganz}} catheter removed since prior.
{{Lungs}}: clear."""),
    _en("""Member: [[PERSON:Delacroix, Jean-Baptiste]]  ID: [[ID:XGH118203447]]
Group: [[INSTITUTION:Ochsner]] Employee Plan
Prior authorization for {{PET/CT}} ({{Deauville}} assessment) approved by [[PERSON:Nancy Liu]]."""),
    _en("""Ms. [[PERSON:Addison]] is a {{45-year-old}} with known {{Addison's disease}} referred by Dr. [[PERSON:Cushing-Hale]].
{{Adrenal protocol CT}}: bilateral atrophic adrenals. No adenoma to suggest {{Cushing syndrome}}.
Copy to: [[INSTITUTION:Intermountain Endocrinology Clinic]]"""),
    _en("""CC: [[PERSON:Sheree Whitfield]], NP; [[PERSON:Rajesh Chakraborty]], MD; [[INSTITUTION:VA Puget Sound]]
{{CTA head and neck}}: {{circle of Willis}} patent, {{ASPECTS}} 9.
{{Tenecteplase}} given at outside hospital."""),
    _en("""Patient is a [[AGE:91]]-year-old man accompanied by his wife [[PERSON:Dolores Ferraro]].
He lives at [[ADDRESS:88 Harbor View Drive, Gloucester, MA 01930]].
{{Parkinson's disease}}; {{DaTscan}} on [[DATE:June 3rd]] shows reduced {{putamen}} uptake."""),
    _en("""TECHNOLOGIST: [[PERSON:JJ Moreno]]
SCANNER: {{SIGNA Premier 3T}}   SEQUENCES: {{DWI}}, {{SWI}}, {{FLAIR}}, {{MPRAGE}}
READER: [[PERSON:Thanh Nguyen]]
No acute infarct. {{Virchow-Robin}} spaces prominent."""),
    _en("""Please send results to [[PERSON:Marisol Peña-Ortiz]], MD at [[EMAIL:mpenaortiz@sunrisepeds.org]] or fax [[PHONE:(505) 555-0199]].
{{Voiding cystourethrogram}}: {{grade III}} {{vesicoureteral reflux}} on the left in a {{3-year-old}}."""),
    _en("""{{Hill-Sachs}} lesion and {{bony Bankart}} lesion, right shoulder.
Follow-up at [[INSTITUTION:Rush Copley]] sports medicine with [[PERSON:Gus Lindqvist]], ATC.
{{Glenoid}} bone loss estimated at 18% ({{Pico}} method)."""),
    _en("""ACCESSION: [[ID:20240418-0317]]
Requested by [[PERSON:Aaliyah Jefferson-Boyd]] for [[INSTITUTION:Shepherd Center]]
{{Spine}}: {{T12}} burst fracture, {{TLICS}} 5. {{Retropulsion}} 4 mm."""),
    _en("""Dear Dr. [[PERSON:Haddad]],
Your patient [[PERSON:Yusuf Haddad-Morales]] (DOB [[DATE:01/30/1988]]) underwent {{MR enterography}} at our [[INSTITUTION:Sutter Roseville]] site.
{{Crohn disease}} of the {{neoterminal ileum}}, {{Rutgeerts}} i2."""),
)

BATCHES: dict[str, tuple[Snippet, ...]] = {"BATCH1": BATCH1}
