"""Held-out refs L: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`,
`Excerpt`, `GoldRef`, `Confounder`, `_plain` and the class sets), refs K's module docstring (to write different
texts), the runner tests/heldout_refs_blind/measure_refs.py, tests/heldout_refs_blind/floors.py and refs K's
floor test. Do not tune the miner on these texts; measure with `python -m tests.heldout_refs_blind.measure_refs
--corpus tests.heldout_refs_l.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section, else series is
None; a plane word changes nothing; a citation into a prior, comparison, baseline or outside study is gold with
prior_study true. Only the series/image numbers of a citation are inside its visible span; plane, sequence and
"VU"/"prior"/"baseline" words standing before it are outside.

Mix: 80 excerpts, 16 each from DE, AT, CH (German), UK and US (English). Habits per site: German full and
abbreviated forms (Serie/Se/Se./S./Ser., Bild/Bi/Bi./B./Img./Im./Bild-Nr./Bild Nummer, Schicht/Schnitt),
"Bild 88 der Serie 3", "Bild 58/Serie 3", slash forms ("Bild 6/112", "Bi 5/77", "Serie 3/Bild 48", "S3/B77"),
glued ("Se7Bi9", "Serie9Bild22", "Se5Bi101", "S4i40"), hash ("Serie #4, Bild #88", "Se#3 Im#45", "image #96"),
viewer overlays with an image total ("Im: 102/310 Se: 4", "Se:5 Im:12/24", "image 23 of 312"), US
colon-compact ("(5:41)", "prior 2:30"), "series/image 4/112", spelled digits and dictated punctuation from speech
recognition ("Serie drei Bild 24 Klammer zu Punkt", "series three image 104 full stop"), sections headed by a
series with image-only citations below, plane and sequence words before the series, lists and ranges (en dash,
"bis", "through"), follow-up tables (RECIST rows citing baseline and today), comparison sentences citing current
and prior exams, outside studies and prior image-only citations. About a fifth of the refs point into a prior
study. Dense confounders sit in the same sentences: sizes, dates (DE/CH dots, UK and US slashes), clock times
and clock-face positions, vertebral and nodal levels (incl. "L5/S1", "LWK 4/5", "S1"), liver and lung segments,
doses, TNM and grades, RADS scores, lab values, ratios, counters, phone numbers and key-image numbers.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    (
        "L-DE-01",
        "DE",
        "Befund: Im Vergleich zur Voruntersuchung vom ⟪14.02.2025¦date⟫ ⟨a¦größenprogrediente "
        "hypodense Läsion im ⟪Lebersegment 7¦segment⟫, aktuell ⟪23 x 18 mm¦size⟫⟩ "
        "(⟦Serie 4, Bild 61¦4:61¦full_de¦a⟧), ⟨b¦damals ⟪16 x 12 mm¦size⟫⟩ (VU "
        "⟦Serie 3, Bild 58¦p3:58¦prior¦b⟧). ⟨c¦Neu aufgetretene ⟪6 mm¦size⟫ messende Läsion in "
        "⟪Segment 4a¦segment⟫⟩ (⟦Se 4/Bi 44¦4:44¦abbrev_de¦c⟧). Milz, Pankreas und Nebennieren "
        "unauffällig. ⟪DLP 612 mGy*cm¦dose⟫.",
    ),
    (
        "L-DE-02",
        "DE",
        "Lunge: ⟨a¦Mehrere solide Rundherde im rechten Unterlappen, der größte ⟪9 mm¦size⟫⟩ "
        "(⟦Bild 6/112 und 6/130¦6:112,6:130¦slash¦a⟧). ⟨b¦Subpleurales Knötchen im "
        "⟪Segment 6¦segment⟫ links, ⟪4 mm¦size⟫⟩ (⟦Bild 6/98¦6:98¦slash¦b⟧). Keine Pleuraergüsse. "
        "⟨c¦Mediastinale Lymphknoten bis ⟪11 mm¦size⟫ Kurzachse (Station ⟪4R¦level⟫)⟩ "
        "(⟦Serie 3, Bild 52¦3:52¦full_de¦c⟧).",
    ),
    (
        "L-DE-03",
        "DE",
        "⟨a¦Bandscheibenprotrusion ⟪LWK 4/5¦level⟫ mit Kontakt zur Wurzel ⟪L5¦level⟫ rechts⟩ (sag. T2 "
        "⟦Se7Bi9¦7:9¦glued¦a⟧), ⟨b¦rezessale Enge rechts⟩ (tra. ⟦Serie9Bild22¦9:22¦glued¦b⟧). "
        "⟨c¦Modic-I-Veränderungen der Grundplatte ⟪LWK 5¦level⟫⟩ (⟦Se 7, Bi 10-12¦7:10-12¦range¦c⟧). "
        "Conus auf Höhe ⟪LWK 1¦level⟫ regelrecht.",
    ),
    (
        "L-DE-04",
        "DE",
        "Befund: ⟨a¦Hypodensität im Inselkortex links⟩ Klammer auf "
        "⟦Serie drei Bild 24¦3:24¦full_de¦a⟧ Klammer zu Punkt ⟨b¦Verstrichene Sulci frontoparietal "
        "links⟩ (⟦Serie 3 Bild 27 bis 31¦3:27-31¦range¦b⟧). ⟨c¦Hyperdenses Mediazeichen links⟩ "
        "(⟦Serie 5 Bild 12¦5:12¦full_de¦c⟧, ⟪MIP 10 mm¦size⟫). CT-Angiographie: ⟨d¦Verschluss "
        "⟪M1¦segment⟫ links⟩ (⟦Serie 8, Bild 140¦8:140¦full_de¦d⟧). Symptombeginn ⟪07:40 Uhr¦time⟫, "
        "Bildgebung ⟪08:25 Uhr¦time⟫. ⟪CTDIvol 48 mGy¦dose⟫. Befund telefonisch an Dr. Maier "
        "(⟪Tel. 2741¦phone⟫) um ⟪08:41¦time⟫.",
    ),
    (
        "L-DE-05",
        "DE",
        "Vergleich: CT Hals vom ⟪03.09.2024¦date⟫ (auswärts, eingelesen). ⟨a¦Lymphknoten "
        "⟪Level 2a¦level⟫ rechts aktuell ⟪14 mm¦size⟫⟩ (⟦S 3 B 41¦3:41¦abbrev_de¦a⟧), ⟨b¦in der "
        "auswärtigen VU ⟪19 mm¦size⟫⟩ (dort ⟦Serie 201, Bild 77¦p201:77¦prior¦b⟧). ⟨c¦⟪Level 3¦level⟫ "
        "links regredient auf ⟪8 mm¦size⟫⟩ (⟦S 3 B 60¦3:60¦abbrev_de¦c⟧; VU: "
        "⟦S 201 B 96¦p201:96¦prior¦c⟧).",
    ),
    (
        "L-DE-06",
        "DE",
        "Messtabelle nach ⟪RECIST 1.1¦staging⟫ (Baseline ⟪12.02.2025¦date⟫):\n"
        "⟨a¦ZL 1 Leber Segment VIII⟩: ⟪31 mm¦size⟫ (BL ⟦Se 4 Bi 33¦p4:33¦prior¦a⟧) → ⟪22 mm¦size⟫ "
        "(⟦Se 5 Bi 35¦5:35¦abbrev_de¦a⟧)\n"
        "⟨b¦ZL 2 Lymphknoten paraaortal links⟩: ⟪18 mm¦size⟫ (BL ⟦Se 4 Bi 71¦p4:71¦prior¦b⟧) → "
        "⟪12 mm¦size⟫ (⟦Se 5 Bi 74¦5:74¦abbrev_de¦b⟧)\n"
        "⟨c¦NZL Peritonealkarzinose Unterbauch⟩: stabil (⟦Se 5 Bi 120-126¦5:120-126¦range¦c⟧)\n"
        "Summe ⟪49 mm¦size⟫ → ⟪34 mm¦size⟫ (⟪-31 %¦ratio⟫), partielle Remission.",
    ),
    (
        "L-DE-07",
        "DE",
        "⟨a¦Im ⟪Segment 6¦segment⟫ ⟪11 mm¦size⟫ große T2-hyperintense Läsion mit peripherem nodulärem "
        "Enhancement⟩ (T2 HASTE ⟦Serie 5 Bild 18¦5:18¦full_de¦a⟧; arteriell "
        "⟦Serie 11 Bild 40¦11:40¦full_de¦a⟧), typisch für ein Hämangiom. ⟨b¦Keine "
        "Diffusionsrestriktion⟩ (DWI b800 ⟦Se 7 Bi 20¦7:20¦abbrev_de¦b⟧, ⟪ADC 1,6 x 10⁻³ mm²/s¦lab⟫). "
        "⟨c¦Gallenblase mit ⟪2 Konkrementen¦counter⟫ bis ⟪9 mm¦size⟫, unverändert zur "
        "Voruntersuchung⟩ (VU ⟦Serie 4 Bild 19¦p4:19¦prior¦c⟧).",
    ),
    (
        "L-DE-08",
        "DE",
        "MR Mamma: ⟨a¦Im oberen äußeren Quadranten links ⟪bei 2 Uhr¦time⟫, ⟪4 cm¦size⟫ ab Mamille, "
        "⟪8 mm¦size⟫ Herdbefund mit Washout-Kinetik⟩ (Subtraktion "
        "⟦Serie 1001, Bild 88¦1001:88¦full_de¦a⟧), ⟪BI-RADS 4¦birads⟫. Rechts unauffällig, "
        "⟪BI-RADS 1¦birads⟫. ⟨b¦Axillärer Lymphknoten links mit verdicktem Kortex ⟪4 mm¦size⟫⟩ "
        "(⟦Se 6/Bi 140¦6:140¦abbrev_de¦b⟧). ⟨c¦Kein Korrelat in der Voraufnahme vom "
        "⟪19.08.2024¦date⟫⟩ (damals ⟦Se 1001/Bi 86¦p1001:86¦prior¦c⟧).",
    ),
    (
        "L-DE-09",
        "DE",
        "⟨a¦Nicht dislozierte Fraktur des Processus transversus ⟪LWK 2¦level⟫ links⟩ (axial "
        "⟦Schicht 145¦-:145¦slice_word¦a⟧). ⟨b¦Rippenserienfraktur ⟪7. bis 9. Rippe¦counter⟫ rechts "
        "dorsal⟩ (⟦Schichten 80–96¦-:80-96¦range¦b⟧). Kein Pneumothorax.\n"
        "Knochenfenster (Serie 4): ⟨c¦Sklerotische Läsion im Os ilium rechts, ⟪12 mm¦size⟫⟩ "
        "(⟦Schicht 210¦4:210¦slice_word¦c⟧), ⟨d¦am ehesten Kompaktainsel⟩.",
    ),
    (
        "L-DE-10",
        "DE",
        "CT-Angiographie Pulmonalis. ⟨a¦Embolus in der Unterlappenarterie rechts mit Ausdehnung in "
        "die Segmentarterien ⟪A8 bis A10¦segment⟫⟩ (⟦Serie #4, Bild #88¦4:88¦full_de¦a⟧). ⟨b¦Weiterer "
        "Embolus in der Lingulaarterie⟩ (⟦Im: 102/310 Se: 4¦4:102¦compact¦b⟧). ⟨c¦Zeichen der "
        "Rechtsherzbelastung mit ⟪RV/LV-Quotient 1,3¦ratio⟫⟩ (4-Kammer-Rekonstruktion "
        "⟦Serie 9, Bild 31¦9:31¦plane¦c⟧). ⟪Key Image 3 von 5¦bild_word⟫ im PACS markiert. "
        "⟪D-Dimere 2,8 mg/l¦lab⟫.",
    ),
    (
        "L-DE-11",
        "DE",
        "Vergleich mit ⟪CT vom 11.11.2024¦date⟫ und ⟪MRT vom 03.01.2025¦date⟫. ⟨a¦Der "
        "Pankreaskopftumor misst jetzt ⟪34 x 28 mm¦size⟫⟩ (⟦Se 3, Bi 72¦3:72¦abbrev_de¦a⟧), ⟨b¦im CT "
        "vom November ⟪29 x 25 mm¦size⟫⟩ (⟦Se 2, Bi 70¦p2:70¦prior¦b⟧), ⟨c¦im MRT ⟪31 mm¦size⟫⟩ "
        "(⟦Se 14, Bi 22¦p14:22¦prior¦c⟧). ⟨d¦Kontakt zur V. mesenterica superior über ⟪180°¦ratio⟫⟩ "
        "(koronar ⟦Serie 6 Bild 55¦6:55¦plane¦d⟧). ⟪CA 19-9 412 U/ml¦lab⟫. ⟪cT3 cN1 cM0¦staging⟫.",
    ),
    (
        "L-DE-12",
        "DE",
        "Beurteilung:\n"
        "1. ⟨a¦Progrediente pulmonale Metastasen beidseits⟩ "
        "(⟦Serie 5 Bilder 44, 90¦5:44,5:90¦impression¦a⟧), größte Läsion im linken Oberlappen "
        "⟪15 mm¦size⟫, zuvor ⟪10 mm¦size⟫.\n"
        "2. ⟨c¦Neue osteolytische Metastase ⟪BWK 8¦level⟫⟩ (⟦Serie 7 Bild 61¦7:61¦impression¦c⟧).\n"
        "3. Übrige Befunde stabil, ⟪Kontrolle in 3 Monaten¦followup⟫.",
    ),
    (
        "L-DE-13",
        "DE",
        "⟨a¦Nebennierenadenom links ⟪19 mm¦size⟫, ⟪8 HE¦lab⟫ nativ⟩ (⟦Se2Bi45¦2:45¦glued¦a⟧), "
        "⟨b¦absoluter Washout ⟪68 %¦ratio⟫⟩ (⟦Se6Bi44¦6:44¦glued¦b⟧). ⟨c¦Nierenzyste rechts "
        "⟪Bosniak 2¦birads⟫, bereits in der VU⟩ (⟦VU-Serie2Bild58¦p2:58¦prior¦c⟧). Kreatinin "
        "⟪0,9 mg/dl¦lab⟫, ⟪eGFR 84¦lab⟫. ⟪80 ml Imeron 350¦dose⟫.",
    ),
    (
        "L-DE-14",
        "DE",
        "⟨a¦Bekannte Pseudarthrose des Os scaphoideum rechts⟩ (koronar ⟦Bild 14¦-:14¦plane¦a⟧), ⟨b¦in "
        "der Voraufnahme vom ⟪22.05.2024¦date⟫ identisch⟩ (VA ⟦Bild 12¦p-:12¦prior¦b⟧). ⟨c¦Zystische "
        "Veränderungen im proximalen Fragment bis ⟪3 mm¦size⟫⟩ (sagittal "
        "⟦Serie 5, Bild 9¦5:9¦plane¦c⟧).",
    ),
    (
        "L-DE-15",
        "DE",
        "⟨a¦Horizontalriss im Hinterhorn des Innenmeniskus mit Kontakt zur tibialen Oberfläche⟩ "
        "(⟦Se 4, Bi 12–14¦4:12-14¦range¦a⟧). ⟨b¦Knochenmarködem im medialen Tibiaplateau "
        "⟪18 x 9 mm¦size⟫⟩ (⟦Se 8/Bi 15¦8:15¦abbrev_de¦b⟧). ⟨c¦Knorpelschaden ⟪Grad 3¦staging⟫ der "
        "medialen Femurkondyle⟩ (⟦Se 6, Bi 17 und 18¦6:17,6:18¦list¦c⟧). VKB und HKB intakt.",
    ),
    (
        "L-DE-16",
        "DE",
        "Fremdaufnahmen (Radiologie am Markt, ⟪CT vom 30.06.2025¦date⟫) liegen vor. ⟨a¦Die "
        "⟪2,4 cm¦size⟫ große Raumforderung der rechten Niere war dort bereits sichtbar⟩ (Fremd-CT "
        "⟦Ser. 3, Schnitt 51¦p3:51¦prior¦a⟧), ⟨b¦aktuell ⟪2,9 cm¦size⟫, kontrastmittelaufnehmend "
        "⟪+74 HE¦lab⟫⟩ (⟦Ser. 5, Schnitt 49¦5:49¦slice_word¦b⟧). ⟨c¦Keine Tumorthrombose in der V. "
        "renalis⟩ (⟦Ser. 5, Schnitt 44–47¦5:44-47¦range¦c⟧). ⟪RENAL-Score 7p¦counter⟫.",
    ),
    (
        "L-AT-01",
        "AT",
        "CT Thorax-Abdomen vom ⟪14. Jänner 2026¦date⟫, Vergleich mit der VU vom "
        "⟪September 2025¦date⟫. ⟨a¦Der Rundherd im rechten Oberlappen ist mit ca. ⟪12 mm¦size⟫ "
        "größenkonstant⟩ (sh. ⟦Bild 88 der Serie 3¦3:88¦full_de¦a⟧, VU "
        "⟦Bild 85 der Serie 3¦p3:85¦prior¦a⟧). ⟨b¦Kleiner Pleuraerguss links, max. ⟪14 mm¦size⟫ "
        "Saumbreite⟩ (sh. ⟦Bild 140 der Serie 3¦3:140¦full_de¦b⟧). ⟨c¦Leberzyste ⟪Segment 2¦segment⟫, "
        "⟪7 mm¦size⟫⟩ (⟦Bild 31 der Serie 5¦5:31¦full_de¦c⟧).",
    ),
    (
        "L-AT-02",
        "AT",
        "Calcium-Score nach Agatston ⟪412¦counter⟫ (⟪MESA 86. Perzentile¦ratio⟫). ⟨a¦Gemischter "
        "Plaque im proximalen RIVA mit ⟪50–69 %¦ratio⟫ Stenose⟩ (⟦Se. 4 / Bi. 118¦4:118¦abbrev_de¦a⟧; "
        "curved MPR ⟦Se. 12 / Bi. 3¦12:3¦plane¦a⟧). ⟨c¦Myokardbrücke des mittleren RIVA, bereits im "
        "Vor-CT ⟪2023¦date⟫ beschrieben⟩ (Vor-CT ⟦Se. 3 / Bi. 150¦p3:150¦prior¦c⟧). "
        "⟪CAD-RADS 3¦birads⟫. Herzfrequenz ⟪58/min¦ratio⟫, ⟪DLP 188 mGy·cm¦dose⟫.",
    ),
    (
        "L-AT-03",
        "AT",
        "Im Vergleich zum Vorbefund (MRT Schädel ⟪04/2025¦date⟫): ⟨a¦die T2/FLAIR-hyperintense Läsion "
        "periventrikulär rechts ist unverändert⟩ (aktuell ⟦Serie 6, Bild 19¦6:19¦full_de¦a⟧; VU "
        "⟦Serie 5, Bild 20¦p5:20¦prior¦a⟧). ⟨b¦Neue juxtakortikale Läsion frontal links, ⟪4 mm¦size⟫, "
        "ohne KM-Aufnahme⟩ (⟦Serie 6, Bild 24¦6:24¦full_de¦b⟧; T1 KM "
        "⟦Serie 11, Bild 24¦11:24¦full_de¦b⟧). Gesamtzahl der Läsionen ⟪≥ 9¦counter⟫. "
        "⟪EDSS 2,0¦counter⟫ laut Zuweisung.",
    ),
    (
        "L-AT-04",
        "AT",
        "Serie 2 (Knochenfenster): ⟨a¦Osteolyse im Os sacrum rechts ⟪22 mm¦size⟫⟩ "
        "(⟦Bi. 77¦2:77¦image_only¦a⟧), ⟨b¦weitere Osteolyse im Os ilium links⟩ "
        "(⟦Bi. 61¦2:61¦image_only¦b⟧). Serie 4 (Weichteilfenster): ⟨c¦Weichteilkomponente präsakral "
        "⟪15 mm¦size⟫⟩ (⟦Bi. 79¦4:79¦image_only¦c⟧). ⟪Stadium IIIA nach Durie-Salmon¦staging⟫, "
        "⟪M-Gradient 31 g/l¦lab⟫.",
    ),
    (
        "L-AT-05",
        "AT",
        "⟨a¦Thrombus in der A. pulmonalis dextra mit Ausläufern in die Ober- und Unterlappenarterie⟩ "
        "(vgl. ⟦Bild-Nr. 144, Serie 3¦3:144¦full_de¦a⟧). ⟨b¦Infarktpneumonie im ⟪Segment 10¦segment⟫ "
        "rechts⟩ (vgl. ⟦Bild-Nr. 201¦3:201¦image_only¦b⟧). Rechtsherzbelastung: ⟪RV/LV 0,9¦ratio⟫. "
        "⟪Troponin 14 ng/l¦lab⟫. Befund an OA Dr. Huber, ⟪Klappe 4471¦phone⟫, um ⟪22:15 Uhr¦time⟫ "
        "übermittelt.",
    ),
    (
        "L-AT-06",
        "AT",
        "⟨a¦Läsion in der peripheren Zone links posterolateral, Mitte, ⟪14 x 9 mm¦size⟫⟩, "
        "⟪PI-RADS 5¦birads⟫ (T2 tra ⟦Se. 5 Bi. 12¦5:12¦abbrev_de¦a⟧, DCE "
        "⟦Se. 1301 Bi. 40¦1301:40¦abbrev_de¦a⟧). ⟨b¦Kapselkontakt über ⟪11 mm¦size⟫ ohne sichere "
        "extraprostatische Ausbreitung⟩ (koronar ⟦Se. 6 Bi. 15¦6:15¦plane¦b⟧). ⟪PSA 9,8 ng/ml¦lab⟫, "
        "⟪PSA-Dichte 0,21¦lab⟫, Prostatavolumen ⟪46 ml¦size⟫. ⟪Gleason 3+4¦staging⟫ in der Vorbiopsie "
        "⟪2024¦date⟫.",
    ),
    (
        "L-AT-07",
        "AT",
        "Zum Vergleich liegt die Voruntersuchung vom ⟪17.03.2025¦date⟫ vor. ⟨a¦Die Adenopathie im "
        "Leberhilus ist rückläufig, jetzt ⟪16 mm¦size⟫⟩ (⟦Serie 3/Bild 48¦3:48¦slash¦a⟧), ⟨b¦dort "
        "⟪24 mm¦size⟫⟩ (⟦Serie 2/Bild 50¦p2:50¦prior¦b⟧). ⟨c¦Aszites neu aufgetreten, perihepatisch "
        "⟪9 mm¦size⟫⟩ (⟦Serie 3/Bild 30¦3:30¦slash¦c⟧). ⟪Child-Pugh B8¦staging⟫.",
    ),
    (
        "L-AT-08",
        "AT",
        "MRT Knie rechts. ⟨a¦Korbhenkelriss des Innenmeniskus mit disloziertem Fragment in der Fossa "
        "intercondylaris⟩ (⟦Se: 7, Im: 14/28¦7:14¦compact¦a⟧) – ⟨b¦„double PCL sign“⟩ "
        "(⟦Se: 9, Im: 12/24¦9:12¦compact¦b⟧). ⟨c¦Mäßiger Gelenkerguss, Bakerzyste ⟪32 x 11 mm¦size⟫⟩ "
        "(⟦Se: 10, Im: 19/30¦10:19¦compact¦c⟧).",
    ),
    (
        "L-AT-09",
        "AT",
        "Zusammenfassung:\n"
        "– ⟨a¦Subsegmentale Atelektasen basal beidseits⟩ (⟦Bi 5/220–236¦5:220-236¦range¦a⟧).\n"
        "– Kein Hinweis auf Pneumonie.\n"
        "– ⟨c¦Stationäre ⟪6-mm¦size⟫-Milchglasläsion im linken Oberlappen seit ⟪2023¦date⟫⟩ "
        "(⟦Bi 5/77¦5:77¦impression¦c⟧, VU 2023: ⟦Bi 4/70¦p4:70¦prior¦c⟧); "
        "⟪Fleischner-Kontrolle in 12 Monaten¦followup⟫.",
    ),
    (
        "L-AT-10",
        "AT",
        "⟨a¦Subdurales Hämatom links frontoparietal, Breite ⟪9 mm¦size⟫, Mittellinienverlagerung "
        "⟪4 mm¦size⟫⟩ (⟦Serie 2 Bild 18¦2:18¦full_de¦a⟧). ⟨b¦Keine Größenzunahme⟩ gegenüber der "
        "Voraufnahme von ⟪06:12 Uhr¦time⟫ (VA ⟦Serie 2 Bild 17¦p2:17¦prior¦b⟧). Rückruf erbeten unter "
        "⟪+43 1 40400-12345¦phone⟫. ⟪GCS 14¦counter⟫.",
    ),
    (
        "L-AT-11",
        "AT",
        "⟨a¦Polypöse Schleimhautschwellung im Sinus maxillaris rechts bis ⟪11 mm¦size⟫⟩ (axial "
        "⟦Bild 34¦-:34¦image_only¦a⟧), ⟨b¦Verlegung des ostiomeatalen Komplexes rechts⟩ (coronar "
        "⟦Bild 41¦-:41¦plane¦b⟧). ⟨c¦Septumdeviation nach links mit Sporn, vorbekannt⟩ (Vorbefund "
        "⟪2022¦date⟫, ⟦Bild 35¦p-:35¦prior¦c⟧). ⟪Lund-Mackay-Score 6¦counter⟫.",
    ),
    (
        "L-AT-12",
        "AT",
        "Die Vorbilder aus dem Krankenhaus Hietzing (⟪CT 08/2025¦date⟫) wurden ins PACS importiert. "
        "⟨a¦Die zystische Pankreasläsion im Corpus misst aktuell ⟪18 mm¦size⟫⟩ "
        "(⟦Se 4 Bi 63¦4:63¦abbrev_de¦a⟧), ⟨b¦in den Vorbildern ⟪15 mm¦size⟫⟩ "
        "(⟦Se 301 Bi 58¦p301:58¦prior¦b⟧). ⟨c¦Hauptgang ⟪3 mm¦size⟫, nicht erweitert⟩ "
        "(⟦Se 4 Bi 60¦4:60¦abbrev_de¦c⟧). Empfehlung: ⟪MRCP in 6 Monaten¦followup⟫ gemäß "
        "⟪ESG 2018¦date⟫.",
    ),
    (
        "L-AT-13",
        "AT",
        "⟨a¦Deckplattenimpressionsfraktur ⟪BWK 12¦level⟫ mit Höhenminderung ventral um ⟪30 %¦ratio⟫⟩ "
        "(sag. ⟦Serie 601/Bild 44¦601:44¦slash¦a⟧), ⟨b¦Hinterkantenbeteiligung ohne "
        "Spinalkanaleinengung⟩ (axial ⟦Serie 3/Bild 212¦3:212¦slash¦b⟧). ⟨c¦Ältere Sinterung "
        "⟪LWK 2¦level⟫, bereits ⟪2024¦date⟫ beschrieben⟩ (⟦Serie 601/Bild 52¦601:52¦slash¦c⟧). "
        "⟪Genant Grad 2¦staging⟫, ⟪TLICS 2¦counter⟫.",
    ),
    (
        "L-AT-14",
        "AT",
        "⟨a¦Appendix verdickt auf ⟪11 mm¦size⟫ mit periappendizealer Imbibierung⟩ "
        "⟦Serie 4 Doppelpunkt Bild 77¦4:77¦full_de¦a⟧ Punkt ⟨b¦Appendikolith ⟪6 mm¦size⟫⟩ "
        "⟦Bild Nummer 81¦4:81¦image_only¦b⟧ Punkt Keine freie Luft. ⟪Leukozyten 14,2 G/l¦lab⟫, "
        "⟪CRP 88 mg/l¦lab⟫. ⟪Alvarado 8¦counter⟫.",
    ),
    (
        "L-AT-15",
        "AT",
        "⟨a¦Raumforderung des Zungengrundes links, ⟪32 x 24 mm¦size⟫⟩ "
        "(⟦Img. 66, Ser. 3¦3:66¦abbrev_de¦a⟧), ⟨b¦Überschreitung der Mittellinie⟩ "
        "(⟦Img. 70¦3:70¦image_only¦b⟧). ⟨c¦Nekrotischer Lymphknoten ⟪Level 2¦level⟫ links "
        "⟪27 mm¦size⟫⟩ (⟦Img. 58 und 61, Ser. 3¦3:58,3:61¦list¦c⟧). ⟪cT4a cN2b¦staging⟫ "
        "(⟪UICC 8¦staging⟫).",
    ),
    (
        "L-AT-16",
        "AT",
        "Zustand nach Hemikolektomie rechts am ⟪02.12.2025¦date⟫ (⟪POD 6¦counter⟫). "
        "⟨a¦Flüssigkeitsverhalt im rechten Unterbauch ⟪54 x 38 mm¦size⟫ mit Randenhancement⟩ "
        "(⟦Se5Bi101¦5:101¦glued¦a⟧), ⟨b¦in der VU ⟪31 x 20 mm¦size⟫⟩ (⟦VU-Se5Bi98¦p5:98¦prior¦b⟧). "
        "⟨c¦Anastomose ohne KM-Austritt⟩ (⟦Se8Bi97–104¦8:97-104¦range¦c⟧). ⟪CRP 210 mg/l¦lab⟫.",
    ),
    (
        "L-CH-01",
        "CH",
        "Vgl. Voruntersuchung vom ⟪12.3.25¦date⟫ (Kantonsspital Aarau). ⟨a¦Grössenprogredienter "
        "subkarinärer Lymphknoten (⟪Station 7¦level⟫), jetzt ⟪18 mm¦size⟫, vorher ⟪11 mm¦size⟫ "
        "Kurzachse⟩ (⟦Bild 58/Serie 3¦3:58¦slash¦a⟧ resp. VU ⟦Bild 61/Serie 2¦p2:61¦prior¦a⟧). ⟨b¦Neu "
        "Pleuraerguss rechts, Saum ⟪22 mm¦size⟫⟩ (⟦Bild 101/Serie 3¦3:101¦slash¦b⟧). Kontakt "
        "Zuweiser: ⟪Tel. 062 838 41 41¦phone⟫.",
    ),
    (
        "L-CH-02",
        "CH",
        "⟨a¦Fokale noduläre Hyperplasie im ⟪Segment 5¦segment⟫, ⟪26 mm¦size⟫, arteriell kräftig "
        "anreichernd mit zentraler Narbe⟩ (⟦S. 9, B. 33¦9:33¦abbrev_de¦a⟧), ⟨b¦in der hepatobiliären "
        "Phase isointens bis leicht hyperintens⟩ (⟦S. 14, B. 35¦14:35¦abbrev_de¦b⟧). ⟨c¦Kleine Zyste "
        "⟪Segment 2¦segment⟫, in der MRT vom ⟪4.4.2024¦date⟫ gleich⟩ (dort "
        "⟦S. 6, B. 19¦p6:19¦prior¦c⟧). ⟪Primovist 10 ml¦dose⟫.",
    ),
    (
        "L-CH-03",
        "CH",
        "Thorax-CT nativ, Low-Dose (⟪CTDIvol 1,1 mGy¦dose⟫). ⟨a¦Solider Rundherd im rechten "
        "Unterlappen ⟪8 x 7 mm¦size⟫ (Volumen ⟪212 mm³¦size⟫)⟩ auf "
        "⟦Schnitt 187 (Serie 2)¦2:187¦slice_word¦a⟧, ⟨b¦auf der Voraufnahme ⟪176 mm³¦size⟫⟩ "
        "(Voraufnahme ⟦Serie 3, Schnitt 181¦p3:181¦prior¦b⟧). ⟪Lung-RADS 4A¦birads⟫, "
        "⟪Kontrolle in 3 Monaten¦followup⟫.",
    ),
    (
        "L-CH-04",
        "CH",
        "⟨a¦Transmurale Ruptur der Supraspinatussehne mit Retraktion bis auf Höhe des Humeruskopfapex "
        "(⟪Patte 2¦staging⟫)⟩ (cor PD fs, ⟦Serie 5, Bild 11¦5:11¦plane¦a⟧). ⟨b¦Fettige Degeneration "
        "des Muskels ⟪Goutallier 2¦staging⟫⟩ (sag T1 ⟦Serie 3 Bild 4¦3:4¦plane¦b⟧). ⟨c¦Tendinopathie "
        "der langen Bizepssehne im Sulcus, in der Voruntersuchung vom ⟪02/2024¦date⟫ geringer⟩ (VU ax "
        "⟦Serie 6 Bild 10¦p6:10¦prior¦c⟧).",
    ),
    (
        "L-CH-05",
        "CH",
        "Verlaufstabelle Zielläsionen (⟪RECIST 1.1¦staging⟫):\n"
        "⟨a¦Lunge rechts OL⟩ | ⟪14.01.25¦date⟫: ⟪21 mm¦size⟫ (⟦S3/B77¦p3:77¦prior¦a⟧) | heute: "
        "⟪17 mm¦size⟫ (⟦S4/B80¦4:80¦slash¦a⟧)\n"
        "⟨b¦Nebenniere links⟩ | ⟪14.01.25¦date⟫: ⟪30 mm¦size⟫ (⟦S3/B141¦p3:141¦prior¦b⟧) | heute: "
        "⟪24 mm¦size⟫ (⟦S4/B139¦4:139¦slash¦b⟧)\n"
        "⟨c¦LK paraaortal⟩ | ⟪14.01.25¦date⟫: ⟪16 mm¦size⟫ (⟦S3/B170¦p3:170¦prior¦c⟧) | heute: "
        "⟪12 mm¦size⟫ (⟦S4/B168¦4:168¦slash¦c⟧)\n"
        "Summe: ⟪67 mm → 53 mm (-21 %)¦ratio⟫, stabile Erkrankung.",
    ),
    (
        "L-CH-06",
        "CH",
        "⟨a¦Freie Flüssigkeit im kleinen Becken, schmaler Saum⟩ ⟦Serie 3 Bild 140¦3:140¦full_de¦a⟧ "
        "Komma ⟨b¦Ovarialzyste rechts ⟪34 mm¦size⟫, einfach⟩ ⟦Serie 3 Bild 131¦3:131¦full_de¦b⟧ "
        "Punkt. ⟨c¦Kein Nachweis einer Appendizitis, Appendix ⟪5 mm¦size⟫⟩ "
        "⟦Serie fünf Bild 62¦5:62¦full_de¦c⟧. ⟪β-HCG < 2 IU/l¦lab⟫. Untersuchung ⟪18:42¦time⟫.",
    ),
    (
        "L-CH-07",
        "CH",
        "⟨a¦Spondylodese ⟪L4–S1¦level⟫ mit Lockerungssaum um die Pedikelschraube ⟪S1¦level⟫ links, "
        "⟪2 mm¦size⟫⟩ (⟦Ser. 4, Im. 233¦4:233¦abbrev_de¦a⟧). ⟨b¦Keine Durchbauung des Cages "
        "⟪L5/S1¦level⟫⟩ (sag. ⟦Ser. 602, Im. 41¦602:41¦plane¦b⟧). ⟨c¦Anschlussdegeneration "
        "⟪L3/4¦level⟫ mit Retrolisthesis ⟪4 mm¦size⟫⟩ (sag. ⟦Ser. 602, Im. 38¦602:38¦plane¦c⟧).",
    ),
    (
        "L-CH-08",
        "CH",
        "Beurteilung: ⟨a¦Regrediente Pneumonie im Mittellappen⟩ (akt. "
        "⟦Serie 3 Bild 92¦3:92¦impression¦a⟧ vs. VU ⟦Serie 3 Bild 95¦p3:95¦prior¦a⟧). "
        "⟨b¦Persistierende Lymphadenopathie hilär rechts ⟪13 mm¦size⟫⟩ "
        "(⟦Serie 3 Bild 70¦3:70¦impression¦b⟧). ⟪Kontrolle in 6–8 Wochen¦followup⟫ empfohlen.",
    ),
    (
        "L-CH-09",
        "CH",
        "MRT Schädel. ⟨a¦Akute Ischämie im Thalamus links, ⟪9 mm¦size⟫⟩ (DWI "
        "⟦Serie 4 Bilder 12–15¦4:12-15¦range¦a⟧). ⟨b¦Mikroangiopathie ⟪Fazekas 2¦staging⟫⟩ (FLAIR "
        "⟦Serie 7 Bilder 18 und 22¦7:18,7:22¦list¦b⟧). ⟨c¦Alte Mikroblutung cerebellär rechts⟩ (SWI "
        "⟦Serie 9 Bild 6¦9:6¦full_de¦c⟧). ⟪NIHSS 3¦counter⟫, Symptombeginn ⟪06:50¦time⟫.",
    ),
    (
        "L-CH-10",
        "CH",
        "⟨a¦Hypodenser Nierenrindendefekt links, am ehesten Narbe⟩ (⟦Se#3 Im#45¦3:45¦compact¦a⟧). "
        "⟨b¦Nierenstein rechts unterer Kelch ⟪7 mm¦size⟫, ⟪1100 HU¦lab⟫⟩ "
        "(⟦Se#3 Im#61¦3:61¦compact¦b⟧). ⟨c¦Harnleiterstein rechts prävesikal ⟪4 mm¦size⟫ mit Harnstau "
        "⟪Grad 2¦staging⟫⟩ (⟦Se#3 Im#122¦3:122¦compact¦c⟧; cor ⟦Se#601 Im#30¦601:30¦plane¦c⟧). "
        "⟪Kreatinin 104 µmol/l¦lab⟫.",
    ),
    (
        "L-CH-11",
        "CH",
        "Vergleich mit der auswärtigen MRT (Klinik Hirslanden, ⟪5.11.2025¦date⟫). ⟨a¦Das "
        "Vestibularisschwannom rechts misst intrameatal und im Kleinhirnbrückenwinkel "
        "⟪14 x 9 mm¦size⟫⟩ (⟦Serie 12, Bild 31¦12:31¦full_de¦a⟧), ⟨b¦in der auswärtigen Untersuchung "
        "⟪12 x 8 mm¦size⟫⟩ (dortige ⟦Serie 8, Bild 19¦p8:19¦prior¦b⟧). ⟪Koos-Grad 2¦staging⟫. "
        "Audiogramm: ⟪Hörverlust 35 dB¦lab⟫ rechts.",
    ),
    (
        "L-CH-12",
        "CH",
        "Serie 5 (Leber venös): ⟨a¦multiple hypodense Herde in beiden Leberlappen⟩ "
        "(⟦Bilder 33, 41 und 58¦5:33,5:41,5:58¦list¦a⟧), ⟨b¦der grösste im ⟪Segment 8¦segment⟫ mit "
        "⟪38 mm¦size⟫⟩ (⟦Bild 29¦5:29¦image_only¦b⟧). ⟨c¦Pfortader frei durchgängig⟩ "
        "(⟦Bild 44¦5:44¦image_only¦c⟧). ⟪AFP 3,1 µg/l¦lab⟫, ⟪CEA 41 µg/l¦lab⟫.",
    ),
    (
        "L-CH-13",
        "CH",
        "CT-Angiographie Becken-Bein. ⟨a¦Hochgradige Stenose der A. iliaca communis rechts, "
        "⟪> 70 %¦ratio⟫⟩ (⟦Serie 6 Bild 210¦6:210¦full_de¦a⟧). ⟨b¦Verschluss der A. femoralis "
        "superficialis links über ⟪12 cm¦size⟫⟩ (⟦Serie 6 Bild 540–610¦6:540-610¦range¦b⟧), "
        "⟨c¦Rekanalisation über Kollateralen auf Höhe des Adduktorenkanals⟩ "
        "(⟦Serie 6 Bild 618¦6:618¦full_de¦c⟧). ⟪ABI 0,6¦ratio⟫ links, ⟪Rutherford 3¦staging⟫.",
    ),
    (
        "L-CH-14",
        "CH",
        "⟨a¦Axiale Hiatushernie ⟪4 cm¦size⟫⟩ (⟦Se 3; Bi 66¦3:66¦abbrev_de¦a⟧). ⟨b¦Verdickte Wand des "
        "distalen Ösophagus bis ⟪12 mm¦size⟫⟩ (⟦Se 3; Bi 58–62¦3:58-62¦range¦b⟧), ⟨c¦paraösophagealer "
        "Lymphknoten ⟪9 mm¦size⟫⟩ (⟦Se 3; Bi 60¦3:60¦abbrev_de¦c⟧). Endoskopie vom ⟪3.2.26¦date⟫: "
        "⟪uT2 uN1¦staging⟫.",
    ),
    (
        "L-CH-15",
        "CH",
        "⟪7-jähriger¦age⟫ Knabe, Sturz vom Velo. ⟨a¦Milzlazeration ⟪Grad III (AAST)¦staging⟫, Tiefe "
        "⟪18 mm¦size⟫⟩ (⟦Serie 2, Bild 44¦2:44¦full_de¦a⟧). ⟨b¦Hämoperitoneum perisplenisch und im "
        "Douglas⟩ (⟦Serie 2, Bild 41 und 88¦2:41,2:88¦list¦b⟧). ⟨c¦Kein aktiver KM-Austritt in der "
        "Spätphase⟩ (⟦Serie 3, Bild 44¦3:44¦full_de¦c⟧). ⟪DLP 156 mGy·cm¦dose⟫, Gewicht ⟪24 kg¦size⟫.",
    ),
    (
        "L-CH-16",
        "CH",
        "⟪Key Images 1–4¦bild_word⟫ gespeichert. ⟨a¦Tumor des Rektums ⟪6 cm¦size⟫ ab ano, zirkulär⟩ "
        "(sag T2 ⟦Serie 3 Bild 17¦3:17¦plane¦a⟧), ⟨b¦MRF-Abstand ⟪1 mm¦size⟫ ⟪bei 7 Uhr¦time⟫⟩ (ax T2 "
        "⟦Serie 5 Bild 22¦5:22¦plane¦b⟧). ⟨c¦Mesorektaler Lymphknoten ⟪6 mm¦size⟫, irregulär⟩ "
        "(⟦Serie 5 Bild 26¦5:26¦full_de¦c⟧). ⟪mrT3c N1 EMVI+¦staging⟫.",
    ),
    (
        "L-UK-01",
        "UK",
        "Comparison is made with the CT of ⟪14/02/2025¦date⟫. ⟨a¦The right lower lobe mass now "
        "measures ⟪42 x 35 mm¦size⟫⟩ (⟦series 3, image 88¦3:88¦full_en¦a⟧), ⟨b¦previously "
        "⟪36 x 30 mm¦size⟫⟩ (⟦series 2, image 84¦p2:84¦prior¦b⟧ on the prior). ⟨c¦New right hilar "
        "node of ⟪14 mm¦size⟫ short axis⟩ (⟦series 3, image 70¦3:70¦full_en¦c⟧). ⟪T2b N1¦staging⟫ on "
        "this basis.",
    ),
    (
        "L-UK-02",
        "UK",
        "⟨a¦Hypoattenuating lesion in the pancreatic tail, ⟪23 mm¦size⟫⟩ "
        "(⟦Se 4/Im 56¦4:56¦abbrev_en¦a⟧), ⟨b¦abutting the splenic vein over less than "
        "⟪180 degrees¦ratio⟫⟩ (⟦Se 4/Im 58¦4:58¦abbrev_en¦b⟧). ⟨c¦No liver metastases; ⟪5 mm¦size⟫ "
        "cyst in ⟪segment 3¦segment⟫⟩ (⟦Se 4/Im 22¦4:22¦abbrev_en¦c⟧). ⟪Ca 19-9 96 kU/L¦lab⟫. To be "
        "discussed at the HPB MDT on ⟪21/11/2025¦date⟫.",
    ),
    (
        "L-UK-03",
        "UK",
        "CT head non-contrast. ⟨a¦Acute right subdural haematoma, maximal depth ⟪11 mm¦size⟫⟩ "
        "(⟦slice 22¦-:22¦slice_word¦a⟧) ⟨b¦with ⟪5 mm¦size⟫ midline shift⟩ "
        "(⟦slice 19¦-:19¦slice_word¦b⟧). ⟨c¦Undisplaced right temporal bone fracture, already visible "
        "on the outside CT of ⟪12/03/2026¦date⟫⟩ (outside study, ⟦slice 31¦p-:31¦prior¦c⟧). Discussed "
        "with the neurosurgical registrar on ⟪bleep 4417¦phone⟫ at ⟪02:35¦time⟫.",
    ),
    (
        "L-UK-04",
        "UK",
        "⟨a¦Ill-defined ground-glass opacity in the left upper lobe, ⟪15 mm¦size⟫⟩ "
        "(⟦Img 122, Ser 5¦5:122¦abbrev_en¦a⟧), ⟨b¦stable since the ⟪2023¦date⟫ baseline⟩ (baseline "
        "⟦Img 118, Ser 4¦p4:118¦prior¦b⟧). ⟪Brock score 11%¦ratio⟫. "
        "⟪BTS follow-up CT at 3 months¦followup⟫.",
    ),
    (
        "L-UK-05",
        "UK",
        "⟨a¦⟪12 mm¦size⟫ lesion in the left peripheral zone at the mid gland, ⟪5 o'clock¦time⟫⟩ "
        "(⟦S5 I14¦5:14¦abbrev_en¦a⟧ T2; ⟦S9 I14¦9:14¦abbrev_en¦a⟧ ADC), ⟪PI-RADS 4¦birads⟫. "
        "⟨b¦Capsular bulge without definite breach, as on the ⟪2024¦date⟫ study⟩ "
        "(⟦S4 I16¦p4:16¦prior¦b⟧ on the prior). Seminal vesicles clear. ⟪PSA 8.2 µg/L¦lab⟫, "
        "⟪gland volume 38 mL¦size⟫, ⟪PSA density 0.22¦lab⟫.",
    ),
    (
        "L-UK-06",
        "UK",
        "⟨a¦There is a ⟪9 mm¦size⟫ nodule in the right middle lobe⟩ "
        "⟦series three image 104¦3:104¦full_en¦a⟧ full stop ⟨b¦A further ⟪4 mm¦size⟫ nodule is noted "
        "in the lingula⟩ ⟦series three image 120¦3:120¦full_en¦b⟧ full stop ⟨c¦Small sliding hiatus "
        "hernia⟩ ⟦series 3 image 190¦3:190¦full_en¦c⟧ full stop ⟪Fleischner 2017¦date⟫ guidance: "
        "⟪CT at 6-12 months¦followup⟫.",
    ),
    (
        "L-UK-07",
        "UK",
        "⟪Key images 1 to 3¦bild_word⟫ saved to PACS. ⟨a¦Large left renal mass, ⟪7.2 cm¦size⟫, with "
        "tumour thrombus extending into the left renal vein⟩ (⟪key image 2¦bild_word⟫; "
        "⟦series 601, image 47¦601:47¦full_en¦a⟧). ⟨b¦Two small indeterminate lung nodules at the "
        "bases, up to ⟪4 mm¦size⟫⟩ (⟦series 3, images 201 and 233¦3:201,3:233¦list¦b⟧). "
        "⟪TNM 8: T3a N0 M0¦staging⟫.",
    ),
    (
        "L-UK-08",
        "UK",
        "The outside CT from the Royal Derby Hospital dated ⟪03/09/2025¦date⟫ has been imported. "
        "⟨a¦The left adrenal nodule measured ⟪18 mm¦size⟫ there⟩ (⟦series 2, image 41¦p2:41¦prior¦a⟧ "
        "of the outside study) ⟨b¦and now measures ⟪19 mm¦size⟫, with an absolute washout of "
        "⟪72%¦ratio⟫⟩ (⟦series 5, image 40¦5:40¦full_en¦b⟧; delayed "
        "⟦series 8, image 40¦8:40¦full_en¦b⟧). ⟪Unenhanced attenuation 22 HU¦lab⟫.",
    ),
    (
        "L-UK-09",
        "UK",
        "⟨a¦Left-sided disc extrusion at ⟪L5/S1¦level⟫ compressing the traversing ⟪S1¦level⟫ nerve "
        "root⟩ (sagittal T2 ⟦image 8¦-:8¦plane¦a⟧; axial ⟦image 21¦-:21¦plane¦a⟧). ⟨b¦Mild facet "
        "arthropathy at ⟪L4/5¦level⟫⟩ (axial ⟦image 14¦-:14¦plane¦b⟧). Conus terminates at "
        "⟪L1¦level⟫.",
    ),
    (
        "L-UK-10",
        "UK",
        "Target lesion measurements (⟪RECIST 1.1¦staging⟫):\n"
        "⟨a¦TL1 liver segment VI⟩ — baseline ⟪18/06/2025¦date⟫ ⟪34 mm¦size⟫ "
        "(⟦Se 3 Im 60¦p3:60¦prior¦a⟧); today ⟪41 mm¦size⟫ (⟦Se 4 Im 63¦4:63¦abbrev_en¦a⟧)\n"
        "⟨b¦TL2 right paratracheal node⟩ — baseline ⟪17 mm¦size⟫ (⟦Se 3 Im 22¦p3:22¦prior¦b⟧); today "
        "⟪21 mm¦size⟫ (⟦Se 4 Im 24¦4:24¦abbrev_en¦b⟧)\n"
        "⟨c¦New lesion in segment II⟩, ⟪9 mm¦size⟫ (⟦Se 4 Im 41¦4:41¦abbrev_en¦c⟧)\n"
        "Sum of diameters ⟪51 mm → 62 mm (+22%)¦ratio⟫ with a new lesion: progressive disease.",
    ),
    (
        "L-UK-11",
        "UK",
        "⟨a¦Intramural haematoma of the descending thoracic aorta, thickness ⟪9 mm¦size⟫⟩ "
        "(⟦series #4 image #133¦4:133¦full_en¦a⟧), ⟨b¦penetrating ulcer ⟪8 mm¦size⟫ deep⟩ "
        "(⟦image #140¦4:140¦image_only¦b⟧). ⟨c¦Aortic diameter ⟪38 mm¦size⟫ at the level of the "
        "pulmonary trunk⟩ (⟦image #96¦4:96¦image_only¦c⟧). Blood pressure on arrival "
        "⟪182/96 mmHg¦blood_pressure⟫.",
    ),
    (
        "L-UK-12",
        "UK",
        "IMPRESSION:\n"
        "1. ⟨a¦Right lower lobe consolidation with a ⟪3 cm¦size⟫ cavity, likely abscess⟩ "
        "(⟦series 3, image 150¦3:150¦impression¦a⟧).\n"
        "2. ⟨b¦Small right empyema⟩ (⟦series 3, images 160-180¦3:160-180¦range¦b⟧).\n"
        "3. ⟪WCC 18.4¦lab⟫, ⟪CRP 245¦lab⟫ noted. Urgent result phoned to Dr Patel on "
        "⟪07700 900 123¦phone⟫ at ⟪16:20¦time⟫.",
    ),
    (
        "L-UK-13",
        "UK",
        "⟨a¦Complex tear of the posterior horn of the medial meniscus⟩ "
        "(⟦Se:5 Im:12/24¦5:12¦compact¦a⟧) ⟨b¦with a parameniscal cyst, ⟪14 x 6 mm¦size⟫⟩ "
        "(⟦Se:7 Im:9/20¦7:9¦compact¦b⟧). ⟨c¦⟪Grade 2¦staging⟫ chondral loss of the medial tibial "
        "plateau⟩ (⟦Se:5 Im:14/24¦5:14¦compact¦c⟧; prior ⟦Se:4 Im:13/22¦p4:13¦prior¦c⟧), unchanged. "
        "ACL and PCL intact.",
    ),
    (
        "L-UK-14",
        "UK",
        "⟨a¦Sclerotic lesion in the ⟪T9¦level⟫ vertebral body, ⟪14 mm¦size⟫⟩ "
        "(⟦series 5, image 71¦5:71¦full_en¦a⟧). ⟨b¦On the previous study of ⟪06/2024¦date⟫ it "
        "measured ⟪13 mm¦size⟫⟩ (previous ⟦series 4, image 69¦p4:69¦prior¦b⟧); stable, most likely a "
        "bone island. ⟨c¦Old healed fractures of the left ⟪7th and 8th ribs¦counter⟫⟩ "
        "(⟦series 5, images 90 and 104¦5:90,5:104¦list¦c⟧).",
    ),
    (
        "L-UK-15",
        "UK",
        "⟨a¦Dilated common bile duct, ⟪11 mm¦size⟫⟩ (⟦S4i40¦4:40¦glued¦a⟧) ⟨b¦with an obstructing "
        "⟪8 mm¦size⟫ calculus at the ampulla⟩ (⟦S4i66¦4:66¦glued¦b⟧). ⟨c¦Gallbladder wall ⟪4 mm¦size⟫ "
        "with pericholecystic fluid⟩ (⟦S4i52¦4:52¦glued¦c⟧ vs ⟦S3i50¦p3:50¦prior¦c⟧ on the "
        "⟪07/2025¦date⟫ scan). ⟪Bilirubin 88 µmol/L¦lab⟫, ⟪ALP 412 U/L¦lab⟫.",
    ),
    (
        "L-UK-16",
        "UK",
        "⟨a¦The left parotid mass measures ⟪28 mm¦size⟫⟩ (⟦image 34 of series 6¦6:34¦full_en¦a⟧), "
        "⟨b¦compared with ⟪24 mm¦size⟫ on the ⟪May 2025¦date⟫ comparison⟩ "
        "(⟦image 30 of series 6¦p6:30¦prior¦b⟧ on that study). ⟨c¦Left ⟪level 2¦level⟫ node, "
        "⟪12 mm¦size⟫⟩ (⟦image 41 of series 6¦6:41¦full_en¦c⟧).",
    ),
    (
        "L-US-01",
        "US",
        "COMPARISON: CT chest ⟪3/4/2025¦date⟫.\n"
        "FINDINGS: ⟨a¦Spiculated right upper lobe nodule measures ⟪1.6 x 1.2 cm¦size⟫⟩ "
        "(⟦series 4, image 62¦4:62¦full_en¦a⟧), ⟨b¦previously ⟪1.1 x 0.9 cm¦size⟫⟩ "
        "(⟦series 3, image 58¦p3:58¦prior¦b⟧ on ⟪3/4/2025¦date⟫). ⟨c¦Stable ⟪4 mm¦size⟫ left lower "
        "lobe nodule⟩ (⟦4:188¦4:188¦compact¦c⟧).",
    ),
    (
        "L-US-02",
        "US",
        "⟨a¦Hypoenhancing mass in the pancreatic head measuring ⟪2.8 cm¦size⟫⟩ "
        "(⟦5:41¦5:41¦compact¦a⟧), ⟨b¦abutting the SMV with ⟪<180°¦ratio⟫ contact⟩ "
        "(⟦5:45¦5:45¦compact¦b⟧; coronal ⟦7:33¦7:33¦plane¦b⟧). ⟨c¦Pancreatic duct dilated to "
        "⟪6 mm¦size⟫ upstream⟩ (⟦5:38¦5:38¦compact¦c⟧). Images obtained at ⟪10:42 AM¦time⟫; "
        "⟪CTDIvol 14.2 mGy¦dose⟫.",
    ),
    (
        "L-US-03",
        "US",
        "⟨a¦Acute appendicitis with appendiceal diameter ⟪12 mm¦size⟫ and periappendiceal fat "
        "stranding⟩ (⟦se 2 im 88¦2:88¦abbrev_en¦a⟧; cor ⟦se 601 im 54¦601:54¦plane¦a⟧). "
        "⟨b¦⟪7 mm¦size⟫ appendicolith at the base⟩ (⟦se 2 im 84¦2:84¦abbrev_en¦b⟧). No abscess. "
        "⟪WBC 15.8¦lab⟫. ⟪Alvarado score 8¦counter⟫. Findings called to Dr. Chen at "
        "⟪(617) 555-0142¦phone⟫ at ⟪3:15 PM¦time⟫.",
    ),
    (
        "L-US-04",
        "US",
        "⟨a¦Multiple enlarged retroperitoneal lymph nodes, the largest left para-aortic measuring "
        "⟪2.4 x 1.8 cm¦size⟫⟩ (⟦series 2, image 52¦2:52¦full_en¦a⟧). ⟨b¦Additional mesenteric nodes⟩ "
        "(⟦series 2, images 40 and 61¦2:40,2:61¦list¦b⟧). ⟨c¦Splenomegaly, ⟪15.8 cm¦size⟫ "
        "craniocaudal⟩ (coronal ⟦series 5, image 60¦5:60¦plane¦c⟧). ⟪Deauville 4¦staging⟫ on PET "
        "⟪11/20/2025¦date⟫.",
    ),
    (
        "L-US-05",
        "US",
        "Outside CT abdomen from Mercy Hospital ⟪8/15/2025¦date⟫ is available for comparison. "
        "⟨a¦Right renal lesion now ⟪3.1 cm¦size⟫ with enhancement of ⟪45 HU¦lab⟫⟩ "
        "(⟦series 6, image 77¦6:77¦full_en¦a⟧), ⟨b¦previously ⟪2.4 cm¦size⟫⟩ (outside "
        "⟦series 3, image 102¦p3:102¦prior¦b⟧). ⟨c¦Left renal cysts, ⟪Bosniak 1¦birads⟫⟩ "
        "(⟦series 6, images 60-66¦6:60-66¦range¦c⟧).",
    ),
    (
        "L-US-06",
        "US",
        "⟨a¦There is a ⟪6 mm¦size⟫ nonobstructing stone in the lower pole of the left kidney⟩ "
        "⟦series two image 74¦2:74¦full_en¦a⟧. ⟨b¦There is a ⟪3 mm¦size⟫ stone at the left UVJ with "
        "mild hydronephrosis⟩ ⟦series 2 image 141¦2:141¦full_en¦b⟧ period The bladder is "
        "decompressed. Dictated ⟪11/02/2025¦date⟫ ⟪09:14¦time⟫, transcribed ⟪09:16¦time⟫.",
    ),
    (
        "L-US-07",
        "US",
        "⟨a¦Right MCA dense vessel sign⟩ (⟦image 12¦-:12¦image_only¦a⟧). ⟨b¦Loss of gray-white "
        "differentiation in the right insular cortex⟩ (⟦images 14-17¦-:14-17¦range¦b⟧). "
        "⟪ASPECTS 8¦counter⟫. CTA: ⟨c¦Right ⟪M1¦segment⟫ occlusion⟩ "
        "(⟦series 7, image 210¦7:210¦full_en¦c⟧). Last known well ⟪6:30 AM¦time⟫, code stroke called "
        "at ⟪7:02 AM¦time⟫. ⟪NIHSS 14¦counter⟫.",
    ),
    (
        "L-US-08",
        "US",
        "⟨a¦⟪1.9 cm¦size⟫ enhancing mass in the left lobe of the liver, ⟪segment 3¦segment⟫, with "
        "arterial hyperenhancement and washout⟩ (⟦Se 7 Img 31¦7:31¦abbrev_en¦a⟧; "
        "⟦Se 10 Img 31¦10:31¦abbrev_en¦a⟧), ⟪LI-RADS 5¦birads⟫. ⟨b¦Cirrhotic morphology with "
        "splenomegaly to ⟪14 cm¦size⟫, previously ⟪12 cm¦size⟫⟩ (⟦Se 5 Img 18¦5:18¦abbrev_en¦b⟧; "
        "baseline ⟦Se 4 Img 17¦p4:17¦prior¦b⟧). ⟪MELD 14¦counter⟫, ⟪AFP 22 ng/mL¦lab⟫.",
    ),
    (
        "L-US-09",
        "US",
        "⟨a¦Target lesion 1, right lower lobe mass⟩: ⟪4.2 cm¦size⟫ [⟦se 3 im 101¦3:101¦abbrev_en¦a⟧], "
        "baseline ⟪5.0 cm¦size⟫ [baseline ⟦se 2 im 98¦p2:98¦prior¦a⟧]. ⟨b¦Target lesion 2, left "
        "adrenal⟩: ⟪2.1 cm¦size⟫ [⟦se 3 im 170¦3:170¦abbrev_en¦b⟧], baseline ⟪2.9 cm¦size⟫ "
        "[⟦se 2 im 166¦p2:166¦prior¦b⟧]. ⟪Sum 6.3 cm vs 7.9 cm, -20%¦ratio⟫: stable disease by "
        "⟪RECIST 1.1¦staging⟫.",
    ),
    (
        "L-US-10",
        "US",
        "⟨a¦⟪9 mm¦size⟫ irregular enhancing mass in the right breast at ⟪10 o'clock¦time⟫, "
        "⟪6 cm FN¦size⟫⟩ (⟦series 1000, image 84¦1000:84¦full_en¦a⟧), ⟪BI-RADS 4¦birads⟫. "
        "⟨b¦Biopsy-proven cancer in the left breast at ⟪2 o'clock¦time⟫ with associated non-mass "
        "enhancement spanning ⟪4.5 cm¦size⟫⟩ (⟦series 1000, images 70-92¦1000:70-92¦range¦b⟧). "
        "⟨c¦Enlarged left axillary level I node, ⟪1.6 cm¦size⟫, was ⟪0.9 cm¦size⟫ on the "
        "⟪6/2/2025¦date⟫ MRI⟩ (⟦series 4, image 33¦4:33¦full_en¦c⟧; prior "
        "⟦series 4, image 30¦p4:30¦prior¦c⟧).",
    ),
    (
        "L-US-11",
        "US",
        "⟨a¦Subsegmental pulmonary embolus in the right lower lobe⟩ "
        "(⟦series/image 4/112¦4:112¦slash¦a⟧). ⟨b¦Additional filling defect in a lingular segmental "
        "branch⟩ (⟦series/image 4/98¦4:98¦slash¦b⟧). ⟪RV/LV ratio 0.8¦ratio⟫, no right heart strain. "
        "⟪Wells score 4.5¦counter⟫, ⟪D-dimer 1.2 µg/mL¦lab⟫. BP ⟪142/88¦blood_pressure⟫.",
    ),
    (
        "L-US-12",
        "US",
        "IMPRESSION:\n"
        "1. ⟨a¦Interval increase in size of the dominant left lower lobe mass, now ⟪5.3 cm¦size⟫⟩ "
        "(⟦series 3, image 190¦3:190¦impression¦a⟧; previously ⟦series 2, image 185¦p2:185¦prior¦a⟧).\n"
        "2. ⟨b¦New ⟪1.4 cm¦size⟫ right hepatic lesion, suspicious for metastasis⟩ "
        "(⟦series 3, image 240¦3:240¦impression¦b⟧).\n"
        "3. ⟨c¦Stable ⟪T8¦level⟫ sclerotic focus⟩ (sagittal ⟦series 6, image 45¦6:45¦plane¦c⟧).",
    ),
    (
        "L-US-13",
        "US",
        "⟨a¦Small left pneumothorax, ⟪1.2 cm¦size⟫ apical⟩ (axial ⟦image 23 of 312¦-:23¦plane¦a⟧), "
        "following CT-guided biopsy of the left upper lobe nodule. ⟨b¦Needle tip within the "
        "⟪1.8 cm¦size⟫ nodule⟩ (⟦image 41 of 312¦-:41¦image_only¦b⟧). Biopsy at ⟪11:05¦time⟫; "
        "⟪18-gauge coaxial, 3 passes¦counter⟫. ⟪DLP 98 mGy-cm¦dose⟫.",
    ),
    (
        "L-US-14",
        "US",
        "⟨a¦Left thyroid nodule ⟪2.2 cm¦size⟫⟩ (⟦3:34¦3:34¦compact¦a⟧), ⟨b¦unchanged from "
        "⟪12/2023¦date⟫⟩ (prior ⟦2:30¦p2:30¦prior¦b⟧). ⟨c¦Right ⟪level 4¦level⟫ node with "
        "microcalcifications, ⟪9 mm¦size⟫⟩ (⟦3:58¦3:58¦compact¦c⟧). ⟪TSH 1.9 mIU/L¦lab⟫.",
    ),
    (
        "L-US-15",
        "US",
        "⟨a¦Acute compression fracture of ⟪L1¦level⟫ with ⟪40%¦ratio⟫ height loss⟩ (sag "
        "⟦img #9¦-:9¦plane¦a⟧), ⟨b¦⟪3 mm¦size⟫ retropulsion⟩ (ax ⟦img #54¦-:54¦plane¦b⟧). ⟨c¦Chronic "
        "⟪T12¦level⟫ wedge deformity, unchanged from the ⟪2022¦date⟫ MRI⟩ (prior sag "
        "⟦img #8¦p-:8¦prior¦c⟧).",
    ),
    (
        "L-US-16",
        "US",
        "⟨a¦Small bowel obstruction with transition point in the right lower quadrant⟩ "
        "(⟦Series 601, Image 58¦601:58¦plane¦a⟧ coronal). ⟨b¦Swirled mesentery concerning for "
        "internal hernia⟩ (⟦Series 2, Images 60-66¦2:60-66¦range¦b⟧). No pneumatosis or portal venous "
        "gas. Critical result discussed with Dr. Alvarez (pager ⟪212-555-0199¦phone⟫) at "
        "⟪1:22 PM¦time⟫ on ⟪12/6/2025¦date⟫; read back confirmed.",
    ),
)

EXCERPTS: list[Excerpt] = [_excerpt(eid, origin, marked) for eid, origin, marked in _RAW]
