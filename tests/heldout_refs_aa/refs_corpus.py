"""Held-out refs AA: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K to X
and Z (to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's floor test. Written in one pass, reread once for ambiguity (one
odd "reviewed range" citation was dropped), then measured once. Do not tune the miner on these texts; measure
with `python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_aa.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section heading (or
"derselben Serie"), else series is None (myelogram and fluoroscopic views, cone-beam CT slices and panoramic or
cross-sectional reconstructions); a plane or sequence word changes nothing and stays outside the visible span;
a citation into a prior, Vorbefund/VU/VB, Vor-MRT, Voraufnahme, Vorstudie, Fremd-/auswärtige, präoperative,
Aufnahme-CT, planning-MRI, outside, PET/CT-of-a-date, admission-CT or earlier-date study is gold with
prior_study true and class `prior`. Only series/image words and numbers are inside the visible span. Lang
follows refs C (German for DE/AT/CH), so Swiss French- and Italian-speaking sites write German with their habits
("Bild n° 88 der Serie 3", "Schnitt n° 54, Serie 3", "Ser. 6 / Imm. 102", "Sequenz 14, Bild n° 7").

Mix: 70 excerpts (14 each DE, AT, CH German; UK, US English), 282 gold refs, 48 of them into a prior study,
366 marked confounders. Site habits leaned on here: neuroradiology, head and neck and spine at university
hospitals, stroke units and teleradiology services: stroke CT/CTA/CTP (ASPECTS, core/penumbra, RAPID maps,
night reads, 24-hour controls against the admission CT), aneurysm coil/clip follow-up MRA and CTA, AVM after
radiosurgery (DSA, MR), glioma RANO against two or three priors (rows, pipe columns heute | VB2 | VB1), SRS
metastasis lists, MS lesion bullet lists (brain and cord), pituitary (dynamic, post-TSS), temporal bone CT
(cholesteatoma, SSCD, fracture, CI planning) and non-EPI DWI, sinus CT before FESS, dental/jaw CBCT, spine MR and
CT with vertebral levels in nearly every finding, lumbar myelography with post-myelo CT, CT-guided PRT, facet,
SI-joint and nerve-root injections, vertebroplasty and bone biopsy. Report shapes: all-caps teleradiology night
reports, RIS exports with lost line breaks ("Befund:MRT ...", "...)IMPRESSION:1."), RTF residue ("{\\rtf1\\ansi",
"\\par", "\\pard", "{\\fs20"), bullet and dash lists, pipe tables, dictated text with spelled numbers ("Klammer auf
Schnitt vierundfünfzig Klammer zu Punkt", "Serie sieben Bild zweiunddreißig", "Beistrich", "series three images
twenty two to twenty five full stop", "series twelve images forty through forty four period"). Forms: vendor
overlays "Se:12 Im:7", "Se:4 Im:188-201", "Ser/Img 4/120", "IM 72 SE 15", "IM 30-36 SE 9", Siemens "Serie 6 IMA 88
und IMA 92"; sequence-named series "DWI Bild 18 der Serie 6", "sag T2 Serie 3 Bild 9", "non-EPI DWI image 18 of
series 6"; DE "SERIE 5 BILD 112 BIS 118", "Se 4 Bi 12", "Serie 6 Bild 9 und 10", "Bild 6" (myelogram),
"SE 14 BI 33-36"; AT "Sr. 4, Img. 14 bis 19", "Sr. 12/Img. 133", "Serie 602, Schnittbild 44", "Serie 4, Schicht
88", "Se. 2 Bi. 31", "Se 3 Img 51, 53", "SR 3 BI 22 UND 23", image-only "Img. 96" in RANO columns, "Querschnitt
Bild 71 bis 73"; CH "Serie 6 - Bild 133", "S7 B11" beside "S1" roots, "S9 B18 und B25", glued "Se4Im88"/
"Se7Im40-47", "SE 4 / BI 212", "Serie/Bild 3/22 und 3/27", "Schnitte 41 bis 44", "Se. 11 Bi. 66"; UK "SE 2 IM 19",
"Se 3/Im 40", "Im 176 and Im 181" under a series heading, "series 9 images 17 to 19", "image 33 of series 4",
"slice 45 of 120", "Ser 11 Img 7", "Se 4, Im 11 and 13"; US colon-compact "(2:17)", "(6:122-130)", "(701:4)",
"series 8, images 20 and 21", "image 22 series 8", "images 61-66 series 4", "SERIES 14 IMAGES 30-33", "Se:5
Im:58-64", "[Ser/Img 8/11]". Confounders in the same sentences: sizes and volumes, vertebral levels everywhere
("LWK 4/5", "L5/S1", "HWK 5/6", "C6/7", "L4-L5", "T11", "BWK 11/12", "S1"), neck node levels, vessel and tooth
segments ("M1", "V3", "C7", "26", "LL8", "#14"), dates (dots, slashes, month/year, Jänner, Feber), clock times
("10:15 PM", "6:40 min", "02:47 UHR", spelled "four fifteen"), doses (Gy, mGy·cm, µSv, mg, ml, alteplase),
grades and scores (ASPECTS, NIHSS, GCS, EDSS, Knosp, Modic, Genant, AO, TICI, HBI, SINS, SLIC, Koos, Fazekas,
Spetzler-Martin, Raymond-Roy, TNM, "p16"), lab values, ratios and percentages (NASCET, mismatch, VAS "7/10",
Lund-Mackay "12/24"), counters (numbered items, lesion counts, cycles, "of 120"), phone, bleep and extension
numbers, an age and follow-up intervals.
"""

from __future__ import annotations

import re

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

