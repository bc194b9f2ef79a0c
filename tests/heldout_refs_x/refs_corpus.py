# ruff: noqa: E501
"""Held-out refs X: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K to W
(to write different texts), the runner tests/heldout_refs_blind/measure_refs.py, tests/heldout_refs_blind/floors.py
and refs K's floor test. Written in one pass under time pressure, reread once (draft citations left unmarked were
marked as gold, a prior word or plane word inside a span was moved out of it, a series word left outside a span
was moved into it, a series-image legend was moved above its table), then measured once. Do not tune the miner on
these texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_x.refs_corpus
--adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section heading (or
"derselben Serie"); a plane word changes nothing; a citation into a baseline, nadir, interim, iUPD, staging,
outside/auswärtig/Fremd, VU/Voruntersuchung/Vorrunde, admission-CT ("Aufnahme-CT") or dated earlier study is gold
with prior_study true and class `prior`. Only the series/image words and numbers are inside a citation's visible
span; brackets, plane, sequence and prior words before it stay outside. Lang follows refs C (German for
DE/AT/CH), so no French or Italian Swiss lines were written.

Mix: 65 excerpts (13 each DE, AT, CH German; UK, US English), 222 gold refs, 49 of them into a prior study, 405
marked confounders. Site habits leaned on here: oncology and emergency work at teleradiology services and large
cancer centres: night-shift teleradiology and registrar/resident preliminary reports with consultant/attending
addenda the next morning, RECIST 1.1 / iRECIST / Lugano response tables with baseline-nadir-current columns,
whole-body trauma CT (AAST, AO/Tile, TLICS), hepatobiliary MR with LI-RADS, prostate MR with PI-RADS and UK
Likert, lung nodule follow-up CT (Fleischner, BTS/Brock, Lung-RADS, screening rounds), reports converted from RIS
RTF with lost line breaks (citations glued to the next heading or finding), PACS key-image notes, speech
recognition with spelled numbers and spoken punctuation. Forms: DE "Se 5, Bi 112", "Serie 8 Bild 64 und 71",
"Se 3/Bi 188", "Se4Bi133", RECIST rows "Se 3 Bi 54", "T2 Serie 5, Bild 14, DWI Serie 7, Bild 14", "Bild 16 und
17 der Serie 5", RTF-glued "Serie 3 Bild 52)Peritoneale ...", "Serie 3 Bild 140-146", "Se. 6, Bi. 90-118",
"Se 2 Bi 31, 35", "Bild 4/101", dictated "Klammer auf Serie vier Bild achtundachtzig Klammer zu Punkt", "KI 1: Se
6 Bi 47", "koronar Se 601 Bi 58", image-only "Bild 120" under a series heading, "Bild 9/12 und 9/14", "S. 4, B.
70"; AT "Se:5/Bi:88", "Ser 4 · Bild 190", "Schnittbild 240, Serie 7", "Sr 6 Bi 11", "Se 12/Bi 30",
"Bildnummer 212, Ser. 4", "Se 4 Img 70 bis 82", dictated "Klammer Serie sechs Bild zweiundvierzig Klammer zu
Beistrich", RTF-glued "Se 3 Bi 201Beurteilung", "Serie 2 Bild 18 bis 24", bare "4/56 | 4/60" under a
"Serie/Bild heute | Serie/Bild Staging" legend, "Img 48 derselben Serie"; CH square brackets "[S4/B77]", "sag.
Se. 9 | Bi. 41", "Bi. 140" inheriting, "Bild 33 Se 10", "Se 2 · Bi 118", "Ser.4/Im.22", "Ser.4/Im.15-17",
"Serie 3, Schicht 19 und 22", image-only lines under "Serie 5 (fusioniert):", glued "Se5Bi72", "Se 801 Bi 55 und
71", "koronar Se 602, Bi 77", dictated "Serie drei Bild hundertzwölf Komma", "[Serie 3: Bild 40 | VU Serie 3:
Bild 44]", "Serie 5: Bild 101, 133 und 150"; UK "Se 4, Im 77", "Se 9, Im 40, 52 and 66", "series 4 img 12",
"S4 #88", a "[series/image]" RECIST table "[5/61]", "image 22, series 2", "series 5, slice 141", "baseline se 5
sl 139", "Se 3 Im 140-152", dictated "open bracket series four image one hundred and six close bracket full
stop", "coronal Se 602 Im 48", "ser4:im35", RTF-glued "se 3 im 140 and im 146IMPRESSION", "images 88 to 92"
under a series heading, "IM77 SE4"; US "se 3, im 88 and 97", "image 44 series 9", "series 3 image #212",
a "series-image" RECIST table "(4-55)", colon-compact "(5:18)", "se 2 im 11-13", "coronal MIP se 604 im 30",
"series 4 image 61", dictated "series five image forty two period", "= Series 2 Image 66", "(im 40, 92, 130 se
3)", "coronal series 603, images 50-58", "outside Se 3 Im 95", "(6:33 vs 5:30 on 7/15/2026)", "(6:102, 6:118)".
Confounders in the same sentences: sizes and volumes, dates (DE/CH dots, Jänner, UK and US slashes, month/year),
clock times ("2:51 AM", "Do 7:30"), vertebral, rib, nodal and cervical levels ("LWK 2/3", "C6/7", "4R", "9th"),
liver and lung segments, doses (contrast, CTDIvol, apixaban), TNM/FIGO/AAST/AO/Anderson/Stanford/Child-Pugh/
Gleason stages and grades, LI-RADS/PI-RADS/Likert "4/5"/Lung-RADS scores, lab values (PSA, AFP, CA 19-9, CA-125,
CEA, CRP, INR, SUVmax, Deauville, ADC, HU, lactate, NIHSS, ASPECTS, GCS), ratios and percentages (PSA density,
RV/LV, encasement degrees, Brock, change from nadir), counters (cycles, screening rounds, key-image and bookmark
numbers, pack-years, b-values), phone, extension, bleep and pager numbers, blood pressures, ages and follow-up
intervals.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_DE = (
    ("x_de01", "DE",
     "Teleradiologie Nachtdienst, vorläufiger Befund ⟪02:47 Uhr¦time⟫. Polytrauma-CT nach Verkehrsunfall, "
     "⟪100 ml¦dose⟫ KM. ⟨a¦Milzlazeration mit perisplenischem Hämatom, AAST Grad ⟪III¦staging⟫⟩ "
     "(⟦Se 5, Bi 112¦5:112¦abbrev_de¦a⟧). ⟨b¦Frakturen der Querfortsätze LWK ⟪2/3¦level⟫ links⟩ "
     "(⟦Serie 8 Bild 64 und 71¦8:64,8:71¦list¦b⟧). Nachtrag OA ⟪07:55¦time⟫: ⟨c¦zusätzlich nicht dislozierte "
     "Fraktur der ⟪9.¦level⟫ Rippe dorsal rechts⟩ (⟦Se 3/Bi 188¦3:188¦slash¦c⟧), telefonisch an den Stationsarzt, "
     "Durchwahl ⟪4471¦phone⟫, übermittelt."),
    ("x_de02", "DE",
     "RECIST 1.1, Zielläsionen (Baseline ⟪12.03.2026¦date⟫ | Nadir ⟪04.06.2026¦date⟫ | aktuell)\n"
     "1. ⟨t1¦Lebermetastase Segment ⟪VI¦segment⟫⟩: ⟪31 mm¦size⟫ (⟦Se 3 Bi 54¦p3:54¦prior¦t1⟧) | ⟪18 mm¦size⟫ "
     "(⟦Se 3 Bi 57¦p3:57¦prior¦t1⟧) | ⟪22 mm¦size⟫ (⟦Se 4 Bi 60¦4:60¦abbrev_de¦t1⟧)\n"
     "2. ⟨t2¦LK paraaortal links⟩: ⟪27 mm¦size⟫ (⟦Se 3 Bi 81¦p3:81¦prior¦t2⟧) | ⟪16 mm¦size⟫ (⟦Se 3 Bi 80¦p3:80¦prior¦t2⟧) "
     "| ⟪19 mm¦size⟫ (⟦Se 4 Bi 86¦4:86¦abbrev_de¦t2⟧)\n"
     "Summe ⟪58¦size⟫ / ⟪34¦size⟫ / ⟪41 mm¦size⟫, Zunahme ⟪21 %¦ratio⟫ gegenüber Nadir: PD."),
    ("x_de03", "DE",
     "MRT Leber mit Gd-EOB (⟪10 ml¦dose⟫). ⟨a¦In Segment ⟪VII¦segment⟫ arteriell hyperenhancende Läsion von "
     "⟪23 mm¦size⟫ mit Washout und Kapsel, LR-⟪5¦birads⟫⟩ (arteriell ⟦Serie 9, Bild 41¦9:41¦full_de¦a⟧; "
     "hepatobiliäre Phase ⟦Serie 14, Bild 38¦14:38¦full_de¦a⟧). ⟨b¦In der Vor-MRT vom ⟪02.05.2026¦date⟫ noch "
     "⟪15 mm¦size⟫⟩ (⟦Se 9 Bi 44¦p9:44¦prior¦b⟧). AFP ⟪412 ng/ml¦lab⟫, Child-Pugh ⟪A5¦staging⟫."),
    ("x_de04", "DE",
     "Thorax-CT Verlaufskontrolle Rundherde (Fleischner). ⟨a¦Solider Rundherd im Oberlappen rechts ⟪S2¦segment⟫, "
     "⟪7 x 6 mm¦size⟫, größenkonstant⟩ (⟦Se4Bi133¦4:133¦glued¦a⟧; VU ⟦Se4Bi129¦p4:129¦prior¦a⟧). ⟨b¦Neuer "
     "milchglasartiger Herd im Unterlappen links ⟪S10¦segment⟫ von ⟪5 mm¦size⟫⟩ (⟦Se4Bi241¦4:241¦glued¦b⟧). "
     "Lung-RADS ⟪3¦birads⟫, Kontrolle in ⟪6 Monaten¦followup⟫."),
    ("x_de05", "DE",
     "Prostata-MRT (PI-RADS v2.1), PSA ⟪9,4 ng/ml¦lab⟫, PSA-Dichte ⟪0,21¦ratio⟫, Volumen ⟪44 ml¦size⟫. "
     "⟨a¦Läsion in der peripheren Zone links posterolateral Mitte, ⟪14 mm¦size⟫, ADC ⟪640¦lab⟫, PI-RADS ⟪5¦birads⟫⟩ "
     "(T2 ⟦Serie 5, Bild 14¦5:14¦full_de¦a⟧, DWI ⟦Serie 7, Bild 14¦7:14¦full_de¦a⟧, ADC ⟦Serie 8, Bild 15¦8:15¦full_de¦a⟧). "
     "⟨b¦Kapselkontakt über ⟪11 mm¦size⟫ ohne sichere EPE⟩ (⟦Bild 16 und 17 der Serie 5¦5:16,5:17¦list¦b⟧)."),
    ("x_de06", "DE",
     "Befund aus RIS-RTF übernommen: Abdomen-CT portalvenös.⟨a¦Multiple hypodense Leberläsionen, größte in "
     "Segment ⟪IVa¦segment⟫ mit ⟪41 mm¦size⟫⟩ (⟦Serie 3 Bild 52¦3:52¦full_de¦a⟧)⟨b¦Peritoneale Knötchen im "
     "rechten Unterbauch bis ⟪9 mm¦size⟫⟩ (⟦Serie 3 Bild 140-146¦3:140-146¦range¦b⟧)Beurteilung: "
     "⟨c¦hepatisch und peritoneal metastasiertes Kolonkarzinom, ⟪cT4a N2 M1c¦staging⟫⟩ (⟦Se 3 Bi 52¦3:52¦impression¦c⟧)."),
    ("x_de07", "DE",
     "Vorläufiger Befund Assistenzarzt, Ganzkörper-CT Schockraum ⟪23:12¦time⟫ Uhr, GCS ⟪9¦lab⟫. "
     "⟨a¦Akutes Subduralhämatom rechts frontotemporal, ⟪8 mm¦size⟫ breit, Mittellinienverlagerung ⟪4 mm¦size⟫⟩ "
     "(⟦Serie 2, Bild 22¦2:22¦full_de¦a⟧). ⟨b¦Densfraktur Typ ⟪II¦staging⟫ nach Anderson⟩ (sagittal "
     "⟦Serie 11, Bild 33¦11:33¦plane¦b⟧). ⟨c¦Hämatothorax rechts mit ⟪450 ml¦size⟫⟩ (⟦Se. 6, Bi. 90-118¦6:90-118¦range¦c⟧). "
     "Freigegeben durch OA nach Durchsicht ⟪08:10¦time⟫, keine Änderung."),
    ("x_de08", "DE",
     "Lymphom-Staging nach Lugano, PET/CT. ⟨a¦Mediastinales Bulk-Konglomerat ⟪10,4 cm¦size⟫, SUVmax ⟪18,2¦lab⟫⟩ "
     "(⟦Se 2 Bi 88¦2:88¦abbrev_de¦a⟧). ⟨b¦Befall zervikal Level ⟪IV¦level⟫ links⟩ (⟦Se 2 Bi 31, 35¦2:31,2:35¦list¦b⟧) "
     "sowie ⟨c¦splenisch fokal⟩ (⟦Se 2 Bi 160¦2:160¦abbrev_de¦c⟧). Stadium ⟪IV¦staging⟫, Deauville entfällt bei "
     "Staging. Interim nach ⟪2¦counter⟫ Zyklen geplant."),
    ("x_de09", "DE",
     "iRECIST, Nivolumab seit ⟪01/2026¦date⟫. Vergleich mit Baseline-CT und iUPD-CT vom ⟪14.09.2026¦date⟫. "
     "⟨a¦Nebennierenmetastase links jetzt ⟪26 mm¦size⟫⟩ (⟦Serie 4 Bild 101¦4:101¦full_de¦a⟧), ⟨b¦bei iUPD "
     "⟪29 mm¦size⟫⟩ (⟦Serie 4 Bild 99¦p4:99¦prior¦b⟧), ⟨c¦Baseline ⟪21 mm¦size⟫⟩ (⟦Serie 5 Bild 77¦p5:77¦prior¦c⟧). "
     "Keine neuen Läsionen. Beurteilung: ⟨d¦iSD gegenüber iUPD⟩ (⟦Bild 4/101¦4:101¦slash¦d⟧)."),
    ("x_de10", "DE",
     "Diktat Spracherkennung, nicht korrigiert: ⟨a¦pleuraständiger Herd im Unterlappen rechts mit ⟪12 "
     "Millimetern¦size⟫⟩ Klammer auf ⟦Serie vier Bild achtundachtzig¦4:88¦full_de¦a⟧ Klammer zu Punkt ⟨b¦kein "
     "Pleuraerguss⟩. ⟨c¦Mediastinale Lymphknoten nicht vergrößert, größter in Station ⟪4R¦level⟫ mit ⟪8 mm¦size⟫⟩ "
     "Klammer auf ⟦Serie 4 Bild 52¦4:52¦full_de¦c⟧ Klammer zu."),
    ("x_de11", "DE",
     "Schlüsselbilder im PACS markiert (Key Image ⟪1¦counter⟫ bis ⟪4¦counter⟫). ⟨a¦Pankreaskopfraumforderung "
     "⟪32 mm¦size⟫ mit Ummauerung der AMS über ⟪180°¦ratio⟫⟩ (KI ⟪1¦counter⟫: ⟦Se 6 Bi 47¦6:47¦abbrev_de¦a⟧, "
     "koronar ⟦Se 601 Bi 58¦601:58¦plane¦a⟧). ⟨b¦Kontakt zur Pfortader ⟪90°¦ratio⟫⟩ (KI ⟪2¦counter⟫: "
     "⟦Se 6 Bi 51¦6:51¦abbrev_de¦b⟧). CA 19-9 ⟪880 U/ml¦lab⟫. Tumorboard ⟪Mi 15:30¦time⟫."),
    ("x_de12", "DE",
     "Knochenszintigraphie-korreliertes CT, Serie 3 (Knochenfenster):\n"
     "⟨a¦osteoblastische Metastase BWK ⟪8¦level⟫⟩ ⟦Bild 120¦3:120¦image_only¦a⟧; ⟨b¦Os ilium rechts ⟪2,3 cm¦size⟫⟩ "
     "⟦Bild 301¦3:301¦image_only¦b⟧; ⟨c¦Rippe ⟪6¦level⟫ links⟩ ⟦Bild 88¦3:88¦image_only¦c⟧.\n"
     "Im Vor-CT (⟪03/2026¦date⟫) ⟨d¦BWK-Herd bereits angedeutet⟩ (VU ⟦Serie 3, Bild 117¦p3:117¦prior¦d⟧). "
     "PSA ⟪38¦lab⟫, Gleason ⟪4+5¦staging⟫."),
    ("x_de13", "DE",
     "Beurteilung:\n1. ⟨a¦Hochgradiger Verdacht auf HCC Segment ⟪VIII¦segment⟫, LR-⟪5¦birads⟫⟩ (⟦Bild 9/41¦9:41¦impression¦a⟧).\n"
     "2. ⟨b¦Zweite Läsion Segment ⟪II¦segment⟫ LR-⟪3¦birads⟫, ⟪9 mm¦size⟫⟩ (⟦Bild 9/12 und 9/14¦9:12,9:14¦impression¦b⟧).\n"
     "3. ⟨c¦Milz ⟪14 cm¦size⟫, Aszites gering⟩ (⟦S. 4, B. 70¦4:70¦impression¦c⟧). Rückruf unter ⟪0221 478-3312¦phone⟫."),
)

_AT = (
    ("x_at01", "AT",
     "Teleradiologischer Nachtbefund (Befundung extern, ⟪03:20¦time⟫). CT Abdomen bei Unterbauchschmerz rechts, CRP ⟪187 mg/l¦lab⟫. "
     "⟨a¦Appendix auf ⟪11 mm¦size⟫ verdickt mit Appendikolith und periappendizealer Imbibierung⟩ (⟦Se:5/Bi:88¦5:88¦abbrev_de¦a⟧, "
     "⟦Se:5/Bi:91-94¦5:91-94¦range¦a⟧). ⟨b¦Kein freies Gas, keine Abszedierung⟩. Rückmeldung an Chirurgie "
     "(Pager ⟪8812¦phone⟫).\nNachtrag Fachärztin ⟪07:40¦time⟫: Befund bestätigt."),
    ("x_at02", "AT",
     "Zielläsionen RECIST 1.1 (Ausgangsuntersuchung ⟪18. Jänner 2026¦date⟫ / Nadir ⟪5. Mai 2026¦date⟫ / heute):\n"
     "ZL1 ⟨z1¦Lungenmetastase UL rechts⟩ ⟪24¦size⟫ (⟦Ser 4 · Bild 190¦p4:190¦prior¦z1⟧) / ⟪12¦size⟫ "
     "(⟦Ser 4 · Bild 188¦p4:188¦prior¦z1⟧) / ⟪12 mm¦size⟫ (⟦Ser 4 · Bild 186¦4:186¦abbrev_de¦z1⟧)\n"
     "ZL2 ⟨z2¦Lebermetastase S⟪5¦segment⟫⟩ ⟪33¦size⟫ (⟦Ser 3 · Bild 61¦p3:61¦prior¦z2⟧) / ⟪20¦size⟫ "
     "(⟦Ser 3 · Bild 63¦p3:63¦prior¦z2⟧) / ⟪19 mm¦size⟫ (⟦Ser 3 · Bild 62¦3:62¦abbrev_de¦z2⟧)\n"
     "Gesamtsumme ⟪31 mm¦size⟫ (Nadir ⟪32 mm¦size⟫): SD. Nächste Kontrolle nach ⟪3¦counter⟫ Zyklen."),
    ("x_at03", "AT",
     "Polytrauma-Spirale, Schockraum ⟪22:05¦time⟫. ⟨a¦Beckenringfraktur Typ ⟪C1.3¦staging⟫ nach AO/Tile mit "
     "Sprengung der ISG rechts⟩ (⟦Schnittbild 240, Serie 7¦7:240¦slice_word¦a⟧). ⟨b¦Aktive "
     "Kontrastmittelextravasation aus Ast der A. iliaca interna rechts⟩ (arteriell ⟦Serie 4, Bild 212¦4:212¦full_de¦b⟧; "
     "venös ⟦Serie 7, Bild 238¦7:238¦full_de¦b⟧). RR ⟪85/50 mmHg¦blood_pressure⟫, Hb ⟪7,9 g/dl¦lab⟫. "
     "Angiographie um ⟪22:40¦time⟫ verständigt."),
    ("x_at04", "AT",
     "MRT Prostata, Voruntersuchung ⟪Oktober 2025¦date⟫ (PI-RADS ⟪3¦birads⟫). PSA ⟪6,8¦lab⟫. ⟨a¦Im Vergleich "
     "progrediente Läsion der Transitionalzone anterior links, nun ⟪16 mm¦size⟫, PI-RADS ⟪4¦birads⟫⟩ "
     "(T2 tra ⟦Sr 6 Bi 11¦6:11¦abbrev_de¦a⟧, ADC ⟦Sr 9 Bi 11¦9:11¦abbrev_de¦a⟧; VU ⟦Sr 6 Bi 12¦p6:12¦prior¦a⟧). "
     "⟨b¦Samenblasen frei⟩. ⟨c¦Kein Hinweis auf Lymphknotenmetastasen, iliakal links ⟪6 mm¦size⟫⟩ (⟦Sr 3 Bi 20¦3:20¦abbrev_de¦c⟧)."),
    ("x_at05", "AT",
     "Leber-MRT HCC-Surveillance, Zirrhose Child ⟪B7¦staging⟫. Vergleich: Vor-MRT ⟪14. Jänner 2026¦date⟫. "
     "⟨a¦Beobachtung 1 in Segment ⟪VIII¦segment⟫ ⟪19 mm¦size⟫ (VU ⟪13 mm¦size⟫), nicht-randständiges APHE, Washout, "
     "Threshold-Growth, LR-⟪5¦birads⟫⟩ (⟦Se 12/Bi 30¦12:30¦slash¦a⟧, VU ⟦Se 11/Bi 28¦p11:28¦prior¦a⟧). "
     "⟨b¦Beobachtung 2 in Segment ⟪III¦segment⟫ ⟪8 mm¦size⟫, LR-⟪3¦birads⟫⟩ (⟦Se 12/Bi 18¦12:18¦slash¦b⟧). AFP ⟪22¦lab⟫."),
    ("x_at06", "AT",
     "Low-Dose-CT Lungenkrebsfrüherkennung, Runde ⟪2¦counter⟫, CTDIvol ⟪1,1 mGy¦dose⟫. ⟨a¦Teilsolider Knoten "
     "Oberlappen links, gesamt ⟪14 mm¦size⟫, solider Anteil ⟪6 mm¦size⟫⟩ (⟦Bildnummer 212, Ser. 4¦4:212¦full_de¦a⟧), "
     "⟨b¦in der Vorrunde gesamt ⟪11 mm¦size⟫⟩ (⟦Bildnummer 207, Ser. 4¦p4:207¦prior¦b⟧). Lung-RADS ⟪4A¦birads⟫, "
     "⟪3¦followup⟫-Monats-Kontrolle empfohlen, ⟪40¦counter⟫ Packungsjahre."),
    ("x_at07", "AT",
     "Interim-PET/CT nach ⟪2¦counter⟫ Zyklen ABVD, Lugano. ⟨a¦Supraklavikulärer Lymphknoten links mit "
     "Restaktivität unter Leberniveau, Deauville ⟪3¦lab⟫⟩ (⟦Se 4 Img 44¦4:44¦abbrev_de¦a⟧; Staging ⟦Se 4 Img 47¦p4:47¦prior¦a⟧). "
     "⟨b¦Mediastinal komplette metabolische Remission⟩ (⟦Se 4 Img 70 bis 82¦4:70-82¦range¦b⟧). SUVmax Leber "
     "⟪2,4¦lab⟫, Blutpool ⟪1,8¦lab⟫. Gesamt: CMR, ⟪Deauville 3¦lab⟫."),
    ("x_at08", "AT",
     "Diktiert, Spracherkennung: ⟨a¦Im Segment sechs eine hypodense Läsion mit ⟪zwölf Millimetern¦size⟫⟩ "
     "Klammer ⟦Serie sechs Bild zweiundvierzig¦6:42¦full_de¦a⟧ Klammer zu Beistrich ⟨b¦eine weitere im Segment "
     "⟪sieben¦segment⟫⟩ Klammer ⟦Serie sechs Bild achtundfünfzig¦6:58¦full_de¦b⟧ Klammer zu Punkt Absatz "
     "⟨c¦Gallenblase mit Konkrement ⟪18 mm¦size⟫⟩ ⟦Se 6 Bi 66¦6:66¦abbrev_de¦c⟧."),
    ("x_at09", "AT",
     "CT Thorax/Abdomen Restaging Mammakarzinom (RTF-Import, Zeilenumbrüche verloren)Befund:⟨a¦Neue "
     "osteolytische Läsion LWK ⟪3¦level⟫ mit Hinterkantenbeteiligung⟩ ⟦Se 8 Bi 77¦8:77¦abbrev_de¦a⟧"
     "⟨b¦Pleuraerguss links ⟪2 cm¦size⟫⟩ ⟦Se 3 Bi 201¦3:201¦abbrev_de¦b⟧Beurteilung:⟨c¦ossärer Progress⟩ ⟦Se 8 Bi 77¦8:77¦impression¦c⟧, "
     "CA 15-3 ⟪94 U/ml¦lab⟫."),
    ("x_at10", "AT",
     "PACS-Notiz (Schlüsselbilder ⟪3¦counter⟫ von ⟪5¦counter⟫): ⟨a¦Subsegmentale Lungenembolie UL rechts "
     "⟪A10¦segment⟫⟩ ⟦Se:3/Bi:144¦3:144¦abbrev_de¦a⟧ | ⟨b¦RV/LV ⟪0,9¦ratio⟫⟩ ⟦Se:3/Bi:96¦3:96¦abbrev_de¦b⟧ | "
     "⟨c¦kleiner Infarkt pleuraständig⟩ ⟦Se:3/Bi:150¦3:150¦abbrev_de¦c⟧. D-Dimer ⟪4,2 mg/l¦lab⟫, Wells ⟪4,5¦lab⟫."),
    ("x_at11", "AT",
     "Vorläufiger Befund (Turnusärztin/Assistenz) ⟪01:35¦time⟫: ⟨a¦Intrazerebrale Blutung Stammganglien links, "
     "ca. ⟪28 ml¦size⟫⟩ (⟦Serie 2 Bild 18 bis 24¦2:18-24¦range¦a⟧). Kontroll-CT ⟪06:50¦time⟫, Vergleich Aufnahme-CT: "
     "⟨b¦Volumen nun ⟪31 ml¦size⟫, Ventrikeleinbruch neu⟩ (⟦Serie 2 Bild 21¦2:21¦full_de¦b⟧; Aufnahme-CT "
     "⟦Serie 2 Bild 21¦p2:21¦prior¦b⟧). INR ⟪1,1¦lab⟫, RR ⟪190/105¦blood_pressure⟫."),
    ("x_at12", "AT",
     "Verlaufstabelle Lymphome (Serie/Bild heute | Serie/Bild Staging):\n"
     "⟨l1¦axillär rechts ⟪22 x 15 mm¦size⟫⟩ ⟦4/56¦4:56¦slash¦l1⟧ | ⟦4/60¦p4:60¦prior¦l1⟧\n"
     "⟨l2¦retroperitoneal ⟪31 x 20 mm¦size⟫⟩ ⟦5/88¦5:88¦slash¦l2⟧ | ⟦5/93¦p5:93¦prior¦l2⟧\n"
     "⟨l3¦inguinal links ⟪12 x 9 mm¦size⟫⟩ ⟦5/190¦5:190¦slash¦l3⟧ | ⟦5/188¦p5:188¦prior¦l3⟧\n"
     "SPD ⟪1021 mm²¦size⟫, Abnahme ⟪48 %¦ratio⟫: PR."),
    ("x_at13", "AT",
     "Ovarialkarzinom ⟪FIGO IIIC¦staging⟫, präoperatives Staging. ⟨a¦Omental cake bis ⟪4 cm¦size⟫⟩ "
     "(⟦Serie 5 Img 61¦5:61¦abbrev_de¦a⟧). ⟨b¦Peritonealknoten am Leberrand Segment ⟪VI¦segment⟫⟩ "
     "(⟦Img 48¦5:48¦image_only¦b⟧ derselben Serie). ⟨c¦Aszites mäßig⟩. PCI geschätzt ⟪18¦lab⟫, CA-125 ⟪1240¦lab⟫."),
)

_CH = (
    ("x_ch01", "CH",
     "Tumorzentrum, Restaging NSCLC unter Pembrolizumab, Zyklus ⟪6¦counter⟫. Vergleich mit Baseline vom "
     "⟪03.02.2026¦date⟫ und Nadir vom ⟪28.05.2026¦date⟫. ⟨a¦Primärtumor Oberlappen rechts heute ⟪34 mm¦size⟫⟩ "
     "[⟦S4/B77¦4:77¦slash¦a⟧], ⟨b¦im Nadir ⟪29 mm¦size⟫⟩ [⟦S4/B80¦p4:80¦prior¦b⟧], ⟨c¦an der Baseline "
     "⟪41 mm¦size⟫⟩ [⟦S3/B71¦p3:71¦prior¦c⟧]. Zunahme ⟪17 %¦ratio⟫ zum Nadir, absolut ⟪5 mm¦size⟫: noch SD."),
    ("x_ch02", "CH",
     "Schockraum-CT ⟪04:12¦time⟫, Sturz aus ⟪6 m¦size⟫ Höhe. ⟨a¦Instabile Berstungsfraktur LWK ⟪1¦level⟫ mit "
     "Hinterkantenretropulsion von ⟪7 mm¦size⟫⟩ (sag. ⟦Se. 9 | Bi. 41¦9:41¦plane¦a⟧). ⟨b¦Calcaneusfraktur "
     "beidseits, Böhler-Winkel rechts ⟪12°¦ratio⟫⟩ (⟦Se. 12 | Bi. 88¦12:88¦abbrev_de¦b⟧ und ⟦Bi. 140¦12:140¦image_only¦b⟧). "
     "⟨c¦Keine intrakranielle Blutung⟩. TLICS ⟪7¦lab⟫."),
    ("x_ch03", "CH",
     "MR Leber (Primovist). ⟨a¦Im Segment ⟪IVb¦segment⟫ ⟪17 mm¦size⟫ grosse Beobachtung mit APHE ohne Washout, "
     "hepatobiliär hypointens, LR-⟪4¦birads⟫⟩ (⟦Bild 33 Se 10¦10:33¦full_de¦a⟧). Im Fremd-MRT vom "
     "⟪11.11.2025¦date⟫ ⟨b¦nicht abgrenzbar⟩ (⟦Bild 30 Se 8¦p8:30¦prior¦b⟧). ⟨c¦Pfortader durchgängig⟩. "
     "Besprechung am Leberboard ⟪Do 7:30¦time⟫."),
    ("x_ch04", "CH",
     "Thorax-CT, Verlaufskontrolle eines Zufallsbefundes gemäss Fleischner (Erstbefund ⟪08/2026¦date⟫). "
     "⟨a¦Solider Nodulus Mittellappen ⟪S5¦segment⟫, ⟪6 mm¦size⟫, unverändert⟩ (aktuell ⟦Se 2 · Bi 118¦2:118¦abbrev_de¦a⟧, "
     "Voruntersuchung ⟦Se 2 · Bi 121¦p2:121¦prior¦a⟧). ⟨b¦Perifissuraler Knoten ⟪4 mm¦size⟫ typisch für "
     "intrapulmonalen Lymphknoten⟩ (⟦Se 2 · Bi 160¦2:160¦abbrev_de¦b⟧). Keine weitere Kontrolle bei Niedrigrisiko."),
    ("x_ch05", "CH",
     "Prostata-MRT biparametrisch. PSA ⟪11,2¦lab⟫, Volumen ⟪62 ml¦size⟫. ⟨a¦PZ rechts apikal, ⟪9 mm¦size⟫, "
     "PI-RADS ⟪4¦birads⟫⟩ (T2 ⟦Ser.4/Im.22¦4:22¦abbrev_de¦a⟧, DWI b⟪1400¦counter⟫ ⟦Ser.6/Im.22¦6:22¦abbrev_de¦a⟧). "
     "⟨b¦TZ anterior, ⟪12 mm¦size⟫, PI-RADS ⟪3¦birads⟫⟩ (⟦Ser.4/Im.15-17¦4:15-17¦range¦b⟧). Biopsie-Targets "
     "T1 und T2 im Fusionssystem ⟪#3¦counter⟫ hinterlegt."),
    ("x_ch06", "CH",
     "Teleradiologie Nachtbefund ⟪00:58¦time⟫ (Zuweisung Spital extern, Tel. ⟪+41 61 555 32 10¦phone⟫). "
     "CT Schädel nativ nach Sturz, Antikoagulation mit Apixaban ⟪5 mg¦dose⟫. ⟨a¦Schmales subdurales Hämatom "
     "links parietal, ⟪5 mm¦size⟫⟩ (⟦Serie 3, Schicht 19 und 22¦3:19,3:22¦list¦a⟧). ⟨b¦Kalottenfraktur "
     "occipital rechts nicht disloziert⟩ (Knochenfenster ⟦Serie 4, Schicht 30¦4:30¦slice_word¦b⟧). "
     "Addendum OA ⟪08:15¦time⟫: einverstanden."),
    ("x_ch07", "CH",
     "PET/CT Abschluss nach ⟪6¦counter⟫ Zyklen R-CHOP, Lugano. Serie 5 (fusioniert):\n"
     "- ⟨a¦Restmasse mediastinal ⟪38 x 22 mm¦size⟫, Deauville ⟪2¦lab⟫⟩ ⟦Bild 61¦5:61¦image_only¦a⟧\n"
     "- ⟨b¦Milz ohne fokale Mehrspeicherung⟩ ⟦Bild 140¦5:140¦image_only¦b⟧\n"
     "- ⟨c¦neu fokal Os sacrum, Deauville ⟪4¦lab⟫, SUVmax ⟪5,6¦lab⟫⟩ ⟦Bild 230 und 233¦5:230,5:233¦list¦c⟧\n"
     "⟨d¦Bei Staging mediastinal ⟪72 mm¦size⟫⟩ (Staging ⟦Serie 5, Bild 58¦p5:58¦prior¦d⟧)."),
    ("x_ch08", "CH",
     "Befund aus RTF übernommen: CT Abdomen, Verdacht auf Anastomoseninsuffizienz postop. Tag ⟪5¦counter⟫.⟨a¦Flüssigkeitskollektion "
     "präsakral mit Gaseinschlüssen ⟪5,2 x 3,1 cm¦size⟫⟩ ⟦Se 4 Bi 98-104¦4:98-104¦range¦a⟧⟨b¦Kontrastmittelaustritt "
     "an der Anastomose nach rektaler Füllung⟩ ⟦Se 6 Bi 44¦6:44¦abbrev_de¦b⟧Beurteilung: ⟨c¦Anastomoseninsuffizienz⟩ "
     "⟦Se 6 Bi 44¦6:44¦impression¦c⟧, Chirurgie informiert ⟪16:22¦time⟫."),
    ("x_ch09", "CH",
     "Ganzkörper-MRT Multiples Myelom, Vergleich auswärtiges MRT ⟪Juni 2026¦date⟫. ⟨a¦Fokale Läsionen BWK "
     "⟪7¦level⟫ und LWK ⟪2¦level⟫, grösste ⟪14 mm¦size⟫⟩ (Sequenz DWI, ⟦Se 801 Bi 55 und 71¦801:55,801:71¦list¦a⟧). "
     "⟨b¦Im auswärtigen MRT BWK ⟪7¦level⟫ ⟪9 mm¦size⟫⟩ (⟦Se 5 Bi 12¦p5:12¦prior¦b⟧). ADC ⟪890¦lab⟫, "
     "freie Leichtketten ⟪410 mg/l¦lab⟫."),
    ("x_ch10", "CH",
     "PACS-Schlüsselbilder (KB ⟪1¦counter⟫–⟪3¦counter⟫) zum Tumorboard: KB ⟪1¦counter⟫ ⟨a¦Pankreasschwanztumor "
     "⟪27 mm¦size⟫⟩ ⟦Se5Bi72¦5:72¦glued¦a⟧; KB ⟪2¦counter⟫ ⟨b¦Milzveneninfiltration⟩ ⟦Se5Bi70¦5:70¦glued¦b⟧; "
     "KB ⟪3¦counter⟫ ⟨c¦Lebermetastase Segment ⟪II¦segment⟫ ⟪8 mm¦size⟫⟩ ⟦Se5Bi31¦5:31¦glued¦c⟧. "
     "Resektabilität: borderline (NCCN ⟪2025¦date⟫)."),
    ("x_ch11", "CH",
     "Vorläufiger Befund Assistenzarzt: ⟨a¦Dissektion der Aorta Stanford Typ ⟪B¦staging⟫ ab Abgang der A. "
     "subclavia links⟩ (⟦Se 3, Bi 40¦3:40¦abbrev_de¦a⟧) bis ⟨b¦Höhe Nierenarterien⟩ (⟦Se 3, Bi 212¦3:212¦abbrev_de¦b⟧). "
     "Definitiver Befund Kaderarzt: ⟨c¦zusätzlich Malperfusion der linken Niere⟩ (koronar ⟦Se 602, Bi 77¦602:77¦plane¦c⟧). "
     "Laktat ⟪3,4 mmol/l¦lab⟫, Kreatinin ⟪142 µmol/l¦lab⟫."),
    ("x_ch12", "CH",
     "Diktat (Spracherkennung): ⟨a¦Rundherd im Unterlappen links ⟪elf Millimeter¦size⟫⟩ ⟦Serie drei Bild "
     "hundertzwölf¦3:112¦full_de¦a⟧ Komma ⟨b¦im Vergleich zur Voruntersuchung vom ⟪2. März¦date⟫ ⟪neun Millimeter¦size⟫⟩ ⟦Serie "
     "drei Bild hundertacht¦p3:108¦prior¦b⟧ Punkt. Lung-RADS ⟪4A¦birads⟫."),
    ("x_ch13", "CH",
     "Beurteilung\n1. ⟨a¦Progrediente Lebermetastasen kolorektal, grösste Segment ⟪VIII¦segment⟫ ⟪48 mm¦size⟫ "
     "(VU ⟪35 mm¦size⟫)⟩ [⟦Serie 3: Bild 40¦3:40¦impression¦a⟧ | VU ⟦Serie 3: Bild 44¦p3:44¦prior¦a⟧].\n"
     "2. ⟨b¦Neue Lungenmetastasen beidseits⟩ [⟦Serie 5: Bild 101, 133 und 150¦5:101,5:133,5:150¦impression¦b⟧].\n"
     "3. ⟨c¦CEA ⟪88 µg/l¦lab⟫ steigend⟩; nächste Kontrolle in ⟪8 Wochen¦followup⟫."),
)

_UK = (
    ("x_uk01", "UK",
     "Preliminary report (outsourced overnight reporting, ⟪03:14¦time⟫): CT trauma pan-scan. ⟨a¦Grade ⟪IV¦staging⟫ "
     "liver laceration involving segments ⟪VII¦segment⟫ and ⟪VIII¦segment⟫ with active arterial blush⟩ (⟦Se 4, Im 77¦4:77¦abbrev_en¦a⟧; "
     "portal venous ⟦Se 6, Im 80¦6:80¦abbrev_en¦a⟧). ⟨b¦Right ⟪5th¦level⟫ to ⟪8th¦level⟫ rib fractures⟩ "
     "(⟦Se 9, Im 40, 52 and 66¦9:40,9:52,9:66¦list¦b⟧).\nConsultant addendum ⟪08:20¦time⟫: agree; ⟨c¦also a "
     "small right pneumothorax, ⟪9 mm¦size⟫ rim⟩ (⟦Se 3, Im 61¦3:61¦abbrev_en¦c⟧). Discussed with the trauma team "
     "on ext ⟪2231¦phone⟫."),
    ("x_uk02", "UK",
     "MRI prostate. PSA ⟪7.3¦lab⟫, PSAd ⟪0.16¦ratio⟫. ⟨a¦Left peripheral zone lesion at the mid gland, ⟪11 mm¦size⟫, "
     "restricted diffusion, Likert ⟪4/5¦birads⟫ (PI-RADS ⟪4¦birads⟫)⟩ (T2 ⟦series 4 img 12¦4:12¦abbrev_en¦a⟧, ADC "
     "⟦series 7 img 12¦7:12¦abbrev_en¦a⟧). ⟨b¦No extraprostatic extension; seminal vesicles clear⟩. ⟨c¦Right obturator "
     "node ⟪5 mm¦size⟫, not suspicious⟩ (⟦series 3 img 18¦3:18¦abbrev_en¦c⟧). Staging ⟪T2c¦staging⟫ at most."),
    ("x_uk03", "UK",
     "CT chest follow-up of pulmonary nodule (BTS). ⟨a¦The ⟪8 mm¦size⟫ solid nodule in the right upper lobe is now "
     "⟪9 mm¦size⟫, volume ⟪312¦size⟫ to ⟪358 mm³¦size⟫, VDT ⟪612 days¦counter⟫⟩ (⟦S4 #88¦4:88¦abbrev_en¦a⟧; previously "
     "⟦S4 #86¦p4:86¦prior¦a⟧). Brock risk ⟪6.1%¦ratio⟫. Recommend CT in ⟪12 months¦followup⟫."),
    ("x_uk04", "UK",
     "RECIST 1.1 table, [series/image] (baseline ⟪02/04/2026¦date⟫, nadir ⟪18/06/2026¦date⟫, today):\n"
     "T1 ⟨r1¦right lower lobe mass⟩: ⟪45¦size⟫ [⟦5/61¦p5:61¦prior¦r1⟧] / ⟪30¦size⟫ [⟦5/63¦p5:63¦prior¦r1⟧] / ⟪28 mm¦size⟫ [⟦5/62¦5:62¦slash¦r1⟧]\n"
     "T2 ⟨r2¦subcarinal node⟩: ⟪22¦size⟫ [⟦5/40¦p5:40¦prior¦r2⟧] / ⟪11¦size⟫ [⟦5/41¦p5:41¦prior¦r2⟧] / ⟪10 mm¦size⟫ [⟦5/40¦5:40¦slash¦r2⟧]\n"
     "Non-target: ⟨r3¦left adrenal nodule unchanged⟩ [⟦6/88¦6:88¦slash¦r3⟧]. Sum ⟪38 mm¦size⟫, ⟪-43%¦ratio⟫ from "
     "baseline: PR."),
    ("x_uk05", "UK",
     "Registrar preliminary report, CT head, ⟪21:40¦time⟫, GCS ⟪14¦lab⟫, on warfarin INR ⟪3.2¦lab⟫. ⟨a¦Acute "
     "left convexity subdural haematoma, maximal depth ⟪7 mm¦size⟫⟩ (⟦image 22, series 2¦2:22¦full_en¦a⟧). ⟨b¦No midline "
     "shift⟩. Consultant verification next morning: ⟨c¦additional small contusion left temporal pole⟩ "
     "(⟦image 9, series 2¦2:9¦full_en¦c⟧). Neurosurgery (bleep ⟪6042¦phone⟫) aware."),
    ("x_uk06", "UK",
     "Lymphoma, interim PET-CT after ⟪2¦counter⟫ cycles (Lugano). ⟨a¦Residual uptake in the left axillary node, "
     "Deauville ⟪4¦lab⟫, SUVmax ⟪4.8¦lab⟫ vs liver ⟪2.6¦lab⟫⟩ (fused ⟦series 5, slice 141¦5:141¦slice_word¦a⟧). "
     "⟨b¦At baseline SUVmax ⟪14.2¦lab⟫⟩ (baseline ⟦se 5 sl 139¦p5:139¦prior¦b⟧). ⟨c¦Elsewhere complete metabolic "
     "response⟩. Overall Deauville ⟪4¦lab⟫: partial metabolic response."),
    ("x_uk07", "UK",
     "Key images saved to PACS (KI ⟪1¦counter⟫-⟪4¦counter⟫). ⟨a¦Obstructing sigmoid tumour, ⟪6 cm¦size⟫ length⟩ "
     "⟦Se 3 Im 140-152¦3:140-152¦range¦a⟧; ⟨b¦caecal diameter ⟪9.5 cm¦size⟫⟩ ⟦Se 3 Im 101¦3:101¦abbrev_en¦b⟧; ⟨c¦segment ⟪IVa¦segment⟫ "
     "metastasis ⟪14 mm¦size⟫⟩ ⟦Se 3 Im 52¦3:52¦abbrev_en¦c⟧. ⟪T4a N1 M1a¦staging⟫ radiologically. "
     "Surgical registrar informed ⟪02:05¦time⟫."),
    ("x_uk08", "UK",
     "Dictated: ⟨a¦there is a new ⟪12 mm¦size⟫ nodule in the left lower lobe⟩ open bracket ⟦series four image one "
     "hundred and six¦4:106¦full_en¦a⟧ close bracket full stop ⟨b¦it measured ⟪8 mm¦size⟫ on the previous study⟩ open bracket ⟦series "
     "four image one hundred and two¦p4:102¦prior¦b⟧ close bracket full stop new paragraph ⟨c¦no pleural effusion⟩."),
    ("x_uk09", "UK",
     "Whole body CT, ⟪55¦age⟫-year-old motorcyclist, ISS estimated ⟪29¦lab⟫. ⟨a¦Open book pelvic injury, "
     "symphyseal diastasis ⟪32 mm¦size⟫⟩ (axial ⟦Se 5 Im 301¦5:301¦abbrev_en¦a⟧, coronal ⟦Se 602 Im 48¦602:48¦plane¦a⟧). "
     "⟨b¦Left ⟪C6/7¦level⟫ facet perch⟩ (sagittal ⟦Se 8 Im 33¦8:33¦plane¦b⟧). BP ⟪92/60¦blood_pressure⟫, "
     "lactate ⟪5.1¦lab⟫."),
    ("x_uk10", "UK",
     "MRI liver (hepatocyte-specific contrast). Comparison: outside CT ⟪14/05/2026¦date⟫. ⟨a¦Segment "
     "⟪VI¦segment⟫ ⟪21 mm¦size⟫ observation with nonrim APHE and washout, LR-⟪5¦birads⟫⟩ ("
     "⟦ser4:im35¦4:35¦compact¦a⟧). ⟨b¦On the outside CT ⟪16 mm¦size⟫⟩ (⟦ser2:im61¦p2:61¦prior¦b⟧). ⟨c¦Small "
     "volume ascites⟩. MELD ⟪14¦lab⟫; discuss at HPB MDT ⟪Thursday 08:00¦time⟫."),
    ("x_uk11", "UK",
     "Report imported from legacy RIS (formatting lost)FINDINGS:⟨a¦Enlarged left supraclavicular node ⟪19 mm¦size⟫ "
     "short axis⟩ ⟦se 3 im 18¦3:18¦abbrev_en¦a⟧⟨b¦Pleural thickening right base ⟪6 mm¦size⟫⟩ ⟦se 3 im 140 and im 146¦3:140,3:146¦list¦b⟧IMPRESSION:"
     "⟨c¦Nodal recurrence⟩ ⟦se 3 im 18¦3:18¦impression¦c⟧."),
    ("x_uk12", "UK",
     "Cancer centre restaging, ovarian ca ⟪FIGO IIIC¦staging⟫, post ⟪3¦counter⟫ cycles carboplatin. Series 3 "
     "(portal venous):\n⟨a¦omental deposit now ⟪22 mm¦size⟫⟩ - ⟦image 55¦3:55¦image_only¦a⟧\n⟨b¦right paracolic deposit "
     "⟪11 mm¦size⟫⟩ - ⟦images 88 to 92¦3:88-92¦range¦b⟧\n⟨c¦pelvic ascites reduced⟩ - ⟦image 160¦3:160¦image_only¦c⟧\nCA-125 ⟪312¦lab⟫ (was ⟪1450¦lab⟫)."),
    ("x_uk13", "UK",
     "IMPRESSION:\n1. ⟨a¦Progressive disease in the liver, segment ⟪VIII¦segment⟫ deposit ⟪38 mm¦size⟫ from "
     "⟪29 mm¦size⟫⟩ (⟦IM77 SE4¦4:77¦impression¦a⟧; prior ⟦IM74 SE4¦p4:74¦prior¦a⟧).\n2. ⟨b¦Stable bone "
     "metastasis ⟪L2¦level⟫⟩ (⟦IM201 SE8¦8:201¦impression¦b⟧).\nCall back on ⟪0161 555 0142¦phone⟫."),
)

_US = (
    ("x_us01", "US",
     "PRELIMINARY (nighthawk teleradiology, ⟪2:51 AM¦time⟫ CT): ⟨a¦Grade ⟪3¦staging⟫ splenic laceration with "
     "moderate hemoperitoneum⟩ (⟦se 3, im 114¦3:114¦abbrev_en¦a⟧). ⟨b¦Nondisplaced left ⟪9th¦level⟫ and ⟪10th¦level⟫ rib fractures⟩ "
     "(⟦se 3, im 88 and 97¦3:88,3:97¦list¦b⟧). FINAL, attending addendum ⟪7:48 AM¦time⟫: agree; ⟨c¦additionally "
     "a small left renal contusion⟩ (⟦se 3, im 131¦3:131¦abbrev_en¦c⟧). Findings called to Dr. Ruiz at "
     "⟪(612) 555-0188¦phone⟫ at ⟪7:52 AM¦time⟫."),
    ("x_us02", "US",
     "LI-RADS v2018. Comparison: MRI ⟪3/2/2026¦date⟫. ⟨a¦Observation 1, segment ⟪5¦segment⟫, ⟪2.4 cm¦size⟫ "
     "(previously ⟪1.6 cm¦size⟫), nonrim APHE, nonperipheral washout, enhancing capsule: LR-⟪5¦birads⟫⟩ "
     "(⟦image 44 series 9¦9:44¦full_en¦a⟧; on prior ⟦image 41 series 9¦p9:41¦prior¦a⟧). ⟨b¦Observation 2, "
     "segment ⟪2¦segment⟫, ⟪8 mm¦size⟫, LR-⟪3¦birads⟫⟩ (⟦image 20 series 9¦9:20¦full_en¦b⟧). AFP ⟪9 ng/mL¦lab⟫."),
    ("x_us03", "US",
     "Lung cancer screening LDCT, Lung-RADS v2022. ⟨a¦Right upper lobe part-solid nodule, mean diameter "
     "⟪9.8 mm¦size⟫ with ⟪4 mm¦size⟫ solid component⟩ (⟦series 3 image #77¦3:77¦full_en¦a⟧). ⟨b¦Left lower lobe ⟪3 mm¦size⟫ "
     "solid nodule, stable⟩ (⟦series 3 image #212¦3:212¦full_en¦b⟧; ⟦series 3 image #210¦p3:210¦prior¦b⟧ on "
     "⟪5/11/2025¦date⟫). Category ⟪4A¦birads⟫; ⟪3-month¦followup⟫ LDCT. ⟪35¦counter⟫ pack-years, quit ⟪2019¦date⟫."),
    ("x_us04", "US",
     "Response assessment, RECIST 1.1 (citations as series-image)\n"
     "Lesion | Baseline (⟪6/3/2026¦date⟫) | Nadir (⟪8/5/2026¦date⟫) | Current\n"
     "⟨u1¦T1 liver seg ⟪7¦segment⟫⟩ | ⟪38¦size⟫ (⟦4-55¦p4:55¦prior¦u1⟧) | ⟪21¦size⟫ (⟦4-57¦p4:57¦prior¦u1⟧) | ⟪26 mm¦size⟫ (⟦4-56¦4:56¦slash¦u1⟧)\n"
     "⟨u2¦T2 porta hepatis node⟩ | ⟪19¦size⟫ (⟦4-48¦p4:48¦prior¦u2⟧) | ⟪12¦size⟫ (⟦4-47¦p4:47¦prior¦u2⟧) | ⟪17 mm¦size⟫ (⟦4-49¦4:49¦slash¦u2⟧)\n"
     "Sum ⟪43 mm¦size⟫ vs nadir ⟪33 mm¦size⟫ = ⟪+30%¦ratio⟫: progressive disease."),
    ("x_us05", "US",
     "MRI prostate, PSA ⟪8.9 ng/mL¦lab⟫. ⟨a¦Left PZ posterolateral base lesion, ⟪1.3 cm¦size⟫, PI-RADS "
     "⟪5¦birads⟫, with focal extraprostatic extension⟩ (T2 axial ⟦5:18¦5:18¦compact¦a⟧; DWI ⟦8:18¦8:18¦compact¦a⟧; "
     "ADC ⟦9:19¦9:19¦compact¦a⟧). ⟨b¦Right external iliac node ⟪9 mm¦size⟫ short axis⟩ (⟦3:41¦3:41¦compact¦b⟧). "
     "Suspected ⟪T3a N1¦staging⟫; Gleason ⟪4+3¦staging⟫ on prior biopsy."),
    ("x_us06", "US",
     "Head CT, code stroke ⟪11:07 PM¦time⟫, LKW ⟪9:30 PM¦time⟫, NIHSS ⟪14¦lab⟫. ⟨a¦Hyperdense left MCA sign⟩ "
     "(⟦se 2 im 14¦2:14¦abbrev_en¦a⟧). ⟨b¦ASPECTS ⟪8¦lab⟫ with loss of insular ribbon⟩ (⟦se 2 im 11-13¦2:11-13¦range¦b⟧). CTA: "
     "⟨c¦left ⟪M1¦segment⟫ occlusion⟩ (coronal MIP ⟦se 604 im 30¦604:30¦plane¦c⟧). Called to stroke team "
     "pager ⟪4-1122¦phone⟫ at ⟪11:15 PM¦time⟫."),
    ("x_us07", "US",
     "PET/CT end of therapy, Lugano. Comparison baseline ⟪4/14/2026¦date⟫ and interim ⟪6/9/2026¦date⟫. "
     "⟨a¦Left cervical level ⟪IIA¦level⟫ node now ⟪1.1 cm¦size⟫ with uptake below blood pool, Deauville "
     "⟪2¦lab⟫⟩ (⟦series 4 image 58¦4:58¦full_en¦a⟧); ⟨b¦at interim Deauville ⟪4¦lab⟫, SUV ⟪6.2¦lab⟫⟩ "
     "(⟦series 4 image 61¦p4:61¦prior¦b⟧); ⟨c¦at baseline ⟪3.4 cm¦size⟫, SUV ⟪19.8¦lab⟫⟩ "
     "(⟦series 4 image 60¦p4:60¦prior¦c⟧). Complete metabolic response."),
    ("x_us08", "US",
     "Dictated via speech recognition: ⟨a¦hypoenhancing pancreatic head mass measuring ⟪2.9 cm¦size⟫⟩ ⟦series "
     "five image forty two¦5:42¦full_en¦a⟧ period ⟨b¦abutment of the SMV less than ⟪180 degrees¦ratio⟫⟩ ⟦series five image "
     "forty six¦5:46¦full_en¦b⟧ period ⟨c¦CBD dilated to ⟪14 mm¦size⟫⟩ ⟦series five image thirty¦5:30¦full_en¦c⟧ period. CA 19-9 ⟪612¦lab⟫."),
    ("x_us09", "US",
     "Key images (PACS bookmarks ⟪#1¦counter⟫-⟪#3¦counter⟫): ⟨a¦new ⟪1.4 cm¦size⟫ right adrenal nodule, ⟪38 HU¦lab⟫ "
     "on venous phase⟩ = ⟦Series 2 Image 66¦2:66¦full_en¦a⟧; ⟨b¦enlarging aortocaval node ⟪1.8 cm¦size⟫⟩ = ⟦Series 2 Image 80¦2:80¦full_en¦b⟧; "
     "⟨c¦⟪L3¦level⟫ sclerotic focus, unchanged⟩ = ⟦Series 6 Image 44¦6:44¦full_en¦c⟧, prior ⟦Series 6 Image 41¦p6:41¦prior¦c⟧."),
    ("x_us10", "US",
     "Imported from RTF (line breaks lost)FINDINGS: Lungs:⟨a¦Spiculated ⟪2.2 cm¦size⟫ left upper lobe mass⟩ "
     "(⟦im 61 se 3¦3:61¦abbrev_en¦a⟧)⟨b¦Multiple bilateral nodules up to ⟪6 mm¦size⟫⟩ (⟦im 40, 92, 130 se 3¦3:40,3:92,3:130¦list¦b⟧)Mediastinum: "
     "⟨c¦Enlarged ⟪4L¦level⟫ node ⟪1.5 cm¦size⟫⟩ (⟦im 50 se 3¦3:50¦abbrev_en¦c⟧)IMPRESSION: ⟪cT1c N2 M1a¦staging⟫."),
    ("x_us11", "US",
     "Resident preliminary read: ⟨a¦small bowel obstruction with transition point in the right lower "
     "quadrant⟩ (⟦series 2, image 140¦2:140¦full_en¦a⟧). Attending final: ⟨b¦closed loop configuration with "
     "swirl of the mesentery⟩ (coronal ⟦series 603, images 50-58¦603:50-58¦range¦b⟧) and ⟨c¦reduced wall "
     "enhancement⟩ (⟦series 2, image 151¦2:151¦full_en¦c⟧). Surgery paged ⟪3:22 PM¦time⟫; lactate ⟪3.9¦lab⟫."),
    ("x_us12", "US",
     "Chest CT for nodule follow-up (Fleischner ⟪2017¦date⟫), outside CT ⟪1/20/2026¦date⟫ loaded to PACS. "
     "⟨a¦Right middle lobe ⟪7 mm¦size⟫ solid nodule, unchanged over ⟪10 months¦followup⟫⟩ (⟦Se 4 Im 188¦4:188¦abbrev_en¦a⟧; "
     "outside ⟦Se 3 Im 95¦p3:95¦prior¦a⟧). ⟨b¦Perifissural nodule ⟪5 mm¦size⟫⟩ (⟦Se 4 Im 150¦4:150¦abbrev_en¦b⟧), "
     "benign morphology. No further follow-up."),
    ("x_us13", "US",
     "IMPRESSION:\n1. ⟨a¦Interval progression of hepatic metastases, index segment ⟪8¦segment⟫ lesion ⟪4.1 cm¦size⟫ "
     "(previously ⟪3.0 cm¦size⟫)⟩ (⟦6:33¦6:33¦impression¦a⟧ vs ⟦5:30¦p5:30¦prior¦a⟧ on ⟪7/15/2026¦date⟫).\n"
     "2. ⟨b¦New peritoneal implants⟩ (⟦6:102, 6:118¦6:102,6:118¦impression¦b⟧).\n3. Recommend tumor board; "
     "CEA ⟪45¦lab⟫."),
)

_RAW: tuple[tuple[str, str, str], ...] = (*_DE, *_AT, *_CH, *_UK, *_US)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(eid, origin, marked) for eid, origin, marked in _RAW)
