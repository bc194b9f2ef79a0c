"""DEV set for issue 16, round 31b fixes (engineer refs-fix31b): the non-structural misses and false hits of the
retired refs sets AH and AI (prior decisions in prose, bare slash / colon pairs, the English "im" abbreviation).

Written from this engineer's listing of AH/AI (gold vs mined, main 2a14d81) and the brief's class names, before reading
the modules at fault; no AH/AI text is copied (invented organs, dates, numbers). Markup is dev16c's (as dev16af):
`⟦visible citation|spec⟧` with `S:I` / `S:I-J` items, `-` for no series, `P` for a prior or outside study; no
snippets. DE/AT/CH/UK/US habits.

Classes:
- BATCH1, prior in prose: after today's value and citation, a later clause of the same sentence (or the next one)
  names an earlier exam by its modality and a date ("im MRT 04/2025 14 mm (Se 6 Bi 40)", "16 mm on the CT of
  02/2024 (Se 3/Im 77)", "In der Sonographie vom 02.02.2025 entsprach dem ... (Bild 4)", "Comparison 2021 MRI:
  ... [S5 I60]", "dans l'examen précédent (2023) ..., Sér. 4, image 30"): that citation is the earlier exam's.
- BATCH2, bare pairs whose series the text declares ("Serien: 2 = T2 sag, 7 = T1 tra" then "(2/14, 7/30)";
  "Befunde, Serie 5 (...)" then "#61/5"; "series 401 = coronal MIP" then "401:37"): series/image.
- BATCH3, the English image abbreviation "im" after a series heading, with its lists and ranges ("– im 48",
  "im 70-76", "im 81, 84, 90").
- BATCH4, look-alikes that must stay unread: sizes and ratios "3/45 mm", "12/8 mm", scores "4/5", levels "L4/5",
  "C5/6", counters "Läsion 3 von 5", "2/3 der Fälle", dates "3/24", German "im 3. Zyklus", "im 12 Uhr-Bereich",
  slash pairs whose first number is no declared series, a series legend next to a score "(4/10 Punkte)".

Measured once on the unchanged miner (branch refs-fix31b at 2a14d81, `include_prior=True`), aggregate only, tp / fp
/ fn (`python -m tests.curation.snippets.test_dev16ai_shape`):
- BATCH1 prior in prose (8 excerpts, 16 refs, 8 prior): 13/3/3.
- BATCH2 bare pairs with a declared series (5 excerpts, 11 refs): 5/0/6.
- BATCH3 English "im" (2 excerpts, 7 refs): 0/0/7.
- BATCH4 look-alikes (6 excerpts, 4 refs, 2 without): 4/0/0.
- all (21 excerpts, 38 refs): 22/3/16 P 0.880 R 0.579.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4"]

# Prior decisions in prose: an earlier exam named by modality and date in a later clause.
BATCH1: list[Excerpt] = [
    parse(
        "de",
        "Das Meningeom parasagittal rechts misst heute 19 mm (⟦Se 7 Bi 52|7:52⟧), im MRT 04/2025 noch 16 mm "
        "(⟦Se 6 Bi 40|6:40 P⟧), im CT 2023 12 mm.",
    ),
    parse(
        "en",
        "The left adrenal nodule measures 24 mm (⟦Se 4/Im 83|4:83⟧). Previous measurements: 19 mm on the CT of "
        "02/2024 (⟦Se 3/Im 77|3:77 P⟧), 17 mm on the MRI of 10/2023.",
    ),
    parse(
        "de",
        "Herdbefund links 2 Uhr, 9 mm, ⟦Se 1102 Bi 64|1102:64⟧. BI-RADS 4. In der Sonographie vom 02.02.2025 "
        "entsprach dem ein echoarmer Herd (⟦Bild 4|-:4 P⟧).",
    ),
    parse(
        "en",
        "Fibrotic change in both lower lobes [⟦S6 I140|6:140⟧]. Comparison 2021 MRI: smaller effusion on the right "
        "[⟦S5 I60|5:60 P⟧].",
    ),
    parse(
        "de",
        "Nodule thyroïdien droit de 14 mm, ⟦Sér. 2, image 33|2:33⟧. Dans l'examen précédent (2023) le nodule mesurait "
        "10 mm, ⟦Sér. 4, image 30|4:30 P⟧.",
    ),
    parse(
        "de",
        "Der Rundherd im Mittellappen misst aktuell 13 mm (⟦Se 3 Bi 95|3:95⟧), im PET-CT 09/2025 10 mm mit "
        "SUVmax 3,1 (⟦Se 5 Bi 201|5:201 P⟧), im CT 02/2025 8 mm.",
    ),
    parse(
        "en",
        "Right renal mass 41 mm (⟦series 5 image 66|5:66⟧), 35 mm on the outside CT from 07/2024 "
        "(⟦series 2 image 31|2:31 P⟧).",
    ),
    parse(
        "de",
        "Leberläsion Segment II 22 mm, ⟦Serie 4, Bild 61|4:61⟧, die im letzten MRT vom 14.5.2025 noch 15 mm mass, "
        "⟦Serie 9, Bild 18|9:18 P⟧.",
    ),
]

# Bare pairs whose series the text declares.
BATCH2: list[Excerpt] = [
    parse(
        "de",
        "MRT HWS. Serien: 2 = T2 sag, 4 = T1 sag, 7 = T2 tra.\n1) Bandscheibenvorfall C5/6 links mit "
        "Wurzelkontakt (⟦2/14|2:14⟧, ⟦7/30|7:30⟧).\n2) Uncovertebralarthrose C6/7 (⟦4/11|4:11⟧).",
    ),
    parse(
        "de",
        "MRT Schulter rechts, Serie 3 = PD fs kor, Serie 5 = PD fs sag.\n[x] Rotatorenmanschette: "
        "Partialruptur Supraspinatussehne (⟦3 / 16|3:16⟧, ⟦5 / 9|5:9⟧)\n[ ] Labrum: unauffällig",
    ),
    parse(
        "de",
        "Befunde, Serie 5 (CTA axial 0,8 mm):\n• Embolus in der linken Pulmonalarterie – ⟦#61/5|5:61⟧\n"
        "• Segmentembolie Mittellappen – ⟦#98/5|5:98⟧",
    ),
    parse(
        "en",
        "CTA head and neck; series 3 = axial source, series 401 = coronal MIP.\n- Occlusion of the left M2 "
        "branch: coronal MIP ⟦401:37|401:37⟧.\n- 60% stenosis of the right ICA origin (NASCET): ⟦3:144|3:144⟧.",
    ),
    parse(
        "en",
        "MRI lumbar spine. Series 2 = sagittal T2, series 8 = axial T2.\n1. Broad-based disc protrusion L4/5 "
        "narrowing the left lateral recess (⟦2/12|2:12⟧; ⟦8/19|8:19⟧).",
    ),
]

# The English image abbreviation "im" under a series heading.
BATCH3: list[Excerpt] = [
    parse(
        "en",
        "CT urogram.\nFindings (series 3, axial 1.25 mm):\n• Left distal ureteric stone, 5 mm – ⟦im 48|3:48⟧\n"
        "• Left hydroureter – ⟦im 70-76|3:70-76⟧\n• Right renal calculi – ⟦im 81, 84, 90|3:81 3:84 3:90⟧",
    ),
    parse(
        "en",
        "Portal venous CT, series 6:\n- Segment 8 hypodensity, 9 mm, ⟦im 37|6:37⟧\n- Splenic cyst, ⟦im 52|6:52⟧",
    ),
]

# Look-alikes that must stay unread.
BATCH4: list[Excerpt] = [
    parse(
        "de",
        "Serien: 3 = T2 tra, 5 = T1 KM. Zyste 3/45 mm im Pankreasschwanz, Läsion 3 von 5 unverändert, "
        "Osteochondrose L4/5. Pankreaszyste (⟦Serie 3, Bild 22|3:22⟧).",
    ),
    parse(
        "en",
        "Series 4 = axial venous. The nodule is 12/8 mm, PI-RADS 4/5, seen in 2/3 of prior studies; "
        "last check 3/24. Nodule on ⟦series 4 image 71|4:71⟧.",
    ),
    parse(
        "de",
        "Im 3. Zyklus Teilremission, im 12 Uhr-Bereich links kein Herd. Serie 4 = axial, Schmerzscore 4/10 Punkte.",
    ),
    parse(
        "en",
        "Chest CT. Findings: the ratio RV/LV is 12/10; Agatston score 45/120 percentile; 3/5 nodules calcified.",
    ),
    parse(
        "de",
        "Befunde, Serie 2 (axial):\n- Spondylarthrose C3/4 und C4/5 beidseits\n- Bandscheibe L2/3 ohne Vorfall "
        "(⟦Serie 2, Bild 14|2:14⟧)",
    ),
    parse(
        "en",
        "Series 5 = coronal. Blood pressure 140/90, heart rate 72, HbA1c 6/7 target; im not sure of the "
        "timing. Effusion on ⟦series 5 image 20|5:20⟧.",
    ),
]
