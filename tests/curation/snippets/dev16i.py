"""Dev / training set for issue 16, round 8 (engineer refs-dev16i): whole reports that cite images, labelled.

A DEV / TRAINING set written by a new author, independently of the miner (its code, docs/snippets*.md, the held-out
sets and the texts of dev16c..dev16h were not read). Each excerpt is one whole report (or an addendum): exam line,
history, technique, comparison, findings by organ, impression with numbered items. Citations follow a busy
radiologist's habits and change style within one report: US/UK "(series 3, image 45)", "(3:45)", "(se 4, im 160)",
"(im 45, se 3)", "#45", "image 38 of series 5", "(3/61)", sequence and phase names beside series numbers (MR series
1101, CT "corticomedullary (series 4)"), and CH/AT/DE "Sequenz 12, Bildnummer 34", "Schicht 14", "Bild 3/45",
"koronare Ebene, Bildnummer 12". About a quarter to a third of the refs point into a prior study (outside CDs,
baselines, nadirs, "the 2023 baseline", "die auswärtige MRT", "VU"). Numeric confounders stand in the same reports:
TNM, Gleason 3+3, PI-RADS, "2/12 cores", dates 3/24/2025, times 14:35, doses, ratios, levels L4/5, fractions,
pager numbers. Some reports cite nothing.

Markup: exactly dev16c's (`⟦visible citation|spec⟧`, spec `S:I` / `S:I-J` / `-:I`, `P`, `@plane`), parsed by its
`parse`. No snippet labels (`#x`) are given: this set labels series, images, prior flag and plane only.
Gold is what a careful radiologist reading the whole report understands: the series is the written one, else the
one the reader takes from the context (the same bracket or sentence, an earlier sentence about the same series, a
heading, or a technique line that numbers a phase: "corticomedullary (series 4)" ... "(corticomedullary, image 38)"
is series 4); `-` where the report leaves it open. A prior-study ref is any image the text places in an earlier or
outside study, whatever words say so. `@plane` marks a plane word (axial, coronal/koronar, sagittal) in the
reference's own bracket or clause.

Measured once per batch, aggregate only, with the unchanged miner (main 3d15c59):
- BATCH1 (21 reports, 117 refs, 31 prior): tp=95 fp=13 fn=22 P=0.880 R=0.812
- BATCH2 (19 reports, 120 refs, 30 prior): tp=91 fp=24 fn=29 P=0.791 R=0.758
- BATCH3 (18 reports, 119 refs, 31 prior): tp=85 fp=22 fn=34 P=0.794 R=0.714
- all three (58 reports, 356 refs, 92 prior; summed, not re-run): tp=271 fp=59 fn=85 P=0.821 R=0.761
Only aggregates were looked at (no per-excerpt misses). After measuring, the labels were read through once more and
none was changed. Labelling choices a reader may dispute: a plane word only in a heading ("Sagittal T2 (series 4):")
gives no `@plane`; an image before any series is named in the report stays `-` ("Schicht 210" in the CTA) even when
a later sentence names the axial series; one citation is broken by a hard line wrap, as RIS exports do.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3"]


def _parsed(marked: list[tuple[str, str]]) -> list[Excerpt]:
    return [parse(lang, text.strip("\n")) for lang, text in marked]


BATCH1 = _parsed([
    ("en", """
EXAM: CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST
CLINICAL HISTORY: 64-year-old with stage IIIA (T2bN2M0) NSCLC, status post 4 cycles carboplatin/pemetrexed. Restaging.
TECHNIQUE: Axial images from the thoracic inlet through the pubic symphysis after 100 mL Omnipaque 350 IV. Coronal
and sagittal reformats were reviewed. CTDIvol 9.8 mGy, DLP 712 mGy-cm.
COMPARISON: CT CAP 3/14/2025 and PET/CT 1/9/2025 (outside, loaded to PACS).
FINDINGS:
CHEST:
Lungs: Spiculated left upper lobe mass now measures 2.1 x 1.6 cm (⟦series 3, image 45|3:45⟧), previously 3.4 x 2.7 cm
(⟦series 4, image 52 on 3/14/2025|4:52 P⟧). New 4 mm nodule in the right lower lobe (⟦3:88|3:88⟧). Stable 3 mm
perifissural nodule (⟦3:71|3:71⟧).
Mediastinum: Left hilar node 9 mm short axis (⟦se 2 im 40|2:40⟧), previously 16 mm. Subcarinal node decreased to
1.1 cm (⟦2/51|2:51⟧) versus 1.8 cm at baseline (⟦2/49 on prior|2:49 P⟧).
Pleura: Trace left pleural effusion.
ABDOMEN/PELVIS:
Liver: No focal lesion. Mild hepatic steatosis.
Adrenals: Left adrenal nodule 1.0 cm, 8 HU, unchanged (⟦2:62|2:62⟧).
Bones: Sclerotic focus in T9 on sagittal reformats (⟦601:33|601:33 @sagittal⟧), unchanged, likely a bone island.
IMPRESSION:
1. Partial response of the left upper lobe primary (⟦3:45|3:45⟧), now 2.1 cm from 3.4 cm.
2. New 4 mm right lower lobe nodule (⟦3:88|3:88⟧), indeterminate. Attention on follow-up.
3. Decreased mediastinal adenopathy.
Results discussed with the ordering oncologist at 14:35 on 6/2/2025 (pager 4-5521).
"""),
    ("en", """
CT THORAX, ABDOMEN AND PELVIS WITH CONTRAST
Clinical details: Known sigmoid cancer with liver metastases, on FOLFOX cycle 6/12. ?progression
Comparison is made with the previous CT of 12/03/2025 and the MRI liver from another trust on CD (imported).
Findings:
The segment VIII liver metastasis measures 28 mm (⟦im 45, se 3|3:45⟧), previously 22 mm
(⟦im 41, se 3 of the prior|3:41 P⟧).
The segment IVa lesion is 14 mm on ⟦image 38 of series 3|3:38⟧. A new 6 mm hypodensity in segment 6
(⟦se 3, im 71|3:71⟧) is
too small to characterise. On the outside MRI this region was normal (⟦DWI, image 19 of series 7|7:19 P⟧).
Portal and hepatic veins patent. No ascites.
Lungs: Two new pulmonary nodules, right lower lobe 5 mm (⟦im 212, se 4|4:212⟧) and lingula 4 mm
(⟦im 160, se 4|4:160⟧).
Bones: Grade 1 anterolisthesis of L4 on L5. No destructive lesion.
Conclusion:
1. Progressive disease: enlarging segment VIII metastasis and new pulmonary nodules
(⟦se 4, im 160 and 212|4:160 4:212⟧).
2. New small segment 6 hypodensity, indeterminate. Liver MRI could be considered.
"""),
    ("de", """
MRI Abdomen (Leber) nativ und mit Primovist
Fragestellung: Verlaufskontrolle bekannter HCC-Herde bei Leberzirrhose Child-Pugh A6, Status nach TACE 11/2024.
Technik: 1.5 T. T2 HASTE koronar und axial, T1 in/opposed phase, DWI (b 50/400/800), dynamische T1 VIBE nativ,
arteriell, portalvenös, spät sowie hepatobiliäre Phase nach 20 min.
Vergleich: MRI vom 14.01.2025 sowie auswärtige CT vom 02.10.2024 (CD, importiert).
Befund:
Behandelter Herd Segment VIII mit Lipiodol-Depot, keine arterielle Hyperperfusion mehr
(⟦Sequenz 12, Bildnummer 34|12:34⟧).
Neuer arteriell hypervaskularisierter Herd im Segment VI, 14 mm
(⟦arterielle Phase, Sequenz 12, Bildnummer 58|12:58⟧), mit
Washout in der portalvenösen Phase (⟦Sequenz 13, Bildnummer 58|13:58⟧) und Hypointensität in der hepatobiliären Phase
(⟦Sequenz 16, Bild 57|16:57⟧).
In der Voruntersuchung vom 14.01.2025 an dieser Stelle ein 6 mm Herd ohne Washout
(⟦Sequenz 11, Bildnummer 55|11:55 P⟧).
In der auswärtigen CT vom Oktober 2024 nicht abgrenzbar (⟦Se 3, Bi 120|3:120 P⟧).
Milz 13 cm. Wenig Aszites perihepatisch.
Beurteilung:
1. Neuer LR-5-Herd Segment VI (14 mm, ⟦Seq. 12/58|12:58⟧).
2. Kein vitaler Resttumor im behandelten Herd Segment VIII.
3. Portale Hypertension mit Splenomegalie.
"""),
    ("en", """
