"""Held-out refs J: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Do not tune
the miner on these texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus
tests.heldout_refs_j.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`, see tests/heldout_refs_g/refs_corpus.py's
docstring). Set J spreads over report sections (findings, comparison paragraphs, impressions, oncology
follow-up tables, addenda, structured templates, speech-recognition output) and over viewer notations (hash,
colon, slash, hyphen, glued, number words, "image x of n" counters after an image number, reformats and slice
words). In a viewer form "Im 45/210" the second number is the stack size, so the citation is image 45. Gold
for a citation into a prior, baseline, comparison or outside study has prior_study true.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- DE
    (
        "j_de01", "DE",
        "Befund: ⟨a¦Im ⟪Segment VIII¦segment⟫ eine neue hypodense Läsion von ⟪14 mm¦size⟫⟩ ⟦(Serie 5 / Bild "
        "61)¦5:61¦slash¦a⟧. "
        "⟨b¦In der Voruntersuchung war sie ⟪9 mm¦size⟫ groß⟩ ⟦(VU: Se 3, Bi 40)¦p3:40¦prior¦b⟧. "
        "⟨c¦Weitere Läsion im ⟪Segment II¦segment⟫, unverändert⟩ ⟦(5/22)¦5:22¦slash¦c⟧.",
    ),
    (
        "j_de02", "DE",
        "Vergleich mit der Voruntersuchung vom ⟪12.03.2026¦date⟫. ⟨a¦Der Rundherd im linken Unterlappen misst aktuell "
        "⟪11 x 9 mm¦size⟫⟩ ⟦(Serie 4, Bild 188)¦4:188¦full_de¦a⟧, ⟨b¦zuvor ⟪7 mm¦size⟫⟩ ⟦(Serie 4, Bild 176 der "
        "VU)¦p4:176¦prior¦b⟧. "
        "⟨c¦Kein Pleuraerguss⟩ ⟦(Bild 210)¦-:210¦image_only¦c⟧.",
    ),
    (
        "j_de03", "DE",
        "Beurteilung: 1. ⟨a¦Progrediente mediastinale Lymphadenopathie, führender Knoten paratracheal rechts "
        "⟪23 mm¦size⟫ Kurzachse⟩ ⟦(Se.3/Bi.54)¦3:54¦slash¦a⟧. 2. ⟨b¦Neu aufgetretene Osteolyse in ⟪BWK 9¦level⟫⟩ "
        "⟦(sagittal Serie 7, Bild 33)¦7:33¦plane¦b⟧. ⟪Kontrolle in 3 Monaten¦followup⟫ empfohlen.",
    ),
    (
        "j_de04", "DE",
        "Onkologische Verlaufstabelle (RECIST 1.1):\n"
        "Zielläsion 1: ⟨a¦Leber ⟪Segment VI¦segment⟫⟩ – Baseline ⟪32 mm¦size⟫ ⟦(Se 2 Bi 71)¦p2:71¦prior¦a⟧ – aktuell "
        "⟪21 mm¦size⟫ ⟦(Se 4 Bi 69)¦4:69¦abbrev_de¦a⟧\n"
        "Zielläsion 2: ⟨b¦Lymphknoten iliakal links⟩ – Baseline ⟪18 mm¦size⟫ ⟦(Se 2 Bi 143)¦p2:143¦prior¦b⟧ – aktuell "
        "⟪12 mm¦size⟫ ⟦(Se 4 Bi 140)¦4:140¦abbrev_de¦b⟧\n"
        "Summe der Durchmesser: ⟪50 mm¦size⟫ → ⟪33 mm¦size⟫ (−34 %), partielles Ansprechen.",
    ),
    (
        "j_de05", "DE",
        "Nachtrag vom ⟪14.05.2026¦date⟫, ⟪16:20¦time⟫ Uhr: Auf telefonische Nachfrage (⟪Tel. 2345¦phone⟫) ergänzend: "
        "⟨a¦die fragliche Kontrastmittelanreicherung der linken Nebenniere⟩ ⟦(Serie 8 Bild 27 und "
        "31)¦8:27,8:31¦list¦a⟧ "
        "⟨b¦entspricht am ehesten einem Adenom⟩; ⟨c¦Dichte nativ ⟪8 HE¦size⟫⟩ ⟦(Serie zwei, Bild 29)¦2:29¦full_de¦c⟧.",
    ),
    (
        "j_de06", "DE",
        "MRT LWS. ⟨a¦Bandscheibenextrusion ⟪LWK 4/5¦level⟫ nach kaudal umgeschlagen⟩ ⟦(Serie 6, Bild "
        "9-12)¦6:9-12¦range¦a⟧, "
        "⟨b¦Kompression der Wurzel L5 links⟩ ⟦(axial Serie 9, Bild 17)¦9:17¦plane¦b⟧. "
        "⟨c¦Im Vergleich zum Vor-MRT größenprogredient⟩ ⟦(Vor-MRT Serie 5, Bild 11)¦p5:11¦prior¦c⟧.",
    ),
    (
        "j_de07", "DE",
        "⟨a¦Pulmonalarterienembolie im Unterlappensegmentarterienast rechts⟩ ⟦(Se4Bi133)¦4:133¦glued¦a⟧ "
        "⟨b¦sowie im Mittellappen⟩ ⟦(Se4Bi120)¦4:120¦glued¦b⟧. ⟨c¦RV/LV-Quotient ⟪1,1¦ratio⟫⟩ "
        "⟦(Se4Bi88)¦4:88¦glued¦c⟧.",
    ),
    (
        "j_de08", "DE",
        "Serie 3:\n⟨a¦Subpleurale Milchglasverdichtung im ⟪Segment 6¦segment⟫ rechts⟩ ⟦(Bild 144)¦3:144¦image_only¦a⟧. "
        "⟨b¦Traktionsbronchiektasen basal⟩ ⟦(Bilder 190, 196 und 203)¦3:190,3:196,3:203¦list¦b⟧.\n"
        "Serie 7:\n⟨c¦Koronare Verkalkungen, ⟪Agatston 412¦counter⟫⟩ ⟦(Bild 55)¦7:55¦image_only¦c⟧.",
    ),
    (
        "j_de09", "DE",
        "Diktat (Spracherkennung): ⟨a¦raumforderung im pankreaskopf ca ⟪27 mm¦size⟫⟩ ⟦serie fünf bild "
        "48¦5:48¦full_de¦a⟧ "
        "⟨b¦ummauerung der ams weniger als 180 grad⟩ ⟦serie fünf bild 52 bis 55¦5:52-55¦range¦b⟧ punkt.",
    ),
    (
        "j_de10", "DE",
        "CT Abdomen, Vergleich mit externem CT vom ⟪02.02.2026¦date⟫ (Fremdaufnahme, nachbefundet). "
        "⟨a¦Die zystische Läsion im Pankreasschwanz misst ⟪19 mm¦size⟫⟩ ⟦(Serie 3, Bild 77)¦3:77¦full_de¦a⟧; "
        "⟨b¦extern ⟪15 mm¦size⟫⟩ ⟦(ext. CT Serie 201, Bild 64)¦p201:64¦prior¦b⟧. ⟨c¦Wirsung nicht erweitert, ⟪3 "
        "mm¦size⟫⟩ ⟦(Bild 80)¦-:80¦image_only¦c⟧.",
    ),
    (
        "j_de11", "DE",
        "⟨a¦Hirnstamminfarkt pontin links⟩ ⟦(DWI, Serie 401, Schicht 14)¦401:14¦slice_word¦a⟧, "
        "⟨b¦ADC-Korrelat⟩ ⟦(Serie 402, Schicht 14)¦402:14¦slice_word¦b⟧. ⟨c¦Mikroangiopathie ⟪Fazekas 2¦staging⟫⟩ "
        "⟦(FLAIR Serie 6, Schichten 18–22)¦6:18-22¦range¦c⟧.",
    ),
    (
        "j_de12", "DE",
        "Mammographie/Tomosynthese: ⟨a¦Architekturstörung links oben außen, ⟪BI-RADS 4¦birads⟫⟩ "
        "⟦(Tomo CC, Schicht 31)¦-:31¦slice_word¦a⟧. ⟨b¦In der Voraufnahme nicht abgrenzbar⟩ ⟦(VA CC Schicht "
        "29)¦p-:29¦prior¦b⟧. "
        "Die Bildgebung ist ⟪im Gesamtbild¦bild_word⟫ suspekt.",
    ),
    (
        "j_de13", "DE",
        "Befund (⟪67-jähriger¦age⟫ Patient, ⟪Kreatinin 1,4 mg/dl¦lab⟫): ⟨a¦Nierenzellkarzinom rechts, Oberpol, ⟪46 "
        "mm¦size⟫⟩ "
        "⟦(koronar Serie 12, Bild 40)¦12:40¦plane¦a⟧. ⟨b¦Tumorzapfen in der Nierenvene⟩ ⟦(Se. 3, Bi. "
        "92)¦3:92¦abbrev_de¦b⟧, "
        "⟪T3a N0¦staging⟫.",
    ),
    (
        "j_de14", "DE",
        "Verlauf: ⟨a¦Der Herd im ⟪Segment IVa¦segment⟫ ist rückläufig⟩ ⟦(aktuell 4/31, VU 3/29)¦4:31,p3:29¦prior¦a⟧. "
        "⟨b¦Neuer Herd ⟪Segment VII¦segment⟫, ⟪6 mm¦size⟫⟩ ⟦(4/18)¦4:18¦slash¦b⟧.",
    ),
    (
        "j_de15", "DE",
        "Strukturierter Befund Prostata-MRT (⟪PI-RADS 4¦birads⟫, ⟪PSA 8,9 ng/ml¦lab⟫)\n"
        "Index-Läsion: ⟨a¦periphere Zone links posterolateral, Mitte⟩\n"
        "T2 axial: ⟦Serie 5, Bild 14¦5:14¦full_de¦a⟧\nDWI b1400: ⟦Serie 8, Bild 14¦8:14¦full_de¦a⟧\n"
        "ADC: ⟦Serie 9/Bild 15¦9:15¦slash¦a⟧\n⟨b¦Kapselkontakt ⟪12 mm¦size⟫⟩: ⟦Se 5 Bi 13–15¦5:13-15¦range¦b⟧",
    ),
    (
        "j_de16", "DE",
        "⟨a¦Frische Rippenfraktur 7 rechts lateral⟩ ⟦(S 3, B 210)¦3:210¦abbrev_de¦a⟧, ⟨b¦ältere Fraktur 8 rechts "
        "bereits in der Voruntersuchung⟩ "
        "⟦(VU S 2, B 198)¦p2:198¦prior¦b⟧. ⟨c¦Kein Pneumothorax⟩. ⟪Bild 2 von 3¦counter⟫ der Dokumentation zeigt die "
        "Übersicht.",
    ),
    (
        "j_de17", "DE",
        "⟨a¦Aneurysma der A. communicans anterior ⟪4 x 3 mm¦size⟫⟩ ⟦(MIP Serie 9 Bild 12)¦9:12¦plane¦a⟧, "
        "⟨b¦in der 3D-Rekonstruktion nach kranial gerichtet⟩ ⟦(VRT Serie 10, Bild 4)¦10:4¦plane¦b⟧. "
        "⟨c¦Keine Subarachnoidalblutung⟩ ⟦(Ser. 2, Bild 15 u. 17)¦2:15,2:17¦list¦c⟧.",
    ),
    (
        "j_de18", "DE",
        "Nachtrag: Die in der Voruntersuchung beschriebene ⟨a¦Lungenläsion⟩ ⟦(VU Serie3Bild87)¦p3:87¦prior¦a⟧ "
        "⟨b¦ist in der aktuellen Untersuchung nicht mehr nachweisbar⟩ ⟦(Serie3Bild91)¦3:91¦glued¦b⟧. ⟪Blutdruck "
        "150/95¦blood_pressure⟫ beim Scan.",
    ),
    # ---------------------------------------------------------------- AT
    (
        "j_at01", "AT",
        "Befund: ⟨a¦Hypervaskularisierter Herd im ⟪Segment 5¦segment⟫, ⟪22 mm¦size⟫⟩ ⟦(Sequenz 4, Bild "
        "37)¦4:37¦full_de¦a⟧, "
        "⟨b¦Washout in der Spätphase⟩ ⟦(Sequenz 6, Bild 36)¦6:36¦full_de¦b⟧. ⟪LI-RADS 5¦birads⟫.",
    ),
    (
        "j_at02", "AT",
        "Zum Vergleich liegt die Voruntersuchung vom ⟪03.11.2025¦date⟫ vor. ⟨a¦Rückläufige Infiltrate im linken "
        "Oberlappen⟩ "
        "⟦(aktuell Ser. 2/Ima 65)¦2:65¦slash¦a⟧, ⟨b¦vormals ausgedehnter⟩ ⟦(VU Ser. 2/Ima 61)¦p2:61¦prior¦b⟧.",
    ),
    (
        "j_at03", "AT",
        "⟨a¦Hämatom im M. iliopsoas links, ⟪8 x 5 cm¦size⟫⟩ ⟦(IMA 45–52, Serie 3)¦3:45-52¦range¦a⟧, "
        "⟨b¦Kontrastmittelaustritt arteriell⟩ ⟦(IMA 49)¦3:49¦image_only¦b⟧. ⟪Hb 7,8 g/dl¦lab⟫.",
    ),
    (
        "j_at04", "AT",
        "Sequenz 5 (T1 fs KM):\n⟨a¦Randständig anreichernder Abszess gluteal rechts⟩ ⟦Bild 22¦5:22¦image_only¦a⟧; "
        "⟨b¦Fistelgang nach perianal⟩ ⟦Bilder 25 bis 28¦5:25-28¦range¦b⟧.\n"
        "Sequenz 3 (STIR):\n⟨c¦Umgebungsödem⟩ ⟦Bild 19¦3:19¦image_only¦c⟧.",
    ),
    (
        "j_at05", "AT",
        "⟨a¦Spondylodiszitis ⟪BWK 11/12¦level⟫ mit epiduralem Abszess⟩ ⟦(sag. Sequenz 2, Schicht 8)¦2:8¦slice_word¦a⟧; "
        "⟨b¦im Vor-MR vom ⟪20.09.2026¦date⟫ nur Endplattenödem⟩ ⟦(Vor-MR Sequenz 2, Schicht 7)¦p2:7¦prior¦b⟧. ⟪CRP "
        "18,2 mg/dl¦lab⟫.",
    ),
    (
        "j_at06", "AT",
        "Beurteilung: ⟨a¦Akute Appendizitis mit Appendikolith⟩ ⟦(Se. 601 koronar, Bi. 47)¦601:47¦plane¦a⟧, "
        "⟨b¦keine freie Perforation⟩ ⟦(Se.3 Bi.112-118)¦3:112-118¦range¦b⟧.",
    ),
    (
        "j_at07", "AT",
        "Verlaufskontrolle nach ⟪3 Zyklen¦counter⟫ Chemotherapie. ⟨a¦Peritonealkarzinose im Douglas⟩ ⟦(Serie 4 Bild "
        "190)¦4:190¦full_de¦a⟧, "
        "⟨b¦im Vorbefund-CT noch ⟪28 mm¦size⟫⟩ ⟦(Vor-CT: Serie 4, Bild 184)¦p4:184¦prior¦b⟧, ⟨c¦aktuell ⟪19 mm¦size⟫⟩. "
        "⟨d¦Aszites rückläufig⟩ ⟦(Serie 4 Bild 150, 162)¦4:150,4:162¦list¦d⟧.",
    ),
    (
        "j_at08", "AT",
        "⟨a¦Subdurales Hämatom frontoparietal rechts, Saumbreite ⟪9 mm¦size⟫⟩ ⟦(Serie 2 Bild 18/36)¦2:18¦slash¦a⟧, "
        "⟨b¦Mittellinienverlagerung ⟪4 mm¦size⟫⟩ ⟦(Bild 21/36)¦2:21¦image_only¦b⟧.",
    ),
    (
        "j_at09", "AT",
        "Im Vergleich zur CT-Voruntersuchung: ⟨a¦Der Knoten im rechten Oberlappen⟩ ⟦(S.4/B.61)¦4:61¦slash¦a⟧ ⟨b¦ist "
        "größenkonstant⟩ "
        "⟦(VU: S.3/B.58)¦p3:58¦prior¦b⟧. ⟨c¦Neuer Knoten im Mittellappen⟩ ⟦(S.4/B.97)¦4:97¦slash¦c⟧, ⟪Lung-RADS "
        "4A¦birads⟫.",
    ),
    (
        "j_at10", "AT",
        "⟨a¦Achillessehnenruptur ⟪4 cm¦size⟫ proximal des Ansatzes⟩ ⟦(sagittale PD fs, Serie 3, Schnitt "
        "10)¦3:10¦slice_word¦a⟧, "
        "⟨b¦Dehiszenz ⟪15 mm¦size⟫⟩ ⟦(Schnitt 11 und 12)¦3:11,3:12¦list¦b⟧.",
    ),
    (
        "j_at11", "AT",
        "Spracherkennung unkorrigiert: ⟨a¦milz vergrößert ⟪15 cm¦size⟫⟩ ⟦serie 3 bild 88¦3:88¦full_de¦a⟧ ⟨b¦mehrere "
        "lymphknoten paraaortal⟩ "
        "⟦serie 3 bilder 101 102 und 104¦3:101,3:102,3:104¦list¦b⟧ ⟨c¦vormals kleiner⟩ ⟦vorserie 2 bild "
        "97¦p2:97¦prior¦c⟧",
    ),
    (
        "j_at12", "AT",
        "⟨a¦Hüftkopfnekrose rechts ⟪ARCO II¦staging⟫⟩ ⟦(kor. T1, Se 5, Bi 9)¦5:9¦plane¦a⟧, ⟨b¦links Gelenkerguss⟩ "
        "⟦(Se 5, Bi 14)¦5:14¦abbrev_de¦b⟧.",
    ),
    (
        "j_at13", "AT",
        "Addendum: ⟨a¦Die Nebennierenläsion links⟩ ⟦(Ser. 3/Ima 48)¦3:48¦slash¦a⟧ ⟨b¦war bereits im auswärtigen CT "
        "vom ⟪05.01.2026¦date⟫ vorhanden⟩ "
        "⟦(auswärts Ser. 5/Ima 40)¦p5:40¦prior¦b⟧ und ist ⟨c¦seither größenkonstant⟩.",
    ),
    (
        "j_at14", "AT",
        "Tabelle Zielläsionen:\n| Läsion | Baseline | aktuell |\n"
        "| ⟨a¦Lunge re. UL⟩ | ⟪17 mm¦size⟫ ⟦Se2/Im40¦p2:40¦prior¦a⟧ | ⟪14 mm¦size⟫ ⟦Se3/Im42¦3:42¦slash¦a⟧ |\n"
        "| ⟨b¦LK hilär li.⟩ | ⟪16 mm¦size⟫ ⟦Se2/Im55¦p2:55¦prior¦b⟧ | ⟪16 mm¦size⟫ ⟦Se3/Im57¦3:57¦slash¦b⟧ |",
    ),
    (
        "j_at15", "AT",
        "⟨a¦Gallenblasenkonkrement ⟪12 mm¦size⟫⟩ ⟦(Serie drei, Bild vierzig)¦3:40¦full_de¦a⟧, ⟨b¦Wandverdickung ⟪5 "
        "mm¦size⟫⟩ ⟦(Bild 42)¦3:42¦image_only¦b⟧. "
        "⟪Verhältnis 1:2¦ratio⟫.",
    ),
    (
        "j_at16", "AT",
        "⟨a¦Karotisstenose rechts ⟪70 %¦ratio⟫ nach NASCET⟩ ⟦(CTA, Serie 5, Bild 212, kurvierte MPR Serie 11 Bild "
        "3)¦5:212,11:3¦list¦a⟧. "
        "⟨b¦Links keine hämodynamisch relevante Stenose⟩ ⟦(Serie 5 Bild 205)¦5:205¦full_de¦b⟧.",
    ),
    (
        "j_at17", "AT",
        "⟨a¦Ovarialzyste links ⟪38 mm¦size⟫, einkammerig⟩ ⟦(Sequenz 7 / Bild 21)¦7:21¦slash¦a⟧; ⟨b¦im Vor-MRT vor ⟪6 "
        "Monaten¦followup⟫ ⟪31 mm¦size⟫⟩ "
        "⟦(Vor-MRT Sequenz 6 / Bild 19)¦p6:19¦prior¦b⟧.",
    ),
    (
        "j_at18", "AT",
        "⟨a¦Pneumonisches Infiltrat im linken Unterlappen⟩ ⟦(Serie 2, Bild 78–84)¦2:78-84¦range¦a⟧, ⟨b¦kleiner "
        "Begleiterguss⟩ ⟦(Bild 96)¦2:96¦image_only¦b⟧. "
        "Das ⟪Gesamtbild¦bild_word⟫ passt zu einer bakteriellen Pneumonie.",
    ),
    # ---------------------------------------------------------------- CH
    (
        "j_ch01", "CH",
        "Befund: ⟨a¦Glioblastom-verdächtige Raumforderung temporal links mit Ringenhancement⟩ ⟦(Serie 11, Bildnr. "
        "84)¦11:84¦full_de¦a⟧, "
        "⟨b¦perifokales Ödem⟩ ⟦(FLAIR Serie 4, Bildnr. 20)¦4:20¦plane¦b⟧.",
    ),
    (
        "j_ch02", "CH",
        "Vergleich: Voruntersuchung vom ⟪17.08.2026¦date⟫. ⟨a¦Die Metastase im rechten Kleinhirn⟩ ⟦(aktuell Serie 9 "
        "Bild 33)¦9:33¦full_de¦a⟧ "
        "⟨b¦hat von ⟪6 auf 11 mm¦size⟫ zugenommen⟩ ⟦(Voruntersuchung Serie 9 Bild 35)¦p9:35¦prior¦b⟧.",
    ),
    (
        "j_ch03", "CH",
        "⟨a¦Meniskusriss Hinterhorn medial, horizontal⟩ ⟦(sag. PD, Se 4, Bild 13)¦4:13¦plane¦a⟧, ⟨b¦Knorpelschaden "
        "⟪Grad III¦staging⟫ medial femoral⟩ "
        "⟦(kor. Se 6, Bilder 11 + 12)¦6:11,6:12¦list¦b⟧.",
    ),
    (
        "j_ch04", "CH",
        "Serie 201 (koronare Reformation):\n⟨a¦Dilatierte Dünndarmschlingen bis ⟪4 cm¦size⟫⟩ ⟦Bild 40 bis "
        "46¦201:40-46¦range¦a⟧; ⟨b¦Kalibersprung im rechten Unterbauch⟩ ⟦Bild 58¦201:58¦image_only¦b⟧.\n"
        "Serie 2 (axial):\n⟨c¦Wirbelzeichen des Mesenteriums⟩ ⟦Bild 131¦2:131¦image_only¦c⟧.",
    ),
    (
        "j_ch05", "CH",
        "Beurteilung:\n- ⟨a¦Lungenembolie zentral beidseits⟩ ⟦(Se. 4 / Bild 77)¦4:77¦slash¦a⟧\n"
        "- ⟨b¦Infarktpneumonie im rechten Unterlappen⟩ ⟦(Se. 4 / Bilder 201–209)¦4:201-209¦range¦b⟧\n"
        "- ⟨c¦Keine Rechtsherzbelastung, ⟪RV/LV 0,9¦ratio⟫⟩",
    ),
    (
        "j_ch06", "CH",
        "⟨a¦Neue Sklerose im ⟪LWK 3¦level⟫⟩ ⟦(Serie 5, Bild 62)¦5:62¦full_de¦a⟧, ⟨b¦in der Vor-Untersuchung noch "
        "nicht vorhanden⟩ "
        "⟦(Vor-Untersuchung: Serie 5, Bild 60)¦p5:60¦prior¦b⟧. ⟨c¦Bekannte Sklerose ⟪BWK 12¦level⟫ unverändert⟩ "
        "⟦(Serie 5, Bild 40; VU Serie 5, Bild 39)¦5:40,p5:39¦prior¦c⟧.",
    ),
    (
        "j_ch07", "CH",
        "⟨a¦Teilthrombosierte Pfortader⟩ ⟦(Bildnummer 52, Serie 6)¦6:52¦full_de¦a⟧, ⟨b¦kavernöse Transformation im "
        "Leberhilus⟩ ⟦(Bildnummern 48 bis 50)¦6:48-50¦range¦b⟧.",
    ),
    (
        "j_ch08", "CH",
        "⟨a¦Divertikulitis Colon sigmoideum mit ⟪2 cm¦size⟫ grossem Abszess⟩ ⟦(S5 B72)¦5:72¦compact¦a⟧, ⟨b¦freie Luft "
        "nicht nachweisbar⟩ ⟦(S5 B60-B80)¦5:60-80¦range¦b⟧. "
        "⟪Hansen-Stock IIb¦staging⟫.",
    ),
    (
        "j_ch09", "CH",
        "Nachtrag zum Befund vom ⟪09.10.2026¦date⟫: ⟨a¦Der Schilddrüsenknoten rechts⟩ ⟦(Serie 3, Bild "
        "12)¦3:12¦full_de¦a⟧ ⟨b¦ist im Vor-CT vorbestehend⟩ "
        "⟦(Vor-CT: Serie 3, Bild 10)¦p3:10¦prior¦b⟧; ⟪TI-RADS 3¦birads⟫, keine weitere Abklärung.",
    ),
    (
        "j_ch10", "CH",
        "⟨a¦Bronchialkarzinom zentral links⟩ ⟦(Se3Im58)¦3:58¦glued¦a⟧ ⟨b¦mit Infiltration des Perikards⟩ "
        "⟦(Se3Im61)¦3:61¦glued¦b⟧, ⟪cT4 N2 M1b¦staging⟫. "
        "⟨c¦Nebennierenmetastase links⟩ ⟦(Se3Im112)¦3:112¦glued¦c⟧.",
    ),
    (
        "j_ch11", "CH",
        "Verlaufstabelle (iRECIST):\nLäsion A ⟨a¦Leber ⟪Segment 2¦segment⟫⟩: Nadir ⟪12 mm¦size⟫ ⟦(Nadir-CT Se 3 Bi "
        "40)¦p3:40¦prior¦a⟧; jetzt ⟪18 mm¦size⟫ ⟦(Se 3 Bi 42)¦3:42¦abbrev_de¦a⟧\n"
        "Läsion B ⟨b¦Nebenniere rechts⟩: Nadir ⟪10 mm¦size⟫ ⟦(Nadir-CT Se 3 Bi 71)¦p3:71¦prior¦b⟧; jetzt ⟪10 mm¦size⟫ "
        "⟦(Se 3 Bi 74)¦3:74¦abbrev_de¦b⟧",
    ),
    (
        "j_ch12", "CH",
        "⟨a¦Skaphoidfraktur proximales Drittel⟩ ⟦(Serie 4, Schicht 7 von 22)¦4:7¦slice_word¦a⟧, ⟨b¦Dislokation ⟪1 "
        "mm¦size⟫⟩ ⟦(Serie 4, Schicht 8 von 22)¦4:8¦slice_word¦b⟧.",
    ),
    (
        "j_ch13", "CH",
        "Diktat: ⟨a¦aortendissektion typ b beginnend distal der a subclavia⟩ ⟦serie 5 bilder 30 und "
        "31¦5:30,5:31¦list¦a⟧ ⟨b¦falsches lumen thrombosiert⟩ "
        "⟦serie 5 bild 120¦5:120¦full_de¦b⟧ ⟪DLP 1240 mGy*cm¦dose⟫",
    ),
    (
        "j_ch14", "CH",
        "⟨a¦Pleuraerguss rechts, rückläufig⟩ ⟦(aktuell: Se 2 Bi 150; vorher: Se 2 Bi 148)¦2:150,p2:148¦prior¦a⟧. "
        "⟨b¦Dystelektase im Unterlappen⟩ ⟦(Se 2 Bi 160)¦2:160¦abbrev_de¦b⟧.",
    ),
    (
        "j_ch15", "CH",
        "⟨a¦Leberhämangiom ⟪Segment VI¦segment⟫, typisches Irisblendenphänomen⟩ ⟦(arteriell Serie 7 Bild 28, "
        "portalvenös Serie 8 Bild 28, spät Serie 9 Bild 27)¦7:28,8:28,9:27¦list¦a⟧.",
    ),
    (
        "j_ch16", "CH",
        "⟨a¦Subsegmentale Atelektase lingulär⟩ ⟦(Serie #3, Bild #66)¦3:66¦full_de¦a⟧, ⟨b¦kein Nachweis eines "
        "Rundherds⟩. "
        "⟪Untersuchung 2/2¦counter⟫ dieses Tages.",
    ),
    (
        "j_ch17", "CH",
        "⟨a¦Die Kontrastmittelaufnahme der Narbe⟩ ⟦(Se 1101 / Bi 45)¦1101:45¦slash¦a⟧ ⟨b¦ist im Vergleich zur "
        "Baseline-MR unverändert⟩ ⟦(Baseline Se 901 / Bi 44)¦p901:44¦prior¦b⟧.",
    ),
    (
        "j_ch18", "CH",
        "⟨a¦Zystische Raumforderung Pankreaskorpus ⟪24 mm¦size⟫⟩ ⟦(Serie-4-Bild-55)¦4:55¦glued¦a⟧; ⟨b¦Kommunikation "
        "mit dem Pankreasgang⟩ ⟦(MRCP Serie 12, Bild 7)¦12:7¦full_de¦b⟧.",
    ),
    # ---------------------------------------------------------------- UK
    (
        "j_uk01", "UK",
        "Findings: ⟨a¦There is a ⟪14 mm¦size⟫ spiculated nodule in the right upper lobe⟩ ⟦(series 4, image "
        "62)¦4:62¦full_en¦a⟧. "
        "⟨b¦On the previous CT of ⟪3/6/2026¦date⟫ it measured ⟪10 mm¦size⟫⟩ ⟦(previous series 3, image "
        "58)¦p3:58¦prior¦b⟧. "
        "⟪Follow-up in 3/12¦followup⟫ is not appropriate; refer to the lung MDT.",
    ),
    (
        "j_uk02", "UK",
        "⟨a¦Left-sided pleural effusion with enhancing pleural thickening⟩ ⟦(Se 2 Im 81-96)¦2:81-96¦range¦a⟧ "
        "⟨b¦and a nodular component posteriorly⟩ ⟦(Se 2 Im 90)¦2:90¦abbrev_en¦b⟧.",
    ),
    (
        "j_uk03", "UK",
        "Comparison is made with the CT of ⟪14/02/2026¦date⟫. ⟨a¦The segment 7 liver lesion⟩ ⟦(image 45 series "
        "5)¦5:45¦full_en¦a⟧ "
        "⟨b¦is smaller than before⟩ ⟦(image 41 series 4 of the comparison study)¦p4:41¦prior¦b⟧. ⟨c¦No new lesion⟩.",
    ),
    (
        "j_uk04", "UK",
        "Impression:\n1. ⟨a¦Acute left MCA territory infarct⟩ ⟦(DWI se 5 im 18)¦5:18¦abbrev_en¦a⟧.\n"
        "2. ⟨b¦Hyperdense left MCA sign on the preceding unenhanced CT⟩ ⟦(CT se 2 im 12)¦p2:12¦prior¦b⟧.\n"
        "3. ⟪NIHSS 14¦counter⟫ at presentation.",
    ),
    (
        "j_uk05", "UK",
        "⟨a¦Undisplaced fracture of the right ⟪7th¦counter⟫ rib⟩ ⟦(S3:I201)¦3:201¦compact¦a⟧ ⟨b¦with a small adjacent "
        "haematoma⟩ ⟦(S3:I199)¦3:199¦compact¦b⟧.",
    ),
    (
        "j_uk06", "UK",
        "Addendum ⟪10:45¦time⟫: ⟨a¦Having reviewed the coronal reformats, the appendix is retrocaecal and inflamed⟩ "
        "⟦(coronal reformat, series 601, image 52)¦601:52¦plane¦a⟧. ⟨b¦No perforation⟩ ⟦(axial images 120-140, series "
        "3)¦3:120-140¦range¦b⟧.",
    ),
    (
        "j_uk07", "UK",
        "⟨a¦Multiple bilateral pulmonary nodules, the largest in the left lower lobe⟩ ⟦(Ser #5 / Img "
        "#204)¦5:204¦abbrev_en¦a⟧; "
        "⟨b¦others⟩ ⟦(Img #150, #177 and #190)¦5:150,5:177,5:190¦list¦b⟧.",
    ),
    (
        "j_uk08", "UK",
        "Oncology response table:\nLesion | Baseline (⟪05/01/2026¦date⟫) | Today\n"
        "⟨a¦RLL mass⟩ | ⟪41 mm¦size⟫ ⟦(se 3/im 67)¦p3:67¦prior¦a⟧ | ⟪30 mm¦size⟫ ⟦(se 4/im 69)¦4:69¦slash¦a⟧\n"
        "⟨b¦Subcarinal node⟩ | ⟪22 mm¦size⟫ ⟦(se 3/im 49)¦p3:49¦prior¦b⟧ | ⟪15 mm¦size⟫ ⟦(se 4/im 50)¦4:50¦slash¦b⟧",
    ),
    (
        "j_uk09", "UK",
        "⟨a¦A ⟪6 mm¦size⟫ calculus at the right vesicoureteric junction⟩ ⟦(image 88/134)¦-:88¦slash¦a⟧ ⟨b¦causing "
        "mild hydronephrosis⟩ ⟦(image 41/134)¦-:41¦slash¦b⟧.",
    ),
    (
        "j_uk10", "UK",
        "Series 7 (sagittal T2):\n⟨a¦Disc extrusion at ⟪L5/S1¦level⟫ compressing the left S1 nerve root⟩ ⟦(image "
        "9)¦7:9¦image_only¦a⟧.\n"
        "Series 8 (axial T2):\n⟨b¦Lateral recess stenosis⟩ ⟦(images 21 and 22)¦8:21,8:22¦list¦b⟧.",
    ),
    (
        "j_uk11", "UK",
        "⟨a¦Compared with the outside MRI, the enhancing lesion in the left frontal lobe is new⟩ ⟦(se 12, im "
        "40)¦12:40¦abbrev_en¦a⟧. "
        "⟨b¦The right parietal lesion was present on the outside study⟩ ⟦(outside study se 8, im 33)¦p8:33¦prior¦b⟧ "
        "⟨c¦and is unchanged⟩ ⟦(se 12, im 55)¦12:55¦abbrev_en¦c⟧.",
    ),
    (
        "j_uk12", "UK",
        "voice recognition: ⟨a¦there is a ⟪2 cm¦size⟫ hypodense lesion in the tail of pancreas⟩ ⟦series three image "
        "sixty two¦3:62¦full_en¦a⟧ full stop "
        "⟨b¦no duct dilatation⟩ ⟦series three images fifty to fifty five¦3:50-55¦range¦b⟧ full stop",
    ),
    (
        "j_uk13", "UK",
        "⟨a¦Mild cardiomegaly⟩. ⟨b¦Small right apical pneumothorax, ⟪1.5 cm¦size⟫ rim⟩ ⟦(slice 2 of "
        "40)¦-:2¦slice_word¦b⟧. "
        "⟪Chest drain size 12 F¦size⟫ advised; ⟪SpO2 94%¦lab⟫.",
    ),
    (
        "j_uk14", "UK",
        "⟨a¦Known left breast carcinoma⟩ ⟦(sl. 45, Ser. 1001)¦1001:45¦slice_word¦a⟧ ⟨b¦has decreased following "
        "neoadjuvant chemotherapy⟩; "
        "⟨c¦on the baseline MRI it measured ⟪32 mm¦size⟫⟩ ⟦(baseline Ser. 901, sl. 47)¦p901:47¦prior¦c⟧. ⟪BI-RADS "
        "6¦birads⟫.",
    ),
    (
        "j_uk15", "UK",
        "⟨a¦Small bowel Crohn's disease of the terminal ileum, ⟪15 cm¦size⟫ segment⟩ ⟦(cor T2 HASTE, series 4, slices "
        "12 to 16)¦4:12-16¦range¦a⟧, "
        "⟨b¦with a short stricture⟩ ⟦(series 4, slice 14)¦4:14¦slice_word¦b⟧. ⟨c¦Previously active inflammation at "
        "the same site⟩ ⟦(prior series 5, slice 13)¦p5:13¦prior¦c⟧.",
    ),
    (
        "j_uk16", "UK",
        "⟨a¦Thickened gallbladder wall ⟪6 mm¦size⟫⟩ ⟦(Se:3 Im:45/210)¦3:45¦abbrev_en¦a⟧, ⟨b¦pericholecystic fluid⟩ "
        "⟦(Se:3 Im:52/210)¦3:52¦abbrev_en¦b⟧.",
    ),
    (
        "j_uk17", "UK",
        "Addendum: ⟨a¦The lesion reported as new⟩ ⟦(series 3 image 77)¦3:77¦full_en¦a⟧ ⟨b¦was in fact visible on the "
        "earlier examination⟩ "
        "⟦(earlier study, series 2 image 74)¦p2:74¦prior¦b⟧, ⟨c¦and was stable on the exam before that⟩ on the "
        "⟪2024¦date⟫ exam ⟦(series 2 image 70 of that exam)¦p2:70¦prior¦c⟧.",
    ),
    (
        "j_uk18", "UK",
        "⟨a¦Right hydrosalpinx⟩ ⟦(ser-6 img-19)¦6:19¦abbrev_en¦a⟧ and ⟨b¦a ⟪3 cm¦size⟫ left ovarian dermoid⟩ ⟦(ser-6 "
        "img-27)¦6:27¦abbrev_en¦b⟧. "
        "⟪O-RADS 2¦birads⟫.",
    ),
    # ---------------------------------------------------------------- US
    (
        "j_us01", "US",
        "FINDINGS: ⟨a¦⟪8 mm¦size⟫ ground-glass nodule in the right upper lobe⟩ ⟦(series 3, image 71)¦3:71¦full_en¦a⟧, "
        "⟨b¦previously ⟪6 mm¦size⟫⟩ on ⟪1/12/2026¦date⟫ ⟦(prior series 3, image 69)¦p3:69¦prior¦b⟧. ⟪Lung-RADS "
        "3¦birads⟫.",
    ),
    (
        "j_us02", "US",
        "IMPRESSION:\n1. ⟨a¦Acute uncomplicated appendicitis⟩ ⟦(2:45)¦2:45¦compact¦a⟧.\n"
        "2. ⟨b¦Incidental ⟪1.2 cm¦size⟫ left adrenal nodule, lipid-rich⟩ ⟦(2:31)¦2:31¦compact¦b⟧, ⟨c¦unchanged since "
        "the prior CT⟩ ⟦(prior 4:28)¦p4:28¦prior¦c⟧.",
    ),
    (
        "j_us03", "US",
        "⟨a¦Hypoenhancing mass in the pancreatic head measuring ⟪2.8 x 2.4 cm¦size⟫⟩ ⟦(se 5 img 44)¦5:44¦abbrev_en¦a⟧, "
        "⟨b¦abutting the SMV less than 180 degrees⟩ ⟦(se 5 img 47-49)¦5:47-49¦range¦b⟧. ⟪CA 19-9 340 U/mL¦lab⟫.",
    ),
    (
        "j_us04", "US",
        "COMPARISON: CT chest ⟪8/21/2026¦date⟫.\n⟨a¦Interval increase in the right paratracheal node⟩ ⟦(series 2 "
        "image 40)¦2:40¦full_en¦a⟧, "
        "⟨b¦now ⟪1.6 cm¦size⟫ short axis compared with ⟪1.1 cm¦size⟫⟩ ⟦(series 2 image 38 on the "
        "comparison)¦p2:38¦prior¦b⟧.",
    ),
    (
        "j_us05", "US",
        "⟨a¦Nondisplaced fracture of the left femoral neck⟩ ⟦(coronal series 602 image 88)¦602:88¦plane¦a⟧, ⟨b¦also "
        "seen on axial⟩ ⟦(series 3 image 140)¦3:140¦full_en¦b⟧.",
    ),
    (
        "j_us06", "US",
        "Dictated with speech recognition. ⟨a¦Small hiatal hernia⟩ ⟦series for image 61¦4:61¦full_en¦a⟧. "
        "⟨b¦Diverticulosis without diverticulitis⟩ ⟦series for images 150 through 170¦4:150-170¦range¦b⟧.",
    ),
    (
        "j_us07", "US",
        "ONCOLOGY FOLLOW-UP (RECIST 1.1)\nTarget 1: ⟨a¦liver segment 8 metastasis⟩: ⟪3.1 cm¦size⟫ (baseline ⟪4.0 "
        "cm¦size⟫) ⟦[se 4 im 22]¦4:22¦abbrev_en¦a⟧ ⟦[baseline se 3 im 20]¦p3:20¦prior¦a⟧\n"
        "Target 2: ⟨b¦left para-aortic node⟩: ⟪1.3 cm¦size⟫ (baseline ⟪1.9 cm¦size⟫) ⟦[se 4 im 61]¦4:61¦abbrev_en¦b⟧ "
        "⟦[baseline se 3 im 58]¦p3:58¦prior¦b⟧\n"
        "Non-target: ⟨c¦bone lesion at ⟪T10¦level⟫⟩, stable ⟦[se 4 im 30]¦4:30¦abbrev_en¦c⟧",
    ),
    (
        "j_us08", "US",
        "⟨a¦Bilateral renal cysts, the largest ⟪4.2 cm¦size⟫ on the left, ⟪Bosniak 2¦staging⟫⟩ ⟦(image 33, series "
        "6)¦6:33¦full_en¦a⟧; "
        "⟨b¦a ⟪9 mm¦size⟫ hyperdense cyst on the right⟩ ⟦(image 29)¦6:29¦image_only¦b⟧.",
    ),
    (
        "j_us09", "US",
        "⟨a¦Subsegmental pulmonary embolus in the posterior basal right lower lobe⟩ ⟦(Series 301, Image "
        "212)¦301:212¦full_en¦a⟧. "
        "⟨b¦No right heart strain⟩, ⟪RV/LV ratio 0.8¦ratio⟫. ⟪BP 128/76¦blood_pressure⟫, ⟪HR 104¦lab⟫.",
    ),
    (
        "j_us10", "US",
        "ADDENDUM: ⟨a¦On further review a ⟪5 mm¦size⟫ nonobstructing stone is present in the lower pole of the right "
        "kidney⟩ "
        "⟦(Se3Im52)¦3:52¦glued¦a⟧. ⟨b¦It was also present on the outside CT from ⟪2025¦date⟫⟩ ⟦(outside CT "
        "Se2Im49)¦p2:49¦prior¦b⟧.",
    ),
    (
        "j_us11", "US",
        "⟨a¦Enhancing mass in the right cerebellopontine angle, ⟪1.4 cm¦size⟫⟩ ⟦(axial T1 post, se 11, im "
        "9)¦11:9¦plane¦a⟧, "
        "⟨b¦extending into the internal auditory canal⟩ ⟦(coronal, se 13, im 7 and 8)¦13:7,13:8¦list¦b⟧. ⟨c¦On the "
        "prior MRI it measured ⟪1.1 cm¦size⟫⟩ ⟦(prior se 10, im 9)¦p10:9¦prior¦c⟧.",
    ),
    (
        "j_us12", "US",
        "⟨a¦Cirrhotic liver morphology⟩. ⟨b¦A ⟪2.3 cm¦size⟫ arterially enhancing observation in segment 6⟩ ⟦(s7 "
        "i33)¦7:33¦compact¦b⟧ "
        "⟨c¦with washout⟩ ⟦(s9 i33)¦9:33¦compact¦c⟧, ⟪LR-5¦birads⟫.",
    ),
    (
        "j_us13", "US",
        "STRUCTURED REPORT - PE protocol\nClot burden: ⟨b¦saddle embolus⟩ ⟦Series 4 Image #110¦4:110¦full_en¦b⟧\n"
        "RV/LV: ⟨a¦⟪1.3¦ratio⟫ with septal flattening⟩ ⟦Series 4 Image #95¦4:95¦full_en¦a⟧\nPrior exam: ⟨c¦no embolus "
        "on the CTA of ⟪6/2/2026¦date⟫⟩ ⟦Series 5 Image #108¦p5:108¦prior¦c⟧",
    ),
    (
        "j_us14", "US",
        "⟨a¦Comminuted fracture of the right distal radius with ⟪3 mm¦size⟫ dorsal displacement⟩ ⟦(sagittal reformat "
        "#7, img #34)¦7:34¦plane¦a⟧, "
        "⟨b¦with intra-articular extension⟩ ⟦(img #36-#38)¦7:36-38¦range¦b⟧.",
    ),
    (
        "j_us15", "US",
        "Compared to the prior exam, ⟨a¦the left lower lobe consolidation has improved⟩ ⟦(current series 2, image "
        "88)¦2:88¦full_en¦a⟧ "
        "⟨b¦but the small effusion is unchanged⟩ ⟦(series 2, image 101)¦2:101¦full_en¦b⟧. ⟨c¦Consolidation was more "
        "extensive previously⟩ ⟦(prior exam series 2, images 84 and 90)¦p2:84,p2:90¦prior¦c⟧.",
    ),
    (
        "j_us16", "US",
        "⟨a¦Thyroid nodule in the right lobe, ⟪1.9 cm¦size⟫, ⟪TI-RADS 4¦birads⟫⟩ ⟦(se 2, im 15 of "
        "60)¦2:15¦abbrev_en¦a⟧. ⟪FNA¦followup⟫ recommended.",
    ),
    (
        "j_us17", "US",
        "⟨a¦Abdominal aortic aneurysm measuring ⟪5.6 cm¦size⟫⟩ ⟦(3-85)¦3:85¦compact¦a⟧, ⟨b¦previously ⟪5.0 cm¦size⟫⟩ "
        "⟦(prior 3-80)¦p3:80¦prior¦b⟧. "
        "⟨c¦Mural thrombus⟩ ⟦(3-82)¦3:82¦compact¦c⟧. ⟪Follow-up in 6 months¦followup⟫ or vascular referral.",
    ),
    (
        "j_us18", "US",
        "⟨a¦Left ⟪4th¦counter⟫ and ⟪5th¦counter⟫ rib fractures⟩ ⟦(series 3 images 55, 71)¦3:55,3:71¦list¦a⟧. ⟨b¦Small "
        "hemothorax⟩ ⟦(series 3 image 160)¦3:160¦full_en¦b⟧; "
        "⟨c¦not present on the trauma CT from this morning⟩ ⟦(trauma CT series 2 image 150)¦p2:150¦prior¦c⟧, "
        "⟪07:50¦time⟫.",
    ),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(*r) for r in _RAW)
