"""Held-out refs AH: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs page or any earlier corpus's texts (only refs C's
markup conventions and the module docstrings of refs K..AG were read, to write texts of other kinds). Do not tune
the miner on these texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus
tests.heldout_refs_ah.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (tests/heldout_refs_c/refs_corpus.py), parsed with its `_excerpt`.
Origins DE, AT, CH (German; Swiss French-speaking sites with "Sér.", "Bild n°", "Imm.") and UK, US (English).

Focus: everyday machine-independent structure rather than prose: lesion-tracking and measurement tables in plain
text (pipe tables, space- and tab-aligned columns) whose headers name the series or the notation ("Angaben
Serie/Bild", "Se:Im", "S:I", "Bild (Se 1004)", "Today (se 20)", "Series index: 2 = ..."), one row per lesion and
several timepoints per row (baseline/nadir/today, 2023/2024/today, Vor-PET/jetzt, Runde 1/heute, pre-NAC/today),
RECIST/iRECIST, Lugano, LI-RADS, MS-lesion and lung-nodule inventories, structured-report templates (field: value
lines, DRG/RadReport-style, checkbox lines "[x]", "☒"), numbered and bulleted finding lists under a series heading,
header lines naming series ("Serien: 3 = FLAIR axial, 5 = T1 KM axial") cited by number or by plane name below.
Forms: "4/112" and "3:41" cells, "S3:I47", "S9:I112", "S3 I140", "S5/I16", "#45/4", "Sr. 4/Img. 66", "Se 7 / Bi
18", "[Se 3 | Bi 140]", "[Serie 5: 210]", "Sér. 9, Bild n° 62", "Ser. 302 / Imm. 22", "(2:61-68)", "3:98 bis
3:110", "Se 4 Im 188, 194", "im 54", "se 12 im 10-45", "series 3 images 212-220", "#201, image 28", bare image
numbers in columns under a series caption, image-only ultrasound rows without series. Many numbers in the same
rows are not images: sizes, volumes, HU, SUV, scores, lesion numbers, segments, levels, dates, times, doses.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

# ruff: noqa: E501

_RAW: tuple[tuple[str, str, str], ...] = (
    (
        "DE01",
        "DE",
        """CT Thorax/Abdomen mit KM vom ⟪12.03.2025¦date⟫, Verlaufskontrolle nach ⟪4¦counter⟫ Zyklen.
Zielläsionen (RECIST 1.1), Angaben jeweils Serie/Bild:
| Nr. | Läsion | Baseline ⟪05.11.2024¦date⟫ | heute | Größe BL / heute |
| ⟪1¦counter⟫ | ⟨a¦Lebermetastase Segment ⟪VII¦segment⟫⟩ | ⟦4/112¦p4:112¦prior¦a⟧ | ⟦4/108¦4:108¦slash¦a⟧ | ⟪34 / 21 mm¦size⟫ |
| ⟪2¦counter⟫ | ⟨b¦Lungenrundherd Unterlappen rechts⟩ | ⟦3/201¦p3:201¦prior¦b⟧ | ⟦3/198¦3:198¦slash¦b⟧ | ⟪18 / 11 mm¦size⟫ |
| ⟪3¦counter⟫ | ⟨c¦LK paraaortal links⟩ | ⟦4/160¦p4:160¦prior¦c⟧ | ⟦4/157¦4:157¦slash¦c⟧ | ⟪22 / 14 mm¦size⟫ |
Summe der Durchmesser ⟪74 mm¦size⟫ -> ⟪46 mm¦size⟫ (⟪-38 %¦ratio⟫), partielles Ansprechen.""",
    ),
    (
        "DE02",
        "DE",
        """MRT Schädel nativ und mit KM. Serien: 3 = FLAIR axial, 5 = T1 KM axial, 8 = DWI.
Läsionsinventar (MS), Serie 3:
1. ⟨a¦Periventrikulär rechts, ovalär, ⟪6 mm¦size⟫⟩ (⟦Bild 14¦3:14¦image_only¦a⟧)
2. ⟨b¦Juxtakortikal frontal links⟩ (⟦Bild 19¦3:19¦image_only¦b⟧)
3. ⟨c¦Infratentoriell im Pons, neu⟩ (⟦Bild 6¦3:6¦image_only¦c⟧)
⟨d¦Keine KM-aufnehmende Läsion⟩ in ⟦Serie 5, Bild 10-30¦5:10-30¦range¦d⟧. ⟨e¦Keine Diffusionsrestriktion⟩ (⟦Se 8/Bi 12¦8:12¦slash¦e⟧).
EDSS ⟪2,5¦staging⟫, Vorbefund vom ⟪03/2024¦date⟫.""",
    ),
    (
        "DE03",
        "DE",
        """Befundvorlage CT Abdomen (DRG-Template)
Untersuchung: CT Abdomen/Becken, portalvenös
KM: ⟪80 ml¦dose⟫ Imeron 350
DLP: ⟪412 mGy*cm¦dose⟫
Leber: ⟨a¦Hypodense Läsion Segment ⟪IVa¦segment⟫, ⟪14 mm¦size⟫, ⟪38 HU¦lab⟫⟩ (⟦S3:I47¦3:47¦compact¦a⟧)
Gallenblase: unauffällig
Pankreas: ⟨b¦Zystische Läsion Pankreaskorpus, ⟪9 mm¦size⟫⟩ (⟦S3:I62¦3:62¦compact¦b⟧), im Vor-CT ⟦S2:I58¦p2:58¦prior¦b⟧ ⟪8 mm¦size⟫
Nieren: ⟨c¦Bosniak-⟪II¦staging⟫-Zyste links⟩ ⟦S3:I71¦3:71¦compact¦c⟧
[x] Vergleich mit Voruntersuchung
[ ] Kritischer Befund""",
    ),
    (
        "DE04",
        "DE",
        """Lungenrundherd-Verlauf (Fleischner), Angabe Se:Im
Herd | Lage | ⟪02/2024¦date⟫ | heute | Volumen heute
⟪A¦counter⟫ | ⟨a¦OL rechts ⟪S2¦segment⟫, solide⟩ | ⟦5:90¦p5:90¦prior¦a⟧ | ⟦5:91¦5:91¦compact¦a⟧ | ⟪142 mm³¦size⟫
⟪B¦counter⟫ | ⟨b¦UL links ⟪S10¦segment⟫, teilsolide⟩ | ⟦5:210¦p5:210¦prior¦b⟧ | ⟦5:214¦5:214¦compact¦b⟧ | ⟪380 mm³¦size⟫
VDT Herd A ⟪610 d¦counter⟫, Herd B ⟪240 d¦counter⟫. Lung-RADS ⟪4A¦staging⟫.""",
    ),
    (
        "DE05",
        "DE",
        """Befund:
Serie 4 (axial venös):
- ⟨a¦Leberzyste Segment ⟪VIII¦segment⟫, ⟪11 mm¦size⟫⟩: ⟦Bild 33¦4:33¦image_only¦a⟧
- ⟨b¦Nebennierenadenom links, ⟪8 HU¦lab⟫ nativ⟩: ⟦Bild 58, 61¦4:58,4:61¦list¦b⟧
- ⟨c¦Divertikel Sigma ohne Entzündungszeichen⟩: ⟦Bild 140 bis 152¦4:140-152¦range¦c⟧
Serie 6 (koronar):
- ⟨d¦Schenkelhernie rechts mit Fettinhalt⟩: ⟦Bild 77¦6:77¦image_only¦d⟧
Kreatinin ⟪1,1 mg/dl¦lab⟫, eGFR ⟪68¦lab⟫.""",
    ),
    (
        "DE06",
        "DE",
        """MRT Prostata (PI-RADS v2.1), ⟪3 T¦dose⟫
Sequenzen: Serie 7 = T2 tra, Serie 9 = DWI b1400, Serie 10 = ADC
Läsion ⟪1¦counter⟫: ⟨a¦PZ links posterolateral, Mitte⟩, ⟪12 x 9 mm¦size⟫
  T2: ⟦Se 7 / Bi 18¦7:18¦slash¦a⟧; ADC: ⟦Se 10 / Bi 18¦10:18¦slash¦a⟧ (⟪720¦lab⟫ µm²/s)
  PI-RADS ⟪4¦staging⟫