MRI BRAIN WITH AND WITHOUT CONTRAST
HISTORY: Glioblastoma, status post resection and chemoradiation (60 Gy/30 fx), temozolomide cycle 3/6.
TECHNIQUE: Sagittal T1, axial FLAIR, axial DWI, axial SWI, axial T2, pre- and post-contrast axial T1 and 3D
post-contrast MPRAGE with coronal and sagittal reformats.
COMPARISON: MRI 4/2/2025 (post-operative baseline) and 2/11/2025.
FINDINGS:
Resection cavity in the right temporal lobe. Nodular enhancement along the posterior margin measures 1.4 x 1.1 cm
(⟦series 1101, image 88|1101:88⟧), previously 0.8 x 0.6 cm (⟦series 1001, image 85, 4/2/2025|1001:85 P⟧).
Surrounding FLAIR hyperintensity has increased (⟦series 6, images 14-19|6:14-19⟧).
Restricted diffusion at the inferior margin (⟦series 5, image 12|5:12⟧ and ⟦ADC series 501, image 12|501:12⟧).
On coronal reformats the enhancement abuts the temporal horn (⟦series 1104, image 61|1104:61 @coronal⟧).
No new lesion elsewhere. Mild rCBV elevation on the perfusion maps.
IMPRESSION:
1. Increased nodular enhancement at the posterior margin of the resection cavity (⟦1101/88|1101:88⟧), concerning for
progression over pseudoprogression; rCBV supports tumour.
2. On 2/11/2025 it measured 1.0 cm (⟦series 1101, image 86|1101:86 P⟧), so growth is progressive over two exams.
"""),
    ("de", """
CT Thorax mit KM
Klinische Angabe: Z.n. Mammakarzinom links (pT2 pN1a M0, G2, Ki-67 20-30 %), Nachsorge. Raucherin, 30 py.
Vergleich: CT Thorax vom 12.3.2024 und auswärtiges CT (Klinikum, CD) von 8/2023.
Befund:
Lunge: Im rechten Oberlappen ein 7 mm solider Rundherd (⟦Serie 4, Schicht 112|4:112⟧), in der Voruntersuchung vom
12.3.2024 5 mm (⟦Serie 4, Schicht 108|4:108 P⟧). Ein zweiter, 3 mm messender Herd im Mittellappen
(⟦Schicht 140|4:140⟧) ist
unverändert. Im auswärtigen CT von 8/2023 war der Oberlappenherd noch nicht vorhanden (⟦Serie 2, Schicht 51|2:51 P⟧).
Mediastinum: Keine vergrößerten Lymphknoten. Axillär links postoperative Veränderungen mit Clips.
Skelett: Neue osteoblastische Läsion im BWK 8 (⟦Serie 7, Schicht 60, sagittal|7:60 @sagittal⟧).
Beurteilung:
Größenprogredienter Rundherd im rechten Oberlappen (7 vs. 5 mm, ⟦Serie 4/112|4:112⟧), suspekt auf Metastase, DD
Zweitkarzinom. Neue osteoblastische Läsion BWK 8. Empfehlung: PET-CT.
"""),
    ("en", """
CT ABDOMEN AND PELVIS, RENAL MASS PROTOCOL
TECHNIQUE: Unenhanced, corticomedullary (series 4), nephrographic (series 5) and excretory (series 6) phases.
COMPARISON: Outside ultrasound 5/1/2025 (report only) and outside CT from 2022 (CD, imported as series 9001-9004).
FINDINGS:
Right kidney: 3.2 x 2.9 x 3.0 cm exophytic solid interpolar mass (⟦image 38 of series 5|5:38⟧), enhancing from 32 HU
(unenhanced, ⟦series 2 image 37|2:37⟧) to 140 HU (⟦corticomedullary, image 38|4:38⟧). The mass measured 1.9 cm on the
2022 outside CT (⟦series 9003, image 41|9003:41 P⟧). R.E.N.A.L. nephrometry score 7p.
Left kidney: 1.2 cm simple cyst, Bosniak I (⟦se 5, im 44|5:44⟧).
Renal veins and IVC patent. No retroperitoneal adenopathy.
Excretory phase: No filling defect in the collecting systems or ureters (⟦images 20-60|6:20-60⟧).
IMPRESSION:
1. 3.2 cm enhancing right renal mass (⟦5:38|5:38⟧), consistent with renal cell carcinoma, grown from 1.9 cm in 2022
(⟦9003:41|9003:41 P⟧).
2. Bosniak I left renal cyst. No follow-up needed.
"""),
    ("de", """
MRI LWS nativ
Indikation: Lumboischialgie rechts seit 3 Wochen, Fussheberparese M4/5.
Technik: Sagittal T1, T2, STIR; axial T2 L3-S1.
Voruntersuchung: Auswärtige MRT vom 03.05.2022 (CD).
Befund:
L4/5: Rechts paramediane Diskusextrusion mit Kaudalsequestrierung (⟦sagittal T2, Sequenz 3, Bild 8|3:8 @sagittal⟧;
⟦axial Sequenz 6, Bild 14|6:14 @axial⟧), Kompression der Nervenwurzel L5 rechts im Recessus.
In der auswärtigen MRT damals nur eine breitbasige Protrusion (⟦Sequenz 4, Bild 9|4:9 P⟧).
L5/S1: Osteochondrose Modic Typ 2, Bandscheibenhöhe um etwa 1/3 vermindert (⟦Sequenz 3, Bilder 7-9|3:7-9⟧).
Konus auf Höhe LWK 1/2, regelrecht.
Beurteilung: Diskusextrusion L4/5 rechts mit Kompression der Wurzel L5 (⟦Seq. 6 Bild 14|6:14⟧), neu im Vergleich zu
2022.
"""),
    ("en", """
