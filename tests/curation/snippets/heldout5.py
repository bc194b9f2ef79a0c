"""Held-out set 5: whole reports by five radiologists, written before reading the grammar, mine.py or other sets.

Sets 1-3 are sentences; the miner was tuned on all three. This set is full multi-section report paragraphs
(Technik/Befund/Beurteilung, Technique/Findings/Impression) in German and English, each radiologist with
their own citing habit, mixed with the numbers a report is full of (measurements, dates, follow-up dates,
scores, vertebra levels, lab values, liver segments, doses) that must not be mined:

- "albers" (DE): always "(Se/Bi 3/45)", ranges "(Se/Bi 4/112-115)", two images "(Se/Bi 3/45, 3/67)".
- "brandt" (DE, one EN report): "[S3:B45]", ranges "[S4:B30-34]", lists "[S3:B45, B52]".
- "claasen" (DE, one EN report): "Bild 45 (Serie 3)", "Bilder 45-48 (Serie 3)", "image 45 (series 3)".
- "dawson" (EN): "(series 5 image 120)", "(series 5 images 120-124)", "(series 5 image 120 and 131)".
- "ertl" (DE and EN): "(3/45)" for series 3 image 45 and "img 45" / "(img 45)" without a series.

Record: a report is (lang, radiologist, sections); a section is (heading, sentences); a sentence is
(text, refs) with refs in text order; a ref is (series as written or None, image_start, image_end,
expected snippet). `report_text` joins a report: heading, newline, sentences joined by one space, a
blank line between sections. A sentence with no ref that holds a digit is a confounder sentence.

Snippet decisions (what a reader wants paired with the image):
- The clause that describes the finding, without the reference, without trailing punctuation, without a
  list number ("1."), a leading connective ("und", "sowie", "and"), or filler ("vgl.", "siehe", "see").
- The clause starts after the previous reference, a ";" or ": " in the sentence; inside one sentence a
  comma does not end it (a finding with its measurements stays whole).
- When the reference comes first (heading style "[S3:B45] Rundherd..." or "Bild 45 (Serie 3): ..."),
  the snippet is the finding that follows, up to the sentence end or the next reference.
- Two references on one finding ("(Se/Bi 3/45, 3/67)") share the same snippet.
"""

from __future__ import annotations

Ref = tuple[int | None, int, int, str]
Sentence = tuple[str, list[Ref]]
Section = tuple[str, list[Sentence]]
Report = tuple[str, str, list[Section]]


def S(text: str, *refs: Ref) -> Sentence:
    """One sentence and its expected refs."""
    return text, list(refs)


def report_text(report: Report) -> str:
    """The report as a RIS exports it: heading line, sentences, blank line between sections."""
    _, _, sections = report
    return "\n\n".join(f"{heading}\n" + " ".join(text for text, _ in sentences) for heading, sentences in sections)


def report_refs(report: Report) -> list[Ref]:
    """Expected refs of a whole report in text order."""
    return [ref for _, sentences in report[2] for _, refs in sentences for ref in refs]


