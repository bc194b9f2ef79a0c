"""DEV / training set for issue 16, round 17 (engineer refs-r17): a timepoint label between two pairs of a row, a
prior-exam paragraph or clause, local-vs-outside labels in one bracket.

Written from the round-17 brief's class descriptions of a blind set's misses (counts only), before this engineer read
the miner's grammar, candidate, timepoint or scorer code, and without opening any held-out set (no tests/heldout*
file was read). Markup is dev16c's: `⟦visible citation|spec⟧` with `S:I` / `S:I-J` items, `P` for the prior study;
no snippets. DE/AT/CH/UK/US habits.

Classes:
- BATCH1, target-lesion rows "<lesion> <size> (<pair>) <earlier label> <size> (<pair>)": the label stands between
  the two pairs and binds to the pair after it (prior); the first pair is today's. EN and DE labels (baseline, nadir,
  prior, previous, BL, Ausgangsbefund, Vorbefund, VU, damals), slash, compact, colon and spelled pairs, rows with
  and without a leading current label. Near-confounders: a row whose second label is a current word, and a row
  whose label stands before the first pair (that first pair is then the earlier one).
- BATCH2, a prior-exam paragraph or clause: an earlier exam described first ("damals", "seinerzeit", "back then",
  "at that time", "In der Voruntersuchung ...") with its own series, an image-only citation inside it; a sentence
  opened by a current word (aktuell, jetzt, heute, today, now, currently) switches back to this study.
- BATCH3, local-vs-outside labels in one bracket: a "here/our/local" word ("hiesig", "hausintern", "bei uns",
  "hier", "eigene", "in-house", "our", "local") labels the first citation, an "outside/external/elsewhere" word the
  second. The local citation is this study's; the outside one a prior study. Near-confounders: a local label alone
  (current), the order reversed.

Labelling decisions (as dev16j): S is the series the citation points into (written, or carried over in the same
sentence or from a "Serie 5:" heading); `-` where no series can be known. P marks a citation into a previous or
outside study.

Measured once on the unchanged miner (branch refs-r17 at c03b09e, `include_prior=True`, the model scorer),
aggregate only:
- BATCH1 (21 excerpts, 44 refs, 22 prior, 0 confounder-only): tp=38 fp=4 fn=6 P 0.905 R 0.864.
- BATCH2 (11 excerpts, 22 refs, 10 prior, 0 confounder-only): tp=19 fp=3 fn=3 P 0.864 R 0.864.
- BATCH3 (12 excerpts, 22 refs, 10 prior, 0 confounder-only): tp=16 fp=6 fn=6 P 0.727 R 0.727.
- all three (44 excerpts, 88 refs, 42 prior): tp=73 fp=13 fn=15 P 0.849 R 0.830.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3"]


BATCH1: list[Excerpt] = [
    parse("en", "Target lesion 1, liver segment VII: 24 mm (⟦4/61|4:61⟧) baseline 38 mm (⟦3/58|3:58 P⟧)."),
    parse("en", "Target 2, right paratracheal node: 13 mm (⟦series 5, image 40|5:40⟧), nadir 11 mm "
                "(⟦series 6, image 42|6:42 P⟧)."),
    parse("en", "T3 left adrenal 19 mm (⟦Se 3 Im 88|3:88⟧) prior 17 mm (⟦Se 3 Im 90|3:90 P⟧)"),
    parse("en", "Lesion A (RUL): 9 mm (⟦S4 I112|4:112⟧), previous 12 mm (⟦S4 I109|4:109 P⟧); "
                "lesion B (LLL): 6 mm (⟦S4 I201|4:201⟧), previous 6 mm (⟦S4 I198|4:198 P⟧)."),
    parse("en", "1. Peritoneal deposit, left paracolic: 31 mm (⟦2:77|2:77⟧) BL 45 mm (⟦2:80|2:80 P⟧)"),
    parse("en", "Current: hepatic dome lesion 17 mm (⟦series 3 image 22|3:22⟧), baseline 26 mm "
                "(⟦series 4 image 20|4:20 P⟧)."),
    parse("en", "Target lesion 3 (pancreatic tail) 28 x 21 mm (⟦img 5/134|5:134⟧) vs. baseline 35 x 27 mm "
                "(⟦img 5/129|5:129 P⟧)."),
    parse("de", "Zielläsion 1 Leber Segment IVa: 21 mm (⟦Se 5/Bi 47|5:47⟧) Ausgangsbefund 29 mm "
                "(⟦Se 4/Bi 45|4:45 P⟧)."),
    parse("de", "ZL 2 LK iliakal links 15 mm (⟦5/112|5:112⟧), Vorbefund 18 mm (⟦5/108|5:108 P⟧)."),
    parse("de", "Läsion 3 Nebenniere rechts 22 mm (⟦Serie 3, Bild 71|3:71⟧) VU 22 mm (⟦Serie 3, Bild 69|3:69 P⟧)"),
    parse("de", "Aktuell Rundherd Unterlappen rechts 8 mm (⟦Se 6 Bi 154|6:154⟧), damals 5 mm "
                "(⟦Se 6 Bi 150|6:150 P⟧)."),
    parse("de", "ZL 1: Leberfiliae Segment VI 34 mm (⟦S 4 B 56|4:56⟧), Nadir 30 mm (⟦S 4 B 52|4:52 P⟧), "
                "BL 41 mm (⟦S 3 B 50|3:50 P⟧)."),
    parse("de", "Zielläsion 2 (Lunge li. OL): 12 mm (⟦4:87|4:87⟧) Baseline 16 mm (⟦4:83|4:83 P⟧)"),
    parse("de", "Messläsion Pleura rechts 17 mm (⟦Ser. 2 / Bild 66|2:66⟧), in der VU 14 mm "
                "(⟦Ser. 2 / Bild 63|2:63 P⟧)."),
    parse("de", "Lymphknoten mediastinal 4R: heute 11 mm (⟦Se 5, Bi 39|5:39⟧), Vorbefund 19 mm "
                "(⟦Se 7, Bi 41|7:41 P⟧)."),
    parse("de", "Zielläsion 4 Peritoneum: 27 mm (⟦Serie 3 Bild 140|3:140⟧) – Ausgangsbef. 33 mm "
                "(⟦Serie 3 Bild 136|3:136 P⟧)."),
    parse("en", "Target 4, segment VIII: 41 mm (⟦se 4 im 30|4:30⟧) previously 52 mm (⟦se 4 im 27|4:27 P⟧)."),
    parse("en", "Index lesion in the right kidney 33 mm (⟦image 5:44|5:44⟧) at baseline 30 mm "
                "(⟦image 4:43|4:43 P⟧)."),
    # near-confounders: a current word as the second label; a label before the first pair
    parse("de", "Zielläsion 1: VU 31 mm (⟦Se 4/Bi 60|4:60 P⟧), aktuell 25 mm (⟦Se 4/Bi 62|4:62⟧)."),
    parse("en", "Target 2: baseline 22 mm (⟦3/71|3:71 P⟧), current 15 mm (⟦3/74|3:74⟧)."),
    parse("en", "Non-target: ascites, small (⟦series 2 image 90|2:90⟧), unchanged."),
]

BATCH2: list[Excerpt] = [
    parse("de", "In der Voruntersuchung vom 14.02.2025 zeigte sich damals in Serie 4 ein 9 mm großer Herd "
                "(⟦Bild 63|4:63 P⟧). Aktuell misst der Herd 12 mm (⟦Serie 5, Bild 66|5:66⟧)."),
    parse("de", "Damals (CT 11/2024, Serie 3) bestand ein Pleuraerguss rechts und ein Rundherd im Unterlappen "
                "(⟦Bild 118|3:118 P⟧). Jetzt kein Erguss mehr, der Rundherd 6 mm (⟦Se 4 Bi 121|4:121⟧)."),
    parse("de", "Seinerzeit in der MRT (Serie 8) Diffusionsrestriktion im Thalamus links (⟦Bild 22|8:22 P⟧). "
                "Heute keine Restriktion mehr (⟦Serie 10, Bild 24|10:24⟧)."),
    parse("de", "Zum Vergleich: auf der Vorabklärung vom März, Serie 2, lag die Zyste bei 15 mm (⟦Bild 40|2:40 P⟧). "
                "Aktuell 15 mm (⟦Serie 3 Bild 43|3:43⟧), unverändert."),
    parse("en", "Back then, on the CT of 03/2025 (series 5), the nodule measured 7 mm (⟦image 91|5:91 P⟧). "
                "Today it measures 10 mm (⟦series 3, image 88|3:88⟧)."),
    parse("en", "At that time the prior MRI (series 6) showed a small enhancing focus (⟦image 14|6:14 P⟧). "
                "Currently no enhancement is seen (⟦series 9, image 15|9:15⟧)."),
    parse("en", "On the previous examination, series 2, there was a 4 cm collection in the pelvis (⟦image 77|2:77 P⟧). "
                "Now the collection measures 1.5 cm (⟦series 3 image 80|3:80⟧)."),
    parse("de", "Früher (Voruntersuchung 2023) in Serie 5 kein Nachweis von Lebermetastasen (⟦Bild 50|5:50 P⟧). "
                "Jetzt neue Läsion Segment II 11 mm (⟦Serie 6, Bild 48|6:48⟧)."),
    parse("en", "In the prior study of 12/2024 the left adrenal nodule was seen on series 4 (⟦image 102|4:102 P⟧). "
                "Today: 21 mm (⟦series 4, image 105|4:105⟧)."),
    # current clause first, then a prior one; and a paragraph with no prior word at all
    parse("de", "Aktuell Herd im Segment VIII 14 mm (⟦Serie 4, Bild 33|4:33⟧). Damals in Serie 2 nur 8 mm "
                "(⟦Bild 30|2:30 P⟧)."),
    parse("en", "Series 3 shows a new hypodense lesion in segment V (⟦image 58|3:58⟧). A second lesion lies "
                "posterior (⟦image 64|-:64⟧)."),
]

BATCH3: list[Excerpt] = [
    parse("de", "Rundherd im Oberlappen links 11 mm (hiesig ⟦Se 4 Bi 72|4:72⟧, auswärtig ⟦Se 3 Bi 40|3:40 P⟧)."),
    parse("de", "Lebermetastase Segment VI 23 mm (hausintern ⟦Serie 5, Bild 48|5:48⟧; extern "
                "⟦Serie 2, Bild 31|2:31 P⟧)."),
    parse("de", "LK paraaortal 16 mm (bei uns ⟦Se 6/Bi 90|6:90⟧, auswärts ⟦Se 4/Bi 55|4:55 P⟧)."),
    parse("de", "Knochenherd im LWK 3 (hier ⟦Serie 7 Bild 31|7:31⟧, Fremdaufnahme ⟦Serie 2 Bild 17|2:17 P⟧)."),
    parse("de", "Hypodense Läsion Pankreaskopf 19 mm (eigene Untersuchung ⟦Se 3 Bi 61|3:61⟧, externe CT "
                "⟦Se 5 Bi 44|5:44 P⟧)."),
    parse("en", "Right lower lobe nodule 8 mm (our CT ⟦series 4, image 130|4:130⟧; outside CT "
                "⟦series 2, image 71|2:71 P⟧)."),
    parse("en", "Liver lesion in segment II, 15 mm (in-house ⟦se 5 im 40|5:40⟧, external ⟦se 3 im 22|3:22 P⟧)."),
    parse("en", "Enlarged portocaval node (local ⟦Se 3 Im 66|3:66⟧ vs outside ⟦Se 201 Im 34|201:34 P⟧)."),
    parse("de", "Meningeom frontal rechts 21 mm (hiesige MRT ⟦Serie 9, Bild 14|9:14⟧ / auswärtige MRT "
                "⟦Serie 4, Bild 11|4:11 P⟧)."),
    # near-confounders: a local label alone, the order reversed
    parse("de", "Schilddrüsenknoten rechts 14 mm (hiesig ⟦Se 2 Bi 35|2:35⟧)."),
    parse("de", "Rundherd rechts 6 mm (hausintern ⟦Serie 4, Bild 101|4:101⟧)."),
    parse("en", "Splenic cyst (outside ⟦series 2 image 50|2:50 P⟧, our ⟦series 5 image 47|5:47⟧)."),
]
