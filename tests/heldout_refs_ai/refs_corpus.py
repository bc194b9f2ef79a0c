"""Held-out refs AI: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets; the first six refs C excerpt lines were
seen in passing while opening that file), the module docstrings of refs K to Z and AA to AG (to write different
texts), the runner tests/heldout_refs_blind/measure_refs.py, tests/heldout_refs_blind/floors.py and refs Y's floor
test. Written in one pass, reread once for ambiguity, committed, then measured once. Do not tune the miner on these
texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_ai.refs_corpus
--adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold citation
(`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a confounder
that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range one ref; an
image-only citation inherits the series named earlier in its sentence, else series is None (a radiograph,
mammogram or ultrasound image of a prior study); a plane word changes nothing; a citation into a prior,
baseline, outside, "Vor-", "Voruntersuchung", "former", "previously" or dated earlier study is gold with
prior_study true and class `prior`. Only the series/image words and numbers are inside a citation's visible span;
brackets, plane, sequence and prior words stay outside. A citation withdrawn in the text itself ("not Im 41 as
stated", "im Entwurf irrtümlich Bild 91") is a confounder, not gold. Lang follows refs C (German for DE/AT/CH).

Focus (people and processes rather than specialties): resident drafts with attending corrections and addenda,
preliminary night reads by teleradiology services followed by the final report (both citing images, with other
numbers), typos and idiosyncratic series/image words ("Seire", "Serei", "Sreie", "seires", "imgae", "Bld",
"Bidl", "Ser.", "img", "sl.", "Im#", "picture", "imagen", "Imm.", "Sér."), odd spacing and punctuation ("Se4 Im
22", "S 4 / B 22", "(4 ,22)" under a legend, "(Se 4 ,Bi 22)", "3 : 44"), language mixing within a sentence
(German with "image"/"slice", English with "Serie ... Bild" of a German outside study), non-native English from
German-speaking writers, comparisons against several earlier exams of other modalities (MR vs CT vs PET vs
ultrasound) each cited with its own image numbers, key images and PACS markers, and sentences citing the current
and an earlier exam side by side.
"""