REPORTS: list[Report] = [
    # ---------------------------------------------------------------- albers: (Se/Bi 3/45)
    ("de", "albers", [
        ("Technik:", [
            S("CT Thorax nach i.v. Gabe von 80 ml Imeron 350, Rekonstruktionen 1 mm und 5 mm, DLP 312 mGy*cm."),
        ]),
        ("Befund:", [
            S("Im rechten Oberlappen ein 8 mm großer solider Rundherd (Se/Bi 3/45).",
              (3, 45, 45, "Im rechten Oberlappen ein 8 mm großer solider Rundherd")),
            S("Ein weiterer, 4 mm messender Herd im Mittellappen (Se/Bi 3/88) ist seit der Voruntersuchung vom "
              "14.02.2023 größenkonstant.", (3, 88, 88, "Ein weiterer, 4 mm messender Herd im Mittellappen")),
            S("Mediastinale Lymphknoten bis 9 mm Kurzachse, paratracheal rechts 12 x 8 mm (Se/Bi 3/30).",
              (3, 30, 30, "Mediastinale Lymphknoten bis 9 mm Kurzachse, paratracheal rechts 12 x 8 mm")),
            S("Osteochondrose BWK 7/8 und BWK 8/9."),
            S("Knotige Verdickung der linken Nebenniere (Se/Bi 4/112-115), am ehesten Adenom.",
              (4, 112, 115, "Knotige Verdickung der linken Nebenniere")),
        ]),
        ("Beurteilung:", [
            S("1. Neuer 8 mm Rundherd im rechten Oberlappen (Se/Bi 3/45), Lung-RADS 4A.",
              (3, 45, 45, "Neuer 8 mm Rundherd im rechten Oberlappen")),
            S("2. Größenkonstanter Mittellappenherd (Se/Bi 3/88).", (3, 88, 88, "Größenkonstanter Mittellappenherd")),
            S("3. Kontroll-CT in 3 Monaten, etwa am 15.06.2024, empfohlen."),
        ]),
    ]),
    ("de", "albers", [
        ("Befund:", [
            S("Leber normal groß (16 cm in der MCL), homogen."),
            S("In Segment 7 eine 14 mm große, randständig kontrastierende Läsion (Se/Bi 5/34) sowie eine "
              "zweite in Segment 4a (Se/Bi 5/41).",
              (5, 34, 34, "In Segment 7 eine 14 mm große, randständig kontrastierende Läsion"),
              (5, 41, 41, "eine zweite in Segment 4a")),
            S("Gallenblase mit 2 Konkrementen bis 11 mm (Se/Bi 5/58, 5/61).",
              (5, 58, 58, "Gallenblase mit 2 Konkrementen bis 11 mm"),
              (5, 61, 61, "Gallenblase mit 2 Konkrementen bis 11 mm")),
            S("Pankreas altersentsprechend, Ductus Wirsungianus 2 mm."),
            S("Nierenzyste rechts, Bosniak 2F, 23 mm (Se/Bi 5/77).",
              (5, 77, 77, "Nierenzyste rechts, Bosniak 2F, 23 mm")),
            S("Bandscheibenprotrusion LWK 4/5, Spondylolisthesis Grad 1 L5/S1."),
        ]),
        ("Beurteilung:", [
            S("Zwei neue, metastasensuspekte Leberläsionen (Se/Bi 5/34 und 5/41) bei bekanntem Kolonkarzinom "
              "(pT3 pN1 M0, ED 03/2022).",
              (5, 34, 34, "Zwei neue, metastasensuspekte Leberläsionen"),
              (5, 41, 41, "Zwei neue, metastasensuspekte Leberläsionen")),
            S("CEA zuletzt 12,4 ng/ml (Labor vom 02.05.2024)."),
        ]),
    ]),
    ("de", "albers", [
        ("Befund:", [
            S("Vergleich mit der Voruntersuchung vom 03.11.2023."),
            S("Das bekannte Bronchialkarzinom im linken Unterlappen misst aktuell 34 x 27 mm (Se/Bi 3/140), "
              "zuvor 41 x 30 mm.",
              (3, 140, 140, "Das bekannte Bronchialkarzinom im linken Unterlappen misst aktuell 34 x 27 mm")),
            S("Rückläufige Atelektase im Unterlappen links (Se/Bi 3/152-160).",
              (3, 152, 160, "Rückläufige Atelektase im Unterlappen links")),
            S("Schmaler Pleuraerguss links, maximal 18 mm (Se/Bi 3/171).",
              (3, 171, 171, "Schmaler Pleuraerguss links, maximal 18 mm")),
            S("Hiläre Lymphknoten links 2/3 kleiner als zuvor."),
            S("Osteolyse im Wirbelkörper BWK 9 (Se/Bi 6/45), in der sagittalen Rekonstruktion gut abgrenzbar.",
              (6, 45, 45, "Osteolyse im Wirbelkörper BWK 9")),
        ]),
        ("Beurteilung:", [
            S("Partielle Remission nach RECIST 1.1 (Summe 34 mm, zuvor 41 mm)."),
            S("Neue Osteolyse BWK 9 (Se/Bi 6/45), metastasensuspekt.", (6, 45, 45, "Neue Osteolyse BWK 9")),
        ]),
    ]),
    ("de", "albers", [
        ("Befund:", [
            S("MRT Schädel nativ und nach 7,5 ml Gadovist, Sequenzen T1, T2, FLAIR, DWI b 1000."),
            S("Im Marklager frontal rechts eine 6 mm FLAIR-hyperintense Läsion (Se/Bi 7/18).",
              (7, 18, 18, "Im Marklager frontal rechts eine 6 mm FLAIR-hyperintense Läsion")),
            S("Kontrastmittelaufnehmende Läsion im linken Kleinhirn, 9 mm (Se/BI 11/6), ohne Diffusionsstörung.",
              (11, 6, 6, "Kontrastmittelaufnehmende Läsion im linken Kleinhirn, 9 mm")),
            S("Mikroangiopathie Fazekas 2."),
            S("Ventrikelsystem normal weit, Evans-Index 0,28."),
        ]),
        ("Beurteilung:", [
            S("Neue kontrastmittelaufnehmende Kleinhirnläsion links (Se/Bi 11/6), DD Metastase.",
              (11, 6, 6, "Neue kontrastmittelaufnehmende Kleinhirnläsion links")),
            S("Kontrolle in 6-8 Wochen."),
        ]),
    ]),
    ("de", "albers", [
        ("Befund:", [
            S("Abdomen-CT vom 21.08.2024, 10:45 Uhr, Notfall."),
            S("Freie Luft subphrenisch rechts (Se/Bi 2/12-14) und perihepatisch (Se/Bi 2/20).",
              (2, 12, 14, "Freie Luft subphrenisch rechts"), (2, 20, 20, "perihepatisch")),
            S("Wandverdickung des Sigmas auf 9 mm mit Divertikeln (Se/Bi 2/98).",
              (2, 98, 98, "Wandverdickung des Sigmas auf 9 mm mit Divertikeln")),
            S("Flüssigkeit im Douglas-Raum, ca. 40 ml."),
            S("Leukozyten 16,2/nl, CRP 187 mg/l laut Zuweisung."),
        ]),
        ("Beurteilung:", [
            S("Perforierte Sigmadivertikulitis (Hansen-Stock Typ IIc) mit freier Luft (Se/Bi 2/12-14).",
              (2, 12, 14, "Perforierte Sigmadivertikulitis (Hansen-Stock Typ IIc) mit freier Luft")),
            S("Befund um 11:05 Uhr telefonisch an Dr. Huber (Chirurgie) übermittelt."),
        ]),
    ]),
    # ---------------------------------------------------------------- brandt: [S3:B45]
    ("de", "brandt", [
        ("Befund:", [
            S("[S3:B45] Solider Rundherd im apikalen Oberlappen rechts, 11 mm.",
              (3, 45, 45, "Solider Rundherd im apikalen Oberlappen rechts, 11 mm")),
            S("[S3:B102] Milchglasherd im Unterlappen links, 7 mm.",
              (3, 102, 102, "Milchglasherd im Unterlappen links, 7 mm")),
            S("Keine Lymphadenopathie, mediastinale Lymphknoten < 10 mm."),
            S("Leberzyste in S7 (15 mm) [S4:B30].", (4, 30, 30, "Leberzyste in S7 (15 mm)")),
            S("Spondylose der BWS, Schmorl-Knötchen BWK 11/12."),
        ]),
        ("Beurteilung:", [
            S("Neuer Rundherd im rechten Oberlappen [S3:B45], Lung-RADS 4B, histologische Sicherung empfohlen.",
              (3, 45, 45, "Neuer Rundherd im rechten Oberlappen")),
            S("Milchglasherd links [S3:B102] Verlaufskontrolle in 6 Monaten.",
              (3, 102, 102, "Milchglasherd links")),
        ]),
    ]),
    ("de", "brandt", [
        ("Befund:", [
            S("Vorbefund vom 12/2023 liegt vor."),
            S("Pankreaskopfraumforderung 28 x 22 mm [S4:B30-34] mit Ummauerung der A. mesenterica superior.",
              (4, 30, 34, "Pankreaskopfraumforderung 28 x 22 mm")),
            S("Gestauter DHC bis 14 mm [S4:B25].", (4, 25, 25, "Gestauter DHC bis 14 mm")),
            S("Hypodense Leberläsionen in S2 und S6 [S4:B12, B41], bis 9 mm.",
              (4, 12, 12, "Hypodense Leberläsionen in S2 und S6"), (4, 41, 41, "Hypodense Leberläsionen in S2 und S6")),
            S("Bilirubin 6,8 mg/dl, CA 19-9 1240 U/ml."),
            S("Aszites nicht nachweisbar."),
        ]),
        ("Beurteilung:", [
            S("Lokal fortgeschrittenes Pankreaskopfkarzinom [S4:B30-34], NCCN nicht resektabel.",
              (4, 30, 34, "Lokal fortgeschrittenes Pankreaskopfkarzinom")),
            S("Lebermetastasen [S4:B12, B41].",
              (4, 12, 12, "Lebermetastasen"), (4, 41, 41, "Lebermetastasen")),
        ]),
    ]),
    ("de", "brandt", [
        ("Befund:", [
            S("MRT LWS: Bandscheibenvorfall L4/5 mediolateral links [S6:B9] mit Kompression der Wurzel L5.",
              (6, 9, 9, "Bandscheibenvorfall L4/5 mediolateral links")),
            S("Osteochondrose Modic Typ 2 LWK 5/SWK 1 [S6:B11].",
              (6, 11, 11, "Osteochondrose Modic Typ 2 LWK 5/SWK 1")),
            S("Spinalkanal 9 mm, Recessus beidseits eng (T2/STIR)."),
            S("Hämangiom LWK 2 [S5:B7].", (5, 7, 7, "Hämangiom LWK 2")),
        ]),
        ("Beurteilung:", [
            S("Sequestrierter Bandscheibenvorfall L4/5 links [S6:B9], Wurzelkompression L5.",
              (6, 9, 9, "Sequestrierter Bandscheibenvorfall L4/5 links")),
            S("Wiedervorstellung in 4-6 Wochen."),
        ]),
    ]),
    ("en", "brandt", [
        ("Findings:", [
            S("[S2:B66] Spiculated mass in the left upper lobe, 23 x 19 mm.",
              (2, 66, 66, "Spiculated mass in the left upper lobe, 23 x 19 mm")),
            S("Enlarged subcarinal node 14 mm [S2:B80].", (2, 80, 80, "Enlarged subcarinal node 14 mm")),
            S("Left adrenal nodule 12 mm, 8 HU [S3:B44-46], consistent with adenoma.",
              (3, 44, 46, "Left adrenal nodule 12 mm, 8 HU")),
            S("Emphysema, 15% low attenuation area."),
            S("Old fracture of the 7th rib."),
        ]),
        ("Impression:", [
            S("Left upper lobe mass [S2:B66], cT2a N2, Lung-RADS 4X.", (2, 66, 66, "Left upper lobe mass")),
            S("Recommend PET-CT and tumour board on 14/05/2024."),
        ]),
    ]),
    ("de", "brandt", [
        ("Befund:", [
            S("[S5:B21] Hypervaskularisierte Läsion in Lebersegment VIII, 19 mm, in der portalvenösen Phase "
              "mit Wash-out [S6:B21].",
              (5, 21, 21, "Hypervaskularisierte Läsion in Lebersegment VIII, 19 mm, in der portalvenösen Phase "
                          "mit Wash-out"),
              (6, 21, 21, "Hypervaskularisierte Läsion in Lebersegment VIII, 19 mm, in der portalvenösen Phase "
                          "mit Wash-out")),
            S("Zirrhotischer Leberumbau, Milz 14 cm."),
            S("Pfortader offen, 13 mm [S6:B33].", (6, 33, 33, "Pfortader offen, 13 mm")),
            S("AFP 45 ng/ml, Child-Pugh A6, MELD 9."),
        ]),
        ("Beurteilung:", [
            S("LI-RADS 5 Läsion Segment VIII [S5:B21], HCC.", (5, 21, 21, "LI-RADS 5 Läsion Segment VIII")),
        ]),
    ]),
    # ---------------------------------------------------------------- claasen: Bild 45 (Serie 3)
    ("de", "claasen", [
        ("Befund:", [
            S("Rundherd im rechten Unterlappen, 7 mm, Bild 112 (Serie 3).",
              (3, 112, 112, "Rundherd im rechten Unterlappen, 7 mm")),
            S("Bild 45 (Serie 3): subpleuraler Knoten im Oberlappen links, 5 mm.",
              (3, 45, 45, "subpleuraler Knoten im Oberlappen links, 5 mm")),
            S("Bronchiektasen im Mittellappen, Bilder 90-96 (Serie 3).",
              (3, 90, 96, "Bronchiektasen im Mittellappen")),
            S("Herz normal groß, Perikard 3 mm."),
            S("Aortenektasie 41 mm."),
        ]),
        ("Beurteilung:", [
            S("Zwei kleine Lungenrundherde (Bild 112 und Bild 45, Serie 3), Fleischner: Kontrolle in 6-12 Monaten.",
              (3, 112, 112, "Zwei kleine Lungenrundherde"), (3, 45, 45, "Zwei kleine Lungenrundherde")),
            S("Ektasie der Aorta ascendens 41 mm."),
        ]),
    ]),
    ("de", "claasen", [
        ("Befund:", [
            S("Zum Vergleich liegt die CT vom 05.09.2023 vor."),
            S("Die Nierenzyste links hat an Größe zugenommen, jetzt 31 mm, Bild 67 (Serie 5).",
              (5, 67, 67, "Die Nierenzyste links hat an Größe zugenommen, jetzt 31 mm")),
            S("Neu ein 12 mm großer, KM-aufnehmender Knoten am Unterpol rechts, Bild 88 (Serie 5).",
              (5, 88, 88, "Neu ein 12 mm großer, KM-aufnehmender Knoten am Unterpol rechts")),
            S("Dichtewert nativ 38 HE, nach KM 112 HE."),
            S("Prostata vergrößert, Volumen 54 ml."),
            S("Sklerotischer Herd im Os ilium links, Bilder 140-142 (Serie 5).",
              (5, 140, 142, "Sklerotischer Herd im Os ilium links")),
        ]),
        ("Beurteilung:", [
            S("Solider Nierentumor rechts, Bild 88 (Serie 5), suspekt auf Nierenzellkarzinom.",
              (5, 88, 88, "Solider Nierentumor rechts")),
            S("PSA 4,1 ng/ml; PI-RADS Beurteilung nur in der MRT möglich."),
        ]),
    ]),
    ("de", "claasen", [
        ("Befund:", [
            S("MRT Knie rechts, 3 Tesla, Sequenzen PD fs in 3 Ebenen, T1 koronar."),
            S("Horizontalriss im Hinterhorn des Innenmeniskus, Bild 14 (Serie 4).",
              (4, 14, 14, "Horizontalriss im Hinterhorn des Innenmeniskus")),
            S("Knochenmarködem im medialen Femurkondylus, Bilder 11-13 (Serie 6).",
              (6, 11, 13, "Knochenmarködem im medialen Femurkondylus")),
            S("Knorpelschaden Grad 3 nach ICRS retropatellar, Bild 22 (Serie 8).",
              (8, 22, 22, "Knorpelschaden Grad 3 nach ICRS retropatellar")),
            S("Kreuzbänder intakt."),
            S("Gelenkerguss, Baker-Zyste 25 x 12 mm."),
        ]),
        ("Beurteilung:", [
            S("Innenmeniskushinterhornriss, Bild 14 (Serie 4).", (4, 14, 14, "Innenmeniskushinterhornriss")),
            S("Chondropathie Grad 3 retropatellar."),
        ]),
    ]),
    ("en", "claasen", [
        ("Findings:", [
            S("Hypodense lesion in liver segment 6, 18 mm, image 54 (series 4).",
              (4, 54, 54, "Hypodense lesion in liver segment 6, 18 mm")),
            S("Image 71 (series 4): enlarged retroperitoneal lymph node 16 mm.",
              (4, 71, 71, "enlarged retroperitoneal lymph node 16 mm")),
            S("Mild hydronephrosis on the left, images 60-64 (series 4).",
              (4, 60, 64, "Mild hydronephrosis on the left")),
            S("Creatinine 1.4 mg/dL, eGFR 48."),
            S("Degenerative disc disease L3/4 and L4/5."),
        ]),
        ("Impression:", [
            S("Progressive retroperitoneal lymphadenopathy, image 71 (series 4).",
              (4, 71, 71, "Progressive retroperitoneal lymphadenopathy")),
            S("Follow-up CT in 3 months (around 09/2024)."),
        ]),
    ]),
    ("de", "claasen", [
        ("Befund:", [
            S("Schilddrüse: Knoten im rechten Lappen, 14 mm, Bild 8 (Serie 2), TI-RADS 4.",
              (2, 8, 8, "Knoten im rechten Lappen, 14 mm")),
            S("Zervikale Lymphknoten Level II rechts bis 11 mm, Bild 15 (Serie 2).",
              (2, 15, 15, "Zervikale Lymphknoten Level II rechts bis 11 mm")),
            S("Spondylarthrose C5/6 und C6/7."),
            S("TSH 0,3 mU/l."),
        ]),
        ("Beurteilung:", [
            S("Schilddrüsenknoten rechts (TI-RADS 4), Bild 8 (Serie 2), Feinnadelpunktion empfohlen.",
              (2, 8, 8, "Schilddrüsenknoten rechts (TI-RADS 4)")),
        ]),
    ]),
    # ---------------------------------------------------------------- dawson: (series 5 image 120)
    ("en", "dawson", [
        ("Technique:", [
            S("CT chest, abdomen and pelvis with 100 mL Omnipaque 350, portal venous phase, 1.25 mm and 5 mm."),
        ]),
        ("Findings:", [
            S("There is a 9 mm solid nodule in the right lower lobe (series 5 image 120).",
              (5, 120, 120, "There is a 9 mm solid nodule in the right lower lobe")),
            S("A 4 mm perifissural nodule (series 5 image 88) is unchanged since 03/12/2022.",
              (5, 88, 88, "A 4 mm perifissural nodule")),
            S("Hepatic steatosis, liver attenuation 38 HU."),
            S("Indeterminate 11 mm lesion in segment 8 of the liver (series 6 image 34).",
              (6, 34, 34, "Indeterminate 11 mm lesion in segment 8 of the liver")),
            S("Bilateral renal cysts up to 2.3 cm, Bosniak 1 (series 6 images 70-73).",
              (6, 70, 73, "Bilateral renal cysts up to 2.3 cm, Bosniak 1")),
            S("Mild compression deformity of T12, approximately 20% height loss."),
        ]),
        ("Impression:", [
            S("1. 9 mm right lower lobe nodule (series 5 image 120), Lung-RADS 4A; follow-up low-dose CT in 3 months.",
              (5, 120, 120, "9 mm right lower lobe nodule")),
            S("2. Indeterminate hepatic lesion (series 6 image 34); MRI recommended.",
              (6, 34, 34, "Indeterminate hepatic lesion")),
        ]),
    ]),
    ("en", "dawson", [
        ("Findings:", [
            S("Comparison: CT 2023-06-14."),
            S("The right hilar mass now measures 4.1 x 3.2 cm (series 3 image 61), previously 3.5 x 2.9 cm.",
              (3, 61, 61, "The right hilar mass now measures 4.1 x 3.2 cm")),
            S("New nodules in the left lower lobe (series 3 image 140 and 151).",
              (3, 140, 140, "New nodules in the left lower lobe"), (3, 151, 151, "New nodules in the left lower lobe")),
            S("Small left pleural effusion."),
            S("Sclerotic lesion in the T8 vertebral body (series 7 image 40).",
              (7, 40, 40, "Sclerotic lesion in the T8 vertebral body")),
            S("Heart size normal; coronary calcium score not assessed."),
        ]),
        ("Impression:", [
            S("Progression per RECIST 1.1: target sum 41 mm versus 35 mm."),
            S("New left lower lobe nodules (series 3 image 140 and 151) and new T8 lesion (series 7 image 40), "
              "consistent with metastatic disease.",
              (3, 140, 140, "New left lower lobe nodules"), (3, 151, 151, "New left lower lobe nodules"),
              (7, 40, 40, "new T8 lesion")),
        ]),
    ]),
    ("en", "dawson", [
        ("Findings:", [
            S("MRI brain with and without gadolinium, 1.5 T."),
            S("There is a 14 mm enhancing lesion in the right parietal lobe (series 9 image 22) with surrounding "
              "T2/FLAIR hyperintensity.",
              (9, 22, 22, "There is a 14 mm enhancing lesion in the right parietal lobe")),
            S("Restricted diffusion in the left centrum semiovale (series 4 images 15-17), ADC 540.",
              (4, 15, 17, "Restricted diffusion in the left centrum semiovale")),
            S("Chronic microvascular change, Fazekas grade 1."),
            S("Midline shift 3 mm."),
        ]),
        ("Impression:", [
            S("1. Enhancing right parietal lesion (series 9 image 22), likely metastasis.",
              (9, 22, 22, "Enhancing right parietal lesion")),
            S("2. Acute left centrum semiovale infarct (series 4 images 15-17).",
              (4, 15, 17, "Acute left centrum semiovale infarct")),
            S("NIHSS 4 at 08:30 per referral."),
        ]),
    ]),
    ("en", "dawson", [
        ("Findings:", [
            S("Pancreatic duct dilated to 5 mm."),
            S("Hypoenhancing mass in the pancreatic tail measuring 26 mm (series 5 image 47).",
              (5, 47, 47, "Hypoenhancing mass in the pancreatic tail measuring 26 mm")),
            S("Splenic vein narrowed (series 5 image 45), no thrombosis.", (5, 45, 45, "Splenic vein narrowed")),
            S("Multiple hepatic hypodensities, the largest 15 mm in segment 2 (series 5 image 19).",
              (5, 19, 19, "Multiple hepatic hypodensities, the largest 15 mm in segment 2")),
            S("CA 19-9 was 860 U/mL on 2 May."),
            S("L1 vertebral haemangioma."),
        ]),
        ("Impression:", [
            S("Pancreatic tail carcinoma (series 5 image 47) with probable hepatic metastases (series 5 image 19).",
              (5, 47, 47, "Pancreatic tail carcinoma"), (5, 19, 19, "probable hepatic metastases")),
        ]),
    ]),
    ("en", "dawson", [
        ("Findings:", [
            S("Acute appendicitis: the appendix measures 11 mm with periappendiceal fat stranding (series 2 "
              "images 88-92).",
              (2, 88, 92, "the appendix measures 11 mm with periappendiceal fat stranding")),
            S("Appendicolith 6 mm (series 2 image 90).", (2, 90, 90, "Appendicolith 6 mm")),
            S("No free air; no abscess."),
            S("WBC 14.3, CRP 96."),
            S("Incidental 8 mm left ovarian cyst (series 2 image 110), no follow-up needed per ACR.",
              (2, 110, 110, "Incidental 8 mm left ovarian cyst")),
        ]),
        ("Impression:", [
            S("Acute uncomplicated appendicitis (series 2 images 88-92), Alvarado score 7.",
              (2, 88, 92, "Acute uncomplicated appendicitis")),
            S("Discussed with Dr Patel at 22:15 on 04/03/2024."),
        ]),
    ]),
    # ---------------------------------------------------------------- ertl: (3/45) and img 45
    ("de", "ertl", [
        ("Befund:", [
            S("Rundherd im linken Oberlappen, 12 mm (3/45).", (3, 45, 45, "Rundherd im linken Oberlappen, 12 mm")),
            S("Pleuraständiger Knoten rechts dorsal (3/118), 6 mm.",
              (3, 118, 118, "Pleuraständiger Knoten rechts dorsal")),
            S("Mediastinum: Lymphknoten 4R 11 mm (3/52), Station 7 10 mm.", (3, 52, 52, "Lymphknoten 4R 11 mm")),
            S("Zustand nach Sternotomie, Cerclagen 6/6 intakt."),
            S("Wirbelsäule: Osteochondrose BWK 6/7 (Th 6/7)."),
            S("Schilddrüsenknoten links 9 mm img 12, nicht weiter abklärungsbedürftig.",
              (None, 12, 12, "Schilddrüsenknoten links 9 mm")),
        ]),
        ("Beurteilung:", [
            S("Neuer Rundherd linker Oberlappen (3/45), Lung-RADS 4B.",
              (3, 45, 45, "Neuer Rundherd linker Oberlappen")),
            S("Grenzwertiger LK 4R (3/52).", (3, 52, 52, "Grenzwertiger LK 4R")),
        ]),
    ]),
    ("de", "ertl", [
        ("Befund:", [
            S("Vergleich: Voraufnahme 06/2023 (externes Haus)."),
            S("Leber mit zwei hypodensen Herden, 8 mm img 31 und 13 mm img 36.",
              (None, 31, 31, "Leber mit zwei hypodensen Herden, 8 mm"), (None, 36, 36, "13 mm")),
            S("Milz 12 x 5 cm, Nebenmilz 9 mm (4/40).", (4, 40, 40, "Milz 12 x 5 cm, Nebenmilz 9 mm")),
            S("Nieren: Zyste rechts 2/3 des Oberpols einnehmend, 4 cm (4/58-61).",
              (4, 58, 61, "Zyste rechts 2/3 des Oberpols einnehmend, 4 cm")),
            S("Harnblase mit 150 ml gefüllt."),
            S("Aorta abdominalis 2,8 cm, Iliakalarterien verkalkt."),
        ]),
        ("Beurteilung:", [
            S("Zwei neue Leberherde (img 31, img 36) seit 06/2023, MRT Leber empfohlen.",
              (None, 31, 31, "Zwei neue Leberherde"), (None, 36, 36, "Zwei neue Leberherde")),
            S("Kontrolle der Nierenzyste (Bosniak 2) in 12 Monaten."),
        ]),
    ]),
    ("en", "ertl", [
        ("Findings:", [
            S("Nodule in the right middle lobe 7 mm (3/77).", (3, 77, 77, "Nodule in the right middle lobe 7 mm")),
            S("Ground glass opacity left lower lobe img 130, 15 mm.",
              (None, 130, 130, "Ground glass opacity left lower lobe")),
            S("Trace pericardial effusion, 4 mm."),
            S("Degenerative changes C6/7 and T4/5."),
            S("Hiatal hernia (3/160).", (3, 160, 160, "Hiatal hernia")),
        ]),
        ("Impression:", [
            S("7 mm RML nodule (3/77) and 15 mm GGO (img 130): Fleischner follow-up CT in 6-12 months.",
              (3, 77, 77, "7 mm RML nodule"), (None, 130, 130, "15 mm GGO")),
            S("SpO2 94 % on arrival, D-dimer 0.4 mg/L: no PE study requested."),
        ]),
    ]),
    ("de", "ertl", [
        ("Befund:", [
            S("MRT Becken: Prostatavolumen 48 ml, PSA 9,2 ng/ml, PSA-Dichte 0,19."),
            S("Läsion in der peripheren Zone links apikal, 11 mm, PI-RADS 4 (5/14).",
              (5, 14, 14, "Läsion in der peripheren Zone links apikal, 11 mm, PI-RADS 4")),
            S("Diffusionsrestriktion ADC 650 img 14.", (None, 14, 14, "Diffusionsrestriktion ADC 650")),
            S("Zweite Läsion Transitionalzone rechts, PI-RADS 2 (5/20).",
              (5, 20, 20, "Zweite Läsion Transitionalzone rechts, PI-RADS 2")),
            S("Iliakale Lymphknoten bis 6 mm (7/33-35).", (7, 33, 35, "Iliakale Lymphknoten bis 6 mm")),
            S("Gleason-Score aus der Biopsie vom 11/2022: 3+3=6."),
        ]),
        ("Beurteilung:", [
            S("PI-RADS 4 Läsion links apikal (5/14), gezielte Biopsie empfohlen.",
              (5, 14, 14, "PI-RADS 4 Läsion links apikal")),
        ]),
    ]),
    ("de", "ertl", [
        ("Befund:", [
            S("Zustand nach Hemikolektomie rechts 2021."),
            S("Lokalrezidiv an der Anastomose, 24 x 18 mm (2/66-70).",
              (2, 66, 70, "Lokalrezidiv an der Anastomose, 24 x 18 mm")),
            S("Peritoneale Knoten im Mesenterium img 74 und img 79.",
              (None, 74, 74, "Peritoneale Knoten im Mesenterium"), (None, 79, 79, "Peritoneale Knoten im Mesenterium")),
            S("Kein Aszites, keine Lebermetastasen in Segment 1-8."),
            S("Hb 10,9 g/dl."),
        ]),
        ("Beurteilung:", [
            S("Lokalrezidiv (2/66-70) und Peritonealkarzinose (img 74, 79).",
              (2, 66, 70, "Lokalrezidiv"), (None, 74, 74, "Peritonealkarzinose"),
              (None, 79, 79, "Peritonealkarzinose")),
            S("Vorstellung im Tumorboard am 17.10.2024 um 14:30."),
        ]),
    ]),
]

