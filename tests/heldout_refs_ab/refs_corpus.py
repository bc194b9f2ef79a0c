"""Held-out refs AB: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K to X
and Z (to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's floor test. Written in one pass, reread once for ambiguity (a
tumour-board PET and a post-ablation CT were named as earlier studies, prior lists were thinned to one baseline
citation where two were redundant), then measured once. Do not tune the miner on these texts; measure with
`python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_ab.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section heading (also a
heading naming a prior study's series); a plane word changes nothing; a citation into a prior, comparison,
baseline, nadir, outside/auswärtig/extern or Vorbefund study is gold with prior_study true and class `prior`.
Only the series/image words and numbers (and an image total such as "of 120") are inside a citation's visible
span; brackets, plane, sequence and prior words stay outside. Lang follows refs C (German for DE/AT/CH).

Mix: 70 excerpts (14 each DE, AT, CH German; UK, US English), 252 gold refs, 50 of them into a prior study, 491
marked confounders. Site habits leaned on here: oncology staging and response at cancer centres and regional
hospitals (RECIST 1.1 and iRECIST target lesions in prose and tables with baseline/nadir/today, Lugano and
PERCIST PET/CT, DOTATATE and PSMA PET, LI-RADS and mRECIST liver MR after TACE/RFA, PI-RADS prostate MR with
fusion-biopsy targets, breast MR BI-RADS and NACT response, cervix/endometrium/ovary MR with FIGO and O-RADS,
rectal MR staging and restaging with mrTRG), interventional planning and procedure notes (CT-guided biopsy,
microwave/RF ablation, TACE and SIRT angiography), trauma pan-scans and oncological emergencies (ileus, PE, GI
bleed) with call-backs, tumour-board and MDT summaries and second reads of outside studies cited by date, UK/US
key-image lists, viewer tables pasted as pipes or bare "5/77" under a "Serie/Bild" legend. Forms: DE "(Serie 5,
Bild 112)", "Se 4, Bi 88", "Se 1101/Bi 31", "Serie 1101 Bild 44", "Serie 5, Bilder 14, 15 und 16", "Se 5 Bi
22-34", "Se 3 Bild 98", "Serie 3 Bild 96, 104 und 117", "Se 6 Bild 12 und 14", "Subtraktion Serie 1004, Bild
88"; AT "Sr. 3 Img. 188", "Sr. 3 Img. 120 bis 135", "Bildnummer 52 bis Bildnummer 60" under "Serie 7
(arteriell):", "Serie 4 IMA 13 Beistrich ... Punkt", "Sr. 6 / Img. 71", "Schnittbild 212, Serie 4", "Se. 3, Bi.
77", "Serie 2 Bild 45 von 120", "Bild 10 bis 28" under a series, "Ser. 6 Bild 88", "Se 9 Bi 24, 33", "Serie 201
Bildnr. 62", "Serie 3, Schicht 143"; CH square brackets "[Serie 3 / Bild 84]", "Sér. 5 Bild 61", "Bild n° 11
und Bild n° 12", glued slash "S3/I112", "S3/I60-88", image-only lists under "Serie 1201 (arteriell spät):" and
"Vorbefund ..., Serie 1201:", "Se 801 Img 112", "Serie 5, Bild 20 bis 26", "Se. 4 / Bi. 43", "[Se4 Bi38]",
"Serie 4: Bild 190, 201, 214", "Se 3 Im 144"; UK "series 3 image 88", "image 45 of 120 in series 3", "Se 7 Im
12", "Se 4 Im 210–228", "Se 4 Im 180, 196", "series 6, image 24", "Ser 4 Img 80–96", "series 14, images 58 to
72", "S7 I11", bare "4/66" under "(series/image, today vs nadir)", "Ser 3, Img 60–84"; US compact "(3:112)",
"(1101:44-51)", "8:13" after "prior", "series 4, image 88", a "Series 601 Image 45 –" key-image list with the
finding after it, "series 3, images 20, 31, 44, 58", "se 9 im 50-58", image-only rows under "Series 2 (axial,
portal venous):" and "Baseline PET/CT, series 3:", "image 45/120, series 3", "se 4 im 188". Prior words:
Baseline, Nadir, Vorbefund, Vor-MRT, Vor-PET, Vor-CT, VU, Ausgangs-PET, auswärtig, extern, Vorjahr, previous(ly),
prior, baseline, nadir, outside, their. Confounders in the same sentences: sizes, dates, clock times and
clock-face positions, rib, vertebral, nodal and axillary levels, liver and lung segments (incl. "S6", "S10",
"S1+2"), doses (MBq, GBq, Gy, W, mg, contrast volume), TNM/FIGO/AAST/Tile/AO/Deauville/mrTRG/Child-Pugh/BCLC
stages, RADS scores (BI-RADS, PI-RADS, LI-RADS, Lung-RADS, O-RADS, Likert), lab values (SUV, PSA, AFP, CEA,
CA-125, CA 19-9, ADC, HU), ratios and percentages, counters (cycles, numbered key images, "Fall 3 von 7",
page numbers), phone, bleep, pager and extension numbers, blood pressures, ages and follow-up intervals.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    (
        "ab_de01",
        "DE",
        "CT Thorax/Abdomen vom ⟪14.11.2026¦date⟫, Vergleich mit Baseline vom ⟪02.06.2026¦date⟫ und Nadir vom "
        "⟪18.08.2026¦date⟫. Zielläsionen nach RECIST 1.1: TL1 ⟨a¦Lebermetastase Segment ⟪VIII¦segment⟫ ⟪23 "
        "mm¦size⟫⟩ (⟦Serie 5, Bild 112¦5:112¦full_de¦a⟧; Baseline ⟪31 mm¦size⟫ in ⟦Serie 4, Bild "
        "108¦p4:108¦prior¦a⟧). TL2 ⟨b¦Lymphknoten paraaortal links ⟪14 mm¦size⟫ Kurzachse⟩ (⟦Serie 5, Bild "
        "163¦5:163¦full_de¦b⟧; Nadir ⟪12 mm¦size⟫). Summe der Durchmesser ⟪37 mm¦size⟫ (Nadir ⟪35 mm¦size⟫, "
        "Zunahme ⟪6 %¦ratio⟫), stabile Erkrankung.",
    ),
    (
        "ab_de02",
        "DE",
        "PET/CT (⟪18F-FDG¦dose⟫, ⟪312 MBq¦dose⟫), Interim nach ⟪2 Zyklen¦counter⟫ R-CHOP. ⟨a¦Mediastinaler "
        "Bulk deutlich regredient, SUVmax ⟪3,1¦lab⟫ (Leber ⟪2,4¦lab⟫), Deauville ⟪3¦staging⟫⟩ (⟦Se 4, Bi "
        "88¦4:88¦abbrev_de¦a⟧ und koronar ⟦Se 6 Bi 41¦6:41¦plane¦a⟧). Im Ausgangs-PET ⟨b¦SUVmax ⟪18,7¦lab⟫ "
        "bei ⟪9,8 × 6,2 cm¦size⟫⟩ (⟦Se 4 Bi 91¦p4:91¦prior¦b⟧). ⟨c¦Kein neuer FDG-avider Herd, insbesondere "
        "nicht infradiaphragmal⟩ (⟦Se 4 Bi 150-210¦4:150-210¦range¦c⟧).",
    ),
    (
        "ab_de03",
        "DE",
        "MRT Leber mit Primovist. ⟨a¦Segment ⟪VII¦segment⟫: ⟪24 mm¦size⟫ Läsion mit arteriellem "
        "Hyperenhancement und Washout, LI-RADS ⟪5¦birads⟫⟩ (arteriell ⟦Serie 1101 Bild 44¦1101:44¦full_de¦a⟧, "
        "hepatobiliär ⟦Serie 1801 Bild 46¦1801:46¦full_de¦a⟧). ⟨b¦Zweite Läsion Segment ⟪IVa¦segment⟫ ⟪9 "
        "mm¦size⟫ ohne Washout, LR-⟪3¦birads⟫⟩ (⟦Se 1101/Bi 31¦1101:31¦slash¦b⟧). Im Vorbefund vom "
        "⟪03/2026¦date⟫ ⟨c¦Läsion Segment ⟪VII¦segment⟫ noch ⟪17 mm¦size⟫⟩ (⟦Se 1101/Bi "
        "42¦p1101:42¦prior¦c⟧). AFP ⟪412 ng/ml¦lab⟫.",
    ),
    (
        "ab_de04",
        "DE",
        "MRT Prostata (PI-RADS v2.1), PSA ⟪8,4 ng/ml¦lab⟫, Volumen ⟪46 ml¦size⟫, PSA-Dichte ⟪0,18¦ratio⟫. "
        "Indexläsion: ⟨a¦periphere Zone links posterolateral, apikal bis Mitte, ⟪14 mm¦size⟫, ADC ⟪620¦lab⟫, "
        "PI-RADS ⟪5¦birads⟫⟩ (T2 ax ⟦Serie 5, Bilder 14, 15 und 16¦5:14,5:15,5:16¦list¦a⟧; ADC ⟦Serie 9, Bild "
        "15¦9:15¦full_de¦a⟧). ⟨b¦Kapselkontakt ⟪11 mm¦size⟫, keine EPE⟩ (⟦Serie 5, Bild 15¦5:15¦full_de¦b⟧). "
        "⟨e¦Biopsieziel für die Fusionsbiopsie⟩: ⟦Serie 5 Bild 15¦5:15¦full_de¦e⟧.",
    ),
    (
        "ab_de05",
        "DE",
        "Rektum-MRT, Primärstaging. ⟨a¦Semizirkulärer Tumor ab ⟪6 cm¦size⟫ ab ano, Ausdehnung ⟪4,5 cm¦size⟫, "
        "cT3c⟩ (sag. T2 ⟦Se 3 Bi 18¦3:18¦plane¦a⟧; ax. T2 ⟦Se 5 Bi 22-34¦5:22-34¦range¦a⟧). ⟨b¦MRF bei ⟪7 "
        "Uhr¦time⟫ tangiert, Abstand ⟪0,8 mm¦size⟫, MRF+⟩ (⟦Se 5 Bi 27¦5:27¦abbrev_de¦b⟧). ⟨c¦EMVI positiv, "
        "Score ⟪4¦staging⟫⟩ (⟦Se 5 Bi 31¦5:31¦abbrev_de¦c⟧). ⟨d¦Mesorektaler Lymphknoten ⟪7 mm¦size⟫ mit "
        "irregulärer Kontur⟩ (⟦Se 5 Bi 25¦5:25¦abbrev_de¦d⟧). Tumorkonferenz am ⟪Dienstag, 17.11.¦date⟫.",
    ),
    (
        "ab_de06",
        "DE",
        "Tumorboard-Zusammenfassung (Zweitbefundung auswärtiges CT vom ⟪22.10.2026¦date⟫, St. Marien): "
        "⟨a¦Pankreaskopftumor ⟪32 mm¦size⟫ mit Kontakt zur SMV ⟪< 180°¦ratio⟫⟩ im auswärtigen CT (⟦Serie 3, "
        "Bild 71¦p3:71¦prior¦a⟧), im hiesigen CT (⟦Serie 4, Bild 80¦4:80¦full_de¦a⟧) unverändert. ⟨b¦Truncus "
        "coeliacus und AMS frei⟩ (⟦Serie 4, Bild 66¦4:66¦full_de¦b⟧). CA 19-9 ⟪890 U/ml¦lab⟫. Empfehlung: "
        "neoadjuvant FOLFIRINOX, Re-Staging nach ⟪4 Zyklen¦counter⟫.",
    ),
    (
        "ab_de07",
        "DE",
        "Polytrauma-CT (Schockraum ⟪02:47 Uhr¦time⟫, Zugang ⟪80 ml¦dose⟫ KM). 1. ⟨a¦Milzlazeration ⟪4 "
        "cm¦size⟫ mit aktiver Extravasation, AAST ⟪IV¦staging⟫⟩ (⟦Se 3 Bild 98¦3:98¦abbrev_de¦a⟧, spätvenös "
        "⟦Se 7 Bild 41¦7:41¦abbrev_de¦a⟧). 2. ⟨b¦Rippenserienfraktur links ⟪5.–8.¦level⟫ Rippe⟩ (⟦Se 3 Bild "
        "40-75¦3:40-75¦range¦b⟧). 3. ⟨c¦Deckplattenimpressionsfraktur ⟪LWK 1¦level⟫ ohne "
        "Hinterkantenbeteiligung⟩ (sag. Knochen ⟦Se 10 Bild 33¦10:33¦plane¦c⟧). Befund telefonisch an Dr. "
        "Keller, ⟪Tel. 4471¦phone⟫, um ⟪03:05¦time⟫.",
    ),
    (
        "ab_de08",
        "DE",
        "Mamma-MRT beidseits, prätherapeutisch. Rechts ⟪10 Uhr¦time⟫: ⟨a¦irreguläre Raumforderung ⟪21 "
        "mm¦size⟫ mit Washout-Kinetik Typ ⟪III¦staging⟫, BI-RADS ⟪6¦birads⟫⟩ (Subtraktion ⟦Serie 1004, Bild "
        "88¦1004:88¦full_de¦a⟧). ⟨b¦Satellitenherd ⟪6 mm¦size⟫ ⟪2 cm¦size⟫ dorsal⟩ (⟦Serie 1004, Bild "
        "92¦1004:92¦full_de¦b⟧). Links: ⟨c¦Non-mass Enhancement ⟪15 mm¦size⟫, BI-RADS ⟪4¦birads⟫⟩ (⟦Serie "
        "1004, Bild 41¦1004:41¦full_de¦c⟧), im Vor-MRT ⟪2024¦date⟫ nicht vorhanden. Axilla: ⟪1¦counter⟫ "
        "suspekter Lymphknoten Level ⟪I¦level⟫.",
    ),
    (
        "ab_de09",
        "DE",
        "MRT Becken, Zervixkarzinom. ⟨a¦Tumor ⟪38 mm¦size⟫ mit Infiltration des linken Parametriums, FIGO "
        "⟪IIB¦staging⟫⟩ (T2 sag ⟦Se 4 Bild 19¦4:19¦abbrev_de¦a⟧, T2 schräg-axial ⟦Se 6 Bild 12 und "
        "14¦6:12,6:14¦list¦a⟧). ⟨b¦Vaginales Drittel frei⟩ (⟦Se 4 Bild 23¦4:23¦abbrev_de¦b⟧). ⟨c¦Iliakal "
        "extern links Lymphknoten ⟪11 mm¦size⟫ Kurzachse, verdächtig⟩ (DWI ⟦Se 8 Bi 30¦8:30¦abbrev_de¦c⟧). "
        "Keine Hydronephrose. Hb ⟪9,8 g/dl¦lab⟫.",
    ),
    (
        "ab_de10",
        "DE",
        "CT-gesteuerte Biopsie, Planung: ⟨a¦Zielläsion Lungenrundherd rechter Unterlappen ⟪S10¦segment⟫, ⟪19 "
        "mm¦size⟫⟩ (Planungsserie ⟦Serie 2, Bild 55¦2:55¦full_de¦a⟧), ⟨b¦Nadelposition⟩ ⟦Serie 6 Bild "
        "12¦6:12¦full_de¦b⟧, ⟨c¦Kontrolle ohne Pneumothorax⟩ ⟦Serie 9 Bild 8¦9:8¦full_de¦c⟧. ⟪3¦counter⟫ "
        "Stanzzylinder ⟪18 G¦size⟫. Im PET vom ⟪09.11.2026¦date⟫ ⟨d¦SUVmax ⟪7,2¦lab⟫ in diesem Herd⟩ (⟦Serie "
        "4, Bild 141¦p4:141¦prior¦d⟧). DLP ⟪214 mGy·cm¦dose⟫.",
    ),
    (
        "ab_de11",
        "DE",
        "Response-Tabelle (aus PACS kopiert), Serie/Bild:\n"
        "Läsion | heute ⟪11.11.26¦date⟫ | Baseline ⟪05.05.26¦date⟫\n"
        "⟨a¦Leber S⟪6¦segment⟫⟩ | ⟪18 mm¦size⟫ ⟦5/77¦5:77¦slash¦a⟧ | ⟪26 mm¦size⟫ ⟦3/71¦p3:71¦prior¦a⟧\n"
        "⟨b¦LK iliakal re.⟩ | ⟪11 mm¦size⟫ ⟦5/140¦5:140¦slash¦b⟧ | ⟪16 mm¦size⟫ ⟦3/135¦p3:135¦prior¦b⟧\n"
        "⟨c¦Peritonealherd⟩ | ⟪9 mm¦size⟫ ⟦5/121¦5:121¦slash¦c⟧ | ⟪14 mm¦size⟫ ⟦3/118¦p3:118¦prior¦c⟧\n"
        "Summe ⟪38 mm¦size⟫ vs. ⟪56 mm¦size⟫ = ⟪-32 %¦ratio⟫: partielles Ansprechen (PR).",
    ),
    (
        "ab_de12",
        "DE",
        "Neuroendokriner Tumor, Ga-68-DOTATATE-PET/CT (⟪148 MBq¦dose⟫). ⟨a¦Primarius im terminalen Ileum ⟪15 "
        "mm¦size⟫, SUVmax ⟪34¦lab⟫⟩ (⟦Serie 3 Bild 201¦3:201¦full_de¦a⟧), ⟨b¦mesenteriale "
        "Lymphknotenmetastase mit Desmoplasie⟩ (⟦Serie 3 Bild 188¦3:188¦full_de¦b⟧). ⟨c¦Multiple "
        "Lebermetastasen, größte Segment ⟪II¦segment⟫ ⟪27 mm¦size⟫⟩ (⟦Serie 3 Bild 96, 104 und "
        "117¦3:96,3:104,3:117¦list¦c⟧). Ki-67 ⟪3 %¦lab⟫, Chromogranin A ⟪540 µg/l¦lab⟫. Krenning-Score "
        "⟪4¦staging⟫.",
    ),
    (
        "ab_de13",
        "DE",
        "TACE-Planung, CTA Leber. ⟨a¦A. hepatica dextra aus der AMS (Michels Typ ⟪III¦staging⟫)⟩ (MIP koronar "
        "⟦Se 8 Bi 24¦8:24¦abbrev_de¦a⟧). ⟨b¦Tumorfeeder aus Segmentarterie ⟪VIII¦segment⟫⟩ (⟦Se 4 Bi "
        "57¦4:57¦abbrev_de¦b⟧). Nach der ⟪2.¦counter⟫ TACE vom ⟪08/2026¦date⟫ ⟨c¦Lipiodol-Retention ⟪90 "
        "%¦ratio⟫⟩ im Kontroll-CT (⟦Se 2 Bi 60¦p2:60¦prior¦c⟧), heute ⟨d¦randständig vitales Resttumorgewebe "
        "⟪8 mm¦size⟫, mRECIST PR⟩ (⟦Se 4 Bi 59¦4:59¦abbrev_de¦d⟧). Kreatinin ⟪1,1 mg/dl¦lab⟫.",
    ),
    (
        "ab_de14",
        "DE",
        "Nachtrag ⟪16:20¦time⟫ nach Rückfrage Onkologie (Dr. Brandt, ⟪Durchwahl 2318¦phone⟫): ⟨a¦Die neu "
        "aufgetretene Knochenläsion ⟪BWK 9¦level⟫ ist sklerotisch⟩ (⟦Serie 6, Bild 44¦6:44¦full_de¦a⟧) und "
        "⟨b¦bereits im Vor-CT angedeutet⟩ (⟦Serie 6, Bild 42¦p6:42¦prior¦b⟧), am ehesten Flare unter "
        "Therapie, kein Progress nach RECIST. ⟨c¦Nebennierenknoten links ⟪12 mm¦size⟫, ⟪-4 HE¦lab⟫ nativ⟩ "
        "(⟦Serie 2, Bild 77¦2:77¦full_de¦c⟧), Adenom.",
    ),
    (
        "ab_at01",
        "AT",
        "CT Thorax-Abdomen-Becken, Restaging nach ⟪6 Zyklen¦counter⟫ Carboplatin/Paclitaxel. Vergleich: "
        "Voruntersuchung vom ⟪12. Jänner 2026¦date⟫. ⟨a¦Peritonealkarzinose im Douglas regredient, größter "
        "Knoten ⟪18 mm¦size⟫⟩ (⟦Sr. 3 Img. 188¦3:188¦abbrev_de¦a⟧; in der VU ⟪34 mm¦size⟫, ⟦Sr. 2 Img. "
        "180¦p2:180¦prior¦a⟧). ⟨b¦Omental cake nicht mehr abgrenzbar⟩ (⟦Sr. 3 Img. 120 bis "
        "135¦3:120-135¦range¦b⟧). ⟨c¦Aszites deutlich weniger⟩. CA-125 ⟪35 U/ml¦lab⟫ (zuvor ⟪1.240 "
        "U/ml¦lab⟫).",
    ),
    (
        "ab_at02",
        "AT",
        "Leber-MRT nach Radiofrequenzablation Segment ⟪V¦segment⟫ am ⟪3. 9. 2026¦date⟫. Befund:\n"
        "Serie 7 (arteriell):\n"
        "⟨a¦Ablationszone ⟪32 × 28 mm¦size⟫ ohne noduläres arterielles Enhancement⟩ ⟦Bildnummer 52 bis "
        "Bildnummer 60¦7:52-60¦range¦a⟧ unauffällig; ⟨b¦Tumorfreier Sicherheitssaum ⟪> 5 mm¦size⟫ zirkulär⟩ "
        "⟦Bildnummer 56¦7:56¦image_only¦b⟧.\n"
        "Serie 12 (hepatobiliär, ⟪20 min¦time⟫):\n"
        "⟨c¦Kein neuer hypointenser Herd⟩, ⟨d¦bekannte Zyste Segment ⟪II¦segment⟫ ⟪7 mm¦size⟫⟩ ⟦Bildnummer "
        "31¦12:31¦image_only¦d⟧.\n"
        "Beurteilung: komplette Ablation, LR-TR nonviable.",
    ),
    (
        "ab_at03",
        "AT",
        "Prostata-MRT (⟪3 T¦size⟫), Active Surveillance, Verlauf zum Vor-MRT vom ⟪Juli 2025¦date⟫. "
        "⟨a¦Bekannte Läsion Transitionalzone rechts anterior ⟪9 mm¦size⟫, PI-RADS ⟪3¦birads⟫⟩ (T2 ⟦Serie 4 "
        "IMA 13¦4:13¦full_de¦a⟧ Beistrich im Vor-MRT ⟦Serie 4 IMA 12¦p4:12¦prior¦a⟧ Punkt). ⟨b¦Neu: periphere "
        "Zone links basal ⟪11 mm¦size⟫ mit Diffusionsrestriktion, PI-RADS ⟪4¦birads⟫⟩ (ADC ⟦Serie 8 IMA "
        "9¦8:9¦full_de¦b⟧, b⟪1400¦lab⟫ ⟦Serie 7 IMA 9¦7:9¦full_de¦b⟧). PSA ⟪6,1¦lab⟫, Gleason bisher "
        "⟪3+3¦staging⟫.",
    ),
    (
        "ab_at04",
        "AT",
        "Ganzkörper-CT nach Verkehrsunfall, Aufnahme ⟪23:14¦time⟫, GCS ⟪13¦staging⟫, RR "
        "⟪95/60¦blood_pressure⟫. ⟨a¦Beckenringfraktur Typ Tile ⟪C1¦staging⟫ mit Symphysensprengung ⟪2,8 "
        "cm¦size⟫⟩ (⟦Se 3 Bi 402¦3:402¦abbrev_de¦a⟧, VRT ⟦Se 20 Bi 6¦20:6¦abbrev_de¦a⟧). ⟨b¦Retroperitoneales "
        "Hämatom rechts mit arteriellem Blush⟩ (⟦Se 3 Bi 380¦3:380¦abbrev_de¦b⟧ Beistrich ⟦Se 5 Bi "
        "188¦5:188¦abbrev_de¦b⟧). ⟨c¦Kein Hämatoperikard, kein Pneumothorax⟩. Angio informiert, ⟪Klappe "
        "5520¦phone⟫.",
    ),
    (
        "ab_at05",
        "AT",
        "Mamma-MRT, Therapieansprechen unter neoadjuvanter Chemotherapie (⟪4¦counter⟫ von ⟪8¦counter⟫ "
        "Zyklen). ⟨a¦Tumor links ⟪2 Uhr¦time⟫ jetzt ⟪12 mm¦size⟫, vormals ⟪34 mm¦size⟫⟩ (Subtraktion ⟦Sr. 6 / "
        "Img. 71¦6:71¦abbrev_de¦a⟧; Baseline ⟦Sr. 6 / Img. 74¦p6:74¦prior¦a⟧). ⟨b¦Geclippter Lymphknoten "
        "axillär links kleiner, ⟪8 mm¦size⟫⟩ (⟦Sr. 3 / Img. 40¦3:40¦abbrev_de¦b⟧). BI-RADS ⟪6¦birads⟫. "
        "Nächste Kontrolle nach Zyklus ⟪8¦counter⟫.",
    ),
    (
        "ab_at06",
        "AT",
        "Zweitmeinung, auswärtiges MRT Rektum (Institut Dr. Huber, ⟪28.10.2026¦date⟫): Die auswärts "
        "beschriebene ⟨a¦Infiltration des Levators⟩ (auswärtig ⟦Serie 601 Bild 17¦p601:17¦prior¦a⟧) ist nicht "
        "nachvollziehbar; ⟨b¦Tumorunterrand ⟪12 mm¦size⟫ oberhalb des Sphinkterkomplexes⟩ (auswärtig ⟦Serie "
        "601 Bild 21¦p601:21¦prior¦b⟧). Im hiesigen Staging-CT ⟨c¦keine Lebermetastasen⟩ (⟦Serie 4 Bild 30 "
        "bis 110¦4:30-110¦range¦c⟧). Empfehlung: cT3b N1 ⟪M0¦staging⟫, Tumorboard.",
    ),
    (
        "ab_at07",
        "AT",
        "PET-CT (PSMA, ⟪190 MBq¦dose⟫) bei biochemischem Rezidiv, PSA ⟪0,9 ng/ml¦lab⟫. ⟨a¦PSMA-positiver "
        "Lymphknoten iliakal intern links ⟪6 mm¦size⟫, SUVmax ⟪9,4¦lab⟫⟩ (⟦Schnittbild 212, Serie "
        "4¦4:212¦full_de¦a⟧). ⟨b¦Fokale Speicherung ⟪Rippe 7¦level⟫ rechts, SUV ⟪4,1¦lab⟫, im CT ohne "
        "Korrelat⟩ (⟦Schnittbild 98, Serie 4¦4:98¦full_de¦b⟧), miPSMA-Score ⟪2¦staging⟫. ⟨c¦Prostataloge "
        "frei⟩. Im Vor-PET vom ⟪März¦date⟫ ⟨d¦war der Lymphknoten noch negativ⟩ (⟦Schnittbild 209, Serie "
        "4¦p4:209¦prior¦d⟧).",
    ),
    (
        "ab_at08",
        "AT",
        "CT Thorax, Lungenkarzinom, Restaging unter Immuntherapie (Pembrolizumab, Zyklus ⟪9¦counter⟫). "
        "iRECIST: ⟨a¦Primärtumor rechter Oberlappen ⟪41 mm¦size⟫ (zuvor ⟪35 mm¦size⟫)⟩ ⟦Se. 3, Bi. "
        "77¦3:77¦abbrev_de¦a⟧, ⟨b¦neue pleurale Läsion ⟪11 mm¦size⟫⟩ ⟦Se. 3, Bi. 102¦3:102¦abbrev_de¦b⟧, "
        "somit iUPD; Bestätigung in ⟪4–8 Wochen¦followup⟫. Zum Vergleich Nadir-CT: ⟨c¦Primärtumor ⟪35 "
        "mm¦size⟫⟩ ⟦Se. 2, Bi. 75¦p2:75¦prior¦c⟧.",
    ),
    (
        "ab_at09",
        "AT",
        "Befund (Durchleuchtung/CT-gezielt), Mikrowellenablation Nierentumor rechts ⟪T1a¦staging⟫. ⟨a¦Tumor "
        "⟪24 mm¦size⟫ am Unterpol, RENAL-Score ⟪6a¦staging⟫⟩ (Planungs-CT ⟦Serie 2 Bild 45 von "
        "120¦2:45¦full_de¦a⟧). ⟨b¦Antennenposition zentral im Tumor⟩ (⟦Serie 5 Bild 9 von 22¦5:9¦full_de¦b⟧). "
        "Ablation ⟪2 × 5 min¦time⟫ bei ⟪65 W¦dose⟫. ⟨c¦Postinterventionell kleines perirenales Hämatom ⟪15 "
        "mm¦size⟫⟩ (⟦Serie 8 Bild 17 von 40¦8:17¦full_de¦c⟧).",
    ),
    (
        "ab_at10",
        "AT",
        "Gynäkologisches MRT, Endometriumkarzinom. Serie 5 (T2 sagittal): ⟨a¦Tumor mit Infiltration ⟪> 50 "
        "%¦ratio⟫ des Myometriums⟩ ⟦Bild 16¦5:16¦image_only¦a⟧ und ⟦Bild 18¦5:18¦image_only¦a⟧, "
        "⟨b¦Zervixstroma nicht infiltriert⟩ ⟦Bild 21¦5:21¦image_only¦b⟧. Serie 9 (DWI b⟪1000¦lab⟫): ⟨c¦kein "
        "suspekter Lymphknoten pelvin⟩ ⟦Bild 10 bis 28¦9:10-28¦range¦c⟧. Beurteilung: FIGO ⟪IB¦staging⟫ "
        "(⟪2023¦date⟫).",
    ),
    (
        "ab_at11",
        "AT",
        "Tumorboard ⟪19.11.¦date⟫, HCC, Child-Pugh ⟪A6¦staging⟫, BCLC ⟪B¦staging⟫. Vorgestellte Bilder: "
        "⟨a¦Herd Segment ⟪VI¦segment⟫ ⟪46 mm¦size⟫, mRECIST vitaler Anteil ⟪30 mm¦size⟫⟩ (⟦Ser. 6 Bild "
        "88¦6:88¦abbrev_de¦a⟧), ⟨b¦Herd Segment ⟪IV¦segment⟫ ⟪15 mm¦size⟫⟩ (⟦Ser. 6 Bild "
        "61¦6:61¦abbrev_de¦b⟧); im Vor-MRT ⟪08/26¦date⟫ ⟨c¦Segment ⟪VI¦segment⟫ vital ⟪38 mm¦size⟫⟩ (⟦Ser. 6 "
        "Bild 85¦p6:85¦prior¦c⟧) und ⟨d¦Segment ⟪IV¦segment⟫ noch nicht sichtbar⟩. Empfehlung: ⟪3.¦counter⟫ "
        "TACE.",
    ),
    (
        "ab_at12",
        "AT",
        "Notfall-CT Abdomen, ⟪71-jährige¦age⟫ Patientin mit Ileus unter Chemotherapie. ⟨a¦Dünndarmileus mit "
        "Kalibersprung im rechten Unterbauch⟩ (⟦Serie 3 Bild 140¦3:140¦full_de¦a⟧, koronar ⟦Serie 6 Bild "
        "55¦6:55¦full_de¦a⟧), ⟨b¦ursächlich Peritonealmetastase ⟪22 mm¦size⟫⟩ (⟦Serie 3, Schicht "
        "143¦3:143¦slice_word¦b⟧). ⟨c¦Keine freie Luft⟩. Lactat ⟪3,4 mmol/l¦lab⟫. Chirurgie um ⟪14:40¦time⟫ "
        "verständigt.",
    ),
    (
        "ab_at13",
        "AT",
        "NET-Verlauf, MRT Leber (DWI). ⟨a¦Metastasen stabil, Segment ⟪VIII¦segment⟫ ⟪21 mm¦size⟫ und Segment "
        "⟪III¦segment⟫ ⟪14 mm¦size⟫⟩ (DWI ⟦Se 9 Bi 24, 33¦9:24,9:33¦list¦a⟧). In der Voruntersuchung "
        "⟨b¦identische Größen⟩ (DWI ⟦Se 9 Bi 25, 33¦p9:25,p9:33¦prior¦b⟧). Unter Lanreotid ⟪120 mg¦dose⟫ alle "
        "⟪28 Tage¦followup⟫. Kontrolle in ⟪6 Monaten¦followup⟫.",
    ),
    (
        "ab_at14",
        "AT",
        "CT Hals-Thorax-Abdomen, Lymphom, End-of-Treatment. ⟨a¦Residuelle Weichteilformation mediastinal ⟪3,2 "
        "× 1,8 cm¦size⟫⟩ (⟦Serie 201 Bildnr. 62¦201:62¦full_de¦a⟧), vormals ⟨b¦Bulk ⟪11 cm¦size⟫⟩ (Baseline "
        "⟦Serie 201 Bildnr. 60¦p201:60¦prior¦b⟧). ⟨c¦Milz ⟪11 cm¦size⟫, normal⟩ (⟦Serie 201 Bildnr. "
        "150¦201:150¦full_de¦c⟧). Korrelation mit PET empfohlen, Deauville ausständig.",
    ),
    (
        "ab_ch01",
        "CH",
        "CT Thorax/Abdomen, Kolonkarzinom metastasiert, Verlauf unter FOLFOX (Zyklus ⟪6¦counter⟫). Vergleich: "
        "CT Kantonsspital Aarau vom ⟪30.06.2026¦date⟫ (Baseline). Zielläsionen: ⟨a¦Lebermetastase Segment "
        "⟪IVb¦segment⟫ ⟪27 mm¦size⟫⟩ [⟦Serie 3 / Bild 84¦3:84¦slash¦a⟧], Baseline ⟪40 mm¦size⟫ [⟦Serie 2 / "
        "Bild 80¦p2:80¦prior¦a⟧]; ⟨b¦Lungenmetastase rechter Unterlappen ⟪12 mm¦size⟫⟩ [⟦Serie 3 / Bild "
        "40¦3:40¦slash¦b⟧], Baseline ⟪15 mm¦size⟫. Summe ⟪39 mm¦size⟫ vs. ⟪55 mm¦size⟫ (⟪-29 %¦ratio⟫), SD. "
        "CEA ⟪12,3 µg/l¦lab⟫.",
    ),
    (
        "ab_ch02",
        "CH",
        "PET/CT FDG, Lymphom, Lugano End-of-Treatment. ⟨a¦Restaktivität zervikal links Level ⟪IV¦level⟫, "
        "SUVmax ⟪2,1¦lab⟫ unter Blutpool ⟪2,3¦lab⟫, Deauville ⟪2¦staging⟫⟩ (⟦Sér. 5 Bild "
        "61¦5:61¦abbrev_de¦a⟧). ⟨b¦Milz homogen, ohne fokale Speicherung⟩ (⟦Sér. 5 Bild "
        "190¦5:190¦abbrev_de¦b⟧). Im Ausgangs-PET vom ⟪17.04.2026¦date⟫ ⟨c¦zervikaler Konglomerattumor ⟪5 "
        "cm¦size⟫, SUVmax ⟪21¦lab⟫⟩ (⟦Sér. 5 Bild 58¦p5:58¦prior¦c⟧) und ⟨d¦multiple Milzherde⟩. Komplette "
        "metabolische Remission.",
    ),
    (
        "ab_ch03",
        "CH",
        "MRT Prostata, Zuweisung Urologie Spital Bellinzona, PSA ⟪11,2¦lab⟫, Vorbiopsie negativ. ⟨a¦Läsion "
        "anteriore Transitionalzone ⟪17 mm¦size⟫, linsenförmig, ADC ⟪540¦lab⟫, PI-RADS ⟪5¦birads⟫⟩ (T2 axial "
        "⟦Serie 4, Bild n° 11 und Bild n° 12¦4:11,4:12¦list¦a⟧). ⟨b¦Keine Samenblaseninfiltration⟩ (⟦Serie 4, "
        "Bild n° 3¦4:3¦full_de¦b⟧). Für die Fusionsbiopsie markiert: ⟨c¦Zielregion⟩ ⟦Serie 4, Bild n° "
        "12¦4:12¦full_de¦c⟧. Prostatavolumen ⟪62 ml¦size⟫.",
    ),
    (
        "ab_ch04",
        "CH",
        "Schockraum-CT, Sturz aus ⟪4 m¦size⟫ Höhe, ⟪16.08 Uhr¦time⟫. ⟨a¦Leberlazeration Segment "
        "⟪VII¦segment⟫, Tiefe ⟪3,5 cm¦size⟫, AAST ⟪III¦staging⟫⟩ (⟦S3/I112¦3:112¦glued¦a⟧). "
        "⟨b¦Wirbelkörperfraktur ⟪BWK 12¦level⟫ Typ AO ⟪A3¦staging⟫⟩ (⟦S8/I40¦8:40¦glued¦b⟧). ⟨c¦Fraktur der "
        "⟪9.¦level⟫ bis ⟪11.¦level⟫ Rippe rechts⟩ (⟦S3/I60-88¦3:60-88¦range¦c⟧). Hb ⟪10,1 g/dl¦lab⟫, "
        "Blutdruck ⟪100/55¦blood_pressure⟫.",
    ),
    (
        "ab_ch05",
        "CH",
        "Leber-MRT, Zirrhose, HCC-Surveillance. Serie 1201 (arteriell spät):\n"
        "- ⟨a¦Segment ⟪VIII¦segment⟫, ⟪19 mm¦size⟫, APHE, Washout, Kapsel, LR-⟪5¦birads⟫⟩: ⟦Bild "
        "33¦1201:33¦image_only¦a⟧\n"
        "- ⟨b¦Segment ⟪II¦segment⟫, ⟪8 mm¦size⟫, APHE ohne Washout, LR-⟪3¦birads⟫⟩: ⟦Bild "
        "47¦1201:47¦image_only¦b⟧\n"
        "Vorbefund vom ⟪05.05.2026¦date⟫, Serie 1201: ⟨c¦Segment ⟪VIII¦segment⟫ damals ⟪11 mm¦size⟫, "
        "LR-⟪4¦birads⟫⟩: ⟦Bild 34¦p1201:34¦prior¦c⟧\n"
        "Threshold growth (⟪> 50 %¦ratio⟫ in ⟪≤ 6 Monaten¦followup⟫) erfüllt.",
    ),
    (
        "ab_ch06",
        "CH",
        "Zweitbeurteilung CT Thorax extern (Hôpital de Sion, ⟪12.09.2026¦date⟫) für das Lungen-Tumorboard: "
        "⟨a¦Spikulierter Rundherd linker Oberlappen ⟪S1+2¦segment⟫, ⟪26 mm¦size⟫⟩ im externen CT (⟦Serie 2, "
        "Bild 66¦p2:66¦prior¦a⟧), in unserem CT vom ⟪10.11.2026¦date⟫ ⟪29 mm¦size⟫ (⟦Serie 3, Bild "
        "70¦3:70¦full_de¦a⟧). ⟨b¦Lymphknoten ⟪4L¦level⟫ ⟪13 mm¦size⟫⟩ (⟦Serie 3, Bild 52¦3:52¦full_de¦b⟧), "
        "extern ⟪10 mm¦size⟫. cT1c N2, EBUS empfohlen.",
    ),
    (
        "ab_ch07",
        "CH",
        "Mamma-MRT, Hochrisiko-Screening (BRCA1). ⟨a¦Neu aufgetretener Herd rechts ⟪12 Uhr¦time⟫, ⟪7 "
        "mm¦size⟫, rundlich, persistierende Kinetik⟩ (⟦Se 801 Img 112¦801:112¦abbrev_de¦a⟧). Im Vorjahr ⟨b¦an "
        "dieser Stelle kein Enhancement⟩ (⟦Se 801 Img 110¦p801:110¦prior¦b⟧). ⟨c¦Links bekannter "
        "Fibroadenom-ähnlicher Herd ⟪9 mm¦size⟫, stationär⟩ (⟦Se 801 Img 60¦801:60¦abbrev_de¦c⟧). BI-RADS "
        "⟪4¦birads⟫ rechts, MR-gesteuerte Biopsie.",
    ),
    (
        "ab_ch08",
        "CH",
        "MRT Rektum, Restaging nach Radiochemotherapie (⟪50,4 Gy¦dose⟫). ⟨a¦Deutliche Fibrose im ehemaligen "
        "Tumorbett, mrTRG ⟪2¦staging⟫⟩ (T2 ⟦Serie 5, Bild 20 bis 26¦5:20-26¦range¦a⟧), ⟨b¦keine "
        "Restdiffusionsrestriktion⟩ (DWI ⟦Serie 8, Bild 22¦8:22¦full_de¦b⟧). Vor Therapie: ⟨c¦Tumor ⟪5 "
        "cm¦size⟫ mit MRF-Infiltration⟩ (⟦Serie 5, Bild 19 bis 30¦p5:19-30¦prior¦c⟧). ⟨d¦Lymphknoten "
        "mesorektal nicht mehr nachweisbar⟩. Watch & Wait diskutieren.",
    ),
    (
        "ab_ch09",
        "CH",
        "CT-Angiographie vor SIRT, Arztbericht Interventionelle Radiologie. ⟨a¦Gastroduodenalarterie kräftig, "
        "Coiling vorgesehen⟩ (⟦Se. 4 / Bi. 43¦4:43¦slash¦a⟧). ⟨b¦Akzessorische linke Leberarterie aus der A. "
        "gastrica sinistra⟩ (⟦Se. 4 / Bi. 29¦4:29¦slash¦b⟧ und MIP ⟦Se. 9 / Bi. 12¦9:12¦slash¦b⟧). "
        "Lungenshunt in der Tc-MAA-Szintigraphie ⟪6 %¦ratio⟫, geplante Aktivität ⟪1,8 GBq¦dose⟫. Rückfragen "
        "⟪Tel. 031 632 21 11¦phone⟫.",
    ),
    (
        "ab_ch10",
        "CH",
        "MRT Becken, Ovarialtumor. ⟨a¦Zystisch-solider Adnextumor links ⟪9 cm¦size⟫ mit papillären "
        "Projektionen, O-RADS MRI ⟪5¦birads⟫⟩ (T2 ⟦Serie 3, Bild 18¦3:18¦full_de¦a⟧; T1 KM-Subtraktion ⟦Serie "
        "11, Bild 18¦11:18¦full_de¦a⟧). ⟨b¦Aszites und Peritonealknoten im Douglas ⟪14 mm¦size⟫⟩ (⟦Serie 3, "
        "Bild 25¦3:25¦full_de¦b⟧). Im Ultraschall vom ⟪1. November¦date⟫ ⟪7 cm¦size⟫. CA-125 ⟪620¦lab⟫, ROMA "
        "⟪82 %¦ratio⟫.",
    ),
    (
        "ab_ch11",
        "CH",
        "Lungen-Tumorboard ⟪Mittwoch 18.11.¦date⟫, Fall ⟪3¦counter⟫ von ⟪7¦counter⟫. Bilder gezeigt: CT vom "
        "⟪16.11.¦date⟫ ⟨a¦Tumor rechter Hauptbronchus mit Atelektase Mittellappen⟩ [⟦Se4 Bi38¦4:38¦glued¦a⟧], "
        "⟨b¦Nebennierenmetastase rechts ⟪22 mm¦size⟫⟩ [⟦Se4 Bi101¦4:101¦glued¦b⟧]; zum Vergleich Vor-PET vom "
        "⟪02.09.¦date⟫ ⟨c¦Nebenniere SUVmax ⟪11¦lab⟫⟩ [⟦Se3 Bi205¦p3:205¦prior¦c⟧]. Entscheid: cT3 N1 "
        "⟪M1b¦staging⟫, Biopsie Nebenniere.",
    ),
    (
        "ab_ch12",
        "CH",
        "Notfall: CT Thorax Lungenembolie-Protokoll, Patient mit Pankreaskarzinom. ⟨a¦Lungenembolie zentral "
        "beidseits, reitend⟩ (⟦Serie 4: Bild 60¦4:60¦full_de¦a⟧), ⟨b¦RV/LV ⟪1,3¦ratio⟫, Kontrastmittelreflux "
        "in die V. cava inferior⟩ (⟦Serie 4: Bild 112¦4:112¦full_de¦b⟧). ⟨c¦Zusätzlich neue Lebermetastasen⟩ "
        "(⟦Serie 4: Bild 190, 201, 214¦4:190,4:201,4:214¦list¦c⟧). Telefonisch an den Dienstarzt um ⟪22.10 "
        "Uhr¦time⟫, troponin ⟪89 ng/l¦lab⟫.",
    ),
    (
        "ab_ch13",
        "CH",
        "MRT Leber, NET-Metastasen vor PRRT (⟪4¦counter⟫ × ⟪7,4 GBq¦dose⟫ Lu-177 geplant). ⟨a¦Grösste "
        "Metastase Segment ⟪VI¦segment⟫ ⟪48 mm¦size⟫ mit zentraler Nekrose⟩ (T1 KM portalvenös ⟦Serie 10, "
        "Bild 58¦10:58¦full_de¦a⟧). Vergleich mit dem auswärtigen MRT vom ⟪Mai 2026¦date⟫ (Serie 9): "
        "⟨b¦Segment ⟪VI¦segment⟫ damals ⟪44 mm¦size⟫⟩ (⟦Bild 52¦p9:52¦prior¦b⟧), ⟨c¦Segment ⟪III¦segment⟫ ⟪16 "
        "mm¦size⟫⟩ (⟦Bild 30¦p9:30¦prior¦c⟧). ⟨d¦Segment ⟪III¦segment⟫ heute ⟪18 mm¦size⟫⟩ (⟦Serie 10, Bild "
        "33¦10:33¦full_de¦d⟧).",
    ),
    (
        "ab_ch14",
        "CH",
        "Nachkontrolle Mikrowellenablation Lungenmetastase (⟪3.¦counter⟫ Monat). ⟨a¦Ablationszone linker "
        "Unterlappen ⟪31 mm¦size⟫, erwartungsgemäss grösser als Läsion, glatt begrenzt⟩ (⟦Se 3 Im "
        "144¦3:144¦abbrev_de¦a⟧). Im Vor-CT unmittelbar postinterventionell ⟨b¦Ablationszone ⟪38 mm¦size⟫ mit "
        "Milchglassaum⟩ (⟦Se 3 Im 140¦p3:140¦prior¦b⟧). ⟨c¦Kein neuer Herd⟩. Nächste Kontrolle in ⟪3 "
        "Monaten¦followup⟫.",
    ),
    (
        "ab_uk01",
        "UK",
        "CT chest, abdomen and pelvis, restaging. Comparison: CT ⟪14/08/2026¦date⟫. RECIST 1.1 target "
        "lesions: ⟨a¦segment ⟪VI¦segment⟫ liver metastasis ⟪32 mm¦size⟫⟩ (⟦series 3 image 88¦3:88¦full_en¦a⟧; "
        "previously ⟪25 mm¦size⟫, ⟦series 3 image 85¦p3:85¦prior¦a⟧) and ⟨b¦left adrenal metastasis ⟪19 "
        "mm¦size⟫⟩ (⟦series 3 image 101¦3:101¦full_en¦b⟧; previously ⟪14 mm¦size⟫). Sum ⟪51 mm¦size⟫ versus "
        "⟪39 mm¦size⟫ (+⟪31%¦ratio⟫): progressive disease.",
    ),
    (
        "ab_uk02",
        "UK",
        "Key images:\n"
        "⟪1.¦counter⟫ ⟨a¦Right lower lobe primary, ⟪38 mm¦size⟫⟩ – ⟦image 45 of 120 in series "
        "3¦3:45¦full_en¦a⟧\n"
        "⟪2.¦counter⟫ ⟨b¦Subcarinal node, ⟪16 mm¦size⟫ short axis⟩ – ⟦image 31 of 120 in series "
        "3¦3:31¦full_en¦b⟧\n"
        "⟪3.¦counter⟫ ⟨c¦Right pleural nodularity⟩ – ⟦image 70 of 120 in series 3¦3:70¦full_en¦c⟧\n"
        "Staging: T2b N2 ⟪M1a¦staging⟫ (TNM ⟪8¦counter⟫). For lung MDT ⟪Thursday 19/11¦date⟫.",
    ),
    (
        "ab_uk03",
        "UK",
        "MRI prostate (bpMRI). PSA ⟪7.2¦lab⟫, volume ⟪38 cc¦size⟫. ⟨a¦Left peripheral zone mid-gland "
        "posteromedial lesion, ⟪12 mm¦size⟫, marked restricted diffusion (ADC ⟪700¦lab⟫)⟩ (⟦Se 5 Im "
        "12¦5:12¦abbrev_en¦a⟧; ADC ⟦Se 7 Im 12¦7:12¦abbrev_en¦a⟧). PI-RADS ⟪4¦birads⟫, Likert ⟪4¦birads⟫. "
        "⟨b¦No extraprostatic extension⟩ (⟦Se 5 Im 13¦5:13¦abbrev_en¦b⟧). ⟨c¦Seminal vesicles clear⟩.",
    ),
    (
        "ab_uk04",
        "UK",
        "Trauma CT (trauma call ⟪04:12¦time⟫). ⟨a¦Grade ⟪III¦staging⟫ splenic laceration without active "
        "extravasation⟩ (⟦Se 4 Im 210–228¦4:210-228¦range¦a⟧), ⟨b¦left ⟪9th¦level⟫ and ⟪10th¦level⟫ rib "
        "fractures⟩ (⟦Se 4 Im 180, 196¦4:180,4:196¦list¦b⟧) and ⟨c¦small left haemothorax⟩ (⟦Se 4 Im "
        "150¦4:150¦abbrev_en¦c⟧). ⟨d¦Transverse process fractures ⟪L2¦level⟫ and ⟪L3¦level⟫ on the left⟩ "
        "(sagittal bone ⟦Se 9 Im 44¦9:44¦plane¦d⟧). Discussed with the trauma team leader, ⟪bleep "
        "2247¦phone⟫.",
    ),
    (
        "ab_uk05",
        "UK",
        "MRI rectum, post-CRT restaging. Baseline MRI ⟪02/07/2026¦date⟫. ⟨a¦Residual low-signal tumour at ⟪3 "
        "o'clock¦time⟫, mrTRG ⟪3¦staging⟫⟩ on today's high-resolution T2 (⟦series 6, image "
        "24¦6:24¦full_en¦a⟧); at baseline ⟨b¦intermediate-signal tumour extending ⟪6 mm¦size⟫ beyond the "
        "muscularis propria⟩ (⟦series 6, image 22¦p6:22¦prior¦b⟧). ⟨c¦Previously involved mesorectal node has "
        "resolved⟩ (today ⟦series 6, image 30¦6:30¦full_en¦c⟧). CRM clear at ⟪4 mm¦size⟫.",
    ),
    (
        "ab_uk06",
        "UK",
        "PET-CT (FDG ⟪350 MBq¦dose⟫, glucose ⟪5.6 mmol/L¦lab⟫). Hodgkin lymphoma, interim PET after "
        "⟪2¦counter⟫ cycles ABVD. ⟨a¦Residual uptake in the left supraclavicular fossa, SUVmax ⟪2.8¦lab⟫, "
        "greater than mediastinum but less than liver (Deauville ⟪3¦staging⟫)⟩ (⟦Ser 4 Img "
        "52¦4:52¦abbrev_en¦a⟧). At baseline ⟨b¦bulky left supraclavicular disease SUVmax ⟪14.2¦lab⟫⟩ (⟦Ser 4 "
        "Img 50¦p4:50¦prior¦b⟧). ⟨c¦Mediastinal disease resolved⟩ (⟦Ser 4 Img 80–96¦4:80-96¦range¦c⟧).",
    ),
    (
        "ab_uk07",
        "UK",
        "MRI breast, assessment of extent. ⟨a¦Left breast ⟪2 o'clock¦time⟫ irregular enhancing mass, ⟪23 "
        "mm¦size⟫, type ⟪3¦staging⟫ curve⟩ (⟦series 14, image 65¦14:65¦full_en¦a⟧). ⟨b¦Linear non-mass "
        "enhancement extending ⟪4 cm¦size⟫ towards the nipple⟩ (⟦series 14, images 58 to "
        "72¦14:58-72¦range¦b⟧). ⟨c¦Right breast: no suspicious enhancement⟩. BI-RADS ⟪5¦birads⟫ left, "
        "⟪1¦birads⟫ right. ⟨d¦Left axillary level ⟪I¦level⟫ node with cortical thickening ⟪4 mm¦size⟫⟩ "
        "(⟦series 4, image 33¦4:33¦full_en¦d⟧).",
    ),
    (
        "ab_uk08",
        "UK",
        "Second opinion, outside CT from Royal Victoria Infirmary, ⟪01/10/2026¦date⟫. ⟨a¦The ⟪9 mm¦size⟫ "
        "ground-glass nodule in the right upper lobe⟩ (outside study ⟦Se 2 Im 47¦p2:47¦prior¦a⟧) measures ⟪11 "
        "mm¦size⟫ on our CT of ⟪12/11/2026¦date⟫ (⟦Se 3 Im 51¦3:51¦abbrev_en¦a⟧) with ⟨b¦a new solid "
        "component of ⟪5 mm¦size⟫⟩ (⟦Se 3 Im 52¦3:52¦abbrev_en¦b⟧). ⟨c¦The left lower lobe nodule described "
        "by the outside radiologist⟩ (their ⟦Se 2 Im 160¦p2:160¦prior¦c⟧) is a vessel. Brock risk "
        "⟪24%¦ratio⟫.",
    ),
    (
        "ab_uk09",
        "UK",
        "CT-guided liver biopsy. ⟨a¦Target: segment ⟪V¦segment⟫ hypodense lesion, ⟪28 mm¦size⟫⟩ (planning "
        "⟦series 2 image 33¦2:33¦full_en¦a⟧). ⟨b¦⟪18G¦size⟫ needle tip within the lesion⟩ (⟦series 5 image "
        "4¦5:4¦full_en¦b⟧). ⟪2¦counter⟫ cores obtained. ⟨c¦No haemorrhage on the post-procedure scan⟩ "
        "(⟦series 7 images 1-20¦7:1-20¦range¦c⟧). Lesion corresponds to the segment ⟪V¦segment⟫ deposit on "
        "the PET of ⟪20/10/2026¦date⟫ (⟦series 4 image 120¦p4:120¦prior¦a⟧). INR ⟪1.1¦lab⟫, platelets "
        "⟪210¦lab⟫.",
    ),
    (
        "ab_uk10",
        "UK",
        "MRI pelvis, cervical cancer staging. ⟨a¦Exophytic cervical tumour ⟪41 mm¦size⟫⟩ (sag T2 ⟦S4 "
        "I17¦4:17¦glued¦a⟧) with ⟨b¦disruption of the right parametrial fat⟩ (oblique axial ⟦S7 "
        "I11¦7:11¦glued¦b⟧, ⟦S7 I13¦7:13¦glued¦b⟧). ⟨c¦Upper vagina involved, lower third spared⟩ (⟦S4 "
        "I21¦4:21¦glued¦c⟧). ⟨d¦Right external iliac node ⟪12 mm¦size⟫⟩ (⟦S9 I26¦9:26¦glued¦d⟧). FIGO "
        "⟪2018¦date⟫ stage ⟪IIIC1r¦staging⟫.",
    ),
    (
        "ab_uk11",
        "UK",
        "Emergency CT abdomen, known metastatic ovarian cancer, ⟪64-year-old¦age⟫. ⟨a¦Small bowel obstruction "
        "with a transition point in the left iliac fossa⟩ (⟦Se 3 Im 156¦3:156¦abbrev_en¦a⟧; coronal ⟦Se 6 Im "
        "70¦6:70¦abbrev_en¦a⟧) ⟨b¦caused by a serosal deposit of ⟪25 mm¦size⟫⟩ (⟦Se 3 Im "
        "158¦3:158¦abbrev_en¦b⟧). ⟨c¦The deposit measured ⟪15 mm¦size⟫ on the previous CT⟩ (⟦Se 3 Im "
        "160¦p3:160¦prior¦c⟧). Lactate ⟪2.1¦lab⟫. Surgical registrar informed at ⟪19:50¦time⟫.",
    ),
    (
        "ab_uk12",
        "UK",
        "iRECIST response assessment, melanoma on ipilimumab/nivolumab (cycle ⟪4¦counter⟫).\n"
        "Target lesions (series/image, today vs nadir):\n"
        "TL1 ⟨a¦right axillary node⟩ ⟪21 mm¦size⟫ (⟦4/66¦4:66¦slash¦a⟧) vs ⟪17 mm¦size⟫ "
        "(⟦4/64¦p4:64¦prior¦a⟧)\n"
        "TL2 ⟨b¦segment ⟪VIII¦segment⟫ liver lesion⟩ ⟪14 mm¦size⟫ (⟦4/140¦4:140¦slash¦b⟧) vs ⟪13 mm¦size⟫ "
        "(⟦4/139¦p4:139¦prior¦b⟧)\n"
        "New lesion: ⟨c¦⟪9 mm¦size⟫ subcutaneous nodule, left flank⟩ (⟦4/171¦4:171¦slash¦c⟧).\n"
        "Overall iUPD; confirm at ⟪4-8 weeks¦followup⟫.",
    ),
    (
        "ab_uk13",
        "UK",
        "Liver MRI (gadoxetate), LI-RADS v2018. ⟨a¦Observation ⟪1¦counter⟫: segment ⟪VIII¦segment⟫, ⟪22 "
        "mm¦size⟫, APHE, non-peripheral washout, enhancing capsule: LR-⟪5¦birads⟫⟩ (arterial ⟦series 9 image "
        "41¦9:41¦full_en¦a⟧, portal venous ⟦series 12 image 41¦12:41¦full_en¦a⟧). ⟨b¦Observation ⟪2¦counter⟫: "
        "segment ⟪III¦segment⟫, ⟪7 mm¦size⟫, APHE only: LR-⟪3¦birads⟫⟩ (arterial ⟦series 9 image "
        "30¦9:30¦full_en¦b⟧). On the previous MRI of ⟪May 2026¦date⟫ ⟨c¦observation ⟪1¦counter⟫ measured ⟪15 "
        "mm¦size⟫⟩ (⟦series 9 image 40¦p9:40¦prior¦c⟧).",
    ),
    (
        "ab_uk14",
        "UK",
        "MDT summary (upper GI, ⟪24/11/2026¦date⟫). ⟨a¦Oesophageal tumour at ⟪32 cm¦size⟫ from incisors, ⟪6 "
        "cm¦size⟫ length⟩ on staging CT (⟦Ser 3, Img 60–84¦3:60-84¦range¦a⟧) and PET (⟦Ser 2, Img "
        "110¦2:110¦abbrev_en¦a⟧). ⟨b¦Left gastric node ⟪9 mm¦size⟫, FDG-avid SUV ⟪5.5¦lab⟫⟩ (PET ⟦Ser 2, Img "
        "140¦2:140¦abbrev_en¦b⟧). EUS: uT3 N1. Outcome: neoadjuvant CROSS, restage in ⟪6 weeks¦followup⟫.",
    ),
    (
        "ab_us01",
        "US",
        "CT chest/abdomen/pelvis with contrast. Comparison: ⟪8/12/2026¦date⟫ (nadir) and ⟪3/2/2026¦date⟫ "
        "(baseline). Target lesions (RECIST 1.1):\n"
        "⟪1.¦counter⟫ ⟨a¦Right lower lobe mass⟩: ⟪28 mm¦size⟫ (⟦3:112¦3:112¦compact¦a⟧), nadir ⟪22 mm¦size⟫ "
        "(⟦3:110¦p3:110¦prior¦a⟧), baseline ⟪40 mm¦size⟫ (⟦2:115¦p2:115¦prior¦a⟧)\n"
        "⟪2.¦counter⟫ ⟨b¦Precarinal lymph node⟩: ⟪15 mm¦size⟫ short axis (⟦3:61¦3:61¦compact¦b⟧), nadir ⟪10 "
        "mm¦size⟫\n"
        "Sum of diameters ⟪43 mm¦size⟫, +⟪34%¦ratio⟫ from nadir: progressive disease.",
    ),
    (
        "ab_us02",
        "US",
        "FDG PET/CT, skull base to mid-thigh. Uptake time ⟪62 minutes¦time⟫, blood glucose ⟪104 mg/dL¦lab⟫. "
        "⟨a¦Hypermetabolic left upper lobe mass, SUVmax ⟪12.4¦lab⟫, ⟪3.1 cm¦size⟫⟩ (⟦series 4, image "
        "88¦4:88¦full_en¦a⟧). ⟨b¦Hypermetabolic right hilar node, SUVmax ⟪6.0¦lab⟫⟩ (⟦series 4, image "
        "92¦4:92¦full_en¦b⟧). ⟨c¦Lytic lesion in the right iliac bone, SUVmax ⟪8.8¦lab⟫⟩ (⟦series 4, image "
        "260¦4:260¦full_en¦c⟧), not present on the outside CT from ⟪9/30/2026¦date⟫. PERCIST: new lesion.",
    ),
    (
        "ab_us03",
        "US",
        "MRI prostate without and with contrast. PSA ⟪9.7 ng/mL¦lab⟫ (⟪2 yr¦followup⟫ ago ⟪5.1¦lab⟫). "
        "⟨a¦Right peripheral zone apex lesion, ⟪1.3 cm¦size⟫, PI-RADS ⟪5¦birads⟫, with focal capsular bulge⟩ "
        "(⟦8:14¦8:14¦compact¦a⟧ on T2; ⟦11:14¦11:14¦compact¦a⟧ on ADC). ⟨b¦Left transition zone nodule, "
        "PI-RADS ⟪2¦birads⟫⟩ (⟦8:19¦8:19¦compact¦b⟧). Compared with the MRI of ⟪10/4/2024¦date⟫, ⟨c¦the right "
        "apex lesion was ⟪0.8 cm¦size⟫⟩ (prior ⟦8:13¦p8:13¦prior¦c⟧).",
    ),
    (
        "ab_us04",
        "US",
        "CT trauma pan-scan (Level ⟪1¦level⟫ activation ⟪01:36¦time⟫). FINDINGS:\n"
        "⟨a¦Grade ⟪IV¦staging⟫ liver laceration involving segments ⟪VII¦segment⟫ and ⟪VIII¦segment⟫ with "
        "active extravasation⟩ (⟦series 3, images 130-152¦3:130-152¦range¦a⟧; delayed ⟦series 8, image "
        "60¦8:60¦full_en¦a⟧).\n"
        "⟨b¦Right ⟪4th¦level⟫ through ⟪7th¦level⟫ posterior rib fractures⟩ (⟦series 3, images 20, 31, 44, "
        "58¦3:20,3:31,3:44,3:58¦list¦b⟧).\n"
        "⟨c¦Small right pneumothorax⟩ (⟦series 3, image 35¦3:35¦full_en¦c⟧).\n"
        "Critical result called to Dr. Nguyen at ⟪01:58¦time⟫, ⟪ext. 4-7720¦phone⟫.",
    ),
    (
        "ab_us05",
        "US",
        "Key images (PACS):\n"
        "⟦Series 601 Image 45¦601:45¦full_en¦a⟧ – ⟨a¦enhancing left frontal dural-based metastasis⟩\n"
        "⟦Series 601 Image 72¦601:72¦full_en¦b⟧ – ⟨b¦enhancing right cerebellar metastasis⟩\n"
        "⟦Series 601 Image 80¦601:80¦full_en¦c⟧ – ⟨c¦new ⟪4 mm¦size⟫ right cerebellar focus⟩\n"
        "IMPRESSION: ⟪3¦counter⟫ brain metastases for SRS planning, ⟪24 Gy¦dose⟫ single fraction.",
    ),
    (
        "ab_us06",
        "US",
        "MRI abdomen (liver protocol). ⟨a¦Segment ⟪4A¦segment⟫ observation ⟪2.4 cm¦size⟫ with APHE and "
        "washout, LR-⟪5¦birads⟫⟩ (⟦1101:38¦1101:38¦compact¦a⟧, ⟦1401:38¦1401:38¦compact¦a⟧). ⟨b¦Tumor in vein "
        "of the right portal vein, LR-TIV⟩ (⟦1101:44-51¦1101:44-51¦range¦b⟧). Compared to prior MRI "
        "⟪6/18/2026¦date⟫, ⟨c¦the observation measured ⟪1.6 cm¦size⟫⟩ (⟦1101:37¦p1101:37¦prior¦c⟧) and the "
        "portal vein was patent. AFP ⟪1,850¦lab⟫. MELD ⟪14¦staging⟫.",
    ),
    (
        "ab_us07",
        "US",
        "MRI breast bilateral with and without contrast, extent of disease. ⟨a¦Index malignancy right breast "
        "⟪10:00¦time⟫, ⟪4 cm¦size⟫ from nipple, ⟪2.7 cm¦size⟫⟩ (⟦series 1200, image 97¦1200:97¦full_en¦a⟧). "
        "⟨b¦Additional ⟪8 mm¦size⟫ enhancing mass at ⟪11:00¦time⟫⟩ (⟦series 1200, image "
        "105¦1200:105¦full_en¦b⟧), BI-RADS ⟪4¦birads⟫. ⟨c¦Left breast benign-appearing mass, stable⟩ (⟦series "
        "1200, image 40¦1200:40¦full_en¦c⟧). Right axilla: ⟪2¦counter⟫ abnormal level ⟪I¦level⟫ nodes.",
    ),
    (
        "ab_us08",
        "US",
        "OUTSIDE STUDY REVIEW (tumor board ⟪11/19/2026¦date⟫): Outside CT abdomen ⟪10/28/2026¦date⟫, Memorial "
        "Regional. ⟨a¦Pancreatic body mass ⟪3.4 cm¦size⟫ encasing the celiac axis ⟪> 180 degrees¦ratio⟫⟩ "
        "(outside ⟦series 5, images 40-48¦p5:40-48¦prior¦a⟧). ⟨b¦Indeterminate ⟪6 mm¦size⟫ hepatic "
        "hypodensity⟩ (outside ⟦series 5, image 22¦p5:22¦prior¦b⟧). On our pancreas protocol CT today, ⟨c¦the "
        "hepatic lesion is a cyst⟩ (⟦series 3, image 30¦3:30¦full_en¦c⟧). Locally advanced, unresectable "
        "(NCCN). CA 19-9 ⟪2,300¦lab⟫. Report ⟪page 2 of 3¦counter⟫.",
    ),
    (
        "ab_us09",
        "US",
        "CT-guided microwave ablation, right renal mass (T1a, ⟪2.2 cm¦size⟫). ⟨a¦Pre-procedure planning⟩ (⟦se "
        "2 im 54¦2:54¦abbrev_en¦a⟧). ⟨b¦Antenna tip at the deep margin of the mass⟩ (⟦se 6 im "
        "11¦6:11¦abbrev_en¦b⟧). Ablation ⟪100 W¦dose⟫ × ⟪6 min¦time⟫. ⟨c¦Post-ablation zone ⟪3.5 cm¦size⟫ "
        "encompassing the mass, no hemorrhage⟩ (⟦se 9 im 50-58¦9:50-58¦range¦c⟧). Moderate sedation ⟪45 "
        "min¦time⟫, fentanyl ⟪100 mcg¦dose⟫.",
    ),
    (
        "ab_us10",
        "US",
        "MRI pelvis (rectal cancer staging). ⟨a¦Low rectal tumor ⟪3.5 cm¦size⟫ from the anal verge, ⟪4 "
        "cm¦size⟫ craniocaudal, T3b⟩ (sagittal ⟦5:20¦5:20¦compact¦a⟧). ⟨b¦Involvement of the internal "
        "sphincter without intersphincteric plane involvement⟩ (⟦7:31-35¦7:31-35¦range¦b⟧). ⟨c¦EMVI positive⟩ "
        "(⟦7:22¦7:22¦compact¦c⟧). ⟨d¦Left lateral pelvic sidewall node ⟪8 mm¦size⟫⟩ (⟦7:12¦7:12¦compact¦d⟧). "
        "CRM ⟪1 mm¦size⟫: threatened. CEA ⟪6.4¦lab⟫.",
    ),
    (
        "ab_us11",
        "US",
        "CT chest, abdomen, pelvis for lymphoma restaging (Lugano). Comparison baseline PET/CT "
        "⟪5/5/2026¦date⟫ and interim CT ⟪7/20/2026¦date⟫.\n"
        "Series 2 (axial, portal venous):\n"
        "⟨a¦Left para-aortic nodal mass ⟪2.1 × 1.5 cm¦size⟫⟩, ⟦image 88¦2:88¦image_only¦a⟧\n"
        "⟨b¦Mesenteric nodes, largest ⟪1.2 cm¦size⟫⟩, ⟦image 95¦2:95¦image_only¦b⟧\n"
        "Baseline PET/CT, series 3:\n"
        "⟨c¦Left para-aortic mass ⟪6.8 × 5.0 cm¦size⟫⟩, ⟦image 150¦p3:150¦prior¦c⟧\n"
        "SPD decreased ⟪82%¦ratio⟫: partial response.",
    ),
    (
        "ab_us12",
        "US",
        "CTA abdomen/pelvis, GI bleed in patient with metastatic GIST on imatinib ⟪400 mg¦dose⟫, Hgb "
        "⟪6.9¦lab⟫. ⟨a¦Active arterial extravasation into the jejunum⟩ (arterial ⟦4:118¦4:118¦compact¦a⟧), "
        "⟨b¦pooling on portal venous phase⟩ (⟦5:119¦5:119¦compact¦b⟧). ⟨c¦Bleeding arises from a ⟪5.2 "
        "cm¦size⟫ enhancing jejunal mass⟩ (⟦4:115-125¦4:115-125¦range¦c⟧), previously ⟪3.1 cm¦size⟫. IR "
        "aware, ⟪pager 6612¦phone⟫; BP ⟪88/50¦blood_pressure⟫.",
    ),
    (
        "ab_us13",
        "US",
        "Chest CT for lung nodule follow-up (Lung-RADS ⟪4A¦birads⟫ on prior). ⟨a¦Right upper lobe part-solid "
        "nodule, total ⟪14 mm¦size⟫, solid component ⟪7 mm¦size⟫⟩ (⟦image 45/120, series 3¦3:45¦full_en¦a⟧). "
        "Previously ⟨b¦⟪12 mm¦size⟫ with ⟪4 mm¦size⟫ solid component⟩ (⟦image 44/118, series "
        "3¦p3:44¦prior¦b⟧). ⟨c¦Stable ⟪4 mm¦size⟫ left lower lobe nodule⟩ (⟦image 96/120, series "
        "3¦3:96¦full_en¦c⟧). Lung-RADS ⟪4B¦birads⟫, PET/CT recommended. Pack-years ⟪45¦counter⟫.",
    ),
    (
        "ab_us14",
        "US",
        "ADDENDUM ⟪11/23/2026¦date⟫ ⟪3:15 PM¦time⟫: After discussion with Dr. Patel (oncology), ⟨a¦the ⟪7 "
        "mm¦size⟫ right lower lobe nodule⟩ (⟦se 3 im 201¦3:201¦abbrev_en¦a⟧) was also present on the "
        "⟪2024¦date⟫ outside CT ⟨b¦at ⟪6 mm¦size⟫⟩ (⟦se 4 im 188¦p4:188¦prior¦b⟧) and is therefore not a new "
        "metastasis. ⟨c¦The new sclerotic focus in ⟪T10¦level⟫⟩ (⟦se 7 im 55¦7:55¦abbrev_en¦c⟧) remains "
        "indeterminate; bone scan recommended.",
    ),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(eid, origin, marked) for eid, origin, marked in _RAW)
