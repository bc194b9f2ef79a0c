"""DEV / training set for issue 16, round 10 (engineer dev16k-writer): report text that cites images, new author.

Written by a new author without reading the miner (curation/), docs/snippets*.md, bench/, any held-out set or the
texts of the dev sets dev16c..dev16j and dev16s; only dev16c's markup and `parse`, dev16j's docstring and the shape
tests of dev16h/dev16j were read. Markup is dev16c's: `⟦visible citation|spec⟧` with `S:I` / `S:I-J` items, `P`
for the prior study, `@plane` for a plane word in the reference's own bracket or clause; no snippet labels.

Mix (each batch about 100 excerpts; 180 of 301 German, the rest English):
- WHOLE structured reports and templates (8 per batch: header, indication, technique, comparison, findings by
  organ, impression/Beurteilung, recommendation): staging/restaging CT, PET/CT, liver and rectal MRI, prostate and
  breast MRI, CTPA, CTA, cardiac MRI, HRCT, radiographs and ultrasound (image-only citations).
- follow-up / oncology text comparing several timepoints: current, prior, baseline, nadir, "damals", "zuvor",
  "im Verlauf", "lt. Vorbefund", RECIST target-lesion lines, current and prior citations alternating in one
  bracket or sentence ("heute ... / damals ... / Baseline ..."), and a prior cue far before the citation in the
  same sentence ("Im Vergleich zur Voruntersuchung, in der ... (Serie 6, Bild 40)").
- CH ("Voruntersuchung", "Vorabklärung", "Vergleich mit ... vom") and AT ("Vorbefund", "lt. Vorbefund", "Bef.")
  habits; abbreviations with and without dots (Se./Se, Bi./Bi, Ser./Ser, S/B); slash and glued German forms
  ("Bild 4/71 und 4/73", "Bild 3/15-19", "Serie3Bild45", "Se4Bi21", "S6B10", "Se 4/Bi 60", "Bild 3/ 101").
- UK/US viewer notation: Se/Im, SE/IM, S:I, bare "(4:52)" in US reports, "series 601 image 45", "img 88 of 240",
  "img 66/180", "#45", "images 70 through 74", "Im 40, Se 2".
- position and phase labels inside the bracket (prone/supine, Bauch-/Rückenlage, arterial/venous/delayed,
  pre/post contrast, T1/T2/STIR/DWI/ADC/SWI/MIP/MRCP); plane words marked with `@plane`.
- lists and ranges, image-only citations carrying the series over, and dense numeric confounders in the same
  sentences (sizes, dates, clock times, levels, segments, doses, TNM, scores, lab values, "1 of 3", "image quality
  2", "Sequenz 3 von 5", key-image numbers, phone/fax/bleep numbers) plus 26-27 confounder-only excerpts a batch.

Labelling decisions (as a radiologist reads the report):
- S is the series the citation points into: written beside the image, else carried over from the series named
  earlier in the same sentence or paragraph, a "Serie 6 (koronar, venös):" heading, or the study's single cited
  series ("(Bi. 140)" after "(Se. 3, Bi. 51)"); `-` where no series is written anywhere (radiographs, ultrasound,
  "Schicht 33", "(#112)").
- German slash forms are series/image ("Bild 5/188" = 5:188, "Bild 4/88 und 4/92" = two items, "Bild 3/15-19" a
  range); "S:B 6:120", "S:I 5:38" and a US "(4:52)" are series:image.
- A range is one item, a list one item per image ("Bi 20/21" after "DWI Se 5" is the list 20, 21).
- P marks a citation into an earlier study: VU, Vorbefund, Vorabklärung, Voraufnahme, prior, previous, baseline,
  nadir, "damals", "zuvor", "gestern", "day 1", a dated comparison, or a clause that plainly describes the prior
  examination even when its cue stands far before the citation. A citation of the current study that only says
  the finding was already known ("present on all prior studies", "wie bereits beschrieben") is not P.
- Plane tags only for plane words (axial/transversal/tra -> axial, koronar/coronal, sagittal/sag.) in the
  reference's own bracket or clause, also for a plane in a "Serie 6 (koronar, venös):" heading; phases and
  positions are not planes.
- Left unmarked as genuinely ambiguous (BATCH3, stated here): "(44/3)" in a German report without any "Bild" or
  series habit (order unknown) and "(see 3/4)" (series/image, a date or a ratio).
- Not references: key-image/bookmark numbers, "image 2 of 3 cine planes", "Image 1 of 1 uploaded", "Seite 2/3",
  "Serie von 4 Kontrollen", "Series 4 reconstructed at 1 mm", "Phase 2 of 3".

Measured once per batch right after writing it (each batch committed first) on the unchanged miner (branch base
8bc6195, `include_prior=True`, dev16c's scorer via dev16h's `figures`), aggregates only, no miss was printed:
- BATCH1 (101 excerpts, 136 refs, 38 prior, 26 confounder-only): tp=119 fp=13 fn=17 P 0.902 R 0.875.
- BATCH2 (100 excerpts, 144 refs, 38 prior, 26 confounder-only): tp=123 fp=13 fn=21 P 0.904 R 0.854.
- BATCH3 (100 excerpts, 138 refs, 38 prior, 27 confounder-only): tp=118 fp=17 fn=20 P 0.874 R 0.855.
- all three (301 excerpts, 418 refs, 114 prior, 79 confounder-only): tp=360 fp=43 fn=58 P 0.893 R 0.861.
After the measurement two plane tags were added (BATCH2 and BATCH3 "T2 tra" -> `@axial`, for consistency with
"sag." and "transversal"); no series, image or prior label changed, and nothing was re-measured.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

_B1: list[tuple[str, str]] = [
    # --- whole structured reports -------------------------------------------------------------------------------
    ("de", """CT Thorax/Abdomen/Becken mit KM vom 14.05.2025
Indikation: Kolonkarzinom pT3 pN1a M0, Z.n. Hemikolektomie rechts 11/2023, Nachsorge.
Technik: Spiral-CT nach i.v. Gabe von 90 ml Iomeron 400, portalvenöse Phase, 1 mm Rekonstruktion, DLP 612 mGy*cm.
Vergleich: Voruntersuchung vom 02.12.2024 und Baseline vom 18.01.2024.
Befund:
Thorax: Neuer 6 mm Rundherd im Unterlappen rechts laterobasal (⟦Serie 3, Bild 212|3:212⟧), damals nicht \
abgrenzbar (⟦VU Serie 3, Bild 208|3:208 P⟧). Keine Lymphadenopathie.
Leber: Die Läsion in Segment 6 misst aktuell 18 x 15 mm (⟦Serie 5, Bild 61|5:61⟧), zuvor 12 x 10 mm \
(⟦Serie 4, Bild 58|4:58 P⟧) und bei Baseline 9 mm (⟦Se 4/Bi 60|4:60 P⟧).
Übriges Abdomen: Anastomose reizlos. Keine freie Flüssigkeit.
Beurteilung:
1. Progrediente Lebermetastase Segment 6.
2. Neuer pulmonaler Rundherd rechts, DD Metastase.
Empfehlung: Vorstellung im Tumorboard, ggf. MRT Leber mit Primovist."""),
    ("en", """EXAM: CT CHEST WITH CONTRAST
CLINICAL HISTORY: 67-year-old with NSCLC, on pembrolizumab, restaging.
TECHNIQUE: Axial images from thoracic inlet to adrenals after 75 mL Omnipaque 350. Coronal and sagittal \
reformats. CTDIvol 7.9 mGy.
COMPARISON: CT chest 02/11/2025 and PET/CT 10/28/2024 (baseline).
FINDINGS:
Lungs: The spiculated RUL mass now measures 2.1 x 1.6 cm (⟦series 2, image 48|2:48⟧), previously 2.9 x 2.2 cm \
(⟦series 2, image 51 on 02/11/2025|2:51 P⟧). Subsolid nodule in the lingula unchanged at 8 mm \
(⟦se 2 im 97|2:97⟧; ⟦prior se 3 im 95|3:95 P⟧).
Mediastinum: Subcarinal node 9 mm short axis (⟦Se 2 Im 66|2:66⟧), baseline 17 mm.
Pleura: Small left effusion, new.
Bones: Stable sclerotic focus T8 (sagittal, ⟦series 605 image 71|605:71 @sagittal⟧).
IMPRESSION:
1. Continued partial response of the RUL primary.
2. New small left pleural effusion."""),
    ("de", """MRI Abdomen (Leber) nativ und mit Primovist
Fragestellung: Verlaufskontrolle HCC nach TACE, Child-Pugh A6.
Vergleich mit der Voruntersuchung vom 03.03.2025 und der Vorabklärung vom 14.10.2024 (auswärtig).
Befund: Behandelte Läsion Segment 8 mit Lipiodol-Retention, ohne arterielles Randenhancement \
(arteriell, ⟦Se 1101 Bi 34|1101:34⟧). In der Voruntersuchung noch nodulärer Anteil dorsal von 9 mm \
(⟦Se 1001 Bi 31|1001:31 P⟧). Neue 14 mm Läsion Segment 4a mit Washout (venös ⟦Serie 14, Bild 22|14:22⟧; \
DWI b800 ⟦Serie 9, Bild 17|9:17⟧), damals nicht sichtbar.
Beurteilung: Komplette Response Segment 8 (mRECIST). Neue LI-RADS-5-Läsion Segment 4a.
Empfehlung: Besprechung am Tumorboard vom Donnerstag; Rückfragen Tel. 044 255 34 12."""),
    ("de", """Röntgen Thorax pa und seitlich vom 21.02.2025
