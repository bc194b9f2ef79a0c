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


BATCHES: dict[str, tuple[Snippet, ...]] = {"BATCH1": BATCH1}
