"""DEV / training set for issue 16, round 18 (engineer refs-r18): compact "s:i" pairs after a word label, Austrian
abbreviated series/image words in running text, withdrawn citations in addenda, a heading that names an outside or
earlier study with its series, a dated prior pair after "previously".

Written from the round-18 brief's class descriptions of a blind set's misses (counts only), before this engineer read
the miner's grammar, candidate or timepoint code, and without opening any held-out set (no tests/heldout* file was
read). Markup is dev16c's: `⟦visible citation|spec⟧` with `S:I` / `S:I-J` items, `P` for the prior study; no
snippets. DE/AT/CH/UK/US habits.

Classes:
- BATCH1, a compact "s:i" pair led by a plane, phase, reconstruction or sequence label (koronar, sagittal, fused,
  delayed, arteriell, PD FS, T2, DWI, ADC, STIR), as the second citation of a bracket after a worded one and ";" or
  ",", as a range "s:a-b", several in one bracket, and in running text after a locative preposition ("located on",
  "listed on", "auf"). Confounders: ratios, clock times and scan times after the same words.
- BATCH2, Austrian abbreviated words in running text: "Sr. n Img. m" after a plane or sequence word, two citations
  joined by "bzw." or "und", three-digit reconstruction series ("Sr. 602"), an image range "Img. a bis b", the
  abbreviations without their dots after a plane abbreviation ("cor Sr 601 Img 17"). Confounders: strontium, "Sr."
  as a title.
- BATCH3, addenda that withdraw a citation: the corrected one is a reference, the withdrawn one ("not ... as
  dictated", "nicht wie angegeben", "irrtümlich", "statt", "instead of", "replaces", "fälschlich") is not.
  Near-confounders: a negated finding with its citation ("nicht mehr abgrenzbar (Serie 5, Bild 12)") stays one.
- BATCH4, a heading that names an outside or earlier examination with its series ("Externe CT (Serie 2):"), then
  image-only citations that inherit that series and its prior status, until a heading of today's examination with
  its own series.
- BATCH5, a prior pair with its date inside the same bracket after "previously/zuvor" ("(3:48 on 12/03/2024)").

Labelling decisions (as dev16j): S is the series the citation points into (written, else carried over in the same
sentence, else from the heading); `-` where no series can be known. P marks a citation into a previous or outside
study. A withdrawn citation is no reference.

Measured once on the unchanged miner (branch refs-r18 at 8eb9e9e, `include_prior=True`, the model scorer),
aggregate only:
- BATCH1 (20 excerpts, 32 refs, 0 prior, 3 confounder-only): tp=13 fp=0 fn=19 P 1.000 R 0.406.
- BATCH2 (13 excerpts, 17 refs, 0 prior, 2 confounder-only): tp=3 fp=14 fn=14 P 0.176 R 0.176.
- BATCH3 (13 excerpts, 13 refs, 0 prior, 0 confounder-only): tp=12 fp=9 fn=1 P 0.571 R 0.923.
- BATCH4 (7 excerpts, 20 refs, 10 prior, 0 confounder-only): tp=10 fp=10 fn=10 P 0.500 R 0.500.
- BATCH5 (7 excerpts, 14 refs, 7 prior, 0 confounder-only): tp=8 fp=0 fn=6 P 1.000 R 0.571.
- all five (60 excerpts, 96 refs, 17 prior, 5 confounder-only): tp=46 fp=33 fn=50 P 0.582 R 0.479.

After this round's rules (branch refs-r18, a dev figure: the set was then worked on): tp=96 fp=0 fn=0 with the model
and with the grammar alone (docs/snippets.md, round 18).
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4", "BATCH5"]


BATCH1: list[Excerpt] = [
    parse("de", "Hypodense Läsion im Lebersegment VII (⟦Serie 5, Bild 44|5:44⟧; ⟦koronar 602:31|602:31⟧)."),
    parse("en", "Spiculated nodule in the right upper lobe, 13 mm (⟦series 4, image 88|4:88⟧; "
                "⟦coronal 501:62|501:62⟧)."),
    parse("en", "Full-thickness cartilage defect of the medial femoral condyle (⟦series 6, image 14|6:14⟧; "
                "⟦PD FS 8:15|8:15⟧)."),
    parse("de", "Horizontaler Riss im Innenmeniskushinterhorn (⟦Serie 3, Bild 12|3:12⟧, ⟦sagittal PD FS 7:10|7:10⟧)."),
    parse("de", "Arteriell hypervaskularisierte Läsion Segment IVa (⟦Serie 4, Bild 51|4:51⟧; "
                "⟦arteriell 3:49|3:49⟧), im Verlauf Washout."),
    parse("en", "Restricted diffusion in the left insular cortex (⟦series 5, image 18|5:18⟧; ⟦DWI 9:18|9:18⟧; "
                "⟦ADC 10:18|10:18⟧)."),
    parse("de", "FDG-avider Nebennierenknoten links (⟦Serie 4, Bild 60|4:60⟧; ⟦fusioniert 12:60|12:60⟧)."),
    parse("en", "Hypermetabolic left supraclavicular node (⟦series 2, image 77|2:77⟧, ⟦fused 6:77|6:77⟧)."),
    parse("en", "Persistent enhancement of the renal mass (⟦series 7, image 33|7:33⟧; ⟦delayed 9:34|9:34⟧)."),
    parse("de", "Bandscheibensequester LWK 4/5 rechts (⟦Serie 5, Bild 11|5:11⟧; ⟦T2 sagittal 4:8-10|4:8-10⟧)."),
    parse("en", "Filling defect in the right lower lobe segmental artery (⟦series 3, image 140|3:140⟧; "
                "⟦coronal 5:60-64|5:60-64⟧)."),
    parse("en", "Bone marrow oedema of the talar dome (⟦sagittal STIR 7:12|7:12⟧, ⟦coronal PD FS 8:40|8:40⟧, "
                "⟦axial T2 3:88|3:88⟧)."),
    parse("de", "Ödem im Marklager frontal links (⟦T2 4:17|4:17⟧, ⟦FLAIR 6:17|6:17⟧)."),
    parse("en", "The index nodule is located on ⟦4:118|4:118⟧ of the lung window series."),
    parse("en", "For clarity, the target lesion is correctly listed on ⟦5:203|5:203⟧ in the PACS key images."),
    parse("de", "Der Zielherd ist auf ⟦6:41|6:41⟧ markiert."),
    parse("en", "The adrenal nodule is best seen on ⟦8:36|8:36⟧ (delayed phase)."),
    # confounders: ratios, clock times, scan times after the same words
    parse("en", "Arterial phase acquired at 10:45; delayed imaging at 10:52."),
    parse("de", "Verhältnis T2-Signal Läsion zu Muskel etwa 3:1, koronar gut abgrenzbar."),
    parse("en", "Bolus tracking delay 0:25 min (arterial), fused images reviewed."),
]

BATCH2: list[Excerpt] = [
    parse("de", "In der koronaren Rekonstruktion ⟦Sr. 602 Img. 41|602:41⟧ bzw. axial ⟦Sr. 3 Img. 88|3:88⟧ "
                "zeigt sich ein 6 mm Knoten im rechten Unterlappen."),
    parse("de", "Im axialen T2 ⟦Sr. 5 Img. 22|5:22⟧ und koronar ⟦Sr. 7 Img. 19|7:19⟧ Flüssigkeitsretention im "
                "Sinus maxillaris links."),
    parse("de", "Koronar ⟦Sr. 601 Img. 33 bis 37|601:33-37⟧ schmaler Pleuraerguss rechts."),
    parse("de", "Sagittal ⟦Sr. 603 Img. 58|603:58⟧ Deckplatteneinbruch BWK 12 ohne Hinterkantenbeteiligung."),
    parse("de", "Die Läsion ist in der Spätphase ⟦Sr. 9 Img. 70|9:70⟧ hypodens."),
    parse("de", "Koronar ⟦Sr. 601 Img. 12 bis 15|601:12-15⟧ und sagittal ⟦Sr. 602 Img. 40|602:40⟧ "
                "Fraktur des Processus styloideus radii."),
    parse("de", "Auf den axialen Bildern ⟦Sr. 4 Img. 102|4:102⟧ bzw. ⟦Sr. 4 Img. 107|4:107⟧ zwei kleine Zysten."),
    parse("de", "Im cor ⟦Sr 601 Img 17|601:17⟧ Verdickung der Gallenblasenwand."),
    parse("de", "Ax ⟦Sr 3 Img 61|3:61⟧ Kalkspritzer in der Aortenwand, sag ⟦Sr 602 Img 30|602:30⟧ ebenso."),
    parse("de", "T1 nativ ⟦Sr. 6 Img. 9|6:9⟧ und T1 KM ⟦Sr. 11 Img. 9|11:9⟧: Kontrastmittelaufnahme des Knotens."),
    parse("de", "Tra ⟦Sr. 2 Img. 140 bis 144|2:140-144⟧ vergrößerter Lymphknoten paraaortal."),
    # confounders: strontium, a title
    parse("de", "Z. n. Sr-89-Therapie 2023 bei ossären Metastasen, koronar unverändert."),
    parse("de", "Befund mit Sr. Dr. Huber besprochen, ax Rekonstruktionen nachgereicht."),
]

BATCH3: list[Excerpt] = [
    parse("de", "Nachtrag: Der beschriebene Herd liegt auf ⟦Serie 4, Bild 82|4:82⟧, nicht wie angegeben "
                "Serie 4, Bild 28."),
    parse("en", "ADDENDUM: The nodule is on ⟦series 3 image 112|3:112⟧, not image 121 as previously dictated."),
    parse("de", "Korrektur: Die Läsion befindet sich in ⟦Bild 56 der Serie 5|5:56⟧ (irrtümlich Bild 65 angegeben)."),
    parse("en", "Addendum: the fracture is seen on ⟦6:44|6:44⟧ (not 6:14 as stated)."),
    parse("en", "Addendum: the reference should read ⟦series 7, image 40|7:40⟧ instead of series 7, image 4."),
    parse("de", "Nachtrag: Statt Serie 2, Bild 33 muss es heißen ⟦Serie 2, Bild 38|2:38⟧."),
    parse("en", "Correction: ⟦image 58 of series 4|4:58⟧ replaces image 85 in the original report."),
    parse("de", "Korrigiert: ⟦Serie 3, Bild 140|3:140⟧ (zuvor fälschlich Serie 3, Bild 104)."),
    parse("en", "Addendum: erroneously cited as series 5, image 90; the correct reference is "
                "⟦series 5, image 99|5:99⟧."),
    parse("de", "Nachtrag: Der Lymphknoten ist auf ⟦Se 6 Bi 72|6:72⟧ abgebildet und nicht auf Se 6 Bi 27 "
                "wie diktiert."),
    # near-confounders: negated findings with their citation stay references
    parse("de", "Der Herd ist nicht mehr abgrenzbar (⟦Serie 5, Bild 12|5:12⟧)."),
    parse("en", "The node is not enlarged (⟦series 4, image 20|4:20⟧), not pathological by size criteria."),
    parse("de", "Keine Größenprogredienz der Zyste (⟦Se 3 Bi 51|3:51⟧), nicht kontrastmittelaufnehmend."),
]

BATCH4: list[Excerpt] = [
    parse("de", "Externe CT vom 03.02.2025 (Serie 2):\nRundherd rechts 8 mm (⟦Bild 45|2:45 P⟧).\n"
                "Lymphknoten subkarinal 12 mm (⟦Bild 77|2:77 P⟧).\nAktuelle CT (Serie 4):\n"
                "Rundherd rechts 11 mm (⟦Bild 52|4:52⟧).\nLymphknoten subkarinal 15 mm (⟦Bild 80|4:80⟧)."),
    parse("en", "Outside MRI of November 2024 (series 6):\nEnhancing lesion, left frontal, 14 mm (⟦image 20|6:20 P⟧).\n"
                "Today's MRI (series 8):\nEnhancing lesion, left frontal, 18 mm (⟦image 23|8:23⟧)."),
    parse("de", "Vorbefund (Serie 3):\nLeberläsion Segment VI 21 mm (⟦Bild 61|3:61 P⟧), Segment II 9 mm "
                "(⟦Bild 40|3:40 P⟧).\nAktuell (Serie 5):\nSegment VI 25 mm (⟦Bild 66|5:66⟧), Segment II 12 mm "
                "(⟦Bild 43|5:43⟧)."),
    parse("en", "Prior CT from outside hospital (series 201):\nRight adrenal nodule 19 mm (⟦image 55|201:55 P⟧).\n"
                "Current CT (series 3):\nRight adrenal nodule 19 mm (⟦image 58|3:58⟧), unchanged."),
    parse("de", "Fremdaufnahme MRI Spital Aarau (Serie 7):\nDiskushernie L5/S1 (⟦Bild 12|7:12 P⟧).\n"
                "Heutige MRI (Serie 4):\nDiskushernie L5/S1 kleiner (⟦Bild 10|4:10⟧)."),
    parse("en", "Comparison study (series 2):\nSubpleural nodule 5 mm (⟦image 101|2:101 P⟧).\n"
                "Pleural plaque (⟦image 130|2:130 P⟧).\nThis study (series 5):\nSubpleural nodule 5 mm "
                "(⟦image 104|5:104⟧).\nPleural plaque (⟦image 133|5:133⟧)."),
    parse("de", "Auswärtige PET-CT 09/2024 (Serie 6):\nLymphknoten iliakal links SUV 8,1 (⟦Bild 201|6:201 P⟧).\n"
                "Heutige PET-CT (Serie 6):\nLymphknoten iliakal links SUV 3,2 (⟦Bild 199|6:199⟧)."),
]

BATCH5: list[Excerpt] = [
    parse("en", "The nodule now measures 9 mm (⟦4:51|4:51⟧), previously 6 mm (⟦3:48 on 12/03/2024|3:48 P⟧)."),
    parse("en", "Left para-aortic node 18 mm (⟦series 5, image 66|5:66⟧), previously 11 mm "
                "(⟦5:61 on 2 May 2024|5:61 P⟧)."),
    parse("de", "Herd jetzt 14 mm (⟦6:30|6:30⟧), zuvor 10 mm (⟦4:28 am 05.06.2024|4:28 P⟧)."),
    parse("de", "Läsion 7 mm (⟦Se 3 Bi 44|3:44⟧), vormals 5 mm (⟦2:40 vom 14.01.2025|2:40 P⟧)."),
    parse("en", "Liver metastasis 31 mm (⟦7:22|7:22⟧), previously 22 mm (⟦4:90 on 2024-09-12|4:90 P⟧)."),
    parse("en", "Bone lesion unchanged in size (⟦series 6 image 141|6:141⟧), previously "
                "(⟦series 6 image 139 on 01/10/2024|6:139 P⟧)."),
    parse("de", "Pleuraerguss rückläufig (⟦2:88|2:88⟧), vorher (⟦3:90 am 20.12.2024|3:90 P⟧) deutlich mehr."),
]