Läsion ⟪2¦counter⟫: ⟨b¦TZ rechts anterior⟩, ⟪7 mm¦size⟫, ⟦Se 7 / Bi 14¦7:14¦slash¦b⟧, PI-RADS ⟪2¦staging⟫
PSA ⟪7,8 ng/ml¦lab⟫, PSA-Dichte ⟪0,16¦lab⟫. Volumen ⟪48 ml¦size⟫.""",
    ),
    (
        "DE07",
        "DE",
        """Verlauf Lymphknoten (Lugano), Serie 2 in allen Spalten
Station | jetzt Bild | SUVmax vorher/jetzt | Deauville
⟨a¦zervikal links ⟪IV¦level⟫⟩ | ⟦46¦2:46¦image_only¦a⟧ | ⟪12,4/3,1¦lab⟫ | ⟪3¦staging⟫
⟨b¦mediastinal ⟪4R¦level⟫⟩ | ⟦104¦2:104¦image_only¦b⟧ | ⟪9,8/2,2¦lab⟫ | ⟪2¦staging⟫
⟨c¦Milz, fokal⟩ | ⟦190¦2:190¦image_only¦c⟧ | ⟪6,1/2,0¦lab⟫ | ⟪2¦staging⟫
Injizierte Aktivität ⟪298 MBq¦dose⟫ 18F-FDG, BZ ⟪96 mg/dl¦lab⟫.""",
    ),
    (
        "DE08",
        "DE",
        """Strukturierter Befund CT-Angiographie Becken-Bein
Aorta infrarenal: ⟨a¦Aneurysma ⟪34 mm¦size⟫⟩ [⟦Serie 5: 210¦5:210¦full_de¦a⟧]
A. iliaca communis rechts: ⟨b¦Stenose ⟪50-70 %¦ratio⟫⟩ [⟦Serie 5: 288¦5:288¦full_de¦b⟧]
A. femoralis superficialis links: ⟨c¦Verschluss über ⟪8 cm¦size⟫⟩ [⟦Serie 5: 640-702¦5:640-702¦range¦c⟧]
Rutherford ⟪3¦staging⟫, ABI links ⟪0,58¦ratio⟫. Vergleich Vor-CT ⟪2022¦date⟫: Aneurysma damals ⟪31 mm¦size⟫ [⟦Serie 3: 205¦p3:205¦prior¦a⟧].""",
    ),
    (
        "DE09",
        "DE",
        """Schilddrüse sonographisch, Bilddokumentation (ohne Serie):
Knoten | Lappen | Maße | TI-RADS | Bild
⟪K1¦counter⟫ | ⟨a¦rechts kaudal, echoarm⟩ | ⟪14 x 10 x 9 mm¦size⟫ | ⟪4¦staging⟫ | ⟦Bild 7, 8¦-:7,-:8¦list¦a⟧
⟪K2¦counter⟫ | ⟨b¦links mittig, isoechogen⟩ | ⟪6 x 5 x 5 mm¦size⟫ | ⟪2¦staging⟫ | ⟦Bild 12¦-:12¦image_only¦b⟧
TSH ⟪1,2 mU/l¦lab⟫. Kontrolle in ⟪12 Monaten¦followup⟫.""",
    ),
    (
        "DE10",
        "DE",
        """MRT LWS. Serien: 2 = T2 sag, 3 = T1 sag, 6 = T2 tra.
1) ⟨a¦Bandscheibenextrusion ⟪LWK 4/5¦level⟫ rechts mediolateral mit Kompression der Wurzel ⟪L5¦level⟫⟩ (⟦2/9¦2:9¦slash¦a⟧, ⟦6/22¦6:22¦slash¦a⟧).
2) ⟨b¦Osteochondrose ⟪Modic 1¦staging⟫ ⟪LWK 5/SWK 1¦level⟫⟩ (⟦3/8¦3:8¦slash¦b⟧).
3) ⟨c¦Hämangiom ⟪LWK 2¦level⟫⟩, unverändert zur Voraufnahme (⟦2/10¦2:10¦slash¦c⟧; VA ⟦2/11¦p2:11¦prior¦c⟧).
Spinalkanal ⟪11 mm¦size⟫ a.p.""",
    ),
    (
        "DE11",
        "DE",
        """iRECIST Verlaufstabelle, Spalten Serie:Bild
Läsion | heute | Nadir ⟪09/2024¦date⟫
TL1 ⟨a¦Nebenniere rechts⟩ | ⟦3:41¦3:41¦compact¦a⟧ ⟪19 mm¦size⟫ | ⟦3:40¦p3:40¦prior¦a⟧ ⟪15 mm¦size⟫
TL2 ⟨b¦Lymphknoten iliakal links⟩ | ⟦3:96¦3:96¦compact¦b⟧ ⟪12 mm¦size⟫ | ⟦3:95¦p3:95¦prior¦b⟧ ⟪12 mm¦size⟫
NTL1 ⟨c¦Pleuraerguss rechts⟩, zunehmend | ⟦3:30¦3:30¦compact¦c⟧ | -
Summe ⟪31 mm¦size⟫ vs. Nadir ⟪27 mm¦size⟫ (⟪+15 %¦ratio⟫): iUPD nicht erreicht, iSD. Zyklus ⟪6¦counter⟫ Pembrolizumab ⟪200 mg¦dose⟫.""",
    ),
    (
        "DE12",
        "DE",
        """Kurzbefund CT Thorax (Lungenembolie), ⟪02:40 Uhr¦time⟫ telefonisch an Dr. M., Durchwahl ⟪4471¦phone⟫.
Befunde, Serie 4 (CTA axial ⟪1 mm¦size⟫):
• ⟨a¦Zentrale Embolie rechte Pulmonalarterie⟩ – ⟦#45/4¦4:45¦slash¦a⟧
• ⟨b¦Segmentale Emboli Unterlappen links ⟪A9¦segment⟫, ⟪A10¦segment⟫⟩ – ⟦#112/4, #118/4¦4:112,4:118¦list¦b⟧
• ⟨c¦RV/LV-Quotient erhöht⟩ ⟪1,3¦ratio⟫ – ⟦#160/4¦4:160¦slash¦c⟧
sPESI ⟪1¦staging⟫, Troponin ⟪48 ng/l¦lab⟫.""",
    ),
    (
        "DE13",
        "DE",
        """Mamma-MRT beidseits. Serie 1004 = Subtraktion ⟪2.¦counter⟫ Minute, Serie 12 = T2.
Befundtabelle
Herd | Seite/Uhr | Größe | Kinetik | Bild (Se 1004)
⟪1¦counter⟫ | ⟨a¦rechts ⟪10 Uhr¦time⟫, irregulär, Washout⟩ | ⟪15 mm¦size⟫ | Typ ⟪III¦staging⟫ | ⟦88¦1004:88¦image_only¦a⟧
⟪2¦counter⟫ | ⟨b¦links ⟪3 Uhr¦time⟫, Fibroadenom-typisch⟩ | ⟪9 mm¦size⟫ | Typ ⟪I¦staging⟫ | ⟦102, 104¦1004:102,1004:104¦list¦b⟧
Herd ⟪2¦counter⟫ in T2 hyperintens (⟦Se 12 Bi 51¦12:51¦abbrev_de¦b⟧). BI-RADS rechts ⟪4¦birads⟫, links ⟪2¦birads⟫.""",
    ),
    (
        "DE14",
        "DE",
        """Nachtrag zum Befund vom ⟪14.02.2025¦date⟫ (Seite ⟪2 von 2¦counter⟫):
Die in Punkt ⟪3¦counter⟫ beschriebene ⟨a¦Leberläsion⟩ liegt auf ⟦S5:I77¦5:77¦compact¦a⟧.
Im Vor-MRT vom ⟪10.08.2024¦date⟫ ⟨b¦bereits vorhanden, damals ⟪8 mm¦size⟫⟩ (⟦S8:I40¦p8:40¦prior¦b⟧, ⟦S8:I42¦p8:42¦prior¦b⟧).
⟨c¦Zweite Läsion Segment ⟪II¦segment⟫⟩ ⟦S5:I52¦5:52¦compact¦c⟧, ⟪6 mm¦size⟫, LI-RADS ⟪3¦staging⟫.""",
    ),
    (
        "AT01",
        "AT",
        """CT Thorax-Abdomen, Staging. Serien: 2 = nativ, 4 = arteriell, 5 = portalvenös.
