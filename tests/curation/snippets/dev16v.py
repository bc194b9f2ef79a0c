"""DEV / training set for issue 16, round 16 (engineer refs-r16): slash pairs after a "series image" compound, an
outside-study label before a citation, follow-up rows under a dated "<earlier> <date> / <current>" header, three or
more timepoints in one bracket or sentence (an earlier exam named by a month or a bare date).

Written from the round-16 brief's class descriptions of a blind set's misses (counts only), before this engineer read
the miner's grammar, candidate or timepoint code, and without opening any held-out set (no tests/heldout* file was
read). Markup is dev16c's: `⟦visible citation|spec⟧` with `S:I` / `S:I-J` items, `P` for the prior study; no
snippets. DE/AT/CH/UK/US habits.

Classes:
- BATCH1, "a/b" after a compound meaning "series image" (Serienbild, Serien-Bild, Seriebild, Ser.-Bild, Serienbild-Nr.,
  series-image, series/image, Se/Bi, Se/Im, S/I): series a, image b, in brackets and not, several in one sentence.
  Confounders: the compound without a pair, a ratio or fraction next to it.
- BATCH2, an outside-study label (auswärtig, extern, fremd, outside, external, outside-hospital) with a modality (CT,
  MR/MRT, PET, PET-CT) and an optional date before a compact, slash or worded citation inside the bracket: the
  citation points into that other study. Confounders: an outside study named outside the bracket of a current
  citation; "extern" as an anatomic word.
- BATCH3, follow-up rows under a header "<earlier label> <date> / <current word>" (Baseline 03/2025 / aktuell, VU
  12.01.2026 / heute, prior 14 Feb 2026 / today, Nadir 2025-11-03 / current), each row "(s:i / s:i)" with compact
  colon pairs or worded pairs: the first is the earlier study, the second today's.
- BATCH4, three or more timepoints: a current citation, then an earlier exam named only by a month (DE/EN names and
  abbreviations, "Voraufnahme März", "the August exam"), month + year, or a bare date, then another earlier one.
  Every citation after an earlier-timepoint word or month/date label is prior.

Labelling decisions (as dev16j): S is the series the citation points into (written, or carried over in the same
sentence); `-` where no series can be known. P marks a citation into a previous or outside study.

Measured once on the unchanged miner (branch refs-r16 at 0454315 + this set, `include_prior=True`, the model scorer),
aggregate only:
- BATCH1 (14 excerpts, 23 refs, 0 prior, 2 confounder-only): tp=12 fp=0 fn=11 P 1.000 R 0.522.
- BATCH2 (12 excerpts, 21 refs, 10 prior, 0 confounder-only): tp=15 fp=0 fn=6 P 1.000 R 0.714.
- BATCH3 (8 excerpts, 32 refs, 16 prior, 0 confounder-only): tp=8 fp=0 fn=24 P 1.000 R 0.250.
- BATCH4 (10 excerpts, 30 refs, 20 prior, 0 confounder-only): tp=10 fp=8 fn=20 P 0.556 R 0.333.
- all four (44 excerpts, 106 refs, 46 prior, 2 confounder-only): tp=45 fp=8 fn=61 P 0.849 R 0.425.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4"]


BATCH1: list[Excerpt] = [
    parse("de", "Hypodense Läsion im Segment VIII ⟦(Serienbild 4/57)|4:57⟧, eine zweite im Segment II "
                "⟦(Serienbild 4/71)|4:71⟧."),
    parse("de", "Rundherd im Mittellappen, 9 mm, Serienbild ⟦5/112|5:112⟧ und ⟦5/118|5:118⟧, glatt begrenzt."),
    parse("de", "Vergrößerte Lymphknoten paraaortal ⟦(Serien-Bild 6/33, 6/38)|6:33 6:38⟧ und iliakal rechts "
                "⟦(Serien-Bild 6/70)|6:70⟧."),
    parse("de", "Zyste der linken Niere, 18 mm ⟦(Seriebild 3/64)|3:64⟧, unverändert."),
    parse("de", "Sklerotische Läsion im LWK 3 ⟦(Ser.-Bild 8/201)|8:201⟧, kein Frakturnachweis."),
    parse("de", "Pleuraständiger Knoten rechts dorsal ⟦(Serienbild-Nr. 4/145)|4:145⟧; daneben ein zweiter, "
                "kleinerer ⟦(Serienbild-Nr. 4/150)|4:150⟧."),
    parse("de", "Leberherde in beiden Lappen, Serienbilder ⟦3/22|3:22⟧, ⟦3/29|3:29⟧ und ⟦3/41|3:41⟧."),
    parse("de", "Mesenteriale Lymphknoten bis 12 mm ⟦(Se/Bi 5/66)|5:66⟧ sowie retroperitoneal ⟦(Se/Bi 5/80)|5:80⟧."),
    parse("en", "Spiculated nodule in the right upper lobe, 14 mm ⟦(series-image 3/48)|3:48⟧, with a satellite "
                "⟦(series-image 3/52)|3:52⟧."),
    parse("en", "Enlarged subcarinal node ⟦(series/image 4/90)|4:90⟧ and a right hilar node ⟦(4/96)|4:96⟧."),
    parse("en", "Two hypodense liver lesions, Se/Im ⟦2/31|2:31⟧ and ⟦2/44|2:44⟧, both simple cysts."),
    parse("en", "Small sclerotic focus in the left iliac bone ⟦(S/I 7/133)|7:133⟧, stable."),
    # confounders: the compound without a pair, a fraction next to it
    parse("de", "Auf den Serienbildern kein Nachweis einer Lungenembolie; Verhältnis RV/LV 0,9."),
    parse("en", "The series images show no pneumothorax; ejection fraction about 1/2 of normal per echo."),
]

BATCH2: list[Excerpt] = [
    parse("de", "Läsion im Segment VI, aktuell 14 mm ⟦(4:37)|4:37⟧, in der Vorunters. 11 mm "
                "(auswärtiges CT ⟦3:29|3:29 P⟧)."),
    parse("de", "Lymphknoten iliakal links 16 mm (externes MRT vom 04.02.2026, ⟦Se 6/21|6:21 P⟧), "
                "heute 12 mm ⟦(Se 7/25)|7:25⟧."),
    parse("de", "Hypermetabolter Herd im Unterlappen rechts (fremdes PET-CT ⟦2:88|2:88 P⟧), im aktuellen CT "
                "9 mm ⟦(5:102)|5:102⟧."),
    parse("de", "Knochenmetastase im BWK 8, vorbekannt (auswärtige MR 11/2025, ⟦Serie 9, Bild 14|9:14 P⟧)."),
    parse("de", "Nebennierenknoten rechts 22 mm ⟦(3:51)|3:51⟧; im externen CT ⟦(Serie 2 Bild 47)|2:47 P⟧ 20 mm."),
    parse("de", "Pankreasläsion 12 mm ⟦(6:40|6:40⟧; extern CT 03.01.2026 ⟦5:35)|5:35 P⟧."),
    parse("en", "Right hilar node, 17 mm ⟦(4:60)|4:60⟧, previously 21 mm (outside PET ⟦3:77|3:77 P⟧)."),
    parse("en", "Liver lesion segment 4a (external CT 12/14/2025 ⟦se 2 im 33|2:33 P⟧), now 8 mm ⟦(se 5 im 30)|5:30⟧."),
    parse("en", "Pulmonary nodule LLL measured on the outside-hospital CT ⟦(series 3, image 120)|3:120 P⟧ at 6 mm; "
                "today 7 mm ⟦(series 4, image 131)|4:131⟧."),
    parse("en", "Vertebral lesion L2 (outside MR 3 Jan 2026, ⟦4/18|4:18 P⟧) unchanged on today's CT ⟦(7/210)|7:210⟧."),
    # confounders: outside study named outside the bracket of a current citation; "extern" as anatomy
    parse("de", "Ein auswärtiges CT liegt nicht vor. Leberzyste 9 mm ⟦(4:44)|4:44⟧."),
    parse("en", "External oblique muscle intact. Small fat-containing hernia ⟦(series 5, image 88)|5:88⟧."),
]

BATCH3: list[Excerpt] = [
    parse("de", "Zielläsionen (Baseline 03/2025 / aktuell):\n"
                "1. Leber Segment VII: 31 mm / 24 mm ⟦(3:44|3:44 P⟧ / ⟦5:40)|5:40⟧\n"
                "2. LK paraaortal: 18 mm / 12 mm ⟦(3:61|3:61 P⟧ / ⟦5:58)|5:58⟧"),
    parse("de", "Verlauf (VU 12.01.2026 / heute):\n"
                "- Rundherd rechter Oberlappen 14 / 11 mm ⟦(4:77|4:77 P⟧ / ⟦6:80)|6:80⟧\n"
                "- Rundherd linker Unterlappen 9 / 9 mm ⟦(4:130|4:130 P⟧ / ⟦6:134)|6:134⟧"),
    parse("de", "Messwerte Vorbefund vom 05.09.2025 / jetzt\n"
                "Nebenniere links 24 / 27 mm ⟦(Se 3 Bi 52|3:52 P⟧ / ⟦Se 5 Bi 49)|5:49⟧\n"
                "Leber Segment IVb 15 / 19 mm ⟦(Se 3 Bi 40|3:40 P⟧ / ⟦Se 5 Bi 38)|5:38⟧"),
    parse("de", "Tabelle (Nadir 2025-11-03 / aktuell):\n"
                "Lunge re. 12 mm / 16 mm ⟦(2:66|2:66 P⟧ / ⟦4:70)|4:70⟧\n"
                "Milz 20 mm / 25 mm ⟦(2:90|2:90 P⟧ / ⟦4:93)|4:93⟧"),
    parse("en", "Target lesions (baseline 02/2025 / current):\n"
                "1) Liver segment 8: 28 mm / 20 mm ⟦(3:35|3:35 P⟧ / ⟦6:33)|6:33⟧\n"
                "2) Portocaval node: 15 mm / 10 mm ⟦(3:58|3:58 P⟧ / ⟦6:55)|6:55⟧"),
    parse("en", "Measurements, prior 14 Feb 2026 / today:\n"
                "RUL nodule 8 / 10 mm ⟦(4:71|4:71 P⟧ / ⟦5:74)|5:74⟧\n"
                "LLL nodule 5 / 6 mm ⟦(4:140|4:140 P⟧ / ⟦5:146)|5:146⟧"),
    parse("en", "Comparison (nadir 11/03/2025 / now):\n"
                "- Right adrenal 19 mm / 23 mm ⟦(se 2 im 50|2:50 P⟧ / ⟦se 3 im 47)|3:47⟧\n"
                "- Left iliac node 11 mm / 15 mm ⟦(se 2 im 99|2:99 P⟧ / ⟦se 3 im 95)|3:95⟧"),
    parse("de", "Kontrolle (Voruntersuchung 10.2025 / aktuell)\n"
                "Pleuraknoten li. 7 / 7 mm ⟦(5:101|5:101 P⟧ / ⟦7:104)|7:104⟧\n"
                "Hiluslymphknoten re. 13 / 10 mm ⟦(5:62|5:62 P⟧ / ⟦7:66)|7:66⟧"),
]

BATCH4: list[Excerpt] = [
    parse("de", "Leberläsion Segment VI aktuell 19 mm ⟦(5:41|5:41⟧; Voraufnahme März ⟦3:38|3:38 P⟧; "
                "Januar ⟦3:36)|3:36 P⟧."),
    parse("de", "Rundherd rechts 11 mm ⟦(Se 4 Bi 77)|4:77⟧, im Februar 9 mm ⟦(Se 3 Bi 70)|3:70 P⟧, am 03.01.2026 "
                "7 mm ⟦(Se 3 Bi 68)|3:68 P⟧."),
    parse("de", "Lymphknoten paraaortal heute 14 mm ⟦(6:55)|6:55⟧, Okt. 2025 12 mm ⟦(4:52)|4:52 P⟧, "
                "Juli 2025 10 mm ⟦(4:49)|4:49 P⟧."),
    parse("de", "Nebennierenknoten links ⟦(4:33|4:33⟧; Jän. 2026 ⟦3:30|3:30 P⟧; Sept. 2025 ⟦3:28)|3:28 P⟧, "
                "größenprogredient."),
    parse("de", "Knochenläsion BWK 10 ⟦(7:120|7:120⟧, VU Dezember ⟦6:118|6:118 P⟧, 14.08.2025 ⟦6:115)|6:115 P⟧."),
    parse("en", "Right lower lobe nodule now 12 mm ⟦(4:88)|4:88⟧, 10 mm on the August exam ⟦(3:85)|3:85 P⟧ and "
                "8 mm in May ⟦(3:80)|3:80 P⟧."),
    parse("en", "Hepatic lesion ⟦(series 5 image 30|5:30⟧; Sept 2025 ⟦series 2 image 28|2:28 P⟧; 06/2025 "
                "⟦series 2 image 27)|2:27 P⟧."),
    parse("en", "Portocaval node 16 mm today ⟦(6:44)|6:44⟧, compared with 13 mm in November ⟦(4:40)|4:40 P⟧ and "
                "11 mm on 2 Sep 2025 ⟦(4:39)|4:39 P⟧."),
    parse("en", "Left adrenal nodule ⟦(3/51|3:51⟧, Dec exam ⟦2/49|2:49 P⟧, Oct exam ⟦2/47)|2:47 P⟧, slowly enlarging."),
    parse("de", "Pleuraerguss rechts zunehmend ⟦(8:30)|8:30⟧; im April ⟦(Serie 5, Bild 27)|5:27 P⟧ und "
                "im Februar 2026 ⟦(Serie 5, Bild 25)|5:25 P⟧ geringer."),
]
