"""DEV / training set for issue 16, round 23 (engineer refs-r23): series-less slice citations of single-volume exams,
foreign and odd abbreviations, and the study decided by context (follow-up tables of timepoints, a study label inside
the bracket, a clause naming an earlier exam before the bracket), with the current-study look-alikes.

Written from the round-23 brief's class descriptions of a retired blind set's misses (counts only), before this
engineer read the miner's grammar, candidate, timepoint, measured-pair, frame or heading code, and without opening
any held-out set (no tests/heldout* file was read). Markup is dev16c's: `⟦visible citation|spec⟧` with `S:I` /
`S:I-J` items (`-` for no series), `P` for a prior or outside study; no snippets. DE/AT/CH/UK/US habits. Each class is
written as its mechanism: every word order, with and without the optional words, in and out of brackets, running
text and tables, with look-alikes that must stay as they are.

Classes:
- BATCH1, series-less slices of one-volume exams (DVT, CBCT, cone-beam, dental CT): "Schnitt", "Schicht", "slice",
  "section", "cut" with or without a plane word before or after, lists and ranges, in and out of brackets. No series
  may be borrowed from an earlier "Serie" in the report. Look-alikes: tooth numbers (regio 36, an 46, Zahn 27),
  doses, mm widths, voxel sizes, FOV.
- BATCH2, foreign and odd abbreviations: "Ser. n / Imm. m" (spaces around the slash), "Imm.", "immagine", "Bild n°",
  "n°" with image first and the series in a following genitive or "of/on series" phrase, plural image abbreviations
  ("Ims", "Imm.", "images", "Bilder n°") with lists and ranges. Look-alikes: "n°" as a case or room number, "Imm." for
  immunology, "Ser." for serum values.
- BATCH3, follow-up tables whose rows are timepoints (a date, a modality + date, "heute"/"aktuell"/"today"/"current")
  and whose last cell is a pair: rows dated before the exam are prior, today's row is current. Look-alike: a table of
  sizes by date without pairs.
- BATCH4, a study label inside the bracket before or after the pair (pre-op, prior, outside, month/year of an older
  exam, "Voruntersuchung"). Look-alikes: a label naming the current exam ("heutiges CT", "this study").
- BATCH5, a clause naming an earlier exam before the bracket ("Im Aufnahme-CT", "on the admission scan", "in der
  Voruntersuchung vom <date> ... , aktuell ..." with the second current, "previously <size> (pair)" after a current
  pair, "Im Vorbefund").
- BATCH6, current look-alikes: a comparison with the prior that decides nothing ("im Vergleich zum Vorbefund neu",
  "compared with the prior, new", "Vorbefund unauffällig." then a current pair in the next sentence, "no prior
  available").

Labelling decisions (as dev16j/dev16z): S is the series the citation points into (written, else carried over in the
same bracket, list, clause or caption); `-` where no series can be known. P marks a citation into a previous or
outside study.

Measured once on the unchanged miner (branch refs-r23 at 0b7e3ec, `include_prior=True`, the model scorer),
aggregate only:
- BATCH1 (14 excerpts, 18 refs, 0 prior, 2 confounder-only): tp=6 fp=0 fn=12 P 1.000 R 0.333.
- BATCH2 (18 excerpts, 22 refs, 0 prior, 2 confounder-only): tp=5 fp=0 fn=17 P 1.000 R 0.227.
- BATCH3 (8 excerpts, 19 refs, 12 prior, 1 confounder-only): tp=17 fp=2 fn=2 P 0.895 R 0.895.
- BATCH4 (12 excerpts, 18 refs, 10 prior): tp=14 fp=1 fn=4 P 0.933 R 0.778.
- BATCH5 (10 excerpts, 20 refs, 10 prior): tp=19 fp=1 fn=1 P 0.950 R 0.950.
- BATCH6 (8 excerpts, 8 refs, 0 prior): tp=8 fp=0 fn=0 P 1.000 R 1.000.
- all six (70 excerpts, 105 refs, 32 prior, 5 confounder-only): tp=69 fp=4 fn=36 P 0.945 R 0.657.

BATCH7 was written AFTER that measurement and after reading the code, as training data only (not in the figures
above): the same classes in further word orders (a pre-op label closing the bracket, slice words in the dative plural
and before a colon, "Imm" alone, "n°" without a space, a month.year table row), with look-alikes (a pre-op planning CT
as the current exam, slice thickness and "im Schnitt" as "on average" in a DVT report).
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4", "BATCH5", "BATCH6", "BATCH7"]


BATCH1: list[Excerpt] = [
    parse("de", "DVT Oberkiefer. Periapikale Aufhellung an 26 mit Unterbrechung der Kieferhöhlenbasis "
                "(⟦sagittaler Schnitt 41|-:41⟧). Kieferhöhle rechts frei."),
    parse("de", "DVT Unterkiefer, Voxelgröße 0,2 mm, FOV 8 x 8 cm. Verlagerter Weisheitszahn 38 mit engem Bezug zum "
                "Canalis mandibularis (⟦Schnitt 112 und 118|-:112 -:118⟧), Restknochenhöhe regio 36 ca. 9 mm."),
    parse("de", "Cone-Beam-CT: Wurzelkanalfüllung an 46 unvollständig; apikale Osteolyse 4 mm "
                "(⟦paraaxiale Schnitte 57 bis 61|-:57-61⟧)."),
    parse("de", "DVT (AT): Zyste im Oberkiefer regio 13-15, Ausdehnung bis an den Nasenboden "
                "(⟦koronaler Schnitt 88|-:88⟧; "
                "⟦axialer Schnitt 140|-:140⟧)."),
    parse("de", "Digitale Volumentomographie. Im ⟦Schnitt 73|-:73⟧ frakturverdächtige Linie der bukkalen "
                "Lamelle an 45. "
                "Dosis DAP 512 mGy*cm²."),
    parse("de", "DVT der Schläfenbeine: Ossikelkette links unauffällig, Dehiszenz des oberen Bogengangs rechts "
                "(⟦Schicht 203|-:203⟧ koronar, Schichtdicke 0,15 mm)."),
    parse("en", "CBCT mandible: well-defined radiolucency at the apex of 36 measuring 7 mm "
                "(⟦cross-sectional slice 64|-:64⟧), buccal cortex thinned."),
    parse("en", "Cone beam CT maxilla. Mucosal thickening of the right maxillary sinus floor up to 5 mm "
                "(⟦coronal slices 22-27|-:22-27⟧). Implant site 14: ridge width 6.1 mm."),
    parse("en", "CBCT (US): The inferior alveolar canal lies 1.8 mm below the root tips of 48 (⟦sections 95, 101 and "
                "107|-:95 -:101 -:107⟧)."),
    parse("en", "Dental cone-beam CT. Horizontal root fracture of tooth 11 in the apical third, ⟦cut 34|-:34⟧ "
                "(sagittal). Voxel 0.125 mm."),
    parse("en", "CBCT of the TMJs: flattening and erosion of the left condyle (⟦slice 58 sagittal|-:58⟧), right side "
                "within normal limits (⟦slice 61|-:61⟧)."),
    # series-less slices in a report that cites a series earlier: no series is borrowed
    parse("de", "CT Nasennebenhöhlen: Polypen im Kieferhöhlenrezessus (⟦Serie 3, Bild 40|3:40⟧). Ergänzendes DVT: "
                "oroantrale Verbindung regio 27 (⟦Schnitt 55|-:55⟧)."),
    # look-alikes only
    parse("de", "DVT regio 36 und 37: Knochenangebot vertikal 11 mm, horizontal 6 mm, Abstand zum Kanal 3 mm. "
                "Dosis 180 µGy. Schnittdicke 0,3 mm."),
    parse("en", "CBCT, 90 kV, 8 mA, FOV 5 x 5 cm, slice thickness 0.2 mm. Tooth 46 root canal filled, no periapical "
                "lesion. Site 45: bone width 7 mm."),
]

BATCH2: list[Excerpt] = [
    parse("de", "CT Thorax (TI): Rundherd im Mittellappen 9 mm (⟦Ser. 4 / Imm. 87|4:87⟧), vorher 7 mm."),
    parse("de", "Kleiner Erguss rechts (⟦Ser. 2 / Imm. 133|2:133⟧) und Dystelektase basal "
                "(⟦Ser. 2 / Imm. 140|2:140⟧)."),
    parse("de", "Leberläsion Segment IVa hypodens, 14 mm (⟦Serie 5, Imm. 46|5:46⟧)."),
    parse("de", "MRT Knie (GE/VS): Korbhenkelriss des Innenmeniskus (⟦Serie 6 immagine 19|6:19⟧)."),
    parse("de", "Lymphknoten paratracheal 12 mm (⟦Bild n° 58|-:58⟧)."),
    parse("de", "Subsegmentale Lungenembolie rechts basal (⟦Bild n° 211 der Serie 3|3:211⟧)."),
    parse("de", "Osteolyse im Os ilium links, ⟦Schnitt n° 96 der Serie 7|7:96⟧, kortikale Destruktion."),
    parse("en", "Sclerotic focus in L3 measuring 6 mm on ⟦image 72 of series 8|8:72⟧."),
    parse("en", "Nodular pleural thickening (⟦image 48 on series 2|2:48⟧), unchanged."),
    parse("en", "Multiple hepatic cysts (⟦Ims 31, 44 and 59, series 5|5:31 5:44 5:59⟧)."),
    parse("en", "Bilateral hilar nodes (⟦series 4, Ims 66 and 72|4:66 4:72⟧)."),
    parse("de", "Zwei Nierenzysten links (⟦Serie 6, Imm. 101 und 118|6:101 6:118⟧), Bosniak I."),
    parse("en", "Tree-in-bud opacities in the lingula (⟦series 3 images 140-152|3:140-152⟧)."),
    parse("de", "Tumorthrombus in der Pfortader (⟦Serie 9, Bilder n° 40 bis 46|9:40-46⟧)."),
    parse("de", "Hämatom im M. iliopsoas (⟦Bild n° 77 bis 82 der Serie 4|4:77-82⟧)."),
    parse("de", "Rundherd im Unterlappen (⟦Se. 3 / Im. 120|3:120⟧) und im Oberlappen (⟦Se. 3 / Im. 44|3:44⟧)."),
    # look-alikes only
    parse("de", "Fall n° 2231, Raum n° 4. Labor: Ser. Kreatinin 1,1 mg/dl, Imm. Globuline im Normbereich."),
    parse("en", "Clinical: case n° 45 referred by Imm. clinic; serum ferritin 310. No prior imaging available."),
]

BATCH3: list[Excerpt] = [
    parse("de", "CT Thorax/Abdomen vom 04.11.2025, Vergleich mit Voruntersuchungen.\n"
                "Zielläsion Leber Segment VIII:\n"
                "| Datum | Größe | Serie/Bild |\n| --- | --- | --- |\n"
                "| 12.03.2025 | 31 mm | ⟦5/62|5:62 P⟧ |\n"
                "| 18.07.2025 | 24 mm | ⟦4/60|4:60 P⟧ |\n"
                "| heute | 19 mm | ⟦3/58|3:58⟧ |"),
    parse("en", "CT chest 10/21/2025. Target lesion RLL nodule:\n"
                "| Exam | Size (mm) | Se/Im |\n|---|---|---|\n"
                "| CT 01/09/2025 | 22 | ⟦3/77|3:77 P⟧ |\n"
                "| CT 05/14/2025 | 17 | ⟦3/80|3:80 P⟧ |\n"
                "| Today | 12 | ⟦4/79|4:79⟧ |"),
    parse("de", "Verlauf Lymphknoten iliakal links (MRT Becken):\n"
                "| Untersuchung | Kurzachse | Referenz |\n| --- | --- | --- |\n"
                "| MRT 02.2025 | 14 mm | ⟦S 8/B 33|8:33 P⟧ |\n"
                "| MRT 06.2025 | 11 mm | ⟦S 7/B 30|7:30 P⟧ |\n"
                "| aktuell | 8 mm | ⟦S 9/B 35|9:35⟧ |"),
    parse("de", "Verlaufstabelle (CH):\n"
                "| Zeitpunkt | Läsion 1 | Serie/Bild |\n|:--|:--|:--|\n"
                "| CT 3.2.2025 | 42 mm | ⟦2/115|2:115 P⟧ |\n"
                "| CT heute | 35 mm | ⟦3/112|3:112⟧ |"),
    parse("en", "Measurements (UK), mediastinal node:\n"
                "| Date | Short axis | Series/Image |\n|---|---|---|\n"
                "| 03/06/2025 | 18 mm | ⟦6/49|6:49 P⟧ |\n"
                "| 11/09/2025 | 15 mm | ⟦6/51|6:51 P⟧ |\n"
                "| Current | 10 mm | ⟦5/50|5:50⟧ |"),
    parse("de", "Tabelle Nebennierenknoten rechts (AT):\n"
                "| Untersuchung | Größe | Lokalisation |\n| --- | --- | --- |\n"
                "| CT vom 07.01.2025 | 21 mm | ⟦S 4/B 88|4:88 P⟧ |\n"
                "| CT vom 14.10.2025 (heute) | 23 mm | ⟦S 5/B 90|5:90⟧ |"),
    parse("en", "| Timepoint | Lesion | SUV | Ser/Img |\n|---|---|---|---|\n"
                "| Baseline PET-CT 2025-02-11 | Left axillary node | 9.4 | ⟦3/102|3:102 P⟧ |\n"
                "| Interim PET-CT 2025-05-20 | Left axillary node | 4.1 | ⟦3/99|3:99 P⟧ |\n"
                "| Today | Left axillary node | 1.9 | ⟦4/101|4:101⟧ |"),
    # look-alike: sizes by date, no pairs
    parse("de", "| Datum | Größe | Dichte |\n| --- | --- | --- |\n| 12.03.2025 | 31 mm | 45 HE |\n"
                "| heute | 19 mm | 38 HE |"),
]

BATCH4: list[Excerpt] = [
    parse("de", "Rezidivverdächtige KM-Aufnahme am Resektionsrand (⟦präop. MRT Serie 7, Bild 28|7:28 P⟧; aktuell "
                "⟦Serie 9, Bild 31|9:31⟧)."),
    parse("de", "Metastase im rechten Leberlappen, jetzt 12 mm (⟦Se. 4 Bi. 70|4:70⟧; ⟦Vor-CT Se. 3 Bi. 66|3:66 P⟧)."),
    parse("de", "Lymphknoten am Leberhilus (⟦Serie 5 Bild 81 im Vor-CT|5:81 P⟧), heute nicht mehr abgrenzbar."),
    parse("en", "Right lower lobe nodule 8 mm (⟦4:103|4:103⟧; ⟦prior 3:98|3:98 P⟧)."),
    parse("en", "Enlarging pancreatic cyst (⟦series 6 image 45|6:45⟧, previously "
                "⟦series 5 image 41 of 03/2025|5:41 P⟧)."),
    parse("en", "Sclerotic lesion in T9 (⟦image 62 on series 7 of June 2025|7:62 P⟧), now "
                "⟦image 65 on series 8|8:65⟧."),
    parse("de", "Pleuraerguss links rückläufig (⟦VU 02/2025: Serie 3, Bild 40|3:40 P⟧)."),
    parse("en", "Subcapsular collection (⟦outside CT series 2 image 77|2:77 P⟧), resolved on today's study."),
    parse("de", "Fokale Verdickung der Harnblasenwand (⟦Serie 4, Bild 12 der Voruntersuchung|4:12 P⟧)."),
    parse("de", "Zyste Pankreasschwanz (⟦postop. CT 5/33|5:33 P⟧ und ⟦heute 6/35|6:35⟧)."),
    # current-labelled look-alikes
    parse("de", "Neue Osteolyse in LWK 4 (⟦heutiges CT Serie 6, Bild 88|6:88⟧)."),
    parse("en", "Small pericardial effusion (⟦this study series 3 image 60|3:60⟧)."),
]

BATCH5: list[Excerpt] = [
    parse("de", "Im Aufnahme-CT vom 02.11. noch kein Infarktdemarkierung (⟦Serie 2, Bild 18|2:18 P⟧), heute "
                "abgegrenzter Mediainfarkt links (⟦Serie 3, Bild 20|3:20⟧)."),
    parse("en", "On the admission scan the hematoma measured 24 mm (⟦series 4, image 31|4:31 P⟧); it now "
                "measures 30 mm "
                "(⟦series 5, image 33|5:33⟧)."),
    parse("de", "In der Voruntersuchung vom 10.06.2025 maß der Knoten 15 mm (⟦Se 3 Bi 54|3:54 P⟧), aktuell 11 mm "
                "(⟦Se 4 Bi 57|4:57⟧)."),
    parse("de", "Im Vorbefund war der Lymphknoten 18 mm groß (⟦Serie 5 Bild 91|5:91 P⟧). Heute 12 mm "
                "(⟦Serie 6 Bild 94|6:94⟧)."),
    parse("en", "Left adrenal nodule 14 mm (⟦series 4 image 66|4:66⟧), previously 10 mm (⟦series 3 image 61|3:61 P⟧)."),
    parse("de", "Rundherd im Oberlappen 9 mm (⟦Se 5/Bi 38|5:38⟧), zuvor 6 mm (⟦Se 4/Bi 35|4:35 P⟧)."),
    parse("en", "On the preoperative MRI the tumour abutted the serosa (⟦series 8, image 17|8:17 P⟧). Today "
                "no residual "
                "tumour; postoperative seroma (⟦series 9, image 21|9:21⟧)."),
    parse("de", "Im Vor-MRT vom Januar 2025 kleiner Herd im Segment VI (⟦Serie 12, Bild 44|12:44 P⟧), jetzt "
                "größenprogredient "
                "(⟦Serie 14, Bild 46|14:46⟧)."),
    parse("en", "Compared with the study of 14 May 2025, when the node measured 19 mm (⟦image 88 on series 3|3:88 P⟧), "
                "it now measures 13 mm (⟦image 90 on series 4|4:90⟧)."),
    parse("de", "Bei der Voruntersuchung (CT 7/2025) Erguss rechts 3 cm (⟦Serie 3, Bild 101|3:101 P⟧); "
                "jetzt Resterguss 1 cm (⟦Serie 4, Bild 104|4:104⟧)."),
]

BATCH6: list[Excerpt] = [
    parse("de", "Im Vergleich zur Voruntersuchung neu aufgetretene Lungenmetastase rechts (⟦Serie 4, Bild 72|4:72⟧)."),
    parse("en", "Compared with the prior, there is a new 6 mm nodule in the lingula (⟦series 3, image 119|3:119⟧)."),
    parse("de", "Vorbefund unauffällig. Jetzt flaue Konsolidierung im Unterlappen links (⟦Se 2 Bi 88|2:88⟧)."),
    parse("en", "No prior imaging available for comparison. Hypodense lesion in segment 6 "
                "(⟦series 5, image 63|5:63⟧)."),
    parse("de", "Gegenüber dem Vor-CT größenprogredienter Lymphknoten paraaortal (⟦Bild 5/130|5:130⟧)."),
    parse("en", "Since the previous study, the effusion has increased (⟦4:50|4:50⟧)."),
    parse("de", "Verglichen mit dem Vorbefund vom 02.05.2025 unveränderte Zyste der linken Niere "
                "(⟦Serie 6, Bild 140|6:140⟧)."),
    # round 29 (refs-conv29): re-marked prior (the convention: a citation right after an earlier exam is its)
    parse("en", "Interval development of a right pleural effusion compared with the outside CT "
                "(⟦series 2, image 95|2:95 P⟧)."),
]

BATCH7: list[Excerpt] = [
    parse("de", "Rezidivknoten am Anastomosenrand (⟦Se. 5 Bi. 64|5:64 P⟧, präop. MRT), heute 9 mm "
                "(⟦Se. 8 Bi. 66|8:66⟧)."),
    parse("en", "Peritoneal nodule (⟦series 3 image 102|3:102 P⟧ on the pre-op CT); now ⟦series 6 image 99|6:99⟧."),
    parse("en", "Mass (⟦pre-op CT series 2 image 58|2:58 P⟧; ⟦now series 5 image 61|5:61⟧)."),
    parse("de", "Präoperative Planung: Tumor im Pankreaskopf 31 mm (⟦Serie 4, Bild 45|4:45⟧)."),
    parse("en", "Preoperative staging CT: 4 cm mass in the sigmoid (⟦series 5, image 88|5:88⟧)."),
    parse("de", "DVT: Wurzelresorption an 47 in den ⟦Schnitten 70-74|-:70-74⟧ (axial)."),
    parse("de", "DVT Unterkiefer. ⟦Schnitt 131|-:131⟧: Fraktur im Bereich des Kieferwinkels rechts."),
    parse("de", "DVT regio 46: Knochenhöhe im Schnitt 10 mm, Schnittdicke 0,4 mm, Dosis 120 µGy."),
    parse("en", "CBCT: section thickness 0.25 mm, 6 cuts reviewed; tooth 36 without periapical lesion."),
    parse("de", "Rundherd (⟦Serie 7 Imm. 40-44|7:40-44⟧) und Pleuraplaque (⟦Imm 61|7:61⟧)."),
    parse("de", "Lymphknoten (⟦Bild n°18|-:18⟧), Nebenniere links (⟦Bild n°22 der Serie 3|3:22⟧)."),
    parse("en", "Index lesion:\n| Exam | Size | Se/Im |\n|---|---|---|\n| CT 09.2024 | 28 mm | ⟦3/71|3:71 P⟧ |\n"
                "| CT 01.2025 | 21 mm | ⟦3/70|3:70 P⟧ |\n| today | 16 mm | ⟦4/73|4:73⟧ |"),
    parse("en", "On the admission CT the bleed measured 18 mm (⟦series 3, image 22|3:22 P⟧); today 25 mm "
                "(⟦series 4, image 24|4:24⟧)."),
    parse("de", "Im präoperativen MRT Tumor 32 mm (⟦Serie 6, Bild 40|6:40 P⟧); jetzt Resttumor 8 mm "
                "(⟦Serie 7, Bild 42|7:42⟧)."),
    # a current label after a prior one in the same bracket: each label binds its own part
    parse("de", "Knoten (präop. CT ⟦Se 2 Bi 55|2:55 P⟧, hiesiges CT ⟦Se 6 Bi 58|6:58⟧)."),
    parse("en", "Nodule (pre-op MRI ⟦series 4 image 30|4:30 P⟧, this MRI ⟦series 9 image 33|9:33⟧)."),
]
