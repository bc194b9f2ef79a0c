"""Held-out refs O: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain` and the class sets), the module docstrings of refs K, L, M and N (to write
different texts), the runner tests/heldout_refs_blind/measure_refs.py, tests/heldout_refs_blind/floors.py and
refs K's floor test. Written in one pass, reread once for ambiguity (genuinely ambiguous citations were made
explicit or left out), then measured once. Do not tune the miner on these texts; measure with
`python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_o.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section (a series heading,
also a heading naming a prior study's series); a plane word changes nothing; a citation into a prior,
comparison, baseline, outside or Vorbefund study is gold with prior_study true and class `prior`. Only the
series/image words and numbers are inside a citation's visible span; plane, sequence and prior words before it
stay outside. Lang follows refs C (German for DE/AT/CH), so all Swiss texts are German.

Mix: 76 excerpts (DE 16, AT 15, CH 15 German; UK 15, US 15 English), 234 gold refs, 44 of them into a prior
study, 295 marked confounders. Habits: DE "Serie 4, Bild 150, 163 und 171", "sag. T2 Se 5/Bi 9", glued
"Se5Bi11"/"Serie3Bild45", dictated "Klammer auf Serie sieben Bild einundvierzig Klammer zu Punkt", RECIST rows
"Bild 4/88 - Baseline Bild 3/80", "Se. 2, Bi. 14-19" then "Bi. 17", numbered impression lines, "Ser. 3, B. 11",
"Ser. 5 (arteriell ...)" headings with "Bild 44 und 46", "Se 3, Bi 38" after VU, "Subtraktion Serie 1003 Bild 88",
"Bild 5/61, 5/66", "Bild 5/48-55", "Schicht 212 der Serie 4" then "Schicht 154", "S. 3, B. 88-96", viewer colon
"Se:6 Bi:44" with external series 1201/1301, prior lists "VU Serie 4, Bild 60 und 64"; AT "Sr. 4 / Img. 77",
Siemens "Serie 5 IMA 14", "Bilder 210, 224 und 238 der Serie 6", glued "S4B88"/"S9B31" (Fremd-MRT),
"Schnittbild 34, Serie 2", "Bild Nr. 25 bis 31" under a series heading, "Serie 3, Bild 410 bis 455" then
"Bild 462", dictated "Serie zwei Bild vierundzwanzig Beistrich", "Se. 502 Bi. 33", "Bild Nr. 96, 101, Serie 5",
"VB Se 4 Bi 15 -> jetzt Se 4 Bi 14", "Serie 6/Bild 230", hash "Se#3 Bi#41", a heading "Serie 3 der
Voruntersuchung" with image-only priors below; CH square brackets "[Serie 3: Bild 88]", "Serie 5 - Bild 112",
"Ser3 Img45, Ser14 Img45", "Ser3 Img60, Img64", "S. 4/B. 13", "Bilder 33-41" (en dash) under "Befund: Serie 4",
"Bild 74 (Serie 2)", "Se 5 Ima 38", "Se. 4/Bi. 55-60", "auf Bild 14 der Serie 6 bzw. koronar Bild 31 der Serie
7", "Serie #5 Bild #31", "Se4/Bi66", "Schnitt 41/Serie 3", "Ser. 3 Bild 72", "Se. 12/Bi. 40" (hiesig/auswärts),
RECIST rows "Baseline Serie 3 Bild 201 / heute Serie 4 Bild 199"; UK "series 3 image 212", "Se 7 Im 18",
"Series 4 (axial post-contrast):" heading with "image 88", "images 31 and 33", "Se 5 Im 144, 151, 158", bare
RECIST "4/55" with baseline "3/52", "slice 88 of series 4", "Im 14 Se 6", numbered impression with "outside CT
series 3, image 6", "images 30, 34 and 41 (series 5)", "image 38 (series 5)", supine/prone "Se 2 Im 310",
"Img 77, Ser 3", dictated "series eleven image thirty four full stop", "images 9-13" (en dash) under a sagittal
series heading, "prior Se 2 Im 118", "ser.7 img.22"; US colon-compact "(3:45)", "(prior 3:41)", "series 2,
images 88, 102 and 131", "se 11 im 54", "(image 20)" after a full citation, a pipe table Today/Baseline of
compact citations, impression "(2:61; coronal 601:44)", "#8, image 22", "image 33 on series 7", "outside
PET/CT series 3, image 95", "series 3, images 40 through 58", "ser 4 img 33", "Series 601, Image 45" with prior
"Series 501, Image 41", "series 3 images 200-215", "outside series 5, image 188", "image 23 of 40, series 6",
"comparison MRCP series 4, image 14". Prior citations: VU, VB, Vorbefund, Voraufnahme, Voruntersuchung,
Vorstudie, Vor-CT, Fremd-MRT, extern, auswaertige CT/MRI, Baseline rows, previously, prior, baseline, outside
CT/study, comparison MRCP. Confounders in the same sentences: sizes and volumes, dates (dots, slashes, year,
spelled month), clock times and clock-face positions, vertebral and nodal levels, liver and lung segments and
stations, doses (DLP, CTDIvol, MBq, mCi), TNM/FIGO/ARCO/Hinchey and other grades, RADS and other scores, lab
values (incl. HU and SUV), ratios and percentages, counters, phone, bleep and extension numbers, blood pressure,
ages and follow-up intervals, "3 Bilder".
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

# (id, origin, marked text); offsets are computed by `_excerpt` from the markup.
_RAW: tuple[tuple[str, str, str], ...] = (
    (
        "o-de-01",
        "DE",
        "CT Thorax/Abdomen mit KM, Restaging. Vergleich: auswärtige VU vom ⟪14.02.2026¦date⟫.\n"
        "Befund: ⟨a¦Größenprogredienter Rundherd im rechten Unterlappen, Segment ⟪10¦segment⟫, jetzt ⟪14 x 11 "
        "mm¦size⟫⟩ (⟦Serie 4, Bild 212¦4:212¦full_de¦a⟧), ⟨ap¦in der VU ⟪9 x 8 mm¦size⟫⟩ (VU ⟦Serie 3, Bild "
        "198¦p3:198¦prior¦ap⟧). ⟨b¦Weitere subpleurale Knötchen links bis ⟪4 mm¦size⟫⟩ (⟦Serie 4, Bild 150, "
        "163 und 171¦4:150,4:163,4:171¦list¦b⟧).",
    ),
    (
        "o-de-02",
        "DE",
        "MRT LWS nativ. ⟨a¦Bandscheibenextrusion ⟪LWK 4/5¦level⟫ mediolinks mit Kontakt zur Wurzel "
        "⟪L5¦level⟫⟩ (sag. T2 ⟦Se 5/Bi 9¦5:9¦plane¦a⟧, ax. T2 ⟦Se 7/Bi 22¦7:22¦plane¦a⟧). "
        "⟨b¦Modic-I-Veränderungen der Grundplatte ⟪LWK 4¦level⟫⟩ (⟦Se5Bi11¦5:11¦glued¦b⟧). ⟨c¦Spinalkanal in "
        "Höhe ⟪L3/4¦level⟫ mit ⟪9 mm¦size⟫ grenzwertig weit⟩ (⟦Se 7/Bi 15¦7:15¦slash¦c⟧).",
    ),
    (
        "o-de-03",
        "DE",
        "Leber: ⟨a¦In Segment ⟪VII¦segment⟫ arteriell hyperperfundierte Läsion von ⟪23 mm¦size⟫ mit Washout "
        "in der PV-Phase⟩ Klammer auf ⟦Serie sieben Bild einundvierzig¦7:41¦full_de¦a⟧ Klammer zu Punkt "
        "⟨b¦Eine zweite Läsion in Segment ⟪II¦segment⟫ von ⟪8 mm¦size⟫ ohne Washout⟩ Klammer auf ⟦Serie 7 "
        "Bild 18¦7:18¦full_de¦b⟧ Klammer zu. LI-RADS ⟪5¦birads⟫ bzw. ⟪3¦birads⟫. AFP ⟪412 ng/ml¦lab⟫.",
    ),
    (
        "o-de-04",
        "DE",
        "Verlaufstabelle Zielläsionen (RECIST 1.1, Baseline ⟪03.11.2025¦date⟫):\n"
        "1) ⟨a¦Leber Seg. ⟪VI¦segment⟫: ⟪32 mm¦size⟫⟩ (⟦Bild 4/88¦4:88¦slash¦a⟧) – ⟨ap¦Baseline ⟪41 mm¦size⟫⟩ "
        "(⟦Bild 3/80¦p3:80¦prior¦ap⟧)\n"
        "2) ⟨b¦LK paraaortal links: ⟪17 mm¦size⟫ KAD⟩ (⟦Bild 4/131¦4:131¦slash¦b⟧) – ⟨bp¦Baseline ⟪22 "
        "mm¦size⟫⟩ (⟦Bild 3/127¦p3:127¦prior¦bp⟧)\n"
        "Summe ⟪49 mm¦size⟫ vs. ⟪63 mm¦size⟫ (⟪-22 %¦ratio⟫), partielles Ansprechen.",
    ),
    (
        "o-de-05",
        "DE",
        "CT Schädel nativ, ⟪22:47 Uhr¦time⟫, Rückruf an Station ⟪4711¦phone⟫ erfolgt. ⟨a¦Hyperdense Blutung "
        "im Marklager rechts frontal, ca. ⟪3,4 x 2,1 cm¦size⟫, Volumen ca. ⟪9 ml¦size⟫⟩ (⟦Se. 2, Bi. "
        "14-19¦2:14-19¦range¦a⟧). ⟨b¦Mittellinienverlagerung ⟪4 mm¦size⟫ nach links⟩ (⟦Bi. "
        "17¦2:17¦image_only¦b⟧).",
    ),
    (
        "o-de-06",
        "DE",
        "Beurteilung:\n"
        "1. ⟨a¦Neu aufgetretene Lungenembolie im Segmentarterienast ⟪A8¦segment⟫ rechts⟩ (⟦Serie 6 Bild "
        "201¦6:201¦impression¦a⟧).\n"
        "2. ⟨b¦Kein Rechtsherzbelastungszeichen, RV/LV ⟪0,8¦ratio⟫⟩ (⟦Serie 6 Bild 140¦6:140¦impression¦b⟧).\n"
        "3. ⟨c¦Vorbekannte Lymphknoten hilär beidseits größenkonstant⟩ (aktuell ⟦Serie 6 Bild "
        "122¦6:122¦impression¦c⟧, Voraufnahme ⟦Serie 5 Bild 118¦p5:118¦prior¦c⟧).",
    ),
    (
        "o-de-07",
        "DE",
        "MRT Knie rechts. ⟨a¦Horizontalriss im Hinterhorn des Innenmeniskus mit Ausläufer zur Unterfläche⟩ "
        "(koronar ⟦Serie 4, Bild 12¦4:12¦plane¦a⟧; sagittal ⟦Serie 3, Bild 9¦3:9¦plane¦a⟧). "
        "⟨b¦Knochenmarködem im medialen Femurkondylus, ⟪18 mm¦size⟫⟩ (⟦Ser. 3, B. 11¦3:11¦abbrev_de¦b⟧). "
        "⟨c¦Gelenkerguss mäßig⟩.",
    ),
    (
        "o-de-08",
        "DE",
        "Ser. 5 (arteriell, ⟪1 mm¦size⟫ Schichtdicke):\n"
        "⟨a¦Hypervaskularisierte Läsion Pankreasschwanz ⟪12 mm¦size⟫⟩ – ⟦Bild 67¦5:67¦image_only¦a⟧.\n"
        "⟨b¦Zweite Läsion Pankreaskopf ⟪6 mm¦size⟫⟩ – ⟦Bild 44 und 46¦5:44,5:46¦list¦b⟧.\n"
        "Ser. 8 (venös):\n"
        "⟨c¦Keine Lebermetastasen, kleine Zyste Segment ⟪IVa¦segment⟫⟩ – ⟦Bild 33¦8:33¦image_only¦c⟧.\n"
        "Chromogranin A ⟪280 µg/l¦lab⟫.",
    ),
    (
        "o-de-09",
        "DE",
        "Im Vergleich zur VU vom ⟪02.06.2026¦date⟫ ⟨a¦Größenzunahme der Nebennierenraumforderung links von "
        "⟪19¦size⟫ auf ⟪26 mm¦size⟫⟩ (VU ⟦Se 3, Bi 38¦p3:38¦prior¦a⟧; aktuell ⟦Se 4, Bi "
        "41¦4:41¦abbrev_de¦a⟧). ⟨b¦Dichte nativ ⟪32 HE¦lab⟫, Washout absolut ⟪48 %¦ratio⟫⟩ (⟦Se 2, Bi "
        "40¦2:40¦abbrev_de¦b⟧).",
    ),
    (
        "o-de-10",
        "DE",
        "Mammographie und MRT Mamma bds. ⟨a¦Irreguläre Kontrastmittel-anreichernde Raumforderung links bei ⟪2 "
        "Uhr¦time⟫, ⟪11 mm¦size⟫, Kinetik Typ ⟪III¦staging⟫⟩ (Subtraktion ⟦Serie 1003 Bild "
        "88¦1003:88¦full_de¦a⟧). ⟨b¦Kein Korrelat rechts⟩. BI-RADS ⟪5¦birads⟫ links. ⟪3 Bilder¦bild_word⟫ als "
        "Key Images markiert.",
    ),
    (
        "o-de-11",
        "DE",
        "CT Becken. ⟨a¦Nicht dislozierte Fraktur des oberen Schambeinastes rechts⟩ "
        "(⟦Serie3Bild45¦3:45¦glued¦a⟧) und ⟨b¦des Sakrums in Zone ⟪I¦staging⟫ nach Denis⟩ "
        "(⟦Serie3Bild61¦3:61¦glued¦b⟧, koronar ⟦Serie6Bild28¦6:28¦glued¦b⟧). Dosis DLP ⟪412 mGy*cm¦dose⟫.",
    ),
    (
        "o-de-12",
        "DE",
        "Hals-CT: ⟨a¦Vergrößerte Lymphknoten Level ⟪IIa¦level⟫ links bis ⟪19 mm¦size⟫ Kurzachse mit zentraler "
        "Nekrose⟩ (⟦Bild 5/61, 5/66¦5:61,5:66¦slash¦a⟧). ⟨b¦Tumor Zungengrund links, ⟪cT3 cN2b¦staging⟫⟩ "
        "(⟦Bild 5/48-55¦5:48-55¦range¦b⟧). ⟨bp¦In der Vorstudie kleiner⟩ (⟦Bild 2/40¦p2:40¦prior¦bp⟧).",
    ),
    (
        "o-de-13",
        "DE",
        "PET-CT: ⟨a¦FDG-avider Herd im Os ilium links, SUVmax ⟪7,8¦lab⟫⟩ (⟦Schicht 212 der Serie "
        "4¦4:212¦slice_word¦a⟧). ⟨b¦Zweiter Herd in ⟪BWK 9¦level⟫, SUVmax ⟪5,1¦lab⟫⟩ (⟦Schicht "
        "154¦4:154¦slice_word¦b⟧). Applizierte Aktivität ⟪312 MBq¦dose⟫ um ⟪08:12¦time⟫.",
    ),
    (
        "o-de-14",
        "DE",
        "Befund (Tel. Rücksprache Dr. X, Durchwahl ⟪-2345¦phone⟫): ⟨a¦Freie Luft subphrenisch rechts⟩ (⟦S. 3, "
        "B. 22¦3:22¦abbrev_de¦a⟧) sowie ⟨b¦perihepatisch, ca. ⟪5 mm¦size⟫ Saum⟩ (⟦S. 3, B. "
        "25¦3:25¦abbrev_de¦b⟧). ⟨c¦Wandverdicktes Colon sigmoideum mit Divertikeln⟩ (⟦S. 3, B. "
        "88-96¦3:88-96¦range¦c⟧), Hinchey ⟪III¦staging⟫. CRP ⟪184 mg/l¦lab⟫, Leukozyten ⟪16,2 G/l¦lab⟫.",
    ),
    (
        "o-de-15",
        "DE",
        "Vergleich: MRT Leber extern vom ⟪17.07.2026¦date⟫ (Fremdaufnahme, CD eingelesen). ⟨a¦Die Läsion in "
        "Segment ⟪VIII¦segment⟫ ist von ⟪15¦size⟫ auf ⟪21 mm¦size⟫ gewachsen⟩ (aktuell ⟦Se:6 "
        "Bi:44¦6:44¦abbrev_de¦a⟧, extern ⟦Se:1201 Bi:38¦p1201:38¦prior¦a⟧). ⟨b¦Diffusionsrestriktion neu⟩ "
        "(DWI b800 ⟦Se:8 Bi:20¦8:20¦abbrev_de¦b⟧, extern keine Restriktion ⟦Se:1301 Bi:17¦p1301:17¦prior¦b⟧).",
    ),
    (
        "o-de-16",
        "DE",
        "⟨a¦Vorbekannte Spondylodiscitis ⟪BWK 11/12¦level⟫ mit paravertebralem Abszess, jetzt ⟪3,2 x 1,8 "
        "cm¦size⟫⟩ (⟦Serie 5, Bild 66 und 71¦5:66,5:71¦list¦a⟧), ⟨ap¦in der VU noch ⟪4,5 x 2,4 cm¦size⟫⟩ (VU "
        "⟦Serie 4, Bild 60 und 64¦p4:60,p4:64¦prior¦ap⟧). CRP ⟪38 mg/l¦lab⟫ nach ⟪6 Wochen¦followup⟫ "
        "Antibiose.",
    ),
    (
        "o-at-01",
        "AT",
        "CT Abdomen, Vergleich mit Vor-CT vom ⟪28.08.2026¦date⟫. ⟨a¦Die hypodense Läsion in Lebersegment "
        "⟪VIII¦segment⟫ misst aktuell ⟪2,8 cm¦size⟫⟩ (⟦Sr. 4 / Img. 77¦4:77¦abbrev_de¦a⟧), ⟨ap¦vormals ⟪2,1 "
        "cm¦size⟫⟩ (Vor-CT ⟦Sr. 3 / Img. 70¦p3:70¦prior¦ap⟧). ⟨b¦Neue Satellitenläsion dorsal, ⟪7 mm¦size⟫⟩ "
        "(⟦Sr. 4 / Img. 81¦4:81¦abbrev_de¦b⟧).",
    ),
    (
        "o-at-02",
        "AT",
        "MR Schulter links. ⟨a¦Transmurale Ruptur der Supraspinatussehne mit Retraktion um ⟪18 mm¦size⟫⟩ (cor "
        "PD fs ⟦Serie 5 IMA 14¦5:14¦plane¦a⟧), ⟨b¦fettige Degeneration Goutallier ⟪2¦staging⟫⟩ (sag T1 ⟦Serie "
        "7 IMA 6¦7:6¦plane¦b⟧). ⟨c¦Kleine Zyste im Tuberculum majus⟩ (⟦Serie 5 IMA 16¦5:16¦full_de¦c⟧).",
    ),
    (
        "o-at-03",
        "AT",
        "Thorax-CT: ⟨a¦Milchglasareale beidseits basal dorsal betont⟩, z.B. ⟦Bilder 210, 224 und 238 der "
        "Serie 6¦6:210,6:224,6:238¦list¦a⟧. ⟨b¦Traktionsbronchiektasen im linken Unterlappen⟩ (⟦Bild 241 der "
        "Serie 6¦6:241¦full_de¦b⟧). DLCO ⟪48 %¦lab⟫ Soll.",
    ),
    (
        "o-at-04",
        "AT",
        "Vergleichend zur Voruntersuchung vom ⟪12.5.2026¦date⟫ (Fremd-MRT, Röntgeninstitut Mitte): ⟨a¦Das "
        "Meningeom parasagittal rechts ist mit ⟪24 x 19 mm¦size⟫ unverändert⟩ (aktuell ⟦S4B88¦4:88¦glued¦a⟧, "
        "Fremd-MRT ⟦S9B31¦p9:31¦prior¦a⟧). ⟨b¦Kein perifokales Ödem⟩.",
    ),
    (
        "o-at-05",
        "AT",
        "⟨a¦Akute Cholezystitis mit Wandverdickung auf ⟪6 mm¦size⟫ und pericholezystischer Flüssigkeit⟩ "
        "(⟦Schnittbild 34, Serie 2¦2:34¦slice_word¦a⟧). ⟨b¦Konkrement im Infundibulum ⟪14 mm¦size⟫⟩ "
        "(⟦Schnittbild 37, Serie 2¦2:37¦slice_word¦b⟧). Bilirubin ⟪1,9 mg/dl¦lab⟫, Lipase ⟪45 U/l¦lab⟫. "
        "Telefonisch an OA Dr. Y, Kl. ⟪6620¦phone⟫, ⟪14:05¦time⟫.",
    ),
    (
        "o-at-06",
        "AT",
        "Serie 8 (T2 ax):\n"
        "⟨a¦Hyperintense Läsion Pankreaskorpus ⟪9 mm¦size⟫, Verbindung zum Hauptgang⟩ ⟦Bild Nr. "
        "22¦8:22¦image_only¦a⟧, ⟨b¦weitere Seitenastzysten⟩ ⟦Bild Nr. 25 bis 31¦8:25-31¦range¦b⟧.\n"
        "⟨c¦Gangweite ⟪2 mm¦size⟫⟩ ⟦Bild Nr. 19¦8:19¦image_only¦c⟧.\n"
        "Empfehlung: Kontrolle in ⟪12 Monaten¦followup⟫.",
    ),
    (
        "o-at-07",
        "AT",
        "CT-Angiographie der Beinarterien. ⟨a¦Verschluss der A. femoralis superficialis rechts über ⟪8 "
        "cm¦size⟫⟩ (⟦Serie 3, Bild 410 bis 455¦3:410-455¦range¦a⟧) ⟨b¦mit Rekanalisation im Adduktorenkanal⟩ "
        "(⟦Bild 462¦3:462¦image_only¦b⟧). ⟨c¦Hochgradige Stenose der A. poplitea links ⟪70-80 %¦ratio⟫⟩ "
        "(⟦Serie 3, Bild 501¦3:501¦full_de¦c⟧). ⟪Fontaine IIb¦staging⟫.",
    ),
    (
        "o-at-08",
        "AT",
        "Befund Dr. Z, diktiert ⟪07:55¦time⟫: ⟨a¦Pneumothorax rechts apikal mit ⟪2,5 cm¦size⟫ Mantel⟩ ⟦Serie "
        "zwei Bild vierundzwanzig¦2:24¦full_de¦a⟧ Beistrich ⟨b¦Thoraxdrainage links korrekt⟩ ⟦Serie zwei Bild "
        "61¦2:61¦full_de¦b⟧ Punkt.",
    ),
    (
        "o-at-09",
        "AT",
        "MR Prostata (PI-RADS v2.1). ⟨a¦Läsion in der peripheren Zone links posterolateral mid-glandulär, ⟪13 "
        "mm¦size⟫, DWI deutlich restringiert⟩ (T2 ⟦Se. 502 Bi. 33¦502:33¦abbrev_de¦a⟧, ADC ⟦Se. 601 Bi. "
        "14¦601:14¦abbrev_de¦a⟧). PI-RADS ⟪5¦birads⟫. PSA ⟪9,4 ng/ml¦lab⟫, PSA-Dichte ⟪0,21¦ratio⟫. ⟨b¦Keine "
        "Kapselüberschreitung⟩.",
    ),
    (
        "o-at-10",
        "AT",
        "Im Vergleich zur Voraufnahme vom ⟪3.3.2026¦date⟫ ⟨a¦Rückbildung des Pleuraergusses links⟩ "
        "(Voraufnahme ⟦Se 3 Bi 102¦p3:102¦prior¦a⟧; jetzt ⟦Se 3 Bi 98¦3:98¦abbrev_de¦a⟧). ⟨b¦Residuelle "
        "Dystelektase des Unterlappens⟩ (⟦Se 3 Bi 110-118¦3:110-118¦range¦b⟧).",
    ),
    (
        "o-at-11",
        "AT",
        "Nierensteinprotokoll, Low-Dose ⟪CTDIvol 2,1 mGy¦dose⟫. ⟨a¦Konkrement im proximalen Harnleiter links "
        "⟪6 x 4 mm¦size⟫, ⟪980 HE¦lab⟫⟩ (⟦Bild Nr. 140, Serie 5¦5:140¦full_de¦a⟧), ⟨b¦mit Harnstauung "
        "⟪II¦staging⟫°⟩ (⟦Bild Nr. 118, Serie 5¦5:118¦full_de¦b⟧). ⟨c¦Kelchkonkremente rechts bis ⟪3 "
        "mm¦size⟫⟩ (⟦Bild Nr. 96, 101, Serie 5¦5:96,5:101¦list¦c⟧).",
    ),
    (
        "o-at-12",
        "AT",
        "MR Hüfte bds. ⟨a¦Femurkopfnekrose rechts ARCO ⟪II¦staging⟫ ohne Einbruch⟩ (cor STIR ⟦Se 4 Bi "
        "12¦4:12¦plane¦a⟧, cor T1 ⟦Se 3 Bi 12¦3:12¦plane¦a⟧). ⟨b¦Links unauffällig⟩. ⟨c¦Vorbekanntes Ödem im "
        "Trochanter-Bereich rückläufig⟩ (VB ⟦Se 4 Bi 15¦p4:15¦prior¦c⟧ → jetzt ⟦Se 4 Bi "
        "14¦4:14¦abbrev_de¦c⟧).",
    ),
    (
        "o-at-13",
        "AT",
        "⟨a¦Aortenaneurysma infrarenal, maximaler Durchmesser ⟪5,4 cm¦size⟫⟩ (⟦Serie 6/Bild "
        "230¦6:230¦slash¦a⟧), ⟨ap¦im Vor-CT ⟪5,0 cm¦size⟫⟩ (⟦Serie 4/Bild 215¦p4:215¦prior¦ap⟧), Zunahme ⟪4 "
        "mm¦size⟫ in ⟪6 Monaten¦followup⟫. ⟨b¦Wandständiger Thrombus⟩ (⟦Serie 6/Bild 236¦6:236¦slash¦b⟧). "
        "Kreatinin ⟪1,3 mg/dl¦lab⟫.",
    ),
    (
        "o-at-14",
        "AT",
        "Mammographie bds. mit Tomosynthese, Vergleich mit Vorbefund ⟪2024¦date⟫. ⟨a¦Gruppierter pleomorpher "
        "Mikrokalk links oben außen, Ausdehnung ⟪14 mm¦size⟫⟩ (Tomo CC ⟦Se#3 Bi#41¦3:41¦compact¦a⟧, MLO ⟦Se#4 "
        "Bi#38¦4:38¦compact¦a⟧), ⟨ap¦im Vorbefund nicht vorhanden⟩ (⟦Se#2 Bi#40¦p2:40¦prior¦ap⟧). BI-RADS "
        "⟪4c¦birads⟫, ACR ⟪C¦birads⟫.",
    ),
    (
        "o-at-15",
        "AT",
        "Serie 3 der Voruntersuchung (⟪4.4.2026¦date⟫) zum Vergleich:\n"
        "⟨a¦Raumforderung Pankreaskopf damals ⟪22 mm¦size⟫⟩, ⟦Bild 51¦p3:51¦prior¦a⟧, ⟨b¦Gallengang ⟪11 "
        "mm¦size⟫⟩ ⟦Bild 44¦p3:44¦prior¦b⟧.\n"
        "Aktuell Serie 5: ⟨c¦Raumforderung ⟪31 mm¦size⟫, Stent einliegend⟩ ⟦Bild 56¦5:56¦image_only¦c⟧.",
    ),
    (
        "o-ch-01",
        "CH",
        "CT Thorax vom ⟪19.11.2026¦date⟫, Vergleich mit der Voruntersuchung vom ⟪20.05.2026¦date⟫. ⟨a¦Das "
        "spikulierte Knötchen im linken Oberlappen ist grössenprogredient, neu ⟪16 mm¦size⟫⟩ [⟦Serie 3: Bild "
        "88¦3:88¦abbrev_de¦a⟧], ⟨ap¦damals ⟪11 mm¦size⟫⟩ [Voruntersuchung ⟦Serie 2: Bild 80¦p2:80¦prior¦ap⟧]. "
        "⟨b¦Mediastinale Lymphknoten Station ⟪4L¦level⟫ ⟪12 mm¦size⟫⟩ [⟦Serie 3: Bild 61¦3:61¦abbrev_de¦b⟧].",
    ),
    (
        "o-ch-02",
        "CH",
        "MRI Schädel. ⟨a¦Periventrikuläre Marklagerläsion rechts, ⟪7 mm¦size⟫, ovoid, senkrecht zum "
        "Ventrikel⟩ (FLAIR ⟦Serie 5 - Bild 112¦5:112¦full_de¦a⟧). ⟨b¦Keine Schrankenstörung⟩ (T1 KM ⟦Serie 9 "
        "- Bild 110¦9:110¦full_de¦b⟧). Fazekas ⟪1¦birads⟫, EDSS laut Zuweisung ⟪2,5¦counter⟫.",
    ),
    (
        "o-ch-03",
        "CH",
        "MRI Abdomen: ⟨a¦Fokale noduläre Hyperplasie in Segment ⟪IVb¦segment⟫ mit zentraler Narbe, ⟪34 "
        "mm¦size⟫⟩ (⟦Ser3 Img45¦3:45¦compact¦a⟧, hepatobiliäre Phase ⟦Ser14 Img45¦14:45¦compact¦a⟧). ⟨b¦Zwei "
        "kleine Hämangiome Segment ⟪VI¦segment⟫⟩ (⟦Ser3 Img60, Img64¦3:60,3:64¦list¦b⟧).",
    ),
    (
        "o-ch-04",
        "CH",
        "⟨a¦Frische Wirbelkörperkompressionsfraktur ⟪LWK 1¦level⟫ mit Höhenminderung um ca. ⟪30 %¦ratio⟫⟩ "
        "(⟦S. 4/B. 13¦4:13¦slash¦a⟧), ⟨b¦Hinterkante nicht beteiligt⟩ (⟦S. 4/B. 15¦4:15¦slash¦b⟧). Genant "
        "⟪Grad 2¦staging⟫. ⟨c¦Ältere Deckplattenimpression ⟪BWK 12¦level⟫, bereits in der Voraufnahme "
        "sichtbar⟩ (Voraufnahme ⟦S. 3/B. 11¦p3:11¦prior¦c⟧).",
    ),
    (
        "o-ch-05",
        "CH",
        "Befund: Serie 4 (portalvenös)\n"
        "⟨a¦Multiple hypodense Lebermetastasen, grösste in Segment ⟪V¦segment⟫ mit ⟪4,2 cm¦size⟫⟩ (⟦Bilder "
        "33–41¦4:33-41¦range¦a⟧). ⟨b¦Peritonealkarzinose im Douglas⟩ (⟦Bild 122¦4:122¦image_only¦b⟧). "
        "⟨c¦Aszites gering⟩ (⟦Bild 98, 104¦4:98,4:104¦list¦c⟧). CEA ⟪56 µg/l¦lab⟫.",
    ),
    (
        "o-ch-06",
        "CH",
        "Oberbauch-CT im Verlauf zur auswärtigen CT vom ⟪01.09.2026¦date⟫ (Spital Z). ⟨a¦Pseudozyste am "
        "Pankreasschwanz von ⟪6,2¦size⟫ auf ⟪4,8 cm¦size⟫ regredient⟩ (aktuell ⟦Bild 74 (Serie "
        "2)¦2:74¦full_de¦a⟧, auswärtige CT ⟦Bild 51 (Serie 3)¦p3:51¦prior¦a⟧). ⟨b¦Milzvenenthrombose "
        "unverändert⟩ (⟦Bild 80 (Serie 2)¦2:80¦full_de¦b⟧).",
    ),
    (
        "o-ch-07",
        "CH",
        "Radiologie, Telefon ⟪044 255 11 11¦phone⟫. MR Knie links: ⟨a¦Komplette Ruptur des vorderen "
        "Kreuzbandes⟩ (sag PD ⟦Se 5 Ima 38¦5:38¦plane¦a⟧), ⟨b¦Bone bruise lateraler Tibiaplateau und "
        "Femurkondylus⟩ (cor ⟦Se 6 Ima 21¦6:21¦plane¦b⟧, ⟦Se 6 Ima 24¦6:24¦abbrev_de¦b⟧). ⟨c¦Segond-Fraktur "
        "fraglich⟩. Untersuchung um ⟪16:20¦time⟫.",
    ),
    (
        "o-ch-08",
        "CH",
        "CT Hals/Thorax: ⟨a¦Struma nodosa, Knoten rechts ⟪38 mm¦size⟫ mit retrosternaler Ausdehnung⟩ (⟦Se. "
        "4/Bi. 55-60¦4:55-60¦range¦a⟧), ⟨b¦Trachea auf ⟪9 mm¦size⟫ eingeengt⟩ (⟦Se. 4/Bi. 71¦4:71¦slash¦b⟧). "
        "TSH ⟪0,2 mU/l¦lab⟫. TI-RADS ⟪4¦birads⟫.",
    ),
    (
        "o-ch-09",
        "CH",
        "⟨a¦Akute Appendizitis mit Appendikolith ⟪8 mm¦size⟫⟩ auf ⟦Bild 14 der Serie 6¦6:14¦full_de¦a⟧ bzw. "
        "koronar ⟦Bild 31 der Serie 7¦7:31¦plane¦a⟧, ⟨b¦keine Perforation, keine Abszedierung⟩. "
        "⟨c¦Appendixdurchmesser ⟪11 mm¦size⟫⟩ (⟦Bild 16 der Serie 6¦6:16¦full_de¦c⟧). Alvarado ⟪7¦birads⟫ "
        "Punkte.",
    ),
    (
        "o-ch-10",
        "CH",
        "MR Becken: ⟨a¦Zervixkarzinom ⟪FIGO IIB¦staging⟫ mit Parametrieninfiltration links⟩ (T2 sag ⟦Serie #5 "
        "Bild #31¦5:31¦plane¦a⟧, T2 ax schräg ⟦Serie #6 Bild #18¦6:18¦plane¦a⟧). ⟨b¦Lymphknoten iliakal "
        "extern links ⟪11 mm¦size⟫⟩ (⟦Serie #6 Bild #27¦6:27¦full_de¦b⟧), ⟨bp¦in der Vorstudie ⟪7 mm¦size⟫⟩ "
        "(⟦Serie #4 Bild #22¦p4:22¦prior¦bp⟧).",
    ),
    (
        "o-ch-11",
        "CH",
        "⟨a¦Subdurales Hämatom links frontoparietal, max. ⟪9 mm¦size⟫ Breite⟩ (⟦Se4/Bi66¦4:66¦slash¦a⟧), "
        "⟨ap¦gegenüber dem Vor-CT von ⟪06:10¦time⟫ Uhr unverändert⟩ (Vor-CT ⟦Se3/Bi64¦p3:64¦prior¦ap⟧). "
        "⟨b¦Keine Mittellinienverlagerung⟩. GCS ⟪14¦counter⟫.",
    ),
    (
        "o-ch-12",
        "CH",
        "Beurteilung:\n"
        "- ⟨a¦Progrediente ossäre Metastasen im Becken und ⟪LWK 3¦level⟫⟩ (⟦Schnitt 41/Serie "
        "3¦3:41¦impression¦a⟧, ⟦Schnitt 77/Serie 3¦3:77¦impression¦a⟧).\n"
        "- ⟨b¦Neue Lungenmetastase im Mittellappen ⟪6 mm¦size⟫⟩ (⟦Schnitt 140/Serie 5¦5:140¦impression¦b⟧).\n"
        "- Nächste Kontrolle in ⟪3 Monaten¦followup⟫.",
    ),
    (
        "o-ch-13",
        "CH",
        "Thorax-CT. ⟨a¦Pleuraerguss rechts, mittelgradig⟩ (⟦Ser. 3 Bild 72¦3:72¦abbrev_de¦a⟧). ⟨b¦Solider "
        "Rundherd im linken Unterlappen von ⟪9 mm¦size⟫⟩ (⟦Ser. 3 Bild 145¦3:145¦abbrev_de¦b⟧), "
        "⟨bp¦unverändert zur Voruntersuchung⟩ (VU ⟦Ser. 2 Bild 139¦p2:139¦prior¦bp⟧). Fleischner: Kontrolle "
        "in ⟪6-12 Monaten¦followup⟫.",
    ),
    (
        "o-ch-14",
        "CH",
        "Vergleich mit der auswärtigen MRI vom ⟪24.4.2026¦date⟫ (Klinik Hirslanden). ⟨a¦Das "
        "Vestibularisschwannom rechts hat von ⟪11¦size⟫ auf ⟪14 mm¦size⟫ zugenommen⟩ (hiesig ⟦Se. 12/Bi. "
        "40¦12:40¦slash¦a⟧, auswärts ⟦Se. 7/Bi. 22¦p7:22¦prior¦a⟧). ⟨b¦Cochlea beidseits normal⟩. ⟨c¦Neu "
        "kleine Zyste im Kleinhirnbrückenwinkel⟩ (⟦Se. 12/Bi. 43¦12:43¦slash¦c⟧).",
    ),
    (
        "o-ch-15",
        "CH",
        "Verlauf RECIST (Baseline ⟪11.03.2026¦date⟫ / heute):\n"
        "- ⟨a¦Lungenmetastase rechter Unterlappen⟩: ⟪12¦size⟫ → ⟪7 mm¦size⟫ (Baseline ⟦Serie 3 Bild "
        "201¦p3:201¦prior¦a⟧ / heute ⟦Serie 4 Bild 199¦4:199¦full_de¦a⟧)\n"
        "- ⟨b¦Lymphknoten Station ⟪7¦level⟫ mediastinal⟩: ⟪16¦size⟫ → ⟪11 mm¦size⟫ (Baseline ⟦Serie 3 Bild "
        "140¦p3:140¦prior¦b⟧ / heute ⟦Serie 4 Bild 138¦4:138¦full_de¦b⟧)\n"
        "Gesamt ⟪-36 %¦ratio⟫, PR.",
    ),
    (
        "o-uk-01",
        "UK",
        "CT chest, abdomen and pelvis with contrast. Comparison: CT ⟪12/03/2026¦date⟫. Findings: ⟨a¦The right "
        "lower lobe mass now measures ⟪41 x 33 mm¦size⟫⟩ (⟦series 3 image 212¦3:212¦full_en¦a⟧), "
        "⟨ap¦previously ⟪36 x 30 mm¦size⟫⟩ (⟦series 2 image 205¦p2:205¦prior¦ap⟧). ⟨b¦Enlarging subcarinal "
        "node, ⟪14 mm¦size⟫ short axis⟩ (⟦series 3 image 150¦3:150¦full_en¦b⟧). ⟪T2b N2 M0¦staging⟫.",
    ),
    (
        "o-uk-02",
        "UK",
        "MRI lumbar spine. ⟨a¦Broad-based disc protrusion at ⟪L4/5¦level⟫ with moderate left lateral recess "
        "narrowing⟩ (⟦Se 7 Im 18¦7:18¦abbrev_en¦a⟧). ⟨b¦Left foraminal disc extrusion at ⟪L5/S1¦level⟫ "
        "abutting the exiting ⟪L5¦level⟫ root⟩ (⟦Se 7 Im 24¦7:24¦abbrev_en¦b⟧; sagittal ⟦Se 5 Im "
        "3¦5:3¦plane¦b⟧).",
    ),
    (
        "o-uk-03",
        "UK",
        "Series 4 (axial post-contrast):\n"
        "- ⟨a¦Ring-enhancing lesion in the left parietal lobe, ⟪22 mm¦size⟫⟩: ⟦image 88¦4:88¦image_only¦a⟧.\n"
        "- ⟨b¦Second smaller lesion in the right cerebellar hemisphere, ⟪6 mm¦size⟫⟩: ⟦images 31 and "
        "33¦4:31,4:33¦list¦b⟧.\n"
        "- ⟨c¦No leptomeningeal enhancement⟩.\n"
        "Discussed with the neuro-oncology CNS on bleep ⟪2741¦phone⟫ at ⟪15:40¦time⟫.",
    ),
    (
        "o-uk-04",
        "UK",
        "CTPA. ⟨a¦Saddle embolus extending into both main pulmonary arteries⟩ (⟦Se 5 Im "
        "61¦5:61¦abbrev_en¦a⟧). ⟨b¦RV:LV ratio ⟪1.3¦ratio⟫ with reflux of contrast into the IVC⟩ (⟦Se 5 Im "
        "120¦5:120¦abbrev_en¦b⟧). ⟨c¦Segmental emboli in the ⟪RLL¦segment⟫⟩ (⟦Se 5 Im 144, 151, "
        "158¦5:144,5:151,5:158¦list¦c⟧). Findings phoned to the medical SpR at ⟪02:15¦time⟫.",
    ),
    (
        "o-uk-05",
        "UK",
        "Target lesions (RECIST 1.1):\n"
        "T1 ⟨a¦liver segment ⟪VIII¦segment⟫ ⟪28 mm¦size⟫⟩ (⟦4/55¦4:55¦slash¦a⟧) ⟨ap¦baseline ⟪39 mm¦size⟫⟩ "
        "(⟦3/52¦p3:52¦prior¦ap⟧)\n"
        "T2 ⟨b¦left adrenal ⟪19 mm¦size⟫⟩ (⟦4/98¦4:98¦slash¦b⟧) ⟨bp¦baseline ⟪24 mm¦size⟫⟩ "
        "(⟦3/96¦p3:96¦prior¦bp⟧)\n"
        "Sum of diameters ⟪47 mm¦size⟫ (baseline ⟪63 mm¦size⟫), ⟪-25 %¦ratio⟫: stable disease.",
    ),
    (
        "o-uk-06",
        "UK",
        "⟨a¦There is a ⟪9 mm¦size⟫ calculus at the left vesicoureteric junction⟩, ⟦slice 88 of series "
        "4¦4:88¦slice_word¦a⟧, ⟨b¦with mild hydroureteronephrosis, renal pelvis AP diameter ⟪14 mm¦size⟫⟩ "
        "(⟦slice 52 of series 4¦4:52¦slice_word¦b⟧). eGFR ⟪68¦lab⟫.",
    ),
    (
        "o-uk-07",
        "UK",
        "MRI right knee. ⟨a¦Bucket-handle tear of the medial meniscus with a displaced fragment in the "
        "intercondylar notch⟩ (coronal PD fat sat ⟦Im 14 Se 6¦6:14¦plane¦a⟧; sagittal ⟦Im 11 Se "
        "4¦4:11¦plane¦a⟧), ⟨b¦the \"double PCL\" sign⟩ (⟦Im 12 Se 4¦4:12¦abbrev_en¦b⟧). ⟨c¦Grade ⟪2¦staging⟫ "
        "MCL sprain⟩.",
    ),
    (
        "o-uk-08",
        "UK",
        "Impression:\n"
        "1. ⟨a¦Acute left MCA territory infarct with early hypodensity of the insular ribbon⟩ (⟦series 2, "
        "image 14¦2:14¦impression¦a⟧). ASPECTS ⟪7¦birads⟫.\n"
        "2. ⟨b¦Hyperdense left M1 segment⟩ (⟦series 2, image 10¦2:10¦impression¦b⟧).\n"
        "3. ⟨c¦Old right cerebellar infarct, unchanged from the outside CT⟩ (outside CT ⟦series 3, image "
        "6¦p3:6¦prior¦c⟧).\n"
        "Stroke team informed ⟪08:42¦time⟫, onset ⟪07:10¦time⟫.",
    ),
    (
        "o-uk-09",
        "UK",
        "US-guided biopsy planning CT. ⟨a¦Lytic lesion in the right iliac wing, ⟪35 mm¦size⟫⟩ (⟦images 30, 34 "
        "and 41 (series 5)¦5:30,5:34,5:41¦list¦a⟧) ⟨b¦with cortical breakthrough laterally⟩ (⟦image 38 "
        "(series 5)¦5:38¦full_en¦b⟧). Mirels score ⟪8¦birads⟫. Calcium ⟪2.71 mmol/L¦lab⟫.",
    ),
    (
        "o-uk-10",
        "UK",
        "CT colonography. ⟨a¦Sessile polyp in the sigmoid colon, ⟪12 mm¦size⟫, ⟪28 cm¦size⟫ from the anal "
        "verge⟩ (supine ⟦Se 2 Im 310¦2:310¦abbrev_en¦a⟧, prone ⟦Se 4 Im 298¦4:298¦abbrev_en¦a⟧). C-RADS "
        "⟪C2¦birads⟫. ⟨b¦Diverticular disease without inflammation⟩. ⟪2 of 2¦counter⟫ acquisitions adequate.",
    ),
    (
        "o-uk-11",
        "UK",
        "Comparison is made with the MRI of ⟪3rd June 2026¦date⟫. ⟨a¦The vestibular schwannoma in the left "
        "IAM is stable at ⟪8 x 6 mm¦size⟫⟩ (current ⟦Img 77, Ser 3¦3:77¦abbrev_en¦a⟧; prior ⟦Img 75, Ser "
        "9¦p9:75¦prior¦a⟧). ⟨b¦No new lesion⟩. Koos grade ⟪1¦staging⟫.",
    ),
    (
        "o-uk-12",
        "UK",
        "⟨a¦Small pneumothorax at the right apex measuring ⟪12 mm¦size⟫⟩ ⟦series eleven image thirty "
        "four¦11:34¦full_en¦a⟧ full stop ⟨b¦Right-sided chest drain tip at the apex⟩ ⟦series eleven image "
        "twenty¦11:20¦full_en¦b⟧ full stop. Patient ⟪72¦age⟫ years.",
    ),
    (
        "o-uk-13",
        "UK",
        "Series 6 sagittal T2:\n"
        "⟨a¦Cord compression at ⟪T7¦level⟫ from a pathological fracture with retropulsion⟩ (⟦images "
        "9–13¦6:9-13¦range¦a⟧). ⟨b¦Further metastatic deposits at ⟪T10¦level⟫ and ⟪L2¦level⟫⟩ (⟦image "
        "8¦6:8¦image_only¦b⟧, ⟦image 11¦6:11¦image_only¦b⟧). SINS ⟪13¦birads⟫. Oncology on-call informed, ext "
        "⟪5512¦phone⟫.",
    ),
    (
        "o-uk-14",
        "UK",
        "Comparison with the previous CT of ⟪21/09/2026¦date⟫. ⟨a¦The left pleural effusion has increased, "
        "now ⟪45 mm¦size⟫ deep⟩ (⟦Se 3 Im 120¦3:120¦abbrev_en¦a⟧), ⟨ap¦previously ⟪20 mm¦size⟫⟩ (prior ⟦Se 2 "
        "Im 118¦p2:118¦prior¦ap⟧). ⟨b¦Pleural nodularity at the left costophrenic angle, ⟪9 mm¦size⟫⟩ (⟦Se 3 "
        "Im 160¦3:160¦abbrev_en¦b⟧), ⟨bp¦not seen previously⟩ (prior ⟦Se 2 Im 157¦p2:157¦prior¦bp⟧).",
    ),
    (
        "o-uk-15",
        "UK",
        "MRI pelvis for rectal cancer staging. ⟨a¦Low rectal tumour, lower edge ⟪4.5 cm¦size⟫ from the anal "
        "verge, ⟪mrT3c¦staging⟫ with ⟪6 mm¦size⟫ extramural spread⟩ (oblique axial T2 ⟦ser.7 "
        "img.22¦7:22¦plane¦a⟧). ⟨b¦EMVI positive⟩ (⟦ser.7 img.25¦7:25¦abbrev_en¦b⟧). ⟨c¦CRM threatened at ⟪1 "
        "mm¦size⟫ at ⟪7 o'clock¦time⟫⟩ (⟦ser.7 img.27¦7:27¦abbrev_en¦c⟧). ⟨d¦Compared with the baseline MRI, "
        "mesorectal node smaller⟩ (baseline ⟦ser.5 img.30¦p5:30¦prior¦d⟧).",
    ),
    (
        "o-us-01",
        "US",
        "CT abdomen/pelvis with IV contrast. Comparison: ⟪10/14/2026¦date⟫. ⟨a¦Interval enlargement of the "
        "hypoenhancing pancreatic head mass, now ⟪3.1 x 2.6 cm¦size⟫⟩ (⟦3:45¦3:45¦compact¦a⟧), ⟨ap¦previously "
        "⟪2.4 x 2.0 cm¦size⟫⟩ (prior ⟦3:41¦p3:41¦prior¦ap⟧). ⟨b¦It abuts the SMV over ⟪<180 degrees¦ratio⟫⟩ "
        "(⟦3:52¦3:52¦compact¦b⟧). CA 19-9 ⟪844 U/mL¦lab⟫.",
    ),
    (
        "o-us-02",
        "US",
        "⟨a¦Multiple bilateral pulmonary nodules, the largest in the right upper lobe measuring ⟪8 mm¦size⟫⟩ "
        "(⟦series 2, image 67¦2:67¦full_en¦a⟧). ⟨b¦Others measure up to ⟪4 mm¦size⟫⟩ (⟦series 2, images 88, "
        "102 and 131¦2:88,2:102,2:131¦list¦b⟧). Lung-RADS ⟪4A¦birads⟫; recommend follow-up CT in ⟪3 "
        "months¦followup⟫. Pack-years ⟪40¦counter⟫.",
    ),
    (
        "o-us-03",
        "US",
        "MRI brain w/wo. ⟨a¦Enhancing extra-axial mass along the left sphenoid wing, ⟪2.2 cm¦size⟫⟩ (⟦se 11 "
        "im 54¦11:54¦abbrev_en¦a⟧) ⟨b¦with mild mass effect on the left temporal lobe⟩ (⟦se 11 im "
        "60¦11:60¦abbrev_en¦b⟧). ⟨c¦No hydrocephalus⟩. Dictated ⟪3:42 PM¦time⟫.",
    ),
    (
        "o-us-04",
        "US",
        "CT head without contrast. ⟨a¦Acute right subdural hematoma measuring ⟪11 mm¦size⟫ in maximal "
        "thickness⟩ (⟦series 2, image 18¦2:18¦full_en¦a⟧) ⟨b¦with ⟪6 mm¦size⟫ of leftward midline shift⟩ "
        "(⟦image 20¦2:20¦image_only¦b⟧). Critical result called to Dr. K at ⟪(555) 201-3344¦phone⟫ at ⟪11:08 "
        "PM¦time⟫.",
    ),
    (
        "o-us-05",
        "US",
        "Follow-up table (mm):\n"
        "Lesion | Today | Baseline ⟪05/02/2026¦date⟫\n"
        "⟨a¦Liver seg ⟪4A¦segment⟫⟩ | ⟪18¦size⟫ (⟦5:33¦5:33¦compact¦a⟧) | ⟪26¦size⟫ (⟦4:30¦p4:30¦prior¦a⟧)\n"
        "⟨b¦Portacaval node⟩ | ⟪12¦size⟫ (⟦5:47¦5:47¦compact¦b⟧) | ⟪15¦size⟫ (⟦4:45¦p4:45¦prior¦b⟧)\n"
        "⟨c¦Right lung base⟩ | ⟪7¦size⟫ (⟦5:12¦5:12¦compact¦c⟧) | ⟪9¦size⟫ (⟦4:10¦p4:10¦prior¦c⟧)",
    ),
    (
        "o-us-06",
        "US",
        "IMPRESSION:\n"
        "1. ⟨a¦Acute uncomplicated appendicitis, appendix ⟪12 mm¦size⟫⟩ (⟦2:61¦2:61¦impression¦a⟧; coronal "
        "⟦601:44¦601:44¦impression¦a⟧).\n"
        "2. ⟨b¦Incidental ⟪1.4 cm¦size⟫ left adnexal cyst⟩, no follow-up needed (⟦2:88¦2:88¦impression¦b⟧).\n"
        "WBC ⟪14.2¦lab⟫, pain since ⟪2 days¦followup⟫.",
    ),
    (
        "o-us-07",
        "US",
        "MRI lumbar spine. ⟨a¦At ⟪L4-5¦level⟫, disc bulge and facet arthropathy result in moderate central "
        "canal stenosis⟩ (axial ⟦#8, image 22¦8:22¦plane¦a⟧). ⟨b¦At ⟪L5-S1¦level⟫, left paracentral "
        "protrusion contacts the traversing ⟪S1¦level⟫ nerve root⟩ (⟦#8, image 29¦8:29¦abbrev_en¦b⟧; sagittal "
        "⟦#5, image 10¦5:10¦plane¦b⟧).",
    ),
    (
        "o-us-08",
        "US",
        "⟨a¦Hepatic steatosis with a ⟪1.6 cm¦size⟫ arterially enhancing observation in segment ⟪6¦segment⟫⟩ "
        "(arterial phase ⟦image 33 on series 7¦7:33¦full_en¦a⟧), ⟨b¦showing washout and capsule⟩ (portal "
        "venous ⟦image 34 on series 9¦9:34¦full_en¦b⟧). LR-⟪5¦birads⟫. MELD ⟪14¦lab⟫, bilirubin ⟪2.1 "
        "mg/dL¦lab⟫.",
    ),
    (
        "o-us-09",
        "US",
        "Comparison: outside PET/CT ⟪07/21/2026¦date⟫. ⟨a¦Hypermetabolic left axillary node, SUV max "
        "⟪6.3¦lab⟫, ⟪2.0 cm¦size⟫⟩ (⟦series 4, image 98¦4:98¦full_en¦a⟧); ⟨ap¦on the outside study SUV max "
        "⟪9.8¦lab⟫⟩ (outside PET/CT ⟦series 3, image 95¦p3:95¦prior¦ap⟧). Deauville ⟪3¦birads⟫. Injected dose "
        "⟪11.2 mCi¦dose⟫, glucose ⟪96 mg/dL¦lab⟫.",
    ),
    (
        "o-us-10",
        "US",
        "CTA chest. ⟨a¦Type B aortic dissection beginning just distal to the left subclavian artery⟩ (⟦series "
        "3, images 40 through 58¦3:40-58¦range¦a⟧), ⟨b¦extending to the infrarenal aorta⟩ (⟦series 3, image "
        "310¦3:310¦full_en¦b⟧). ⟨c¦Maximum aortic diameter ⟪4.6 cm¦size⟫⟩ (⟦series 3, image "
        "72¦3:72¦full_en¦c⟧). BP ⟪182/104¦blood_pressure⟫ in the ED.",
    ),
    (
        "o-us-11",
        "US",
        "Ultrasound-correlated CT. ⟨a¦Complex cystic renal lesion in the right interpolar kidney, ⟪3.4 "
        "cm¦size⟫, with ⟪2¦counter⟫ thickened enhancing septa⟩ (⟦ser 4 img 33¦4:33¦abbrev_en¦a⟧; ⟦ser 4 img "
        "36¦4:36¦abbrev_en¦a⟧). Bosniak ⟪III¦birads⟫. ⟨b¦Left kidney normal⟩. Creatinine ⟪0.9¦lab⟫.",
    ),
    (
        "o-us-12",
        "US",
        "Comparison is made to prior MRI pelvis dated ⟪1/9/2026¦date⟫. ⟨a¦The posterior wall fibroid measures "
        "⟪5.8 cm¦size⟫⟩ (⟦Series 601, Image 45¦601:45¦full_en¦a⟧), ⟨ap¦previously ⟪5.1 cm¦size⟫⟩ (⟦Series "
        "501, Image 41¦p501:41¦prior¦ap⟧). ⟨b¦New submucosal fibroid, FIGO type ⟪1¦staging⟫, ⟪1.9 cm¦size⟫⟩ "
        "(⟦Series 601, Image 52¦601:52¦full_en¦b⟧).",
    ),
    (
        "o-us-13",
        "US",
        "⟨a¦Nondisplaced fracture of the right ⟪6th¦counter⟫ and ⟪7th¦counter⟫ ribs laterally⟩ (⟦series 3 "
        "image 156¦3:156¦full_en¦a⟧, ⟦series 3 image 171¦3:171¦full_en¦a⟧). ⟨b¦No pneumothorax⟩. ⟨c¦Small "
        "right hemothorax, ⟪190 mL¦size⟫⟩ (⟦series 3 images 200-215¦3:200-215¦range¦c⟧). Patient is a "
        "⟪67¦age⟫-year-old.",
    ),
    (
        "o-us-14",
        "US",
        "Comparison: outside CT from St. Mary's dated ⟪8/2/2026¦date⟫, images reviewed. ⟨a¦The left lower "
        "lobe consolidation has largely resolved⟩ (⟦series 2, image 201¦2:201¦full_en¦a⟧; outside ⟦series 5, "
        "image 188¦p5:188¦prior¦a⟧). ⟨b¦Residual ⟪1.1 cm¦size⟫ nodular opacity⟩ (⟦series 2, image "
        "207¦2:207¦full_en¦b⟧), ⟨bp¦which measured ⟪3.0 cm¦size⟫ on the outside study⟩ (⟦series 5, image "
        "192¦p5:192¦prior¦bp⟧).",
    ),
    (
        "o-us-15",
        "US",
        "MRCP. ⟨a¦Choledocholithiasis with a ⟪7 mm¦size⟫ stone in the distal CBD⟩ (⟦image 23 of 40, series "
        "6¦6:23¦full_en¦a⟧). ⟨b¦CBD dilated to ⟪11 mm¦size⟫⟩ (⟦series 6, image 15¦6:15¦full_en¦b⟧). ⟨c¦On the "
        "comparison MRCP the duct measured ⟪8 mm¦size⟫⟩ (comparison MRCP ⟦series 4, image 14¦p4:14¦prior¦c⟧). "
        "Lipase ⟪62 U/L¦lab⟫, ALP ⟪310 U/L¦lab⟫.",
    ),
)

EXCERPTS: list[Excerpt] = [_excerpt(eid, origin, marked) for eid, origin, marked in _RAW]