CT pulmonary angiogram
Clinical: Pleuritic chest pain, D-dimer 1.9, Wells 4.5.
Findings: Filling defects in the right lower lobe segmental arteries (⟦#145-152|-:145-152⟧) and a left lower lobe
subsegmental branch (⟦#171|-:171⟧). RV/LV ratio 1.2 (⟦#98|-:98⟧). Small right effusion. Wedge-shaped peripheral
opacity at the right base, likely infarct (⟦#190|-:190⟧).
No previous imaging for comparison.
Conclusion: Bilateral PE with RV/LV ratio 1.2. Echo advised to assess RV strain.
"""),
    ("de", """
CT Abdomen/Becken mit KM, portalvenös
Fragestellung: Pankreaskopfkarzinom, Z.n. Whipple 3/24, CA 19-9 steigend (120 -> 340 U/ml).
Vergleich: CT vom 11.09.2024 und vom 05.02.2025 (Nadir).
Befund:
Neue 12 mm hypodense Läsion im Lebersegment 7 (⟦Bild 3/45|3:45⟧), im Nadir-CT vom 05.02.2025 nicht nachweisbar
(⟦Bild 3/44|3:44 P⟧).
Weichteilverdichtung am Abgang der A. mesenterica superior 18 x 11 mm (⟦3/88|3:88⟧), im Nadir 9 mm (⟦3/86|3:86 P⟧),
im CT
vom 11.09.2024 14 mm (⟦2/90|2:90 P⟧).
Geringer Aszites. Peritoneale Noduli im Unterbauch bis 8 mm (⟦Bilder 3/120-3/126|3:120-126⟧).
Beurteilung:
1. Lokalrezidiv an der SMA (⟦3/88|3:88⟧) und neue Lebermetastase S7 (⟦3/45|3:45⟧), progredient gegenüber dem Nadir.
2. V.a. beginnende Peritonealkarzinose.
"""),
    ("en", """
MRI PROSTATE WITH AND WITHOUT CONTRAST (MULTIPARAMETRIC)
History: PSA 8.4 ng/mL, PSA density 0.19, prior negative biopsy 2023 (Gleason 3+3 in 2/12 cores).
Technique: 3T. Axial, sagittal and coronal T2, DWI (b 0, 800, 1400), ADC map, DCE.
Comparison: MRI prostate 6/14/2023 (outside, available on PACS).
Prostate volume 52 mL.
Findings: Left posterior peripheral zone lesion at the mid gland, 1.3 cm, markedly hypointense on ADC
(⟦series 9, image 16|9:16⟧), hyperintense on b1400 (⟦series 8, image 16|8:16⟧) and on T2 (⟦series 4, im 17|4:17⟧).
Early
focal enhancement (⟦DCE, series 12, image 16|12:16⟧). PI-RADS 5.
On the 2023 exam this area measured 0.6 cm and was scored PI-RADS 3 (⟦se 7, im 15|7:15 P⟧).
Transition zone: BPH nodules, PI-RADS 2 (⟦images 10-14 series 4|4:10-14⟧).
Seminal vesicles: No invasion. Extraprostatic extension: focal capsular bulge, possible
(⟦sagittal T2, series 5, image 11|5:11 @sagittal⟧).
IMPRESSION: PI-RADS 5 lesion, left PZ mid gland (⟦9:16|9:16⟧), increased from 2023 (⟦7:15|7:15 P⟧). Targeted biopsy
recommended.
"""),
    ("de", """
MRT Kniegelenk rechts nativ
Anamnese: Distorsionstrauma 10/2025, Streckdefizit 10°.
Befund:
Korbhenkelriss des Innenmeniskus mit nach interkondylär disloziertem Fragment
(⟦koronare Ebene, PD fs, Bildnummer 12|-:12 @coronal⟧;
⟦sagittale Ebene, Bildnummer 18|-:18 @sagittal⟧, "double PCL sign").
VKB: Partialruptur, etwa 2/3 der Fasern rupturiert (⟦sagittal, Serie 5, Bild 14|5:14 @sagittal⟧).
Bone bruise lateraler Femurkondylus und dorsales Tibiaplateau (⟦Serie 7, Bilder 9-11|7:9-11⟧).
Knorpel retropatellar Grad II-III nach ICRS über 3/4 der lateralen Facette. Mässiger Gelenkerguss.
In der auswärtigen MRT von 2019 (CD) war der Innenmeniskus intakt (⟦damals sagittal Bild 17|-:17 P @sagittal⟧).
Beurteilung: Korbhenkelriss Innenmeniskus (⟦kor. Bild 12|-:12 @coronal⟧), VKB-Partialruptur, Bone bruise.
"""),
    ("en", """
CT HEAD WITHOUT CONTRAST
HISTORY: Fall on anticoagulation (INR 3.1), GCS 14/15.
TECHNIQUE: Axial 5 mm and 2.5 mm images with coronal and sagittal reformats. DLP 980 mGy*cm.
COMPARISON: Outside CT head performed 2 hours earlier, received via image exchange (series 2001).
FINDINGS: Right frontoparietal subdural hematoma, maximal thickness 9 mm (⟦2:15|2:15⟧), previously 6 mm on the outside
study (⟦2001:16|2001:16 P⟧). 4 mm leftward midline shift (⟦2:18|2:18⟧). Small amount of subarachnoid blood in the left
sylvian fissure (⟦image 12, series 2|2:12⟧). No fracture on bone windows (⟦series 3, images 10-22|3:10-22⟧).
IMPRESSION: Enlarging right SDH, 9 mm (from 6 mm at 10:42 on the outside exam), with 4 mm midline shift.
Called to the ED physician at 13:05; read back confirmed.
"""),
    ("de", """
CT Thorax nativ, Low-Dose
Fragestellung: Lungenkrebs-Screening, Verlauf.
Vergleich: LDCT vom 15.04.2024 (Baseline).
Befund:
Solider Knoten im linken Unterlappen apikal, 6,5 mm (⟦Serie 3 Bild Nr. 142|3:142⟧; ⟦VU Serie 3 Bild Nr. 139|3:139 P⟧),
Volumen 140 mm³ (VU 95 mm³), VDT ca. 380 Tage. Milchglasherd im rechten Oberlappen 11 mm, unverändert
(⟦Bild Nr. 77|3:77⟧).
Koronarkalk ohne Quantifizierung. Zentrilobuläres Emphysem, oberfeldbetont, ca. 1/3 des Lungenvolumens.
Beurteilung: Lung-RADS 4A (Knoten UL links, ⟦Bild 142|3:142⟧). Kontrolle in 3 Monaten.
"""),
    ("en", """
MRI ABDOMEN WITH AND WITHOUT CONTRAST (GADOXETATE)
LIVER:
Observation 1: Segment 5, 2.2 cm, arterial phase hyperenhancement (⟦series 1301, image 44|1301:44⟧), nonperipheral
washout (⟦series 1401, image 44|1401:44⟧), enhancing capsule. LR-5. Prior: 1.6 cm
(⟦series 1301, image 40 on 11/2/2024|1301:40 P⟧).
Observation 2: Segment 2, 0.8 cm, APHE only (⟦1301:22|1301:22⟧). LR-3. Not seen previously.
Observation 3: Treated lesion segment 8 after microwave ablation, no residual enhancement
(⟦subtraction series 1501, images 15 to 19|1501:15-19⟧).
BILIARY: No dilatation.
SPLEEN: 14.2 cm.
VESSELS: Patent portal vein. Recanalized paraumbilical vein.
IMPRESSION:
1. LR-5 observation in segment 5 (2.2 cm; ⟦se 1301 im 44|1301:44⟧), increased from 1.6 cm. OPTN class 5A.
2. LR-3 observation in segment 2. Follow-up MRI in 3-6 months.
"""),
    ("de", """
CT Hals mit KM
Indikation: Oropharynxkarzinom rechts cT2 cN1, p16 positiv, Staging.
Befund:
Tumor in der Tonsillenloge rechts 3,4 x 2,1 cm (⟦Serie 601, Bild 85|601:85⟧). Lymphknoten Level IIa rechts 2,2 cm mit
zentraler Nekrose (⟦Serie 601 Bild 101|601:101⟧), Level III rechts 1,1 cm (⟦Bild 130|601:130⟧).
Keine suspekten Lymphknoten kontralateral. Schilddrüse: Knoten rechts 8 mm, TI-RADS 3.
Mitabgebildeter oberer Thorax unauffällig.
Beurteilung: Oropharynxkarzinom rechts mit ipsilateralen Lymphknotenmetastasen Level IIa und III
(⟦601/101|601:101⟧, ⟦601/130|601:130⟧), cT2 cN1 (AJCC 8).
"""),
    ("en", """
CT CHEST WITHOUT CONTRAST
COMPARISON: Outside CT chest 8/19/2024 from another facility (CD uploaded); baseline CT 2/2/2023.
FINDINGS:
Right upper lobe 8 mm part-solid nodule (⟦3/61|3:61⟧) with a 3 mm solid component; on the outside CD it measured 7 mm
(⟦series 4, image 58|4:58 P⟧) and on the 2023 baseline 5 mm (⟦series 2, image 60|2:60 P⟧).
Left lower lobe 5 mm solid nodule (⟦3/190|3:190⟧), unchanged from both priors (outside ⟦4/183|4:183 P⟧; baseline
⟦2/185|2:185 P⟧).
Right middle lobe linear scarring. No effusion.
IMPRESSION: Slowly growing part-solid RUL nodule (⟦3/61|3:61⟧), 5 -> 7 -> 8 mm over 18 months. Lung-RADS 4A;
consider PET/CT or tissue sampling.
"""),
    ("de", """
CCT nativ
Klinik: Z.n. Clipping eines Aneurysmas der A. communicans anterior 2021, zunehmende Kopfschmerzen.
Vergleich: Auswärtige CCT vom 17.08.2025 (Bildtransfer), Voruntersuchung hier 02/2023.
Befund: Erweiterte Temporalhörner, rechts 6 mm (⟦Schicht 14|-:14⟧), in der auswärtigen CT vom 17.08.2025 4 mm
(⟦Schicht 13|-:13 P⟧). In der Voruntersuchung 02/2023 Evans-Index 0,28 (⟦Serie 2, Schicht 20|2:20 P⟧), jetzt 0,34
(⟦Serie 2, Schicht 21|2:21⟧). Clipartefakte frontobasal (⟦Schichten 22-25|2:22-25⟧). Keine Blutung, keine Ischämie.
Beurteilung: Zunehmender Hydrocephalus (Evans-Index 0,28 -> 0,34). Rückruf an Dienstarzt Neurochirurgie 07:40 Uhr,
Piepser 3127.
"""),
    ("en", """
ADDENDUM: After the original report was issued, the outside PET/CT from 1/2025 became available. The left adrenal
nodule was FDG-avid on that study (SUVmax 6.2; ⟦series 4, image 101 of the outside PET/CT|4:101 P⟧), and the
sub-centimetre periportal node was also avid (⟦image 88|4:88 P⟧). Recommendation changed to adrenal sampling.
Discussed with the referring team at 16:20.
"""),
    ("de", """
Nachtrag vom 12.05.2025: Nach Eingang der auswärtigen Bilder (CD, MRT Becken 2022) war die Läsion im Os ilium links
damals bereits vorhanden, 14 mm (⟦Sequenz 5, Bild 23|5:23 P⟧), aktuell 15 mm (⟦Serie 6, Bild 30|6:30⟧). Somit
stationär über 3 Jahre, am ehesten Enchondrom. Die empfohlene Biopsie entfällt.
"""),
    ("en", """
CHEST RADIOGRAPH, PORTABLE AP
Comparison: 3/24/2025.
Findings: Endotracheal tube tip 4.5 cm above the carina. Right IJ line tip at the cavoatrial junction. Enteric tube
tip in the stomach. Decreased right lower lobe consolidation. Small left effusion occupying the lower 1/3 of the
hemithorax. Heart size stable, CTR 0.52.
Impression: Improving right basilar consolidation. Lines and tubes as above. Called to ICU, pager 4-2231, at 07:15.
"""),
    ("de", """
Mammographie beidseits in 2 Ebenen (cc und mlo)
Vergleich: Voraufnahmen vom 10/2023.
Drüsenparenchymdichte ACR B. Rechts bei 10 Uhr, 4 cm mamillenfern, gruppierte rundliche Verkalkungen auf 6 x 8 mm,
unverändert. Links keine Herdbefunde, keine suspekten Verkalkungen. Axillär beidseits unauffällig.
Beurteilung: BI-RADS 2 rechts / 1 links. Kontrolle in 1-2 Jahren im Rahmen des Screenings.
"""),
])


BATCH2 = _parsed([
    ("en", """
CT CHEST/ABDOMEN/PELVIS WITH IV CONTRAST - TRAUMA PROTOCOL
HISTORY: MVC at 45 mph, restrained driver. BP 88/54 on arrival.
TECHNIQUE: Arterial phase chest and abdomen (series 3), portal venous abdomen/pelvis (series 5), 5-minute delayed
(series 7). Sagittal and coronal reformats of the spine (series 601, 602).
COMPARISON: None.
FINDINGS:
Chest: Nondisplaced fractures of right ribs 4-7 laterally (⟦series 3, images 55, 61, 70 and 82|3:55 3:61 3:70 3:82⟧).
Small right pneumothorax, 1.2 cm (⟦3:40|3:40⟧). Pulmonary contusion in the right lower lobe (⟦3:96-110|3:96-110⟧).
Mediastinum: No mediastinal hematoma. Aorta intact.
Abdomen: AAST grade 3 splenic laceration, 3.4 cm deep (⟦5:52|5:52⟧), with a 6 mm focus of active extravasation on the
arterial images (⟦3:148|3:148⟧) that enlarges on the delayed phase (⟦image 49|7:49⟧).
Moderate hemoperitoneum, 45 HU (⟦5:70|5:70⟧).
Kidneys: Right renal contusion (⟦5/61|5:61⟧).
Spine: L1 compression fracture, 25% height loss, no retropulsion
(⟦sagittal reformat series 601, image 45|601:45 @sagittal⟧).
Left L2-L3 transverse process fractures (⟦coronal image 33 of series 602|602:33 @coronal⟧).
IMPRESSION:
1. AAST grade 3 splenic injury with active extravasation (⟦3:148|3:148⟧, ⟦7:49|7:49⟧). Critical result called to
trauma surgery at 02:14, read back.
2. Right rib fractures 4-7 with small pneumothorax.
3. L1 compression fracture with 25% height loss.
"""),
    ("de", """
MRT Schädel nativ und mit KM
Fragestellung: Multiple Sklerose, Verlauf unter Ocrelizumab. EDSS 2,5.
Technik: 3 T, 3D-FLAIR sagittal mit Rekonstruktionen, T2 axial, DWI, SWI, T1 MPRAGE nativ und nach KM.
Vergleich: Auswärtige MRT vom 14.06.2024 (CD), Voruntersuchung hier vom 02/2023.
Befund:
Bekannte periventrikuläre und juxtakortikale T2-Läsionen, insgesamt ca. 18. Eine neue, 5 mm messende Läsion
periventrikulär links frontal (⟦Sequenz 401, Bildnummer 112|401:112⟧), in der auswärtigen MRT nicht nachweisbar
(⟦Sequenz 3, Bildnummer 98|3:98 P⟧).
Eine infratentorielle Läsion im Pons rechts (⟦Sequenz 401, Bildnummer 60|401:60⟧), unverändert zur Voruntersuchung
2023
(⟦Serie 5, Bild 14|5:14 P⟧).
Keine KM-aufnehmenden Läsionen (⟦Sequenz 1101, Bildnummern 40-120|1101:40-120⟧).
Corpus callosum: Läsion im Splenium (⟦sagittal, Sequenz 401, Bildnummer 88|401:88 @sagittal⟧).
Zentralvenenzeichen in 12/18 Läsionen (SWI).
Beurteilung: Eine neue T2-Läsion periventrikulär links frontal (⟦401/112|401:112⟧), keine aktiven Läsionen.
Radiologische Aktivität gemäss MAGNIMS-Kriterien.
"""),
    ("en", """
CT ABDOMEN AND PELVIS WITH CONTRAST
Indication: RIF pain, CRP 187, WCC 16.2. ?appendicitis ?collection
Comparison: Ultrasound abdomen 2 days ago (no images available).
Findings:
The appendix is thick-walled, 13 mm, with an appendicolith at its base ⟦on axial images 40-44|-:40-44 @axial⟧ and
periappendiceal fat stranding. There is a 4.1 x 3.2 cm rim-enhancing collection in the right iliac fossa
⟦on axial image 52|-:52 @axial⟧, extending into the pelvis (⟦coronal image 48|-:48 @coronal⟧).
Small volume free fluid in the pelvis. No free gas.
Incidental 2.5 cm simple left adnexal cyst (⟦image 71|-:71⟧).
Lung bases: Clear.
Conclusion: Perforated appendicitis with a 4 cm RIF collection (⟦axial image 52|-:52 @axial⟧ /
⟦coronal 48|-:48 @coronal⟧),
amenable to drainage. Discussed with the on-call surgical registrar at 23:10 (bleep 2214).
"""),
    ("de", """
CT Oberbauch dreiphasig
Anamnese: Neuroendokriner Tumor des Pankreas G2 (Ki-67 5 %), Z.n. Pankreaslinksresektion 2022, Chromogranin A
steigend.
Technik: Nativ, arteriell (Serie 4), portalvenös (Serie 6).
Vergleich: CT vom 07/2024 und auswärtiges DOTATATE-PET/CT vom 3/2024.
Befund:
Leber: Neue hypervaskularisierte Läsionen in Segment 4b (11 mm, ⟦arterielle Serie Schicht 62|4:62⟧) und Segment 7
(8 mm,
⟦Schicht 48 der arteriellen Serie|4:48⟧), portalvenös isodens und kaum abgrenzbar (⟦Serie 6, Schicht 62|6:62⟧).
In der Vor-CT vom 07/2024 retrospektiv 4 mm Herd in Segment 4b (⟦Serie 4, Schicht 60|4:60 P⟧).
Im auswärtigen PET/CT vom 3/2024 keine Speicherung in der Leber (⟦Schicht 130|-:130 P⟧).
Pankreasrest unauffällig. Keine vergrösserten Lymphknoten.
Beurteilung:
1. Neue hypervaskuläre Lebermetastasen Segment 4b und 7 (⟦Serie 4, Schicht 62 und 48|4:62 4:48⟧), Segment 4b
retrospektiv bereits 07/2024 angedeutet.
2. Empfehlung: DOTATATE-PET/CT.
"""),
    ("en", """
MRI CERVICAL SPINE WITHOUT CONTRAST
HISTORY: Neck pain radiating to the left arm, C6 distribution.
COMPARISON: Outside MRI cervical spine 9/2021 on disc.
FINDINGS:
Sagittal T2 (series 4):
- C5-6: Disc osteophyte complex with mild cord flattening (⟦image 9|4:9⟧). AP canal diameter 8 mm.
- C6-7: Small central protrusion (⟦image 9|4:9⟧).
Axial T2 (series 7):
- C5-6: Severe left foraminal stenosis (⟦images 22-24|7:22-24⟧).
- C6-7: Mild bilateral foraminal narrowing (⟦image 31|7:31⟧).
Cord signal: Faint T2 hyperintensity at C5-6 (⟦series 4, image 10|4:10⟧), not present on the 2021 outside MRI
(⟦series 3, image 10|3:10 P⟧).
IMPRESSION: C5-6 disc osteophyte complex with cord flattening and faint cord signal change (⟦4:10|4:10⟧), new since
9/2021. Severe left C5-6 foraminal stenosis (⟦7:22-24|7:22-24⟧) correlating with the C6 radiculopathy.
"""),
    ("de", """
CT Hals/Thorax/Abdomen mit KM
Klinische Angaben: Diffus grosszelliges B-Zell-Lymphom, Ann Arbor IIIB, nach 3/6 Zyklen R-CHOP, Zwischenstaging.
Vergleich: Staging-CT vom 04.03.2025 (Baseline) und auswärtiges PET/CT vom 10.03.2025.
Befund:
Hals: Lymphknotenkonglomerat Level IV links, jetzt 2,1 x 1,4 cm (⟦Serie 5, Bild 44|5:44⟧), Baseline 4,8 x 3,9 cm
(⟦Serie 5, Bild 46|5:46 P⟧).
Mediastinum: Bulky-Masse im vorderen Mediastinum regredient auf 5,2 x 3,1 cm (⟦Serie 5, Bild 102|5:102⟧;
⟦Baseline Serie 5, Bild 99|5:99 P⟧: 10,4 x 7,8 cm).
Abdomen: Milz 12 cm (Baseline 16 cm), die Milzherde sind nicht mehr abgrenzbar
(⟦Baseline Bilder 5/210 und 5/224|5:210 5:224 P⟧).
Paraaortale Lymphknoten bis 1,2 cm (⟦Bild 5/260|5:260⟧), Baseline 3,5 cm (⟦Bild 5/258|5:258 P⟧).
Im auswärtigen PET/CT Deauville 5 im Mediastinum (SUVmax 18,3, ⟦Schicht 88|-:88 P⟧).
Beurteilung: Partielle Remission (SPD-Abnahme ca. 78 %) nach 3 Zyklen R-CHOP. Interim-PET empfohlen.
"""),
    ("en", """
CTA HEAD AND NECK WITH CT PERFUSION
HISTORY: Acute left MCA syndrome, NIHSS 14, last known well 08:20.
TECHNIQUE: Noncontrast head, CTA head and neck, CT perfusion.
FINDINGS:
Noncontrast head: ASPECTS 8, loss of gray-white differentiation in the left insula and M5
(⟦series 2, images 14-18|2:14-18⟧).
Hyperdense left MCA sign (⟦2:12|2:12⟧).
CTA: Occlusion of the left M1 segment 8 mm from the ICA terminus (⟦series 5, image 112/340|5:112⟧). Good collaterals
(grade 2/3 on multiphase). Left ICA origin: 70% stenosis by NASCET with ulcerated plaque (⟦5:210|5:210⟧). Right ICA:
mild plaque, less than 50%.
Perfusion: Core (CBF < 30%) 14 mL, Tmax > 6 s 96 mL, mismatch ratio 6.9.
COMPARISON: None.
IMPRESSION:
1. Left M1 occlusion (⟦5:112|5:112⟧). Core 14 mL, mismatch ratio 6.9. Stroke team notified at 09:02 (pager 7-4410).
2. 70% left ICA stenosis with ulcerated plaque (⟦se 5 im 210|5:210⟧).
"""),
    ("de", """
CT Pulmonalisangiographie
Fragestellung: Verlaufskontrolle nach Lungenembolie 05/2025 unter Apixaban 2 x 5 mg.
Vergleich: CTPA vom 18.05.2025.
Befund: Residueller wandständiger Thrombus in der Unterlappenarterie rechts (⟦Serie 3, Bildnummer 180|3:180⟧;
⟦koronare Ebene Serie 5, Bildnummer 64|5:64 @coronal⟧), deutlich regredient gegenüber dem Vorbefund (damals
okkludierend, ⟦Serie 3, Bildnummer 176|3:176 P⟧). Die Embolien links
(⟦VU Bildnummern 150, 158 und 163|3:150 3:158 3:163 P⟧)
sind vollständig aufgelöst. RV/LV-Quotient 0,9 (VU 1,3).
Narbige Verdichtung im posterobasalen Unterlappen rechts (⟦Bildnummer 205|3:205⟧).
Beurteilung: Deutlich regrediente Lungenembolie mit residuellem Thrombus der Unterlappenarterie rechts
(⟦3/180|3:180⟧).
Keine Rechtsherzbelastung mehr.
"""),
    ("en", """
MRI BILATERAL BREAST WITH AND WITHOUT CONTRAST
HISTORY: Newly diagnosed right breast IDC at 10 o'clock, grade 2/3, ER/PR positive, HER2 negative, Ki-67 20%.
Extent of disease.
COMPARISON: Outside mammogram and ultrasound 9/2025 (reports only). No prior MRI.
FINDINGS:
Right breast: Biopsy-proven malignancy at 10 o'clock, middle depth, 2.3 x 1.8 x 2.0 cm irregular mass with
heterogeneous enhancement and washout kinetics (⟦series 12, image 88|12:88⟧); biopsy clip artifact
(⟦series 3, image 90|3:90⟧). Non-mass enhancement extends 4 cm toward the nipple (⟦series 12, images 80-95|12:80-95⟧;
⟦sagittal reformat image 40 of series 15|15:40 @sagittal⟧).
Left breast: 6 mm enhancing focus at 2 o'clock, posterior depth (⟦#102 on the first post-contrast series 12|12:102⟧).
Axilla: Right level I node with 4 mm cortical thickening (⟦series 12, image 60|12:60⟧).
IMPRESSION:
Right breast: Known malignancy (BI-RADS 6) with NME extending 4 cm anteriorly (⟦12:80-95|12:80-95⟧); total extent
6.1 cm.
Left breast: 6 mm focus, BI-RADS 3 versus 4; MRI-guided biopsy could be offered.
"""),
    ("de", """
MRT Becken (Rektum), Restaging nach neoadjuvanter Radiochemotherapie
Anamnese: Rektumkarzinom 6 cm ab ano, initial cT3c cN1 EMVI positiv, RCT 50,4 Gy/28 Fx mit Capecitabin bis 07/2025.
Vergleich: Staging-MRT vom 12.03.2025.
Befund:
Der Tumor ist deutlich regredient: residuelle Wandverdickung 5 bis 8 Uhr mit überwiegend fibrotischem, T2-hypointensem
Signal (⟦T2 axial, Serie 7, Bild 24|7:24 @axial⟧), initial Ausdehnung 3 bis 10 Uhr
(⟦Staging Serie 6, Bild 22|6:22 P⟧).
Diffusion: kleiner Restherd mit Restriktion (⟦DWI b1000 Serie 9 Bild 18|9:18⟧; ⟦ADC Serie 901 Bild 18|901:18⟧).
mrTRG 2.
Mesorektale Faszie frei, Abstand 6 mm (⟦Serie 7, Bild 26|7:26⟧). Der initial befallene Lymphknoten mesorektal links
(⟦Staging Bild 30 der Serie 6|6:30 P⟧, 11 mm) misst jetzt 4 mm (⟦Serie 7, Bild 31|7:31⟧). EMVI nicht mehr nachweisbar.
Beurteilung: Gute Tumorregression (mrTRG 2) mit kleinem Restherd in der DWI (⟦9/18|9:18⟧). Vorstellung im Tumorboard.
"""),
    ("en", """
FDG PET-CT SKULL BASE TO MID-THIGH
Indication: Oesophageal adenocarcinoma, staging. Blood glucose 5.8 mmol/L, 312 MBq FDG, uptake time 62 min.
Comparison: Staging CT 28/08/2025.
Findings:
Primary: Intense uptake in the distal oesophageal tumour, SUVmax 14.2 (⟦CT 4:112|4:112⟧, ⟦fused 6:112|6:112⟧).
Nodes: Avid left gastric node, 11 mm, SUVmax 5.1 (⟦4:131|4:131⟧). Subcarinal node 7 mm with low-grade uptake, SUVmax
2.6 (⟦4:84|4:84⟧), likely reactive.
Liver: Focal uptake in segment 7, SUVmax 6.8 (⟦4:140|4:140⟧), without a correlate on the staging CT
(⟦series 3, image 56 of 28/08/2025|3:56 P⟧).
Bones: No avid lesion.
Conclusion:
1. FDG-avid distal oesophageal primary with an avid left gastric node (⟦4:131|4:131⟧), N1.
2. Focal hepatic uptake in segment 7 (⟦4:140|4:140⟧), suspicious for metastasis; MRI liver advised.
"""),
    ("de", """
MRT Sella nativ und mit KM (dynamisch)
Fragestellung: Hypophysenmakroadenom, Verlauf unter Cabergolin; Prolaktin 180 -> 35 ng/ml.
Vergleich: MRT vom 20.01.2025, auswärtige MRT vom 11/2023 (Erstdiagnose).
Befund: Das Adenom misst aktuell 11 x 9 x 10 mm (⟦koronar T1 KM, Serie 12, Bild 9|12:9 @coronal⟧), in der
Voruntersuchung vom 20.01.2025 14 x 12 x 12 mm (⟦Serie 12, Bild 8|12:8 P⟧) und bei Erstdiagnose 11/2023 19 x 16 mm
(⟦auswärtig, Serie 6, Bild 11|6:11 P⟧). Sinus cavernosus rechts: Knosp 2 (⟦Bild 9|12:9⟧). Chiasma nicht mehr angehoben
(⟦sagittal Serie 10, Bild 7|10:7 @sagittal⟧).
Beurteilung: Weiter regredientes Makroadenom (11 mm, ⟦12/9|12:9⟧) unter Cabergolin.
"""),
    ("en", """
CT CHEST WITH CONTRAST
HISTORY: Metastatic melanoma (BRAF V600E) on dabrafenib/trametinib. Restaging.
COMPARISON: CT chest 7/8/2025; nadir 3/3/2025.
FINDINGS:
Innumerable pulmonary nodules. Representative target lesions:
1) RUL 14 mm (⟦series 3, image 41|3:41⟧), previously 11 mm (⟦7/8/2025, series 3, image 44|3:44 P⟧); nadir 6 mm.
2) RML 9 mm (⟦3:102|3:102⟧), previously 9 mm.
3) LLL 17 mm (⟦3:150|3:150⟧), previously 12 mm (⟦prior 3/147|3:147 P⟧).
New nodules in the left upper lobe (⟦series 3, images 33, 38, 47, 52 and 66|3:33 3:38 3:47 3:52 3:66⟧).
Right paratracheal node 1.4 cm (⟦2:38|2:38⟧).
IMPRESSION: Progressive pulmonary metastases: sum of target diameters 40 mm from 32 mm (+25%), and from 23 mm at
nadir (+74%). RECIST 1.1 progressive disease. New LUL nodules (⟦se 3, im 33-66|3:33-66⟧).
"""),
    ("de", """