Befunde (Sr./Img.):
a) ⟨a¦Hypervaskuläre Läsion Leber Segment ⟪VI¦segment⟫, ⟪17 mm¦size⟫⟩ – arteriell ⟦Sr. 4/Img. 66¦4:66¦slash¦a⟧, portalvenös ⟦Sr. 5/Img. 64¦5:64¦slash¦a⟧
b) ⟨b¦Pankreaskopf unauffällig⟩ – ⟦Sr. 5/Img. 80¦5:80¦slash¦b⟧
c) ⟨c¦Verkalkter Granulom-Rundherd Mittellappen⟩ ⟪4 mm¦size⟫ – ⟦Sr. 2/Img. 41¦2:41¦slash¦c⟧
Befundpunkt ⟪d¦counter⟫ entfällt. CTDIvol ⟪9,8 mGy¦dose⟫.""",
    ),
    (
        "AT02",
        "AT",
        """Verlaufstabelle RECIST 1.1 – Angabe S:I
Nr | Organ | Baseline (VU ⟪Feber 2025¦date⟫) | aktuell ⟪Juni 2025¦date⟫
⟪1¦counter⟫ | ⟨a¦Lunge re UL⟩ | ⟪24 mm¦size⟫ | ⟦S3 I138¦3:138¦glued¦a⟧ / ⟪16 mm¦size⟫
⟪2¦counter⟫ | ⟨b¦LK hilär li⟩ | ⟪18 mm¦size⟫ | ⟦S3 I96¦3:96¦glued¦b⟧ / ⟪11 mm¦size⟫
⟪3¦counter⟫ | ⟨c¦Leber Seg ⟪V¦segment⟫⟩ | ⟪30 mm¦size⟫ | ⟦S4 I57¦4:57¦glued¦c⟧ / ⟪22 mm¦size⟫
SOD ⟪72¦size⟫ -> ⟪49 mm¦size⟫, PR (⟪-32 %¦ratio⟫).""",
    ),
    (
        "AT03",
        "AT",
        """MRT Knie rechts
Serie 3 = PD fs cor, Serie 4 = PD fs sag, Serie 6 = T1 cor
[x] Meniskusläsion: ⟨a¦Horizontalriss Innenmeniskus-Hinterhorn⟩ (⟦4 / 12¦4:12¦slash¦a⟧, ⟦3 / 9¦3:9¦slash¦a⟧)
[x] Knorpel: ⟨b¦Chondropathie ⟪Grad 3¦staging⟫ medialer Femurkondylus⟩ (⟦4 / 14¦4:14¦slash¦b⟧)
[ ] Bandläsion
[x] Erguss: ⟨c¦mäßig⟩ (⟦4 / 20¦4:20¦slash¦c⟧)
Outerbridge ⟪III¦staging⟫, Kellgren-Lawrence ⟪2¦staging⟫.""",
    ),
    (
        "AT04",
        "AT",
        """Befundvorlage Schädel-CT (Schlaganfall)
Zeitpunkt: ⟪07:12¦time⟫, Symptombeginn ⟪05:50¦time⟫
ASPECTS: ⟪8¦staging⟫
Hypodensität: ⟨a¦Inselrinde links⟩ – ⟦Serie 2 Bild 18¦2:18¦full_de¦a⟧
Hyperdenses Gefäßzeichen: ⟨b¦M1 links⟩ – ⟦Serie 2 Bild 14¦2:14¦full_de¦b⟧
CTA: ⟨c¦Verschluss M1-Segment links⟩ – ⟦Serie 7, Bild 88-96¦7:88-96¦range¦c⟧
RR ⟪170/95¦blood_pressure⟫, NIHSS ⟪14¦staging⟫. Rückruf ⟪DW 2271¦phone⟫.""",
    ),
    (
        "AT05",
        "AT",
        """MS-Verlaufskontrolle. Vergleich: MRT ⟪16.09.2024¦date⟫ (Serie 401 FLAIR).
Aktuelle Serie 3 = FLAIR 3D.
Läsion | aktuell Bild | VU Bild | Größe
L1 ⟨a¦periventrikulär links okzipital⟩ | ⟦75¦3:75¦image_only¦a⟧ | ⟦73¦p401:73¦prior¦a⟧ | ⟪9 mm¦size⟫
L2 ⟨b¦Balken Splenium⟩ | ⟦81¦3:81¦image_only¦b⟧ | ⟦80¦p401:80¦prior¦b⟧ | ⟪5 mm¦size⟫
L3 ⟨c¦neu, juxtakortikal parietal rechts⟩ | ⟦102¦3:102¦image_only¦c⟧ | – | ⟪4 mm¦size⟫
Insgesamt ⟪14¦counter⟫ T2-Läsionen, ⟪1¦counter⟫ neu.""",
    ),
    (
        "AT06",
        "AT",
        """Sono Abdomen, Bildnummern:
Leber: ⟨a¦Steatosis hepatis ⟪Grad 2¦staging⟫⟩, ⟦Bild 3¦-:3¦image_only¦a⟧
Gallenblase: ⟨b¦Konkrement ⟪12 mm¦size⟫ mit Schallschatten⟩, ⟦Bild 5 bis 7¦-:5-7¦range¦b⟧
Niere li: ⟨c¦Parapelvine Zyste⟩ ⟪22 mm¦size⟫, ⟦Bild 11¦-:11¦image_only¦c⟧
Milz ⟪11,5 cm¦size⟫. Befund Seite ⟪1/1¦counter⟫.""",
    ),
    (
        "AT07",
        "AT",
        """CT Nasennebenhöhlen. Serien: 3 = axial Knochen, 4 = koronar, 5 = sagittal.
• ⟨a¦Schleimhautschwellung Sinus maxillaris rechts⟩ koronar ⟦Bild 44¦4:44¦plane¦a⟧
• ⟨b¦Septumdeviation nach links⟩ koronar ⟦Bild 38¦4:38¦plane¦b⟧, axial ⟦Bild 21¦3:21¦plane¦b⟧
• ⟨c¦Verlegung OMC rechts⟩ ⟦Se 4 Bi 40¦4:40¦abbrev_de¦c⟧
Lund-Mackay ⟪7¦staging⟫, Keros ⟪Typ 2¦staging⟫.""",
    ),
    (
        "AT08",
        "AT",
        """Leber-MRT (Primovist), LI-RADS-Tabelle
Serien: 1101 arteriell, 1301 portalvenös, 1801 hepatobiliär (⟪20 min¦time⟫)
Beob. | Segment | Größe | APHE | Washout | Bilder (1101 / 1801) | LR
⟪1¦counter⟫ | ⟨a¦Segment ⟪VIII¦segment⟫⟩ | ⟪22 mm¦size⟫ | ja | ja | ⟦33 / 35¦1101:33,1801:35¦image_only¦a⟧ | ⟪5¦staging⟫
⟪2¦counter⟫ | ⟨b¦Segment ⟪III¦segment⟫⟩ | ⟪8 mm¦size⟫ | ja | nein | ⟦61 / 60¦1101:61,1801:60¦image_only¦b⟧ | ⟪3¦staging⟫
AFP ⟪112 ng/ml¦lab⟫, Child-Pugh ⟪A6¦staging⟫.""",
    ),
    (
        "AT09",
        "AT",
        """Thorax-CT Vergleich mit auswärtiger Voruntersuchung (CD, ⟪03/2023¦date⟫, dort Serie 201)
⟨a¦Rundherd Lingula⟩ ⟪7 mm¦size⟫: jetzt ⟦Se. 3, Bi. 150¦3:150¦abbrev_de¦a⟧, damals ⟦Bi. 89¦p201:89¦prior¦a⟧ ⟪6 mm¦size⟫.
⟨b¦Mattglasherd Oberlappen links⟩: jetzt ⟦Se. 3, Bi. 77¦3:77¦abbrev_de¦b⟧, auswärts ⟦Se. 201, Bi. 44¦p201:44¦prior¦b⟧.
Pack-years ⟪30¦counter⟫, Brock-Score ⟪6 %¦ratio⟫.""",
    ),
    (
        "AT10",
        "AT",
        """Strukturierter Befund Rektum-MRT (Primärstaging)
