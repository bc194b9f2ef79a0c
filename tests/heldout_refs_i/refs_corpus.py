"""Held-out refs I: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Do not tune
the miner on these texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus
tests.heldout_refs_i.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`, as in refs G): `⟦visible¦spec¦class¦snip⟧`
a gold citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫`
a confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section (a heading such as
"Serie 6:" names it for its section), else series is None; a plane word changes nothing; a citation into a
prior, comparison, baseline or outside study is gold with prior_study true. Set I spreads over whole report
sections (findings by organ, comparison paragraphs, impressions, RECIST and tumour-board tables, addenda,
dictation artefacts, structured templates) and over the ways PACS viewers label series and images.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    ("i_de01", "DE",
     "CT Thorax mit KM vom ⟪14.11.2026¦date⟫. Vergleich: CT vom ⟪02.05.2026¦date⟫.\n"
     "Lunge: ⟨a¦Im rechten Oberlappen apikal ein solider Rundherd von ⟪9 mm¦size⟫⟩ ⟦(Se 4/Bi 38)¦4:38¦slash¦a⟧, "
     "⟨b¦in der VU ⟪6 mm¦size⟫⟩ ⟦(VU Se 3/Bi 31)¦p3:31¦prior¦b⟧. Keine neuen Herde.\n"
     "Mediastinum: ⟨c¦Subkarinaler Lymphknoten ⟪14 x 11 mm¦size⟫, vorbestehend⟩ ⟦(Se 2/Bi 61)¦2:61¦slash¦c⟧.\n"
     "Beurteilung: Größenprogredienter Rundherd im rechten Oberlappen, DD Metastase. Kontrolle in "
     "⟪3 Monaten¦followup⟫ empfohlen."),
    ("i_de02", "DE",
     "MRT Leber nativ und dynamisch (Gd-EOB).\n"
     "Serie 9 (T1 arteriell):\n"
     "- ⟨a¦Hypervaskuläre Läsion in ⟪Segment VII¦segment⟫, ⟪17 mm¦size⟫⟩ ⟦(Bild 22)¦9:22¦image_only¦a⟧.\n"
     "- ⟨b¦Zweite, kleinere Läsion in ⟪S4a¦segment⟫ (⟪6 mm¦size⟫)⟩ ⟦(Bild 31)¦9:31¦image_only¦b⟧.\n"
     "Serie 14 (hepatobiliäre Phase):\n"
     "- ⟨c¦Beide Läsionen hypointens, kein weiterer Herd⟩ ⟦(Bilder 40 und 47)¦14:40,14:47¦list¦c⟧.\n"
     "Beurteilung: Zwei arteriell hypervaskularisierte Läsionen mit Wash-out, ⟪LI-RADS 4¦birads⟫."),
    ("i_de03", "DE",
     "CT LWS nativ, Schichtdicke ⟪1 mm¦size⟫.\n"
     "⟨a¦Breitbasige Bandscheibenprotrusion ⟪LWK 4/5¦level⟫ mit Einengung des Recessus rechts⟩ "
     "⟦(Serie 3 Bild 88)¦3:88¦full_de¦a⟧. ⟨b¦Spondylolyse ⟪L5¦level⟫ beidseits ohne Listhese⟩ "
     "⟦(sagittal Se 5, Bi 41)¦5:41¦plane¦b⟧. ⟨c¦Typisches Wirbelkörperhämangiom ⟪LWK 2¦level⟫⟩ "
     "⟦(Se. 3 Bi. 52)¦3:52¦abbrev_de¦c⟧.\n"
     "Beurteilung: Protrusion ⟪L4/5¦level⟫ rechtsbetont, Spondylolyse ⟪L5¦level⟫."),
    ("i_de04", "DE",
     "Befund (diktiert, nicht korrigiert):\n"
     "⟨a¦Im linken Unterlappen ein teilsolider Knoten mit ⟪4 mm¦size⟫ solidem Anteil⟩ "
     "⟦Serie drei Bild 67¦3:67¦full_de¦a⟧ Komma ⟨b¦angrenzend Milchglas⟩ ⟦Bild 70¦3:70¦image_only¦b⟧ Punkt "
     "⟨c¦Pleuraerguss links schmal⟩ ⟦Serie 2 Bild 104¦2:104¦full_de¦c⟧ Punkt\n"
     "Vergleich mit der Voruntersuchung vom ⟪20.08.2026¦date⟫: ⟨d¦Knoten dort ⟪3 mm¦size⟫ solide⟩ "
     "⟦VU Serie 3 Bild 59¦p3:59¦prior¦d⟧ Punkt"),
    ("i_de05", "DE",
     "PET/CT Ganzkörper (FDG), ⟪312 MBq¦dose⟫, BZ ⟪94 mg/dl¦lab⟫.\n"
     "Befund: ⟨a¦Stoffwechselaktiver Lymphknoten supraklavikulär links, SUVmax 7,2⟩ ⟦(Se. 4, Sch. "
     "61)¦4:61¦slice_word¦a⟧. "
     "⟨b¦Hypermetabole Raumforderung im linken Oberlappen, ⟪3,1 x 2,4 cm¦size⟫⟩ ⟦(Se. 4, Sch. "
     "112)¦4:112¦slice_word¦b⟧. "
     "⟨c¦Keine ossären Herde⟩.\n"
     "Im Vergleich zur Vor-PET/CT vom ⟪05.06.2026¦date⟫ ⟨d¦war die Raumforderung ⟪2,2 cm¦size⟫ groß⟩ "
     "⟦(Vor-PET Se. 4, Sch. 109)¦p4:109¦prior¦d⟧.\n"
     "Beurteilung: Progress (⟪PERCIST¦staging⟫)."),
    ("i_de06", "DE",
     "Target-Läsionen nach RECIST 1.1 (Baseline-CT vom ⟪11.03.2026¦date⟫):\n"
     "Nr. | Lokalisation | Baseline | Se/Bi Baseline | Aktuell | Se/Bi aktuell\n"
     "1 | ⟨a¦⟨b¦Leber ⟪S6¦segment⟫⟩⟩ | ⟨b¦⟪41 mm¦size⟫⟩ | ⟦5/77¦p5:77¦prior¦b⟧ | ⟨a¦⟪33 mm¦size⟫⟩ | "
     "⟦6/81¦6:81¦slash¦a⟧\n"
     "2 | ⟨c¦⟨d¦Lymphknoten paraaortal⟩⟩ | ⟨d¦⟪19 mm¦size⟫⟩ | ⟦5/140¦p5:140¦prior¦d⟧ | ⟨c¦⟪14 mm¦size⟫⟩ | "
     "⟦6/146¦6:146¦slash¦c⟧\n"
     "Summe: ⟪60 mm¦size⟫ -> ⟪47 mm¦size⟫ (⟪-22 %¦ratio⟫), stabile Erkrankung."),
    ("i_de07", "DE",
     "CCT nativ. Klinik: Sturz, ⟪82-jährige¦age⟫ Patientin unter Antikoagulation, RR ⟪170/95¦blood_pressure⟫.\n"
     "⟨a¦Schmales subdurales Hämatom rechts frontoparietal, maximal ⟪6 mm¦size⟫⟩ ⟦(Se2Bi19)¦2:19¦glued¦a⟧, "
     "⟨b¦keine Mittellinienverlagerung⟩. ⟨c¦Kontusionsblutung rechts temporal⟩ ⟦(Se2-Bi11)¦2:11¦glued¦c⟧. "
     "⟨d¦Kalottenfraktur nicht abgrenzbar⟩ (Knochenfenster, ⟦Se4:Bi23)¦4:23¦glued¦d⟧.\n"
     "Befund um ⟪14:32 Uhr¦time⟫ telefonisch an den Stationsarzt (Tel. ⟪3318¦phone⟫) übermittelt."),
    ("i_de08", "DE",
     "MRT Prostata multiparametrisch, PSA ⟪9,8 ng/ml¦lab⟫.\n"
     "⟨a¦Läsion in der peripheren Zone links dorsolateral Mitte, ⟪11 mm¦size⟫, DWI-Restriktion⟩ "
     "⟦(T2 ax. Serie 501, Bild 14; ADC Serie 801, Bild 14)¦501:14,801:14¦list¦a⟧, ⟪PI-RADS 4¦birads⟫. "
     "⟨b¦Keine Kapselüberschreitung⟩. ⟨c¦Samenblasen frei⟩ ⟦(cor T2 Serie 601 Bild 9)¦601:9¦plane¦c⟧.\n"
     "Voruntersuchung (MRT ⟪01/2025¦date⟫): ⟨d¦dort nur diskrete T2-Hypointensität⟩ ⟦(Serie 5, Bild 13 der "
     "VU)¦p5:13¦prior¦d⟧."),
    ("i_de09", "DE",
     "CT Abdomen, Vergleich mit der auswärtigen Voruntersuchung (Fremd-CT vom ⟪27.09.2026¦date⟫, nachbefundet):\n"
     "⟨a¦Die Nierenzyste links ist unverändert ⟪Bosniak II¦birads⟫⟩ ⟦(aktuell Se 3, Bi 98)¦3:98¦abbrev_de¦a⟧; "
     "⟨b¦im Fremd-CT gleich groß⟩ ⟦(Fremd-CT Se 201, Bi 45)¦p201:45¦prior¦b⟧.\n"
     "⟨c¦Neu ist eine Verdickung der linken Nebenniere⟩ ⟦(Se 3, Bi 71–74)¦3:71-74¦range¦c⟧, ⟨c¦Dichte nativ ⟪8 "
     "HE¦lab⟫, "
     "adenomtypisch⟩.\n"
     "Beurteilung: Nebennierenadenom links (neu), Bosniak-II-Zyste stabil."),
    ("i_de10", "DE",
     "Befund CT Thorax/Abdomen (Staging ⟪cT3 cN1¦staging⟫ Rektumkarzinom):\n"
     "Thorax: ⟨a¦Zwei subpleurale Mikronoduli rechts, je ⟪3 mm¦size⟫⟩ ⟦(Ser. 3, Bild 55 u. 62)¦3:55,3:62¦list¦a⟧, "
     "unspezifisch.\n"
     "Leber: ⟨b¦Hypodense Läsion in ⟪Segment 8¦segment⟫, ⟪12 mm¦size⟫⟩ ⟦(Ser. 5, Bild 33)¦5:33¦abbrev_de¦b⟧, "
     "⟨b¦metastasensuspekt⟩.\n"
     "Becken: ⟨c¦Wandverdickung des Rektums ⟪7 cm¦size⟫ ab ano mit mesorektalem Lymphknoten⟩ ⟦(Ser. 5, Bild "
     "188/191)¦5:188,5:191¦list¦c⟧.\n"
     "Beurteilung: Verdacht auf solitäre Lebermetastase (⟪S8¦segment⟫). Vorstellung im Tumorboard am ⟪18.12.¦date⟫."),
    ("i_de11", "DE",
     "CT Angiographie der Hals- und Hirnarterien.\n"
     "⟨a¦Hochgradige Abgangsstenose der ACI links, ca. ⟪80 %¦ratio⟫ nach NASCET⟩ ⟦(MPR kurvig, Serie 12, Bild "
     "7)¦12:7¦plane¦a⟧. "
     "⟨b¦Weiche Plaque am Bulbus⟩ ⟦(axial Serie 6, Bild 210)¦6:210¦plane¦b⟧. "
     "⟨c¦Verschluss eines M2-Astes rechts⟩ ⟦(MIP Se 9 Bi 48)¦9:48¦plane¦c⟧.\n"
     "Mitteilung an die Stroke Unit um ⟪09:47¦time⟫."),
    ("i_de12", "DE",
     "Nachtrag vom ⟪16.11.2026¦date⟫:\n"
     "Nach Rücksprache mit dem Zuweiser: ⟨a¦Der im Befund genannte Rundherd im Mittellappen⟩ liegt auf "
     "⟦Serie 4, Bild 131¦4:131¦full_de¦a⟧. ⟨b¦In der Voruntersuchung ist er bereits "
     "erkennbar, damals ⟪5 mm¦size⟫⟩ (VU vom ⟪03.2025¦date⟫, ⟦Serie 2, Bild 120)¦p2:120¦prior¦b⟧."),
    ("i_de13", "DE",
     "MRT Knie rechts.\n"
     "Innenmeniskus: ⟨a¦Horizontaler Riss im Hinterhorn mit Kontakt zur Unterfläche⟩ ⟦(PD fs sag. Serie 4, "
     "Schicht 17)¦4:17¦slice_word¦a⟧.\n"
     "Kreuzbänder: ⟨b¦VKB aufgelockert, partielle Ruptur nicht ausgeschlossen⟩ ⟦(Serie 4, Schicht "
     "13/14)¦4:13,4:14¦list¦b⟧.\n"
     "Knorpel: ⟨c¦Chondropathie Grad ⟪III¦staging⟫ femoral medial⟩ ⟦(cor Serie 6, Schicht 11)¦6:11¦slice_word¦c⟧.\n"
     "Beurteilung: Innenmeniskushinterhornriss, VKB-Teilläsion."),
    ("i_de14", "DE",
     "Vergleich:\n"
     "Verglichen wurde mit der CT vom ⟪12.06.2026¦date⟫. ⟨a¦Die pulmonale Metastase im rechten Unterlappen misst "
     "jetzt ⟪15 mm¦size⟫⟩ ⟦(Se 5, Bi 201)¦5:201¦abbrev_de¦a⟧, ⟨b¦zuvor ⟪11 mm¦size⟫⟩ ⟦(Se 5, Bi 196 der "
     "VU)¦p5:196¦prior¦b⟧. "
     "⟨c¦Die Metastase im linken Oberlappen ist kleiner, jetzt ⟪4 mm¦size⟫⟩ ⟦(Se 5, Bi 88)¦5:88¦abbrev_de¦c⟧, "
     "⟨d¦in der VU ⟪7 mm¦size⟫⟩ ⟦(Bi 85)¦p5:85¦prior¦d⟧.\n"
     "Beurteilung: Gemischtes Ansprechen (⟪1 von 2¦counter⟫ Metastasen größenprogredient)."),
    ("i_de15", "DE",
     "Strukturierter Befund Lungenembolie-CT\n"
     "Zentrale LE: nein\n"
     "Segmentale LE: ja, ⟨a¦Segmentarterie ⟪A10¦segment⟫ rechts⟩, Serie/Bild: ⟦5/166¦5:166¦slash¦a⟧\n"
     "Subsegmentale LE: ja, ⟨b¦Unterlappen links⟩, Serie/Bild: ⟦5/180¦5:180¦slash¦b⟧\n"
     "RV/LV-Quotient: ⟪0,9¦ratio⟫\n"
     "Infarktpneumonie: ⟨c¦keilförmige Verdichtung posterobasal rechts⟩, Serie/Bild: ⟦3/171¦3:171¦slash¦c⟧\n"
     "Dosis: CTDIvol ⟪6,1 mGy¦dose⟫, DLP ⟪221 mGy*cm¦dose⟫"),
    ("i_de16", "DE",
     "Thorax-CT, Nachsorge Mammakarzinom links (⟪pT2 pN1a¦staging⟫).\n"
     "⟨a¦Neu aufgetretene osteolytische Läsion im ⟪BWK 9¦level⟫⟩ ⟦(Sagittale Rekonstruktion, Se 8, Bi "
     "33)¦8:33¦plane¦a⟧, "
     "⟨b¦in der Vor-CT vom ⟪04/2026¦date⟫ noch nicht abgrenzbar⟩ ⟦(Vor-CT Se 8, Bi 31)¦p8:31¦prior¦b⟧. "
     "⟨c¦Axillär links narbige Veränderungen⟩ ⟦(Se 2, Bi 44)¦2:44¦abbrev_de¦c⟧, unverändert zur Vor-CT.\n"
     "⟪Im Bild¦bild_word⟫ einer ossären Metastase."),
    ("i_de17", "DE",
     "CT-Befund:\n"
     "⟨a¦Pankreaskopf mit hypodenser Raumforderung, ⟪2,8 cm¦size⟫⟩ ⟦(Serie 4, Bild 92-98)¦4:92-98¦range¦a⟧, "
     "⟨b¦Kontakt zur V. mesenterica superior über ⟪180°¦ratio⟫⟩ ⟦(koronar Serie 7, Bild 56)¦7:56¦plane¦b⟧. "
     "⟨c¦Gallengang auf ⟪14 mm¦size⟫ erweitert⟩ ⟦(Serie 4, Bild 80)¦4:80¦full_de¦c⟧.\n"
     "Tumormarker CA 19-9 ⟪420 U/ml¦lab⟫.\n"
     "Beurteilung: Borderline-resektables Pankreaskopfkarzinom."),
    ("i_de18", "DE",
     "CT Nasennebenhöhlen.\n"
     "⟨a¦Polypoide Schleimhautschwellung im Sinus maxillaris rechts⟩ ⟦(Ser 2 Img 40)¦2:40¦abbrev_en¦a⟧, "
     "⟨b¦Verlegung des ostiomeatalen Komplexes⟩ ⟦(cor Ser 3 Img 28)¦3:28¦plane¦b⟧. ⟨c¦Septumdeviation nach links⟩.\n"
     "Im Vergleich zur DVT vom ⟪14.01.2026¦date⟫ (auswärts) ⟨d¦war die Kieferhöhle rechts frei⟩ "
     "⟦(DVT auswärts, Ser 1 Img 201)¦p1:201¦prior¦d⟧."),
    ("i_at01", "AT",
     "CT Thorax vom ⟪3. Jänner 2027¦date⟫, Vergleich Vorbefund vom ⟪12. Juli 2026¦date⟫.\n"
     "⟨a¦Rundherd im re. Unterlappen ⟪S6¦segment⟫, nunmehr ⟪13 mm¦size⟫⟩ ⟦(Ser. 3/Img. 142)¦3:142¦slash¦a⟧, "
     "⟨b¦vormals ⟪10 mm¦size⟫⟩ ⟦(Vorbefund Ser. 3/Img. 137)¦p3:137¦prior¦b⟧. ⟨c¦Kleiner Pleuraerguss li.⟩ "
     "⟦(Ser. 3/Img. 190)¦3:190¦slash¦c⟧, neu.\n"
     "Zusammenfassung: Größenprogredienter Rundherd, ⟪Lung-RADS 4A¦birads⟫."),
    ("i_at02", "AT",
     "MR Schädel mit KM.\n"
     "⟨a¦Kontrastmittelaufnehmende Raumforderung parasagittal li. frontal, breitbasig duraständig, ⟪2,4 cm¦size⟫⟩ "
     "⟦(T1 KM cor., Sequenz 12, Bild 18)¦12:18¦plane¦a⟧, ⟨a¦DD Meningeom⟩. ⟨b¦Kein perifokales Ödem⟩ "
     "⟦(FLAIR, Sequenz 7, Bild 21)¦7:21¦full_de¦b⟧.\n"
     "⟨c¦Im Vorbefund (MR ⟪2024¦date⟫) ⟪1,9 cm¦size⟫⟩ ⟦(Sequenz 10, Bild 17 der Voruntersuchung)¦p10:17¦prior¦c⟧.\n"
     "Empfehlung: Verlaufskontrolle in ⟪12 Monaten¦followup⟫."),
    ("i_at03", "AT",
     "CT Abdomen/Becken, ⟪71-jähriger¦age⟫ Patient, Zn. Hemikolektomie re.\n"
     "Leber: ⟨a¦Mehrere hypodense Herde⟩ ⟦(S3/B22, S3/B29, S3/B41)¦3:22,3:29,3:41¦list¦a⟧, ⟨a¦größter in "
     "⟪Segment VI¦segment⟫ mit ⟪28 mm¦size⟫⟩.\n"
     "Lymphknoten: ⟨b¦Mesenterialer Lymphknoten ⟪12 mm¦size⟫⟩ ⟦(S3/B77)¦3:77¦slash¦b⟧.\n"
     "Peritoneum: ⟨c¦Keine Aszites⟩.\n"
     "Beurteilung: Hepatische Metastasierung, ⟪3 von 5¦counter⟫ Herden neu gegenüber dem Vorbefund."),
    ("i_at04", "AT",
     "MR LWS.\n"
     "⟨a¦Sequester im Segment ⟪L4/L5¦level⟫ nach kaudal umgeschlagen⟩ ⟦(sag. T2, Schnitt 8)¦-:8¦slice_word¦a⟧, "
     "⟨b¦die Wurzel L5 li. komprimierend⟩ ⟦(ax. T2, Schnitt 19)¦-:19¦slice_word¦b⟧. "
     "⟨c¦Osteochondrose ⟪Modic I¦staging⟫ ⟪L5/S1¦level⟫⟩.\n"
     "Vergleich mit Vorbefund vom ⟪02/2025¦date⟫: ⟨d¦damals nur Protrusion⟩ ⟦(Vorbefund sag. T2, Schnitt "
     "9)¦p-:9¦prior¦d⟧."),
    ("i_at05", "AT",
     "Tumorboard-Vorstellung HNO, Befund CT Hals:\n"
     "⟨a¦Tumor Tonsille li., ⟪3,2 cm¦size⟫, Infiltration des Zungengrundes⟩ ⟦[Se:4 Im:66]¦4:66¦abbrev_en¦a⟧.\n"
     "⟨b¦Nekrotischer LK Level ⟪IIa¦level⟫ li. ⟪22 mm¦size⟫⟩ ⟦[Se:4 Im:81]¦4:81¦abbrev_en¦b⟧.\n"
     "⟨c¦Kontralateral unauffällige LK⟩.\n"
     "Klassifikation: ⟪cT3 cN2b¦staging⟫. Tumorboard am ⟪21.01.¦date⟫, Rückfragen Tel. ⟪01/40400-21370¦phone⟫."),
    ("i_at06", "AT",
     "Befund:\n"
     "Pankreas: ⟨a¦Zystische Läsion im Korpus, ⟪14 mm¦size⟫, kommunizierend mit dem Hauptgang⟩ ⟦(Bildnr. "
     "33)¦-:33¦image_only¦a⟧, "
     "⟨a¦vereinbar mit Seitenast-IPMN⟩.\n"
     "Vgl. Vorbefund MRCP vom ⟪9.10.2025¦date⟫: ⟨b¦damals ⟪11 mm¦size⟫⟩ ⟦(VB Bildnr. 30)¦p-:30¦prior¦b⟧.\n"
     "Empfehlung: Kontrolle in ⟪1 Jahr¦followup⟫ (Fukuoka-Kriterien)."),
    ("i_at07", "AT",
     "CT Thorax nativ, Low-Dose, DLP ⟪96 mGy*cm¦dose⟫.\n"
     "Serie 5:\n"
     "⟨a¦Solider Nodulus re. Oberlappen ⟪5 mm¦size⟫⟩ ⟦(Bild 61)¦5:61¦image_only¦a⟧; "
     "⟨b¦perifissuraler Nodulus ⟪3 mm¦size⟫⟩ ⟦(Bild 144)¦5:144¦image_only¦b⟧; "
     "⟨c¦Emphysem zentrilobulär, oberfeldbetont⟩ ⟦(Bild 40 bis 70)¦5:40-70¦range¦c⟧.\n"
     "Koronarkalk: ⟨d¦deutlich⟩ ⟦(Bild 112)¦5:112¦image_only¦d⟧.\n"
     "Zusammenfassung: ⟪Lung-RADS 2¦birads⟫, Kontrolle in ⟪12 Monaten¦followup⟫."),
    ("i_at08", "AT",
     "Röntgen-Vergleich entfällt. CT-Angiographie Becken-Bein:\n"
     "⟨a¦Verschluss der A. femoralis superficialis re. über ⟪9 cm¦size⟫⟩ ⟦(Ser. 7, Bild 301–340)¦7:301-340¦range¦a⟧, "
     "⟨b¦gute Kollateralisation über die A. profunda femoris⟩ ⟦(MIP cor., Ser. 11, Bild 24)¦11:24¦plane¦b⟧. "
     "⟨c¦Stenose der A. iliaca communis li. ⟪50 %¦ratio⟫⟩ ⟦(Ser. 7, Bild 118)¦7:118¦abbrev_de¦c⟧.\n"
     "Klinik: ⟪Rutherford 3¦staging⟫, ABI ⟪0,6¦ratio⟫."),
    ("i_at09", "AT",
     "MR Mamma beidseits.\n"
     "⟨a¦Re. bei ⟪10 Uhr¦time⟫ ein irregulär begrenzter Herd, ⟪9 mm¦size⟫, Kinetik Typ III⟩ ⟦(Sub 2, Ser. 1101 "
     "Bild 88)¦1101:88¦abbrev_de¦a⟧. "
     "⟨b¦Li. unverändertes Fibroadenom⟩ ⟦(Ser. 1101 Bild 102)¦1101:102¦abbrev_de¦b⟧, "
     "⟨c¦im Vorbefund identisch⟩ ⟦(VB Ser. 901 Bild 99)¦p901:99¦prior¦c⟧.\n"
     "Beurteilung: re. ⟪BI-RADS 4¦birads⟫, li. ⟪BI-RADS 2¦birads⟫. MR-gezielte Biopsie empfohlen."),
    ("i_at10", "AT",
     "CT Schädel, Zn. Clipping ⟪2019¦date⟫.\n"
     "⟨a¦Postoperative Defektzone re. frontal⟩ ⟦(Serie 2 – Bild 14)¦2:14¦full_de¦a⟧. "
     "⟨b¦Aufhärtungsartefakte durch den Clip⟩ ⟦(Serie 2 – Bild 9)¦2:9¦full_de¦b⟧. ⟨c¦Keine frische Blutung⟩. "
     "⟨d¦Ventrikelsystem wie im Vor-CT, Evans-Index ⟪0,28¦ratio⟫⟩ ⟦(Vor-CT Serie 2 – Bild 16)¦p2:16¦prior¦d⟧."),
    ("i_at11", "AT",
     "Sonstiges/Nebenbefunde:\n"
     "⟨a¦Divertikulose des Sigmas ohne Entzündungszeichen⟩ ⟦(#3/201)¦3:201¦slash¦a⟧. "
     "⟨b¦Nierenzyste re. ⟪Bosniak I¦birads⟫⟩ ⟦(#3/110)¦3:110¦slash¦b⟧. "
     "⟨c¦Degenerative Veränderungen ⟪LWK 3/4¦level⟫⟩.\n"
     "Befundet um ⟪16:20¦time⟫, freigegeben ⟪16:45¦time⟫."),
    ("i_at12", "AT",
     "Verlauf nach Radiofrequenzablation:\n"
     "⟨a¦Ablationszone in ⟪Segment 7¦segment⟫ ohne randständiges Enhancement⟩ ⟦(Bild 45 in Serie 6)¦6:45¦full_de¦a⟧. "
     "⟨b¦Neuer arteriell hypervaskulärer Herd in ⟪Segment 2¦segment⟫⟩ ⟦(Bild 19 in Serie 6)¦6:19¦full_de¦b⟧, "
     "⟨b¦verdächtig auf Rezidiv⟩.\n"
     "Zum Vergleich: ⟨c¦Präinterventionelle MR⟩ ⟦(Serie 8, Bild 43 der Vor-MR)¦p8:43¦prior¦c⟧.\n"
     "AFP ⟪18 ng/ml¦lab⟫."),
    ("i_at13", "AT",
     "Befund Schulter li. MR:\n"
     "Supraspinatussehne: ⟨a¦transmurale Ruptur, Retraktion ⟪Patte II¦staging⟫⟩ ⟦(cor. PD fs, Bilder 11 und "
     "12)¦-:11,-:12¦list¦a⟧.\n"
     "Infraspinatus: ⟨b¦intakt⟩.\n"
     "Bizepssehne: ⟨c¦aus dem Sulcus luxiert⟩ ⟦(ax. PD fs, Bild 7)¦-:7¦image_only¦c⟧.\n"
     "Muskeltrophik: ⟨d¦Fettinfiltration ⟪Goutallier 2¦staging⟫⟩ ⟦(sag. T1, Bild 3)¦-:3¦plane¦d⟧."),
    ("i_at14", "AT",
     "CT Thorax, Vergleichsuntersuchung auswärts vom ⟪28.02.2026¦date⟫ (importiert).\n"
     "⟨a¦Der bekannte Tumor im li. Unterlappen ist kleiner, ⟪34 x 22 mm¦size⟫⟩ ⟦(aktuell 4:119)¦4:119¦compact¦a⟧, "
     "⟨b¦zuvor ⟪47 x 30 mm¦size⟫⟩ ⟦(auswärts 2:58)¦p2:58¦prior¦b⟧. "
     "⟨c¦Hilärer LK li. regredient⟩ ⟦(4:88)¦4:88¦compact¦c⟧.\n"
     "Beurteilung: Partielles Ansprechen nach ⟪4 Zyklen¦counter⟫ Chemotherapie."),
    ("i_at15", "AT",
     "Befund Hand re. (Erosionen), MR:\n"
     "⟨a¦Erosion am Processus styloideus ulnae⟩ ⟦(cor T1 Ser 5 Bild 8)¦5:8¦plane¦a⟧. ⟨b¦Synovitis im ⟪MCP II¦level⟫⟩ "
     "⟦(ax T1 fs KM Ser 9 Bild 14)¦9:14¦plane¦b⟧. ⟨c¦Tenosynovitis der Extensor-carpi-ulnaris-Sehne⟩ "
     "⟦(Ser 9, Bild 10 und 11)¦9:10,9:11¦list¦c⟧.\n"
     "Labor: CRP ⟪24 mg/l¦lab⟫, RF positiv."),
    ("i_at16", "AT",
     "Schilddrüse, ergänzende CT-Beurteilung:\n"
     "⟨a¦Retrosternale Struma mit Trachealverlagerung nach re.⟩ ⟦(Se. 3 / Bi. 21)¦3:21¦abbrev_de¦a⟧, "
     "⟨b¦Trachea auf ⟪9 mm¦size⟫ eingeengt⟩ ⟦(Se. 3 / Bi. 25)¦3:25¦abbrev_de¦b⟧.\n"
     "Im Vergleich zum Vorbefund (CT ⟪11/2024¦date⟫) ⟨c¦Trachea damals ⟪12 mm¦size⟫⟩ ⟦(VB Se. 3 / Bi. "
     "24)¦p3:24¦prior¦c⟧.\n"
     "TSH ⟪0,8 mU/l¦lab⟫."),
    ("i_at17", "AT",
     "Addendum:\n"
     "Auf Nachfrage der Onkologie: ⟨a¦Die im Vorbefund beschriebene Läsion im ⟪BWK 11¦level⟫⟩ ist auf der aktuellen "
     "Untersuchung ⟦(Se 6, Bi 48)¦6:48¦abbrev_de¦a⟧ ⟨a¦sklerosiert⟩, ⟨b¦im Vorbefund noch osteolytisch⟩ "
     "⟦(Vorbefund Se 6, Bi 50)¦p6:50¦prior¦b⟧. Somit Ansprechen."),
    ("i_at18", "AT",
     "Knochenszintigraphie-Korrelation, SPECT/CT:\n"
     "⟨a¦Mehranreicherung ⟪LWK 1¦level⟫ bei Deckplattenimpression⟩ ⟦(CT-Teil Serie 3, Schicht 58)¦3:58¦slice_word¦a⟧, "
     "⟨a¦osteoporotisch⟩. ⟨b¦Mehranreicherung Rippe 7 re. mit Kallus⟩ ⟦(Serie 3, Schicht 21)¦3:21¦slice_word¦b⟧.\n"
     "Keine metastasensuspekten Herde. Applizierte Aktivität ⟪650 MBq¦dose⟫."),
    ("i_ch01", "CH",
     "CT Thorax-Abdomen mit KM. Vergleich: Voraufnahme vom ⟪19.06.2026¦date⟫.\n"
     "Thorax: ⟨a¦Grössenprogredienter Rundherd im Mittellappen, aktuell ⟪16 mm¦size⟫⟩ ⟦(S. 4, B. "
     "133)¦4:133¦abbrev_de¦a⟧, "
     "⟨b¦voraufnahmeseitig ⟪12 mm¦size⟫⟩ ⟦(S. 4, B. 129 der Voraufnahme)¦p4:129¦prior¦b⟧.\n"
     "Abdomen: ⟨c¦Mässig erweiterte intrahepatische Gallenwege⟩ ⟦(S. 6, B. 41)¦6:41¦abbrev_de¦c⟧.\n"
     "Beurteilung: Progredienter Rundherd Mittellappen, Histologie empfohlen."),
    ("i_ch02", "CH",
     "Strukturierter Befund Lungenrundherd\n"
     "Lokalisation: ⟨a¦Oberlappen links, apikoposteriores Segment ⟪S1/2¦segment⟫⟩\n"
     "Grösse: ⟪8 x 6 mm¦size⟫\n"
     "Morphologie: ⟨a¦solide, spikuliert⟩\n"
     "Serie/Bild: ⟦3/57¦3:57¦slash¦a⟧\n"
     "Voruntersuchung Serie/Bild: ⟦2/55¦p2:55¦prior¦b⟧ (⟨b¦dort ⟪6 x 5 mm¦size⟫⟩)\n"
     "Empfehlung: ⟪Fleischner¦staging⟫ - PET-CT."),
    ("i_ch03", "CH",
     "MRI Becken (Rektumkarzinom-Staging).\n"
     "⟨a¦Tumor ab ⟪6 cm¦size⟫ ab ano, zirkulär, mit Infiltration des mesorektalen Fettgewebes über ⟪4 mm¦size⟫⟩ "
     "⟦(T2 ax. hochaufgelöst, Serie 7, Bild 19 bis 24)¦7:19-24¦range¦a⟧. ⟨b¦MRF-Abstand ⟪1 mm¦size⟫ rechts⟩ "
     "⟦(Serie 7, Bild 22)¦7:22¦full_de¦b⟧. ⟨c¦EMVI positiv⟩ ⟦(Serie 7, Bild 21)¦7:21¦full_de¦c⟧.\n"
     "Beurteilung: ⟪mrT3c N1 EMVI+ MRF+¦staging⟫."),
    ("i_ch04", "CH",
     "Befund:\n"
     "⟨a¦Frische Ischämie im Mediastromgebiet links⟩ ⟦(DWI Serie 5 Bild 14-17)¦5:14-17¦range¦a⟧ "
     "⟨a¦mit korrespondierender ADC-Minderung⟩ ⟦(Serie 6 Bild 15)¦6:15¦full_de¦a⟧. "
     "⟨b¦Keine Einblutung⟩ ⟦(SWI Serie 9 Bild 40)¦9:40¦full_de¦b⟧.\n"
     "Vergleich mit dem CT vom Vortag: ⟨c¦dort bereits diskrete Hypodensität⟩ ⟦(CT Vortag Serie 3, Bild "
     "18)¦p3:18¦prior¦c⟧.\n"
     "⟪NIHSS 6¦staging⟫, Lyse um ⟪02:15¦time⟫."),
    ("i_ch05", "CH",
     "Diktierter Befund (Spracherkennung):\n"
     "⟨a¦Leberzyste im Segment ⟪vier¦segment⟫ unverändert⟩ ⟦Serie vier Bild zweiundzwanzig¦4:22¦full_de¦a⟧. "
     "⟨b¦Milz normal gross⟩. ⟨c¦Kleiner Nierenstein rechts ⟪3 mm¦size⟫⟩ ⟦Serie vier Bild sechzig¦4:60¦full_de¦c⟧. "
     "⟨d¦Appendix unauffällig⟩ ⟦Serie 4 Bild 1 07¦4:107¦full_de¦d⟧."),
    ("i_ch06", "CH",
     "CT Kopf-Hals, Verlaufskontrolle nach Radiochemotherapie.\n"
     "⟨a¦Residuelle Weichteilvermehrung am Zungengrund rechts, ⟪15 mm¦size⟫⟩ ⟦(Se: 5, Im: 71)¦5:71¦abbrev_en¦a⟧, "
     "⟨b¦in der Voruntersuchung ⟪32 mm¦size⟫⟩ ⟦(Se: 5, Im: 69; Voruntersuchung)¦p5:69¦prior¦b⟧.\n"
     "⟨c¦Lymphknoten Level ⟪III¦level⟫ rechts regredient⟩ ⟦(Se: 5, Im: 102)¦5:102¦abbrev_en¦c⟧.\n"
     "Beurteilung: Gutes Ansprechen, kein Anhalt für vitale Tumorreste."),
    ("i_ch07", "CH",
     "Röntgenrapport-Ergänzung CT Becken:\n"
     "⟨a¦Nicht dislozierte Fraktur des Os sacrum rechts, ⟪Denis Zone I¦staging⟫⟩ ⟦(Ser4/Im62)¦4:62¦glued¦a⟧, "
     "⟨b¦Fraktur des oberen Schambeinastes rechts⟩ ⟦(Ser4/Im140)¦4:140¦glued¦b⟧, "
     "⟨c¦Hämatom im Musculus iliacus⟩ ⟦(Ser4/Im88)¦4:88¦glued¦c⟧.\n"
     "⟪87-jährige¦age⟫ Patientin, Sturz aus Stand."),
    ("i_ch08", "CH",
     "Mammographie und ergänzende Tomosynthese.\n"
     "⟨a¦Rechts oben aussen eine Architekturstörung, nur in der Tomosynthese sichtbar⟩ "
     "⟦(CC, Schicht 27)¦-:27¦slice_word¦a⟧ ⟦(MLO, Schicht 31)¦-:31¦slice_word¦a⟧.\n"
     "⟨b¦Links gruppierter Mikrokalk⟩ ⟦(MLO Schicht 18 bis 20)¦-:18-20¦range¦b⟧.\n"
     "Beurteilung: rechts ⟪BI-RADS 4b¦birads⟫, links ⟪BI-RADS 3¦birads⟫; Dichte ⟪ACR C¦birads⟫."),
    ("i_ch09", "CH",
     "Vergleich mit der Voruntersuchung (CT vom ⟪7.4.2026¦date⟫):\n"
     "⟨a¦Die Lymphknoten mediastinal sind grössenregredient⟩. ⟨b¦Paratracheal rechts jetzt ⟪9 mm¦size⟫⟩ "
     "⟦(Serie 301, Bild 48)¦301:48¦full_de¦b⟧ ⟨c¦gegenüber ⟪15 mm¦size⟫ in der Voruntersuchung⟩ "
     "⟦(Serie 3, Bild 50)¦p3:50¦prior¦c⟧. ⟨d¦Aortopulmonal jetzt ⟪7 mm¦size⟫⟩ ⟦(Serie 301, Bild "
     "56)¦301:56¦full_de¦d⟧.\n"
     "⟨e¦Ein neu aufgetretener Erguss rechts⟩ ⟦(Serie 301, Bild 130 bis 160)¦301:130-160¦range¦e⟧."),
    ("i_ch10", "CH",
     "CT Angiographie der Aorta (Dissektionsausschluss).\n"
     "⟨a¦Dissektion ⟪Stanford B¦staging⟫ ab Abgang der A. subclavia links⟩ ⟦(Bild 45/Serie 5)¦5:45¦slash¦a⟧ "
     "⟨b¦bis in die A. iliaca communis links⟩ ⟦(Bild 388/Serie 5)¦5:388¦slash¦b⟧. ⟨c¦Truncus coeliacus aus dem "
     "wahren Lumen⟩ "
     "⟦(sagittale MPR, Bild 60/Serie 8)¦8:60¦plane¦c⟧.\n"
     "Blutdruck bei Ankunft ⟪190/110 mmHg¦blood_pressure⟫. Mitteilung an Gefässchirurgie um ⟪23:40¦time⟫."),
    ("i_ch11", "CH",
     "MRI Wirbelsäule ganz, Frage Metastasen.\n"
     "⟨a¦Diffuse Knochenmarksinfiltration ⟪BWK 6¦level⟫ bis ⟪BWK 8¦level⟫⟩ ⟦(sag. T1, Bild-Nr. 9)¦-:9¦plane¦a⟧, "
     "⟨b¦epidurale Komponente auf Höhe ⟪BWK 7¦level⟫ mit Myelonkompression⟩ ⟦(ax. T2, Bild-Nr. 24)¦-:24¦plane¦b⟧.\n"
     "Beurteilung: Drohende Querschnittsymptomatik, ⟪ESCC 2¦staging⟫; Notfall-Radio-Onkologie informiert."),
    ("i_ch12", "CH",
     "Befund CT Abdomen mit KM.\n"
     "Leber: ⟨a¦Steatosis hepatis, Dichte ⟪38 HE¦lab⟫⟩.\n"
     "Gallenblase: ⟨b¦Konkrement im Infundibulum, ⟪18 mm¦size⟫⟩ ⟦(SE 2 / IM 67)¦2:67¦abbrev_en¦b⟧, "
     "⟨c¦Wandverdickung ⟪5 mm¦size⟫ mit Pericholezystischer Flüssigkeit⟩ ⟦(SE 2 / IM 70)¦2:70¦abbrev_en¦c⟧.\n"
     "Beurteilung: Akute Cholezystitis; Lipase ⟪280 U/l¦lab⟫."),
    ("i_ch13", "CH",
     "Verlauf Lungenfibrose (HRCT).\n"
     "⟨a¦Zunahme der retikulären Veränderungen basal beidseits mit Traktionsbronchiektasen⟩ "
     "⟦(Serie 5, Bilder 210, 225 und 240)¦5:210,5:225,5:240¦list¦a⟧. ⟨b¦In der Vor-HRCT waren diese geringer "
     "ausgeprägt⟩ "
     "⟦(Vor-HRCT Serie 5, Bilder 205 und 230)¦p5:205,p5:230¦prior¦b⟧. ⟨c¦Kein Honeycombing⟩.\n"
     "Lungenfunktion: DLCO ⟪52 %¦ratio⟫."),
    ("i_ch14", "CH",
     "Nachtrag:\n"
     "⟨a¦Zusätzlich ein ⟪4 mm¦size⟫ kleiner Nodulus im Unterlappen links⟩ ⟦(Serie 3 Bild 210)¦3:210¦full_de¦a⟧, "
     "⟨a¦nicht vorbekannt⟩. ⟨b¦Die in der Vergleichsuntersuchung beschriebene Verdichtung im Oberlappen⟩ "
     "⟦(Vergleichsuntersuchung Serie 3 Bild 77)¦p3:77¦prior¦b⟧ ist ⟨c¦vollständig regredient⟩ "
     "⟦(Serie 3 Bild 80)¦3:80¦full_de¦c⟧."),
    ("i_ch15", "CH",
     "Befund MRI Hüfte links.\n"
     "⟨a¦Knochenmarksödem im Femurkopf mit subchondraler Frakturlinie⟩ ⟦(cor STIR Serie 4, Bild 12; cor T1 "
     "Serie 3, Bild 12)¦4:12,3:12¦list¦a⟧, "
     "⟨a¦vereinbar mit avaskulärer Nekrose ⟪ARCO III¦staging⟫⟩. ⟨b¦Gelenkerguss⟩.\n"
     "⟨c¦Rechts unauffällig⟩. Empfehlung: Orthopädische Vorstellung, Rückfragen unter ⟪061 328 45 11¦phone⟫."),
    ("i_ch16", "CH",
     "CT Thorax, Tumorboard-Zusammenfassung:\n"
     "Primarius: ⟨a¦zentrales Bronchuskarzinom rechts, ⟪5,1 cm¦size⟫⟩ — ⟦Se 2, Bi 66–71¦2:66-71¦range¦a⟧\n"
     "N: ⟨b¦LK ⟪4R¦level⟫ ⟪17 mm¦size⟫⟩ — ⟦Se 2, Bi 42¦2:42¦abbrev_de¦b⟧; ⟨c¦LK ⟪7¦level⟫ ⟪21 mm¦size⟫⟩ — ⟦Se "
     "2, Bi 58¦2:58¦abbrev_de¦c⟧\n"
     "M: ⟨d¦Nebenniere rechts ⟪24 mm¦size⟫⟩ — ⟦Se 2, Bi 121¦2:121¦abbrev_de¦d⟧\n"
     "Stadium: ⟪cT3 cN2 cM1b¦staging⟫ (⟪IVA¦staging⟫)."),
    ("i_ch17", "CH",
     "Vergleich CT vom ⟪30.09.2026¦date⟫ (Spital extern, Bilder nachgeladen):\n"
     "⟨a¦Abszess im Douglasraum⟩ ⟦(extern: Serie 4, Bild 155)¦p4:155¦prior¦a⟧ ist ⟨b¦nach Drainage deutlich kleiner, "
     "⟪2,1 cm¦size⟫⟩ ⟦(heute: Serie 5, Bild 160)¦5:160¦full_de¦b⟧. ⟨c¦Drainage in situ⟩ ⟦(Serie 5, Bild "
     "149)¦5:149¦full_de¦c⟧.\n"
     "Entzündungswerte: Lc ⟪11,2 G/l¦lab⟫."),
    ("i_ch18", "CH",
     "Beurteilung:\n"
     "1. ⟨a¦Neu aufgetretene Lungenembolie im Unterlappen rechts, segmental⟩ ⟦(Serie 4, Bild "
     "188)¦4:188¦impression¦a⟧.\n"
     "2. ⟨b¦Bekannte Metastase im ⟪Segment 6¦segment⟫ der Leber grössenstabil⟩ ⟦(Serie 4, Bild "
     "260)¦4:260¦impression¦b⟧ "
     "⟨c¦im Vergleich zu ⟪22 mm¦size⟫ in der Voruntersuchung⟩ ⟦(VU Serie 4, Bild 255)¦p4:255¦prior¦c⟧.\n"
     "3. Kontrolle in ⟪3 Monaten¦followup⟫."),
    ("i_uk01", "UK",
     "CT chest, abdomen and pelvis with contrast. Comparison: CT ⟪14/02/2026¦date⟫.\n"
     "Chest: ⟨a¦The right lower lobe nodule now measures ⟪11 mm¦size⟫⟩ ⟦(series 4, image 188)¦4:188¦full_en¦a⟧, "
     "⟨b¦previously ⟪8 mm¦size⟫⟩ ⟦(series 4, image 182 of the previous study)¦p4:182¦prior¦b⟧. "
     "⟨c¦No new nodules⟩.\n"
     "Abdomen: ⟨d¦Stable ⟪9 mm¦size⟫ hypodensity in ⟪segment 5¦segment⟫, likely a cyst⟩ ⟦(series 5, image "
     "61)¦5:61¦full_en¦d⟧.\n"
     "Conclusion: Slowly enlarging right lower lobe nodule. Suggest MDT discussion."),
    ("i_uk02", "UK",
     "MRI lumbar spine.\n"
     "⟨a¦At ⟪L4/5¦level⟫ there is a broad-based disc bulge with a superimposed right paracentral extrusion⟩ "
     "⟦(Se 6 Im 12)¦6:12¦abbrev_en¦a⟧ ⟨a¦compressing the traversing right L5 nerve root⟩ ⟦(Se 8 Im "
     "21)¦8:21¦abbrev_en¦a⟧.\n"
     "⟨b¦At ⟪L5/S1¦level⟫ mild facet arthropathy⟩ ⟦(Se 8 Im 27)¦8:27¦abbrev_en¦b⟧.\n"
     "Opinion: Right paracentral ⟪L4/5¦level⟫ extrusion, correlating with the right L5 radiculopathy."),
    ("i_uk03", "UK",
     "Lung MDT summary\n"
     "Patient: ⟪68 yo¦age⟫ male, ex-smoker ⟪40 pack-years¦counter⟫.\n"
     "Key images: ⟨a¦left upper lobe mass ⟪42 mm¦size⟫⟩ ⟦4/63¦4:63¦slash¦a⟧; ⟨b¦station ⟪4L¦level⟫ node ⟪14 mm¦size⟫⟩ "
     "⟦4/49¦4:49¦slash¦b⟧; ⟨c¦left adrenal ⟪19 mm¦size⟫ indeterminate⟩ ⟦5/102¦5:102¦slash¦c⟧.\n"
     "Radiological stage: ⟪T2b N2 M0¦staging⟫ pending PET-CT. Discussed at MDT on ⟪22/10/2026¦date⟫."),
    ("i_uk04", "UK",
     "CT head non-contrast.\n"
     "⟨a¦There is a ⟪6 mm¦size⟫ acute left convexity subdural haematoma⟩ (⟦Se4/Im18¦4:18¦glued¦a⟧), ⟨b¦no "
     "midline shift⟩. "
     "⟨c¦Small focus of traumatic subarachnoid haemorrhage in the right sylvian fissure⟩ (⟦Se4/Im13¦4:13¦glued¦c⟧).\n"
     "Compared with the CT from earlier today ⟨d¦the subdural has increased from ⟪3 mm¦size⟫⟩ (⟦earlier CT "
     "Se4/Im18¦p4:18¦prior¦d⟧).\n"
     "Discussed with the neurosurgical registrar at ⟪03:20¦time⟫ on bleep ⟪2211¦phone⟫."),
    ("i_uk05", "UK",
     "Findings:\n"
     "Liver: ⟨a¦Two new arterially enhancing lesions in ⟪segments 7¦segment⟫ and ⟪8¦segment⟫ with washout⟩ "
     "⟦(series 7, images 34 and 41)¦7:34,7:41¦list¦a⟧, ⟨a¦measuring ⟪18 mm¦size⟫ and ⟪12 mm¦size⟫⟩.\n"
     "Portal vein: ⟨b¦patent⟩ ⟦(series 9 image 52)¦9:52¦full_en¦b⟧.\n"
     "Spleen: ⟨c¦⟪14 cm¦size⟫, splenomegaly⟩.\n"
     "Impression: Two ⟪LR-5¦birads⟫ observations, AFP ⟪310 kU/L¦lab⟫. For HCC MDT."),
    ("i_uk06", "UK",
     "MRI prostate.\n"
     "⟨a¦A ⟪14 mm¦size⟫ lesion in the left anterior transition zone, homogeneously T2 hypointense and lenticular⟩ "
     "(T2 ⟦image 15/series 3¦3:15¦slash¦a⟧; ⟦ADC image 15/series 7¦7:15¦slash¦a⟧). "
     "⟨b¦No extraprostatic extension⟩. ⟨c¦Seminal vesicles unremarkable⟩.\n"
     "PSA ⟪11.4 ng/mL¦lab⟫, PSA density ⟪0.21¦ratio⟫.\n"
     "Conclusion: ⟪PI-RADS 5¦birads⟫ left anterior TZ lesion."),
    ("i_uk07", "UK",
     "Comparison is made with the outside CT from another trust dated ⟪03/09/2026¦date⟫ (images uploaded to PACS).\n"
     "⟨a¦The known right renal mass has grown to ⟪5.2 cm¦size⟫⟩ ⟦(current: 3:77)¦3:77¦compact¦a⟧ "
     "⟨b¦from ⟪4.1 cm¦size⟫⟩ ⟦(outside study: 2:40)¦p2:40¦prior¦b⟧. ⟨c¦There is new tumour thrombus in the renal vein⟩ "
     "⟦(3:71)¦3:71¦compact¦c⟧.\n"
     "Impression: Progressing right renal cell carcinoma with renal vein thrombus."),
    ("i_uk08", "UK",
     "CTPA.\n"
     "⟨a¦Saddle embolus⟩ ⟦(series 3, image #112)¦3:112¦full_en¦a⟧ ⟨a¦extending into both lower lobe pulmonary "
     "arteries⟩. "
     "⟨b¦RV:LV ratio ⟪1.4¦ratio⟫ with reflux of contrast into the IVC⟩ ⟦(series 3, image #201)¦3:201¦full_en¦b⟧.\n"
     "Urgent findings communicated to the medical SpR at ⟪22:14¦time⟫, ext ⟪4471¦phone⟫."),
    ("i_uk09", "UK",
     "Body of report (voice recognition, not proofread):\n"
     "⟨a¦There is a ⟪7 mm¦size⟫ ground glass nodule in the lingula⟩ ⟦serious 4 image 160¦4:160¦full_en¦a⟧ which is "
     "⟨b¦unchanged from the prior⟩ ⟦serious 4 image 157 on the prior¦p4:157¦prior¦b⟧ full stop. "
     "⟨c¦Small hiatus hernia⟩ ⟦series three image forty two¦3:42¦full_en¦c⟧ full stop."),
    ("i_uk10", "UK",
     "Baseline vs follow-up (RECIST 1.1):\n"
     "Target 1: ⟨a¦liver ⟪segment 4b¦segment⟫⟩ — baseline ⟨b¦⟪38 mm¦size⟫⟩ ⟦(Se 5 Im 55 baseline)¦p5:55¦prior¦b⟧; "
     "now ⟨a¦⟪30 mm¦size⟫⟩ ⟦(Se 5 Im 57)¦5:57¦abbrev_en¦a⟧\n"
     "Target 2: ⟨c¦right hilar node⟩ — baseline ⟨d¦⟪21 mm¦size⟫⟩ ⟦(Se 4 Im 80 baseline)¦p4:80¦prior¦d⟧; "
     "now ⟨c¦⟪15 mm¦size⟫⟩ ⟦(Se 4 Im 78)¦4:78¦abbrev_en¦c⟧\n"
     "Sum of diameters: ⟪59 mm¦size⟫ to ⟪45 mm¦size⟫ (⟪-24%¦ratio⟫). Non-target lesions: present. Response: "
     "stable disease."),
    ("i_uk11", "UK",
     "MRI knee.\n"
     "⟨a¦Bucket-handle tear of the medial meniscus with a displaced fragment in the intercondylar notch⟩ "
     "⟦(coronal PD FS slice 14)¦-:14¦slice_word¦a⟧ ⟨a¦giving a double PCL sign⟩ ⟦(sagittal PD slice "
     "11)¦-:11¦slice_word¦a⟧.\n"
     "⟨b¦ACL intact⟩. ⟨c¦Moderate joint effusion⟩.\n"
     "Conclusion: Displaced bucket-handle tear. Orthopaedic review within ⟪2 weeks¦followup⟫."),
    ("i_uk12", "UK",
     "ADDENDUM ⟪17/11/2026¦date⟫:\n"
     "Following discussion at the colorectal MDT, ⟨a¦the peritoneal nodule in the right paracolic gutter⟩ is on "
     "⟦series 601 image 44¦601:44¦full_en¦a⟧ (coronal reformat) ⟨a¦and measures ⟪9 mm¦size⟫⟩. "
     "⟨b¦It was not present on the staging CT⟩ ⟦(staging CT series 601 image 46)¦p601:46¦prior¦b⟧."),
    ("i_uk13", "UK",
     "CT urogram.\n"
     "⟨a¦Filling defect in the left renal pelvis⟩ ⟦(delayed phase, sections 33–38)¦-:33-38¦range¦a⟧ "
     "⟨a¦suspicious for urothelial carcinoma⟩. ⟨b¦Right kidney normal⟩. ⟨c¦Bladder wall thickening on the left⟩ "
     "⟦(section 120)¦-:120¦slice_word¦c⟧.\n"
     "eGFR ⟪54¦lab⟫. Cystoscopy suggested."),
    ("i_uk14", "UK",
     "Comparison: CT ⟪12/05/2026¦date⟫ and PET-CT ⟪03/06/2026¦date⟫.\n"
     "⟨a¦The left supraclavicular node is smaller, ⟪12 mm¦size⟫ short axis⟩ ⟦(Sr 2 Im 33)¦2:33¦abbrev_en¦a⟧, "
     "⟨b¦⟪19 mm¦size⟫ on the May CT⟩ ⟦(Sr 2 Im 31)¦p2:31¦prior¦b⟧ ⟨c¦and FDG-avid on PET, SUVmax 9⟩ "
     "⟦(PET-CT Sr 4 Im 88)¦p4:88¦prior¦c⟧.\n"
     "Impression: Partial response in the nodal disease (⟪Deauville 3¦staging⟫ on the interim PET)."),
    ("i_uk15", "UK",
     "Findings (template):\n"
     "Bowel: ⟨a¦Long segment terminal ileal wall thickening ⟪15 cm¦size⟫ with mural hyperenhancement⟩ "
     "⟦(Ser 801 Img 61-78)¦801:61-78¦range¦a⟧\n"
     "Fistula: ⟨b¦ileo-sigmoid fistula⟩ ⟦(Ser 801 Img 90)¦801:90¦abbrev_en¦b⟧\n"
     "Collection: ⟨c¦none⟩\n"
     "Activity: ⟪MaRIA 14¦staging⟫. Calprotectin ⟪820 ug/g¦lab⟫."),
    ("i_uk16", "UK",
     "CT aortic angiogram, EVAR surveillance.\n"
     "⟨a¦The aneurysm sac measures ⟪61 mm¦size⟫⟩ ⟦(image 140, series 5)¦5:140¦full_en¦a⟧, ⟨b¦previously ⟪58 mm¦size⟫⟩ "
     "⟦(image 138, series 5¦p5:138¦prior¦b⟧ of the ⟪2025¦date⟫ study). ⟨c¦Type II endoleak from a lumbar artery⟩ "
     "⟦(image 151, series 5)¦5:151¦full_en¦c⟧.\n"
     "Conclusion: Sac expansion with type II endoleak; vascular MDT."),
    ("i_uk17", "UK",
     "Fuji Synapse key images attached.\n"
     "⟨a¦Comminuted fracture of the right tibial plateau⟩ ⟦(S3 I45)¦3:45¦compact¦a⟧ ⟨a¦with ⟪6 mm¦size⟫ depression of "
     "the lateral articular surface⟩ ⟦(S5 I22)¦5:22¦compact¦a⟧. ⟨b¦Lipohaemarthrosis⟩ ⟦(S3 I30)¦3:30¦compact¦b⟧.\n"
     "⟪Schatzker II¦staging⟫."),
    ("i_uk18", "UK",
     "Conclusion:\n"
     "1. ⟨a¦New ⟪3 cm¦size⟫ mass in the pancreatic tail⟩ ⟦(Se:3, Im:92)¦3:92¦impression¦a⟧, ⟨a¦suspicious for "
     "adenocarcinoma⟩.\n"
     "2. ⟨b¦Multiple liver metastases, the largest in ⟪segment 6¦segment⟫⟩ ⟦(Se:3, Im:70)¦3:70¦impression¦b⟧.\n"
     "3. ⟨c¦Splenic vein occlusion⟩ ⟦(Se:3, Im:88)¦3:88¦impression¦c⟧.\n"
     "Ca 19-9 ⟪1450¦lab⟫; urgent HPB referral, cc GP."),
    ("i_us01", "US",
     "EXAM: CT CHEST WITH CONTRAST. COMPARISON: ⟪08/21/2026¦date⟫.\n"
     "FINDINGS:\n"
     "Lungs: ⟨a¦Spiculated ⟪2.3 cm¦size⟫ right upper lobe mass⟩ ⟦(3/41)¦3:41¦slash¦a⟧, ⟨b¦previously ⟪1.8 cm¦size⟫⟩ "
     "⟦(prior 3/39)¦p3:39¦prior¦b⟧. ⟨c¦New ⟪4 mm¦size⟫ left lower lobe nodule⟩ ⟦(3/112)¦3:112¦slash¦c⟧.\n"
     "Mediastinum: ⟨d¦Enlarged right paratracheal node, ⟪1.4 cm¦size⟫ short axis⟩ ⟦(2/28)¦2:28¦slash¦d⟧.\n"
     "IMPRESSION: Enlarging right upper lobe mass concerning for malignancy. Recommend PET/CT."),
    ("i_us02", "US",
     "FINDINGS:\n"
     "Liver: ⟨a¦Hypoattenuating lesion in ⟪segment 4A¦segment⟫ measuring ⟪1.1 x 0.9 cm¦size⟫⟩ ⟦(se 2 im "
     "34)¦2:34¦abbrev_en¦a⟧, "
     "⟨a¦too small to characterize⟩.\n"
     "Gallbladder: ⟨b¦Cholelithiasis without wall thickening⟩ ⟦(se 2 im 51)¦2:51¦abbrev_en¦b⟧.\n"
     "Kidneys: ⟨c¦Nonobstructing ⟪5 mm¦size⟫ left lower pole stone⟩ ⟦(se 2 im 77; coronal se 601 im "
     "58)¦2:77,601:58¦list¦c⟧.\n"
     "IMPRESSION: Cholelithiasis. Left nephrolithiasis."),
    ("i_us03", "US",
     "CT ABDOMEN/PELVIS, ⟪54-year-old¦age⟫ female with RLQ pain. WBC ⟪14.2¦lab⟫.\n"
     "⟨a¦The appendix is dilated to ⟪11 mm¦size⟫ with periappendiceal fat stranding⟩ ⟦(image 62 of series "
     "2)¦2:62¦full_en¦a⟧ "
     "⟨a¦and an appendicolith at the base⟩ ⟦(image 58 of series 2)¦2:58¦full_en¦a⟧. ⟨b¦No abscess⟩. "
     "⟨c¦No free air⟩.\n"
     "IMPRESSION: Acute appendicitis. Findings called to the ED at ⟪4:32 PM¦time⟫ on ⟪11/18/2026¦date⟫."),
    ("i_us04", "US",
     "MRI BRAIN WITH AND WITHOUT CONTRAST.\n"
     "⟨a¦Ring-enhancing lesion in the right parietal lobe measuring ⟪2.8 cm¦size⟫⟩ ⟦(Series 1101, Image "
     "88)¦1101:88¦full_en¦a⟧ "
     "⟨a¦with surrounding vasogenic edema⟩ ⟦(Series 5, Image 17)¦5:17¦full_en¦a⟧. ⟨b¦Restricted diffusion centrally⟩ "
     "⟦(Series 3, Image 20)¦3:20¦full_en¦b⟧.\n"
     "Comparison with outside MRI from ⟪06/02/2026¦date⟫: ⟨c¦the lesion measured ⟪1.6 cm¦size⟫⟩ "
     "⟦(outside MRI Series 9, Image 86)¦p9:86¦prior¦c⟧.\n"
     "IMPRESSION: Enlarging ring-enhancing lesion, differential includes high-grade glioma or abscess."),
    ("i_us05", "US",
     "CT CERVICAL SPINE.\n"
     "⟨a¦Acute nondisplaced fracture through the left lamina of ⟪C6¦level⟫⟩ ⟦(axial ser 3 img 121)¦3:121¦plane¦a⟧ "
     "⟨a¦extending to the facet⟩ ⟦(sagittal ser 5 img 44)¦5:44¦plane¦a⟧. ⟨b¦Alignment maintained⟩. "
     "⟨c¦Multilevel degenerative disc disease, worst at ⟪C5-C6¦level⟫⟩.\n"
     "IMPRESSION: Left ⟪C6¦level⟫ laminar fracture. Discussed with Dr. on-call trauma at ⟪01:12¦time⟫."),
    ("i_us06", "US",
     "COMPARISON: CT abdomen ⟪03/04/2026¦date⟫.\n"
     "⟨a¦Interval increase in the size of the pancreatic head mass, now ⟪3.4 x 2.9 cm¦size⟫⟩ ⟦(series #4, image "
     "#55)¦4:55¦full_en¦a⟧, "
     "⟨b¦previously ⟪2.5 x 2.1 cm¦size⟫⟩ ⟦(series #4, image #52 on the prior)¦p4:52¦prior¦b⟧. "
     "⟨c¦It now abuts the SMV for less than ⟪180 degrees¦ratio⟫⟩ ⟦(coronal series #6, image #40)¦6:40¦plane¦c⟧.\n"
     "CA 19-9 ⟪640¦lab⟫. IMPRESSION: Progression of pancreatic adenocarcinoma."),
    ("i_us07", "US",
     "FINDINGS: Visage key images saved.\n"
     "⟨a¦Left breast mass at ⟪2 o'clock¦time⟫, ⟪4 cm¦size⟫ from the nipple, ⟪1.7 cm¦size⟫⟩ ⟦(S7 I112)¦7:112¦compact¦a⟧ "
     "⟨a¦with washout kinetics⟩. ⟨b¦Left axillary level ⟪I¦level⟫ node with cortical thickening⟩ ⟦(S7 "
     "I40)¦7:40¦compact¦b⟧.\n"
     "IMPRESSION: ⟪BI-RADS 5¦birads⟫. Left axillary node suspicious. Recommend ultrasound-guided biopsy."),
    ("i_us08", "US",
     "CTA CHEST (PE protocol). BP ⟪88/54¦blood_pressure⟫, HR 121.\n"
     "⟨a¦Filling defects in the right main pulmonary artery⟩ ⟦(image 145)¦-:145¦image_only¦a⟧ ⟨b¦and left lower lobe "
     "segmental branches⟩ ⟦(images 180-186)¦-:180-186¦range¦b⟧. ⟨c¦RV/LV ratio ⟪1.3¦ratio⟫⟩.\n"
     "IMPRESSION: Submassive PE with right heart strain. Called to ICU team at ⟪23:05¦time⟫, pager ⟪3-4412¦phone⟫."),
    ("i_us09", "US",
     "Comparison: CT chest ⟪01/10/2026¦date⟫ (baseline) and ⟪05/12/2026¦date⟫.\n"
     "⟨a¦Left lower lobe nodule measures ⟪6 mm¦size⟫⟩ ⟦(Se: 4 Im: 210)¦4:210¦abbrev_en¦a⟧, ⟨b¦unchanged from ⟪6 "
     "mm¦size⟫ on "
     "the baseline study⟩ ⟦(Se: 3 Im: 205)¦p3:205¦prior¦b⟧ ⟨c¦and May exam⟩ ⟦(Se: 4 Im: 208)¦p4:208¦prior¦c⟧.\n"
     "IMPRESSION: Stable ⟪6 mm¦size⟫ nodule, ⟪2 of 3¦counter⟫ required stability intervals completed. "
     "⟪Lung-RADS 2¦birads⟫; next annual screening in ⟪12 months¦followup⟫."),
    ("i_us10", "US",
     "MRI PELVIS (fibroids).\n"
     "⟨a¦Dominant intramural fibroid in the posterior fundus, ⟪7.2 cm¦size⟫⟩ ⟦(sag T2, image 18)¦-:18¦plane¦a⟧. "
     "⟨b¦Submucosal fibroid, ⟪FIGO 1¦staging⟫, ⟪2.1 cm¦size⟫⟩ ⟦(sag T2, images 14 and 15)¦-:14,-:15¦list¦b⟧. "
     "⟨c¦Right ovarian endometrioma⟩ ⟦(ax T1 fat sat, image 22)¦-:22¦plane¦c⟧.\n"
     "IMPRESSION: Fibroid uterus; endometrioma."),
    ("i_us11", "US",
     "ADDENDUM: After the report was finalized, the referring oncologist asked about the bone lesions. "
     "⟨a¦There is a new sclerotic lesion in the ⟪T10¦level⟫ vertebral body⟩ ⟦(IMG 88 SER 5)¦5:88¦abbrev_en¦a⟧, "
     "⟨b¦not present on the ⟪07/30/2026¦date⟫ study⟩ ⟦(IMG 86 SER 5, prior)¦p5:86¦prior¦b⟧. "
     "⟨c¦Right iliac sclerotic focus is unchanged⟩ ⟦(IMG 190 SER 5)¦5:190¦abbrev_en¦c⟧."),
    ("i_us12", "US",
     "FINDINGS (structured):\n"
     "RIGHT KIDNEY: ⟨a¦⟪3.2 cm¦size⟫ enhancing exophytic mass, lower pole, ⟪R.E.N.A.L. 7a¦staging⟫⟩ - ⟦ser 6, "
     "img 71¦6:71¦abbrev_en¦a⟧.\n"
     "LEFT KIDNEY: ⟨b¦Bosniak ⟪IIF¦birads⟫ cyst, upper pole, ⟪2.2 cm¦size⟫⟩ - ⟦ser 6, img 33¦6:33¦abbrev_en¦b⟧.\n"
     "ADRENALS: ⟨c¦Normal⟩.\n"
     "VESSELS: ⟨d¦Single right renal artery⟩ - ⟦ser 9, img 50¦9:50¦abbrev_en¦d⟧."),
    ("i_us13", "US",
     "IMPRESSION:\n"
     "1. ⟨a¦Small bowel obstruction with transition point in the right lower quadrant⟩ ⟦(series 2, image 88; "
     "coronal series 5, image 60)¦2:88,5:60¦impression¦a⟧.\n"
     "2. ⟨b¦No pneumatosis or portal venous gas⟩.\n"
     "3. ⟨c¦Small volume free fluid in the pelvis⟩ ⟦(series 2, image 130)¦2:130¦impression¦c⟧.\n"
     "Surgery consulted. Lactate ⟪1.9 mmol/L¦lab⟫."),
    ("i_us14", "US",
     "CT HEAD WITHOUT CONTRAST. CLINICAL: ⟪79 yo¦age⟫ M, fall on anticoagulation, INR ⟪3.1¦lab⟫.\n"
     "⟨a¦Acute right frontal intraparenchymal hemorrhage measuring ⟪2.4 x 1.8 cm¦size⟫⟩ ⟦(2-14)¦2:14¦compact¦a⟧ "
     "⟨a¦with surrounding edema⟩. ⟨b¦Intraventricular extension into the right occipital horn⟩ ⟦(2-9)¦2:9¦compact¦b⟧.\n"
     "Compared with the head CT from ⟪10/02/2025¦date⟫, ⟨c¦chronic left cerebellar infarct is unchanged⟩ "
     "⟦(2-4)¦2:4¦compact¦c⟧."),
    ("i_us15", "US",
     "CT CHEST LOW DOSE LUNG SCREENING. CTDIvol ⟪1.4 mGy¦dose⟫.\n"
     "Prior study ⟪11/15/2025¦date⟫ reviewed. ⟨a¦The dominant right upper lobe part-solid nodule now has a ⟪6 "
     "mm¦size⟫ solid component⟩ "
     "⟦(Series 2, Images 66 to 70)¦2:66-70¦range¦a⟧, ⟨b¦prior solid component ⟪3 mm¦size⟫⟩ "
     "⟦(prior Series 2, Images 63 to 67)¦p2:63-67¦prior¦b⟧.\n"
     "IMPRESSION: ⟪Lung-RADS 4B¦birads⟫. Recommend PET/CT or tissue sampling."),
    ("i_us16", "US",
     "MRI LEFT SHOULDER.\n"
     "Rotator cuff: ⟨a¦Full-thickness tear of the supraspinatus tendon with ⟪1.5 cm¦size⟫ retraction⟩ "
     "⟦(cor T2 FS, se 4 im 13)¦4:13¦plane¦a⟧.\n"
     "Labrum: ⟨b¦Posterosuperior labral tear⟩ ⟦(ax PD FS, se 6 im 9)¦6:9¦plane¦b⟧.\n"
     "Bones: ⟨c¦Hill-Sachs impaction⟩ ⟦(se 6 im 5)¦6:5¦abbrev_en¦c⟧, ⟨c¦unchanged from prior MRI⟩ "
     "⟦(se 6 im 6 prior)¦p6:6¦prior¦c⟧."),
    ("i_us17", "US",
     "TUMOR BOARD NOTE ⟪12/01/2026¦date⟫ - radiology review\n"
     "- ⟨a¦Primary: ⟪4.6 cm¦size⟫ mass of the sigmoid colon⟩ (Carestream Vue, ⟦Sr 3 Im 187¦3:187¦abbrev_en¦a⟧)\n"
     "- ⟨b¦Nodes: two pericolic nodes ⟪9 mm¦size⟫ and ⟪11 mm¦size⟫⟩ (⟦Sr 3 Im 180, 183¦3:180,3:183¦list¦b⟧)\n"
     "- ⟨c¦Liver: ⟪1 of 2¦counter⟫ lesions new since baseline⟩ (⟦Sr 3 Im 62¦3:62¦abbrev_en¦c⟧; "
     "⟨d¦baseline lesion⟩ ⟦Sr 3 Im 58 on the baseline CT¦p3:58¦prior¦d⟧)\n"
     "Stage: ⟪cT3 N1 M1a¦staging⟫."),
    ("i_us18", "US",
     "CT ANGIOGRAPHY RUNOFF.\n"
     "⟨a¦Occlusion of the right popliteal artery⟩ ⟦(series 4, image 812)¦4:812¦full_en¦a⟧ ⟨a¦with "
     "reconstitution of the "
     "tibioperoneal trunk⟩ ⟦(image 851)¦4:851¦image_only¦a⟧. ⟨b¦Moderate ⟪50-69%¦ratio⟫ stenosis of the left SFA⟩ "
     "⟦(series 4, image 640)¦4:640¦full_en¦b⟧.\n"
     "Compared to prior CTA ⟪04/17/2026¦date⟫, ⟨c¦the popliteal artery was patent⟩ ⟦(prior series 4, image "
     "806)¦p4:806¦prior¦c⟧."),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(*r) for r in _RAW)
