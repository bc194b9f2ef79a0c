"""Held-out refs AK: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets; a few refs C excerpt lines below
`_excerpt` were seen in passing while opening that file), the module docstrings of refs K to Z and AA to AI (to
write different texts), the runner tests/heldout_refs_blind/measure_refs.py, tests/heldout_refs_blind/floors.py
and refs K's floor test. Written in one pass, reread once for ambiguity, committed, then measured once. Do not
tune the miner on these texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus
tests.heldout_refs_ak.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold citation
(`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a confounder
that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range one ref; an
image-only citation inherits the series named earlier in its sentence, else series is None; a plane word changes
nothing; a citation into a prior study (VU, Vorbefund, Voraufnahme, prior, comparison, copied-forward text of the
prior report) is gold with prior_study true and class `prior`. Only the series/image words and numbers (spelled
or in digits, with any line break, hyphen or `&nbsp;` the export left between them) are inside a citation's
visible span. A citation withdrawn by a correction in the text ("gemeint ist Bild 54, nicht 45") is a
confounder (class `bild_word`), the corrected one is gold. Lang follows refs C (German for DE/AT/CH).

Focus: text as it arrives from real exports and dictation rather than as it was meant: RIS word-wrap breaking
lines mid-sentence and mid-citation ("Serie 3,\\nBild 45"), hyphenation across lines ("Se-\\nrie 4"), ALL-CAPS
reports, speech-recognition transcripts with spelled numbers and half words ("Serie drei Bild fünfundvierzig",
"series four image one twenty", "Bild Nummer 45", "image number 88"), Swiss and Austrian spellings and
abbreviations ("Bild Nr.", "Sequenz", "Schicht", "Sl.", "Sr.", "Beistrich"), flattened RTF/HTML remnants
(bullets, non-breaking spaces, stray "\\par", "&nbsp;", "<br>"), copied-forward text of the prior report inside
today's report, addenda and corrections that change an image number, and citations repeated in the impression in
short form ("(4/88)", "(3:87)"). Confounders typical of such text: page numbers, dictation and job IDs,
timestamps, line numbers, plus sizes, dates, doses, scores, counts, lab values, numbered list items, vertebral
levels and look-alike tokens ("S1", "B2").
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import _excerpt

# ruff: noqa: E501

_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- Germany
    (
        "de01",
        "DE",
        "CT Thorax mit KM vom ⟪03.11.2026¦date⟫\nBefund: ⟨a¦Im rechten Oberlappen ein spikulierter Rundherd von "
        "⟪17 mm¦size⟫⟩ (⟦Serie 3,\nBild 45¦3:45¦full_de¦a⟧), ⟨b¦ein weiterer ⟪4 mm¦size⟫ messender Nodulus im "
        "Mittellappen⟩ (⟦Serie 3, Bild\n88¦3:88¦full_de¦b⟧). Keine Pleuraergüsse.\nBeurteilung: ⟨c¦Malignomverdächtiger "
        "Rundherd rechter Oberlappen⟩ (⟦3/45¦3:45¦impression¦c⟧).\nSeite ⟪1 von 2¦counter⟫",
    ),
    (
        "de02",
        "DE",
        "Befund: ⟨a¦Hypodense Leberläsion in ⟪Segment 7¦segment⟫, ⟪23 x 19 mm¦size⟫⟩ ⟦Serie drei Bild "
        "fünfundvierzig¦3:45¦full_de¦a⟧ Punkt ⟨b¦Eine zweite Läsion in ⟪Segment 4a¦segment⟫⟩ ⟦Serie drei Bild "
        "zweiundsechzig¦3:62¦full_de¦b⟧ Punkt Neuer Absatz ⟨c¦Nebennieren schlank, links ein ⟪9 mm¦size⟫ Adenom "
        "mit ⟪8 HE¦lab⟫⟩ ⟦Serie drei Bild achtzig¦3:80¦full_de¦c⟧ Punkt ⟨d¦Milz mit ⟪zwei¦counter⟫ kleinen Verkalkungen⟩ "
        "⟦Serie drei Bild einundfünfzig und dreiundfünfzig¦3:51,3:53¦list¦d⟧ Punkt\nDiktat-Nr. ⟪44718¦counter⟫ ⟪07:42¦time⟫",
    ),
    (
        "de03",
        "DE",
        "BEFUND:\nMRT LWS NATIV. ⟨a¦BANDSCHEIBENVORFALL ⟪LWK 4/5¦level⟫ MEDIOLATERAL LINKS MIT KOMPRESSION DER "
        "WURZEL ⟪L5¦level⟫⟩ (⟦SE 6 BI 9¦6:9¦abbrev_de¦a⟧, AXIAL ⟦SE 8 BI 22¦8:22¦plane¦a⟧). ⟨b¦KEIN SEQUESTER⟩ "
        "(⟦SE 8 BI 23 UND 24¦8:23,8:24¦list¦b⟧). ⟨c¦MODIC-I-ÄNDERUNGEN ⟪LWK 5/SWK 1¦level⟫⟩ "
        "(⟦SE 6 BI 10¦6:10¦abbrev_de¦c⟧).\nBEURTEILUNG: ⟨d¦NPP ⟪L4/5¦level⟫ LINKS MIT WURZELKOMPRESSION⟩ "
        "(⟦8/22¦8:22¦impression¦d⟧).",
    ),
    (
        "de04",
        "DE",
        "{\\rtf1 Befund:\\par ⟨a¦Schmale Randsaumverdichtung der Pleura rechts dorsobasal⟩ "
        "(⟦Serie&nbsp;4, Bild&nbsp;112¦4:112¦full_de¦a⟧)\\par ⟨b¦Stationärer ⟪6 mm¦size⟫ Nodulus im Unterlappen links⟩ "
        "(⟦Serie&nbsp;4, Bild&nbsp;140¦4:140¦full_de¦b⟧), ⟨c¦in der Voruntersuchung vom ⟪12.05.2026¦date⟫ "
        "identisch⟩ (⟦Serie&nbsp;3, Bild&nbsp;131¦p3:131¦prior¦c⟧).\\par }",
    ),
    (
        "de05",
        "DE",
        "Befund: ⟨a¦Kontrastmittelaufnehmende Raumforderung im Pankreaskopf mit Kontakt zur ⟪AMS¦segment⟫ "
        "über ⟪180°¦ratio⟫⟩ (⟦Se-\nrie 5, Bild 61 bis 70¦5:61-70¦range¦a⟧). ⟨b¦Aufgestauter Ductus pancreaticus, "
        "⟪6 mm¦size⟫⟩ (⟦Serie 5, Bild 48¦5:48¦full_de¦b⟧).\nCA 19-9 ⟪812 U/ml¦lab⟫.",
    ),
    (
        "de06",
        "DE",
        'Vergleich mit dem Vorbefund vom ⟪14.08.2026¦date⟫ (Text übernommen):\n"⟨a¦Lymphknoten paraaortal links '
        "⟪15 mm¦size⟫⟩ (⟦Se 4, Bi 77¦p4:77¦prior¦a⟧), ⟨b¦iliakal extern rechts ⟪11 mm¦size⟫⟩ "
        '(⟦Se 4, Bi 102¦p4:102¦prior¦b⟧)."\nAktuell: ⟨c¦paraaortal links ⟪9 mm¦size⟫⟩ (⟦Se 5, Bi 80¦5:80¦abbrev_de¦c⟧), '
        "⟨d¦iliakal extern rechts ⟪7 mm¦size⟫⟩ (⟦Se 5, Bi 106¦5:106¦abbrev_de¦d⟧). Partielle Remission.",
    ),
    (
        "de07",
        "DE",
        "Befund: Subsegmentale Lungenembolie im Unterlappen rechts (⟪Serie 2, Bild 145¦bild_word⟫). "
        "⟨b¦RV/LV-Quotient ⟪0,9¦ratio⟫, kein Hinweis auf Rechtsherzbelastung⟩ (⟦Serie 2, Bild 98¦2:98¦full_de¦b⟧).\n"
        "Nachtrag ⟪08:15¦time⟫: Korrektur: ⟨c¦die Embolie im Unterlappen rechts⟩ liegt auf ⟦Serie 2, Bild "
        "154¦2:154¦full_de¦c⟧, nicht auf ⟪Bild 145¦bild_word⟫.",
    ),
    (
        "de08",
        "DE",
        "• ⟨a¦Leberzyste ⟪Segment 2¦segment⟫, ⟪8 mm¦size⟫⟩ (⟦Bild 3/31¦3:31¦slash¦a⟧)\n• ⟨b¦Nierenzyste "
        "links ⟪Bosniak I¦staging⟫, ⟪22 mm¦size⟫⟩ (⟦Bild 3/66¦3:66¦slash¦b⟧)\n• ⟨c¦Nebenmilz ⟪10 mm¦size⟫⟩ "
        "(⟦Bild 3/52¦3:52¦slash¦c⟧)\n• ⟨d¦Sigmadivertikel ohne Entzündungszeichen⟩ "
        "(⟦Bild 3/120 und 3/128¦3:120,3:128¦list¦d⟧)",
    ),
    (
        "de09",
        "DE",
        "Klinik: V.a. Appendizitis, Leukozyten ⟪16,4 G/l¦lab⟫.\nBefund: ⟨a¦Appendix auf ⟪11 mm¦size⟫ "
        "aufgeweitet mit periappendizitischer Flüssigkeit⟩ (⟦Serie 601 Bild Nummer 44¦601:44¦full_de¦a⟧). "
        "⟨b¦Appendikolith von ⟪5 mm¦size⟫⟩ (⟦Serie 601 Bild Nummer 47¦601:47¦full_de¦b⟧).",
    ),
    (
        "de10",
        "DE",
        "Befund der Voruntersuchung (kopiert, ⟪CT 02/2026¦date⟫): ⟨a¦Osteolyse im ⟪BWK 9¦level⟫⟩ "
        "(⟦Serie 7, Bild 33¦p7:33¦prior¦a⟧).\nAktuell: ⟨b¦Osteolyse ⟪BWK 9¦level⟫ größenprogredient, nun mit "
        "Hinterkantenbeteiligung⟩ (⟦Serie 7, Bild 35¦7:35¦full_de¦b⟧), ⟨c¦neu eine Läsion im ⟪LWK 2¦level⟫⟩ "
        "(⟦Serie 7, Bild 61¦7:61¦full_de¦c⟧).",
    ),
    (
        "de11",
        "DE",
        "BEURTEILUNG:\n⟪1.¦counter⟫ ⟨a¦AKUTE CHOLEZYSTITIS MIT WANDVERDICKUNG ⟪6 MM¦size⟫⟩ (⟦SE 3 BILD 40¦3:40¦full_de¦a⟧).\n"
        "⟪2.¦counter⟫ ⟨b¦CHOLEDOCHOLITHIASIS, KONKREMENT ⟪7 MM¦size⟫⟩ (⟦SE 3 BILD 52¦3:52¦full_de¦b⟧).\n"
        "⟪3.¦counter⟫ KEIN ABSZESS.\nBEFUNDET: DR. M., ⟪TEL. 4471¦phone⟫",
    ),
    (
        "de12",
        "DE",
        "Befund: ⟨a¦Im ⟪S1¦segment⟫ des Oberlappens rechts Milchglasherd von ⟪9 mm¦size⟫⟩ (⟦Se 4 Bi 55¦4:55¦abbrev_de¦a⟧), "
        "⟨b¦in der Voraufnahme ⟪7 mm¦size⟫⟩ (⟦Se 4 Bi 52¦p4:52¦prior¦b⟧). ⟨c¦Solider Anteil neu, ⟪3 mm¦size⟫⟩ "
        "(⟦Se 4 Bi 56¦4:56¦abbrev_de¦c⟧). Lung-RADS ⟪4A¦birads⟫.",
    ),
    (
        "de13",
        "DE",
        "Befund: ⟨a¦Zervikale Lymphknoten ⟪Level IIa¦level⟫ rechts, ⟪14 mm¦size⟫, mit Nekrose⟩ (⟦Serie 4, Bild 33, 35 "
        "und 37¦4:33,4:35,4:37¦list¦a⟧). ⟨b¦Tumor der rechten Tonsillenloge, ⟪28 mm¦size⟫⟩ (⟦Serie 4, Bild 28 "
        "bis\n31¦4:28-31¦range¦b⟧).\nBeurteilung: ⟨c¦Oropharynxkarzinom rechts mit Lymphknotenmetastasen⟩ "
        "(⟦4/28-31¦4:28-31¦impression¦c⟧, ⟦4/35¦4:35¦impression¦c⟧).\nSeite ⟪2¦counter⟫ von ⟪2¦counter⟫",
    ),
    (
        "de14",
        "DE",
        "Befund: ⟨a¦Kleiner Perikarderguss, ⟪5 mm¦size⟫⟩ (⟦Bild 2/71¦2:71¦slash¦a⟧). ⟨b¦Koronarkalk, Agatston ⟪412¦lab⟫⟩ "
        "(⟦Bild 2/80-95¦2:80-95¦range¦b⟧).\nNachtrag vom ⟪04.12.2026¦date⟫: ⟨c¦Der Perikarderguss war bereits in der "
        "VU vorhanden⟩ (VU ⟦Bild 2/68¦p2:68¦prior¦c⟧).",
    ),
    # ---------------------------------------------------------------- Austria
    (
        "at01",
        "AT",
        "Befund: ⟨a¦Im Segment ⟪VIII¦segment⟫ der Leber eine arteriell hyperperfundierte Läsion, ⟪18 mm¦size⟫⟩ "
        "⟦Serie fünf Bild dreiundzwanzig¦5:23¦full_de¦a⟧ Beistrich ⟨b¦mit Wash-out in der portalvenösen Phase⟩ "
        "⟦Serie sechs Bild dreiundzwanzig¦6:23¦full_de¦b⟧ Punkt LI-RADS ⟪5¦birads⟫ Punkt",
    ),
    (
        "at02",
        "AT",
        "Vergleich: CT vom ⟪17. Jänner 2026¦date⟫.\nBefund: ⟨a¦Pleuraerguss rechts rückläufig, aktuell ⟪2 cm¦size⟫⟩ "
        "(⟦Sr. 3, Img. 120¦3:120¦abbrev_de¦a⟧; ⟨b¦im Jänner ⟪5 cm¦size⟫⟩ VU ⟦Sr. 2, Img. 117¦p2:117¦prior¦b⟧). "
        "⟨c¦Rundatelektase im Unterlappen rechts⟩ (⟦Sr. 3, Img. 126¦3:126¦abbrev_de¦c⟧).",
    ),
    (
        "at03",
        "AT",
        "Befund:<br>⟨a¦Gallenblase mit multiplen Konkrementen bis ⟪12 mm¦size⟫⟩ (⟦Serie 4 Bild Nr. 40¦4:40¦full_de¦a⟧)<br>"
        "⟨b¦DHC nicht erweitert, ⟪5 mm¦size⟫⟩ (⟦Serie 4 Bild Nr. 52¦4:52¦full_de¦b⟧)<br>⟨c¦Pankreasschwanz mit "
        "zystischer Läsion ⟪9 mm¦size⟫⟩ (⟦Serie 4 Bild Nr. 61 bis 64¦4:61-64¦range¦c⟧)<br>",
    ),
    (
        "at04",
        "AT",
        "Befund: ⟨a¦Frische Impressionsfraktur ⟪LWK 1¦level⟫ mit Höhenminderung um ⟪30 %¦ratio⟫⟩ (sagittal ⟦Serie 2, "
        "Bild 11¦2:11¦plane¦a⟧), ⟨b¦Hinterkante intakt⟩ (⟦Serie 2, Bild 12¦2:12¦full_de¦b⟧). ⟨c¦Ödem im STIR⟩ "
        "(⟦Serie 5, Bild 10¦5:10¦full_de¦c⟧). Genant ⟪Grad 2¦staging⟫. ⟨d¦Zusätzlich Bone bruise im ⟪BWK 12¦level⟫⟩ in der 5. Serie "
        "auf ⟦Bild 8¦5:8¦image_only¦d⟧.\nJob-ID ⟪883104¦counter⟫, diktiert ⟪10:07¦time⟫",
    ),
    (
        "at05",
        "AT",
        "BEFUND:\n⟨a¦NEUE SUBDURALE BLUTUNG LINKS FRONTOPARIETAL, BREITE ⟪8 MM¦size⟫⟩ (⟦SR. 2 IMG. 18¦2:18¦abbrev_de¦a⟧), "
        "⟨b¦MITTELLINIENVERLAGERUNG ⟪4 MM¦size⟫⟩ (⟦SR. 2 IMG. 21¦2:21¦abbrev_de¦b⟧). ⟨c¦IN DER VORUNTERSUCHUNG VOM "
        "⟪02.12.2026¦date⟫ KEINE BLUTUNG⟩ (VU ⟦SR. 2 IMG. 18¦p2:18¦prior¦c⟧). GCS ⟪14¦lab⟫.",
    ),
    (
        "at06",
        "AT",
        "Befund: ⟨a¦Mammakarzinom rechts bei ⟪10 Uhr¦time⟫, ⟪21 mm¦size⟫⟩ (⟦Sequenz 9, Bild 44¦9:44¦full_de¦a⟧) "
        "⟨b¦mit Typ-III-Kurve⟩ (⟦Sequenz 12, Bild 44¦12:44¦full_de¦b⟧). ⟨c¦Axillärer Lymphknoten ⟪Level I¦level⟫ "
        "rechts, Kortex ⟪4 mm¦size⟫⟩ (⟦Sequenz 9, Bild 20¦9:20¦full_de¦c⟧). BI-RADS ⟪5¦birads⟫.",
    ),
    (
        "at07",
        "AT",
        "Befund: ⟨a¦Stenose der A. carotis interna links, NASCET ⟪70 %¦ratio⟫⟩ (⟦Serie 4, Bild 210¦4:210¦full_de¦a⟧, "
        "kurvierte MPR ⟦Serie 701, Bild 3¦701:3¦full_de¦a⟧). ⟨b¦Rechts ⟪30 %¦ratio⟫⟩ (⟦Serie 4, Bild 205¦4:205¦full_de¦b⟧).\n"
        "Korrektur ⟪11:20¦time⟫: ⟨c¦Der hypoplastische Abgang der A. vertebralis links⟩ ist in Serie 4 auf "
        "⟦Bild 180¦4:180¦image_only¦c⟧ (nicht wie diktiert ⟪Bild 108¦bild_word⟫) zu sehen.",
    ),
    (
        "at08",
        "AT",
        "Vorbefund (⟪05.03.2026¦date⟫, übernommen): ⟨a¦Raumforderung der Niere rechts, ⟪31 mm¦size⟫⟩ "
        "(⟦Sr. 6 Img. 40¦p6:40¦prior¦a⟧).\nHeute: ⟨b¦größenkonstant ⟪31 mm¦size⟫⟩ (⟦Sr. 6 Img. 42¦6:42¦abbrev_de¦b⟧), "
        "⟨c¦keine Tumorthrombose der V. renalis⟩ (⟦Sr. 6 Img. 45 und 46¦6:45,6:46¦list¦c⟧). Kreatinin ⟪1,1 mg/dl¦lab⟫.",
    ),
    (
        "at09",
        "AT",
        "Befund: ⟨a¦Wandverdickung des Magenkorpus von ⟪14 mm¦size⟫⟩ ⟦Serie vier Bild hundertzwölf¦4:112¦full_de¦a⟧ "
        "Beistrich ⟨b¦perigastrische Lymphknoten bis ⟪9 mm¦size⟫⟩ ⟦Serie vier Bild hundertzwanzig "
        "und hundertvierundzwanzig¦4:120,4:124¦list¦b⟧ Punkt Keine Aszites Punkt",
    ),
    (
        "at10",
        "AT",
        "Befund:\n\t⟨a¦Osteochondraler Defekt der medialen Femurkondyle, ⟪12 x 8 mm¦size⟫⟩ (⟦Sr.\u00a05 Img.\u00a014¦5:14¦abbrev_de¦a⟧)\n"
        "\t⟨b¦Horizontalriss Hinterhorn Innenmeniskus⟩ (⟦Sr.\u00a07 Img.\u00a09 bis 11¦7:9-11¦range¦b⟧)\n"
        "\t⟨c¦VKB intakt⟩ (⟦Sr.\u00a05 Img.\u00a016¦5:16¦abbrev_de¦c⟧)\n"
        "\t⟨d¦Baker-Zyste ⟪3 cm¦size⟫⟩ (⟦Sr.\u00a07 Img.\u00a020,\n22 und 24¦7:20,7:22,7:24¦list¦d⟧)\nICRS ⟪Grad 3¦staging⟫.",
    ),
    (
        "at11",
        "AT",
        "Klinik: Staging, PSA ⟪14,2 ng/ml¦lab⟫.\nBefund: ⟨a¦Sklerotische Läsion im Os ilium links⟩ (⟦Serie 3, Bild 188¦3:188¦full_de¦a⟧), "
        "⟨b¦bereits in der Vor-CT vom ⟪Dezember 2025¦date⟫ vorhanden, damals etwas kleiner⟩ "
        "(⟦Serie 2, Bild 176¦p2:176¦prior¦b⟧). ⟨c¦Neue Läsion im ⟪LWK 3¦level⟫⟩ (⟦Serie 3, Bild 120¦3:120¦full_de¦c⟧).\n"
        "Seite ⟪1/1¦counter⟫",
    ),
    (
        "at12",
        "AT",
        "Befund: ⟨a¦Hydrops der Gallenblase⟩ (⟦Schicht 41 der Serie 4¦4:41¦slice_word¦a⟧), ⟨b¦Wandödem ⟪5 mm¦size⟫⟩ "
        "(⟦Schicht 44¦4:44¦image_only¦b⟧ derselben Serie). ⟨c¦Ductus choledochus ⟪8 mm¦size⟫⟩ "
        "(⟦Schicht 50 der Serie 4¦4:50¦slice_word¦c⟧). Lipase ⟪320 U/l¦lab⟫.",
    ),
    (
        "at13",
        "AT",
        'Übernommen aus Voruntersuchung vom ⟪22.10.2026¦date⟫: "⟨a¦Rundherd Unterlappen links ⟪8 mm¦size⟫⟩ '
        '(⟦Se 3/Bi 201¦p3:201¦prior¦a⟧), ⟨b¦Rundherd Oberlappen rechts ⟪5 mm¦size⟫⟩ (⟦Se 3/Bi 64¦p3:64¦prior¦b⟧)."\n'
        "Heute: ⟨c¦Unterlappen links ⟪8 mm¦size⟫⟩ (⟦Se 4/Bi 198¦4:198¦slash¦c⟧), ⟨d¦Oberlappen rechts ⟪5 mm¦size⟫⟩ "
        "(⟦Se 4/Bi 60¦4:60¦slash¦d⟧). Stabil nach ⟪3 Monaten¦followup⟫.",
    ),
    (
        "at14",
        "AT",
        "BEURTEILUNG:\n- ⟨a¦PROGREDIENTE LEBERMETASTASEN⟩ (⟦SR. 5 IMG. 33, 41 UND 58¦5:33,5:41,5:58¦list¦a⟧; "
        "VU ⟦SR. 4 IMG. 30 UND 39¦p4:30,p4:39¦prior¦a⟧)\n- ⟨b¦STABILE OSSÄRE LÄSION ⟪BWK 11¦level⟫⟩ "
        "(⟦SR. 5 IMG. 90¦5:90¦abbrev_de¦b⟧)\nRECIST: ⟪PD¦staging⟫. Befundseite ⟪2¦counter⟫.",
    ),
    # ---------------------------------------------------------------- Switzerland
    (
        "ch01",
        "CH",
        "Befund: ⟨a¦Im Oberlappen rechts ein solider Knoten von ⟪11 mm¦size⟫⟩ (⟦Se. 3, Sl. 45¦3:45¦abbrev_de¦a⟧). "
        "⟨b¦Verkalktes Granulom im Mittellappen⟩ (⟦Se. 3, Sl. 97¦3:97¦abbrev_de¦b⟧). ⟨c¦Emphysem⟩ "
        "(⟦Se. 3, Sl. 20 - 60¦3:20-60¦range¦c⟧). Fleischner: Kontrolle in ⟪3 Monaten¦followup⟫.",
    ),
    (
        "ch02",
        "CH",
        "Befund: ⟨a¦Meningeom der Falx, ⟪24 mm¦size⟫⟩ (⟦Sequenz 8, Bild Nr. 61¦8:61¦full_de¦a⟧), ⟨b¦im Vergleich zur "
        "Voraufnahme vom ⟪09.06.2025¦date⟫ (damals ⟪21 mm¦size⟫) leicht grösser⟩ (Voraufnahme ⟦Sequenz 8, Bild Nr. "
        "58¦p8:58¦prior¦b⟧). ⟨c¦Kein perifokales Ödem⟩ (⟦Sequenz 5, Bild Nr. 18¦5:18¦full_de¦c⟧).",
    ),
    (
        "ch03",
        "CH",
        "Befund: ⟨a¦Hüftkopfnekrose rechts ⟪ARCO III¦staging⟫ mit subchondraler Fraktur⟩ (coronar ⟦Serie 4,\n"
        "Bild 12¦4:12¦plane¦a⟧), ⟨b¦links ⟪ARCO II¦staging⟫ ohne Einbruch⟩ (coronar ⟦Serie 4, Bild 20¦4:20¦plane¦b⟧). "
        "⟨c¦Gelenkerguss rechts⟩ (⟦Serie 6, Bild 14¦6:14¦full_de¦c⟧). Tel. ⟪031 632 21 11¦phone⟫.",
    ),
    (
        "ch04",
        "CH",
        "Befund: ⟨a¦Bronchiektasen im Unterlappen links⟩ ⟦Serie vier Bild hundertzweiunddreissig¦4:132¦full_de¦a⟧ "
        "Punkt ⟨b¦Tree-in-bud im Mittellappen⟩ ⟦Serie vier Bild achtundneunzig bis "
        "hundertsechs¦4:98-106¦range¦b⟧ Punkt\nDiktat ⟪#20261207-0931¦counter⟫",
    ),
    (
        "ch05",
        "CH",
        "Befund (Kopie aus dem Vorbefund vom ⟪15.04.2026¦date⟫):\n⟨a¦Hepatozelluläres Karzinom ⟪Segment VI¦segment⟫, "
        "⟪32 mm¦size⟫⟩ (⟦Serie 6, Bild 41¦p6:41¦prior¦a⟧).\nAktueller Befund:\n⟨b¦Nach TACE kompakte Lipiodolretention, "
        "keine vitale Restläsion⟩ (⟦Serie 6, Bild 44¦6:44¦full_de¦b⟧). AFP ⟪6 ng/ml¦lab⟫. mRECIST ⟪CR¦staging⟫.",
    ),
    (
        "ch06",
        "CH",
        "BEFUND: ⟨a¦ZWERCHFELLHERNIE LINKS MIT KOLONINTERPOSITION⟩ (⟦SE 2 BI 88 - 96¦2:88-96¦range¦a⟧). ⟨b¦KEINE "
        "INKARZERATIONSZEICHEN⟩ (⟦SE 2 BI 92¦2:92¦abbrev_de¦b⟧). ⟨c¦RIPPENFRAKTUR ⟪9¦level⟫ LINKS, ALT⟩ "
        "(⟦SE 2 BI 70¦2:70¦abbrev_de¦c⟧).\nBEURTEILUNG: ⟨d¦ZWERCHFELLHERNIE LINKS OHNE INKARZERATION⟩ "
        "(⟦2/88-96¦2:88-96¦impression¦d⟧).",
    ),
    (
        "ch07",
        "CH",
        "Befund:\n- ⟨a¦Lymphknoten mediastinal ⟪Station 4R¦level⟫, ⟪13 mm¦size⟫⟩ (⟦Bild 3/60¦3:60¦slash¦a⟧; "
        "Vor-CT ⟦Bild 3/58¦p3:58¦prior¦a⟧)\n- ⟨b¦⟪Station 7¦level⟫, ⟪18 mm¦size⟫⟩ (⟦Bild 3/78¦3:78¦slash¦b⟧; "
        "Vor-CT ⟦Bild 3/77¦p3:77¦prior¦b⟧)\n- ⟨c¦hilär links ⟪10 mm¦size⟫⟩ (⟦Bild 3/84¦3:84¦slash¦c⟧)\n"
        "SUVmax ⟪7,4¦lab⟫.",
    ),
    (
        "ch08",
        "CH",
        "Befund: ⟨a¦Schwannom im inneren Gehörgang links, ⟪9 x 5 mm¦size⟫⟩ (⟦Sequenz 11, Schicht 14¦11:14¦slice_word¦a⟧), "
        "⟨b¦Koos ⟪Grad 1¦staging⟫, in der Voruntersuchung ⟪8 x 5 mm¦size⟫⟩ (VU ⟦Sequenz 11, Schicht 13¦p11:13¦prior¦b⟧).\n"
        "Nachtrag: ⟨c¦Die Cochlea ist links unauffällig⟩ (⟦Sequenz 11, Schicht 17¦11:17¦slice_word¦c⟧).",
    ),
    (
        "ch09",
        "CH",
        "Befund: ⟨a¦Pankreatitis mit peripankreatischer Flüssigkeit⟩ (⟦Bild&nbsp;Nr.&nbsp;55 der Serie&nbsp;3¦3:55¦full_de¦a⟧), "
        "⟨b¦Nekroseanteil unter ⟪30 %¦ratio⟫⟩ (⟦Bild&nbsp;Nr.&nbsp;60 der Serie&nbsp;3¦3:60¦full_de¦b⟧). "
        "\\par ⟨c¦Kein Pseudoaneurysma der A. lienalis⟩ "
        "(⟦Bild&nbsp;Nr.&nbsp;62 bis 66 der Serie&nbsp;3¦3:62-66¦range¦c⟧).\\par CTSI ⟪4¦lab⟫, Lipase ⟪1840 U/l¦lab⟫.",
    ),
    (
        "ch10",
        "CH",
        "Befund: ⟨a¦Divertikulitis des Sigmas mit gedeckter Perforation⟩ (⟦Serie 5, Bild 140 und 145¦5:140,5:145¦list¦a⟧), "
        "⟨b¦Abszess ⟪3 cm¦size⟫⟩ (⟦Serie 5, Bild 151¦5:151¦full_de¦b⟧).\nKorrigendum ⟪14:02¦time⟫: ⟨c¦Der Abszess misst "
        "⟪4 cm¦size⟫⟩, beste Darstellung ⟦Serie 5, Bild 153¦5:153¦full_de¦c⟧. Hansen/Stock ⟪IIc¦staging⟫.",
    ),
    (
        "ch11",
        "CH",
        "Befund: ⟨a¦Rotatorenmanschette mit transmuraler Ruptur der Supraspinatussehne, Retraktion ⟪Patte 2¦staging⟫⟩ "
        "(⟦Se 7 Bi 11¦7:11¦abbrev_de¦a⟧), ⟨b¦fettige Atrophie ⟪Goutallier 2¦staging⟫⟩ (⟦Se 9 Bi 6¦9:6¦abbrev_de¦b⟧). "
        "⟨c¦Subscapularis intakt⟩ (⟦Se 8 Bi 14 und 15¦8:14,8:15¦list¦c⟧).",
    ),
    (
        "ch12",
        "CH",
        "Beurteilung:\n⟪1.¦counter⟫ ⟨a¦Kleines Aneurysma der A. communicans anterior, ⟪3 mm¦size⟫⟩ "
        "(⟦4/210¦4:210¦impression¦a⟧).\n⟪2.¦counter⟫ ⟨b¦Unverändert zur Vor-MRA vom ⟪11.11.2025¦date⟫⟩ "
        "(Vor-MRA ⟦4/208¦p4:208¦prior¦b⟧).\n⟪3.¦counter⟫ Keine Blutung.\nZeile ⟪24¦counter⟫",
    ),
    (
        "ch13",
        "CH",
        "Befund: ⟨a¦Rechts parapelvine Zyste⟩ (⟦Se-\nrie 4, Bild 71¦4:71¦full_de¦a⟧), ⟨b¦links kortikale Narbe⟩ "
        "(⟦Serie 4, Bild 80¦4:80¦full_de¦b⟧). ⟨c¦Kleiner Nierenstein links, ⟪4 mm¦size⟫, ⟪950 HE¦lab⟫⟩ "
        "(⟦Serie 4, Bild 83¦4:83¦full_de¦c⟧).",
    ),
    (
        "ch14",
        "CH",
        "Befund: ⟨a¦Thrombose der V. femoralis superficialis links⟩ (⟦Sequenz 3 Bild 22 bis 30¦3:22-30¦range¦a⟧). "
        "⟨b¦In der Voruntersuchung vom ⟪01.12.2026¦date⟫ nur die V. poplitea betroffen⟩ "
        "(VU ⟦Sequenz 3 Bild 31 bis 36¦p3:31-36¦prior¦b⟧). D-Dimere ⟪2,4 mg/l¦lab⟫.",
    ),
    # ---------------------------------------------------------------- United Kingdom
    (
        "uk01",
        "UK",
        "Findings: ⟨a¦There is a ⟪14 mm¦size⟫ spiculated nodule in the right upper lobe⟩ (⟦series four image one "
        "twenty¦4:120¦full_en¦a⟧ full stop) ⟨b¦A further ⟪5 mm¦size⟫ nodule lies in the lingula⟩ (⟦series four image "
        "two oh six¦4:206¦full_en¦b⟧ full stop) new paragraph ⟨c¦No pleural effusion⟩.\nDictated ⟪09:14¦time⟫, "
        "job ⟪5521¦counter⟫",
    ),
    (
        "uk02",
        "UK",
        "FINDINGS:\n⟨a¦LEFT ADRENAL NODULE ⟪18 MM¦size⟫, ⟪-4 HU¦lab⟫, IN KEEPING WITH AN ADENOMA⟩ "
        "(⟦SE 3 IM 61¦3:61¦abbrev_en¦a⟧). ⟨b¦UNCHANGED FROM THE PRIOR OF ⟪04/2024¦date⟫⟩ (PRIOR ⟦SE 3 IM 58¦p3:58¦prior¦b⟧). "
        "⟨c¦SIMPLE RENAL CYST RIGHT LOWER POLE⟩ (⟦SE 3 IM 88¦3:88¦abbrev_en¦c⟧).",
    ),
    (
        "uk03",
        "UK",
        'Comparison is made with the previous CT of ⟪12/09/2026¦date⟫. The previous report read:\n"⟨a¦Enlarged '
        "subcarinal node ⟪21 mm¦size⟫⟩ (⟦series 3 image 77¦p3:77¦prior¦a⟧). ⟨b¦Right hilar node ⟪15 mm¦size⟫⟩ "
        '(⟦series 3 image 70¦p3:70¦prior¦b⟧)."\nToday: ⟨c¦subcarinal node ⟪12 mm¦size⟫⟩ (⟦series 5 image 80¦5:80¦full_en¦c⟧), '
        "⟨d¦right hilar node ⟪9 mm¦size⟫⟩ (⟦series 5 image 72¦5:72¦full_en¦d⟧). Partial response.",
    ),
    (
        "uk04",
        "UK",
        "Findings:\u00a0⟨a¦Acute appendicitis with a ⟪12 mm¦size⟫ appendix and periappendiceal fat stranding⟩ "
        "(⟦Se\u00a02 Im\u00a0140¦2:140¦abbrev_en¦a⟧).\u00a0⟨b¦Appendicolith at the base⟩ (⟦Se\u00a02 Im\u00a0146¦2:146¦abbrev_en¦b⟧). "
        "No collection. CRP ⟪148¦lab⟫, WCC ⟪15.2¦lab⟫.\nImpression: ⟨c¦Acute appendicitis with "
        "appendicolith⟩ (⟦2/140, 2/146¦2:140,2:146¦impression¦c⟧).",
    ),
    (
        "uk05",
        "UK",
        "Findings: ⟨a¦Large left MCA territory infarct with loss of grey-white differentiation⟩ (⟦series 2,\nimage 18¦2:18¦full_en¦a⟧), "
        "ASPECTS ⟪4¦lab⟫. Hyperdense left M1 segment (⟪series 2, image 12¦bild_word⟫).\nAddendum ⟪14:36¦time⟫: "
        "⟨c¦the hyperdense vessel sign⟩ is best seen on ⟦series 2, image 13¦2:13¦full_en¦c⟧; ⟪image 12¦bild_word⟫ as "
        "stated above should read 13.",
    ),
    (
        "uk06",
        "UK",
        "Findings:\n1. ⟨a¦Pars defect at ⟪L5¦level⟫ bilaterally⟩ (⟦Se 7 Im 9 and 13¦7:9,7:13¦list¦a⟧).\n2. ⟨b¦Grade 1 "
        "anterolisthesis of ⟪L5 on S1¦level⟫⟩ (⟦Se 7 Im 11¦7:11¦abbrev_en¦b⟧).\n3. ⟨c¦Mild foraminal narrowing at "
        "⟪L5/S1¦level⟫⟩ (⟦Se 9 Im 22¦9:22¦abbrev_en¦c⟧).\nPage ⟪2 of 3¦counter⟫",
    ),
    (
        "uk07",
        "UK",
        "Findings: ⟨a¦Liver metastases have increased in size and number⟩, the largest in ⟪segment 6¦segment⟫ now "
        "⟪42 mm¦size⟫ (⟦series 4, image 51¦4:51¦full_en¦a⟧), ⟨b¦previously ⟪30 mm¦size⟫⟩ (⟦series 3, image 49¦p3:49¦prior¦b⟧ "
        "on the prior). ⟨c¦New lesion in ⟪segment 2¦segment⟫⟩ (⟦series 4, image 30¦4:30¦full_en¦c⟧). CEA ⟪48¦lab⟫.",
    ),
    (
        "uk08",
        "UK",
        "Findings: ⟨a¦There is a displaced fracture of the left ⟪7th¦level⟫ rib⟩ (⟦image number 88 "
        "of series 4¦4:88¦full_en¦a⟧) and ⟨b¦a small left pneumothorax, ⟪2 cm¦size⟫ at the apex⟩ (⟦image number 21 "
        "of series 4¦4:21¦full_en¦b⟧).\nImpression: ⟨c¦Left ⟪7th¦level⟫ rib fracture with small "
        "pneumothorax⟩ (⟦4/88, 4/21¦4:88,4:21¦impression¦c⟧).",
    ),
    (
        "uk09",
        "UK",
        "FINDINGS: ⟨a¦PULMONARY EMBOLI IN THE RIGHT LOWER LOBE SEGMENTAL ARTERIES⟩ (⟦SERIES 4 IMAGES 150-162¦4:150-162¦range¦a⟧). "
        "⟨b¦RV:LV RATIO ⟪1.1¦ratio⟫⟩ (⟦SERIES 4 IMAGE 98¦4:98¦full_en¦b⟧). ⟨c¦NO EMBOLUS ON THE PRIOR CTPA OF "
        "⟪02/02/2025¦date⟫⟩ (PRIOR ⟦SERIES 3 IMAGE 155¦p3:155¦prior¦c⟧).\nReported by Dr K, ext. ⟪4732¦phone⟫",
    ),
    (
        "uk10",
        "UK",
        "Findings: ⟨a¦The right ovarian cyst measures ⟪54 mm¦size⟫⟩ (⟦Se 5 Im 22¦5:22¦abbrev_en¦a⟧) ⟨b¦compared with "
        "⟪38 mm¦size⟫ on the MRI of ⟪March 2026¦date⟫⟩ (⟦Se 5 Im 20¦p5:20¦prior¦b⟧ on that study). ⟨c¦A thin septation "
        "is new⟩ (⟦Se 5 Im 24 and 25¦5:24,5:25¦list¦c⟧). O-RADS ⟪3¦birads⟫.",
    ),
    (
        "uk11",
        "UK",
        'Text brought forward from the ⟪10/06/2026¦date⟫ report: "⟨a¦Sclerotic metastasis in ⟪T10¦level⟫⟩ '
        '(⟦Se 3 Im 44¦p3:44¦prior¦a⟧); ⟨b¦lytic lesion in the right iliac bone⟩ (⟦Se 3 Im 110¦p3:110¦prior¦b⟧)."\n'
        "Current: ⟨c¦the ⟪T10¦level⟫ lesion is unchanged⟩ (⟦Se 3 Im 45¦3:45¦abbrev_en¦c⟧); ⟨d¦the iliac lesion is "
        "now sclerotic⟩ (⟦Se 3 Im 112¦3:112¦abbrev_en¦d⟧).",
    ),
    (
        "uk12",
        "UK",
        "Findings: ⟨a¦Small bowel obstruction with a transition point in the right iliac fossa⟩ (⟦series two image one "
        "eighteen¦2:118¦full_en¦a⟧ full stop) ⟨b¦Small volume free fluid⟩ (⟦series two image one thirty¦2:130¦full_en¦b⟧ full stop) "
        "Lactate ⟪3.1¦lab⟫.",
    ),
    (
        "uk13",
        "UK",
        "Impression:\n• ⟨a¦Progressive disease in the liver⟩ (⟦4/51¦4:51¦impression¦a⟧, prior ⟦3/49¦p3:49¦prior¦a⟧).\n"
        "• ⟨b¦New peritoneal nodule in the left paracolic gutter, ⟪11 mm¦size⟫⟩ (⟦4/96¦4:96¦impression¦b⟧).\n"
        "• ⟨c¦Stable lung nodules⟩ (⟦4/12, 4/18¦4:12,4:18¦list¦c⟧).\nRECIST ⟪PD¦staging⟫; MDT ⟪14/12/2026¦date⟫.",
    ),
    (
        "uk14",
        "UK",
        "Findings: ⟨a¦Full-thickness tear of the supraspinatus with ⟪15 mm¦size⟫ retraction⟩ (coronal ⟦series\n6 "
        "image 12¦6:12¦plane¦a⟧). ⟨b¦Compared with the outside MRI of ⟪2024¦date⟫ the tear has enlarged⟩ (outside "
        "⟦series 5 image 10¦p5:10¦prior¦b⟧). ⟨c¦Biceps tendon dislocated medially⟩ (⟦series 8 image 17¦8:17¦full_en¦c⟧).",
    ),
    # ---------------------------------------------------------------- United States
    (
        "us01",
        "US",
        "FINDINGS:\nLungs: ⟨a¦Spiculated ⟪19 mm¦size⟫ nodule in the left upper lobe⟩ (⟦3:87¦3:87¦compact¦a⟧), "
        "⟨b¦previously ⟪12 mm¦size⟫⟩ (⟦2:80¦p2:80¦prior¦b⟧ on the prior). ⟨c¦Additional ⟪4 mm¦size⟫ nodule in the right "
        "lower lobe⟩ (⟦3:\n140¦3:140¦compact¦c⟧).\nIMPRESSION: ⟨d¦Enlarging left upper lobe nodule, suspicious for "
        "malignancy⟩ (⟦3:87¦3:87¦impression¦d⟧). Lung-RADS ⟪4B¦birads⟫.",
    ),
    (
        "us02",
        "US",
        "Findings: ⟨a¦There is a ⟪2.1 cm¦size⟫ enhancing mass in the interpolar right kidney⟩ ⟦series five image "
        "eighty seven¦5:87¦full_en¦a⟧ period ⟨b¦No renal vein invasion⟩ ⟦series five image ninety two¦5:92¦full_en¦b⟧ "
        "period next paragraph Creatinine ⟪0.9¦lab⟫ period\nTranscribed ⟪12/07/2026 3:42 PM¦time⟫ by VR, ID ⟪991204¦counter⟫",
    ),
    (
        "us03",
        "US",
        "FINDINGS: ⟨a¦ACUTE CHOLECYSTITIS WITH A ⟪5 MM¦size⟫ THICKENED GALLBLADDER WALL⟩ (⟦SERIES 2, IMAGE 33¦2:33¦full_en¦a⟧). "
        "⟨b¦IMPACTED STONE IN THE GALLBLADDER NECK⟩ (⟦2:36¦2:36¦compact¦b⟧). ⟨c¦CBD ⟪6 MM¦size⟫⟩ (⟦2:41¦2:41¦compact¦c⟧).\nIMPRESSION: ⟨d¦ACUTE CALCULOUS CHOLECYSTITIS⟩ "
        "(⟦2:33, 2:36¦2:33,2:36¦impression¦d⟧). ⟨e¦NO GALLSTONES ON THE PRIOR CT OF ⟪2023¦date⟫⟩ (⟦2:35¦p2:35¦prior¦e⟧).",
    ),
    (
        "us04",
        "US",
        "Findings:&nbsp;⟨a¦Multiple hypoenhancing liver lesions⟩ (⟦4:22, 4:31, 4:48¦4:22,4:31,4:48¦list¦a⟧), ⟨b¦the "
        "largest in ⟪segment 8¦segment⟫ measuring ⟪3.4 cm¦size⟫⟩ (⟦4:22¦4:22¦compact¦b⟧; ⟨c¦⟪2.6 cm¦size⟫ on "
        "⟪8/14/2026¦date⟫⟩, ⟦3:20¦p3:20¦prior¦c⟧).<br>⟨d¦Portal vein patent⟩ (⟦4:40-44¦4:40-44¦range¦d⟧).<br>",
    ),
    (
        "us05",
        "US",
        'Comparison: CT ⟪9/30/2026¦date⟫. Prior findings (copied forward): "⟨a¦Left lower lobe consolidation⟩ '
        '(⟦4:166¦p4:166¦prior¦a⟧). ⟨b¦Small left effusion⟩ (⟦4:190¦p4:190¦prior¦b⟧)."\nCurrent: ⟨c¦Consolidation '
        "has largely resolved, with residual atelectasis⟩ (⟦3:160¦3:160¦compact¦c⟧). ⟨d¦Effusion resolved⟩.\nIMPRESSION: ⟨e¦Near-complete resolution of left lower lobe "
        "pneumonia⟩ (⟦3:160¦3:160¦impression¦e⟧ vs ⟦4:166¦p4:166¦prior¦e⟧).",
    ),
    (
        "us06",
        "US",
        "Findings: ⟨a¦Acute nondisplaced fracture of the right ⟪L2¦level⟫ transverse process⟩ (⟦Se 4 Im\n62¦4:62¦abbrev_en¦a⟧). "
        "⟨b¦Small retroperitoneal hematoma⟩ (⟦Se 4 Im 66-72¦4:66-72¦range¦b⟧). ⟨c¦Grade ⟪II¦staging⟫ right renal "
        "laceration⟩ (⟦Se 4 Im 58¦4:58¦abbrev_en¦c⟧). BP ⟪92/60¦blood_pressure⟫ on arrival.",
    ),
    (
        "us07",
        "US",
        "Findings: Ring-enhancing lesion in the right frontal lobe, ⟪2.4 cm¦size⟫ (⟪series 11 image 88¦bild_word⟫), "
        "⟨b¦on the prior MRI of ⟪10/01/2026¦date⟫ ⟪1.8 cm¦size⟫⟩ (prior ⟦series 11 image 86¦p11:86¦prior¦b⟧). "
        "⟨c¦Surrounding vasogenic edema⟩ (⟦series 8 image 20¦8:20¦full_en¦c⟧).\nADDENDUM ⟪4:10 PM¦time⟫: correction, "
        "⟨d¦the lesion⟩ is centered on ⟦series 11 image 90¦11:90¦full_en¦d⟧, not ⟪image 88¦bild_word⟫.",
    ),
    (
        "us08",
        "US",
        "IMPRESSION:\n⟪1.¦counter⟫ ⟨a¦Obstructing ⟪6 mm¦size⟫ left UVJ stone⟩ (⟦2:112¦2:112¦impression¦a⟧) ⟨b¦with "
        "moderate hydronephrosis⟩ (⟦2:60¦2:60¦impression¦b⟧).\n⟪2.¦counter⟫ ⟨c¦Nonobstructing ⟪3 mm¦size⟫ right lower "
        "pole stone, unchanged⟩ (⟦2:74¦2:74¦impression¦c⟧; prior ⟦2:71¦p2:71¦prior¦c⟧).",
    ),
    (
        "us09",
        "US",
        "Findings: ⟨a¦There is a ⟪1.2 cm¦size⟫ enhancing nodule in the pancreatic tail⟩ (⟦series 6, image "
        "fifty four¦6:54¦full_en¦a⟧) ⟨b¦which was ⟪0.9 cm¦size⟫ on the outside MRI of ⟪June 2026¦date⟫⟩ (outside "
        "⟦series 9, image 22¦p9:22¦prior¦b⟧).",
    ),
    (
        "us10",
        "US",
        "Findings:\n- ⟨a¦Moderate spinal canal stenosis at ⟪L4-L5¦level⟫⟩ (⟦Se 5 Im 18¦5:18¦abbrev_en¦a⟧; prior "
        "⟦Se 6 Im 17¦p6:17¦prior¦a⟧)\n- ⟨b¦Left subarticular disc extrusion at ⟪L5-S1¦level⟫⟩ (⟦Se 5 Im 24¦5:24¦abbrev_en¦b⟧)\n"
        "- ⟨c¦Facet arthropathy⟩ (⟦Se 5 Im 16, 20¦5:16,5:20¦list¦c⟧)\nPage ⟪1¦counter⟫ of ⟪2¦counter⟫",
    ),
    (
        "us11",
        "US",
        "FINDINGS: ⟨a¦SMALL BOWEL FECES SIGN PROXIMAL TO A TRANSITION POINT IN THE PELVIS⟩ (⟦SE 2 IM 155¦2:155¦abbrev_en¦a⟧). "
        "⟨b¦NO PNEUMATOSIS⟩. ⟨c¦THE TRANSITION POINT WAS ALSO PRESENT ON THE CT OF ⟪11/02/2026¦date⟫⟩ "
        "(⟦SE 2 IM 149¦p2:149¦prior¦c⟧ ON THAT STUDY). LACTATE ⟪1.4¦lab⟫.",
    ),
    (
        "us12",
        "US",
        "Findings: ⟨a¦Thyroid nodule in the right lobe, ⟪1.6 cm¦size⟫⟩ (⟦image 24¦-:24¦image_only¦a⟧), TI-RADS "
        "⟪TR4¦birads⟫; ⟨b¦on the ultrasound of ⟪3/2025¦date⟫ it measured ⟪1.4 cm¦size⟫⟩ (⟦image 19¦p-:19¦prior¦b⟧ of "
        "that study). FNA recommended.",
    ),
    (
        "us13",
        "US",
        "Comparison: outside CT ⟪7/7/2026¦date⟫ and PET/CT ⟪9/9/2026¦date⟫.\nFindings: ⟨a¦Right axillary node ⟪1.9 cm¦size⟫⟩ "
        "(⟦3:44¦3:44¦compact¦a⟧), ⟨b¦⟪1.5 cm¦size⟫ on the PET/CT⟩ (PET/CT ⟦4:46¦p4:46¦prior¦b⟧), ⟨c¦⟪1.1 cm¦size⟫ on the "
        "outside CT⟩ (outside ⟦2:40¦p2:40¦prior¦c⟧). SUVmax ⟪9.8¦lab⟫.",
    ),
    (
        "us14",
        "US",
        "Findings: ⟨a¦Moderate pericardial effusion measuring ⟪1.8 cm¦size⟫⟩ (⟦series 3\nimage 61¦3:61¦full_en¦a⟧), "
        "⟨b¦increased from ⟪0.6 cm¦size⟫⟩ (⟦series 3 image 60¦p3:60¦prior¦b⟧ on the ⟪11/28/2026¦date⟫ exam). "
        "⟨c¦No tamponade physiology⟩. HR ⟪104¦lab⟫.",
    ),
)

EXCERPTS = tuple(_excerpt(eid, origin, marked) for eid, origin, marked in _RAW)
