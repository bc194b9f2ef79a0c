"""Held-out refs D: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs page or any earlier corpus's texts. Do not tune
the miner on these texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus
tests.heldout_refs_d.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section; a plane word
changes nothing; a citation into a prior study is gold with prior_study true.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    # --- DE ---------------------------------------------------------------------------------------------------
    ("d01", "DE",
     "Befund: ⟨a¦Im apikalen Oberlappensegment rechts subpleuraler solider Rundherd von ⟪11 x 9 mm¦size⟫⟩ "
     "⟦(Se 4, Bi 61)¦4:61¦abbrev_de¦a⟧. ⟨b¦Weiterer Mikronodulus im Unterlappen links, ⟪3 mm¦size⟫⟩ "
     "⟦(Se 4, Bi 188)¦4:188¦abbrev_de¦b⟧. Keine mediastinale Lymphadenopathie. CTDIvol ⟪6,4 mGy¦dose⟫, "
     "DLP ⟪231 mGy*cm¦dose⟫."),
    ("d02", "DE",
     "Leber: ⟨a¦Neu aufgetretene hypodense Läsion in ⟪Segment 6/7¦segment⟫, ⟪23 mm¦size⟫⟩ "
     "⟦(Bild 5/41)¦5:41¦slash¦a⟧, ⟨b¦arteriell hyperperfundiert mit Washout⟩ ⟦(Bild 7/39 und 9/40)¦7:39,9:40¦list¦b⟧, "
     "entsprechend ⟪LI-RADS 5¦staging⟫. AFP ⟪412 ng/ml¦lab⟫."),
    ("d03", "DE",
     "⟨a¦Kleine Zyste im Pankreaskopf, ⟪7 mm¦size⟫⟩ ⟦(Se5Bi73)¦5:73¦glued¦a⟧, ⟨b¦größenkonstant zur Voraufnahme "
     "vom ⟪14.02.2025¦date⟫⟩ ⟦(Voraufnahme: Se5Bi70)¦p5:70¦prior¦b⟧. Kontrolle in ⟪12 Monaten¦followup⟫ empfohlen."),
    ("d04", "DE",
     "Thorax-CT mit KM. ⟨a¦Lungenarterienembolie in den Segmentarterien des rechten Unterlappens⟩ "
     "⟦(Serie 3, Bild 140-152)¦3:140-152¦range¦a⟧. ⟨b¦RV/LV-Quotient ⟪1,1¦ratio⟫⟩ "
     "⟦(Serie 3, Bild 171)¦3:171¦full_de¦b⟧. Anruf an Stationsarzt um ⟪15:42 Uhr¦time⟫ unter Tel. "
     "⟪0711 278-34410¦phone⟫."),
    ("d05", "DE",
     "Axiale Serie 2 (Weichteilfenster): ⟨a¦Vergrößerter Lymphknoten paraaortal links, Kurzachse ⟪14 mm¦size⟫⟩ "
     "⟦(Bild 87)¦2:87¦image_only¦a⟧. ⟨b¦Ein weiterer an der Iliakalbifurkation rechts⟩ "
     "⟦(Bild 112)¦2:112¦image_only¦b⟧. Degenerative Veränderungen ⟪LWK 4/5¦level⟫."),
    ("d06", "DE",
     "⟨a¦Nicht dislozierte Fraktur der Massa lateralis des Sakrums links⟩ "
     "⟦(koronare MPR Se 602, Bi 44)¦602:44¦plane¦a⟧, ⟨b¦Frakturausläufer bis an das Foramen ⟪S1¦level⟫⟩ "
     "⟦(Se 3, Bi 210)¦3:210¦abbrev_de¦b⟧."),
    ("d07", "DE",
     "Im Vergleich zur VU vom ⟪09.10.2024¦date⟫: ⟨a¦Der Herd in ⟪Segment 8¦segment⟫ misst aktuell ⟪18 mm¦size⟫⟩ "
     "⟦(Se 6/Bi 52)¦6:52¦abbrev_de¦a⟧, ⟨b¦in der VU ⟪13 mm¦size⟫⟩ ⟦(VU Se 5/Bi 49)¦p5:49¦prior¦b⟧."),
    ("d08", "DE",
     "MRT Knie rechts. ⟨a¦Horizontaler Riss des Innenmeniskushinterhorns mit Kontakt zur Unterfläche⟩ "
     "⟦(Serie 5, Schicht 14)¦5:14¦slice_word¦a⟧. ⟨b¦Knochenmarködem am medialen Femurkondylus⟩ "
     "⟦(Schicht 16)¦5:16¦image_only¦b⟧. Gelenkerguss ⟪Grad 1¦staging⟫."),
    ("d09", "DE",
     "CT Schädel nativ, Patientin ⟪81 J.¦age⟫ ⟨a¦Frische subdurale Blutung links frontoparietal, Saumbreite "
     "⟪6 mm¦size⟫⟩ ⟦(Ser. 2 IMA 18)¦2:18¦abbrev_de¦a⟧, ⟨b¦Mittellinienverlagerung ⟪4 mm¦size⟫⟩ "
     "⟦(IMA 22)¦2:22¦image_only¦b⟧. Befund telefonisch um ⟪02:15 Uhr¦time⟫ an Dr. Weber übermittelt."),
    ("d10", "DE",
     "⟨a¦Multiple Lungenmetastasen beidseits, größte im Mittellappen mit ⟪15 mm¦size⟫⟩ "
     "⟦(Serie 4, Bilder 77, 93 und 121)¦4:77,4:93,4:121¦list¦a⟧. Vergleich mit CT vom ⟪03.06.2025¦date⟫: "
     "deutliche Progredienz nach ⟪RECIST 1.1¦staging⟫."),
    ("d11", "DE",
     "⟨a¦Die Nebennierenraumforderung links ist mit ⟪24 mm¦size⟫ größenprogredient⟩ "
     "⟦(Serie 3, Bild 98)¦3:98¦full_de¦a⟧ ⟨b¦gegenüber ⟪19 mm¦size⟫ im Vorbefund⟩ "
     "⟦(Vorbefund Serie 4, Bild 102)¦p4:102¦prior¦b⟧. Dichte nativ ⟪8 HE¦size⟫, relativer Washout ⟪65 %¦ratio⟫."),
    ("d12", "DE",
     "⟨a¦Flächige Milchglastrübungen beidseits basal, ⟪im Bild einer¦bild_word⟫ atypischen Pneumonie⟩ "
     "⟦(Bild 4/203)¦4:203¦slash¦a⟧. Klinisch CRP ⟪145 mg/l¦lab⟫, SpO2 ⟪89 %¦lab⟫."),
    ("d13", "DE",
     "⟨a¦Langstreckige Stenose der A. femoralis superficialis rechts, ⟪70-80 %¦ratio⟫⟩ "
     "⟦(Serie 7, Bild 310 bis 345)¦7:310-345¦range¦a⟧. ABI ⟪0,6¦ratio⟫, RR ⟪160/95 mmHg¦blood_pressure⟫."),
    ("d14", "DE",
     "Beurteilung:\n⟪1.¦counter⟫ ⟨a¦Akute Appendizitis mit Appendikolith⟩ ⟦(Se 3, Bi 155)¦3:155¦impression¦a⟧, "
     "kein Abszess.\n⟪2.¦counter⟫ ⟨c¦Nebenbefundlich Nierenzyste rechts, ⟪Bosniak I¦staging⟫⟩ "
     "⟦(Se 3, Bi 120)¦3:120¦impression¦c⟧.\nLeukozyten ⟪14,2 /nl¦lab⟫."),
    ("d15", "DE",
     "⟨a¦Kompressionsfraktur ⟪BWK 12¦level⟫ mit Höhenminderung der Deckplatte um ca. ⟪30 %¦ratio⟫⟩ "
     "⟦(Se:9 Bi:27)¦9:27¦abbrev_de¦a⟧, ⟨b¦Hinterkante nicht beteiligt⟩ ⟦(Se:9 Bi:29)¦9:29¦abbrev_de¦b⟧."),
    ("d16", "DE",
     "⟨a¦Pleuraerguss rechts, maximale Breite ⟪38 mm¦size⟫⟩ ⟦[Se4Bi92]¦4:92¦glued¦a⟧; "
     "⟨b¦angrenzende Kompressionsatelektase⟩ ⟦[Se4Bi95]¦4:95¦glued¦b⟧."),
    ("d17", "DE",
     "Voruntersuchung vom ⟪22.11.2024¦date⟫ zum Vergleich vorliegend. ⟨a¦Der Lymphknoten im aortopulmonalen "
     "Fenster misst aktuell ⟪12 mm¦size⟫⟩ ⟦(Serie 3, Bild 64)¦3:64¦full_de¦a⟧, ⟨b¦voraufgehend ⟪16 mm¦size⟫⟩ "
     "⟦(Voruntersuchung Serie 3, Bild 60)¦p3:60¦prior¦b⟧, somit partielles Ansprechen."),
    ("d18", "DE",
     "⟨a¦In der sagittalen Rekonstruktion Spinalkanalstenose in Höhe ⟪LWK 3/4¦level⟫ mit Restdurchmesser "
     "⟪8 mm¦size⟫⟩ ⟦(Serie 6, Bild 12)¦6:12¦plane¦a⟧. ⟨b¦Spondylolisthesis ⟪L5/S1¦level⟫ "
     "⟪Meyerding I¦staging⟫⟩ ⟦(Serie 6, Bild 14)¦6:14¦full_de¦b⟧."),
    ("d19", "DE",
     "MRT Prostata: ⟨a¦In der peripheren Zone links posterolateral ⟪14 mm¦size⟫ messende T2-hypointense Läsion "
     "mit Diffusionsrestriktion, ⟪PI-RADS 5¦staging⟫⟩ ⟦(Serie 5 Bild 17; ADC Serie 8 Bild 17)¦5:17,8:17¦list¦a⟧. "
     "Bekanntes Karzinom ⟪Gleason 4+3=7¦staging⟫, PSA ⟪11,8 ng/ml¦lab⟫."),
    ("d20", "DE",
     "Nachtrag vom ⟪13.05.2025¦date⟫, ⟪10:05 Uhr¦time⟫: ⟨a¦Nach Rücksprache mit der Klinik zusätzlich kleine "
     "Fraktur der ⟪7. Rippe¦level⟫ rechts lateral⟩ ⟦(Se 2, Bi 301)¦2:301¦abbrev_de¦a⟧. Der übrige Befund "
     "bleibt unverändert."),
    ("d21", "DE",
     "⟨a¦Die Narbenhernie ist in der koronaren Schichtführung am besten abgrenzbar, Bruchpforte ⟪4 cm¦size⟫⟩ "
     "⟦(Bildnr. 58, Serie 5)¦5:58¦full_de¦a⟧."),
    ("d22", "DE",
     "Seite ⟪2 von 3¦counter⟫\n⟨a¦Kleine Hypodensitäten in beiden Nieren, am ehesten Zysten⟩ "
     "⟦(Serie 3: Bild 102, 118, 131)¦3:102,3:118,3:131¦list¦a⟧. Keine Harnstauung."),
    ("d23", "DE",
     "⟨a¦Zunahme des Perikardergusses auf ⟪15 mm¦size⟫⟩ ⟦(Bild 3/77)¦3:77¦slash¦a⟧, ⟨b¦in der Voraufnahme vom "
     "⟪02.02.2025¦date⟫ noch ⟪6 mm¦size⟫⟩ ⟦(Bild 3/74)¦p3:74¦prior¦b⟧."),
    ("d24", "DE",
     "⟨a¦Die Raumforderung im Pankreasschwanz reicht kraniokaudal über⟩ ⟦Bild 5/60-66¦5:60-66¦range¦a⟧ und "
     "⟨b¦infiltriert die Milzvene⟩ ⟦(Bild 5/64)¦5:64¦slash¦b⟧. ⟪cT4 cN1 cM0¦staging⟫."),
    ("d25", "DE",
     "Röntgen Thorax pa und seitlich vom ⟪07.04.2025¦date⟫. Herz-Thorax-Quotient ⟪0,48¦ratio⟫. "
     "⟪Im Bild kein¦bild_word⟫ Erguss. Z. n. Sternotomie mit ⟪6 Cerclagen¦counter⟫. Rückfragen unter "
     "Durchwahl ⟪-4471¦phone⟫."),
    # --- AT ---------------------------------------------------------------------------------------------------
    ("a01", "AT",
     "CT Abdomen vom ⟪18.03.2025¦date⟫, Vergleich mit VU vom ⟪01/2025¦date⟫.\n⟨a¦Neu aufgetretene freie "
     "Flüssigkeit perihepatisch⟩ ⟦(Se 201, Bi 45)¦201:45¦abbrev_de¦a⟧. ⟨b¦Bekannte Milzläsion konstant "
     "⟪9 mm¦size⟫⟩ ⟦(Se 201, Bi 70; VU Se 201, Bi 68)¦201:70,p201:68¦prior¦b⟧."),
    ("a02", "AT",
     "MR Schulter links: ⟨a¦Transmurale Ruptur der Supraspinatussehne mit Retraktion um ⟪2 cm¦size⟫⟩ "
     "⟦(cor PD fs, Serie 4, Schicht 11)¦4:11¦plane¦a⟧. ⟨b¦Fettige Atrophie ⟪Goutallier 2¦staging⟫⟩ "
     "⟦(sag T1, Serie 6, Schicht 3)¦6:3¦plane¦b⟧."),
    ("a03", "AT",
     "⟨a¦Die bekannten Lebermetastasen zeigen sich größenregredient⟩ "
     "⟦(Serie 5/Bild 33, 5/41, 5/58)¦5:33,5:41,5:58¦list¦a⟧; ⟨b¦im Vorbefund noch bis ⟪31 mm¦size⟫⟩ "
     "⟦(Serie 4/Bild 30, 4/39)¦p4:30,p4:39¦prior¦b⟧."),
    ("a04", "AT",
     "Thorax-CT: ⟨a¦Bronchiektasen im Unterlappen beidseits⟩ ⟦(Ser. 3/Bild 210)¦3:210¦abbrev_de¦a⟧ und "
     "⟨b¦Tree-in-bud-Muster im Mittellappen⟩ ⟦(Ser. 3/Bild 155)¦3:155¦abbrev_de¦b⟧. Lungenfunktion: FEV1 "
     "⟪62 %¦lab⟫ vom Soll."),
    ("a05", "AT",
     "Zusammenfassung: ⟨a¦Verdacht auf Thrombose des Sinus sigmoideus links⟩ "
     "⟦(Serie 12, Bild 48-55)¦12:48-55¦impression¦a⟧. Kontrolle nach ⟪48 h¦followup⟫ empfohlen. D-Dimer "
     "⟪2,4 mg/l¦lab⟫."),
    ("a06", "AT",
     "Sonographie Abdomen. Leber ⟪16 cm¦size⟫ in der MCL, Gallenblase mit Konkrement ⟪12 mm¦size⟫. Nieren "
     "beidseits ⟪11 cm¦size⟫. Befundbericht ⟪Seite 1/2¦counter⟫. Rückruf unter ⟪+43 1 40400 48130¦phone⟫."),
    ("a07", "AT",
     "⟨a¦Hiatushernie mit intrathorakalem Magenanteil⟩ ⟦Se3/Bi45¦3:45¦glued¦a⟧. ⟨b¦Divertikel des Colon "
     "sigmoideum ohne Entzündungszeichen⟩ ⟦Se3/Bi188¦3:188¦glued¦b⟧."),
    ("a08", "AT",
     "Im Vergleich zur Voraufnahme (Serie 2): ⟨a¦Der Pneumothorax rechts war dort ⟪3 cm¦size⟫ breit⟩ "
     "⟦(Bild 19)¦p2:19¦prior¦a⟧, ⟨b¦aktuell nur noch ⟪8 mm¦size⟫ apikal⟩ ⟦(Serie 3, Bild 22)¦3:22¦full_de¦b⟧. "
     "Thoraxdrainage ⟪Ch 24¦size⟫ in situ."),
    ("a09", "AT",
     "⟨a¦Diskusprotrusion ⟪HWK 5/6¦level⟫ mit Einengung des Neuroforamens rechts⟩ "
     "⟦(axial T2 Se 7 Bi 9, sagittal Se 4 Bi 8)¦7:9,4:8¦plane¦a⟧."),
    # --- CH ---------------------------------------------------------------------------------------------------
    ("c01", "CH",
     "Befund: ⟨a¦Verkalkte Plaques der linken A. carotis interna mit Stenose von ca. ⟪50 %¦ratio⟫ nach NASCET⟩ "
     "⟦(Ser 601 / Im 144)¦601:144¦abbrev_de¦a⟧. Blutdruck bei Ankunft ⟪150/85¦blood_pressure⟫."),
    ("c02", "CH",
     "Verglichen mit der Voruntersuchung vom ⟪3.3.2025¦date⟫: ⟨a¦Der Rundherd im linken Oberlappen ist "
     "grössenstabil bei ⟪6 mm¦size⟫⟩ ⟦(aktuell Serie 4 Bild 88, VU Serie 4 Bild 85)¦4:88,p4:85¦prior¦a⟧. "
     "Gemäss ⟪Fleischner 2017¦staging⟫ Verlaufskontrolle in ⟪12 Monaten¦followup⟫."),
    ("c03", "CH",
     "⟨a¦Dünndarmileus mit Kalibersprung im rechten Unterbauch⟩ ⟦(Serie 5, Bild 160 und 164)¦5:160,5:164¦list¦a⟧, "
     "⟨b¦Wandverdickung des terminalen Ileums auf ⟪7 mm¦size⟫⟩ ⟦(Serie 5, Bild 171)¦5:171¦full_de¦b⟧. Laktat "
     "⟪3,1 mmol/l¦lab⟫."),
    ("c04", "CH",
     "Herz-MRT: ⟨a¦Late Enhancement subepikardial inferolateral⟩ "
     "⟦(Kurzachse, Serie 22, Schicht 6-8)¦22:6-8¦range¦a⟧. LVEF ⟪48 %¦lab⟫, LVEDV ⟪180 ml¦size⟫."),
    ("c05", "CH",
     "⟨a¦Kleine Osteolyse im Os ilium rechts⟩ ⟦(S. 3 / B. 121)¦3:121¦abbrev_de¦a⟧, in der Voraufnahme nicht "
     "abgrenzbar. ⟨c¦Sklerotische Metastase ⟪LWK 2¦level⟫⟩ ⟦(S. 3 / B. 96)¦3:96¦abbrev_de¦c⟧."),
    ("c06", "CH",
     "Beurteilung: ⟨a¦Progrediente Pleurakarzinose links⟩ ⟦(S3 B40–52)¦3:40-52¦range¦a⟧ ⟨b¦im Vergleich zur "
     "Baseline⟩ ⟦(S3 B38–50)¦p3:38-50¦prior¦b⟧."),
    ("c07", "CH",
     "⟨a¦Frakturlinie am distalen Radius mit Gelenkbeteiligung⟩ ⟦(Serie 2, Bild 31 u. 32)¦2:31,2:32¦list¦a⟧. "
     "Unfall am ⟪12.6.¦date⟫ um ⟪17.30 Uhr¦time⟫. Klassifikation ⟪AO 23-C1¦staging⟫."),
    ("c08", "CH",
     "Mammographie beidseits: ⟪BI-RADS 2¦birads⟫ beidseits. Nächste Kontrolle in ⟪2 Jahren¦followup⟫. "
     "Patientin ⟪58-jährig¦age⟫."),
    ("c09", "CH",
     "⟨a¦Dissektionsmembran in der Aorta descendens⟩ ⟦(koronar Ser. 5 Bild 62)¦5:62¦plane¦a⟧, ⟨b¦Einbezug der "
     "linken Nierenarterie⟩ ⟦(Ser. 3 Bild 240)¦3:240¦abbrev_de¦b⟧, Stanford B."),
    # --- UK ---------------------------------------------------------------------------------------------------
    ("u01", "UK",
     "Findings: ⟨a¦There is a ⟪14 mm¦size⟫ spiculated nodule in the right upper lobe⟩ "
     "⟦(series 3, image 62)¦3:62¦full_en¦a⟧. ⟨b¦A smaller ⟪4 mm¦size⟫ nodule is noted in the lingula⟩ "
     "⟦(series 3, image 118)¦3:118¦full_en¦b⟧. No pleural effusion."),
    ("u02", "UK",
     "⟨a¦Small volume ascites in the pelvis⟩ ⟦(image 143, series 4)¦4:143¦full_en¦a⟧. ⟨b¦The appendix is "
     "normal⟩ ⟦(image 150)¦4:150¦image_only¦b⟧."),
    ("u03", "UK",
     "Comparison: CT ⟪14/01/2025¦date⟫. ⟨a¦The left adrenal nodule measures ⟪21 mm¦size⟫⟩ "
     "⟦(Se 5 Im 77)¦5:77¦abbrev_en¦a⟧, ⟨b¦previously ⟪20 mm¦size⟫⟩ ⟦(prior Se 4 Im 73)¦p4:73¦prior¦b⟧, in "
     "keeping with a lipid-poor adenoma given stability over ⟪2 years¦followup⟫."),
    ("u04", "UK",
     "⟨a¦Acute right MCA territory infarct⟩ ⟦(Ser. 2/Im. 14-19)¦2:14-19¦range¦a⟧ with ⟨b¦hyperdense "
     "⟪M1¦segment⟫ segment⟩ ⟦(Ser. 2/Im. 11)¦2:11¦abbrev_en¦b⟧. ⟪ASPECTS 6¦staging⟫. Discussed with the stroke "
     "team at ⟪03:40¦time⟫."),
    ("u05", "UK",
     "CONCLUSION:\n⟪1.¦counter⟫ ⟨a¦Multiple bilateral pulmonary emboli⟩ "
     "⟦(series 5, images 88, 102 and 134)¦5:88,5:102,5:134¦list¦a⟧.\n⟪2.¦counter⟫ No right heart strain; RV:LV "
     "ratio ⟪0.9¦ratio⟫.\nThe findings were telephoned to the referring clinician on ext. ⟪4417¦phone⟫."),
    ("u06", "UK",
     "⟨a¦Ill-defined hypoattenuating lesion in the pancreatic body, ⟪27 x 22 mm¦size⟫⟩ "
     "⟦(S:3 I:71)¦3:71¦abbrev_en¦a⟧, ⟨b¦abutting the SMA by less than ⟪180 degrees¦size⟫⟩ "
     "⟦(S:3 I:74)¦3:74¦abbrev_en¦b⟧. ⟪CA 19-9 880 U/ml¦lab⟫."),
    ("u07", "UK",
     "The outside study from the referring hospital (dated ⟪02/03/2025¦date⟫) was reviewed. ⟨a¦On that study "
     "the collection measured ⟪45 mm¦size⟫⟩ ⟦(their series 2, image 60)¦p2:60¦prior¦a⟧; ⟨b¦it now measures "
     "⟪62 mm¦size⟫⟩ ⟦(series 4, image 58)¦4:58¦full_en¦b⟧."),
    ("u08", "UK",
     "MRI lumbar spine: ⟨a¦Broad-based disc protrusion at ⟪L4/5¦level⟫ with moderate narrowing of the left "
     "lateral recess⟩ ⟦(axial T2, slice 17)¦-:17¦slice_word¦a⟧. ⟨b¦The conus terminates at ⟪L1¦level⟫⟩ "
     "⟦(sagittal T2 series 6, image 9)¦6:9¦plane¦b⟧."),
    ("u09", "UK",
     "⟨a¦Undisplaced fracture of the right ⟪6th rib¦level⟫ anterolaterally⟩ ⟦[Se 4 Im 155]¦4:155¦abbrev_en¦a⟧. "
     "⟨b¦Small adjacent pneumothorax, ⟪1 cm¦size⟫ rim⟩ ⟦[Se 4 Im 40]¦4:40¦abbrev_en¦b⟧."),
    ("u10", "UK",
     "Chest radiograph ⟪23/04/2025¦date⟫ ⟪09:12¦time⟫. Cardiothoracic ratio ⟪0.55¦ratio⟫. NG tube tip "
     "⟪10 cm¦size⟫ below the GOJ. Patient aged ⟪67¦age⟫. BP ⟪90/60¦blood_pressure⟫ noted on the request. "
     "Figure ⟪1 of 2¦counter⟫."),
    ("u11", "UK",
     "Response assessment versus baseline CT ⟪11/2024¦date⟫. ⟨a¦⟪Target lesion 1¦counter⟫, right hilar node: "
     "⟪18 mm¦size⟫⟩ ⟦(series 3, image 51)¦3:51¦full_en¦a⟧ ⟨b¦versus ⟪29 mm¦size⟫ at baseline⟩ "
     "⟦(baseline series 3, image 49)¦p3:49¦prior¦b⟧. Overall partial response."),
    ("u12", "UK",
     "⟨a¦Subcapsular splenic haematoma⟩ ⟦Se4Im22¦4:22¦glued¦a⟧ and ⟨b¦laceration extending to the hilum, "
     "⟪AAST grade 3¦staging⟫⟩ ⟦Se4Im31¦4:31¦glued¦b⟧. Hb ⟪84 g/L¦lab⟫."),
    ("u13", "UK",
     "Addendum: ⟨a¦The sclerotic focus in the ⟪T9¦level⟫ vertebral body⟩ ⟦(series 7, image 40)¦7:40¦full_en¦a⟧ "
     "⟨b¦was present and unchanged on the previous examination⟩ ⟦(series 6, image 42)¦p6:42¦prior¦b⟧ and is "
     "therefore likely a bone island."),
    # --- US ---------------------------------------------------------------------------------------------------
    ("s01", "US",
     "FINDINGS: ⟨a¦Right lower lobe ⟪6 mm¦size⟫ solid nodule⟩ ⟦(series 4, image 212)¦4:212¦full_en¦a⟧.\n"
     "IMPRESSION: ⟨b¦⟪6 mm¦size⟫ right lower lobe nodule⟩ ⟦(series 4, image 212)¦4:212¦impression¦b⟧. "
     "Follow-up CT in ⟪6-12 months¦followup⟫ per Fleischner guidelines."),
    ("s02", "US",
     "Exam time ⟪14:22¦time⟫. Contrast: ⟪100 mL¦dose⟫ Omnipaque ⟪350¦dose⟫. ⟨a¦Hypodense lesion in hepatic "
     "⟪segment 7¦segment⟫ measuring ⟪1.4 cm¦size⟫⟩ ⟦(2:45)¦2:45¦compact¦a⟧. ⟨b¦Additional subcentimeter "
     "hypodensities too small to characterize⟩ ⟦(2:30, 2:52)¦2:30,2:52¦list¦b⟧."),
    ("s03", "US",
     "⟨a¦Ill-defined groundglass opacity in the left upper lobe⟩ ⟦(series/image 5/63)¦5:63¦slash¦a⟧, new since "
     "prior. ⟨c¦Stable ⟪3 mm¦size⟫ right middle lobe nodule⟩ ⟦(series/image 5/140)¦5:140¦slash¦c⟧."),
    ("s04", "US",
     "⟨a¦Nonobstructing ⟪4 mm¦size⟫ stone in the lower pole of the left kidney⟩ "
     "⟦(series 2 #118)¦2:118¦abbrev_en¦a⟧. No hydronephrosis. ⟨b¦Tiny right renal cyst⟩ "
     "⟦(#97)¦2:97¦image_only¦b⟧."),
    ("s05", "US",
     "COMPARISON: CT chest ⟪8/14/2024¦date⟫.\n⟨a¦Right paratracheal lymph node measures ⟪1.6 cm¦size⟫ in short "
     "axis⟩ ⟦(series 3, image 38)¦3:38¦full_en¦a⟧, ⟨b¦previously ⟪1.1 cm¦size⟫⟩ "
     "⟦(series 3, image 36 on prior)¦p3:36¦prior¦b⟧."),
    ("s06", "US",
     "⟨a¦Trace pericardial effusion⟩ ⟦(se 3 img 80)¦3:80¦abbrev_en¦a⟧. Coronary artery calcifications, "
     "⟪Agatston 412¦staging⟫. ⟨b¦Moderate hiatal hernia⟩ ⟦(se 3 img 96)¦3:96¦abbrev_en¦b⟧."),
    ("s07", "US",
     "Screening mammogram: ⟪BI-RADS 1¦birads⟫. Return in ⟪1 year¦followup⟫. Call ⟪(617) 555-0143¦phone⟫ with "
     "questions. Heart rate ⟪72 bpm¦lab⟫. ⟪Page 1 of 1¦counter⟫."),
    ("s08", "US",
     "⟨a¦Long-segment thrombus in the left femoral and popliteal veins⟩ "
     "⟦(series 6, images 40 through 52)¦6:40-52¦range¦a⟧. INR ⟪1.2¦lab⟫, platelets ⟪210 K/uL¦lab⟫."),
    ("s09", "US",
     "⟨a¦Small bowel obstruction with transition point in the right lower quadrant⟩ "
     "⟦(coronal series 601, image 55)¦601:55¦plane¦a⟧ ⟨b¦and swirled mesentery⟩ "
     "⟦(axial series 2, image 140)¦2:140¦plane¦b⟧."),
    ("s10", "US",
     "On series 5, ⟨a¦there is a ⟪2.1 cm¦size⟫ enhancing mass in the interpolar right kidney⟩ "
     "⟦(image 77)¦5:77¦image_only¦a⟧, ⟨b¦with a ⟪Bosniak 4¦staging⟫ cystic component⟩ "
     "⟦(image 81)¦5:81¦image_only¦b⟧."),
    ("s11", "US",
     "⟨a¦Tiny focus of free air anterior to the liver⟩ ⟦(S2 I34)¦2:34¦compact¦a⟧ ⟨b¦adjacent to the gastric "
     "antrum⟩ ⟦(S2 I41)¦2:41¦compact¦b⟧. Lactate ⟪4.2¦lab⟫. Surgery paged at ⟪11:58 PM¦time⟫."),
    ("s12", "US",
     "Outside CT from ⟪3/2/2025¦date⟫ is available for comparison. ⟨a¦The pancreatic head mass previously "
     "measured ⟪2.4 cm¦size⟫⟩ ⟦(outside study, series 2, image 31)¦p2:31¦prior¦a⟧ ⟨b¦and now measures "
     "⟪3.2 cm¦size⟫⟩ ⟦(series 4, image 29)¦4:29¦full_en¦b⟧."),
    ("s13", "US",
     "IMPRESSION:\n⟨a¦Acute uncomplicated sigmoid diverticulitis⟩ "
     "⟦(series 3, images 120-126)¦3:120-126¦impression¦a⟧. ⟨b¦Incidental ⟪1.2 cm¦size⟫ left thyroid nodule⟩ "
     "⟦(series 3, image 8)¦3:8¦impression¦b⟧. WBC ⟪13.1¦lab⟫."),
    ("s14", "US",
     "⟨a¦Enlarged bilateral axillary lymph nodes, the largest ⟪2.3 cm¦size⟫ on the left⟩ "
     "⟦(Ser 2, Img 54, 61)¦2:54,2:61¦list¦a⟧. Patient is ⟪44¦age⟫ years old with ⟪stage IIB¦staging⟫ breast "
     "cancer, ⟪ER 90%¦lab⟫, Ki-67 ⟪30%¦lab⟫."),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(eid, origin, marked) for eid, origin, marked in _RAW)
