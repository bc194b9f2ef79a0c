"""Held-out refs M: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`,
`Excerpt`, `GoldRef`, `Confounder`, `_plain` and the class sets), the module docstrings of refs K and refs L
(to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's floor test. Do not tune the miner on these texts; measure with
`python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_m.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section; a plane word
changes nothing; a citation into a prior, comparison, baseline, outside or "Vorbefund"/"VB"/"Vorstudie" study
is gold with prior_study true and class `prior`. Only the series/image words and numbers are inside a
citation's visible span; plane, sequence and prior words before it stay outside. Where a citation would be
genuinely ambiguous to a reader (an image-only citation after a prior-study series of another number, a
"Bild 12/24" that could be series/image or image/total), the text was rewritten rather than guessed.

Mix: 80 excerpts, 16 each from DE, AT, CH (German) and UK, US (English), 232 gold refs, 46 of them into a
prior study. Habits per site: DE "Serie 4, Bild 57", "Se. 3, Bi. 88", "S. 4, B. 33", "Se 5/Bi 18", "Bild
5/34 und 5/41", "Bild 5/52-58", glued "Se7Bi14"/"Serie3Bild11", hash "Se#2 Im#77", "Se: 3 Bi: 112-130",
"Bild 23 der Ser. 7", "Bi 45 Se 3", "Schicht 18 der Serie 2", dictated "Klammer auf Serie acht Bild 42
Klammer zu"; AT "Sr. 3 / Img. 188", Siemens "Serie 6 IMA 47", glued "S4B88", "Bild Nr. 140, Serie 5",
"Schnittbild 88, Serie 12", "Bild 210 bis 236", "Bilder 12, 14 und 17 der Serie 6", "Bild 12 von 24",
"Se. 502 Bi. 33", bare "4/112" under a "Serie/Bild" legend, dictated "Serie zwei Bild vierundzwanzig
Beistrich"; CH square brackets "[Serie 3: Bild 61]", "Bild 74 (Serie 2)", "S. 4/B. 13", "Se 5 Ima 38",
"Bild-Nr. 18/Serie 3", "Bilder 33–41" under a series heading, "Se. 4/Bi. 55-60", "Serie #5 Bild #31",
"auf Bild 14 der Serie 6", "Ser3 Img45", Swiss spelling; UK "series 3 image 212", "Se 5 Im 61", "image 23,
series 6", "slice 88 of series 4", bare "4/55" in a RECIST list, "Im 44 Se 2", "S3 I9 sag", "images 30, 34
and 41 (series 5)", "Img 77, Ser 3", "Series 5, Images 10 and 14", dictated "series eleven image thirty four
full stop"; US colon-compact "(3:87)", lists and ranges of it, "series 2, image 18", "image 54 on series 7",
"se 4 im 180-212", "series/image 5/33", "#4, image 62", "Series 601, Image 45", "image 112, series 4", "ser 4
img 33", a leading citation ("Series 3, Image 70: ..."). Prior citations: VU, VB, Vorbefund, Voraufnahme,
Vorstudie, Vor-CT, Fremd-MRT, auswärtige CT, baseline rows of RECIST tables, "previously", "on the prior",
outside CT, comparison MRCP, image-only priors inheriting the section's series. Confounders in the same
sentences: sizes, dates (dots, UK/US slashes, month/year), clock times (incl. "3:42 PM"), vertebral and nodal
levels ("LWK 4/5", "L4/5", "HWK 5/6", "4R"), liver and lung segments, doses (DLP, CTDIvol, Gy, mCi), TNM and
grades, RADS and other scores, lab values, ratios ("RV:LV ratio 0.9", percentages), counters ("2/2",
ordinals), phone and bleep numbers, blood pressures, key-image numbers, ages and follow-up intervals.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- DE
    (
        "M-DE01",
        "DE",
        "Befund: ⟨a¦Im rechten Oberlappen apikal ein solider Rundherd von ⟪11 x 9 mm¦size⟫⟩ "
        "(⟦Serie 4, Bild 57¦4:57¦full_de¦a⟧), ⟨b¦in der Voruntersuchung vom ⟪14.02.2025¦date⟫ noch "
        "⟪8 mm¦size⟫⟩ (VU ⟦Serie 4, Bild 61¦p4:61¦prior¦b⟧). ⟨c¦Kleines subpleurales Knötchen im Mittellappen, "
        "⟪4 mm¦size⟫⟩ (⟦Bild 102¦4:102¦image_only¦c⟧). Beurteilung: Größenprogredienz, ⟪Lung-RADS 4A¦birads⟫.",
    ),
    (
        "M-DE02",
        "DE",
        "MRT LWS: ⟨a¦Bandscheibenextrusion ⟪LWK 4/5¦level⟫ paramedian links mit Kontakt zur Wurzel "
        "⟪L5¦level⟫⟩ (⟦Se7Bi14¦7:14¦glued¦a⟧, sagittal T2 ⟦Se3Bi9¦3:9¦glued¦a⟧). ⟨b¦Modic-I-Veränderungen "
        "der Deck- und Grundplatten ⟪LWK 5/SWK 1¦level⟫⟩ (⟦Serie3Bild11¦3:11¦glued¦b⟧).",
    ),
    (
        "M-DE03",
        "DE",
        "CT Abdomen vom ⟪03.11.2025¦date⟫, ⟪DLP 612 mGy*cm¦dose⟫. ⟨a¦Hypodense Leberläsionen in "
        "⟪Segment VII¦segment⟫ und ⟪Segment IVa¦segment⟫, größte ⟪2,4 cm¦size⟫⟩ "
        "(⟦Bild 5/34 und 5/41¦5:34,5:41¦list¦a⟧). ⟨b¦Die Läsion in ⟪Segment VI¦segment⟫ erstreckt sich über "
        "mehrere Schichten⟩ (⟦Bild 5/52-58¦5:52-58¦range¦b⟧). Nebennieren schlank.",
    ),
    (
        "M-DE04",
        "DE",
        "Vergleich mit CT vom ⟪22.07.2025¦date⟫. ⟨a¦Lymphknoten infrakarinal aktuell ⟪14 mm¦size⟫ "
        "Kurzachse⟩ (⟦Se. 3, Bi. 88¦3:88¦abbrev_de¦a⟧), ⟨b¦damals ⟪19 mm¦size⟫⟩ (⟦Se. 3, Bi. 85¦p3:85¦prior¦b⟧ "
        "der VU). ⟨c¦Paraaortaler Lymphknoten links rückläufig, ⟪9 mm¦size⟫⟩ (aktuell "
        "⟦Se. 3, Bi. 140¦3:140¦abbrev_de¦c⟧; VU ⟦Bi. 137¦p3:137¦prior¦c⟧).",
    ),
    (
        "M-DE05",
        "DE",
        "⟨a¦Im ⟪Segment VIII¦segment⟫ subkapsulär eine arteriell hyperperfundierte Läsion mit Washout, "
        "⟪LI-RADS 5¦birads⟫⟩ Klammer auf ⟦Serie acht Bild 42¦8:42¦full_de¦a⟧ Klammer zu Punkt. ⟨b¦Pfortader "
        "frei durchgängig⟩ ⟦Serie 9 Bild 30¦9:30¦full_de¦b⟧ Punkt Absatz. AFP ⟪12 ng/ml¦lab⟫.",
    ),
    (
        "M-DE06",
        "DE",
        "⟨a¦Läsion in der peripheren Zone links posterolateral midglandulär, ⟪12 mm¦size⟫, "
        "⟪PI-RADS 4¦birads⟫⟩ (T2 tra ⟦Se 5/Bi 18¦5:18¦slash¦a⟧, ADC ⟦Se 8/Bi 18¦8:18¦slash¦a⟧, DCE "
        "⟦Se 11/Bi 19¦11:19¦slash¦a⟧). PSA ⟪7,9 ng/ml¦lab⟫, PSA-Dichte ⟪0,18¦lab⟫. ⟨b¦Keine "
        "Kapselüberschreitung⟩ (koronar ⟦Se 6/Bi 14¦6:14¦plane¦b⟧).",
    ),
    (
        "M-DE07",
        "DE",
        "Zielläsionen (⟪RECIST 1.1¦staging⟫), Baseline ⟪05.05.2025¦date⟫ / aktuell:\n"
        "1. ⟨a¦Lebermetastase ⟪Segment II¦segment⟫⟩: ⟪31 mm¦size⟫ (⟦S. 4, B. 33¦p4:33¦prior¦a⟧) / "
        "⟪22 mm¦size⟫ (⟦S. 4, B. 35¦4:35¦abbrev_de¦a⟧)\n"
        "2. ⟨b¦Lungenmetastase rechter Unterlappen⟩: ⟪17 mm¦size⟫ (⟦S. 3, B. 201¦p3:201¦prior¦b⟧) / "
        "⟪12 mm¦size⟫ (⟦S. 3, B. 198¦3:198¦abbrev_de¦b⟧)\n"
        "Summe: ⟪48 mm¦size⟫ / ⟪34 mm¦size⟫ (⟪-29 %¦ratio⟫), partielles Ansprechen.",
    ),
    (
        "M-DE08",
        "DE",
        "CCT nativ: ⟨a¦Hypodense Demarkierung im Mediastromgebiet rechts, ⟪ASPECTS 7¦birads⟫⟩ "
        "(⟦Schicht 18 der Serie 2¦2:18¦slice_word¦a⟧). ⟨b¦Hyperdenses Mediazeichen rechts⟩ "
        "(⟦Schicht 12¦2:12¦image_only¦b⟧). Symptombeginn ⟪07:40 Uhr¦time⟫, Bildgebung ⟪08:25 Uhr¦time⟫, "
        "⟪NIHSS 9¦birads⟫.",
    ),
    (
        "M-DE09",
        "DE",
        "⟨a¦Pleuraerguss rechts, max. ⟪3,1 cm¦size⟫ Saumbreite⟩ (⟦Se#2 Im#77¦2:77¦compact¦a⟧; Vorbefund "
        "⟦Se#2 Im#75¦p2:75¦prior¦a⟧: ⟪1,5 cm¦size⟫). ⟨b¦Dystelektase des rechten Unterlappens "
        "⟪S10¦segment⟫⟩ (⟦Se#2 Im#80-84¦2:80-84¦range¦b⟧). ⟪Key-Images 1-4¦bild_word⟫ ins PACS geschickt.",
    ),
    (
        "M-DE10",
        "DE",
        "Externe Voraufnahme (MRT vom ⟪09/2024¦date⟫) zum Vergleich eingelesen. ⟨a¦Das Konvexitätsmeningeom "
        "links frontal misst jetzt ⟪24 x 18 mm¦size⟫⟩ (⟦Serie 10, Bild 96¦10:96¦full_de¦a⟧), ⟨b¦extern "
        "⟪21 x 17 mm¦size⟫⟩ (Fremd-MRT ⟦Serie 6, Bild 15¦p6:15¦prior¦b⟧). ⟨c¦Kein perifokales Ödem⟩ "
        "(⟦Serie 10, Bild 101¦10:101¦full_de¦c⟧).",
    ),
    (
        "M-DE11",
        "DE",
        "⟨a¦Zystische Läsion im Pankreaskopf, ⟪15 mm¦size⟫, ohne Gangkommunikation⟩ "
        "(⟦Bild 23 der Ser. 7¦7:23¦abbrev_de¦a⟧). ⟨b¦Ductus Wirsungianus ⟪2 mm¦size⟫⟩ "
        "(⟦Ser. 7 Bild 26¦7:26¦abbrev_de¦b⟧). ⟦Ser. 7 Bild 40¦7:40¦abbrev_de¦c⟧: ⟨c¦Milz mit ⟪13 cm¦size⟫ "
        "grenzwertig groß⟩. Lipase ⟪48 U/l¦lab⟫. Kontrolle in ⟪12 Monaten¦followup⟫ empfohlen.",
    ),
    (
        "M-DE12",
        "DE",
        "Beurteilung:\n1. ⟨a¦Neu aufgetretene Osteolyse ⟪BWK 9¦level⟫⟩ (⟦Serie 5/Bild 120¦5:120¦slash¦a⟧), "
        "⟨b¦Zunahme der Osteolyse im Os ilium rechts gegenüber ⟪03/2025¦date⟫⟩ "
        "(⟦Serie 5/Bild 310¦5:310¦impression¦b⟧; Vorbefund ⟦Serie 5/Bild 298¦p5:298¦prior¦b⟧).\n"
        "2. Keine Frakturgefahr nach ⟪SINS 6¦birads⟫.",
    ),
    (
        "M-DE13",
        "DE",
        "⟨a¦Multiple Mikronoduli in beiden Oberlappen, bis ⟪3 mm¦size⟫⟩ "
        "(⟦Se 4 Bi 45, 61, 73¦4:45,4:61,4:73¦list¦a⟧), ⟨b¦unverändert zur VU vom ⟪11.06.2025¦date⟫⟩ "
        "(VU ⟦Se 4 Bi 47, 60¦p4:47,p4:60¦prior¦b⟧).",
    ),
    (
        "M-DE14",
        "DE",
        "⟨a¦Horizontalriss des Innenmeniskushinterhorns mit Kontakt zur Unterfläche⟩ (koronar "
        "⟦Serie 4, Bild 20¦4:20¦plane¦a⟧; sagittal ⟦Serie 3, Bild 14¦3:14¦plane¦a⟧). ⟨b¦Knochenmarködem im "
        "medialen Femurkondylus, ⟪18 mm¦size⟫⟩ (⟦Serie 5, Bild 9¦5:9¦full_de¦b⟧). ⟨c¦Vorderes Kreuzband "
        "intakt⟩ (sagittal ⟦Serie 3, Bild 11¦3:11¦plane¦c⟧).",
    ),
    (
        "M-DE15",
        "DE",
        "⟨a¦Appendix verdickt auf ⟪11 mm¦size⟫ mit periappendizitischer Imbibierung⟩ "
        "(⟦Bi 45 Se 3¦3:45¦abbrev_de¦a⟧, koronar ⟦Bi 60 Se 602¦602:60¦plane¦a⟧). Kein Abszess, keine freie "
        "Luft. CRP ⟪87 mg/l¦lab⟫, Leukozyten ⟪14,2/nl¦lab⟫.",
    ),
    (
        "M-DE16",
        "DE",
        "Kritischer Befund telefonisch an Dr. Weber (⟪Tel. 2214¦phone⟫) um ⟪16:05¦time⟫ übermittelt: "
        "⟨a¦Lungenarterienembolie rechts zentral bis in die Segmentarterien des Unterlappens⟩ "
        "(⟦Se: 3 Bi: 112-130¦3:112-130¦range¦a⟧). ⟨b¦RV/LV-Quotient ⟪1,3¦ratio⟫⟩ "
        "(⟦Se: 3 Bi: 95¦3:95¦compact¦b⟧). ⟪CTDIvol 9,8 mGy¦dose⟫.",
    ),
    # ---------------------------------------------------------------- AT
    (
        "M-AT01",
        "AT",
        "Zum VB vom ⟪17.01.2025¦date⟫: ⟨a¦Der Rundherd im linken Unterlappen ⟪S9¦segment⟫ ist mit "
        "⟪7 mm¦size⟫ größenkonstant⟩ (⟦Sr. 3 / Img. 188¦3:188¦abbrev_de¦a⟧, VB "
        "⟦Sr. 3 / Img. 181¦p3:181¦prior¦a⟧). ⟨b¦Neu eine milchglasartige Verdichtung im rechten "
        "Oberlappen⟩ (⟦Sr. 3 / Img. 64¦3:64¦abbrev_de¦b⟧).",
    ),
    (
        "M-AT02",
        "AT",
        "⟨a¦Im Pankreasschwanz hypodense Raumforderung von ⟪2,8 x 2,1 cm¦size⟫ mit Infiltration der "
        "Milzvene⟩ (⟦Serie 6 IMA 47¦6:47¦abbrev_de¦a⟧). ⟪CA 19-9 412 U/ml¦lab⟫. ⟨b¦Lebermetastasen in "
        "⟪Segment 6 und 7¦segment⟫⟩ (⟦IMA 58 und 63¦6:58,6:63¦list¦b⟧). Staging ⟪cT3 cN1 cM1¦staging⟫.",
    ),
    (
        "M-AT03",
        "AT",
        "⟨a¦Kompressionsfraktur ⟪LWK 1¦level⟫ mit Höhenminderung der Vorderkante um ca. ⟪30 %¦ratio⟫⟩ "
        "(⟦S4B88¦4:88¦glued¦a⟧). ⟨b¦Hinterkante intakt, kein Fragment im Spinalkanal⟩ (⟦S4B90¦4:90¦glued¦b⟧). "
        "⟨c¦Frische Fraktur ⟪BWK 12¦level⟫ Deckplatte⟩ (sagittal ⟦S7B21¦7:21¦glued¦c⟧). ⟨d¦Im Vorbefund vom "
        "⟪11.09.2025¦date⟫ ⟪LWK 1¦level⟫ noch ohne Höhenminderung⟩ (VB ⟦S4B85¦p4:85¦prior¦d⟧).",
    ),
    (
        "M-AT04",
        "AT",
        "⟨a¦Subdurales Hämatom links frontoparietal mit einer Breite von ⟪9 mm¦size⟫⟩ "
        "⟦Serie zwei Bild vierundzwanzig¦2:24¦full_de¦a⟧ Beistrich ⟨b¦Mittellinienverlagerung ⟪4 mm¦size⟫ "
        "nach rechts⟩ ⟦Bild 27¦2:27¦image_only¦b⟧ Punkt. Patient ⟪84-jährig¦age⟫ unter Antikoagulation, "
        "⟪INR 2,8¦lab⟫.",
    ),
    (
        "M-AT05",
        "AT",
        "⟨a¦Thrombus in der Vena femoralis superficialis links⟩ (⟦Bild Nr. 140, Serie 5¦5:140¦full_de¦a⟧) "
        "⟨b¦bis in die V. iliaca externa reichend⟩ (⟦Bild Nr. 96¦5:96¦image_only¦b⟧). D-Dimer "
        "⟪4,2 mg/l¦lab⟫.",
    ),
    (
        "M-AT06",
        "AT",
        "Im Vergleich zur externen Voruntersuchung vom ⟪02.04.2025¦date⟫: ⟨a¦Größenzunahme des Glioblastoms "
        "rechts temporal auf ⟪42 x 35 mm¦size⟫⟩ (⟦Schnittbild 88, Serie 12¦12:88¦slice_word¦a⟧), ⟨b¦vormals "
        "⟪33 x 28 mm¦size⟫⟩ (Voruntersuchung ⟦Schnittbild 19, Serie 4¦p4:19¦prior¦b⟧). ⟨c¦Neue "
        "Kontrastmittelaufnahme am Ependym des Temporalhorns⟩ (⟦Serie 12, Schnittbild 91¦12:91¦slice_word¦c⟧).",
    ),
    (
        "M-AT07",
        "AT",
        "⟨a¦Langstreckige Stenose der A. femoralis superficialis rechts⟩ "
        "(⟦Serie 8, Bild 210 bis 236¦8:210-236¦range¦a⟧). ⟨b¦Verschluss der A. tibialis anterior links ab dem "
        "mittleren Drittel⟩ (⟦Serie 8, Bild 402-415¦8:402-415¦range¦b⟧). Knöchel-Arm-Index extern "
        "⟪0,6¦ratio⟫, ⟪Fontaine IIb¦staging⟫.",
    ),
    (
        "M-AT08",
        "AT",
        "⟨a¦Irreguläre Herdläsion rechts bei ⟪10 Uhr¦time⟫, ⟪6 cm¦size⟫ mamillenfern, ⟪14 mm¦size⟫, "
        "Typ-III-Kurve⟩ (⟦Se 1203 Bi 76¦1203:76¦abbrev_de¦a⟧). Kein Korrelat links. ⟪BI-RADS 5¦birads⟫. "
        "⟨c¦Im Vor-MRT vom ⟪13.08.2024¦date⟫ nicht abgrenzbar⟩ (VB ⟦Se 903 Bi 70¦p903:70¦prior¦c⟧).",
    ),
    (
        "M-AT09",
        "AT",
        "Serie 3 (Lungenfenster): ⟨a¦Zentrilobuläres Emphysem oberfeldbetont⟩ (⟦Bild 40¦3:40¦image_only¦a⟧). "
        "⟨b¦Bronchiektasen im Mittellappen⟩ (⟦Bild 122¦3:122¦image_only¦b⟧). ⟨c¦Narbige Verdichtung "
        "⟪S6¦segment⟫ links⟩ (⟦Bild 170¦3:170¦image_only¦c⟧).\nSerie 2 (Weichteilfenster): ⟨d¦Kein "
        "Perikarderguss⟩ (⟦Bild 66¦2:66¦image_only¦d⟧).",
    ),
    (
        "M-AT10",
        "AT",
        "Rückfragen unter ⟪Klappe 4417¦phone⟫. ⟨a¦Nierenzyste rechts ⟪Bosniak IIF¦birads⟫, ⟪23 mm¦size⟫, mit "
        "feinen Septen⟩ (⟦Sr 9 Ima 31¦9:31¦abbrev_de¦a⟧, nephrografische Phase ⟦Sr 11 Ima 30¦11:30¦abbrev_de¦a⟧), "
        "⟨b¦im Vorbefund ⟪19 mm¦size⟫⟩ (⟦Sr 6 Ima 27¦p6:27¦prior¦b⟧). Kontrolle in ⟪6 Monaten¦followup⟫. "
        "Kreatinin ⟪0,9 mg/dl¦lab⟫.",
    ),
    (
        "M-AT11",
        "AT",
        "⟨a¦Mehrere Lymphknoten zervikal ⟪Level IIa¦level⟫ rechts mit zentraler Nekrose⟩ "
        "(⟦Bilder 12, 14 und 17 der Serie 6¦6:12,6:14,6:17¦list¦a⟧). ⟨b¦Tumor der Tonsillenloge rechts, "
        "⟪31 mm¦size⟫⟩ (⟦Serie 6 Bild 21¦6:21¦full_de¦b⟧). ⟪p16¦lab⟫ positiv, ⟪cT2 cN1¦staging⟫.",
    ),
    (
        "M-AT12",
        "AT",
        "Serie 4: ⟨a¦Subsegmentale Atelektase im linken Unterlappen regredient⟩ (aktuell "
        "⟦Bild 150¦4:150¦image_only¦a⟧, VB ⟦Bild 147¦p4:147¦prior¦a⟧). ⟨b¦Pleuraerguss links nur noch "
        "⟪8 mm¦size⟫⟩ (⟦Bild 171¦4:171¦image_only¦b⟧).",
    ),
    (
        "M-AT13",
        "AT",
        "⟨a¦Diskusprotrusion ⟪HWK 5/6¦level⟫ mit Einengung des Neuroforamens rechts⟩ "
        "(⟦Serie 7, Bild 12 von 24¦7:12¦compact¦a⟧). ⟨b¦Myelon ohne Signalalteration⟩ "
        "(⟦Serie 5, Bild 9 von 15¦5:9¦compact¦b⟧).",
    ),
    (
        "M-AT14",
        "AT",
        "⟨a¦Cholesteatom im Epitympanon rechts mit Arrosion des Tegmen tympani⟩ (kor. "
        "⟦Se. 502 Bi. 33¦502:33¦plane¦a⟧, ax. ⟦Se. 501 Bi. 58¦501:58¦plane¦a⟧). ⟨b¦Gehörknöchelchenkette "
        "links regelrecht⟩ (⟦Se. 501 Bi. 61¦501:61¦abbrev_de¦b⟧). Schichtdicke ⟪0,6 mm¦size⟫.",
    ),
    (
        "M-AT15",
        "AT",
        "Zusammenfassung: ⟨a¦Progrediente Lebermetastasierung⟩ (⟦Serie 3, Bild 44¦3:44¦impression¦a⟧; "
        "Vorbefund vom ⟪29.05.2025¦date⟫ ⟦Serie 3, Bild 40¦p3:40¦prior¦a⟧), stabile ossäre Situation. "
        "⟪ECOG 1¦birads⟫.",
    ),
    (
        "M-AT16",
        "AT",
        "Angaben Serie/Bild: ⟨a¦Aortenaneurysma infrarenal, max. ⟪5,4 cm¦size⟫⟩ (⟦4/112¦4:112¦slash¦a⟧), "
        "⟨b¦Thrombussaum bis ⟪18 mm¦size⟫⟩ (⟦4/118¦4:118¦slash¦b⟧), ⟨c¦Abgang der A. mesenterica inferior "
        "verschlossen⟩ (⟦4/131¦4:131¦slash¦c⟧). ⟨d¦Vor ⟪2 Jahren¦followup⟫ ⟪4,6 cm¦size⟫⟩ "
        "(VU ⟦3/88¦p3:88¦prior¦d⟧). RR ⟪160/95¦blood_pressure⟫.",
    ),
    # ---------------------------------------------------------------- CH
    (
        "M-CH01",
        "CH",
        "Verglichen mit der Voraufnahme vom ⟪04.03.2025¦date⟫. ⟨a¦Grössenregrediente Raumforderung im "
        "Mediastinum anterior, aktuell ⟪38 x 22 mm¦size⟫⟩ [⟦Serie 3, Bild 61¦3:61¦full_de¦a⟧], ⟨b¦vormals "
        "⟪52 x 30 mm¦size⟫⟩ [Voraufnahme ⟦Serie 3, Bild 58¦p3:58¦prior¦b⟧]. Hodgkin-Lymphom "
        "⟪Stadium IIA¦staging⟫, Status nach ⟪4 Zyklen¦counter⟫ ABVD.",
    ),
    (
        "M-CH02",
        "CH",
        "⟨a¦Konkrement im proximalen Ureter rechts, ⟪6 x 4 mm¦size⟫, ⟪1040 HU¦lab⟫⟩ "
        "(⟦Bild 74 (Serie 2)¦2:74¦full_de¦a⟧), ⟨b¦konsekutive Harnstauung ⟪Grad II¦staging⟫⟩ "
        "(⟦Bild 51 (Serie 2)¦2:51¦full_de¦b⟧). ⟨c¦Kleines Konkrement der unteren Kelchgruppe links, "
        "⟪3 mm¦size⟫⟩ (⟦Bild 66¦2:66¦image_only¦c⟧). ⟨d¦In der Voruntersuchung lag das Konkrement noch im "
        "Nierenbecken⟩ (VU ⟦Bild 40 (Serie 2)¦p2:40¦prior¦d⟧).",
    ),
    (
        "M-CH03",
        "CH",
        "Distorsionstrauma am ⟪12.10.2025¦date⟫. ⟨a¦Komplette Ruptur des Lig. fibulotalare anterius⟩ "
        "(⟦S. 4/B. 13¦4:13¦slash¦a⟧). ⟨b¦Knochenkontusion am Talus medial⟩ (⟦S. 6/B. 9¦6:9¦slash¦b⟧, "
        "⟦S. 4/B. 16¦4:16¦slash¦b⟧). Peronealsehnen intakt.",
    ),
    (
        "M-CH04",
        "CH",
        "⟨a¦Die bekannte Metastase im ⟪Segment IVb¦segment⟫ hat an Grösse zugenommen, jetzt ⟪19 mm¦size⟫⟩ "
        "(⟦Se 5 Ima 38¦5:38¦abbrev_de¦a⟧; Vorstudie ⟪14 mm¦size⟫, ⟦Se 5 Ima 36¦p5:36¦prior¦a⟧). ⟨b¦Neue "
        "Läsion im ⟪Segment VI¦segment⟫, ⟪7 mm¦size⟫, in der Vorstudie nicht sichtbar⟩ "
        "(⟦Se 5 Ima 52¦5:52¦abbrev_de¦b⟧).",
    ),
    (
        "M-CH05",
        "CH",
        "⟨a¦Dissektion der A. carotis interna links mit wandständigem Hämatom⟩ "
        "[⟦Serie 8: Bild 134¦8:134¦full_de¦a⟧], ⟨b¦Lumeneinengung ca. ⟪60 %¦ratio⟫⟩ "
        "[⟦Serie 8: Bild 140¦8:140¦full_de¦b⟧]. ⟨c¦Kein Infarkt im Stromgebiet der A. cerebri media⟩ "
        "[DWI ⟦Serie 3: Bild 17¦3:17¦plane¦c⟧].",
    ),
    (
        "M-CH06",
        "CH",
        "⟨a¦Fokale noduläre Hyperplasie im ⟪Segment V¦segment⟫, ⟪32 mm¦size⟫, mit zentraler Narbe⟩ "
        "⟦Serie 5 Bild 41¦5:41¦full_de¦a⟧ Komma ⟨b¦hepatobiliäre Phase mit isointensem Signal⟩ "
        "⟦Serie 14 Bild 40¦14:40¦full_de¦b⟧ Punkt neuer Absatz ⟨c¦Kleines Hämangiom ⟪Segment II¦segment⟫⟩ "
        "⟦Serie fünf Bild zwölf¦5:12¦full_de¦c⟧ Punkt.",
    ),
    (
        "M-CH07",
        "CH",
        "⟨a¦Osteochondrale Läsion der medialen Talusschulter, ⟪9 x 6 mm¦size⟫, stabil⟩ "
        "(⟦Bild-Nr. 18/Serie 3¦3:18¦slash¦a⟧). ⟨b¦Gelenkerguss OSG⟩ (⟦Bild-Nr. 22/Serie 3¦3:22¦slash¦b⟧). "
        "⟪Hepple Grad 2¦staging⟫.",
    ),
    (
        "M-CH08",
        "CH",
        "Auswärtige CT vom ⟪21.08.2025¦date⟫ auf CD liegt vor. ⟨a¦Das dort beschriebene Knötchen im "
        "Mittellappen⟩ (auswärtige CT ⟦Serie 201, Bild 77¦p201:77¦prior¦a⟧) ⟨b¦ist heute nicht mehr "
        "nachweisbar⟩ (⟦Serie 3, Bild 80¦3:80¦full_de¦b⟧), am ehesten entzündlich.",
    ),
    (
        "M-CH09",
        "CH",
        "Serie 7 (koronare Rekonstruktion): ⟨a¦Langstreckige Wandverdickung des terminalen Ileums über ca. "
        "⟪15 cm¦size⟫⟩ (⟦Bilder 33–41¦7:33-41¦range¦a⟧), ⟨b¦Kammsträhnenzeichen⟩ "
        "(⟦Bild 38¦7:38¦image_only¦b⟧). Kein Abszess, keine Fistel. Calprotectin ⟪820 µg/g¦lab⟫.",
    ),
    (
        "M-CH10",
        "CH",
        "⟨a¦Spiculierte Raumforderung im rechten Oberlappen ⟪S1¦segment⟫, ⟪27 mm¦size⟫⟩ "
        "(⟦Se. 4/Bi. 55-60¦4:55-60¦range¦a⟧), ⟨b¦mit Pleurakontakt⟩ (⟦Se. 4/Bi. 57¦4:57¦slash¦b⟧). "
        "⟪cT1c cN2¦staging⟫ bei ⟨c¦ipsilateral vergrössertem Lymphknoten ⟪4R¦level⟫, ⟪13 mm¦size⟫⟩ "
        "(⟦Se. 4/Bi. 41¦4:41¦slash¦c⟧). ⟪SUVmax 11,2¦lab⟫ im PET vom ⟪02.10.2025¦date⟫.",
    ),
    (
        "M-CH11",
        "CH",
        "Die Lungenrundherde beidseits sind grössenprogredient, ⟨b¦der grösste rechts basal jetzt "
        "⟪16 mm¦size⟫⟩ (⟦Serie 4, Bild 230¦4:230¦full_de¦b⟧) gegenüber ⟨c¦⟪10 mm¦size⟫ im Vor-CT vom "
        "⟪07.05.2025¦date⟫⟩ (⟦Serie 4, Bild 226¦p4:226¦prior¦c⟧). ⟨d¦Neue Herde im linken Oberlappen⟩ "
        "(⟦Serie 4, Bild 71 und 88¦4:71,4:88¦list¦d⟧).",
    ),
    (
        "M-CH12",
        "CH",
        "⟨a¦Spondylodiszitis ⟪BWK 7/8¦level⟫ mit paravertebralem Abszess, ⟪22 x 14 mm¦size⟫⟩ "
        "(⟦Serie #5 Bild #31¦5:31¦compact¦a⟧), ⟨b¦epidurale Ausdehnung bis ⟪BWK 6¦level⟫⟩ "
        "(⟦Serie #6 Bild #12¦6:12¦compact¦b⟧). CRP ⟪142 mg/l¦lab⟫, Blutkulturen ⟪2/2¦counter⟫ positiv.",
    ),
    (
        "M-CH13",
        "CH",
        "⟨a¦Transmurale Ruptur der Supraspinatussehne mit Retraktion bis ⟪Patte 2¦staging⟫⟩ (auf "
        "⟦Bild 14 der Serie 6¦6:14¦full_de¦a⟧). ⟨b¦Fettige Atrophie ⟪Goutallier 2¦staging⟫⟩ "
        "(⟦Bild 7 der Serie 9¦9:7¦full_de¦b⟧).",
    ),
    (
        "M-CH14",
        "CH",
        "Serie 11 (T1 KM): ⟨a¦Die Kontrastmittelaufnahme periventrikulär links ist regredient⟩ "
        "(⟦Bild 52¦11:52¦image_only¦a⟧; Voruntersuchung ⟦Bild 49¦p11:49¦prior¦a⟧). ⟨b¦Neue Läsion im "
        "Balken⟩ (⟦Bild 60¦11:60¦image_only¦b⟧), ⟪EDSS 3,5¦birads⟫.",
    ),
    (
        "M-CH15",
        "CH",
        "⟨a¦Hiatushernie, ⟪4 cm¦size⟫⟩ (⟦Ser3 Img45¦3:45¦glued¦a⟧). ⟨b¦Wandverdickung des Magenantrums bis "
        "⟪14 mm¦size⟫⟩ (⟦Ser3 Img61¦3:61¦glued¦b⟧), Gastroskopie empfohlen. ⟨c¦In der Vorstudie vom "
        "⟪3.2.2024¦date⟫ Antrum ⟪8 mm¦size⟫⟩ (⟦Ser2 Img50¦p2:50¦prior¦c⟧). Hb ⟪98 g/l¦lab⟫.",
    ),
    (
        "M-CH16",
        "CH",
        "Beurteilung: ⟨a¦Progrediente pulmonale Metastasierung⟩ "
        "(⟦S. 4, B. 112 und 140¦4:112,4:140¦impression¦a⟧). ⟨b¦Stationärer Lymphknoten hilär links⟩ "
        "(⟦S. 4, B. 90¦4:90¦impression¦b⟧; VU ⟦S. 4, B. 92¦p4:92¦prior¦b⟧). Nächste Kontrolle in "
        "⟪3 Monaten¦followup⟫.",
    ),
    # ---------------------------------------------------------------- UK
    (
        "M-UK01",
        "UK",
        "Comparison: CT ⟪14/02/2025¦date⟫. ⟨a¦The right lower lobe nodule measures ⟪9 mm¦size⟫⟩ "
        "(⟦series 3 image 212¦3:212¦full_en¦a⟧), ⟨b¦previously ⟪6 mm¦size⟫⟩ "
        "(⟦series 3 image 207¦p3:207¦prior¦b⟧ on the prior). ⟨c¦A new ⟪4 mm¦size⟫ nodule in the lingula⟩ "
        "(⟦image 150¦3:150¦image_only¦c⟧).",
    ),
    (
        "M-UK02",
        "UK",
        "⟨a¦Hypoenhancing lesion in the uncinate process, ⟪2.3 cm¦size⟫, abutting the SMV over less than "
        "⟪180 degrees¦ratio⟫⟩ (⟦Se 5 Im 61¦5:61¦abbrev_en¦a⟧). ⟨b¦Upstream pancreatic duct dilatation to "
        "⟪5 mm¦size⟫⟩ (⟦Se 5 Im 48¦5:48¦abbrev_en¦b⟧). ⟨c¦On the comparison MRCP of ⟪07/07/2025¦date⟫ the duct "
        "measured ⟪3 mm¦size⟫⟩ (⟦Se 9 Im 14¦p9:14¦prior¦c⟧). ⟪CA 19-9 of 310¦lab⟫.",
    ),
    (
        "M-UK03",
        "UK",
        "Findings discussed with Dr Patel on ⟪ext 4412¦phone⟫ at ⟪15:10¦time⟫. ⟨a¦Acute appendicitis with a "
        "⟪7 mm¦size⟫ appendicolith at the base⟩ (⟦image 23, series 6¦6:23¦full_en¦a⟧). ⟨b¦Small volume free "
        "fluid in the pelvis⟩ (⟦image 41, series 6¦6:41¦full_en¦b⟧).",
    ),
    (
        "M-UK04",
        "UK",
        "⟨a¦There is a ⟪12 mm¦size⟫ enhancing lesion in the left cerebellar hemisphere⟩ "
        "⟦series eleven image thirty four¦11:34¦full_en¦a⟧ full stop No hydrocephalus full stop new paragraph "
        "⟨c¦Further lesion in the right frontal lobe measuring ⟪5 mm¦size⟫⟩ "
        "⟦series 11 image 102¦11:102¦full_en¦c⟧ full stop",
    ),
    (
        "M-UK05",
        "UK",
        "⟨a¦Non-displaced fracture of the right ⟪7th¦counter⟫ rib posteriorly⟩ "
        "(⟦slice 88 of series 4¦4:88¦slice_word¦a⟧) ⟨b¦and of the ⟪8th¦counter⟫ rib laterally⟩ "
        "(⟦slice 104¦4:104¦image_only¦b⟧). ⟨c¦Small right pneumothorax, ⟪1.2 cm¦size⟫ rim⟩ "
        "(⟦slice 30¦4:30¦image_only¦c⟧). ⟪ISS 9¦birads⟫.",
    ),
    (
        "M-UK06",
        "UK",
        "Target lesions (baseline ⟪03/04/2025¦date⟫ → today):\n"
        "- ⟨a¦Liver ⟪segment 6¦segment⟫ metastasis⟩: ⟪41 mm¦size⟫ (baseline ⟦4/55¦p4:55¦prior¦a⟧) → "
        "⟪28 mm¦size⟫ (⟦4/58¦4:58¦slash¦a⟧)\n"
        "- ⟨b¦Left para-aortic node⟩: ⟪18 mm¦size⟫ SA (baseline ⟦4/90¦p4:90¦prior¦b⟧) → ⟪11 mm¦size⟫ SA "
        "(⟦4/93¦4:93¦slash¦b⟧)\n"
        "Sum of diameters ⟪59 mm¦size⟫ → ⟪39 mm¦size⟫ (⟪−34%¦ratio⟫): partial response.",
    ),
    (
        "M-UK07",
        "UK",
        "⟨a¦Left adrenal nodule of ⟪19 mm¦size⟫ with attenuation of ⟪8 HU¦lab⟫ on the unenhanced phase, in "
        "keeping with an adenoma⟩ (⟦Im 44 Se 2¦2:44¦abbrev_en¦a⟧). ⟨b¦Absolute washout ⟪71%¦ratio⟫⟩ "
        "(⟦Im 44 Se 8¦8:44¦abbrev_en¦b⟧). No follow-up required.",
    ),
    (
        "M-UK08",
        "UK",
        "⟨a¦The soft tissue mass at the right lung apex has increased to ⟪48 x 35 mm¦size⟫⟩ "
        "(⟦series 2 image 18¦2:18¦full_en¦a⟧) ⟨b¦from ⟪39 x 30 mm¦size⟫ on the outside CT dated "
        "⟪01/06/2025¦date⟫⟩ (⟦series 202 image 23¦p202:23¦prior¦b⟧). ⟨c¦Destruction of the posterior right "
        "⟪1st¦counter⟫ rib and ⟪T1¦level⟫ transverse process⟩ (⟦series 2 image 14¦2:14¦full_en¦c⟧).",
    ),
    (
        "M-UK09",
        "UK",
        "⟨a¦Several enlarged mesenteric nodes, the largest ⟪14 mm¦size⟫ in short axis⟩ "
        "(⟦images 30, 34 and 41 (series 5)¦5:30,5:34,5:41¦list¦a⟧). ⟨b¦Splenomegaly, ⟪16 cm¦size⟫ "
        "craniocaudal⟩ (coronal ⟦series 7 image 52¦7:52¦plane¦b⟧). ⟪LDH 610¦lab⟫, Lugano "
        "⟪stage III¦staging⟫.",
    ),
    (
        "M-UK10",
        "UK",
        "⟨a¦Right-sided paracentral disc extrusion at ⟪L4/5¦level⟫ compressing the traversing right "
        "⟪L5¦level⟫ nerve root⟩ (⟦S3 I9¦3:9¦compact¦a⟧ sag, ⟦S6 I18¦6:18¦compact¦a⟧ ax). ⟨b¦Moderate left "
        "foraminal narrowing at ⟪L5/S1¦level⟫⟩ (⟦S6 I27¦6:27¦compact¦b⟧).",
    ),
    (
        "M-UK11",
        "UK",
        "Series 4 (lung windows). ⟨a¦Ground-glass opacity in the right upper lobe apical segment has "
        "resolved⟩ (today ⟦image 33¦4:33¦image_only¦a⟧; previous ⟦image 35¦p4:35¦prior¦a⟧). "
        "⟨b¦Persistent ⟪3 mm¦size⟫ perifissural nodule⟩ (⟦image 118¦4:118¦image_only¦b⟧), no follow-up "
        "needed per ⟪Fleischner 2017¦followup⟫.",
    ),
    (
        "M-UK12",
        "UK",
        "⟨a¦Occlusive thrombus in the left popliteal vein extending into the posterior tibial veins⟩ "
        "(⟦images 120-134 of series 3¦3:120-134¦range¦a⟧). ⟨b¦Baker's cyst ⟪4.1 x 1.9 cm¦size⟫⟩ "
        "(⟦image 118 series 3¦3:118¦full_en¦b⟧). ⟪Wells score 3¦birads⟫.",
    ),
    (
        "M-UK13",
        "UK",
        "Conclusion:\n1. ⟨a¦Hepatocellular carcinoma in ⟪segment VIII¦segment⟫, ⟪LR-5¦birads⟫⟩ "
        "(⟦Se 6 Im 28¦6:28¦impression¦a⟧).\n2. ⟨b¦Portal vein tumour thrombus⟩ "
        "(⟦Se 7 Im 31¦7:31¦impression¦b⟧).\n3. ⟨c¦Ascites, increased since ⟪22/09/2025¦date⟫⟩ (current "
        "⟦Se 6 Im 44¦6:44¦impression¦c⟧, prior ⟦Se 6 Im 40¦p6:40¦prior¦c⟧).\nDiscussed at MDT "
        "⟪18/11/2025¦date⟫.",
    ),
    (
        "M-UK14",
        "UK",
        "⟪Key images 1–3¦bild_word⟫ saved. ⟨a¦Subcapsular splenic laceration ⟪AAST grade III¦staging⟫ with a "
        "⟪3.2 cm¦size⟫ haematoma⟩ (⟦Img 77, Ser 3¦3:77¦abbrev_en¦a⟧). ⟨b¦Active extravasation on the portal "
        "venous phase⟩ (⟦Img 80, Ser 5¦5:80¦abbrev_en¦b⟧). Trauma team informed at ⟪02:14¦time⟫, "
        "⟪bleep 2231¦phone⟫.",
    ),
    (
        "M-UK15",
        "UK",
        "⟨a¦Tear of the anterior cruciate ligament, femoral attachment⟩ (sagittal PD "
        "⟦Series 4, Image 12¦4:12¦plane¦a⟧). ⟨b¦Bone bruise of the lateral femoral condyle and posterolateral "
        "tibial plateau⟩ (⟦Series 5, Images 10 and 14¦5:10,5:14¦list¦b⟧). ⟨c¦Moderate effusion⟩ "
        "(⟦Series 4, Image 20¦4:20¦full_en¦c⟧).",
    ),
    (
        "M-UK16",
        "UK",
        "Compared with MRI ⟪05/2024¦date⟫ and ⟪11/2024¦date⟫. ⟨a¦The vestibular schwannoma on the left "
        "measures ⟪11 x 8 mm¦size⟫⟩ (⟦series 9 image 41¦9:41¦full_en¦a⟧), ⟨b¦unchanged from both prior "
        "examinations⟩ (⟪05/2024¦date⟫: ⟦series 7 image 38¦p7:38¦prior¦b⟧; ⟪11/2024¦date⟫: "
        "⟦series 9 image 40¦p9:40¦prior¦b⟧). ⟪Koos grade 2¦staging⟫.",
    ),
    # ---------------------------------------------------------------- US
    (
        "M-US01",
        "US",
        "COMPARISON: CT chest ⟪6/12/2025¦date⟫. FINDINGS: ⟨a¦Spiculated right upper lobe nodule now measures "
        "⟪14 x 11 mm¦size⟫⟩ (⟦3:87¦3:87¦compact¦a⟧), ⟨b¦previously ⟪10 x 8 mm¦size⟫⟩ (⟦3:84¦p3:84¦prior¦b⟧ on "
        "prior). ⟨c¦Stable ⟪5 mm¦size⟫ left lower lobe nodule⟩ (⟦3:201¦3:201¦compact¦c⟧).",
    ),
    (
        "M-US02",
        "US",
        "Critical result called to Dr. Nguyen at ⟪3:42 PM¦time⟫ on ⟪11/19/2025¦date⟫, read back confirmed. "
        "⟨a¦Large left MCA territory infarct with loss of gray-white differentiation, ⟪ASPECTS 5¦birads⟫⟩ "
        "(⟦series 2, image 18¦2:18¦full_en¦a⟧). ⟨b¦Hyperdense left M1 segment⟩ "
        "(⟦series 2, image 11¦2:11¦full_en¦b⟧).",
    ),
    (
        "M-US03",
        "US",
        "⟨a¦Complex cystic lesion in the interpolar right kidney, ⟪Bosniak 3¦birads⟫, ⟪2.6 cm¦size⟫⟩ "
        "(⟦image 54 on series 7¦7:54¦full_en¦a⟧). ⟨b¦Thick enhancing septation⟩ "
        "(⟦image 56 on series 11¦11:56¦full_en¦b⟧). ⟨c¦This was a ⟪Bosniak 2F¦birads⟫ cyst on "
        "⟪2/3/2024¦date⟫⟩ (prior ⟦image 50 on series 7¦p7:50¦prior¦c⟧). ⟪eGFR 58¦lab⟫.",
    ),
    (
        "M-US04",
        "US",
        "⟨a¦Diffuse bronchial wall thickening and mucoid impaction in the bilateral lower lobes⟩ "
        "(⟦se 4 im 180-212¦4:180-212¦range¦a⟧). ⟨b¦Tree-in-bud nodularity in the right middle lobe⟩ "
        "(⟦se 4 im 140¦4:140¦abbrev_en¦b⟧). FEV1 ⟪62%¦lab⟫ predicted.",
    ),
    (
        "M-US05",
        "US",
        "⟨a¦Enlarging necrotic left ⟪level II¦level⟫ lymph node, ⟪2.4 cm¦size⟫⟩ "
        "(⟦series/image 5/33¦5:33¦slash¦a⟧), ⟨b¦⟪1.6 cm¦size⟫ on ⟪08/02/2025¦date⟫⟩ "
        "(⟦series/image 5/31¦p5:31¦prior¦b⟧). ⟨c¦Primary left base of tongue mass, ⟪3.1 cm¦size⟫⟩ "
        "(⟦series/image 5/24¦5:24¦slash¦c⟧). ⟪T2N2bM0¦staging⟫, p16 positive.",
    ),
    (
        "M-US06",
        "US",
        "⟨a¦There is a ⟪1.8 cm¦size⟫ arterially enhancing observation in ⟪segment VII¦segment⟫ with washout "
        "and capsule⟩ ⟦series 8 image 22¦8:22¦full_en¦a⟧ period ⟨b¦Second ⟪9 mm¦size⟫ observation in "
        "⟪segment III¦segment⟫ without washout⟩ ⟦series 8 image forty one¦8:41¦full_en¦b⟧ period AFP "
        "⟪6.2¦lab⟫ period",
    ),
    (
        "M-US07",
        "US",
        "⟨a¦Displaced comminuted fracture of the left distal radius with ⟪12 degrees¦ratio⟫ dorsal "
        "angulation⟩ (⟦#4, image 62¦4:62¦compact¦a⟧). ⟨b¦Ulnar styloid fracture⟩ "
        "(⟦#4, image 71¦4:71¦compact¦b⟧). ⟨c¦Intra-articular extension⟩ (coronal "
        "⟦#602, image 19¦602:19¦plane¦c⟧).",
    ),
    (
        "M-US08",
        "US",
        "FOLLOW-UP MEASUREMENTS (today vs ⟪03/18/2025¦date⟫):\n"
        "⟪Lesion 1¦counter⟫, ⟨a¦right hepatic lobe⟩: ⟪3.4 cm¦size⟫ (⟦4:41¦4:41¦compact¦a⟧) vs ⟪4.9 cm¦size⟫ "
        "(⟦5:39¦p5:39¦prior¦a⟧)\n"
        "⟪Lesion 2¦counter⟫, ⟨b¦left adrenal⟩: ⟪2.0 cm¦size⟫ (⟦4:60¦4:60¦compact¦b⟧) vs ⟪2.2 cm¦size⟫ "
        "(⟦5:57¦p5:57¦prior¦b⟧)",
    ),
    (
        "M-US09",
        "US",
        "⟨a¦Mildly displaced fracture of the right ⟪L2¦level⟫ transverse process⟩ "
        "(⟦Series 601, Image 45¦601:45¦full_en¦a⟧). No retroperitoneal hematoma. ⟨c¦Incidental "
        "⟪8 mm¦size⟫ hypodensity in the pancreatic tail⟩ (⟦Series 3, Image 58¦3:58¦full_en¦c⟧), recommend "
        "MRI in ⟪1 year¦followup⟫. ⟦Series 3, Image 70¦3:70¦full_en¦d⟧: ⟨d¦left renal cortical cyst, "
        "⟪1.1 cm¦size⟫, no follow-up⟩.",
    ),
    (
        "M-US10",
        "US",
        "⟨a¦Interval decrease in size of the right paratracheal lymph node, ⟪1.1 cm¦size⟫ short axis⟩ "
        "(⟦series 2, image 34¦2:34¦full_en¦a⟧), ⟨b¦previously ⟪1.9 cm¦size⟫⟩ (prior exam "
        "⟦series 2, image 36¦p2:36¦prior¦b⟧). ⟨c¦Resolved left pleural effusion⟩ (previously "
        "⟦series 2, image 60¦p2:60¦prior¦c⟧).",
    ),
    (
        "M-US11",
        "US",
        "⟨a¦FDG-avid left axillary node, SUVmax ⟪7.4¦lab⟫, ⟪Deauville 4¦birads⟫⟩ "
        "(⟦image 112, series 4¦4:112¦full_en¦a⟧), ⟨b¦previously SUVmax ⟪12.1¦lab⟫⟩ "
        "(⟦image 109, series 4¦p4:109¦prior¦b⟧ on the baseline PET dated ⟪4/2/2025¦date⟫). Liver SUVmean "
        "⟪2.3¦lab⟫. Blood glucose ⟪104 mg/dL¦lab⟫, ⟪12.1 mCi¦dose⟫ F-18 FDG.",
    ),
    (
        "M-US12",
        "US",
        "Axial T2 (series 5): ⟨a¦Left ovarian cystic lesion, ⟪4.5 cm¦size⟫, with a thin septation⟩ "
        "(⟦image 22¦5:22¦image_only¦a⟧). ⟨b¦Fibroid in the posterior uterine body, ⟪2.8 cm¦size⟫⟩ "
        "(⟦image 18¦5:18¦image_only¦b⟧). ⟪O-RADS MRI 3¦birads⟫. Patient age ⟪44¦age⟫, LMP "
        "⟪10/28/2025¦date⟫.",
    ),
    (
        "M-US13",
        "US",
        "⟨a¦Segmental pulmonary emboli in the right lower lobe⟩ (⟦6:145, 6:152¦6:145,6:152¦list¦a⟧) ⟨b¦and a "
        "subsegmental embolus in the lingula⟩ (⟦6:98¦6:98¦compact¦b⟧). ⟨c¦Peripheral wedge-shaped opacity "
        "consistent with infarct⟩ (⟦6:160-171¦6:160-171¦range¦c⟧). ⟪RV:LV ratio 0.9¦ratio⟫. HR ⟪104¦lab⟫, "
        "BP ⟪98/62¦blood_pressure⟫.",
    ),
    (
        "M-US14",
        "US",
        "⟨a¦Previously described ⟪2.1 cm¦size⟫ right thyroid nodule⟩ (outside CT ⟪09/09/2025¦date⟫, "
        "⟦series 2, image 40¦p2:40¦prior¦a⟧) ⟨b¦is again seen, ⟪2.2 cm¦size⟫⟩ "
        "(⟦series 3, image 52¦3:52¦full_en¦b⟧). Ultrasound ⟪TI-RADS 4¦birads⟫; FNA recommended.",
    ),
    (
        "M-US15",
        "US",
        "⟨a¦Cholelithiasis with gallbladder wall thickening to ⟪5 mm¦size⟫ and pericholecystic fluid⟩ "
        "(⟦ser 4 img 33¦4:33¦abbrev_en¦a⟧). ⟨b¦Common bile duct ⟪9 mm¦size⟫⟩ (⟦ser 4 img 29¦4:29¦abbrev_en¦b⟧; "
        "prior ⟦ser 3 img 30¦p3:30¦prior¦b⟧: ⟪6 mm¦size⟫). T bili ⟪3.4 mg/dL¦lab⟫, ALP ⟪210 U/L¦lab⟫. "
        "Surgery paged, ⟪(555) 410-2231¦phone⟫.",
    ),
    (
        "M-US16",
        "US",
        "IMPRESSION:\n1. ⟨a¦New ⟪1.2 cm¦size⟫ enhancing lesion in the right frontal lobe, concerning for "
        "metastasis⟩ (⟦10:88¦10:88¦impression¦a⟧).\n2. ⟨b¦Decreased size of the treated left parietal "
        "metastasis⟩ (⟦10:102¦10:102¦impression¦b⟧; prior ⟦10:99¦p10:99¦prior¦b⟧), post SRS "
        "⟪24 Gy¦dose⟫ in ⟪8/2025¦date⟫.",
    ),
)

EXCERPTS: list[Excerpt] = [_excerpt(eid, origin, marked) for eid, origin, marked in _RAW]
