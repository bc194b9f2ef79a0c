"""Held-out refs AJ: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K .. Z and
AA .. AI (to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's/Y's floor tests. Written in one pass, reread once for ambiguity,
then measured once. Do not tune the miner on these texts; measure with `python -m
tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_aj.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section (a phase heading
"Arterielle Phase (Serie 4):", "Kontrollserie 3, Bild 12"), else series is None; a series named only by what it
shows (a sequence, phase, map or reconstruction: "ADC-Karte Bild 21", "Tmax map image 8", "SPECT/CT fusioniert
Bild 34", "3D VRT image 12") carries no series number, so such a citation is gold with series None; a plane word
changes nothing; a citation into a prior, comparison, outside, interim, Vorbefund or pre-procedure study is gold
with prior_study true and class `prior`. Only the series/image words and numbers are inside a citation's visible
span; sequence, phase, map, plane, kernel and prior words before it stay outside. Lang follows refs C (German for
DE/AT/CH). Where a sequence-named citation would follow a numbered series in the same section (and so by the
convention inherit it against a reader's sense), the citation was given its own series number instead.

Mix: 70 excerpts (14 each DE, AT, CH German; UK, US English). Site habits leaned on here: multi-phase,
multi-sequence and procedural studies: liver MR (Gd-EOB/gadoxetate arterial, transitional, hepatobiliary phases,
DWI/ADC, chemical shift, T2* iron), multiphase liver/pancreas CT with phase headings, CTA aorta and run-off with
MIP/VRT/curved MPR, coronary CTA with phase percentages and heart rates, TAVI/TAVR and LAA planning, bypass CT,
cardiac MR (cine short axis, LGE/PSIR, T1/T2 mapping, stress perfusion), brain MR (post-contrast T1, SWI, FLAIR,
DSC rCBV maps, stroke DWI/ADC/TOF), CT perfusion maps (Tmax, CBF), dual-energy CT (iodine map, VNC, VNCa, urate
colour map, monoenergetic keV, stone composition, PBV), PET/CT and SPECT/CT fused versus CT series (FDG, PSMA,
DOTATATE, MIBI, DPD, sentinel), CT-guided biopsies, drainages, ablations (microwave, RF, cryo), vertebroplasty,
hookwire localisation, MR-guided vacuum biopsy, TACE control (planning scan, needle/antenna position, control
scan). Forms: DE "(hepatobiliäre Phase Bild 44)", "Kontrollserie 3, Bild 12", "Serie 5, Bild 30-34", "Curved-MPR
Serie 8, Bild 4", "Serie 3, Bild 140 und 146", "SWI 9/40", "FLAIR Se 5/Bi 16", "MIP Se 9 Bi 14", "Jodkarte Bild 66
bis 74", glued "Se3Bi98", phase headings with "Bild 55"; AT "Sr. 3 Img. 14", "Sr. 20, Img. 310 bis 330", "Img. 97"
after "Sr. 12", "Serie 4 Bild 8 und Bild 11", "Schnittbild 14", "Sr. 1401 Img. 33", "Sr. 31, Schicht 4 und 5",
"Sr. 7 Img. 31, 33"; CH "[Ser. 11, Bild 36]", "Bild 44 (Serie 2)", "Bild 6, 8 und 10 (Serie 4)", "Serie 602, Bild
118 und 131", "Ser. 3/Bild 88", "Ser. 8/Bild 10-13", "[Serie 5, Bild 171-180]", "Ser. 4 Bild 18-22", "Se 12, Bi 30",
"[Serie 2: Bild 51]", "Se. 11/Bi. 20, 22", "Schnitt 14 (Serie 8)"; UK "planning series 2, image 38", "series 6
images 9 and 10", "Se 24 Im 5 and 6", "series 7 images 14-17", "series 4 images 150 to 158", "Se 11 Im 49, 53 and
57", a "Pancreatic phase (series 4):" heading with "image 61", "images 64-68"; US colon-compact "(2:44)", "(4:12,
4:14)", "(6:10-20)", "1101:33", slash "SWI 10/44, 10/52", "series 10, images 540 through 560", "series 5, images
4, 6 and 7", "image 45 of series 3", phase headings "Late arterial (series 11):". Prior words: VU, Vor-MRT,
Vor-CT, Vorbefund, Voruntersuchung, auswärtige CT, Interim-PET, Vor-DECT, Screening-MRT, Fremd-MRT, Planungs-CT,
prä-interventionelle MRT, prior, previously, comparison CT, outside CT/PET, staging CT. Confounders in the same
sentences: b-values, phase percentages, heart rates, kV/kVp and keV, contrast and drug volumes and doses, MBq and
mCi, needle gauges and catheter French sizes, SUVmax, HU, ADC, T1/T2/R2* values, rCBV, ECV and LVEF, Tmax/CBF
thresholds, times (s, min, h, clock), sizes and volumes, dates, segments (liver, lung, AHA, vessel), vertebral and
nodal levels, scores and grades (CAD-RADS, LI-RADS, Lung-RADS, ASPECTS, NIHSS, GCS, Deauville, Krenning, FIGO,
BI-RADS, TNM), lab values, counters (cores, passes, phases "12 von 25", "4-Kammer"), phone and extension numbers.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

# fmt: off
_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- Germany
    ("de01", "DE",
     "MRT Leber mit Gd-EOB. Befund: ⟨a¦In der hepatobiliären Phase hypointense Läsion in ⟪Segment 7¦segment⟫, "
     "⟪18 mm¦size⟫⟩ (hepatobiliäre Phase ⟦Bild 44¦-:44¦image_only¦a⟧), ⟨b¦in der DWI ⟪b 800¦counter⟫ deutlich "
     "diffusionsrestringiert⟩ (⟦Bild 21¦-:21¦image_only¦b⟧) ⟨c¦mit einem ADC von ⟪0,9 x 10-3 mm²/s¦lab⟫⟩ (ADC-Karte "
     "⟦Bild 21¦-:21¦image_only¦c⟧). ⟨d¦In der Vor-MRT vom ⟪12.03.2026¦date⟫ noch ⟪11 mm¦size⟫⟩ (VU "
     "⟦Serie 1801, Bild 40¦p1801:40¦prior¦d⟧)."),
    ("de02", "DE",
     "CT-gesteuerte Lungenbiopsie rechts in Bauchlage. ⟨a¦Zielläsion im apikalen Unterlappensegment rechts, "
     "⟪23 x 19 mm¦size⟫⟩ (Planungsserie ⟦Bild 31¦-:31¦image_only¦a⟧). Zugang dorsal, Hautabstand ⟪6,4 cm¦size⟫. "
     "⟨b¦Koaxialnadel ⟪17 G¦size⟫ mit der Spitze am Läsionsrand⟩ (Kontrollserie 3, ⟦Bild 12¦3:12¦image_only¦b⟧), "
     "Entnahme von ⟪4¦counter⟫ Stanzzylindern ⟪18 G¦size⟫. Abschluss-Scan: ⟨c¦schmaler apikaler Pneumothorax mit "
     "⟪8 mm¦size⟫ Saum⟩ (⟦Serie 5, Bild 9¦5:9¦full_de¦c⟧), ⟨d¦kleine perifokale Einblutung⟩ "
     "(⟦Serie 5, Bild 30-34¦5:30-34¦range¦d⟧). DLP ⟪212 mGy*cm¦dose⟫."),
    ("de03", "DE",
     "Koronar-CTA, prospektiv getriggert, ⟪HF 58/min¦blood_pressure⟫, Rekonstruktion bei ⟪75 %¦ratio⟫ des "
     "RR-Intervalls, ⟪100 kV¦dose⟫, ⟪70 ml¦dose⟫ Iomeprol. Befund: ⟨a¦Gemischte Plaque im proximalen RIVA mit "
     "⟪50-69 %¦ratio⟫iger Stenose⟩ (Curved-MPR ⟦Serie 8, Bild 4¦8:4¦full_de¦a⟧; axial "
     "⟦Serie 3, Bild 112¦3:112¦full_de¦a⟧). ⟨b¦Kalzifizierte Plaque der RCA im ⟪Segment 2¦segment⟫ ohne relevante "
     "Stenose⟩ (⟦Serie 3, Bild 140 und 146¦3:140,3:146¦list¦b⟧). Agatston-Score ⟪312¦lab⟫. Beurteilung: "
     "⟪CAD-RADS 3¦staging⟫."),
    ("de04", "DE",
     "PSMA-PET/CT nach ⟪212 MBq¦dose⟫ Ga-PSMA. Befund: ⟨a¦PSMA-avider Lymphknoten iliakal extern links, ⟪9 mm¦size⟫, "
     "⟪SUVmax 14,2¦lab⟫⟩ (Fusion ⟦Bild 188¦-:188¦image_only¦a⟧, CT ⟦Serie 4, Bild 188¦4:188¦full_de¦a⟧). ⟨b¦Fokale "
     "Mehrbelegung in der ⟪7. Rippe¦level⟫ rechts dorsal ohne CT-Korrelat⟩ (PET ⟦Serie 6, Bild 102¦6:102¦full_de¦b⟧). "
     "⟨c¦Im Vorbefund vom ⟪04.09.2025¦date⟫ maß der Lymphknoten ⟪6 mm¦size⟫ bei ⟪SUVmax 5,1¦lab⟫⟩ "
     "(⟦Serie 4, Bild 181¦p4:181¦prior¦c⟧). PSA aktuell ⟪2,3 ng/ml¦lab⟫."),
    ("de05", "DE",
     "MRT Schädel nativ und nach ⟪0,1 mmol/kg¦dose⟫ Gadobutrol. ⟨a¦Ringförmig anreichernde Läsion hochfrontal "
     "rechts, ⟪14 mm¦size⟫⟩ (post-KM T1 fs ⟦Bild 18¦-:18¦image_only¦a⟧, 3D-MPRAGE "
     "⟦Serie 11, Bild 142¦11:142¦full_de¦a⟧), ⟨b¦mit Suszeptibilitätsartefakten im Sinne von Blutabbauprodukten⟩ "
     "(SWI ⟦9/40¦9:40¦slash¦b⟧). Perifokales Ödem in der FLAIR. ⟨d¦Eine zweite, "
     "⟪4 mm¦size⟫ messende Läsion zerebellär links⟩ (⟦Serie 11, Bild 38¦11:38¦full_de¦d⟧), ⟨e¦in der Vor-MRT "
     "vom ⟪03/2026¦date⟫ noch nicht abgrenzbar⟩ (VU ⟦Serie 10, Bild 37¦p10:37¦prior¦e⟧)."),
    ("de06", "DE",
     "CTA Aorta, ⟪120 kV¦dose⟫, ⟪80 ml¦dose⟫ KM, Bolustracking ⟪150 HU¦lab⟫. ⟨a¦Infrarenales Aortenaneurysma mit "
     "maximalem Durchmesser von ⟪54 mm¦size⟫⟩ (arterielle Phase ⟦Bild 212¦-:212¦image_only¦a⟧; koronare MPR "
     "⟦Serie 7, Bild 58¦7:58¦plane¦a⟧), ⟨b¦Halsdurchmesser ⟪24 mm¦size⟫, Halslänge ⟪18 mm¦size⟫⟩ "
     "(⟦Serie 7, Bild 61¦7:61¦full_de¦b⟧). ⟨c¦Abgangsstenose der A. renalis links⟩ (MIP "
     "⟦Se 9 Bi 14¦9:14¦abbrev_de¦c⟧). "
     "⟨d¦Im Vor-CT vom ⟪11.11.2025¦date⟫ betrug der Durchmesser ⟪49 mm¦size⟫⟩ (⟦Serie 4, Bild 205¦p4:205¦prior¦d⟧)."),
    ("de07", "DE",
     "Dual-Energy-CT Thorax (⟪80/Sn150 kV¦dose⟫). ⟨a¦Segmentaler Perfusionsausfall im Unterlappen rechts⟩ "
     "(Jodkarte ⟦Bild 66 bis 74¦-:66-74¦range¦a⟧), ⟨b¦korrespondierend zu einem Embolus in der "
     "⟪Segmentarterie 9¦segment⟫⟩ (Mischbild ⟦Serie 3, Bild 70¦3:70¦full_de¦b⟧). RV/LV-Quotient ⟪1,1¦ratio⟫. "
     "⟨c¦Keine weiteren Emboli; kleiner Pleuraerguss rechts⟩ (⟦Se3Bi98¦3:98¦glued¦c⟧). Troponin ⟪48 ng/l¦lab⟫."),
    ("de08", "DE",
     "CT Abdomen dreiphasig, ⟪100 ml¦dose⟫ KM. Arterielle Phase (Serie 4): ⟨a¦hypervaskularisierte Läsion in "
     "⟪Segment 4a¦segment⟫, ⟪16 mm¦size⟫⟩, ⟦Bild 55¦4:55¦image_only¦a⟧. Portalvenöse Phase (Serie 5): ⟨b¦Washout⟩ "
     "⟦Bild 57¦5:57¦image_only¦b⟧. Spätphase (Serie 6), ⟪180 s¦time⟫ p.i.: ⟨c¦Kapselzeichen⟩ "
     "⟦Bild 56¦6:56¦image_only¦c⟧. ⟨d¦Im Vergleich zur VU vom ⟪02.05.2026¦date⟫ größenprogredient (damals "
     "⟪11 mm¦size⟫)⟩ (VU ⟦Serie 4, Bild 51¦p4:51¦prior¦d⟧). AFP ⟪412 ng/ml¦lab⟫. LI-RADS ⟪5¦staging⟫."),
    ("de09", "DE",
     "Kardio-MRT. LVEF ⟪38 %¦ratio⟫, LVEDV ⟪212 ml¦size⟫. ⟨b¦Transmurales Late Enhancement inferolateral basal und "
     "midventrikulär (⟪AHA-Segmente 4, 5, 10 und 11¦segment⟫)⟩ (LGE Kurzachse "
     "⟦Serie 22, Bild 5 und 9¦22:5,22:9¦list¦b⟧). ⟨c¦Korrespondierende Akinesie⟩ (Cine SA "
     "⟦Serie 14, Bild 6¦14:6¦full_de¦c⟧, ⟪Phase 12 von 25¦counter⟫). ⟨d¦Kein Ödem in der T2-STIR⟩ "
     "(⟦Serie 18, Bild 7¦18:7¦full_de¦d⟧). Natives T1 ⟪1045 ms¦lab⟫."),
    ("de10", "DE",
     "Interventionsbericht: CT-gesteuerte Drainage eines Leberabszesses. ⟨a¦Abszess in ⟪Segment 6¦segment⟫ mit "
     "⟪62 x 48 mm¦size⟫⟩ (Planungsscan ⟦Serie 2, Bild 41¦2:41¦full_de¦a⟧). Lokalanästhesie mit ⟪10 ml¦dose⟫ "
     "Lidocain ⟪1 %¦ratio⟫. Punktion mit ⟪18-G¦size⟫-Nadel, Seldinger-Technik, ⟪10 F¦size⟫ Pigtail-Katheter; "
     "⟨c¦Katheterspitze im Abszesszentrum⟩ (Kontrolle ⟦Serie 6, Bild 14¦6:14¦full_de¦c⟧). ⟪40 ml¦dose⟫ "
     "Eiter aspiriert. ⟨d¦Verglichen mit der auswärtigen CT vom ⟪28.06.2026¦date⟫ größenkonstant⟩ (dort "
     "⟦Serie 3, Bild 66¦p3:66¦prior¦d⟧)."),
    ("de11", "DE",
     "CT Thorax mit KM. ⟨a¦Solider Rundherd im Mittellappen, ⟪9 mm¦size⟫⟩ (Lungenfenster "
     "⟦Serie 6, Bild 143¦6:143¦full_de¦a⟧). ⟨b¦Osteolyse im "
     "⟪BWK 8¦level⟫⟩ (Knochenkern ⟦Se 7/Bi 201¦7:201¦abbrev_de¦b⟧; sagittal ⟦Se 10/Bi 44¦10:44¦plane¦b⟧). ⟨c¦Im "
     "Vorbefund maß der Rundherd ⟪6 mm¦size⟫⟩ (Vor-CT ⟦Se 5/Bi 139¦p5:139¦prior¦c⟧). ⟪Lung-RADS 4A¦staging⟫."),
    ("de12", "DE",
     "CT-Perfusion: ⟨a¦Verlängerte Tmax über ⟪6 s¦time⟫ im Mediastromgebiet links, Volumen ⟪64 ml¦size⟫⟩ "
     "(Tmax-Karte ⟦Bild 12¦-:12¦image_only¦a⟧), ⟨b¦Infarktkern mit CBF unter ⟪30 %¦ratio⟫ von ⟪11 ml¦size⟫⟩ "
     "(CBF-Karte ⟦Bild 14¦-:14¦image_only¦b⟧). ⟨c¦Verschluss des ⟪M1-Segments¦segment⟫ links⟩ (CTA-MIP "
     "⟦Serie 5, Bild 24¦5:24¦full_de¦c⟧). ⟪ASPECTS 8¦staging⟫. Befund telefonisch um ⟪03:12 Uhr¦time⟫ an den "
     "Dienstarzt Neurologie (⟪Tel. 4471¦phone⟫)."),
    ("de13", "DE",
     "Skelettszintigraphie mit ⟪680 MBq¦dose⟫ ⟪Tc-99m¦dose⟫-DPD, SPECT/CT der LWS. ⟨a¦Fokale Mehranreicherung im "
     "⟪LWK 3¦level⟫ rechts⟩ (SPECT/CT fusioniert ⟦Bild 34¦-:34¦image_only¦a⟧) ⟨b¦mit korrespondierender "
     "sklerotischer Läsion⟩ (Low-dose-CT ⟦Serie 3, Bild 34¦3:34¦full_de¦b⟧). ⟨c¦In der Voruntersuchung vom "
     "⟪05.01.2026¦date⟫ bereits angedeutet⟩ (⟦Serie 3, Bild 31¦p3:31¦prior¦c⟧). Läsion/Untergrund ⟪2,4¦ratio⟫."),
    ("de14", "DE",
     "TACE-Kontrolle, Lipiodol-CT nativ. ⟨a¦Dichte Lipiodolretention im Tumor in ⟪Segment 8¦segment⟫⟩ "
     "(⟦Serie 2, Bild 30 bis 38¦2:30-38¦range¦a⟧), ⟨b¦kleiner Aussparungsdefekt am kranialen Rand⟩ "
     "(⟦Serie 2, Bild 29¦2:29¦full_de¦b⟧). ⟨c¦In der prä-interventionellen MRT, arterielle Phase, maß der Tumor "
     "⟪31 mm¦size⟫⟩ (⟦Serie 9, Bild 22¦p9:22¦prior¦c⟧). Appliziert: ⟪8 ml¦dose⟫ Lipiodol, ⟪60 mg¦dose⟫ Epirubicin."),
    # ---------------------------------------------------------------- Austria
    ("at01", "AT",
     "MRT Leber mit Primovist, DWI mit ⟪b 50/400/800¦counter⟫. ⟨a¦Zyste in ⟪Segment 2¦segment⟫⟩ (T2 HASTE "
     "⟦Sr. 3 Img. 14¦3:14¦abbrev_de¦a⟧). ⟨b¦Hämangiom in ⟪Segment 6¦segment⟫ mit nodulärem peripherem "
     "Enhancement⟩ (arteriell ⟦Sr. 8 Img. 40¦8:40¦abbrev_de¦b⟧, nach ⟪3 min¦time⟫ "
     "⟦Sr. 10 Img. 40¦10:40¦abbrev_de¦b⟧). ⟨c¦Keine Diffusionsrestriktion⟩ (ADC ⟦Sr. 6 Img. 22¦6:22¦abbrev_de¦c⟧)."),
    ("at02", "AT",
     "TAVI-Planungs-CT, EKG-getriggert, Rekonstruktionen bei ⟪30 %¦ratio⟫ und ⟪70 %¦ratio⟫ RR. ⟨a¦Anulusfläche "
     "⟪482 mm²¦size⟫, Perimeter ⟪79 mm¦size⟫⟩ (systolisch, ⟦Sr. 12 Img. 88¦12:88¦abbrev_de¦a⟧). ⟨b¦Abstand Anulus "
     "zum linken Koronarostium ⟪13 mm¦size⟫⟩ (⟦Sr. 12 Img. 102¦12:102¦abbrev_de¦b⟧), ⟨c¦zum rechten "
     "⟪16 mm¦size⟫⟩ (⟦Img. 97¦12:97¦image_only¦c⟧). ⟨d¦Iliakalachse rechts mit minimalem Durchmesser "
     "⟪6,8 mm¦size⟫⟩ (Becken-Angio ⟦Sr. 20, Img. 310 bis 330¦20:310-330¦range¦d⟧). KM ⟪90 ml¦dose⟫, "
     "⟪DLP 840 mGy*cm¦dose⟫."),
    ("at03", "AT",
     "CT-gezielte Biopsie ⟪BWK 11¦level⟫. ⟨a¦Osteolytische Läsion im Wirbelkörper links⟩ (Planung "
     "⟦Serie 2 Bild 61¦2:61¦full_de¦a⟧). Transpedikulärer Zugang links, ⟪11 G¦size⟫ Jamshidi-Nadel. ⟨b¦Nadelspitze "
     "in der Läsion⟩ (⟦Serie 4 Bild 8 und Bild 11¦4:8,4:11¦list¦b⟧). ⟨c¦Kein Hämatom, kein Pneumothorax⟩ "
     "(Abschlussserie ⟦Serie 6 Bild 10¦6:10¦full_de¦c⟧). ⟪3¦counter⟫ Zylinder an die Pathologie. ⟨d¦Die Läsion ist "
     "gegenüber dem MRT vom ⟪12. Jänner 2026¦date⟫ größenprogredient⟩ (MRT-Vorbefund "
     "⟦Sr. 7 Img. 12¦p7:12¦prior¦d⟧). Rückfragen ⟪DW 3312¦phone⟫."),
    ("at04", "AT",
     "FDG-PET/CT, ⟪310 MBq¦dose⟫, BZ ⟪98 mg/dl¦lab⟫, Akquisition ⟪62 min¦time⟫ p.i. ⟨a¦Mediastinales "
     "Lymphomkonglomerat, ⟪SUVmax 18,4¦lab⟫⟩ (PET/CT-Fusion ⟦Sr. 5 Img. 120¦5:120¦abbrev_de¦a⟧), ⟨b¦supraklavikulärer "
     "Lymphknoten links, ⟪14 mm¦size⟫⟩ (⟦Sr. 5 Img. 71¦5:71¦abbrev_de¦b⟧). ⟨c¦Milz diffus mehrspeichernd⟩ "
     "(⟦Img. 180 bis 196¦5:180-196¦range¦c⟧). ⟨d¦Im Interim-PET vom ⟪03.02.2026¦date⟫ ⟪Deauville 4¦staging⟫⟩ "
     "(⟦Sr. 5 Img. 118¦p5:118¦prior¦d⟧)."),
    ("at05", "AT",
     "MRT Nieren. ⟨a¦Zystische Läsion am Unterpol links, ⟪22 mm¦size⟫⟩ (T2 koronar ⟦Schnittbild "
     "14¦-:14¦slice_word¦a⟧), "
     "⟨b¦verdicktes Septum mit geringem Enhancement⟩ (Subtraktion nephrographisch, "
     "⟦Sr. 1401 Img. 33¦1401:33¦abbrev_de¦b⟧). ⟨c¦Keine Diffusionsrestriktion⟩ (DWI ⟪b 1000¦counter⟫, "
     "⟦Sr. 6 Img. 19¦6:19¦abbrev_de¦c⟧). ⟨d¦Im Vor-CT vom ⟪09/2025¦date⟫ war das Septum zart⟩ "
     "(⟦Serie 3, Bild 77¦p3:77¦prior¦d⟧). Kreatinin ⟪1,1 mg/dl¦lab⟫."),
    ("at06", "AT",
     "DECT beider Füße (⟪80/150 kV¦dose⟫). ⟨a¦Uratablagerungen am ⟪MTP-1¦level⟫ rechts⟩ (Farbkodierung "
     "⟦Img. 45¦-:45¦image_only¦a⟧; VRT ⟦Img. 3¦-:3¦image_only¦a⟧). ⟨b¦Erosion am Metatarsale-I-Köpfchen⟩ "
     "(Knochenfenster ⟦Sr. 4 Img. 52¦4:52¦abbrev_de¦b⟧). Harnsäure ⟪8,9 mg/dl¦lab⟫, Uratvolumen ⟪0,42 "
     "cm³¦size⟫. Im Vor-DECT vom ⟪Juli 2025¦date⟫ betrug das Volumen ⟪0,61 cm³¦size⟫."
     ""),
    ("at07", "AT",
     "Kardio-MRT. ⟨a¦Subepikardiales Late Enhancement lateral⟩ (PSIR Kurzachse "
     "⟦Sr. 31, Schicht 4¦31:4¦slice_word¦a⟧), ⟨b¦T2-Mapping erhöht mit ⟪58 ms¦lab⟫⟩ "
     "(⟦Sr. 27 Img. 4¦27:4¦abbrev_de¦b⟧). ⟨c¦Kleiner Perikarderguss, ⟪5 mm¦size⟫⟩ (Cine ⟪4-Kammer¦counter⟫ "
     "⟦Sr. 12 Img. 9¦12:9¦abbrev_de¦c⟧), ⟪Herzfrequenz 92/min¦blood_pressure⟫. LVEF ⟪54 %¦ratio⟫, Troponin "
     "⟪212 ng/l¦lab⟫."),
    ("at08", "AT",
     "Mikrowellenablation ⟪Segment 7¦segment⟫. ⟨a¦Zielläsion ⟪19 mm¦size⟫⟩ (Planung nativ "
     "⟦Serie 3 Bild 44¦3:44¦full_de¦a⟧). ⟨b¦Antenne zentral in der Läsion⟩ (⟦Serie 7 Bild 40 bis 46¦7:40-46¦range¦b⟧), "
     "Ablation ⟪10 min¦time⟫ bei ⟪100 W¦dose⟫. ⟨c¦Ablationszone ⟪38 x 34 mm¦size⟫ mit Sicherheitssaum⟩ "
     "(Kontroll-CT portalvenös ⟦Serie 12 Bild 43¦12:43¦full_de¦c⟧). ⟨d¦Zielläsion in der Vor-MRT vom "
     "⟪4. März¦date⟫ hepatobiliär gut abgrenzbar⟩ (⟦Sr. 1501 Img. 60¦p1501:60¦prior¦d⟧)."),
    ("at09", "AT",
     "CTA Becken-Bein. ⟨a¦Verschluss der A. femoralis superficialis rechts über ⟪12 cm¦size⟫⟩ (MIP koronar "
     "⟦Sr. 8 Img. 22¦8:22¦plane¦a⟧), ⟨b¦Rekanalisation über "
     "Kollateralen im ⟪P1-Segment¦segment⟫⟩ (⟦Sr. 4 Img. 540¦4:540¦abbrev_de¦b⟧). ⟨c¦Stenose der A. iliaca communis "
     "links von ⟪70 %¦ratio⟫⟩ (VRT ⟦Sr. 9 Img. 11¦9:11¦abbrev_de¦c⟧), ⟨d¦im Vorbefund vom ⟪Jänner 2026¦date⟫ noch "
     "⟪50 %¦ratio⟫⟩ (⟦Sr. 4 Img. 240¦p4:240¦prior¦d⟧). ABI rechts ⟪0,62¦ratio⟫."),
    ("at10", "AT",
     "Nebenschilddrüsenszintigraphie mit ⟪740 MBq¦dose⟫ MIBI, Früh- und Spätaufnahme nach ⟪15 min¦time⟫ und "
     "⟪2 h¦time⟫. ⟨a¦Persistierende Mehranreicherung kaudal des linken Schilddrüsenunterpols⟩ (SPECT/CT fusioniert "
     "⟦Bild 58¦-:58¦image_only¦a⟧), ⟨b¦korrespondierend ein ⟪9 x 6 mm¦size⟫ Knoten im Low-dose-CT⟩ "
     "(⟦Serie 3 Bild 58¦3:58¦full_de¦b⟧). PTH ⟪142 pg/ml¦lab⟫, Calcium ⟪2,78 mmol/l¦lab⟫. ⟨c¦Im auswärtigen "
     "Ultraschall vom ⟪10.01.2026¦date⟫ als Lymphknoten beschrieben⟩ (dort ⟦Serie 1, Bild 7¦p1:7¦prior¦c⟧)."),
    ("at11", "AT",
     "Bypass-CT, ⟪HF 64/min¦blood_pressure⟫ nach ⟪5 mg¦dose⟫ Metoprolol i.v. ⟨a¦LIMA auf RIVA offen⟩ (VRT "
     "⟦Sr. 14 Img. 6¦14:6¦abbrev_de¦a⟧). ⟨b¦Venenbypass zur RCA proximal verschlossen⟩ (Curved MPR "
     "⟦Sr. 16 Img. 3¦16:3¦abbrev_de¦b⟧, ⟪Phase 70 %¦ratio⟫), "
     "⟨c¦Venenbypass zum ⟪Marginalast 1¦segment⟫ offen⟩ (⟦Sr. 5 Img. 80 bis 112¦5:80-112¦range¦c⟧). ⟨d¦Im Vorbefund "
     "vom ⟪Oktober 2024¦date⟫ war der RCA-Bypass noch perfundiert⟩ (⟦Serie 4, Bild 60¦p4:60¦prior¦d⟧)."),
    ("at12", "AT",
     "MR-gestützte Vakuumbiopsie rechts, ⟪9 G¦size⟫. ⟨a¦Zielläsion: ⟪8 mm¦size⟫ Non-mass-Enhancement bei "
     "⟪10 Uhr¦time⟫⟩ (Subtraktion ⟦Sr. 1003 Img. 88¦1003:88¦abbrev_de¦a⟧). ⟨b¦Nadelposition am Zielort⟩ (Kontrolle "
     "T1 ⟦Sr. 9 Img. 14¦9:14¦abbrev_de¦b⟧). ⟪12¦counter⟫ Proben. ⟨c¦Clip ⟪3 mm¦size⟫ kranial der Biopsiehöhle⟩ "
     "(⟦Sr. 11 Img. 15¦11:15¦abbrev_de¦c⟧). ⟨d¦Befund gegenüber der Screening-MRT vom ⟪02.02.2026¦date⟫ "
     "unverändert⟩ (⟦Sr. 1003 Img. 91¦p1003:91¦prior¦d⟧). ⟪BI-RADS 4¦birads⟫."),
    ("at13", "AT",
     "MRT Schädel, Gliomnachsorge. ⟨a¦Kontrastmittelanreichernder Tumoranteil temporal links⟩ (T1 post-KM "
     "⟦Sr. 14 Img. 33¦14:33¦abbrev_de¦a⟧) ⟨b¦mit erhöhtem rCBV von ⟪3,4¦ratio⟫⟩ (rCBV-Karte "
     "⟦Sr. 21 Img. 12¦21:12¦abbrev_de¦b⟧). ⟨c¦Keine Diffusionsrestriktion⟩ (⟦Sr. 6 Img. 17¦6:17¦abbrev_de¦c⟧). "
     "⟨d¦In der Vor-MRT vom ⟪11.05.2026¦date⟫ maß die Anreicherung ⟪12 x 9 mm¦size⟫⟩ "
     "(⟦Sr. 14 Img. 31¦p14:31¦prior¦d⟧), das rCBV damals ⟪1,8¦ratio⟫. "
     "Dexamethason ⟪4 mg¦dose⟫ täglich."),
    ("at14", "AT",
     "Vertebroplastie ⟪LWK 1¦level⟫. ⟨a¦Frakturlinie mit Höhenminderung von ⟪30 %¦ratio⟫⟩ (Planung sagittal "
     "⟦Sr. 3 Img. 24¦3:24¦plane¦a⟧). Bipedikulärer Zugang, ⟪13 G¦size⟫ Kanülen, ⟪4,5 ml¦dose⟫ PMMA. "
     "⟨b¦Zementverteilung homogen, geringer Austritt in den Bandscheibenraum ⟪LWK 1/2¦level⟫⟩ (Kontrolle "
     "⟦Sr. 7 Img. 33¦7:33¦abbrev_de¦b⟧). ⟨c¦Im Vorbefund-MRT Knochenmarködem⟩ (STIR "
     "⟦Sr. 5 Img. 9¦p5:9¦prior¦c⟧)."),
    # ---------------------------------------------------------------- Switzerland
    ("ch01", "CH",
     "MRT Leber mit Gadoxetat. ⟨a¦In ⟪Segment 8¦segment⟫ Knoten von ⟪24 mm¦size⟫ mit arteriellem "
     "Hyperenhancement⟩ (späte arterielle Phase, [⟦Ser. 11, Bild 36¦11:36¦full_de¦a⟧]) ⟨b¦und Washout in der "
     "Übergangsphase⟩ ([⟦Ser. 14, Bild 35¦14:35¦full_de¦b⟧]). ⟨c¦Hypointens in der hepatobiliären Phase nach "
     "⟪20 min¦time⟫⟩ ([⟦Ser. 18, Bild 35¦18:35¦full_de¦c⟧]). ⟪LR-5¦staging⟫. ⟨d¦In der Voruntersuchung vom "
     "⟪14.12.2025¦date⟫ ⟪17 mm¦size⟫⟩ ([VU ⟦Ser. 11, Bild 33¦p11:33¦prior¦d⟧])."),
    ("ch02", "CH",
     "CT-gesteuerte Punktion eines Lungenrundherdes links. ⟨a¦Rundherd im ⟪Segment 6¦segment⟫ links, ⟪15 mm¦size⟫, "
     "Hautdistanz ⟪72 mm¦size⟫⟩ (Planung ⟦Bild 44 (Serie 2)¦2:44¦full_de¦a⟧). ⟨b¦Koaxialnadel ⟪19 G¦size⟫ mit der "
     "Spitze in der Läsion⟩ (⟦Bild 6 und 10 (Serie 4)¦4:6,4:10¦list¦b⟧). ⟨c¦Postinterventionell kleiner "
     "Pneumothorax ventral⟩ (⟦Bild 15 (Serie 7)¦7:15¦full_de¦c⟧), keine Drainage nötig. Thoraxröntgen-Kontrolle "
     "um ⟪16:00¦time⟫."),
    ("ch03", "CH",
     "FDG-PET/CT zum Staging. ⟨a¦Primärtumor im linken Oberlappen, ⟪38 mm¦size⟫, ⟪SUVmax 16,1¦lab⟫⟩ (Fusion "
     "⟦Serie 602, Bild 140¦602:140¦full_de¦a⟧). ⟨b¦Hypermetabole "
     "Lymphknoten in ⟪Station 4L¦level⟫ und ⟪Station 7¦level⟫⟩ (⟦Serie 602, Bild 118 und 131¦602:118,602:131¦list¦b⟧). "
     "⟨c¦Nebennierenknoten links ohne Mehrspeicherung, ⟪8 HE¦lab⟫⟩ (⟦Serie 3, Bild 210¦3:210¦full_de¦c⟧). "
     "⟪cT2b cN2 cM0¦staging⟫."),
    ("ch04", "CH",
     "Herz-MRT. ⟨a¦Asymmetrische septale Hypertrophie bis ⟪21 mm¦size⟫⟩ (Cine Kurzachse ⟦Bild 6¦-:6¦image_only¦a⟧, "
     "enddiastolisch). ⟨b¦Fleckiges intramurales LGE in ⟪Segment 3¦segment⟫ und ⟪Segment 9¦segment⟫⟩ "
     "(LGE-Kurzachse ⟦Bild 8¦-:8¦image_only¦b⟧). ⟨c¦SAM mit Obstruktion des LVOT⟩ (Cine ⟪3-Kammer¦counter⟫ "
     "⟦Bild 14¦-:14¦image_only¦c⟧), Gradient ⟪48 mmHg¦blood_pressure⟫. ECV ⟪31 %¦ratio⟫. ⟨d¦Im Vorbefund von "
     "⟪2024¦date⟫ Septum ⟪18 mm¦size⟫⟩ (Cine SAX ⟦Bild 6¦p-:6¦prior¦d⟧)."),
    ("ch05", "CH",
     "Spektral-CT Abdomen. ⟨a¦Nebennierenknoten rechts, ⟪18 mm¦size⟫, in VNC ⟪6 HE¦lab⟫⟩ (VNC-Serie "
     "⟦Bild 72¦-:72¦image_only¦a⟧) ⟨b¦mit einer Jodkonzentration von ⟪1,2 mg/ml¦lab⟫⟩ (Jodkarte "
     "⟦Bild 72¦-:72¦image_only¦b⟧), vereinbar mit Adenom. ⟨c¦Hypodense Nierenläsion links, ⟪11 mm¦size⟫, "
     "⟪0,3 mg/ml¦lab⟫ Jod, einer Zyste entsprechend⟩ (monoenergetisch ⟪50 keV¦dose⟫, ⟦Serie 9, Bild 90¦9:90¦full_de¦c⟧)"
     ". ⟨d¦Auswärtige CT vom ⟪08.08.2025¦date⟫: Knoten "
     "⟪17 mm¦size⟫⟩ (⟦Serie 2, Bild 31¦p2:31¦prior¦d⟧)."),
    ("ch06", "CH",
     "Radiofrequenzablation Osteoidosteom Tibia links. ⟨a¦Nidus von ⟪6 mm¦size⟫ kortikal dorsal⟩ (Planung "
     "Knochenfenster ⟦Ser. 3/Bild 88¦3:88¦slash¦a⟧). ⟨b¦Bohrkanal mit ⟪11 G¦size⟫ Trokar bis in den Nidus⟩ "
     "(⟦Ser. 6/Bild 12¦6:12¦slash¦b⟧), ⟨c¦RF-Elektrodenspitze zentral im Nidus⟩ (⟦Ser. 8/Bild 10-13¦8:10-13¦range¦c⟧), "
     "⟪90 °C¦lab⟫ über ⟪6 min¦time⟫. Im MRT vom ⟪03.03.2026¦date⟫ ausgedehntes Knochenmarködem."
     ""),
    ("ch07", "CH",
     "Koronar-CT, ⟪HF 71/min¦blood_pressure⟫. ⟨a¦Nicht kalzifizierte Plaque im RIVA proximal, Stenose "
     "⟪25-49 %¦ratio⟫⟩ (⟪75 %-Phase¦ratio⟫, [⟦Serie 5, Bild 140¦5:140¦full_de¦a⟧]). ⟨b¦Myokardbrücke des mittleren "
     "RIVA⟩ ([⟦Serie 5, Bild 171-180¦5:171-180¦range¦b⟧], systolisch ⟪40 %¦ratio⟫). "
     "⟨c¦Ramus circumflexus unauffällig⟩ ([⟦Serie 5, Bild 150¦5:150¦full_de¦c⟧]). ⟪CAD-RADS 2¦staging⟫. ⟨d¦In der "
     "Voruntersuchung vom ⟪06.2023¦date⟫ Stenose unter ⟪25 %¦ratio⟫⟩ ([⟦Serie 4, Bild 133¦p4:133¦prior¦d⟧])."),
    ("ch08", "CH",
     "MRT Schädel, Stroke-Protokoll. ⟨a¦Akuter Infarkt im Mediastromgebiet rechts, Volumen ⟪14 ml¦size⟫⟩ (DWI "
     "⟪b1000¦counter⟫, ⟦Ser. 4 Bild 18-22¦4:18-22¦range¦a⟧) ⟨b¦mit ADC-Absenkung⟩ (ADC-Karte "
     "⟦Ser. 5 Bild 20¦5:20¦full_de¦b⟧). ⟨c¦FLAIR-negativ, Zeitfenster unter ⟪4,5 h¦time⟫⟩ "
     "(⟦Ser. 7 Bild 20¦7:20¦full_de¦c⟧). ⟨d¦Thrombus im ⟪M2-Ast¦segment⟫⟩ (SWI ⟦Ser. 9 Bild 44¦9:44¦full_de¦d⟧)"
     ". ⟪NIHSS 7¦staging⟫."),
    ("ch09", "CH",
     "CT Thorax, Tumornachsorge. ⟨a¦Stenose des Bronchus intermedius⟩ (MinIP koronar ⟦Se 12, Bi 30¦12:30¦plane¦a⟧), "
     "⟨b¦Lokalrezidiv am Bronchusstumpf, ⟪21 x 14 mm¦size⟫⟩ (Weichteilfenster ⟦Se 3, Bi 77¦3:77¦abbrev_de¦b⟧). "
     "⟨c¦Neue Lungenmetastase im ⟪Segment 10¦segment⟫ rechts, ⟪5 mm¦size⟫⟩ (Lungenfenster "
     "⟦Se 4, Bi 188¦4:188¦abbrev_de¦c⟧). ⟨d¦In der VU vom ⟪22.04.2026¦date⟫ war der Stumpf noch schmal⟩ "
     "(⟦Se 3, Bi 74¦p3:74¦prior¦d⟧), damals noch kein Lungenherd abgrenzbar."),
    ("ch10", "CH",
     "Sentinel-Lymphoszintigraphie mit ⟪80 MBq¦dose⟫ Nanokolloid, SPECT/CT nach ⟪2 h¦time⟫. ⟨a¦Zwei "
     "Sentinel-Lymphknoten axillär links⟩ (SPECT/CT-Fusion ⟦Bild 41 und 47¦-:41,-:47¦list¦a⟧), ⟨b¦ein weiterer "
     "parasternal im ⟪3. ICR¦level⟫⟩ (⟦Bild 63¦-:63¦image_only¦b⟧). Hautmarkierung erfolgt, OP geplant am "
     "⟪15.07.2026¦date⟫."),
    ("ch11", "CH",
     "CT-gesteuerte Biopsie einer Raumforderung der rechten Niere. ⟨a¦Solide Raumforderung am Unterpol, "
     "⟪32 mm¦size⟫⟩ (Planung nativ, [⟦Serie 2: Bild 51¦2:51¦full_de¦a⟧]). ⟨b¦Koaxialsystem ⟪17/18 G¦size⟫, "
     "Nadelspitze am ventralen Tumorrand⟩ ([⟦Serie 5: Bild 4¦5:4¦full_de¦b⟧]). ⟨c¦Kleines perirenales Hämatom, "
     "⟪12 mm¦size⟫⟩ ([⟦Serie 8: Bild 6-9¦8:6-9¦range¦c⟧]). Blutdruck danach ⟪135/80 mmHg¦blood_pressure⟫. ⟨d¦Im "
     "externen MRT vom ⟪19.05.2026¦date⟫ bereits ⟪30 mm¦size⟫⟩ ([⟦Serie 801: Bild 22¦p801:22¦prior¦d⟧])."),
    ("ch12", "CH",
     "MRT Oberschenkel rechts. ⟨a¦Weichteiltumor im M. vastus lateralis, ⟪68 x 41 x 39 mm¦size⟫⟩ (T2 fs axial "
     "⟦Se. 4/Bi. 22¦4:22¦abbrev_de¦a⟧), ⟨b¦frühes arterielles Enhancement⟩ (DCE ⟪Phase 3 von 40¦counter⟫, "
     "⟦Se. 9/Bi. 18¦9:18¦abbrev_de¦b⟧), ⟨c¦zentrale Nekrose⟩ (T1 fs KM ⟦Se. 11/Bi. 22¦11:22¦abbrev_de¦c⟧). "
     "⟨d¦Im Fremd-MRT vom ⟪10.02.2026¦date⟫ ⟪52 mm¦size⟫⟩ (⟦Se. 6/Bi. 15¦p6:15¦prior¦d⟧)."),
    ("ch13", "CH",
     "CT nach LAA-Occluder. ⟨a¦Occluder ⟪27 mm¦size⟫ regelrecht im Vorhofohr⟩ (MPR ⟦Serie 7, Bild 40¦7:40¦full_de¦a⟧), "
     "⟨b¦kein Device-assoziierter Thrombus⟩ (Spätphase nach ⟪60 s¦time⟫, ⟦Serie 9, Bild 42¦9:42¦full_de¦b⟧), "
     "⟨c¦kleines Leck am Device-Rand, ⟪3 mm¦size⟫⟩ (⟦Serie 7, Bild 44 bis 46¦7:44-46¦range¦c⟧). ⟨d¦In der "
     "Planungs-CT vom ⟪12.01.2026¦date⟫ Ostium ⟪23 mm¦size⟫⟩ (⟦Serie 5, Bild 130¦p5:130¦prior¦d⟧)."),
    ("ch14", "CH",
     "MRT Leber, Eisenquantifizierung. ⟨a¦Signalverlust der Leber in der Multiecho-Sequenz mit ⟪R2* 410 s-1¦lab⟫⟩ "
     "(⟪TE 1,2 ms¦time⟫, ⟦Schnitt 14 (Serie 8)¦8:14¦slice_word¦a⟧), ⟨b¦Milz ausgespart⟩ "
     "(⟦Schnitt 16 (Serie 8)¦8:16¦slice_word¦b⟧). LIC ⟪12 mg Fe/g¦lab⟫, Ferritin ⟪2100 µg/l¦lab⟫. ⟨c¦Vorbefund "
     "vom ⟪11.11.2025¦date⟫ mit ⟪R2* 520 s-1¦lab⟫⟩ (⟦Schnitt 13 (Serie 8)¦p8:13¦prior¦c⟧)."),
    # ---------------------------------------------------------------- United Kingdom
    ("uk01", "UK",
     "CT-guided biopsy, right lower lobe, patient prone. ⟨a¦The ⟪24 mm¦size⟫ spiculated nodule in the posterior "
     "basal segment⟩ was targeted from a posterior approach (planning ⟦series 2, image 38¦2:38¦full_en¦a⟧). "
     "⟨b¦The ⟪19G¦size⟫ coaxial needle tip lies at the nodule margin⟩ (⟦series 5 image 11¦5:11¦full_en¦b⟧) ⟨c¦and "
     "within the nodule after advancement⟩ (⟦series 6 image 10¦6:10¦full_en¦c⟧). ⟪4¦counter⟫ x ⟪20G¦size⟫ "
     "cores obtained. ⟨d¦Small pneumothorax on the post-procedure scan⟩ (⟦series 8, image 20¦8:20¦full_en¦d⟧), not "
     "requiring drainage. Chest radiograph at ⟪14:30¦time⟫."),
    ("uk02", "UK",
     "MRI liver. ⟨a¦A ⟪15 mm¦size⟫ lesion in ⟪segment 5¦segment⟫ is markedly T2 bright⟩ (T2 HASTE "
     "⟦image 24¦-:24¦image_only¦a⟧) ⟨b¦with peripheral nodular enhancement filling in on delayed images⟩ ("
     "⟪5 minute¦time⟫ delayed ⟦image 30¦-:30¦image_only¦b⟧), in keeping with a "
     "haemangioma. ⟨c¦No restricted diffusion⟩ (DWI ⟪b800¦counter⟫ ⟦image 19¦-:19¦image_only¦c⟧). ⟨d¦The lesion "
     "measured ⟪14 mm¦size⟫ on the prior CT of ⟪3 March 2026¦date⟫⟩ (⟦series 3, image 41¦p3:41¦prior¦d⟧)."),
    ("uk03", "UK",
     "Cardiac MRI. ⟨a¦Mid-wall LGE in the basal inferoseptum⟩ (short axis LGE, ⟦Se 24 Im 3¦24:3¦abbrev_en¦a⟧) and "
     "⟨b¦patchy LGE in the mid inferolateral wall⟩ (⟦Se 24 Im 6¦24:6¦abbrev_en¦b⟧). ⟨c¦Global hypokinesis, "
     "LVEF ⟪41%¦ratio⟫⟩ (SAX cine ⟦Se 11 Im 7¦11:7¦abbrev_en¦c⟧), ⟪heart rate 78 bpm¦blood_pressure⟫. Native T1 "
     "⟪1080 ms¦lab⟫, ECV ⟪33%¦ratio⟫. ⟨d¦Compared with the CMR of ⟪June 2024¦date⟫ the LGE is more extensive⟩ "
     "(previously ⟦Se 22 Im 5¦p22:5¦prior¦d⟧)."),
    ("uk04", "UK",
     "CT-guided drainage of a left psoas collection. ⟨a¦A ⟪7 x 4 cm¦size⟫ rim-enhancing collection in the left "
     "psoas⟩ (pre-procedure portal venous ⟦series 3, image 71¦3:71¦full_en¦a⟧). Under local anaesthetic "
     "(⟪10 ml¦dose⟫ ⟪1%¦ratio⟫ lignocaine) ⟨b¦an ⟪8 Fr¦size⟫ pigtail drain was placed within the collection⟩ "
     "(⟦series 7 images 14-17¦7:14-17¦range¦b⟧). ⟪60 ml¦dose⟫ of pus aspirated. ⟨c¦The collection has enlarged "
     "since the outside CT of ⟪12/05/2026¦date⟫⟩ (⟦series 2, image 40¦p2:40¦prior¦c⟧). Bleep ⟪4412¦phone⟫."),
    ("uk05", "UK",
     "CT coronary angiogram. ⟪Heart rate 56 bpm¦blood_pressure⟫ after ⟪50 mg¦dose⟫ metoprolol; best phase "
     "⟪75%¦ratio⟫. ⟨a¦Calcified plaque in the proximal LAD causing ⟪25-49%¦ratio⟫ stenosis⟩ (curved MPR "
     "⟦series 9 image 3¦9:3¦full_en¦a⟧; axial ⟦series 4 image 118¦4:118¦full_en¦a⟧). ⟨b¦Non-calcified plaque in "
     "the mid RCA, ⟪50-69%¦ratio⟫⟩ (⟦series 4 images 150 to 158¦4:150-158¦range¦b⟧), ⟨c¦confirmed on the "
     "⟪40%¦ratio⟫ systolic reconstruction⟩ (⟦series 5 image 152¦5:152¦full_en¦c⟧). ⟪CAD-RADS 3¦staging⟫, Agatston "
     "⟪286¦lab⟫."),
    ("uk06", "UK",
     "MRI brain with contrast. ⟨a¦The enhancing nodule at the posterior resection margin⟩ (post-gadolinium 3D T1 "
     "⟦image 96¦-:96¦image_only¦a⟧) ⟨b¦shows raised rCBV of ⟪4.1¦ratio⟫⟩ (DSC rCBV map ⟦image 14¦-:14¦image_only¦b⟧) "
     "⟨c¦and restricted diffusion⟩ (ADC ⟦image 15¦-:15¦image_only¦c⟧). On the prior MRI of ⟪14/02/2026¦date⟫ "
     "this measured ⟪6 mm¦size⟫."
     " Dexamethasone ⟪8 mg¦dose⟫ daily."),
    ("uk07", "UK",
     "Dual-energy CT right knee at ⟪80/140 kVp¦dose⟫. ⟨a¦Bone marrow oedema in the lateral tibial plateau⟩ on the "
     "virtual non-calcium series (⟦image 42¦-:42¦image_only¦a⟧) ⟨b¦with a ⟪4 mm¦size⟫ depressed fracture⟩ (bone "
     "kernel ⟦Se 3 Im 44¦3:44¦abbrev_en¦b⟧; coronal ⟦Se 6 Im 28¦6:28¦plane¦b⟧). ⟨c¦Lipohaemarthrosis⟩ "
     "(⟦Se 3 Im 20¦3:20¦abbrev_en¦c⟧). Fracture clinic referral, ⟪ext 2231¦phone⟫."),
    ("uk08", "UK",
     "FDG PET-CT, ⟪350 MBq¦dose⟫, glucose ⟪5.6 mmol/L¦lab⟫. ⟨a¦Avid distal oesophageal tumour, "
     "⟪SUVmax 12.3¦lab⟫⟩ (fused ⟦series 5, image 141¦5:141¦full_en¦a⟧), ⟨b¦avid left gastric node of "
     "⟪11 mm¦size⟫⟩ (fused ⟦series 5, image 160¦5:160¦full_en¦b⟧). "
     "⟨c¦Non-avid ⟪4 mm¦size⟫ lung nodule⟩ (lung window ⟦series 7, image 88¦7:88¦full_en¦c⟧), below PET resolution. "
     "⟨d¦Node unchanged from the staging CT of ⟪2 April¦date⟫⟩ (⟦series 3, image 85¦p3:85¦prior¦d⟧)."),
    ("uk09", "UK",
     "CT-guided cryoablation of a left renal mass. ⟨a¦The ⟪26 mm¦size⟫ enhancing lower pole mass⟩ (planning "
     "nephrographic phase ⟦Se 4 Im 55¦4:55¦abbrev_en¦a⟧). ⟨b¦Hydrodissection with ⟪150 ml¦dose⟫ dextrose displaced "
     "the descending colon⟩ (⟦Se 7 Im 50¦7:50¦abbrev_en¦b⟧). ⟪3¦counter⟫ cryoprobes; ⟨c¦the ice ball covered the "
     "mass with a ⟪6 mm¦size⟫ margin⟩ (⟦Se 11 Im 49 and 57¦11:49,11:57¦list¦c⟧). Freeze cycles "
     "⟪10-8-10 min¦time⟫."),
    ("uk10", "UK",
     "Pancreatic protocol CT. Pancreatic phase (series 4): ⟨a¦⟪22 mm¦size⟫ hypoattenuating mass in the pancreatic "
     "head⟩, ⟦image 61¦4:61¦image_only¦a⟧; ⟨b¦abutment of the SMV over less than ⟪180 degrees¦ratio⟫⟩, "
     "⟦images 64-68¦4:64-68¦range¦b⟧. Portal venous phase (series 6): no liver metastases; ⟨d¦common bile duct "
     "dilated to ⟪12 mm¦size⟫⟩, ⟦image 50¦6:50¦image_only¦d⟧. ⟨e¦On the comparison CT of ⟪28/04/2026¦date⟫ the mass "
     "measured ⟪17 mm¦size⟫⟩ (⟦series 3, image 58¦p3:58¦prior¦e⟧). ⟪CA 19-9 890 U/ml¦lab⟫."),
    ("uk11", "UK",
     "Adenosine stress perfusion CMR at ⟪140 mcg/kg/min¦dose⟫. ⟨a¦Inducible perfusion defect in the basal to mid "
     "inferior wall⟩ (stress perfusion ⟦series 31, images 2 and 3¦31:2,31:3¦list¦a⟧), ⟨b¦not present at rest⟩ "
     "(⟦series 35, image 2¦35:2¦full_en¦b⟧). ⟨c¦No late gadolinium enhancement⟩ "
     "(⟦series 40, images 4-9¦40:4-9¦range¦c⟧). ⟪Heart rate 64 to 92 bpm¦blood_pressure⟫."),
    ("uk12", "UK",
     "CT angiogram head. ⟨a¦⟪5 mm¦size⟫ aneurysm at the left MCA bifurcation⟩ (3D VRT ⟦image 12¦-:12¦image_only¦a⟧; "
     "axial source ⟦Se 3 Im 188¦3:188¦abbrev_en¦a⟧), ⟨b¦neck ⟪3 mm¦size⟫⟩ (MIP ⟦Se 6 Im 40¦6:40¦abbrev_en¦b⟧). "
     "⟨c¦On the MRA of ⟪September 2024¦date⟫ the aneurysm measured ⟪4 mm¦size⟫⟩ (TOF ⟦Se 5 Im 71¦p5:71¦prior¦c⟧)."),
    ("uk13", "UK",
     "CT-guided biopsy of a sclerotic lesion in the right ⟪S1¦level⟫ sacral ala. ⟨a¦⟪18 mm¦size⟫ sclerotic lesion⟩ "
     "(planning ⟦series 2 image 120¦2:120¦full_en¦a⟧). ⟨b¦⟪11G¦size⟫ bone needle within the lesion⟩ "
     "(⟦series 4 image 6¦4:6¦full_en¦b⟧; ⟦image 8¦4:8¦image_only¦b⟧ after repositioning). ⟨c¦Lesion first noted "
     "on the PSMA PET of ⟪10/06/2026¦date⟫⟩ (⟦series 4, image 250¦p4:250¦prior¦c⟧). PSA ⟪7.8¦lab⟫."),
    ("uk14", "UK",
     "CTPA, dual-energy. ⟨a¦Occlusive embolus in the right lower lobe ⟪segment 10¦segment⟫ artery⟩ "
     "(⟦Se 3 Im 201¦3:201¦abbrev_en¦a⟧) ⟨b¦with a wedge-shaped perfused blood volume defect⟩ (iodine map "
     "⟦Se 9 Im 198-210¦9:198-210¦range¦b⟧). RV:LV ratio ⟪1.2¦ratio⟫. ⟨c¦Reflux of contrast into the IVC⟩ "
     "(⟦Se 3 Im 280¦3:280¦abbrev_en¦c⟧). ⟨d¦No emboli on the CTPA of ⟪01/01/2025¦date⟫⟩ "
     "(⟦Se 4 Im 199¦p4:199¦prior¦d⟧). Discussed with the medical SpR at ⟪17:45¦time⟫, ⟪ext 5521¦phone⟫."),
    # ---------------------------------------------------------------- United States
    ("us01", "US",
     "CT-guided liver biopsy. ⟨a¦Target ⟪2.1 cm¦size⟫ hypoattenuating lesion in ⟪segment 6¦segment⟫⟩ (planning, "
     "⟦2:44¦2:44¦compact¦a⟧). ⟨b¦⟪17-gauge¦size⟫ coaxial needle tip at the lesion margin⟩ "
     "(⟦4:12, 4:14¦4:12,4:14¦list¦b⟧). ⟨c¦No hemorrhage on the post-procedure images⟩ (⟦6:10-20¦6:10-20¦range¦c⟧). "
     "Moderate sedation: ⟪2 mg¦dose⟫ midazolam, ⟪100 mcg¦dose⟫ fentanyl, ⟪22 minutes¦time⟫ intraservice time. "
     "⟨d¦The lesion corresponds to the arterially enhancing observation on the MRI of ⟪6/12/2026¦date⟫⟩ "
     "(⟦1101:33¦p1101:33¦prior¦d⟧)."),
    ("us02", "US",
     "PSMA PET/CT, ⟪9.1 mCi¦dose⟫ ⟪F-18¦dose⟫ piflufolastat. ⟨a¦Intensely avid left obturator node, "
     "⟪SUVmax 22.4¦lab⟫, ⟪0.9 cm¦size⟫⟩ (fused ⟦4:201¦4:201¦compact¦a⟧; CT ⟦2:201¦2:201¦compact¦a⟧). ⟨b¦Focal "
     "uptake in the right ⟪6th rib¦level⟫⟩ (⟦4:120¦4:120¦compact¦b⟧). ⟨c¦The node was ⟪SUVmax 9.8¦lab⟫ on the "
     "⟪1/2026¦date⟫ PET⟩ (prior ⟦4:198¦p4:198¦prior¦c⟧). PSA ⟪1.4 ng/mL¦lab⟫."),
    ("us03", "US",
     "TAVR planning CTA, retrospective gating, ⟪heart rate 68 bpm¦blood_pressure⟫. ⟨a¦Annulus perimeter "
     "⟪76 mm¦size⟫, area ⟪441 mm2¦size⟫⟩ at ⟪35%¦ratio⟫ (⟦series 6, image 71¦6:71¦full_en¦a⟧). ⟨b¦Left main height "
     "⟪11 mm¦size⟫⟩ (⟦series 6, image 84¦6:84¦full_en¦b⟧). ⟨c¦Right common femoral artery minimum diameter "
     "⟪7.2 mm¦size⟫⟩ (⟦series 10, images 540 through 560¦10:540-560¦range¦c⟧). ⟨d¦Moderate aortic valve calcification, "
     "Agatston ⟪2140¦lab⟫⟩ (⟦series 3, image 44¦3:44¦full_en¦d⟧). Contrast: ⟪100 mL Isovue-370¦dose⟫."),
    ("us04", "US",
     "MRI abdomen with gadoxetate. Late arterial (series 11): ⟨a¦⟪2.4 cm¦size⟫ APHE observation in "
     "⟪segment 8¦segment⟫⟩, ⟦image 40¦11:40¦image_only¦a⟧. Portal venous (series 14): ⟨b¦nonperipheral washout⟩, "
     "⟦image 39¦14:39¦image_only¦b⟧. Hepatobiliary at ⟪20 min¦time⟫ (series 18): ⟨c¦hypointense⟩, "
     "⟦image 39¦18:39¦image_only¦c⟧. ⟨d¦Threshold growth from ⟪1.5 cm¦size⟫ on the prior of ⟪11/20/2025¦date⟫⟩ "
     "(⟦11:36¦p11:36¦prior¦d⟧). ⟪LR-5¦staging⟫. AFP ⟪18 ng/mL¦lab⟫."),
    ("us05", "US",
     "CT-guided hookwire localization prior to VATS. ⟨a¦Target ⟪8 mm¦size⟫ ground-glass nodule, right upper lobe⟩ "
     "(⟦series 2, image 61¦2:61¦full_en¦a⟧). ⟨b¦⟪20-gauge¦size⟫ needle advanced to within ⟪1 cm¦size⟫ of the "
     "nodule⟩ (⟦series 3, image 8¦3:8¦full_en¦b⟧); ⟨c¦hookwire deployed adjacent to the nodule⟩ "
     "(⟦series 5, image 6¦5:6¦full_en¦c⟧). ⟨d¦Trace pneumothorax⟩ (⟦series 5, image 2¦5:2¦full_en¦d⟧). "
     "⟪DLP 96 mGy-cm¦dose⟫. Surgery scheduled at ⟪11:30¦time⟫."),
    ("us06", "US",
     "Dual-energy CT stone protocol. ⟨a¦⟪6 mm¦size⟫ obstructing uric acid stone at the left UVJ⟩ "
     "(⟦3:88¦3:88¦compact¦a⟧; dual-energy color map ⟦7:88¦7:88¦compact¦a⟧), ⟨b¦with moderate hydronephrosis⟩ "
     "(⟦3:40-52¦3:40-52¦range¦b⟧). ⟨c¦⟪3 mm¦size⟫ nonobstructing calcium stone in the right lower pole⟩ "
     "(⟦3:55¦3:55¦compact¦c⟧), ⟪420 HU¦lab⟫. The left stone was in the proximal ureter on the CT of "
     "⟪8/14/2026¦date⟫."),
    ("us07", "US",
     "Cardiac MRI. ⟨a¦Basal inferolateral subepicardial LGE⟩ (short axis PSIR, ⟦series 27, image 3¦27:3¦full_en¦a⟧) "
     "⟨b¦with elevated native T1 of ⟪1120 ms¦lab⟫⟩ (T1 map ⟦series 19, image 3¦19:3¦full_en¦b⟧) ⟨c¦and T2 of "
     "⟪57 ms¦lab⟫⟩ (T2 map ⟦series 21, image 3¦21:3¦full_en¦c⟧), meeting the ⟪2018¦date⟫ Lake Louise criteria. "
     "⟨d¦Small pericardial effusion⟩ (⟪4-chamber¦counter⟫ cine ⟦series 9, image 12¦9:12¦full_en¦d⟧). LVEF "
     "⟪52%¦ratio⟫. Troponin ⟪0.8 ng/mL¦lab⟫."),
    ("us08", "US",
     "CT perfusion. ⟨a¦Tmax >⟪6 s¦time⟫ volume of ⟪88 mL¦size⟫ in the left MCA territory⟩ (Tmax map "
     "⟦image 8¦-:8¦image_only¦a⟧), ⟨b¦CBF <⟪30%¦ratio⟫ core of ⟪12 mL¦size⟫⟩ (CBF map "
     "⟦image 9¦-:9¦image_only¦b⟧), mismatch ratio ⟪7.3¦ratio⟫. ⟨c¦Left ⟪M1¦segment⟫ occlusion⟩ (CTA MIP "
     "⟦6:22¦6:22¦compact¦c⟧). Results called to the stroke team at ⟪2:17 AM¦time⟫."),
    ("us09", "US",
     "⟪Ga-68¦dose⟫ DOTATATE PET/CT, ⟪4.2 mCi¦dose⟫. ⟨a¦Avid pancreatic tail lesion, ⟪SUVmax 38¦lab⟫, "
     "⟪Krenning 4¦staging⟫⟩ (fused ⟦series 4, image 122¦4:122¦full_en¦a⟧). ⟨b¦Multiple avid liver lesions, largest "
     "in ⟪segment 7¦segment⟫⟩ (fused ⟦series 4, images 88 and 95¦4:88,4:95¦list¦b⟧). ⟨c¦New since the "
     "prior DOTATATE of ⟪3/2025¦date⟫, where the liver was clear⟩ (prior ⟦series 4, image 90¦p4:90¦prior¦c⟧)."),
    ("us10", "US",
     "MRI pelvis before uterine artery embolization. ⟨a¦Dominant intramural fibroid, ⟪8.4 cm¦size⟫⟩ (sagittal T2 "
     "⟦series 3, image 14¦3:14¦plane¦a⟧) ⟨b¦with avid enhancement⟩ (post-contrast subtraction "
     "⟦series 1201, image 40¦1201:40¦full_en¦b⟧). ⟨c¦Submucosal fibroid of ⟪2.1 cm¦size⟫, ⟪FIGO type 2¦staging⟫⟩ "
     "(⟦series 3, image 18¦3:18¦full_en¦c⟧). ⟨d¦The dominant fibroid measured ⟪7.9 cm¦size⟫ on the MRI of "
     "⟪2/2026¦date⟫⟩ (⟦series 4, image 15¦p4:15¦prior¦d⟧)."),
    ("us11", "US",
     "CTA for GI bleed. ⟨a¦Active extravasation in the proximal jejunum on the arterial phase⟩ "
     "(⟦5:112¦5:112¦compact¦a⟧), ⟨b¦increasing on the portal venous phase⟩ (⟦6:114¦6:114¦compact¦b⟧) ⟨c¦and "
     "pooling on delayed images⟩ (⟦8:110-118¦8:110-118¦range¦c⟧). Hemoglobin ⟪6.8 g/dL¦lab⟫ after ⟪2 units¦counter⟫ "
     "PRBC. ⟨d¦No extravasation on the CTA of ⟪9/2/2026¦date⟫⟩ (⟦5:109¦p5:109¦prior¦d⟧). Called to the surgical "
     "resident at ⟪4:05 PM¦time⟫, ⟪x4-7721¦phone⟫."),
    ("us12", "US",
     "MRI brain without contrast. ⟨a¦Multiple microhemorrhages in the bilateral frontal white matter⟩ (SWI "
     "⟦10/44¦10:44¦slash¦a⟧) ⟨b¦and in the splenium of the corpus callosum⟩ (SWI "
     "⟦10/60¦10:60¦slash¦b⟧), consistent with diffuse axonal injury, ⟪grade 2¦staging⟫. ⟨c¦Restricted diffusion in "
     "the splenium⟩ (DWI ⟪b1000¦counter⟫ ⟦5/22¦5:22¦slash¦c⟧, ADC ⟦6/22¦6:22¦slash¦c⟧). ⟪GCS 9¦staging⟫. ⟨d¦Not "
     "visible on the head CT of ⟪10/3/2026¦date⟫⟩ (⟦2/30¦p2:30¦prior¦d⟧)."),
    ("us13", "US",
     "CT-guided biopsy of a left external iliac node. ⟨a¦⟪1.8 cm¦size⟫ left external iliac node⟩ "
     "(⟦image 45 of series 3¦3:45¦full_en¦a⟧). ⟨b¦Needle tip within the node via an anterior approach⟩ "
     "(⟦image 12 of series 6¦6:12¦full_en¦b⟧). ⟪18-gauge¦size⟫ core needle, ⟪4¦counter⟫ passes. ⟨c¦No hematoma⟩ "
     "(⟦image 14 of series 9¦9:14¦full_en¦c⟧). ⟨d¦The node measured ⟪1.2 cm¦size⟫ on the outside PET/CT⟩ "
     "(⟦image 140 of series 602¦p602:140¦prior¦d⟧). Procedure ended at ⟪10:42¦time⟫."),
    ("us14", "US",
     "MRI adrenal. ⟨a¦⟪2.3 cm¦size⟫ left adrenal nodule with signal drop on opposed-phase⟩ (in-phase "
     "⟦series 5, image 31¦5:31¦full_en¦a⟧; opposed-phase ⟦series 6, image 31¦6:31¦full_en¦a⟧), signal intensity "
     "index ⟪42%¦ratio⟫. ⟨b¦Incidental ⟪9 mm¦size⟫ T2 hyperintense renal cyst⟩ (⟦series 3, image 28¦3:28¦full_en¦b⟧). "
     "⟨c¦Stable since the CT of ⟪5/5/2024¦date⟫, ⟪2.2 cm¦size⟫ and ⟪-5 HU¦lab⟫ there⟩ "
     "(⟦series 2, image 61¦p2:61¦prior¦c⟧)."),
)
# fmt: on

EXCERPTS: list[Excerpt] = [_excerpt(*raw) for raw in _RAW]
