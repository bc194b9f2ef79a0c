"""Held-out refs W: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K to V
(to write different texts), the runner tests/heldout_refs_blind/measure_refs.py, tests/heldout_refs_blind/floors.py
and refs K's floor test. Written in one pass under time pressure, reread once for ambiguity (a series word left
outside a citation span was moved inside it; an image-only citation whose series stood in an earlier sentence was
moved into the same sentence), then measured once. Do not tune the miner on these texts; measure with
`python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_w.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section heading (or "derselben
Serie"), else series is None (cone-beam CT "Schnitt 112", "slices 31 to 34"); a plane word changes nothing; a
citation into a prior, comparison, baseline, outside/auswärtig, Vorbefund/Vorstudie/VU, admission-CT or earlier
follow-up-table row study is gold with prior_study true and class `prior`. Only the series/image words and numbers
are inside a citation's visible span; brackets, plane, sequence and prior words before it stay outside. Lang
follows refs C (German for DE/AT/CH), so the French- and Italian-speaking Swiss sites write German with their own
habits ("Bild n° 58", "Schnitt n° 15 der Serie 2", "Sequenz 4, Bild 21", "Ser. 12 / Imm. 44") and no French or
Italian sentence was written.

Mix: 70 excerpts (14 each DE, AT, CH German; UK, US English), 250 gold refs, 49 of them into a prior study. Site
habits leaned on here: neuroradiology and head and neck at university and district hospitals: stroke CT/CTA/
perfusion (ASPECTS, core/penumbra, Tmax, key images of perfusion maps, teleradiology night reads, 24-hour MR after
thrombectomy, vasospasm day 7 after SAH), MS follow-up MR with numbered lesion lists (brain and cord, VU/prior
citations per lesion), pituitary (dynamic, Knosp, post-TSS) and skull-base MR (meningioma, chordoma, vestibular
schwannoma follow-up table, IAC), spine MR with many levels (lumbar, cervical, whole spine under series
headings, osteoporotic fracture, spondylodiscitis), temporal bone CT (cholesteatoma, fracture, SSCD, cochlear
implant planning, mastoiditis), dental/maxillofacial CBCT (tooth numbers FDI and LL8, implant planning, cysts;
image-only slices without series), facial fractures, cardiac CT and coronary CTA (CAD-RADS, anomalous origin,
bypass, TAVI), carotid/vertebral CTA (NASCET, dissection), neck CT/MR staging (oropharynx, larynx, floor of mouth),
orbit MR, glioma RANO table and SRS follow-up list; structured reports with numbered findings, second readers
and MDT addenda pasted in, preliminary vs final reads, speech recognition with spelled numbers and dictated
punctuation ("Klammer auf ... Klammer zu Punkt", "Beistrich", "full stop", "open bracket", "period").
Forms: DE "Se 2, Bi 31", "Se 2 Bi 24-27", "Serie 6 Bild 140", "Se 8/Bi 55", glued "Se4Bi12", "Serie 9, Bild 6 und 7",
"Bild 4/58", "Bild 4/61 und 4/63", "Bild 5/29-31", "Serie 301 Bild 12", "Serie 3, Bilder 160 bis 171", "Schnitt 45
und 47", "Schicht 203", dictated "Serie zwei Bild elf bis vierzehn", a "Serie/Bild" table column "5/77", "Ser.
12/B. 40", viewer "Se:8 Im:102", hash "Se#3 Bi#10 und Bi#11", "Se 401 Bi 15 bis 17" after key-image numbers; AT
"Sr. 5 / Img. 201", "Sr. 2 / Img. 9 und Img. 12", Siemens "Serie 6 IMA 102 und IMA 104", "Schnittbild 8, Serie 3",
"Sr. 3, Img. 44", "Sr. 12, Img. 310 bis 325", "Serie 2, Bild 33 Beistrich ...", "Bild 40" inheriting, dictated
"Serie fünf Bild hundertvier", "S5/B188", "Sr. 11, Bild 64", "Se. 8 Bi. 10", "Schnitt 61 bis 63", "Se. 4, Bi. 61-70",
glued "Se8Bi41", viewer "Se: 5 Bi: 11 und 12"; CH "Sequenz 9, Bild 30 und 31", "Ser. 5 / Imm. 18 und 21", "S7 B24",
"Serie 4, Bild n° 61 bis 63", "Se3Bi45", "Se 9 - Bi 33 bis 35", "Bild 91-94", "Serie 3 Schicht 140 und 146", "Bild 24
derselben Serie", "S 9/B 14" table rows, "Ser 4 Im 120", "Schnitt n° 15 der Serie 2", "Se.5/Bi.12", "Serie 5 / Bild
92 – 98"; UK "Se 3 Im 17-19", "series 5, image 96", series headings with "image 9", "images 8 and 9", "Se 8, Im 7",
dictated "series two image twenty one full stop", "slice 14 of series 9", "slices 40-44 of series 3", "S4/I133",
"S4/I131-135", "Se 5 Im 81-86", a "Se/Im" table "Se 9/Im 55", hash "Se #602 Im #41", "Im #190", "slices 31 to 34",
"series 4, images 212 and 219", "Se 4, Ims 14, 16 and 19"; US colon-compact "(2:18)", "(2:15-16)", "(7:201,
7:205)", "series 12, image 88", "se 9 im 14", "se 6 im 9-11", numbered impression "(10:7)", dictated "series
three image thirty seven through thirty nine period", "series 4, image 140 of 260", "Se 3 Im 55-62", "image 44,
series 2", an SRS lesion list of compact citations with priors, "Img 9, Ser 4", "Series 5 Image 38-44", "series
2, images 19 and 20", "se 8, im 150-162", "se 402, im 12", "image 12 on series 7", "images 10-13 on series 7".
Prior words: VU, Vor-MRT, Vorbefund, Vorstudie, auswärtige MRT, präop. MRT, Aufnahme-CT vom Vortag, earlier
table rows, prior, previously, previous CTCA, outside CT/MRI/CTA, PET/CT of a date, admission CT, the day-1 CTA,
"the 2019 MRI". Confounders in the same sentences: sizes and volumes, dates (dots, slashes, month/year, Jänner),
clock times, vertebral levels and neck node levels, coronary and tooth segments, doses (mGy, DLP, µSv, kV,
alteplase, gadolinium, Gy, drugs), TNM/Knosp/Koos/Fisher/Hunt-Hess/Meyerding/Schizas/Modic/Genant/Biffl/
CAD-RADS/RANO/Fazekas/TICI grades, scores and lab values (NIHSS, ASPECTS, GCS, INR, EDSS, Agatston, prolactin,
IGF-1, CRP, rCBV, MTT, FFR-CT, mJOA, RADPEER, ABCD2, PSV), ratios and percentages (stenoses, mismatch, Torg-Pavlov,
Lindegaard), counters (lesion counts, key-image numbers, cycles, image totals, lesion numbers), phone, bleep,
pager and extension numbers, blood pressure, ages and follow-up intervals.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    ("W-DE01", "DE",
     "CCT/CTA/CTP vom ⟪07.12.2026¦date⟫, ⟪03:14 Uhr¦time⟫, Door-to-CT ⟪18 min¦time⟫, NIHSS ⟪14¦lab⟫. ⟨a¦Hyperdenses "
     "Mediazeichen links im M1-Segment⟩ (⟦Se 2, Bi 31¦2:31¦abbrev_de¦a⟧). ⟨b¦Beginnende Demarkierung insulär und im "
     "Nucleus lentiformis, ASPECTS ⟪7¦lab⟫⟩ (⟦Se 2 Bi 24-27¦2:24-27¦range¦b⟧). CTA: ⟨c¦Abbruch der A. cerebri media "
     "links ⟪12 mm¦size⟫ nach Abgang⟩, ⟦Serie 6 Bild 140¦6:140¦full_de¦c⟧; ⟨d¦Kollateralen mäßig, Tan-Score ⟪2¦lab⟫⟩ "
     "(⟦Se 8/Bi 55¦8:55¦slash¦d⟧). Perfusion: Kern ⟪21 ml¦size⟫, Penumbra ⟪96 ml¦size⟫, Mismatch-Ratio ⟪4,6¦ratio⟫. "
     "Telefonisch an Stroke-Unit (Tel. ⟪4471¦phone⟫) um ⟪03:29¦time⟫."),
    ("W-DE02", "DE",
     "MRT Schädel, MS-Verlaufskontrolle, Vergleich mit der VU vom ⟪14.03.2026¦date⟫.\n"
     "1. ⟨a¦Neue periventrikuläre Läsion rechts frontal, ⟪6 mm¦size⟫⟩ (⟦Se 7 Bi 88¦7:88¦abbrev_de¦a⟧), ⟨b¦in der VU "
     "an gleicher Stelle unauffällig⟩ (VU ⟦Se 5 Bi 86¦p5:86¦prior¦b⟧).\n"
     "2. ⟨c¦Neue juxtakortikale Läsion links parietal, ⟪4 mm¦size⟫⟩ (⟦Se 7 Bi 112¦7:112¦abbrev_de¦c⟧).\n"
     "3. ⟨d¦Läsion im rechten Kleinhirnstiel größenkonstant⟩ (⟦Se 7 Bi 41¦7:41¦abbrev_de¦d⟧; VU ⟦Se 5 Bi "
     "40¦p5:40¦prior¦d⟧).\n"
     "Keine KM-aufnehmenden Herde nach ⟪0,1 mmol/kg¦dose⟫ Gadobutrol. T2-Läsionen gesamt ⟪ca. 23¦counter⟫ (VU "
     "⟪21¦counter⟫), EDSS ⟪2,5¦lab⟫."),
    ("W-DE03", "DE",
     "MRT LWS: ⟨a¦Bandscheibenextrusion LWK ⟪4/5¦level⟫ paramedian links mit Kompression der Wurzel ⟪L5¦level⟫⟩ "
     "(sagittal ⟦Se4Bi12¦4:12¦glued¦a⟧, axial ⟦Se7Bi33¦7:33¦glued¦a⟧). ⟨b¦Osteochondrose ⟪L5/S1¦level⟫ mit Modic "
     "⟪Typ 2¦staging⟫⟩ (⟦Se4Bi10¦4:10¦glued¦b⟧). ⟨c¦Spinalkanal ⟪L3/4¦level⟫ mit ⟪9 mm¦size⟫ a.p. relativ eng⟩ "
     "(⟦Se7Bi21¦7:21¦glued¦c⟧). ⟨d¦In der Vor-MRT vom ⟪02/2025¦date⟫ bei LWK ⟪4/5¦level⟫ nur Protrusion⟩ "
     "(⟦Se3Bi11¦p3:11¦prior¦d⟧). Oswestry ⟪38 %¦ratio⟫ laut Zuweisung."),
    ("W-DE04", "DE",
     "MRT Sella dynamisch, koronar T1 ⟪6 Phasen à 20 s¦counter⟫. ⟨a¦Hypointense Läsion im rechten Hypophysenlappen, "
     "⟪5 x 4 mm¦size⟫, vereinbar mit Mikroadenom⟩ (koronar dynamisch ⟦Serie 9, Bild 6 und 7¦9:6,9:7¦list¦a⟧). "
     "⟨b¦Hypophysenstiel mittelständig, Chiasma frei⟩ (⟦Serie 11, Bild 9¦11:9¦full_de¦b⟧). Keine Infiltration des "
     "Sinus cavernosus, Knosp ⟪0¦staging⟫. Prolaktin ⟪84 ng/ml¦lab⟫ am ⟪30.11.2026¦date⟫."),
    ("W-DE05", "DE",
     "CT Felsenbein bds., ⟪0,6 mm¦size⟫, CTDIvol ⟪38 mGy¦dose⟫. ⟨a¦Weichteildichte Raumforderung im Epitympanon "
     "links mit Arrosion des Scutums⟩ (⟦Bild 4/58¦4:58¦slash¦a⟧, koronar ⟦Bild 5/33¦5:33¦slash¦a⟧), "
     "⟨b¦Incus-Langfortsatz nicht mehr abgrenzbar⟩ (⟦Bild 4/61 und 4/63¦4:61,4:63¦slash¦b⟧). ⟨c¦Tegmen tympani dünn, "
     "aber intakt⟩ (⟦Bild 5/29-31¦5:29-31¦range¦c⟧). Bogengänge regelrecht. Beurteilung: Cholesteatom links, Stadium "
     "⟪II¦staging⟫ nach EAONO/JOS."),
    ("W-DE06", "DE",
     "Koronar-CTA, HF ⟪58/min¦lab⟫, prospektiv bei ⟪75 %¦ratio⟫ RR, DLP ⟪142 mGy*cm¦dose⟫. Agatston ⟪312¦lab⟫ "
     "(MESA-Perzentile ⟪78¦ratio⟫). ⟨a¦Gemischte Plaque im proximalen RIVA (Segment ⟪6¦segment⟫) mit ⟪50-69 %¦ratio⟫ "
     "Stenose⟩ (⟦Serie 3 Bild 142¦3:142¦full_de¦a⟧, MPR ⟦Serie 301 Bild 12¦301:12¦full_de¦a⟧). ⟨b¦Nicht "
     "kalzifizierte Plaque RCA Segment ⟪2¦segment⟫, ⟪25-49 %¦ratio⟫⟩ (⟦Serie 3 Bild 98¦3:98¦full_de¦b⟧). "
     "⟨c¦Myokardbrücke mittlerer RIVA, ⟪14 mm¦size⟫ lang⟩ (⟦Serie 3, Bilder 160 bis 171¦3:160-171¦range¦c⟧). "
     "CAD-RADS ⟪3/P2¦staging⟫."),
    ("W-DE07", "DE",
     "Zweitbefund Neuroradiologie (eingefügt ⟪08.12.2026¦date⟫ ⟪10:12¦time⟫): ⟨a¦Zustimmung, zusätzlich kleine "
     "Mikroblutung rechts thalamisch⟩ (SWI ⟦Se 14, Bi 52¦14:52¦abbrev_de¦a⟧). ⟨b¦Die im Erstbefund beschriebene "
     "Ischämie im Pons links⟩ (⟦Se 9, Bi 18¦9:18¦abbrev_de¦b⟧) ⟨c¦war bereits in der Vor-MRT vom ⟪11.06.2025¦date⟫ "
     "sichtbar⟩ (⟦Se 6, Bi 17¦p6:17¦prior¦c⟧) und ist somit nicht akut. Fazekas ⟪2¦staging⟫. Rückruf ⟪-3318¦phone⟫."),
    ("W-DE08", "DE",
     "DVT Unterkiefer, Voxel ⟪0,2 mm¦size⟫, FOV ⟪8 x 8 cm¦size⟫, ⟪90 kV¦dose⟫. ⟨a¦Verlagerter Zahn ⟪38¦segment⟫ mit "
     "enger Lagebeziehung zum Canalis mandibulae⟩ (⟦Schnitt 112¦-:112¦slice_word¦a⟧). ⟨b¦Periapikale Aufhellung an "
     "⟪46¦segment⟫ distal, ⟪4 mm¦size⟫⟩ (paraxial ⟦Schnitt 45 und 47¦-:45,-:47¦list¦b⟧). ⟨c¦Restknochenhöhe regio "
     "⟪36¦segment⟫ ⟪5,5 mm¦size⟫⟩ (⟦Schicht 203¦-:203¦slice_word¦c⟧). Knochenklasse ⟪D2¦staging⟫."),
    ("W-DE09", "DE",
     "CCT nativ Punkt ⟨a¦Akutes Subduralhämatom rechts frontoparietal max. ⟪9 mm¦size⟫ Komma Mittellinienverlagerung "
     "⟪4 mm¦size⟫⟩ Klammer auf ⟦Serie zwei Bild achtzehn¦2:18¦full_de¦a⟧ Klammer zu Punkt ⟨b¦Kontusionsblutung "
     "temporal links⟩ Klammer auf ⟦Serie zwei Bild elf bis vierzehn¦2:11-14¦range¦b⟧ Klammer zu Punkt "
     "⟨c¦Kalottenfraktur okzipital rechts⟩ im Knochenfenster Doppelpunkt ⟦Serie drei Bild sieben¦3:7¦full_de¦c⟧ "
     "Punkt GCS ⟪11¦lab⟫, INR ⟪2,8¦lab⟫. Mitteilung an Neurochirurgie um ⟪02:41¦time⟫ Uhr."),
    ("W-DE10", "DE",
     "MRA-Verlaufskontrolle Acom-Aneurysma nach Coiling am ⟪09.11.2024¦date⟫.\n"
     "Datum | Befund | Serie/Bild\n"
     "⟪12.01.2025¦date⟫ | ⟨a¦Halsrest ⟪1,8 mm¦size⟫, Raymond-Roy ⟪II¦staging⟫⟩ | ⟦5/77¦p5:77¦prior¦a⟧\n"
     "⟪03.07.2025¦date⟫ | ⟨b¦Halsrest ⟪2,1 mm¦size⟫⟩ | ⟦5/79¦p5:79¦prior¦b⟧\n"
     "heute | ⟨c¦Halsrest ⟪2,9 mm¦size⟫, Zunahme⟩ | ⟦7/81¦7:81¦slash¦c⟧\n"
     "Beurteilung: Progredienter Halsrest, Vorstellung im Board am ⟪15.12.2026¦date⟫."),
    ("W-DE11", "DE",
     "MRT Schädelbasis: ⟨a¦Meningeom am Keilbeinflügel links, ⟪8,2 cm³¦size⟫⟩ (⟦Ser. 12/B. 40¦12:40¦slash¦a⟧), "
     "⟨b¦Vor-MRT ⟪7,6 cm³¦size⟫⟩ (⟦Ser. 10/B. 38¦p10:38¦prior¦b⟧). ⟨c¦Hyperostose des Processus clinoideus anterior⟩ "
     "(⟦Ser. 12/B. 44-46¦12:44-46¦range¦c⟧). ⟨d¦Ummauerung der ACI links ⟪< 180°¦ratio⟫⟩ (⟦Ser. 14/B. "
     "21¦14:21¦slash¦d⟧). Simpson ⟪I¦staging⟫ voraussichtlich nicht erreichbar."),
    ("W-DE12", "DE",
     "Befund (strukturiert, Vergleich VU ⟪04/2026¦date⟫):\n"
     "1) ⟨a¦Läsion Balkensplenium ⟪5 mm¦size⟫, unverändert⟩ — ⟦Se:8 Im:102¦8:102¦abbrev_de¦a⟧ / VU ⟦Se:8 "
     "Im:99¦p8:99¦prior¦a⟧\n"
     "2) ⟨b¦Läsion Pons links ⟪3 mm¦size⟫, neu⟩ — ⟦Se:8 Im:31¦8:31¦abbrev_de¦b⟧\n"
     "3) ⟨c¦Läsion Myelon Höhe HWK ⟪3¦level⟫, ⟪1 Segment¦counter⟫ lang⟩ — ⟦Se:11 Im:7¦11:7¦abbrev_de¦c⟧ / VU ⟦Se:10 "
     "Im:7¦p10:7¦prior¦c⟧\n"
     "Gesamt ⟪2 von 3¦counter⟫ Läsionen stabil, NEDA-3 nicht erfüllt."),
    ("W-DE13", "DE",
     "MRT HWS: ⟨a¦Bandscheibenvorfall HWK ⟪5/6¦level⟫ rechts mit Myelonkontakt⟩ (⟦Se#3 Bi#9¦3:9¦abbrev_de¦a⟧), "
     "⟨b¦T2-Myelopathiesignal auf Höhe HWK ⟪5¦level⟫⟩ (⟦Se#3 Bi#10 und Bi#11¦3:10,3:11¦list¦b⟧). ⟨c¦Foraminalstenose "
     "⟪C6/7¦level⟫ links⟩ (⟦Se#6 Bi#27¦6:27¦abbrev_de¦c⟧). Kanal ⟪HWK 6/7¦level⟫ ⟪10 mm¦size⟫. Torg-Pavlov "
     "⟪0,7¦ratio⟫."),
    ("W-DE14", "DE",
     "Perfusions-CT (Kreiskrankenhaus, Teleradiologie ⟪23:52¦time⟫): Key Images ⟪1-4¦counter⟫ im PACS. KI "
     "⟪2¦counter⟫: ⟨a¦Verlängerte Tmax im Mediastromgebiet rechts⟩ ⟦Se 401 Bi 15¦401:15¦abbrev_de¦a⟧. KI "
     "⟪3¦counter⟫: ⟨b¦CBV erniedrigt im Caput nuclei caudati rechts⟩ ⟦Se 402 Bi 15 bis 17¦402:15-17¦range¦b⟧. Kern "
     "⟪8 ml¦size⟫, Penumbra ⟪54 ml¦size⟫. ⟨c¦M2-Verschluss rechts⟩ in der CTA ⟦Serie 5, Bild 118¦5:118¦full_de¦c⟧. "
     "Verlegung per Hubschrauber, Ankunft ⟪01:10¦time⟫."),
    ("W-AT01", "AT",
     "Schlaganfall-CT am ⟪23. Jänner 2026¦date⟫. ⟨a¦Thrombus im Top der A. basilaris⟩ (⟦Sr. 5 / Img. "
     "201¦5:201¦slash¦a⟧). ⟨b¦Frische Hypodensität Kleinhirn rechts⟩ (⟦Sr. 2 / Img. 9 und Img. 12¦2:9,2:12¦list¦b⟧), "
     "pc-ASPECTS ⟪8¦lab⟫. CTP: ⟨c¦Tmax-Verlängerung vertebrobasilär ⟪48 ml¦size⟫⟩ (⟦Sr. 7 / Img. 4¦7:4¦slash¦c⟧). "
     "Alteplase ⟪0,9 mg/kg¦dose⟫ um ⟪14:05¦time⟫ begonnen, RR ⟪178/96¦blood_pressure⟫."),
    ("W-AT02", "AT",
     "MRT Neurocranium (MS-Protokoll), Vergleich Voruntersuchung ⟪Juli 2025¦date⟫. Neue FLAIR-Herde: "
     "⟨a¦periventrikulär links okzipital, ⟪7 mm¦size⟫⟩ (⟦Serie 6 IMA 71¦6:71¦abbrev_de¦a⟧) Beistrich ⟨b¦subkortikal "
     "rechts frontal⟩ (⟦Serie 6 IMA 102 und IMA 104¦6:102,6:104¦list¦b⟧). ⟨c¦Vorbekannter Herd im Balken, damals ⟪9 "
     "mm¦size⟫⟩ (Voruntersuchung ⟦Serie 4 IMA 88¦p4:88¦prior¦c⟧), ⟨d¦jetzt ⟪8 mm¦size⟫⟩ (⟦Serie 6 IMA "
     "90¦6:90¦abbrev_de¦d⟧). Ocrelizumab seit ⟪03/2024¦date⟫, ⟪4.¦counter⟫ Zyklus."),
    ("W-AT03", "AT",
     "MRT BWS und LWS: ⟨a¦Frische Deckplattenimpression BWK ⟪12¦level⟫ mit Ödem, Höhenminderung ⟪25 %¦ratio⟫⟩ (sag. "
     "STIR ⟦Schnittbild 8, Serie 3¦3:8¦full_de¦a⟧). ⟨b¦Alte Keilwirbel LWK ⟪2¦level⟫ ohne Ödem⟩ (⟦Schnittbild 9, "
     "Serie 3¦3:9¦full_de¦b⟧), ⟨c¦bereits in der Vor-MRT vom ⟪5.3.2024¦date⟫ vorhanden⟩ (⟦Schnittbild 10, Serie "
     "2¦p2:10¦prior¦c⟧). ⟨d¦Spinalkanal ⟪L4/5¦level⟫ ⟪8 mm¦size⟫⟩ (⟦Schnittbild 22, Serie 7¦7:22¦full_de¦d⟧). Genant "
     "⟪Grad 1¦staging⟫, T-Score ⟪-2,9¦lab⟫."),
    ("W-AT04", "AT",
     "CT Felsenbein rechts vor CI: ⟨a¦Cochlea normal angelegt, ⟪2,5 Windungen¦counter⟫⟩ (⟦Sr. 3, Img. "
     "44¦3:44¦abbrev_de¦a⟧). ⟨b¦Erweiterter Aquaeductus vestibuli ⟪2,1 mm¦size⟫⟩ (⟦Sr. 3, Img. "
     "47¦3:47¦abbrev_de¦b⟧), ⟨c¦Gegenseite ⟪1,9 mm¦size⟫⟩ (⟦Sr. 4, Img. 46¦4:46¦abbrev_de¦c⟧). ⟨d¦Kein "
     "Fazialisdehiszenz⟩. Cochleahöhe ⟪5,1 mm¦size⟫, CDL ⟪32 mm¦size⟫. Rückfragen HNO Klappe ⟪6231¦phone⟫."),
    ("W-AT05", "AT",
     "CT-TAVI-Planung: ⟨a¦Anulus ⟪24 x 21 mm¦size⟫, Perimeter ⟪72 mm¦size⟫⟩ (⟦Sr. 8, Img. 44¦8:44¦abbrev_de¦a⟧), "
     "⟨b¦Abgang des Hauptstamms ⟪11 mm¦size⟫ über Anulus⟩ (⟦Sr. 8, Img. 51¦8:51¦abbrev_de¦b⟧). ⟨c¦Iliakalachse "
     "rechts minimal ⟪6,2 mm¦size⟫⟩ (⟦Sr. 12, Img. 310 bis 325¦12:310-325¦range¦c⟧). Kalziumscore Klappe ⟪2.840 "
     "AU¦lab⟫, Kontrast ⟪80 ml¦dose⟫, Kreatinin ⟪1,4 mg/dl¦lab⟫."),
    ("W-AT06", "AT",
     "NNH-CT: ⟨a¦Totalverschattung Kieferhöhle links mit Hyperdensitäten, V.a. Aspergillom⟩ (⟦Serie 2, Bild "
     "33¦2:33¦full_de¦a⟧ Beistrich koronar ⟦Serie 3, Bild 19¦3:19¦full_de¦a⟧). ⟨b¦Ostiomeatale Einheit links "
     "verlegt⟩ (⟦Serie 3, Bild 21¦3:21¦full_de¦b⟧), ⟨c¦Onodi-Zelle rechts⟩ (⟦Bild 40¦3:40¦image_only¦c⟧). "
     "Lund-Mackay ⟪9¦lab⟫, Keros ⟪Typ II¦staging⟫."),
    ("W-AT07", "AT",
     "Diktat Nachtdienst Doppelpunkt ⟨a¦Subarachnoidalblutung basal betont, Fisher ⟪4¦staging⟫⟩ ⟦Serie drei Bild "
     "zwölf¦3:12¦full_de¦a⟧ Beistrich ⟨b¦Aneurysma der A. communicans anterior ⟪6 mm¦size⟫⟩ in der CTA ⟦Serie fünf "
     "Bild hundertvier¦5:104¦full_de¦b⟧ Punkt ⟨c¦Erweiterte Temporalhörner⟩ ⟦Serie drei Bild acht bis "
     "neun¦3:8-9¦range¦c⟧ Punkt Hunt und Hess ⟪III¦staging⟫, Neurochirurgie informiert ⟪22:40¦time⟫ Uhr."),
    ("W-AT08", "AT",
     "CTA Halsgefäße: ⟨a¦Weiche Plaque ACI rechts abgangsnah mit Stenose ⟪70 %¦ratio⟫ nach NASCET⟩ "
     "(⟦S5/B188¦5:188¦slash¦a⟧, MIP ⟦S6/B22¦6:22¦slash¦a⟧). ⟨b¦ACI links ⟪30 %¦ratio⟫⟩ (⟦S5/B190¦5:190¦slash¦b⟧). "
     "⟨c¦Im Vorbefund vom ⟪10.10.2025¦date⟫ rechts noch ⟪50 %¦ratio⟫⟩ (⟦S4/B170¦p4:170¦prior¦c⟧). Residuallumen ⟪1,4 "
     "mm¦size⟫. Plaque-Ulzeration ⟪Typ 2¦staging⟫."),
    ("W-AT09", "AT",
     "MRT Glioblastom-Verlauf nach RCT (⟪60 Gy¦dose⟫, TMZ ⟪6 Zyklen¦counter⟫), RANO: ⟨a¦Ringförmige KM-Aufnahme "
     "links temporal ⟪24 x 19 mm¦size⟫⟩ (T1 KM ⟦Sr. 11, Bild 64¦11:64¦abbrev_de¦a⟧), ⟨b¦VU ⟪18 x 15 mm¦size⟫⟩ (⟦Sr. "
     "10, Bild 61¦p10:61¦prior¦b⟧). ⟨c¦rCBV ⟪3,8¦lab⟫ im Randbereich⟩ (⟦Sr. 15, Bild 12 und 13¦15:12,15:13¦list¦c⟧). "
     "Produktfläche Zunahme ⟪+71 %¦ratio⟫, RANO ⟪PD¦staging⟫ vs. Pseudoprogression."),
    ("W-AT10", "AT",
     "MRT Sella postoperativ nach TSS am ⟪02.10.2026¦date⟫: ⟨a¦Restgewebe im Sinus cavernosus rechts, Knosp "
     "⟪3A¦staging⟫⟩ (kor. T1 KM ⟦Se. 8 Bi. 10¦8:10¦abbrev_de¦a⟧). ⟨b¦Präoperativ Tumor ⟪22 mm¦size⟫⟩ (präop. MRT "
     "⟦Se. 7 Bi. 11¦p7:11¦prior¦b⟧). ⟨c¦Chiasma frei, ⟪3 mm¦size⟫ Abstand⟩ (⟦Se. 8 Bi. 14¦8:14¦abbrev_de¦c⟧). IGF-1 "
     "⟪412 ng/ml¦lab⟫."),
    ("W-AT11", "AT",
     "DVT Oberkiefer vor Implantation: ⟨a¦Alveolarkamm regio ⟪14¦segment⟫ ⟪5,8 mm¦size⟫ breit⟩ (paraxial ⟦Schnitt "
     "23¦-:23¦slice_word¦a⟧), ⟨b¦regio ⟪24¦segment⟫ ⟪4,1 mm¦size⟫⟩ (⟦Schnitt 61 bis 63¦-:61-63¦range¦b⟧). "
     "⟨c¦Sinusitis maxillaris links⟩ (axial ⟦Schnitt 140¦-:140¦slice_word¦c⟧). Dosis ⟪62 µSv¦dose⟫, Kontrolle in ⟪6 "
     "Monaten¦followup⟫."),
    ("W-AT12", "AT",
     "CT Hals Staging Oropharynx-Ca (p16+): ⟨a¦Tumor Tonsille links ⟪34 mm¦size⟫ mit Infiltration des Zungengrunds⟩ "
     "(⟦Se. 4, Bi. 61-70¦4:61-70¦range¦a⟧). ⟨b¦Nekrotischer Lymphknoten Level ⟪IIA¦level⟫ links ⟪28 mm¦size⟫⟩ (⟦Se. "
     "4, Bi. 88¦4:88¦abbrev_de¦b⟧), ⟨c¦Level ⟪III¦level⟫ ⟪12 mm¦size⟫⟩ (⟦Se. 4, Bi. 110¦4:110¦abbrev_de¦c⟧). "
     "cT⟪3¦staging⟫ cN⟪1¦staging⟫ (UICC ⟪8.¦counter⟫ Aufl.)."),
    ("W-AT13", "AT",
     "MRT LWS Spondylodiszitis-Verlauf: ⟨a¦Abszess im M. psoas links ⟪31 mm¦size⟫⟩ (⟦Se8Bi41¦8:41¦glued¦a⟧), ⟨b¦VU "
     "⟪45 mm¦size⟫⟩ (⟦Se6Bi40¦p6:40¦prior¦b⟧). ⟨c¦Diszitis ⟪L2/3¦level⟫ mit Endplattenerosion⟩ (⟦Se4Bi9¦4:9¦glued¦c⟧ "
     "und ⟦Se4Bi10¦4:10¦glued¦c⟧). CRP ⟪4,2 mg/dl¦lab⟫ (VU ⟪18,9¦lab⟫), Antibiose seit ⟪5 Wochen¦followup⟫."),
    ("W-AT14", "AT",
     "MRT Myelon (MS): ⟨a¦Neue Läsion im Myelon auf Höhe HWK ⟪2¦level⟫, dorsal, über ⟪1 Segment¦counter⟫⟩ (⟦Se: 7 "
     "Bi: 11¦7:11¦abbrev_de¦a⟧). ⟨b¦Läsion Höhe BWK ⟪4¦level⟫ unverändert⟩ (⟦Se: 8 Bi: 10¦8:10¦abbrev_de¦b⟧; "
     "Vorbefund ⟪Jänner 2026¦date⟫ ⟦Se: 6 Bi: 10¦p6:10¦prior¦b⟧). ⟨c¦Die neue Läsion war im Vorbefund fraglich "
     "bereits angedeutet⟩ (⟦Se: 5 Bi: 11 und 12¦p5:11,p5:12¦prior¦c⟧). Siponimod ⟪2 mg¦dose⟫ seit ⟪14 "
     "Monaten¦followup⟫."),
    ("W-CH01", "CH",
     "MRT Schädel ⟪24 h¦time⟫ nach Thrombektomie (TICI ⟪2b¦staging⟫). ⟨a¦Diffusionsrestriktion im Caput nuclei "
     "caudati und Putamen links, Volumen ⟪14 ml¦size⟫⟩ (DWI ⟦Sequenz 4, Bild 21¦4:21¦full_de¦a⟧). ⟨b¦Hämorrhagische "
     "Transformation HI ⟪1¦staging⟫⟩ (SWI ⟦Sequenz 9, Bild 30 und 31¦9:30,9:31¦list¦b⟧). ⟨c¦Im Aufnahme-CT vom "
     "Vortag Infarktkern ⟪6 ml¦size⟫, ASPECTS ⟪9¦lab⟫⟩ (⟦Serie 2, Bild 19¦p2:19¦prior¦c⟧). mRS ⟪3¦lab⟫, Verlegung "
     "⟪9.12.26¦date⟫."),
    ("W-CH02", "CH",
     "MRT Gehirn Verlaufskontrolle (Lugano). ⟨a¦Neue Gd-aufnehmende Läsion rechts periventrikulär, ⟪5 mm¦size⟫⟩ "
     "(⟦Ser. 12 / Imm. 44¦12:44¦slash¦a⟧). ⟨b¦Zwei neue T2-Läsionen infratentoriell⟩ (⟦Ser. 5 / Imm. 18 und "
     "21¦5:18,5:21¦list¦b⟧). ⟨c¦Läsion im Balken in der Vorstudie vom ⟪18.2.2026¦date⟫ ⟪8 mm¦size⟫⟩ (⟦Ser. 4 / Imm. "
     "40¦p4:40¦prior¦c⟧), ⟨d¦aktuell ⟪6 mm¦size⟫⟩ (⟦Ser. 5 / Imm. 41¦5:41¦slash¦d⟧). Natalizumab ⟪300 mg¦dose⟫ alle "
     "⟪4 Wochen¦followup⟫, JCV-Index ⟪0,38¦lab⟫."),
    ("W-CH03", "CH",
     "MRT LWS: ⟨a¦Spondylolisthesis ⟪L4/5¦level⟫ Meyerding ⟪I¦staging⟫ mit ⟪6 mm¦size⟫ Gleiten⟩ (⟦S3 "
     "B11¦3:11¦abbrev_de¦a⟧). ⟨b¦Rezessusstenose ⟪L4/5¦level⟫ beidseits⟩ (⟦S7 B24¦7:24¦abbrev_de¦b⟧), "
     "⟨c¦Foraminalstenose ⟪L5/S1¦level⟫ rechts mit Kompression ⟪L5¦level⟫⟩ (⟦S7 B30¦7:30¦abbrev_de¦c⟧), "
     "⟨d¦Synovialzyste Facette ⟪L3/4¦level⟫ links ⟪9 mm¦size⟫⟩ (⟦S7 B17¦7:17¦abbrev_de¦d⟧). Schizas ⟪C¦staging⟫ auf "
     "⟪L4/5¦level⟫, Duralsackfläche ⟪68 mm²¦size⟫."),
    ("W-CH04", "CH",
     "Coro-CT (Genf): Calcium-Score ⟪0¦lab⟫. ⟨a¦Anomaler Abgang der RCA aus dem linken Sinus mit interarteriellem "
     "Verlauf⟩ (⟦Serie 4, Bild n° 58¦4:58¦full_de¦a⟧). ⟨b¦Schlitzförmiges Ostium, Höhen-Breiten-Verhältnis "
     "⟪0,4¦ratio⟫⟩ (⟦Serie 4, Bild n° 61 bis 63¦4:61-63¦range¦b⟧). LV-EF ⟪58 %¦ratio⟫. DLP ⟪98 mGy·cm¦dose⟫, "
     "Metoprolol ⟪5 mg¦dose⟫ i.v., HF ⟪61/min¦lab⟫."),
    ("W-CH05", "CH",
     "CT Felsenbein nach Sturz: ⟨a¦Längsfraktur Felsenbein rechts mit Beteiligung der Paukenhöhle⟩ "
     "(⟦Se3Bi45¦3:45¦glued¦a⟧), ⟨b¦Luxation des Incus⟩ (⟦Se3Bi49¦3:49¦glued¦b⟧, koronar ⟦Se5Bi22¦5:22¦glued¦b⟧). "
     "⟨c¦Fazialiskanal im Bereich des Ganglion geniculi nicht betroffen⟩ (⟦Se3Bi52¦3:52¦glued¦c⟧). Pneumozephalus ⟪2 "
     "ml¦size⟫, Pat. ⟪17-jährig¦age⟫."),
    ("W-CH06", "CH",
     "MRT Schädelbasis: ⟨a¦Chordom des Clivus, ⟪38 x 29 mm¦size⟫⟩ (sag. T2 ⟦Se 6 - Bi 12¦6:12¦abbrev_de¦a⟧), ⟨b¦in "
     "der auswärtigen MRT vom ⟪07/2026¦date⟫ ⟪33 x 27 mm¦size⟫⟩ (⟦Se 3 - Bi 10¦p3:10¦prior¦b⟧). ⟨c¦Kontakt zur A. "
     "basilaris über ⟪90°¦ratio⟫⟩ (ax. T1 KM ⟦Se 9 - Bi 33 bis 35¦9:33-35¦range¦c⟧). ⟨d¦Dorello-Kanal links "
     "infiltriert⟩ (⟦Se 9 - Bi 40¦9:40¦abbrev_de¦d⟧). Tumorboard ⟪16.12.2026¦date⟫."),
    ("W-CH07", "CH",
     "DVT Oberkiefer: ⟨a¦Radikuläre Zyste regio ⟪22¦segment⟫, ⟪11 mm¦size⟫⟩ (axial ⟦Bild 88¦-:88¦image_only¦a⟧). "
     "⟨b¦Perforation der bukkalen Kortikalis⟩ (⟦Bild 91-94¦-:91-94¦range¦b⟧). Zahn ⟪21¦segment⟫ wurzelbehandelt, "
     "Kontrolle in ⟪12 Monaten¦followup⟫, Dosis ⟪48 µSv¦dose⟫."),
    ("W-CH08", "CH",
     "CTA Hals nach Sturz, Pat. ⟪82-jährig¦age⟫, GCS ⟪15¦lab⟫. ⟨a¦Dissektion der A. vertebralis links im V2-Segment, "
     "Biffl ⟪II¦staging⟫⟩ (⟦Serie 5 Schicht 220¦5:220¦slice_word¦a⟧). ⟨b¦Fraktur Querfortsatz HWK ⟪6¦level⟫ links "
     "mit Beteiligung des Foramen transversarium⟩ (⟦Serie 3 Schicht 140 und 146¦3:140,3:146¦list¦b⟧). Befund um "
     "⟪18:22¦time⟫ an Dr. Dienstarzt, Tel. ⟪031 632 44 10¦phone⟫."),
    ("W-CH09", "CH",
     "MRT Hals (Larynx): ⟨a¦Glottisches Karzinom rechts mit Überschreiten der vorderen Kommissur⟩ (⟦Serie 7, Bild "
     "22¦7:22¦full_de¦a⟧), ⟨b¦Infiltration des paraglottischen Raums⟩ (⟦Bild 24¦7:24¦image_only¦b⟧ derselben Serie). "
     "⟨c¦Schildknorpel intakt⟩ (⟦Serie 8, Bild 19¦8:19¦full_de¦c⟧). cT⟪3¦staging⟫ cN⟪0¦staging⟫, Stimmlippe fixiert "
     "seit ⟪10/2026¦date⟫."),
    ("W-CH10", "CH",
     "Vestibularisschwannom links, Verlauf (Koos ⟪II¦staging⟫):\n"
     "Untersuchung | Grösse | Referenz\n"
     "MRT ⟪4.5.2024¦date⟫ | ⟨a¦intrameatal ⟪7 x 5 mm¦size⟫⟩ | ⟦S 9/B 14¦p9:14¦prior¦a⟧\n"
     "MRT ⟪12.6.2025¦date⟫ | ⟨b¦⟪9 x 6 mm¦size⟫, Kontakt Kleinhirnbrückenwinkel⟩ | ⟦S 9/B 15¦p9:15¦prior¦b⟧\n"
     "MRT heute | ⟨c¦⟪12 x 8 mm¦size⟫, Kontakt Hirnstamm⟩ | ⟦S 11/B 15¦11:15¦slash¦c⟧\n"
     "Wachstum ⟪2,6 mm/Jahr¦ratio⟫, Hörverlust ⟪40 dB¦lab⟫."),
    ("W-CH11", "CH",
     "Bypass-CT: ⟨a¦Venöser Bypass auf den RIVA offen⟩ (⟦Ser 4 Im 120¦4:120¦abbrev_de¦a⟧). ⟨b¦Venöser Bypass auf die "
     "RCA verschlossen⟩ (⟦Ser 4 Im 131¦4:131¦abbrev_de¦b⟧), ⟨c¦in der VU vom ⟪2023¦date⟫ dort bereits Stenose ⟪50 "
     "%¦ratio⟫⟩ (⟦Ser 3 Im 118¦p3:118¦prior¦c⟧). LIMA-RIVA offen. Bypass-OP ⟪2016¦date⟫, ⟪3-fach¦counter⟫."),
    ("W-CH12", "CH",
     "CT Schädel (Diktat, Sion): ⟨a¦Hypodensität im Thalamus links, älter⟩, ⟦Schnitt n° 15 der Serie "
     "2¦2:15¦slice_word¦a⟧, ⟨b¦neu gegenüber dem Vorbefund vom ⟪3.3.2025¦date⟫ die Hypodensität im Pons⟩ ⟦Schnitt n° "
     "9 der Serie 2¦2:9¦slice_word¦b⟧. ⟨c¦Im Vorbefund Pons unauffällig⟩ (⟦Schnitt n° 8 der Serie 3¦p3:8¦prior¦c⟧). "
     "Blutzucker ⟪7,8 mmol/l¦lab⟫."),
    ("W-CH13", "CH",
     "MRT Orbita: ⟨a¦Verdickter M. rectus inferior rechts ⟪7 mm¦size⟫ bei endokriner Orbitopathie⟩ (koronar "
     "⟦Se.5/Bi.12¦5:12¦slash¦a⟧), ⟨b¦Exophthalmus ⟪23 mm¦size⟫⟩ (⟦Se.3/Bi.9¦3:9¦slash¦b⟧). ⟨c¦In der Vorstudie vom "
     "⟪02.2026¦date⟫ M. rectus inferior ⟪9 mm¦size⟫⟩ (⟦Se.5/Bi.13¦p5:13¦prior¦c⟧). CAS ⟪3/7¦lab⟫, TRAK ⟪8,4 "
     "IU/l¦lab⟫."),
    ("W-CH14", "CH",
     "Kardio-CT, Zweitlesung (Bellinzona):\n"
     "1. ⟨a¦Kalzifizierte Plaque im Hauptstamm, Stenose ⟪25-49 %¦ratio⟫⟩ (⟦Serie 5 / Bild 60¦5:60¦slash¦a⟧).\n"
     "2. ⟨b¦Hochgradige Stenose im RIVA-Segment ⟪7¦segment⟫⟩ (⟦Serie 5 / Bild 92 – 98¦5:92-98¦range¦b⟧), ⟨c¦in der "
     "Vorstudie vom ⟪14.4.2023¦date⟫ nur ⟪50 %¦ratio⟫⟩ (⟦Serie 4 / Bild 90¦p4:90¦prior¦c⟧).\n"
     "3. ⟨d¦Thrombus im linken Herzohr ausgeschlossen⟩ (Spätphase ⟦Serie 8 / Bild 33¦8:33¦slash¦d⟧).\n"
     "Agatston ⟪640¦lab⟫, CAD-RADS ⟪4A¦staging⟫."),
    ("W-UK01", "UK",
     "CT head/CTA/CTP ⟪07/12/2026¦date⟫ ⟪14:22¦time⟫. ⟨a¦Dense left MCA sign⟩ (⟦Se 3 Im 22¦3:22¦abbrev_en¦a⟧). "
     "⟨b¦Loss of grey-white differentiation in the left insular ribbon, ASPECTS ⟪8¦lab⟫⟩ (⟦Se 3 Im "
     "17-19¦3:17-19¦range¦b⟧). ⟨c¦Occlusion of the proximal left M1, clot length ⟪15 mm¦size⟫⟩ (⟦Se 6 Im "
     "180¦6:180¦abbrev_en¦c⟧). Core ⟪12 ml¦size⟫, penumbra ⟪88 ml¦size⟫. Discussed with the thrombectomy team on ext "
     "⟪6612¦phone⟫ at ⟪14:35¦time⟫."),
    ("W-UK02", "UK",
     "MRI brain, comparison ⟪21/05/2025¦date⟫. ⟨a¦New T2 lesion in the right centrum semiovale, ⟪4 mm¦size⟫⟩ "
     "(⟦series 5, image 96¦5:96¦full_en¦a⟧). ⟨b¦Enlarging left periventricular lesion, ⟪7 mm¦size⟫ now⟩ (⟦series 5, "
     "image 78¦5:78¦full_en¦b⟧), ⟨c¦⟪5 mm¦size⟫ previously⟩ (⟦series 4, image 75¦p4:75¦prior¦c⟧). No enhancing "
     "lesions after ⟪7.5 ml¦dose⟫ gadoterate. ⟪2¦counter⟫ new lesions in total: radiological activity. Next scan in "
     "⟪12 months¦followup⟫."),
    ("W-UK03", "UK",
     "MRI whole spine.\n"
     "Series 7 (sagittal T2 cervicothoracic):\n"
     "⟨a¦Disc protrusion at ⟪C5/6¦level⟫ indenting the cord⟩, ⟦image 9¦7:9¦image_only¦a⟧.\n"
     "⟨b¦Typical haemangioma in ⟪T7¦level⟫⟩, ⟦image 10¦7:10¦image_only¦b⟧.\n"
     "Series 11 (sagittal T2 lumbar):\n"
     "⟨c¦Broad-based disc bulge at ⟪L4/5¦level⟫ with moderate canal stenosis⟩, ⟦images 8 and 9¦11:8,11:9¦list¦c⟧.\n"
     "Series 12 (axial T2 lumbar):\n"
     "⟨d¦Left subarticular narrowing at ⟪L4/5¦level⟫ contacting the traversing ⟪L5¦level⟫ root⟩, ⟦image "
     "22¦12:22¦image_only¦d⟧."),
    ("W-UK04", "UK",
     "MRI pituitary: ⟨a¦Macroadenoma ⟪18 x 14 x 15 mm¦size⟫ with suprasellar extension abutting the optic chiasm⟩ "
     "(coronal T1 post-contrast, ⟦Se 8, Im 7¦8:7¦abbrev_en¦a⟧). ⟨b¦Invasion of the right cavernous sinus, Knosp "
     "⟪grade 3B¦staging⟫⟩ (⟦Se 8, Im 9¦8:9¦abbrev_en¦b⟧). ⟨c¦On the prior MRI of ⟪March 2025¦date⟫ the adenoma "
     "measured ⟪14 mm¦size⟫⟩ (⟦Se 6, Im 8¦p6:8¦prior¦c⟧). Prolactin ⟪1,240 mU/L¦lab⟫; visual fields booked for "
     "⟪12/12/2026¦date⟫."),
    ("W-UK05", "UK",
     "CT head full stop ⟨a¦There is an acute extradural haematoma over the right temporal convexity measuring ⟪14 "
     "mm¦size⟫ in depth⟩ ⟦series two image twenty one¦2:21¦full_en¦a⟧ full stop ⟨b¦Associated undisplaced fracture "
     "of the right squamous temporal bone⟩ on bone windows ⟦series three image thirty three¦3:33¦full_en¦b⟧ full "
     "stop ⟨c¦Midline shift ⟪6 mm¦size⟫ to the left⟩ open bracket ⟦series two image twenty six¦2:26¦full_en¦c⟧ close "
     "bracket full stop GCS ⟪9¦lab⟫. Neurosurgical registrar bleep ⟪4417¦phone⟫ informed at ⟪01:55¦time⟫."),
    ("W-UK06", "UK",
     "CT petrous temporal bones: ⟨a¦Dehiscence of the right superior semicircular canal⟩ (Pöschl reformat, ⟦slice 14 "
     "of series 9¦9:14¦slice_word¦a⟧). ⟨b¦The left canal is covered by a thin bony roof⟩ (⟦slice 15 of series "
     "10¦10:15¦slice_word¦b⟧). ⟨c¦Ossicular chains intact bilaterally⟩ (axial ⟦slices 40-44 of series "
     "3¦3:40-44¦range¦c⟧). Audiogram: ⟪25 dB¦lab⟫ air-bone gap at ⟪250 Hz¦lab⟫."),
    ("W-UK07", "UK",
     "CT coronary angiogram. Calcium score ⟪86¦lab⟫ (⟪62nd centile¦ratio⟫). ⟨a¦Mixed plaque in the proximal LAD, "
     "segment ⟪6¦segment⟫, causing a ⟪50-69%¦ratio⟫ stenosis⟩ (⟦S4/I133¦4:133¦slash¦a⟧). ⟨b¦Minimal non-calcified "
     "plaque in the mid RCA⟩ (⟦S4/I101¦4:101¦slash¦b⟧). ⟨c¦High-risk features: positive remodelling and low "
     "attenuation ⟪<30 HU¦lab⟫⟩ (⟦S4/I131-135¦4:131-135¦range¦c⟧). ⟨d¦On the previous CTCA of ⟪2021¦date⟫ the LAD "
     "plaque was ⟪25-49%¦ratio⟫⟩ (⟦S3/I128¦p3:128¦prior¦d⟧). CAD-RADS ⟪3¦staging⟫/HRP. Heart rate ⟪62 bpm¦lab⟫ after "
     "⟪10 mg¦dose⟫ ivabradine."),
    ("W-UK08", "UK",
     "Addendum following MDT review ⟪09/12/2026¦date⟫ (second radiologist): ⟨a¦the level ⟪IB¦level⟫ node on the left "
     "is necrotic, ⟪14 mm¦size⟫⟩ (⟦Se 5 Im 70¦5:70¦abbrev_en¦a⟧) and upstages the neck to N⟪2b¦staging⟫. ⟨b¦The "
     "primary floor-of-mouth tumour has a depth of invasion of ⟪11 mm¦size⟫⟩ (⟦Se 5 Im 81-86¦5:81-86¦range¦b⟧) "
     "⟨c¦and abuts the lingual cortex of the mandible without erosion⟩ (bone window ⟦Se 6 Im 84¦6:84¦abbrev_en¦c⟧). "
     "⟨d¦The outside CT of ⟪October¦date⟫ showed the node at ⟪9 mm¦size⟫⟩ (outside ⟦Se 2 Im 33¦p2:33¦prior¦d⟧)."),
    ("W-UK09", "UK",
     "Comparison table (enhancing component, bidimensional):\n"
     "Date | Measurement | Se/Im\n"
     "Baseline ⟪02/04/2026¦date⟫ | ⟨a¦enhancing nodule ⟪21 x 17 mm¦size⟫⟩ | ⟦Se 9/Im 55¦p9:55¦prior¦a⟧\n"
     "⟪14/08/2026¦date⟫ (nadir) | ⟨b¦enhancing nodule ⟪17 x 12 mm¦size⟫⟩ | ⟦Se 9/Im 54¦p9:54¦prior¦b⟧\n"
     "Today | ⟨c¦enhancing nodule ⟪26 x 20 mm¦size⟫⟩ | ⟦Se 11/Im 57¦11:57¦slash¦c⟧\n"
     "⟪+155%¦ratio⟫ from nadir: progressive disease (RANO), temozolomide cycle ⟪5¦counter⟫."),
    ("W-UK10", "UK",
     "CT C-spine: ⟨a¦Type ⟪II¦staging⟫ odontoid peg fracture with ⟪3 mm¦size⟫ posterior displacement⟩ (sagittal ⟦Se "
     "#602 Im #41¦602:41¦abbrev_en¦a⟧). ⟨b¦Left ⟪C6¦level⟫ lamina fracture⟩ (⟦Se #3 Im #188¦3:188¦abbrev_en¦b⟧), "
     "⟨c¦not involving the foramen transversarium⟩ (⟦Im #190¦3:190¦image_only¦c⟧). ⟨d¦Pre-existing ⟪C5/6¦level⟫ "
     "fusion, unchanged⟩ (prior ⟦Se #4 Im #150¦p4:150¦prior¦d⟧). Patient ⟪71¦age⟫, fell from ⟪1 m¦size⟫."),
    ("W-UK11", "UK",
     "CBCT mandible (⟪8 x 5 cm¦size⟫ FOV): ⟨a¦The roots of the lower left third molar (⟪LL8¦segment⟫) are intimately "
     "related to the inferior alveolar canal with loss of its cortex⟩ on cross-sectional ⟦slices 31 to "
     "34¦-:31-34¦range¦a⟧. ⟨b¦Well-defined radiolucency of ⟪9 mm¦size⟫ at the apex of ⟪LL6¦segment⟫⟩ (⟦slice "
     "58¦-:58¦slice_word¦b⟧). Dose ⟪35 µSv¦dose⟫. Review in ⟪6 weeks¦followup⟫."),
    ("W-UK12", "UK",
     "MRI IAMs: ⟨a¦Left intracanalicular vestibular schwannoma, now ⟪6 mm¦size⟫⟩ (⟦Se 7 Im 12¦7:12¦abbrev_en¦a⟧), "
     "⟨b¦⟪4 mm¦size⟫ on the outside MRI of ⟪2024¦date⟫⟩ (⟦Se 4 Im 20¦p4:20¦prior¦b⟧). No right-sided lesion. Koos "
     "⟪I¦staging⟫. Re-image in ⟪1 year¦followup⟫."),
    ("W-UK13", "UK",
     "CTA carotids (TIA clinic, ABCD2 ⟪5¦lab⟫): ⟨a¦Ulcerated plaque at the left carotid bifurcation, ⟪60%¦ratio⟫ "
     "NASCET⟩ (⟦series 4, images 212 and 219¦4:212,4:219¦list¦a⟧). ⟨b¦Right ICA stenosis ⟪<30%¦ratio⟫⟩ (⟦series 4, "
     "image 215¦4:215¦full_en¦b⟧). ⟨c¦On the previous CTA of ⟪2024¦date⟫ the left bifurcation stenosis was "
     "⟪40%¦ratio⟫⟩ (⟦series 3, image 208¦p3:208¦prior¦c⟧). Duplex ⟪02/12/2026¦date⟫ PSV ⟪230 cm/s¦lab⟫. BP "
     "⟪162/90¦blood_pressure⟫."),
    ("W-UK14", "UK",
     "MRI head (day ⟪2¦counter⟫): ⟨a¦Acute infarcts in the right ACA territory⟩ on DWI (⟦Se 4, Ims 14, 16 and "
     "19¦4:14,4:16,4:19¦list¦a⟧). ⟨b¦Corresponding subtle hypodensity in retrospect on the admission CT⟩ (⟦Se 2, Im "
     "28¦p2:28¦prior¦b⟧). ⟨c¦Chronic lacune in the left internal capsule⟩ (⟦Se 6, Im 12¦6:12¦abbrev_en¦c⟧), ⟨d¦also "
     "seen on the ⟪2019¦date⟫ MRI⟩ (⟦Se 5, Im 12¦p5:12¦prior¦d⟧). Fazekas ⟪1¦staging⟫, NIHSS ⟪4¦lab⟫."),
    ("W-US01", "US",
     "CODE STROKE, LKW ⟪06:50¦time⟫. ⟨a¦Hyperdense right MCA⟩ (⟦2:18¦2:18¦compact¦a⟧). ⟨b¦Early hypoattenuation of "
     "the right lentiform nucleus, ASPECTS ⟪9¦lab⟫⟩ (⟦2:15-16¦2:15-16¦range¦b⟧). ⟨c¦Right M1 occlusion with good "
     "collaterals⟩ (⟦7:201, 7:205¦7:201,7:205¦list¦c⟧). Tmax>6s ⟪102 mL¦size⟫, CBF<30% ⟪9 mL¦size⟫. Called to the "
     "stroke fellow at ⟪07:31¦time⟫ (pager ⟪555-0142¦phone⟫)."),
    ("W-US02", "US",
     "MRI brain w/wo, MS protocol. Comparison: ⟪3/14/2026¦date⟫. ⟨a¦New enhancing lesion in the left corona radiata, "
     "⟪6 mm¦size⟫⟩ (⟦series 12, image 88¦12:88¦full_en¦a⟧). ⟨b¦Previously seen right juxtacortical lesion is "
     "unchanged⟩ (⟦series 5, image 102¦5:102¦full_en¦b⟧; prior ⟦series 5, image 100¦p5:100¦prior¦b⟧). T2 lesion "
     "count ⟪>20¦counter⟫. Gadobutrol ⟪7 mL¦dose⟫."),
    ("W-US03", "US",
     "FINDINGS:\n"
     "1. ⟨a¦⟪L3-L4¦level⟫: Mild disc bulge, mild bilateral foraminal narrowing⟩ (⟦se 9 im 14¦9:14¦abbrev_en¦a⟧).\n"
     "2. ⟨b¦⟪L4-L5¦level⟫: Left paracentral extrusion migrating ⟪8 mm¦size⟫ inferiorly, severe left lateral recess "
     "stenosis⟩ (⟦se 9 im 22¦9:22¦abbrev_en¦b⟧, ⟦se 6 im 8¦6:8¦abbrev_en¦b⟧). ⟨e¦The extrusion is new since "
     "⟪2024¦date⟫⟩ (prior ⟦se 7 im 20¦p7:20¦prior¦e⟧).\n"
     "3. ⟨c¦⟪L5-S1¦level⟫: Grade ⟪1¦staging⟫ anterolisthesis with bilateral pars defects⟩ (⟦se 6 im "
     "9-11¦6:9-11¦range¦c⟧).\n"
     "4. Conus terminates at ⟪L1¦level⟫."),
    ("W-US04", "US",
     "IMPRESSION:\n"
     "1. ⟨a¦Postsurgical changes of transsphenoidal resection with small residual tumor in the left cavernous sinus, "
     "now ⟪6 mm¦size⟫⟩ (⟦10:7¦10:7¦compact¦a⟧), ⟨b¦previously ⟪4 mm¦size⟫⟩ (prior ⟦8:7¦p8:7¦prior¦b⟧).\n"
     "2. ⟨c¦Optic chiasm decompressed⟩ (⟦11:12¦11:12¦compact¦c⟧).\n"
     "3. AM cortisol ⟪2.1 mcg/dL¦lab⟫ at ⟪8 AM¦time⟫ per chart."),
    ("W-US05", "US",
     "⟨a¦There is a ⟪9 mm¦size⟫ left parafalcine subdural hematoma⟩ ⟦series three image forty two¦3:42¦full_en¦a⟧ "
     "period No hydrocephalus period ⟨c¦Small focus of subarachnoid hemorrhage in the right sylvian fissure⟩ ⟦series "
     "three image thirty seven through thirty nine¦3:37-39¦range¦c⟧ period Patient on apixaban ⟪5 mg¦dose⟫ BID, age "
     "⟪84¦age⟫. Called to ext. ⟪2-4410¦phone⟫."),
    ("W-US06", "US",
     "Coronary CTA. Agatston ⟪412¦lab⟫ (⟪90th percentile¦ratio⟫). ⟨a¦Severe stenosis (⟪70-99%¦ratio⟫) of the "
     "proximal LCx due to calcified plaque⟩ (⟦series 4, image 140¦4:140¦full_en¦a⟧ of ⟪260¦counter⟫). ⟨b¦Moderate "
     "stenosis of the mid LAD⟩ (⟦series 4, image 166¦4:166¦full_en¦b⟧); FFR-CT ⟪0.76¦lab⟫ distal. ⟨d¦Compared with "
     "the outside CTA from ⟪2022¦date⟫, the LCx plaque is new⟩ (outside ⟦series 3, image 122¦p3:122¦prior¦d⟧). "
     "CAD-RADS ⟪4A¦staging⟫. Nitroglycerin ⟪0.8 mg¦dose⟫ SL."),
    ("W-US07", "US",
     "CT neck with contrast. ⟨a¦Enhancing mass of the right base of tongue, ⟪3.1 cm¦size⟫, crossing midline⟩ (⟦Se 3 "
     "Im 55-62¦3:55-62¦range¦a⟧). ⟨b¦Right level ⟪IIA¦level⟫ cystic node ⟪2.4 cm¦size⟫⟩ (⟦Se 3 Im "
     "49¦3:49¦abbrev_en¦b⟧) ⟨c¦and contralateral level ⟪III¦level⟫ node ⟪1.1 cm¦size⟫⟩ (⟦Se 3 Im "
     "71¦3:71¦abbrev_en¦c⟧). ⟨d¦On the PET/CT of ⟪10/28/2026¦date⟫ the left node had SUVmax ⟪6.2¦lab⟫⟩ (⟦Se 4 Im "
     "90¦p4:90¦prior¦d⟧). p16 positive, cT⟪3¦staging⟫N⟪2¦staging⟫."),
    ("W-US08", "US",
     "CT temporal bones, ⟪3-year-old¦age⟫. ⟨a¦Opacification of the right mastoid air cells with coalescence of "
     "septations⟩ (⟦image 44, series 2¦2:44¦full_en¦a⟧; ⟦image 12, series 5¦5:12¦full_en¦a⟧). ⟨b¦Dehiscent tegmen "
     "mastoideum with an adjacent epidural collection of ⟪8 mm¦size⟫⟩ (⟦image 16, series 5¦5:16¦full_en¦b⟧). WBC "
     "⟪18.2 K/uL¦lab⟫, temperature ⟪39.1 C¦lab⟫."),
    ("W-US09", "US",
     "SRS follow-up (treated ⟪09/02/2026¦date⟫, ⟪24 Gy¦dose⟫ single fraction):\n"
     "Lesion ⟪1¦counter⟫: ⟨a¦right frontal, ⟪8 mm¦size⟫⟩ (⟦11:102¦11:102¦compact¦a⟧), ⟨b¦was ⟪12 mm¦size⟫⟩ (prior "
     "⟦9:98¦p9:98¦prior¦b⟧)\n"
     "Lesion ⟪2¦counter⟫: ⟨c¦left cerebellar, ⟪5 mm¦size⟫⟩ (⟦11:31¦11:31¦compact¦c⟧), ⟨d¦was ⟪5 mm¦size⟫⟩ (prior "
     "⟦9:30¦p9:30¦prior¦d⟧)\n"
     "Lesion ⟪3¦counter⟫: ⟨e¦new, left occipital, ⟪3 mm¦size⟫⟩ (⟦11:77¦11:77¦compact¦e⟧)"),
    ("W-US10", "US",
     "MRI C-spine: ⟨a¦Cord signal abnormality at ⟪C3-C4¦level⟫⟩ (⟦Img 9, Ser 4¦4:9¦abbrev_en¦a⟧), ⟨b¦severe canal "
     "stenosis at ⟪C3-C4¦level⟫, AP diameter ⟪6 mm¦size⟫⟩ (⟦Img 21, Ser 8¦8:21¦abbrev_en¦b⟧). ⟨c¦The cord signal was "
     "already present on the ⟪1/2026¦date⟫ exam⟩ (⟦Img 9, Ser 3¦p3:9¦prior¦c⟧). mJOA ⟪13¦lab⟫."),
    ("W-US11", "US",
     "CT facial bones: ⟨a¦Left zygomaticomaxillary complex fracture⟩ (axial ⟦Series 2 Image 80¦2:80¦full_en¦a⟧, "
     "coronal ⟦Series 5 Image 41¦5:41¦full_en¦a⟧). ⟨b¦Orbital floor fracture with herniation of fat, defect ⟪1.8 "
     "cm2¦size⟫⟩ (coronal ⟦Series 5 Image 38-44¦5:38-44¦range¦b⟧). Inferior rectus not entrapped. Le Fort "
     "⟪I¦staging⟫ pattern absent."),
    ("W-US12", "US",
     "PRELIMINARY (nighthawk, ⟪02:14¦time⟫): no acute intracranial abnormality.\n"
     "FINAL (attending, ⟪08:05¦time⟫): ⟨a¦Subtle cortical hypodensity in the left posterior MCA territory, likely "
     "acute infarct⟩ (⟦series 2, images 19 and 20¦2:19,2:20¦list¦a⟧). ⟨b¦Not present on the head CT of "
     "⟪11/30/2026¦date⟫⟩ (⟦series 2, image 19¦p2:19¦prior¦b⟧). RADPEER ⟪2b¦lab⟫. Discussed with the ED at ext "
     "⟪7-5521¦phone⟫."),
    ("W-US13", "US",
     "CTA/CTP day ⟪7¦counter⟫ after SAH: ⟨a¦Moderate vasospasm of the right A1 and M1 segments⟩ (⟦se 8, im "
     "150-162¦8:150-162¦range¦a⟧), ⟨b¦new compared with the CTA on day ⟪1¦counter⟫⟩ (⟦se 6, im 148¦p6:148¦prior¦b⟧). "
     "⟨c¦Prolonged MTT in the right frontal lobe, ⟪7.8 s¦lab⟫⟩ (⟦se 402, im 12¦402:12¦abbrev_en¦c⟧). Nimodipine ⟪60 "
     "mg¦dose⟫ q4h, TCD ⟪182 cm/s¦lab⟫, Lindegaard ⟪4.1¦ratio⟫."),
    ("W-US14", "US",
     "MRI IAC: ⟨a¦Enhancing lesion at the right geniculate ganglion, ⟪4 mm¦size⟫⟩ (⟦image 12 on series "
     "7¦7:12¦full_en¦a⟧), ⟨b¦previously ⟪3 mm¦size⟫⟩ (⟦image 11 on series 6¦p6:11¦prior¦b⟧ of ⟪5/2025¦date⟫). "
     "⟨c¦Enhancement of the labyrinthine segment of the facial nerve⟩ (⟦images 10-13 on series 7¦7:10-13¦range¦c⟧). "
     "House-Brackmann ⟪III¦staging⟫."),
)

EXCERPTS: list[Excerpt] = [_excerpt(eid, origin, marked) for eid, origin, marked in _RAW]
