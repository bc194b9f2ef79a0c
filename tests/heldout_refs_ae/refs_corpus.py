"""Held-out refs AE: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K to Z,
AA, AB and AC (to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's floor test. Written in one pass, reread once for ambiguity
(ultrasound priors cited beside numbered series were marked "Sono-Bild", "US-Bild", "US image", an image-only
citation after two series was given its series, number-less confounder marks were removed, the draft's 288 refs
and 54 priors were cut to the size asked for), then measured once. Do not tune the miner on these texts; measure
with `python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_ae.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section heading ("Arterielle
Phase (Se. 11):", "Rückenlage Se. 2:", "Supine series 2, prone series 5", "derselben Serie"), else series is None
(ultrasound images, slices of an unnumbered sequence, phase-named images of a practice report with no series
number anywhere: "arterielle Phase Bild 34"); a plane, sequence, phase or reconstruction word (VNC, Jodkarte,
iodine map, keV) changes nothing and stays outside the visible span; a citation into a prior, Vor-CT, Vor-MRT,
Vorbefund, Voruntersuchung, VU, Vorsonographie, precedente, auswärtig, outside CD ("CD der Radiologie am Markt,
Serie 201"), comparison exam, previous study or earlier-date study is gold with prior_study true and class
`prior`. Only series/image words and numbers (and an image total such as "/120") are inside the visible span;
brackets and prior words ("prior 2:80") stay outside. Lang follows refs C (German for DE/AT/CH), so the French-
and Italian-speaking Swiss sites write German with their habits ("Sér. 12, Bild n° 41", "Ser. 303 / Imm. 61",
"Precedente CT").

Mix: 71 excerpts (DE 15, AT, CH, UK, US 14 each), 265 gold refs, 46 of them into a prior study, 350 marked
confounders. Site habits leaned on here: abdominal and pelvic imaging: multiphase liver CT and Gd-EOB MR with
phase-named series and phase headings, MRCP (stones, PSC, post-ERCP), MR enterography (Crohn, paediatric),
CT colonography with supine/prone series pairs, pancreas protocols (carcinoma, IPMN, pancreatitis), renal mass
and adrenal CT (washout, Bosniak), CT urography and CT KUB, prostate MR without a tumour question (abscess, BPH,
embolisation planning), rectal and pelvic-floor MR (fistulas, rectocele, endometriosis), gynaecological
ultrasound with image numbers only, dual-energy/spectral CT (VNC, iodine map and keV series cited by number),
night emergency abdominal CT with a morning addendum, second reads against outside CDs (series 201, 801), numbered
findings lists whose item numbers are confounders, a PACS key-image link copied into the report. Forms: DE "Serie
4, Bild 38", "Serie 6, Bild 22 und 29", "Serie 2, Bilder 300 bis 330", "Serie 8, Bild 120 bis 135", "Se. 5, Bi.
62", glued "Se4Bi88", "[Serie 5 Bild 61]", "Se 4 Bi 25", "Bild 201" under a series line; AT "Bi. 34" under
"Arterielle Phase (Se. 11):", "Schicht 45 der Serie 3", "Sr. 602 Sl. 45", "Sl. 340" under "Rückenlage Se. 2:",
"Se. 4, Bi. 91 Beistrich 93", "Se. 5/Bi. 22", "Sr. 4 / Img. 138 und Img. 144", "Serie 9, Schicht 120 bis 180",
"Bild 9 bis 11" (ultrasound); CH "Sér. 12, Bild n° 41", "Bild n° 43 derselben Serie", "Ser. 303 / Imm. 61", "Ser.
2, Imm. 40", "Se 14 Bi 22, 27, 31", "Se.1201 Bi.33", "Se. 4 / Bi. 77", "Se 702 Bi 88", "Rückenlage Bild 412";
UK "Se 4 img 34/120", "supine img 288/540", "series 8 image 22", "series 3 images 30-34", "Se 605 Im 77", "Ser 2
Img 61", "Se 9 Im 190 to 196", "Sl 22/40" (no series), "images 5 and 6" (ultrasound); US "(series 601, image
45)", "(601:45)", "(3:22, 3:25)", "(703:63-66)", "prior 2:80", "se 3 im 52", "series 4, images 22, 24, 27",
"series 2, images 68-72", "previous study image 14". Confounders in the same sentences: sizes, dates (dots,
slashes, month names, Jänner/Feber), clock times and clock-face positions, doses and keV, HU and other lab values
(AFP, CA 19-9, lipase, iodine mg/ml, vitamin B12), scores and grades (LI-RADS, C-RADS/E-RADS, O-RADS, IOTA B1,
PI-RADS, Bosniak, AAST, Parks, #Enzian, Hansen/Stock, Child-Pugh), liver segments ("S6", "S1"), vertebral levels
("LWK 2", "L3/4", "L5/S1", "S1 bis S5"), rib level, counters (numbered findings, cycle days, page numbers, an
examination number), phone, bleep, pager and extension numbers, a blood pressure, ages and follow-up intervals.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    (
        "ae_de01",
        "DE",
        "CT Leber dreiphasig vom ⟪12.10.2026¦date⟫ (nativ Serie 2, arteriell Serie 4, portalvenös Serie 6).\n"
        "Befund: ⟨a¦Hypervaskuläre Läsion in ⟪Segment 8¦segment⟫, ⟪14 x 11 mm¦size⟫⟩ (⟦Serie 4, Bild "
        "38¦4:38¦full_de¦a⟧), ⟨b¦in der portalvenösen Phase mit Washout und Kapselanhebung⟩ (⟦Serie 6, Bild "
        "40¦6:40¦full_de¦b⟧).\n"
        "⟨c¦Zwei glatt begrenzte Zysten in ⟪Segment 2¦segment⟫ und ⟪Segment 3¦segment⟫, bis ⟪6 mm¦size⟫⟩ "
        "(⟦Serie 6, Bild 22 und 29¦6:22,6:29¦list¦c⟧).\n"
        "⟨d¦Im Vor-CT vom ⟪14.03.2026¦date⟫ maß die Läsion ⟪9 mm¦size⟫⟩ (⟦Serie 4, Bild 35¦p4:35¦prior¦d⟧).\n"
        "Beurteilung: ⟨e¦Größenprogrediente LR-5-Läsion der Leber⟩ (⟦Serie 4, Bild 38¦4:38¦impression¦e⟧). "
        "⟪AFP 212 ng/ml¦lab⟫.",
    ),
    (
        "ae_de02",
        "DE",
        "MRCP bei Cholestase, ⟪Bilirubin 3,4 mg/dl¦lab⟫.\n"
        "⟨a¦Zwei Konkremente im distalen Ductus choledochus, bis ⟪7 mm¦size⟫⟩ (3D-MRCP ⟦Serie 12, Bild 44 "
        "und 51¦12:44,12:51¦list¦a⟧). ⟨b¦DHC bis ⟪11 mm¦size⟫ erweitert⟩ (⟦Serie 12, Bild "
        "60¦12:60¦full_de¦b⟧).\n"
        "⟨c¦Pankreasgang regelrecht kaliberstark, kein Pancreas divisum⟩ (koronar HASTE ⟦Serie 5, Bild "
        "19¦5:19¦full_de¦c⟧).\n"
        "⟨d¦In der Vorsonographie vom ⟪02.10.2026¦date⟫ war der DHC mit ⟪8 mm¦size⟫ beschrieben⟩ (Sono-⟦Bild "
        "6¦p-:6¦prior¦d⟧).\n"
        "Rückfragen: ⟪Durchwahl 4471¦phone⟫.",
    ),
    (
        "ae_de03",
        "DE",
        "CT-Kolonographie, Niedrigdosis, Rückenlage Serie 2 und Bauchlage Serie 5, ⟪CTDIvol 2,1 mGy¦dose⟫.\n"
        "⟪1.¦counter⟫ ⟨a¦Gestielter Polyp im Colon sigmoideum, ⟪9 mm¦size⟫⟩ (Rückenlage ⟦Serie 2, Bild "
        "310¦2:310¦full_de¦a⟧; Bauchlage ⟦Serie 5, Bild 288¦5:288¦full_de¦a⟧), ⟪43 cm¦size⟫ ab ano.\n"
        "⟪2.¦counter⟫ ⟨b¦Sessiler Polyp im Colon ascendens, ⟪6 mm¦size⟫⟩ (⟦Serie 2, Bild "
        "122¦2:122¦full_de¦b⟧), ⟨c¦in Bauchlage lageunabhängig⟩ (⟦Serie 5, Bild 140¦5:140¦full_de¦c⟧).\n"
        "⟪3.¦counter⟫ ⟨d¦Divertikel im Sigma ohne Entzündungszeichen⟩ (⟦Serie 2, Bilder 300 bis "
        "330¦2:300-330¦range¦d⟧).\n"
        "Klassifikation ⟪C-RADS C2¦birads⟫, Koloskopie empfohlen.",
    ),
    (
        "ae_de04",
        "DE",
        "Notfall-CT Abdomen, Eingang ⟪02:40 Uhr¦time⟫, i.v. KM ⟪90 ml¦dose⟫, portalvenös Serie 3.\n"
        "⟨a¦Freie Luft subphrenisch rechts⟩ (⟦Serie 3, Bild 21¦3:21¦full_de¦a⟧) ⟨b¦und periduodenal⟩ (⟦Bild "
        "58¦3:58¦image_only¦b⟧), Verdacht auf Ulkusperforation. Alte Deckplattenimpression ⟪LWK 2¦level⟫. "
        "Telefonisch an Chirurgie um ⟪02:58 Uhr¦time⟫ (⟪Tel. 2281¦phone⟫).\n"
        "Nachtrag ⟪07:45 Uhr¦time⟫ (Oberarzt): ⟨c¦Zusätzlich kleine Flüssigkeitsmenge im Douglas⟩ (⟦Serie 3, "
        "Bild 112¦3:112¦full_de¦c⟧). ⟨d¦Die Luft war im Vor-CT vom ⟪05.09.2026¦date⟫ nicht vorhanden⟩ "
        "(⟦Serie 3, Bild 20¦p3:20¦prior¦d⟧).",
    ),
    (
        "ae_de05",
        "DE",
        "Dual-Energy-CT Nieren, ⟪Kreatinin 1,1 mg/dl¦lab⟫. Rekonstruktionen: VNC Serie 702, Jodkarte Serie "
        "705, ⟪40 keV¦dose⟫ Serie 710.\n"
        "⟨a¦Zystische Läsion am rechten Nierenunterpol, ⟪2,3 cm¦size⟫, nativ ⟪24 HU¦lab⟫⟩ (VNC ⟦Serie 702, "
        "Bild 55¦702:55¦full_de¦a⟧), ⟨b¦ohne Jodaufnahme, ⟪0,4 mg/ml¦lab⟫⟩ (Jodkarte ⟦Serie 705, Bild "
        "55¦705:55¦full_de¦b⟧).\n"
        "⟨c¦Ein feines Septum ohne Verdickung⟩ (⟦Serie 710, Bild 56¦710:56¦full_de¦c⟧). Einordnung ⟪Bosniak "
        "II¦staging⟫.\n"
        "⟨d¦Größenkonstant zum Vorbefund vom ⟪03/2025¦date⟫⟩ (⟦Serie 3, Bild 51¦p3:51¦prior¦d⟧).",
    ),
    (
        "ae_de06",
        "DE",
        "CT Pankreasprotokoll (Pankreasphase Se. 5, portalvenös Se. 7).\n"
        "⟨a¦Hypodense Raumforderung im Pankreaskopf, ⟪21 mm¦size⟫⟩ (⟦Se. 5, Bi. 62¦5:62¦abbrev_de¦a⟧), "
        "⟨b¦Kontakt zur SMV unter ⟪180°¦ratio⟫⟩ (⟦Se. 7, Bi. 70 und 74¦7:70,7:74¦list¦b⟧).\n"
        "⟨c¦Im auswärtigen MRT auf der CD der Radiologie am Markt war die Läsion bereits abgrenzbar⟩ (⟦Serie "
        "201, Bild 14¦p201:14¦prior¦c⟧).\n"
        "⟪CA 19-9 88 U/ml¦lab⟫. Vorstellung im Tumorboard am ⟪21.10.¦date⟫.",
    ),
    (
        "ae_de07",
        "DE",
        "CT-Urographie (Split-Bolus), Ausscheidungsphase Serie 8.\n"
        "⟪1.¦counter⟫ ⟨a¦Urothelverdickung im linken Nierenbecken⟩ (⟦Serie 8, Bild 120 bis "
        "135¦8:120-135¦range¦a⟧).\n"
        "⟪2.¦counter⟫ ⟨b¦Konkrement im rechten distalen Ureter, ⟪4 mm¦size⟫, ⟪1.050 HU¦lab⟫⟩ (⟦Bild "
        "201¦8:201¦image_only¦b⟧).\n"
        "⟪3.¦counter⟫ ⟨c¦Harnblase mit glatter Wand⟩ (⟦Bild 240¦8:240¦image_only¦c⟧).\n"
        "⟨d¦In der Voruntersuchung vom ⟪18.06.2026¦date⟫ noch keine Wandverdickung⟩ (⟦Serie 6, Bild "
        "118¦p6:118¦prior¦d⟧).",
    ),
    (
        "ae_de08",
        "DE",
        "MRT Prostata bei Verdacht auf Prostataabszess, ⟪PSA 14,2 ng/ml¦lab⟫, ⟪CRP 96 mg/l¦lab⟫, Fieber seit "
        "⟪3 Tagen¦followup⟫.\n"
        "⟨a¦Flüssigkeitskollektion in der linken peripheren Zone, ⟪17 mm¦size⟫⟩ (T2 axial ⟦Serie 4, Bild "
        "14¦4:14¦full_de¦a⟧), ⟨b¦mit randständiger Diffusionsrestriktion⟩ (ADC ⟦Serie 9, Bild "
        "15¦9:15¦full_de¦b⟧).\n"
        "Samenblasen beidseits unauffällig. Prostatavolumen ⟪48 ml¦size⟫.\n"
        "Beurteilung: ⟨d¦Prostataabszess links⟩ (⟦Serie 4, Bild 14¦4:14¦impression¦d⟧).",
    ),
    (
        "ae_de09",
        "DE",
        "MR-Enterographie bei Morbus Crohn, ⟪Calprotectin 540 µg/g¦lab⟫.\n"
        "⟨a¦Wandverdickung des terminalen Ileums auf ⟪6 mm¦size⟫ über ⟪12 cm¦size⟫ Länge⟩ (koronar T2 HASTE "
        "⟦Serie 3, Bilder 18-24¦3:18-24¦range¦a⟧), ⟨b¦mit Schichtung und Diffusionsrestriktion⟩ (⟦Serie 11, "
        "Bild 40 und 44¦11:40,11:44¦list¦b⟧).\n"
        "Keine Fistel, kein Abszess. ⟨d¦In der MRE vom ⟪02/2025¦date⟫ betrug die Wanddicke ⟪4 mm¦size⟫⟩ "
        "(⟦Serie 3, Bild 21¦p3:21¦prior¦d⟧).\n"
        "⟪MaRIA-Score 14¦lab⟫, ⟪Vitamin B12 180 pg/ml¦lab⟫.",
    ),
    (
        "ae_de10",
        "DE",
        "Transvaginale Sonographie, ⟪11. Zyklustag¦counter⟫.\n"
        "⟨a¦Uterus anteflektiert, Endometrium ⟪8 mm¦size⟫⟩ (⟦Bild 4¦-:4¦image_only¦a⟧). ⟨b¦Intramurales Myom "
        "an der Hinterwand, ⟪23 mm¦size⟫⟩ (⟦Bild 7 und 8¦-:7,-:8¦list¦b⟧).\n"
        "⟨c¦Rechtes Ovar mit Dermoidzyste, ⟪31 mm¦size⟫⟩ (⟦Bild 12¦-:12¦image_only¦c⟧), in der "
        "Vorsonographie ⟪27 mm¦size⟫.\n"
        "Klassifikation ⟪O-RADS 2¦birads⟫. Kontrolle in ⟪6 Monaten¦followup⟫.",
    ),
    (
        "ae_de11",
        "DE",
        "CT Nebennieren (nativ Serie 3, portalvenös Serie 5, spät nach ⟪15 min¦time⟫ Serie 9).\n"
        "⟨a¦Rundliche Raumforderung der linken Nebenniere, ⟪26 mm¦size⟫, nativ ⟪31 HU¦lab⟫⟩ (⟦Serie 3, Bild "
        "44¦3:44¦full_de¦a⟧). ⟨b¦Absoluter Washout ⟪68 %¦ratio⟫⟩ (⟦Serie 5, Bild 44¦5:44¦full_de¦b⟧; ⟦Serie "
        "9, Bild 45¦9:45¦full_de¦b⟧), vereinbar mit lipidarmem Adenom.\n"
        "⟨c¦Im Vor-CT vom ⟪20.01.2025¦date⟫ ⟪24 mm¦size⟫⟩ (⟦Serie 3, Bild 40¦p3:40¦prior¦c⟧). Metanephrine "
        "normal laut Zuweiser.",
    ),
    (
        "ae_de12",
        "DE",
        "MRT Becken bei perianaler Fistel, kein Tumorverdacht.\n"
        "⟨a¦Transsphinktärer Fistelgang bei ⟪6 Uhr¦time⟫ SSL⟩ (T2 koronar ⟦Serie 7, Bild "
        "18¦7:18¦full_de¦a⟧), ⟨b¦innere Öffnung ⟪3 cm¦size⟫ ab ano⟩ (T2 axial ⟦Serie 4, Bild "
        "22¦4:22¦full_de¦b⟧).\n"
        "⟨c¦Kleiner Abszess in der Fossa ischioanalis links, ⟪14 mm¦size⟫⟩ (⟦Serie 4, Bild 26 und "
        "27¦4:26,4:27¦list¦c⟧). Klassifikation ⟪Parks Typ 2¦staging⟫, ⟪St. James Grad 4¦staging⟫.\n"
        "⟨d¦Im Vor-MRT war der Abszess nicht vorhanden⟩ (⟦Se 4 Bi 25¦p4:25¦prior¦d⟧).",
    ),
    (
        "ae_de13",
        "DE",
        "CT Nieren, Verlaufskontrolle einer soliden Läsion (⟪Bosniak IV¦staging⟫), Patient ⟪71 Jahre¦age⟫.\n"
        "⟨a¦Kortikale Raumforderung links, ⟪3,1 cm¦size⟫⟩ (⟦Se4Bi88¦4:88¦glued¦a⟧), ⟨b¦mit kräftigem "
        "Enhancement von ⟪95 HU¦lab⟫⟩ (⟦Se6Bi88¦6:88¦glued¦b⟧).\n"
        "⟨c¦Im Vor-CT (Untersuchungsnr. ⟪A25-114387¦counter⟫) ⟪2,6 cm¦size⟫⟩ (⟦Se4Bi84¦p4:84¦prior¦c⟧).\n"
        "Nierenvene frei. ⟪R.E.N.A.L.-Score 7a¦lab⟫.",
    ),
    (
        "ae_de14",
        "DE",
        "CT Abdomen nach Sturz, Milz.\n"
        "⟨a¦Subkapsuläres Hämatom der Milz, ⟪2 cm¦size⟫ Saum⟩, Schlüsselbild-Link: [⟦Serie 5 Bild "
        "61¦5:61¦full_de¦a⟧]. ⟨b¦Kein aktiver Kontrastmittelaustritt⟩ [⟦Serie 7 Bild 61¦7:61¦full_de¦b⟧].\n"
        "Linke Niere mit kleiner Kontusion, ⟪AAST Grad II¦staging⟫.\n"
        "⟨d¦Fraktur der ⟪10. Rippe¦level⟫ links, nicht disloziert⟩ (⟦Serie 5, Bild 40¦5:40¦full_de¦d⟧). Hb "
        "⟪11,2 g/dl¦lab⟫.",
    ),
    (
        "ae_de15",
        "DE",
        "MRT Leber, Kurzbefund an den Hausarzt (Praxis), ⟪Seite 1 von 1¦counter⟫.\n"
        "⟨a¦Hämangiom in ⟪Segment 7¦segment⟫, ⟪18 mm¦size⟫, mit nodulärem peripherem Enhancement⟩ "
        "(arterielle Phase ⟦Bild 34¦-:34¦image_only¦a⟧), ⟨b¦zentripetale Auffüllung⟩ (portalvenöse Phase "
        "⟦Bild 35¦-:35¦image_only¦b⟧).\n"
        "Keine weiteren Herde. ⟪GGT 31 U/l¦lab⟫. Rückfragen unter ⟪Tel. 0221 4450-12¦phone⟫.",
    ),
    (
        "ae_at01",
        "AT",
        "MRT Leber mit Gd-EOB, Befund vom ⟪14. Jänner 2026¦date⟫ zum Vergleich.\n"
        "Arterielle Phase (Se. 11): ⟨a¦Hyperperfundierter Herd subkapsulär in ⟪S6¦segment⟫, ⟪12 mm¦size⟫⟩ "
        "(⟦Bi. 34¦11:34¦image_only¦a⟧), ⟨b¦ein zweiter Herd in ⟪S7¦segment⟫⟩ (⟦Bi. 21¦11:21¦image_only¦b⟧).\n"
        "Hepatobiliäre Phase nach ⟪20 min¦time⟫ (Se. 14): ⟨c¦beide Herde hypointens⟩ (⟦Bi. 33 und "
        "20¦14:33,14:20¦list¦c⟧).\n"
        "Lobus caudatus (⟪S1¦segment⟫) unauffällig. ⟨d¦Im Vorbefund war der Herd in S6 ⟪8 mm¦size⟫ groß⟩ "
        "(⟦Se. 11, Bi. 31¦p11:31¦prior¦d⟧).",
    ),
    (
        "ae_at02",
        "AT",
        "CT Abdomen, Pankreasprotokoll, ⟪Lipase 1.240 U/l¦lab⟫.\n"
        "⟨a¦Ödematöse Pankreatitis mit peripankreatischer Flüssigkeit⟩ (⟦Schicht 45 der Serie "
        "3¦3:45¦slice_word¦a⟧). ⟨b¦Keine Nekrose⟩ (⟦Schicht 52¦3:52¦slice_word¦b⟧ derselben Serie).\n"
        "Gallenblase mit mehreren Konkrementen bis ⟪9 mm¦size⟫.\n"
        "⟪CT-Severity-Index 2 von 10¦lab⟫. Balthazar C.",
    ),
    (
        "ae_at03",
        "AT",
        "Spektral-CT Niere links bei Zufallsbefund, ⟪eGFR 74¦lab⟫.\n"
        "⟨a¦Solide Läsion am Oberpol, ⟪19 mm¦size⟫⟩ (Jodbild ⟦Sr. 602 Sl. 45¦602:45¦abbrev_de¦a⟧), "
        "⟨b¦Jodkonzentration ⟪2,8 mg/ml¦lab⟫⟩ (⟦Sr. 602 Sl. 46¦602:46¦abbrev_de¦b⟧). ⟨c¦Im virtuellen "
        "Nativbild ⟪38 HU¦lab⟫⟩ (⟦Sr. 601 Sl. 45¦601:45¦abbrev_de¦c⟧).\n"
        "⟨d¦Im ⟪70-keV¦dose⟫-Bild glatte Kontur⟩ (⟦Sr. 604 Sl. 44¦604:44¦abbrev_de¦d⟧). Empfehlung: MRT in "
        "⟪3 Monaten¦followup⟫.",
    ),
    (
        "ae_at04",
        "AT",
        "Akut-CT Abdomen, Nachtdienst ⟪23:15¦time⟫, Verdacht auf Ileus, Laktat ⟪3,9 mmol/l¦lab⟫.\n"
        "⟨a¦Dilatierte Dünndarmschlingen bis ⟪41 mm¦size⟫⟩ (⟦Se. 4, Bi. 55¦4:55¦abbrev_de¦a⟧), "
        "⟨b¦Kalibersprung im rechten Unterbauch⟩ (⟦Se. 4, Bi. 88¦4:88¦abbrev_de¦b⟧), Bride wahrscheinlich.\n"
        "Nachtrag ⟪08:10¦time⟫ nach Besprechung: ⟨c¦Geringe Pneumatosis der betroffenen Schlinge⟩ (⟦Se. 4, "
        "Bi. 91 Beistrich 93¦4:91,4:93¦list¦c⟧) und Mesenterialödem.\n"
        "Befund telefonisch an die diensthabende Chirurgie (⟪Kl. 5120¦phone⟫).",
    ),
    (
        "ae_at05",
        "AT",
        "MRCP, Kontrolle nach ERCP am ⟪4. Feber¦date⟫.\n"
        "⟨a¦Residuelles Konkrement im DHC, ⟪5 mm¦size⟫⟩ (⟦Se. 8, Bi. 12¦8:12¦abbrev_de¦a⟧). ⟨b¦Stent in "
        "situ⟩ (⟦Se. 8, Bi. 14¦8:14¦abbrev_de¦b⟧). ⟨c¦Intrahepatische Gallenwege nicht mehr erweitert⟩ (⟦Se. "
        "3 Bi. 22¦3:22¦abbrev_de¦c⟧).\n"
        "⟨d¦In der MRCP vom ⟪12.01.¦date⟫ zwei Konkremente⟩ (⟦Se. 8, Bi. 11¦p8:11¦prior¦d⟧).",
    ),
    (
        "ae_at06",
        "AT",
        "CT-Kolonographie nach inkompletter Koloskopie (⟪2 Versuche¦counter⟫).\n"
        "Rückenlage Se. 2: ⟨a¦Polyp im Zökum, ⟪7 mm¦size⟫⟩ (⟦Sl. 340¦2:340¦slice_word¦a⟧). Bauchlage Se. 4: "
        "⟨b¦derselbe Polyp ortsständig⟩ (⟦Sl. 322¦4:322¦slice_word¦b⟧).\n"
        "⟨c¦Stenose im Sigma ⟪25 cm¦size⟫ ab ano, kurzstreckig⟩ (⟦Se. 2, Sl. 118¦2:118¦slice_word¦c⟧).\n"
        "Befundkategorie ⟪C2¦birads⟫, extrakolonisch ⟪E2¦birads⟫.",
    ),
    (
        "ae_at07",
        "AT",
        "CT-Urographie bei Makrohämaturie, ⟪Hb 12,8 g/dl¦lab⟫.\n"
        "⟨a¦Füllungsdefekt im rechten oberen Nierenkelch, ⟪8 mm¦size⟫⟩ (Ausscheidungsphase ⟦Serie 9, Schicht "
        "66¦9:66¦slice_word¦a⟧). ⟨b¦Harnleiter beidseits frei⟩ (⟦Serie 9, Schicht 120 bis "
        "180¦9:120-180¦range¦b⟧).\n"
        "⟨c¦Im Vorbefund vom ⟪Jänner 2026¦date⟫ nicht abgrenzbar⟩ (⟦Serie 9, Schicht 64¦p9:64¦prior¦c⟧). "
        "Tel. Rücksprache mit Urologie ⟪Kl. 3305¦phone⟫.",
    ),
    (
        "ae_at08",
        "AT",
        "Gynäkologischer Ultraschall, transvaginal, ⟪G2 P1¦counter⟫, LMP vor ⟪24 Tagen¦followup⟫.\n"
        "⟨a¦Uterus regelrecht, Endometrium ⟪11 mm¦size⟫ sekretorisch⟩ (⟦Bild 3¦-:3¦image_only¦a⟧). ⟨b¦Linkes "
        "Ovar mit Corpus-luteum-Zyste ⟪28 mm¦size⟫⟩ (⟦Bild 9 bis 11¦-:9-11¦range¦b⟧).\n"
        "⟨c¦Freie Flüssigkeit im Douglas gering⟩ (⟦Bild 14¦-:14¦image_only¦c⟧). ⟪IOTA simple rules: "
        "B1¦birads⟫.",
    ),
    (
        "ae_at09",
        "AT",
        "CT Nebennieren bei Inzidentalom (Sr. 3 nativ, Sr. 7 spät).\n"
        "⟨a¦Rechte Nebenniere mit ⟪18 mm¦size⟫ Knoten, ⟪−4 HU¦lab⟫⟩ (⟦Sr. 3 Img. 51¦3:51¦abbrev_de¦a⟧), "
        "entsprechend lipidreichem Adenom. ⟨c¦Linke Nebenniere schlank⟩ (⟦Sr. 3 Img. 48¦3:48¦abbrev_de¦c⟧).\n"
        "⟨d¦Im auswärtigen CT vom ⟪09/2024¦date⟫ gleich groß⟩ (⟦Sr. 2 Img. 33¦p2:33¦prior¦d⟧). Keine weitere "
        "Abklärung, ⟪Cortisol nach Dexa 1,2 µg/dl¦lab⟫.",
    ),
    (
        "ae_at10",
        "AT",
        "MR-Enterographie, Verlauf unter Biologika (⟪Zyklus 6¦counter⟫).\n"
        "⟨a¦Restwandverdickung des neoterminalen Ileums auf ⟪5 mm¦size⟫⟩ (T2 koronar ⟦Se. 5/Bi. "
        "22¦5:22¦slash¦a⟧), ⟨b¦ohne Diffusionsrestriktion⟩ (⟦Se. 9/Bi. 30¦9:30¦slash¦b⟧).\n"
        "⟨c¦Im Vor-MRT ⟪8 mm¦size⟫ mit Restriktion⟩ (⟦Se. 5/Bi. 20¦p5:20¦prior¦c⟧).\n"
        "⟨d¦Keine Stenose, prästenotisch kein Kalibersprung⟩ (⟦Se. 5/Bi. 24 bis 28¦5:24-28¦range¦d⟧).",
    ),
    (
        "ae_at11",
        "AT",
        "MRT Prostata bei LUTS, keine Tumorfrage, ⟪IPSS 19¦lab⟫.\n"
        "⟨a¦Prostatavolumen ⟪82 ml¦size⟫ mit Mittellappen⟩ (T2 sagittal ⟦Se. 3, Bi. 12¦3:12¦abbrev_de¦a⟧), "
        "⟨b¦der ⟪14 mm¦size⟫ in die Blase protrudiert⟩ (⟦Bi. 13¦3:13¦image_only¦b⟧).\n"
        "Blasenwandtrabekulierung. Restharn ⟪120 ml¦size⟫ laut Zuweisung.",
    ),
    (
        "ae_at12",
        "AT",
        "CT Abdomen, Zweitmeinung mit Vergleich zur mitgebrachten CD (MRT Institut Süd vom "
        "⟪30.11.2026¦date⟫).\n"
        "⟨a¦Leberhämangiom in ⟪Segment 4b¦segment⟫, ⟪27 mm¦size⟫⟩ (⟦Se. 4, Bi. 31¦4:31¦abbrev_de¦a⟧), ⟨b¦auf "
        "der CD mit typischem Irisblendenphänomen⟩ (⟦Serie 801, Bild 18¦p801:18¦prior¦b⟧).\n"
        "⟨c¦Keine weiteren Herde⟩ (⟦Se. 4, Bi. 20 bis 60¦4:20-60¦range¦c⟧).",
    ),
    (
        "ae_at13",
        "AT",
        "CT Abdomen Becken, Staging-unabhängige Fragestellung: Bauchschmerz.\n"
        "Befunde:\n"
        "⟪1)¦counter⟫ ⟨a¦Appendix ⟪11 mm¦size⟫, Wandhyperämie, Appendikolith⟩ (⟦Sr. 4 / Img. "
        "140¦4:140¦slash¦a⟧).\n"
        "⟪2)¦counter⟫ ⟨b¦Periappendizitische Imbibierung⟩ (⟦Sr. 4 / Img. 138 und Img. "
        "144¦4:138,4:144¦list¦b⟧).\n"
        "⟪3)¦counter⟫ ⟨c¦Kein Abszess⟩.\n"
        "⟪4)¦counter⟫ ⟨d¦Nierenzyste rechts ⟪12 mm¦size⟫, Bosniak I⟩ (⟦Sr. 4 / Img. 80¦4:80¦slash¦d⟧).\n"
        "⟪Leukozyten 15,4 G/l¦lab⟫. Seite ⟪1/2¦counter⟫.",
    ),
    (
        "ae_at14",
        "AT",
        "MRT Becken, Endometriose-Protokoll (Vergleich Voruntersuchung ⟪Mai 2025¦date⟫).\n"
        "⟨a¦Endometriom am linken Ovar, ⟪34 mm¦size⟫⟩ (T1 fs ⟦Se. 7, Bi. 18¦7:18¦abbrev_de¦a⟧), ⟨b¦in der VU "
        "⟪29 mm¦size⟫⟩ (⟦Se. 7, Bi. 19¦p7:19¦prior¦b⟧).\n"
        "⟨c¦Tiefe Infiltration des Lig. sacrouterinum links⟩ (T2 sagittal ⟦Se. 4, Bi. 15¦4:15¦abbrev_de¦c⟧). "
        "⟪#Enzian: O2/0, T3/0¦staging⟫.\n"
        "⟨d¦Retrozervikal kein Knoten⟩ (T2 sagittal ⟦Se. 4, Bi. 16¦4:16¦abbrev_de¦d⟧).",
    ),
    (
        "ae_ch01",
        "CH",
        "CT Leber mehrphasig bei Zirrhose (⟪Child-Pugh B7¦staging⟫), Vergleich mit dem Vor-CT vom "
        "⟪7.4.2026¦date⟫.\n"
        "⟨a¦Arteriell hyperperfundierter Knoten in ⟪Segment 5¦segment⟫, ⟪17 mm¦size⟫⟩ (arterielle Phase "
        "⟦Serie 5, Bild 34¦5:34¦full_de¦a⟧), ⟨b¦portalvenös mit Washout⟩ (⟦Serie 7, Bild "
        "36¦7:36¦full_de¦b⟧).\n"
        "⟨c¦Im Vor-CT als ⟪11 mm¦size⟫ grosser hyperperfundierter Herd⟩ (⟦Serie 5, Bild 31¦p5:31¦prior¦c⟧).\n"
        "⟨d¦Pfortader durchgängig, kein Tumorthrombus⟩ (⟦Serie 7, Bild 28 bis 33¦7:28-33¦range¦d⟧). ⟪LI-RADS "
        "5¦birads⟫.",
    ),
    (
        "ae_ch02",
        "CH",
        "MRT Leber (Service de radiologie, Bericht auf Deutsch), ⟪AFP 8 ng/ml¦lab⟫.\n"
        "⟨a¦Fokal noduläre Hyperplasie in ⟪Segment 2¦segment⟫, ⟪32 mm¦size⟫⟩ (⟦Sér. 12, Bild n° "
        "41¦12:41¦abbrev_de¦a⟧), ⟨b¦mit zentraler Narbe⟩ (⟦Bild n° 43¦12:43¦image_only¦b⟧ derselben Serie).\n"
        "⟨c¦In der hepatobiliären Phase iso- bis hyperintens⟩ (⟦Sér. 18, Bild n° 40¦18:40¦abbrev_de¦c⟧).\n"
        "⟨d¦Unverändert zum auswärtigen MRT von ⟪2023¦date⟫⟩ (⟦Sér. 9, Bild n° 22¦p9:22¦prior¦d⟧).",
    ),
    (
        "ae_ch03",
        "CH",
        "Spektral-CT Abdomen (Ospedale, Bericht deutsch). VNC Ser. 301, Jodkarte Ser. 303, ⟪50 keV¦dose⟫ "
        "Ser. 305.\n"
        "⟨a¦Hypodense Läsion der Milz, ⟪15 mm¦size⟫, ohne Jodaufnahme⟩ (⟦Ser. 303 / Imm. "
        "61¦303:61¦slash¦a⟧), ⟨b¦VNC-Dichte ⟪12 HU¦lab⟫⟩ (⟦Ser. 301 / Imm. 61¦301:61¦slash¦b⟧), im "
        "Niedrig-keV-Bild scharf begrenzt.\n"
        "Vereinbar mit Milzzyste. Keine Kontrolle nötig.",
    ),
    (
        "ae_ch04",
        "CH",
        "Notfall-CT Abdomen (Nacht, ⟪01:20¦time⟫), Frage nach Divertikulitis, ⟪CRP 188¦lab⟫.\n"
        "⟨a¦Phlegmonöse Sigmadivertikulitis⟩ (⟦Se. 3, Bi. 140¦3:140¦abbrev_de¦a⟧) ⟨b¦mit ⟪2 cm¦size⟫ grossem "
        "parakolischem Abszess⟩ (⟦Se. 3, Bi. 146 und 149¦3:146,3:149¦list¦b⟧). ⟪Hansen/Stock IIb¦staging⟫.\n"
        "Addendum Morgenrapport ⟪07:30¦time⟫: ⟨c¦Kleine extraluminale Luftblase⟩ (⟦Se. 3, Bi. "
        "151¦3:151¦abbrev_de¦c⟧), ⟨d¦im Vor-CT vom ⟪3.2.2025¦date⟫ bereits Divertikulose ohne Entzündung⟩ "
        "(⟦Se. 2, Bi. 120¦p2:120¦prior¦d⟧).\n"
        "Befund an Chirurgie, ⟪Tel. 31 44¦phone⟫.",
    ),
    (
        "ae_ch05",
        "CH",
        "MRCP bei PSC, Verlauf.\n"
        "⟨a¦Multifokale Strikturen der intrahepatischen Gallenwege⟩ (3D-MRCP ⟦Se 14 Bi 22, 27, "
        "31¦14:22,14:27,14:31¦list¦a⟧). ⟨b¦Dominante Stenose im DHC⟩ (⟦Se 14 Bi 40¦14:40¦abbrev_de¦b⟧).\n"
        "⟨c¦Im Vorbefund vom ⟪Oktober 2025¦date⟫ war die DHC-Stenose weniger ausgeprägt⟩ (⟦Se 14 Bi "
        "38¦p14:38¦prior¦c⟧).\n"
        "⟪MRCP+ Score 3¦lab⟫, ⟪Elastographie 9,8 kPa¦lab⟫.",
    ),
    (
        "ae_ch06",
        "CH",
        "CT-Kolonographie (Rückenlage Serie 3, Bauchlage Serie 6), Vorbereitung mit ⟪250 ml¦dose⟫ "
        "Gastrografin.\n"
        "⟨a¦Flacher Polyp im Colon transversum, ⟪11 mm¦size⟫⟩ (Rückenlage ⟦Bild 412¦3:412¦image_only¦a⟧, "
        "Bauchlage ⟦Bild 398¦6:398¦image_only¦a⟧).\n"
        "Residualstuhl im Zökum, beweglich.\n"
        "⟪C-RADS C2¦birads⟫. Bericht an Hausarzt, Seite ⟪1 von 2¦counter⟫.",
    ),
    (
        "ae_ch07",
        "CH",
        "Pankreas-MRT bei IPMN, Kontrolle nach ⟪12 Monaten¦followup⟫.\n"
        "⟨a¦Seitenast-IPMN im Pankreaskorpus, ⟪19 mm¦size⟫⟩ (T2 ⟦Se.4 Bi.33¦4:33¦abbrev_de¦a⟧), ⟨b¦ohne "
        "murale Knoten⟩ (Subtraktion ⟦Se.1201 Bi.33¦1201:33¦abbrev_de¦b⟧).\n"
        "⟨c¦Wirsung ⟪3 mm¦size⟫⟩ (⟦Se.4 Bi.30¦4:30¦abbrev_de¦c⟧). ⟨d¦Im Vor-MRT ⟪17 mm¦size⟫⟩ (⟦Se.4 "
        "Bi.31¦p4:31¦prior¦d⟧). Fukuoka: keine worrisome features.",
    ),
    (
        "ae_ch08",
        "CH",
        "Urographie-CT bei Hydronephrose rechts, ⟪Kreatinin 104 µmol/l¦lab⟫.\n"
        "⟨a¦Ureterabgangsstenose rechts⟩ (Ausscheidungsphase ⟦Serie 8 Bild 45¦8:45¦full_de¦a⟧), "
        "⟨b¦kreuzendes Unterpolgefäss⟩ (arteriell ⟦Serie 4 Bild 47¦4:47¦full_de¦b⟧).\n"
        "⟨c¦Nierenbecken ⟪28 mm¦size⟫ ap⟩ (⟦Serie 8 Bild 40¦8:40¦full_de¦c⟧), ⟨d¦im Vor-Ultraschall ⟪22 "
        "mm¦size⟫⟩ (US-⟦Bild 5¦p-:5¦prior¦d⟧).\n"
        "⟪SFU Grad 3¦staging⟫.",
    ),
    (
        "ae_ch09",
        "CH",
        "Nebennieren-CT, Bericht der Radiologie (Lugano, deutsch).\n"
        "⟨a¦Knoten der linken Nebenniere, ⟪22 mm¦size⟫, ⟪14 HU¦lab⟫ nativ⟩ (⟦Ser. 2, Imm. "
        "40¦2:40¦abbrev_de¦a⟧). ⟨b¦Relativer Washout ⟪52 %¦ratio⟫⟩ (⟦Ser. 6, Imm. 41¦6:41¦abbrev_de¦b⟧).\n"
        "⟨c¦Precedente CT vom ⟪5.5.2025¦date⟫ mit ⟪21 mm¦size⟫⟩ (⟦Ser. 2, Imm. 38¦p2:38¦prior¦c⟧). Kontrolle "
        "nicht nötig.",
    ),
    (
        "ae_ch10",
        "CH",
        "MR-Enterographie, Kind ⟪14-jährig¦age⟫, Morbus Crohn.\n"
        "⟨a¦Aktive Entzündung im terminalen Ileum über ⟪15 cm¦size⟫⟩ (koronar ⟦Se 6, Bilder 20 bis "
        "26¦6:20-26¦range¦a⟧). ⟨b¦Kurzstreckige Stenose mit prästenotischer Dilatation auf ⟪32 mm¦size⟫⟩ "
        "(⟦Se 6, Bild 24¦6:24¦abbrev_de¦b⟧).\n"
        "⟨c¦Enteroenterische Fistel⟩ (axial ⟦Se 9, Bild 51¦9:51¦abbrev_de¦c⟧), ⟨d¦auf der auswärtigen MRE "
        "vom ⟪März¦date⟫ nicht sichtbar⟩ (⟦Se 5, Bild 48¦p5:48¦prior¦d⟧).",
    ),
    (
        "ae_ch11",
        "CH",
        "MRT Becken, Rektum ohne Tumorfrage (Rektozele, Defäkographie).\n"
        "⟨a¦Anteriore Rektozele ⟪3,4 cm¦size⟫ beim Pressen⟩ (sagittal dynamisch ⟦Serie 10, Bild "
        "7¦10:7¦full_de¦a⟧), ⟨b¦Descensus des Beckenbodens um ⟪4 cm¦size⟫ unter die PCL⟩ (⟦Serie 10, Bild "
        "9¦10:9¦full_de¦b⟧).\n"
        "In Ruhe regelrechte Lage. ⟪Grad 2 nach HMO¦staging⟫. Sakrum (⟪S1¦level⟫ bis ⟪S5¦level⟫) unauffällig.",
    ),
    (
        "ae_ch12",
        "CH",
        "CT Abdomen, Zweitbeurteilung, Vergleich mit CD der Praxis Seefeld (CT vom ⟪20.10.2026¦date⟫).\n"
        "⟨a¦Retroperitoneale Fibrose um die Aortenbifurkation, ⟪9 mm¦size⟫ Dicke⟩ (⟦Se. 4 / Bi. "
        "77¦4:77¦slash¦a⟧), ⟨b¦auf der CD ⟪7 mm¦size⟫⟩ (⟦Serie 201, Bild 61¦p201:61¦prior¦b⟧).\n"
        "⟨c¦Harnstau links ⟪Grad 2¦staging⟫⟩ (⟦Se. 4 / Bi. 50¦4:50¦slash¦c⟧), auf der CD noch kein Harnstau. "
        "⟪IgG4 2,1 g/l¦lab⟫.",
    ),
    (
        "ae_ch13",
        "CH",
        "Gynäkologischer Ultraschall, ⟪9. Zyklustag¦counter⟫, Zyklus regelmässig.\n"
        "⟨a¦Endometriumpolyp ⟪9 mm¦size⟫⟩ (⟦Bild 6¦-:6¦image_only¦a⟧), ⟨b¦mit Stielgefäss im Doppler⟩ (⟦Bild "
        "7¦-:7¦image_only¦b⟧).\n"
        "⟨c¦Ovarien beidseits unauffällig⟩ (⟦Bild 10 und 12¦-:10,-:12¦list¦c⟧). In der Voruntersuchung "
        "bereits ⟪7 mm¦size⟫.",
    ),
    (
        "ae_ch14",
        "CH",
        "CT Abdomen Dual-Energy bei Verdacht auf Mesenterialischämie, ⟪Laktat 5,1¦lab⟫.\n"
        "⟨a¦Minderanreicherung eines Jejunumsegments⟩ (Jodkarte ⟦Se 702 Bi 88¦702:88¦abbrev_de¦a⟧; ⟪40 "
        "keV¦dose⟫ ⟦Se 705 Bi 88¦705:88¦abbrev_de¦a⟧). ⟨b¦Embolus in der AMS ⟪6 cm¦size⟫ nach Abgang⟩ (⟦Se 4 "
        "Bi 61¦4:61¦abbrev_de¦b⟧).\n"
        "Keine Pneumatosis, kein Pfortadergas. Tel. an Gefässchirurgie ⟪02:15¦time⟫.",
    ),
    (
        "ae_uk01",
        "UK",
        "CT abdomen and pelvis, triple phase liver protocol. Comparison: CT ⟪14/02/2026¦date⟫.\n"
        "⟨a¦Arterially enhancing lesion in ⟪segment 7¦segment⟫, ⟪16 mm¦size⟫⟩ (arterial phase, ⟦Se 4 img "
        "34/120¦4:34¦slash¦a⟧), ⟨b¦with washout on the portal venous phase⟩ (⟦Se 6 img "
        "35/120¦6:35¦slash¦b⟧).\n"
        "⟨c¦Previously ⟪10 mm¦size⟫⟩ (previous study ⟦Se 4 img 31/118¦p4:31¦prior¦c⟧).\n"
        "No portal vein thrombus. ⟪AFP 45 kU/L¦lab⟫. Discussed at HCC MDT on ⟪12/11/2026¦date⟫.",
    ),
    (
        "ae_uk02",
        "UK",
        "MRCP. Clinical details: deranged LFTs, ⟪ALP 412 U/L¦lab⟫, ⟪bilirubin 38¦lab⟫.\n"
        "⟨a¦Smooth tapering stricture of the distal CBD⟩ (⟦series 8 image 22¦8:22¦full_en¦a⟧), ⟨b¦CBD "
        "measuring ⟪10 mm¦size⟫ above it⟩ (⟦series 8 image 18¦8:18¦full_en¦b⟧).\n"
        "⟨c¦Gallbladder contains multiple small calculi⟩ (⟦series 3 images 30-34¦3:30-34¦range¦c⟧). The "
        "pancreatic duct is normal.\n"
        "Comparison with the ultrasound of ⟪3rd October¦date⟫: ⟨e¦CBD then ⟪7 mm¦size⟫⟩ (US ⟦image "
        "4¦p-:4¦prior¦e⟧).",
    ),
    (
        "ae_uk03",
        "UK",
        "CT colonography, faecal tagging. Supine series 2, prone series 5. ⟪DLP 310 mGy.cm¦dose⟫.\n"
        "⟨a¦Pedunculated polyp in the sigmoid colon, ⟪12 mm¦size⟫⟩ (supine ⟦img 288/540¦2:288¦slash¦a⟧, "
        "prone ⟦img 301/552¦5:301¦slash¦a⟧).\n"
        "⟨b¦Small sessile polyp in the ascending colon, ⟪5 mm¦size⟫⟩ (⟦Se 2 img 140/540¦2:140¦slash¦b⟧).\n"
        "⟨c¦Extracolonic: simple left renal cyst⟩ (⟦Se 2 img 201/540¦2:201¦slash¦c⟧). ⟪C-RADS C2, "
        "E2¦birads⟫. Referred to the ⟪2-week-wait¦followup⟫ pathway.",
    ),
    (
        "ae_uk04",
        "UK",
        "Out of hours CT abdomen/pelvis, reported ⟪03:10¦time⟫ by the on-call registrar. Portal venous "
        "series 3.\n"
        "⟨a¦Dilated small bowel loops up to ⟪38 mm¦size⟫⟩ (⟦series 3 image 66¦3:66¦full_en¦a⟧) ⟨b¦with a "
        "transition point in the left iliac fossa⟩ (⟦image 98¦3:98¦image_only¦b⟧).\n"
        "Consultant addendum ⟪08:20¦time⟫: ⟨c¦there is also a closed loop configuration with mesenteric "
        "swirl⟩ (⟦series 3 images 95 and 101¦3:95,3:101¦list¦c⟧). No free gas. Discussed with surgical "
        "registrar on ⟪bleep 4416¦phone⟫.",
    ),
    (
        "ae_uk05",
        "UK",
        "Dual energy CT renal protocol. Virtual non-contrast series 601, iodine map series 603, ⟪65 "
        "keV¦dose⟫ monoenergetic series 605.\n"
        "⟨a¦Left interpolar lesion, ⟪27 mm¦size⟫⟩ (⟦Se 605 Im 77¦605:77¦abbrev_en¦a⟧), ⟨b¦measuring ⟪18 "
        "HU¦lab⟫ on VNC⟩ (⟦Se 601 Im 77¦601:77¦abbrev_en¦b⟧) ⟨c¦with iodine uptake of ⟪2.4 mg/mL¦lab⟫⟩ (⟦Se "
        "603 Im 77¦603:77¦abbrev_en¦c⟧), in keeping with an enhancing solid mass.\n"
        "⟨d¦On the comparison exam it measured ⟪22 mm¦size⟫⟩ (⟦Se 4 Im 70¦p4:70¦prior¦d⟧). Referred to renal "
        "MDT (⟪ext 2280¦phone⟫).",
    ),
    (
        "ae_uk06",
        "UK",
        "CT pancreas protocol. Pancreatic phase series 4, portal venous series 7.\n"
        "⟨a¦Ill-defined hypoattenuating mass in the pancreatic head, ⟪24 mm¦size⟫⟩ (⟦series 4, image "
        "55¦4:55¦full_en¦a⟧), ⟨b¦abutting the SMV over ⟪90 degrees¦ratio⟫⟩ (⟦series 7, images 60, 63 and "
        "66¦7:60,7:63,7:66¦list¦b⟧).\n"
        "⟨c¦Upstream pancreatic duct dilatation to ⟪6 mm¦size⟫⟩ (⟦series 4, image 48¦4:48¦full_en¦c⟧). ⟨d¦On "
        "the outside MRI of ⟪June 2026¦date⟫ the duct measured ⟪4 mm¦size⟫⟩ (⟦series 3, image "
        "21¦p3:21¦prior¦d⟧). ⟪CA19-9 310¦lab⟫.",
    ),
    (
        "ae_uk07",
        "UK",
        "CT urogram for visible haematuria, ⟪age 67¦age⟫.\n"
        "Findings:\n"
        "⟪1.¦counter⟫ ⟨a¦Filling defect in the left renal pelvis, ⟪9 mm¦size⟫⟩ (excretory phase ⟦Se 9 Im "
        "51¦9:51¦abbrev_en¦a⟧).\n"
        "⟪2.¦counter⟫ ⟨b¦Irregular thickening of the bladder base on the right⟩ (⟦Se 9 Im 190 to "
        "196¦9:190-196¦range¦b⟧).\n"
        "⟪3.¦counter⟫ ⟨c¦Normal right collecting system and ureter⟩.\n"
        "⟨d¦Not visible on the previous CT KUB⟩ (⟦Se 2 Im 48¦p2:48¦prior¦d⟧). Incidental ⟪L3/4¦level⟫ disc "
        "degeneration. For flexible cystoscopy, ⟪2WW¦followup⟫.",
    ),
    (
        "ae_uk08",
        "UK",
        "Pelvic ultrasound, transabdominal and transvaginal, ⟪day 14¦counter⟫ of cycle.\n"
        "⟨a¦Anteverted uterus with a ⟪32 mm¦size⟫ posterior wall fibroid⟩ (⟦images 5 and 6¦-:5,-:6¦list¦a⟧). "
        "⟨b¦Endometrium ⟪9 mm¦size⟫⟩ (⟦image 8¦-:8¦image_only¦b⟧).\n"
        "⟨c¦Right ovary contains a ⟪41 mm¦size⟫ haemorrhagic cyst with reticular pattern⟩ (⟦images "
        "12-14¦-:12-14¦range¦c⟧). ⟨d¦On the previous scan it measured ⟪45 mm¦size⟫⟩ (⟦image "
        "10¦p-:10¦prior¦d⟧). Rescan in ⟪6 weeks¦followup⟫.",
    ),
    (
        "ae_uk09",
        "UK",
        "CT adrenal protocol (unenhanced series 2, portal venous series 5, delayed series 8).\n"
        "⟨a¦Right adrenal nodule ⟪21 mm¦size⟫, ⟪28 HU¦lab⟫ unenhanced⟩ (⟦Ser 2 Img 61¦2:61¦abbrev_en¦a⟧). "
        "⟨b¦Absolute washout ⟪71%¦ratio⟫⟩ (⟦Ser 5 Img 61¦5:61¦abbrev_en¦b⟧, ⟦Ser 8 Img "
        "61¦8:61¦abbrev_en¦b⟧), consistent with lipid-poor adenoma.\n"
        "⟨c¦Stable since CT of ⟪08/2024¦date⟫⟩ (⟦Ser 2 Img 57¦p2:57¦prior¦c⟧). Urinary metanephrines normal.",
    ),
    (
        "ae_uk10",
        "UK",
        "MR small bowel (enterography). Comparison: MRE ⟪11/2025¦date⟫.\n"
        "⟨a¦Active terminal ileal Crohn's disease over ⟪18 cm¦size⟫⟩ (coronal ⟦Se 3 Im "
        "18-25¦3:18-25¦range¦a⟧), ⟨b¦with restricted diffusion⟩ (⟦Se 11 Im 44¦11:44¦abbrev_en¦b⟧).\n"
        "Previously the affected length was ⟪10 cm¦size⟫. ⟨d¦New ileosigmoid fistula⟩ (⟦Se 5 Im "
        "31¦5:31¦abbrev_en¦d⟧). Discussed with IBD nurse (⟪ext 6102¦phone⟫).",
    ),
    (
        "ae_uk11",
        "UK",
        "MRI pelvis, perianal fistula protocol. No malignancy query.\n"
        "⟨a¦Intersphincteric fistula at ⟪6 o'clock¦time⟫⟩ (axial T2 ⟦Sl 22/40¦-:22¦slice_word¦a⟧), "
        "⟨b¦internal opening at the dentate line⟩ (⟦Sl 20/40¦-:20¦slice_word¦b⟧).\n"
        "No abscess. ⟪Parks type 1¦staging⟫.",
    ),
    (
        "ae_uk12",
        "UK",
        "CT abdomen, second opinion with comparison to the outside CD (Hospital B, study of "
        "⟪01/10/2026¦date⟫).\n"
        "⟨a¦Splenic artery aneurysm ⟪19 mm¦size⟫⟩ (our ⟦series 4 image 44¦4:44¦full_en¦a⟧), ⟨b¦on the "
        "outside CT ⟪17 mm¦size⟫⟩ (⟦series 201 image 39¦p201:39¦prior¦b⟧).\n"
        "Calcified wall. Blood pressure ⟪148/92¦blood_pressure⟫.",
    ),
    (
        "ae_uk13",
        "UK",
        "CT KUB for renal colic, low dose, ⟪1.9 mSv¦dose⟫.\n"
        "⟨a¦⟪5 mm¦size⟫ calculus at the right VUJ⟩ (⟦Se 2 img 212/260¦2:212¦slash¦a⟧) ⟨b¦with mild "
        "hydroureteronephrosis⟩ (⟦Se 2 img 120/260¦2:120¦slash¦b⟧).\n"
        "⟨c¦Non-obstructing ⟪3 mm¦size⟫ lower pole calculus on the left⟩ (⟦Se 2 img 140/260¦2:140¦slash¦c⟧), "
        "⟨d¦unchanged from the CT KUB of ⟪2024¦date⟫⟩ (⟦Se 2 img 131/244¦p2:131¦prior¦d⟧).",
    ),
    (
        "ae_uk14",
        "UK",
        "MRI prostate, non-oncological: query prostatitis / abscess, ⟪PSA 22¦lab⟫, ⟪temperature 38.9¦lab⟫.\n"
        "⟨a¦Diffuse T2 hypointensity of the peripheral zone⟩ (⟦Se 5 Im 10-16¦5:10-16¦range¦a⟧) ⟨b¦with a ⟪9 "
        "mm¦size⟫ rim-enhancing collection on the right⟩ (post contrast ⟦Se 12 Im 13¦12:13¦abbrev_en¦b⟧).\n"
        "⟨c¦Seminal vesicles normal⟩ (⟦Se 5 Im 4¦5:4¦abbrev_en¦c⟧). Incidental ⟪L5/S1¦level⟫ disc bulge. "
        "Impression: ⟨d¦right-sided prostatic abscess⟩ (⟦Se 12 Im 13¦12:13¦impression¦d⟧).",
    ),
    (
        "ae_us01",
        "US",
        "CT ABDOMEN/PELVIS WITH CONTRAST, multiphase liver. COMPARISON: CT ⟪3/14/2026¦date⟫.\n"
        "⟨a¦⟪2.1 cm¦size⟫ arterially enhancing observation in ⟪segment 6¦segment⟫⟩ (⟦series 601, image "
        "45¦601:45¦full_en¦a⟧), ⟨b¦with washout and capsule on delayed images⟩ (⟦series 9, image "
        "44¦9:44¦full_en¦b⟧).\n"
        "⟨c¦Previously ⟪1.4 cm¦size⟫⟩ (⟦series 601, image 42¦p601:42¦prior¦c⟧ on the comparison exam).\n"
        "IMPRESSION: ⟪1.¦counter⟫ ⟨d¦⟪LR-5¦birads⟫ observation in segment 6, increased⟩ "
        "(⟦601:45¦601:45¦impression¦d⟧). ⟪2.¦counter⟫ No tumor in vein.",
    ),
    (
        "ae_us02",
        "US",
        "MRCP WITHOUT AND WITH CONTRAST. Indication: ⟪ALT 188¦lab⟫, RUQ pain.\n"
        "⟨a¦Multiple filling defects in the CBD, largest ⟪8 mm¦size⟫⟩ (⟦3:22, 3:25¦3:22,3:25¦list¦a⟧). "
        "⟨b¦Mild intrahepatic biliary dilatation⟩ (⟦3:14¦3:14¦compact¦b⟧).\n"
        "⟨c¦Pancreas divisum⟩ (⟦series 10, image 31¦10:31¦full_en¦c⟧). ⟨d¦The CBD measured ⟪6 mm¦size⟫ on "
        "the ultrasound from ⟪9/2/2026¦date⟫⟩ (ultrasound ⟦image 12¦p-:12¦prior¦d⟧).",
    ),
    (
        "ae_us03",
        "US",
        "CT COLONOGRAPHY, screening, ⟪age 58¦age⟫.\n"
        "⟨a¦⟪8 mm¦size⟫ sessile polyp in the descending colon⟩ (supine ⟦series 2, image "
        "233¦2:233¦full_en¦a⟧; prone ⟦series 6, image 219¦6:219¦full_en¦a⟧).\n"
        "⟨b¦Diverticulosis of the sigmoid colon⟩ (⟦series 2, images 310-350¦2:310-350¦range¦b⟧). ⟪2.9 "
        "cm¦size⟫ infrarenal aortic ectasia.\n"
        "C-RADS: ⟪C2¦birads⟫, ⟪E3¦birads⟫. Recall in ⟪3 years¦followup⟫.",
    ),
    (
        "ae_us04",
        "US",
        "CT ABDOMEN AND PELVIS, ED, ⟪11:52 PM¦time⟫. Prelim by resident, final below.\n"
        "⟨a¦Acute appendicitis with ⟪1.4 cm¦size⟫ dilated appendix⟩ (⟦series 3, image 88¦3:88¦full_en¦a⟧) "
        "⟨b¦and an appendicolith⟩ (⟦image 91¦3:91¦image_only¦b⟧).\n"
        "ADDENDUM ⟪7:40 AM¦time⟫: ⟨c¦There is a small periappendiceal fluid collection, ⟪1.8 cm¦size⟫⟩ "
        "(⟦3:95¦3:95¦compact¦c⟧), ⟨d¦not present on the prior CT of ⟪2/2025¦date⟫⟩ (prior "
        "⟦2:80¦p2:80¦prior¦d⟧). Discussed with the on-call surgeon at ⟪pager 3-4471¦phone⟫.",
    ),
    (
        "ae_us05",
        "US",
        "DUAL-ENERGY CT ABDOMEN (renal mass protocol). VNC series 701; iodine density map series 702; ⟪50 "
        "keV¦dose⟫ series 703.\n"
        "⟨a¦⟪3.2 cm¦size⟫ exophytic right renal lesion⟩ (⟦701:64¦701:64¦compact¦a⟧) ⟨b¦with iodine "
        "concentration ⟪0.3 mg/mL¦lab⟫⟩ (⟦702:64¦702:64¦compact¦b⟧), compatible with a hyperdense cyst. "
        "⟨c¦Wall is smooth on the low keV images⟩ (⟦703:63-66¦703:63-66¦range¦c⟧).\n"
        "⟨d¦Unchanged from the outside MRI⟩ (⟦series 5, image 18¦p5:18¦prior¦d⟧). ⟪Bosniak 2¦staging⟫.",
    ),
    (
        "ae_us06",
        "US",
        "CT PANCREAS PROTOCOL. History: ⟪65 yo¦age⟫, weight loss ⟪15 lb¦size⟫.\n"
        "⟨a¦⟪2.8 cm¦size⟫ hypoenhancing mass in the pancreatic body⟩ (⟦5:41¦5:41¦compact¦a⟧), ⟨b¦encasing "
        "the splenic artery⟩ (⟦5:36-39¦5:36-39¦range¦b⟧). ⟨c¦No SMA involvement⟩ (⟦series 8, image "
        "52¦8:52¦full_en¦c⟧).\n"
        "⟨d¦Mass measured ⟪2.1 cm¦size⟫ on the comparison exam of ⟪July 2026¦date⟫⟩ (⟦series 5, image "
        "40¦p5:40¦prior¦d⟧). ⟪CA 19-9: 890¦lab⟫.",
    ),
    (
        "ae_us07",
        "US",
        "CT UROGRAPHY. Hematuria, smoker ⟪40 pack-years¦counter⟫.\n"
        "⟨a¦Papillary filling defect in the right distal ureter⟩ (excretory ⟦series 10, image "
        "180¦10:180¦full_en¦a⟧) ⟨b¦with moderate proximal hydroureter⟩ (⟦series 10, images 120 and "
        "140¦10:120,10:140¦list¦b⟧).\n"
        "Bladder normal. ⟨d¦Ureter was normal on the CT of ⟪1/3/2025¦date⟫⟩ (prior ⟦4:170¦p4:170¦prior¦d⟧).",
    ),
    (
        "ae_us08",
        "US",
        "PELVIC ULTRASOUND, TRANSVAGINAL. LMP ⟪10/28/2026¦date⟫.\n"
        "⟨a¦Uterus ⟪9.1 x 5.2 x 4.8 cm¦size⟫ with a ⟪3.1 cm¦size⟫ submucosal fibroid⟩ (⟦images "
        "6-8¦-:6-8¦range¦a⟧). ⟨b¦Endometrial stripe ⟪7 mm¦size⟫⟩ (⟦image 10¦-:10¦image_only¦b⟧).\n"
        "⟨c¦Left ovary with a ⟪2.2 cm¦size⟫ simple cyst⟩ (⟦image 17¦-:17¦image_only¦c⟧), ⟨d¦previously ⟪2.5 "
        "cm¦size⟫⟩ (previous study ⟦image 14¦p-:14¦prior¦d⟧). ⟪O-RADS US 2¦birads⟫.",
    ),
    (
        "ae_us09",
        "US",
        "CT ADRENAL PROTOCOL.\n"
        "⟨a¦⟪1.9 cm¦size⟫ left adrenal nodule, ⟪35 HU¦lab⟫ unenhanced⟩ (⟦se 3 im 52¦3:52¦abbrev_en¦a⟧), "
        "⟨b¦absolute washout ⟪48%¦ratio⟫⟩ (⟦se 5 im 52¦5:52¦abbrev_en¦b⟧; ⟦se 8 im 53¦8:53¦abbrev_en¦b⟧), "
        "indeterminate.\n"
        "⟨c¦Measured ⟪1.6 cm¦size⟫ on the CT from ⟪2024¦date⟫⟩ (⟦se 3 im 50¦p3:50¦prior¦c⟧). Recommend "
        "biochemical workup (call ⟪x4412¦phone⟫); ⟪aldosterone/renin ratio 41¦ratio⟫.",
    ),
    (
        "ae_us10",
        "US",
        "MR ENTEROGRAPHY. Crohn disease, on adalimumab ⟪40 mg¦dose⟫ q2wk.\n"
        "⟨a¦Stricture of the distal ileum⟩ (⟦series 4, images 22, 24, 27¦4:22,4:24,4:27¦list¦a⟧) ⟨b¦with "
        "upstream dilatation to ⟪3.5 cm¦size⟫⟩ (⟦series 4, image 19¦4:19¦full_en¦b⟧).\n"
        "⟨c¦Perianal fistula at ⟪7 o'clock¦time⟫⟩ (⟦12:8¦12:8¦compact¦c⟧). Stricture was present on the "
        "prior MRE as well.",
    ),
    (
        "ae_us11",
        "US",
        "MRI PROSTATE WITHOUT AND WITH CONTRAST. Indication: BPH, planning for prostate artery embolization, "
        "⟪PSA 3.1¦lab⟫.\n"
        "⟨a¦Gland volume ⟪96 cc¦size⟫ with marked central gland hypertrophy⟩ (⟦series 4, image "
        "14¦4:14¦full_en¦a⟧) ⟨b¦and a median lobe indenting the bladder base⟩ (⟦series 6, image "
        "11¦6:11¦full_en¦b⟧).\n"
        "No focal lesion. ⟪PI-RADS 1¦birads⟫. Page ⟪2 of 2¦counter⟫.",
    ),
    (
        "ae_us12",
        "US",
        "CT ABDOMEN, outside images reviewed (CD from Riverside Imaging, ⟪10/2/2026¦date⟫) together with our "
        "CT today.\n"
        "⟨a¦Gallbladder wall thickening ⟪6 mm¦size⟫⟩ (⟦series 3, image 40¦3:40¦full_en¦a⟧), ⟨b¦new since the "
        "outside CT⟩ (⟦series 201, image 33¦p201:33¦prior¦b⟧).\n"
        "Common duct ⟪5 mm¦size⟫. ⟨d¦Pericholecystic fluid⟩ (⟦3:42, 3:44¦3:42,3:44¦list¦d⟧).",
    ),
    (
        "ae_us13",
        "US",
        "CT ABDOMEN PELVIS W CONTRAST, night read ⟪2:15 AM¦time⟫ (teleradiology).\n"
        "⟨a¦Small bowel obstruction with transition in the right lower quadrant⟩ (⟦2:70¦2:70¦compact¦a⟧). "
        "⟨b¦Normal appendix⟩ (⟦series 2, image 81¦2:81¦full_en¦b⟧).\n"
        "Morning addendum ⟪8:05 AM¦time⟫: ⟨c¦Decreased enhancement of the obstructed loop⟩ (⟦series 2, "
        "images 68-72¦2:68-72¦range¦c⟧), ⟨d¦which was normal on the prior CT⟩ (prior ⟦3:59¦p3:59¦prior¦d⟧).",
    ),
    (
        "ae_us14",
        "US",
        "RECTAL MRI, non-oncologic: rectovaginal fistula, ⟪33 yo¦age⟫, ⟪G3P3¦counter⟫.\n"
        "⟨a¦Rectovaginal fistula at the level of the anorectal junction⟩ (⟦series 5, image "
        "19¦5:19¦full_en¦a⟧), ⟨b¦tract ⟪1.2 cm¦size⟫⟩ (⟦series 7, image 21¦7:21¦full_en¦b⟧).\n"
        "⟨c¦Anterior sphincter defect⟩ (⟦5:22, 5:23¦5:22,5:23¦list¦c⟧). ⟨d¦Smaller on the prior MRI of "
        "⟪6/2025¦date⟫⟩ (⟦series 5, image 18¦p5:18¦prior¦d⟧).",
    ),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(*r) for r in _RAW)
