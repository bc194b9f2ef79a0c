"""DEV / training set for issue 16, round 25 (engineer refs-r25): lists of slash pairs after an image word, image-only
citations inheriting the paragraph's series, study labels inside a ";" bracket list, a comparison to a named earlier
exam right before the bracket, and a lone compact pair after earlier compact citations.

Written from the round-25 brief's class descriptions of one retired blind set's misses (no text of it), before this
engineer read the miner's grammar, candidate, timepoint, measured-pair, frame or heading code, and without opening any
held-out set (no tests/heldout* file was read). Markup is dev16c's: `⟦visible citation|spec⟧` with `S:I` / `S:I-J`
items, `P` for a prior or outside study; no snippets. DE/AT/CH/UK/US habits. Each class is written as its mechanism:
every word order, with and without the optional words, in and out of brackets, in running text and tables, with
look-alikes that must stay as they are.

Classes:
- BATCH1, lists of slash pairs after one image word ("Bild 3/88, 3/97 und 3/104", "images 6/12, 6/19 and 6/30",
  "Ima 2/40, 2/44, 2/51", "Abb. 7/5 bzw. 7/9"), in and out of brackets and in a table cell. Look-alikes: dates,
  fractions, ratios and a window setting after the list.
- BATCH2, image-only citations inheriting the series of the paragraph's last full citation ("(S. 6, B. 41) ... (B.
  47)", "Ser 3 Img 80 ... (Img 92)", "Serie 5 Bild 12 ... (Bild 19)"); a new paragraph takes its own series.
- BATCH3, study labels before each pair of a ";"-list in one bracket ("aktuell Se 5 Bild 120; März Se 4 Bild 118;
  12/2024 Se 3 Bild 101", "current ...; prior ...; January ..."): each label decides its own pair.
- BATCH4, a comparison to a named earlier exam right before the bracket ("rückläufig seit dem Aufnahme-CT (Se 3/Bild
  60)", "compared with the outside MRI (Se 8 Im 14)") names that exam's image. Look-alikes: the exam named earlier
  in the clause, then a current measurement before the bracket.
- BATCH5, a lone compact pair "(s:i)" in a report that cites compact pairs or ranges earlier. Look-alikes: clock
  times, dilutions, ratios in brackets.

Labelling decisions (as dev16j/dev16z): S is the series the citation points into (written, else carried over in the
same bracket, list, clause or paragraph); `-` where no series can be known. P marks a citation into a previous or
outside study.

Measured once on the unchanged miner (branch refs-r25 at d63ce27, `include_prior=True`, the model scorer),
aggregate only:
- BATCH1 (14 excerpts, 37 refs, 0 prior, 1 confounder-only): tp=22 fp=0 fn=15 P 1.000 R 0.595.
- BATCH2 (10 excerpts, 17 refs, 0 prior, 2 confounder-only): tp=15 fp=0 fn=2 P 1.000 R 0.882.
- BATCH3 (10 excerpts, 21 refs, 12 prior, 1 confounder-only): tp=16 fp=5 fn=5 P 0.762 R 0.762.
- BATCH4 (12 excerpts, 12 refs, 8 prior): tp=6 fp=6 fn=6 P 0.500 R 0.500.
- BATCH5 (9 excerpts, 15 refs, 0 prior, 1 confounder-only): tp=14 fp=1 fn=1 P 0.933 R 0.933.
- all five (55 excerpts, 102 refs, 20 prior, 5 confounder-only): tp=73 fp=12 fn=29 P 0.859 R 0.716.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4", "BATCH5"]


BATCH1: list[Excerpt] = [
    parse("de", "Mehrere Leberzysten (⟦Bild 3/88, 3/97 und 3/104|3:88 3:97 3:104⟧), größenkonstant."),
    parse("de", "Noduläre Verdichtungen im Unterlappen, ⟦Bild 6/45, 6/51, 6/58 und 6/63|6:45 6:51 6:58 6:63⟧."),
    parse("en", "Several pulmonary nodules (⟦images 5/12, 5/19 and 5/30|5:12 5:19 5:30⟧), unchanged."),
    parse("en", "Sclerotic foci at ⟦image 9/71, 9/76, 9/84|9:71 9:76 9:84⟧ are stable."),
    parse("de", "Lymphknoten paraaortal (⟦Ima 2/40, 2/44, 2/51|2:40 2:44 2:51⟧) bis 9 mm."),
    parse("de", "Kleine Hämangiome (⟦Abb. 7/5 bzw. 7/9|7:5 7:9⟧), unverändert zur VU."),
    parse("de", "Zwei Nierenzysten rechts, siehe ⟦Bild 4/120 sowie 4/131|4:120 4:131⟧."),
    parse("en", "Bilateral adrenal nodules (⟦imgs 3/55, 3/61, and 3/64|3:55 3:61 3:64⟧), lipid rich."),
    parse("de", "Osteolysen BWK 8 und LWK 2 (⟦Bilder 8/210, 8/233 u. 8/301|8:210 8:233 8:301⟧)."),
    parse("en", "| Liver | cysts, ⟦img 4/33, 4/39, 4/47|4:33 4:39 4:47⟧ | stable |"),
    # look-alikes after the list: date, fraction, ratio, window
    parse("de", "Herde (⟦Bild 5/66, 5/72 und 5/80|5:66 5:72 5:80⟧), verglichen mit 03/25 größenregredient."),
    parse("de", "Erguss (⟦Bild 3/140, 3/152|3:140 3:152⟧), etwa 1/3 des Hemithorax einnehmend."),
    parse("en", "Nodes (⟦images 6/22, 6/28 and 6/35|6:22 6:28 6:35⟧), short/long axis ratio 1/2, window 40/400."),
    parse("de", "Aortenaneurysma, Verhältnis 2/3 zum Lumen, Kontrolle am 12/26, Fensterung 350/50."),
]

BATCH2: list[Excerpt] = [
    parse("de", "Rundherd im Oberlappen rechts (⟦S. 6, B. 41|6:41⟧), ein weiterer kleinerer Herd im Mittellappen "
                "(⟦B. 47|6:47⟧)."),
    parse("en", "Hypodense lesion segment 7 (⟦Ser 3 Img 80|3:80⟧), 14 mm. A second, 6 mm, lesion lies in segment 4a "
                "(⟦Img 92|3:92⟧)."),
    parse("de", "Lymphknoten links axillär (⟦Serie 5 Bild 12|5:12⟧), kleiner Lymphknoten rechts (⟦Bild 19|5:19⟧)."),
    parse("en", "Right renal cyst (⟦Se 4, Im 66|4:66⟧). Left renal cyst is simple (⟦Im 71|4:71⟧). No hydronephrosis."),
    parse("de", "Knoten (⟦Serie 2 Bild 30|2:30⟧).\n\nSkelett: Sklerosierung BWK 9 (⟦Serie 7 Bild 55|7:55⟧), "
                "Osteophyt BWK 11 (⟦Bild 61|7:61⟧)."),
    parse("en", "Nodule left upper lobe (⟦S 8, I 120|8:120⟧). Second nodule lingula (⟦I 131|8:131⟧); both solid."),
    parse("de", "Zyste Pankreaskopf (⟦Se. 9/Bi. 33|9:33⟧), daneben eine weitere Zyste im Korpus (⟦Bi. 38|9:38⟧)."),
    parse("en", "Atelectasis (⟦series 201, image 45|201:45⟧), small effusion (⟦image 52|201:52⟧)."),
    # look-alikes: page numbers, BWK, segments
    parse("de", "Siehe Befund vom Vormonat (S. 2), Empfehlung B. 3 der Leitlinie."),
    parse("en", "Segment 4 lesion, S 7 unremarkable, see page 3."),
]

BATCH3: list[Excerpt] = [
    parse("de", "Rundherd rechts (⟦aktuell Se 5 Bild 120|5:120⟧; ⟦März Se 4 Bild 118|4:118 P⟧; "
                "⟦12/2024 Se 3 Bild 101|3:101 P⟧), größenprogredient."),
    parse("en", "Nodule (⟦current Se 7 Im 88|7:88⟧; ⟦prior Se 4 Im 80|4:80 P⟧)."),
    parse("en", "Liver metastasis (⟦January Se 3 Im 55|3:55 P⟧; ⟦current Se 6 Im 61|6:61⟧), enlarging."),
    parse("de", "Lymphknoten (⟦heute S4 B77|4:77⟧; ⟦Oktober S3 B70|3:70 P⟧; ⟦Juni S3 B68|3:68 P⟧)."),
    parse("de", "Herd (⟦VU vom 03.02.2025 Serie 2 Bild 40|2:40 P⟧; ⟦aktuell Serie 6 Bild 44|6:44⟧)."),
    parse("en", "Mass (⟦today series 5 image 130|5:130⟧; ⟦Sept 2024 series 3 image 122|3:122 P⟧)."),
    parse("de", "Nebennierenknoten (⟦jetzt Serie 4 Bild 91|4:91⟧; ⟦Voruntersuchung Serie 2 Bild 85|2:85 P⟧)."),
    parse("en", "Node (⟦baseline Se 2 Im 60|2:60 P⟧; ⟦nadir Se 2 Im 58|2:58 P⟧; ⟦now Se 5 Im 63|5:63⟧)."),
    parse("de", "Zyste (⟦aktuelle Untersuchung Se 8 Bild 22|8:22⟧; ⟦Februar Se 6 Bild 20|6:20 P⟧)."),
    # look-alike: dates and values, no citation
    parse("en", "Measurements (current 14 mm; March 12 mm; December 2024 9 mm)."),
]

BATCH4: list[Excerpt] = [
    parse("en", "The effusion has decreased since the admission CT (⟦Se2/Im177|2:177 P⟧)."),
    parse("en", "Nodule unchanged compared to the outside CT (⟦series 3, image 58|3:58 P⟧)."),
    parse("de", "Hämatom rückläufig seit dem Aufnahme-CT (⟦Se 3/Bild 60|3:60 P⟧)."),
    parse("de", "Herd kleiner im Vergleich zum auswärtigen MRT (⟦Serie 8, Bild 14|8:14 P⟧)."),
    parse("en", "Consolidation has improved relative to the ED scan (⟦Se 4 Im 90|4:90 P⟧)."),
    parse("de", "Befund größenregredient gegenüber dem Staging-CT (⟦S5 B201|5:201 P⟧)."),
    parse("en", "Mass larger than on the pre-operative MRI (⟦Se 11 Im 23|11:23 P⟧)."),
    parse("de", "Im Vgl. zur externen Voraufnahme unverändert (⟦Serie 4, Bild 33|4:33 P⟧)."),
    # look-alikes: the exam named, then a current measurement before the bracket
    parse("en", "Compared to the outside CT, the nodule now measures 9 mm (⟦Se 4 Im 30|4:30⟧)."),
    parse("de", "Seit dem Aufnahme-CT neu aufgetretener Erguss links (⟦Serie 3, Bild 70|3:70⟧)."),
    parse("en", "Since the admission CT there is a new 12 mm lesion in segment 6 (⟦Se 5, Im 41|5:41⟧)."),
    parse("de", "Im Vergleich zur Voruntersuchung jetzt 14 mm messender Herd (⟦Se 6 Bild 88|6:88⟧)."),
]

BATCH5: list[Excerpt] = [
    parse("en", "Nodule right lower lobe (⟦2:64-70|2:64-70⟧), 8 mm. Second nodule posterior (⟦2:66|2:66⟧)."),
    parse("de", "Infiltrat im Unterlappen (⟦3:120-131|3:120-131⟧). Kleiner Erguss (⟦3:140|3:140⟧)."),
    parse("en", "Hepatic lesions (⟦4:33|4:33⟧, ⟦4:41|4:41⟧). Splenic cyst (⟦4:58|4:58⟧)."),
    parse("de", "Lymphknoten paratracheal (⟦5:40-44|5:40-44⟧).\n\nNebenniere links knotig (⟦5:92|5:92⟧)."),
    parse("en", "Fracture of the 6th rib (⟦301:85-90|301:85-90⟧). Callus at the 7th rib (⟦301:102|301:102⟧)."),
    parse("de", "Zyste (⟦7:12-15|7:12-15⟧); Hämangiom (⟦7:30|7:30⟧); Kontrastmittel 1:10 verdünnt (1:10)."),
    # look-alikes: clock times, dilutions, ratios in brackets after compact citations
    parse("en", "Mass (⟦6:70-75|6:70-75⟧). Contrast given (14:32). Bowel prep ratio (1:4)."),
    parse("de", "Herd (⟦2:44-48|2:44-48⟧). Untersuchungsbeginn (08:15), KM-Verdünnung (1:20)."),
    parse("en", "Scan at (10:45); heparin (1:1000)."),
]
