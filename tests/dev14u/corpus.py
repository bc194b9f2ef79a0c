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
- BATCH2 (64 excerpts, 235 PHI spans, 286 keep-terms): recall PERSON/DATE/ID 0.696, all labels 0.719
  (PERSON 70/114, INSTITUTION 33/53, ADDRESS 15/15, ID 12/12, DATE 21/22, PHONE 11/11, AGE 3/4, EMAIL 1/1,
  URL 3/3); keep 0.986 (282/286); over-redaction 4.1% (8 false hits of 197 reported spans).
- BATCH3 (68 excerpts, 234 PHI spans, 318 keep-terms): recall PERSON/DATE/ID 0.727, all labels 0.692
  (PERSON 63/101, INSTITUTION 32/62, ADDRESS 11/13, ID 13/13, DATE 25/25, PHONE 11/13, AGE 2/2, EMAIL 4/4,
  URL 1/1); keep 0.984 (313/318); over-redaction 4.1% (8 false hits of 194 reported spans).

In all 195 excerpts (100 de, 78 en, 9 fr, 8 it), 709 PHI spans (PERSON 332, INSTITUTION 168, DATE 74,
ADDRESS 42, PHONE 35, ID 36, AGE 10, EMAIL 8, URL 4) and 882 keep-terms. The rules miss mostly names without
a cue and facilities without a keyword (lowest per-label recall): the classes this set is for.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

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