Sequenzen: Serie 5 T2 hochauflösend axial, Serie 6 T2 sagittal
Tumorunterrand: ⟨a¦⟪6 cm¦size⟫ ab ACL⟩ (⟦Serie 6, Bild 20¦6:20¦full_de¦a⟧)
T-Kategorie: ⟪T3b¦staging⟫, ⟨b¦extramurale Tiefe⟩ ⟪4 mm¦size⟫ (⟦Serie 5, Bild 24¦5:24¦full_de¦b⟧)
MRF: ⟨c¦Abstand ⟪1,5 mm¦size⟫ – bedroht⟩ (⟦Serie 5, Bild 27¦5:27¦full_de¦c⟧)
EMVI: positiv, ⟨d¦Vene bei ⟪11 Uhr¦time⟫⟩ (⟦Serie 5, Bild 22 und 23¦5:22,5:23¦list¦d⟧)
N: ⟪N1b¦staging⟫""",
    ),
    (
        "AT11",
        "AT",
        """Verlaufskontrolle Nebenniere. Voraufnahmen: CT ⟪2021¦date⟫ (Se 3) und CT ⟪2023¦date⟫ (Se 4); heute Se 4.
Zeitpunkt | Bild | Größe | nativ HU
⟪2021¦date⟫ | ⟦3/55¦p3:55¦prior¦a⟧ | ⟪18 mm¦size⟫ | ⟪6¦lab⟫
⟪2023¦date⟫ | ⟦4/61¦p4:61¦prior¦a⟧ | ⟪18 mm¦size⟫ | ⟪7¦lab⟫
heute | ⟦4/60¦4:60¦slash¦a⟧ | ⟪19 mm¦size⟫ | ⟪5¦lab⟫
Beurteilung: ⟨a¦größenkonstantes lipidreiches Adenom links⟩, keine Kontrolle nötig.""",
    ),
    (
        "AT12",
        "AT",
        """Befund CT Becken nach Sturz, ⟪83¦age⟫ Jahre.
Serie 3 (axial), Serie 8 (koronare MPR):
1. ⟨a¦Nicht dislozierte Fraktur Os pubis rechts⟩ (⟦3:122¦3:122¦compact¦a⟧, ⟦8:45¦8:45¦compact¦a⟧)
2. ⟨b¦Fraktur Massa lateralis Os sacrum rechts, ⟪Denis I¦staging⟫⟩ (⟦3:60¦3:60¦compact¦b⟧)
3. ⟨c¦Hämatom M. iliopsoas⟩ ⟪32 x 18 mm¦size⟫ (⟦3:98 bis 3:110¦3:98-110¦range¦c⟧)
Hb ⟪10,9 g/dl¦lab⟫. FFP-Klassifikation ⟪IIb¦staging⟫.""",
    ),
    (
        "AT13",
        "AT",
        """PSMA-PET/CT. Serie 4 = CT, Serie 6 = Fusion.
Läsionen (Fusion Serie 6):
- ⟨a¦LK iliakal intern links⟩ ⟪8 mm¦size⟫, SUVmax ⟪14,2¦lab⟫: ⟦Bild 210¦6:210¦image_only¦a⟧
- ⟨b¦Knochenläsion ⟪BWK 9¦level⟫⟩, SUVmax ⟪9,0¦lab⟫: ⟦Bild 101¦6:101¦image_only¦b⟧ (CT ⟦Serie 4 Bild 101¦4:101¦full_de¦b⟧ osteoblastisch)
Im Staging-PET ⟪11/2024¦date⟫ ⟨c¦LK bereits nachweisbar⟩ (Vorstudie ⟦Se 6 Bi 205¦p6:205¦prior¦c⟧).
PSA ⟪0,8 ng/ml¦lab⟫, ⟪196 MBq¦dose⟫ 68Ga-PSMA-11. miN ⟪1a¦staging⟫, miM ⟪1b¦staging⟫.""",
    ),
    (
        "AT14",
        "AT",
        """Kontrolle nach Mikrowellenablation Leber.
Tabelle (Sr./Img., Sr. 5 portalvenös):
Ablationszone | Segment | heute
⟪Z1¦counter⟫ ⟨a¦Ablationszone ohne Randenhancement⟩ | ⟪VII¦segment⟫ | ⟦5/36¦5:36¦slash¦a⟧
⟪Z2¦counter⟫ ⟨b¦Ablationszone mit nodulärem Randenhancement⟩ | ⟪IVb¦segment⟫ | ⟦5/69¦5:69¦slash¦b⟧
mRECIST ⟪PR¦staging⟫. Ablation ⟪90 W¦dose⟫ über ⟪6 min¦time⟫.""",
    ),
    (
        "CH01",
        "CH",
        """CT Thorax, Verlauf Lungenmetastasen. Vorbefund vom ⟪12.1.2025¦date⟫.
Metastase | Lappen | heute Se/Bi | Grösse heute/vorher
M1 ⟨a¦subpleural rechts ⟪S6¦segment⟫⟩ | UL re | ⟦3/180¦3:180¦slash¦a⟧ | ⟪9/6 mm¦size⟫
M2 ⟨b¦perifissural links⟩ | OL li | ⟦3/95¦3:95¦slash¦b⟧ | ⟪5/5 mm¦size⟫
M3 ⟨c¦neu, Mittellappen⟩ | ML | ⟦3/140¦3:140¦slash¦c⟧ | ⟪4 mm¦size⟫
Beurteilung: leichte Progredienz (M1 ⟪+50 %¦ratio⟫, M3 neu).""",
    ),
    (
        "CH02",
        "CH",
        """IRM cérébrale – Befund auf Deutsch.
Serien: Sér. 4 = FLAIR, Sér. 9 = T1 Gd, Sér. 11 = SWI.
- ⟨a¦Meningeom frontal rechts, ⟪21 x 17 mm¦size⟫⟩: ⟦Sér. 9, Bild n° 62¦9:62¦full_de¦a⟧
- ⟨b¦Perifokales Ödem diskret⟩: ⟦Sér. 4, Bild n° 60¦4:60¦full_de¦b⟧
- ⟨c¦Mikroblutungen⟩ (⟪3¦counter⟫): ⟦Sér. 11, Bild n° 40, 47 und 52¦11:40,11:47,11:52¦list¦c⟧
Dans le précédent examen (⟪2023¦date⟫) ⟨d¦Meningeom ⟪18 mm¦size⟫⟩, ⟦Sér. 7, Bild n° 58¦p7:58¦prior¦d⟧.""",
    ),
    (
        "CH03",
        "CH",
        """Strukturierter Befund CT Abdomen (Notfall)
Fragestellung: Appendizitis?
Appendix: ⟨a¦verdickt ⟪11 mm¦size⟫, Appendikolith⟩ [⟦Se 3 | Bi 140¦3:140¦abbrev_de¦a⟧]
Freie Luft: nein
Freie Flüssigkeit: ⟨b¦wenig im Douglas⟩ [⟦Se 3 | Bi 201¦3:201¦abbrev_de¦b⟧]
Zusatz: ⟨c¦Ovarialzyste rechts⟩ ⟪3,4 cm¦size⟫ [⟦Se 601 | Bi 55¦601:55¦abbrev_de¦c⟧]
CRP ⟪86 mg/l¦lab⟫, Leukozyten ⟪14,2 G/l¦lab⟫. Befund mündlich ⟪23:15¦time⟫ an Station ⟪7B¦counter⟫.""",
    ),
    (
        "CH04",
        "CH",
        """Lungenkrebs-Screening, Runde ⟪2¦counter⟫. Knötchenliste (Ser./Imm.):
