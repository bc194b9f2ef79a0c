"""Dev set for issue 16, round 4 (engineer refs-fix4): the classes where the grammar was still thin.

A DEV set, written by a third engineer (neither the `dev16c.py` nor the `dev16d.py` author) in DE/AT/CH/UK/US
habits, aimed at what the last clean blind measurement still missed (by class only: English abbreviated forms,
prior-study citations, false hits with wrong fields): English abbreviations and every order of series and image,
prior cues before, inside and after the bracket and their scope (a prior cue never reaches the next sentence's
current citation), numbers next to a citation that are sizes, levels, counters, dates, times, doses, windows or
slice thicknesses, and dictation artefacts. It holds no text of any held-out set (none was opened). Markup and gold
conventions as in `dev16c.py` (`parse`) and `dev16d.py` (an image-only citation takes the series named earlier in
its sentence or section; a range is one ref; a list one ref per image; prior-study citations carry `P`).
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4", "BATCH5", "BATCH6", "BATCH7"]


def _batch(de: list[str], en: list[str], confounders: list[tuple[str, str]]) -> list[Excerpt]:
    return [parse("de", t) for t in de] + [parse("en", t) for t in en] + [parse(lang, t) for lang, t in confounders]


# Batch 1: written before reading the grammar's code, measured once on the unchanged code (branch base 4f18e80).
_DE1 = [
    # AT/DE image first with abbreviations
    "⟨a|Kleine Osteolyse im Processus spinosus⟩ (⟦Bi 45 Se 3|3:45 #a⟧).",
    "⟨a|Subsegmentale Embolie links⟩ (⟦Bild 88 / Serie 4|4:88 #a⟧).",
    "⟨a|Verkalkung im Pankreasschwanz⟩ (⟦Bi. 61, Se. 5|5:61 #a⟧).",
    # series keyword with a slice thickness or window beside it
    "⟨a|Milzläsion 14 mm⟩ (⟦Serie 3 (5 mm), Bild 45|3:45 #a⟧).",
    "⟨a|Rundherd im Oberlappen links⟩ (⟦Serie 6, 1 mm, Bild 212|6:212 #a⟧).",
    "⟨a|Wirbelkörperhämangiom BWK 8⟩ (⟦Serie 4, Bild 77|4:77 #a⟧, Knochenfenster).",
    # levels, counters and sizes next to the citation
    "⟨a|Deckplattenimpression LWK 2 um 20 %⟩ (⟦Se 7 Bi 14|7:14 #a⟧).",
    "⟨a|3 Leberläsionen, die größte 22 mm⟩ (⟦Serie 5, Bild 40|5:40 #a⟧).",
    "⟨a|Rippenfraktur 7 rechts⟩ (⟦Serie 3, Bild 120|3:120 #a⟧), Rippe 8 intakt.",
    "⟨a|Lymphknoten 12 x 9 mm⟩ (⟦Se 4, Bi 66|4:66 #a⟧), 2 weitere bis 6 mm.",
    "⟨a|Hypodense Läsion⟩ (⟦Serie 2, Bild 45 von 210|2:45 #a⟧).",
    # prior cues in DE: before, inside, after the bracket; scoping to the next sentence
    "⟨a|Herd im Segment VI damals 8 mm⟩ (⟦VU Se 3 Bi 38|3:38 P #a⟧). ⟨b|Aktuell 11 mm⟩ (⟦Se 4 Bi 41|4:41 #b⟧).",
    "⟨a|Pleuraerguss rechts⟩ (⟦Serie 2, Bild 60|2:60 #a⟧), in der Vergleichsuntersuchung vom 03.05.2024 noch "
    "deutlich größer (⟦Serie 3, Bild 58|3:58 P⟧).",
    "⟨a|Knoten im Mittellappen⟩ (⟦Voraufnahme: Serie 2, Bild 33|2:33 P #a⟧; aktuell ⟦Serie 4, Bild 35|4:35 #a⟧).",
    "⟨a|Nebennierenadenom links, unverändert⟩ (⟦Serie 5, Bild 50|5:50 #a⟧; ⟦Serie 3, Bild 47 im Vorbefund|3:47 P #a⟧).",
    "⟨a|Die Zyste maß im Vorbefund 15 mm⟩ (⟦Se 2 Bi 20|2:20 P #a⟧). ⟨b|Jetzt misst sie 19 mm⟩ (⟦Se 5 Bi 24|5:24 #b⟧).",
    "⟨a|Lymphknoten iliakal⟩ (⟦Serie 3, Bild 140|3:140 #a⟧). Voruntersuchung: ⟨b|9 mm⟩ "
    "(⟦Serie 2, Bild 131|2:131 P #b⟧).",
    "⟨a|Hämangiom Segment II⟩ (⟦2/45 in der VU|2:45 P #a⟧, aktuell ⟦4/48|4:48 #a⟧).",
    "In der MRT vom 12.01.2023 ⟨a|Läsion 6 mm⟩ (⟦Serie 8, Bild 14|8:14 P #a⟧). Heute ⟨b|Läsion 9 mm⟩ "
    "(⟦Serie 9, Bild 15|9:15 #b⟧).",
    # dictation artefacts
    "⟨a|Rundherd rechts apikal⟩ (⟦Serie 3 , Bild 45|3:45 #a⟧).",
    "⟨a|Aszites im kleinen Becken⟩ (⟦Serie3, Bild45|3:45 #a⟧).",
    "⟨a|Hiatushernie⟩ ⟦SERIE 2 BILD 80|2:80 #a⟧.",
    "⟨a|Zyste Nierenunterpol links⟩ (⟦serie 5 bild 101|5:101 #a⟧).",
    "⟨a|Fraktur des Os scaphoideum⟩ (⟦Serie 4,Bild 12|4:12 #a⟧).",
    # glued, slash, colon in DE
    "⟨a|Läsion Segment VIII⟩ (⟦4:88|4:88 #a⟧), ⟨b|Zyste Segment II⟩ (⟦4:90|4:90 #b⟧).",
    "⟨a|Bursitis olecrani⟩ (⟦Bildnummer 33, Serie 6|6:33 #a⟧).",
]

_EN1 = [
    # English abbreviations and orders
    "⟨a|Spiculated nodule in the lingula⟩ (⟦img 45 ser 3|3:45 #a⟧).",
    "⟨a|Small hiatal hernia⟩ (⟦im. 45/ser. 2|2:45 #a⟧).",
    "⟨a|Right hilar node, 11 mm short axis⟩ (⟦S3 I45|3:45 #a⟧).",
    "⟨a|Left adrenal nodule⟩ (⟦se 3 im 45|3:45 #a⟧).",
    "⟨a|Gallbladder sludge⟩ (⟦series 6 image 45|6:45 #a⟧).",
    "⟨a|Subpleural reticulation⟩ on ⟦image 120 of series 4|4:120 #a⟧.",
    "⟨a|Sclerotic focus in the T10 vertebral body⟩ (⟦Ser 5 Img 64|5:64 #a⟧).",
    "⟨a|Enhancing focus in segment 8⟩ (⟦IM 33 SE 7|7:33 #a⟧).",
    "⟨a|Mild bronchiectasis in the right lower lobe⟩ (⟦series 4, key image 188|4:188 #a⟧).",
    "⟨a|Nonobstructing left renal stone, 4 mm⟩ (⟦ser. 2, im. 77|2:77 #a⟧).",
    "⟨a|Simple hepatic cyst⟩ (⟦5:40|5:40 #a⟧).",
    "⟨a|Fat-containing umbilical hernia⟩ (⟦4/88|4:88 #a⟧).",
    "⟨a|Ground-glass nodule, 8 mm⟩ (⟦Se 4, Im 92|4:92 #a⟧), ⟨b|a second 3 mm nodule⟩ (⟦Se 4, Im 130|4:130 #b⟧).",
    "⟨a|Pancreatic duct dilatation to 5 mm⟩ (⟦series 3, images 60-64|3:60-64 #a⟧).",
    "⟨a|Left thyroid nodule⟩ (⟦image 12, se 2|2:12 #a⟧).",
    # prior cues in EN: before, inside, after, date-named priors, scoping
    "On the 2023 CT ⟨a|the nodule measured 4 mm⟩ (⟦series 3, image 40|3:40 P #a⟧). ⟨b|It now measures 7 mm⟩ "
    "(⟦series 5, image 44|5:44 #b⟧).",
    "⟨a|Right lower lobe opacity⟩ (⟦series 4 image 90|4:90 #a⟧), not present on the comparison exam "
    "(⟦series 3 image 88|3:88 P⟧).",
    "⟨a|Hypoenhancing pancreatic lesion⟩ (⟦prior series 2 image 30|2:30 P #a⟧; current ⟦series 6 image 33|6:33 #a⟧).",
    "⟨a|Stable sclerotic lesion in the iliac bone⟩ (⟦series 3, image 140, prior|3:140 P #a⟧).",
    "On the outside MRI of 02/14/2024 ⟨a|the lesion measured 12 mm⟩ (⟦se 8 im 14|8:14 P #a⟧).",
    "Baseline exam: ⟨a|target lesion 1, 25 mm⟩ (⟦series 2, image 55|2:55 P #a⟧). Current exam: ⟨b|target lesion 1, "
    "19 mm⟩ (⟦series 4, image 58|4:58 #b⟧).",
    "⟨a|The mass has enlarged to 5.2 cm⟩ (⟦series 5, image 70|5:70 #a⟧) from 4.1 cm on the previous study "
    "(⟦series 4, image 66|4:66 P⟧).",
    "⟨a|Left pleural effusion, decreased⟩ (⟦series 2, image 50|2:50 #a⟧; ⟦series 3, image 47 on the 01/2024 CT|"
    "3:47 P #a⟧).",
    "On the prior study ⟨a|the node was 8 mm⟩ (⟦se 4 im 30|4:30 P #a⟧). ⟨b|No new nodes⟩ (⟦se 6 im 31|6:31 #b⟧).",
    # wrong-field guards in EN
    "⟨a|Lung nodule⟩ (⟦series 3, image 45|3:45 #a⟧, W 1500 L -600).",
    "⟨a|Right renal cyst, 22 mm⟩ (⟦series 2, image 45/120|2:45 #a⟧).",
    "⟨a|Compression deformity of L1 with 30% height loss⟩ (⟦series 601, image 33|601:33 #a⟧).",
    "⟨a|Liver lesion⟩ (⟦series 3, image 45|3:45 #a⟧), 2 of 3 lesions stable.",
    "⟨a|Segment 4 hypodensity⟩ (⟦series 2, image 56|2:56 #a⟧) at 70 seconds.",
    # dictation artefacts in EN
    "⟨a|Right middle lobe nodule⟩ (⟦series 3 , image 45|3:45 #a⟧).",
    "⟨a|Small ascites⟩, ⟦SERIES 4 IMAGE 80|4:80 #a⟧.",
]

_CONFOUNDERS1 = [
    ("de", "Bild 2 von 3 zeigt die Übersicht. Serie 3 (5 mm) rekonstruiert, 120 kV, CTDIvol 8 mGy."),
    ("en", "Image 2 of 3 is degraded. DLP 450 mGy*cm, 3 series, 2 phases, 10:45 am."),
    ("de", "LWK 3/4 Osteochondrose, BWK 12 Keilwirbel, Segment 6/7 der Leber unauffällig."),
    ("en", "Follow-up in 3/12. Key images were sent to PACS. Window 400/40."),
    ("de", "Kontrolle 06/2025, Serie 4/5 mit Bewegungsartefakten, Gleason 3+4=7, ISUP 2."),
    ("en", "Prior study 03/2023 was reviewed. 2/4 sequences degraded; FOV 24 cm."),
]

BATCH1 = _batch(_DE1, _EN1, _CONFOUNDERS1)

# Batch 2: written after batch 1's run, still before reading the grammar's code; measured once before its fixes.
_DE2 = [
    # image first, abbreviated, every separator
    "⟨a|Zyste im Uncinatus⟩ (⟦Bi 33/Se 4|4:33 #a⟧).",
    "⟨a|Randständiger Osteophyt⟩ (⟦Bild 12 Serie 9|9:12 #a⟧).",
    "⟨a|Pneumatosis intestinalis⟩ (⟦B 88 S 5|5:88 #a⟧).",
    "⟨a|Verdickte Nebenniere⟩ (⟦Bild 40, Serie 3|3:40 #a⟧) und ⟨b|Leberzyste⟩ (⟦Bild 52, Serie 3|3:52 #b⟧).",
    # prior words and dates in other positions
    "⟨a|Tumor im Pankreaskopf⟩ (⟦Serie 4, Bild 38|4:38 #a⟧), im Vor-CT vom 01/2024 ⟨b|25 mm⟩ "
    "(⟦Serie 2, Bild 35|2:35 P #b⟧).",
    "⟨a|Metastase Segment IVa⟩ (⟦Vorbefund Se 5 Bi 22|5:22 P #a⟧ | ⟦aktuell Se 6 Bi 24|6:24 #a⟧).",
    "Vergleich: CT vom 04.04.2024.\n⟨a|Rundherd im Unterlappen rechts jetzt 14 mm⟩ (⟦Serie 3, Bild 77|3:77 #a⟧).",
    "⟨a|Knochenmarködem im Talus⟩ (⟦Serie 7, Bild 11|7:11 #a⟧), ⟨b|in der Vor-MRT deutlicher⟩ "
    "(⟦Serie 5, Bild 10|5:10 P #b⟧). ⟨c|Kein Erguss⟩ (⟦Serie 7, Bild 15|7:15 #c⟧).",
    "⟨a|Lymphom-Manifestation zervikal, Ausgangsbefund 30 mm⟩ (⟦Ausgangsuntersuchung Serie 3, Bild 44|3:44 P #a⟧).",
    "⟨a|Gallengang 9 mm⟩ (⟦Serie 4, Bild 30|4:30 #a⟧; VU vom 02.02.2024: ⟦Serie 2, Bild 28|2:28 P #a⟧).",
    # wrong-field guards
    "⟨a|Abszess 4 x 3 cm⟩ (⟦Serie 5, Bild 60 bis 66|5:60-66 #a⟧), Dichte 25 HE.",
    "⟨a|Stenose der ACI rechts 70 %⟩ (⟦Serie 8, Bild 230|8:230 #a⟧ um 14:20 Uhr).",
    "⟨a|Bandscheibenvorfall L5/S1⟩ (⟦Serie 6, Bild 9|6:9 #a⟧), 2. Ebene ohne Befund.",
    "⟨a|Thrombus in der Pulmonalarterie⟩ (⟦Serie 4 (0,625 mm), Bild 300|4:300 #a⟧).",
    "⟨a|Leberläsion⟩ in ⟦Serie 3 (portalvenös) Bild 55|3:55 #a⟧, 18 HE.",
    # dictation
    "⟨a|Pleuraerguss beidseits⟩ (⟦Serie drei Bild 45|3:45 #a⟧).",
    "⟨a|Nierenzyste⟩ ⟦Serie 4 Komma Bild 66|4:66 #a⟧.",
    "⟨a|Milzinfarkt⟩ (⟦Serie 5 Bild 30 bis 34|5:30-34 #a⟧ ).",
]

_EN2 = [
    # image first and abbreviated English
    "⟨a|Small pneumothorax⟩ (⟦image 14 on series 2|2:14 #a⟧).",
    "⟨a|Cecal wall thickening⟩ (⟦im 88 se 5|5:88 #a⟧).",
    "⟨a|Incidental renal angiomyolipoma⟩ (⟦i120 s3|3:120 #a⟧).",
    "⟨a|Nodular adrenal thickening⟩ (⟦series 4, #55|4:55 #a⟧).",
    "⟨a|Small left effusion⟩ (⟦Series 2 / Image 101|2:101 #a⟧).",
    "⟨a|Aortic ulcer-like projection⟩ (⟦series 4 img 210-214|4:210-214 #a⟧).",
    "⟨a|Cholelithiasis⟩ (⟦ser 3 im 66 and 70|3:66 3:70 #a⟧).",
    "⟨a|Mesenteric lymph node⟩ (⟦3-45|3:45 #a⟧).",
    "⟨a|Mild splenomegaly⟩, ⟦series 3 image 50|3:50 #a⟧; ⟨b|accessory spleen⟩, ⟦image 52|3:52 #b⟧.",
    # prior cues in English
    "⟨a|Enlarging right adrenal nodule, now 24 mm⟩ (⟦series 2 image 50|2:50 #a⟧; ⟦18 mm on series 3 image 47 of "
    "the 06/2023 exam|3:47 P⟧).",
    "On the comparison CT from March 2023, ⟨a|the cyst measured 9 mm⟩ (⟦series 5, image 20|5:20 P #a⟧).",
    "⟨a|The nodule⟩ (⟦series 4, image 60|4:60 #a⟧) ⟨b|is unchanged⟩ compared with the outside exam "
    "(⟦series 201, image 58|201:58 P⟧).",
    "⟨a|Resolved consolidation in the left lower lobe⟩ (⟦previous: series 2, image 80|2:80 P #a⟧).",
    "Previously ⟨a|a 5 mm focus⟩ (⟦series 3 image 22|3:22 P #a⟧). Today ⟨b|a 9 mm focus⟩ "
    "(⟦series 6 image 25|6:25 #b⟧).",
    "⟨a|Bone island in the right iliac bone⟩ (⟦series 3, image 180|3:180 #a⟧), stable since the 2021 CT.",
    # wrong-field guards in English
    "⟨a|Lesion in liver segment 7⟩ (⟦series 2, image 30|2:30 #a⟧), 15 HU.",
    "⟨a|Rib 6 fracture⟩ (⟦series 3, image 101|3:101 #a⟧); 3 ribs in total.",
    "⟨a|Thyroid nodule TI-RADS 4⟩ (⟦series 2, image 24|2:24 #a⟧).",
    "⟨a|Bladder wall thickening⟩ (⟦series 5, image 140|5:140 #a⟧, 10 minute delay).",
]

_CONFOUNDERS2 = [
    ("de", "Schichtdicke 3/1 mm, Serie 2 bis 5 rekonstruiert, Bild 1 von 4 unscharf."),
    ("en", "Series 1-3 scout; image 1 of 2 shows positioning. CTDI 12.4, 3 of 5 lesions stable."),
    ("de", "Ventrikel 3 und 4 normal weit, Segment 4/8 unauffällig, Bi-RADS 2."),
]

BATCH2 = _batch(_DE2, _EN2, _CONFOUNDERS2)

# Batch 3: written after batch 1-2's fixes (whole paragraphs: current and prior citations mixed across sentences,
# prior cues in every position, fields beside citations); measured once before its fixes.
_DE3 = [
    "Befund:\n⟨a|Im Vergleich zur Voruntersuchung vom 18.09.2024 größenprogrediente Raumforderung im "
    "Pankreasschwanz, aktuell 34 mm⟩ (⟦Se 5, Bi 61|5:61 #a⟧), damals 27 mm (⟦Se 4, Bi 58|4:58 P⟧). ⟨b|Neu aufgetretene "
    "Lebermetastase in Segment VI⟩ (⟦Se 5, Bi 44|5:44 #b⟧).",
    "⟨a|Bekannter Rundherd im linken Unterlappen⟩ (⟦Serie 3, Bild 201|3:201 #a⟧), unverändert 6 mm "
    "(Vorbefund: ⟦Serie 3, Bild 198|3:198 P⟧).",
    "⟨a|Ossäre Metastase im Os sacrum links⟩ (⟦Se 8 Bi 155|8:155 #a⟧), in der Vergleichs-MRT vom 03/2024 "
    "⟨b|noch nicht nachweisbar⟩ (⟦Se 7 Bi 150|7:150 P #b⟧).",
    "Voraufnahme vom 02.05.2024: ⟨a|Pleuraerguss links 2 cm⟩ (⟦Bild 3/40|3:40 P #a⟧). Heute: ⟨b|Pleuraerguss links "
    "4 cm⟩ (⟦Bild 2/44|2:44 #b⟧).",
    "⟨a|Lymphknoten paraaortal links⟩ (⟦Serie 4, Bild 88|4:88 #a⟧, VU ⟦Serie 3, Bild 85|3:85 P #a⟧), "
    "⟨b|Kurzachse 14 vs. 11 mm⟩.",
    "⟨a|Fokale Steatose am Lig. falciforme⟩ (⟦Serie 4, Bild 32 (von 180)|4:32 #a⟧).",
    "⟨a|Hypodense Läsion Segment VII, 12 x 10 mm⟩ (⟦Serie 5 (arteriell), Bild 30|5:30 #a⟧ und ⟦Serie 6 (venös), "
    "Bild 31|6:31 #a⟧).",
    "⟨a|Stenose der A. renalis rechts, ca. 60 %⟩ (⟦Serie 9, Bild 210|9:210 #a⟧; 3D-Rekonstruktion ⟦Serie 901, "
    "Bild 12|901:12 #a⟧).",
    "⟨a|Verkalkter Lymphknoten⟩ (⟦S. 4, B. 77|4:77 #a⟧), ⟨b|Verkalkung der Aortenklappe⟩ (⟦S. 4, B. 90|4:90 #b⟧).",
    "⟨a|Schenkelhalsfraktur rechts, Garden III⟩ (⟦Serie 2, Bild 45 und 46|2:45 2:46 #a⟧).",
    "⟨a|Rundherd im Oberlappen rechts⟩ (⟦Serie 3 Bild 61|3:61 #a⟧) – im Vorbefund vom 04.04.2024 ⟨b|5 mm⟩ "
    "(⟦Serie 2 Bild 59|2:59 P #b⟧), aktuell 8 mm.",
    "Vergleich mit CT vom 01.03.2024. ⟨a|Der Erguss ist rückläufig⟩ (⟦Serie 2, Bild 70|2:70 #a⟧).",
    "⟨a|Zyste im Nierenoberpol rechts, Bosniak II⟩ (⟦Serie 5, Bild 22|5:22 #a⟧).",
    "⟨a|Lungenembolie in den Segmentarterien 9 und 10 rechts⟩ (⟦Serie 4, Bild 160-172|4:160-172 #a⟧).",
    "⟨a|Lipom am Oberschenkel⟩ (⟦Se 6, Bi 20, koronar|6:20 #a @coronal⟧).",
]

_EN3 = [
    "FINDINGS:\nThe 1.2 cm right lower lobe nodule (⟦series 4, image 210|4:210⟧) is unchanged from the CT dated "
    "01/11/2024 (⟦series 3, image 205|3:205 P⟧).",
    "⟨a|Interval development of a 7 mm left upper lobe nodule⟩ (⟦se 2 im 55|2:55 #a⟧), not seen on prior "
    "(⟦se 3 im 50|3:50 P⟧).",
    "⟨a|Stable 9 mm right thyroid nodule⟩ (⟦series 301 image 18|301:18 #a⟧; ⟦series 201 image 17 on 6/2023 "
    "study|201:17 P #a⟧).",
    "On the outside PET-CT, ⟨a|the node was FDG avid⟩ (⟦series 4 image 120|4:120 P #a⟧). On today's CT ⟨b|it measures "
    "12 mm⟩ (⟦series 2 image 118|2:118 #b⟧).",
    "⟨a|Moderate L4-5 canal stenosis⟩ (⟦series 8 image 12|8:12 #a⟧).",
    "⟨a|Right renal mass, 3.1 x 2.8 cm⟩ (⟦series 5, image 66 of 140|5:66 #a⟧).",
    "⟨a|Left breast mass at 2 o'clock⟩ (⟦series 3, image 88|3:88 #a⟧), 4 cm from the nipple.",
    "⟨a|Target lesion 2, segment 8 liver⟩: 23 mm (⟦3:45|3:45⟧), baseline 31 mm (⟦2:40|2:40 P⟧).",
    "⟨a|Hepatic cyst⟩ (⟦ser 4 #33|4:33 #a⟧).",
    "⟨a|Mild bronchial wall thickening⟩ (⟦series 3, images 140 to 160|3:140-160 #a⟧), ⟨b|less than on the March "
    "2024 CT⟩ (⟦series 3, images 130 to 150|3:130-150 P⟧).",
    "⟨a|Small hiatal hernia⟩ (⟦SE 2 IM 40|2:40 #a⟧). ⟨b|No adenopathy⟩.",
    "Comparison: MRI brain 09/09/2023.\n⟨a|Enlarging enhancing lesion in the left frontal lobe⟩ "
    "(⟦series 11, image 90|11:90 #a⟧).",
]

_CONFOUNDERS3 = [
    ("de", "Vergleich mit Voruntersuchung vom 12.12.2023 (Befund Nr. 4/2023). Kontrolle in 3 Monaten."),
    ("en", "Prior 2/2024. Images 1/2 reviewed. Vertebral heights at T12/L1 maintained; ratio 3:1."),
    ("de", "Dosis 3,2 mSv, 2 Serien (nativ/KM), Bild 1 von 2 als Übersicht, Segment IV/VIII unauffällig."),
]

BATCH3 = _batch(_DE3, _EN3, _CONFOUNDERS3)

# Batch 4: written after batch 3's fixes (running-text citations, tag forms with colons, prior cues in a paragraph,
# slice thickness, windows and timings beside the citation); measured once before its fixes.
_DE4 = [
    "⟨a|Rundherd im Segment 6 rechts⟩ ⟦Se: 4 Bi: 88|4:88 #a⟧; ⟨b|Milchglasherd im Mittellappen⟩ "
    "⟦Se: 4 Bi: 102|4:102 #b⟧.",
    "⟨a|Kleine Milzzyste⟩ (⟦Bild 45 (3 mm)|-:45 #a⟧).",
    "⟨a|Verdickte Gallenblasenwand⟩ (⟦Serie 3 (1,25 mm), Bild 140|3:140 #a⟧).",
    "⟨a|Hypervaskulärer Herd Segment IVb⟩ (⟦Se 5 Bi 37|5:37 #a⟧, KM-Phase 35 s).",
    "In der Voruntersuchung vom 12/2023 ⟨a|Lymphknoten 18 mm⟩ (⟦Serie 2, Bild 33|2:33 P #a⟧); ⟨b|jetzt 11 mm⟩ "
    "(⟦Serie 4, Bild 35|4:35 #b⟧).",
    "Die VU zeigte einen 5 mm Herd (⟦Se 2 Bi 30|2:30 P⟧). ⟨a|Der Herd ist heute 8 mm groß⟩ (⟦Se 4 Bi 33|4:33 #a⟧).",
    "⟨a|Leberzyste Segment III⟩ (⟦Voruntersuchung 10/2023: Se 2 Bi 33|2:33 P #a⟧; heute ⟦Se 6 Bi 36|6:36 #a⟧).",
    "⟨a|Os trigonum⟩ (⟦Sequenz 4, Bild 11|4:11 #a⟧), ⟨b|Erguss im OSG⟩ (⟦Sequenz 6, Bild 14|6:14 #b⟧).",
    "⟨a|Zystischer Pankreasherd⟩ (⟦Serie 3 Bild 45|3:45 #a⟧ bzw. ⟦Serie 501 Bild 22|501:22 #a @coronal⟧ koronar).",
    "⟨a|Vergrößerte Lymphknoten axillär links⟩, ⟦s. Serie 3, Bild 30 - 38|3:30-38 #a⟧.",
    "⟨a|Subkapsuläres Hämatom der Milz, 2 cm⟩ (⟦Serie 3, Bild 88|3:88 #a⟧; Serie 3 in 5 mm).",
    "Abdomen nativ (Serie 2) und portalvenös (Serie 4): ⟨a|Nierenstein links 6 mm⟩ (⟦Serie 2, Bild 60|2:60 #a⟧).",
]

_EN4 = [
    "⟨a|Right middle lobe nodule⟩ ⟦SE:3 IM:45|3:45 #a⟧.",
    "On ⟦series 3 image 60|3:60 #a⟧ ⟨a|there is a small hypodensity in the spleen⟩.",
    "⟨a|Left adrenal adenoma⟩ (⟦Series: 2, Image: 45|2:45 #a⟧).",
    "⟨a|Dilated appendix, 11 mm⟩ (⟦image #88, series #5|5:88 #a⟧).",
    "⟨a|Tiny pericardial effusion⟩ (⟦se 2, im 130 [W:350 L:50]|2:130 #a⟧).",
    "⟨a|Splenic hypodensity⟩ (⟦series 3 image 45 at 5 mm|3:45 #a⟧).",
    "⟨a|Small left renal cyst⟩ (⟦axial series 3 image 77|3:77 #a @axial⟧).",
    "On the most recent prior ⟨a|the mass measured 3.0 cm⟩ (⟦series 2 image 40|2:40 P #a⟧). ⟨b|It now measures "
    "3.6 cm⟩ (⟦series 3 image 44|3:44 #b⟧).",
    "⟨a|Enlarging left iliac node⟩ (⟦series 2 image 150|2:150 #a⟧; ⟦previous MRI from 2022 se 8 im 12|8:12 P #a⟧).",
    "⟨a|New small right effusion⟩ (⟦ser/im 3/145|3:145 #a⟧), not present previously.",
    "⟨a|Cholecystitis⟩ (⟦3 / 45|3:45 #a⟧).",
    "⟨a|Scattered diverticula⟩ (⟦series 5, images 88, 92 and 110|5:88 5:92 5:110 #a⟧), no diverticulitis.",
]

_CONFOUNDERS4 = [
    ("de", "Serie 3 in 5 mm und Serie 4 in 1 mm rekonstruiert; Bild 2 von 5 bewegungsartefaktüberlagert."),
    ("en", "Series 3 was repeated at 2 mm. Prior exam dated 3/4/2024. Delay 70 s; 100 mL Omnipaque 350."),
]

BATCH4 = _batch(_DE4, _EN4, _CONFOUNDERS4)

# Batch 5: written after batch 4's fixes (dictation and typing artefacts, UK/US running text, key-image counters,
# priors named by month or as "the last study"); measured once before its fixes.
_DE5 = [
    "⟨a|Kleine Nebenmilz⟩ ( ⟦Serie 3 , Bild 45|3:45 #a⟧ ).",
    "⟨a|Zyste im Pankreaskorpus⟩ (⟦Serie 3. Bild 52|3:52 #a⟧).",
    "⟨a|Rundherd im Unterlappen links⟩ ⟦Serie 4 Bild 120|4:120 #a⟧ Klammer zu.",
    "⟨a|Lymphknoten mesenterial⟩ (⟦Serie 3 ,Bild 70|3:70 #a⟧).",
    "⟨a|Aortenaneurysma infrarenal 42 mm⟩ (⟦Serie: 3 / Bild: 150|3:150 #a⟧).",
    "⟨a|Bandscheibenvorfall L4/5⟩ ⟦Serie 6, Bild 9|6:9 #a⟧) mit Kontakt zur Wurzel L5.",
    "⟨a|Pleuraerguss rechts⟩ (⟦Serie 2, Bild 88|2:88 #a⟧,, gekammert).",
    "⟨a|Herd im Segment VIII⟩ (⟦Bi. 45 der Se. 5|5:45 #a⟧); in der letzten Voruntersuchung ⟨b|noch 9 mm⟩ "
    "(⟦Bi. 40 der Se. 4|4:40 P #b⟧).",
    "Letzte Voruntersuchung vom Juni 2024: ⟨a|Erguss 1 cm⟩ (⟦Serie 2, Bild 60|2:60 P #a⟧).",
    "⟨a|Splenomegalie 15 cm⟩ (⟦Serie 3, Bild 55|3:55 #a⟧), im Vergleich zur Voruntersuchung vom 02/2024 "
    "größenkonstant.",
]

_EN5 = [
    "⟨a|Right upper lobe nodule⟩ (⟦Se3/Im45|3:45 #a⟧).",
    "⟨a|Subpleural nodule⟩ (⟦S3, I45|3:45 #a⟧).",
    "⟨a|Left lower lobe atelectasis⟩ (⟦image 45/series 3|3:45 #a⟧).",
    "Key image 3: ⟨a|enhancing mass in the left kidney⟩ (⟦series 5, image 40|5:40 #a⟧).",
    "⟨a|Fluid in the pouch of Douglas⟩ (⟦series 4, image 160 of 220|4:160 #a⟧).",
    "On the last study from June 2024 ⟨a|the cyst measured 11 mm⟩ (⟦series 3 image 30|3:30 P #a⟧).",
    "⟨a|Nodule in the lingula, now 6 mm⟩ (⟦series 4 image 80|4:80 #a⟧), 4 mm in January 2024 "
    "(⟦series 4 image 78|4:78 P⟧).",
    "⟨a|Small hypodensity in the liver dome⟩ (⟦series 2 image 12|2:12 #a⟧), too small to characterise. ⟨b|Simple "
    "renal cyst⟩ (⟦series 2 image 40|2:40 #b⟧).",
    "⟨a|Soft tissue nodule in the left breast⟩, ⟦se 2 im 33|2:33 #a⟧, which was not present on the previous scan.",
    "⟨a|Stable 5 mm nodule⟩ (⟦series 3, image 61|3:61 #a⟧), unchanged since 2021.",
]

_CONFOUNDERS5 = [
    ("de", "Klammer auf Kontrolle in 6 Monaten Klammer zu. Serie 3 Komma 5 mm Schichtdicke."),
    ("en", "Key image 2 of 4 attached. Images 3/5 and 4/5 show motion. Series 601-603 are reformats."),
]

BATCH5 = _batch(_DE5, _EN5, _CONFOUNDERS5)

# Batch 6: written after batch 5's fixes as whole report parts in five departments' habits (all classes mixed);
# measured once before its fixes.
_DE6 = [
    # DE university hospital, thorax follow-up
    "Befund:\nVergleich mit der Voruntersuchung vom 14.05.2024.\n⟨a|Der Rundherd im rechten Oberlappen ist "
    "größenprogredient, aktuell 14 mm⟩ (⟦Se 4, Bi 77|4:77 #a⟧), vormals 10 mm (⟦Se 3, Bi 75|3:75 P⟧). "
    "⟨b|Neuer Knoten im linken Unterlappen, 5 mm⟩ (⟦Se 4, Bi 190|4:190 #b⟧).",
    # AT private practice, MRI knee, sequence and image abbreviations
    "MRT Knie rechts: ⟨a|Horizontalriss des Innenmeniskushinterhorns⟩ (⟦Seq. 5, Bi. 14|5:14 #a⟧), ⟨b|Knorpelschaden "
    "Grad III retropatellar⟩ (⟦Seq. 7, Bi. 9|7:9 #b⟧). ⟨c|Baker-Zyste 2,5 cm⟩ (⟦Seq. 3, Bi. 20|3:20 #c⟧).",
    # CH cantonal hospital, slash forms and prior in the bracket
    "⟨a|Hypodense Leberläsion Segment V, 18 mm⟩ (⟦3/44|3:44 #a⟧; ⟦VU 2/41|2:41 P #a⟧: 12 mm). "
    "⟨b|Milz normal groß⟩.",
    # DE, spine, levels and counts beside the citation
    "⟨a|Osteochondrose LWK 4/5 mit Retrolisthesis 3 mm⟩ (⟦Serie 7, Bild 11|7:11 #a⟧). ⟨b|Spinalkanalstenose LWK 3/4, "
    "Restlumen 8 mm⟩ (⟦Serie 9, Bild 22|9:22 #b⟧).",
    # AT, abdomen, phases
    "⟨a|Arteriell hypervaskularisierte Läsion Segment VI⟩ (⟦Serie 4 arteriell, Bild 50|4:50 #a⟧) mit Wash-out "
    "(⟦Serie 5 portalvenös, Bild 52|5:52⟧).",
]

_EN6 = [
    # UK district general, CT chest abdomen pelvis
    "Comparison: CT 12/03/2024.\nFindings: ⟨a|The right hilar mass now measures 41 mm⟩ (⟦se 3 im 55|3:55 #a⟧), "
    "previously 35 mm (⟦se 4 im 52|4:52 P⟧). ⟨b|New 8 mm left adrenal nodule⟩ (⟦se 5 im 88|5:88 #b⟧).",
    # US academic, liver MRI, image-first and ranges
    "⟨a|LR-5 observation in segment 7, 24 mm⟩ (⟦image 33 of series 1102|1102:33 #a⟧), ⟨b|washout on "
    "portal venous phase⟩ (⟦image 35 of series 1104|1104:35 #b⟧).",
    # US community, abbreviations and lists
    "⟨a|Multiple bilateral pulmonary nodules, largest 9 mm⟩ (⟦ser 2 img 61, 77, and 102|2:61 2:77 2:102 #a⟧).",
    # UK, prior after the bracket, key image counter
    "⟨a|Fracture of the left 7th rib⟩ (⟦series 3, image 112|3:112 #a⟧), not visible on the prior radiograph. "
    "Key image 1 attached.",
    # US, head CT with date-named prior
    "⟨a|Chronic left MCA territory infarct⟩ (⟦series 2, image 18|2:18 #a⟧), ⟨b|unchanged from the 08/2023 head CT⟩ "
    "(⟦series 2, image 17|2:17 P #b⟧).",
]

_CONFOUNDERS6 = [
    ("de", "Kontrolle 3/2025. Serien 2-5 nativ. LWK 4/5 und LWK 5/SWK 1 unauffällig. Bild 1 von 4 nicht verwertbar."),
    ("en", "Follow-up in 6-12 months per Fleischner 2017. Series 2 and 3 degraded. Image 2 of 2 is a scout."),
]

BATCH6 = _batch(_DE6, _EN6, _CONFOUNDERS6)

# Batch 7: written after all earlier fixes as the last check (new phrasings of every class); measured once.
_DE7 = [
    "⟨a|Metastasenverdächtiger Herd im Os ilium rechts⟩ (⟦Ser. 6 / Bi. 201|6:201 #a⟧), ⟨b|im Vorbefund kleiner⟩ "
    "(⟦Ser. 5 / Bi. 198|5:198 P #b⟧).",
    "⟨a|Thrombus im linken Vorhofohr⟩, siehe ⟦Serie 3 Bild 60 bis 62|3:60-62 #a⟧.",
    "⟨a|Geringe Pleuraergüsse beidseits⟩ (⟦SE 2, IM 110 und 115|2:110 2:115 #a⟧).",
    "Im Verlauf ⟨a|größenregrediente Lymphknoten mediastinal, jetzt 9 mm⟩ (⟦Serie 4 Bild 50|4:50 #a⟧; "
    "⟦VU Serie 2 Bild 47|2:47 P #a⟧: 13 mm).",
    "⟨a|Knochenmarködem im Os naviculare⟩ (⟦Sequenz 8 (STIR), Bild 12|8:12 #a⟧), ⟨b|kein Frakturspalt⟩ "
    "(⟦Sequenz 4 (T1), Bild 12|4:12 #b⟧).",
    "⟨a|Fettleber⟩. ⟨b|Hypodense Läsion im Segment II⟩ (⟦Bild 3/29|3:29 #b⟧), ⟨c|unverändert zur Fremdaufnahme vom "
    "01/2024⟩ (⟦dort Bild 4/31|4:31 P #c⟧).",
    "⟨a|Zustand nach Hemithyreoidektomie rechts, kein Rezidiv⟩ (⟦S 5, B 30-35|5:30-35 #a⟧).",
]

_EN7 = [
    "⟨a|Ill-defined ground-glass opacity in the right upper lobe⟩ (⟦ser 3 im 65|3:65 #a⟧), ⟨b|new compared with "
    "the study of 2 May 2024⟩ (⟦ser 4 im 60|4:60 P #b⟧).",
    "⟨a|Small pericardial effusion⟩ (⟦Im 88, Se 2|2:88 #a⟧).",
    "⟨a|Rounded atelectasis in the left lower lobe⟩ (⟦series 4, images 180-186|4:180-186 #a⟧); on the 2022 CT "
    "⟨b|it measured 2.1 cm⟩ (⟦series 3, image 170|3:170 P #b⟧).",
    "⟨a|Subcentimetre hypoattenuating liver lesions⟩ (⟦5/22, 5/31|5:22 5:31 #a⟧), ⟨b|too small to characterise⟩.",
    "⟨a|Anterior wedge fracture of T11 with 25% height loss⟩ (⟦series 602, image 41|602:41 #a⟧), ⟨b|new since "
    "the last study⟩.",
    "Prior: ⟨a|4 mm right lower lobe nodule⟩ (⟦series 3, image 200|3:200 P #a⟧). Today: ⟨b|6 mm⟩ "
    "(⟦series 5, image 210|5:210 #b⟧).",
]

_CONFOUNDERS7 = [
    ("de", "Z. n. Radiatio 2021 (60 Gy), Kontrolle 06/2025; Befund vom 03.03.2024 (Nr. 4/24) liegt vor."),
    ("en", "Comparison: none. Series 1-2 are scouts. Images 20-25 of 240 are degraded (motion)."),
]

BATCH7 = _batch(_DE7, _EN7, _CONFOUNDERS7)