CT HWS nativ (Trauma)
Befund: Densfraktur Typ II nach Anderson/D'Alonzo mit Dislokation 3 mm nach dorsal
(⟦sagittale Rekonstruktion, Serie 4,
Schicht 31|4:31 @sagittal⟧; ⟦koronar Serie 5, Schicht 28|5:28 @coronal⟧). Keine weiteren Frakturen. Degenerative
Veränderungen C5/6 und C6/7 mit Unkovertebralarthrose. Prävertebrales Weichteilödem bis 7 mm auf Höhe C2
(⟦Schicht 31 der Serie 4|4:31⟧). Im Vergleich mit der auswärtigen CT vom Unfalltag (06:30 Uhr) Dislokation zunehmend
(damals 1 mm, ⟦Serie 3, Schicht 30|3:30 P⟧).
Beurteilung: Dislozierte Densfraktur Typ II (⟦4/31|4:31⟧). Telefonische Mitteilung an die Wirbelsäulenchirurgie
11:20 Uhr.
"""),
    ("en", """
ADDENDUM (review of outside imaging): The CT from the referring hospital dated 02/09/2025 has now been imported and
reviewed. The right adrenal lesion measured 2.4 cm then (⟦series 201, image 58|201:58 P⟧) compared with 3.1 cm now,
and the small left pleural nodule (⟦series 201, images 30 and 34|201:30 201:34 P⟧) has since resolved. The L2 lytic
lesion was already present (⟦sagittal bone series 205, image 44|205:44 P @sagittal⟧).
"""),
    ("de", """
