"""Dev set for issue 16, round 3 (engineer refs-fix2): whole report paragraphs in other departments' styles.

A DEV set, written by a second engineer (not the author of `dev16c.py`) in DE/AT/CH/UK/US habits: findings
sections that name a series once and then cite images only, current and prior citations mixed in one sentence,
lists and ranges with every separator and image word, prior cues at sentence and paragraph level. It holds no
text of any held-out set (none was opened). Markup as in `dev16c.py` (`parse`), with the gold convention of the
blind sets: an image-only citation takes the series named earlier in its sentence or section (null only if
none; a new heading such as "Beurteilung:"/"IMPRESSION:" or a blank line starts a section); plane words never
change series or image; a range is one ref; a list one ref per image; prior-study citations have `P`.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH2", "BATCH3", "BATCH4", "BATCH5", "CONFOUNDERS", "EXCERPTS"]

_DE = [
    # DE university hospital, findings section, series once then image-only
    "Befund:\nThorax-CT in Serie 4 (Lungenfenster). ⟨a|Solider Rundherd im apikalen Unterlappensegment rechts, "
    "11 mm⟩ (⟦Bild 87|4:87 #a⟧). ⟨b|Weiterer subpleuraler Knoten links⟩ (⟦Bild 102|4:102 #b⟧). "
    "⟨c|Keine Lymphadenopathie⟩ (⟦Bilder 40-44|4:40-44 #c⟧).",
    # AT style, Se/Bi abbreviations, then image-only in later sentences of the same paragraph
    "Leber: ⟨a|hypodense Läsion Segment VII⟩ ⟦Se 3 Bi 55|3:55 #a⟧. ⟨b|Eine zweite, kleinere Läsion in Segment "
    "IVa⟩ ⟦Bi 61|3:61 #b⟧, ⟨c|eine dritte subkapsulär⟩ ⟦Bi 70|3:70 #c⟧.",
    # CH style, prior and current in one sentence
    "⟨a|Der Lungenrundherd links misst aktuell 9 mm⟩ (⟦Serie 5, Bild 120|5:120 #a⟧), in der Voruntersuchung "
    "vom 04.05.2023 ⟨b|6 mm⟩ (⟦Serie 3, Bild 98|3:98 P #b⟧).",
    # DE list with every separator
    "⟨a|Multiple Leberzysten⟩ (⟦Serie 2, Bilder 33, 41 und 56|2:33 2:41 2:56 #a⟧).",
    "⟨a|Sklerotische Knochenherde⟩ in ⟦Serie 6, Bild 12; 19; 27|6:12 6:19 6:27 #a⟧.",
    "⟨a|Pulmonale Mikronoduli⟩ (⟦Se. 4 / Bi. 31 u. 48|4:31 4:48 #a⟧).",
    # ranges, every separator
    "⟨a|Pleuraerguss rechts⟩ (⟦Serie 2, Bild 60 bis 75|2:60-75 #a⟧).",
    "⟨a|Thrombus in der V. portae⟩ (⟦Serie 8, Bilder 22–29|8:22-29 #a⟧).",
    "⟨a|Appendix verdickt⟩, ⟦Serie 3, Bild 140 - 146|3:140-146 #a⟧.",
    # slash forms
    "⟨a|Hypodenser Nierenherd links⟩ (⟦Bild 5/77|5:77 #a⟧), ⟨b|Zyste rechts⟩ (⟦Bild 5/81|5:81 #b⟧).",
    "⟨a|Hiatushernie⟩ (⟦Serie/Bild 2/34|2:34 #a⟧).",
    # paragraph-level prior cue: the whole paragraph compares with the prior
    "Vergleich mit der Voruntersuchung vom 12.01.2024: ⟨a|Die Raumforderung maß damals 23 mm⟩ "
    "(⟦VU Serie 4, Bild 66|4:66 P #a⟧), ⟨b|aktuell 31 mm⟩ (⟦Serie 5, Bild 71|5:71 #b⟧).",
    # section context across sentences, heading with plane word
    "Koronare Rekonstruktion, Serie 601. ⟨a|Die Wirbelkörperhöhe LWK 1 ist gemindert⟩ (⟦Bild 45|601:45 #a⟧). "
    "⟨b|Kein Hinterkantenversatz⟩ (⟦Bild 47|601:47 #b⟧).",
    # image-only with no series anywhere -> null
    "⟨a|Kleiner Perikarderguss⟩ (⟦Bild 28|-:28 #a⟧).",
    # impression restarts the section
    "Befund: Serie 3. ⟨a|Rundherd im Mittellappen⟩ (⟦Bild 66|3:66 #a⟧).\nBeurteilung: ⟨b|Rundherd "
    "Mittellappen, kontrollbedürftig⟩ (⟦Bild 66|-:66 #b⟧).",
    # AT: "Sequenz" with MRI, prior tail
    "⟨a|Diskusprotrusion L4/5 mit Kontakt zur Wurzel L5 links⟩ (⟦Serie 7, Bild 14|7:14 #a⟧), "
    "⟨b|in der Vor-MRT noch ohne Wurzelkontakt⟩ (⟦Serie 6, Bild 13|6:13 P #b⟧).",
    # CH: lists of ranges
    "⟨a|Kontrastmittelanreicherung der Meningen⟩ (⟦Serie 9, Bilder 10-14 und 20-23|9:10-14 9:20-23 #a⟧).",
    # DE: "Schicht" as image word
    "⟨a|Verkalkter Granulom rechts basal⟩ (⟦Serie 4, Schicht 210|4:210 #a⟧).",
    # DE: series in one bracket, images in the following sentences
    "Es liegt die axiale Serie 2 vor. ⟨a|Gallenblasenstein⟩ auf ⟦Bild 38|2:38 #a⟧. "
    "⟨b|Pankreas unauffällig⟩, ⟨c|Nebenniere links knotig verdickt⟩ (⟦Bild 44|2:44 #c⟧).",
    # prior image-only within prior sentence
    "⟨a|In der Voruntersuchung war der Herd 5 mm groß⟩ (⟦VU Serie 3, Bild 40|3:40 P #a⟧, ⟦Bild 41|3:41 P #a⟧).",
]

_EN = [
    # US: findings section with series once, then image-only refs
    "FINDINGS:\nLungs (series 4): ⟨a|There is a 7 mm solid nodule in the right upper lobe⟩ (⟦image 52|4:52 #a⟧). "
    "⟨b|A 4 mm perifissural nodule⟩ (⟦image 77|4:77 #b⟧). ⟨c|Mild centrilobular emphysema⟩.",
    # UK: abbreviations and slash
    "⟨a|Enlarged subcarinal node, 14 mm short axis⟩ (⟦se 3 im 61|3:61 #a⟧) and ⟨b|right hilar node⟩ "
    "(⟦im 66|3:66 #b⟧).",
    # US: mixed current / prior in one sentence
    "⟨a|The left adrenal nodule measures 18 mm⟩ (⟦series 2, image 48|2:48 #a⟧), previously 15 mm "
    "(⟦series 3, image 45 on the prior|3:45 P⟧).",
    # US: list with commas and 'and'
    "⟨a|Several hypodense hepatic lesions, too small to characterize⟩ (⟦series 2, images 18, 24, and 31|"
    "2:18 2:24 2:31 #a⟧).",
    # UK: range with 'to'
    "⟨a|Long segment of small bowel wall thickening⟩ (⟦series 5, images 80 to 96|5:80-96 #a⟧).",
    # US: range with 'through'
    "⟨a|Occlusive thrombus in the right femoral vein⟩ (⟦series 6, images 102 through 110|6:102-110 #a⟧).",
    # UK: slash im
    "⟨a|Small left pleural effusion⟩ (⟦4/55|4:55 #a⟧).",
    # US: series named in a sentence, image-only in later sentence (section)
    "Sagittal reformats are provided as series 602. ⟨a|There is mild anterior wedging of T12⟩ (⟦image 33|602:33 "
    "#a⟧). ⟨b|No retropulsion⟩ (⟦image 35|602:35 #b⟧).",
    # US: impression resets
    "IMPRESSION:\n1. ⟨a|Right lower lobe consolidation⟩ (⟦image 88|-:88 #a⟧).",
    # UK: comparison paragraph
    "Comparison is made with the CT of 14 March 2024. ⟨a|The dominant liver lesion has grown from 22 mm⟩ "
    "(⟦series 3, image 41|3:41 P #a⟧) to 29 mm (⟦series 2, image 44|2:44⟧).",
    # US: plane word between, must not change series
    "⟨a|Rotator cuff tear of the supraspinatus⟩ (⟦series 5 coronal PD, image 12|5:12 #a @coronal⟧).",
    # US list with slashes
    "⟨a|Bilateral renal cysts⟩ (⟦series 2, images 40/47/55|2:40 2:47 2:55 #a⟧).",
    # UK ampersand
    "⟨a|Bilateral hilar lymphadenopathy⟩ (⟦series 3, images 50 & 58|3:50 3:58 #a⟧).",
    # US: "slice"
    "⟨a|Hyperdense focus in the left basal ganglia⟩ (⟦series 2, slice 17|2:17 #a⟧).",
    # US: image-only in list after series heading line
    "Series 7 (axial T2):\n⟨a|Cystic lesion in the pancreatic tail⟩, ⟦image 22|7:22 #a⟧.\n"
    "⟨b|Dilated main pancreatic duct⟩, ⟦images 18-21|7:18-21 #b⟧.",
    # US: prior with image-only, series earlier in sentence
    "On the prior study ⟨a|the nodule measured 6 mm⟩ (⟦series 4, image 30|4:30 P #a⟧; ⟦image 31|4:31 P #a⟧).",
    # UK: range with 'im' repeated
    "⟨a|Segmental pulmonary emboli in the left lower lobe⟩ (⟦se 4 im 120-im 126|4:120-126 #a⟧).",
]

_CONFOUNDERS_DE = [
    "Kontrolle in 6/12 Monaten empfohlen. Blutdruck 135/85 mmHg.",
    "Bildqualität eingeschränkt durch Bewegungsartefakte, Serie unvollständig.",
    "LWK 3/4 mit Osteochondrose, Segment 7 der Leber unauffällig.",
]

_CONFOUNDERS_EN = [
    "Follow-up CT in 3 months is recommended. BP 140/90.",
    "The study was performed on 12/03/2024 at 10:45 with 100 mL of contrast.",
    "Lung-RADS 4A. Bosniak IIF. LI-RADS 3.",
]

EXCERPTS = [parse("de", t) for t in _DE] + [parse("en", t) for t in _EN]
CONFOUNDERS = [parse("de", t) for t in _CONFOUNDERS_DE] + [parse("en", t) for t in _CONFOUNDERS_EN]


def _batch(de: list[str], en: list[str], confounders: list[tuple[str, str]]) -> list[Excerpt]:
    """One later batch: its German and English excerpts, then its (language, text) confounders."""
    return [parse("de", t) for t in de] + [parse("en", t) for t in en] + [parse(lang, t) for lang, t in confounders]

# Batch 2: written after the first round's fixes, new phrasings of the same classes; measured once before its fixes.
_DE2 = [
    "Im Vergleich zur auswärtigen MRT vom 02/2024 ist die Läsion größenregredient: damals 18 mm "
    "(⟦dort Se 9 Bi 22|9:22 P⟧), heute 12 mm (⟦Se 5, Bi 24|5:24⟧).",
    "⟨a|Nachweis mehrerer Rundherde im rechten Unterlappen⟩ (⟦Ser. 3 / Ima. 201, 215, 233|3:201 3:215 3:233 #a⟧).",
    "⟨a|Lymphknoten paraaortal⟩ (⟦Serie 4 Bild 80|4:80 #a⟧ ff.).",
    "⟨a|Subsegmentale Atelektase⟩ (⟦Se. 2, Bi. 101 – 109|2:101-109 #a⟧).",
    "Serie 3 (Weichteilfenster):\n- ⟨a|Nebennierenadenom links⟩, ⟦Bild 54|3:54 #a⟧\n"
    "- ⟨b|Nierenzyste rechts⟩, ⟦Bild 61|3:61 #b⟧",
    "⟨a|Fraktur der Basis Os metatarsale V⟩ (⟦Bildnr. 12 der Serie 4|4:12 #a⟧).",
    "⟨a|Zyste im Pankreaskopf⟩ (⟦S 4, B 33|4:33 #a⟧).",
    "Voruntersuchung vom 03.03.2024 zum Vergleich vorliegend.\nDamals Infiltrat im Mittellappen "
    "(⟦Serie 2, Bild 45|2:45 P⟧), jetzt vollständig rückläufig (⟦Serie 3, Bild 47|3:47⟧).",
    "⟨a|Knochenmarködem im medialen Femurkondylus⟩ (⟦Serie 6, Bilder 14 bis 17 und 20|6:14-17 6:20 #a⟧).",
    "In der Voruntersuchung (⟦Serie 5, Bild 60|5:60 P⟧) noch nicht abgrenzbar, aktuell 8 mm messender Herd "
    "(⟦Serie 6, Bild 63|6:63⟧).",
    "⟨a|Rundherd linker Oberlappen⟩, ⟦Serie 3 Bild 45|3:45 #a⟧ (⟦Voruntersuchung: Serie 3 Bild 41|3:41 P⟧).",
    "Serie 4: ⟨a|Lebermetastase Segment VIII⟩ (⟦Bild 30|4:30 #a⟧).\n\n⟨b|Aszites perihepatisch⟩ (⟦Bild 12|-:12 #b⟧).",
    "⟨a|Pneumothorax rechts apikal⟩ (⟦Serie 2, Bild 5 – 15|2:5-15 #a⟧).",
    "Die bekannte Leberläsion (⟦VU Se 4 Bi 33|4:33 P⟧; aktuell ⟦Se 5 Bi 35|5:35⟧) ist größenstabil.",
    "⟨a|Abszess im Psoas links⟩ auf den ⟦Bildern 70–78 der Serie 3|3:70-78 #a⟧.",
    "MRT Knie, Sequenz 5 (PD fs koronar): ⟨a|Einriss des Innenmeniskushinterhorns⟩ (⟦Bild 11|5:11 #a @coronal⟧). "
    "⟨b|Kleine Bakerzyste⟩ (⟦Bild 18|5:18 #b⟧).",
    "⟨a|Frakturlinie⟩ (⟦Bild 23 u. 25, Serie 7|7:23 7:25 #a⟧).",
]

_EN2 = [
    "⟨a|Small volume mediastinal nodes⟩ (⟦ser 4 img 55 & 61|4:55 4:61 #a⟧).",
    "⟨a|Irregular left adrenal mass⟩ (⟦4:118-125|4:118-125 #a⟧).",
    "⟨a|Right renal calculus⟩, ⟦series 2 image 140|2:140 #a⟧ (⟦previously series 2 image 136|2:136 P⟧).",
    "Comparison: CT abdomen 01/02/2024.\nFINDINGS:\nLiver: ⟨a|The segment 6 lesion now measures 2.1 cm⟩ "
    "(⟦series 3 image 45|3:45 #a⟧), previously 1.6 cm (⟦series 4 image 44|4:44 P⟧).",
    "⟨a|Mildly dilated common bile duct⟩ (⟦6/38–42|6:38-42 #a⟧).",
    "Axial images (series 2): ⟨a|hepatic steatosis⟩ (⟦image 40|2:40 #a @axial⟧). Coronal images (series 601): "
    "⟨b|no bowel obstruction⟩ (⟦image 55|601:55 #b @coronal⟧).",
    "⟨a|Nonocclusive thrombus in the SMV⟩ (⟦series 5, images 60, 62 and 64|5:60 5:62 5:64 #a⟧; previously "
    "seen on ⟦series 4, image 58|4:58 P⟧).",
    "⟨a|Left lower lobe collapse⟩ (⟦se 3/im 88-97|3:88-97 #a⟧).",
    "IMPRESSION:\n1. ⟨a|Interval increase in size of the right lower lobe mass, now 4.2 cm⟩ "
    "(⟦series 4, image 90|4:90 #a⟧), previously 3.5 cm (⟦series 3, image 87|3:87 P⟧).",
    "⟨a|Tiny nonobstructing stones in the left kidney⟩ (⟦image 44, 47, 52 series 2|2:44 2:47 2:52 #a⟧).",
    "⟨a|Hemangioma in the T9 vertebral body⟩ (⟦sag T2 series 8, im 9|8:9 #a @sagittal⟧).",
    "Findings are compared with the outside MRI dated 11/15/2023, on which ⟨a|the lesion measured 14 mm⟩ "
    "(⟦series 7, image 20|7:20 P #a⟧). ⟨b|It now measures 19 mm⟩ (⟦series 9, image 22|9:22 #b⟧).",
]

_CONFOUNDERS2 = [
    ("de", "Z.n. Hemikolektomie 2019, Verlaufskontrolle in 12 Monaten. Schichtdicke 1,25 mm, 120 kV."),
    ("en", "Image quality: good. 3 series acquired. Dose length product 450 mGy*cm."),
    ("de", "Vergleich mit Voraufnahmen vom 01.02.2023 und 05.06.2024: stationär."),
    ("en", "Three images were reviewed on the PACS; 2 of 4 sequences degraded by motion."),
]

BATCH2 = _batch(_DE2, _EN2, _CONFOUNDERS2)

# Batch 3: written after batch 2's fixes (lists, ranges, prior cues at paragraph level); measured once before its
# fixes.
_DE3 = [
    "⟨a|Hypodense Leberläsionen⟩ in den ⟦Schichten 33/41/47 der Serie 4|4:33 4:41 4:47 #a⟧.",
    "⟨a|Rippenfrakturen rechts⟩ (⟦Serie 5: Bilder 101, 113, 125 und 140|5:101 5:113 5:125 5:140 #a⟧).",
    "⟨a|Lungenembolie segmental⟩ (⟦Se 6 Bi 80 bis Bi 95|6:80-95 #a⟧).",
    "⟨a|Milzinfarkt⟩ (⟦Serie 3 / Bild 60-64 und 70-72|3:60-64 3:70-72 #a⟧).",
    "Zum Vergleich liegt die Voruntersuchung vom 10.10.2023 vor. Dort ⟨a|Herd im Segment VI 12 mm⟩ "
    "(⟦Se 3 Bi 44|3:44 P #a⟧).",
    "⟨a|Pleuraplaques beidseits⟩ (⟦Serie 2, Bild 34 / 56 / 78|2:34 2:56 2:78 #a⟧).",
    "⟨a|Kleine Osteolyse im Os ilium⟩ – ⟦Se. 4, Bi. 210|4:210 #a⟧ – unverändert zur VU "
    "(⟦dort Se. 3, Bi. 205|3:205 P⟧).",
    "Progrediente Lymphknoten iliakal links: aktuell 22 mm (⟦Serie 5, Bild 130|5:130⟧) vs. 15 mm in der "
    "Voruntersuchung (⟦Serie 4, Bild 128|4:128 P⟧).",
    "⟨a|Harnleiterstein links prävesikal⟩ (⟦Bild 112 – 115|-:112-115 #a⟧).",
    "Abdomen (Serie 6, portalvenös):\n⟨a|Leberzyste Segment II⟩ (⟦Bild 22|6:22 #a⟧), ⟨b|Nebenmilz⟩ "
    "(⟦Bild 48|6:48 #b⟧).\nBecken:\n⟨c|Freie Flüssigkeit im Douglas⟩ (⟦Bild 99|6:99 #c⟧).",
    "⟨a|Einengung des Spinalkanals⟩ auf ⟦Bildern 8 und 9 der sagittalen Serie 10|10:8 10:9 #a @sagittal⟧.",
]

_EN3 = [
    "⟨a|Numerous bilateral pulmonary nodules⟩, for example ⟦series 3 images 45, 67, 89|3:45 3:67 3:89 #a⟧.",
    "⟨a|Liver metastases⟩ (⟦Se 4 Im 30–34, 51|4:30-34 4:51 #a⟧).",
    "⟨a|Ascites⟩ (⟦series 2 images 60-70|2:60-70 #a⟧).",
    "Prior exam: ⟨a|2 cm right adrenal nodule⟩ (⟦series 4 image 50|4:50 P #a⟧). Current exam: 2.1 cm "
    "(⟦series 5 image 52|5:52⟧).",
    "⟨a|Unchanged 5 mm nodule in the lingula⟩ (⟦series 4 image 120|4:120 #a⟧; ⟦series 3 image 115|3:115 P⟧ of the "
    "2022 exam).",
    "⟨a|Multiple liver cysts⟩ (⟦series 201, images 12 + 19 + 33|201:12 201:19 201:33 #a⟧).",
    "⟨a|Left pleural effusion⟩ (⟦series 2, images 150 thru 170|2:150-170 #a⟧).",
    "On the previous imaging ⟨a|this measured 11 mm⟩ (⟦4/61|4:61 P #a⟧), now 16 mm (⟦5/63|5:63⟧).",
    "⟨a|Enhancing mass in the right kidney⟩ (⟦series 7, image 33|7:33 #a⟧ and ⟦series 8, image 35|8:35 #a⟧).",
    "CHEST (series 3):\n⟨a|Trace right pleural effusion⟩, ⟦image 88|3:88 #a⟧.\n\nABDOMEN (series 5):\n"
    "⟨b|Cholelithiasis⟩, ⟦image 40|5:40 #b⟧.",
    "⟨a|Subcentimeter hypodensities in the liver⟩ (⟦series 2, images 22; 30; 41|2:22 2:30 2:41 #a⟧).",
    "⟨a|Disc extrusion at L5/S1⟩ (⟦sag T2 image 9|-:9 #a @sagittal⟧).",
    "Compared to 06/01/2024, the right hilar mass has decreased from 4.0 cm (⟦series 3, image 60|3:60 P⟧) to "
    "3.1 cm (⟦series 4, image 62|4:62⟧).",
]

_CONFOUNDERS3 = [
    ("en", "Follow-up in 6-12 months. Fleischner 2017 criteria. Series of 3 CTs since 2021."),
    ("de", "Verlaufskontrolle in 3/6/12 Monaten. Seite 1 von 3 der Befundmappe."),
    ("de", "T2/FLAIR-hyperintense Läsionen, Fazekas 2. Gleason 3+4=7."),
]

BATCH3 = _batch(_DE3, _EN3, _CONFOUNDERS3)

# Batch 4: whole paragraphs, every list/range separator and image word left, "described" vs prior; written after
# batch 3's fixes, measured once before its fixes.
_DE4 = [
    "VERGLEICH: CT Thorax vom 05.05.2024.\nBEFUND:\nIn Serie 3 ⟨a|neuer Rundherd im Oberlappen rechts⟩ "
    "(⟦Bilder 12 – 18|3:12-18 #a⟧). ⟨b|Der vorbeschriebene Herd links⟩ (⟦Bild 40 u. 41|3:40 3:41 #b⟧) "
    "größenkonstant.",
    "⟨a|Metastasenverdächtige Läsionen⟩ (⟦Bild Nr. 45|-:45 #a⟧, ⟦Bild Nr. 52|-:52 #a⟧).",
    "⟨a|Sinusthrombose⟩ in ⟦Schnittbild 40 der Serie 9|9:40 #a⟧.",
    "⟨a|Schrumpfniere links⟩ (⟦Serie 4, Bild 12 sowie 18|4:12 4:18 #a⟧).",
    "⟨a|Lymphknoten mediastinal⟩ (⟦Serie 2, Bild 45 resp. 48|2:45 2:48 #a⟧).",
    "⟨a|Läsion im Segment IVb⟩ jetzt 12 mm (⟦Se 5 Bi 60|5:60 #a⟧), vormals 9 mm (⟦Se 4 Bi 58|4:58 P⟧).",
    "In der Ausgangsuntersuchung ⟨a|Tumor 45 mm⟩ (⟦Serie 3, Bild 77|3:77 P #a⟧). Aktuell ⟨b|Tumor 30 mm⟩ "
    "(⟦Serie 5, Bild 80|5:80 #b⟧).",
    "⟨a|Der im Vorbefund beschriebene Knoten⟩ (⟦Serie 4, Bild 100|4:100 #a⟧) ist nicht mehr abgrenzbar.",
    "Serie 7 (T2 tra):\n1. ⟨a|Zyste im Pankreaskorpus⟩, ⟦Bild 21|7:21 #a⟧.\n2. ⟨b|Gallengang 9 mm⟩, "
    "⟦Bild 17|7:17 #b⟧.",
]

_EN4 = [
    "⟨a|Innumerable pulmonary metastases⟩ (⟦IM 40, 42, 44|-:40 -:42 -:44 #a⟧).",
    "⟨a|Compression deformity of L1⟩ (⟦series 601, images 55 and 60 and 65|601:55 601:60 601:65 #a⟧).",
    "⟨a|Nodular thickening of the left adrenal gland⟩ (⟦series 2, images 12, 15 & 19|2:12 2:15 2:19 #a⟧).",
    "⟨a|Hypoattenuating pancreatic lesion⟩ (⟦series 4, image 30 to image 36|4:30-36 #a⟧).",
    "⟨a|The previously described nodule⟩ (⟦series 3 image 4|3:4 #a⟧) is unchanged.",
    "At baseline ⟨a|the target lesion measured 32 mm⟩ (⟦series 2, image 71|2:71 P #a⟧); ⟨b|it now measures 21 mm⟩ "
    "(⟦series 4, image 73|4:73 #b⟧).",
    "⟨a|Right lower lobe mass⟩, 12 mm (⟦5/60|5:60 #a⟧) versus 9 mm (⟦prior 4/58|4:58 P⟧).",
    "TECHNIQUE: Axial CT images of the abdomen (series 2) with coronal reformats (series 3).\nFINDINGS: "
    "⟨a|Small hiatal hernia⟩ (⟦image 18|-:18 #a⟧).",
    "⟨a|Bilateral pars defects at L5⟩ (⟦slices 30-35|-:30-35 #a⟧).",
    "⟨a|Gallbladder wall thickening⟩ (⟦#45-#52|-:45-52 #a⟧).",
]

_CONFOUNDERS4 = [
    ("en", "Images 1-4 were degraded by motion; the patient was rescanned at 14:20."),
    ("de", "Bildqualität: Bild 3 von 5 nicht diagnostisch. 2 Serien wiederholt."),
]

BATCH4 = _batch(_DE4, _EN4, _CONFOUNDERS4)

# Batch 5: tag-like US/UK forms, image-first brackets, mixed today/prior brackets; written after batch 4's fixes,
# measured once before its fixes.
_DE5 = [
    "⟨a|Zervikale Lymphknoten links⟩, ⟦Bild 45 (Serie 3)|3:45 #a⟧.",
    "⟨a|Diffusionsrestriktion im Thalamus links⟩ (⟦Sequenz 8 Bild 12-15|8:12-15 #a⟧).",
    "⟨a|Os odontoideum⟩ (⟦Se 601 Bi 33-35 und 40|601:33-35 601:40 #a⟧).",
    "⟨a|Rundherd im Unterlappen⟩ stationär (heute ⟦Serie 3 Bild 40|3:40⟧, VU ⟦Serie 2 Bild 38|2:38 P⟧).",
    "Im Vorbefund vom 02.2024 wurde ein 7 mm Knoten beschrieben (⟦Serie 4, Bild 91|4:91 P⟧). ⟨a|Aktuell "
    "ist der Knoten 7 mm groß⟩ (⟦Serie 5, Bild 93|5:93 #a⟧).",
    "⟨a|Kleine Nebenmilz⟩ (⟦Bild 62/Serie 4|4:62 #a⟧).",
    "⟨a|Spondylolyse L5 beidseits⟩ (⟦Serie 12, Bild 7, 9|12:7 12:9 #a⟧).",
    "Serie 5 (arteriell):\n⟨a|Hypervaskularisierte Läsion Segment VIII⟩ (⟦Bild 33|5:33 #a⟧).\nSerie 6 (portalvenös):\n"
    "⟨b|Wash-out der Läsion⟩ (⟦Bild 35|6:35 #b⟧).",
]

_EN5 = [
    "⟨a|Right thyroid nodule⟩ (⟦Se:3 Im:45|3:45 #a⟧).",
    "⟨a|Several pulmonary nodules⟩ (⟦3/45, 3/52, and 3/60|3:45 3:52 3:60 #a⟧).",
    "⟨a|Left renal cyst⟩ (⟦image 45, series 3|3:45 #a⟧).",
    "⟨a|Sigmoid diverticulitis⟩ (⟦ser/img 3/145|3:145 #a⟧).",
    "⟨a|Stable right adrenal adenoma⟩ (⟦series 3 image 40|3:40 #a⟧ today; ⟦series 2 image 38|2:38 P⟧ on prior).",
    "⟨a|Hepatic hypodensity⟩ on ⟦image 30 of series 2|2:30 #a⟧, unchanged from the 2023 exam.",
    "⟨a|Trace pericardial effusion⟩ (⟦series 2, image 120|2:120 #a⟧). ⟨b|Coronary calcifications⟩ "
    "(⟦image 101|2:101 #b⟧).",
    "Previous CT 03/2023 showed ⟨a|a 6 mm nodule⟩ (⟦series 4, image 28|4:28 P #a⟧). ⟨b|The nodule now measures 9 mm⟩ "
    "(⟦series 3, image 31|3:31 #b⟧).",
    "⟨a|Bilateral adrenal nodules⟩ (⟦series 2, im. 45 and im. 51|2:45 2:51 #a⟧).",
]

_CONFOUNDERS5 = [
    ("en", "PI-RADS 3 lesion, PSA 6.4 ng/mL, prostate volume 45 mL (3 x 4 x 5 cm)."),
    ("de", "Serie von 3 Aufnahmen, Bild in 2 Ebenen, Kontrolle in 4/52."),
]

BATCH5 = _batch(_DE5, _EN5, _CONFOUNDERS5)
