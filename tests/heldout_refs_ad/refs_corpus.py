"""Held-out refs AD: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K to Z,
AA, AB and AC (to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's and Y's floor tests. Written in one pass under time pressure,
reread once for ambiguity (prior radiographs cited by image only were moved before any numbered series, or into
their own section, so no series is inherited; sequence-named citations were put before numbered ones; 13 prior
citations were dropped to keep the share near a fifth), then measured once. Do not tune the miner on these
texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_ad.refs_corpus
--adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section (also a heading
naming a prior study's series), else series is None (sequence-named MR citations "cor PD fs Bild 14", "sag T2 FS
image 9"; ultrasound, fluoroscopy and radiograph images and clips "Bild 12", "Clip 3", "image 4 of 20"); a plane
word changes nothing; a citation into a prior, earlier, outside, dated or accession-labelled study is gold with
prior_study true and class `prior`. Only the series/image words and numbers are inside a citation's visible
span; plane, sequence, view and prior words before it stay outside. A draft citation that an attending's
addendum withdraws is a `bild_word` confounder. Lang follows refs C (German for DE/AT/CH).

Mix: 70 excerpts (14 each DE, AT, CH German; UK, US English), 268 gold refs, 46 of them into a prior study,
365 marked confounders. Site habits leaned on here: chest, vascular, musculoskeletal and paediatric imaging:
HRCT for ILD (UIP/NSIP, prone images, against outside or dated CTs), lung-nodule follow-up (Fleischner, BTS/Brock,
Lung-RADS, screening rounds, volume doubling) against one or two earlier CTs, PE CTA (RV/LV, call-backs), aortic
CTA, EVAR/TEVAR follow-up with endoleak types and sac diameters against priors, dissection surveillance,
peripheral run-off CTA (ABI, Rutherford/Fontaine, popliteal segments), knee/shoulder/hip/wrist MR with
sequence-named citations, CT and MR arthrography, bone age (Greulich-Pyle, Tanner-Whitehouse) and skeletal
surveys (NAI, osteogenesis imperfecta), paediatric ultrasound (Graf hips, appendicitis, intussusception,
pylorus, hydronephrosis) and fluoroscopy (MCU, upper GI, air enema, videofluoroscopic swallow) with image and
clip numbers and no series, conventional radiographs with numbered views. Report shapes: RIS key:value and pipe
templates ("Serie/Bild: 5/122"), trainee drafts with an attending/consultant/Kaderarzt addendum correcting the
citation, dictated text with spelled numbers and speech-recognition errors ("Sirie 9", "series for image 22"),
numbered impressions. Forms: DE "Serie 3, Bild 212", "Se 3/Bi 212", "Se 201 Bi 60, 72 und 81", "Bild 120 bis
134", a "Serie 6 (arteriell, axial):" heading with "Bild 801–866", "MIP koronar Serie 11 Bild 23", "Se 3 Bi 47-52",
"Bild 1 und 2", "Clip 3"; AT "Serie vier Bild hundertzwölf", "Sr. 3 / Img. 140 bis Img. 162", "Serie 2,
Bildnr. 61", "Sr. 4 Img. 212", "Schnittbild 12 und 13", "Sr. 5 Img. 11 Beistrich Sr. 7 Img. 19", "Serie 6 Bild
95 bis 130"; CH "Serie 4, Bild n° 180", "Serie 3 Imm. 201, 210, 222", "[Serie 7: Bild 620–700]", "cor DP fs Bild
14", "Se 602/Bi 48", "Bild Nr. 2", "Se 3 Bi 40, 45"; UK "se 3 img 188, 201", "ser 4 sl 77", "series four image
one hundred and twelve full stop", "Se 9 Im 250-262", "img 402–455, se 6", "ax T1 FS sl 18-22", "images 12 and
13", "images 1-4"; US "(4:212)", "(5:92-110)", "601:88", "se 3 im 188", "Series 602, Images 28-34", "series 6,
images 420 through 515", "image 4 of 20", "clip 3", "series 4 image twenty-six period". Prior forms: dated and
outside CTs, "Voruntersuchung vom ...", "Vor-CT", "Untersuch/Voruntersuch vom ..." and "Vorbild" (CH),
"Voraufnahme", "the 2023 study", "on the July study", "the earlier examination", accession-labelled priors
("Acc# A8817265 4:118", "RXH4471203 series 4 image 90", "Acc. CH25-004471 Se 3 Bi 69"), a prior heading with
image-only rows, prior radiographs cited by image number. Confounders in the same sentences: sizes, volumes and
angles, dates (dots, slashes, months, bare years), clock times and clock-face positions ("3 o'clock", "1 Uhr",
"3:42 PM", "0:48 min"), vertebral, rib and nodal levels ("LWK 3", "BWK 8", "L3", "4R", "5th"), lung, artery
and aortic segments ("S6", "A8", "P1", "Zone 2"), doses (DLP, CTDIvol, DFP, DAP, contrast volumes), Graf/Outerbridge
/Goutallier/Patte/AO/Palmer/Gartland/Catterall/SFU/Scadding and endoleak grades, Lung-RADS and other scores
(Wells, sPESI, Alvarado, PAS), lab values, ratios ("RV/LV 1,4", "1:200", ABI, percentages), counters (views,
screening rounds, accession numbers, page "1 von 2", numbered impression items, "Station 3B"), phone, bleep,
pager and extension numbers, blood pressure, ages and follow-up intervals, withdrawn draft citations.
"""