Vorbefund: 11.02.2025.
Befund: Rückläufiges Infiltrat im rechten Unterfeld (⟦Bild 1|-:1⟧), im Vorbefund noch flächig \
(⟦Vorbefund Bild 1|-:1 P⟧). Kein Erguss. Herz normal groß, CTR 0,48.
Beurteilung: Regrediente Pneumonie rechts basal. Kontrolle in 4-6 Wochen empfohlen."""),
    ("en", """MRI LUMBAR SPINE WITHOUT CONTRAST
Indication: Low back pain radiating to left leg, L5 distribution. Pain score 7/10.
Comparison: MRI 06/03/2023.
Technique: Sagittal T1, T2, STIR; axial T2 L3-S1.
Findings: Conus terminates at L1. L4/5: Broad-based disc bulge with left paracentral extrusion contacting \
the traversing left L5 nerve root (axial T2 ⟦Se 7 Im 19|7:19 @axial⟧; sagittal T2 ⟦Se 3 Im 9|3:9 @sagittal⟧). \
On the prior the extrusion was smaller (⟦Se 4 Im 20|4:20 P⟧). L5/S1: Mild facet arthropathy, 1 of 3 \
Modic type 1 changes seen. Vertebral body heights preserved.
Impression: Enlarging left paracentral L4/5 extrusion contacting the left L5 root."""),
    ("de", """Befund PET/CT Ganzkörper (18F-FDG, 312 MBq) vom 09.04.2025
Klinik: DLBCL, Interim-PET nach 2 Zyklen R-CHOP. Blutzucker 96 mg/dl.
Vergleich: Staging-PET/CT vom 30.01.2025.
Befund: Zervikal links Lymphknoten Level IIa mit SUVmax 3,1 (⟦Serie 4, Bild 62|4:62⟧), im Staging SUVmax 14,8 \
(⟦Serie 4, Bild 60|4:60 P⟧). Mediastinales Konglomerat deutlich kleiner, 34 x 21 mm (⟦Bild 118|4:118⟧), \
damals 71 x 48 mm (⟦Bild 115|4:115 P⟧). Milz homogen, 11 cm.
Beurteilung: Deauville 3, gutes partielles metabolisches Ansprechen."""),
    ("en", """US ABDOMEN (RUQ)
History: Deranged LFTs, ALT 212, ALP 340. Previous scan 14/06/2024.
Findings: The gallbladder contains several mobile calculi, the largest 14 mm (⟦image 12|-:12⟧), with a 4 mm \
wall. CBD 8 mm at the porta (⟦images 15-16|-:15-16⟧), previously 5 mm. Liver echotexture mildly increased.
Conclusion: Cholelithiasis with mildly dilated CBD; MRCP suggested. Reported by Dr. K. Shah, ext. 4471."""),
    ("de", """CT Schädel nativ
