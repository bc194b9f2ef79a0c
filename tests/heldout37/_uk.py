# ruff: noqa: E501
"""Held-out 37, United Kingdom: marked excerpts (see deid_corpus.py for the conventions)."""

UK = (
    (
        "uk-01",
        "en",
        "Trauma call – ⟦INSTITUTION:Royal London Hospital⟧ ED, resus bay 2, 23:08.\n"
        "Pre-alert from ⟦INSTITUTION:London Ambulance Service⟧ crew ⟦ID:Charlie 414⟧ (paramedic ⟦PERSON:Dean Okafor⟧); HEMS ⟦ID:Helimed 27⟧ doctor Dr ⟦PERSON:Ailsa McLeod⟧ not attending.\n"
        "Patient: ⟦PERSON:BRENNAN, Kieran⟧, DOB ⟦DATE:17/10/1993⟧, NHS ⟦ID:485 777 3456⟧. Pedestrian v car at ⟦ADDRESS:Commercial Road, E1⟧, thrown ~5 m.\n"
        "CT trauma: open-book pelvic injury (APC II), left haemopneumothorax, Grade IV liver laceration. MTP activated. Canadian C-spine rule not applicable (GCS 12).",
        (
            "APC II",
            "haemopneumothorax",
            "MTP activated",
            "Canadian C-spine rule",
            "GCS 12",
            "resus bay 2",
            "Pedestrian v car",
            "23:08",
        ),
    ),
    (
        "uk-02",
        "en",
        "Police attendance: PC ⟦PERSON:Jamie Holt⟧ collar no. ⟦ID:4471⟧, ⟦INSTITUTION:Greater Manchester Police⟧, incident log ⟦ID:GMP-250314-0987⟧.\n"
        "Assault in the street outside ⟦ADDRESS:17 Wilmslow Road, Manchester M14 5TQ⟧. Friend ⟦PERSON:Tash⟧ (⟦PERSON:Natasha Greenwood⟧) accompanying, mob ⟦PHONE:07700 900418⟧.\n"
        "CT facial bones: bilateral mandibular fractures (left parasymphyseal and right angle), Le Fort I not present. Zygomatic arches intact. Maxfax on-call informed 01:35.",
        (
            "Le Fort I",
            "parasymphyseal",
            "Zygomatic arches",
            "Maxfax on-call",
            "01:35",
            "CT facial bones",
            "mandibular fractures",
        ),
    ),
    (
        "uk-03",
        "en",
        "Safeguarding – Children. Skeletal survey for ⟦PERSON:Alfie-James Turner⟧, 9 months, hospital no. ⟦ID:RX1 2207718⟧, ⟦INSTITUTION:Leeds Children's Hospital⟧.\n"
        "Mother ⟦PERSON:Chantelle Turner⟧; mother's partner ⟦PERSON:Ryan Hewitt⟧ (not the father). Social worker ⟦PERSON:Priya Mistry⟧, ⟦INSTITUTION:Leeds City Council Children's Social Work Service⟧, ⟦PHONE:0113 378 9641⟧.\n"
        "Findings: healing posterior rib fractures right 6th–8th, classic metaphyseal lesion distal left tibia. Follow-up survey at 11–14 days per RCR/SCoR guidance.",
        (
            "posterior rib fractures",
            "classic metaphyseal lesion",
            "RCR/SCoR guidance",
            "Skeletal survey",
            "Safeguarding",
            "9 months",
            "11–14 days",
        ),
    ),
    (
        "uk-04",
        "en",
        "Maternity – ⟦INSTITUTION:Liverpool Women's Hospital⟧. Patient ⟦PERSON:Siobhan Doyle⟧, 29, G1P0, 35+2 weeks. Birth partner: ⟦PERSON:Connor Walsh⟧. Community midwife ⟦PERSON:Bev Marsh⟧ (⟦PHONE:0151 702 4143⟧ ext ⟦PHONE:2210⟧).\n"
        "RTC as front-seat passenger, seatbelt worn. MRI not available; CT abdomen/pelvis with fetal shielding discussion: placental abruption not excluded, no uterine rupture. Fetal heart present on CTG.",
        (
            "placental abruption",
            "uterine rupture",
            "CTG",
            "seatbelt worn",
            "front-seat passenger",
            "35+2 weeks",
            "G1P0",
            "Maternity",
        ),
    ),
    (
        "uk-05",
        "en",
        "Mental Health Act: detained under Section 2, ⟦INSTITUTION:Oxleas NHS Foundation Trust⟧. AMHP ⟦PERSON:Gareth Pryce⟧. Nearest relative: brother ⟦PERSON:Daniel Osei⟧, ⟦ADDRESS:Flat 4, 22 Powis Street, London SE18 6LF⟧.\n"
        "Patient ⟦PERSON:Kwame Osei⟧, DOB ⟦DATE:2 Nov 1990⟧. Psychiatric liaison (RAID) request: MRI head before antipsychotic depot.\n"
        "Findings: no space-occupying lesion. Small cavum septum pellucidum, normal variant. No mesial temporal sclerosis.",
        (
            "Section 2",
            "cavum septum pellucidum",
            "mesial temporal sclerosis",
            "antipsychotic depot",
            "RAID",
            "normal variant",
            "Nearest relative",
        ),
    ),
    (
        "uk-06",
        "en",
        "Court of Protection order ⟦ID:COP 13882745⟧ appointing ⟦PERSON:Margaret Lamb⟧ as deputy for health and welfare of ⟦PERSON:Harold Bright⟧ (⟦AGE:94⟧), resident at ⟦INSTITUTION:Cedar Lodge Care Home⟧, ⟦ADDRESS:Sandbach⟧.\n"
        "IMCA ⟦PERSON:Lowri Evans⟧ (⟦INSTITUTION:POhWER⟧) consulted for best-interests decision on ⟦DATE:6th March 2025⟧.\n"
        "CT head: chronic bilateral subdural collections (max 14 mm), mild mass effect, no midline shift.",
        (
            "subdural collections",
            "mass effect",
            "best-interests decision",
            "deputy for health and welfare",
            "Court of Protection",
            "14 mm",
        ),
    ),
    (
        "uk-07",
        "en",
        "HM Coroner referral: ⟦INSTITUTION:HM Coroner for Inner North London⟧, coroner's officer Sgt ⟦PERSON:Paul Whitaker⟧, ref ⟦ID:INL-2025-00371⟧, tel ⟦PHONE:020 7974 4545⟧.\n"
        "Deceased: ⟦PERSON:Eileen Frost⟧, date of death ⟦DATE:01/03/2025⟧. Funeral director ⟦INSTITUTION:A. France & Son⟧ collected. Next of kin: son ⟦PERSON:Graham Frost⟧.\n"
        "Post-mortem CT (PMCT) with targeted coronary angiography: occlusion of proximal LAD, haemopericardium absent, aspiration in right lower lobe.\n"
        "Inquest papers: ⟦URL:https://coroner.camden.example.gov.uk/inquests/view?ref=INL-2025-00371⟧",
        (
            "targeted coronary angiography",
            "proximal LAD",
            "haemopericardium",
            "right lower lobe",
            "Post-mortem CT",
            "Next of kin",
        ),
    ),
    (
        "uk-08",
        "en",
        "SNOD note – organ donation. Specialist Nurse ⟦PERSON:Rachel Garden⟧, ⟦INSTITUTION:NHSBT Organ Donation Services Team Midlands⟧, mob ⟦PHONE:07623 514 908⟧.\n"
        "Donor ⟦PERSON:Leon Hawkins⟧, ODT number ⟦ID:D-88402⟧, ⟦INSTITUTION:Queen Elizabeth Hospital Birmingham⟧ critical care. Family (partner ⟦PERSON:Jade⟧) consented Sat ⟦DATE:12/04/2025⟧.\n"
        "CT chest for lung assessment: bilateral dependent atelectasis, no consolidation, no emphysema. Old left hip fracture, fixed (Garden classification not applicable).",
        (
            "dependent atelectasis",
            "consolidation",
            "emphysema",
            "Garden classification",
            "critical care",
            "lung assessment",
        ),
    ),
    (
        "uk-09",
        "en",
        "Age assessment (Merton-compliant) requested by ⟦INSTITUTION:Kent County Council⟧ Children's Services; social worker ⟦PERSON:Olu Adeyemi⟧. Young person: ⟦PERSON:Mohammed Yusuf Abdi⟧, claimed DOB ⟦DATE:1/1/2009⟧, Home Office ref ⟦ID:A1234567/003⟧.\n"
        "Solicitor: Ms ⟦PERSON:Hannah Pike⟧, ⟦INSTITUTION:Duncan Lewis Solicitors⟧, ⟦EMAIL:hpike@duncanlewis.example.co.uk⟧.\n"
        "Radiology declined: left hand radiograph for Greulich and Pyle not performed (RCR/RCPCH position statement: not reliable for age assessment).",
        (
            "Merton-compliant",
            "Greulich and Pyle",
            "RCR/RCPCH position statement",
            "hand radiograph",
            "Young person",
            "Age assessment",
        ),
    ),
    (
        "uk-10",
        "en",
        "Paediatric ED ⟦INSTITUTION:Sheffield Children's⟧: ⟦PERSON:Ellie-Mae⟧, 6, fall from monkey bars at ⟦INSTITUTION:Hunters Bar Infant School⟧ at lunchtime; teacher Mrs ⟦PERSON:Kaur⟧ rang dad ⟦PERSON:Lee Barker⟧ on ⟦PHONE:07911 123456⟧.\n"
        "XR right elbow: supracondylar fracture, Gartland III, anterior humeral line misses capitellum, fat pad sign positive. Radial pulse present. To theatre tonight.",
        (
            "Gartland III",
            "anterior humeral line",
            "capitellum",
            "fat pad sign",
            "monkey bars",
            "supracondylar fracture",
            "theatre",
        ),
    ),
    (
        "uk-11",
        "en",
        "Scottish Trauma Network – ⟦INSTITUTION:Ninewells Hospital⟧ Major Trauma Centre. SAS call-sign ⟦ID:Tango 31⟧, crew ⟦PERSON:Iain Robertson⟧ / ⟦PERSON:Kirsty Laing⟧. CHI ⟦ID:1205873318⟧.\n"
        "Quad bike rollover on a farm at ⟦ADDRESS:Glenisla, Blairgowrie PH11⟧. Wife ⟦PERSON:Morag Ogilvie⟧ found him.\n"
        "CT: C1 Jefferson fracture, C2 hangman's fracture (Levine-Edwards II), right vertebral artery dissection (Biffl grade II).",
        (
            "Jefferson fracture",
            "hangman's fracture",
            "Levine-Edwards II",
            "Biffl grade II",
            "vertebral artery dissection",
            "Quad bike rollover",
            "Major Trauma Centre",
        ),
    ),
    (
        "uk-12",
        "en",
        "Discharge summary cc: GP Dr ⟦PERSON:Sunil Parkinson⟧, ⟦INSTITUTION:Moss Side Health Centre⟧, ⟦ADDRESS:Monton Street, Manchester M14 4GP⟧; Health Visitor ⟦PERSON:Sue Field⟧.\n"
        "Baby ⟦PERSON:Amira Begum⟧ (DOB ⟦DATE:20.01.2025⟧), NHS ⟦ID:943 476 5870⟧, attended with maternal grandmother ⟦PERSON:Rokeya Begum⟧ (interpreter Sylheti).\n"
        "US hips (Graf): bilateral type Ia. Grandmother has Parkinson's disease and needs transport. Pavlik harness not required.",
        (
            "Graf",
            "type Ia",
            "Pavlik harness",
            "Parkinson's disease",
            "Health Visitor",
            "interpreter Sylheti",
            "US hips",
        ),
    ),
    (
        "uk-13",
        "en",
        "Emergency Department ⟦INSTITUTION:University Hospital of Wales⟧ – self-harm presentation, brought by ⟦INSTITUTION:British Transport Police⟧ officer PC ⟦PERSON:Gethin Morgan⟧ (shoulder no. ⟦ID:BTP 7712⟧) from ⟦ADDRESS:Cardiff Central station⟧.\n"
        "Patient ⟦PERSON:Callum Price⟧, 19. Liaison psychiatry (Dr ⟦PERSON:Rhian Bowen⟧, bleep ⟦PHONE:5523⟧).\n"
        "CT head and C-spine (NICE head injury guideline): no acute intracranial injury. Incidental arachnoid cyst left middle cranial fossa (Galassi I).",
        (
            "NICE head injury guideline",
            "arachnoid cyst",
            "Galassi I",
            "middle cranial fossa",
            "self-harm presentation",
            "Liaison psychiatry",
        ),
    ),
    (
        "uk-14",
        "en",
        "Dear Mr ⟦PERSON:Chance⟧, your son ⟦PERSON:Oliver Chance⟧'s scan on Tuesday ⟦DATE:4 February 2025⟧ at ⟦INSTITUTION:Bristol Royal Hospital for Children⟧ has been reported.\n"
        "Ref: ⟦ID:BRHC/RAD/0044718⟧. Please contact ⟦PERSON:Lucy⟧ on ⟦PHONE:0117 342 8065⟧ or ⟦EMAIL:paedradiology@uhbw.example.nhs.uk⟧.\n"
        "MRI spine: Chance fracture of L2 (flexion-distraction, lap-belt mechanism) with posterior ligamentous complex injury (TLICS 7). Bowel wall thickening: review by surgeons.",
        (
            "Chance fracture of L2",
            "flexion-distraction",
            "lap-belt mechanism",
            "posterior ligamentous complex",
            "TLICS 7",
            "Bowel wall thickening",
        ),
    ),
    (
        "uk-15",
        "en",
        "RIS comment (CRIS) ⟦DATE:2025-03-21⟧ 14:02 by ⟦PERSON:sjones4⟧: Called ward 23 re ⟦PERSON:Ethel Baker⟧ (⟦AGE:99⟧), RXH no. ⟦ID:K449120⟧. Daughter ⟦PERSON:Carol⟧ (LPA) requests results by post to ⟦ADDRESS:3 Hove Park Villas, Hove BN3 6HP⟧.\n"
        "CXR: large left pleural effusion, no pneumothorax. Baker's cyst on last leg US not relevant.",
        ("pleural effusion", "pneumothorax", "Baker's cyst", "ward 23", "LPA", "CXR", "14:02"),
    ),
    (
        "uk-16",
        "en",
        "DICOM tags (PMCT, forensic): PatientName=⟦PERSON:WHITE^DAVID⟧^^MR ; PatientID=⟦ID:MPS25-1187⟧ ; StudyDate=⟦DATE:20250316⟧ ; InstitutionName=⟦INSTITUTION:East Sussex Mortuary Service⟧ ; ReferringPhysicianName=⟦PERSON:HOLMES^ANNA⟧ ; OperatorsName=⟦PERSON:jpatel⟧ ; Modality=CT ; BodyPartExamined=WHOLEBODY ; Manufacturer=Canon\n"
        "Findings: multiple stab wounds left chest, haemothorax 800 ml, cardiac tamponade.",
        (
            "PatientName",
            "StudyDate",
            "InstitutionName",
            "BodyPartExamined",
            "WHOLEBODY",
            "Manufacturer=Canon",
            "cardiac tamponade",
            "haemothorax",
        ),
    ),
)