Nachtrag: Die auswärtige MRT der Leber vom 3/2025 (CD) wurde nachträglich importiert. Die Läsion in Segment 2 war
damals
bereits vorhanden und mass 9 mm (⟦Sequenz 8, Bildnummer 22|8:22 P⟧; aktuell 10 mm, ⟦Serie 5, Bild 30|5:30⟧), mit
typischem nodulärem peripherem Enhancement eines Hämangioms (⟦Sequenz 14, Bildnummer 21 und 23|14:21 14:23 P⟧).
Somit kein Metastasenverdacht.
"""),
    ("en", """
ULTRASOUND ABDOMEN COMPLETE
Liver 16.2 cm, mildly echogenic. CBD 4 mm. Gallbladder: three stones, the largest 1.2 cm; wall 2 mm; sonographic
Murphy sign negative. Right kidney 10.9 cm, left 11.3 cm, no hydronephrosis. Spleen 11 cm. Aorta 1.9 cm.
Impression: Cholelithiasis without cholecystitis. Mild hepatic steatosis. Dictated 3/24/25 at 16:45.
"""),
    ("de", """
Röntgen Thorax pa und seitlich
Vergleich: 3/24.
Herz normal gross (HTQ 0,45). Zwerchfell rechts 2 cm höherstehend, vorbekannt. Keine Ergüsse, keine Stauung. Kein
Pneumothorax. Degenerative Veränderungen der BWS, Spondylophyten BWK 7/8.
Beurteilung: Kein Nachweis eines Infiltrats. Stationärer Befund.
"""),
    ("en", """