#  Lokalisation            Typ         Vol. heute   Ser./Imm. heute   Ser./Imm. Runde 1
⟪1¦counter⟫  ⟨a¦OL rechts apikal⟩         solide      ⟪68 mm³¦size⟫       ⟦2/61¦2:61¦slash¦a⟧              ⟦2/58¦p2:58¦prior¦a⟧
⟪2¦counter⟫  ⟨b¦UL links laterobasal⟩     teilsolide  ⟪210 mm³¦size⟫      ⟦2/244¦2:244¦slash¦b⟧             ⟦2/240¦p2:240¦prior¦b⟧
⟪3¦counter⟫  ⟨c¦Mittellappen⟩             Mattglas    ⟪5 mm¦size⟫         ⟦2/170¦2:170¦slash¦c⟧             ⟦2/166¦p2:166¦prior¦c⟧
Lung-RADS ⟪3¦staging⟫, nächste Runde in ⟪6 Monaten¦followup⟫.""",
    ),
    (
        "CH05",
        "CH",
        """MRI Schulter links. Sequenzen: Serie 2 = PD fs koronar, Serie 3 = PD fs sagittal, Serie 5 = T1 axial.
Befunde:
1. ⟨a¦Transmurale Ruptur Supraspinatussehne⟩, Retraktion ⟪Patte 2¦staging⟫ – ⟦Serie 2 Bild 11 bis 14¦2:11-14¦range¦a⟧
2. ⟨b¦Fettige Atrophie Supraspinatus⟩ ⟪Goutallier 2¦staging⟫ – ⟦Serie 3 Bild 7¦3:7¦full_de¦b⟧
3. ⟨c¦Os acromiale⟩ – ⟦Serie 5 Bild 4¦5:4¦full_de¦c⟧
Rupturbreite ⟪18 mm¦size⟫.""",
    ),
    (
        "CH06",
        "CH",
        """TAVI-Planung CT, EKG-getriggert, Phase ⟪30 %¦ratio⟫.
Messwerte | Wert | Bild (Serie 203)
⟨a¦Anulus-Perimeter⟩ | ⟪76 mm¦size⟫ | ⟦48¦203:48¦image_only¦a⟧
⟨b¦Anulus-Fläche⟩ | ⟪452 mm²¦size⟫ | ⟦48¦203:48¦image_only¦b⟧
⟨c¦Abgang Koronararterie links⟩ | ⟪13 mm¦size⟫ | ⟦61¦203:61¦image_only¦c⟧
Zugang: ⟨d¦A. femoralis communis rechts⟩ ⟪8,1 mm¦size⟫ (⟦Ser. 5 Bild 402¦5:402¦abbrev_de¦d⟧). KM ⟪90 ml¦dose⟫.""",
    ),
    (
        "CH07",
        "CH",
        """Befund CT Schädel nach Sturz unter Antikoagulation (INR ⟪2,8¦lab⟫).
Serie 2 axial, Serie 6 koronar
[x] Blutung: ⟨a¦Subdurales Hämatom frontoparietal rechts, ⟪9 mm¦size⟫⟩ (⟦2:18¦2:18¦compact¦a⟧, ⟦6:33¦6:33¦compact¦a⟧)
[x] Mittellinienverlagerung: ⟨b¦⟪4 mm¦size⟫ nach links⟩ (⟦2:20¦2:20¦compact¦b⟧)
[ ] Fraktur
Im Vor-CT vom ⟪Vortag¦date⟫ ⟨c¦Hämatom ⟪6 mm¦size⟫⟩ (VU ⟦2:17¦p2:17¦prior¦c⟧). GCS ⟪14¦staging⟫.""",
    ),
    (
        "CH08",
        "CH",
        """Verlaufstabelle Neuroendokriner Tumor (DOTATATE-PET/CT), Serie 5 = CT venös
Herd | Organ | heute S:I | Krenning
H1 | ⟨a¦Leber Segment ⟪VI¦segment⟫⟩ | ⟦5:50¦5:50¦compact¦a⟧ | ⟪3¦staging⟫
H2 | ⟨b¦Mesenterialer Konglomerat-LK⟩ | ⟦5:98¦5:98¦compact¦b⟧ | ⟪4¦staging⟫
H3 | ⟨c¦Pankreasschwanz⟩ | ⟦5:71¦5:71¦compact¦c⟧ | ⟪3¦staging⟫
Chromogranin A ⟪310 µg/l¦lab⟫, Ki-67 ⟪4 %¦ratio⟫.""",
    ),
    (
        "CH09",
        "CH",
        """Rapport MRI Becken (Endometriose), deutsch diktiert.
