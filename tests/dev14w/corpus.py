# ruff: noqa: E501
"""DEV / training corpus of the learned token tagger (issue 14, deid-dev14w): clinical running text.

Written by a new author for the tagger's training and for rule work on names and facilities, without reading
the scrubber, its docs, bench/, any held-out corpus or the excerpt texts of the other dev corpora. Short and
mid-length excerpts of clinical running text (findings, history, referral and transfer sentences) where PHI
hides among medical words: the patient, relatives, carers, interpreters, outside doctors, previous hospitals,
nursing homes, Spitex / home-care services, rehab clinics and GP practices, named with no title or label in
many shapes (South / East Asian, African, Arabic, Turkish, Balkan, Slavic, Romance, Celtic, Nordic,
Hispanic; double-barrelled, particles, initials, lower-case dictation, all caps), and facilities known only
by their name (saints, people, places, brands, abbreviations, Swiss cantonal and Austrian Landes- forms
written short). DE, AT, CH (German, French, Italian: about a fifth of the excerpts), UK and US habits.
Dense hard negatives are marked as keep-terms in the same sentences: eponymous signs, diseases, fractures and
classifications that are also surnames, capitalised German nouns, place-named classifications and
criteria, drug and device brands, scanner models, sequences, anatomy, departments, image references and
levels, young ages and bare years.

Markup as tests/curation/deid/text/corpus_de_en: ``[[LABEL:text]]`` is PHI, ``{{text}}`` a keep-term that
must survive. Titles and salutations are outside the span; a whole facility name is inside it (a practice
named only by its doctor keeps the doctor as PERSON). AGE marks only ages over 89 (the number). Labels:
PERSON, INSTITUTION, ADDRESS, DATE, PHONE, ID, AGE, EMAIL, URL. French / Italian Swiss excerpts carry lang
"fr" / "it".

This is training data, not a held-out set. Each batch was measured once, when written, with the scrubber
of that moment, rules only (tagger off, no spaCy layer), aggregates only (tests/dev14w/measure.py):

- BATCH1 (70 excerpts: 34 de, 22 en, 8 fr, 6 it; 254 PHI spans, 240 keep-terms): recall PERSON/DATE/ID
  0.823, all labels 0.791 (PERSON 84/111, INSTITUTION 42/65, DATE 42/44, ADDRESS 8/9, ID 9/9, PHONE 11/11,
  AGE 4/4, EMAIL 1/1); keep 0.996 (239/240); over-redaction 1.4% (3 false hits of 214 reported spans).
- BATCH2 (70 excerpts: 35 de, 21 en, 8 fr, 6 it; 288 PHI spans, 220 keep-terms): recall PERSON/DATE/ID
  0.819, all labels 0.753 (PERSON 100/129, INSTITUTION 25/57, DATE 52/58, ADDRESS 13/15, ID 11/12, PHONE
  11/11, AGE 4/5, EMAIL 1/1); keep 0.991 (218/220); over-redaction 0.9% (2 false hits of 229 reported spans).
- BATCH3 (70 excerpts: 35 de, 21 en, 8 fr, 6 it; 261 PHI spans, 237 keep-terms): recall PERSON/DATE/ID
  0.782, all labels 0.739 (PERSON 81/116, INSTITUTION 29/60, DATE 43/44, ADDRESS 14/14, ID 9/10, PHONE 11/11,
  AGE 5/5, EMAIL 1/1); keep 0.996 (236/237); over-redaction 1.5% (3 false hits of 197 reported spans).

In all 210 excerpts (104 de, 64 en, 24 fr, 18 it: French / Italian 20%), 803 PHI spans (PERSON 356,
INSTITUTION 182, DATE 146, ADDRESS 38, PHONE 33, ID 31, AGE 14, EMAIL 3) and 697 keep-terms. Summed over the
three single measurements: recall PERSON/DATE/ID 0.809 (431/533), all labels 0.761 (611/803; PERSON
265/356, INSTITUTION 96/182, DATE 137/146, ADDRESS 35/38, ID 29/31, PHONE 33/33, AGE 13/14, EMAIL 3/3);
keep 0.994 (693/697); over-redaction 1.3% (8 false hits of 640 reported spans). Facilities known only by
their name and names without a title or label are what the rules miss most: the classes this set is for.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

BATCH1: tuple[Snippet, ...] = (
    # --- DE / CH / AT ---
    _de("Zuweisung durch Dr. [[PERSON:Mehmet Öztürk]], [[INSTITUTION:Hausarztpraxis am Lindenplatz]], am [[DATE:03.04.2025]] bei seit {{2021}} bekannter {{Baker-Zyste}} und neuer Wadenschwellung; {{Duplexsonographie}} ohne Anhalt für {{TVT}}, Rückmeldung an Frau [[PERSON:Demir]] (MPA) unter [[PHONE:052 233 41 90]]."),
    _de("Frau [[PERSON:Thilini Jayasuriya]] wurde am [[DATE:14.02.2025]] aus dem [[INSTITUTION:Spital Limmattal]] übernommen; dort {{CT Abdomen}} mit {{Appendikolith}}, hier {{Appendix}} {{9 mm}} mit Wandhyperämie. Fall-Nr. [[ID:2025-004417]]."),
    _de("Herr [[PERSON:Besnik Shala]], bekannt aus der Sprechstunde von PD Dr. [[PERSON:Arben Krasniqi]] ({{Wirbelsäulenchirurgie}}) seit [[DATE:Oktober 2023]]. {{Meyerding Grad I}} {{L5/S1}}, {{Modic-Typ-II}}-Veränderungen der Deckplatte {{LWK 5}}."),
    _de("Frau [[PERSON:Gertraud Pichler-Wallner]], vorbehandelt im [[INSTITUTION:LKH Villach]] ({{Pauwels III}}-Schenkelhalsfraktur, {{DHS}} {{2022}}); jetzt zunehmende Schmerzen, V.a. {{Cut-out}} der Schenkelhalsschraube; Nachsorge durch OA [[PERSON:Wolfgang Url]] am [[DATE:9. Februar]]."),
    _de("Die Tochter, [[PERSON:Emina Hodžić-Begić]], begleitet die Patientin und übersetzt. Frau [[PERSON:Hodžić]] erhielt {{Dotarem}} ohne Unverträglichkeit, {{Gadolinium}}-Anreicherung im {{Segment VII}}."),
    _de("St. n. {{Whipple}}-OP im [[INSTITUTION:Claraspital]] [[DATE:03/2023]] bei {{Adenokarzinom}} des Pankreaskopfes; seither {{CA 19-9}} ansteigend, Frage nach {{Lokalrezidiv}}. Onkologe: Dr. [[PERSON:Tomáš Dvořák]], [[INSTITUTION:Onkozentrum Riehen]]."),
    _de("Herr [[PERSON:Yohannes Gebremariam]] lebt im [[INSTITUTION:Alterszentrum Sonnmatt]], Betreuung durch die [[INSTITUTION:Spitex Region Wil]]; Sturz am [[DATE:2. März 2025]], {{Becken}} a.p. ohne Frakturnachweis."),
    _de("pat. [[PERSON:hasanović]] kommt am [[DATE:7.5.]] auf zuweisung von dr [[PERSON:nguyen van thanh]] aus der [[INSTITUTION:gruppenpraxis zentrum wiedikon]], {{mrt}} knie re.: {{korbhenkelriss}} innenmeniskus, {{segond}}-fraktur nicht abgrenzbar."),
    _de("VORBEFUND [[INSTITUTION:KSBL LIESTAL]] VOM [[DATE:12.09.2024]] LIEGT VOR, ZUWEISERIN DR. [[PERSON:SENAIT TEKLE]]. RUNDHERD {{6 MM}} IM {{MITTELLAPPEN}}, NACH {{FLEISCHNER}} KEINE KONTROLLE NÖTIG. PID [[ID:10448273]]."),
    _de("Bei Frau [[PERSON:Ilse Cushing]] (*[[DATE:19.08.1958]]), Zuweisung durch die [[INSTITUTION:Endokrinologie Praxis Seefeld]], keine Nebennierenraumforderung; {{Cushing-Syndrom}} laborchemisch ausgeschlossen, {{Nebenniere}} links {{8 mm}} verdickt ohne Knoten."),
    _de("Der Ehemann, Herr [[PERSON:Dragan Petrović]], berichtet über zunehmende Vergesslichkeit. {{MPRAGE}} mit {{Hippocampusatrophie}} {{MTA 3}} beidseits, {{Fazekas 2}}. Termin {{Memory Clinic}} bei Dr. [[PERSON:Irina Sokolova]] am [[DATE:18.06.2025]]."),
    _de("Verlegung aus dem [[INSTITUTION:Triemli]] am [[DATE:21.11.2024]] nach {{EVAR}} ({{Gore Excluder}}); {{Endoleak Typ II}} aus einer {{Lumbalarterie}} {{L3}}. Operateur: Dr. [[PERSON:Ruairí Ó Dónaill]]."),
    _de("Dolmetscherin Frau [[PERSON:Mekdes Haile]] (Tigrinya) anwesend. Patient [[PERSON:Tesfay]] klagt über {{Hämoptysen}}; {{Kaverne}} im apikalen {{Oberlappen}} rechts, {{Tree-in-bud}}. Meldung an den Kantonsarzt, Isolation ab [[DATE:12.12.2024]]."),
    _de("Hausarzt: [[PERSON:Ravindran Sivakumar]], [[ADDRESS:Badenerstrasse 415]], [[ADDRESS:8004 Zürich]], Tel. [[PHONE:044 491 22 10]]. Indikation: {{Hämaturie}}, {{CT-Urographie}} am [[DATE:22.01.2025]]."),
    _de("Die Patientin ist im [[INSTITUTION:Pflegezentrum Eichhof]] wohnhaft und wird von ihrer Beiständin, Frau [[PERSON:Valbona Berisha]], begleitet. {{Dekubitus}} sakral mit {{Osteomyelitis}} des {{Os sacrum}}. Kontakt Beiständin: [[PHONE:+41 78 902 11 46]]."),
    _de("Status nach {{Hartmann-Operation}} im [[INSTITUTION:KSA]] [[DATE:Mai 2023]], jetzt Rückverlagerung geplant; Kontrasteinlauf mit {{Gastrografin}}: Rektumstumpf dicht. Operateur Dr. [[PERSON:Stefano di Stefano]]."),
    _de("Zugewiesen von Dr. med. [[PERSON:Katarzyna Wiśniewska]] aus dem [[INSTITUTION:Ärztezentrum Oerlikon]]. {{Schatzki-Ring}} im distalen Ösophagus, {{Hiatushernie}} {{3 cm}}. Kopie an [[EMAIL:k.wisniewska@aez-oerlikon.ch]]."),
    _de("Frau [[PERSON:Zeynep Arslan-Kaya]], geb. [[DATE:07.06.1961]], Vergleich mit [[INSTITUTION:MRI Bahnhofplatz]] vom [[DATE:08.01.2024]]: {{Hill-Sachs-Delle}} und {{Bankart}}-Läsion unverändert."),
    _de("Herr [[PERSON:Jakob Gmür]], nach Reha in [[INSTITUTION:Valens]] und Nachbetreuung durch [[INSTITUTION:Spitex Sarganserland]] jetzt erneut {{Gangunsicherheit}}; {{Normaldruckhydrozephalus}} mit {{Evans-Index}} {{0,34}}."),
    _de("Verlaufskontrolle bei bekanntem {{Morbus Bechterew}}; Vorbilder aus der [[INSTITUTION:Schulthess Klinik]] ({{2020}}), Rheumatologin Dr. [[PERSON:Annina Caflisch]]. {{Syndesmophyten}} {{BWK 9-12}}, {{Romanus-Läsion}} {{LWK 2}}."),
    _de("Die Enkelin [[PERSON:Lina Amrein]] der Patientin [[PERSON:Rosmarie Amrein-Kälin]] bringt die CD aus [[INSTITUTION:Hirslanden Aarau]] mit. {{Kienböck}} {{Stadium IIIa}} nach {{Lichtman}}, {{Os lunatum}} sklerosiert. Vorbefund vom [[DATE:15.11.2022]]."),
    _de("Befundbesprechung mit Herrn [[PERSON:Omar Ben Salah]] und seinem Bruder [[PERSON:Youssef]] am [[DATE:30.04.2025]]; {{Pancoast-Tumor}} links mit Infiltration der {{1. Rippe}}; Tumorboard [[INSTITUTION:KSSG]] am [[DATE:06.05.2025]]."),
    _de("Vorbestehend {{Sinding-Larsen-Johansson}} bei dem {{14-jährigen}} Fußballer; der Vater, [[PERSON:Björn Lindqvist]], wünscht Zweitmeinung bei Dr. [[PERSON:de Montmollin]]."),
    _de("Herr [[PERSON:Sutharsan Ponnuthurai]], [[PHONE:079 614 83 27]], bittet um Rückruf. {{Jones-Fraktur}} {{MT V}} ohne Dislokation, {{Os peroneum}} als Normvariante. Der Physiotherapeut [[PERSON:Marco Baumgartner]] ([[INSTITUTION:Physio Seetal]]) erhält eine Kopie."),
    _de("Übernahme von Herrn [[PERSON:Ardit Gashi]] am [[DATE:28.02.2025]] von der {{IPS}} des [[INSTITUTION:Spitals Bülach]]; {{Shaldon-Katheter}} in der {{V. jugularis interna}} rechts, Spitze im {{Cavoatrialen Übergang}}."),
    _de("Kontrolle bei {{Klatskin}}-Tumor {{Bismuth-Corlette IV}}, Stents ({{Wallstent}}) gelegt im [[INSTITUTION:Inselspital]] durch Prof. [[PERSON:Ahmad Al-Masri]] am [[DATE:19.03.2025]]. Patient [[PERSON:Wüthrich]] wünscht Kopie an [[INSTITUTION:Spitex Emmental]]."),
    _de("Frau [[PERSON:Li Mei Chen]], [[AGE:93]] Jahre, aus dem [[INSTITUTION:Seniorenzentrum Rosenau]]; {{Pneumonie}} im {{Unterlappen}} links, {{Kerley-B-Linien}} als Zeichen der Stauung. Rückfragen Sohn [[PERSON:Wei Chen]] [[PHONE:076 331 08 52]]."),
    _de("Mitbeurteilung der Voraufnahmen vom [[INSTITUTION:Kepler Uniklinikum]] ({{Magnetom Vida}}, [[DATE:17. Jänner 2025]]); {{Glioblastom}}, {{IDH}}-Wildtyp, {{RANO}}: stabile Erkrankung. Frau [[PERSON:Olena Shevchenko]] kommt wieder am [[DATE:20.03.2025]]."),
    _de("Ehefrau [[PERSON:Ayşe Yıldız]] meldet, dass ihr Mann [[PERSON:Hüseyin]] seit {{2019}} {{Xarelto}} einnimmt; Blutung im {{Nucleus lentiformis}} links, {{Spot Sign}} positiv. Übernahme in die {{Stroke Unit}} des [[INSTITUTION:LUKS]]."),
    _de("Zuweiser ist Dr. [[PERSON:Paweł Kowalczyk]] in Vertretung von Dr. [[PERSON:Gerhard Kunz]] ([[INSTITUTION:Gemeinschaftspraxis Rheinfelden]]). {{Weber B}} rechts, {{Syndesmose}} intakt. Unfall am [[DATE:01.06.2025]] in [[ADDRESS:Möhlin]]."),
    _de("Vom [[INSTITUTION:UKH Meidling]] übernommen, dort {{Tossy III}} diagnostiziert; Verlaufsaufnahme {{AC-Gelenk}} mit {{Rockwood}} {{Typ V}}, {{Coracoclaviculärer Abstand}} {{18 mm}}. Herr [[PERSON:Dominik Hofer-Rainer]], SVNR [[ID:1234 150389]]."),
    _de("Die Pflegefachfrau [[PERSON:Nathalie Zürcher]] der [[INSTITUTION:Spitex Uster]] meldet Fieber; {{PICC}}-Line links, {{Thrombus}} an der Katheterspitze in der {{V. subclavia}}. Patientin: [[PERSON:Verena Brunner]], [[ADDRESS:Zürichstrasse 88]], [[ADDRESS:8610 Uster]]."),
    _de("Sohn [[PERSON:Giorgos Papadopoulos]] ({{Ansprechperson}}) am [[DATE:10.10.2024]] informiert, Vater [[PERSON:Nikos Papadopoulos]] auf der {{Medizinischen Intensivstation}}. Bei {{Boerhaave}}-Verdacht Ösophagografie mit {{Iopamiro}}: kein Kontrastmittelaustritt."),
    _de("Seit {{2018}} regelmäßig in der Memory-Klinik des [[INSTITUTION:Felix Platter]]; {{Amyloid-PET}} ({{Vizamyl}}) positiv, {{Microbleeds}} im {{SWI}}. Zuweisende Neurologin: Dr. [[PERSON:Freyja Sigurðardóttir]]."),
    # --- EN (UK / US) ---
    _en("Referred by Dr [[PERSON:Oluwaseun Adeyemi]] of [[INSTITUTION:Riverside Medical Centre]] with a {{Colles}} fracture; {{dorsal angulation}} {{25 degrees}}, {{ulnar styloid}} intact. Injury on [[DATE:02/02/2025]], NHS no. [[ID:943 476 5919]]."),
    _en("Mr [[PERSON:Chukwuemeka Okonkwo]] was transferred from [[INSTITUTION:Good Samaritan]] on [[DATE:11/03/2024]] with suspected {{Boerhaave syndrome}}; {{pneumomediastinum}} confirmed; wife [[PERSON:Ngozi Okonkwo]] informed by Dr [[PERSON:Hamid Rezaei]]."),
    _en("His daughter, [[PERSON:Adaeze Nwosu]], acts as interpreter. {{Hampton hump}} in the right lower lobe, {{Westermark sign}} absent, {{CTPA}} shows {{saddle embolus}}. Patient: [[PERSON:Emmanuel Nwosu]], DOB [[DATE:14/07/1949]]."),
    _en("seen by dr [[PERSON:siobhan o'sullivan]] in clinic last week, previously under the [[INSTITUTION:royal free]]; {{cirrhotic morphology}}, {{LI-RADS 4}} nodule in {{segment VIII}}; pt [[PERSON:declan murphy]] to rv [[DATE:3rd april]]."),
    _en("Known to [[INSTITUTION:Ninewells]] respiratory team since {{2017}}; patient lives at [[INSTITUTION:Beech Lodge Care Home]] and is accompanied by carer [[PERSON:Morag MacLeod]]. {{Usual interstitial pneumonia}} pattern; Mr [[PERSON:Hamish Buchanan]], [[AGE:91]], declines {{bronchoscopy}}."),
    _en("Previous imaging from [[INSTITUTION:Addenbrooke's]] dated [[DATE:4 June 2023]] reviewed. {{Kellgren-Lawrence}} grade 3 medial compartment, {{Baker's cyst}} {{4 cm}}. Mr [[PERSON:Rajesh Patel]], hospital no. [[ID:RGT0048812]]."),
    _en("Patient [[PERSON:Priya Raghunathan]] ({{34-year-old}}) seen with her husband [[PERSON:Arjun Venkataraman]]; {{Bosniak IIF}} cyst in the left kidney, {{Siemens Naeotom Alpha}} photon-counting CT."),
    _en("Transferred from [[INSTITUTION:St. Luke's]] after {{TAVI}} ({{Edwards Sapien 3}}); {{pericardial effusion}} {{1.2 cm}}, no {{tamponade}} physiology. Cardiologist Dr [[PERSON:Maria José Gutiérrez]], pager [[PHONE:x4471]]."),
    _en("GP is Dr [[PERSON:Rhiannon Pryce]], [[INSTITUTION:Tŷ Gwyn Surgery]], [[PHONE:01248 370 112]]. {{Perthes}} disease of the left hip, {{Catterall}} group III in [[PERSON:Osian Pryce]], {{7-year-old}}."),
    _en("Outside MRI from [[INSTITUTION:Mass General]] ([[DATE:January 9, 2025]]) shows {{Chiari I}} with {{tonsillar ectopia}} of {{9 mm}}; {{syrinx}} {{C4-C7}}. Referred by [[PERSON:Kim Min-jun]], NP, [[INSTITUTION:Harborview Pediatrics]]."),
    _en("Pt [[PERSON:Guadalupe Hernández Ortega]], MRN [[ID:448812093]], here with sister [[PERSON:Ximena]]; {{Addison}} crisis excluded, {{adrenal hemorrhage}} bilaterally."),
    _en("Followed at [[INSTITUTION:Sloan]] for {{Hodgkin lymphoma}}; {{Deauville 2}} on interim {{PET-CT}}, {{Lugano}} complete metabolic response. Ms [[PERSON:Astrid Mikkelsen]], scan date [[DATE:2024-11-05]]."),
    _en("Discussed with Dr [[PERSON:Eero Virtanen]] (on-call {{neurosurgery}}) at [[INSTITUTION:Salford Royal]]: {{Hunt and Hess}} 2, {{modified Fisher}} 3, {{Acom}} aneurysm {{7 mm}}. Patient [[PERSON:Callum McAllister]] transferred [[DATE:12/01/2025]]."),
    _en("Mrs [[PERSON:Dorothy Addison]] from [[INSTITUTION:Oakhurst Nursing Home]]; {{Garden IV}} subcapital fracture, {{Shenton's line}} broken. Daughter [[PERSON:Linda Addison-Crowe]] on [[PHONE:07700 900 412]]."),
    _en("Previously stented at [[INSTITUTION:Brigham]] ({{Xience}} {{LAD}}, {{2016}}); now {{Agatston}} score not applicable, {{CAD-RADS 3}} in the {{RCA}}. Ordering: Dr. [[PERSON:Wei Zhang]], [[INSTITUTION:Beacon Hill Cardiology]]."),
    _en("Interpreter Mr [[PERSON:Thanh Nguyen]] (Vietnamese) present by phone [[PHONE:617-555-0148]]. {{Mirizzi syndrome}} with {{common hepatic duct}} narrowing in Mrs [[PERSON:Tran Thi Lan]], {{68}}."),
    _en("Wife [[PERSON:Sigrid Haugland]] reports new confusion. {{FLAIR}} hyperintensity in the {{splenium}}, {{DWI}} restriction; {{Marchiafava-Bignami}} considered. Mr [[PERSON:Lars Haugland]] admitted [[DATE:23 Dec 2024]]."),
    _en("Came from [[INSTITUTION:Bay Pines VA]] with a {{Hickman}} line; tip in the {{SVC}}, {{pneumothorax}} excluded. Veteran [[PERSON:Dwayne T. Jackson]], SSN [[ID:078-05-1120]]."),
    _en("Home care by [[INSTITUTION:Bluebell Community Nursing]]; son [[PERSON:Dafydd ap Rhys]] is next of kin. {{Pott's disease}} at {{T11-T12}} with {{psoas abscess}}; Mrs [[PERSON:Gwenllian ap Rhys]], [[ADDRESS:4 Ffordd Glyder]], [[ADDRESS:Bangor LL57 2PX]]."),
    _en("Bx at [[INSTITUTION:MD Anderson]] [[DATE:08/2022]] showed {{Gleason 4+3}}; {{PI-RADS 5}} lesion in the left {{peripheral zone}}, {{extraprostatic extension}}. Urologist Dr [[PERSON:Sanjeev Bhattacharya]]."),
    _en("Known to Dr [[PERSON:J.-P. Rochat]] at the [[INSTITUTION:JR]]; {{Ottawa ankle rules}} positive, {{Maisonneuve fracture}} of the proximal {{fibula}}; injured playing rugby on [[DATE:Saturday 8 March]]."),
    _en("Accompanied by her partner [[PERSON:Amadou Diallo]]; {{Nabothian cysts}}, {{FIGO}} {{IB2}} cervical carcinoma, no {{parametrial invasion}}. Patient [[PERSON:Aminata Diallo-Sow]], referred by [[INSTITUTION:Hope Women's Health]]."),
    # --- FR (CH romand) ---
    _fr("Patiente adressée par le Dr [[PERSON:Laurent Perrin]], du [[INSTITUTION:Cabinet médical de la Gruyère]], pour {{lombosciatalgie}}; {{hernie discale}} {{L4-L5}} paramédiane gauche. Mme [[PERSON:Isabelle Rochat]], née le [[DATE:3 juin 1972]]."),
    _fr("Transférée du [[INSTITUTION:CHUV]] le [[DATE:5 mars 2025]]; sa fille, Mme [[PERSON:Céline Favre-Bulle]], est présente. {{Fracture de Pouteau-Colles}} réduite, {{plâtre}}. Patiente [[PERSON:Jacqueline Favre]], [[ADDRESS:Rue du Simplon 12]], [[ADDRESS:1006 Lausanne]]."),
    _fr("Suivi par les soins à domicile ([[INSTITUTION:CMS de Sierre]]); M. [[PERSON:Abebe Tesfaye]] présente une {{embolie pulmonaire}} segmentaire, score de {{Genève}} révisé intermédiaire. Infirmier référent: [[PERSON:Jérôme Zufferey]], [[PHONE:027 455 12 30]]."),
    _fr("Connu de la consultation du Pr [[PERSON:Jean-Marc Dubois]] aux [[INSTITUTION:HUG]]; {{maladie de Crohn}}, classification de {{Montréal}} {{L3}}, fistule {{Parks}} transsphinctérienne. Examen du [[DATE:14.01.2025]]."),
    _fr("Résidente de l'[[INSTITUTION:EMS Les Tilleuls]]; l'infirmière [[PERSON:Élodie Chappuis]] signale une chute. {{Fracture de Garden}} I, {{col fémoral}} droit; Mme [[PERSON:Marguerite Pittet]], [[AGE:96]] ans."),
    _fr("Bilan d'extension demandé par la Dre [[PERSON:Nathalie Jaquier]] ([[INSTITUTION:eHnv]]); {{adénopathies}} médiastinales, {{SUV max}} {{8,4}}, stade {{Ann Arbor}} II. M. [[PERSON:Yves-Alain Berset]], examen du [[DATE:11 février 2025]]."),
    _fr("Opéré à la [[INSTITUTION:Clinique Cecil]] en {{2021}} ; contrôle de la {{prothèse}} {{Zimmer}}; pas de {{descellement}}, {{classification de Brooker}} I. Chirurgien: Dr [[PERSON:Philippe Le Gall]]."),
    _fr("Mme [[PERSON:Fatoumata Traoré]], accompagnée de son interprète M. [[PERSON:Moussa Keïta]]; {{syndrome de Budd-Chiari}}, {{veines sus-hépatiques}} non perméables. N° de séjour [[ID:HUG-25-118734]]."),
    # --- IT (CH italiano) ---
    _it("Inviata dal dott. [[PERSON:Luca Pedrazzini]] ([[INSTITUTION:Studio medico Vallemaggia]]) per {{gonalgia}}; {{lesione di Stener}} esclusa, {{legamento crociato anteriore}} integro. Paziente [[PERSON:Sara Bettelini]], esame del [[DATE:04.03.2025]]."),
    _it("Trasferita dall'[[INSTITUTION:Ospedale Civico]] il [[DATE:12 gennaio 2025]]; la figlia [[PERSON:Chiara Bernasconi]] riferisce {{cefalea}}. {{Ematoma subdurale}} cronico di {{12 mm}}; la sig.ra [[PERSON:Franca Bernasconi-Rusca]] ha [[AGE:90]] anni."),
    _it("Già nota alla [[INSTITUTION:Clinica Sant'Anna]] per {{neoplasia mammaria}}; {{BI-RADS 3}}, controllo a {{6 mesi}}, {{Tomosintesi}} eseguita. Paziente [[PERSON:Lucia Vassalli]], richiesta del dott. [[PERSON:Mattia Gianella]]."),
    _it("Il sig. [[PERSON:Giuseppe Esposito]], residente alla [[INSTITUTION:Casa anziani Santa Lucia]], assistito dallo [[INSTITUTION:SACD Mendrisiotto]]; {{frattura di Monteggia}} a sinistra; caduta il [[DATE:27 dicembre 2024]]."),
    _it("In riabilitazione presso la [[INSTITUTION:Clinica Hildebrand]] dal [[DATE:03.02.2025]]; {{ictus ischemico}} nel territorio della {{ACM}} destra, {{ASPECTS 8}}. Neurologo: dott. [[PERSON:Andrea Ghisletta]], tel. [[PHONE:091 811 61 11]]."),
    _it("Controllo richiesto dalla dott.ssa [[PERSON:Maria do Carmo Ferreira]] ([[INSTITUTION:EOC]]); {{spondilolistesi}} {{L4-L5}}, {{Meyerding}} grado I, {{stenosi}} foraminale. Sig. [[PERSON:João Pereira da Silva]], no. caso [[ID:EOC-7731205]]."),
)


BATCH2: tuple[Snippet, ...] = (
    # --- DE / CH / AT ---
    _de("Anamnestisch {{Morbus Scheuermann}}; die {{17-jährige}} [[PERSON:Leonie Baumann-Stucki]] wird von ihrer Mutter [[PERSON:Sandra Stucki]] begleitet, Vorbilder von [[INSTITUTION:Medbase Bern Westside]] vom [[DATE:02.02.2024]]; {{Cobb-Winkel}} {{48°}}."),
    _de("[[PERSON:Arslan Mehmet]] wurde nach Sturz auf der Baustelle ins [[INSTITUTION:KSW]] geflogen und am [[DATE:15.04.2025]] zu uns verlegt. {{Chance-Fraktur}} {{LWK 1}}, {{TLICS 7}}. Fall-Nr. [[ID:25-0417736]]."),
    _de("Übernahme aus dem [[INSTITUTION:LK Baden-Mödling]], dort am [[DATE:3. März]] {{Hemikraniektomie}}; Ehefrau [[PERSON:Brigitte Haider]] ist Erwachsenenvertreterin. {{Mittellinienverlagerung}} {{6 mm}}. Erreichbar unter [[PHONE:0664 318 2290]]."),
    _de("Der Patient [[PERSON:Kwame Mensah]] ist seit [[DATE:Januar 2024]] in der HIV-Sprechstunde von Dr. [[PERSON:Corinne Tschopp]] ({{Infektiologie}}); {{PML}} im {{Marklager}} rechts frontal, keine {{Raumforderung}}. Nächste Kontrolle [[DATE:17.09.2025]]."),
    _de("Rückübernahme von der [[INSTITUTION:Rehaklinik Bellikon]] am [[DATE:11.03.2025]]; Frau [[PERSON:Dragana Jovanović-Ilić]] klagt über {{Impingement}}, {{Os acromiale}} und {{Bigliani Typ III}}. Wohnhaft [[ADDRESS:Rebenweg 3]], [[ADDRESS:5442 Fislisbach]]."),
    _de("zuweisung dr [[PERSON:van der berg]], [[INSTITUTION:hausarztpraxis dorfplatz seuzach]]: pat. [[PERSON:ursula frei]], {{stein}} im {{distalen ureter}} li {{5 mm}}, {{harnstau}} {{grad II}}, tel. an praxis [[PHONE:052 335 11 42]] am [[DATE:14.3.]]."),
    _de("Vorbefund [[INSTITUTION:Lindenhofspital]] ([[DATE:08.08.2023]], Dr. [[PERSON:Gian-Reto Casutt]]): {{Morton-Neurom}} {{Intermetatarsalraum}} {{III/IV}}, jetzt größenprogredient. Patientin [[PERSON:Nadja Pfister]], Fall [[ID:0071188452]]."),
    _de("Die Nichte, Frau [[PERSON:Ngoc Anh Phan]], teilt mit, dass die Tante [[PERSON:Phan Thi Hoa]] seit Wochen {{Hemianopsie}} hat; {{Hypophysenmakroadenom}} mit Kompression des {{Chiasma opticum}}, {{Knosp}} {{Grad 3}}. Untersuchung am [[DATE:26.02.2025]]."),
    _de("Z.n. {{Nissen-Fundoplicatio}} im [[INSTITUTION:Bethesda Spital]] [[DATE:2019-06-11]]; jetzt {{Teleskopphänomen}}. Patient [[PERSON:Friedrich Wyss]], [[ADDRESS:Gellertstrasse 140]], [[ADDRESS:4052 Basel]]."),
    _de("[[PERSON:HAAS, ROSWITHA]] * [[DATE:22.11.1944]] — ZUWEISUNG [[INSTITUTION:BHS LINZ]]; {{SPONDYLODISZITIS}} {{BWK 8/9}} (AUFNAHME [[DATE:03.01.2025]]), {{PSOAS}} FREI. RÜCKRUF AN OA [[PERSON:KRENN]] [[PHONE:0732 7677 4410]]."),
    _de("Patientin [[PERSON:Elif Şahin]] stellt sich mit ihrem Dolmetscher [[PERSON:Murat Demir]] vor. {{Endometriom}} links {{4 cm}}, {{Kissing Ovaries}}, {{#Enzian}}: {{O2/T1}}. Zuweisende Ärztin Dr. [[PERSON:Lejla Mujić]], [[INSTITUTION:Frauenpraxis Limmatplatz]]."),
    _de("Seit [[DATE:Herbst 2022]] betreut durch die [[INSTITUTION:Spitex Zürich Limmat]] und das Palliativteam des [[INSTITUTION:Stadtspitals Waid]]; neue {{Lebermetastasen}} in {{Segment IVb}} und {{VI}}. Patient [[PERSON:Ernst Leuenberger]], [[ADDRESS:Wehntalerstrasse 512]], [[ADDRESS:8046 Zürich]]."),
    _de("Herr [[PERSON:Werner Stein]], {{Gallensteine}} seit {{2015}} bekannt; {{Mirizzi}}-Konstellation, {{Ductus hepatocholedochus}} {{11 mm}}. Hausärztin Dr. [[PERSON:Hanna Koch-Bieri]], [[PHONE:056 222 18 70]]."),
    _de("Zustand nach {{Salter-Harris II}}-Fraktur der distalen Tibia bei dem {{12-jährigen}} [[PERSON:Luan Berisha]]; Nachkontrolle wie von Dr. [[PERSON:Sarah Ammann]] ({{Kinderchirurgie}}, [[INSTITUTION:UKBB]]) gewünscht."),
    _de("Transfer von Frau [[PERSON:Theresia Hofbauer]] aus dem [[INSTITUTION:AKH]] am [[DATE:24.12.2024]] (Pat.-Zahl [[ID:7004418822]]); {{Stanford A}}-Dissektion nach {{Bentall}}-OP, {{falsches Lumen}} thrombosiert."),
    _de("Bekannt aus der Schmerzsprechstunde von Dr. [[PERSON:Abdelkader Benali]]; {{Baastrup}}-Phänomen {{L3-L5}}, {{Facettengelenksarthrose}}, Infiltration am [[DATE:12.05.2025]] geplant; Patientin [[PERSON:Sabine Roth]] ({{58-jährig}})."),
    _de("Frau [[PERSON:Lea Graf]] bittet, den Befund an ihre Gynäkologin Dr. [[PERSON:Mirjam Kaiser]] ([[INSTITUTION:Frauenpraxis Schaffhausen]]) zu senden. {{Fibroadenom}}, {{BI-RADS 3}}, {{Elastographie}} weich. Geburtsdatum [[DATE:30.10.1990]]."),
    _de("Voraufnahmen aus [[INSTITUTION:Sankt Vinzenz Zams]] ([[DATE:03.09.2023]]); {{Os naviculare}} mit {{Herbert-Schraube}}, Pseudarthrose. Patient [[PERSON:Thomas Gstrein]], [[ADDRESS:6456 Obergurgl]], Unfall am [[DATE:26.12.2024]]."),
    _de("Seit [[DATE:Sommer 2021]] im [[INSTITUTION:Haus zum Seewadel]]; Betreuerin [[PERSON:Jelena Marković]] berichtet über {{Dysphagie}}. {{Zenker-Divertikel}} {{2,5 cm}} im {{Killian-Dreieck}}. Patientin [[PERSON:Marlies Egli]], Hausarzt Dr. [[PERSON:Ueli Hürlimann]]."),
    _de("Herr [[PERSON:Abdullahi Warsame]] wurde von der [[INSTITUTION:Asylunterkunft Juch]] zugewiesen; {{Tuberkulom}} im {{Kleinhirn}} links, {{Ringenhancement}}, {{T2}} hypointens. N-Nr. [[ID:N 4471.883]], Betreuer [[PERSON:Selam Habte]]."),
    _de("CT aus dem [[INSTITUTION:Spital Zollikerberg]] ({{Somatom Definition Edge}}) vom [[DATE:29.01.2025]] mitgebracht von Frau [[PERSON:Aurelia Moser]]; {{Morbus Ormond}} mit Ummauerung der {{Aorta abdominalis}}. Kopie an Dr. [[PERSON:Rafael Gómez Sánchez]]."),
    _de("Kontrolle nach {{TIPS}} ({{Viatorr}}), angelegt am [[INSTITUTION:USB]] durch PD Dr. [[PERSON:Nikolaos Karamanlis]]; {{Shuntfluss}} {{120 cm/s}}, kein {{Aszites}}. Patient [[PERSON:Hanspeter Gisler]] am [[DATE:05.05.2025]]."),
    _de("Sturz im [[INSTITUTION:Pflegeheim Sonnhalde]] am [[DATE:18.03.]], informiert wurde der Sohn [[PERSON:Kurt Blaser]] ([[PHONE:+41 79 455 20 18]]). {{Pertrochantäre Femurfraktur}} {{AO 31-A2}} bei Frau [[PERSON:Klara Blaser]], [[AGE:98]]-jährig."),
    _de("Zuweisung durch die [[INSTITUTION:Gruppenpraxis Rigiblick]] (Dr. [[PERSON:Daniela Rüegg]]) wegen {{Claudicatio}}; {{Leriche-Syndrom}}, {{Fontaine IIb}}, {{Kollateralen}} über die {{Riolan-Anastomose}}. Patient [[PERSON:Bruno Tanner]], Angiographie am [[DATE:08.04.2025]]."),
    _de("Mutter [[PERSON:Amina Yusuf]], Vater [[PERSON:Abdirahman Yusuf]]; das {{3-jährige}} Kind [[PERSON:Hodan]] mit {{Invagination}} ({{Target-Zeichen}}) im rechten Unterbauch, Reposition am [[DATE:04.06.2025]]."),
    _de("Kontroll-MRT nach Entlassung aus [[INSTITUTION:Zihlschlacht]]: {{Wallenberg-Syndrom}}-Infarkt der {{Medulla oblongata}} links; Frau [[PERSON:Heidi Brändli]] spricht wieder; Logopädin [[PERSON:Carla Dosch]] erhält Kopie."),
    _de("Verlegung vom [[INSTITUTION:Klinikum Klagenfurt]] am [[DATE:7. Mai 2025]], Pat. [[PERSON:Karl Oberwinkler]], [[AGE:92]] a.; {{Ogilvie-Syndrom}} mit Zökum {{11 cm}}."),
    _de("Befund ging an die {{Notfallstation}} und an die [[INSTITUTION:Spitex Aarau]]; Patient [[PERSON:Reto Hunziker]] lehnte die {{Kontrastmittelgabe}} ab. {{Nephrolithiasis}} beidseits. Fall-Nr. [[ID:44010293]], [[DATE:21.02.2025]]."),
    _de("Vorbehandelt in der [[INSTITUTION:Klinik Gut]], Arthroskopie [[DATE:02/2024]] durch Dr. [[PERSON:Fadri Cadonau]]; {{Outerbridge IV}} der medialen Femurkondyle, {{Stieda}}-Schatten. Patient [[PERSON:Men Sutter]] ({{46}})."),
    _de("Frau [[PERSON:Kateryna Bondarenko]], seit [[DATE:März 2022]] in der Schweiz, mit ihrer Tochter [[PERSON:Sofiia]] zur Zweitmeinung; {{Hashimoto}}-Thyreoiditis, {{TI-RADS}} {{TR3}}-Knoten rechts."),
    _de("Konsil durch Prof. [[PERSON:Michael Baumgartner-Lüthi]] ({{Neuroradiologie}}); {{Dandy-Walker}}-Variante ohne {{Hydrozephalus}}, {{Fossa posterior}} normal weit. Kind [[PERSON:Noah Zbinden]], geb. [[DATE:02.08.2024]]."),
    _de("Termin verschoben auf [[DATE:Dienstag, 21. Januar 2025]] auf Wunsch der Begleitperson [[PERSON:Sieglinde Holzer]]; {{Bakerzyste}} rupturiert, {{Pseudothrombophlebitis}}. Patient [[PERSON:Alois Holzer]], [[ADDRESS:Dorfstraße 14]], [[ADDRESS:5102 Anthering]]."),
    _de("Herr [[PERSON:Hasan Çelik]] (Pat.-Nr. [[ID:P-0088173]]) vom [[INSTITUTION:GZO Wetzikon]]; {{Pneumothorax}} nach {{Bülau}}-Drainage vollständig ausgedehnt. Tel. Station [[PHONE:044 934 21 11]]."),
    _de("Fremdbefund von [[INSTITUTION:Radiologie Zentrum Wallisellen]] ([[DATE:19.07.2024]]): {{Riedel-Lappen}} als Normvariante, {{FNH}} {{Segment V}}, {{Primovist}}-Aufnahme in der {{hepatobiliären Phase}}. Patientin [[PERSON:Monika Widmer]]."),
    _de("Die Beiständin der [[INSTITUTION:KESB Winterthur-Andelfingen]], Frau [[PERSON:Andrea Nussbaumer]], ist einverstanden. {{CT-gesteuerte Biopsie}} des {{Psoas}}-Abszesses bei Herrn [[PERSON:Sandro Kägi]] am [[DATE:02.04.2025]]."),
    # --- EN (UK / US) ---
    _en("[[PERSON:Okafor]] was seen in {{fracture clinic}} by Mr [[PERSON:Imran Qureshi]] on [[DATE:17/02/2025]]; {{Lisfranc}} injury with {{fleck sign}}, {{CT}} recommended. Patient [[PERSON:Chidi Okafor]], hospital no. [[ID:RBH2290117]]."),
    _en("Transferred from [[INSTITUTION:Frimley Park]] on [[DATE:5 May 2025]]; partner [[PERSON:Callum Fraser]] present. {{Rigler's sign}} positive, {{pneumoperitoneum}}, {{perforated diverticulitis}} {{Hinchey III}}. Patient [[PERSON:Eilidh Fraser]], DOB [[DATE:30/11/1968]]."),
    _en("previously treated at [[INSTITUTION:cedars]] by dr [[PERSON:nguyen]]; {{cavernous malformation}} {{Zabramski}} type II in the {{pons}}, {{SWI}} blooming. pt [[PERSON:marisol vega]], mrn [[ID:5520917]]."),
    _en("Mother [[PERSON:Tendai Moyo]] reports the {{4-year-old}} [[PERSON:Tafadzwa Moyo]] limping since [[DATE:3 March]]; {{toddler's fracture}} of the distal {{tibia}}; seen [[DATE:04/03/2025]]."),
    _en("Lives at [[INSTITUTION:Oak Meadow Veterans Home]]; son [[PERSON:Darnell Washington]] (POA) at [[PHONE:(404) 555-0173]]. {{Ogilvie}} vs volvulus: {{coffee bean sign}} present."),
    _en("Bloods and imaging from [[INSTITUTION:Morriston]] reviewed with Dr [[PERSON:Siân Llewellyn]]; {{Stanford B}} dissection, {{DeBakey IIIb}}, {{TEVAR}} candidate. Mr [[PERSON:Gareth Bowen]], [[ADDRESS:12 Heol y Coed]], [[ADDRESS:Swansea SA2 0NL]]."),
    _en("MRN [[ID:00789-331]] [[PERSON:FITZGERALD-KHAN, NOOR]]: outside films from [[INSTITUTION:HOPKINS]] [[DATE:03/14/2024]]; {{SCAPHOLUNATE}} widening {{4 MM}}, {{TERRY THOMAS SIGN}}."),
    _en("Carer [[PERSON:Blessing Adeyemi]] from [[INSTITUTION:Helping Hands Homecare]] accompanies Mr [[PERSON:Arthur Bennett]]; {{Bennett fracture}} of the first metacarpal base. Agency phone [[PHONE:0161 496 0825]]."),
    _en("Seen by [[PERSON:Ruth O'Donnell-Byrne]], ANP, at [[INSTITUTION:Pinderfields]] minor injuries; {{Segond fracture}} implies {{ACL}} tear, {{MRI}} booked for [[DATE:02/06/2025]]."),
    _en("Dr [[PERSON:Hiroshi Tanaka]] from [[INSTITUTION:Kaiser Oakland]] requests comparison; {{Paget disease}} of the right hemipelvis, {{blade of grass}} lesion in the {{tibia}}."),
    _en("Patient [[PERSON:Yuki Matsumoto-Reilly]], DOB [[DATE:09/21/1987]], accompanied by interpreter [[PERSON:Aiko Sato]]; {{Takayasu arteritis}}, {{Numano}} type V. Rheumatologist Dr. [[PERSON:Deepa Krishnamurthy]]."),
    _en("Rehab at [[INSTITUTION:Spaulding]] since [[DATE:February 2025]]; {{heterotopic ossification}} about the right hip, {{Brooker III}}. PCP Dr [[PERSON:Ana Rodrigues]]. Pt [[PERSON:Tomás Ferreira]], MRN [[ID:3389102]]."),
    _en("Admitted from [[INSTITUTION:Sunrise of Bethesda]]; granddaughter [[PERSON:Kayla Brooks]] reports a fall. {{Hangman's fracture}} {{Levine-Edwards}} type II, {{C2}}. Patient [[PERSON:Eleanor Brooks]], [[AGE:95]]."),
    _en("GP letter from Dr [[PERSON:Mairéad Ní Bhriain]] ([[INSTITUTION:Castlegate Surgery]]): {{Crohn's}} for {{MR enterography}}; {{Montreal}} {{L3B2}}, {{comb sign}}. Patient [[PERSON:Aoife Kavanagh]], scan [[DATE:19/03/2025]]."),
    _en("[[PERSON:Ebo Asante]] and his wife [[PERSON:Akosua]] attended with the {{Pipeline}} flow diverter follow-up; {{OKM}} grade D, aneurysm occluded; next review [[DATE:June 2026]]."),
    _en("Ms [[PERSON:Juliana Quispe Mamani]], seen at [[INSTITUTION:Parkland]] ER on [[DATE:Oct 3rd]], now {{Balthazar E}}, {{CTSI 8}}, {{walled-off necrosis}} per {{Atlanta}} criteria."),
    _en("{{Wilms tumour}} follow-up for [[PERSON:Oscar Lindgren]] ({{6}}), shared care with [[INSTITUTION:Great Ormond Street]] and Dr [[PERSON:Helen Carmichael]] at the [[INSTITUTION:Royal Alex]]."),
    _en("Referred by [[PERSON:Rahul Mehta]], DPM, [[INSTITUTION:Foot & Ankle Associates of Tampa]]; {{Charcot}} midfoot, {{Eichenholtz}} stage 1, {{Brodsky}} type 1. Patient [[PERSON:Luis Ángel Ortiz]], callback [[PHONE:813-555-0129]]."),
    _en("Hospital number [[ID:K4471903]]. Sister [[PERSON:Margaret Cullen]] is her advocate; patient [[PERSON:Bridget Cullen]], [[AGE:97]], has {{Kummell disease}} at {{T12}}."),
    _en("Outside read from [[INSTITUTION:RadNet]] by Dr. [[PERSON:Leila Haddad]]: {{Schmorl's nodes}} {{L1-L3}}; our review: {{Modic 1}} at {{L4-5}}. Patient [[PERSON:Stanley Kowalski]], DOS [[DATE:2025-02-27]]."),
    _en("Mr [[PERSON:Piotr Zieliński]] came via {{HEMS}} from [[INSTITUTION:Treliske]]; {{Le Fort II}} fracture, {{zygomaticomaxillary complex}} intact on the left; wife [[PERSON:Agnieszka]] informed."),
    # --- FR (CH romand) ---
    _fr("Adressé par son médecin traitant, le Dr [[PERSON:Karim Haddad]] ([[INSTITUTION:Centre médical des Eaux-Vives]]), le [[DATE:18 février 2025]]; {{maladie de Forestier}}, {{DISH}} {{T6-T11}}. M. [[PERSON:Bernard Python]], [[ADDRESS:Route de Chêne 45]], [[ADDRESS:1208 Genève]]."),
    _fr("Transfert de l'[[INSTITUTION:HFR Riaz]] le [[DATE:9 avril 2025]]; M. [[PERSON:Jean-Daniel Overney]] est accompagné de son épouse [[PERSON:Monique]]. {{Fracture de Chopart}}, {{scaphoïde tarsien}}. N° patient [[ID:0993417]]."),
    _fr("Suivie par le [[INSTITUTION:GHOL]] et la Dre [[PERSON:Aïcha Benjelloun]]; {{lésion de Hill-Sachs}} et {{Bankart osseux}}, {{glène}} amputée de {{18 %}}. Patient [[PERSON:Kevin Bühlmann]], examen du [[DATE:20.01.2025]]."),
    _fr("Séjour à la [[INSTITUTION:Clinique romande de réadaptation]] du [[DATE:2 au 23 mai]]; {{syndrome de Guillain-Barré}}, {{rehaussement}} des racines de la {{queue de cheval}}. Mme [[PERSON:Lorraine Vuilleumier]], répondant: son fils [[PERSON:Cédric]]."),
    _fr("Mme [[PERSON:Ana Lúcia dos Santos]], aide-soignante à l'[[INSTITUTION:EMS La Résidence]], accompagne M. [[PERSON:Edmond Rappaz]] ([[AGE:94]] ans); {{fracture de Pouteau}}, {{bascule dorsale}}. Chute du [[DATE:1er mars]]."),
    _fr("Opérée aux [[INSTITUTION:Cadolles]] en {{2010}} ({{Wertheim}}); le Dr [[PERSON:Hervé Mottier]] demande un bilan. {{Lymphocèle}} pelvien gauche de {{6 cm}} chez Mme [[PERSON:Josiane Bourquin]]."),
    _fr("Résultat transmis par téléphone au [[PHONE:032 713 30 00]], Dr [[PERSON:Sébastien Girardin]] ({{RHNe}}); {{hémorragie méningée}} {{Fisher}} 4, {{anévrisme}} sylvien chez M. [[PERSON:Thierry Ruedin]], le [[DATE:07.03.2025]]."),
    _fr("[[PERSON:Marie-Thérèse Clerc]], née [[PERSON:Bonvin]], le [[DATE:14.09.1939]]; {{fracture de Jefferson}}, {{atlas}} fracturé en quatre parties, {{dens}} intact. Contact: [[EMAIL:famille.clerc@bluewin.ch]]."),
    # --- IT (CH italiano) ---
    _it("Inviato dal [[INSTITUTION:Centro medico Bellinzona Sud]] (dott. [[PERSON:Pietro Moretti]]) il [[DATE:15 marzo 2025]]; {{morbo di Perthes}} a destra in bambino di {{8 anni}}, [[PERSON:Nicolò Ferrari]]; madre [[PERSON:Giulia Ferrari-Rossi]], [[PHONE:079 283 44 51]]."),
    _it("Già operato all'[[INSTITUTION:Ospedale San Giovanni]] dal prof. [[PERSON:Alessandro Rezzonico]]; {{anastomosi}} di {{Billroth II}} pervia, nessuna {{recidiva}}. Paziente [[PERSON:Renzo Pedroni]], esame del [[DATE:21.02.2025]]."),
    _it("La sig.ra [[PERSON:Elena Fumagalli]] vive alla [[INSTITUTION:Casa Sirio]] e viene seguita dallo [[INSTITUTION:Spitex Malcantone]]; {{frattura di Colles}} a sinistra, {{apparecchio gessato}}. Caduta il [[DATE:2 aprile]]."),
    _it("Controllo richiesto dal dott. [[PERSON:Omar Al-Rashid]] della [[INSTITUTION:Clinica Luganese Moncucco]]; {{epatocarcinoma}} secondo i criteri di {{Milano}}, {{LI-RADS 5}}. Paziente [[PERSON:Carlo Bianchi-Medici]], [[ADDRESS:Via Cantonale 22]], [[ADDRESS:6900 Lugano]]."),
    _it("Il marito, sig. [[PERSON:Dario Guscetti]], riferisce {{afasia}} dal [[DATE:lunedì 3 febbraio]]; {{occlusione}} dell'{{ACM}} sinistra, {{TICI 2b}} dopo trombectomia. La paziente [[PERSON:Ornella Guscetti]] è nata il [[DATE:5.8.1947]]."),
    _it("Paziente [[PERSON:Rosa Maria Ghielmini]], n. [[DATE:11/06/1950]], ricoverata dalla [[INSTITUTION:Carità di Locarno]]; {{sindrome di Mallory-Weiss}}, {{esofago}} senza perforazione. Medico curante: dott. [[PERSON:Fabio Cattaneo]]."),
)


BATCH3: tuple[Snippet, ...] = (
    # --- DE / CH / AT ---
    _de("Frau [[PERSON:Gül Aydın]] wurde am [[DATE:08.05.2025]] von ihrer Nachbarin [[PERSON:Hatice Koç]] am Boden gefunden; {{Rhabdomyolyse}}, {{Kompartmentsyndrom}} des Unterschenkels, {{T2}}-Ödem der {{Tibialis-anterior}}-Loge. Fall-Nr. [[ID:2025-117204]]."),
    _de("Zuweisung vom [[INSTITUTION:LKH Graz II]] durch OA Dr. [[PERSON:Florian Reinprecht]]: {{Ewing-Sarkom}} des {{Os ilium}} bei der {{16-jährigen}} [[PERSON:Hanna Schögler]] {{(Serie 7, Bild 112)}}."),
    _de("bekannt aus der sprechstunde von prof [[PERSON:a. k. bhatt]] ({{handchirurgie}}); {{de-quervain}}-tendovaginitis, {{finkelstein}} positiv, {{1. strecksehnenfach}} verdickt. pat. [[PERSON:nicole bärtschi]], [[DATE:11.3.25]]."),
    _de("Vorbehandelt im [[INSTITUTION:Ordensklinikum Linz]] ({{Barmherzige Schwestern}}-Standort) bis Ende [[DATE:Februar 2025]]; {{Mammakarzinom}} {{pT2 pN1a}}, {{HER2}}-positiv unter {{Herceptin}} und {{Perjeta}}. Patientin [[PERSON:Margit Ebner-Wallisch]], [[ADDRESS:Hauptplatz 3]], [[ADDRESS:4020 Linz]]."),
    _de("Herr [[PERSON:Heinrich von Wattenwyl]], Vorbilder aus dem [[INSTITUTION:Engeried]] ([[INSTITUTION:Lindenhofgruppe]]); {{Morbus Dupuytren}} {{Tubiana}} {{Stadium II}}; Untersuchung am [[DATE:17.04.2025]]."),
    _de("Status nach OP im [[INSTITUTION:Balgrist]] [[DATE:07/2021]] ({{Latarjet}}), jetzt {{Schraubenlockerung}}; Patient [[PERSON:Simon Zurbriggen]], Sportphysio [[PERSON:Lorenz Imboden]] wünscht Rückmeldung an [[EMAIL:l.imboden@physio-visp.ch]]."),
    _de("Die Patientin [[PERSON:Merve Yılmaz-Brunner]] lebt mit Ehemann [[PERSON:Stefan Brunner]] in [[ADDRESS:Spreitenbach]]; {{Bochdalek-Hernie}} links, {{Zwerchfell}} sonst intakt, {{Milz}} nach kranial verlagert. Pat.-Nr. [[ID:00441782]]."),
    _de("VERLEGUNG AUS DEM [[INSTITUTION:KSGR]] AM [[DATE:19.02.2025]]; PATIENT [[PERSON:GION-ANDRI CAVIEZEL]], [[AGE:91]] J., {{SUBDURALHÄMATOM}} LINKS {{14 MM}}, {{MITTELLINIENSHIFT}} {{5 MM}}. ANGEHÖRIGE: TOCHTER [[PERSON:CLAUDIA CAVIEZEL]] [[PHONE:081 252 43 19]]."),
    _de("Spitex-Mitarbeiterin [[PERSON:Svetlana Ivanova]] ([[INSTITUTION:Spitex Regio Liestal]]) bemerkte Schwellung; {{Phlegmasia coerulea dolens}} ausgeschlossen, {{Vena poplitea}} komprimierbar, {{Bakerzyste}} {{3,1 cm}}. Patientin [[PERSON:Regula Thommen]], [[DATE:02.06.2025]]."),
    _de("Nach Aufenthalt in der [[INSTITUTION:Reha Rheinfelden]] ({{Neurorehabilitation}}) Zuweisung durch Dr. [[PERSON:Cornelia zur Mühlen]]; {{Moyamoya}}-Angiopathie, {{Puff-of-smoke}}-Kollateralen, {{Suzuki}} {{Stadium 3}}. Patientin [[PERSON:Mai Linh Tran]], geb. [[DATE:13.12.1994]]."),
    _de("Herrn [[PERSON:Adnan Hadžiselimović]] begleitet sein Schwager [[PERSON:Edin Mehmedović]] als Übersetzer; {{Echinokokkuszyste}} {{Gharbi}} {{Typ III}} im {{Segment VI}}, {{Wasserlilienzeichen}}. Erreichbar über den Schwager: [[PHONE:076 492 18 03]]."),
    _de("Kontrolle für Dr. [[PERSON:Ilse ter Horst]], [[INSTITUTION:MVZ Lörrach]]; {{Morbus Perthes}} ausgeheilt, {{Stulberg}} II, bei dem jetzt {{19-jährigen}} Patienten [[PERSON:Jonas Kiefer]], Untersuchung vom [[DATE:19.02.2025]]."),
    _de("Frau [[PERSON:Jasmin Frey]] ({{Frey-Syndrom}} nach {{Parotidektomie}} im [[INSTITUTION:USZ]] [[DATE:2018-03-22]]) stellt sich mit neuer Schwellung vor; {{Warthin-Tumor}} kontralateral. PID [[ID:USZ-0394417]]."),
    _de("Im [[INSTITUTION:KH Nord]] am [[DATE:29.12.2024]] {{Thrombektomie}} ({{Solitaire}}, {{TICI 3}}); Entlassung ins [[INSTITUTION:Pflegewohnhaus Donaustadt]]. Patient [[PERSON:Ferdinand Pospíšil]], Sohn [[PERSON:Lukas Pospischil]]."),
    _de("Vorstellung über die [[INSTITUTION:Notfallpraxis am Bahnhof]]; Herr [[PERSON:Kofi Boateng]] klagt seit dem Fußballtraining am [[DATE:12. April]] über Leistenschmerz. {{Sportlerleiste}}, {{Os pubis}} mit {{Knochenmarködem}}. Hausarzt Dr. [[PERSON:Akwasi Ofori]], [[PHONE:044 700 32 12]]."),
    _de("Patientin [[PERSON:Helga Schwarz]]; {{Heberden-Knoten}} {{DIP II-V}}, {{Bouchard}} nicht nachweisbar, {{Weichteile}} der {{Hand}} unauffällig. Zuweiser [[PERSON:Klaus Weiß]]."),
    _de("Zustand nach {{Ross-Operation}} im [[INSTITUTION:DHZC]] ({{2012}}); Mutter [[PERSON:Gabriele Ross]] berichtet über {{Belastungsdyspnoe}}. {{Pulmonalklappen}}-Homograft mit {{Stenose}}. Patient [[PERSON:Tobias Ross]], geb. [[DATE:04.11.2003]]."),
    _de("Patient ist Herr [[PERSON:Urs-Peter Gasser]], Zuweiser Dr. [[PERSON:Beat Lüscher]]. {{Morbus Ledderhose}}, {{Plantarfaszie}} knotig verdickt. Sonographie am [[DATE:28.05.2025]]."),
    _de("Die [[AGE:101]]-jährige Frau [[PERSON:Frieda Rohner]] aus dem [[INSTITUTION:Altersheim Neumünster]]; {{Pneumonie}}, {{Aspiration}} im {{Unterlappen}} rechts, {{Pleuraerguss}} gering. Heimärztin Dr. [[PERSON:Seraina Bisaz]]."),
    _de("Kontrastmittelallergie laut Hausärztin Dr. [[PERSON:Nour El-Din Abdallah]] ([[INSTITUTION:Praxis Sihlcity]]); Prämedikation mit {{Fenistil}} und {{Solu-Medrol}}, dann {{Ultravist}} {{80 ml}} bei Herrn [[PERSON:Rolf Ammann]] am [[DATE:03.06.2025]]."),
    _de("Vergleich mit [[INSTITUTION:Spital Männedorf]] ([[DATE:16.10.2024]], {{Philips Ingenia}}): {{Ganglion}} am {{Ligamentum scapholunatum}}, {{Geyser-Zeichen}} negativ. Patientin [[PERSON:Selina Huber]], Fall [[ID:30018874]]."),
    _de("Herr [[PERSON:Tenzin Dorje]] wird von seiner Nichte [[PERSON:Pema Lhamo]] begleitet, Tel. [[PHONE:052 383 17 29]]. {{Sarkoidose}} {{Scadding II}}, {{Lymphknoten}} hilär beidseits."),
    _de("Fremd-CT der [[INSTITUTION:Hirslanden Klinik St. Anna]] vom [[DATE:13.03.2025]]; {{Morbus Osler}} mit {{AV-Malformationen}} der Lunge, {{Embolisation}} mit {{Amplatzer}}-Plug. Patientin [[PERSON:Ruth Lötscher]]."),
    _de("Frau [[PERSON:Anneliese Krautwurst]] wird vom Fahrdienst des [[INSTITUTION:SRK Kanton Bern]] gebracht; {{Osteoporose}} mit {{Fischwirbel}} {{BWK 11}}, {{Genant}} {{Grad 2}}, {{Kyphoplastie}} diskutiert. Wohnhaft [[ADDRESS:Brunnmattstrasse 21]], [[ADDRESS:3007 Bern]]."),
    _de("Bei Herrn [[PERSON:Ramón de la Cruz Morales]] ({{Rechtshänder}}) {{Galeazzi-Fraktur}} links; Bauarbeiter, Unfall am [[DATE:06.06.2025]], {{Suva}}-Fall [[ID:25.41022.14.6]]."),
    _de("Vorbefund der [[INSTITUTION:Radiologie Schaffhausen]] (Dr. [[PERSON:Chantal Meier-Wüest]]): {{Hoffa-Fettkörper}} ödematös, {{Plica mediopatellaris}}; Kontrolle [[DATE:24.07.2025]] bei Frau [[PERSON:Naomi Stamm]]."),
    _de("Bei Frau [[PERSON:Fatma Kılıç]] mit {{Familiärem Mittelmeerfieber}} {{Serositis}}; Befund an Dr. [[PERSON:Yusuf Aksoy]] ([[INSTITUTION:Rheumapraxis Olten]]) und an [[INSTITUTION:KSO]]."),
    _de("Aus dem [[INSTITUTION:PZM Münsingen]] zugewiesen; Herr [[PERSON:Matthias Rüfenacht]] unter {{Clozapin}}, {{Ileus}}-Verdacht: {{Dünndarm}} bis {{3,5 cm}} dilatiert, {{Kalibersprung}} im {{Ileum}}. Bezugsperson: Bruder [[PERSON:Daniel Rüfenacht]], [[PHONE:031 721 44 08]]."),
    _de("Die Schwester, Frau [[PERSON:Oksana Melnyk]], bringt Befunde aus dem [[INSTITUTION:Spital Nr. 8 Lwiw]] mit; Patient [[PERSON:Taras Melnyk]], {{Kriegsverletzung}} {{2023}}: {{Granatsplitter}} im {{M. gluteus}}. Aufnahme am [[DATE:11.11.2024]]."),
    _de("Übernahme aus dem [[INSTITUTION:LK Mistelbach]] ([[DATE:3. Feber 2025]]); {{Chilaiditi}}-Zeichen ohne {{Ileus}}. Gattin [[PERSON:Erika Kainz]] ist Kontaktperson, Tel. [[PHONE:02572 9004 1230]]."),
    _de("Zuweisung durch die [[INSTITUTION:Praxis Zentralplatz Biel]] (Dr. [[PERSON:Olivier Aeschlimann]]): {{Morbus Kienböck}} links, {{Ulna-Minusvariante}} {{2 mm}}; Patient [[PERSON:Yannick Schnegg]], [[ADDRESS:Bahnhofstrasse 7]], [[ADDRESS:2502 Biel]]."),
    _de("Frau [[PERSON:Priyanka Nair-Hofmann]] (*[[DATE:02.02.1980]]), Kontrolle nach {{Uterusarterienembolisation}} am [[INSTITUTION:KSL]]; {{Myom}} {{FIGO 4}} devitalisiert. Gynäkologin: Dr. [[PERSON:Anouk van Dijk]]."),
    _de("Bekannte {{Neurofibromatose Typ 1}}, Betreuung im [[INSTITUTION:Kinderspital Zürich]] bis {{2016}}; Herr [[PERSON:Lukas Bachmann]] jetzt {{24}}, {{Plexiformes Neurofibrom}} paravertebral {{Th4}}. Zuweiser Dr. [[PERSON:Marius Kälin]], [[INSTITUTION:Praxis Schwyz-Süd]]."),
    _de("Pat. [[PERSON:Elisabeth Kaiser]], aus der {{Geriatrie}} des [[INSTITUTION:Felix-Platter-Spitals]], {{Kaiserschnitt}}-Narbe, Narbenhernie mit {{Bruchpforte}} {{3 cm}}; [[DATE:20.05.2025]]."),
    _de("Schwiegersohn [[PERSON:Jean-Luc Moser]] berichtet, Herr [[PERSON:Albert Moser]] sei im [[INSTITUTION:Zentrum Schönberg]] gestürzt; {{Dens-Fraktur}} {{Anderson-D'Alonzo}} {{Typ II}}; Sturz am [[DATE:Pfingstmontag 2025]]."),
    # --- EN (UK / US) ---
    _en("Transferred from [[INSTITUTION:Alder Hey]] on [[DATE:12/12/2024]]; {{Salter-Harris IV}} of the distal femur in [[PERSON:Kai Okonjo-Whitfield]] ({{13}}); mother [[PERSON:Zanele Okonjo]] consented. Hospital no. [[ID:AH7730215]]."),
    _en("[[PERSON:M.E. O'Donnell]] seen by Dr [[PERSON:Farah Siddiqui]] in clinic on [[DATE:7 April 2025]]; {{Kerley B lines}}, {{bat-wing}} oedema, {{NYHA III}}; lives at [[INSTITUTION:Hollybank House]]."),
    _en("Pacemaker ({{St. Jude Medical}}, {{Assurity}}) implanted at [[INSTITUTION:Papworth]] in {{2019}}; MRI conditional. Patient [[PERSON:Graham Whitlock]], NHS [[ID:401 023 2137]]."),
    _en("Previously at [[INSTITUTION:St. Jude]] for {{medulloblastoma}} ({{WNT}}-activated); now {{20}}, {{radiation necrosis}} vs recurrence, {{rCBV}} low. Pt [[PERSON:Destiny Coleman]], MRN [[ID:81-446-317]]."),
    _en("Seen at [[INSTITUTION:Mayo]] by Dr. [[PERSON:Arvind Subramanian]] [[DATE:Nov 2023]]; {{IgG4-related disease}}, {{sausage-shaped pancreas}}, {{capsule-like rim}}. Patient [[PERSON:Gary Lindqvist]], DOB [[DATE:1/19/1956]]."),
    _en("ms [[PERSON:chen xiaoling]] accompanied by her son [[PERSON:david chen]]; {{mayo}} endoscopic score 2 on recent colonoscopy; {{ulcerative colitis}} with {{lead pipe}} colon on {{CT}}."),
    _en("Walked in from [[INSTITUTION:Shady Pines Assisted Living]]; nurse [[PERSON:Consuelo Ibarra]] reports {{hematuria}}. {{Bosniak IV}} lesion, {{Siemens}} {{Somatom Force}}. Pt [[PERSON:Walter Pruitt]], [[AGE:92]]."),
    _en("Patient [[PERSON:Þórdís Sigurðardóttir]] transferred from [[INSTITUTION:Wythenshawe]] on [[DATE:03/03/2025]]; {{ABPA}}, {{finger-in-glove}} sign. Husband [[PERSON:Gunnar Olsen]] on [[PHONE:0161 998 7720]]."),
    _en("Came from [[INSTITUTION:Shriners]] with {{Legg-Calve-Perthes}} hardware; {{Herring}} lateral pillar B, {{Stulberg}} II. Father [[PERSON:Miguel Ángel Torres]], phone [[PHONE:(813) 555-0192]]."),
    _en("[[PERSON:Haruto Yamamoto]], an exchange student, brought by host mother [[PERSON:Jennifer Walsh]]; {{Osgood-Schlatter}} bilaterally, {{tibial tubercle}} fragmentation. Host family address [[ADDRESS:88 Maple Drive]], [[ADDRESS:Naperville, IL 60540]]."),
    _en("GP: Dr [[PERSON:Alasdair Mackenzie-Ross]], [[INSTITUTION:Hilltown Medical Practice]]. {{Swyer-James}} appearance of the left lung, {{air trapping}} on {{expiratory CT}}. Pt [[PERSON:Fiona Gillespie]], CHI [[ID:1203754419]]."),
    _en("Interpreter [[PERSON:Abdullah Rahimi]] (Dari) present. Patient [[PERSON:Zahra Ahmadi]], {{29}}; {{tuberculous}} {{spondylitis}} {{T8-T9}}, {{gibbus}}, cold abscess. Referred by [[INSTITUTION:Refugee Health Clinic Leeds]]."),
    _en("Discussed at [[INSTITUTION:Barts]] MDT on [[DATE:9th January]]; {{Bethesda}} category IV nodule, {{TI-RADS}} TR4; patient [[PERSON:Olusegun Bakare]], {{Hologic}} biopsy device."),
    _en("Mrs [[PERSON:Nkechi Eze]] was seen by [[PERSON:Rebecca Lang]], sonographer, on [[DATE:21/01/2025]]; {{nuchal translucency}} {{2.1 mm}}, {{Doppler}} of the {{ductus venosus}} normal."),
    _en("Hx: {{Boston Scientific}} {{Watchman}} device at [[INSTITUTION:Beth Israel]] ({{2021}}); now {{peri-device leak}} {{4 mm}}. Daughter [[PERSON:Tamar Levi]] at [[PHONE:617-555-0110]]."),
    _en("Home health via [[INSTITUTION:Amedisys]]; patient [[PERSON:Roberto Salazar Jr.]], [[ADDRESS:1420 W Camelback Rd]], [[ADDRESS:Phoenix, AZ 85015]]; {{Charcot}} foot, {{osteomyelitis}} of the {{cuboid}}."),
    _en("Outside study, [[INSTITUTION:Vanguard Imaging]], [[DATE:2025-01-30]]: {{Hill-Sachs}} lesion; our patient [[PERSON:Brandon Hill]] also has a {{SLAP}} tear, {{Snyder}} type II."),
    _en("Patient [[PERSON:Aleksandra Nowak-Smith]] was transferred from [[INSTITUTION:Stoke Mandeville]] spinal unit; {{Denis}} three-column injury, {{Magerl}} B, {{ASIA}} C."),
    _en("seen by dr [[PERSON:okonkwo]] in resus; {{Battle's sign}} and {{raccoon eyes}}, {{Le Fort III}}; pt [[PERSON:jamal winston]] dob [[DATE:4/7/1990]]."),
    _en("Ex-miner [[PERSON:Dai Griffiths]] from [[ADDRESS:Tonypandy]]; {{Caplan syndrome}}, {{progressive massive fibrosis}}, {{ILO}} {{2/2}}. Son [[PERSON:Rhodri Griffiths]] is next of kin."),
    _en("Followed by Dr [[PERSON:Francesca Ricci-Thompson]] at [[INSTITUTION:Moorfields]]; {{Graves}} orbitopathy, {{inferior rectus}} enlargement, {{Werner}} class 4. Patient [[PERSON:Harriet Osei-Bonsu]], seen [[DATE:14 Feb 2025]]."),
    # --- FR (CH romand) ---
    _fr("Mme [[PERSON:Yasmina Belkacem]] est suivie à la [[INSTITUTION:Clinique de Genolier]] et par le [[INSTITUTION:CMS Nyon]]; {{syndrome de Tietze}}, pas de {{fracture de côte}}, {{scintigraphie}} normale. Examen du [[DATE:25.02.2025]]."),
    _fr("Adressée par la Dre [[PERSON:Ingrid Sørensen]] ([[INSTITUTION:Cabinet Chauderon]]) le [[DATE:22 janvier 2025]] pour {{masse}} du {{creux poplité}}; {{kyste de Baker}} rompu. Patiente [[PERSON:Sandrine Gay]]."),
    _fr("Suivi post-opératoire après {{intervention de Hartmann}} à [[INSTITUTION:Rennaz]]; M. [[PERSON:Pascal Mottet]], [[AGE:93]] ans, est accompagné de sa belle-fille [[PERSON:Corinne Mottet-Duc]]."),
    _fr("Transfert depuis l'[[INSTITUTION:Hôpital du Jura bernois]] ([[DATE:14.02.2025]]); {{Lisfranc}}, {{signe de Fleck}}; patient [[PERSON:Florian Sautebin]], tél. [[PHONE:032 494 31 11]]."),
    _fr("Connue du Pr [[PERSON:Mohamed Ould Cheikh]] à [[INSTITUTION:La Source]]; {{maladie de Paget}} du bassin, {{signe du cadre}}, {{phosphatases alcalines}} élevées. Mme [[PERSON:Ginette Paget-Rossier]]."),
    _fr("Séjour à [[INSTITUTION:Valmont]] après {{AVC}}; M. [[PERSON:Marc-Antoine de Weck]] présente une {{transformation hémorragique}} {{HI2}} selon {{ECASS}}; examen du [[DATE:30.03.2025]]."),
    _fr("Mme [[PERSON:Kouadio Adjoua]] (interprète: M. [[PERSON:Serge Yao]]); {{drépanocytose}}, {{nécrose avasculaire}} de la {{tête fémorale}}, {{Ficat}} III. Examen du [[DATE:12 mai 2025]], n° [[ID:FR-2025-00812]]."),
    _fr("Le [[INSTITUTION:RHNe]] nous adresse M. [[PERSON:Julien Matthey-Doret]] le [[DATE:4 juin 2025]]; {{fracture de Segond}} et {{épanchement}}, {{IRM}} {{Siemens Aera}}."),
    # --- IT (CH italiano) ---
    _it("La sig.ra [[PERSON:Teresa Lurati]], ospite della [[INSTITUTION:Casa per anziani Al Parco]], caduta il [[DATE:9 marzo 2025]]; {{frattura di Garden}} IV, {{collo femorale}} sinistro."),
    _it("Trasferito dalla [[INSTITUTION:Clinica Santa Chiara]] il [[DATE:27.01.2025]]; il sig. [[PERSON:Ivo Mombelli]] è accompagnato dalla nipote [[PERSON:Sofia Mombelli]]. {{Pneumotorace}} apicale destro. Telefono nipote [[PHONE:076 556 12 90]]."),
    _it("Già seguita dal dott. [[PERSON:Kwabena Owusu]] all'[[INSTITUTION:Ospedale Beata Vergine]]; {{malattia di Crohn}}, {{ileite terminale}}, {{segno del pettine}}. Paziente [[PERSON:Marisa Caccia]], esame del [[DATE:18.03.2025]]."),
    _it("Paziente [[PERSON:Angelo Sciarini]], [[ADDRESS:Via San Gottardo 48]], [[ADDRESS:6648 Minusio]], inviato dallo [[INSTITUTION:Studio medico Ascona]]; {{ernia di Spigelio}} destra."),
    _it("La badante, sig.ra [[PERSON:Daniela Popescu]], riferisce che il sig. [[PERSON:Aldo Rusconi]] ([[AGE:95]] anni) non mangia da giorni; {{occlusione}} da {{calcolo biliare}}, {{triade di Rigler}}."),
    _it("In riabilitazione alla [[INSTITUTION:Clinica Varini]] dal [[DATE:10.04.2025]]; {{protesi}} totale d'anca {{Zimmer}}, {{lussazione}} posteriore. Fisioterapista [[PERSON:Matteo Lanfranchi]]."),
)


BATCHES: dict[str, tuple[Snippet, ...]] = {"BATCH1": BATCH1, "BATCH2": BATCH2, "BATCH3": BATCH3}