BATCH2: tuple[Snippet, ...] = (
    # --- DE ---
    _de("""{{Klinik}}: Z. n. {{Sigmaresektion}}, jetzt {{Hartmann-Situation}}.
{{Technik}}: {{CT Abdomen}}/{{Becken}} nach rektaler {{Gastrografin}}-Gabe.
{{Befund}}: {{Rektumstumpf}} dicht. Keine {{Anastomoseninsuffizienz}}.
Verlegt aus dem [[INSTITUTION:Agaplesion Markus Krankenhaus]] zur Übernahme durch [[PERSON:Thorsten Ilgen]]."""),
    _de("""{{Kopf}}/{{Hals}}: unauffällig.
{{Brust}}: {{Herd}} im rechten oberen Quadranten, 9 mm, {{BI-RADS 4b}}.
{{Axilla}}: kein suspekter {{Lymphknoten}}.
Stanzbiopsie geplant; Termin über Frau [[PERSON:Kowalski]] im Sekretariat, [[PHONE:030 2311-4187]]."""),
    _de("""Überweisungsschein | [[INSTITUTION:Orthopädie am Hauptbahnhof]] | LANR [[ID:381447201]] | BSNR [[ID:721128300]]
Versicherte/r: [[PERSON:Lehmkuhl, Birte]] | Vers.-Nr. [[ID:K839105722]] | geb. [[DATE:12.12.1982]]
Auftrag: {{MRT}} {{Knie}} links, V. a. {{Hoffa}}-Impingement, DD {{Plica}}."""),
    _de("""Sehr geehrter Herr [[PERSON:van der Merwe]],
bei Ihrem Sohn [[PERSON:Jonas]] ({{11 Jahre}}) zeigt das Röntgen des Kniegelenks einen {{Morbus Osgood-Schlatter}}.
{{Apophyse}} der {{Tuberositas tibiae}} fragmentiert.
Mit freundlichen Grüßen, Dr. med. univ. [[PERSON:Petra Marinković]]"""),
    _de("""Diktat: [[PERSON:AK]]/[[PERSON:bw]]   geschrieben: [[DATE:06.05.2024]]   freigegeben: [[PERSON:A. Kretschmann]]
{{Horn}}: Hinterhorn des Innenmeniskus mit horizontalem Riss.
{{Knorpel}}: {{Outerbridge}} II retropatellar."""),
    _de("""Verlauf: Der Patient war zuletzt {{2021}} in der [[INSTITUTION:Schön Klinik Bad Aibling]] zur Reha.
Jetzt {{MRT}} {{Schädel}}: {{Glioblastom}} rechts frontal, {{RANO}}: {{Progress}}.
Ehefrau [[PERSON:Gülşen Arslan]] wurde über den Befund durch [[PERSON:Felix Brodersen-Maaß]] informiert."""),
    _de("""{{Lymphknoten}}:
{{mediastinal}} 4R 14 mm, 7 11 mm ({{Se 5}}/{{Bi 88}})
{{hilär}} beidseits unauffällig
{{Knochen}}: Keine Osteolysen. {{Keilwirbel}} {{BWK 8}}, alt.
Zweitmeinung: [[INSTITUTION:Asklepios Klinik Barmbek]], Frau Prof. [[PERSON:Ingrid Aßmann]]."""),
    _de("""Absender: [[INSTITUTION:Radiologie Nordstadt]] – [[ADDRESS:Lister Meile 61, 30161 Hannover]] – [[URL:www.radiologie-nordstadt.de]]
Empfänger: [[PERSON:Ole Petersen]], [[INSTITUTION:Hausarztzentrum List]]
{{Sonographie}} {{Schilddrüse}}: {{TI-RADS 3}}, {{Hashimoto}}-typisches Echomuster."""),
    _de("""{{Zuweiser}}: Notaufnahme
{{Angehörige}}: keine bekannt
{{Kostenträger}}: {{BG}}-Fall, Unfall am [[DATE:28.02.2024]] bei der Firma [[INSTITUTION:Spedition Haberland]]
{{Röntgen}} {{Fuß}} links: {{Jones}}-Fraktur der {{Metatarsale V}}-Basis."""),
    _de("""[[PERSON:Wang Xiaoming]] ({{Gastwissenschaftler}}) hat die {{Perfusionsmessung}} ausgewertet.
{{CT-Perfusion}}: {{Penumbra}} 58 ml, {{Kern}} 12 ml. {{Mismatch-Ratio}} 4,8.
Thrombektomie in der {{Neuroradiologie}}; Angehörige (Bruder [[PERSON:Wang Lei]]) telefonisch informiert."""),
    _de("""Befundkopie per Fax an [[INSTITUTION:Praxis Dres. Albers, Yıldız und Partner]], [[PHONE:0221 93 47 11-9]]
sowie an das [[INSTITUTION:Pflegezentrum Haus Rheinblick]].
{{Thorax}} liegend: {{ZVK}} über die {{V. jugularis interna}} rechts, Spitze im {{Vorhof}}."""),
    _de("""{{Station}}: {{Kardiologie}} 3 | {{Zimmer}} 314
[[PERSON:Schulze-Ebbinghaus, Wilhelm]] | [[DATE:14.01.1938]] | PID [[ID:00318842]]
{{TAVI}}-Planung: {{Anulus}} 24 mm, {{Koronarabgänge}} 13/15 mm. Zugang {{A. femoralis}} rechts möglich."""),
    _de("""Die {{MRT}} wurde in der [[INSTITUTION:Paracelsus-Klinik Golzheim]] ({{Ingenia Elition}}) angefertigt und uns von Dr. [[PERSON:Sven Rademacher]] zur Zweitbefundung übersandt.
{{Achillessehne}}: Partialruptur, {{Kager}}-Fettkörper ödematös."""),
    _de("""Teilnehmer {{Neuroonkologisches Board}}:
[[PERSON:Hollmann]], [[PERSON:Reichert]], [[PERSON:Mahmoudi]], [[PERSON:Engelhardt-Vu]], [[PERSON:Oyelaran]]
Fall 3: [[PERSON:Kaya, Serkan]] – {{Meningeom}} {{WHO Grad 1}}, Kontrolle in 12 Monaten."""),
    _de("""{{Magen}}: unauffällig. {{Duodenum}}: unauffällig.
{{Dünndarm}}: {{Meckel}}-Divertikel nicht abgrenzbar.
{{Kolon}}: {{Bauhin}}-Klappe lipomatös.
Untersucht auf Wunsch von [[PERSON:Elke Rauschenbach]] ({{Kindergastroenterologie}}) bei [[PERSON:Lea]], {{9 J.}}"""),
    _de("""Pflegeüberleitung: [[INSTITUTION:Diakoniestation Sankt Jakobi]], Ansprechpartnerin Schwester [[PERSON:Irmgard Lübbers]]
Patientin [[PERSON:Edeltraut Kampmann]], [[AGE:96]] Jahre, [[ADDRESS:Mühlenstraße 22, 26871 Papenburg]]
{{Thorax}}: {{Stauung}}, {{Pleuraerguss}} beidseits."""),
    # --- AT ---
    _de("""[[INSTITUTION:AUVA-Unfallkrankenhaus Lorenz Böhler]]
Pat.: [[PERSON:Hödl Manfred]], geb. [[DATE:3.4.1961]], SVNr. [[ID:1583 030461]]
{{Röntgen}} {{Schulter}} rechts: {{ACG-Sprengung}} {{Rockwood}} III.
Gez. Primarius Dr. [[PERSON:Ferenc Horváth]]"""),
    _de("""{{Zuweisung}} durch [[INSTITUTION:Klinik Ottakring]] ({{Abteilung für Innere Medizin}})
Vorbefund: [[INSTITUTION:Röntgeninstitut Dr. Kuchler]], [[DATE:11/2022]]
{{Hals}}: {{Struma nodosa}}, {{Schilddrüse}} rechts 28 ml. {{Trachea}} nicht eingeengt."""),
    _de("""Befundübermittlung an Frau Mag. [[PERSON:Ursula Grünberger]] (Sachwalterin), [[ADDRESS:Linzer Gasse 14, 5020 Salzburg]]
{{CT}} {{Thorax}}: {{Emphysem}} {{zentrilobulär}}, Rundherd {{Segment 6}} links, 6 mm.
{{Fleischner}}: Kontrolle in 6-12 Monaten."""),
    _de("""Vidierender Facharzt: OA Dr. [[PERSON:Tomasz Wiśniewski]]
Assistenzärztin: Dr. [[PERSON:Lena Thaler-Auer]]
{{Bildgebung}}: {{MRT}} {{HWS}} ({{T1}}, {{T2}}, {{STIR}}); {{Myelopathie}} {{C4/5}}.
Kontrolle im [[INSTITUTION:Tauernklinikum Zell am See]]."""),
    _de("""{{Nebennieren}}: beidseits schlank.
{{Nieren}}: rechts {{Wilms}}-Tumor ausgeschlossen, {{Zyste}} {{Bosniak I}}.
Mutter [[PERSON:Sabine Gruber-Pötzl]], Vater [[PERSON:Ahmet Pötzl]]; beide anwesend.
Befund an [[INSTITUTION:St. Anna Kinderspital]]."""),
    _de("""Rückfragen unter [[PHONE:+43 732 7676-4510]] oder [[EMAIL:radiologie.sekretariat@ooeg.at]]
Pat. [[PERSON:Leopoldine Aichinger]] lebt im [[INSTITUTION:Seniorenwohnhaus Haid]], [[ADDRESS:Haider Straße 3, 4053 Ansfelden]].
{{Sprunggelenk}}: {{Weber B}}-Fraktur."""),
    _de("""Untersuchung im [[INSTITUTION:Hartmannspital]] am [[DATE:14. Mai]]; Befund durch DDr. [[PERSON:Clemens Tschurtschenthaler]].
{{Mammasonographie}}: {{BI-RADS 2}}, einfache Zysten.
{{Screening}} im {{BKFP}} in 2 Jahren."""),
    # --- CH de ---
    _de("""[[INSTITUTION:Bethesda Spital Basel]] – {{Radiologie}}
Zuweisung: [[PERSON:Mirjam Zwahlen-Studer]], [[INSTITUTION:Frauenpraxis Aeschenplatz]]
{{Feinnadelpunktion}} der {{Schilddrüse}}: Zytologie {{Bethesda III}}.
Empfehlung: Wiederholung in 3 Monaten."""),
    _de("""Patientenetikette:
[[PERSON:Brügger Hans-Ulrich]]
[[ADDRESS:Bahnhofstrasse 27, 8580 Amriswil]]
[[DATE:06.10.1949]] M
Fall-Nr. [[ID:41882930]]
{{Hüfte}} links: {{Hüft-TP}} ({{Zweymüller}}-Schaft), kein {{Lysesaum}}."""),
    _de("""Telefonische Mitteilung an den Hausarzt [[PERSON:Ueli Gerber]] ([[INSTITUTION:Praxis Schlossberg]]) am [[DATE:19.03.2024]], 17:05.
{{Lungenembolie}} segmental rechts. {{RV/LV}}-Ratio 0,8.
Weiterbetreuung: [[INSTITUTION:LUKS Sursee]]."""),
    _de("""Aufgeboten via [[INSTITUTION:Medbase Winterthur Neuwiesen]]
Bericht an: [[INSTITUTION:Schulthess Klinik]], PD Dr. [[PERSON:Adrian Meili]]
{{MR-Arthrographie}} {{Hüfte}}: {{Cam}}-Deformität, {{Alpha-Winkel}} 68°, {{Labrum}} anterosuperior eingerissen."""),
    _de("""Zusammenfassung {{Tumorboard Thorax}} [[INSTITUTION:KSSG]]
Anwesend: [[PERSON:Früh]], [[PERSON:Cathomas]], [[PERSON:Rothermundt]], [[PERSON:Baumgartner-Lanz]]
{{NSCLC}} {{cT2a cN2}}, {{EGFR}} negativ; {{Durvalumab}} nach Radiochemotherapie."""),
    _de("""[[PERSON:Beat Inauen]], Spitex-Mitarbeiter, begleitet den Patienten.
Patient: [[PERSON:Josef Fässler]], [[AGE:90]]-jährig, wohnhaft [[ADDRESS:Hauptgasse 5, 9050 Appenzell]].
{{Becken}}: {{Schambeinastfraktur}} rechts. {{Sakrum}}: {{Insuffizienzfraktur}} ({{Honda}}-Zeichen)."""),
    # --- CH fr ---
    _fr("""[[INSTITUTION:HUG]] – {{Service de radiologie}}
Demandeur: Dr [[PERSON:Karim Benhamou]], {{Urgences}}
Patient: [[PERSON:DA SILVA FERREIRA, João]], [[DATE:22.01.1975]], n° [[ID:11827734]]
{{CT cérébral}}: pas d'hémorragie. {{ASPECTS}} 10."""),
    _fr("""Le {{scanner}} ({{Revolution Apex}}) montre une {{pancréatite}} {{Balthazar}} D; score d'{{Atlanta}}: modérément sévère.
Information donnée à son épouse, Mme [[PERSON:Chantal Rossier]], [[PHONE:021 614 32 07]].
Transfert prévu à la [[INSTITUTION:Clinique de La Source]]."""),
    _fr("""Destinataires: Dr [[PERSON:Laurence Monnier]], [[INSTITUTION:Centre médical de Cressy]]; [[INSTITUTION:Réseau Santé Valais]]
{{Pouce}} droit: lésion de {{Stener}} du {{ligament collatéral ulnaire}}.
Signé: [[PERSON:Anne-Sophie Jaquier]]"""),
    # --- CH it ---
    _it("""Richiedente: [[PERSON:Sandro Pellandini]], [[INSTITUTION:Clinica Sant'Anna]], [[ADDRESS:Via Sant'Anna 1, 6924 Sorengo]]
{{Ecografia addome}}: {{fegato}} steatosico, {{milza}} nei limiti.
{{Colecisti}}: calcolo di 15 mm, segno di {{Murphy}} negativo."""),
    _it("""Paziente [[PERSON:LA ROSA, Carmela]], anni [[AGE:93]], ospite della [[INSTITUTION:Casa Anziani Girasole di Massagno]].
Contatto: nipote [[PERSON:Luca Del Piero]], [[PHONE:076 511 28 94]].
{{RX torace}}: {{versamento pleurico}} destro."""),
    _it("""{{Conclusioni}}: frattura di {{Monteggia}} tipo {{Bado I}} in bambino di {{7 anni}}.
Discusso con il dr. [[PERSON:Alessandro De Luca]] ({{ortopedia pediatrica}}, [[INSTITUTION:Ospedale San Giovanni Bellinzona]]).
Referto: [[PERSON:Chiara Fumagalli]], [[DATE:30.09.2023]]"""),
    # --- UK ---
    _en("""{{Lung MDT}} outcome [[DATE:18/04/2024]]
Present: [[PERSON:Gallacher]], [[PERSON:Oyewole]], [[PERSON:Fitzgerald]], [[PERSON:S Khan]], [[PERSON:M Khan]]
[[PERSON:DOUGLAS, Morag]] – {{Pancoast}} tumour with {{Horner}} syndrome; for {{PET-CT}} at [[INSTITUTION:The Christie]]."""),
    _en("""Referrer: self
GP: Dr [[PERSON:Owain Llewellyn]], [[INSTITUTION:Bryn Teg Medical Practice]], [[ADDRESS:Stryd Fawr, Bala LL23 7AE]]
{{DEXA}} ({{Hologic Horizon}}): {{T-score}} -2.8 at {{L1-L4}}, {{FRAX}} major 21%."""),
    _en("""I have spoken to her partner, [[PERSON:Jamie Holt]], who is her named carer, and to the {{district nurse}}.
Patient: [[PERSON:Ngozi Eze-Campbell]]   MRN: [[ID:RX0448213]]
{{Abdominal X-ray}}: {{coffee bean sign}} – {{sigmoid volvulus}}."""),
    _en("""Thank you for this referral from the [[INSTITUTION:Marie Curie Hospice, Penarth]].
{{MRI whole spine}}: {{metastatic cord compression}} at {{T6}}. {{Bilsky}} 3.
Dr [[PERSON:Nkem Obi]] ({{acute oncology}}) and [[PERSON:Rowan McKenzie]] (spinal surgery, [[INSTITUTION:UHW]]) informed."""),
    _en("""{{Impression}}:
1. {{Jefferson fracture}} of {{C1}}.
2. {{Hangman's fracture}} not present.
Findings communicated to [[PERSON:Priya Raghunathan]] (ED registrar) at 02:14 on the [[DATE:9th]]."""),
    _en("""Reporting radiologist: [[PERSON:S. J. Ó Súilleabháin]], FRCR
Second reader: [[PERSON:Benedict Ashworth-Lyle]]
{{Mammography}}: {{M3}} calcification, right {{UOQ}}; recall to [[INSTITUTION:Nightingale Breast Centre]]."""),
    _en("""Transferred from [[INSTITUTION:Spire Bristol]] for {{interventional radiology}}.
{{Angiography}}: {{pseudoaneurysm}} of the {{gastroduodenal artery}}, coiled ({{Azur}} coils).
Husband ([[PERSON:Declan Murray]]) waiting in the {{relatives' room}}."""),
    _en("""Clinic letter
Re: [[PERSON:Bartholomew Finch]], DOB [[DATE:2 August 1950]], [[ADDRESS:Flat 3, 19 Gorse Hill Road, Swindon SN2 1HQ]]
{{Gardner syndrome}} surveillance: {{desmoid}} in the {{rectus abdominis}} stable."""),
    _en("""Ward 22 handover ([[PERSON:Ferreira]] → [[PERSON:Lim]]):
- Mrs [[PERSON:Abena Mensah]]: {{CT KUB}} done, {{PUJ}} stone 8 mm.
- Bed 6: awaiting {{MRCP}}.
{{Lynch syndrome}} patient in bed 9 for {{CT colonography}}."""),
    _en("""Next of kin: [[PERSON:Tariq Mahmood]] (brother) – [[PHONE:0161 496 0732]]
Registered GP practice: [[INSTITUTION:Cheetham Hill Medical Centre]]
{{Chest radiograph}}: right {{upper lobe}} collapse with {{Golden S sign}}."""),
    _en("""{{Technique}}: {{NAEOTOM Alpha}} photon-counting CT, {{CTCA}}.
{{Agatston}} score 212. {{CAD-RADS}} 3.
Requested by [[PERSON:Sunil Varghese]] (cardiology, [[INSTITUTION:Royal Brompton]])."""),
    # --- US ---
    _en("""RE: [[PERSON:Thornton, Abigail M.]]
DOB: [[DATE:04/19/1962]]   ACCT: [[ID:300-882-4419]]
FROM: [[INSTITUTION:Shady Grove Radiology]] - [[ADDRESS:9711 Medical Center Dr, Rockville, MD 20850]]
{{Bone scan}}: {{superscan}} pattern."""),
    _en("""Care team: [[PERSON:Maria Fernanda Ocampo]], MD (attending); [[PERSON:Devon O'Rourke]], DO (fellow); [[PERSON:Ashley Tran]], RN
Facility: [[INSTITUTION:Nemours Children's]]
{{Neonatal head ultrasound}}, {{DOL 4}}: {{germinal matrix}} hemorrhage {{grade I}}."""),
    _en("""The patient states she had a mammogram at [[INSTITUTION:SimonMed]] last year.
{{Digital breast tomosynthesis}}: {{BI-RADS 0}}; recall for {{spot compression}}.
Patient portal: [[URL:https://mychart.honorhealth.com]]"""),
    _en("""Tumor board ([[DATE:05/21/2024]]) attendees: [[PERSON:Goldberg]], [[PERSON:Ruiz-Castañeda]], [[PERSON:Kapoor]], [[PERSON:Svensson]], [[PERSON:Huang]]
[[PERSON:BROOKS, TERRENCE]]: {{HCC}}, {{LI-RADS 5}}, within {{Milan criteria}}; list for transplant at [[INSTITUTION:Piedmont]]."""),
    _en("""Emergency contact: [[PERSON:Lucille Barnes]] (mother) [[PHONE:(601) 555-0184]] ext. [[PHONE:22]]
Home address: [[ADDRESS:417 Magnolia St, Hattiesburg, MS 39401]]
{{Sickle cell}} patient with {{acute chest syndrome}}; {{H-shaped vertebrae}}."""),
    _en("""FINDINGS:
HEART: Normal size.
LUNGS: {{Bibasilar}} atelectasis.
BONES: {{Chance fracture}} of {{L1}}.
Discussed with Trauma PA [[PERSON:Kyle Zimmerman]]."""),
    _en("""The {{Watchman FLX}} device is well seated; no {{peri-device leak}} on {{cardiac CT}}.
Implanted in [[DATE:March 2023]] at [[INSTITUTION:Sentara Norfolk General]] by [[PERSON:Babajide Ogunleye]], MD.
Follow-up per {{Heart Rhythm}} clinic."""),
    _en("""INDICATION: {{68 y/o}} M with hematuria. Ref: [[PERSON:Sato, Yuki]] MD (urology)
{{CT urogram}}: {{Bosniak}} IV mass, left kidney, 3.4 cm.
cc: [[INSTITUTION:Kaiser Permanente San Jose]]; [[PERSON:Hiroshi Tanaka]] (PCP)"""),
    _en("""Previous outside MRI ([[INSTITUTION:Bay Imaging]]? per patient) not available.
Patient: [[PERSON:Leilani Kahananui]], [[ADDRESS:94-1021 Waipahu St, Waipahu, HI 96797]]
{{MRI knee}}: {{bucket-handle}} tear, {{double PCL sign}}. {{Pellegrini-Stieda}} ossification."""),
    _en("""Hospice: [[INSTITUTION:Heartland Hospice]] - nurse [[PERSON:Tamika Odom]] [[PHONE:937-555-0126]]
Pt [[AGE:98]] yo F, [[PERSON:Evelyn Schaefer]]
{{Portable chest}}: {{Port-A-Cath}} tip in {{SVC}}. Right {{pleural effusion}}, moderate."""),
    _en("""Addendum ([[DATE:11/02/2023]] 16:22): findings of {{Sister Mary Joseph}} nodule and {{Krukenberg}} tumors were called to Dr. [[PERSON:Vanessa Hollingsworth]], {{gyn onc}}.
Original report by [[PERSON:Ravi Subramanian]]."""),
    _en("""Order #: [[ID:ORD-55102398]]   Visit: [[ID:V000281734]]
Patient: [[PERSON:NGUYEN, VAN THANH]]
Ordering Provider: [[PERSON:PATRICIA A. HOLLOWAY-REYES]], APRN
Location: {{ED}} [[INSTITUTION:Memorial Hermann Sugar Land]]
{{CT head w/o}}: No acute intracranial abnormality."""),
    _de("""{{Tagesliste}} {{MRT}} 2 ({{Skyra}})
| Name | Geb. | Untersuchung | Befunder |
| [[PERSON:Szymański, Olga]] | [[DATE:04.07.1990]] | {{MRT Becken}} | [[PERSON:Heitmann]] |
| [[PERSON:Ouédraogo, Idrissa]] | [[DATE:23.11.1968]] | {{MRT Leber}} mit {{Primovist}} | [[PERSON:Heitmann]] |
| [[PERSON:Baumann, Elfriede]] | [[DATE:09.02.1933]] | {{MRT Schädel}} | [[PERSON:Sauerbrey]] |"""),
    _en("""Thank you for this referral.
[[PERSON:Jonathan Ebo Mensah-Attah]], MD
{{Diagnostic Radiology}} | [[INSTITUTION:Lakeshore Radiology Associates]]
[[ADDRESS:1200 N. Lake Shore Dr, Suite 210, Chicago, IL 60610]] | P: [[PHONE:312-555-0148]] | F: [[PHONE:312-555-0149]]"""),
    _en("""Referral from [[INSTITUTION:Northwick Park]] A&E: [[PERSON:PATEL Hemant Kumar]], [[DATE:17/09/1979]]
{{US abdomen}}: {{gallbladder}} wall 5 mm, {{pericholecystic fluid}}; {{Tokyo Guidelines}} grade I cholecystitis.
Scan performed by [[PERSON:Bernadette Oduya]], {{sonographer}}; verified by [[PERSON:Anjali Joshi]]."""),
    _de("""Konsiliarbefund für das [[INSTITUTION:Krankenhaus Göttlicher Heiland]], {{Interne}} 2
Patientin [[PERSON:Hermine Pospíšil]], SVNr. [[ID:2291 150837]], wohnhaft [[ADDRESS:Dornbacher Straße 20, 1170 Wien]]
{{Abdomen}}-Leeraufnahme: {{Ileus}}, {{Spiegelbildung}} im {{Dünndarm}}."""),
    _de("""Ärztliche Leitung: [[PERSON:Simone Inderbitzin]]   Leitende Ärztin: [[PERSON:Nadja Vuilleumier]]
[[INSTITUTION:Radiologie Schärenmoos]] · [[ADDRESS:Thurgauerstrasse 34, 8050 Zürich]] · [[URL:www.radiologie-schaerenmoos.ch]]
{{CT}} {{Nasennebenhöhlen}}: {{Lund-Mackay}} 9, {{Haller}}-Zelle links."""),
    _en("""He was seen by [[PERSON:Rebecca]] from {{PT}} and by {{social work}}; his daughter [[PERSON:Ana Lucía Gómez]] will pick him up.
{{X-ray}} of the left hip: {{Garden IV}} femoral neck fracture; {{Singh index}} 3."""),
)


