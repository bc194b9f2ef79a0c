# ruff: noqa: E501
"""Held-out 29, United Kingdom: marked excerpts (see deid_corpus.py for the conventions)."""

UK = (
    (
        "uk01",
        "en",
        "Lung Cancer MDT – ⟦INSTITUTION:Wythenshawe Hospital⟧, Tuesday ⟦DATE:11 March 2025⟧ 08:00\n"
        "Patient: ⟦PERSON:PARKINSON, Derek⟧  NHS No: ⟦ID:485 777 3456⟧  Hosp No: ⟦ID:M1234567⟧  DOB: ⟦DATE:03/06/1949⟧\n"
        "Presented by Dr ⟦PERSON:Ruth Tattersall⟧ (radiology). Present: Mr ⟦PERSON:Ahmed Qureshi⟧ (thoracic surgery), Dr ⟦PERSON:Bell⟧ (oncology), CNS ⟦PERSON:Jo Pickering⟧.\n"
        "CT/PET: RUL spiculated mass 34 mm, SUVmax 11, ipsilateral station 4R node; Herder score not applicable. T2a N2 M0, stage IIIA (TNM 8).\n"
        "Outcome: EBUS-TBNA of station 4R; refer for CHART-ED if N2 confirmed. Parkinson's disease noted – check fitness (WHO PS 1).",
        (
            "Lung Cancer MDT",
            "RUL",
            "SUVmax",
            "station 4R",
            "Herder score",
            "TNM 8",
            "EBUS-TBNA",
            "CHART-ED",
            "Parkinson's disease",
            "WHO PS 1",
            "08:00",
        ),
    ),
    (
        "uk02",
        "en",
        "Radiotherapy planning note – ⟦INSTITUTION:The Clatterbridge Cancer Centre⟧\n"
        "Name: ⟦PERSON:Gemma Hodgkinson⟧  DOB ⟦DATE:1978-02-14⟧  Unit No. ⟦ID:CCC0088121⟧\n"
        "CT simulation performed ⟦DATE:14/02/2025⟧ supine on breast board, arms up, 3 tattoos. Left breast + SCF, 40 Gy in 15 fractions (START B), "
        "DIBH with Varian RGSC. Heart V5 < 10 %, lung V17 14 %.\n"
        "Dosimetrist: ⟦PERSON:K. O'Hara⟧; checked by Dr ⟦PERSON:Samuel Wood⟧, ext ⟦PHONE:4412⟧.\n"
        "Start date agreed for ⟦DATE:3 March⟧ at the ⟦INSTITUTION:Aintree University Hospital⟧ satellite unit (Linac 5).",
        (
            "Radiotherapy planning",
            "CT simulation",
            "breast board",
            "SCF",
            "40 Gy in 15 fractions",
            "START B",
            "DIBH",
            "RGSC",
            "V17",
            "Linac 5",
            "3 tattoos",
        ),
    ),
    (
        "uk03",
        "en",
        "Molecular radiotherapy – 131I-mIBG therapy, dosimetry summary\n"
        "Patient: ⟦PERSON:Oliver Kent⟧, 7 y, CHI ⟦ID:0503171234⟧, ⟦INSTITUTION:Royal Hospital for Children Glasgow⟧ (Schiehallion ward)\n"
        "Parents: ⟦PERSON:Laura⟧ and ⟦PERSON:Graeme Kent⟧; isolation in lead-shielded room, parental comforter dose constraint 5 mSv.\n"
        "Administered ⟦DATE:21.01.2025⟧: 444 MBq/kg (total 10.2 GBq). Whole-body dose from serial dose-rate measurements 2.1 Gy (target 2 Gy); "
        "stem-cell rescue scheduled. Tumour: relapsed high-risk neuroblastoma, Curie score 12 at relapse.\n"
        "Physicist: Dr ⟦PERSON:Iain McKechnie⟧, bleep ⟦PHONE:6621⟧",
        (
            "131I-mIBG",
            "Molecular radiotherapy",
            "Schiehallion ward",
            "comforter dose constraint",
            "444 MBq/kg",
            "Whole-body dose",
            "stem-cell rescue",
            "neuroblastoma",
            "Curie score 12",
            "7 y",
        ),
    ),
    (
        "uk04",
        "en",
        "ADDENDUM – histology correlation (pasted from ICE, lab ref ⟦ID:25H004417⟧)\n"
        "Specimen: US-guided core biopsy right axilla, 14G x3, ⟦DATE:28 Feb 2025⟧.\n"
        "Microscopy: metastatic melanoma, SOX10 and Melan-A positive, BRAF V600E detected by NGS. Breslow thickness of primary (2019) 2.4 mm, Clark level IV.\n"
        "Reported by Dr ⟦PERSON:Niamh Cowley⟧, Consultant Histopathologist, ⟦INSTITUTION:Leeds Teaching Hospitals⟧.\n"
        "Radiology comment: concordant with the 22 mm necrotic node (image 31, series 4). Discussed with Mr ⟦PERSON:Clark⟧ (plastics).",
        (
            "SOX10",
            "Melan-A",
            "BRAF V600E",
            "NGS",
            "Breslow thickness",
            "Clark level IV",
            "2019",
            "image 31, series 4",
            "14G",
            "metastatic melanoma",
        ),
    ),
    (
        "uk05",
        "en",
        "Research nurse note – ISRCTN17219245 (NIHR portfolio), PET-guided de-escalation study\n"
        "Participant ID ⟦ID:PETDE-041-0187⟧, screening log no. ⟦ID:S0412⟧, initials ⟦PERSON:AJW⟧\n"
        "Consent version 4.1 signed ⟦DATE:17/03/2025⟧ in clinic room 6 with Dr ⟦PERSON:Priya Natarajan⟧ as witness; "
        "optional tissue sub-study declined. Baseline FDG PET-CT booked at ⟦INSTITUTION:Mount Vernon Cancer Centre⟧.\n"
        "Contact: ⟦PERSON:Becky Mills⟧, Research Nurse, ⟦EMAIL:rebecca.mills2@nhs.net⟧, bleep ⟦PHONE:315⟧",
        (
            "ISRCTN17219245",
            "NIHR portfolio",
            "Consent version 4.1",
            "tissue sub-study",
            "FDG PET-CT",
            "clinic room 6",
            "Research Nurse",
            "PET-guided de-escalation",
        ),
    ),
    (
        "uk06",
        "en",
        "Clinical Genetics – ⟦INSTITUTION:Belfast City Hospital⟧ (Regional Genetics Service)\n"
        "Consultand: ⟦PERSON:Siobhán McAleese⟧, H&C No ⟦ID:326 441 7790⟧, lives in ⟦ADDRESS:Newry⟧; sister ⟦PERSON:Aoife Doherty⟧ lives in ⟦ADDRESS:Dundalk⟧ "
        "and is under ⟦INSTITUTION:St James's Hospital, Dublin⟧ (Irish MRN ⟦ID:0993317⟧).\n"
        "Pedigree: mother d. ovarian ca at 48; maternal aunt breast ca 39; maternal grandfather pancreatic ca. Manchester score 22; CanRisk 10-year risk 5.8 %.\n"
        "BRCA2 c.9097dup identified in aunt. Recommend annual MRI 30-49 (NHS BSP very-high-risk), mammography from 40.",
        (
            "Pedigree",
            "Manchester score 22",
            "CanRisk",
            "BRCA2 c.9097dup",
            "NHS BSP",
            "very-high-risk",
            "ovarian ca",
            "Regional Genetics Service",
            "annual MRI 30-49",
        ),
    ),
    (
        "uk07",
        "en",
        "Paediatric oncology – ⟦INSTITUTION:Great Ormond Street Hospital⟧, Lion ward\n"
        "Child: ⟦PERSON:Isla-Rose Bennett⟧ (goes by ‘⟦PERSON:Izzy⟧’), DOB ⟦DATE:09/12/2019⟧, MRN ⟦ID:G4419087⟧\n"
        "Mum ⟦PERSON:Chloe Bennett⟧, mobile ⟦PHONE:07700 900461⟧; Dad ⟦PERSON:Jamie Reid⟧ (separated, shared parental responsibility).\n"
        "MRI brain/spine under GA: posterior fossa mass 4.1 cm, restricted diffusion, no leptomeningeal spread (Chang M0). Likely medulloblastoma; "
        "SIOP Ependymoma II not relevant. Neurosurgery (Mr ⟦PERSON:Dobbs⟧) to see today 16:30.",
        (
            "Lion ward",
            "posterior fossa",
            "restricted diffusion",
            "leptomeningeal",
            "Chang M0",
            "medulloblastoma",
            "SIOP Ependymoma II",
            "16:30",
            "under GA",
        ),
    ),
    (
        "uk08",
        "en",
        "From: ⟦PERSON:Hannah Whitlock⟧ (⟦INSTITUTION:ROYAL MARSDEN NHS FOUNDATION TRUST⟧) <⟦EMAIL:hannah.whitlock@rmh.nhs.uk⟧>\n"
        "Sent: ⟦DATE:05 March 2025⟧ 17:12\nTo: Dr ⟦PERSON:Tom Fairbairn⟧\nSubject: RE: Sarcoma MDT – outside scans for Mr ⟦PERSON:Wilson⟧\n\n"
        "Hi ⟦PERSON:Tom⟧, the CDs from ⟦INSTITUTION:Maidstone Hospital⟧ arrived (accession ⟦ID:RWF25-118822⟧). Retroperitoneal liposarcoma 18 cm, "
        "dedifferentiated component in the left flank; Ewing is off the table. Can you add to Thursday's list?\n"
        ">> On ⟦DATE:4 Mar 2025⟧, at 09:30, ⟦PERSON:Fairbairn, Tom⟧ wrote: please chase the PACS import\n"
        "⟦PERSON:Hannah⟧ | Sarcoma Unit MDT coordinator | ⟦PHONE:020 7811 8111⟧ ext ⟦PHONE:4025⟧",
        (
            "Sarcoma MDT",
            "Retroperitoneal liposarcoma",
            "dedifferentiated",
            "Ewing",
            "PACS import",
            "17:12",
            "Sarcoma Unit",
            "MDT coordinator",
        ),
    ),
    (
        "uk09",
        "en",
        "[Scanned letter, OCR] ⟦INSTITUTION:Velindre Cancer Centre⟧, ⟦ADDRESS:Velindre Road, Whitchurch, Cardiff CF14 2TL⟧\n"
        "Date: ⟦DATE:2l/O2/2O25⟧   Our ref: ⟦ID:VCC/RT/88213⟧\n"
        "Dear Dr ⟦PERSON:Pryce⟧,\nRe: Mrs ⟦PERSON:Eirlys Vaughan-Jones⟧, DOB ⟦DATE:l4.O7.1952⟧, ⟦ADDRESS:Ty Gwyn, Heol y Llan, Llandeilo SA19 6BT⟧\n"
        "She completed palliative radiotherapy 8 Gy single fraction to T9 for a painful metastasis (Mirels not applicable, spine) with good effect. "
        "SINS score 9. Next CT in 3 months.\nYours sincerely, Dr ⟦PERSON:Gareth Llewellyn⟧, Consultant Clinical Oncologist",
        (
            "palliative radiotherapy",
            "8 Gy single fraction",
            "T9",
            "Mirels",
            "SINS score 9",
            "3 months",
            "Consultant Clinical Oncologist",
        ),
    ),
    (
        "uk10",
        "en",
        "APPOINTMENT LETTER – Nuclear Medicine, ⟦INSTITUTION:Royal Free Hospital⟧\n"
        "Mr ⟦PERSON:Jonathan Baker⟧\n⟦ADDRESS:Flat 3, 27 Fortune Green Road\nLondon NW6 1DU⟧\n"
        "NHS number ⟦ID:943 476 5919⟧\n"
        "Your appointment for a Ga-68 DOTATATE PET/CT is on Wednesday ⟦DATE:2nd April 2025⟧ at 09:15. Please do not eat for 4 hours. "
        "If you are on long-acting octreotide (Sandostatin LAR) the scan should be just before the next injection. "
        "A Baker's cyst on your earlier knee scan does not affect this test.\n"
        "Enquiries: ⟦PHONE:020 7794 0500⟧ ext ⟦PHONE:33410⟧; ⟦EMAIL:rf-nuclearmed.bookings@nhs.net⟧",
        (
            "Nuclear Medicine",
            "Ga-68 DOTATATE PET/CT",
            "09:15",
            "4 hours",
            "octreotide",
            "Sandostatin LAR",
            "Baker's cyst",
            "APPOINTMENT LETTER",
        ),
    ),
    (
        "uk11",
        "en",
        "PALS complaint ref ⟦ID:PALS/2025/0331⟧ – ⟦INSTITUTION:Nottingham City Hospital⟧ Radiotherapy\n"
        "Raised by: Mrs ⟦PERSON:Sandra Cross⟧ (daughter and lasting power of attorney for ⟦PERSON:Arthur Cross⟧, aged ⟦AGE:92⟧)\n"
        "Address: ⟦ADDRESS:14 Bramcote Lane, Wollaton, NG8 2NA⟧, tel ⟦PHONE:0115 928 4410⟧\n"
        "Concern: father waited 5 hours on the day unit for his SABR planning CT; the mask was remade twice; nobody explained the Stereotactic Ablative Radiotherapy consent.\n"
        "Response by Matron ⟦PERSON:Kelly Orme⟧ within 25 working days.",
        (
            "PALS complaint",
            "Radiotherapy",
            "SABR planning CT",
            "Stereotactic Ablative Radiotherapy",
            "lasting power of attorney",
            "25 working days",
            "day unit",
            "Matron",
        ),
    ),
    (
        "uk12",
        "en",
        "Subject Access Request (UK GDPR Art. 15) – Information Governance\n"
        "Requester: ⟦PERSON:Callum Fraser⟧, DOB ⟦DATE:22-10-1981⟧, ⟦ADDRESS:8 Inverleith Row, Edinburgh EH3 5LS⟧\n"
        "CHI ⟦ID:2210812478⟧. Request received ⟦DATE:3rd March 2025⟧; one calendar month deadline.\n"
        "Records requested: all DICOM images and reports from the ⟦INSTITUTION:Western General Hospital⟧ (⟦INSTITUTION:Edinburgh Cancer Centre⟧) incl. the radiotherapy "
        "planning CT, RT Structure Set and DVH export, and his Teams messages with Dr ⟦PERSON:Moira Lang⟧.\n"
        "Handled by: ⟦PERSON:D. Kowalczyk⟧, IG Officer, ⟦EMAIL:loth.sar@nhs.scot⟧",
        (
            "Subject Access Request",
            "UK GDPR Art. 15",
            "Information Governance",
            "one calendar month",
            "DICOM",
            "RT Structure Set",
            "DVH export",
            "IG Officer",
        ),
    ),
    (
        "uk13",
        "en",
        "Breast and Cosmetic Implant Registry (BCIR) – entry\n"
        "Patient: ⟦PERSON:Leanne Hodge⟧, NHS ⟦ID:401 023 2137⟧, DOB ⟦DATE:1986-11-05⟧\n"
        "Procedure ⟦DATE:2025-02-19⟧ at ⟦INSTITUTION:Spire Leicester Hospital⟧ (private, insurer AXA Health, policy ⟦ID:AX77120998⟧): "
        "delayed reconstruction after mastectomy, tissue expander Mentor CPX4, serial ⟦ID:7118834-022⟧, ADM (SurgiMend).\n"
        "MRI before surgery: no recurrence, Poland syndrome excluded. Surgeon: Ms ⟦PERSON:Farah Lakhani⟧, GMC ⟦ID:7031842⟧.",
        (
            "Breast and Cosmetic Implant Registry",
            "BCIR",
            "tissue expander",
            "Mentor CPX4",
            "ADM",
            "SurgiMend",
            "Poland syndrome",
            "delayed reconstruction",
        ),
    ),
    (
        "uk14",
        "en",
        "Teams chat – Neuro-oncology MDT prep\n"
        "⟦PERSON:Sam Okafor⟧ 10:02  can we add the lady from Ward 24 – Mrs ⟦PERSON:Gray⟧, GBM? MGMT unmethylated, IDH wild-type\n"
        "Dr ⟦PERSON:Ellie Shaw⟧ 10:05  yes. Stupp protocol or Perry (hypofractionated, she's 78)?\n"
        "⟦PERSON:Sam Okafor⟧ 10:06  Perry I think. Her son ⟦PERSON:Matthew⟧ is NOK, mobile ⟦PHONE:07911 123456⟧\n"
        "Dr ⟦PERSON:Ellie Shaw⟧ 10:07  RANO at 3 months then. Grey matter involvement extensive on FLAIR.",
        (
            "Neuro-oncology MDT",
            "Ward 24",
            "GBM",
            "MGMT unmethylated",
            "IDH wild-type",
            "Stupp protocol",
            "Perry",
            "hypofractionated",
            "RANO",
            "Grey matter",
            "she's 78",
        ),
    ),
    (
        "uk15",
        "en",
        "Cross-border referral – ⟦INSTITUTION:Letterkenny University Hospital⟧ to the ⟦INSTITUTION:North West Cancer Centre at Altnagelvin Hospital⟧\n"
        "Patient: ⟦PERSON:Ciarán Ó Dónaill⟧, DOB ⟦DATE:17 Aug 1966⟧, PPSN ⟦ID:7654321TA⟧, ⟦ADDRESS:Gortahork, Co. Donegal⟧\n"
        "Indication: radical RT for oesophageal SCC (CROSS regimen done in ⟦DATE:Jan 2025⟧), tumour length 6 cm, CT/PET response.\n"
        "Referring consultant: Dr ⟦PERSON:Orla Gallagher⟧, tel ⟦PHONE:+353 74 912 5888⟧. Funded under the Cross-Border Healthcare Directive.",
        (
            "Cross-border referral",
            "radical RT",
            "oesophageal SCC",
            "CROSS regimen",
            "6 cm",
            "Cross-Border Healthcare Directive",
            "CT/PET",
        ),
    ),
    (
        "uk16",
        "en",
        "Private patient – Bupa pre-authorisation\n"
        "Member: Hon. ⟦PERSON:Charles Fitzwilliam-Lytton⟧, membership no. ⟦ID:BUP 8823 4410 19⟧, DOB ⟦DATE:05/05/1958⟧\n"
        "Pre-auth code ⟦ID:PA-6672019⟧ for PSMA PET-CT (CCSD code R2560) at ⟦INSTITUTION:The London Clinic⟧, ⟦DATE:13.03.25⟧.\n"
        "Requesting consultant: Mr ⟦PERSON:Rupert Chance⟧, urologist; PSA doubling time 5 months after RALP in 2021.\n"
        "Note: Chance fracture on the 2023 spine MRI is old and unrelated.",
        (
            "pre-authorisation",
            "PSMA PET-CT",
            "CCSD code R2560",
            "PSA doubling time",
            "RALP",
            "2021",
            "Chance fracture",
            "2023",
        ),
    ),
)
