"""Held-out refs AG: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets; the first three refs C excerpt lines
printed under `_excerpt` were seen by accident), the module docstrings of refs K to Z and AA to AE (to write
different texts), the runner tests/heldout_refs_blind/measure_refs.py, tests/heldout_refs_blind/floors.py and
refs K's and Y's floor tests. Written in one pass, reread once for ambiguity (series words left outside a span
were moved inside it, "Bild 06 bis Bild 08" was made one range, comparison lead-ins were moved out of the prior
snippets, doubled brackets were removed, number-less confounder marks were dropped, a series named only by its
acquisition time next to numbered series was not used), then measured once. Do not tune the miner on these
texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_ag.refs_corpus
--adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence ("Bild 61 derselben Serie",
"Se. 11, Bi. 07 und Bi. 09"), else series is None (ultrasound, OPG and CBCT slices without a series number, a
sequence named only by its acquisition time "Sequenz von 11:42 Uhr, Bild 18"); a plane, sequence,
reconstruction (MPR, MIP, VR, en-face, radiär, scanogram) or cine word changes nothing and stays outside the
visible span; "Frame" and "Schicht"/"slice" are image words; leading zeros ("Bild 014", "image 0212", "slice
0141") do not change the image number; a citation into a prior, VU, Vor-MRT, Vor-CT, Voraufnahme,
Voruntersuchung, Vorstudie, Vorschall, Precedente, auswärtig/outside, clinical ante-mortem CT, earlier OPG or
earlier-date study is gold with prior_study true and class `prior`.

Mix: 71 excerpts (DE 14, AT 15, CH 14 German; UK 14, US 14 English), 260 gold refs, 47 of them into a prior
study, 326 marked confounders. Site habits leaned on here: less common specialties and settings: fetal and
placental MR (ventriculomegaly, CDH with o/e LHR and TFLV, CPAM, spina bifida, twins after laser, placenta
accreta spectrum), neonatal head ultrasound (IVH grades, PVL, ventricular index, RI), paediatric neuro MR
(dysplasia, metabolic disease, posterior fossa tumour, non-accidental injury), ENT and temporal-bone CT and MR
(cholesteatoma with non-EPI DWI, ossicles, EVA, cochlear-implant planning, sinus CT with Keros/Lund-Mackay),
dental CBCT/DVT and OPG (FDI and US tooth numbers, implant planning, cysts), forensic post-mortem CT/MR and
PMCT angiography (gunshot, hanging, pedestrian, coroner/medical examiner case numbers), orthopaedic and sports
pre-operative planning CT (tibial plateau, hip arthroplasty, FAI, Latarjet, reverse shoulder, trochleoplasty,
TKA, talar OCL; angles and implant sizes everywhere), military and veterans' hospitals (Bundeswehr,
Bundesheer, Armee, DMRC, VA, army), rural X-ray units with CT referral, follow-up clinics comparing several
timepoints in prose ("2021, 2022 und März 2024"). Forms: "Serie 7, Bild 014", "Serie 3, Schicht 118 und 121",
"Schicht 087 der Serie 2", "Se 4 Schicht 61", "Bild 11 bis 13", "Se 4 Bi 35–39", "(S3/B61, B64)", "Cine-Serie
14, Frame 22", "Se. 3 Bi. 80 Beistrich 96 Beistrich 112", "Sr. 2 Sl. 210 bis 226", "Se. 501/Bi. 17", "Sr. 7 /
Img. 22", "Sér. 6, Bild n° 14", "Ser. 3 / Imm. 44", "Ser. 4, Imm. 21", "Sequenz 3, Bild 84 und 85", "Se.1201
Bi.33", "Se 14 Bi 22, 27, 31", "series 5, image 017", "series 5 image 21", "Se 3 Im 88", "Ser 6 Img 9 and 13",
"slices 112-118", "(2:19)", "series 4 images 320 to 360", "series 12, frame 22", "series 6, images 10-34",
"(5:12-30)", "2:48, 2:53, 2:61", "se 3 im 52", "slices 0144-0150", "images 8 and 9", MPR/MIP/VR series 601-607
by number, and prior citations with the earlier image number next to today's ("Se 3 Bi 141, VU Se 3 Bi 137").
Confounders in the same sentences: sizes and volumes, implant sizes, angles and percentages, percentiles and
centiles, gestational weeks ("SSW 31+2", "30+1 weeks", "GA 25w"), ages and days of life, dates (dots, slashes,
month/year, Jänner/Feber), clock times, doses (DLP, Gadolinium, propofol, selumetinib, post-mortem contrast),
lab values and scores (HU, ADC, RI, pH, APGAR, GCS, Lund-Mackay, Tegner, prolactin, lactate, dB), grades and
classes (Schatzker, Walch "B2", Dejour, Goutallier, Koos, Knosp, Fredericson, West Point, Lung-RADS "4B"),
vertebral and rib levels ("HWK 4", "L4-L5", "L5"), tooth numbers ("48", "#19"), case and file numbers, page
numbers, phone, extension, bleep and pager numbers and a perfusion pressure.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

# ruff: noqa: E501

_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- Germany
    (
        "de01",
        "DE",
        "Fetale MRT, ⟪SSW 31+2¦age⟫. Befund: ⟨a¦Hinterhorn des linken Seitenventrikels ⟪12 mm¦size⟫⟩ "
        "(⟦Serie 7, Bild 014¦7:14¦full_de¦a⟧), ⟨b¦rechts ⟪9 mm¦size⟫⟩ (⟦Serie 7, Bild 016¦7:16¦full_de¦b⟧). "
        "⟨c¦Corpus callosum vollständig angelegt, Länge ⟪38 mm¦size⟫ (⟪50. Perzentile¦ratio⟫)⟩ "
        "⟦Serie 9, Bild 11¦9:11¦full_de¦c⟧. Im Vor-MRT vom ⟪02.03.2026¦date⟫ ⟨d¦Hinterhorn links damals "
        "⟪10 mm¦size⟫⟩ (VU ⟦Serie 5, Bild 12¦p5:12¦prior¦d⟧).",
    ),
    (
        "de02",
        "DE",
        "Schädelsonographie, Frühgeborenes ⟪28+5 SSW¦age⟫, ⟪Lebenstag 6¦age⟫. ⟨a¦Subependymale Blutung "
        "links, ⟪Grad II¦staging⟫⟩, Koronarschnitt ⟦Bild 4¦-:4¦image_only¦a⟧ und Parasagittalschnitt "
        "⟦Bild 9¦-:9¦image_only¦a⟧. ⟨b¦Keine periventrikuläre Echogenitätsvermehrung⟩ (⟦Bild 11 bis 13¦-:11-13¦range¦b⟧). "
        "RI der A. cerebri anterior ⟪0,72¦lab⟫. Kontrolle in ⟪7 Tagen¦followup⟫.",
    ),
    (
        "de03",
        "DE",
        "Felsenbein-CT beidseits, ⟪0,6 mm¦size⟫ Schichtdicke. ⟨a¦Weichteildichte Raumforderung im Epitympanon "
        "rechts mit Arrosion des Scutums⟩ (⟦Serie 3, Schicht 112¦3:112¦slice_word¦a⟧). ⟨b¦Ossikelkette rechts: "
        "Caput mallei nach medial verlagert⟩, ⟦Serie 3, Schicht 118 und 121¦3:118,3:121¦list¦b⟧. ⟨c¦Tegmen tympani "
        "dünn, aber erhalten⟩ (koronar ⟦Serie 4, Schicht 56¦4:56¦slice_word¦c⟧). ⟨d¦Lateraler Bogengang ohne "
        "Fistel⟩ ⟦Se 4 Schicht 61¦4:61¦slice_word¦d⟧. Dichte der Raumforderung ⟪35 HU¦lab⟫. ⟨e¦Im Vor-CT vom ⟪Juli 2025¦date⟫ Raumforderung kleiner⟩ "
        "(⟦Serie 2, Schicht 104¦p2:104¦prior¦e⟧).",
    ),
    (
        "de04",
        "DE",
        "DVT Unterkiefer (DVT-Serie 2). ⟨a¦Retinierter und verlagerter Zahn ⟪48¦segment⟫ mit engem Kontakt zum "
        "Canalis mandibulae⟩ (⟦Schicht 087 der Serie 2¦2:87¦slice_word¦a⟧). ⟨b¦Periapikale Osteolyse an Zahn "
        "⟪36¦segment⟫, ⟪4 x 3 mm¦size⟫⟩ (⟦Serie 2, Schicht 140¦2:140¦slice_word¦b⟧). Restknochenhöhe Regio "
        "⟪46¦segment⟫ ⟪7,5 mm¦size⟫. Vergleich mit OPG vom ⟪11.08.2025¦date⟫: ⟨c¦Osteolyse dort bereits "
        "angedeutet⟩ (OPG ⟦Bild 1¦p-:1¦prior¦c⟧).",
    ),
    (
        "de05",
        "DE",
        "Postmortale CT (PMCT), Leichenschau-Nr. ⟪2026/0412¦counter⟫. ⟨a¦Impressionsfraktur des Os parietale "
        "links, Durchmesser ⟪34 mm¦size⟫⟩ (⟦Serie 2, Bild 088¦2:88¦full_de¦a⟧; VR ⟦Serie 601, Bild 3¦601:3¦full_de¦a⟧). "
        "⟨b¦Epidurales Hämatom links, Dicke ⟪14 mm¦size⟫⟩ ⟦Serie 2, Bild 090 bis 104¦2:90-104¦range¦b⟧. "
        "⟨c¦Serienrippenfrakturen rechts ⟪4 bis 7¦level⟫⟩ ⟦Serie 5, Bild 201, 214 und 226¦5:201,5:214,5:226¦list¦c⟧. "
        "Gasansammlungen in den Lebervenen, am ehesten postmortal, Zeit seit Todeseintritt ca. ⟪36 h¦time⟫.",
    ),
    (
        "de06",
        "DE",
        "CT Knie rechts zur OP-Planung (Tibiakopffraktur). ⟨a¦Depression des lateralen Tibiaplateaus um "
        "⟪8 mm¦size⟫⟩ (koronare MPR ⟦Serie 602, Bild 45¦602:45¦full_de¦a⟧), ⟨b¦Spaltbildung nach dorsal⟩ "
        "(axial ⟦Serie 3, Bild 71¦3:71¦full_de¦b⟧). Klassifikation ⟪Schatzker II¦staging⟫. ⟨c¦Posteriorer "
        "tibialer Slope ⟪11°¦ratio⟫⟩ (sagittale MPR ⟦Serie 603, Bild 38¦603:38¦full_de¦c⟧). Empfohlene "
        "Plattenlänge ⟪6 Loch¦counter⟫.",
    ),
    (
        "de07",
        "DE",
        "Bundeswehrkrankenhaus, Röntgen und CT Sprunggelenk links nach Marschverletzung. ⟨a¦Stressfraktur der "
        "Metatarsale-II-Basis⟩ (CT ⟦Se 4 Bi 033¦4:33¦abbrev_de¦a⟧), ⟨b¦periostale Reaktion über "
        "⟪18 mm¦size⟫⟩ ⟦Se 4 Bi 35–39¦4:35-39¦range¦b⟧. Im Röntgen vom ⟪14.09.2026¦date⟫ ⟨c¦noch ohne "
        "Frakturlinie⟩ (⟦Bild 2¦p-:2¦prior¦c⟧ der Voraufnahme). Dienstfähigkeit: Entlastung ⟪6 Wochen¦followup⟫.",
    ),
    (
        "de08",
        "DE",
        "Kinder-MRT Schädel, ⟪2 Jahre 4 Monate¦age⟫, Sedierung ⟪Propofol 3 mg/kg¦dose⟫. ⟨a¦Myelinisierung "
        "altersentsprechend⟩ (T1 ⟦Serie 5, Bild 18¦5:18¦full_de¦a⟧). ⟨b¦Periventrikuläre Gliose occipital "
        "beidseits⟩ (FLAIR ⟦Serie 8, Bild 20, 22 und 24¦8:20,8:22,8:24¦list¦b⟧), ⟨c¦unverändert zur Voruntersuchung "
        "vom ⟪03/2025¦date⟫⟩ (⟦Serie 7, Bild 21¦p7:21¦prior¦c⟧ der VU). Nächste Kontrolle in ⟪12 Monaten¦followup⟫.",
    ),
    (
        "de09",
        "DE",
        "Verlaufskontrolle Lungenrundherd. Verglichen mit den CTs von ⟪2021¦date⟫, ⟪2022¦date⟫ und "
        "⟪März 2024¦date⟫: ⟨a¦Rundherd im Mittellappen heute ⟪9 mm¦size⟫⟩ (⟦Serie 4, Bild 156¦4:156¦full_de¦a⟧), "
        "⟨b¦⟪03/2024¦date⟫ ⟪8 mm¦size⟫⟩ (⟦Serie 4, Bild 149¦p4:149¦prior¦b⟧), ⟨c¦⟪2022¦date⟫ ⟪8 mm¦size⟫⟩ "
        "(⟦Serie 3, Bild 77¦p3:77¦prior¦c⟧), ⟨d¦⟪2021¦date⟫ ⟪7 mm¦size⟫⟩ (⟦Serie 3, Bild 70¦p3:70¦prior¦d⟧). "
        "Volumenverdopplungszeit über ⟪900 Tage¦counter⟫.",
    ),
    (
        "de10",
        "DE",
        "Landpraxis Röntgen, Zuweisung ins CT. CT Thorax vom Folgetag: ⟨a¦Spiculierte Raumforderung im "
        "rechten Oberlappen, ⟪31 mm¦size⟫⟩ ⟦(S3/B44)¦3:44¦slash¦a⟧, ⟨b¦ipsilaterale hiläre Lymphknoten⟩ "
        "⟦(S3/B61, B64)¦3:61,3:64¦list¦b⟧. TNM vorläufig ⟪cT3 N1¦staging⟫. Rückfragen Tel. ⟪0851 4471-23¦phone⟫.",
    ),
    (
        "de11",
        "DE",
        "MRT Becken zur Plazentadiagnostik, ⟪SSW 33+0¦age⟫, Z. n. ⟪2 Sectiones¦counter⟫. ⟨a¦Plazenta praevia "
        "totalis mit fokaler Verdünnung des Myometriums auf ⟪1 mm¦size⟫⟩ (sagittal T2 ⟦Serie 4, Bild 13¦4:13¦full_de¦a⟧). "
        "⟨b¦Intraplazentare T2-dunkle Bänder⟩ ⟦Serie 4, Bild 11 und 15¦4:11,4:15¦list¦b⟧ sowie ⟦Serie 6, Bild 19¦6:19¦full_de¦b⟧. "
        "⟨c¦Blasenhinterwand glatt⟩ (⟦Serie 6, Bild 22¦6:22¦full_de¦c⟧). Vergleich fetale MRT ⟪SSW 28¦age⟫: "
        "⟨d¦Myometrium damals ⟪3 mm¦size⟫⟩ (VU ⟦Serie 5, Bild 12 und 14¦p5:12,p5:14¦prior¦d⟧).",
    ),
    (
        "de12",
        "DE",
        "CT Hüfte beidseits, Planung Hüft-TEP links. ⟨a¦Antetorsion des Schenkelhalses links ⟪24°¦ratio⟫⟩ "
        "(⟦Serie 5, Bild 12¦5:12¦full_de¦a⟧ und ⟦Serie 5, Bild 208¦5:208¦full_de¦a⟧), ⟨b¦rechts ⟪15°¦ratio⟫⟩ "
        "(⟦Serie 5, Bild 14 und 211¦5:14,5:211¦list¦b⟧). CCD-Winkel links ⟪128°¦ratio⟫. Geplante Pfanne ⟪52 mm¦size⟫, "
        "Schaft Größe ⟪5¦size⟫.",
    ),
    (
        "de13",
        "DE",
        "Fetale MRT, Zwillingsschwangerschaft ⟪SSW 26+1¦age⟫. ⟨a¦Fetus ⟪1¦counter⟫: Zwerchfelldefekt links mit "
        "Magen intrathorakal⟩ (Cine-⟦Serie 14, Frame 22¦14:22¦full_de¦a⟧), ⟨b¦Lungen-Kopf-Verhältnis "
        "(o/e LHR) ⟪32 %¦ratio⟫⟩ ⟦Serie 12, Bild 08¦12:8¦full_de¦b⟧. ⟨c¦Fetus ⟪2¦counter⟫ unauffällig⟩ "
        "⟦Serie 12, Bild 30¦12:30¦full_de¦c⟧. Leber intraabdominell.",
    ),
    (
        "de14",
        "DE",
        "Nachtrag zum Befund vom ⟪05.12.2026¦date⟫, ⟪08:40 Uhr¦time⟫: ⟨a¦Die Fissur des Os temporale rechts "
        "reicht bis in die Paukenhöhle⟩ (⟦Serie 3, Bild 55¦3:55¦full_de¦a⟧), ⟨b¦Luft im Kiefergelenk⟩ "
        "(⟦Bild 61¦3:61¦image_only¦b⟧ derselben Serie). Seite ⟪2¦counter⟫ von ⟪2¦counter⟫.",
    ),
    # ---------------------------------------------------------------- Austria
    (
        "at01",
        "AT",
        "MRT Felsenbein mit non-EPI-DWI, Kontrolle ⟪5 Jahre¦followup⟫ nach Tympanoplastik. ⟨a¦Diffusionsrestriktion "
        "im Mastoid rechts, ⟪6 mm¦size⟫, vereinbar mit Rezidivcholesteatom⟩ (⟦Se. 9, Bi. 14¦9:14¦abbrev_de¦a⟧), "
        "⟨b¦in der Vor-MRT vom ⟪Feber 2025¦date⟫ ⟪3 mm¦size⟫⟩ (⟦Se. 8, Bi. 13¦p8:13¦prior¦b⟧). ADC ⟪0,7 x 10⁻³ mm²/s¦lab⟫. "
        "⟨c¦Keine Labyrinthfistel⟩ (⟦Se. 5, Bi. 22¦5:22¦abbrev_de¦c⟧).",
    ),
    (
        "at02",
        "AT",
        "Gerichtsmedizin, postmortale CT und MRT. ⟨a¦Schussdefekt frontal rechts, Einschuss ⟪9 mm¦size⟫⟩ "
        "(⟦Se. 3, Bi. 041¦3:41¦abbrev_de¦a⟧), ⟨b¦Ausschuss occipital links, ⟪16 mm¦size⟫⟩ (⟦Se. 3, "
        "Bi. 178¦3:178¦abbrev_de¦b⟧). ⟨c¦Schusskanal in der MIP⟩ ⟦Se. 701 Bi. 5¦701:5¦abbrev_de¦c⟧. "
        "⟨d¦Knochensplitter im Schusskanal⟩ ⟦Se. 3 Bi. 80 Beistrich 96 Beistrich 112¦3:80,3:96,3:112¦list¦d⟧. "
        "Aktenzahl ⟪14 St 233/26¦counter⟫.",
    ),
    (
        "at03",
        "AT",
        "OPG vom ⟪12. Jänner 2026¦date⟫ und DVT. ⟨a¦Zyste im Unterkiefer regio ⟪33 bis 35¦segment⟫, ⟪18 x 11 mm¦size⟫⟩ "
        "(DVT ⟦Sr. 2 Sl. 204¦2:204¦abbrev_de¦a⟧), ⟨b¦Verdrängung des Canalis mandibulae nach kaudal⟩ "
        "(⟦Sr. 2 Sl. 210 bis 226¦2:210-226¦range¦b⟧). Im OPG vom ⟪Mai 2024¦date⟫ ⟨c¦Zyste ⟪12 mm¦size⟫⟩ "
        "(⟦Bild 1¦p-:1¦prior¦c⟧ der Vorstudie).",
    ),
    (
        "at04",
        "AT",
        "Sportmedizin, MRT Knie li. nach Skiunfall am ⟪27.12.2026¦date⟫. ⟨a¦Komplette Ruptur des vorderen "
        "Kreuzbandes⟩ (sag. PD fs ⟦Se. 401 Bi. 14¦401:14¦abbrev_de¦a⟧), ⟨b¦Bone bruise lateraler Femurkondylus "
        "und dorsales Tibiaplateau⟩ (⟦Se. 401 Bi. 9 und 12¦401:9,401:12¦list¦b⟧). ⟨c¦Innenmeniskushinterhorn "
        "Grad-⟪2¦staging⟫-Signal⟩ ⟦Se. 501/Bi. 17¦501:17¦slash¦c⟧. Tegner-Score vor Unfall ⟪7¦lab⟫. ⟨d¦Innenmeniskusläsion bereits im Vor-MRT ⟪2024¦date⟫⟩ "
        "(⟦Se. 501/Bi. 16¦p501:16¦prior¦d⟧).",
    ),
    (
        "at05",
        "AT",
        "Schädelsonographie Neonatologie, ⟪Tag 3¦age⟫, Gewicht ⟪980 g¦lab⟫. ⟨a¦Intraventrikuläre Blutung rechts "
        "mit Ventrikelerweiterung⟩ (Koronar ⟦Bild 3¦-:3¦image_only¦a⟧, ⟦Bild 5¦-:5¦image_only¦a⟧). "
        "Ventrikelindex nach Levene ⟪13 mm¦size⟫ (⟪97. Perzentile¦ratio⟫). Im Vorschall vom ⟪Tag 1¦age⟫ ⟨b¦noch "
        "keine Blutung⟩ (Vorschall ⟦Bild 4¦p-:4¦prior¦b⟧).",
    ),
    (
        "at06",
        "AT",
        "Bundesheer, Stellungsuntersuchung, Lungenröntgen mit Zuweisung zur CT. CT Thorax: ⟨a¦Apikale Bulla "
        "rechts, ⟪28 mm¦size⟫⟩ ⟦Se 3 Bi 019¦3:19¦abbrev_de¦a⟧. ⟨b¦Kleiner Pneumothoraxsaum, ⟪4 mm¦size⟫⟩ "
        "⟦Se 3 Bi 22–25¦3:22-25¦range¦b⟧. ⟨c¦Bulla im Vor-CT ⟪2025¦date⟫ ⟪24 mm¦size⟫⟩ "
        "(VU ⟦Se 2 Bi 17¦p2:17¦prior¦c⟧). Tauglichkeitsstufe ⟪7¦counter⟫ bis zur Kontrolle in ⟪3 Monaten¦followup⟫.",
    ),
    (
        "at07",
        "AT",
        "CT Nasennebenhöhlen präoperativ. ⟨a¦Keros-Typ III links mit Riechrinnentiefe ⟪8 mm¦size⟫⟩ "
        "(kor. ⟦Serie 4 Bild 33¦4:33¦full_de¦a⟧), ⟨b¦Onodi-Zelle rechts⟩ (⟦Serie 4 Bild 51¦4:51¦full_de¦b⟧, "
        "axial ⟦Serie 2 Bild 40¦2:40¦full_de¦b⟧). ⟨c¦Lund-Mackay-Score ⟪9¦lab⟫, Schwerpunkt Kieferhöhle links⟩ "
        "(⟦Serie 4 Bild 27¦4:27¦full_de¦c⟧). ⟨d¦Lamina papyracea rechts dehiszent⟩ ⟦Serie 4 Bild 30¦4:30¦full_de¦d⟧.",
    ),
    (
        "at08",
        "AT",
        "Verlaufsambulanz Hydrozephalus, MRT. Vergleich mit den Untersuchungen ⟪2021¦date⟫, ⟪2023¦date⟫ und "
        "⟪Juni 2025¦date⟫. ⟨a¦Evans-Index heute ⟪0,34¦ratio⟫⟩ (⟦Se. 6, Bi. 19¦6:19¦abbrev_de¦a⟧), ⟨b¦⟪2025¦date⟫ "
        "⟪0,33¦ratio⟫⟩ (⟦Se. 6, Bi. 18¦p6:18¦prior¦b⟧), ⟨c¦⟪2021¦date⟫ ⟪0,33¦ratio⟫⟩ (⟦Se. 4, Bi. 21¦p4:21¦prior¦c⟧). "
        "Ventilstellung ⟪120 mmH₂O¦lab⟫.",
    ),
    (
        "at09",
        "AT",
        "Fetale MRT ⟪SSW 22+4¦age⟫, Zuweisung Pränataldiagnostik. ⟨a¦Spina bifida lumbosakral ab ⟪L4¦level⟫ mit "
        "Myelomeningozele⟩ (⟦Se. 11, Bi. 07¦11:7¦abbrev_de¦a⟧ und ⟦Bi. 09¦11:9¦image_only¦a⟧), ⟨b¦Chiari-II-Konstellation "
        "mit tiefstehenden Tonsillen⟩ (⟦Se. 10, Bi. 12¦10:12¦abbrev_de¦b⟧). ⟨c¦Seitenventrikel ⟪14 mm¦size⟫⟩ "
        "⟦Se. 13, Bi. 15¦13:15¦abbrev_de¦c⟧.",
    ),
    (
        "at10",
        "AT",
        "CT Schulter li. zur Planung einer Latarjet-OP. ⟨a¦Glenoidaler Knochenverlust ⟪22 %¦ratio⟫ (Best-fit-circle)⟩ "
        "(en-face-Rekonstruktion ⟦Se. 605 Bi. 4¦605:4¦abbrev_de¦a⟧), ⟨b¦Hill-Sachs-Läsion ⟪19 x 6 mm¦size⟫, "
        "off-track⟩ (⟦Se. 3 Bi. 42¦3:42¦abbrev_de¦b⟧). Glenoidversion ⟪-9°¦ratio⟫. Vergleich mit der "
        "auswärtigen CT ⟪2023¦date⟫: ⟨c¦Knochenverlust damals ⟪14 %¦ratio⟫⟩ (⟦Se. 5 Bi. 3¦p5:3¦prior¦c⟧).",
    ),
    (
        "at11",
        "AT",
        "PMCT-Angiographie, Obduktion am ⟪09.12.2026¦date⟫. ⟨a¦Kontrastmittelextravasat an der "
        "Milzhilusarterie⟩ (arterielle Phase ⟦Serie 4, Bild 233¦4:233¦full_de¦a⟧), ⟨b¦Hämatoperitoneum, "
        "geschätzt ⟪1200 ml¦size⟫⟩ (⟦Serie 4, Bild 260–300¦4:260-300¦range¦b⟧). Perfusionsdruck ⟪80 mmHg¦blood_pressure⟫, "
        "Kontrastmittel ⟪1800 ml¦dose⟫. ⟨c¦Kein Hinweis auf Luftembolie⟩ (⟦Serie 2, Bild 40¦2:40¦full_de¦c⟧).",
    ),
    (
        "at12",
        "AT",
        "Kinder-MRT Schädel, ⟪7 Monate¦age⟫, Fragestellung Krampfanfälle. ⟨a¦Fokale kortikale Dysplasie "
        "frontal links⟩ (⟦Sr. 7 / Img. 22¦7:22¦slash¦a⟧ und ⟦Sr. 7 / Img. 25¦7:25¦slash¦a⟧), ⟨b¦Transmantle-Zeichen⟩ "
        "(⟦Sr. 9 / Img. 18¦9:18¦slash¦b⟧). EEG-Fokus ⟪F3¦level⟫. ⟨c¦Hippocampi symmetrisch⟩ ⟦Sr. 11 / Img. 30¦11:30¦slash¦c⟧.",
    ),
    (
        "at13",
        "AT",
        "CT Sprunggelenk re., Planung Arthrodese. ⟨a¦Fortgeschrittene Arthrose im OSG mit subchondralen "
        "Zysten bis ⟪7 mm¦size⟫⟩ (⟦Se. 4, Schicht 101¦4:101¦slice_word¦a⟧), ⟨b¦Talusvarus ⟪12°¦ratio⟫⟩ "
        "(kor. ⟦Se. 602, Schicht 55¦602:55¦slice_word¦b⟧). Vergleich VU ⟪Oktober 2024¦date⟫: ⟨c¦Zysten damals "
        "bis ⟪4 mm¦size⟫⟩ (VU ⟦Se. 4, Schicht 96¦p4:96¦prior¦c⟧).",
    ),
    (
        "at14",
        "AT",
        "Landeskrankenhaus, Außenstelle Röntgen; CT Abdomen nach Zuweisung. ⟨a¦Appendix ⟪11 mm¦size⟫ mit "
        "Appendikolith⟩ (⟦Se. 3 Bi. 118¦3:118¦abbrev_de¦a⟧), ⟨b¦periappendikuläre Flüssigkeit⟩ (⟦Se. 3 Bi. 121 "
        "und 124¦3:121,3:124¦list¦b⟧). CRP ⟪12,4 mg/dl¦lab⟫, Leukozyten ⟪15,1 G/l¦lab⟫. Rückruf Chirurgie DW ⟪4512¦phone⟫.",
    ),
    (
        "at15",
        "AT",
        "MRT Hals, Kinderambulanz, ⟪5 Jahre¦age⟫, Bewegungsartefakte. ⟨a¦Retropharyngealer Abszess links, "
        "⟪22 x 14 mm¦size⟫⟩ in der wiederholten Sequenz von ⟪11:42 Uhr¦time⟫, ⟦Bild 18¦-:18¦image_only¦a⟧. "
        "⟨b¦Einschmelzender Lymphknoten links⟩ in der Sequenz von ⟪11:50 Uhr¦time⟫, ⟦Bild 24 und 26¦-:24,-:26¦list¦b⟧. "
        "Temperatur ⟪39,1 °C¦lab⟫.",
    ),
    # ---------------------------------------------------------------- Switzerland
    (
        "ch01",
        "CH",
        "IRM fœtale, Centre hospitalier, ⟪SSW 29+3¦age⟫. ⟨a¦Agenesie des Septum pellucidum⟩ (⟦Sér. 6, Bild n° 14¦6:14¦full_de¦a⟧), "
        "⟨b¦Nervi optici schmal, Chiasma ⟪2,1 mm¦size⟫⟩ (⟦Sér. 8, Bild n° 9¦8:9¦full_de¦b⟧). ⟨c¦Hypophyse normal "
        "positioniert⟩ ⟦Sér. 8, Bild n° 11¦8:11¦full_de¦c⟧. Biometrie: BPD ⟪74 mm¦size⟫ (⟪40. Perzentile¦ratio⟫).",
    ),
    (
        "ch02",
        "CH",
        "Institut für Rechtsmedizin, postmortale MRT und CT. ⟨a¦Subkutane Hämatome am Hals links, "
        "Strangmarke auf Höhe ⟪HWK 4¦level⟫⟩ (MRT STIR ⟦Serie 5, Bild 16 bis 19¦5:16-19¦range¦a⟧), ⟨b¦Fraktur des "
        "linken oberen Schildknorpelhorns⟩ (CT ⟦Serie 3, Bild 201¦3:201¦full_de¦b⟧). ⟨c¦Hyoid intakt⟩ "
        "(⟦Serie 3, Bild 188¦3:188¦full_de¦c⟧). ⟨d¦Schildknorpelfraktur bereits in der klinischen "
        "CT vom ⟪02.12.2026¦date⟫ sichtbar⟩ (klinische CT ⟦Serie 4, Bild 66¦p4:66¦prior¦d⟧). Rektaltemperatur ⟪31,2 °C¦lab⟫ um ⟪06:15¦time⟫.",
    ),
    (
        "ch03",
        "CH",
        "Zahnärztliches Institut, DVT Oberkiefer. ⟨a¦Wurzelrest ⟪16¦segment⟫ mit Mund-Antrum-Verbindung⟩ "
        "(⟦Se 2 Bi 112¦2:112¦abbrev_de¦a⟧), ⟨b¦Schleimhautschwellung Kieferhöhle rechts bis ⟪9 mm¦size⟫⟩ "
        "⟦Se 2 Bi 96, 101, 108¦2:96,2:101,2:108¦list¦b⟧. Implantatplanung regio ⟪14¦segment⟫: Knochenbreite "
        "⟪6,0 mm¦size⟫, Implantat ⟪4,1 x 10 mm¦size⟫. ⟨c¦Im DVT vom ⟪15.05.2024¦date⟫ Schleimhaut ⟪3 mm¦size⟫⟩ "
        "(⟦Se 2 Bi 98¦p2:98¦prior¦c⟧ der Voruntersuchung).",
    ),
    (
        "ch04",
        "CH",
        "Sportklinik, CT Knie links zur Planung einer Trochleaplastik. ⟨a¦TT-TG-Distanz ⟪21 mm¦size⟫⟩ "
        "(⟦Ser. 3 / Imm. 44¦3:44¦slash¦a⟧ und ⟦Ser. 3 / Imm. 71¦3:71¦slash¦a⟧), ⟨b¦Trochleadysplasie ⟪Dejour B¦staging⟫ "
        "mit Sulcuswinkel ⟪158°¦ratio⟫⟩ (⟦Ser. 3 / Imm. 40¦3:40¦slash¦b⟧). Patellatilt ⟪24°¦ratio⟫. "
        "Vergleich Precedente CT ⟪2022¦date⟫: ⟨c¦TT-TG damals ⟪19 mm¦size⟫⟩ (Precedente ⟦Ser. 2 / Imm. 38¦p2:38¦prior¦c⟧).",
    ),
    (
        "ch05",
        "CH",
        "Armeespital, CT Felsenbein nach Knalltrauma bei Schiessübung. ⟨a¦Luxation des Incus⟩ (⟦Sequenz 3, "
        "Bild 77¦3:77¦full_de¦a⟧). ⟨b¦Perilymphfistel am runden Fenster nicht sicher auszuschliessen, Luftblase im "
        "Vestibulum⟩ (⟦Sequenz 3, Bild 84 und 85¦3:84,3:85¦list¦b⟧). Hörverlust ⟪40 dB¦lab⟫ bei ⟪4 kHz¦lab⟫. "
        "Kontakt Truppenarzt ⟪058 464 12 34¦phone⟫.",
    ),
    (
        "ch06",
        "CH",
        "Neonatologie, Schädelultraschall, Termingeborenes, ⟪Tag 2¦age⟫, nach Asphyxie (pH ⟪6,95¦lab⟫). "
        "⟨a¦Erhöhte Echogenität der Basalganglien beidseits⟩ (Koronar ⟦Bild 06 bis 08¦-:6-8¦range¦a⟧). "
        "⟨b¦RI der A. cerebri media ⟪0,55¦lab⟫⟩ (Doppler ⟦Bild 15¦-:15¦image_only¦b⟧). APGAR ⟪2/5/7¦lab⟫.",
    ),
    (
        "ch07",
        "CH",
        "Verlaufskontrolle Vestibularisschwannom, MRT. Verglichen mit ⟪2021¦date⟫, ⟪2022¦date⟫ und "
        "⟪März 2024¦date⟫. ⟨a¦Intrakanalikulärer Anteil heute ⟪7 x 5 mm¦size⟫⟩ ⟦Se.1201 Bi.33¦1201:33¦abbrev_de¦a⟧, "
        "⟨b¦⟪2024¦date⟫ ⟪6 x 5 mm¦size⟫⟩ ⟦Se.1201 Bi.31¦p1201:31¦prior¦b⟧, ⟨c¦⟪2021¦date⟫ ⟪5 x 4 mm¦size⟫⟩ "
        "⟦Se.901 Bi.28¦p901:28¦prior¦c⟧. Koos ⟪1¦staging⟫. Nächste Kontrolle in ⟪2 Jahren¦followup⟫.",
    ),
    (
        "ch08",
        "CH",
        "MRT Plazenta, ⟪SSW 35+2¦age⟫, Ospedale regionale. ⟨a¦Placenta increta an der Vorderwand⟩ "
        "(⟦Ser. 4, Imm. 18¦4:18¦abbrev_de¦a⟧), ⟨b¦keine Infiltration der Harnblase⟩ (⟦Ser. 4, Imm. 21¦4:21¦abbrev_de¦b⟧; "
        "⟦Ser. 7, Imm. 16¦7:16¦abbrev_de¦b⟧). Geschätztes fetales Gewicht ⟪2650 g¦lab⟫. Sectio geplant am "
        "⟪18.12.2026¦date⟫.",
    ),
    (
        "ch09",
        "CH",
        "CT Hüfte präoperativ, Hüftarthroskopie bei FAI. ⟨a¦Alpha-Winkel ⟪68°¦ratio⟫ bei ⟪1 Uhr¦time⟫⟩ "
        "(radiäre Rekonstruktion ⟦Serie 604, Bild 2¦604:2¦full_de¦a⟧), ⟨b¦LCE-Winkel ⟪34°¦ratio⟫⟩ "
        "(⟦Serie 602, Bild 31¦602:31¦full_de¦b⟧). ⟨c¦Crossover-Zeichen positiv⟩ (⟦Serie 3, Bild 44¦3:44¦full_de¦c⟧). "
        "Tönnis ⟪1¦staging⟫.",
    ),
    (
        "ch10",
        "CH",
        "Kinder-MRT Schädel, ⟪4 Jahre¦age⟫. ⟨a¦Pilozytisches Astrozytom im Kleinhirnwurm, zystischer Anteil "
        "⟪28 mm¦size⟫⟩ (⟦Se 14 Bi 22, 27, 31¦14:22,14:27,14:31¦list¦a⟧), ⟨b¦Liquoraufstau mit Ventrikelweite "
        "⟪18 mm¦size⟫⟩ ⟦Se 14 Bi 12¦14:12¦abbrev_de¦b⟧. ⟨c¦Solider Knoten ⟪11 mm¦size⟫ kräftig KM-aufnehmend⟩ "
        "⟦Se 18 Bi 20¦18:20¦abbrev_de¦c⟧. ⟨d¦Zyste im MRT vom ⟪10.06.2026¦date⟫ ⟪21 mm¦size⟫⟩ "
        "(Voruntersuchung ⟦Se 14 Bi 20¦p14:20¦prior¦d⟧). Dosis Gadolinium ⟪0,1 mmol/kg¦dose⟫.",
    ),
    (
        "ch11",
        "CH",
        "Rechtsmedizin, PMCT nach Verkehrsunfall (Fussgänger). ⟨a¦Tibiakopffraktur rechts auf Höhe ⟪48 cm¦size⟫ "
        "über Fusssohle⟩ (⟦Serie 6, Bild 310¦6:310¦full_de¦a⟧), ⟨b¦Beckenringfraktur⟩ (⟦Serie 4, Bild 402–418¦4:402-418¦range¦b⟧), "
        "⟨c¦Aortenruptur isthmisch⟩ (⟦Serie 4, Bild 151¦4:151¦full_de¦c⟧). Fallnummer ⟪RM 26-0917¦counter⟫.",
    ),
    (
        "ch12",
        "CH",
        "CT Schläfenbein, Cochlea-Implantat-Planung, Kind ⟪3 Jahre¦age⟫. ⟨a¦Cochlea normal angelegt, "
        "⟪2,5 Windungen¦counter⟫⟩ (⟦Serie 3, Bild 63¦3:63¦full_de¦a⟧), ⟨b¦weiter vestibulärer Aquädukt links, "
        "⟪2,1 mm¦size⟫⟩ (⟦Serie 3, Bild 58¦3:58¦full_de¦b⟧). ⟨c¦Cochleärer Duct Length ⟪33 mm¦size⟫⟩ "
        "(schräge MPR ⟦Serie 607, Bild 12¦607:12¦full_de¦c⟧).",
    ),
    (
        "ch13",
        "CH",
        "MRT Schulter rechts, Verlauf nach Rotatorenmanschettennaht. Vergleich mit ⟪2023¦date⟫ und ⟪Mai 2025¦date⟫. "
        "⟨a¦Re-Ruptur der Supraspinatussehne, Retraktion ⟪14 mm¦size⟫⟩ (⟦Se. 4 / Bi. 77¦4:77¦slash¦a⟧), "
        "⟨b¦Mai 2025 intakt⟩ (⟦Se. 4 / Bi. 75¦p4:75¦prior¦b⟧). ⟨c¦Fettige Atrophie ⟪Goutallier 2¦staging⟫⟩ "
        "(⟦Se. 6 / Bi. 12¦6:12¦slash¦c⟧), ⟨d¦⟪2023¦date⟫ noch Grad ⟪1¦staging⟫⟩ (⟦Se. 6 / Bi. 10¦p6:10¦prior¦d⟧).",
    ),
    (
        "ch14",
        "CH",
        "Röntgen Thorax, Dorfpraxis, Zuweisung zur CT. CT: ⟨a¦Pleuraplaques beidseits, verkalkt⟩ "
        "(⟦Se 3 Bi 88¦3:88¦abbrev_de¦a⟧, ⟦Se 3 Bi 120¦3:120¦abbrev_de¦a⟧), ⟨b¦Rundatelektase im rechten Unterlappen "
        "⟪32 mm¦size⟫⟩ (⟦Se 3 Bi 141¦3:141¦abbrev_de¦b⟧, VU ⟦Se 3 Bi 137¦p3:137¦prior¦b⟧). Asbestexposition ⟪20 Jahre¦followup⟫, FEV1 ⟪78 %¦ratio⟫.",
    ),
    # ---------------------------------------------------------------- United Kingdom
    (
        "uk01",
        "UK",
        "Fetal MRI at ⟪30+1 weeks¦age⟫, tertiary fetal medicine referral. ⟨a¦Absent cavum septi pellucidi with "
        "squared frontal horns⟩ (⟦series 5, image 017¦5:17¦full_en¦a⟧). ⟨b¦Atrial width ⟪11.5 mm¦size⟫ on the "
        "left⟩ (⟦series 5 image 21¦5:21¦full_en¦b⟧). ⟨c¦Cerebellar transverse diameter ⟪36 mm¦size⟫, "
        "⟪50th centile¦ratio⟫⟩ ⟦series 7 image 14¦7:14¦full_en¦c⟧. Discussed with Dr on ext ⟪4417¦phone⟫.",
    ),
    (
        "uk02",
        "UK",
        "Cranial ultrasound, ⟪26+3 weeks¦age⟫ gestation infant, day ⟪10¦age⟫. ⟨a¦Grade ⟪3¦staging⟫ "
        "intraventricular haemorrhage on the left⟩ (coronal ⟦images 3-5¦-:3-5¦range¦a⟧), ⟨b¦ventricular index "
        "⟪12 mm¦size⟫, above the ⟪97th centile¦ratio⟫⟩ (⟦image 7¦-:7¦image_only¦b⟧). ⟨c¦Compared with the scan of "
        "⟪28/11/2026¦date⟫ the ventricles were ⟪8 mm¦size⟫⟩ (⟦image 6¦p-:6¦prior¦c⟧ of that study).",
    ),
    (
        "uk03",
        "UK",
        "CT temporal bones. ⟨a¦Soft tissue in the left middle ear and mastoid with erosion of the long process "
        "of incus⟩ (⟦Se 3 Im 88¦3:88¦abbrev_en¦a⟧), ⟨b¦dehiscent tympanic segment of the facial nerve canal⟩ "
        "(⟦Se 3 Im 91¦3:91¦abbrev_en¦b⟧, coronal ⟦Se 4 Im 40¦4:40¦abbrev_en¦b⟧). ⟨c¦Sigmoid plate intact⟩ "
        "⟦Se 3 Im 102¦3:102¦abbrev_en¦c⟧. ⟨d¦Appearances similar to the CT of ⟪14/06/2024¦date⟫⟩ "
        "(⟦Se 3 Im 85¦p3:85¦prior¦d⟧ on that study). CT dose DLP ⟪212 mGy·cm¦dose⟫.",
    ),
    (
        "uk04",
        "UK",
        "Dental CBCT, referred from community dental service. ⟨a¦Unerupted lower right third molar ⟪48¦segment⟫ "
        "with the root apices grooving the inferior alveolar canal⟩ (⟦slices 112-118¦-:112-118¦range¦a⟧). ⟨b¦Lingual "
        "cortex thinned to ⟪0.5 mm¦size⟫⟩ (⟦slice 115¦-:115¦slice_word¦b⟧). Compared with the OPG of ⟪03/02/2025¦date⟫, "
        "⟨c¦no change in position⟩ (⟦image 1¦p-:1¦prior¦c⟧ of the prior OPG).",
    ),
    (
        "uk05",
        "UK",
        "Post-mortem CT for HM Coroner, case ⟪0927/26¦counter⟫. ⟨a¦Displaced fracture of the right body of the "
        "hyoid⟩ (⟦series 4 image 0212¦4:212¦full_en¦a⟧), ⟨b¦large left haemothorax, ⟪48 mm¦size⟫ depth⟩ "
        "(⟦series 4 images 320 to 360¦4:320-360¦range¦b⟧). ⟨c¦Fractures of the left ribs ⟪5-9¦level⟫ "
        "posterolaterally⟩, ⟦series 4 images 301, 315 and 329¦4:301,4:315,4:329¦list¦c⟧. Body length ⟪172 cm¦size⟫.",
    ),
    (
        "uk06",
        "UK",
        "Defence Medical Rehabilitation Centre, MRI right hip, ⟪24¦age⟫ year old infantry soldier. ⟨a¦Compression-side "
        "stress fracture of the femoral neck, ⟪12 mm¦size⟫ fracture line⟩ (coronal STIR ⟦Ser 6 Img 11¦6:11¦abbrev_en¦a⟧). "
        "⟨b¦Marrow oedema extends to the lesser trochanter⟩ (⟦Ser 6 Img 9 and 13¦6:9,6:13¦list¦b⟧). Fredericson "
        "grade ⟪4¦staging⟫. Review in ⟪6 weeks¦followup⟫.",
    ),
    (
        "uk07",
        "UK",
        "Community hospital X-ray unit, CT referral. CT head: ⟨a¦Acute left subdural haematoma, ⟪9 mm¦size⟫ thick⟩ "
        "(⟦2:19¦2:19¦compact¦a⟧), ⟨b¦midline shift of ⟪4 mm¦size⟫⟩ (⟦2:22¦2:22¦compact¦b⟧). ⟨c¦No haematoma on the CT of ⟪02/12/2026¦date⟫⟩ (prior ⟦2:20¦p2:20¦prior¦c⟧). GCS ⟪14¦lab⟫. "
        "Discussed with neurosurgery at ⟪02:35¦time⟫, bleep ⟪2291¦phone⟫.",
    ),
    (
        "uk08",
        "UK",
        "Follow-up MRI pituitary, compared with the scans of ⟪2021¦date⟫, ⟪2022¦date⟫ and ⟪March 2024¦date⟫. "
        "⟨a¦Macroadenoma now ⟪14 x 11 mm¦size⟫⟩ (⟦series 8 image 09¦8:9¦full_en¦a⟧), ⟨b¦March 2024 ⟪13 x 11 mm¦size⟫⟩ "
        "(⟦series 8 image 10¦p8:10¦prior¦b⟧), ⟨c¦2021 ⟪12 x 10 mm¦size⟫⟩ (⟦series 6 image 8¦p6:8¦prior¦c⟧). "
        "Prolactin ⟪410 mU/L¦lab⟫. Knosp grade ⟪2¦staging⟫.",
    ),
    (
        "uk09",
        "UK",
        "Pre-operative CT right shoulder for reverse arthroplasty planning. ⟨a¦Walch ⟪B2¦staging⟫ glenoid with "
        "⟪18°¦ratio⟫ retroversion⟩ (⟦Se 3 Im 47¦3:47¦abbrev_en¦a⟧), ⟨b¦posterior humeral head subluxation "
        "⟪72%¦ratio⟫⟩ (⟦Se 3 Im 45¦3:45¦abbrev_en¦b⟧). ⟨c¦Glenoid vault depth ⟪24 mm¦size⟫⟩ (oblique MPR "
        "⟦Se 605 Im 8¦605:8¦abbrev_en¦c⟧). Baseplate ⟪25 mm¦size⟫ with ⟪10°¦ratio⟫ augment suggested.",
    ),
    (
        "uk10",
        "UK",
        "Paediatric MRI brain, ⟪3 years¦age⟫, under general anaesthetic. ⟨a¦Bilateral symmetrical T2 "
        "hyperintensity in the dentate nuclei⟩ (axial T2 ⟦slice 14¦-:14¦slice_word¦a⟧ and ⟦slice 15¦-:15¦slice_word¦a⟧). "
        "⟨b¦Restricted diffusion in the globi pallidi⟩ (DWI ⟦Se 7 Im 18¦7:18¦abbrev_en¦b⟧). Lactate peak on "
        "spectroscopy at ⟪1.33 ppm¦lab⟫.",
    ),
    (
        "uk11",
        "UK",
        "Fetal MRI at ⟪24+6 weeks¦age⟫ for suspected congenital pulmonary airway malformation. ⟨a¦Multicystic lesion "
        "in the right lower lobe, largest cyst ⟪9 mm¦size⟫⟩ (cine ⟦series 12, frame 22¦12:22¦full_en¦a⟧). "
        "⟨b¦CVR ⟪1.1¦ratio⟫ with mediastinal shift⟩ (⟦series 10 image 16¦10:16¦full_en¦b⟧). ⟨c¦No hydrops⟩ "
        "(⟦series 10 image 28¦10:28¦full_en¦c⟧).",
    ),
    (
        "uk12",
        "UK",
        "Sports medicine clinic, MRI left ankle, professional footballer. ⟨a¦High ankle sprain with complete AITFL "
        "tear⟩ (⟦Ser 5 Img 18¦5:18¦abbrev_en¦a⟧), ⟨b¦partial deltoid ligament tear⟩ (⟦Ser 7 Img 21¦7:21¦abbrev_en¦b⟧). "
        "West Point grade ⟪3¦staging⟫. ⟨c¦Compared with the outside MRI of ⟪09/10/2026¦date⟫ the AITFL was "
        "already discontinuous⟩ (outside ⟦Ser 4 Img 15¦p4:15¦prior¦c⟧). Return to play estimate ⟪8-10 weeks¦followup⟫.",
    ),
    (
        "uk13",
        "UK",
        "OPG and limited CBCT, maxillofacial clinic. ⟨a¦Well-defined radiolucency around the crown of the "
        "unerupted ⟪38¦segment⟫, ⟪22 mm¦size⟫⟩ (CBCT ⟦Se 2 Im 143¦2:143¦abbrev_en¦a⟧), ⟨b¦with buccal cortical expansion⟩ "
        "(⟦Se 2 Im 150¦2:150¦abbrev_en¦b⟧). ⟨c¦On the OPG of ⟪2023¦date⟫ the lesion measured ⟪15 mm¦size⟫⟩ "
        "(prior OPG ⟦image 1¦p-:1¦prior¦c⟧). Page ⟪1¦counter⟫ of ⟪2¦counter⟫.",
    ),
    (
        "uk14",
        "UK",
        "Coroner's post-mortem MRI, neonate. ⟨a¦Subdural blood over the tentorium⟩ (⟦series 3, images 12, 14, 16¦3:12,3:14,3:16¦list¦a⟧). "
        "⟨b¦Liver laceration⟩ (⟦series 6, image 40¦6:40¦full_en¦b⟧). ⟨c¦Metaphyseal lesion at the distal left femur⟩ "
        "on the skeletal survey CT (⟦series 9, image 205¦9:205¦full_en¦c⟧). Birth weight ⟪3.1 kg¦lab⟫.",
    ),
    # ---------------------------------------------------------------- United States
    (
        "us01",
        "US",
        "Fetal MRI, ⟪32 weeks 4 days¦age⟫. ⟨a¦Left congenital diaphragmatic hernia with stomach and bowel in the "
        "chest⟩ (⟦series 6, image 18¦6:18¦full_en¦a⟧). ⟨b¦Observed-to-expected total fetal lung volume ⟪28%¦ratio⟫⟩ "
        "(⟦series 6, images 10-34¦6:10-34¦range¦b⟧). ⟨c¦Liver herniation, ⟪14%¦ratio⟫ of liver volume⟩ "
        "⟦(8:22)¦8:22¦compact¦c⟧. Prior fetal MRI at ⟪26 weeks¦age⟫: ⟨d¦o/e TFLV was ⟪31%¦ratio⟫⟩ (⟦5:12-30¦p5:12-30¦prior¦d⟧).",
    ),
    (
        "us02",
        "US",
        "NICU head ultrasound, ⟪DOL 14¦age⟫, ⟪GA 25w¦age⟫ at birth. ⟨a¦Cystic periventricular leukomalacia on the "
        "right⟩ (sagittal ⟦images 8 and 9¦-:8,-:9¦list¦a⟧). ⟨b¦Resolving left germinal matrix hemorrhage⟩ (coronal "
        "⟦image 4¦-:4¦image_only¦b⟧). ⟨c¦On the DOL ⟪3¦age⟫ study the left hemorrhage was larger⟩ (prior "
        "⟦image 5¦p-:5¦prior¦c⟧). Weight ⟪820 g¦lab⟫.",
    ),
    (
        "us03",
        "US",
        "CT sinus, image guidance protocol. ⟨a¦Complete opacification of the left maxillary sinus with "
        "hyperdense content, ⟪62 HU¦lab⟫⟩ (⟦se 3 im 52¦3:52¦abbrev_en¦a⟧), ⟨b¦obstructed ostiomeatal unit⟩ "
        "(coronal ⟦se 4 im 31¦4:31¦abbrev_en¦b⟧). ⟨c¦Asymmetric cribriform plate, left ⟪2 mm¦size⟫ lower⟩ "
        "(⟦se 4 im 28¦4:28¦abbrev_en¦c⟧). Lund-Mackay score ⟪11¦lab⟫.",
    ),
    (
        "us04",
        "US",
        "VA Medical Center, CT chest lung cancer screening, ⟪72¦age⟫ year old veteran, ⟪55 pack-years¦counter⟫. "
        "⟨a¦Part-solid nodule in the left upper lobe, ⟪14 mm¦size⟫ with ⟪6 mm¦size⟫ solid component⟩ "
        "(⟦series 3, image 087¦3:87¦full_en¦a⟧), ⟨b¦previously ⟪11 mm¦size⟫ on ⟪6/14/2025¦date⟫⟩ "
        "(prior ⟦series 3, image 081¦p3:81¦prior¦b⟧). ⟨c¦Additional ⟪4 mm¦size⟫ right lower lobe nodule, stable⟩ "
        "(⟦series 3, image 201¦3:201¦full_en¦c⟧; on the ⟪2023¦date⟫ CT ⟦series 2, image 190¦p2:190¦prior¦c⟧). Lung-RADS ⟪4B¦birads⟫. Agent Orange exposure noted.",
    ),
    (
        "us05",
        "US",
        "Office of the Medical Examiner, postmortem CT, case ⟪ME-26-1184¦counter⟫. ⟨a¦Gunshot wound entering the left "
        "temple⟩ ⟦(2:45)¦2:45¦compact¦a⟧, ⟨b¦projectile fragments along the track⟩ (⟦2:48, 2:53, 2:61¦2:48,2:53,2:61¦list¦b⟧), "
        "⟨c¦dominant fragment lodged in the right occipital lobe, ⟪11 x 8 mm¦size⟫⟩ (⟦2:77¦2:77¦compact¦c⟧; "
        "VR ⟦series 701, image 4¦701:4¦full_en¦c⟧). Caliber estimate ⟪.38¦size⟫.",
    ),
    (
        "us06",
        "US",
        "Pre-operative CT left knee for total knee arthroplasty planning (patient-specific instrumentation). "
        "⟨a¦Varus alignment, hip-knee-ankle angle ⟪172°¦ratio⟫⟩ (scanogram ⟦series 2, image 1¦2:1¦full_en¦a⟧). "
        "⟨b¦Medial tibial plateau bone loss, ⟪6 mm¦size⟫⟩ (⟦series 4, image 212¦4:212¦full_en¦b⟧). ⟨c¦Femoral "
        "component size ⟪5¦size⟫ and tibial size ⟪4¦size⟫ planned⟩ (axial ⟦series 4, images 160 and 240¦4:160,4:240¦list¦c⟧).",
    ),
    (
        "us07",
        "US",
        "Critical access hospital, radiographs followed by CT abdomen/pelvis. ⟨a¦Small bowel obstruction with "
        "transition point in the right lower quadrant⟩ (⟦series 2, image 61¦2:61¦full_en¦a⟧; coronal "
        "⟦series 5, image 44¦5:44¦full_en¦a⟧). ⟨b¦Swirled mesentery⟩ (⟦series 2, images 58-63¦2:58-63¦range¦b⟧). Lactate "
        "⟪3.8 mmol/L¦lab⟫. Transfer arranged at ⟪4:10 PM¦time⟫, call ⟪(605) 555-0134¦phone⟫.",
    ),
    (
        "us08",
        "US",
        "Surveillance MRI, neurofibromatosis clinic. Compared to scans from ⟪2021¦date⟫, ⟪2022¦date⟫ and "
        "⟪March 2024¦date⟫. ⟨a¦Plexiform neurofibroma of the right brachial plexus now ⟪62 mL¦size⟫⟩ "
        "(⟦series 9, image 33¦9:33¦full_en¦a⟧), ⟨b¦March 2024 ⟪58 mL¦size⟫⟩ (⟦series 9, image 31¦p9:31¦prior¦b⟧), "
        "⟨c¦2022 ⟪51 mL¦size⟫⟩ (⟦series 7, image 30¦p7:30¦prior¦c⟧), ⟨d¦2021 ⟪47 mL¦size⟫⟩ (⟦series 7, image 28¦p7:28¦prior¦d⟧). "
        "Selumetinib ⟪25 mg/m²¦dose⟫.",
    ),
    (
        "us09",
        "US",
        "Pediatric MRI brain, ⟪6 months¦age⟫. ⟨a¦Bilateral subdural collections of differing signal, the left "
        "⟪7 mm¦size⟫⟩ (⟦Se 5 Im 22¦5:22¦abbrev_en¦a⟧), ⟨b¦bridging vein thrombosis at the vertex⟩ (SWI "
        "⟦Se 11 Im 48¦11:48¦abbrev_en¦b⟧ and ⟦Se 11 Im 51¦11:51¦abbrev_en¦b⟧). ⟨c¦Collections were smaller on the head CT of ⟪12/01/2026¦date⟫⟩ "
        "(prior ⟦series 2, images 14 and 18¦p2:14,p2:18¦prior¦c⟧). Skeletal survey ⟪21 views¦counter⟫ "
        "pending. Child protection team pager ⟪7731¦phone⟫.",
    ),
    (
        "us10",
        "US",
        "CT temporal bone, ⟪8¦age⟫ year old with conductive hearing loss. ⟨a¦Enlarged vestibular aqueduct "
        "bilaterally, midpoint ⟪1.8 mm¦size⟫ on the right⟩ (⟦3:112¦3:112¦compact¦a⟧) ⟨b¦and ⟪2.0 mm¦size⟫ on "
        "the left⟩ (⟦4:109¦4:109¦compact¦b⟧). ⟨c¦Incomplete partition type ⟪2¦staging⟫ cochlea on the right⟩ "
        "(⟦3:120¦3:120¦compact¦c⟧). Audiogram ⟪45 dB¦lab⟫.",
    ),
    (
        "us11",
        "US",
        "Sports medicine, CT right ankle for pre-operative planning. ⟨a¦Osteochondral lesion of the medial talar "
        "dome, ⟪11 x 9 x 7 mm¦size⟫⟩ (sagittal MPR ⟦series 602, image 34¦602:34¦full_en¦a⟧), ⟨b¦subchondral cyst "
        "⟪5 mm¦size⟫⟩ (⟦series 602, image 36¦602:36¦full_en¦b⟧). ⟨c¦On the prior CT of ⟪4/2/2025¦date⟫ the cyst "
        "measured ⟪3 mm¦size⟫⟩ (⟦series 602, image 33¦p602:33¦prior¦c⟧ on that study).",
    ),
    (
        "us12",
        "US",
        "Dental CBCT, oral surgery referral. ⟨a¦Periapical radiolucency at tooth ⟪#19¦segment⟫, ⟪6 mm¦size⟫⟩ "
        "(⟦slice 0141¦-:141¦slice_word¦a⟧), ⟨b¦perforating the buccal cortex⟩ (⟦slices 0144-0150¦-:144-150¦range¦b⟧). "
        "⟨c¦Mucosal thickening in the left maxillary sinus floor⟩ (⟦slice 0098¦-:98¦slice_word¦c⟧). Scan FOV ⟪8 x 8 cm¦size⟫.",
    ),
    (
        "us13",
        "US",
        "Army community hospital, MRI lumbar spine, ⟪31¦age⟫ year old paratrooper. ⟨a¦Pars defect on the left at "
        "⟪L5¦level⟫⟩ (sagittal ⟦series 4, image 7¦4:7¦full_en¦a⟧), ⟨b¦disc extrusion at ⟪L4-L5¦level⟫ compressing the "
        "traversing right ⟪L5¦level⟫ root⟩ (⟦series 4, image 10¦4:10¦full_en¦b⟧; axial ⟦series 8, image 22¦8:22¦full_en¦b⟧). "
        "Profile ⟪L3¦counter⟫ pending.",
    ),
    (
        "us14",
        "US",
        "Fetal MRI ⟪28 weeks¦age⟫, twin pregnancy with TTTS after laser on ⟪11/20/2026¦date⟫. ⟨a¦Twin B (recipient): "
        "periventricular hemorrhage on the left⟩ (⟦series 8, image 19¦8:19¦full_en¦a⟧). ⟨b¦Twin A: normal brain⟩ "
        "(⟦series 8, image 40¦8:40¦full_en¦b⟧). ⟨c¦Twin B hemorrhage not present on the prior MRI at ⟪22 weeks¦age⟫⟩ "
        "(prior ⟦series 6, image 15¦p6:15¦prior¦c⟧). Quintero stage III.",
    ),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(eid, origin, marked) for eid, origin, marked in _RAW)
