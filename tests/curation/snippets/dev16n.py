"""DEV / training set for issue 16, round 22b (engineer refs-r22b): mammography/tomosynthesis view slices, rarer
citation forms, and number look-alikes.

Written from the round-22b brief's class descriptions of two clean blind sets' misses (classes only), before this
engineer read the miner's grammar, candidate, measured-pair, withdrawn or spoken code, and without opening any held-out
set (no tests/heldout* file was read). Markup is dev16c's: `⟦visible citation|spec⟧` with `S:I` / `S:I-J` items, `P`
for a prior or outside study; no snippets. DE/AT/CH/UK/US habits. Each class is written as its mechanism: every word
order, in and out of brackets, running text and tables, with look-alikes that must stay as they are.

Classes:
- BATCH1, a mammography or tomosynthesis VIEW slice (RCC/LCC/RMLO/LMLO/CC/MLO/ML/LM/XCCL, "Schicht", "slice",
  "Bild", "Ebene"): no series is written, so the series is `-`, even when an MR or CT series was cited earlier in the
  same report; the study is the clause's (a tomosynthesis of another date, "Voraufnahme", "prior tomo" → P).
  Look-alikes: view names without a slice ("RCC and LMLO views"), "2 Ebenen", slice thickness, BI-RADS, ACR.
- BATCH2, rarer forms: image first with "Nr." and a slash to the series ("(T2 Bild Nr. 14/Serie 6)"); a plural image
  word with a comma list without spaces ("Bilder 12,15,19"); an image-only hash "im# n" after a full "se n im# m"
  citation in the same sentence (the series carries); a lone compact pair "(a:b)" after a dose or unit value
  sentence; speech-recognition homophones for a series or image digit next to the word ("series for" = 4, "to/too" =
  2, "won" = 1, "ate" = 8); upper-case "IMG n SER m" (image before series). Look-alikes: "for"/"to" as prepositions
  between a series word and a number ("series to follow", "image for comparison"), dose ratios, times.
- BATCH3, false-hit look-alikes: a sentence about a corrected or withdrawn image reference ("the image number in the
  original report", "Korrektur: die im Vorbefund genannte Bildnummer"), percentage ranges ("70-79% Stenose",
  "50–69 %"), date-like fractions ("Kontrolle 3/26", "seit 11/24", "(12/2025)"), next to a real citation that must
  stay.

Labelling decisions (as dev16j/dev16y): S is the series the citation points into (written, else carried over in the
same bracket, list or clause); `-` where no series can be known (every mammography view slice). P marks a citation
into a previous or outside study.

Measured once on the unchanged miner (branch refs-r22b at 5922b6a, `include_prior=True`, the model scorer),
aggregate only:
- BATCH1 (19 excerpts, 31 refs, 4 prior, 3 confounder-only): tp=23 fp=6 fn=8 P 0.793 R 0.742.
- BATCH2 (21 excerpts, 29 refs, 0 prior, 3 confounder-only): tp=19 fp=4 fn=10 P 0.826 R 0.655.
- BATCH3 (10 excerpts, 6 refs, 0 prior, 4 confounder-only): tp=6 fp=1 fn=0 P 0.857 R 1.000.
- all three (50 excerpts, 66 refs, 4 prior, 10 confounder-only): tp=48 fp=11 fn=18 P 0.814 R 0.727.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3"]


BATCH1: list[Excerpt] = [
    # view then slice word, two views joined by "and"/"und"
    parse("en", "Tomosynthesis: 9 mm irregular mass in the upper outer right breast (⟦RCC slice 31|-:31⟧ and "
                "⟦RMLO slice 44|-:44⟧)."),
    parse("de", "Tomosynthese: spikulierte Verdichtung links oben außen, ⟦LCC Schicht 22|-:22⟧ und ⟦LMLO Schicht 37|"
                "-:37⟧, BI-RADS 4."),
    parse("de", "Architekturstörung rechts zentral (⟦in RMLO Schicht 18|-:18⟧), in CC nicht sicher abgrenzbar."),
    # an MR series cited earlier in the same report must not lend its series
    parse("de", "MRT Mamma: KM-aufnehmender Herd links (⟦Serie 7, Bild 66|7:66⟧). Korrelat in der Tomosynthese "
                "⟦in LCC Schicht 29|-:29⟧ und ⟦LMLO Schicht 41|-:41⟧."),
    parse("en", "Breast MRI: 11 mm enhancing mass at 2 o'clock (⟦series 12 image 88|12:88⟧). On tomosynthesis it "
                "corresponds to a distortion (⟦LCC slice 25|-:25⟧, ⟦LMLO slice 33|-:33⟧)."),
    parse("en", "CT chest incidentally noted a breast nodule (⟦Se 3 Im 54|3:54⟧). Diagnostic mammogram: oval "
                "circumscribed mass, ⟦XCCL slice 19|-:19⟧."),
    # slice word first, view after; view alone
    parse("en", "Grouped calcifications on ⟦slice 27 of the LMLO|-:27⟧ and ⟦slice 21 of the LCC|-:21⟧."),
    parse("de", "Mikrokalk gruppiert (⟦Schicht 14 im CC|-:14⟧), im ML nicht sicher."),
    parse("en", "Focal asymmetry (⟦ML slice 12|-:12⟧; ⟦CC slice 9|-:9⟧)."),
    parse("de", "Rundherd 7 mm (⟦MLO Ebene 35|-:35⟧)."),
    parse("de", "Herdbefund rechts, ⟦RCC Bild 40|-:40⟧, ⟦RMLO Bild 52|-:52⟧."),
    # the study follows the clause: a tomosynthesis of another date is prior
    parse("de", "Die Verdichtung ist größenkonstant, aktuell ⟦RCC Schicht 30|-:30⟧, in der Tomosynthese vom 03.04.2024 "
                "⟦RCC Schicht 28|-:28 P⟧."),
    parse("en", "Stable mass: current ⟦LMLO slice 40|-:40⟧; on the prior tomosynthesis of 06/2024 ⟦LMLO slice 38|"
                "-:38 P⟧."),
    parse("de", "Neu aufgetretener Mikrokalk (⟦LCC Schicht 17|-:17⟧), in der Voraufnahme (⟦LCC Schicht 16|-:16 P⟧) "
                "nicht vorhanden."),
    parse("en", "Mass (⟦RMLO slice 33|-:33⟧), previously ⟦RMLO slice 35|-:35 P⟧ on the 2023 tomosynthesis."),
    # table
    parse("en", "| Finding | View | Slice |\n|---|---|---|\n| Mass | ⟦RCC slice 24|-:24⟧ | |\n"
                "| Calcifications | ⟦LMLO slice 50|-:50⟧ | |"),
    # look-alikes
    parse("en", "Standard RCC, LCC, RMLO and LMLO views were obtained. ACR density C. BI-RADS 2."),
    parse("de", "Mammographie in 2 Ebenen (CC und MLO) beidseits, Schichtdicke 1 mm, ACR B, BI-RADS 1."),
    parse("en", "Tomosynthesis with 1 mm slices in CC and MLO projections; 3 views per side."),
]

BATCH2: list[Excerpt] = [
    # image first with "Nr." and a slash to the series
    parse("de", "Diffusionsrestriktion frontal links (⟦DWI Bild Nr. 23/Serie 9|9:23⟧)."),
    parse("de", "Signalalteration im Hippocampus (⟦FLAIR cor Bild Nr. 17 / Serie 5|5:17⟧)."),
    parse("de", "Herd (⟦T1 KM Bild-Nr. 48/Serie 11|11:48⟧) und Ödem (⟦T2 Bild Nr. 45/Serie 4|4:45⟧)."),
    # plural image word, comma list without spaces
    parse("de", "Mehrere Läsionen (⟦T2 Serie 6 Bilder 12,15,19|6:12 6:15 6:19⟧)."),
    parse("en", "Several nodules (⟦axial series 3 images 40,52,61|3:40 3:52 3:61⟧)."),
    parse("de", "Zysten (⟦Serie 4 Bilder 8,9|4:8 4:9⟧) beidseits."),
    # image-only hash after a full hash citation in the same sentence
    parse("en", "Nodules at ⟦se 5 im# 40|5:40⟧, ⟦im# 56|5:56⟧ and (⟦im# 71|5:71⟧)."),
    parse("en", "Lesions ⟦se 3 im# 22|3:22⟧ and ⟦se 4 im# 90|4:90⟧, plus a smaller one (⟦im# 95|4:95⟧)."),
    # a lone compact pair after a dose or unit sentence
    parse("en", "CTDIvol 9.8 mGy, DLP 412 mGy*cm. Hypodense liver lesion (⟦3:47|3:47⟧)."),
    parse("de", "CTDIvol 6,1 mGy. Rundherd im Unterlappen rechts (⟦4:112|4:112⟧)."),
    parse("en", "Contrast 80 ml at 3 ml/s. Small renal cyst (⟦5:66|5:66⟧)."),
    # speech-recognition homophones next to a series or image word
    parse("en", "Nodule in the lingula, ⟦series for image 123|4:123⟧."),
    parse("en", "Small lesion ⟦series to image 45|2:45⟧, unchanged."),
    parse("en", "Lytic focus on ⟦series won image 88|1:88⟧."),
    parse("en", "Hypodensity at ⟦series ate image 31|8:31⟧."),
    parse("en", "Node measures 9 mm (⟦series 3 image for|3:4⟧)."),
    # upper-case image before series
    parse("en", "Pulmonary nodule (⟦IMG 77 SER 4|4:77⟧)."),
    parse("en", "Mass at ⟦IMG 130 SER 2|2:130⟧ and ⟦IMG 141 SER 2|2:141⟧."),
    # look-alikes: prepositions after a series word, doses, times
    parse("en", "Additional series to follow. Image for comparison was not available."),
    parse("en", "Reconstructions: series for bone and soft tissue were sent to PACS."),
    parse("de", "CTDIvol 12 mGy, Kontrastmittel 1:1 verdünnt, Untersuchung 10:45 Uhr."),
]

BATCH3: list[Excerpt] = [
    # corrected / withdrawn references
    parse("en", "Addendum: the image reference in the original report (series 4 image 60) was incorrect; the nodule "
                "is on ⟦series 4 image 66|4:66⟧."),
    parse("de", "Korrektur: Die im Vorbefund genannte Bildangabe (Serie 3, Bild 12) ist falsch, gemeint ist "
                "⟦Serie 3, Bild 21|3:21⟧."),
    parse("en", "Correction: the previously stated series 5 image 100 should read ⟦series 6 image 100|6:100⟧."),
    parse("de", "Berichtigung: Statt Bild 44 muss es ⟦Bild 47|-:47⟧ heißen."),
    # percentage ranges
    parse("en", "Right ICA stenosis 70-79% (NASCET). Left ICA 50–69%."),
    parse("de", "Abgangsstenose der ACI links 70-79 %, rechts < 50 %. Plaque (⟦Serie 4, Bild 120|4:120⟧)."),
    parse("de", "Stenosegrad 60–69% nach NASCET, Flussbeschleunigung 2/3 der Länge."),
    # date-like fractions
    parse("de", "Kontrolle in 3/26 empfohlen. Bekannt seit 11/24."),
    parse("en", "Last imaging 12/2025; follow-up 6/26. Nodule (⟦se 2 im 33|2:33⟧)."),
    parse("de", "Zustand nach OP 4/23 (CH), Kontrolle 10/25 unauffällig."),
]
