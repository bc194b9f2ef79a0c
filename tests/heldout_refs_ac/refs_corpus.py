"""Held-out refs AC: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K to X,
Z, AA and AB (to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's floor test. Written in one pass, reread once for ambiguity
(citations left unmarked in the draft were marked as gold, series words left outside a span were moved into it,
a range split over two spans was made one span, then whole citations were deleted to bring the draft's 377 refs
and 95 priors down to the size asked for), then measured once. Do not tune the miner on these texts;
measure with `python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_ac.refs_corpus
--adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section heading (or
"derselben Serie"), else series is None (tomosynthesis slices "Schicht 34", "slice 41", ultrasound, planar and
fluoroscopy images); a plane or sequence word changes nothing and stays outside the visible span; a citation
into a prior, comparison, baseline, interim, staging, outside/auswärtig/Fremd, Vorbefund/Voruntersuchung/VU,
Vorstudie, damals/dort, "their", "previous", "pre-procedure", "diagnostic CT" (in a procedure report) or
earlier screening study is gold with prior_study true and class `prior`. Lang follows refs C (German for
DE/AT/CH), so the French- and Italian-speaking Swiss sites write German with their own habits.

Mix: 70 excerpts (14 each DE, AT, CH German; UK, US English), 268 gold refs, 50 of them into a prior study, 826
marked confounders. Site habits leaned on here: nuclear medicine and hybrid imaging (PSMA PET/CT and PET/MR,
DOTATATE/DOTATOC PET, FDG PET/CT for lymphoma, melanoma and lung cancer, bone scintigraphy with SPECT/CT, thyroid
and parathyroid scans with SPECT/CT and fluorocholine PET, V/Q SPECT, Rb-82 cardiac PET), cardiac CT and MR
(reconstruction phases "Phase 75 %", "40 %-Phase", short-axis slices "Kurzachse Serie 12, Schicht 4 und 6", "SAX
stack series 14 ... slice 6", LGE and stress perfusion, bypass grafts, TAVI planning), breast imaging (tomosynthesis
slices without a series "CC Schicht 34 von 61", "DBT CC slice 41", screening priors "Vorbild CC-Tomo Schicht 30",
breast MR with subtraction series 1003/1004/1101, ultrasound images), interventional procedure reports (CT-guided
biopsy, drainage, vertebroplasty, RFA, TACE, embolisation with DSA runs, nephrostomy, TIPS) where the planning or
diagnostic study is the prior, private-practice short reports and letters to GPs, reports by non-native writers
(German by English speakers "Serie 4 Image 61", "Series 6 Bild 7", English by German and Italian speakers
"Serie 4 Picture 10 till 18", "image n. 88 of the series 4", "Series 1101 Bild 42 resp."), and export artefacts
(HTML entities "Serie&nbsp;3, Bild&nbsp;118", "Se&#160;9&#160;Bi&#160;18&#8211;22", "&amp;", "<br>", "<p>", RTF
residue "\\par", "\\tab \\bullet", tabs, non-breaking spaces, bullet glyphs, lost umlauts "Fluessigkeit", split
words "Bil d 88", "Se rie 4"). Forms: DE "Serie 602, Bild 201 bis 214", "Se 4 Bi 77", "Bild 44" under a series
heading, "Se 5 Bi 52, 58", "Bild 33 von Serie 4", "Serie 4 Bild Nummer 58"; AT "Sr. 5 / Img. 88 und Img. 93",
"Sr. 2 Img. 52-60", "Serie 5 IMA 144", "IMA 201" after "Serie 5, Phase 70 %:", "Serie 4, Bild 33 Beistrich Bild 35",
"Se. 24, Bi. 4"; CH "Serie 5, Bild n° 110 bis 140", "Sér. 1003, Bild n° 96", "Ser. 3 / Imm. 56", "Se4Bi28",
"Sequenz 20, Bild 4 und 5", "Run 4, Bild 9", "Schichten 12 bis 15"; UK "Se 4 Im 233", "series 2, image 64",
"Se 3 Im 120 to 134", "image 71" under "(series 3 fused, series 2 CT)"; US colon-compact "(4:156)", "(4:88, 4:92)",
"(3:1-12)", "series 3, slices 9-14", "Series 3 Images 170, 158 and 141", "se 1101, im 130-141". Prior words: dort,
damals, Vor-PET, Vorbefund, Voraufnahme, Voruntersuchung (VU), Vorstudie, Fremd-MRT, Staging-PET, gestern,
diagnostische CT, Vorbild, precedente, "there", "old study", "before-MRI", "pre-examination", their, prior,
previous, baseline, staging CT, pre-procedure CT, "of that study". Confounders in the same sentences: tracer and
isotope names (68Ga-PSMA-11, 177Lu, Tc-99m, Rb-82), activities and doses (MBq, mCi, Gy, mGy*cm, contrast, drugs),
reconstruction phases and other percentages, uptake and lab values (SUVmax, PSA, TSH, Troponin, MELD), scores and
grades (Deauville, Krenning, PSMA-RADS, miTNM, CAD-RADS, BI-RADS, LI-RADS, PI-RADS, Lung-RADS, Gleason, mrTRG),
sizes, dates, clock times and clock-face positions, vertebral, rib and nodal levels, coronary, liver and lung
segments, chamber views ("4-Kammerblick"), counters (cycles, needle gauges, French sizes, key images, page
numbers, image totals "von 61"), phone, extension and bleep numbers, blood pressures, ages and follow-up intervals.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- DE
    (
        "de01_psma_praxis",
        "DE",
        "Nuklearmedizinische Gemeinschaftspraxis - PSMA-PET/CT\n"
        "Radiopharmakon: ⟪68Ga-PSMA-11¦dose⟫, ⟪152 MBq¦dose⟫ i.v., Aufnahme ⟪62 min¦time⟫ p.i.\n"
        "Indikation: biochemisches Rezidiv nach RPE ⟪2021¦date⟫, PSA zuletzt ⟪0,84 ng/ml¦lab⟫ (Anstieg von "
        "⟪0,41¦lab⟫).\n"
        "Befund: ⟨a¦Fokale PSMA-Mehrspeicherung in einem ⟪6 mm¦size⟫ kleinen Lymphknoten iliakal extern links⟩ "
        "(SUVmax ⟪7,9¦lab⟫; fusioniert ⟦Serie 602, Bild 188¦602:188¦full_de¦a⟧). ⟨b¦Prostataloge ohne fokale "
        "Mehrspeicherung⟩ (⟦Serie 602, Bild 201 bis 214¦602:201-214¦range¦b⟧). ⟨c¦Fokus in der ⟪7. Rippe¦level⟫ "
        "rechts dorsal ohne CT-Korrelat, am ehesten unspezifisch⟩ (⟦Serie 602, Bild 97¦602:97¦full_de¦c⟧; "
        "miPSMA-Score ⟪1¦staging⟫).\n"
        "Vergleich: Im Vor-PET vom ⟪14.02.2025¦date⟫ ⟨d¦war der Lymphknoten mit ⟪4 mm¦size⟫ noch nicht speichernd⟩ "
        "(dort ⟦Se 4 Bi 77¦p4:77¦prior¦d⟧).\n"
        "Beurteilung: ⟨e¦Solitäre PSMA-positive Lymphknotenmetastase iliakal extern links⟩, PSMA-RADS ⟪4¦birads⟫. "
        "Rückfragen unter ⟪0711 4478-213¦phone⟫.",
    ),
    (
        "de02_spect_knochen",
        "DE",
        "Skelettszintigraphie mit SPECT/CT der LWS\n"
        "⟪Tc-99m-DPD¦dose⟫ ⟪612 MBq¦dose⟫; Ganzkörperaufnahmen ⟪3 h¦time⟫ p.i., SPECT/CT ⟪LWK 2¦level⟫ bis "
        "⟪S1¦level⟫.\n"
        "Befund:\n"
        "SPECT/CT fusioniert, Serie 5 (sagittal):\n"
        "- ⟨a¦Intensive Mehrbelegung der Deckplatte ⟪LWK 3¦level⟫ mit frischer Sinterung um ca. ⟪20 %¦ratio⟫⟩: "
        "⟦Bild 44¦5:44¦image_only¦a⟧.\n"
        "- ⟨b¦Facettengelenk ⟪L4/5¦level⟫ links aktiviert-degenerativ⟩.\n"
        "Low-dose-CT Serie 2 (axial, ⟪120 kV¦dose⟫, DLP ⟪142 mGy*cm¦dose⟫):\n"
        "- ⟨c¦Keine osteolytische oder osteoplastische Läsion⟩ (⟦Bild 88-131¦2:88-131¦range¦c⟧).\n"
        "Im Vergleich zur MRT der LWS vom ⟪03.09.2026¦date⟫ (auswärtig) ⟨d¦entspricht die Mehrbelegung dem dortigen "
        "Knochenmarködem der Deckplatte⟩.\n"
        "Beurteilung: ⟨e¦Frische osteoporotische Deckplattenimpression ⟪LWK 3¦level⟫⟩, ⟦Se 5 Bi "
        "44¦5:44¦impression¦e⟧. Kein Anhalt für Knochenmetastasen.",
    ),
    (
        "de03_ccta",
        "DE",
        "CT-Koronarangiographie\n"
        "Prospektiv EKG-getriggert, Phase ⟪75 %¦ratio⟫ (Rekonstruktion zusätzlich ⟪40 %¦ratio⟫), HF ⟪58/min¦lab⟫, "
        "⟪5 mg¦dose⟫ Metoprolol i.v., ⟪70 ml¦dose⟫ KM, DLP ⟪188 mGy*cm¦dose⟫. Agatston-Score ⟪214¦lab⟫ (⟪78.¦ratio⟫ "
        "Perzentile).\n"
        "RIVA: ⟨a¦Gemischte Plaque im proximalen RIVA (⟪Segment 6¦segment⟫) mit ⟪50-69 %¦ratio⟫ Stenose⟩ (⟦Serie 4, "
        "Bild 112¦4:112¦full_de¦a⟧).\n"
        "RCA: ⟨b¦Verkalkte Plaques ⟪Segment 2¦segment⟫ ohne relevante Stenose⟩ (⟦Serie 4, Bild 140, 146 und "
        "151¦4:140,4:146,4:151¦list¦b⟧).\n"
        "RCX: ⟨c¦Unauffällig⟩ in der ⟪40 %¦ratio⟫-Phase.\n"
        "Extrakardial: ⟨d¦Solider Rundherd im Mittellappen, ⟪5 mm¦size⟫⟩, Kontrolle nach Fleischner in ⟪12 "
        "Monaten¦followup⟫ fakultativ.\n"
        "Beurteilung: CAD-RADS ⟪3¦birads⟫, ⟨e¦mittelgradige Stenose des proximalen RIVA⟩; Ischämiediagnostik "
        "empfohlen.",
    ),
    (
        "de04_mamma_tomo",
        "DE",
        "Mammographie beidseits in 2 Ebenen mit Tomosynthese, Sonographie\n"
        "Klinik: Tastbefund rechts oben außen seit ⟪3 Wochen¦followup⟫, Patientin ⟪54 J.¦age⟫\n"
        "ACR-Dichte C.\n"
        "Rechts: ⟨a¦Spikulierte Verdichtung bei ⟪10 Uhr¦time⟫, ⟪4 cm¦size⟫ mamillenfern, ca. ⟪11 mm¦size⟫⟩, in der "
        "Tomosynthese CC ⟦Schicht 34¦-:34¦slice_word¦a⟧ von ⟪61¦counter⟫ und MLO ⟦Schicht 29¦-:29¦slice_word¦a⟧ am "
        "besten abgrenzbar. ⟨b¦Keine gruppierten Mikroverkalkungen⟩.\n"
        "Links: ⟨c¦Bekannte Rundverschattung bei ⟪2 Uhr¦time⟫, größenkonstant⟩ (Tomo MLO ⟦Schicht "
        "18¦-:18¦slice_word¦c⟧; in der Voraufnahme vom ⟪11/2024¦date⟫ ⟦Schicht 20¦p-:20¦prior¦c⟧).\n"
        "Sonographie: ⟨d¦Echoarme, unscharf begrenzte Läsion rechts ⟪10 Uhr¦time⟫⟩, ⟪12 x 9 mm¦size⟫.\n"
        "Beurteilung: Rechts BI-RADS ⟪4c¦birads⟫, links BI-RADS ⟪2¦birads⟫. Stanzbiopsie rechts vereinbart am "
        "⟪22.12.2026¦date⟫.",
    ),
    (
        "de05_ir_leberbiopsie",
        "DE",
        "Interventionsbericht: CT-gesteuerte Stanzbiopsie Leber, ⟪Segment VI¦segment⟫\n"
        "Gerinnung: INR ⟪1,1¦lab⟫, Thrombozyten ⟪214/nl¦lab⟫. Aufklärung am Vortag, Lokalanästhesie mit ⟪10 "
        "ml¦dose⟫ Mepivacain ⟪1 %¦ratio⟫.\n"
        "Planung anhand der diagnostischen CT vom ⟪28.11.2026¦date⟫: ⟨a¦Zielläsion hypodens, ⟪2,4 cm¦size⟫⟩ "
        "(diagnostische CT ⟦Se 3 Bi 92¦p3:92¦prior¦a⟧).\n"
        "Durchführung: Koaxialtechnik ⟪17G¦counter⟫/⟪18G¦counter⟫, ⟪3¦counter⟫ Stanzzylinder. ⟨b¦Nadelspitze in der "
        "Läsion⟩ im Kontrollscan ⟦Serie 7, Bild 14¦7:14¦full_de¦b⟧. ⟨c¦Kein Hämatom, kein Pneumothorax⟩ im "
        "Abschlussscan (⟦Serie 9, Bild 10 bis 22¦9:10-22¦range¦c⟧).\n"
        "DLP gesamt ⟪410 mGy*cm¦dose⟫, Durchleuchtungszeit ⟪0:48 min¦time⟫.\n"
        "Procedere: Bettruhe ⟪4 h¦followup⟫, Hb-Kontrolle um ⟪18:00 Uhr¦time⟫. Histologie an Pathologie, "
        "Eingangsnummer ⟪E-26-18811¦counter⟫.",
    ),
    (
        "de06_praxis_knie",
        "DE",
        "Radiologische Praxis am Markt · MRT Kniegelenk rechts\n"
        "Sehr geehrter Herr Kollege,\n"
        "vielen Dank für die Überweisung Ihres ⟪47¦age⟫-jährigen Patienten. Trauma beim Fußball vor ⟪5 "
        "Wochen¦followup⟫.\n"
        "⟨a¦Horizontaler Riss im Hinterhorn des Innenmeniskus mit Kontakt zur Unterfläche⟩ (PD fs sagittal ⟦Serie "
        "4, Bild 12¦4:12¦full_de¦a⟧). ⟨b¦Vorderes Kreuzband intakt⟩. ⟨c¦Knorpelschaden Grad ⟪2¦staging⟫ "
        "retropatellar⟩ (axial ⟦Serie 6, Bild 14 und 15¦6:14,6:15¦list¦c⟧).\n"
        "Im Vergleich mit der Voruntersuchung in unserer Praxis vom ⟪06.2023¦date⟫ ⟨d¦war der Meniskus dort noch "
        "intakt⟩ (damals ⟦Serie 4, Bild 11¦p4:11¦prior¦d⟧), ⟨e¦der Knorpelschaden bestand bereits⟩.\n"
        "Mit freundlichen kollegialen Grüßen. Befundtelefon ⟪0221 93 04 55-0¦phone⟫, Seite ⟪1¦counter⟫ von "
        "⟪1¦counter⟫.",
    ),
    (
        "de07_html_thorax",
        "DE",
        "CT&nbsp;Thorax nativ &ndash; Verlaufskontrolle<br>\n"
        "Vergleich:&nbsp;CT vom ⟪04.06.2026¦date⟫ und ⟪12.01.2026¦date⟫.<br>\n"
        "Befund:<br>\n"
        "&bull;&nbsp;⟨a¦Solider Rundherd im apikalen Unterlappensegment links⟩, aktuell ⟪9 mm¦size⟫ (⟦Serie&nbsp;3, "
        "Bild&nbsp;118¦3:118¦full_de¦a⟧), im Juni ⟪8 mm¦size⟫ (⟦Serie&nbsp;3, Bild&nbsp;121¦p3:121¦prior¦a⟧), im "
        "Januar ⟪7 mm¦size⟫.<br>\n"
        "&bull;&nbsp;⟨b¦Milchglasherd im Oberlappen rechts, ⟪14 mm¦size⟫, unverändert⟩ (⟦Serie&nbsp;3, "
        "Bild&nbsp;55&nbsp;&amp;&nbsp;57¦3:55,3:57¦list¦b⟧).<br>\n"
        "&bull;&nbsp;⟨c¦Keine mediastinale Lymphadenopathie⟩, größter Lymphknoten ⟪4R¦level⟫ ⟪7 mm¦size⟫.<br>\n"
        "Beurteilung:&nbsp;⟨d¦Langsam größenprogredienter solider Rundherd links⟩ (VDT ca. ⟪480 Tage¦followup⟫), "
        "Lung-RADS ⟪4A¦birads⟫ &ndash; PET/CT empfohlen.",
    ),
    (
        "de08_kardio_mrt",
        "DE",
        "Kardio-MRT mit Adenosin-Stress und LGE\n"
        "Adenosin ⟪140 µg/kg/min¦dose⟫ über ⟪3 min¦time⟫, Gadobutrol ⟪0,1 mmol/kg¦dose⟫. HF in Ruhe ⟪64/min¦lab⟫, "
        "RR ⟪132/78 mmHg¦blood_pressure⟫.\n"
        "Funktion: LVEF ⟪48 %¦ratio⟫, LVEDV ⟪168 ml¦size⟫, Kurzachsen-Cine Serie 12 mit ⟪14¦counter⟫ Schichten.\n"
        "⟨a¦Hypokinesie inferolateral basal und midventrikulär⟩ (Kurzachse ⟦Serie 12, Schicht 4 und "
        "6¦12:4,12:6¦list¦a⟧, Phase ⟪8¦counter⟫ von ⟪25¦counter⟫).\n"
        "Perfusion: ⟨b¦Subendokardiales Perfusionsdefizit inferolateral (⟪Segmente 5¦segment⟫, ⟪11¦segment⟫)⟩.\n"
        "LGE: ⟨c¦Transmurales Late Enhancement inferolateral ⟪> 75 %¦ratio⟫ der Wanddicke⟩ (⟦Se 31 Bi 5 und "
        "6¦31:5,31:6¦list¦c⟧).\n"
        "Vorbefund (Kardio-MRT ⟪2023¦date⟫, Fremdhaus): ⟨d¦LGE dort noch subendokardial ⟪< 50 %¦ratio⟫⟩.\n"
        "Beurteilung: Narbe im RCX-Stromgebiet, ⟨e¦fehlende Viabilität inferolateral⟩.",
    ),
    (
        "de09_fdg_lymphom",
        "DE",
        "FDG-PET/CT Interim nach ⟪2¦counter⟫ Zyklen ABVD\n"
        "⟪286 MBq¦dose⟫ F-18-FDG, BZ ⟪94 mg/dl¦lab⟫, Aufnahme ⟪60 min¦time⟫ p.i. Leber-SUVmean ⟪2,1¦lab⟫.\n"
        "Befund:\n"
        "1. ⟨a¦Residueller Lymphknoten supraklavikulär links, ⟪14 mm¦size⟫, Uptake knapp über Leber⟩, Deauville "
        "⟪4¦staging⟫ (PET ⟦Serie 4, Bild 61¦4:61¦full_de¦a⟧). Baseline ⟪38 mm¦size⟫, SUVmax ⟪18,2¦lab⟫ (Staging-PET "
        "⟦Serie 4, Bild 59¦p4:59¦prior¦a⟧).\n"
        "2. ⟨b¦Mediastinaler Bulk deutlich regredient, ohne Mehrspeicherung⟩ (⟦Serie 4, Bild "
        "90-104¦4:90-104¦range¦b⟧).\n"
        "3. ⟨c¦Milz homogen⟩, ⟪11 cm¦size⟫, im Staging noch ⟨f¦fokale Herde⟩.\n"
        "Beurteilung: Partielles metabolisches Ansprechen, Deauville ⟪4¦staging⟫ (Lugano). Tumorboard am "
        "⟪15.12.¦date⟫",
    ),
    (
        "de10_schilddruese",
        "DE",
        "Schilddrüsenszintigraphie mit SPECT/CT\n"
        "⟪Tc-99m-Pertechnetat¦dose⟫ ⟪74 MBq¦dose⟫, planare Aufnahme ⟪20 min¦time⟫ p.i.; TSH ⟪0,12 mU/l¦lab⟫, fT4 "
        "⟪1,6 ng/dl¦lab⟫. Tc-Uptake ⟪2,8 %¦ratio⟫ (Norm ⟪0,5-2 %¦ratio⟫).\n"
        "Sonographie: Volumen rechts ⟪14 ml¦size⟫, links ⟪9 ml¦size⟫.\n"
        "⟨a¦Warmer bis heißer Knoten im rechten Unterpol⟩, ⟪22 mm¦size⟫, sonographisch echonormal (SPECT/CT ⟦Serie "
        "3, Bild 48¦3:48¦full_de¦a⟧, Sono-⟦Bild 7¦-:7¦image_only¦a⟧). ⟨b¦Kalter Knoten links mittig, ⟪8 mm¦size⟫, "
        "TIRADS ⟪3¦birads⟫⟩ (SPECT/CT ⟦Serie 3, Bild 40¦3:40¦full_de¦b⟧).\n"
        "Verlauf: Bei der Kontrolle ⟪2024¦date⟫ ⟨c¦war der rechte Knoten ⟪17 mm¦size⟫ groß⟩.\n"
        "Beurteilung: ⟨d¦Autonomes Adenom rechts kaudal⟩ mit latenter Hyperthyreose; Radiojodtherapie mit ca. ⟪400 "
        "MBq¦dose⟫ I-131 empfohlen.",
    ),
    (
        "de11_englisch_autor",
        "DE",
        "CT Abdomen mit KM (Befund: Dr. J. Miller, Consultant, Übersetzung durch Diktat)\n"
        "Klinische Angabe: Schmerzen rechts Unterbauch seit ⟪2 Tage¦followup⟫, CRP ⟪86 mg/l¦lab⟫, Leukos "
        "⟪13,4¦lab⟫.\n"
        "Befund: ⟨a¦Der Appendix ist verdickt bis ⟪11 mm¦size⟫ mit Umgebungsimbibierung⟩, siehe ⟦Serie 4 Image "
        "61¦4:61¦full_de¦a⟧. ⟨b¦Ein Appendikolith in der Basis⟩. ⟨c¦Keine freie Luft⟩, keine Abszess (coronal "
        "⟦Serie 6 Bild 40 to 52¦6:40-52¦range¦c⟧).\n"
        "⟨d¦Kleine Zyste in der Niere links⟩, ⟪9 mm¦size⟫, Bosniak ⟪I¦staging⟫, auf das ⟦Bild 33 von Serie "
        "4¦4:33¦full_de¦d⟧.\n"
        "Compared zu der CT von ⟪März 2025¦date⟫: ⟨e¦die Zyste war gleich⟩ (there ⟦Serie 2 Bild "
        "29¦p2:29¦prior¦e⟧).\n"
        "Beurteilung: Akute Appendizitis mit Appendikolith, ⟨f¦keine Perforation⟩. Chirurgen informiert um "
        "⟪14:35¦time⟫ (Dr. Weber, Tel. ⟪4471¦phone⟫).",
    ),
    (
        "de12_rtf_verlauf",
        "DE",
        "{\\rtf1\\ansi\\deff0 {\\fs20 CT Thorax/Abdomen - Verlauf unter Immuntherapie\\par\n"
        "Vergleich: Voruntersuchung ⟪02.10.2026¦date⟫ (VU), Baseline ⟪11.06.2026¦date⟫.\\par\n"
        "\\pard\\tab \\bullet  ⟨a¦Lebermetastase ⟪Segment IVa¦segment⟫⟩ ⟪31 mm¦size⟫ (⟦Se 5 Bi "
        "77¦5:77¦abbrev_de¦a⟧), VU ⟪29 mm¦size⟫ (⟦Se 5 Bi 79¦p5:79¦prior¦a⟧), Baseline ⟪24 mm¦size⟫.\\par\n"
        "\\tab \\bullet  ⟨b¦Lungenmetastase Unterlappen rechts⟩ ⟪12 mm¦size⟫ (⟦Se 3 Bi 201¦3:201¦abbrev_de¦b⟧), VU "
        "⟪12 mm¦size⟫.\\par\n"
        "\\tab \\bullet  ⟨c¦Neu: ⟪2¦counter⟫ kleine Leberherde ⟪Segment VII¦segment⟫⟩ (⟦Se 5 Bi 52, "
        "58¦5:52,5:58¦list¦c⟧), in der VU nicht abgrenzbar.\\par\n"
        "Summe der Zielläsionen ⟪43 mm¦size⟫ (VU ⟪41 mm¦size⟫, Baseline ⟪36 mm¦size⟫, ⟪+19 %¦ratio⟫).\\par\n"
        "Beurteilung: iRECIST iUPD (neue Läsionen), ⟨d¦Bestätigung in ⟪4-8 Wochen¦followup⟫ empfohlen⟩.\\par}}",
    ),
    (
        "de13_ir_tace",
        "DE",
        "Interventioneller Eingriff: TACE (DEB, ⟪2¦counter⟫. Sitzung)\n"
        "Zugang A. femoralis communis rechts, ⟪5F¦counter⟫-Schleuse, Mikrokatheter ⟪2,7F¦counter⟫.\n"
        "⟨a¦Tumorblush im ⟪Segment VIII¦segment⟫⟩ in der DSA (⟦Serie 6, Bild 14¦6:14¦full_de¦a⟧). Embolisation mit "
        "⟪2 ml¦dose⟫ DC-Beads ⟪100-300 µm¦size⟫ beladen mit ⟪75 mg¦dose⟫ Doxorubicin. ⟨b¦Abschlussangiographie mit "
        "Stase im Zielgefäß⟩ (⟦Serie 11, Bild 9¦11:9¦full_de¦b⟧).\n"
        "Korrelation mit der MRT vom ⟪21.11.2026¦date⟫: ⟨c¦Läsion dort ⟪38 mm¦size⟫, LI-RADS ⟪5¦birads⟫⟩ (Vor-MRT "
        "⟦Serie 1101, Bild 44¦p1101:44¦prior¦c⟧).\n"
        "Flächendosisprodukt ⟪48,2 Gy*cm²¦dose⟫, DL-Zeit ⟪14:10 min¦time⟫. Druckverband ⟪6 h¦followup⟫.",
    ),
    (
        "de14_dotatate",
        "DE",
        "⟪68Ga-DOTATATE¦dose⟫-PET/CT zur Restaging bei NET des Pankreas (G⟪2¦staging⟫, Ki-67 ⟪8 %¦lab⟫)\n"
        "Aktivität ⟪118 MBq¦dose⟫; Nachbehandlung ⟪4¦counter⟫ Zyklen ⟪177Lu¦dose⟫-DOTATATE bis ⟪08/2026¦date⟫.\n"
        "Befund:\n"
        "Leber: ⟨a¦Zwei SSTR-positive Metastasen ⟪Segment II¦segment⟫ und ⟪Segment VI¦segment⟫⟩, Krenning "
        "⟪3¦staging⟫ (PET ⟦Se 4 Bi 88 und 112¦4:88,4:112¦list¦a⟧), im Vor-PET ⟨b¦noch vier Herde⟩.\n"
        "Pankreas: ⟨c¦Kein Lokalrezidiv im Resektionsbett⟩ (⟦Se 4 Bi 140-152¦4:140-152¦range¦c⟧).\n"
        "Skelett: ⟨d¦Neue fokale Speicherung im Os ilium rechts⟩, SUVmax ⟪14,0¦lab⟫ (⟦Se 4 Bi "
        "231¦4:231¦abbrev_de¦d⟧).\n"
        "Beurteilung: ⟨e¦Gemischtes Ansprechen: hepatisch regredient, neue Knochenmetastase⟩; Chromogranin A ⟪212 "
        "µg/l¦lab⟫.",
    ),
    # ---------------------------------------------------------------- AT
    (
        "at01_psma_pet_mr",
        "AT",
        "Befundbericht PSMA-PET/MRT (⟪18F-PSMA-1007¦dose⟫, ⟪254 MBq¦dose⟫)\n"
        "Zuweisung: Urologie, Staging bei PCa Gleason ⟪4+4=8¦staging⟫, iPSA ⟪23 ng/ml¦lab⟫.\n"
        "Prostata: ⟨a¦Intensiv PSMA-avider Tumor peripher links apikal bis mittig⟩, SUVmax ⟪31¦lab⟫, PI-RADS "
        "⟪5¦birads⟫ (PET ⟦Sr. 5 / Img. 71¦5:71¦slash¦a⟧). ⟨b¦Kapselüberschreitung dorsolateral links⟩ (T2 ⟦Sr. 7 / "
        "Img. 19 bis 21¦7:19-21¦range¦b⟧).\n"
        "Lymphknoten: ⟨c¦Zwei PSMA-positive Lymphknoten obturatorisch links⟩, ⟪7¦size⟫ und ⟪9 mm¦size⟫ (PET ⟦Sr. 5 "
        "/ Img. 88 und Img. 93¦5:88,5:93¦list¦c⟧).\n"
        "Skelett: ⟨d¦Kein Anhalt für ossäre Metastasen⟩.\n"
        "Zum Vergleich die auswärtige mpMRT vom ⟪12. Jänner 2026¦date⟫: ⟨e¦Tumor dort ⟪14 mm¦size⟫⟩ (Fremd-MRT ⟦Sr. "
        "4 / Img. 16¦p4:16¦prior¦e⟧).\n"
        "Beurteilung: miTNM ⟪T3a N1 M0¦staging⟫. Befundbesprechung im Tumorboard am ⟪Donnerstag 8:00¦time⟫.",
    ),
    (
        "at02_mammo_tomo",
        "AT",
        "Mammographie mit Tomosynthese und Ultraschall beidseits (Screening-Recall, BKFP)\n"
        "Recall wegen Verdichtung links aus der Screeningrunde ⟪3¦counter⟫ vom ⟪Feber 2026¦date⟫.\n"
        "Links: ⟨a¦Architekturstörung oben innen bei ⟪11 Uhr¦time⟫⟩, nur in der Tomosynthese sichtbar: CC "
        "Tomo-⟦Schicht 22¦-:22¦slice_word¦a⟧, MLO Tomo-⟦Schicht 41¦-:41¦slice_word¦a⟧. In der Screening-Tomo "
        "⟨b¦bereits angedeutet⟩ (Screening CC ⟦Schicht 24¦p-:24¦prior¦b⟧).\n"
        "Ultraschall: ⟨c¦Kein sicheres Korrelat⟩.\n"
        "Rechts: ⟨d¦Gruppierte amorphe Mikrokalzifikationen⟩ auf ca. ⟪6 mm¦size⟫ (Vergrößerungsaufnahme ⟦Bild "
        "2¦-:2¦image_only¦d⟧), im Vorbefund ⟪2024¦date⟫ ⟨e¦nicht vorhanden⟩.\n"
        "Beurteilung: Links BI-RADS ⟪4b¦birads⟫, rechts BI-RADS ⟪4a¦birads⟫ - Vakuumbiopsie beidseits (Termin "
        "⟪17.12.2026¦date⟫, ⟪10:30¦time⟫).",
    ),
    (
        "at03_kardio_mr",
        "AT",
        "Kardio-MRT (Myokarditisfrage)\n"
        "Troponin T hs ⟪186 ng/l¦lab⟫, CRP ⟪4,2 mg/dl¦lab⟫, Pat. ⟪23¦age⟫a.\n"
        "LV normal groß, LVEF ⟪56 %¦ratio⟫. T2-Mapping: ⟨a¦erhöhte T2-Zeiten lateral⟩, ⟪58 ms¦lab⟫ (Norm < ⟪50 "
        "ms¦lab⟫), Kurzachse ⟦Serie 18, Schicht 5¦18:5¦slice_word¦a⟧ von ⟪9¦counter⟫. Native T1 ⟪1090 ms¦lab⟫.\n"
        "LGE: ⟨b¦Subepikardiales, streifiges Enhancement inferolateral basal bis mittventrikulär⟩ (Kurzachse ⟦Serie "
        "24, Schicht 3 bis 6¦24:3-6¦range¦b⟧; ⟪4-Kammerblick¦counter⟫ ⟦Serie 26, Bild 1¦26:1¦full_de¦b⟧). ⟨c¦Kein "
        "Perikarderguss⟩.\n"
        "Lake-Louise-Kriterien ⟪2¦counter⟫ von ⟪2¦counter⟫ erfüllt.\n"
        "Beurteilung: ⟨d¦Akute Myokarditis⟩ (LGE ⟦Se. 24, Bi. 4¦24:4¦impression¦d⟧). Kontroll-MRT in ⟪3-6 "
        "Monaten¦followup⟫.",
    ),
    (
        "at04_bypass_ct",
        "AT",
        "CT-Angiographie Bypass-Grafts\n"
        "Z.n. ACVB ⟪2019¦date⟫ (LIMA-RIVA, Venengraft auf RCX und RCA). Retrospektives Gating, Rekonstruktion ⟪70 "
        "%¦ratio⟫ und ⟪35 %¦ratio⟫ RR-Intervall, ⟪90 ml¦dose⟫ Iomeprol ⟪400¦dose⟫.\n"
        "LIMA-RIVA: ⟨a¦Offen, Anastomose unauffällig⟩ (Serie 5, Phase ⟪70 %¦ratio⟫: ⟦IMA "
        "201¦5:201¦image_only¦a⟧).\n"
        "Venengraft RCX: ⟨b¦Verschlossen ab dem Abgang⟩ (⟦Serie 5 IMA 144¦5:144¦full_de¦b⟧).\n"
        "Venengraft RCA: ⟨c¦Hochgradige Stenose ⟪70-90 %¦ratio⟫ im mittleren Drittel⟩ (⟦Serie 6 IMA "
        "88¦6:88¦full_de¦c⟧, ⟪35 %¦ratio⟫-Phase).\n"
        "Vergleich Koronarangiographie ⟪Jänner 2024¦date⟫: ⟨d¦Graft damals offen⟩.\n"
        "Vorbefund CT vom ⟪05/2022¦date⟫: ⟨e¦RCA-Graft ohne Stenose⟩.\n"
        "Beurteilung: ⟨f¦Verschluss des RCX-Venengrafts, hochgradige Stenose des RCA-Grafts⟩.",
    ),
    (
        "at05_ir_vertebroplastie",
        "AT",
        "Interventionsprotokoll: CT-gezielte Vertebroplastie ⟪BWK 12¦level⟫ und ⟪LWK 1¦level⟫\n"
        "Indikation: osteoporotische Sinterungsfrakturen Genant ⟪2¦staging⟫ bzw. ⟪3¦staging⟫, VAS ⟪8/10¦ratio⟫.\n"
        "Planungs-CT: ⟨a¦Frakturspalt ⟪BWK 12¦level⟫ mit intravertebralem Vakuum⟩ (⟦Sr. 2, Img. "
        "45¦2:45¦abbrev_de¦a⟧).\n"
        "Bipedikulärer Zugang mit ⟪11G¦counter⟫-Trokar; ⟨b¦Trokarlage ⟪BWK 12¦level⟫ korrekt⟩ im Kontrollscan ⟦Sr. "
        "4, Img. 12¦4:12¦abbrev_de¦b⟧, ⟨c¦Trokarlage ⟪LWK 1¦level⟫ korrekt⟩.\n"
        "Zementapplikation ⟪3,5 ml¦dose⟫ bzw. ⟪4 ml¦dose⟫ PMMA. ⟨d¦Geringer Zementaustritt in das Bandscheibenfach "
        "⟪BWK 12/LWK 1¦level⟫, asymptomatisch⟩ (Abschluss-CT ⟦Sr. 8, Img. 30 bis 34¦8:30-34¦range¦d⟧).\n"
        "Im Vergleich zur MRT vom ⟪10.11.2026¦date⟫: ⟨e¦Ödem ⟪LWK 1¦level⟫⟩.\n"
        "Dosis: DLP ⟪820 mGy*cm¦dose⟫. Mobilisation nach ⟪2 h¦followup⟫, Kontrolle in der Ambulanz, Klappe "
        "⟪6612¦phone⟫.",
    ),
    (
        "at06_schilddruese_spect",
        "AT",
        "Schilddrüsen-Szintigraphie, ⟪MIBI¦dose⟫-Szintigraphie und SPECT/CT\n"
        "⟪99mTc-Pertechnetat¦dose⟫ ⟪75 MBq¦dose⟫; ⟪99mTc-MIBI¦dose⟫ ⟪550 MBq¦dose⟫, Früh- (⟪10 min¦time⟫) und "
        "Spätaufnahme (⟪120 min¦time⟫). Ca ⟪2,78 mmol/l¦lab⟫, PTH ⟪142 pg/ml¦lab⟫.\n"
        "⟨a¦Retention von MIBI in der Spätaufnahme kaudal des linken Schilddrüsenunterpols⟩, ⟪11 x 7 mm¦size⟫ "
        "(SPECT/CT ⟦Serie 4, Bild 33¦4:33¦full_de¦a⟧ Beistrich ⟦Bild 35¦4:35¦image_only¦a⟧), ⟨b¦Korrelat: ovaläre "
        "Raumforderung dorsal der Trachea⟩.\n"
        "⟨c¦Knoten rechts speichert Pertechnetat normal⟩ (⟦Bild 1¦-:1¦image_only¦c⟧ der planaren Serie).\n"
        "Im Vorbefund (Sonographie ⟪Dezember 2025¦date⟫) ⟨d¦wurde der Befund als Lymphknoten gedeutet⟩ (dortiges "
        "⟦Bild 12¦p-:12¦prior¦d⟧).\n"
        "Beurteilung: ⟨e¦Nebenschilddrüsenadenom links kaudal⟩ - Vorstellung Chirurgie.",
    ),
    (
        "at07_knochenszinti",
        "AT",
        "Ganzkörper-Skelettszintigraphie mit SPECT/CT Becken\n"
        "⟪99mTc-HDP¦dose⟫ ⟪680 MBq¦dose⟫, Spätaufnahme nach ⟪3 h¦time⟫. Mamma-Ca li., ⟪pT2 pN1a¦staging⟫, ER ⟪90 "
        "%¦ratio⟫.\n"
        "Befund: ⟨a¦Mehrbelegung Os sacrum links⟩ (SPECT/CT ⟦Sr. 3 Img. 56¦3:56¦abbrev_de¦a⟧), ⟨b¦im CT mit "
        "sklerotischem Randsaum, Insuffizienzfraktur⟩ (⟦Sr. 2 Img. 52-60¦2:52-60¦range¦b⟧). ⟨c¦Rippe ⟪6¦level⟫ "
        "rechts lateral fokal, zu einer Kallusbildung passend⟩ (CT ⟦Sr. 2 Img. 12¦2:12¦abbrev_de¦c⟧).\n"
        "Zur Voruntersuchung ⟪Jänner 2026¦date⟫: ⟨d¦Sakrum damals unauffällig⟩ (VU ⟦Sr. 3 Img. 54¦p3:54¦prior¦d⟧), "
        "⟨e¦Rippe ⟪6¦level⟫ bereits positiv⟩.\n"
        "Beurteilung: Kein Hinweis auf ossäre Metastasen. Kontrolle in ⟪12 Monaten¦followup⟫.",
    ),
    (
        "at08_praxis_schulter",
        "AT",
        "Röntgeninstitut Dr. Huber & Partner · Kurzbefund an Hausarzt\n"
        "Betrifft: MRT Schulter links, Zuweisungsdiagnose Impingement seit ⟪6 Monaten¦followup⟫.\n"
        "Lieber Kollege!\n"
        "⟨a¦Transmurale Ruptur der Supraspinatussehne ventral, Retraktion ⟪12 mm¦size⟫⟩ (koronar PD fs, ⟦Serie 3, "
        "Bild 14¦3:14¦plane¦a⟧), Patte ⟪1¦staging⟫, ⟨b¦keine fettige Atrophie⟩ (Goutallier ⟪1¦staging⟫; sagittal "
        "⟦Serie 5, Bild 8¦5:8¦plane¦b⟧). ⟨c¦AC-Gelenksarthrose mit Erguss⟩ (⟦Serie 3, Bild 10¦3:10¦full_de¦c⟧). "
        "Gegenüber der Vor-MRT ⟪2023¦date⟫ aus unserem Haus ⟨d¦damals nur Partialruptur⟩ (Vor-MRT ⟦Serie 3, Bild "
        "13¦p3:13¦prior¦d⟧). Empfehlung: orthopädische Vorstellung.\n"
        "Mit kollegialen Grüßen, OA Dr. L. Gruber e.h. - Befundhotline ⟪+43 1 40400-5522¦phone⟫",
    ),
    (
        "at09_export_umlaut",
        "AT",
        "CT Abdomen/Becken biphasisch - Befund (Export aus RIS, Zeichensatz fehlerhaft)\n"
        "Klinik: Zust. n. Sigmaresektion ⟪10/2026¦date⟫, Fieber ⟪38,9 Grad¦lab⟫, Leuko ⟪15,1 G/l¦lab⟫.\n"
        "Befund: ⟨a¦Fluessigkeitsverhalt praesakral mit Gaseinschluss, ⟪5,2 x 3,8 cm¦size⟫⟩ (⟦Serie 4 Bil d "
        "88¦4:88¦full_de¦a⟧). ⟨b¦Anastomose mit kleinem Kontrastmittelaustritt⟩ (⟦Serie 4 Bild 96 bis Bild "
        "99¦4:96-99¦range¦b⟧). ⟨c¦Freie Fluessigkeit perihepatisch⟩ (⟦Se rie 4, Bild 30¦4:30¦full_de¦c⟧).\n"
        "Verglichen mit der postoperativen CT vom ⟪02.11.2026¦date⟫ ⟨d¦Verhalt damals nur ⟪2 cm¦size⟫⟩ (VU ⟦Serie 3 "
        "Bild 71¦p3:71¦prior¦d⟧).\n"
        "Beurteilung: Anastomoseninsuffizienz mit praesakralem Abszess, CT-gezielte Drainage fuer morgen "
        "⟪08:00¦time⟫ geplant (Durchwahl IR ⟪3317¦phone⟫).",
    ),
    (
        "at10_fdg_lunge",
        "AT",
        "FDG-PET/CT Staging NSCLC\n"
        "⟪320 MBq¦dose⟫ FDG, BZ ⟪102 mg/dl¦lab⟫, Körpergewicht ⟪81 kg¦lab⟫.\n"
        "Primärtumor: ⟨a¦Spikulierter Tumor im Oberlappen rechts, ⟪41 mm¦size⟫, SUVmax ⟪16,4¦lab⟫⟩ (⟦Sr. 6 Img. "
        "84¦6:84¦abbrev_de¦a⟧).\n"
        "Lymphknoten: ⟨b¦hypermetabol ⟪4R¦level⟫ und ⟪7¦level⟫⟩, ⟪12¦size⟫ bzw. ⟪15 mm¦size⟫ (⟦Sr. 6 Img. 101 und "
        "Img. 118¦6:101,6:118¦list¦b⟧). ⟨c¦Kontralateral ⟪4L¦level⟫ nicht speichernd⟩.\n"
        "Nebenniere links: ⟨d¦Knoten ⟪19 mm¦size⟫, SUV ⟪2,3¦lab⟫, ⟪8 HE¦lab⟫ nativ, Adenom⟩ (⟦Sr. 3 Img. "
        "190¦3:190¦abbrev_de¦d⟧). Im Thorax-CT vom ⟪September 2026¦date⟫ ⟨e¦bereits ⟪18 mm¦size⟫⟩.\n"
        "Beurteilung: ⟪cT2b cN2 cM0¦staging⟫, UICC ⟪IIIA¦staging⟫.",
    ),
    (
        "at11_ir_drainage",
        "AT",
        "Interventionsbericht: CT-gezielte Drainage eines präsakralen Abszesses\n"
        "Lagerung Bauchlage, transgluteal rechts. ⟪10 ml¦dose⟫ Lidocain ⟪1 %¦ratio⟫.\n"
        "Planungsscan: ⟨a¦Verhalt ⟪5,0 x 3,6 cm¦size⟫ präsakral⟩ (⟦Serie 2, Bild 19¦2:19¦full_de¦a⟧), im Vergleich "
        "zur diagnostischen CT von gestern ⟨b¦größenkonstant⟩ (gestern ⟦Serie 4, Bild 88¦p4:88¦prior¦b⟧).\n"
        "Punktion mit ⟪18G¦counter⟫-Nadel, Seldinger, ⟨c¦Einlage eines ⟪10F¦counter⟫-Pigtail-Drains, Spitze zentral "
        "im Verhalt⟩ (Kontrolle ⟦Serie 5, Bild 7¦5:7¦full_de¦c⟧). Aspiration von ⟪60 ml¦size⟫ putridem Sekret, "
        "Probe an Mikrobiologie.\n"
        "⟨d¦Keine Blutung⟩ (Abschluss ⟦Serie 6, Bilder 14-20¦6:14-20¦range¦d⟧). DLP ⟪388 mGy*cm¦dose⟫.\n"
        "Drainage-Spülung ⟪3x¦counter⟫ täglich mit ⟪20 ml¦dose⟫ NaCl; Kontroll-CT in ⟪5 Tagen¦followup⟫.",
    ),
    (
        "at12_mamma_mr",
        "AT",
        "MR-Mammographie beidseits (präoperatives Staging)\n"
        "Zyklustag ⟪9¦counter⟫, Gadoteridol ⟪0,1 mmol/kg¦dose⟫. BPE minimal, FGT ⟪b¦staging⟫.\n"
        "Links: ⟨a¦Bekanntes invasives Karzinom bei ⟪3 Uhr¦time⟫, ⟪23 mm¦size⟫, Typ-III-Kurve⟩ (Subtraktion ⟦Sr. "
        "1004 Img. 88¦1004:88¦abbrev_de¦a⟧). ⟨b¦Satellitenherd ⟪9 mm¦size⟫ ventral davon, ⟪15 mm¦size⟫ Abstand⟩ "
        "(⟦Sr. 1004 Img. 80¦1004:80¦abbrev_de¦b⟧).\n"
        "Rechts: ⟨c¦Kein suspektes Enhancement⟩.\n"
        "Axilla: ⟨d¦Ein kortikal verdickter Lymphknoten Level ⟪I¦level⟫ links⟩, Kortex ⟪4 mm¦size⟫ (⟦Sr. 1004 Img. "
        "140¦1004:140¦abbrev_de¦d⟧); in der Vor-MR vom ⟪Mai 2025¦date⟫ ⟨e¦Kortex ⟪2 mm¦size⟫⟩.\n"
        "Beurteilung: Links BI-RADS ⟪6¦birads⟫, multifokal; rechts BI-RADS ⟪1¦birads⟫.",
    ),
    (
        "at13_englischsprachiger_autor",
        "AT",
        "MRT Lendenwirbelsäule (Befundung: Dr. S. Clarke, Facharzt)\n"
        "Indikation: Lumboischialgie links seit ⟪4 Wochen¦followup⟫, Lasègue ⟪40 Grad¦ratio⟫.\n"
        "Befund: ⟨a¦Es gibt eine Bandscheibenvorfall ⟪L4/5¦level⟫ paramedian links mit Kompression der Wurzel "
        "⟪L5¦level⟫⟩, gesehen auf ⟦Series 6 Bild 7¦6:7¦full_de¦a⟧ (sagittal) und axial auf ⟦Series 8 Image 22 and "
        "23¦8:22,8:23¦list¦a⟧. ⟨b¦Die Segment ⟪L5/S1¦level⟫ ist normal⟩.\n"
        "⟨c¦Modic ⟪1¦staging⟫ Veränderung Grundplatte ⟪LWK 4¦level⟫⟩.\n"
        "Verglichen mit letztes MRT ⟪2022¦date⟫: ⟨d¦die Vorfall war damals kleiner⟩, ⟪4 mm¦size⟫ gegen ⟪7 mm¦size⟫ "
        "jetzt (old study ⟦Series 6 Bild 8¦p6:8¦prior¦d⟧).\n"
        "Conclusio: NVD ⟪L4/5¦level⟫ links mit Wurzelkontakt ⟪L5¦level⟫.",
    ),
    (
        "at14_tavi_ct",
        "AT",
        "TAVI-Planungs-CT\n"
        "EKG-getriggert, systolische Phase ⟪30 %¦ratio⟫ und diastolisch ⟪75 %¦ratio⟫; Kreatinin ⟪1,4 mg/dl¦lab⟫, "
        "eGFR ⟪47¦lab⟫.\n"
        "⟨a¦Aortenannulus: Perimeter ⟪76,4 mm¦size⟫, Fläche ⟪452 mm²¦size⟫⟩ in der ⟪30 %¦ratio⟫-Phase (⟦Serie 7 "
        "Bild 33¦7:33¦full_de¦a⟧). ⟨b¦Abgang des linken Hauptstammes ⟪13 mm¦size⟫ über dem Annulus⟩ (⟦Serie 7 Bild "
        "48¦7:48¦full_de¦b⟧). ⟨c¦Ausgeprägte Verkalkung der akoronaren Tasche⟩ (⟦Bild 36¦7:36¦image_only¦c⟧ "
        "derselben Serie).\n"
        "Zugangswege: ⟨d¦A. iliaca externa rechts minimal ⟪6,1 mm¦size⟫⟩ (⟦Serie 9 Bild 410¦9:410¦full_de¦d⟧), "
        "⟨e¦links ⟪7,4 mm¦size⟫⟩.\n"
        "Echo vom ⟪03.12.¦date⟫: Vmax ⟪4,6 m/s¦lab⟫, dPmean ⟪52 mmHg¦lab⟫, AVA ⟪0,7 cm²¦size⟫.\n"
        "Empfehlung: Prothesengröße ⟪26 mm¦size⟫, transfemoral rechts möglich.",
    ),
    # ---------------------------------------------------------------- CH
    (
        "ch01_psma_romandie",
        "CH",
        "PSMA-PET/CT - Service de médecine nucléaire, Bericht auf Deutsch für den Zuweiser\n"
        "⟪68Ga-PSMA-11¦dose⟫ ⟪2 MBq/kg¦dose⟫ (total ⟪164 MBq¦dose⟫), Aufnahme ⟪60 min¦time⟫ p.i. PSA ⟪3,2 "
        "ng/ml¦lab⟫, Status nach Radiotherapie ⟪78 Gy¦dose⟫ ⟪2019¦date⟫.\n"
        "Befunde:\n"
        "\u2022 ⟨a¦Intraprostatisches Rezidiv rechts basal⟩, SUVmax ⟪12,8¦lab⟫ (⟦Serie 5, Bild n° "
        "142¦5:142¦full_de¦a⟧).\n"
        "\u2022 ⟨b¦Kein PSMA-positiver Lymphknoten⟩ (⟦Serie 5, Bild n° 110 bis 140¦5:110-140¦range¦b⟧).\n"
        "\u2022 ⟨c¦Fokale Mehranreicherung Os pubis links⟩, SUVmax ⟪6,1¦lab⟫, im CT sklerotisch (⟦Serie 2, Bild n° "
        "160¦2:160¦full_de¦c⟧).\n"
        "Gemäss Vorbefund (PET/CT ⟪avril 2024¦date⟫) ⟨d¦war das Os pubis noch unauffällig⟩ (cf. ⟦Serie 5, Bild n° "
        "158¦p5:158¦prior¦d⟧ der Voruntersuchung).\n"
        "Schlussfolgerung: Lokalrezidiv und ⟨e¦solitäre ossäre Metastase Os pubis⟩; PSMA-RADS ⟪5¦birads⟫.",
    ),
    (
        "ch02_dotatate",
        "CH",
        "⟪68Ga-DOTATOC¦dose⟫-PET/CT, Universitätsspital\n"
        "Fragestellung: Dünndarm-NET, Status nach Resektion ⟪2022¦date⟫; unter Lanreotid ⟪120 mg¦dose⟫ alle ⟪28 "
        "Tage¦followup⟫.\n"
        "Mesenterium: ⟨a¦Bekannte mesenteriale Masse mit desmoplastischer Reaktion, ⟪32 mm¦size⟫⟩, Krenning "
        "⟪4¦staging⟫ (⟦Se 4/Bi 166¦4:166¦slash¦a⟧). Vorstudie ⟪11.2025¦date⟫ ⟨b¦⟪30 mm¦size⟫⟩.\n"
        "Leber: ⟨c¦Neue kleine Metastase ⟪Segment 5¦segment⟫⟩, ⟪7 mm¦size⟫.\n"
        "Lymphknoten: ⟨d¦Retroperitoneal interaortocaval konstant⟩ (⟦Se 4/Bi 150 und 151¦4:150,4:151¦list¦d⟧).\n"
        "Beurteilung: ⟨e¦Leichte Progression (neue Lebermetastase)⟩, CgA ⟪188 µg/l¦lab⟫, 5-HIES ⟪64 µmol/d¦lab⟫. "
        "PRRT-Abklärung.",
    ),
    (
        "ch03_kardio_ct_italienisch",
        "CH",
        "Koronar-CT (Befund: Dr. med. F. Bernasconi, Lugano)\n"
        "Prospektiv getriggert, Phase ⟪75 %¦ratio⟫, HF ⟪61 bpm¦lab⟫, Calcium-Score ⟪0¦lab⟫.\n"
        "⟨a¦Nicht kalzifizierte Plaque im mittleren RIVA (⟪Segment 7¦segment⟫)⟩ mit Stenose ⟪25-49 %¦ratio⟫, "
        "sichtbar in ⟦Ser. 5 / Imm. 131¦5:131¦slash¦a⟧ und ⟦Imm. 134¦5:134¦image_only¦a⟧. ⟨b¦Myokardbrücke im "
        "distalen RIVA⟩ (⟦Ser. 5 / Imm. 160-168¦5:160-168¦range¦b⟧).\n"
        "⟨c¦Rechtsdominanter Versorgungstyp⟩. ⟨d¦RCA ohne Plaques⟩ (Phase ⟪40 %¦ratio⟫).\n"
        "Im Vergleich mit dem Koronar-CT vom ⟪18.08.2023¦date⟫: ⟨e¦die Plaque war dort schon vorhanden⟩, damals "
        "⟦Ser. 4 / Imm. 129¦p4:129¦prior¦e⟧.\n"
        "Conclusione / Beurteilung: CAD-RADS ⟪2¦birads⟫, Statin-Therapie gemäss Hausarzt, LDL ⟪3,4 mmol/l¦lab⟫.",
    ),
    (
        "ch04_kardio_mr",
        "CH",
        "Herz-MRT (Kardiomyopathie-Abklärung)\n"
        "Grösse ⟪178 cm¦size⟫, Gewicht ⟪74 kg¦lab⟫, BSA ⟪1,91 m²¦size⟫. Gadobutrol ⟪7,5 ml¦dose⟫.\n"
        "⟨a¦Asymmetrische septale Hypertrophie bis ⟪19 mm¦size⟫⟩ (Kurzachse ⟦Sequenz 10, Schicht "
        "5¦10:5¦slice_word¦a⟧, enddiastolisch), ⟨b¦SAM des vorderen Mitralsegels mit LVOT-Obstruktion⟩ "
        "(⟪3-Kammer¦counter⟫-Blick).\n"
        "LGE: ⟨c¦Fleckförmiges, intramurales Enhancement an den RV-Insertionsstellen⟩ (⟦Sequenz 20, Bild 4 und "
        "5¦20:4,20:5¦list¦c⟧), Anteil ⟪6 %¦ratio⟫ der LV-Masse.\n"
        "Voruntersuchung (MRT Kantonsspital ⟪2021¦date⟫): ⟨d¦Septum damals ⟪17 mm¦size⟫⟩ (⟦Sequenz 9, Schicht "
        "6¦p9:6¦prior¦d⟧).\n"
        "Beurteilung: HOCM, ⟨e¦leichte Zunahme der Septumdicke⟩, ESC-SCD-Risiko ⟪4,1 %¦ratio⟫ in ⟪5 "
        "Jahren¦followup⟫.",
    ),
    (
        "ch05_tomo_screening",
        "CH",
        "Mammographie mit Tomosynthese (Brustkrebs-Früherkennungsprogramm, Zweitbefundung)\n"
        "Teilnehmerin ⟪61¦age⟫-jährig, ⟪2.¦counter⟫ Runde; Vorbilder ⟪2024¦date⟫ vorhanden. Dichte ACR "
        "⟪B¦staging⟫.\n"
        "Rechts: ⟨a¦Neu aufgetretene, ⟪8 mm¦size⟫ grosse, unscharf begrenzte Herdbildung oben aussen⟩, CC-Tomo "
        "⟦Schicht 31¦-:31¦slice_word¦a⟧, MLO-Tomo ⟦Schicht 27¦-:27¦slice_word¦a⟧; in den Vorbildern an gleicher "
        "Stelle ⟨b¦kein Herd⟩ (Vorbild CC-Tomo ⟦Schicht 30¦p-:30¦prior¦b⟧).\n"
        "Links: ⟨c¦Stabile, grob verkalkte Fibroadenome⟩ (MLO-Tomo ⟦Schichten 12 bis 15¦-:12-15¦range¦c⟧).\n"
        "Erstbefunderin: BI-RADS ⟪0¦birads⟫; Zweitbefunder: BI-RADS ⟪4¦birads⟫. Konsens: Abklärung (Einladung per "
        "Post, Hotline ⟪0848 123 456¦phone⟫).",
    ),
    (
        "ch06_ir_rfa",
        "CH",
        "Interventionsbericht - CT-gesteuerte Radiofrequenzablation einer Lebermetastase\n"
        "Allgemeinanästhesie. Läsion ⟪Segment 7¦segment⟫, ⟪18 mm¦size⟫ (gemäss MRT vom ⟪14.11.2026¦date⟫, dort "
        "⟦Serie 1801 Bild 44¦p1801:44¦prior¦a⟧: ⟨a¦hepatobiliär hypointens⟩).\n"
        "Vorgehen: ⟨b¦Positionierung der Cluster-Elektrode zentral in der Läsion⟩ (⟦Serie 6: Bild "
        "21¦6:21¦full_de¦b⟧). Ablation ⟪12 min¦time⟫ bei ⟪200 W¦dose⟫, Impedanz-Roll-off ⟪2x¦counter⟫. "
        "Trackablation beim Rückzug.\n"
        "Kontroll-CT arteriell/portalvenös: ⟨c¦Ablationszone ⟪38 x 34 mm¦size⟫ mit Sicherheitssaum ⟪> 5 mm¦size⟫⟩ "
        "(⟦Serie 9, Bild 60-72¦9:60-72¦range¦c⟧). ⟨d¦Kleiner subkapsulärer Hämatomsaum⟩ (⟦Serie 9, Bild "
        "55¦9:55¦full_de¦d⟧).\n"
        "Nachkontrolle: Hb um ⟪16 Uhr¦time⟫, MRT in ⟪6 Wochen¦followup⟫.",
    ),
    (
        "ch07_nebenschilddruese",
        "CH",
        "⟪18F-Fluorocholin¦dose⟫-PET/CT Nebenschilddrüsen\n"
        "Aktivität ⟪150 MBq¦dose⟫, Aufnahmen ⟪5¦time⟫ und ⟪60 min¦time⟫ p.i. Ca korr. ⟪2,71 mmol/l¦lab⟫, PTH ⟪12,4 "
        "pmol/l¦lab⟫. Sestamibi-SPECT ⟪09/2026¦date⟫ negativ.\n"
        "⟨a¦Fokale Mehranreicherung dorsal des rechten Schilddrüsenoberpols, ⟪6 mm¦size⟫⟩ (PET/CT "
        "⟦Se3Bi61¦3:61¦glued¦a⟧, Frühaufnahme ⟦Se2Bi61¦2:61¦glued¦a⟧). In der Sestamibi-SPECT ⟨b¦retrospektiv "
        "ebenfalls schwach angedeutet⟩ (⟦Se4Bi28¦p4:28¦prior¦b⟧ der Vorstudie).\n"
        "⟨c¦Schilddrüse links mit einem Knoten ohne Cholin-Anreicherung⟩ (⟦Se3Bi70¦3:70¦glued¦c⟧).\n"
        "Beurteilung: Nebenschilddrüsenadenom rechts kranial wahrscheinlich (Bild ⟪1¦counter⟫ von ⟪3¦counter⟫ "
        "Key-Images im PACS).",
    ),
    (
        "ch08_praxis_kurz",
        "CH",
        "Radiologie am Bahnhof - Kurzbericht\n"
        "Zuweiser: Dr. med. R. Keller, Hausarztpraxis. CT der Nasennebenhöhlen nativ, Low Dose (CTDI ⟪3,1 "
        "mGy¦dose⟫).\n"
        "Geschätzter Herr Kollege\n"
        "⟨a¦Totalverschattung des Sinus maxillaris links mit Spiegelbildung⟩ (koronar ⟦Se 3, Bi 24¦3:24¦plane¦a⟧). "
        "⟨b¦Ostiomeatale Einheit links verlegt⟩ (⟦Se 3, Bi 22¦3:22¦abbrev_de¦b⟧). ⟨c¦Septumdeviation nach rechts⟩. "
        "Lund-Mackay ⟪7/24¦ratio⟫.\n"
        "Verglichen mit der DVT vom ⟪Juni 2025¦date⟫ aus Ihrer Praxis (auswärtige DVT ⟦Se 1, Bi "
        "112¦p1:112¦prior¦d⟧) ⟨d¦war die Kieferhöhle damals frei⟩.\n"
        "Freundliche Grüsse. Bei Fragen: ⟪044 552 10 10¦phone⟫ (Sekretariat), intern ⟪210¦phone⟫.",
    ),
    (
        "ch09_fdg_melanom",
        "CH",
        "FDG-PET/CT Ganzkörper (Melanom, Stadium ⟪IIIC¦staging⟫, unter Nivolumab seit ⟪6 Monaten¦followup⟫)\n"
        "FDG ⟪3,5 MBq/kg¦dose⟫, Glukose ⟪5,4 mmol/l¦lab⟫.\n"
        "Befund:\n"
        "\u2013 Axilla links: ⟨a¦Metabolisch inaktiver Restlymphknoten, ⟪9 mm¦size⟫⟩ (⟦Ser. 4 Bild "
        "71¦4:71¦abbrev_de¦a⟧), in der Baseline-Untersuchung ⟨b¦⟪24 mm¦size⟫ mit SUVmax ⟪11,2¦lab⟫⟩.\n"
        "\u2013 Schilddrüse: ⟨c¦Diffus gesteigerter Metabolismus, vereinbar mit Immunthyreoiditis⟩; TSH ⟪8,9 "
        "mU/l¦lab⟫.\n"
        "\u2013 Kolon: ⟨d¦Segmentale Mehrspeicherung Colon descendens⟩ (⟦Ser. 4 Bild 190 und "
        "196¦4:190,4:196¦list¦d⟧), DD Kolitis (Grad ⟪1¦staging⟫ Diarrhoe).\n"
        "Beurteilung: ⟨e¦Komplette metabolische Remission⟩ (PERCIST), Immunthyreoiditis, Verdacht auf Kolitis.",
    ),
    (
        "ch10_vq_spect",
        "CH",
        "Ventilations-/Perfusions-SPECT/CT der Lunge\n"
        "⟪99mTc-Technegas¦dose⟫ ⟪25 MBq¦dose⟫ / ⟪99mTc-MAA¦dose⟫ ⟪120 MBq¦dose⟫. Schwangerschaftswoche ⟪14¦counter⟫ "
        "(Protokoll mit reduzierter Aktivität). D-Dimer ⟪1,8 mg/l¦lab⟫.\n"
        "⟨a¦Segmentaler Perfusionsausfall im Unterlappen rechts (⟪Segment 9¦segment⟫ und ⟪10¦segment⟫) bei "
        "erhaltener Ventilation⟩ (Perfusion koronar ⟦Serie 12, Bild 40 bis 46¦12:40-46¦range¦a⟧). ⟨b¦Subsegmentaler "
        "Mismatch im Oberlappen links⟩ (⟦Serie 12, Bild 22¦12:22¦full_de¦b⟧).\n"
        "⟨c¦Keine Infiltrate im Low-Dose-CT⟩ (⟦Serie 3, Bilder 20-80¦3:20-80¦range¦c⟧).\n"
        "Beurteilung: Hohe Wahrscheinlichkeit für Lungenembolien (mismatch ⟪2¦counter⟫ Segmente), Telefonat mit Dr. "
        "Favre um ⟪11:40¦time⟫.",
    ),
    (
        "ch11_italienischsprachig",
        "CH",
        "CT Thorax mit KM (Ospedale Regionale, Bericht deutsch)\n"
        "Indikation: Kontrolle Rundherd, Ex-Raucher ⟪40 py¦counter⟫.\n"
        "Befund: ⟨a¦Der Rundherd im Lobus superior sinister ist konstant mit ⟪11 mm¦size⟫⟩ (⟦Ser. 3 / Imm. "
        "56¦3:56¦slash¦a⟧ gegenüber ⟦Ser. 3 / Imm. 58¦p3:58¦prior¦a⟧ der Voruntersuchung vom ⟪12.05.2026¦date⟫). "
        "⟨b¦Neue milchglasartige Verdichtung im Mittellappen⟩ (⟦Ser. 3 / Imm. 112¦3:112¦slash¦b⟧), ⟨c¦vorher nicht "
        "vorhanden⟩.\n"
        "⟨d¦Mediastinale Lymphknoten nicht vergrössert⟩ (⟦Ser. 3 / Imm. 60-74¦3:60-74¦range¦d⟧), ⟪4R¦level⟫ ⟪8 "
        "mm¦size⟫.\n"
        "Beurteilung: ⟨e¦stabiler Rundherd seit ⟪2 Jahren¦followup⟫, benigne⟩; neue Milchglasverdichtung "
        "wahrscheinlich entzündlich, Kontrolle in ⟪3 Monaten¦followup⟫.",
    ),
    (
        "ch12_export_html",
        "CH",
        "<p>MRI Becken &#8211; Rektumkarzinom Restaging nach TNT</p>\n"
        "<p>Tumor: ⟨a¦Residuelle Wandverdickung bei ⟪6 Uhr¦time⟫, ⟪7 cm¦size⟫ ab ano, mrTRG ⟪2¦staging⟫⟩ (T2 ax "
        "⟦Se&#160;5&#160;Bi&#160;18¦5:18¦abbrev_de¦a⟧), Baseline ⟨b¦⟪mrT3c¦staging⟫, ⟪12 mm¦size⟫ extramurale "
        "Ausdehnung⟩ (Baseline-MRI ⟦Se&#160;6&#160;Bi&#160;19¦p6:19¦prior¦b⟧).</p>\n"
        "<p>DWI b⟪1000¦counter⟫: ⟨c¦Keine Restdiffusionsrestriktion⟩ "
        "(⟦Se&#160;9&#160;Bi&#160;18&#8211;22¦9:18-22¦range¦c⟧).</p>\n"
        "<p>MRF: ⟨d¦frei, Abstand ⟪4 mm¦size⟫⟩. EMVI ⟪0¦staging⟫.</p>\n"
        "<p>Lymphknoten: ⟨e¦Zwei mesorektale Lymphknoten regredient⟩ auf ⟪4¦size⟫ und ⟪3 mm¦size⟫ "
        "(⟦Se&#160;5&#160;Bi&#160;11, 14¦5:11,5:14¦list¦e⟧).</p>\n"
        "<p>Beurteilung: ⟪ymrT2 N0¦staging⟫, gutes Ansprechen; Watch&amp;Wait diskutieren (Tumorboard ⟪Mi "
        "07:30¦time⟫).</p>",
    ),
    (
        "ch13_mamma_mr_franz",
        "CH",
        "Mamma-MRT beidseits (Befund: Dr. C. Rochat, Sion)\n"
        "Indikation: Hochrisiko (BRCA1), jährliche Kontrolle; letzte MRT ⟪10.2025¦date⟫. Zyklustag ⟪11¦counter⟫.\n"
        "Rechts: ⟨a¦Neues, ⟪7 mm¦size⟫ grosses, rundes Enhancement bei ⟪9 Uhr¦time⟫ mit Wash-out⟩ (Subtraktion "
        "⟦Sér. 1003, Bild n° 96¦1003:96¦full_de¦a⟧; T2 ⟦Sér. 4, Bild n° 40¦4:40¦full_de¦a⟧), in der Vor-MRT "
        "⟨b¦nicht vorhanden⟩ (⟦Sér. 1003, Bild n° 94¦p1003:94¦prior¦b⟧).\n"
        "Links: ⟨c¦Bekannte Zyste, unverändert, ⟪12 mm¦size⟫⟩ (⟦Sér. 4, Bild n° 71¦4:71¦full_de¦c⟧).\n"
        "BPE mässig, symmetrisch. ⟨d¦Axillen unauffällig⟩.\n"
        "Beurteilung: Rechts BI-RADS ⟪4¦birads⟫ - MR-gesteuerte Vakuumbiopsie empfohlen; links BI-RADS ⟪2¦birads⟫.",
    ),
    (
        "ch14_ir_embolisation",
        "CH",
        "Angiographie und Embolisation - Interventionsprotokoll\n"
        "Indikation: Hämatochezie, Hb-Abfall von ⟪118¦lab⟫ auf ⟪84 g/l¦lab⟫, CT-Angiographie von ⟪02:15 Uhr¦time⟫ "
        "positiv.\n"
        "CT-Angio (Voruntersuchung, heute Nacht): ⟨a¦Kontrastmittelextravasat im Colon ascendens⟩ (CTA ⟦Serie 5, "
        "Bild 134 bis Bild 138¦p5:134-138¦prior¦a⟧ in der arteriellen Phase).\n"
        "DSA: Selektive Sondierung der A. mesenterica superior mit ⟪5F¦counter⟫ Cobra, Mikrokatheter "
        "⟪2,4F¦counter⟫. ⟨b¦Extravasat aus einem Ast der A. ileocolica⟩ (⟦Run 4, Bild 9¦4:9¦full_de¦b⟧). "
        "Embolisation mit ⟪3¦counter⟫ Mikrocoils ⟪2 x 20 mm¦size⟫. ⟨c¦Kein Extravasat mehr in der Abschlussserie⟩ "
        "(⟦Serie 7, Bild 6 und 11¦7:6,7:11¦list¦c⟧).\n"
        "Dosisflächenprodukt ⟪62 Gy*cm²¦dose⟫, ⟪95 ml¦dose⟫ KM. Verschluss mit Angio-Seal ⟪6F¦counter⟫.\n"
        "Procedere: Überwachung IMC, Hb-Kontrolle in ⟪6 h¦followup⟫.",
    ),
    # ---------------------------------------------------------------- UK
    (
        "uk01_psma_nhs",
        "UK",
        "⟪18F-PSMA-1007¦dose⟫ PET-CT - Regional PET Centre\n"
        "Administered activity ⟪245 MBq¦dose⟫, uptake ⟪90 min¦time⟫. PSA ⟪0.6 ug/L¦lab⟫ post prostatectomy (⟪pT3a "
        "N0¦staging⟫, Gleason ⟪4+3¦staging⟫).\n"
        "FINDINGS:\n"
        "⟨a¦Avid ⟪5 mm¦size⟫ left perirectal node⟩, SUVmax ⟪6.3¦lab⟫ (⟦Se 4 Im 233¦4:233¦abbrev_en¦a⟧). ⟨b¦Low "
        "grade uptake at the vesicourethral anastomosis, likely physiological⟩ (⟦Se 4 Im 250¦4:250¦abbrev_en¦b⟧). "
        "⟨c¦Focal uptake in the left ⟪9th rib¦level⟫ without CT correlate⟩ (⟦Se 4 Im 120¦4:120¦abbrev_en¦c⟧), in "
        "keeping with a rib-uptake of indeterminate significance.\n"
        "COMPARISON with the ⟪68Ga¦dose⟫ study of ⟪17/03/2025¦date⟫: ⟨d¦perirectal node not avid at that time⟩ "
        "(prior ⟦Se 5 Im 201¦p5:201¦prior¦d⟧); ⟨e¦rib focus already present⟩.\n"
        "CONCLUSION: Solitary nodal recurrence suitable for SABR; discussed at uro-oncology MDT ⟪24/12¦date⟫.",
    ),
    (
        "uk02_bone_spect",
        "UK",
        "Whole body bone scan with SPECT/CT of the thoracic spine\n"
        "⟪Tc-99m MDP¦dose⟫ ⟪600 MBq¦dose⟫. Breast cancer ⟪2018¦date⟫, new back pain. ALP ⟪164 U/L¦lab⟫.\n"
        "Planar: increased uptake ⟪T8¦level⟫ and right ⟪SIJ¦level⟫.\n"
        "SPECT/CT (series 3 fused, series 2 CT):\n"
        "- ⟨a¦⟪T8¦level⟫: intense uptake in the right pedicle and posterior body with a lytic-sclerotic lesion⟩ "
        "(fused ⟦image 71¦3:71¦image_only¦a⟧, CT ⟦series 2 image 71¦2:71¦full_en¦a⟧).\n"
        "- ⟨b¦⟪T6/7¦level⟫ facet joint degenerative uptake⟩.\n"
        "- ⟨c¦Right SIJ: degenerative⟩ (not imaged on SPECT).\n"
        "Outside MRI ⟪06/11/2026¦date⟫ reviewed: ⟨d¦⟪T8¦level⟫ marrow replacement⟩ on their sagittal ⟦series 7 "
        "image 9¦p7:9¦prior¦d⟧.\n"
        "IMPRESSION: ⟨e¦Solitary ⟪T8¦level⟫ metastasis⟩ (SPECT/CT ⟦Se 3 Im 71¦3:71¦impression¦e⟧). Oncology "
        "informed, bleep ⟪2261¦phone⟫.",
    ),
    (
        "uk03_ctca",
        "UK",
        "CT CORONARY ANGIOGRAM\n"
        "Indication: atypical chest pain, QRISK3 ⟪14 %¦ratio⟫. HR ⟪57 bpm¦lab⟫ after ⟪50 mg¦dose⟫ oral metoprolol; "
        "GTN ⟪800 mcg¦dose⟫. Prospective gating at ⟪75 %¦ratio⟫ (padding ⟪70-80 %¦ratio⟫). DLP ⟪146 mGy.cm¦dose⟫.\n"
        "Calcium score ⟪112 AU¦lab⟫ (MESA ⟪72nd¦ratio⟫ centile).\n"
        "LMS: normal.\n"
        "LAD: ⟨a¦Partially calcified plaque in the proximal LAD with ⟪50-69 %¦ratio⟫ stenosis⟩ (⟦series 301 image "
        "88¦301:88¦full_en¦a⟧). ⟨b¦Mid LAD minimal plaque⟩ (⟦series 301 images 120-126¦301:120-126¦range¦b⟧).\n"
        "Cx: ⟨c¦Non-dominant, normal⟩.\n"
        "RCA: ⟨d¦Dominant, mild ostial plaque ⟪< 25 %¦ratio⟫⟩ (⟦series 301 image 40¦301:40¦full_en¦d⟧), best seen "
        "at the ⟪40 %¦ratio⟫ phase.\n"
        "Incidental: ⟨e¦⟪4 mm¦size⟫ right middle lobe nodule⟩ (⟦series 5 image 62¦5:62¦full_en¦e⟧), no follow-up "
        "needed (BTS).\n"
        "CONCLUSION: CAD-RADS ⟪3¦birads⟫; recommend functional test (stress perfusion CMR). Double reported.",
    ),
    (
        "uk04_cmr",
        "UK",
        "CARDIAC MRI - cardiomyopathy protocol\n"
        "Height ⟪182 cm¦size⟫, weight ⟪96 kg¦lab⟫. Gadovist ⟪0.15 mmol/kg¦dose⟫. Rhythm: AF, rate ⟪88¦lab⟫.\n"
        "Cines (SAX stack series 14, ⟪12¦counter⟫ slices, ⟪10 mm¦size⟫ gap): ⟨a¦Dilated LV with global "
        "hypokinesia⟩, LVEDVi ⟪128 ml/m2¦lab⟫, LVEF ⟪31 %¦ratio⟫ (⟦slice 6¦14:6¦slice_word¦a⟧, mid-ventricle).\n"
        "⟨b¦Mid-wall septal LGE⟩ from base to mid (LGE SAX ⟦Se 22 Im 3-7¦22:3-7¦range¦b⟧).\n"
        "⟨c¦Small pericardial effusion, ⟪6 mm¦size⟫⟩ (⟦Se 14 Im 9¦14:9¦abbrev_en¦c⟧).\n"
        "Compared with CMR at St Mary's ⟪04/2023¦date⟫: ⟨d¦LVEF was ⟪38 %¦ratio⟫ and the septal LGE was already "
        "present⟩.\n"
        "CONCLUSION: ⟨e¦DCM with mid-wall fibrosis, deteriorating⟩. Consider ICD (LGE extent ⟪> 15 %¦ratio⟫ not "
        "met). Discussed with HF team, ext ⟪4412¦phone⟫.",
    ),
    (
        "uk05_tomo_assessment",
        "UK",
        "Symptomatic breast clinic - mammography with DBT, ultrasound\n"
        "⟪58¦age⟫ yo, left breast lump ⟪3/52¦followup⟫. Breast density BI-RADS ⟪b¦staging⟫.\n"
        "Left: ⟨a¦Irregular spiculate mass at ⟪1 o'clock¦time⟫, ⟪15 mm¦size⟫⟩ on DBT CC ⟦slice "
        "41¦-:41¦slice_word¦a⟧. ⟨b¦No associated calcification⟩.\n"
        "Right: ⟨c¦Benign-appearing well circumscribed oval mass, stable⟩ (DBT MLO ⟦slice 22¦-:22¦slice_word¦c⟧; on "
        "the previous screening DBT ⟪2023¦date⟫ ⟦slice 24¦p-:24¦prior¦c⟧).\n"
        "US: ⟨d¦⟪16 x 12 mm¦size⟫ irregular hypoechoic mass with posterior shadowing⟩, U⟪5¦birads⟫ (US ⟦image "
        "4¦-:4¦image_only¦d⟧). ⟨e¦Axilla: one node with ⟪3.5 mm¦size⟫ cortex⟩, U⟪3¦birads⟫.\n"
        "Left M⟪5¦birads⟫ U⟪5¦birads⟫; ⟪14G¦counter⟫ core x ⟪3¦counter⟫ taken, clip placed. Result clinic ⟪7 "
        "days¦followup⟫.",
    ),
    (
        "uk06_ir_nephrostomy",
        "UK",
        "INTERVENTIONAL RADIOLOGY - Left nephrostomy\n"
        "Indication: obstructed infected left kidney (⟪9 mm¦size⟫ PUJ stone), CRP ⟪214¦lab⟫, lactate ⟪2.8¦lab⟫. INR "
        "⟪1.2¦lab⟫.\n"
        "Procedure: prone, US-guided puncture of a lower pole posterior calyx with a ⟪21G¦counter⟫ needle (US "
        "⟦image 3¦-:3¦image_only¦a⟧ ⟨a¦shows the needle tip in the calyx⟩), ⟪0.018¦size⟫ wire, ⟪8Fr¦counter⟫ "
        "locking pigtail. ⟨b¦Pus aspirated, ⟪20 ml¦size⟫ sent for MC&S⟩.\n"
        "Fluoroscopy: ⟨c¦pigtail coiled in the renal pelvis⟩ (fluoro ⟦image 6¦-:6¦image_only¦c⟧), screening time ⟪1 "
        "min 12 s¦time⟫, DAP ⟪3.1 Gy.cm2¦dose⟫.\n"
        "Pre-procedure CT KUB (yesterday, comparison): ⟨d¦moderate hydronephrosis⟩ (⟦series 2, image "
        "64¦p2:64¦prior¦d⟧), ⟨e¦the stone at the PUJ⟩.\n"
        "Plan: free drainage, bloods at ⟪18:00¦time⟫; antegrade study in ⟪48 h¦followup⟫. IR reg bleep "
        "⟪3019¦phone⟫.",
    ),
    (
        "uk07_gp_letter",
        "UK",
        "Dear Dr Patel,\n"
        "Re: MRI left knee, outpatient (private referral)\n"
        "Thank you for referring this ⟪34¦age⟫ year old runner with medial knee pain for ⟪2 months¦followup⟫.\n"
        "⟨a¦There is a vertical longitudinal tear of the posterior horn of the medial meniscus⟩ (PD fat sat "
        "sagittal, ⟦series 5, image 11¦5:11¦plane¦a⟧), ⟨b¦extending to the inferior articular surface⟩ (coronal "
        "⟦series 7, image 14¦7:14¦plane¦b⟧). ⟨c¦Mild MCL sprain, grade ⟪1¦staging⟫⟩ (⟦series 7, image "
        "16¦7:16¦full_en¦c⟧). ⟨d¦Cruciates intact⟩.\n"
        "When compared with the previous knee MRI on ⟪12 July 2024¦date⟫, ⟨e¦the meniscus was intact⟩ at that time "
        "(previous ⟦series 5, image 12¦p5:12¦prior¦e⟧).\n"
        "I would suggest referral to orthopaedics. Yours sincerely, Dr A. Green, Consultant Radiologist. Page "
        "⟪1¦counter⟫ of ⟪1¦counter⟫. Tel ⟪0161 276 1234¦phone⟫.",
    ),
    (
        "uk08_fdg_lymphoma",
        "UK",
        "FDG PET-CT: end of treatment (Hodgkin lymphoma, ⟪6¦counter⟫ cycles ABVD/AVD)\n"
        "⟪375 MBq¦dose⟫ FDG, BM ⟪5.1 mmol/L¦lab⟫, uptake ⟪62 min¦time⟫. Liver SUVmax ⟪2.6¦lab⟫, mediastinal blood "
        "pool ⟪1.9¦lab⟫.\n"
        "Neck: ⟨a¦Residual ⟪11 mm¦size⟫ left level ⟪IV¦level⟫ node, uptake below mediastinum⟩, Deauville "
        "⟪2¦staging⟫ (⟦Se 3 Im 88¦3:88¦abbrev_en¦a⟧). At baseline ⟨b¦⟪32 mm¦size⟫, SUVmax ⟪14¦lab⟫⟩ (baseline ⟦Se 3 "
        "Im 86¦p3:86¦prior¦b⟧).\n"
        "Mediastinum: ⟨d¦Residual anterior mediastinal soft tissue ⟪38 x 20 mm¦size⟫, Deauville ⟪3¦staging⟫⟩ (⟦Se 3 "
        "Im 120 to 134¦3:120-134¦range¦d⟧), baseline ⟪95 mm¦size⟫ bulk (⟦Se 3 Im 118 to 140¦p3:118-140¦prior¦d⟧).\n"
        "Spleen: ⟨e¦no focal uptake⟩; baseline ⟨f¦two splenic foci⟩.\n"
        "CONCLUSION: Complete metabolic response (Deauville ⟪3¦staging⟫, Lugano ⟪2014¦date⟫).",
    ),
    (
        "uk09_italian_registrar",
        "UK",
        "CT abdomen and pelvis with contrast (reported by ST4 registrar, verified)\n"
        "Clinical: ⟪72¦age⟫ yo, weight loss ⟪8 kg¦lab⟫ in ⟪3 months¦followup⟫, CEA ⟪14¦lab⟫.\n"
        "Findings: ⟨a¦It is present a stenosing mass of the sigmoid colon of ⟪5 cm¦size⟫ length⟩, visible at the "
        "⟦image n. 88 of the series 4¦4:88¦full_en¦a⟧. ⟨b¦Pericolic fat stranding with two nodes of ⟪8¦size⟫ and ⟪6 "
        "mm¦size⟫⟩ (⟦series 4, img. n. 84 and 86¦4:84,4:86¦list¦b⟧). ⟨c¦In the liver segment ⟪VI¦segment⟫ there is "
        "one hypodense lesion of ⟪14 mm¦size⟫⟩, suspicious for secondarism (⟦serie 4 image 40¦4:40¦full_en¦c⟧).\n"
        "In comparison with the previous CT of ⟪2023¦date⟫ (done in Milan), ⟨d¦the hepatic lesion was not present⟩ "
        "(previous ⟦serie 3 image 37¦p3:37¦prior¦d⟧).\n"
        "Conclusion: Sigmoid cancer ⟪cT3 N1¦staging⟫ with probable ⟪1¦counter⟫ liver metastasis. For MDT of "
        "⟪Thursday¦date⟫.",
    ),
    (
        "uk10_german_consultant",
        "UK",
        "MRI PROSTATE (mpMRI, PI-RADS v⟪2.1¦counter⟫) - reported by locum consultant\n"
        "PSA ⟪7.8¦lab⟫, volume ⟪42 cc¦size⟫, PSAD ⟪0.19¦ratio⟫.\n"
        "Findings: ⟨a¦There is a lesion in the left peripheral zone posterolateral at mid gland of ⟪11 mm¦size⟫, "
        "PI-RADS ⟪4¦birads⟫⟩, seen on T2 ⟦Serie 4 Picture 14¦4:14¦full_en¦a⟧ and ADC ⟦Serie 8 Picture "
        "14¦8:14¦full_en¦a⟧.\n"
        "⟨b¦The transition zone shows BPH nodules without suspicious lesion⟩ (⟦Serie 4 Picture 10 till "
        "18¦4:10-18¦range¦b⟧).\n"
        "⟨c¦No extraprostatic extension⟩, ⟨d¦seminal vesicles free⟩. ⟨e¦No pathological lymph nodes⟩.\n"
        "Compared to the before MRI from ⟪November 2024¦date⟫: ⟨f¦the lesion was there only ⟪7 mm¦size⟫⟩ "
        "(before-MRI ⟦Serie 4 Picture 15¦p4:15¦prior¦f⟧).\n"
        "Conclusion: PI-RADS ⟪4¦birads⟫ lesion left PZ, Likert ⟪4/5¦ratio⟫; targeted biopsy is recommended.",
    ),
    (
        "uk11_export_artefacts",
        "UK",
        "CT CHEST, ABDOMEN AND PELVIS\tStaging\tURGENT\n"
        "Clinical details:\tOesophageal adenocarcinoma (OGD ⟪28/11/2026¦date⟫), for staging.\n"
        "Findings:\n"
        "\u2022\t⟨a¦Circumferential thickening of the distal oesophagus over ⟪6 cm¦size⟫, up to ⟪17 mm¦size⟫⟩ "
        "(⟦Se\u00a04\u00a0Im\u00a0140\u2013152¦4:140-152¦range¦a⟧).\n"
        "\u2022\t⟨b¦Enlarged left gastric node ⟪12 mm¦size⟫⟩ (⟦Se\u00a04\u00a0Im\u00a0166¦4:166¦abbrev_en¦b⟧).\n"
        "\u2022\t⟨c¦No liver metastases⟩. ⟨d¦⟪3 mm¦size⟫ right lower lobe nodule⟩ "
        "(⟦Se\u00a03\u00a0Im\u00a0201¦3:201¦abbrev_en¦d⟧), unchanged from the CT of ⟪02/2025¦date⟫.\n"
        "Impression:\t⟪cT3 N1 M0¦staging⟫ (TNM ⟪8¦counter⟫). For EUS and PET-CT. Upper GI MDT ⟪Tue 08:30¦time⟫; "
        "reporting room ext.\u00a0⟪62214¦phone⟫.",
    ),
    (
        "uk12_thyroid_spect",
        "UK",
        "Thyroid scintigraphy with SPECT/CT (⟪Tc-99m¦dose⟫ pertechnetate ⟪80 MBq¦dose⟫)\n"
        "TSH ⟪< 0.01 mU/L¦lab⟫, FT4 ⟪28.4 pmol/L¦lab⟫. Uptake at ⟪20 min¦time⟫: ⟪4.8 %¦ratio⟫ (normal ⟪0.4-4.0 "
        "%¦ratio⟫).\n"
        "Planar anterior image: ⟨a¦diffusely increased uptake in both lobes with a relatively cold nodule in the "
        "right lower pole⟩ (planar ⟦image 2¦-:2¦image_only¦a⟧).\n"
        "SPECT/CT: ⟨b¦the cold nodule measures ⟪19 mm¦size⟫, partly cystic⟩ (⟦series 4 image 52¦4:52¦full_en¦b⟧). "
        "⟨c¦Retrosternal extension of the left lobe to the level of the aortic arch⟩ (⟦series 2 images 70 through "
        "84¦2:70-84¦range¦c⟧).\n"
        "Outside ultrasound of ⟪September¦date⟫ reported ⟨d¦U⟪3¦birads⟫ nodule ⟪16 mm¦size⟫⟩.\n"
        "CONCLUSION: Graves' disease with a cold nodule; FNA recommended before RAI (⟪550 MBq¦dose⟫ I-131).",
    ),
    (
        "uk13_breast_mri",
        "UK",
        "MRI BOTH BREASTS - neoadjuvant response\n"
        "Left breast cancer, after ⟪4 of 6¦counter⟫ cycles EC-T. Day ⟪14¦counter⟫ of cycle.\n"
        "Pre-treatment MRI ⟪12/08/2026¦date⟫ (baseline): ⟨a¦index mass ⟪42 mm¦size⟫ at ⟪2 o'clock¦time⟫⟩ (baseline "
        "⟦Se 1003 Im 77¦p1003:77¦prior¦a⟧) and ⟨b¦satellite ⟪8 mm¦size⟫⟩.\n"
        "Today: ⟨c¦residual non-mass enhancement ⟪18 mm¦size⟫⟩ (⟦Se 1003 Im 76¦1003:76¦abbrev_en¦c⟧), ⟨d¦satellite "
        "no longer seen⟩ (⟦Se 1003 Im 80 - 84¦1003:80-84¦range¦d⟧). ⟨e¦Clip artefact in the index mass⟩.\n"
        "Right breast: ⟨f¦background parenchymal enhancement mild, no suspicious lesion⟩.\n"
        "Nodes: ⟨g¦left level ⟪I¦level⟫ node now ⟪6 mm¦size⟫ short axis⟩ (⟦Se 1003 Im 120¦1003:120¦abbrev_en¦g⟧), "
        "previously ⟪14 mm¦size⟫ (baseline ⟦Se 1003 Im 118¦p1003:118¦prior¦g⟧).\n"
        "CONCLUSION: Good partial response (⟪57 %¦ratio⟫ reduction); BI-RADS ⟪6¦birads⟫.",
    ),
    (
        "uk14_ir_lung_biopsy",
        "UK",
        "CT-GUIDED LUNG BIOPSY (right upper lobe)\n"
        "Consent obtained; FEV1 ⟪1.9 L¦lab⟫. Platelets ⟪245¦lab⟫, INR ⟪1.0¦lab⟫. Local ⟪10 ml¦dose⟫ lidocaine ⟪1 "
        "%¦ratio⟫.\n"
        "Target: ⟨a¦⟪24 mm¦size⟫ spiculated RUL nodule⟩ as on the staging CT of ⟪01/12/2026¦date⟫ (staging CT ⟦Se 3 "
        "Im 62¦p3:62¦prior¦a⟧).\n"
        "Procedure: supine, anterior approach, ⟪19G¦counter⟫ coaxial, ⟪20G¦counter⟫ core x ⟪4¦counter⟫. ⟨b¦Needle "
        "tip within the nodule⟩ on check ⟦Se 6 Im 11¦6:11¦abbrev_en¦b⟧.\n"
        "Post procedure: ⟨c¦small apical pneumothorax ⟪8 mm¦size⟫, no intervention required⟩ (⟦Se 10 Im 3 to "
        "9¦10:3-9¦range¦c⟧); ⟨d¦minor perilesional haemorrhage⟩ (⟦Se 10 Im 14¦10:14¦abbrev_en¦d⟧). Total DLP ⟪296 "
        "mGy.cm¦dose⟫.\n"
        "Plan: erect CXR at ⟪1 h¦followup⟫ and ⟪4 h¦followup⟫; IR nurse ext ⟪5507¦phone⟫.",
    ),
    # ---------------------------------------------------------------- US
    (
        "us01_dotatate",
        "US",
        "⟪Ga-68 DOTATATE¦dose⟫ PET/CT SKULL BASE TO MID-THIGH\n"
        "HISTORY: ⟪63¦age⟫-year-old woman with small bowel NET, grade ⟪2¦staging⟫, on octreotide LAR ⟪30 "
        "mg¦dose⟫.\n"
        "TECHNIQUE: ⟪4.9 mCi¦dose⟫ IV; imaging at ⟪60 minutes¦time⟫. CTDIvol ⟪4.2 mGy¦dose⟫.\n"
        "COMPARISON: DOTATATE PET/CT ⟪6/14/2025¦date⟫; outside MRI abdomen ⟪9/2/2026¦date⟫.\n"
        "FINDINGS:\n"
        "⟨a¦Mesenteric mass with tracer uptake greater than liver, SUVmax ⟪38.1¦lab⟫⟩ (⟦4:156¦4:156¦compact¦a⟧), "
        "previously SUVmax ⟪35.0¦lab⟫ (⟦4:158¦p4:158¦prior¦a⟧ on the prior).\n"
        "⟨b¦Multiple hepatic metastases⟩, the largest in ⟪segment 8¦segment⟫ (⟦4:88, 4:92¦4:88,4:92¦list¦b⟧), "
        "⟨c¦new ⟪1.1 cm¦size⟫ lesion in ⟪segment 3¦segment⟫⟩ (⟦4:101¦4:101¦compact¦c⟧), not on the outside MRI.\n"
        "⟨d¦Uptake in the uncinate process is physiologic⟩.\n"
        "IMPRESSION:\n"
        "1. ⟨e¦Progressive hepatic disease with a new ⟪segment 3¦segment⟫ metastasis⟩.\n"
        "2. Stable mesenteric mass. Krenning ⟪4¦staging⟫ - candidate for Lu-⟪177¦dose⟫ PRRT.",
    ),
    (
        "us02_fdg_restaging",
        "US",
        "PET/CT F-18 FDG - restaging, lung adenocarcinoma\n"
        "Glucose ⟪104 mg/dL¦lab⟫; ⟪10.2 mCi¦dose⟫ FDG; uptake ⟪64 min¦time⟫.\n"
        "Comparison: PET/CT ⟪3/10/2026¦date⟫ (baseline) and CT chest ⟪9/1/2026¦date⟫.\n"
        "CHEST: ⟨a¦Right upper lobe primary decreased to ⟪1.8 cm¦size⟫, SUVmax ⟪4.1¦lab⟫⟩ (⟦series 3, image "
        "62¦3:62¦full_en¦a⟧), from ⟪3.2 cm¦size⟫, SUVmax ⟪12.7¦lab⟫ on the baseline (⟦series 3, image "
        "60¦p3:60¦prior¦a⟧). ⟨b¦Subcarinal node resolved⟩ (⟦series 3, image 88¦3:88¦full_en¦b⟧).\n"
        "ABDOMEN/PELVIS: ⟨c¦No FDG-avid adrenal or hepatic lesion⟩.\n"
        "MSK: ⟨d¦New sclerotic focus in ⟪L2¦level⟫ without uptake, likely treated metastasis⟩ (⟦series 2, images "
        "180 and 184¦2:180,2:184¦list¦d⟧); on the ⟪September¦date⟫ CT ⟨e¦a faint lucency at that site⟩.\n"
        "IMPRESSION: Partial metabolic response (PERCIST, ⟪-68 %¦ratio⟫ SULpeak).",
    ),
    (
        "us03_ccta",
        "US",
        "CORONARY CTA WITH FFR-CT\n"
        "Indication: chest pain, intermediate pretest probability. HR ⟪62¦lab⟫, nitroglycerin ⟪0.8 mg¦dose⟫ SL. "
        "Prospective ECG-triggering ⟪70-80 %¦ratio⟫ R-R. Total DLP ⟪212 mGy-cm¦dose⟫.\n"
        "Coronary calcium score: ⟪346¦lab⟫.\n"
        "LAD: ⟨a¦Mixed plaque in the proximal LAD causing moderate (⟪50-69 %¦ratio⟫) stenosis⟩ (⟦series 6 image "
        "77¦6:77¦full_en¦a⟧; FFR-CT ⟪0.78¦ratio⟫). ⟨b¦Diagonal 1 mild stenosis⟩ (⟦series 6 image "
        "90¦6:90¦full_en¦b⟧).\n"
        "LCx: ⟨c¦Calcified plaque at the OM1 origin, minimal⟩.\n"
        "RCA: ⟨d¦Severe (⟪70-99 %¦ratio⟫) stenosis in the mid RCA⟩ (⟦series 6 image 121¦6:121¦full_en¦d⟧), best "
        "seen at ⟪40 %¦ratio⟫.\n"
        "Prior CTA from ⟪2022¦date⟫ at an outside facility: ⟨e¦mid RCA stenosis was mild⟩.\n"
        "IMPRESSION: CAD-RADS ⟪4A/P3¦birads⟫. Recommend invasive angiography. Findings called to Dr. Lee at ⟪4:12 "
        "PM¦time⟫, callback ⟪(617) 555-0134¦phone⟫.",
    ),
    (
        "us04_cmr_stress",
        "US",
        "CARDIAC MRI WITH REGADENOSON STRESS PERFUSION\n"
        "Regadenoson ⟪0.4 mg¦dose⟫ IV; BP ⟪128/74¦blood_pressure⟫ -> ⟪112/66¦blood_pressure⟫; HR ⟪66¦lab⟫ -> "
        "⟪94¦lab⟫. Gadoterate ⟪0.1 mmol/kg¦dose⟫ x ⟪2¦counter⟫.\n"
        "Function: LVEF ⟪61 %¦ratio⟫; normal wall motion.\n"
        "Perfusion (series 40 stress, series 50 rest; ⟪3¦counter⟫ short-axis slices each):\n"
        "- ⟨a¦Inducible subendocardial perfusion defect in the basal and mid anterior and anteroseptal walls (AHA "
        "⟪segments 1, 2, 7 and 8¦segment⟫)⟩: stress ⟦series 40, images 1 and 2¦40:1,40:2¦list¦a⟧; ⟨b¦no defect at "
        "rest⟩ (⟦series 50, image 1¦50:1¦full_en¦b⟧).\n"
        "- ⟨c¦No late gadolinium enhancement⟩ (⟦series 61, images 4-10¦61:4-10¦range¦c⟧).\n"
        "Comparison: SPECT MPI from ⟪2024¦date⟫ (outside): ⟨d¦mild anterior reversible defect, SSS ⟪6¦lab⟫⟩ (their "
        "⟦image 12¦p-:12¦prior¦d⟧ of the stress short-axis).\n"
        "IMPRESSION: ⟨e¦Ischemia in the LAD territory, ⟪4¦counter⟫ of ⟪16¦counter⟫ segments, no infarct⟩.",
    ),
    (
        "us05_dbt",
        "US",
        "DIAGNOSTIC MAMMOGRAM WITH DBT, LEFT; TARGETED ULTRASOUND, LEFT\n"
        "History: ⟪46¦age⟫ F recalled from screening ⟪11/3/2026¦date⟫ for a left asymmetry.\n"
        "Left: ⟨a¦The asymmetry persists as an ⟪8 mm¦size⟫ irregular mass with indistinct margins in the upper "
        "outer quadrant⟩, DBT CC ⟦slice 32¦-:32¦slice_word¦a⟧ and ML ⟦slice 40¦-:40¦slice_word¦a⟧, at ⟪2 "
        "o'clock¦time⟫, ⟪6 cm FN¦size⟫. On the screening DBT ⟨b¦it measured ⟪7 mm¦size⟫⟩.\n"
        "Ultrasound: ⟨c¦Corresponding ⟪0.9 x 0.6 x 0.8 cm¦size⟫ hypoechoic irregular mass⟩ (⟦images "
        "5-8¦-:5-8¦range¦c⟧). ⟨d¦Normal left axilla⟩.\n"
        "IMPRESSION: BI-RADS ⟪4B¦birads⟫. US-guided core biopsy scheduled ⟪12/18/2026¦date⟫ at ⟪9:45 AM¦time⟫.",
    ),
    (
        "us06_ir_tips",
        "US",
        "PROCEDURE: Transjugular intrahepatic portosystemic shunt (TIPS)\n"
        "INDICATION: refractory ascites, MELD ⟪18¦lab⟫, Child-Pugh ⟪B8¦staging⟫.\n"
        "PRE-PROCEDURE IMAGING: CT ⟪12/1/2026¦date⟫: ⟨a¦patent main portal vein, ⟪14 mm¦size⟫⟩ (CT ⟦se 5 im "
        "61¦p5:61¦prior¦a⟧), ⟨b¦large volume ascites⟩.\n"
        "PROCEDURE: Right IJ access under US (⟦image 1¦-:1¦image_only¦c⟧ ⟨c¦shows a patent right internal jugular "
        "vein⟩). ⟨d¦Portal venogram via wedged hepatic venography⟩ (run ⟪3¦counter⟫). ⟨e¦Initial portosystemic "
        "gradient ⟪22 mmHg¦lab⟫⟩. A ⟪10 mm x 7 cm/2 cm¦size⟫ Viatorr was deployed. ⟨f¦Final gradient ⟪7 mmHg¦lab⟫ "
        "with brisk shunt flow⟩ (final portogram ⟦series 14, image 6¦14:6¦full_en¦f⟧).\n"
        "Fluoro time ⟪32.4 min¦time⟫, air kerma ⟪1,210 mGy¦dose⟫. Contrast ⟪85 mL¦dose⟫.\n"
        "PLAN: Doppler US in ⟪1 week¦followup⟫. Paracentesis ⟪6 L¦size⟫ performed before the procedure.",
    ),
    (
        "us07_pcp_report",
        "US",
        "Outpatient Imaging Center - report to PCP\n"
        "EXAM: CT abdomen/pelvis without contrast (renal stone protocol). Ordering: Dr. K. Nguyen, fax ⟪(312) "
        "555-0172¦phone⟫.\n"
        "FINDINGS: ⟨a¦⟪4 mm¦size⟫ obstructing stone at the right UVJ⟩ (⟦se 2 im 118¦2:118¦abbrev_en¦a⟧) ⟨b¦with "
        "mild right hydroureteronephrosis⟩ (⟦se 2 im 52-70¦2:52-70¦range¦b⟧). ⟨c¦Nonobstructing ⟪3 mm¦size⟫ left "
        "lower pole stone⟩ (⟦se 2 im 61¦2:61¦abbrev_en¦c⟧), ⟪610 HU¦lab⟫.\n"
        "COMPARISON: CT ⟪8/4/2024¦date⟫: ⟨d¦the left lower pole stone measured ⟪2 mm¦size⟫⟩; ⟨e¦no right-sided "
        "stones⟩.\n"
        "IMPRESSION: Right UVJ stone, ⟪4 mm¦size⟫; likely to pass (⟪80 %¦ratio⟫). Thank you for this referral. Page "
        "⟪2¦counter⟫ of ⟪2¦counter⟫.",
    ),
    (
        "us08_psma_pylarify",
        "US",
        "PSMA PET/CT (⟪F-18 piflufolastat¦dose⟫)\n"
        "CLINICAL: ⟪71¦age⟫ M, high-risk prostate cancer, PSA ⟪28.4 ng/mL¦lab⟫, Gleason ⟪4+5=9¦staging⟫, initial "
        "staging.\n"
        "TECHNIQUE: ⟪9.1 mCi¦dose⟫; ⟪62 min¦time⟫ uptake.\n"
        "FINDINGS:\n"
        "Prostate: ⟨a¦Intense uptake throughout the right lobe extending into the right seminal vesicle⟩, SUVmax "
        "⟪22.9¦lab⟫ (⟦Series 3 Image 201¦3:201¦full_en¦a⟧).\n"
        "Nodes: ⟨b¦Right external iliac and common iliac nodes⟩ (⟦Series 3 Images 170, 158 and "
        "141¦3:170,3:158,3:141¦list¦b⟧), largest ⟪1.2 cm¦size⟫; ⟨c¦a ⟪6 mm¦size⟫ left para-aortic node at "
        "⟪L3¦level⟫⟩, miN⟪2¦staging⟫.\n"
        "Bones: ⟨d¦Focal uptake in the right ⟪7th rib¦level⟫ and ⟪T10¦level⟫ vertebral body⟩ (⟦Series 3 Images 78, "
        "96¦3:78,3:96¦list¦d⟧).\n"
        "Comparison: bone scan ⟪10/22/2026¦date⟫: ⟨e¦the ⟪T10¦level⟫ lesion was faint⟩ (bone scan posterior view, "
        "⟦image 2¦p-:2¦prior¦e⟧); ⟨f¦the rib was negative⟩.\n"
        "IMPRESSION: miTNM ⟪T3b N1 M1a M1b¦staging⟫; PSMA-RADS ⟪5¦birads⟫.",
    ),
    (
        "us09_breast_mri",
        "US",
        "MRI BREAST BILATERAL W/WO CONTRAST - high-risk screening\n"
        "Lifetime risk ⟪27 %¦ratio⟫ (Tyrer-Cuzick ⟪v8¦counter⟫). LMP ⟪11/20/2026¦date⟫. Gadobutrol ⟪7 mL¦dose⟫.\n"
        "FINDINGS:\n"
        "Right breast: ⟨a¦⟪6 mm¦size⟫ oval enhancing mass at ⟪10 o'clock¦time⟫, ⟪4 cm FN¦size⟫, with persistent "
        "kinetics⟩ (⟦se 1101, im 88¦1101:88¦abbrev_en¦a⟧). On the prior MRI ⟪12/2025¦date⟫ ⟨b¦a ⟪5 mm¦size⟫ focus "
        "in the same location⟩ (⟦se 1101, im 86¦p1101:86¦prior¦b⟧).\n"
        "Left breast: ⟨c¦Non-mass enhancement in a linear distribution⟩ (⟦se 1101, im "
        "130-141¦1101:130-141¦range¦c⟧), ⟪3.2 cm¦size⟫, ⟨d¦new since prior⟩.\n"
        "Axillae: ⟨e¦normal⟩.\n"
        "IMPRESSION: Right BI-RADS ⟪3¦birads⟫ (⟪6-month¦followup⟫ follow-up); left BI-RADS ⟪4¦birads⟫ - MRI-guided "
        "biopsy.",
    ),
    (
        "us10_bone_spect",
        "US",
        "NM BONE SCAN WHOLE BODY WITH SPECT/CT LUMBAR SPINE\n"
        "⟪Tc-99m MDP¦dose⟫ ⟪24.6 mCi¦dose⟫; delayed at ⟪3 hours¦time⟫. History: low back pain, prior ⟪L4-L5¦level⟫ "
        "fusion.\n"
        "Planar: increased uptake at the ⟪L4-L5¦level⟫ fusion.\n"
        "SPECT/CT: ⟨a¦Intense uptake around the left ⟪L5¦level⟫ pedicle screw with peri-screw lucency ⟪2 mm¦size⟫⟩ "
        "(SPECT ⟦image 54¦-:54¦image_only¦a⟧; CT ⟦series 2, image 54¦2:54¦full_en¦a⟧), ⟨b¦consistent with "
        "loosening⟩. ⟨c¦Mild facet uptake at ⟪L3-L4¦level⟫⟩ (CT ⟦series 2, images 40-44¦2:40-44¦range¦c⟧).\n"
        "Comparison with the ⟪2024¦date⟫ CT lumbar spine: ⟨d¦no lucency around the left ⟪L5¦level⟫ screw⟩.\n"
        "IMPRESSION: ⟨e¦Left ⟪L5¦level⟫ screw loosening⟩.",
    ),
    (
        "us11_html_export",
        "US",
        "<b>CT CHEST WITHOUT CONTRAST (LDCT LUNG CANCER SCREENING)</b><br/>\n"
        "Indication: ⟪62¦age⟫&nbsp;yo, ⟪38¦counter⟫ pack-years, quit ⟪2019¦date⟫. "
        "CTDIvol&nbsp;⟪1.4&nbsp;mGy¦dose⟫.<br/>\n"
        "Comparison: LDCT ⟪11/30/2025¦date⟫ and ⟪12/2/2024¦date⟫.<br/>\n"
        "&#9679;&nbsp;⟨a¦⟪7.8 mm¦size⟫ solid nodule, right lower lobe⟩ "
        "(⟦se&nbsp;4&nbsp;im&nbsp;211¦4:211¦abbrev_en¦a⟧), previously ⟪6.0 mm¦size⟫ "
        "(⟦se&nbsp;4&nbsp;im&nbsp;208¦p4:208¦prior¦a⟧) and ⟪5.9 mm¦size⟫ in ⟪2024¦date⟫.<br/>\n"
        "&#9679;&nbsp;⟨b¦⟪4 mm¦size⟫ perifissural nodule left upper lobe, stable⟩.<br/>\n"
        "&#9679;&nbsp;⟨c¦Coronary artery calcification, moderate⟩ "
        "(⟦se&nbsp;4&nbsp;im&nbsp;140&ndash;160¦4:140-160¦range¦c⟧).<br/>\n"
        "IMPRESSION: Lung-RADS ⟪4A¦birads⟫ (growing solid nodule); follow-up LDCT in ⟪3 months¦followup⟫.<br/>",
    ),
    (
        "us12_german_fellow",
        "US",
        "MRI ABDOMEN WITH AND WITHOUT CONTRAST (liver) - dictated by visiting fellow, reviewed by attending\n"
        "Indication: cirrhosis (HCV), AFP ⟪46 ng/mL¦lab⟫, surveillance.\n"
        "Findings: ⟨a¦In segment ⟪VIII¦segment⟫ there is an arterially hyperenhancing observation of ⟪2.3 cm¦size⟫ "
        "with washout and capsule⟩, see ⟦Series 1101 Bild 42¦1101:42¦full_en¦a⟧ resp. portal venous ⟦Series 1201 "
        "Picture 44¦1201:44¦full_en¦a⟧. ⟨b¦It measured ⟪1.6 cm¦size⟫ on the pre-examination⟩ from ⟪May 2026¦date⟫ "
        "(pre-examination ⟦Series 1101 Picture 40¦p1101:40¦prior¦b⟧).\n"
        "⟨c¦A second observation in segment ⟪II¦segment⟫ of ⟪8 mm¦size⟫ is only arterially visible⟩, "
        "LR-⟪3¦birads⟫.\n"
        "⟨d¦Portal vein is open, no tumor thrombus⟩ (⟦Series 1201 Pictures 50 until 58¦1201:50-58¦range¦d⟧).\n"
        "IMPRESSION: LR-⟪5¦birads⟫ in segment ⟪VIII¦segment⟫, growth ⟪> 50 %¦ratio⟫ in ⟪6 months¦followup⟫. Tumor "
        "board.",
    ),
    (
        "us13_ir_biopsy",
        "US",
        "PROCEDURE: CT-guided left iliac bone biopsy\n"
        "Moderate sedation: midazolam ⟪2 mg¦dose⟫, fentanyl ⟪100 mcg¦dose⟫; monitored by RN ⟪24 min¦time⟫.\n"
        "Target selected on the PET/CT from ⟪11/24/2026¦date⟫ (⟦4:188¦p4:188¦prior¦a⟧): ⟨a¦FDG-avid lytic lesion of "
        "the left iliac bone⟩, SUV ⟪9.8¦lab⟫.\n"
        "TECHNIQUE: ⟪11-gauge¦counter⟫ bone biopsy needle via posterior approach. ⟨b¦Needle within the lesion⟩ "
        "(⟦2:14¦2:14¦compact¦b⟧, ⟦2:17¦2:17¦compact¦b⟧). ⟪3¦counter⟫ cores obtained, plus ⟪2¦counter⟫ FNA passes.\n"
        "⟨c¦No complication⟩ on the post-procedure images (⟦3:1-12¦3:1-12¦range¦c⟧). DLP ⟪512 mGy-cm¦dose⟫.\n"
        "Specimens to pathology (case ⟪S26-44120¦counter⟫) and flow cytometry. Discharge after ⟪2 hours¦followup⟫.",
    ),
    (
        "us14_cardiac_pet",
        "US",
        "Rb-⟪82¦dose⟫ PET/CT MYOCARDIAL PERFUSION, REST/REGADENOSON STRESS\n"
        "Rest ⟪30.1 mCi¦dose⟫, stress ⟪30.4 mCi¦dose⟫. BP ⟪142/80¦blood_pressure⟫; HR ⟪70¦lab⟫ -> ⟪98¦lab⟫.\n"
        "Perfusion: ⟨a¦Moderate, reversible defect of the inferior and inferolateral walls⟩ (stress short axis "
        "⟦series 3, slices 9-14¦3:9-14¦range¦a⟧; rest short axis ⟦series 4, slices 9-14¦4:9-14¦range¦a⟧), SSS "
        "⟪9¦lab⟫, SRS ⟪1¦lab⟫.\n"
        "Flow: stress MBF LCx ⟪1.2 mL/min/g¦lab⟫, global MFR ⟪1.8¦ratio⟫.\n"
        "Gated: LVEF rest ⟪58 %¦ratio⟫, stress ⟪54 %¦ratio⟫ (TID ⟪1.12¦ratio⟫).\n"
        "CT attenuation scan: ⟨b¦Dense three-vessel coronary calcification⟩ (⟦series 2, images 22 to "
        "38¦2:22-38¦range¦b⟧).\n"
        "Comparison: Rb-⟪82¦dose⟫ PET ⟪5/2024¦date⟫ ⟨c¦showed only a small inferior defect⟩ (⟦series 3, slices "
        "11-13¦p3:11-13¦prior¦c⟧ of that study).\n"
        "IMPRESSION: ⟨d¦Moderate ischemia in the RCA/LCx territory, worse than ⟪2024¦date⟫⟩.",
    ),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(*r) for r in _RAW)