Klinik: Sturz, GCS 14, Antikoagulation (INR 2,8).
Vergleich: CT vom Vortag, 22:40 Uhr.
Befund: Bekanntes Subduralhämatom links frontoparietal, aktuell 9 mm breit (⟦Serie 2, Bild 27|2:27⟧), \
gestern 7 mm (⟦Ser. 2, Bild 26|2:26 P⟧). Mittellinienverlagerung 3 mm (⟦Bild 24|2:24⟧), zuvor 2 mm. \
Keine neue Blutung.
Beurteilung: Leichte Größenzunahme des SDH links. Information an Dr. Huber (Neurochirurgie) um 07:15 Uhr."""),
    # --- short excerpts: prior / follow-up ----------------------------------------------------------------------
    ("de", "Die Nebennierenraumforderung links ist mit 24 mm (⟦Se. 3 Bi. 88|3:88⟧) gegenüber der Voruntersuchung "
           "vom 12.09.2024 (22 mm, ⟦Se. 3 Bi. 85|3:85 P⟧) nahezu unverändert."),
    ("de", "Im Vergleich zur Voruntersuchung, in der der Lymphknoten paraaortal links bei damals noch arterieller "
           "Kontrastierung 15 mm maß (⟦Serie 6, Bild 40|6:40 P⟧), jetzt 8 mm (⟦Serie 5, Bild 42|5:42⟧)."),
    ("de", "Zielläsion 1 (Lunge re. OL): aktuell 19 mm (⟦S5/B33|5:33⟧), Nadir 15 mm (⟦S5/B31 am 01.02.|5:31 P⟧), "
           "Baseline 27 mm (⟦S3/B35|3:35 P⟧) – Progress gegenüber Nadir (+27 %)."),
    ("en", "Target lesion 2 (segment 7 liver): 31 mm (⟦Se 601 Im 44|601:44⟧); baseline 22 mm "
           "(⟦Se 4 Im 40|4:40 P⟧); nadir 20 mm. RECIST 1.1 sum of diameters 78 mm vs 61 mm at nadir."),
    ("en", "Previously seen 11 mm right hilar node (prior 03/2024, ⟦series 3 image 61|3:61 P⟧) has resolved "
           "(⟦series 3 image 63|3:63⟧)."),
    ("de", "Der Befund war zuvor (⟦VU: Serie 201, Bild 77|201:77 P⟧) nur angedeutet und ist jetzt eindeutig "
           "(⟦Serie 201, Bild 79|201:79⟧)."),
    ("de", "Hepatische Läsionen: Segment 2 (⟦Bild 22|-:22⟧ vs. ⟦VU Bild 20|-:20 P⟧), Segment 4b "
           "(⟦Bild 41|-:41⟧ vs. ⟦VU Bild 39|-:39 P⟧), jeweils größenkonstant."),
    ("en", "Left adrenal nodule 14 mm (⟦4:52|4:52⟧), unchanged from prior (⟦prior 3:50|3:50 P⟧)."),
    ("de", "Gegenüber dem Vorbefund vom 17.03. (damals 2 von 3 Herden abgrenzbar, ⟦Se 5 Bi 100 und 112|5:100 5:112 P⟧) "
           "jetzt nur noch ein Herd (⟦Se 5 Bi 104|5:104⟧)."),
    ("de", "Die Aussackung der Aorta abdominalis infrarenal misst 46 mm (⟦Serie 4 Bild 140|4:140⟧), in der "
           "Voruntersuchung von 2023 42 mm (⟦Serie 4 Bild 138|4:138 P⟧); Wachstum 2 mm/Jahr."),
    ("en", "Compared with the study of 5 March, when the collection in the pelvis measured 6.2 cm and a drain "
           "had not yet been placed (⟦Se 3, Im 210|3:210 P⟧), it is now 2.4 cm (⟦Se 3, Im 205|3:205⟧)."),
    ("de", "Z.n. Radiatio; im Verlauf (⟦Se 8 Bi 15|8:15⟧; damals ⟦Se 8 Bi 14|8:14 P⟧) regrediente KM-Aufnahme "
           "im Tumorbett."),
    ("de", "Der Knoten im Schilddrüsenlappen rechts (TI-RADS 4) misst 17 x 11 x 12 mm (⟦Bild 7|-:7⟧), im "
           "Vorbefund 16 x 11 x 11 mm."),
    ("en", "Liver: Index lesion segment 4a 2.3 cm (⟦S:I 5:38|5:38⟧), prior 2.0 cm (⟦S:I 5:36 on prior|5:36 P⟧), "
           "baseline 3.1 cm (⟦S:I 3:37, baseline|3:37 P⟧)."),
    ("de", "Vergleich mit der CT vom 04.11.2024: Pleuraerguss rechts abnehmend, damals 38 mm Saumbreite, "
           "heute 12 mm (⟦Serie 3, Bild 160|3:160⟧)."),
    ("en", "The right lower lobe consolidation seen on the comparison study (⟦se 3 im 142, 01/02/2025|3:142 P⟧) "
           "has cleared."),
    ("de", "Frühere Voruntersuchungen (2019, 2021) zeigen die Zyste bereits (⟦VU 2021 Se 2 Bi 55|2:55 P⟧), "
           "heute identisch (⟦Se 2 Bi 57|2:57⟧)."),
    # --- short excerpts: viewer notation ------------------------------------------------------------------------
    ("en", "Small hiatus hernia (⟦Se 2/Im 33|2:33⟧). Image quality 2 (motion)."),
    ("en", "Punctate calcification in the right kidney lower pole, 3 mm (⟦series 601 image 45|601:45⟧)."),
    ("en", "Stable 4 mm LLL nodule (⟦img 88 of 240|-:88⟧), Lung-RADS 2."),
    ("en", "Right sided pneumothorax apex 12 mm (series 3 ⟦#45|3:45⟧), decreased."),
    ("en", "Enhancing focus at 10 o'clock in the left breast, 6 mm (post contrast ⟦Se 1202, Im 88|1202:88⟧), "
           "BI-RADS 4; prior screening 2 views clear."),
    ("en", "Fluid in the pouch of Douglas (sagittal ⟦S:I 4:21|4:21 @sagittal⟧)."),
    ("en", "Mild narrowing of the right ICA origin, 40 % NASCET (⟦SE 401 IM 112|401:112⟧)."),
    ("en", "Haemangioma segment 6 (⟦Se 7 Im 30-34|7:30-34⟧) typical peripheral nodular enhancement."),
    ("en", "Rib fractures right 6th and 7th (⟦Se 3 Im 55, 61|3:55 3:61⟧); 1 of 3 flail criteria met."),
    ("en", "Ground glass opacity RUL 14 mm (⟦image 66, series 2|2:66⟧)."),
    ("en", "Left ovary dermoid 4.1 cm (axial T1 fat-sat ⟦Se 9 Im 22|9:22 @axial⟧)."),
    ("en", "Duodenal diverticulum (⟦#112|-:112⟧)."),
    # --- short excerpts: German / AT / CH habits ----------------------------------------------------------------
    ("de", "Kleine Zyste Pankreaskorpus 7 mm (⟦Serie3Bild45|3:45⟧), IPMN Seitengang möglich."),
    ("de", "Spondylolisthese L5/S1 Meyerding I (sagittal, ⟦Se4Bi21|4:21 @sagittal⟧)."),
    ("de", "Verkalktes Granulom im Mittellappen (⟦Bild 5/188|5:188⟧)."),
    ("de", "Lymphknoten axillär rechts 11 mm Kurzachse (⟦Bild 4/71 und 4/73|4:71 4:73⟧)."),
    ("de", "Kontusionsherde frontobasal beidseits (⟦Bild 3/15-19|3:15-19⟧)."),
    ("de", "Divertikel des Colon sigmoideum ohne Entzündungszeichen (⟦Bild 6/120, 6/124, 6/131|6:120 6:124 6:131⟧)."),
    ("de", "Meniskusriss Innenmeniskushinterhorn (koronar PD fs ⟦Serie 5, Bild 14|5:14 @coronal⟧), "
           "Grad 3 nach Stoller."),
    ("de", "Partialruptur der Supraspinatussehne (koronar ⟦Ser. 6 / Bild 12|6:12 @coronal⟧; "
           "sagittal ⟦Ser. 8 / Bild 9|8:9 @sagittal⟧)."),
    ("de", "Knochenmarködem Os naviculare (STIR, ⟦S 7 B 10-12|7:10-12⟧)."),
    ("de", "Diffusionsrestriktion im Marklager links (DWI ⟦Se 501 Bi 23|501:23⟧ / ADC ⟦Se 502 Bi 23|502:23⟧), "
           "vereinbar mit frischer Ischämie, Alter < 6 h (Symptombeginn 05:40 Uhr)."),
    ("de", "Kleine Zyste Niere links (Bosniak I) 12 mm (⟦Bild 41|-:41⟧)."),
    ("de", "Leberzyste Segment 4/8, 9 mm (venös, ⟦Serie 5: Bild 28|5:28⟧)."),
    ("de", "Vorabklärung: CT extern 02/2025 (Bilder nicht verfügbar). Heute Lipom Oberschenkel links 6 cm "
           "(⟦Serie 402, Bild 33|402:33⟧)."),
    ("de", "Serie 6 (koronar, venös): Milzinfarkt am Oberpol (⟦Bild 52|6:52 @coronal⟧) und kleiner Erguss "
           "links (⟦Bild 60|6:60 @coronal⟧)."),
    ("de", "Hernie Nabel (Bauchlage, ⟦Se 2 Bi 98|2:98⟧) mit 18 mm Bruchpforte, reponibel in Rückenlage "
           "(⟦Se 3 Bi 96|3:96⟧)."),
    ("de", "Prostata: PI-RADS 4 Läsion PZpl links Mitte, 11 mm (T2 ⟦Se 5 Bi 14|5:14⟧, DWI ⟦Se 8 Bi 14|8:14⟧, "
           "ADC 720), PSA 7,4 ng/ml, PSA-Dichte 0,16."),
    ("de", "Pulmonalarterienembolie Unterlappen rechts segmental (⟦Se. 4, Bi. 112-118|4:112-118⟧)."),
    ("de", "Fraktur des Processus transversus LWK 3 links (⟦Ser.3/Bi.66|3:66⟧), BWK 12 intakt."),
    ("de", "Geringe Pleuraverdickung links dorsal (⟦Bild 2/140|2:140⟧) - wie im Vorbefund (⟦Bild 2/138|2:138 P⟧)."),
    ("de", "Ödem Musculus vastus lateralis (T2 fs transversal ⟦Serie 7, Bild 18|7:18 @axial⟧)."),
    ("de", "Nierenarterienstenose rechts ca. 60 % (⟦Se 10 Bi 35|10:35⟧), KM-Menge 80 ml, Kreatinin 1,4 mg/dl."),
    ("de", "Schwannom Kleinhirnbrückenwinkel links 8 mm (T1 KM ⟦Se 12 Bi 7|12:7⟧, CISS ⟦Se 9 Bi 44|9:44⟧)."),
    ("de", "Perianale Fistel (Parks Typ II) bei 5 Uhr SSL (axial T2 ⟦Se 6 / Bi 20-22|6:20-22 @axial⟧)."),
    ("de", "Hämatom Rektusscheide rechts 7 x 3 cm (nativ ⟦Se 2 Bi 80|2:80⟧; arteriell kein Extravasat "
           "⟦Se 4 Bi 80|4:80⟧)."),
    ("de", "Uterus myomatosus, größtes Myom 5 cm Vorderwand (sagittal T2, ⟦Serie 3 Bild 12|3:12 @sagittal⟧)."),
    ("de", "Osteochondraler Defekt Talusschulter medial 8 mm (⟦Se. 5 B. 9|5:9⟧)."),
    ("en", "Left renal vein retroaortic (⟦series 3, images 70 through 74|3:70-74⟧)."),
    ("en", "Small subchorionic haematoma (⟦image 3|-:3⟧) measuring 18 x 9 mm."),
    ("de", "Pneumobilie im linken Leberlappen (⟦Se 3, Bi 40 bis 44|3:40-44⟧), vorbekannt nach EPT."),
    ("de", "Retentionszyste Sinus maxillaris rechts 14 mm (⟦Se.2/Bi.31|2:31⟧), in der Vorabklärung 2022 "
           "identisch (⟦Se.2/Bi.30|2:30 P⟧)."),
    ("en", "Stable right parotid lesion, 1.2 cm (⟦Se 5 Im 18|5:18⟧; ⟦2023: Se 5 Im 17|5:17 P⟧; "
           "⟦2021: Se 6 Im 17|6:17 P⟧)."),
    ("de", "Im Verlauf zunehmende Sklerosierung der Metastase BWK 9 (⟦Serie 602, Bild 48|602:48⟧; "
           "zuvor ⟦Serie 602, Bild 47|602:47 P⟧; Baseline lytisch ⟦Serie 601, Bild 50|601:50 P⟧)."),
    ("en", "Appendix 9 mm with periappendiceal fat stranding (⟦Se 2 Im 140-146|2:140-146⟧); WBC 14.2, CRP 88."),
    ("de", "Koronar: Thrombus in der V. portae (⟦Serie 7/Bild 33|7:33 @coronal⟧), ca. 50 % des Lumens."),
    ("en", "Ewing sarcoma left femur: soft tissue component now 4.8 cm (⟦Se 8 Im 22|8:22⟧), 9.6 cm at "
           "diagnosis (⟦Se 8 Im 24|8:24 P⟧), after 6 cycles VIDE."),
    ("de", "Tumorthrombus V. renalis links (arteriell ⟦S 4 B 61|4:61⟧, venös ⟦S 5 B 61|5:61⟧)."),
    ("en", "Intussusception excluded; target sign not seen (⟦images 4 and 7|-:4 -:7⟧)."),
    ("de", "Mittellappen-Atelektase (⟦Bild 3/ 101|3:101⟧), damals belüftet (⟦Bild 3/99|3:99 P⟧)."),
    # --- confounders (no citation) ------------------------------------------------------------------------------
    ("de", "Bildqualität eingeschränkt durch Bewegungsartefakte (Stufe 2 von 4)."),
    ("de", "LWK 4/5 und LWK 5/SWK 1 mit Osteochondrose; Bandscheibenhöhe 6/8 mm."),
    ("de", "Sequenz 3 von 5 wegen Unruhe abgebrochen; Untersuchung am 17.04. wiederholt."),
    ("de", "Befund telefonisch an Station 4/12 durchgegeben, Tel. 0316/385-12345, 14:20 Uhr."),
    ("en", "Key image 3 saved to PACS. Radiation dose DLP 420 mGy·cm."),
    ("en", "CTDIvol 12.1 mGy; scan length 420 mm; 3 of 4 phases acquired."),
    ("de", "cT3 cN2 cM0, UICC Stadium III; ECOG 1; CEA 12,4 ng/ml, CA 19-9 88 U/ml."),
    ("en", "TNM: T2a N1 M0. PD-L1 TPS 60 %. Follow-up in 3 months (12 weeks)."),
    ("de", "Blutdruck 150/90 mmHg, Puls 88/min, Kreatinin 1,2 mg/dl, eGFR 58 ml/min."),
    ("de", "Lebersegmente 2/3 atroph, Segment 5/6 hypertroph; Milz 13,5 x 5 cm."),
    ("en", "Rapid-response team paged at 03:15 (bleep 2245). Ward 7/B informed."),
    ("de", "Gesamtbild vereinbar mit einer Sarkoidose Stadium II (Scadding)."),
    ("en", "Serial imaging over 2 years shows a stable picture; series of 4 CTs reviewed."),
    ("de", "Z.n. Sectio 2019 und 2021; G3/P2; SSW 24+3."),
    ("en", "Bosniak IIF cyst, 2.4 cm; 5-year follow-up recommended (2 of 5 done)."),
    ("de", "Kontrolle in 6/12 Monaten; Nachsorgeschema 3/6/12/24 Monate."),
    ("de", "Dosis: 2 x 5 Gy (Radiatio 10/2024), kumulativ 60 Gy."),
    ("en", "Ejection fraction 55 %; LV end-diastolic volume 142 mL; image 2 of 3 cine planes degraded."),
    ("de", "Abdomen-Übersicht: Seite 1/2 des Befundes, Befundnummer 2025-04471."),
    ("en", "Prone and supine CT colonography; 2 polyps (6 and 8 mm) on the lesion list, C-RADS C2."),
    ("de", "Vergleich: Voruntersuchung vom 08.01.2025 liegt vor; keine wesentliche Befundänderung."),
    ("de", "Herzkatheter 03/2023: RIVA 70 %, RCX 50 %; Score 2."),
    ("en", "Rotator cuff: Goutallier grade 2; acromion type 2/3 (Bigliani)."),
    ("de", "Knochendichte L1-L4: T-Score -2,7, Z-Score -1,9."),
    ("de", "Kontrast: 100 ml Ultravist 370 mit 4 ml/s, Bolustracking 150 HU, Delay 25/70 s."),
    ("en", "Phone report to Dr. Jones on 07700 900123 at 16:05; read-back confirmed."),
]

_B2: list[tuple[str, str]] = [
    # --- whole structured reports -------------------------------------------------------------------------------
    ("de", """MRT Becken (Rektum) nativ und mit KM – Restaging nach neoadjuvanter RCT
