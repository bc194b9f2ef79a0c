"""Held-out refs T: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K, L, M,
N, O, P, Q and R (to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's floor test. Written in one pass under time pressure alongside set
S (by another blind writer), reread once for ambiguity (a Swiss French line became German, since lang follows
refs C), then measured once. Do not tune the miner on these texts; measure with `python -m
tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_t.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence, bracket or section heading; a
plane word changes nothing; a citation into a prior, comparison, baseline, outside/auswärtig/Fremd or Vorbefund
study is gold with prior_study true and class `prior`. Only the series/image words and numbers are inside a
citation's visible span; plane, sequence, phase and prior words before it stay outside. Lang follows refs C
(German for DE/AT/CH).

Mix: 70 excerpts (14 each DE, AT, CH German; UK, US English), 217 gold refs, 48 of them into a prior study,
332 marked confounders. Site habits leaned on here: university-hospital subspecialty reports (neuro-oncology
RANO follow-ups with rCBV and steroid doses, liver MR LI-RADS with arterial/hepatobiliary series 1101/1801-style
numbers, prostate PI-RADS with T2/ADC pairs, lung nodule screening Lung-RADS/Fleischner/BTS with volumes and VDT,
RECIST tables, cardiac MR with LGE short-axis slices and AHA segments, pituitary, rectal staging, PSMA PET/CT,
CT colonography), teleradiology night reads with call-back numbers and times, outside second opinions (the
outside study the prior) and structured follow-up tables of several layouts (pipe tables of compact citations,
bare "6/45" columns under a "Serie/Bild heute; Serie/Bild VU" legend, "heute ... / Baseline ..." rows, numbered
impression lines, a series heading with image-only rows). Forms: DE "Serie 12, Bild 88", "Se 7/Bi 41-47",
"Se 1101 Bi 56", "Bild 11/42", glued "Se5Bi15"/"Serie2 Bild21"/"Serie4Bild211", "Se 4: Bi 61, Bi 64", "Se. 7 Bi.
143", hash "Se#9 Bi#22", "Serie 3, Bilder 180, 186 und 192", "Serie 24 Bild 6 und 8", dictated "Klammer auf Serie
drei Bild achtundvierzig Klammer zu Punkt"; AT "Sr. 10 / Img. 71", "Serie 14 IMA 33 und IMA 35", "Se. 4, Bi. 11
bis 13", "S3/B88", "Serie 31 Schnitt 5 und Schnitt 7", "Bildnr. 52 bis 58, Serie 7", "Ser 9 Bi 7", "Sr.5
Img.88" then "Img.231", "Schicht 88" under a "Serie 6 (portalvenös):" heading, dictated "Serie fünf Bild
dreiunddreißig Beistrich"; CH "[Serie 15: Bild 102]", "Ser. 8, Bi. 40", "S. 6/B. 19", "Schicht 120 der Serie
4", "Serie 40, Bild 4 bis 7", "Se4/Bi12", "Se 12 Im 44", "Ser3Img45", "Se. 3/Bi. 220", "Se 3 Ima 21"; UK "Se 14
Im 92", "series 3 images 21 to 27", "ser 5 img 12", "series 28, slices 3 and 4", "Se 3, Im 240" with baseline,
dictated "series two image one hundred and four close bracket full stop", a "Series 9 (late arterial):" heading,
"S4 I162", "Ser 5, Img 120-138", supine/prone "Se 2 Im 310"; US colon-compact "(11:64)", "(5:40-46)", "601:38",
"series 1102, image 71", "image 30, series 9", "se 3 im 88", "Series 34, Images 2-9", a pipe RECIST table, "series
3, images 38 and 41", dictated "series two image one forty period", "Se 5 #88", "Se 8 #21-30". Prior words: VU,
Vorbefund, Voruntersuchung, Voraufnahme, Vor-MRT, Vor-CT, Fremd-CT, auswärtige/auswärtiges MRI, Baseline,
prior, previous, previously, outside, outside CT, baseline screen, comparison PET/CT. Confounders in the same
sentences: sizes and volumes, dates, clock times and clock-face positions, vertebral, nodal and neck levels,
liver, lung, vessel and AHA segments, doses (Gy, mGy, MBq, DLP, contrast and steroid doses), TNM/WHO/Gleason/
Bosniak/Knosp/Child grades, RADS/Deauville/Likert/C-RADS/O-RADS scores, lab values (PSA, AFP, CA 19-9, troponin,
GCS, NIHSS, rCBV, T1, ECV, SUV, HU, Agatston), ratios and percentages, counters (cycles, rounds, pack-years),
phone, bleep and extension numbers, blood pressure and follow-up intervals.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    (
        'T-DE-01',
        'DE',
        'MRT Schädel, RANO-Verlaufskontrolle ⟪6 Monate¦followup⟫ nach Radiochemotherapie (⟪60 Gy¦dose⟫). '
        'Befund: ⟨a¦Kontrastmittelaufnehmender Tumoranteil rechts temporal ⟪22 x 17 mm¦size⟫⟩ (T1 KM ⟦Serie '
        '12, Bild 88¦12:88¦full_de¦a⟧), ⟨b¦in der VU vom ⟪03.02.2026¦date⟫ ⟪19 x 15 mm¦size⟫⟩ (VU ⟦Serie 11, '
        'Bild 86¦p11:86¦prior¦b⟧). ⟨c¦Perifokales FLAIR-Signal zunehmend⟩ (⟦Se 7/Bi 41-47¦7:41-47¦range¦c⟧). '
        'rCBV ⟪4,1¦ratio⟫.'
    ),
    (
        'T-DE-02',
        'DE',
        'MRT Leber mit Gd-EOB, eGFR ⟪74 ml/min¦lab⟫. ⟨a¦Arteriell hyperenhancende Läsion in ⟪Segment '
        '8¦segment⟫, ⟪24 mm¦size⟫, mit Washout und Kapsel⟩ (arteriell ⟦Se 1101 Bi 56¦1101:56¦abbrev_de¦a⟧; '
        'hepatobiliär ⟦Se 1801 Bi 58¦1801:58¦abbrev_de¦a⟧), ⟪LR-5¦birads⟫. ⟨b¦Zweite Läsion ⟪Segment '
        '6¦segment⟫ ⟪9 mm¦size⟫ ohne Washout⟩ (⟦Bild 11/42¦11:42¦slash¦b⟧), ⟪LR-3¦birads⟫. AFP ⟪38 '
        'ng/ml¦lab⟫.'
    ),
    (
        'T-DE-03',
        'DE',
        'mpMRT Prostata, PSA ⟪8,4 ng/ml¦lab⟫, PSA-Dichte ⟪0,19¦ratio⟫. ⟨a¦In der peripheren Zone links '
        'posterolateral ⟪14 mm¦size⟫ große T2-hypointense Läsion mit deutlicher Diffusionsrestriktion⟩ (T2 '
        'tra ⟦Serie 5, Bild 14¦5:14¦full_de¦a⟧; ADC ⟦Serie 9, Bild 14¦9:14¦full_de¦a⟧), ⟪PI-RADS 5¦birads⟫. '
        '⟨b¦Kapselkontakt ⟪11 mm¦size⟫ ohne sichere EPE⟩ (⟦Se5Bi15¦5:15¦glued¦b⟧). Vorbefund MRT '
        '⟪04/2025¦date⟫: ⟨c¦damals ⟪PI-RADS 3¦birads⟫, ⟪8 mm¦size⟫⟩ (Vorbefund ⟦Serie 601, Bild '
        '12¦p601:12¦prior¦c⟧).'
    ),
    (
        'T-DE-04',
        'DE',
        'Low-Dose-CT Thorax (Screening, Runde ⟪3¦counter⟫), CTDIvol ⟪0,9 mGy¦dose⟫. ⟨a¦Solider Rundherd im '
        '⟪Segment 6¦segment⟫ rechts, mittlerer Durchmesser ⟪7,5 mm¦size⟫, Volumen ⟪212 mm³¦size⟫⟩ (⟦Se 3 Bi '
        '201¦3:201¦abbrev_de¦a⟧); ⟨b¦in der Voruntersuchung ⟪6,9 mm¦size⟫⟩ (VU ⟦Se 3 Bi '
        '197¦p3:197¦prior¦b⟧). VDT ⟪410 Tage¦followup⟫. ⟨c¦Milchglasherd ⟪Segment 1¦segment⟫ links ⟪5 '
        'mm¦size⟫ unverändert⟩ (⟦Se 3 Bi 58¦3:58¦abbrev_de¦c⟧). ⟪Lung-RADS 3¦birads⟫, Kontrolle in ⟪6 '
        'Monaten¦followup⟫.'
    ),
    (
        'T-DE-05',
        'DE',
        'Kardio-MRT. LVEF ⟪38 %¦ratio⟫, LVEDV ⟪212 ml¦size⟫. ⟨a¦Subendokardiales Late Enhancement '
        'inferolateral basal und midventrikulär⟩ (⟪AHA 4¦segment⟫ und ⟪AHA 10¦segment⟫; PSIR kurze Achse '
        '⟦Serie 24 Bild 6 und 8¦24:6,24:8¦list¦a⟧). ⟨b¦Kein Perikarderguss⟩ (⟦S. 4, B. '
        '12¦4:12¦abbrev_de¦b⟧). Native T1 ⟪1085 ms¦lab⟫, ECV ⟪31 %¦ratio⟫.'
    ),
    (
        'T-DE-06',
        'DE',
        'Teleradiologie Nachtdienst, Befundung ⟪02:47 Uhr¦time⟫, Rückruf Station ⟪0621 383-4471¦phone⟫. CCT '
        'nativ: ⟨a¦Hyperdense Blutung in den Stammganglien rechts, ca. ⟪31 x 24 mm¦size⟫⟩ (⟦Serie 2 Bild '
        '19-24¦2:19-24¦range¦a⟧), ⟨b¦Mittellinienverlagerung ⟪4 mm¦size⟫⟩ (⟦Serie2 Bild21¦2:21¦glued¦b⟧). '
        'GCS ⟪11¦lab⟫, RR ⟪190/105 mmHg¦blood_pressure⟫.'
    ),
    (
        'T-DE-07',
        'DE',
        'Zweitmeinung auf auswärtige MRT LWS vom ⟪12.11.2026¦date⟫. ⟨a¦Sequestrierter Bandscheibenvorfall '
        '⟪LWK 4/5¦level⟫ rechts mit Kompression der Wurzel ⟪L5¦level⟫⟩ (auswärtige MRT ⟦Serie 4, Bild '
        '9¦p4:9¦prior¦a⟧; eigene CT ⟦Serie 3, Bild 112¦3:112¦full_de¦a⟧). ⟨b¦Modic-I-Veränderungen⟩ '
        '(sagittal ⟦Serie 2, Bild 7¦2:7¦plane¦b⟧).'
    ),
    (
        'T-DE-08',
        'DE',
        'RECIST 1.1, Zyklus ⟪4¦counter⟫ Pembrolizumab.\nZielläsion 1 Leber ⟪Segment 7¦segment⟫: ⟨a¦heute ⟪41 '
        'mm¦size⟫⟩ (⟦Bild 5/77¦5:77¦slash¦a⟧), ⟨b¦Baseline ⟪52 mm¦size⟫⟩ (⟦Bild '
        '4/80¦p4:80¦prior¦b⟧).\nZielläsion 2 Lymphknoten ⟪Station 7¦level⟫: ⟨c¦heute ⟪16 mm¦size⟫⟩ (⟦Bild '
        '5/41¦5:41¦slash¦c⟧), ⟨d¦Baseline ⟪21 mm¦size⟫⟩ (⟦Bild 4/44¦p4:44¦prior¦d⟧).\nSumme ⟪57 mm¦size⟫ vs. '
        '⟪73 mm¦size⟫ (⟪-22 %¦ratio⟫), SD.'
    ),
    (
        'T-DE-09',
        'DE',
        'CT Abdomen portalvenös, ⟪80 ml¦dose⟫ KM. ⟨a¦Pankreaskopfraumforderung ⟪28 mm¦size⟫ mit Kontakt zur '
        'SMV über ⟪180°¦ratio⟫⟩ (⟦Se 4: Bi 61¦4:61¦abbrev_de¦a⟧, ⟦Bi 64¦4:64¦image_only¦a⟧; koronar ⟦Se 6 Bi '
        '33¦6:33¦plane¦a⟧). ⟨b¦Gestauter DHC ⟪14 mm¦size⟫⟩ (⟦Se4Bi48¦4:48¦glued¦b⟧). CA 19-9 ⟪412 U/ml¦lab⟫.'
    ),
    (
        'T-DE-10',
        'DE',
        'Spracherkennung, nicht korrigiert: ⟨a¦Leberzyste ⟪Segment 4a¦segment⟫ ⟪12 mm¦size⟫ unverändert⟩ '
        'Klammer auf ⟦Serie drei Bild achtundvierzig¦3:48¦full_de¦a⟧ Klammer zu Punkt ⟨b¦Nebenniere links '
        'knotig verdickt ⟪11 mm¦size⟫⟩ Klammer auf ⟦Serie drei Bild zweiundsiebzig¦3:72¦full_de¦b⟧ Klammer '
        'zu Punkt. Diktiert ⟪16:05¦time⟫.'
    ),
    (
        'T-DE-11',
        'DE',
        'Beurteilung:\n1. ⟨a¦Progrediente ossäre Metastase ⟪BWK 9¦level⟫⟩ (⟦Se. 7 Bi. '
        '143¦7:143¦impression¦a⟧; Vorbefund ⟦Se. 5 Bi. 139¦p5:139¦prior¦a⟧).\n2. ⟨b¦Neue Lungenmetastase '
        '⟪Unterlappen¦segment⟫ rechts ⟪6 mm¦size⟫⟩ (⟦Se. 3 Bi. 288¦3:288¦impression¦b⟧).\n3. ⟨c¦Pleuraerguss '
        'rückläufig⟩ (⟦Se. 3 Bi. 301-320¦3:301-320¦range¦c⟧).'
    ),
    (
        'T-DE-12',
        'DE',
        'MRT Schädel, Verlauf Meningeom. ⟨a¦Falxmeningeom ⟪18 x 14 x 20 mm¦size⟫, größenkonstant⟩ (T1 KM '
        'koronar ⟦Se#9 Bi#22¦9:22¦plane¦a⟧; ⟨b¦Vor-MRT ⟪2024¦date⟫ ⟪18 x 13 x 20 mm¦size⟫⟩ ⟦Se#8 '
        'Bi#21¦p8:21¦prior¦b⟧). ⟨c¦Kein Ödem⟩ (FLAIR ⟦Se#4 Bi#17¦4:17¦abbrev_de¦c⟧). ⟪Simpson 1¦staging⟫ '
        'nicht anwendbar.'
    ),
    (
        'T-DE-13',
        'DE',
        'CT-Angiographie Aorta. ⟨a¦Infrarenales Bauchaortenaneurysma, max. ⟪54 mm¦size⟫⟩ (axial ⟦Serie 3, '
        'Bild 210¦3:210¦plane¦a⟧), ⟨b¦Vor-CT ⟪49 mm¦size⟫⟩ (⟦Serie 2, Bild 198¦p2:198¦prior¦b⟧); '
        '⟨c¦Halslänge ⟪17 mm¦size⟫, Angulation ⟪52°¦ratio⟫⟩ (⟦Serie 3, Bilder 180, 186 und '
        '192¦3:180,3:186,3:192¦list¦c⟧). DLP ⟪612 mGy*cm¦dose⟫.'
    ),
    (
        'T-DE-14',
        'DE',
        'PSMA-PET/CT, Restaging, PSA ⟪1,8 ng/ml¦lab⟫, ⟪212 MBq¦dose⟫ Ga-68. ⟨a¦PSMA-positiver Lymphknoten '
        'iliakal intern links ⟪7 mm¦size⟫, SUVmax ⟪8,2¦lab⟫⟩ (⟦Serie4Bild211¦4:211¦glued¦a⟧), ⟨b¦zweiter '
        'Knoten präsakral⟩ (⟦Serie4Bild230¦4:230¦glued¦b⟧). ⟨c¦Lokalrezidiv im Prostatabett nicht '
        'abgrenzbar⟩ (⟦Serie4Bild250 bis 262¦4:250-262¦range¦c⟧). ⟪miN1 M0¦staging⟫.'
    ),
    (
        'T-AT-01',
        'AT',
        'MRT Neurocranium, Gliom WHO ⟪Grad 4¦staging⟫, RANO-Kontrolle nach ⟪3¦counter⟫ Zyklen Temozolomid. '
        '⟨a¦Randständig KM-aufnehmende Läsion links frontal ⟪34 x 29 mm¦size⟫⟩ (⟦Sr. 10 / Img. '
        '71¦10:71¦slash¦a⟧), ⟨b¦Voruntersuchung ⟪30 x 27 mm¦size⟫⟩ (VU ⟦Sr. 10 / Img. 69¦p10:69¦prior¦b⟧). '
        'Produkt ⟪+23 %¦ratio⟫, ⟨c¦neue Satellitenläsion ⟪5 mm¦size⟫⟩ (⟦Sr. 10 / Img. 82¦10:82¦abbrev_de¦c⟧).'
    ),
    (
        'T-AT-02',
        'AT',
        'MR-Leber, Zirrhose Child ⟪B7¦staging⟫. ⟨a¦Beobachtung 1 in ⟪S 5¦segment⟫, ⟪17 mm¦size⟫, APHE und '
        'Washout⟩ (⟦Serie 14 IMA 33¦14:33¦abbrev_de¦a⟧ und ⟦IMA 35¦14:35¦image_only¦a⟧), ⟪LI-RADS 4¦birads⟫. '
        '⟨b¦Beobachtung 2 in ⟪S 2¦segment⟫, ⟪8 mm¦size⟫⟩ (⟦Serie 14 IMA 12¦14:12¦abbrev_de¦b⟧), ⟪LI-RADS '
        '3¦birads⟫. Bilirubin ⟪2,1 mg/dl¦lab⟫.'
    ),
    (
        'T-AT-03',
        'AT',
        'Prostata-MRT nach ⟪PI-RADS v2.1¦birads⟫. ⟨a¦Transitionalzone anterior rechts linsenförmige '
        'T2-Läsion ⟪16 mm¦size⟫⟩ (T2 ⟦Se. 4, Bi. 11 bis 13¦4:11-13¦range¦a⟧; ADC-Wert ⟪720¦lab⟫), ⟪PI-RADS '
        '4¦birads⟫. ⟨b¦Samenblasen unauffällig⟩ (⟦Se. 4, Bi. 3¦4:3¦abbrev_de¦b⟧). Prostatavolumen ⟪48 '
        'ml¦size⟫, Gleason-Vorbiopsie ⟪3+4¦staging⟫.'
    ),
    (
        'T-AT-04',
        'AT',
        'Befund Teleradiologie, ⟪23:15¦time⟫, Rückrufnummer ⟪+43 1 40400-5312¦phone⟫. '
        'CT-Pulmonalisangiographie: ⟨a¦Reitender Embolus in der Pulmonalisbifurkation⟩ '
        '(⟦S3/B88¦3:88¦slash¦a⟧), ⟨b¦Füllungsdefekte in den Segmentarterien ⟪A 9¦segment⟫ und ⟪A 10¦segment⟫ '
        'beidseits⟩ (⟦S3/B140¦3:140¦slash¦b⟧, ⟦S3/B152¦3:152¦slash¦b⟧). RV/LV ⟪1,3¦ratio⟫.'
    ),
    (
        'T-AT-05',
        'AT',
        'Zweitbegutachtung Fremd-CT Thorax vom ⟪28.10.2026¦date⟫ (Institut extern). ⟨a¦Spikulierter Rundherd '
        'im rechten Oberlappen ⟪19 mm¦size⟫⟩ (Fremd-CT ⟦Serie 203, Bild 54¦p203:54¦prior¦a⟧), ⟨b¦jetzt in '
        'der eigenen PET/CT SUVmax ⟪9,8¦lab⟫⟩ (⟦Serie 4, Bild 61¦4:61¦full_de¦b⟧). ⟨c¦Hilärer Lymphknoten '
        '⟪Station 10R¦level⟫⟩ (⟦Serie 4, Bild 70¦4:70¦full_de¦c⟧). ⟪cT1b N1¦staging⟫.'
    ),
    (
        'T-AT-06',
        'AT',
        'Verlaufstabelle (Serie/Bild heute; Serie/Bild VU ⟪05/2026¦date⟫):\nLäsion | heute | VU\n⟨a¦Leber S 8 '
        '⟪22 mm¦size⟫⟩ | ⟦6/45¦6:45¦slash¦a⟧ | ⟦5/41¦p5:41¦prior¦a⟧\n⟨b¦Nebenniere li ⟪15 mm¦size⟫⟩ | '
        '⟦6/88¦6:88¦slash¦b⟧ | ⟦5/84¦p5:84¦prior¦b⟧\n⟨c¦Lk paraaortal ⟪12 mm¦size⟫⟩ | ⟦6/102¦6:102¦slash¦c⟧ | '
        '⟦5/99¦p5:99¦prior¦c⟧'
    ),
    (
        'T-AT-07',
        'AT',
        'Kardio-MR bei V.a. Myokarditis, Troponin ⟪412 ng/l¦lab⟫. ⟨a¦Subepikardiales LGE lateral⟩ (⟦Serie 31 '
        'Schnitt 5¦31:5¦slice_word¦a⟧ und ⟦Schnitt 7¦31:7¦image_only¦a⟧), ⟨b¦T2-Ödem ⟪AHA-Segment '
        '11¦segment⟫⟩ (⟦Serie 18 Schnitt 6¦18:6¦slice_word¦b⟧). ⟪Lake-Louise 2/2¦counter⟫ erfüllt.'
    ),
    (
        'T-AT-08',
        'AT',
        'Diktiert: ⟨a¦Hämangiom ⟪Lebersegment 6¦segment⟫ ⟪21 mm¦size⟫⟩ ⟦Serie fünf Bild '
        'dreiunddreißig¦5:33¦full_de¦a⟧ Beistrich ⟨b¦Nierenzyste links ⟪Bosniak 2¦staging⟫⟩ ⟦Serie fünf Bild '
        'einundfünfzig¦5:51¦full_de¦b⟧ Punkt. Kreatinin ⟪1,0 mg/dl¦lab⟫.'
    ),
    (
        'T-AT-09',
        'AT',
        'Lungenrundherde, Fleischner-Kontrolle nach ⟪12 Monaten¦followup⟫. ⟨a¦Herd ⟪Segment 3¦segment⟫ links '
        '⟪4 mm¦size⟫⟩ (⟦Sr.5 Img.88¦5:88¦abbrev_de¦a⟧), ⟨b¦Herd ⟪Segment 10¦segment⟫ rechts ⟪5 mm¦size⟫⟩ '
        '(⟦Img.231¦5:231¦image_only¦b⟧); ⟨c¦beide unverändert zur Voraufnahme⟩ (Voraufnahme ⟦Sr.5 '
        'Img.86¦p5:86¦prior¦c⟧, ⟦Sr.5 Img.229¦p5:229¦prior¦c⟧).'
    ),
    (
        'T-AT-10',
        'AT',
        'Beurteilung:\n- ⟨a¦Progredientes HCC ⟪Segment 7¦segment⟫ nach TACE ⟪2¦counter⟫⟩ (⟦Bildnr. 41, Serie '
        '7¦7:41¦full_de¦a⟧).\n- ⟨b¦Pfortaderthrombose rechter Ast⟩ (⟦Bildnr. 52 bis 58, Serie '
        '7¦7:52-58¦range¦b⟧).\n- ⟨c¦Aszites geringgradig⟩ (⟦Bildnr. 90, Serie 7¦7:90¦impression¦c⟧).'
    ),
    (
        'T-AT-11',
        'AT',
        'MRT Hypophyse, Prolaktin ⟪88 ng/ml¦lab⟫. ⟨a¦Mikroadenom links ⟪6 mm¦size⟫ mit verzögerter '
        'Anreicherung⟩ (dynamisch koronar ⟦Ser 9 Bi 7¦9:7¦plane¦a⟧; sagittal ⟦Ser 11 Bi 8¦11:8¦plane¦a⟧). '
        '⟨b¦Hypophysenstiel mittelständig⟩ (⟦Ser 9 Bi 5¦9:5¦abbrev_de¦b⟧). Knosp ⟪Grad 1¦staging⟫.'
    ),
    (
        'T-AT-12',
        'AT',
        'Verlauf nach Lobektomie ⟪08/2025¦date⟫. ⟨a¦Narbig-streifige Verdichtung am Bronchusstumpf ⟪14 '
        'mm¦size⟫⟩ (⟦Serie 2 Bild 144¦2:144¦full_de¦a⟧), ⟨b¦in der Vor-CT gleich⟩ (Vor-CT ⟦Serie 2 Bild '
        '150¦p2:150¦prior¦b⟧). ⟨c¦Neuer subpleuraler Knoten ⟪Segment 9¦segment⟫ ⟪7 mm¦size⟫⟩ (⟦Serie 2 Bild '
        '251¦2:251¦full_de¦c⟧). Rückruf Dr. unter ⟪DW 2238¦phone⟫.'
    ),
    (
        'T-AT-13',
        'AT',
        'RECIST-Auswertung, ⟪3. Restaging¦counter⟫:\n⟨a¦ZL1 Lunge re UL ⟪18 mm¦size⟫⟩ – ⟦Se 3 Bi '
        '210¦3:210¦abbrev_de¦a⟧ (Baseline ⟪25 mm¦size⟫, ⟦Se 2 Bi 205¦p2:205¦prior¦a⟧)\n⟨b¦ZL2 Leber ⟪S '
        '4¦segment⟫ ⟪30 mm¦size⟫⟩ – ⟦Se 5 Bi 62¦5:62¦abbrev_de¦b⟧ (Baseline ⟪38 mm¦size⟫, ⟦Se 4 Bi '
        '60¦p4:60¦prior¦b⟧)\nGesamt ⟪48 mm¦size⟫ vs ⟪63 mm¦size⟫, PR.'
    ),
    (
        'T-AT-14',
        'AT',
        'CT Abdomen, Verlauf nach Hemihepatektomie ⟪03/2026¦date⟫. Serie 6 (portalvenös):\n⟨a¦Hypodense '
        'Läsion am Resektionsrand ⟪13 mm¦size⟫⟩ ⟦Schicht 88¦6:88¦image_only¦a⟧, ⟨b¦Flüssigkeitsverhalt '
        'subhepatisch ⟪42 x 30 mm¦size⟫⟩ ⟦Schichten 102 bis 110¦6:102-110¦range¦b⟧, ⟨c¦Milz ⟪13 cm¦size⟫⟩ '
        '⟦Schicht 70¦6:70¦image_only¦c⟧. CEA ⟪6,1 ng/ml¦lab⟫.'
    ),
    (
        'T-CH-01',
        'CH',
        'MRI Schädel, Glioblastom, RANO-Beurteilung. ⟨a¦Messbare Läsion rechts parietal ⟪25 x 21 mm¦size⟫⟩ '
        '[⟦Serie 15: Bild 102¦15:102¦full_de¦a⟧], ⟨b¦im Vorbefund vom ⟪14.08.2026¦date⟫ ⟪27 x 22 mm¦size⟫⟩ '
        '[Vorbefund ⟦Serie 15: Bild 99¦p15:99¦prior¦b⟧]. ⟨c¦Keine neue Läsion⟩. Steroiddosis ⟪4 mg¦dose⟫ '
        'unverändert.'
    ),
    (
        'T-CH-02',
        'CH',
        'MR Leber. ⟨a¦Im ⟪Segment 2¦segment⟫ ⟪31 mm¦size⟫ grosse Läsion mit Kapsel und Washout⟩ (⟦Ser. 8, '
        'Bi. 40¦8:40¦abbrev_de¦a⟧; ⟦Ser. 12, Bi. 41¦12:41¦abbrev_de¦a⟧), ⟪LR-5¦birads⟫, ⟨b¦im Vergleich zur '
        'Voruntersuchung ⟪+7 mm¦size⟫⟩ (VU ⟦Ser. 8, Bi. 38¦p8:38¦prior¦b⟧). ⟨c¦Tumorthrombus der Pfortader '
        'ausgeschlossen⟩ (⟦Ser. 12, Bi. 55-61¦12:55-61¦range¦c⟧).'
    ),
    (
        'T-CH-03',
        'CH',
        'mpMRI Prostata, PSA ⟪11,2 µg/l¦lab⟫, freies PSA ⟪9 %¦ratio⟫. ⟨a¦Läsion PZ rechts basal ⟪12 '
        'mm¦size⟫⟩ (T2 ⟦S. 6/B. 19¦6:19¦slash¦a⟧, DWI ⟦S. 8/B. 19¦8:19¦slash¦a⟧), PI-RADS ⟪4¦birads⟫. '
        '⟨b¦Läsion PZ links apikal ⟪6 mm¦size⟫⟩ (⟦S. 6/B. 25¦6:25¦slash¦b⟧), PI-RADS ⟪3¦birads⟫. '
        'Fusionsbiopsie empfohlen, Telefon Urologie ⟪044 255 11 11¦phone⟫.'
    ),
    (
        'T-CH-04',
        'CH',
        'Thorax-CT, Lungenkrebs-Screening, ⟪Lung-RADS 4A¦birads⟫. ⟨a¦Teilsolider Knoten ⟪Segment 2¦segment⟫ '
        'rechts ⟪11 mm¦size⟫ mit solidem Anteil ⟪5 mm¦size⟫⟩ (⟦Schicht 120 der Serie 4¦4:120¦slice_word¦a⟧).'
    ),
    (
        'T-CH-05',
        'CH',
        'Kardiale MRI. ⟨a¦Transmurale Narbe anteroseptal⟩ (LGE kurze Achse ⟦Serie 40, Bild 4 bis '
        '7¦40:4-7¦range¦a⟧), Viabilität ⟪< 25 %¦ratio⟫. ⟨b¦Apikaler Thrombus ⟪12 x 9 mm¦size⟫⟩ (⟦Serie 41, '
        'Bild 2¦41:2¦full_de¦b⟧). LVEF ⟪29 %¦ratio⟫, Herzfrequenz ⟪72/min¦lab⟫.'
    ),
    (
        'T-CH-06',
        'CH',
        'Teleradiologische Nachtbefundung ⟪03:20¦time⟫. CT Abdomen: ⟨a¦Freie Luft subphrenisch rechts⟩ '
        '(⟦Se4/Bi12¦4:12¦slash¦a⟧) und ⟨b¦perihepatisch⟩ (⟦Se4/Bi31¦4:31¦slash¦b⟧); ⟨c¦Wandverdickung Bulbus '
        'duodeni ⟪9 mm¦size⟫⟩ (⟦Se4/Bi58¦4:58¦slash¦c⟧). Lactat ⟪3,4 mmol/l¦lab⟫. Chirurg informiert '
        '⟪03:31¦time⟫.'
    ),
    (
        'T-CH-07',
        'CH',
        'Zweitmeinung, auswärtige MRI Knie ⟪10/2026¦date⟫. ⟨a¦Korbhenkelriss Innenmeniskus⟩ (auswärtige MRI '
        '⟦Serie 5 Bild 14¦p5:14¦prior¦a⟧ und ⟦Serie 7 Bild 11¦p7:11¦prior¦a⟧). ⟨b¦Knochenmarködem medialer '
        'Femurkondylus ⟪22 mm¦size⟫⟩ (auswärtige MRI ⟦Serie 9 Bild 18¦p9:18¦prior¦b⟧). ⟪Outerbridge '
        '2¦staging⟫.'
    ),
    (
        'T-CH-08',
        'CH',
        'Verlaufstabelle RECIST (heute/Baseline):\n⟨a¦1) Lk iliakal links ⟪19 mm¦size⟫⟩: heute ⟦Serie 3 Bild '
        '244¦3:244¦full_de¦a⟧ / Baseline ⟦Serie 3 Bild 239¦p3:239¦prior¦a⟧\n⟨b¦2) Peritonealknoten ⟪26 '
        'mm¦size⟫⟩: heute ⟦Serie 3 Bild 180¦3:180¦full_de¦b⟧ / Baseline ⟦Serie 3 Bild '
        '176¦p3:176¦prior¦b⟧\nSumme ⟪45 mm¦size⟫ (Baseline ⟪61 mm¦size⟫).'
    ),
    (
        'T-CH-09',
        'CH',
        'Spracherkennung: ⟨a¦Verkalkter Granulom ⟪Segment 6¦segment⟫ links⟩ Klammer auf ⟦Serie vier Bild '
        'einhundertzwölf¦4:112¦full_de¦a⟧ Klammer zu. ⟨b¦Koronarverkalkungen⟩, Agatston ⟪312¦lab⟫.'
    ),
    (
        'T-CH-10',
        'CH',
        'Beurteilung:\n1. ⟨a¦Neu aufgetretene Hirnmetastase links zerebellär ⟪7 mm¦size⟫⟩ (⟦Se 12 Im '
        '44¦12:44¦impression¦a⟧).\n2. ⟨b¦Bekannte Metastase rechts frontal regredient⟩ (⟦Se 12 Im '
        '101¦12:101¦impression¦b⟧; Vorbefund ⟦Se 10 Im 99¦p10:99¦prior¦b⟧).\nRadiochirurgie ⟪20 Gy¦dose⟫ '
        'vorgesehen.'
    ),
    (
        'T-CH-11',
        'CH',
        'CT Hals. ⟨a¦Nekrotischer Lymphknoten Level ⟪IIa¦level⟫ rechts ⟪24 mm¦size⟫⟩ '
        '(⟦Ser3Img45¦3:45¦glued¦a⟧), ⟨b¦Tonsillenkarzinom rechts⟩ (⟦Ser3Img38¦3:38¦glued¦b⟧, koronar '
        '⟦Ser5Img22¦5:22¦plane¦b⟧). ⟪cT2 cN1¦staging⟫, p16 positiv.'
    ),
    (
        'T-CH-12',
        'CH',
        'MRI Leber, Nachbefundung: ⟨a¦Läsion im ⟪Segment 4b¦segment⟫ von ⟪15 mm¦size⟫⟩ (⟦Serie 6, Schicht '
        '30¦6:30¦slice_word¦a⟧). ⟨b¦Gallenblase mit Sludge⟩ (⟦Serie 6, Bild 55¦6:55¦full_de¦b⟧).'
    ),
    (
        'T-CH-13',
        'CH',
        'CT Thorax/Abdomen, Verlauf. ⟨a¦Pleurametastase links ⟪17 mm¦size⟫⟩ (⟦Se. 3/Bi. 220¦3:220¦slash¦a⟧), '
        'in der VU ⟪12 mm¦size⟫ (VU ⟦Se. 3/Bi. 214¦p3:214¦prior¦a⟧). ⟨b¦Rippenmetastase ⟪7. Rippe¦level⟫ '
        'links⟩ (⟦Se. 7/Bi. 66¦7:66¦slash¦b⟧).'
    ),
    (
        'T-CH-14',
        'CH',
        'Befundung Zweitmeinung, auswärtiges MRI Becken vom ⟪02.09.2026¦date⟫ sowie hiesiges CT. '
        '⟨a¦Ovarialraumforderung rechts ⟪68 mm¦size⟫, solide Anteile⟩ (auswärtiges MRI ⟦Se 3 Ima '
        '21¦p3:21¦prior¦a⟧; hiesiges CT ⟦Se 2 Ima 160¦2:160¦abbrev_de¦a⟧), ⟪O-RADS MRI 4¦birads⟫. '
        '⟨b¦Peritoneale Knötchen im Douglas⟩ (hiesiges CT ⟦Se 2 Ima 181¦2:181¦abbrev_de¦b⟧, ⟦Ima '
        '185¦2:185¦image_only¦b⟧). CA-125 ⟪540 kU/l¦lab⟫.'
    ),
    (
        'T-UK-01',
        'UK',
        'MRI brain, neuro-oncology MDT, RANO assessment at week ⟪12¦counter⟫. ⟨a¦Enhancing nodular component '
        'at the resection margin measures ⟪14 x 11 mm¦size⟫⟩ (post-gad axial ⟦Se 14 Im 92¦14:92¦plane¦a⟧), '
        '⟨b¦previously ⟪9 x 8 mm¦size⟫⟩ (prior ⟦Se 13 Im 90¦p13:90¦prior¦b⟧). ⟨c¦Elevated perfusion at this '
        'site⟩, rCBV ⟪3.6¦ratio⟫ (⟦Se 22 Im 17¦22:17¦abbrev_en¦c⟧).'
    ),
    (
        'T-UK-02',
        'UK',
        'Out-of-hours teleradiology report, issued ⟪01:52¦time⟫, contact ⟪0161 276 4412¦phone⟫. CT head: '
        '⟨a¦Acute left subdural haematoma, maximal depth ⟪9 mm¦size⟫⟩ (⟦series 3 images 21 to '
        '27¦3:21-27¦range¦a⟧), ⟨b¦midline shift ⟪5 mm¦size⟫⟩ (⟦series 3 image 24¦3:24¦full_en¦b⟧). GCS '
        '⟪13¦lab⟫. Discussed with the neurosurgical registrar on bleep ⟪2231¦phone⟫.'
    ),
    (
        'T-UK-03',
        'UK',
        'Lung nodule surveillance per BTS guidance, Brock score ⟪6.2 %¦ratio⟫. ⟨a¦Right upper lobe solid '
        'nodule, ⟪6 mm¦size⟫, volume ⟪98 mm3¦size⟫⟩ (⟦Se 4 Im 133¦4:133¦abbrev_en¦a⟧), ⟨b¦previously ⟪91 '
        'mm3¦size⟫⟩ (previous study ⟦Se 4 Im 129¦p4:129¦prior¦b⟧); VDT ⟪840 days¦followup⟫. ⟨c¦Left lower '
        'lobe perifissural nodule ⟪4 mm¦size⟫, benign morphology⟩ (⟦Se 4 Im 290¦4:290¦abbrev_en¦c⟧).'
    ),
    (
        'T-UK-04',
        'UK',
        'Prostate MRI (PI-RADS v2.1), PSA ⟪6.9 ug/L¦lab⟫, gland volume ⟪41 cc¦size⟫. ⟨a¦Left peripheral zone '
        'lesion at the mid gland, ⟪10 mm¦size⟫, markedly restricted⟩ (T2 ⟦ser 5 img 12¦5:12¦abbrev_en¦a⟧, '
        'ADC ⟦ser 7 img 12¦7:12¦abbrev_en¦a⟧): ⟪PI-RADS 4¦birads⟫. ⟨b¦No extraprostatic extension; '
        'neurovascular bundles preserved⟩ (⟦ser 5 img 10-14¦5:10-14¦range¦b⟧). Likert ⟪4/5¦counter⟫.'
    ),
    (
        'T-UK-05',
        'UK',
        'Cardiac MRI. LV EF ⟪61 %¦ratio⟫, indexed LV mass ⟪92 g/m2¦lab⟫. ⟨a¦Patchy mid-wall late gadolinium '
        'enhancement in the basal inferoseptum⟩ (SAX ⟦series 28, slices 3 and 4¦28:3,28:4¦list¦a⟧), '
        '⟨b¦maximal wall thickness ⟪19 mm¦size⟫⟩ (⟦series 12, slice 5¦12:5¦slice_word¦b⟧). ESC HCM risk ⟪3.1 '
        '%¦ratio⟫ at ⟪5 years¦followup⟫.'
    ),
    (
        'T-UK-06',
        'UK',
        'Second opinion on outside CT (performed ⟪14/09/2026¦date⟫ elsewhere), requested by the MDT. '
        '⟨a¦Irregular mass in the pancreatic tail, ⟪33 mm¦size⟫⟩ (outside CT ⟦series 5, image '
        '66¦p5:66¦prior¦a⟧), ⟨b¦abutting the splenic vein over ⟪2 cm¦size⟫⟩ (outside CT ⟦series 5, images 70 '
        'and 72¦p5:70,p5:72¦prior¦b⟧). ⟨c¦Our staging CT today confirms the mass⟩ (⟦series 4, image '
        '81¦4:81¦full_en¦c⟧). ⟪T2 N0 M0¦staging⟫.'
    ),
    (
        'T-UK-07',
        'UK',
        'CT chest/abdomen/pelvis, RECIST 1.1 follow-up, cycle ⟪6¦counter⟫.\nTarget 1, ⟨a¦right lower lobe '
        'mass ⟪35 mm¦size⟫⟩ (⟦Se 3, Im 240¦3:240¦abbrev_en¦a⟧; baseline ⟪44 mm¦size⟫, ⟦Se 3, Im '
        '236¦p3:236¦prior¦a⟧).\nTarget 2, ⟨b¦subcarinal node ⟪station 7¦level⟫, short axis ⟪13 mm¦size⟫⟩ (⟦Se '
        '3, Im 150¦3:150¦abbrev_en¦b⟧; baseline ⟪18 mm¦size⟫, ⟦Se 3, Im 147¦p3:147¦prior¦b⟧).\nSum ⟪48 '
        'mm¦size⟫ (baseline ⟪62 mm¦size⟫), ⟪-23 %¦ratio⟫: stable disease.'
    ),
    (
        'T-UK-08',
        'UK',
        'Speech recognition, unedited: ⟨a¦small right pleural effusion⟩ open bracket ⟦series two image one '
        'hundred and four¦2:104¦full_en¦a⟧ close bracket full stop ⟨b¦no pneumothorax⟩ full stop. ⟨c¦Nodule '
        'in the lingula ⟪3 mm¦size⟫⟩ ⟦series two image seventy¦2:70¦full_en¦c⟧ full stop.'
    ),
    (
        'T-UK-09',
        'UK',
        'Liver MRI for HCC surveillance, AFP ⟪12 kU/L¦lab⟫.\nSeries 9 (late arterial):\n- ⟨a¦⟪segment '
        '7¦segment⟫ observation ⟪19 mm¦size⟫ with non-rim APHE⟩, ⟦image 38¦9:38¦image_only¦a⟧\n- ⟨b¦⟪segment '
        '3¦segment⟫ flash-filling focus ⟪4 mm¦size⟫⟩, ⟦images 15 and 17¦9:15,9:17¦list¦b⟧\nImpression: '
        '⟪LR-4¦birads⟫ in segment 7; ⟪LR-2¦birads⟫ in segment 3. Repeat in ⟪3 months¦followup⟫.'
    ),
    (
        'T-UK-10',
        'UK',
        'Impression:\n1. ⟨a¦Pulmonary embolism in the right lower lobe segmental arteries⟩ (⟦S4 '
        'I162¦4:162¦impression¦a⟧, ⟦S4 I171¦4:171¦impression¦a⟧).\n2. ⟨b¦RV:LV ratio ⟪1.1¦ratio⟫ without '
        'septal bowing⟩ (⟦S4 I98¦4:98¦impression¦b⟧).\nReported ⟪22:40¦time⟫, phoned to Dr on ext '
        '⟪5581¦phone⟫.'
    ),
    (
        'T-UK-11',
        'UK',
        'MRI pituitary. ⟨a¦Macroadenoma ⟪14 x 12 x 16 mm¦size⟫ with suprasellar extension abutting the '
        'chiasm⟩ (coronal T1 post ⟦Se 8 Im 9¦8:9¦plane¦a⟧; sagittal ⟦Se 6 Im 10¦6:10¦plane¦a⟧), ⟨b¦enlarged '
        'compared with the previous MRI of ⟪2025¦date⟫⟩ (previous ⟦Se 7 Im 9¦p7:9¦prior¦b⟧). ⟪Knosp grade '
        '2¦staging⟫. Prolactin ⟪640 mU/L¦lab⟫.'
    ),
    (
        'T-UK-12',
        'UK',
        'CTPA reported remotely ⟪03:05¦time⟫. ⟨a¦Left upper lobe consolidation⟩ (⟦Ser 5, Img '
        '44¦5:44¦abbrev_en¦a⟧) ⟨b¦with a small parapneumonic effusion⟩ (⟦Ser 5, Img '
        '120-138¦5:120-138¦range¦b⟧). No PE. CRP ⟪212 mg/L¦lab⟫, WCC ⟪16.2¦lab⟫.'
    ),
    (
        'T-UK-13',
        'UK',
        'Staging MRI rectum. ⟨a¦Low rectal tumour ⟪5 cm¦size⟫ from the anal verge, extramural spread ⟪4 '
        'mm¦size⟫⟩ (axial oblique T2 ⟦series 6 image 22¦6:22¦plane¦a⟧), ⟨b¦EMVI positive⟩ (⟦series 6 image '
        "25¦6:25¦full_en¦b⟧), ⟨c¦CRM ⟪1.5 mm¦size⟫ at ⟪7 o'clock¦time⟫⟩ (⟦series 6 image "
        '27¦6:27¦full_en¦c⟧). ⟪mrT3c N1¦staging⟫.'
    ),
    (
        'T-UK-14',
        'UK',
        'Virtual colonography. ⟨a¦Sessile polyp in the sigmoid colon ⟪11 mm¦size⟫⟩ (supine ⟦Se 2 Im '
        '310¦2:310¦abbrev_en¦a⟧; prone ⟦Se 3 Im 295¦3:295¦abbrev_en¦a⟧), ⟪C-RADS C2¦birads⟫. '
        '⟨b¦Diverticulosis⟩ (⟦Se 2 Im 280-300¦2:280-300¦range¦b⟧). ⟨c¦Extracolonic: ⟪2 cm¦size⟫ simple renal '
        'cyst⟩ (⟦Se 2 Im 150¦2:150¦abbrev_en¦c⟧).'
    ),
    (
        'T-US-01',
        'US',
        'MRI brain with and without contrast, RANO follow-up. ⟨a¦Enhancing lesion in the right insula '
        'measures ⟪2.4 x 1.9 cm¦size⟫⟩ (⟦11:64¦11:64¦compact¦a⟧), ⟨b¦previously ⟪2.0 x 1.6 cm¦size⟫⟩ (prior '
        '⟦11:61¦p11:61¦prior¦b⟧). ⟨c¦Increased FLAIR signal extending into the external capsule⟩ '
        '(⟦5:40-46¦5:40-46¦range¦c⟧). Dexamethasone ⟪4 mg¦dose⟫ BID.'
    ),
    (
        'T-US-02',
        'US',
        'MRI abdomen, LI-RADS v2018. ⟨a¦⟪2.6 cm¦size⟫ observation in ⟪segment 6¦segment⟫ with APHE, washout '
        'and enhancing capsule⟩ (⟦series 1102, image 71¦1102:71¦full_en¦a⟧; delayed ⟦series 1501, image '
        '70¦1501:70¦full_en¦a⟧): ⟪LR-5¦birads⟫. ⟨b¦Threshold growth from ⟪1.7 cm¦size⟫ on the prior of '
        '⟪3/2/2026¦date⟫⟩ (prior ⟦series 1102, image 68¦p1102:68¦prior¦b⟧). MELD ⟪14¦lab⟫.'
    ),
    (
        'T-US-03',
        'US',
        'Prostate MRI. PSA ⟪5.8 ng/mL¦lab⟫ on ⟪10/21/2026¦date⟫. ⟨a¦Right apical peripheral zone lesion ⟪1.3 '
        'cm¦size⟫ with focal marked hypointensity⟩ (⟦3:18¦3:18¦compact¦a⟧; ADC ⟦7:18¦7:18¦compact¦a⟧), '
        '⟪PI-RADS 5¦birads⟫. ⟨b¦Bulge of the capsule suspicious for EPE⟩ (⟦3:17-19¦3:17-19¦range¦b⟧). '
        '⟨c¦Left obturator node ⟪8 mm¦size⟫, indeterminate⟩ (⟦image 30, series 9¦9:30¦full_en¦c⟧).'
    ),
    (
        'T-US-04',
        'US',
        'Low-dose CT lung cancer screening, ⟪Lung-RADS 4B¦birads⟫, ⟪30 pack-years¦counter⟫. ⟨a¦Left upper '
        'lobe solid nodule, mean diameter ⟪16 mm¦size⟫⟩ (⟦se 3 im 88¦3:88¦abbrev_en¦a⟧), ⟨b¦new since the '
        'baseline screen⟩ (no correlate on baseline ⟦se 3 im 85¦p3:85¦prior¦b⟧). ⟨c¦Mild centrilobular '
        'emphysema⟩. CTDIvol ⟪1.2 mGy¦dose⟫.'
    ),
    (
        'T-US-05',
        'US',
        'Cardiac MRI for amyloid. ⟨a¦Diffuse subendocardial LGE with difficulty nulling the myocardium⟩ '
        '(⟦Series 34, Images 2-9¦34:2-9¦range¦a⟧), native T1 ⟪1190 ms¦lab⟫, ECV ⟪52 %¦ratio⟫. ⟨b¦Small '
        'pericardial effusion ⟪6 mm¦size⟫⟩ (⟦Series 5, Image 14¦5:14¦full_en¦b⟧). NT-proBNP ⟪3410 pg/mL¦lab⟫.'
    ),
    (
        'T-US-06',
        'US',
        'NIGHTHAWK PRELIMINARY READ ⟪0314 hrs¦time⟫, callback ⟪(312) 555-0174¦phone⟫. CT abdomen/pelvis with '
        'contrast: ⟨a¦Dilated appendix ⟪11 mm¦size⟫ with periappendiceal stranding⟩ (⟦2:61¦2:61¦compact¦a⟧, '
        'coronal ⟦601:38¦601:38¦plane¦a⟧), ⟨b¦appendicolith⟩ (⟦2:66¦2:66¦compact¦b⟧). WBC ⟪14.8¦lab⟫. Final '
        'read to follow.'
    ),
    (
        'T-US-07',
        'US',
        'Outside study consult: CT chest from an outside hospital dated ⟪09/30/2026¦date⟫ was reviewed. '
        '⟨a¦Right lower lobe mass ⟪4.1 cm¦size⟫⟩ (outside ⟦series 2, image 118¦p2:118¦prior¦a⟧) ⟨b¦with '
        "ipsilateral hilar adenopathy⟩ (outside ⟦series 2, images 90-96¦p2:90-96¦prior¦b⟧). ⟨c¦On today's "
        'PET/CT the mass has SUVmax ⟪12.3¦lab⟫⟩ (⟦image 142, series 4¦4:142¦full_en¦c⟧).'
    ),
    (
        'T-US-08',
        'US',
        'RECIST 1.1 table (today vs baseline ⟪6/15/2026¦date⟫):\n| Lesion | Today | Image | Baseline | Image '
        '|\n| ⟨a¦T1 liver ⟪seg 4A¦segment⟫⟩ | ⟪2.8 cm¦size⟫ | ⟦5:44¦5:44¦compact¦a⟧ | ⟪3.9 cm¦size⟫ | '
        '⟦4:47¦p4:47¦prior¦a⟧ |\n| ⟨b¦T2 portacaval node⟩ | ⟪1.6 cm¦size⟫ | ⟦5:52¦5:52¦compact¦b⟧ | ⟪2.2 '
        'cm¦size⟫ | ⟦4:55¦p4:55¦prior¦b⟧ |\n| ⟨c¦T3 left adrenal⟩ | ⟪2.0 cm¦size⟫ | ⟦5:60¦5:60¦compact¦c⟧ | '
        '⟪2.1 cm¦size⟫ | ⟦4:63¦p4:63¦prior¦c⟧ |\nSum ⟪6.4 cm¦size⟫ vs ⟪8.2 cm¦size⟫ (⟪-22%¦ratio⟫), SD.'
    ),
    (
        'T-US-09',
        'US',
        'IMPRESSION:\n1. ⟨a¦Acute cholecystitis with a ⟪1.9 cm¦size⟫ obstructing neck stone⟩ (⟦series 3, '
        'image 45¦3:45¦impression¦a⟧).\n2. ⟨b¦CBD ⟪9 mm¦size⟫ without choledocholithiasis⟩ (⟦series 3, images '
        '38 and 41¦3:38,3:41¦list¦b⟧).\n3. ⟨c¦Incidental ⟪1.4 cm¦size⟫ left renal cyst, ⟪Bosniak I¦staging⟫⟩ '
        '(⟦series 3, image 70¦3:70¦impression¦c⟧).'
    ),
    (
        'T-US-10',
        'US',
        'Dictated, unedited: ⟨a¦there is a ⟪7 mm¦size⟫ nonobstructing left lower pole stone⟩ ⟦series two '
        'image one forty¦2:140¦full_en¦a⟧ period ⟨b¦mild right hydronephrosis⟩ ⟦series two image '
        'ninety¦2:90¦full_en¦b⟧ period. Stone density ⟪1100 HU¦lab⟫.'
    ),
    (
        'T-US-11',
        'US',
        'MRI cervical spine. ⟨a¦Disc osteophyte complex at ⟪C5-C6¦level⟫ with cord flattening⟩ (sagittal ⟦se '
        '6 im 8¦6:8¦plane¦a⟧; axial ⟦se 9 im 22¦9:22¦plane¦a⟧), ⟨b¦mild increase from the prior MRI of '
        '⟪2024¦date⟫⟩ (prior ⟦se 5 im 8¦p5:8¦prior¦b⟧). ⟨c¦Severe left neural foraminal narrowing at '
        '⟪C6-C7¦level⟫⟩ (⟦se 9 im 28¦9:28¦abbrev_en¦c⟧).'
    ),
    (
        'T-US-12',
        'US',
        'Lung nodules, Fleischner ⟪2017¦date⟫ recommendations. Series 4:\n⟨a¦Right middle lobe ⟪5 mm¦size⟫ '
        'nodule⟩: ⟦image 201¦4:201¦image_only¦a⟧.\n⟨b¦Left lower lobe ⟪3 mm¦size⟫ nodule⟩: ⟦images 288 and '
        '290¦4:288,4:290¦list¦b⟧.\nNo follow-up needed if low risk; otherwise CT at ⟪12 months¦followup⟫.'
    ),
    (
        'T-US-13',
        'US',
        'CT angiogram head and neck, stroke alert ⟪07:42¦time⟫, NIHSS ⟪14¦lab⟫, ASPECTS ⟪8¦lab⟫. '
        '⟨a¦Occlusion of the left M1 segment⟩ (⟦Se 5 #88¦5:88¦abbrev_en¦a⟧), ⟨b¦good collaterals⟩ (MIP ⟦Se 8 '
        '#21-30¦8:21-30¦range¦b⟧). ⟨c¦Left ICA origin stenosis ⟪70 %¦ratio⟫⟩ (⟦Se 5 '
        '#240¦5:240¦abbrev_en¦c⟧). Stroke team paged ⟪07:50¦time⟫.'
    ),
    (
        'T-US-14',
        'US',
        'Comparison: PET/CT ⟪8/4/2026¦date⟫. ⟨a¦Hypermetabolic right axillary node, SUVmax ⟪6.1¦lab⟫ '
        '(previously ⟪11.4¦lab⟫)⟩ (⟦4:77¦4:77¦compact¦a⟧; prior ⟦3:75¦p3:75¦prior¦a⟧). ⟨b¦Resolved uptake in '
        'the left supraclavicular node⟩ (prior ⟦3:31¦p3:31¦prior¦b⟧). ⟨c¦New focal uptake in the ⟪T9¦level⟫ '
        'vertebral body⟩ (⟦4:160¦4:160¦compact¦c⟧), ⟪Deauville 4¦birads⟫.'
    ),
)

EXCERPTS: list[Excerpt] = [_excerpt(eid, origin, marked) for eid, origin, marked in _RAW]