BATCH3: tuple[Snippet, ...] = (
    # --- DE ---
    _de("""Von: [[PERSON:Katharina Vogel]] <[[EMAIL:k.vogel@klinikum-ernst-von-bergmann.de]]>
An: Sekretariat {{Radiologie}}
Betreff: Bilder von Herrn [[PERSON:Wolf]] aus dem [[INSTITUTION:Klinikum Ernst von Bergmann]]
Bitte die {{CT}}-Serie vom [[DATE:2.2.2024]] ({{Se 4}}, {{Bild 120-180}}) ins {{PACS}} importieren."""),
    _de("""{{Beurteilung}}:
{{Morbus Köhler II}} am {{Metatarsale II}}-Köpfchen.
Rücksprache mit Frau [[PERSON:Köhler-Brandt]] ({{Orthopädie}}) erfolgt; Befund an [[INSTITUTION:Orthopädische Gemeinschaftspraxis Kaiserplatz]]."""),
    _de("""{{Sprunggelenk}} rechts in 2 Ebenen:
{{Weber C}}-Fraktur mit {{Maisonneuve}}-Komponente nicht ausgeschlossen, daher {{Unterschenkel}} ergänzt.
Mitgeteilt an Dr. [[PERSON:Weber]] (diensthabender {{Unfallchirurg}}) um 23:10.
Pat.: [[PERSON:Fuchs, Benedikt]], [[DATE:18.05.2001]]"""),
    _de("""{{Lymphom}}-Staging nach {{Ann Arbor}}: {{Stadium IIIB}}. Histologie nach {{Kiel}}-Klassifikation nicht mehr gebräuchlich.
Vorbefunde: [[INSTITUTION:Robert-Bosch-Krankenhaus]], [[DATE:Dezember 2022]].
Zuweisung durch [[PERSON:Gregor Nikolaidis]], [[INSTITUTION:Onkologische Schwerpunktpraxis Bad Cannstatt]]."""),
    _de("""Patient: [[PERSON:MÜLLER-LÜDENSCHEIDT, KARL-FRIEDRICH]]
Kostenträger: {{AOK}} | Vers.-Nr.: [[ID:M204918377]]
Einweiser: [[INSTITUTION:Carl-Thiem-Klinikum]], {{Klinik für Neurologie}}
{{CT-Angiographie}}: Verschluss {{M1}} links, {{Circulus Willisi}} sonst offen."""),
    _de("""{{Schilddrüse}}: regelrecht.
{{Mediastinum}}: keine {{Lymphadenopathie}}.
{{Lunge}}: {{Fleck}}förmige Verdichtung im {{Unterlappen}} rechts.
{{Pleura}}: frei.
{{Herz}}: normal groß.
Kopie: [[INSTITUTION:Pneumologische Praxis am Schlossgarten]], [[PERSON:Grzegorz Brzęczyszczykiewicz]]"""),
    _de("""Ein Bruder des Patienten, [[PERSON:Şükrü Öztürk]], brachte die CD aus der [[INSTITUTION:Radiologischen Gemeinschaftspraxis im Ärztehaus Mitte]] mit.
{{MRT}} {{Schulter}}: {{Goutallier}} 2, {{Patte}} 2, {{Tangentenzeichen}} positiv.
Sohn [[PERSON:Emre Öztürk]] bittet um Rückruf: [[PHONE:0157 3290 4418]]."""),
    _de("""{{Röntgen Thorax}} vom [[DATE:21.03.2024]], liegend, {{Intensivstation}} 2B.
{{Tubus}} 4 cm oberhalb der {{Carina}}. {{Magensonde}} im {{Magen}}. {{ZVK}} rechts jugulär.
{{Impella}} in situ. Befund an [[PERSON:Jan-Hendrik Wübbenhorst]] ({{Anästhesie}})."""),
    _de("""Fallbesprechung {{Morbidity & Mortality}}, Sitzung am [[DATE:10.04.2024]]
Vortragende: [[PERSON:Nele Osterkamp]]; Diskussion: [[PERSON:Ranjit Singh Bedi]], [[PERSON:Hanna Åkesson]]
Thema: verzögerte Diagnose einer {{Aortendissektion}} {{Stanford B}}."""),
    _de("""Sehr geehrte Frau Kollegin,
wir berichten über [[PERSON:Lina Ashkenazi]], geb. [[DATE:30.10.1997]], die am [[DATE:12.3.]] in unserer {{Notaufnahme}} vorstellig war.
{{Sonographie}}: {{Ovar}} rechts 6 cm, {{O-RADS}} 3, kein Hinweis auf {{Torsion}}.
Mit freundlichen Grüßen aus dem [[INSTITUTION:Jüdischen Krankenhaus Berlin]]"""),
    _de("""Wiedervorstellung im [[INSTITUTION:Bergmannsheil]] geplant.
{{Skaphoid}}-{{Pseudarthrose}} ({{Herbert D2}}), {{SNAC}} Stadium I.
Hausarzt: [[PERSON:Peter Schmitz-Ohlendorf]], [[ADDRESS:Castroper Str. 77, 44791 Bochum]], [[PHONE:0234 51 88 02]]"""),
    _de("""{{Wirbelsäule}}
{{HWS}}: {{Osteochondrose}} {{C5/6}} und {{C6/7}}.
{{BWS}}: {{Scheuermann}}-typische {{Schmorl}}-Knötchen {{Th 7-9}}.
{{LWS}}: {{Spondylolisthesis}} {{L5/S1}}, {{Meyerding}} I.
Zuweiser: Selbstzuweiser. Vorbefunde aus der [[INSTITUTION:Hessing Klinik]] liegen nicht vor."""),
    _de("""Befundbericht für [[PERSON:Nguyễn Văn Hùng]] (Dolmetscherin: Tochter [[PERSON:Trần Thị Mai]])
{{CT}} {{Abdomen}}: {{Leberzirrhose}}, {{Child-Pugh}} B, {{Aszites}}. {{HCC}} {{Segment VIII}}, {{LI-RADS}} 5.
Vorstellung [[INSTITUTION:Transplantationszentrum Großhadern]]."""),
    _de("""{{Technik}}: {{NAEOTOM Alpha}}, {{Dual Source}}, {{CTDIvol}} 3,1 mGy.
{{Kontrastmittel}}: {{Ultravist 370}}, 60 ml, {{Flow}} 5 ml/s.
{{MTRA}}: [[PERSON:Yvonne Sauerland]]
{{Befundender Arzt}}: [[PERSON:Cem Aydın]], [[INSTITUTION:Radiologie am Rechts der Isar]]"""),
    _de("""Die Patientin lebt seit {{2019}} im [[INSTITUTION:Wohnstift Augustinum Mölln]], Appartement 214.
Begleitung: Frau [[PERSON:Gisela Brandauer]] (Betreuerin).
{{Becken}}: {{Pfannendachfraktur}} links, {{Insuffizienzfraktur}} {{Os sacrum}}."""),
    _de("""{{Verteiler}}: {{Akte}}; [[PERSON:Heinz-Georg Oppermann]] ({{Hausarzt}}); [[INSTITUTION:Physiotherapie Rückgrat]]
{{Kopie an}}: –
{{Befund}}: {{Bandscheibenprotrusion}} {{L4/5}} mit {{Recessus}}-Einengung links."""),
    _de("""[[PERSON:Ayşe Karakaş]] | [[DATE:14.06.1986]] | w | [[ID:A-0091283]]
[[PERSON:Jürgen Lamprecht]] | [[DATE:29.02.1952]] | m | [[ID:A-0091290]]
[[PERSON:Olumide Adebayo-Fischer]] | [[DATE:07.01.2012]] | m | [[ID:A-0091301]]
Untersuchung: {{Röntgen Thorax}}; {{Befund}} folgt."""),
    _de("""Nachtrag vom [[DATE:08.07.2024]]: Laut Anruf von [[PERSON:Thea Krummacher]] ([[INSTITUTION:Hospiz am Stadtwald]]) ist die Patientin verstorben.
{{Indikation}} für {{Kontroll-CT}} entfällt."""),
    _de("""Klinische Angaben (Fr. Dr. [[PERSON:Paschke]], {{Frauenklinik}}): {{Mammakarzinom}} links, {{pT2 pN1}}.
{{Skelettszintigraphie}}: Mehrbelegung {{Rippe}} 6 rechts, wahrscheinlich posttraumatisch.
{{SPECT/CT}} ergänzend."""),
    _de("""[[INSTITUTION:Vivantes Auguste-Viktoria-Klinikum]] – {{Zentrum für Radiologie}}
Pat.-ID [[ID:11840023]] | Fall [[ID:2240019857]]
Untersuchung am [[DATE:13.11.2023]] um 07:42
{{MRT}} {{Prostata}}: {{PI-RADS}} 4 {{Transitionalzone}}."""),
    # --- AT ---
    _de("""[[INSTITUTION:Kepler Universitätsklinikum]], {{Zentrale Radiologie}}
{{Zuweisende Stelle}}: interne Anforderung
Pat.: [[PERSON:Nagy Ilona]], geb. [[DATE:15.09.1958]]
{{Röntgen}} {{Hand}} beidseits: {{Chondrokalzinose}} des {{TFCC}}, {{Bouchard}}-Arthrose."""),
    _de("""Die Kontrolle erfolgte im [[INSTITUTION:Rudolfinerhaus]] ({{MRT}}-Institut). Der Patient wird von seiner Lebensgefährtin [[PERSON:Vesna Kovačević]] begleitet.
{{Knie}}: {{Baker}}-Zyste 3 cm, {{Knorpelschaden}} {{ICRS}} 3."""),
    _de("""Sozialversicherung: {{ÖGK}} | SVNr [[ID:3318 240765]]
Patient: [[PERSON:Ebner-Eschenbach, Maximilian]]
Adresse: [[ADDRESS:Schloßbergplatz 2, 8010 Graz]]
{{Sonographie}} {{Abdomen}}: {{Cholezystolithiasis}}, {{Choledochus}} 5 mm."""),
    _de("""{{Befund}} fertiggestellt: Dr.in [[PERSON:Ana-Maria Popescu]]
Gegengelesen: OA [[PERSON:Thaddäus Pfeifenberger]]
{{Tumorboard}} [[INSTITUTION:LKH Villach]] am Donnerstag.
{{Prostata}}: {{PI-RADS}} 5, {{Samenblasen}} infiltriert."""),
    _de("""Kontakte laut {{ELGA}}: Tochter [[PERSON:Daniela Wieser]], [[PHONE:0676 830 22 19]]; Hausärztin [[PERSON:Renate Oberhuber-Kaltenegger]], [[INSTITUTION:Primärversorgungszentrum Enns]]
{{Schädel}}: {{Atrophie}}, {{Mikroangiopathie}} ({{Fazekas}} 3)."""),
    _de("""Verlegung an die [[INSTITUTION:Privatklinik Döbling]] auf Wunsch des Patienten [[PERSON:Konstantinos Georgiou]].
{{Abdomen}}: {{Divertikulitis}} {{Hansen-Stock}} IIb, {{Abszess}} 2 cm.
{{Drainage}} nicht erforderlich."""),
    _de("""{{Beckenübersicht}}: {{Coxarthrose}} beidseits.
{{Anamnese}} laut Frau [[PERSON:Frieda Lechner]] ([[AGE:101]] J.): Sturz im Bad.
Verlegt aus [[INSTITUTION:Pflegewohnhaus Donaustadt]].
Keine Fraktur."""),
    # --- CH de ---
    _de("""[[INSTITUTION:Universitätsklinik Balgrist]]
Auftraggeber: [[PERSON:Curdin Caduff]], [[INSTITUTION:Ospidal Engiadina Bassa]]
Patientin: [[PERSON:Men Caviezel-Pedrun]], [[DATE:11.11.1971]]
{{MRI}} {{LWS}}: {{Pfirrmann}} IV {{L4/L5}}, {{Modic}} II."""),
    _de("""Gemäss Angaben des Ehemannes ([[PERSON:Walter Zimmermann]]) sei die Patientin am [[DATE:14. Januar]] gestürzt.
{{CT}} {{Schädel}}: {{Kontusionsblutung}} frontal. Verlegung ins [[INSTITUTION:Triemli]].
Angemeldet durch [[PERSON:Petra Eggimann]], {{Notfallpflege}}."""),
    _de("""Bericht an: [[INSTITUTION:Hausarztpraxis Bären]], [[ADDRESS:Dorfplatz 1, 3115 Gerzensee]]
z.H. [[PERSON:Marianne Ryf]]
{{Sonographie}} {{Nieren}}: {{Angiomyolipom}} rechts 8 mm.
{{Harnblase}}: {{Detrusor}} 4 mm."""),
    _de("""{{Radiologie}} [[INSTITUTION:Spital Männedorf]] | Tel. [[PHONE:044 922 23 45]] | [[EMAIL:radiologie@spitalmaennedorf.ch]]
Untersuchung: {{Koloskopie}}-{{CT}} bei inkompletter {{Koloskopie}}
{{Boston Bowel Preparation Scale}} nicht anwendbar; {{Polyp}} im {{Sigma}} 9 mm."""),
    _de("""Nachkontrolle für [[PERSON:Tesfaye Bekele]] (Asylzentrum, Betreuer [[PERSON:Ruedi Steiner]]):
{{Thorax}}: {{Tuberkulose}} ausgeheilt, {{Ghon}}-Herd verkalkt.
Befund an [[INSTITUTION:Lungenliga Bern]]."""),
    # --- CH fr ---
    _fr("""Rapport radiologique – [[INSTITUTION:Hôpital Riviera-Chablais]], site de [[INSTITUTION:Rennaz]]
Demandé par: [[PERSON:Olivier Dubuis]], médecin assistant, {{Médecine interne}}
{{IRM}} {{lombaire}}: hernie discale {{L5-S1}}, conflit avec la racine {{S1}} gauche.
Copie: [[PERSON:Évelyne Perret-Gentil]], physiothérapeute."""),
    _fr("""{{Poumons}}: pas de foyer. {{Cœur}}: taille normale. {{Médiastin}}: sans particularité.
Entretien avec son mari, M. [[PERSON:Gilles Marchand]], et sa fille [[PERSON:Océane]].
Patiente vivant à l'[[INSTITUTION:EMS La Résidence des Marronniers]]."""),
    _fr("""[[PERSON:Ngoc Anh Pham]], médecin cadre
[[INSTITUTION:Centre d'Imagerie du Flon]] · [[ADDRESS:Voie du Chariot 6, 1003 Lausanne]]
{{Mammographie}} de dépistage: {{BI-RADS 1}}, densité {{ACR B}}."""),
    # --- CH it ---
    _it("""Paziente: [[PERSON:Quadri, Elio]], [[DATE:21.06.1944]]
Inviante: [[INSTITUTION:Studio medico Collina d'Oro]]
{{TC addome}}: {{aneurisma}} dell'{{aorta addominale}} di 5,4 cm. Inviato in {{chirurgia vascolare}} al [[INSTITUTION:Cardiocentro Ticino]]."""),
    _it("""Firmato elettronicamente da [[PERSON:Mattia Soldati-Rezzonico]] il [[DATE:3 aprile 2024]]
In copia: [[PERSON:Gianna Zanetti]] ({{medicina di famiglia}}); [[INSTITUTION:Clinica Luganese Moncucco]]
{{RM ginocchio}}: lesione del {{menisco mediale}}."""),
    _it("""La signora [[PERSON:Rosanna Buletti]] è accompagnata dal marito [[PERSON:Franco]].
Indirizzo: [[ADDRESS:Via ai Grotti 3, 6616 Losone]]
{{Ecografia}} {{tiroide}}: nodulo {{TI-RADS}} 4 nel lobo sinistro."""),
    # --- UK ---
    _en("""Dictated but not checked.
Typed by: [[PERSON:Shazia Anwar]] ({{medical secretary}}) [[DATE:22/03/2024]]
Consultant: Professor [[PERSON:Malcolm Sutherland]]
{{Barium swallow}}: {{Zenker's diverticulum}} 3 cm."""),
    _en("""Patient: [[PERSON:Guðrún Jónsdóttir]]   Hospital No: [[ID:RVI5521043]]   NHS: [[ID:601 223 4598]]
Referring clinician: [[PERSON:Fionnuala MacNamara]], {{respiratory}}
{{HRCT}}: {{UIP}} pattern; {{honeycombing}} in both {{lower lobes}}.
To be discussed at the {{ILD MDT}} at the [[INSTITUTION:Freeman]]."""),
    _en("""Following review at [[INSTITUTION:Frimley Park]], she was transferred to the [[INSTITUTION:John Radcliffe]] for {{thrombectomy}}.
{{CT perfusion}}: {{core}} 9 ml. {{NIHSS}} 14.
Next of kin: [[PERSON:Kieran Doherty]] (partner)."""),
    _en("""{{Kidneys}}: left {{staghorn calculus}}. {{Ureters}}: not dilated. {{Bladder}}: normal.
Report for GP: Dr [[PERSON:Anand Wickramasinghe]], [[INSTITUTION:Maple Leaf Surgery]], [[ADDRESS:9 Church Street, Ashby-de-la-Zouch LE65 1AB]]"""),
    _en("""Outside imaging from the [[INSTITUTION:London Clinic]] ([[DATE:Nov 2023]]) reviewed at the request of Ms [[PERSON:Oyinkansola Bello-Harris]].
{{MRI pelvis}}: {{endometrioma}} 4 cm, {{Kissing ovaries}} sign."""),
    _en("""Radiographer comment: pt unable to weight-bear.
Clinical: fall from ladder.
Requested by: ANP [[PERSON:R. McLeod]]
{{Calcaneus}}: {{Böhler's angle}} 12°, {{Gissane}} angle widened. {{Lisfranc}} joint intact."""),
    _en("""[[PERSON:Bishop]] ({{paediatric radiology}}) reviewed the images with [[PERSON:Marsh]] ({{gastroenterology}}).
{{Marsh 3}} on biopsy; {{Bishop score}} not relevant here.
{{Small bowel}} {{MRI}}: normal. Child {{6 years old}}."""),
    _en("""CC list:
[[PERSON:Abdulrahman Al-Shammari]], Consultant Urologist, [[INSTITUTION:Royal Free]]
[[INSTITUTION:Macmillan]] {{Key Worker}} team
{{MRI prostate}}: {{PI-RADS}} 3, {{PSA density}} 0.14."""),
    _en("""Her daughter-in-law, [[PERSON:Wendy Pargeter]], accompanied her from [[INSTITUTION:Oakleigh Grange Nursing Home]].
Patient aged [[AGE:95]]. {{Hip}} X-ray: {{intertrochanteric}} fracture, {{AO 31-A2}}.
Contact: [[PHONE:01902 555 884]]"""),
    _en("""Audit sample {{2022}}: scans reviewed by [[PERSON:Harriet Lockwood]] and [[PERSON:Akinola Fashola]].
{{Canadian CT Head Rule}} applied in 91% of cases; {{NICE}} CG176 compliance 88%.
No patient identifiers recorded."""),
    # --- US ---
    _en("""Patient Name: [[PERSON:García Fernández, María José]]
MRN: [[ID:MGH-8803172]]   DOB: [[DATE:09/09/1979]]
Referring: [[PERSON:Choi Seo-yeon]], MD, [[INSTITUTION:Mass General Brigham]]
{{MRI breast}}: {{BI-RADS 6}}, known {{invasive ductal carcinoma}}."""),
    _en("""Procedure performed at [[INSTITUTION:Mayo Clinic Rochester]].
{{CT enterography}}: {{Crohn}} disease, {{Mayo score}} not applicable (colonoscopic).
Results sent to [[PERSON:Courtney Jo Vanderbilt]], NP, [[EMAIL:cvanderbilt@northfieldgi.com]]."""),
    _en("""Mechanical {{St. Jude Medical}} aortic valve and {{MitraClip}} noted.
{{Sternotomy}} wires intact. {{Pacemaker}} ({{Medtronic Azure}}) with leads in the {{RA}} and {{RV}}.
Ordering physician: [[PERSON:Felipe dos Santos]]; read by [[PERSON:Chukwuemeka Nwosu]], MD."""),
    _en("""Discussed with patient's wife, [[PERSON:Joanne Young]], at bedside.
{{Young patient}} with {{Marfan syndrome}}; {{aortic root}} 4.6 cm at the {{sinuses of Valsalva}}.
Follow-up at [[INSTITUTION:Johns Hopkins]] {{Marfan}} clinic."""),
    _en("""STAT READ – called to [[PERSON:Tessa]] in {{CT}} ([[PHONE:x4-7781]]).
{{Free air}}, {{Rigler sign}}. Likely {{perforated viscus}}.
Patient: [[PERSON:Hunter, Mason J.]]   Age: {{27}}"""),
    _en("""FACILITY: [[INSTITUTION:Inova Fairfax]]
ADDITIONAL CC: [[PERSON:Roshni Deshpande]], MD; [[PERSON:Bo-Ra Kang]], PA; [[INSTITUTION:Quest Diagnostics]]
{{CTA chest}}: no {{PE}}. {{Incidental}} {{thyroid nodule}}, 1.2 cm: {{ACR}} {{TI-RADS}} guidance."""),
    _en("""[[PERSON:Frank Stone]] is a {{56-year-old}} male with {{frank hematuria}}.
{{CT urogram}}: filling defect in the right {{renal pelvis}}. {{Staghorn}} not present.
Referred by [[INSTITUTION:Advocate Aurora Urology]]."""),
    _en("""Mailing address on file: [[ADDRESS:PO Box 4471, Bozeman, MT 59772]]
Phone: [[PHONE:406.555.0137]]
{{Ultrasound}} {{right upper quadrant}}: {{sonographic Murphy sign}} positive.
Interpreted by [[PERSON:Willa Ravenscroft]], MD"""),
    _en("""Transfer note: arrived from [[INSTITUTION:Holy Cross]] via {{Life Flight}}.
{{Pan-scan}}: {{Grade IV}} splenic laceration ({{AAST}} 2018), {{pelvic binder}} in place.
Trauma attending: [[PERSON:Oluwaseun Adeyemi]]; resident: [[PERSON:Brett Kowalski]]."""),
    _en("""PEDS: [[PERSON:Emma Rose Winters]], {{8 mo}}
Parent/guardian: [[PERSON:Summer Winters]] [[PHONE:(208) 555-0161]]
{{Upper GI}}: normal {{ligament of Treitz}} position; no {{malrotation}}."""),
    _en("""{{Impression}}: {{Tc-99m}} {{sestamibi}} shows a left inferior {{parathyroid adenoma}}.
Surgeon: [[PERSON:Devika Raman-Holt]] at [[INSTITUTION:Henry Ford West Bloomfield]]
Copy to [[PERSON:Luis Alberto Quiñones]], MD (endocrinology)."""),
    _en("""ATTENDING: on file
REFERRING: ED triage
LOCATION: [[INSTITUTION:Christiana]] ED
{{Scaphoid}} series: no fracture. {{Terry Thomas sign}} absent.
Tech: [[PERSON:Dwayne Fontenot]]"""),
    _en("""History obtained from her son [[PERSON:Ibrahim Yusuf]] via {{interpreter}} (Somali).
{{Chest CT}}: {{tree-in-bud}}, {{cavitation}} right {{upper lobe}}. {{Airborne isolation}} recommended.
PCP: [[INSTITUTION:Cedar-Riverside People's Center]]"""),
    _en("""Prior imaging: [[INSTITUTION:Sloan]] ([[DATE:12/2022]]), [[INSTITUTION:NYU Langone]] ([[DATE:06/2023]])
{{RECIST 1.1}}: {{partial response}}. {{Target lesions}} sum 42 mm (prior 71 mm).
Oncologist: [[PERSON:Avraham Rosenzweig]]"""),
    _de("""[[INSTITUTION:Radiologisches Zentrum Sankt Gertrauden]] · [[ADDRESS:Paretzer Str. 12, 10713 Berlin]]
Tel. [[PHONE:030 8272-2350]] · Fax [[PHONE:030 8272-2359]] · [[URL:www.radiologie-gertrauden.de]]
Herrn Dr. med. [[PERSON:Aurelio Benedetti]], [[ADDRESS:Kurfürstendamm 210, 10719 Berlin]]
Ihr Patient: [[PERSON:Wojciech Zieliński]], geb. [[DATE:03.05.1966]]
{{Befund}}: {{Knie}} links, {{Gonarthrose}} {{Kellgren-Lawrence}} 2."""),
    _de("""[[INSTITUTION:Röntgeninstitut Meidling]] | [[ADDRESS:Meidlinger Hauptstraße 48, 1120 Wien]] | [[PHONE:01 813 44 90]]
Zuweiser: Dr. [[PERSON:Sanja Ilić]], [[INSTITUTION:Gruppenpraxis Tivoli]]
Patient: [[PERSON:Haslinger Rupert]], [[DATE:26.08.1949]], SVNr [[ID:7719 260849]]
{{DXA}}: {{T-Score}} -3,1 am {{Schenkelhals}}."""),
    _de("""Eintritt via [[INSTITUTION:Rettungsdienst Region Biel]]; Angehörige: Partnerin [[PERSON:Lara Schneeberger]], [[PHONE:079 881 40 12]]
Patient: [[PERSON:Rémy Gautschi-Nydegger]], [[ADDRESS:Seevorstadt 71, 2502 Biel/Bienne]], AHV [[ID:756.9911.2047.35]]
{{CT}} {{Thorax}}/{{Abdomen}}: {{Milzruptur}} {{AAST}} IV."""),
    _en("""Name: [[PERSON:ADEWALE, Folasade]]   DOB: [[DATE:11/02/1958]]   NHS: [[ID:721 334 9086]]
Address: [[ADDRESS:27 Birchfield Road, Handsworth, Birmingham B20 3JD]]
GP: Dr [[PERSON:Sarbjit Gill]], [[INSTITUTION:Soho Road Health Centre]]
{{Screening mammography}}: {{M1}}; routine recall."""),
    _en("""PATIENT CONTACTS
Spouse: [[PERSON:Gloria Benavides]]   Cell: [[PHONE:(915) 555-0109]]
Son: [[PERSON:Rudy Benavides Jr.]]   Email: [[EMAIL:rbenavides77@gmail.com]]
Address: [[ADDRESS:3308 Pershing Dr, El Paso, TX 79903]]
PCP: [[PERSON:Imelda Carrasco]], MD - [[INSTITUTION:Sun City Family Medicine]]
{{Low-dose CT}} for {{lung cancer screening}}: {{Lung-RADS}} 2."""),
    _en("""Seen at [[INSTITUTION:Shriners Children's Portland]] for follow-up.
{{Scoliosis}} series: {{Cobb}} angle 34°, {{Risser}} 2, {{12-year-old}}.
Parents [[PERSON:Mark]] and [[PERSON:Jenna Holloway]] present."""),
)

BATCHES: dict[str, tuple[Snippet, ...]] = {"BATCH1": BATCH1, "BATCH2": BATCH2, "BATCH3": BATCH3}
