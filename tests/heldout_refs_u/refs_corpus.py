"""Held-out refs U: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K, L, M,
N, O, P, Q, R, S and T (to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's floor test. Written in one pass under time pressure alongside set
V (by another blind writer), reread once for ambiguity (tomosynthesis slices of another date in an MR report were
made explicit prior studies; a prior radiograph image the text could not place was rewritten; a mangled viewer
line was fixed), then measured once. Do not tune the miner on these texts; measure with
`python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_u.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section, else series is
None (ultrasound images "Bild 7", tomosynthesis slices "LCC Schicht 22", "LMLO slice 37"); a plane word changes
nothing; a citation into a prior, comparison, baseline, outside, Fremd- or Vorbefund study (also "Im CT vom
<date> ... damals", "compare ... on the 2024 prior", a prior tomosynthesis) is gold with prior_study true. Only
the series/image words and numbers are inside a citation's visible span; brackets, plane, sequence, phase and
prior words before it stay outside. Withdrawn draft citations ("[Korr. OA: nicht Bi 154]", "amended by
consultant to ...", "irrtümlich Bild 12 angegeben") are `bild_word` confounders. Lang follows refs C (German for
DE/AT/CH), so the bilingual Swiss report carries its French only in the header, and no French or Italian
citation was written.

Mix: 80 excerpts (16 each DE, AT, CH German; UK, US English), 260 gold refs, 50 of them into a prior study,
400 marked confounders. Site habits leaned on here: community hospitals, private practices and trauma centres:
polytrauma and emergency CT (spleen/liver lacerations with AAST grades, pelvis Tile/Denis, spine Chance/Anderson,
rib series), musculoskeletal MR (knee menisci and cruciates, shoulder cuff/Bankart/SLAP, spine levels, ankle,
hip), paediatric imaging (head CT after falls and NAI, SCFE, Perthes, appendicitis by ultrasound, posterior fossa
tumour, handlebar pancreas), vascular CTA and interventional planning (EVAR, TACE, iliac/SFA run-off, GI bleed,
TEVAR endoleak, stroke, carotids, PE), breast MR with tomosynthesis cross-references; resident drafts corrected
by attendings, addenda and corrected reports, PACS bookmark/key-image/annotation lists pasted into text, a
bilingual-header Swiss report, speech-recognition artefacts. Forms: DE "Se 5/Bi 212, 5/230", "Serie 3, Bild 88",
glued "Se4Bi140"/"Serie7Bild612 bis 640"/"Se7Bi22", "cor PD fs Se 6, Bi 14", "Se 4, Bi 11-13", "Serie 12/Bild 55",
"Se 1001 Bi 117", PACS lines "#1 Se 5 Im 48 – ...", dictated "Klammer auf Serie vier Bild achtzig Klammer zu
Punkt", a RECIST "heute | VU" table "Se 5/Bi 61", "Bild 4/66 und 4/71", "Bild 4/40-44", "Se. 6, Bi. 188 u. 192",
numbered Beurteilung lines, "Se 3 Bi 10 bis 12", "S 2, B 18", "Ser. 3, Bild 102, 110 und 118", hash "Se#5 Bi#14";
AT "Sr. 4 / Img. 410", "Serie 5 Bild 12 Beistrich Bild 14", "S6/B8-10", "Se. 601 Bi. 40", tomosynthesis "LCC
Schicht 22" and an MR section "Sr. 12, Img. 66" then "Img. 71", "KI 1: Se 3 Bi 77", "Sr 7 Bi 14", "Serie zwei
Bild elf bis dreizehn", "Se8/Bi9", ultrasound "Bild 7 und Bild 9", "Se. 4 Bi. 130, 152", "Serie 4, Bild 56 bis
70", "Sr. 1101 / Img. 48", "S. 6, B. 12 - 14", glued "S4B17"/"S3B16"; CH "[Serie 4 : Bild 131 – 140]", "Ser. 4, Bi.
17", "Ser. 7, Bi. 12–14", "Se 601 Ima 22", "Se4/Bi66", "Serie 1201 / Bild 88 bis Bild 104", "Ser3Img45", bare
"5/77 | 4/71" under a "heute (Serie/Bild) | VU (Serie/Bild)" legend, dictated "Serie sieben Bild hundertzwölf",
"S. 5/B. 19", "[A1] SE 7 / IM 112", "1) ... (Se 6 Bi 9)", "Se 8, Bild 144–150", "Schicht 11 der Serie 3",
"Schicht 14 und 15 der Serie 5", "Se. 3/Bi. 240 und 244", "[Serie 3 : Bild 66 | Vorbefund Serie 3 : Bild 61]";
UK "Se 3 Im 145", "Se 5 Im 92 and 101", "series 4, images 14-16", "Se 2 Im 18, Im 22 and Im 25", "Se 6 Im
320-410", "Ser 7/Img 18", "series 10, image 63", "Se 3 Im 300, 314, 329", "KI 1 Se 4 Im 55", voice recognition
"series for image 112" and "series 4 image one hundred and twenty full stop", "images 210-224, series 4", "Se 3,
slice 9", "Img 22, Ser 6", "img #61, se 4"; US colon-compact "(5:77-94)", "(3:130, 3:144, 3:161)", "series 5,
images 14 and 15", a Today/Baseline pipe table, "series 7 images 30-32", viewer "Se:5 Im:102", "Se:9 Im:22/88",
"coronal MIP 602:45", "Se 11 Im 15 and 17", "Ser #5 Img 33", "Ser #2 Img 140-152", "Series 4, Image 101", "(6:30-33)
on the prior". Prior words: VU, Vor-CTA, Vor-MRT, Vorbefund, Voruntersuchung, Voraufnahme, VB, Fremd-MRT,
auswärtiges MRT, Vor-CT, "Im CT vom ... damals", prior, previous, outside CT, baseline, prior tomosynthesis.
Confounders in the same sentences: sizes, dates, clock times (incl. "2:47 AM") and clock-face positions,
vertebral, rib and disc levels, liver, lung, vessel and popliteal segments, doses (DLP, CTDIvol, contrast,
triamcinolone, alteplase, apixaban), AAST/Tile/Denis/Anderson/Garden/Gartland/Stoller/Outerbridge/Goutallier/
Modic/Genant/Herring/Hepple/ICRS/AO/Bosniak/Hinchey/TLICS/TNM grades, BI-RADS and Lung-RADS, lab values (GCS,
NIHSS, ASPECTS, Deauville, SUVmax, HU, CRP, INR, AFP, eGFR, lipase, D-dimer), ratios and percentages (NASCET,
RV/LV, "1:200"), counters (PACS bookmark and key-image numbers, window settings, image totals, cycles), phone,
extension and pager numbers, blood pressures, ages and follow-up intervals, withdrawn draft citations.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_DE = (
    ("u-de-01", "DE",
     "Schockraum-CT (Polytrauma) vom ⟪07.12.2026¦date⟫, ⟪02:41 Uhr¦time⟫, DLP ⟪1840 mGy*cm¦dose⟫. "
     "⟨a¦Nicht dislozierte Querfortsatzfrakturen links ⟪LWK 2¦level⟫ und ⟪LWK 3¦level⟫⟩ "
     "(⟦Se 5/Bi 212, 5/230¦5:212,5:230¦slash¦a⟧). ⟨b¦Rippenserienfraktur rechts ⟪5.–8. Rippe¦level⟫ mit "
     "Pneumothorax, Mantelsaum ⟪14 mm¦size⟫⟩ (⟦Serie 3, Bild 88¦3:88¦full_de¦b⟧). ⟨c¦Milzlazeration "
     "⟪AAST Grad III¦staging⟫, Länge ⟪3,2 cm¦size⟫⟩ (⟦Se4Bi140¦4:140¦glued¦c⟧), kein aktives Extravasat."),
    ("u-de-02", "DE",
     "Radiologische Praxis am Markt – MRT Knie rechts vom ⟪03.12.2026¦date⟫, Pat. ⟪34 J.¦age⟫, "
     "Überweisung Dr. med. (Tel. ⟪06221 48 33 10¦phone⟫). ⟨a¦Korbhenkelriss des Innenmeniskus mit ins "
     "Interkondylärgebiet luxiertem Fragment⟩ (cor PD fs ⟦Se 6, Bi 14¦6:14¦plane¦a⟧; sag ⟦Se 4, Bi 11-13"
     "¦4:11-13¦range¦a⟧). ⟨b¦Knochenmarködem im lateralen Femurkondylus, ⟪18 x 9 mm¦size⟫⟩ "
     "(⟦Serie 6, Bild 19¦6:19¦full_de¦b⟧). Vorderes Kreuzband intakt. Keine Voraufnahmen."),
    ("u-de-03", "DE",
     "Kinder-CT Schädel nach Sturz vom Wickeltisch, Alter ⟪11 Monate¦age⟫, CTDIvol ⟪18 mGy¦dose⟫. "
     "⟨a¦Lineare Kalottenfraktur parietal links ohne Impression⟩ (⟦Se 2 Bi 41¦2:41¦abbrev_de¦a⟧), "
     "⟨b¦schmales epidurales Hämatom, Breite ⟪4 mm¦size⟫⟩ (⟦Se 2 Bi 44-47¦2:44-47¦range¦b⟧). GCS "
     "⟪15¦lab⟫. Befund telefonisch an Kinderchirurgie (Tel. ⟪-4471¦phone⟫) um ⟪14:05¦time⟫."),
    ("u-de-04", "DE",
     "CTA Becken-Bein-Strombahn zur Interventionsplanung, ⟪100 ml¦dose⟫ KM. ⟨a¦Hochgradige Stenose der "
     "A. iliaca externa links, ca. ⟪80 %¦ratio⟫, Länge ⟪2,5 cm¦size⟫⟩ (⟦Serie 7, Bild 301¦7:301¦full_de¦a⟧;"
     " cor MIP ⟦Serie 12/Bild 55¦12:55¦plane¦a⟧). ⟨b¦Verschluss der A. poplitea rechts ⟪P2¦segment⟫ bis "
     "⟪P3¦segment⟫ mit Rekanalisation über Kollateralen⟩ (⟦Serie7Bild612 bis 640¦7:612-640¦glued¦b⟧). "
     "⟨c¦Damals Stenose der A. iliaca externa links ca. ⟪50 %¦ratio⟫⟩ in der Vor-CTA vom "
     "⟪12.05.2025¦date⟫ (VU ⟦Se 6 Bi 288¦p6:288¦prior¦c⟧)."),
    ("u-de-05", "DE",
     "Mamma-MRT beidseits, Zyklustag ⟪9¦counter⟫. ⟨a¦Irregulärer Herdbefund rechts oben außen bei "
     "⟪10 Uhr¦time⟫, ⟪11 mm¦size⟫, Kinetik Typ III⟩ (Subtraktion ⟦Serie 1001, Bild 74¦1001:74¦full_de¦a⟧)."
     " ⟨b¦Fokus links ⟪4 mm¦size⟫, unverändert⟩ (⟦Se 1001 Bi 120¦1001:120¦abbrev_de¦b⟧; Vor-MRT "
     "⟦Se 1001 Bi 117¦p1001:117¦prior¦b⟧).\nVergleich Tomosynthese (Voraufnahme vom ⟪01.12.2026¦date⟫):\n"
     "⟨c¦Architekturstörung rechts oben außen als Korrelat⟩ in RCC ⟦Schicht 31¦p-:31¦slice_word¦c⟧. "
     "⟪BI-RADS 4¦birads⟫ rechts, ⟪BI-RADS 2¦birads⟫ links."),
    ("u-de-06", "DE",
     "CT HWS nach Verkehrsunfall (Befund Assistenzarzt, korrigiert OA). ⟨a¦Fraktur der Densbasis, Anderson "
     "⟪Typ III¦staging⟫, ohne Dislokation⟩ (sag ⟦Se 8, Bi 33¦8:33¦plane¦a⟧). ⟨b¦Facettengelenksfraktur "
     "⟪HWK 6/7¦level⟫ rechts⟩ (⟦Se 3, Bi 145¦3:145¦abbrev_de¦b⟧ [Korr. OA: nicht ⟪Bi 154¦bild_word⟫]). "
     "Nachtrag ⟪08:40¦time⟫ nach Rücksprache mit der Unfallchirurgie (⟪0621 383-2210¦phone⟫): "
     "⟨c¦zusätzlich nicht dislozierte Fraktur der Lamina ⟪HWK 7¦level⟫ links⟩ (⟦Serie 3 Bild 151"
     "¦3:151¦full_de¦c⟧)."),
    ("u-de-07", "DE",
     "CT Thorax, Verlaufskontrolle nach ⟪3 Monaten¦followup⟫. ⟨a¦Rundherd im Mittellappen "
     "(⟪S5¦segment⟫) jetzt ⟪9 mm¦size⟫⟩ (⟦Se 4 Bi 177¦4:177¦abbrev_de¦a⟧), ⟨b¦in der VU vom "
     "⟪14.06.2026¦date⟫ ⟪7 mm¦size⟫⟩ (⟦Se 3 Bi 169¦p3:169¦prior¦b⟧). ⟨c¦Neu aufgetretener "
     "Milchglasherd ⟪S9¦segment⟫ links, ⟪6 mm¦size⟫⟩ (⟦Se 4 Bi 231¦4:231¦abbrev_de¦c⟧). Fleischner: "
     "Kontrolle in ⟪6–12 Monaten¦followup⟫."),
    ("u-de-08", "DE",
     "CT Abdomen. Lesezeichen aus dem PACS übernommen:\n⟪#1¦counter⟫ ⟦Se 5 Im 48¦5:48¦abbrev_de¦a⟧ – "
     "⟨a¦hypodense Läsion Lebersegment ⟪IVa¦segment⟫, ⟪12 mm¦size⟫⟩\n⟪#2¦counter⟫ ⟦Se 5 Im 63¦5:63"
     "¦abbrev_de¦b⟧ – ⟨b¦Lymphknoten paraaortal ⟪16 mm¦size⟫⟩\n⟪#3¦counter⟫ VU ⟦Se 2 Im 30¦p2:30¦prior¦c⟧"
     " – ⟨c¦gleiche Leberläsion ⟪11 mm¦size⟫⟩\nFensterung W ⟪350¦counter⟫ / L ⟪40¦counter⟫."),
    ("u-de-09", "DE",
     "MRT Schulter links (Spracherkennung, nicht korrigiert). ⟨a¦Transmurale Ruptur der "
     "Supraspinatussehne mit Retraktion bis Patte ⟪Grad 2¦staging⟫⟩ Klammer auf ⟦Serie vier Bild achtzig"
     "¦4:80¦full_de¦a⟧ Klammer zu Punkt. ⟨b¦Fettige Atrophie des Muskelbauchs Goutallier ⟪2¦staging⟫⟩ "
     "Klammer auf ⟦Serie sieben, Bild zwölf¦7:12¦full_de¦b⟧ Klammer zu Punkt. ⟨c¦Partialruptur der langen "
     "Bizepssehne im Sulcus⟩ (⟦Se 4 Bi 88-91¦4:88-91¦range¦c⟧)."),
    ("u-de-10", "DE",
     "Tumorboard, Zielläsionen nach RECIST ⟪1.1¦counter⟫ – heute | VU ⟪02.09.2026¦date⟫\n"
     "⟪1¦counter⟫ ⟨a¦Leber Segment ⟪VIII¦segment⟫⟩ | ⟪24 mm¦size⟫ (⟦Se 5/Bi 61¦5:61¦slash¦a⟧) | "
     "⟪31 mm¦size⟫ (⟦Se 4/Bi 58¦p4:58¦prior¦a⟧)\n⟪2¦counter⟫ ⟨b¦LK Leberpforte⟩ | ⟪15 mm¦size⟫ "
     "(⟦Se 5/Bi 70¦5:70¦slash¦b⟧) | ⟪19 mm¦size⟫ (⟦Se 4/Bi 66¦p4:66¦prior¦b⟧)\n⟪3¦counter⟫ "
     "⟨c¦Lunge Unterlappen rechts⟩ | ⟪11 mm¦size⟫ (⟦Se 3/Bi 201¦3:201¦slash¦c⟧) | ⟪14 mm¦size⟫ "
     "(⟦Se 2/Bi 197¦p2:197¦prior¦c⟧)\nSumme ⟪50 mm¦size⟫ vs. ⟪64 mm¦size⟫ (⟪-22 %¦ratio⟫), stable "
     "disease."),
    ("u-de-11", "DE",
     "CT Becken nach Motorradsturz. ⟨a¦Vordere Beckenringfraktur rechts (oberer und unterer Schambeinast),"
     " Tile ⟪B2¦staging⟫⟩ (⟦Bild 4/66 und 4/71¦4:66,4:71¦slash¦a⟧), ⟨b¦Sakrumfraktur rechts, Denis "
     "⟪Zone I¦staging⟫⟩ (⟦Bild 4/40-44¦4:40-44¦range¦b⟧, koronar ⟦Bild 9/21¦9:21¦plane¦b⟧). Hb "
     "⟪9,8 g/dl¦lab⟫, RR ⟪95/60 mmHg¦blood_pressure⟫."),
    ("u-de-12", "DE",
     "CTA der Halsgefäße, Kreiskrankenhaus. ⟨a¦Abgangsstenose der ACI links ⟪70 %¦ratio⟫ nach NASCET⟩ "
     "(⟦Se. 6, Bi. 188 u. 192¦6:188,6:192¦list¦a⟧). ⟨b¦Verkalkter Plaque der Bifurkation rechts "
     "unverändert⟩ im Vergleich zum Vor-CT vom ⟪30.11.2025¦date⟫ (⟦Se. 3, Bi. 201¦p3:201¦prior¦b⟧). "
     "Duplex auswärts ⟪2024¦date⟫ mit ⟪50 %¦ratio⟫."),
    ("u-de-13", "DE",
     "CT Abdomen, Patient ⟪12 J.¦age⟫, CRP ⟪87 mg/l¦lab⟫, Leukozyten ⟪14,2 G/l¦lab⟫.\nBeurteilung:\n"
     "⟪1.¦counter⟫ ⟨a¦Akute Appendizitis mit Appendikolith ⟪7 mm¦size⟫⟩ (⟦Se 4 Bi 99¦4:99¦impression¦a⟧).\n"
     "⟪2.¦counter⟫ Kein Abszess, keine freie Luft.\n⟪3.¦counter⟫ ⟨c¦Zufallsbefund Nierenzyste rechts, "
     "Bosniak ⟪I¦staging⟫⟩ (⟦Se 4 Bi 71¦4:71¦impression¦c⟧)."),
    ("u-de-14", "DE",
     "KORRIGIERTER BEFUND (ersetzt Fassung vom ⟪06.12.2026¦date⟫, ⟪22:14¦time⟫) – MRT LWS. "
     "⟨a¦Mediolateraler Bandscheibenvorfall ⟪LWK 4/5¦level⟫ links mit Kompression der Wurzel ⟪L5¦level⟫⟩ "
     "(ax T2 ⟦Serie 5, Bild 21¦5:21¦plane¦a⟧; sag ⟦Serie 3, Bild 9¦3:9¦plane¦a⟧). In der Erstfassung "
     "irrtümlich ⟪Bild 12¦bild_word⟫ angegeben. ⟨b¦Osteochondrose Modic ⟪Typ 1¦staging⟫ "
     "⟪LWK 5/SWK 1¦level⟫⟩ (⟦Se 3 Bi 10 bis 12¦3:10-12¦range¦b⟧). ⟨c¦Protrusion ⟪L4/5¦level⟫ damals "
     "kleiner⟩ im Fremd-MRT vom ⟪15.01.2024¦date⟫ (⟦S 2, B 18¦p2:18¦prior¦c⟧)."),
    ("u-de-15", "DE",
     "Nachtrag zum CT Thorax vom ⟪05.12.2026¦date⟫ nach Demonstration: ⟨a¦Zentrale Lungenembolie rechts "
     "bis in die Segmentarterien ⟪A8¦segment⟫ und ⟪A9¦segment⟫⟩ (⟦Ser. 3, Bild 102, 110 und 118"
     "¦3:102,3:110,3:118¦list¦a⟧), ⟨b¦RV/LV-Quotient ⟪1,2¦ratio⟫⟩ (⟦Ser. 3, Bild 140¦3:140¦abbrev_de¦b⟧)."
     " D-Dimere ⟪4,1 mg/l¦lab⟫. Mitgeteilt an Station ⟪4B¦counter⟫ um ⟪11:20¦time⟫."),
)

_AT = (
    ("u-at-01", "AT",
     "Unfallkrankenhaus, Schockraum-CT ⟪06.12.2026¦date⟫ ⟪23:52¦time⟫. ⟨a¦Instabile Beckenringverletzung "
     "Typ ⟪C1¦staging⟫ mit Symphysensprengung, Diastase ⟪38 mm¦size⟫⟩ (⟦Sr. 4 / Img. 410¦4:410"
     "¦abbrev_de¦a⟧). ⟨b¦Aktive Kontrastmittelextravasation präsakral⟩ (arteriell ⟦Sr. 3 / Img. 399"
     "¦3:399¦abbrev_de¦b⟧, venös ⟦Sr. 4 / Img. 402¦4:402¦abbrev_de¦b⟧), telefonisch an Schockraum "
     "(DW ⟪2374¦phone⟫) um ⟪00:07¦time⟫. ⟨c¦Kompressionsfraktur ⟪BWK 12¦level⟫ mit "
     "Hinterkantenbeteiligung, Höhenminderung ⟪30 %¦ratio⟫⟩ (sag. ⟦Sr. 9 Img. 58¦9:58¦plane¦c⟧)."),
    ("u-at-02", "AT",
     "Institut für bildgebende Diagnostik, MRT li. Knie (diktiert). ⟨a¦Ruptur des vorderen Kreuzbandes "
     "femoral⟩ Klammer auf ⟦Serie 5 Bild 12 Beistrich Bild 14¦5:12,5:14¦list¦a⟧ Klammer zu Punkt. "
     "⟨b¦Bone bruise am lateralen Tibiaplateau dorsal⟩ (⟦S6/B20¦6:20¦slash¦b⟧). ⟨c¦Meniskusriss "
     "Hinterhorn Innenmeniskus, Stoller ⟪Grad III¦staging⟫⟩ (⟦S6/B8-10¦6:8-10¦range¦c⟧)."),
    ("u-at-03", "AT",
     "Kinder-MRT Hüften, Pat. ⟪12a¦age⟫. ⟨a¦Epiphyseolysis capitis femoris links, Abkippwinkel "
     "⟪28°¦size⟫⟩ (koronar ⟦Se 3 Bi 11¦3:11¦plane¦a⟧, axial ⟦Se 5 Bi 16¦5:16¦plane¦a⟧). ⟨b¦Gelenkserguss "
     "rechts ⟪6 mm¦size⟫⟩ (⟦Se 5 Bi 15¦5:15¦abbrev_de¦b⟧). Röntgen Becken vom ⟪01.12.2026¦date⟫ "
     "(⟪2 Bilder¦bild_word⟫) zum Vergleich vorliegend."),
    ("u-at-04", "AT",
     "CTA Aorta zur EVAR-Planung, eGFR ⟪48 ml/min¦lab⟫. ⟨a¦Infrarenales Bauchaortenaneurysma, max. "
     "Durchmesser ⟪58 mm¦size⟫, Halslänge ⟪17 mm¦size⟫⟩ (⟦Se. 6, Bi. 233¦6:233¦abbrev_de¦a⟧; MPR "
     "⟦Se. 601 Bi. 40¦601:40¦abbrev_de¦a⟧). ⟨b¦Größenzunahme um ⟪6 mm¦size⟫ in ⟪9 Monaten¦followup⟫⟩ "
     "gegenüber der Vor-CT (⟪03/2026¦date⟫, damals ⟪52 mm¦size⟫; ⟦Se. 5, Bi. 210¦p5:210¦prior¦b⟧). "
     "⟨c¦A. iliaca communis rechts ektatisch, ⟪19 mm¦size⟫⟩ (⟦Se. 6, Bi. 301¦6:301¦abbrev_de¦c⟧)."),
    ("u-at-05", "AT",
     "Mammographie mit Tomosynthese:\n⟨a¦Sternförmige Verdichtung links oben innen⟩, LCC ⟦Schicht 22"
     "¦-:22¦slice_word¦a⟧, LMLO ⟦Schicht 40¦-:40¦slice_word¦a⟧, ⟪BI-RADS 5¦birads⟫.\nMamma-MRT:\n"
     "⟨b¦Korrelat ⟪14 mm¦size⟫ mit Randenhancement⟩ in ⟦Sr. 12, Img. 66¦12:66¦abbrev_de¦b⟧. ⟨c¦Weiterer "
     "Herd ⟪6 mm¦size⟫, ⟪3 cm¦size⟫ dorsal davon⟩ (⟦Img. 71¦12:71¦image_only¦c⟧)."),
    ("u-at-06", "AT",
     "CT Thorax/Abdomen. Markierungen im PACS (Key Images ⟪1–4¦counter⟫):\n⟪KI 1¦counter⟫: ⟦Se 3 Bi 77"
     "¦3:77¦abbrev_de¦a⟧ ⟨a¦Pleuraerguss re. ⟪4 cm¦size⟫⟩\n⟪KI 2¦counter⟫: ⟦Se 3 Bi 120¦3:120¦abbrev_de¦b⟧"
     " ⟨b¦Rundherd UL re. ⟪12 mm¦size⟫⟩\n⟪KI 3¦counter⟫: ⟦Se 3 Bi 144¦3:144¦abbrev_de¦c⟧ "
     "⟨c¦Nebennierenadenom li., ⟪-3 HE¦lab⟫⟩\n⟪KI 4¦counter⟫: VB ⟦Se 2 Bi 118¦p2:118¦prior¦d⟧ "
     "⟨d¦Rundherd damals ⟪9 mm¦size⟫⟩"),
    ("u-at-07", "AT",
     "MRT HWS. ⟨a¦Bandscheibenprotrusion ⟪C5/6¦level⟫ mit Einengung des Neuroforamens rechts⟩ "
     "(T2 tra ⟦Sr 7 Bi 14¦7:14¦plane¦a⟧), ⟨b¦Myelopathiesignal in Höhe ⟪HWK 5¦level⟫⟩ (T2 sag "
     "⟦Sr 3 Bi 8¦3:8¦plane¦b⟧). ⟨c¦In der Voruntersuchung vom ⟪11.11.2025¦date⟫ noch kein "
     "Myelopathiesignal⟩ (⟦Sr 4 Bi 9¦p4:9¦prior¦c⟧)."),
    ("u-at-08", "AT",
     "CT Handgelenk re. Nachtrag vom ⟪07.12.2026¦date⟫ nach OA-Durchsicht: ⟨a¦zusätzlich Fissur im Os "
     "scaphoideum, mittleres Drittel⟩ (⟦Serie 2 Bild 34 und 36¦2:34,2:36¦list¦a⟧). ⟨b¦Distale "
     "Radiusfraktur AO ⟪23-C2¦staging⟫⟩ wie vorbeschrieben (⟦Se 2 Bi 50¦2:50¦abbrev_de¦b⟧)."),
    ("u-at-09", "AT",
     "MRT Oberbauch, Landesklinikum. ⟨a¦Pankreaszyste im Korpus, jetzt ⟪22 mm¦size⟫, VU ⟪19 mm¦size⟫⟩ "
     "(heute ⟦Se 7 Bi 64¦7:64¦abbrev_de¦a⟧, VU ⟦Se 6 Bi 60¦p6:60¦prior¦a⟧). ⟨b¦Ductus Wirsungianus "
     "⟪3 mm¦size⟫⟩ (⟦Se 7, Bi 68¦7:68¦abbrev_de¦b⟧). Kontrolle in ⟪12 Monaten¦followup⟫."),
    ("u-at-10", "AT",
     "CCT nativ (diktiert): ⟨a¦Subdurales Hämatom frontoparietal rechts, Breite ⟪9 mm¦size⟫, "
     "Mittellinienverlagerung ⟪4 mm¦size⟫⟩ Klammer auf ⟦Serie zwei Bild achtzehn¦2:18¦full_de¦a⟧ Klammer "
     "zu Beistrich ⟨b¦Kontusionsblutung temporal links ⟪12 x 8 mm¦size⟫⟩ Klammer auf ⟦Serie zwei Bild elf "
     "bis dreizehn¦2:11-13¦range¦b⟧ Klammer zu Punkt. GCS ⟪13¦lab⟫, INR ⟪2,8¦lab⟫."),
    ("u-at-11", "AT",
     "MRT Schulter re. ⟨a¦Knöcherne Bankart-Läsion anteroinferior⟩ (⟦Se 8/Bi 15¦8:15¦slash¦a⟧), "
     "⟨b¦Hill-Sachs-Delle ⟪11 mm¦size⟫⟩ (⟦Se8/Bi9¦8:9¦slash¦b⟧; Fremd-MRT ⟪2024¦date⟫ "
     "⟦Se 5/Bi 10¦p5:10¦prior¦b⟧). ⟨c¦Glenoidaler Knochenverlust ca. ⟪15 %¦ratio⟫⟩ (⟦Se 11/Bi 6"
     "¦11:6¦slash¦c⟧)."),
    ("u-at-12", "AT",
     "Sonographie Abdomen, Kind ⟪6 Jahre¦age⟫. ⟨a¦Appendix verdickt auf ⟪8 mm¦size⟫, nicht "
     "komprimierbar⟩ (⟦Bild 7¦-:7¦image_only¦a⟧ und ⟦Bild 9¦-:9¦image_only¦a⟧), ⟨b¦freie Flüssigkeit im "
     "Douglas⟩ (⟦Bild 14¦-:14¦image_only¦b⟧). Dokumentation ⟪22 Bilder¦bild_word⟫."),
    ("u-at-13", "AT",
     "CT-Pulmonalisangiographie. ⟨a¦Reitender Embolus der Pulmonalisbifurkation⟩ (⟦Se. 4 Bi. 88¦4:88"
     "¦abbrev_de¦a⟧), ⟨b¦Segmentarterienembolien ⟪S6¦segment⟫ und ⟪S10¦segment⟫ rechts⟩ (⟦Se. 4 Bi. 130, "
     "152¦4:130,4:152¦list¦b⟧). RV/LV ⟪1,3¦ratio⟫, NT-proBNP ⟪4200 ng/l¦lab⟫. Befund an Intensiv "
     "(⟪+43 1 40400 1234¦phone⟫)."),
    ("u-at-14", "AT",
     "Planungs-CT vor TACE. ⟨a¦HCC Segment ⟪VII¦segment⟫, ⟪41 mm¦size⟫, arterielles Enhancement⟩ "
     "(arteriell ⟦Serie 4, Bild 56 bis 70¦4:56-70¦range¦a⟧), ⟨b¦Versorgung über die A. hepatica dextra, Ast "
     "⟪S7¦segment⟫⟩ (MIP ⟦Serie 401, Bild 22¦401:22¦full_de¦b⟧). ⟨c¦Im auswärtigen MRT vom "
     "⟪02.10.2026¦date⟫ damals ⟪33 mm¦size⟫⟩ (⟦Sr. 1101 / Img. 48¦p1101:48¦prior¦c⟧). AFP "
     "⟪380 ng/ml¦lab⟫, Child-Pugh ⟪A6¦staging⟫."),
    ("u-at-15", "AT",
     "MRT OSG links, Privatordination. ⟨a¦Ruptur des Lig. talofibulare anterius⟩ (ax PD ⟦S. 4, B. 17"
     "¦4:17¦plane¦a⟧), ⟨b¦osteochondrale Läsion Talusschulter medial ⟪9 x 7 mm¦size⟫, Hepple "
     "⟪Stadium 2a¦staging⟫⟩ (⟦S. 6, B. 12 - 14¦6:12-14¦range¦b⟧). ⟨c¦Knochenmarködem im "
     "Talus⟩ (⟦S. 6, B. 15¦6:15¦abbrev_de¦c⟧). Fremdröntgen vom ⟪Oktober 2026¦date⟫ zum Vergleich."),
)

_CH = (
    ("u-ch-01", "CH",
     "Schockraum-CT, Untersuch vom ⟪06.12.2026¦date⟫, ⟪21:10¦time⟫. ⟨a¦Leberlazeration Segment "
     "⟪VI¦segment⟫, AAST ⟪Grad III¦staging⟫⟩ [⟦Serie 4 : Bild 120¦4:120¦full_de¦a⟧]; "
     "⟨b¦Hämatoperitoneum perihepatisch⟩ [⟦Serie 4 : Bild 131 – 140¦4:131-140¦range¦b⟧]; "
     "⟨c¦Querfortsatzfrakturen ⟪LWK 1¦level⟫ bis ⟪LWK 3¦level⟫ links⟩ [⟦Serie 4 : Bild 188, 201, 214"
     "¦4:188,4:201,4:214¦list¦c⟧]. Kreislauf stabil, BD ⟪110/70¦blood_pressure⟫."),
    ("u-ch-02", "CH",
     "Radiologischer Befund / Rapport radiologique – MRT Knie links. ⟨a¦Radiärriss des Aussenmeniskus "
     "Vorderhorn⟩ (⟦Ser. 4, Bi. 17¦4:17¦abbrev_de¦a⟧). ⟨b¦Chondropathie retropatellär Outerbridge "
     "⟪Grad 3¦staging⟫, Defekt ⟪9 x 6 mm¦size⟫⟩ (ax PD fs ⟦Ser. 7, Bi. 12–14¦7:12-14¦range¦b⟧). "
     "⟨c¦Knorpeldefekt im auswärtigen MRT vom ⟪12.08.2025¦date⟫ noch ⟪5 mm¦size⟫⟩ (⟦Ser. 6, Bi. 13"
     "¦p6:13¦prior¦c⟧)."),
    ("u-ch-03", "CH",
     "Kinderspital, MRT Schädel in Narkose, ⟪3-jährig¦age⟫. ⟨a¦Raumforderung in der hinteren "
     "Schädelgrube, ⟪34 x 28 mm¦size⟫, mit Diffusionsrestriktion⟩ (⟦Se 6 Ima 22¦6:22¦abbrev_de¦a⟧; ADC "
     "⟦Se 601 Ima 22¦601:22¦abbrev_de¦a⟧), ⟨b¦Hydrocephalus occlusus, Temporalhörner ⟪7 mm¦size⟫⟩ "
     "(⟦Se 6 Ima 30¦6:30¦abbrev_de¦b⟧). Information an Neurochirurgie ⟪16:40¦time⟫."),
    ("u-ch-04", "CH",
     "CT/CTA Stroke-Protokoll, ⟪07:12¦time⟫. ⟨a¦Verschluss der A. cerebri media links im "
     "⟪M1¦segment⟫-Segment⟩ (⟦Se4/Bi66¦4:66¦slash¦a⟧), ASPECTS ⟪8¦lab⟫, NIHSS ⟪14¦lab⟫. "
     "⟨b¦Hyperdenses Mediazeichen⟩ (nativ ⟦Se2/Bi18¦2:18¦slash¦b⟧). Telefonisch an Neurologie um "
     "⟪07:25¦time⟫ (⟪044 255 11 11¦phone⟫)."),
    ("u-ch-05", "CH",
     "MRT Mammae. ⟨a¦Non-mass Enhancement rechts zentral über ⟪4 cm¦size⟫⟩ (Subtraktion ⟦Serie 1201 / "
     "Bild 88 bis Bild 104¦1201:88-104¦range¦a⟧). ⟨b¦In der Voruntersuchung ⟪05/2025¦date⟫ nur fokales "
     "Enhancement ⟪7 mm¦size⟫⟩ (⟦Serie 1101, Bild 90¦p1101:90¦prior¦b⟧). ⟪BI-RADS 4¦birads⟫, "
     "MR-gesteuerte Biopsie geplant."),
    ("u-ch-06", "CH",
     "CT-gesteuerte Facetteninfiltration, Planung. ⟨a¦Facettengelenksarthrose ⟪L4/5¦level⟫ beidseits mit "
     "Erguss⟩ ⟦Ser3Img45¦3:45¦glued¦a⟧; ⟨b¦Zugang paramedian links, Distanz Haut–Ziel ⟪62 mm¦size⟫⟩ "
     "⟦Ser3Img48¦3:48¦glued¦b⟧. Appliziert ⟪40 mg Triamcinolon¦dose⟫, DLP ⟪62 mGy*cm¦dose⟫."),
    ("u-ch-07", "CH",
     "PET/CT-Verlauf, Lymphom. Läsion | heute (Serie/Bild) | VU (Serie/Bild)\n"
     "⟨a¦LK iliakal links⟩ ⟪14 mm¦size⟫ | ⟦5/77¦5:77¦slash¦a⟧ | ⟪21 mm¦size⟫ | ⟦4/71¦p4:71¦prior¦a⟧\n"
     "⟨b¦LK paraaortal⟩ ⟪11 mm¦size⟫ | ⟦5/60¦5:60¦slash¦b⟧ | ⟪18 mm¦size⟫ | ⟦4/55¦p4:55¦prior¦b⟧\n"
     "⟨c¦Milz⟩ ⟪12 cm¦size⟫ | ⟦5/49¦5:49¦slash¦c⟧ | ⟪14 cm¦size⟫ | ⟦4/47¦p4:47¦prior¦c⟧\n"
     "Deauville ⟪3¦lab⟫, SUVmax ⟪2,4¦lab⟫ (VU ⟪7,9¦lab⟫)."),
    ("u-ch-08", "CH",
     "CT Abdomen (Diktat, Spracherkennung): ⟨a¦Freie Luft subphrenisch rechts⟩ Klammer auf ⟦Serie "
     "sieben Bild hundertzwölf¦7:112¦full_de¦a⟧ Klammer zu, ⟨b¦perforiertes Ulcus duodeni⟩ Klammer auf "
     "⟦Serie sieben Bild hundertdreissig¦7:130¦full_de¦b⟧ Klammer zu Punkt. Lipase ⟪45 U/l¦lab⟫, "
     "Laktat ⟪3,1 mmol/l¦lab⟫."),
    ("u-ch-09", "CH",
     "Kinderspital, CT Ellbogen rechts nach Sturz, ⟪7 J.¦age⟫. ⟨a¦Suprakondyläre Humerusfraktur Gartland "
     "⟪Typ II¦staging⟫⟩ (sag ⟦S. 5/B. 19¦5:19¦plane¦a⟧), ⟨b¦Abriss des Epicondylus ulnaris, Dislokation "
     "⟪3 mm¦size⟫⟩ (⟦S. 3/B. 40¦3:40¦slash¦b⟧). CTDIvol ⟪2,1 mGy¦dose⟫."),
    ("u-ch-10", "CH",
     "CT Thorax. Übernommene PACS-Annotationen:\n⟪[A1]¦counter⟫ ⟦SE 7 / IM 112¦7:112¦abbrev_de¦a⟧ — "
     "⟨a¦Lungenrundherd Mittellappen ⟪8 mm¦size⟫⟩\n⟪[A2]¦counter⟫ ⟦SE 7 / IM 140¦7:140¦abbrev_de¦b⟧ — "
     "⟨b¦Milchglasherd ⟪S9¦segment⟫ links⟩\n⟪[A3]¦counter⟫ Vor-CT ⟦SE 3 / IM 130¦p3:130¦prior¦c⟧ — "
     "⟨c¦derselbe Rundherd ⟪6 mm¦size⟫⟩"),
    ("u-ch-11", "CH",
     "MRT BWS/LWS.\nBeurteilung:\n⟪1)¦counter⟫ ⟨a¦Frische Sinterungsfraktur ⟪LWK 1¦level⟫ (Genant "
     "⟪2¦staging⟫), STIR-hyperintens⟩ (⟦Se 6 Bi 9¦6:9¦impression¦a⟧).\n⟪2)¦counter⟫ ⟨b¦Ältere Fraktur "
     "⟪BWK 11¦level⟫ unverändert zur Voruntersuchung⟩ (⟦Se 6 Bi 7¦6:7¦impression¦b⟧; VU ⟦Se 4 Bi 8"
     "¦p4:8¦prior¦b⟧).\nNachtrag ⟪08.12.2026¦date⟫: DXA T-Score ⟪-2,9¦lab⟫."),
    ("u-ch-12", "CH",
     "CT-Angiographie nach TEVAR. ⟨a¦Endoleak Typ ⟪II¦staging⟫ über eine Lumbalarterie auf Höhe "
     "⟪L3¦level⟫⟩ (Spätphase ⟦Se 8, Bild 144–150¦8:144-150¦range¦a⟧), ⟨b¦Aneurysmasack ⟪61 mm¦size⟫, VU "
     "⟪59 mm¦size⟫⟩ (⟦Se 8, Bild 130¦8:130¦full_de¦b⟧ / VU ⟦Se 7, Bild 126¦p7:126¦prior¦b⟧)."),
    ("u-ch-13", "CH",
     "Arthro-MRT Schulter rechts (⟪12 ml¦dose⟫ Gadolinium ⟪1:200¦ratio⟫ verdünnt). ⟨a¦SLAP-Läsion "
     "⟪Typ II¦staging⟫⟩ (koronar ⟦Schicht 11 der Serie 3¦3:11¦slice_word¦a⟧), ⟨b¦Partialriss der "
     "Subscapularissehne kranial⟩ (⟦Schicht 14 und 15 der Serie 5¦5:14,5:15¦list¦b⟧)."),
    ("u-ch-14", "CH",
     "CT Becken nach Sturz, ⟪89-jährig¦age⟫. ⟨a¦Nicht dislozierte Schenkelhalsfraktur links, Garden "
     "⟪I¦staging⟫⟩ (⟦Se. 3/Bi. 220¦3:220¦slash¦a⟧, kor ⟦Se. 6/Bi. 41¦6:41¦plane¦a⟧); ⟨b¦Fraktur des "
     "oberen Schambeinastes links⟩ (⟦Se. 3/Bi. 240 und 244¦3:240,3:244¦list¦b⟧). Im Röntgen vom gleichen "
     "Tag (⟪06:45¦time⟫) nicht sichtbar."),
    ("u-ch-15", "CH",
     "Korrigierter Befund (ersetzt Version ⟪1¦counter⟫): CT Nasennebenhöhlen. ⟨a¦Orbitabodenfraktur "
     "links mit Prolaps von Fettgewebe, Defekt ⟪11 mm¦size⟫⟩ (kor ⟦Serie 602, Bild 31¦602:31¦plane¦a⟧)."
     " ⟨b¦Hämatosinus maxillaris links⟩ (⟦Serie 2, Bild 58 und 61¦2:58,2:61¦list¦b⟧). Im CT vom "
     "⟪02.03.2023¦date⟫ ⟨c¦Nasenbeinfraktur rechts, damals frisch⟩ (⟦Serie 2, Bild 80¦p2:80¦prior¦c⟧)."),
)

_UK = (
    ("u-uk-01", "UK",
     "Trauma CT (code red, ⟪03:14¦time⟫). ⟨a¦Grade ⟪4¦staging⟫ splenic laceration with an active arterial "
     "blush⟩ (arterial ⟦Se 3 Im 145¦3:145¦abbrev_en¦a⟧; portal venous ⟦Se 5 Im 148¦5:148¦abbrev_en¦a⟧). "
     "⟨b¦Left haemothorax, depth ⟪3.5 cm¦size⟫⟩ (⟦Se 5 Im 60¦5:60¦abbrev_en¦b⟧). ⟨c¦Undisplaced fractures "
     "of the left ⟪9th¦level⟫ and ⟪10th¦level⟫ ribs posteriorly⟩ (⟦Se 5 Im 92 and 101¦5:92,5:101¦list¦c⟧)."
     " Discussed with the trauma team leader on ext ⟪4451¦phone⟫ at ⟪03:31¦time⟫."),
    ("u-uk-02", "UK",
     "MRI right knee (district general). ⟨a¦Complex tear of the posterior horn of the medial meniscus⟩ "
     "(sag PD FS ⟦series 4, images 14-16¦4:14-16¦range¦a⟧; cor ⟦series 5, image 12¦5:12¦plane¦a⟧). "
     "⟨b¦Grade ⟪2¦staging⟫ sprain of the MCL⟩ (⟦series 5 image 9¦5:9¦full_en¦b⟧). Joint effusion "
     "⟪12 mm¦size⟫ in depth."),
    ("u-uk-03", "UK",
     "Paediatric CT head, ⟪14 months¦age⟫, suspected non-accidental injury. ⟨a¦Bilateral subdural "
     "collections of differing density⟩ (⟦Se 2 Im 18, Im 22 and Im 25¦2:18,2:22,2:25¦list¦a⟧). "
     "⟨b¦Right parietal skull fracture⟩ (bone window ⟦Se 3 Im 30¦3:30¦abbrev_en¦b⟧). Skeletal survey "
     "(⟪36 images¦bild_word⟫) to follow; safeguarding lead informed at ⟪09:20¦time⟫."),
    ("u-uk-04", "UK",
     "ADDENDUM ⟪07/12/2026¦date⟫ ⟪10:02¦time⟫: on consultant review, ⟨a¦the right lower lobe nodule measures "
     "⟪7 mm¦size⟫, not ⟪11 mm¦size⟫⟩ (⟦series 3, image 212¦3:212¦full_en¦a⟧). The image reference in the "
     "original report (⟪image 221¦bild_word⟫) was a typographical error. ⟨c¦It measured ⟪6 mm¦size⟫ on "
     "the outside CT of ⟪14/02/2026¦date⟫⟩ (⟦series 2, image 198¦p2:198¦prior¦c⟧). Fleischner: CT in "
     "⟪6-12 months¦followup⟫."),
    ("u-uk-05", "UK",
     "CT angiogram lower limbs, pre-angioplasty planning. ⟨a¦Occlusion of the left SFA from its origin for "
     "⟪12 cm¦size⟫ with reconstitution at the adductor canal⟩ (⟦Se 6 Im 320-410¦6:320-410¦range¦a⟧; "
     "coronal MIP ⟦Se 601 Im 28¦601:28¦plane¦a⟧). ⟨b¦⟪50-70%¦ratio⟫ stenosis of the right common iliac "
     "artery⟩ (⟦Se 6 Im 188¦6:188¦abbrev_en¦b⟧). The duplex of ⟪10/11/2026¦date⟫ is not available for "
     "review."),
    ("u-uk-06", "UK",
     "MRI left shoulder. ⟨a¦Full-thickness supraspinatus tear, ⟪15 mm¦size⟫ AP, retracted to the apex of "
     "the humeral head⟩ (⟦Ser 7/Img 18¦7:18¦slash¦a⟧). ⟨b¦Previously a partial-thickness articular-sided "
     "tear⟩ (prior MRI ⟪2023¦date⟫, ⟦Ser 6/Img 16¦p6:16¦prior¦b⟧). ⟨c¦ACJ osteoarthritis with an inferior "
     "osteophyte⟩ (⟦Ser 5/Img 11¦5:11¦slash¦c⟧)."),
    ("u-uk-07", "UK",
     "Breast MRI, high-risk screening. ⟨a¦⟪9 mm¦size⟫ enhancing mass in the left breast at "
     "⟪2 o'clock¦time⟫, ⟪4 cm¦size⟫ from the nipple⟩ (⟦series 10, image 63¦10:63¦full_en¦a⟧). ⟨c¦Stable "
     "⟪5 mm¦size⟫ focus in the right breast⟩ (⟦series 10, image 101¦10:101¦full_en¦c⟧; prior "
     "⟦series 9, image 97¦p9:97¦prior¦c⟧). ⟪BI-RADS 4¦birads⟫.\nPrior tomosynthesis of ⟪04/12/2026¦date⟫:\n"
     "⟨b¦Subtle architectural distortion, left upper outer quadrant⟩ on LMLO ⟦slice 37¦p-:37¦slice_word¦b⟧ "
     "and LCC ⟦slice 29¦p-:29¦slice_word¦b⟧."),
    ("u-uk-08", "UK",
     "CT whole spine. ⟨a¦Chance-type fracture of ⟪L1¦level⟫ with posterior ligamentous disruption⟩ "
     "(sagittal ⟦Se 8 Im 41¦8:41¦plane¦a⟧), TLICS ⟪7¦staging⟫. ⟨b¦Retropulsed fragment narrowing the canal "
     "by ⟪40%¦ratio⟫⟩ (axial ⟦Se 3 Im 288¦3:288¦plane¦b⟧). ⟨c¦Right transverse process fractures "
     "⟪L2¦level⟫ to ⟪L4¦level⟫⟩ (⟦Se 3 Im 300, 314, 329¦3:300,3:314,3:329¦list¦c⟧)."),
    ("u-uk-09", "UK",
     "Key images saved to PACS: ⟪KI 1¦counter⟫ ⟦Se 4 Im 55¦4:55¦abbrev_en¦a⟧ ⟨a¦right adrenal nodule "
     "⟪18 mm¦size⟫, ⟪8 HU¦lab⟫⟩; ⟪KI 2¦counter⟫ ⟦Se 4 Im 90¦4:90¦abbrev_en¦b⟧ ⟨b¦left renal cyst, Bosniak "
     "⟪2¦staging⟫⟩; ⟪KI 3¦counter⟫ prior ⟦Se 3 Im 52¦p3:52¦prior¦c⟧ ⟨c¦adrenal nodule ⟪17 mm¦size⟫ in "
     "⟪2024¦date⟫⟩."),
    ("u-uk-10", "UK",
     "CT abdomen and pelvis (voice recognition, unedited). ⟨a¦Acute uncomplicated sigmoid diverticulitis⟩ "
     "(⟦series for image 112¦4:112¦full_en¦a⟧), Hinchey ⟪Ia¦staging⟫. ⟨b¦Small locule of extraluminal gas "
     "adjacent to the sigmoid, ⟪3 mm¦size⟫⟩ (⟦series 4 image one hundred and twenty¦4:120¦full_en¦b⟧ full "
     "stop). CRP ⟪96¦lab⟫."),
    ("u-uk-11", "UK",
     "CT chest with contrast.\nIMPRESSION:\n⟪1.¦counter⟫ ⟨a¦Right lower lobe consolidation with a "
     "parapneumonic effusion⟩ (⟦Se 2 Im 71¦2:71¦impression¦a⟧).\n⟪2.¦counter⟫ ⟨b¦The previously noted "
     "⟪6 mm¦size⟫ left upper lobe nodule has resolved⟩ (prior ⟦Se 2 Im 40¦p2:40¦prior¦b⟧).\nCRP "
     "⟪212¦lab⟫, WCC ⟪18.4¦lab⟫."),
    ("u-uk-12", "UK",
     "CT angiogram pelvis, major trauma centre. ⟨a¦Active extravasation from the superior gluteal branch of "
     "the left internal iliac artery⟩ (arterial phase ⟦images 210-224, series 4¦4:210-224¦range¦a⟧). IR "
     "consultant aware, patient to the angio suite at ⟪04:05¦time⟫. ⟨b¦Open-book pelvic injury, "
     "symphyseal diastasis ⟪32 mm¦size⟫⟩ (⟦series 4, image 260¦4:260¦full_en¦b⟧)."),
    ("u-uk-13", "UK",
     "MRI pelvis, ⟪9-year-old¦age⟫. ⟨a¦Perthes disease of the right femoral head with ⟪50%¦ratio⟫ collapse "
     "of the lateral pillar⟩ (coronal T1 ⟦Se 3, slice 9¦3:9¦slice_word¦a⟧), Herring ⟪C¦staging⟫. "
     "⟨b¦Fragmentation has progressed⟩ since the MRI of ⟪11/06/2026¦date⟫ (previous ⟦Se 3, slice 8"
     "¦p3:8¦prior¦b⟧)."),
    ("u-uk-14", "UK",
     "CTA carotids, registrar report verified by consultant. ⟨a¦⟪70-79%¦ratio⟫ stenosis of the proximal "
     "right ICA⟩ (⟪Se 5 Im 201¦bild_word⟫ amended by consultant to ⟦Se 5 Im 210¦5:210¦abbrev_en¦a⟧). "
     "⟨b¦Left ICA ⟪<50%¦ratio⟫⟩ (⟦Se 5 Im 205¦5:205¦abbrev_en¦b⟧). BP ⟪168/94¦blood_pressure⟫."),
    ("u-uk-15", "UK",
     "MRI lumbar spine, GP direct access. ⟨a¦⟪L4/5¦level⟫ left paracentral disc extrusion compressing the "
     "descending left ⟪L5¦level⟫ root⟩ (axial ⟦Img 22, Ser 6¦6:22¦abbrev_en¦a⟧). "
     "⟨b¦Modic ⟪type 2¦staging⟫ endplate change at ⟪L5/S1¦level⟫⟩ (sag T1 ⟦Ser 3 Img 10¦3:10¦plane¦b⟧)."
     " Compared with MRI ⟪03/05/2022¦date⟫: ⟨c¦the ⟪L4/5¦level⟫ disc was previously only bulging⟩ "
     "(⟦Ser 5 Img 21¦p5:21¦prior¦c⟧)."),
)

_US = (
    ("u-us-01", "US",
     "CT chest/abdomen/pelvis, trauma activation. ⟨a¦Grade ⟪III¦staging⟫ liver laceration involving "
     "segments ⟪6¦segment⟫ and ⟪7¦segment⟫⟩ (⟦5:77-94¦5:77-94¦range¦a⟧). ⟨b¦Small right pneumothorax⟩ "
     "(⟦3:41¦3:41¦compact¦b⟧). ⟨c¦Left ⟪7th¦level⟫ through ⟪9th¦level⟫ rib fractures⟩ (⟦3:130, 3:144, "
     "3:161¦3:130,3:144,3:161¦list¦c⟧). Discussed with the ED attending at ⟪2:47 AM¦time⟫ with read-back."),
    ("u-us-02", "US",
     "MRI left knee, private practice. ⟨a¦Bucket-handle tear of the medial meniscus with a double PCL sign⟩ "
     "(⟦series 6, image 11¦6:11¦full_en¦a⟧; coronal ⟦series 5, images 14 and 15¦5:14,5:15¦list¦a⟧). "
     "⟨b¦Bone contusions of the lateral femoral condyle and posterolateral tibial plateau⟩ (⟦series 8 "
     "image 18¦8:18¦full_en¦b⟧). Patient ⟪17 years¦age⟫, injured ⟪11/29/2026¦date⟫."),
    ("u-us-03", "US",
     "Pediatric CT abdomen, ⟪7-year-old¦age⟫ after a bicycle handlebar injury, CTDIvol ⟪4.1 mGy¦dose⟫. "
     "⟨a¦Pancreatic transection at the neck⟩ (⟦2:38¦2:38¦compact¦a⟧), ⟨b¦peripancreatic fluid⟩ "
     "(⟦2:36-44¦2:36-44¦range¦b⟧), ⟨c¦duodenal wall hematoma ⟪14 mm¦size⟫⟩ (⟦2:50¦2:50¦compact¦c⟧). Lipase "
     "⟪1,240 U/L¦lab⟫."),
    ("u-us-04", "US",
     "CTA abdomen for lower GI bleed. ⟨a¦Active extravasation into the ascending colon on the arterial phase,"
     " pooling on delayed images⟩ (⟦series 4 image 133¦4:133¦full_en¦a⟧; delayed ⟦series 7 image 135"
     "¦7:135¦full_en¦a⟧). IR notified at ⟪16:22¦time⟫, pager ⟪(555) 218-4400¦phone⟫. Hgb ⟪6.9¦lab⟫."),
    ("u-us-05", "US",
     "Oncology follow-up.\n| Lesion | Today | Baseline ⟪03/14/2026¦date⟫ |\n| ⟨a¦Liver segment "
     "⟪8¦segment⟫ lesion⟩ | ⟪2.1 cm¦size⟫ (⟦4:55¦4:55¦compact¦a⟧) | ⟪3.4 cm¦size⟫ (⟦3:52¦p3:52¦prior¦a⟧) |\n"
     "| ⟨b¦Portocaval node⟩ | ⟪1.2 cm¦size⟫ (⟦4:71¦4:71¦compact¦b⟧) | ⟪1.9 cm¦size⟫ (⟦3:68¦p3:68¦prior¦b⟧) |\n"
     "| ⟨c¦Right lung nodule⟩ | ⟪0.8 cm¦size⟫ (⟦2:120¦2:120¦compact¦c⟧) | ⟪1.1 cm¦size⟫ "
     "(⟦2:118¦p2:118¦prior¦c⟧) |\nSum ⟪4.1 cm¦size⟫ vs ⟪6.4 cm¦size⟫, ⟪-36%¦ratio⟫: partial response."),
    ("u-us-06", "US",
     "Breast MRI. ⟨a¦Right breast ⟪1.3 cm¦size⟫ irregular mass at ⟪11 o'clock¦time⟫, ⟪6 cm¦size⟫ from the "
     "nipple⟩ (⟦series 12, image 84¦12:84¦full_en¦a⟧). ⟪BI-RADS 6¦birads⟫.\nMAMMOGRAPHY CORRELATION:\n"
     "⟨b¦It corresponds to the ⟪1.1 cm¦size⟫ mass on the prior ⟪11/20/2026¦date⟫ tomosynthesis⟩ "
     "(RCC ⟦slice 42¦p-:42¦prior¦b⟧)."),
    ("u-us-07", "US",
     "MRI lumbar spine. ⟨a¦At ⟪L4-L5¦level⟫, a broad-based disc bulge with a superimposed left subarticular "
     "extrusion contacting the traversing left ⟪L5¦level⟫ nerve root⟩ (⟦series 7, image 24¦7:24¦full_en¦a⟧;"
     " sagittal ⟦series 4, image 9¦4:9¦plane¦a⟧). ⟨b¦At ⟪L5-S1¦level⟫, moderate bilateral foraminal "
     "narrowing⟩ (⟦series 7 images 30-32¦7:30-32¦range¦b⟧). Compared with ⟪06/02/2024¦date⟫, the extrusion "
     "is new; ⟨d¦previously a small bulge only⟩ (prior ⟦series 6, image 22¦p6:22¦prior¦d⟧)."),
    ("u-us-08", "US",
     "CT abdomen/pelvis stone protocol. ⟨b¦Right UVJ stone, ⟪5 mm¦size⟫, with mild hydronephrosis⟩ "
     "(⟦2:88¦2:88¦compact¦b⟧).\nADDENDUM ⟪12/07/2026¦date⟫: ⟨a¦a ⟪4 mm¦size⟫ nonobstructing left lower pole "
     "stone⟩ was omitted from the original report (⟦series 2, image 61¦2:61¦full_en¦a⟧). Call-back number "
     "⟪312-555-0182¦phone⟫."),
    ("u-us-09", "US",
     "CT chest for staging. Annotations copied from the viewer: ⟪[1]¦counter⟫ ⟦Se:5 Im:102¦5:102"
     "¦abbrev_en¦a⟧ ⟨a¦RUL spiculated nodule ⟪1.8 cm¦size⟫⟩; ⟪[2]¦counter⟫ ⟦Se:5 Im:140¦5:140¦abbrev_en¦b⟧"
     " ⟨b¦subcarinal node ⟪1.4 cm¦size⟫⟩; ⟪[3]¦counter⟫ ⟦Se:9 Im:22¦9:22¦abbrev_en¦c⟧/⟪88¦counter⟫ "
     "⟨c¦lytic lesion in ⟪T7¦level⟫⟩. Clinical stage ⟪cT2a N2 M1b¦staging⟫."),
    ("u-us-10", "US",
     "CTA head and neck, code stroke. ⟨a¦Occlusion of the left ICA terminus extending into ⟪M1¦segment⟫⟩ "
     "(⟦series 3, image 210¦3:210¦full_en¦a⟧; coronal MIP ⟦602:45¦602:45¦plane¦a⟧). ASPECTS ⟪7¦lab⟫. Last "
     "known well ⟪08:15¦time⟫, alteplase ⟪0.9 mg/kg¦dose⟫ started at ⟪09:02¦time⟫."),
    ("u-us-11", "US",
     "CT right shoulder. Resident preliminary read: ⟨a¦anterior glenohumeral dislocation with a bony Bankart "
     "fracture involving ⟪20%¦ratio⟫ of the glenoid width⟩ (⟦3:77¦3:77¦compact¦a⟧). Attending addendum: "
     "agree; additionally ⟨b¦a Hill-Sachs impaction of the posterolateral humeral head⟩ (⟦3:40¦3:40"
     "¦compact¦b⟧) and ⟨c¦a nondisplaced greater tuberosity fracture⟩ (⟦series 3, images 30-36"
     "¦3:30-36¦range¦c⟧)."),
    ("u-us-12", "US",
     "CT chest without contrast.\nIMPRESSION: ⟨a¦Interval increase in the right pleural "
     "effusion, now large⟩ (⟦4:60¦4:60¦impression¦a⟧); ⟨b¦it was moderate on the prior⟩ "
     "(⟦3:58¦p3:58¦prior¦b⟧). ⟨c¦New ⟪6 mm¦size⟫ right middle lobe nodule⟩ (⟦4:99¦4:99¦impression¦c⟧), "
     "Lung-RADS ⟪3¦birads⟫."),
    ("u-us-13", "US",
     "Pediatric MRI brain, ⟪6 years¦age⟫. ⟨a¦Cystic mass in the right cerebellar hemisphere, ⟪4.2 x 3.6 "
     "cm¦size⟫⟩ (⟦Se 9 Im 14¦9:14¦abbrev_en¦a⟧), ⟨b¦with an enhancing mural nodule⟩ (⟦Se 11 Im 15 and 17"
     "¦11:15,11:17¦list¦b⟧). ⟨c¦Mass effect on the fourth ventricle is similar⟩ to the outside CT of "
     "⟪11/30/2026¦date⟫ (outside ⟦Se 2 Im 20¦p2:20¦prior¦c⟧)."),
    ("u-us-14", "US",
     "CT left hip, community ED. ⟨a¦Intertrochanteric fracture with a lesser trochanter fragment⟩ (coronal "
     "⟦Ser #5 Img 33¦5:33¦plane¦a⟧), ⟨b¦no extension into the subtrochanteric region⟩ (⟦Ser #2 Img 140-152"
     "¦2:140-152¦range¦b⟧). Patient ⟪84¦age⟫, on apixaban ⟪5 mg¦dose⟫ BID."),
    ("u-us-15", "US",
     "CTA chest, PE protocol, teleradiology (night read ⟪01:12¦time⟫). ⟨a¦Saddle pulmonary embolus⟩ "
     "(⟦Series 4, Image 101¦4:101¦full_en¦a⟧) ⟨b¦with RV strain, RV:LV ⟪1.4¦ratio⟫⟩ (⟦Series 4, Image 150"
     "¦4:150¦full_en¦b⟧). No PE on the prior CTA of ⟪05/05/2025¦date⟫; ⟨c¦the pulmonary arteries were "
     "patent⟩ (⟦series 3, image 98¦p3:98¦prior¦c⟧). Called to Dr. on call at ⟪(555) 301-7788¦phone⟫."),
)

_EXTRA = (
    ("u-de-16", "DE",
     "MRT Knie links, Verlauf nach VKB-Plastik. ⟨a¦Zyklops-Läsion ventral des Transplantats, "
     "⟪12 x 8 mm¦size⟫⟩ (⟦Se#5 Bi#14¦5:14¦abbrev_de¦a⟧). ⟨b¦Tibialer Bohrkanal aufgeweitet auf "
     "⟪13 mm¦size⟫⟩ (⟦Se7Bi22¦7:22¦glued¦b⟧), ⟨c¦in der VU vom ⟪04.04.2025¦date⟫ ⟪10 mm¦size⟫⟩ "
     "(⟦Se6Bi21¦p6:21¦prior¦c⟧). ⟨d¦Das Transplantat war im Vorbefund noch ohne Signalanhebung⟩ "
     "(Vorbefund ⟦Serie 5, Bild 12¦p5:12¦prior¦d⟧)."),
    ("u-at-16", "AT",
     "Kinder-MRT Knie rechts, ⟪13a¦age⟫, Osteochondrosis dissecans. ⟨a¦OD-Herd am medialen Femurkondylus, "
     "⟪14 x 10 mm¦size⟫, ICRS ⟪Stadium II¦staging⟫⟩ (⟦S4B17¦4:17¦glued¦a⟧, ⟦S7B9¦7:9¦glued¦a⟧). "
     "⟨b¦Herd in der VU vom ⟪16.06.2026¦date⟫ ⟪15 x 11 mm¦size⟫, ohne Flüssigkeitssaum⟩ "
     "(VU ⟦S3B16¦p3:16¦prior¦b⟧). Kontrolle in ⟪6 Monaten¦followup⟫."),
    ("u-ch-16", "CH",
     "CT Thorax, Verlauf nach ⟪4 Zyklen¦counter⟫ Carboplatin/Pemetrexed. ⟨a¦Bronchialkarzinom im "
     "Oberlappen rechts, jetzt ⟪41 mm¦size⟫ (VU ⟪48 mm¦size⟫)⟩ [⟦Serie 3 : Bild 66¦3:66¦full_de¦a⟧ | "
     "Vorbefund ⟦Serie 3 : Bild 61¦p3:61¦prior¦a⟧]. ⟨b¦Pleuraerguss rechts regredient⟩ [⟦Serie 3 : "
     "Bild 140¦3:140¦full_de¦b⟧ | Vorbefund ⟦Serie 3 : Bild 133¦p3:133¦prior¦b⟧]. ⟪ycT2b N1¦staging⟫."),
    ("u-uk-16", "UK",
     "CT neck with contrast, ⟪5-year-old¦age⟫ with stridor. ⟨a¦Retropharyngeal abscess, ⟪24 x 15 mm¦size⟫,"
     " narrowing the airway to ⟪4 mm¦size⟫⟩ (⟦img #61, se 4¦4:61¦abbrev_en¦a⟧). ⟨c¦Two days earlier the "
     "collection was a phlegmon only⟩ (prior CT ⟦img #58, se 3¦p3:58¦prior¦c⟧). ENT registrar bleep "
     "⟪2716¦phone⟫ informed at ⟪18:45¦time⟫."),
    ("u-us-16", "US",
     "MRI right shoulder after rotator cuff repair. ⟨a¦Recurrent full-thickness tear of the repaired "
     "supraspinatus, gap ⟪18 mm¦size⟫⟩ (⟦Se 4 Im 12¦4:12¦abbrev_en¦a⟧; compare ⟦Se 4 Im 11¦p4:11¦prior¦a⟧ "
     "on the ⟪2024¦date⟫ prior). ⟨b¦One of the ⟪3¦counter⟫ suture anchors has migrated into the "
     "subacromial bursa⟩ (⟦7:30-34¦7:30-34¦range¦b⟧); ⟨c¦it was seated in the greater tuberosity on the "
     "prior⟩ (⟦6:30-33¦p6:30-33¦prior¦c⟧)."),
)

_RAW: tuple[tuple[str, str, str], ...] = tuple(
    sorted(_DE + _AT + _CH + _UK + _US + _EXTRA, key=lambda r: ("DE AT CH UK US".index(r[1]), r[0]))
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(*r) for r in _RAW)
