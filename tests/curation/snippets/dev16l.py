# ruff: noqa: E501
"""DEV / training set for issue 16, round 13 (engineer dev16l-writer): report text that cites images, new author.

Written by a new author without reading the miner (curation/), docs/snippets*.md, bench/, any held-out set or the
texts of the dev sets dev16c..dev16k, dev16r, dev16s; only dev16c's markup and `parse` (and its regexes), the
docstrings of dev16j/dev16k and the shape tests of dev16h/dev16j were read. Markup is dev16c's: `⟦visible
citation|spec⟧` with `S:I` / `S:I-J` items, `P` for the prior study, `@plane` for a plane word in the reference's
own bracket or clause; no snippet labels. Each batch was written in one go, committed, then measured once.

Emphasis: CURRENT vs PRIOR study (about half of all refs are prior: 191 of 376). Mix (264 excerpts, 150 German,
114 English; DE/AT/CH/UK/US habits):
- follow-up tables in every layout departments use: markdown pipe tables, ASCII box tables, tab-separated rows,
  aligned text columns, arrow chains ("->", "→"), columns headed by dates, "aktuell | Vorbefund", "heute / VU",
  "current / prior", "BL | VU | aktuell", "aktuell (Vorbefund)"; RECIST / Lugano target-lesion rows with BL,
  nadir, VU and current citations in one line; rows ordered newest first and oldest first.
- comparisons naming the earlier exam by modality and date ("Im CT vom März", "In der MRT vom 04.11.2025", "On
  the MRI of 2 June", "the March MRCP", "Angio-CT vom 19.05.", "radiograph of yesterday"), outside studies
  (auswärtiges MRT, Fremd-CT, Fremdaufnahmen, outside hospital study, named other hospitals).
- plural and abbreviated prior nouns: Vorbilder, Voraufnahmen, Voruntersuchungen, VA, VU, VU-Bild, Vorunters.,
  Vorbefund, Vorabklärung (CH), lt. Vorbefund / Bef. (AT), BL, Nadir, comparison, baseline, priors, outside CT.
- one bracket (or one row) holding a current and a prior citation in either order; the prior cue far before the
  citation (long subordinate clauses in between); "zuvor" / "damals" / "previously" after the value; the verb
  deciding the study ("war", "was", "had been", "has developed", "hat sich ... entwickelt", "ist jetzt").
- current-only sentences that mention earlier exams without citing them ("Im Vergleich zur Voruntersuchung vom
  ... größenkonstanter Herd (Se 3, Bi 41)", "Compared to the prior study, ... (series 4, image 77)", "Seit der
  VU neu", "Known from prior imaging", "Interval development ... compared with CT of ..."): these stay current.
- speech-recognition artefacts ("Klammer auf ... Klammer zu", "comma", "period", "Punkt", "see 3" / "sees 4"
  for Se, "Serie vier", "Bild 10 Schrägstrich 11", "image 1 20", a lost closing bracket), planes (koronar,
  coronal, sagittal/sag, axial), lists and ranges on both sides of a comparison.
- numeric confounders in the same sentences (sizes, percentages, dates, ratios, "2 of 3", DLP/CTDI, lab values,
  scores, stent sizes, segments "4/8") plus 56 confounder-only excerpts full of prior/current words and numbers.

Labelling decisions (as a radiologist reads the report):
- S is the series written with the image; "Bild 4/33" and a bare "4/90" or "(2/45)" are series/image only where
  the report states that habit ("(Angaben Serie/Bild)", "(se/im)", "(series/image)") or writes "Bild", and in
  the one US bracket "(prior 4/31, current 5/33)" (US viewer habit, a date reading is impossible); an image
  of a radiograph or mammogram has no series (`-`).
- P when the citation points into an earlier study: in the prior / VU / BL / nadir / date-of-an-earlier-exam
  column or row of a table, beside a prior cue in its own bracket or clause (also when the cue stands far before
  it in the same sentence), beside "zuvor"/"damals"/"previously" after the value, or in a clause whose verb puts
  it in the past of the patient ("war", "was", "had been", "had involved"). Not P: a current citation in a
  sentence that only compares with or mentions an earlier exam, "has developed", "ist neu", "seit der VU".
  A citation right after the subject of a sentence whose main clause is about today ("The node (S3 I55) that
  measured 6 mm on the CT of 8/8/25 is now 13 mm") is current.
- A speech-recognition split or word number is labelled with the number the dictating radiologist meant
  ("image 1 20" = 120, "Serie vier" = 4); "Bild 10 Schrägstrich 11" after "Serie 5" is the list 10, 11.
- Left unmarked as genuinely ambiguous (BATCH3): "Herd unverändert (44/3)." (no series/image habit; order and
  meaning unknown) and "Similar to before (see 2/14)." (a date or series/image).

Measured once per batch right after writing it (each batch committed first) on the unchanged miner (branch base
5d09d5c, dev16c's scorer via dev16h's `figures`), aggregates only, no miss was printed:
- BATCH1 (91 excerpts, 131 refs, 65 prior, 18 confounder-only): tp=99 fp=32 fn=32 P 0.756 R 0.756.
- BATCH2 (87 excerpts, 127 refs, 65 prior, 18 confounder-only): tp=99 fp=28 fn=28 P 0.780 R 0.780.
- BATCH3 (86 excerpts, 118 refs, 61 prior, 20 confounder-only): tp=87 fp=32 fn=31 P 0.731 R 0.737.
- all three (264 excerpts, 376 refs, 191 prior, 56 confounder-only): tp=285 fp=92 fn=91 P 0.756 R 0.758.
Self-review before each batch's measurement (not after): prior citations left unmarked while writing were
marked `P` (BATCH1 one "VU: Se 4, Bi 77"; BATCH3 two in a tab table's BL column and one after "Vorbefund Sept.
2025:"), speech-artefact excerpts that had a citation twice were rewritten, one empty mark was fixed. Nothing was
changed after any measurement.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

_B1: list[tuple[str, str]] = [
    # --- follow-up tables
    ("de", "Verlaufstabelle Zielläsionen (RECIST 1.1):\n| Läsion | aktuell | Vorbefund 03/2026 |\n|---|---|---|\n"
           "| Leber Seg. VII | 24 mm (⟦Se 3/Bi 51|3:51⟧) | 31 mm (⟦Se 4/Bi 49|4:49 P⟧) |\n"
           "| LK paraaortal | 12 mm (⟦Se 3/Bi 88|3:88⟧) | 17 mm (⟦Se 4/Bi 90|4:90 P⟧) |"),
    ("de", "Messwerte heute / VU:\nRundherd OL re: 9 mm (⟦S4 B112|4:112⟧) / 7 mm (⟦S5 B108|5:108 P⟧)\n"
           "Rundherd UL li: 6 mm (⟦S4 B201|4:201⟧) / 6 mm (⟦S5 B196|5:196 P⟧)"),
    ("en", "Target lesions (se/im) current            prior (14 Feb)\n"
           "1. R adrenal          21 mm (⟦2/45|2:45⟧)     18 mm (⟦3/41|3:41 P⟧)\n"
           "2. Segment 4a         15 mm (⟦2/60|2:60⟧)     15 mm (⟦3/58|3:58 P⟧)\n"
           "Sum of diameters 36 mm vs 33 mm (+9 %)."),
    ("de", "Lymphknoten iliakal links: aktuell 14 x 9 mm (⟦Serie 5, Bild 140|5:140⟧) -> Vorbefund 11 x 8 mm "
           "(⟦Serie 6, Bild 133|6:133 P⟧)."),
    ("de", "Vorbefund -> aktuell: Pleuraerguss rechts 25 mm (⟦VA Se 2 Bi 70|2:70 P⟧) -> 41 mm (⟦Se 3 Bi 72|3:72⟧)."),
    ("en", "| Lesion | Baseline (Jan) | Nadir (May) | Current |\n|---|---|---|---|\n"
           "| Liver dome | 30 mm ⟦S3 I22|3:22 P⟧ | 12 mm ⟦S3 I25|3:25 P⟧ | 19 mm ⟦S3 I24|3:24⟧ |\n"
           "| Portocaval node | 18 mm ⟦S3 I61|3:61 P⟧ | 9 mm ⟦S3 I63|3:63 P⟧ | 10 mm ⟦S3 I60|3:60⟧ |"),
    ("de", "Tabelle (heute\tVU 12.01.2026):\nNebenniere li\t19 mm (⟦Bild 4/33|4:33⟧)\t19 mm (⟦Bild 7/30|7:30 P⟧)\n"
           "Milzläsion\t8 mm (⟦Bild 4/51|4:51⟧)\tnicht abgrenzbar"),
    ("en", "Comparison table: current / prior\n- Left lower lobe mass: 41 mm (⟦se 5 im 77|5:77⟧) / 38 mm "
           "(⟦se 6 im 80|6:80 P⟧)\n- Subcarinal node: 11 mm (⟦se 5 im 62|5:62⟧) / 14 mm (⟦se 6 im 64|6:64 P⟧)"),
    ("de", "RECIST Zielläsion 1 (Lunge li UL): BL 22 mm (⟦Se. 3, Bi. 180|3:180 P⟧), Nadir 14 mm (⟦Se. 3, Bi. 176|3:176 P⟧), "
           "aktuell 17 mm (⟦Se. 3, Bi. 181|3:181⟧) -> +21 % zum Nadir, keine PD."),
    ("de", "Zielläsion 2 (LK mediastinal 4R): aktuell 13 mm (⟦S 2, B 55|2:55⟧), BL 20 mm (⟦S 2, B 57|2:57 P⟧)."),
    # --- comparisons naming the prior exam by modality and date
    ("de", "Im CT vom März war der Herd im Segment VIII noch 12 mm groß (⟦Serie 4, Bild 38|4:38 P⟧), jetzt 18 mm "
           "(⟦Serie 3, Bild 40|3:40⟧)."),
    ("en", "On the MRI of 2 June the lesion measured 9 mm (⟦series 8, image 14|8:14 P⟧); it now measures 11 mm "
           "(⟦series 9, image 15|9:15⟧)."),
    ("de", "In der MRT vom 04.11.2025 (⟦Se 11, Bi 23|11:23 P⟧) war die Signalstörung im Kopf des Pankreas bereits "
           "angedeutet, heute deutlicher (⟦Se 12, Bi 25|12:25⟧)."),
    ("en", "Compared with the CT chest of 19/03/2026 the nodule in the right middle lobe has grown from 5 to 8 mm "
           "(⟦Se 4, Im 156|4:156⟧)."),
    ("de", "Gegenüber dem PET-CT vom Januar neu aufgetretene Herdbefunde im Os ilium rechts (⟦Serie 2, Bild 301|2:301⟧) "
           "und in BWK 9 (⟦Serie 2, Bild 210|2:210⟧)."),
    ("en", "The pleural nodule seen on the outside CT from St Mary's (⟦image 45, series 3|3:45 P⟧) is not "
           "reproduced today."),
    ("de", "Im auswärtigen MRT (Radiologie am Markt, 02/2026) zeigte sich die Läsion 14 mm (⟦Se 7 Bild 19|7:19 P⟧)."),
    ("en", "On the outside hospital study the hematoma measured 3.2 cm (⟦series 201, image 57|201:57 P⟧); on our "
           "CT today 2.1 cm (⟦series 3, image 60|3:60⟧)."),
    ("de", "Laut Fremdaufnahmen aus dem Kantonsspital (CT 14.02.) damals Erguss 2 cm (⟦Se 2, Bi 44|2:44 P⟧)."),
    # --- plural / abbreviated prior nouns
    ("de", "In den Vorbildern (⟦Se 3, Bi 27|3:27 P⟧) identische Darstellung der Zyste."),
    ("de", "Auf den Voraufnahmen ⟦S 201 B 12|201:12 P⟧ noch kein Kompressionsbruch von LWK 1."),
    ("de", "VA: Rundherd ⟦Se 6 Bi 140|6:140 P⟧ 4 mm; heute 4 mm ⟦Se 5 Bi 138|5:138⟧, stabil seit 24 Monaten."),
    ("de", "VU: ⟦Se 4, Bi 77|4:77 P⟧ zeigte den LK mit 9 mm; Vergleich heute ⟦Se 5, Bi 79|5:79⟧ 10 mm."),
    ("de", "Vorunters. (⟦Ser. 2/Bild 118|2:118 P⟧) mit identischer Konfiguration der Aortenprothese."),
    ("en", "Comparison: CT abdomen 07/01/2026. The adrenal nodule (⟦2:54|2:54⟧) is unchanged from comparison "
           "(⟦3:50|3:50 P⟧)."),
    ("en", "BL: ⟦S4 i99|4:99 P⟧ 28 mm, now ⟦S4 i101|4:101⟧ 19 mm, partial response."),
    ("en", "At nadir (⟦se 3 im 44|3:44 P⟧) the node was 8 mm, today 12 mm (⟦se 3 im 46|3:46⟧)."),
    ("en", "The outside study (⟦Ser 1001 Img 23|1001:23 P⟧) was a non-contrast CT."),
    ("de", "In der BL (⟦Serie 3, Bild 66|3:66 P⟧) war die Läsion noch zystisch."),
    # --- one bracket current + prior in either order
    ("de", "Zunahme des Hämatoms (⟦Se 3, Bi 42|3:42⟧; VU ⟦Se 5, Bi 40|5:40 P⟧)."),
    ("de", "Regrediente Konsolidierung im Mittellappen (VU ⟦Se 4 Bi 101|4:101 P⟧, aktuell ⟦Se 3 Bi 99|3:99⟧)."),
    ("en", "Interval growth of the renal lesion (prior ⟦4/31|4:31 P⟧, current ⟦5/33|5:33⟧)."),
    ("en", "Stable 6 mm nodule (today ⟦S3 I88|3:88⟧, comparison ⟦S6 I90|6:90 P⟧)."),
    ("de", "Progrediente Metastase Th8 (aktuell ⟦Bild 6/77|6:77⟧ vs. Vorbefund ⟦Bild 8/71|8:71 P⟧)."),
    ("de", "Neuer Erguss links (⟦Bild 3/150|3:150⟧, in der VU an gleicher Stelle ⟦Bild 2/146|2:146 P⟧ kein Erguss)."),
    # --- prior cue far before the citation
    ("de", "Im Vergleich zur auswärtigen Voruntersuchung aus Wien, die leider nur in 5-mm-Schichten vorliegt und auf "
           "der der Tumor bei liegendem DJ-Katheter gemessen wurde, betrug der Durchmesser 34 mm (⟦Se 2, Bi 31|2:31 P⟧)."),
    ("en", "Looking back at the examination from last October, which was performed without IV contrast because of "
           "renal impairment at the time, the splenic lesion measured 14 mm (⟦series 2 image 66|2:66 P⟧)."),
    ("de", "Damals, bei der Erstdiagnose im Sommer 2024 und vor Beginn der Immuntherapie, bestanden bereits multiple "
           "kleine Rundherde (⟦Se 4, Bi 90|4:90 P⟧; ⟦Se 4, Bi 133|4:133 P⟧)."),
    # --- previously/damals/zuvor after the value
    ("de", "Der Lymphknoten misst 8 mm, zuvor 15 mm (⟦Se 6, Bi 52|6:52 P⟧)."),
    ("de", "Die Zyste misst jetzt 21 mm (⟦Se 4, Bi 33|4:33⟧), damals 12 mm (⟦Se 5, Bi 31|5:31 P⟧)."),
    ("en", "The lesion measures 17 mm (⟦S2 Im 40|2:40⟧), previously 12 mm (⟦S3 Im 38|3:38 P⟧)."),
    ("en", "Aneurysm sac 5.8 cm, 5.4 cm previously (⟦se 4 im 210|4:210 P⟧)."),
    ("de", "Leberrundherd 11 mm (damals ⟦S3 B60|3:60 P⟧), aktuell nicht mehr abgrenzbar."),
    # --- verb decides
    ("de", "Der Befund war 18 mm (⟦Se 5, Bi 70|5:70 P⟧) und ist nun 12 mm (⟦Se 4, Bi 72|4:72⟧)."),
    ("en", "The nodule was solid (⟦se 6 im 120|6:120 P⟧) and has developed a cavity (⟦se 5 im 118|5:118⟧)."),
    ("en", "A new ground-glass opacity has developed in the lingula (⟦Se 4 Im 188|4:188⟧)."),
    ("de", "Die Raumforderung hat sich neu gebildet (⟦Se 4 Bi 95|4:95⟧); an gleicher Stelle war damals nur Fett "
           "(⟦Se 7 Bi 93|7:93 P⟧)."),
    # --- current-only that mention earlier exams without citing them
    ("de", "Im Vergleich zur Voruntersuchung vom 12.03.2026 größenkonstanter Herd im Segment II (⟦Se 3, Bi 41|3:41⟧)."),
    ("en", "Compared to the prior study, the nodule is unchanged at 6 mm (⟦series 4, image 77|4:77⟧)."),
    ("de", "Seit der VU neu: Lungenrundherd rechts apikal 5 mm (⟦Se 4, Bi 31|4:31⟧)."),
    ("en", "New since the comparison exam: small left effusion (⟦Se 2, Im 98|2:98⟧)."),
    ("de", "Wie in den Voraufnahmen bekannte Zyste der linken Niere, aktuell 3 cm (⟦Bild 5/67|5:67⟧)."),
    ("en", "Previously described sclerotic focus in L2 is again seen (⟦Se 601, Im 44|601:44⟧)."),
    ("de", "Gegenüber dem Vorbefund rückläufige Pneumonie im Unterlappen rechts (⟦Se 3, Bi 190|3:190⟧)."),
    ("en", "Known from prior imaging, the 2.4 cm lipoma (⟦3:112|3:112⟧) is stable."),
    ("de", "Vorbefundlich bekannte Nierenzyste links, heute 28 mm (⟦S 4, B 60|4:60⟧), unverändert."),
    # --- CH / AT
    ("de", "Im Vergleich mit der Vorabklärung vom 3.2.2026 (⟦Serie 5 Bild 48|5:48 P⟧ damals 7 mm) heute 9 mm "
           "(⟦Serie 4 Bild 50|4:50⟧)."),
    ("de", "Lt. Vorbefund 10/2025 (⟦Bef. Se 3 Bi 15|3:15 P⟧) Osteolyse im Humeruskopf, aktuell konsolidiert "
           "(⟦Se 2 Bi 17|2:17⟧)."),
    ("de", "Befund Kantonsspital Baden, CT Thorax. Vergleich: CT vom 14.1. Keine neuen Herde; bekannter Herd "
           "⟦Se3Bi72|3:72⟧ konstant."),
    # --- speech recognition artefacts
    ("de", "Neu aufgetreten ein Herd im Segment sechs Klammer auf ⟦Serie 4 Bild 88|4:88⟧ Klammer zu Komma "
           "Durchmesser 7 mm."),
    ("en", "Nodule right upper lobe ⟦series 4 image 62|4:62⟧ measuring 5 mm comma previously "
           "3 mm on ⟦series 5 image 60|5:60 P⟧ period"),
    ("de", "Vorbefund ⟦Serie 2 Bild 40|2:40 P⟧ Punkt Heute unverändert."),
    ("en", "Prior ⟦see 3 image 71|3:71 P⟧ showed the same."),
    # --- planes
    ("de", "Koronar (⟦Serie 601, Bild 55|601:55 @coronal⟧) Stenose der A. mesenterica superior, in der VU koronar "
           "(⟦Serie 602, Bild 51|602:51 P @coronal⟧) nicht vorhanden."),
    ("en", "Sagittal reformat (⟦se 7 im 33|7:33 @sagittal⟧) shows the retropulsed fragment, unchanged from prior "
           "sagittal (⟦se 8 im 30|8:30 P @sagittal⟧)."),
    # --- lists and ranges with prior
    ("de", "Multiple Lebermetastasen (⟦Se 3, Bi 20, 24 und 31|3:20 3:24 3:31⟧), in der VU (⟦Se 4, Bi 18-22|4:18-22 P⟧) "
           "nur eine."),
    ("en", "Numerous lung nodules (⟦series 5, images 80-95|5:80-95⟧), fewer on the prior (⟦series 4, images 77, 90|4:77 4:90 P⟧)."),
    # --- confounders (no citation)
    ("de", "Vergleich mit der Voruntersuchung vom 14.02.2026 und 01.08.2025. Keine Befundänderung."),
    ("de", "Aktuell 14 mm, Vorbefund 12 mm, Baseline 20 mm (Zielläsion 1 von 3)."),
    ("en", "Comparison: CT 3/4/2026, MRI 2/11/2025. Impression: stable disease, 2 of 3 targets smaller."),
    ("en", "Prior 28 mm, now 31 mm: +10.7 %, SD per RECIST 1.1 (threshold 20 %)."),
    ("de", "VU 3/2026: keine Herde. Heute BI-RADS 2, ACR B, Kontrolle in 12 Monaten."),
    ("de", "Verlauf: 08/25 -> 11/25 -> 02/26, Größe 9 -> 12 -> 15 mm, Tumormarker CEA 4,2 -> 8,9 ng/ml."),
    ("en", "Baseline 03/01/2025, nadir 06/05/2025, current 11/30/2025; sum of diameters 64/38/45 mm."),
    ("de", "Vergleich mit den Vorbildern (CT 2/2025, MRT 9/2025) zeigt stabilen Befund, PI-RADS 3, PSA 6,1 ng/ml."),
    ("en", "Outside study from 4/22 reviewed on PACS (2 series, 312 images); no comparison possible for the liver."),
    ("de", "Heute 2 Serien (venös, Spätphase 3 min), VU 1 Serie; DLP 540 mGy*cm, CTDI 8,2 mGy."),
    ("en", "Previous study 5/6 imaging performed at 1.25 mm; today 2.5 mm, 120 kV, 250 mAs."),
    ("de", "Im CT vom 12.3. war noch ein Stent in 6 cm Länge, 8/10 mm Durchmesser einliegend."),
    ("en", "Left ventricle EF 55 % (prior 48 %), LVEDV 160 ml, ratio 1.2/1.0."),
    ("de", "Damals Stadium IIIB (T3 N2 M0), zuvor 2 Zyklen Chemotherapie, Restaging 4/6 Zyklen."),
    ("de", "Vorbefund vom 9.9.25 Herde in Segment 4/8 beschrieben; heute Segmente 2/3 frei."),
    ("en", "Nadir 7 mm on 2/14, BL 15 mm on 10/3; interval 4 months; Lugano Deauville 3."),
    ("de", "VA 1/2026 und 6/2025, heute Zustand nach Hemikolektomie rechts, Anastomose bei 40 cm ab ano."),
    ("en", "Series 3 of 4 prior exams reviewed; image quality 2/5 limited by motion on comparison."),
    # --- more mixed
    ("de", "Neuer Herd im Segment V (⟦Se. 4, Bi. 61|4:61⟧), in den Vorbildern an dieser Stelle keine Läsion."),
    ("en", "The 1.1 cm node at station 7 (⟦S 3 I 70|3:70⟧) was 0.8 cm in December (outside images not loaded)."),
    ("de", "Der subpleurale Herd (⟦S3/B44|3:44⟧) war in der VU bereits vorhanden."),
    ("en", "Right hilar node (⟦4:63|4:63⟧) was already present on the PET-CT of 8/25."),
    ("de", "Zielläsion 3 Leber Segment VI: 19 mm (⟦Se 3 Bi 64|3:64⟧; BL ⟦Se 3 Bi 66|3:66 P⟧ 25 mm)."),
    ("en", "Target 2 (peritoneal implant): current 14 mm (⟦Se 2, Im 91|2:91⟧), baseline 22 mm (⟦Se 2, Im 95|2:95 P⟧), "
           "nadir 14 mm."),
]

_B2: list[tuple[str, str]] = [
    # --- follow-up tables
    ("de", "Verlaufskontrolle Lymphome (Lugano):\nLK-Station | heute | VU 20.10.2025\n"
           "zervikal li IV | 16 x 10 mm ⟦Se 5 Bi 34|5:34⟧ | 22 x 15 mm ⟦Se 6 Bi 30|6:30 P⟧\n"
           "axillär re | 9 mm ⟦Se 5 Bi 121|5:121⟧ | 18 mm ⟦Se 6 Bi 117|6:117 P⟧\n"
           "Milz | 12,8 cm | 15,1 cm"),
    ("en", "MEASUREMENTS (current -> prior)\nRight lobe lesion: 3.1 cm (⟦4/22|4:22⟧) -> 2.6 cm (⟦5/20|5:20 P⟧)\n"
           "Left para-aortic node: 1.4 cm (⟦4/58|4:58⟧) -> 1.0 cm (⟦5/57|5:57 P⟧)\n(series/image)"),
    ("de", "Befund aktuell\tVorbefund\nHerd S6 17 mm (⟦Bild 3/61|3:61⟧)\t12 mm (⟦Bild 5/58|5:58 P⟧)\n"
           "Herd S2 8 mm (⟦Bild 3/30|3:30⟧)\tneu"),
    ("en", "Date        Lesion A            Lesion B\n2026-05-11  18 mm (⟦Se3 Im40|3:40⟧)  9 mm (⟦Se3 Im77|3:77⟧)\n"
           "2026-01-09  24 mm (⟦Se3 Im42|3:42 P⟧)  12 mm (⟦Se3 Im79|3:79 P⟧)\n2025-09-30  29 mm (⟦Se2 Im38|2:38 P⟧)  not seen"),
    ("de", "| Zielläsion | BL 11/2025 | VU 02/2026 | aktuell |\n|---|---|---|---|\n"
           "| 1 Lunge re OL | 28 ⟦(4/90)|4:90 P⟧ | 20 ⟦(4/88)|4:88 P⟧ | 21 mm ⟦(4/91)|4:91⟧ |\n"
           "| 2 LK subkarinal | 19 ⟦(4/140)|4:140 P⟧ | 11 ⟦(4/138)|4:138 P⟧ | 10 mm ⟦(4/141)|4:141⟧ |\n"
           "(Angaben Serie/Bild)"),
    ("en", "RECIST target 1, segment 7 liver: 41 mm today (⟦series 2 image 31|2:31⟧), 52 mm at baseline "
           "(⟦series 2 image 29|2:29 P⟧). Target 2, right adrenal: 20 mm (⟦series 2 image 45|2:45⟧), baseline 26 mm."),
    ("de", "Zielläsion 1: 33 -> 27 -> 24 mm (BL ⟦Se 3 Bi 55|3:55 P⟧, VU ⟦Se 3 Bi 54|3:54 P⟧, heute ⟦Se 3 Bi 56|3:56⟧)."),
    ("en", "Non-target: pleural effusion, prior ⟦S2 I112|2:112 P⟧ small, current ⟦S2 I110|2:110⟧ moderate."),
    # --- prior exam by modality/date
    ("de", "In der Sonografie vom Vortag nicht sicher abgrenzbar; im heutigen CT 2 cm große Kollektion "
           "(⟦Serie 3, Bild 88|3:88⟧)."),
    ("en", "On the PET/CT of 12 March the SUVmax was 9.1 (⟦Se 4 Im 201|4:201 P⟧), now 3.2 (⟦Se 4 Im 199|4:199⟧)."),
    ("de", "Im MRT vom 5. Mai (⟦Serie 1101 Bild 14|1101:14 P⟧) noch intakte Rotatorenmanschette."),
    ("en", "On the radiograph of yesterday the line tip projected over the SVC (⟦image 1|-:1 P⟧); today over the "
           "right atrium."),
    ("de", "Verglichen mit dem CT Abdomen vom 28.02.2026 (dort ⟦Se 2 Bi 70|2:70 P⟧ 4 cm) ist die Pseudozyste auf "
           "6 cm angewachsen (⟦Se 3 Bi 68|3:68⟧)."),
    ("en", "MRI brain of 1/15/26 demonstrated a 4 mm focus (⟦series 10, image 22|10:22 P⟧), now 7 mm "
           "(⟦series 9, image 23|9:23⟧) on post-contrast T1."),
    ("de", "Auf der Thoraxaufnahme vom 3.4. noch kein Infiltrat, im CT heute Konsolidierung (⟦Se 3 Bi 201|3:201⟧)."),
    ("en", "On the mammogram of 2024 (⟦image 2|-:2 P⟧) the calcifications were fewer."),
    # --- plural/abbreviated prior nouns
    ("de", "Vergleich mit VU (⟦S 4/B 122|4:122 P⟧): Herd größenkonstant (aktuell ⟦S 3/B 120|3:120⟧)."),
    ("de", "In den Voruntersuchungen (⟦Se 5 Bi 33|5:33 P⟧ und ⟦Se 6 Bi 35|6:35 P⟧) stets 5 mm."),
    ("de", "Voraufnahme ⟦Bild 12|-:12 P⟧: Stellung regelrecht. Heute Dislokation um Schaftbreite (⟦Bild 3|-:3⟧)."),
    ("de", "VU-Bild ⟦Se 2 Bi 56|2:56 P⟧ zeigt denselben Befund."),
    ("en", "Comparison ⟦(Se 7 Im 91)|7:91 P⟧ demonstrates no such lesion; new today (⟦Se 6 Im 93|6:93⟧)."),
    ("en", "Outside MRI (⟦series 5 image 18|5:18 P⟧) read as a haemangioma; our MRI shows washout (⟦se 1401 im 18|1401:18⟧)."),
    ("en", "Baseline (⟦Se 2, Im 74|2:74 P⟧) 16 mm vs now (⟦Se 2, Im 73|2:73⟧) 7 mm."),
    ("de", "Im Nadir ⟦Se 4, Bi 100|4:100 P⟧ 6 mm, jetzt ⟦Se 4, Bi 101|4:101⟧ 11 mm: Progress."),
    ("en", "Priors: 06/2025 (⟦S4 I60|4:60 P⟧) and 11/2025 (⟦S4 I62|4:62 P⟧); current (⟦S3 I61|3:61⟧)."),
    ("de", "Fremd-CT (⟦Se 602 Bi 40|602:40 P⟧) mit kleinem Aneurysma der A. lienalis."),
    # --- bracket current + prior
    ("de", "Größenprogredienter Lebertumor (⟦Se 3 Bi 44|3:44⟧ / VU ⟦Se 3 Bi 47|3:47 P⟧)."),
    ("de", "Konstante Zyste (VU ⟦Bild 4/12|4:12 P⟧ / heute ⟦Bild 5/13|5:13⟧)."),
    ("en", "Decreasing consolidation (⟦4:130|4:130⟧, prior ⟦5:128|5:128 P⟧)."),
    ("en", "Progressive sclerosis at T11 (previous ⟦Se 602 Im 33|602:33 P⟧; now ⟦Se 601 Im 35|601:35⟧)."),
    ("de", "Neuer Rundherd (⟦Se 4, Bi 71|4:71⟧; an gleicher Stelle in der VU ⟦Se 4, Bi 69|4:69 P⟧ unauffällig)."),
    # --- cue far before
    ("de", "Bei der Voruntersuchung im Februar, die noch vor der Radiochemotherapie und ohne Kontrastmittel "
           "erfolgte, weil die Nierenfunktion eingeschränkt war, maß der Primärtumor 45 mm (⟦Se 3, Bi 112|3:112 P⟧)."),
    ("en", "On the prior examination, performed elsewhere on a 16-slice scanner with 5 mm sections and only "
           "available as key images, the mass measured 4.3 cm (⟦image 12, series 2|2:12 P⟧)."),
    ("de", "Zum Zeitpunkt der Ausgangsuntersuchung, also vor der Resektion und vor der adjuvanten Therapie, "
           "war der LK bereits 12 mm (⟦Serie 5, Bild 63|5:63 P⟧)."),
    # --- previously/damals/zuvor after value
    ("de", "Die Zyste ist 14 mm groß (⟦Se 5 Bi 20|5:20⟧), zuvor 11 mm (⟦Se 6 Bi 19|6:19 P⟧)."),
    ("de", "Restpneumothorax apikal 8 mm (⟦Bild 2|-:2⟧), damals 25 mm (⟦Bild 1|-:1 P⟧)."),
    ("en", "The focus is 9 mm (⟦se 3 im 60|3:60⟧), previously 5 mm (⟦se 4 im 57|4:57 P⟧)."),
    ("en", "Effusion 2 cm, 4 cm previously (⟦Se 5 Im 112|5:112 P⟧), 5 cm at presentation (⟦Se 6 Im 110|6:110 P⟧)."),
    ("de", "Das Hygrom misst 6 mm (⟦Se 2 Bi 18|2:18⟧); damals 9 mm."),
    # --- verb decides
    ("de", "Die Stenose war hochgradig (⟦Se 7 Bi 55|7:55 P⟧) und ist nach Stenting nicht mehr nachweisbar "
           "(⟦Se 6 Bi 56|6:56⟧)."),
    ("en", "The collection was 4 cm (⟦se 3 im 90|3:90 P⟧) and has resolved (⟦se 2 im 91|2:91⟧)."),
    ("en", "A lytic lesion has developed in the left iliac wing (⟦S 3, I 250|3:250⟧)."),
    ("de", "Es hat sich ein Pleuraerguss links entwickelt (⟦Se 3, Bi 200|3:200⟧)."),
    ("en", "The nodule had been 4 mm (⟦series 6 image 51|6:51 P⟧)."),
    # --- current only, mentions earlier exams without citing
    ("de", "Im Vergleich zu den Voraufnahmen unveränderte Lage der Osteosynthese (⟦Bild 2|-:2⟧)."),
    ("en", "Unchanged from prior, a 7 mm nodule (⟦Se 4, Im 33|4:33⟧)."),
    ("en", "As on the previous two studies, there is a 1 cm hypodensity in segment 3 (⟦S:I 2:29|2:29⟧)."),
    ("de", "Wie in der VU beschrieben, unveränderte Aortendissektion Typ B (⟦Se 3, Bi 140|3:140⟧)."),
    ("de", "Die seit der BL neu aufgetretene Läsion (⟦Se 3 Bi 22|3:22⟧) misst 8 mm."),
    ("en", "Since baseline, new liver lesion in segment 6 (⟦Se 2 Im 60|2:60⟧)."),
    ("en", "Interval development of a 3 mm nodule (⟦se 4 im 77|4:77⟧) compared with CT of 4/2/2026."),
    ("de", "Vorbekannte Sklerose (⟦Se 601 Bi 44|601:44 @sagittal⟧ sagittal) unverändert."),
    # --- AT / CH
    ("de", "Lt. Vorbefund vom 12.2. (KH Hietzing) Fraktur LWK 2; heute Sinterung um 30 % (⟦Se 4 Bi 32|4:32⟧), "
           "Vorbefund ⟦Se 5 Bi 30|5:30 P⟧ 10 %."),
    ("de", "Vergleich mit Vorabklärung (CT 10.01.2026, ⟦Serie 3 Bild 140|3:140 P⟧). Heute unverändert (⟦Serie 4 Bild 139|4:139⟧)."),
    ("de", "Im Verlauf zur Vorabklärung vom Dezember zunehmende Raumforderung, damals 2 cm (⟦Ser. 5, Bild 12|5:12 P⟧)."),
    ("de", "Bef.: Befundkonstanz zum Vorbefund, Herd Seg. 4 ⟦S 3 B 47|3:47⟧."),
    # --- speech recognition
    ("en", "Lesion in segment 8 (⟦series 3 image 45|3:45⟧ measures 14 mm, prior 10 mm ⟦series "
           "4 image 43|4:43 P⟧."),
    ("de", "Rundherd Unterlappen links ⟦Serie vier Bild 210|4:210⟧ heute 6 mm Punkt"),
    ("de", "Vorbefund ⟦Serie 5 Bild 10 Schrägstrich 11|5:10 5:11 P⟧ identisch."),
    ("en", "Prior ⟦sees 4 image 33|4:33 P⟧ unchanged."),
    # --- planes + lists
    ("de", "Koronar (⟦Se 5 Bi 40-44|5:40-44 @coronal⟧) Hydronephrose Grad II, in der VU koronar (⟦Se 5 Bi 41|5:41 P @coronal⟧) Grad I."),
    ("en", "Coronal (⟦se 602 im 71|602:71 @coronal⟧) shows the fistula, not seen on the prior coronal (⟦se 603 im 70|603:70 P @coronal⟧)."),
    ("de", "Multiple Rundherde (⟦Se 4 Bi 30, 44, 59|4:30 4:44 4:59⟧); in den Vorbildern (⟦Se 5 Bi 29 und 60|5:29 5:60 P⟧) nur zwei."),
    ("en", "Bilateral adrenal nodules (⟦Se 2 Im 41 and 43|2:41 2:43⟧), both seen on prior (⟦Se 3 Im 40-44|3:40-44 P⟧)."),
    # --- confounders
    ("de", "VU 02/2026 (auswärts), heute 3 Phasen, 100 ml KM, Flow 3 ml/s."),
    ("en", "Compared with prior of 4/5/2026; interval 6 weeks; 3 of 4 lesions smaller."),
    ("de", "Zielläsionen Summe: BL 88 mm, Nadir 51 mm, aktuell 60 mm (+17,6 %)."),
    ("en", "Current 15 mm / prior 12 mm / baseline 21 mm; ratio 0.71."),
    ("de", "Aktuell/Vorbefund: Erguss 2/3 cm, Milz 12/13 cm, Leber 17/17 cm."),
    ("de", "Damals (11/24) EF 40 %, heute 52 %; LVEDVi 90 ml/m2."),
    ("en", "Previous MRI 9/12 (outside), 3 T, 24 sequences; today 1.5 T."),
    ("de", "Vorbilder vom 3.3. und 9.9. (Serien 1-4) digital importiert, 880 Bilder."),
    ("en", "Nadir sum 42 mm on 7/21; PD threshold 50.4 mm (+20 %) and +5 mm absolute."),
    ("de", "In der VU 4 Herde, heute 5 Herde (Segmente 2, 4a, 6, 7, 8)."),
    ("en", "Baseline PSA 14, current 0.2 ng/mL; prior PI-RADS 4, now 2."),
    ("de", "Heute 12:40 Uhr, VU gestern 08:15 Uhr; Hb 9,1 g/dl (zuvor 11,2)."),
    ("en", "BL 11/3: 5 lesions; current: 3 lesions; 2 of 5 resolved."),
    ("de", "Vorbefund (Dr. Huber, 14.7.) BI-RADS 3, heute BI-RADS 2."),
    ("en", "Prior study 3.0 mm slices, 1/2 dose protocol, 80 kV."),
    ("de", "Kontrolle zu 3/2026: Stent 10/60 mm, Restlumen 4/5 mm."),
    ("en", "Previous comparison 2/28/26; T-score -2.6 (prior -2.3), L1-L4."),
    ("de", "Im CT vom 4.2. waren es 3 Metastasen, im MRT vom 5.3. 4."),
    # --- more
    ("de", "Der in der VU (⟦Se 5, Bi 88|5:88 P⟧) 4 mm messende Herd ist aktuell 9 mm (⟦Se 4, Bi 86|4:86⟧)."),
    ("en", "The node (⟦S3 I55|3:55⟧) that measured 6 mm on the CT of 8/8/25 is now 13 mm."),
    ("de", "Die Metastase im Os sacrum (⟦Se 3 Bi 250|3:250⟧) war im Vorbefund noch nicht sichtbar."),
    ("en", "RECIST: Target 3 (L lung) 10 mm today, 10 mm on comparison (⟦Im 66 Se 4|4:66 P⟧)."),
    ("de", "Zielläsion 4 Peritoneum: aktuell nicht messbar; Baseline 15 mm (⟦Serie 3 Bild 170|3:170 P⟧)."),
]

_B3: list[tuple[str, str]] = [
    # --- follow-up tables and arrow layouts
    ("de", "Messungen aktuell (Vorbefund):\n- Prostatakarzinom-Rezidiv Anastomose: 11 mm ⟦Se 8 Bi 14|8:14⟧ (7 mm ⟦Se 9 Bi 13|9:13 P⟧)\n"
           "- LK obturatorisch re: 9 mm ⟦Se 8 Bi 22|8:22⟧ (6 mm ⟦Se 9 Bi 21|9:21 P⟧)"),
    ("en", "Follow-up table (mm; se/im):\nsite          | today        | 3 months ago\nL4 body       | 22 (⟦601/40|601:40⟧) | 22 (⟦602/39|602:39 P⟧)\n"
           "R acetabulum  | 15 (⟦601/88|601:88⟧) | 9 (⟦602/86|602:86 P⟧)"),
    ("de", "Leber S4b: 26 mm ⟦Se 3 Bi 33|3:33⟧ → VU 30 mm ⟦Se 4 Bi 31|4:31 P⟧ → BL 38 mm ⟦Se 2 Bi 30|2:30 P⟧."),
    ("en", "Lesion 1: baseline 19 mm ⟦S2/I70|2:70 P⟧ → nadir 10 mm ⟦S2/I71|2:71 P⟧ → now 15 mm ⟦S2/I69|2:69⟧ (PD by +5 mm)."),
    ("de", "Tabelle Zielläsionen\nNr.\tOrgan\tBL (08.25)\takt.\n1\tLeber\t31 mm ⟦Se4/Bi50|4:50 P⟧\t18 mm ⟦Se3/Bi48|3:48⟧\n"
           "2\tPankreasschwanz\t24 mm ⟦Se4/Bi61|4:61 P⟧\t24 mm ⟦Se3/Bi60|3:60⟧"),
    ("en", "+----------+--------------------+---------------------+\n| Node     | 06/2026            | 01/2026 (prior)     |\n"
           "| R iliac  | 14 mm [⟦Se 5 Im 120|5:120⟧] | 21 mm [⟦Se 5 Im 118|5:118 P⟧] |\n"
           "| L iliac  | 8 mm [⟦Se 5 Im 124|5:124⟧]  | 8 mm [⟦Se 5 Im 121|5:121 P⟧]  |"),
    ("de", "Heute / VU / BL:\nZL1 12 / 14 / 23 mm (⟦S 4 B 80|4:80⟧ / ⟦S 5 B 77|5:77 P⟧ / ⟦S 3 B 79|3:79 P⟧)"),
    # --- prior exams by modality and date
    ("de", "Im MRT der LWS vom 10. Jänner (⟦Se 3 Bi 9|3:9 P @sagittal⟧ sagittal) Bandscheibenvorfall L4/5, aktuell "
           "regredient (⟦Se 2 Bi 9|2:9 @sagittal⟧ sagittal)."),
    ("en", "The CT of 14 April (⟦S 4, Im 88|4:88 P⟧) showed a 2 cm pancreatic head mass; today 2.6 cm (⟦S 3, Im 85|3:85⟧)."),
    ("de", "Gegenüber der Angio-CT vom 19.05. (⟦Se 5, Bi 202|5:202 P⟧) Endoleak Typ II weiterhin nachweisbar "
           "(⟦Se 6, Bi 206|6:206⟧)."),
    ("en", "On the CT abdomen dated 3rd January the kidney stone was 6 mm (⟦Se 2 Im 51|2:51 P⟧); it has now passed."),
    ("de", "Im Ultraschall vom Vormonat 8 mm, im heutigen MRT 10 mm (⟦Se 9 Bi 18|9:18⟧)."),
    ("en", "On the March MRCP (⟦series 5 image 22|5:22 P⟧) the CBD measured 9 mm; today 6 mm (⟦series 5 image 24|5:24⟧)."),
    ("de", "Im PET-CT auswärts (Uniklinik Zürich, 11/2025) SUVmax 12 (⟦Se 3 Bi 112|3:112 P⟧)."),
    # --- plural/abbreviated prior nouns
    ("de", "VU (⟦Ser. 3 / Bild 55|3:55 P⟧): Herd 4 mm. Aktuell (⟦Ser. 2 / Bild 57|2:57⟧): Herd 4 mm."),
    ("de", "In den VA (⟦Bild 2|-:2 P⟧) noch keine Lockerung des Schaftes."),
    ("de", "Voruntersuchungen: ⟦Se 5 Bi 60|5:60 P⟧ (10/25), ⟦Se 5 Bi 62|5:62 P⟧ (01/26)."),
    ("de", "Vorbilder zum Vergleich: ⟦S 6, B 140|6:140 P⟧ Befund identisch."),
    ("en", "Compare with ⟦se 3 im 77|3:77 P⟧ on the previous study."),
    ("en", "Comparison (⟦Series 2 Image 100|2:100 P⟧): no effusion then."),
    ("en", "Outside CT (Mercy, 7/2025): the lesion ⟦(se 2 im 41)|2:41 P⟧ was 1.0 cm."),
    ("en", "BL ⟦se 4 im 60|4:60 P⟧ 21 mm; nadir ⟦se 4 im 62|4:62 P⟧ 12 mm; today ⟦se 4 im 61|4:61⟧ 12 mm."),
    ("de", "Fremdaufnahmen (⟦Se 1 Bi 15|1:15 P⟧) mit vorbestehender Fraktur."),
    # --- brackets with current + prior
    ("de", "Neue Lymphangiosis (⟦Se 4 Bi 120|4:120⟧, VU ⟦Se 4 Bi 118|4:118 P⟧ unauffällig)."),
    ("de", "Zunehmende Dilatation (VA ⟦Bild 3/40|3:40 P⟧ 4 cm; aktuell ⟦Bild 3/42|3:42⟧ 5,5 cm)."),
    ("en", "Larger mass (⟦Se 2 Im 55|2:55⟧; vs. ⟦Se 3 Im 52|3:52 P⟧ on prior)."),
    ("en", "Enlarging node (prior ⟦se 3 im 40|3:40 P⟧ vs current ⟦se 2 im 41|2:41⟧)."),
    ("de", "Rückläufiger Erguss (aktuell ⟦Se 2 Bi 90|2:90⟧ 1 cm, damals ⟦Se 2 Bi 88|2:88 P⟧ 3 cm)."),
    # --- cue far before
    ("de", "In der Voruntersuchung vom letzten Herbst, die wegen der damaligen Dyspnoe nur in Exspiration und ohne "
           "Kontrastmittel angefertigt werden konnte, zeigte sich der Herd im Mittellappen mit 8 mm "
           "(⟦Serie 2, Bild 92|2:92 P⟧)."),
    ("en", "At the time of the initial staging scan, before three cycles of FOLFOX and the subsequent liver "
           "resection, the segment 2 lesion measured 33 mm (⟦series 3, image 18|3:18 P⟧)."),
    ("de", "Vor der Operation, also in der Untersuchung aus dem Spital Thun, bei der auch die Nebenniere "
           "beurteilt wurde, war der Knoten 2,5 cm (⟦Se 501, Bi 60|501:60 P⟧)."),
    # --- value then previously
    ("de", "Die Kaverne misst 3 cm (⟦Se 4 Bi 77|4:77⟧), zuvor 4 cm."),
    ("de", "Hämatom 12 mm breit, damals 18 mm (⟦Se 2, Bi 28|2:28 P⟧)."),
    ("en", "The disc extrusion measures 5 mm (⟦se 3 im 8|3:8 @sagittal⟧ sag), 8 mm previously (⟦se 4 im 8|4:8 P @sagittal⟧ sag)."),
    ("en", "Now 4 mm (⟦4:71|4:71⟧), previously 4 mm (⟦5:70|5:70 P⟧), unchanged for 2 years."),
    # --- verb decides
    ("de", "Die Dissektion war auf die Aorta descendens beschränkt (⟦Se 5 Bi 140|5:140 P⟧) und reicht jetzt bis "
           "in die A. iliaca communis (⟦Se 4 Bi 260|4:260⟧)."),
    ("en", "The lesion was hypervascular (⟦S 1101 I 30|1101:30 P⟧) and is now necrotic (⟦S 1001 I 31|1001:31⟧)."),
    ("en", "A right pneumothorax has developed (⟦se 2 im 30|2:30⟧)."),
    ("de", "Der Thrombus war damals okklusiv (⟦Se 6 Bi 99|6:99 P⟧)."),
    ("en", "The tumour had involved the sigmoid (⟦S 3 I 180|3:180 P⟧); no residual tumour is seen (⟦S 3 I 178|3:178⟧)."),
    # --- current only mentioning earlier exams
    ("de", "Im Vergleich zu den Vorbildern neu: Osteolyse im Femurschaft rechts (⟦Se 3, Bi 401|3:401⟧)."),
    ("en", "Compared with prior CTs dating back to 2021, the ground glass nodule (⟦se 4 im 140|4:140⟧) is unchanged."),
    ("de", "Die bereits in der VA beschriebene Verkalkung (⟦Se 2 Bi 12|2:12⟧) ist unverändert."),
    ("en", "Interval increase in the size of the mass (⟦se 2 im 77|2:77⟧), now 5 cm."),
    ("de", "Unverändert zu den Vorbefunden Zyste im Pankreasschwanz (⟦Se 5 Bi 55|5:55⟧)."),
    ("en", "No change since the outside study: 3 mm nodule (⟦Se 6 Im 61|6:61⟧)."),
    ("de", "Verglichen mit der MRT vom 5.2. keine neue Läsion; bekannte Läsion frontal (⟦Se 7 Bi 40|7:40 @axial⟧ axial) 5 mm."),
    # --- AT / CH / UK / US habits
    ("de", "Befundkonstanz zum Vorbefund vom 12.3. (LKH Graz): Rundherd S10 ⟦(Se.4/Bi.205)|4:205⟧ 6 mm."),
    ("de", "Vorbefund Sept. 2025: ⟦Se. 3 Bi. 88|3:88 P⟧, 11 mm; heute ⟦Se. 3 Bi. 87|3:87⟧ 9 mm."),
    ("de", "Vgl. Vorabklärung (⟦Serie 6 Bild 30|6:30 P⟧)."),
    ("en", "Comparison: CT 02/02/2026 (Royal Infirmary). Mass ⟦(series 4, image 51)|4:51⟧ 3.3 cm, was 2.9 cm "
           "(⟦series 201, image 49|201:49 P⟧)."),
    ("en", "Findings: RUL nodule (⟦4:88|4:88⟧) 7 mm, previously 5 mm (⟦3:86|3:86 P⟧). LUL (⟦4:120|4:120⟧) unchanged."),
    # --- speech recognition
    ("de", "Neu ein Herd Segment 7 Klammer ⟦Serie 3 Bild 22|3:22⟧ Klammer zu"),
    ("en", "Prior study series to image 40 (⟦series 2 image 40|2:40 P⟧) comma unchanged."),
    ("de", "VU Se vier Bi 33 ⟦Se vier Bi 33|4:33 P⟧ 8 mm."),
    ("en", "Nodule ⟦series 5 image 1 20|5:120⟧ new."),
    # --- lists/ranges with prior
    ("de", "Mehrere Herde (⟦Se 3 Bi 10-14|3:10-14⟧), in den VU (⟦Se 3 Bi 9, 13|3:9 3:13 P⟧) kleiner."),
    ("en", "Nodes (⟦Se 2 Im 33, 38, 40|2:33 2:38 2:40⟧), all smaller on baseline (⟦Se 2 Im 30-41|2:30-41 P⟧)."),
    # --- confounders
    ("de", "VU/heute: 14/12 mm; VA 2/2025; RECIST 1.1, -14 %."),
    ("en", "Prior 4/22, now 6/22; interval 2 months; sum 30 → 26 mm."),
    ("de", "Vorbefund 9/25: Segment VI/VII, heute Segment VII; Ki-67 20 %."),
    ("en", "Baseline 5/4, nadir 8/11, current 2/3 (dd/mm)."),
    ("de", "Damals 3 Serien à 1 mm, heute 2 Serien à 0,6 mm (Serie 1 von 2)."),
    ("en", "Comparison: none. Prior outside CT (1/2025) not available."),
    ("de", "Aktuell 3/5 Kriterien erfüllt, VU 2/5; Score 12 (zuvor 8)."),
    ("en", "Previously 7.5 cm, now 7.9 cm; growth 0.4 cm/yr; aortic diameter threshold 5.5 cm (women 5.0)."),
    ("de", "Verlauf zu 11/2024, 05/2025 und 01/2026; DLP 320/350/330 mGy*cm."),
    ("en", "Nadir, 2/12/26: 3 lesions, 41 mm; current: 4 lesions, 58 mm."),
    ("de", "Im CT vom 3.4. war die Dosis 4,1 mSv, heute 3,2 mSv (Serie 2 Phase venös)."),
    ("en", "Outside study 12/8, image count 412, slice 1 mm; report only."),
    ("de", "BL 20 mm, VU 18 mm, aktuell 18 mm: SD; nächste Kontrolle in 3 Monaten (Zyklus 6/8)."),
    ("en", "Series of three priors (2023, 2024, 2025) show stable L1 height 24/26 mm."),
    ("de", "Voraufnahmen 2 Ebenen, heute 3 Ebenen; Winkel 12° (zuvor 18°)."),
    ("en", "Previous study score 4/5, today 3/5 (Lung-RADS 2)."),
    ("de", "In der VU war Bild 3 von 4 verwackelt."),
    ("en", "Prior: 1.2 x 0.8 cm, current 1.4 x 0.9 cm, at 6 o'clock 3 cm FN."),
    # --- ambiguous left unmarked (see docstring)
    ("de", "Herd unverändert (44/3)."),
    ("en", "Similar to before (see 2/14)."),
    # --- more mixed
    ("de", "Der Knoten in Segment VIII (⟦Se 3, Bi 30|3:30⟧) ist im Vergleich zum CT vom 7.1. (dort ⟦Se 5, Bi 28|5:28 P⟧) "
           "um 4 mm gewachsen."),
    ("en", "The effusion (⟦Se 2 Im 150|2:150⟧) was small on the prior and is now moderate."),
    ("de", "Die Läsion (⟦Bild 4/20|4:20⟧), die in den Voraufnahmen nur angedeutet war, ist jetzt eindeutig."),
    ("en", "Target 4 (L kidney): 25 mm (⟦se 3 im 70|3:70⟧); 30 mm at BL; 24 mm at nadir (⟦se 3 im 72|3:72 P⟧)."),
    ("en", "Impression: 1. Progression in segment 6 (current ⟦Se 3 Im 61|3:61⟧, prior ⟦Se 4 Im 58|4:58 P⟧). "
           "2. Stable lung nodules (⟦Se 5 Im 40|5:40⟧)."),
    ("de", "Beurteilung: Regredienz der Lebermetastasen (heute ⟦Se 3 Bi 45|3:45⟧ 15 mm; in der VU vom 04.03. "
           "⟦Se 3 Bi 47|3:47 P⟧ 22 mm)."),
    ("de", "Der LK (⟦Se 4 Bi 66|4:66⟧) hat sich seit der VU zurückgebildet."),
    ("de", "ZL 5 Milz: akt. 10 mm ⟦S3 B50|3:50⟧, VU 10 mm ⟦S3 B49|3:49 P⟧, BL 14 mm ⟦S3 B52|3:52 P⟧."),
]

BATCH1: list[Excerpt] = [parse(lang, text) for lang, text in _B1]
BATCH2: list[Excerpt] = [parse(lang, text) for lang, text in _B2]
BATCH3: list[Excerpt] = [parse(lang, text) for lang, text in _B3]
