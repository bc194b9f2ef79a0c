"""DEV / training set for issue 16, round 15 (engineer refs-r15): dictated number words, "#" as series, a short
prior label before a bracket's second citation, follow-up rows ordered by a header line.

Written from the round-15 brief's class descriptions of a blind set's misses (counts only), before this engineer read
the miner's grammar, candidate or timepoint code, and without opening any held-out set (no tests/heldout* file was
read). Markup is dev16c's: `⟦visible citation|spec⟧` with `S:I` / `S:I-J` items, `P` for the prior study; no
snippets. DE/AT/CH/UK/US habits.

Classes:
- BATCH1, dictated citations from speech recognition: series and image numbers as number words (German compounds
  "achtundfünfzig", "hundertsieben", English "twenty-six", "one hundred and four"), mixed with digits, with dictated
  punctuation ("Punkt", "Komma", "Beistrich", "Doppelpunkt", "full stop", "comma", "new paragraph") around them; a
  following image-only citation inherits the series. Confounders: number words that count lesions or name levels.
- BATCH2, "#" before the series number, an image word after it ("(#5, image 80)", "(axial #3, Bild 41)"). Confounders:
  "#" numbering lesions or list items with no image word.
- BATCH3, a short prior label (VB, VU, VA, BL, Vorbef., prior, prev.) before the second citation of one bracket; the
  first citation is today's. Confounders: a bracket of two current citations.
- BATCH4, follow-up rows whose timepoint order is given by a header line ("<date> / aktuell:", "(current vs prior
  <date>)", "Vorbefund -> heute") and not inside the rows; slash, "vs", "->" and "|" separated rows.

Labelling decisions (as dev16j): S is the series the citation points into (written, or carried over in the same
sentence); `-` where no series can be known. P marks a citation into a previous or outside study.

Measured once on the unchanged miner (branch refs-r15 at cba64cd, `include_prior=True`, the model scorer),
aggregate only:
- BATCH1 (14 excerpts, 15 refs, 0 prior, 2 confounder-only): tp=1 fp=0 fn=14 P 1.000 R 0.067.
- BATCH2 (10 excerpts, 9 refs, 0 prior, 2 confounder-only): tp=0 fp=10 fn=9 P 0.000 R 0.000.
- BATCH3 (10 excerpts, 20 refs, 9 prior, 0 confounder-only): tp=17 fp=3 fn=3 P 0.850 R 0.850.
- BATCH4 (8 excerpts, 28 refs, 14 prior, 0 confounder-only): tp=18 fp=10 fn=10 P 0.643 R 0.643.
- all four (42 excerpts, 72 refs, 23 prior, 4 confounder-only): tp=36 fp=23 fn=36 P 0.610 R 0.500.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4"]


BATCH1: list[Excerpt] = [
    parse("de", "Hypodense Läsion im Lebersegment sechs Komma ⟦Serie drei Bild achtundfünfzig|3:58⟧ Punkt "
                "Eine zweite kleinere Läsion ⟦Bild einundsechzig|3:61⟧ Punkt"),
    parse("de", "Rundherd im rechten Unterlappen Doppelpunkt 7 mm ⟦Serie vier Bild hundertsieben|4:107⟧ Punkt "
                "neuer Absatz Kein Pleuraerguss Punkt"),
    parse("de", "Vergrößerter Lymphknoten paraaortal Beistrich 14 mm ⟦Serie sechs Bild dreiunddreißig|6:33⟧ Punkt"),
    parse("de", "Nebennierenadenom links ⟦Serie 5 Bild neunundzwanzig|5:29⟧ Punkt Daneben ein zweites Knötchen "
                "⟦Bild zweiunddreißig|5:32⟧ Punkt"),
    parse("de", "Sklerotischer Herd im BWK neun Beistrich ⟦Serie sieben Bild hundertvierzig|7:140⟧ Punkt"),
    parse("de", "Zyste der rechten Niere ⟦Serie zwei Bild 76|2:76⟧ Komma unverändert Punkt"),
    parse("de", "Milzinfarkt keilförmig ⟦Serie acht Bild zweihundertzwölf|8:212⟧ Punkt"),
    parse("en", "Spiculated nodule in the left upper lobe comma 11 mm ⟦series five image twenty-six|5:26⟧ full stop "
                "A satellite nodule ⟦image thirty one|5:31⟧ full stop"),
    parse("en", "Enlarged subcarinal node ⟦series 3 image seventy two|3:72⟧ period new paragraph No effusion period"),
    parse("en", "Hypodense lesion in segment four ⟦series two image one hundred and four|2:104⟧ full stop"),
    parse("en", "Sclerotic focus in the left iliac bone ⟦series nine image fifty-eight|9:58⟧ comma stable full stop"),
    parse("en", "Small renal calculus comma 4 mm ⟦series six image ninety|6:90⟧ full stop"),
    # confounders: number words that count lesions or name levels
    parse("de", "Zwei Läsionen im Segment sieben Komma die größere 12 mm Punkt Keine weiteren Herde Punkt"),
    parse("en", "Three small nodules in the right lower lobe comma the largest four millimetres full stop"),
]

BATCH2: list[Excerpt] = [
    parse("en", "Enhancing lesion in the right lobe (⟦#5, image 80|5:80⟧)."),
    parse("en", "Right hilar node measures 16 mm (⟦axial #3, image 57|3:57⟧)."),
    parse("en", "Bone island in the sacrum (⟦sagittal #701, image 22|701:22⟧)."),
    parse("de", "Hypodense Läsion im Pankreaskopf (⟦#4, Bild 48|4:48⟧)."),
    parse("de", "Subpleuraler Knoten links (⟦#6 Bild 133|6:133⟧), größenkonstant."),
    parse("de", "Ödem im Marklager (⟦koronar #502, Bild 17|502:17⟧)."),
    parse("en", "Two hepatic cysts (⟦#4, images 30 and 41|4:30 4:41⟧)."),
    parse("en", "Adrenal nodule, 14 mm (⟦#2 im 66|2:66⟧)."),
    # confounders: "#" numbering lesions or items
    parse("en", "Lesion #2 in segment VI measures 9 mm, previously 11 mm."),
    parse("de", "Zielläsion #1: Leber Segment VIII, 24 mm."),
]

BATCH3: list[Excerpt] = [
    parse("de", "Rundherd im Mittellappen 9 mm (⟦Se. 4 / Bi. 97|4:97⟧, VB ⟦Se. 4 / Bi. 92|4:92 P⟧)."),
    parse("de", "Leberläsion 18 mm (⟦Bild 66|-:66⟧, VB ⟦Bild 63|-:63 P⟧)."),
    parse("de", "Lymphknoten iliakal rechts (⟦Serie 5, Bild 120|5:120⟧; VU ⟦Serie 3, Bild 118|3:118 P⟧)."),
    parse("de", "Nebennierenknoten (⟦Se 6 Bi 44|6:44⟧, VA ⟦Se 4 Bi 41|4:41 P⟧)."),
    parse("de", "Knochenmetastase LWK 3 (⟦S 7 / B 201|7:201⟧, Vorbef. ⟦S 7 / B 196|7:196 P⟧)."),
    parse("en", "Nodule in the lingula, 8 mm (⟦series 4, image 73|4:73⟧; prior ⟦series 3, image 70|3:70 P⟧)."),
    parse("en", "Right paratracheal node (⟦Se 2 Im 38|2:38⟧, prev. ⟦Se 2 Im 35|2:35 P⟧)."),
    parse("en", "Target lesion liver (⟦image 52|-:52⟧, BL ⟦image 49|-:49 P⟧)."),
    parse("de", "Pleuraständiger Knoten (aktuell ⟦Bild 140|-:140⟧, VB ⟦Bild 136|-:136 P⟧)."),
    # confounder: two current citations in one bracket
    parse("de", "Zwei Knoten im Oberlappen (⟦Se 4 Bi 30|4:30⟧, ⟦Se 4 Bi 52|4:52⟧)."),
]

BATCH4: list[Excerpt] = [
    parse("de", "Messungen 14.05.2025 / aktuell:\nLeber Seg. VIII: 27 mm (⟦S. 5, B. 41|5:41 P⟧) / 19 mm "
                "(⟦S. 5, B. 44|5:44⟧)\nLymphknoten paraaortal: 15 mm (⟦S. 5, B. 88|5:88 P⟧) / 11 mm "
                "(⟦S. 5, B. 90|5:90⟧)"),
    parse("en", "Target lesions (current vs prior 2025-09-30):\nLiver segment 7: 2.6 cm (⟦6:52|6:52⟧) vs 3.1 cm "
                "(⟦5:49|5:49 P⟧)\nLeft adrenal: 1.8 cm (⟦6:77|6:77⟧) vs 2.2 cm (⟦5:73|5:73 P⟧)"),
    parse("de", "Verlauf (Vorbefund 02/2026 -> heute):\nPankreaskopf 22 mm (⟦Se 3 Bi 60|3:60 P⟧) -> 25 mm "
                "(⟦Se 4 Bi 62|4:62⟧)\nMilz 13 mm (⟦Se 3 Bi 71|3:71 P⟧) -> 13 mm (⟦Se 4 Bi 73|4:73⟧)"),
    parse("en", "Measurements (prior | current):\nRight lower lobe mass 41 mm (⟦series 3 image 120|3:120 P⟧) | 35 mm "
                "(⟦series 4 image 118|4:118⟧)\nSubcarinal node 12 mm (⟦series 3 image 80|3:80 P⟧) | 10 mm "
                "(⟦series 4 image 82|4:82⟧)"),
    parse("de", "Aktuell / Voruntersuchung 11.11.2025:\nLäsion 1 Leber: 33 mm (⟦Serie 4, Bild 29|4:29⟧) / 30 mm "
                "(⟦Serie 3, Bild 27|3:27 P⟧)\nLäsion 2 Lunge: 8 mm (⟦Serie 2, Bild 101|2:101⟧) / 8 mm "
                "(⟦Serie 2, Bild 99|2:99 P⟧)"),
    parse("en", "Lesions (baseline -> today):\n1. Segment 4a 3.2 cm (⟦se 5 im 36|5:36 P⟧) -> 2.1 cm "
                "(⟦se 7 im 38|7:38⟧)\n2. Peritoneal deposit 1.9 cm (⟦se 5 im 90|5:90 P⟧) -> 1.1 cm "
                "(⟦se 7 im 93|7:93⟧)"),
    parse("de", "Größen 03.2026 / jetzt:\nNiere links 17 mm (⟦Bild 5/64|5:64 P⟧) / 17 mm (⟦Bild 6/66|6:66⟧)"),
    parse("en", "(current vs previous 12/01/2026)\nAortic aneurysm 5.4 cm (⟦4:201|4:201⟧) vs 5.1 cm "
                "(⟦4:198|4:198 P⟧)"),
]