# ruff: noqa: E501

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- Germany
    (
        "de01",
        "DE",
        "Befundentwurf (Assistenzarzt, ⟪02:15 Uhr¦time⟫): ⟨a¦Solider Rundherd im rechten Oberlappen, ca. ⟪9 mm¦size⟫⟩ "
        "⟦Seire 3 Bild 45¦3:45¦full_de¦a⟧. ⟨b¦Kleiner Pleuraerguss rechts⟩ ⟦Serie 3 Bld 102¦3:102¦abbrev_de¦b⟧. "
        "Ergänzung OA ⟪08:40 Uhr¦time⟫: ⟨c¦Der Herd misst im Lungenfenster eher ⟪11 x 9 mm¦size⟫ und ist spikuliert⟩ "
        "⟦Serie 5, Bild 47¦5:47¦full_de¦c⟧; ⟨d¦in der VU vom ⟪12.03.2025¦date⟫ bereits mit ⟪6 mm¦size⟫ abgrenzbar⟩ "
        "⟦Serie 4, Bild 40¦p4:40¦prior¦d⟧. Lung-RADS ⟪4B¦birads⟫.",
    ),
    (
        "de02",
        "DE",
        "Vorläufiger Befund der Teleradiologie (Nachtdienst, ⟪03:12 Uhr¦time⟫): ⟨a¦Freie Flüssigkeit im Douglasraum⟩ "
        "(⟦Se 2 Im 88¦2:88¦abbrev_de¦a⟧), ⟨b¦V.a. Appendizitis, Appendix ⟪11 mm¦size⟫ weit⟩ (⟦Se 2 Im 71¦2:71¦abbrev_de¦b⟧). "
        "Endgültiger Befund: ⟨c¦Appendix im koronaren Reformat durchgehend verdickt mit Appendikolith⟩ "
        "⟦Serie 6 Bild 34¦6:34¦full_de¦c⟧, ⟨d¦die freie Flüssigkeit ist nur gering, ca. ⟪15 ml¦size⟫⟩ "
        "⟦Serie 4 Bild 91¦4:91¦full_de¦d⟧. Leukozyten ⟪15,8 G/l¦lab⟫. Telefonische Mitteilung an die Chirurgie, "
        "Tel. ⟪4471¦phone⟫.",
    ),
    (
        "de03",
        "DE",
        "CT Thorax/Abdomen zum Staging. ⟨a¦Neu aufgetretene Leberläsion in ⟪Segment IVb¦segment⟫, ⟪14 mm¦size⟫⟩ "
        "⟦series 4 image 62¦4:62¦full_en¦a⟧, ⟨b¦vorbekannte Läsion in ⟪Segment VII¦segment⟫ größenkonstant⟩ "
        "⟦Serie 4 image 31¦4:31¦full_de¦b⟧, im Vor-CT vom ⟪05/2025¦date⟫ gleich groß. "
        "⟨d¦Lymphknoten paraaortal ⟪8 mm¦size⟫⟩ ⟦Ser. 4 Img 77¦4:77¦abbrev_de¦d⟧. CEA ⟪12,4 ng/ml¦lab⟫.",
    ),
    (
        "de04",
        "DE",
        "Beurteilung: ⟨a¦Größenprogrediente Nebennierenläsion links, jetzt ⟪21 mm¦size⟫⟩ (⟦Bild 5/88¦5:88¦slash¦a⟧), "
        "⟨b¦zuvor ⟪17 mm¦size⟫⟩ (⟦Bild 4/80¦p4:80¦prior¦b⟧ vom ⟪03/2023¦date⟫), ⟨c¦in der MRT vom ⟪11/2023¦date⟫ "
        "⟪18 mm¦size⟫ mit Signalabfall in der Opposed-Phase⟩ (⟦Serie 7 Bild 14¦p7:14¦prior¦c⟧), im PET-CT vom "
        "⟪01/2024¦date⟫ mit SUVmax ⟪3,1¦lab⟫. Absoluter Washout ⟪48 %¦ratio⟫.",
    ),
    (
        "de05",
        "DE",
        "Befund: ⟨a¦Osteolytische Läsion im ⟪LWK 3¦level⟫ mit Hinterkantenbeteiligung⟩ ⟦Serie 6 Bild 41¦6:41¦full_de¦a⟧ "
        "(⟪Keybild 2¦counter⟫, im PACS markiert). ⟨b¦Weitere Läsion im Os sacrum in Höhe ⟪S1¦level⟫⟩ "
        "⟦Serie 6 Bild 58¦6:58¦full_de¦b⟧ und ⟨c¦in der rechten ⟪9. Rippe¦level⟫⟩ ⟦Serie 3 Bild 120 und 124¦3:120,3:124¦list¦c⟧. "
        "SINS ⟪11 Punkte¦lab⟫. Siehe ⟪Keybilder 1-4¦counter⟫.",
    ),
    (
        "de06",
        "DE",
        "MRT Knie rechts. ⟨a¦Horizontalriss des Innenmeniskushinterhorns⟩ ⟦Se4 Im 22¦4:22¦glued¦a⟧, ⟨b¦in der koronaren "
        "PD fs bis an die Unterfläche reichend⟩ ⟦S 7 / B 15¦7:15¦slash¦b⟧. ⟨c¦Knochenmarködem im medialen Tibiaplateau, "
        "ca. ⟪18 x 9 mm¦size⟫⟩ ⟦S 7 / B 18-20¦7:18-20¦range¦c⟧. ⟨d¦In der Voruntersuchung vom ⟪04.02.2025¦date⟫ war der "
        "Meniskus noch intakt⟩ ⟦Se 4 Im 21¦p4:21¦prior¦d⟧. Knorpelschaden retropatellar Outerbridge ⟪Grad 2¦staging⟫.",
    ),
    (
        "de07",
        "DE",
        "⟨a¦Subsegmentale Lungenembolie im rechten Unterlappen, ⟪S10¦segment⟫⟩ ⟦series 5, Bild 188¦5:188¦full_de¦a⟧ "
        "und ⟨b¦im Mittellappen⟩ ⟦slice 142 (Serie 5)¦5:142¦slice_word¦b⟧. RV/LV ⟪0,9¦ratio⟫. Im Vor-CT vom "
        "⟪22.08.2025¦date⟫ waren die Arterien frei. Wells-Score ⟪4,5¦lab⟫, "
        "D-Dimer ⟪2,1 mg/l¦lab⟫.",
    ),
    (
        "de08",
        "DE",
        "Nachtrag OA zum Befund des Assistenzarztes: ⟨a¦Die Diffusionsrestriktion im linken Thalamus⟩ ist auf "
        "⟦Serie 8 Bild 19¦8:19¦full_de¦a⟧ abgebildet (im Entwurf irrtümlich ⟪Bild 91¦counter⟫ angegeben). ⟨b¦Die "
        "ADC-Absenkung ist korrespondierend⟩ ⟦Serie 9 Bild 19¦9:19¦full_de¦b⟧. ⟨c¦Im Vor-MRT vom ⟪10.10.2024¦date⟫ "
        "war dort keine Läsion⟩ ⟦Serie 8, Bild 20¦p8:20¦prior¦c⟧. NIHSS ⟪3¦lab⟫, Fazekas ⟪Grad 1¦staging⟫.",
    ),
    (
        "de09",
        "DE",
        "CT-Kolonographie: ⟨a¦Sessiler Polyp im Colon ascendens, ⟪8 mm¦size⟫⟩, in Rückenlage "
        "⟦Serie 2 Bild 310¦2:310¦full_de¦a⟧ und in Bauchlage ⟦Serie 4 Bild 288¦4:288¦full_de¦a⟧. ⟨b¦Divertikel im "
        "Sigma⟩ ⟦Serie 2, Bilder 401, 415 und 422¦2:401,2:415,2:422¦list¦b⟧. C-RADS ⟪C2¦birads⟫. Kontrolle in "
        "⟪3 Jahren¦followup⟫.",
    ),
    (
        "de10",
        "DE",
        "Teleradiologie, Preliminary Read ⟪23:47¦time⟫: ⟨a¦Subdurales Hämatom links frontoparietal, max. ⟪9 mm¦size⟫⟩ "
        "⟦Ser 2 Im# 18¦2:18¦abbrev_de¦a⟧, ⟨b¦Mittellinienverlagerung ⟪4 mm¦size⟫⟩ ⟦Ser 2 Im# 21¦2:21¦abbrev_de¦b⟧. "
        "Finaler Befund der Neuroradiologie ⟪07:30¦time⟫: ⟨c¦Hämatom in der koronaren Rekonstruktion max. "
        "⟪11 mm¦size⟫⟩ ⟦Serie 5, Bild 44¦5:44¦full_de¦c⟧, ⟨d¦zusätzlich schmales Tentoriumhämatom⟩ "
        "⟦Serie 5, Bild 61¦5:61¦full_de¦d⟧. GCS ⟪14¦lab⟫, INR ⟪2,8¦lab⟫.",
    ),
    (
        "de11",
        "DE",
        "Vergleich mit mehreren Voruntersuchungen: ⟨a¦Lymphknoten zervikal links ⟪Level IIa¦level⟫, aktuell "
        "⟪14 mm¦size⟫⟩ ⟦Se 3 Bi 55¦3:55¦abbrev_de¦a⟧; ⟨b¦im Staging-PET/CT vom ⟪02/2025¦date⟫ ⟪26 mm¦size⟫, "
        "Deauville ⟪5¦lab⟫⟩ ⟦Se 4 Bi 61¦p4:61¦prior¦b⟧; im Interim-MRT des Halses ⟪05/2025¦date⟫ ⟪18 mm¦size⟫."
        " ⟨d¦Milz nach ⟪4 Zyklen¦counter⟫ nicht mehr vergrößert, ⟪12 cm¦size⟫⟩ "
        "⟦Se 5 Bi 140¦5:140¦abbrev_de¦d⟧ (⟨e¦Baseline ⟪16 cm¦size⟫⟩ ⟦Se 4 Bi 151¦p4:151¦prior¦e⟧).",
    ),
    (
        "de12",
        "DE",
        "Bildangaben als (Serie ,Bild). ⟨a¦Nierenzyste rechts, Bosniak ⟪IIF¦staging⟫, ⟪24 mm¦size⟫⟩ "
        "(⟦4 ,22¦4:22¦compact¦a⟧), ⟨b¦mit feinem septalem Enhancement⟩ (⟦6 ,22¦6:22¦compact¦b⟧). ⟨c¦Kleines "
        "Angiomyolipom links, ⟪9 mm¦size⟫⟩ (⟦4 ,51¦4:51¦compact¦c⟧). See key images ⟪1 and 2¦counter⟫. Kreatinin "
        "⟪1,1 mg/dl¦lab⟫.",
    ),
    (
        "de13",
        "DE",
        "Nachtrag vom ⟪16.11.2026¦date⟫ nach Eintreffen der Fremdaufnahmen: ⟨a¦Der Pankreasschwanzherd, ⟪19 mm¦size⟫⟩ "
        "⟦Serie 3 img 66¦3:66¦full_de¦a⟧, ⟨b¦war in der auswärtigen MRT vom ⟪08/2025¦date⟫ mit ⟪15 mm¦size⟫ bereits "
        "vorhanden⟩ ⟦Serie 12 img 23¦p12:23¦prior¦b⟧ ⟨c¦und in der auswärtigen CT vom ⟪01/2025¦date⟫ mit "
        "⟪12 mm¦size⟫⟩ ⟦Serie 2 img 70¦p2:70¦prior¦c⟧. ⟨d¦Der Ductus Wirsungianus misst ⟪4 mm¦size⟫⟩ "
        "⟦Serie 3 img 58¦3:58¦full_de¦d⟧. CA 19-9 ⟪88 U/ml¦lab⟫.",
    ),
    (
        "de14",
        "DE",
        "Beurteilung: ⟪1.¦counter⟫ ⟨a¦Hepatische Metastasen, progredient⟩ (⟦Bild 6/33, 6/48 und 6/52¦6:33,6:48,6:52¦list¦a⟧). "
        "⟪2.¦counter⟫ ⟨b¦Peritonealkarzinose im Unterbauch⟩ (⟦Bild 6/120-131¦6:120-131¦range¦b⟧). ⟪3.¦counter⟫ "
        "⟨c¦Aszites, zunehmend gegenüber ⟪09/2026¦date⟫⟩ (aktuell ⟦Bild 6/140¦6:140¦slash¦c⟧, ⟨d¦damals nur "
        "perihepatisch⟩ ⟦Bild 3/44¦p3:44¦prior¦d⟧). ECOG ⟪2¦lab⟫.",
    ),
    # ---------------------------------------------------------------- Austria
    (
        "at01",
        "AT",
        "Vorläufiger Befund (Assistenzärztin): ⟨a¦Verdacht auf Skaphoidfraktur links⟩ ⟦Serie 3 IMA 14¦3:14¦full_de¦a⟧. "
        "Ergänzung OA: ⟨b¦Die Frakturlinie ist im sagittalen Reformat eindeutig, Herbert ⟪Typ B2¦staging⟫⟩ "
        "⟦Serie 5 IMA 22 und IMA 24¦5:22,5:24¦list¦b⟧; ⟨c¦im Röntgen vom ⟪3. Jänner 2026¦date⟫ war sie nicht "
        "abgrenzbar⟩ ⟦Serie 1 IMA 2¦p1:2¦prior¦c⟧. Ruhigstellung für ⟪6 Wochen¦followup⟫.",
    ),
    (
        "at02",
        "AT",
        "Nachtbefund Teleradiologie ⟪01:55¦time⟫: ⟨a¦Akute Cholezystitis mit Wandverdickung auf ⟪6 mm¦size⟫⟩ "
        "(⟦Sr. 2 Img. 45¦2:45¦abbrev_de¦a⟧). Endbefund: ⟨b¦Gallenblasenhydrops mit Konkrement im Infundibulum⟩ "
        "⟦Serie 2 Bild 48¦2:48¦full_de¦b⟧ Beistrich ⟨c¦perivesikale Flüssigkeit⟩ ⟦Serie 2 Bild 51¦2:51¦full_de¦c⟧ Punkt. "
        "⟨d¦Choledochus ⟪5 mm¦size⟫⟩ ⟦Serie 4 Bild 30¦4:30¦full_de¦d⟧. Lipase ⟪61 U/l¦lab⟫, Bilirubin "
        "⟪1,9 mg/dl¦lab⟫.",
    ),
    (
        "at03",
        "AT",
        "Verlaufskontrolle HCC nach der ⟪2. TACE¦counter⟫: ⟨a¦Residuelle arterielle Hypervaskularisation am Rand des "
        "Lipiodoldepots in ⟪Segment VIII¦segment⟫⟩ ⟦Sr. 5 / Img. 33¦5:33¦abbrev_de¦a⟧. ⟨b¦In der MRT vom "
        "⟪Jänner 2026¦date⟫ war dieser Randsaum ⟪7 mm¦size⟫ breit⟩ ⟦Sr. 11 / Img. 40¦p11:40¦prior¦b⟧, in der CT vor "
        "TACE (⟪10/2025¦date⟫) maß der gesamte Herd ⟪32 mm¦size⟫. AFP "
        "⟪48 ng/ml¦lab⟫.",
    ),
    (
        "at04",
        "AT",
        "⟨a¦Diskusprotrusion ⟪L4/5¦level⟫ mit Kontakt zur Wurzel ⟪L5¦level⟫ rechts⟩ ⟦Sreie 6 Bld 9¦6:9¦full_de¦a⟧, "
        "⟨b¦Rezessusstenose rechts⟩ ⟦S4 /B 22¦4:22¦slash¦b⟧. ⟨c¦Sequester ⟪L5/S1¦level⟫ nach kaudal umgeschlagen⟩ "
        "⟦S4 /B 31¦4:31¦slash¦c⟧. ⟨d¦Gegenüber der MRT vom ⟪14.05.2024¦date⟫ neu⟩ (dort "
        "⟦Sr. 4 Bi. 30¦p4:30¦prior¦d⟧).",
    ),
    (
        "at05",
        "AT",
        "⟨a¦Der Lymphknoten an der Iliaca externa links misst jetzt ⟪12 mm¦size⟫⟩ (⟦Se 5/Bi 88¦5:88¦slash¦a⟧), "
        "⟨b¦zuvor ⟪9 mm¦size⟫⟩ (⟦Se 4/Bi 80¦p4:80¦prior¦b⟧, ⟪03/2023¦date⟫). ⟨c¦Die Prostataloge ist "
        "unauffällig⟩ ⟦Se 7/Bi 14¦7:14¦slash¦c⟧. PSA ⟪0,8 ng/ml¦lab⟫, Gleason ⟪4+3¦staging⟫.",
    ),
    (
        "at06",
        "AT",
        "CT Schädel nach Sturz, Patientin ⟪82 Jahre¦age⟫, unter Apixaban ⟪5 mg¦dose⟫. ⟨a¦Nicht dislozierte "
        "Kalottenfraktur okzipital rechts⟩ ⟦Serie 4 Bild 77¦4:77¦full_de¦a⟧ (im PACS mit ⟪Pfeil 1¦counter⟫ markiert). "
        "⟨b¦Kontusionsblutung temporal links, ⟪12 x 8 mm¦size⟫⟩ ⟦Serie 2 Bild 15 und 17¦2:15,2:17¦list¦b⟧ "
        "(⟪Pfeil 2¦counter⟫). Keine Mittellinienverlagerung. GCS ⟪15¦lab⟫.",
    ),
    (
        "at07",
        "AT",
        "Präliminärer Befund (Teleradiologie, ⟪22:10¦time⟫): ⟨a¦Dissektionsmembran ab dem Abgang der A. subclavia "
        "links⟩ ⟦S 3 / B 112¦3:112¦slash¦a⟧. Finaler Befund nach Durchsicht: ⟨b¦Entry ca. ⟪2 cm¦size⟫ distal der "
        "A. subclavia⟩ ⟦Se 6 Im# 45¦6:45¦abbrev_de¦b⟧, ⟨c¦die linke Nierenarterie geht aus dem falschen Lumen ab⟩ "
        "⟦Se 6 Im# 130¦6:130¦abbrev_de¦c⟧. ⟨d¦Durchmesser der Aorta descendens ⟪41 mm¦size⟫⟩ "
        "⟦S 3 / B 140¦3:140¦slash¦d⟧. RR ⟪185/100 mmHg¦blood_pressure⟫.",
    ),
    (
        "at08",
        "AT",
        "⟨a¦Solide Raumforderung am Nierenunterpol rechts, ⟪31 mm¦size⟫⟩ ⟦Serie 5 Bild 94¦5:94¦full_de¦a⟧. ⟨b¦In der "
        "MRT vom ⟪Juli 2025¦date⟫ ⟪27 mm¦size⟫⟩ ⟦Serie 1101 Bild 18¦p1101:18¦prior¦b⟧, ⟨c¦in der CT vom "
        "⟪Feber 2025¦date⟫ ⟪24 mm¦size⟫⟩ ⟦Serie 3 Bild 90¦p3:90¦prior¦c⟧. Im Ultraschall vom ⟪Dezember 2024¦date⟫ "
        "echoreicher Herd mit ⟪19 mm¦size⟫. R.E.N.A.L.-Score ⟪8a¦lab⟫, eGFR "
        "⟪64 ml/min¦lab⟫.",
    ),
    (
        "at09",
        "AT",
        "Befundentwurf: ⟨a¦Fokale noduläre Hyperplasie in ⟪Segment IV¦segment⟫, ⟪38 mm¦size⟫⟩ "
        "⟦Serei 7 Bidl 40¦7:40¦full_de¦a⟧, ⟨b¦zentrale Narbe in der hepatobiliären Phase⟩ "
        "⟦Serie 14 Bild 41¦14:41¦full_de¦b⟧. Korrektur OA: ⟨c¦Die zweite Läsion in ⟪Segment VI¦segment⟫ entspricht einem "
        "Hämangiom mit nodulärem Randenhancement⟩ ⟦Serie 7 Bild 66 bis 70¦7:66-70¦range¦c⟧. Gadoxetsäure "
        "⟪10 ml¦dose⟫.",
    ),
    (
        "at10",
        "AT",
        "Thorax-CT unter Immuntherapie nach ⟪Zyklus 6¦counter⟫: ⟨a¦Zielläsion ⟪1¦counter⟫ im linken Unterlappen "
        "⟪22 mm¦size⟫⟩ ⟦Serie 4 image 101¦4:101¦full_de¦a⟧ Beistrich ⟨b¦Baseline ⟪35 mm¦size⟫⟩ "
        "⟦Serie 3 image 98¦p3:98¦prior¦b⟧. ⟨c¦Zielläsion ⟪2¦counter⟫ mediastinal ⟪15 mm¦size⟫⟩ "
        "⟦Serie 4 image 60¦4:60¦full_de¦c⟧ Beistrich Baseline ⟪21 mm¦size⟫. "
        "Summe minus ⟪35 %¦ratio⟫, partielle Remission.",
    ),
    (
        "at11",
        "AT",
        "Mamma-MRT: ⟨a¦Irreguläre Herdläsion rechts bei ⟪10 Uhr¦time⟫, ⟪14 mm¦size⟫, Kurventyp ⟪III¦staging⟫⟩ "
        "⟦Se 1003 Bi 88¦1003:88¦abbrev_de¦a⟧. ⟨b¦Satellitenherd ⟪2 cm¦size⟫ dorsal davon⟩ "
        "⟦Se 1003 Bi 92¦1003:92¦abbrev_de¦b⟧. BI-RADS ⟪5¦birads⟫. ⟨c¦In der Mammographie vom ⟪12.01.2026¦date⟫ "
        "entspricht dem eine Architekturstörung⟩ (⟦Bild 3¦p-:3¦prior¦c⟧).",
    ),
    (
        "at12",
        "AT",
        "Nachbefundung am ⟪08.12.2026¦date⟫: ⟨a¦Die als Lymphknoten beschriebene Struktur entspricht einer Nebenmilz, "
        "⟪11 mm¦size⟫⟩ ⟦Se5Im 33¦5:33¦glued¦a⟧. ⟨b¦Zusätzlich nicht beschriebene Pankreaszyste im Korpus, "
        "⟪6 mm¦size⟫⟩ ⟦Se5Im 41¦5:41¦glued¦b⟧, ⟨c¦bereits im Vor-CT ⟪2024¦date⟫ identisch⟩ "
        "⟦Se4Im 39¦p4:39¦prior¦c⟧. Kontrolle in ⟪12 Monaten¦followup⟫.",
    ),
    (
        "at13",
        "AT",
        "⟨a¦Die Stenose der A. carotis interna links beträgt nach NASCET ⟪70 %¦ratio⟫⟩ "
        "⟦Serie 8, Bild 210¦8:210¦full_de¦a⟧; in der Duplexsonographie vom ⟪06.11.2026¦date⟫ wurde sie auf "
        "⟪60-69 %¦ratio⟫ geschätzt. ⟨c¦Weicher Plaque mit Ulzeration⟩ "
        "⟦Serie 8, Bild 214 und 218¦8:214,8:218¦list¦c⟧. PSV ⟪260 cm/s¦lab⟫.",
    ),
    (
        "at14",
        "AT",
        "MRT Becken: ⟨a¦Perianale Fistel, transsphinktär bei ⟪7 Uhr¦time⟫⟩ ⟦Ser. 5 sl. 18¦5:18¦slice_word¦a⟧, "
        "⟨b¦Abszesskomponente ⟪14 x 9 mm¦size⟫⟩ ⟦Ser. 5 sl. 20-23¦5:20-23¦range¦b⟧. ⟨c¦Im Vor-MRT vom "
        "⟪Mai 2025¦date⟫ nur Fistelgang ohne Abszess⟩ ⟦Ser. 6 sl. 19¦p6:19¦prior¦c⟧. Parks ⟪Typ 2¦staging⟫, CDAI "
        "⟪220¦lab⟫.",
    ),
    # ---------------------------------------------------------------- Switzerland
    (
        "ch01",
        "CH",
        "Vorabbefund (Teleradiologie, ⟪02:40¦time⟫): ⟨a¦Freie Luft subphrenisch rechts⟩ ⟦Se 2 Im 12¦2:12¦abbrev_de¦a⟧. "
        "Definitiver Befund (Kaderarzt): ⟨b¦Perforiertes Ulcus duodeni mit Wanddefekt im Bulbus⟩ "
        "⟦Serie 3, Bild n° 58¦3:58¦full_de¦b⟧, ⟨c¦freie Luft auch perihepatisch⟩ "
        "⟦Serie 3, Bild n° 20 und 24¦3:20,3:24¦list¦c⟧. Laktat ⟪3,2 mmol/l¦lab⟫.",
    ),
    (
        "ch02",
        "CH",
        "⟨a¦Läsion hypodens im Segment ⟪VI¦segment⟫ der Leber, ⟪17 mm¦size⟫⟩ ⟦Sér. 4, image 55¦4:55¦abbrev_de¦a⟧, "
        "⟨b¦welche war im letzten CT vom ⟪3.6.2026¦date⟫ noch ⟪11 mm¦size⟫⟩ ⟦Sér. 3, image 51¦p3:51¦prior¦b⟧. "
        "⟨c¦Kleine Zyste im Pankreaskopf, unverändert⟩ ⟦Sér. 4, image 70¦4:70¦abbrev_de¦c⟧. DLP "
        "⟪512 mGy·cm¦dose⟫.",
    ),
    (
        "ch03",
        "CH",
        "⟨a¦Impressionsfraktur der Deckplatte ⟪BWK 12¦level⟫ mit Höhenminderung um ⟪25 %¦ratio⟫⟩ "
        "⟦Ser. 6 Imm. 30¦6:30¦abbrev_de¦a⟧. ⟨b¦Im vorherigen MRT vom ⟪14.7.2026¦date⟫ war das Ödem noch "
        "ausgeprägter⟩ ⟦Ser. 9 Imm. 12¦p9:12¦prior¦b⟧. ⟨c¦Keine Hinterkantenbeteiligung⟩ "
        "⟦Ser. 7 Imm. 15¦7:15¦abbrev_de¦c⟧. Genant ⟪Grad 1¦staging⟫.",
    ),
    (
        "ch04",
        "CH",
        "Entwurf Assistenzärztin: ⟨a¦Appendixbasis unauffällig⟩ ⟦Serie 3 Bidl 70¦3:70¦full_de¦a⟧. Korrektur "
        "Kaderarzt: ⟨b¦Appendixspitze auf ⟪9 mm¦size⟫ verdickt mit Umgebungsimbibierung⟩ "
        "⟦Serie 3 Bild 84¦3:84¦full_de¦b⟧ und ⟦Serie 5 Bild 41¦5:41¦full_de¦b⟧. Alvarado-Score ⟪7¦lab⟫, CRP "
        "⟪64 mg/l¦lab⟫.",
    ),
    (
        "ch05",
        "CH",
        "PSMA-PET/CT: ⟨a¦Fokale Mehrspeicherung in einem Lymphknoten iliakal intern links, SUVmax ⟪7,4¦lab⟫⟩ "
        "⟦S 4 / B 212¦4:212¦slash¦a⟧. ⟨b¦Im MRT Becken vom ⟪2.9.2026¦date⟫ ⟪6 mm¦size⟫⟩ ⟦S 8 / B 19¦p8:19¦prior¦b⟧, "
        "⟨c¦im CT vom ⟪3.2026¦date⟫ ⟪4 mm¦size⟫⟩ ⟦S 3 / B 150¦p3:150¦prior¦c⟧. PSA ⟪1,9 ng/ml¦lab⟫, "
        "⟪250 MBq¦dose⟫ PSMA-1007. PROMISE ⟪miN1b¦staging⟫.",
    ),
    (
        "ch06",
        "CH",
        "⟨a¦Partialruptur der Supraspinatussehne, artikularseitig, ⟪8 mm¦size⟫⟩ (⟦Se 4 ,Bi 22¦4:22¦abbrev_de¦a⟧), "
        "⟨b¦Bursitis subacromialis⟩ (⟦Se 6 ,Bi 13¦6:13¦abbrev_de¦b⟧). ⟨c¦Fettige Atrophie des Infraspinatus, "
        "Goutallier ⟪2¦staging⟫⟩ (⟦Se 7 ,Bi 8¦7:8¦abbrev_de¦c⟧). Patient ⟪54-jährig¦age⟫.",
    ),
    (
        "ch07",
        "CH",
        "Nachtrag ⟪15:05¦time⟫ nach Rücksprache mit der Gastroenterologie (Tel. ⟪031 632 21 11¦phone⟫): ⟨a¦Die "
        "Thrombose der V. portae reicht bis in den linken Ast⟩ ⟦Serie 5, Bild 38 bis 44¦5:38-44¦range¦a⟧ (im PACS "
        "markiert). ⟨b¦Milzvenenthrombose⟩ ⟦Serie 5, Bild 52¦5:52¦full_de¦b⟧. ⟨c¦Vor ⟪3 Monaten¦followup⟫ war die "
        "Pfortader noch frei⟩ ⟦Serie 4, Bild 36¦p4:36¦prior¦c⟧.",
    ),
    (
        "ch08",
        "CH",
        "⟨a¦Meningeom an der Falx links, ⟪24 x 19 mm¦size⟫⟩ ⟦Serie 11 / Image 88¦11:88¦full_de¦a⟧, ⟨b¦im MRT vom "
        "⟪20.4.2025¦date⟫ gleich gross⟩ ⟦Serie 10 / Image 85¦p10:85¦prior¦b⟧. ⟨c¦Geringes perifokales Ödem⟩ "
        "⟦Serie 5 / Image 22-24¦5:22-24¦range¦c⟧. Gadoterat ⟪15 ml¦dose⟫. Kontrolle in ⟪1 Jahr¦followup⟫.",
    ),
    (
        "ch09",
        "CH",
        "Preliminary report (teleradiology, ⟪04:05¦time⟫): ⟨a¦Small right pneumothorax, ⟪12 mm¦size⟫ apical rim⟩ "
        "(⟦se 3 img 20¦3:20¦abbrev_en¦a⟧), ⟨b¦fracture of the ⟪6th rib¦level⟫ laterally⟩ "
        "(⟦se 3 img 88¦3:88¦abbrev_en¦b⟧). Definitiver Befund: ⟨c¦Zusätzlich Fraktur der ⟪7. Rippe¦level⟫⟩ "
        "⟦Serie 3 Bild 95¦3:95¦full_de¦c⟧ ⟨d¦und Lungenkontusion im Unterlappen⟩ "
        "⟦Serie 3 Bild 140 und 146¦3:140,3:146¦list¦d⟧. Pneumothorax unverändert.",
    ),
    (
        "ch10",
        "CH",
        "Multiple Hirnmetastasen: ⟨a¦frontal rechts ⟪9 mm¦size⟫⟩ ⟦Se4 Im# 60¦4:60¦glued¦a⟧, ⟨b¦parietal links "
        "⟪5 mm¦size⟫⟩ ⟦Se4 Im# 98¦4:98¦glued¦b⟧, ⟨c¦zerebellär ⟪3 mm¦size⟫, neu⟩ ⟦Se4 Im# 12¦4:12¦glued¦c⟧. "
        "⟨d¦Die frontale und die parietale Metastase waren im MRT vom ⟪5.10.2026¦date⟫ schon sichtbar⟩ "
        "⟦Se5 Im# 58 und 97¦p5:58,p5:97¦prior¦d⟧. Status nach Radiochirurgie mit ⟪20 Gy¦dose⟫.",
    ),
    (
        "ch11",
        "CH",
        "⟨a¦Tendinopathie der Achillessehne mit Partialriss ⟪4 cm¦size⟫ proximal der Insertion⟩ "
        "⟦Série 5, Bild n° 11¦5:11¦full_de¦a⟧. ⟨b¦Haglund-Exostose⟩ ⟦Série 5, Bild n° 14¦5:14¦full_de¦b⟧. "
        "⟨c¦Retrokalkaneare Bursitis, zunehmend⟩ ⟦Série 5, Bild n° 9¦5:9¦full_de¦c⟧; ⟨d¦im MRT vom "
        "⟪12.2.2025¦date⟫ noch gering⟩ ⟦Série 4, Bild n° 8¦p4:8¦prior¦d⟧. Cf. ⟪Key-Images 1–3¦counter⟫.",
    ),
    (
        "ch12",
        "CH",
        "⟪1)¦counter⟫ ⟨a¦Pleuraerguss links, ca. ⟪400 ml¦size⟫⟩ ⟦Ser. 3 / Imm. 40-46¦3:40-46¦range¦a⟧. ⟪2)¦counter⟫ "
        "⟨b¦Kompressionsatelektase im Unterlappen links⟩ ⟦Ser. 3 / Imm. 52¦3:52¦abbrev_de¦b⟧. ⟪3)¦counter⟫ ⟨c¦Neue "
        "Pleuraverdickung dorsal⟩ ⟦Ser. 3 / Imm. 60¦3:60¦abbrev_de¦c⟧, im CT vom ⟪9.2026¦date⟫ nicht "
        "vorhanden.",
    ),
    (
        "ch13",
        "CH",
        "⟨a¦Mittelgradige Foraminalstenose ⟪C5/6¦level⟫ rechts⟩ ⟦S 8 / B 22¦8:22¦slash¦a⟧ (see key image "
        "⟪3¦counter⟫). ⟨b¦Myelopathiesignal auf Höhe ⟪HWK 5¦level⟫⟩ ⟦S 6 / B 9¦6:9¦slash¦b⟧, ⟨c¦im Vor-MRT vom "
        "⟪17.3.2025¦date⟫ nicht vorhanden⟩ ⟦S 5 / B 9¦p5:9¦prior¦c⟧. mJOA ⟪14¦lab⟫, Vitamin ⟪B12¦lab⟫ tief.",
    ),
    (
        "ch14",
        "CH",
        "Addendum vom ⟪9.12.2026¦date⟫: ⟨a¦Der Rundherd im linken Oberlappen misst aktuell ⟪15 mm¦size⟫⟩ "
        "(⟦Se 3 Bi 66¦3:66¦abbrev_de¦a⟧), ⟨b¦im PET-CT ⟪06/2026¦date⟫ ⟪12 mm¦size⟫ mit SUVmax ⟪2,8¦lab⟫⟩ "
        "(⟦Se 4 Bi 170¦p4:170¦prior¦b⟧), im CT ⟪01/2026¦date⟫ ⟪10 mm¦size⟫. "
        "Volumenverdopplungszeit ca. ⟪300 Tage¦counter⟫.",
    ),
    # ---------------------------------------------------------------- United Kingdom
    (
        "uk01",
        "UK",
        "Registrar preliminary report (⟪02:30¦time⟫): ⟨a¦Small bowel obstruction with a transition point in the right "
        "iliac fossa⟩ (⟦series 3 imgae 140¦3:140¦full_en¦a⟧). Consultant addendum ⟪09:15¦time⟫: ⟨b¦The transition "
        "point is better seen on the coronal reformat⟩ (⟦series 6 image 52¦6:52¦full_en¦b⟧); ⟨c¦closed loop "
        "configuration with a whirl sign⟩ (⟦series 6 images 48-55¦6:48-55¦range¦c⟧). Discussed with the surgical "
        "registrar on bleep ⟪2231¦phone⟫. Lactate ⟪4.1 mmol/L¦lab⟫.",
    ),
    (
        "uk02",
        "UK",
        "Outsourced overnight report: ⟨a¦Acute appendicitis, appendix ⟪10 mm¦size⟫⟩ (⟦Se4 Im 22¦4:22¦glued¦a⟧). "
        "Final report (in-house, ⟪08/12/2026¦date⟫): ⟨b¦Agree with appendicitis; there is a ⟪6 mm¦size⟫ appendicolith "
        "at the base⟩ (⟦Se 4 Im 25¦4:25¦abbrev_en¦b⟧) ⟨c¦and a small periappendiceal collection⟩ "
        "(⟦Se 4 Im 30-33¦4:30-33¦range¦c⟧). No free gas. WCC ⟪16.2¦lab⟫, CRP ⟪110¦lab⟫.",
    ),
    (
        "uk03",
        "UK",
        "Series/image references are given as (se/im). ⟨a¦The right lower lobe nodule now measures ⟪12 mm¦size⟫⟩ "
        "(⟦5/88¦5:88¦slash¦a⟧), ⟨b¦previously ⟪9 mm¦size⟫⟩ (⟦4/80¦p4:80¦prior¦b⟧ on ⟪03/2023¦date⟫) and "
        "⟪7 mm¦size⟫ on the PET-CT of ⟪11/2022¦date⟫. Brock risk ⟪18%¦ratio⟫. For MDT "
        "discussion.",
    ),
    (
        "uk04",
        "UK",
        "⟨a¦There is a hypodense lesion in the liver ⟪segment 6¦segment⟫ with ⟪2.3 cm¦size⟫⟩ "
        "(⟦series 4 picture 57¦4:57¦full_en¦a⟧), ⟨b¦which was in the former CT from ⟪05.06.2026¦date⟫ smaller with "
        "⟪1.6 cm¦size⟫⟩ (⟦series 3 picture 55¦p3:55¦prior¦b⟧). ⟨c¦Additionally two small lesions in "
        "⟪segment 8¦segment⟫⟩ (⟦series 4 picture 30 and 34¦4:30,4:34¦list¦c⟧).",
    ),
    (
        "uk05",
        "UK",
        "Consultant addendum: ⟨a¦The subarachnoid haemorrhage is best appreciated in the left sylvian fissure⟩ on "
        "⟦Se 2 Im 14¦2:14¦abbrev_en¦a⟧ (not ⟪Im 41¦counter⟫ as stated in the preliminary report). ⟨b¦The left MCA "
        "bifurcation is lobulated but without a definite aneurysm⟩ (⟦Se 7 Im 212¦7:212¦abbrev_en¦b⟧). Modified Fisher "
        "⟪grade 3¦staging⟫, WFNS ⟪2¦staging⟫.",
    ),
    (
        "uk06",
        "UK",
        "⟨a¦Displaced fracture of the left distal radius with ⟪15°¦ratio⟫ dorsal angulation⟩ "
        "(⟦series 2, image 9¦2:9¦full_en¦a⟧, annotated on PACS). ⟨b¦Ulnar styloid fracture⟩ "
        "(⟦series 2, image 12¦2:12¦full_en¦b⟧). See ⟪key images 1-3¦counter⟫. ⟨c¦The angulation was only ⟪5°¦ratio⟫ "
        "on the radiograph of ⟪05/12/2026¦date⟫⟩ (prior ⟦image 2¦p-:2¦prior¦c⟧).",
    ),
    (
        "uk07",
        "UK",
        "⟨a¦The mesorectal node at ⟪7 o'clock¦time⟫ now measures ⟪5 mm¦size⟫⟩ (⟦Se 5 Im 31¦5:31¦abbrev_en¦a⟧). "
        "⟨b¦On the baseline MRI of ⟪14/04/2026¦date⟫ it measured ⟪11 mm¦size⟫⟩ (⟦Se 6 Im 29¦p6:29¦prior¦b⟧) ⟨c¦and on "
        "the staging CT ⟪9 mm¦size⟫⟩ (⟦Se 3 Im 188¦p3:188¦prior¦c⟧); it was not FDG avid on the PET-CT of "
        "⟪02/05/2026¦date⟫. mrTRG ⟪2¦staging⟫, CEA ⟪3.1¦lab⟫.",
    ),
    (
        "uk08",
        "UK",
        "⟨a¦Left adrenal nodule, ⟪18 mm¦size⟫ and ⟪-5 HU¦lab⟫ on unenhanced images, consistent with an adenoma⟩ "
        "(⟦seires 2 image 41¦2:41¦full_en¦a⟧). ⟨b¦Right renal calculus of ⟪4 mm¦size⟫ at the lower pole⟩ "
        "(⟦Se 2 Im# 66¦2:66¦abbrev_en¦b⟧). ⟨c¦Gallstones⟩ (⟦Se 2 Im# 30, 31¦2:30,2:31¦list¦c⟧). No follow-up "
        "required for the adrenal lesion.",
    ),
    (
        "uk09",
        "UK",
        "⟨a¦Right peripheral zone lesion at the mid gland, PI-RADS ⟪4¦birads⟫, ⟪11 mm¦size⟫⟩ on T2 "
        "(⟦Ser 5, Img 14¦5:14¦abbrev_en¦a⟧) ⟨b¦with restricted diffusion, ADC ⟪780¦lab⟫⟩ "
        "(⟦Ser 8, Img 14¦8:14¦abbrev_en¦b⟧). ⟨c¦On the MRI of ⟪09/2024¦date⟫ the same area was PI-RADS "
        "⟪3¦birads⟫⟩ (⟦Ser 5, Img 15¦p5:15¦prior¦c⟧). PSA density ⟪0.19¦ratio⟫. See key images.",
    ),
    (
        "uk10",
        "UK",
        "⟨a¦Segmental pulmonary emboli in the right lower lobe⟩ (⟦S4 / I 201¦4:201¦slash¦a⟧) ⟨b¦and a further "
        "embolus in the lingula⟩ (⟦S4 / I 166¦4:166¦slash¦b⟧). ⟨c¦The RV is dilated, RV/LV ratio ⟪1.3¦ratio⟫⟩ "
        "(⟦series 4 , image 120¦4:120¦full_en¦c⟧). Troponin ⟪64 ng/L¦lab⟫. Discussed with the medical registrar at "
        "⟪21:40¦time⟫ on ext ⟪5562¦phone⟫.",
    ),
    (
        "uk11",
        "UK",
        "Trainee report: ⟨a¦Non-displaced fracture of the right femoral neck⟩ (⟦slice 44, series 3¦3:44¦slice_word¦a⟧). "
        "Consultant review: ⟨b¦The fracture is subcapital and minimally impacted, Garden ⟪2¦staging⟫⟩ "
        "(⟦slices 44-47, series 6¦6:44-47¦range¦b⟧); ⟨c¦there is also a fracture of the right superior pubic ramus⟩ "
        "(⟦slice 80, series 3¦3:80¦slice_word¦c⟧). Patient aged ⟪87¦age⟫.",
    ),
    (
        "uk12",
        "UK",
        "⟨a¦The pancreatic head cyst measures ⟪22 mm¦size⟫⟩ (⟦Se 5/Im 61¦5:61¦slash¦a⟧). Earlier measurements: ⟨b¦"
        "⟪18 mm¦size⟫ on the MRCP of ⟪06/2025¦date⟫⟩ (⟦Se 9/Im 12¦p9:12¦prior¦b⟧), ⟪15 mm¦size⟫ on the CT of "
        "⟪01/2025¦date⟫. ⟨d¦Main duct ⟪4 mm¦size⟫⟩ (⟦Se 5/Im 58¦5:58¦slash¦d⟧). "
        "Worrisome feature: growth of ⟪5 mm¦size⟫ or more in ⟪2 years¦followup⟫.",
    ),
    (
        "uk13",
        "UK",
        "⟨a¦Acute cholecystitis with gallbladder wall thickening of ⟪5 mm¦size⟫⟩ (⟦Serie 3, image 45¦3:45¦full_en¦a⟧) "
        "⟨b¦and pericholecystic fluid⟩ (⟦Serie 3, image 49¦3:49¦full_en¦b⟧). ⟨c¦The CBD is not dilated, "
        "⟪6 mm¦size⟫⟩ (⟦Serie 6, image 20¦6:20¦full_en¦c⟧). ⟨d¦The stones were already seen on the ultrasound from "
        "⟪07/12/2026¦date⟫⟩ (⟦image 4¦p-:4¦prior¦d⟧).",
    ),
    (
        "uk14",
        "UK",
        "MDT addendum ⟪10/12/2026¦date⟫: ⟨a¦The peritoneal nodules⟩ (⟦Se 3 Im# 88, 94 and 101¦3:88,3:94,3:101¦list¦a⟧) "
        "⟨b¦were present on the outside CT of ⟪08/2026¦date⟫⟩ (⟦Se 2 Im# 80¦p2:80¦prior¦b⟧). ⟨c¦Omental "
        "cake ⟪45 mm¦size⟫ thick⟩ (⟦Se 3 Im# 60-72¦3:60-72¦range¦c⟧). CA-125 ⟪1240¦lab⟫, FIGO ⟪IIIC¦staging⟫.",
    ),
    # ---------------------------------------------------------------- United States
    (
        "us01",
        "US",
        "PRELIMINARY (resident, ⟪2:14 AM¦time⟫): ⟨a¦Acute left MCA territory infarct⟩ (⟦6:22¦6:22¦compact¦a⟧). "
        "ATTENDING ADDENDUM: ⟨b¦Hyperdense left ⟪M1¦segment⟫ segment is also present⟩ (⟦2:18¦2:18¦compact¦b⟧), "
        "⟨c¦ASPECTS ⟪7¦lab⟫ with involvement of the insula and ⟪M2¦segment⟫ cortex⟩ (⟦2:14-16¦2:14-16¦range¦c⟧). "
        "Paged at ⟪2:31 AM¦time⟫, pager ⟪555-0142¦phone⟫.",
    ),
    (
        "us02",
        "US",
        "Overnight teleradiology preliminary interpretation: ⟨a¦Possible small renal infarct on the left⟩ "
        "(⟦series 3, image 71¦3:71¦full_en¦a⟧). FINAL: ⟨b¦Wedge-shaped perfusion defect in the upper pole of the left "
        "kidney, consistent with infarct⟩ (⟦series 3, image 64¦3:64¦full_en¦b⟧; ⟦series 7, image 30¦7:30¦full_en¦b⟧). "
        "⟨c¦Thrombus in the left atrial appendage⟩ (⟦series 3, image 22¦3:22¦full_en¦c⟧). INR ⟪1.1¦lab⟫, "
        "⟪CHA2DS2-VASc 4¦lab⟫.",
    ),
    (
        "us03",
        "US",
        "IMPRESSION: ⟪1.¦counter⟫ ⟨a¦Enlarging right hilar lymph node, now ⟪16 mm¦size⟫⟩ "
        "(⟦5:88¦5:88¦impression¦a⟧), ⟨b¦previously ⟪11 mm¦size⟫⟩ (⟦4:80¦p4:80¦prior¦b⟧ on ⟪03/14/2026¦date⟫) "
        "and ⟪8 mm¦size⟫ on ⟪9/2/2025¦date⟫. ⟪2.¦counter⟫ ⟨d¦Stable "
        "⟪4 mm¦size⟫ left upper lobe nodule⟩ (⟦5:40¦5:40¦impression¦d⟧).",
    ),
    (
        "us04",
        "US",
        "⟨a¦Left iliac bone lesion, now sclerotic, ⟪2.1 cm¦size⟫⟩ (⟦3:210¦3:210¦compact¦a⟧). ⟨b¦It was lytic and "
        "FDG avid on the PET/CT of ⟪2/2026¦date⟫, SUV ⟪9.2¦lab⟫⟩ (⟦4:150¦p4:150¦prior¦b⟧), showed marrow edema on "
        "the MRI of ⟪5/2026¦date⟫ ⟨d¦and early sclerosis on the CT of ⟪8/2026¦date⟫⟩ "
        "(⟦3:204¦p3:204¦prior¦d⟧). Findings suggest treatment response.",
    ),
    (
        "us05",
        "US",
        "⟨a¦Moderate right hydronephrosis⟩ (⟦ser 2 img 44¦2:44¦abbrev_en¦a⟧) ⟨b¦due to a ⟪6 mm¦size⟫ obstructing "
        "stone at the UVJ⟩ (⟦ser 2 img 120¦2:120¦abbrev_en¦b⟧; coronal ⟦ser 5 imgae 38¦5:38¦full_en¦b⟧). "
        "⟨c¦Perinephric stranding⟩ (⟦ser 2 img 50-56¦2:50-56¦range¦c⟧). Creatinine ⟪1.8 mg/dL¦lab⟫, stone density "
        "⟪1100 HU¦lab⟫.",
    ),
    (
        "us06",
        "US",
        "ATTENDING ADDENDUM: ⟨a¦There is a nondisplaced fracture through the right ⟪C6¦level⟫ lamina⟩ "
        "(⟦series 4, image 35¦4:35¦full_en¦a⟧; axial ⟦series 2, image 140¦2:140¦full_en¦a⟧), not described in the "
        "preliminary report. ⟨b¦The prevertebral soft tissues measure ⟪5 mm¦size⟫ at ⟪C3¦level⟫⟩ "
        "(⟦series 4, image 31¦4:31¦full_en¦b⟧). Discussed with the trauma team at ⟪8:05 AM¦time⟫.",
    ),
    (
        "us07",
        "US",
        "⟨a¦Heterogeneous mass in the right ovary, ⟪6.2 x 5.1 cm¦size⟫⟩ (⟦serie 4, imagen 88¦4:88¦full_en¦a⟧) "
        "⟨b¦with solid mural nodule⟩ (⟦serie 4, imagen 92¦4:92¦full_en¦b⟧). ⟨c¦Small ascites in the pelvis⟩ "
        "(⟦serie 4, imagen 110¦4:110¦full_en¦c⟧). O-RADS ⟪4¦birads⟫. CA-125 ⟪88 U/mL¦lab⟫.",
    ),
    (
        "us08",
        "US",
        "⟨a¦Ileocolic intussusception in the right abdomen with target sign, ⟪2.8 cm¦size⟫⟩ "
        "(⟦Se4 Im22¦4:22¦glued¦a⟧; marked on PACS). ⟨b¦Mesenteric lymph nodes up to ⟪9 mm¦size⟫ in the right lower "
        "quadrant⟩ (⟦Se4 Im31, Im35¦4:31,4:35¦list¦b⟧). ⟪3-year-old¦age⟫ boy. See key images ⟪#1-2¦counter⟫.",
    ),
    (
        "us09",
        "US",
        "FINDINGS: ⟨a¦Hypoattenuating lesion in the pancreatic tail, ⟪2.4 cm¦size⟫⟩ (⟦2:55¦2:55¦compact¦a⟧), "
        "⟨b¦previously ⟪1.9 cm¦size⟫⟩ (⟦3:61¦p3:61¦prior¦b⟧ on ⟪6/10/2026¦date⟫) and ⟪1.4 cm¦size⟫ on "
        "⟪1/5/2026¦date⟫. ⟨d¦Splenic vein encasement⟩ "
        "(⟦2:50-53¦2:50-53¦range¦d⟧). CA 19-9 ⟪412¦lab⟫.",
    ),
    (
        "us10",
        "US",
        "Prelim (⟪R2¦counter⟫): ⟨a¦Large left pleural effusion⟩ (⟦Se 3 Im# 140¦3:140¦abbrev_en¦a⟧). Final "
        "(attending): ⟨b¦Loculated left pleural effusion with enhancing pleura, split pleura sign, concerning for "
        "empyema⟩ (⟦Se 3 Im# 152¦3:152¦abbrev_en¦b⟧; ⟦Se 7 Im# 60¦7:60¦abbrev_en¦b⟧). ⟨c¦The effusion was small on "
        "the CT of ⟪11/2/2026¦date⟫⟩ (⟦Se 3 Im# 150¦p3:150¦prior¦c⟧). Pleural fluid pH ⟪7.1¦lab⟫.",
    ),
    (
        "us11",
        "US",
        "⟨a¦Oblique fracture of the distal fibula at the level of the syndesmosis⟩ "
        "(⟦series 501, image 34¦501:34¦full_en¦a⟧) ⟨b¦with medial clear space widening to ⟪6 mm¦size⟫⟩ "
        "(⟦series 502, image 20¦502:20¦full_en¦b⟧). Annotated key images ⟪#3 and #4¦counter⟫. ⟨c¦The fibula was "
        "intact on the radiographs of ⟪11/30/2026¦date⟫⟩ (⟦series 1, image 2¦p1:2¦prior¦c⟧).",
    ),
    (
        "us12",
        "US",
        "Second opinion of an outside MRI from Germany dated ⟪10/20/2026¦date⟫: ⟨a¦Enhancing lesion in the right "
        "parietal lobe, ⟪18 mm¦size⟫⟩ (outside ⟦Serie 9 Bild 66¦p9:66¦prior¦a⟧) with surrounding edema."
        " ⟨c¦On our MRI today the lesion measures ⟪21 mm¦size⟫⟩ "
        "(⟦series 1001, image 70¦1001:70¦full_en¦c⟧). KPS ⟪80¦lab⟫.",
    ),
    (
        "us13",
        "US",
        "⟨a¦Small right apical pneumothorax, ⟪1.5 cm¦size⟫⟩ (⟦3 : 44¦3:44¦compact¦a⟧). ⟨b¦Chest tube tip in the "
        "right apex⟩ (⟦3 :20¦3:20¦compact¦b⟧). ⟨c¦Subcutaneous emphysema along the right chest wall⟩ "
        "(⟦3: 80-92¦3:80-92¦range¦c⟧). Tube placed ⟪12/7/2026¦date⟫ at ⟪3:40 PM¦time⟫.",
    ),
    (
        "us14",
        "US",
        "ADDENDUM: ⟨a¦Liver lesion in ⟪segment 7¦segment⟫ now ⟪12 mm¦size⟫⟩ (⟦5:88¦5:88¦compact¦a⟧), ⟨b¦⟪9 mm¦size⟫ on "
        "the CT of ⟪03/2023¦date⟫⟩ (⟦4:80¦p4:80¦prior¦b⟧) and ⟪7 mm¦size⟫ on the MRI of ⟪11/2022¦date⟫."
        " The resident report cited the wrong series; ⟨d¦arterial phase hyperenhancement "
        "of the lesion⟩ is on ⟦3:85¦3:85¦compact¦d⟧. LI-RADS ⟪LR-4¦birads⟫.",
    ),
)

EXCERPTS: list[Excerpt] = [_excerpt(*raw) for raw in _RAW]
