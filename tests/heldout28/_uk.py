# ruff: noqa: E501
"""Held-out 28, United Kingdom: 16 excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

RAW_UK: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "uk01",
        "en",
        """EMERGENCY DEPARTMENT – TRIAGE (Manchester Triage System)
Pt: ⟦PERSON:WISNIEWSKI, Tomasz⟧  NHS No: ⟦ID:485 777 3456⟧  Hosp No: ⟦ID:RJ1 0045123⟧  DOB ⟦DATE:04/07/1987⟧
Arrived 01:26 via ⟦INSTITUTION:London Ambulance Service⟧ (CAD ⟦ID:4417⟧). Fall from ladder at work (⟦INSTITUTION:Thames Scaffolding Ltd⟧).
NEWS2 3. Canadian CT Head Rule positive (dangerous mechanism) – CT head + C-spine per NICE NG232.
Speaks limited English; interpreter requested (Polish) via ⟦INSTITUTION:LanguageLine⟧. NOK: partner ⟦PERSON:Agnieszka⟧ ⟦PHONE:07700 912 448⟧.
Triage nurse ⟦PERSON:K. Adeyemi⟧, ED registrar Dr ⟦PERSON:Sam Whitworth⟧ bleep ⟦PHONE:2716⟧.""",
        (
            "Manchester Triage System",
            "01:26",
            "NEWS2 3",
            "Canadian CT Head Rule",
            "dangerous mechanism",
            "NICE NG232",
            "C-spine",
            "Polish",
            "Fall from ladder",
            "Triage nurse",
            "ED registrar",
        ),
    ),
    (
        "uk02",
        "en",
        """PRE-ALERT / HANDOVER (ATMIST) – ⟦INSTITUTION:North West Ambulance Service⟧ to Resus, ⟦INSTITUTION:Salford Royal⟧