# One block per excerpt: a header line "@@ <id> <origin>", then the marked text (line breaks are the report's).
_SOURCE = r"""
@@ aa_de01 DE
TELERADIOLOGIE NACHTDIENST ⟪02:47 UHR¦time⟫. CCT NATIV: ⟨a¦BEGINNENDE DEMARKIERUNG IM LINKEN INSELKORTEX⟩ (⟦SERIE 2 BILD 18¦2:18¦full_de¦a⟧), ASPECTS ⟪8¦lab⟫. CTA: ⟨b¦ABBRUCH DER A. CEREBRI MEDIA LINKS IM ⟪M1¦segment⟫-SEGMENT⟩ (⟦SERIE 5 BILD 112 BIS 118¦5:112-118¦range¦b⟧). CTP: ⟨c¦INFARKTKERN ⟪14 ML¦size⟫, PENUMBRA ⟪61 ML¦size⟫⟩ (⟦SERIE 9 BILD 4¦9:4¦full_de¦c⟧). RUECKRUF NEUROLOGIE DURCHWAHL ⟪4471¦phone⟫.
@@ aa_de02 DE
MRT Schädel, Verlaufskontrolle nach Resektion und Radiochemotherapie (Zyklus ⟪4/6¦counter⟫ Temozolomid).
Vergleich: VU vom ⟪12.03.2026¦date⟫ und postoperative MRT vom ⟪20.11.2025¦date⟫.
T1 KM (Serie 14): ⟨a¦Noduläre Randanreicherung am dorsalen Resektionshöhlenrand, jetzt ⟪14 x 9 mm¦size⟫⟩ (⟦Bild 88¦14:88¦image_only¦a⟧), ⟨b¦in der VU ⟪10 x 7 mm¦size⟫⟩ (⟦Serie 12, Bild 85¦p12:85¦prior¦b⟧), ⟨c¦postoperativ nicht abgrenzbar⟩ (⟦Serie 11, Bild 90¦p11:90¦prior¦c⟧).
FLAIR: ⟨d¦Zunahme des perifokalen Ödems nach frontal⟩ (⟦Serie 6, Bild 20 bis 24¦6:20-24¦range¦d⟧).
Perfusion: ⟨e¦rCBV im anreichernden Anteil erhöht (⟪3,1¦lab⟫)⟩ (⟦Serie 20, Bild 9¦20:9¦full_de¦e⟧).
Beurteilung: DD Pseudoprogression ⟪12 Wochen¦followup⟫ nach Ende der Radiatio (⟪60 Gy¦dose⟫).
@@ aa_de03 DE
MRT Schädel MS-Verlauf, Vergleich Vor-MRT ⟪03/2025¦date⟫.
Neue T2-Läsionen (FLAIR 3D, Serie 4):
• ⟨a¦periventrikulär rechts okzipital, ⟪6 mm¦size⟫⟩ – ⟦Bild 141¦4:141¦image_only¦a⟧
• ⟨b¦juxtakortikal links frontal, ⟪4 mm¦size⟫⟩ – ⟦Bild 188¦4:188¦image_only¦b⟧
• ⟨c¦infratentoriell im rechten Kleinhirnstiel⟩ – ⟦Bild 62¦4:62¦image_only¦c⟧
⟨d¦⟪Läsion 2¦counter⟫ im Vor-MRT bereits angedeutet⟩ (⟦Serie 3, Bild 186¦p3:186¦prior¦d⟧).
⟨e¦Keine KM-aufnehmenden Herde⟩ (T1 KM ⟦Serie 9, Bild 70–90¦9:70-90¦range¦e⟧). Gesamtzahl T2-Läsionen ⟪> 20¦counter⟫, EDSS ⟪2,5¦lab⟫.
@@ aa_de04 DE
MRT LWS nativ.
⟨a¦Bandscheibenextrusion ⟪LWK 4/5¦level⟫ rechts mediolateral mit Kompression der Wurzel ⟪L5¦level⟫⟩ (sag T2 ⟦Serie 3 Bild 9¦3:9¦full_de¦a⟧, tra T2 ⟦Serie 6 Bild 14¦6:14¦full_de¦a⟧).
⟨b¦Osteochondrose ⟪L5/S1¦level⟫ mit Modic ⟪Typ 2¦staging⟫⟩ (sag T1 ⟦Bild 8 der Serie 2¦2:8¦full_de¦b⟧).
⟨c¦Spinalkanalstenose ⟪L3/4¦level⟫ mit Restdurchmesser ⟪8 mm¦size⟫⟩ (tra T2 ⟦Serie 6 Bild 9 und 10¦6:9,6:10¦list¦c⟧).
@@ aa_de05 DE
Lumbale Myelographie und Post-Myelo-CT. Punktion ⟪L2/3¦level⟫, ⟪10 ml¦dose⟫ Solutrast ⟪250¦dose⟫.
Funktionsaufnahmen: ⟨a¦Im Stehen zunehmende Impression des Duralsacks ⟪LWK 4/5¦level⟫⟩ (⟦Bild 6¦-:6¦image_only¦a⟧ vs. ⟦Bild 3¦-:3¦image_only¦a⟧).
Post-Myelo-CT: ⟨b¦Amputation der Wurzeltasche ⟪L5¦level⟫ links⟩ (⟦Serie 4, Bild 77¦4:77¦full_de¦b⟧; sag. Rekonstruktion ⟦Serie 602, Bild 31¦602:31¦full_de¦b⟧). ⟨c¦Kontrastmittelsäule bis ⟪BWK 10¦level⟫ frei⟩ (⟦Se 4 Bi 12¦4:12¦abbrev_de¦c⟧).
@@ aa_de06 DE
CT-gesteuerte periradikuläre Therapie ⟪L5¦level⟫ rechts.
⟨a¦Nadelspitze (⟪22 G¦size⟫) am Foramen ⟪LWK 5/SWK 1¦level⟫ rechts⟩ (⟦Se 3 Bi 5¦3:5¦abbrev_de¦a⟧).
⟨b¦Kontrastmittelverteilung entlang der Wurzel ohne intravasalen Abstrom⟩ (⟦Se 5 Bi 4 bis 7¦5:4-7¦range¦b⟧).
Applikation von ⟪40 mg¦dose⟫ Triamcinolon und ⟪2 ml¦dose⟫ Ropivacain ⟪0,2 %¦dose⟫. DLP ⟪112 mGy·cm¦dose⟫.
Vergleich mit MRT vom ⟪04.09.2026¦date⟫: ⟨c¦dort Sequester ⟪L5/S1¦level⟫ rechts⟩ (⟦Serie 7, Bild 11¦p7:11¦prior¦c⟧).
@@ aa_de07 DE
{\rtf1\ansi MR-Angiographie ⟪6 Monate¦followup⟫ nach Coiling eines Acom-Aneurysmas.\par
⟨a¦Kleiner Halsrest, Raymond-Roy ⟪Klasse 2¦staging⟫⟩ (TOF ⟦Serie 5, Bild 76¦5:76¦full_de¦a⟧; MIP ⟦Serie 501, Bild 12¦501:12¦full_de¦a⟧).\par
Im Vorbefund ⟨b¦kein Halsrest⟩ (TOF ⟦Serie 5, Bild 74¦p5:74¦prior¦b⟧).\par
Coilpaket ⟪7 mm¦size⟫, unverändert.\par}
@@ aa_de08 DE
DSA nach Radiochirurgie (⟪18 Gy¦dose⟫, ⟪2023¦date⟫) einer AVM rechts parietal, Spetzler-Martin ⟪Grad 3¦staging⟫.
⟨a¦Nidus deutlich verkleinert, residuell ca. ⟪9 mm¦size⟫⟩ (ACI rechts lateral, ⟦Serie 4, Bild 11¦4:11¦full_de¦a⟧), ⟨b¦früh drainierende kortikale Vene weiter vorhanden⟩ (⟦Serie 4, Bild 14 und 15¦4:14,4:15¦list¦b⟧).
Zum Vergleich DSA ⟪05/2024¦date⟫: ⟨c¦Nidus ⟪23 mm¦size⟫⟩ (⟦Serie 3, Bild 12¦p3:12¦prior¦c⟧).
Kontrastmittel ⟪85 ml¦dose⟫, Durchleuchtungszeit ⟪6:40 min¦time⟫.
@@ aa_de09 DE
MRT Sella dynamisch.
⟨a¦Hypointense Läsion der rechten Adenohypophyse, ⟪5 x 4 mm¦size⟫⟩, am besten in der Dynamik (⟦Se:12 Im:7¦12:7¦compact¦a⟧ und ⟦Se:12 Im:19¦12:19¦compact¦a⟧).
⟨b¦Hypophysenstiel mittelständig⟩ (cor T1 ⟦Serie 10 Bild 8¦10:8¦full_de¦b⟧).
Prolaktin ⟪86 ng/ml¦lab⟫, Knosp ⟪0¦staging⟫.
@@ aa_de10 DE
CT Felsenbein bds., ⟪0,6 mm¦size⟫ Schichtdicke.
⟨a¦Weichteilverdichtung im Prussak-Raum links mit Arrosion des Scutums⟩ (⟦Ser/Img 4/120¦4:120¦slash¦a⟧, koronar ⟦Ser/Img 7/55¦7:55¦slash¦a⟧).
⟨b¦Amboss-Langfortsatz links arrodiert⟩ (⟦Ser/Img 4/131¦4:131¦slash¦b⟧).
Vergleich Voraufnahme ⟪2022¦date⟫: ⟨c¦damals nur geringe Verschattung des Epitympanons⟩ (⟦Ser/Img 3/118¦p3:118¦prior¦c⟧).
@@ aa_de11 DE
DVT Oberkiefer. Diktat: ⟨a¦Periapikale Osteolyse an Zahn ⟪26¦segment⟫ mit Kontakt zum Kieferhöhlenboden⟩ Klammer auf ⟦Schnitt vierundfünfzig¦-:54¦slice_word¦a⟧ Klammer zu Punkt ⟨b¦Schleimhautschwellung der linken Kieferhöhle bis ⟪12 mm¦size⟫⟩ Klammer auf ⟦Schnitt sechzig bis achtundsechzig¦-:60-68¦range¦b⟧ Klammer zu Punkt Restknochenhöhe regio ⟪16¦segment⟫ ⟪4 mm¦size⟫ Punkt
@@ aa_de12 DE
MRT Schädel und Hals-MRA bei V. a. Dissektion, Symptombeginn ⟪gestern 18 Uhr¦time⟫.
⟨a¦Diffusionsrestriktion im linken Thalamus⟩ (DWI ⟦Bild 18 der Serie 6¦6:18¦full_de¦a⟧, ADC ⟦Bild 18 der Serie 7¦7:18¦full_de¦a⟧).
⟨b¦Wandhämatom im ⟪V3¦segment⟫-Segment der A. vertebralis links⟩ (T1 fs ⟦Serie 11, Bild 22–25¦11:22-25¦range¦b⟧).
In der auswärtigen CTA vom ⟪03.12.2026¦date⟫ ⟨c¦Stenose bereits sichtbar⟩ (⟦Serie 4 Bild 201¦p4:201¦prior¦c⟧).
@@ aa_de13 DE
MRT Schädel, Metastasen-Verlauf nach SRS (NSCLC). Vergleich: VU ⟪14.08.2026¦date⟫.
Zielläsionen (T1 MPRAGE KM, heute Serie 15 / VU Serie 15):
⟪1.¦counter⟫ ⟨a¦Kleinhirn links ⟪8 mm¦size⟫ (VU ⟪11 mm¦size⟫)⟩: heute ⟦Bild 62¦15:62¦image_only¦a⟧, VU ⟦Bild 60¦p15:60¦prior¦a⟧
⟪2.¦counter⟫ ⟨b¦Präzentral rechts ⟪4 mm¦size⟫ (VU ⟪4 mm¦size⟫)⟩: heute ⟦Bild 171¦15:171¦image_only¦b⟧, VU ⟦Bild 168¦p15:168¦prior¦b⟧
⟪3.¦counter⟫ ⟨c¦Neu temporal links ⟪3 mm¦size⟫⟩: ⟦Bild 112¦15:112¦image_only¦c⟧
Radionekrose-DD bei Läsion ⟪1¦counter⟫: rCBV ⟪0,9¦lab⟫.
@@ aa_de14 DE
NOTFALL-MRT GESAMTE WIRBELSAEULE ⟪23:15¦time⟫. ⟨a¦PATHOLOGISCHE FRAKTUR ⟪BWK 7¦level⟫ MIT EPIDURALER RAUMFORDERUNG UND MYELONKOMPRESSION⟩ (SAG T2 ⟦SE 8 BI 11¦8:11¦abbrev_de¦a⟧, TRA ⟦SE 14 BI 33-36¦14:33-36¦range¦a⟧). ⟨b¦WEITERE METASTASEN ⟪LWK 2¦level⟫ UND ⟪SWK 1¦level⟫ OHNE HINTERKANTENBETEILIGUNG⟩ (⟦SE 8 BI 9¦8:9¦abbrev_de¦b⟧). SINS ⟪11¦lab⟫. TEL. AN DIENSTARZT NEUROCHIRURGIE ⟪23:40¦time⟫, APP. ⟪5512¦phone⟫.
@@ aa_at01 AT
Akut-CCT/CTA/CTP, Zeitfenster ⟪3,5 h¦time⟫, NIHSS ⟪14¦lab⟫.
⟨a¦Hyperdenses Mediazeichen rechts⟩ (⟦Serie 2 IMA 21¦2:21¦abbrev_de¦a⟧).
⟨b¦Thrombus im ⟪M1¦segment⟫-Segment rechts, Länge ca. ⟪11 mm¦size⟫⟩ (⟦Serie 6 IMA 88 und IMA 92¦6:88,6:92¦list¦b⟧). Clot-Burden-Score ⟪6¦lab⟫.
⟨c¦Mismatch mit Kern ⟪9 ml¦size⟫ und Tmax-Volumen ⟪94 ml¦size⟫⟩, Ratio ⟪10,4¦ratio⟫ (RAPID ⟦Sr. 30, Img. 2¦30:2¦abbrev_de¦c⟧).
Thrombektomie-Team verständigt ⟪01:12¦time⟫.
@@ aa_at02 AT
MRT ⟪24 h¦followup⟫ nach Thrombektomie (TICI ⟪2b¦staging⟫).
⟨a¦Infarkt im Stammganglienbereich rechts, Volumen ca. ⟪18 ml¦size⟫⟩ (DWI ⟦Sr. 4, Img. 14 bis 19¦4:14-19¦range¦a⟧) Beistrich ⟨b¦geringe petechiale Einblutung HBI ⟪1¦staging⟫⟩ (SWI ⟦Sr. 9, Img. 41¦9:41¦abbrev_de¦b⟧).
Im Aufnahme-CT ⟨c¦nur diskrete Hypodensität im Putamen⟩ (⟦Sr. 2, Img. 19¦p2:19¦prior¦c⟧).
@@ aa_at03 AT
MRT Schädel, Glioblastom re. temporal, Verlauf. Voruntersuchungen: ⟪Jänner 2026¦date⟫ (VB1) und ⟪Juni 2026¦date⟫ (VB2).
RANO-Messung (T1 KM, jeweils Sr. 13), Spalten heute | VB2 | VB1:
⟨a¦Zielläsion ⟪1¦counter⟫⟩ | ⟪22 x 17 mm¦size⟫ ⟦Img. 96¦13:96¦image_only¦a⟧ | ⟪19 x 15 mm¦size⟫ ⟦Img. 94¦p13:94¦prior¦a⟧ | ⟪12 x 10 mm¦size⟫ ⟦Img. 95¦p13:95¦prior¦a⟧
⟨b¦Zielläsion ⟪2¦counter⟫⟩ | ⟪8 x 6 mm¦size⟫ ⟦Img. 110¦13:110¦image_only¦b⟧ | ⟪7 x 6 mm¦size⟫ ⟦Img. 109¦p13:109¦prior¦b⟧ | nicht messbar
Summe der Produkte ⟪+31 %¦ratio⟫ gegenüber Nadir. Dexamethason ⟪4 mg¦dose⟫/d.
@@ aa_at04 AT
MRT Schädel und HWS, MS (EDSS ⟪3,0¦lab⟫), Ocrelizumab seit ⟪Feber 2025¦date⟫.
⟨a¦Neue T2-Läsion im Myelon auf Höhe ⟪HWK 3¦level⟫, dorsolateral links⟩ (sag STIR ⟦Sr. 5, Img. 8¦5:8¦abbrev_de¦a⟧; tra T2* ⟦Sr. 7, Img. 22¦7:22¦abbrev_de¦a⟧), ⟨b¦in der VU nicht vorhanden⟩ (⟦Sr. 5, Img. 8¦p5:8¦prior¦b⟧).
⟨c¦Bekannte Läsion ⟪HWK 5/6¦level⟫ unverändert⟩ (⟦Sr. 5, Img. 9¦5:9¦abbrev_de¦c⟧).
Zerebral keine neuen Läsionen, ⟨d¦⟪2¦counter⟫ bekannte Herde mit Black-hole-Aspekt⟩ (T1 ⟦Sr. 3, Img. 101 und 117¦3:101,3:117¦list¦d⟧).
@@ aa_at05 AT
CT BWS/LWS nach Sturz, ⟪78¦age⟫-jährige Patientin.
⟨a¦Keilwirbelfraktur ⟪LWK 1¦level⟫ mit Hinterkantenbeteiligung, AO ⟪A3¦staging⟫⟩ (sag. ⟦Serie 602, Schnittbild 44¦602:44¦full_de¦a⟧; axial ⟦Serie 3, Schnittbild 210¦3:210¦full_de¦a⟧).
Höhenminderung der Vorderkante um ca. ⟪35 %¦ratio⟫, Genant ⟪2¦staging⟫.
⟨c¦Spinalkanal auf ⟪8 mm¦size⟫ eingeengt⟩ (⟦Serie 3, Schnittbild 208 bis 212¦3:208-212¦range¦c⟧).
@@ aa_at06 AT
CT-gezielte Facetteninfiltration ⟪L4/5¦level⟫ bds. und ISG-Infiltration links.
Planungsscan: ⟨a¦Spondylarthrose ⟪L4/5¦level⟫ bds. mit Gelenkserguss rechts⟩ (⟦Se. 2 Bi. 31¦2:31¦abbrev_de¦a⟧).
⟨b¦Nadellage im rechten Facettengelenk⟩ (⟦Se. 4 Bi. 3¦4:3¦abbrev_de¦b⟧), ⟨c¦Nadellage im linken Facettengelenk⟩ (⟦Se. 5 Bi. 3¦5:3¦abbrev_de¦c⟧) und ⟨d¦im ISG links kaudal⟩ (⟦Se. 7 Bi. 6¦7:6¦abbrev_de¦d⟧).
Je ⟪1 ml¦dose⟫ Lidocain ⟪1 %¦dose⟫ und ⟪20 mg¦dose⟫ Triamcinolon. Gesamt-DLP ⟪96 mGy*cm¦dose⟫.
@@ aa_at07 AT
MRT Sella ⟪3 Monate¦followup⟫ nach transsphenoidaler OP eines Makroadenoms.
⟨a¦Resttumor im rechten Sinus cavernosus, Knosp ⟪3A¦staging⟫⟩ (cor T1 KM ⟦Serie 9 Bild 12¦9:12¦full_de¦a⟧), in der präoperativen MRT vom ⟪12.05.2026¦date⟫ ⟨b¦Knosp ⟪4¦staging⟫ mit Ummauerung der ACI⟩ (⟦Serie 8 Bild 11¦p8:11¦prior¦b⟧).
⟨c¦Chiasma frei, ⟪3 mm¦size⟫ Abstand⟩ (⟦Serie 7 Bild 9¦7:9¦full_de¦c⟧).
IGF-1 ⟪412 ng/ml¦lab⟫.
@@ aa_at08 AT
TELERADIOLOGISCHER BEFUND ⟪03:05¦time⟫, RÜCKRUF ⟪0316/385-12345¦phone⟫.
⟨a¦AKUTES SUBDURALHÄMATOM LINKS FRONTOPARIETAL, BREITE ⟪9 MM¦size⟫⟩ (⟦SR 2 BI 24¦2:24¦abbrev_de¦a⟧), ⟨b¦MITTELLINIENVERLAGERUNG ⟪6 MM¦size⟫⟩ (⟦SR 2 BI 19¦2:19¦abbrev_de¦b⟧). ⟨c¦KALOTTENFRAKTUR LINKS TEMPORAL⟩ (KNOCHENFENSTER ⟦SR 3 BI 22 UND 23¦3:22,3:23¦list¦c⟧). GCS ⟪11¦lab⟫, INR ⟪2,8¦lab⟫ UNTER PHENPROCOUMON.
@@ aa_at09 AT
CT Felsenbein präop. CI-Planung.
⟨a¦Cochlea normal angelegt, ⟪2,5¦counter⟫ Windungen⟩ (⟦Serie 4, Schicht 88¦4:88¦slice_word¦a⟧). ⟨b¦Offene Rundfensternische rechts⟩ (⟦Serie 4, Schicht 92¦4:92¦slice_word¦b⟧). ⟨c¦Fazialiskanal im tympanalen Segment fraglich dehiszent⟩ (⟦Serie 5, Schicht 41 bis 44¦5:41-44¦range¦c⟧).
Vgl. Vor-MRT ⟪Jänner 2026¦date⟫: ⟨d¦Hörnerv beidseits angelegt⟩ (⟦Serie 11, Bild 16¦p11:16¦prior¦d⟧).
@@ aa_at10 AT
NNH-CT präop. (FESS), Lund-Mackay-Score ⟪14¦lab⟫.
⟨a¦Totalverschattung der Kieferhöhle links mit Obstruktion der OMC⟩ (koronar ⟦Se 3 Img 44¦3:44¦abbrev_de¦a⟧).
⟨b¦Keros ⟪Typ 2¦staging⟫ beidseits, laterale Lamelle ⟪4 mm¦size⟫⟩ (⟦Se 3 Img 51, 53¦3:51,3:53¦list¦b⟧).
⟨c¦Onodi-Zelle rechts⟩ (⟦Se 4 Img 27¦4:27¦abbrev_de¦c⟧). ⟨d¦Septumdeviation nach links⟩ (axial ⟦Se 2 Img 30¦2:30¦abbrev_de¦d⟧).
@@ aa_at11 AT
MRT Schädel Kavernom-Kontrolle Doppelpunkt ⟨a¦Bekanntes Kavernom im Pons links ⟪12 mm¦size⟫⟩ Klammer auf SWI ⟦Serie sieben Bild zweiunddreißig¦7:32¦full_de¦a⟧ Klammer zu Beistrich keine frische Blutung Punkt Vorbefund Doppelpunkt ⟨b¦Kavernom ⟪11 mm¦size⟫⟩ Klammer auf ⟦Serie sieben Bild einunddreißig¦p7:31¦prior¦b⟧ Klammer zu Punkt ⟨c¦Assoziierte DVA rechts zerebellär⟩ Klammer auf T1 KM ⟦Serie zwölf Bild vierzig bis dreiundvierzig¦12:40-43¦range¦c⟧ Klammer zu Punkt Kontrolle in ⟪zwei Jahren¦followup⟫ Punkt
@@ aa_at12 AT
DVT Unterkiefer zur Implantatplanung regio ⟪36¦segment⟫ und ⟪46¦segment⟫.
⟨a¦Regio ⟪36¦segment⟫: Knochenhöhe über dem Canalis mandibulae ⟪11 mm¦size⟫, Breite ⟪6,5 mm¦size⟫⟩ (Panoramaschicht ⟦Bild 14¦-:14¦image_only¦a⟧, Querschnitt ⟦Bild 36¦-:36¦image_only¦a⟧).
⟨b¦Regio ⟪46¦segment⟫: Foramen mentale ⟪4 mm¦size⟫ kaudal des Alveolarkamms⟩ (Querschnitt ⟦Bild 71 bis 73¦-:71-73¦range¦b⟧).
⟨c¦Retinierter Zahn ⟪38¦segment⟫ in Kontakt zum Nervkanal⟩ (⟦Bild 92¦-:92¦image_only¦c⟧). Effektive Dosis ⟪48 µSv¦dose⟫.
@@ aa_at13 AT
Befund:MRT Schädel vom ⟪22.11.2026¦date⟫ im Vergleich zur VU vom ⟪16.08.2026¦date⟫.⟨a¦Größenprogrediente Metastase im Gyrus frontalis medius rechts, jetzt ⟪14 mm¦size⟫⟩ (⟦Sr. 12/Img. 133¦12:133¦slash¦a⟧, VU ⟦Sr. 12/Img. 130¦p12:130¦prior¦a⟧).⟨b¦Neue Metastase im Vermis ⟪5 mm¦size⟫⟩ (⟦Sr. 12/Img. 41¦12:41¦slash¦b⟧).Beurteilung:⟪1.¦counter⟫ Progress der bekannten Metastase. ⟪2.¦counter⟫ ⟨c¦Neue Vermismetastase⟩ (⟦Sr. 12/Img. 41¦12:41¦impression¦c⟧).
@@ aa_at14 AT
MRT HWS: ⟨a¦Bandscheibenprotrusion ⟪HWK 5/6¦level⟫ mit Myelonkontakt⟩ (⟦Serie 4 Bild 8¦4:8¦full_de¦a⟧), ⟨b¦Neuroforamenstenose ⟪C6¦level⟫ links hochgradig⟩ (tra T2 ⟦Serie 7 Bild 19 und Bild 21¦7:19,7:21¦list¦b⟧). ⟨c¦Keine Myelopathie⟩ (⟦Serie 4 Bild 8 bis 10¦4:8-10¦range¦c⟧). Torg-Pavlov-Ratio ⟪0,78¦ratio⟫.
Vergleich mit Fremd-MRT ⟪2023¦date⟫: ⟨d¦Protrusion damals geringer⟩ (⟦Serie 3 Bild 9¦p3:9¦prior¦d⟧).
@@ aa_ch01 CH
CT Schädel/CTA/CTP Stroke-Protokoll, Eintritt ⟪21:40¦time⟫, last seen well ⟪19:30¦time⟫.
⟨a¦Frühzeichen im Caudatum links, ASPECTS ⟪9¦lab⟫⟩ (⟦Se:2 Im:14¦2:14¦compact¦a⟧).
⟨b¦Verschluss der ACI links im ⟪C7¦segment⟫-Segment (Carotis-T)⟩ (⟦Se:4 Im:188-201¦4:188-201¦range¦b⟧).
⟨c¦Gute Kollateralen, Tan ⟪3¦staging⟫⟩ (MIP ⟦Se:6 Im:22¦6:22¦compact¦c⟧). Information an Stroke-Neurologie, Tel. ⟪031 632 21 11¦phone⟫.
@@ aa_ch02 CH
MRT Schädel, Oligodendrogliom WHO ⟪Grad 2¦staging⟫, Verlauf unter Watch-and-wait.
⟨a¦Nicht anreichernde T2/FLAIR-Läsion frontal links, ⟪42 x 31 mm¦size⟫⟩ (FLAIR ⟦Ser. 6 / Imm. 102¦6:102¦slash¦a⟧), ⟨b¦vormals ⟪39 x 30 mm¦size⟫⟩ (Vorstudie ⟦Ser. 5 / Imm. 99¦p5:99¦prior¦b⟧).
⟨c¦Keine KM-Aufnahme⟩ (T1 KM ⟦Ser. 9 / Imm. 60 – 68¦9:60-68¦range¦c⟧). ⟨d¦Kein erhöhtes rCBV⟩ (⟦Sequenz 14, Bild n° 7¦14:7¦full_de¦d⟧). Nächste Kontrolle in ⟪6 Monaten¦followup⟫.
@@ aa_ch03 CH
MRT Schädel MS (Erstdiagnose ⟪2019¦date⟫), Vergleich mit Voruntersuchung ⟪12.2025¦date⟫.
Befund (3D-FLAIR Serie 301):
- ⟨a¦Neue ovoide Läsion periventrikulär links, senkrecht zum Ventrikel⟩: ⟦Bild 122 und 124¦301:122,301:124¦list¦a⟧
- ⟨b¦Vergrösserte Läsion im Balken⟩: ⟦Bild 150¦301:150¦image_only¦b⟧ (VU: ⟦Serie 301, Bild 148¦p301:148¦prior¦b⟧)
- ⟨d¦Zentralvenenzeichen positiv⟩ (SWI ⟦Serie 8, Bild 77¦8:77¦full_de¦d⟧)
Total ⟪27¦counter⟫ Läsionen, davon ⟪4¦counter⟫ infratentoriell.
@@ aa_ch04 CH
MRT LWS, Lumboischialgie ⟪S1¦level⟫ links.
⟨a¦Sequester ⟪L5/S1¦level⟫ links nach kaudal umgeschlagen, Kompression der Wurzel ⟪S1¦level⟫⟩ (sag T2 ⟦S7 B11¦7:11¦abbrev_de¦a⟧, ax T2 ⟦S9 B24¦9:24¦abbrev_de¦a⟧).
⟨b¦Anulusriss ⟪L4/5¦level⟫ (HIZ)⟩ (⟦S7 B10¦7:10¦abbrev_de¦b⟧). ⟨c¦Facettengelenksarthrose ⟪L4/5¦level⟫ und ⟪L5/S1¦level⟫⟩ (⟦S9 B18 und B25¦9:18,9:25¦list¦c⟧). Schmerz VAS ⟪7/10¦ratio⟫.
@@ aa_ch05 CH
MRA ⟪1 Jahr¦followup⟫ nach Clipping eines Mediabifurkationsaneurysmas rechts und Coiling eines Basilariskopfaneurysmas.
⟨a¦Basilariskopf: Rekanalisation im Halsbereich ⟪2 mm¦size⟫⟩ (TOF ⟦Serie 6 - Bild 133¦6:133¦full_de¦a⟧; rotierte MIP ⟦Serie 1006 - Bild 19¦1006:19¦full_de¦a⟧).
In der Vorstudie vom ⟪09/2025¦date⟫ ⟨b¦vollständiger Verschluss⟩ (⟦Serie 6 - Bild 131¦p6:131¦prior¦b⟧).
⟨c¦Clipartefakt rechts, Restperfusion nicht beurteilbar⟩ (⟦Serie 6 - Bild 120¦6:120¦full_de¦c⟧). Lindegaard-Index ⟪2,1¦ratio⟫.
@@ aa_ch06 CH
CT Hals mit KM, Larynxkarzinom, Staging.
⟨a¦Tumor der linken Stimmlippe mit Übergreifen auf die vordere Kommissur⟩ (⟦Bild n° 88 der Serie 3¦3:88¦full_de¦a⟧). ⟨b¦Arrosion des Schildknorpels⟩ (⟦Bild n° 91 derselben Serie¦3:91¦image_only¦b⟧).
⟨c¦Lymphknoten ⟪Level IIa¦level⟫ links ⟪14 mm¦size⟫ mit Nekrose⟩ (⟦Schnitt n° 54, Serie 3¦3:54¦slice_word¦c⟧). ⟪cT3 cN1¦staging⟫.
Vergleich mit auswärtiger MRT: ⟨d¦Tumorausdehnung vergleichbar⟩ (⟦Serie 8, Bild n° 14¦p8:14¦prior¦d⟧).
@@ aa_ch07 CH
MRT Hypophyse bei Akromegalie (IGF-1 ⟪2,1 x ULN¦lab⟫).
⟨a¦Mikroadenom links ⟪7 mm¦size⟫, T2-hypointens⟩ (cor T2 ⟦Ser/Img 5/11¦5:11¦slash¦a⟧). ⟨b¦Verzögerte Anreicherung in der Dynamik⟩ (⟦Ser/Img 8/34¦8:34¦slash¦b⟧, ⟦8/46¦8:46¦slash¦b⟧).
⟨c¦Sinus cavernosus frei, Knosp ⟪1¦staging⟫⟩ (⟦Ser/Img 9/12¦9:12¦slash¦c⟧).
@@ aa_ch08 CH
\pard MRT Ganzwirbelsäule bei V. a. Spondylodiszitis, CRP ⟪148 mg/l¦lab⟫.\par
⟨a¦Spondylodiszitis ⟪BWK 11/12¦level⟫ mit epiduralem Abszess ⟪9 mm¦size⟫⟩ (sag STIR ⟦Se 5 Bi 10¦5:10¦abbrev_de¦a⟧, sag T1 KM ⟦Se 12 Bi 10¦12:10¦abbrev_de¦a⟧).\par
⟨b¦Psoasabszess rechts ⟪3,5 cm¦size⟫⟩ (ax T1 KM ⟦Se 14 Bi 31-36¦14:31-36¦range¦b⟧).\par
⟨c¦Myelon ohne Signalstörung⟩ (⟦Se 5 Bi 9¦5:9¦abbrev_de¦c⟧).\par
@@ aa_ch09 CH
CT Felsenbein nach Velosturz.
⟨a¦Längsfraktur des Felsenbeins rechts mit Beteiligung des Mittelohrs⟩ (⟦Se4Im88¦4:88¦glued¦a⟧, ⟦Se4Im93¦4:93¦glued¦a⟧), ⟨b¦Luxation des Ambosses⟩ (⟦Se4Im101¦4:101¦glued¦b⟧). ⟨c¦Labyrinth und Fazialiskanal intakt⟩ (koronar ⟦Se7Im40-47¦7:40-47¦range¦c⟧). ⟨d¦Pneumozephalus ⟪3 mm¦size⟫⟩ (⟦Se2Im17¦2:17¦glued¦d⟧). GCS ⟪15¦lab⟫.
@@ aa_ch10 CH
CT-gesteuerte Vertebroplastie ⟪LWK 2¦level⟫, transpedikulär bds. (⟪11 G¦size⟫).
⟨a¦Nadeln korrekt im ventralen Drittel⟩ (⟦Serie 5, Bild 14 und 16¦5:14,5:16¦list¦a⟧). ⟨b¦Zementaustritt in eine Segmentvene ventral, ⟪4 mm¦size⟫⟩ (⟦Serie 8, Bild 22¦8:22¦full_de¦b⟧), klinisch ohne Bedeutung. ⟪4,5 ml¦dose⟫ PMMA.
Zum Vergleich Planungs-MRT ⟪01.12.2026¦date⟫: ⟨c¦Knochenmarködem ⟪LWK 2¦level⟫⟩ (STIR ⟦Serie 4, Bild 9¦p4:9¦prior¦c⟧).
@@ aa_ch11 CH
DVT Oberkiefer/NNH bei Sinusitis maxillaris rechts.
⟨a¦Mund-Antrum-Verbindung regio ⟪16¦segment⟫ nach Extraktion⟩ (koronar ⟦Schnitte 41 bis 44¦-:41-44¦range¦a⟧). ⟨b¦Wurzelrest ⟪17¦segment⟫ mesiobukkal, ⟪3 mm¦size⟫ lang⟩ (⟦Schnitt 52¦-:52¦slice_word¦b⟧). ⟨c¦Verschattung der Kieferhöhle rechts zu ⟪80 %¦ratio⟫⟩ (⟦Schnitt 48¦-:48¦slice_word¦c⟧). FOV ⟪8 x 8 cm¦size⟫.
@@ aa_ch12 CH
CT Schädel ⟪24 h¦followup⟫ nach Lyse (Alteplase ⟪0,9 mg/kg¦dose⟫).
⟨a¦Demarkierter Infarkt im Mediastromgebiet links, ⟪1/3¦ratio⟫ des Territoriums⟩ (Serie/Bild ⟦3/22¦3:22¦slash¦a⟧ und ⟦3/27¦3:27¦slash¦a⟧). ⟨b¦Keine hämorrhagische Transformation⟩ (Serie/Bild ⟦3/25¦3:25¦slash¦b⟧).
Im Aufnahme-CT ⟨c¦nur verstrichene Inselrinde⟩ (Serie/Bild ⟦2/21¦p2:21¦prior¦c⟧).
@@ aa_ch13 CH
CTA HALSGEFÄSSE, NACHTDIENST TELERADIOLOGIE, BEFUND VORLÄUFIG.
⟨a¦HOCHGRADIGE ABGANGSSTENOSE DER ACI RECHTS, NASCET ⟪80 %¦ratio⟫⟩ (⟦SE 4 / BI 212¦4:212¦slash¦a⟧, CURVED MPR ⟦SE 701 / BI 3¦701:3¦slash¦a⟧). ⟨b¦ULZERIERTE PLAQUE⟩ (⟦SE 4 / BI 215¦4:215¦slash¦b⟧). ⟨c¦ACI LINKS STENOSE ⟪< 50 %¦ratio⟫⟩ (⟦SE 4 / BI 220¦4:220¦slash¦c⟧). DUPLEX ⟪05.12.2026¦date⟫: PSV ⟪310 CM/S¦lab⟫. ENDGÜLTIGER BEFUND FOLGT ⟪08:00¦time⟫.
@@ aa_ch14 CH
MRT Schädel nach SRS (⟪3 x 8 Gy¦dose⟫) einer Melanommetastase rechts parietal.
Vergleiche: Fremd-MRT ⟪04.2026¦date⟫ (Ausgangsbefund) und eigene VU ⟪09.2026¦date⟫.
⟨a¦Behandelte Läsion kleiner, jetzt ⟪6 mm¦size⟫⟩ (⟦Se. 11 Bi. 66¦11:66¦abbrev_de¦a⟧); ⟨b¦in der VU ⟪9 mm¦size⟫⟩ (⟦Se. 11 Bi. 64¦p11:64¦prior¦b⟧), ⟨c¦im Ausgangsbefund ⟪15 mm¦size⟫⟩ (Fremd-MRT ⟦Se. 6 Bi. 40¦p6:40¦prior¦c⟧).
Kein Hinweis auf neue Metastasen.
@@ aa_uk01 UK
OUT OF HOURS TELERADIOLOGY REPORT - REPORTED ⟪02:14¦time⟫. CT HEAD/CTA/CTP.
⟨a¦LOSS OF GREY-WHITE DIFFERENTIATION IN THE RIGHT INSULAR RIBBON⟩ (⟦SE 2 IM 19¦2:19¦abbrev_en¦a⟧). ⟨b¦OCCLUSION OF THE RIGHT ⟪M2¦segment⟫ SUPERIOR DIVISION⟩ (⟦SE 5 IM 140-146¦5:140-146¦range¦b⟧). ⟨c¦CORE ⟪6 ML¦size⟫, MISMATCH RATIO ⟪8.2¦ratio⟫⟩ (⟦SE 11 IM 3¦11:3¦abbrev_en¦c⟧). DISCUSSED WITH STROKE REGISTRAR BLEEP ⟪2245¦phone⟫ AT ⟪02:20¦time⟫.
@@ aa_uk02 UK
MRI head with contrast. Comparison: MRI ⟪14/09/2026¦date⟫ and post-operative MRI ⟪02/05/2026¦date⟫.
⟨a¦Enhancing nodule along the medial resection margin now ⟪11 x 8 mm¦size⟫⟩ (⟦IM 72 SE 15¦15:72¦abbrev_en¦a⟧), ⟨b¦previously ⟪7 x 5 mm¦size⟫⟩ (⟦IM 70 SE 14¦p14:70¦prior¦b⟧ on the September study) and ⟨c¦not present post-operatively⟩ (⟦IM 71 SE 13¦p13:71¦prior¦c⟧).
⟨d¦FLAIR signal around the cavity is stable⟩ (⟦IM 30-36 SE 9¦9:30-36¦range¦d⟧). ⟨e¦rCBV raised in the nodule, ⟪2.6¦lab⟫⟩ (⟦IM 12 SE 21¦21:12¦abbrev_en¦e⟧). On dexamethasone ⟪2 mg¦dose⟫ BD.
@@ aa_uk03 UK
MRI brain (MS protocol), comparison with MRI dated ⟪11/2025¦date⟫.
New or enlarging T2 lesions (sagittal 3D FLAIR, Se 401):
• ⟨a¦Right periventricular, ⟪5 mm¦size⟫⟩ – ⟦Im 133¦401:133¦image_only¦a⟧
• ⟨b¦Left juxtacortical frontal⟩ – ⟦Im 176 and Im 181¦401:176,401:181¦list¦b⟧
• ⟨c¦Enlarging left middle cerebellar peduncle lesion⟩ – ⟦Im 58¦401:58¦image_only¦c⟧ (prior ⟦Se 401 Im 55¦p401:55¦prior¦c⟧)
No gadolinium-enhancing lesions. ⟨d¦Cervical cord lesion at ⟪C3¦level⟫⟩ (⟦Se 8 Im 9¦8:9¦abbrev_en¦d⟧). Total lesion count ⟪> 30¦counter⟫.
@@ aa_uk04 UK
MRI lumbar spine. Registrar report, checked by consultant.
⟨a¦⟪L4/5¦level⟫: broad-based disc protrusion with moderate canal stenosis and bilateral lateral recess narrowing⟩ (sagittal T2 ⟦series 6 image 8¦6:8¦full_en¦a⟧; axial T2 ⟦series 9 images 17 to 19¦9:17-19¦range¦a⟧).
⟨b¦⟪L5/S1¦level⟫: left paracentral extrusion contacting the traversing left ⟪S1¦level⟫ nerve root⟩ (⟦series 9 image 24¦9:24¦full_en¦b⟧).
⟨c¦Type ⟪1¦staging⟫ Modic change at ⟪L5/S1¦level⟫⟩ (⟦series 5 image 9¦5:9¦full_en¦c⟧). ⟨d¦Conus terminates at ⟪L1¦level⟫⟩ (⟦series 6 image 7¦6:7¦full_en¦d⟧).
@@ aa_uk05 UK
CT-guided left ⟪C6¦level⟫ nerve root injection.
⟨a¦Needle tip at the posterior aspect of the left ⟪C5/6¦level⟫ exit foramen⟩ (⟦Se 3, Im 12¦3:12¦abbrev_en¦a⟧). ⟨b¦Contrast outlines the nerve root sleeve, no vascular uptake⟩ (⟦Se 4, Im 11 and 13¦4:11,4:13¦list¦b⟧). ⟪40 mg¦dose⟫ Depo-Medrone and ⟪1 ml¦dose⟫ ⟪0.5%¦dose⟫ levobupivacaine. DLP ⟪88 mGy.cm¦dose⟫.
⟨c¦Foraminal stenosis⟩ as seen on the prior MRI (⟦Se 7, Im 20¦p7:20¦prior¦c⟧).
@@ aa_uk06 UK
MRI IAMs and non-EPI DWI, post mastoidectomy surveillance (⟪3 years¦followup⟫).
⟨a¦⟪4 mm¦size⟫ focus of restricted diffusion in the left mastoid cavity in keeping with recurrent cholesteatoma⟩ (non-EPI DWI ⟦image 18 of series 6¦6:18¦full_en¦a⟧; ADC ⟦image 18 of series 7¦7:18¦full_en¦a⟧).
⟨b¦No restricted diffusion⟩ on the study of ⟪03/2025¦date⟫ (⟦image 17 of series 6¦p6:17¦prior¦b⟧).
⟨c¦Internal auditory meati symmetrical, no vestibular schwannoma⟩ (⟦image 33 of series 4¦4:33¦full_en¦c⟧).
@@ aa_uk07 UK
CT paranasal sinuses (pre-FESS).
- ⟨a¦Complete opacification of the right maxillary sinus and ostiomeatal unit⟩: ⟦Se 3/Im 40¦3:40¦slash¦a⟧
- ⟨b¦Keros ⟪type 2¦staging⟫ olfactory fossa, deeper on the left⟩: ⟦Se 3/Im 52¦3:52¦slash¦b⟧
- ⟨c¦Dehiscent left lamina papyracea⟩: ⟦Se 3/Im 48¦3:48¦slash¦c⟧, ⟦Se 3/Im 49¦3:49¦slash¦c⟧
- ⟨d¦Right Haller cell⟩: ⟦Se 4/Im 22¦4:22¦slash¦d⟧
Lund-Mackay score ⟪12/24¦ratio⟫.
@@ aa_uk08 UK
{\fs20 MRI/MRA brain ⟪3 years¦followup⟫ post Gamma Knife (⟪20 Gy¦dose⟫ marginal) to a left occipital AVM.\par
⟨a¦Residual nidus ⟪6 mm¦size⟫⟩ (TOF ⟦Se 5 Im 58¦5:58¦abbrev_en¦a⟧)\par
⟨b¦Nidus ⟪11 mm¦size⟫⟩ on the ⟪2024¦date⟫ MRI (⟦Se 5 Im 61¦p5:61¦prior¦b⟧)\par
⟨c¦Radiation-induced T2 change in the surrounding parenchyma⟩ (FLAIR ⟦Se 3 Im 18-21¦3:18-21¦range¦c⟧)\par
⟨d¦No haemorrhage⟩ (SWI ⟦Se 9 Im 40¦9:40¦abbrev_en¦d⟧)\par}
@@ aa_uk09 UK
MRI neck: ⟨a¦⟪23 mm¦size⟫ well-defined lesion in the superficial lobe of the right parotid, T2 bright⟩ (⟦series 5 image 87¦5:87¦full_en¦a⟧), ⟨b¦low ADC ⟪0.9¦lab⟫⟩ (⟦series 8 image 22¦8:22¦full_en¦b⟧). ⟨c¦Level ⟪2¦level⟫ node ⟪8 mm¦size⟫ short axis, reactive appearance⟩ (⟦series 5 image 101¦5:101¦full_en¦c⟧).
⟨d¦The lesion measured ⟪19 mm¦size⟫⟩ on the outside MRI of ⟪2024¦date⟫ (⟦series 3 image 14¦p3:14¦prior¦d⟧).
@@ aa_uk10 UK
CBCT mandible: ⟨a¦Radiolucency ⟪14 mm¦size⟫ associated with the crown of the impacted ⟪LL8¦segment⟫⟩ (cross-sectional ⟦slice 45¦-:45¦slice_word¦a⟧ ⟪of 120¦counter⟫), ⟨b¦thinning of the lingual cortex⟩ (⟦slices 47-50¦-:47-50¦range¦b⟧). ⟨c¦The inferior alveolar canal is displaced inferiorly⟩ (panoramic reconstruction ⟦slice 12¦-:12¦slice_word¦c⟧). Dose ⟪72 µSv¦dose⟫. Differential: dentigerous cyst or OKC.
@@ aa_uk11 UK
CT CERVICAL SPINE:FINDINGS:⟨a¦Undisplaced fracture through the left lamina of ⟪C6¦level⟫⟩ (⟦Se 4 Im 88¦4:88¦abbrev_en¦a⟧; sagittal ⟦Se 6 Im 31¦6:31¦abbrev_en¦a⟧)⟨b¦Perched facet at ⟪C6/7¦level⟫ on the right⟩ (⟦Se 6 Im 40¦6:40¦abbrev_en¦b⟧)IMPRESSION:⟪1.¦counter⟫ ⟨c¦Unstable ⟪C6/7¦level⟫ facet injury⟩ (⟦Se 6 Im 40¦6:40¦impression¦c⟧). ⟪2.¦counter⟫ SLIC ⟪7¦lab⟫. Discussed with spinal on-call ⟪17:55¦time⟫.
@@ aa_uk12 UK
MRI pituitary: ⟨a¦⟪4 mm¦size⟫ hypoenhancing focus in the left side of the gland on dynamic imaging⟩ (⟦Ser 11 Img 7¦11:7¦abbrev_en¦a⟧, ⟪30 seconds¦time⟫ phase). Compare the MRI of ⟪06/2025¦date⟫ where ⟨b¦this measured ⟪3 mm¦size⟫⟩ (⟦Ser 10 Img 7¦p10:7¦prior¦b⟧). ⟨c¦Stalk midline, chiasm clear⟩ (⟦Ser 8 Img 10¦8:10¦abbrev_en¦c⟧). Prolactin ⟪1450 mU/L¦lab⟫.
@@ aa_uk13 UK
CT head (dictated): ⟨a¦there is a ⟪12 mm¦size⟫ acute extradural haematoma over the right temporal convexity⟩ ⟦series two image twenty four¦2:24¦full_en¦a⟧ full stop ⟨b¦associated undisplaced fracture of the squamous temporal bone⟩ ⟦series three images twenty two to twenty five¦3:22-25¦range¦b⟧ full stop ⟨c¦small volume pneumocephalus⟩ ⟦series two image nineteen¦2:19¦full_en¦c⟧ full stop no midline shift full stop GCS ⟪14¦lab⟫ comma discussed with neurosurgery at ⟪four fifteen¦time⟫ full stop
@@ aa_uk14 UK
CT angiogram head and neck.
⟨a¦Tapered narrowing of the left ICA ⟪2 cm¦size⟫ beyond the bifurcation, in keeping with dissection⟩ (⟦Se 4 Im 201-215¦4:201-215¦range¦a⟧; curved MPR ⟦Se 602 Im 5¦602:5¦abbrev_en¦a⟧). ⟨b¦Crescentic intramural haematoma⟩ (⟦Se 4 Im 209¦4:209¦abbrev_en¦b⟧).
The outside CT head of ⟪04/12/2026¦date⟫ shows ⟨c¦a small left MCA territory infarct⟩ (⟦Se 2 Im 17¦p2:17¦prior¦c⟧ of the outside study).
@@ aa_us01 US
CODE STROKE. CT HEAD WITHOUT CONTRAST, CTA HEAD AND NECK, CT PERFUSION. LKW ⟪10:15 PM¦time⟫.
⟨a¦HYPERDENSE LEFT MCA SIGN⟩ (⟦2:17¦2:17¦compact¦a⟧). ⟨b¦ASPECTS ⟪7¦lab⟫ WITH LOSS OF THE LEFT LENTIFORM NUCLEUS⟩ (⟦2:14¦2:14¦compact¦b⟧). ⟨c¦LEFT ⟪M1¦segment⟫ OCCLUSION⟩ (⟦6:122-130¦6:122-130¦range¦c⟧). ⟨d¦CBF ⟪<30%¦ratio⟫ VOLUME ⟪12 ML¦size⟫, TMAX ⟪>6 S¦time⟫ VOLUME ⟪88 ML¦size⟫⟩ (⟦10:1¦10:1¦compact¦d⟧). FINDINGS CALLED TO THE STROKE TEAM AT ⟪10:52 PM¦time⟫, EXT ⟪6-4410¦phone⟫.
@@ aa_us02 US
MRI brain with and without contrast. Comparison: ⟪08/14/2026¦date⟫, ⟪05/20/2026¦date⟫ and postoperative MRI ⟪02/02/2026¦date⟫.
⟨a¦Enhancing component at the posterior resection cavity measures ⟪18 x 12 mm¦size⟫⟩ (⟦13:102¦13:102¦compact¦a⟧), ⟨b¦previously ⟪15 x 10 mm¦size⟫⟩ (⟦13:100¦p13:100¦prior¦b⟧ on ⟪08/14/2026¦date⟫) and ⟨c¦⟪9 x 6 mm¦size⟫ in May⟩ (⟦12:98¦p12:98¦prior¦c⟧ on ⟪05/20/2026¦date⟫).
⟨d¦Increasing FLAIR hyperintensity in the splenium⟩ (⟦7:44-49¦7:44-49¦range¦d⟧). ⟨e¦Elevated rCBV (⟪3.4¦lab⟫)⟩ (⟦20:8¦20:8¦compact¦e⟧). Bevacizumab cycle ⟪3¦counter⟫.
@@ aa_us03 US
MRI brain and cervical spine, MS follow-up. Comparison MRI ⟪1/9/2026¦date⟫.
⟨a¦New ⟪6 mm¦size⟫ enhancing lesion in the left centrum semiovale⟩ (⟦Se:14 Im:118¦14:118¦compact¦a⟧; FLAIR ⟦Se:5 Im:121¦5:121¦compact¦a⟧). ⟨b¦The lesion was not present⟩ on the prior (⟦Se:5 Im:120¦p5:120¦prior¦b⟧). ⟨c¦Cord lesion at ⟪C2¦level⟫ unchanged⟩ (⟦Se:20 Im:8¦20:8¦compact¦c⟧). Total T2 lesions ⟪approximately 25¦counter⟫.
@@ aa_us04 US
MRI LUMBAR SPINE WITHOUT CONTRAST
⟨a¦⟪L3-L4¦level⟫: Mild disc bulge without stenosis⟩ (⟦series 8, image 14¦8:14¦full_en¦a⟧).
⟨b¦⟪L4-L5¦level⟫: Moderate central canal stenosis with a ⟪4 mm¦size⟫ synovial cyst arising from the right facet⟩ (⟦series 8, images 20 and 21¦8:20,8:21¦list¦b⟧; ⟦series 5, image 7¦5:7¦full_en¦b⟧).
⟨c¦⟪L5-S1¦level⟫: Grade ⟪1¦staging⟫ anterolisthesis, ⟪5 mm¦size⟫⟩ (⟦series 5, image 8¦5:8¦full_en¦c⟧).
⟨d¦The synovial cyst measured ⟪2 mm¦size⟫⟩ on the outside MRI (⟦series 4, image 18¦p4:18¦prior¦d⟧).
@@ aa_us05 US
CT MYELOGRAM CERVICAL SPINE. Lumbar puncture at ⟪L2-L3¦level⟫ under fluoroscopy, ⟪10 mL¦dose⟫ Omnipaque ⟪300¦dose⟫.
⟨a¦Ventral extradural defect at ⟪C5-C6¦level⟫ flattening the cord⟩ (⟦series 3, image 74¦3:74¦full_en¦a⟧; sagittal ⟦series 601, image 33¦601:33¦full_en¦a⟧). ⟨b¦Absent filling of the right ⟪C6¦level⟫ nerve root sleeve⟩ (⟦series 3, image 79¦3:79¦full_en¦b⟧).
FLUOROSCOPIC MYELOGRAM:
⟨c¦Filling defect at ⟪C5-C6¦level⟫ on the lateral view⟩ (⟦image 6¦-:6¦image_only¦c⟧).
@@ aa_us06 US
CT-GUIDED BONE BIOPSY, ⟪T11¦level⟫ VERTEBRAL BODY. Moderate sedation ⟪35 min¦time⟫; fentanyl ⟪100 mcg¦dose⟫, midazolam ⟪2 mg¦dose⟫.
⟨a¦Lytic lesion of the right ⟪T11¦level⟫ vertebral body⟩ (⟦Se 2 Im 45¦2:45¦abbrev_en¦a⟧). ⟨b¦Transpedicular ⟪11-gauge¦size⟫ needle in the lesion⟩ (⟦Se 5 Im 12¦5:12¦abbrev_en¦b⟧, ⟦Se 5 Im 14¦5:14¦abbrev_en¦b⟧). ⟪3¦counter⟫ cores obtained.
⟨c¦The lesion corresponds to the FDG-avid focus⟩ on the PET/CT of ⟪11/02/2026¦date⟫ (⟦Se 4 Im 190¦p4:190¦prior¦c⟧).
@@ aa_us07 US
CT TEMPORAL BONES WITHOUT CONTRAST. ⟨a¦Dehiscence of the left superior semicircular canal, approximately ⟪3 mm¦size⟫⟩ (Pöschl reformat ⟦image 22 series 8¦8:22¦full_en¦a⟧; Stenvers ⟦image 19 series 9¦9:19¦full_en¦a⟧). ⟨b¦The right canal is covered by thin bone⟩ (⟦image 24 series 7¦7:24¦full_en¦b⟧). ⟨c¦Normal ossicular chain⟩ (⟦images 61-66 series 4¦4:61-66¦range¦c⟧).
@@ aa_us08 US
CTA HEAD: ⟨a¦Stable ⟪4 x 3 mm¦size⟫ left ophthalmic segment ICA aneurysm⟩ (⟦7:201¦7:201¦compact¦a⟧; 3D reformat ⟦701:4¦701:4¦compact¦a⟧). ⟨b¦It measured ⟪4 x 3 mm¦size⟫⟩ on the ⟪6/2025¦date⟫ CTA (⟦7:198¦p7:198¦prior¦b⟧) and ⟨c¦measured ⟪3 x 3 mm¦size⟫⟩ on the ⟪2023¦date⟫ MRA (⟦5:88¦p5:88¦prior¦c⟧). ⟨d¦New ⟪2 mm¦size⟫ infundibulum at the right PCOM origin⟩ (⟦7:188¦7:188¦compact¦d⟧).
@@ aa_us09 US
CT NECK WITH CONTRAST. ⟨a¦⟪3.4 cm¦size⟫ enhancing mass centered in the left palatine tonsil extending to the glossotonsillar sulcus⟩ (⟦series 3, images 88 through 97¦3:88-97¦range¦a⟧). ⟨b¦Necrotic left level ⟪IIA¦level⟫ node ⟪2.2 cm¦size⟫⟩ (⟦series 3, image 110¦3:110¦full_en¦b⟧), ⟨c¦additional left level ⟪III¦level⟫ node ⟪1.1 cm¦size⟫⟩ (⟦series 3, image 131¦3:131¦full_en¦c⟧). ⟪p16¦lab⟫ positive. ⟪cT2 N1¦staging⟫ (AJCC ⟪8th¦counter⟫ edition).
@@ aa_us10 US
CT MAXILLOFACIAL WITHOUT CONTRAST. ⟨a¦Comminuted left zygomaticomaxillary complex fracture⟩ (⟦Se:3 Im:45¦3:45¦compact¦a⟧; coronal ⟦Se:5 Im:62¦5:62¦compact¦a⟧). ⟨b¦Orbital floor fracture with herniation of fat, defect ⟪14 mm¦size⟫⟩ (⟦Se:5 Im:58-64¦5:58-64¦range¦b⟧). ⟨c¦Left maxillary hemosinus⟩ (⟦Se:3 Im:40¦3:40¦compact¦c⟧). Tooth ⟪#14¦segment⟫ root fracture not excluded.
@@ aa_us11 US
{\rtf1\ansi PRELIMINARY READ - NIGHT TELERADIOLOGY\par MRI THORACIC SPINE: ⟨a¦EPIDURAL ABSCESS FROM ⟪T6¦level⟫ TO ⟪T9¦level⟫, MAXIMUM THICKNESS ⟪7 MM¦size⟫⟩ (⟦SERIES 9 IMAGE 12¦9:12¦full_en¦a⟧)\par ⟨b¦CORD COMPRESSION AT ⟪T7¦level⟫ WITH T2 SIGNAL⟩ (⟦SERIES 9 IMAGE 11¦9:11¦full_en¦b⟧; AXIAL ⟦SERIES 14 IMAGES 30-33¦14:30-33¦range¦b⟧)\par WBC ⟪18.2¦lab⟫\par}
@@ aa_us12 US
MRI IACs with and without contrast, vestibular schwannoma follow-up (Koos ⟪1¦staging⟫).
⟨a¦Left intracanalicular vestibular schwannoma now ⟪9 x 7 x 11 mm¦size⟫⟩ (⟦11:34¦11:34¦compact¦a⟧), previously ⟨b¦⟪8 x 7 x 10 mm¦size⟫ in March⟩ (⟦11:33¦p11:33¦prior¦b⟧ on ⟪3/4/2026¦date⟫) and ⟨c¦⟪7 x 6 x 9 mm¦size⟫ at baseline⟩ (⟦9:30¦p9:30¦prior¦c⟧ on ⟪2/1/2025¦date⟫).
⟨d¦Cochlear fluid signal preserved on CISS⟩ (⟦series 6, image 52¦6:52¦full_en¦d⟧).
@@ aa_us13 US
MRI BRAIN WITHOUT CONTRAST (dictated). ⟨a¦There is restricted diffusion in the right corona radiata⟩ ⟦series five image thirty one¦5:31¦full_en¦a⟧ period ⟨b¦A second small focus in the right cerebellar hemisphere⟩ ⟦series five image nine¦5:9¦full_en¦b⟧ period ⟨c¦Chronic microhemorrhages⟩ on SWI ⟦series twelve images forty through forty four¦12:40-44¦range¦c⟧ period Fazekas grade ⟪two¦staging⟫ period ⟨d¦No hemorrhage⟩ on the admission CT ⟦series two image fifteen¦p2:15¦prior¦d⟧ period
@@ aa_us14 US
MRI SELLA (⟪6 weeks¦followup⟫ after transsphenoidal resection):
- ⟨a¦Postoperative fat packing in the sphenoid sinus⟩ [⟦Ser/Img 6/9¦6:9¦slash¦a⟧]
- ⟨b¦Residual enhancing tissue along the right cavernous sinus wall, ⟪5 mm¦size⟫⟩ [⟦Ser/Img 8/11¦8:11¦slash¦b⟧]; ⟨c¦preoperatively Knosp grade ⟪3B¦staging⟫⟩ [preop ⟦Ser/Img 7/12¦p7:12¦prior¦c⟧]
- ⟨d¦Optic chiasm decompressed⟩ [⟦Ser/Img 5/10¦5:10¦slash¦d⟧]
Cortisol ⟪14 mcg/dL¦lab⟫.
"""  # noqa: E501

_BLOCK = re.compile(r"^@@ (\w+) (DE|AT|CH|UK|US)\n", re.MULTILINE)


def _raw(source: str) -> tuple[tuple[str, str, str], ...]:
    parts = _BLOCK.split(source)
    blocks = zip(parts[1::3], parts[2::3], parts[3::3], strict=True)
    return tuple((eid, origin, marked.strip("\n")) for eid, origin, marked in blocks)


_RAW: tuple[tuple[str, str, str], ...] = _raw(_SOURCE)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(*r) for r in _RAW)