Klinische Angaben: Rektumkarzinom 6 cm ab ano, mrT3c N1 EMVI+, CRM 1 mm; RCT 50,4 Gy bis 28.02.2025.
Vergleichsuntersuchung: Staging-MRT vom 11.11.2024.
Technik: 3 T; T2 TSE sagittal/axial/koronar (schräg), DWI b0/b800, T1 VIBE post KM.
Befund:
Tumor: Deutliche Regression, residuelle T2-hypointense Fibrose an der Hinterwand 5-7 Uhr \
(axial T2 ⟦Se 5, Bi 18|5:18 @axial⟧), im Staging 38 mm Tumorausdehnung (⟦Se 5, Bi 17|5:17 P⟧). \
Keine Diffusionsrestriktion (DWI ⟦Se 8 Bi 18|8:18⟧). mrTRG 2.
Lymphknoten: Mesorektal rechts 4 mm (⟦Se 5 Bi 22|5:22⟧), damals 9 mm mit irregulärer Kontur \
(⟦Se 5 Bi 23|5:23 P⟧).
MRF: frei, Abstand 4 mm.
Beurteilung: Gutes Ansprechen (ymrT2 N0), mrTRG 2, MRF frei.
Empfehlung: Vorstellung im Kolorektal-Board (Termin 14.04., 15:30 Uhr)."""),
    ("en", """CT ABDOMEN AND PELVIS WITH IV CONTRAST
INDICATION: Metastatic neuroendocrine tumour, on lanreotide. Chromogranin A 410 ng/mL.
TECHNIQUE: Arterial and portal venous phases. 100 mL Omnipaque 300. Total DLP 980 mGy-cm.
COMPARISON: 09/14/2024, 03/02/2024 (baseline) and 06/01/2023.
FINDINGS:
LIVER: Segment 7 metastasis 3.4 cm (arterial ⟦4:31|4:31⟧), 3.3 cm on 09/14/2024 (⟦4:30|4:30 P⟧) and \
2.9 cm at baseline (⟦5:33|5:33 P⟧). Segment 3 lesion 1.1 cm (⟦5:52|5:52⟧), unchanged.
PANCREAS: Primary in the tail 2.0 cm (⟦Se 5 Im 60|5:60⟧).
LYMPH NODES: Mesenteric node 1.6 cm (⟦5:88|5:88⟧) with surrounding desmoplasia.
OTHER: Bones unremarkable; L3/L4 degenerative change.
IMPRESSION: Stable disease by RECIST 1.1 (sum 6.1 cm vs 6.0 cm).
Note: series:image references refer to the current examination unless stated."""),
    ("de", """Computertomographie des Thorax (Low-Dose) – Lungenkrebsfrüherkennung, Folgerunde 2
Vorbefund: LDCT vom 05.06.2024 (Lung-RADS 3).
Befund: Der bekannte solide Nodulus im Oberlappen links apikoposterior misst jetzt 7,2 mm \
(⟦Se. 3, Bi. 51|3:51⟧; Volumen 190 mm³), lt. Vorbefund 6,1 mm (⟦Se. 3, Bi. 49|3:49 P⟧; 118 mm³), VDT 320 Tage. \
Perifissuraler Knoten rechts 4 mm (⟦Bi. 140|3:140⟧) unverändert. Emphysem zentrilobulär, CAC-Score mäßig.
Beurteilung: Lung-RADS 4A. Empfehlung: LDCT in 3 Monaten."""),
    ("en", """MRI BRAIN WITH AND WITHOUT CONTRAST
History: Glioblastoma, post resection and chemoradiation (60 Gy/30 fractions); cycle 4 of 6 temozolomide.
Comparison: MRI 01/18/2025 (post-radiation baseline), 04/20/2025.
Findings: Nodular enhancement at the posterior resection margin measures 14 x 11 mm \
(post contrast T1 ⟦series 1401 image 88|1401:88⟧), from 9 x 7 mm on 04/20/2025 (⟦series 1201 image 86|1201:86 P⟧). \
Increased FLAIR signal in the splenium (⟦Se 6 Im 20|6:20⟧). rCBV elevated, ratio 2.8 (⟦Se 1701 Im 12|1701:12⟧).
Impression: Findings favour tumour progression over pseudoprogression (RANO)."""),
    ("de", """Befund: Sonographie Hals
Indikation: Struma nodosa, Verlauf; TSH 1,1 mU/l.
Vergleich mit Vorbefund 03/2024 (ho.).
Schilddrüse: rechts 18 ml, links 12 ml (Gesamtvolumen 30 ml).
Knoten rechts kaudal, echoarm, 14 mm (⟦Bild 4|-:4⟧), zuvor 12 mm. Knoten links kranial zystisch, 9 mm \
(⟦Bild 9 und 10|-:9 -:10⟧).
Lymphknoten: Level III rechts unauffällig.
Beurteilung: EU-TIRADS 4 rechts, leichte Größenzunahme; FNP empfohlen."""),
    ("en", """CT PULMONARY ANGIOGRAM
Clinical details: SOB, D-dimer 2.4, Wells score 5. Previous CTPA 2022.
Findings: Filling defects in the right lower lobe segmental arteries (⟦Se 4 Im 140-152|4:140-152⟧) and left lingular \
artery (⟦Se 4 Im 121|4:121⟧). RV/LV ratio 1.1 (⟦Se 4 Im 170|4:170⟧). Small right effusion. Previous CTPA \
showed no emboli (⟦Se 3 Im 135|3:135 P⟧).
Conclusion: Acute bilateral PE with borderline RV strain. Discussed with Dr Patel (bleep 4412) at 21:40."""),
    ("de", """CT Abdomen biphasisch (arteriell/portalvenös) – Nachsorge Nierenzellkarzinom
Z.n. Nephrektomie links 2022 (pT1b). Vergleich mit der Voruntersuchung vom 18.07.2024 und vom 22.01.2024.
Befund: Im Nephrektomiebett links neue 16 mm KM-aufnehmende Raumforderung (arteriell ⟦Serie 4, Bild 72|4:72⟧; \
portalvenös ⟦Serie 5, Bild 70|5:70⟧). Rückblickend bereits im Juli als 5 mm Knötchen erkennbar \
(⟦Serie 5, Bild 69|5:69 P⟧), im Januar nicht (⟦Serie 5, Bild 71|5:71 P⟧). Niere rechts mit 2 Zysten \
(Bosniak I/II), größte 22 mm.
Beurteilung: Lokalrezidiv im Nephrektomiebett links."""),
    ("en", """XR LEFT KNEE, 2 VIEWS
