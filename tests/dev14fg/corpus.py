# ruff: noqa: E501
"""DEV corpus of round 14c: addresses (issue 14, deid-addr14c).

Written before any change of this round and before reading the address code, without opening a held-out set, from
the class the lead named (ADDRESS the weakest label after INSTITUTION on two clean blind sets, Swiss texts the
weakest country on one; counts only): addresses as they occur in DE/AT/CH/FR/IT/UK/US reports, letters, RIS headers,
HL7 PID-11, CSV exports, DICOM PatientAddress and e-mail signatures: street + number with and without postcode and
town, line-broken blocks, "c/o", flat / Whg. / Stiege / Tür / Top numbers, PO boxes (Postfach, BP), rural routes,
UK postcodes alone, "CH-" / "A-" / "D-" postcodes, Italian via / viale / piazza / corso and French rue / avenue /
chemin / route / place with the number before or after, Bavarian / Tyrolean hamlet + number, "OT" districts,
care-home addresses, a teleradiologist's city, residence towns after "wohnhaft in" / "domiciliée à" / "residente
a" / "lives in", US Apt / Ste / Unit, county and state with ZIP+4. Look-alikes: "per via endovenosa", street-named
eponyms and diseases, vertebral levels, "Top" as an English word, sequence names, drug names, clock times, image
numbers, sizes.

Markup as tests/curation/deid/text/corpus_de_en: ``[[LABEL:text]]`` is PHI, ``{{text}}`` a keep-term. Conventions
as held-out 21's: a town as residence, address or reporting site is ADDRESS, a town naming a facility is part of the
INSTITUTION; titles outside the spans; a US state or Italian province written with its town is inside the span.
Measured once, when written, with the code at the branch point (f474e02), no spaCy (51 excerpts: de 22, en 14,
fr 8, it 7; 133 PHI spans: ADDRESS 93, PERSON 29, INSTITUTION 5, DATE 4, ID 2; 128 keep-terms):
tagger on: recall all 0.902 (ADDRESS 81/93, INSTITUTION 4/5, others complete), keep 0.977 (125/128), false hits 7 of
122 spans (5.7 %); tagger off: recall all 0.880 (ADDRESS 78/93, INSTITUTION 4/5), keep 0.977, false hits 6 of 118
(5.1 %). After that figure one span was re-marked to the older corpora's convention (tests/dev14fc): an HL7 PID-11
field is one ADDRESS span, its country component included (91 ADDRESS spans since).
Batch B (30 excerpts: de 11, en 11, fr 4, it 4; 70 PHI spans: ADDRESS 59; 78 keep-terms), written after batch A's
changes and before any change made for it, measured once: tagger on recall all 0.843 (ADDRESS 48/59), keep 1.000,
0 false hits of 59 spans; tagger off 0.829 (ADDRESS 47/59), keep 1.000, 0 of 58.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- Germany ---
    _de("Patient: [[PERSON:Reinhold Beckstein]], geb. [[DATE:03.07.1949]]\nwohnhaft in [[ADDRESS:Bad Wimpfen]], {{CT}} {{Thorax}} mit {{KM}}: kein {{Rundherd}}."),
    _de("Anschrift des Patienten:\n[[ADDRESS:Am Hirschgraben 27a]]\n[[ADDRESS:63739 Aschaffenburg]]\n{{MRT}} {{LWS}}: {{Bandscheibenvorfall}} {{L4/5}}."),
    _de("Frau [[PERSON:Gerlinde Obst]] c/o [[PERSON:Manfred Obst]], [[ADDRESS:Lindenallee 5, Whg. 12]], [[ADDRESS:04109 Leipzig]]\n{{Mammographie}} beidseits: {{BI-RADS 2}}."),
    _de("Name:\t[[PERSON:Kowalski, Dariusz]]\tGeb.:\t[[DATE:19.11.1962]]\nStraße:\t[[ADDRESS:Hafenstr. 118]]\tPLZ/Ort:\t[[ADDRESS:26789 Leer]]\nUntersuchung:\t{{CT}} {{Schädel}} nativ"),
    _de("Rückfragen bitte schriftlich an die Praxis, [[ADDRESS:Postfach 10 22 41]], [[ADDRESS:44022 Dortmund]]; {{Befund}} folgt."),
    _de("Bewohnerin des Seniorenzentrums [[INSTITUTION:Haus Abendfrieden]], [[ADDRESS:Kirchplatz 3]], [[ADDRESS:97199 Ochsenfurt]]; {{Röntgen}} {{Becken}}: {{Schenkelhalsfraktur}} rechts."),
    _de("Wohnort: [[ADDRESS:Reit 4]], [[ADDRESS:83352 Altenmarkt]] OT [[ADDRESS:Rabenden]]; Zuweisung durch den {{Hausarzt}}, {{Sonographie}} der {{Leber}}."),
    _de("PID|1||[[ID:4471120]]^^^KH||[[PERSON:Brandl^Theresia]]||[[DATE:19380214]]|F|||[[ADDRESS:Schulweg 9^^Rosenheim^^83024^D]]"),
    _de("Teleradiologische Befundung: Dr. med. [[PERSON:Sanne Visser]], Befundungsstandort [[ADDRESS:Groningen]] (NL). {{CT}} {{Kopf}}: keine {{Blutung}}."),
    _de("An\nHerrn\n[[PERSON:Yusuf Aydın]]\n[[ADDRESS:Weidenweg 14]]\n[[ADDRESS:D-45327 Essen]]\n\nBetreff: {{MRT}} {{Kniegelenk}} rechts vom [[DATE:14.01.2026]]"),
    _de("PatID;Name;Strasse;PLZ;Ort;Untersuchung\n[[ID:7734102]];[[PERSON:Hübner, Kai]];[[ADDRESS:Gartenfeldstraße 2]];[[ADDRESS:55118]];[[ADDRESS:Mainz]];{{CT}} {{Abdomen}}"),
    _de("Mit freundlichen Grüßen\nDr. [[PERSON:Ulrike Brenninkmeyer]]\nFachärztin für Radiologie\n[[INSTITUTION:MVZ Radiologie Rheinufer]]\n[[ADDRESS:Kaiserswerther Str. 199-201]] · [[ADDRESS:40474 Düsseldorf]]"),
    # --- Austria ---
    _de("Pat. [[PERSON:Leopold Haberl]], [[ADDRESS:Hernalser Hauptstraße 141/Stiege 2/Top 14]], [[ADDRESS:1170 Wien]]\n{{CT}} {{Thorax}}: {{Lungenembolie}} beidseits."),
    _de("Wohnadresse: [[ADDRESS:Gurkgasse 37/2/9]], [[ADDRESS:A-1140 Wien]]. {{Sonographie}} {{Abdomen}}: {{Cholezystolithiasis}}."),
    _de("Frau [[PERSON:Notburga Zangerl]], [[ADDRESS:Stuben 112]], [[ADDRESS:6542 Pfunds]], nach Sturz beim Skifahren: {{Tibiakopffraktur}} links."),
    _de("Herr [[PERSON:Alois Kranebitter]], Heimbewohner, zuvor wohnhaft in [[ADDRESS:Matrei in Osttirol]]; {{CT}} {{HWS}}: {{Densfraktur}} Typ II."),
    _de("Zustelladresse: [[ADDRESS:Kirchengasse 4, Stiege B, Tür 11]], [[ADDRESS:4020 Linz]]\n{{MRT}} {{Schulter}} links."),
    # --- Switzerland ---
    _de("Patient: [[PERSON:Urs Gisler]], [[ADDRESS:Dorfstrasse 41]], [[ADDRESS:CH-6460 Altdorf UR]]\n{{MRI}} {{Schulter}}: {{Rotatorenmanschettenruptur}}."),
    _de("Zuweisung: Hausarztpraxis Dr. [[PERSON:Ruedi Kälin]], [[ADDRESS:Hauptstrasse 7]], [[ADDRESS:8840 Einsiedeln]]; {{Röntgen}} {{Thorax}} p.a."),
    _fr("Madame [[PERSON:Josiane Pittet]], domiciliée à [[ADDRESS:Bulle]], {{IRM}} {{cérébrale}}: pas de {{lésion ischémique}}."),
    _fr("Patient: [[PERSON:Yvan Delacrétaz]], [[ADDRESS:Route de Berne 52]], [[ADDRESS:1700 Fribourg]]. {{Radiographie}} du {{thorax}}: {{épanchement pleural}} gauche."),
    _fr("M. [[PERSON:Cédric Monnard]], [[ADDRESS:chemin du Grand-Pré 3bis]], [[ADDRESS:CH-1260 Nyon]]; {{échographie}} {{rénale}} normale."),
    _it("Paziente [[PERSON:Fulvio Pedrazzini]], residente a [[ADDRESS:Giubiasco]], {{TC}} {{addome}}: {{calcolosi renale}} a destra."),
    _it("Sig.ra [[PERSON:Mirella Bernasconi]], [[ADDRESS:Via Vergiò 18]], [[ADDRESS:6932 Breganzona]]\n{{RM}} {{ginocchio}} sinistro: {{lesione meniscale}}."),
    _de("(0010,0010) PN [[[PERSON:Wyss^Margrit]]]  # PatientName\n(0010,1040) LO [[[ADDRESS:Seestrasse 88]], [[ADDRESS:8712 Stäfa]]]  # PatientAddress"),
    # --- France ---
    _fr("Mme [[PERSON:Armelle Le Goff]]\n[[ADDRESS:12, rue des Tanneurs]]\n[[ADDRESS:29000 Quimper]]\nObjet: {{mammographie}} de dépistage, {{ACR 2}}."),
    _fr("Patient domicilié [[ADDRESS:4 place du Marché]], [[ADDRESS:71100 Chalon-sur-Saône]]; {{scanner}} {{abdomino-pelvien}}: {{appendicite}}."),
    _fr("Adresse: [[ADDRESS:Résidence Les Tilleuls, bât. B, appt 23]], [[ADDRESS:17 avenue Jean-Jaurès]], [[ADDRESS:69007 Lyon]]"),
    _fr("EHPAD [[INSTITUTION:Les Glycines]], [[ADDRESS:8 route de Thionville]], [[ADDRESS:57140 Woippy]]: {{radiographie}} du {{bassin}}."),
    # --- Italy ---
    _it("Paziente: [[PERSON:Salvatore Iacono]], [[ADDRESS:Viale della Libertà 112]], [[ADDRESS:90143 Palermo]]. {{TC}} {{torace}}: {{noduli polmonari}} multipli."),
    _it("Indirizzo: [[ADDRESS:Piazza Garibaldi, 5]] - [[ADDRESS:43121 Parma (PR)]]\n{{Ecografia}} {{tiroidea}}."),
    _it("Sig. [[PERSON:Ettore Bianchin]], [[ADDRESS:Corso Vittorio Emanuele II 84]], [[ADDRESS:10121 Torino]]. Accesso {{per via femorale}} destra."),
    _it("Residente in [[ADDRESS:frazione San Martino 14]], [[ADDRESS:Castelnuovo di Garfagnana (LU)]]; {{RX}} {{torace}} negativo."),
    # --- United Kingdom ---
    _en("Mrs [[PERSON:Gwendolyn Pryce]]\n[[ADDRESS:Flat 7, Hawthorn Court]]\n[[ADDRESS:22 Clydach Road]]\n[[ADDRESS:Morriston]]\n[[ADDRESS:SWANSEA]]\n[[ADDRESS:SA6 6QP]]\nRe: {{CT}} {{pulmonary angiogram}}"),
    _en("Patient postcode: [[ADDRESS:LS17 8JN]]. {{Ultrasound}} {{abdomen}}: {{fatty liver}}."),
    _en("Resides at [[INSTITUTION:Brambles Care Home]], [[ADDRESS:Station Road]], [[ADDRESS:Haddenham]], [[ADDRESS:HP17 8AJ]]; {{XR}} {{hip}}: {{intertrochanteric fracture}}."),
    _en("Lives in [[ADDRESS:Ballymena]] with her daughter. {{MRI}} {{brain}}: {{small vessel disease}}."),
    _en("c/o [[PERSON:Siobhan Carragher]], [[ADDRESS:The Old Rectory]], [[ADDRESS:Church Lane]], [[ADDRESS:Great Shelford]], [[ADDRESS:Cambridge CB22 5EL]]"),
    # --- United States ---
    _en("Patient: [[PERSON:Darnell Whitfield]]\nAddress: [[ADDRESS:4417 Greenbriar Dr, Apt 3C]]\n[[ADDRESS:Decatur, GA 30032-4418]]\nExam: {{CT}} {{head}} without contrast"),
    _en("[[PERSON:Lorraine Kubiak]] | [[ADDRESS:1289 W Belmont Ave Unit 2R]] | [[ADDRESS:Chicago IL 60657]] | {{MRI}} {{lumbar spine}}"),
    _en("Mailing: [[ADDRESS:PO Box 2217]], [[ADDRESS:Kalispell, MT 59903]]. Home: [[ADDRESS:RR 3 Box 41A]], [[ADDRESS:Whitefish]]."),
    _en("Pt resides in [[ADDRESS:Tuscarawas County, OH 44663-2207]]; {{CTA}} {{chest}} negative for {{PE}}."),
    _en("Read remotely by [[PERSON:Priya Raman]], MD (teleradiology, [[ADDRESS:Bangalore]]). {{CT}} {{abdomen}}: {{no acute findings}}."),
    _en("[[INSTITUTION:Lakeshore Imaging]], [[ADDRESS:800 N Harbor Blvd, Ste 110]], [[ADDRESS:Anaheim, CA 92805]]\n{{DEXA}}: {{osteopenia}}."),
    _en("Emergency contact: [[PERSON:Marisol Ortega]] (sister), [[ADDRESS:73 Pine St]], [[ADDRESS:Lowell MA 01852]]"),
    # --- look-alikes ---
    _it("Somministrazione di {{mezzo di contrasto}} {{per via endovenosa}}; {{via biliare principale}} non dilatata, {{corso}} regolare del {{coledoco}}."),
    _en("Top of the {{dens}} intact; {{STIR}} series 7, image 34; {{Hounsfield units}} 35; lesion 12 x 9 mm at {{L2-L3}}."),
    _de("{{Morbus Basedow}} bekannt, {{Baker-Zyste}} 3 x 2 cm, {{Hill-Sachs-Delle}}; {{T2 TSE}} sagittal, Bild 14/22, {{Gadovist}} 7,5 ml um 14:20 Uhr."),
    _fr("{{Sonde}} en place; {{mise en place}} d'un {{drain}} par voie {{percutanée}}, {{chemin}} {{sous-costal}}; {{Place}} de l'{{IRM}} à discuter."),
    _en("Access via the right {{common femoral artery}}; {{Virchow}} node not enlarged; {{Stroke Unit}} transfer at 16:05; {{unit dose}} {{heparin}}."),
    _de("{{Stroke Unit}}, {{Tür-zu-Nadel-Zeit}} 38 min; {{Virchow-Trias}}; {{Top-Befund}} nicht erhoben; {{Wirbelkörper}} {{BWK 12}}."),
)

# Batch B: written after batch A's changes, before any change made for it, measured once: see the module docstring.
DEV_B: tuple[Snippet, ...] = (
    _de("Herr [[PERSON:Beat Zurbuchen]], [[ADDRESS:Oberdorf 12]], [[ADDRESS:3655 Sigriswil]]\n{{Röntgen}} {{Hand}} links: {{Skaphoidfraktur}}."),
    _fr("Mme [[PERSON:Laure Chappuis]], [[ADDRESS:En Budron C 9]], [[ADDRESS:1052 Le Mont-sur-Lausanne]]; {{IRM}} du {{genou}}."),
    _it("Sig. [[PERSON:Mauro Cattaneo]], [[ADDRESS:Nucleo 3]], [[ADDRESS:6652 Tegna]]; {{TC}} {{cranio}} senza {{mdc}}."),
    _de("Die Patientin wohnt in [[ADDRESS:8706 Meilen]] und kommt zur {{Verlaufskontrolle}} des {{Lungenrundherds}}."),
    _de("Wohnhaft: [[ADDRESS:Rebbergstr. 5a]], [[ADDRESS:8049 Zürich-Höngg]]\n{{CT}} {{Abdomen}}: {{Divertikulitis}}."),
    _de("Hr. [[PERSON:Reto Caduff]], [[ADDRESS:Via Principala 22]], [[ADDRESS:7180 Disentis/Mustér]]; {{MRI}} {{LWS}}."),
    _fr("[[ADDRESS:Route de Genève 71]], [[ADDRESS:case postale 1216]], [[ADDRESS:1260 Nyon 1]]\n{{Échographie}} {{abdominale}}."),
    _it("Sig.ra [[PERSON:Nives Rusconi]], [[ADDRESS:Strada di Gandria 15]], [[ADDRESS:6976 Castagnola]]; {{RX}} {{bacino}}."),
    _de("Herr [[PERSON:Karl Haas]], [[ADDRESS:Gut Eichenhof]], [[ADDRESS:24340 Eckernförde]]; {{CT}} {{Thorax}}: {{Emphysem}}."),
    _de("Wohnhaft [[ADDRESS:Ringstr. 12]] in [[ADDRESS:91054 Erlangen]]; {{Sonographie}} {{Schilddrüse}}."),
    _de("Pat. wohnhaft [[ADDRESS:5020 Salzburg]], [[ADDRESS:Linzer Gasse 27/3]]. {{MRT}} {{Schädel}}: {{Mikroangiopathie}}."),
    _de("[[ADDRESS:Siedlung 14]], [[ADDRESS:4872 Neukirchen an der Vöckla]]\n{{Röntgen}} {{Thorax}}: {{Pneumonie}} rechts basal."),
    _de("Anschrift: [[ADDRESS:Lange Reihe 45]], [[ADDRESS:20099 Hamburg]]\n{{MRT}} {{Hüfte}}: {{Femurkopfnekrose}}."),
    _en("Address: [[ADDRESS:14a Acacia Avenue]], [[ADDRESS:Hebden Bridge]], [[ADDRESS:West Yorkshire HX7 8PZ]]\n{{MRI}} {{knee}}."),
    _en("[[ADDRESS:Rosebank]], [[ADDRESS:3 Mill Brae]], [[ADDRESS:Kirkcaldy]], [[ADDRESS:Fife KY1 2AB]]\n{{CT}} {{KUB}}: {{ureteric calculus}}."),
    _en("Lives at [[ADDRESS:22 Dunmore St]], [[ADDRESS:Belfast BT5]]. {{CXR}}: {{clear lungs}}."),
    _en("Address: [[ADDRESS:7 The Paddocks]], [[ADDRESS:Little Snoring]] [[ADDRESS:NR21 0HX]]; {{DEXA}} {{scan}}."),
    _en("[[ADDRESS:1402 E 5th St #B]], [[ADDRESS:Austin, TX 78702]]\n{{US}} {{renal}}: {{no hydronephrosis}}."),
    _en("Pt lives at [[ADDRESS:88 Oak Hollow Ln]], [[ADDRESS:Chapel Hill]]; {{MRI}} {{shoulder}}: {{labral tear}}."),
    _en("Address on file: [[ADDRESS:512 Route 9W]], [[ADDRESS:Newburgh NY 12550]]. {{CT}} {{sinus}}."),
    _en("Resident of [[INSTITUTION:Shady Pines Assisted Living]], [[ADDRESS:300 Mercy Way]], [[ADDRESS:Toledo OH 43615]]; {{XR}} {{pelvis}}."),
    _fr("Mme [[PERSON:Yvette Caron]], [[ADDRESS:Lieu-dit La Grange Neuve]], [[ADDRESS:24200 Sarlat-la-Canéda]]; {{scanner}} {{cérébral}}."),
    _fr("Patiente demeurant [[ADDRESS:3 impasse des Lilas]], [[ADDRESS:44300 Nantes]]; {{mammographie}} {{bilatérale}}."),
    _it("Sig. [[PERSON:Gino Pavan]], [[ADDRESS:Via Nazionale n. 45/A]], [[ADDRESS:33010 Tavagnacco (UD)]]; {{ecografia}} {{epatica}}."),
    _it("Paziente domiciliata a [[ADDRESS:Borgo San Lorenzo]], {{RM}} {{mammella}}: {{BI-RADS 2}}."),
    _en("Reading radiologist located in [[ADDRESS:Sydney]], Australia (overnight cover). {{CT}} {{brain}}: {{no acute infarct}}."),
    _en("(0010,1040) Patient's Address: [[ADDRESS:45 Elm Street]], [[ADDRESS:Ashford]], [[ADDRESS:Kent TN23 1AB]]\n(0008,0060) Modality: {{MR}}"),
    _de("[[INSTITUTION:Praxis am Markt]] | [[ADDRESS:Marktstraße 4]] | [[ADDRESS:72070 Tübingen]] | Tel. [[PHONE:07071 55 21 90]]"),
    # look-alikes
    _en("Pt is on {{Route 66}} protocol? No: the {{route}} of {{administration}} is oral; {{Box}} 3 of the {{kit}}; {{Unit}} 4 {{PRBC}} given."),
    _de("{{Gut}} abgrenzbar, {{Siedlung}} der {{Metastasen}} im {{Lebersegment 7}}; {{Nucleus pulposus}} {{L5/S1}}."),
)