Age: ⟦AGE:92⟧. Time of incident 16:40. Mechanism: found on floor at ⟦ADDRESS:Flat 3, Cromwell Court, Eccles M30 0QT⟧, long lie ~12 h.
Injuries: shortened externally rotated L leg, skin tear R forearm. Signs: GCS 13, BP 98/60, CK pending.
Treatment: fascia iliaca block, 500 ml Hartmann's. Carer ⟦PERSON:Bernadette⟧ from ⟦INSTITUTION:Bluebird Care Salford⟧ ⟦PHONE:0161 789 2230⟧.
Patient Mr ⟦PERSON:Harold Jennings⟧ – GP ⟦INSTITUTION:Monton Medical Practice⟧. Crew: Paramedic ⟦PERSON:J. O'Hara⟧, incident ⟦ID:NW-2611-00394⟧.""",
        (
            "ATMIST",
            "16:40",
            "long lie",
            "externally rotated",
            "fascia iliaca block",
            "Hartmann's",
            "GCS 13",
            "Resus",
            "skin tear R forearm",
            "BP 98/60",
            "CK pending",
        ),
    ),
    (
        "uk03",
        "en",
        """Cardiac Catheter Laboratory Report – ⟦INSTITUTION:Leeds General Infirmary⟧
Patient: ⟦PERSON:Hussain, Mohammed Iqbal⟧ (⟦PERSON:Muhammad Hussein⟧ on referral), MRN ⟦ID:L4471209⟧, DOB ⟦DATE:12 Jan 1958⟧
Primary PCI for inferior STEMI. Right radial, 6F JR4 / EBU 3.5. RCA occluded mid, TIMI 0 → TIMI 3 after 3.0 x 28 mm DES.
LAD: moderate disease, FFR 0.84. LVEDP 24 mmHg. Door-to-balloon 58 min. Killip II.
Operator: Dr ⟦PERSON:Aisha Rahman⟧ (GMC ⟦ID:7038812⟧); scrub nurse ⟦PERSON:Becky⟧; physiologist ⟦PERSON:D. Killip⟧.
Daughter ⟦PERSON:Sadia⟧ informed on ⟦PHONE:07912 330 481⟧ at 03:10.""",
        (
            "Primary PCI",
            "inferior STEMI",
            "JR4",
            "EBU 3.5",
            "TIMI 0",
            "FFR 0.84",
            "Door-to-balloon 58 min",
            "Killip II",
            "Right radial",
            "RCA occluded mid",
            "LVEDP 24 mmHg",
        ),
    ),
    (
        "uk04",
        "en",
        """ICU discharge summary – ⟦INSTITUTION:Queen Elizabeth University Hospital⟧, Critical Care Unit
Name: ⟦PERSON:Mhairi MacLeod⟧  CHI: ⟦ID:1203745518⟧  Admitted ⟦DATE:22/10/2026⟧, stepped down ⟦DATE:3rd November 2026⟧
Diagnosis: severe pneumococcal pneumonia, septic shock, AKI stage 3 requiring CVVHF. CT chest: empyema R, drained (24F).
APACHE II 27, SOFA peak 12. Tracheostomy not required. Delirium: CAM-ICU positive days 4-6.
Husband ⟦PERSON:Calum⟧ (⟦PHONE:0141 632 8879⟧). Follow-up: ICU rehab clinic. Consultant Dr ⟦PERSON:Ewan Guthrie⟧.""",
        (
            "pneumococcal pneumonia",
            "septic shock",
            "AKI stage 3",
            "CVVHF",
            "APACHE II 27",
            "SOFA peak 12",
            "CAM-ICU positive",
            "ICU rehab clinic",
            "empyema R",
        ),
    ),
    (
        "uk05",
        "en",
        """Fetal Medicine Unit – MRI fetal brain, ⟦INSTITUTION:St Thomas' Hospital⟧
Mother: ⟦PERSON:Ghebremariam, Helen⟧ (also ⟦PERSON:Ghebremariyam⟧), Hosp No ⟦ID:GST-88412763⟧, BRP ⟦ID:ZR9012345⟧
Gestation 26+3. Referred from ⟦INSTITUTION:Lewisham Hospital⟧ for ventriculomegaly (atrium 13 mm). No Dandy-Walker malformation; cavum septi pellucidi present.
Corpus callosum complete. No heterotopia. Interpreter (Tigrinya) Mr ⟦PERSON:Tekle⟧ present; partner ⟦PERSON:Filmon⟧.
Midwife contact ⟦EMAIL:fmu.midwives@gstt.nhs.uk⟧. Reported by Dr ⟦PERSON:Prudence Dandy⟧, ⟦DATE:04.11.26⟧""",
        (
            "Gestation 26+3",
            "ventriculomegaly",
            "atrium 13 mm",
            "Dandy-Walker malformation",
            "cavum septi pellucidi",
            "Corpus callosum complete",
            "heterotopia",
            "Tigrinya",
            "Fetal Medicine Unit",
            "MRI fetal brain",
            "No heterotopia",
        ),
    ),
    (
        "uk06",
        "en",
        """NHS Breast Screening Programme – results letter
⟦INSTITUTION:Avon Breast Screening⟧, ⟦ADDRESS:Beaufort House, Cribbs Causeway, Bristol BS10 5TB⟧
Dear Mrs ⟦PERSON:Cooper⟧,
Your screening mammogram on ⟦DATE:14 October 2026⟧ (SX number ⟦ID:ABS0447120⟧) showed an area that needs a closer look. This happens to about 4 in 100 women.
Please attend the assessment clinic on ⟦DATE:Tuesday 10 November⟧ at 09:15. You may have tomosynthesis, an ultrasound or a biopsy.
Cooper's ligaments and Tabár pattern are noted for the film reader only. Director of Screening: Dr ⟦PERSON:Louise Baker⟧. Enquiries ⟦PHONE:0117 414 8900⟧.""",
        (
            "assessment clinic",
            "09:15",
            "4 in 100 women",
            "tomosynthesis",
            "Cooper's ligaments",
            "Tabár pattern",
            "film reader",
            "screening mammogram",
            "Director of Screening",
        ),
    ),
    (
        "uk07",
        "en",
        """Sport & Exercise Medicine – MRI L ankle
Player: ⟦PERSON:Jordan 'JJ' Mensah⟧, 19, academy of ⟦INSTITUTION:Burnley FC⟧. Club doctor Dr ⟦PERSON:Phil Hughes⟧ <⟦EMAIL:p.hughes@burnleyfc.co.uk⟧>
High ankle sprain: AITFL rupture, PITFL intact, deltoid ligament deep fibres sprained. West Point grade II. No Maisonneuve fracture.
Stress reaction navicular (Fredericson 2). Os peroneum incidental.
Guardian ⟦PERSON:Grace Mensah⟧ ⟦PHONE:07534 228 019⟧. Report ⟦DATE:2026-11-03⟧, ⟦INSTITUTION:Spire Manchester⟧.""",
        (
            "High ankle sprain",
            "AITFL rupture",
            "West Point grade II",
            "Maisonneuve fracture",
            "Fredericson 2",
            "Os peroneum",
            "deltoid ligament",
            "PITFL intact",
        ),
    ),
    (
        "uk08",
        "en",
        """Oral & Maxillofacial Surgery – OPG + CT facial bones
⟦PERSON:ABDI, Hodan Ahmed⟧ (⟦PERSON:Hodan Axmed Cabdi⟧), 31, NHS ⟦ID:943 476 5919⟧
Assault in ⟦ADDRESS:Cheetham Hill⟧ on ⟦DATE:Sat 31/10⟧. Right zygomaticomaxillary complex fracture, orbital floor defect 1.8 cm², no muscle entrapment.
Le Fort II excluded. Tooth 48 impacted, unrelated. Police log ⟦ID:GMP-311026-0442⟧.
Seen by OMFS SpR Mr ⟦PERSON:Daniel Le Fort⟧ (no relation), ⟦INSTITUTION:Manchester Royal Infirmary⟧. Somali interpreter via phone.""",
        (
            "OPG",
            "zygomaticomaxillary complex fracture",
            "orbital floor defect",
            "muscle entrapment",
            "Le Fort II",
            "Tooth 48",
            "OMFS",
            "Somali interpreter",
            "Tooth 48 impacted",
        ),
    ),
    (
        "uk09",
        "en",
        """Teleradiology report (overnight) – ⟦INSTITUTION:Everlight Radiology⟧ for ⟦INSTITUTION:Royal Cornwall Hospital⟧
Reporter: Dr ⟦PERSON:Natasha Pillay⟧, GMC ⟦ID:6149920⟧. Req ⟦ID:RCH-77441-CT⟧. 04:18 GMT.
Patient ⟦PERSON:TREVITHICK, Norman⟧ DOB ⟦DATE:19350212⟧ (⟦AGE:91⟧).
CT KUB: 7 mm obstructing calculus L VUJ, moderate hydronephrosis, perinephric stranding. Incidental Bosniak 2 cyst R kidney.
Discussed with urology SHO Dr ⟦PERSON:Penrose⟧ ext ⟦PHONE:3320⟧.""",
        (
            "CT KUB",
            "7 mm obstructing calculus",
            "L VUJ",
            "moderate hydronephrosis",
            "Bosniak 2",
            "04:18 GMT",
            "perinephric stranding",
            "urology SHO",
            "Teleradiology report (overnight)",
        ),
    ),
    (
        "uk10",
        "en",
        """MSH|^~\\&|CRIS|⟦INSTITUTION:RBH⟧|EPR|⟦INSTITUTION:RBH⟧|⟦DATE:20261104113000⟧||ORU^R01|⟦ID:CRIS-5518204⟧|P|2.4
PID|||⟦ID:9434765870⟧^^^NHS^NH~⟦ID:B1143882⟧^^^RBH^MR||⟦PERSON:KANAGARATNAM^SELVI⟧^^^MRS||⟦DATE:19620830⟧|F|||⟦ADDRESS:14 Kings Road^^Reading^^RG1 3AR⟧
OBR|1||⟦ID:RBH26A0912⟧|XMAMB^Mammogram bilateral|||⟦DATE:202611041050⟧
OBX|1|TX|||Symptomatic clinic. Triple assessment: M5 R 2 o'clock, U5, core biopsy 14G x3.
OBX|2|TX|||Reported by ⟦PERSON:STOKES^ADRIAN⟧^^^DR; second reader ⟦PERSON:A. Ng⟧""",
        (
            "ORU^R01",
            "Mammogram bilateral",
            "Triple assessment",
            "M5",
            "U5",
            "core biopsy 14G",
            "2 o'clock",
            "Symptomatic clinic",
            "XMAMB",
            "second reader",
        ),
    ),
    (
        "uk11",
        "en",
        """Individual Funding Request – cardiac MRI with stress perfusion
To: IFR Panel, ⟦INSTITUTION:NHS Kent and Medway ICB⟧  Ref ⟦ID:IFR/26/1187⟧
Patient: ⟦PERSON:Nataliia Kovalenko⟧ (Homes for Ukraine scheme; sponsor Mr ⟦PERSON:Graham Whitlock⟧, ⟦ADDRESS:Oast Cottage, Hadlow, Tonbridge TN11⟧)
Clinical case: HCM suspected, septal thickness 16 mm on echo, family history (brother died aged 24). ESC SCD risk calculation needed.
Requested by Dr ⟦PERSON:Rupert Takayasu⟧, cardiology, ⟦INSTITUTION:Maidstone Hospital⟧. No relation to Takayasu arteritis, which is excluded.""",
        (
            "stress perfusion",
            "HCM suspected",
            "septal thickness 16 mm",
            "aged 24",
            "ESC SCD risk",
            "Takayasu arteritis",
            "Homes for Ukraine scheme",
            "IFR Panel",
        ),
    ),
    (
        "uk12",
        "en",
        """Paediatric ED – X-ray R elbow, child aged 6
⟦PERSON:Amelia-Rose Parkinson⟧, DOB ⟦DATE:15/03/2020⟧. Fell from monkey bars at ⟦INSTITUTION:St Oswald's C of E Primary⟧; brought by teaching assistant Miss ⟦PERSON:Khan⟧ (school office ⟦PHONE:01228 401 332⟧).
Supracondylar fracture, Gartland type II; anterior humeral line anterior to capitellum. Fat pad sign positive. CRITOE: ossification centres age-appropriate.
Mum ⟦PERSON:Stacey⟧ on way. Safeguarding: no concerns. Reviewed by Dr ⟦PERSON:Ng⟧. Not related to Parkinson's disease clinic letter in notes.""",
        (
            "Supracondylar fracture",
            "Gartland type II",
            "anterior humeral line",
            "Fat pad sign positive",
            "CRITOE",
            "aged 6",
            "Parkinson's disease",
            "monkey bars",
            "Safeguarding: no concerns",
        ),
    ),
    (
        "uk13",
        "en",
        """Dictated report (speech recognition, unverified)
Patient Mrs ⟦PERSON:Bell⟧ full stop CT pulmonary angiogram colon filling defect right lower lobe segmental arteries comma RV to LV ratio 0.8 full stop
No Hampton hump full stop Bell's palsy history noted full stop new paragraph
Comparison with ⟦DATE:March twenty twenty four⟧ imaging at ⟦INSTITUTION:Kings Mill⟧ full stop dictated by Doctor ⟦PERSON:Oyelaran⟧ at 17:05
Job number ⟦ID:DX 4418 207⟧ typed by ⟦PERSON:SJW⟧""",
        (
            "CT pulmonary angiogram",
            "filling defect",
            "right lower lobe",
            "RV to LV ratio 0.8",
            "Hampton hump",
            "Bell's palsy",
            "17:05",
            "full stop",
            "segmental arteries",
        ),
    ),
    (
        "uk14",
        "en",
        """Consent Form 1 – coronary angiography ± PCI
Patient name ⟦PERSON:Selvarajah Thirukumaran⟧ (known as ⟦PERSON:Kumar⟧). NHS number ⟦ID:401 023 2137⟧. NINO ⟦ID:QQ 12 34 56 C⟧.
Risks discussed: bleeding, stroke (1 in 1000), contrast nephropathy, vascular access (radial, Allen's test normal).
Interpreter (Tamil): Ms ⟦PERSON:Vasanthi⟧, booking ⟦ID:BIG-774120⟧ via ⟦INSTITUTION:Big Word⟧. Son ⟦PERSON:Aravinth⟧ present.
Signed ⟦DATE:5/11/2026⟧, Dr ⟦PERSON:Olu Bakare⟧, ⟦INSTITUTION:Harefield Hospital⟧.""",
        (
            "coronary angiography",
            "1 in 1000",
            "contrast nephropathy",
            "Allen's test",
            "Consent Form 1",
            "Tamil",
            "vascular access",
            "bleeding, stroke",
            "PCI",
            "Interpreter (Tamil)",
        ),
    ),
    (
        "uk15",
        "en",
        """[NHSmail Teams] Radiology Registrars group
⟦PERSON:Priya S⟧ 08:02: anyone free to protocol an MR pelvis for the gynae-onc MDT? pt is Mrs ⟦PERSON:O'Sullivan⟧, ?FIGO IB2
⟦PERSON:Tom Whitehead⟧ 08:05: on it. hosp no ⟦ID:K2218870⟧? also her daughter ⟦PERSON:Niamh⟧ rang switchboard again
⟦PERSON:Priya S⟧ 08:06: yes. Small field T2 oblique axial, DWI b1000. Krukenberg ruled out last time 👍
⟦PERSON:Tom Whitehead⟧ 08:09: MDT coordinator is ⟦PERSON:Gemma⟧ ⟦EMAIL:gemma.lowe2@nhs.net⟧""",
        (
            "MR pelvis",
            "gynae-onc MDT",
            "FIGO IB2",
            "T2 oblique axial",
            "DWI b1000",
            "Krukenberg",
            "08:02",
            "switchboard",
            "Radiology Registrars",
        ),
    ),
    (
        "uk16",
        "en",
        """Assisted Conception Unit – HyCoSy report
⟦INSTITUTION:Ninewells Hospital⟧ ACU, ⟦ADDRESS:Dundee⟧. Patient ⟦PERSON:Ewa Zielińska⟧ (⟦PERSON:Zielinska⟧), CHI ⟦ID:2208894420⟧, HFEA ref ⟦ID:H-0441-2287⟧
Day 8 of cycle. Uterus anteverted, 8.2 cm. Right tube patent, left tube: no spill, ?proximal occlusion. AFC 14. Endometrioma L 21 mm.
Partner ⟦PERSON:Marek Zieliński⟧. Next: laparoscopy and dye. Letter to GP Dr ⟦PERSON:Fiona Crabb⟧, ⟦INSTITUTION:Lochee Health Centre⟧, on ⟦DATE:6 Nov 2026⟧.""",
        (
            "HyCoSy",
            "Day 8 of cycle",
            "Uterus anteverted",
            "no spill",
            "proximal occlusion",
            "AFC 14",
            "Endometrioma",
            "laparoscopy and dye",
            "Assisted Conception Unit",
            "Uterus anteverted, 8.2 cm",
        ),
    ),
)
