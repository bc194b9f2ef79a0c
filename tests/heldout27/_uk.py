# ruff: noqa: E501
"""Held-out 27, United Kingdom: marked excerpts (see deid_corpus.py for the conventions)."""

UK = (
    (
        "uk01",
        "en",
        "NHS Breast Screening Programme – ⟦INSTITUTION:West of London Breast Screening Service⟧\n"
        "Ms ⟦PERSON:Adaeze Okonkwo-Harris⟧\n⟦ADDRESS:Flat 7, Cedar Court\n41 Uxbridge Road\nLondon W12 8LJ⟧\n"
        "NHS No: ⟦ID:401 023 2137⟧\nDate: ⟦DATE:14/02/2025⟧\nDear Ms ⟦PERSON:Okonkwo-Harris⟧, your recent mammogram needs "
        "further assessment (recall). This does not mean you have cancer. Your appointment is on "
        "⟦DATE:Thursday 27 February⟧ at 10:40 at ⟦INSTITUTION:Charing Cross⟧ Breast Unit. Call ⟦PHONE:020 3311 1447⟧.",
        ("NHS Breast Screening Programme", "mammogram", "further assessment", "recall", "10:40", "Breast Unit"),
    ),
    (
        "uk02",
        "en",
        "ED TRIAGE – ⟦INSTITUTION:Royal Stoke⟧ Major Trauma Centre  03/03/25 23:14\nName: ⟦PERSON:KOWALSKI, Bartosz⟧  "
        "MRN ⟦ID:RJE4481920⟧  DOB ⟦DATE:19-Aug-1992⟧\nMOI: RTC, driver, 60 mph, airbag deployed. Manchester Triage: "
        "Orange. C-spine cleared clinically? No – NEXUS positive. CT trauma series (whole-body) requested. "
        "Brought by ⟦INSTITUTION:WMAS⟧ crew ⟦ID:4417⟧; wife ⟦PERSON:Agnieszka⟧ en route.",
        (
            "ED TRIAGE",
            "Major Trauma Centre",
            "23:14",
            "RTC",
            "Manchester Triage",
            "C-spine",
            "NEXUS",
            "CT trauma series",
        ),
    ),
    (
        "uk03",
        "en",
        "Lung MDT – Outcome  ⟦DATE:Wed 26.02.2025⟧\nPresent: Dr ⟦PERSON:R. Chaudhry⟧ (chest physician, chair), "
        "Mr ⟦PERSON:Gavin McAllister⟧ (thoracic surgeon), Dr ⟦PERSON:Eilidh Baird⟧ (radiology), "
        "Dr ⟦PERSON:Tomás Ó Briain⟧ (pathology), ⟦PERSON:Leanne Pryce⟧ CNS\nPatient: ⟦PERSON:HUGHES, Glenys⟧, "
        "CHI ⟦ID:0504486221⟧. PET-CT: 3.2 cm LUL mass, ipsilateral hilar node SUV 6. EBUS 4L/7 negative. "
        "Outcome: VATS lobectomy; Brock score n/a.",
        (
            "Lung MDT",
            "chest physician",
            "thoracic surgeon",
            "CNS",
            "PET-CT",
            "LUL",
            "EBUS",
            "4L/7",
            "VATS lobectomy",
            "Brock score",
        ),
    ),
    (
        "uk04",
        "en",
        "NHS Continuing Healthcare – Checklist outcome\nIndividual: Mr ⟦PERSON:Derek Ashworth⟧, ⟦AGE:91⟧, "
        "NHS no. ⟦ID:943 476 5919⟧\nPlace of assessment: ⟦INSTITUTION:Moorside Lodge⟧ (nursing home), "
        "⟦ADDRESS:Halifax HX3 6AB⟧\nDate: ⟦DATE:3rd March 2025⟧. Outcome: referral for full assessment (DST). "
        "Recent CT head: small vessel disease, old left PACI. Assessor: ⟦PERSON:Joanne Whittle⟧, "
        "⟦INSTITUTION:Calderdale ICB⟧, ⟦EMAIL:joanne.whittle2@nhs.net⟧",
        (
            "Continuing Healthcare",
            "Checklist",
            "nursing home",
            "full assessment",
            "DST",
            "CT head",
            "small vessel disease",
            "PACI",
        ),
    ),
    (
        "uk05",
        "en",
        "Teleradiology consult – ⟦INSTITUTION:Ysbyty Bronglais⟧ → ⟦INSTITUTION:Morriston⟧ neuro on-call\n"
        "04/03 02:48 Dr ⟦PERSON:Ffion Llewelyn⟧ (F2, bleep ⟦PHONE:6127⟧): 58M, thunderclap headache at 23:30, "
        "CTH negative at 6h? SAH protocol: LP vs CTA. Neuro reg Dr ⟦PERSON:Aditya Raghunathan⟧ advised CTA: "
        "no aneurysm, perimesencephalic pattern absent. Pt: ⟦PERSON:Gethin Pugh⟧, hosp no ⟦ID:B0339871⟧.",
        (
            "Teleradiology consult",
            "neuro on-call",
            "02:48",
            "F2",
            "58M",
            "thunderclap headache",
            "SAH protocol",
            "CTA",
            "perimesencephalic",
        ),
    ),
    (
        "uk06",
        "en",
        "Bed state 06:00 – ⟦INSTITUTION:Queen Elizabeth University Hospital⟧ site flow\n"
        "Ward 7C (AMU) | Bay 2 Bed 4 | ⟦PERSON:MACLEOD Iain⟧ | EDD ⟦DATE:06/03⟧ | awaiting MRI L-spine\n"
        "Ward 7C (AMU) | SR 3 | ⟦PERSON:ZHANG Wei (张伟)⟧ | EDD ⟦DATE:07/03⟧ | C. diff side room\n"
        "Ward 10D | Bay 1 Bed 2 | ⟦PERSON:O'HARA Bridget⟧ | delayed discharge – waiting ⟦INSTITUTION:Clyde Court⟧ "
        "care home place\nFlow coordinator: ⟦PERSON:Shona⟧ x⟦PHONE:84412⟧",
        (
            "Bed state",
            "06:00",
            "site flow",
            "Ward 7C",
            "AMU",
            "MRI L-spine",
            "C. diff",
            "side room",
            "delayed discharge",
            "care home",
        ),
    ),
    (
        "uk07",
        "en",
        "Dear Dr ⟦PERSON:Hartley⟧,\nRe: ⟦PERSON:Nkechi Eze⟧, DOB ⟦DATE:08.11.1988⟧, ⟦ADDRESS:12 Bramley Way, Bedford MK41⟧\n"
        "Thank you for referring this 36-year-old to ⟦INSTITUTION:Alliance Medical⟧ (PET-CT and MR unit). "
        "MR pelvis shows a 4 cm endometrioma and deep endometriosis of the pouch of Douglas. "
        "Yours sincerely,\nDr ⟦PERSON:Marcus Pennington-Lowe⟧ FRCR\ncc: Mr ⟦PERSON:S. Adeyemi⟧, gynaecology, "
        "⟦INSTITUTION:Bedford Hospital⟧",
        ("36-year-old", "MR pelvis", "endometrioma", "deep endometriosis", "pouch of Douglas", "FRCR", "gynaecology"),
    ),
    (
        "uk08",
        "en",
        "DATIX incident report WEB148377\nReported: ⟦DATE:21 Feb 2025⟧ 15:52 by ⟦PERSON:Chloe Barraclough⟧ (Band 6 radiographer)\n"
        "Patient Mr ⟦PERSON:Harold Winterbottom⟧ (hosp no ⟦ID:K2290455⟧) received IV contrast (Omnipaque 350) "
        "with eGFR 24 not checked before CT abdomen. No harm. Handler: Dr ⟦PERSON:Imran Siddiqui⟧, "
        "Radiology Governance Lead, ext. ⟦PHONE:3304⟧.",
        (
            "DATIX",
            "15:52",
            "Band 6 radiographer",
            "IV contrast",
            "Omnipaque 350",
            "eGFR 24",
            "CT abdomen",
            "No harm",
            "Radiology Governance Lead",
        ),
    ),
    (
        "uk09",
        "en",
        "Radiology on-call rota – March 2025 (page 1 of 2)\nDate,Registrar,Consultant,Bleep\n"
        "01/03,Dr ⟦PERSON:Priya Venkataraman⟧,Dr ⟦PERSON:Hamish Cowie⟧,⟦PHONE:2040⟧\n"
        "02/03,Dr ⟦PERSON:Olusegun Bankole⟧,Dr ⟦PERSON:Bethany Craddock⟧,⟦PHONE:2040⟧\n"
        "03/03,Dr ⟦PERSON:Jakub Nowicki⟧,Dr ⟦PERSON:Hamish Cowie⟧,⟦PHONE:2041⟧\n"
        "IR on-call via switchboard. Swaps to rota coordinator ⟦EMAIL:rad.rota@nhs.net⟧",
        ("on-call rota", "page 1 of 2", "Registrar", "Consultant", "IR on-call", "switchboard", "rota coordinator"),
    ),
    (
        "uk10",
        "en",
        "Phone note ⟦DATE:05/03/2025⟧ 12:10 – spoke to daughter ⟦PERSON:Rebecca Thornhill⟧ (NOK, ⟦PHONE:07700 900418⟧) "
        "re her mother ⟦PERSON:Margaret Thornhill⟧ (⟦AGE:99⟧). Explained CT KUB: 7 mm obstructing calculus at the "
        "left VUJ, moderate hydronephrosis. Urology (Mr ⟦PERSON:Dunleavy⟧) to consider stent. "
        "Carer from ⟦INSTITUTION:Bluebird Care Harrogate⟧ to bring meds list. – SpR ⟦PERSON:A. Mensah⟧",
        ("Phone note", "12:10", "NOK", "CT KUB", "obstructing calculus", "VUJ", "hydronephrosis", "Urology", "stent"),
    ),
    (
        "uk11",
        "en",
        "ADDENDUM (⟦DATE:28/02/2025⟧): Following discussion with Dr ⟦PERSON:Kirsty Geddes⟧ at ⟦INSTITUTION:Ninewells⟧, "
        "the outside MRI from ⟦INSTITUTION:Spire Murrayfield⟧ (⟦DATE:Oct 2024⟧) has been reviewed. The T12 "
        "lesion (sag STIR, image 9/22) is stable and typical of a haemangioma; no Modic change at L4/5. "
        "Accession ⟦ID:TAY250228-00931⟧. Reported by Dr ⟦PERSON:Niall Strachan⟧, GMC ⟦ID:7043318⟧.",
        ("ADDENDUM", "outside MRI", "T12", "sag STIR", "image 9/22", "haemangioma", "Modic", "L4/5"),
    ),
    (
        "uk12",
        "en",
        "From: ⟦PERSON:Sophie Laurent-Whyte⟧ <⟦EMAIL:sophie.lw@btinternet.com⟧>\nTo: imaging appointments\n"
        "Subject: Re: MRI knee ⟦DATE:Mon 10th⟧\nHi, I can't do Monday, could I have a slot after 4pm? "
        "My hospital number is ⟦ID:RTH0983317⟧.\nThanks, ⟦PERSON:Sophie⟧\n> On ⟦DATE:3 Mar 2025⟧, ⟦INSTITUTION:Nuffield "
        "Orthopaedic Centre⟧ wrote:\n> Your MRI knee (no contrast) is booked for 08:45.",
        ("imaging appointments", "MRI knee", "after 4pm", "no contrast", "08:45"),
    ),
    (
        "uk13",
        "en",
        "IRMER referral – ⟦INSTITUTION:Cwm Taf Morgannwg UHB⟧\nPatient: ⟦PERSON:Morgan-Rees, Dylan⟧ (aged 11), "
        "NHS ⟦ID:718 224 9936⟧\nMother: ⟦PERSON:Carys Morgan⟧, ⟦PHONE:01443 443 812⟧\nExam: US hips (⟦DATE:12/2024⟧) "
        "then XR pelvis AP + frog-leg lateral. Query Perthes disease vs transient synovitis. "
        "Referrer: Dr ⟦PERSON:Mohammed Bashir⟧, ⟦INSTITUTION:Tonyrefail Health Centre⟧.",
        (
            "IRMER referral",
            "aged 11",
            "US hips",
            "XR pelvis",
            "frog-leg lateral",
            "Perthes disease",
            "transient synovitis",
        ),
    ),
    (
        "uk14",
        "en",
        "Patient Transport Service booking – ⟦INSTITUTION:EMAS⟧ non-emergency\nRef ⟦ID:PTS-2503-77134⟧  Collect "
        "⟦DATE:11/03/2025⟧ 07:15 from ⟦ADDRESS:22 Gallowtree Gate, Leicester LE1 5AD⟧\nPatient ⟦PERSON:Harjit Kaur Sandhu⟧, "
        "mobility: wheelchair, O2 2 L. Destination: ⟦INSTITUTION:Glenfield Hospital⟧, Imaging Dept, CT coronary "
        "angiogram 09:00. Escort: son ⟦PERSON:Gurpreet⟧.",
        (
            "Patient Transport Service",
            "non-emergency",
            "07:15",
            "wheelchair",
            "O2 2 L",
            "Imaging Dept",
            "CT coronary angiogram",
            "09:00",
        ),
    ),
    (
        "uk15",
        "en",
        "Pathology–radiology correlation meeting ⟦DATE:04 March 2025⟧\n1. ⟦PERSON:Pettigrew, Alasdair⟧ "
        "(⟦ID:ED2210479⟧): US-guided core of right level II node – classical Hodgkin lymphoma, nodular sclerosis. "
        "Concordant. Lugano staging PET next. 2. ⟦PERSON:Rahman, Tasnim⟧: liver biopsy (segment IVb) – "
        "focal nodular hyperplasia, concordant with MR (Primovist). Histopathologist: Dr ⟦PERSON:Graham Sutherland⟧.",
        (
            "core",
            "level II node",
            "Hodgkin lymphoma",
            "nodular sclerosis",
            "Lugano staging",
            "segment IVb",
            "focal nodular hyperplasia",
            "Primovist",
        ),
    ),
)
