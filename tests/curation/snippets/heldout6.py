"""Held-out set 6: whole reports by six radiologists from other hospitals, written before running the miner on them.

Written for issue 6 without reading the grammar, mine.py or sets 1-5 (only the record format of set 5 and its
scoring helper). Citing habits of RIS systems and radiologists elsewhere, mixed with the numbers reports carry:

- "huber" (AT, DE): "(Serie 4, Schicht 23)", ranges "(Serie 4, Schichten 23-27)", "(Ser. 4/Schicht 23)".
- "zwahlen" (CH, DE): "(SE 3 / IM 45)", ranges "(SE 3 / IM 45-48)", "(Bild 45, Serie 3)".
- "miller" (US, EN): "(series 3, image 45)", "(se 601 im 45)", "(image 45 of series 3)", "(4:112)".
- "hughes" (UK, EN): "(image 45, series 3)", "(im 45/ser 3)", "(images 45-48)" without a series.
- "koller" (DE): "Serie 3 Bild 45" without brackets, "(Bild-Nr. 45)" and "(IMA 45)" without a series.
- "nguyen" (US, EN, MR): "(series 7, image 12)", "(axial T2 series 5 image 14)", "(se 8/im 22)".

Record format, `report_text`, `report_refs` and the snippet decisions are those of held-out set 5
(`heldout5.py`); a sentence with no ref that holds a digit is a confounder sentence.
"""

from __future__ import annotations

from tests.curation.snippets.heldout5 import Ref, Report, S, Section, Sentence, report_refs, report_text

__all__ = ["CONFOUNDER_REPORTS", "REPORTS", "Ref", "Report", "Section", "Sentence", "report_refs", "report_text"]

