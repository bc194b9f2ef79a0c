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
- BATCH2 (112 excerpts, 123 refs, 35 prior, 28 confounders): tp 90, fp 19, fn 33, P 0.826, R 0.732.
- BATCH3 (103 excerpts, 122 refs, 39 prior, 28 confounders): tp 101, fp 11, fn 21, P 0.902, R 0.828.
- all three (319 excerpts, 361 refs, 105 prior, 81 confounders): tp 300, fp 37, fn 61, P 0.890, R 0.831.
Each batch was written and committed before its measurement; the per-excerpt misses were read only after all
three batches were measured, to check the gold by the sentences' meaning: no label was found wrong, no text
was changed.
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
    # round 29 (refs-conv29): re-marked prior (the convention: a citation right after an earlier exam is its)
    ("en", "Right-sided pleural effusion, small, new since the previous examination (⟦Ser 3 Img 88|3:88 P⟧)."),
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

# Batch 2: viewer spellings, dictation artefacts, headings that name a (prior) series, UK shorthand confounders.
BATCH2 = _parsed([
    ("de", "Subpleuraler Knoten im Oberlappen links (⟦Serie/Bild 4/56|4:56⟧), solide, 6 mm."),
    ("de", "Kortikale Destruktion am Os ilium rechts (⟦S/B 7/102|7:102⟧) bei bekanntem Plasmozytom."),
    ("de", "Leberzyste Segment V (⟦Bild-Nr. 56, Serie 4|4:56⟧), 18 mm, keine KM-Aufnahme."),
    ("de", "Raumforderung der rechten Niere Klammer auf ⟦Serie 4 Bild 120|4:120⟧ Klammer zu mit Infiltration des "
           "perirenalen Fettgewebes."),
    ("de", "Vergrößerter Lymphknoten am Leberhilus ⟦Serie zwei, Bild einhundertzwölf|2:112⟧, Kurzachse 16 mm."),
    ("de", "Divertikel des Colon sigmoideum ohne Entzündungszeichen (⟦Se.4, Bi.56|4:56⟧)."),
    ("de", "Bronchiektasen im Mittellappen (⟦Ser4/Bild180|4:180⟧)."),
    ("de", "Ödem im Bereich des Ligamentum collaterale mediale (⟦koronar, Serie 3, Bild 14|3:14 @coronal⟧), "
           "vereinbar mit Teilruptur Grad II."),
    ("de", "Kontrastmittelanreichernde Läsion im Pons (⟦T1 KM tra, Sequenz 12, Bild 9|12:9 @axial⟧)."),
    ("de", "Disseminierte Herde im Marklager beidseits (⟦FLAIR Serie 5, Schichten 14–19|5:14-19⟧)."),
    ("de", "Aktuelle Untersuchung, Serie 3 (Lungenfenster):\nHerd im Segment 6 rechts (⟦Bild 140|3:140⟧) und "
           "Segment 9 links (⟦Bild 162|3:162⟧)."),
    ("de", "Voruntersuchung vom 20.01.2025, Serie 2:\nderselbe Herd im Segment 6 rechts auf ⟦Bild 131|2:131 P⟧, "
           "damals 4 mm."),
    ("de", "Größenprogrediente Metastase im linken Leberlappen, aktuell 34 mm (⟦Se 5, Bi 41|5:41⟧), in der "
           "Ausgangsuntersuchung 22 mm (⟦Se 5, Bi 39|5:39 P⟧)."),
    ("de", "Nadir (CT vom 07.05.2025): ⟦Serie 3 Bild 77|3:77 P⟧, 12 mm; jetzt erneut 16 mm (⟦Serie 3 Bild 80|"
           "3:80⟧)."),
    ("de", "In der Vor-MRT war die Läsion auf ⟦Sequenz 8 Bild 21|8:21 P⟧ bereits angedeutet abgrenzbar."),
    ("de", "Die Raumforderung (⟦Serie 3, Bild 12 sowie Serie 601, Bild 40|3:12 601:40⟧) reicht bis an die "
           "Bauchwand."),
    ("de", "Flüssigkeitsverhalt im Douglas-Raum (⟦Bilder 12–14 und 20 der Serie 6|6:12-14 6:20⟧), max. 25 ml."),
    ("de", "Befund unverändert zur Voraufnahme vom 01.10.2025; die Konsolidierung im linken Unterlappen "
           "(⟦Serie 3/ Bild 201|3:201⟧) ist jedoch neu."),
    ("de", "Bekannter Bandscheibenvorfall L5/S1 (Vergleichsuntersuchung ⟦Serie 6, Bild 13|6:13 P⟧), heute "
           "deutlich regredient (⟦Serie 6, Bild 12|6:12⟧)."),
    ("de", "Nebenbefundlich Cholezystolithiasis (⟦Abb. 34, Serie 2|2:34⟧)."),
    ("de", "Schnittbild ⟦Nr. 88 (Serie 3)|3:88⟧: fraglicher Kontakt des Tumors zum Perikard."),
    ("de", "Die im alten CT vom März beschriebene Lungenkaverne (⟦alte Serie 4, Bild 66|4:66 P⟧) ist vollständig "
           "rückgebildet."),
    ("de", "Laut Fremdbefund Kurzachse 14 mm; auf den mitgebrachten Bildern (⟦CD, Serie 5, Bild 102|5:102 P⟧) "
           "eher 11 mm."),
    ("de", "Verlaufskontrolle 3 Monate: Rundherd im linken Unterlappen stabil bei 5 mm (⟦4/199|4:199⟧, Vorbefund "
           "⟦4/196|4:196 P⟧)."),
    ("de", "Im Verlauf zunehmender Aszites, perihepatisch 19 mm (⟦Serie 2, Bild 40|2:40⟧)."),
    ("de", "Tumorboard 14.11.2025\nLäsion 1 Leber S7: 41 mm (⟦Se 3/Bi 22|3:22⟧), vorher "
           "29 mm (⟦Se 3/Bi 24|3:24 P⟧)\nLäsion 2 LK iliakal: 18 mm (⟦Se 3/Bi 96|3:96⟧), vorher 10 mm "
           "(⟦Se 3/Bi 93|3:93 P⟧)"),
    ("de", "Lungenarterienembolie in den Segmentarterien des Unterlappens rechts (⟦Serie 5 Bilder 88 bis 94, 101|"
           "5:88-94 5:101⟧)."),
    ("de", "Aortenaneurysma infrarenal, maximaler Durchmesser 52 mm (⟦Serie 4, Bild 90|4:90⟧), in der VU vom "
           "Februar 48 mm."),
    ("de", "Grössenregrediente Pleurametastase dorsal links, heute 9 mm (⟦Serie 501 Bild 66|501:66⟧), in der "
           "Voruntersuchung 14 mm (⟦Serie 501 Bild 70|501:70 P⟧)."),
    ("de", "Periportales Ödem (⟦Serie 5: Bild 44 u. 47|5:44 5:47⟧), DD Stauung."),
    ("de", "Thrombus im linken Herzohr (⟦Bild 61 der arteriellen Serie 3|3:61⟧)."),
    ("de", "Hyperdenses Mediazeichen rechts (⟦Bild 9/Serie 2|2:9⟧), ASPECTS 8."),
    ("de", "Die auf der Voraufnahme (⟦Serie 1, Bild 1|1:1 P⟧) beschriebene Verschattung im rechten Unterfeld ist "
           "rückläufig."),
    ("de", "Im Vergleich zur Vorstudie (⟦Vorstudie: Serie 3, Bilder 55–58|3:55-58 P⟧) hat die Infiltration der "
           "Leberpforte zugenommen (⟦aktuell Serie 3, Bilder 60–66|3:60-66⟧)."),
    ("de", "Letzte Kontrolle 06/2025: ⟦Se 5 Bi 18|5:18 P⟧ (9 mm) – heute ⟦Se 5 Bi 19|5:19⟧ (9 mm), stationär."),
    ("de", "Die vorbeschriebene Hypodensität im Nierenoberpol rechts (vgl. Vorbefund vom 12.4.2025, ⟦Serie 4, "
           "Bild 31|4:31 P⟧) ist aktuell nicht mehr nachweisbar."),
    ("de", "PET-CT vom Mai: SUVmax 8,2 im Lymphknoten (⟦PET Serie 2, Bild 114|2:114 P⟧); heute kein pathologischer "
           "Lymphknoten mehr."),
    ("de", "Die Pseudarthrose (⟦Serie 601 Bild 55|601:55⟧) ist gegenüber der Voruntersuchung vom 5.8.2025 "
           "(⟦Serie 601 Bild 52|601:52 P⟧) unverändert."),
    ("de", "Früher ⟦Bild 3/77|3:77 P⟧ 12 mm, jetzt ⟦3/80|3:80⟧ 15 mm."),
    ("de", "Zwei neue Rundherde im rechten Oberlappen (⟦Serie 3, Bild 48 und 53|3:48 3:53⟧), in der VU nicht "
           "vorhanden."),
    ("de", "Fraglicher Einbruch der Deckplatte LWK 1 (⟦Bild 22, sagittale Rekonstruktion|-:22 @sagittal⟧)."),
    ("en", "Pulmonary embolus in the right lower lobe segmental arteries (⟦SE3 IM45|3:45⟧)."),
    ("en", "Sclerotic lesion in the left femoral neck (⟦se3:im45|3:45⟧), likely a bone island."),
    ("en", "Fat-containing left adrenal mass, 2.8 cm (⟦im. 45, ser. 3|3:45⟧), consistent with myelolipoma."),
    ("en", "Small amount of free fluid in the pelvis (⟦image #45, series #3|3:45⟧)."),
    ("en", "Thickening of the gastric antrum (⟦Image 45 (Series 3)|3:45⟧)."),
    ("en", "Liver lesion (⟦[Se 6, Im 28]|6:28⟧) demonstrates peripheral nodular enhancement, typical of a "
           "haemangioma."),
    ("en", "Osteophyte impinging on the left neural foramen at C5/6 (⟦Series/Image 7/12|7:12⟧)."),
    ("en", "Right renal cyst with a thin septation (⟦SE/IM 2/61|2:61⟧), Bosniak 2."),
    ("en", "Hypoattenuating pancreatic tail lesion open paren ⟦series 4 image 102|4:102⟧ close paren measuring "
           "1.4 cm."),
    ("en", "There is a new lytic lesion in the right iliac wing period ⟦series 5 image 150|5:150⟧ period."),
    ("en", "Mucus plugging in the right lower lobe (⟦s3i45|3:45⟧)."),
    ("en", "Scattered nodules in the left lung (⟦images 12, 15, 18, and 22 (series 3)|3:12 3:15 3:18 3:22⟧), "
           "all under 4 mm."),
    ("en", "Splenic infarcts (⟦series 3 images 12 and 15; series 5 image 30|3:12 3:15 5:30⟧)."),
    ("en", "Circumferential oesophageal wall thickening over 6 cm (⟦images 34-41 inclusive, series 2|2:34-41⟧)."),
    ("en", "Small left pneumothorax (⟦images 20 thru 26|-:20-26⟧)."),
    ("en", "Current study, series 5:\nThe right adrenal nodule is seen on ⟦image 40|5:40⟧ and the left on "
           "⟦image 43|5:43⟧."),
    ("en", "Prior study (2024-03-01), series 3:\nThe right adrenal nodule was on ⟦image 37|3:37 P⟧."),
    ("en", "Reference study (index PET-CT 2025-02-11): target node 22 mm (⟦Se 4 Im 85|4:85 P⟧). Current: 12 mm "
           "(⟦Se 4 Im 88|4:88⟧)."),
    ("en", "The previously demonstrated 6 mm nodule in the left upper lobe (⟦previous exam: 3/67|3:67 P⟧) is no "
           "longer seen."),
    ("en", "Last MRI (August 2025) showed the lesion on ⟦series 9 image 22|9:22 P⟧; today it is on ⟦series 11 "
           "image 24|11:24⟧ and unchanged in size."),
    # round 29 (refs-conv29): re-marked prior (the convention: a citation right after an earlier exam is its)
    ("en", "New right lower lobe consolidation since the prior exam of 10/02/2025 (⟦series 2, images 140-155|"
           "2:140-155 P⟧)."),
    ("en", "Compared to the outside CT (⟦outside series 301, image 88|301:88 P⟧), the mass has enlarged from 3.1 to "
           "4.4 cm (⟦series 3, image 90|3:90⟧)."),
    ("en", "On the earlier portal venous images (⟦2/41 from 2023|2:41 P⟧) this was 8 mm; it now measures 11 mm "
           "(⟦2/44|2:44⟧)."),
    ("en", "Impression:\n1. Interval progression of hepatic metastases, index lesion 44 mm (⟦5:33|5:33⟧) from "
           "31 mm (⟦5:30 prior|5:30 P⟧)."),
    ("en", "Target lesions (mm, baseline -> current):\n1) Liver S4  38 (⟦B: 4/61|4:61 P⟧) -> 27 (⟦C: 5/63|5:63⟧)"
           "\n2) Lung RLL  21 (⟦B: 3/188|3:188 P⟧) -> 15 (⟦C: 3/190|3:190⟧)"),
    ("en", "Bone window (⟦series 6, image 91|6:91⟧) shows a non-displaced fracture of the right transverse process "
           "of L3."),
    ("en", "Posterior tibial plateau bone bruise (⟦sag PD FS, series 4, image 11|4:11 @sagittal⟧)."),
    ("en", "Coronal images (⟦series 602, images 40-48|602:40-48 @coronal⟧) show a long segment of small bowel "
           "wall thickening."),
    ("en", "The mass is best depicted on ⟦axial slice 45 of series 3|3:45 @axial⟧."),
    ("en", "Left renal calculus on section 61 (⟦section 61, series 2|2:61⟧), 4 mm."),
    ("en", "Prostate: PI-RADS 4 lesion in the left peripheral zone at mid-gland (⟦T2 series 5, image 14|5:14⟧; "
           "⟦ADC series 8, image 14|8:14⟧)."),
    ("en", "Aneurysm sac has increased from 5.6 cm on the prior study to 6.1 cm (⟦sr 3 img 112|3:112⟧)."),
    ("en", "ADDENDUM (14:20): the comparison images from 2022 were reviewed. The left upper lobe nodule was present "
           "then (⟦2022 study, series 4, image 58|4:58 P⟧) and is therefore stable over 3 years."),
    ("en", "A 3 mm nodule is again noted along the right minor fissure (⟦series 3 image sixty-two|3:62⟧)."),
    ("en", "Index lesion 1 (left lower lobe): baseline 26 mm (⟦Mar 2025, series 3 image 199|3:199 P⟧), nadir "
           "14 mm (⟦Jul 2025, series 3 image 201|3:201 P⟧), current 19 mm (⟦series 3 image 203|3:203⟧)."),
    ("en", "There has been interval resolution of the right pleural effusion seen previously on ⟦series 2, images "
           "60 to 80|2:60-80 P⟧."),
    ("en", "Re-demonstrated left renal angiomyolipoma (⟦series 4, image 55|4:55⟧; previously ⟦series 3, image 52|"
           "3:52 P⟧)."),
    ("en", "Tiny nodule not appreciated on the prior study but seen in retrospect on ⟦image 77 of the prior "
           "(series 3)|3:77 P⟧; currently ⟦image 80, series 3|3:80⟧."),
    ("en", "The subcarinal node previously measured 19 mm (⟦2/55 on 05/2025|2:55 P⟧)."),
    ("en", "Compared to the MRI of 9 April 2025, the enhancing rim has thinned (⟦now: series 14 image 30|14:30⟧; "
           "⟦then: series 12 image 28|12:28 P⟧)."),
    ("en", "Stable 5 mm right middle lobe nodule (⟦series 3 image 120|3:120⟧), unchanged since 2022."),
    ("en", "Subsegmental atelectasis at both lung bases (⟦ims 150-160, 162|-:150-160 -:162⟧)."),
    ("en", "Trace pericardial effusion (⟦Se2/Im14|2:14⟧)."),
    # confounders: numbers that cite no image
    ("de", "Befund 1/2 – Fortsetzung auf Seite 2."),
    ("de", "Auftragsnummer 2025-44812, Station 3.14, Bett 2."),
    ("de", "Rippenfrakturen 9/10 rechts dorsal, alt."),
    ("de", "Spinalkanalstenose LWK 3/4 mit einer Restweite von 8 mm."),
    ("de", "Knochendichte: T-Score LWS -2,6, Hüfte -1,9."),
    ("de", "Agatston-Score 412 (Perzentile 75–90)."),
    ("de", "Durchleuchtungszeit 3:45 min, Flächendosisprodukt 1240 cGy·cm²."),
    ("de", "Kontrastmittelgabe um 12:30 Uhr, Bildakquisition 12:31 Uhr."),
    ("de", "Vesikoureteraler Reflux Grad 3/5 rechts."),
    ("de", "Übergang Segment 6/7 ohne Herdbefund."),
    ("de", "Eine Bildserie wurde aufgrund von Bewegungsartefakten wiederholt."),
    ("de", "Die Bildqualität ist bei Adipositas (BMI 41) eingeschränkt."),
    ("de", "Kontrolle in 6 Monaten empfohlen, ggf. früher bei Klinik (Tel. 0316 385-12345)."),
    ("de", "Verhältnis Aorta zu Pulmonalarterie 1:1,3."),
    ("en", "Follow-up chest X-ray in 6/52; clinic review in 3/12."),
    ("en", "2/7 history of productive cough, GCS 15/15 on arrival."),
    ("en", "Power 4/5 in the left leg; pain VAS 7/10."),
    ("en", "Fluoroscopy time 3:45 min, dose area product 12.4 Gy·cm²."),
    ("en", "Compared with the CT of 3/14/25 there is no change."),
    ("en", "Gleason 4+3=7 adenocarcinoma in 5 of 12 cores."),
    ("en", "The tumour involves approximately 1/3 of the circumference of the sigmoid colon."),
    ("en", "T12/L1 disc space narrowing and a Schmorl node at T11."),
    ("en", "A series of chest radiographs over the past 3 days shows progressive pulmonary oedema."),
    ("en", "Image quality is limited by streak artefact from bilateral hip prostheses."),
    ("en", "Exam: CT A/P with contrast, 100 mL Omnipaque 350; CTDIvol 11.2 mGy; DLP 540 mGy-cm."),
    ("en", "Prior imaging: CT 08/2024, MRI 01/2025, PET-CT 06/2025."),
    ("en", "Findings were discussed with Dr. Okafor at 16:05 on 12/06/2026 by telephone (555-0142)."),
    ("en", "Liver segments 2/3 are atrophic with hypertrophy of segments 1 and 4."),
])
# Batch 3: MRI / ultrasound / tomosynthesis, slash ranges, "dort" / "same series", typos, short plane forms, and
# brackets whose numbers look like citations but are densities, fractions, ratios or counts.
BATCH3 = _parsed([
    ("de", "Lunge (Serie 3):\nRundherd Oberlappen rechts 4 mm (⟦Bild 55|3:55⟧), Unterlappen links 6 mm "
           "(⟦Bild 190|3:190⟧)."),
    ("de", "VU 03/2025 (Serie 2):\nRundherd Unterlappen links damals 4 mm (⟦Bild 184|2:184 P⟧)."),
    ("de", "Infiltrat im Unterlappen rechts (⟦Bild 7/12-18|7:12-18⟧), neu gegenüber der Voruntersuchung."),
    ("de", "Kleine Lungenembolie im Segment 10 links (⟦Bi 7/112 bis 7/118|7:112-118⟧)."),
    ("de", "Zwei benachbarte Leberzysten (⟦Serie 3, Bild 45/46|3:45 3:46⟧), jeweils unter 1 cm."),
    ("de", "Hypervaskularisierte Läsion im Pankreasschwanz (⟦Serie 3, Bild 45 bzw. 47|3:45 3:47⟧), DD "
           "neuroendokriner Tumor."),
    ("de", "Die im Vor-CT (dort Serie 4) auf ⟦Bild 77|4:77 P⟧ beschriebene Verdichtung ist rückläufig."),
    ("de", "Wie bereits auf ⟦Bild 3/45 der VU|3:45 P⟧ zu sehen, besteht eine Schrumpfung des linken Unterlappens."),
    ("de", "Tomosynthese CC links, ⟦Schicht 34|-:34⟧: Architekturstörung im oberen äußeren Quadranten, 9 mm, "
           "BI-RADS 4."),
    ("de", "Sonographisch echoarmer Knoten im Schilddrüsenlappen rechts (⟦Bild 12|-:12⟧), 14 x 9 mm, TI-RADS 4."),
    ("de", "Lymphknoten zervikal Level II links, Kurzachse 11 mm (⟦Serie fünf Bild achtzehn|5:18⟧)."),
    ("de", "Die Läsion reicht bis ⟦Bild zweihundertdrei der Serie 4|4:203⟧ nach kaudal."),
    ("de", "Knochenmarködem im medialen Femurkondylus (⟦cor PD fs, Se 4, Bi 16|4:16 @coronal⟧) und Einriss "
           "des Hinterhorns des Innenmeniskus (⟦sag, Se 6, Bi 21|6:21 @sagittal⟧)."),
    ("de", "Diffusionsrestriktion im Kleinhirn links (⟦DWI b1000, Serie 1201, Bild 8|1201:8⟧), ADC erniedrigt "
           "(⟦ADC Serie 1202 Bild 8|1202:8⟧)."),
    ("de", "Zielläsionen (aktuell / Baseline):\nZL1 Lunge re UL: 17 mm ⟦S3 B201|3:201⟧ / 25 mm ⟦S3 B198|"
           "3:198 P⟧\nZL2 Leber S5: 30 mm ⟦S5 B60|5:60⟧ / 44 mm ⟦S5 B57|5:57 P⟧\nNZL Knochen: stabil, "
           "Summe 47 mm (Baseline 69 mm, −32 %)"),
    ("de", "Seröser Erguss im Perikard 8 mm (⟦Serie 3 Bild 88|3:88⟧); in der Voruntersuchung vom 15.10.2025 "
           "noch kein Erguss."),
    ("de", "Vergleich mit Fremd-MRT vom 03.07.2025 (⟦Serie 8, Bild 15|8:15 P⟧): Zunahme des Bandscheibenvorfalls "
           "LWK 4/5 (aktuell ⟦Serie 8, Bild 14|8:14⟧)."),
    ("de", "Bekanntes Hämangiom Segment VII, seinerzeit (⟦Se 6 Bi 20|6:20 P⟧) und jetzt (⟦Se 6 Bi 21|6:21⟧) "
           "identisch 17 mm."),
    ("de", "Postoperative Serombildung am Zugangsweg, 5 x 3 cm (⟦Serie3Bild45|3:45⟧)."),
    ("de", "Geringe Pleuraverdickung apikal beidseits (⟦Se 3Bi 12|3:12⟧), narbig."),
    ("de", "Hepatomegalie mit 19 cm kraniokaudal (⟦koronar Serie 5 Bild 40|5:40 @coronal⟧)."),
    ("de", "Die in der Voruntersuchung auf ⟦Serie 2, Bild 33|2:33 P⟧ und ⟦Serie 2, Bild 41|2:41 P⟧ gemessenen "
           "Lymphknoten sind aktuell normgross (⟦Serie 2, Bild 35 und 43|2:35 2:43⟧)."),
    ("de", "Kompression des Duralsacks in Höhe HWK 5/6 (⟦sag T2, Bild 9|-:9 @sagittal⟧)."),
    ("de", "Ösophaguswandverdickung über 5 cm (⟦Serie 4, Bild 30 - 44|4:30-44⟧)."),
    ("de", "Nachtrag vom 06.12.2026: Der Herd in Segment II ist auch in der VU vom 01.06.2026 abgrenzbar "
           "(⟦VU Se. 501, Bi. 12|501:12 P⟧) und somit seit 6 Monaten stabil."),
    ("de", "Auf der Thorax-Voraufnahme (⟦Bild 2 der VU|-:2 P⟧) noch keine Stauungszeichen."),
    ("de", "Femurkopfnekrose rechts Stadium ARCO II (⟦Sequenz 3 (T1 cor), Bild 11|3:11 @coronal⟧)."),
    ("de", "Kein Nachweis eines Rezidivs im Operationsgebiet; die im Vorbefund als suspekt gewertete "
           "Gewebsvermehrung (⟦alte Serie 7 Bild 19|7:19 P⟧) entspricht Narbe (⟦aktuell Serie 7 Bild 18|7:18⟧)."),
    ("de", "Nierenarterienstenose links ca. 60 % (⟦MIP, Serie 9, Bild 5|9:5⟧)."),
    ("de", "Verdacht auf Appendizitis: Appendix 11 mm (⟦Ser 2 Im 61|2:61⟧) – Befund telefonisch um 02:14 Uhr "
           "an Dr. Huber."),
    ("de", "Gegenüber der Vergleichsuntersuchung vom 22.04.2026 (⟦Serie 6, Bilder 30, 33 und 38|6:30 6:33 6:38 P⟧) "
           "neu aufgetretene Herde (⟦Serie 6, Bilder 31 und 40|6:31 6:40⟧)."),
    ("de", "Ausgangsbefund 01/2025: Konglomerat paraaortal 48 mm (⟦Serie 5/Bild 70|5:70 P⟧); aktuell 21 mm "
           "(⟦5/72|5:72⟧)."),
    ("de", "Vorbekannte Spondylodiszitis LWK 2/3 (Voruntersuchung ⟦Sequenz 7, Bild 10|7:10 P⟧), nun mit "
           "Abszedierung nach paravertebral (⟦Sequenz 7, Bild 11 und 12|7:11 7:12⟧)."),
    ("de", "Im Verlauf seit der Voruntersuchung vom 2.2.2026 grössenstabiler Knoten (heute ⟦Serie 301 Bild 88|"
           "301:88⟧, damals ⟦Serie 301 Bild 86|301:86 P⟧)."),
    ("de", "Hirnmetastase frontal links, aktuell 8 mm (⟦T1 KM, Se 14, Bi 101|14:101⟧), im Vor-MRT 12 mm (⟦Se 14, "
           "Bi 99|14:99 P⟧), im Erst-MRT 15 mm (⟦Se 12, Bi 97|12:97 P⟧)."),
    ("de", "Pleuraerguss links neu (⟦Serie 2 Bild 150-170|2:150-170⟧)."),
    ("de", "Leberläsion Segment acht ⟦Serie sechs Bild dreiunddreißig|6:33⟧ Punkt neuer Absatz"),
    ("en", "Hypoechoic lesion in the right lobe of the liver (⟦image 14|-:14⟧), 2.1 cm, with posterior acoustic "
           "enhancement."),
    ("en", "Small bowel obstruction with transition point in the right lower quadrant (⟦series 2, image 45 of 245|"
           "2:45⟧)."),
    ("en", "Focal thickening of the bladder wall (⟦image 45 of 245, series 2|2:45⟧)."),
    ("en", "Lung nodule, RLL, 5 mm (⟦Se 3 Im 45 (prior)|3:45 P⟧) and now 7 mm (⟦Se 4 Im 48|4:48⟧)."),
    ("en", "Subpleural nodule (⟦prior: Se 3 Im 102|3:102 P⟧) has resolved."),
    ("en", "Enlarging aortic root, 46 mm (⟦series 4, image 50|4:50⟧) vs 43 mm (⟦series 4, image 49, prior|4:49 "
           "P⟧)."),
    ("en", "Compared to 2024 (⟦series 5 image 30|5:30 P⟧), the left pleural mass is larger."),
    ("en", "Splenic lesion (⟦series 4, image 50; same series image 58|4:50 4:58⟧) with arterial enhancement."),
    ("en", "Bilateral adrenal nodules, the right 14 mm (⟦series 3, image 60|3:60⟧), the left 11 mm (⟦ibid., image "
           "66|3:66⟧)."),
    ("en", "Multiple small lymph nodes in the mesentery (⟦images 45, 46 & 47|-:45 -:46 -:47⟧)."),
    ("en", "Small lipoma in the right gluteus (⟦ax 45|-:45 @axial⟧)."),
    ("en", "Mild L1 superior endplate depression (⟦sag 12|-:12 @sagittal⟧) and disc height loss at L4/5."),
    ("en", "The gallbladder is distended with a 9 mm stone in the neck (⟦cor 33|-:33 @coronal⟧)."),
    ("en", "Focal pleural thickening (⟦Sereis 4, image 22|4:22⟧)."),
    ("en", "Partially calcified mediastinal mass (⟦series3image45|3:45⟧)."),
    ("en", "Left renal vein thrombus (⟦see arrow on series 3 image 45|3:45⟧)."),
    ("en", "Trace subdural collection along the left convexity (⟦im 45 se 3|3:45⟧), 3 mm."),
    ("en", "Right hilar node, 12 mm today (⟦3/76|3:76⟧), 10 mm on 01/2025 (⟦3/74 prior|3:74 P⟧) and 8 mm on "
           "07/2024 (⟦3/70 older prior|3:70 P⟧)."),
    ("en", "The lesion was first seen on the 2023 MRI (⟦series 6, image 14 of that study|6:14 P⟧)."),
    ("en", "Previously the collection measured 6.1 cm (⟦4:55|4:55 P⟧); today 2.3 cm (⟦4:58|4:58⟧)."),
    ("en", "Recurrent disc protrusion at L4-L5 (⟦series 6 image 9|6:9⟧), contacting the traversing L5 nerve root, "
           "not seen on the postoperative MRI of June 2025."),
    ("en", "Tree-in-bud opacities in the right upper lobe (⟦series 3, images 40-46, 52|3:40-46 3:52⟧)."),
    ("en", "Rim-enhancing collection in the left psoas (⟦series 4 image 88-95|4:88-95⟧), 4.2 x 2.9 cm."),
    ("en", "Bone scan correlation: the lesion corresponds to the uptake on the prior bone scan; on CT "
           "(⟦se 5, im 120|5:120⟧) it is sclerotic."),
    ("en", "On the comparison study from the outside hospital (⟦their series 2, image 71|2:71 P⟧) the thrombus "
           "extended into the IVC; it now ends at the renal veins (⟦our series 3, image 58|3:58⟧)."),
    ("en", "Known left breast mass with skin thickening (⟦Tomo slice 28, CC view|-:28⟧), 3.4 cm, BI-RADS 6."),
    ("en", "Interval development of a right upper lobe cavity (⟦Se 6 / Im 44|6:44⟧) since the examination of "
           "08/09/2025, where the area (⟦Se 6 / Im 41|6:41 P⟧) showed only consolidation."),
    ("en", "Series 4 (arterial phase):\nHyperenhancing focus in segment 8, 9 mm (⟦image 21|4:21⟧)."),
    ("en", "FINDINGS: ...the previously seen right lower lobe nodule (⟦series 3/image 210 on the prior|3:210 P⟧) now "
           "(⟦series 3/image 214|3:214⟧) measures 4 mm."),
    ("en", "Stable post-treatment changes in the right breast; seroma 2.2 cm (⟦se 10 im 33|10:33⟧), was 3.0 cm "
           "(⟦se 10 im 31 of 6/2025|10:31 P⟧)."),
    ("en", "Non-target lesions: bone metastases at T8 (⟦Se 7, Im 30|7:30⟧) and the left iliac bone (⟦Se 7, "
           "Im 96|7:96⟧), unequivocal progression compared with baseline (⟦baseline Se 7, Im 95|7:95 P⟧)."),
    ("en", "Compared with 5/2025, new ground-glass nodule in the left upper lobe (⟦series 4: images 66-70|"
           "4:66-70⟧), 8 mm."),
    ("en", "On the baseline study, lesions were on ⟦series 2 images 33, 48 and 61|2:33 2:48 2:61 P⟧."),
    ("en", "Previous CT (Nov 2025): segment 6 lesion on ⟦im 40 / se 4|4:40 P⟧; today on ⟦im 43 / se 5|5:43⟧."),
    ("en", "Persistent 6 mm ground-glass nodule (⟦series 8, image 122|8:122⟧), present since the first CT in 2021 "
           "(⟦series 3, image 119 on that exam|3:119 P⟧)."),
    ("en", "The liver lesion at the dome that was indeterminate on the prior MRI (⟦prior series 1201, image 14|"
           "1201:14 P⟧) now shows washout (⟦series 1401, image 16|1401:16⟧)."),
    ("en", "Small right inguinal hernia containing fat (⟦S 2 / I 150|2:150⟧)."),
    ("en", "Lytic lesions in the skull vault (⟦bone series 7, images 5, 9, 12|7:5 7:9 7:12⟧)."),
    # confounders: numbers that cite no image
    ("de", "Dichte der Läsion nativ / portalvenös 45/120 HE."),
    ("de", "Rippenserienfraktur 4–7 links dorsal, teils disloziert."),
    ("de", "Röntgen Thorax in 2 Ebenen vom 04.12.2026 (Vergleich 11/2025)."),
    ("de", "Es wurden 3 Serien mit insgesamt 1240 Bildern übermittelt."),
    ("de", "Stenose der A. femoralis superficialis rechts (50–70 %), TASC II B, Rutherford 3."),
    ("de", "Zystennieren: links ca. 3/4 des Parenchyms durch Zysten ersetzt."),
    ("de", "Myokardiale Fibrose in den Segmenten 2/3 nach AHA (17-Segment-Modell)."),
    ("de", "EF 55 % (Vorbefund 60 %), LVEDV 142 ml."),
    ("de", "Beurteilung: 1. Kein Anhalt für Lungenembolie. 2. Pneumonie im Unterlappen rechts. 3. Zustand nach "
           "Cholezystektomie."),
    ("de", "Verlaufskontrolle in 3 bis 6 Monaten, Rückfragen Durchwahl -4412."),
    ("de", "PSA 12,4 ng/ml, Vorwert 8,1 ng/ml (03/2025)."),
    ("de", "Lymphknotenstatus: 4/17 positiv (pN1b)."),
    ("de", "Mischungsverhältnis Kontrastmittel 1:100 für die Gelenkfüllung, 12 ml injiziert."),
    ("de", "Gradient 45/120 mmHg über der Aortenklappe (max/mean)."),
    ("en", "Attenuation 45/120 HU (unenhanced / portal venous)."),
    ("en", "Serial rib fractures, left 4-7, with a small haemothorax."),
    ("en", "Two views of the right wrist (PA and lateral) were obtained at 09:12."),
    ("en", "The study comprises 4 series and 1,820 images."),
    ("en", "Nodes: 4/17 positive (pN2a)."),
    ("en", "Renal cortex to medulla ratio 1:3; split function 46/54 %."),
    ("en", "The mass occupies the lateral 2/3 of the left lobe of the thyroid."),
    ("en", "Impression: 1. No pulmonary embolism. 2. Right lower lobe pneumonia. 3. Cholelithiasis."),
    ("en", "Ordering clinician: Dr. Schmidt, pager 3345; report 1/1."),
    ("en", "Repeat in 12/12 if stable; please see letter dated 04/12/2026."),
    ("en", "The spleen measures 13.4 cm; the portal vein is 14 mm with hepatopetal flow at 22 cm/s."),
    ("en", "Segment 4a/4b boundary lesion previously ablated (RFA 2023), no residual enhancement."),
    ("en", "CTDIvol 6.3 mGy, DLP 245 mGy*cm, 120 kVp, 1.25 mm slices at 0.625 mm interval."),
    ("en", "MoCA 24/30; symptoms for 3/7."),
])