DXA BONE DENSITOMETRY
Lumbar spine L1-L4: BMD 0.812 g/cm2, T-score -2.7, Z-score -1.1. Left femoral neck: T-score -2.1. FRAX 10-year
probability 18% (major osteoporotic) / 4.2% (hip). Compared to 3/2023, lumbar BMD -4.1% (LSC 2.8%).
Impression: Osteoporosis by WHO criteria, with significant loss since 2023.
"""),
])


BATCH3 = _parsed([
    ("en", """
MR ENTEROGRAPHY
HISTORY: Crohn disease on adalimumab 40 mg q2w; CRP 24. Assess activity.
TECHNIQUE: Coronal and axial HASTE, coronal TrueFISP, axial DWI (b 50/800), coronal and axial post-contrast VIBE at
45 s and 70 s (series 21 and 24).
COMPARISON: MRE 10/2024 and outside CT 2023 (CD).
FINDINGS:
Terminal ileum: 18 cm segment of mural thickening up to 9 mm with mural hyperenhancement
(⟦coronal post-contrast, series 21, image 62|21:62 @coronal⟧) and restricted diffusion
(⟦series 11, images 30-34|11:30-34⟧).
Previously 12 cm and 7 mm (⟦10/2024, series 21, image 60|21:60 P⟧).
A 2.8 cm stricture with upstream dilatation to 3.4 cm (⟦series 3, image 18|3:18⟧).
Fistula: Ileosigmoid fistula (⟦image 71 of series 24|24:71⟧), new; not present on the outside CT
(⟦series 2, image 140|2:140 P⟧).
No abscess. Mesenteric nodes up to 8 mm (⟦24/55|24:55⟧).
IMPRESSION:
1. Active terminal ileal Crohn disease, longer and thicker than in 10/2024 (⟦21:62|21:62⟧; ⟦prior 21:60|21:60 P⟧).
2. New ileosigmoid fistula (⟦24/71|24:71⟧).
3. Stricture with upstream dilatation (⟦3/18|3:18⟧).
"""),
    ("de", """
CT Abdomen mit KM, biphasisch
Indikation: Status nach Nephrektomie rechts 2021 bei klarzelligem NZK pT3a pN0 (ISUP 3), Nachsorge.
Vergleich: CT vom 15.04.2025; Baseline postoperativ 09/2021.
Befund
Arterielle Phase (Serie 4):
- Hypervaskularisierte Läsion im Pankreasschwanz, 9 mm (⟦Bild 77|4:77⟧), neu.
- Keine weiteren hypervaskulären Herde in Leber und Pankreas (⟦Bilder 40-110|4:40-110⟧).
Portalvenöse Phase (Serie 5):
- Nephrektomieloge rechts ohne Rezidiv (⟦Bild 95|5:95⟧).
- Nebenniere links: 14 mm Knoten (⟦Bild 70|5:70⟧), in der Voruntersuchung 12 mm (⟦Serie 5, Bild 69|5:69 P⟧), bei
Baseline 11 mm (⟦Serie 3, Bild 33|3:33 P⟧).
- Lunge basal: 4 mm Knötchen Unterlappen links (⟦Lungenfenster Serie 7, Bild 12|7:12⟧).
Beurteilung
1. Neue hypervaskuläre Läsion im Pankreasschwanz (⟦4/77|4:77⟧), bei der Anamnese verdächtig auf NZK-Metastase.
2. Langsam grössenprogredienter Nebennierenknoten links (⟦5/70|5:70⟧), DD Adenom; Verlaufskontrolle.
"""),
    ("en", """
