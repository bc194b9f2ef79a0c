"""Held-out refs K: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs page or any earlier corpus's texts. Do not tune
the miner on these texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus
tests.heldout_refs_k.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section, else series is
None; a plane word changes nothing; a citation into a prior, comparison, baseline or outside study is gold with
prior_study true. Set K mixes slash and glued German forms, comparison sentences that cite both the current and
the prior exam, and dense confounders (sizes, dates, levels, segments, doses, lab values, scores).
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    # --- DE ---
    ("k_de01", "DE",
     "CT Thorax mit KM vom ⟪04.11.2026¦date⟫, Vergleich zur VU vom ⟪02.05.2026¦date⟫. "
     "⟨s1¦Solider Rundherd im Mittellappen, aktuell ⟪11 mm¦size⟫⟩ ⟦(Serie 5, Bild 131)¦5:131¦full_de¦s1⟧, "
     "⟨s2¦in der VU ⟪8 mm¦size⟫⟩ ⟦(VU Se 6, Bi 127)¦p6:127¦prior¦s2⟧. "
     "⟨s3¦Kein Perikarderguss⟩ ⟦(Bild 4/58)¦4:58¦slash¦s3⟧."),
    ("k_de02", "DE",
     "MRT LWS nativ. ⟨s1¦Bandscheibenprotrusion ⟪LWK 4/5¦level⟫ mit Kontakt zur Wurzel L5 rechts⟩ "
     "⟦(Serie 7 Bild 14 und 15)¦7:14,7:15¦list¦s1⟧. ⟨s2¦Modic-I-Veränderungen ⟪LWK 5/SWK 1¦level⟫⟩ "
     "⟦(sag. T2, Se 4 Bi 9)¦4:9¦plane¦s2⟧. Befund ⟪1/2¦counter⟫ an Zuweiser."),
    ("k_de03", "DE",
     "Leber: ⟨s1¦Hypodense Läsion in ⟪Segment VII¦segment⟫, ⟪2,3 x 1,9 cm¦size⟫⟩ ⟦(Se3Bi77)¦3:77¦glued¦s1⟧, "
     "⟨s2¦in der Voruntersuchung ⟪1,8 cm¦size⟫⟩ ⟦(VU: Serie 3, Bild 71)¦p3:71¦prior¦s2⟧. "
     "⟨s3¦Weitere kleine Zyste in ⟪S IVa¦segment⟫⟩ ⟦(Bild 3/52, 3/55)¦3:52,3:55¦list¦s3⟧."),
    ("k_de04", "DE",
     "Schädel-CT nativ, ⟪CTDIvol 48 mGy¦dose⟫. ⟨s1¦Chronische Lakune im Putamen links⟩ ⟦(Bild 2/18)¦2:18¦slash¦s1⟧. "
     "⟨s2¦Keine frische Blutung, keine Mittellinienverlagerung⟩ ⟦(Serie 2, Bilder 10-24)¦2:10-24¦range¦s2⟧. "
     "⟨s3¦Die Lakune war bereits in der Vor-CT sichtbar⟩ ⟦(Vor-CT Se 2, Bi 17)¦p2:17¦prior¦s3⟧."),
    ("k_de05", "DE",
     "Beurteilung: 1. ⟨s1¦Neu aufgetretene Lebermetastase ⟪Segment 6¦segment⟫⟩ ⟦(Serie 4, Bild "
     "88)¦4:88¦impression¦s1⟧, "
     "⟨s2¦in der Voruntersuchung nicht abgrenzbar⟩ ⟦(VU Serie 4, Bild 85)¦p4:85¦prior¦s2⟧. "
     "2. ⟨s3¦Progrediente Lymphadenopathie paraaortal, ⟪14 mm¦size⟫ Kurzachse⟩ ⟦(Se 4/120)¦4:120¦slash¦s3⟧. "
     "Staging ⟪ypT3 N1¦staging⟫."),
    ("k_de06", "DE",
     "Serie 8: ⟨s1¦Pleuraerguss rechts, maximal ⟪3,5 cm¦size⟫ Saumbreite⟩ ⟦(Bild 44)¦8:44¦image_only¦s1⟧. "
     "⟨s2¦Dystelektase im Unterlappen⟩ ⟦(Bild 51)¦8:51¦image_only¦s2⟧. "
     "⟪Bilddokumentation¦bild_word⟫ im PACS. ⟪Kreatinin 1,4 mg/dl¦lab⟫."),
    ("k_de07", "DE",
     "MRT Knie rechts. ⟨s1¦Horizontalriss im Innenmeniskushinterhorn bis an die Unterfläche⟩ "
     "⟦(cor PD fs, Serie 5, Bild 12)¦5:12¦plane¦s1⟧ ⟦(sag Serie 3, Bild 18)¦3:18¦plane¦s1⟧. "
     "⟨s2¦Knochenmarködem mediales Tibiaplateau⟩ ⟦(Se 5, Schicht 14)¦5:14¦slice_word¦s2⟧."),
    ("k_de08", "DE",
     "Im Vergleich zur Voruntersuchung ⟨s1¦größenregredienter Herd im linken Oberlappen, jetzt ⟪6 mm¦size⟫⟩ "
     "⟦(Se 3, Bi 64)¦3:64¦abbrev_de¦s1⟧ ⟨s2¦gegenüber ⟪10 mm¦size⟫⟩ ⟦(VU Se 3, Bi 60)¦p3:60¦prior¦s2⟧. "
     "⟨s3¦Zentrilobuläres Emphysem⟩ ⟦(Bild 3/20-35)¦3:20-35¦range¦s3⟧. Kontrolle in ⟪6 Monaten¦followup⟫."),
    ("k_de09", "DE",
     "Patientin, ⟪67 J.¦age⟫. Mamma-MRT: ⟨s1¦Irreguläre Raumforderung links bei ⟪2 Uhr¦time⟫, ⟪14 mm¦size⟫⟩ "
     "⟦(Se 12 Bi 88)¦12:88¦abbrev_de¦s1⟧, ⟪BI-RADS 5¦birads⟫. ⟨s2¦In der Vor-MRT nicht vorhanden⟩ "
     "⟦(Vor-MRT: Serie 12, Bild 86)¦p12:86¦prior¦s2⟧."),
    ("k_de10", "DE",
     "CT Abdomen. ⟨s1¦Nierenzyste links Bosniak II⟩ ⟦(Bild 5/77 und 5/81)¦5:77,5:81¦list¦s1⟧. "
     "⟨s2¦Nebennierenadenom rechts, ⟪18 mm¦size⟫, Dichte ⟪8 HU¦ratio⟫⟩ ⟦(Serie5Bild64)¦5:64¦glued¦s2⟧. "
     "⟨s3¦Dieses war in der VU identisch⟩ ⟦(VU Se 5, Bi 60)¦p5:60¦prior¦s3⟧."),
    ("k_de11", "DE",
     "HWS-CT nach Sturz. ⟨s1¦Nicht dislozierte Fraktur des Dens axis⟩ ⟦(sagittal Serie 6, Bild 33)¦6:33¦plane¦s1⟧ "
     "⟦(axial Serie 2, Bild 19)¦2:19¦plane¦s1⟧. ⟨s2¦Keine Fraktur ⟪HWK 3 bis HWK 7¦level⟫⟩ "
     "⟦(Se 6, Bi 20-45)¦6:20-45¦range¦s2⟧. RR ⟪145/90 mmHg¦blood_pressure⟫."),
    ("k_de12", "DE",
     "Verlaufskontrolle. ⟨s1¦Zielläsion 1 (Leber) aktuell ⟪32 mm¦size⟫⟩ ⟦(S4B66)¦4:66¦compact¦s1⟧, "
     "⟨s2¦Baseline ⟪41 mm¦size⟫⟩ ⟦(Baseline S4B63)¦p4:63¦prior¦s2⟧. "
     "⟨s3¦Zielläsion 2 (Lymphknoten iliakal) aktuell ⟪12 mm¦size⟫⟩ ⟦(S4B140)¦4:140¦compact¦s3⟧, "
     "⟨s4¦Baseline ⟪19 mm¦size⟫⟩ ⟦(Baseline S4B137)¦p4:137¦prior¦s4⟧. Summe ⟪-28 %¦ratio⟫."),
    ("k_de13", "DE",
     "Angio-CT Becken-Bein. ⟨s1¦Hochgradige Stenose der A. femoralis superficialis links⟩ "
     "⟦(Serie 9, Bilder 210, 214 und 219)¦9:210,9:214,9:219¦list¦s1⟧. ⟨s2¦Verschluss der A. tibialis anterior rechts⟩ "
     "⟦(Se9Bi402)¦9:402¦glued¦s2⟧. ⟪120 ml¦dose⟫ Kontrastmittel."),
    ("k_de14", "DE",
     "Beurteilung: ⟨s1¦Akute Cholezystitis mit Wandverdickung auf ⟪6 mm¦size⟫⟩ ⟦(Bild 3/45)¦3:45¦impression¦s1⟧. "
     "⟨s2¦Choledocholithiasis, Konkrement ⟪7 mm¦size⟫ präpapillär⟩ ⟦(Bild 3/61)¦3:61¦impression¦s2⟧. "
     "⟨s3¦Im Vor-CT lag das Konkrement noch im Ductus cysticus⟩ ⟦(Vor-CT, Bild 3/50)¦p3:50¦prior¦s3⟧. "
     "Rückruf unter ⟪0221 478-3321¦phone⟫."),
    ("k_de15", "DE",
     "⟨s1¦Lungenembolie im Segmentarterienabgang ⟪S10¦segment⟫ rechts⟩ ⟦(Serie 4, Schnitt 201)¦4:201¦slice_word¦s1⟧ "
     "und ⟨s2¦subsegmental im linken Unterlappen⟩ ⟦(Schnitt 215)¦4:215¦slice_word¦s2⟧. "
     "⟨s3¦RV/LV-Quotient ⟪1,1¦ratio⟫⟩ ⟦(Serie 4, Schnitt 150)¦4:150¦slice_word¦s3⟧. ⟪D-Dimere 2,8 mg/l¦lab⟫."),
    # --- AT ---
    ("k_at01", "AT",
     "CT Thorax-Abdomen, Vorbefund vom ⟪17.06.2026¦date⟫ zum Vergleich. ⟨s1¦Die Lungenmetastase rechts basal misst nun "
     "⟪15 mm¦size⟫⟩ ⟦(Se. 201, Bild 88)¦201:88¦abbrev_de¦s1⟧, ⟨s2¦damals ⟪9 mm¦size⟫⟩ "
     "⟦(Vorbefund Se. 201, Bild 80)¦p201:80¦prior¦s2⟧. ⟨s3¦Neue Metastase im Segment VIII⟩ "
     "⟦(Se. 301, Bild 45)¦301:45¦abbrev_de¦s3⟧."),
    ("k_at02", "AT",
     "MR Schulter li. ⟨s1¦Transmurale Ruptur der Supraspinatussehne, Retraktion ⟪2 cm¦size⟫⟩ "
     "⟦(cor. T2 fs Serie 4/Bild 11)¦4:11¦plane¦s1⟧. ⟨s2¦Fettige Atrophie Goutallier ⟪Grad 2¦staging⟫⟩ "
     "⟦(sag. Serie 6/Bild 7)¦6:7¦plane¦s2⟧."),
    ("k_at03", "AT",
     "⟨s1¦Stationäre Raumforderung im Pankreaskopf, ⟪24 x 19 mm¦size⟫⟩ ⟦(Se4/Bi55)¦4:55¦slash¦s1⟧, "
     "⟨s2¦in der Vergleichsuntersuchung ⟪23 x 19 mm¦size⟫⟩ ⟦(VGL Se4/Bi52)¦p4:52¦prior¦s2⟧. "
     "⟨s3¦Gestauter Ductus Wirsungianus⟩ ⟦(Se4/Bi48-54)¦4:48-54¦range¦s3⟧. ⟪CA 19-9 210 U/ml¦lab⟫."),
    ("k_at04", "AT",
     "cCT: ⟨s1¦Subdurales Hämatom links frontoparietal, Breite ⟪9 mm¦size⟫⟩ ⟦(Bild 2/22)¦2:22¦slash¦s1⟧, "
     "⟨s2¦im Vor-CT ⟪6 mm¦size⟫⟩ ⟦(Vor-CT Bild 2/24)¦p2:24¦prior¦s2⟧. "
     "⟨s3¦Mittellinienshift ⟪4 mm¦size⟫⟩ ⟦(Bild 2/20)¦2:20¦slash¦s3⟧. GCS ⟪13¦counter⟫."),
    ("k_at05", "AT",
     "MR Becken. ⟨s1¦Rektumkarzinom ⟪6 cm¦size⟫ ab ano, ⟪mrT3c¦staging⟫⟩ ⟦(Serie 5, Bild 19 bis 26)¦5:19-26¦range¦s1⟧. "
     "⟨s2¦MRF-Abstand ⟪1 mm¦size⟫ bei ⟪7 Uhr¦time⟫⟩ ⟦(Serie 5, Bild 23)¦5:23¦full_de¦s2⟧. "
     "⟨s3¦Suspekter mesorektaler Lymphknoten⟩ ⟦(Bild 21)¦5:21¦image_only¦s3⟧."),
    ("k_at06", "AT",
     "Zusammenfassung: ⟨s1¦Größenprogrediente Lebermetastasen⟩ ⟦(Serie 3, Bild 40, 52, "
     "60)¦3:40,3:52,3:60¦impression¦s1⟧; "
     "⟨s2¦im Vorbefund kleiner⟩ ⟦(Vorbefund Serie 3, Bild 38 und 51)¦p3:38,p3:51¦prior¦s2⟧. "
     "⟪RECIST PD¦staging⟫."),
    ("k_at07", "AT",
     "Thorax-CT. ⟨s1¦Milchglasinfiltrate beidseits peripher⟩ ⟦(Se 3, Bi 40-90)¦3:40-90¦range¦s1⟧. "
     "⟨s2¦Geringer Erguss links⟩ ⟦(Se3Bi112)¦3:112¦glued¦s2⟧. CO-RADS ⟪5¦counter⟫. SpO2 ⟪91 %¦lab⟫."),
    ("k_at08", "AT",
     "Knochenszintigraphie-Korrelat im CT: ⟨s1¦Osteoblastische Metastase ⟪BWK 9¦level⟫⟩ ⟦(sag Se 7 Bi "
     "31)¦7:31¦plane¦s1⟧, "
     "⟨s2¦in der Vor-Untersuchung bereits angedeutet⟩ ⟦(VU sag Se 7 Bi 30)¦p7:30¦prior¦s2⟧. "
     "⟨s3¦Neue Läsion Os ilium rechts⟩ ⟦(Se 2 Bi 240)¦2:240¦abbrev_de¦s3⟧."),
    ("k_at09", "AT",
     "Nierensteine: ⟨s1¦Konkrement im Nierenbecken rechts ⟪8 mm¦size⟫⟩ ⟦(Bild 2/66)¦2:66¦slash¦s1⟧, "
     "⟨s2¦im distalen Ureter links ⟪4 mm¦size⟫⟩ ⟦(Bild 2/141)¦2:141¦slash¦s2⟧. "
     "⟨s3¦Das Konkrement links war im Vorbefund noch im Nierenbecken⟩ ⟦(Vorbefund Bild 2/70)¦p2:70¦prior¦s3⟧."),
    ("k_at10", "AT",
     "MR Schädel. ⟨s1¦Kontrastmittelaufnehmende Läsion rechts temporal ⟪18 mm¦size⟫⟩ ⟦(T1 KM Serie 11, Bild "
     "64)¦11:64¦full_de¦s1⟧. "
     "⟨s2¦Perifokales Ödem⟩ ⟦(FLAIR Serie 8, Bild 60-70)¦8:60-70¦range¦s2⟧. "
     "⟨s3¦Vergleich Vor-MR: Läsion damals ⟪12 mm¦size⟫⟩ ⟦(Vor-MR Serie 11, Bild 62)¦p11:62¦prior¦s3⟧."),
    ("k_at11", "AT",
     "⟨s1¦Appendix verdickt auf ⟪11 mm¦size⟫ mit Appendikolith⟩ ⟦(Se5Bi89, Se5Bi92)¦5:89,5:92¦list¦s1⟧. "
     "⟨s2¦Freie Flüssigkeit im Douglas⟩ ⟦(Se5Bi130)¦5:130¦glued¦s2⟧. Leukozyten ⟪14,2 G/l¦lab⟫."),
    ("k_at12", "AT",
     "Aorta: ⟨s1¦Infrarenales Aortenaneurysma, Durchmesser ⟪52 mm¦size⟫⟩ ⟦(Serie 4, Bild 177)¦4:177¦full_de¦s1⟧ "
     "⟨s2¦gegenüber ⟪47 mm¦size⟫ in der Voruntersuchung vom ⟪03/2025¦date⟫⟩ ⟦(VU Serie 4, Bild 170)¦p4:170¦prior¦s2⟧. "
     "Wachstum ⟪5 mm/Jahr¦ratio⟫."),
    ("k_at13", "AT",
     "Schilddrüse CT-Korrelat: ⟨s1¦Knoten im rechten Lappen ⟪21 mm¦size⟫⟩ ⟦(Bild 2/33)¦2:33¦slash¦s1⟧. "
     "⟨s2¦Retrosternale Ausdehnung⟩ ⟦(Bild 2/40-46)¦2:40-46¦range¦s2⟧. TI-RADS ⟪4¦counter⟫."),
    ("k_at14", "AT",
     "Beurteilung: ⟨s1¦Keine Rezidivzeichen im Operationsgebiet⟩ ⟦(Serie 6, Bild 50-62)¦6:50-62¦impression¦s1⟧. "
     "⟨s2¦Narbige Veränderungen wie in der Voruntersuchung⟩ ⟦(VU Serie 6, Bild 55)¦p6:55¦prior¦s2⟧ "
     "⟦(aktuell Serie 6, Bild 56)¦6:56¦impression¦s2⟧."),
    ("k_at15", "AT",
     "Hüfte bds. ⟨s1¦Femurkopfnekrose rechts ⟪ARCO 2¦staging⟫⟩ ⟦(cor T1, Se 4, Bi 9)¦4:9¦plane¦s1⟧. "
     "⟨s2¦Links unauffällig⟩ ⟦(Se 4, Bi 15)¦4:15¦abbrev_de¦s2⟧. Patient ⟪54 Jahre¦age⟫."),
    # --- CH ---
    ("k_ch01", "CH",
     "CT Thorax vom ⟪22.10.2026¦date⟫. Verglichen mit der Voruntersuchung: ⟨s1¦Mediastinale Lymphknoten "
     "rückläufig, Kurzachse ⟪9 mm¦size⟫⟩ ⟦(Serie 3, Bild 48)¦3:48¦full_de¦s1⟧, ⟨s2¦vormals ⟪15 mm¦size⟫⟩ "
     "⟦(VU Serie 3, Bild 50)¦p3:50¦prior¦s2⟧. ⟨s3¦Regrediente Pneumonitis im Strahlenfeld⟩ ⟦(Bild "
     "3/60–75)¦3:60-75¦range¦s3⟧."),
    ("k_ch02", "CH",
     "MRI Kniegelenk links. ⟨s1¦Ruptur des vorderen Kreuzbandes⟩ ⟦(sagittal PD, Serie 301, Bild 15)¦301:15¦plane¦s1⟧. "
     "⟨s2¦Bone bruise laterales Femurkondyl⟩ ⟦(Serie 401, Bild 12)¦401:12¦full_de¦s2⟧ "
     "⟨s3¦und dorsales Tibiaplateau⟩ ⟦(Serie 401, Bild 18)¦401:18¦full_de¦s3⟧."),
    ("k_ch03", "CH",
     "⟨s1¦Kleiner Nodulus im rechten Oberlappen, ⟪4 mm¦size⟫⟩ ⟦(Img 3/77)¦3:77¦slash¦s1⟧, ⟨s2¦unverändert zur "
     "Voruntersuchung⟩ "
     "⟦(VU Img 3/74)¦p3:74¦prior¦s2⟧. Gemäss Fleischner ⟪keine Kontrolle¦followup⟫ nötig."),
    ("k_ch04", "CH",
     "Abdomen-CT. ⟨s1¦Divertikulitis im Sigma mit gedeckter Perforation⟩ ⟦(Serie 2, Bilder 180 und "
     "184)¦2:180,2:184¦list¦s1⟧. "
     "⟨s2¦Abszess ⟪3,1 cm¦size⟫⟩ ⟦(Ser. 2 / Bild 190)¦2:190¦slash¦s2⟧. ⟪Hinchey Ib¦staging⟫. CRP ⟪186 mg/l¦lab⟫."),
    ("k_ch05", "CH",
     "Beurteilung: 1. ⟨s1¦Neue Osteolyse im Os sacrum⟩ ⟦(Serie 5, Bild 201)¦5:201¦impression¦s1⟧ "
     "⟨s2¦in der Vergleichsuntersuchung vom ⟪Mai 2026¦date⟫ nicht vorhanden⟩ ⟦(VU Serie 5, Bild 198)¦p5:198¦prior¦s2⟧. "
     "2. ⟨s3¦Stationäre Sklerose ⟪LWK 2¦level⟫⟩ ⟦(Serie 5, Bild 120)¦5:120¦impression¦s3⟧."),
    ("k_ch06", "CH",
     "Herz-MRI. ⟨s1¦Late Enhancement subendokardial inferolateral⟩ ⟦(SA Serie 21, Bild 6)¦21:6¦plane¦s1⟧ "
     "⟦(4CH Serie 22, Bild 3)¦22:3¦plane¦s1⟧. LVEF ⟪42 %¦ratio⟫, ⟪17-Segment¦segment⟫-Modell."),
    ("k_ch07", "CH",
     "CT Schädel. ⟨s1¦Hypodensität im Mediastromgebiet links, ⟪ASPECTS 7¦counter⟫⟩ ⟦(Serie 3, Schicht 14 und "
     "16)¦3:14,3:16¦slice_word¦s1⟧. "
     "⟨s2¦Hyperdenses Mediazeichen⟩ ⟦(Serie 3, Schicht 11)¦3:11¦slice_word¦s2⟧. Symptombeginn ⟪07:40 Uhr¦time⟫."),
    ("k_ch08", "CH",
     "Lunge: ⟨s1¦Der Herd im linken Unterlappen ist grösser, ⟪17 mm¦size⟫⟩ ⟦(Se 4/153)¦4:153¦slash¦s1⟧ "
     "⟨s2¦versus ⟪12 mm¦size⟫⟩ "
     "⟦(Vorunters. Se 4/149)¦p4:149¦prior¦s2⟧. ⟨s3¦Neuer Satellitenherd⟩ ⟦(Se 4/160)¦4:160¦slash¦s3⟧."),
    ("k_ch09", "CH",
     "Leber-MRI: ⟨s1¦Läsion in ⟪Segment II¦segment⟫ mit Diffusionsrestriktion⟩ ⟦(DWI Se 9, Bi 22)¦9:22¦abbrev_de¦s1⟧ "
     "⟨s2¦und arteriellem Enhancement, ⟪LI-RADS 4¦birads⟫⟩ ⟦(Se 14, Bi 30)¦14:30¦abbrev_de¦s2⟧. "
     "⟨s3¦In der Vor-MRI ⟪8 mm¦size⟫, aktuell ⟪13 mm¦size⟫⟩ ⟦(Vor-MRI Se 14, Bi 29)¦p14:29¦prior¦s3⟧."),
    ("k_ch10", "CH",
     "Thorax: ⟨s1¦Portkatheterspitze im cavoatrialen Übergang⟩ ⟦(Bild 2/60)¦2:60¦slash¦s1⟧. "
     "⟨s2¦Kein Pneumothorax⟩ ⟦(Bild 2/10 bis 2/40)¦2:10-40¦range¦s2⟧. Scout-⟪Bild¦bild_word⟫ ohne Befund."),
    ("k_ch11", "CH",
     "Nachkontrolle nach Lebermetastasenresektion: ⟨s1¦Resektionsrand ohne Rezidiv⟩ ⟦(S5B70)¦5:70¦compact¦s1⟧. "
     "⟨s2¦Neue Läsion ⟪Segment 8¦segment⟫ ⟪7 mm¦size⟫⟩ ⟦(S5B45)¦5:45¦compact¦s2⟧, ⟨s3¦retrospektiv in der "
     "Voruntersuchung ⟪3 mm¦size⟫⟩ "
     "⟦(VU S5B43)¦p5:43¦prior¦s3⟧."),
    ("k_ch12", "CH",
     "Handgelenk CT: ⟨s1¦Skaphoidfraktur im mittleren Drittel ohne Dislokation⟩ ⟦(koronar Serie 7, Bild "
     "22)¦7:22¦plane¦s1⟧. "
     "⟨s2¦Keine Fraktur des distalen Radius⟩ ⟦(Serie 7, Bild 10–30)¦7:10-30¦range¦s2⟧."),
    ("k_ch13", "CH",
     "⟨s1¦Progrediente Pleuraverdickung links⟩ ⟦(Serie 4: Bild 90, 95, 101)¦4:90,4:95,4:101¦list¦s1⟧ "
     "⟨s2¦im Vergleich zur Vorabklärung⟩ ⟦(Vorabklärung Serie 4: Bild 92)¦p4:92¦prior¦s2⟧. ⟪SUVmax 7,2¦ratio⟫."),
    ("k_ch14", "CH",
     "Prostata-MRI. ⟨s1¦Läsion periphere Zone links posterolateral, ⟪PI-RADS 4¦birads⟫⟩ ⟦(T2 ax Se 5 Bi "
     "14)¦5:14¦plane¦s1⟧, "
     "⟨s2¦ADC ⟪780¦ratio⟫⟩ ⟦(Se 8 Bi 14)¦8:14¦abbrev_de¦s2⟧. ⟪PSA 8,4 ng/ml¦lab⟫, Volumen ⟪42 ml¦size⟫."),
    ("k_ch15", "CH",
     "Beurteilung: ⟨s1¦Neu aufgetretener Perikarderguss ⟪12 mm¦size⟫⟩ ⟦(Bild 3/88)¦3:88¦impression¦s1⟧; "
     "⟨s2¦in der Vergleichsaufnahme kein Erguss⟩ ⟦(Vergleich Bild 3/85)¦p3:85¦prior¦s2⟧. ⟨s3¦Stationäre Pleuraplaques⟩ "
     "⟦(Bild 3/70 + 3/72)¦3:70,3:72¦list¦s3⟧."),
    # --- UK ---
    ("k_uk01", "UK",
     "CT chest with contrast. ⟨s1¦Spiculated right upper lobe mass, ⟪34 mm¦size⟫⟩ ⟦(series 4, image "
     "62)¦4:62¦full_en¦s1⟧, "
     "⟨s2¦previously ⟪28 mm¦size⟫⟩ ⟦(prior series 4, image 58)¦p4:58¦prior¦s2⟧. ⟨s3¦Ipsilateral hilar node⟩ "
     "⟦(4/70)¦4:70¦slash¦s3⟧. ⟪T2a N1¦staging⟫."),
    ("k_uk02", "UK",
     "MRI lumbar spine. ⟨s1¦Left paracentral disc extrusion at ⟪L5/S1¦level⟫ compressing the traversing S1 root⟩ "
     "⟦(axial T2 series 6 image 21)¦6:21¦plane¦s1⟧ ⟦(sagittal series 3 image 9)¦3:9¦plane¦s1⟧. "
     "⟨s2¦Facet joint effusions at ⟪L4/5¦level⟫⟩ ⟦(se 6 im 15)¦6:15¦abbrev_en¦s2⟧."),
    ("k_uk03", "UK",
     "Conclusion: ⟨s1¦New liver metastasis in ⟪segment 5¦segment⟫⟩ ⟦(series 3, image 66)¦3:66¦impression¦s1⟧, "
     "⟨s2¦not present on the previous study⟩ ⟦(previous series 3, image 64)¦p3:64¦prior¦s2⟧. "
     "⟨s3¦Stable left adrenal nodule⟩ ⟦(series 3, image 58)¦3:58¦impression¦s3⟧."),
    ("k_uk04", "UK",
     "CT head. ⟨s1¦Acute left subdural haematoma, maximum depth ⟪8 mm¦size⟫⟩ ⟦(image 2/19)¦2:19¦slash¦s1⟧, "
     "⟨s2¦increased from ⟪5 mm¦size⟫ on the CT from ⟪03/12/2026¦date⟫⟩ ⟦(prior image 2/21)¦p2:21¦prior¦s2⟧. "
     "⟨s3¦Effacement of the left lateral ventricle⟩ ⟦(images 2/16-2/22)¦2:16-22¦range¦s3⟧."),
    ("k_uk05", "UK",
     "Compared with the staging CT ⟪three months ago¦followup⟫: ⟨s1¦the peritoneal deposit is now ⟪22 mm¦size⟫⟩ "
     "⟦(S2 I140)¦2:140¦compact¦s1⟧ ⟨s2¦versus ⟪30 mm¦size⟫ at baseline⟩ ⟦(baseline S2 I136)¦p2:136¦prior¦s2⟧. "
     "⟨s3¦Small volume ascites⟩ ⟦(S2 I170-I185)¦2:170-185¦range¦s3⟧."),
    ("k_uk06", "UK",
     "MRI pelvis. ⟨s1¦Left ovarian complex cyst ⟪45 x 38 mm¦size⟫ with an enhancing mural nodule⟩ "
     "⟦(series 12, images 17 and 19)¦12:17,12:19¦list¦s1⟧. ⟪O-RADS MRI 4¦birads⟫. ⟨s2¦Uterus normal⟩ ⟦(series "
     "5, image 14)¦5:14¦full_en¦s2⟧."),
    ("k_uk07", "UK",
     "⟨s1¦Left lower lobe segmental pulmonary embolus⟩ ⟦(se 5 im 188)¦5:188¦abbrev_en¦s1⟧ ⟨s2¦and right middle "
     "lobe subsegmental embolus⟩ "
     "⟦(im 160)¦5:160¦image_only¦s2⟧. ⟨s3¦No right heart strain, RV:LV ⟪0.9¦ratio⟫⟩ ⟦(se 5 im "
     "120)¦5:120¦abbrev_en¦s3⟧. "
     "Wells score ⟪6¦counter⟫."),
    ("k_uk08", "UK",
     "Knee MRI. ⟨s1¦Bucket handle tear of the medial meniscus with a displaced fragment in the notch⟩ "
     "⟦(coronal PD series 4 slice 13)¦4:13¦slice_word¦s1⟧ ⟦(sagittal series 2 slice 15)¦2:15¦slice_word¦s1⟧. "
     "⟨s2¦Joint effusion⟩ ⟦(series 2 slice 8)¦2:8¦slice_word¦s2⟧."),
    ("k_uk09", "UK",
     "Impression: ⟨s1¦Interval enlargement of the abdominal aortic aneurysm to ⟪61 mm¦size⟫⟩ ⟦(Se4 "
     "Im203)¦4:203¦impression¦s1⟧ "
     "⟨s2¦from ⟪55 mm¦size⟫ on the comparison CT⟩ ⟦(comparison Se4 Im199)¦p4:199¦prior¦s2⟧. Vascular referral within "
     "⟪2 weeks¦followup⟫."),
    ("k_uk10", "UK",
     "CT abdomen pelvis. ⟨s1¦Obstructing ⟪6 mm¦size⟫ calculus at the right vesicoureteric junction⟩ "
     "⟦(S3/I211)¦3:211¦slash¦s1⟧ "
     "⟨s2¦with moderate hydronephrosis⟩ ⟦(S3/I120)¦3:120¦slash¦s2⟧. eGFR ⟪54¦lab⟫."),
    ("k_uk11", "UK",
     "⟨s1¦Sclerotic lesion in ⟪T11¦level⟫ vertebral body⟩ ⟦(series 601 image 45)¦601:45¦full_en¦s1⟧, "
     "⟨s2¦unchanged from the outside study⟩ ⟦(outside study series 3 image 40)¦p3:40¦prior¦s2⟧, likely bone island. "
     "⟪Tel 0161 555 0192¦phone⟫."),
    ("k_uk12", "UK",
     "MRI brain. ⟨s1¦Multiple periventricular T2 hyperintense lesions⟩ ⟦(FLAIR series 7, images 30, 34, "
     "38)¦7:30,7:34,7:38¦list¦s1⟧. "
     "⟨s2¦One new enhancing lesion in the right centrum semiovale⟩ ⟦(T1 post series 12 image 41)¦12:41¦full_en¦s2⟧, "
     "⟨s3¦absent on the previous MRI⟩ ⟦(previous MRI series 12 image 40)¦p12:40¦prior¦s3⟧."),
    ("k_uk13", "UK",
     "CT colonography. ⟨s1¦Sessile polyp in the sigmoid colon, ⟪9 mm¦size⟫⟩ ⟦(supine 2:145)¦2:145¦compact¦s1⟧ "
     "⟦(prone 5:150)¦5:150¦compact¦s1⟧. ⟪C-RADS C2¦birads⟫. Patient aged ⟪71¦age⟫."),
    ("k_uk14", "UK",
     "Chest CT. ⟨s1¦Basal predominant reticulation and honeycombing⟩ ⟦(images 3/150-190)¦3:150-190¦range¦s1⟧, "
     "⟨s2¦progressed since the prior⟩ ⟦(prior 3/160)¦p3:160¦prior¦s2⟧. ⟨s3¦Traction bronchiectasis⟩ "
     "⟦(3/175)¦3:175¦slash¦s3⟧. FVC ⟪68%¦ratio⟫."),
    ("k_uk15", "UK",
     "Conclusion: 1. ⟨s1¦Right breast mass at ⟪10 o'clock¦time⟫, ⟪19 mm¦size⟫⟩ ⟦(series 8, image "
     "77)¦8:77¦impression¦s1⟧, "
     "⟪BI-RADS 4C¦birads⟫. 2. ⟨s2¦The left breast focus seen on the prior MRI has resolved⟩ "
     "⟦(prior series 8, image 92)¦p8:92¦prior¦s2⟧."),
    # --- US ---
    ("k_us01", "US",
     "CT CHEST W CONTRAST. ⟨s1¦Right lower lobe nodule measures ⟪7 mm¦size⟫⟩ ⟦(series 4, image 210)¦4:210¦full_en¦s1⟧, "
     "⟨s2¦previously ⟪5 mm¦size⟫⟩ ⟦(series 4, image 205 on prior)¦p4:205¦prior¦s2⟧. Lung-RADS ⟪4A¦birads⟫. "
     "Follow-up in ⟪3 months¦followup⟫."),
    ("k_us02", "US",
     "MRI ABDOMEN. ⟨s1¦Segment 7 observation with arterial phase hyperenhancement and washout, ⟪2.4 cm¦size⟫⟩ "
     "⟦(series 1101, image 48)¦1101:48¦full_en¦s1⟧, ⟪LR-5¦birads⟫. ⟨s2¦Portal vein patent⟩ ⟦(series 1401, "
     "images 40-60)¦1401:40-60¦range¦s2⟧."),
    ("k_us03", "US",
     "IMPRESSION: 1. ⟨s1¦Acute appendicitis without perforation⟩ ⟦(2:88)¦2:88¦impression¦s1⟧. "
     "2. ⟨s2¦Incidental ⟪1.2 cm¦size⟫ left renal hypodensity, too small to characterize⟩ ⟦(2:61)¦2:61¦impression¦s2⟧. "
     "WBC ⟪15.1¦lab⟫."),
    ("k_us04", "US",
     "Comparison: CT ⟪09/14/2026¦date⟫. ⟨s1¦Hepatic metastasis now ⟪4.1 cm¦size⟫⟩ ⟦(image 55, series "
     "3)¦3:55¦full_en¦s1⟧, "
     "⟨s2¦previously ⟪3.2 cm¦size⟫⟩ ⟦(image 52, series 3 of prior)¦p3:52¦prior¦s2⟧. ⟨s3¦New right pleural effusion⟩ "
     "⟦(image 20, series 3)¦3:20¦full_en¦s3⟧."),
    ("k_us05", "US",
     "CT HEAD WO. ⟨s1¦Acute intraparenchymal hemorrhage in the right basal ganglia, ⟪22 mL¦size⟫⟩ ⟦(Se 2, Im "
     "14-19)¦2:14-19¦range¦s1⟧. "
     "⟨s2¦Intraventricular extension⟩ ⟦(Se 2, Im 21)¦2:21¦abbrev_en¦s2⟧. BP ⟪210/115¦blood_pressure⟫. ICH score "
     "⟪2¦counter⟫."),
    ("k_us06", "US",
     "⟨s1¦Pancreatic tail cystic lesion ⟪1.8 cm¦size⟫⟩ ⟦(3/72)¦3:72¦slash¦s1⟧, ⟨s2¦previously ⟪1.6 cm¦size⟫⟩ "
     "⟦(3/70)¦p3:70¦prior¦s2⟧ on the ⟪2024¦date⟫ exam. ⟨s3¦No main duct dilation⟩ ⟦(3/60-80)¦3:60-80¦range¦s3⟧."),
    ("k_us07", "US",
     "MRI CERVICAL SPINE. ⟨s1¦Disc osteophyte complex at ⟪C5-C6¦level⟫ with moderate canal stenosis⟩ "
     "⟦(sagittal T2, series 5 image 8)¦5:8¦plane¦s1⟧ ⟦(axial, series 9 image 22)¦9:22¦plane¦s1⟧. "
     "⟨s2¦Cord signal normal⟩ ⟦(series 5 images 6 through 10)¦5:6-10¦range¦s2⟧."),
    ("k_us08", "US",
     "CTA CHEST. ⟨s1¦Saddle pulmonary embolus⟩ ⟦(series 6 image 98)¦6:98¦full_en¦s1⟧ ⟨s2¦extending into lobar "
     "branches bilaterally⟩ "
     "⟦(images 102, 110, and 117)¦6:102,6:110,6:117¦list¦s2⟧. ⟪RV/LV 1.4¦ratio⟫."),
    ("k_us09", "US",
     "IMPRESSION: ⟨s1¦Stable ⟪4 mm¦size⟫ left upper lobe nodule⟩ ⟦(4:61)¦4:61¦impression¦s1⟧ "
     "⟨s2¦compared to the ⟪11/2025¦date⟫ exam⟩ ⟦(4:59 on prior)¦p4:59¦prior¦s2⟧. No further follow-up per "
     "⟪Fleischner 2017¦followup⟫."),
    ("k_us10", "US",
     "MRI RIGHT SHOULDER. ⟨s1¦Full thickness supraspinatus tear, ⟪1.5 cm¦size⟫ AP⟩ ⟦(coronal series 4, img "
     "10)¦4:10¦plane¦s1⟧. "
     "⟨s2¦SLAP tear⟩ ⟦(sag series 7, img 5 and 6)¦7:5,7:6¦list¦s2⟧. Patient is ⟪48 yo¦age⟫."),
    ("k_us11", "US",
     "CT ABD/PELVIS. ⟨s1¦Small bowel obstruction with transition point in the right lower quadrant⟩ ⟦(series 2, "
     "image 140)¦2:140¦full_en¦s1⟧ "
     "⟦(coronal series 601, image 55)¦601:55¦plane¦s1⟧. ⟨s2¦No pneumatosis⟩ ⟦(series 2, images "
     "100-180)¦2:100-180¦range¦s2⟧."),
    ("k_us12", "US",
     "⟨s1¦Interval decrease in mediastinal adenopathy, now ⟪1.1 cm¦size⟫⟩ ⟦(S3 I45)¦3:45¦compact¦s1⟧ ⟨s2¦from "
     "⟪2.0 cm¦size⟫⟩ "
     "⟦(prior S3 I47)¦p3:47¦prior¦s2⟧. ⟨s3¦Left axillary node resolved⟩ ⟦(prior S3 I30)¦p3:30¦prior¦s3⟧. "
     "Deauville ⟪2¦staging⟫."),
    ("k_us13", "US",
     "MRI BRAIN. ⟨s1¦Vestibular schwannoma left IAC ⟪9 mm¦size⟫⟩ ⟦(series 10, image 34)¦10:34¦full_en¦s1⟧, "
     "⟨s2¦previously ⟪7 mm¦size⟫ on the baseline MRI⟩ ⟦(baseline series 10, image 33)¦p10:33¦prior¦s2⟧. "
     "Dose ⟪0.1 mmol/kg¦dose⟫ gadobutrol."),
    ("k_us14", "US",
     "CT CHEST. ⟨s1¦Right upper lobe consolidation⟩ ⟦(Series 3 Images 40-55)¦3:40-55¦range¦s1⟧ ⟨s2¦with air "
     "bronchograms⟩ "
     "⟦(Image 48)¦3:48¦image_only¦s2⟧. ⟨s3¦Prior study showed only minimal ground glass here⟩ ⟦(prior Series 3 "
     "Image 46)¦p3:46¦prior¦s3⟧. "
     "Temp ⟪101.2 F¦lab⟫."),
    ("k_us15", "US",
     "IMPRESSION: 1. ⟨s1¦Left renal mass ⟪3.6 cm¦size⟫, ⟪Bosniak 4¦staging⟫⟩ ⟦(series 5, image "
     "72)¦5:72¦impression¦s1⟧, "
     "⟨s2¦grown from ⟪2.9 cm¦size⟫ on the outside CT⟩ ⟦(outside CT series 2, image 40)¦p2:40¦prior¦s2⟧. "
     "2. ⟨s3¦Renal vein patent⟩ ⟦(series 5, image 68)¦5:68¦impression¦s3⟧. Call ⟪(555) 201-7788¦phone⟫."),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(*r) for r in _RAW)