Comparison: 12/03/2024.
Findings: Medial compartment joint space narrowing with subchondral sclerosis (⟦AP, image 1|-:1⟧), \
progressed from prior (⟦prior AP, image 1|-:1 P⟧). Small suprapatellar effusion (lateral, ⟦image 2|-:2⟧). \
Kellgren-Lawrence grade 3.
Impression: Progressive medial compartment osteoarthritis."""),
    # --- short excerpts: prior / follow-up ----------------------------------------------------------------------
    ("de", "lt. Vorbefund (Bef. vom 12.2.25, ⟦S 3/B 44|3:44 P⟧) 11 mm, nunmehr 13 mm (⟦S 3/B 45|3:45⟧)."),
    ("de", "Vergleich mit der CT vom 19.08.2024: Der Pankreaskopf-Tumor, damals mit Kontakt zur AMS von "
           "weniger als 180° und ohne Gefäßbeteiligung der V. portae (⟦Serie 4, Bild 66|4:66 P⟧), umscheidet "
           "jetzt die AMS zu 200° (⟦Serie 4, Bild 68|4:68⟧)."),
    ("de", "Die Lymphknoten iliakal rechts (aktuell ⟦Se 3 Bi 190|3:190⟧, VU ⟦Se 3 Bi 188|3:188 P⟧) und links "
           "(aktuell ⟦Se 3 Bi 195|3:195⟧, VU ⟦Se 3 Bi 192|3:192 P⟧) sind rückläufig."),
    ("en", "Compared to prior (⟦Se 2 Im 44|2:44 P⟧), the ground-glass nodule has developed a 4 mm solid "
           "component (⟦Se 2 Im 46|2:46⟧)."),
    ("en", "Baseline (⟦Se 3, Im 71|3:71 P⟧) 4.2 cm; nadir (⟦Se 3, Im 69|3:69 P⟧) 2.0 cm; now 2.6 cm "
           "(⟦Se 3, Im 70|3:70⟧): progressive disease (+30 % from nadir)."),
    ("de", "Damals (CT 2023) grenzwertig großer Lymphknoten am Leberhilus 12 mm (⟦Bild 4/33|4:33 P⟧), "
           "heute 10 mm (⟦Bild 4/35|4:35⟧)."),
    ("de", "Vergleich mit MRI vom 03.02.2025: FLAIR-Läsionen periventrikulär unverändert (⟦Se 4 Bi 22|4:22⟧), "
           "keine neue KM-aufnehmende Läsion. Gesamtzahl 11 (zuvor 11)."),
    ("en", "The previously described 7 mm right thyroid nodule (⟦image 14 on the prior study|-:14 P⟧) is "
           "unchanged."),
    ("de", "Knochenmetastase Os ilium links: sklerotisch, 32 mm (⟦S:B 6:120|6:120⟧), in der "
           "Voruntersuchung noch lytisch mit Kortikalisdestruktion (⟦S:B 6:118|6:118 P⟧)."),
    ("en", "Pericardial effusion has decreased from 18 mm (⟦prior series 3 #77|3:77 P⟧) to 6 mm "
           "(⟦series 3 #79|3:79⟧)."),
    ("de", "Zuvor (⟦Se 2 Bi 40|2:40 P⟧) zentrale Nekrose; aktuell solide (⟦Se 2 Bi 41|2:41⟧); "
           "SUVmax 8,2 (zuvor 11,6)."),
    ("de", "Verlauf der Zielläsionen (RECIST 1.1): LK mediastinal 4R 18 → 12 mm (⟦S5 B60|5:60⟧; "
           "Baseline ⟦S5 B58|5:58 P⟧); Leber Seg. 8 24 → 17 mm (⟦S5 B20|5:20⟧; Baseline ⟦S5 B19|5:19 P⟧)."),
    ("en", "Compared with 14/01/2025 and 02/09/2024 the left pleural nodule has grown steadily: 8 mm, 11 mm "
           "and now 15 mm (⟦Se 3 Im 201|3:201⟧)."),
    ("de", "Wie bereits in der Vorabklärung beschrieben und unverändert seit 2020: Hämangiom Leber Segment 7 "
           "(⟦Serie 5, Bild 17|5:17⟧)."),
    ("de", "Im Vergleich zur Voruntersuchung vom 20.06., als der Abszess noch 5,5 cm maß und eine "
           "Pigtail-Drainage (8 F) einlag, die inzwischen entfernt wurde (⟦Se 301 Bi 42|301:42 P⟧), "
           "ist die Verhalt fast vollständig resorbiert (⟦Se 301 Bi 44|301:44⟧)."),
    ("en", "Lesion 1: 22 mm (⟦4:101|4:101⟧) vs 19 mm prior (⟦3:99|3:99 P⟧); lesion 2: 9 mm (⟦4:130|4:130⟧) "
           "vs 9 mm prior (⟦3:127|3:127 P⟧)."),
    ("de", "VU: ⟦Se 3, Bi 38|3:38 P⟧ (11/2024) – heute ⟦Se 3, Bi 41|3:41⟧: Osteolyse Rippe 7 rechts "
           "größenprogredient."),
    # --- short excerpts: viewer notation, phases, positions -----------------------------------------------------
    ("en", "Polyp 8 mm in the sigmoid, seen on both prone (⟦Se 5 Im 311|5:311⟧) and supine "
           "(⟦Se 3 Im 298|3:298⟧) acquisitions; C-RADS C2."),
    ("en", "Arterially enhancing 12 mm lesion segment 2 (arterial, ⟦S:I 7:28|7:28⟧; washout on delayed, "
           "⟦S:I 9:28|9:28⟧), LR-5."),
    ("en", "Endometrial thickness 14 mm (sagittal T2 ⟦Se 3 Im 15|3:15 @sagittal⟧), deep myometrial invasion "
           "> 50 % (DCE ⟦Se 1001 Im 77|1001:77⟧)."),
    ("en", "Non-obstructing 4 mm calculus in the left lower pole (⟦series 2, img 120 of 310|2:120⟧)."),
    ("en", "Hypoenhancing lesion pancreatic body 2.2 cm (pancreatic phase ⟦series 4, #55|4:55⟧)."),
    ("en", "Small bowel wall thickening with target sign (coronal ⟦Se 602 Im 61|602:61 @coronal⟧), 2 of 3 "
           "segments involved."),
    ("en", "Small nodular focus in the right breast lower inner quadrant (pre contrast ⟦Se 8 Im 102|8:102⟧; "
           "post contrast ⟦Se 10 Im 102|10:102⟧)."),
    ("en", "Right renal cortical scar (⟦Se 5 Im 60 and 64|5:60 5:64⟧)."),
    ("en", "Loss of grey-white differentiation at the left insula (⟦Se 2 Im 14-17|2:14-17⟧); ASPECTS 8."),
    ("en", "Aortic root 44 mm (⟦series 301 image 33|301:33⟧), ascending aorta 41 mm; BSA 2.0 m²."),
    ("en", "Incidental 9 mm adrenal adenoma, -5 HU (⟦Im 40, Se 2|2:40⟧)."),
    ("en", "Moderate central canal stenosis C5/6 (sagittal T2 ⟦Se 4 Im 8|4:8 @sagittal⟧; "
           "axial ⟦Se 6 Im 11|6:11 @axial⟧)."),
    ("en", "Tiny focus of free air anterior to the liver (lung window, ⟦Se 3 Im 30|3:30⟧)."),
    # --- short excerpts: German / AT / CH habits ----------------------------------------------------------------
    ("de", "Kleiner Pleuraerguss rechts (Rückenlage ⟦Se3/Bi 77|3:77⟧), in Bauchlage umverteilt "
           "(⟦Se6/Bi 80|6:80⟧)."),
    ("de", "Aneurysma A. communicans anterior 4 mm (MIP ⟦Serie 401, Bild 12|401:12⟧), in der TOF "
           "(⟦Serie 3, Bild 88|3:88⟧) ebenfalls sichtbar."),
    ("de", "Rippenserienfraktur links 4-7 (⟦Se. 4, Bi. 30, 38, 47 u. 55|4:30 4:38 4:47 4:55⟧)."),
    ("de", "Bandscheibenvorfall L4/5 rechts mediolateral (T2 tra ⟦Se 6 Bi 14|6:14 @axial⟧), Kompression der "
           "Wurzel L5 rechts."),
    ("de", "Lebermetastase Segment 7/8 (leberspezifische Phase, ⟦Serie 16/Bild 40|16:40⟧; DWI b800 "
           "⟦Serie 7/Bild 21|7:21⟧)."),
    ("de", "Os trigonum (⟦sag. Se 3/Bi 11|3:11 @sagittal⟧) ohne Ödem."),
    ("de", "Mesenteriale Lymphknoten (⟦Bild 5/60-64|5:60-64⟧) bis 9 mm, reaktiv."),
    ("de", "Kleiner Thrombus im linken Herzohr (⟦Se5Bi88|5:88⟧) – Spätphase bestätigt (⟦Se7Bi88|7:88⟧)."),
    ("de", "Zyste Os lunatum 4 mm (koronar T1 ⟦S 4 B 9|4:9 @coronal⟧)."),
    ("de", "Freie Flüssigkeit im kleinen Becken, ca. 40 ml (⟦Bi 182|-:182⟧)."),
    ("de", "Appendix 11 mm, Appendikolith 6 mm (⟦Ser 2 Bi 155|2:155⟧), Leukozyten 16,3 G/l, CRP 120 mg/l."),
    ("de", "Stenose A. carotis interna rechts 70 % (NASCET) (⟦Se 4 Bi 201-208|4:201-208⟧)."),
    ("de", "Hypodense Läsion Pankreasschwanz 19 mm (Pankreasphase ⟦Se 3 Bi 62|3:62⟧, venös ⟦Se 4 Bi 62|4:62⟧)."),
    ("de", "Kortikale Infarkte parietal rechts (DWI ⟦Se 5 Bi 20/21|5:20 5:21⟧)."),
    ("de", "Kavernom temporal links 7 mm (SWI ⟦Serie 11 Bild 45|11:45⟧), ohne Blutungszeichen."),
    ("de", "Unverändert Adenom Nebenniere rechts 15 mm (⟦Bild 3/71|3:71⟧, nativ 4 HE)."),
    ("de", "Lymphozele links iliakal 6 x 4 cm (⟦Se 5: Bi 170|5:170⟧) nach LAE."),
    ("de", "Flüssigkeitsverhalt Psoas rechts (⟦Ser. 3 Bild 110|3:110⟧); Punktion am 23.05. geplant."),
    ("de", "Zervikale Lymphadenopathie Level II-IV links (⟦Se 4 Bi 40, 52 und 61|4:40 4:52 4:61⟧)."),
    ("de", "Ausgeprägte Sinusitis maxillaris links mit Spiegel (koronar ⟦Se 3 Bi 30|3:30 @coronal⟧)."),
    ("de", "Sakroiliitis beidseits (STIR koronar ⟦Se 7 Bi 12-14|7:12-14 @coronal⟧), ASDAS 2,6."),
    ("de", "⟦Bild 45|-:45⟧: Thrombus V. femoralis links."),
    ("de", "Achillessehne verdickt auf 9 mm (sagittal ⟦Se 4/Bi 10|4:10 @sagittal⟧), keine Ruptur."),
    ("de", "Die Metastase im Segment 2 (VU: 12 mm; ⟦Se 4, Bi 33|4:33 P⟧) ist nach RFA nicht mehr abgrenzbar, "
           "Ablationszone 31 mm (⟦Se 4, Bi 35|4:35⟧)."),
    ("de", "Vergleich mit der Voruntersuchung vom 07.10.2024 (Kantonsspital, Bilder importiert): "
           "Spondylodiszitis L2/3 mit jetzt rückläufigem paravertebralem Abszess 12 mm "
           "(⟦Serie 8, Bild 10|8:10⟧), damals 34 mm (⟦Serie 1008, Bild 9|1008:9 P⟧)."),
    ("de", "Vorbefund (ho., 2/2025): Milz 15 cm (⟦Bild 3/55|3:55 P⟧); aktuell 12,5 cm (⟦Bild 3/57|3:57⟧)."),
    ("en", "On the 2023 study (⟦Se 4 Im 210|4:210 P⟧) there was a 3 mm ureteric stone; today none "
           "(⟦Se 4 Im 212|4:212⟧)."),
    ("en", "Mass effect on the left lateral ventricle has lessened: midline shift 6 mm (⟦Se 3, Im 22|3:22⟧) "
           "versus 9 mm on day 1 (⟦Se 3, Im 21|3:21 P⟧)."),
    ("de", "Leber-Läsion Segment 3 (heute ⟦Se 5 Bi 40|5:40⟧ / damals ⟦Se 5 Bi 38|5:38 P⟧ / Baseline "
           "⟦Se 6 Bi 39|6:39 P⟧): 10 / 14 / 21 mm."),
    ("en", "Bone island right iliac wing 9 mm (⟦Se 5, Im 250|5:250⟧), present on all prior studies."),
    ("de", "Tendenziell regredient: Infiltrat Lingula (⟦S:B 3:180|3:180⟧)."),
    ("de", "Die im Vorbefund vom 3.3. bereits grenzwertig beschriebene, damals 9 mm messende "
           "Nebennierenverdickung links (⟦S 3 B 100|3:100 P⟧) ist unverändert."),
    ("en", "Known left renal angiomyolipoma 1.8 cm (⟦Se 201 Im 61|201:61⟧), fat-containing."),
    ("de", "Ossäre Metastase BWK 11 (sagittal ⟦Serie 602/Bild 40|602:40 @sagittal⟧), Höhenminderung < 25 %, "
           "SINS 7."),
    ("en", "Calcified granuloma in the left upper lobe (series 3, ⟦images 44 and 45 on the prior|3:44 3:45 P⟧; "
           "today ⟦series 3, image 47|3:47⟧)."),
    ("de", "Kein Nachweis der früher beschriebenen Pleuraplaques (⟦Bild 2/211|2:211⟧)."),
    # --- confounders (no citation) ------------------------------------------------------------------------------
    ("de", "Befund 2 von 3 (Fortsetzung). Seite 2/3."),
    ("de", "Tumormarker: PSA 0,02 ng/ml (Nadir 0,01); Testosteron < 20 ng/dl."),
    ("de", "Bestrahlungsplan: 25 x 2 Gy, Boost 3 x 3 Gy; Lage in Rückenlage auf Vakuummatratze."),
    ("de", "Serie von 4 Kontrollen seit 2021 ohne Befundänderung; nächste Kontrolle 2026."),
    ("de", "Child-Pugh B7, MELD 14; Thrombozyten 88 G/l, Bilirubin 2,1 mg/dl."),
    ("de", "Aufnahme in Bauchlage und Rückenlage; 2 Phasen (arteriell/venös); 120 kV, 180 mAs."),
    ("de", "Rückruf an Dr. Gruber (Tel. 01/40400-4711) um 11:10 Uhr; Befund auch per Fax an 01/40400-4799."),
    ("de", "Segment IVa/IVb, VII/VIII; Pfortaderast Segment 5/8 frei."),
    ("de", "BI-RADS 2 beidseits, ACR-Dichte C; Mammographie 2 Ebenen (cc/mlo)."),
    ("de", "HWK 5/6 Osteochondrose, Neuroforamenstenose C6/7 links Grad 2."),
    ("de", "KM-Allergie Grad 1 (2019), Prämedikation gemäß Schema 13/7/1 h."),
    ("de", "Bildgebung vom 04.03.2025 (Bild im Bild-Viewer nicht abrufbar, Auftrag 4711/25)."),
    ("en", "Series of three CTs since 2022 reviewed; overall stable; next CT in 6 months."),
    ("en", "Contrast: 80 mL at 4 mL/s, 40 mL saline chaser; bolus tracking ROI 150 HU."),
    ("en", "Heart rate 62 bpm, calcium score 146 (Agatston), 75th percentile for age."),
    ("en", "Scores: NIHSS 6, mRS 1; onset 14:10, door-to-needle 32 min."),
    ("en", "Image 1 of 1 uploaded from outside hospital; no DICOM header; ref. 2025/0412."),
    ("en", "CEA 6.8, CA 19-9 41; ECOG 0; T3 N0 M0 (stage IIA)."),
    ("en", "Lesions: 3 of 5 previously treated; 1 ablation zone at segment 6/7 boundary."),
    ("en", "Degenerative change L4/5 and L5/S1; Pfirrmann grade 4/5."),
    ("en", "Findings discussed with the on-call registrar via switchboard 0161 276 1234 at 02:35."),
    ("en", "Weight 82 kg, eGFR 47 mL/min/1.73 m², creatinine 132 µmol/L."),
    ("en", "Phase 2 of 3 (venous) repeated owing to bolus failure; image quality 3."),
    ("en", "Ki-67 20 %; grade 2 NET; SSTR score 3 (Krenning)."),
    ("en", "Key images 1-4 sent to the MDT folder; MDT 12/06/2025."),
    ("en", "Prior 2 views (CC/MLO) from 2023 available for comparison; BI-RADS 1."),
]

_B3: list[tuple[str, str]] = [
    # --- whole structured reports -------------------------------------------------------------------------------
    ("de", """MRT Mamma beidseits nativ und dynamisch
