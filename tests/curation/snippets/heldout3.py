"""Held-out set 3: reference formats and confounders written before reading the grammar or the other sets.

Same shape as `refset.py` / `heldout.py`: each positive is (lang, text, [(series or None, image_start,
image_end), ...]) in text order; each confounder is (lang, text) with no reference. Written as reports from
different hospitals and RIS systems (DE/AT/CH, UK/US): full reports with several references, references at
the start, middle and end, nested brackets, semicolons, "vgl."/"see"/"cf.", keyword typos, capitals, odd
spacing, en dash and word ranges, lists across series.
Decisions this set encodes (the same as `heldout.py` where they overlap):
- A list or range under one series keyword shares that series: "Serie 3, Bild 45, 47 und 49" is three refs
  in series 3; "Bilder 45-48 (Serie 3)" is one range in series 3.
- An image with no series anywhere in its own reference is (None, image, image).
- A reference into the prior study ("Bild 20 der Voruntersuchung", "on the prior, series 2 image 30") is
  not mined; the current-study reference in the same sentence still is.
- A series with no image is not a reference; counts, ratios, levels, scores and dates are not either.
"""

from __future__ import annotations

Ref = tuple[int | None, int, int]

POSITIVES: list[tuple[str, str, list[Ref]]] = [
    # German (DE): position in the sentence
    ("de", "Serie 3, Bild 45: 8 mm großer Rundherd im rechten Oberlappen.", [(3, 45, 45)]),
    ("de", "Im rechten Unterlappen (Serie 4, Bild 112) ein 6 mm Knötchen.", [(4, 112, 112)]),
    ("de", "Neu aufgetretener Pleuraerguss rechts, Serie 2 Bild 88.", [(2, 88, 88)]),
    ("de", "In Serie 5 auf Bild 23 zeigt sich eine hypodense Leberläsion.", [(5, 23, 23)]),
    ("de", "Auf Bild 67 der Serie 4 vergrößerter Lymphknoten paratracheal.", [(4, 67, 67)]),
    ("de", "Vgl. Serie 3, Bild 102: Sklerosesaum um die Läsion.", [(3, 102, 102)]),
    ("de", "Milzinfarkt am Unterpol (s. Serie 6, Bild 40).", [(6, 40, 40)]),
    ("de", "Nierenzyste links (siehe Serie 5 Bild 71), Bosniak I.", [(5, 71, 71)]),
    ("de", "Aszites im kleinen Becken, siehe Bild 130 in Serie 4.", [(4, 130, 130)]),
    ("de", "Raumforderung Pankreaskopf (vgl. Ser. 3/Bild 55), 2,4 cm.", [(3, 55, 55)]),
    # German: series/image spellings of different RIS templates
    ("de", "Hypodenser Herd Segment 8 (Se: 4 Im: 33).", [(4, 33, 33)]),
    ("de", "Kleines Lungenknötchen links apikal (Se:3/Im:21).", [(3, 21, 21)]),
    ("de", "Lymphknoten iliakal extern rechts, 14 mm (Serie/Bild 5/98).", [(5, 98, 98)]),
    ("de", "Osteolyse im Os ilium links (Ser./Bild 6/140).", [(6, 140, 140)]),
    ("de", "Harnleiterstein links prävesikal (Se/Bi 4/160).", [(4, 160, 160)]),
    ("de", "Nebenmilz am Milzhilus (Bildnummer 77, Serie 5).", [(5, 77, 77)]),
    ("de", "Verkalktes Granulom rechts (Bildnummer 54).", [(None, 54, 54)]),
    ("de", "Diskrete Milchglastrübung im Mittellappen (Aufnahme 63).", [(None, 63, 63)]),
    ("de", "Zyste im Nierenoberpol rechts, Schnittbild 48.", [(None, 48, 48)]),
    ("de", "Pneumobilie (Schnittbild 31 der Serie 3).", [(3, 31, 31)]),
    ("de", "Gallenblasenkonkrement (Serie 4, Schnittbild 52).", [(4, 52, 52)]),
    ("de", "Flüssigkeitsverhalt perihepatisch (Serie 601, Bild 77).", [(601, 77, 77)]),
    ("de", "Thrombus in der Pulmonalarterie links (Se 201, Bi 1234).", [(201, 1234, 1234)]),
    ("de", "Koronare Rekonstruktion: Hiatushernie (Serie 602, Bild 88, koronar).", [(602, 88, 88)]),
    ("de", "SERIE 3 BILD 45: RUNDHERD LINKER OBERLAPPEN.", [(3, 45, 45)]),
    ("de", "LYMPHKNOTEN AXILLÄR RECHTS (SERIE 2, BILD 30).", [(2, 30, 30)]),
    ("de", "Leberhämangiom (SE 5 BI 41).", [(5, 41, 41)]),
    # German: lists and ranges
    ("de", "Multiple Lebermetastasen (Serie 3, Bild 45, 47 und 49).", [(3, 45, 45), (3, 47, 47), (3, 49, 49)]),
    ("de", "Konglomerat mesenterialer Lymphknoten, Bilder 45-48 (Serie 3).", [(3, 45, 48)]),
    ("de", "Längerstreckige Darmwandverdickung des Colon descendens (Serie 4, Bild 45–48).", [(4, 45, 48)]),
    ("de", "Retroperitoneales Hämatom, Serie 5 Bilder 60 bis 72.", [(5, 60, 72)]),
    ("de", "Aortendissektion Typ B (Serie 3, Bilder 20 – 95).", [(3, 20, 95)]),
    ("de", "Rippenfrakturen rechts (Bild 34 und 41).", [(None, 34, 34), (None, 41, 41)]),
    ("de", "Kleine Zysten der Leber (Bilder 12, 18, 25).", [(None, 12, 12), (None, 18, 18), (None, 25, 25)]),
    ("de", "Spiculierter Herd (Se 3/Bi 45-48) und Satellitenherd (Se 3/Bi 52).", [(3, 45, 48), (3, 52, 52)]),
    ("de", "Bronchiektasen beidseits basal (Serie 3, Bild 140-155 und 160).", [(3, 140, 155), (3, 160, 160)]),
    ("de", "Wirbelkörperhämangiom BWK 9 (Serie 7 Bild 33 bis 35).", [(7, 33, 35)]),
    # German: several series in one sentence, semicolons, nested brackets
    ("de", "Rundherde beidseits (Serie 3, Bild 45; Serie 3, Bild 80).", [(3, 45, 45), (3, 80, 80)]),
    ("de", "Lebermetastase (Se 4/Bi 30; koronar Se 6/Bi 55).", [(4, 30, 30), (6, 55, 55)]),
    ("de", "Nebennierenknoten rechts (axial Serie 3 Bild 60 bzw. koronar Serie 5 Bild 40).",
     [(3, 60, 60), (5, 40, 40)]),
    ("de", "Lymphknoten mediastinal (4R [Serie 3, Bild 41], 7 [Serie 3, Bild 58]).", [(3, 41, 41), (3, 58, 58)]),
    ("de", "Pleuraständiger Herd (vgl. Voraufnahme; aktuell Serie 3 [Bild 77]).", [(3, 77, 77)]),
    ("de", "Kleiner Leberherd (hypodens [Serie 4, Bild 22]; arteriell nicht darstellbar).", [(4, 22, 22)]),
    ("de", "Serie 3: Bild 45 Rundherd rechts, Bild 60 Zyste links.", [(3, 45, 45), (3, 60, 60)]),
    # German: spacing and punctuation oddities
    ("de", "Pleuraerguss links(Serie3,Bild45).", [(3, 45, 45)]),
    ("de", "Milzzyste ( Serie 4 , Bild 19 ) ohne Größenänderung.", [(4, 19, 19)]),
    ("de", "Portalvenenthrombose (Serie  5  Bild  66).", [(5, 66, 66)]),
    ("de", "Zökumwandverdickung (Serie 4 - Bild 120).", [(4, 120, 120)]),
    ("de", "Divertikel Sigma (Serie:4 Bild:133).", [(4, 133, 133)]),
    ("de", "Lungenrundherd (Se.3 Bi.45)", [(3, 45, 45)]),
    ("de", "Perikarderguss, max. 9 mm (Serie 3,Bild 90)", [(3, 90, 90)]),
    ("de", "Kleine Lungenembolie im Unterlappensegment (S.3 B.90).", [(3, 90, 90)]),
    # German: keyword typos
    ("de", "Rundherd rechts (Sreie 3, Bild 45).", [(3, 45, 45)]),
    ("de", "Leberläsion (Serie 4, Bidl 38).", [(4, 38, 38)]),
    ("de", "Lymphknoten axillär links (Seire 2 Bild 41).", [(2, 41, 41)]),
    ("de", "Nierenzyste (Serie 5, Bld 70).", [(5, 70, 70)]),
    ("de", "Osteophyt (Sereie 7, Biild 22).", [(7, 22, 22)]),
    # Austria: Sequenz, Schichtbild, Befundvorlage
    ("de", "Bandscheibenprotrusion L4/5 (Sequenz 7, Bild 12).", [(7, 12, 12)]),
    ("de", "Meniskusriss Hinterhorn medial (Sequenz 4 Bild 15 und 16).", [(4, 15, 15), (4, 16, 16)]),
    ("de", "Knochenmarködem Femurkondyle lateral (Seq. 5, Bild 9).", [(5, 9, 9)]),
    ("de", "Leberzyste Segment 4a (Serie 3 Schichtbild 47).", [(3, 47, 47)]),
    ("de", "Zyste des Pankreasschwanzes (vgl. Bild 88 der Serie 5), größenkonstant.", [(5, 88, 88)]),
    ("de", "Lungenrundherd li. OL, 7 mm, Se.3 / Bild 55.", [(3, 55, 55)]),
    # Switzerland: ss for ß, Schicht, slash forms
    ("de", "Grosser Pleuraerguss rechts (Serie 2, Schicht 40).", [(2, 40, 40)]),
    ("de", "Massiv vergrösserter Lymphknoten hilär links (Ser. 4, Schicht 61).", [(4, 61, 61)]),
    ("de", "Noduläre Verdichtung im Oberlappen (3/45), neu gegenüber Vorbefund.", [(3, 45, 45)]),
    ("de", "Subsegmentale Atelektase (Serie 3/Bild 101).", [(3, 101, 101)]),
    ("de", "Zystische Läsion im Pankreas (Serie 4 Bild 30-33), max. 12 mm gross.", [(4, 30, 33)]),
    # German: references with a prior-study part in the same sentence (only the current one counts)
    ("de", "Rundherd größenprogredient, aktuell Serie 3 Bild 45 (VU Serie 2, Bild 40).", [(3, 45, 45)]),
    ("de", "Metastase jetzt 14 mm (Serie 4, Bild 60; Voruntersuchung Bild 58).", [(4, 60, 60)]),
    # German: full reports with several references
    ("de", "Befund: Rundherd im rechten Oberlappen, 9 mm (Serie 3, Bild 41). Weiterer Herd im linken "
     "Unterlappen (Serie 3, Bild 128), 5 mm. Kein Pleuraerguss.", [(3, 41, 41), (3, 128, 128)]),
    ("de", "Leber: Zwei hypodense Läsionen in Segment 6 (Se 4/Bi 55) und Segment 2 (Se 4/Bi 21). Milz "
     "unauffällig. Nieren: Zyste links (Se 4/Bi 70).", [(4, 55, 55), (4, 21, 21), (4, 70, 70)]),
    ("de", "Beurteilung: 1. Progrediente pulmonale Metastasen (Serie 3, Bild 40 und 77). 2. Neuer "
     "Pleuraerguss rechts. 3. Lebermetastase Segment 7 (Serie 5, Bild 30).", [(3, 40, 40), (3, 77, 77), (5, 30, 30)]),
    ("de", "Thorax: Emphysem. Lunge: Milchglasherd rechts apikal, s. Serie 3 Bild 15. Mediastinum: "
     "Lymphknoten 4L, 11 mm, s. Serie 3 Bild 52.", [(3, 15, 15), (3, 52, 52)]),
    ("de", "Abdomen: Cholezystolithiasis (Serie 4, Bild 60–62). Appendix reizlos. Freie Flüssigkeit im "
     "Douglas-Raum (Serie 4, Bild 150).", [(4, 60, 62), (4, 150, 150)]),
    ("de", "MRT Knie rechts: Horizontalriss Innenmeniskushinterhorn (Sequenz 5, Bild 14). Knorpelschaden "
     "Grad 3 retropatellar (Sequenz 8, Bild 20).", [(5, 14, 14), (8, 20, 20)]),
    ("de", "CT Schädel: Hypodensität im Mediastromgebiet links (Serie 2, Bild 18 bis 22), frischer "
     "Infarkt. Keine Blutung.", [(2, 18, 22)]),
    ("de", "Wirbelsäule: Deckplattenimpression LWK 1 (Serie 6, Bild 33), ältere Fraktur BWK 12 "
     "(Serie 6, Bild 29).", [(6, 33, 33), (6, 29, 29)]),
    # English (UK): positions and keywords
    ("en", "Series 3, image 45: 8 mm nodule in the right upper lobe.", [(3, 45, 45)]),
    ("en", "In the right lower lobe (series 4 image 112) there is a 6 mm nodule.", [(4, 112, 112)]),
    ("en", "Small right pleural effusion, series 2 image 88.", [(2, 88, 88)]),
    ("en", "On image 67 of series 4 an enlarged right paratracheal node is seen.", [(4, 67, 67)]),
    ("en", "See series 3, image 102 for the sclerotic margin.", [(3, 102, 102)]),
    ("en", "Splenic infarct at the lower pole (cf. series 6, image 40).", [(6, 40, 40)]),
    ("en", "Simple left renal cyst (see image 71, series 5).", [(5, 71, 71)]),
    ("en", "Hypodense liver lesion segment 8 (Se: 4 Im: 33).", [(4, 33, 33)]),
    ("en", "Tiny left apical nodule (se 3 im 21).", [(3, 21, 21)]),
    ("en", "Right external iliac node, 14 mm short axis (series/image 5/98).", [(5, 98, 98)]),
    ("en", "Lytic lesion in the left iliac bone (ser 6, im. 140).", [(6, 140, 140)]),
    ("en", "Left distal ureteric calculus (im. 160).", [(None, 160, 160)]),
    ("en", "Calcified granuloma on slice 54.", [(None, 54, 54)]),
    ("en", "Subtle ground glass in the middle lobe (axial image 63).", [(None, 63, 63)]),
    ("en", "Gallbladder calculus, axial image 52 of series 4.", [(4, 52, 52)]),
    ("en", "SERIES 3 IMAGE 45: SPICULATED MASS LEFT UPPER LOBE.", [(3, 45, 45)]),
    ("en", "Perihepatic collection (series 601, image 77).", [(601, 77, 77)]),
    ("en", "Hiatus hernia on the coronal reformat (series 602, image 88).", [(602, 88, 88)]),
    # English (US): RIS dictation templates
    ("en", "Right lower lobe nodule measuring 7 mm (series 2, image 45).", [(2, 45, 45)]),
    ("en", "Hepatic hypodensity too small to characterize (2:61).", [(2, 61, 61)]),
    ("en", "Left adrenal nodule measuring 1.4 cm (series 3 image #58).", [(3, 58, 58)]),
    ("en", "Enlarged subcarinal lymph node (image 120 on series 5).", [(5, 120, 120)]),
    ("en", "Pancreatic tail cyst (img 33, ser 4), unchanged.", [(4, 33, 33)]),
    ("en", "Nonobstructing left renal stone (se:2 im:77).", [(2, 77, 77)]),
    ("en", "Sigmoid diverticulitis with small abscess (Series 4 Image 133).", [(4, 133, 133)]),
    ("en", "Aortic dissection flap extending to the iliacs (series 3, images 20 through 95).", [(3, 20, 95)]),
    # English: lists and ranges
    ("en", "Multiple hepatic metastases on images 45 and 47 of series 3.", [(3, 45, 45), (3, 47, 47)]),
    ("en", "Conglomerate mesenteric nodes, images 45-48 (series 3).", [(3, 45, 48)]),
    ("en", "Long segment bowel wall thickening (series 4, images 45–48).", [(4, 45, 48)]),
    ("en", "Retroperitoneal haematoma, series 5 images 60 to 72.", [(5, 60, 72)]),
    ("en", "Right rib fractures (images 34 and 41).", [(None, 34, 34), (None, 41, 41)]),
    ("en", "Several tiny hepatic cysts (images 12, 18, 25).", [(None, 12, 12), (None, 18, 18), (None, 25, 25)]),
    ("en", "Spiculated mass (se 3/im 45-48) with a satellite nodule (se 3/im 52).", [(3, 45, 48), (3, 52, 52)]),
    ("en", "Bilateral basal bronchiectasis (series 3, images 140-155 and 160).", [(3, 140, 155), (3, 160, 160)]),
    ("en", "Series 3 image 45, 47 and 49 show further pulmonary nodules.", [(3, 45, 45), (3, 47, 47), (3, 49, 49)]),
    # English: several series, semicolons, nested brackets
    ("en", "Bilateral nodules (series 3, image 45; series 3, image 80).", [(3, 45, 45), (3, 80, 80)]),
    ("en", "Liver metastasis (se 4/im 30; coronal se 6/im 55).", [(4, 30, 30), (6, 55, 55)]),
    ("en", "Mediastinal nodes (4R [series 3, image 41], 7 [series 3, image 58]).", [(3, 41, 41), (3, 58, 58)]),
    ("en", "Right adrenal nodule (axial series 3 image 60, coronal series 5 image 40).", [(3, 60, 60), (5, 40, 40)]),
    ("en", "Pleural based nodule (compare prior; now series 3 [image 77]).", [(3, 77, 77)]),
    ("en", "Series 3: image 45 right nodule, image 60 left cyst.", [(3, 45, 45), (3, 60, 60)]),
    # English: spacing, punctuation, typos
    ("en", "Left pleural effusion(series3,image45).", [(3, 45, 45)]),
    ("en", "Splenic cyst ( series 4 , image 19 ), unchanged.", [(4, 19, 19)]),
    ("en", "Portal vein thrombosis (Series  5  Image  66).", [(5, 66, 66)]),
    ("en", "Caecal wall thickening (series 4 - image 120).", [(4, 120, 120)]),
    ("en", "Pulmonary nodule (sereis 3, image 45).", [(3, 45, 45)]),
    ("en", "Liver lesion (series 4, imgae 38).", [(4, 38, 38)]),
    ("en", "Axillary node (seires 2 image 41).", [(2, 41, 41)]),
    ("en", "Renal cyst (series 5, iamge 70).", [(5, 70, 70)]),
    ("en", "Segmental embolus in the right lower lobe (Ser. 3, Img. 90)", [(3, 90, 90)]),
    # English: prior-study part in the same sentence (only the current one counts)
    ("en", "The nodule has grown, now series 3 image 45 (previously series 2 image 40 on the prior).", [(3, 45, 45)]),
    # English: full reports with several references
    ("en", "FINDINGS: Lungs: 9 mm right upper lobe nodule (series 3, image 41). Additional 5 mm left lower "
     "lobe nodule (series 3, image 128). No effusion.", [(3, 41, 41), (3, 128, 128)]),
    ("en", "Liver: two hypodense lesions in segment 6 (2:55) and segment 2 (2:21). Spleen normal. Kidneys: "
     "left simple cyst (2:70).", [(2, 55, 55), (2, 21, 21), (2, 70, 70)]),
    ("en", "IMPRESSION: 1. Progressive pulmonary metastases (series 3, images 40 and 77). 2. New right "
     "pleural effusion. 3. Segment 7 liver metastasis (series 5, image 30).", [(3, 40, 40), (3, 77, 77), (5, 30, 30)]),
    ("en", "Chest: emphysema. Lungs: ground-glass focus at the right apex, see series 3 image 15. "
     "Mediastinum: 11 mm station 4L node, see series 3 image 52.", [(3, 15, 15), (3, 52, 52)]),
    ("en", "MRI right knee: horizontal tear of the posterior horn medial meniscus (series 5, image 14). "
     "Grade 3 patellar chondral defect (series 8, image 20).", [(5, 14, 14), (8, 20, 20)]),
    ("en", "CT head: hypodensity in the left MCA territory (series 2, images 18 to 22), acute infarct. "
     "No haemorrhage.", [(2, 18, 22)]),
    ("en", "Spine: L1 superior endplate compression (series 6, image 33), old T12 fracture "
     "(series 6, image 29).", [(6, 33, 33), (6, 29, 29)]),
    ("en", "Impression: Appendicitis with appendicolith (series 2, image 71) and periappendiceal fat "
     "stranding (series 2, images 68-75).", [(2, 71, 71), (2, 68, 75)]),
]

