"""Held-out refs AF: machine-made and relayed report texts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K to Z
and AA to AE (to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's floor test. Written in one pass under time pressure alongside set
AG (by another blind writer), reread once for ambiguity, then measured once. Do not tune the miner on these
texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_af.refs_corpus
--adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence, else series is None; a plane
word changes nothing; a citation into a prior, comparison, baseline or outside study is gold with prior_study
true. Spelled-out numbers of a speech-recognition transcript ("Serie drei Bild vierzig") are read as numbers.
A citation that the text itself withdraws or corrects ("im Originalbefund mit Bild 45 zitiert", "not image 75
as stated") is a `bild_word` confounder; the corrected citation is gold.

Focus (different from the earlier sets): machine-made and relayed texts. Raw speech-recognition transcripts with
dictation commands and their misrecognitions ("Punkt neue Zeile", "Beistrich", "full stop", "period", "series
for image 60"), HL7 ORU/OBX segments and RIS/CRIS exports flattened to one line, DICOM SR text exports
(CONTAINS / HAS PROPERTIES / INFERRED FROM trees with Image Reference items, key-object selections with
Instance numbers), PACS key-image notes and presentation-state annotations, e-mails and chat messages between
radiologists and clinicians, tumour-board slide notes, second-opinion letters citing the outside and the own
study, QA / peer-review / discrepancy notes correcting a cited image, and German written by Swiss French- and
Italian-speaking radiologists ("image 112 de la série 5", "sér. 3 im. 45", "immagine 54 serie 3").
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- DE
    (
        "af-de-01",
        "DE",
        "⟨a¦Rundherd im rechten Unterlappen ⟪8 mm¦size⟫⟩ ⟦Serie drei Bild vierzig¦3:40¦full_de¦a⟧ Punkt neue Zeile "
        "⟨b¦zweiter Herd im Mittellappen ⟪5 mm¦size⟫⟩ ⟦Serie drei Bild zweiundfünfzig¦3:52¦full_de¦b⟧ Punkt neue "
        "Zeile Vergleich mit der Voruntersuchung vom ⟪14. März 2025¦date⟫ Doppelpunkt ⟨c¦Unterlappenherd dort "
        "⟪6 mm¦size⟫⟩ ⟦Serie 3 Bild 38¦p3:38¦prior¦c⟧ Punkt",
    ),
    (
        "af-de-02",
        "DE",
        "MSH|^~&|RIS|UKX|KIS|UKX|⟪20250611143012¦date⟫||ORU^R01|⟪MSG004711¦counter⟫|P|2.3 OBX|⟪1¦counter⟫|TX|"
        "BEFUND||CT Thorax mit KM vom ⟪11.06.2025¦date⟫.||||||F OBX|⟪2¦counter⟫|TX|BEFUND||⟨a¦Neu aufgetretene "
        "Milchglasverdichtung im linken Oberlappen⟩ (⟦Se 4/Bi 61¦4:61¦slash¦a⟧).||||||F OBX|⟪3¦counter⟫|TX|BEFUND||"
        "⟨b¦Mediastinaler Lymphknoten ⟪14 mm¦size⟫ Kurzachse⟩ (⟦Se 4/Bi 33¦4:33¦slash¦b⟧), ⟨c¦in der VU "
        "⟪9 mm¦size⟫⟩ (VU ⟦Se 3/Bi 30¦p3:30¦prior¦c⟧).||||||F",
    ),
    (
        "af-de-03",
        "DE",
        "Strukturierter Befund (SR), Textexport:\n"
        "CONTAINS: ⟪Befund 1¦counter⟫\n"
        "  HAS PROPERTIES: Lokalisation = Leber, Segment ⟪VII¦segment⟫\n"
        "  HAS PROPERTIES: Läsion = ⟨a¦hypodense Läsion Lebersegment VII, ⟪23 x 19 mm¦size⟫⟩\n"
        "  CONTAINS: Image Reference = ⟦Serie 6, Bild 48¦6:48¦full_de¦a⟧\n"
        "CONTAINS: ⟪Befund 2¦counter⟫\n"
        "  HAS PROPERTIES: Läsion = ⟨b¦hypodense Läsion Segment ⟪IVa¦segment⟫, ⟪11 mm¦size⟫⟩\n"
        "  CONTAINS: Image Reference = ⟦Serie 6, Bild 31¦6:31¦full_de¦b⟧\n"
        "  CONTAINS: Image Reference (Vorbefund ⟪02.01.2025¦date⟫) = ⟦Serie 5, Bild 29¦p5:29¦prior¦b⟧",
    ),
    (
        "af-de-04",
        "DE",
        "Schlüsselbilder zu Auftrag ⟪A-2025-338812¦counter⟫. Schlüsselbild ⟪1¦counter⟫: ⟦Se 7 Bi 112¦7:112¦abbrev_de¦a⟧"
        " – ⟨a¦Dissektionsmembran in der Aorta descendens⟩. Schlüsselbild ⟪2¦counter⟫: ⟦Se 7 Bi 140-148¦7:140-148¦"
        "range¦b⟧ – ⟨b¦Abgang der linken Nierenarterie aus dem falschen Lumen⟩. Schlüsselbild ⟪3¦counter⟫: "
        "⟦Se 9 Bi 22¦9:22¦abbrev_de¦c⟧ (sagittale MPR) – ⟨c¦maximaler Aortendurchmesser ⟪48 mm¦size⟫⟩.",
    ),
    (
        "af-de-05",
        "DE",
        "Von: Dr. K., Radiologie (Tel. ⟪-4417¦phone⟫)\nAn: Station ⟪B2¦bild_word⟫\nBetreff: Patientin Zimmer "
        "⟪12¦counter⟫ – CT Abdomen\n\nLiebe Kollegin, wie telefonisch besprochen: ⟨a¦freie Luft subphrenisch rechts⟩"
        " sieht man am besten auf ⟦Serie 2 Bild 18¦2:18¦full_de¦a⟧ und ⟦Bild 21¦2:21¦image_only¦a⟧ (Lungenfenster). "
        "⟨b¦Wandverdickung des Sigmas⟩ auf ⟦Serie 2 Bilder 95 bis 104¦2:95-104¦range¦b⟧. Laktat war "
        "⟪4,1 mmol/l¦lab⟫. Gruss, K.",
    ),
    (
        "af-de-06",
        "DE",
        "Tumorboard ⟪24.09.2025¦date⟫, ⟪Folie 7/12¦counter⟫\n– Pat. ⟪67¦age⟫ J., Rektum-Ca ⟪cT3 N1¦staging⟫\n"
        "– ⟨a¦Tumorunterrand ⟪6 cm¦size⟫ ab ano⟩: MRT ⟦Se 5 Bi 18¦5:18¦abbrev_de¦a⟧\n"
        "– ⟨b¦MRF-Abstand ⟪1 mm¦size⟫⟩: ⟦Se 5/Bi 21¦5:21¦slash¦b⟧\n"
        "– ⟨c¦suspekter mesorektaler LK⟩: ⟦Se 5 Bi 24 und 26¦5:24,5:26¦list¦c⟧\n"
        "– Aussen-MRT ⟪07/2025¦date⟫ (Praxis Dr. M.): ⟨e¦Tumorunterrand damals ⟪5 cm¦size⟫ ab ano⟩ "
        "⟦Se 401 Bi 15¦p401:15¦prior¦e⟧",
    ),
    (
        "af-de-07",
        "DE",
        "Sehr geehrter Herr Kollege, wir haben die auswärtige MRT des Kniegelenks vom ⟪02.05.2025¦date⟫ "
        "(Fremdaufnahme, Radiologie am Markt) sowie unsere eigene Untersuchung vom ⟪20.05.2025¦date⟫ befundet. "
        "⟨a¦Der im Fremdbefund beschriebene Korbhenkelriss des Innenmeniskus⟩ ist in der auswärtigen Untersuchung "
        "auf ⟦Serie 3, Bild 14¦p3:14¦prior¦a⟧ allenfalls angedeutet; in unserer Untersuchung ⟨b¦ist das dislozierte "
        "Fragment in der Fossa intercondylaris eindeutig⟩ (⟦Serie 6, Bilder 11–13¦6:11-13¦range¦b⟧). "
        "⟨c¦Knochenmarködem im medialen Femurkondylus⟩ (⟦Serie 4, Bild 19¦4:19¦full_de¦c⟧), ⟨d¦in der "
        "Fremdaufnahme geringer⟩ (⟦Serie 5, Bild 17¦p5:17¦prior¦d⟧). Mit freundlichen kollegialen Grüssen",
    ),
    (
        "af-de-08",
        "DE",
        "Peer-Review-Notiz (QS ⟪Fall 2025/118¦counter⟫): Im Originalbefund vom ⟪08.07.2025¦date⟫ wurde für den "
        "Pankreasschwanzherd ⟪Bild 45¦bild_word⟫ angegeben, ⟨a¦die Läsion im Pankreasschwanz⟩ liegt aber auf "
        "⟦Serie 3 Bild 52¦3:52¦full_de¦a⟧. ⟨b¦Die Gangerweiterung auf ⟪4 mm¦size⟫⟩ ist korrekt mit "
        "⟦Serie 3 Bild 60¦3:60¦full_de¦b⟧ zitiert. Bewertung: ⟪RADPEER 2a¦staging⟫.",
    ),
    (
        "af-de-09",
        "DE",
        "[⟪07:42¦time⟫] Dr. S.: schau mal ⟦Se 3 Bi 77¦3:77¦abbrev_de¦a⟧ – ⟨a¦ist das ein Thrombus in der rechten "
        "Pulmonalarterie?⟩\n[⟪07:44¦time⟫] Dr. L.: ja, ⟨b¦reicht bis in den Unterlappenast⟩, "
        "⟦Se 3 Bi 80-85¦3:80-85¦range¦b⟧. ⟨c¦kein Rechtsherzbelastungszeichen⟩, RV/LV ⟪0,9¦ratio⟫ "
        "(⟦Se 3 Bi 40¦3:40¦abbrev_de¦c⟧)"
        "\n[⟪07:45¦time⟫] Dr. S.: ok, rufe Station an, Tel ⟪3312¦phone⟫",
    ),
    (
        "af-de-10",
        "DE",
        "CT Abdomen Komma portalvenös Punkt neuer Absatz ⟨a¦Hypodense Läsion in Segment ⟪VIII¦segment⟫⟩ Klammer auf "
        "⟦Serie fünf Bild dreiundzwanzig¦5:23¦full_de¦a⟧ Klammer zu Komma ⟨b¦größenkonstant⟩ zur Voruntersuchung "
        "Klammer auf ⟦Serie vier Bild einundzwanzig¦p4:21¦prior¦b⟧ Klammer zu Punkt neuer Absatz ⟨c¦Nebenniere links "
        "knotig verdickt⟩ ⟦Serie 5 Bild 41 und 43¦5:41,5:43¦list¦c⟧ Punkt Kreatinin ⟪1,3¦lab⟫ Punkt",
    ),
    (
        "af-de-11",
        "DE",
        "RIS-Export;Auftrag ⟪4471203¦counter⟫;MRT Schädel;⟪15.10.2025¦date⟫;Befundtext: ⟨a¦Ringförmig "
        "KM-aufnehmende Läsion frontal links ⟪18 mm¦size⟫⟩ (⟦Ser. 11, Bild 94¦11:94¦abbrev_de¦a⟧); ⟨b¦perifokales "
        "Ödem⟩ (⟦Ser. 8, Bild 15-19¦8:15-19¦range¦b⟧); ⟨c¦zentrale Diffusionsrestriktion⟩ (⟦Ser. 6, "
        "Bild 22¦6:22¦abbrev_de¦c⟧);Status: vidiert;Seite ⟪1 von 2¦counter⟫",
    ),
    (
        "af-de-12",
        "DE",
        "GSPS-Annotationen (Export): ⟪Text 1¦counter⟫ „⟨a¦Fraktur Proc. transversus ⟪L2¦level⟫ links⟩“ auf "
        "⟦Serie 3, Bild 66¦3:66¦full_de¦a⟧; ⟪Pfeil 2¦counter⟫ „⟨b¦Hämatom M. psoas⟩“ auf ⟦Serie 3, Bild 70–74¦3:70-74"
        "¦range¦b⟧; ⟪Linie 4¦counter⟫ „Abstand ⟪27 mm¦size⟫“; ⟪Text 5¦counter⟫ „⟨c¦Fraktur Massa lateralis "
        "⟪S1¦level⟫⟩“ auf ⟦Serie 5, Bild 12¦5:12¦full_de¦c⟧",
    ),
    (
        "af-de-13",
        "DE",
        "Im CT vom ⟪12.11.2025¦date⟫ zeigt sich laut Radiologie ⟨a¦ein ⟪3,2 cm¦size⟫ großer Nierentumor rechts⟩ "
        "(⟦Serie 4, Bild 88¦4:88¦full_de¦a⟧), ⟨b¦im Vorbefund-CT vom ⟪04/2024¦date⟫ bereits ⟪2,1 cm¦size⟫⟩ (dort "
        "⟦Serie 3, Bild 80¦p3:80¦prior¦b⟧). ⟨c¦Nierenvene frei⟩ (⟦Serie 4 Bilder 90, 92¦4:90,4:92¦list¦c⟧). "
        "eGFR ⟪52 ml/min¦lab⟫.",
    ),
    (
        "af-de-14",
        "DE",
        "Diktat (unkorrigiert): ⟨a¦Pneumothorax rechts apikal Mantelsaum ⟪2 cm¦size⟫⟩ ⟦Serie 7 Bild Bild 33¦7:33¦"
        "full_de¦a⟧ Punkt ⟨b¦Thoraxdrainage projiziert sich in den Interlobärspalt⟩ ⟦Serie sieben Bilder 40 bis 44¦"
        "7:40-44¦range¦b⟧ Punkt Vergleich Röntgen von gestern ⟪18 Uhr¦time⟫ Punkt neue Zeile ⟨c¦Rippenfraktur "
        "⟪7.¦counter⟫ Rippe lateral⟩ ⟦Serie 3 Bild 58¦3:58¦full_de¦c⟧ Komma ⟦Serie 3 Bild 61¦3:61¦full_de¦c⟧ Punkt",
    ),
    # ---------------------------------------------------------------- AT
    (
        "af-at-01",
        "AT",
        "OBX|⟪5¦counter⟫|FT|⟪18782-3¦counter⟫^Radiology Study observation^LN||⟨a¦Stenose der ACI rechts "
        "⟪70 %¦ratio⟫⟩ (⟦Serie 6 Bild 211¦6:211¦full_de¦a⟧)~⟨b¦Plaque ulzeriert⟩ ⟦Serie 6 Bild 215-219¦6:215-219¦"
        "range¦b⟧~Vgl. CTA ⟪Jänner 2025¦date⟫: ⟨c¦Stenose damals ⟪50 %¦ratio⟫⟩ ⟦Serie 4 Bild 198¦p4:198¦prior¦c⟧"
        "||||||F|||⟪20251020¦date⟫",
    ),
    (
        "af-at-02",
        "AT",
        "⟨a¦Bandscheibenvorfall ⟪L4/L5¦level⟫ paramedian links⟩ ⟦Serie vier Bild hundertzwölf¦4:112¦full_de¦a⟧ "
        "Punkt nächster Absatz ⟨b¦Wurzelkompression ⟪L5¦level⟫ links⟩ ⟦Serie vier Bild hundertvierzehn¦4:114¦"
        "full_de¦b⟧ Punkt nächster Absatz ⟨c¦Spinalkanal in Höhe ⟪L3/L4¦level⟫ "
        "eng⟩ ⟦Serie vier Bild neunzig¦4:90¦full_de¦c⟧ Punkt",
    ),
    (
        "af-at-03",
        "AT",
        "SR-Export Messbericht:\nCONTAINS: Measurement Group [⟪1¦counter⟫]\n  HAS OBS CONTEXT: Tracking Identifier ="
        " ⟪Zielläsion 1¦counter⟫\n  CONTAINS: Finding = ⟨a¦Lymphknoten iliakal extern links⟩\n  CONTAINS: Short Axis"
        " = ⟪17 mm¦size⟫\n  INFERRED FROM: Image Reference = ⟦Serie 3 / Bild 140¦3:140¦slash¦a⟧\nCONTAINS: "
        "Measurement Group [⟪2¦counter⟫]\n  CONTAINS: Finding = ⟨b¦Lebermetastase Segment ⟪VI¦segment⟫⟩\n  CONTAINS:"
        " Long Axis = ⟪31 mm¦size⟫\n  INFERRED FROM: Image Reference = ⟦Serie 3 / Bild 62¦3:62¦slash¦b⟧\n  INFERRED"
        " FROM: Image Reference (Baseline ⟪14.02.2025¦date⟫) = ⟦Serie 2 / Bild 58¦p2:58¦prior¦b⟧",
    ),
    (
        "af-at-04",
        "AT",
        "Key Images (PACS): #⟪1¦counter⟫ ⟦Se 5 IMA 23¦5:23¦abbrev_de¦a⟧ ⟨a¦Fraktur Os scaphoideum proximales "
        "Drittel⟩; #⟪2¦counter⟫ ⟦Se 5 IMA 25¦5:25¦abbrev_de¦b⟧ ⟨b¦Frakturspalt ⟪1,5 mm¦size⟫⟩; #⟪3¦counter⟫ "
        "⟦Se 8 IMA 11¦8:11¦abbrev_de¦c⟧ ⟨c¦Knochenmarködem Os lunatum⟩.",
    ),
    (
        "af-at-05",
        "AT",
        "Lieber Herr OA, bezüglich Ihres Befundes vom ⟪3.11.¦date⟫: Sie schreiben Lungenrundherd Unterlappen links "
        "⟪Serie 2 Bild 189¦bild_word⟫ – ich finde dort nur Gefäße. Meinen Sie ⟨b¦den Herd⟩ auf "
        "⟦Serie 2 Bild 198¦2:198¦full_de¦b⟧?\nAntwort OA: Ja, ⟨c¦Herd ⟪6 mm¦size⟫ im ⟪S10¦segment⟫⟩ "
        "⟦Serie 2, Bild 198¦2:198¦full_de¦c⟧, Tippfehler im Befund. ⟨d¦Im Vor-CT ⟪2024¦date⟫ ⟪4 mm¦size⟫⟩ "
        "⟦Serie 2, Bild 190¦p2:190¦prior¦d⟧.",
    ),
    (
        "af-at-06",
        "AT",
        "Tumorboard HNO ⟪KW 42¦date⟫ – ⟪Folie 3¦counter⟫: ⟨a¦Tonsillenkarzinom links⟩, MRT ⟦Serie 7 Bild 30–36¦"
        "7:30-36¦range¦a⟧; ⟨b¦LK Level ⟪IIa¦level⟫ ⟪22 mm¦size⟫⟩ ⟦Serie 7 Bild 41¦7:41¦full_de¦b⟧; "
        "⟨c¦retropharyngealer "
        "LK⟩ ⟦Serie 7 Bild 12¦7:12¦full_de¦c⟧. ⟪cT2 N1¦staging⟫, p16 "
        "positiv.",
    ),
    (
        "af-at-07",
        "AT",
        "Doppelbefundung Mammographie-Screening ⟪Runde 4¦counter⟫: Erstbefunder ⟪BI-RADS 2¦birads⟫, Zweitbefunder "
        "⟪BI-RADS 4¦birads⟫. ⟨a¦Gruppierter Mikrokalk oben außen links⟩ ⟦Bild 3¦-:3¦image_only¦a⟧ (MLO links) und "
        "⟦Bild 4¦-:4¦image_only¦a⟧ (CC links). Im Vorscreening ⟪2023¦date⟫ ⟨b¦nicht sichtbar⟩ "
        "(⟦Bild 3¦p-:3¦prior¦b⟧). Konsens: Abklärung.",
    ),
    (
        "af-at-08",
        "AT",
        "Zweitbegutachtung der CT vom ⟪12.9.2025¦date⟫ (auswärtiges LKH): ⟨a¦Appendix verdickt auf ⟪11 mm¦size⟫⟩ "
        "auf den Fremdbildern ⟦Serie 201, Bild 64¦p201:64¦prior¦a⟧. In der hauseigenen Kontroll-CT vom "
        "⟪15.9.2025¦date⟫ ⟨b¦periappendizitischer Abszess ⟪3 x 2 cm¦size⟫⟩ ⟦Serie 3, Bild 71 bis 75¦3:71-75¦range¦b⟧,"
        " ⟨c¦freie Flüssigkeit im Douglas⟩ ⟦Serie 3, Bild 102¦3:102¦full_de¦c⟧, ⟨d¦in der auswärtigen CT nur ein "
        "Saum⟩ ⟦Serie 201, Bild 98¦p201:98¦prior¦d⟧. CRP ⟪180 mg/l¦lab⟫.",
    ),
    (
        "af-at-09",
        "AT",
        "[⟪14:02¦time⟫] Assistent: ⟦Se4 Bi56¦4:56¦glued¦a⟧ – ⟨a¦Milzlazeration oder Lappung?⟩\n[⟪14:05¦time⟫] OA: "
        "⟨b¦Lazeration, Grad ⟪III¦staging⟫⟩, siehe auch ⟦Se4 Bi58-61¦4:58-61¦range¦b⟧. ⟨c¦Hämatoperitoneum "
        "perihepatisch⟩ ⟦Se4 Bi30¦4:30¦glued¦c⟧. Hb ⟪9,8¦lab⟫, RR ⟪95/60¦blood_pressure⟫ – Chirurgie informieren "
        "(DW ⟪2281¦phone⟫).",
    ),
    (
        "af-at-10",
        "AT",
        "Annotationen (Viewer-Export): ⟨a¦Thrombus V. poplitea⟩ – ⟦Serie 2 Schicht 44¦2:44¦slice_word¦a⟧; "
        "⟨b¦Baker-Zyste ⟪4 x 2 cm¦size⟫⟩ – ⟦Serie 2 Schicht 51¦2:51¦slice_word¦b⟧. D-Dimer ⟪2,8 mg/l¦lab⟫. "
        "⟨c¦V. saphena parva frei⟩ – ⟦Serie 2 Schicht 30¦2:30¦slice_word¦c⟧.",
    ),
    (
        "af-at-11",
        "AT",
        "⟨a¦Verkalktes Granulom im rechten Oberlappen⟩ Beistrich ⟦Serie fünf Bild sechzehn¦5:16¦full_de¦a⟧ Punkt "
        "⟨b¦Pleuraerguss links mit ⟪3 cm¦size⟫ Saum⟩ Beistrich ⟦Serie fünf Bilder achtzig bis neunzig¦5:80-90¦range¦"
        "b⟧ Punkt Absatz ⟨d¦Erguss in der Voruntersuchung vom ⟪2. Juli¦date⟫ nicht vorhanden⟩ Beistrich dort "
        "⟦Serie vier Bild achtzig¦p4:80¦prior¦d⟧ Punkt",
    ),
    (
        "af-at-12",
        "AT",
        "Befund-ID ⟪BEF-88123¦counter⟫ | Untersuchung: CT Becken | Befund: ⟨a¦Acetabulumfraktur rechts, vorderer "
        "Pfeiler⟩ ⟦Se 3 Im 87¦3:87¦abbrev_en¦a⟧ | ⟨b¦Fraktur des oberen Schambeinastes rechts⟩ "
        "⟦Se 3 Im 120, 124¦3:120,3:124¦list¦b⟧ | ⟨c¦Iliosakralgelenk rechts "
        "gesprengt⟩ ⟦Se 3 Im 40¦3:40¦abbrev_en¦c⟧ | Seite ⟪1/1¦counter⟫",
    ),
    (
        "af-at-13",
        "AT",
        "Laut Radiologie: ⟨a¦Cholezystolithiasis mit Wandverdickung ⟪5 mm¦size⟫⟩ (⟦Se/Im 3/45¦3:45¦slash¦a⟧), "
        "⟨b¦DHC ⟪9 mm¦size⟫⟩ (⟦Se/Im 3/52¦3:52¦slash¦b⟧), ⟨c¦DHC im Vorbefund ⟪6 mm¦size⟫⟩ (⟪04/2025¦date⟫, "
        "⟦Se/Im 2/48¦p2:48¦prior¦c⟧). Bilirubin ⟪3,4 mg/dl¦lab⟫.",
    ),
    (
        "af-at-14",
        "AT",
        "RECIST 1.1 Nachsorge: ⟪Ziel 1¦counter⟫ ⟨a¦Leber Seg. ⟪VII¦segment⟫: ⟪34 mm¦size⟫⟩ "
        "(⟦Se 4 Bi 52¦4:52¦abbrev_de¦a⟧) vs. ⟨b¦Baseline ⟪41 mm¦size⟫⟩ (⟦Se 3 Bi 50¦p3:50¦prior¦b⟧); ⟪Ziel 2¦counter⟫"
        " ⟨c¦LK paraaortal: ⟪12 mm¦size⟫⟩ (⟦Se 4 Bi 88¦4:88¦abbrev_de¦c⟧) vs. ⟨d¦Baseline ⟪15 mm¦size⟫⟩ "
        "(⟦Se 3 Bi 85¦p3:85¦prior¦d⟧); Summe ⟪46 mm¦size⟫ (⟪-18 %¦ratio⟫).",
    ),
    # ---------------------------------------------------------------- CH
    (
        "af-ch-01",
        "CH",
        "⟨a¦Lungenembolie segmental im rechten Unterlappen⟩, ⟦image 112 de la série 5¦5:112¦full_de¦a⟧. "
        "⟨b¦Infarktpneumonie⟩ ⟦série 5, images 130 à 134¦5:130-134¦range¦b⟧. ⟨c¦Rechter Unterlappen im CT vom "
        "⟪12.08.2025¦date⟫ (HUG) noch unauffällig⟩, ⟦série 3 image 100¦p3:100¦prior¦c⟧. Troponine ⟪45 ng/l¦lab⟫.",
    ),
    (
        "af-ch-02",
        "CH",
        "⟨a¦Solider Nodulus im Mittellappen ⟪7 mm¦size⟫⟩ ⟦immagine 54 serie 3¦3:54¦full_de¦a⟧, ⟨b¦stabil gegenüber "
        "dem Vorbefund⟩ (precedente: ⟦serie 2 immagine 49¦p2:49¦prior¦b⟧). ⟨c¦Mediastinale Lymphknoten nicht "
        "vergrössert⟩ ⟦serie 3 imm. 30-40¦3:30-40¦range¦c⟧. ⟪Lung-RADS 2¦birads⟫.",
    ),
    (
        "af-ch-03",
        "CH",
        "OBX|⟪7¦counter⟫|TX|GDT^Befund||⟨a¦Osteochondrale Läsion der medialen Talusschulter ⟪8 x 6 mm¦size⟫⟩ "
        "(⟦Ser. 9/Bild 14¦9:14¦slash¦a⟧)||||||F|||⟪202510031105¦date⟫ OBX|⟪8¦counter⟫|TX|GDT^Befund||⟨b¦Erguss im "
        "OSG⟩ (⟦Ser. 9/Bild 20¦9:20¦slash¦b⟧). Fremd-MRI Kantonsspital ⟪2024¦date⟫ ⟦Ser. 5/Bild 12¦p5:12¦prior¦c⟧:"
        " ⟨c¦Läsion dort ⟪6 x 5 mm¦size⟫⟩||||||F",
    ),
    (
        "af-ch-04",
        "CH",
        "SR Key Object Selection, Document Title: Of Interest\nCONTAINS: TEXT: „⟨a¦Verdacht auf Spondylodiszitis "
        "⟪Th11/12¦level⟫⟩“\nCONTAINS: IMAGE: ⟦Series 601, Instance 18¦601:18¦full_en¦a⟧ (SOP Instance UID "
        "⟪1.2.756.5.30.1.2025.114¦counter⟫)\nCONTAINS: IMAGE: ⟦Series 601, Instance 19¦601:19¦full_en¦a⟧\nCONTAINS:"
        " TEXT: „⟨b¦Paravertebraler Abszess links⟩“\nCONTAINS: IMAGE: ⟦Series 602, Instance 22¦602:22¦full_en¦b⟧\n"
        "CRP ⟪96 mg/l¦lab⟫",
    ),
    (
        "af-ch-05",
        "CH",
        "Dr. B. (⟪10:15¦time⟫): Kannst du ⟦S. 3 B. 88¦3:88¦abbrev_de¦a⟧ anschauen? ⟨a¦Feiner Frakturspalt am "
        "Schenkelhals?⟩\nDr. F. (⟪10:21¦time⟫): Ja, ⟨b¦nicht dislozierte Schenkelhalsfraktur⟩, ⟪Garden 1¦staging⟫, "
        "besser auf ⟦S. 5 B. 40¦5:40¦abbrev_de¦b⟧ (coronal). ⟨c¦Gelenkerguss⟩ "
        "(⟦S. 5 B. 44¦5:44¦abbrev_de¦c⟧).",
    ),
    (
        "af-ch-06",
        "CH",
        "Zweitmeinung: ⟨a¦Die Pankreaszyste im Processus uncinatus misst ⟪24 mm¦size⟫⟩ (CT externe, "
        "⟦série 4 image 66¦p4:66¦prior¦a⟧); in unserer MRCP vom ⟪03.10.2025¦date⟫ ⟨b¦⟪26 mm¦size⟫ ohne murale "
        "Knoten⟩ (⟦Serie 12, Bild 21¦12:21¦full_de¦b⟧), ⟨c¦Kommunikation mit dem Hauptgang⟩ "
        "(⟦Serie 14 Bilder 30, 31 und 33¦14:30,14:31,14:33¦list¦c⟧). ⟪CA 19-9 18 U/ml¦lab⟫.",
    ),
    (
        "af-ch-07",
        "CH",
        "M&M-Konferenz ⟪Fall 3¦counter⟫: Im Originalbefund wurde der Rundherd mit ⟪Serie 4 Bild 45¦bild_word⟫ "
        "zitiert; ⟨a¦der Rundherd⟩ liegt auf ⟦Serie 4 Bild 52¦4:52¦full_de¦a⟧. ⟨b¦Der Herd war retrospektiv bereits in "
        "der VU vom ⟪11.2024¦date⟫ sichtbar⟩ (VU ⟦Serie 3 Bild 50¦p3:50¦prior¦b⟧). Zusätzlich übersehen: "
        "⟨c¦Nebennierenadenom rechts⟩ ⟦Serie 4 Bild 88¦4:88¦full_de¦c⟧.",
    ),
    (
        "af-ch-08",
        "CH",
        "Tumorboard Thorax ⟪16.10.2025¦date⟫, ⟪Traktandum 4¦counter⟫: ⟨a¦Adenokarzinom Oberlappen rechts "
        "⟪4,1 cm¦size⟫⟩ ⟦Serie 3 Bild 44–52¦3:44-52¦range¦a⟧, ⟨b¦Infiltration der Thoraxwand?⟩ "
        "⟦Serie 3 Bild 47¦3:47¦full_de¦b⟧ und ⟦Serie 8 Bild 20¦8:20¦full_de¦b⟧ (sagittal). ⟨c¦Nebennierenmetastase "
        "links⟩ ⟦Serie 3 Bild 140¦3:140¦full_de¦c⟧, ⟪cT3 N2 M1b¦staging⟫. Vgl. PET/CT ⟪09/2025¦date⟫ aus dem "
        "Kantonsspital: ⟨d¦Nebenniere links damals SUV ⟪2,1¦lab⟫⟩ ⟦Serie 2 Bild 133¦p2:133¦prior¦d⟧.",
    ),
    (
        "af-ch-09",
        "CH",
        "Diktat (Spracherkennung, nicht korrigiert): ⟨a¦Horizontalriss im Hinterhorn des Innenmeniskus⟩ "
        "⟦Serie sechs Bild siebzehn achtzehn¦6:17,6:18¦list¦a⟧ Punkt Absatz ⟨b¦Vorderes Kreuzband intakt⟩ "
        "⟦Serie sieben Bild zwölf¦7:12¦full_de¦b⟧ Punkt Absatz Vergleich MRI vom ⟪Januar 2024¦date⟫ Doppelpunkt "
        "⟨c¦Riss damals nicht vorhanden⟩ ⟦Serie fünf Bild sechzehn¦p5:16¦prior¦c⟧ Punkt",
    ),
    (
        "af-ch-10",
        "CH",
        "⟨a¦Hepatomegalie, Leber ⟪19 cm¦size⟫ in der MCL⟩ ⟦sér. 3 im. 45¦3:45¦abbrev_de¦a⟧. ⟨b¦Splenomegalie "
        "⟪15 cm¦size⟫⟩ ⟦sér. 3 im. 60¦3:60¦abbrev_de¦b⟧; ⟨c¦Varizen am Milzhilus⟩ ⟦im. 62 et 64¦3:62,3:64¦list¦c⟧. "
        "Vergleich CT du ⟪15.03.2025¦date⟫: ⟨d¦Milz damals ⟪13 cm¦size⟫⟩ ⟦sér. 2 im. 58¦p2:58¦prior¦d⟧.",
    ),
    (
        "af-ch-11",
        "CH",
        "Ciao Marco, wie besprochen: ⟨a¦Intramurales Hämatom der Aorta descendens⟩, siehe ⟦serie 4 immagini 88-96¦"
        "4:88-96¦range¦a⟧, ⟨b¦penetrierendes Ulkus⟩ ⟦serie 4 immagine 92¦4:92¦full_de¦b⟧. ⟨c¦Nel CT precedente "
        "(⟪02.10.2025¦date⟫) kein Hämatom⟩, ⟦serie 3 immagine 85¦p3:85¦prior¦c⟧. Blutdruck ⟪165/95¦blood_pressure⟫, "
        "bitte Gefässchirurgie (int. ⟪6620¦phone⟫). Saluti, L.",
    ),
    (
        "af-ch-12",
        "CH",
        "PACS-Notiz (Schlüsselbilder): ⟦Ser. 2 Bild 9¦2:9¦abbrev_de¦a⟧ ⟨a¦Kalkaneusfraktur mit Gelenkbeteiligung⟩ | "
        "⟦Ser. 2 Bild 12¦2:12¦abbrev_de¦b⟧ ⟨b¦Böhler-Winkel ⟪15°¦size⟫⟩ | ⟦Ser. 4 Bild 7¦4:7¦abbrev_de¦c⟧ "
        "⟨c¦Sustentaculum frakturiert⟩ | ⟦Ser. 4 Bild 10¦4:10¦abbrev_de¦d⟧ ⟨d¦Impression der "
        "posterioren Facette ⟪4 mm¦size⟫⟩",
    ),
    (
        "af-ch-13",
        "CH",
        "RIS;Untersuchung=MR Prostata;Datum=⟪2025-10-22¦date⟫;Befund=⟨a¦⟪PI-RADS-5¦birads⟫-Läsion Peripherzone "
        "links posterolateral ⟪16 mm¦size⟫⟩ ⟦Serie 8 Bild 14¦8:14¦full_de¦a⟧ (DWI), ⟦Serie 5 Bild 15¦5:15¦full_de¦a⟧"
        " (T2); ⟨b¦Kapselkontakt⟩ ⟦Serie 5 Bild 15-17¦5:15-17¦range¦b⟧;PSA=⟪11,4 ng/ml¦lab⟫;Vergleich=MR "
        "⟪2023¦date⟫ ⟨c¦damals ⟪PI-RADS 3¦birads⟫⟩ ⟦Serie 7 Bild 13¦p7:13¦prior¦c⟧",
    ),
    (
        "af-ch-14",
        "CH",
        "⟨a¦Subdurales Hämatom frontoparietal rechts ⟪9 mm¦size⟫⟩ (⟦Serie 2, Bild-Nr. 18¦2:18¦full_de¦a⟧), "
        "⟨b¦Mittellinienverlagerung ⟪4 mm¦size⟫⟩ (⟦Bild-Nr. 20¦2:20¦image_only¦b⟧). Im CT vom Vortag "
        "(⟪23:40¦time⟫) ⟨c¦Hämatom damals ⟪6 mm¦size⟫⟩ (⟦Serie 2, Bild-Nr. 17¦p2:17¦prior¦c⟧). ⟪GCS 14¦staging⟫.",
    ),
    # ---------------------------------------------------------------- UK
    (
        "af-uk-01",
        "UK",
        "⟨a¦There is a ⟪12 mm¦size⟫ nodule in the right upper lobe⟩ ⟦series three image forty five¦3:45¦full_en¦a⟧ "
        "full stop new paragraph ⟨b¦Further ⟪4 mm¦size⟫ nodule in the left lower lobe⟩ ⟦series three image one "
        "hundred and twelve¦3:112¦full_en¦b⟧ full stop new paragraph Compared with the previous CT of "
        "⟪3rd March¦date⟫ ⟨c¦the right upper lobe nodule measured ⟪9 mm¦size⟫⟩ ⟦series 2 image 44¦p2:44¦prior¦c⟧ full"
        " stop",
    ),
    (
        "af-uk-02",
        "UK",
        "OBX|⟪1¦counter⟫|TX|^REPORT||CT CHEST ABDOMEN PELVIS WITH CONTRAST~~FINDINGS: ⟨a¦Sclerotic lesion in the "
        "⟪T9¦level⟫ vertebral body⟩ (⟦series 5 image 61¦5:61¦full_en¦a⟧).~⟨b¦Further sclerotic foci in the right "
        "iliac bone⟩ (⟦series 5 images 201, 205 and 209¦5:201,5:205,5:209¦list¦b⟧).~⟨c¦These are new compared with "
        "⟪14/02/2025¦date⟫⟩ (prior ⟦series 4 image 198¦p4:198¦prior¦c⟧).||||||F|||⟪20251103091500¦date⟫||"
        "⟪RAD123¦counter⟫",
    ),
    (
        "af-uk-03",
        "UK",
        "From: Consultant Radiologist\nTo: Colorectal MDT coordinator\nSubject: Re: patient for Thursday MDT "
        "(hospital no. ⟪K123456¦counter⟫)\n\nHi Sarah, re the staging CT: ⟨a¦the ⟪18 mm¦size⟫ lesion in liver "
        "segment ⟪8¦segment⟫⟩ is on ⟦series 4, image 37¦4:37¦full_en¦a⟧ and ⟨b¦the smaller one in segment "
        "⟪6¦segment⟫⟩ on ⟦image 62¦4:62¦image_only¦b⟧. ⟨c¦The larger one was already present on the outside scan from "
        "⟪06/2025¦date⟫⟩ (their ⟦series 3, image 30¦p3:30¦prior¦c⟧). CEA ⟪12¦lab⟫. Ext ⟪4432¦phone⟫.",
    ),
    (
        "af-uk-04",
        "UK",
        "Breast MDT ⟪12/11/2025¦date⟫ – slide ⟪5 of 9¦counter⟫\n• ⟨a¦Irregular mass right breast at "
        "⟪10 o'clock¦time⟫, ⟪23 mm¦size⟫⟩ – MRI ⟦S7 I112¦7:112¦abbrev_en¦a⟧ (⟪M5¦birads⟫)\n• ⟨b¦Satellite lesion "
        "⟪8 mm¦size⟫⟩ ⟦S7 I118¦7:118¦abbrev_en¦b⟧ (⟪U4¦birads⟫)\n• ⟨c¦Level ⟪1¦level⟫ axillary node, cortex "
        "⟪4 mm¦size⟫⟩ (⟦7:140¦7:140¦compact¦c⟧)\n• ⟨d¦Mass previously ⟪15 mm¦size⟫ on MRI of ⟪May 2025¦date⟫⟩ "
        "(prior ⟦6:98¦p6:98¦prior¦d⟧)",
    ),
    (
        "af-uk-05",
        "UK",
        "Discrepancy meeting, ⟪case 7¦counter⟫: the original report cited ⟪image 45¦bild_word⟫ for the pneumothorax, "
        "but ⟨a¦the pneumothorax⟩ is actually seen on ⟦series 2 image 52¦2:52¦full_en¦a⟧. ⟨b¦The missed fracture of "
        "the right ⟪7th¦counter⟫ rib⟩ is on ⟦series 2 image 80¦2:80¦full_en¦b⟧ and ⟦series 603 image 41¦603:41¦"
        "full_en¦b⟧ (bone reconstruction). ⟨c¦It was visible in retrospect on the previous CT⟩ (⟦series 2, image 77¦"
        "p2:77¦prior¦c⟧). Discrepancy grade ⟪2b¦staging⟫.",
    ),
    (
        "af-uk-06",
        "UK",
        "TEXT EXPORT – Comprehensive SR\n⟪1¦counter⟫ CONTAINS CONTAINER: Findings\n⟪1.1¦counter⟫ CONTAINS TEXT: "
        "⟨a¦Hypoattenuating lesion, pancreatic body, ⟪21 x 17 mm¦size⟫⟩\n⟪1.1.1¦counter⟫ INFERRED FROM IMAGE: "
        "⟦Series 3, Image 54¦3:54¦full_en¦a⟧\n⟪1.2¦counter⟫ CONTAINS TEXT: ⟨b¦Upstream duct dilatation "
        "⟪6 mm¦size⟫⟩\n⟪1.2.1¦counter⟫ INFERRED FROM IMAGE: ⟦Series 3, Image 49¦3:49¦full_en¦b⟧\n⟪1.2.2¦counter⟫ "
        "INFERRED FROM IMAGE: ⟦Series 5, Image 22¦5:22¦full_en¦b⟧\n⟪1.3¦counter⟫ CONTAINS TEXT: ⟨c¦Lesion "
        "⟪16 mm¦size⟫ on comparison study⟩\n⟪1.3.1¦counter⟫ INFERRED FROM IMAGE (comparison ⟪2025-04-02¦date⟫): "
        "⟦Series 2, Image 50¦p2:50¦prior¦c⟧",
    ),
    (
        "af-uk-07",
        "UK",
        "[⟪02:14¦time⟫] Reg: ?appendicitis – ⟨a¦appendix ⟪9 mm¦size⟫ with fat stranding⟩ ⟦ser 3 im 88-95¦3:88-95¦"
        "range¦a⟧\n[⟪02:16¦time⟫] Cons: agree. ⟨b¦Appendicolith⟩ at ⟦ser 3 im 91¦3:91¦abbrev_en¦b⟧\n"
        "[⟪02:17¦time⟫] Cons: ⟨c¦no free gas⟩ – check ⟦ser 2 im 40¦2:40¦abbrev_en¦c⟧ on lung windows. WCC "
        "⟪15.2¦lab⟫, CRP ⟪140¦lab⟫.",
    ),
    (
        "af-uk-08",
        "UK",
        "Dear Dr Patel, thank you for asking us to review the outside MRI of the lumbar spine (⟪04/09/2025¦date⟫) "
        "together with our own study of ⟪22/10/2025¦date⟫. On the outside study ⟨a¦there is a sequestered disc "
        "fragment behind the ⟪L5¦level⟫ body⟩ (⟦series 4, image 9¦p4:9¦prior¦a⟧). On our study ⟨b¦the fragment has "
        "migrated caudally to the ⟪S1¦level⟫ level⟩ (⟦series 7, images 8–10¦7:8-10¦range¦b⟧) and ⟨c¦is compressing "
        "the left ⟪S1¦level⟫ nerve root⟩ (⟦series 9, image 21¦9:21¦full_en¦c⟧). Yours sincerely",
    ),
    (
        "af-uk-09",
        "UK",
        "Key image note (⟪4 images¦counter⟫ flagged): ⟦Se 4 Im 77¦4:77¦abbrev_en¦a⟧ – ⟨a¦subsegmental PE right lower "
        "lobe⟩; ⟦Se 4 Im 79¦4:79¦abbrev_en¦b⟧ – ⟨b¦second filling defect⟩; ⟦Se 4 Im 102¦4:102¦abbrev_en¦c⟧ – "
        "⟨c¦RV/LV ratio ⟪1.1¦ratio⟫⟩; comparison ⟪2022¦date⟫ ⟦Se 3 Im 75¦p3:75¦prior¦d⟧ – ⟨d¦no filling defect⟩.",
    ),
    (
        "af-uk-10",
        "UK",
        "CRIS EXPORT | Event ⟪RX25-0098123¦counter⟫ | CT HEAD | Reported ⟪23:12¦time⟫ ⟪07/11/2025¦date⟫ | "
        "⟨a¦Acute extradural haematoma, left temporal, ⟪14 mm¦size⟫ thick⟩ (⟦3/22¦3:22¦slash¦a⟧) | ⟨b¦Overlying "
        "temporal bone fracture⟩ (⟦4/31¦4:31¦slash¦b⟧) | ⟨c¦Midline shift ⟪5 mm¦size⟫⟩ (⟦3/25¦3:25¦slash¦c⟧) | GCS "
        "⟪13/15¦staging⟫ | Page ⟪1 of 1¦counter⟫",
    ),
    (
        "af-uk-11",
        "UK",
        "⟨a¦Small pericardial effusion⟩ ⟦series for image 60¦4:60¦full_en¦a⟧ full stop ⟨b¦Left pleural effusion with "
        "passive atelectasis⟩ ⟦series 4 images 80 to 95¦4:80-95¦range¦b⟧ full stop new line ⟨c¦Previous CT "
        "⟪2024¦date⟫ showed no effusion⟩ ⟦series 2 image 70¦p2:70¦prior¦c⟧ full stop",
    ),
    (
        "af-uk-12",
        "UK",
        "Audit note – reporting accuracy ⟪Q3 2025¦date⟫: ⟨a¦Left adrenal nodule ⟪14 mm¦size⟫, ⟪8 HU¦lab⟫⟩ correctly "
        "referenced (⟦series 201 image 66¦201:66¦full_en¦a⟧). The incidental renal cyst was referenced as "
        "⟪image 99¦bild_word⟫ in the report, but ⟨b¦the renal cyst (Bosniak ⟪2¦staging⟫)⟩ is on ⟦series 201 image "
        "109¦201:109¦full_en¦b⟧. ⟨c¦Same cyst on the ⟪2021¦date⟫ prior⟩ (⟦series 3 image 101¦p3:101¦prior¦c⟧).",
    ),
    (
        "af-uk-13",
        "UK",
        "Lung MDT ⟪14.11.25¦date⟫ – Pt ⟪72¦age⟫M, ⟪T2a N0 M0¦staging⟫: ⟨a¦spiculated LUL mass ⟪28 mm¦size⟫⟩ "
        "(⟦S3 I45-52¦3:45-52¦range¦a⟧); ⟨b¦pleural tag⟩ (⟦S3 I50¦3:50¦abbrev_en¦b⟧); ⟨c¦mass measured ⟪19 mm¦size⟫"
        " in ⟪03/25¦date⟫⟩ (prev ⟦S2 I41¦p2:41¦prior¦c⟧). FEV1 ⟪1.8 L¦lab⟫, ECOG ⟪1¦staging⟫.",
    ),
    (
        "af-uk-14",
        "UK",
        "Dear Dr Jones, further to our report (accession ⟪RAH1234567¦counter⟫): ⟨a¦the thyroid nodule⟩ is on "
        "⟦series 2 image 14¦2:14¦full_en¦a⟧ of the CT neck; ⟨b¦on the previous scan of ⟪10/2023¦date⟫ it measured "
        "⟪9 mm¦size⟫⟩ (previous ⟦series 2 image 15¦p2:15¦prior¦b⟧) and ⟨c¦now measures ⟪13 mm¦size⟫⟩ "
        "(⟦series 2, images 14 and 16¦2:14,2:16¦list¦c⟧). TSH ⟪0.9¦lab⟫. Please ring ext ⟪2271¦phone⟫.",
    ),
    # ---------------------------------------------------------------- US
    (
        "af-us-01",
        "US",
        "⟨a¦There is a ⟪2.3 cm¦size⟫ enhancing mass in the right kidney⟩ ⟦series five image forty four¦5:44¦full_en¦a⟧"
        " period next line ⟨b¦Renal vein patent⟩ ⟦series five image fifty¦5:50¦full_en¦b⟧ period next line "
        "⟨c¦Adjacent ⟪9 mm¦size⟫ simple cyst⟩ ⟦series five image forty six¦5:46¦full_en¦c⟧ period",
    ),
    (
        "af-us-02",
        "US",
        "OBX|⟪1¦counter⟫|FT|&GDT||IMPRESSION:~⟪1.¦counter⟫ ⟨a¦Acute pulmonary embolism in the right lower lobe "
        "segmental arteries⟩ (⟦series 4, images 120-131¦4:120-131¦impression¦a⟧).~⟪2.¦counter⟫ No right heart "
        "strain.~⟪3.¦counter⟫ ⟨c¦⟪6 mm¦size⟫ right middle lobe nodule⟩ (⟦series 6, image 88¦6:88¦impression¦c⟧), "
        "⟨d¦unchanged from ⟪01/05/2024¦date⟫⟩ (prior ⟦series 3, image 80¦p3:80¦prior¦d⟧); follow-up CT in "
        "⟪6-12 months¦followup⟫.||||||F",
    ),
    (
        "af-us-03",
        "US",
        "Structured Report – Measurement Report (TID ⟪1500¦counter⟫)\nCONTAINS: Measurement Group: Tracking ID = "
        "⟪Lesion 1¦counter⟫\n  CONTAINS: Finding = ⟨a¦hypervascular liver lesion⟩\n  CONTAINS: Long Axis = "
        "⟪2.4 cm¦size⟫\n  CONTAINS: Image Reference: ⟦Series 3, Image 31¦3:31¦full_en¦a⟧\nCONTAINS: Measurement "
        "Group: Tracking ID = ⟪Lesion 2¦counter⟫\n  CONTAINS: Finding = ⟨b¦portacaval lymph node⟩\n  CONTAINS: "
        "Short Axis = ⟪1.1 cm¦size⟫\n  CONTAINS: Image Reference: ⟦Series 3, Image 45¦3:45¦full_en¦b⟧\n  CONTAINS: "
        "Image Reference: ⟦Series 602, Image 60¦602:60¦full_en¦b⟧ (coronal)",
    ),
    (
        "af-us-04",
        "US",
        "[⟪3:47 PM¦time⟫] Dr. Nguyen (ED): hey, is that a ⟨a¦fracture of the ⟪C2¦level⟫ dens⟩?? "
        "⟦ser 401 img 62¦401:62¦abbrev_en¦a⟧\n[⟪3:52 PM¦time⟫] Dr. Rossi (Neuro): yes – ⟨b¦type ⟪II¦staging⟫ "
        "odontoid fracture⟩, best on sag ⟦ser 402 img 31¦402:31¦abbrev_en¦b⟧. ⟨c¦Prevertebral swelling "
        "⟪7 mm¦size⟫⟩ ⟦ser 402 img 29¦402:29¦abbrev_en¦c⟧. Call me at ⟪x4-5512¦phone⟫.",
    ),
    (
        "af-us-05",
        "US",
        "Second opinion review. The outside CT (⟪08/14/2025¦date⟫) was reviewed together with our pancreas protocol "
        "CT. ⟨a¦The pancreatic head mass measures ⟪3.1 cm¦size⟫ on the outside study⟩ (⟦series 2, image 40¦p2:40¦"
        "prior¦a⟧) versus ⟨b¦⟪3.6 cm¦size⟫ on our study⟩ (⟦series 5, image 61¦5:61¦full_en¦b⟧). ⟨c¦Abutment of the "
        "SMV of less than ⟪180 degrees¦ratio⟫⟩ (⟦series 5, images 63 and 65¦5:63,5:65¦list¦c⟧; outside "
        "⟦series 2, image 42¦p2:42¦prior¦c⟧). ⟪CA 19-9 412¦lab⟫.",
    ),
    (
        "af-us-06",
        "US",
        "Peer review ⟪#2025-1187¦counter⟫, ⟪RADPEER score 2¦staging⟫. ⟨a¦The ⟪9 mm¦size⟫ left adrenal nodule⟩ "
        "described in the original report is on ⟦series 2, image 57¦2:57¦full_en¦a⟧, not ⟪image 75¦bild_word⟫ as "
        "stated (likely transposition). ⟨b¦Retroaortic left renal vein⟩ (⟦series 2, images 70-73¦2:70-73¦range¦b⟧)."
        " ⟨c¦Small hiatal hernia⟩ (⟦series 2, image 18¦2:18¦full_en¦c⟧).",
    ),
    (
        "af-us-07",
        "US",
        "KEY IMAGES\n⟪Key Image 1¦counter⟫ – ⟦Se: 6 Im: 112¦6:112¦abbrev_en¦a⟧ – “⟨a¦complete ACL tear⟩”\n"
        "⟪Key Image 2¦counter⟫ – ⟦Se: 6 Im: 118¦6:118¦abbrev_en¦b⟧ – “⟨b¦bone bruise lateral femoral condyle⟩”\n"
        "⟪Key Image 3¦counter⟫ – ⟦Se: 8 Im: 14¦8:14¦abbrev_en¦c⟧ – “⟨c¦Segond fracture⟩”\nDisplay ⟪W 2000 L 500¦"
        "counter⟫",
    ),
    (
        "af-us-08",
        "US",
        "Subject: RE: CT A/P ⟪11/02¦date⟫ – question re: hernia\nHi Dr. Kim, ⟨a¦the parastomal hernia contains a "
        "loop of small bowel⟩ (⟦series 3, images 76-82¦3:76-82¦range¦a⟧), without obstruction. ⟨c¦Neck of the hernia"
        " ⟪2.8 cm¦size⟫⟩ (⟦3:79¦3:79¦compact¦c⟧). ⟨d¦The hernia was smaller on the ⟪06/2025¦date⟫ study⟩ (prior "
        "⟦3:70¦p3:70¦prior¦d⟧). Best, J. ⟪(617) 555-0142¦phone⟫",
    ),
    (
        "af-us-09",
        "US",
        "Tumor Board ⟪11/20/2025¦date⟫ – ⟪Case 4 of 11¦counter⟫ – ⟪58¦age⟫F, HCC, ⟪LI-RADS 5¦birads⟫\n- ⟨a¦⟪3.2 cm¦"
        "size⟫ APHE and washout, segment ⟪7¦segment⟫⟩ – ⟦ser 8 im 22¦8:22¦abbrev_en¦a⟧ (arterial), ⟦ser 11 im 22¦11:"
        "22¦abbrev_en¦a⟧ (portal venous)\n- ⟨b¦Tumor thrombus right portal vein⟩ – ⟦ser 11 im 30-34¦11:30-34¦range¦"
        "b⟧\n- ⟨c¦Observation previously ⟪2.1 cm¦size⟫⟩ – prior MRI ⟪03/2025¦date⟫ ⟦ser 9 im 20¦p9:20¦prior¦c⟧\n"
        "- AFP ⟪220 ng/mL¦lab⟫, ⟪Child-Pugh A6¦staging⟫, MELD ⟪9¦staging⟫",
    ),
    (
        "af-us-10",
        "US",
        "ADDENDUM (⟪11/21/2025¦date⟫ ⟪08:02¦time⟫): In the original report the ⟪series 3 image 140¦bild_word⟫ "
        "reference was incorrect. ⟨a¦The ⟪5 mm¦size⟫ nonobstructing left lower pole stone⟩ is on ⟦series 3 image "
        "148¦3:148¦full_en¦a⟧. ⟨b¦Right UVJ stone ⟪4 mm¦size⟫⟩ (⟦series 3, image 201¦3:201¦full_en¦b⟧), "
        "⟨c¦unchanged from ⟪10/30/2025¦date⟫⟩ (⟦series 2, image 190¦p2:190¦prior¦c⟧).",
    ),
    (
        "af-us-11",
        "US",
        "⟨a¦There is a nondisplaced fracture of the left ⟪8th¦counter⟫ rib⟩ ⟦series to image 130¦2:130¦full_en¦a⟧ "
        "period ⟨b¦Small left pneumothorax⟩ ⟦series 2 images 20 through 26¦2:20-26¦range¦b⟧ period new paragraph "
        "⟨c¦Pulmonary contusion in the lingula⟩ ⟦series 2 image 95¦2:95¦full_en¦c⟧ comma ⟦series 5 image 33¦5:33¦"
        "full_en¦c⟧ coronal period",
    ),
    (
        "af-us-12",
        "US",
        "Outside read (teleradiology, received as ⟪ORU^R01¦counter⟫): ⟨a¦Small bowel obstruction with transition "
        "point in the right lower quadrant⟩ [⟦Series 2 Img 110¦2:110¦abbrev_en¦a⟧]. ⟨b¦Swirled mesentery⟩ "
        "[⟦Series 2 Img 104-108¦2:104-108¦range¦b⟧]; [⟦Series 601 Img 55¦601:55¦abbrev_en¦b⟧] coronal. Free fluid "
        "in the pelvis. Lactate ⟪3.9¦lab⟫.",
    ),
    (
        "af-us-13",
        "US",
        "IMPRESSION: ⟪1.¦counter⟫ ⟨a¦Ruptured appendicitis with ⟪3.4 x 2.1 cm¦size⟫ abscess⟩ (⟦2:67¦2:67¦compact¦"
        "a⟧). ⟪2.¦counter⟫ ⟨b¦Reactive ileocecal lymph nodes⟩ (⟦2:60, 2:62¦2:60,2:62¦list¦b⟧). ⟪3.¦counter⟫ ⟨c¦No "
        "abscess on CT of ⟪9/1/2025¦date⟫⟩ (prior ⟦2:58¦p2:58¦prior¦c⟧). Oral contrast diluted ⟪1:50¦ratio⟫.",
    ),
    (
        "af-us-14",
        "US",
        "CRITICAL RESULT: ⟨a¦Large left MCA territory infarct⟩ (⟦series 3, images 18 to 24¦3:18-24¦range¦a⟧). "
        "⟨b¦Hyperdense left MCA sign⟩ (⟦series 3, image 12¦3:12¦full_en¦b⟧). CTA: ⟨c¦occlusion of the left "
        "⟪M1¦segment⟫ segment⟩ (⟦series 7, image 88¦7:88¦full_en¦c⟧). ⟪ASPECTS 6¦staging⟫, ⟪NIHSS 17¦staging⟫. "
        "Findings communicated to Dr. Lee by phone at ⟪14:32¦time⟫ on ⟪11/22/2025¦date⟫, read back confirmed.",
    ),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(eid, origin, marked) for eid, origin, marked in _RAW)