Indikation: Hochrisiko-Screening (BRCA1), Vorsorgeintervall 12 Monate. Zyklustag 9.
Voruntersuchungen: MRT vom 02.05.2024, Mammographie 11/2024 (BI-RADS 2).
Technik: 1,5 T, T2 TSE, DWI, T1 3D dynamisch vor und 5 x nach 0,1 mmol/kg Gadobutrol, Subtraktionen.
Befund:
Parenchym ACR C, BPE minimal.
Rechts: Neuer 7 mm Herd bei 10 Uhr, 4 cm MW, mit Wash-out-Kinetik (Subtraktion ⟦Se 14 Bi 88|14:88⟧; \
T2 ⟦Se 3 Bi 44|3:44⟧), im Vorjahr an gleicher Stelle kein Korrelat (⟦VU Se 14 Bi 86|14:86 P⟧).
Links: Bekannter Fibroadenom-typischer Herd 12 mm (⟦Se 14 Bi 120|14:120⟧), unverändert seit 2022.
Lymphknoten: axillär unauffällig.
Beurteilung: rechts BI-RADS 4, links BI-RADS 2.
Empfehlung: MR-gesteuerte Vakuumbiopsie rechts. Terminvereinbarung unter 0221/478-5566."""),
    ("en", """CT NECK/CHEST/ABDOMEN/PELVIS WITH CONTRAST — LYMPHOMA RESTAGING
Clinical: Classical Hodgkin lymphoma stage IIB, after 4 cycles ABVD. LDH 210 U/L.
Comparison: Baseline CT 01/09/2025; interim PET 03/15/2025 (Deauville 2).
Findings:
Neck: Left supraclavicular node now 11 mm short axis (⟦Se 3, Im 45|3:45⟧), 28 mm at baseline \
(⟦Se 3, Im 47|3:47 P⟧).
Chest: Anterior mediastinal mass 4.0 x 2.1 cm (⟦Se 3 Im 88|3:88⟧), baseline 9.8 x 7.2 cm \
(⟦Se 3 Im 90|3:90 P⟧). No effusion.
Abdomen/pelvis: Spleen 12.1 cm (previously 15.4 cm). No new adenopathy. 2 of 3 previously enlarged \
para-aortic nodes now normal (⟦Se 3 Im 201, 215|3:201 3:215⟧).
Impression: Marked response. Residual mediastinal soft tissue, likely fibrotic."""),
    ("de", """Befundbericht CT Angiographie Becken-Bein
Kl. Angaben: pAVK Stadium IIb li., Gehstrecke 150 m; Z.n. PTA A. femoralis superficialis li. 09/2024.
Vergleich mit CTA vom 12.08.2024 (vor PTA).
Befund: Hochgradige Re-Stenose der AFS links im Adduktorenkanal, ca. 80 % (⟦Serie 6, Bild 410-416|6:410-416⟧; \
MIP koronar ⟦Serie 601, Bild 22|601:22 @coronal⟧). Vor der PTA an identischer Stelle Verschluss über 6 cm \
(⟦Serie 6, Bild 405|6:405 P⟧). Unterschenkel: 2-Gefäß-Abstrom links (ATA, ATP), rechts 3-Gefäß.
Beurteilung: Re-Stenose AFS links, TASC B."""),
    ("en", """CARDIAC MRI
Indication: Suspected myocarditis; troponin T 312 ng/L; CRP 45.
Comparison: Echo 04/2025 (EF 45 %).
Findings: LVEF 48 %, LVEDV 168 mL (89 mL/m²). Subepicardial late gadolinium enhancement in the basal \
inferolateral wall (short axis LGE ⟦series 31 image 6|31:6⟧; 4-chamber ⟦series 33 image 1|33:1⟧). \
Corresponding T2 hyperintensity (⟦Se 22 Im 6|22:6⟧), native T1 1080 ms (normal < 1030).
Impression: Acute myocarditis fulfilling updated Lake Louise criteria (2 of 2)."""),
    ("de", """Röntgen Becken-Übersicht und Hüfte links axial
