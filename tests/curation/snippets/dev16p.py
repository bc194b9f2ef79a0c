"""DEV / training set for issue 16, round 24 (engineer refs-r24): response tables whose caption or header names the
timepoints in order, a pair after a timepoint or response-label word in a comparison list, and citations glued to the
next word by text that lost its line breaks (RIS/RTF exports).

Written from the round-24 brief's class descriptions of a retired blind set's misses (classes only, no text), before
this engineer read the miner's code, and without opening any held-out set (no tests/heldout* file was read). Markup
is dev16c's: `⟦visible citation|spec⟧` with `S:I` / `S:I-J` items, `P` for a prior or outside study; no snippets.
DE/AT/CH/UK/US habits. Each class is written as its mechanism: every word order, in and out of brackets, running text
and tables, with look-alikes that must stay as they are.

Classes:
- BATCH1, timepoint-column response tables: a caption or header line names the timepoints in order (baseline, nadir,
  prior, current; dated or not; "heute", "aktuell", "today", "current", "now", "actual"), each lesion row carries one
  value and one pair per timepoint separated by " / ", " | ", ";" or tabs; pairs as "(Se n · Bi m)", "[n/m]", "(n-m)",
  "(n:m)" or bare "n/m" cells after the size. The k-th pair in a row belongs to the k-th timepoint: the current one
  is current, every other one prior. Look-alikes: size ranges ("12 x 9 mm", "4-5 mm"), dates, SPD / sum rows, blood
  pressures, ratios in the same layout.
- BATCH2, a pair after a timepoint or response-label word in a comparison list ("now ... (pair), at PR ... (pair),
  baseline ... (pair)"; "in der Vorrunde ... (Bild n, Serie k)", "bei Interim ... (pair)"): the label opens a prior
  clause for its own pair only; the current word gives a current pair.
- BATCH3, text that lost its line breaks: a citation glued to the next heading or sentence ("im 77Befund", "Bild
  12Beurteilung", "image 140IMPRESSION"): the image number ends where a capitalised word starts; "im n and im m"
  lists keep the series.

Labelling decisions (as dev16j/dev16y/dev16z): S is the series the citation points into (written, else carried over
in the same bracket, list, clause, row or caption); `-` where no series can be known. P marks a citation into a
previous or outside study (baseline, nadir and every other non-current timepoint column).

Measured once on the unchanged miner (branch refs-r24 at 742d24b, `include_prior=True`, the model scorer),
aggregate only:
- BATCH1 (12 excerpts, 40 refs, 24 prior, 4 confounder-only): tp=20 fp=6 fn=20 P 0.769 R 0.500.
- BATCH2 (9 excerpts, 18 refs, 11 prior, 2 confounder-only): tp=11 fp=5 fn=7 P 0.688 R 0.611.
- BATCH3 (9 excerpts, 11 refs, 0 prior, 2 confounder-only): tp=8 fp=0 fn=3 P 1.000 R 0.727.
- all three (30 excerpts, 69 refs, 35 prior, 8 confounder-only): tp=39 fp=11 fn=30 P 0.780 R 0.565.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3"]


BATCH1: list[Excerpt] = [
    # slash-separated timepoints in a caption, pairs in "(Se n · Bi m)"
    parse("de", "Zielläsionen nach RECIST 1.1 (Baseline 14.02.2026 / Nadir 02.05.2026 / aktuell):\n"
                "1. Leber Segment VIII: 34 mm ⟦(Se 4 · Bi 61)|4:61 P⟧ / 22 mm ⟦(Se 5 · Bi 58)|5:58 P⟧ / "
                "25 mm ⟦(Se 3 · Bi 60)|3:60⟧\n"
                "2. LK paraaortal links: 19 mm ⟦(Se 4 · Bi 112)|4:112 P⟧ / 11 mm ⟦(Se 5 · Bi 109)|5:109 P⟧ / "
                "12 mm ⟦(Se 3 · Bi 110)|3:110⟧\n"
                "Summe: 53 mm / 33 mm / 37 mm"),
    # pipe-separated header, bracketed slash pairs
    parse("en", "Target lesions — Baseline (01/12/2026) | Nadir (03/30/2026) | Current\n"
                "RLL nodule: 21 mm ⟦[4/88]|4:88 P⟧ | 14 mm ⟦[3/85]|3:85 P⟧ | 18 mm ⟦[5/90]|5:90⟧\n"
                "Left adrenal: 30 mm ⟦[4/140]|4:140 P⟧ | 24 mm ⟦[3/137]|3:137 P⟧ | 27 mm ⟦[5/142]|5:142⟧\n"
                "SPD: 1094 | 720 | 912"),
    # current first, then prior; dash pairs
    parse("de", "Messläsionen (heute / Vor-CT 07.11.2025):\n"
                "- Lunge rechts apikal 15 mm ⟦(6-41)|6:41⟧ / 12 mm ⟦(2-39)|2:39 P⟧\n"
                "- Nebenniere rechts 22 mm ⟦(6-97)|6:97⟧ / 20 mm ⟦(2-95)|2:95 P⟧"),
    # tab-separated, bare pairs after the size, UK spelling
    parse("en", "Lesion\tBaseline 09.01.2026\tToday\n"
                "Liver seg 7\t26 mm ⟦7/53|7:53 P⟧\t19 mm ⟦8/55|8:55⟧\n"
                "Portocaval node\t17 mm ⟦7/71|7:71 P⟧\t12 mm ⟦8/74|8:74⟧\n"
                "Sum of diameters\t43 mm\t31 mm"),
    # Lugano, three timepoints, semicolons, colon pairs, CH "Vorbefund"
    parse("de", "Lugano-Messungen (Baseline 11.08.2025; Interim 20.10.2025; aktuell):\n"
                "LK axillär links 31 x 22 mm ⟦(3:44)|3:44 P⟧; 18 x 12 mm ⟦(4:40)|4:40 P⟧; 12 x 8 mm ⟦(5:42)|5:42⟧\n"
                "LK iliakal rechts 25 x 19 mm ⟦(3:201)|3:201 P⟧; 14 x 10 mm ⟦(4:198)|4:198 P⟧; "
                "10 x 7 mm ⟦(5:203)|5:203⟧\n"
                "SPD 1157 / 384 / 166 mm²"),
    # markdown table with timepoint columns and pairs inside the cells
    parse("en", "iRECIST target lesions:\n"
                "| Lesion | Baseline 02/2026 | Nadir 04/2026 | Today |\n|---|---|---|---|\n"
                "| Peritoneal implant | 18 mm ⟦(5/66)|5:66 P⟧ | 9 mm ⟦(3/64)|3:64 P⟧ | 15 mm ⟦(4/67)|4:67⟧ |\n"
                "| Splenic lesion | 12 mm ⟦(5/80)|5:80 P⟧ | 7 mm ⟦(3/78)|3:78 P⟧ | 11 mm ⟦(4/81)|4:81⟧ |"),
    # AT: "Voruntersuchung" first, current last, "Se/Bi" caption, bare pairs
    parse("de", "Verlauf (Voruntersuchung 03.03.2026 | heute), Angaben Se/Bi:\n"
                "Leber S2: 14 mm ⟦3/30|3:30 P⟧ | 18 mm ⟦4/33|4:33⟧\n"
                "Leber S6: 21 mm ⟦3/72|3:72 P⟧ | 26 mm ⟦4/75|4:75⟧"),
    # US: "prior / current" with "Ser n Img m" pairs in brackets
    parse("en", "Measurements (prior 10/14/2025 / current):\n"
                "Mediastinal mass 44 mm ⟦(Ser 2 Img 51)|2:51 P⟧ / 39 mm ⟦(Ser 4 Img 49)|4:49⟧\n"
                "Pleural nodule 9 mm ⟦(Ser 2 Img 88)|2:88 P⟧ / 6 mm ⟦(Ser 4 Img 86)|4:86⟧"),
    # look-alikes: the same layouts with size ranges, dates, sums and blood pressures only
    parse("de", "Zielläsionen (Baseline 10.01.2026 / Nadir 12.03.2026 / aktuell):\n"
                "Leber S4: 12 x 9 mm / 8 x 6 mm / 10 x 7 mm\nMilz: 4-5 mm / 3-4 mm / 4-5 mm\nSumme: 21 / 14 / 17 mm"),
    parse("en", "Vitals (baseline / nadir / today): BP 142/88 | 118/76 | 131/82; HR 88 | 72 | 80."),
    parse("en", "Scans (baseline | interim | current): 8/5/2026 | 10/2/2026 | 12/1/2026; SUVmax 14.2 | 5.1 | 3.0; "
                "Deauville 5/3/2."),
    parse("de", "Verlauf (Vor-CT / heute): Verhältnis 3/4 / 2/3, Durchmesser 4-6 mm / 5-7 mm."),
]

BATCH2: list[Excerpt] = [
    parse("de", "Zielläsion Leber: aktuell 28 mm ⟦(Se 5, Bi 44)|5:44⟧, bei PR 19 mm ⟦(Se 3, Bi 41)|3:41 P⟧, "
                "Baseline 35 mm ⟦(Se 4, Bi 46)|4:46 P⟧."),
    parse("en", "Dominant node now 17 mm ⟦(4/120)|4:120⟧, at iCPD 22 mm ⟦(3/118)|3:118 P⟧, at baseline 26 mm "
                "⟦(2/121)|2:121 P⟧."),
    parse("de", "Herd im Unterlappen in der Vorrunde insgesamt 16 mm ⟦(Bild 73, Serie 2)|2:73 P⟧, jetzt 11 mm "
                "⟦(Bild 70, Serie 6)|6:70⟧."),
    parse("en", "Splenic lesion at interim 8 mm ⟦(series 3 image 62)|3:62 P⟧; at baseline 14 mm "
                "⟦(series 2 image 60)|2:60 P⟧; today 6 mm ⟦(series 5 image 64)|5:64⟧."),
    parse("de", "Pleurametastase heute 9 mm ⟦(7/35)|7:35⟧, beim Nadir 5 mm ⟦(4/33)|4:33 P⟧, bei iUPD 12 mm "
                "⟦(6/36)|6:36 P⟧."),
    parse("en", "Liver target: current 31 mm ⟦(Se 6 Im 52)|6:52⟧; at PD 40 mm ⟦(Se 2 Im 49)|2:49 P⟧."),
    parse("de", "Knochenläsion bei SD 22 mm ⟦(Serie 3, Bild 140)|3:140 P⟧ und aktuell 22 mm "
                "⟦(Serie 8, Bild 143)|8:143⟧."),
    # look-alikes: response labels and timepoints without pairs
    parse("en", "Response now PR (-38 %), at interim SD, at baseline 67 mm sum; Deauville 3 at interim, 2 now."),
    parse("de", "Bei PD 4/2026 Therapiewechsel, jetzt SD; Baseline 12/2025."),
]

BATCH3: list[Excerpt] = [
    parse("en", "Small pleural effusion, ⟦se 3 im 41|3:41⟧Pleura otherwise unremarkable."),
    parse("en", "Nodules in the lingula ⟦series 4 im 140|4:140⟧ and ⟦im 146|4:146⟧CONCLUSION: stable."),
    parse("de", "Hypodense Läsion Segment III ⟦Serie 5 Bild 77|5:77⟧Beurteilung: Zyste."),
    parse("de", "Kleiner Erguss links ⟦Se 2 Bi 18|2:18⟧Im Übrigen unauffällig."),
    parse("en", "Sclerotic lesion T11 ⟦(series 6 image 112)|6:112⟧Impression: likely bone island."),
    parse("de", "Rundherd rechts ⟦Serie 3 Bild 55|3:55⟧, zweiter Herd ⟦Bild 61|3:61⟧Leber: unauffällig."),
    parse("en", "Nodes ⟦series 2 im 33|2:33⟧, ⟦im 37|2:37⟧ and ⟦im 42|2:42⟧FINDINGS continued below."),
    # look-alikes: glued numbers that are not citations
    parse("en", "Volume 140ml, T2 hyperintense; 3D reconstructions done.FINDINGS: as above."),
    parse("de", "Segment 4aLeber, 12mmHerd ohne KM-Aufnahme."),
]