# ruff: noqa: E501

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    (
        "de01",
        "DE",
        "Untersuchung: HRCT Thorax nativ, Rücken- und Bauchlage\n"
        "Vergleich: CT Thorax vom ⟪14.02.2024¦date⟫ (Acc. ⟪A24-118734¦counter⟫)\n"
        "Befund: ⟨a¦Subpleural betonte Retikulationen mit Traktionsbronchiektasen beidseits basal⟩ "
        "(⟦Serie 3, Bild 212¦3:212¦full_de¦a⟧ und ⟦Bild 240¦3:240¦image_only¦a⟧), ⟨b¦in der Voruntersuchung "
        "geringer ausgeprägt⟩ (⟦Serie 4, Bild 198¦p4:198¦prior¦b⟧). ⟨c¦Kein Honeycombing in Bauchlage⟩ "
        "(⟦Serie 6, Bild 55¦6:55¦full_de¦c⟧). Ösophagus ⟪22 mm¦size⟫ weit. CTDIvol ⟪2,1 mGy¦dose⟫.\n"
        "Beurteilung: ⟪1.¦counter⟫ ⟨d¦Fibrosierende ILD im UIP-Muster, progredient⟩ (⟦Se 3/Bi 212¦3:212¦impression¦d⟧).",
    ),
    (
        "de02",
        "DE",
        "CT Thorax Low-Dose, Rundherd-Verlaufskontrolle nach Fleischner. Voruntersuchungen: CT vom "
        "⟪03.05.2023¦date⟫ und CT vom ⟪11.11.2023¦date⟫.\n"
        "⟨a¦Solider Rundherd im Unterlappen rechts, Segment ⟪S6¦segment⟫, jetzt ⟪7 mm¦size⟫⟩ "
        "(⟦Serie 201, Bild 154¦201:154¦full_de¦a⟧); ⟨b¦im CT vom ⟪11.11.2023¦date⟫ ⟪6 mm¦size⟫⟩ "
        "(⟦Serie 201, Bild 149¦p201:149¦prior¦b⟧), ⟨c¦im CT vom ⟪03.05.2023¦date⟫ ⟪5 mm¦size⟫⟩ "
        "(⟦Serie 3, Bild 77¦p3:77¦prior¦c⟧). Volumenverdopplungszeit ca. ⟪410 Tage¦followup⟫. "
        "⟨d¦Mehrere Milchglasnoduli im Oberlappen links, unverändert⟩ (⟦Se 201 Bi 60, 72 und 81¦201:60,201:72,201:81¦list¦d⟧).\n"
        "Beurteilung: Langsam wachsender Rundherd, Lung-RADS ⟪4A¦birads⟫, Kontrolle in ⟪3 Monaten¦followup⟫ empfohlen.",
    ),
    (
        "de03",
        "DE",
        "CT-Pulmonalisangiographie, Untersuchungsbeginn ⟪14:22¦time⟫ Uhr. ⟨a¦Reitender Embolus in der "
        "Pulmonalisbifurkation⟩ (⟦Serie 5 Bild 88¦5:88¦full_de¦a⟧), ⟨b¦weitere Emboli in den Segmentarterien "
        "⟪A8¦segment⟫ bis ⟪A10¦segment⟫ rechts⟩ (⟦Bild 120 bis 134¦5:120-134¦range¦b⟧). ⟨c¦RV/LV-Quotient "
        "⟪1,4¦ratio⟫⟩ (⟦Serie 7, Bild 44¦7:44¦full_de¦c⟧). ⟨d¦Der Embolus ist neu⟩ gegenüber der Voruntersuchung "
        "vom ⟪02.01.2025¦date⟫ (⟦Serie 4, Bild 91¦p4:91¦prior¦d⟧). D-Dimere ⟪4,2 mg/l¦lab⟫. Befund telefonisch "
        "an die Notaufnahme (Tel. ⟪-3318¦phone⟫) um ⟪14:40¦time⟫ Uhr übermittelt.",
    ),
    (
        "de04",
        "DE",
        "CTA Aorta, EVAR-Kontrolle ⟪12 Monate¦followup⟫ postoperativ. Vergleich: Voruntersuchung vom ⟪19.06.2024¦date⟫ "
        "und präoperatives CT vom ⟪07.12.2023¦date⟫. KM ⟪80 ml¦dose⟫, DLP ⟪612 mGy*cm¦dose⟫.\n"
        "⟨a¦Aneurysmasack maximal ⟪58 mm¦size⟫⟩ (⟦Serie 4, Bild 310¦4:310¦full_de¦a⟧), ⟨b¦in der Voruntersuchung "
        "⟪55 mm¦size⟫⟩ (⟦Serie 4, Bild 305¦p4:305¦prior¦b⟧); präoperativ ⟪61 mm¦size⟫. ⟨d¦Endoleak Typ ⟪II¦staging⟫ über eine Lumbalarterie in Höhe "
        "⟪LWK 3¦level⟫⟩ in der Spätphase (⟦Sirie 9 Bild 142¦9:142¦full_de¦d⟧ und ⟦Bild 147¦9:147¦image_only¦d⟧).",
    ),
    (
        "de05",
        "DE",
        "CTA Becken-Bein beidseits, Rutherford-Stadium ⟪4¦staging⟫. ABI rechts ⟪0,54¦ratio⟫, links ⟪0,91¦ratio⟫.\n"
        "Serie 6 (arteriell, axial):\n"
        "- ⟨a¦Hochgradige Stenose der A. femoralis superficialis rechts im Adduktorenkanal⟩: ⟦Bild 512¦6:512¦image_only¦a⟧ "
        "und ⟦Bild 530¦6:530¦image_only¦a⟧.\n"
        "- ⟨b¦Verschluss der A. tibialis anterior rechts über ⟪9 cm¦size⟫⟩: ⟦Bild 801–866¦6:801-866¦range¦b⟧.\n"
        "- ⟨c¦Stentgraft A. iliaca communis links offen⟩: ⟦Bild 140¦6:140¦image_only¦c⟧.\n"
        "MIP koronar ⟦Serie 11 Bild 23¦11:23¦plane¦d⟧: ⟨d¦Kollateralen über die A. profunda femoris⟩.",
    ),
    (
        "de06",
        "DE",
        "MRT Kniegelenk rechts. ⟨a¦Horizontal-schräger Riss im Hinterhorn des Innenmeniskus mit Kontakt zur "
        "Unterfläche⟩ (cor PD fs ⟦Bild 14¦-:14¦image_only¦a⟧, sag PD fs ⟦Bild 9¦-:9¦image_only¦a⟧). "
        "⟨b¦Knorpelschaden ⟪Grad 3¦staging⟫ nach Outerbridge an der medialen Femurkondyle, Defekt ⟪8 x 6 mm¦size⟫⟩ "
        "(sag PD fs ⟦Bild 11¦-:11¦image_only¦b⟧). ⟨c¦Vorderes Kreuzband intakt⟩ (⟦Serie 5, Bild 12¦5:12¦full_de¦c⟧). "
        "Gelenkerguss ⟪12 mm¦size⟫ im Recessus suprapatellaris. Kein Knochenmarködem.",
    ),
    (
        "de07",
        "DE",
        "Arthro-CT Schulter links nach intraartikulärer Gabe von ⟪12 ml¦dose⟫ verdünntem KM. ⟨a¦Labrumablösung "
        "anteroinferior von ⟪3 bis 5 Uhr¦time⟫⟩ (⟦Se 3 Bi 47-52¦3:47-52¦range¦a⟧). ⟨b¦Knöcherne Bankart-Läsion, "
        "Fragment ⟪6 mm¦size⟫⟩ (⟦Se 3 Bi 55¦3:55¦abbrev_de¦b⟧; koronar ⟦Se 4 Bi 30¦4:30¦plane¦b⟧). "
        "⟨c¦Hill-Sachs-Delle⟩ (⟦Se 3 Bi 21¦3:21¦abbrev_de¦c⟧), ⟨d¦größenkonstant⟩ zur auswärtigen MRT vom "
        "⟪08/2024¦date⟫ (⟦Serie 7, Bild 15¦p7:15¦prior¦d⟧).",
    ),
    (
        "de08",
        "DE",
        "Säuglingshüftsonographie beidseits, Alter ⟪6 Wochen¦age⟫. Rechts: ⟨a¦Typ ⟪IIa¦staging⟫ nach Graf, "
        "Alpha ⟪55°¦size⟫, Beta ⟪62°¦size⟫⟩ (⟦Bild 3¦-:3¦image_only¦a⟧ und ⟦Bild 4¦-:4¦image_only¦a⟧). "
        "Links: ⟨b¦Typ ⟪Ia¦staging⟫, Alpha ⟪64°¦size⟫⟩ (⟦Bild 7¦-:7¦image_only¦b⟧). Kontrolle in "
        "⟪4 Wochen¦followup⟫.",
    ),
    (
        "de09",
        "DE",
        "Skelettscreening bei V.a. nicht-akzidentelle Verletzung, Alter ⟪4 Monate¦age⟫, ⟪21¦counter⟫ Aufnahmen. "
        "⟨a¦Metaphysäre Kantenfraktur der distalen Tibia links⟩ (⟦Bild 14¦-:14¦image_only¦a⟧, seitlich "
        "⟦Bild 15¦-:15¦image_only¦a⟧). ⟨b¦Heilende Rippenfrakturen dorsal an der ⟪7.¦level⟫ und ⟪8.¦level⟫ Rippe "
        "rechts mit Kallus⟩ (Thorax schräg ⟦Bild 5¦-:5¦image_only¦b⟧). ⟨c¦Schädel ohne Frakturnachweis⟩ "
        "(⟦Bild 1 und 2¦-:1,-:2¦list¦c⟧). Kontroll-Skelettscreening nach ⟪14 Tagen¦followup⟫ empfohlen.",
    ),
    (
        "de10",
        "DE",
        "Miktionszystourethrographie, Alter ⟪3 Jahre¦age⟫. Durchleuchtungszeit ⟪0,6 min¦time⟫, DFP "
        "⟪4,8 cGy·cm²¦dose⟫, Blasenfüllung ⟪120 ml¦size⟫. ⟨a¦Vesikoureteraler Reflux ⟪Grad III¦staging⟫ links in "
        "der Miktionsphase⟩ (⟦Bild 12¦-:12¦image_only¦a⟧, ⟦Bild 13¦-:13¦image_only¦a⟧). ⟨b¦Rechts kein Reflux⟩ "
        "(⟦Bild 9¦-:9¦image_only¦b⟧). ⟨c¦Urethra unauffällig⟩ (⟦Clip 3¦-:3¦image_only¦c⟧).",
    ),
    (
        "de11",
        "DE",
        "Vorläufiger Befund (Assistenzarzt): Teilsolider Rundherd im linken Oberlappen, ⟪14 mm¦size⟫ mit solidem "
        "Anteil ⟪6 mm¦size⟫ (⟪Serie 3, Bild 84¦bild_word⟫).\n"
        "Nachtrag Oberarzt ⟪08:15¦time⟫ Uhr: Korrektur der Bildangabe – ⟨a¦der teilsolide Rundherd im linken "
        "Oberlappen⟩ liegt auf ⟦Serie 3, Bild 48¦3:48¦full_de¦a⟧, nicht auf ⟪Bild 84¦bild_word⟫. ⟨b¦Zusätzlich "
        "⟪4 mm¦size⟫ großer solider Nodulus im Mittellappen⟩ (⟦Serie 3, Bild 131¦3:131¦full_de¦b⟧). ⟨c¦Im Vor-CT "
        "vom ⟪10.09.2024¦date⟫ war der Herd noch rein milchglasartig⟩ (⟦Serie 2, Bild 51¦p2:51¦prior¦c⟧). "
        "Lung-RADS ⟪4B¦birads⟫.",
    ),
    (
        "de12",
        "DE",
        "Handgelenk rechts in ⟪4¦counter⟫ Ebenen: ⟨a¦Nicht dislozierte Fraktur des Os scaphoideum im mittleren "
        "Drittel⟩, am besten auf ⟦Bild 3¦-:3¦image_only¦a⟧ (Stecher-Aufnahme). Ergänzende MRT: ⟨b¦Frakturlinie "
        "mit Knochenmarködem⟩ (cor T1 ⟦Serie 301, Bild 8¦301:8¦plane¦b⟧; cor STIR ⟦Serie 401, Bild 8 und "
        "9¦401:8,401:9¦list¦b⟧). ⟨c¦SL-Band intakt, SL-Abstand ⟪2 mm¦size⟫⟩ (⟦Serie 401, Bild 11¦401:11¦full_de¦c⟧). "
        "⟨d¦TFCC mit zentraler Perforation, Palmer ⟪1A¦staging⟫⟩ (⟦Se 401/Bi 14¦401:14¦slash¦d⟧).",
    ),
    (
        "de13",
        "DE",
        "Seite ⟪1 von 2¦counter⟫\n"
        "Indikation: TEVAR-Kontrolle bei Typ-B-Dissektion\n"
        "Voruntersuchung: CT-Angio Aorta, Acc.-Nr. ⟪7741902¦counter⟫ vom ⟪15.01.2025¦date⟫\n"
        "⟨a¦Falsches Lumen thorakal: ⟪38 mm¦size⟫⟩ | Serie/Bild: ⟦5/122¦5:122¦slash¦a⟧ | ⟨b¦Voruntersuchung: "
        "⟪41 mm¦size⟫⟩ | Serie/Bild: ⟦5/119¦p5:119¦prior¦b⟧\n"
        "Endoleak: ⟨c¦Typ ⟪Ib¦staging⟫ distal fraglich⟩ | Serie/Bild: ⟦9/260¦9:260¦slash¦c⟧\n"
        "Aortenbogen: ⟨d¦Stentgraft regelrecht, proximale Landezone ⟪Zone 2¦segment⟫⟩ | Serie/Bild: "
        "⟦5/61¦5:61¦slash¦d⟧",
    ),
    (
        "de14",
        "DE",
        "Vergleich mit der Voruntersuchung vom ⟪22.08.2024¦date⟫ (dort Serie 4):\n"
        "- ⟨a¦Rundherd Oberlappen rechts, damals ⟪8 mm¦size⟫⟩: ⟦Bild 70¦p4:70¦prior¦a⟧\n"
        "- ⟨b¦Rundherd Unterlappen links, damals ⟪5 mm¦size⟫⟩: ⟦Bild 152¦p4:152¦prior¦b⟧\n"
        "Aktuelle Untersuchung (Serie 3):\n"
        "- ⟨c¦Rundherd Oberlappen rechts jetzt ⟪9 mm¦size⟫⟩: ⟦Bild 66¦3:66¦image_only¦c⟧\n"
        "- ⟨d¦Rundherd Unterlappen links jetzt ⟪5 mm¦size⟫, unverändert⟩: ⟦Bild 149¦3:149¦image_only¦d⟧\n"
        "Beurteilung: Größenkonstanz über ⟪12 Monate¦followup⟫, nach Fleischner keine weitere Kontrolle.",
    ),
    (
        "at01",
        "AT",
        "HRCT der Lunge vom ⟪9. Jänner 2025¦date⟫. ⟨a¦Bilaterale Milchglasverdichtungen mit subpleuraler "
        "Aussparung, vereinbar mit NSIP⟩ Klammer auf ⟦Serie vier Bild hundertzwölf¦4:112¦full_de¦a⟧ Klammer zu Punkt. "
        "Keine Honigwabenbildung Beistrich ⟨c¦diskrete Traktionsbronchiektasen im Unterlappen links⟩ "
        "⟦Serie vier Bild zweihundertdrei¦4:203¦full_de¦c⟧ Punkt. ⟨d¦Gegenüber der Voruntersuchung vom "
        "⟪März 2024¦date⟫ gering regredient⟩ ⟦Serie fünf Bild hundertacht¦p5:108¦prior¦d⟧ Punkt. "
        "DLP ⟪98 mGy·cm¦dose⟫.",
    ),
    (
        "at02",
        "AT",
        "CT-Pulmonalisangiographie, Wells-Score ⟪6¦staging⟫, D-Dimer ⟪2,9 µg/ml¦lab⟫. ⟨a¦Zentrale Lungenembolie "
        "rechts mit Ausdehnung in die Unterlappenarterie⟩ (⟦Sr. 3 / Img. 140 bis Img. 162¦3:140-162¦range¦a⟧). "
        "⟨b¦Periphere Embolie im Segment ⟪6¦segment⟫ links⟩ (⟦Sr. 3 / Img. 201¦3:201¦slash¦b⟧). ⟨c¦RV/LV "
        "⟪1,1¦ratio⟫, kein Septum-Shift⟩ (⟦Sr. 6 / Img. 35¦6:35¦slash¦c⟧). Mitteilung an die Station "
        "⟪3B¦counter⟫ um ⟪22:47¦time⟫ (DW ⟪2184¦phone⟫).",
    ),
    (
        "at03",
        "AT",
        "Lungenkarzinom-Screening, Runde ⟪3¦counter⟫. Vergleich: Screening-CT vom ⟪14.03.2024¦date⟫ und vom "
        "⟪02.03.2023¦date⟫. ⟨a¦Solider Nodulus im Oberlappen links apikoposterior, mittlerer Durchmesser "
        "⟪6,5 mm¦size⟫, Volumen ⟪128 mm³¦size⟫⟩ (⟦Serie 2, Bildnr. 61¦2:61¦full_de¦a⟧). ⟨b¦⟪2024¦date⟫: "
        "⟪5,8 mm¦size⟫⟩ (⟦Serie 2, Bildnr. 58¦p2:58¦prior¦b⟧); ⟪2023¦date⟫: ⟪5,5 mm¦size⟫. Lung-RADS ⟪3¦birads⟫, VDT ⟪620 Tage¦followup⟫.",
    ),
    (
        "at04",
        "AT",
        "EVAR-Kontrolle, Voruntersuchungen vom ⟪5. Juni 2024¦date⟫ und vom ⟪12. Dezember 2023¦date⟫ liegen vor. "
        "Kreatinin ⟪1,3 mg/dl¦lab⟫, ⟪70 ml¦dose⟫ KM. ⟨a¦Endoleak Typ ⟪II¦staging⟫ aus der A. mesenterica "
        "inferior⟩, arterielle Phase ⟦Sr. 4 Img. 212¦4:212¦abbrev_de¦a⟧, Spätphase ⟦Sr. 8 Img. 210¦8:210¦abbrev_de¦a⟧. "
        "⟨b¦Nidus jetzt ⟪18 x 12 mm¦size⟫⟩ (⟦Sr. 8 Img. 212¦8:212¦abbrev_de¦b⟧), ⟨e¦im Juni noch "
        "⟪11 x 9 mm¦size⟫⟩ (⟦Sr. 8 Img. 205¦p8:205¦prior¦e⟧). ⟨c¦Sackdurchmesser jetzt ⟪62 mm¦size⟫⟩ "
        "(⟦Sr. 4 Img. 220¦4:220¦abbrev_de¦c⟧), im Dezember ⟪59 mm¦size⟫.",
    ),
    (
        "at05",
        "AT",
        "MRT rechtes Kniegelenk. ⟨a¦Komplette Ruptur des vorderen Kreuzbandes⟩, sagittal PD fs "
        "⟦Schnittbild 12 und 13¦-:12,-:13¦list¦a⟧. ⟨b¦Bone bruise am lateralen Femurkondylus und dorsalen "
        "Tibiaplateau⟩, koronar STIR ⟦Schnittbild 9¦-:9¦image_only¦b⟧. ⟨c¦Lappenriss des Außenmeniskus⟩ "
        "(⟦Serie 6, Schnittbild 15¦6:15¦full_de¦c⟧). Segond-Fraktur ⟪4 mm¦size⟫, bereits im Röntgen vom "
        "⟪3. März 2025¦date⟫.",
    ),
    (
        "at06",
        "AT",
        "MR-Arthrographie Schulter links, ⟪15 ml¦dose⟫ Gadolinium verdünnt ⟪1:200¦ratio⟫. ⟨a¦SLAP-Läsion "
        "⟪Typ II¦staging⟫⟩ (⟦Sr. 5 Img. 11¦5:11¦abbrev_de¦a⟧ Beistrich ⟦Sr. 7 Img. 19¦7:19¦abbrev_de¦a⟧). "
        "⟨b¦Partialruptur der Supraspinatussehne gelenkseitig, ⟪40 %¦ratio⟫ der Sehnendicke⟩ "
        "(⟦Sr. 5 Img. 14 bis 16¦5:14-16¦range¦b⟧). ⟨c¦Fettige Atrophie ⟪Goutallier 1¦staging⟫⟩ "
        "(⟦Sr. 3 Img. 4¦3:4¦abbrev_de¦c⟧).",
    ),
    (
        "at07",
        "AT",
        "Beckenübersicht vom ⟪14. Februar 2025¦date⟫: ⟨c¦Tönnis ⟪1¦staging⟫, Gelenkspalt ⟪3 mm¦size⟫⟩ "
        "(⟦Bild 2¦p-:2¦prior¦c⟧).\n"
        "MRT Hüfte rechts mit radialen Schichten: ⟨a¦Cam-Deformität, Alpha-Winkel ⟪68°¦size⟫ bei "
        "⟪1 Uhr¦time⟫⟩ (radial PD ⟦Bild 7¦-:7¦image_only¦a⟧). ⟨b¦Labrumriss anterosuperior⟩ "
        "(⟦Serie 9, Bild 5 und 6¦9:5,9:6¦list¦b⟧).",
    ),
    (
        "at08",
        "AT",
        "Sonographie Abdomen, ⟪8-jähriger¦age⟫ Bub. CRP ⟪48 mg/l¦lab⟫, Leukozyten ⟪14,2 G/l¦lab⟫, Alvarado-Score "
        "⟪7¦staging⟫. ⟨a¦Appendix nicht komprimierbar, Durchmesser ⟪9 mm¦size⟫⟩ (⟦Bild 12¦-:12¦image_only¦a⟧, "
        "⟦Bild 14¦-:14¦image_only¦a⟧). ⟨b¦Periappendizitisches Fettgewebe echogen vermehrt⟩ "
        "(⟦Bild 15¦-:15¦image_only¦b⟧). ⟨c¦Wenig freie Flüssigkeit im Douglas⟩ (⟦Clip 2¦-:2¦image_only¦c⟧).",
    ),
    (
        "at09",
        "AT",
        "Magen-Darm-Passage, Säugling ⟪5 Wochen¦age⟫. ⟨d¦Pylorus unauffällig⟩ (⟦Bild 4¦-:4¦image_only¦d⟧). "
        "⟨a¦Duodenojejunaler Übergang regelrecht links der Wirbelsäule in Höhe des Bulbus⟩ (⟦Bild 6¦-:6¦image_only¦a⟧ "
        "von 18), kein Hinweis auf Malrotation. ⟨c¦Gastroösophagealer Reflux bis in den oberen Ösophagus⟩ "
        "(⟦Bild 9 bis 11¦-:9-11¦range¦c⟧). Durchleuchtungszeit ⟪0:48 min¦time⟫.",
    ),
    (
        "at10",
        "AT",
        "Röntgen Sprunggelenk links in ⟪2¦counter⟫ Ebenen sowie Mortise-Aufnahme. ⟨a¦Fraktur der Fibula in Höhe "
        "der Syndesmose, AO ⟪44-B1¦staging⟫⟩ (⟦Bild 2¦-:2¦image_only¦a⟧), ⟨b¦Innenknöchel intakt, medialer Clear Space "
        "⟪3 mm¦size⟫⟩ (⟦Bild 3¦-:3¦image_only¦b⟧). ⟨c¦Stellung nach Gipsanlage unverändert⟩ im Vergleich zur "
        "Aufnahme vom ⟪11.04.2025¦date⟫ (⟦Bild 1¦p-:1¦prior¦c⟧).",
    ),
    (
        "at11",
        "AT",
        "Befund Assistenzarzt: Verschluss der A. poplitea links über ⟪4 cm¦size⟫ (⟪Sr. 5 Img. 710¦bild_word⟫).\n"
        "Oberärztliche Ergänzung: Bildangabe korrigiert, ⟨b¦Popliteaverschluss links⟩ auf "
        "⟦Sr. 5 Img. 701 bis 742¦5:701-742¦range¦b⟧. ⟨c¦Distaler Anschluss über die A. fibularis⟩ "
        "(⟦Sr. 5 Img. 810¦5:810¦abbrev_de¦c⟧). ⟨e¦Stent A. iliaca externa links offen⟩ "
        "(⟦Sr. 5 Img. 288¦5:288¦abbrev_de¦e⟧; CTA vom ⟪Oktober 2023¦date⟫: ⟦Sr. 4 Img. 233¦p4:233¦prior¦e⟧). "
        "Rutherford ⟪3¦staging⟫, ABI ⟪0,62¦ratio⟫.",
    ),
    (
        "at12",
        "AT",
        "Knochenalterbestimmung nach Greulich und Pyle, linke Hand, chronologisches Alter ⟪9 Jahre 4 Monate¦age⟫. "
        "⟨a¦Knochenalter ⟪11 Jahre¦age⟫, akzeleriert⟩ (⟦Bild 1¦-:1¦image_only¦a⟧). Standardabweichung "
        "⟪10,6 Monate¦age⟫, prognostizierte Endgröße ⟪168 cm¦size⟫. ⟨b¦Vorbefund vom ⟪Mai 2024¦date⟫: "
        "Knochenalter ⟪10 Jahre¦age⟫⟩ (Voraufnahme ⟦Bild 1¦p-:1¦prior¦b⟧).",
    ),
    (
        "at13",
        "AT",
        "Fragestellung: Aortendissektion? | Untersuchung: CTA Aorta EKG-getriggert | KM: ⟪90 ml¦dose⟫ | Rückfragen "
        "DW ⟪4420¦phone⟫\n"
        "⟨a¦Penetrierendes Aortenulkus der Aorta descendens, Tiefe ⟪11 mm¦size⟫⟩ – ⟦Serie 6 Bild 88¦6:88¦full_de¦a⟧, "
        "⟦Serie 6 Bild 91¦6:91¦full_de¦a⟧.\n"
        "⟨b¦Intramurales Hämatom, Wanddicke ⟪8 mm¦size⟫⟩ – ⟦Serie 6 Bild 95 bis 130¦6:95-130¦range¦b⟧.\n"
        "⟨c¦Aorta ascendens ⟪41 mm¦size⟫⟩ – ⟦Serie 6 Bild 40¦6:40¦full_de¦c⟧; ⟨d¦CT vom ⟪18.08.2022¦date⟫: "
        "⟪39 mm¦size⟫⟩ – ⟦Serie 2 Bild 38¦p2:38¦prior¦d⟧.",
    ),
    (
        "at14",
        "AT",
        "Röntgenaufnahmen vom ⟪20.01.2025¦date⟫: ⟨d¦Ulnaplus-Variante ⟪2 mm¦size⟫⟩ (⟦Bild 1¦p-:1¦prior¦d⟧).\n"
        "Arthro-CT Handgelenk links: ⟨a¦Kontrastmittelübertritt durch das SL-Band⟩ "
        "(⟦Serie 3 Bild vierunddreißig¦3:34¦full_de¦a⟧). ⟨b¦Zentrale TFCC-Perforation⟩ (⟦Serie 3 Bild 41¦3:41¦full_de¦b⟧). "
        "⟨c¦Knorpelglatze am Lunatum ⟪3 x 2 mm¦size⟫⟩ (⟦Serie 5 Bild 22¦5:22¦full_de¦c⟧).",
    ),
    (
        "ch01",
        "CH",
        "HRCT Thorax. Vergleich mit dem auswärtigen CT vom ⟪4.9.2023¦date⟫ (Fremdinstitut, importiert). "
        "⟨a¦Retikuläre Zeichnungsvermehrung mit Honigwaben subpleural basal beidseits, UIP-Muster⟩ "
        "(⟦Serie 4, Bild n° 180¦4:180¦full_de¦a⟧). ⟨b¦Deutliche Zunahme gegenüber dem auswärtigen CT⟩ "
        "(dort ⟦Serie 2, Bild n° 95¦p2:95¦prior¦b⟧). ⟨c¦Mediastinale Lymphknoten bis ⟪12 mm¦size⟫ Kurzachse, "
        "Station ⟪4R¦level⟫⟩ (⟦Serie 4, Bild n° 66¦4:66¦full_de¦c⟧). FVC ⟪62 %¦lab⟫, DLCO ⟪45 %¦lab⟫.",
    ),
    (
        "ch02",
        "CH",
        "Verlaufskontrolle Lungenrundherde. Voruntersuche: CT vom ⟪3.2.2024¦date⟫ und vom ⟪28.7.2024¦date⟫.\n"
        "⟨a¦Rundherd Mittellappen ⟪11 mm¦size⟫⟩ (⟦Serie 3 Imm. 140¦3:140¦abbrev_de¦a⟧), ⟨b¦im Juli "
        "⟪10 mm¦size⟫⟩ (⟦Serie 3 Imm. 137¦p3:137¦prior¦b⟧), im Februar ⟪8 mm¦size⟫. ⟨d¦Neue Milchglasherde im Unterlappen links⟩ "
        "(⟦Serie 3 Imm. 201, 210, 222¦3:201,3:210,3:222¦list¦d⟧). Brock-Score ⟪18 %¦ratio⟫, PET-CT empfohlen.",
    ),
    (
        "ch03",
        "CH",
        "CT-Angiographie der Pulmonalarterien vom ⟪12.3.2025¦date⟫, ⟪02:14¦time⟫ Uhr. ⟨a¦Lungenembolien beidseits "
        "in den Lappen- und Segmentarterien⟩ (⟦Se 4 Bi 98¦4:98¦abbrev_de¦a⟧, ⟦Se 4 Bi 115¦4:115¦abbrev_de¦a⟧, "
        "⟦Se 4 Bi 131¦4:131¦abbrev_de¦a⟧). ⟨b¦Rechtsherzbelastung mit RV/LV ⟪1,6¦ratio⟫ und Reflux in die Vena "
        "cava inferior⟩ (⟦Se 7 Bi 30¦7:30¦abbrev_de¦b⟧). Pleuraerguss rechts ⟪2 cm¦size⟫. Troponin "
        "⟪88 ng/l¦lab⟫, sPESI ⟪2¦staging⟫. Telefonisch dem Notfall mitgeteilt, Bip ⟪85412¦phone⟫.",
    ),
    (
        "ch04",
        "CH",
        "Verlaufs-CTA nach TEVAR (⟪2021¦date⟫). Vergleich: Untersuch vom ⟪10.1.2024¦date⟫ (Serie 5) und vom "
        "⟪15.1.2023¦date⟫ (Serie 3).\n"
        "⟨a¦Aneurysmasack Aorta descendens ⟪64 mm¦size⟫⟩ (aktuell ⟦Serie 5 Bild 210¦5:210¦full_de¦a⟧), "
        "⟨b¦⟪Januar 2024¦date⟫ ⟪63 mm¦size⟫⟩ (⟦Serie 5 Bild 204¦p5:204¦prior¦b⟧), ⟪Januar 2023¦date⟫ "
        "⟪60 mm¦size⟫. ⟨d¦Kein Endoleak nachweisbar⟩ (Spätphase "
        "⟦Serie 8 Bild 200 bis 230¦8:200-230¦range¦d⟧).",
    ),
    (
        "ch05",
        "CH",
        "CTA Becken-Bein-Strombahn. ⟨a¦Verschluss der A. femoralis superficialis links ab Hunter-Kanal⟩ "
        "[⟦Serie 7: Bild 430¦7:430¦full_de¦a⟧], ⟨b¦Wiederauffüllung der A. poplitea im Segment ⟪P1¦segment⟫⟩ "
        "[⟦Serie 7: Bild 488¦7:488¦full_de¦b⟧]. ⟨c¦Unterschenkel mit ⟪2-Gefäss¦counter⟫-Abstrom⟩ "
        "[⟦Serie 7: Bild 620–700¦7:620-700¦range¦c⟧]. ⟨d¦In der Angiographie vom ⟪22.11.2024¦date⟫ war der "
        "Stent noch offen⟩ [Angio ⟦Serie 3: Bild 12¦p3:12¦prior¦d⟧].",
    ),
    (
        "ch06",
        "CH",
        "MRT Knie links. ⟨a¦Korbhenkelriss des Innenmeniskus mit Fragment in der Notch⟩ (cor DP fs "
        "⟦Bild 14¦-:14¦image_only¦a⟧, sag DP fs ⟦Bild 22¦-:22¦image_only¦a⟧). ⟨c¦Chondropathie ⟪Grad II¦staging⟫ "
        "retropatellär⟩ (ax DP fs ⟦Bild 17¦-:17¦image_only¦c⟧). ⟨b¦Double-PCL-Zeichen⟩ "
        "(⟦Serie 501 Bild 20¦501:20¦full_de¦b⟧). Insall-Salvati-Index ⟪1,1¦ratio⟫, TT-TG ⟪14 mm¦size⟫.",
    ),
    (
        "ch07",
        "CH",
        "Arthro-CT Schulter rechts nach Injektion von ⟪10 ml¦dose⟫ Iopamidol. ⟨a¦Transmurale Ruptur der "
        "Supraspinatussehne, Retraktion ⟪Patte 2¦staging⟫⟩ (⟦Se 602/Bi 48¦602:48¦slash¦a⟧). ⟨b¦Glenoidaler "
        "Knochenverlust ⟪12 %¦ratio⟫ nach Pico⟩ (⟦Se 605/Bi 9¦605:9¦slash¦b⟧). ⟨c¦Gleiches Ausmass wie im "
        "Arthro-MRT vom ⟪6.6.2024¦date⟫⟩ (⟦Se 8/Bi 15¦p8:15¦prior¦c⟧).",
    ),
    (
        "ch08",
        "CH",
        "Röntgen Becken ap und Lauenstein beidseits, ⟪12-jähriger¦age⟫ Knabe. ⟨a¦Epiphyseolysis capitis femoris "
        "links, Abrutschwinkel ⟪25°¦size⟫⟩ (Lauenstein ⟦Bild Nr. 2¦-:2¦image_only¦a⟧). ⟨b¦Rechts unauffällig⟩ "
        "(⟦Bild Nr. 1¦-:1¦image_only¦b⟧). MRT: ⟨c¦Physenödem auch rechts als Frühzeichen⟩ "
        "(⟦Serie 4, Bild 11¦4:11¦full_de¦c⟧).",
    ),
    (
        "ch09",
        "CH",
        "Sonographie Nieren und ableitende Harnwege, ⟪2 Jahre¦age⟫. ⟨a¦Hydronephrose rechts, APD ⟪14 mm¦size⟫, "
        "SFU ⟪Grad 3¦staging⟫⟩ (⟦Bild 4¦-:4¦image_only¦a⟧ von 20, ⟦Bild 6¦-:6¦image_only¦a⟧). ⟨b¦Linke Niere "
        "⟪6,8 cm¦size⟫, unauffällig⟩ (⟦Bild 11¦-:11¦image_only¦b⟧). ⟨c¦Im Vorbild vom ⟪5.1.2025¦date⟫ APD "
        "⟪11 mm¦size⟫⟩ (⟦Bild 5¦p-:5¦prior¦c⟧).",
    ),
    (
        "ch10",
        "CH",
        "Videofluoroskopie Schluckakt, Clip-Nummern gemäss PACS. ⟨a¦Penetration bis auf Stimmbandebene bei "
        "dünnflüssiger Konsistenz⟩ (⟦Clip 3¦-:3¦image_only¦a⟧ und ⟦Clip 5¦-:5¦image_only¦a⟧), ⟨b¦stille Aspiration "
        "beim ⟪10 ml¦dose⟫-Bolus⟩ (⟦Clip 7¦-:7¦image_only¦b⟧). PAS ⟪8¦staging⟫. ⟨c¦Residuen in den Valleculae⟩ "
        "(⟦Bild 22¦-:22¦image_only¦c⟧).",
    ),
    (
        "ch11",
        "CH",
        "Provisorischer Befund (Assistenzärztin, ⟪23:10¦time⟫): Endoleak Typ ⟪Ia¦staging⟫ am proximalen "
        "Landezonenende (⟪Serie 6 Bild 112¦bild_word⟫).\n"
        "Definitiver Befund (Kaderarzt): ⟨b¦Kein Typ-Ia-Endoleak; die Kontrastmittelanreicherung entspricht einem "
        "Typ-⟪II¦staging⟫-Endoleak aus einer Lumbalarterie⟩ (⟦Serie 6 Bild 121¦6:121¦full_de¦b⟧, nicht "
        "⟪Bild 112¦bild_word⟫). ⟨c¦Sackdurchmesser ⟪54 mm¦size⟫, im Voruntersuch vom ⟪3.3.2024¦date⟫ "
        "⟪54 mm¦size⟫⟩ (⟦Serie 6 Bild 140¦6:140¦full_de¦c⟧ bzw. ⟦Serie 4 Bild 133¦p4:133¦prior¦c⟧).",
    ),
    (
        "ch12",
        "CH",
        "Skelettstatus bei Osteogenesis imperfecta, ⟪14 Aufnahmen¦counter⟫. ⟨a¦Frische Querfraktur des "
        "Femurschafts rechts⟩ (⟦Bild 9¦-:9¦image_only¦a⟧). ⟨b¦Alte konsolidierte Fraktur der Tibia links mit "
        "Verbiegung ⟪15°¦size⟫⟩ (⟦Bild 11 und 12¦-:11,-:12¦list¦b⟧). ⟨c¦Wormsche Schaltknochen⟩ (Schädel "
        "⟦Bild 1¦-:1¦image_only¦c⟧). ⟨d¦Kompressionsfraktur ⟪BWK 8¦level⟫⟩ (⟦Bild 5¦-:5¦image_only¦d⟧), im "
        "Voruntersuch vom ⟪Juni 2023¦date⟫ noch nicht vorhanden.",
    ),
    (
        "ch13",
        "CH",
        "Klinik: Sarkoidose, Verlauf.\n"
        "Vergleichsuntersuchung: Acc. ⟪CH25-004471¦counter⟫ (CT Thorax ⟪11.10.2024¦date⟫)\n"
        "Lymphknoten hilär bds.: ⟨a¦max. ⟪16 mm¦size⟫ (vorher ⟪22 mm¦size⟫)⟩ | aktuell ⟦Se 3 Bi 71¦3:71¦abbrev_de¦a⟧ "
        "| Acc. ⟪CH25-004471¦counter⟫ ⟦Se 3 Bi 69¦p3:69¦prior¦a⟧\n"
        "Lungenparenchym: ⟨b¦perilymphatische Noduli Oberlappen bds. regredient⟩ | aktuell "
        "⟦Se 3 Bi 40, 45¦3:40,3:45¦list¦b⟧\n"
        "Stadium nach Scadding: ⟪II¦staging⟫",
    ),
    (
        "ch14",
        "CH",
        "Handröntgen links zur Knochenalterbestimmung (Tanner-Whitehouse ⟪3¦staging⟫), Alter ⟪13,2 Jahre¦age⟫. "
        "⟨a¦Skelettalter ⟪12,0 Jahre¦age⟫, retardiert⟩ (⟦Bild 1¦-:1¦image_only¦a⟧). Nebenbefund: ⟨c¦alte Fraktur "
        "des ⟪5.¦level⟫ Metakarpale⟩ (Schrägaufnahme ⟦Bild 2¦-:2¦image_only¦c⟧), ⟨d¦bereits auf der Voraufnahme vom "
        "⟪8.8.2023¦date⟫ sichtbar⟩ (⟦Bild 1¦p-:1¦prior¦d⟧).",
    ),
    (
        "uk01",
        "UK",
        "HRCT chest (supine and prone). Comparison: outside CT from the referring trust dated ⟪04/07/2023¦date⟫, "
        "imported to PACS. ⟨a¦Basal-predominant subpleural reticulation with traction bronchiectasis, probable UIP "
        "pattern⟩ (⟦se 3 img 188, 201¦3:188,3:201¦list¦a⟧). ⟨b¦No honeycombing on the prone images⟩ "
        "(⟦se 7 img 64¦7:64¦abbrev_en¦b⟧). ⟨c¦Progression compared with the outside CT⟩ "
        "(⟦se 2 img 150¦p2:150¦prior¦c⟧). ⟨d¦Patulous oesophagus, ⟪18 mm¦size⟫⟩ (⟦se 3 img 60¦3:60¦abbrev_en¦d⟧). "
        "For discussion at the ILD MDT on ⟪14/03¦date⟫.",
    ),
    (
        "uk02",
        "UK",
        "CT chest, nodule follow-up (BTS guideline). Prior CTs: ⟪12/01/2024¦date⟫ and ⟪19/07/2024¦date⟫.\n"
        "⟨a¦Right upper lobe solid nodule now ⟪8.2 mm¦size⟫ (volume ⟪290 mm3¦size⟫)⟩, ⟦ser 4 sl 77¦4:77¦slice_word¦a⟧. "
        "⟨b¦On the July study it measured ⟪7.9 mm¦size⟫⟩ (⟦ser 4 sl 75¦p4:75¦prior¦b⟧) and on the January "
        "study ⟪7.5 mm¦size⟫. Volume doubling time over ⟪600 days¦followup⟫, "
        "Brock risk ⟪6.1%¦ratio⟫. ⟨d¦Stable perifissural nodule, right middle lobe⟩ "
        "(⟦ser 4 sl 120¦4:120¦slice_word¦d⟧). Discharge from surveillance after the ⟪2-year¦followup⟫ scan.",
    ),
    (
        "uk03",
        "UK",
        "CTPA. ⟨a¦Filling defects in the right lower lobe segmental arteries in keeping with acute pulmonary "
        "emboli⟩ ⟦series four image one hundred and twelve¦4:112¦full_en¦a⟧ full stop. ⟨b¦Wedge-shaped peripheral "
        "consolidation, likely infarct⟩ ⟦series four image one hundred and sixty¦4:160¦full_en¦b⟧ comma ⟨c¦small "
        "right effusion⟩ ⟦series four image one hundred and eighty¦4:180¦full_en¦c⟧ full stop. RV:LV ratio "
        "⟪0.9¦ratio⟫ new paragraph. ⟨d¦The emboli are new since the CTPA of ⟪2 March 2024¦date⟫⟩ "
        "(⟦series 5 image 110¦p5:110¦prior¦d⟧). Results phoned to the on-call registrar on extension "
        "⟪4412¦phone⟫ at ⟪16:05¦time⟫.",
    ),
    (
        "uk04",
        "UK",
        "CT angiogram, EVAR surveillance. Comparison with the ⟪2023¦date⟫ study and the pre-operative CT of "
        "⟪11/05/2021¦date⟫. eGFR ⟪48¦lab⟫.\n"
        "⟨a¦Aneurysm sac ⟪71 mm¦size⟫ AP⟩ (⟦Se 5 Im 244¦5:244¦abbrev_en¦a⟧), ⟨b¦previously ⟪66 mm¦size⟫ on the "
        "⟪2023¦date⟫ study⟩ (⟦Se 5 Im 239¦p5:239¦prior¦b⟧). ⟨c¦Type ⟪II¦staging⟫ endoleak from a lumbar artery at "
        "⟪L3¦level⟫⟩ on the delayed phase (⟦Se 9 Im 250-262¦9:250-262¦range¦c⟧). Pre-operatively the sac "
        "measured ⟪58 mm¦size⟫.",
    ),
    (
        "uk05",
        "UK",
        "CT peripheral angiogram. ⟨a¦Occlusion of the left SFA from its origin⟩ "
        "(⟦img 402–455, se 6¦6:402-455¦range¦a⟧). ⟨b¦Reconstitution of the above-knee popliteal artery via profunda "
        "collaterals⟩ (⟦se 6 img 470¦6:470¦abbrev_en¦b⟧). ⟨c¦Single-vessel run-off via the peroneal artery on "
        "the left⟩ (⟦se 6 img 690, 712¦6:690,6:712¦list¦c⟧). ABPI ⟪0.45¦ratio⟫ on the left, Fontaine stage "
        "⟪III¦staging⟫.",
    ),
    (
        "uk06",
        "UK",
        "MRI right knee. ⟨a¦Bucket-handle tear of the medial meniscus with a flipped fragment in the intercondylar "
        "notch⟩ (cor PD FS ⟦img 12¦-:12¦image_only¦a⟧; sag PD ⟦img 15¦-:15¦image_only¦a⟧). ⟨b¦Grade ⟪2¦staging⟫ "
        "MCL sprain⟩ (cor PD FS ⟦img 10¦-:10¦image_only¦b⟧). ⟨c¦Full-thickness chondral defect of the trochlea, "
        "⟪11 x 7 mm¦size⟫⟩ (⟦series 8 image 14¦8:14¦full_en¦c⟧). ⟨d¦The chondral defect is new compared with the "
        "MRI of ⟪June 2022¦date⟫⟩ (⟦series 6 image 13¦p6:13¦prior¦d⟧).",
    ),
    (
        "uk07",
        "UK",
        "MR arthrogram left shoulder. ⟨a¦Anteroinferior labral tear (Perthes lesion) from the ⟪3 o'clock¦time⟫ to "
        "⟪6 o'clock¦time⟫ position⟩, ax T1 FS ⟦sl 18-22¦-:18-22¦range¦a⟧. ⟨b¦Hill-Sachs defect ⟪14 mm¦size⟫⟩, "
        "ax T1 FS ⟦sl 6¦-:6¦slice_word¦b⟧. Rotator cuff intact. ⟨d¦Glenoid bone loss approx. ⟪15%¦ratio⟫⟩ on the "
        "sagittal oblique (⟦se 9 sl 4¦9:4¦slice_word¦d⟧).",
    ),
    (
        "uk08",
        "UK",
        "Ultrasound abdomen, ⟪18-month-old¦age⟫. ⟨a¦Target lesion in the right upper quadrant measuring "
        "⟪3.1 cm¦size⟫, in keeping with ileocolic intussusception⟩ (⟦images 5-8¦-:5-8¦range¦a⟧, "
        "⟦clip 2¦-:2¦image_only¦a⟧). ⟨b¦Preserved colour Doppler flow⟩ (⟦clip 3¦-:3¦image_only¦b⟧). No free "
        "fluid. Discussed with the paediatric surgical registrar (bleep ⟪2231¦phone⟫); air enema at ⟪14:30¦time⟫.",
    ),
    (
        "uk09",
        "UK",
        "Air enema reduction of intussusception. Screening time ⟪1 min 12 s¦time⟫, DAP ⟪2.4 cGycm2¦dose⟫, maximum "
        "pressure ⟪120 mmHg¦blood_pressure⟫, attempt ⟪2¦counter⟫ of ⟪3¦counter⟫. ⟨a¦The intussusceptum was seen at "
        "the hepatic flexure⟩ (⟦image 3¦-:3¦image_only¦a⟧), ⟨b¦reducing to the caecum⟩ "
        "(⟦image 9¦-:9¦image_only¦b⟧) ⟨c¦with free reflux of air into the terminal ileum confirming reduction⟩ "
        "(⟦images 12 and 13¦-:12,-:13¦list¦c⟧).",
    ),
    (
        "uk10",
        "UK",
        "Skeletal survey (⟪22 views¦counter⟫), ⟪3-month-old¦age⟫. ⟨a¦Classic metaphyseal lesion of the right "
        "distal femur⟩ (⟦img 17¦-:17¦image_only¦a⟧). ⟨b¦Posterior fractures of the left ⟪5th¦level⟫ and "
        "⟪6th¦level⟫ ribs⟩ (⟦img 4¦-:4¦image_only¦b⟧, obliques). ⟨c¦These rib fractures were not visible on the "
        "earlier examination⟩ (chest radiograph ⟪09/02/2025¦date⟫, ⟦img 1¦p-:1¦prior¦c⟧). Follow-up survey at "
        "⟪11-14 days¦followup⟫ recommended.",
    ),
    (
        "uk11",
        "UK",
        "Provisional report (ST2): ⟪12 mm¦size⟫ spiculated nodule in the left upper lobe (⟪se 4 im 212¦bild_word⟫).\n"
        "Consultant addendum: I have reviewed the images. ⟨a¦The spiculated left upper lobe nodule⟩ is on "
        "⟦se 4 im 122¦4:122¦abbrev_en¦a⟧ (not ⟪im 212¦bild_word⟫). ⟨b¦It has grown since the outside CT of "
        "⟪30/09/2024¦date⟫, where it measured ⟪8 mm¦size⟫⟩ (⟦se 2 im 40¦p2:40¦prior¦b⟧). ⟨c¦Ipsilateral hilar "
        "node ⟪11 mm¦size⟫ short axis⟩ (⟦se 4 im 98¦4:98¦abbrev_en¦c⟧). Referred to lung MDT on the "
        "⟪2WW¦followup⟫ pathway.",
    ),
    (
        "uk12",
        "UK",
        "Scaphoid series radiographs (⟪4¦counter⟫ views): ⟨a¦no fracture line is seen⟩ "
        "(⟦images 1-4¦-:1-4¦range¦a⟧). MRI wrist the same day: ⟨b¦Bone marrow oedema and a low-signal fracture "
        "line at the scaphoid waist⟩ (cor STIR ⟦image 9¦-:9¦image_only¦b⟧, cor T1 ⟦image 10¦-:10¦image_only¦b⟧). "
        "⟨c¦Dorsal ganglion, ⟪6 mm¦size⟫⟩ (⟦se 5 im 14¦5:14¦abbrev_en¦c⟧).",
    ),
    (
        "uk13",
        "UK",
        "CT aorta, post-TEVAR. Comparison: CT aorta, accession ⟪RXH4471203¦counter⟫ (⟪17/10/2024¦date⟫).\n"
        "⟨a¦Aneurysm sac at the distal arch ⟪52 mm¦size⟫, previously ⟪54 mm¦size⟫⟩ (now "
        "⟦series 4 image 96¦4:96¦full_en¦a⟧; ⟪RXH4471203¦counter⟫ ⟦series 4 image 90¦p4:90¦prior¦a⟧). ⟨b¦Left "
        "subclavian artery covered, left vertebral artery patent⟩ (⟦series 4 image 41¦4:41¦full_en¦b⟧). "
        "⟨c¦Small left pleural effusion⟩ (⟦series 4 image 150¦4:150¦full_en¦c⟧).",
    ),
    (
        "uk14",
        "UK",
        "Pelvis AP and frog lateral, ⟪7-year-old¦age⟫. ⟨a¦Fragmentation of the left femoral capital epiphysis, "
        "Catterall ⟪3¦staging⟫⟩ (⟦image 2¦-:2¦image_only¦a⟧). ⟨b¦Progression since the earlier examination of "
        "⟪March 2024¦date⟫, when only sclerosis was seen⟩ (⟦image 1¦p-:1¦prior¦b⟧). ⟨c¦Right hip normal⟩ "
        "(⟦image 1¦-:1¦image_only¦c⟧).",
    ),
    (
        "us01",
        "US",
        "EXAM: CT chest high resolution. COMPARISON: CT chest ⟪2/11/2023¦date⟫ and ⟪8/29/2024¦date⟫.\n"
        "FINDINGS: ⟨a¦Peripheral and basilar predominant reticulation with traction bronchiectasis⟩ "
        "(⟦4:212¦4:212¦compact¦a⟧, ⟦4:230¦4:230¦compact¦a⟧), ⟨b¦increased from ⟪8/29/2024¦date⟫⟩ "
        "(⟦3:205¦p3:205¦prior¦b⟧) and markedly increased from ⟪2/11/2023¦date⟫. "
        "⟨d¦Mosaic attenuation on expiratory images⟩ (⟦8:44¦8:44¦compact¦d⟧).\n"
        "IMPRESSION: ⟪1.¦counter⟫ ⟨e¦Probable UIP pattern, progressive⟩ (⟦4:212¦4:212¦impression¦e⟧). "
        "⟪2.¦counter⟫ Recommend pulmonology follow-up.",
    ),
    (
        "us02",
        "US",
        "LDCT lung cancer screening, ⟪40¦counter⟫ pack-years. Comparison: the ⟪2023¦date⟫ study "
        "(⟪11/02/2023¦date⟫).\n"
        "⟨a¦New ⟪9 mm¦size⟫ solid nodule, right lower lobe⟩ (⟦se 3 im 188¦3:188¦abbrev_en¦a⟧), ⟨b¦not present on "
        "the ⟪2023¦date⟫ study⟩ (⟦se 2 im 180¦p2:180¦prior¦b⟧). ⟨c¦Stable ⟪4 mm¦size⟫ left upper lobe nodule⟩ "
        "(⟦se 3 im 61¦3:61¦abbrev_en¦c⟧). Lung-RADS ⟪4A¦birads⟫, "
        "⟪3-month¦followup⟫ LDCT recommended.",
    ),
    (
        "us03",
        "US",
        "CTA chest PE protocol, ⟪65 mL¦dose⟫ IV contrast. ⟨a¦Saddle embolus⟩ (⟦5:88¦5:88¦compact¦a⟧) ⟨b¦extending "
        "into the right and left lobar arteries⟩ (⟦5:92-110¦5:92-110¦range¦b⟧). ⟨c¦RV/LV ratio ⟪1.3¦ratio⟫ with "
        "flattening of the interventricular septum⟩ (⟦series 6, image 40¦6:40¦full_en¦c⟧). Critical result "
        "called to the ED attending at ⟪3:42 PM¦time⟫ with read-back, ext. ⟪5-7781¦phone⟫.",
    ),
    (
        "us04",
        "US",
        "COMPARISON: CTA abdomen/pelvis ⟪6/3/2024¦date⟫ (Acc ⟪44310982¦counter⟫) and ⟪12/1/2023¦date⟫ "
        "(Acc ⟪43977120¦counter⟫).\n"
        "⟨a¦Aneurysm sac ⟪6.4 cm¦size⟫⟩ (⟦601:88¦601:88¦compact¦a⟧), ⟨b¦⟪6.1 cm¦size⟫ on ⟪6/3/2024¦date⟫⟩ "
        "(Acc ⟪44310982¦counter⟫, ⟦601:85¦p601:85¦prior¦b⟧), and ⟪5.8 cm¦size⟫ on ⟪12/1/2023¦date⟫ "
        "(Acc ⟪43977120¦counter⟫). ⟨d¦Type ⟪II¦staging⟫ endoleak arising from the IMA⟩ "
        "(⟦se 9 im 66-71¦9:66-71¦range¦d⟧).",
    ),
    (
        "us05",
        "US",
        "CTA runoff. ABI ⟪0.52¦ratio⟫ right, TBI ⟪0.3¦ratio⟫. ⟨a¦Right common iliac artery stent is patent⟩ "
        "(⟦series 6, image 140¦6:140¦full_en¦a⟧). ⟨b¦Long-segment occlusion of the right SFA⟩ "
        "(⟦series 6, images 420 through 515¦6:420-515¦range¦b⟧). ⟨c¦Severe stenosis of the left popliteal artery "
        "at the ⟪P2¦segment⟫ segment⟩ (⟦series 6, image 640¦6:640¦full_en¦c⟧). ⟨e¦The SFA occlusion is unchanged "
        "from the outside CTA dated ⟪1/15/2025¦date⟫⟩ (outside ⟦series 3, image 301¦p3:301¦prior¦e⟧).",
    ),
    (
        "us06",
        "US",
        "MRI left knee without contrast. ⟨a¦Radial tear at the posterior root of the medial meniscus⟩ (cor PD FS "
        "⟦im 13¦-:13¦image_only¦a⟧). ⟨c¦Subchondral insufficiency fracture of the medial femoral condyle with "
        "marrow edema⟩ (sag T2 FS ⟦image 9¦-:9¦image_only¦c⟧). ⟨d¦Baker cyst ⟪3.2 x 1.1 cm¦size⟫⟩ (ax T2 FS "
        "⟦image 22¦-:22¦image_only¦d⟧). ⟨b¦Meniscal extrusion ⟪4 mm¦size⟫⟩ (⟦se 5 im 16¦5:16¦abbrev_en¦b⟧).",
    ),
    (
        "us07",
        "US",
        "CT arthrogram right shoulder after intra-articular injection of ⟪12 mL¦dose⟫ dilute contrast. "
        "⟨a¦Full-thickness supraspinatus tear with ⟪1.5 cm¦size⟫ retraction⟩ (⟦Series 602, Image 31¦602:31¦full_en¦a⟧). "
        "⟨b¦Contrast extending into the subacromial-subdeltoid bursa⟩ (⟦Series 602, Images 28-34¦602:28-34¦range¦b⟧). "
        "⟨c¦Superior labral tear⟩ (⟦603:18¦603:18¦compact¦c⟧). ⟨d¦The tear is larger than on the shoulder MRI "
        "from ⟪2022¦date⟫⟩ (⟦7:11¦p7:11¦prior¦d⟧).",
    ),
    (
        "us08",
        "US",
        "US pylorus, ⟪4-week-old¦age⟫ male with projectile vomiting. ⟨a¦Pyloric muscle thickness ⟪4.5 mm¦size⟫, "
        "channel length ⟪19 mm¦size⟫⟩ (⟦image 4¦-:4¦image_only¦a⟧ of 20, ⟦image 6¦-:6¦image_only¦a⟧ of 20). "
        "⟨b¦No passage of gastric contents through the pylorus during ⟪10 minutes¦time⟫ of observation⟩ "
        "(⟦clip 3¦-:3¦image_only¦b⟧). Findings discussed with surgery at ⟪11:20¦time⟫.",
    ),
    (
        "us09",
        "US",
        "UGI, ⟪2-day-old¦age⟫ with bilious emesis. ⟨a¦Duodenojejunal junction lies to the right of the left pedicle "
        "and below the duodenal bulb, concerning for malrotation⟩ (⟦images 7 and 8¦-:7,-:8¦list¦a⟧). "
        "⟨b¦Corkscrew configuration of the proximal jejunum⟩ (⟦image 11¦-:11¦image_only¦b⟧; "
        "⟦clip 2¦-:2¦image_only¦b⟧). Fluoro time ⟪0.8 min¦time⟫. Called to NICU, pager ⟪3321¦phone⟫.",
    ),
    (
        "us10",
        "US",
        "PRELIMINARY (resident): Segmental embolus, right lower lobe (⟪5:181¦bild_word⟫).\n"
        "ATTENDING ADDENDUM: I have personally reviewed the images and agree with the findings above with the "
        "following correction: ⟨b¦the right lower lobe segmental embolus⟩ is on ⟦5:118¦5:118¦compact¦b⟧, not "
        "⟪5:181¦bild_word⟫. ⟨c¦Additional subsegmental embolus in the lingula⟩ (⟦5:96¦5:96¦compact¦c⟧). ⟨d¦No "
        "embolus was present on the CTA of ⟪10/2/2024¦date⟫⟩ (⟦4:120¦p4:120¦prior¦d⟧).",
    ),
    (
        "us11",
        "US",
        "Bone age, left hand. Chronologic age ⟪10 years 2 months¦age⟫. ⟨a¦Bone age ⟪12 years 6 months¦age⟫ by "
        "Greulich and Pyle, advanced by more than ⟪2 SD¦ratio⟫⟩ (⟦image 1¦-:1¦image_only¦a⟧). ⟨b¦Bone age was "
        "⟪11 years¦age⟫ at a chronologic age of ⟪8 years 10 months¦age⟫⟩ on the earlier examination "
        "(⟦image 1¦p-:1¦prior¦b⟧).",
    ),
    (
        "us12",
        "US",
        "CTA chest/abdomen/pelvis, aortic dissection surveillance. COMPARISON: Acc# ⟪A8817265¦counter⟫, "
        "⟪1/7/2025¦date⟫. BP ⟪142/88¦blood_pressure⟫.\n"
        "⟨a¦Descending thoracic aorta ⟪4.6 cm¦size⟫ maximal diameter⟩ (⟦4:120¦4:120¦compact¦a⟧), ⟨b¦previously "
        "⟪4.3 cm¦size⟫⟩ (Acc# ⟪A8817265¦counter⟫ ⟦4:118¦p4:118¦prior¦b⟧). ⟨c¦Partial false lumen thrombosis "
        "extending to ⟪L2¦level⟫⟩ (⟦4:190-260¦4:190-260¦range¦c⟧). ⟨d¦Celiac axis and SMA arise from the true "
        "lumen⟩ (⟦4:201¦4:201¦compact¦d⟧, ⟦4:215¦4:215¦compact¦d⟧).",
    ),
    (
        "us13",
        "US",
        "EXAM: MRI right hip arthrogram\n"
        "HISTORY: ⟪34¦age⟫ yo runner, groin pain for ⟪6 months¦followup⟫\n"
        "COMPARISON: Radiographs ⟪4/2/2025¦date⟫: ⟨d¦cam morphology already visible⟩ on the frog-leg view "
        "(⟦image 2¦p-:2¦prior¦d⟧)\n"
        "LABRUM: ⟨a¦Anterosuperior labral tear⟩ (⟦se 7 im 10¦7:10¦abbrev_en¦a⟧, ⟦se 7 im 12¦7:12¦abbrev_en¦a⟧)\n"
        "CARTILAGE: ⟨b¦Delamination at the ⟪1 o'clock¦time⟫ acetabular rim⟩ (radial PD ⟦im 4¦-:4¦image_only¦b⟧)\n"
        "BONE: ⟨c¦Alpha angle ⟪62 degrees¦size⟫, cam morphology⟩ (⟦se 9 im 6¦9:6¦abbrev_en¦c⟧)",
    ),
    (
        "us14",
        "US",
        "XR right elbow, ⟪3¦counter⟫ views. ⟨a¦Positive posterior fat pad sign⟩ (⟦image 2¦-:2¦image_only¦a⟧). "
        "⟨b¦Nondisplaced supracondylar fracture, Gartland type ⟪I¦staging⟫⟩ (⟦images 1 and 3¦-:1,-:3¦list¦b⟧).\n"
        "MRI right wrist (dictated): ⟨d¦TFCC tear⟩ ⟦series for image 22¦4:22¦full_en¦d⟧ period. "
        "⟨e¦Scapholunate interval ⟪3 mm¦size⟫⟩ ⟦series 4 image twenty-six¦4:26¦full_en¦e⟧ period.",
    ),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(*r) for r in _RAW)
