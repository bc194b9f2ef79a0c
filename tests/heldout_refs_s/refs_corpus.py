"""Held-out refs S: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K, L, M,
N, O, P, Q and R (to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's floor test. Written in one pass under time pressure alongside set
T (by another blind writer), then measured once. Do not tune the miner on these texts; measure with
`python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_s.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section; a plane word
changes nothing; a citation into a prior, comparison, baseline, outside or Vorbefund study is gold with
prior_study true and class `prior`. Only the series/image words and numbers are inside a citation's visible
span; brackets, plane, sequence and prior words before it stay outside. Lang follows refs C (German for
DE/AT/CH). Citations a reader could not place were not written.

Mix: 76 excerpts (DE 16, AT 15, CH 15 German; UK 15, US 15 English), 227 gold refs, 44 of them into a prior
study, 305 marked confounders. Site habits leaned on here: general radiology departments of mid-size hospitals,
several RIS templates and dictation systems per site: chest/abdomen CT with numbered findings, spine and joint
MR, oncology follow-up tables (heute/VU, today/baseline/prior columns, bare "5/77" under a "(Serie/Bild)"
legend), neuro CT/MR, emergency reads with call-back numbers. Forms: DE "Se 3/Bi 118", "Serie 4, Bild 9",
"Bild 5/44, 5/51", "Bild 4/55-60", glued "Se2Bi77"/"Serie3Bild112", "S 5 - B 12", "S 6 - B 4 bis B 7",
"Ser.3-Bild 41", "Ser.3-Bild 88 bis 97", "Serie 4 Schicht 15, 16 und 18", "Se:4 Im:77", a "Serie 8 (T2
axial):" heading with "Bild 14", dictated "Serie zwei Bild achtzehn ... Punkt" and "Klammer auf Serie 3
Schrägstrich Bild 22 Klammer zu"; AT "S4/I120", "Serie 3 Bild 11 Beistrich Serie 6 Bild 27 Punkt", "Se 5 Bi 40
- 44", "Sr. 3 Bild 52", "S2 B16", "Serie 5, Bild 14 bis 17", "Bild Nr. 88, Serie 4" then "Bild Nr. 141",
"Schnitt 212/Se 2", "Se. 4, Bi. 201", "Se4Bi17", "S5Bi40", "Sr. 5 Img. 33, Img. 35", series headings
("Serie 6 (venös, koronar):", "Serie 301 (PD fs sagittal):") with image-only lists; CH "Ser4Img61", "Serie 11 /
Bild 70", "Se. 3, Bild 140–152", "[Serie 5: Bild 88]", "SE#5 IM#31, IM#33", "Se 2 Bi 14, 15 und 17", "S3/B8",
"Se 401 Bi 33 – Bi 47", "Se 4 Ima 14", "Ser. 10, Bild 31", "Se 4 Bi 160, Se 4 Bi 172", "Serie 6, Bild 102 –
118"; UK "series 4, image 71", "Se 7 Im 14", "series 3 images 210-224", "slice 22, series 2", "Ser 3, Img 12
and Img 14", "series four image sixty two full stop", a "Series 9 (post-contrast T1 axial):" heading with
"images 31-35", "img 45/ser 3", "Se 2 Im 95 to 120", "S4 I8", "S3 I120-128" then "I61", "series 8, slice 19";
US colon-compact "(4:87)", "(2:64-71)", "601:42", "(3:44, 3:51; baseline 2:40, 2:49)", a Today/Prior pipe table,
"series 5, images 8 and 9", "series 2, images 14 through 17", "se 6 im 14", "series 3 images 122, 150, and
171", "Se: 11 Im: 88", "ser 4 img 130-141", "series 12, images 55 and 58". Prior words: VU, Vor-CT, Vor-MRT,
Vorbefund, Voruntersuchung, Vergleichs-CT/-MRT, externes CT, ausw., Baseline, prior, previous(ly), outside,
baseline, prior CT. Confounders in the same sentences: sizes and volumes, dates, clock times and clock-face
positions, vertebral, disc and nodal levels, liver, lung and prostate segments, doses (CTDIvol, DLP, mSv,
contrast volume), TNM/ARCO/Goutallier/Hinchey/Neer/Koos/Bosniak/Meyerding/Stanford grades, RADS/Deauville/
ASPECTS/NIHSS/GCS/Wells scores, lab values (HU, CRP, CEA, PSA, eGFR, INR), ratios and percentages, counters
(cycles, key images, ICR), phone, bleep and extension numbers, blood pressures, ages and follow-up intervals.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    ("s_de01", "DE",
     "CT Thorax mit KM vom ⟪14.10.2026¦date⟫, Vergleich: VU vom ⟪02.07.2026¦date⟫. Befund: ⟨a¦Im "
     "Mittellappen solider Rundherd von ⟪11 x 9 mm¦size⟫⟩ (⟦Se 3/Bi 118¦3:118¦abbrev_de¦a⟧), ⟨b¦in der VU "
     "⟪7 mm¦size⟫⟩ (VU ⟦Se 3/Bi 121¦p3:121¦prior¦b⟧). ⟨c¦Neu aufgetretener Pleuraerguss rechts, max. ⟪18 "
     "mm¦size⟫⟩ (⟦Se 3/Bi 160¦3:160¦abbrev_de¦c⟧). CTDIvol ⟪6,1 mGy¦dose⟫, DLP ⟪212 mGy*cm¦dose⟫."),
    ("s_de02", "DE",
     "MRT LWS nativ. ⟨a¦Bandscheibenextrusion ⟪LWK 4/5¦level⟫ paramedian links mit Kontakt zur Wurzel "
     "⟪L5¦level⟫⟩ (sag. T2 ⟦Serie 4, Bild 9¦4:9¦full_de¦a⟧; ax. T2 ⟦Serie 7, Bild 22¦7:22¦full_de¦a⟧). "
     "⟨b¦Modic-I-Veränderungen der Grund- und Deckplatten ⟪LWK 5/SWK 1¦level⟫⟩ (⟦Serie 5, Bilder 8 und "
     "10¦5:8,5:10¦list¦b⟧). Sagittaler Durchmesser des Spinalkanals ⟪11 mm¦size⟫."),
    ("s_de03", "DE",
     "Leber: ⟨a¦mehrere hypodense Läsionen in ⟪Segment VII¦segment⟫ und ⟪VIII¦segment⟫, größte ⟪24 "
     "mm¦size⟫⟩ (⟦Bild 5/44, 5/51¦5:44,5:51¦slash¦a⟧); ⟨b¦vorbeschrieben ⟪19 mm¦size⟫⟩ (Vor-CT ⟦Bild "
     "4/40¦p4:40¦prior¦b⟧). Tumormarker CEA ⟪8,2 ng/ml¦lab⟫."),
    ("s_de04", "DE",
     "Verlaufstabelle (heute ⟪21.09.2026¦date⟫ / VU ⟪15.06.2026¦date⟫):\n1. ⟨a¦Lymphknoten paraaortal "
     "links⟩: ⟪17 mm¦size⟫ ⟦Se2Bi77¦2:77¦glued¦a⟧ / ⟪21 mm¦size⟫ VU ⟦Se2Bi80¦p2:80¦prior¦a⟧\n2. "
     "⟨b¦Nebennierenmetastase rechts⟩: ⟪28 mm¦size⟫ ⟦Se2Bi59¦2:59¦glued¦b⟧ / ⟪33 mm¦size⟫ VU "
     "⟦Se2Bi61¦p2:61¦prior¦b⟧\nSumme der Zielläsionen ⟪45 mm¦size⟫ (⟪-17 %¦ratio⟫), ⟪PR¦staging⟫ nach "
     "RECIST ⟪1.1¦staging⟫."),
    ("s_de05", "DE",
     "CCT nativ, Aufnahme ⟪03:42 Uhr¦time⟫. ⟨a¦Hyperdense Raumforderung im Bereich der Basalganglien links, "
     "Volumen ca. ⟪14 ml¦size⟫⟩ (⟦Serie zwei Bild achtzehn¦2:18¦full_de¦a⟧) Punkt. "
     "⟨b¦Mittellinienverlagerung ⟪4 mm¦size⟫ nach rechts⟩ (⟦Serie 2 Bild 21¦2:21¦full_de¦b⟧). Rückruf an "
     "Station ⟪4711¦phone⟫ um ⟪03:55¦time⟫ Uhr, GCS ⟪13¦staging⟫."),
    ("s_de06", "DE",
     "Schulter-MRT rechts: ⟨a¦transmurale Ruptur der Supraspinatussehne mit Retraktion um ⟪15 mm¦size⟫⟩ "
     "(koronar PD fs ⟦S 5 - B 12¦5:12¦abbrev_de¦a⟧), ⟨b¦fettige Atrophie Goutallier ⟪2¦staging⟫⟩ (sagittal "
     "T1 ⟦S 6 - B 4 bis B 7¦6:4-7¦range¦b⟧)."),
    ("s_de07", "DE",
     "Thorax-CT (Lungenembolie-Protokoll). ⟨a¦Zentrale Embolie in der rechten Pulmonalarterie⟩ ⟦Ser.3-Bild "
     "41¦3:41¦abbrev_de¦a⟧, ⟨b¦segmentale Embolien im Unterlappen links ⟪S9¦segment⟫ und ⟪S10¦segment⟫⟩ "
     "⟦Ser.3-Bild 88 bis 97¦3:88-97¦range¦b⟧. RV/LV-Quotient ⟪1,2¦ratio⟫. D-Dimere ⟪4,8 mg/l¦lab⟫."),
    ("s_de08", "DE",
     "Beurteilung:\n1. ⟨a¦Größenregrediente Lebermetastasen⟩ (⟦Se 6 Bi 33¦6:33¦impression¦a⟧, Vergleichs-CT "
     "⟦Se 5 Bi 30¦p5:30¦prior¦a⟧).\n2. ⟨b¦Stationäre Osteolyse ⟪BWK 9¦level⟫⟩ (⟦Se 9 Bi "
     "71¦9:71¦impression¦b⟧).\n3. ⟨c¦Keine neuen Läsionen⟩. Nächste Kontrolle in ⟪3 Monaten¦followup⟫."),
    ("s_de09", "DE",
     "Knie-MRT links. ⟨a¦Horizontalriss im Hinterhorn des Innenmeniskus mit Kontakt zur Unterfläche⟩ "
     "(⟦Serie 4 Schicht 15, 16 und 18¦4:15,4:16,4:18¦list¦a⟧). ⟨b¦Knochenmarködem im medialen "
     "Femurkondylus, ⟪22 x 14 mm¦size⟫⟩ (⟦Serie 4 Schicht 20¦4:20¦slice_word¦b⟧). Knorpel retropatellar "
     "Grad ⟪II¦staging⟫."),
    ("s_de10", "DE",
     "Abdomen-CT: ⟨a¦Wandverdickung des Colon sigmoideum auf ⟪8 mm¦size⟫ mit Imbibierung des Fettgewebes⟩ "
     "(⟦Serie3Bild112¦3:112¦glued¦a⟧), ⟨b¦kleiner extraluminaler Luftnachweis⟩ "
     "(⟦Serie3Bild118¦3:118¦glued¦b⟧). Hinchey ⟪Ib¦staging⟫, Leukozyten ⟪14,2/nl¦lab⟫, CRP ⟪96 mg/l¦lab⟫."),
    ("s_de11", "DE",
     "Vergleich mit Fremdbefund (CT extern vom ⟪08/2026¦date⟫). ⟨a¦Der Rundherd im linken Oberlappen misst "
     "heute ⟪14 mm¦size⟫⟩ (⟦Serie 2, Bild 64¦2:64¦full_de¦a⟧), ⟨b¦extern ⟪12 mm¦size⟫⟩ (externes CT ⟦Serie "
     "3, Bild 58¦p3:58¦prior¦b⟧). Lung-RADS ⟪4A¦birads⟫, Packyears ⟪30¦counter⟫."),
    ("s_de12", "DE",
     "HWS-MRT. Serie 8 (T2 axial):\n⟨a¦Bandscheibenprotrusion ⟪HWK 5/6¦level⟫ mit Foraminalstenose rechts⟩ "
     "⟦Bild 14¦8:14¦image_only¦a⟧; ⟨b¦⟪HWK 6/7¦level⟫ breitbasige Protrusion ohne Stenose⟩ ⟦Bild "
     "19¦8:19¦image_only¦b⟧. Myelon ohne Signalalteration, Pat. ⟪58 J.¦age⟫"),
    ("s_de13", "DE",
     "Schädel-MRT bei MS. ⟨a¦Neue periventrikuläre T2-Läsion links⟩ (FLAIR ⟦Se:4 Im:77¦4:77¦abbrev_de¦a⟧), "
     "⟨b¦im Vor-MRT vom ⟪11.01.2026¦date⟫ nicht abgrenzbar⟩ (Vor-MRT ⟦Se:4 Im:75¦p4:75¦prior¦b⟧). ⟨c¦Keine "
     "KM-Aufnahme⟩ (T1 KM ⟦Se:9 Im:77¦9:77¦abbrev_de¦c⟧). Gesamtzahl ⟪12¦counter⟫ Läsionen, EDSS "
     "⟪2,5¦staging⟫."),
    ("s_at01", "AT",
     "CT Thorax/Abdomen/Becken, Staging. ⟨a¦Primärtumor im rechten Unterlappen ⟪42 x 35 mm¦size⟫⟩ "
     "(⟦S4/I120¦4:120¦compact¦a⟧), ⟨b¦hilärer Lymphknoten ⟪Station 10R¦level⟫ ⟪16 mm¦size⟫⟩ "
     "(⟦S4/I98¦4:98¦compact¦b⟧). Stadium ⟪cT2b N1 M0¦staging⟫. Kontrastmittel ⟪90 ml¦dose⟫ Iomeron "
     "⟪400¦dose⟫."),
    ("s_at02", "AT",
     "Befund: ⟨a¦Diskusprolaps ⟪L4/L5¦level⟫ mediolateral rechts, ⟪6 mm¦size⟫ Protrusionstiefe⟩, siehe "
     "⟦Serie 3 Bild 11¦3:11¦full_de¦a⟧ Beistrich ⟦Serie 6 Bild 27¦6:27¦full_de¦a⟧ Punkt. ⟨b¦Im Vergleich "
     "zur MRT vom ⟪05.05.2025¦date⟫ neu⟩ (Voruntersuchung ⟦Serie 3 Bild 10¦p3:10¦prior¦b⟧). Tel. Rückfragen "
     "⟪0316 385 12345¦phone⟫."),
    ("s_at03", "AT",
     "Nachsorge Mamma-Ca. ⟨a¦Hypodense Leberläsion ⟪Segment IVa¦segment⟫ ⟪13 mm¦size⟫⟩ ⟦Se 5 Bi 40 - "
     "44¦5:40-44¦range¦a⟧, ⟨b¦bereits in der VU ⟪12 mm¦size⟫⟩ VU ⟦Se 4 Bi 38¦p4:38¦prior¦b⟧. CA 15-3 ⟪31 "
     "U/ml¦lab⟫."),
    ("s_at04", "AT",
     "Zusammenfassung: ⟨a¦Akute Cholezystitis mit Wandverdickung auf ⟪6 mm¦size⟫⟩ (⟦Sr. 3 Bild "
     "52¦3:52¦impression¦a⟧), ⟨b¦Konkrement im Infundibulum ⟪14 mm¦size⟫⟩ (⟦Sr. 3 Bild "
     "49¦3:49¦impression¦b⟧). Lipase ⟪45 U/l¦lab⟫."),
    ("s_at05", "AT",
     "Schädel-CT nach Sturz um ⟪21:10¦time⟫. ⟨a¦Schmale subdurale Blutung frontoparietal rechts, Saumbreite "
     "⟪5 mm¦size⟫⟩ (axial ⟦S2 B16¦2:16¦compact¦a⟧, koronar ⟦S5 B30¦5:30¦plane¦a⟧). ⟨b¦Kalottenfraktur "
     "rechts temporal⟩ (Knochenfenster ⟦S3 B22¦3:22¦compact¦b⟧). INR ⟪2,8¦lab⟫ unter Marcoumar."),
    ("s_at06", "AT",
     "Verlauf Lymphom (Lugano):\n| Läsion | heute | VU ⟪04/2026¦date⟫ |\n| ⟨a¦Axillär links⟩ | ⟪18 x 12 "
     "mm¦size⟫, ⟦Se 3 Bi 61¦3:61¦abbrev_de¦a⟧ | ⟪31 x 22 mm¦size⟫, ⟦Se 3 Bi 63¦p3:63¦prior¦a⟧ |\n| "
     "⟨b¦Mesenterial⟩ | ⟪24 x 15 mm¦size⟫, ⟦Se 3 Bi 140¦3:140¦abbrev_de¦b⟧ | ⟪40 x 27 mm¦size⟫, ⟦Se 3 Bi "
     "138¦p3:138¦prior¦b⟧ |\nSPD Reduktion ⟪62 %¦ratio⟫, Deauville ⟪3¦birads⟫."),
    ("s_at07", "AT",
     "Hüft-MRT bds. ⟨a¦Femurkopfnekrose links mit subchondraler Frakturlinie⟩ (koronar STIR ⟦Serie 5, Bild "
     "14 bis 17¦5:14-17¦range¦a⟧), ARCO ⟪III¦staging⟫; ⟨b¦rechts Knochenmarködem ohne Nekrosezone⟩ (⟦Serie "
     "5, Bild 8¦5:8¦full_de¦b⟧)."),
    ("s_at08", "AT",
     "Thorax-CT: ⟨a¦Milchglasherde beidseits, subpleural betont, ca. ⟪30 %¦ratio⟫ des Lungenparenchyms⟩ "
     "(⟦Bild Nr. 88, Serie 4¦4:88¦full_de¦a⟧ und ⟦Bild Nr. 141¦4:141¦image_only¦a⟧). ⟨b¦Im Vor-CT vom "
     "⟪12.10.2026¦date⟫ geringer ausgeprägt⟩ (Vor-CT ⟦Bild Nr. 90, Serie 4¦p4:90¦prior¦b⟧). SpO2 ⟪91 %¦lab⟫."),
    ("s_at09", "AT",
     "Nierensteinprotokoll, Niedrigdosis ⟪1,9 mSv¦dose⟫. ⟨a¦Distaler Ureterstein rechts ⟪5 mm¦size⟫, ⟪1100 "
     "HE¦lab⟫⟩ ⟦Schnitt 212/Se 2¦2:212¦slice_word¦a⟧, ⟨b¦Harnstau ⟪II¦staging⟫°⟩ ⟦Schnitt 140/Se "
     "2¦2:140¦slice_word¦b⟧. Kreatinin ⟪1,4 mg/dl¦lab⟫."),
    ("s_at10", "AT",
     "Beurteilung: ⟨a¦Progrediente pulmonale Metastasen⟩, ⟨b¦neu ⟪8 mm¦size⟫ im linken Unterlappen⟩ (⟦Se. "
     "4, Bi. 201¦4:201¦impression¦b⟧), ⟨c¦vorbestehend nun ⟪15 mm¦size⟫ statt ⟪10 mm¦size⟫⟩ (⟦Se. 4, Bi. "
     "166¦4:166¦impression¦c⟧; VU ⟦Se. 4, Bi. 160¦p4:160¦prior¦c⟧). Therapiezyklus ⟪6¦counter⟫ von "
     "⟪8¦counter⟫."),
    ("s_at11", "AT",
     "Serie 6 (venös, koronar):\n⟨a¦Milz vergrößert, Länge ⟪15,5 cm¦size⟫⟩ ⟦Bild 44¦6:44¦image_only¦a⟧, "
     "⟨b¦kleine Nebenmilz ⟪9 mm¦size⟫⟩ ⟦Bild 51¦6:51¦image_only¦b⟧. Thrombozyten ⟪92 G/l¦lab⟫."),
    ("s_at12", "AT",
     "Sprunggelenk-MRT: ⟨a¦Partialruptur des Lig. fibulotalare anterius⟩ (ax. PD ⟦Se4Bi17¦4:17¦glued¦a⟧), "
     "⟨b¦Kontusion Talusschulter medial ⟪9 mm¦size⟫⟩ (kor. ⟦Se6Bi11¦6:11¦glued¦b⟧), Erguss ca. ⟪3 ml¦size⟫. "
     "Unfall am ⟪28.11.2026¦date⟫."),
    ("s_ch01", "CH",
     "CT Abdomen: ⟨a¦Pankreaskopftumor ⟪27 x 22 mm¦size⟫ mit Kontakt zur SMV über ⟪180°¦ratio⟫⟩ "
     "(⟦Ser4Img61¦4:61¦glued¦a⟧, ⟦Ser4Img66¦4:66¦glued¦a⟧). ⟨b¦Doppelgangzeichen, DHC ⟪14 mm¦size⟫⟩ "
     "(⟦Ser4Img55¦4:55¦glued¦b⟧). CA 19-9 ⟪412 U/ml¦lab⟫, Bilirubin ⟪88 µmol/l¦lab⟫."),
    ("s_ch02", "CH",
     "Befund im Vergleich zur Voruntersuchung vom ⟪3.2.2026¦date⟫: ⟨a¦Meningeom an der Falx rechts, "
     "stationär ⟪18 mm¦size⟫⟩ (T1 KM ⟦Serie 11 / Bild 70¦11:70¦full_de¦a⟧; Voruntersuchung ⟦Serie 12 / Bild "
     "68¦p12:68¦prior¦a⟧). ⟨b¦Kein perifokales Ödem⟩ (FLAIR ⟦Serie 5 / Bild 22¦5:22¦full_de¦b⟧)."),
    ("s_ch03", "CH",
     "Thorax-CT: ⟨a¦Bronchiektasen im Mittellappen und Lingula⟩ (⟦Se. 3, Bild 140–152¦3:140-152¦range¦a⟧). "
     "⟨b¦Mukusimpaktion ⟪Segment 5¦segment⟫⟩ (⟦Se. 3, Bild 147¦3:147¦full_de¦b⟧). FEV1 ⟪62 %¦lab⟫ Soll."),
    ("s_ch04", "CH",
     "Onkologische Verlaufskontrolle nach ⟪4¦counter⟫ Zyklen. Zielläsionen:\nL1 ⟨a¦Lebermetastase ⟪Segment "
     "VI¦segment⟫⟩ ⟪32 mm¦size⟫ [⟦Serie 5: Bild 88¦5:88¦full_de¦a⟧] (Baseline ⟪41 mm¦size⟫ [⟦Serie 4: Bild "
     "90¦p4:90¦prior¦a⟧])\nL2 ⟨b¦Lymphknoten retrokrural⟩ ⟪12 mm¦size⟫ [⟦Serie 5: Bild 61¦5:61¦full_de¦b⟧] "
     "(Baseline ⟪15 mm¦size⟫ [⟦Serie 4: Bild 60¦p4:60¦prior¦b⟧])\nGesamt ⟪-23 %¦ratio⟫, stabile Erkrankung."),
    ("s_ch05", "CH",
     "Handgelenk-MRT: ⟨a¦Läsion des TFCC ⟪Palmer 1B¦staging⟫⟩ (koronar ⟦SE#5 IM#31¦5:31¦abbrev_de¦a⟧, "
     "⟦IM#33¦5:33¦image_only¦a⟧). ⟨b¦Ganglion dorsal ⟪7 x 4 mm¦size⟫⟩ (axial ⟦SE#7 "
     "IM#18¦7:18¦abbrev_de¦b⟧). Patientin ⟪34¦age⟫-jährig."),
    ("s_ch06", "CH",
     "Schädel-CT: ⟨a¦Demarkierter Mediainfarkt links⟩ ⟦Se 2 Bi 14, 15 und 17¦2:14,2:15,2:17¦list¦a⟧, "
     "ASPECTS ⟪6¦staging⟫. ⟨b¦Keine Einblutung⟩. ⟨c¦Im Vor-CT von ⟪10:12¦time⟫ Uhr noch nicht sichtbar⟩ "
     "(Vor-CT ⟦Se 2 Bi 15¦p2:15¦prior¦c⟧). NIHSS ⟪11¦staging⟫, RR ⟪165/95 mmHg¦blood_pressure⟫."),
    ("s_ch07", "CH",
     "LWS-MRT: ⟨a¦Spondylolisthesis ⟪L5/S1¦level⟫ Meyerding ⟪I¦staging⟫ mit Lyse der Pars interarticularis⟩ "
     "(sagittal ⟦S3/B8¦3:8¦compact¦a⟧ und ⟦S3/B10¦3:10¦compact¦a⟧), ⟨b¦neuroforaminale Stenose rechts⟩ "
     "(axial ⟦S6/B24¦6:24¦compact¦b⟧). Gleitstrecke ⟪7 mm¦size⟫ (⟪20 %¦ratio⟫)."),
    ("s_ch08", "CH",
     "Serie 3 (arterielle Phase):\n⟨a¦Hypervaskularisierte Läsion ⟪Segment VIII¦segment⟫ ⟪19 mm¦size⟫ mit "
     "washout⟩ (⟦Bild 37¦3:37¦image_only¦a⟧, venös ⟦Serie 4 Bild 37¦4:37¦full_de¦a⟧), LI-RADS ⟪5¦birads⟫. "
     "⟨b¦In der Vergleichs-MRT vom ⟪06.2026¦date⟫ ⟪14 mm¦size⟫⟩ (Vergleichs-MRT ⟦Serie 9 Bild "
     "22¦p9:22¦prior¦b⟧). AFP ⟪38 ng/ml¦lab⟫."),
    ("s_ch09", "CH",
     "Beurteilung:\n- ⟨a¦Neu aufgetretene Lungenembolie im Unterlappen rechts⟩ (⟦Serie 3, Bild "
     "101¦3:101¦impression¦a⟧)\n- ⟨b¦Infarktpneumonie ⟪Segment 10¦segment⟫⟩ (⟦Serie 3, Bild "
     "133¦3:133¦impression¦b⟧)\nMitgeteilt an Dr. med. Frei, Tel. ⟪044 255 11 11¦phone⟫, um ⟪16:40¦time⟫."),
    ("s_ch10", "CH",
     "Schulter-CT: ⟨a¦Mehrfragmentäre Humeruskopffraktur⟩ (Schichten ⟦Se 401 Bi 33 – Bi "
     "47¦401:33-47¦range¦a⟧), ⟨b¦Dislokation des Tuberculum majus um ⟪9 mm¦size⟫⟩ (koronar ⟦Se 402 Bi "
     "21¦402:21¦plane¦b⟧). Neer ⟪4¦staging⟫-Part."),
    ("s_ch11", "CH",
     "MRT Becken (Prostata): ⟨a¦Läsion in der peripheren Zone links ⟪PZpl¦segment⟫, ⟪12 mm¦size⟫⟩ (T2 ⟦Se 4 "
     "Ima 14¦4:14¦abbrev_de¦a⟧, ADC ⟦Se 8 Ima 14¦8:14¦abbrev_de¦a⟧), PI-RADS ⟪4¦birads⟫. PSA ⟪7,9 "
     "ng/ml¦lab⟫, Volumen ⟪46 ml¦size⟫."),
    ("s_ch12", "CH",
     "Thorax-CT (Vergleich mit auswärtigem CT vom ⟪17.4.2026¦date⟫): ⟨a¦Pleuraständige Raumforderung rechts "
     "apikal ⟪35 mm¦size⟫⟩ (⟦Se. 2 Bi. 22¦2:22¦abbrev_de¦a⟧), ⟨b¦damals ⟪28 mm¦size⟫⟩ (ausw. ⟦Se. 3 Bi. "
     "19¦p3:19¦prior¦b⟧) Punkt. ⟨c¦Rippendestruktion ⟪Costa 2¦level⟫⟩ (⟦Se. 5 Bi. 30¦5:30¦abbrev_de¦c⟧)."),
    ("s_uk01", "UK",
     "CT chest, abdomen and pelvis ⟪14/10/2026¦date⟫. Comparison: ⟪03/06/2026¦date⟫. ⟨a¦Enlarging left "
     "adrenal nodule, now ⟪24 mm¦size⟫⟩ (⟦series 4, image 71¦4:71¦full_en¦a⟧), ⟨b¦previously ⟪17 mm¦size⟫⟩ "
     "(prior ⟦series 4, image 69¦p4:69¦prior¦b⟧). Attenuation ⟪32 HU¦lab⟫."),
    ("s_uk02", "UK",
     "MRI lumbar spine. ⟨a¦Broad-based disc protrusion at ⟪L4/5¦level⟫ with moderate canal stenosis⟩ (⟦Se 7 "
     "Im 14¦7:14¦abbrev_en¦a⟧), ⟨b¦left ⟪L5/S1¦level⟫ foraminal narrowing⟩ (⟦Se 7 Im 19¦7:19¦abbrev_en¦b⟧). "
     "⟨c¦Schmorl node at ⟪L2¦level⟫⟩ (sagittal T2 ⟦Se 4 Im 9¦4:9¦abbrev_en¦c⟧). Patient aged ⟪71¦age⟫."),
    ("s_uk03", "UK",
     "Impression:\n1. ⟨a¦Right lower lobe consolidation with small effusion⟩ (⟦series 3 images "
     "210-224¦3:210-224¦impression¦a⟧).\n2. ⟨b¦⟪6 mm¦size⟫ nodule right upper lobe, unchanged⟩ (⟦series 3 "
     "image 88¦3:88¦impression¦b⟧; prior ⟦series 3 image 86¦p3:86¦prior¦b⟧). Fleischner follow-up in ⟪12 "
     "months¦followup⟫."),
    ("s_uk04", "UK",
     "CT head ⟪02:15¦time⟫. ⟨a¦Acute extradural haematoma left temporal, maximal depth ⟪11 mm¦size⟫⟩ (axial "
     "⟦slice 22, series 2¦2:22¦slice_word¦a⟧). Discussed with the neurosurgical registrar on bleep "
     "⟪2284¦phone⟫."),
    ("s_uk05", "UK",
     "Follow-up table (RECIST 1.1):\nTarget 1 ⟨a¦segment ⟪VI¦segment⟫ liver metastasis⟩: today ⟪38 mm¦size⟫ "
     "(⟦Se 5 Im 44¦5:44¦abbrev_en¦a⟧), baseline ⟪29 mm¦size⟫ (⟦Se 6 Im 41¦p6:41¦prior¦a⟧)\nTarget 2 "
     "⟨b¦portocaval node⟩: today ⟪19 mm¦size⟫ (⟦Se 5 Im 38¦5:38¦abbrev_en¦b⟧), baseline ⟪13 mm¦size⟫ (⟦Se 6 "
     "Im 36¦p6:36¦prior¦b⟧)\nSum ⟪57 mm¦size⟫ vs ⟪42 mm¦size⟫ (⟪+36 %¦ratio⟫): progressive disease."),
    ("s_uk06", "UK",
     "MRI right knee. ⟨a¦Complete ACL tear with anterior tibial translation of ⟪7 mm¦size⟫⟩ (sagittal PD "
     "⟦Ser 3, Img 12¦3:12¦abbrev_en¦a⟧ and ⟦Img 14¦3:14¦image_only¦a⟧). ⟨b¦Bone bruise lateral femoral "
     "condyle⟩ (coronal STIR ⟦Ser 5, Img 10¦5:10¦abbrev_en¦b⟧). Grade ⟪2¦staging⟫ MCL sprain."),
    ("s_uk07", "UK",
     "CTPA. ⟨a¦Saddle embolus⟩ (⟦series four image sixty two¦4:62¦full_en¦a⟧) full stop. ⟨b¦RV:LV ratio "
     "⟪1.4¦ratio⟫ with septal bowing⟩ (⟦series 4 image 101¦4:101¦full_en¦b⟧). Troponin ⟪88 ng/L¦lab⟫, DLP "
     "⟪310 mGy.cm¦dose⟫."),
    ("s_uk08", "UK",
     "Comparison with the outside CT (⟪5 Sept 2026¦date⟫). ⟨a¦The left lower lobe mass now measures ⟪48 "
     "mm¦size⟫⟩ (⟦Se 2 Im 77¦2:77¦abbrev_en¦a⟧); ⟨b¦on the outside study it measured ⟪39 mm¦size⟫⟩ (outside "
     "⟦Se 3 Im 70¦p3:70¦prior¦b⟧). ⟨c¦New ⟪11 mm¦size⟫ subcarinal node⟩ (⟦Se 2 Im 52¦2:52¦abbrev_en¦c⟧). "
     "MDT on ⟪Tuesday 12th¦date⟫."),
    ("s_uk09", "UK",
     "MRI brain with gadolinium. Series 9 (post-contrast T1 axial):\n⟨a¦Ring-enhancing lesion in the right "
     "parietal lobe ⟪26 x 21 mm¦size⟫⟩, ⟦images 31-35¦9:31-35¦range¦a⟧; ⟨b¦satellite focus ⟪4 mm¦size⟫⟩, "
     "⟦image 40¦9:40¦image_only¦b⟧. ⟨c¦Vasogenic oedema with ⟪5 mm¦size⟫ midline shift⟩ (FLAIR ⟦series 6, "
     "image 33¦6:33¦full_en¦c⟧)."),
    ("s_uk10", "UK",
     "Conclusion: ⟨a¦Small bowel obstruction with transition point in the right iliac fossa⟩ (⟦img 45/ser "
     "3¦3:45¦impression¦a⟧, coronal ⟦img 62/ser 601¦601:62¦plane¦a⟧). ⟨b¦No free gas⟩. Lactate ⟪2.9 "
     "mmol/L¦lab⟫. Discussed with surgical SpR at ⟪17:20¦time⟫ on ext ⟪4415¦phone⟫."),
    ("s_uk11", "UK",
     "CT KUB. ⟨a¦⟪4 mm¦size⟫ calculus at the right vesicoureteric junction⟩ (⟦Se 2 Im "
     "188¦2:188¦abbrev_en¦a⟧) ⟨b¦with mild hydroureteronephrosis⟩ (⟦Se 2 Im 95 to 120¦2:95-120¦range¦b⟧). "
     "⟨c¦Non-obstructing ⟪3 mm¦size⟫ left lower pole calculus, unchanged from ⟪2024¦date⟫⟩ (⟦Se 2 Im "
     "101¦2:101¦abbrev_en¦c⟧; previous ⟦Se 3 Im 98¦p3:98¦prior¦c⟧)."),
    ("s_uk12", "UK",
     "MRI cervical spine. ⟨a¦Cord signal change at ⟪C4/5¦level⟫ with severe canal narrowing⟩ (sag T2 ⟦S4 "
     "I8¦4:8¦compact¦a⟧, ax T2 ⟦S7 I12¦7:12¦compact¦a⟧), ⟨b¦not present on the previous MRI of ⟪2023¦date⟫⟩ "
     "(previous ⟦S5 I8¦p5:8¦prior¦b⟧). mJOA ⟪13¦staging⟫."),
    ("s_us01", "US",
     "CT chest with contrast ⟪10/14/2026¦date⟫. FINDINGS: ⟨a¦Spiculated ⟪2.1 cm¦size⟫ nodule in the left "
     "upper lobe⟩ (⟦4:87¦4:87¦compact¦a⟧), ⟨b¦previously ⟪1.6 cm¦size⟫⟩ (prior ⟦4:85¦p4:85¦prior¦b⟧). "
     "⟨c¦Enlarged ⟪4L¦level⟫ node ⟪1.3 cm¦size⟫⟩ (⟦4:52¦4:52¦compact¦c⟧). Lung-RADS ⟪4B¦birads⟫."),
    ("s_us02", "US",
     "MRI lumbar spine without contrast. ⟨a¦Extruded disc fragment at ⟪L5-S1¦level⟫ migrating inferiorly⟩ "
     "(⟦series 5, images 8 and 9¦5:8,5:9¦list¦a⟧), ⟨b¦compressing the traversing ⟪S1¦level⟫ nerve root⟩ "
     "(⟦series 8, image 27¦8:27¦full_en¦b⟧)."),
    ("s_us03", "US",
     "IMPRESSION:\n1. ⟨a¦Acute appendicitis with ⟪11 mm¦size⟫ appendix and periappendiceal stranding⟩ "
     "(⟦2:64-71¦2:64-71¦impression¦a⟧).\n2. ⟨b¦⟪7 mm¦size⟫ appendicolith⟩ (⟦2:69¦2:69¦impression¦b⟧).\n"
     "Findings called to Dr. Park at ⟪4:12 PM¦time⟫ on ⟪10/22/2026¦date⟫, pager ⟪555-0142¦phone⟫."),
    ("s_us04", "US",
     "Oncologic follow-up, comparison ⟪07/02/2026¦date⟫.\n| Lesion | Today | Prior |\n| ⟨a¦Segment "
     "⟪4B¦segment⟫ liver⟩ | ⟪3.1 cm¦size⟫ (⟦5:31¦5:31¦compact¦a⟧) | ⟪2.4 cm¦size⟫ (⟦6:30¦p6:30¦prior¦a⟧) |\n"
     "| ⟨b¦Right iliac node⟩ | ⟪1.8 cm¦size⟫ (⟦5:112¦5:112¦compact¦b⟧) | ⟪1.1 cm¦size⟫ "
     "(⟦6:110¦p6:110¦prior¦b⟧) |\n| ⟨c¦Peritoneal implant⟩ | ⟪1.2 cm¦size⟫ (⟦5:88¦5:88¦compact¦c⟧) | not "
     "seen |\nCEA ⟪14.6¦lab⟫."),
    ("s_us05", "US",
     "CT head without contrast. ⟨a¦Hyperdense left MCA sign⟩ (⟦series 2, image 12¦2:12¦full_en¦a⟧). ⟨b¦Loss "
     "of gray-white differentiation in the left insula⟩ (⟦series 2, images 14 through 17¦2:14-17¦range¦b⟧). "
     "ASPECTS ⟪7¦staging⟫. Last known well ⟪6:30 AM¦time⟫, NIHSS ⟪14¦staging⟫, BP ⟪182/101¦blood_pressure⟫."),
    ("s_us06", "US",
     "MRI right shoulder. ⟨a¦Full-thickness supraspinatus tear measuring ⟪1.4 cm¦size⟫ AP with ⟪2 cm¦size⟫ "
     "retraction⟩ (coronal T2 FS ⟦se 6 im 14¦6:14¦abbrev_en¦a⟧, sagittal ⟦se 8 im 9¦8:9¦plane¦a⟧). ⟨b¦SLAP "
     "tear⟩ (axial ⟦se 4 im 11¦4:11¦abbrev_en¦b⟧, ⟦im 12¦4:12¦image_only¦b⟧)."),
    ("s_us07", "US",
     "CT abdomen/pelvis. Comparison outside CT ⟪09/30/2026¦date⟫. ⟨a¦Interval increase in the ⟪5.6 cm¦size⟫ "
     "infrarenal abdominal aortic aneurysm⟩ (⟦series 3, image 140¦3:140¦full_en¦a⟧), ⟨b¦measuring ⟪4.9 "
     "cm¦size⟫ on the outside study⟩ (outside ⟦series 2, image 133¦p2:133¦prior¦b⟧). eGFR ⟪48¦lab⟫."),
    ("s_us08", "US",
     "IMPRESSION: ⟨a¦Multifocal pneumonia, right greater than left⟩ (⟦series 3 images 122, 150, and "
     "171¦3:122,3:150,3:171¦list¦a⟧). ⟨b¦Small right pleural effusion⟩ (⟦image 190¦3:190¦image_only¦b⟧). "
     "WBC ⟪16.2¦lab⟫, ⟪2¦counter⟫ key images saved."),
    ("s_us09", "US",
     "MRI brain. ⟨a¦New enhancing lesion in the right centrum semiovale⟩ (⟦Se: 11 Im: "
     "88¦11:88¦abbrev_en¦a⟧), ⟨b¦not seen on the prior of ⟪04/2026¦date⟫⟩ (prior ⟦Se: 10 Im: "
     "86¦p10:86¦prior¦b⟧). ⟨c¦Stable ⟪5 mm¦size⟫ left frontal lesion⟩ (⟦Se: 11 Im: "
     "120¦11:120¦abbrev_en¦c⟧). Gadavist ⟪7.5 mL¦dose⟫."),
    ("s_us10", "US",
     "CT cervical spine trauma. ⟨a¦Type ⟪II¦staging⟫ odontoid fracture⟩ (sagittal "
     "⟦601:42¦601:42¦compact¦a⟧, coronal ⟦602:38¦602:38¦compact¦a⟧). ⟨b¦Prevertebral soft tissue swelling "
     "of ⟪9 mm¦size⟫ at ⟪C2¦level⟫⟩ (⟦601:40¦601:40¦compact¦b⟧). GCS ⟪14¦staging⟫, age ⟪82¦age⟫."),
    ("s_us11", "US",
     "COMPARISON: MRI ⟪01/05/2026¦date⟫. ⟨a¦Right frontal glioblastoma resection cavity with new nodular "
     "enhancement along the posterior margin⟩ (⟦series 12, images 55 and 58¦12:55,12:58¦list¦a⟧). ⟨b¦On the "
     "prior this measured ⟪3 mm¦size⟫⟩ (prior ⟦series 12 image 54¦p12:54¦prior¦b⟧). rCBV ⟪2.8¦ratio⟫."),
    ("s_us12", "US",
     "CT chest PE protocol. ⟨a¦Filling defects in the right lower lobe segmental arteries⟩ (⟦ser 4 img "
     "130-141¦4:130-141¦range¦a⟧). ⟨b¦Left lower lobe wedge-shaped opacity compatible with infarct⟩ (⟦ser 4 "
     "img 166¦4:166¦abbrev_en¦b⟧). Wells score ⟪6¦staging⟫, HR ⟪118¦lab⟫."),
    ("s_de14", "DE",
     "Befund (diktiert): ⟨a¦Pneumothorax rechts apikal mit Mantelbreite ⟪14 mm¦size⟫⟩ Klammer auf ⟦Serie 3 "
     "Schrägstrich Bild 22¦3:22¦slash¦a⟧ Klammer zu, ⟨b¦Thoraxdrainage mit Spitze im ⟪3.¦counter⟫ ICR⟩ "
     "Klammer auf ⟦Serie 3 Schrägstrich Bild 61¦3:61¦slash¦b⟧ Klammer zu. ⟨c¦Im Vergleich zum Vor-CT von "
     "⟪07:30¦time⟫ Uhr größenregredient⟩ (Vor-CT ⟦Serie 3 Schrägstrich Bild 20¦p3:20¦prior¦c⟧). Drainage "
     "⟪24 Ch¦size⟫."),
    ("s_de15", "DE",
     "Tabelle Zielläsionen (Serie/Bild):\n⟨a¦Lungenmetastase rechts⟩ heute ⟦5/77¦5:77¦slash¦a⟧ ⟪12 "
     "mm¦size⟫, VU ⟦5/80¦p5:80¦prior¦a⟧ ⟪15 mm¦size⟫\n⟨b¦Lebermetastase ⟪Segment II¦segment⟫⟩ heute "
     "⟦6/33¦6:33¦slash¦b⟧ ⟪20 mm¦size⟫, VU ⟦6/31¦p6:31¦prior¦b⟧ ⟪26 mm¦size⟫\n⟨c¦Knochenmetastase ⟪LWK "
     "2¦level⟫⟩ heute ⟦9/12¦9:12¦slash¦c⟧, nicht messbar\nBefundung am ⟪22.10.2026¦date⟫, ⟪5.¦counter⟫ "
     "Verlaufskontrolle."),
    ("s_de16", "DE",
     "Schädel-CT. ⟨a¦Chronisches Subduralhämatom links frontoparietal, ⟪19 mm¦size⟫ Saumbreite⟩ (⟦Bild "
     "4/55-60¦4:55-60¦range¦a⟧), ⟨b¦Mittellinienshift ⟪7 mm¦size⟫⟩ (⟦Bild 4/58¦4:58¦slash¦b⟧). ⟨c¦Im Vor-CT "
     "vom ⟪30.09.2026¦date⟫ ⟪11 mm¦size⟫⟩ (VU ⟦Bild 3/41¦p3:41¦prior¦c⟧). Thrombozyten ⟪210 G/l¦lab⟫."),
    ("s_at13", "AT",
     "MRT Knie rechts. Serie 301 (PD fs sagittal):\n⟨a¦Korbhenkelriss des Innenmeniskus mit Fragment in der "
     "Notch⟩ ⟦Bild 11, 13 und 14¦301:11,301:13,301:14¦list¦a⟧, ⟨b¦Double-PCL-Zeichen⟩ ⟦Bild "
     "16¦301:16¦image_only¦b⟧.\n⟨c¦Erguss ca. ⟪15 ml¦size⟫⟩ (axial ⟦Serie 401 Bild 9¦401:9¦full_de¦c⟧). OP "
     "geplant in ⟪2 Wochen¦followup⟫."),
    ("s_at14", "AT",
     "Staging-CT nach ⟪3¦counter⟫ Zyklen FOLFOX. ⟨a¦Lebermetastasen ⟪Segment V¦segment⟫ und ⟪VI¦segment⟫ "
     "regredient⟩ (⟦S5Bi40¦5:40¦glued¦a⟧, ⟦S5Bi47¦5:47¦glued¦a⟧; Vorbefund ⟦S4Bi38¦p4:38¦prior¦a⟧, "
     "⟦S4Bi45¦p4:45¦prior¦a⟧). ⟨b¦Peritoneale Knoten nicht mehr abgrenzbar⟩ (⟦S5Bi88¦5:88¦glued¦b⟧). CEA "
     "⟪4,1¦lab⟫."),
    ("s_at15", "AT",
     "HWS-CT nach Verkehrsunfall ⟪19:45¦time⟫. ⟨a¦Fraktur der Massa lateralis ⟪C1¦level⟫ links⟩ (⟦Sr. 5 "
     "Img. 33¦5:33¦abbrev_de¦a⟧, ⟦Img. 35¦5:35¦image_only¦a⟧), ⟨b¦Dens intakt⟩ (sagittal ⟦Sr. 6 Img. "
     "41¦6:41¦plane¦b⟧). ⟨c¦Prävertebrales Hämatom ⟪6 mm¦size⟫⟩ (⟦Sr. 6 Img. 44¦6:44¦abbrev_de¦c⟧). Tel. "
     "Unfallchirurgie ⟪2350¦phone⟫."),
    ("s_ch13", "CH",
     "Abdomen-CT, Vergleich mit Voruntersuchung ⟪12.5.2026¦date⟫:\n⟨a¦Nierenzellkarzinom rechts unterer Pol "
     "⟪46 mm¦size⟫⟩ (⟦Serie 6, Bild 102 – 118¦6:102-118¦range¦a⟧), ⟨b¦damals ⟪39 mm¦size⟫⟩ (Voruntersuchung "
     "⟦Serie 5, Bild 99¦p5:99¦prior¦b⟧). ⟨c¦Bosniak ⟪IIF¦staging⟫ Zyste links⟩ (⟦Serie 6, Bild "
     "87¦6:87¦full_de¦c⟧). eGFR ⟪55¦lab⟫."),
    ("s_ch14", "CH",
     "Schädel-MRT: ⟨a¦Vestibularisschwannom rechts, intrameatal ⟪8 mm¦size⟫⟩ (T1 KM ⟦Ser. 10, Bild "
     "31¦10:31¦abbrev_de¦a⟧ und koronar ⟦Ser. 12, Bild 18¦12:18¦plane¦a⟧), Koos ⟪I¦staging⟫. ⟨b¦Im "
     "Vergleichs-MRT ⟪7 mm¦size⟫⟩ (Vergleichs-MRT ⟦Ser. 10, Bild 30¦p10:30¦prior¦b⟧). Kontrolle in ⟪12 "
     "Monaten¦followup⟫."),
    ("s_ch15", "CH",
     "Thorax-CT bei Fieber: ⟨a¦Abszedierende Pneumonie im Unterlappen links ⟪Segment 6¦segment⟫⟩ (⟦Se 4 Bi "
     "160, Se 4 Bi 172¦4:160,4:172¦list¦a⟧), ⟨b¦Empyem mit Split-pleura-Zeichen⟩ (⟦Se 4 Bi "
     "190¦4:190¦abbrev_de¦b⟧). ⟨c¦Reaktive Lymphknoten ⟪Station 7¦level⟫ ⟪13 mm¦size⟫⟩ (⟦Se 4 Bi "
     "101¦4:101¦abbrev_de¦c⟧). CRP ⟪245 mg/l¦lab⟫."),
    ("s_uk13", "UK",
     "Staging CT. ⟨a¦Irregular mass in the sigmoid colon⟩ (⟦S3 I120-128¦3:120-128¦range¦a⟧), ⟪T3 "
     "N1¦staging⟫. ⟨b¦Two indeterminate ⟪5 mm¦size⟫ lung nodules⟩ (⟦S2 I44¦2:44¦compact¦b⟧ and "
     "⟦I61¦2:61¦image_only¦b⟧). ⟨c¦No liver lesion⟩. Discussed at MDT ⟪03/11/2026¦date⟫, ⟪2ww¦followup⟫ "
     "pathway."),
    ("s_uk14", "UK",
     "MRI pelvis (rectal protocol). ⟨a¦Tumour extends ⟪4 mm¦size⟫ beyond the muscularis propria⟩ (oblique "
     "axial T2 ⟦series 8, slice 19¦8:19¦slice_word¦a⟧), ⟨b¦EMVI positive⟩ (⟦series 8, slice "
     "22¦8:22¦slice_word¦b⟧). ⟨c¦Mesorectal node ⟪6 mm¦size⟫, previously ⟪4 mm¦size⟫⟩ (⟦series 8, slice "
     "25¦8:25¦slice_word¦c⟧; prior ⟦series 7, slice 24¦p7:24¦prior¦c⟧). CRM ⟪1 mm¦size⟫."),
    ("s_uk15", "UK",
     "CT aorta ⟪03:20¦time⟫. ⟨a¦Stanford ⟪A¦staging⟫ dissection flap in the ascending aorta⟩ (⟦Se 5 Im "
     "88¦5:88¦abbrev_en¦a⟧, ⟦Im 90¦5:90¦image_only¦a⟧), ⟨b¦extending into the brachiocephalic trunk⟩ (⟦Se 5 "
     "Im 41¦5:41¦abbrev_en¦b⟧). ⟨c¦Small haemopericardium⟩ (⟦Se 5 Im 120¦5:120¦abbrev_en¦c⟧). "
     "Cardiothoracic on-call informed, ext ⟪6021¦phone⟫."),
    ("s_us13", "US",
     "MRI abdomen/MRCP. COMPARISON: CT ⟪08/14/2026¦date⟫. ⟨a¦⟪1.9 cm¦size⟫ side-branch IPMN in the "
     "pancreatic body⟩ (⟦Se 5 Im 22¦5:22¦abbrev_en¦a⟧), ⟨b¦previously ⟪1.6 cm¦size⟫⟩ (prior CT ⟦Se 3 Im "
     "40¦p3:40¦prior¦b⟧). ⟨c¦Main duct ⟪4 mm¦size⟫⟩ (MRCP ⟦Se 9 Im 12¦9:12¦abbrev_en¦c⟧). CA 19-9 ⟪21¦lab⟫."),
    ("s_us14", "US",
     "CT chest/abdomen/pelvis, restaging after cycle ⟪4¦counter⟫. ⟨a¦Decreased mediastinal adenopathy⟩ "
     "(⟦3:44, 3:51¦3:44,3:51¦list¦a⟧; baseline ⟦2:40, 2:49¦p2:40,p2:49¦prior¦a⟧). ⟨b¦New ⟪8 mm¦size⟫ lytic "
     "lesion in the ⟪T11¦level⟫ vertebral body⟩ (⟦3:180¦3:180¦compact¦b⟧). Deauville ⟪4¦birads⟫ on PET "
     "⟪09/01¦date⟫."),
    ("s_us15", "US",
     "MRI left hip. ⟨a¦Labral tear at the ⟪12 o'clock¦time⟫ to ⟪2 o'clock¦time⟫ position⟩ (⟦series 7, image "
     "15¦7:15¦full_en¦a⟧, ⟦image 17¦7:17¦image_only¦a⟧). ⟨b¦Cam morphology with alpha angle ⟪68°¦ratio⟫⟩ "
     "(⟦series 9, image 11¦9:11¦full_en¦b⟧). ⟨c¦Gluteus medius tendinosis⟩ (coronal ⟦series 5, images "
     "20-24¦5:20-24¦range¦c⟧)."),
)

EXCERPTS = [_excerpt(eid, origin, marked) for eid, origin, marked in _RAW]
