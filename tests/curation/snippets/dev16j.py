"""DEV / training set for issue 16, round 9 (engineer refs-dev16j): report text that cites images, new author.

Written without reading the miner, docs/snippets*.md, any held-out set or the dev sets dev16c..dev16i (only the
markup and `parse` of `dev16c.py` were read). Markup is dev16c's: `⟦visible citation|spec⟧` with `S:I` / `S:I-J`
items, `P` for the prior study, `@plane` for a plane word in the reference's own bracket or clause; no snippets.

Emphasis: notation copied from viewers and speech recognition (Se/Im, SE:IM, S/I, "(4-87)" and "(87/4)" where the
department's habit in the same report fixes the order, "Bild 87 (Serie 4)", img87, Roman series numbers, number
words, dito / ebd. / gleiche Serie / same series), lists and ranges mixed in one bracket, reformatted series
(MPR, MIP, 3D, "Serie 601"), key images and bookmarks, prior citations of many kinds (about 30 %: in findings,
impressions, comparison tables), DE/CH/AT and UK/US habits, and numeric confounders in the same sentences.

Labelling decisions (as a radiologist reads the report):
- S is the series the citation points into. When the series is not written beside the image number, it is the
  series the text plainly carries over: named earlier in the sentence, in a heading, or by "dito", "ebd.",
  "gleiche Serie", "same series" from the citation just before (also across a sentence boundary).
  `-` where no series can be known.
- A key image, bookmark or annotation number ("Key image 3", "Schlüsselbild 2", "annotation 1") is not a
  series/image reference; one that is given with series and image numbers is labelled by those numbers.
- A range ("Bi 15-18") is one item; a list ("Bi 12, 15 und 22") is one item per image.
- P marks a citation into a previous study (VU, Vorbefund, prior, previous, comparison column of a table), also
  when the prior is only implied by "previously", "damals", "vormals" beside the measurement.

Excerpts without a marked citation are confounders (sizes, dates, times, lab values, doses, scores, levels,
segments, TNM, ratios, counters, phone numbers, "Sequenz 3 von 5", "Phase 2", bare key-image numbers).

Measured once per batch on the unchanged miner (main bba21ca, `include_prior=True`, dev16c's scorer), aggregate:
- BATCH1 (102 excerpts, 129 refs, 35 prior, 27 confounder-only): tp=112 fp=7 fn=17 P 0.941 R 0.868.
- BATCH2 (102 excerpts, 127 refs, 31 prior, 27 confounder-only): tp=105 fp=5 fn=22 P 0.955 R 0.827.
- BATCH3 (101 excerpts, 125 refs, 32 prior, 27 confounder-only): tp=98 fp=18 fn=27 P 0.845 R 0.784.
- all three (305 excerpts, 381 refs, 98 prior, 81 confounder-only): tp=315 fp=30 fn=66 P 0.913 R 0.827.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3"]


BATCH1: list[Excerpt] = [
    # --- short sentences, viewer notation
    parse("de", "Hypodense Läsion Segment VIII, 14 x 11 mm (⟦Se/Im 4/87|4:87⟧)."),
    parse("de", "Rundherd rechter Oberlappen 6 mm (⟦SE:IM 3:112|3:112⟧), unverändert zur VU vom 03.02.2025 "
                "(⟦VU SE:IM 3:108|3:108 P⟧)."),
    parse("en", "Subcentimetre node at station 4R, 8 mm short axis (⟦S/I 5/41|5:41⟧)."),
    parse("de", "Leberzyste Segment II, 9 mm (⟦Bild 33, Serie 5|5:33⟧). Weitere Zyste Segment VI, 4 mm "
                "(⟦41/5|5:41⟧), und subkapsulär in Segment VII, 3 mm (⟦58/5|5:58⟧)."),
    parse("de", "Schilddrüsenknoten links 11 mm (⟦Serie 2, Bild 14|2:14⟧), rechts 5 mm (⟦2-19|2:19⟧), "
                "TI-RADS 3."),
    parse("de", "Nebennierenadenom links 18 mm, 8 HU nativ (⟦Bild 87 (Serie 4)|4:87⟧)."),
    parse("en", "Tiny calcified granuloma, see ⟦img87|-:87⟧ in the lung window."),
    parse("de", "Spondylophyt LWK 3/4 ventral (⟦Serie IV, Bild 23|4:23⟧), kein Hinweis auf Spinalkanalstenose."),
    parse("de", "Diktiert: Serie vier Bild ⟦siebenundachtzig|4:87⟧, dort 7 mm messender Lymphknoten paraaortal."),
    parse("en", "There is a 12 mm hypoattenuating lesion in the pancreatic tail on series 5, ⟦image forty-two|5:42⟧."),
    parse("de", "Lungenembolie segmental im rechten Unterlappen (⟦Se 4, Bi 12, 15-18 und 22|4:12 4:15-18 4:22⟧), "
                "RV/LV-Ratio 0,9."),
    parse("de", "Pneumothorax rechts apikal, Mantelsaum 9 mm (⟦Se 3 Bi 41|3:41⟧), ⟦dito Bi 47|3:47⟧ "
                "mit 6 mm."),
    parse("de", "Pleuraerguss rechts, maximal 28 mm (⟦Serie 2, Bild 60|2:60⟧). Gleiche Serie, "
                "⟦Bild 71|2:71⟧: angrenzende Kompressionsatelektase."),
    parse("en", "Right hilar node 14 mm (⟦series 4 image 51|4:51⟧). ⟦Same series, image 63|4:63⟧: "
                "subcarinal node 11 mm."),
    parse("de", "Kortikale Nierenzyste rechts, Bosniak I, 24 mm (⟦Se 7 / Bi 39|7:39⟧); ebd. ⟦Bi 44|7:44⟧ "
                "kleine Zyste am Unterpol, 6 mm."),
    parse("de", "Stenose der A. carotis interna rechts ca. 60 % nach NASCET (⟦koronare Rekonstruktion Serie 601, "
                "Bild 45|601:45 @coronal⟧)."),
    parse("en", "Aneurysm of the anterior communicating artery, 4 x 3 mm, dome-to-neck ratio 1.3, best on the "
                "⟦3D VR series 702, image 18|702:18⟧."),
    parse("de", "Segmentaler Füllungsdefekt auch in der MIP gut abgrenzbar (⟦MIP Se 403 Bi 27|403:27⟧)."),
    parse("en", "Key image 3: the 9 mm nodule in the lingula (⟦Se 4 Im 152|4:152⟧)."),
    parse("de", "Schlüsselbild 2 zeigt die Fraktur des Processus transversus LWK 2 links "
                "(⟦Serie 6 Bild 88|6:88⟧)."),
    parse("en", "Annotation 1 on PACS marks the fracture line; see also "
                "⟦series 8, image 214|8:214 @sagittal⟧ (sagittal)."),
    # --- mid-length sections with confounders
    parse("de", "Thorax-CT vom 14.05.2025, 09:42 Uhr, CTDIvol 4,1 mGy, DLP 162 mGy*cm.\nBefund: Im Segment 6 "
                "links ein solider Rundherd von 7 x 6 mm (⟦Se 3, Bi 98|3:98⟧), in der VU vom 02.11.2024 "
                "5 mm (⟦VU Se 3, Bi 95|3:95 P⟧). Volumenverdopplungszeit ca. 310 Tage. Lung-RADS 4A."),
    parse("en", "FINDINGS: Liver: A 2.1 cm arterially enhancing lesion in segment 4A with washout on the portal "
                "venous phase (⟦series 6, image 38|6:38⟧; ⟦series 9, image 36|9:36⟧), LI-RADS 5. AFP 212 ng/mL."),
    parse("de", "Zustand nach Hemikolektomie rechts 2023. Mesenteriale Lymphknoten bis 9 mm (⟦Se 5/Bi 72|5:72⟧), "
                "vormals 6 mm (⟦Se 4/Bi 70|4:70 P⟧). CEA 7,8 µg/l."),
    parse("de", "Beurteilung: Grössenprogrediente Lebermetastase Segment VII, aktuell 31 mm (⟦Se 4 Bi 44|4:44⟧), "
                "im Vorbefund vom 12.3.2025 24 mm (⟦Se 4 Bi 41|4:41 P⟧). Übrige Herde stationär."),
    parse("en", "IMPRESSION:\n1. Interval growth of the left lower lobe nodule, now 9 mm (⟦4/133|4:133⟧), "
                "previously 6 mm (⟦3/127|3:127 P⟧). Recommend PET-CT.\n2. Stable 4 mm right middle lobe nodule."),
    parse("de", "Messtabelle RECIST 1.1\nZielläsion 1, Leber Seg. VII: aktuell 23 mm (⟦Se 5/Bi 61|5:61⟧), "
                "VU 18.11.2024: 19 mm (⟦Se 4/Bi 58|4:58 P⟧)\nZielläsion 2, LK paraaortal: aktuell 17 mm "
                "(⟦Se 5/Bi 88|5:88⟧), VU: 15 mm (⟦Se 4/Bi 84|4:84 P⟧)\nSumme 40 mm (VU 34 mm), +18 %: stable "
                "disease."),
    parse("en", "Comparison table (current / prior 02/01/2025):\nRUL nodule 11 mm (⟦5/77|5:77⟧) / 10 mm "
                "(⟦3/70|3:70 P⟧)\nLLL nodule 6 mm (⟦5/190|5:190⟧) / 6 mm (⟦3/181|3:181 P⟧)\n"
                "Format: series/image."),
    parse("de", "Im Vergleich zur Voruntersuchung vom 07. Jänner 2025 (damals ⟦Serie 3, Bild 120|3:120 P⟧) "
                "ist der subpleurale Herd re. dorsobasal von 8 auf 12 mm angewachsen (jetzt "
                "⟦Serie 3, Bild 124|3:124⟧)."),
    parse("de", "Bekannte Hirnmetastase rechts frontal, 14 mm (⟦Se 9, Bi 112|9:112⟧), ödematöse Umgebung "
                "bis 25 mm. Vor-MR vom 01.04.2025: 11 mm (⟦Se 9, Bi 108|9:108 P⟧). Dexamethason 4 mg 2x tgl."),
    parse("en", "There is a 3.4 cm right adrenal mass (⟦Se 2 Im 55|2:55⟧) which measured 3.1 cm on the CT of "
                "10/04/2024 (⟦Se 3 Im 49|3:49 P⟧). Absolute washout 48 %."),
    parse("de", "Koronarangiographie-CT: Calcium-Score nach Agatston 412. Gemischte Plaque im proximalen RIVA "
                "mit 50-69 % Stenose (⟦Serie 12, Bild 134|12:134⟧; curved MPR ⟦Serie 605, Bild 3|605:3⟧). "
                "CAD-RADS 3."),
    parse("en", "Sagittal reformat (⟦series 603 image 41|603:41 @sagittal⟧) shows the L1 wedge compression, "
                "approximately 25 % height loss, Genant grade 1."),
    parse("de", "Axiale Dünnschicht: Bild 2 von 3 Rekonstruktionen. Milzinfarkt keilförmig (⟦Se 501/Bi 62|501:62⟧)."),
    parse("de", "Sequenz 3 von 5 (T2 TSE cor): Hydrops der Gallenblase, Wanddicke 5 mm "
                "(⟦Serie 7, Bild 15|7:15⟧)."),
    parse("en", "Phase 2 (portal venous): the splenic lesion is hypoenhancing, 17 mm (⟦SE:IM 4:61|4:61⟧)."),
    parse("de", "Nierenstein links 7 mm, Dichte 1120 HU (⟦Se 2 Bi 61 und Se 602 Bi 17|2:61 602:17⟧), keine Stauung."),
    parse("en", "Multiple bilateral pulmonary emboli (⟦Se 5, Im 40-46, 52 and 58|5:40-46 5:52 5:58⟧). "
                "RV/LV ratio 1.2. Troponin T 48 ng/L."),
    parse("de", "Spinalkanalstenose LWK 4/5, a.p.-Durchmesser 8 mm (⟦Se 5, Bi 9 (sagittal)|5:9 @sagittal⟧), "
                "Sedimentationszeichen positiv."),
    parse("de", "Konventionelle Aufnahme: keine. CT-Befund: Os-naviculare-Fraktur Zone 2 (⟦Bild 44 / Serie 3|3:44⟧) "
                "und ⟦Bild 50 / Serie 3|3:50⟧ ohne Dislokation."),
    parse("en", "Previous study 12.02.2025 series 4 image ⟦66|4:66 P⟧ showed a 7 mm nodule; today it measures 7 mm "
                "on ⟦series 4 image 68|4:68⟧. Stable for 12 months."),
    parse("de", "VU-Serie 2 Bild ⟦81|2:81 P⟧: damals 12 mm; heute (⟦Serie 3 Bild 84|3:84⟧) 9 mm, regredient."),
    parse("de", "Bildangaben im Format (Serie-Bild). Mediastinale Lymphadenopathie: paratracheal rechts 16 mm "
                "(⟦4-62|4:62⟧), subkarinal 21 mm (⟦4-79|4:79⟧), hilär links 13 mm (⟦4-85|4:85⟧)."),
    parse("en", "Please note, image references are given as (image/series). Left renal cyst 2.2 cm, Bosniak II "
                "(⟦71/6|6:71⟧); tiny right cortical cyst (⟦64/6|6:64⟧)."),
    parse("de", "Sinusvenenthrombose Sinus transversus rechts (⟦MPR kor. Se 701 Bi 22|701:22 @coronal⟧), "
                "D-Dimere 3,2 mg/l FEU."),
    parse("de", "Fokale Wandverdickung des Colon sigmoideum auf 11 mm über 6 cm Länge (⟦Se 3, Bi 201-214|3:201-214⟧). "
                "CRP 148 mg/l, Leukozyten 14,2 G/l."),
    parse("en", "Pager 4-87 for queries. Small left pleural effusion, depth 14 mm (⟦series 2, image 87|2:87⟧)."),
    parse("de", "Bei Rückfragen Tel. 044 255 11 11. Appendix 9 mm, Wand KM-affin (⟦Se 4/Bi 112|4:112⟧), "
                "periappendizitische Imbibierung."),
    parse("en", "Key images 1-4 sent to PACS. The most suspicious lesion: 14 mm left upper lobe nodule "
                "(⟦Se 3/Im 61|3:61⟧), SUVmax 6.8 on the PET of 02/03/2025."),
    parse("de", "T2N1M0. Primärtumor Rektum 6 cm ab ano, mesorektale Faszie 2 mm (⟦Serie 5, Bild 18 (axial "
                "schräg)|5:18 @axial⟧), EMVI positiv."),
    parse("de", "Im Vergleich zur Voruntersuchung: Spitzenpneumothorax links in der VU 11 mm (⟦VU Se 2 Bi 10|2:10 P⟧), "
                "aktuell 4 mm (⟦Se 2 Bi 9|2:9⟧), Drainage liegt regelrecht."),
    parse("en", "Vertebral haemangioma T9 (⟦series 601, image 30|601:30 @sagittal⟧ sagittal MPR), 14 mm, typical "
                "polka-dot appearance."),
    parse("de", "Ossärer Herd im Os ilium rechts, 22 mm, sklerotisch (⟦Se 3 Bi 233|3:233⟧); in der VU vom "
                "04.10.2024 nicht abgrenzbar (⟦VU Se 3 Bi 229|3:229 P⟧). PSA 14,2 ng/ml."),
    parse("en", "Two focal areas of restricted diffusion in the left MCA territory (DWI ⟦series 5 images 14 and 16|"
                "5:14 5:16⟧), ADC 540 x 10^-6 mm²/s. NIHSS 6, onset 07:15."),
    parse("en", "Small hiatus hernia. Gallbladder calculus 11 mm (⟦S/I: 4/97|4:97⟧). CBD 5 mm."),
    parse("de", "Beurteilung:\n1. Kein Nachweis einer Lungenembolie.\n2. Neu aufgetretene Konsolidierung im "
                "Unterlappen links (⟦Se 4 Bi 180-195|4:180-195⟧), vereinbar mit Pneumonie; in der VU vom "
                "22.2.2025 noch frei (⟦VU Se 4 Bi 186|4:186 P⟧)."),
    parse("en", "CONCLUSION: Partial response. Index liver lesion 21 mm (⟦Se 5 Im 33|5:33⟧) from 35 mm "
                "(⟦Se 5 Im 30, prior|5:30 P⟧)."),
    parse("en", "Hounsfield units of the adrenal nodule 4 HU (⟦series 2 image 57|2:57⟧), 12 mm, most consistent "
                "with lipid-rich adenoma. No follow-up required per ACR white paper."),
    parse("de", "Kontrastmittel: 80 ml Iomeron 350, Flow 3,5 ml/s. Hypodense Pankreaskopfläsion 19 mm "
                "(⟦Serie 5 (venös), Bild 58|5:58⟧), Ductus Wirsungianus 5 mm."),
    parse("de", "Subdurales Hämatom links frontoparietal, Breite 9 mm (⟦Se 2/Bi 18|2:18⟧), Mittellinienverlagerung "
                "4 mm (⟦Se 2/Bi 21|2:21⟧). GCS 13. Im Vor-CT vom Vortag 6 mm (⟦Se 2/Bi 17|2:17 P⟧)."),
    parse("en", "Prior CT 11/2024 (⟦Se 201 Im 44|201:44 P⟧) showed the same 2 cm hypodense lesion in the "
                "right lobe; unchanged today (⟦Se 3 Im 50|3:50⟧)."),
    parse("de", "Lymphknoten inguinal links 19 x 12 mm (⟦Se 3 Bi 310|3:310⟧ / ⟦VU Se 4 Bi 298|4:298 P⟧)."),
    parse("en", "Lytic lesion right 6th rib (⟦series 3 image 112|3:112⟧), pathological fracture. Also seen on the "
                "bone scan. Prior CT shows it at ⟦series 2 image 105|2:105 P⟧, smaller."),
    parse("en", "The tip of the PICC projects at the cavoatrial junction (⟦Se 2/Im 42|2:42⟧). "
                "Time of scan 14:12."),
    parse("de", "Weichteilmetastase paravertebral rechts (⟦S/B 4/129|4:129⟧), 2,3 cm; VU (⟦S/B 3/125|3:125 P⟧) "
                "1,6 cm."),
    parse("en", "A 5 mm ground-glass nodule RUL (⟦SE 4 IM 47|4:47⟧), not seen on the chest CT of 2022 "
                "(⟦SE 4 IM 45|4:45 P⟧). Fleischner: follow-up 6-12 months."),
    parse("de", "Meniskusriss Hinterhorn medial, Grad 3 (⟦Serie 4, Bild 12 und 13 (sag. PD fs)|4:12 4:13 "
                "@sagittal⟧), Knorpel Grad II."),
    parse("en", "Bone marrow oedema of the lateral femoral condyle (⟦series 6 image 9 (coronal STIR)|6:9 "
                "@coronal⟧), 23 mm; ACL not visualised."),
    parse("de", "Aktuell: Se 5/Bi ⟦93|5:93⟧ 15 mm; VU: Se 5/Bi ⟦90|5:90 P⟧ 12 mm."),
    parse("en", "Current (⟦4:128|4:128⟧) 8 mm vs prior (⟦6:131|6:131 P⟧) 8 mm: stable. Notation series:image."),
    parse("de", "Teilthrombosiertes Bauchaortenaneurysma, infrarenal 52 mm (⟦Se 3 Bi 166|3:166⟧), "
                "vorher 48 mm (⟦Vor-CT Se 3 Bi 160|3:160 P⟧). Wachstum 4 mm in 8 Monaten."),
    parse("de", "Vergleich mit der Voruntersuchung (Spital Limmattal, 14.01.2025), dortige Bildnummern: Herd "
                "Segment IVa damals 12 mm (⟦Serie 301, Bild 77|301:77 P⟧), Herd Segment VIII 8 mm "
                "(⟦Serie 301, Bild 64|301:64 P⟧). Heute beide nicht mehr abgrenzbar."),
    parse("en", "COMPARISON: CT chest 09/09/2024. The previously described nodules (prior ⟦Se 3 Im 45, 88 and "
                "120|3:45 P 3:88 3:120⟧) have resolved. No new nodule."),
    parse("de", "Beurteilung: Regrediente Pleurakarzinose; die in der VU beschriebene Verdickung "
                "(VU ⟦S/I 4/200-212|4:200-212 P⟧) misst heute max. 3 mm."),
    parse("en", "On the outside MRI of 2 March (⟦series 7, image 18|7:18 P⟧, ⟦series 10, image 18|10:18 P⟧), "
                "the lesion measured 9 mm; not imaged today because of the smaller FOV."),
    # --- confounders (no series/image reference)
    parse("de", "Bandscheibenprotrusion LWK 4/5 und LWK 5/SWK 1 mit Kontakt zur Wurzel L5 rechts."),
    parse("de", "Blutdruck 145/90 mmHg, Puls 88/min, Kreatinin 1,3 mg/dl, eGFR 54 ml/min."),
    parse("en", "Key image 3 and key image 5 have been saved to PACS for the MDT."),
    parse("de", "Schlüsselbild 2 zeigt die Raumforderung, siehe Annotation 1."),
    parse("en", "Sequence 3 of 5 was repeated because of motion; overall image quality 4/5."),
    parse("de", "Sequenz 2 von 6 abgebrochen, Phase 2 (venös) 70 s p.i. nachgeholt."),
    parse("en", "T3N2M1a, stage IVA. ECOG 1. Received 4 cycles of carboplatin/pemetrexed."),
    parse("de", "Gleason 4+3=7, PSA 9,8 ng/ml, PI-RADS 4 Läsion in der peripheren Zone links, Sektor 4p/5p."),
    parse("en", "Contact Dr Moore, bleep 4187, or extension 2295 with any questions."),
    parse("de", "Bei Fragen bitte Piepser 41 87 bzw. Tel. +43 1 40400 12345."),
    parse("en", "Ratio of 3/4 circumferential tumour involvement over 5 cm; CRM 1 mm."),
    parse("de", "Leberzirrhose Child-Pugh B (8 Punkte), MELD 14. Milz 15 cm."),
    parse("en", "DLP 412 mGy·cm, CTDIvol 11.2 mGy, 120 kV, 1.25 mm slices."),
    parse("de", "Frakturen der Rippen 4-7 rechts lateral, teils dislozierte Serienfraktur."),
    parse("en", "Segments 2/3 of the liver are atrophic; caudate/right lobe ratio 0.8."),
    parse("de", "Aufnahmezeit 23:41 Uhr, Untersuchung am 4.8.2025, Befund um 00:12 Uhr freigegeben."),
    parse("en", "Bosniak 2F cyst in the left kidney, 18 mm, unchanged since 2021."),
    parse("de", "Die 3. Serie der Chemotherapie (Zyklus 4) wurde am 12.06. verabreicht."),
    parse("en", "Dose: 2 Gy x 25 fractions to 50 Gy; last fraction 14/05/2025."),
    parse("de", "Kraftgrad 4/5 der Fußheber links, Reflexe seitengleich. Bildqualität 2 (gut)."),
    parse("en", "Image 2 of 3 of the scout shows the patient positioned off-centre; repeated."),
    parse("de", "BI-RADS 4b links, ACR-Dichte c, Läsion bei 2 Uhr, 4 cm von der Mamille."),
    parse("en", "Heart rate 62 bpm during acquisition; prospective gating at 70-80 % R-R."),
    parse("de", "Vorbefund vom 01.02.2025 lag vor. Keine Änderung des Stadiums (cT2 cN0)."),
    parse("en", "Compared with the prior of 3/4/2025 there is no change in the 4 mm nodule."),
    parse("de", "Gefässstatus: ABI rechts 0,7, links 0,9; Stenose 70-99 % der AFS rechts im P1-Segment."),
    parse("en", "Lines 1-2 of the protocol (arterial phase) were not acquired; Phase 2 only."),
]


BATCH2: list[Excerpt] = [
    # --- viewer strings pasted as they come out of the PACS overlay
    parse("de", "Hypodenser Herd im Pankreasschwanz 15 mm (⟦Im: 41 Se: 6|6:41⟧), Ductus 3 mm."),
    parse("en", "Indeterminate 7 mm left adrenal nodule (⟦Ser. 4, Img. 87|4:87⟧), 22 HU."),
    parse("de", "Osteom der Stirnhöhle links, 8 mm (⟦S4 I17|4:17⟧), Nebenbefund."),
    parse("en", "Enlarged right axillary node 18 mm (⟦S3/I112|3:112⟧), fatty hilum effaced."),
    parse("de", "Aszites perihepatisch, schmaler Saum 6 mm (⟦Serie 4 (Schicht 37)|4:37⟧)."),
    parse("de", "Hämangiom BWK 11 (⟦Bild-Nr. 64 der Serie 7|7:64⟧), typisch, keine Therapie."),
    parse("en", "Small pericardial effusion, 9 mm (⟦image 42 of series 5|5:42⟧)."),
    parse("de", "Rundatelektase im Unterlappen rechts (⟦Serie II/Bild 140|2:140⟧) neben verkalkter Pleuraplaque."),
    parse("de", "Myom der Uterushinterwand 34 mm (⟦Serie III, Bild 12 bis 16|3:12-16⟧), teils hyalinisiert."),
    parse("en", "Dictated: series three image ⟦one hundred and twelve|3:112⟧, the 6 mm nodule in the right "
                "upper lobe."),
    parse("de", "Serie ⟦drei, Bild zwölf|3:12⟧: Zyste im Nierenoberpol links 14 mm."),
    parse("de", "Kleine Leberzyste (⟦Se 5 Bi 22|5:22⟧), dto. im Segment III (⟦Bi 27|5:27⟧), beide unter 5 mm."),
    parse("en", "Simple renal cysts in both kidneys (⟦Se 6 Im 31|6:31⟧; ibid. ⟦Im 40|6:40⟧), the larger 19 mm."),
    parse("de", "Angrenzend Milchglas (⟦Se 3/Bi 66-71|3:66-71⟧), im nächsten Bild (⟦72|3:72⟧) mit kleiner "
                "Einschmelzung."),
    parse("en", "Splenule at the hilum, 11 mm (⟦4:87-92|4:87-92⟧), a normal variant."),
    parse("de", "Trachealdivertikel rechts paratracheal 6 mm (⟦#4/28|4:28⟧)."),
    parse("de", "Koronare MPR (⟦Serie 602, Bild 44-49|602:44-49 @coronal⟧): Gallengangskonkrement distal 8 mm, "
                "DHC 11 mm."),
    parse("en", "Thin-slab MIP (⟦series 404, No. 22|404:22⟧) shows the tree-in-bud pattern in the RLL."),
    parse("de", "3D-Rekonstruktion (⟦Serie 900 Bild 5|900:5⟧): Acetabulumfraktur mit Beteiligung des hinteren "
                "Pfeilers."),
    parse("en", "Sagittal MPR (⟦Se 603 Im 40|603:40 @sagittal⟧): anterolisthesis L4 on L5, Meyerding grade 1."),
    parse("de", "Schlüsselbild 1 (⟦= Serie 3, Bild 45|3:45⟧): Hiluslymphknoten rechts 17 mm."),
    parse("en", "Bookmark 4 (⟦Se 6 Im 20|6:20⟧): the hyperintense T2 focus in the left peripheral zone, PI-RADS 4."),
    parse("en", "Key image 2 marks the pulmonary embolus; it corresponds to ⟦series 5, image 71|5:71⟧."),
    parse("de", "Siehe Markierung 2 im PACS; Thrombus V. poplitea (⟦Serie 8, Bild 3|8:3⟧)."),
    # --- mid-length, priors of many kinds
    parse("de", "Vergleichsuntersuchung: CT Abdomen vom 27.02.2025, Kantonsspital Aarau.\nBefund: Die bekannte "
                "Leberläsion Segment VI misst 27 mm (⟦Serie 5, Bild 48|5:48⟧), im Vor-CT 22 mm (⟦Serie 3, "
                "Bild 51|3:51 P⟧). Neu eine 6 mm messende Läsion Segment II (⟦Serie 5, Bild 19|5:19⟧)."),
    parse("en", "BASELINE (08/01/2025) vs CURRENT:\nTarget 1, right lung: 24 mm (baseline ⟦4/61|4:61 P⟧) -> 15 mm "
                "(⟦4/59|4:59⟧)\nTarget 2, liver: 31 mm (baseline ⟦6/40|6:40 P⟧) -> 20 mm (⟦6/38|6:38⟧)\n"
                "Sum -36 %: partial response (RECIST 1.1). All references series/image."),
    parse("de", "| Läsion | Nadir (02/2025) | Aktuell |\n| Knochen BWK 8 | 12 mm (⟦Se 4/Bi 77|4:77 P⟧) | 19 mm "
                "(⟦Se 4/Bi 79|4:79⟧) |\n| LK iliakal li. | 9 mm (⟦Se 4/Bi 201|4:201 P⟧) | 14 mm (⟦Se 4/Bi 205|"
                "4:205⟧) |\nProgress gegenüber Nadir."),
    parse("en", "Compared with the outside CT (St Thomas', 14 Feb 2025), where the collection measured 5.2 cm "
                "(their ⟦series 2, image 66|2:66 P⟧), it now measures 3.1 cm (⟦series 4, image 71|4:71⟧). "
                "Drain in situ."),
    parse("de", "Fremd-CT vom 03.03.2025 (⟦Se 601, Bi 30|601:30 P⟧) mit fraglicher Fissur; in der heutigen "
                "Dünnschicht (⟦Se 3, Bi 212|3:212⟧) eindeutige nicht dislozierte Fraktur des Dens axis, Typ II "
                "nach Anderson/D'Alonzo."),
    parse("en", "Impression: 1. Enlarging left renal mass, 3.8 cm from 3.0 cm (⟦Se 5 Im 47|5:47⟧ vs ⟦Se 5 Im 44 "
                "on 12/2024|5:44 P⟧), Bosniak IV. Urology referral.\n2. Stable hepatic cysts."),
    parse("de", "Beurteilung:\nZunehmender Perikarderguss, jetzt 18 mm (⟦Se 2/Bi 63|2:63⟧), in der Voraufnahme "
                "10 mm (⟦Se 2/Bi 60|2:60 P⟧). Keine Tamponadezeichen."),
    parse("de", "PET-CT vom 11.04.2025 (⟦Serie 4, Bild 155|4:155 P⟧, SUVmax 9,1) zeigte den Herd stoffwechselaktiv; "
                "im heutigen MR (⟦Serie 11, Bild 24|11:24⟧) 16 mm, diffusionsrestringiert."),
    parse("en", "On the 2023 study the lesion was 4 mm (⟦series 3 image 29|3:29 P⟧); today 5 mm (⟦series 3 image "
                "31|3:31⟧). Growth of 1 mm in 2 years, consistent with benignity."),
    parse("de", "Damals (⟦S/I 5/110|5:110 P⟧) Mantelpneumothorax 2 cm, heute vollständig entfaltet."),
    parse("en", "Historic imaging (⟦Se 2 Im 40-45 from 2019|2:40-45 P⟧) confirms the calcified nodule has been "
                "present for 6 years."),
    parse("de", "Im Verlauf (Vor-MR 06/2024: ⟦Se 8/Bi 15|8:15 P⟧; heute ⟦Se 8/Bi 16|8:16⟧) unveränderte "
                "Signalanhebung im Centrum semiovale rechts, Fazekas 1."),
    parse("en", "Previously seen (⟦prior S/I 4/95|4:95 P⟧) bulky mediastinal disease has regressed; residual soft "
                "tissue 21 mm (⟦S/I 4/98|4:98⟧), Deauville 3."),
    parse("de", "Vorbefund (Primar Dr. Huber, LKH Graz, 12. Feber 2025): Herd in der VU Serie 3 ⟦Bild 48|3:48 P⟧ "
                "mit 9 mm beschrieben; aktuell 9 mm (⟦Serie 3 Bild 50|3:50⟧)."),
    parse("de", "VU ⟦Se/Bi 3/77|3:77 P⟧ und ⟦3/79|3:79 P⟧: Milchglasherde, heute nicht mehr abgrenzbar."),
    parse("en", "Comparison study series 4 images ⟦33 to 36|4:33-36 P⟧ show a similar appearance of the scarring."),
    # --- notation habits decided within the same report
    parse("de", "Bildverweise (Bild/Serie). Lebermetastase Segment IVa 17 mm (⟦22/5|5:22⟧), Segment VII 12 mm "
                "(⟦38/5|5:38⟧); VU 11 mm (⟦20/4|4:20 P⟧) bzw. 8 mm (⟦35/4|4:35 P⟧)."),
    parse("en", "Image/series convention. Nodule RUL (⟦87/4|4:87⟧) 6 mm. Nodule LUL (⟦102/4|4:102⟧) 4 mm."),
    parse("de", "Lymphknoten iliakal rechts 13 mm (⟦Serie 6, Bild 120|6:120⟧). Iliakal links 9 mm "
                "(⟦6-128|6:128⟧), inguinal 11 mm (⟦6-140|6:140⟧)."),
    parse("en", "Right ovarian cyst 3.2 cm (⟦image 45, series 7|7:45⟧); a second smaller cyst (⟦52/7|7:52⟧) "
                "1.1 cm."),
    parse("de", "Gallenblasenpolyp 6 mm (Se-Im ⟦4-51|4:51⟧), Verlaufskontrolle in 12 Monaten."),
    # --- mixed lists and ranges
    parse("de", "Multiple Rundherde beidseits (⟦Se 4, Bi 44, 58-61, 90 und 132|4:44 4:58-61 4:90 4:132⟧), "
                "grösster 11 mm."),
    parse("en", "Bilateral PE (⟦Se 5, Im 18, 22-25 and Se 6, Im 40|5:18 5:22-25 6:40⟧); RV/LV 1.1."),
    parse("de", "Lymphknoten mesenterial (⟦Se 3/Bi 91, 94; Se 603/Bi 12|3:91 3:94 603:12⟧), bis 12 mm."),
    parse("en", "Enhancing foci in the left breast (⟦Se 1100, Im 55 & 61|1100:55 1100:61⟧), 5 and 7 mm, BI-RADS 3."),
    parse("de", "Spondylodiszitis BWK 9/10 (⟦Serie 5 Bild 10-12, Serie 7 Bild 11|5:10-12 7:11⟧), "
                "paravertebraler Abszess 2 cm."),
    parse("en", "Retained contrast in the appendix (⟦SE:IM 3:150-153|3:150-153⟧) is of no significance."),
    # --- short, with confounders in the same sentence
    parse("de", "Am 12.05.2025 um 14:32 Uhr: Sigmadivertikulitis Hansen/Stock IIb (⟦Se 3, Bi 188|3:188⟧), "
                "CRP 96 mg/l."),
    parse("en", "eGFR 38 mL/min/1.73m², so no contrast; 1.8 cm non-obstructing right renal calculus "
                "(⟦series 2 image 71|2:71⟧)."),
    parse("de", "Femurkopfnekrose rechts ARCO 2 (⟦Serie 6, Bild 11 (kor. T1)|6:11 @coronal⟧), links ARCO 1."),
    parse("en", "Ejection fraction 35 %. LV thrombus 14 x 9 mm in the apex (⟦Se 8 Im 15|8:15⟧), 4-chamber view."),
    parse("de", "Nach 2 Zyklen FOLFOX: Lebermetastase Segment V 21 mm (⟦Se 4 Bi 55|4:55⟧), vorher 30 mm "
                "(⟦Se 4 Bi 52|4:52 P⟧), Response -30 %."),
    parse("en", "Level II node on the right, 14 mm (⟦series 3, image 41|3:41⟧), level III 9 mm; "
                "T2N2b."),
    parse("de", "Prostatavolumen 48 ml, PSA-Dichte 0,19. Läsion 7 mm Sektor 3p (⟦Serie 5, Bild 14|5:14⟧), "
                "PI-RADS 4."),
    parse("en", "Femoral neck fracture Garden III (⟦series 601 image 22|601:22 @coronal⟧, coronal MPR), Hb 102 g/L."),
    parse("de", "Zervikale Lymphknoten Level IIa links 16 mm (⟦Bild 41 (Serie 3)|3:41⟧), Ratio L/S 1,4."),
    parse("de", "Kontrolle nach 3 Monaten: Pankreaspseudozyste 6,1 cm (⟦Se 5 Bi 60|5:60⟧), vormals 8,4 cm "
                "(⟦Se 5 Bi 58|5:58 P⟧)."),
    parse("en", "Aortic root 44 mm (⟦Se 9 Im 107|9:107⟧) at the sinuses; prior echo 41 mm."),
    parse("de", "Sequenz 4 von 7 (DWI b1000): Abszess 23 mm (⟦Serie 9, Bild 31|9:31⟧), ADC 0,7."),
    parse("en", "Phase 2 of 3 (late arterial): the 19 mm lesion enhances avidly (⟦Se 6/Im 20|6:20⟧)."),
    parse("de", "Luxation des Os lunatum, Mayfield IV (⟦Se 4, Bi 37|4:37⟧, sagittal ⟦Se 602, Bi 19|602:19 "
                "@sagittal⟧)."),
    parse("en", "Subchondral cyst of the lunate 3 mm (⟦S5 I9|5:9⟧); scapholunate gap 4 mm."),
    parse("de", "Lipom am Oberschenkel 9,2 x 4,1 x 3 cm (⟦Se 3 Bi 220-260|3:220-260⟧), keine Septen."),
    parse("en", "Hypodense liver lesions too small to characterise (⟦Se 4 Im 31, 33 & 40|4:31 4:33 4:40⟧)."),
    parse("de", "Aneurysma der A. lienalis 14 mm (⟦MIP Serie 401 Bild 15|401:15⟧), verkalkte Wand."),
    parse("de", "Kleiner Pleuraerguss rechts (⟦Serie 2, Bild 88|2:88⟧); in der VU vom 21.01. noch grösser "
                "(⟦VU Serie 2, Bild 85|2:85 P⟧), 24 vs. 11 mm."),
    parse("en", "Right paratracheal node 12 mm (⟦4/66|4:66⟧), was 8 mm (⟦prior 5/61|5:61 P⟧)."),
    parse("de", "Aktuelles CT: Se 3, Bi ⟦145|3:145⟧; Voruntersuchung: Se 3, Bi ⟦139|3:139 P⟧. Befund jeweils "
                "Kompressionsfraktur LWK 1, Höhenminderung 30 %."),
    parse("en", "IMPRESSION: No evidence of recurrence. The post-surgical changes at the resection margin "
                "(⟦Se 7 Im 29|7:29⟧) are unchanged from the prior study (⟦Se 7 Im 30|7:30 P⟧)."),
    parse("de", "Zusammenfassung: Stationäre Rundherde (⟦Se 4 Bi 71, 99|4:71 4:99⟧; VU ⟦Se 4 Bi 70, 97|4:70 P "
                "4:97⟧). Keine weitere Kontrolle nach Fleischner."),
    parse("en", "Summary table:\nLesion A, segment 8: 14 mm (⟦5:40|5:40⟧) vs 12 mm (⟦prior 5:38|5:38 P⟧)\n"
                "Lesion B, segment 3: 7 mm (⟦5:22|5:22⟧) vs 7 mm (⟦prior 5:21|5:21 P⟧)\nFormat series:image."),
    # --- confounders
    parse("de", "SI-Gelenke beidseits unauffällig, ISG-Arthrose rechts Grad 1."),
    parse("en", "S1/S2 nerve roots are compressed at L5/S1; L4/5 disc bulge without stenosis."),
    parse("de", "Natrium 138 mmol/l, Kalium 4,1 mmol/l, Selen 80 µg/l."),
    parse("en", "Auth no. 2025-004871; scan booked 4/8 at 08:45, slot 3 of 12."),
    parse("de", "Untersuchung: Station 4B, Zimmer 87, Anmeldung 12:05, Befundung 13:40."),
    parse("en", "Ultrasound clip 3 of 12 shows vascularity; cine loop 2 stored."),
    parse("de", "Serienfrakturen der Rippen 3 bis 8 links, Pneumothorax links 12 mm."),
    parse("en", "The patient had a series of 3 chest radiographs (days 1, 2 and 4)."),
    parse("de", "Bildserie von 4 Aufnahmen der Halswirbelsäule, Funktionsaufnahmen in 2 Ebenen."),
    parse("en", "Key image 4 and bookmark 2: see PACS, no further comment."),
    parse("de", "Schichtdicke 1,25 mm, Inkrement 0,8 mm, Pitch 0,98, Rotationszeit 0,5 s."),
    parse("en", "Phase 2 (nephrographic) at 100 s, Phase 3 excretory at 8 min."),
    parse("de", "Sequenz 5 von 5 (T1 KM fs) mit Bewegungsartefakten; Bild 3 von 4 der Perfusion verwackelt."),
    parse("en", "LVEF 55 %, LVEDV 142 mL, Agatston 0, CAD-RADS 0."),
    parse("de", "Tumorstadium cT3b cN1 cM0, Dukes C, 12/14 Lymphknoten positiv."),
    parse("en", "Score 3/5 on the Likert scale; Tanner stage 3; bone age 11 years 6 months."),
    parse("de", "Verlauf seit 2019: 3/2019, 6/2021 und 11/2023 jeweils stationär."),
    parse("en", "Dose-length product 560 mGy·cm; effective dose approx. 8.4 mSv."),
    parse("de", "Rotatorenmanschette: Supraspinatussehne Patte 2, Goutallier 1."),
    parse("en", "Grade 2 splenic injury (AAST 2018), 2 cm laceration; Hb 11.2 g/dL at 03:10."),
    parse("de", "Rückfragen: Dr. med. Keller, Sucher 4-87, Tel. 031 632 87 04."),
    parse("en", "Stent 8 x 40 mm deployed in the SFA, 2/3 of the lesion covered."),
    parse("de", "In der Mammographie Herd bei 10 Uhr, 3 cm mamillenfern, Ebene 2 von 2 (MLO)."),
    parse("en", "Compared with the prior of 03/04/2025, the 5 mm nodule is stable."),
    parse("de", "Vorbefund lag nicht vor. Vergleich mit Aufnahmen vom 4.2.2025 in 2 Ebenen."),
    parse("en", "Annotation 1 (arrow) and annotation 2 (circle) added to the key images for the tumour board."),
    parse("de", "Kontrastmittel Phase 2 von 3 (portalvenös), 70 s, 90 ml Ultravist 370."),
]


BATCH3: list[Excerpt] = [
    # --- mid-length report sections
    parse("en", "TECHNIQUE: CT chest, abdomen and pelvis with IV contrast (100 mL Omnipaque 350), portal venous "
                "phase. DLP 780 mGy·cm.\nCOMPARISON: CT 14 March 2025.\nFINDINGS: The left lower lobe mass "
                "measures 41 x 33 mm (⟦SE 4 / IM 112|4:112⟧), previously 36 x 30 mm (⟦SE 4 / IM 109 on the "
                "prior|4:109 P⟧). New 9 mm left adrenal nodule (⟦SE 5 / IM 61|5:61⟧)."),
    parse("de", "Anamnese: Z.n. Mammakarzinom links 2021 (pT1c pN0), CA 15-3 48 U/ml.\nBefund: Neu aufgetretene "
                "osteoblastische Läsionen in BWK 7 (⟦Serie 5 Bild 44|5:44⟧) und im Os sacrum rechts (⟦Serie 5 "
                "Bild 201|5:201⟧). In der VU vom 3. Jänner 2025 an gleicher Stelle unauffällig (⟦VU Serie 4 "
                "Bild 40|4:40 P⟧)."),
    parse("de", "Befund:\nLeber: Mehrere hypodense Herde, grösster Segment VIII 26 mm (⟦Se5Bi102|5:102⟧), "
                "Segment VI 14 mm (⟦Se5Bi131|5:131⟧).\nMilz: 11 cm, homogen.\nNieren: Zyste links 12 mm."),
    parse("en", "FINDINGS:\nLungs: 6 mm solid nodule right middle lobe (⟦se4 im87|4:87⟧), unchanged from ⟦se3 im84 "
                "on 02/2024|3:84 P⟧. Mild centrilobular emphysema.\nPleura: No effusion.\nBones: Old healed left "
                "7th rib fracture."),
    parse("de", "Verlaufstabelle (Serie/Bild):\nHerd 1 (Leber, Seg. II): 02/2025 11 mm (⟦4/30|4:30 P⟧), 05/2025 "
                "14 mm (⟦4/33|4:33 P⟧), heute 18 mm (⟦5/35|5:35⟧)\nHerd 2 (Lunge li.): 02/2025 7 mm (⟦3/90|"
                "3:90 P⟧), heute 7 mm (⟦3/92|3:92⟧)"),
    parse("en", "IMPRESSION:\n1. Progressive disease: new liver lesions (⟦series 3, images 30, 41 and 44|3:30 3:41 "
                "3:44⟧).\n2. The dominant pancreatic mass is stable at 32 mm (⟦series 3, image 58|3:58⟧; "
                "⟦series 3, image 56 on prior|3:56 P⟧).\n3. Discussed with Dr Patel at 16:20 on 03/06/2025."),
    parse("de", "Beurteilung:\n1. Stationäre Lungenrundherde (⟦S/B 4/55, 4/102|4:55 4:102⟧; Vor-CT ⟦S/B 4/53, "
                "4/99|4:53 P 4:99⟧).\n2. Kein Anhalt für Lokalrezidiv.\nKontrolle in 6 Monaten."),
    parse("en", "Comparison is made with the CT of 14 March 2025 (⟦image 60, series 4|4:60 P⟧). The collection "
                "in the pouch of Douglas has reduced from 6.1 to 3.4 cm (⟦image 66, series 4|4:66⟧)."),
    parse("de", "Vor-CT vom 2.6.2024, dort ⟦Se 2/Bi 55|2:55 P⟧: Lymphknoten hilär rechts 14 mm. Heute "
                "(⟦Se 2/Bi 58|2:58⟧) 9 mm."),
    parse("en", "Same level on the prior (⟦series 3, image 50|3:50 P⟧): the cavity was not present."),
    parse("de", "Kontrolle nach Radiofrequenzablation: Ablationszone Segment VII 34 mm (⟦Serie 601 (kor.), Bild "
                "38|601:38 @coronal⟧), randständig keine KM-Aufnahme. Vor Ablation (⟦Serie 6, Bild 40|6:40 P⟧) "
                "HCC 19 mm. AFP 6 ng/ml."),
    # --- reformatted series
    parse("de", "Rekonstruktion Serie 301 (sagittal, Knochenfenster), ⟦Bild 55|301:55 @sagittal⟧: "
                "Berstungsfraktur LWK 1, Hinterkante 3 mm nach dorsal verlagert."),
    parse("en", "On the MIP (⟦Se 8) image 14|8:14⟧ the occluded M2 branch is clearly seen."),
    parse("de", "Curved-MPR der RCA (⟦Se 607/Bi 2|607:2⟧): Stent offen, keine In-Stent-Restenose."),
    parse("en", "Oblique coronal MPR (⟦series 604, image 25|604:25 @coronal⟧) through the scaphoid: "
                "waist fracture, 1 mm gap."),
    parse("de", "MIP 20 mm axial (⟦Serie 402, Bild 30-33|402:30-33 @axial⟧): mikronoduläres Muster "
                "perilymphatisch."),
    parse("en", "VR image (⟦series 950, image 7|950:7⟧) demonstrates the bovine arch variant."),
    parse("de", "Dünnschicht-Rekonstruktion 0,6 mm (⟦Se 10 Bi 301|10:301⟧) bestätigt die Stapesfraktur nicht."),
    # --- viewer and dictation notation
    parse("de", "Bild ⟦dreiundzwanzig der Serie fünf|5:23⟧: Zyste der Bursa iliopectinea 3 cm."),
    parse("en", "Series six, ⟦image forty-two|6:42⟧: the nodule abuts the fissure."),
    parse("de", "Hämangiom Serie V, ⟦Bild 12|5:12⟧, 9 mm; Serie VII, ⟦Bild 12|7:12⟧ (T2) hyperintens."),
    parse("en", "Small hypodensity (⟦S7:I33|7:33⟧), likely a cyst, 4 mm."),
    parse("en", "Series 4, slices ⟦87-90|4:87-90⟧: band-like atelectasis in the lingula."),
    parse("en", "On axial ⟦image 87 (series 4)|4:87⟧ there is a 3 mm calculus in the left VUJ."),
    parse("de", "Stack 4, ⟦Bild 61|4:61⟧: Pankreas lipomatös, keine Raumforderung."),
    parse("de", "Kleine Zyste im Pankreaskopf 7 mm (⟦Se 6/Bi 40|6:40⟧); ebda. ⟦Bi 43|6:43⟧ "
                "weitere 3 mm messende Zyste, IPMN-Seitenast möglich."),
    parse("en", "Right subclavian DVT (⟦Se 3 Im 31|3:31⟧) extending to the axillary vein on the ⟦next image, "
                "32|3:32⟧."),
    parse("de", "Fokale Nodularität der Nebenniere links (⟦Se 3 Bi 70|3:70⟧) und in gleicher Serie ⟦Bi 74|3:74⟧ "
                "Verdickung des medialen Schenkels."),
    parse("en", "Stones in the gallbladder neck (⟦series 5 image 41|5:41⟧). Same series, ⟦images 45-47|5:45-47⟧: "
                "pericholecystic fluid."),
    parse("de", "Se 7: Pleuraplaques bds. (⟦Bi 30, 48 und 60-62|7:30 7:48 7:60-62⟧), teils verkalkt."),
    parse("en", "Series 9 (DWI): restricted diffusion in the left hippocampus (⟦image 12|9:12⟧) and the "
                "ipsilateral thalamus (⟦image 18|9:18⟧)."),
    parse("de", "Key Image 1 ⟦= Se 3 / Bi 44|3:44⟧: Leberabszess 5 cm mit Gasbläschen."),
    parse("en", "Key image 2 (⟦Se 4 Im 12|4:12⟧) shows the fracture; key image 3 is the comparison."),
    parse("de", "Lesezeichen 3 im PACS entspricht ⟦Serie 5, Bild 77|5:77⟧ (Milzruptur Grad III)."),
    parse("de", "Bilder (Bild/Serie): Zyste Nierenoberpol links 22 mm (⟦45/6|6:45⟧), Unterpol 8 mm (⟦61/6|6:61⟧)."),
    parse("en", "References as (series-image). Hepatic cyst 18 mm (⟦5-20|5:20⟧), splenic cyst 9 mm (⟦5-44|5:44⟧)."),
    parse("de", "Erster Herd im Oberlappen rechts 9 mm (⟦Bild 41/Serie 3|3:41⟧). Zweiter Herd im Mittellappen "
                "6 mm (⟦66/3|3:66⟧)."),
    # --- short, many confounders in the sentence
    parse("de", "Lungenembolie zentral (⟦Se 5, Bi 33|5:33⟧), RV/LV 1,4, NT-proBNP 3400 ng/l, Troponin 58 ng/l, "
                "sPESI 2."),
    parse("en", "At 02:14 the 8 mm ICA aneurysm (⟦se 11 im 140|11:140⟧) was discussed with neurosurgery, "
                "bleep 6142."),
    parse("de", "Tel. Mitteilung an OA Dr. Gruber (Kl. 4711) um 16:05: freie Luft subphrenisch "
                "(⟦Se 2/Bi 19|2:19⟧)."),
    parse("en", "Segment 5/6 liver laceration, AAST grade 3, depth 3.5 cm (⟦series 4, image 70|4:70⟧)."),
    parse("de", "cT4a cN2 cM0: Magenwandverdickung 19 mm (⟦Serie 3, Bild 56|3:56⟧), Infiltration des Pankreas."),
    parse("en", "T2 hyperintense lesion 7/8 mm (⟦Se 5 Im 19|5:19⟧), 2 of 3 criteria for a haemangioma."),
    parse("de", "Dosis 5,8 mSv. Harnleiterstein 4 mm prävesikal rechts (⟦Se 2 Bi 188|2:188⟧), Stauung Grad 1."),
    parse("en", "SUVmax 11.2 in the right level IIa node (⟦Se 3, Im 44|3:44⟧), 15 mm; Deauville 5."),
    parse("de", "HWK 5/6: Bandscheibenvorfall mediolateral links (⟦Serie 3, Bild 9|3:9⟧), Foramen C6 "
                "eingeengt, Grad 2 nach Kim."),
    parse("de", "Sequenz 2 von 5 (T2 sag): Chiari-I-Malformation, Tonsillentiefstand 8 mm (⟦Serie 2, Bild 8|"
                "2:8⟧)."),
    parse("en", "Phase 2 of the protocol: hypoenhancing 11 mm lesion in the uncinate process "
                "(⟦SE:IM 6:52|6:52⟧)."),
    parse("de", "Hb 7,9 g/dl. Aktive KM-Extravasation im Colon descendens (⟦Se 4/Bi 144|4:144⟧, "
                "⟦Se 6/Bi 146|6:146⟧)."),
    parse("en", "Ratio 1:2 of solid to cystic; 27 mm mixed lesion in the right ovary (⟦series 6, image 88|6:88⟧), "
                "O-RADS 4."),
    parse("de", "Aorta ascendens 47 mm (⟦Se 3 Bi 40|3:40⟧), vor 2 Jahren 44 mm (⟦Se 3 Bi 38|3:38 P⟧)."),
    parse("en", "Prior ⟦S/I 5/32|5:32 P⟧: 11 mm. Current ⟦S/I 5/33|5:33⟧: 16 mm."),
    parse("de", "Im Vergleich (VU ⟦Se 4 Bi 60-64|4:60-64 P⟧) ausgedehntere Konsolidierungen im Mittellappen "
                "(⟦Se 4 Bi 58-70|4:58-70⟧)."),
    parse("en", "Baseline ⟦Se 6 Im 49|6:49 P⟧ 23 mm; nadir ⟦Se 6 Im 47|6:47 P⟧ 12 mm; today ⟦Se 6 Im 48|6:48⟧ "
                "19 mm: progression from nadir."),
    parse("de", "Vorbefund (Ambulanz, 12.2.2025): Herd Segment IV (⟦Serie 8, Bild 44|8:44 P⟧) damals 13 mm; "
                "aktuell regredient, 8 mm (⟦Serie 8, Bild 46|8:46⟧)."),
    parse("en", "The previously seen focus (⟦prior series 3 image 71|3:71 P⟧) has resolved."),
    parse("de", "Frühere Untersuchung (MR 2023, ⟦Serie 10, Bild 15|10:15 P⟧): gleiches Signalverhalten."),
    parse("en", "Old CT 2021: ⟦series 2 image 100|2:100 P⟧ shows the same ground glass."),
    parse("de", "Verglichen mit dem externen CT (Kantonsspital St. Gallen, ⟦Serie 3, Bild 61 und 65|3:61 P 3:65⟧) "
                "keine Grössenzunahme."),
    parse("en", "Current: Se 4, Im ⟦77|4:77⟧ (14 mm). Prior 08/2024: Se 4, Im ⟦75|4:75 P⟧ (12 mm). Prior 02/2024: "
                "Se 4, Im ⟦74|4:74 P⟧ (10 mm)."),
    parse("de", "Ergebnis: Zunahme der Aszites; Referenzschicht heute ⟦Se 4 Bi 92|4:92⟧, in der VU ⟦Se 4 Bi 90|"
                "4:90 P⟧."),
    parse("en", "CONCLUSION: Stable disease. Target lesion 17 mm (⟦4:55|4:55⟧), was 18 mm (⟦4:53|4:53 P⟧)."),
    parse("de", "Fazit: Kompressionsfraktur BWK 12 neu (⟦Serie 601, Bild 33|601:33⟧; in der VU ⟦Serie 601, "
                "Bild 33|601:33 P⟧ noch normale Höhe)."),
    parse("en", "Osteochondral lesion of the talar dome 8 mm (⟦Se 7, Im 11|7:11⟧); Se 9 (T1), ⟦Im 11|9:11⟧ "
                "with a sclerotic rim."),
    parse("de", "Pneumobilie (⟦Se 4 Bi 22|4:22⟧) nach ERCP mit Papillotomie 03.06.2025, erwartbar."),
    parse("en", "Multiple thyroid nodules, dominant 23 mm right (⟦series 2, image 30|2:30⟧), TR4; left 9 mm "
                "(⟦series 2, image 33|2:33⟧), TR3."),
    parse("de", "Z.n. Hemithyreoidektomie links. Rest rechts 14 ml, Knoten 11 mm (⟦Se 3 Bi 17|3:17⟧), "
                "TSH 1,2 mU/l."),
    parse("en", "Liver segment 7 lesion, 1.4 cm, hyperintense on T2 (⟦series 4, image 20|4:20⟧) and "
                "hepatobiliary phase hypointense (⟦series 14, image 20|14:20⟧), LI-RADS 4."),
    parse("de", "Im Vergleich zum Vorbefund vom 12.12.2024 (⟦Se 4 Bi 151|4:151 P⟧, ⟦Se 4 Bi 160|4:160 P⟧) "
                "neu ein 5 mm Herd im Unterlappen links (⟦Se 4 Bi 166|4:166⟧)."),
    parse("en", "Stable post-operative appearances; staple line (⟦Se 3 Im 77|3:77⟧) as on the prior "
                "(⟦Se 3 Im 75|3:75 P⟧)."),
    parse("de", "Periprothetische Lockerung Hüft-TEP rechts, Saum 2 mm Zone 1-3 nach Gruen "
                "(⟦Serie 4, Bild 61|4:61⟧)."),
    parse("en", "Lymph node station 7, 19 mm (⟦image 62, series 3|3:62⟧), EBUS advised."),
    parse("de", "Prävertebrales Hämatom C2 bis C5, 9 mm (⟦Se 602 Bi 18-24 (sag.)|602:18-24 @sagittal⟧)."),
    parse("en", "Thrombus in the left atrial appendage (⟦Se 8 Im 71|8:71⟧), delayed images confirm "
                "(⟦Se 9 Im 71|9:71⟧)."),
    # --- confounders
    parse("en", "3D VR (series 900) provided for the surgeons; no image numbers quoted."),
    parse("de", "Serie 4 wurde wegen Bewegungsartefakten wiederholt (Sequenz 3 von 5)."),
    parse("en", "Series 2 and 3 were acquired at 80 kVp; series 4 is the bone kernel."),
    parse("de", "Befund telefonisch an Dr. Bauer, Tel. 0316 385 12 345, am 04.06.2025 um 11:20."),
    parse("en", "PSA 6.4 ng/mL, PSA density 0.14, prostate volume 46 mL, PI-RADS 3 in segment 4p."),
    parse("de", "Z.n. Cholezystektomie 2018. Gallengang 7 mm, kein Konkrement. Lipase 45 U/l."),
    parse("en", "Key images 1, 2 and 5 annotated for the MDT (annotation 3 = lesion)."),
    parse("de", "Schlüsselbilder 1-3 an Zuweiser gesendet, Markierung 2 = Zielläsion."),
    parse("en", "Femoral head cover 3/4; alpha angle 62 degrees; Tönnis grade 1."),
    parse("de", "Wirbelkörper BWK 12 bis LWK 2 mit Höhenminderung 20 %, Genant 1."),
    parse("en", "Follow-up in 3-6 months; Fleischner 2017, category 2 of 4."),
    parse("de", "ED 03.02.2025, Chemotherapie 4 von 6 Zyklen abgeschlossen, Phase 2 Studie NCT01234567."),
    parse("en", "Blood pressure 160/95 at arrival, GCS 14/15, ASPECTS 9."),
    parse("de", "Koronarsegmente 1-3 und 6-7 ohne Stenose (AHA-Segmentierung)."),
    parse("en", "Image quality 3/4 (diagnostic); breath-hold 12 s; 2 of 4 stations."),
    parse("de", "Im Jahr 2021 Bestrahlung mit 60 Gy in 30 Fraktionen, Dosis 2 Gy/Fraktion."),
    parse("en", "Lesions are numbered 1 to 4 on the annotated image (image 1 of 2 in the PACS folder)."),
    parse("de", "Nierenarterienstenose rechts 60 %, RI 0,72 bzw. 0,65, AT 80 ms."),
    parse("en", "Previous studies: CT 14/03/2025, MRI 02/2024, PET 11/2023 (all reviewed)."),
    parse("de", "Zervix uteri unauffällig, Endometrium 8 mm, Zyklustag 14, Ovar rechts 3/2 cm."),
    parse("en", "Rib fractures 4-6 on the left, flail segment 5/6 anteriorly; RR 24/min."),
    parse("de", "Vergleich mit der Voruntersuchung vom 11.11.2024: keine relevante Befundänderung."),
    parse("en", "Gantry tilt 12 degrees; reconstructions 3 mm / 3 mm, series count 6."),
    parse("de", "Kontrast: Phase 2 (arteriell spät) 35 s, Phase 3 (portalvenös) 70 s, Bolus-Tracking 150 HU."),
    parse("en", "MoCA 22/30, MMSE 25/30; Fazekas grade 2; Scheltens 2/2."),
    parse("de", "Leukozyten 12,3 G/l, CRP 87 mg/l, PCT 0,8 µg/l, Laktat 2,1 mmol/l."),
    parse("en", "See annotation 1 and the bookmark on the sagittal MPR for the fracture line."),
]
