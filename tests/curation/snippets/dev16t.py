"""DEV / training set for issue 16, round 13 (engineer refs-r13): prior-study citations by structure, cue scope.

Written from the round-13 brief's class descriptions of a blind set's misses (counts only), before this engineer
read the miner's grammar, candidate or evidence code, and without opening any held-out set (no tests/heldout* file
was read). Markup is dev16c's: `⟦visible citation|spec⟧` with `S:I` / `S:I-J` items, `P` for the prior study,
`@plane` for a plane word in the reference's own bracket or clause; no snippets. DE/AT/CH/UK/US habits.

Classes:
- BATCH1, follow-up tables and timepoint rows: pipe rows and arrow rows where an earlier timepoint's value and
  citation come first and today's after it; the prior is marked only by a date cell, a timepoint word
  ("BL", "Baseline", "Nadir", "FU1") or a "→" between timepoints; RECIST target-lesion rows. Confounders: current
  tables with a date column of the current exam only, arrows that are no timepoints.
- BATCH2, a clause naming the earlier exam by modality and date or month after the current value; the prior scope
  runs over the following clauses of a comparison list. Confounders: a comparison sentence whose only citation
  is today's.
- BATCH3, plural and other prior nouns and abbreviations: "in den Vorbildern", "Voraufnahmen", "VA", "Vorstudien",
  "previous films", a prior label with a year or time inside the bracket after the current citation.
- BATCH4, one bracket with the current citation first and the prior one after ";" or ",", the prior cue standing
  just before the second citation; and the mirror order. Confounders: a prior cue before the whole bracket.
- BATCH5, the German image word + slash ("Bi 5/77" = series 5, image 77), with en-dash or hyphen ranges and lists.
  Confounders: BI-RADS categories, ratios after "Bi", dates.

Labelling decisions (as dev16j): S is the series the citation points into (written, or carried over in the same
sentence); `-` where no series can be known. P marks a citation into a previous or outside study. Excerpts
without a marked citation are confounders.

Measured once per batch on the unchanged miner (branch refs-r13 at 9c6c89e, `include_prior=True`, the model
scorer), aggregate only:
- BATCH1 (22 excerpts, 42 refs, 19 prior, 0 confounder-only): tp=28 fp=14 fn=14 P 0.667 R 0.667.
- BATCH2 (16 excerpts, 34 refs, 18 prior, 0 confounder-only): tp=21 fp=13 fn=13 P 0.618 R 0.618.
- BATCH3 (18 excerpts, 30 refs, 16 prior, 0 confounder-only): tp=18 fp=12 fn=12 P 0.600 R 0.600.
- BATCH4 (17 excerpts, 34 refs, 17 prior, 0 confounder-only): tp=31 fp=3 fn=3 P 0.912 R 0.912.
- BATCH5 (16 excerpts, 16 refs, 0 prior, 3 confounder-only): tp=0 fp=9 fn=16 P 0.000 R 0.000.
- all five (89 excerpts, 156 refs, 70 prior, 3 confounder-only): tp=98 fp=51 fn=58 P 0.658 R 0.628.

BATCH6 was written AFTER reading the miner and measuring the batches above (not an untuned figure): the brief's
classes this set lacked (a comparison-list clause without its own date after a dated one, "BL" in a table cell,
Austrian month names) and near-confounders of the round-13 rules (arrows of a course, "seit <date>", a same-sentence
clause of another modality with no prior clause before it, a column table without timepoints).
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4", "BATCH5", "BATCH6"]


BATCH1: list[Excerpt] = [
    # --- pipe rows: a date cell before the earlier value, "heute"/"aktuell" before today's
    parse("de", "| Läsion | Verlauf |\n|---|---|\n| Leber Seg. VII | 03.11.25: 24 mm (⟦Se 4/Bi 61|4:61 P⟧) | "
                "heute: 19 mm (⟦Se 5/Bi 64|5:64⟧) |"),
    parse("de", "| Lymphknoten paraaortal | 22.09.2025: 17 mm (⟦Serie 3, Bild 102|3:102 P⟧) | aktuell: 12 mm "
                "(⟦Serie 6, Bild 98|6:98⟧) |"),
    parse("de", "| Lunge OL rechts | 2025-06-18 | 11 mm | ⟦Se 2 Bi 44|2:44 P⟧ |\n| Lunge OL rechts | heute | 9 mm | "
                "⟦Se 3 Bi 47|3:47⟧ |"),
    parse("de", "Zielläsionen:\n| Nr. | Lokalisation | 12.08.25 | Bild | aktuell | Bild |\n|---|---|---|---|---|---|\n"
                "| 1 | Leber Seg. II | 31 mm | ⟦Se 5 Bi 30|5:30 P⟧ | 26 mm | ⟦Se 7 Bi 33|7:33⟧ |"),
    parse("de", "| Nebenniere links | 14.02.: 28 mm (⟦S4/B70|4:70 P⟧) | jetzt: 30 mm (⟦S6/B72|6:72⟧) |"),
    parse("de", "| Rundherd UL links | Vorbefund 05/25: 8 mm (⟦Se 3, Bi 130|3:130 P⟧) | heute 8 mm "
                "(⟦Se 4, Bi 128|4:128⟧) |"),
    # AT / CH
    parse("de", "| Läsion | 17.10.2025 | 09.03.2026 |\n|---|---|---|\n| Pankreasschwanz | "
                "19 mm (⟦Se 6/Bi 77|6:77 P⟧) | 21 mm (⟦Se 8/Bi 80|8:80⟧) |"),
    parse("de", "Milzläsion: 01/2026 15 mm (⟦Serie 5, Bild 48|5:48 P⟧) | heute 13 mm (⟦Serie 7, Bild 51|7:51⟧)."),
    # --- arrow rows between timepoints
    parse("de", "Leber Seg. VI: 28 mm (⟦Se 4 Bi 50|4:50 P⟧) → 19 mm (⟦Se 5 Bi 53|5:53⟧)."),
    parse("de", "Lymphknoten iliakal links: BL ⟦Se 3 Bi 140|3:140 P⟧ 21 mm → FU ⟦Se 4 Bi 143|4:143⟧ 14 mm."),
    parse("de", "Zielläsion 2 (Lunge UL rechts): Baseline 16 mm (⟦BL Se 2, Bi 88|2:88 P⟧) → aktuell 10 mm "
                "(⟦Se 3, Bi 91|3:91⟧)."),
    parse("de", "Peritonealkarzinose-Knoten: Nadir 11 mm (⟦Se 5, Bi 120|5:120 P⟧) -> jetzt 18 mm "
                "(⟦Se 6, Bi 117|6:117⟧), progredient."),
    parse("en", "Target lesion 1, right hepatic lobe: 34 mm (⟦series 4, image 55|4:55 P⟧) → 22 mm "
                "(⟦series 6, image 58|6:58⟧)."),
    parse("en", "Target 2, subcarinal node: BL 19 mm (⟦Se 3 Im 70|3:70 P⟧) -> FU1 13 mm (⟦Se 3 Im 72|3:72⟧)."),
    parse("en", "| Lesion | Baseline (Jan 2026) | Current |\n|---|---|---|\n| Left adrenal | 27 mm (⟦S5 I40|5:40 P⟧) | "
                "24 mm (⟦S7 I43|7:43⟧) |"),
    parse("en", "| Right lower lobe nodule | 11/04/2025: 9 mm (⟦ser 2 img 140|2:140 P⟧) | today: 12 mm "
                "(⟦ser 3 img 138|3:138⟧) |"),
    parse("en", "RECIST target lesions (baseline → current): 1. Segment VIII 41 mm (⟦BL Se 5 Im 37|5:37 P⟧) → "
                "30 mm (⟦Se 6 Im 39|6:39⟧); 2. Porta hepatis node 18 mm (⟦BL Se 5 Im 52|5:52 P⟧) → 12 mm "
                "(⟦Se 6 Im 55|6:55⟧)."),
    parse("en", "Peritoneal deposit: ⟦Baseline series 4 image 101|4:101 P⟧ measured 22 mm; now 15 mm "
                "(⟦series 5 image 99|5:99⟧)."),
    # --- confounders: current-only tables and arrows that are no timepoints
    parse("de", "| Läsion | Datum | Größe | Bild |\n|---|---|---|---|\n| Leber Seg. V | 09.03.2026 (heute) | 14 mm | "
                "⟦Se 4 Bi 58|4:58⟧ |"),
    parse("de", "Befundübermittlung 09.03.2026 → Zuweiser; Rundherd Mittellappen 7 mm (⟦Se 3, Bi 95|3:95⟧)."),
    parse("en", "Drain tip → right subhepatic space (⟦series 5, image 61|5:61⟧), no collection."),
    parse("de", "Größenentwicklung: 12 mm → 15 mm → 19 mm (Vorbefunde ohne Bildangabe), aktuell ⟦Se 4 Bi 66|4:66⟧."),
]

BATCH2: list[Excerpt] = [
    # --- the earlier exam by modality and a date / month, after today's value; the scope spans the list
    parse("de", "Die Nebennierenläsion rechts misst heute 24 mm (⟦Serie 4, Bild 61|4:61⟧), im CT vom Februar "
                "20 mm (⟦Serie 3, Bild 58|3:58 P⟧), im MRT vom April 22 mm (⟦Serie 12, Bild 19|12:19 P⟧)."),
    parse("de", "Der Rundherd misst aktuell 13 mm (⟦Se 3, Bi 77|3:77⟧), im CT vom 14.11.2025 11 mm "
                "(⟦Se 2, Bi 80|2:80 P⟧)."),
    parse("de", "Lebermetastase Seg. IVb jetzt 33 mm (⟦Se 5 Bi 42|5:42⟧), in der MRT von Dezember 27 mm "
                "(⟦Se 9 Bi 15|9:15 P⟧) und im PET-CT vom Oktober 25 mm (⟦Se 4 Bi 110|4:110 P⟧)."),
    parse("de", "Lymphknoten infrakarinal 16 mm (⟦Serie 4, Bild 72|4:72⟧), im CT vom Jänner 12 mm "
                "(⟦Serie 4, Bild 70|4:70 P⟧), im CT vom November 9 mm (⟦Serie 5, Bild 69|5:69 P⟧)."),
    parse("de", "Das Meningeom misst 21 mm (⟦Se 8, Bi 14|8:14⟧), in der MRT vom 02.10.2025 19 mm "
                "(⟦Se 7, Bi 12|7:12 P⟧)."),
    parse("de", "Die Zyste im Pankreaskopf misst 14 mm (⟦Serie 6, Bild 33|6:33⟧); im MRCP vom Sommer 2025 12 mm "
                "(⟦Serie 11, Bild 20|11:20 P⟧)."),
    parse("de", "Aortenaneurysma infrarenal heute 52 mm (⟦Se 3 Bi 150|3:150⟧), im Angio-CT von März 2025 47 mm "
                "(⟦Se 4 Bi 146|4:146 P⟧), im US vom Mai 49 mm."),
    # CH / AT
    parse("de", "Rundherd Oberlappen links grösse 9 mm (⟦Se 3/Bi 40|3:40⟧), im CT vom Juli 7 mm "
                "(⟦Se 3/Bi 38|3:38 P⟧), im CT vom Jänner 6 mm (⟦Se 2/Bi 41|2:41 P⟧)."),
    # --- English
    parse("en", "The right adrenal nodule measures 21 mm today (⟦series 5, image 33|5:33⟧), on the CT of "
                "January 18 mm (⟦series 2, image 30|2:30 P⟧), and on the MRI of 3 February 19 mm "
                "(⟦series 9, image 12|9:12 P⟧)."),
    parse("en", "Left lower lobe mass now 46 mm (⟦Se 4 Im 120|4:120⟧), on the PET-CT from November 38 mm "
                "(⟦Se 3 Im 118|3:118 P⟧)."),
    parse("en", "Subcarinal node 14 mm (⟦ser 3 img 61|3:61⟧); on CT dated 12/01/2025 it was 10 mm "
                "(⟦ser 3 img 59|3:59 P⟧) and on CT of August 8 mm (⟦ser 2 img 60|2:60 P⟧)."),
    parse("en", "Hepatic lesion 19 mm (⟦S5 I45|5:45⟧), on the MR of September 2025 16 mm (⟦S11 I20|11:20 P⟧)."),
    # --- confounders: a comparison naming a dated exam whose only citation is today's
    parse("de", "Im Vergleich zum CT vom Februar größenprogredienter Rundherd, aktuell 15 mm "
                "(⟦Serie 3, Bild 81|3:81⟧)."),
    parse("de", "Gegenüber dem MRT vom 20.12.2025 neu aufgetretene Läsion im Segment VII (⟦Se 5, Bi 39|5:39⟧)."),
    parse("en", "Compared with the CT of March, new right pleural effusion (⟦series 2, image 77|2:77⟧)."),
    parse("en", "Since the MRI of October the lesion has grown to 23 mm (⟦Se 7 Im 18|7:18⟧)."),
]

BATCH3: list[Excerpt] = [
    # --- plural / other prior nouns and abbreviations
    parse("de", "Der Herd war in den Vorbildern bereits abgrenzbar (⟦Serie 3, Bild 52|3:52 P⟧), heute 9 mm "
                "(⟦Serie 4, Bild 55|4:55⟧)."),
    parse("de", "In den Voraufnahmen 12 mm (⟦Se 2, Bi 33|2:33 P⟧), aktuell 15 mm (⟦Se 3, Bi 35|3:35⟧)."),
    parse("de", "Pneumothorax rechts regredient gegenüber der Voraufnahme von 06:40 Uhr (⟦VA Serie 1 Bild 1|1:1 P⟧)."),
    parse("de", "Erguss links zunehmend gegenüber der VA von gestern (⟦VA Se 2 Bi 14|2:14 P⟧), "
                "heute ⟦Se 3 Bi 16|3:16⟧."),
    parse("de", "Unverändert kleiner Nodulus (⟦Bi 5/77|5:77⟧, ⟦VU 2024: Bi 4/70|4:70 P⟧)."),
    parse("de", "Leberzyste Seg. VI 8 mm (⟦Serie 5, Bild 40|5:40⟧; ⟦VU 03/2025: Serie 4, Bild 36|4:36 P⟧)."),
    parse("de", "Knochenmetastase BWK 9 (⟦Se 601 Bi 28|601:28⟧, ⟦Vorstudie 2025: Se 601 Bi 27|601:27 P⟧)."),
    parse("de", "In den Vorbefunden und Vorbildern (⟦Se 4, Bi 90|4:90 P⟧) bereits vorhanden, "
                "heute ⟦Se 5, Bi 92|5:92⟧."),
    parse("de", "Auf den älteren Aufnahmen (⟦Serie 2, Bild 17|2:17 P⟧) war die Verkalkung schon sichtbar."),
    parse("de", "Mediastinaler Lymphknoten, Vorbilder ⟦Se 3 Bi 61|3:61 P⟧ 10 mm, jetzt ⟦Se 4 Bi 60|4:60⟧ 11 mm."),
    # AT / CH
    parse("de", "Rundherd grössenkonstant (⟦Bi 3/55|3:55⟧; ⟦VA 2025: Bi 3/51|3:51 P⟧)."),
    # --- English
    parse("en", "The nodule was already visible on the previous films (⟦series 3, image 90|3:90 P⟧)."),
    parse("en", "On the priors it measured 9 mm (⟦Se 4 Im 70|4:70 P⟧), now 12 mm (⟦Se 5 Im 73|5:73⟧)."),
    parse("en", "Stable sclerotic focus (⟦series 6, image 44|6:44⟧; ⟦prior 2024: series 5, image 41|5:41 P⟧)."),
    parse("en", "Effusion smaller than on the earlier radiograph at 07:15 (⟦prev. Se 1 Im 1|1:1 P⟧)."),
    parse("en", "The cyst is unchanged from the previous studies (⟦Se 2 Im 55|2:55 P⟧) and today (⟦Se 3 Im 57|3:57⟧)."),
    # --- confounders: a prior noun outside the citation's clause, the citation today's
    parse("de", "Vorbilder lagen nicht vor. Rundherd im Mittellappen 6 mm (⟦Se 3, Bi 101|3:101⟧)."),
    parse("en", "No previous films for comparison. 7 mm nodule in the lingula (⟦series 4, image 66|4:66⟧)."),
]

BATCH4: list[Excerpt] = [
    # --- the current citation first, the prior one after ";" or "," in the same bracket
    parse("de", "Lebermetastase Seg. VIII 29 mm (⟦Se 6 Bi 21|6:21⟧; ⟦Baseline Se 4 Bi 19|4:19 P⟧)."),
    parse("de", "Lymphknoten paraaortal 11 mm (⟦Serie 4, Bild 88|4:88⟧; ⟦VU Serie 3, Bild 85|3:85 P⟧)."),
    parse("de", "Rundherd Unterlappen links 7 mm (⟦Se 3 Bi 140|3:140⟧, ⟦Vorbefund Se 3 Bi 137|3:137 P⟧)."),
    parse("de", "Nierenzyste rechts 22 mm (⟦Se 5, Bi 64|5:64⟧; ⟦in der Voruntersuchung Se 4, Bi 60|4:60 P⟧)."),
    parse("de", "Osteolyse Os ilium links (⟦Serie 7, Bild 133|7:133⟧; ⟦Vor-CT Serie 6, Bild 129|6:129 P⟧), "
                "größenkonstant."),
    parse("de", "Nebennierenadenom links (⟦Se 4 Bi 71|4:71⟧; ⟦Vergleich Se 2 Bi 66|2:66 P⟧)."),
    parse("en", "Right lower lobe nodule 8 mm (⟦series 4, image 33|4:33⟧; ⟦prior series 4, image 30|4:30 P⟧)."),
    parse("en", "Segment II lesion (⟦Se 5 Img 18|5:18⟧; ⟦baseline Se 4 Img 17|4:17 P⟧), decreasing."),
    parse("en", "Para-aortic node 9 mm (⟦Ser 3 Im 95|3:95⟧, ⟦comparison Ser 2 Im 91|2:91 P⟧)."),
    parse("en", "Left adrenal nodule (⟦image 40, series 5|5:40⟧; ⟦previous image 38, series 4|4:38 P⟧)."),
    parse("en", "Pleural plaque (⟦S6 I120|6:120⟧; ⟦old S3 I115|3:115 P⟧), unchanged."),
    # --- the mirror order: prior first, then today's with its own cue
    parse("de", "Hämangiom Seg. VII (⟦VU Se 3 Bi 50|3:50 P⟧; ⟦aktuell Se 4 Bi 52|4:52⟧)."),
    parse("en", "Hepatic cyst (⟦prior Se 2 Im 41|2:41 P⟧; ⟦current Se 3 Im 44|3:44⟧)."),
    # --- a prior cue before the whole bracket: both prior
    parse("de", "In der Voruntersuchung (⟦Se 3 Bi 20|3:20 P⟧; ⟦Se 3 Bi 24|3:24 P⟧) zwei kleine Herde."),
    parse("en", "On the prior examination (⟦series 2, image 60|2:60 P⟧, ⟦series 2, image 64|2:64 P⟧) two nodules "
                "were seen."),
    # --- confounders: two current citations in one bracket
    parse("de", "Zwei Leberzysten (⟦Se 5 Bi 30|5:30⟧; ⟦Se 5 Bi 47|5:47⟧), größenkonstant zur Voruntersuchung."),
    # round 29 (refs-conv29): re-marked prior (the convention: a citation right after an earlier exam is its)
    parse("en", "Two nodules, unchanged from prior (⟦series 3, image 45|3:45 P⟧; ⟦series 3, image 71|3:71 P⟧)."),
]

BATCH5: list[Excerpt] = [
    # --- "Bi" + series/image slash, ranges with en dash or hyphen, lists
    parse("de", "Hypodense Läsion Seg. V, 11 mm (⟦Bi 5/77|5:77⟧)."),
    parse("de", "Sigmadivertikulitis mit Wandverdickung (⟦Bi 5/220–236|5:220-236⟧), kein Abszess."),
    parse("de", "Lungenembolie Unterlappenarterie rechts (⟦Bi 4/150-158|4:150-158⟧)."),
    parse("de", "Rundherde Oberlappen rechts (⟦Bi 3/41 und 3/66|3:41 3:66⟧)."),
    parse("de", "Lymphknoten iliakal links 13 mm (⟦Bi. 6/182|6:182⟧), rechts unauffällig."),
    parse("de", "Nierenzyste links (⟦Bi 7/91, 7/95|7:91 7:95⟧), Bosniak I."),
    parse("de", "Spondylolyse LWK 5 (⟦Bi 602/14|602:14 @sagittal⟧ sagittal)."),
    parse("de", "Pankreaszyste 9 mm (⟦Bi 5 / 64|5:64⟧) ohne solide Anteile."),
    parse("de", "Pleuraerguss rechts, Saum 18 mm (⟦Bi 2/101–104|2:101-104⟧)."),
    parse("de", "Milzinfarkt (⟦Bi 4/70|4:70⟧), daneben Nebenmilz (⟦Bi 4/82|4:82⟧)."),
    # AT / CH
    parse("de", "Leberhämangiom Seg. II grösse 17 mm (⟦Bi 6/33|6:33⟧), typisches Kontrastmittelverhalten."),
    parse("de", "Subkapsuläres Hämatom der Milz (⟦Bi 5/60–72|5:60-72⟧), keine aktive Blutung."),
    # --- confounders: BI-RADS categories, ratios and dates near "Bi"
    parse("de", "Mammographie beidseits: BI-RADS 4/5 rechts, links BI-RADS 2."),
    parse("de", "Herdbefund rechts BIRADS 3/4, Kontrolle in 6 Monaten empfohlen."),
    parse("de", "Bi-ventrikuläre Funktion 3/4 erhalten, Befund vom 5/2025."),
    parse("de", "Zyste Mamma links, BI-RADS 2 (⟦Bi 3/41|3:41⟧)."),
]

BATCH6: list[Excerpt] = [
    # --- a comparison list: the clause after a dated one names another examination without a date
    parse("de", "Lymphknoten paraaortal heute 14 mm (⟦Se 4, Bi 90|4:90⟧), im CT vom Jänner 18 mm "
                "(⟦Se 3, Bi 88|3:88 P⟧), im MRT 17 mm (⟦Se 11, Bi 25|11:25 P⟧)."),
    parse("en", "Left adrenal mass 31 mm (⟦series 6, image 40|6:40⟧), on the CT of May 27 mm "
                "(⟦series 3, image 38|3:38 P⟧) and on the MRI 28 mm (⟦series 8, image 15|8:15 P⟧)."),
    parse("de", "Rundherd 12 mm (⟦Se 3/Bi 66|3:66⟧); im PET-CT vom Herbst 2025 10 mm (⟦Se 2/Bi 61|2:61 P⟧), "
                "im CT 9 mm (⟦Se 4/Bi 64|4:64 P⟧), jetzt größenprogredient."),
    # --- "BL" and "Nadir" in table cells
    parse("de", "| Zielläsion | BL | Nadir | aktuell |\n|---|---|---|---|\n| Leber Seg. VII | "
                "30 mm (⟦Se 4 Bi 22|4:22 P⟧) | 21 mm (⟦Se 5 Bi 24|5:24 P⟧) | 26 mm (⟦Se 6 Bi 23|6:23⟧) |"),
    parse("en", "| Target | Baseline | Image | Follow-up | Image |\n|---|---|---|---|---|\n| RUL nodule | 18 mm | "
                "⟦Se 3 Im 55|3:55 P⟧ | 14 mm | ⟦Se 4 Im 58|4:58⟧ |"),
    parse("de", "| 1 | Lunge UL links | BL: 22 mm (⟦S3/B120|3:120 P⟧) | heute: 15 mm (⟦S4/B118|4:118⟧) |"),
    # --- confounders: arrows of a course, "seit <date>", another modality without a prior clause, a plain table
    parse("de", "Katheterspitze (⟦Se 3 Bi 40|3:40⟧) → V. cava superior (⟦Se 3 Bi 36|3:36⟧), regelrecht."),
    parse("en", "Drain from the right flank (⟦series 5, image 88|5:88⟧) -> into the collection "
                "(⟦series 5, image 72|5:72⟧)."),
    parse("de", "Rundherd seit 03/2019 bekannt, 8 mm (⟦Se 3 Bi 40|3:40⟧), aktuell zusätzlich ein zweiter Herd "
                "(⟦Se 3 Bi 61|3:61⟧)."),
    parse("de", "Leberläsion heute im CT 24 mm (⟦Se 4 Bi 61|4:61⟧), im heutigen MRT 25 mm (⟦Se 9 Bi 14|9:14⟧)."),
    parse("de", "| Organ | Befund | Bild |\n|---|---|---|\n| Leber | Zyste 8 mm | ⟦Se 4 Bi 30|4:30⟧ |\n| Niere | "
                "Zyste 12 mm | ⟦Se 4 Bi 71|4:71⟧ |"),
    parse("en", "Stable 6 mm nodule since 12/2024 (⟦series 3, image 70|3:70⟧), new 4 mm nodule "
                "(⟦series 3, image 91|3:91⟧)."),
]
