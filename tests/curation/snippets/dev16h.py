"""Dev / training set for issue 16, round 7 (engineer refs-dev16h): how departments cite images, labelled.

A DEV set for the learned decision over the reference miner's candidates (series, image, prior-study flag), written
by a new author without reading the miner's code, docs/snippets*.md, any held-out set or the texts of
dev16c..dev16g. DE/AT/CH/UK/US habits, German and English: findings sentences, RECIST / tumour-board rows,
impressions, addenda, dictation artefacts, headings that name a series for a section; citation forms of many
viewers (full words, abbreviations, slash / colon / hash, glued, number words, lists, ranges, image-only refs that
inherit a series, plane words, slice / section words); prior-study citations (about 30 %) and current citations in
sentences that mention a prior exam; and confounders whose numbers are not image citations (sizes, dates, levels,
segments, doses, scores, TNM, counters, times, phone numbers, page counters, ratios, fractions).

Gold is what a careful radiologist reading the sentence understands: the series the image lies in (written, else
the series named earlier in the sentence or by a section heading; `-` where none is named), the image or image
range, and whether the image lies in a prior study. Snippets are not labelled. Markup as in `dev16c.py` (`parse`).

Measured once per batch with the unchanged miner (main e4f27e6), aggregate only:
- BATCH1 (104 excerpts, 116 refs, 31 prior, 25 confounders): tp 109, fp 7, fn 7, P 0.940, R 0.940.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3"]


def _parsed(marked: list[tuple[str, str]]) -> list[Excerpt]:
    return [parse(lang, text) for lang, text in marked]


# Batch 1: findings sentences, tables and confounders, DE/AT/CH then UK/US.
BATCH1 = _parsed([
    ("de", "Im Segment VIII subkapsuläre hypodense Läsion von 14 mm (⟦Serie 5, Bild 88|5:88⟧), in der VU vom "
           "03.02.2025 noch 11 mm (⟦VU Serie 4, Bild 81|4:81 P⟧)."),
    ("de", "Spikulierter Rundherd im rechten Oberlappen, 9 x 7 mm (⟦Se 3/Bi 142|3:142⟧)."),
    ("de", "Neu aufgetretene Osteolyse in LWK 2 (⟦Serie 8 Bild 34-38|8:34-38⟧), im Vergleich zur Voruntersuchung "
           "vom 12.09.2025 damit Progress."),
    ("de", "Pleuraerguss rechts mit einer maximalen Dicke von 32 mm (⟦Bild 55/Serie 2|2:55⟧)."),
    ("de", "Paraaortaler Lymphknoten links mit 13 mm Kurzachse (⟦Ser. 4, Bild 101 und 107|4:101 4:107⟧)."),
    ("de", "Zum Vergleich liegt die Voruntersuchung vom 14.11.2024 vor (⟦Se 2 Bi 66|2:66 P⟧), dort gleiche Läsion "
           "mit 6 mm."),
    ("de", "Hypodense Raumforderung im Pankreaskopf ⟦Serie drei Bild siebenundvierzig|3:47⟧ Komma Größe 24 mm "
           "Punkt"),
    ("de", "Kleine Nebennierenadenom-typische Läsion links, 15 HE nativ (⟦Se5Bi77|5:77⟧)."),
    ("de", "Serie 6 (koronare MPR):\nDer Befund am Leberhilus (⟦Bild 44|6:44⟧) umschließt die Pfortader zu etwa "
           "einem Drittel."),
    ("de", "In der koronaren Rekonstruktion (⟦Serie 601, Bild 38|601:38 @coronal⟧) Kontakt der Raumforderung zur "
           "A. mesenterica superior über weniger als 180°."),
    ("de", "Keilwirbel BWK 12 mit Höhenminderung der Vorderkante um ca. 30 % (⟦sagittal Se 7 Bi 19|7:19 "
           "@sagittal⟧)."),
    ("de", "Die Metastase im Segment VI misst aktuell 21 mm (⟦Se 4, Bi 63|4:63⟧; im Vor-CT 17 mm, ⟦Se 4, Bi 60|"
           "4:60 P⟧)."),
    ("de", "Multiple Lungenrundherde beidseits, der größte 8 mm (⟦Bild 3/45, 3/88 und 3/102|3:45 3:88 3:102⟧)."),
    ("de", "Mehrere blande Nierenzysten beidseits, Bosniak I (⟦Serie 2: Bilder 12, 19, 27|2:12 2:19 2:27⟧)."),
    ("de", "Verkalkter Granulom-Herd im Mittellappen, unverändert (⟦Serie 3 Bildnummer 210|3:210⟧)."),
    ("de", "Die Fraktur der 7. Rippe rechts ist in ⟦Schicht 45 der Serie 3|3:45⟧ am besten abgrenzbar."),
    ("de", "Im Vergleich zum Vorbefund vom 2.1.2025 (dort ⟦Serie 5 Bild 23|5:23 P⟧) größenkonstanter Herd im "
           "Segment II, aktuell ⟦Serie 5 Bild 25|5:25⟧."),
    ("de", "Mesenteriale Lymphknoten bis 9 mm (⟦Serie 3, Bild 55|3:55⟧), grössenkonstant zur externen VU "
           "(⟦dortige Serie 3, Bild 52|3:52 P⟧)."),
    ("de", "Arterialisierte Leberläsion Segment IVa, 2,3 cm (⟦Se 6 Bi 33|6:33⟧), LI-RADS 5."),
    ("de", "Fokale Wandverdickung des Colon sigmoideum über eine Strecke von 4 cm (⟦Serie 4, Bilder 120 bis 131|"
           "4:120-131⟧)."),
    ("de", "VU: ⟦Se 3, Bi 38|3:38 P⟧ – damals 5 mm, heute 7 mm (⟦Se 3, Bi 41|3:41⟧)."),
    ("de", "Der Thrombus in der V. femoralis links reicht bis in die V. iliaca externa (⟦S 9/I 14-22|9:14-22⟧)."),
    ("de", "Aktuell kein Nachweis der in der Voruntersuchung beschriebenen Raumforderung im Nierenunterpol links "
           "(VU ⟦Serie 7, Bild 61|7:61 P⟧)."),
    ("de", "Nodulär verdickte Nebenniere rechts (⟦Bild 4/88 und 4/92|4:88 4:92⟧), im Verlauf seit 2022 "
           "unverändert."),
    ("de", "Subsegmentale Lungenembolie im Unterlappen links (⟦Serie 2 Bild 140, 143 und 151|2:140 2:143 "
           "2:151⟧)."),
    ("de", "Tabelle Zielläsionen (RECIST 1.1):\nZL1 Leber Seg. 7\t23 mm (⟦Se 4/Bi 56|4:56⟧)\tBaseline 31 mm "
           "(⟦Se 3/Bi 60|3:60 P⟧)\nZL2 LK paraaortal\t15 mm (⟦Se 4/Bi 88|4:88⟧)\tBaseline 19 mm (⟦Se 3/Bi 91|"
           "3:91 P⟧)"),
    ("de", "Axial (⟦Serie 2, Bild 77|2:77 @axial⟧) und koronar (⟦Serie 5, Bild 31|5:31 @coronal⟧) gut "
           "abgrenzbare Hernie der Linea alba."),
    ("de", "Nachtrag: Der beschriebene Rundherd im linken Unterlappen liegt in ⟦Serie 3 auf Bild 176|3:176⟧, nicht "
           "wie diktiert auf Bild 167."),
    ("de", "Zystische Pankreasläsion im Corpus, 11 mm, in der MRT vom 04/2024 noch 8 mm (⟦Sequenz 6, Bild 14|6:14 "
           "P⟧)."),
    ("de", "Kleines Meningeom parasagittal rechts (⟦Serie 10 Bild 88|10:88⟧) mit geringem perifokalem Ödem."),
    ("de", "Pneumothorax-Restsaum apikal rechts 6 mm (⟦Ser.2/Ima.23|2:23⟧), in der Voraufnahme von gestern noch "
           "18 mm."),
    ("de", "Protrusion der Bandscheibe LWK 4/5 mit Kontakt zur Nervenwurzel L5 links (⟦Serie 5, Bild 11|5:11⟧)."),
    ("de", "Ein in der Fremduntersuchung beschriebener Herd (⟦Fremd-CT Serie 201 Bild 33|201:33 P⟧) ist aktuell "
           "nicht mehr abgrenzbar."),
    ("de", "Hypodense Läsion in der Milz (⟦Serie 4,Bild 72|4:72⟧), eine fraglich kleine Zweitläsion auf ⟦Bild 79|"
           "4:79⟧."),
    ("en", "There is a 7 mm nodule in the right lower lobe (⟦series 4, image 203|4:203⟧), previously 5 mm "
           "(⟦series 3, image 198 on the prior|3:198 P⟧)."),
    ("en", "Stable 4 mm left upper lobe nodule (⟦4:87|4:87⟧)."),
    ("en", "Small nonobstructing calculus in the lower pole of the left kidney (⟦se 2 im 45|2:45⟧)."),
    ("en", "Hypodense lesion in the right hepatic lobe measuring 1.2 cm (⟦image 45, series 2|2:45⟧), likely a "
           "cyst."),
    ("en", "Sclerotic focus in the T11 vertebral body (⟦img 33/se 5|5:33⟧), unchanged since 2021."),
    ("en", "Enlarged right paratracheal node measuring 14 mm in short axis (⟦IM 112 SE 3|3:112⟧)."),
    ("en", "Ground-glass opacity in the lingula (⟦Se: 3 Im: 45/120|3:45⟧), 11 x 9 mm."),
    ("en", "Within segment 7 of the liver there is a 12 mm hypoenhancing lesion (⟦image 54 series 5|5:54⟧), "
           "which was not present on the CT of 03/02/2025."),
    ("en", "On the comparison CT dated 3 February 2025 it measured 9 mm (⟦series 2 image 50|2:50 P⟧)."),
    ("en", "Target lesion 1, right hepatic lobe: 34 mm (⟦S5 I47|5:47⟧); baseline 41 mm (⟦S4 I52|4:52 P⟧)."),
    ("en", "Small hiatus hernia (⟦image 34|-:34⟧)."),
    ("en", "Series 5 demonstrates a fluid collection in the pelvis (⟦images 34 to 38|5:34-38⟧) with an enhancing "
           "rim."),
    ("en", "Bilateral pars defects at L5 are seen on ⟦images 60 and 62 of series 4|4:60 4:62⟧."),
    ("en", "Nodule right upper lobe ⟦series five image one hundred twelve|5:112⟧ measures six millimeters."),
    ("en", "Subchondral cyst in the medial tibial plateau (⟦axial image 45|-:45 @axial⟧)."),
    ("en", "The appendix is dilated to 11 mm with periappendiceal fat stranding (⟦coronal series 601 image 42|601:42 "
           "@coronal⟧)."),
    ("en", "Anterior wedge deformity of L1 (⟦sagittal reformat, image 23|-:23 @sagittal⟧) with 25% height loss."),
    ("en", "ADDENDUM: The nodule referred to in the impression is on ⟦series 3, image 67|3:67⟧, not image 76 as "
           "originally dictated."),
    ("en", "Compared with the prior study of 11/14/2024, the dominant left adrenal nodule now measures 2.4 cm "
           "(⟦series 2, image 31|2:31⟧), previously 1.9 cm (⟦series 2, image 29|2:29 P⟧)."),
    ("en", "Right-sided pleural effusion, small, new since the previous examination (⟦Ser 3 Img 88|3:88⟧)."),
    ("en", "Cavitating lesion in the apical segment of the left lower lobe (⟦ser #3 img #71|3:71⟧)."),
    ("en", "Nodules: RUL 5 mm (⟦3:44|3:44⟧), RML 3 mm (⟦3:102|3:102⟧), LLL 6 mm (⟦3:187|3:187⟧)."),
    ("en", "On the prior CT the lesion was seen on ⟦series 6, image 22|6:22 P⟧; it is no longer visible."),
    ("en", "Previously described 8 mm left lower lobe nodule (⟦prior series 4, image 190|4:190 P⟧) now measures "
           "10 mm (⟦current series 5, image 201|5:201⟧)."),
    ("en", "Enhancing mass in the left renal upper pole, 3.1 x 2.8 cm (⟦series 7, images 22-29|7:22-29⟧), "
           "Bosniak 4."),
    ("en", "Lymph node at station 7, 12 mm (⟦Series 201 / Image 64|201:64⟧)."),
    ("en", "Fracture of the right 6th rib laterally (⟦ser 4 im 77, 78|4:77 4:78⟧)."),
    ("en", "Subcentimetre hypodensities in segments 2 and 3 (⟦series 401, image 18 and image 26|401:18 401:26⟧), "
           "too small to characterise."),
    ("en", "Comparison: CT chest 09/2024. The spiculated mass (⟦2/56|2:56⟧) has increased from 18 to 24 mm."),
    ("en", "Baseline (outside study, ⟦series 3 image 41|3:41 P⟧): 15 mm. Today: 9 mm (⟦series 3 image 39|3:39⟧)."),
    ("en", "Hepatic steatosis. Focal fatty sparing adjacent to the gallbladder fossa (⟦im 50 (se 2)|2:50⟧)."),
    ("en", "Thickened left adrenal limb, unchanged from the 2023 CT where it was seen on ⟦image 33 of series 2|2:33 "
           "P⟧."),
    ("en", "Mild dilatation of the common bile duct to 9 mm (⟦S:5 I:62|5:62⟧)."),
    ("en", "Tumour board summary\nLesion A (liver seg 8): 28 mm, ⟦Se 6 Im 19|6:19⟧; prev 22 mm, ⟦Se 5 Im 20|5:20 "
           "P⟧\nLesion B (peritoneal): 14 mm, ⟦Se 6 Im 71|6:71⟧; prev 9 mm, ⟦Se 5 Im 69|5:69 P⟧"),
    ("en", "Small focus of restricted diffusion in the left corona radiata (⟦DWI series 8, image 17|8:17⟧), "
           "compatible with an acute lacunar infarct."),
    ("en", "As seen previously (⟦prior exam series 3 image 121|3:121 P⟧), there is a stable 6 mm ground-glass "
           "nodule in the right upper lobe (⟦series 3 image 118|3:118⟧)."),
    ("en", "IMPRESSION:\n1. New 9 mm nodule right lower lobe (⟦4/211|4:211⟧). Fleischner 2017: CT at 3 months."),
    ("de", "Befund im Vergleich zur Voruntersuchung vom 10.06.2025:\nRundherd Unterlappen rechts jetzt 12 mm "
           "(⟦Serie 3, Bild 201|3:201⟧), zuvor 10 mm (⟦Serie 3, Bild 197|3:197 P⟧)."),
    ("de", "Die bekannte Läsion im Pankreasschwanz (Vorbefund ⟦Ser. 5/Bild 40|5:40 P⟧) zeigt sich größenregredient."),
    ("de", "Gegenüber der Voruntersuchung vom 3.3.2025 (dort ⟦Serie 2, Bild 17 und 21|2:17 2:21 P⟧) keine neuen "
           "Herde."),
    ("de", "Damals ⟦S3 B55|3:55 P⟧, heute ⟦S4 B58|4:58⟧: Grössenzunahme der Nebennierenmetastase von 18 auf 26 mm."),
    ("en", "The previously noted sclerotic lesion in the left iliac bone (prior ⟦series 2, slice 88|2:88 P⟧) is again "
           "seen (⟦series 3, slice 91|3:91⟧)."),
    ("en", "On the baseline PET-CT the nodal mass measured 41 mm (⟦baseline: Se 4, Im 102-110|4:102-110 P⟧)."),
    ("en", "Left lower lobe consolidation seen on the prior CT (⟦series 3, images 140-162|3:140-162 P⟧) has "
           "resolved."),
    ("en", "Interval decrease of the mediastinal mass from 5.2 cm (⟦prior 3/66|3:66 P⟧) to 3.8 cm (⟦3/64|3:64⟧)."),
    # confounders: numbers that cite no image
    ("de", "Seite 2/3"),
    ("de", "Bandscheibenprotrusion HWK 5/6 und HWK 6/7 ohne Myelonkompression."),
    ("de", "Untersuchung vom 05.12.2026, 14:32 Uhr; CTDIvol 8,4 mGy, DLP 312 mGy·cm."),
    ("de", "KM: 90 ml Imeron 350 i.v., Flow 3 ml/s, Delay 70 s."),
    ("de", "Die Grenze zwischen Lebersegment II/III ist durch die Läsion nicht überschritten."),
    ("de", "Rückfragen gerne unter Tel. 089 4140-2211 (Dr. Berger)."),
    ("de", "Stenose der A. carotis interna links ca. 70 % nach NASCET, Verhältnis PSV ICA/CCA 4,2."),
    ("de", "Die Sequenz 7 (DWI) ist bewegungsartefaktüberlagert und nur eingeschränkt beurteilbar."),
    ("de", "Das Bild einer akuten Appendizitis ist nicht gegeben; Appendix 5 mm."),
    ("de", "Tumorformel cT3 cN1 cM0, Stadium IIIB, Zustand nach 4 Zyklen FOLFOX."),
    ("de", "Mammographie beidseits in 2 Ebenen, ACR-Dichte C, BI-RADS 2."),
    ("de", "Zirkuläre Wandverdickung über 2/3 der Zirkumferenz des Rektums, 8 cm ab ano."),
    ("de", "Alte Frakturen der Rippen 5 bis 7 links."),
    ("en", "Page 2 of 3"),
    ("en", "Disc bulge at L4/5 and L5/S1 without nerve root compression."),
    ("en", "BP 128/76 at the time of contrast injection; eGFR 54."),
    ("en", "A series of small simple-appearing cysts in both kidneys, the largest 9 mm."),
    ("en", "Series 3 is degraded by motion artefact; the remaining series are diagnostic."),
    ("en", "Dictated 10:45, transcribed 11:02, verified by Dr. Patel (ext. 4471)."),
    ("en", "BI-RADS 4B, TI-RADS 3, Lung-RADS 4A: see recommendations."),
    ("en", "The left lobe thyroid nodule measures 1.9 x 1.4 x 1.2 cm (previously 1.7 x 1.3 x 1.1 cm)."),
    ("en", "Follow-up CT in 3-6 months per Fleischner 2017 guidelines."),
    ("en", "Cardiothoracic ratio 0.52; 2:1 atrioventricular conduction on the ECG strip."),
    ("en", "T2N1M0, stage IIB; 3 of 12 sampled nodes positive at 12/2024 surgery."),
    ("en", "3 series and 412 images were received from the outside hospital on 2 CDs."),
])

BATCH2: list[Excerpt] = []
BATCH3: list[Excerpt] = []
