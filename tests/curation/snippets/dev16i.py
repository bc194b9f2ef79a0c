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
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1"]


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
