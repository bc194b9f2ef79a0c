"""Held-out refs V: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K, L, M,
N, O, P, Q, R, S and T (to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's floor test. Written in one pass under time pressure alongside set
U (by another blind writer), reread once for ambiguity (dictated or duplicated citations left unmarked in the
draft were either marked as gold or removed), then measured once. Do not tune the miner on these texts; measure
with `python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_v.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section heading; a plane
word changes nothing; a citation into a prior, comparison, baseline, interim, outside/auswärtig/Fremd or
Vorbefund study is gold with prior_study true and class `prior`. Only the series/image words and numbers are
inside a citation's visible span; plane, sequence and prior words before it stay outside. Lang follows refs C
(German for DE/AT/CH), so no French or Italian Swiss lines were written.

Mix: 70 excerpts (14 each DE, AT, CH German; UK, US English), 234 gold refs, 49 of them into a prior study,
387 marked confounders. Site habits leaned on here: oncology staging and restaging at large centres (FDG PET/CT
and whole-body MR, lymphoma Lugano/Deauville interim and end-of-treatment, myeloma and cancer-predisposition
WB-MRI, PSMA PET), head and neck (oral cavity, oropharynx, larynx, hypopharynx; levels, NI-RADS), pancreas
(resectability, IPMN, post-Whipple), colorectal liver metastases (pre-hepatectomy MR, future liver remnant),
thoracic CT in ILD (UIP/NSIP, several prior dates) and PE (RV/LV, call-backs); multi-study comparison sentences
citing two or three prior exams by date, site or modality (interim/baseline, "Juni"/"Januar", outside study,
PET vs CT), radiology-pathology correlations and tumour-board summaries, telegraphic reports with heavy
abbreviations, dictated text with spelled numbers and spoken punctuation. Forms: DE "(Se 4, Bi 118)", "(VU Se
4/Bi 121)", "(Serie 5, Bild 52 und 55)", "koronar Serie 7, Bild 61", "Se 1801 Bi 38", "DWI Se 901/Bi 22", "Bild
6/188 und 6/201", "Bild 6/140-152", glued "Se3Bi88"/"S4B66", "sag. T1 Serie 6 Bild 9", "Se. 7, Bi. 22" then
"Bi. 38", "(Se 4/Bi 77; Juni 29 mm Se 4/Bi 80; Januar 17 mm Se 2/Bi 155)", dictated "Klammer auf Serie drei Bild
siebenundvierzig Klammer zu Punkt", "Se 3 Bi 160-190", "Serie 1000, Bild 88", "Serie 4, Bilder 140 bis 168" then
"Bild 152", numbered impression "Ser. 5, B. 102"; AT "(Serie: 5; Bild: 61)", dictated "Serie fünf Bild
zweiundvierzig Beistrich", "T2 Ser. 4 Img. 17, T1 KM Ser. 9 Img. 17", "Ser. 9 Img. 24 und 26", viewer "Se: 4 Im:
88", hash "Serie#4 Bild#33", "Schnitt 44 Serie 6", "Se 5, Img 12 bis 18", "Se 3 Bi 188" with interim/baseline,
"Bild 61 Serie 5", "Serie 3 Bilder 55,58", "Se. 8, Bi. 120-160", "sag. T2 Sr. 3 Bi. 14", glued "Se4Img22",
"Serie 2 Bild 9, 11 und 12"; CH square brackets "[Ser. 4, Bild 77]", "hepatobiliär Serie 14 / Bild 33, 40, 52",
"Bild 210 in Serie 3" with two prior dates, "S 3 / B 45", "Se 4 Bi 44-46", glued "Ser4Bild77"/"Ser12Bild40",
"MRCP S:4 B:77", "Bild Nr. 45/Serie 3", dictated "Serie vier Bild 56 Punkt ... Komma Se 4 Bi 140 Punkt", "Se. 4
/ Bi. 120", a "Serie 6 (arteriell):" heading with "Bild 33", "Se-4 Bi-120", "Serie 5 Bild 15 der VU"; UK "S4:I118",
"S4:I60-190", "Se 5 Im 140, Im 146", "series 4, image no. 52", "se:img 3:201" with two priors, "series 3 im# 44"
then "im# 51", "Se 12 Im 40, 44, 51 and 58", dictated "open bracket series four image one hundred and twenty two
close bracket full stop new paragraph", "sagittal Ser 5 Img 11", "slice 77, series 5", RECIST rows "S3 I88 / 22
mm S3 I90", "image 61 (series 2)", "se/im 5/66" and "outside se/im 1201/30", numbered impression "Se 4, Im 60";
US colon-compact "(4:102)", "(4:99 on 8/19/2026)", "(4:188, 4:194)", "Se:4 Im:71", "series 3, image 44 of 210",
"coronal series 602, image 38", "series 2 image 77" with three priors (June, March PET/CT, outside), "series 5
im# 212", "Img 33, Ser 8", "S:I 3:62", "S:I 3:80, 3:84", dictated "series three image one forty two period",
"series 1101, image 40", "series 2, images 44, 61, and 83", "series 3, images 88-94", numbered impression
"(8:112)", "se 5, img 33", "Image 44, Series 3", "IMG 33 SER 5". Prior words: VU, Vor-MRT, Vor-PET, Vor-CT,
Vorbefund, Voruntersuchung, Vorrunde, Fremd-MRT, auswärtiges CT/MRI, präop. CT, Staging-PET, Interim, Baseline,
ext., baseline, interim, previously, outside, prior MRI, the study of a date, month names. Confounders in the
same sentences: sizes, dates (DE/CH dots, UK and US slashes, month/year), clock times and clock-face positions,
vertebral, nodal and neck levels and stations, liver and lung segments, doses (MBq, mCi, Gy, DLP, CTDIvol,
contrast volume), TNM/UICC/miTNM/Lugano/PESI stages, Deauville/LI-RADS/Lung-RADS/NI-RADS/TI-RADS/PROMISE/Wells
scores, lab values (SUV, CA 19-9, CEA, PSA, LDH, AFP, troponin, ADC, FVC), ratios and percentages (RV/LV, SoD,
FLR, angles), counters (cycles, rounds, pack-years, key images, pathology and patient numbers), phone, bleep,
extension and pager numbers, blood pressure, ages, follow-up intervals and a "Schlüsselbild" word.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

# (id, origin, marked text); origins DE, AT, CH (German) and UK, US (English).
_RAW: tuple[tuple[str, str, str], ...] = (
("V-DE-01", "DE",
 "PET/CT Ganzkörper, Restaging nach ⟪4 Zyklen¦counter⟫ R-CHOP. ⟨a¦Mediastinaler Bulk jetzt ⟪46 x 31 mm¦size⟫, "
 "SUVmax ⟪3,1¦lab⟫⟩ (⟦Se 4, Bi 118¦4:118¦abbrev_de¦a⟧), ⟨b¦am ⟪04.09.2026¦date⟫ noch ⟪92 x 70 mm¦size⟫, SUVmax "
 "⟪18,4¦lab⟫⟩ (VU ⟦Se 4/Bi 121¦p4:121¦prior¦b⟧). ⟨c¦Zervikal links Level ⟪IV¦level⟫ kein Restuptake mehr⟩ "
 "(⟦Se 4, Bi 62¦4:62¦abbrev_de¦c⟧). Beurteilung: ⟪Deauville 3¦birads⟫, komplette metabolische Remission "
 "(Lugano), Leberpool SUV ⟪2,4¦lab⟫."),
("V-DE-02", "DE",
 "Pankreas-CT biphasisch, für Tumorboard ⟪12.11.2026¦date⟫. ⟨a¦Hypodense Raumforderung Pankreaskopf ⟪28 mm¦size⟫⟩ "
 "(⟦Serie 5, Bild 44¦5:44¦full_de¦a⟧), ⟨b¦Kontakt zur V. mesenterica superior über ca. ⟪180°¦ratio⟫⟩ (koronar "
 "⟦Serie 7, Bild 61¦7:61¦plane¦b⟧), ⟨c¦A. mesenterica superior und Truncus frei⟩ (⟦Serie 5, Bild 52 und 55¦5:52,"
 "5:55¦list¦c⟧). CA 19-9 ⟪412 U/ml¦lab⟫, ⟪cT2 cN0 cM0¦staging⟫, borderline resektabel nach NCCN."),
("V-DE-03", "DE",
 "MRT Leber (Gd-EOB) bei CRLM, Verlauf nach ⟪6 Zyklen¦counter⟫ FOLFOX. ⟨a¦Metastase Segment ⟪VIII¦segment⟫ "
 "⟪14 mm¦size⟫⟩ (⟦Se 1801 Bi 38¦1801:38¦abbrev_de¦a⟧); ⟨b¦Vor-MRT ⟪02.07.2026¦date⟫ ⟪22 mm¦size⟫⟩ "
 "(⟦Se 1801 Bi 41¦p1801:41¦prior¦b⟧), ⟨c¦auswärtiges CT ⟪03/2026¦date⟫ ⟪31 mm¦size⟫⟩ (⟦Serie 3, Bild 112¦p3:112¦"
 "prior¦c⟧). ⟨d¦Neue Läsion Segment ⟪IVa¦segment⟫, ⟪6 mm¦size⟫, diffusionsrestringiert⟩ (DWI ⟦Se 901/Bi 22¦"
 "901:22¦slash¦d⟧)."),
("V-DE-04", "DE",
 "CT-Thorax HR bei ILD, Verlauf. ⟨a¦Retikulationen und Traktionsbronchiektasen subpleural basal betont⟩ "
 "(⟦Bild 6/188 und 6/201¦6:188,6:201¦slash¦a⟧), ⟨b¦Honeycombing rechter Unterlappen dorsal neu⟩ (⟦Bild 6/214¦6:214¦"
 "slash¦b⟧). ⟨c¦Milchglas Mittellappen rückläufig⟩ (⟦Bild 6/140-152¦6:140-152¦slash¦c⟧). FVC ⟪62 %¦ratio⟫, "
 "DLCO ⟪41 %¦ratio⟫. UIP-Muster wahrscheinlich, Vorstellung ILD-Board ⟪Do 14:30¦time⟫."),
("V-DE-05", "DE",
 "CTA Pulmonalis, Notfall ⟪03:12 Uhr¦time⟫. ⟨a¦Reitender Embolus Pulmonalisbifurkation⟩ (⟦Se3Bi88¦3:88¦glued¦a⟧), "
 "⟨b¦Segmentembolien Unterlappen beidseits, Segmente ⟪6, 9 und 10¦segment⟫⟩ (⟦Se3Bi120¦3:120¦glued¦b⟧, "
 "⟦Se3Bi134¦3:134¦glued¦b⟧). ⟨c¦RV/LV-Quotient erhöht⟩ ⟪1,4¦ratio⟫ (⟦Se5Bi41¦5:41¦glued¦c⟧). Troponin ⟪88 ng/l¦lab⟫. "
 "Telefonisch an Dr. Braun, ⟪Tel. 4471¦phone⟫, ⟪03:20¦time⟫."),
("V-DE-06", "DE",
 "WB-MRT Myelom, Staging. ⟨a¦Fokale Läsion BWK ⟪9¦level⟫, ⟪12 mm¦size⟫⟩ (sag. T1 ⟦Serie 6 Bild 9¦6:9¦plane¦a⟧), "
 "⟨b¦Os ilium rechts ⟪24 mm¦size⟫⟩ (⟦Serie 8 Bild 140¦8:140¦full_de¦b⟧), ⟨c¦Femur links proximal ⟪9 mm¦size⟫⟩ "
 "(⟦Serie 8 Bild 171¦8:171¦full_de¦c⟧). ⟨d¦In der Fremd-MRT vom ⟪08/2026¦date⟫ nur die Läsion BWK ⟪9¦level⟫⟩ "
 "(⟦Serie 4 Bild 12¦p4:12¦prior¦d⟧). ⟪> 1 fokale Läsion ≥ 5 mm¦counter⟫, SLiM-CRAB: erfüllt. M-Protein "
 "⟪34 g/l¦lab⟫."),
("V-DE-07", "DE",
 "Tumorkonferenz Kopf-Hals ⟪26.11.2026¦date⟫, Radiologie: ⟨a¦Zungengrundkarzinom rechts ⟪34 mm¦size⟫, "
 "Mittellinie überschreitend⟩ (MRT ⟦Se. 7, Bi. 22¦7:22¦abbrev_de¦a⟧). ⟨b¦LK Level ⟪IIa¦level⟫ rechts ⟪19 mm¦size⟫ "
 "mit Nekrose⟩ (⟦Se. 7, Bi. 30¦7:30¦abbrev_de¦b⟧), ⟨c¦Level ⟪III¦level⟫ links ⟪11 mm¦size⟫⟩ "
 "(⟦Bi. 38¦7:38¦image_only¦c⟧). Histologie (Pathologie ⟪E-2026-18833¦counter⟫): Plattenepithelkarzinom, "
 "p16 positiv, ⟪cT3 cN2c¦staging⟫ (UICC ⟪8¦counter⟫)."),
("V-DE-08", "DE",
 "Befund: Vergleich mit CT ⟪10.06.2026¦date⟫ (hier) und PET/CT ⟪01/2026¦date⟫ (ext.). ⟨a¦Lebermetastase "
 "Segment ⟪VI¦segment⟫ ⟪38 mm¦size⟫⟩ (⟦Se 4/Bi 77¦4:77¦slash¦a⟧; ⟨b¦Juni ⟪29 mm¦size⟫⟩ ⟦Se 4/Bi 80¦p4:80¦prior¦b⟧; "
 "⟨c¦Januar ⟪17 mm¦size⟫⟩ ⟦Se 2/Bi 155¦p2:155¦prior¦c⟧). Progress nach RECIST ⟪1.1¦counter⟫, SoD "
 "⟪+31 %¦ratio⟫."),
("V-DE-09", "DE",
 "⟨a¦Rundherd Oberlappen links ⟪7 mm¦size⟫, solide⟩ Klammer auf ⟦Serie drei Bild siebenundvierzig¦3:47¦full_de¦a⟧ "
 "Klammer zu Punkt neuer Absatz ⟨b¦zweiter Herd Unterlappen rechts ⟪4 mm¦size⟫⟩ Komma ⟦Serie drei Bild "
 "einhundertzwölf¦3:112¦full_de¦b⟧ Punkt. Fleischner: Kontrolle in ⟪6-12 Monaten¦followup⟫, Raucher "
 "⟪30 py¦counter⟫."),
("V-DE-10", "DE",
 "PSMA-PET/CT Restaging, PSA ⟪4,8 ng/ml¦lab⟫, ⟪412 MBq¦dose⟫ ⟪68Ga¦dose⟫-PSMA-11. ⟨a¦Iliakal extern links "
 "⟪9 mm¦size⟫ mit SUVmax ⟪11,2¦lab⟫⟩ (⟦Se 3 Bi 201¦3:201¦abbrev_de¦a⟧), ⟨b¦präsakral ⟪6 mm¦size⟫⟩ "
 "(⟦Se 3 Bi 214¦3:214¦abbrev_de¦b⟧). ⟨c¦Ossär kein Befund, insbesondere LWK ⟪1-5¦level⟫⟩ (⟦Se 3 Bi 160-190¦"
 "3:160-190¦range¦c⟧). miTNM ⟪rT0 N1 M0¦staging⟫, PROMISE ⟪2¦birads⟫."),
("V-DE-11", "DE",
 "Rad-Path-Korrelation Mamma links: ⟨a¦Stanzbiopsierte Läsion ⟪2 Uhr¦time⟫ ⟪14 mm¦size⟫⟩ (MRT "
 "⟦Serie 1000, Bild 88¦1000:88¦full_de¦a⟧) konkordant zu Histologie (invasiv NST, G2, Ki-67 ⟪25 %¦ratio⟫). "
 "⟨b¦Clipmarker ⟪3 mm¦size⟫ lateral der Läsion⟩ (⟦Serie 1000, Bild 91¦1000:91¦full_de¦b⟧). ⟨c¦Satellit "
 "⟪5 mm¦size⟫ bei ⟪1 Uhr¦time⟫⟩ (⟦Serie 1000, Bild 79¦1000:79¦full_de¦c⟧). ⟪BI-RADS 6¦birads⟫."),
("V-DE-12", "DE",
 "Vergleich: VU ⟪18.08.2026¦date⟫ (CT), VU ⟪02.05.2026¦date⟫ (PET/CT). Telegrammstil: ⟨a¦LK paraaortal li. "
 "⟪15 mm¦size⟫⟩ (⟦S4B66¦4:66¦glued¦a⟧) – ⟨b¦08/26 ⟪19 mm¦size⟫⟩ (⟦S4B70¦p4:70¦prior¦b⟧) – ⟨c¦05/26 ⟪24 mm¦size⟫⟩ "
 "(PET ⟦S2B140¦p2:140¦prior¦c⟧). ⟨d¦LK iliakal re. ⟪8 mm¦size⟫, stabil⟩ (⟦S4B101¦4:101¦glued¦d⟧). Fazit PR."),
("V-DE-13", "DE",
 "CT Hals/Thorax/Abdomen Staging Ösophagus-Ca. ⟨a¦Wandverdickung distaler Ösophagus ⟪16 mm¦size⟫ über "
 "⟪5 cm¦size⟫⟩ (⟦Serie 4, Bilder 140 bis 168¦4:140-168¦range¦a⟧), ⟨b¦LK paraösophageal ⟪11 mm¦size⟫⟩ (⟦Bild 152¦"
 "4:152¦image_only¦b⟧), ⟨c¦truncoeliakal ⟪9 mm¦size⟫⟩ (⟦Bild 181¦4:181¦image_only¦c⟧). Keine Lebermetastasen. "
 "DLP ⟪612 mGy·cm¦dose⟫. ⟪cT3 cN1¦staging⟫."),
("V-DE-14", "DE",
 "Beurteilung: 1. ⟨a¦Neue Lungenembolie rechts in den Segmentarterien ⟪8 und 9¦segment⟫⟩ (⟦Ser. 5, B. 102¦5:102¦"
 "abbrev_de¦a⟧). 2. ⟨b¦Bekannte Metastase Segment ⟪II¦segment⟫ Leber größenkonstant⟩ (⟦Ser. 6, B. 40¦6:40¦"
 "abbrev_de¦b⟧; VU ⟦Ser. 6, B. 43¦p6:43¦prior¦b⟧). 3. Kein Pleuraerguss. Befundmitteilung ⟪11:05¦time⟫ an "
 "Station ⟪21¦counter⟫."),
("V-AT-01", "AT",
 "FDG-PET/CT Interim nach ⟪2 Zyklen¦counter⟫ ABVD (Hodgkin, Stadium ⟪IIB¦staging⟫). ⟨a¦Supraklavikulär links "
 "Rest-LK ⟪14 x 9 mm¦size⟫, Uptake knapp über Leber⟩ (⟦Serie: 5; Bild: 61¦5:61¦abbrev_de¦a⟧), ⟨b¦Vor-PET "
 "⟪28 x 20 mm¦size⟫, SUVmax ⟪12,7¦lab⟫⟩ (⟦Serie: 3; Bild: 58¦p3:58¦prior¦b⟧). ⟨c¦Milz homogen⟩ "
 "(⟦Serie: 5; Bild: 140¦5:140¦abbrev_de¦c⟧). ⟪Deauville 4¦birads⟫, ΔSUVmax ⟪-71 %¦ratio⟫."),
("V-AT-02", "AT",
 "CT Thorax (Lungenembolie-Protokoll), ⟪150 ml¦dose⟫ KM-Bolus nicht erhalten. ⟨a¦Embolie A. lobaris inferior "
 "rechts⟩ ⟦Serie fünf Bild zweiundvierzig¦5:42¦full_de¦a⟧ Beistrich ⟨b¦subsegmental "
 "Lingula⟩ (⟦Serie 5 Bild 31¦5:31¦full_de¦b⟧). ⟨c¦Infarktpneumonie Unterlappen rechts ⟪3 cm¦size⟫⟩ (Lunge "
 "⟦Serie 7 Bild 80¦7:80¦full_de¦c⟧). Wells ⟪6¦birads⟫, D-Dimer ⟪4,2 mg/l¦lab⟫."),
("V-AT-03", "AT",
 "MRT Oropharynx. ⟨a¦Tonsillenkarzinom links ⟪27 mm¦size⟫, Infiltration des weichen Gaumens⟩ (T2 ⟦Ser. 4 "
 "Img. 17¦4:17¦abbrev_de¦a⟧, T1 KM ⟦Ser. 9 Img. 17¦9:17¦abbrev_de¦a⟧). ⟨b¦LK Level ⟪IIa¦level⟫ links "
 "⟪16 mm¦size⟫, ECE⟩ (⟦Ser. 9 Img. 24 und 26¦9:24,9:26¦list¦b⟧). Vorbefund (LKH, ⟪11.09.2026¦date⟫): "
 "⟨c¦LK damals ⟪10 mm¦size⟫⟩ (⟦Ser. 6 Img. 21¦p6:21¦prior¦c⟧). ⟪cT2 cN2b¦staging⟫, p16 ausständig."),
("V-AT-04", "AT",
 "CT Abdomen, Pankreas-Ca. nach Whipple ⟪05/2026¦date⟫. ⟨a¦Weichteilplus an der A. mesenterica superior "
 "⟪18 mm¦size⟫⟩ (⟦Se: 4 Im: 88¦4:88¦abbrev_de¦a⟧), ⟨b¦vormals ⟪11 mm¦size⟫⟩ (Voruntersuchung "
 "⟦Se: 4 Im: 91¦p4:91¦prior¦b⟧) – Rezidiv? ⟨c¦Neue Aszites perihepatisch⟩ (⟦Se: 4 Im: 30¦4:30¦abbrev_de¦c⟧). "
 "CA 19-9 ⟪1.240 U/ml¦lab⟫ (Jänner ⟪310¦lab⟫). Rückfrage ⟪Klappe 51203¦phone⟫."),
("V-AT-05", "AT",
 "GK-MRT (Ganzkörper) bei Li-Fraumeni, Screeningrunde ⟪3¦counter⟫. ⟨a¦Neue T2-hyperintense Läsion Os sacrum "
 "⟪11 mm¦size⟫⟩ (koronar STIR ⟦Serie#4 Bild#33¦4:33¦abbrev_de¦a⟧), ⟨b¦in der Vorrunde nicht vorhanden⟩ "
 "(⟦Serie#4 Bild#31¦p4:31¦prior¦b⟧). ⟨c¦Bekanntes Schilddrüsenknötchen re. ⟪8 mm¦size⟫⟩ (⟦Serie#2 Bild#19¦2:19¦"
 "abbrev_de¦c⟧). Sonst unauffällig; nächste Runde in ⟪12 Monaten¦followup⟫."),
("V-AT-06", "AT",
 "CT Thorax bei Sklerodermie-ILD, Vergleich mit ⟪2024¦date⟫ und ⟪2025¦date⟫. ⟨a¦NSIP-Muster mit Milchglas "
 "dorsobasal beidseits⟩ (⟦Schnitt 44 Serie 6¦6:44¦slice_word¦a⟧ und ⟦Schnitt 51 Serie 6¦6:51¦"
 "slice_word¦a⟧), ⟨b¦Ösophagus dilatiert ⟪24 mm¦size⟫⟩ (⟦Schnitt 60 Serie 4¦4:60¦slice_word¦b⟧). FVC ⟪74 %¦ratio⟫."),
("V-AT-07", "AT",
 "Befund telegr.: ⟨a¦Pankreasschwanz-RF ⟪41 mm¦size⟫⟩ (⟦Se 5, Img 12 bis 18¦5:12-18¦range¦a⟧); ⟨b¦Milzvene "
 "verschlossen⟩ (⟦Se 5, Img 22¦5:22¦abbrev_de¦b⟧); ⟨c¦Leber Seg. ⟪VII¦segment⟫ ⟪7 mm¦size⟫ hypodens, "
 "unklar⟩ (⟦Se 5, Img 9¦5:9¦abbrev_de¦c⟧). Sono ⟪Di 08:00¦time⟫ angefordert, Pat.-Nr. ⟪774129¦counter⟫."),
("V-AT-08", "AT",
 "Restaging DLBCL. Vergleich: PET/CT ⟪15.07.2026¦date⟫ (Baseline) und CT ⟪22.09.2026¦date⟫ (Interim). "
 "⟨a¦Mesenteriales Konglomerat jetzt ⟪38 x 22 mm¦size⟫⟩ (⟦Se 3 Bi 188¦3:188¦abbrev_de¦a⟧), ⟨b¦Interim "
 "⟪52 x 30 mm¦size⟫⟩ (⟦Se 4 Bi 91¦p4:91¦prior¦b⟧), ⟨c¦Baseline ⟪88 x 61 mm¦size⟫⟩ (⟦Se 3 Bi 190¦p3:190¦prior¦c⟧). "
 "SPD ⟪-57 %¦ratio⟫, Lugano: PR (CT-basiert)."),
("V-AT-09", "AT",
 "Nachtrag ⟪22:40¦time⟫ nach Rücksprache Onkologie: ⟨a¦Lebermetastasen Seg. ⟪V/VI¦segment⟫⟩ betreffen "
 "⟦Bild 61 Serie 5¦5:61¦full_de¦a⟧ und ⟦Bild 74 Serie 5¦5:74¦full_de¦a⟧, ⟨b¦die Läsion in Seg. ⟪II¦segment⟫⟩ "
 "⟦Bild 33 Serie 5¦5:33¦full_de¦b⟧. ⟪Schlüsselbild 2¦bild_word⟫ im PACS markiert."),
("V-AT-10", "AT",
 "WB-MRT Lymphom (Kind, ⟪9 J.¦age⟫), ohne Sedierung. ⟨a¦Zervikale Lymphknotenpakete beidseits rückläufig⟩ "
 "(DWI ⟦Serie 3 Bilder 55,58¦3:55,3:58¦list¦a⟧), ⟨b¦im Vorbefund ⟪33 mm¦size⟫ rechts⟩ (⟦Serie 3 Bild 57¦p3:57¦"
 "prior¦b⟧). ⟨c¦Thymus normal für das Alter⟩ (⟦Serie 3 Bild 90¦3:90¦full_de¦c⟧). ADC ⟪1,1 x 10⁻³¦lab⟫ mm²/s."),
("V-AT-11", "AT",
 "CTA Thorax Verlauf unter Antikoagulation (⟪3 Monate¦followup⟫). ⟨a¦Residueller wandständiger Thrombus "
 "A. pulmonalis rechts⟩ (⟦Se. 6, Bi. 74¦6:74¦abbrev_de¦a⟧), ⟨b¦vormals okkludierend⟩ (Vor-CT ⟦Se. 6, Bi. 70¦p6:70¦"
 "prior¦b⟧). ⟨c¦Mosaikperfusion Unterlappen⟩ (⟦Se. 8, Bi. 120-160¦8:120-160¦range¦c⟧) – CTEPH? mPAP "
 "echokardiographisch ⟪38 mmHg¦blood_pressure⟫."),
("V-AT-12", "AT",
 "Tumorboard GI ⟪03.12.2026¦date⟫: Rektum-Ca. ⟪mrT3c N1 EMVI+¦staging⟫, MRF ⟪1 mm¦size⟫. ⟨a¦Tumor "
 "⟪6 cm¦size⟫ ab ano⟩ (sag. T2 ⟦Sr. 3 Bi. 14¦3:14¦plane¦a⟧), ⟨b¦EMVI an der V. rectalis sup.⟩ (⟦Sr. 5 Bi. 22¦"
 "5:22¦abbrev_de¦b⟧), ⟨c¦mesorektaler LK ⟪7 mm¦size⟫ rund⟩ (⟦Sr. 5 Bi. 27¦5:27¦abbrev_de¦c⟧). TNT nach "
 "RAPIDO empfohlen."),
("V-AT-13", "AT",
 "MRT Hals, Nachsorge Larynx-Ca. ⟪2 Jahre¦followup⟫ nach RCT (⟪70 Gy¦dose⟫). ⟨a¦Narbige Veränderung "
 "supraglottisch⟩ (⟦Se4Img22¦4:22¦glued¦a⟧) ⟨b¦ohne Diffusionsrestriktion⟩ (⟦Se8Img22¦8:22¦glued¦b⟧); "
 "⟨c¦im Vorbefund gleich⟩ (⟦Se4Img20¦p4:20¦prior¦c⟧). NI-RADS ⟪1¦birads⟫."),
("V-AT-14", "AT",
 "⟨a¦Spontanpneumothorax links ⟪2,8 cm¦size⟫ apikal⟩ (⟦Serie 2 Bild 14¦2:14¦full_de¦a⟧). ⟨b¦Bullae "
 "apikal beidseits bis ⟪19 mm¦size⟫⟩ (⟦Serie 2 Bild 9, 11 und 12¦2:9,2:11,2:12¦list¦b⟧). Thoraxdrainage "
 "Ch ⟪24¦counter⟫ empfohlen, Befund an Notaufnahme (Durchwahl ⟪-3302¦phone⟫) ⟪16:44¦time⟫."),
("V-CH-01", "CH",
 "PET-CT (FDG) Staging Bronchuskarzinom. ⟨a¦Primarius Oberlappen rechts ⟪42 mm¦size⟫, SUVmax ⟪16,8¦lab⟫⟩ "
 "[⟦Ser. 4, Bild 77¦4:77¦abbrev_de¦a⟧], ⟨b¦LK Station ⟪4R¦level⟫ ⟪14 mm¦size⟫ FDG-avid⟩ [⟦Ser. 4, Bild 61¦4:61¦"
 "abbrev_de¦b⟧], ⟨c¦Station ⟪7¦level⟫ ⟪9 mm¦size⟫ ohne Mehranreicherung⟩ [⟦Ser. 4, Bild 70¦4:70¦abbrev_de¦c⟧]. "
 "⟨d¦Nebenniere links ⟪11 mm¦size⟫ mit Uptake⟩ [⟦Ser. 4, Bild 131¦4:131¦abbrev_de¦d⟧]. ⟪cT2b cN2 cM1b¦staging⟫, "
 "Vorstellung Thoraxboard."),
("V-CH-02", "CH",
 "MRI Leber bei kolorektalen Lebermetastasen, präoperativ. ⟨a¦Drei Metastasen rechts (Segmente "
 "⟪VI, VII, VIII¦segment⟫), grösste ⟪26 mm¦size⟫⟩ (hepatobiliär ⟦Serie 14 / Bild 33, 40, 52¦14:33,14:40,14:52¦list"
 "¦a⟧). ⟨b¦Segment ⟪III¦segment⟫ frei⟩ (⟦Serie 14 / Bild 61¦14:61¦slash¦b⟧). ⟨c¦Im auswärtigen MRI vom "
 "⟪3.8.26¦date⟫ grösste ⟪34 mm¦size⟫⟩ (⟦Serie 9 / Bild 28¦p9:28¦prior¦c⟧). Zukünftiger Leberrest ca. "
 "⟪38 %¦ratio⟫."),
("V-CH-03", "CH",
 "CT Thorax nativ, ILD-Verlauf (⟪3. Untersuchung¦counter⟫). Vergleich mit ⟪14.1.26¦date⟫ und ⟪22.6.26¦date⟫. "
 "⟨a¦Fibrose Unterlappen progredient, neu Honeycombing links⟩ (⟦Bild 210 in Serie 3¦3:210¦full_de¦a⟧); ⟨b¦im Juni "
 "noch retikulär⟩ (⟦Bild 205 in Serie 3¦p3:205¦prior¦b⟧), ⟨c¦im Januar kaum sichtbar⟩ (⟦Bild 199 in Serie 3¦p3:199"
 "¦prior¦c⟧). PPF-Kriterien erfüllt (FVC ⟪-12 %¦ratio⟫)."),
("V-CH-04", "CH",
 "Lungenembolie: ⟨a¦Zentrale Embolien beidseits⟩ (⟦S 3 / B 45¦3:45¦slash¦a⟧, ⟦S 3 / B 52¦3:52¦slash¦a⟧), "
 "⟨b¦Rechtsherzbelastung mit Septumshift⟩ (⟦S 3 / B 88¦3:88¦slash¦b⟧). ⟨c¦Kleiner Erguss rechts ⟪12 mm¦size⟫⟩ "
 "(⟦S 3 / B 160¦3:160¦slash¦c⟧). PESI-Klasse ⟪IV¦staging⟫. Info an Dr. Meier (⟪079 412 33 81¦phone⟫) "
 "um ⟪02:55¦time⟫."),
("V-CH-05", "CH",
 "Tumorboard HNO ⟪1.12.26¦date⟫, Zusammenfassung Radiologie: ⟨a¦Hypopharynxkarzinom Sinus piriformis links, "
 "Knorpelinfiltration Schildknorpel⟩ (CT ⟦Se 4 Bi 44-46¦4:44-46¦range¦a⟧). ⟨b¦Level ⟪III¦level⟫ links Konglomerat "
 "⟪31 mm¦size⟫⟩ (⟦Se 4 Bi 58¦4:58¦abbrev_de¦b⟧). Lunge: ⟨c¦kein Anhalt für Filiae⟩ (⟦Se 7 Bi 1-120¦7:1-120¦range"
 "¦c⟧). Pathologie (⟪H-26-44120¦counter⟫): PEC G3. ⟪cT4a cN2b¦staging⟫."),
("V-CH-06", "CH",
 "Ganzkörper-MRI Melanom Stadium ⟪IIIC¦staging⟫. ⟨a¦Neue Hirnmetastase frontal rechts ⟪6 mm¦size⟫⟩ "
 "(⟦Ser4Bild77¦4:77¦glued¦a⟧), ⟨b¦Lebermetastase Segment ⟪V¦segment⟫ grössenprogredient ⟪18 mm¦size⟫⟩ "
 "(⟦Ser12Bild40¦12:40¦glued¦b⟧), ⟨c¦im Vor-MRI ⟪12 mm¦size⟫⟩ (⟦Ser12Bild38¦p12:38¦prior¦c⟧). LDH "
 "⟪480 U/l¦lab⟫. Nächste Kontrolle nach ⟪4 Zyklen¦counter⟫ Nivolumab/Ipilimumab."),
("V-CH-07", "CH",
 "Pankreas: ⟨a¦IPMN Seitengang Corpus ⟪19 mm¦size⟫⟩ (MRCP ⟦S:4 B:77¦4:77¦abbrev_de¦a⟧), ⟨b¦neu wandständiger "
 "Knoten ⟪5 mm¦size⟫⟩ (T1 KM ⟦S:11 B:30¦11:30¦abbrev_de¦b⟧). ⟨c¦Voruntersuchung ⟪2024¦date⟫ ⟪14 mm¦size⟫ ohne "
 "Knoten⟩ (VU ⟦S:4 B:72¦p4:72¦prior¦c⟧). Worrisome feature nach Fukuoka ⟪2017¦date⟫; EUS empfohlen."),
("V-CH-08", "CH",
 "Restaging Hodgkin (Kind, ⟪14 J.¦age⟫): ⟨a¦Mediastinaler Rest ⟪24 x 11 mm¦size⟫, Deauville "
 "⟪2¦birads⟫⟩ (⟦Bild Nr. 45/Serie 3¦3:45¦slash¦a⟧). ⟨b¦Kein Uptake zervikal⟩ (⟦Bild Nr. 22/Serie 3¦3:22¦slash¦b⟧). "
 "⟨c¦Staging-PET Mediastinum ⟪61 mm¦size⟫⟩ (Staging ⟦Bild Nr. 47/Serie 2¦p2:47¦prior¦c⟧). EuroNet-PHL-C2, "
 "Radiotherapie nicht nötig."),
("V-CH-09", "CH",
 "CT Abdomen Verlauf, Diktat: ⟨a¦Lebermetastase Segment ⟪IVb¦segment⟫ ⟪23 mm¦size⟫⟩ ⟦Serie vier Bild "
 "56¦4:56¦full_de¦a⟧ "
 "Punkt ⟨b¦peritoneale Knoten im Douglas ⟪9 mm¦size⟫⟩ Komma ⟦Se 4 Bi 140¦4:140¦abbrev_de¦b⟧ Punkt. ⟪PCI "
 "8¦counter⟫. CEA ⟪22 µg/l¦lab⟫."),
("V-CH-10", "CH",
 "CTPA: ⟨a¦Embolie Unterlappenarterie links⟩ (⟦Se. 4 / Bi. 120¦4:120¦slash¦a⟧); ⟨b¦Lungeninfarkt Segment "
 "⟪10¦segment⟫ links⟩ (Lungenfenster ⟦Se. 6 / Bi. 122¦6:122¦slash¦b⟧). ⟨c¦RV/LV ⟪0,9¦ratio⟫, keine Belastung⟩ "
 "(⟦Se. 4 / Bi. 88¦4:88¦slash¦c⟧). CTDIvol ⟪6,1 mGy¦dose⟫."),
("V-CH-11", "CH",
 "Rad-Path: ⟨a¦Pankreaskopftumor ⟪24 mm¦size⟫⟩ (präop. CT ⟦Serie 3, Bild 62¦p3:62¦prior¦a⟧) entspricht "
 "Resektat ⟪ypT2 ypN1 (2/19)¦staging⟫, R0 ⟪1,2 mm¦size⟫. ⟨b¦Im aktuellen CT postoperativ Flüssigkeit in der "
 "Resektionsloge ⟪4 cm¦size⟫⟩ (⟦Serie 5, Bild 70¦5:70¦full_de¦b⟧), ⟨c¦Drain korrekt⟩ (⟦Bild 74¦5:74¦"
 "image_only¦c⟧)."),
("V-CH-12", "CH",
 "Befund: Serie 6 (arteriell): ⟨a¦Hypervaskuläre Läsion Segment ⟪VIII¦segment⟫ ⟪17 mm¦size⟫⟩ ⟦Bild 33¦6:33¦"
 "image_only¦a⟧, ⟨b¦Washout portalvenös⟩ ⟦Serie 7 Bild 34¦7:34¦full_de¦b⟧. ⟨c¦Zweite Läsion Segment "
 "⟪II¦segment⟫ ⟪9 mm¦size⟫⟩ ⟦Serie 6 Bild 21¦6:21¦full_de¦c⟧. AFP ⟪340 ng/ml¦lab⟫, LI-RADS ⟪5¦birads⟫ und "
 "⟪4¦birads⟫."),
("V-CH-13", "CH",
 "CT Thorax: ⟨a¦Teilsolider Herd apikal links ⟪21 mm¦size⟫, solider Anteil ⟪9 mm¦size⟫⟩ (⟦Se-4 Bi-120¦4:120¦"
 "abbrev_de¦a⟧). Vergleich mit Vor-CT aus Bern ⟪2025¦date⟫: ⟨b¦damals ⟪16 mm¦size⟫, rein Milchglas⟩ (Bern "
 "⟦Se-2 Bi-98¦p2:98¦prior¦b⟧). Lung-RADS ⟪4B¦birads⟫; Tumorboard ⟪Mi 7:30¦time⟫."),
("V-CH-14", "CH",
 "Nachsorge Oropharynx-Ca. ⟨a¦Residuelle Lymphknoten Level ⟪II¦level⟫ rechts ⟪8 mm¦size⟫⟩ (MRI ⟦Serie 5 Bild "
 "14 und 17¦5:14,5:17¦list¦a⟧), ⟨b¦vor RT ⟪22 mm¦size⟫⟩ (⟦Serie 5 Bild 15¦p5:15¦prior¦b⟧ der VU). ⟨c¦Keine "
 "Lokalrezidiv-Zeichen⟩ (⟦Serie 8 Bild 20-26¦8:20-26¦range¦c⟧). ⟪NI-RADS 1¦birads⟫."),
("V-UK-01", "UK",
 "FDG PET-CT restaging, DLBCL, post ⟪6 cycles¦counter⟫ R-CHOP. ⟨a¦Residual left para-aortic soft tissue "
 "⟪21 x 12 mm¦size⟫, uptake below liver⟩ (⟦S4:I118¦4:118¦compact¦a⟧); ⟨b¦at baseline ⟪64 x 40 mm¦size⟫, SUVmax "
 "⟪22.1¦lab⟫⟩ (baseline ⟦S4:I122¦p4:122¦prior¦b⟧). ⟨c¦No new focal marrow uptake⟩ (⟦S4:I60-190¦4:60-190¦range¦c⟧). "
 "Impression: ⟪Deauville 2¦birads⟫, complete metabolic response (Lugano ⟪2014¦date⟫)."),
("V-UK-02", "UK",
 "CTPA. ⟨a¦Filling defects in the right lower lobe segmental arteries (segments ⟪8-10¦segment⟫)⟩ "
 "(⟦Se 5 Im 140¦5:140¦abbrev_en¦a⟧, ⟦Im 146¦5:146¦image_only¦a⟧), ⟨b¦a further subsegmental clot in the lingula⟩ "
 "(⟦Se 5 Im 98¦5:98¦abbrev_en¦b⟧). ⟨c¦RV:LV ratio ⟪1.1¦ratio⟫, no septal bowing⟩ (⟦Se 5 Im 180¦5:180¦abbrev_en¦c⟧). "
 "Discussed with the SHO on bleep ⟪2231¦phone⟫ at ⟪17:52¦time⟫."),
("V-UK-03", "UK",
 "MDT summary (Upper GI, ⟪04/12/2026¦date⟫): ⟨a¦pancreatic head adenocarcinoma ⟪31 mm¦size⟫ abutting the SMV "
 "less than ⟪180 degrees¦ratio⟫⟩ (⟦series 4, image no. 52¦4:52¦full_en¦a⟧; see also coronal "
 "⟦series 8, image no. 40¦8:40¦plane¦a⟧). ⟨b¦Equivocal ⟪5 mm¦size⟫ segment ⟪III¦segment⟫ liver lesion⟩ "
 "(⟦series 4, image no. 21¦4:21¦full_en¦b⟧), MRI liver advised. CA 19-9 ⟪180¦lab⟫. Borderline resectable."),
("V-UK-04", "UK",
 "HRCT chest, comparison with ⟪02/03/2025¦date⟫ and ⟪19/09/2025¦date⟫. ⟨a¦Progressive subpleural reticulation "
 "with traction bronchiectasis at both bases⟩ (⟦se:img 3:201¦3:201¦compact¦a⟧), ⟨b¦previously confined to the "
 "right base⟩ (⟦se:img 3:196¦p3:196¦prior¦b⟧ on ⟪19/09/2025¦date⟫; ⟦se:img 2:90¦p2:90¦prior¦b⟧ on "
 "⟪02/03/2025¦date⟫). Probable UIP. FVC ⟪2.1 L¦lab⟫ (⟪68%¦ratio⟫ predicted)."),
("V-UK-05", "UK",
 "Staging CT neck/chest, oral cavity SCC. ⟨a¦Enhancing left lateral tongue tumour ⟪24 mm¦size⟫, depth of invasion "
 "⟪11 mm¦size⟫⟩ (⟦series 3 im# 44¦3:44¦abbrev_en¦a⟧). ⟨b¦Level ⟪Ib¦level⟫ node ⟪12 mm¦size⟫⟩ (⟦im# 51¦3:51¦"
 "image_only¦b⟧) and ⟨c¦level ⟪IIa¦level⟫ node ⟪14 mm¦size⟫ with a necrotic centre⟩ (⟦im# 60¦3:60¦image_only¦c⟧). "
 "⟨d¦Chest clear⟩ (⟦series 6 im# 1-140¦6:1-140¦range¦d⟧). ⟪T3 N2b¦staging⟫ (TNM ⟪8¦counter⟫)."),
("V-UK-06", "UK",
 "Liver MRI for colorectal metastases, pre-hepatectomy. ⟨a¦Four metastases in the right lobe, largest "
 "⟪33 mm¦size⟫ in segment ⟪VII¦segment⟫⟩ (⟦Se 12 Im 40, 44, 51 and 58¦12:40,12:44,12:51,12:58¦list¦a⟧). "
 "⟨b¦Segment ⟪IVb¦segment⟫ lesion now ⟪7 mm¦size⟫⟩ (⟦Se 12 Im 63¦12:63¦abbrev_en¦b⟧), ⟨c¦⟪15 mm¦size⟫ on the "
 "outside CT of ⟪11/08/2026¦date⟫⟩ (outside ⟦Se 2 Im 77¦p2:77¦prior¦c⟧). Future liver remnant ⟪31%¦ratio⟫."),
("V-UK-07", "UK",
 "⟨a¦Right upper lobe spiculated mass ⟪38 mm¦size⟫⟩ open bracket ⟦series four image one hundred and twenty "
 "two¦4:122¦full_en¦a⟧ close bracket full stop new paragraph. ⟨b¦Subcarinal "
 "node ⟪17 mm¦size⟫ (station ⟪7¦level⟫)⟩ (⟦series 4 image 80¦4:80¦full_en¦b⟧). Dictated ⟪09:41¦time⟫, "
 "unverified."),
("V-UK-08", "UK",
 "Whole-body MRI, myeloma, follow-up. Comparison: WB-MRI ⟪14/05/2026¦date⟫ and skeletal survey ⟪2025¦date⟫. "
 "⟨a¦The ⟪T11¦level⟫ lesion has reduced to ⟪9 mm¦size⟫⟩ (sagittal ⟦Ser 5 Img 11¦5:11¦plane¦a⟧) from ⟨b¦⟪15 mm¦"
 "size⟫⟩ (May ⟦Ser 5 Img 12¦p5:12¦prior¦b⟧), ⟨c¦ADC increased to ⟪1400¦lab⟫⟩ (⟦Ser 9 Img 30¦9:30¦abbrev_en¦c⟧). "
 "⟨d¦No new lesion in the pelvis⟩ (⟦Ser 7 Img 100-160¦7:100-160¦range¦d⟧). MY-RADS RAC ⟪2¦birads⟫."),
("V-UK-09", "UK",
 "CTPA (re-look request from Dr Shah, ext ⟪4417¦phone⟫). ⟨a¦Chronic web in the right interlobar artery⟩ "
 "(⟦slice 77, series 5¦5:77¦slice_word¦a⟧), ⟨b¦mosaic attenuation in both lower lobes⟩ (⟦slice 140, "
 "series 7¦7:140¦slice_word¦b⟧). ⟨c¦Unchanged from the study of ⟪21/06/2026¦date⟫⟩ (⟦slice 75, series 5¦p5:75¦"
 "prior¦c⟧). PA ⟪34 mm¦size⟫; consider CTEPH pathway and V/Q."),
("V-UK-10", "UK",
 "H&N MDT, radiology-pathology correlation: ⟨a¦the right tonsillar primary ⟪26 mm¦size⟫⟩ (MRI ⟦Se 6 Im 18¦6:18"
 "¦abbrev_en¦a⟧) corresponds to the resection (⟪pT2 pN1¦staging⟫, HPV+, margin ⟪3 mm¦size⟫). ⟨b¦The level "
 "⟪II¦level⟫ node called indeterminate⟩ (⟦Se 6 Im 25¦6:25¦abbrev_en¦b⟧) ⟨c¦was reactive⟩ (⟪0/14¦counter⟫ "
 "nodes at that level)."),
("V-UK-11", "UK",
 "CT chest/abdomen/pelvis, RECIST follow-up ⟪#3¦counter⟫. Target lesions (today / baseline ⟪01/07/2026¦date⟫): "
 "⟨a¦1. RLL nodule ⟪14 mm¦size⟫⟩ ⟦S3 I88¦3:88¦abbrev_en¦a⟧ / ⟨b¦⟪22 mm¦size⟫⟩ ⟦S3 I90¦p3:90¦prior¦b⟧; ⟨c¦2. "
 "left adrenal ⟪19 mm¦size⟫⟩ ⟦S4 I102¦4:102¦abbrev_en¦c⟧ / ⟨d¦⟪27 mm¦size⟫⟩ ⟦S4 I99¦p4:99¦prior¦d⟧. SoD "
 "⟪33 mm¦size⟫ vs ⟪49 mm¦size⟫ (⟪-33%¦ratio⟫): partial response."),
("V-UK-12", "UK",
 "PET-CT Hodgkin, end of treatment. ⟨a¦Anterior mediastinal residual mass ⟪35 x 20 mm¦size⟫ with uptake equal to "
 "liver⟩ (⟦image 61 (series 2)¦2:61¦full_en¦a⟧), ⟨b¦the right supraclavicular node has resolved⟩ (⟦image 33 "
 "(series 2)¦2:33¦full_en¦b⟧). ⟨c¦At interim it measured ⟪18 mm¦size⟫⟩ (interim ⟦image 31 (series 3)¦p3:31¦"
 "prior¦c⟧). ⟪Deauville 3¦birads⟫; ⟪30 Gy¦dose⟫ ISRT to be discussed."),
("V-UK-13", "UK",
 "Comparison sentence: ⟨a¦segment ⟪VI¦segment⟫ metastasis ⟪41 mm¦size⟫⟩ (⟦se/im 5/66¦5:66¦slash¦a⟧), ⟨b¦⟪35 mm¦"
 "size⟫ on ⟪12/10/2026¦date⟫⟩ (⟦se/im 5/64¦p5:64¦prior¦b⟧), ⟨c¦⟪22 mm¦size⟫ on the outside MRI of "
 "⟪06/2026¦date⟫⟩ (outside ⟦se/im 1201/30¦p1201:30¦prior¦c⟧). CEA ⟪88¦lab⟫. Progressive disease; for HPB MDT "
 "on ⟪Thursday 08:00¦time⟫."),
("V-UK-14", "UK",
 "Impression: 1. ⟨a¦Acute pulmonary emboli, right main and left lower lobe⟩ (⟦Se 4, Im 60¦4:60¦impression¦a⟧ and "
 "⟦Se 4, Im 101¦4:101¦impression¦a⟧). 2. ⟨b¦Right heart strain⟩ (⟦Se 4, Im 120¦4:120¦impression¦b⟧). 3. "
 "⟨c¦Known left breast primary ⟪27 mm¦size⟫⟩ (⟦Se 4, Im 55¦4:55¦impression¦c⟧). Findings phoned to ward "
 "⟪12¦counter⟫, ext ⟪3310¦phone⟫, ⟪22:15¦time⟫."),
("V-US-01", "US",
 "PET/CT skull base to mid-thigh, restaging follicular lymphoma. ⟨a¦Left axillary node ⟪1.8 x 1.2 cm¦size⟫, "
 "SUV max ⟪6.4¦lab⟫⟩ (⟦4:102¦4:102¦compact¦a⟧), ⟨b¦previously ⟪2.9 x 2.0 cm¦size⟫, SUV max ⟪11.0¦lab⟫⟩ "
 "(⟦4:99¦p4:99¦prior¦b⟧ on ⟪8/19/2026¦date⟫). ⟨c¦Mesenteric nodes stable⟩ (⟦4:188, 4:194¦4:188,4:194¦list¦c⟧). "
 "⟪Deauville 4¦birads⟫. FDG ⟪10.2 mCi¦dose⟫, glucose ⟪96 mg/dL¦lab⟫, uptake time ⟪62 min¦counter⟫."),
("V-US-02", "US",
 "CT angiography chest for PE. ⟨a¦Saddle embolus⟩ (⟦Se:4 Im:71¦4:71¦compact¦a⟧) ⟨b¦extending into the right "
 "lower lobe and left upper lobe segmental branches⟩ (⟦Se:4 Im:88¦4:88¦compact¦b⟧, ⟦Se:4 Im:54¦4:54¦compact¦b⟧). "
 "⟨c¦RV/LV ratio ⟪1.6¦ratio⟫ with reflux of contrast into the IVC⟩ (⟦Se:4 Im:140¦4:140¦compact¦c⟧). Critical "
 "result called to Dr. Nguyen at ⟪(617) 555-0142¦phone⟫ on ⟪12/6/2026¦date⟫ at ⟪4:12 PM¦time⟫; read back."),
("V-US-03", "US",
 "Pancreas protocol CT. ⟨a¦Hypoenhancing mass in the uncinate process measuring ⟪2.6 cm¦size⟫⟩ (⟦series 3, "
 "image 44 of 210¦3:44¦full_en¦a⟧), ⟨b¦⟪90 degrees¦ratio⟫ abutment of the SMA⟩ (⟦series 3, image 51¦3:51¦"
 "full_en¦b⟧; coronal ⟦series 602, image 38¦602:38¦plane¦b⟧). ⟨c¦No liver metastases⟩. CA 19-9 ⟪96 U/mL¦lab⟫. "
 "NCCN: borderline resectable; tumor board ⟪12/10¦date⟫."),
("V-US-04", "US",
 "COMPARISON: CT chest ⟪6/2/2026¦date⟫, PET/CT ⟪3/1/2026¦date⟫, outside CT (St. Mary's) ⟪11/2025¦date⟫. "
 "⟨a¦Right lower lobe mass now ⟪4.1 cm¦size⟫⟩ (⟦series 2 image 77¦2:77¦full_en¦a⟧), ⟨b¦⟪3.4 cm¦size⟫ in June⟩ "
 "(⟦series 2 image 75¦p2:75¦prior¦b⟧), ⟨c¦⟪2.8 cm¦size⟫ in March⟩ (PET/CT ⟦series 4 image 130¦p4:130¦prior¦c⟧), "
 "and ⟨d¦⟪1.9 cm¦size⟫ on the outside study⟩ (⟦series 3 image 41¦p3:41¦prior¦d⟧). Steady growth, VDT ⟪~180 d¦"
 "counter⟫."),
("V-US-05", "US",
 "HRCT: ⟨a¦Peripheral and basal predominant reticulation with honeycombing⟩ (⟦series 5 im# 212¦5:212¦"
 "abbrev_en¦a⟧), ⟨b¦no significant ground glass⟩. ⟨c¦Mildly enlarged mediastinal nodes, station ⟪4R¦level⟫ "
 "⟪1.1 cm¦size⟫⟩ (⟦series 2 im# 48¦2:48¦abbrev_en¦c⟧). ATS/ERS/JRS/ALAT ⟪2022¦date⟫: UIP pattern. DLCO "
 "⟪38%¦ratio⟫."),
("V-US-06", "US",
 "Tumor board summary (⟪12/3/2026¦date⟫), rad-path: ⟨a¦the ⟪1.4 cm¦size⟫ segment ⟪5¦segment⟫ lesion⟩ (⟦Img 33, "
 "Ser 8¦8:33¦abbrev_en¦a⟧) was biopsied on ⟪11/20/2026¦date⟫ and is metastatic colorectal adenocarcinoma "
 "(KRAS G12D). ⟨b¦Segment ⟪7¦segment⟫ lesion ⟪0.6 cm¦size⟫⟩ (⟦Img 21, Ser 8¦8:21¦abbrev_en¦b⟧) ⟨c¦too small to "
 "characterize⟩. ⟨d¦On the prior MRI it was not seen⟩ (⟦Img 20, Ser 9¦p9:20¦prior¦d⟧)."),
("V-US-07", "US",
 "Neck CT with contrast. ⟨a¦Supraglottic mass crossing the midline ⟪3.2 cm¦size⟫⟩ (⟦S:I "
 "3:62¦3:62¦compact¦a⟧), ⟨b¦preepiglottic fat involvement⟩ (sagittal ⟦S:I 7:30¦7:30¦plane¦b⟧). ⟨c¦Bilateral level "
 "⟪III¦level⟫ nodes, ⟪1.6 cm¦size⟫ right and ⟪1.3 cm¦size⟫ left⟩ (⟦S:I 3:80, 3:84¦3:80,3:84¦list¦c⟧). "
 "⟪T3 N2c¦staging⟫."),
("V-US-08", "US",
 "Dictated: ⟨a¦There is a new ⟪8 mm¦size⟫ nodule in the left upper lobe⟩ ⟦series three image one forty "
 "two¦3:142¦full_en¦a⟧ period. "
 "⟨b¦Stable ⟪4 mm¦size⟫ right middle lobe nodule⟩ comma ⟦series three image ninety¦3:90¦full_en¦b⟧ period. "
 "Lung-RADS ⟪4A¦birads⟫, "
 "follow up in ⟪3 months¦followup⟫. ⟪30 pack-years¦counter⟫."),
("V-US-09", "US",
 "MRI liver with Eovist, HCC surveillance. ⟨a¦⟪2.3 cm¦size⟫ arterially enhancing observation in segment "
 "⟪8¦segment⟫⟩ (⟦series 1101, image 40¦1101:40¦full_en¦a⟧) ⟨b¦with washout and capsule⟩ (⟦series 1601, image "
 "42¦1601:42¦full_en¦b⟧), ⟨c¦previously ⟪1.5 cm¦size⟫⟩ (⟦series 1101, image 39¦p1101:39¦prior¦c⟧ on the "
 "⟪5/2026¦date⟫ MRI). LI-RADS ⟪5¦birads⟫ (LR-5). AFP ⟪23 ng/mL¦lab⟫. ⟪Child-Pugh A¦staging⟫."),
("V-US-10", "US",
 "CT chest/abdomen/pelvis. Findings: ⟨a¦Multiple new bilateral pulmonary nodules, largest ⟪9 mm¦size⟫⟩ (⟦series 2, "
 "images 44, 61, and 83¦2:44,2:61,2:83¦list¦a⟧). ⟨b¦Retroperitoneal adenopathy ⟪2.2 cm¦size⟫ short axis⟩ "
 "(⟦series 3, images 88-94¦3:88-94¦range¦b⟧). ⟨c¦The previously seen ⟪1.0 cm¦size⟫ node⟩ (prior ⟦series 3, image "
 "90¦p3:90¦prior¦c⟧) has enlarged. DLP ⟪1184 mGy-cm¦dose⟫."),
("V-US-11", "US",
 "IMPRESSION: 1. ⟨a¦Acute right lower lobe pulmonary embolism without right heart strain⟩ (⟦8:112¦8:112¦"
 "impression¦a⟧). 2. ⟨b¦Enlarging left hilar mass, ⟪3.6 cm¦size⟫⟩ (⟦8:70¦8:70¦impression¦b⟧), ⟨c¦⟪2.4 cm¦size⟫ on "
 "⟪9/14/2026¦date⟫⟩ (⟦6:68¦p6:68¦prior¦c⟧). 3. Key images: ⟪#3 and #4¦counter⟫. Findings discussed with "
 "oncology fellow, pager ⟪4-8812¦phone⟫."),
("V-US-12", "US",
 "Lugano restaging after ⟪4 cycles¦counter⟫ of BV-AVD. ⟨a¦Right cervical node conglomerate has resolved⟩ (⟦se 5, "
 "img 33¦5:33¦abbrev_en¦a⟧), ⟨b¦previously ⟪4.4 cm¦size⟫ with SUV ⟪14¦lab⟫⟩ (baseline ⟦se 5, img 35¦p5:35¦prior¦b⟧). "
 "⟨c¦New ⟪1.1 cm¦size⟫ FDG-avid focus in the ⟪T7¦level⟫ vertebral body⟩ (⟦se 5, img 120¦5:120¦abbrev_en¦c⟧), "
 "⟨d¦no correlate on CT⟩ (⟦se 2, img 120¦2:120¦abbrev_en¦d⟧). Overall ⟪Deauville 5¦birads⟫ at a single new site."),
("V-US-13", "US",
 "Whole-body MRI (Li-Fraumeni protocol). ⟨a¦⟪1.2 cm¦size⟫ T2 hyperintense lesion in the left iliac wing⟩ "
 "(coronal STIR, ⟦Image 44, Series 3¦3:44¦full_en¦a⟧), ⟨b¦unchanged since ⟪2024¦date⟫⟩ (⟦Image 43, Series 3¦p3:43¦"
 "prior¦b⟧ of the ⟪2024¦date⟫ exam). ⟨c¦Right thyroid nodule ⟪9 mm¦size⟫⟩ (⟦Image 12, Series 5¦5:12¦full_en¦c⟧), "
 "TI-RADS ⟪3¦birads⟫."),
("V-US-14", "US",
 "Addendum ⟪12/6/2026¦date⟫ ⟪7:05 AM¦time⟫: the ⟨a¦segment ⟪4A¦segment⟫ hypodensity⟩ referenced as (⟦IMG 33 SER 5¦"
 "5:33¦abbrev_en¦a⟧) ⟨b¦is a flash-filling hemangioma⟩ on the arterial phase (⟦IMG 30 SER 4¦4:30¦abbrev_en¦b⟧). "
 "⟨c¦The ⟪1.7 cm¦size⟫ segment ⟪6¦segment⟫ metastasis⟩ (⟦IMG 61 SER 5¦5:61¦abbrev_en¦c⟧) is unchanged from "
 "⟨d¦the outside PET/CT⟩ (⟦IMG 88 SER 2¦p2:88¦prior¦d⟧)."),
)

EXCERPTS: list[Excerpt] = [_excerpt(eid, origin, marked) for eid, origin, marked in _RAW]