CT UROGRAM
Clinical: Visible haematuria, 68M, ex-smoker.
Technique: Non-contrast, nephrographic and split-bolus excretory phases.
Comparison: None available; the outside ultrasound report of 14/07/2025 mentions bladder wall irregularity.
Findings:
Bladder: 2.3 cm polypoid filling defect along the left posterolateral wall (⟦im 88, se 6|6:88⟧), enhancing on the
nephrographic phase (⟦image 88 of series 5|5:88⟧). No perivesical stranding.
Upper tracts: 4 mm non-obstructing calculus in the lower pole of the right kidney (⟦im 40, se 2|2:40⟧). No upper tract
filling defect on the excretory images (⟦se 6, im 20 to 70|6:20-70⟧).
Incidental: 1.1 cm left adrenal adenoma (-3 HU; ⟦im 33, se 2|2:33⟧). Bosniak 2 cyst in the left upper pole
(⟦se 5 im 38|5:38⟧).
Conclusion: 2.3 cm bladder tumour, left posterolateral wall (⟦se 6, im 88|6:88⟧), for cystoscopy. 2WW referral made.
"""),
    ("de", """
CT Thorax mit KM
Anamnese: Sarkoidose Stadium II, Verlauf unter Prednisolon 20 mg.
Vergleich: CT vom 03/2024 und auswärtiges HRCT vom 11/2022 (CD).
Befund:
Mediastinale und bihiläre Lymphknoten regredient, hilär rechts 14 mm (⟦Bild 2/48|2:48⟧), 03/2024 22 mm
(⟦Bild 2/47|2:47 P⟧).
Perilymphatische Mikronoduli beidseits, oberfeldbetont, rückläufig (⟦Bilder 4/88, 4/92 und 4/101|4:88 4:92 4:101⟧).
Im HRCT 11/2022 zusätzlich Milchglas im Mittellappen (⟦Bild 7/120|7:120 P⟧), jetzt nicht mehr (⟦Bild 4/130|4:130⟧).
Beginnende Fibrose mit Traktionsbronchiektasen apikal rechts (⟦Bild 4/35-4/40|4:35-40⟧), in der Voruntersuchung
03/2024 gleich (⟦Bild 4/33-4/38|4:33-38 P⟧).
Beurteilung: Regrediente Sarkoidose (Lymphknoten ⟦2/48|2:48⟧), beginnende apikale Fibrose rechts, Scadding II-III.
"""),
    ("en", """