# Reports with no reference: the numbers every radiologist writes.
CONFOUNDER_REPORTS: list[Report] = [
    ("de", "albers", [
        ("Befund:", [
            S("Lunge ohne Rundherde, keine Infiltrate."),
            S("Aorta ascendens 38 mm, Pulmonalarterie 27 mm."),
            S("Degenerative Veränderungen HWK 5/6, Uncovertebralarthrose C6/7."),
            S("Rippenfraktur 7. Rippe rechts dorsal, konsolidiert."),
            S("Vergleich mit der Serie von Voraufnahmen 2019-2023."),
        ]),
        ("Beurteilung:", [
            S("Kein Nachweis einer Lungenembolie (Wells-Score 2)."),
            S("Nächste Kontrolle am 12.12.2024."),
        ]),
    ]),
    ("de", "brandt", [
        ("Befund:", [
            S("Leber: Segment 7 und S8 unauffällig, keine fokalen Läsionen."),
            S("Gallenblase 9 x 3 cm, Wand 2 mm."),
            S("Nieren 11/12 cm, kein Harnstau."),
            S("Im Bild kein Hinweis auf freie Flüssigkeit."),
            S("Bildqualität durch Bewegungsartefakte eingeschränkt (Atemlage 2/3 Inspiration)."),
        ]),
        ("Beurteilung:", [
            S("Unauffälliges Abdomen, BMI 31, Dosis CTDIvol 8,4 mGy."),
        ]),
    ]),
    ("de", "claasen", [
        ("Befund:", [
            S("Mammographie beidseits in 2 Ebenen, ACR-Dichte C."),
            S("Gruppierter Mikrokalk rechts oben außen, 12 mm, BI-RADS 4."),
            S("Axillär rechts Lymphknoten 2/3 mit Fetthilus."),
            S("Serie 3 mit Bewegungsartefakten, Wiederholung nicht erforderlich."),
        ]),
        ("Beurteilung:", [
            S("BI-RADS 4 rechts, stanzbioptische Abklärung am 03.07.2024 um 9:30 Uhr."),
        ]),
    ]),
    ("en", "dawson", [
        ("Findings:", [
            S("T1 series and T2 series acquired; image quality degraded by motion."),
            S("Lumbar spine: L4/5 disc bulge, L5/S1 annular fissure, canal 11 mm."),
            S("Grade 1 anterolisthesis of L4 on L5 (3 mm)."),
            S("A series of small cysts in both kidneys, up to 9 mm."),
            S("Vitamin D 18 ng/mL, calcium 2.3 mmol/L."),
        ]),
        ("Impression:", [
            S("No acute abnormality; follow-up MRI in 12 months if symptoms persist (review 06/2025)."),
            S("Ratio of the AP diameter 3:1 at L4."),
        ]),
    ]),
    ("de", "ertl", [
        ("Befund:", [
            S("Knochenszintigraphie vom 21.3. zum Vergleich."),
            S("Lymphknoten 2/3 paraaortal (12/8 mm)."),
            S("Sinus frontalis (2/3 verschattet), Septumdeviation."),
            S("Wirbelkörperhöhe LWK 1 um 1/3 gemindert (LWK 3/4 unauffällig)."),
            S("Verhältnis Leber/Milz (1,1/1,0)."),
        ]),
        ("Beurteilung:", [
            S("Kontrolle in 3/12 Monaten (ca. 04/2025)."),
            S("eGFR 61 ml/min, Metformin 48 h pausieren."),
        ]),
    ]),
]
