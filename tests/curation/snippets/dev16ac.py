"""DEV / training set for issue 16, round 28a (engineer refs-r28a): prior-study citations. A comparison or
earlier-exam preface ending in a colon, an earlier exam named inside the citation's clause or bracket, a month adverb
naming one of the report's listed comparison exams, and follow-up tables whose header names timepoint columns.

Written from the round-28a brief's class descriptions of two retired blind sets' misses (refs AA and AC; only their
classes, no text of either), before this engineer read the miner's grammar, frame, study or table code, and without
opening any held-out set. Markup is dev16c's: `⟦visible citation|spec⟧` with `S:I` / `S:I-J` items, `P` for a prior
or outside study; no snippets. DE/AT/CH/UK/US habits; invented names, dates and numbers. Each batch holds its class's
positives and the look-alikes that must keep today's reading (a now-word after the preface, today's study named, a
comparison line closed by a full stop, a month no comparison exam has, a caption of current series only).

Classes:
- BATCH1, a comparison / earlier-exam preface ending in a colon makes the rest of its sentence the earlier exam's.
- BATCH2, an earlier exam named inside the citation's clause or bracket (pre-/post-operative exams in a follow-up
  report, a screening exam, an earlier exam of the same day, "damals", "on the <month> study", non-native prior
  compounds).
- BATCH3, a month or season adverb that names one of the listed comparison exams, inside a current bullet.
- BATCH4, follow-up tables with timepoint columns and image-only cells under a series declared once.

Labelling decisions (as dev16j/dev16z/dev16a/dev16ab): S is the series the citation points into (written, else
carried over from the caption, bracket, list, clause or paragraph); `-` where no series can be known. P marks a
citation into a previous or outside study.

Measured once on the unchanged miner (branch refs-r28a at efe4f61, `include_prior=True`, the model scorer), aggregate
only:
- BATCH1 (22 excerpts, 25 refs, 13 prior): tp=19 fp=6 fn=6 P 0.760 R 0.760.
- BATCH2 (21 excerpts, 26 refs, 14 prior): tp=18 fp=4 fn=8 P 0.818 R 0.692.
- BATCH3 (16 excerpts, 29 refs, 13 prior): tp=25 fp=4 fn=4 P 0.862 R 0.862 (its first ten excerpts, months only,
  passed on the unchanged miner; the season forms were added before this measurement).
- BATCH4 (9 excerpts, 30 refs, 16 prior, 1 without a ref): tp=16 fp=10 fn=14 P 0.615 R 0.533.
- all four (68 excerpts, 110 refs, 56 prior): tp=78 fp=24 fn=32 P 0.765 R 0.709.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4", "UNTRAINED"]

# Measured, never trained on (`refscore.sets.load_set(..., trained_only=True)` gives no excerpt of this set): every
# class here is decided by a rule applied after the decision (`prior_preface.held_preface`, `study_past.held_past`) or
# by the table rules of `mine._references`, and the packaged weights read all four batches as well as a retrain with
# them (108/0/2 both ways). Trained on, any one batch moved a learned margin of the retired sets: refs I loses
# "(Vorbefund sag. T2, Schnitt 9)" and/or reads "(Carestream Vue, Sr 3 Im 187)" prior, refs W loses a baseline row's
# prior flag (docs/snippets.md, round 28a).
UNTRAINED = ("BATCH1", "BATCH2", "BATCH3", "BATCH4")


BATCH1: list[Excerpt] = [
    parse("de", "Vergleich mit CT vom 12.03.2026: dort Rundherd 7 mm (⟦Serie 5, Bild 41|5:41 P⟧). Aktuell 10 mm "
                "(⟦Serie 6, Bild 44|6:44⟧)."),
    # mend of round 28a: a comparison head with no earlier-exam signal ("dort", "damals", a past verb) introduces
    # today's findings (the review's probes: "Comparison with outside MRI: lesion enhances avidly (...)"): these four
    # are current, relabelled from the round's P
    parse("de", "Zum Vergleich Angiographie 09/2025: Nidus 14 mm (⟦Serie 3, Bild 11|3:11⟧)."),
    parse("de", "Vgl. Vor-MRT Februar 2026: Erguss gering (⟦Serie 7, Bild 38|7:38 P⟧). Heute kein Erguss mehr."),
    parse("de", "Zum Vergleich Planungs-CT vom 02.10.2026: Tumor 31 x 22 mm (⟦Serie 2, Bild 15|2:15⟧)."),
    parse("de", "Vergleich mit auswärtiger MRT: Läsion im Segment 6 9 mm (⟦Serie 8, Bild 17|8:17⟧)."),
    parse("en", "Outside CT 03/12/2026 reviewed: the right adrenal nodule measured 1.6 cm on their series 4 "
                "⟦image 22|4:22 P⟧."),
    parse("en", "PRE-PROCEDURE IMAGING: MRI 2/20/2026: 2.1 cm enhancing lesion in segment 6 "
                "(⟦MR se 8 im 33|8:33 P⟧)."),
    parse("de", "Vorbefund: Herd im Segment 4a 12 mm (⟦Serie 3, Bild 25|3:25 P⟧). Heute 15 mm "
                "(⟦Serie 4, Bild 27|4:27⟧)."),
    parse("de", "Vorbefund Doppelpunkt Läsion 8 mm Klammer auf ⟦Serie 3 Bild 14|3:14 P⟧ Klammer zu."),
    parse("en", "Comparison with CT of 14/01/2026: nodule 5 mm (⟦series 3, image 62|3:62⟧)."),
    parse("de", "Vergleich mit MRT vom 03.02.2026: Herd damals 9 mm (⟦Se 6 Bi 30|6:30 P⟧), jetzt 12 mm "
                "(⟦Se 7 Bi 33|7:33⟧)."),
    parse("de", "Vgl. Vor-CT vom Juli 2026: Lymphknoten paraaortal 13 mm (⟦Se. 4, Bi. 70|4:70 P⟧)."),
    parse("en", "Prior MRI 05/2026 for comparison: ring-enhancing lesion 11 mm (⟦se 9 im 44|9:44 P⟧)."),
    # look-alikes: today's study named after the preface, a now-word, a comparison line closed by a full stop
    parse("de", "Vergleich mit der Voruntersuchung: heute Herd 12 mm (⟦Serie 4, Bild 20|4:20⟧)."),
    parse("de", "Zum Vergleich CT vom 04.05.2026: aktuell größenprogredient, 14 mm (⟦Se 3 Bi 50|3:50⟧)."),
    parse("en", "Comparison: CT 01/10/2026. Findings: nodule 8 mm (⟦series 3 image 40|3:40⟧)."),
    parse("en", "Comparison: prior CT of 2/2/2026: now the lesion measures 2.3 cm (⟦5:44|5:44⟧)."),
    parse("de", "Vergleich mit Voruntersuchung vom 01.09.2026: Befund unverändert. Herd 6 mm "
                "(⟦Serie 3, Bild 88|3:88⟧)."),
    parse("de", "Vergleich: keine Voraufnahmen. Erguss rechts (⟦Serie 4, Bild 30|4:30⟧)."),
    parse("de", "Vergleich mit der Voruntersuchung: in unserem CT Herd 11 mm (⟦Serie 5, Bild 12|5:12⟧)."),
    parse("en", "Comparison with MRI 04/03/2026: on today's study the lesion is 12 mm (⟦series 7 image 18|7:18⟧)."),
    parse("de", "Befund: Rundherd im Mittellappen 9 mm (⟦Serie 3, Bild 20|3:20⟧)."),
]

BATCH2: list[Excerpt] = [
    parse("de", "In der präoperativen MRT vom 05.03.2026 war der Tumor 28 mm (⟦Serie 4, Bild 18|4:18 P⟧)."),
    parse("en", "The mass was 3.1 cm on the pre-operative CT (⟦IM 52 SE 4|4:52 P⟧)."),
    parse("en", "Follow-up after hemicolectomy. The collection was not seen on the post-operative scan "
                "(⟦IM 18 SE 6|6:18 P⟧) and now measures 3 cm (⟦IM 20 SE 7|7:20⟧)."),
    parse("de", "Verlaufskontrolle nach Hemihepatektomie. Die Flüssigkeitskollektion war postoperativ nicht "
                "abgrenzbar (⟦Serie 4, Bild 51|4:51 P⟧), jetzt 3 cm (⟦Serie 5, Bild 55|5:55⟧)."),
    parse("de", "Mikrokalk links oben außen, in der Screening-Mammographie bereits angedeutet "
                "(⟦Screening CC Schicht 22|-:22 P⟧)."),
    parse("de", "CTA (Voruntersuchung, heute Morgen): Thrombus in der A. basilaris "
                "(⟦CTA Serie 5, Bild 80 bis Bild 84|5:80-84 P⟧)."),
    parse("de", "Knoten im Oberlappen, damals 6 mm ⟦Ser. 4 / Imm. 95|4:95 P⟧, aktuell 9 mm ⟦Ser. 5 / Imm. 97|5:97⟧."),
    parse("en", "Nodule 5 mm (⟦IM 40 SE 10|10:40 P⟧ on the June study), now 8 mm (⟦IM 44 SE 11|11:44⟧)."),
    parse("en", "The lesion was already visible on the before-MRI ⟦Series 5 Picture 18|5:18 P⟧."),
    parse("en", "Small cyst, seen on pre-examination ⟦Series 1201 Picture 33|1201:33 P⟧, unchanged in size."),
    parse("en", "The node measured 9 mm on previous-CT series 3 ⟦image 45|3:45 P⟧."),
    parse("de", "Auf der präoperativen CT (⟦Se 3, Bi 77|3:77 P⟧) maß der Herd 2 cm, heute Resektionshöhle "
                "(⟦Se 4, Bi 80|4:80⟧)."),
    parse("en", "On the pre-procedure CT the aneurysm sac measured 5.2 cm (⟦series 2 image 60|2:60 P⟧)."),
    parse("de", "In der CT vom Vorabend (⟦Serie 3, Bild 40|3:40 P⟧) noch keine Demarkierung."),
    # look-alikes: the post-operative or pre-operative exam is today's; a comparison with today's value
    parse("de", "Postoperative Kontrolle nach Hüft-TEP. Postoperativ regelrechte Lage der Prothese "
                "(⟦Serie 3, Bild 40|3:40⟧)."),
    parse("en", "Status post right hemicolectomy. Postoperative seroma 4 cm (⟦series 5 image 40|5:40⟧)."),
    parse("de", "Indikation: präoperative Planung. Tumor 28 mm (⟦Serie 4, Bild 18|4:18⟧)."),
    parse("en", "Nodule (⟦IM 40 SE 10|10:40⟧), stable since the August study."),
    parse("en", "Compared with the pre-operative MRI, the residual tumour now measures 8 mm (⟦IM 20 SE 7|7:20⟧)."),
    parse("de", "Screening-Mammographie heute: Herdbefund rechts oben außen (⟦Serie 2, Schicht 30|2:30⟧)."),
    parse("en", "Postoperative changes in the right lower lobe (⟦IM 30 SE 4|4:30⟧)."),
]

BATCH3: list[Excerpt] = [
    parse("de", "Vergleich: CT 02.09.2026 und 15.03.2026.\n- Rundherd rechts jetzt 11 mm (⟦Serie 3, Bild 90|3:90⟧), "
                "im September 10 mm (⟦Serie 3, Bild 92|3:92 P⟧), im März 8 mm."),
    parse("en", "Comparison: CT June 5, 2026 and November 1, 2025.\n- Nodule now 9 mm (⟦se 4 im 70|4:70⟧), in June "
                "7 mm (⟦se 4 im 72|4:72 P⟧), in November 6 mm (⟦se 3 im 68|3:68 P⟧)."),
    parse("de", "Voruntersuchungen: MRT 10.01.2026 und 04.07.2026.\n- Läsion aktuell 14 mm (⟦Se 6 Bi 30|6:30⟧), "
                "im Juli 12 mm (⟦Se 6 Bi 31|6:31 P⟧), im Jänner 9 mm (⟦Se 5 Bi 29|5:29 P⟧)."),
    parse("en", "Comparison: CT 14/03/2026 and 20/08/2026.\n- Liver lesion today 15 mm (⟦series 5, image 40|5:40⟧), "
                "in March 10 mm (⟦series 5, image 42|5:42 P⟧)."),
    parse("de", "Vergleich mit CT vom 11.05.2026.\n* Lymphknoten iliakal jetzt 18 mm (⟦Se 4 Bi 110|4:110⟧), "
                "im Mai 14 mm (⟦Se 4 Bi 108|4:108 P⟧)."),
    parse("en", "Comparison: MRI October 3, 2026.\n- Enhancing focus now 6 mm (⟦se 11 im 22|11:22⟧), in October "
                "4 mm (⟦se 10 im 21|10:21 P⟧)."),
    parse("de", "Voruntersuchung: CT 15.04.2026.\n- Läsion jetzt 9 mm (⟦Se 4 Bi 100|4:100⟧), im Frühjahr 7 mm "
                "(⟦Se 4 Bi 104|4:104 P⟧)."),
    parse("en", "Comparison: CT 4/15/2026 and 1/2/2026.\n- Lesion now 9 mm (⟦se 4 im 100|4:100⟧); in the spring "
                "7 mm (⟦se 4 im 104|4:104 P⟧); in January 5 mm (⟦se 3 im 80|3:80 P⟧)."),
    parse("en", "Comparison: MRI 20/07/2026.\n- Lesion 14 mm today (⟦series 6 image 30|6:30⟧), in the summer 11 mm "
                "(⟦series 6 image 31|6:31 P⟧)."),
    parse("de", "Vergleich: MRI vom 12.10.2025.\n- Herd heute 8 mm (⟦Se 5 Bi 12|5:12⟧), im Herbst 6 mm "
                "(⟦Se 5 Bi 11|5:11 P⟧)."),
    # look-alikes: a month or season no comparison exam has, "since", a month after the citation
    parse("en", "Comparison: CT 4/15/2026.\n- Lesion 9 mm (⟦se 4 im 100|4:100⟧), follow-up recommended in the "
                "autumn."),
    parse("de", "Vergleich: MRT vom 12.10.2025.\n- Im Sommer Radiatio; Herd heute 8 mm (⟦Se 5 Bi 12|5:12⟧)."),
    parse("en", "Comparison: CT June 5, 2026.\n- Treated in March; ablation zone 2 cm (⟦se 5 im 40|5:40⟧)."),
    parse("de", "Vergleich: CT 02.09.2026.\n- Herd im Segment 7 seit September unverändert 10 mm "
                "(⟦Serie 3, Bild 90|3:90⟧)."),
    parse("de", "Vergleich: CT 02.09.2026.\n- Herd jetzt 11 mm (⟦Serie 3, Bild 90|3:90⟧), im September 10 mm."),
    parse("en", "Comparison: CT 14/03/2026.\n- Biopsy planned in January; nodule 12 mm (⟦series 3, image 55|3:55⟧)."),
]

BATCH4: list[Excerpt] = [
    parse("de", "Messläsionen (jeweils Sr. 13):\nLäsion | heute | VU1 | VU2\nLeber S7 | ⟦Img. 96|13:96⟧ | "
                "⟦Img. 94|13:94 P⟧ | ⟦Img. 91|13:91 P⟧\nLK paraaortal | ⟦Img. 120|13:120⟧ | ⟦Img. 118|13:118 P⟧ | "
                "n.m."),
    parse("de", "Zielläsionen, alle Se 5:\nLäsion | aktuell | 03/2026 | 11/2025\nHerd 1 | ⟦Bi 40|5:40⟧ | "
                "⟦Bi 38|5:38 P⟧ | ⟦Bi 37|5:37 P⟧\nHerd 2 | ⟦Bi 62|5:62⟧ | nicht messbar | ⟦Bi 60|5:60 P⟧"),
    parse("en", "Target lesions, all on series 8:\nLesion | current | prior | baseline\nLiver 1 | ⟦im 22|8:22⟧ | "
                "⟦im 21|8:21 P⟧ | ⟦im 20|8:20 P⟧\nNode | ⟦im 45|8:45⟧ | n.m. | ⟦im 43|8:43 P⟧"),
    parse("de", "Zielläsionen (Serie 4), Spalten heute | VB2 | VB1:\n1. Leber S4: ⟦Bi 40|4:40⟧ | ⟦Bi 41|4:41 P⟧ | "
                "⟦Bi 39|4:39 P⟧\n2. Nebenniere links: ⟦Bi 52|4:52⟧ | ⟦Bi 50|4:50 P⟧ | ⟦Bi 49|4:49 P⟧"),
    parse("en", "Target lesions (all on series 3), columns today | Mar 2026 | Oct 2025:\n1. RLL nodule: "
                "⟦img 55|3:55⟧ | ⟦img 54|3:54 P⟧ | ⟦img 52|3:52 P⟧"),
    parse("de", "Verlauf (jeweils Serie 7):\nLäsion | aktuell | Vorbefund\nPankreaskopf | ⟦Bild 33|7:33⟧ | "
                "⟦Bild 31|7:31 P⟧"),
    # look-alikes: columns of current series only, a single current column, a table of sizes only
    parse("de", "Läsion | axial (Se 3) | koronar (Se 6)\nHerd | ⟦Bi 40|3:40⟧ | ⟦Bi 22|6:22⟧"),
    parse("de", "Messungen (alle Serie 4):\nLäsion | heute\nHerd 1 | ⟦Bi 20|4:20⟧\nHerd 2 | ⟦Bi 34|4:34⟧"),
    parse("de", "Verlauf (alle Serie 5):\nLäsion | heute | VU1 | VU2\nHerd 1 | 12 mm | 10 mm | 9 mm"),
]
