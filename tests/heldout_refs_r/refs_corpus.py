"""Held-out refs R: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K, L, M,
N, O, P and Q (to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's floor test. Written in one pass under time pressure, reread once
for ambiguity (a draft citation the text itself withdraws became a `bild_word` confounder; a prior-study image
the text could not place was rewritten), then measured once. Do not tune the miner on these texts; measure with
`python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_r.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section (also a heading
naming a prior or outside study's series), else series is None (tomosynthesis slices "CC-Schicht 34", "RMLO
slice 15"); a plane word changes nothing; a citation into a prior, comparison, baseline, outside, external or
Vorbefund study is gold with prior_study true and class `prior`. Only the series/image words and numbers are
inside a citation's visible span; plane, sequence, view and prior words before it stay outside. Lang follows
refs C (German for DE/AT/CH).

Mix: 75 excerpts (15 each DE, AT, CH German; UK, US English), 252 gold refs, 45 of them into a prior study,
360 marked confounders. Site habits leaned on here: thoracic and abdominal oncology CT with many lesions and
numbered findings, vascular CT (aorta, carotid, run-off) and cardiac CT/MR, breast MR and mammography
tomosynthesis slices, head and neck CT/MR, urology (CT urogram, kidney, bladder, prostate MR), structured
follow-up rows (today vs baseline), reports copied from other RIS/PACS with odd separators (`||`, `;`, `::`),
resident drafts corrected by the attending, dictated text with spelled numbers. Forms: DE "(Serie 4, Bild
213)", "(Se 4/Bi 140, 4/152)", "(Bild 6/102 und 6/119)", "(Bild 6/140-155)", glued "Serie3Bild412"/"Se4Bi188",
"Bild 47 der Serie 3", "Ser. 6, B. 77", viewer "Se:2 Bi:55" between `||`, bare "5/43" under a "(Serie/Bild)"
legend with baseline "4/40", "Serie vier Bild einhundertzwölf" with "Klammer zu Punkt", "CC-Schicht 34",
"Schicht 22–25", prior image-only rows under "Fremd-MRT ..., Serie 7"; AT "Ser.-Nr. 3 / Bild-Nr. 96", "S:5
I:233", "S:5 I:236 bis I:240", "Bildnummer 22 (Serie 7)", "Serie 4 - Bild 79 und 82", "Schnitt 28", "Se.14
Im.6", "S4 B110", "S4 B30-55", RIS "Serie 5;Bild 64", a "Serie 3 (portalvenös):" heading with "Bild 58 und 60",
"Serie zwei Bild sechsundvierzig Beistrich", "Se 16 Bi 7, Se 16 Bi 8", "[Sr.4/Im.130]", "Sr. 4, Img. 398",
"koronar Serie 801 Bild 40"; CH "[SE 3 | IM 58]", "[SE 3 | IM 40 - 66]", "Ser. 5 Bild 144", "Bild 88/Se. 6",
"Img. 71 (Se. 1100)", "Ser 2 Schicht 77 bis 84", "Serie 2 / Bild 101 und Serie 5 / Bild 34", "Se 4 Im 66",
"Ser3Img22", "(Serie 4, Bild 61; nicht 16)", "Se. 3 Bi. 2-12", "Serie zwölf Bild drei", "Schichten 18-21",
"Vorbefund-Serie 5" heading; UK "(Se 3, Im 92)", "series 4 image 51" / "prior series 5 image 49", "S5 I45",
"S5 I190-214", "Se 19 Im 3 and Im 5", "series 601, slice 88", "RCC slice 37", "series 9, images 18 to 23",
"se 4 img 120", "[Se 2 Im 120, 131]", an "Excretory phase (series 7):" heading, "series four image fifty six
full stop", "Ser 3 Img 52", "Series#3 Image#41" between `::`, a "Prior MRI series 8" heading; US compact
"(4:212)", "(4:66, 4:79, 4:103)", "(3:55; baseline 2:52)", "series 3, image 41", "series 2, image 38 on the
prior", "Se 5 Im 120-126", "(image 77, series 8)", "series 1400, images 55-71", "LCC slice 44 of 71", "Ser 3,
Img 74 and Img 92", "se 4 im 17", "[se3/im104]", "series 2 images 90 through 140", "outside series 3 image
101", "sr 6 im 502 - 560", "series 2 image 102 period". Prior words: VU, Vor-CT, Vorbefund, Voruntersuchung,
Voraufnahme, Fremd-MRT, Fremd-CT, Vor-MRT, externe CT, Baseline, previous, prior, outside, baseline.
Confounders in the same sentences: sizes and volumes, dates, clock times and clock-face positions, nodal
stations and levels, liver, lung and AHA segments, doses (DLP, mSv, MBq, mCi, contrast volume), TNM/FIGO/
Stanford/Bosniak/Koos grades, RADS/Deauville/CAD-RADS/Lung-RADS scores, lab values (HU, SUV, PSA, eGFR,
Agatston), ratios and percentages, counters (cycles, key images, "of 71"), phone, bleep and extension numbers,
blood pressures, ages, follow-up intervals and withdrawn draft citations.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    (
        "R-DE-01", "DE",
        "CT Thorax/Abdomen, Staging. Befund: 1. ⟨a¦Rundherd im rechten Unterlappen ⟪(Segment "
        "10)¦segment⟫, jetzt ⟪14 x 11 mm¦size⟫⟩ ⟦(Serie 4, Bild 213)¦4:213¦full_de¦a⟧, ⟨b¦in der VU "
        "vom ⟪12.03.2026¦date⟫ noch ⟪9 mm¦size⟫⟩ (VU ⟦Se 3, Bi 201¦p3:201¦prior¦b⟧). 2. ⟨c¦Neue "
        "Lebermetastase in ⟪Segment IVa¦segment⟫, ⟪22 mm¦size⟫⟩ ⟦(Serie 5, Bild 88)¦5:88¦full_de¦c⟧. "
        "3. ⟨d¦Lymphknoten in ⟪Station 4R¦level⟫, Kurzachse ⟪11 mm¦size⟫⟩ ⟦(Se 4/Bi 140, "
        "4/152)¦4:140,4:152¦slash¦d⟧.",
    ),
    (
        "R-DE-02", "DE",
        "Beurteilung: ⟨a¦Progrediente pulmonale Filiae beidseits, größte im linken Oberlappen ⟪31 "
        "mm¦size⟫⟩ ⟦(Bild 6/77)¦6:77¦slash¦a⟧, ⟨b¦weitere subpleural rechts⟩ ⟦(Bild 6/102 und "
        "6/119)¦6:102,6:119¦slash¦b⟧. PD nach RECIST 1.1 (Summe ⟪68 mm¦size⟫ vs. ⟪41 mm¦size⟫, ⟪+66 "
        "%¦ratio⟫). ⟨c¦Pleuraerguss links, ⟪Saum 18 mm¦size⟫⟩ ⟦(Bild 6/140-155)¦6:140-155¦range¦c⟧.",
    ),
    (
        "R-DE-03", "DE",
        "CTA Aorta: ⟨a¦Infrarenales Aortenaneurysma mit ⟪56 mm¦size⟫ maximalem Durchmesser⟩ "
        "⟦(Serie3Bild412)¦3:412¦glued¦a⟧, ⟨b¦im Vor-CT vom ⟪04/2025¦date⟫ ⟪51 mm¦size⟫⟩ "
        "⟦(Serie2Bild398)¦p2:398¦prior¦b⟧. ⟨c¦Wandständiger Thrombus bis ⟪21 mm¦size⟫ Dicke⟩ "
        "⟦(Se3Bi420)¦3:420¦glued¦c⟧. Kontrastmittel ⟪80 ml¦dose⟫ Imeron 400, DLP ⟪612 mGy*cm¦dose⟫.",
    ),
    (
        "R-DE-04", "DE",
        "Kardio-CT: Calcium-Score nach Agatston ⟪412¦lab⟫ (⟪78. Perzentile¦ratio⟫). ⟨a¦Gemischte "
        "Plaque im proximalen RIVA ⟪(Segment 6)¦segment⟫ mit ⟪50-69 %¦ratio⟫ Stenose⟩ ⟦(Serie 7, Bild "
        "134)¦7:134¦full_de¦a⟧, ⟨b¦Stenose in der kurvierten Rekonstruktion bestätigt⟩ ⟦(Serie 12, "
        "Bild 4)¦12:4¦full_de¦b⟧. CAD-RADS ⟪3¦birads⟫. ⟨c¦Myokardbrücke im mittleren RIVA⟩ ⟦(Serie 7, "
        "Bild 160-171)¦7:160-171¦range¦c⟧. Herzfrequenz ⟪58/min¦lab⟫, Phase ⟪75 %¦ratio⟫.",
    ),
    (
        "R-DE-05", "DE",
        "Mamma-MRT beidseits: ⟨a¦Irregulär begrenzter Herd rechts bei ⟪10 Uhr¦time⟫, ⟪2,1 cm¦size⟫ "
        "mamillenfern, Typ-III-Kurve⟩ (Subtraktion ⟦Serie 1001, Bild 64¦1001:64¦full_de¦a⟧). "
        "⟨b¦Non-mass Enhancement links zentral über ⟪4 cm¦size⟫⟩ (Subtraktion ⟦Serie 1001, Bilder 102 "
        "bis 118¦1001:102-118¦range¦b⟧). BI-RADS ⟪MRT 5¦birads⟫ rechts, ⟪4¦birads⟫ links. Empfehlung "
        "MR-gestützte Biopsie.",
    ),
    (
        "R-DE-06", "DE",
        "Tomosynthese beidseits, ACR ⟪C¦birads⟫. ⟨a¦Architekturstörung links oben außen⟩, CC-⟦Schicht "
        "34¦-:34¦slice_word¦a⟧ und MLO-⟦Schicht 41¦-:41¦slice_word¦a⟧, sonographisch kein Korrelat. "
        "⟨b¦Gruppierter Mikrokalk rechts retromamillär über ⟪8 mm¦size⟫⟩ (Tomo ⟦Schicht "
        "22–25¦-:22-25¦range¦b⟧). BI-RADS ⟪4b¦birads⟫, Stanzbiopsie am ⟪15.12.¦date⟫ geplant.",
    ),
    (
        "R-DE-07", "DE",
        "Hals-MRT: ⟨a¦Tumor der linken Tonsillenloge, ⟪3,4 x 2,8 cm¦size⟫, Infiltration des weichen "
        "Gaumens⟩ ⟦(Se 8 Bi 21)¦8:21¦abbrev_de¦a⟧. ⟨b¦Pathologische Lymphknoten Level ⟪IIa¦level⟫ "
        "links bis ⟪19 mm¦size⟫ mit zentraler Nekrose⟩ ⟦(Se 8 Bi 33, 38)¦8:33,8:38¦list¦b⟧. Vorläufig "
        "cT3 cN2b (⟪T3 N2b¦staging⟫). ⟨c¦Diffusionsrestriktion der Läsion, ADC ⟪0,78 x 10^-3¦lab⟫⟩ "
        "⟦(Se 11 Bi 19)¦11:19¦abbrev_de¦c⟧.",
    ),
    (
        "R-DE-08", "DE",
        "CT-Urographie: ⟨a¦Kontrastmittelaussparung im linken Nierenbecken, ⟪12 mm¦size⟫⟩ ⟦(Ser. 6, "
        "B. 77)¦6:77¦abbrev_de¦a⟧, ⟨b¦ureteral distal kein weiterer Füllungsdefekt⟩ ⟦(Ser. 6, B. "
        "190-214)¦6:190-214¦range¦b⟧. ⟨c¦Nierenzyste rechts Bosniak ⟪II¦staging⟫, ⟪18 mm¦size⟫⟩ "
        "⟦(Ser. 4, B. 61)¦4:61¦abbrev_de¦c⟧. Kreatinin ⟪1,1 mg/dl¦lab⟫, eGFR ⟪72¦lab⟫.",
    ),
    (
        "R-DE-09", "DE",
        "Assistenzentwurf, korrigiert durch OA: ⟨a¦Die hypervaskularisierte Läsion in ⟪Segment "
        "VII¦segment⟫ mit ⟪16 mm¦size⟫ Durchmesser⟩ liegt ⟪nicht auf Bild 41¦bild_word⟫, sondern auf "
        "⟦Bild 47 der Serie 3¦3:47¦full_de¦a⟧; ⟨b¦im Vorbefund ⟪11 mm¦size⟫⟩ (VU ⟦Serie 3, Bild "
        "44¦p3:44¦prior¦b⟧). ⟨c¦Washout in der Spätphase⟩ ⟦(Serie 5, Bild 46)¦5:46¦full_de¦c⟧, "
        "LI-RADS ⟪5¦birads⟫.",
    ),
    (
        "R-DE-10", "DE",
        "Aus Fremd-RIS übernommen: Befund || ⟨a¦Nebennierenadenom links ⟪24 mm¦size⟫, ⟪8 HE¦lab⟫ "
        "nativ⟩ || ⟦Se:2 Bi:55¦2:55¦abbrev_de¦a⟧ || ⟨b¦Nierenstein rechts unterer Kelch ⟪7 mm¦size⟫⟩ "
        "|| ⟦Se:2 Bi:71¦2:71¦abbrev_de¦b⟧ || ⟨c¦Prostata vergrößert, Volumen ⟪62 ml¦size⟫⟩ || ⟦Se:2 "
        "Bi:118¦2:118¦abbrev_de¦c⟧ || Rückfragen Tel. ⟪0341 97 17400¦phone⟫.",
    ),
    (
        "R-DE-11", "DE",
        "Spracherkennung: ⟨a¦Lungenembolie im Unterlappensegmentarterien rechts⟩ Klammer auf ⟦Serie "
        "vier Bild einhundertzwölf¦4:112¦full_de¦a⟧ Klammer zu Punkt ⟨b¦RV/LV-Quotient ⟪1,2¦ratio⟫, "
        "Septum begradigt⟩ Klammer auf ⟦Serie vier Bild achtzig¦4:80¦full_de¦b⟧ Klammer zu Punkt. "
        "Befund telefonisch an Dr. Z um ⟪02:35 Uhr¦time⟫.",
    ),
    (
        "R-DE-12", "DE",
        "Verlauf Tabelle (Serie/Bild): ⟨a¦Läsion 1 Leber ⟪Segment VIII¦segment⟫: heute ⟪28 mm¦size⟫⟩ "
        "⟦5/43¦5:43¦slash¦a⟧, ⟨b¦Baseline ⟪35 mm¦size⟫⟩ ⟦4/40¦p4:40¦prior¦b⟧. ⟨c¦Läsion 2 Lunge "
        "links: heute ⟪12 mm¦size⟫⟩ ⟦5/181¦5:181¦slash¦c⟧, ⟨d¦Baseline ⟪15 mm¦size⟫⟩ "
        "⟦4/176¦p4:176¦prior¦d⟧. Summe ⟪40 mm¦size⟫ (⟪-20 %¦ratio⟫), SD. Zyklus ⟪6¦counter⟫.",
    ),
    (
        "R-DE-13", "DE",
        "MRT Becken (Prostata): ⟨a¦Läsion in der peripheren Zone links posterolateral, ⟪13 mm¦size⟫, "
        "PI-RADS ⟪5¦birads⟫⟩ (T2 ⟦Se 5/Bi 14¦5:14¦slash¦a⟧, ADC ⟦Se 9/Bi 14¦9:14¦slash¦a⟧). "
        "⟨b¦Kapselkontakt über ⟪11 mm¦size⟫, fokale Vorwölbung⟩ (koronar ⟦Se 6/Bi 18¦6:18¦plane¦b⟧). "
        "PSA ⟪9,4 ng/ml¦lab⟫, PSA-Dichte ⟪0,21¦ratio⟫.",
    ),
    (
        "R-AT-01", "AT",
        "CT Thorax/Abdomen nach ⟪4¦counter⟫ Zyklen FOLFOX. ⟨a¦Lebermetastase ⟪Segment VI¦segment⟫ "
        "regredient, derzeit ⟪19 mm¦size⟫⟩ (⟦Ser.-Nr. 3 / Bild-Nr. 96¦3:96¦abbrev_de¦a⟧), "
        "⟨b¦Lebermetastase ⟪Segment II¦segment⟫ ⟪8 mm¦size⟫⟩ (⟦Ser.-Nr. 3 / Bild-Nr. "
        "41¦3:41¦abbrev_de¦b⟧). ⟨c¦Peritoneale Knoten im Douglas nicht mehr abgrenzbar⟩ (⟦Ser.-Nr. 3 "
        "/ Bild-Nr. 188¦3:188¦abbrev_de¦c⟧). CEA ⟪4,2 ng/ml¦lab⟫.",
    ),
    (
        "R-AT-02", "AT",
        "Carotis-CTA: ⟨a¦Stenose der ACI rechts abgangsnah ⟪70 %¦ratio⟫ nach NASCET, gemischte "
        "Plaque⟩ (⟦S:5 I:233¦5:233¦compact¦a⟧), ⟨b¦ulzerierte Oberfläche⟩ (⟦S:5 I:236 bis "
        "I:240¦5:236-240¦range¦b⟧). ⟨c¦ACI links ⟪30 %¦ratio⟫, verkalkte Plaque⟩ (⟦S:5 "
        "I:251¦5:251¦compact¦c⟧). Blutdruck bei Aufnahme ⟪165/95 mmHg¦blood_pressure⟫, NIHSS ⟪2¦lab⟫.",
    ),
    (
        "R-AT-03", "AT",
        "Nieren-MRT: ⟨a¦Solide Raumforderung am Unterpol links, ⟪4,1 cm¦size⟫, Bosniak-unabhängig "
        "solide, RENAL-Score ⟪8a¦lab⟫⟩ – ⟦Bildnummer 22 (Serie 7)¦7:22¦full_de¦a⟧. ⟨b¦Tumorthrombus "
        "der Nierenvene nicht nachweisbar⟩ – ⟦Bildnummer 30 (Serie 12)¦12:30¦full_de¦b⟧. ⟨c¦Zyste am "
        "Oberpol rechts ⟪9 mm¦size⟫⟩ – ⟦Bildnummer 14 (Serie 7)¦7:14¦full_de¦c⟧. Vorbefund "
        "⟪03/2026¦date⟫: ⟨d¦damals ⟪3,3 cm¦size⟫⟩, ⟦Bildnummer 19 (Serie 6)¦p6:19¦prior¦d⟧.",
    ),
    (
        "R-AT-04", "AT",
        "Hals-CT (Schilddrüse/Larynx): ⟨a¦Raumforderung der linken Stimmlippe mit Ausdehnung in den "
        "Paraglottischen Raum⟩, ⟦Serie 4 - Bild 77¦4:77¦full_de¦a⟧ Beistrich ⟨b¦Schildknorpel "
        "arrodiert⟩, ⟦Serie 4 - Bild 79 und 82¦4:79,4:82¦list¦b⟧. ⟨c¦Lymphknoten Level ⟪III¦level⟫ "
        "links ⟪14 mm¦size⟫⟩, ⟦Serie 4 - Bild 101¦4:101¦full_de¦c⟧. Stadium vorläufig ⟪cT3 "
        "cN1¦staging⟫.",
    ),
    (
        "R-AT-05", "AT",
        "Mammographie mit Tomosynthese, Dichte ⟪B¦birads⟫. ⟨a¦Spikulierte Verdichtung rechts ⟪12 "
        "Uhr¦time⟫, ⟪11 mm¦size⟫⟩, Tomo R-CC ⟦Schnitt 28¦-:28¦slice_word¦a⟧, R-MLO ⟦Schnitt "
        "31¦-:31¦slice_word¦a⟧. Im Vergleich zur Voraufnahme vom ⟪22.02.2025¦date⟫ ⟨b¦neu⟩. BI-RADS "
        "⟪4c¦birads⟫. Sonographie ⟪1¦counter⟫ Herd ⟪10 x 9 mm¦size⟫.",
    ),
    (
        "R-AT-06", "AT",
        "Cardio-MRT: ⟨a¦Subendokardiales Late Enhancement inferolateral basal ⟪(AHA-Segment "
        "5)¦segment⟫, ⟪50 %¦ratio⟫ transmural⟩ – PSIR kurze Achse ⟦Se.14 Im.6¦14:6¦abbrev_de¦a⟧; "
        "⟨b¦LVEF ⟪42 %¦ratio⟫, inferolaterale Hypokinesie⟩ – Cine SAX ⟦Se.9 Im.8¦9:8¦abbrev_de¦b⟧. "
        "⟨c¦Kein Thrombus im Apex⟩ – ⟦Se.14 Im.11¦14:11¦abbrev_de¦c⟧. Vor-MRT ⟪2024¦date⟫: ⟨d¦LE "
        "gleich ausgedehnt⟩ – ⟦Se.12 Im.6¦p12:6¦prior¦d⟧.",
    ),
    (
        "R-AT-07", "AT",
        "Strukturierter Befund Lunge: (1) ⟨a¦Solider Nodulus Mittellappen ⟪7 mm¦size⟫⟩ ⟦S4 "
        "B110¦4:110¦compact¦a⟧. (2) ⟨b¦Teilsolider Nodulus linker Oberlappen ⟪15 mm¦size⟫, solider "
        "Anteil ⟪6 mm¦size⟫⟩ ⟦S4 B62¦4:62¦compact¦b⟧. (3) ⟨c¦Emphysem zentrilobulär oberfeldbetont⟩ "
        "⟦S4 B30-55¦4:30-55¦range¦c⟧. Lung-RADS ⟪4A¦birads⟫, Kontrolle in ⟪3 Monaten¦followup⟫.",
    ),
    (
        "R-AT-08", "AT",
        "Aus dem RIS kopiert:;Befund;⟨a¦Harnblasentumor Hinterwand rechts, ⟪28 mm¦size⟫, "
        "breitbasig⟩;⟦Serie 5;Bild 64¦5:64¦full_de¦a⟧;;⟨b¦Harnleiterostium rechts einbezogen, "
        "Harnstau ⟪Grad II¦staging⟫⟩;⟦Serie 5;Bild 70¦5:70¦full_de¦b⟧;;⟨c¦Iliakale Lymphknoten rechts "
        "⟪9 mm¦size⟫⟩;⟦Serie 5;Bild 92¦5:92¦full_de¦c⟧;;Befunder ⟪Dw. 4417¦phone⟫",
    ),
    (
        "R-AT-09", "AT",
        "CT Abdomen. Serie 3 (portalvenös): ⟨a¦Pankreaskopftumor ⟪32 mm¦size⟫, hypodens⟩ ⟦Bild "
        "55¦3:55¦image_only¦a⟧; ⟨b¦Kontakt zur V. mesenterica superior über ⟪180°¦ratio⟫⟩ ⟦Bild 58 "
        "und 60¦3:58,3:60¦list¦b⟧; ⟨c¦Truncus coeliacus frei⟩ ⟦Bild 41¦3:41¦image_only¦c⟧. CA 19-9 "
        "⟪412 U/ml¦lab⟫. Vorbefund (Fremd-CT, Serie 2): ⟨d¦Tumor damals ⟪25 mm¦size⟫⟩ ⟦Bild "
        "49¦p2:49¦prior¦d⟧.",
    ),
    (
        "R-AT-10", "AT",
        "Diktat: ⟨a¦Beidseitige Nebennierenhyperplasie⟩ ⟦Serie zwei Bild "
        "sechsundvierzig¦2:46¦full_de¦a⟧ Beistrich ⟨b¦Leberzyste ⟪Segment IV¦segment⟫ ⟪15 mm¦size⟫⟩ "
        "⟦Serie zwei Bild achtunddreißig¦2:38¦full_de¦b⟧ Punkt ⟨c¦Milz normal groß ⟪11 cm¦size⟫⟩ "
        "Punkt. Befundung ⟪14:20¦time⟫.",
    ),
    (
        "R-AT-11", "AT",
        "MRT Schädel/Hypophyse: ⟨a¦Mikroadenom links in der Adenohypophyse ⟪6 mm¦size⟫, verzögerte "
        "Anreicherung⟩ (dyn. kor. T1 ⟦Se 16 Bi 7, Se 16 Bi 8¦16:7,16:8¦list¦a⟧). ⟨b¦Hypophysenstiel "
        "mittelständig⟩ (⟦Se 14 Bi 9¦14:9¦abbrev_de¦b⟧). Prolaktin ⟪88 ng/ml¦lab⟫. VB ⟪11/2025¦date⟫: "
        "⟨c¦damals ⟪5 mm¦size⟫⟩ (⟦Se 10 Bi 8¦p10:8¦prior¦c⟧).",
    ),
    (
        "R-AT-12", "AT",
        "Becken-Bein-CTA: ⟨a¦Verschluss der AFS links über ⟪12 cm¦size⟫⟩ (⟦Serie 6, Bild "
        "610-702¦6:610-702¦range¦a⟧); ⟨b¦gute Kollateralisierung über die A. profunda⟩ (⟦Serie 6, "
        "Bild 640¦6:640¦full_de¦b⟧). ⟨c¦Stenose A. poplitea rechts ⟪50 %¦ratio⟫⟩ (⟦Serie 6, Bild "
        "788¦6:788¦full_de¦c⟧). ABI ⟪0,54¦ratio⟫ links, Rutherford ⟪3¦staging⟫.",
    ),
    (
        "R-AT-13", "AT",
        "PET-CT Verlaufskontrolle: ⟨a¦Lymphknoten paraaortal links SUVmax ⟪7,8¦lab⟫ (VU ⟪12,1¦lab⟫), "
        "⟪16 mm¦size⟫⟩ [⟦Sr.4/Im.130¦4:130¦slash¦a⟧]; ⟨b¦VU damals ⟪22 mm¦size⟫⟩ [VU "
        "⟦Sr.3/Im.127¦p3:127¦prior¦b⟧]. ⟨c¦Neue Knochenläsion ⟪LWK 3¦level⟫⟩ "
        "[⟦Sr.4/Im.171¦4:171¦slash¦c⟧]. Deauville ⟪4¦birads⟫, Aktivität ⟪285 MBq¦dose⟫.",
    ),
    (
        "R-CH-01", "CH",
        "CT Thorax: ⟨a¦Zentrales Bronchialkarzinom rechter Hauptbronchus, ⟪5,2 cm¦size⟫, Verlegung "
        "des Oberlappenbronchus⟩ [⟦SE 3 | IM 58¦3:58¦abbrev_en¦a⟧]. ⟨b¦Poststenotische Atelektase⟩ "
        "[⟦SE 3 | IM 40 - 66¦3:40-66¦range¦b⟧]. ⟨c¦Kontralateraler Lymphknoten ⟪Station 4L¦level⟫ ⟪13 "
        "mm¦size⟫⟩ [⟦SE 3 | IM 71¦3:71¦abbrev_en¦c⟧]. Vorläufig ⟪cT3 cN3 cM0¦staging⟫, Tumorboard ⟪Di "
        "16 Uhr¦time⟫.",
    ),
    (
        "R-CH-02", "CH",
        "Verlauf gemäss Vorstudie vom ⟪07.10.2026¦date⟫: ⟨a¦Lungenrundherd linker Unterlappen "
        "⟪(Segment 6)¦segment⟫ aktuell ⟪10 mm¦size⟫⟩ (⟦Ser. 5 Bild 144¦5:144¦abbrev_de¦a⟧), ⟨b¦damals "
        "⟪10 mm¦size⟫⟩ (Vorstudie ⟦Ser. 4 Bild 139¦p4:139¦prior¦b⟧), somit stationär seit ⟪24 "
        "Monaten¦followup⟫. ⟨c¦Neu ein ⟪4 mm¦size⟫ Knötchen im Mittellappen⟩ (⟦Ser. 5 Bild "
        "120¦5:120¦abbrev_de¦c⟧).",
    ),
    (
        "R-CH-03", "CH",
        "Koronar-CT bei ⟪54¦age⟫-jährigem Patienten: ⟨a¦Hochgradige Stenose der RCA ⟪Segment "
        "2¦segment⟫ (⟪70-99 %¦ratio⟫)⟩, ⟦Bild 88/Se. 6¦6:88¦slash¦a⟧ und ⟨b¦nicht verkalkte Plaque im "
        "RCX⟩ ⟦Bild 102/Se. 6¦6:102¦slash¦b⟧. ⟨c¦Aortenklappe trikuspid, Annulus ⟪24 mm¦size⟫⟩ ⟦Bild "
        "31/Se. 9¦9:31¦slash¦c⟧. Agatston ⟪256¦lab⟫, Dosis ⟪3,1 mSv¦dose⟫.",
    ),
    (
        "R-CH-04", "CH",
        "MR Mamma: ⟨a¦Rechts bei ⟪8 Uhr¦time⟫ ovaläre Läsion ⟪9 mm¦size⟫, Kinetik persistierend⟩ "
        "(⟦Img. 71 (Se. 1100)¦1100:71¦abbrev_de¦a⟧). ⟨b¦Links bei ⟪2 Uhr¦time⟫ Fokus ⟪4 mm¦size⟫⟩ "
        "(⟦Img. 40 (Se. 1100)¦1100:40¦abbrev_de¦b⟧). Im Vergleich zur Voruntersuchung ⟪2025¦date⟫ "
        "⟨c¦Läsion rechts neu⟩, in der VU ohne Korrelat. BI-RADS ⟪4¦birads⟫ rechts, ⟪2¦birads⟫ links.",
    ),
    (
        "R-CH-05", "CH",
        "Sono-/CT-korrelierter Befund Hals: ⟨a¦Schilddrüsenknoten rechts ⟪22 mm¦size⟫, TI-RADS "
        "⟪TR4¦birads⟫⟩, CT ⟦Ser 2 Schicht 45¦2:45¦slice_word¦a⟧. ⟨b¦Retrosternale Ausdehnung links⟩, "
        "CT ⟦Ser 2 Schicht 77 bis 84¦2:77-84¦range¦b⟧. TSH ⟪0,9 mU/l¦lab⟫. Rückruf unter ⟪044 255 11 "
        "11¦phone⟫.",
    ),
    (
        "R-CH-06", "CH",
        "Uro-CT: ⟨a¦Konkrement im proximalen Ureter links ⟪6 x 4 mm¦size⟫, ⟪980 HE¦lab⟫⟩ (⟦Serie 2 / "
        "Bild 134¦2:134¦slash¦a⟧), ⟨b¦vorgeschaltete Hydronephrose ⟪Grad 2¦staging⟫⟩ (⟦Serie 2 / Bild "
        "101 und Serie 5 / Bild 34¦2:101,5:34¦list¦b⟧). ⟨c¦Nierenkonkremente rechts ⟪3¦counter⟫ Stück "
        "bis ⟪3 mm¦size⟫⟩ (⟦Serie 2 / Bild 90-97¦2:90-97¦range¦c⟧). Stone-Score ⟪7¦lab⟫.",
    ),
    (
        "R-CH-07", "CH",
        "Befundvorlage Onkologie: Zielläsion 1 – ⟨a¦Lebermetastase Segment ⟪V¦segment⟫ ⟪41 mm¦size⟫⟩ "
        "– ⟦Se 4 Im 66¦4:66¦abbrev_de¦a⟧ – Baseline ⟨b¦⟪52 mm¦size⟫ auf Baseline-CT⟩ ⟦Se 3 Im "
        "64¦p3:64¦prior¦b⟧. Zielläsion 2 – ⟨c¦Lymphknoten retrokrural ⟪15 mm¦size⟫⟩ – ⟦Se 4 Im "
        "38¦4:38¦abbrev_de¦c⟧ – Baseline ⟨d¦⟪18 mm¦size⟫ auf Baseline-CT⟩ ⟦Se 3 Im 37¦p3:37¦prior¦d⟧. "
        "Nicht-Zielläsionen: Knochen stabil. Gesamt ⟪-19 %¦ratio⟫, SD.",
    ),
    (
        "R-CH-08", "CH",
        "MR Kopf-Hals, Nasopharynx: ⟨a¦Asymmetrische Weichteilverdickung im Recessus pharyngeus "
        "links, ⟪18 mm¦size⟫⟩ (T1 KM fs ⟦Ser3Img22¦3:22¦glued¦a⟧), ⟨b¦Ausbreitung in die Schädelbasis "
        "(Clivus)⟩ (⟦Ser3Img14¦3:14¦glued¦b⟧). ⟨c¦Retropharyngeale Lymphknoten links ⟪9 mm¦size⟫⟩ "
        "(⟦Ser3Img30¦3:30¦glued¦c⟧). EBV-DNA ⟪2400 Kopien/ml¦lab⟫.",
    ),
    (
        "R-CH-09", "CH",
        "Vorentwurf AA korrigiert: ⟨a¦Aortendissektion Typ ⟪Stanford B¦staging⟫ ab Abgang der A. "
        "subclavia links⟩ (⟦Serie 4, Bild 61¦4:61¦full_de¦a⟧; ⟪nicht 16¦bild_word⟫), ⟨b¦Entry auf "
        "Höhe ⟪BWK 5¦level⟫⟩ (⟦Serie 4, Bild 88¦4:88¦full_de¦b⟧). ⟨c¦Falsches Lumen bis in die A. "
        "iliaca communis links⟩ (⟦Serie 4, Bild 402¦4:402¦full_de¦c⟧). Maximaler Aortendurchmesser "
        "⟪44 mm¦size⟫.",
    ),
    (
        "R-CH-10", "CH",
        "CT Abdomen Nachkontrolle nach Nephrektomie links ⟪(pT1b pN0)¦staging⟫: ⟨a¦Weichteilknoten in "
        "der Nierenloge links ⟪17 mm¦size⟫, neu⟩ ⟦Se. 3 Bi. 72¦3:72¦abbrev_de¦a⟧; im Vorbefund ⟨b¦nur "
        "narbige Veränderung⟩ ⟦Se. 3 Bi. 70¦p3:70¦prior¦b⟧. ⟨c¦Lungenbasis frei⟩ ⟦Se. 3 Bi. "
        "2-12¦3:2-12¦range¦c⟧. Kreatinin ⟪128 µmol/l¦lab⟫.",
    ),
    (
        "R-CH-11", "CH",
        "Diktat Spracherkennung: ⟨a¦Hirninfarkt im Mediastromgebiet rechts, ASPECTS ⟪7¦lab⟫⟩ ⟦Serie "
        "fünf Bild zweiundzwanzig¦5:22¦full_de¦a⟧, ⟨b¦Verschluss M1 rechts⟩ ⟦Serie neun Bild "
        "vierzig¦9:40¦full_de¦b⟧. ⟨c¦Penumbra ⟪62 ml¦size⟫, Mismatch ⟪2,4¦ratio⟫⟩ ⟦Serie zwölf Bild "
        "drei¦12:3¦full_de¦c⟧. Tel. mit Stroke-Unit ⟪03:12¦time⟫.",
    ),
    (
        "R-CH-12", "CH",
        "Mammographie-Tomosynthese links: ⟨a¦Zirkumskripter Rundherd oben innen ⟪14 mm¦size⟫⟩ auf "
        "⟦Schichten 18-21¦-:18-21¦range¦a⟧ (L-CC) sowie ⟨b¦Makrokalk⟩ auf ⟦Schicht "
        "40¦-:40¦slice_word¦b⟧ (L-MLO). Voraufnahme ⟪2024¦date⟫: ⟨c¦Herd damals ⟪12 mm¦size⟫⟩, "
        "⟦Schicht 19¦p-:19¦prior¦c⟧ der Voraufnahme. BI-RADS ⟪3¦birads⟫, Kontrolle in ⟪6 "
        "Monaten¦followup⟫.",
    ),
    (
        "R-CH-13", "CH",
        "PET/CT PSMA: ⟨a¦Lokalrezidiv an der Anastomose links, SUVmax ⟪11,4¦lab⟫⟩ (⟦Serie 4, Bild "
        "240¦4:240¦full_de¦a⟧), ⟨b¦PSMA-positiver Lymphknoten iliakal intern rechts ⟪7 mm¦size⟫⟩ "
        "(⟦Serie 4, Bild 226¦4:226¦full_de¦b⟧). ⟨c¦Knochenmetastase Os ilium rechts⟩ (⟦Serie 4, Bild "
        "218¦4:218¦full_de¦c⟧). PSA ⟪1,8 ng/ml¦lab⟫, Aktivität ⟪180 MBq¦dose⟫, miTNM ⟪rT1 N1 "
        "M1b¦staging⟫.",
    ),
    (
        "R-UK-01", "UK",
        "CT chest, abdomen and pelvis (staging, oesophageal ca). 1. ⟨a¦Distal oesophageal mass "
        "extending to the GOJ, wall thickness ⟪18 mm¦size⟫⟩ (⟦Se 3, Im 92¦3:92¦abbrev_en¦a⟧). 2. "
        "⟨b¦Gastrohepatic ligament node ⟪12 mm¦size⟫ short axis⟩ (⟦Se 3, Im 110¦3:110¦abbrev_en¦b⟧). "
        "3. ⟨c¦No liver metastases⟩. 4. ⟨d¦Indeterminate ⟪4 mm¦size⟫ nodule right lower lobe⟩ (⟦Se 3, "
        "Im 61¦3:61¦abbrev_en¦d⟧), for attention at the ⟪6-week¦followup⟫ restaging. Provisional ⟪T3 "
        "N1 M0¦staging⟫.",
    ),
    (
        "R-UK-02", "UK",
        "Comparison is made with the CT of ⟪14/08/2026¦date⟫. ⟨a¦The right upper lobe mass now "
        "measures ⟪38 x 29 mm¦size⟫⟩ (⟦series 4 image 51¦4:51¦full_en¦a⟧), ⟨b¦previously ⟪44 x 33 "
        "mm¦size⟫⟩ (prior ⟦series 5 image 49¦p5:49¦prior¦b⟧). ⟨c¦The left adrenal nodule is unchanged "
        "at ⟪14 mm¦size⟫⟩ (⟦series 4 image 160¦4:160¦full_en¦c⟧; prior ⟦series 5 image "
        "158¦p5:158¦prior¦c⟧).",
    ),
    (
        "R-UK-03", "UK",
        "CT aortogram: ⟨a¦Type B dissection with entry tear just distal to the left subclavian "
        "origin⟩ (⟦S5 I45¦5:45¦compact¦a⟧), ⟨b¦false lumen thrombosed below the renal arteries⟩ (⟦S5 "
        "I190-214¦5:190-214¦range¦b⟧). ⟨c¦Right renal artery arises from the true lumen⟩ (⟦S5 "
        "I166¦5:166¦compact¦c⟧), ⟨d¦left renal artery from the false lumen with delayed nephrogram⟩ "
        "(⟦S5 I171¦5:171¦compact¦d⟧). BP ⟪178/102¦blood_pressure⟫ on arrival, discussed with vascular "
        "reg on bleep ⟪2241¦phone⟫.",
    ),
    (
        "R-UK-04", "UK",
        "Cardiac MRI: ⟨a¦Asymmetric septal hypertrophy, maximal wall thickness ⟪21 mm¦size⟫ in the "
        "basal anteroseptum⟩ (short axis cine, ⟦Se 11 Im 4¦11:4¦abbrev_en¦a⟧). ⟨b¦Patchy mid-wall LGE "
        "in the hypertrophied segments⟩ (⟦Se 19 Im 3 and Im 5¦19:3,19:5¦list¦b⟧). ⟨c¦No LVOT "
        "obstruction at rest⟩ (3-chamber, ⟦Se 8 Im 12¦8:12¦abbrev_en¦c⟧). EF ⟪71 %¦ratio⟫, ESC risk "
        "⟪4.2 %¦ratio⟫ at ⟪5 years¦followup⟫.",
    ),
    (
        "R-UK-05", "UK",
        "Breast MRI (high-risk screening, BRCA1, aged ⟪34¦age⟫): ⟨a¦⟪7 mm¦size⟫ enhancing mass, left "
        "breast ⟪3 o'clock¦time⟫, washout kinetics⟩ — subtraction ⟦series 601, slice "
        "88¦601:88¦slice_word¦a⟧. ⟨b¦Stable ⟪5 mm¦size⟫ intramammary node right⟩ — ⟦series 601, slice "
        "54¦601:54¦slice_word¦b⟧, ⟨c¦unchanged from the previous MRI⟩ (⟦series 601, slice "
        "52¦p601:52¦prior¦c⟧ of the previous study). MRI BI-RADS ⟪4¦birads⟫ left.",
    ),
    (
        "R-UK-06", "UK",
        "DBT assessment: ⟨a¦Distortion in the right upper outer quadrant, ⟪40 mm¦size⟫ from the "
        "nipple⟩, on RCC ⟦slice 37¦-:37¦slice_word¦a⟧ and RMLO ⟦slice 42¦-:42¦slice_word¦a⟧; ⟨b¦no "
        "corresponding abnormality on the left⟩. ⟨c¦Benign-appearing calcification right lower inner⟩ "
        "RMLO ⟦slice 15¦-:15¦slice_word¦c⟧. Recall for US-guided biopsy, ⟪M4¦birads⟫ U4.",
    ),
    (
        "R-UK-07", "UK",
        "MRI neck (oral tongue SCC): ⟨a¦Tumour of the left lateral tongue, depth of invasion ⟪11 "
        "mm¦size⟫, crossing the midline⟩ on axial T1 post-gad, ⟦series 9, images 18 to "
        "23¦9:18-23¦range¦a⟧. ⟨b¦Level ⟪IB¦level⟫ node left ⟪13 mm¦size⟫, rounded⟩ ⟦series 9, image "
        "31¦9:31¦full_en¦b⟧. ⟨c¦Level ⟪IIA¦level⟫ node left with necrosis⟩ ⟦series 9, image "
        "36¦9:36¦full_en¦c⟧. ⟪T3 N2b¦staging⟫ (AJCC 8).",
    ),
    (
        "R-UK-08", "UK",
        "Resident draft, amended by consultant: ⟨a¦Enhancing renal mass lower pole right kidney ⟪36 "
        "mm¦size⟫⟩ ⟦se 4 img 120¦4:120¦abbrev_en¦a⟧ (draft said ⟪img 102¦bild_word⟫ - incorrect). "
        "⟨b¦Renal vein patent⟩ ⟦se 4 img 112¦4:112¦abbrev_en¦b⟧. ⟨c¦Simple cyst left kidney ⟪20 "
        "mm¦size⟫, Bosniak ⟪I¦staging⟫⟩ ⟦se 4 img 98¦4:98¦abbrev_en¦c⟧. eGFR ⟪64¦lab⟫.",
    ),
    (
        "R-UK-09", "UK",
        "CTPA: ⟨a¦Saddle embolus at the pulmonary trunk bifurcation⟩ [⟦Se 2 Im 88¦2:88¦abbrev_en¦a⟧], "
        "⟨b¦extending into both lower lobe arteries⟩ [⟦Se 2 Im 120, 131¦2:120,2:131¦list¦b⟧]. "
        "⟨c¦RV:LV ratio ⟪1.4¦ratio⟫, reflux of contrast into the IVC⟩ [⟦Se 2 Im "
        "146¦2:146¦abbrev_en¦c⟧]. Findings phoned to Dr H at ⟪22:47¦time⟫ on ext ⟪6613¦phone⟫.",
    ),
    (
        "R-UK-10", "UK",
        "CT urogram: Excretory phase (series 7): ⟨a¦Filling defect in the left mid ureter ⟪9 "
        "mm¦size⟫⟩ ⟦image 144¦7:144¦image_only¦a⟧, ⟨b¦urothelial thickening of the bladder base⟩ "
        "⟦images 201 and 209¦7:201,7:209¦list¦b⟧. ⟨c¦No hydronephrosis⟩. Haematuria ⟪3+¦lab⟫ on "
        "dipstick, age ⟪71¦age⟫.",
    ),
    (
        "R-UK-11", "UK",
        "Dictated: ⟨a¦there is a spiculated lesion in the left upper lobe measuring ⟪two point four "
        "centimetres¦size⟫⟩ ⟦series four image fifty six¦4:56¦full_en¦a⟧ full stop ⟨b¦pleural "
        "tethering⟩ ⟦series four image sixty¦4:60¦full_en¦b⟧ full stop ⟨c¦no pleural effusion⟩ full "
        "stop.",
    ),
    (
        "R-UK-12", "UK",
        "Lymphoma restaging. ⟨a¦Mediastinal mass reduced to ⟪41 x 22 mm¦size⟫⟩ (⟦Ser 3 Img "
        "52¦3:52¦abbrev_en¦a⟧) ⟨b¦from ⟪88 x 61 mm¦size⟫⟩ on the baseline (⟦Ser 2 Img "
        "50¦p2:50¦prior¦b⟧). ⟨c¦Splenomegaly resolved, ⟪11.5 cm¦size⟫⟩ (⟦Ser 3 Img "
        "141¦3:141¦abbrev_en¦c⟧). Deauville ⟪3¦birads⟫ on the interim PET, cycle ⟪4¦counter⟫ of "
        "⟪6¦counter⟫.",
    ),
    (
        "R-UK-13", "UK",
        "Imported from external PACS — findings: ⟨a¦Liver lesion segment ⟪VII¦segment⟫ ⟪18 mm¦size⟫⟩ "
        ":: ⟦Series#3 Image#41¦3:41¦abbrev_en¦a⟧ :: ⟨b¦Liver lesion segment ⟪III¦segment⟫ ⟪9 "
        "mm¦size⟫⟩ :: ⟦Series#3 Image#29¦3:29¦abbrev_en¦b⟧ :: ⟨c¦Portal vein patent⟩ :: ⟦Series#3 "
        "Image#38¦3:38¦abbrev_en¦c⟧ :: Key images ⟪1-3¦counter⟫ saved.",
    ),
    (
        "R-US-01", "US",
        "FINDINGS: Lungs: ⟨a¦Multiple new bilateral pulmonary nodules, the largest ⟪1.6 cm¦size⟫ in "
        "the right lower lobe⟩ (⟦4:212¦4:212¦compact¦a⟧), ⟨b¦others in the left upper lobe⟩ (⟦4:66, "
        "4:79, 4:103¦4:66,4:79,4:103¦list¦b⟧). ⟨c¦Right hilar adenopathy ⟪2.1 cm¦size⟫⟩ "
        "(⟦2:48¦2:48¦compact¦c⟧). Labs: creatinine ⟪0.9¦lab⟫, ⟪100 mL¦dose⟫ Omnipaque 350.",
    ),
    (
        "R-US-02", "US",
        "COMPARISON: CT ⟪3/2/2026¦date⟫. ⟨a¦Hepatic metastasis in segment ⟪4B¦segment⟫ now ⟪3.4 "
        "cm¦size⟫⟩ (⟦series 3, image 41¦3:41¦full_en¦a⟧), ⟨b¦previously ⟪2.2 cm¦size⟫⟩ (⟦series 2, "
        "image 38¦p2:38¦prior¦b⟧ on the prior). ⟨c¦New ⟪1.1 cm¦size⟫ lesion in segment ⟪6¦segment⟫⟩ "
        "(⟦series 3, image 62¦3:62¦full_en¦c⟧). ⟨d¦Portacaval node unchanged at ⟪1.3 cm¦size⟫⟩ "
        "(⟦series 3, image 30¦3:30¦full_en¦d⟧; prior ⟦series 2, image 27¦p2:27¦prior¦d⟧).",
    ),
    (
        "R-US-03", "US",
        "CTA coronary: ⟨a¦Moderate (⟪50-69%¦ratio⟫) stenosis of the proximal LAD due to partially "
        "calcified plaque⟩ (⟦Se 5 Im 188¦5:188¦abbrev_en¦a⟧). ⟨b¦Minimal (⟪1-24%¦ratio⟫) stenosis of "
        "the mid RCA⟩ (⟦Se 5 Im 240¦5:240¦abbrev_en¦b⟧). ⟨c¦Anomalous origin of the left circumflex "
        "from the right coronary cusp⟩ (⟦Se 5 Im 120-126¦5:120-126¦range¦c⟧). CAD-RADS ⟪3¦birads⟫. "
        "DLP ⟪287 mGy-cm¦dose⟫, HR ⟪61 bpm¦lab⟫.",
    ),
    (
        "R-US-04", "US",
        "Attending addendum: I have reviewed the images and agree with the resident's preliminary "
        "interpretation with the following correction: ⟨a¦the enhancing left renal mass measures ⟪4.8 "
        "cm¦size⟫⟩ (⟦image 77, series 8¦8:77¦full_en¦a⟧), not ⟪3.8 cm¦size⟫. ⟨b¦There is tumor "
        "thrombus in the left renal vein⟩ (⟦image 71, series 8¦8:71¦full_en¦b⟧) ⟨c¦without extension "
        "to the IVC⟩ (⟦image 66, series 8¦8:66¦full_en¦c⟧).",
    ),
    (
        "R-US-05", "US",
        "MRI breast, bilateral: ⟨a¦Linear clumped non-mass enhancement in the right breast at "
        "⟪11:00¦time⟫, extending ⟪5.2 cm¦size⟫⟩ (⟦series 1400, images 55-71¦1400:55-71¦range¦a⟧). "
        "⟨b¦Left breast ⟪6 mm¦size⟫ oval mass at ⟪5:00¦time⟫, ⟪4 cm¦size⟫ from nipple⟩ (⟦series 1400, "
        "image 98¦1400:98¦full_en¦b⟧). ⟨c¦Background parenchymal enhancement mild⟩. BI-RADS "
        "⟪4¦birads⟫: Suspicious. Called to Dr K at ⟪(312) 555-0187¦phone⟫.",
    ),
    (
        "R-US-06", "US",
        "Tomosynthesis: ⟨a¦⟪8 mm¦size⟫ irregular mass, left breast ⟪2:00¦time⟫ posterior depth⟩, LCC "
        "⟦slice 44¦-:44¦slice_word¦a⟧ ⟪of 71¦counter⟫, LMLO ⟦slice 39¦-:39¦slice_word¦a⟧ ⟪of "
        "68¦counter⟫. ⟨b¦Stable benign calcifications on the right⟩, RCC ⟦slice "
        "20¦-:20¦slice_word¦b⟧. ⟨c¦Unchanged from the outside tomosynthesis⟩, outside LCC ⟦slice "
        "41¦p-:41¦prior¦c⟧. BI-RADS ⟪0¦birads⟫.",
    ),
    (
        "R-US-07", "US",
        "Neck CT: 1. ⟨a¦Right supraglottic mass with pre-epiglottic fat invasion⟩ (⟦Ser 3, Img "
        "67¦3:67¦abbrev_en¦a⟧). 2. ⟨b¦Bilateral level ⟪II¦level⟫ and ⟪III¦level⟫ necrotic nodes, "
        "largest ⟪2.7 cm¦size⟫ on the right⟩ (⟦Ser 3, Img 74 and Img 92¦3:74,3:92¦list¦b⟧). 3. "
        "⟨c¦Thyroid cartilage intact⟩ (⟦Ser 3, Img 80¦3:80¦abbrev_en¦c⟧). Clinical stage "
        "⟪T3N2c¦staging⟫, p16 negative.",
    ),
    (
        "R-US-08", "US",
        "MRI prostate: ⟨a¦⟪1.4 cm¦size⟫ lesion in the left mid-gland peripheral zone (PI-RADS "
        "⟪4¦birads⟫)⟩ (T2 ⟦se 4 im 17¦4:17¦abbrev_en¦a⟧; DWI ⟦se 7 im 17¦7:17¦abbrev_en¦a⟧). ⟨b¦Focal "
        "extraprostatic extension is suspected⟩ (⟦se 4 im 18¦4:18¦abbrev_en¦b⟧). ⟨c¦No seminal "
        "vesicle invasion⟩. PSA ⟪7.2¦lab⟫, gland volume ⟪48 cc¦size⟫, PSAD ⟪0.15¦ratio⟫.",
    ),
    (
        "R-US-09", "US",
        "Structured report — ONCOLOGY FOLLOW-UP. Target 1: ⟨a¦left lower lobe mass ⟪28 mm¦size⟫⟩ "
        "[⟦se3/im104¦3:104¦slash¦a⟧]; baseline ⟨b¦⟪35 mm¦size⟫⟩ [⟦se2/im99¦p2:99¦prior¦b⟧]. Target 2: "
        "⟨c¦right adrenal ⟪19 mm¦size⟫⟩ [⟦se3/im180¦3:180¦slash¦c⟧]; baseline ⟨d¦⟪24 mm¦size⟫⟩ "
        "[⟦se2/im176¦p2:176¦prior¦d⟧]. Sum ⟪47 mm¦size⟫ vs ⟪59 mm¦size⟫ (⟪-20%¦ratio⟫): SD.",
    ),
    (
        "R-US-10", "US",
        "CT abdomen/pelvis with contrast: ⟨a¦Obstructing ⟪7 mm¦size⟫ calculus at the right UVJ⟩ "
        "(⟦series 2 image 188¦2:188¦full_en¦a⟧) ⟨b¦with moderate right hydroureteronephrosis⟩ "
        "(⟦series 2 images 90 through 140¦2:90-140¦range¦b⟧). ⟨c¦Incidental ⟪2.3 cm¦size⟫ left "
        "adrenal adenoma, ⟪-4 HU¦lab⟫⟩ (⟦series 2 image 71¦2:71¦full_en¦c⟧). WBC ⟪12.4¦lab⟫, T ⟪38.6 "
        "C¦lab⟫.",
    ),
    (
        "R-US-11", "US",
        "PET/CT (outside comparison PET/CT ⟪1/5/2026¦date⟫): ⟨a¦FDG-avid right axillary node, SUV max "
        "⟪6.2¦lab⟫, ⟪1.8 cm¦size⟫⟩ (⟦series 4 image 98¦4:98¦full_en¦a⟧), ⟨b¦previously SUV ⟪9.8¦lab⟫⟩ "
        "(outside ⟦series 3 image 101¦p3:101¦prior¦b⟧). ⟨c¦New avid focus in the T9 vertebral body⟩ "
        "(⟦series 4 image 150¦4:150¦full_en¦c⟧). Deauville ⟪4¦birads⟫. Injected ⟪12.1 mCi¦dose⟫ F-18 "
        "FDG, glucose ⟪104¦lab⟫.",
    ),
    (
        "R-US-12", "US",
        "CT angiography runoff: ⟨a¦Occlusion of the right SFA from the adductor canal⟩ (⟦sr 6 im 502 "
        "- 560¦6:502-560¦range¦a⟧), ⟨b¦reconstitution of the above-knee popliteal⟩ (⟦sr 6 im "
        "566¦6:566¦abbrev_en¦b⟧). ⟨c¦Three-vessel runoff on the left⟩ (⟦sr 6 im "
        "700¦6:700¦abbrev_en¦c⟧). ABI ⟪0.61¦ratio⟫ right.",
    ),
    (
        "R-US-13", "US",
        "Voice recognition: ⟨a¦there is a ⟪5 millimeter¦size⟫ nonobstructing stone in the left lower "
        "pole⟩ ⟦series 2 image 102¦2:102¦full_en¦a⟧ period ⟨b¦the bladder is decompressed with a "
        "Foley catheter⟩ ⟦series 2 image 210¦2:210¦full_en¦b⟧ period ⟨c¦no free air⟩ period. Dictated "
        "at ⟪4:51 AM¦time⟫.",
    ),
    (
        "R-DE-14", "DE",
        "Vergleich mit Vor-CT vom ⟪02.09.2026¦date⟫ und ⟪18.05.2026¦date⟫: ⟨a¦Pleuraständige "
        "Metastase rechts dorsal jetzt ⟪23 mm¦size⟫⟩ ⟦(Se4Bi188)¦4:188¦glued¦a⟧, ⟨b¦im Vor-CT ⟪19 "
        "mm¦size⟫⟩ ⟦(Se3Bi185)¦p3:185¦prior¦b⟧ und ⟨c¦davor ⟪14 mm¦size⟫⟩ "
        "⟦(Se3Bi180)¦p3:180¦prior¦c⟧. ⟨d¦Perikarderguss neu, ⟪9 mm¦size⟫ Saum⟩ "
        "⟦(Se4Bi120)¦4:120¦glued¦d⟧; ⟨e¦in der VU kein Erguss⟩ (VU ⟦Se3Bi118¦p3:118¦prior¦e⟧).",
    ),
    (
        "R-DE-15", "DE",
        "Fremd-MRT Leber (auswärts, ⟪08/2026¦date⟫), Serie 7 (hepatobiliäre Phase): ⟨a¦Läsion "
        "⟪Segment VIII¦segment⟫ ⟪15 mm¦size⟫ hypointens⟩ ⟦Bild 33¦p7:33¦prior¦a⟧, ⟨b¦Läsion ⟪Segment "
        "II¦segment⟫ ⟪6 mm¦size⟫⟩ ⟦Bild 48¦p7:48¦prior¦b⟧. Aktuelle MRT, Serie 9: ⟨c¦Läsion ⟪Segment "
        "VIII¦segment⟫ jetzt ⟪21 mm¦size⟫⟩ ⟦Bild 35¦9:35¦image_only¦c⟧, ⟨d¦Läsion ⟪Segment "
        "II¦segment⟫ unverändert⟩ ⟦Bild 50¦9:50¦image_only¦d⟧. Gd-EOB ⟪10 ml¦dose⟫.",
    ),
    (
        "R-AT-14", "AT",
        "Voruntersuchung ⟪13.06.2026¦date⟫ zum Vergleich: ⟨a¦Aneurysma der A. poplitea rechts aktuell "
        "⟪28 mm¦size⟫, teilthrombosiert⟩ (⟦Sr. 5, Img. 402¦5:402¦abbrev_de¦a⟧); ⟨b¦VU ⟪24 mm¦size⟫⟩ "
        "(VU ⟦Sr. 4, Img. 398¦p4:398¦prior¦b⟧). ⟨c¦Links ⟪16 mm¦size⟫ ektatisch⟩ (⟦Sr. 5, Img. "
        "410¦5:410¦abbrev_de¦c⟧), ⟨d¦VU gleich⟩ (VU ⟦Sr. 4, Img. 405¦p4:405¦prior¦d⟧). Kontrolle in "
        "⟪12 Monaten¦followup⟫.",
    ),
    (
        "R-AT-15", "AT",
        "MRT Mamma Nachsorge nach BET rechts ⟪2023¦date⟫: ⟨a¦Narbe rechts ⟪9 Uhr¦time⟫ ohne "
        "KM-Aufnahme⟩ – koronar ⟦Serie 801 Bild 40¦801:40¦plane¦a⟧; Vor-MRT ⟨b¦gleich⟩ – Vor-MRT "
        "⟦Serie 701 Bild 38¦p701:38¦prior¦b⟧. ⟨c¦Links neuer Fokus ⟪5 mm¦size⟫ bei ⟪1 Uhr¦time⟫⟩ – "
        "⟦Serie 801 Bild 66¦801:66¦full_de¦c⟧, ⟨d¦im Vor-MRT nicht vorhanden⟩ – ⟦Serie 701 Bild "
        "64¦p701:64¦prior¦d⟧. BI-RADS ⟪3¦birads⟫.",
    ),
    (
        "R-CH-14", "CH",
        "Thorax-CT im Verlauf, Vergleich mit der externen CT (Kantonsspital, ⟪11.11.2025¦date⟫): "
        "⟨a¦Milchglasherd rechter Oberlappen ⟪18 mm¦size⟫⟩ (⟦Ser. 3 Bild 72¦3:72¦abbrev_de¦a⟧), "
        "⟨b¦extern ⟪16 mm¦size⟫⟩ (extern ⟦Ser. 2 Bild 60¦p2:60¦prior¦b⟧). ⟨c¦Solider Anteil neu ⟪5 "
        "mm¦size⟫⟩ (⟦Ser. 3 Bild 74¦3:74¦abbrev_de¦c⟧). ⟨d¦Bronchiektasen Mittellappen unverändert⟩ "
        "(⟦Ser. 3 Bild 90¦3:90¦abbrev_de¦d⟧; extern ⟦Ser. 2 Bild 77¦p2:77¦prior¦d⟧). Lung-RADS "
        "⟪4B¦birads⟫.",
    ),
    (
        "R-CH-15", "CH",
        "Vorbefund-Serie 5 (MRT Hals ⟪2025¦date⟫): ⟨a¦Lymphknoten Level ⟪IIa¦level⟫ rechts damals ⟪15 "
        "mm¦size⟫⟩ ⟦Bild 20¦p5:20¦prior¦a⟧ und ⟨b¦Parotisläsion rechts ⟪11 mm¦size⟫⟩ ⟦Bild "
        "12¦p5:12¦prior¦b⟧. Aktuell Serie 6: ⟨c¦Lymphknoten ⟪9 mm¦size⟫⟩ ⟦Bild 21¦6:21¦image_only¦c⟧, "
        "⟨d¦Parotisläsion ⟪11 mm¦size⟫ unverändert, Warthin-typisch⟩ ⟦Bild 13¦6:13¦image_only¦d⟧.",
    ),
    (
        "R-UK-14", "UK",
        "Compared with the outside CT from the referring hospital (⟪02/03/2026¦date⟫): ⟨a¦The "
        "pancreatic tail lesion has grown to ⟪27 mm¦size⟫⟩ (⟦Se 4 Im 70¦4:70¦abbrev_en¦a⟧) ⟨b¦from "
        "⟪19 mm¦size⟫⟩ (outside ⟦Se 2 Im 31¦p2:31¦prior¦b⟧). ⟨c¦Splenic vein now occluded⟩ (⟦Se 4 Im "
        "66¦4:66¦abbrev_en¦c⟧), ⟨d¦patent on the outside study⟩ (⟦Se 2 Im 29¦p2:29¦prior¦d⟧). CA 19-9 "
        "⟪310¦lab⟫.",
    ),
    (
        "R-UK-15", "UK",
        "Prior MRI series 8 (⟪2024¦date⟫): ⟨a¦left vestibular schwannoma ⟪9 mm¦size⟫ "
        "intracanalicular⟩ ⟦image 14¦p8:14¦prior¦a⟧. Current MRI series 10: ⟨b¦now ⟪13 mm¦size⟫ with "
        "⟪3 mm¦size⟫ extension into the CPA⟩ ⟦image 15¦10:15¦image_only¦b⟧ (Koos grade ⟪II¦staging⟫). "
        "⟨c¦No hydrocephalus⟩ ⟦image 22¦10:22¦image_only¦c⟧.",
    ),
    (
        "R-US-14", "US",
        "COMPARISON: PET/CT ⟪6/18/2026¦date⟫ (baseline). ⟨a¦Left supraclavicular node ⟪1.2 cm¦size⟫, "
        "SUV ⟪3.1¦lab⟫⟩ (⟦3:55¦3:55¦compact¦a⟧; baseline ⟦2:52¦p2:52¦prior¦a⟧). ⟨b¦Right paratracheal "
        "node ⟪0.9 cm¦size⟫⟩ (⟦3:71¦3:71¦compact¦b⟧; baseline ⟦2:70¦p2:70¦prior¦b⟧). ⟨c¦Resolved "
        "splenic lesions⟩ (⟦3:140¦3:140¦compact¦c⟧). Lugano: partial metabolic response.",
    ),
    (
        "R-US-15", "US",
        "Compared to the prior MRI of the pelvis ⟪(8/2/2025)¦date⟫: ⟨a¦Endometrial mass invades more "
        "than ⟪50%¦ratio⟫ of the myometrium⟩ (⟦series 6, image 22¦6:22¦full_en¦a⟧; prior ⟦series 5, "
        "image 20¦p5:20¦prior¦a⟧). ⟨b¦Enlarged left external iliac node ⟪1.5 cm¦size⟫⟩ (⟦series 6, "
        "image 9¦6:9¦full_en¦b⟧), ⟨c¦previously ⟪0.8 cm¦size⟫⟩ (prior ⟦series 5, image "
        "8¦p5:8¦prior¦c⟧). FIGO ⟪IIIC1¦staging⟫.",
    ),
)

EXCERPTS: list[Excerpt] = [_excerpt(*r) for r in _RAW]