Vorbefund: 05.2024 (präoperativ).
Befund: Hüft-TEP links, regelrechter Sitz (⟦Bild 1|-:1⟧), Pfanneninklination 42°, Anteversion 15°. Kein \
Lysesaum. Im Vorbefund Coxarthrose Grad 4 nach Kellgren (⟦Vorbefund, Bild 1|-:1 P⟧). \
Heterotope Ossifikation Brooker I (⟦Bild 2|-:2⟧).
Beurteilung: Unauffällige Verlaufskontrolle nach Hüft-TEP links."""),
    ("en", """MRI PELVIS (PROSTATE), MULTIPARAMETRIC
History: PSA 9.8 ng/mL (previous 6.1), PSA density 0.21; prior negative TRUS biopsy 2023.
Comparison: mpMRI 06/2023 (PI-RADS 3).
Findings: Prostate volume 46 mL. Left PZ posterolateral mid-gland lesion 13 mm: T2 (⟦Se 4 Im 16|4:16⟧), DWI \
b1400 (⟦Se 8 Im 16|8:16⟧), ADC 690 (⟦Se 9 Im 16|9:16⟧), positive DCE (⟦Se 12 Im 34|12:34⟧). In 2023 this \
area measured 8 mm (⟦Se 4 Im 15|4:15 P⟧). No EPE. Seminal vesicles normal.
Impression: PI-RADS 5 left PZpl mid, upgraded from PI-RADS 3 (2023)."""),
    ("de", """CT Thorax nativ (HR) – Verlauf ILD
Fragestellung: UIP? Verlauf unter Nintedanib. DLCO 48 %, FVC 72 %.
Vergleich: HRCT vom 20.03.2024 und 15.02.2023.
Befund: Subpleurale Retikulationen und Traktionsbronchiektasen basal betont, zunehmend \
(Rückenlage ⟦Se 4 Bi 300|4:300⟧; Bauchlage ⟦Se 6 Bi 290|6:290⟧). Im Vorjahr geringer ausgeprägt \
(⟦Se 4 Bi 296|4:296 P⟧), 2023 nur angedeutet (⟦Se 3 Bi 280|3:280 P⟧). Honeycombing rechts dorsobasal \
(⟦Se 4 Bi 318|4:318⟧).
Beurteilung: Progrediente fibrosierende ILD, UIP-Muster (ATS/ERS 2022: typisch)."""),
    ("en", """PAEDIATRIC US HIPS (GRAF)
