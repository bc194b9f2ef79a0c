"""Held-out refs G: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs page or any earlier corpus's texts. Do not tune
the miner on these texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus
tests.heldout_refs_g.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section (a heading such
as "Serie 6:" names it for its section), else series is None; a plane word changes nothing; a citation into a
prior, comparison, baseline or outside study is gold with prior_study true. Set G leans on the prior/current
boundary: many current-study citations stand in sentences that also mention the prior exam, and stay current.
Classes are refs C's; a list class is used for any citation that yields several refs, a range class for a
from-to span, slice_word for Schicht/Schnitt/slice/section words, and prior for any prior-study citation.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- Germany
    ("g_de01", "DE",
     "CT Thorax nativ vom ⟪02.12.2026¦date⟫, ⟪Seite 1/2¦counter⟫.\nBefund: ⟨a¦Neuer solider Rundherd im apikalen "
     "Unterlappensegment rechts (⟪S6¦segment⟫), ⟪11 x 9 mm¦size⟫⟩ ⟦(Serie 4, Bild 118)¦4:118¦full_de¦a⟧, in der "
     "Voruntersuchung vom ⟪14.06.2026¦date⟫ nicht abgrenzbar. ⟨b¦Stationärer Milchglasherd im Oberlappen links⟩ "
     "(⟦Serie 4, Bild 61¦4:61¦full_de¦b⟧; ⟦VU Serie 3, Bild 58¦p3:58¦prior¦b⟧)."),
    ("g_de02", "DE",
     "MRT LWS: ⟨a¦Mediolinksseitige Bandscheibenextrusion ⟪LWK 4/5¦level⟫ mit Pelottierung der Wurzel "
     "⟪L5¦level⟫⟩ ⟦(Se 7 Bi 12)¦7:12¦abbrev_de¦a⟧. ⟨b¦Modic-I-Veränderungen ⟪LWK 5/SWK 1¦level⟫⟩ "
     "⟦(Se 5/Bi 9-11)¦5:9-11¦range¦b⟧. Keine Spinalkanalstenose, Restlumen ⟪11 mm¦size⟫."),
    ("g_de03", "DE",
     "Computertomographie Abdomen Punkt Absatz In der Leber ⟨a¦hypodense Läsion im Segment ⟪sieben¦segment⟫ "
     "von ⟪2,3 cm¦size⟫⟩ Klammer auf ⟦Serie 3 Bild 44¦3:44¦full_de¦a⟧ Klammer zu Punkt ⟨b¦Die Läsion war in "
     "der Voruntersuchung ⟪1,8 cm¦size⟫ groß⟩ Klammer auf ⟦Voruntersuchung Serie 3 Bild 40¦p3:40¦prior¦b⟧ "
     "Klammer zu Punkt"),
    ("g_de04", "DE",
     "Lunge: ⟨a¦Solider Nodulus im Mittellappen, ⟪6 mm¦size⟫⟩ (⟦Se. 201/Bi. 77¦201:77¦abbrev_de¦a⟧).\n"
     "Mediastinum: ⟨b¦Vergrößerter subkarinaler Lymphknoten, Kurzachse ⟪14 mm¦size⟫⟩ "
     "(⟦Se. 201/Bi. 102¦201:102¦abbrev_de¦b⟧), im Vergleich zur VU größenkonstant.\n"
     "Skelett: Degenerative Veränderungen ⟪BWK 6-9¦level⟫."),
    ("g_de05", "DE",
     "Tumorkonferenz ⟪03.12.2026¦date⟫, Verlauf nach ⟪4 Zyklen¦counter⟫ FOLFOX.\nZielläsionen (RECIST 1.1):\n"
     "TL1 ⟨a¦Leber ⟪S8¦segment⟫: ⟪31 mm¦size⟫ (BL ⟪38 mm¦size⟫)⟩ – ⟦Serie 5, Bild 42¦5:42¦full_de¦a⟧\n"
     "TL2 ⟨b¦LK paraaortal: ⟪17 mm¦size⟫ KA (BL ⟪22 mm¦size⟫)⟩ – ⟦Serie 5, Bild 88¦5:88¦full_de¦b⟧\n"
     "Summe: ⟪48 mm¦size⟫ (BL ⟪60 mm¦size⟫), ⟪−20 %¦ratio⟫. Gesamtansprechen: SD."),
    ("g_de06", "DE",
     "Nachtrag vom ⟪08.12.2026¦date⟫, ⟪14:32¦time⟫ Uhr: Nach Rücksprache mit OA ⟨a¦zusätzlich kleiner "
     "Perikarderguss⟩ ⟦(Bild 6/45)¦6:45¦slash¦a⟧ sowie ⟨b¦schmale Pleuraergüsse beidseits⟩ "
     "⟦(Bild 6/70 und 6/74)¦6:70,6:74¦list¦b⟧. Tel. Befundmitteilung an Station ⟪4B¦counter⟫, "
     "Durchwahl ⟪-3341¦phone⟫."),
    ("g_de07", "DE",
     "CT Kopf nativ. ⟨a¦Hypodenses Areal im Mediastromgebiet links⟩ ⟦(S4B33)¦4:33¦glued¦a⟧, ⟨b¦verstrichene "
     "Sulci frontoparietal⟩ ⟦(S4B38-41)¦4:38-41¦range¦b⟧. ASPECTS ⟪7¦counter⟫. Kein Blutungsnachweis, "
     "Dichte ⟪34 HE¦size⟫."),
    ("g_de08", "DE",
     "Vergleich: CT vom ⟪11.08.2026¦date⟫.\n⟨a¦Die bekannte Raumforderung im Pankreaskopf ist größenprogredient, "
     "jetzt ⟪3,4 x 2,9 cm¦size⟫⟩ ⟦(Se3Bi57)¦3:57¦glued¦a⟧, ⟨b¦im Vorbefund ⟪2,6 x 2,2 cm¦size⟫⟩ "
     "⟦(Vor-CT Se3Bi61)¦p3:61¦prior¦b⟧. ⟨c¦Neu Infiltration der ⟪AMS¦level⟫ über ⟪180°¦size⟫⟩ "
     "⟦(Se 6 Bi 29 cor.)¦6:29¦plane¦c⟧."),
    ("g_de09", "DE",
     "MRT Leber mit Primovist.\nSerie 11 (hepatobiliäre Phase):\n⟨a¦Hypointense Läsion ⟪S4a¦segment⟫, "
     "⟪9 mm¦size⟫⟩ ⟦(Bild 34)¦11:34¦image_only¦a⟧, ⟨b¦zweite Läsion ⟪S6¦segment⟫, ⟪5 mm¦size⟫⟩ "
     "⟦(Bild 51)¦11:51¦image_only¦b⟧. LI-RADS ⟪LR-4¦staging⟫. Kontrolle in ⟪3 Monaten¦followup⟫."),
    ("g_de10", "DE",
     "Befund: ⟨a¦Im Vergleich zur Voraufnahme vom ⟪02.2026¦date⟫ neu aufgetretene Fraktur der Deckplatte "
     "⟪LWK 1¦level⟫ mit Höhenminderung um ca. ⟪30 %¦ratio⟫⟩ ⟦(sag. Serie 2, Bild 9)¦2:9¦plane¦a⟧. "
     "⟨b¦Vorbestehende Fraktur ⟪BWK 12¦level⟫⟩, damals ⟦(VU: Se 4, Bi 8)¦p4:8¦prior¦b⟧ bereits "
     "gleich konfiguriert."),
    ("g_de11", "DE",
     "PET/CT Ganzkörper, ⟪312 MBq¦dose⟫ F-18-FDG, BZ ⟪96 mg/dl¦lab⟫.\n⟨a¦Hypermetaboler Lymphknoten "
     "infraklavikulär links, SUVmax ⟪8,4¦size⟫⟩ ⟦(IMA 145)¦-:145¦image_only¦a⟧, in der Voruntersuchung "
     "SUVmax ⟪5,1¦size⟫. ⟨b¦Ossärer Herd im Os ilium rechts, SUVmax ⟪6,2¦size⟫⟩ "
     "⟦(IMA 288-291)¦-:288-291¦range¦b⟧."),
    ("g_de12", "DE",
     "CT-Angiographie Becken-Bein.\n⟨a¦Hochgradige Stenose der ⟪A. femoralis superficialis¦level⟫ links "
     "(⟪ca. 80 %¦ratio⟫)⟩ ⟦(Ser. 8 Img. 412)¦8:412¦abbrev_en¦a⟧. ⟨b¦Verschluss der A. tibialis anterior "
     "rechts über ⟪6 cm¦size⟫⟩ ⟦(Ser. 8 Img. 655 ff.)¦8:655¦abbrev_en¦b⟧. CTDIvol ⟪4,1 mGy¦dose⟫."),
    ("g_de13", "DE",
     "Mammographie und Tomosynthese: ⟨a¦Gruppierte pleomorphe Mikroverkalkungen rechts oben außen über "
     "⟪12 mm¦size⟫⟩ ⟦(Tomo Schicht 23)¦-:23¦slice_word¦a⟧, ⟪BI-RADS 4b¦birads⟫. ⟨b¦Im Vergleich zur "
     "Voraufnahme vom ⟪05/2025¦date⟫ neu⟩. ACR-Dichte ⟪C¦birads⟫."),
    ("g_de14", "DE",
     "MRT Prostata (⟪3 T¦dose⟫): ⟨a¦Läsion peripher links basal, ⟪14 mm¦size⟫, ADC ⟪620¦size⟫⟩ "
     "⟦(Serie 9, Bild 14; Serie 12, Bild 14)¦9:14,12:14¦list¦a⟧, ⟪PI-RADS 5¦birads⟫. PSA ⟪11,3 ng/ml¦lab⟫, "
     "Volumen ⟪48 ml¦size⟫, PSA-Dichte ⟪0,24¦ratio⟫."),
    ("g_de15", "DE",
     "Thorax-CT: ⟨a¦Größenregrediente Rundherde in beiden Unterlappen, der größte rechts jetzt ⟪7 mm¦size⟫⟩ "
     "⟦(4:233)¦4:233¦compact¦a⟧ vs. ⟪12 mm¦size⟫ ⟦(Vorbefund 4:240)¦p4:240¦prior¦a⟧. Zählung "
     "⟪3:1¦ratio⟫ zugunsten rechts."),
    ("g_de16", "DE",
     "Beurteilung:\n1. ⟨a¦Neuer Rundherd rechter Unterlappen⟩ ⟦(Se 4, Bi 118)¦4:118¦abbrev_de¦a⟧, "
     "abklärungsbedürftig.\n2. ⟨b¦Kein Nachweis eines Pneumothorax nach Punktion⟩.\n3. ⟨c¦Bekannte "
     "Adrenalismetastase links stationär⟩ ⟦(Se 5, Bi 71, VU Se 5, Bi 69)¦5:71,p5:69¦impression¦c⟧."),
    # ---------------------------------------------------------------- Austria
    ("g_at01", "AT",
     "Befund: ⟨a¦Rundliche Läsion im Lebersegment ⟪V¦segment⟫ mit peripherem Enhancement, ⟪27 mm¦size⟫⟩ "
     "(⟦Se 3 / Bi 45¦3:45¦abbrev_de¦a⟧), im Vorbefund vom ⟪12.3.2026¦date⟫ ⟪19 mm¦size⟫ "
     "(⟦dort Se 4 / Bi 40¦p4:40¦prior¦a⟧)."),
    ("g_at02", "AT",
     "MRT Kniegelenk rechts. ⟨a¦Horizontalriss im Hinterhorn des Innenmeniskus mit Kontakt zur "
     "Unterfläche⟩ ⟦(Schnittbild 14 der Serie 5)¦5:14¦slice_word¦a⟧. ⟨b¦Knochenmarködem "
     "Tibiakopf medial, ⟪18 x 9 mm¦size⟫⟩ ⟦(Ser 6 Schnitt 11-13)¦6:11-13¦range¦b⟧. Erguss ⟪Grad 2¦staging⟫."),
    ("g_at03", "AT",
     "Zum Vergleich liegt die CT vom ⟪24.5.2026¦date⟫ vor.\n⟨a¦Der bekannte Rundherd im Segment ⟪6¦segment⟫ "
     "links misst unverändert ⟪8 mm¦size⟫⟩ ⟦(Serie 2, Bild 160)¦2:160¦full_de¦a⟧, wie in der "
     "Voruntersuchung. ⟨b¦Neu ein ⟪4 mm¦size⟫ großer Herd im Mittellappen⟩ ⟦(Serie 2, Bild 131)¦2:131¦full_de¦b⟧."),
    ("g_at04", "AT",
     "Ultraschall-gesteuerte Punktion, danach CT-Kontrolle (⟪DLP 210 mGy*cm¦dose⟫): ⟨a¦Kleines "
     "perirenales Hämatom links⟩ ⟦(Bild 22 und 27)¦-:22,-:27¦list¦a⟧, kein aktives Extravasat. "
     "Hb ⟪11,2 g/dl¦lab⟫, RR ⟪135/80¦blood_pressure⟫."),
    ("g_at05", "AT",
     "CT Hals: ⟨a¦Nekrotischer Lymphknoten Level ⟪IIa¦level⟫ rechts, ⟪24 mm¦size⟫⟩ ⟦(Se5:Bi61)¦5:61¦compact¦a⟧. "
     "⟨b¦Im Vergleich zur Voruntersuchung größenprogredient (damals ⟪16 mm¦size⟫)⟩ "
     "⟦(VU Se5:Bi58)¦p5:58¦prior¦b⟧. TNM ⟪cT2 cN2b¦staging⟫."),
    ("g_at06", "AT",
     "Röntgen Thorax p.a. vom ⟪30.11.2026¦date⟫, ⟪2 Bilder¦counter⟫: ⟨a¦Fleckige Verdichtung im rechten "
     "Unterfeld⟩ ⟦(Aufnahme 1)¦-:1¦image_only¦a⟧, ⟨b¦seitlich retrokardial bestätigt⟩ "
     "⟦(Aufnahme 2)¦-:2¦image_only¦b⟧. Im Vergleich zur Voraufnahme vom ⟪2.10.2026¦date⟫ neu."),
    ("g_at07", "AT",
     "MR Schädel: ⟨a¦Multiple periventrikuläre T2-hyperintense Läsionen⟩ ⟦(Serie 7, Bild 18, 21, 24)¦"
     "7:18,7:21,7:24¦list¦a⟧, ⟨b¦davon eine neu seit der VU⟩ ⟦(Se 7, Bi 21)¦7:21¦abbrev_de¦b⟧, "
     "⟨c¦in der VU an dieser Stelle unauffällig⟩ ⟦(VU Se 6, Bi 20)¦p6:20¦prior¦c⟧. EDSS ⟪3,0¦counter⟫."),
    ("g_at08", "AT",
     "CT Abdomen: ⟨a¦Appendix verdickt auf ⟪12 mm¦size⟫ mit periappendizitischer Imbibierung⟩ "
     "⟦(S. 4, B. 97)¦4:97¦abbrev_de¦a⟧. ⟨b¦Appendikolith ⟪7 mm¦size⟫⟩ ⟦(S. 4, B. 101)¦4:101¦abbrev_de¦b⟧. "
     "Leukozyten ⟪14,8 G/l¦lab⟫, CRP ⟪8,9 mg/dl¦lab⟫."),
    ("g_at09", "AT",
     "Befundbeurteilung im Vergleich mit dem Vorbefund vom ⟪17.9.2026¦date⟫ (Dr. X, ⟪Tel. 01/40400-1234¦phone⟫):"
     "\n⟨a¦Die Pleuraerguss-Menge hat rechts deutlich zugenommen⟩ ⟦(aktuell Se 3 Bi 88)¦3:88¦abbrev_de¦a⟧, "
     "⟨b¦links unverändert⟩ ⟦(Se 3 Bi 90, damals Se 2 Bi 85)¦3:90,p2:85¦list¦b⟧."),
    ("g_at10", "AT",
     "MRT Becken: ⟨a¦Rektumkarzinom bei ⟪7 cm¦size⟫ ab ano, mrT3c, MRF positiv⟩ "
     "⟦(ax. T2 Serie 4 Bild 19-22)¦4:19-22¦range¦a⟧. ⟨b¦Mesorektaler LK ⟪8 mm¦size⟫ mit irregulärem "
     "Rand⟩ ⟦(Serie 4 Bild 25)¦4:25¦full_de¦b⟧. ⟪EMVI 2¦staging⟫."),
    ("g_at11", "AT",
     "CT Thorax/Abdomen, ⟪KM 90 ml¦dose⟫, ⟪Seite 2 von 3¦counter⟫.\n⟨a¦Neue Osteolyse im ⟪BWK 9¦level⟫⟩ "
     "⟦(Serie 601, Bild 88)¦601:88¦full_de¦a⟧, in der VU vom ⟪1.7.2026¦date⟫ noch nicht sichtbar "
     "⟦(VU Serie 601, Bild 85)¦p601:85¦prior¦a⟧."),
    ("g_at12", "AT",
     "Sonographisch gesteuerte Befundung nicht möglich. ⟨a¦Verdacht auf Cholezystolithiasis, Stein "
     "⟪14 mm¦size⟫⟩ ⟦(Bildnr. 12)¦-:12¦image_only¦a⟧. ⟨b¦Gallengang ⟪5 mm¦size⟫⟩ ⟦(Bildnr. 15)¦-:15¦image_only¦b⟧. "
     "Patientin ⟪68 J.¦age⟫."),
    ("g_at13", "AT",
     "Zusammenfassung:\n- ⟨a¦Progrediente hepatische Metastasierung⟩ ⟦(Se 5, Bi 30-52)¦5:30-52¦impression¦a⟧, "
     "Summe der Zielläsionen ⟪74 mm¦size⟫ vs. ⟪51 mm¦size⟫ in der Baseline.\n- ⟨b¦Baseline-Läsion "
     "⟪S7¦segment⟫ damals ⟪18 mm¦size⟫⟩ ⟦(Baseline Se 5, Bi 47)¦p5:47¦prior¦b⟧."),
    ("g_at14", "AT",
     "CT Schädel: ⟨a¦Subdurales Hämatom links frontoparietal, max. Breite ⟪9 mm¦size⟫, Mittellinienverlagerung "
     "⟪4 mm¦size⟫⟩ ⟦(Bild 21/Serie 2)¦2:21¦slash¦a⟧, gegenüber der Voruntersuchung von ⟪06:15¦time⟫ Uhr "
     "unverändert. GCS ⟪14¦counter⟫."),
    ("g_at15", "AT",
     "Befund: ⟨a¦Aortenaneurysma infrarenal, max. Durchmesser ⟪52 mm¦size⟫⟩ ⟦(koronar Se 8 Bi 40)¦8:40¦plane¦a⟧, "
     "Zunahme um ⟪4 mm¦size⟫ in ⟪12 Monaten¦followup⟫ ⟦(Vergleich Se 8 Bi 38 der VU)¦p8:38¦prior¦a⟧."),
    ("g_at16", "AT",
     "MRT HWS: ⟨a¦Myelopathiesignal auf Höhe ⟪HWK 5/6¦level⟫⟩ ⟦(Serie 3 Schicht 8)¦3:8¦slice_word¦a⟧, "
     "⟨b¦Spinalkanal auf ⟪7 mm¦size⟫ eingeengt⟩ ⟦(Serie 5 Schicht 14)¦5:14¦slice_word¦b⟧. "
     "Nurick ⟪Grad 2¦staging⟫."),
    # ---------------------------------------------------------------- Switzerland
    ("g_ch01", "CH",
     "CT Thorax: ⟨a¦Grösster Rundherd im linken Oberlappen ⟪15 mm¦size⟫⟩ ⟦(Serie 602, Bild 33)¦602:33¦full_de¦a⟧, "
     "in der Voruntersuchung vom ⟪8.9.2026¦date⟫ ⟪11 mm¦size⟫ ⟦(Serie 602, Bild 35 der Voruntersuchung)¦"
     "p602:35¦prior¦a⟧."),
    ("g_ch02", "CH",
     "IRM genou gauche: ⟨a¦Lésion du ligament croisé antérieur⟩ ⟦(série 5, image 14)¦5:14¦full_en¦a⟧, "
     "⟨b¦œdème osseux du plateau tibial latéral de ⟪12 mm¦size⟫⟩ ⟦(série 7, images 9-12)¦7:9-12¦range¦b⟧. "
     "Epanchement de ⟪grade 1¦staging⟫."),
    ("g_ch03", "CH",
     "Beurteilung: ⟨a¦Neu aufgetretene Lungenembolie segmental im rechten Unterlappen⟩ "
     "⟦(Se 4/Bi 201)¦4:201¦abbrev_de¦a⟧. RV/LV ⟪1,1¦ratio⟫. Im Vergleich zur CT vom ⟪3.3.2026¦date⟫ "
     "⟨b¦neu auch ein kleiner Lungeninfarkt⟩ ⟦(Bild 4/230-234)¦4:230-234¦range¦b⟧. Rückfragen ⟪044 255 11 11¦phone⟫."),
    ("g_ch04", "CH",
     "MR Schulter rechts: ⟨a¦Transmurale Ruptur der Supraspinatussehne, Retraktion ⟪Patte 2¦staging⟫⟩ "
     "⟦(cor PD Se 4 Bi 12)¦4:12¦plane¦a⟧, ⟨b¦fettige Atrophie ⟪Goutallier 2¦staging⟫⟩ "
     "⟦(sag T1 Se 6 Bi 3)¦6:3¦plane¦b⟧."),
    ("g_ch05", "CH",
     "Verlaufs-CT nach ⟪2 Zyklen¦counter⟫ Chemotherapie, verglichen mit der Baseline-CT vom ⟪14.7.2026¦date⟫.\n"
     "⟨a¦Leberläsion ⟪S2¦segment⟫ jetzt ⟪22 mm¦size⟫⟩ ⟦(Serie 3, Bild 29)¦3:29¦full_de¦a⟧ "
     "(⟨b¦Baseline ⟪35 mm¦size⟫⟩, ⟦Serie 4, Bild 31¦p4:31¦prior¦b⟧). ⟨c¦Peritoneale Implantate "
     "regredient⟩ ⟦(Serie 3, Bilder 60, 64, 71)¦3:60,3:64,3:71¦list¦c⟧."),
    ("g_ch06", "CH",
     "Röntgen Becken und Hüfte li, ⟪3 Aufnahmen¦counter⟫: ⟨a¦Dislozierte Schenkelhalsfraktur links, "
     "⟪Garden IV¦staging⟫⟩ ⟦(Bild 2 von 3)¦-:2¦image_only¦a⟧. Pauwels-Winkel ⟪60°¦size⟫."),
    ("g_ch07", "CH",
     "CT Abdomen: ⟨a¦Freie Luft subhepatisch⟩ ⟦(Se.3 Bi.55)¦3:55¦abbrev_de¦a⟧ und ⟨b¦im Bereich des "
     "Lig. falciforme⟩ ⟦(Se.3 Bi.41)¦3:41¦abbrev_de¦b⟧, in der Voruntersuchung vom Vortag nicht vorhanden. "
     "Lactat ⟪3,8 mmol/l¦lab⟫."),
    ("g_ch08", "CH",
     "MRI Rektum: ⟨a¦Tumor ab ⟪6 cm¦size⟫ ab ano, ⟪mrT3b¦staging⟫⟩ ⟦(Sequenz 5, Bild 18)¦5:18¦full_de¦a⟧. "
     "Im Vergleich zur Vor-MRI vom ⟪5.5.2026¦date⟫ ⟨b¦deutliche Regredienz der Wanddicke⟩ "
     "⟦(aktuell Sequenz 5, Bild 20; vormals Sequenz 6, Bild 22)¦5:20,p6:22¦list¦b⟧."),
    ("g_ch09", "CH",
     "Thorax-CT: Serie 3 (Lungenfenster):\n⟨a¦Subsolider Nodulus rechter Oberlappen ⟪9 mm¦size⟫, solide "
     "Komponente ⟪4 mm¦size⟫⟩ ⟦(Bild 88)¦3:88¦image_only¦a⟧.\n⟨b¦Bronchiektasen im Mittellappen⟩ "
     "⟦(Bilder 140–152)¦3:140-152¦range¦b⟧. ⟪Lung-RADS 4A¦birads⟫."),
    ("g_ch10", "CH",
     "Angio-CT Hals: ⟨a¦Abgangsstenose der ACI links ⟪70 %¦ratio⟫ nach NASCET⟩ ⟦(S5 B212)¦5:212¦compact¦a⟧, "
     "⟨b¦Plaque ulzeriert⟩ ⟦(S5 B215)¦5:215¦compact¦b⟧. Rechts ⟪< 50 %¦ratio⟫."),
    ("g_ch11", "CH",
     "Bericht ergänzt am ⟪9.12.2026¦date⟫ um ⟪16:05¦time⟫:\nNach Vergleich mit den externen Voraufnahmen "
     "(Spital Y, ⟪20.10.2026¦date⟫): ⟨a¦Der Nebennierenknoten rechts war extern bereits vorhanden⟩ "
     "⟦(externe CT Serie 2 Bild 47)¦p2:47¦prior¦a⟧ ⟨b¦und ist jetzt größenkonstant ⟪18 mm¦size⟫⟩ "
     "⟦(Serie 5 Bild 52)¦5:52¦full_de¦b⟧."),
    ("g_ch12", "CH",
     "CT Schädel: ⟨a¦Frische Kalottenfraktur temporal rechts⟩ ⟦(Knochenfenster, Serie 4, Bild 16)¦4:16¦full_de¦a⟧, "
     "⟨b¦epidurales Hämatom ⟪11 mm¦size⟫⟩ ⟦(Serie2Bild16)¦2:16¦glued¦b⟧. Volumen ⟪ca. 25 ml¦size⟫."),
    ("g_ch13", "CH",
     "Mammographie, Vergleich mit ⟪2024¦date⟫: ⟨a¦Neue spikulierte Verdichtung links oben innen, "
     "⟪9 mm¦size⟫⟩ ⟦(CC Bild 3, MLO Bild 4)¦-:3,-:4¦list¦a⟧, ⟪BI-RADS 5¦birads⟫. ⟨b¦In der Voraufnahme "
     "an gleicher Stelle nur Parenchym⟩ ⟦(Voraufnahme Bild 4)¦p-:4¦prior¦b⟧."),
    ("g_ch14", "CH",
     "MRT Leber: ⟨a¦Zyste ⟪S3¦segment⟫ ⟪12 mm¦size⟫⟩ ⟦(Se 8 Im 22)¦8:22¦abbrev_en¦a⟧, ⟨b¦Hämangiom ⟪S7¦segment⟫ "
     "⟪19 mm¦size⟫, gegenüber der Voruntersuchung unverändert⟩ ⟦(Se 8 Im 41)¦8:41¦abbrev_en¦b⟧."),
    ("g_ch15", "CH",
     "Zusammenfassung: 1. ⟨a¦Stationäre pulmonale Rundherde⟩ ⟦(Se 3 Bi 70, 112)¦3:70,3:112¦impression¦a⟧. "
     "2. ⟨b¦Kein Lokalrezidiv im Operationsgebiet⟩. Nächste Kontrolle in ⟪6 Monaten¦followup⟫."),
    ("g_ch16", "CH",
     "PET-CT: ⟨a¦FDG-avider Primärtumor im rechten Unterlappen, SUVmax ⟪14¦size⟫⟩ "
     "⟦(Serie 4 Bild 201)¦4:201¦full_de¦a⟧. Applizierte Aktivität ⟪250 MBq¦dose⟫, "
     "Wartezeit ⟪62 min¦time⟫."),
    # ---------------------------------------------------------------- United Kingdom
    ("g_uk01", "UK",
     "CT chest with contrast. Comparison: CT of ⟪03/07/2026¦date⟫.\nFindings: ⟨a¦The right lower lobe nodule has "
     "grown to ⟪14 mm¦size⟫⟩ ⟦(series 3 image 45)¦3:45¦full_en¦a⟧, ⟨b¦previously ⟪9 mm¦size⟫⟩ "
     "⟦(previous CT series 3 image 41)¦p3:41¦prior¦b⟧."),
    ("g_uk02", "UK",
     "MRI lumbar spine: ⟨a¦Broad-based disc protrusion at ⟪L4/5¦level⟫ narrowing the left lateral recess⟩ "
     "⟦(S5 I12)¦5:12¦compact¦a⟧. ⟨b¦Facet effusions at ⟪L4/5¦level⟫ and ⟪L5/S1¦level⟫⟩ "
     "⟦(S7 I20-22)¦7:20-22¦range¦b⟧."),
    ("g_uk03", "UK",
     "CT abdomen/pelvis. ⟨a¦There is a ⟪2.1 cm¦size⟫ hypodense lesion in ⟪segment 4b¦segment⟫⟩ "
     "⟦(image 45/series 3)¦3:45¦slash¦a⟧ which is new compared with the study of ⟪12/05/2026¦date⟫. "
     "⟨b¦Small volume ascites⟩ ⟦(images 3/80 and 3/96)¦3:80,3:96¦list¦b⟧."),
    ("g_uk04", "UK",
     "Reported by Dr A, ⟪bleep 4412¦phone⟫, ⟪14:55¦time⟫.\n⟨a¦Acute left MCA territory infarct⟩ "
     "⟦(se 3, im 18)¦3:18¦abbrev_en¦a⟧. ⟨b¦Hyperdense left MCA sign⟩ ⟦(Se3Im14)¦3:14¦glued¦b⟧. "
     "ASPECTS ⟪6¦counter⟫. Onset ⟪11:20¦time⟫."),
    ("g_uk05", "UK",
     "MDT summary (⟪02/12/2026¦date⟫):\nTarget lesion 1: ⟨a¦liver ⟪segment 8¦segment⟫, ⟪29 mm¦size⟫ "
     "(baseline ⟪41 mm¦size⟫)⟩, ⟦series 4 image 33¦4:33¦full_en¦a⟧.\nTarget lesion 2: ⟨b¦right para-tracheal "
     "node, ⟪12 mm¦size⟫ short axis (baseline ⟪19 mm¦size⟫)⟩, ⟦series 4 image 12¦4:12¦full_en¦b⟧.\n"
     "Sum: ⟪41 mm¦size⟫ (baseline ⟪60 mm¦size⟫), ⟪-32%¦ratio⟫: partial response."),
    ("g_uk06", "UK",
     "CT head: ⟨a¦Chronic small vessel ischaemic change⟩. ⟨b¦Old right cerebellar infarct⟩ "
     "⟦(axial image 12)¦-:12¦plane¦b⟧, unchanged from the prior study of ⟪2024¦date⟫ "
     "⟦(prior image 11)¦p-:11¦prior¦b⟧."),
    ("g_uk07", "UK",
     "Addendum ⟪05/12/2026¦date⟫: ⟨a¦On review there is also a non-displaced fracture of the right ⟪7th rib¦level⟫⟩ "
     "⟦(Se 2 Im 133)¦2:133¦abbrev_en¦a⟧, not visible on the radiograph of ⟪01/12/2026¦date⟫. "
     "Discussed with ward ⟪F3¦counter⟫ on ext ⟪5521¦phone⟫."),
    ("g_uk08", "UK",
     "MRI liver. ⟨a¦The ⟪1.4 cm¦size⟫ arterially enhancing lesion in ⟪segment 6¦segment⟫ shows washout⟩ "
     "(⟦im 45 se 9¦9:45¦abbrev_en¦a⟧), previously ⟪0.9 cm¦size⟫ (⟦prior im 40 se 9¦p9:40¦prior¦a⟧). "
     "⟪LR-5¦staging⟫. AFP ⟪212 kU/L¦lab⟫."),
    ("g_uk09", "UK",
     "CTPA: ⟨a¦Filling defects in the right lower lobe segmental arteries⟩ "
     "⟦(images 4/187, 4/192 and 4/199)¦4:187,4:192,4:199¦list¦a⟧. RV:LV ratio ⟪1.3:1¦ratio⟫. "
     "⟨b¦No PE on the previous CTPA⟩ of ⟪June 2026¦date⟫."),
    ("g_uk10", "UK",
     "Staging CT: ⟨a¦Primary tumour at the hepatic flexure⟩ ⟦(3/58)¦3:58¦slash¦a⟧, ⟪T3 N1 M0¦staging⟫. "
     "⟨b¦Two pericolic nodes up to ⟪8 mm¦size⟫⟩ ⟦(3/61, 3/64)¦3:61,3:64¦list¦b⟧."),
    ("g_uk11", "UK",
     "CT KUB (⟪DLP 180 mGy.cm¦dose⟫): ⟨a¦⟪6 mm¦size⟫ calculus at the left VUJ⟩ ⟦(slice 188)¦-:188¦slice_word¦a⟧ "
     "with ⟨b¦mild upstream hydronephrosis⟩ ⟦(slices 120-135)¦-:120-135¦range¦b⟧. Density ⟪980 HU¦size⟫."),
    ("g_uk12", "UK",
     "Comparison is made with the outside CT from St Elsewhere of ⟪18/09/2026¦date⟫.\n⟨a¦The left "
     "adrenal nodule measured ⟪22 mm¦size⟫ on the outside study⟩ ⟦(outside series 2 image 51)¦p2:51¦prior¦a⟧ "
     "⟨b¦and now measures ⟪23 mm¦size⟫⟩ ⟦(series 5 image 60)¦5:60¦full_en¦b⟧. Washout ⟪65%¦ratio⟫."),
    ("g_uk13", "UK",
     "CONCLUSION:\n1. ⟨a¦Enlarging right lower lobe nodule⟩ ⟦(3/45)¦3:45¦impression¦a⟧, suspicious for "
     "malignancy. Brock score ⟪38%¦ratio⟫.\n2. ⟨b¦Stable ⟪4 mm¦size⟫ left upper lobe nodule⟩ "
     "⟦(3/20)¦3:20¦impression¦b⟧, as on the previous study."),
    ("g_uk14", "UK",
     "Ultrasound neck: ⟨a¦Solid hypoechoic thyroid nodule right lobe ⟪18 x 12 x 10 mm¦size⟫⟩ "
     "⟦(image 7)¦-:7¦image_only¦a⟧, ⟪U4¦birads⟫. ⟨b¦Previously ⟪14 mm¦size⟫⟩ ⟦(prior image 5)¦p-:5¦prior¦b⟧ on the "
     "⟪2025¦date⟫ scan."),
    ("g_uk15", "UK",
     "MRI pelvis: ⟨a¦Endometrioma left ovary ⟪4.2 cm¦size⟫⟩ ⟦(sag T2 series 4 image 15)¦4:15¦plane¦a⟧, ⟨b¦a "
     "further deposit in the rectovaginal septum⟩ ⟦(series 4, image 19 of 30)¦4:19¦full_en¦b⟧. "
     "CA-125 ⟪88 U/mL¦lab⟫."),
    ("g_uk16", "UK",
     "Cardiac MRI: ⟨a¦Subendocardial late enhancement in the basal inferior wall⟩ ⟦(SAX image 4)¦-:4¦plane¦a⟧, "
     "⟪50%¦ratio⟫ transmural. LVEF ⟪41%¦ratio⟫, LVEDV ⟪182 ml¦size⟫. ⟨b¦Not present on the prior CMR of "
     "⟪2023¦date⟫⟩ ⟦(prior SAX image 4)¦p-:4¦prior¦b⟧."),
    # ---------------------------------------------------------------- United States
    ("g_us01", "US",
     "CT CHEST W CONTRAST ⟪12/2/2026¦date⟫. COMPARISON: ⟪8/14/2026¦date⟫.\nFINDINGS: ⟨a¦Spiculated right upper "
     "lobe mass now measures ⟪3.1 x 2.4 cm¦size⟫⟩ ⟦(series 3, image 61)¦3:61¦full_en¦a⟧, previously "
     "⟪2.2 x 1.9 cm¦size⟫ ⟦(series 3, image 58 on prior)¦p3:58¦prior¦a⟧."),
    ("g_us02", "US",
     "⟨a¦Hypodense lesion in the pancreatic tail⟩ ⟦(3:112)¦3:112¦compact¦a⟧ measuring ⟪1.6 cm¦size⟫. "
     "⟨b¦Pancreatic duct dilated to ⟪4 mm¦size⟫⟩ ⟦(3:98)¦3:98¦compact¦b⟧. CA 19-9 ⟪412 U/mL¦lab⟫. "
     "Recommend EUS in ⟪2-4 weeks¦followup⟫."),
    ("g_us03", "US",
     "MRI BRAIN: ⟨a¦New enhancing lesion in the left frontal lobe⟩ ⟦(se 12 im 88)¦12:88¦abbrev_en¦a⟧, "
     "not present on ⟪10/3/2026¦date⟫ exam. ⟨b¦Previously seen right parietal lesion decreased⟩ "
     "⟦(se 12 im 104; prior se 11 im 101)¦12:104,p11:101¦list¦b⟧."),
    ("g_us04", "US",
     "IMPRESSION:\n1. ⟨a¦Acute appendicitis without perforation⟩ ⟦(series 2 images 70-78)¦2:70-78¦impression¦a⟧.\n"
     "2. ⟨b¦⟪5 mm¦size⟫ nonobstructing left renal stone⟩ ⟦(2:55)¦2:55¦impression¦b⟧.\nCTDIvol ⟪9.8 mGy¦dose⟫, "
     "DLP ⟪512 mGy-cm¦dose⟫."),
    ("g_us05", "US",
     "Critical result called to Dr. B at ⟪4:42 PM¦time⟫ on ⟪12/3/2026¦date⟫, read back confirmed, ⟪(617) "
     "555-0143¦phone⟫.\n⟨a¦Large left pneumothorax with ⟪2 cm¦size⟫ rightward mediastinal shift⟩ "
     "⟦(IMG 45 SE 2)¦2:45¦abbrev_en¦a⟧."),
    ("g_us06", "US",
     "Lung-RADS follow-up. ⟨a¦Solid nodule in the RML measuring ⟪7.2 mm¦size⟫ mean diameter⟩ "
     "⟦(image 143)¦-:143¦image_only¦a⟧, increased from ⟪5.8 mm¦size⟫ on the ⟪1/2026¦date⟫ LDCT "
     "⟦(image 139 on prior)¦p-:139¦prior¦a⟧. ⟪Lung-RADS 4A¦birads⟫. Follow-up LDCT in ⟪3 months¦followup⟫."),
    ("g_us07", "US",
     "MRI L-SPINE: ⟨a¦Large central disc extrusion at ⟪L5-S1¦level⟫ with caudal migration⟩ "
     "⟦(sagittal T2 #9)¦-:9¦plane¦a⟧ ⟨b¦compressing the bilateral S1 nerve roots⟩ "
     "⟦(axial T2 #31-33)¦-:31-33¦range¦b⟧."),
    ("g_us08", "US",
     "CT A/P: ⟨a¦Sigmoid diverticulitis with a ⟪3.2 cm¦size⟫ pericolic abscess⟩ ⟦(sr 2, im 87)¦2:87¦abbrev_en¦a⟧. "
     "⟨b¦The abscess was not present on the prior CT from ⟪June¦date⟫⟩; ⟨c¦the diverticular disease is "
     "similar⟩ ⟦(2:90; prior 4:92)¦2:90,p4:92¦list¦c⟧. WBC ⟪17.2¦lab⟫."),
    ("g_us09", "US",
     "TUMOR BOARD RECIST:\nLesion | Location | Series/Image | Current | Baseline\n"
     "T1 | ⟨a¦Liver seg 7⟩ | ⟦5/44¦5:44¦slash¦a⟧ | ⟪36 mm¦size⟫ | ⟪30 mm¦size⟫\n"
     "T2 | ⟨b¦Right adrenal⟩ | ⟦5/71¦5:71¦slash¦b⟧ | ⟪21 mm¦size⟫ | ⟪15 mm¦size⟫\n"
     "SLD ⟪57 mm¦size⟫ vs ⟪45 mm¦size⟫ (⟪+27%¦ratio⟫): progressive disease."),
    ("g_us10", "US",
     "MAMMOGRAM/US: ⟨a¦Irregular hypoechoic mass at ⟪10 o'clock¦time⟫, ⟪4 cm FN¦size⟫, measuring ⟪1.4 cm¦size⟫⟩ "
     "⟦(image 12)¦-:12¦image_only¦a⟧. ⟪BI-RADS 4C¦birads⟫. ⟨b¦Axillary node with cortical thickening "
     "⟪4 mm¦size⟫⟩ ⟦(images 17, 18)¦-:17,-:18¦list¦b⟧."),
    ("g_us11", "US",
     "CT HEAD WO: ⟨a¦Small acute subdural along the right tentorium⟩ ⟦(S3:I22)¦3:22¦compact¦a⟧, ⟨b¦new since the "
     "⟪11:10¦time⟫ exam the same day⟩. ⟨c¦Unchanged right frontal contusion⟩ ⟦(S3:I30 current, S3:I29 prior)¦"
     "3:30,p3:29¦list¦c⟧. GCS ⟪15¦counter⟫."),
    ("g_us12", "US",
     "Comparison: outside MRI ⟪9/9/2026¦date⟫ (uploaded to PACS as series 901).\n⟨a¦The ⟪2.8 cm¦size⟫ "
     "enhancing mass in the left kidney⟩ ⟦(series 14 image 40)¦14:40¦full_en¦a⟧ was ⟪2.1 cm¦size⟫ on the outside "
     "study ⟦(series 901 image 22)¦p901:22¦prior¦a⟧. ⟪Bosniak 4¦staging⟫."),
    ("g_us13", "US",
     "CTA CHEST: ⟨a¦Ascending aorta dilated to ⟪4.6 cm¦size⟫⟩ ⟦(coronal series 6 image 71)¦6:71¦plane¦a⟧, "
     "⟪4.4 cm¦size⟫ on the prior of ⟪3/2025¦date⟫. ⟨b¦No dissection flap⟩. Heart rate ⟪62 bpm¦counter⟫, "
     "BP ⟪142/88¦blood_pressure⟫."),
    ("g_us14", "US",
     "US RUQ: ⟨a¦Gallbladder wall thickened to ⟪5 mm¦size⟫ with pericholecystic fluid⟩ "
     "⟦(images 14-16)¦-:14-16¦range¦a⟧. ⟨b¦Positive sonographic Murphy sign⟩. ⟨c¦CBD ⟪4 mm¦size⟫⟩ "
     "⟦(image 22)¦-:22¦image_only¦c⟧. Patient is ⟪54 y/o¦age⟫."),
    ("g_us15", "US",
     "PET/CT: ⟨a¦Hypermetabolic right hilar node, SUV max ⟪9.1¦size⟫ (previously ⟪12.4¦size⟫)⟩ "
     "⟦(fused image 98)¦-:98¦image_only¦a⟧. ⟨b¦Resolved uptake in the left iliac bone⟩, seen on baseline "
     "⟦(baseline fused image 201)¦p-:201¦prior¦b⟧. Deauville ⟪3¦staging⟫. ⟪11.2 mCi¦dose⟫ FDG."),
    ("g_us16", "US",
     "ADDENDUM ⟪12/4/2026 09:12¦date⟫: ⟨a¦The ⟪3 mm¦size⟫ nodule in the lingula⟩ ⟦(Se: 4 Im: 167)¦4:167¦abbrev_en¦a⟧ "
     "is unchanged from ⟪2024¦date⟫ ⟦(Se: 4 Im: 160 of prior)¦p4:160¦prior¦a⟧ and is benign. No follow-up needed."),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(eid, origin, marked) for eid, origin, marked in _RAW)