CONFOUNDERS: list[tuple[str, str]] = [
    # measurements, fractions, ratios
    ("de", "Rundherd im rechten Oberlappen, 12 x 8 x 9 mm."),
    ("de", "Lymphknoten 14/9 mm, zuvor 12/8 mm."),
    ("de", "Stenose der A. carotis interna rechts von ca. 70 % (NASCET)."),
    ("de", "Thrombus verlegt etwa 2/3 des Lumens."),
    ("de", "Verhältnis Lymphknoten kurz- zu langachsig 1:2."),
    ("de", "Kontrastmittel 80 ml Imeron 350, Flussrate 3,5 ml/s."),
    ("de", "CTDIvol 8,4 mGy, DLP 345 mGy*cm."),
    ("en", "Nodule measures 12 x 8 x 9 mm."),
    ("en", "Node measuring 14/9 mm, previously 12/8 mm."),
    ("en", "Thrombus occupies approximately 2/3 of the lumen."),
    ("en", "Cardiothoracic ratio 0.55; aorta to pulmonary artery ratio 1:1.2."),
    ("en", "Contrast: 100 mL Omnipaque 350 at 4 mL/s."),
    # dates, times, versions, phone numbers, page numbers
    ("de", "Vergleich mit der Voruntersuchung vom 03.04.2023."),
    ("de", "Untersuchung am 12.3.24 um 10:45 Uhr."),
    ("de", "Befund telefonisch um 14.30 Uhr an Dr. med. X übermittelt."),
    ("de", "Rückfragen unter Tel. 0711/278-34567."),
    ("de", "Rückfragen Tel. +41 44 255 11 11 (Radiologie)."),
    ("de", "Auswertung mit syngo.via VB40, Software-Version 3.4.5."),
    ("de", "Seite 2/3"),
    ("de", "Seite 1 von 2, Fortsetzung folgt."),
    ("en", "Compared with the prior study dated 04/12/2023."),
    ("en", "Exam performed 3/4/2024 at 10:45."),
    ("en", "Findings discussed with Dr. Y by phone at 2:30 pm."),
    ("en", "Questions: call (555) 123-4567, ext. 45."),
    ("en", "Post-processing on workstation version 12.1.3."),
    ("en", "Page 2 of 3"),
    # lab values and reference ranges
    ("de", "Kreatinin 1,2 mg/dl, eGFR 45 ml/min/1,73m²."),
    ("de", "PSA 4,5 ng/ml, PSA-Dichte 0,15 ng/ml/cm³."),
    ("de", "Lipase 45 U/l (13-60)."),
    ("de", "Leukozyten 12,3/nl (4-10), CRP 45 mg/l."),
    ("en", "Creatinine 1.2 mg/dL, eGFR 45 mL/min/1.73 m2."),
    ("en", "Lipase 45 U/L (reference 13-60)."),
    ("en", "WBC 12.3 (4-11), CRP 45."),
    # TNM and scores
    ("de", "Tumorstadium cT3 cN1 cM0."),
    ("de", "Histologisch pT2a pN1 (3/15 Lymphknoten), L0 V0."),
    ("de", "3/4 Lymphknoten tumorbefallen."),
    ("de", "Mammographie BI-RADS 4, Dichte ACR C."),
    ("de", "PI-RADS 4 Läsion in der peripheren Zone links (Sektor 3p)."),
    ("de", "LI-RADS 5 Läsion in Segment 7/8, 23 mm."),
    ("de", "Gleason 3+4=7, ISUP Grad 2."),
    ("de", "Fazekas Grad 2, ASPECTS 8/10."),
    ("de", "Bosniak Kategorie 2F, Verlaufskontrolle in 6 Monaten."),
    ("de", "Knorpelschaden Grad 3 nach Outerbridge."),
    ("en", "Stage cT3 cN1 cM0."),
    ("en", "2/12 lymph nodes positive for carcinoma."),
    ("en", "BI-RADS 4: suspicious abnormality, biopsy recommended."),
    ("en", "PI-RADS 3 lesion in the left peripheral zone."),
    ("en", "LI-RADS 4 observation in segment 7, 18 mm."),
    ("en", "TI-RADS 3 nodule in the right lobe, follow-up in 1 year."),
    ("en", "Kellgren-Lawrence grade 3 osteoarthritis."),
    # vertebra levels and segments
    ("de", "Bandscheibenvorfall LWK 3/4 und L5/S1."),
    ("de", "Spinalkanalstenose C5/6, Neuroforamenstenose HWK 6/7."),
    ("de", "Deckplatteneinbruch Th 11/12."),
    ("de", "Leberläsion in Segment 7, weitere in den Segmenten IVa/IVb."),
    ("de", "Herd im 3. Segment des rechten Oberlappens."),
    ("en", "Disc protrusion at L4/5 and L5/S1."),
    ("en", "Foraminal narrowing C5/6 and C6/7."),
    ("en", "Liver lesions in segments 4a/4b and 7/8."),
    # "Serie" / "series" as "a series of"; series without image
    ("de", "Eine Serie von Metastasen in beiden Lungen."),
    ("de", "Serie von 3 Rippenfrakturen links."),
    ("de", "Untersuchung in 3 Serien (nativ, arteriell, venös)."),
    ("de", "Rekonstruktionen als Serie 601 ins PACS gesendet."),
    ("en", "A series of small nodules in both lower lobes."),
    ("en", "Series of 3 rib fractures on the left."),
    ("en", "Reformats sent to PACS as series 601."),
    ("en", "Limited T1 series due to motion."),
    # "Bild" in compounds, "image" in phrases
    ("de", "Bildgebung in 2 Ebenen ohne Fraktur."),
    ("de", "Röntgenbild des Thorax in 2 Ebenen vom 3.4."),
    ("de", "Krankheitsbild vereinbar mit Sarkoidose Stadium 2."),
    ("de", "Eingeschränkte Bildqualität durch Bewegungsartefakte, Grad 2."),
    ("de", "Im Bild zeigen sich 3 Rundherde."),
    ("de", "Bild einer Pneumonie im rechten Unterlappen."),
    ("de", "Schnittbildgebung in 3 Monaten empfohlen."),
    ("en", "Image quality degraded by motion, grade 2."),
    ("en", "Follow-up imaging in 3 months recommended."),
    ("en", "Imaging in 2 planes shows no fracture."),
    ("en", "Picture consistent with stage 2 sarcoidosis."),
    # slices, acquisitions, sequences: counts and parameters
    ("de", "Schichtdicke 1 mm, Rekonstruktion 3 mm."),
    ("de", "Der Herd liegt 3 Schichten oberhalb der Carina."),
    ("de", "Aufnahme in 2 Ebenen, seitlicher Strahlengang."),
    ("de", "Stationäre Aufnahme am 12.3. wegen Dyspnoe."),
    ("de", "Untersuchung in 3 Sequenzen, T2/FLAIR und DWI b 1000."),
    ("en", "64-slice CT with 1.25 mm slice thickness."),
    ("en", "The nodule lies 3 slices above the carina."),
    ("en", "Admission on 3/12 for dyspnoea."),
    # list numbering, German "im", abbreviations that look like keywords
    ("de", "Beurteilung: 1) Pneumonie rechts 2) Pleuraerguss 3) keine Lungenembolie."),
    ("de", "Befund im 2. Quartal unverändert."),
    ("de", "Gemäß S3-Leitlinie Verlaufskontrolle in 12 Monaten."),
    ("de", "Vitamin B12 250 pg/ml."),
    ("en", "Impression: 1) pneumonia 2) effusion 3) no embolism."),
    ("en", "Ketorolac 30 mg IM given."),
    ("en", "Blood pressure 120/80, heart rate 72."),
    ("en", "Follow-up per Fleischner 2017 guidelines in 6-12 months."),
    # prior-study references only: not mined
    ("de", "Vergleich: Rundherd auf Bild 20 der Voruntersuchung."),
    ("en", "Compare with image 30 of series 2 on the prior study."),
]