REPORTS: list[Report] = [
    # ---------------------------------------------------------------- huber (AT): (Serie 4, Schicht 23)
    ("de", "huber", [
        ("Klinische Angabe:", [
            S("Z.n. Hemikolektomie rechts 03/2022, CEA steigend (7,8 ng/ml)."),
        ]),
        ("Technik:", [
            S("Mehrzeilen-CT Thorax/Abdomen nach i.v. Gabe von 90 ml Iomeron 400, portalvenöse Phase, "
              "Schichtdicke 1,25 mm."),
        ]),
        ("Befund:", [
            S("Neu aufgetretene hypodense Läsion im Lebersegment VIII, 14 mm (Serie 4, Schicht 23).",
              (4, 23, 23, "Neu aufgetretene hypodense Läsion im Lebersegment VIII, 14 mm")),
            S("Eine zweite, 6 mm messende Läsion in Segment II (Serie 4, Schicht 41) ist fraglich neu.",
              (4, 41, 41, "Eine zweite, 6 mm messende Läsion in Segment II")),
            S("Zystische Läsion im Pankreaskopf (Serie 4, Schichten 55-58), größenkonstant zu 09/2023.",
              (4, 55, 58, "Zystische Läsion im Pankreaskopf")),
            S("Lymphknoten im Ligamentum hepatoduodenale mit 11 mm Kurzachse (Ser. 4/Schicht 37).",
              (4, 37, 37, "Lymphknoten im Ligamentum hepatoduodenale mit 11 mm Kurzachse")),
            S("Nebennieren schlank, Nieren beidseits mit einfachen Zysten bis 2 cm (Bosniak I)."),
            S("Degenerative Veränderungen der LWS mit Osteochondrose L4/L5 und L5/S1."),
            S("Im rechten Unterlappen subpleuraler Rundherd 5 mm (Serie 2, Schicht 88).",
              (2, 88, 88, "Im rechten Unterlappen subpleuraler Rundherd 5 mm")),
        ]),
        ("Beurteilung:", [
            S("1. Verdacht auf neue Lebermetastase in Segment VIII (Serie 4, Schicht 23).",
              (4, 23, 23, "Verdacht auf neue Lebermetastase in Segment VIII")),
            S("2. Unklare Läsion Segment II (Serie 4, Schicht 41), MRT empfohlen.",
              (4, 41, 41, "Unklare Läsion Segment II")),
            S("3. Kontrolle in 3 Monaten bzw. Vorstellung im Tumorboard am 12.11.2024."),
        ]),
    ]),
    ("de", "huber", [
        ("Fragestellung:", [
            S("Sturz vom Fahrrad am 2.5., Schmerzen re. Thorax, Sättigung 91 %."),
        ]),
        ("Befund:", [
            S("Nicht dislozierte Frakturen der 5. und 6. Rippe rechts lateral (Serie 3, Schichten 112-118).",
              (3, 112, 118, "Nicht dislozierte Frakturen der 5. und 6. Rippe rechts lateral")),
            S("Schmaler Pneumothorax rechts apikal bis 8 mm (Serie 3, Schicht 20); kein Spannungszeichen.",
              (3, 20, 20, "Schmaler Pneumothorax rechts apikal bis 8 mm")),
            S("Lungenkontusion im rechten Unterlappen (Serie 3, Schicht 140) sowie kleiner Pleuraerguss "
              "rechts (Serie 3, Schicht 162).",
              (3, 140, 140, "Lungenkontusion im rechten Unterlappen"), (3, 162, 162, "kleiner Pleuraerguss rechts")),
            S("Keine Fraktur der BWS, Wirbelkörperhöhen Th 1 bis Th 12 erhalten."),
            S("Milz mit 11 x 4 cm normal groß, kein freies Fluid."),
        ]),
        ("Zusammenfassung:", [
            S("Rippenserienfraktur 5-6 rechts (Serie 3, Schichten 112-118) mit kleinem Pneumothorax "
              "(Serie 3, Schicht 20).",
              (3, 112, 118, "Rippenserienfraktur 5-6 rechts"), (3, 20, 20, "mit kleinem Pneumothorax")),
            S("Röntgenkontrolle in 24 h empfohlen."),
        ]),
    ]),
    # ---------------------------------------------------------------- zwahlen (CH): (SE 3 / IM 45)
    ("de", "zwahlen", [
        ("Indikation:", [
            S("Raucher, 40 py, Screening gemäss Lung-RADS v2022."),
        ]),
        ("Befund:", [
            S("Solider Knoten im linken Oberlappen, 9 x 7 mm (SE 3 / IM 67).",
              (3, 67, 67, "Solider Knoten im linken Oberlappen, 9 x 7 mm")),
            S("Teilsolider Knoten im rechten Oberlappen mit 4 mm soliden Anteil (SE 3 / IM 52-55).",
              (3, 52, 55, "Teilsolider Knoten im rechten Oberlappen mit 4 mm soliden Anteil")),
            S("Mehrere Mikronoduli < 3 mm (SE 3 / IM 120).", (3, 120, 120, "Mehrere Mikronoduli < 3 mm")),
            S("Zentrilobuläres Emphysem, betont in den Oberlappen, Anteil ca. 10 %."),
            S("Koronarsklerose, Agatston-Äquivalent geschätzt > 400."),
            S("Hiatushernie (Bild 34, Serie 5).", (5, 34, 34, "Hiatushernie")),
            S("Verkalkte Granulome im Mittellappen (Bild 88, Serie 3), ohne Bedeutung.",
              (3, 88, 88, "Verkalkte Granulome im Mittellappen")),
        ]),
        ("Beurteilung:", [
            S("Lung-RADS 4A wegen des soliden Knotens links (SE 3 / IM 67); Kontroll-CT in 3 Monaten.",
              (3, 67, 67, "Lung-RADS 4A wegen des soliden Knotens links")),
            S("Teilsolider Knoten rechts (SE 3 / IM 52-55) bei der Kontrolle mitbeurteilen.",
              (3, 52, 55, "Teilsolider Knoten rechts")),
        ]),
    ]),
    ("de", "zwahlen", [
        ("Befund:", [
            S("Leber mit 17 cm in der MCL vergrössert, Steatose mit Dichte 32 HU."),
            S("Gallenblase mit 2 Konkrementen bis 12 mm (SE 5 / IM 44, IM 47).",
              (5, 44, 44, "Gallenblase mit 2 Konkrementen bis 12 mm"),
              (5, 47, 47, "Gallenblase mit 2 Konkrementen bis 12 mm")),
            S("Appendix verdickt auf 11 mm mit periappendizitischer Imbibierung (SE 6 / IM 80-84).",
              (6, 80, 84, "Appendix verdickt auf 11 mm mit periappendizitischer Imbibierung")),
            S("Appendikolith 6 mm an der Basis (Bild 82, Serie 6).", (6, 82, 82, "Appendikolith 6 mm an der Basis")),
            S("Kein Abszess, keine freie Luft; Leukozyten laut Zuweisung 15,2 G/l."),
            S("Linke Niere: Angiomyolipom 8 mm (SE 5 / IM 61), bekannt seit 2019.",
              (5, 61, 61, "Angiomyolipom 8 mm")),
        ]),
        ("Beurteilung:", [
            S("Akute Appendizitis mit Appendikolith (SE 6 / IM 80-84), keine Perforation.",
              (6, 80, 84, "Akute Appendizitis mit Appendikolith")),
            S("Cholezystolithiasis ohne Cholezystitis."),
            S("Befund telefonisch um 14:35 Uhr an Dr. med. (Chirurgie) übermittelt."),
        ]),
    ]),
    # ---------------------------------------------------------------- miller (US): (series 3, image 45)
    ("en", "miller", [
        ("CLINICAL HISTORY:", [
            S("65-year-old with cough for 3 weeks; compare 06/14/2023."),
        ]),
        ("TECHNIQUE:", [
            S("Axial CT of the chest with 75 mL Omnipaque 350 IV; CTDIvol 8.2 mGy, DLP 290 mGy-cm."),
        ]),
        ("FINDINGS:", [
            S("There is a 1.4 cm spiculated nodule in the right upper lobe (series 3, image 45).",
              (3, 45, 45, "There is a 1.4 cm spiculated nodule in the right upper lobe")),
            S("A 5 mm ground-glass nodule in the left lower lobe (se 601 im 212) is unchanged.",
              (601, 212, 212, "A 5 mm ground-glass nodule in the left lower lobe")),
            S("Enlarged right hilar lymph node measures 1.6 x 1.1 cm (image 60 of series 3).",
              (3, 60, 60, "Enlarged right hilar lymph node measures 1.6 x 1.1 cm")),
            S("Small right pleural effusion (4:112).", (4, 112, 112, "Small right pleural effusion")),
            S("Mild degenerative changes of the thoracic spine, most pronounced at T7-T8."),
            S("The heart is normal in size; trace pericardial effusion, less than 1 cm."),
            S("Lytic lesion in the T10 vertebral body (series 5, images 80-84).",
              (5, 80, 84, "Lytic lesion in the T10 vertebral body")),
        ]),
        ("IMPRESSION:", [
            S("1. Spiculated right upper lobe nodule (series 3, image 45), highly suspicious for primary "
              "malignancy; Lung-RADS 4X.", (3, 45, 45, "Spiculated right upper lobe nodule")),
            S("2. Right hilar adenopathy (image 60 of series 3) and lytic T10 lesion (series 5, images "
              "80-84), concerning for metastatic disease.",
              (3, 60, 60, "Right hilar adenopathy"), (5, 80, 84, "lytic T10 lesion")),
            S("3. Recommend PET/CT and tissue sampling; findings discussed with Dr. at 3:15 PM on 10/02/2024."),
        ]),
    ]),
    ("en", "miller", [
        ("FINDINGS:", [
            S("Liver: Multiple hypoattenuating lesions, the largest 3.2 cm in segment 7 (series 2, image 33).",
              (2, 33, 33, "Multiple hypoattenuating lesions, the largest 3.2 cm in segment 7")),
            S("Additional lesions in segment 4a (2:28) and segment 6 (2:51).",
              (2, 28, 28, "Additional lesions in segment 4a"), (2, 51, 51, "segment 6")),
            S("Pancreas: 2.8 cm hypoenhancing mass in the pancreatic tail (se 2 im 40) abutting the splenic vein.",
              (2, 40, 40, "2.8 cm hypoenhancing mass in the pancreatic tail")),
            S("Kidneys: 1.1 cm simple cyst in the left kidney, Bosniak 1, no follow-up needed."),
            S("Lymph nodes: Retroperitoneal node 1.3 cm short axis (series 2, image 58).",
              (2, 58, 58, "Retroperitoneal node 1.3 cm short axis")),
            S("Bones: No suspicious osseous lesion; L5-S1 disc space narrowing."),
            S("Small volume ascites (image 70 of series 2).", (2, 70, 70, "Small volume ascites")),
        ]),
        ("IMPRESSION:", [
            S("Pancreatic tail mass (se 2 im 40) with hepatic metastases (series 2, image 33), stage IV pattern.",
              (2, 40, 40, "Pancreatic tail mass"), (2, 33, 33, "with hepatic metastases")),
            S("CA 19-9 correlation recommended; prior CT 1/5/2024 was negative."),
        ]),
    ]),
    # ---------------------------------------------------------------- hughes (UK): (image 45, series 3)
    ("en", "hughes", [
        ("Clinical details:", [
            S("Known sarcoidosis, FEV1 68% predicted, ?progression."),
        ]),
        ("Report:", [
            S("Perilymphatic nodularity in both upper zones, most marked on the right (image 45, series 3).",
              (3, 45, 45, "Perilymphatic nodularity in both upper zones, most marked on the right")),
            S("Bilateral hilar lymphadenopathy, right 18 mm (im 50/ser 3), left 15 mm (im 52/ser 3).",
              (3, 50, 50, "Bilateral hilar lymphadenopathy, right 18 mm"), (3, 52, 52, "left 15 mm")),
            S("Early fibrotic distortion with traction bronchiectasis in the right upper lobe (images 30-36).",
              (None, 30, 36, "Early fibrotic distortion with traction bronchiectasis in the right upper lobe")),
            S("No honeycombing; the lower zones are spared."),
            S("Incidental 12 mm thyroid nodule in the left lobe (image 4, series 2); U2 appearance on prior US.",
              (2, 4, 4, "Incidental 12 mm thyroid nodule in the left lobe")),
            S("Calcified mediastinal nodes, station 7 (image 61, series 3).",
              (3, 61, 61, "Calcified mediastinal nodes, station 7")),
        ]),
        ("Conclusion:", [
            S("Stage II-III pulmonary sarcoidosis with early upper zone fibrosis (images 30-36), "
              "progressed since 11/2022.",
              (None, 30, 36, "Stage II-III pulmonary sarcoidosis with early upper zone fibrosis")),
            S("Thyroid nodule (image 4, series 2): no further imaging required.", (2, 4, 4, "Thyroid nodule")),
        ]),
    ]),
    ("en", "hughes", [
        ("Report:", [
            S("Acute left MCA territory infarct involving the insula and frontal operculum (image 18, series 4).",
              (4, 18, 18, "Acute left MCA territory infarct involving the insula and frontal operculum")),
            S("ASPECTS 7/10; no haemorrhagic transformation."),
            S("Hyperdense left M1 segment (im 12/ser 2) in keeping with thrombus.",
              (2, 12, 12, "Hyperdense left M1 segment")),
            S("Small old lacune in the right lentiform nucleus (image 14, series 4).",
              (4, 14, 14, "Small old lacune in the right lentiform nucleus")),
            S("Moderate small vessel disease, Fazekas grade 2."),
            S("Mucosal thickening of the left maxillary sinus (images 3-5).", (None, 3, 5,
              "Mucosal thickening of the left maxillary sinus")),
        ]),
        ("Conclusion:", [
            S("Left MCA infarct (image 18, series 4) with dense M1 sign (im 12/ser 2).",
              (4, 18, 18, "Left MCA infarct"), (2, 12, 12, "with dense M1 sign")),
            S("Discussed with the stroke team at 02:40; NIHSS 14 on arrival."),
        ]),
    ]),
    # ---------------------------------------------------------------- koller (DE): Serie 3 Bild 45
    ("de", "koller", [
        ("Befund:", [
            S("Bandscheibenvorfall L4/5 mediolateral links mit Kompression der Wurzel L5, Serie 7 Bild 12.",
              (7, 12, 12, "Bandscheibenvorfall L4/5 mediolateral links mit Kompression der Wurzel L5")),
            S("Spinalkanal auf 8 mm eingeengt (Bild-Nr. 14).", (None, 14, 14, "Spinalkanal auf 8 mm eingeengt")),
            S("Modic-I-Veränderungen der Deckplatte LWK 5, Serie 5 Bild 9.",
              (5, 9, 9, "Modic-I-Veränderungen der Deckplatte LWK 5")),
            S("Facettengelenksarthrose L3/4 bis L5/S1 beidseits."),
            S("Hämangiom im LWK 2 (IMA 7).", (None, 7, 7, "Hämangiom im LWK 2")),
            S("Konus in Höhe LWK 1, regelrechte Signalgebung."),
            S("Kleine Synovialzyste am Facettengelenk L4/5 rechts, Serie 9 Bild 20-22.",
              (9, 20, 22, "Kleine Synovialzyste am Facettengelenk L4/5 rechts")),
        ]),
        ("Beurteilung:", [
            S("Bandscheibenvorfall L4/5 links mit Wurzelkompression L5 (Serie 7 Bild 12).",
              (7, 12, 12, "Bandscheibenvorfall L4/5 links mit Wurzelkompression L5")),
            S("Relative Spinalkanalstenose (Bild-Nr. 14).", (None, 14, 14, "Relative Spinalkanalstenose")),
            S("Aktivierte Osteochondrose L5/S1 (Modic I)."),
        ]),
    ]),
    ("de", "koller", [
        ("Befund:", [
            S("Thrombose der V. femoralis superficialis links auf 12 cm Länge, Serie 4 Bild 210.",
              (4, 210, 210, "Thrombose der V. femoralis superficialis links auf 12 cm Länge")),
            S("Zentrale Lungenembolie rechts in der A. pulmonalis (IMA 88) und segmental links (IMA 102).",
              (None, 88, 88, "Zentrale Lungenembolie rechts in der A. pulmonalis"),
              (None, 102, 102, "segmental links")),
            S("RV/LV-Quotient 1,3, Reflux in die V. cava inferior."),
            S("Infarktpneumonie im linken Unterlappen, Serie 3 Bild 155.",
              (3, 155, 155, "Infarktpneumonie im linken Unterlappen")),
            S("D-Dimere laut Anforderung 4,2 mg/l."),
        ]),
        ("Beurteilung:", [
            S("Beidseitige Lungenembolie (IMA 88) mit Rechtsherzbelastung.",
              (None, 88, 88, "Beidseitige Lungenembolie")),
            S("Tiefe Beinvenenthrombose links (Serie 4 Bild 210).",
              (4, 210, 210, "Tiefe Beinvenenthrombose links")),
            S("Befund um 23:10 Uhr an den Diensthabenden der Station 4B mitgeteilt."),
        ]),
    ]),
    # ---------------------------------------------------------------- nguyen (US MR): (series 7, image 12)
    ("en", "nguyen", [
        ("TECHNIQUE:", [
            S("Multiparametric MRI of the prostate at 3 T; DWI b-values 50, 800, 1400."),
        ]),
        ("FINDINGS:", [
            S("Prostate volume 48 mL, PSA density 0.15 ng/mL/mL."),
            S("Left peripheral zone posterolateral lesion at the mid gland, 1.2 cm, PI-RADS 4 "
              "(axial T2 series 5 image 14).",
              (5, 14, 14, "Left peripheral zone posterolateral lesion at the mid gland, 1.2 cm, PI-RADS 4")),
            S("Corresponding restricted diffusion, ADC 750 (series 7, image 12).",
              (7, 12, 12, "Corresponding restricted diffusion, ADC 750")),
            S("Right transition zone nodule, PI-RADS 2 (se 8/im 22).", (8, 22, 22, "Right transition zone nodule, "
                                                                        "PI-RADS 2")),
            S("No extraprostatic extension; seminal vesicles normal."),
            S("No pelvic adenopathy; 4 mm left external iliac node is within normal limits."),
            S("Small bone island in the right iliac bone (series 9, images 30-31).",
              (9, 30, 31, "Small bone island in the right iliac bone")),
        ]),
        ("IMPRESSION:", [
            S("PI-RADS 4 lesion in the left peripheral zone (axial T2 series 5 image 14); targeted biopsy "
              "recommended.", (5, 14, 14, "PI-RADS 4 lesion in the left peripheral zone")),
            S("Gleason correlation: prior biopsy 3+3=6 on 2/2023."),
        ]),
    ]),
    ("en", "nguyen", [
        ("FINDINGS:", [
            S("2.3 cm T2 hyperintense, T1 hypointense lesion in the right frontal lobe (series 4, image 18).",
              (4, 18, 18, "2.3 cm T2 hyperintense, T1 hypointense lesion in the right frontal lobe")),
            S("Thick nodular rim enhancement (series 11, images 90-94) with central necrosis.",
              (11, 90, 94, "Thick nodular rim enhancement")),
            S("Surrounding vasogenic edema with 4 mm leftward midline shift (se 6/im 20).",
              (6, 20, 20, "Surrounding vasogenic edema with 4 mm leftward midline shift")),
            S("Elevated rCBV in the enhancing rim, ratio 3.1 (series 15, image 7).",
              (15, 7, 7, "Elevated rCBV in the enhancing rim, ratio 3.1")),
            S("No hydrocephalus; the 4th ventricle is normal."),
            S("Small developmental venous anomaly in the left cerebellum (series 11, image 40).",
              (11, 40, 40, "Small developmental venous anomaly in the left cerebellum")),
        ]),
        ("IMPRESSION:", [
            S("Necrotic right frontal mass (series 11, images 90-94), favor high-grade glioma, WHO grade 4.",
              (11, 90, 94, "Necrotic right frontal mass")),
            S("Neurosurgery consult; follow-up in 6-8 weeks post-op."),
        ]),
    ]),
    # ---------------------------------------------------------------- mixed short reports
    ("de", "huber", [
        ("Befund:", [
            S("Mammographie beidseits in 2 Ebenen, ACR-Dichte C."),
            S("Gruppierter pleomorpher Mikrokalk links oben außen, 9 mm (Serie 2, Schicht 34).",
              (2, 34, 34, "Gruppierter pleomorpher Mikrokalk links oben außen, 9 mm")),
            S("Architekturstörung rechts bei 10 Uhr, 4 cm mamillenfern (Ser. 6/Schicht 12).",
              (6, 12, 12, "Architekturstörung rechts bei 10 Uhr, 4 cm mamillenfern")),
            S("Axillär beidseits unauffällige Lymphknoten bis 7 mm."),
        ]),
        ("Beurteilung:", [
            S("Links BI-RADS 4 (Serie 2, Schicht 34): Stanzbiopsie empfohlen.", (2, 34, 34, "Links BI-RADS 4")),
            S("Rechts BI-RADS 3, Kontrolle in 6 Monaten."),
        ]),
    ]),
    ("de", "zwahlen", [
        ("Befund:", [
            S("Ruptur des vorderen Kreuzbandes (SE 4 / IM 15-17).", (4, 15, 17, "Ruptur des vorderen Kreuzbandes")),
            S("Bone bruise am lateralen Femurkondylus und Tibiaplateau dorsal (Bild 11, Serie 6).",
              (6, 11, 11, "Bone bruise am lateralen Femurkondylus und Tibiaplateau dorsal")),
            S("Hinterhornriss des Innenmeniskus Grad 3 (SE 5 / IM 21).",
              (5, 21, 21, "Hinterhornriss des Innenmeniskus Grad 3")),
            S("Gelenkerguss mit 12 mm Tiefe im Recessus suprapatellaris."),
            S("Knorpel retropatellar Grad II nach Outerbridge."),
        ]),
        ("Beurteilung:", [
            S("VKB-Ruptur (SE 4 / IM 15-17) mit Innenmeniskusriss (SE 5 / IM 21).",
              (4, 15, 17, "VKB-Ruptur"), (5, 21, 21, "mit Innenmeniskusriss")),
        ]),
    ]),
    ("en", "miller", [
        ("FINDINGS:", [
            S("Obstructing 7 mm calculus at the right UVJ (series 2, image 98) with moderate hydronephrosis.",
              (2, 98, 98, "Obstructing 7 mm calculus at the right UVJ")),
            S("Nonobstructing 3 mm left lower pole stone (4:51).",
              (4, 51, 51, "Nonobstructing 3 mm left lower pole stone")),
            S("Bladder partially distended; prostate 5 cm transverse."),
            S("Colonic diverticulosis without diverticulitis."),
        ]),
        ("IMPRESSION:", [
            S("Obstructing right UVJ stone (series 2, image 98), 7 mm; urology notified at 11:20 AM.",
              (2, 98, 98, "Obstructing right UVJ stone")),
        ]),
    ]),
    ("en", "hughes", [
        ("Report:", [
            S("Displaced fracture of the right distal radius with 15 degrees dorsal angulation (image 22, series 3).",
              (3, 22, 22, "Displaced fracture of the right distal radius with 15 degrees dorsal angulation")),
            S("Undisplaced ulnar styloid fracture (im 25/ser 3).", (3, 25, 25, "Undisplaced ulnar styloid fracture")),
            S("Scaphoid intact on all 4 views; carpal alignment preserved."),
        ]),
        ("Conclusion:", [
            S("Distal radius fracture (image 22, series 3) for orthopaedic review in fracture clinic, Monday 9am.",
              (3, 22, 22, "Distal radius fracture")),
        ]),
    ]),
]

