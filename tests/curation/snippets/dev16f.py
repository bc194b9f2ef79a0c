"""Dev set for issue 16, round 5 (engineer refs-fix5): the classes the clean blind set E still missed after round 4.

A DEV set, written by a fourth engineer (none of the `dev16c.py`/`dev16d.py`/`dev16e.py` authors) in DE/AT/CH/UK/US
habits, aimed at the classes only (E's misses after round 4: list, range, slice word, prior, image-only, full
English; false hits with wrong fields): lists and ranges of every shape (mixed series, series repeated or omitted,
"sowie"/"as well as"/"&", across a line break, "ff.", "through", "bis", a shortened range end, ranges across series
words), slice words as the image word (slice/sl./Schicht/Schnitt/Schnittbild/section/level) but not slice
thicknesses, image-only inheritance (headings, previous sentence, list headers, table rows), a prior cue scoping
over a whole bracket or list, and full English forms. It holds no text of any held-out set (none was opened).
Markup and gold conventions as in `dev16c.py` (`parse`) and `dev16d.py`; "Bild 30 ff." names image 30 (as
"ab Bild 40" does); "images 40 through 44" is one range.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4", "BATCH5"]


def _batch(de: list[str], en: list[str], confounders: list[tuple[str, str]]) -> list[Excerpt]:
    return [parse("de", t) for t in de] + [parse("en", t) for t in en] + [parse(lang, t) for lang, t in confounders]


# Batch 1: written before reading the grammar's code, measured once on the unchanged code (branch base 2b8a480).
_DE1 = [
    # lists: series repeated or omitted, mixed series, "sowie", "&", across a line break
    "⟨a|Multiple Leberzysten⟩ (⟦Bilder 12, 14 sowie 19 der Serie 5|5:12 5:14 5:19 #a⟧).",
    "⟨a|Kleine Lungenrundherde beidseits⟩ (⟦Serie 3, Bild 44, Serie 3, Bild 71|3:44 3:71 #a⟧).",
    "⟨a|Pleurale Knoten⟩ (⟦Serie 4 Bild 20 & 33|4:20 4:33 #a⟧).",
    "⟨a|Sklerosierte Herde im Becken⟩ (⟦Serie 6, Bilder 101, 108,\n115 und 122|6:101 6:108 6:115 6:122 #a⟧).",
    "⟨a|Lymphknoten mesenterial⟩ (⟦Serie 2 Bild 40 sowie Serie 501 Bild 18|2:40 501:18 #a⟧).",
    "⟨a|Zwei Nierenzysten rechts⟩ (⟦Se 5: Bi 33 und 41|5:33 5:41 #a⟧).",
    "⟨a|Osteolysen BWK 7 und LWK 3⟩ (⟦Bild 5/60 sowie 5/140|5:60 5:140 #a⟧).",
    "⟨a|Noduli im Mittellappen⟩ (⟦Serie 3, Bilder 12-14 und 20|3:12-14 3:20 #a⟧).",
    # ranges: bis, ff., shortened end, across series words
    "⟨a|Thrombus in der V. femoralis⟩ (⟦Serie 4, Bild 30 bis 34|4:30-34 #a⟧).",
    "⟨a|Segmentale Embolie im Unterlappen links⟩ (⟦Serie 3, Bild 88 ff.|3:88 #a⟧).",
    "⟨a|Langstreckige Wandverdickung des Colon descendens⟩ (⟦Serie 2, Bild 140-55|2:140-155 #a⟧).",
    "⟨a|Pleuraerguss rechts⟩ (⟦Serie 4, Bild 60 - Bild 72|4:60-72 #a⟧).",
    "⟨a|Hämatom im M. rectus abdominis⟩ (⟦Bilder 5/70 bis 5/82|5:70-82 #a⟧).",
    "⟨a|Divertikel im Sigma⟩ (⟦Serie 2, Bilder 150–158, 170|2:150-158 2:170 #a⟧).",
    # slice words as the image word
    "⟨a|Hypodense Läsion im Pankreaskopf⟩ (⟦Serie 4, Schicht 45|4:45 #a⟧).",
    "⟨a|Kleiner Mediainfarkt rechts⟩ (⟦Serie 2, Schnitt 18|2:18 #a⟧).",
    "⟨a|Bandscheibenvorfall L4/5 links⟩ (⟦Schnittbild 9 der Serie 7|7:9 #a⟧).",
    "⟨a|Zyste im Nierenoberpol links⟩ (⟦Serie 5, Schichten 40-43|5:40-43 #a⟧).",
    "⟨a|Kalzifikation der Aortenklappe⟩ (⟦Se 3, Schicht 61|3:61 #a⟧), Schichtdicke 1 mm.",
    "⟨a|Meniskusriss Hinterhorn medial⟩ (⟦Serie 8, Schnittbild 12|8:12 #a⟧).",
    "⟨a|Subchondrales Ödem⟩ (⟦Sl. 14, Se 6|6:14 #a⟧).",
    # image-only inheritance: heading, previous sentence, list header, table row
    "Thorax, Serie 3:\n- ⟨a|Rundherd im Oberlappen rechts⟩ (⟦Bild 71|3:71 #a⟧)\n"
    "- ⟨b|Emphysemblasen apikal⟩ (⟦Bild 20-24|3:20-24 #b⟧)",
    "In Serie 6 (portalvenös) zeigt sich ⟨a|eine hypodense Leberläsion in Segment VI⟩ (⟦Bild 52|6:52 #a⟧). "
    "⟨b|Eine weitere Läsion in Segment II⟩ (⟦Bild 33|6:33 #b⟧).",
    "Serie 4 | ⟨a|Nebennierenadenom links⟩ | ⟦Bild 40|4:40 #a⟧\nSerie 5 | ⟨b|Nierenzyste rechts⟩ | "
    "⟦Bild 58|5:58 #b⟧",
    # prior scoping over a bracket or list
    "⟨a|Lymphknoten paraaortal, regredient⟩ (⟦VU 3/45, 3/50|3:45 3:50 P #a⟧).",
    "⟨a|Lebermetastasen, größenprogredient⟩ (⟦Voruntersuchung: Serie 4, Bild 30 und 38|4:30 4:38 P #a⟧).",
    "⟨a|Rundherd Unterlappen⟩ (⟦Vor-CT Bild 3/71 bzw. 3/72|3:71 3:72 P #a⟧; aktuell ⟦4/75|4:75 #a⟧).",
    # full German
    "⟨a|Zyste am Nierenunterpol⟩ in ⟦Serie 5 auf Bild 78|5:78 #a⟧.",
    "⟨a|Kleine Spondylophyten⟩ (⟦Serie Nr. 7, Bild Nr. 22|7:22 #a⟧).",
]

_EN1 = [
    # lists
    "⟨a|Several pulmonary nodules⟩ (⟦series 3, images 41, 58 as well as 77|3:41 3:58 3:77 #a⟧).",
    "⟨a|Bilateral renal cysts⟩ (⟦series 5 image 22 and series 5 image 49|5:22 5:49 #a⟧).",
    "⟨a|Mesenteric nodes⟩ (⟦series 2, images 61 & 70|2:61 2:70 #a⟧).",
    "⟨a|Scattered calcified granulomas⟩ (⟦series 4 images 12, 19,\n27|4:12 4:19 4:27 #a⟧).",
    "⟨a|Small liver hypodensities⟩ (⟦2/33 and 2/41 and 2/50|2:33 2:41 2:50 #a⟧).",
    # ranges
    "⟨a|Right lower lobe consolidation⟩ (⟦series 4, images 40 through 44|4:40-44 #a⟧).",
    "⟨a|Saddle embolus extending into both main pulmonary arteries⟩ (⟦series 6, images 88 to 95|6:88-95 #a⟧).",
    "⟨a|Long-segment esophageal wall thickening⟩ (⟦series 2 images 101-09|2:101-109 #a⟧).",
    "⟨a|Dependent atelectasis⟩ (⟦series 3, image 200 thru image 210|3:200-210 #a⟧).",
    # slice words
    "⟨a|Small left frontal subdural hematoma⟩ (⟦series 2, slices 14-16|2:14-16 #a⟧).",
    "⟨a|Punctate focus of restricted diffusion⟩ on ⟦slice 22 of series 5|5:22 #a⟧.",
    "⟨a|Partial-thickness supraspinatus tear⟩ (⟦ser 9 sl 13|9:13 #a⟧).",
    "⟨a|Endplate Schmorl node⟩ (⟦series 6, section 11|6:11 #a⟧); slice thickness 3 mm.",
    "⟨a|Hypoenhancing pancreatic lesion⟩ (⟦series 4, level 58|4:58 #a⟧).",
    "⟨a|Posterior horn medial meniscus tear⟩ (⟦sl. 15 on series 7|7:15 #a⟧).",
    # image-only inheritance
    "SERIES 3 (AXIAL LUNG):\n⟨a|4 mm right upper lobe nodule⟩, ⟦image 55|3:55 #a⟧.\n"
    "⟨b|Mild centrilobular emphysema⟩, ⟦images 10-30|3:10-30 #b⟧.",
    "Series 5 shows ⟨a|a 12 mm hypoenhancing lesion in segment 7⟩ (⟦image 41|5:41 #a⟧). "
    "⟨b|A smaller lesion is seen in segment 3⟩ (⟦image 29|5:29 #b⟧).",
    # full English forms
    "⟨a|Nonobstructing right renal calculus⟩ ⟦on image 45 of the axial series 3|3:45 #a @axial⟧.",
    "⟨a|Indeterminate hepatic lesion⟩ (⟦series number 6, image number 31|6:31 #a⟧).",
    "⟨a|Subsolid nodule in the left upper lobe⟩ ⟦in series 3 at image 87|3:87 #a⟧.",
    "⟨a|Chronic compression deformity of T12⟩ (⟦series 4, image no. 61|4:61 #a⟧).",
    "⟨a|Enlarged subcarinal lymph node⟩, seen ⟦on series 2 at the level of image 66|2:66 #a⟧.",
    # prior scoping
    "⟨a|Lesions have decreased⟩ (⟦prior series 3, images 40 and 52|3:40 3:52 P #a⟧).",
    "Previously ⟨a|the node measured 14 mm⟩ (⟦series 2, images 70-72 on the prior|2:70-72 P #a⟧).",
]

_CONFOUNDERS1 = [
    ("de", "Schichtdicke 1 mm, Schicht 3 mm rekonstruiert, 2 Schnitte pro Sekunde, Serie 4 von 6."),
    ("en", "Slice thickness 1.25 mm, 3 mm sections, level L4-L5, 2 slices per rotation."),
    ("de", "240 Schichten in 5 Serien, Schnittbildgebung in 2 Ebenen, Schicht 1 bis 3 mm."),
    ("en", "Images through the skull base were limited. Follow-up in 6-12 months."),
    ("de", "Drei Serien, Schnittführung axial 3 mm und koronar 2 mm; Level 40, Fenster 400."),
]

BATCH1 = _batch(_DE1, _EN1, _CONFOUNDERS1)


# Batch 2: written after batch 1's fixes, measured once before its own fixes.
_DE2 = [
    # number words and a bare dash pair
    "⟨a|Kleiner Rundherd im Unterlappen⟩ (⟦Serie drei, Bild 45|3:45 #a⟧).",
    "⟨a|Zyste im Lebersegment IV⟩ (⟦Serie fünf Bild 22|5:22 #a⟧).",
    # ranges across series words and with the series repeated in slash form
    "⟨a|Thrombus in der Pfortader⟩ (⟦Serie 4, Bild 50 bis Serie 4, Bild 57|4:50-57 #a⟧).",
    "⟨a|Hämatom perirenal links⟩ (⟦Bild 3/88-3/96|3:88-96 #a⟧).",
    "⟨a|Ausgedehnte Konsolidierung⟩ ⟦ab Serie 3, Bild 120 ff.|3:120 #a⟧.",
    "⟨a|Lymphknotenkonglomerat⟩ (⟦Serie 2, Bild 60–4|2:60-64 #a⟧).",
    # lists: series omitted in the later items, the image word repeated, three items with "sowie"
    "⟨a|Osteolysen⟩ (⟦Serie 7, Bild 12, Bild 40 und Bild 77|7:12 7:40 7:77 #a⟧).",
    "⟨a|Pulmonale Metastasen⟩ (⟦Se 3 Bi 14, Se 3 Bi 29 sowie Se 3 Bi 51|3:14 3:29 3:51 #a⟧).",
    "⟨a|Divertikel im Sigma und Colon descendens⟩ (⟦Serie 4, Bilder 140, 152\nsowie 160|4:140 4:152 4:160 #a⟧).",
    "⟨a|Zwei Leberläsionen⟩ (⟦Serie 5 Bild 30, Serie 6 Bild 31|5:30 6:31 #a⟧).",
    # slice words
    "⟨a|Lakunärer Infarkt im Thalamus links⟩ (⟦Schicht 14, Serie 5|5:14 #a⟧).",
    "⟨a|Knochenmarködem im Talus⟩ (⟦Serie 9, Schnittbilder 10-12|9:10-12 #a⟧).",
    "⟨a|Diskusprotrusion L5/S1⟩ auf ⟦Schnitt 11 der Serie 8|8:11 #a⟧, Schichtdicke 3 mm.",
    # image-only inheritance: the series in the sentence before, in a heading line, in a numbered list
    "Befund in Serie 4 (arteriell). ⟨a|Hypervaskularisierte Läsion Segment VII⟩ (⟦Bild 61|4:61 #a⟧), "
    "⟨b|eine zweite in Segment VIII⟩ (⟦Bild 70|4:70 #b⟧).",
    "Serie 6:\n1. ⟨a|Nierenzyste links Bosniak I⟩ (⟦Bild 40|6:40 #a⟧)\n2. ⟨b|Nebennierenverdickung rechts⟩ "
    "(⟦Bilder 22-25|6:22-25 #b⟧)",
    # prior scoping over a list with the image word repeated, prior in the middle of a sentence
    "⟨a|Bekannte Lungenmetastasen⟩ (⟦in der VU Serie 3, Bild 30 und Bild 44|3:30 3:44 P #a⟧).",
    "⟨a|Herd Segment VI, aktuell 12 mm⟩ (⟦Serie 5, Bild 40|5:40 #a⟧), ⟨b|damals 8 mm⟩ "
    "(⟦Serie 3, Bild 38 und 39|3:38 3:39 P #b⟧).",
    # wrong-field guards: totals, thickness, series counters beside the numbers
    "⟨a|Rundherd rechts basal⟩ (⟦Serie 4 (1 mm), Bild 201 von 320|4:201 #a⟧).",
    "⟨a|Spondylolyse LWK 5⟩ (⟦Serie 2/Bild 11|2:11 #a⟧).",
    "⟨a|Zyste im Pankreasschwanz⟩ (⟦Bild 44 (Serie 6)|6:44 #a⟧).",
]

_EN2 = [
    # number words, full English forms
    "⟨a|Small pericardial effusion⟩ (⟦series two, image 40|2:40 #a⟧).",
    "⟨a|Calcified granuloma⟩ (⟦image number 33 of series number 4|4:33 #a⟧).",
    "⟨a|Nonspecific splenic hypodensity⟩ is seen ⟦in series 5 on image 61|5:61 #a⟧.",
    "⟨a|Mild wall thickening of the terminal ileum⟩ (⟦series 3, image #88|3:88 #a⟧).",
    "⟨a|Small left pleural effusion⟩ (⟦image no. 120, series 2|2:120 #a⟧).",
    # ranges and lists
    "⟨a|Extensive right lower lobe consolidation⟩ (⟦series 4 image 60 through series 4 image 72|4:60-72 #a⟧).",
    "⟨a|Multiple hepatic metastases⟩ (⟦series 2, images 30, 37, and 44 as well as 58|2:30 2:37 2:44 2:58 #a⟧).",
    "⟨a|Pancreatic duct dilatation⟩ (⟦series 5 images 40-8|5:40-48 #a⟧).",
    "⟨a|Bilateral adrenal nodules⟩ (⟦se 3 im 51 & se 3 im 58|3:51 3:58 #a⟧).",
    # slice words
    "⟨a|Left temporal contusion⟩ (⟦series 3, slice 19 of 32|3:19 #a⟧).",
    "⟨a|Tiny right frontal subdural⟩ (⟦sl 21/se 4|4:21 #a⟧).",
    "⟨a|Joint effusion⟩ (⟦series 6, sections 8-10|6:8-10 #a⟧).",
    # image-only inheritance
    "AXIAL T2 (series 7): ⟨a|Cyst in the pancreatic head⟩ (⟦image 18|7:18 #a @axial⟧). ⟨b|Prominent CBD⟩ "
    "(⟦image 15|7:15 #b⟧).",
    "Series 3 was reviewed. ⟨a|There is a 5 mm nodule in the lingula⟩ (⟦image 140|3:140 #a⟧).",
    # prior scoping over a list
    "⟨a|On the prior, the nodules measured 4 and 5 mm⟩ (⟦series 2, images 50 and 61|2:50 2:61 P #a⟧).",
    "⟨a|The adrenal nodule measured 11 mm⟩ (⟦series 5, images 20 and 21 on the 2023 study|5:20 5:21 P #a⟧).",
]

_CONFOUNDERS2 = [
    ("de", "Rekonstruktion in 1-mm-Schichten, Schnittdicke 2 mm, Schichtabstand 1,5 mm, Serie 2 bis 5 nativ."),
    ("en", "Sections 3 mm through the abdomen; slice thickness 0.625 mm; level of the carina."),
    ("de", "Kontrolle in 3-6 Monaten. Im Schnitt 2-3 Läsionen pro Segment. Drei Serien."),
    ("en", "Level 40 window 400. Two series of images were obtained at 5 and 10 minutes."),
]

BATCH2 = _batch(_DE2, _EN2, _CONFOUNDERS2)


# Batch 3: written after batch 2's fixes, measured once before its own fixes.
_DE3 = [
    # image-only inheritance: the previous sentence names the series, a list header, a table with a series column
    "Die arterielle Phase ist Serie 5. ⟨a|Früharterielle Anflutung im Segment IVb⟩ (⟦Bild 38|5:38 #a⟧).",
    "Koronare MPR (Serie 602):\n- ⟨a|Keilwirbel BWK 11⟩, ⟦Bild 30 ff.|602:30 #a⟧\n"
    "- ⟨b|Schmorl-Knötchen LWK 2⟩, ⟦Bild 41|602:41 #b⟧",
    "| Serie | Bild | Befund |\n| 4 | ⟦38|4:38 #a⟧ | ⟨a|Rundherd Mittellappen⟩ |",
    "Leber (Serie 5): ⟨a|Zyste Segment VII⟩ (⟦Bild 27|5:27 #a⟧), ⟨b|Hämangiom Segment II⟩ (⟦Bild 19|5:19 #b⟧).",
    # lists and ranges
    "⟨a|Rippenfrakturen rechts⟩ (⟦Serie 3, Bild 118-24 und 140|3:118-124 3:140 #a⟧).",
    "⟨a|Aszites⟩ (⟦Bilder 4/80, 4/95 & 4/110|4:80 4:95 4:110 #a⟧).",
    "⟨a|Multiple Lungenrundherde⟩ (⟦Serie 3, Bild 22,\nBild 47 sowie Bild 90|3:22 3:47 3:90 #a⟧).",
    "⟨a|Thrombosierte Venen⟩ (⟦Serie 6, Bild 70 bis einschließlich 78|6:70-78 #a⟧).",
    "⟨a|Degenerative Veränderungen⟩ (⟦Serie 2 Bild 33 - 38|2:33-38 #a⟧).",
    # slice words
    "⟨a|Fissur der Tibiakante⟩ (⟦Schicht Nr. 12, Serie 4|4:12 #a⟧).",
    "⟨a|Verkalkter Herd in der Falx⟩ (⟦Serie 2, Schnittbild Nr. 14|2:14 #a⟧).",
    # prior scoping
    "⟨a|Stationäre Leberläsionen⟩ (⟦VU: Serie 4, Bild 31, 40 und 52|4:31 4:40 4:52 P #a⟧).",
    "⟨a|Regrediente Lymphknoten⟩ (⟦Vorbefund Bilder 3/60 und 3/66|3:60 3:66 P #a⟧).",
    # wrong-field guards
    "⟨a|Rundherd Unterlappen⟩ (⟦Serie 4, Bild 210 (von 350)|4:210 #a⟧).",
    "⟨a|Pleuraplaque 4 x 12 mm⟩ (⟦Serie 3, Bild 62|3:62 #a⟧, WL 40/400).",
    "⟨a|Zyste 8 mm⟩ (⟦Se 4/Bi 33|4:33 #a⟧), Kontrolle in 6/12.",
]

_EN3 = [
    # image-only inheritance
    "Lung windows are series 3. ⟨a|Stable 3 mm nodule in the right middle lobe⟩ (⟦image 88|3:88 #a⟧).",
    "SERIES 4 (SAG T1):\n- ⟨a|Hemangioma in L2⟩ (⟦image 9|4:9 #a⟧)\n- ⟨b|Modic type 1 change at L4-5⟩ "
    "(⟦images 10-11|4:10-11 #b⟧)",
    "Series | Image | Finding\n5 | ⟦44|5:44 #a⟧ | ⟨a|Left adrenal nodule⟩",
    # full English forms
    "⟨a|Calcified splenic granuloma⟩ is noted ⟦on image 61 in the coronal series 601|601:61 #a @coronal⟧.",
    "⟨a|Small hiatal hernia⟩ (⟦see series 2, image 30|2:30 #a⟧).",
    "⟨a|Lucent lesion in the left iliac bone⟩ (⟦series 5, image nos. 90 and 91|5:90 5:91 #a⟧).",
    "⟨a|Subcentimeter hepatic hypodensity⟩ (⟦image 40 on series 3|3:40 #a⟧).",
    "⟨a|Mild bronchial wall thickening⟩ (⟦series 3, images 120 thru 130|3:120-130 #a⟧).",
    # lists and ranges
    "⟨a|Multiple bilateral pulmonary nodules⟩ (⟦series 4: images 20, 31\nand 44|4:20 4:31 4:44 #a⟧).",
    "⟨a|Rib fractures⟩ (⟦series 3, images 210-14 and 230-35|3:210-214 3:230-235 #a⟧).",
    "⟨a|Nodules⟩ (⟦se 3 im 33, se 5 im 48|3:33 5:48 #a⟧).",
    # prior scoping
    "⟨a|The lesions previously measured up to 9 mm⟩ (⟦prior: 3/40, 3/44|3:40 3:44 P #a⟧).",
    "⟨a|Unchanged sclerotic foci⟩ (⟦comparison series 2, images 61 and 77|2:61 2:77 P #a⟧).",
    # wrong-field guards
    "⟨a|Right lower lobe nodule⟩ (⟦series 4 image 88|4:88 #a⟧, 2 of 3 nodules).",
    "⟨a|Hypoattenuating lesion, 12 HU⟩ (⟦series 201, image 35|201:35 #a⟧).",
]

_CONFOUNDERS3 = [
    ("de", "Serie 1-3 Topogramm. Schnittbildgebung mit 0,6-mm-Schichten, Level 50."),
    ("en", "Series 2-4 obtained. Slices 1-5 of the scout excluded. Level III and IV nodes normal."),
    ("de", "Blutdruck 120/80, Kontrolle 3/12, Verhältnis 2:1, Schicht 5 mm."),
]

BATCH3 = _batch(_DE3, _EN3, _CONFOUNDERS3)


# Batch 4: written after batch 3's fixes, measured once before its own fixes.
_DE4 = [
    # CH/AT habits: "Sequenz", "Aufnahme", "Bildnr.", slash lists with series repeated, image first lists
    "⟨a|Signalalteration im Hippocampus links⟩ (⟦Sequenz 6, Bilder 14 und 15|6:14 6:15 #a⟧).",
    "⟨a|Kleine Lungenzyste⟩ (⟦Aufnahmen 71-73 der Serie 3|3:71-73 #a⟧).",
    "⟨a|Hypodense Läsionen⟩ (⟦Bildnr. 33, 35 und 38 in Serie 5|5:33 5:35 5:38 #a⟧).",
    "⟨a|Osteophyten⟩ (⟦Bilder 9/12, 9/17\nund 9/25|9:12 9:17 9:25 #a⟧).",
    "⟨a|Leberzysten⟩ (⟦Bild 44 und 52 der Serie 4|4:44 4:52 #a⟧).",
    # inheritance from the sentence before, in one paragraph, with "dort"-free wording
    "Portalvenöse Phase, Serie 5. ⟨a|Zwei Hämangiome in Segment VI⟩ (⟦Bild 40 sowie 46|5:40 5:46 #a⟧).",
    "Serie 3 (Lunge):\n⟨a|Narbe im Oberlappen links⟩ ⟦Bild 30 bis 34|3:30-34 #a⟧.",
    # slice words after "auf"/"in"
    "⟨a|Kleines Meningeom⟩ in ⟦Schicht 22 der Serie 7|7:22 #a⟧.",
    "⟨a|Knorpelschaden retropatellar⟩ (⟦Serie 5, Schichten 12 bis 14|5:12-14 #a⟧).",
    # prior in a list with the image word repeated
    "⟨a|Zyste unverändert⟩ (⟦VU Serie 2, Bild 19 und Bild 20|2:19 2:20 P #a⟧).",
    # number word with "Bild" first
    "⟨a|Rundherd im Lingulasegment⟩ (⟦Bild 45, Serie vier|4:45 #a⟧).",
]

_EN4 = [
    "⟨a|Hepatic steatosis with focal sparing⟩ (⟦series 301 images 40, 44 & 49|301:40 301:44 301:49 #a⟧).",
    "⟨a|Enlarged right hilar node⟩ (⟦axial series 3 image 77|3:77 #a @axial⟧).",
    "⟨a|Tiny pulmonary nodules⟩ (⟦series 4, images 18, 22, 31,\n40 and 57|4:18 4:22 4:31 4:40 4:57 #a⟧).",
    "⟨a|Small right renal calculus⟩ (⟦series three image 62|3:62 #a⟧).",
    "Series 6 is the delayed phase. ⟨a|Washout in the left adrenal nodule⟩ (⟦image 33|6:33 #a⟧).",
    "⟨a|Splenule⟩ (⟦ser #5 img #41|5:41 #a⟧).",
    "⟨a|Soft-tissue nodule in the omentum⟩, ⟦series 2 image 80 to image 84|2:80-84 #a⟧.",
    "⟨a|Mild thickening of the left adrenal⟩ (⟦slice 40 of series 4|4:40 #a⟧), unchanged.",
    "⟨a|The nodule measured 6 mm on the prior⟩ (⟦series 3 images 52 and 53|3:52 3:53 P #a⟧).",
    "⟨a|Old rib fractures⟩ (⟦image 120 and image 133 of series 3|3:120 3:133 #a⟧).",
]

_CONFOUNDERS4 = [
    ("de", "Serien eins bis drei nativ, Serie vier nach KM. Bildqualität eingeschränkt."),
    ("en", "Series one through three were obtained; series four was repeated. Level 3 recommendation."),
    ("de", "| Segment | Größe |\n| 4 | 38 mm |\n| 7 | 12 mm |"),
    ("en", "| Series | Phase | Images |\n| 3 | arterial | 120 |"),
]

BATCH4 = _batch(_DE4, _EN4, _CONFOUNDERS4)


# Batch 5: written after all fixes as the last check, measured once, not tuned on.
_DE5 = [
    "⟨a|Pulmonale Rundherde beidseits⟩ (⟦Serie 2, Bilder 55, 61, 70 sowie 88|2:55 2:61 2:70 2:88 #a⟧).",
    "⟨a|Zwei Nebenmilzen⟩ (⟦Se 6 Bi 33 & Bi 36|6:33 6:36 #a⟧).",
    "⟨a|Thrombus in der V. poplitea⟩ (⟦Serie 8, Bild 140 bis 146|8:140-146 #a⟧).",
    "⟨a|Ödem im Femurkondylus lateral⟩ (⟦Serie 5, Schicht 18 und 19|5:18 5:19 #a⟧).",
    "⟨a|Erguss im Recessus suprapatellaris⟩ (⟦Schnitt 7, Serie 3|3:7 #a⟧); Schichtdicke 3 mm.",
    "Serie 4 (venös):\n- ⟨a|Leberzyste Segment III⟩, ⟦Bild 28|4:28 #a⟧\n- ⟨b|Nierenzyste links⟩, ⟦Bild 61|4:61 #b⟧",
    "⟨a|Lymphknoten regredient⟩ (⟦VU 2/70, 2/74|2:70 2:74 P #a⟧; ⟦aktuell 5/72|5:72 #a⟧).",
    "⟨a|Spondylodiszitis LWK 3/4⟩ (⟦Serie 601, Bild 30-8|601:30-38 #a⟧).",
    "⟨a|Hypodenser Herd im Pankreasschwanz⟩ in ⟦Serie 4 auf Bild 55|4:55 #a⟧.",
    "⟨a|Verkalkung der Falx⟩ (⟦Bild 12 ff., Serie 2|2:12 #a⟧).",
    "⟨a|Pleuraerguss links⟩ (⟦Serie sechs, Bild 80|6:80 #a⟧).",
    "⟨a|Multiple Zysten⟩ (⟦Bild 5/20, 5/26\nsowie 5/31|5:20 5:26 5:31 #a⟧).",
]

_EN5 = [
    "⟨a|Scattered pulmonary micronodules⟩ (⟦series 3, images 24, 37 as well as 51|3:24 3:37 3:51 #a⟧).",
    "⟨a|Segmental pulmonary emboli⟩ (⟦series 5, images 70 through 78|5:70-78 #a⟧).",
    "⟨a|Small focus of restricted diffusion⟩ (⟦series 4, slice 19|4:19 #a⟧).",
    "⟨a|Partial tear of the ACL⟩ (⟦sl. 12, ser. 6|6:12 #a⟧).",
    "⟨a|Subcentimeter hypodensity in the liver⟩ ⟦on image 31 of the axial series 2|2:31 #a @axial⟧.",
    "⟨a|Calcified pleural plaque⟩ (⟦series number 3, image number 112|3:112 #a⟧).",
    "Series 6 (delayed):\n- ⟨a|Left renal cyst⟩ (⟦image 44|6:44 #a⟧)\n- ⟨b|Right adrenal adenoma⟩ (⟦image 30|6:30 #b⟧)",
    "⟨a|The nodules previously measured 3 and 4 mm⟩ (⟦prior series 4, images 60 and 66|4:60 4:66 P #a⟧).",
    "⟨a|Minimal bibasilar atelectasis⟩ (⟦series 3 images 180-5|3:180-185 #a⟧).",
    "⟨a|Small splenic infarct⟩ (⟦series four, image 52|4:52 #a⟧).",
    "| Series | Image | Finding |\n|---|---|---|\n| 3 | ⟦62|3:62 #a⟧ | ⟨a|Right middle lobe nodule⟩ |",
]

_CONFOUNDERS5 = [
    ("de", "Schichtdicke 1,5 mm, Schnitte 3 bis 5 mm, Level 60, Serie 1 bis 4."),
    ("en", "Slices of 2 to 3 mm; three series; level of the aortic arch; follow-up in 3 to 6 months."),
]

BATCH5 = _batch(_DE5, _EN5, _CONFOUNDERS5)