Age 6 weeks. Breech; family history positive.
Right hip: alpha 62°, beta 54° (⟦image 3|-:3⟧) – type Ia.
Left hip: alpha 52°, beta 70° (⟦images 7-8|-:7-8⟧) – type IIa(-); previous scan at 2 weeks alpha 50°.
Conclusion: Left hip IIa(-); repeat in 4 weeks. Orthopaedic clinic ext. 2301."""),
    # --- short excerpts: prior / follow-up ----------------------------------------------------------------------
    ("de", "Im Vergleich zum Vorbefund vom 10.02.2025, in dessen portalvenöser Phase der Herd bei noch "
           "glatter Kontur 19 mm betrug (⟦Serie 4, Bild 61|4:61 P⟧), heute 24 mm (⟦Serie 4, Bild 63|4:63⟧)."),
    ("de", "Hirnmetastase frontal rechts: aktuell 6 mm (T1 KM ⟦Se 13 Bi 101|13:101⟧), vor SRS 15 mm "
           "(⟦Se 13 Bi 99|13:99 P⟧), zwischenzeitlich 9 mm (⟦Se 12 Bi 100|12:100 P⟧)."),
    ("de", "Vergleich mit Voruntersuchung vom 15.1.: Pneumothorax rechts weiterhin 8 mm apikal, die Drainage "
           "liegt unverändert (⟦Se 2 Bi 18|2:18⟧); damals 2 cm (⟦Se 2 Bi 17|2:17 P⟧)."),
    ("en", "Soft tissue at the surgical bed (⟦Se 3/Im 102|3:102⟧) measuring 1.8 cm, previously 1.5 cm "
           "(⟦Se 3/Im 100, prior|3:100 P⟧) and 1.2 cm at first post-operative study."),
    ("de", "Lt. Vorbefund (2022) 2 Leberzysten, heute 3 (⟦Bilder 5/20, 5/31 und 5/44|5:20 5:31 5:44⟧)."),
    ("en", "Left lower lobe mass abuts the aorta over 90° (⟦4:71|4:71⟧), as before (⟦prior 5:70|5:70 P⟧)."),
    ("de", "Nach TACE 3/2025 (Lipiodol) kein vitaler Tumor mehr (⟦Se 5 Bi 33|5:33⟧), in der VU vor TACE "
           "hypervaskularisiert (arteriell ⟦Se 4 Bi 31|4:31 P⟧)."),
    ("de", "Die bei der Vorabklärung im Spital Aarau beschriebene Verdickung des Sigmas mit damals "
           "Umgebungsreaktion und Abszessverdacht (⟦Se 602 Bi 118|602:118 P⟧) ist heute abgeklungen."),
    ("en", "Baseline 04/2024: 3 target lesions, sum 96 mm (⟦Se 3 Im 44, 70, 120|3:44 3:70 3:120 P⟧). "
           "Today sum 61 mm."),
    ("de", "Die Kompressionsfraktur LWK 1 (sagittal ⟦Se 5 Bi 11|5:11 @sagittal⟧) zeigt gegenüber der "
           "Voraufnahme (⟦Se 5 Bi 11 vom 02.04.|5:11 P⟧) eine Zunahme der Höhenminderung von 20 auf 35 %."),
    ("en", "Right pleural effusion: 3.1 cm (today, ⟦Se 2 Im 180|2:180⟧); 4.4 cm (1 week ago, "
           "⟦Se 2 Im 178|2:178 P⟧); 2.0 cm (1 month ago, ⟦Se 3 Im 175|3:175 P⟧)."),
    ("de", "Nadir der Leberläsion Segment 6 war 12 mm (⟦Se 3 Bi 60|3:60 P⟧), jetzt 18 mm (⟦Se 3 Bi 62|3:62⟧)."),
    ("en", "Clot burden has improved since 03/05 (⟦prior Se 4 Im 140|4:140 P⟧), with residual non-occlusive "
           "thrombus in the right interlobar artery (⟦Se 4 Im 142|4:142⟧)."),
    ("de", "Vergleich mit der auswärtigen CT vom 11.09.2024 (Röntgeninstitut Linz): die Raumforderung im "
           "Retroperitoneum rechts, die damals der V. cava anlag (⟦Serie 3, Bild 71|3:71 P⟧), ist "
           "unverändert (⟦Serie 4, Bild 69|4:69⟧)."),
    ("de", "Lymphknoten inguinal links im Verlauf (⟦Bild 6/140|6:140⟧ vs. ⟦VU Bild 6/138|6:138 P⟧ vs. "
           "⟦Baseline Bild 5/141|5:141 P⟧) konstant 14 mm."),
    ("en", "Previously demonstrated ascites (⟦Se 3 Im 210 on 01/05/2025|3:210 P⟧) has resolved."),
    ("de", "Zuvor 2 Herde (⟦Serie 9, Bild 12 u. 15|9:12 9:15 P⟧), heute 3 Herde "
           "(⟦Serie 9, Bild 12, 15, 19|9:12 9:15 9:19⟧)."),
    ("en", "Stable post-treatment changes at the right tongue base (⟦Se 601 Im 33|601:33⟧); no new nodes."),
    # --- short excerpts: viewer notation, phases, positions -----------------------------------------------------
    ("en", "Left PICA territory infarct (DWI, ⟦S:I 5:12|5:12⟧; ADC ⟦S:I 6:12|6:12⟧)."),
    ("en", "Gallbladder wall enhancement (post contrast ⟦Se 1301 Im 40|1301:40⟧; pre contrast "
           "⟦Se 1001 Im 40|1001:40⟧)."),
    ("en", "Contrast blush in the splenic hilum (arterial ⟦se 5, im 88|5:88⟧) with pooling on the delayed "
           "phase (⟦se 7, im 88|7:88⟧), AAST grade IV."),
    ("en", "Right upper lobe nodule 5 mm, 1 of 3 (⟦Se 2, #71|2:71⟧), the other two subcentimetric (⟦#90|2:90⟧, "
           "⟦#112|2:112⟧)."),
    ("en", "Pars defect L5 bilaterally (sagittal ⟦series 602 images 30 and 44|602:30 602:44 @sagittal⟧)."),
    ("en", "Dilated pancreatic duct 5 mm (MRCP ⟦Se 14 Im 1|14:1⟧; coronal T2 ⟦Se 5 Im 18|5:18 @coronal⟧)."),
    ("en", "Small anterior mediastinal soft tissue consistent with thymic rebound (⟦img 66/180|-:66⟧)."),
    ("en", "Lipoma in the right deltoid, 3.2 cm (T1 axial ⟦SE 5 IM 14|5:14 @axial⟧)."),
    ("en", "Ovarian cyst 3.6 cm, simple (transvaginal, ⟦image 11|-:11⟧), O-RADS 2."),
    ("en", "Endoleak type II from a lumbar artery (delayed, ⟦Se 8 Im 101-104|8:101-104⟧), sac 61 mm vs 58 mm."),
    ("en", "Subsegmental atelectasis lingula (⟦Se 3 Im 150|3:150⟧) and RML (⟦Im 162|3:162⟧)."),
    ("en", "Normal appendix (⟦coronal Se 601 Im 48|601:48 @coronal⟧) measuring 5 mm."),
    # --- short excerpts: German / AT / CH habits ----------------------------------------------------------------
    ("de", "Spinalkanalstenose L3/4 absolut, Restlumen 70 mm² (T2 tra ⟦Se. 6 Bi. 9|6:9 @axial⟧)."),
    ("de", "Nierenzyste links Bosniak IIF 28 mm (nativ ⟦Ser 2/Bi 60|2:60⟧, nephrographisch ⟦Ser 5/Bi 60|5:60⟧)."),
    ("de", "Mediale Meniskusextrusion 4 mm (koronar ⟦Se5Bi12|5:12 @coronal⟧)."),
    ("de", "Läsion der Rotatorenmanschette (⟦Bild 8/14|8:14⟧), fettige Atrophie Goutallier 2."),
    ("de", "Verkalkung Falx (⟦Bild 2/ 30|2:30⟧), Nebenbefund."),
    ("de", "Sigmadivertikulitis CDD 2a (⟦Serie 3 Bild 170-176|3:170-176⟧), keine freie Luft."),
    ("de", "Thrombose V. jugularis interna rechts (⟦Se. 4, Bi. 20 bis 26|4:20-26⟧) bei ZVK-Lage."),
    ("de", "Schenkelhalsfraktur rechts Garden III (⟦Bild 1|-:1⟧), Pauwels II."),
    ("de", "Tumor Nasopharynx links 25 mm (T1 fs KM koronar ⟦Serie 11, Bild 9|11:9 @coronal⟧), "
           "T2 N1 (AJCC 8)."),
    ("de", "Cholezystolithiasis, größter Stein 18 mm (⟦Schicht 33|-:33⟧)."),
    ("de", "Dissektion A. vertebralis links V2 (⟦Se 4 Bi 150|4:150⟧, ⟦Se 4 Bi 156|4:156⟧)."),
    ("de", "Hydronephrose Grad II rechts (⟦Serie 5: Bilder 40, 44|5:40 5:44⟧), Ureterstein 5 mm prävesikal "
           "(⟦Serie 5: Bild 150|5:150⟧)."),
    ("de", "Knochenmarködem Tibiakopf lateral (PD fs koronar ⟦S6B10|6:10 @coronal⟧)."),
    ("de", "Aortendissektion Stanford B, Entry distal der A. subclavia sinistra (⟦Serie 4 / Bild 60|4:60⟧), "
           "falsches Lumen 31 mm."),
    ("de", "Lungenrundherd Oberlappen links 9 mm (⟦Se3Bi59|3:59⟧) - Fleischner: CT in 6-12 Monaten."),
    ("de", "Epiduralhämatom temporal rechts 14 mm (⟦S 2 B 19|2:19⟧), Volumen ca. 22 ml."),
    ("de", "Kleine Osteophyten C5/6 (sagittal ⟦Serie 5, Bild 7|5:7 @sagittal⟧)."),
    ("de", "Pankreatitis Balthazar C (⟦Bild 4/44-50|4:44-50⟧), CTSI 4."),
    ("de", "Leistenhernie rechts, indirekt (⟦Bild 12|-:12⟧), Valsalva positiv."),
    ("de", "Fettleber, Leberdichte 38 HE vs. Milz 52 HE (⟦Se 2, Bi 50|2:50⟧)."),
    ("de", "Hypophysenmikroadenom 5 mm (dynamisch koronar ⟦Se 8 Bi 6|8:6 @coronal⟧), Prolaktin 88 ng/ml."),
    ("de", "Knotige Pleuraverdickung links, in der Voruntersuchung vom 2.12. (Serie 3) noch glatt "
           "begrenzt (⟦Bild 140|3:140 P⟧), aktuell 6 mm knotig (⟦Serie 3, Bild 142|3:142⟧)."),
    ("en", "Prior MRI 2024 (for comparison: ⟦Se 6 Im 22|6:22 P⟧ then, ⟦Se 7 Im 23|7:23⟧ now) shows the "
           "vestibular schwannoma unchanged at 9 mm."),
    ("de", "Vorbefund (AKH, 2024): Lipom 4 cm; heute 4,1 cm (⟦Serie 2 Bild 77|2:77⟧)."),
    ("de", "Aktuell ⟦S 5 B 90|5:90⟧, damals ⟦S 5 B 87|5:87 P⟧, Nadir ⟦S 5 B 88|5:88 P⟧: Konglomerat "
           "paraaortal 31 / 44 / 27 mm."),
    ("en", "Compared with CT of 08/22/2024 the nodule (⟦Se 3 Im 56|3:56⟧) is new; at that time the "
           "same region (⟦Se 3 Im 54|3:54 P⟧) was clear."),
    ("de", "Dilatation des Ductus hepatocholedochus auf 11 mm (⟦Bild 5/30|5:30⟧), in der VU 7 mm."),
    ("en", "Baseline lesion in segment 5 (previous ⟦series 5 image 62|5:62 P⟧) is no longer seen."),
    ("de", "Neu im Verlauf: Pleuraerguss links 2 cm (⟦Serie 3, Bild 190|3:190⟧)."),
    ("en", "Paraspinal abscess L2 (⟦Se 9 Im 14|9:14⟧), smaller than on the comparison of 1 June "
           "(⟦Se 9 Im 13|9:13 P⟧)."),
    ("de", "Im Verlauf nun auch kontralateral ein Hygrom (⟦Se 2 Bi 20|2:20⟧)."),
    ("en", "Stable 6 mm RLL nodule, Lung-RADS 2 (⟦Se 4 Im 210|4:210⟧)."),
    ("de", "Z.n. Lobektomie OL rechts 2021; Stumpf reizlos (⟦Serie 3, Bild 62|3:62⟧)."),
    ("en", "Hepatic steatosis, 42 HU (⟦Im 30|-:30⟧)."),
    ("de", "Zwerchfellhochstand rechts (⟦Bild 1|-:1⟧), bereits im Vorbefund vom 12.01. (⟦Bild 1|-:1 P⟧)."),
    # --- genuinely ambiguous (unmarked; see docstring) ----------------------------------------------------------
    ("de", "Lymphknoten mesenterial 9 mm (44/3), reaktiv."),
    ("en", "Small nodule LUL (see 3/4)."),
    # --- confounders (no citation) ------------------------------------------------------------------------------
    ("de", "Dosis-Längen-Produkt 845 mGy*cm; CTDIvol 11,3 mGy; 3 Scanserien."),
    ("de", "Die Bildqualität ist diagnostisch (Score 4/5)."),
    ("de", "TNM: ypT0 ypN0 (0/14) L0 V0 Pn0 R0; Regressionsgrad 4 nach Dworak."),
    ("de", "Gleason 3+4=7 (ISUP 2) in 3 von 12 Stanzen; PSA 5,9 ng/ml."),
    ("de", "Kontrolle: CT Thorax in 3 Monaten, Tel. Vereinbarung 0662/4482-3110."),
    ("de", "SSW 32+1, Schätzgewicht 1850 g (50. Perzentile), Fruchtwasser 12 cm (AFI)."),
    ("de", "Glukose 142 mg/dl, HbA1c 7,8 %; Insulin 3 x 8 IE."),
    ("de", "Segment 5/6/7 mit Steatosis; Segment 1 ausgespart."),
    ("de", "Vergleichsbilder von 2019 (Serie von 3 MRT) angefordert; Eingang ausstehend."),
    ("de", "Bild 2 der Dokumentation wurde als Schlüsselbild markiert (Schlüsselbild 2)."),
    ("de", "Lagerung: Bauchlage, Arme über Kopf; Atemkommando Inspiration; 2/3 Sequenzen mit Artefakten."),
    ("de", "Skoliose Cobb-Winkel 24° (Th6-Th12), Risser 3."),
    ("de", "Osteoporose, Frakturrisiko FRAX 18 % (Hüfte 4 %)."),
    ("en", "Series 4 reconstructed at 1 mm; image count 612. Transferred to PACS at 14:33."),
    ("en", "Deauville score 4 at 2 of 5 sites; SUVmax liver 2.6, mediastinum 1.9."),
    ("en", "Follow-up per Fleischner 2017: 6-12 months, then 18-24 months."),
    ("en", "The patient was scanned prone and supine; 2 of 3 colonic segments well distended."),
    ("en", "LI-RADS v2018: LR-3 (segment 4a/8 boundary), 11 mm; AFP 6 ng/mL."),
    ("en", "Bleep 3311 or ext. 4401 for urgent queries; out of hours via switchboard."),
    ("en", "BP 160/95, HR 104, SpO2 92 % on 2 L; lactate 3.1."),
    ("en", "Mammogram: 3 of 4 views adequate; repeat LMLO. Density category B."),
    ("en", "Image quality 2 (adequate); 5 mm slice thickness; reconstructions 3/5 mm."),
    ("en", "Metastatic workup: 1 of 2 adrenal lesions characterised; other indeterminate (see MRI 06/06)."),
    ("en", "T2 N0 M0, stage IB; Oncotype 18; ER 8/8, PR 6/8, HER2 1+."),
    ("en", "Lesion count unchanged at 4 (2 hepatic, 1 osseous, 1 nodal)."),
]

BATCH1: list[Excerpt] = [parse(lang, marked) for lang, marked in _B1]
BATCH2: list[Excerpt] = [parse(lang, marked) for lang, marked in _B2]
BATCH3: list[Excerpt] = [parse(lang, marked) for lang, marked in _B3]
