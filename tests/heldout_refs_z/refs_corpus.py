"""Held-out refs Z: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K to Y
(to write different texts), the runner tests/heldout_refs_blind/measure_refs.py, tests/heldout_refs_blind/floors.py
and refs K's floor test. Written in one pass under time pressure, reread once for ambiguity (a citation whose
study was unclear was made explicit), then measured once. Do not tune the miner on these texts; measure with
`python -m tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_z.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section; a plane or
sequence word changes nothing and stays outside the visible span; a citation into a prior, comparison,
baseline, outside or Vorbefund study is gold with prior_study true and class `prior`. Lang follows refs C
(German for DE/AT/CH), so all Swiss texts are German.

Mix: 70 excerpts (14 each from DE, AT, CH in German and UK, US in English), 225 gold refs, 40 of them into a
prior study, 278 marked confounders. Sites lean on chest, cardiothoracic and general radiology at mid-size
hospitals and private practices: ILD and COVID follow-up chest CT, PE CTA, aortic CTA, TAVI and LAA planning,
coronary CTA, acute-abdomen CT, liver and pancreas MR, bone scans with SPECT/CT correlation, lymphoma PET/CT
with per-region lists, whole-spine MR. Report shapes: numbered impression lists (Beurteilung, Zusammenfassung,
CONCLUSION, IMPRESSION), second opinions citing the outside study's series/images, comparison paragraphs that
list two or three earlier exams with their dates and then cite each exam's own series, addenda after a phone
call, secretary-typed dictation with typos ("Sereie", "Dikatat") and spelled numbers with dictated punctuation
("Serie drei Bild vierundfünfzig Beistrich", "series three image forty two full stop"). Notation: DE "Serie 4,
Bild 212", "Se 4 Bi 240", "Se 5/Bi 88", "Bild 5/120, 5/131 und 5/140", "S. 8, B. 52", glued "Se3Bi88", "Ser. 3
Bild 60, 85, 112", hash "Se#3 Bi#180, #191", "Schicht 205 in Serie 3", "Serie 10 Bild 310 bis 325"; AT "Sr. 4
Bi. 141", "Serie 4, Schnitt 88", "Serie 5/Bild 19", "S11 B26", glued "Se8 Im40"/"Se12Bi50-54", "Sr.3/Bi.62",
"Serie 7, Bild 156/330" (image of total), "Schicht 40 bis 72 der Serie 5", "Serie 2: Bild 70-76"; CH square
brackets "[Serie 3: Bild 150]", "Ser 2 Img 95", "Bild 4/81-89", "Se.9 Bi.31 und 35", "Se 3 Bi 40-190", "S.
3/B. 288", "Bild 118 und 121 der Serie 2", "Schnitt 201, Serie 3"; UK "series 4 images 133 and 141", "Se 6 Im
201", "slice 77 of series 4", "Series 6 / Image 51", "Ser 3 Img 102 and Img 109", "Se5/Im180", "S4 I60"; US
colon-compact "(3:78)", "(3:82, 3:91)", "(2:64-70)", "se 5 im 112", "#6, image 33", "image 52 on series 3",
"ser. 3 img. 180, 188", "Series 5 Images 190 through 205". Confounders in the same sentences: sizes, dates,
clock times (incl. "3:42 PM", "14:20 Uhr"), vertebral and nodal levels, liver and lung segments, doses, TNM
and stages, RADS and clinical scores, lab values, ratios and percentages, counters, phone, bleep and extension
numbers, blood pressures, ages, follow-up intervals and a key-image number.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    (
        'z-de-01',
        'DE',
        'CT Thorax nativ (ILD-Protokoll) vom ⟪12.03.2026¦date⟫, Vergleich mit VU vom ⟪04.09.2025¦date⟫. '
        'Befund: ⟨a¦Subpleurale retikuläre Zeichnung mit Traktionsbronchiektasen, betont basal rechts⟩ '
        '(⟦Serie 4, Bild 212¦4:212¦full_de¦a⟧), ⟨b¦in der VU geringer ausgeprägt⟩ (VU ⟦Serie 3, Bild '
        '198¦p3:198¦prior¦b⟧). ⟨c¦Honeycombing im ⟪Segment 10¦segment⟫ links neu⟩ (⟦Se 4 Bi '
        '240¦4:240¦abbrev_de¦c⟧).'
    ),
    (
        'z-de-02',
        'DE',
        'CTA Pulmonalarterien um ⟪14:20 Uhr¦time⟫, ⟪DLP 212 mGy*cm¦dose⟫. ⟨a¦Reitender Embolus in der '
        'Bifurkation des Truncus pulmonalis⟩ (⟦Se 5/Bi 88¦5:88¦slash¦a⟧), ⟨b¦Füllungsdefekte in den '
        'Unterlappenarterien beidseits⟩ ⟦Bild 5/120, 5/131 und 5/140¦5:120,5:131,5:140¦list¦b⟧. '
        '⟨c¦RV/LV-Quotient ⟪1,4¦ratio⟫ als Zeichen der Rechtsherzbelastung⟩ (axial ⟦Serie 5 Bild '
        '160¦5:160¦plane¦c⟧). Telefonische Mitteilung an Dr. Hahn um ⟪14:41¦time⟫ (⟪Tel. 4471¦phone⟫).'
    ),
    (
        'z-de-03',
        'DE',
        'TAVI-Planungs-CT, EKG-getriggert. ⟨a¦Aortenannulus Fläche ⟪482 mm²¦size⟫, Perimeter ⟪79 '
        'mm¦size⟫⟩ (⟦Serie 8, Bild 45¦8:45¦full_de¦a⟧ in der ⟪70 %¦ratio⟫-Phase). ⟨b¦Abstand Annulus zum '
        'Abgang der linken Koronararterie ⟪13 mm¦size⟫⟩ (⟦S. 8, B. 52¦8:52¦abbrev_de¦b⟧), ⟨c¦zur rechten '
        '⟪16 mm¦size⟫⟩ (⟦B. 57¦8:57¦image_only¦c⟧). ⟨d¦Zugangsweg A. iliaca externa rechts minimal ⟪6,8 '
        'mm¦size⟫⟩ (⟦Serie 10 Bild 310 bis 325¦10:310-325¦range¦d⟧).'
    ),
    (
        'z-de-04',
        'DE',
        'Diktat: CT Abdomen bei akutem Abdomen, ⟪CRP 214 mg/l¦lab⟫. ⟨a¦Freie Luft subphrenisch rechts⟩ '
        '(⟦Sereie 3 Bild 41¦3:41¦full_de¦a⟧). ⟨b¦Wandverdickte Sigmaschlinge mit perikolischer '
        'Imbibierung⟩ (⟦Se3Bi88¦3:88¦glued¦b⟧) und ⟨c¦gedeckte Perforation mit Abszess ⟪3,2 x 2,8 '
        'cm¦size⟫⟩ (⟦Se3 Bi95¦3:95¦glued¦c⟧). Hinchey ⟪Stadium Ib¦staging⟫.'
    ),
    (
        'z-de-05',
        'DE',
        'Voruntersuchungen: CT Thorax vom ⟪02.02.2026¦date⟫, vom ⟪11.11.2025¦date⟫ und vom '
        '⟪05.08.2025¦date⟫. ⟨a¦Rundherd im ⟪Segment 6¦segment⟫ rechts aktuell ⟪11 mm¦size⟫⟩ (⟦Serie 5 '
        'Bild 133¦5:133¦full_de¦a⟧), ⟨b¦im Februar ⟪9 mm¦size⟫⟩ (VU ⟦Serie 3 Bild 129¦p3:129¦prior¦b⟧), '
        '⟨c¦im November ⟪7 mm¦size⟫⟩ (VU ⟦Serie 4 Bild 118¦p4:118¦prior¦c⟧), im August nicht abgrenzbar. '
        'Lung-RADS ⟪4A¦birads⟫.'
    ),
    (
        'z-de-06',
        'DE',
        'Beurteilung:\n1. ⟨a¦Progrediente fibrosierende ILD im Sinne einer UIP⟩ (⟦Serie 6, Bilder 180, 195 '
        'und 230¦6:180,6:195,6:230¦impression¦a⟧).\n2. ⟨b¦Mediastinale Lymphknoten bis ⟪14 mm¦size⟫ '
        'Kurzachse (Station ⟪4R¦level⟫), reaktiv⟩ (⟦Serie 3, Bild 72¦3:72¦impression¦b⟧).\n3. Kein '
        'Nachweis einer Lungenembolie. Wiedervorstellung in ⟪6 Monaten¦followup⟫.'
    ),
    (
        'z-de-07',
        'DE',
        'MRT Leber mit Primovist. ⟨a¦Läsion in ⟪Segment VIII¦segment⟫, ⟪24 mm¦size⟫, arteriell '
        'hyperperfundiert, hepatobiliär hypointens⟩ (T1 arteriell ⟦Serie 1201 Bild 34¦1201:34¦plane¦a⟧; '
        '⟦Serie 1801 Bild 36¦1801:36¦full_de¦a⟧), ⟨b¦Diffusionsrestriktion⟩ (DWI ⟦Se 801 Bi '
        '18¦801:18¦abbrev_de¦b⟧). LI-RADS ⟪LR-5¦birads⟫. ⟪AFP 312 ng/ml¦lab⟫.'
    ),
    (
        'z-de-08',
        'DE',
        'Knochenszintigraphie mit CT-Korrelation (⟪650 MBq¦dose⟫ Tc-99m-DPD). ⟨a¦Mehranreicherung in ⟪LWK '
        '3¦level⟫ mit osteoblastischer Läsion im CT⟩ (⟦Serie 2 Bild 244¦2:244¦full_de¦a⟧), ⟨b¦ebenso Os '
        'ilium rechts⟩ (⟦Bild 301¦2:301¦image_only¦b⟧) und ⟨c¦⟪7. Rippe¦counter⟫ links ventral⟩ (⟦Bild '
        '97¦2:97¦image_only¦c⟧). ⟨d¦Die Läsion in ⟪LWK 3¦level⟫ war im Vor-CT vom ⟪03.2025¦date⟫ nicht '
        'sichtbar⟩ (⟦Se 3/Bi 230¦p3:230¦prior¦d⟧).'
    ),
    (
        'z-de-09',
        'DE',
        'Zweitmeinung zu auswärtigem CT Abdomen (Fremdaufnahme vom ⟪21.01.2026¦date⟫): ⟨a¦Die '
        'beschriebene Pankreasläsion von ⟪18 mm¦size⟫ im Corpus⟩ (Fremd-CT ⟦Serie 602 Bild '
        '71¦p602:71¦prior¦a⟧) ⟨b¦entspricht einer IPMN vom Seitengangtyp ohne Worrisome Features⟩. '
        '⟨c¦Hauptgang ⟪3 mm¦size⟫⟩ (Fremd-CT ⟦Serie 602 Bild 77¦p602:77¦prior¦c⟧). Kontrolle in ⟪12 '
        'Monaten¦followup⟫.'
    ),
    (
        'z-de-10',
        'DE',
        'Ganzwirbelsäule MRT. ⟨a¦Spinalkanalstenose in Höhe ⟪LWK 4/5¦level⟫ mit Restquerschnitt ⟪62 '
        'mm²¦size⟫⟩ (sag T2 ⟦Serie 7, Bild 11¦7:11¦plane¦a⟧; ax ⟦Serie 9, Bild 22¦9:22¦plane¦a⟧). '
        '⟨b¦Myelopathiesignal in Höhe ⟪HWK 5/6¦level⟫⟩ (⟦Bild 3/14¦3:14¦slash¦b⟧), '
        '⟨c¦Bandscheibenprotrusion ⟪BWK 8/9¦level⟫ ohne Myelonkontakt⟩ (⟦Bild 5/12¦5:12¦slash¦c⟧).'
    ),
    (
        'z-de-11',
        'DE',
        'Addendum nach telefonischer Rücksprache (⟪Tel. 0711 278-3345¦phone⟫, ⟪16:05 Uhr¦time⟫): ⟨a¦Die '
        'fragliche Dissektionsmembran der Aorta ascendens⟩ (⟦Serie 4 Bild 55-61¦4:55-61¦range¦a⟧) '
        '⟨b¦entspricht einem Pulsationsartefakt⟩; ⟨c¦in der EKG-getriggerten Nachaufnahme kein Flap⟩ '
        '(⟦Serie 12 Bild 48¦12:48¦full_de¦c⟧).'
    ),
    (
        'z-de-12',
        'DE',
        'PET/CT Lymphom, Deauville-Scores. Zervikal rechts: ⟨a¦Lymphknoten Level ⟪II¦level⟫, ⟪SUVmax '
        '6,2¦lab⟫⟩ (⟦Se 4, Bi 38¦4:38¦abbrev_de¦a⟧), Deauville ⟪4¦birads⟫. Mediastinal: ⟨b¦Konglomerat '
        'prävaskulär ⟪5,1 x 3,0 cm¦size⟫⟩ (⟦Se 4, Bi 102¦4:102¦abbrev_de¦b⟧), im Baseline-PET ⟨c¦⟪7,8 x '
        '5,2 cm¦size⟫⟩ (⟦Se 4, Bi 99¦p4:99¦prior¦c⟧). Milz: ⟨d¦kein fokaler Befall mehr⟩ (⟦Se 4, Bi '
        '160¦4:160¦abbrev_de¦d⟧).'
    ),
    (
        'z-de-13',
        'DE',
        'CT Thorax COVID-Verlauf, Tag ⟪12¦counter⟫ nach Aufnahme. ⟨a¦Rückläufige Milchglasinfiltrate '
        'beidseits⟩ (⟦Ser. 3 Bild 60, 85, 112¦3:60,3:85,3:112¦list¦a⟧), ⟨b¦neu organisierende Pneumonie '
        'im Unterlappen links⟩ (⟦Ser. 3 Bild 190¦3:190¦full_de¦b⟧). CT-Severity-Score ⟪14/25¦ratio⟫, in '
        'der VU ⟪19/25¦ratio⟫ mit ⟨c¦ausgedehnten Konsolidierungen dorsobasal⟩ (VU ⟦Ser. 2 Bild '
        '185¦p2:185¦prior¦c⟧).'
    ),
    (
        'z-de-14',
        'DE',
        'CT Thorax/Abdomen Staging, Sekretariat: ⟨a¦Pleuraständige Metastase rechts ⟪18 mm¦size⟫⟩ (⟦Se#3 '
        'Bi#77¦3:77¦abbrev_de¦a⟧), ⟨b¦Lebermetastasen in ⟪Segment 5¦segment⟫ und ⟪8¦segment⟫⟩ (⟦Se#3 '
        'Bi#180, #191¦3:180,3:191¦list¦b⟧), ⟨c¦Nebenniere links ⟪15 mm¦size⟫⟩ (⟦Schicht 205 in Serie '
        '3¦3:205¦slice_word¦c⟧). ⟪cT2 cN2 cM1b¦staging⟫, ⟪Key-Image 4¦bild_word⟫ archiviert.'
    ),
    (
        'z-at-01',
        'AT',
        'CT-Angiographie der Pulmonalarterien. ⟨a¦Segmentale Embolie im rechten Unterlappen, ⟪Segment 9 '
        'und 10¦segment⟫⟩ (⟦Sr. 4 Bi. 141¦4:141¦abbrev_de¦a⟧, ⟦Bi. 150¦4:150¦image_only¦a⟧). ⟨b¦Kleiner '
        'keilförmiger Lungeninfarkt⟩ (⟦Sr. 6 Bi. 77¦6:77¦abbrev_de¦b⟧), Beistrich, ⟨c¦kein Pleuraerguss⟩. '
        '⟪D-Dimer 4,8 mg/l¦lab⟫, ⟪Wells-Score 6¦birads⟫. Befund an OA Dr. Gruber um ⟪22:10¦time⟫ '
        'übermittelt.'
    ),
    (
        'z-at-02',
        'AT',
        'Vergleich mit den Voruntersuchungen vom ⟪07.01.2026¦date⟫ (dort Serie 5) und vom '
        '⟪14.10.2025¦date⟫ (dort Serie 3). ⟨a¦Das Aneurysma der Aorta abdominalis misst nun ⟪5,6 '
        'cm¦size⟫⟩ (⟦Serie 4, Schnitt 88¦4:88¦slice_word¦a⟧), ⟨b¦im Jänner ⟪5,2 cm¦size⟫⟩ (⟦Serie 5, '
        'Schnitt 90¦p5:90¦prior¦b⟧), ⟨c¦im Oktober ⟪4,9 cm¦size⟫⟩ (⟦Serie 3, Schnitt 86¦p3:86¦prior¦c⟧). '
        'Wachstum ⟪7 mm/Quartal¦ratio⟫.'
    ),
    (
        'z-at-03',
        'AT',
        'MRT Pankreas (MRCP). ⟨a¦Zystische Läsion im Pankreaskopf ⟪21 mm¦size⟫ mit Gangkommunikation⟩ '
        '(cor T2 ⟦Serie 5/Bild 19¦5:19¦plane¦a⟧, ax ⟦Serie 7/Bild 24¦7:24¦plane¦a⟧). ⟨b¦Wandständiger '
        'Knoten ⟪4 mm¦size⟫ mit KM-Aufnahme⟩ (⟦S11 B26¦11:26¦compact¦b⟧). ⟪CA 19-9 41 U/ml¦lab⟫. '
        'Empfehlung: EUS binnen ⟪4 Wochen¦followup⟫.'
    ),
    (
        'z-at-04',
        'AT',
        'Dikatat Dr. Huber, geschrieben ⟪08.03.2026¦date⟫ ⟪11:48¦time⟫. Thorax CT: ⟨a¦Milchglasherd im '
        'Oberlappen links ⟪14 x 11 mm¦size⟫⟩ ⟦Serie drei Bild vierundfünfzig¦3:54¦full_de¦a⟧ Beistrich '
        '⟨b¦solider Anteil ⟪5 mm¦size⟫⟩ ⟦Bild sechsundfünfzig¦3:56¦image_only¦b⟧ Punkt. '
        'Fleischner-Kontrolle in ⟪3 Monaten¦followup⟫.'
    ),
    (
        'z-at-05',
        'AT',
        'Ganzkörper-Knochenszintigramm und SPECT/CT. ⟨b¦Fokale Mehrspeicherung im ⟪BWK 11¦level⟫, im CT '
        'Grund- und Deckplatteneinbruch⟩ (⟦Serie 3 Bild 118¦3:118¦full_de¦b⟧), ⟨c¦ferner Mehrspeicherung '
        'Sternoklavikulargelenk rechts, degenerativ⟩ (⟦Serie 3 Bild 22¦3:22¦full_de¦c⟧). Verglichen mit '
        'Szintigraphie vom ⟪12/2024¦date⟫: ⟨d¦der Herd im Schambein links ist rückläufig⟩ (VU SPECT/CT '
        '⟦Serie 2 Bild 301¦p2:301¦prior¦d⟧).'
    ),
    (
        'z-at-06',
        'AT',
        'Aorten-CTA vor TAVI. Aortenklappe: ⟨a¦Verkalkungsscore ⟪2.840 AU¦lab⟫, bikuspide Morphologie Typ '
        '⟪1 L-R¦staging⟫⟩ (⟦Se8 Im40¦8:40¦glued¦a⟧). ⟨b¦Annulusdurchmesser ⟪23,4 x 27,9 mm¦size⟫⟩ (⟦Se8 '
        'Im44¦8:44¦glued¦b⟧). ⟨c¦Aa. femorales communes beidseits ⟪7,5 mm¦size⟫ bzw. ⟪7,9 mm¦size⟫ ohne '
        'relevante Verkalkung⟩ (⟦Se11 Im402¦11:402¦glued¦c⟧ und ⟦Im409¦11:409¦image_only¦c⟧).'
    ),
    (
        'z-at-07',
        'AT',
        'Abdomen-CT bei Verdacht auf Appendizitis. ⟨a¦Appendix verdickt auf ⟪12 mm¦size⟫ mit '
        'Appendikolith⟩ (⟦Serie 2: Bild 70-76¦2:70-76¦range¦a⟧), ⟨b¦periappendizitische Flüssigkeit⟩ '
        '(⟦Bild 81¦2:81¦image_only¦b⟧). ⟪Alvarado-Score 8¦birads⟫, ⟪Leukozyten 14,1 G/l¦lab⟫. Telefonat '
        'mit Chirurgie (⟪DW 3318¦phone⟫).'
    ),
    (
        'z-at-08',
        'AT',
        'Zusammenfassung:\n1. ⟨a¦Akute Lungenembolie zentral beidseits⟩ (⟦Sr.3/Bi.62¦3:62¦impression¦a⟧, '
        '⟦Sr.3/Bi.71¦3:71¦impression¦a⟧).\n2. ⟨b¦Rechtsherzbelastung, RV/LV ⟪1,3¦ratio⟫⟩ '
        '(⟦Sr.3/Bi.98¦3:98¦impression¦b⟧).\n3. ⟨c¦Pleuraerguss rechts ⟪2 cm¦size⟫ Saum⟩ '
        '(⟦Sr.3/Bi.140¦3:140¦impression¦c⟧).'
    ),
    (
        'z-at-09',
        'AT',
        'MRT der gesamten Wirbelsäule bei Plasmozytom (⟪ISS-Stadium II¦staging⟫). ⟨a¦Diffuse Infiltration '
        'mit fokaler Läsion in ⟪LWK 2¦level⟫⟩ (⟦Serie 10 Bild 9¦10:9¦full_de¦a⟧), ⟨b¦pathologische '
        'Fraktur ⟪BWK 7¦level⟫ mit Höhenminderung ⟪30 %¦ratio⟫⟩ (⟦Serie 10 Bild 8¦10:8¦full_de¦b⟧), '
        '⟨c¦keine Myelonkompression⟩ (ax ⟦Serie 14 Bild 31¦14:31¦plane¦c⟧). Im Vorbefund vom '
        '⟪01.12.2025¦date⟫ ⟨d¦war ⟪BWK 7¦level⟫ noch höhenerhalten⟩ (VB ⟦Se 9 Bi 8¦p9:8¦prior¦d⟧).'
    ),
    (
        'z-at-10',
        'AT',
        'Befundergänzung: die in der auswärtigen CT (Krankenhaus Wels, ⟪05.02.2026¦date⟫) ⟨a¦beschriebene '
        'Nebennierenraumforderung links ⟪2,4 cm¦size⟫⟩ (ext. ⟦Serie 3 Bild 118¦p3:118¦prior¦a⟧) ⟨b¦ist in '
        'der aktuellen Untersuchung ⟪2,5 cm¦size⟫, ⟪8 HE¦lab⟫ nativ, Adenom⟩ (⟦Serie 2 Bild '
        '121¦2:121¦full_de¦b⟧).'
    ),
    (
        'z-at-11',
        'AT',
        'Koronar-CTA. ⟨a¦Gemischte Plaque der proximalen LAD mit ⟪50-69 %¦ratio⟫ Stenose⟩ (⟦Serie 7, Bild '
        '156/330¦7:156¦full_de¦a⟧), CAD-RADS ⟪3¦birads⟫. ⟨b¦RCA ohne Stenose⟩ (⟦Bild '
        '201¦7:201¦image_only¦b⟧). ⟪Agatston 312¦lab⟫, ⟪DLP 188 mGy·cm¦dose⟫, Herzfrequenz '
        '⟪58/min¦ratio⟫.'
    ),
    (
        'z-at-12',
        'AT',
        'PET-CT Hodgkin-Lymphom, Interim nach ⟪2 Zyklen¦counter⟫ ABVD. Regionen: zervikal links '
        '⟨a¦Restgewebe ⟪12 mm¦size⟫, Deauville ⟪2¦birads⟫⟩ (⟦S4 B 45¦4:45¦compact¦a⟧); axillär rechts '
        '⟨b¦kein Restbefund⟩ (⟦S4 B 88¦4:88¦compact¦b⟧); mediastinal ⟨c¦Restmasse ⟪3,4 cm¦size⟫, ⟪SUVmax '
        '2,9¦lab⟫⟩ (⟦S4 B 110¦4:110¦compact¦c⟧), ⟨d¦bei Baseline ⟪SUVmax 14,2¦lab⟫⟩ (⟦S4 B '
        '107¦p4:107¦prior¦d⟧).'
    ),
    (
        'z-at-13',
        'AT',
        'Thorax-CT, Verlauf der Sarkoidose (⟪Stadium II¦staging⟫). ⟨a¦Perilymphatische Knötchen im '
        'Oberlappen beidseits⟩ in ⟦Schicht 40 bis 72 der Serie 5¦5:40-72¦range¦a⟧, ⟨b¦hiläre Lymphknoten '
        '⟪15 mm¦size⟫⟩ ⟦Schicht 101/Serie 5¦5:101¦slice_word¦b⟧. ⟪DLCO 68 %¦lab⟫.'
    ),
    (
        'z-at-14',
        'AT',
        'Herz-CT vor Vorhofohrverschluss. ⟨a¦Kein Thrombus im linken Vorhofohr in der Spätphase⟩ '
        '(⟦Se12Bi44¦12:44¦glued¦a⟧), ⟨b¦Ostium ⟪21 x 17 mm¦size⟫, Landezone ⟪19 mm¦size⟫⟩ '
        '(⟦Se12Bi50-54¦12:50-54¦range¦b⟧). ⟨c¦Im Vor-CT vom ⟪09/2025¦date⟫ Füllungsdefekt⟩ (VU '
        '⟦Se9Bi41¦p9:41¦prior¦c⟧), ⟪CHA2DS2-VASc 5¦birads⟫.'
    ),
    (
        'z-ch-01',
        'CH',
        'CT Thorax bei systemischer Sklerose, Verlaufskontrolle. ⟨a¦NSIP-Muster mit subpleuraler '
        'Aussparung, stationär⟩ [⟦Serie 3: Bild 150¦3:150¦full_de¦a⟧], ⟨b¦Ösophagus dilatiert ⟪28 '
        'mm¦size⟫⟩ [⟦Serie 3: Bild 88¦3:88¦full_de¦b⟧]. Vergleich: ⟨c¦identische Ausdehnung⟩ im Vorbefund '
        '[VB ⟦Serie 4: Bild 147¦p4:147¦prior¦c⟧]. ⟪FVC 71 %¦lab⟫.'
    ),
    (
        'z-ch-02',
        'CH',
        'Notfall-CT Abdomen, ⟪23:52¦time⟫. ⟨a¦Dünndarmileus mit Kalibersprung im rechten Unterbauch⟩ '
        '(⟦Ser 2 Img 95¦2:95¦abbrev_de¦a⟧), ⟨b¦Whirl-Sign des Mesenteriums⟩ (⟦Ser 2 Img '
        '101¦2:101¦abbrev_de¦b⟧, koronar ⟦Ser 5 Img 40¦5:40¦plane¦b⟧). ⟨c¦Verminderte Wandkontrastierung '
        'einer Schlinge⟩ (⟦Img 108¦2:108¦image_only¦c⟧). Dr. Meier informiert (⟪Tel. 044 255 11 '
        '11¦phone⟫).'
    ),
    (
        'z-ch-03',
        'CH',
        'Lungenembolie-CT. ⟨a¦Embolien in beiden Hauptpulmonalarterien⟩ ⟦Bild 4/66, '
        '4/70¦4:66,4:70¦list¦a⟧ und ⟨b¦in den Lappenarterien links⟩ ⟦Bild 4/81-89¦4:81-89¦range¦b⟧. '
        "⟨c¦Septumdeviation nach links⟩ ⟦Bild 4/120¦4:120¦slash¦c⟧. ⟪NT-proBNP 2'450 ng/l¦lab⟫, ⟪Troponin "
        '62 ng/l¦lab⟫. PESI-Klasse ⟪III¦staging⟫.'
    ),
    (
        'z-ch-04',
        'CH',
        'Zweitbeurteilung des auswärtigen PET/CT (Spital Thun, ⟪15.12.2025¦date⟫). ⟨a¦Der als Rezidiv '
        'beschriebene Herd im Mediastinum⟩ (extern ⟦Serie 2, Bild 112¦p2:112¦prior¦a⟧) ⟨b¦entspricht '
        'einem braunen Fettgewebe⟩ ⟨c¦mit symmetrischer Anreicherung supraklavikulär⟩ (extern ⟦Serie 2, '
        'Bild 74 und 76¦p2:74,p2:76¦prior¦c⟧). Im heutigen CT ⟨d¦kein Weichteilherd⟩ (⟦Serie 3, Bild '
        '115¦3:115¦full_de¦d⟧).'
    ),
    (
        'z-ch-05',
        'CH',
        'Leber-MRI: ⟨a¦Multiple Metastasen, grösste in ⟪Segment IVa¦segment⟫ ⟪38 mm¦size⟫⟩ (⟦Se.9 '
        'Bi.22¦9:22¦abbrev_de¦a⟧), ⟨b¦weitere in ⟪Segment VI¦segment⟫ ⟪12 mm¦size⟫ und ⟪Segment '
        'VII¦segment⟫ ⟪9 mm¦size⟫⟩ (⟦Se.9 Bi.31 und 35¦9:31,9:35¦list¦b⟧). ⟨c¦Vorbekannte Läsion in '
        '⟪Segment II¦segment⟫ nicht mehr nachweisbar⟩ (Voruntersuchung ⟦Se.8 Bi.14¦p8:14¦prior¦c⟧).'
    ),
    (
        'z-ch-06',
        'CH',
        'Beurteilung\n1. ⟨a¦Typ-B-Dissektion ab Abgang der A. subclavia links bis ⟪L2¦level⟫⟩ (⟦Se 3 Bi '
        '40-190¦3:40-190¦impression¦a⟧).\n2. ⟨b¦Falsches Lumen partiell thrombosiert⟩ (⟦Se 3 Bi '
        '122¦3:122¦impression¦b⟧), ⟨c¦Nierenarterie links aus dem falschen Lumen⟩ (⟦Se 3 Bi '
        '176¦3:176¦impression¦c⟧).\n3. ⟪BD 168/92 mmHg¦blood_pressure⟫ beidseits gemessen.'
    ),
    (
        'z-ch-07',
        'CH',
        'Ganzwirbelsäule: ⟨a¦Spondylodiszitis ⟪LWK 2/3¦level⟫ mit epiduralem Abszess ⟪6 mm¦size⟫⟩ '
        '(sagittal ⟦Serie 6 Bild 10¦6:10¦plane¦a⟧, transversal ⟦Serie 11 Bild 18¦11:18¦plane¦a⟧), '
        '⟨b¦Psoasabszess rechts ⟪3 cm¦size⟫⟩ (⟦Serie 11 Bild 21¦11:21¦full_de¦b⟧). ⟪CRP 188 mg/l¦lab⟫.'
    ),
    (
        'z-ch-08',
        'CH',
        'Vergleich mit CT vom ⟪03.01.2026¦date⟫ (Serie 201) und ⟪28.10.2025¦date⟫ (Serie 4). '
        '⟨a¦Konsolidation im Mittellappen regredient⟩ (aktuell ⟦Serie 3 Bild 140¦3:140¦full_de¦a⟧, im '
        'Januar ⟦Serie 201 Bild 144¦p201:144¦prior¦a⟧, im Oktober ⟦Serie 4 Bild 137¦p4:137¦prior¦a⟧). '
        '⟨b¦Neuer Erguss links⟩ (⟦Serie 3 Bild 199¦3:199¦full_de¦b⟧).'
    ),
    (
        'z-ch-09',
        'CH',
        'TAVI-CT. ⟨a¦Annulus ⟪24,8 mm¦size⟫ mittlerer Durchmesser⟩ ⟦Se5Bi33¦5:33¦glued¦a⟧, '
        '⟨b¦Sinus-Valsalva-Höhe ⟪19 mm¦size⟫⟩ ⟦Se5Bi38¦5:38¦glued¦b⟧, ⟨c¦Koronarostien links ⟪12 '
        'mm¦size⟫, rechts ⟪15 mm¦size⟫ über Annulus⟩ ⟦Se5Bi41¦5:41¦glued¦c⟧. Empfohlene Projektion ⟪LAO '
        '8° / Kaudal 12°¦ratio⟫.'
    ),
    (
        'z-ch-10',
        'CH',
        'Knochen-SPECT/CT: ⟨a¦Intensive Anreicherung Os sacrum links, Insuffizienzfraktur⟩ (CT ⟦S. 3/B. '
        '288¦3:288¦slash¦a⟧), ⟨b¦Mehrspeicherung ⟪LWK 1¦level⟫, frische Deckplattenfraktur⟩ (⟦S. 3/B. '
        '160¦3:160¦slash¦b⟧). ⟪T-Score -3,1¦lab⟫.'
    ),
    (
        'z-ch-11',
        'CH',
        'CT Abdomen nach Rücksprache mit Frau Dr. Keller (⟪079 444 12 12¦phone⟫) ergänzt: ⟨a¦Freie '
        'Flüssigkeit im Douglas⟩ (⟦Bild 112 der Serie 2¦2:112¦full_de¦a⟧) sowie ⟨b¦Ovarialzyste rechts ⟪5 '
        'cm¦size⟫ mit Wirbelzeichen des Stiels⟩ (⟦Bild 118 und 121 der Serie 2¦2:118,2:121¦list¦b⟧). '
        '⟪β-hCG negativ¦lab⟫.'
    ),
    (
        'z-ch-12',
        'CH',
        'PET/CT Follikuläres Lymphom, Regionen: inguinal links ⟨a¦⟪22 mm¦size⟫, ⟪SUV 8,1¦lab⟫⟩ (⟦Serie 6 '
        'Bild 260¦6:260¦full_de¦a⟧); iliakal extern links ⟨b¦⟪18 mm¦size⟫⟩ (⟦Bild '
        '241¦6:241¦image_only¦b⟧); paraaortal ⟨c¦Konglomerat ⟪4,5 cm¦size⟫⟩ (⟦Bild '
        '198¦6:198¦image_only¦c⟧). Im Vor-PET ⟨d¦paraaortal ⟪6,2 cm¦size⟫⟩ (⟦Serie 5 Bild '
        '195¦p5:195¦prior¦d⟧). Lugano ⟪Stadium III¦staging⟫.'
    ),
    (
        'z-ch-13',
        'CH',
        'Thorax-CT bei Post-COVID-Dyspnoe. ⟨a¦Residuelle fibrotische Bänder im Unterlappen rechts⟩ '
        '(⟦Schnitt 201, Serie 3¦3:201¦slice_word¦a⟧), ⟨b¦Mosaikperfusion⟩ (⟦Schnitt 120-180, Serie '
        '7¦7:120-180¦range¦b⟧, exspiratorisch). ⟪6-Minuten-Gehtest 390 m¦lab⟫.'
    ),
    (
        'z-ch-14',
        'CH',
        'CT Abdomen bei Verdacht auf Mesenterialischämie, ⟪Laktat 5,8 mmol/l¦lab⟫. ⟨a¦Verschluss der A. '
        'mesenterica superior ⟪3 cm¦size⟫ nach Abgang⟩ (sagittal ⟦Se 7, Bi 52¦7:52¦plane¦a⟧), '
        '⟨b¦Pneumatosis intestinalis im Jejunum⟩ (⟦Se 2, Bi 88, 93 und 97¦2:88,2:93,2:97¦list¦b⟧). '
        'Chirurg informiert um ⟪03:20¦time⟫.'
    ),
    (
        'z-uk-01',
        'UK',
        'CT pulmonary angiogram. ⟨a¦Filling defects in the right lower lobe segmental arteries⟩ (⟦series '
        '4 images 133 and 141¦4:133,4:141¦list¦a⟧). ⟨b¦RV:LV ratio ⟪1.2¦ratio⟫, no septal bowing⟩ '
        '(⟦series 4 image 170¦4:170¦full_en¦b⟧). Wells ⟪5¦birads⟫, ⟪D-dimer 2,100 ng/mL¦lab⟫. Discussed '
        'with the medical registrar on ⟪bleep 4472¦phone⟫ at ⟪16:40¦time⟫.'
    ),
    (
        'z-uk-02',
        'UK',
        'Comparison: CT chest ⟪14/02/2026¦date⟫ (series 5) and ⟪03/11/2025¦date⟫ (series 3). Findings: '
        '⟨a¦Fibrotic ILD with lower zone predominant reticulation and traction bronchiectasis⟩ (current '
        '⟦Se 6 Im 201¦6:201¦abbrev_en¦a⟧; February ⟦Se 5 Im 198¦p5:198¦prior¦a⟧; November ⟦Se 3 Im '
        '190¦p3:190¦prior¦a⟧). ⟨b¦Honeycombing now evident in the right lower lobe⟩ (⟦Se 6 Im '
        '230¦6:230¦abbrev_en¦b⟧). Probable UIP pattern.'
    ),
    (
        'z-uk-03',
        'UK',
        'CONCLUSION:\n1. ⟨a¦Acute perforated appendicitis with a ⟪4.1 cm¦size⟫ pelvic collection⟩ (⟦series '
        '3, images 88-94¦3:88-94¦impression¦a⟧).\n2. ⟨b¦Small volume free gas adjacent to the caecum⟩ '
        '(⟦series 3, image 80¦3:80¦impression¦b⟧).\n3. Incidental ⟪6 mm¦size⟫ right renal cyst, ⟪Bosniak '
        '1¦birads⟫, no follow-up.'
    ),
    (
        'z-uk-04',
        'UK',
        'Second opinion on outside CT (Royal Infirmary, ⟪02/01/2026¦date⟫). ⟨a¦The reported pancreatic '
        'tail lesion⟩ (outside study ⟦series 2, image 61¦p2:61¦prior¦a⟧) ⟨b¦is a splenule⟩ ⟨c¦with '
        "identical enhancement to the spleen⟩ (outside study ⟦series 2, image 58¦p2:58¦prior¦c⟧). Today's "
        'MRI confirms: ⟨d¦⟪14 mm¦size⟫ splenule at the splenic hilum⟩ (⟦series 1101, image '
        '24¦1101:24¦full_en¦d⟧).'
    ),
    (
        'z-uk-05',
        'UK',
        'Voice recognition report. CT aorta: ⟨a¦Type A dissection flap in the ascending aorta⟩ ⟦series '
        'three image forty two¦3:42¦full_en¦a⟧ full stop. ⟨b¦Extension into the brachiocephalic trunk⟩ '
        '⟦image thirty one¦3:31¦image_only¦b⟧ full stop. ⟨c¦Pericardial effusion ⟪12 mm¦size⟫⟩ ⟦image '
        'sixty¦3:60¦image_only¦c⟧. Cardiothoracic surgeons aware at ⟪02:15¦time⟫.'
    ),
    (
        'z-uk-06',
        'UK',
        'Bone scan with SPECT-CT correlation (⟪600 MBq¦dose⟫ Tc-99m MDP). ⟨a¦Focal uptake in the '
        '⟪L1¦level⟫ vertebral body with a sclerotic metastasis on CT⟩ (⟦Se 3, Im 210¦3:210¦abbrev_en¦a⟧). '
        '⟨b¦Uptake at the ⟪right 6th rib¦counter⟫ corresponds to a healing fracture⟩ (⟦Im '
        '77¦3:77¦image_only¦b⟧). PSA ⟪18.4 µg/L¦lab⟫, ⟪Gleason 4+4¦staging⟫.'
    ),
    (
        'z-uk-07',
        'UK',
        'MRI whole spine. ⟨a¦Cord compression at ⟪T6¦level⟫ from epidural disease⟩ (sagittal ⟦Se 8 Im '
        '12¦8:12¦plane¦a⟧, axial ⟦Se 13 Im 21¦13:21¦plane¦a⟧). ⟨b¦Further metastases at ⟪T11¦level⟫ and '
        '⟪L3¦level⟫ without canal compromise⟩ (⟦Se 8 Im 10, 14¦8:10,8:14¦list¦b⟧). MSCC coordinator '
        'contacted on ⟪07812 334455¦phone⟫. SINS ⟪11¦birads⟫.'
    ),
    (
        'z-uk-08',
        'UK',
        'Addendum after phone call with Dr Patel (⟪14:12¦time⟫): ⟨a¦the ⟪9 mm¦size⟫ nodule in the left '
        'upper lobe⟩ on ⟦slice 77 of series 4¦4:77¦slice_word¦a⟧ ⟨b¦was present at ⟪7 mm¦size⟫ on the '
        '⟪2024¦date⟫ study⟩ (⟦slice 70 of series 3¦p3:70¦prior¦b⟧). Brock risk ⟪8%¦ratio⟫.'
    ),
    (
        'z-uk-09',
        'UK',
        'PET-CT DLBCL, end of treatment (⟪6 cycles¦counter⟫ R-CHOP). Per region:\nNeck: ⟨a¦no residual '
        'uptake⟩ (⟦Se 4 Im 40¦4:40¦abbrev_en¦a⟧).\nMediastinum: ⟨b¦⟪2.8 cm¦size⟫ residual mass, uptake '
        'below liver, Deauville ⟪3¦birads⟫⟩ (⟦Se 4 Im 101¦4:101¦abbrev_en¦b⟧); ⟨c¦⟪9.1 cm¦size⟫ bulk at '
        'baseline⟩ (⟦Se 4 Im 99¦p4:99¦prior¦c⟧).\nSpleen: ⟨d¦previously noted deposits resolved⟩ (⟦Se 4 Im '
        '163¦4:163¦abbrev_en¦d⟧).'
    ),
    (
        'z-uk-10',
        'UK',
        'CT abdomen pelvis for acute abdominal pain, ⟪age 78¦age⟫. ⟨a¦Closed loop small bowel obstruction '
        'with two transition points⟩ (⟦Ser 3 Img 102 and Img 109¦3:102,3:109¦list¦a⟧). ⟨b¦Reduced mural '
        'enhancement of the involved loops⟩ (coronal ⟦Ser 6 Img 55¦6:55¦plane¦b⟧). ⟪Lactate 4.2 '
        'mmol/L¦lab⟫. Discussed with the surgical team (⟪ext 2231¦phone⟫).'
    ),
    (
        'z-uk-11',
        'UK',
        'MRI liver. ⟨a¦⟪3.2 cm¦size⟫ lesion in ⟪segment VII¦segment⟫ with peripheral nodular enhancement '
        'and progressive fill-in⟩ (arterial ⟦series 12 image 30¦12:30¦plane¦a⟧, portal ⟦series 13 image '
        '30¦13:30¦plane¦a⟧), ⟨b¦in keeping with a haemangioma⟩. ⟨c¦Unchanged from the ⟪2023¦date⟫ MRI⟩ '
        '(prior ⟦series 10 image 27¦p10:27¦prior¦c⟧).'
    ),
    (
        'z-uk-12',
        'UK',
        'TAVI work-up CT. ⟨a¦Annular perimeter ⟪76 mm¦size⟫, area ⟪447 mm²¦size⟫⟩ (⟦Series 6 / Image '
        '51¦6:51¦slash¦a⟧). ⟨b¦Left main height ⟪11 mm¦size⟫⟩ (⟦Series 6 / Image 58¦6:58¦slash¦b⟧). '
        '⟨c¦Calcified, tortuous left external iliac, minimum ⟪5.9 mm¦size⟫⟩ (⟦Series 9 / Images '
        '400-418¦9:400-418¦range¦c⟧). Heart rate ⟪62 bpm¦ratio⟫, ⟪DLP 640 mGy.cm¦dose⟫.'
    ),
    (
        'z-uk-13',
        'UK',
        'CT chest COVID follow-up, ⟪12 weeks¦followup⟫ post discharge. ⟨a¦Residual ground glass in both '
        'lower lobes⟩ (⟦Se5/Im180¦5:180¦slash¦a⟧, ⟦Se5/Im206¦5:206¦slash¦a⟧), ⟨b¦considerably improved '
        'since the admission CT⟩ (⟦Se2/Im177¦p2:177¦prior¦b⟧). ⟪CT severity score 6/25¦ratio⟫.'
    ),
    (
        'z-uk-14',
        'UK',
        'CT chest, abdomen and pelvis for lymphoma restaging. ⟨a¦Right axillary nodes reduced to ⟪11 '
        'mm¦size⟫ short axis⟩ (⟦S4 I60¦4:60¦compact¦a⟧), ⟨b¦from ⟪24 mm¦size⟫ on the baseline⟩ (⟦S3 '
        'I58¦p3:58¦prior¦b⟧). ⟨c¦Retroperitoneal nodes now subcentimetre⟩ (⟦S4 '
        'I150-171¦4:150-171¦range¦c⟧). ⟨d¦Splenic index ⟪480¦ratio⟫, previously ⟪720¦ratio⟫⟩ (⟦S4 '
        'I141¦4:141¦compact¦d⟧).'
    ),
    (
        'z-us-01',
        'US',
        'CTA chest PE protocol. ⟨a¦Saddle embolus⟩ (⟦3:78¦3:78¦compact¦a⟧) ⟨b¦extending into the lobar '
        'arteries bilaterally⟩ (⟦3:82, 3:91¦3:82,3:91¦list¦b⟧). ⟨c¦Flattening of the interventricular '
        'septum⟩ (⟦3:140¦3:140¦compact¦c⟧), RV/LV ⟪1.5¦ratio⟫. Critical result called to Dr. Lee at ⟪3:42 '
        'PM¦time⟫ on ⟪3/7/2026¦date⟫, read back confirmed.'
    ),
    (
        'z-us-02',
        'US',
        'COMPARISON: CT chest ⟪1/12/2026¦date⟫ (series 2), ⟪10/3/2025¦date⟫ (series 5), ⟪6/20/2025¦date⟫ '
        '(series 3).\nFINDINGS: ⟨a¦Part-solid nodule in the right upper lobe now ⟪16 mm¦size⟫ with a ⟪7 '
        'mm¦size⟫ solid component⟩ (⟦series 4, image 58¦4:58¦full_en¦a⟧), ⟨b¦previously ⟪14 mm¦size⟫⟩ '
        '(⟦series 2, image 61¦p2:61¦prior¦b⟧) and ⟨c¦⟪12 mm¦size⟫ in October⟩ (⟦series 5, image '
        '55¦p5:55¦prior¦c⟧). Lung-RADS ⟪4B¦birads⟫.'
    ),
    (
        'z-us-03',
        'US',
        'IMPRESSION:\n1. ⟨a¦Ascending aortic aneurysm measuring ⟪5.3 cm¦size⟫, increased from ⟪4.9 '
        'cm¦size⟫⟩ (⟦se 5 im 112¦5:112¦impression¦a⟧; prior ⟦se 4 im 108¦p4:108¦prior¦a⟧).\n2. '
        '⟨b¦Penetrating atherosclerotic ulcer of the distal arch⟩ (⟦se 5 im 70¦5:70¦impression¦b⟧).\n3. '
        'Follow-up CTA in ⟪6 months¦followup⟫ or surgical referral.'
    ),
    (
        'z-us-04',
        'US',
        'TAVR planning CTA. ⟨a¦Annulus ⟪25.1 x 28.4 mm¦size⟫, perimeter ⟪84 mm¦size⟫⟩ (⟦#6, image '
        '33¦6:33¦abbrev_en¦a⟧). ⟨b¦Left coronary height ⟪10 mm¦size⟫⟩ (⟦#6, image 39¦6:39¦abbrev_en¦b⟧). '
        '⟨c¦Right common femoral artery ⟪7.8 mm¦size⟫, minimal calcification⟩ (⟦#8, images '
        '512-520¦8:512-520¦range¦c⟧). Aortic valve calcium score ⟪3,120¦lab⟫.'
    ),
    (
        'z-us-05',
        'US',
        'CT abdomen/pelvis with contrast, ⟪58-year-old¦age⟫ with RLQ pain. ⟨a¦Dilated fluid-filled '
        'appendix to ⟪11 mm¦size⟫ with periappendiceal stranding⟩ (⟦2:64-70¦2:64-70¦range¦a⟧). '
        '⟨b¦Appendicolith at the base⟩ (⟦2:66¦2:66¦compact¦b⟧). ⟨c¦No abscess⟩. WBC ⟪15.3 K/uL¦lab⟫. '
        'Findings discussed with Dr. Ortiz, ⟪pager 555-0142¦phone⟫, at ⟪11:05¦time⟫.'
    ),
    (
        'z-us-06',
        'US',
        'Outside CT from ⟪2/2/2026¦date⟫ reviewed at the request of Dr. Brooks. ⟨a¦The ⟪2.1 cm¦size⟫ '
        'hypodense lesion in the pancreatic head⟩ (outside ⟦series 3 image 44¦p3:44¦prior¦a⟧) ⟨b¦has '
        "upstream ductal dilatation to ⟪6 mm¦size⟫⟩ (outside ⟦image 40¦p3:40¦prior¦b⟧). Today's pancreas "
        'protocol MRI: ⟨c¦hypoenhancing mass ⟪2.3 cm¦size⟫ abutting the SMV less than ⟪180 '
        'degrees¦ratio⟫⟩ (⟦ser 9 img 31¦9:31¦abbrev_en¦c⟧). ⟪CA 19-9 410 U/mL¦lab⟫.'
    ),
    (
        'z-us-07',
        'US',
        'MRI total spine. ⟨a¦Acute compression fracture of ⟪T12¦level⟫ with edema⟩ (STIR ⟦series 7 image '
        '9¦7:9¦plane¦a⟧), ⟨b¦chronic ⟪L2¦level⟫ fracture without edema⟩ (⟦image 11¦7:11¦image_only¦b⟧). '
        '⟨c¦Disc extrusion at ⟪C5-C6¦level⟫ contacting the cord⟩ (⟦series 3 image 8¦3:8¦full_en¦c⟧; axial '
        '⟦series 5 image 19¦5:19¦plane¦c⟧).'
    ),
    (
        'z-us-08',
        'US',
        'PET/CT Hodgkin lymphoma staging, ⟪F-18 FDG 12.1 mCi¦dose⟫, glucose ⟪96 mg/dL¦lab⟫.\nNECK: '
        '⟨a¦right level ⟪IIA¦level⟫ node ⟪2.4 cm¦size⟫, SUV ⟪9.8¦lab⟫⟩ (⟦4:38¦4:38¦compact¦a⟧).\nCHEST: '
        '⟨b¦anterior mediastinal mass ⟪8.2 x 6.0 cm¦size⟫, SUV ⟪16.4¦lab⟫⟩ '
        '(⟦4:96-118¦4:96-118¦range¦b⟧).\nABDOMEN: ⟨c¦splenic lesions⟩ (⟦4:160, '
        '4:171¦4:160,4:171¦list¦c⟧).\nAnn Arbor ⟪stage IIIB¦staging⟫.'
    ),
    (
        'z-us-09',
        'US',
        'ADDENDUM: After discussion with the oncology fellow (⟪x4-6620¦phone⟫), ⟨a¦the ⟪4 mm¦size⟫ '
        'hepatic hypodensity⟩ (⟦image 52 on series 3¦3:52¦full_en¦a⟧) ⟨b¦was present and unchanged on the '
        '⟪2024¦date⟫ comparison⟩ (⟦image 49 on series 2¦p2:49¦prior¦b⟧) and is too small to characterize.'
    ),
    (
        'z-us-10',
        'US',
        'Bone scan and correlative CT. ⟨a¦Increased uptake in the ⟪left 4th and 5th ribs¦counter⟫ in a '
        'linear pattern, healing fractures⟩ (CT ⟦Se 2 Im 88-96¦2:88-96¦range¦a⟧). ⟨b¦Sclerotic lesion in '
        'the right iliac bone⟩ (⟦Se 2 Im 301¦2:301¦abbrev_en¦b⟧) ⟨c¦unchanged from ⟪5/2025¦date⟫⟩ (prior '
        '⟦Se 2 Im 296¦p2:296¦prior¦c⟧). PSA ⟪0.4 ng/mL¦lab⟫.'
    ),
    (
        'z-us-11',
        'US',
        'CT chest without contrast, ILD protocol. ⟨a¦Ground-glass and fine reticulation in the lower '
        'lobes with subpleural sparing⟩ (⟦ser. 3 img. 180, 188¦3:180,3:188¦list¦a⟧). ⟨b¦Patulous '
        'esophagus⟩ (⟦ser. 3 img. 60¦3:60¦abbrev_en¦b⟧). Prone images: ⟨c¦dependent opacity persists⟩ '
        '(⟦ser. 8 img. 41¦8:41¦abbrev_en¦c⟧). ⟪FVC 68% predicted¦lab⟫.'
    ),
    (
        'z-us-12',
        'US',
        'MRI abdomen (liver). ⟨a¦⟪1.8 cm¦size⟫ arterially enhancing observation in ⟪segment 6¦segment⟫ '
        'with washout and capsule⟩ (⟦series 1101, image 42¦1101:42¦full_en¦a⟧; ⟦series 1501, image '
        '44¦1501:44¦full_en¦a⟧), ⟪LR-5¦birads⟫. ⟨b¦Previously ⟪1.1 cm¦size⟫, LR-4⟩ on ⟪10/14/2025¦date⟫ '
        '(⟦series 1101, image 40¦p1101:40¦prior¦b⟧). ⟪AFP 22 ng/mL¦lab⟫, ⟪MELD 11¦birads⟫.'
    ),
    (
        'z-us-13',
        'US',
        'Aortic CTA. ⟨a¦Infrarenal AAA ⟪5.7 cm¦size⟫⟩ (⟦Series 5 Image 220¦5:220¦full_en¦a⟧), ⟨b¦neck '
        'length ⟪18 mm¦size⟫, angulation ⟪45 degrees¦ratio⟫⟩ (⟦Series 5 Images 190 through '
        '205¦5:190-205¦range¦b⟧). ⟨c¦Accessory right renal artery⟩ (⟦Series 5 Image '
        '188¦5:188¦full_en¦c⟧). BP ⟪142/88¦blood_pressure⟫, creatinine ⟪1.3 mg/dL¦lab⟫.'
    ),
    (
        'z-us-14',
        'US',
        'CTA abdomen, GI bleed. ⟨a¦Active contrast extravasation in the ascending colon⟩ (arterial '
        '⟦3:122¦3:122¦compact¦a⟧) ⟨b¦increasing on the delayed phase⟩ (⟦7:124¦7:124¦compact¦b⟧). '
        '⟨c¦Diverticulosis throughout the sigmoid⟩ (⟦3:160-188¦3:160-188¦range¦c⟧). ⟪Hgb 6.9 g/dL¦lab⟫, '
        '⟪2 units¦counter⟫ PRBC. IR paged at ⟪9:14 PM¦time⟫.'
    ),
)

EXCERPTS: list[Excerpt] = [_excerpt(eid, origin, marked) for eid, origin, marked in _RAW]