CONFOUNDER_REPORTS: list[Report] = [
    ("de", "huber", [
        ("Befund:", [
            S("Vergleich mit Voruntersuchung vom 14.03.2023 (Serie von 3 Aufnahmen)."),
            S("Lebersegmente IVa/IVb unauffällig, Pfortader 12 mm."),
            S("Schichtdicke 3 mm, Rekonstruktionsintervall 2 mm, 120 kV."),
            S("Wirbelkörper Th 11/12 mit Schmorl-Knötchen."),
            S("Aortendurchmesser 3,8 cm infrarenal, Verhältnis 1:2 zur Iliaca."),
        ]),
    ]),
    ("de", "zwahlen", [
        ("Befund:", [
            S("Fazekas 1, keine Mikroblutungen in der SWI (Sequenz 12)."),
            S("eGFR 45 ml/min/1,73m2, daher 50 ml KM."),
            S("Bosniak-Zyste IIF links, 2,4 cm, seit 2021 stabil."),
            S("HWS: Osteochondrose C5/6 und C6/7, Foramenstenose C5/6 links."),
            S("Beurteilung nach TI-RADS 3 (Knoten 14 mm)."),
        ]),
    ]),
    ("en", "miller", [
        ("FINDINGS:", [
            S("Comparison: CT 3/12/2024 and MRI 11/30/2023."),
            S("Lung-RADS 2, follow-up low-dose CT in 12 months."),
            S("Aortic root 4.1 cm; ascending aorta 3.9 cm at the level of the right PA."),
            S("Gleason 4+3=7 on biopsy of 8/2023, 3 of 12 cores positive."),
            S("Left ventricular ejection fraction 55-60% on echo of 7/1."),
        ]),
    ]),
    ("en", "hughes", [
        ("Report:", [
            S("Compared with the radiograph of 02/04/2024 (UK date)."),
            S("Cobb angle 12 degrees, T6-T11."),
            S("Tanner stage 3; bone age 11 years 6 months."),
            S("CT head: 5 mm slices, 2 series acquired, 1 series reformatted."),
            S("Image quality degraded by motion in 2/3 of the study."),
        ]),
    ]),
    ("de", "koller", [
        ("Befund:", [
            S("PSA 6,4 ng/ml, Quotient frei/gesamt 0,12."),
            S("Gleason-Score 3+4 in 2/12 Stanzen."),
            S("Segment 4/8 der Leber ohne Herd, Bild unauffällig."),
            S("WHO-Grad 2, Ki-67 5 %."),
            S("Drainage Charrière 12, Lage regelrecht, Tag 3 postoperativ."),
        ]),
    ]),
    ("en", "nguyen", [
        ("FINDINGS:", [
            S("Sequences: axial T2, DWI (b 0/1000), 3D T1 MPRAGE pre/post."),
            S("Ki-67 index 20%; MGMT methylated per pathology 5/2024."),
            S("Contrast: 7.5 mL gadobutrol at 2 mL/s."),
            S("Series 5 is degraded by motion; images of series 9 were not reviewed."),
            S("Extent of resection: 95% on the 48 h scan."),
        ]),
    ]),
]
