"""DEV / training set for issue 16, round 21b (engineer refs-prior21): the PRIOR-STUDY decision as its own mechanism.

Written from the round-21b brief's class list of the prior-study misses (aggregate counts of two blind sets only),
before this engineer read the miner's grammar, candidate, timepoint, frame, heading or scorer code, and without
opening any held-out set (no tests/heldout* file was read for it). Markup is dev16c's: `⟦visible citation|spec⟧`
with `S:I` / `S:I-J` items, `P` for a citation into a previous or outside study; no snippets. DE/AT/CH/UK/US habits.
Each class is written as its mechanism (every word order, with and without the optional words, in and out of
brackets) with look-alikes that must stay current.

Classes (each batch: which cue decides the study):
- BATCH1, a prior word and its SCOPE: a prior word ("Voruntersuchung", "VU", "vorbekannt", "previously", "prior")
  in one clause or bracket half, the citation in another; the scope ends at ";", at a bracket half after ";", at a
  new sentence, at "neu"/"new" findings. Look-alikes: "vorbekannt"/"previously described" findings cited on the
  current exam.
- BATCH2, a date or year naming the earlier exam ("CT vom 12.03.2025", "on the 2023 study", "am 03/2024 noch"),
  inside or before the citation's bracket. Look-alikes: a date of an operation or therapy, "since <date>" findings
  cited now, today's date.
- BATCH3, comparison clauses and pairs: "vs."/"versus"/"im Vergleich zu"/"gegenüber"/"compared with"/"→"/"von .. auf"
  with one prior and one current citation, either order, the timepoint word before or after the citation.
- BATCH4, column headers and line headers: pipe tables whose header names a prior column (either order), "Vor-CT:" /
  "Aktuell:" line labels, "Baseline / Follow-up" lines.
- BATCH5, an outside-institution label ("auswärtig", "extern", "Fremdaufnahme", "outside", "external", a hospital
  name) on the cited exam. Look-alikes: "extern"/"external" as anatomy, "outside the field of view".
- BATCH6, a second or third earlier exam ("Vor-VU", "the one before", "davor", "and before that") and a current-exam
  word overriding a prior word in the same sentence ("aktuell", "heute", "now", "on today's study", "jetzt").

Labelling decisions (as dev16j/dev16x/dev16y): S is the series the citation points into (written, else carried over
in the same sentence or clause, else from the heading); `-` where no series can be known. P marks a citation into a
previous or outside study (any earlier exam, however many exams back).

Measured once on the unchanged miner (branch refs-prior21 at f474e02, `include_prior=True`, the model scorer),
aggregate only (`python -m tests.curation.snippets.test_dev16q_shape`; wrong-study = position right, study wrong):
- BATCH1 (12 excerpts, 18 refs, 5 prior): tp=17 fp=1 fn=1; prior P 0.833 R 1.000, wrong-study 1.
- BATCH2 (11 excerpts, 16 refs, 7 prior): tp=15 fp=1 fn=1; prior P 1.000 R 0.857, wrong-study 1.
- BATCH3 (11 excerpts, 21 refs, 10 prior): tp=19 fp=2 fn=2; prior P 1.000 R 0.800, wrong-study 2.
- BATCH4 (8 excerpts, 21 refs, 10 prior): tp=15 fp=2 fn=6; prior P 1.000 R 0.600, wrong-study 2.
- BATCH5 (10 excerpts, 13 refs, 7 prior): tp=10 fp=3 fn=3; prior P 1.000 R 0.571, wrong-study 3.
- BATCH6 (10 excerpts, 19 refs, 12 prior): tp=14 fp=5 fn=5; prior P 1.000 R 0.583, wrong-study 5.
- all six (62 excerpts, 108 refs, 51 prior): tp=90 fp=14 fn=18 P 0.865 R 0.833; prior P 0.973 R 0.706,
  wrong-study 14.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4", "BATCH5", "BATCH6"]


BATCH1: list[Excerpt] = [
    parse("de", "Die in der Voruntersuchung beschriebene Läsion in Segment VI ist nicht mehr abgrenzbar; neu "
                "dagegen ein 6 mm Herd in Segment II ⟦(Serie 3, Bild 41)|3:41⟧."),
    parse("de", "Rundherd im Mittellappen, vorbekannt, unverändert 9 mm ⟦(Se 5, Bi 120)|5:120⟧."),
    parse("en", "Previously described nodule in the right upper lobe now measures 7 mm ⟦(series 3, image 88)|3:88⟧."),
    parse("en", "Previously 12 mm ⟦(series 2, image 40)|2:40 P⟧, now 9 mm ⟦(series 3, image 44)|3:44⟧."),
    parse("de", "Hypodense Leberläsion 11 mm ⟦(VU Se 4 Bi 30|4:30 P⟧; ⟦aktuell Se 5 Bi 33)|5:33⟧."),
    parse("de", "Lymphknoten paratracheal rechts 14 mm ⟦(Se 3/Bi 52)|3:52⟧, in der Voruntersuchung 10 mm "
                "⟦(Se 2/Bi 49)|2:49 P⟧."),
    parse("en", "Left adrenal nodule 18 mm ⟦(Se 4, Im 61)|4:61⟧; on the prior it measured 17 mm "
                "⟦(Se 3, Im 58)|3:58 P⟧."),
    parse("de", "Im Vergleich zum Vorbefund neu aufgetretene Osteolyse BWK 9 ⟦(Serie 7, Bild 212)|7:212⟧."),
    parse("en", "Compared with the prior examination there is a new 4 mm nodule in the lingula "
              "⟦(series 5, image 140)|5:140⟧."),
    parse("de", "Vorbekannte Nierenzyste links ⟦(Se 6 Bi 80)|6:80⟧. In der Voruntersuchung noch nicht sichtbare "
                "Zyste rechts ⟦(Se 6 Bi 92)|6:92⟧."),
    parse("de", "Der in der VU gemessene Lymphknoten ⟦(VU: Serie 3, Bild 77)|3:77 P⟧ ist heute nicht mehr "
                "vergrößert, 8 mm ⟦(Serie 4, Bild 79)|4:79⟧."),
    parse("en", "Unchanged since prior: 5 mm ground-glass nodule ⟦(3/145)|3:145⟧."),
]

BATCH2: list[Excerpt] = [
    parse("de", "Am 12.03.2025 noch 11 mm ⟦(Serie 3, Bild 50)|3:50 P⟧, jetzt 15 mm ⟦(Serie 4, Bild 52)|4:52⟧."),
    parse("de", "Pleuraerguss rechts, im CT vom 03/2024 ⟦(Se 2 Bi 61)|2:61 P⟧ deutlich geringer."),
    parse("en", "Sclerotic focus in L2, unchanged from the 2023 study ⟦(series 5, image 70)|5:70 P⟧ and today "
              "⟦(series 6, image 72)|6:72⟧."),
    parse("de", "Z. n. Hemikolektomie rechts 2019; Anastomose unauffällig ⟦(Serie 4, Bild 90)|4:90⟧."),
    parse("en", "Since the CT of 14/02/2025 there is a new 5 mm nodule in the left lower lobe "
              "⟦(series 4, image 112)|4:112⟧."),
    parse("de", "Herd im Pankreasschwanz ⟦(CT 2023, Se 3 Bi 45)|3:45 P⟧, aktuell ⟦(Se 5 Bi 47)|5:47⟧ "
                "größenprogredient."),
    parse("de", "Metastase Segment VII: MRT vom 02.09.2025 ⟦Serie 8, Bild 22|8:22 P⟧; heute ⟦Serie 9, Bild 25|9:25⟧."),
    parse("en", "On the scan dated 3 March 2025 the mass measured 31 mm ⟦(Se 2, Im 34)|2:34 P⟧."),
    parse("de", "Nach RFA 04/2025 Ablationszone ohne Randenhancement ⟦(Serie 6, Bild 118)|6:118⟧."),
    parse("en", "Post radiotherapy (completed May 2025) fibrosis in the right apex ⟦(series 3, image 20)|3:20⟧."),
    parse("de", "Im Verlauf seit 2022 ⟦(damals Serie 2, Bild 33)|2:33 P⟧ langsam wachsend, jetzt 19 mm "
                "⟦(Serie 3, Bild 36)|3:36⟧."),
]

BATCH3: list[Excerpt] = [
    parse("de", "Aktuell 14 mm ⟦(4/50)|4:50⟧ versus 11 mm in der VU ⟦(3/47)|3:47 P⟧."),
    parse("de", "Größenzunahme von 8 auf 12 mm ⟦(VU Serie 3 Bild 18|3:18 P⟧ → ⟦aktuell Serie 6 Bild 21)|6:21⟧."),
    parse("de", "Gegenüber der Voruntersuchung ⟦(dort Serie 2, Bild 30)|2:30 P⟧ unverändert 6 mm "
                "⟦(Serie 2, Bild 31)|2:31⟧."),
    parse("en", "Compared with ⟦series 2 image 33|2:33 P⟧ on the prior, now 13 mm on ⟦series 4 image 36|4:36⟧."),
    parse("en", "Hepatic lesion 22 mm ⟦(Se 5 Im 40)|5:40⟧ vs. 18 mm ⟦(prior Se 4 Im 38)|4:38 P⟧."),
    parse("en", "Nodule 9 mm (previous) vs 12 mm (current); ⟦series 3 image 60|3:60 P⟧ vs ⟦series 5 image 63|5:63⟧."),
    parse("de", "Im Vergleich zu ⟦Se 3 Bi 20|3:20 P⟧ der Voruntersuchung jetzt ⟦Se 5 Bi 24|5:24⟧ größer."),
    parse("de", "Lymphknoten iliakal links ⟦(Serie 4, Bild 150)|4:150⟧ im Vergleich zu ⟦(Serie 3, Bild 144)|3:144 P⟧ "
                "der Vor-CT kleiner."),
    parse("en", "The effusion is smaller than before ⟦(series 2, image 55)|2:55⟧."),
    parse("de", "Vergleich: VU ⟦Se 2/Bi 70|2:70 P⟧ vs. heute ⟦Se 3/Bi 74|3:74⟧, Größe 17 vs. 21 mm."),
    parse("en", "Interval decrease of the mass from 40 to 33 mm (previously ⟦image 51 of series 2|2:51 P⟧, "
              "currently ⟦image 55 of series 3|3:55⟧)."),
]

BATCH4: list[Excerpt] = [
    parse("de", "| Läsion | Vor-CT 01/2025 | Aktuell |\n| --- | --- | --- |\n"
                "| Leber Segment IVa | 15 mm ⟦Se 3 Bi 40|3:40 P⟧ | 19 mm ⟦Se 4 Bi 42|4:42⟧ |\n"
                "| Lunge rechts | 8 mm ⟦Se 5 Bi 101|5:101 P⟧ | 8 mm ⟦Se 6 Bi 104|6:104⟧ |"),
    parse("de", "| Läsion | aktuell | Voruntersuchung |\n| --- | --- | --- |\n"
                "| Nebenniere links | 24 mm ⟦(4/66)|4:66⟧ | 21 mm ⟦(3/60)|3:60 P⟧ |"),
    parse("en", "| Target lesion | Baseline (Mar 2025) | Current |\n|---|---|---|\n"
              "| Liver seg 8 | 30 mm ⟦(Se 2 Im 18)|2:18 P⟧ | 21 mm ⟦(Se 3 Im 20)|3:20⟧ |"),
    parse("de", "Vor-CT: Rundherd 7 mm ⟦(Se 4 Bi 77)|4:77 P⟧.\nAktuell: Rundherd 10 mm ⟦(Se 5 Bi 80)|5:80⟧."),
    parse("en", "Baseline: para-aortic node 25 mm ⟦(series 3, image 99)|3:99 P⟧.\n"
              "Follow-up: 14 mm ⟦(series 4, image 101)|4:101⟧."),
    parse("de", "Voruntersuchung 06/2025:\n- Läsion A ⟦Serie 2 Bild 12|2:12 P⟧\n- Läsion B ⟦Serie 2 Bild 30|2:30 P⟧\n"
                "Heutige Untersuchung:\n- Läsion A ⟦Serie 3 Bild 15|3:15⟧\n- Läsion B ⟦Serie 3 Bild 33|3:33⟧"),
    parse("en", "| Lesion | Today | Prior |\n|---|---|---|\n| R kidney | ⟦5/40|5:40⟧ | ⟦4/37|4:37 P⟧ |\n"
              "| L kidney | ⟦5/58|5:58⟧ | ⟦4/55|4:55 P⟧ |"),
    parse("de", "| Messpunkt | Größe | Bild |\n| --- | --- | --- |\n| Leber | 12 mm | ⟦Se 3 Bi 40|3:40⟧ |"),
]

BATCH5: list[Excerpt] = [
    parse("de", "In der auswärtigen CT ⟦(Kantonsspital, Serie 3, Bild 44)|3:44 P⟧ bereits abgrenzbar."),
    parse("en", "Seen on the external MRI ⟦(series 7 image 12)|7:12 P⟧, not on this study."),
    parse("de", "Fremdaufnahme vom 05/2025: ⟦Se 2 Bi 33|2:33 P⟧, dort 9 mm."),
    parse("de", "CT extern ⟦(Se 4 Bi 18)|4:18 P⟧ und hier ⟦(Se 2 Bi 21)|2:21⟧ vergleichbar."),
    parse("en", "Outside hospital CT ⟦(Se 3, Im 70)|3:70 P⟧ showed the same 6 mm nodule, today ⟦(Se 4, Im 72)|4:72⟧."),
    parse("de", "Lymphknoten entlang der Arteria iliaca externa links 12 mm ⟦(Serie 4, Bild 160)|4:160⟧."),
    parse("en", "A 3 mm nodule at the edge, partly outside the field of view ⟦(series 3 image 5)|3:5⟧."),
    parse("de", "Externer Gehörgang frei ⟦(Serie 5, Bild 32)|5:32⟧."),
    parse("de", "Verglichen mit der MRT des Universitätsspitals ⟦(dort Serie 9, Bild 14)|9:14 P⟧ neu "
                "⟦(Serie 11, Bild 16)|11:16⟧."),
    parse("en", "Compared with the CT from St Mary's ⟦(their series 2, image 48)|2:48 P⟧."),
]

BATCH6: list[Excerpt] = [
    parse("de", "VU 01/2025 ⟦(Se 3 Bi 40)|3:40 P⟧ und Vor-VU 06/2024 ⟦(Se 2 Bi 38)|2:38 P⟧, heute "
                "⟦(Se 4 Bi 43)|4:43⟧."),
    parse("en", "On the prior ⟦(series 4 image 60)|4:60 P⟧ and the one before ⟦(series 3, image 58)|3:58 P⟧ the "
              "node was smaller; now 17 mm ⟦(series 5, image 63)|5:63⟧."),
    parse("de", "Zuletzt 9 mm ⟦(Se 3 Bi 22)|3:22 P⟧, davor 7 mm ⟦(Se 2 Bi 20)|2:20 P⟧."),
    parse("en", "Last time 9 mm ⟦(Se 4 Im 30)|4:30 P⟧ and before that 6 mm ⟦(Se 3 Im 27)|3:27 P⟧."),
    parse("de", "Trotz der Voruntersuchung vergleichbar, heute erstmals Kontrastmittelaufnahme "
                "⟦(Serie 6, Bild 18)|6:18⟧."),
    parse("de", "In der aktuellen Untersuchung ⟦(Se 5 Bi 91)|5:91⟧ kleiner als in der VU."),
    parse("en", "On today's study ⟦(series 3 image 15)|3:15⟧ the cyst is larger than on the previous one."),
    parse("de", "Vor zwei Jahren ⟦(Serie 2 Bild 9)|2:9 P⟧ noch nicht vorhanden, jetzt 5 mm ⟦(Serie 3 Bild 11)|3:11⟧."),
    parse("en", "The prior (May) ⟦(Se 5 Im 12)|5:12 P⟧, the interim (August) ⟦(Se 5 Im 14)|5:14 P⟧ and the current "
              "⟦(Se 6 Im 15)|6:15⟧ all show the same clip."),
    parse("de", "Die Vorvoruntersuchung ⟦(Se 2, Bi 44)|2:44 P⟧ zeigte den Herd bereits."),
]
