"""DEV / training set for issue 16, round 21 (engineer refs-r21): column/caption-scoped bare pairs in follow-up tables
and target-lesion lists, glued and hash forms with a mid-list study switch, spaced dash series/image with sequence
words, rarer repeated image words in lists, a lone compact pair with a three-digit series, prior-label scope inside
one bracket, and spoken hundreds from speech recognition.

Written from the round-21 brief's class descriptions of two blind sets' misses (counts only), before this engineer
read the miner's grammar, candidate, timepoint, measured-pair, frame or heading code, and without opening any
held-out set (no tests/heldout* file was read). Markup is dev16c's: `⟦visible citation|spec⟧` with `S:I` / `S:I-J`
items, `P` for a prior or outside study; no snippets. DE/AT/CH/UK/US habits. Each class is written as its mechanism:
every word order, with and without the optional words, in and out of brackets, in pipe/markdown tables and running
text, with look-alikes that must stay as they are.

Classes:
- BATCH1, bare pairs whose meaning comes from a caption or a column header: pipe tables with a "Serie/Bild" caption
  and current / prior columns (either order, dated or not), markdown tables alternating size and image columns for
  two exams, target-lesion lines under a "(Series/Image):" caption with the pair before the size, a current-only row
  with a not-measurable remark. Look-alikes: tables of sizes, dates, ratios and scores with current / prior columns.
- BATCH2, glued letter+number pairs ("Se4Im55", "S5B12", "Ser3Img40") in a bracket list with a prior-study word after
  ";" switching the rest of the list to prior; viewer hash notation ("Series #4, Image #55, #61") with image-only
  continuations. Look-alikes: liver segments "S4b", "S7/8", patient/order numbers with "#".
- BATCH3, sequence words then single-letter series/image words joined by a spaced dash ("ax T2 S 7 - I 14"), ranges
  with the image word repeated after the range word. Look-alikes: b-values, T1/T2 numbers, dashes between sizes.
- BATCH4, lists repeating a rarer image word (IMA, Ima, Imag., Img.). Look-alike: IMA the artery with a size.
- BATCH5, a lone compact colon pair with a three-digit series, alone in brackets after a finding, in an emergency
  report that cites labelled pairs earlier. Look-alikes: clock times and dilutions in brackets.
- BATCH6, prior-label scope inside one bracket: "current; prior-label citation" (the label binds after ";" only),
  a prior/outside label at the head of a list binds to every member.
- BATCH7, spoken image numbers in the hundreds as two number words ("two thirty", "three oh five", "one twelve").
  Look-alikes: clock times, follow-up intervals, BI-RADS words.

Labelling decisions (as dev16j/dev16y): S is the series the citation points into (written, else carried over in the
same bracket, list, clause or caption); `-` where no series can be known. P marks a citation into a previous or
outside study.

Measured once on the unchanged miner (branch refs-r21 at e8c204c, `include_prior=True`, the model scorer),
aggregate only:
- BATCH1 (14 excerpts, 41 refs, 19 prior, 4 confounder-only): tp=0 fp=0 fn=41 P - R 0.000.
- BATCH2 (12 excerpts, 27 refs, 8 prior, 3 confounder-only): tp=26 fp=0 fn=1 P 1.000 R 0.963.
- BATCH3 (11 excerpts, 10 refs, 0 prior, 2 confounder-only): tp=4 fp=0 fn=6 P 1.000 R 0.400.
- BATCH4 (8 excerpts, 14 refs, 0 prior, 2 confounder-only): tp=7 fp=0 fn=7 P 1.000 R 0.500.
- BATCH5 (8 excerpts, 11 refs, 0 prior, 2 confounder-only): tp=11 fp=3 fn=0 P 0.786 R 1.000.
- BATCH6 (10 excerpts, 23 refs, 16 prior): tp=23 fp=0 fn=0 P 1.000 R 1.000.
- BATCH7 (8 excerpts, 7 refs, 0 prior, 2 confounder-only): tp=1 fp=6 fn=6 P 0.143 R 0.143.
- all seven (71 excerpts, 133 refs, 43 prior, 15 confounder-only): tp=72 fp=9 fn=61 P 0.889 R 0.541.

BATCH8 was written AFTER that measurement and after reading the code, as training data only (not in the figures
above): a study label closing a list ("(Bild 7/14 und 7/22, VU)", "(series 4 images 90, 97 on the outside CT)") binds
to every item, one after ";" to its own part only. The first retrain with dev16z flipped such a list's second item to
current (a margin change of the learned decision); these excerpts teach the class instead of leaving it to chance.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4", "BATCH5", "BATCH6", "BATCH7", "BATCH8"]


BATCH1: list[Excerpt] = [
    # (a) caption names the cells as series/image; header names the current and the prior column
    parse("de", "Verlaufstabelle (Zellen: Serie/Bild; Voruntersuchung vom 11.03.2025):\n"
                "| Läsion | aktuell | Voruntersuchung |\n| --- | --- | --- |\n"
                "| Leber Segment VII | ⟦6/48|6:48⟧ | ⟦5/44|5:44 P⟧ |\n"
                "| Nebenniere links | ⟦6/71|6:71⟧ | ⟦5/69|5:69 P⟧ |"),
    parse("en", "Target lesions, series/image (prior CT 02/14/2025):\n"
                "| Lesion | Prior | Current |\n|---|---|---|\n"
                "| RUL nodule | ⟦3/88|3:88 P⟧ | ⟦4/91|4:91⟧ |\n"
                "| Subcarinal node | ⟦3/120|3:120 P⟧ | ⟦4/126|4:126⟧ |\n"
                "| Liver dome | ⟦3/140|3:140 P⟧ | ⟦4/147|4:147⟧ |"),
    parse("de", "Angaben Serie/Bild, Vor-CT 9.1.2025 (CH):\n"
                "| Befund | Vor-CT | heute |\n|:--|:--|:--|\n"
                "| LK iliakal rechts | ⟦2/210|2:210 P⟧ | ⟦3/214|3:214⟧ |\n"
                "| Peritonealknoten | ⟦2/188|2:188 P⟧ | ⟦3/190|3:190⟧ |"),
    # (b) a size column then an image column, twice, image cells s:i
    parse("en", "| Target | Current (mm) | Image | Baseline (mm) | Image |\n"
                "| --- | --- | --- | --- | --- |\n"
                "| Lung RLL | 14 | ⟦5:62|5:62⟧ | 19 | ⟦4:60|4:60 P⟧ |\n"
                "| Para-aortic node | 11 | ⟦5:133|5:133⟧ | 16 | ⟦4:129|4:129 P⟧ |"),
    parse("de", "| Zielläsion | Größe aktuell | Bild aktuell | Größe Baseline | Bild Baseline |\n"
                "| --- | --- | --- | --- | --- |\n"
                "| Leber S6 | 23 mm | ⟦7:54|7:54⟧ | 31 mm | ⟦6:50|6:50 P⟧ |\n"
                "| Pleura links | 9 mm | ⟦7:118|7:118⟧ | 12 mm | ⟦6:115|6:115 P⟧ |"),
    parse("en", "| Lesion | Baseline size | Baseline image | Today size | Today image |\n"
                "|---|---|---|---|---|\n"
                "| Pancreatic head | 28 mm | ⟦302:41|302:41 P⟧ | 24 mm | ⟦402:44|402:44⟧ |"),
    # (c) lines under a "(Series/Image):" caption, pair before the size
    parse("en", "Target lesions (Series/Image):\n"
                "1. Liver segment 6: now ⟦4/33|4:33⟧ 18 mm, prior ⟦3/30|3:30 P⟧ 15 mm.\n"
                "2. Left adrenal: now ⟦4/52|4:52⟧ 21 mm, prior ⟦3/49|3:49 P⟧ 20 mm.\n"
                "3. Peritoneal implant: now ⟦4/77|4:77⟧, not measurable."),
    parse("de", "Zielläsionen (Serie/Bild):\n"
                "- Lunge rechts: aktuell ⟦5/61|5:61⟧ 12 mm, Voruntersuchung ⟦4/58|4:58 P⟧ 10 mm\n"
                "- LK mediastinal: aktuell ⟦5/90|5:90⟧ 14 mm, Voruntersuchung ⟦4/87|4:87 P⟧ 14 mm\n"
                "- Pleuraknoten: aktuell ⟦5/102|5:102⟧, nicht sicher messbar"),
    parse("de", "Messläsionen (Se/Bi):\n"
                "Leber Segment IVa – VU ⟦3/41|3:41 P⟧ 17 mm, jetzt ⟦6/45|6:45⟧ 22 mm\n"
                "Milz – VU ⟦3/60|3:60 P⟧ 8 mm, jetzt ⟦6/63|6:63⟧ 8 mm"),
    parse("en", "Target lesions (series/image)\n"
                "Right lower lobe today ⟦6/140|6:140⟧ 9 mm; previous ⟦5/138|5:138 P⟧ 7 mm\n"
                "Mesenteric node today ⟦7/60|7:60⟧ — not reliably measurable"),
    # look-alikes: tables and lists of sizes, dates, ratios, scores
    parse("de", "| Läsion | aktuell | Voruntersuchung |\n| --- | --- | --- |\n"
                "| Leber S7 | 18 x 14 mm | 15 x 12 mm |\n| Milz | 12/8 cm | 12/8 cm |"),
    parse("de", "| Lymphknoten | aktuell | Vorbefund |\n|---|---|---|\n"
                "| befallen/entnommen | 3/14 | 1/12 |\n| Datum | 04/25 | 11/24 |"),
    parse("en", "| Parameter | Current | Prior |\n|---|---|---|\n| E/A ratio | 0.8 | 1.1 |\n"
                "| LVEF | 55 % | 48 % |\n| PI-RADS T2/DWI | 4/5 | 3/3 |"),
    parse("en", "Target lesions (mm):\n1. Liver segment 6: now 18, prior 15.\n2. Left adrenal: now 21, prior 20."),
]

BATCH2: list[Excerpt] = [
    parse("de", "Multiple Lebermetastasen (⟦Se4Im55|4:55⟧, ⟦Se4Im61|4:61⟧; ⟦VU Se3Im50|3:50 P⟧)."),
    parse("de", "Rundherde beidseits (⟦S5B12|5:12⟧, ⟦S5B20|5:20⟧; ⟦Vorbefund S4B11|4:11 P⟧, ⟦S4B19|4:19 P⟧)."),
    parse("en", "Pulmonary nodules (⟦Ser3Img40|3:40⟧, ⟦Ser3Img44|3:44⟧; ⟦prior Ser2Img38|2:38 P⟧)."),
    parse("de", "Knochenmetastasen (⟦Se6Bi130|6:130⟧, ⟦Se6Bi151|6:151⟧; ⟦Vor-CT Se5Bi127|5:127 P⟧, "
                "⟦Se5Bi149|5:149 P⟧)."),
    parse("en", "Hypodense lesions (⟦Series #4, Image #55|4:55⟧, ⟦#61|4:61⟧)."),
    parse("en", "Sclerotic foci (⟦Ser. #3 Img. #22|3:22⟧, ⟦#27|3:27⟧, ⟦#35|3:35⟧)."),
    parse("de", "Noduläre Verdichtungen (⟦Serie #5 Bild #102|5:102⟧, ⟦#110|5:110⟧; "
                "⟦Voraufnahme Serie #4 Bild #98|4:98 P⟧)."),
    parse("en", "Enlarged nodes (⟦Series #2 Image #48|2:48⟧ and ⟦#53|2:53⟧; ⟦on the previous study Series #2 Image #45|"
                "2:45 P⟧)."),
    parse("de", "Zysten (⟦Se3Ima17|3:17⟧, ⟦Se3Ima25|3:25⟧)."),
    # look-alikes
    parse("de", "Läsion im Lebersegment S4b, weitere in S7/8 und S5/6, unverändert."),
    parse("en", "Order #4512, accession #88214; comparison to exam #3."),
    parse("de", "Hämangiom S4a/S4b 12 mm, Zyste S2 4 mm."),
]

BATCH3: list[Excerpt] = [
    parse("de", "Diskusprolaps L4/5 links (⟦sag T2 S 7 - B 14|7:14⟧)."),
    parse("en", "Bone marrow edema of the medial femoral condyle (⟦cor PD fs S 5 - I 18|5:18⟧)."),
    parse("en", "Restricted diffusion in the left insula (⟦ax DWI b1000 S 9 - I 23|9:23⟧)."),
    parse("de", "Kontrastmittelaufnehmende Läsion (⟦ax T1 KM S 11 - B 32|11:32⟧, ⟦cor T1 KM S 12 - B 20|12:20⟧)."),
    parse("de", "Leberherd (⟦axial T2 HASTE S4 - B27|4:27⟧)."),
    parse("en", "Thrombus extends over several slices (⟦Series 6, Image 40 through Image 52|6:40-52⟧)."),
    parse("de", "Längsstreckige Stenose (⟦Serie 8, Bild 60 bis Bild 71|8:60-71⟧)."),
    parse("de", "Hämatom (⟦Se 3 Bi 40 - Bi 49|3:40-49⟧)."),
    parse("en", "Aortic dissection flap (⟦Ser 4 Img 100 to Img 135|4:100-135⟧)."),
    # look-alikes
    parse("en", "DWI b50 - b800 and ADC map; T1 - T2 mismatch absent; lesion 12 - 14 mm."),
    parse("de", "Sequenzen: ax T2 - cor T1 - sag STIR; Herd 8 - 10 mm."),
]

BATCH4: list[Excerpt] = [
    parse("de", "Metastasen (⟦Se 5 IMA 30, IMA 34, IMA 41|5:30 5:34 5:41⟧)."),
    parse("de", "Zysten der Niere (⟦Serie 3 Ima 12 und Ima 19|3:12 3:19⟧)."),
    parse("en", "Nodules (⟦Ser. 6 Imag. 44, Imag. 50|6:44 6:50⟧)."),
    parse("en", "Lytic lesions (⟦Series 2 Img. 81; Img. 95; Img. 102|2:81 2:95 2:102⟧)."),
    parse("de", "Lymphknoten (⟦S 4, IMA 66 / IMA 72|4:66 4:72⟧)."),
    parse("de", "Verkalkungen (⟦IMA 21 und IMA 28|-:21 -:28⟧)."),
    # look-alikes: the inferior mesenteric artery
    parse("en", "The IMA is patent; IMA origin 4 mm, SMA 7 mm."),
    parse("en", "IMA 3 mm, arises at L3."),
]

BATCH5: list[Excerpt] = [
    parse("de", "Schockraum-CT: Milzlazeration Grad III (⟦Serie 601, Bild 88|601:88⟧). Freie Flüssigkeit "
                "perihepatisch (⟦601:112|601:112⟧)."),
    parse("en", "Trauma CT: pelvic ring fracture (⟦series 301 image 140|301:140⟧). Active extravasation "
                "(⟦301:152|301:152⟧)."),
    parse("de", "Polytrauma: Pneumothorax rechts (⟦Se 201 Bi 45|201:45⟧), Rippenserienfraktur. "
                "Lungenkontusion (⟦201:61|201:61⟧)."),
    parse("en", "Code stroke: hyperdense MCA (⟦Se 2 Im 17|2:17⟧). Perfusion deficit (⟦502:12|502:12⟧)."),
    parse("de", "Notfall-CT Abdomen: Perforation (⟦Serie 3, Bild 77|3:77⟧). Extraluminale Luft (⟦403:50|403:50⟧)."),
    # look-alikes: clock times, dilutions, scales
    parse("de", "Schockraum-CT: Milzruptur (⟦Serie 601, Bild 88|601:88⟧). Befund telefonisch übermittelt (14:32)."),
    parse("en", "Trauma CT: contrast diluted (1:100). Called to ED (03:15)."),
    parse("de", "Notfall: Kontrastmittel verdünnt (1:20), Untersuchung (23:05) beendet."),
]

BATCH6: list[Excerpt] = [
    parse("de", "Rundherd rechts (⟦Se 4 Bi 30|4:30⟧; ⟦VU Se 3 Bi 28|3:28 P⟧)."),
    parse("de", "Leberläsion (⟦VU Se 3 Bi 41|3:41 P⟧; ⟦jetzt Se 5 Bi 44|5:44⟧)."),
    parse("en", "Nodule (⟦series 4 image 77|4:77⟧; ⟦prior series 3 image 70|3:70 P⟧)."),
    parse("en", "Nodules (⟦prior Se 3 Im 20, 24 and 31|3:20 P 3:24 P 3:31 P⟧), now resolved."),
    parse("de", "Pleuraknoten (⟦extern Serie 2, Bild 15 und 19|2:15 P 2:19 P⟧)."),
    parse("en", "Adrenal nodule (⟦outside CT series 3 images 40 and 45|3:40 P 3:45 P⟧)."),
    parse("en", "Lesion (⟦image 40|-:40⟧; ⟦on the previous exam image 36|-:36 P⟧)."),
    parse("de", "Läsion (⟦Serie 7 Bild 12|7:12⟧, ⟦Bild 18|7:18⟧; ⟦Vorbefund Serie 6 Bild 10|6:10 P⟧, "
                "⟦Bild 15|6:15 P⟧)."),
    parse("de", "Herd (⟦Vor-MRT Serie 9 Bild 11, 14|9:11 P 9:14 P⟧)."),
    parse("en", "Metastasis (⟦Se 5 Im 60|5:60⟧; ⟦comparison Se 4 Im 58|4:58 P⟧)."),
]

BATCH7: list[Excerpt] = [
    parse("en", "Nodule in the right lower lobe, ⟦series four image two thirty|4:230⟧."),
    parse("en", "Hypodense liver lesion on ⟦series five image three oh five|5:305⟧."),
    parse("en", "Enlarged node at ⟦series three image one twelve|3:112⟧, previously smaller."),
    parse("en", "Pleural plaque, ⟦series two image two forty five|2:245⟧."),
    parse("en", "Small cyst, ⟦series six image one oh eight|6:108⟧, and another at ⟦image one nineteen|6:119⟧."),
    parse("en", "Sclerotic focus at ⟦image nineteen|7:19⟧ on series seven."),
    # look-alikes
    parse("en", "Discussed with Dr. Patel at two thirty. Follow up in three to six months."),
    parse("en", "BI-RADS four, biopsy at one fifteen."),
]

# Written after the first measurement (see the docstring): study labels closing a list or a part of a bracket.
BATCH8: list[Excerpt] = [
    parse("de", "Zysten der Leber (⟦Bild 7/14 und 7/22, VU|7:14 P 7:22 P⟧)."),
    parse("en", "Nodules (⟦images 3/61 and 3/66, prior|3:61 P 3:66 P⟧)."),
    parse("de", "Herde (⟦Serie 5, Bild 30 und 38 der Voruntersuchung|5:30 P 5:38 P⟧)."),
    parse("en", "Nodes (⟦series 4 images 90, 97 on the outside CT|4:90 P 4:97 P⟧)."),
    parse("de", "Herd (⟦Serie 2 Bild 50|2:50⟧; ⟦Bild 47 in der VU|-:47 P⟧)."),
    parse("en", "Lesion (⟦image 6/81|6:81⟧; ⟦4/79 on the prior|4:79 P⟧)."),
    parse("de", "Knoten (⟦Bild 8/33 bzw. 8/37, Vorbefund|8:33 P 8:37 P⟧)."),
    parse("de", "Metastasen (⟦5/102 und 5/110, Baseline|5:102 P 5:110 P⟧)."),
    parse("de", "Rundherd (⟦Serie 3 Bild 70, Bild 74|3:70 3:74⟧; ⟦Vergleich Serie 2 Bild 66|2:66 P⟧)."),
    parse("en", "Nodule (⟦Se 4 Im 12, Im 15 on the comparison study|4:12 P 4:15 P⟧)."),
    # look-alikes: a window setting, a clock time after a citation
    parse("de", "Herd (⟦Serie 3, Bild 62|3:62⟧, WL 40/400)."),
    parse("de", "Herd (⟦Serie 4 Bild 20|4:20⟧; Start 10:45)."),
]