Serien: 301 = T2 sag, 302 = T2 ax, 305 = T1 fs.
– ⟨a¦Endometriom Ovar links⟩ ⟪38 mm¦size⟫ (⟦Ser. 305, Imm. 14¦305:14¦abbrev_de¦a⟧)
– ⟨b¦Tiefer Herd Lig. sacrouterinum rechts⟩ (⟦Ser. 302 / Imm. 22¦302:22¦slash¦b⟧)
– ⟨c¦Adenomyose, JZ ⟪14 mm¦size⟫⟩ (⟦Ser. 301 / Imm. 18¦301:18¦slash¦c⟧)
#Enzian ⟪O2/2¦staging⟫, ⟪T0/0¦staging⟫.""",
    ),
    (
        "CH10",
        "CH",
        """Zweitmeinung zu auswärtigem CT (⟪4.3.2025¦date⟫, Spital X) im Vergleich mit unserem CT von heute.
Läsion | unser CT (Serie 3) | auswärtiges CT (Serie 2)
⟨a¦Nierenzellkarzinom rechts, ⟪42 mm¦size⟫⟩ | ⟦Bild 88¦3:88¦image_only¦a⟧ | ⟦Bild 36¦p2:36¦prior¦a⟧
⟨b¦Nierenvenenthrombus⟩ | ⟦Bild 80¦3:80¦image_only¦b⟧ | nicht beurteilbar (nativ)
⟨c¦Nebenniere rechts unauffällig⟩ | ⟦Bild 60¦3:60¦image_only¦c⟧ | ⟦Bild 25¦p2:25¦prior¦c⟧
Stadium ⟪cT3a¦staging⟫, RENAL-Score ⟪9x¦staging⟫.""",
    ),
    (
        "CH11",
        "CH",
        """Knochenszintigraphie mit SPECT/CT, Befund in Feldern:
Untersuchung: Ganzkörper + SPECT/CT LWS
Aktivität: ⟪700 MBq¦dose⟫ Tc-99m-HDP
SPECT/CT: ⟨a¦Mehranreicherung Facettengelenk ⟪L4/5¦level⟫ links⟩ (⟦Serie 4 Bild 70¦4:70¦full_de¦a⟧)
SPECT/CT: ⟨b¦Osteoblastische Läsion ⟪LWK 3¦level⟫⟩ (⟦Serie 4 Bild 61¦4:61¦full_de¦b⟧), in Vor-CT ⟪2022¦date⟫ ⟨c¦gleich⟩ (⟦Serie 3 Bild 59¦p3:59¦prior¦c⟧)
Beurteilung: degenerativ.""",
    ),
    (
        "CH12",
        "CH",
        """MR-Enterographie (Morbus Crohn). Serie 8 = T2 HASTE kor, Serie 14 = T1 KM kor.
Segment | Länge | Wanddicke | Bilder Se 14 | MaRIA
⟨a¦Terminales Ileum⟩ | ⟪15 cm¦size⟫ | ⟪7 mm¦size⟫ | ⟦22–26¦14:22-26¦range¦a⟧ | ⟪18¦staging⟫
⟨b¦Sigma⟩ | ⟪5 cm¦size⟫ | ⟪4 mm¦size⟫ | ⟦31¦14:31¦image_only¦b⟧ | ⟪9¦staging⟫
⟨c¦Fistel ileozäkal⟩ in T2 ⟦Se 8 Bi 19¦8:19¦abbrev_de¦c⟧. Calprotectin ⟪620 µg/g¦lab⟫.""",
    ),
    (
        "CH13",
        "CH",
        """Verlaufskontrolle Gliom (RANO). Serien: 10 = T1 KM 3D, 12 = FLAIR.
Messung | heute | VU ⟪10/2024¦date⟫ | Bild heute | Bild VU
⟨a¦KM-Anteil⟩ | ⟪21 x 15 mm¦size⟫ | ⟪18 x 14 mm¦size⟫ | ⟦10/95¦10:95¦slash¦a⟧ | ⟦10/92¦p10:92¦prior¦a⟧
⟨b¦FLAIR-Anteil⟩ | ⟪48 mm¦size⟫ | ⟪45 mm¦size⟫ | ⟦12/31¦12:31¦slash¦b⟧ | ⟦12/30¦p12:30¦prior¦b⟧
Dexamethason ⟪4 mg¦dose⟫/d, rCBV ⟪3,1¦ratio⟫. RANO: stabil.""",
    ),
    (
        "CH14",
        "CH",
        """Sonographie Hals, Lymphknoten. Bilder ohne Serie.
LK | Level | Kurzachse | Hilus | Bild
⟨a¦LK zervikal rechts⟩ | ⟪II¦level⟫ | ⟪9 mm¦size⟫ | erhalten | ⟦4¦-:4¦image_only¦a⟧
⟨b¦LK zervikal links⟩ | ⟪III¦level⟫ | ⟪12 mm¦size⟫ | fehlt | ⟦9, 10¦-:9,-:10¦list¦b⟧
Vorsono ⟪8/2024¦date⟫: ⟨c¦LK links damals ⟪8 mm¦size⟫⟩ (⟦Bild 6¦p-:6¦prior¦c⟧). FNP empfohlen.""",
    ),
    (
        "UK01",
        "UK",
        """CT chest/abdomen/pelvis – RECIST 1.1 follow-up. Comparison: baseline ⟪14/01/2025¦date⟫.
Target lesions (series:image)
| # | Site | Baseline | Today | Baseline mm | Today mm |
| ⟪1¦counter⟫ | ⟨a¦Right lower lobe mass⟩ | ⟦3:178¦p3:178¦prior¦a⟧ | ⟦3:181¦3:181¦compact¦a⟧ | ⟪41¦size⟫ | ⟪33¦size⟫ |
| ⟪2¦counter⟫ | ⟨b¦Subcarinal node⟩ | ⟦3:112¦p3:112¦prior¦b⟧ | ⟦3:110¦3:110¦compact¦b⟧ | ⟪19¦size⟫ | ⟪12¦size⟫ |
| ⟪3¦counter⟫ | ⟨c¦Left adrenal⟩ | ⟦5:44¦p5:44¦prior¦c⟧ | ⟦5:46¦5:46¦compact¦c⟧ | ⟪25¦size⟫ | ⟪20¦size⟫ |
Sum ⟪85 mm¦size⟫ to ⟪65 mm¦size⟫ (⟪-24%¦ratio⟫): stable disease.""",
    ),
    (
        "UK02",
        "UK",
        """MRI brain – MS monitoring. Series: 4 = 3D FLAIR, 7 = T1 post-gadolinium.
New or enlarging lesions (series 4):
- ⟨a¦Right periventricular, new⟩, ⟪5 mm¦size⟫: ⟦image 96¦4:96¦image_only¦a⟧
- ⟨b¦Left centrum semiovale, enlarged⟩ from ⟪4¦size⟫ to ⟪7 mm¦size⟫: ⟦image 121¦4:121¦image_only¦b⟧ (prior study ⟦image 118¦p4:118¦prior¦b⟧)
No enhancing lesion ⟨c¦on the post-contrast images⟩ (⟦Se 7 Im 20-60¦7:20-60¦range¦c⟧).
Total T2 lesion count ⟪23¦counter⟫. On ocrelizumab ⟪600 mg¦dose⟫ since ⟪March 2023¦date⟫.""",
    ),
    (
        "UK03",
        "UK",
        """Structured report – CT pulmonary angiogram
Indication: pleuritic chest pain, Wells ⟪4.5¦staging⟫, D-dimer ⟪1,240 ng/mL¦lab⟫
Pulmonary emboli: ⟨a¦Yes – right lower lobe segmental arteries⟩ (⟦Se 4 Im 188, 194¦4:188,4:194¦list¦a⟧)
Right heart strain: ⟨b¦No; RV:LV⟩ ⟪0.9¦ratio⟫ (⟦Se 4 Im 140¦4:140¦abbrev_en¦b⟧)
Other: ⟨c¦Small left pleural effusion⟩ (⟦Se 4 Im 230¦4:230¦abbrev_en¦c⟧)
Discussed with FY2 on bleep ⟪2241¦phone⟫ at ⟪17:52¦time⟫.""",
    ),
    (
        "UK04",
        "UK",
        """Lung nodule surveillance (BTS). Series 3 = 1 mm lung kernel throughout.
Nodule   Location              Today    Volume prior/today      VDT
N1       ⟨a¦RUL posterior⟩         ⟦im 104¦3:104¦image_only¦a⟧   ⟪95/110 mm3¦size⟫         ⟪820 days¦counter⟫
N2       ⟨b¦LLL superior segment⟩  ⟦im 199¦3:199¦image_only¦b⟧   ⟪60/61 mm3¦size⟫          stable
Brock risk ⟪4.1%¦ratio⟫. Next CT in ⟪12 months¦followup⟫.""",
    ),
    (
        "UK05",
        "UK",
        """MRI lumbar spine. Sequences: S2 = sag T2, S3 = sag T1, S7 = axial T2.
1. ⟨a¦⟪L4/5¦level⟫ broad-based disc protrusion with moderate canal stenosis⟩ (⟦S2 I9¦2:9¦glued¦a⟧; ⟦S7 I14¦7:14¦glued¦a⟧).
2. ⟨b¦⟪L5/S1¦level⟫ left foraminal disc, contacting the exiting ⟪L5¦level⟫ root⟩ (⟦S7 I20¦7:20¦glued¦b⟧).
3. ⟨c¦Type ⟪2¦staging⟫ Modic change ⟪L3¦level⟫ inferior endplate⟩ (⟦S3 I8¦3:8¦glued¦c⟧).
Conus ends at ⟪L1¦level⟫.""",
    ),
    (
        "UK06",
        "UK",
        """Report template – CT head (trauma), NICE criteria met.
Time of scan: ⟪03:18¦time⟫
[x] Fracture: ⟨a¦undisplaced left temporal bone fracture⟩ – bone window ⟦Se 3 Im 28¦3:28¦abbrev_en¦a⟧
[x] Haemorrhage: ⟨b¦thin left extradural haematoma⟩, ⟪6 mm¦size⟫ – ⟦Se 2 Im 19¦2:19¦abbrev_en¦b⟧
[ ] Midline shift
[ ] Hydrocephalus
GCS ⟪15¦staging⟫ on arrival; aged ⟪34¦age⟫.""",
    ),
    (
        "UK07",
        "UK",
        """PET-CT lymphoma – interim response (Deauville). Fused series 6.
Site | Interim image | SUVmax base/int | DS
⟨a¦Left supraclavicular nodes⟩ | ⟦60¦6:60¦image_only¦a⟧ | ⟪15.2/2.1¦lab⟫ | ⟪2¦staging⟫
⟨b¦Anterior mediastinal mass⟩ | ⟦93¦6:93¦image_only¦b⟧ | ⟪18.9/3.6¦lab⟫ | ⟪4¦staging⟫
⟨c¦Spleen⟩ | ⟦171¦6:171¦image_only¦c⟧ | ⟪4.0/1.9¦lab⟫ | ⟪2¦staging⟫
Liver SUVmean ⟪2.4¦lab⟫, mediastinal blood pool ⟪1.8¦lab⟫. After ⟪2¦counter⟫ cycles ABVD.""",
    ),
    (
        "UK08",
        "UK",
        """CT KUB.
Findings (series 2, axial 2 mm):
• ⟨a¦Right proximal ureteric calculus⟩, ⟪6 mm¦size⟫, ⟪980 HU¦lab⟫ – ⟦im 54¦2:54¦abbrev_en¦a⟧
• ⟨b¦Mild right hydronephrosis⟩ – ⟦im 40-48¦2:40-48¦range¦b⟧
• ⟨c¦Non-obstructing left lower pole calculi⟩ ×⟪3¦counter⟫ – ⟦im 61, 63, 66¦2:61,2:63,2:66¦list¦c⟧
Skin-to-stone distance ⟪9 cm¦size⟫.""",
    ),
    (
        "UK09",
        "UK",
        """MRI prostate (PI-RADS 2.1). Series 5 = T2 axial, series 9 = ADC, series 11 = DCE.
Lesion 1 – ⟨a¦left PZpl apex-mid⟩, ⟪14 mm¦size⟫, PI-RADS ⟪5¦staging⟫
   T2 ⟦S5/I16¦5:16¦slash¦a⟧; ADC ⟦S9/I16¦9:16¦slash¦a⟧; DCE positive ⟦S11/I16¦11:16¦slash¦a⟧
Prostate volume ⟪52 mL¦size⟫, PSA ⟪11.2¦lab⟫, PSAD ⟪0.22¦lab⟫.
Prior MRI (⟪2023¦date⟫): ⟨b¦same lesion, then ⟪9 mm¦size⟫⟩ at ⟦S5/I15¦p5:15¦prior¦b⟧.""",
    ),
    (
        "UK10",
        "UK",
        """Abdominal aortic aneurysm surveillance post-EVAR. Series 4 = arterial, series 6 = delayed.
Date | Sac diameter | Image
⟪02/2023¦date⟫ | ⟪61 mm¦size⟫ | (not archived)
⟪03/2024¦date⟫ | ⟪60 mm¦size⟫ | ⟦Se 4 Im 152¦p4:152¦prior¦a⟧
today | ⟪63 mm¦size⟫ | ⟦Se 4 Im 151¦4:151¦abbrev_en¦a⟧
Conclusion: ⟨a¦sac expansion⟩ with ⟨b¦a type ⟪II¦staging⟫ endoleak from a lumbar artery⟩ on the delayed phase (⟦Se 6 Im 148¦6:148¦abbrev_en¦b⟧).""",
    ),
    (
        "UK11",
        "UK",
        """Staging CT (oesophageal cancer). Key images:
1) ⟨a¦Mid-oesophageal tumour⟩, ⟪5 cm¦size⟫ length – ⟦3/88-104¦3:88-104¦range¦a⟧
2) ⟨b¦Left gastric node⟩, ⟪11 mm¦size⟫ short axis – ⟦3/142¦3:142¦slash¦b⟧
3) ⟨c¦Indeterminate ⟪4 mm¦size⟫ liver lesion segment ⟪6¦segment⟫⟩ – ⟦3/160¦3:160¦slash¦c⟧
TNM ⟪cT3 N1 M0¦staging⟫. MDT ⟪Thursday 08:00¦time⟫, ext. ⟪5582¦phone⟫.""",
    ),
    (
        "UK12",
        "UK",
        """Liver MRI – known colorectal metastases, compared with pre-chemotherapy MRI (⟪Nov 2024¦date⟫).
Series: 12 = DWI b800, 20 = hepatobiliary phase (⟪20 min¦time⟫).
Metastasis   Segment   Today (se 20)   Size today/pre
⟨a¦M1⟩           ⟪VII¦segment⟫       ⟦im 30¦20:30¦abbrev_en¦a⟧           ⟪18/29 mm¦size⟫
⟨b¦M2⟩           ⟪IVa¦segment⟫      ⟦im 48¦20:48¦abbrev_en¦b⟧           ⟪9/15 mm¦size⟫
⟨c¦No new lesion on DWI⟩ (⟦se 12 im 10-45¦12:10-45¦range¦c⟧).""",
    ),
    (
        "UK13",
        "UK",
        """US pelvis (transvaginal). Images numbered, no series.
Uterus ⟪82 x 45 x 50 mm¦size⟫, endometrium ⟪6 mm¦size⟫ (⟦image 4¦-:4¦image_only¦a⟧): ⟨a¦endometrium normal for day ⟪14¦counter⟫⟩.
⟨b¦Right ovarian dermoid⟩ ⟪32 mm¦size⟫, O-RADS ⟪3¦staging⟫ (⟦images 9 and 10¦-:9,-:10¦list¦b⟧).
⟨c¦Left ovary normal⟩ with ⟪6¦counter⟫ follicles (⟦image 13¦-:13¦image_only¦c⟧).""",
    ),
    (
        "UK14",
        "UK",
        """Addendum (Dr P, ⟪09:40¦time⟫): correction to finding ⟪2¦counter⟫ of the original report.
⟨a¦The hypodense pancreatic tail lesion⟩ is on ⟦series 5 image 87¦5:87¦full_en¦a⟧.
On the comparison study of ⟪21/09/2024¦date⟫ ⟨b¦it measured ⟪12 mm¦size⟫⟩ (⟦series 4 image 80¦p4:80¦prior¦b⟧); today ⟪15 mm¦size⟫.
CA 19-9 ⟪48 U/mL¦lab⟫. Page ⟪2 of 2¦counter⟫.""",
    ),
    (
        "US01",
        "US",
        """CT CHEST/ABDOMEN/PELVIS WITH CONTRAST – RECIST 1.1
COMPARISON: ⟪10/02/2024¦date⟫ (baseline), ⟪01/15/2025¦date⟫ (nadir).
TARGET LESIONS (series:image)
1. ⟨a¦Right hepatic lobe mass, segment ⟪8¦segment⟫⟩: ⟪38 mm¦size⟫ (⟦3:45¦3:45¦compact¦a⟧); nadir ⟪29 mm¦size⟫ (⟦3:44¦p3:44¦prior¦a⟧); baseline ⟪52 mm¦size⟫
2. ⟨b¦Left para-aortic node⟩: ⟪14 mm¦size⟫ (⟦3:88¦3:88¦compact¦b⟧); nadir ⟪10 mm¦size⟫ (⟦3:87¦p3:87¦prior¦b⟧); baseline ⟪21 mm¦size⟫
SUM: ⟪52 mm¦size⟫ (nadir ⟪39 mm¦size⟫, ⟪+33%¦ratio⟫): progressive disease.""",
    ),
    (
        "US02",
        "US",
        """FINDINGS:
Lungs: ⟨a¦New ⟪6 mm¦size⟫ solid nodule in the right middle lobe⟩ (⟦series 5 image 87¦5:87¦full_en¦a⟧). ⟨b¦Stable ⟪4 mm¦size⟫ left upper lobe nodule⟩ (⟦5:42¦5:42¦compact¦b⟧, previously ⟦4:40¦p4:40¦prior¦b⟧).
Mediastinum: ⟨c¦No lymphadenopathy⟩.
Bones: ⟨d¦Sclerotic focus ⟪T8¦level⟫ vertebral body⟩, likely bone island, ⟪820 HU¦lab⟫ (⟦2:77¦2:77¦compact¦d⟧).
Lung-RADS ⟪3¦staging⟫; follow-up in ⟪6 months¦followup⟫.""",
    ),
    (
        "US03",
        "US",
        """Series index: 2 = axial noncontrast, 4 = axial arterial, 6 = portal venous, 8 = coronal portal venous.
IMPRESSION:
1. ⟨a¦Arterially enhancing ⟪2.1 cm¦size⟫ observation in segment ⟪7¦segment⟫ with washout⟩, LR-⟪5¦staging⟫ (⟦4:33¦4:33¦compact¦a⟧, ⟦6:33¦6:33¦compact¦a⟧).
2. ⟨b¦Portal vein patent⟩ (⟦8:61¦8:61¦compact¦b⟧).
3. ⟨c¦Small volume ascites⟩ (⟦6:70-82¦6:70-82¦range¦c⟧).
MELD ⟪14¦lab⟫, AFP ⟪22 ng/mL¦lab⟫.""",
    ),
    (
        "US04",
        "US",
        """Nodule tracking table (Se/Im):
Nodule | Lobe | 2024 | Today | Size (mm)
⟪1¦counter⟫ | ⟨a¦RUL⟩ | ⟦4/100¦p4:100¦prior¦a⟧ | ⟦4/102¦4:102¦slash¦a⟧ | ⟪5 / 5¦size⟫
⟪2¦counter⟫ | ⟨b¦LLL⟩ | ⟦4/230¦p4:230¦prior¦b⟧ | ⟦4/236¦4:236¦slash¦b⟧ | ⟪8 / 10¦size⟫
Nodule ⟪2¦counter⟫ growing; recommend PET/CT. Patient age ⟪67¦age⟫, ⟪45¦counter⟫ pack-years.""",
    ),
    (
        "US05",
        "US",
        """MRI BRAIN WITH AND WITHOUT CONTRAST
TECHNIQUE: Sagittal T1 (S1), axial FLAIR (S4), axial DWI (S6), axial T1 post (S9), ⟪15 mL¦dose⟫ gadobutrol.
FINDINGS: ⟨a¦Ring-enhancing ⟪2.4 cm¦size⟫ left parietal mass⟩ (⟦S9:I112¦9:112¦compact¦a⟧) with ⟨b¦surrounding vasogenic edema⟩ (⟦S4:I22¦4:22¦compact¦b⟧) and ⟨c¦central restricted diffusion⟩ (⟦S6:I21¦6:21¦compact¦c⟧).
No hydrocephalus. Midline shift ⟪3 mm¦size⟫.""",
    ),
    (
        "US06",
        "US",
        """STRUCTURED REPORT – CT ABDOMEN/PELVIS, ACUTE
Appendix: ⟨a¦Dilated to ⟪12 mm¦size⟫ with periappendiceal fat stranding⟩ (⟦2:61-68¦2:61-68¦range¦a⟧)
Bowel: ⟨b¦No obstruction⟩
Free air: ⟨c¦Trace pneumoperitoneum anterior to the liver⟩ (⟦2:20, 2:23¦2:20,2:23¦list¦c⟧)
Other: ⟨d¦Simple left renal cyst⟩, ⟪2 cm¦size⟫, ⟪8 HU¦lab⟫ (⟦2:40¦2:40¦compact¦d⟧)
Critical result called to Dr. K at ⟪2:14 AM¦time⟫, x⟪4-5821¦phone⟫.""",
    ),
    (
        "US07",
        "US",
        """iRECIST assessment, timepoint ⟪4¦counter⟫. Image refs are series/image.
Target | Baseline ⟪06/2024¦date⟫ | Nadir ⟪11/2024¦date⟫ | Current
T1 ⟨a¦Left lower lobe mass⟩ | ⟪45 mm¦size⟫ | ⟪30 mm¦size⟫ @ ⟦7/54¦p7:54¦prior¦a⟧ | ⟪36 mm¦size⟫ @ ⟦7/56¦7:56¦slash¦a⟧
T2 ⟨b¦Right hilar node⟩ | ⟪20 mm¦size⟫ | ⟪11 mm¦size⟫ @ ⟦7/41¦p7:41¦prior¦b⟧ | ⟪13 mm¦size⟫ @ ⟦7/41¦7:41¦slash¦b⟧
New lesion NL1 ⟨c¦⟪8 mm¦size⟫ liver segment ⟪4a¦segment⟫⟩ @ ⟦9/31¦9:31¦slash¦c⟧.
Response: iUPD. Confirm in ⟪4-8 weeks¦followup⟫.""",
    ),
    (
        "US08",
        "US",
        """CTA HEAD AND NECK (stroke protocol), last known well ⟪06:45¦time⟫.
Series 3 = axial CTA source, series 601 = coronal MIP.
- ⟨a¦Occlusion of the right M1 segment⟩: ⟦series 3 images 212-220¦3:212-220¦range¦a⟧; coronal MIP ⟦601:44¦601:44¦compact¦a⟧.
- ⟨b¦⟪50%¦ratio⟫ stenosis of the left ICA origin⟩ (NASCET): ⟦3:120¦3:120¦compact¦b⟧.
ASPECTS ⟪9¦staging⟫. CTP: core ⟪12 mL¦size⟫, mismatch ratio ⟪6.5¦ratio⟫.""",
    ),
    (
        "US09",
        "US",
        """Breast MRI – known right breast cancer, post-NAC. Series 1101 = first post-contrast subtraction.
Lesion | Today (series 1101) | Size pre/today
⟨a¦Index mass, right ⟪9:30¦time⟫⟩ | ⟦im 79¦1101:79¦image_only¦a⟧ | ⟪34/12 mm¦size⟫
⟨b¦Satellite lesion⟩ | not seen | ⟪8/0 mm¦size⟫
BI-RADS ⟪6¦birads⟫. Ki-67 ⟪35%¦ratio⟫.""",
    ),
    (
        "US10",
        "US",
        """TEMPLATE: CT Chest for ILD
Pattern: ⟨a¦probable UIP⟩
Honeycombing: ⟨b¦Present, bilateral lower lobes⟩ [⟦S4 I180-210¦4:180-210¦range¦b⟧]
Traction bronchiectasis: ⟨c¦Yes⟩ [⟦S4 I165¦4:165¦glued¦c⟧]
Prone images: ⟨d¦Persistent subpleural reticulation⟩ [⟦S8 I33¦8:33¦glued¦d⟧]
Comparison ⟪2022¦date⟫ CT: ⟨e¦less extensive reticulation⟩ [⟦S3 I178¦p3:178¦prior¦e⟧]
FVC ⟪68%¦ratio⟫ predicted, DLCO ⟪44%¦ratio⟫.""",
    ),
    (
        "US11",
        "US",
        """Renal mass protocol CT. Series: 2 = NC, 5 = nephrographic, 9 = excretory.
| Lesion | Side/pole | Size | NC HU | Neph HU | Se:Im |
| ⟪A¦counter⟫ | ⟨a¦Left upper pole solid mass⟩ | ⟪3.1 cm¦size⟫ | ⟪32¦lab⟫ | ⟪118¦lab⟫ | ⟦5:41¦5:41¦compact¦a⟧ |
| ⟪B¦counter⟫ | ⟨b¦Right interpolar cyst, Bosniak ⟪2F¦staging⟫⟩ | ⟪1.8 cm¦size⟫ | ⟪14¦lab⟫ | ⟪16¦lab⟫ | ⟦5:58¦5:58¦compact¦b⟧ |
⟨c¦Collecting system intact⟩ on excretory images (⟦9:40-52¦9:40-52¦range¦c⟧). RENAL ⟪7a¦staging⟫. Cr ⟪1.0 mg/dL¦lab⟫.""",
    ),
    (
        "US12",
        "US",
        """Knee MRI. Series: 3 = cor PD FS, 4 = sag PD FS, 5 = ax T2 FS.
☒ ⟨a¦ACL: complete tear⟩ (⟦4:14, 4:15¦4:14,4:15¦list¦a⟧)
☒ ⟨b¦Medial meniscus: radial tear posterior root⟩ (⟦3:12¦3:12¦compact¦b⟧; ⟦4:8¦4:8¦compact¦b⟧)
☐ Lateral meniscus tear
☒ ⟨c¦Bone bruise lateral femoral condyle⟩ (⟦3:17¦3:17¦compact¦c⟧)
Effusion moderate. Patient ⟪22¦age⟫ y, soccer injury ⟪10 days¦followup⟫ ago.""",
    ),
    (
        "US13",
        "US",
        """PET/CT (FDG), Lung cancer restaging. Fused images series 601; prior PET ⟪08/2024¦date⟫ fused series 602.
Site        Current   Prior     SUVmax cur/prior
⟨a¦Primary LUL⟩  ⟦601:88¦601:88¦compact¦a⟧    ⟦602:90¦p602:90¦prior¦a⟧    ⟪6.2/11.8¦lab⟫
⟨b¦Node 4L⟩      ⟦601:70¦601:70¦compact¦b⟧    ⟦602:71¦p602:71¦prior¦b⟧    ⟪3.0/7.7¦lab⟫
⟨c¦Right adrenal⟩ ⟦601:120¦601:120¦compact¦c⟧  ⟦602:122¦p602:122¦prior¦c⟧   ⟪2.1/5.5¦lab⟫
Glucose ⟪104 mg/dL¦lab⟫, ⟪10.2 mCi¦dose⟫ FDG, uptake ⟪62 min¦time⟫.""",
    ),
    (
        "US14",
        "US",
        """CT ABDOMEN – COMPARISON WITH OUTSIDE CT (⟪03/03/2025¦date⟫, CD import, series 201).
1. ⟨a¦Pancreatic head mass⟩, ⟪2.8 cm¦size⟫, abutting the SMV ⟪<180°¦ratio⟫ (⟦series 3, image 52¦3:52¦full_en¦a⟧); on the outside CT ⟪2.4 cm¦size⟫ (⟦#201, image 28¦p201:28¦prior¦a⟧).
2. ⟨b¦CBD dilated to ⟪11 mm¦size⟫⟩ (⟦series 3, images 40 and 44¦3:40,3:44¦list¦b⟧).
3. ⟨c¦No liver metastases⟩.
CA 19-9 ⟪410 U/mL¦lab⟫. NCCN: borderline resectable.""",
    ),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(eid, origin, marked) for eid, origin, marked in _RAW)
