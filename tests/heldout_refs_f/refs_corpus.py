"""Held-out refs F: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs page or any earlier corpus's texts. Do not tune
the miner on these texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus
tests.heldout_refs_f.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section (a heading such
as "Serie 6 (Lungenfenster):" names it for its section), else series is None; a plane word or an MPR series
number changes nothing; a citation into a prior, comparison, baseline or outside study is gold with
prior_study true, whether the prior-study word stands inside the citation or in the clause it closes.
Classes are refs C's; a list class is used for any citation that yields several refs of one series, a range
class for a from-to span, and slice_word for Schicht/Schnitt/slice/section words.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- Germany
    ("f_de01", "DE",
     "CT Thorax/Abdomen mit KM, ⟪Seite 1 von 2¦counter⟫. Befund: ⟨a¦Neu aufgetretener subpleuraler Rundherd "
     "im apikalen Unterlappen rechts, ⟪9 mm¦size⟫⟩ ⟦(Serie 4, Bild 87)¦4:87¦full_de¦a⟧. ⟨b¦Verkalktes "
     "Granulom im Mittellappen⟩ ⟦(Serie 4, Bild 132)¦4:132¦full_de¦b⟧, unverändert."),
    ("f_de02", "DE",
     "Beurteilung: ⟨a¦Regrediente mediastinale Lymphadenopathie, subkarinal jetzt ⟪12 mm¦size⟫⟩ "
     "⟦(Se 3/Bi 54)¦3:54¦abbrev_de¦a⟧, ⟨b¦in der Voruntersuchung vom ⟪02.09.2026¦date⟫ noch "
     "⟪19 mm¦size⟫⟩ ⟦(VU Se 3/Bi 51)¦p3:51¦prior¦b⟧."),
    ("f_de03", "DE",
     "⟨a¦Mehrere hypodense Leberläsionen in beiden Lappen, die größte ⟪23 mm¦size⟫ in ⟪Segment VII¦segment⟫⟩ "
     "⟦(Serie 6, Bilder 34, 41 und 58)¦6:34,6:41,6:58¦list¦a⟧. Labor: ⟪Bilirubin 1,9 mg/dl¦lab⟫."),
    ("f_de04", "DE",
     "Befund: ⟨a¦Segmentale Lungenarterienembolie im Unterlappen links⟩ ⟦(Serie 7, Bild 120-131)"
     "¦7:120-131¦range¦a⟧. ⟨b¦Zusätzlich Füllungsdefekt in der Mittellappenarterie⟩ ⟦(Bild 98)¦7:98"
     "¦image_only¦b⟧. Rechtsherzbelastung mit ⟪RV/LV-Quotient 1,1¦ratio⟫."),
    ("f_de05", "DE",
     "⟨a¦Osteolytische Läsion in der Massa lateralis rechts des Sakrums⟩ ⟦(Se8Bi77)¦8:77¦glued¦a⟧. Keine "
     "pathologische Fraktur. Osteochondrose ⟪LWK 4/5¦level⟫ mit Vakuumphänomen."),
    ("f_de06", "DE",
     "Nieren: ⟨a¦Zwei kleine kortikale Zysten rechts (⟪Bosniak I¦staging⟫)⟩ ⟦(Bild 5/33 und 5/40)"
     "¦5:33,5:40¦slash¦a⟧. Keine Harnstauung, ⟪Kreatinin 1,3 mg/dl¦lab⟫."),
    ("f_de07", "DE",
     "Befund Doppelpunkt ⟨a¦im Bereich des Pankreaskopfes eine unscharf begrenzte hypodense Raumforderung von "
     "ca. ⟪28 x 24 mm¦size⟫⟩ ⟦Serie 3 Bild 61¦3:61¦full_de¦a⟧ Punkt ⟨b¦Kontakt zur V. mesenterica superior "
     "über ca. ⟪180 Grad¦size⟫⟩ ⟦Serie 3 Bild 64¦3:64¦full_de¦b⟧ Punkt ⟪CA 19-9 412 U/ml¦lab⟫."),
    ("f_de08", "DE",
     "⟨a¦Die bekannte Nebennierenläsion links ist größenkonstant mit ⟪15 mm¦size⟫⟩ ⟦(aktuell Se 2, Bi 88)"
     "¦2:88¦abbrev_de¦a⟧ ⟨b¦bzw. ⟪15 mm¦size⟫ in der Voruntersuchung⟩ ⟦(Se 2, Bi 85)¦p2:85¦prior¦b⟧, "
     "Dichte nativ ⟪8 HE¦size⟫."),
    ("f_de09", "DE",
     "CCT nativ, ⟪Schichtdicke 5 mm¦size⟫. ⟨a¦Hypodenses Areal im Mediastromgebiet rechts frontoparietal⟩ "
     "⟦(Schicht 18 der Serie 2)¦2:18¦slice_word¦a⟧. ⟪ASPECTS 7¦staging⟫. Kein Blutungsnachweis."),
    ("f_de10", "DE",
     "Serie 5 (Lungenfenster): ⟨a¦Milchglasherd im Oberlappen links⟩ ⟦(Bild 44)¦5:44¦image_only¦a⟧; "
     "⟨b¦zylindrische Bronchiektasen im Unterlappen rechts⟩ ⟦(Bilder 102-108)¦5:102-108¦range¦b⟧. "
     "⟪Seite 2/3¦counter⟫"),
    ("f_de11", "DE",
     "MPR koronar (Serie 601): ⟨a¦Densfraktur Typ ⟪Anderson II¦staging⟫⟩ ⟦(Serie 601, Bild 34)¦601:34"
     "¦plane¦a⟧. ⟨b¦Zusätzliche Fissur der Massa lateralis ⟪C1¦level⟫ links⟩ ⟦(sagittal Se 602 Bi 51)"
     "¦602:51¦plane¦b⟧."),
    ("f_de12", "DE",
     "Tumorboard ⟪06.12.2026¦date⟫, ⟪14:30 Uhr¦time⟫. Staging ⟪cT3 cN1 cM0¦staging⟫. ⟨a¦Rektumkarzinom "
     "im mittleren Drittel, ⟪8 cm¦size⟫ ab ano⟩ ⟦(MRT Serie 9, Bild 22-26)¦9:22-26¦range¦a⟧, ⟨b¦Abstand "
     "zur mesorektalen Faszie ⟪1 mm¦size⟫⟩ ⟦(Serie 9, Bild 24)¦9:24¦full_de¦b⟧."),
    ("f_de13", "DE",
     "Zielläsionen nach ⟪RECIST 1.1¦staging⟫:\n1) ⟨a¦Leber ⟪Segment 4a¦segment⟫, ⟪31 mm¦size⟫⟩ "
     "⟦Se 4/Bi 71¦4:71¦abbrev_de¦a⟧\n2) ⟨b¦LK paraaortal links, Kurzachse ⟪17 mm¦size⟫⟩ "
     "⟦Se 4/Bi 112¦4:112¦abbrev_de¦b⟧\nSumme ⟪48 mm¦size⟫ (Baseline ⟪61 mm¦size⟫), ⟪-21 %¦ratio⟫."),
    ("f_de14", "DE",
     "Vergleich zur Voraufnahme vom ⟪17.03.2026¦date⟫: ⟨a¦Zunahme des Pleuraergusses rechts, jetzt "
     "⟪4 cm¦size⟫ Saumbreite⟩ ⟦(Bild 3/140)¦3:140¦slash¦a⟧, ⟨b¦damals ⟪2 cm¦size⟫⟩ "
     "⟦(Voraufnahme Bild 2/131)¦p2:131¦prior¦b⟧."),
    ("f_de15", "DE",
     "Befund telefonisch an die Stationsärztin (Tel. ⟪0711 278-4410¦phone⟫) um ⟪16:05¦time⟫ übermittelt: "
     "⟨a¦freie Luft subphrenisch rechts⟩ ⟦(Serie 2, Bild 19)¦2:19¦full_de¦a⟧ ⟨b¦und entlang des Lig. "
     "falciforme⟩ ⟦(Serie 2, Bild 23)¦2:23¦full_de¦b⟧."),
    ("f_de16", "DE",
     "Kardio-CT: ⟪Agatston-Score 412¦staging⟫, ⟪CAD-RADS 3¦staging⟫. ⟨a¦Gemischte Plaque im proximalen RIVA "
     "mit ⟪50-69 %¦ratio⟫ Stenose⟩ ⟦(Serie 12, Bild 145)¦12:145¦full_de¦a⟧. ⟨b¦Nichtkalzifizierte Plaque "
     "der RCA im ⟪Segment 2¦segment⟫⟩ ⟦(Serie 12, Bilder 201 + 207)¦12:201,12:207¦list¦b⟧. ⟪Herzfrequenz 58/min¦lab⟫, "
     "⟪DLP 312 mGy*cm¦dose⟫."),
    ("f_de17", "DE",
     "⟨a¦Flächige Konsolidierung im Unterlappen links mit Aerobronchogramm⟩ ⟦(Ser. 3, Bild 201)¦3:201"
     "¦abbrev_de¦a⟧, ⟪im Bild einer¦bild_word⟫ Pneumonie. ⟪CRP 145 mg/l¦lab⟫, Patient ⟪67 J.¦age⟫."),
    # ---------------------------------------------------------------- Austria
    ("f_at01", "AT",
     "MRT Knie rechts. ⟨a¦Horizontalriss im Hinterhorn des Innenmeniskus⟩ ⟦(Sequenz 5, Bild 14)¦5:14"
     "¦full_de¦a⟧. ⟨b¦Knochenmarködem am medialen Tibiaplateau⟩ ⟦(Sequenz 7, Bild 11-13)¦7:11-13¦range¦b⟧. "
     "Knorpelschaden ⟪Grad II¦staging⟫ retropatellar."),
    ("f_at02", "AT",
     "Im Vergleich zum Vorbefund vom ⟪11.10.2026¦date⟫: ⟨a¦Lebermetastase ⟪Segment 6¦segment⟫ rückläufig, "
     "aktuell ⟪18 mm¦size⟫⟩ ⟦(Se. 4, Img. 55)¦4:55¦abbrev_de¦a⟧, ⟨b¦vormals ⟪26 mm¦size⟫⟩ "
     "⟦(Vorbefund Se. 4, Img. 52)¦p4:52¦prior¦b⟧."),
    ("f_at03", "AT",
     "⟨a¦Kleiner Bandscheibenvorfall ⟪L5/S1¦level⟫ paramedian links mit Kontakt zur S1-Wurzel⟩ "
     "⟦(axial Schnitt 23, Serie 8)¦8:23¦slice_word¦a⟧. ⟪Spinalkanal 11 mm¦size⟫ ap."),
    ("f_at04", "AT",
     "Befund:\n- ⟨a¦Aszites perihepatisch⟩ ⟦(S3/B22)¦3:22¦slash¦a⟧\n- ⟨b¦Peritonealkarzinose im rechten "
     "Unterbauch⟩ ⟦(S3/B88, S3/B93)¦3:88,3:93¦list¦b⟧\n- ⟪PCI 14¦staging⟫\n- ⟪Bildanzahl 612¦counter⟫"),
    ("f_at05", "AT",
     "⟨a¦Subdurales Hämatom rechts frontotemporal, Saumbreite ⟪9 mm¦size⟫⟩ ⟦(Se 2 Bi 16)¦2:16¦abbrev_de¦a⟧, "
     "⟨b¦Mittellinienverlagerung ⟪4 mm¦size⟫⟩ ⟦(Se 2 Bi 19)¦2:19¦abbrev_de¦b⟧. INR ⟪2,8¦lab⟫ unter "
     "Marcoumar. Kontrolle in ⟪6 h¦followup⟫."),
    ("f_at06", "AT",
     "PET-CT: ⟨a¦FDG-avider Lymphknoten supraklavikulär links, ⟪SUVmax 11,2¦lab⟫⟩ ⟦(Serie 5, Bild 61)"
     "¦5:61¦full_de¦a⟧. ⟨b¦Primärtumor zentral im linken Oberlappen⟩ ⟦(Bild 98)¦5:98¦image_only¦b⟧. "
     "Aktivität ⟪318 MBq¦dose⟫, ⟪Blutzucker 104 mg/dl¦lab⟫."),
    ("f_at07", "AT",
     "⟨a¦Im auswärtigen CT vom ⟪28.08.2026¦date⟫ noch kein Nachweis des Herdes⟩ ⟦(ausw. CT Serie 3, Bild 40)"
     "¦p3:40¦prior¦a⟧; ⟨b¦jetzt ⟪7 mm¦size⟫ großer Nodulus im Oberlappen rechts⟩ ⟦(Serie 4, Bild 41)"
     "¦4:41¦full_de¦b⟧. ⟪Fleischner 2017¦followup⟫: Kontrolle in ⟪3 Monaten¦followup⟫."),
    ("f_at08", "AT",
     "Beurteilung:\n1. ⟨a¦Akute Appendizitis mit Appendikolith⟩ ⟦(Serie 4 Bild 77 und 79)¦4:77,4:79¦list¦a⟧.\n"
     "2. Keine Perforation. ⟪Leukozyten 15,1 G/l¦lab⟫."),
    ("f_at09", "AT",
     "CTA der Halsgefäße: ⟨a¦Hochgradige Abgangsstenose der A. carotis interna links, ca. ⟪80 %¦ratio⟫ nach "
     "NASCET⟩ ⟦(MIP Serie 402, Bild 15)¦402:15¦plane¦a⟧ ⟨b¦mit ulzerierter Plaque⟩ "
     "⟦(Serie 3, Bild 211)¦3:211¦full_de¦b⟧. ⟪KM 70 ml¦dose⟫."),
    ("f_at10", "AT",
     "⟨a¦Spondylodiszitis ⟪BWK 9/10¦level⟫ mit paravertebralem Abszess⟩ ⟦(Serie 6, Bild 40 bis 46)"
     "¦6:40-46¦range¦a⟧. ⟨b¦Epiduraler Anteil⟩ ⟦(Bild 43)¦6:43¦image_only¦b⟧ ohne Myelonkompression."),
    ("f_at11", "AT",
     "Kinderradiologie, Patient ⟪4 Jahre¦age⟫, ⟪CTDIvol 2,1 mGy¦dose⟫. ⟨a¦Invagination ileokolisch im rechten "
     "Oberbauch⟩ ⟦(Bild 2/35)¦2:35¦slash¦a⟧, ⟨b¦Kokarde mit ⟪3,1 cm¦size⟫ Durchmesser⟩ ⟦(Bild 2/37)¦2:37"
     "¦slash¦b⟧."),
    ("f_at12", "AT",
     "Vgl. Voruntersuchung ⟪09/2026¦date⟫: ⟨a¦Die Rundherde im Unterlappen links sind unverändert⟩ "
     "⟦(VU Bild 4/150 und 4/166)¦p4:150,p4:166¦prior¦a⟧ ⟨b¦bzw. aktuell⟩ ⟦(Bild 5/149 und 5/167)"
     "¦5:149,5:167¦slash¦b⟧."),
    ("f_at13", "AT",
     "⟨a¦Rippenfraktur der ⟪7. Rippe¦level⟫ rechts lateral⟩ ⟦(Se7Bi104)¦7:104¦glued¦a⟧ ⟨b¦sowie der "
     "⟪8. Rippe¦level⟫⟩ ⟦(Se7Bi118)¦7:118¦glued¦b⟧. Kein Pneumothorax."),
    ("f_at14", "AT",
     "MR-Mamma: ⟨a¦Irreguläre Läsion links bei ⟪2 Uhr¦time⟫, ⟪14 mm¦size⟫⟩ ⟦(Subtraktion Serie 11, Bild 88)"
     "¦11:88¦full_de¦a⟧, ⟪BI-RADS 4¦birads⟫. Zyklustag ⟪12¦counter⟫."),
    ("f_at15", "AT",
     "⟨a¦Ovarialzyste rechts, ⟪42 x 35 mm¦size⟫, einkammerig⟩ ⟦(Serie 5, Schicht 19)¦5:19¦slice_word¦a⟧. "
     "⟪O-RADS 2¦staging⟫. Patientin ⟪34 a¦age⟫."),
    ("f_at16", "AT",
     "⟨a¦Stentgraft nach EVAR regelrecht⟩ ⟦(Serie 4, Bild 150-190)¦4:150-190¦range¦a⟧, ⟨b¦Endoleak Typ II aus "
     "einer Lumbalarterie ⟪L3¦level⟫⟩ ⟦(Serie 5, Bild 171)¦5:171¦full_de¦b⟧. Aneurysmasack ⟪58 mm¦size⟫ "
     "(Vorbefund ⟪56 mm¦size⟫)."),
    # ---------------------------------------------------------------- Switzerland
    ("f_ch01", "CH",
     "⟨a¦Grössenprogredienter Herd im Oberlappen rechts, aktuell ⟪16 mm¦size⟫⟩ ⟦(Serie 3 / Bild 62)¦3:62"
     "¦full_de¦a⟧, ⟨b¦im Voruntersuch ⟪11 mm¦size⟫⟩ ⟦(Voruntersuch Serie 3 / Bild 58)¦p3:58¦prior¦b⟧."),
    ("f_ch02", "CH",
     "⟨a¦Hypodense Läsion der Milz⟩ ⟦(S3B45)¦3:45¦glued¦a⟧, ⟪im Bild einer¦bild_word⟫ Zyste. ⟪Seite 3 von 4"
     "¦counter⟫."),
    ("f_ch03", "CH",
     "Rapport, Dr. med. X, Tel. intern ⟪41 62¦phone⟫. ⟨a¦Thrombose der V. portae⟩ ⟦(Bild-Nr. 45, Serie 6)"
     "¦6:45¦full_de¦a⟧ ⟨b¦mit Ausdehnung in die V. lienalis⟩ ⟦(Bild-Nr. 51)¦6:51¦image_only¦b⟧."),
    ("f_ch04", "CH",
     "Befund: ⟨a¦Nebenmilz am Milzhilus, ⟪12 mm¦size⟫⟩ ⟦(Série 4, image 33)¦4:33¦full_en¦a⟧. ⟨b¦Kleine "
     "Leberzyste in ⟪Segment 2¦segment⟫⟩ ⟦(Série 4, image 19)¦4:19¦full_en¦b⟧."),
    ("f_ch05", "CH",
     "⟨a¦Auswärtiges MRI vom ⟪15.07.2026¦date⟫ mit vorbestehender T2-Hyperintensität periventrikulär⟩ "
     "⟦(externe Serie 7, Bild 22)¦p7:22¦prior¦a⟧. ⟨b¦Aktuell neue kontrastmittelaufnehmende Läsion "
     "juxtakortikal rechts⟩ ⟦(Serie 12, Bild 24)¦12:24¦full_de¦b⟧. ⟪EDSS 3,0¦staging⟫."),
    ("f_ch06", "CH",
     "Serie 8 (koronare Rekonstruktion): ⟨a¦Skaphoidfraktur im mittleren Drittel, Dislokation ⟪1 mm¦size⟫⟩ "
     "⟦(Bilder 12-15)¦8:12-15¦range¦a⟧. ⟨b¦Keine Beteiligung des Radiokarpalgelenks⟩ ⟦(Bild 18)¦8:18"
     "¦image_only¦b⟧."),
    ("f_ch07", "CH",
     "⟨a¦Zwei Nierensteine links, ⟪6 mm¦size⟫ und ⟪4 mm¦size⟫, Dichte ⟪1100 HU¦size⟫⟩ ⟦(Se 2 Bi 60 u. 64)"
     "¦2:60,2:64¦list¦a⟧. Kein Harnstau. Dosis ⟪DLP 180 mGy cm¦dose⟫."),
    ("f_ch08", "CH",
     "Vergleich mit der Voruntersuchung: ⟨a¦Die Metastase im Os ilium links ist neu⟩ ⟦(Serie 5, Bild 233)"
     "¦5:233¦full_de¦a⟧ ⟨b¦und war damals nicht abgrenzbar⟩ ⟦(VU Serie 5, Bild 229)¦p5:229¦prior¦b⟧. "
     "⟪PSA 14,6 ng/ml¦lab⟫."),
    ("f_ch09", "CH",
     "⟨a¦Chronisch subdurales Hämatom beidseits⟩ ⟦(Serie 2, Bild 12, 15, 18)¦2:12,2:15,2:18¦list¦a⟧. "
     "⟨b¦Kleines Hygrom links⟩ ⟦(Serie 2, Bild 21)¦2:21¦full_de¦b⟧. ⟪GCS 14¦staging⟫."),
    ("f_ch10", "CH",
     "Angio-CT Becken-Bein: ⟨a¦Verschluss der A. femoralis superficialis rechts über ⟪12 cm¦size⟫⟩ "
     "⟦(Serie 6, Bild 300 – 355)¦6:300-355¦range¦a⟧, ⟨b¦Rekanalisation via Profunda-Kollateralen⟩ "
     "⟦(Serie 6, Bild 361)¦6:361¦full_de¦b⟧. ⟪ABI 0,6¦ratio⟫."),
    ("f_ch11", "CH",
     "Staging-CT: ⟨a¦Primärtumor Ösophagus distal, Wanddicke ⟪18 mm¦size⟫⟩ ⟦(Se 5, Bi 144)¦5:144¦abbrev_de¦a⟧; "
     "⟨b¦LK an der kleinen Kurvatur⟩ ⟦(Se 5, Bi 170 und Bi 176)¦5:170,5:176¦list¦b⟧. ⟪uT3 uN1¦staging⟫."),
    ("f_ch12", "CH",
     "⟨a¦Im Vergleich zum Baseline-CT stabile Lungenmetastasen⟩ ⟦(Baseline Serie 4, Bild 88)¦p4:88¦prior¦a⟧ "
     "⟨b¦aktuell ⟪9 mm¦size⟫⟩ ⟦(Serie 4, Bild 90)¦4:90¦full_de¦b⟧. Zyklus ⟪6 von 8¦counter⟫."),
    ("f_ch13", "CH",
     "⟨a¦Os odontoideum⟩ ⟦(sagittale MPR Serie 501, Bild 27)¦501:27¦plane¦a⟧. ⟪ADI 4 mm¦size⟫ in "
     "Flexion. ⟪HWK 2¦level⟫ sonst intakt."),
    ("f_ch14", "CH",
     "⟨a¦Divertikulitis des Colon sigmoideum mit gedeckter Perforation⟩ ⟦(Serie 3: Bild 95)¦3:95¦full_de¦a⟧ "
     "⟨b¦und Abszess ⟪3 cm¦size⟫⟩ ⟦(Serie 3: Bild 101)¦3:101¦full_de¦b⟧. ⟪CRP 210 mg/l¦lab⟫."),
    ("f_ch15", "CH",
     "⟨a¦Lipom im M. deltoideus⟩ ⟦(Ser 9/Bild 14)¦9:14¦slash¦a⟧. Empfehlung: keine Verlaufskontrolle. "
     "⟪Seite 1/1¦counter⟫."),
    ("f_ch16", "CH",
     "Schilddrüse: ⟨a¦Knoten rechts ⟪22 mm¦size⟫⟩ ⟦(Se4Bi30)¦4:30¦glued¦a⟧, ⟪TI-RADS 4¦staging⟫. "
     "⟪TSH 0,9 mU/l¦lab⟫."),
    # ---------------------------------------------------------------- United Kingdom
    ("f_uk01", "UK",
     "Findings: ⟨a¦There is a ⟪14 mm¦size⟫ spiculated nodule in the right upper lobe⟩ ⟦(series 4 image 55)"
     "¦4:55¦full_en¦a⟧. ⟨b¦A further ⟪5 mm¦size⟫ nodule is seen in the lingula⟩ ⟦(series 4 image 121)¦4:121"
     "¦full_en¦b⟧. ⟪Brock score 38%¦ratio⟫."),
    ("f_uk02", "UK",
     "Comparison is made with the CT of ⟪3 March 2026¦date⟫. ⟨a¦The left adrenal nodule measures ⟪19 mm¦size⟫⟩ "
     "⟦(Se 3, Im 78)¦3:78¦abbrev_en¦a⟧, ⟨b¦previously ⟪14 mm¦size⟫⟩ ⟦(prior Se 3, Im 74)¦p3:74¦prior¦b⟧."),
    ("f_uk03", "UK",
     "⟨a¦Liver metastases in ⟪segments 5 and 8¦segment⟫⟩ ⟦(4/33, 4/47)¦4:33,4:47¦slash¦a⟧. ⟨b¦Peritoneal "
     "deposit in the left paracolic gutter⟩ ⟦(4/102)¦4:102¦slash¦b⟧. Patient ⟪72 years¦age⟫."),
    ("f_uk04", "UK",
     "CT head: ⟨a¦Acute left MCA territory infarct⟩ ⟦(images 14-19)¦-:14-19¦range¦a⟧. ⟪ASPECTS 6¦staging⟫. "
     "Discussed with the stroke registrar on ext. ⟪4412¦phone⟫ at ⟪02:40¦time⟫."),
    ("f_uk05", "UK",
     "Series 5 (lung windows): ⟨a¦Bilateral ground glass opacities with a peripheral distribution⟩ "
     "⟦(images 60, 72 and 88)¦5:60,5:72,5:88¦list¦a⟧. ⟨b¦Small left pleural effusion⟩ ⟦(image 140)¦5:140"
     "¦image_only¦b⟧."),
    ("f_uk06", "UK",
     "⟨a¦Undisplaced fracture of the left ⟪6th rib¦level⟫ anterolaterally⟩ ⟦(se 7, im 66)¦7:66¦abbrev_en¦a⟧ "
     "⟨b¦and of the ⟪T11¦level⟫ transverse process⟩ ⟦(se 7, im 180)¦7:180¦abbrev_en¦b⟧."),
    ("f_uk07", "UK",
     "MRI pelvis: ⟨a¦Low T2 signal lesion in the left peripheral zone at the base⟩ ⟦(series 6, slice 14)"
     "¦6:14¦slice_word¦a⟧, ⟪PI-RADS 4¦staging⟫, ⟪PSA 8.2¦lab⟫, ⟪PSA density 0.18¦ratio⟫."),
    ("f_uk08", "UK",
     "Target lesions (⟪RECIST 1.1¦staging⟫):\n⟪T1¦counter⟫ ⟨a¦right lower lobe mass ⟪34 mm¦size⟫⟩ ⟦(S4 I150)¦4:150"
     "¦compact¦a⟧ ⟨b¦(baseline ⟪41 mm¦size⟫)⟩ ⟦(baseline S4 I147)¦p4:147¦prior¦b⟧\n⟪T2¦counter⟫ ⟨c¦subcarinal node "
     "⟪18 mm¦size⟫⟩ ⟦(S4 I98)¦4:98¦compact¦c⟧\nSum ⟪52 mm¦size⟫, ⟪-19%¦ratio⟫: stable disease."),
    ("f_uk09", "UK",
     "⟨a¦Moderate stenosis of the proximal LAD⟩ ⟦(series 10, images 120 to 124)¦10:120-124¦range¦a⟧. "
     "⟪Calcium score 186¦staging⟫, ⟪CAD-RADS 3¦staging⟫, heart rate ⟪61 bpm¦lab⟫."),
    ("f_uk10", "UK",
     "⟨a¦Perianal fistula, Parks trans-sphincteric, at ⟪7 o'clock¦time⟫⟩ ⟦(axial T2, series 5 image 22)"
     "¦5:22¦plane¦a⟧, ⟨b¦with a small collection⟩ ⟦(coronal, series 7 image 18)¦7:18¦plane¦b⟧."),
    ("f_uk11", "UK",
     "Paediatric CT, ⟪DLP 96 mGy.cm¦dose⟫, ⟪weight 18 kg¦lab⟫. ⟨a¦Supracondylar fracture of the right humerus⟩ "
     "⟦(sagittal reformat series 302, image 41)¦302:41¦plane¦a⟧ ⟨b¦with a displaced medial epicondyle "
     "fragment⟩ ⟦(series 302, image 47)¦302:47¦full_en¦b⟧."),
    ("f_uk12", "UK",
     "⟨a¦Compared with the outside CT of ⟪12/09/2026¦date⟫ the mesenteric mass has grown⟩ ⟦(outside study "
     "series 2 image 64)¦p2:64¦prior¦a⟧; ⟨b¦it now measures ⟪46 mm¦size⟫⟩ ⟦(series 3 image 70)¦3:70¦full_en¦b⟧."),
    ("f_uk13", "UK",
     "Impression:\n1. ⟨a¦Pulmonary embolism in the right lower lobe segmental arteries⟩ ⟦(4:210, 4:222)"
     "¦4:210,4:222¦impression¦a⟧.\n2. ⟨b¦No right heart strain⟩ (⟪RV:LV 0.9¦ratio⟫)."),
    ("f_uk14", "UK",
     "⟨a¦Hepatic flexure tumour with pericolic stranding⟩ ⟦(slice 88 of series 3)¦3:88¦slice_word¦a⟧. "
     "⟪CEA 12¦lab⟫. MDT on ⟪Thursday 10 December¦date⟫, page ⟪2 of 2¦counter⟫."),
    ("f_uk15", "UK",
     "⟨a¦The right ovarian lesion is stable⟩ ⟦(current 6/31; previous 6/29)¦6:31,p6:29¦prior¦a⟧. "
     "⟪O-RADS MRI 3¦staging⟫. ⟪CA-125 41¦lab⟫."),
    ("f_uk16", "UK",
     "Key image: ⟨a¦large right parietal meningioma with mass effect⟩ ⟦(Se 201 Im 33)¦201:33¦abbrev_en¦a⟧. "
     "Midline shift ⟪6 mm¦size⟫, ⟪512 images¦counter⟫ reviewed."),
    # ---------------------------------------------------------------- United States
    ("f_us01", "US",
     "FINDINGS: ⟨a¦⟪2.3 x 1.8 cm¦size⟫ hypoenhancing mass in the pancreatic tail⟩ ⟦(series 3, image 45)¦3:45"
     "¦full_en¦a⟧. ⟨b¦Splenic vein is narrowed but patent⟩ ⟦(series 3, image 49)¦3:49¦full_en¦b⟧."),
    ("f_us02", "US",
     "⟨a¦Enlarging right hilar node, now ⟪1.6 cm¦size⟫ short axis⟩ ⟦(2/67)¦2:67¦slash¦a⟧, ⟨b¦previously "
     "⟪1.1 cm¦size⟫⟩ ⟦(prior 2/70)¦p2:70¦prior¦b⟧. Call placed to Dr. [name] at ⟪(617) 555-0143¦phone⟫."),
    ("f_us03", "US",
     "⟨a¦Multiple bilateral pulmonary nodules, the largest in the left lower lobe⟩ ⟦(image 88, 94, 102 of "
     "series 4)¦4:88,4:94,4:102¦list¦a⟧. ⟪Lung-RADS 4A¦staging⟫."),
    ("f_us04", "US",
     "⟨a¦Hypodense lesion in ⟪hepatic segment 7¦segment⟫⟩ ⟦(se:5 im:33)¦5:33¦compact¦a⟧, too small to "
     "characterize. ⟪AST 41 U/L¦lab⟫, ⟪ALT 52 U/L¦lab⟫."),
    ("f_us05", "US",
     "TECHNIQUE: ⟪100 mL Omnipaque 350¦dose⟫, ⟪1.25 mm¦size⟫ axial, ⟪843 images¦counter⟫. FINDINGS: "
     "⟨a¦Type B aortic dissection beginning distal to the left subclavian⟩ ⟦(series 5, images 40-210)"
     "¦5:40-210¦range¦a⟧. ⟨b¦Right renal artery arises from the false lumen⟩ ⟦(image 188)¦5:188¦image_only¦b⟧."),
    ("f_us06", "US",
     "⟨a¦Acute comminuted fracture of the ⟪L1¦level⟫ vertebral body with ⟪30%¦ratio⟫ height loss⟩ "
     "⟦(sagittal series 601 image 45)¦601:45¦plane¦a⟧ ⟨b¦and retropulsion of ⟪4 mm¦size⟫⟩ ⟦(601/47)"
     "¦601:47¦slash¦b⟧."),
    ("f_us07", "US",
     "IMPRESSION:\n1. ⟨a¦Acute appendicitis without perforation⟩ ⟦(series 2, images 51-58)¦2:51-58"
     "¦impression¦a⟧.\n2. ⟨b¦Incidental ⟪8 mm¦size⟫ right renal angiomyolipoma⟩ ⟦(2:40)¦2:40¦impression¦b⟧."),
    ("f_us08", "US",
     "⟨a¦Irregular enhancing mass at ⟪10:00¦time⟫ in the left breast⟩ ⟦(series 1200, image "
     "77)¦1200:77¦full_en¦a⟧, ⟪BI-RADS 5¦birads⟫. ⟪Patient is 54¦age⟫."),
    ("f_us09", "US",
     "Compared to PET/CT from ⟪08/14/2026¦date⟫: ⟨a¦New FDG avid lytic lesion in the right iliac wing, "
     "⟪SUV 9.4¦lab⟫⟩ ⟦(img 212)¦-:212¦image_only¦a⟧. ⟨b¦Previously seen mediastinal node has resolved⟩ "
     "⟦(prior study image 118)¦p-:118¦prior¦b⟧. ⟪Deauville 4¦staging⟫."),
    ("f_us10", "US",
     "⟨a¦Small subdural hematoma along the left convexity⟩ ⟦(Se2 Im14)¦2:14¦compact¦a⟧ ⟨b¦measuring up to "
     "⟪5 mm¦size⟫⟩ ⟦(Se2 Im17)¦2:17¦compact¦b⟧. Scan time ⟪03:12¦time⟫."),
    ("f_us11", "US",
     "⟪Target 1¦counter⟫: ⟨a¦left axillary node ⟪2.1 cm¦size⟫⟩ ⟦(3/22)¦3:22¦slash¦a⟧ ⟨b¦(baseline ⟪3.4 cm¦size⟫, "
     "⟪06/02/2026¦date⟫)⟩ ⟦(baseline 3/24)¦p3:24¦prior¦b⟧\n⟪Target 2¦counter⟫: ⟨c¦liver ⟪segment 4b¦segment⟫ "
     "⟪1.4 cm¦size⟫⟩ ⟦(3/51)¦3:51¦slash¦c⟧ ⟨d¦(baseline ⟪2.0 cm¦size⟫)⟩ ⟦(baseline 3/55)¦p3:55¦prior¦d⟧"),
    ("f_us12", "US",
     "⟨a¦there is a lesion in the left frontal lobe with surrounding edema⟩ ⟦series 9 image 112¦9:112¦full_en"
     "¦a⟧ new compared to prior period ⟨c¦additional punctate lesion in the right cerebellum⟩ "
     "⟦series 9 image 31 through 33¦9:31-33¦range¦c⟧ period"),
    ("f_us13", "US",
     "Cardiac MRI: ⟨a¦Subendocardial late gadolinium enhancement in the mid inferolateral wall⟩ ⟦(short axis "
     "series 18, image 6)¦18:6¦plane¦a⟧. ⟪LVEF 44%¦ratio⟫, ⟪LVEDV 182 mL¦size⟫."),
    ("f_us14", "US",
     "⟨a¦Nonobstructing ⟪4 mm¦size⟫ calculus in the lower pole of the left kidney⟩ ⟦(series 201, image 88; "
     "coronal series 302, image 40)¦201:88,302:40¦list¦a⟧. ⟪GFR 58¦lab⟫."),
    ("f_us15", "US",
     "Pediatric: ⟪6-year-old¦age⟫ with limp. ⟨a¦Small left hip joint effusion⟩ ⟦(image 23)¦-:23¦image_only"
     "¦a⟧. ⟪3 images¦counter⟫ saved."),
    ("f_us16", "US",
     "⟨a¦Thyroid nodule in the right lobe, ⟪1.7 cm¦size⟫⟩ ⟦(s4 i19)¦4:19¦compact¦a⟧, ⟪TR4¦staging⟫. "
     "⟨b¦On the comparison exam this measured ⟪1.2 cm¦size⟫⟩ ⟦(s3 i21)¦p3:21¦prior¦b⟧."),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(eid, origin, marked) for eid, origin, marked in _RAW)
