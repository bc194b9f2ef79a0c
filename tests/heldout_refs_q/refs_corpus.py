"""Held-out refs Q: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K, L, M,
N, O and P (to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's floor test. Written in one pass, reread once for ambiguity, then
measured once. Do not tune the miner on these texts; measure with `python -m
tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_q.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section; a plane word
changes nothing; a citation into a prior, comparison, baseline, outside or Vorbefund study is gold with
prior_study true and class `prior`. Only the series/image words and numbers are inside a citation's visible
span; plane, sequence, modality and prior words before it stay outside. An addendum's retracted citation
("nicht Bild 80", "not image 37") is not gold: the report withdraws it, so it is marked as a `bild_word`
confounder. Lang follows refs C (German for DE/AT/CH).

Mix: 74 excerpts (DE 15, AT 14, CH 15 German; UK 15, US 15 English), 260 gold refs, 48 of them into a prior
study, 344 marked confounders. Site habits leaned on here: private practices and institutes
(MSK MR with many sequences: PD fs, STIR, T1, T2, DESS; prostate, breast, cardiac MR),
emergency and trauma CT (Schockraum/polytrauma, stroke with CTA/CTP, CTPA, head injury with call-back times),
paediatric imaging (ages, low-dose CT, MR), neuroradiology (MS follow-up, glioma, pituitary), hybrid imaging
(FDG/PSMA PET-CT, SPECT/CT, fused series 601-style numbers, SUV and Deauville), interventional reports (biopsy,
TACE, vertebroplasty, drains, Y-90 mapping) and addenda correcting an earlier citation. Forms: "Se 4/Bi 14",
"Se4Bi9", "Se. 3, Bi. 55, 61, 68 und 74", "Serie 2 Bild 14", "Bild 18 und Bild 21" under "T2 axial (Serie 3):",
"Serie drei Bild 45", "Serien 6 Bild 30" and "Serie vier, Bild
siebenundsiebzig" from speech recognition, "Se #2 Bi #88", "Sr. 5 Img. 12",
"Schnittbild 77/Sr. 4", "Bild Nr. 44", "Serie 5 Doppelpunkt Bild 38 Beistrich", "Sr. 5 Img. 60 bis Img. 230",
"Ser. #3 / Bi. #212", "[Se 2: Bi 21-27]", "Bild 14 in Serie 5", "S3 B88", "Bild 212 (Serie 3)", "Se 601 / Bi 12",
"series 4, images 70, 77, 84 and 90", "(Series: 3; Image: 18)", "Se 9 Im 8", "[Se5 Im44]", "ser 6/im 12",
"supine series 2 image 310", US compact "(2:18-24)", "602:44", "(4:133; fused 5:133)", "image 45 of series 3",
"Im45/Se3", "se 3 im 45-52". About a fifth of the refs point into a prior study (VU, Voruntersuchung, Vor-MRT,
Fremd-PET, Baseline, auswärtige MRT, interim PET, prior, previous, outside, comparison; image-only priors under a
"Fremd-CT (Serie 2):" heading; current and prior in one bracket). Confounders in the same
sentences: sizes, dates, clock times (incl. "2:14 AM") and clock-face positions, vertebral/rib/nodal levels
(incl. "interkostal 7/8", "LWK 4/5", "C5/6"), liver, lung, vessel and AHA segments, doses (DLP, CTDIvol, MBq,
GBq, DFP), TNM/AAST/Tile/Stanford/Gleason grades, RADS/Deauville/ASPECTS/GCS/NIHSS scores, lab values (CRP,
SUVmax, HU, PSA, INR), ratios and percentages, counters, phone and extension numbers, ages, blood pressure and
follow-up intervals.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- DE
    (
        "q-de-01",
        "DE",
        "MRT Kniegelenk rechts (Praxis, ⟪3 Tesla¦counter⟫). Befund: ⟨a¦Horizontaler Riss im Hinterhorn des "
        "Innenmeniskus mit Kontakt zur Unterfläche⟩ (PD fs sag ⟦Se 4/Bi 14¦4:14¦slash¦a⟧, PD fs kor "
        "⟦Se 6/Bi 11¦6:11¦slash¦a⟧). ⟨b¦Knochenmarködem im medialen Femurkondylus, ⟪18 x 9 mm¦size⟫⟩ "
        "(⟦Se4Bi9¦4:9¦glued¦b⟧). ⟨c¦Baker-Zyste ⟪32 x 11 mm¦size⟫⟩ (T2 tra ⟦Serie 7 Bild 20-24¦7:20-24¦range¦c⟧). "
        "Beurteilung: 1. ⟨d¦Innenmeniskushinterhornriss Grad ⟪III¦staging⟫ nach Stoller⟩ (s. "
        "⟦Se 4/Bi 14¦4:14¦impression¦d⟧). 2. Kontrolle in ⟪6 Wochen¦followup⟫.",
    ),
    (
        "q-de-02",
        "DE",
        "Schockraum-CT Polytrauma, ⟪DLP 2140 mGy*cm¦dose⟫, Scan ⟪02:31 Uhr¦time⟫. Thorax: ⟨a¦Pneumothorax rechts, "
        "Mantelsaum ventral ⟪14 mm¦size⟫⟩ (⟦Se. 3, Bi. 41¦3:41¦abbrev_de¦a⟧). ⟨b¦Serienrippenfraktur "
        "⟪4.-7. Rippe¦level⟫ rechts dorsal⟩ (⟦Se. 3, Bi. 55, 61, 68 und 74¦3:55,3:61,3:68,3:74¦list¦b⟧). "
        "Abdomen: ⟨c¦Milzlazeration ⟪AAST Grad III¦staging⟫ mit perisplenischem Hämatom⟩ "
        "(⟦Se. 5, Bi. 112-130¦5:112-130¦range¦c⟧). Wirbelsäule: ⟨d¦Kompressionsfraktur ⟪LWK 1¦level⟫ Typ "
        "⟪A1¦staging⟫⟩, sagittal ⟦Se. 8, Bi. 33¦8:33¦plane¦d⟧. Telefonische Mitteilung an den Schockraumleiter "
        "um ⟪02:47 Uhr¦time⟫ (Tel. ⟪-4471¦phone⟫).",
    ),
    (
        "q-de-03",
        "DE",
        "MRT Schädel, Patient ⟪4 Jahre¦age⟫, Sedierung. T2 axial (Serie 3): ⟨a¦Signalanhebung der "
        "periventrikulären weißen Substanz okzipital beidseits⟩ ⟦Bild 18¦3:18¦image_only¦a⟧ und "
        "⟦Bild 21¦3:21¦image_only¦a⟧. FLAIR (Serie 5): ⟨b¦entsprechende Hyperintensität⟩ "
        "⟦Bild 17¦5:17¦image_only¦b⟧. ⟨c¦Keine Diffusionsrestriktion⟩ (DWI ⟦Serie 7, Bild 16¦7:16¦full_de¦c⟧). "
        "⟨d¦Im Vergleich zur Voruntersuchung vom ⟪03.02.2026¦date⟫ Befund unverändert⟩ "
        "(VU ⟦Serie 4, Bild 19¦p4:19¦prior¦d⟧).",
    ),
    (
        "q-de-04",
        "DE",
        "CT-Schlaganfallprotokoll (nativ, CTA, CTP), Symptombeginn ⟪23:40¦time⟫, ⟪NIHSS 14¦birads⟫. "
        "⟨a¦Hyperdenses Mediazeichen links⟩ (⟦Serie 2 Bild 14¦2:14¦full_de¦a⟧), ⟪ASPECTS 8¦birads⟫. "
        "⟨b¦Verschluss des ⟪M1¦segment⟫-Segments der A. cerebri media links⟩ (CTA "
        "⟦Serie 6, Bild 88–92¦6:88-92¦range¦b⟧). ⟨c¦Perfusionsdefizit temporoparietal links mit "
        "Mismatch-Ratio ⟪2,4¦ratio⟫⟩ (Tmax-Karte ⟦Serie 11, Bild 7¦11:7¦full_de¦c⟧). Befund an Neurologie "
        "um ⟪00:52¦time⟫ übermittelt.",
    ),
    (
        "q-de-05",
        "DE",
        "FDG-PET/CT, ⟪312 MBq¦dose⟫, ⟪BZ 98 mg/dl¦lab⟫. ⟨a¦Hypermetaboler Rundherd im rechten Oberlappen, "
        "⟪SUVmax 11,2¦lab⟫⟩ (CT ⟦Serie 3, Bild 67¦3:67¦full_de¦a⟧; PET ⟦Serie 4, Bild 67¦4:67¦full_de¦a⟧). "
        "⟨b¦Mediastinaler Lymphknoten Station ⟪4R¦level⟫, ⟪SUVmax 6,8¦lab⟫⟩ (⟦Se 3/Bi 52¦3:52¦slash¦b⟧). "
        "Gegenüber der Fremd-PET/CT vom ⟪11.01.2026¦date⟫ ⟨c¦Rundherd damals ⟪SUVmax 8,1¦lab⟫⟩ "
        "(extern ⟦Serie 2, Bild 140¦p2:140¦prior¦c⟧). Beurteilung: ⟨d¦Bronchialkarzinom ⟪cT2a cN2 cM0¦staging⟫⟩ "
        "(⟦Serie 3, Bild 67¦3:67¦impression¦d⟧).",
    ),
    (
        "q-de-06",
        "DE",
        "CT-gesteuerte Stanzbiopsie Lunge links, ⟪18 G¦size⟫ Koaxialsystem, ⟪3 Stanzzylinder¦counter⟫, "
        "⟪DLP 310 mGy*cm¦dose⟫. Planung: ⟨a¦Zugang dorsal ⟪interkostal 7/8¦level⟫⟩ "
        "(⟦Serie 4, Bild 31¦4:31¦full_de¦a⟧). ⟨b¦Nadelspitze im Zielherd⟩ (Kontrolle "
        "⟦Serie 9, Bild 22¦9:22¦full_de¦b⟧). ⟨c¦Kein Pneumothorax, minimale perifokale Einblutung⟩ auf der "
        "Abschlussserie (⟦Serie 12, Bilder 1 bis 40¦12:1-40¦range¦c⟧). Röntgen-Kontrolle in ⟪4 h¦followup⟫.",
    ),
    (
        "q-de-07",
        "DE",
        "Nachtrag vom ⟪07.12.2026¦date⟫, ⟪08:15 Uhr¦time⟫: Im Erstbefund wurde der Leberherd irrtümlich mit "
        "⟪Serie 5, Bild 80¦bild_word⟫ angegeben. Korrekt: ⟨a¦Hypodense Läsion im Segment ⟪VII¦segment⟫, "
        "⟪14 mm¦size⟫⟩ in ⟦Serie 5, Bild 88¦5:88¦full_de¦a⟧. ⟨b¦Die zweite Läsion im Segment ⟪IVb¦segment⟫⟩ "
        "liegt wie beschrieben auf ⟦Bild 101¦5:101¦image_only¦b⟧ derselben Serie.",
    ),
    (
        "q-de-08",
        "DE",
        "CT Thorax/Abdomen, Verlauf nach ⟪4 Zyklen¦counter⟫ Chemotherapie. Zielläsionen: 1. ⟨a¦Rundherd rechter "
        "Unterlappen⟩: heute ⟪17 mm¦size⟫ (⟦Se 3 Bi 210¦3:210¦abbrev_de¦a⟧), VU ⟪14.08.2026¦date⟫ ⟪22 mm¦size⟫ "
        "(⟦Se 3 Bi 204¦p3:204¦prior¦a⟧). 2. ⟨b¦Lebermetastase Segment ⟪VI¦segment⟫⟩: heute ⟪28 mm¦size⟫ "
        "(⟦Se 5 Bi 77¦5:77¦abbrev_de¦b⟧), VU ⟪35 mm¦size⟫ (⟦Se 5 Bi 81¦p5:81¦prior¦b⟧). Summe ⟪45 mm¦size⟫ vs. "
        "⟪57 mm¦size⟫ (⟪-21 %¦ratio⟫), partielles Ansprechen nicht erreicht.",
    ),
    (
        "q-de-09",
        "DE",
        "Diktat (Spracherkennung, nicht korrigiert): ⟨a¦Im Bereich des linken Leberlappens eine ⟪2 cm¦size⟫ "
        "große Zyste⟩ ⟦Serie drei Bild 45¦3:45¦full_de¦a⟧ Punkt. ⟨b¦Die Nebenniere rechts mit einem "
        "⟪12 mm¦size⟫ Adenom, Dichte ⟪8 HE¦lab⟫⟩ Klammer auf ⟦Serien 6 Bild 30¦6:30¦full_de¦b⟧ Klammer zu. "
        "⟨c¦Sigmadivertikel ohne Entzündungszeichen⟩ ⟦Serie 3 Bild 190 bis 204¦3:190-204¦range¦c⟧ Absatz.",
    ),
    (
        "q-de-10",
        "DE",
        "MRT LWS. ⟨a¦Bandscheibenextrusion ⟪LWK 4/5¦level⟫ paramedian links mit Kompression der Wurzel "
        "⟪L5¦level⟫⟩ (T2 sag ⟦Se 3 Bi 8¦3:8¦abbrev_de¦a⟧; T2 tra ⟦Se 6 Bi 17¦6:17¦abbrev_de¦a⟧). "
        "⟨b¦Modic-⟪Typ 1¦staging⟫-Veränderungen ⟪LWK 5/SWK 1¦level⟫⟩ (STIR ⟦Se 4 Bi 9¦4:9¦abbrev_de¦b⟧). "
        "Im Vor-MRT vom ⟪Mai 2024¦date⟫ ⟨c¦nur Protrusion ohne Wurzelkontakt⟩ "
        "(Vor-MRT ⟦Se 5 Bi 7¦p5:7¦prior¦c⟧ und ⟦Se 8 Bi 15¦p8:15¦prior¦c⟧).",
    ),
    (
        "q-de-11",
        "DE",
        "CT Abdomen Notaufnahme, ⟪CRP 187 mg/l¦lab⟫, ⟪Leukozyten 16,2/nl¦lab⟫. ⟨a¦Appendix auf ⟪11 mm¦size⟫ "
        "verdickt mit Wandhyperämie⟩ (⟦Se #2 Bi #88¦2:88¦abbrev_de¦a⟧), ⟨b¦Appendikolith ⟪6 mm¦size⟫⟩ "
        "(⟦Se #2 Bi #91¦2:91¦abbrev_de¦b⟧). ⟨c¦Kein Abszess, keine freie Luft⟩ (koronar "
        "⟦Se #4 Bi #55¦4:55¦plane¦c⟧). Chirurgie informiert, ⟪03:05¦time⟫.",
    ),
    (
        "q-de-12",
        "DE",
        "Kinder-CCT (⟪7 J.¦age⟫, Sturz aus ⟪2 m¦size⟫ Höhe), Low-dose, ⟪CTDIvol 18 mGy¦dose⟫, ⟪GCS 14¦birads⟫. "
        "⟨a¦Nicht dislozierte Kalottenfraktur parietal rechts⟩ (Knochenfenster "
        "⟦Se 3, Bi 22–25¦3:22-25¦range¦a⟧). ⟨b¦Epidurales Hämatom darunter, max. ⟪6 mm¦size⟫⟩ "
        "(Weichteilfenster ⟦Se 2, Bi 19¦2:19¦abbrev_de¦b⟧). Keine Mittellinienverlagerung. "
        "Kontroll-CT in ⟪6 h¦followup⟫ bei Verschlechterung.",
    ),
    (
        "q-de-13",
        "DE",
        "Skelettszintigraphie mit SPECT/CT, ⟪650 MBq¦dose⟫ Tc-99m-DPD. ⟨a¦Fokale Mehranreicherung im "
        "⟪BWK 8¦level⟫ links pedikulär⟩ (SPECT/CT ⟦Serie 3, Bild 45¦3:45¦full_de¦a⟧ sowie Low-dose-CT "
        "⟦Serie 2, Bild 45¦2:45¦full_de¦a⟧). ⟨b¦Osteoblastische Läsion⟩ im CT "
        "(⟦Serie 2, Bild 44 und 46¦2:44,2:46¦list¦b⟧). ⟨c¦In der Voruntersuchung vom ⟪02.03.2025¦date⟫ "
        "noch nicht nachweisbar⟩ (VU ⟦Serie 2, Bild 41¦p2:41¦prior¦c⟧).",
    ),
    (
        "q-de-14",
        "DE",
        "MRT Schädel mit TOF, Z.n. Coiling eines Acom-Aneurysmas ⟪2023¦date⟫, ⟪Raymond-Roy Klasse II¦staging⟫. "
        "⟨a¦Kleiner Halsrest, ⟪1,5 mm¦size⟫⟩ (TOF ⟦Se 5 Bi 61¦5:61¦abbrev_de¦a⟧, MIP ⟦Se 501 Bi 8¦501:8¦abbrev_de¦a⟧); "
        "⟨b¦im Vor-MRT vom ⟪16.11.2025¦date⟫ ⟪1,2 mm¦size⟫⟩ (Vor-MRT ⟦Se 5 Bi 59¦p5:59¦prior¦b⟧ bzw. "
        "⟦Se 501 Bi 7¦p501:7¦prior¦b⟧). ⟨c¦Keine Rekanalisation des Aneurysmasacks⟩ (⟦Se 5 Bi 60-63¦5:60-63¦range¦c⟧).",
    ),
    (
        "q-de-15",
        "DE",
        "CT Hals/Thorax (onkologische Praxis), ⟪pT2 pN1 M0¦staging⟫, ⟪Nachsorge 18 Monate¦followup⟫. "
        "⟨a¦Lymphknoten Level ⟪IIa¦level⟫ rechts, ⟪14 mm¦size⟫ Kurzachse⟩ (⟦Se3Bi41¦3:41¦glued¦a⟧), ⟨b¦in der VU "
        "⟪9 mm¦size⟫⟩ (VU ⟦Se3Bi44¦p3:44¦prior¦b⟧). ⟨c¦Neue Lungenrundherde im rechten Unterlappen⟩ "
        "(⟦Se4Bi120¦4:120¦glued¦c⟧ und ⟦Se4Bi133¦4:133¦glued¦c⟧), ⟨d¦in der VU an gleicher Stelle kein Herd⟩ "
        "(VU ⟦Se4Bi118¦p4:118¦prior¦d⟧).",
    ),
    # ---------------------------------------------------------------- AT
    (
        "q-at-01",
        "AT",
        "MR Schulter rechts (Institut, Zuweisung Orthopädie). ⟨a¦Gelenkseitige Partialruptur der "
        "Supraspinatussehne, ⟪8 mm¦size⟫ Ausdehnung⟩, PD fs cor ⟦Sr. 5 Img. 12¦5:12¦abbrev_de¦a⟧ bzw. sag "
        "⟦Sr. 7 Img. 14¦7:14¦abbrev_de¦a⟧. ⟨b¦Os acromiale⟩ (axial ⟦Sr. 3, Img. 6¦3:6¦plane¦b⟧). ⟨c¦Geringer "
        "Erguss in der Bursa subacromialis⟩ ⟦Sr. 5 Img. 10 bis 13¦5:10-13¦range¦c⟧. Tendinose ⟪Grad 2¦staging⟫.",
    ),
    (
        "q-at-02",
        "AT",
        "MR Schädel, MS-Verlaufskontrolle, ⟪EDSS 3,5¦birads⟫. ⟨a¦Neue kontrastmittelaufnehmende Läsion "
        "periventrikulär rechts, ⟪5 mm¦size⟫⟩ (T1 KM ⟦Serie 9, Bild Nr. 44¦9:44¦full_de¦a⟧); in der "
        "Voruntersuchung vom ⟪14. März 2026¦date⟫ ⟨b¦an dieser Stelle keine Läsion⟩ "
        "(VU ⟦Serie 8, Bild Nr. 42¦p8:42¦prior¦b⟧). ⟨c¦Juxtakortikale Läsion frontal links⟩, "
        "⟦Serie 6 (FLAIR), Bild Nr. 61 und 63¦6:61,6:63¦list¦c⟧. Insgesamt ⟪23 Läsionen¦counter⟫ (VU "
        "⟪21¦counter⟫).",
    ),
    (
        "q-at-03",
        "AT",
        "Trauma-CT Becken, ⟪Tile C1¦staging⟫. ⟨a¦Fraktur der vorderen Acetabulumsäule links⟩ "
        "(⟦Schnittbild 77/Sr. 4¦4:77¦slash¦a⟧). ⟨b¦Symphysensprengung ⟪18 mm¦size⟫⟩ "
        "⟦Sr 4 Img 102¦4:102¦abbrev_de¦b⟧. ⟨c¦ISG-Sprengung rechts⟩ ⟦Sr 4 Img 61¦4:61¦abbrev_de¦c⟧, 3D-Rekonstruktion "
        "⟦Sr. 601 Img. 3¦601:3¦abbrev_de¦c⟧. Kreislauf ⟪RR 85/50¦blood_pressure⟫, Schockraum ⟪01:20¦time⟫.",
    ),
    (
        "q-at-04",
        "AT",
        "FDG-PET/CT, Interim nach ⟪2 Zyklen¦counter⟫ ABVD. ⟨a¦Konglomerat zervikal links Level ⟪IV¦level⟫, "
        "aktuell ⟪SUVmax 3,9¦lab⟫, ⟪Deauville 4¦birads⟫⟩ (⟦Sr. 3 Img. 58¦3:58¦abbrev_de¦a⟧); ⟨b¦im "
        "Baseline-PET ⟪SUVmax 21,0¦lab⟫⟩ (Baseline ⟦Sr. 3 Img. 61¦p3:61¦prior¦b⟧). ⟨c¦Mediastinale Lymphknoten "
        "komplett metabolisch rückläufig⟩ (⟦Sr. 3 Img. 90¦3:90¦abbrev_de¦c⟧, Baseline "
        "⟦Sr. 3 Img. 94¦p3:94¦prior¦c⟧). Leber ⟪SUVmean 2,1¦lab⟫.",
    ),
    (
        "q-at-05",
        "AT",
        "Transarterielle Chemoembolisation Segment ⟪VIII¦segment⟫, ⟪Durchleuchtungszeit 12,4 min¦time⟫, "
        "⟪DFP 48 Gy·cm²¦dose⟫. ⟨a¦Lipiodol-Retention im Tumor homogen⟩ (Cone-Beam-CT "
        "⟦Serie 14, Bild 88–96¦14:88-96¦range¦a⟧). ⟨b¦Kein Paravasat, keine Non-target-Embolisation⟩ "
        "(Kontroll-CT ⟦Sr. 3/Img. 40¦3:40¦slash¦b⟧). ⟪60 mg¦dose⟫ Epirubicin, ⟪5 ml¦size⟫ Lipiodol.",
    ),
    (
        "q-at-06",
        "AT",
        "Ergänzung zum Befund vom ⟪05.12.2026¦date⟫: ⟨a¦Die ⟪Bosniak IIF¦birads⟫-Zyste der linken Niere, "
        "⟪24 mm¦size⟫⟩, ist auf ⟦Serie 6, Bild 140¦6:140¦full_de¦a⟧ abgebildet (nicht wie angegeben "
        "⟪Serie 4, Bild 140¦bild_word⟫). ⟨b¦Die septale Verkalkung⟩ ist auf ⟦Bild 143 "
        "der Serie 6¦6:143¦full_de¦b⟧ am besten sichtbar. Kontrolle in ⟪12 Monaten¦followup⟫.",
    ),
    (
        "q-at-07",
        "AT",
        "Diktat (SR): ⟨a¦In der Lunge rechts apikal ein ⟪6 mm¦size⟫ Knoten⟩ "
        "⟦Serie 5 Doppelpunkt Bild 38¦5:38¦full_de¦a⟧ Beistrich ⟨b¦ein weiterer links basal ⟪4 mm¦size⟫⟩ "
        "⟦Serie 5 Doppelpunkt Bild 171¦5:171¦full_de¦b⟧ Punkt. "
        "⟨c¦Verkalkter Granulomrest⟩ ⟦Serie fünf Bild 92¦5:92¦full_de¦c⟧ Punkt. Empfehlung nach Fleischner: "
        "Kontrolle in ⟪6 bis 12 Monaten¦followup⟫.",
    ),
    (
        "q-at-08",
        "AT",
        "MR Hüfte beidseits, Kind ⟪6 Jahre¦age⟫. ⟨a¦Abflachung und Fragmentation der Femurkopfepiphyse links, "
        "⟪Catterall III¦staging⟫⟩ (T1 cor ⟦Se 4 Bi 9 + Se 4 Bi 11¦4:9,4:11¦list¦a⟧). ⟨b¦Gelenkserguss links "
        "⟪4 mm¦size⟫⟩ (STIR cor ⟦Se 5 Bi 10¦5:10¦abbrev_de¦b⟧). Vergleich mit dem Vor-MR vom "
        "⟪10.06.2026¦date⟫: ⟨c¦damals nur Ödem ohne Fragmentation⟩ (Vor-MR ⟦Se 4 Bi 10¦p4:10¦prior¦c⟧).",
    ),
    (
        "q-at-09",
        "AT",
        "CT Thorax (Privatinstitut), ⟪Raucher 40 PY¦counter⟫. ⟨a¦Solider Rundherd im linken Oberlappen, "
        "Segment ⟪3¦segment⟫, ⟪11 x 9 mm¦size⟫⟩ (⟦Ser. #3 / Bi. #212¦3:212¦abbrev_de¦a⟧). ⟨b¦Milchglasherd "
        "rechter Unterlappen ⟪7 mm¦size⟫⟩ (⟦Ser. #3 / Bi. #288¦3:288¦abbrev_de¦b⟧). ⟨c¦Emphysem "
        "zentrilobulär, oberfeldbetont⟩ (⟦Ser. #3 / Bi. #40 - #90¦3:40-90¦range¦c⟧). ⟪Lung-RADS 4A¦birads⟫.",
    ),
    (
        "q-at-10",
        "AT",
        "Kardio-MR, ⟪LVEF 48 %¦ratio⟫, ⟪LVEDV 182 ml¦size⟫. ⟨a¦Subendokardiales Late Enhancement "
        "inferolateral basal (Segment ⟪5¦segment⟫ nach AHA)⟩ (PSIR ⟦Sr. 22, Img. 7¦22:7¦abbrev_de¦a⟧ und "
        "⟦Sr. 24, Img. 3¦24:3¦abbrev_de¦a⟧). ⟨b¦Hypokinesie in diesem Segment⟩ (Cine "
        "⟦Sr. 12, Img. 18¦12:18¦abbrev_de¦b⟧). ⟨c¦Kein Perikarderguss⟩. Herzfrequenz ⟪62/min¦counter⟫.",
    ),
    (
        "q-at-11",
        "AT",
        "Notfall-CT-Angiographie Aorta, ⟪RR 190/105¦blood_pressure⟫. ⟨a¦Aortendissektion ⟪Stanford B¦staging⟫ "
        "ab distal der A. subclavia links bis in die Iliakalachse⟩ (⟦Sr. 5 Img. 60 bis Img. 230¦5:60-230¦range¦a⟧). "
        "⟨b¦Entry ⟪2 cm¦size⟫ distal des Subclaviaabgangs⟩ (⟦Sr. 5 Img. 66¦5:66¦abbrev_de¦b⟧). ⟨c¦Truncus "
        "coeliacus aus dem wahren Lumen⟩ (sag ⟦Sr. 8 Img. 41¦8:41¦plane¦c⟧). Gefäßchirurgie ⟪04:02¦time⟫ informiert.",
    ),
    (
        "q-at-12",
        "AT",
        "MR Knie links, Vergleich mit auswärtiger MR vom ⟪Oktober 2026¦date⟫. ⟨a¦Vordere Kreuzbandruptur, "
        "femoraler Stumpf⟩ (PD fs sag ⟦Serie 3, Bild 12¦3:12¦full_de¦a⟧); ⟨b¦auswärts noch Kontinuität "
        "abgrenzbar⟩ (auswärtige MR ⟦Serie 4, Bild 11¦p4:11¦prior¦b⟧). ⟨c¦Bone bruise laterales Tibiaplateau⟩ "
        "(⟦Serie 5, Bild 14¦5:14¦full_de¦c⟧), ⟨d¦auswärts ausgeprägter⟩ (auswärtige MR "
        "⟦Serie 6, Bild 13¦p6:13¦prior¦d⟧).",
    ),
    (
        "q-at-14",
        "AT",
        "CT Abdomen, Vergleich mit Fremd-CT vom ⟪03.09.2026¦date⟫. Fremd-CT (Serie 2): ⟨a¦Leberherd Segment "
        "⟪V¦segment⟫ ⟪12 mm¦size⟫⟩ ⟦Bild 40¦p2:40¦prior¦a⟧, ⟨b¦Milzzyste ⟪9 mm¦size⟫⟩ ⟦Bild 52¦p2:52¦prior¦b⟧. "
        "Heute (Serie 3): ⟨c¦Leberherd größenprogredient, ⟪15 mm¦size⟫⟩ ⟦Bild 44¦3:44¦image_only¦c⟧, ⟨d¦Milzzyste "
        "unverändert⟩ ⟦Bild 57¦3:57¦image_only¦d⟧.",
    ),
    (
        "q-at-15",
        "AT",
        "MR Abdomen Kind (⟪2 Jahre¦age⟫), Neuroblastom, nach ⟪4 Blöcken¦counter⟫ Chemotherapie. ⟨a¦Residualtumor "
        "linke Nebenniere ⟪28 x 19 mm¦size⟫⟩ (T2 ⟦Serie 6, Bild 30¦6:30¦full_de¦a⟧), ⟨b¦im Vor-MR ⟪54 x 41 mm¦size⟫⟩ "
        "(Vor-MR: ⟦Serie 7, Bild 28¦p7:28¦prior¦b⟧). ⟨c¦Ummauerung der A. renalis links rückläufig⟩ "
        "(⟦Sr. 9 Img. 22¦9:22¦abbrev_de¦c⟧; Vor-MR ⟦Sr. 9 Img. 20¦p9:20¦prior¦c⟧). ⟪MIBG-Score 2¦birads⟫.",
    ),
    # ---------------------------------------------------------------- CH
    (
        "q-ch-01",
        "CH",
        "Notfall-CT Schädel nativ, ⟪GCS 13¦birads⟫, ⟪INR 2,9¦lab⟫ unter Phenprocoumon. ⟨a¦Akutes "
        "Subduralhämatom links frontoparietal, max. ⟪9 mm¦size⟫⟩ [⟦Se 2: Bi 21-27¦2:21-27¦range¦a⟧]. "
        "⟨b¦Mittellinienverlagerung nach rechts ⟪4 mm¦size⟫⟩ [⟦Se 2: Bi 24¦2:24¦abbrev_de¦b⟧]. Telefonisch an "
        "Neurochirurgie um ⟪22:18¦time⟫, Tel. ⟪044 255 11 11¦phone⟫.",
    ),
    (
        "q-ch-02",
        "CH",
        "MR Handgelenk rechts. ⟨a¦Ruptur des skapholunären Bandes dorsal⟩ (cor PD fs "
        "⟦Bild 14 in Serie 5¦5:14¦full_de¦a⟧). ⟨b¦SL-Distanz ⟪4 mm¦size⟫, DISI-Stellung⟩ (cor "
        "⟦Bild 15 in Serie 5¦5:15¦full_de¦b⟧, sag ⟦Bild 9 in Serie 7¦7:9¦plane¦b⟧). ⟨c¦Ganglion "
        "⟪6 x 4 mm¦size⟫ dorsal⟩ (ax T2 ⟦Bild 22 in Serie 8¦8:22¦full_de¦c⟧). Stadium ⟪SLAC I¦staging⟫.",
    ),
    (
        "q-ch-03",
        "CH",
        "PSMA-PET/CT, ⟪185 MBq¦dose⟫, ⟪PSA 0,42 ng/ml¦lab⟫, Status nach Prostatektomie (⟪Gleason 4+3=7¦staging⟫). "
        "⟨a¦PSMA-avider Lymphknoten iliakal extern links ⟪6 mm¦size⟫, ⟪SUVmax 7,3¦lab⟫⟩ "
        "(⟦Ser. 4, Bild 171¦4:171¦abbrev_de¦a⟧). ⟨b¦Knochenläsion ⟪BWK 11¦level⟫⟩ ⟦Ser. 4, Bild 98¦4:98¦abbrev_de¦b⟧. "
        "Vergleich mit der Voruntersuchung vom ⟪02.06.2026¦date⟫: ⟨c¦Lymphknoten damals ⟪SUVmax 3,1¦lab⟫⟩ "
        "(VU ⟦Ser. 4, Bild 168¦p4:168¦prior¦c⟧), ⟨d¦BWK 11 damals unauffällig⟩ (VU ⟦Ser. 4, Bild 96¦p4:96¦prior¦d⟧).",
    ),
    (
        "q-ch-04",
        "CH",
        "CT Thorax Kind (⟪3 Jahre¦age⟫), V.a. Fremdkörperaspiration, ⟪DLP 28 mGy*cm¦dose⟫. ⟨a¦Überblähung "
        "des linken Unterlappens mit Mediastinalshift⟩ (⟦S3 B88¦3:88¦glued¦a⟧, ⟦S3 B94¦3:94¦glued¦a⟧). ⟨b¦Abbruch "
        "des Unterlappenbronchus links, ⟪14 mm¦size⟫ distal der Carina⟩ (⟦S3 B71¦3:71¦glued¦b⟧; MinIP "
        "⟦S7 B12¦7:12¦glued¦b⟧). Bronchoskopie empfohlen.",
    ),
    (
        "q-ch-05",
        "CH",
        "Perkutane Vertebroplastie ⟪BWK 12¦level⟫, transpedikulär beidseits, ⟪11 G¦size⟫, ⟪4,5 ml¦size⟫ PMMA. "
        "⟨a¦Homogene Zementverteilung bis an die Deckplatte⟩ (Kontroll-CT ⟦Se 601 / Bi 12¦601:12¦slash¦a⟧). "
        "⟨b¦Geringer Zementaustritt in eine paravertebrale Vene, ohne Lungenembolie⟩ "
        "(⟦Se 3 / Bi 44¦3:44¦slash¦b⟧). Durchleuchtung ⟪3,1 min¦time⟫.",
    ),
    (
        "q-ch-06",
        "CH",
        "Korrigendum zum Befund vom ⟪04.12.2026¦date⟫: In Befundzeile ⟪2¦counter⟫ muss es heissen: "
        "⟨a¦Lungenembolie im Segmentarterienast ⟪A8¦segment⟫ rechts⟩ [⟦Serie 4: Bild 133¦4:133¦full_de¦a⟧]; die "
        "Angabe ⟪Bild 113¦bild_word⟫ war ein Diktierfehler. ⟨b¦Der zentrale Embolus in der rechten "
        "Pulmonalarterie⟩ [⟦Serie 4: Bild 88¦4:88¦full_de¦b⟧] ist korrekt angegeben.",
    ),
    (
        "q-ch-07",
        "CH",
        "MR Schädel mit Perfusion. ⟨a¦Randständig KM-aufnehmende Raumforderung temporal rechts, ⟪4,2 x 3,1 cm¦size⟫⟩ "
        "(T1 KM: ⟦Se 11, Bild 88¦11:88¦abbrev_de¦a⟧; FLAIR: ⟦Se 5, Bild 23¦5:23¦abbrev_de¦a⟧). ⟨b¦Erhöhtes "
        "rCBV ⟪4,1¦ratio⟫⟩ (⟦Se 15, Bild 12¦15:12¦abbrev_de¦b⟧). Im Vor-MRT vom ⟪20.10.2026¦date⟫ "
        "⟨c¦Raumforderung ⟪3,4 x 2,6 cm¦size⟫⟩ (Vor-MRT ⟦Se 10, Bild 84¦p10:84¦prior¦c⟧).",
    ),
    (
        "q-ch-08",
        "CH",
        "Low-dose-CT Abdomen Notfall, Flankenschmerz links seit ⟪3 h¦time⟫. ⟨a¦Prävesikales Konkrement links "
        "⟪5 x 4 mm¦size⟫, ⟪850 HU¦lab⟫⟩ ⟦Bild 212 (Serie 3)¦3:212¦full_de¦a⟧, ⟨b¦Harnstau ⟪Grad II¦staging⟫⟩ "
        "⟦Bild 140 (Serie 3)¦3:140¦full_de¦b⟧. ⟨c¦Perirenale Imbibierung⟩ ⟦Bild 138–146 (Serie 3)¦3:138-146¦range¦c⟧. "
        "⟪Krea 112 µmol/l¦lab⟫.",
    ),
    (
        "q-ch-09",
        "CH",
        "Diktat (SR): ⟨a¦Der Rundherd im rechten Mittellappen misst neu ⟪9 mm¦size⟫⟩ "
        "⟦Serie vier, Bild siebenundsiebzig¦4:77¦full_de¦a⟧, ⟨b¦in der Voruntersuchung ⟪7 mm¦size⟫⟩ Voruntersuchung "
        "⟦Serie vier, Bild einundachtzig¦p4:81¦prior¦b⟧. ⟨c¦Kein Pleuraerguss⟩ "
        "⟦Serie vier Bild zweihundert¦4:200¦full_de¦c⟧.",
    ),
    (
        "q-ch-10",
        "CH",
        "Verlaufskontrolle nach RECIST 1.1, ⟪Zyklus 6¦counter⟫. Zielläsion T1 ⟨a¦Lebermetastase Segment "
        "⟪IVa¦segment⟫⟩: Baseline ⟪31 mm¦size⟫ (⟦Se 5/Bi 61¦p5:61¦prior¦a⟧), heute ⟪24 mm¦size⟫ "
        "(⟦Se 5/Bi 63¦5:63¦slash¦a⟧). Zielläsion T2 ⟨b¦Nebenniere links⟩: Baseline ⟪18 mm¦size⟫ "
        "(⟦Se 5/Bi 88¦p5:88¦prior¦b⟧), heute ⟪15 mm¦size⟫ (⟦Se 5/Bi 90¦5:90¦slash¦b⟧). Summe "
        "⟪39 mm¦size⟫ (⟪-20 %¦ratio⟫), stabile Erkrankung.",
    ),
    (
        "q-ch-11",
        "CH",
        "Koronar-CT, ⟪Agatston 412¦birads⟫, Herzfrequenz ⟪58/min¦counter⟫, ⟪DLP 190 mGy*cm¦dose⟫. ⟨a¦Gemischte "
        "Plaque proximale RIVA mit ⟪50-69 %¦ratio⟫ Stenose, ⟪CAD-RADS 3¦birads⟫⟩ "
        "(⟦Serie 8, Bild 140¦8:140¦full_de¦a⟧). "
        "⟨b¦RCA ohne relevante Stenose⟩ (⟦Serie 8, Bild 160-190¦8:160-190¦range¦b⟧).",
    ),
    (
        "q-ch-12",
        "CH",
        "MR Knie rechts, Jugendlicher ⟪14 Jahre¦age⟫. ⟨a¦Osteochondrosis dissecans medialer Femurkondylus, "
        "⟪14 x 9 mm¦size⟫, ⟪Stadium II nach Hefti¦staging⟫⟩ (sag DESS ⟦Se 9 Bi 20¦9:20¦abbrev_de¦a⟧, cor PD "
        "⟦Se 4 Bi 13¦4:13¦abbrev_de¦a⟧). ⟨b¦Kein Flüssigkeitssaum hinter dem Fragment⟩ (sag T2 fs "
        "⟦Se 6 Bi 19¦6:19¦abbrev_de¦b⟧). ⟨c¦Im Vor-MR vom ⟪Januar 2026¦date⟫ identisch⟩ "
        "(Vor-MR ⟦Se 9 Bi 21¦p9:21¦prior¦c⟧).",
    ),
    (
        "q-ch-13",
        "CH",
        "MR Mamma beidseits, ⟪Zyklustag 9¦counter⟫. ⟨a¦Rundlicher Herd rechts bei ⟪12 Uhr¦time⟫, ⟪3 cm¦size⟫ "
        "ab Mamille, ⟪8 mm¦size⟫, Kurventyp ⟪III¦staging⟫, ⟪BI-RADS 4¦birads⟫⟩ (Subtraktion "
        "⟦Se 1001, Bi 88¦1001:88¦abbrev_de¦a⟧; T2 ⟦Se 3, Bi 87¦3:87¦abbrev_de¦a⟧). ⟨b¦Intramammärer "
        "Lymphknoten links ⟪4 Uhr¦time⟫⟩ (⟦Se 1001, Bi 130¦1001:130¦abbrev_de¦b⟧).",
    ),
    (
        "q-ch-14",
        "CH",
        "MR Schädel Verlauf. ⟨a¦Meningeom parasagittal rechts, ⟪18 x 15 mm¦size⟫⟩ "
        "(⟦Se 8, Bi 72¦8:72¦abbrev_de¦a⟧ bzw. Voruntersuchung ⟦Se 7, Bi 70¦p7:70¦prior¦a⟧). ⟨b¦Perifokales "
        "Ödem neu⟩ (FLAIR ⟦Se 4, Bi 19¦4:19¦abbrev_de¦b⟧), ⟨c¦in der VU vom ⟪11.11.2025¦date⟫ fehlend⟩ "
        "(VU FLAIR ⟦Se 4, Bi 18¦p4:18¦prior¦c⟧). Verlauf in ⟪6 Monaten¦followup⟫.",
    ),
    (
        "q-ch-15",
        "CH",
        "CT-gesteuerte periradikuläre Infiltration ⟪L5/S1¦level⟫ rechts, ⟪22 G¦size⟫ Spinalnadel, "
        "⟪40 mg¦dose⟫ Triamcinolon. ⟨a¦Nadelspitze im Foramen ⟪L5/S1¦level⟫ rechts⟩ "
        "(⟦Schicht 14 der Serie 3¦3:14¦slice_word¦a⟧). ⟨b¦Kontrastmittelverteilung periradikulär und epidural⟩ "
        "(⟦Schicht 12 bis 16 der Serie 5¦5:12-16¦range¦b⟧). Keine Komplikation, ⟪VAS 7¦birads⟫ vor, ⟪VAS 2¦birads⟫ "
        "nach Intervention.",
    ),
    # ---------------------------------------------------------------- UK
    (
        "q-uk-01",
        "UK",
        "CT trauma (MTC), scanned ⟪03:12¦time⟫. ⟨a¦Right haemopneumothorax, depth ⟪22 mm¦size⟫⟩ "
        "(⟦series 4, image 61¦4:61¦full_en¦a⟧). ⟨b¦Fractures of the right ⟪5th to 8th ribs¦level⟫ posteriorly⟩ "
        "(⟦series 4, images 70, 77, 84 and 90¦4:70,4:77,4:84,4:90¦list¦b⟧). ⟨c¦⟪Grade III¦staging⟫ liver "
        "laceration, segment ⟪VI¦segment⟫⟩ (⟦Se 6 Im 140-155¦6:140-155¦range¦c⟧). Discussed with the trauma "
        "team leader, ext ⟪4412¦phone⟫, at ⟪03:30¦time⟫.",
    ),
    (
        "q-uk-02",
        "UK",
        "CT head, child aged ⟪2 years¦age⟫, fall from a changing table. ⟨a¦Undisplaced left parietal skull "
        "fracture⟩ (⟦Series: 3; Image: 18¦3:18¦full_en¦a⟧). ⟨b¦Small overlying scalp haematoma ⟪9 mm¦size⟫⟩ "
        "(⟦Series: 2; Image: 20¦2:20¦full_en¦b⟧). ⟨c¦No intracranial haemorrhage⟩. ⟪CTDIvol 22 mGy¦dose⟫. "
        "Safeguarding discussed with the paediatric registrar, bleep ⟪2261¦phone⟫.",
    ),
    (
        "q-uk-03",
        "UK",
        "MRI pituitary, prolactin ⟪1840 mU/L¦lab⟫. ⟨a¦Hypoenhancing microadenoma in the right side of the "
        "gland, ⟪4 mm¦size⟫⟩ (coronal T1 post-gad ⟦Se 9 Im 8¦9:8¦abbrev_en¦a⟧; dynamic ⟦Se 11 Im 8¦11:8¦abbrev_en¦a⟧). "
        "⟨b¦Stalk midline, optic chiasm clear⟩ (⟦Se 7 Im 10¦7:10¦abbrev_en¦b⟧). ⟨c¦On the previous MRI of "
        "⟪12/01/2025¦date⟫ the adenoma measured ⟪3 mm¦size⟫⟩ (previous ⟦Se 9 Im 7¦p9:7¦prior¦c⟧).",
    ),
    (
        "q-uk-04",
        "UK",
        "FDG PET-CT, end-of-treatment. ⟨a¦Residual uptake in a left axillary node, ⟪SUVmax 2.1¦lab⟫, "
        "⟪Deauville 2¦birads⟫⟩ (CT ⟦Se 3 Im 140¦3:140¦abbrev_en¦a⟧; fused ⟦Se 601 Im 140¦601:140¦abbrev_en¦a⟧). "
        "⟨b¦On the interim PET of ⟪02/09/2026¦date⟫ this node had ⟪SUVmax 6.4¦lab⟫⟩ "
        "(interim ⟦Se 3 Im 138¦p3:138¦prior¦b⟧). ⟨c¦No new avid disease⟩. Liver ⟪SUVmean 2.3¦lab⟫.",
    ),
    (
        "q-uk-05",
        "UK",
        "CT-guided drainage of pelvic collection. ⟨a¦Collection in the right iliac fossa ⟪64 x 41 mm¦size⟫⟩ "
        "(planning ⟦Se 2 Im 56¦2:56¦abbrev_en¦a⟧). ⟪10 Fr¦size⟫ locking pigtail placed via right anterior "
        "approach; ⟨b¦catheter tip within the collection⟩ (check ⟦Se 5 Im 12¦5:12¦abbrev_en¦b⟧). "
        "⟪40 ml¦size⟫ pus aspirated, sent for MC&S. ⟪DLP 412 mGy.cm¦dose⟫.",
    ),
    (
        "q-uk-06",
        "UK",
        "ADDENDUM ⟪07/12/2026¦date⟫: the image number quoted for the adrenal nodule in the original report was "
        "incorrect. ⟨a¦The ⟪18 mm¦size⟫ left adrenal nodule (⟪9 HU¦lab⟫ unenhanced)⟩ is on "
        "⟦series 5, image 73¦5:73¦full_en¦a⟧, not ⟪image 37¦bild_word⟫. ⟨b¦The right adrenal is normal⟩ "
        "(⟦series 5, image 70¦5:70¦full_en¦b⟧).",
    ),
    (
        "q-uk-07",
        "UK",
        "MRI right ankle (private). ⟨a¦Full-thickness tear of the anterior talofibular ligament⟩ (ax PD fs "
        "⟦ser 6/im 12¦6:12¦slash¦a⟧). ⟨b¦Partial tear of the calcaneofibular ligament⟩ (cor PD fs "
        "⟦ser 8/im 15¦8:15¦slash¦b⟧). ⟨c¦Bone bruise of the medial talar dome ⟪11 mm¦size⟫⟩ (sag STIR "
        "⟦ser 4/im 10¦4:10¦slash¦c⟧, T1 ⟦ser 3/im 10¦3:10¦slash¦c⟧). ⟨d¦Tibiotalar effusion⟩ "
        "(⟦ser 4/im 8-12¦4:8-12¦range¦d⟧).",
    ),
    (
        "q-uk-08",
        "UK",
        "CTPA (ED, ⟪22:40¦time⟫), ⟪D-dimer 3.4¦lab⟫. ⟨a¦Filling defects in the right lower lobe segmental "
        "arteries⟩ (⟦series 4 images 150–162¦4:150-162¦range¦a⟧) and ⟨b¦a saddle-type defect at the "
        "bifurcation⟩ (⟦series 4 image 98¦4:98¦full_en¦b⟧). ⟨c¦RV:LV ratio ⟪1.3¦ratio⟫, straightening of the "
        "septum⟩ (⟦series 4 image 210¦4:210¦full_en¦c⟧). Called to ED registrar at ⟪23:05¦time⟫.",
    ),
    (
        "q-uk-09",
        "UK",
        "Target lesions (baseline CT ⟪12/05/2026¦date⟫ vs today, ⟪cycle 4¦counter⟫): 1. ⟨a¦Right hilar node⟩ "
        "⟪21 mm¦size⟫ today [⟦Se5 Im44¦5:44¦abbrev_en¦a⟧], ⟪28 mm¦size⟫ at baseline "
        "[⟦Se4 Im47¦p4:47¦prior¦a⟧]. 2. ⟨b¦Segment ⟪VIII¦segment⟫ liver lesion⟩ ⟪19 mm¦size⟫ today "
        "[⟦Se5 Im88¦5:88¦abbrev_en¦b⟧], ⟪26 mm¦size⟫ at baseline [⟦Se4 Im90¦p4:90¦prior¦b⟧]. Sum of diameters "
        "⟪40 mm¦size⟫, ⟪-26 %¦ratio⟫.",
    ),
    (
        "q-uk-10",
        "UK",
        "CT colonography. ⟨a¦⟪9 mm¦size⟫ sessile polyp in the sigmoid colon at ⟪28 cm¦size⟫⟩ (supine "
        "⟦series 2 image 310¦2:310¦full_en¦a⟧, prone ⟦series 5 image 288¦5:288¦full_en¦a⟧). ⟨b¦Diverticulosis "
        "without inflammation⟩ (⟦series 2 images 250 to 330¦2:250-330¦range¦b⟧). ⟪C-RADS C2¦birads⟫.",
    ),
    (
        "q-uk-11",
        "UK",
        "MRI prostate (private), ⟪PSA 9.2¦lab⟫. ⟨a¦Transition zone lesion anterior left, ⟪15 mm¦size⟫, "
        "⟪PI-RADS 5¦birads⟫⟩ (T2 ax ⟦Se 4, Im 14¦4:14¦abbrev_en¦a⟧; ADC ⟦Se 8, Im 14¦8:14¦abbrev_en¦a⟧). "
        "⟨b¦Abutting the anterior fibromuscular stroma without breach⟩ (⟦Se 4, Im 13¦4:13¦abbrev_en¦b⟧). "
        "Compared with the outside MRI of ⟪06/2025¦date⟫: ⟨c¦lesion then ⟪10 mm¦size⟫⟩ "
        "(outside ⟦Se 3, Im 12¦p3:12¦prior¦c⟧).",
    ),
    (
        "q-uk-12",
        "UK",
        "MRI whole spine, child aged ⟪11¦age⟫, back pain. ⟨a¦Low-lying conus at ⟪L3¦level⟫ with a thickened "
        "filum⟩ (sag T2 ⟦slice 8 of series 3¦3:8¦slice_word¦a⟧). ⟨b¦Small syrinx ⟪C5/6¦level⟫ to "
        "⟪C7¦level⟫, ⟪3 mm¦size⟫⟩ (⟦slice 9 of series 2¦2:9¦slice_word¦b⟧; axial "
        "⟦slice 14 of series 6¦6:14¦slice_word¦b⟧). ⟨c¦No fatty filum lipoma⟩.",
    ),
    (
        "q-uk-13",
        "UK",
        "CT abdomen (out of hours), ⟪lactate 4.1¦lab⟫. ⟨a¦Closed-loop small bowel obstruction with a "
        "transition point in the left iliac fossa⟩ (⟦Se 3, Im 112¦3:112¦abbrev_en¦a⟧; coronal "
        "⟦Se 4, Im 60¦4:60¦plane¦a⟧). ⟨b¦Reduced wall enhancement of the involved loops⟩ "
        "(⟦Se 3, Im 118 and 121¦3:118,3:121¦list¦b⟧). Surgical registrar informed at ⟪01:55¦time⟫ on "
        "⟪07712 448 903¦phone⟫.",
    ),
    (
        "q-uk-14",
        "UK",
        "MRI brain, child aged ⟪8¦age⟫, known low-grade glioma. ⟨a¦Cystic-solid right thalamic lesion now "
        "⟪24 x 19 mm¦size⟫⟩ (ax T2 ⟦Se 3, Im 15¦3:15¦abbrev_en¦a⟧; post-gad ⟦Se 9, Im 15¦9:15¦abbrev_en¦a⟧), ⟨b¦cf. "
        "⟪21 x 17 mm¦size⟫ on the previous MRI of ⟪14/03/2026¦date⟫⟩ (previous ⟦Se 3, Im 14¦p3:14¦prior¦b⟧). "
        "⟨c¦New enhancing nodule along the cyst wall⟩ (⟦Se 9, Im 17¦9:17¦abbrev_en¦c⟧), ⟨d¦not present "
        "before⟩ (prior ⟦Se 9, Im 16¦p9:16¦prior¦d⟧). ⟪Key images 1-4¦counter⟫ saved to PACS.",
    ),
    (
        "q-uk-15",
        "UK",
        "PSMA PET-CT, ⟪PSA 1.8¦lab⟫, ⟪198 MBq¦dose⟫. ⟨a¦Avid left obturator node ⟪7 mm¦size⟫, "
        "⟪SUVmax 8.3¦lab⟫⟩ (⟦S4/I133¦4:133¦slash¦a⟧), ⟨b¦previously ⟪4 mm¦size⟫ and non-avid⟩ "
        "(prior ⟦S4/I130¦p4:130¦prior¦b⟧). ⟨c¦Rib lesion right ⟪7th rib¦level⟫⟩ (⟦S4/I61¦4:61¦slash¦c⟧), "
        "⟨d¦also seen on the prior⟩ (⟦S4/I60¦p4:60¦prior¦d⟧). ⟪PRIMARY score 4¦birads⟫.",
    ),
    # ---------------------------------------------------------------- US
    (
        "q-us-01",
        "US",
        "CT head without contrast (ED). ⟨a¦Acute right subdural hematoma measuring up to ⟪8 mm¦size⟫⟩ "
        "(⟦2:18-24¦2:18-24¦compact¦a⟧). ⟨b¦Midline shift ⟪3 mm¦size⟫ to the left⟩ (⟦2:20¦2:20¦compact¦b⟧). "
        "Critical result called to Dr. Reyes at ⟪2:14 AM¦time⟫ on ⟪12/7/2026¦date⟫ and read back.",
    ),
    (
        "q-us-02",
        "US",
        "CT abdomen/pelvis, ⟪9-year-old¦age⟫, ⟪WBC 14.1¦lab⟫. ⟨a¦Dilated fluid-filled appendix measuring "
        "⟪9 mm¦size⟫ with periappendiceal fat stranding⟩ (⟦series 5, image 61¦5:61¦full_en¦a⟧; coronal "
        "⟦602:44¦602:44¦compact¦a⟧). ⟨b¦Appendicolith at the base⟩ (⟦series 5, image 58¦5:58¦full_en¦b⟧). "
        "⟨c¦No abscess⟩. ⟪Pediatric Appendicitis Score 8¦birads⟫.",
    ),
    (
        "q-us-03",
        "US",
        "MRI brain stroke protocol, ⟪NIHSS 9¦birads⟫, last known well ⟪6:30 PM¦time⟫. ⟨a¦Acute infarct in "
        "the left MCA territory involving the insula⟩ (DWI ⟦series 5 image 14¦5:14¦full_en¦a⟧, ADC "
        "⟦series 6 image 14¦6:14¦full_en¦a⟧). ⟨b¦No hemorrhagic transformation⟩ (SWI "
        "⟦series 9 image 40¦9:40¦full_en¦b⟧). ⟨c¦Infarct volume ⟪18 mL¦size⟫⟩.",
    ),
    (
        "q-us-04",
        "US",
        "MRI left shoulder. ⟨a¦Full-thickness tear of the supraspinatus tendon with ⟪1.4 cm¦size⟫ "
        "retraction⟩ (cor T2 FS ⟦se 6 im 12¦6:12¦abbrev_en¦a⟧; sag T1 ⟦se 8 im 9¦8:9¦abbrev_en¦a⟧). ⟨b¦Goutallier "
        "⟪grade 1¦staging⟫ fatty atrophy⟩ (⟦se 8 im 4¦8:4¦abbrev_en¦b⟧). ⟨c¦SLAP tear⟩ (ax PD "
        "⟦se 3 im 11-14¦3:11-14¦range¦c⟧).",
    ),
    (
        "q-us-05",
        "US",
        "FDG PET/CT restaging, ⟪glucose 104 mg/dL¦lab⟫, ⟪10.2 mCi¦dose⟫. ⟨a¦Hypermetabolic left supraclavicular "
        "node, ⟪SUVmax 9.8¦lab⟫⟩ (⟦4:133¦4:133¦compact¦a⟧; fused ⟦5:133¦5:133¦compact¦a⟧), ⟨b¦previously "
        "⟪SUVmax 5.1¦lab⟫⟩ (prior ⟦3:128¦p3:128¦prior¦b⟧). ⟨c¦New lytic lesion in ⟪T9¦level⟫⟩ "
        "(⟦4:201¦4:201¦compact¦c⟧).",
    ),
    (
        "q-us-06",
        "US",
        "Y-90 mapping angiogram with Tc-99m MAA, ⟪4 mCi¦dose⟫. ⟨a¦Hypervascular segment ⟪VII¦segment⟫ "
        "tumor supplied by the right posterior hepatic artery⟩ (cone-beam CT "
        "⟦series 3, images 22 and 28¦3:22,3:28¦list¦a⟧). ⟨b¦Lung shunt fraction ⟪6.2%¦ratio⟫⟩ (SPECT/CT "
        "⟦series 7, image 41¦7:41¦full_en¦b⟧). Planned dose ⟪1.2 GBq¦dose⟫.",
    ),
    (
        "q-us-07",
        "US",
        "ADDENDUM: ⟨a¦The ⟪6 mm¦size⟫ right upper lobe nodule⟩ is located on ⟦4:112¦4:112¦compact¦a⟧, not "
        "⟪4:121¦bild_word⟫ as previously dictated. ⟨b¦The second nodule in the right lower lobe⟩ is correctly "
        "listed on ⟦4:240¦4:240¦compact¦b⟧. Addended ⟪12/7/2026 7:52 AM¦date⟫.",
    ),
    (
        "q-us-08",
        "US",
        "Low-dose CT lung cancer screening, ⟪Lung-RADS 4A¦birads⟫, ⟪35 pack-years¦counter⟫. ⟨a¦Solid nodule "
        "in the right upper lobe⟩ now ⟪9 mm¦size⟫ (⟦3:88¦3:88¦compact¦a⟧), previously ⟪6 mm¦size⟫ "
        "(⟦3:91¦p3:91¦prior¦a⟧ on ⟪6/2/2025¦date⟫). ⟨b¦Part-solid nodule left lower lobe⟩ "
        "(⟦3:190¦3:190¦compact¦b⟧), ⟨c¦unchanged from prior⟩ (⟦3:186¦p3:186¦prior¦c⟧).",
    ),
    (
        "q-us-09",
        "US",
        "Comparison: outside CT from ⟪3/14/2026¦date⟫. ⟨a¦Pancreatic head mass ⟪3.2 x 2.6 cm¦size⟫ abutting "
        "the SMV less than ⟪180 degrees¦ratio⟫⟩ (⟦image 45 of series 3¦3:45¦full_en¦a⟧), ⟨b¦⟪2.4 cm¦size⟫ on the "
        "outside study⟩ (outside ⟦image 44 of series 2¦p2:44¦prior¦b⟧). ⟨c¦CBD dilated to ⟪12 mm¦size⟫⟩ "
        "(⟦image 38 of series 3¦3:38¦full_en¦c⟧). ⟪CA 19-9 840 U/mL¦lab⟫.",
    ),
    (
        "q-us-10",
        "US",
        "Coronary CTA, ⟪heart rate 61 bpm¦counter⟫, ⟪calcium score 220¦birads⟫. ⟨a¦Mixed plaque in the "
        "proximal LAD with ⟪50-69%¦ratio⟫ stenosis, ⟪CAD-RADS 3¦birads⟫⟩ (⟦Im45/Se3¦3:45¦slash¦a⟧; curved "
        "⟦Im12/Se21¦21:12¦slash¦a⟧). ⟨b¦Non-obstructive plaque in the mid RCA⟩ (⟦Im80/Se3¦3:80¦slash¦b⟧).",
    ),
    (
        "q-us-11",
        "US",
        "MRI abdomen liver protocol. ⟨a¦⟪2.1 cm¦size⟫ arterially enhancing observation in segment "
        "⟪VI¦segment⟫ with washout and capsule, ⟪LI-RADS 5¦birads⟫⟩ (arterial ⟦series 12 image 40¦12:40¦full_en¦a⟧; "
        "delayed ⟦15:40¦15:40¦compact¦a⟧). ⟨b¦Previously ⟪1.4 cm¦size⟫⟩ (comparison MRI "
        "⟦series 12 image 38¦p12:38¦prior¦b⟧, ⟪5/20/2026¦date⟫). ⟪AFP 41 ng/mL¦lab⟫.",
    ),
    (
        "q-us-12",
        "US",
        "Dictated (speech recognition, unedited): ⟨a¦There is a ⟪1.2 cm¦size⟫ hypodense lesion in the left "
        "kidney⟩ ⟦series 3 image 40¦3:40¦full_en¦a⟧ period. ⟨b¦Small hiatal hernia⟩ comma "
        "⟦series 3 image 12¦3:12¦full_en¦b⟧ comma unchanged. ⟨c¦Mild degenerative change at ⟪L4-L5¦level⟫⟩ "
        "⟦se 3 im 45-52¦3:45-52¦range¦c⟧ new paragraph.",
    ),
    (
        "q-us-13",
        "US",
        "Bilateral breast MRI, ⟪BI-RADS 4¦birads⟫. ⟨a¦Irregular enhancing mass in the left breast at "
        "⟪3 o'clock¦time⟫, ⟪4 cm¦size⟫ from the nipple, ⟪11 mm¦size⟫⟩ (subtraction "
        "⟦series 1001, image 102¦1001:102¦full_en¦a⟧). ⟨b¦Type ⟪III¦staging⟫ kinetic curve⟩ "
        "(⟦series 1001, image 104¦1001:104¦full_en¦b⟧). ⟨c¦Non-mass enhancement ⟪9 o'clock¦time⟫ right breast "
        "unchanged⟩ from prior (prior ⟦series 1001, image 76¦p1001:76¦prior¦c⟧).",
    ),
    (
        "q-us-14",
        "US",
        "CT cervical spine (ED, MVC), comparison outside CT from ⟪12/6/2026¦date⟫. ⟨a¦Nondisplaced fracture of "
        "the right ⟪C6¦level⟫ lamina⟩ (⟦series 4, image 51¦4:51¦full_en¦a⟧; sagittal ⟦602:33¦602:33¦compact¦a⟧), "
        "⟨b¦not visible on the outside study⟩ (outside ⟦images 30-35, series 2¦p2:30-35¦prior¦b⟧). ⟨c¦Prevertebral "
        "soft tissue ⟪5 mm¦size⟫ at ⟪C2¦level⟫⟩ (⟦series 4, image 20¦4:20¦full_en¦c⟧).",
    ),
    (
        "q-us-15",
        "US",
        "MRI right knee. ⟨a¦Complex tear of the posterior horn of the medial meniscus⟩ (coronal PD FS "
        "⟦4:14¦4:14¦compact¦a⟧, sagittal PD FS ⟦6:20-24¦6:20-24¦compact¦a⟧), ⟨b¦on the prior MRI of "
        "⟪8/15/2025¦date⟫ a horizontal tear only⟩ (prior ⟦5:18¦p5:18¦prior¦b⟧). ⟨c¦Grade ⟪3¦staging⟫ "
        "chondromalacia of the medial femoral condyle⟩ (⟦4:16¦4:16¦compact¦c⟧), ⟨d¦progressed from "
        "grade ⟪2¦staging⟫⟩ (prior ⟦4:15¦p4:15¦prior¦d⟧).",
    ),
)

EXCERPTS: list[Excerpt] = [_excerpt(*r) for r in _RAW]
