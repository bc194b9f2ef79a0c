"""Dev set for issue 16, round 6 (engineer refs-fix6): how a prior-study cue binds, current and prior citations mixed.

A DEV set, written by this round's engineer (none of the `dev16c.py`..`dev16f.py` authors' texts reused), DE/AT/CH/
UK/US habits, aimed at one class: which study a citation points into when a sentence cites both. Prior cues of every
kind and position (before the sentence, in the clause, inside the bracket, after the bracket, possessive forms,
"Voraufnahme", "VU", "Vor-CT", "Fremdbefund", "Vergleichsuntersuchung", "on the 2024 study", "at baseline",
"previously measured", "then", "damals", "seinerzeit", "früher") and current cues ("today", "now", "currently",
"aktuell", "jetzt", "neu", "heute", "derzeit", "since the prior study") in both orders; comparisons "X mm (current)
vs Y mm (prior)" and "from Y to X"; addenda; lists and brackets holding both studies. Gold: the study the image
lies in, as a reader of the sentence understands it. Snippets are not labelled (the class is the prior flag and the
fields). It holds no text of any held-out set (none was opened). Markup as in `dev16c.py` (`parse`).
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3"]


def _batch(de: list[str], en: list[str], confounders: list[tuple[str, str]]) -> list[Excerpt]:
    return [parse("de", t) for t in de] + [parse("en", t) for t in en] + [parse(lang, t) for lang, t in confounders]


# Batch 1: written before reading the grammar's code, measured once on the unchanged code (branch base 1be37f2).
_DE1 = [
    # current first, prior second; prior second in every position
    "Rundherd im Unterlappen links jetzt 11 mm (⟦Serie 4, Bild 62|4:62⟧), in der Voraufnahme 8 mm "
    "(⟦Serie 3, Bild 58|3:58 P⟧).",
    "Leberläsion Segment VII aktuell 24 mm (⟦Se 5 Bi 40|5:40⟧) vs. 19 mm (⟦VU Se 4 Bi 37|4:37 P⟧).",
    "Metastase Segment IVa 31 mm (⟦4/50|4:50⟧) vs. 22 mm in der VU (⟦3/47|3:47 P⟧).",
    "Tumor aktuell 45 mm (⟦Serie 6, Bild 33|6:33⟧), in der Ausgangsuntersuchung 60 mm (⟦Serie 5, Bild 30|5:30 P⟧).",
    "Zyste links heute 15 mm (⟦Serie 5, Bild 82|5:82⟧), früher 14 mm (⟦Serie 5, Bild 80|5:80 P⟧).",
    "Knoten (⟦Se 5/Bi 60 aktuell|5:60⟧, ⟦Se 4/Bi 55 VU|4:55 P⟧).",
    "Herd (⟦Serie 3, Bild 45|3:45⟧; ⟦VU: Serie 3, Bild 41|3:41 P⟧).",
    "Rundherde (⟦Serie 4, Bild 30, 41 und 57|4:30 4:41 4:57⟧), davon zwei bereits in der VU abgrenzbar "
    "(⟦Serie 2, Bild 28 und 39|2:28 2:39 P⟧).",
    # prior first, current second
    "Lymphknoten paraaortal von 14 mm (⟦Serie 3, Bild 71|3:71 P⟧) auf 9 mm (⟦Serie 5, Bild 74|5:74⟧) regredient.",
    "Im Vergleich zur VU größenprogredienter Herd, aktuell 15 mm (⟦Bild 4/88|4:88⟧), damals 10 mm "
    "(⟦Bild 3/80|3:80 P⟧).",
    "Vor-CT: Herd 6 mm (⟦Se 2 Bi 33|2:33 P⟧). Aktuell: Herd 9 mm (⟦Se 4 Bi 35|4:35⟧).",
    "Fremdbefund vom 03.05.2024 mit Zyste 12 mm (⟦Serie 7, Bild 19|7:19 P⟧); jetzt unverändert "
    "(⟦Serie 6, Bild 21|6:21⟧).",
    "Seinerzeit Hämatom 3 cm (⟦Se 3 Bi 50|3:50 P⟧), nun resorbiert (⟦Se 3 Bi 52|3:52⟧).",
    "Die Voraufnahme zeigte einen Erguss (⟦Serie 2, Bild 30|2:30 P⟧), der aktuell rückläufig ist "
    "(⟦Serie 2, Bild 31|2:31⟧).",
    "Knoten (⟦aktuell Se 5/Bi 60|5:60⟧, ⟦in der VU Se 4/Bi 55|4:55 P⟧).",
    "Osteolyse LWK 2, damals (⟦Serie 6, Bild 20|6:20 P⟧) noch ohne Kortikalisdurchbruch, jetzt mit Durchbruch "
    "(⟦Serie 7, Bild 22|7:22⟧).",
    "Gegenüber der Voruntersuchung (⟦Serie 2, Bild 40|2:40 P⟧) jetzt größer (⟦Serie 4, Bild 42|4:42⟧).",
    "Pleuraerguss rechts, seinerzeit 2 cm (⟦Bild 3/70|3:70 P⟧), derzeit 4 cm (⟦Bild 4/72|4:72⟧).",
    "Vorbefund (CT 01/2024): Herd 8 mm (⟦Se 3 Bi 20|3:20 P⟧). Heute 12 mm (⟦Se 5 Bi 24|5:24⟧).",
    "Im Vor-MRI Signalalteration (⟦Serie 8, Bild 12|8:12 P⟧), im aktuellen MRI regredient (⟦Serie 9, Bild 13|9:13⟧).",
    "Wie in der VU (⟦Se 3 Bi 18|3:18 P⟧) weiterhin Zyste (⟦Se 5 Bi 20|5:20⟧).",
    "Auf der VU (⟦S3 B45|3:45 P⟧) und aktuell (⟦S5 B47|5:47⟧) Knoten unverändert.",
    "Nachtrag: Die Voraufnahmen wurden nachgereicht. Dort war der Herd 7 mm groß (⟦Se 3 Bi 44|3:44 P⟧); aktuell "
    "ebenfalls 7 mm (⟦Se 4 Bi 46|4:46⟧).",
    "In der Vergleichsuntersuchung Herd im Segment VI (⟦Serie 3, Bild 40|3:40 P⟧) sowie im Segment II "
    "(⟦Serie 3, Bild 22|3:22 P⟧).",
    "Im Vor-CT vom 02/2024 (⟦Serie 3, Bild 90|3:90 P⟧) kleiner.",
    # current only, with a prior word nearby
    "Neu seit der Voruntersuchung: Rundherd 5 mm (⟦Serie 4, Bild 101|4:101⟧).",
    "Im Vergleich zur VU vom 12.02.2024 aktuell größenkonstanter Knoten (⟦Serie 3, Bild 66|3:66⟧).",
    "Der Erguss ist seit der VU neu aufgetreten (⟦Serie 2, Bild 55|2:55⟧).",
    "Knochenmetastase, in der Voruntersuchung noch nicht sichtbar, jetzt 12 mm (⟦Serie 7, Bild 14|7:14⟧).",
    "Raumforderung Pankreaskopf 28 mm (⟦Serie 4, Bild 61|4:61⟧), damals 22 mm.",
    "Herd 8 mm (⟦Serie 3, Bild 40|3:40⟧), in der VU 6 mm.",
    "Herd in der VU 6 mm, jetzt 8 mm (⟦Serie 3, Bild 40|3:40⟧).",
]

_EN1 = [
    # current first, prior second
    "The nodule now measures 9 mm (⟦series 4, image 77|4:77⟧), previously 6 mm (⟦series 3, image 70|3:70 P⟧).",
    "Right adrenal nodule measuring 18 mm (⟦4:33|4:33⟧), previously 15 mm (⟦3:30|3:30 P⟧).",
    "Index lesion 24 mm (⟦series 5, image 40|5:40⟧) vs 31 mm at baseline (⟦series 4, image 38|4:38 P⟧).",
    "Stable 5 mm nodule (⟦series 4, image 90|4:90⟧; ⟦prior series 3, image 86|3:86 P⟧).",
    "The nodule (⟦series 4, image 120|4:120⟧) was 6 mm on the prior (⟦series 2, image 115|2:115 P⟧).",
    "Nodule (⟦4/20|4:20⟧, previously ⟦3/18|3:18 P⟧).",
    "Hepatic lesion measuring 1.2 cm (⟦series 3, image 33|3:33⟧), which previously measured 0.8 cm "
    "(⟦series 7, image 30|7:30 P⟧).",
    # prior first, current second
    "Previously measured 6 mm (⟦series 3, image 70|3:70 P⟧), now 9 mm (⟦series 4, image 77|4:77⟧).",
    "On the outside MRI (⟦series 8, image 12|8:12 P⟧) the lesion was smaller; today it measures 2.1 cm "
    "(⟦series 5, image 14|5:14⟧).",
    "Compared to the previous exam (⟦series 2, image 58|2:58 P⟧), the effusion is now moderate "
    "(⟦series 3, image 60|3:60⟧).",
    "At baseline (⟦series 4, image 38|4:38 P⟧) 31 mm; currently 24 mm (⟦series 5, image 40|5:40⟧).",
    "The mass has decreased from 31 mm (⟦series 4, image 38|4:38 P⟧) to 24 mm (⟦series 5, image 40|5:40⟧).",
    "Comparison is made to an outside CT; on their ⟦series 8, image 22|8:22 P⟧ the nodule measured 5 mm, today 7 mm "
    "(⟦series 3, image 41|3:41⟧).",
    "The 2024 study (⟦series 2, image 19|2:19 P⟧) showed no effusion; a small effusion is present now "
    "(⟦series 4, image 21|4:21⟧).",
    "On the 2024 study the nodule measured 4 mm (⟦series 3, image 50|3:50 P⟧).",
    "Then 4 mm (⟦series 3, image 50|3:50 P⟧), now 7 mm (⟦series 5, image 52|5:52⟧).",
    "ADDENDUM: The prior exam from 01/2025 has been reviewed. The lesion was present then "
    "(⟦series 3, image 44|3:44 P⟧) and is unchanged (⟦series 6, image 45|6:45⟧).",
    "On the comparison study of 2/14/2025, the lesion (⟦image 33, series 2|2:33 P⟧) was smaller. Currently "
    "(⟦image 35, series 4|4:35⟧) it measures 15 mm.",
    "Lesion as measured on the prior PET/CT (⟦series 3, image 101|3:101 P⟧).",
    "Compared with the previous study of March, the collection has reduced from 45 mm (⟦series 3, image 50|3:50 P⟧) "
    "to 30 mm (⟦series 4, image 52|4:52⟧).",
    "Previous: ⟦series 3, image 50|3:50 P⟧. Current: ⟦series 4, image 52|4:52⟧.",
    "On the previous scan, ⟦series 3 image 50|3:50 P⟧; on this scan, ⟦series 4 image 52|4:52⟧.",
    # current only, with a prior word nearby
    "Compared to the previous exam, the effusion is now moderate (⟦series 2, image 60|2:60⟧).",
    "New since the prior study: left pleural effusion (⟦series 2, image 80|2:80⟧).",
    "Previously seen right lower lobe nodule is again seen (⟦series 4 image 120|4:120⟧).",
    "No change from the comparison study in the left renal cyst (⟦series 5, image 52|5:52⟧).",
    "Previously described nodule in the left upper lobe, currently 5 mm (⟦series 4, image 33|4:33⟧).",
]

_CONF1 = [
    ("de", "Vergleich mit der VU vom 12/2023: unverändert, damals 3/4 der Zirkumferenz."),
    ("en", "Compared to the prior of 3/2024, stable; previously 2/3 of the lumen."),
]

BATCH1 = _batch(_DE1, _EN1, _CONF1)

# Batch 2: written after batch 1's fixes, new wording of the same class plus current citations near prior words
# (false-prior traps); measured once before its own fixes.
_DE2 = [
    "Hypodense Leberläsion Segment V mittlerweile 18 mm (⟦Serie 5, Bild 44|5:44⟧), in der Vor-CT vom 04.2024 "
    "noch 11 mm (⟦Serie 4, Bild 41|4:41 P⟧).",
    "Nebennierenknoten rechts unverändert 14 mm (⟦Se 3/Bi 28|3:28⟧; ⟦Voraufnahme Se 3/Bi 26|3:26 P⟧).",
    "Die Fremdaufnahme vom März zeigte den Herd mit 9 mm (⟦Serie 601, Bild 77|601:77 P⟧), heute 13 mm "
    "(⟦Serie 4, Bild 80|4:80⟧).",
    "Früher war die Zyste septiert (⟦Bild 2/35|2:35 P⟧), derzeit einkammerig (⟦Bild 5/37|5:37⟧).",
    "Lymphknoten iliakal links: damals 21 mm (⟦Se 6 Bi 90|6:90 P⟧), aktuell 12 mm (⟦Se 7 Bi 93|7:93⟧).",
    "Größenzunahme des Hämatoms von 25 mm (⟦Serie 2, Bild 18|2:18 P⟧) auf 38 mm (⟦Serie 3, Bild 20|3:20⟧).",
    "In der auswärtigen MRT Läsion im Segment VIII (⟦Serie 9, Bild 14|9:14 P⟧) und im Segment III "
    "(⟦Serie 9, Bild 30|9:30 P⟧).",
    "Im Vergleich zur Voraufnahme (⟦Serie 3, Bild 60|3:60 P⟧) nunmehr deutlich größer (⟦Serie 5, Bild 63|5:63⟧).",
    "Herd im Oberlappen rechts (⟦Serie 4, Bild 33|4:33⟧), bereits in der VU sichtbar (⟦Serie 2, Bild 30|2:30 P⟧).",
    "Seinerzeit beschriebene Zyste im Pankreasschwanz weiterhin 8 mm (⟦Serie 5, Bild 49|5:49⟧).",
    "Neu aufgetretener Erguss links (⟦Serie 2, Bild 70|2:70⟧), in der Vergleichsuntersuchung nicht vorhanden.",
    "Knoten (⟦Bild 3/55, VU|3:55 P⟧; ⟦Bild 5/58, heute|5:58⟧).",
    "Zum Vergleich: Vor-MRT 06/2024. Dort Kontrastmittelaufnahme (⟦Serie 11, Bild 8|11:8 P⟧), jetzt keine mehr "
    "(⟦Serie 12, Bild 9|12:9⟧).",
    "Der Tumor reicht jetzt bis an die Pleura (⟦Serie 3, Bild 120|3:120⟧), damals noch mit Fettlamelle.",
    "Die Läsion hat sich seit der Voruntersuchung nicht verändert (⟦Serie 4, Bild 76|4:76⟧).",
    "Metastase links frontal in der Ausgangs-MRT 12 mm (⟦Serie 10, Bild 15|10:15 P⟧), in der heutigen MRT 6 mm "
    "(⟦Serie 10, Bild 16|10:16⟧).",
    "Im Vorbefund Rundherd (⟦Serie 3, Bild 88|3:88 P⟧), aber aktuell nicht mehr abgrenzbar (⟦Serie 3, Bild 86|3:86⟧).",
]

_EN2 = [
    "The right hilar node has increased to 17 mm (⟦series 3, image 66|3:66⟧), from 11 mm on the prior "
    "(⟦series 3, image 64|3:64 P⟧).",
    "At that time the collection measured 6 cm (⟦series 2, image 40|2:40 P⟧); it now measures 3 cm "
    "(⟦series 5, image 42|5:42⟧).",
    "Previously 12 mm (⟦image 88, series 4|4:88 P⟧), currently 8 mm (⟦image 90, series 6|6:90⟧).",
    "Liver lesion 2.3 cm (⟦series 601, image 44|601:44⟧), 1.9 cm on the 2024 exam (⟦series 601, image 41|601:41 P⟧).",
    "On the outside PET/CT (⟦series 4, image 150|4:150 P⟧) the node was avid; on today's CT it is 9 mm "
    "(⟦series 2, image 60|2:60⟧).",
    "Sclerotic focus at T10 (⟦series 7, image 45|7:45⟧), present on the baseline study (⟦series 7, image 43|7:43 P⟧).",
    "Their ⟦series 6, image 30|6:30⟧ shows the fracture line.",
    "Comparison: outside MRI of 5/2024. On their ⟦series 6, image 30|6:30 P⟧ the fracture line was visible.",
    "The mass, which then measured 4 cm (⟦series 5, image 22|5:22 P⟧), is now 2.5 cm (⟦series 8, image 25|8:25⟧).",
    "Initially described as 5 mm, the nodule now measures 7 mm (⟦series 4, image 101|4:101⟧).",
    "Then and now: 10 mm (⟦series 3, image 50|3:50 P⟧) and 14 mm (⟦series 4, image 53|4:53⟧).",
    "Mild interval growth of the left adrenal nodule, 16 mm (⟦series 3, image 40|3:40⟧) versus 13 mm "
    "(⟦series 3, image 39|3:39 P⟧) previously.",
    "Since the previous examination, new right pleural effusion (⟦series 2, image 100|2:100⟧).",
    "The previously noted 4 mm nodule is stable (⟦series 4, image 55|4:55⟧).",
    "Comparison study dated 11/02/2024 (⟦series 3, image 77|3:77 P⟧) showed a smaller lesion.",
    "On the prior ultrasound the cyst was 2 cm; on this exam it measures 3 cm (⟦series 1, image 12|1:12⟧).",
]

_CONF2 = [
    ("en", "Then the patient was repositioned; previously 2 of 3 lesions were ablated."),
    ("de", "Damals Z.n. Hemikolektomie, früher 3/4 der Leber reseziert."),
]

BATCH2 = _batch(_DE2, _EN2, _CONF2)

# Batch 3: the last check, written after all fixes (new wording; half of it current citations next to prior words,
# the false-prior side of precision); measured once.
_DE3 = [
    "Pulmonaler Rundherd im Mittellappen, vormals 7 mm (⟦Serie 3, Bild 112|3:112 P⟧), nunmehr 10 mm "
    "(⟦Serie 3, Bild 115|3:115⟧).",
    "Zervikaler Lymphknoten Level II links unverändert (⟦Serie 4, Bild 51|4:51⟧), wie bereits in der "
    "Voruntersuchung beschrieben.",
    "In der externen CT vom 14.01.2025 Tumorthrombus (⟦Serie 5, Bild 66|5:66 P⟧), heute nicht mehr nachweisbar "
    "(⟦Serie 6, Bild 64|6:64⟧).",
    "Erguss (⟦Se 2 Bi 80|2:80⟧), in der Vergleichsaufnahme geringer (⟦Se 2 Bi 78|2:78 P⟧).",
    "Die vorbekannte Leberzyste (⟦Serie 5, Bild 30|5:30⟧) ist größenkonstant.",
    "Seinerzeit in ⟦Serie 7 auf Bild 19|7:19 P⟧ gemessene Läsion; aktuell (⟦Serie 8, Bild 21|8:21⟧) 5 mm.",
    "Vergleich mit Fremd-MRT: dort Ödem (⟦Serie 9, Bild 17|9:17 P⟧), jetzt rückläufig (⟦Serie 10, Bild 18|10:18⟧).",
    "Neu seit dem Vor-CT: Rippenfraktur rechts (⟦Bild 4/155|4:155⟧).",
    "Die Stenose war früher hochgradig (⟦Serie 12, Bild 40|12:40 P⟧) und ist nach Stent offen "
    "(⟦Serie 13, Bild 42|13:42⟧).",
    "Knoten (⟦Vorbefund Se 3 Bi 66|3:66 P⟧ / ⟦aktuell Se 5 Bi 70|5:70⟧).",
]

_EN3 = [
    "Pancreatic cyst now 14 mm (⟦series 5, image 38|5:38⟧), formerly 9 mm (⟦series 5, image 35|5:35 P⟧).",
    "As on the prior exam, there is a stable 3 mm nodule (⟦series 4, image 70|4:70⟧).",
    "On the baseline scan of 9/2024 the target lesion (⟦series 2, image 61|2:61 P⟧) measured 41 mm; it measures "
    "28 mm today (⟦series 2, image 63|2:63⟧).",
    "The lymph node has enlarged from 8 mm (⟦series 3, image 72|3:72 P⟧) to 15 mm (⟦series 3, image 74|3:74⟧).",
    "Their ⟦series 4, image 19|4:19 P⟧ (outside MRI) shows the same lesion, now 12 mm on our "
    "⟦series 7, image 22|7:22⟧.",
    "A new 6 mm nodule (⟦series 4, image 44|4:44⟧) not present on the prior study.",
    "Known right renal cyst, previously 2.0 cm, currently 2.2 cm (⟦series 6, image 50|6:50⟧).",
    "Comparison with the outside CT from 3/2025 (⟦series 2, image 90|2:90 P⟧) shows interval growth "
    "(⟦series 4, image 95|4:95⟧).",
    "Previously, an enhancing focus in segment 8 (⟦series 7, image 12|7:12 P⟧); this has resolved.",
    "The effusion seen on the previous study has resolved; residual pleural thickening (⟦series 2, image 55|2:55⟧).",
]

_CONF3 = [
    ("en", "Compared with the prior from 2/2025; then 3 of 4 segments were involved."),
]

BATCH3 = _batch(_DE3, _EN3, _CONF3)
