"""Held-out refs H: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs page or any earlier corpus's texts. Do not tune
the miner on these texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus
tests.heldout_refs_h.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section (a heading names
it for its section), else series is None; a plane word changes nothing; a citation into a prior, comparison,
baseline, nadir or outside study is gold with prior_study true. Set H spreads over PACS display habits
(Sectra, Agfa, GE, Philips, syngo, Visage, Synapse, Carestream): word, abbreviated, colon, slash, hash and
glued forms, reversed image-before-series order, number words and speech-recognition slips, and prior-study
citations of many kinds next to current-study citations in sentences that mention the prior exam.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- DE
    ("h_de01", "DE",
     "CT Thorax mit KM vom ⟪14.10.2026¦date⟫. Vergleich: VU vom ⟪02.05.2026¦date⟫.\n"
     "Befund: ⟨a¦Solider Rundherd im rechten Oberlappen, ⟪11 x 9 mm¦size⟫⟩ (⟦Se 4, Bi 87¦4:87¦abbrev_de¦a⟧), "
     "in der VU ⟪7 mm¦size⟫ (⟦VU Se 3, Bi 80¦p3:80¦prior¦a⟧). ⟨b¦Neuer Milchglasherd im Unterlappen links⟩ "
     "(⟦Se 4, Bi 190¦4:190¦abbrev_de¦b⟧)."),
    ("h_de02", "DE",
     "MRT Leber mit Primovist. ⟨a¦Hypervaskularisierte Läsion in ⟪Segment VIII¦segment⟫, ⟪18 mm¦size⟫⟩ "
     "(⟦Serie: 7 Bild: 23¦7:23¦full_de¦a⟧); ⟨b¦in der hepatobiliären Phase hypointens⟩ "
     "(⟦Serie: 12 Bild: 25¦12:25¦full_de¦b⟧)."),
    ("h_de03", "DE",
     "RECIST 1.1 – Zielläsionen\n"
     "TL1 ⟨a¦Lebermetastase ⟪Segment 6¦segment⟫⟩: Baseline ⟪34 mm¦size⟫ (⟦Se 3/Bi 112¦p3:112¦prior¦a⟧), "
     "aktuell ⟪22 mm¦size⟫ (⟦Se 3/Bi 108¦3:108¦abbrev_de¦a⟧)\n"
     "TL2 ⟨b¦LK paraaortal links⟩: Baseline ⟪19 mm¦size⟫ (⟦Se 3/Bi 160¦p3:160¦prior¦b⟧), "
     "aktuell ⟪12 mm¦size⟫ (⟦Se 3/Bi 157¦3:157¦abbrev_de¦b⟧)\n"
     "Summe: ⟪53 mm¦size⟫ -> ⟪34 mm¦size⟫ (⟪-36 %¦ratio⟫), partielles Ansprechen."),
    ("h_de04", "DE",
     "CT Abdomen: ⟨a¦Hypodense Läsion der linken Niere, ⟪Bosniak IIF¦birads⟫⟩ (s. ⟦Bild 7/203¦7:203¦slash¦a⟧). "
     "⟨b¦Mehrere kleine Konkremente im Nierenbecken rechts⟩ (⟦Bild 7/188 u. 7/191¦7:188,7:191¦list¦b⟧). "
     "⟨c¦Sigmadivertikel ohne Entzündungszeichen⟩ (vgl. ⟦Bilder 4/61 bis 4/66¦4:61-66¦range¦c⟧)."),
    ("h_de05", "DE",
     "Diktat, nicht korrigiert: ⟨a¦im Bereich des linken Unterlappens eine ⟪2,3 cm¦size⟫ große Konsolidierung⟩ "
     "⟦Serie drei Bild 54¦3:54¦full_de¦a⟧ Punkt ⟨b¦begleitender Pleuraerguss links⟩ "
     "⟦Serie 3 Komma Bild 98¦3:98¦full_de¦b⟧ Punkt im Vergleich zur Voraufnahme vom ⟪3.9.¦date⟫ neu Punkt"),
    ("h_de06", "DE",
     "CT-Angiographie Pulmonalarterien. ⟨a¦Subsegmentaler Füllungsdefekt im Unterlappen rechts⟩ "
     "(⟦Se5Bi77¦5:77¦glued¦a⟧) sowie ⟨b¦ein weiterer in der Lingula⟩ (⟦Se5Bi81¦5:81¦glued¦b⟧). "
     "⟨c¦RV/LV-Quotient ⟪0,9¦ratio⟫⟩ (⟦S2B40¦2:40¦glued¦c⟧)."),
    ("h_de07", "DE",
     "Zum Vergleich liegt eine auswärtige MRT vom ⟪11.02.2026¦date⟫ vor. ⟨a¦Die Raumforderung im Pankreaskopf⟩ "
     "misst aktuell ⟪28 x 24 mm¦size⟫ (⟦Serie 801, Bild 31¦801:31¦full_de¦a⟧), auswärts ⟪21 x 19 mm¦size⟫ "
     "(⟦Fremd-MRT Serie 6, Bild 14¦p6:14¦prior¦a⟧). ⟨b¦Kontakt zur Vena mesenterica superior über ca. 120°⟩ "
     "(⟦Serie 801, Bilder 33–36¦801:33-36¦range¦b⟧)."),
    ("h_de08", "DE",
     "Koronare Rekonstruktionen (Serie 6):\n"
     "- ⟨a¦Höhenminderung ⟪LWK 1¦level⟫ um ca. ⟪30 %¦ratio⟫⟩, ⟦Bild 44¦6:44¦image_only¦a⟧\n"
     "- ⟨b¦Spondylophyten ⟪L3/4¦level⟫⟩, ⟦Bild 51¦6:51¦image_only¦b⟧\n"
     "Sagittal (Serie 7):\n"
     "- ⟨c¦Spinalkanal auf Höhe ⟪L4/5¦level⟫ auf ⟪9 mm¦size⟫ eingeengt⟩, ⟦Bild 29¦7:29¦image_only¦c⟧"),
    ("h_de09", "DE",
     "Tumorboard ⟪12.11.2026¦date⟫, Rückfragen Tel. ⟪0761 270-38420¦phone⟫. Rektumkarzinom "
     "⟪cT3c cN1 M0¦staging⟫. ⟨a¦MRF-Abstand ⟪1 mm¦size⟫ bei ⟪7 Uhr¦time⟫⟩ (⟦T2 tra Se 5 Bi 18¦5:18¦plane¦a⟧). "
     "⟨b¦Mesorektaler LK ⟪6 mm¦size⟫ mit irregulärer Kontur⟩ (⟦Se 5 Bi 22¦5:22¦abbrev_de¦b⟧), in der "
     "Staging-MRT vom Juli ⟪4 mm¦size⟫ (⟦dort Se 4 Bi 20¦p4:20¦prior¦b⟧)."),
    ("h_de10", "DE",
     "Nachtrag vom ⟪15.10.2026¦date⟫, ⟪16:40¦time⟫ Uhr: ⟨a¦Nach Rücksprache nachträglich abgegrenzte "
     "Rippenfraktur ⟪Costa 7¦level⟫ rechts dorsal⟩ (⟦Serie 2, Schicht 145¦2:145¦slice_word¦a⟧). ⟨b¦Diese ist in "
     "der Voruntersuchung bereits als Fissur erkennbar⟩ (⟦VU Serie 2, Schicht 139¦p2:139¦prior¦b⟧)."),
    ("h_de11", "DE",
     "Beurteilung:\n"
     "1. ⟨a¦Progrediente pulmonale Metastasierung⟩, größte Läsion ⟪15 mm¦size⟫ (⟦Se 4 Bi 62¦4:62¦impression¦a⟧).\n"
     "2. ⟨b¦Neu aufgetretene Lebermetastase⟩ (⟦Se 3 Bi 71¦3:71¦impression¦b⟧), in der VU nicht abgrenzbar.\n"
     "3. Im Übrigen stationärer Befund."),
    ("h_de12", "DE",
     "MRT Schädel (Stroke-Protokoll). ⟨a¦Akute Ischämie im Mediastromgebiet links⟩ in der DWI "
     "(⟦IMA 14¦-:14¦abbrev_de¦a⟧), ⟪ASPECTS 7¦birads⟫. ⟨b¦Kein Hinweis auf Blutung⟩ in der SWI "
     "(⟦Ser. 9 IMA 22¦9:22¦abbrev_de¦b⟧). ⟪NIHSS 12¦lab⟫ laut Anforderung."),
    ("h_de13", "DE",
     "⟨a¦Multiple Leberzysten⟩, exemplarisch ⟦Bilder 22, 31 und 40 der Serie 3¦3:22,3:31,3:40¦list¦a⟧. "
     "⟨b¦Milz vergrößert, ⟪14 cm¦size⟫ kraniokaudal⟩ (⟦Serie 5, Bild 60–72¦5:60-72¦range¦b⟧)."),
    ("h_de14", "DE",
     "MR Mamma: ⟨a¦Irregulär begrenzte Anreicherung rechts bei ⟪10 Uhr¦time⟫, ⟪12 mm¦size⟫⟩ "
     "(⟦Serie 1104 / Bild 88¦1104:88¦full_de¦a⟧), Kinetik Typ III. ⟪BI-RADS 5¦birads⟫. Links "
     "⟨c¦Zyste ⟪5 mm¦size⟫ bei ⟪2 Uhr¦time⟫⟩ (⟦Serie 1104 / Bild 61¦1104:61¦full_de¦c⟧)."),
    ("h_de15", "DE",
     "CT Schädel nativ. ⟨a¦Chronisches Subduralhämatom rechts frontoparietal, max. ⟪11 mm¦size⟫⟩ "
     "(⟦Bild Nr. 23 Serie 2¦2:23¦full_de¦a⟧), ⟨b¦Mittellinienverlagerung ⟪4 mm¦size⟫⟩ "
     "(⟦Bild Nr. 19¦2:19¦image_only¦b⟧). ⟪CTDIvol 52 mGy¦dose⟫."),
    ("h_de16", "DE",
     "Im Vergleich zur Voraufnahme vom ⟪01.08.2026¦date⟫ ⟨a¦größenprogredienter Pleuraerguss rechts, jetzt "
     "⟪4 cm¦size⟫ Saumbreite⟩ (⟦S. 3, B. 130¦3:130¦abbrev_de¦a⟧). ⟨b¦Die in der Voraufnahme beschriebene "
     "Milchglasverdichtung im Mittellappen⟩ ist nicht mehr abgrenzbar "
     "(⟦Voraufnahme S. 3, B. 98¦p3:98¦prior¦b⟧)."),
    ("h_de17", "DE",
     "⟪Seite 2/2¦counter⟫\n⟨a¦Appendix verdickt, ⟪11 mm¦size⟫⟩ (⟦koronar Serie 602, Bild 47¦602:47¦plane¦a⟧), "
     "⟨b¦periappendizitische Flüssigkeit⟩ (⟦Serie 3, Bild 140¦3:140¦full_de¦b⟧). Labor: ⟪CRP 87 mg/l¦lab⟫."),
    # ---------------------------------------------------------------- AT
    ("h_at01", "AT",
     "CT Thorax-Abdomen vom ⟪15. Jänner 2026¦date⟫, Vergleich zum Vorbefund vom ⟪3. Oktober 2025¦date⟫.\n"
     "⟨a¦Mediastinaler Lymphknoten Station ⟪4R¦level⟫, Kurzachse ⟪14 mm¦size⟫⟩ (⟦S3/B41¦3:41¦compact¦a⟧), "
     "vormals ⟪9 mm¦size⟫ (⟦VU S3/B44¦p3:44¦prior¦a⟧)."),
    ("h_at02", "AT",
     "MRT Knie rechts. ⟨a¦Horizontalriss im Hinterhorn des Innenmeniskus⟩ (⟦Sequenz 4, Bild 15¦4:15¦full_de¦a⟧), "
     "⟨b¦Knochenmarködem medialer Femurkondylus⟩ (⟦Seq. 6 Bild 11¦6:11¦abbrev_de¦b⟧). Gelenkserguss "
     "⟪Grad 2¦birads⟫."),
    ("h_at03", "AT",
     "⟨a¦Nebennierenadenom links, ⟪22 mm¦size⟫, ⟪-8 HU¦lab⟫⟩ (⟦Serie 4 Bildnummer 96¦4:96¦full_de¦a⟧). "
     "Vgl. externer Vorbefund (⟦Fremdaufnahme Serie 2 Bildnummer 51¦p2:51¦prior¦a⟧): damals ⟪19 mm¦size⟫."),
    ("h_at04", "AT",
     "⟨a¦Lungenembolie in den Segmentarterien des rechten Unterlappens⟩ "
     "(⟦Serie 5, Bilder 120-128¦5:120-128¦range¦a⟧). ⟨b¦Rechtsherzbelastung mit RV/LV ⟪1,3¦ratio⟫⟩ "
     "(⟦Serie 5, Bild 88¦5:88¦full_de¦b⟧)."),
    ("h_at05", "AT",
     "Diktiert mit Spracherkennung. ⟨a¦Freie Flüssigkeit perihepatisch⟩ ⟦Bild 112 in Serie 4¦4:112¦full_de¦a⟧. "
     "⟨b¦Milzlazeration ⟪Grad III¦birads⟫⟩ ⟦Serie vier, Bild 56¦4:56¦full_de¦b⟧. Kontrolle in "
     "⟪24 Stunden¦followup⟫ empfohlen."),
    ("h_at06", "AT",
     "Tumorboard-Vorstellung ⟪KW 46¦date⟫. RECIST-Verlauf:\n"
     "ZL1 ⟨a¦Lungenrundherd li. UL⟩: Nadir ⟪8 mm¦size⟫ (⟦CT 06/2026, Se 4 Bi 201¦p4:201¦prior¦a⟧) -> jetzt "
     "⟪13 mm¦size⟫ (⟦Se 4 Bi 198¦4:198¦abbrev_de¦a⟧).\n"
     "ZL2 ⟨b¦Nebenniere re.⟩: Nadir ⟪15 mm¦size⟫ (⟦CT 06/2026, Se 3 Bi 90¦p3:90¦prior¦b⟧) -> jetzt "
     "⟪16 mm¦size⟫ (⟦Se 3 Bi 92¦3:92¦abbrev_de¦b⟧).\n"
     "Zunahme der Summe um ⟪26 %¦ratio⟫ gegenüber Nadir: PD."),
    ("h_at07", "AT",
     "CT NNH: ⟨a¦Polypöse Schleimhautschwellung Kieferhöhle links⟩ (⟦Schicht 34 von 120¦-:34¦slice_word¦a⟧), "
     "⟨b¦Septumdeviation nach rechts⟩ (⟦Schicht 41¦-:41¦slice_word¦b⟧)."),
    ("h_at08", "AT",
     "⟨a¦Aortenaneurysma infrarenal, ⟪52 mm¦size⟫⟩ (⟦Serie 2 Bild 140¦2:140¦full_de¦a⟧), im Vor-CT vom "
     "⟪Mai 2026¦date⟫ ⟪47 mm¦size⟫ (⟦Vor-CT Serie 2 Bild 151¦p2:151¦prior¦a⟧). Zuwachs ⟪5 mm¦size⟫ in "
     "⟪6 Monaten¦followup⟫."),
    ("h_at09", "AT",
     "Oberbauch-CT. ⟨a¦Kleine Hiatushernie⟩ (⟦Se.3Bi.45¦3:45¦glued¦a⟧). ⟨b¦Gallenblasenkonkrement "
     "⟪14 mm¦size⟫⟩ (⟦S.4/B.22¦4:22¦compact¦b⟧)."),
    ("h_at10", "AT",
     "Beurteilung:\n"
     "- ⟨a¦Hochgradiger Verdacht auf Bronchialkarzinom im rechten Oberlappen⟩ (⟦S 4 / B 77¦4:77¦impression¦a⟧), "
     "⟪cT2b cN2¦staging⟫.\n"
     "- ⟨b¦Vergrößerungstendenz gegenüber der VU⟩ (dort ⟦S 4 / B 80¦p4:80¦prior¦b⟧).\n"
     "- Histologische Sicherung empfohlen."),
    ("h_at11", "AT",
     "⟪Seite 1 von 2¦counter⟫ – Befund an Zuweiser, Tel. ⟪01/40400-4711¦phone⟫.\n"
     "Das ⟪klinische Bild¦bild_word⟫ einer Pneumonie ist radiologisch nicht bestätigt. ⟨a¦Geringe Dystelektase "
     "basal links⟩ (⟦Serie 3, Bild 205¦3:205¦full_de¦a⟧). ⟨b¦Verkalkter Granulomknoten⟩ "
     "(⟦Serie 3, Bild 66¦3:66¦full_de¦b⟧), unverändert zur VU."),
    ("h_at12", "AT",
     "MRT HWS: ⟨a¦Bandscheibenprotrusion ⟪HWK 5/6¦level⟫ mit Kontakt zum Myelon⟩ "
     "(⟦sag. T2 Serie 8, Bild 12¦8:12¦plane¦a⟧ und ⟦ax. Serie 11, Bild 19¦11:19¦plane¦a⟧). "
     "⟨b¦Foraminale Enge ⟪C6/7¦level⟫ links⟩ (⟦ax. Serie 11, Bild 26¦11:26¦plane¦b⟧)."),
    ("h_at13", "AT",
     "Verglichen mit der Voruntersuchung vom ⟪28.07.2026¦date⟫ ist ⟨a¦die Metastase im ⟪Segment 4a¦segment⟫⟩ "
     "kleiner, ⟪17 mm¦size⟫ (⟦Serie 5, Bild 33¦5:33¦full_de¦a⟧) vs. ⟪25 mm¦size⟫ "
     "(⟦VU Serie 5, Bild 31¦p5:31¦prior¦a⟧)."),
    ("h_at14", "AT",
     "Polytrauma-CT. ⟨a¦Mehrere Rippenfrakturen rechts⟩ (⟦Serie 6: Bild 33, 37, 41¦6:33,6:37,6:41¦list¦a⟧); "
     "⟨b¦Pneumothorax apikal ⟪8 mm¦size⟫⟩ (⟦Serie 6: Bild 12¦6:12¦full_de¦b⟧)."),
    ("h_at15", "AT",
     "Ergänzung: ⟨a¦Die Knochenläsion im ⟪BWK 9¦level⟫⟩ war bereits in der Untersuchung vom "
     "⟪20. Jänner 2026¦date⟫ sichtbar (⟦dort Serie 3, Bild 177¦p3:177¦prior¦a⟧); aktuell ⟨b¦sklerotischer "
     "Umbau⟩ (⟦Serie 3, Bild 171¦3:171¦full_de¦b⟧)."),
    ("h_at16", "AT",
     "⟨a¦Hippocampussklerose links⟩ (⟦SE 501 IM 33¦501:33¦abbrev_en¦a⟧, "
     "⟦koronar FLAIR SE 601 IM 35¦601:35¦plane¦a⟧). ⟨b¦Unspezifische Marklagerläsionen, "
     "⟪Fazekas 1¦birads⟫⟩ (⟦SE 401 IM 20¦401:20¦abbrev_en¦b⟧)."),
    ("h_at17", "AT",
     "⟪72-jährige¦age⟫ Patientin, RR ⟪165/95¦blood_pressure⟫. ⟪DLP 812 mGy·cm¦dose⟫. ⟨a¦Hyperdense Arteria "
     "cerebri media links⟩ (⟦Bild 18¦-:18¦image_only¦a⟧). ⟨b¦Beginnende Demarkierung insulär links⟩ "
     "(⟦Bild 20-22¦-:20-22¦range¦b⟧)."),
    # ---------------------------------------------------------------- CH
    ("h_ch01", "CH",
     "Vergleich: CT vom ⟪4.5.2026¦date⟫. ⟨a¦Lungenrundherd im Mittellappen neu, ⟪6 mm¦size⟫⟩ "
     "(⟦Serie 3 / Image 142¦3:142¦full_en¦a⟧). ⟨b¦Vorbestehender Rundherd im linken Unterlappen⟩ unverändert "
     "⟪5 mm¦size⟫ (aktuell ⟦Serie 3 / Image 201¦3:201¦full_en¦b⟧, ⟦VU Serie 3 / Image 196¦p3:196¦prior¦b⟧)."),
    ("h_ch02", "CH",
     "⟨a¦Divertikulitis des Colon sigmoideum mit gedeckter Perforation⟩ (⟦Ser. 4, Img. 77¦4:77¦abbrev_en¦a⟧), "
     "⟨b¦Abszess ⟪32 x 25 mm¦size⟫⟩ (⟦Ser. 4, Img. 81–85¦4:81-85¦range¦b⟧). ⟪Hinchey Ib¦staging⟫."),
    ("h_ch03", "CH",
     "⟨a¦Das Lymphom im vorderen Mediastinum⟩ hat an Grösse abgenommen, aktuell ⟪41 x 30 mm¦size⟫ "
     "(⟦Serie 201 Bild 55¦201:55¦full_de¦a⟧), in der Vergleichsuntersuchung vom ⟪04.08.26¦date⟫ "
     "⟪62 x 45 mm¦size⟫ (⟦Serie 201 Bild 57¦p201:57¦prior¦a⟧). ⟪Deauville 3¦birads⟫."),
    ("h_ch04", "CH",
     "PET-CT: ⟨a¦FDG-avider Lymphknoten iliakal extern rechts, ⟪SUVmax 8,4¦lab⟫⟩ "
     "(⟦Serie 4, Bild 312¦4:312¦full_de¦a⟧; Fusion ⟦Serie 7, Bild 312¦7:312¦full_de¦a⟧). Physiologische "
     "Aufnahme in der Harnblase."),
    ("h_ch05", "CH",
     "⟨a¦Kleines Meningeom parafalxin rechts, ⟪9 mm¦size⟫⟩ (⟦T1 KM, Schnitt 88¦-:88¦slice_word¦a⟧), unverändert. "
     "⟨b¦Keine Diffusionsrestriktion⟩ (⟦DWI Schnitt 21¦-:21¦slice_word¦b⟧)."),
    ("h_ch06", "CH",
     "Spracherkennung: ⟨a¦Ileus mit Kalibersprung im rechten Unterbauch⟩ ⟦Serie4Bild118¦4:118¦glued¦a⟧, "
     "⟨b¦Wandverdickung des terminalen Ileums⟩ ⟦Serie4 Bild 123¦4:123¦glued¦b⟧. ⟨c¦Freie Flüssigkeit im "
     "Douglas⟩ ⟦Ser4Img140¦4:140¦glued¦c⟧."),
    ("h_ch07", "CH",
     "⟪Seite 1/2¦counter⟫\nNachtrag nach Besprechung am Rapport (⟪08:15¦time⟫): ⟨a¦Die Nebennierenverdickung "
     "links⟩ ist im Vergleich mit dem auswärtigen CT vom ⟪12.3.2025¦date⟫ "
     "(⟦ausw. CT Serie 2, Bild 60¦p2:60¦prior¦a⟧) stationär und daher am ehesten ein Adenom "
     "(aktuell ⟦Serie 3, Bild 64¦3:64¦full_de¦a⟧)."),
    ("h_ch08", "CH",
     "MRT Schulter links. ⟨a¦Transmurale Ruptur der Supraspinatussehne, Retraktion ⟪18 mm¦size⟫⟩ "
     "(⟦cor PD fs 5/14¦5:14¦plane¦a⟧). ⟨b¦Fettige Degeneration ⟪Goutallier 2¦birads⟫⟩ "
     "(⟦sag T1 3/9¦3:9¦plane¦b⟧). ⟨c¦ACG-Arthrose⟩ (⟦cor 5/11¦5:11¦plane¦c⟧)."),
    ("h_ch09", "CH",
     "Tumorboard Viszeralchirurgie ⟪17.11.¦date⟫: ⟨a¦Peritonealkarzinose mit Omental Cake⟩ "
     "(⟦Serie 3, Bild 40 und Serie 6, Bild 22¦3:40,6:22¦list¦a⟧). Aszites mässig. ⟪PCI 14¦lab⟫."),
    ("h_ch10", "CH",
     "⟨a¦Frische Deckplattenimpressionsfraktur ⟪LWK 2¦level⟫⟩ (⟦sagittal Serie 5, Bild 9¦5:9¦plane¦a⟧), "
     "⟪Genant 1¦birads⟫. ⟨b¦Ältere Fraktur ⟪BWK 12¦level⟫⟩, bereits auf der VU vom ⟪2024¦date⟫ "
     "(⟦VU sag. Serie 4, Bild 10¦p4:10¦prior¦b⟧)."),
    ("h_ch11", "CH",
     "Echokardiographisch E/A ⟪0,8¦ratio⟫. ⟨a¦Perikarderguss zirkulär ⟪7 mm¦size⟫⟩ (⟦3:88¦3:88¦compact¦a⟧). "
     "⟨b¦Pleuraerguss beidseits, rechts mehr als links⟩ (⟦3:140¦3:140¦compact¦b⟧). Kontrastmittel oral "
     "⟪1:10¦ratio⟫ verdünnt."),
    ("h_ch12", "CH",
     "Beurteilung\n⟨a¦Akute Appendizitis ohne Perforation⟩ (⟦Serie 4, Bild 97¦4:97¦impression¦a⟧, "
     "⟦Bild 101¦4:101¦impression¦a⟧). ⟨b¦Zufallsbefund: Nierenzyste links ⟪Bosniak I¦birads⟫⟩ "
     "(⟦Serie 4, Bild 66¦4:66¦impression¦b⟧)."),
    ("h_ch13", "CH",
     "⟨a¦Thrombus in der Vena portae⟩ erstreckt sich über ⟦Schichten 44 bis 58 (Serie 5)¦5:44-58¦range¦a⟧. "
     "Splenomegalie ⟪15 cm¦size⟫. ⟨b¦Kollateralen am Magenfundus⟩ (⟦Serie 5, Schicht 30¦5:30¦slice_word¦b⟧)."),
    ("h_ch14", "CH",
     "Verlauf gemäss RECIST 1.1 im Vergleich zur Baseline vom ⟪15.06.2026¦date⟫:\n"
     "- ⟨a¦Lebermetastase ⟪Segment 2¦segment⟫⟩: ⟪28 mm¦size⟫ (⟦Baseline Serie 4, Bild 51¦p4:51¦prior¦a⟧) -> "
     "⟪19 mm¦size⟫ (⟦Serie 4, Bild 49¦4:49¦full_de¦a⟧)\n"
     "- ⟨b¦Lungenmetastase re. OL⟩: ⟪12 mm¦size⟫ (⟦Baseline Serie 3, Bild 77¦p3:77¦prior¦b⟧) -> nicht mehr "
     "messbar (⟦Serie 3, Bild 75¦3:75¦full_de¦b⟧)"),
    ("h_ch15", "CH",
     "Befund telefonisch an den Zuweiser (⟪044 255 31 62¦phone⟫) um ⟪14:52¦time⟫ übermittelt. ⟨a¦Freie Luft "
     "subphrenisch rechts⟩ (⟦Ser 2 Bi 33¦2:33¦abbrev_de¦a⟧). ⟨b¦Extraluminale Luftbläschen am Bulbus duodeni⟩ "
     "(⟦Ser 2 Bi 41¦2:41¦abbrev_de¦b⟧). ⟪CTDIvol 9,1 mGy¦dose⟫."),
    ("h_ch16", "CH",
     "⟨a¦Die Osteolyse im Os ilium links⟩ ist gegenüber der Voraufnahme grösser (aktuell "
     "⟦Serie 6 Bild 71¦6:71¦full_de¦a⟧, vormals ⟦Serie 6 Bild 70 vom 01.02.2026¦p6:70¦prior¦a⟧)."),
    ("h_ch17", "CH",
     "Serie 9 (koronar):\n⟨a¦Wandverdickung des Colon ascendens⟩ ⟦Bild 30 u. 34¦9:30,9:34¦list¦a⟧; "
     "⟨b¦Lymphknoten mesenterial bis ⟪9 mm¦size⟫⟩ ⟦Bild 41¦9:41¦image_only¦b⟧."),
    # ---------------------------------------------------------------- UK
    ("h_uk01", "UK",
     "Comparison: CT ⟪14/05/2026¦date⟫.\n⟨a¦There is a ⟪14 mm¦size⟫ nodule in the right lower lobe⟩ "
     "(⟦series 4 image 203¦4:203¦full_en¦a⟧), previously ⟪9 mm¦size⟫ "
     "(⟦series 4 image 198 on the prior¦p4:198¦prior¦a⟧)."),
    ("h_uk02", "UK",
     "⟨a¦Ill-defined hypoattenuating lesion in the pancreatic tail, ⟪22 mm¦size⟫⟩ (⟦S3 I88¦3:88¦compact¦a⟧), "
     "⟨b¦abutting the splenic vein⟩ (⟦S3 I90¦3:90¦compact¦b⟧). No liver metastases."),
    ("h_uk03", "UK",
     "Upper GI MDT ⟪18/11/2026¦date⟫. Oesophageal adenocarcinoma ⟪cT3 N1 M0¦staging⟫. ⟨a¦Circumferential wall "
     "thickening of the distal oesophagus, ⟪6 cm¦size⟫ craniocaudal⟩ (⟦ser 2 im 110-126¦2:110-126¦range¦a⟧). "
     "⟨b¦Left gastric node ⟪11 mm¦size⟫ short axis⟩ (⟦ser 2 im 140¦2:140¦abbrev_en¦b⟧), not seen on the staging "
     "PET of October."),
    ("h_uk04", "UK",
     "On the coronal reformats (series 5) ⟨a¦there is a stone at the left PUJ measuring ⟪7 mm¦size⟫⟩ "
     "(⟦image 45¦5:45¦image_only¦a⟧) ⟨b¦with moderate hydronephrosis⟩ (⟦image 52¦5:52¦image_only¦b⟧)."),
    ("h_uk05", "UK",
     "Dictated, not checked. ⟨a¦Small left pleural effusion⟩ ⟦series three image 62¦3:62¦full_en¦a⟧ full stop "
     "⟨b¦consolidation in the left lower lobe⟩ ⟦serious 3 image 70¦3:70¦full_en¦b⟧ full stop"),
    ("h_uk06", "UK",
     "Compared with the previous study of ⟪2nd March 2026¦date⟫. ⟨a¦The left adrenal nodule⟩ now measures "
     "⟪31 mm¦size⟫ (⟦Se 3 Im 77¦3:77¦abbrev_en¦a⟧) from ⟪24 mm¦size⟫ (⟦previous Se 3 Im 80¦p3:80¦prior¦a⟧). "
     "⟨b¦New right adrenal nodule⟩ (⟦Se 3 Im 74¦3:74¦abbrev_en¦b⟧)."),
    ("h_uk07", "UK",
     "CT head: ⟨a¦Acute subdural haematoma over the right convexity, maximum depth ⟪9 mm¦size⟫⟩ "
     "(⟦slice 24¦-:24¦slice_word¦a⟧) ⟨b¦with ⟪3 mm¦size⟫ of midline shift⟩ (⟦section 19¦-:19¦slice_word¦b⟧). "
     "⟪GCS 13¦lab⟫."),
    ("h_uk08", "UK",
     "⟨a¦Liver lesion in ⟪segment 5¦segment⟫⟩ is new (⟦series 601, image 37¦601:37¦full_en¦a⟧) and was not "
     "present on the outside MRI from the referring hospital (⟦outside series 8, image 22¦p8:22¦prior¦a⟧ at "
     "the same level)."),
    ("h_uk09", "UK",
     "⟨a¦Multiple bilateral pulmonary nodules, largest ⟪6 mm¦size⟫⟩ "
     "(⟦series 4, images 34, 38 and 41¦4:34,4:38,4:41¦list¦a⟧). Follow-up CT in ⟪3 months¦followup⟫ per "
     "Fleischner."),
    ("h_uk10", "UK",
     "ADDENDUM ⟪16:20¦time⟫: ⟨a¦The sclerotic focus in ⟪L3¦level⟫⟩ is unchanged on the comparison study "
     "(⟦comparison se 6 im 41¦p6:41¦prior¦a⟧ vs ⟦current se 6 im 40¦6:40¦abbrev_en¦a⟧) and is likely a bone "
     "island."),
    ("h_uk11", "UK",
     "IMPRESSION:\n1. ⟨a¦Right lower lobe pulmonary embolus⟩ (⟦S5 I144¦5:144¦impression¦a⟧).\n"
     "2. ⟨b¦Incidental ⟪2 cm¦size⟫ thyroid nodule⟩ (⟦S5 I12¦5:12¦impression¦b⟧); ⟪U3¦birads⟫ features, "
     "ultrasound suggested.\n3. No right heart strain; RV:LV ⟪0.8¦ratio⟫."),
    ("h_uk12", "UK",
     "⟨a¦Hypoenhancing area in the interpolar right kidney⟩ (⟦Se:4 Im:50¦4:50¦abbrev_en¦a⟧) in keeping with "
     "pyelonephritis. ⟨b¦Perinephric stranding⟩ (⟦Se:4 Im:53¦4:53¦abbrev_en¦b⟧). ⟪CRP 210¦lab⟫."),
    ("h_uk13", "UK",
     "Discussed with the on-call registrar (bleep ⟪4417¦phone⟫) at ⟪02:35¦time⟫. ⟨a¦Active extravasation from a "
     "jejunal branch⟩ in the arterial phase (⟦series 3, image 102¦3:102¦full_en¦a⟧), ⟨b¦pooling on the portal "
     "venous phase⟩ (⟦series 4, image 104¦4:104¦full_en¦b⟧)."),
    ("h_uk14", "UK",
     "RECIST target lesions (baseline ⟪01/04/2026¦date⟫):\n"
     "T1 ⟨a¦right hilar node⟩ - baseline ⟪18 mm¦size⟫ [⟦BL 4/77¦p4:77¦prior¦a⟧], now ⟪11 mm¦size⟫ "
     "[⟦4/75¦4:75¦slash¦a⟧]\n"
     "T2 ⟨b¦left lung mass⟩ - baseline ⟪42 mm¦size⟫ [⟦BL 4/130¦p4:130¦prior¦b⟧], now ⟪30 mm¦size⟫ "
     "[⟦4/128¦4:128¦slash¦b⟧]\n"
     "Sum ⟪60 mm¦size⟫ -> ⟪41 mm¦size⟫: partial response."),
    ("h_uk15", "UK",
     "⟨a¦Undisplaced fracture of the right superior pubic ramus⟩ (⟦image 56 of series 2¦2:56¦full_en¦a⟧) "
     "⟨b¦and of the ipsilateral sacral ala⟩ (⟦image no. 31¦2:31¦image_only¦b⟧)."),
    ("h_uk16", "UK",
     "⟨a¦The ⟪2.1 cm¦size⟫ right ovarian cyst⟩ (⟦sagittal image 18, series 7¦7:18¦plane¦a⟧) has enlarged; it "
     "measured ⟪1.4 cm¦size⟫ on the study of ⟪12/06/2025¦date⟫ "
     "(⟦image 22, series 6 of that study¦p6:22¦prior¦a⟧)."),
    ("h_uk17", "UK",
     "⟨a¦Small volume ascites⟩ (⟦Se 2 #88¦2:88¦abbrev_en¦a⟧). ⟨b¦Omental nodularity in the left upper "
     "quadrant⟩ (⟦Se 2 #61, #64¦2:61,2:64¦list¦b⟧). ⟪CA-125 640¦lab⟫."),
    # ---------------------------------------------------------------- US
    ("h_us01", "US",
     "COMPARISON: CT chest ⟪5/3/2026¦date⟫.\nFINDINGS: ⟨a¦Spiculated ⟪1.8 x 1.5 cm¦size⟫ nodule in the left "
     "upper lobe⟩ (⟦series 3, image 54¦3:54¦full_en¦a⟧), previously ⟪1.2 x 1.0 cm¦size⟫ "
     "(⟦series 3, image 57 on prior¦p3:57¦prior¦a⟧). ⟪Lung-RADS 4B¦birads⟫."),
    ("h_us02", "US",
     "Study started at ⟪13:05¦time⟫. ⟨a¦Hepatic steatosis with focal fatty sparing adjacent to the gallbladder "
     "fossa⟩ (⟦5:61¦5:61¦compact¦a⟧). ⟨b¦⟪2.4 cm¦size⟫ arterially enhancing observation in ⟪segment 7¦segment⟫ "
     "with washout⟩ (⟦8:22¦8:22¦compact¦b⟧, ⟦11:22¦11:22¦compact¦b⟧), ⟪LR-5¦birads⟫."),
    ("h_us03", "US",
     "⟨a¦Aortic root dilated to ⟪4.6 cm¦size⟫⟩ (⟦series/image 4/112¦4:112¦slash¦a⟧). ⟨b¦Ascending aorta "
     "⟪4.1 cm¦size⟫⟩ (⟦series/image 4/98¦4:98¦slash¦b⟧). Heart rate ⟪62 bpm¦lab⟫; ⟪DLP 410 mGy-cm¦dose⟫."),
    ("h_us04", "US",
     "⟨a¦Acute left-sided diverticulitis⟩ (⟦image 58/series 2¦2:58¦slash¦a⟧) ⟨b¦with a ⟪3.2 cm¦size⟫ pericolic "
     "abscess⟩ (⟦se 2 im 61¦2:61¦abbrev_en¦b⟧). ⟨c¦No free air⟩ (⟦Img 40 Ser 2¦2:40¦abbrev_en¦c⟧)."),
    ("h_us05", "US",
     "⟨a¦Nonobstructing ⟪4 mm¦size⟫ right renal calculus⟩ ⟦series 2 image number 77¦2:77¦full_en¦a⟧ period "
     "⟨b¦left renal cyst ⟪Bosniak 1¦birads⟫⟩ ⟦series two image forty one¦2:41¦full_en¦b⟧ period"),
    ("h_us06", "US",
     "⟨a¦Right paratracheal node⟩ measures ⟪1.6 cm¦size⟫ short axis (⟦series 201, image 40¦201:40¦full_en¦a⟧); "
     "on the study of ⟪8/12/2026¦date⟫ it measured ⟪1.1 cm¦size⟫ (⟦series 201, image 42¦p201:42¦prior¦a⟧)."),
    ("h_us07", "US",
     "Outside CT abdomen from ⟪9/30/2026¦date⟫ is reviewed. ⟨a¦Small bowel obstruction with transition point in "
     "the right lower quadrant⟩ on the outside exam (⟦outside series 3, image 89¦p3:89¦prior¦a⟧) has resolved; "
     "⟨b¦the previously dilated loops are now normal caliber⟩ on today's study "
     "(⟦series 3, image 92¦3:92¦full_en¦b⟧)."),
    ("h_us08", "US",
     "⟨a¦Irregular hypoechoic mass at ⟪10:00¦time⟫, ⟪4 cm¦size⟫ from the nipple, measuring "
     "⟪1.2 x 0.9 x 1.1 cm¦size⟫⟩ (⟦images 12-14¦-:12-14¦range¦a⟧). ⟪BI-RADS 4C¦birads⟫. ⟨b¦Abnormal left axillary "
     "lymph node with ⟪5 mm¦size⟫ cortex⟩ (⟦image 20¦-:20¦image_only¦b⟧)."),
    ("h_us09", "US",
     "IMPRESSION:\n1. ⟨a¦Interval increase in size of the right hepatic lobe mass⟩, now ⟪5.1 cm¦size⟫ "
     "(⟦4:33¦4:33¦impression¦a⟧), previously ⟪3.9 cm¦size⟫ (⟦prior 4:35¦p4:35¦prior¦a⟧).\n"
     "2. ⟨b¦New small-volume ascites⟩ (⟦4:70¦4:70¦impression¦b⟧)."),
    ("h_us10", "US",
     "⟨a¦Nonocclusive thrombus in the right common femoral vein⟩ "
     "(⟦series 5, images 120 through 134¦5:120-134¦range¦a⟧). ⟨b¦Left popliteal vein patent and compressible⟩ "
     "(⟦se 5 im 210¦5:210¦abbrev_en¦b⟧)."),
    ("h_us11", "US",
     "MRI lumbar spine: ⟨a¦At ⟪L4-L5¦level⟫, broad-based disc bulge with moderate central canal stenosis⟩ "
     "(⟦sag T2 series 6 image 9¦6:9¦plane¦a⟧; ⟦axial series 9 image 22¦9:22¦plane¦a⟧). ⟨b¦At ⟪L5-S1¦level⟫, "
     "left paracentral protrusion contacting the descending S1 nerve root⟩ "
     "(⟦axial series 9 image 28¦9:28¦plane¦b⟧)."),
    ("h_us12", "US",
     "⟨a¦Target lesion 1, left adrenal⟩: ⟪3.8 cm¦size⟫ (⟦se 4 im 66¦4:66¦abbrev_en¦a⟧), baseline ⟪2.9 cm¦size⟫ "
     "(⟦baseline se 4 im 63¦p4:63¦prior¦a⟧). ⟨b¦Target lesion 2, ⟪segment 8¦segment⟫ liver⟩: ⟪1.7 cm¦size⟫ "
     "(⟦se 4 im 28¦4:28¦abbrev_en¦b⟧), baseline ⟪2.0 cm¦size⟫ (⟦baseline se 4 im 27¦p4:27¦prior¦b⟧)."),
    ("h_us13", "US",
     "⟨a¦Hypodense lesion in the left thyroid lobe, ⟪1.4 cm¦size⟫⟩ (⟦se:3/im:41¦3:41¦slash¦a⟧). "
     "⟪TI-RADS 4¦birads⟫. ⟨b¦Prominent left ⟪level IIa¦level⟫ node⟩ (⟦se:3/im:22¦3:22¦slash¦b⟧)."),
    ("h_us14", "US",
     "⟨a¦Mild bronchiectasis in the right middle lobe⟩ (⟦SE3IM45¦3:45¦glued¦a⟧). ⟨b¦Tree-in-bud nodularity in "
     "the lingula⟩ (⟦SE3IM61¦3:61¦glued¦b⟧), new since the prior. Results called to the ordering provider at "
     "⟪(617) 555-0148¦phone⟫ on ⟪11/18/2026¦date⟫ at ⟪4:12 PM¦time⟫."),
    ("h_us15", "US",
     "⟨a¦The right lower lobe opacity seen on the prior exam has mostly resolved⟩, with minimal residual "
     "scarring (⟦series 2, image 188¦2:188¦full_en¦a⟧). Compared to ⟪6/2/2026¦date⟫, ⟨b¦the left effusion is "
     "smaller⟩ (⟦series 2, image 201¦2:201¦full_en¦b⟧)."),
    ("h_us16", "US",
     "CT sinus. ⟨a¦Mucous retention cyst in the right maxillary sinus⟩ (⟦axial image 33¦-:33¦plane¦a⟧). "
     "⟨b¦Opacification of the left frontoethmoidal recess⟩ (⟦coronal image 41¦-:41¦plane¦b⟧). "
     "⟪Lund-Mackay score 6¦birads⟫."),
    ("h_us17", "US",
     "ADDENDUM: ⟨a¦The ⟪7 mm¦size⟫ pancreatic cyst⟩ (⟦series 6, image 51¦6:51¦full_en¦a⟧) was also present on the "
     "⟪2024¦date⟫ MRCP (⟦MRCP series 11, image 19¦p11:19¦prior¦a⟧), measuring ⟪6 mm¦size⟫ at that time. "
     "Recommend MRI in ⟪2 years¦followup⟫."),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(eid, origin, marked) for eid, origin, marked in _RAW)
