"""DEV / training set for issue 16, round 28b (engineer refs-r28b): HTML-escaped exports, non-native English and
Italian-style citations, uncorrected dictation with spelled numbers, series-less images (other study parts, planar
and ultrasound images, "von N" slices, phase labels), image-only bullets under a series heading, semicolon compacts
with labelled reformats, DSA runs as series, labelled series declared in a preamble; false hits on vertebral levels
with a slash and on image words before time points.

Written from the round-28b brief's class descriptions of two retired blind sets' errors (refs AA and AC; no text of
them was opened), before this engineer read the miner's code, and without opening any held-out set. Markup is
dev16c's: `⟦visible citation|spec⟧` with `S:I` / `S:I-J` items, `-` for no series, `P` for a prior study; no
snippets. DE/AT/CH/UK/US habits; look-alikes that must stay as they are in each batch.

Labelling decisions (as dev16ab): S is the series the citation points into (written, else carried over in the same
bracket, list, clause, heading or paragraph); `-` where no series can be known (a single-volume CBCT/DVT slice, an
ultrasound, fluoroscopy or planar image, an image under a heading of another study part).

Measured once on the unchanged miner (branch refs-r28b at efe4f61, `include_prior=True`, the model scorer),
aggregate only:
- BATCH1 HTML entities (12 excerpts, 13 refs, 2 confounder-only): tp=0 fp=0 fn=13.
- BATCH2 non-native / Italian (12 excerpts, 14 refs, 2 confounder-only): tp=5 fp=0 fn=9.
- BATCH3 dictation, spelled numbers (13 excerpts, 10 refs, 3 confounder-only): tp=7 fp=0 fn=3.
- BATCH4 series-less images (14 excerpts, 20 refs, 1 confounder-only): tp=12 fp=5 fn=8.
- BATCH5 image-only bullets (8 excerpts, 15 refs, 1 prior, 1 confounder-only): tp=8 fp=0 fn=7.
- BATCH6 semicolon compacts (8 excerpts, 13 refs, 2 confounder-only): tp=13 fp=0 fn=0.
- BATCH7 DSA runs (8 excerpts, 6 refs, 2 confounder-only): tp=0 fp=5 fn=6.
- BATCH8 preamble series labels (6 excerpts, 10 refs): tp=5 fp=5 fn=5.
- BATCH9 vertebral levels (8 excerpts, 7 refs, 1 confounder-only): tp=6 fp=1 fn=1.
- BATCH10 time points (6 excerpts, 2 refs, 4 confounder-only): tp=2 fp=5 fn=0.
- all ten (95 excerpts, 110 refs, 1 prior, 18 confounder-only): tp=58 fp=21 fn=52 P 0.734 R 0.527.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4", "BATCH5", "BATCH6", "BATCH7", "BATCH8", "BATCH9", "BATCH10"]

# HTML-escaped exports: entities read as their characters, offsets into the text as given.
BATCH1: list[Excerpt] = [
    parse("de", "<p>Rundherd im Oberlappen links (⟦Serie&nbsp;4, Bild&nbsp;87|4:87⟧), 7&nbsp;mm.</p>"),
    parse("de", "Lebermetastase Segment 7 (⟦Se&#160;6&#160;Bi&#160;44|6:44⟧).<br>Milz unauffällig."),
    parse(
        "de",
        "&bull; Lymphknoten paraaortal (⟦Se&#160;3 Bi&#160;71&#8211;75|3:71-75⟧)<br>&bull; Nebenniere "
        "links (⟦Se&#160;3 Bi&#160;80|3:80⟧)",
    ),
    parse("en", "<p>Right hilar node (⟦se&nbsp;5&nbsp;im&nbsp;112&ndash;118|5:112-118⟧).</p>"),
    parse("de", "Zwei Herde im Segment 4 (⟦Bild&nbsp;61&nbsp;&amp;&nbsp;64|-:61 -:64⟧)."),
    parse("en", "&#9679; Left adrenal nodule (⟦Series&nbsp;2, Image&nbsp;140|2:140⟧)<br>&#9679; No ascites."),
    parse("de", "<br>Osteolyse BWK 9 (⟦Serie&#160;7, Bild&#160;33|7:33⟧).<br>"),
    parse("en", "Subpleural nodule (⟦Se&nbsp;4&nbsp;Im&nbsp;52 &amp; 58|4:52 4:58⟧)."),
    parse("de", "<p>Hypodense Läsion (⟦Serie&#x20;5 Bild&#x20;19|5:19⟧)</p>"),
    parse("en", "Hepatic cyst (⟦Se&nbsp;8, Im&nbsp;23&ndash;27|8:23-27⟧), unchanged."),
    # look-alikes: sizes, counts and dates with entities
    parse("de", "<p>Zyste 12&#160;mm, 3&nbsp;Herde, Kontrolle in 6&nbsp;Monaten.</p><br>&bull; 04.11.2026"),
    parse("en", "Nodule 4&#160;x&#160;3&nbsp;mm; 2&nbsp;cysts; &lt;5&nbsp;mm &amp; stable."),
]

# Non-native English and Italian-style citations.
BATCH2: list[Excerpt] = [
    parse("en", "Hyperintense lesion seen on T2 ⟦Serie 6 Picture 14|6:14⟧ and ADC ⟦Serie 11 Picture 14|11:14⟧."),
    parse("en", "Multiple nodules in the right lung (⟦Picture 20 till 26|-:20-26⟧)."),
    parse("en", "Effusion visible in ⟦Pictures 55 until 61|-:55-61⟧."),
    parse("en", "Small lesion at the ⟦image n. 88 of the series 4|4:88⟧."),
    parse("en", "Enlarged node (⟦series 2, img. n. 73 and 79|2:73 2:79⟧)."),
    parse("en", "Arterial phase ⟦Series 701 Bild 40|701:40⟧ resp. portal venous ⟦Series 801 Picture 41|801:41⟧."),
    parse("en", "Pancreatic cyst (⟦Ser. 5 / Imm. 122 e Imm. 126|5:122 5:126⟧)."),
    parse("en", "Pleural thickening (⟦Ser. 3 / Imm. 40-48|3:40-48⟧)."),
    parse("de", "Läsion im Segment 8 (⟦Ser. 7 / Imm. 33|7:33⟧)."),
    parse("en", "Bone island in the iliac wing, ⟦picture n. 140 of series 9|9:140⟧."),
    # look-alikes: "picture" as a word, "till" / "until" in time, "e" in Italian prose
    parse("en", "The clinical picture is unchanged till today; follow up until 12 months."),
    parse("en", "Overall picture 3 months after therapy: stable disease, series of 4 cycles."),
]

# Uncorrected dictation with spelled numbers.
BATCH3: list[Excerpt] = [
    parse("de", "Rundherd im Unterlappen rechts Klammer auf ⟦Serie vier Bild siebenundzwanzig|4:27⟧ Klammer zu."),
    parse("de", "Periapikale Aufhellung Zahn 36 Klammer auf ⟦Schnitt dreiundfünfzig|-:53⟧ Klammer zu."),
    parse("de", "Zyste im Unterkiefer ⟦Schnitt vierzig bis sechsundvierzig|-:40-46⟧, DVT."),
    parse("en", "Nodule in the left upper lobe ⟦series three image nineteen|3:19⟧."),
    parse("en", "Hypodense lesion open bracket ⟦image forty two|-:42⟧ close bracket."),
    parse("en", "Node ⟦series five image sixty-one|5:61⟧ measuring 12 mm."),
    parse("de", "Klammer auf ⟦Serie sieben Bild zweihundertzwölf|7:212⟧ Klammer zu Lymphknoten."),
    parse("de", "Läsion ⟦Serie drei Bild achtundachtzig|3:88⟧ Punkt Keine weiteren Herde."),
    parse("de", "Retention im Sinus maxillaris Klammer auf ⟦Schnitt hundertzwanzig|-:120⟧ Klammer zu."),
    parse("en", "Cyst open bracket ⟦series two image thirty one|2:31⟧ close bracket."),
    # look-alikes: spelled counts without a series/image word
    parse("de", "Zwei Zysten in der Leber, drei kleine Lymphknoten, Beistrich keine Aszites."),
    parse("en", "Two cysts and three nodes, one of them eleven millimetres, comma no ascites."),
    parse("de", "Klammer auf zwei Herde Klammer zu, Zustand nach fünf Zyklen."),
]

# Series-less images: another study part's heading, ultrasound/planar images, "von N" slices, phase labels.
BATCH4: list[Excerpt] = [
    parse(
        "en",
        "CT LUMBAR SPINE: Disc protrusion L4-5 (⟦Se 3 Im 44|3:44⟧).\nFLUOROSCOPIC MYELOGRAM: Contrast "
        "flows freely, nerve root cut-off on the left (⟦image 12|-:12⟧).",
    ),
    parse(
        "de",
        "CT Abdomen: Leberläsion (⟦Serie 5, Bild 60|5:60⟧).\nSonographie: Korrespondierende echoarme "
        "Läsion (⟦Bild 4|-:4⟧).",
    ),
    parse("de", "CT Thorax: Rippenfraktur (⟦Serie 3, Bild 70|3:70⟧).\nRöntgen: Kein Pneumothorax (⟦Bild 2|-:2⟧)."),
    parse("de", "Speicherherd im Os ilium (⟦SPECT/CT Serie 4, Bild 52|4:52⟧, ⟦Sono-Bild 9|-:9⟧)."),
    parse("en", "Complex cyst (⟦Se 6 Im 30|6:30⟧; ⟦US image 14|-:14⟧)."),
    parse("en", "Hypoechoic lesion on ultrasound (⟦Clip 3|-:3⟧), corresponding CT (⟦Se 2 Im 55|2:55⟧)."),
    parse("de", "Mehrspeicherung im Kniegelenk (⟦Bild 3 der planaren Serie|-:3⟧)."),
    parse("en", "Focal uptake in the rib (⟦planar image 5|-:5⟧)."),
    parse("de", "Perfusionsdefekt inferior (Kurzachse ⟦Serie 14, Schicht 7 von 12|14:7⟧)."),
    parse("en", "Inferior wall defect (short axis ⟦series 9, slice 4 of 10|9:4⟧)."),
    parse("de", "Stenose RIVA (⟦Serie 6, Phase 75 %: IMA 188|6:188⟧)."),
    parse("en", "Plaque in the proximal LAD (⟦series 4, phase 40%: image 212|4:212⟧)."),
    # look-alikes: the series carries within the same study part; "von" in prose
    parse("de", "CT Thorax: Rundherd (⟦Serie 3, Bild 40|3:40⟧), ein weiterer Herd (⟦Bild 52|3:52⟧)."),
    parse("de", "Zwei von zehn Segmenten betroffen, Phase 2 der Studie."),
]

# Image-only bullets under a heading line that declares the series.
BATCH5: list[Excerpt] = [
    parse(
        "en",
        "New lesions (axial FLAIR, Se 701):\n• right frontal – ⟦Im 88|701:88⟧\n• left occipital – "
        "⟦Im 102|701:102⟧ and ⟦Im 110|701:110⟧",
    ),
    parse("de", "Neue Herde (axial T2, Serie 6):\n- rechts parietal: ⟦Bild 45|6:45⟧\n- links temporal: ⟦Bild 31|6:31⟧"),
    parse(
        "en",
        "Enhancing lesions (post-contrast T1, Series 1101):\n• cerebellum – ⟦Im 20|1101:20⟧\n• pons – "
        "⟦Im 34|1101:34⟧ (prior ⟦Se 1101 Im 30|1101:30 P⟧)",
    ),
    parse(
        "de", "Lymphknoten (koronar, Se 602):\n• zervikal rechts – ⟦Bi 18|602:18⟧\n• supraklavikulär – ⟦Bi 25|602:25⟧"
    ),
    parse("en", "Pulmonary nodules (lung window, Se 3):\n- RUL 4 mm, ⟦Im 40|3:40⟧\n- LLL 6 mm, ⟦Im 122|3:122⟧"),
    parse("de", "Metastasen (Serie 5):\n• Segment 2: ⟦Bild 30|5:30⟧\n• Segment 6: ⟦Bild 71|5:71⟧"),
    # look-alikes: a heading naming no series; a bullet with its own series
    parse("en", "Findings (axial FLAIR, Se 501):\n• right frontal – ⟦Se 601 Im 40|601:40⟧"),
    parse("de", "Befund:\n• Leberzyste 8 mm\n• Nierenzyste 5 mm"),
]

# Semicolon compacts with labelled reformats.
BATCH6: list[Excerpt] = [
    parse("en", "Nodule in the right lower lobe (⟦4:77|4:77⟧; MPR ⟦601:14|601:14⟧)."),
    parse("en", "Liver lesion (⟦5:52|5:52⟧; coronal ⟦602:21|602:21⟧)."),
    parse("en", "Adrenal nodule (⟦3:60|3:60⟧; sagittal ⟦603:40|603:40⟧)."),
    parse("de", "Lymphknoten (⟦6:45|6:45⟧; koronar ⟦602:30|602:30⟧)."),
    parse("en", "Sclerotic focus (⟦7:101|7:101⟧; MIP ⟦8:12|8:12⟧)."),
    parse("de", "Herd im Segment 8 (⟦5:33|5:33⟧; MPR ⟦601:9|601:9⟧; sagittal ⟦603:51|603:51⟧)."),
    # look-alikes: clock, ratio, dilution, blood pressure with a semicolon
    parse("en", "Scan at 10:45; ratio 1:2; BP 130/80; dilution (1:100)."),
    parse("de", "Beginn 08:30; Verhältnis 2:1; (1:50) verdünnt."),
]

# DSA runs as series.
BATCH7: list[Excerpt] = [
    parse("de", "Aneurysma der A. communicans anterior (⟦Run 4, Bild 15|4:15⟧)."),
    parse("en", "Stenosis of the left ICA (⟦run 6 image 9|6:9⟧)."),
    parse("de", "Kontrastmittelextravasat (⟦Serie/Run 5, Bild 22|5:22⟧)."),
    parse("en", "Residual filling of the aneurysm neck (⟦Run 8, Image 11|8:11⟧)."),
    parse("de", "AV-Shunt (⟦Run 2 Bild 7-10|2:7-10⟧)."),
    parse("en", "Vasospasm of the M1 segment (⟦run 3, frame 14|3:14⟧)."),
    # look-alikes: "run" as a verb or noun without an image
    parse("en", "The vessel runs along the septum; run 3 was non-diagnostic due to motion."),
    parse("de", "Der Katheter verläuft regelrecht, 4 Runs durchgeführt."),
]

# A preamble that names labelled series decides later labelled image citations.
BATCH8: list[Excerpt] = [
    parse(
        "en",
        "SPECT/CT (series 5 fused, series 4 CT): Focal uptake in L3 (⟦fused image 70|5:70⟧, ⟦CT series 4 "
        "image 70|4:70⟧).",
    ),
    parse(
        "de",
        "SPECT/CT (Serie 7 fusioniert, Serie 6 CT): Mehrspeicherung BWK 8 (⟦fusioniertes Bild 44|7:44⟧, "
        "⟦CT Bild 44|6:44⟧).",
    ),
    parse(
        "en",
        "PET/CT (series 3 fused, series 2 CT): Hypermetabolic node (⟦fused image 101|3:101⟧; ⟦CT image 101|2:101⟧).",
    ),
    parse(
        "en", "PET/CT (series 8 PET, series 9 fused): Lesion in the liver (⟦PET image 40|8:40⟧, ⟦fused image 40|9:40⟧)."
    ),
    parse("de", "SPECT/CT (Serie 3 fusioniert, Serie 2 CT): Speicherung Sternum (⟦fusioniert Bild 18|3:18⟧)."),
    # look-alike: a preamble without series; a citation with its own series
    parse("en", "SPECT/CT (series 5 fused, series 4 CT): Uptake (⟦series 11 image 30|11:30⟧)."),
]

# False hits: vertebral levels with a slash next to a citation.
BATCH9: list[Excerpt] = [
    parse("en", "Disc herniation C6/7 (⟦Se 5 Im 12|5:12⟧), C5/6 mild bulge."),
    parse("de", "Bandscheibenvorfall LWK 4/5 (⟦Serie 6, Bild 9|6:9⟧) und L5/S1 Protrusion."),
    parse("de", "Spinalkanalstenose Th11/12 (⟦Se 4 Bi 22|4:22⟧)."),
    parse("en", "1. Fracture of C7 (⟦Se 4 Im 30|4:30⟧). 2. SLIC 6. C6/7 disc intact."),
    parse("en", "Facet arthrosis L4/5 and L5/S1 (⟦Se 7 Im 14|7:14⟧)."),
    parse("de", "Osteochondrose C5/6 ⟦Serie 3 Bild 18|3:18⟧, C6/7 ebenso."),
    parse("en", "Degeneration at L3/4 (⟦5:22|5:22⟧) and L4/5."),
    parse("de", "Diskusprotrusion HWK 5/6 und 6/7."),
]

# False hits: an image word before time points with units.
BATCH10: list[Excerpt] = [
    parse("de", "Szintigraphie: Aufnahmen 10 und 60 min p.i. ohne Mehrspeicherung."),
    parse("en", "Images at 15 and 45 min show progressive tracer accumulation."),
    parse("de", "Spätaufnahmen 2 h und 4 h p.i., Bilder 3 und 24 h nach Injektion."),
    parse("en", "Delayed images 2 and 4 hours post injection, image 10 min late phase."),
    parse("de", "Aufnahmen 5 und 20 min p.i., Mehrspeicherung (⟦Bild 3|-:3⟧) im Kniegelenk."),
    parse("en", "Images at 1 and 3 h; uptake in the hip (⟦image 6|-:6⟧)."),
]
