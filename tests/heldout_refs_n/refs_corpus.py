"""Held-out refs N: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`_plain` and the class sets), the module docstrings of refs K, L and M (to write different texts), the runner
tests/heldout_refs_blind/measure_refs.py, tests/heldout_refs_blind/floors.py and refs K's floor test. Written
in one pass under time pressure, then measured once. Do not tune the miner on these texts;
measure with `python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_n.refs_corpus
--adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section; a plane word
changes nothing; a citation into a prior, comparison, baseline, outside or Vorbefund study is gold with
prior_study true and class `prior`. Only the series/image words and numbers are inside a citation's visible
span; plane, sequence and prior words before it stay outside. Genuinely ambiguous citations were not written.

Mix: 85 excerpts (DE 18, AT 16, CH 17 German; UK 17, US 17 English), 226 gold refs, 36 of them into a
prior study. Habits: DE "Serie 7 / Bild 112", "Se.7 Bi.133", "Bild 7/140", glued "Ser5Bild40"/"Se5Bi51", "in
Schicht 44 (Serie 3)", "Bilder 20 bis 26 der Serie 4", "Bild 9/88 und 9/94", dictated "Klammer auf Serie sieben
Bild zwölf Klammer zu Punkt", RECIST rows "Serie 4/Bild 88" with a baseline, sections headed by a series; AT
"Serie 3 Bild Nummer 77", "Sr 3 Bi 81", "S.6/B.21", "Img 33 Ser 4", "Bildnr. 55" under a series heading,
"Serienbild 3/61", glued "S4B120", sequence words (T2, DWI, ADC) before each citation, "Bild 40 bis 46 Serie
5"; CH "(Ser. 4, Im. 9)", "Bild 33 in Serie 8", "S5 B22", "Schnitt 41/Serie 3", "Bild 120 – 128 (Serie 2)",
"Se4/Bi66", square brackets "[Serie 3, Bild 140]", "Ser3 Img45", "Ser5 Img28 bis Img34"; UK "series 5 image
31", "Se5 Im36", "ser.4 img.17", "image 44 (se 3)", "slice 12 of series 7", "images 10-18 series 4", "Se 4 Im
88, Im 93", "images 120, 133 and 147 of series 3", dictated "series three image ninety one full stop",
"series 601 image 33"; US "(7:45)", "(2:31, 2:38, 2:44)", "(2:50-56)", "(series 3, images 40 and 44)",
"se:4 im:88", "#5 img 12", "image 64/series 2", "image 212, series 3 through image 305, series 3", "series
501, image 18", "series 2, images 88 through 94", a baseline/today table of compact citations. Prior
citations: VU, VB, Vorbefund, Voraufnahme, Voruntersuchung, Vor-CT, Vor-MRT, Fremdaufnahme, auswärtiges PET,
externe CT, baseline rows, prior, previous, outside MRI/PET, comparison MRCP. Confounders in the same
sentences: sizes, dates, clock times and clock-face positions, vertebral and nodal levels, liver, lung and
vessel segments, doses, TNM/FIGO/other grades, RADS and other scores, lab values, ratios, counters, phone and
bleep numbers, blood pressure, ages and follow-up intervals.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------- DE ----------------
    ("n-de-01", "DE",
     "Befund: ⟨a¦Hypodense Läsion im Lebersegment ⟪VIII¦segment⟫ von ⟪14 x 11 mm¦size⟫⟩ (⟦Serie 7 / Bild "
     "112¦7:112¦full_de¦a⟧). "
     "⟨b¦Weitere kleine Zyste in ⟪S IVb¦segment⟫⟩ (⟦Se.7 Bi.133¦7:133¦abbrev_de¦b⟧). "
     "⟨c¦Milz mit ⟪11 cm¦size⟫ normal groß⟩ (⟦Bild 7/140¦7:140¦slash¦c⟧)."),
    ("n-de-02", "DE",
     "Vergleich mit der VU vom ⟪03.04.2025¦date⟫: ⟨a¦Rundherd im rechten Unterlappen jetzt ⟪9 mm¦size⟫⟩ "
     "(⟦Serie 4, Bild 77¦4:77¦full_de¦a⟧), ⟨b¦in der VU ⟪6 mm¦size⟫⟩ (VU ⟦Serie 3, Bild 71¦p3:71¦prior¦b⟧)."),
    ("n-de-03", "DE",
     "⟨a¦Kontrastmittelaufnehmende Raumforderung im Pankreaskopf ⟪28 mm¦size⟫⟩ (⟦Ser5Bild40¦5:40¦glued¦a⟧, "
     "⟦Ser5Bild44¦5:44¦glued¦a⟧). ⟨b¦Kein Kontakt zur ⟪AMS¦bild_word⟫ über ⟪180°¦size⟫⟩ (⟦Se5Bi51¦5:51¦glued¦b⟧). "
     "CA 19-9 ⟪412 U/ml¦lab⟫."),
    ("n-de-04", "DE",
     "Serie 3 (axial T2): ⟨a¦Bandscheibenprotrusion ⟪LWK 4/5¦level⟫ mit Kontakt zur Wurzel ⟪L5¦level⟫ links⟩ "
     "(⟦Bild 14¦3:14¦image_only¦a⟧). ⟨b¦Osteochondrose ⟪LWK 5/SWK 1¦level⟫ Modic Typ ⟪II¦staging⟫⟩ "
     "(⟦Bild 19¦3:19¦image_only¦b⟧, ⟦22¦3:22¦list¦b⟧)."),
    ("n-de-05", "DE",
     "⟨a¦Subsegmentale Lungenarterienembolie im Segment ⟪8¦segment⟫ rechts⟩ (⟦Bilder 20 bis 26 der Serie "
     "4¦4:20-26¦range¦a⟧). "
     "⟨b¦RV/LV-Quotient ⟪0,9¦ratio⟫, keine Rechtsherzbelastung⟩ (⟦Serie 4 Bild 58¦4:58¦full_de¦b⟧). "
     "DLP ⟪312 mGy*cm¦dose⟫."),
    ("n-de-06", "DE",
     "Diktat: ⟨a¦Lymphknoten paraaortal links ⟪12 mm¦size⟫ Kurzachse⟩ Klammer auf ⟦Serie sieben Bild "
     "zwölf¦7:12¦full_de¦a⟧ "
     "Klammer zu Punkt ⟨b¦Im Vorbefund ⟪8 mm¦size⟫⟩ Klammer auf Vorbefund ⟦Serie sechs Bild zehn¦p6:10¦prior¦b⟧ "
     "Klammer zu Punkt"),
    ("n-de-07", "DE",
     "⟨a¦Frische Impressionsfraktur ⟪BWK 12¦level⟫ Deckplatte, Höhenminderung ⟪20 %¦ratio⟫⟩ "
     "(sagittal ⟦Serie 2, Bild 9¦2:9¦plane¦a⟧). ⟨b¦Hinterkante intakt⟩ (⟦Se 2 Bi 11¦2:11¦abbrev_de¦b⟧). "
     "Rückruf Station ⟪0621 383 4471¦phone⟫ um ⟪14:20 Uhr¦time⟫."),
    ("n-de-08", "DE",
     "Beurteilung: 1. ⟨a¦Hepatozelluläres Karzinom Segment ⟪VII¦segment⟫, LI-RADS ⟪5¦birads⟫⟩ "
     "(⟦Se. 9 Bi. 34¦9:34¦impression¦a⟧). 2. ⟨b¦Pfortader frei⟩ (⟦Se. 9 Bi. 41¦9:41¦impression¦b⟧). AFP ⟪220 "
     "ng/ml¦lab⟫."),
    ("n-de-09", "DE",
     "⟨a¦Ischämie im Mediastromgebiet links, ASPECTS ⟪7¦birads⟫⟩ (in ⟦Schicht 44 (Serie 3)¦3:44¦slice_word¦a⟧). "
     "⟨b¦Thrombus im ⟪M1¦segment⟫-Segment⟩ (⟦Serie 5 Bild 88-92¦5:88-92¦range¦b⟧). Symptombeginn ⟪06:45¦time⟫."),
    ("n-de-10", "DE",
     "Zum Vergleich Fremdaufnahme MRT ⟪12/2024¦date⟫. ⟨a¦Glioblastom rechts frontal, ⟪42 x 35 mm¦size⟫⟩ "
     "(⟦Se 12 Bi 66¦12:66¦abbrev_de¦a⟧), ⟨b¦dort ⟪31 x 27 mm¦size⟫⟩ (Fremdaufnahme ⟦Se 8 Bi 50¦p8:50¦prior¦b⟧). "
     "⟨c¦Mittellinienverlagerung ⟪6 mm¦size⟫⟩ (⟦Bild 12/70¦12:70¦slash¦c⟧)."),
    ("n-de-11", "DE",
     "Tabelle Zielläsionen (RECIST 1.1):\n"
     "1. ⟨a¦Leber Segment ⟪VI¦segment⟫: ⟪23 mm¦size⟫⟩ (⟦Serie 4/Bild 88¦4:88¦slash¦a⟧); Baseline ⟪31 mm¦size⟫ "
     "(⟦Serie 3/Bild 80¦p3:80¦prior¦a⟧)\n"
     "2. ⟨b¦LK iliakal rechts: ⟪14 mm¦size⟫⟩ (⟦Serie 4/Bild 151¦4:151¦slash¦b⟧); Baseline ⟪19 mm¦size⟫ (⟦Serie "
     "3/Bild 144¦p3:144¦prior¦b⟧)\n"
     "Summe ⟪37 mm¦size⟫ (−⟪26 %¦ratio⟫), PR."),
    ("n-de-12", "DE",
     "⟨a¦Nierenzyste links Bosniak ⟪IIF¦staging⟫, ⟪22 mm¦size⟫⟩ (koronar ⟦Se 6 Bi 37¦6:37¦plane¦a⟧). "
     "⟨b¦Septen unverändert zum Vor-CT⟩ (Vor-CT ⟦Se 6 Bi 35¦p6:35¦prior¦b⟧). Kreatinin ⟪1,3 mg/dl¦lab⟫."),
    ("n-de-13", "DE",
     "⟨a¦Mehrere Mikronoduli im Oberlappen beidseits bis ⟪4 mm¦size⟫⟩ (⟦Serie 3, Bilder 41, 47 und "
     "52¦3:41,3:47,3:52¦list¦a⟧), "
     "Lung-RADS ⟪2¦birads⟫, Kontrolle in ⟪12 Monaten¦followup⟫."),
    # ---------------- AT ----------------
    ("n-at-01", "AT",
     "⟨a¦Leistenhernie rechts mit Fettgewebe, Bruchpforte ⟪18 mm¦size⟫⟩ (⟦Serie 3 Bild Nummer 77¦3:77¦full_de¦a⟧). "
     "⟨b¦Kein Darm im Bruchsack⟩ (⟦Sr 3 Bi 81¦3:81¦abbrev_de¦b⟧)."),
    ("n-at-02", "AT",
     "⟨a¦Ruptur des vorderen Kreuzbandes⟩ (sagittal PD fs ⟦S.6/B.21¦6:21¦slash¦a⟧), ⟨b¦Bone bruise lateraler "
     "Femurkondylus ⟪15 mm¦size⟫⟩ (⟦S.6/B.18¦6:18¦slash¦b⟧, koronar ⟦S.8/B.12¦8:12¦plane¦b⟧). Alter ⟪24 J.¦age⟫."),
    ("n-at-03", "AT",
     "Voruntersuchung vom ⟪14.2.2025¦date⟫ liegt vor. ⟨a¦Meningeom falxständig ⟪17 mm¦size⟫⟩ (⟦Img 33 Ser "
     "4¦4:33¦abbrev_de¦a⟧), "
     "⟨b¦damals ⟪16 mm¦size⟫⟩ (Voruntersuchung ⟦Img 30 Ser 4¦p4:30¦prior¦b⟧). Beistrich ⟨c¦kein Ödem⟩ (⟦Img 35 Ser "
     "4¦4:35¦abbrev_de¦c⟧)."),
    ("n-at-04", "AT",
     "Serie 2:\n⟨a¦Aortenaneurysma infrarenal ⟪52 mm¦size⟫⟩ (⟦Bildnr. 55¦2:55¦image_only¦a⟧).\n"
     "⟨b¦Wandthrombus bis ⟪14 mm¦size⟫⟩ (⟦Bildnr. 60 – 64¦2:60-64¦range¦b⟧).\n"
     "CTDIvol ⟪9,8 mGy¦dose⟫."),
    ("n-at-05", "AT",
     "⟨a¦Appendix verdickt ⟪11 mm¦size⟫ mit Appendikolith⟩ (⟦Serienbild 3/61¦3:61¦slash¦a⟧), "
     "⟨b¦periappendikuläre Flüssigkeit⟩ (⟦Serienbild 3/66¦3:66¦slash¦b⟧). CRP ⟪8,4 mg/dl¦lab⟫, Leukozyten ⟪14,2 "
     "G/l¦lab⟫."),
    ("n-at-06", "AT",
     "⟨a¦Diskusprolaps ⟪HWK 6/7¦level⟫ paramedian links⟩ (⟦Serie 5 Bild 19¦5:19¦full_de¦a⟧ und ⟦Bild "
     "21¦5:21¦image_only¦a⟧), "
     "⟨b¦Myelon nicht komprimiert⟩ (sagittal T2 ⟦Serie 3 Bild 8¦3:8¦plane¦b⟧)."),
    ("n-at-07", "AT",
     "Vorbefund ⟪2023¦date⟫ (auswärts): ⟨a¦Schilddrüsenknoten links ⟪14 mm¦size⟫⟩ (Vorbefund ⟦Serie 2 Bild "
     "30¦p2:30¦prior¦a⟧), "
     "⟨b¦aktuell ⟪19 mm¦size⟫, TI-RADS ⟪4¦birads⟫⟩ (⟦Serie 4 Bild 33¦4:33¦full_de¦b⟧)."),
    ("n-at-08", "AT",
     "⟨a¦Pleuraerguss rechts ⟪35 mm¦size⟫ Saum⟩ (⟦S4B120¦4:120¦glued¦a⟧), ⟨b¦Kompressionsatelektase Unterlappen⟩ "
     "(⟦S4B128¦4:128¦glued¦b⟧). Kontrolle ⟪Tag 3¦followup⟫."),
    ("n-at-09", "AT",
     "⟨a¦Nebennierenadenom links ⟪21 mm¦size⟫, ⟪8 HE¦lab⟫ nativ⟩ (⟦Serie 2 Bild 44¦2:44¦full_de¦a⟧), "
     "⟨b¦Washout ⟪68 %¦ratio⟫ absolut⟩ (⟦Serie 7 Bild 44¦7:44¦full_de¦b⟧; ⟦Serie 9 Bild 45¦9:45¦full_de¦b⟧)."),
    ("n-at-10", "AT",
     "Beurteilung: ⟨a¦Cholezystolithiasis ohne Cholezystitis⟩ (⟦Bild 40 bis 46 Serie 5¦5:40-46¦range¦a⟧). "
     "⟨b¦DHC ⟪5 mm¦size⟫⟩ (⟦Bild 31 Serie 5¦5:31¦full_de¦b⟧). Befund telefonisch an Dr. an ⟪DW 2231¦phone⟫."),
    ("n-at-11", "AT",
     "⟨a¦Prostata ⟪48 ml¦size⟫, Läsion PZ links ⟪12 mm¦size⟫, PI-RADS ⟪4¦birads⟫⟩ (T2 ⟦Se 4 Bi 15¦4:15¦abbrev_de¦a⟧, "
     "DWI ⟦Se 7 Bi 15¦7:15¦abbrev_de¦a⟧, ADC ⟦Se 8 Bi 15¦8:15¦abbrev_de¦a⟧). PSA ⟪7,9 ng/ml¦lab⟫."),
    ("n-at-12", "AT",
     "⟨a¦Lebermetastasen zahlenmäßig zunehmend⟩ (⟦Serie 3 Bilder 22, 28, 35 und 41¦3:22,3:28,3:35,3:41¦list¦a⟧), "
     "⟨b¦größte ⟪38 mm¦size⟫ in Segment ⟪IVa¦segment⟫, in der VU ⟪25 mm¦size⟫⟩ (VU ⟦Serie 3 Bild 26¦p3:26¦prior¦b⟧)."),
    # ---------------- CH ----------------
    ("n-ch-01", "CH",
     "⟨a¦Spondylolisthesis ⟪L4/5¦level⟫ Meyerding ⟪I¦staging⟫⟩ (⟦Ser. 4, Im. 9¦4:9¦abbrev_de¦a⟧). "
     "⟨b¦Foramenstenose beidseits⟩ (⟦Ser. 6, Im. 22¦6:22¦abbrev_de¦b⟧, ⟦Im. 25¦6:25¦image_only¦b⟧)."),
    ("n-ch-02", "CH",
     "⟨a¦Rundherd im Mittellappen ⟪7 mm¦size⟫, solide⟩ (⟦Bild 33 in Serie 8¦8:33¦full_de¦a⟧), "
     "⟨b¦unverändert seit der Voruntersuchung vom ⟪05.09.2024¦date⟫⟩ (damals ⟦Bild 31 in Serie 8¦p8:31¦prior¦b⟧). "
     "Fleischner ⟪low risk¦birads⟫."),
    ("n-ch-03", "CH",
     "⟨a¦Schenkelhalsfraktur rechts Garden ⟪III¦staging⟫⟩ (⟦S5 B22¦5:22¦abbrev_de¦a⟧, koronar ⟦S7 B14¦7:14¦plane¦a⟧). "
     "⟨b¦Gelenkerguss⟩ (⟦S5 B25¦5:25¦abbrev_de¦b⟧). Patientin ⟪87-jährig¦age⟫."),
    ("n-ch-04", "CH",
     "⟨a¦Divertikulitis Sigma mit gedeckter Perforation, Hinchey ⟪Ib¦staging⟫⟩ (⟦Schnitt 41/Serie "
     "3¦3:41¦slice_word¦a⟧). "
     "⟨b¦Abszess ⟪24 x 18 mm¦size⟫⟩ (⟦Schnitt 46/Serie 3¦3:46¦slice_word¦b⟧). Temp. ⟪38,6 °C¦lab⟫."),
    ("n-ch-05", "CH",
     "⟨a¦Hirnmetastase cerebellär links ⟪9 mm¦size⟫⟩ (⟦Bild 120 – 128 (Serie 2)¦2:120-128¦range¦a⟧), "
     "⟨b¦neu gegenüber MRT vom ⟪3.1.2025¦date⟫⟩. ⟨c¦Zweite Läsion frontal ⟪4 mm¦size⟫⟩ (⟦Bild 144 (Serie "
     "2)¦2:144¦full_de¦c⟧)."),
    ("n-ch-06", "CH",
     "Vergleich: Vor-MRT ⟪11/2024¦date⟫.\n⟨a¦Ödem des Os naviculare zurückgebildet⟩ (aktuell ⟦Se 3 Bild "
     "11¦3:11¦abbrev_de¦a⟧, "
     "Vor-MRT ⟦Se 3 Bild 12¦p3:12¦prior¦a⟧). ⟨b¦Frakturspalt noch abgrenzbar⟩ (⟦Se 5 Bild 9¦5:9¦abbrev_de¦b⟧)."),
    ("n-ch-07", "CH",
     "Beurteilung:\n- ⟨a¦Pneumonie im Unterlappen links⟩ (⟦Serie 3, Bild 180¦3:180¦impression¦a⟧)\n"
     "- ⟨b¦Kleiner Erguss links, ⟪12 mm¦size⟫⟩ (⟦Serie 3, Bild 201¦3:201¦impression¦b⟧)\n"
     "Rückfragen unter ⟪044 255 11 11¦phone⟫."),
    ("n-ch-08", "CH",
     "⟨a¦Rotatorenmanschette: transmurale Ruptur Supraspinatus ⟪14 mm¦size⟫, Retraktion Patte ⟪2¦staging⟫⟩ "
     "(koronar ⟦Serie 4 Bild 15¦4:15¦plane¦a⟧). ⟨b¦Fettige Atrophie Goutallier ⟪2¦staging⟫⟩ (sagittal ⟦Serie 6 Bild "
     "8¦6:8¦plane¦b⟧)."),
    ("n-ch-09", "CH",
     "⟨a¦Lymphknoten mediastinal Station ⟪4R¦level⟫ ⟪13 mm¦size⟫⟩ (⟦Se4/Bi66¦4:66¦slash¦a⟧), ⟨b¦Station ⟪7¦level⟫ "
     "⟪11 mm¦size⟫⟩ "
     "(⟦Se4/Bi79¦4:79¦slash¦b⟧). Im auswärtigen PET vom ⟪20.2.2025¦date⟫ ⟨c¦beide FDG-avid, SUVmax ⟪6,2¦lab⟫⟩ "
     "(PET ⟦Se 2 Bi 101¦p2:101¦prior¦c⟧)."),
    ("n-ch-10", "CH",
     "⟨a¦Stenose der A. carotis interna rechts ⟪70 %¦ratio⟫ nach NASCET⟩ (⟦Serie 6, Bilder "
     "210–224¦6:210-224¦range¦a⟧). "
     "⟨b¦Links weiche Plaque ohne relevante Stenose⟩ (⟦Serie 6, Bild 230¦6:230¦full_de¦b⟧)."),
    ("n-ch-11", "CH",
     "⟨a¦Endometriom Ovar rechts ⟪36 mm¦size⟫⟩ (T1 fs ⟦Ser. 7 / Bild 19¦7:19¦slash¦a⟧), ⟨b¦Adhäsion Douglas⟩ "
     "(⟦Ser. 7 / Bild 24¦7:24¦slash¦b⟧). ⟨c¦Uterus ⟪9 x 5 cm¦size⟫ unauffällig⟩ (sagittal ⟦Ser. 3 / Bild "
     "14¦3:14¦plane¦c⟧)."),
    ("n-ch-12", "CH",
     "⟨a¦Neuer Kompressionsbruch ⟪LWK 2¦level⟫⟩ (⟦Se3Bi12¦3:12¦glued¦a⟧), ⟨b¦im Vorbefund noch intakt⟩ "
     "(Vorbefund ⟦Se3Bi13¦p3:13¦prior¦b⟧). Knochendichte T-Score ⟪−2,9¦lab⟫."),
    # ---------------- UK ----------------
    ("n-uk-01", "UK",
     "Findings: ⟨a¦There is a ⟪23 mm¦size⟫ spiculated mass in the left upper lobe⟩ (⟦series 5 image "
     "31¦5:31¦full_en¦a⟧), "
     "⟨b¦abutting the pleura⟩ (⟦Se5 Im36¦5:36¦glued¦b⟧). ⟨c¦Ipsilateral hilar node ⟪15 mm¦size⟫ short axis⟩ "
     "(⟦ser.4 img.17¦4:17¦abbrev_en¦c⟧). Staging ⟪T2a N1¦staging⟫."),
    ("n-uk-02", "UK",
     "Comparison is made with the CT of ⟪14/01/2025¦date⟫. ⟨a¦The segment ⟪7¦segment⟫ liver lesion now measures ⟪18 "
     "mm¦size⟫⟩ "
     "(⟦image 44 (se 3)¦3:44¦abbrev_en¦a⟧), ⟨b¦previously ⟪12 mm¦size⟫⟩ (prior ⟦image 40 (se 3)¦p3:40¦prior¦b⟧)."),
    ("n-uk-03", "UK",
     "⟨a¦Acute subdural haematoma over the right convexity, maximal depth ⟪9 mm¦size⟫⟩ (⟦slice 12 of series "
     "7¦7:12¦slice_word¦a⟧), "
     "⟨b¦with ⟪4 mm¦size⟫ midline shift⟩ (⟦slice 15 of series 7¦7:15¦slice_word¦b⟧). GCS ⟪13¦birads⟫ at ⟪22:10¦time⟫."),
    ("n-uk-04", "UK",
     "⟨a¦Multiple small bowel loops dilated up to ⟪41 mm¦size⟫⟩ (⟦images 10-18 series 4¦4:10-18¦range¦a⟧) "
     "⟨b¦with a transition point in the right iliac fossa⟩ (⟦series 4 image 52¦4:52¦full_en¦b⟧). Lactate ⟪3.1 "
     "mmol/L¦lab⟫."),
    ("n-uk-05", "UK",
     "Series 6 (coronal):\n⟨a¦Hydronephrosis on the left, AP diameter ⟪19 mm¦size⟫⟩ (⟦image 30¦6:30¦image_only¦a⟧). "
     "⟨b¦A ⟪6 mm¦size⟫ calculus at the VUJ⟩ (⟦image 61¦6:61¦image_only¦b⟧)."),
    ("n-uk-06", "UK",
     "Conclusion: 1. ⟨a¦Left-sided PE in the lower lobe segmental arteries⟩ (⟦Se 4 Im 88¦4:88¦impression¦a⟧, "
     "⟦Im 93¦4:93¦list¦a⟧). 2. ⟨b¦No right heart strain, RV:LV ⟪0.8¦ratio⟫⟩. Discussed with Dr on bleep ⟪4417¦phone⟫."),
    ("n-uk-07", "UK",
     "Target lesions:\n⟨a¦Right adrenal ⟪28 mm¦size⟫⟩ (⟦ser 3 im 61¦3:61¦abbrev_en¦a⟧), baseline ⟪20 mm¦size⟫ (⟦ser "
     "2 im 58¦p2:58¦prior¦a⟧).\n"
     "⟨b¦Left para-aortic node ⟪17 mm¦size⟫⟩ (⟦ser 3 im 77¦3:77¦abbrev_en¦b⟧), baseline ⟪11 mm¦size⟫ (⟦ser 2 im "
     "74¦p2:74¦prior¦b⟧).\n"
     "Sum ⟪45 mm¦size⟫, +⟪45 %¦ratio⟫: PD."),
    ("n-uk-08", "UK",
     "⟨a¦Tear of the posterior horn of the medial meniscus⟩ (sagittal PD ⟦series 3, image 14¦3:14¦plane¦a⟧; coronal "
     "⟦series 5, image 11¦5:11¦plane¦a⟧). ⟨b¦Small Baker's cyst ⟪25 x 9 mm¦size⟫⟩ (⟦series 7, image "
     "20¦7:20¦full_en¦b⟧)."),
    ("n-uk-09", "UK",
     "⟨a¦Ring-enhancing lesion in the left parietal lobe measuring ⟪16 mm¦size⟫⟩ (⟦Se 9 Im 102¦9:102¦abbrev_en¦a⟧), "
     "⟨b¦unchanged from the outside MRI of ⟪2 March 2025¦date⟫⟩ (outside ⟦Se 11 Im 85¦p11:85¦prior¦b⟧)."),
    ("n-uk-10", "UK",
     "⟨a¦Bilateral ground-glass opacities with a peripheral distribution⟩ (⟦images 120, 133 and 147 of series "
     "3¦3:120,3:133,3:147¦list¦a⟧), "
     "CO-RADS ⟪5¦birads⟫. SpO2 ⟪91 %¦lab⟫ on ⟪2 L¦dose⟫."),
    ("n-uk-11", "UK",
     "⟨a¦Collection in the pelvis ⟪58 x 40 mm¦size⟫ with rim enhancement⟩ (⟦Series 4 Image 171¦4:171¦full_en¦a⟧), "
     "⟨b¦smaller than on the prior⟩ (⟦Series 3 Image 165¦p3:165¦prior¦b⟧, then ⟪72 x 51 mm¦size⟫). Drain ⟪No. "
     "2¦counter⟫ in situ."),
    ("n-uk-12", "UK",
     "⟨a¦Osteolytic lesion in the right ⟪6th¦counter⟫ rib⟩ (⟦se 5 im 44¦5:44¦abbrev_en¦a⟧, key image) ⟨b¦and a "
     "further one at ⟪T9¦level⟫⟩ (⟦se 5 im 112¦5:112¦abbrev_en¦b⟧). Key image ⟪3 of 4¦counter⟫."),
    ("n-uk-13", "UK",
     "⟨a¦Calcified granuloma in the right lower lobe, ⟪5 mm¦size⟫⟩ (⟦series three image ninety one¦3:91¦full_en¦a⟧ "
     "full stop)."),
    # ---------------- US ----------------
    ("n-us-01", "US",
     "FINDINGS: ⟨a¦⟪2.1 cm¦size⟫ enhancing right renal mass⟩ (⟦7:45¦7:45¦compact¦a⟧), ⟨b¦previously ⟪1.6 cm¦size⟫⟩ "
     "(prior ⟦6:40¦p6:40¦prior¦b⟧). ⟨c¦No renal vein thrombus⟩ (⟦7:52¦7:52¦compact¦c⟧). eGFR ⟪58¦lab⟫."),
    ("n-us-02", "US",
     "⟨a¦Nodule in the right middle lobe measuring ⟪6 mm¦size⟫⟩ (⟦series 3, images 40 and 44¦3:40,3:44¦list¦a⟧), "
     "Lung-RADS ⟪3¦birads⟫, ⟪6-month¦followup⟫ LDCT recommended."),
    ("n-us-03", "US",
     "⟨a¦Acute appendicitis with a ⟪9 mm¦size⟫ appendix⟩ (⟦se:4 im:88¦4:88¦abbrev_en¦a⟧) ⟨b¦and a ⟪1.2 cm¦size⟫ "
     "appendicolith⟩ "
     "(⟦se:4 im:91¦4:91¦abbrev_en¦b⟧). WBC ⟪15.3¦lab⟫. Called to ED at ⟪3:15 PM¦time⟫."),
    ("n-us-04", "US",
     "⟨a¦Grade ⟪2¦staging⟫ anterolisthesis of ⟪L5 on S1¦level⟫⟩ (⟦#5 img 12¦5:12¦abbrev_en¦a⟧) ⟨b¦with bilateral "
     "pars defects⟩ "
     "(⟦#5 img 9¦5:9¦abbrev_en¦b⟧, ⟦#5 img 15¦5:15¦abbrev_en¦b⟧)."),
    ("n-us-05", "US",
     "IMPRESSION:\n1. ⟨a¦Hypervascular liver lesion, LR-⟪4¦birads⟫⟩ (⟦image 64/series 2¦2:64¦slash¦a⟧).\n"
     "2. ⟨b¦Splenomegaly ⟪15.8 cm¦size⟫⟩ (⟦image 80/series 2¦2:80¦slash¦b⟧).\nAFP ⟪11 ng/mL¦lab⟫."),
    ("n-us-06", "US",
     "⟨a¦Aortic dissection Stanford ⟪B¦staging⟫ from the left subclavian to the celiac axis⟩ (⟦image 212, series 3 "
     "through image 305, series 3¦3:212-305¦range¦a⟧). BP ⟪182/95¦blood_pressure⟫."),
    ("n-us-07", "US",
     "Comparison: Outside PET/CT ⟪8/12/2024¦date⟫. ⟨a¦Left axillary node now ⟪9 mm¦size⟫⟩ (⟦3:66¦3:66¦compact¦a⟧), "
     "⟨b¦previously ⟪2.2 cm¦size⟫ with SUV ⟪8.1¦lab⟫⟩ (outside PET ⟦4:102¦p4:102¦prior¦b⟧)."),
    ("n-us-08", "US",
     "⟨a¦Small hepatic cysts⟩ (⟦2:31¦2:31¦compact¦a⟧, ⟦2:38¦2:38¦list¦a⟧, ⟦2:44¦2:44¦list¦a⟧). "
     "⟨b¦Gallbladder wall ⟪4 mm¦size⟫⟩ (⟦2:50-56¦2:50-56¦range¦b⟧)."),
    ("n-us-09", "US",
     "⟨a¦Focal acute infarct in the left PICA territory⟩ (DWI ⟦series 501, image 18¦501:18¦full_en¦a⟧), "
     "NIHSS ⟪4¦birads⟫, ⟨b¦no hemorrhage⟩ (SWI ⟦series 801, image 22¦801:22¦full_en¦b⟧). Last known well ⟪0700¦time⟫."),
    ("n-us-10", "US",
     "⟨a¦Pancreatic duct dilated to ⟪5 mm¦size⟫⟩ (coronal ⟦ser 6 img 40¦6:40¦plane¦a⟧), ⟨b¦stable versus the "
     "comparison MRCP⟩ "
     "(comparison ⟦ser 6 img 38¦p6:38¦prior¦b⟧). ⟨c¦Side-branch IPMN ⟪12 mm¦size⟫⟩ (⟦ser 7 img "
     "22¦7:22¦abbrev_en¦c⟧). Lipase ⟪44¦lab⟫."),
    ("n-us-11", "US",
     "⟨a¦Breast mass at ⟪10 o'clock¦time⟫, ⟪4 cm¦size⟫ FN, ⟪1.4 cm¦size⟫⟩ (⟦series 8, image 77¦8:77¦full_en¦a⟧), "
     "BI-RADS ⟪4¦birads⟫. ⟨b¦Level ⟪I¦level⟫ node with thickened cortex⟩ (⟦series 8, image 101¦8:101¦full_en¦b⟧)."),
    ("n-us-12", "US",
     "⟨a¦Compression deformity of ⟪T11¦level⟫ with ⟪30%¦ratio⟫ height loss⟩ (sagittal ⟦4:17¦4:17¦plane¦a⟧), "
     "⟨b¦new since the prior⟩ (prior ⟦4:16¦p4:16¦prior¦b⟧)."),
    # ---------------- second pass, all sites ----------------
    ("n-de-14", "DE",
     "Verlauf: ⟨a¦Peritonealkarzinose mit Omental cake ⟪45 mm¦size⟫⟩ (⟦Se 3 Bi 60-68¦3:60-68¦range¦a⟧), ⟨b¦im "
     "Vorbefund vom "
     "⟪01.06.2025¦date⟫ ⟪30 mm¦size⟫⟩ (VB ⟦Se 2 Bi 57¦p2:57¦prior¦b⟧). ⟨c¦Aszites zunehmend⟩ (⟦Se 3 Bi "
     "90¦3:90¦abbrev_de¦c⟧, "
     "⟦Bi 97¦3:97¦image_only¦c⟧). CEA ⟪18 µg/l¦lab⟫, ECOG ⟪1¦birads⟫."),
    ("n-de-15", "DE",
     "⟨a¦Koronarkalk RIVA proximal⟩ (⟦Bild 4/31¦4:31¦slash¦a⟧), Agatston ⟪412¦birads⟫. ⟨b¦Stenose RCA Segment "
     "⟪2¦segment⟫ "
     "⟪50-69 %¦ratio⟫, CAD-RADS ⟪3¦birads⟫⟩ (⟦Bild 9/88 und 9/94¦9:88,9:94¦slash¦b⟧). Herzfrequenz ⟪58/min¦lab⟫, "
     "DLP ⟪180 mGy·cm¦dose⟫."),
    ("n-de-16", "DE",
     "Serie 8 (koronar T1 KM):\n⟨a¦Hypophysenmakroadenom ⟪14 x 12 x 11 mm¦size⟫⟩ (⟦Bild 7¦8:7¦image_only¦a⟧), "
     "⟨b¦Chiasma angehoben⟩ "
     "(⟦Bild 9¦8:9¦image_only¦b⟧), ⟨c¦Knosp Grad ⟪2¦staging⟫ rechts⟩ (⟦Bild 10¦8:10¦image_only¦c⟧). Prolaktin ⟪38 "
     "ng/ml¦lab⟫."),
    ("n-de-17", "DE",
     "⟨a¦Kleine Leberläsion Segment ⟪III¦segment⟫, ⟪6 mm¦size⟫, nicht sicher charakterisierbar⟩ (⟦Serie 5, Bild "
     "52¦5:52¦full_de¦a⟧); "
     "⟨b¦in der Voraufnahme vom ⟪24.02.2025¦date⟫ bereits vorhanden⟩ (Voraufnahme ⟦Serie 5, Bild 49¦p5:49¦prior¦b⟧). "
     "⟨c¦Gallenblase ohne Konkremente⟩ (⟦Serie 5, Bild 70¦5:70¦full_de¦c⟧)."),
    ("n-at-13", "AT",
     "⟨a¦Subchondrale Insuffizienzfraktur medialer Tibiakopf⟩ (koronar STIR ⟦Serie 4 Bild 14¦4:14¦plane¦a⟧ und "
     "⟦Bild 16¦4:16¦image_only¦a⟧). "
     "⟨b¦Meniskusextrusion ⟪4 mm¦size⟫⟩ (⟦Serie 4 Bild 18¦4:18¦full_de¦b⟧). ⟨c¦Knorpelglatze ⟪ICRS 4¦staging⟫⟩ "
     "(sagittal ⟦Serie 6 Bild 22¦6:22¦plane¦c⟧)."),
    ("n-at-14", "AT",
     "Im Vergleich zur VU (⟪3 Monate¦followup⟫): ⟨a¦Lungenmetastasen größenregredient⟩: ⟨b¦rechts ⟪8 mm¦size⟫⟩ (⟦Sr "
     "4 Bi 55¦4:55¦abbrev_de¦b⟧, "
     "VU ⟦Sr 3 Bi 52¦p3:52¦prior¦b⟧: ⟪13 mm¦size⟫), ⟨c¦links ⟪5 mm¦size⟫⟩ (⟦Sr 4 Bi 103¦4:103¦abbrev_de¦c⟧, VU ⟦Sr "
     "3 Bi 99¦p3:99¦prior¦c⟧: ⟪9 mm¦size⟫)."),
    ("n-at-15", "AT",
     "⟨a¦Sinusvenenthrombose Sinus transversus links⟩ (⟦Serie 11 Bild 40 bis 52¦11:40-52¦range¦a⟧), "
     "⟨b¦Stauungsblutung temporal ⟪15 mm¦size⟫⟩ "
     "(⟦Serie 3 Bild 17¦3:17¦full_de¦b⟧). D-Dimer ⟪2,4 mg/l¦lab⟫. Befund um ⟪23:40¦time⟫ an Tel. ⟪31400 7723¦phone⟫ "
     "durchgegeben."),
    ("n-at-16", "AT",
     "⟨a¦Nierenzellkarzinom rechts ⟪46 mm¦size⟫, ⟪cT1b¦staging⟫⟩ (⟦Se5Bi44¦5:44¦glued¦a⟧), ⟨b¦Nierenvene frei⟩ "
     "(⟦Se5Bi50¦5:50¦glued¦b⟧). "
     "⟨c¦Gegenseite unauffällig⟩ (⟦Se5Bi47¦5:47¦glued¦c⟧)."),
    ("n-ch-13", "CH",
     "⟨a¦Lungenrundherd im apikalen Unterlappensegment ⟪6¦segment⟫ links ⟪11 mm¦size⟫⟩ [⟦Serie 3, Bild "
     "140¦3:140¦full_de¦a⟧], "
     "⟨b¦verglichen mit der auswärtigen CT vom ⟪4.7.2025¦date⟫ ⟪9 mm¦size⟫⟩ [extern ⟦Serie 2, Bild 66¦p2:66¦prior¦b⟧]. "
     "⟨c¦Keine Lymphadenopathie⟩ [⟦Serie 3, Bild 90¦3:90¦full_de¦c⟧]."),
    ("n-ch-14", "CH",
     "Beurteilung: ⟨a¦Akute Cholezystitis mit Wandverdickung ⟪6 mm¦size⟫⟩ (⟦Se. 4 Bi. 33¦4:33¦impression¦a⟧, "
     "⟦35¦4:35¦list¦a⟧, "
     "⟦38¦4:38¦list¦a⟧). ⟨b¦Choledocholithiasis ⟪5 mm¦size⟫⟩ (⟦Se. 4 Bi. 47¦4:47¦impression¦b⟧). Bilirubin ⟪48 "
     "µmol/l¦lab⟫."),
    ("n-ch-15", "CH",
     "⟨a¦Schulterluxation links antero-inferior⟩ (⟦Serie 2 Bild 14¦2:14¦full_de¦a⟧), ⟨b¦Hill-Sachs-Läsion "
     "⟪8 mm¦size⟫⟩ (⟦Serie 2 Bild 19¦2:19¦full_de¦b⟧). ⟨c¦Knöcherne Bankart-Läsion⟩ (⟦Serie 5 Bild "
     "23¦5:23¦full_de¦c⟧)."),
    ("n-ch-16", "CH",
     "⟨a¦Zervixkarzinom ⟪34 mm¦size⟫, FIGO ⟪IIB¦staging⟫⟩ (sagittal ⟦Ser3 Img45¦3:45¦plane¦a⟧), "
     "⟨b¦Parametrieninfiltration rechts⟩ "
     "(⟦Ser5 Img28 bis Img34¦5:28-34¦range¦b⟧). ⟨c¦Hydronephrose Grad ⟪I¦staging⟫⟩ (⟦Ser7 Img12¦7:12¦abbrev_de¦c⟧)."),
    ("n-uk-14", "UK",
     "⟨a¦Irregular ⟪3.4 cm¦size⟫ rectal tumour at ⟪8 cm¦size⟫ from the anal verge⟩ (sagittal T2 ⟦Se 3 Im "
     "18¦3:18¦plane¦a⟧), "
     "⟨b¦extramural spread ⟪4 mm¦size⟫⟩ (⟦Se 6 Im 22¦6:22¦abbrev_en¦b⟧), ⟨c¦CRM clear at ⟪3 mm¦size⟫⟩ (⟦Se 6 Im "
     "25¦6:25¦abbrev_en¦c⟧). "
     "Stage ⟪T3b N1¦staging⟫, EMVI ⟪+¦counter⟫."),
    ("n-uk-15", "UK",
     "Compared with the study of ⟪21/06/2025¦date⟫: ⟨a¦the left frontal meningioma is stable at ⟪22 mm¦size⟫⟩ "
     "(today ⟦series 10 image 64¦10:64¦full_en¦a⟧; previous ⟦series 9 image 61¦p9:61¦prior¦a⟧). ⟨b¦No new lesion⟩."),
    ("n-uk-16", "UK",
     "⟨a¦Right lower lobe consolidation with air bronchograms⟩ (⟦Se 4, Im 210-236¦4:210-236¦range¦a⟧). ⟨b¦Small "
     "parapneumonic "
     "effusion, ⟪14 mm¦size⟫ depth⟩ (⟦Se 4, Im 251¦4:251¦abbrev_en¦b⟧). CRP ⟪212¦lab⟫, CURB-65 ⟪2¦birads⟫."),
    ("n-uk-17", "UK",
     "⟨a¦Fracture of the left distal radius with ⟪5 mm¦size⟫ dorsal angulation⟩ (sagittal recon ⟦series 601 image "
     "33¦601:33¦plane¦a⟧), "
     "⟨b¦extending into the radiocarpal joint⟩ (⟦series 602 image 19¦602:19¦full_en¦b⟧). ⟨c¦Ulnar styloid intact⟩ "
     "(⟦series 602 image 27¦602:27¦full_en¦c⟧)."),
    ("n-us-13", "US",
     "⟨a¦Hepatic steatosis⟩ (⟦3:22¦3:22¦compact¦a⟧). ⟨b¦⟪1.8 cm¦size⟫ arterially enhancing lesion in segment "
     "⟪6¦segment⟫⟩ (⟦4:35¦4:35¦compact¦b⟧), "
     "⟨c¦washout on delayed⟩ (⟦8:35¦8:35¦compact¦c⟧), ⟨d¦previously ⟪1.3 cm¦size⟫ on ⟪5/2/2025¦date⟫⟩ (prior "
     "⟦4:33¦p4:33¦prior¦d⟧)."),
    ("n-us-14", "US",
     "⟨a¦Moderate central canal stenosis at ⟪L3-L4¦level⟫⟩ (⟦series 7, image 12¦7:12¦full_en¦a⟧; axial ⟦series 9, "
     "image 20¦9:20¦plane¦a⟧), "
     "⟨b¦severe left foraminal narrowing at ⟪L4-L5¦level⟫⟩ (⟦series 9, image 28¦9:28¦full_en¦b⟧). ODI ⟪46%¦ratio⟫."),
    ("n-us-15", "US",
     "⟨a¦Thyroid nodule, right lobe, ⟪1.9 cm¦size⟫, TR⟪4¦birads⟫⟩ (⟦se 2 im 30¦2:30¦abbrev_en¦a⟧), ⟨b¦grown from "
     "⟪1.4 cm¦size⟫⟩ "
     "(comparison ⟦se 2 im 28¦p2:28¦prior¦b⟧). TSH ⟪0.9¦lab⟫. FNA recommended; call ⟪(555) 203-4411¦phone⟫."),
    ("n-us-16", "US",
     "⟨a¦Small bowel obstruction with a transition point in the left lower quadrant⟩ (⟦series 2, images 88 through "
     "94¦2:88-94¦range¦a⟧) "
     "⟨b¦and mesenteric swirl⟩ (coronal ⟦series 5, image 41¦5:41¦plane¦b⟧). ⟨c¦Free fluid⟩ (⟦series 2, images 120, "
     "126¦2:120,2:126¦list¦c⟧)."),
    ("n-us-17", "US",
     "Target lesions (baseline ⟪1/15/2025¦date⟫ / today):\n⟨a¦Liver segment ⟪8¦segment⟫: ⟪24¦size⟫ → ⟪17 mm¦size⟫⟩ "
     "(⟦3:41¦p3:41¦prior¦a⟧ / ⟦4:44¦4:44¦compact¦a⟧)\n"
     "⟨b¦Lung RLL: ⟪15¦size⟫ → ⟪9 mm¦size⟫⟩ (⟦3:98¦p3:98¦prior¦b⟧ / ⟦4:101¦4:101¦compact¦b⟧)\nResponse: PR "
     "(−⟪33%¦ratio⟫)."),
    ("n-de-18", "DE",
     "Vergleich zu den Voraufnahmen vom ⟪10.01.2025¦date⟫ und ⟪02.05.2025¦date⟫. ⟨a¦Sklerotische Metastase ⟪BWK "
     "9¦level⟫ "
     "unverändert⟩ (aktuell ⟦Se 6 Bi 41¦6:41¦abbrev_de¦a⟧; Voraufnahme Januar ⟦Se 6 Bi 40¦p6:40¦prior¦a⟧; Mai ⟦Se 5 "
     "Bi 42¦p5:42¦prior¦a⟧). "
     "⟨b¦Neue Läsion Os ilium links ⟪12 mm¦size⟫⟩ (⟦Se 6 Bi 188¦6:188¦abbrev_de¦b⟧). PSA ⟪0,4 ng/ml¦lab⟫."),
    ("n-ch-17", "CH",
     "Zum Vergleich liegt die Voruntersuchung vom ⟪15.4.2025¦date⟫ vor (dort Serie 3).\n⟨a¦Abszess im Leberlappen "
     "rechts "
     "jetzt ⟪22 mm¦size⟫⟩ (⟦Serie 4, Bild 58¦4:58¦full_de¦a⟧), ⟨b¦in der Voruntersuchung ⟪51 mm¦size⟫⟩ "
     "(Voruntersuchung ⟦Serie 3, "
     "Bild 55¦p3:55¦prior¦b⟧). ⟨c¦Drainage ⟪10 F¦size⟫ regelrecht⟩ (⟦Serie 4, Bild 61¦4:61¦full_de¦c⟧), ⟨d¦vorher "
     "nicht liegend⟩ "
     "(Voruntersuchung ⟦Serie 3, Bild 60¦p3:60¦prior¦d⟧)."),
)

EXCERPTS: list[Excerpt] = [_excerpt(*raw) for raw in _RAW]
