"""Held-out refs E: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs page or any earlier corpus's texts. Do not tune
the miner on these texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus
tests.heldout_refs_e.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section (a heading such
as "Serie 6 (Lungenfenster):" names it for its section); a plane word or an MPR series number changes nothing;
a citation into a prior, comparison, baseline or outside study is gold with prior_study true, whether the
prior-study word stands inside the citation or in the clause it closes. Classes are refs C's: French-Swiss
forms ("Série 6, image 11") count as full_en, page and stack counts in headers and technique lines as counter,
measured densities and angles as size.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- Germany
    ("de01", "DE",
     "CT Thorax mit KM vom ⟪14.11.2026¦date⟫.\nBefund: ⟨a¦Im rechten Oberlappen neu aufgetretener spikulierter "
     "Rundherd von ⟪11 x 9 mm¦size⟫⟩ ⟦(Serie 4, Bild 87)¦4:87¦full_de¦a⟧. ⟨b¦Verkalktes Granulom im "
     "Mittellappen, unverändert⟩ ⟦(Serie 4, Bild 133)¦4:133¦full_de¦b⟧."),
    ("de02", "DE",
     "Leber: ⟨a¦Neu abgrenzbare hypodense Läsion in ⟪Segment 6¦segment⟫, ca. ⟪8 mm¦size⟫⟩ "
     "⟦(Bild 5/61)¦5:61¦slash¦a⟧. ⟨b¦Bekannte Zyste in ⟪Segment 4a¦segment⟫, größenkonstant⟩ "
     "⟦(Bild 5/38 und 5/41)¦5:38,5:41¦list¦b⟧."),
    ("de03", "DE",
     "⟨a¦Pleuraerguss rechts mit einer maximalen Dicke von ⟪24 mm¦size⟫⟩ ⟦(Serie2Bild118)¦2:118¦glued¦a⟧, "
     "⟨b¦links nur schmaler Randwinkelerguss⟩ ⟦(Se2Bi121)¦2:121¦glued¦b⟧. Herz normal groß, "
     "⟪CTR 0,45¦ratio⟫."),
    ("de04", "DE",
     "Beurteilung:\n1. ⟨a¦Größenprogrediente Raumforderung im Pankreaskopf, aktuell ⟪34 mm¦size⟫⟩ "
     "⟦(Serie 3, Bild 72)¦3:72¦impression¦a⟧, ⟨b¦in der Voruntersuchung vom ⟪02.09.2026¦date⟫ noch "
     "⟪27 mm¦size⟫⟩ ⟦(VU Serie 3, Bild 70)¦p3:70¦prior¦b⟧.\n2. Keine Lebermetastasen."),
    ("de05", "DE",
     "Mediastinum: ⟨a¦Infrakarinaler Lymphknoten mit ⟪14 mm¦size⟫ Kurzachse⟩ "
     "⟦(Ser. 5, Bi. 92)¦5:92¦abbrev_de¦a⟧, ⟨b¦hilär links ⟪11 mm¦size⟫⟩ ⟦(Ser. 5, Bi. 101)¦5:101¦abbrev_de¦b⟧. "
     "Keine vergrößerten axillären Lymphknoten."),
    ("de06", "DE",
     "Radiologische Gemeinschaftspraxis am Markt        ⟪Seite 1 von 2¦counter⟫\nMRT der LWS nativ\n"
     "Befund: ⟨a¦Mediolateraler Bandscheibenvorfall ⟪LWK 4/5¦level⟫ links mit Kontakt zur Wurzel "
     "⟪L5¦level⟫⟩ ⟦(Serie 7, Bild 14)¦7:14¦full_de¦a⟧. ⟨b¦Osteochondrose ⟪LWK 5/SWK 1¦level⟫ mit "
     "Veränderungen ⟪Modic Typ 2¦staging⟫⟩ ⟦(Serie 5 Bild 9)¦5:9¦full_de¦b⟧."),
    ("de07", "DE",
     "Diktat: ⟨a¦hypodenses Areal im Marklager rechts frontal am ehesten alte Ischämie⟩ "
     "⟦serie 3 bild 22¦3:22¦full_de¦a⟧ ). ⟨b¦Innere Liquorräume erweitert⟩ ⟦( Serie 3 ,Bild 14¦3:14¦full_de¦b⟧ "
     ". ⟪Evans-Index 0,33¦ratio⟫."),
    ("de08", "DE",
     "Serie 6 (Lungenfenster):\n⟨a¦Milchglasherd im linken Unterlappen apikal, ⟪15 mm¦size⟫⟩ "
     "⟦(Bild 48)¦6:48¦image_only¦a⟧. ⟨b¦Kleiner solider Nodulus im Lingulasegment, ⟪4 mm¦size⟫⟩ "
     "⟦(Bild 77)¦6:77¦image_only¦b⟧. ⟨c¦Paraseptales Emphysem apikal beidseits⟩ "
     "⟦(Bilder 20-35)¦6:20-35¦range¦c⟧."),
    ("de09", "DE",
     "⟨a¦Multiple Lebermetastasen, die größte in ⟪Segment 8¦segment⟫ mit ⟪42 mm¦size⟫⟩ "
     "⟦(Serie 4, Bilder 31, 36 und 44)¦4:31,4:36,4:44¦list¦a⟧. ⟨b¦Nebennierenmetastase links⟩ "
     "⟦(Serie 4, Bild 58 bis 63)¦4:58-63¦range¦b⟧."),
    ("de10", "DE",
     "⟨a¦Frische Deckplattenimpressionsfraktur ⟪BWK 12¦level⟫ mit Höhenminderung um ca. ⟪20 %¦ratio⟫⟩ "
     "⟦(sagittale Rekonstruktion, Serie 602, Bild 41)¦602:41¦plane¦a⟧. ⟨b¦Keine Hinterkantenbeteiligung⟩ "
     "⟦(koronar Serie 601 Bild 55)¦601:55¦plane¦b⟧."),
    ("de11", "DE",
     "Vergleich: CT Abdomen vom ⟪21.05.2026¦date⟫ (Vorbefund).\n⟨a¦Die Läsion der rechten Niere misst jetzt "
     "⟪19 mm¦size⟫⟩ ⟦(Se 3/Bi 66)¦3:66¦abbrev_de¦a⟧, ⟨b¦damals ⟪15 mm¦size⟫⟩ "
     "⟦(Vorbefund Se 2/Bi 60)¦p2:60¦prior¦b⟧. Einstufung ⟪Bosniak 3¦staging⟫."),
    ("de12", "DE",
     "Technik: Mehrzeilen-CT, ⟪CTDIvol 9,8 mGy¦dose⟫, ⟪DLP 412 mGy·cm¦dose⟫, ⟪80 ml Imeron 350¦dose⟫ i.v. "
     "(⟪Krea 1,1 mg/dl¦lab⟫, ⟪eGFR 68¦lab⟫). Rekonstruktionen in ⟪1 mm¦size⟫, ⟪614 Bilder¦counter⟫.\n"
     "Befund: ⟨a¦Appendix verdickt auf ⟪11 mm¦size⟫ mit periappendizitischer Imbibierung⟩ "
     "⟦(Serie 3 Bild 201)¦3:201¦full_de¦a⟧. ⟨b¦Appendikolith an der Basis⟩ ⟦(Serie 3 Bild 208)¦3:208¦full_de¦b⟧."),
    ("de13", "DE",
     "MRT Knie rechts.\n⟨a¦Horizontaler Riss im Hinterhorn des Innenmeniskus mit Kontakt zur Unterfläche⟩ "
     "⟦(Schicht 12)¦-:12¦slice_word¦a⟧. ⟨b¦Knochenmarködem am medialen Femurkondylus⟩ "
     "⟦(Schicht 14-16)¦-:14-16¦slice_word¦b⟧. Kreuzbänder intakt."),
    ("de14", "DE",
     "⟨a¦Rundherd im linken Oberlappen größenkonstant ⟪7 mm¦size⟫⟩ ⟦(akt. Se 5 Bi 64)¦5:64¦abbrev_de¦a⟧ "
     "⟨b¦bei ⟪7 mm¦size⟫ in der VU vom ⟪03/2026¦date⟫⟩ ⟦(VU: Se 4 Bi 60)¦p4:60¦prior¦b⟧. Stabil seit über "
     "⟪12 Monaten¦followup⟫."),
    ("de15", "DE",
     "Befundausdruck ⟪Bild 2 von 3¦counter⟫ – Schlüsselbilder\n⟨a¦Subdurales Hämatom links frontoparietal, "
     "maximale Breite ⟪9 mm¦size⟫⟩ ⟦(Serie 2, Bild 17)¦2:17¦full_de¦a⟧, ⟨b¦Mittellinienverlagerung "
     "⟪4 mm¦size⟫⟩ ⟦(Serie 2, Bild 19)¦2:19¦full_de¦b⟧. Befund telefonisch an Dr. Hartmann um "
     "⟪22:40 Uhr¦time⟫ übermittelt (⟪Tel. 0341 97-17400¦phone⟫)."),
    ("de16", "DE",
     "⟨a¦Kontrastmittelaufnehmende Läsion im Pons links, ⟪6 mm¦size⟫⟩ ⟦(Ser 12 IMA 23)¦12:23¦abbrev_de¦a⟧. "
     "⟨b¦Weitere T2-hyperintense Marklagerläsionen periventrikulär⟩ ⟦(Ser 9 IMA 18-22)¦9:18-22¦range¦b⟧."),
    ("de17", "DE",
     "⟨a¦Infrarenales Aortenaneurysma ⟪5,4 cm¦size⟫⟩ ⟦(S4 B88)¦4:88¦compact¦a⟧, ⟨b¦Thrombussaum bis "
     "⟪18 mm¦size⟫⟩ ⟦(S4 B92)¦4:92¦compact¦b⟧. ⟨c¦Letzte Messung ⟪4,9 cm¦size⟫ im ⟪Juli 2025¦date⟫⟩ "
     "⟦(VU S4 B85)¦p4:85¦prior¦c⟧."),
    ("de18", "DE",
     "Vergleich mit Voruntersuchung vom ⟪08.10.2026¦date⟫: ⟨a¦Regrediente Konsolidierung im rechten "
     "Unterlappen⟩ ⟦(aktuell Serie 3, Bild 140¦3:140¦full_de¦a⟧; ⟦VU Serie 3, Bild 152)¦p3:152¦prior¦a⟧."),
    ("de19", "DE",
     "⟨a¦Spinalkanalstenose ⟪HWK 5/6¦level⟫ mit Myelonkompression und T2-Signalanhebung⟩ "
     "⟦(Sag. T2 Serie 4, Bild 8)¦4:8¦plane¦a⟧. ⟨b¦Foraminale Enge ⟪HWK 6/7¦level⟫ links⟩ "
     "⟦(Bild 4/11-13)¦4:11-13¦slash¦b⟧. Übrige Segmente ⟪HWK 2/3¦level⟫ bis ⟪HWK 4/5¦level⟫ "
     "unauffällig."),
    ("de20", "DE",
     "⟨a¦Freie Flüssigkeit im kleinen Becken, ca. ⟪50 ml¦size⟫⟩ ⟦Serie: 4 Bild: 233¦4:233¦full_de¦a⟧. "
     "⟨b¦Ovarialzyste rechts ⟪3,2 cm¦size⟫⟩ ⟦Serie: 4 Bild: 240¦4:240¦full_de¦b⟧. "
     "⟨c¦Uterus myomatosus⟩ ⟦(Se4Bild251)¦4:251¦glued¦c⟧."),
    ("de21", "DE",
     "Eingeschränkte ⟪Bildqualität (Grad 2/5)¦bild_word⟫ durch Atemartefakte. ⟨a¦Lungenarterienembolie in "
     "der Unterlappensegmentarterie ⟪A10¦segment⟫ rechts⟩ ⟦(Serie 5, Bild 166)¦5:166¦full_de¦a⟧. Vgl. "
     "⟪Abbildung 2¦bild_word⟫ im Anhang."),
    ("de22", "DE",
     "⟨a¦Ossäre Metastasen im ⟪BWK 8¦level⟫ und im Os ilium links⟩ "
     "⟦(Se 4: Bi 112, 245; Se 7: Bi 30)¦4:112,4:245,7:30¦list¦a⟧."),
    ("de23", "DE",
     "Beurteilung: ⟨a¦Rektumkarzinom ⟪6 cm¦size⟫ ab ano, ⟪mrT3c N1¦staging⟫⟩ "
     "⟦(Serie 8, Bild 21)¦8:21¦impression¦a⟧; ⟨b¦mesorektaler Lymphknoten ⟪7 mm¦size⟫⟩ "
     "⟦(Serie 8, Bild 25)¦8:25¦impression¦b⟧."),
    ("de24", "DE",
     "⟨a¦Asymmetrische Wandverdickung des Sigmas über ca. ⟪2/3 der Zirkumferenz¦ratio⟫⟩ "
     "⟦(Serie 3, Bild 250 bis 262)¦3:250-262¦range¦a⟧. Empfehlung: Koloskopie, Kontrolle in "
     "⟪3 Monaten¦followup⟫."),
    # ---------------------------------------------------------------- Austria
    ("at01", "AT",
     "Befund: ⟨a¦Im Vergleich zur VU vom ⟪12.4.2026¦date⟫ neu aufgetretene Metastase im "
     "⟪Segment 7¦segment⟫⟩ ⟦(Se. 4 / Bi. 33)¦4:33¦abbrev_de¦a⟧. ⟨b¦Die bekannte Metastase in "
     "⟪Segment 2¦segment⟫ regredient, ⟪12 mm¦size⟫⟩ ⟦(Se. 4 / Bi. 19)¦4:19¦abbrev_de¦b⟧ ⟨c¦vs. "
     "⟪17 mm¦size⟫⟩ ⟦(VU Se. 4 / Bi. 21)¦p4:21¦prior¦c⟧."),
    ("at02", "AT",
     "St.p. Hemikolektomie re ⟪2024¦date⟫. ⟨a¦Peritonealer Knoten im li Mittelbauch ⟪16 mm¦size⟫⟩ "
     "⟦(Serie 5 / Bild 130)¦5:130¦slash¦a⟧. ⟨b¦Omentale Verdichtung⟩ ⟦(5/141)¦5:141¦slash¦b⟧. "
     "⟨c¦In der VU nur ⟪9 mm¦size⟫⟩ ⟦(VU 5/128)¦p5:128¦prior¦c⟧."),
    ("at03", "AT",
     "Zum Vergleich liegt eine auswärtige MRT vom ⟪17.02.2026¦date⟫ vor. ⟨a¦Die Läsion im rechten Thalamus war "
     "dort bereits mit ⟪5 mm¦size⟫ abgrenzbar⟩ ⟦(auswärtige MRT Serie 6, Bild 11)¦p6:11¦prior¦a⟧, "
     "⟨b¦aktuell ⟪7 mm¦size⟫⟩ ⟦(Serie 10, Bild 12)¦10:12¦full_de¦b⟧."),
    ("at04", "AT",
     "Institut für Radiologie – Befund ⟪Bild 1 von 4¦counter⟫\nRückfragen: ⟪+43 1 40400-48180¦phone⟫\n"
     "⟨a¦Distale Radiusfraktur mit dorsaler Abkippung um ⟪15°¦size⟫⟩ ⟦(Bild 3)¦-:3¦image_only¦a⟧."),
    ("at05", "AT",
     "⟨a¦Langstreckige, ca. ⟪70%ige¦ratio⟫ Stenose der A. femoralis superficialis links⟩ "
     "⟦(Se. 7, Bi. 40–48)¦7:40-48¦range¦a⟧. ⟨b¦Verschluss der A. tibialis anterior rechts⟩ "
     "⟦(Se. 7, Bi. 112)¦7:112¦abbrev_de¦b⟧."),
    ("at06", "AT",
     "⟨a¦In Serie 3 zeigt sich eine Hypodensität im Caput pancreatis⟩ ⟦(Bild 54)¦3:54¦image_only¦a⟧, "
     "⟨b¦der Ductus Wirsungianus ist auf ⟪4 mm¦size⟫ erweitert⟩ ⟦(Bild 50)¦3:50¦image_only¦b⟧."),
    ("at07", "AT",
     "MRT Prostata: ⟨a¦In der peripheren Zone links posterolateral basal ⟪PI-RADS 4¦birads⟫ Läsion, "
     "⟪11 mm¦size⟫⟩ ⟦(Se 8, Bi 14)¦8:14¦abbrev_de¦a⟧. Klinisch ⟪PSA 8,4 ng/ml¦lab⟫, Vorbiopsie "
     "⟪Gleason 3+3¦staging⟫ (⟪2025¦date⟫)."),
    ("at08", "AT",
     "⟨a¦Pneumothorax rechts apikal mit Mantelbreite ⟪12 mm¦size⟫⟩ ⟦(Se.3/Bi.12)¦3:12¦abbrev_de¦a⟧, "
     "⟨b¦Rippenserienfraktur ⟪Costae 4–6¦level⟫ rechts⟩ ⟦(Se.3/Bi.45)¦3:45¦abbrev_de¦b⟧."),
    ("at09", "AT",
     "⟨a¦In der Voruntersuchung war die Raumforderung noch ⟪23 mm¦size⟫ groß⟩ "
     "⟦(VU Serie 4 Bild 60 und 62)¦p4:60,p4:62¦prior¦a⟧. ⟨b¦Aktuell misst sie ⟪31 mm¦size⟫⟩ "
     "⟦(Serie 4 Bild 58)¦4:58¦full_de¦b⟧."),
    ("at10", "AT",
     "Untersuchung ⟪08:15¦time⟫, KM-Bolus ⟪4 ml/s¦dose⟫, Verdünnung ⟪1:1¦ratio⟫ mit NaCl. ⟨a¦Hochgradige "
     "Stenose der ACI rechts, NASCET ⟪80 %¦ratio⟫⟩ ⟦(MIP koronar, Serie 501, Bild 77)¦501:77¦plane¦a⟧."),
    ("at11", "AT",
     "Serie 9 (T1 KM, axial): ⟨a¦Ringförmig KM-aufnehmende Läsion temporal rechts, ⟪24 x 19 mm¦size⟫⟩ "
     "⟦(Sl. 14)¦9:14¦slice_word¦a⟧, ⟨b¦perifokales Ödem⟩ ⟦(Sl. 12–17)¦9:12-17¦range¦b⟧."),
    ("at12", "AT",
     "⟨a¦Mehrere Nierenzysten beidseits, größte links ⟪4 cm¦size⟫⟩ ⟦(Serie 5, Bild 88 u. 97)¦5:88,5:97¦list¦a⟧. "
     "⟨b¦Nebenmilz ⟪9 mm¦size⟫⟩ ⟦(Serie 5, Bild 70)¦5:70¦full_de¦b⟧. ⟨c¦Die größte Zyste war im Vorbefund "
     "⟪3,6 cm¦size⟫⟩ ⟦(Vorbefund Serie 5 Bild 90)¦p5:90¦prior¦c⟧."),
    # ---------------------------------------------------------------- Switzerland
    ("ch01", "CH",
     "⟨a¦Kleine Lungenembolie in einer Subsegmentarterie des Unterlappens links⟩ "
     "⟦(Bild 188 der Serie 4)¦4:188¦full_de¦a⟧. ⟨b¦Keilförmige Infarktpneumonie dorsobasal⟩, s. "
     "⟦Bild 201 der Serie 4¦4:201¦full_de¦b⟧."),
    ("ch02", "CH",
     "⟨a¦Epiduraler Abszess auf Höhe ⟪BWK 9/10¦level⟫ mit Kompression des Myelons⟩ "
     "⟦(cf. Série 6, image 11)¦6:11¦full_en¦a⟧. ⟪CRP 187 mg/l¦lab⟫."),
    ("ch03", "CH",
     "⟨a¦Hiatushernie mit intrathorakalem Magenanteil⟩ ⟦(Serie 2, Bildnr. 64)¦2:64¦abbrev_de¦a⟧. "
     "⟨b¦Divertikel am Colon descendens ohne Entzündungszeichen⟩ ⟦(Serie 2, Bildnr. 150-158)¦2:150-158¦range¦b⟧."),
    ("ch04", "CH",
     "Vergleich: Voraufnahmen vom ⟪11.03.2026¦date⟫ (KSA).\n⟨a¦Der Knoten in der Schilddrüse rechts misst "
     "⟪18 mm¦size⟫⟩ ⟦(Serie 3, Bild 22)¦3:22¦full_de¦a⟧, ⟨b¦in der Voraufnahme ⟪15 mm¦size⟫⟩ "
     "⟦(Voraufnahme Serie 3, Bild 20)¦p3:20¦prior¦b⟧. ⟪TI-RADS 4¦birads⟫."),
    ("ch05", "CH",
     "⟨a¦Gallenblasenstein ⟪14 mm¦size⟫ ohne Cholezystitiszeichen⟩ ⟦(s. Schnittbild 77, Serie 3)¦3:77¦slice_word¦a⟧. "
     "Leber mit Steatose, ⟪Dichte 38 HE¦size⟫."),
    ("ch06", "CH",
     "⟨a¦Pathologische Fraktur des Femurhalses links bei osteolytischer Metastase⟩, als Key Image im PACS "
     "markiert ⟦(Serie 5, Bild 93)¦5:93¦full_de¦a⟧. ⟨b¦Weitere Osteolyse im Os pubis rechts⟩ "
     "⟦(Serie 5, Bild 120)¦5:120¦full_de¦b⟧."),
    ("ch07", "CH",
     "Rückfragen an ⟪Tel. 044 255 11 11¦phone⟫. ⟨a¦Subkapsuläres Milzhämatom, ⟪3 cm¦size⟫⟩ "
     "⟦(Serie 4/Bild 55)¦4:55¦full_de¦a⟧, ⟨b¦freie Flüssigkeit perihepatisch⟩ ⟦(Serie 4/Bild 40)¦4:40¦full_de¦b⟧. "
     "⟨c¦Lazeration am unteren Milzpol⟩ ⟦(Bild4/61)¦4:61¦glued¦c⟧. "
     "Klinisch ⟪Hb 9,8 g/dl¦lab⟫."),
    ("ch08", "CH",
     "Beurteilung: ⟨a¦Akute Cholezystitis mit Wandverdickung auf ⟪6 mm¦size⟫⟩ ⟦(S. 3/B. 88)¦3:88¦abbrev_de¦a⟧. "
     "⟨b¦Kein Hinweis auf Choledocholithiasis, DHC ⟪5 mm¦size⟫⟩ ⟦(S. 3/B. 95)¦3:95¦abbrev_de¦b⟧."),
    ("ch09", "CH",
     "⟪Seite 2/3¦counter⟫\nFortsetzung Befund: ⟨a¦Lymphknoten paraaortal links ⟪13 mm¦size⟫⟩ "
     "⟦(Serie 6, Bild 71)¦6:71¦full_de¦a⟧. ⟨b¦Iliakal rechts ⟪9 mm¦size⟫⟩ ⟦(Bild 109)¦6:109¦image_only¦b⟧."),
    ("ch10", "CH",
     "⟨a¦Ruptur der Supraspinatussehne mit Retraktion um ⟪2 cm¦size⟫⟩ ⟦(koronar Serie 3, Bild 12)¦3:12¦plane¦a⟧, "
     "⟨b¦Muskelatrophie ⟪Goutallier 2¦staging⟫⟩ ⟦(Serie 5, Bild 7)¦5:7¦full_de¦b⟧."),
    ("ch11", "CH",
     "Verlauf der Zielläsionen (⟪RECIST 1.1¦staging⟫):\n- ⟨a¦Leber ⟪Segment 5¦segment⟫: ⟪21 mm¦size⟫⟩ "
     "⟦(Serie 4, Bild 97)¦4:97¦full_de¦a⟧, ⟨b¦Baseline ⟪30 mm¦size⟫⟩ "
     "⟦(Baseline-CT Serie 4, Bild 95)¦p4:95¦prior¦b⟧\n- ⟨c¦Lunge rechts: ⟪9 mm¦size⟫⟩ "
     "⟦(Serie 6, Bild 120)¦6:120¦full_de¦c⟧, ⟨d¦Baseline ⟪14 mm¦size⟫⟩ "
     "⟦(Baseline-CT Serie 6, Bild 118)¦p6:118¦prior¦d⟧"),
    ("ch12", "CH",
     "⟨a¦Ovarialtorsion rechts mit ⟪8 cm¦size⟫ grossem Ovar⟩ Klammer auf ⟦Serie 4 Komma Bild 61¦4:61¦full_de¦a⟧ "
     "Klammer zu."),
    # ---------------------------------------------------------------- United Kingdom
    ("uk01", "UK",
     "CT chest, abdomen and pelvis with contrast. ⟪DLP 845 mGy.cm¦dose⟫.\nFindings: ⟨a¦There is a "
     "⟪14 mm¦size⟫ spiculated nodule in the right upper lobe⟩ ⟦(series 3 image 52)¦3:52¦full_en¦a⟧. "
     "⟨b¦A further ⟪5 mm¦size⟫ nodule in the left lower lobe⟩ ⟦(series 3 image 97)¦3:97¦full_en¦b⟧."),
    ("uk02", "UK",
     "⟨a¦Enlarged right paratracheal node, ⟪16 mm¦size⟫ short axis⟩ ⟦(S3 I31)¦3:31¦compact¦a⟧, ⟨c¦previously "
     "⟪10 mm¦size⟫⟩ ⟦(prior: S3 I29)¦p3:29¦prior¦c⟧. ⟨b¦Subcarinal node ⟪12 mm¦size⟫⟩ "
     "⟦(S3 I40)¦3:40¦compact¦b⟧. Small scar in ⟪RLL S6¦segment⟫."),
    ("uk03", "UK",
     "⟨a¦Hypoattenuating lesion in ⟪segment 4b¦segment⟫ of the liver measuring ⟪9 mm¦size⟫⟩ "
     "⟦(ser 4, img 61)¦4:61¦abbrev_en¦a⟧. ⟨b¦Gallbladder calculus⟩ ⟦(ser 4, img 77)¦4:77¦abbrev_en¦b⟧. "
     "⟨c¦Two small simple renal cysts on the left⟩ ⟦(4/90, 4/102)¦4:90,4:102¦slash¦c⟧."),
    ("uk04", "UK",
     "Comparison: CT of ⟪14/03/2026¦date⟫.\n⟨a¦The left adrenal nodule now measures ⟪24 mm¦size⟫⟩ "
     "⟦(series 5, image 66)¦5:66¦full_en¦a⟧, ⟨b¦previously ⟪19 mm¦size⟫⟩ "
     "⟦(comparison study series 4, image 70)¦p4:70¦prior¦b⟧. Absolute washout ⟪48%¦ratio⟫."),
    ("uk05", "UK",
     "Bone windows (series 6): ⟨a¦lytic lesion in the left iliac wing⟩ ⟦(image 144)¦6:144¦image_only¦a⟧ and "
     "⟨b¦a sclerotic focus in ⟪L3¦level⟫⟩ ⟦(image 102)¦6:102¦image_only¦b⟧."),
    ("uk06", "UK",
     "Radiology Department, Royal Infirmary — ⟪Page 1 of 2¦counter⟫\nMR pelvis. ⟪Image 1 of 2¦counter⟫ "
     "attached.\n⟨a¦Cervical tumour extending into the upper third of the vagina, ⟪FIGO IIA1¦staging⟫⟩ "
     "⟦(se 7 im 18)¦7:18¦abbrev_en¦a⟧. ⟨b¦No parametrial invasion⟩ ⟦(se 9 im 21)¦9:21¦abbrev_en¦b⟧."),
    ("uk07", "UK",
     "MRI brain: ⟨a¦Small acute infarct in the left corona radiata on DWI⟩ ⟦(slice 17)¦-:17¦slice_word¦a⟧. "
     "⟨b¦Microbleed in the right thalamus on SWI⟩ ⟦(sl 22)¦-:22¦slice_word¦b⟧. Chronic small vessel change, "
     "⟪Fazekas 2¦staging⟫."),
    ("uk08", "UK",
     "⟨a¦The pleural effusion has increased since the previous examination⟩ "
     "⟦(series 2, image 88¦2:88¦full_en¦a⟧; ⟦previously series 2, image 85)¦p2:85¦prior¦a⟧."),
    ("uk09", "UK",
     "Discussed with the on-call surgical registrar at ⟪02:15¦time⟫ on ⟪bleep 4417¦phone⟫. ⟨a¦Free gas "
     "adjacent to the sigmoid colon⟩ ⟦(3/118)¦3:118¦slash¦a⟧ ⟨b¦with a small collection, ⟪4 x 3 cm¦size⟫⟩ "
     "⟦(3/124)¦3:124¦slash¦b⟧. Patient ⟪BP 85/50¦blood_pressure⟫ at the time."),
    ("uk10", "UK",
     "⟨a¦Bilateral pulmonary emboli in the lower lobe segmental arteries⟩ "
     "⟦(series 4, images 160, 172-175 and 190)¦4:160,4:172-175,4:190¦list¦a⟧. ⟨b¦⟪RV/LV ratio 1.2¦ratio⟫⟩ "
     "⟦(series 4, image 140)¦4:140¦full_en¦b⟧."),
    ("uk11", "UK",
     "⟨a¦The pancreatic cyst was ⟪11 mm¦size⟫ on the outside MRI from ⟪Jan 2026¦date⟫⟩ "
     "⟦(their series 8, image 14)¦p8:14¦prior¦a⟧ ⟨b¦and measures ⟪13 mm¦size⟫ today⟩ "
     "⟦(series 3, image 33)¦3:33¦full_en¦b⟧. ⟪Follow-up MRI in 12 months¦followup⟫ is advised."),
    ("uk12", "UK",
     "⟨a¦Displaced fracture of the left ⟪7th rib¦level⟫⟩ ⟦(Se:2 Im:57)¦2:57¦compact¦a⟧. ⟨b¦Small "
     "haemothorax⟩ ⟦(Se:2 Im:70)¦2:70¦compact¦b⟧."),
    ("uk13", "UK",
     "⟨a¦A ⟪6 mm¦size⟫ calculus at the left vesicoureteric junction⟩ ⟦(image 212 of series 2)¦2:212¦full_en¦a⟧. "
     "⟨b¦Moderate left hydronephrosis, renal pelvis AP diameter ⟪18 mm¦size⟫⟩ "
     "⟦(image 140 of series 2)¦2:140¦full_en¦b⟧. Stone density ⟪950 HU¦size⟫."),
    ("uk14", "UK",
     "Series 5 (lung windows): ⟨a¦cluster of tree-in-bud nodules in the right middle lobe⟩ "
     "⟦#66¦5:66¦image_only¦a⟧, ⟨b¦cavitating consolidation in the right upper lobe⟩ ⟦#31-34¦5:31-34¦range¦b⟧."),
    ("uk15", "UK",
     "⟨a¦Enhancing mass in the upper pole of the right kidney, ⟪38 mm¦size⟫⟩ (key images "
     "⟦5/22 and 5/37¦5:22,5:37¦list¦a⟧ saved to PACS). ⟪RENAL nephrometry score 8a¦staging⟫."),
    ("uk16", "UK",
     "Dictated: ⟨a¦Small subdural collection along the tentorium⟩ ⟦series 2 image 19¦2:19¦full_en¦a⟧ full stop "
     "⟨b¦Subarachnoid blood in the right sylvian fissure⟩ ⟦( series 2 , image 23¦2:23¦full_en¦b⟧ ."),
    # ---------------------------------------------------------------- United States
    ("us01", "US",
     "EXAM: CT ABDOMEN PELVIS W CONTRAST\nDATE: ⟪03/14/2026¦date⟫ ⟪09:42¦time⟫\nFINDINGS: ⟨a¦Hypoenhancing "
     "⟪2.1 cm¦size⟫ mass in the pancreatic tail⟩ ⟦(series 2, image 47)¦2:47¦full_en¦a⟧."),
    ("us02", "US",
     "⟨a¦⟪5 mm¦size⟫ nonobstructing stone in the lower pole of the right kidney⟩ ⟦(2:88)¦2:88¦compact¦a⟧. "
     "⟨b¦Left renal cyst, ⟪1.4 cm¦size⟫⟩ ⟦(2:64)¦2:64¦compact¦b⟧. Examination performed at ⟪10:35¦time⟫."),
    ("us03", "US",
     "⟨a¦Subsegmental atelectasis at the left base⟩ ⟦(image 230, series 4)¦4:230¦full_en¦a⟧. ⟨b¦⟪4 mm¦size⟫ "
     "ground-glass nodule in the right upper lobe⟩ ⟦(image 61, series 4)¦4:61¦full_en¦b⟧, ⟨c¦unchanged from the "
     "comparison study⟩ ⟦(comparison study image 58 series 4)¦p4:58¦prior¦c⟧. Per ⟪Fleischner 2017¦date⟫, no "
     "routine follow-up is needed."),
    ("us04", "US",
     "LIVER: ⟨a¦⟪2.3 cm¦size⟫ arterially enhancing observation in ⟪segment 7¦segment⟫ with washout and capsule, "
     "⟪LI-RADS 5¦birads⟫⟩ ⟦(se 8 im 33)¦8:33¦abbrev_en¦a⟧. ⟨b¦⟪1.0 cm¦size⟫ ⟪LR-3¦birads⟫ observation in "
     "⟪segment 2¦segment⟫⟩ ⟦(se 8 im 19)¦8:19¦abbrev_en¦b⟧."),
    ("us05", "US",
     "⟨a¦Right lower lobe mass measures ⟪3.4 x 2.8 cm¦size⟫⟩ ⟦(series 3, image 77)¦3:77¦full_en¦a⟧, "
     "⟨b¦previously ⟪2.6 x 2.1 cm¦size⟫ on the prior CT of ⟪11/02/2026¦date⟫⟩ "
     "⟦(series 3, image 80)¦p3:80¦prior¦b⟧."),
    ("us06", "US",
     "⟨a¦Irregular spiculated mass in the left breast at ⟪2 o'clock¦time⟫, ⟪4 cm from the nipple¦size⟫, "
     "measuring ⟪1.3 cm¦size⟫⟩ ⟦(image 12)¦-:12¦image_only¦a⟧. ⟪BI-RADS 5¦birads⟫."),
    ("us07", "US",
     "⟨a¦Comminuted fracture of the right acetabulum extending to the quadrilateral plate⟩ "
     "⟦(coronal series 601, image 48)¦601:48¦plane¦a⟧ ⟨b¦with a ⟪4 mm¦size⟫ step-off at the weight-bearing "
     "surface⟩ ⟦(sagittal series 602, image 71)¦602:71¦plane¦b⟧."),
    ("us08", "US",
     "Critical result communicated to Dr. Alvarez by phone ⟪(617) 555-0142¦phone⟫ at ⟪4:12 PM¦time⟫ on "
     "⟪12/06/2026¦date⟫. ⟨a¦Acute left MCA territory infarct with hyperdense MCA sign⟩ "
     "⟦(series 2 image 14)¦2:14¦full_en¦a⟧."),
    ("us09", "US",
     "⟨a¦Aortic dissection flap extending into the left common iliac artery⟩ ⟦(S5/I210)¦5:210¦compact¦a⟧. "
     "⟨b¦Celiac axis arises from the true lumen⟩ ⟦(S5/I118)¦5:118¦compact¦b⟧. "
     "⟨c¦Right renal artery arises from the false lumen⟩ ⟦(se5im131)¦5:131¦glued¦c⟧. Aortic diameter "
     "⟪4.6 cm¦size⟫."),
    ("us10", "US",
     "TECHNIQUE: Axial images at ⟪0.625 mm¦size⟫ (⟪series 2: 512 images¦counter⟫) with coronal and sagittal "
     "reformats. ⟪Total 1,418 images¦counter⟫. ⟪CTDIvol 14.2 mGy¦dose⟫.\nFINDINGS: ⟨a¦Small bowel "
     "obstruction with transition point in the right lower quadrant⟩ ⟦(series 4 image 66)¦4:66¦full_en¦a⟧."),
    ("us11", "US",
     "⟨a¦Previously noted ⟪8 mm¦size⟫ nodule in the lingula⟩ "
     "⟦(prior exam series 3, images 44 and 46)¦p3:44,p3:46¦prior¦a⟧ ⟨a¦has resolved⟩."),
    ("us12", "US",
     "⟪67-year-old¦age⟫ male, ⟪creatinine 1.6 mg/dL¦lab⟫, ⟪eGFR 44¦lab⟫; noncontrast exam. ⟨a¦⟪9 mm¦size⟫ "
     "obstructing stone in the proximal left ureter⟩ ⟦(Se 2, Im 101)¦2:101¦abbrev_en¦a⟧."),
    ("us13", "US",
     "⟨a¦Small pericardial effusion⟩, bookmarked in PACS ⟦(series 3, image 120)¦3:120¦full_en¦a⟧. "
     "⟨b¦Coronary artery calcification, ⟪Agatston 412¦lab⟫⟩ ⟦(series 3, images 98-104)¦3:98-104¦range¦b⟧."),
    ("us14", "US",
     "IMPRESSION:\n1. ⟨a¦Acute appendicitis without perforation⟩ ⟦(series 2, image 71)¦2:71¦impression¦a⟧.\n"
     "2. ⟨b¦Incidental ⟪1.8 cm¦size⟫ left adnexal cyst⟩ ⟦(series 2, image 90)¦2:90¦impression¦b⟧; "
     "⟪follow-up US in 6-12 weeks¦followup⟫ recommended per ⟪SRU 2019¦date⟫ guidelines."),
    ("us15", "US",
     "⟨a¦Long-segment wall thickening of the terminal ileum with mural hyperenhancement⟩ "
     "⟦(series 501, images 35 through 49)¦501:35-49¦range¦a⟧. ⟨b¦Comb sign in the adjacent mesentery⟩ "
     "⟦(se 501 im 40-42)¦501:40-42¦range¦b⟧."),
    ("us16", "US",
     "⟨a¦Nondisplaced fracture of the right distal fibula⟩ ⟦image 3 series 1¦1:3¦full_en¦a⟧ period "
     "⟨b¦Soft tissue swelling laterally⟩ ⟦series 1 image 4¦1:4¦full_en¦b⟧ period."),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(eid, origin, marked) for eid, origin, marked in _RAW)