MRI RIGHT HIP WITHOUT CONTRAST
HISTORY: Hip pain on prednisone 40 mg daily. Rule out AVN.
COMPARISON: Radiographs 8/30/2025. Outside MRI pelvis 1/2024 (CD, reviewed).
FINDINGS:
Right femoral head: Geographic subchondral T1 hypointense band with double-line sign on T2, involving about 1/3 of
the weight-bearing surface (⟦coronal T1 #14|-:14 @coronal⟧, ⟦coronal STIR series 5 #15|5:15 @coronal⟧). No collapse.
ARCO stage II.
Left femoral head (partially imaged): Small focus of AVN (⟦series 5 #22|5:22⟧), new compared with the 1/2024 outside
MRI (⟦series 4 #21|4:21 P⟧).
Small joint effusion. Labrum: anterosuperior fraying (⟦axial PD fs, series 8, #18|8:18 @axial⟧).
IMPRESSION: ARCO II AVN of the right femoral head (⟦5 #15|5:15⟧), about 1/3 of the weight-bearing surface. New small
left femoral head AVN (⟦5 #22|5:22⟧).
"""),
    ("de", """
MRT Mamma beidseits nativ und dynamisch
Indikation: Hochrisiko (BRCA1), jährliche Früherkennung. Letzte MRT 10/2024 auswärts (CD).
Befund:
Hintergrundenhancement minimal (BPE 1), ACR B.
Rechts: Neuer 7 mm ovaler, glatt begrenzter Herd bei 9 Uhr, Kurventyp II (⟦Subtraktion Serie 9, Bild 64|9:64⟧). In der
auswärtigen MRT 10/2024 an gleicher Stelle kein Korrelat (⟦Subtraktion Bild 61|-:61 P⟧).
Links: Bekannter fibroadenomtypischer Herd 12 mm bei 2 Uhr (⟦Serie 9, Bild 50|9:50⟧), stabil seit 2022
(⟦auswärtig Bild 47|-:47 P⟧).
Axillär beidseits unauffällig.
Beurteilung: Neuer 7 mm Herd rechts 9 Uhr (⟦9/64|9:64⟧), BI-RADS 4. MR-gestützte Vakuumbiopsie empfohlen.
Links BI-RADS 2.
"""),
    ("en", """
CT ABDOMEN AND PELVIS WITH CONTRAST
CLINICAL INDICATION: Acute pancreatitis day 9 (lipase 2,400 U/L on admission), new fever.
COMPARISON: CT 9/18/2025 (admission).
FINDINGS:
PANCREAS: Diffusely enlarged with peripancreatic fluid. Non-enhancement of the pancreatic tail, about 1/3 of the
gland (⟦series 2, images 30-38|2:30-38⟧), not appreciable on admission (⟦series 2, images 29-36|2:29-36 P⟧).
COLLECTIONS: Acute necrotic collection in the lesser sac, 9.4 x 5.1 cm (⟦series 2, image 34|2:34⟧), previously acute
peripancreatic fluid of 6.0 x 3.2 cm (⟦series 2, image 33|2:33 P⟧). Gas locule within (⟦2:35|2:35⟧), new.
VESSELS: Splenic vein thrombosis (⟦2:31|2:31⟧; ⟦coronal 603:40|603:40 @coronal⟧). No pseudoaneurysm.
LIVER/GALLBLADDER: Gallbladder sludge.
LUNG BASES: Bilateral effusions, left greater than right (⟦2:5|2:5⟧).
IMPRESSION:
1. Necrotizing pancreatitis with about 1/3 tail necrosis (modified CT severity index 8/10).
2. Lesser sac necrotic collection with a new gas locule (⟦2:35|2:35⟧), concerning for infection.
3. Splenic vein thrombosis.
"""),
    ("de", """
MRT Schädel nativ und mit Gadolinium
Fragestellung: Vestibularisschwannom links, Verlauf (wait and scan).
Vergleich: MRT vom 08/2024 und auswärtiger Erstbefund von 2021.
Befund: Intrameatales und zisternales Schwannom links, Koos 2, aktuell 11 x 8 mm
(⟦T1 KM axial, Sequenz 1201, Bildnummer 44|1201:44 @axial⟧;
⟦koronare Ebene Sequenz 1301, Bildnummer 20|1301:20 @coronal⟧).
In der Voruntersuchung 08/2024 10 x 8 mm (⟦Sequenz 1201, Bildnummer 45|1201:45 P⟧), 2021 auswärtig 8 x 6 mm
(⟦damals Sequenz 14, Bildnummer 12|14:12 P⟧). Hirnstamm nicht komprimiert. Signal der Cochlea in der CISS
(⟦Sequenz 9, Bildnummer 30|9:30⟧) erhalten.
Beurteilung: Geringe Grössenzunahme (ca. 1 mm/Jahr) des Vestibularisschwannoms links (⟦1201/44|1201:44⟧), Koos 2.
"""),
    ("en", """
CT CHEST HIGH RESOLUTION
HISTORY: Progressive dyspnea. Rheumatoid arthritis on methotrexate 15 mg weekly. FVC 68%, DLCO 52%.
TECHNIQUE: Supine inspiratory (series 4), expiratory (series 6) and prone (series 8) images.
COMPARISON: CT chest 2/12/2024.
FINDINGS:
Lung windows (series 4): Subpleural reticulation and traction bronchiectasis, basal predominant
(⟦#210-250|4:210-250⟧),
with honeycombing at the right base (⟦#244|4:244⟧). Previously reticulation without honeycombing
(⟦2/12/2024, series 4 #240|4:240 P⟧). Ground glass in the left lower lobe (⟦#226|4:226⟧).
Prone images: Basal reticulation persists (⟦series 8, #60|8:60⟧); not dependent atelectasis.
Expiratory images: Mosaic attenuation with air trapping in more than 5 lobules (⟦#33-41|6:33-41⟧).
Mediastinum: Mildly enlarged nodes, 11 mm (⟦series 2, image 60|2:60⟧). Patulous esophagus.
IMPRESSION: Progressive fibrotic ILD, probable UIP pattern, with new honeycombing at the right base (⟦4 #244|4:244⟧).
"""),
    ("de", """
CT-Angiographie Becken-Bein-Strombahn
Klinik: pAVK Stadium IIb nach Fontaine rechts, Gehstrecke 150 m. ABI rechts 0,6 / links 0,9. Z.n. Stent A. iliaca
communis rechts 2022.
Vergleich: CTA vom 06/2023.
Befund:
Stent in der A. iliaca communis rechts offen (⟦Schicht 210|-:210⟧), keine In-Stent-Stenose.
A. femoralis superficialis rechts: Verschluss über 8 cm ⟦von Schicht 520 bis Schicht 610 (Serie 3)|3:520-610⟧, in der
Voruntersuchung 06/2023 noch hochgradige Stenose (⟦Serie 3, Schicht 530|3:530 P⟧). Kollateralisierung über die A.
profunda femoris, Rekonstitution der A. poplitea P1 (⟦Schicht 640|3:640⟧).
Unterschenkel rechts: Zweigefässabstrom, A. tibialis anterior verschlossen ⟦ab Schicht 800|3:800⟧.
Links: 50%ige Stenose der A. femoralis superficialis (⟦Schichten 590-598|3:590-598⟧).
Beurteilung: Progrediente pAVK rechts mit neuem 8 cm langem AFS-Verschluss (⟦Serie 3, Schicht 520-610|3:520-610⟧),
iliakaler Stent offen. TASC II C.
"""),
    ("en", """
CT THORAX, ABDOMEN AND PELVIS
Clinical: High-grade serous ovarian carcinoma, s/p interval debulking, on niraparib. CA-125 rising (35 -> 112).
Comparison: CT 14/05/2025 (nadir) and the 2023 CT (pre-treatment baseline).
Findings:
Peritoneum: New 18 mm nodule in the right paracolic gutter (⟦se 3, im 98|3:98⟧). Omental nodularity in the left upper
quadrant (⟦se 3, im 60-66|3:60-66⟧); on the nadir study only faint stranding (⟦se 3, im 58-64|3:58-64 P⟧). Compare the
2023 CT, where the omental cake measured 9 cm (⟦se 2, im 61|2:61 P⟧).
Liver: Perihepatic capsular deposit 12 mm (⟦3:40|3:40⟧), previously 5 mm (⟦3:41 on the nadir CT|3:41 P⟧).
Nodes: Left para-aortic node 13 mm short axis (⟦image 85 of series 3|3:85⟧).
Pleura: Small right effusion, new.
Conclusion: Peritoneal recurrence (⟦se 3 im 98, 60-66, 40|3:98 3:60-66 3:40⟧) with rising CA-125.
"""),
    ("de", """
MRT Schulter rechts nativ
Fragestellung: Schmerzen nach Sturz, Kraftgrad Abduktion 3/5.
Befund: Transmurale Ruptur der Supraspinatussehne mit Retraktion Grad 2 nach Patte
(⟦koronare Ebene, Bildnummer 11|-:11 @coronal⟧), a.p. Ausdehnung 18 mm
(⟦sagittale Ebene, Bildnummer 9|-:9 @sagittal⟧).
Fettige Degeneration Goutallier 1. Subscapularis: Partialruptur kranial (⟦axiale Ebene, Bildnummer 8|-:8 @axial⟧).
Bizepssehne nach medial subluxiert (⟦axial Bildnummer 10|-:10 @axial⟧). Akromion Typ II nach Bigliani,
AC-Gelenksarthrose.
Beurteilung: Transmurale Supraspinatussehnenruptur mit Retraktion Patte 2 (⟦kor. Bildnummer 11|-:11 @coronal⟧) und
Partialruptur des Subscapularis.
"""),
    ("en", """
MRI BRAIN WITH AND WITHOUT CONTRAST, STEREOTACTIC PROTOCOL
HISTORY: NSCLC with brain metastases treated with SRS 3/2025 (24 Gy/3 fx).
COMPARISON: MRI 6/3/2025; SRS planning MRI 3/11/2025.
FINDINGS:
Treated lesions:
A. Right frontal: 6 mm, decreased from 11 mm (⟦post-contrast series 14, image 120|14:120⟧;
⟦planning MRI series 9, image 118|9:118 P⟧).
B. Left cerebellar: 4 mm, decreased from 7 mm (⟦14:45|14:45⟧; ⟦planning 9:44|9:44 P⟧).
New lesions: Three punctate enhancing foci in the left parietal lobe, right occipital lobe and left thalamus
(⟦series 14, images 150, 98 and 104|14:150 14:98 14:104⟧), none present on 6/3/2025
(⟦series 14, images 149, 97, 103|14:149 14:97 14:103 P⟧).
IMPRESSION: Response of the treated metastases. Three new punctate metastases
(⟦14:98, 14:104, 14:150|14:98 14:104 14:150⟧),
eligible for SRS; discussed with radiation oncology at 15:50.
"""),
    ("de", """
Nachtrag nach Eingang der auswärtigen CT-Bilder vom 04/2025 (CD): Der Rundherd im linken Unterlappen mass damals 6 mm
(⟦Se 3/Bi 201|3:201 P⟧), die pleurale Verdickung links war bereits vorhanden (⟦Se 3/Bi 180-186|3:180-186 P⟧). Der
Befund ist damit über 8 Monate stabil (aktuell 6 mm, ⟦Se 4/Bi 210|4:210⟧). Lung-RADS 2.
"""),
    ("en", """
ADDENDUM: Compared with the 2023 CT abdomen (outside, CD), the segment 7 hepatic hemangioma is unchanged at 2.1 cm
(⟦2023 series 5, image 31|5:31 P⟧; ⟦current series 3, image 29|3:29⟧). The cystic pancreatic lesion measured 12 mm
in 2023
(⟦series 5 image 44|5:44 P⟧) and is 14 mm today (⟦3:42|3:42⟧), growth under 2 mm/year; continued surveillance per the
ACR white paper.
"""),
    ("de", """
Ganzkörper-MRT (Myelom-Protokoll)
Vergleich: Auswärtige Ganzkörper-MRT vom 02/2024 (CD) und Low-Dose-CT vom 08/2024.
Befund: Fokale Läsionen: BWK 10, 14 mm (⟦Sequenz 6, Bild 22|6:22⟧), 02/2024 10 mm
(⟦auswärtig Sequenz 5, Bild 20|5:20 P⟧);
Os ilium rechts 22 mm (⟦Sequenz 8, Bild 40|8:40⟧), im Low-Dose-CT 08/2024 als Osteolyse von 18 mm
(⟦Serie 2, Bild 310|2:310 P⟧); Rippe 7 links neu (⟦Sequenz 8, Bild 12|8:12⟧). Keine diffuse Infiltration. ADC der
Iliumläsion 1,1 x 10⁻³ mm²/s.
Beurteilung: Progrediente fokale Läsionen (MY-RADS RAC 4), neue Läsion Rippe 7 links.
"""),
    ("en", """
CT HEAD WITHOUT CONTRAST
Comparison: 3/24/2025.
Findings: No acute intracranial hemorrhage, mass effect or territorial infarct. Chronic small vessel ischemic changes
(Fazekas 2). Old left cerebellar infarct. Mastoids and paranasal sinuses clear.
Impression: No acute intracranial abnormality. Discussed with the ED at 21:40 (ext. 3-4457).
"""),
    ("de", """
Sonographie Schilddrüse
Volumen rechts 8 ml / links 7 ml. Knoten rechts kaudal 14 x 9 x 10 mm, echoarm, EU-TIRADS 4. Vergleich 3/2024:
12 x 8 mm. Links zwei Zysten bis 4 mm. Halslymphknoten Level III/IV unauffällig.
Beurteilung: Langsam grössenprogredienter Knoten rechts (EU-TIRADS 4, 14 mm); Feinnadelpunktion empfohlen.
"""),
])
