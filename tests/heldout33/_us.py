"""Held-out 33, United States: 16 excerpts (id, lang, marked text, keep-terms)."""

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "us01",
        "en",
        "⟦INSTITUTION:Massachusetts General Hospital⟧ – Discharge Summary\nPatient: ⟦PERSON:Robert J. Callahan⟧"
        "  MRN: ⟦ID:0048127734⟧  DOB: ⟦DATE:04/22/1957⟧\nAdmission: ⟦DATE:03/02/2026⟧  Discharge: "
        "⟦DATE:03/08/2026⟧\nAttending: ⟦PERSON:Priya Raman⟧, MD | PCP: ⟦PERSON:Steven Koh⟧, MD, "
        "⟦INSTITUTION:Harbor Health Primary Care⟧, fax ⟦PHONE:(617) 555-0148⟧\nHospital course: STEMI, LAD "
        "stent. CT angiography chest: type B aortic dissection excluded; incidental 6 mm RLL nodule – "
        "Fleischner: optional CT at 12 months.\nFollow-up: Cardiology clinic in 2 weeks.",
        (
            "Discharge Summary",
            "STEMI",
            "LAD stent",
            "CT angiography chest",
            "type B aortic dissection",
            "6 mm",
            "RLL nodule",
            "Fleischner",
            "12 months",
            "Cardiology clinic",
        ),
    ),
    (
        "us02",
        "en",
        "From: ⟦PERSON:Nguyen, Tam⟧ <⟦EMAIL:tam.nguyen@uchealth.org⟧>\nSent: Wednesday, ⟦DATE:March 11, 2026⟧ "
        "7:48 PM\nTo: ⟦PERSON:Hawkins, Dana⟧ MD; IR Scheduling\nCc: ⟦PERSON:Rivera, Luis⟧ PA-C\nSubject: FW: "
        "add-on PICC? - ⟦PERSON:Clarence Baker⟧ (MRN ⟦ID:E2249187⟧)\n\n⟦PERSON:Dana⟧ - he needs a PICC for "
        "6 wk of cefazolin (MSSA bacteremia, TEE negative for vegetation). Note LUE DVT on duplex "
        "⟦DATE:3/9⟧, so please place it on the right. His R knee also has a Baker's cyst, incidental. Thanks, "
        "⟦PERSON:Tam⟧\nCONFIDENTIALITY NOTICE: This e-mail may contain PHI protected under HIPAA.",
        (
            "7:48 PM",
            "IR Scheduling",
            "PA-C",
            "PICC",
            "6 wk",
            "cefazolin",
            "MSSA bacteremia",
            "TEE",
            "LUE DVT",
            "Baker's cyst",
            "HIPAA",
        ),
    ),
    (
        "us03",
        "en",
        "⟦INSTITUTION:Lakeside Family Medicine, PLLC⟧\n⟦ADDRESS:2210 W. Oak Street, Suite 140, Denton, TX "
        "76201⟧ · Phone ⟦PHONE:940-555-0172⟧ · Fax ⟦PHONE:940-555-0179⟧\nReferral: MRI brain w/wo contrast – "
        "⟦PERSON:Kimberly Dawson⟧, DOB ⟦DATE:09/14/1986⟧, BCBS member ID ⟦ID:XJH884120337⟧. New-onset "
        "seizures, r/o MS (McDonald criteria). Prior authorization ⟦ID:PA-2026-031177⟧.\nReferring provider: "
        "⟦PERSON:Angela Ruiz⟧, DO · NPI ⟦ID:1538214476⟧\nThis fax contains confidential health information.",
        ("MRI brain w/wo contrast", "seizures", "McDonald criteria", "Prior authorization"),
    ),
    (
        "us04",
        "en",
        "Multidisciplinary Thoracic Tumor Board – ⟦INSTITUTION:Vanderbilt-Ingram Cancer Center⟧\nFriday "
        "⟦DATE:3/20/2026⟧, 7:00 AM CT, Room 1710 + Zoom ⟦URL:https://vumc.zoom.us/j/94471220833⟧\nPresenting: "
        "⟦PERSON:Carl Whitmore⟧, 68M, MRN ⟦ID:3318820⟧ – stage IIIB adenocarcinoma, EGFR exon 19 del; PET/CT: "
        "N3 supraclavicular node SUVmax 11.2. Question: osimertinib vs chemoradiation (PACIFIC).\nCoordinator: "
        "⟦PERSON:Tanya Brooks⟧, RN, ⟦PHONE:615-555-0193⟧ ext. ⟦PHONE:2274⟧",
        (
            "Thoracic Tumor Board",
            "7:00 AM",
            "Room 1710",
            "68M",
            "stage IIIB adenocarcinoma",
            "EGFR exon 19 del",
            "PET/CT",
            "SUVmax 11.2",
            "osimertinib",
            "PACIFIC",
        ),
    ),
    (
        "us05",
        "en",
        "ROI request: ⟦INSTITUTION:Morgan & Delacroix, P.A.⟧, ⟦ADDRESS:401 E Las Olas Blvd, Fort Lauderdale, "
        "FL 33301⟧, re: client ⟦PERSON:Marisol Ortega⟧, DOB ⟦DATE:1979-02-11⟧, date of injury "
        "⟦DATE:11/27/2025⟧, claim # ⟦ID:0887412-03⟧. HIPAA-compliant authorization signed ⟦DATE:02/19/2026⟧. "
        "Requested: CT cervical spine, MRI lumbar spine on disc.\nHIM note (⟦PERSON:tjohnson⟧): released 1 CD "
        "+ reports ⟦DATE:03/12/2026⟧, fee $25. Findings: L5-S1 disc extrusion with S1 nerve root impingement, "
        "no fracture (NEXUS criteria met).",
        (
            "HIPAA-compliant authorization",
            "CT cervical spine",
            "MRI lumbar spine",
            "$25",
            "L5-S1",
            "disc extrusion",
            "S1 nerve root",
            "NEXUS criteria",
        ),
    ),
    (
        "us06",
        "en",
        "I-PASS handoff – 7 West Med/Surg, ⟦DATE:03/14/2026⟧ 1900\nRm 712-B: Mr. ⟦PERSON:Leroy Jenkins⟧, 58, "
        "POD1 lap chole, watcher. KUB this AM: no free air. Pain controlled on oxycodone 5 mg q4h PRN. Wife "
        "⟦PERSON:Bernice⟧ at bedside, cell ⟦PHONE:(205) 555-0116⟧.\nRm 714: ⟦PERSON:Eleanor Pruitt⟧, "
        "⟦AGE:101⟧ yo, hospice consult; CXR: large R pleural effusion. Goals-of-care mtg with POA Rev. "
        "⟦PERSON:Samuel Pruitt⟧ tomorrow 10:00.\nGiven by ⟦PERSON:Kayla M.⟧, RN → ⟦PERSON:Josh⟧, RN",
        (
            "I-PASS",
            "7 West Med/Surg",
            "1900",
            "Rm 712-B",
            "POD1",
            "lap chole",
            "KUB",
            "no free air",
            "oxycodone 5 mg q4h PRN",
            "hospice consult",
            "pleural effusion",
            "Goals-of-care",
            "10:00",
        ),
    ),
    (
        "us07",
        "en",
        "ADDENDUM (pathology correlation): Surgical pathology accession ⟦ID:S26-11873⟧ "
        "(⟦INSTITUTION:Baylor Scott & White Pathology⟧), collected ⟦DATE:03/05/2026⟧: thyroid FNA, right lobe "
        "nodule 2.4 cm (TI-RADS TR4): Bethesda category V, suspicious for papillary carcinoma. Pathologist: "
        "⟦PERSON:Hiroshi Tanabe⟧, MD. Discordance: none. Discussed with Dr. ⟦PERSON:Nunez⟧ (ENT) by phone "
        "3:15 PM. Patient ⟦PERSON:Tiffany Holt⟧, MRN ⟦ID:BSW77120344⟧.",
        ("thyroid FNA", "2.4 cm", "TI-RADS TR4", "Bethesda category V", "papillary carcinoma", "3:15 PM", "ENT"),
    ),
    (
        "us08",
        "en",
        "Transfer accepted: from ⟦INSTITUTION:Mercy Hospital Fort Scott⟧ ED to "
        "⟦INSTITUTION:University of Kansas Health System⟧ NeuroICU. Accepting: Dr. ⟦PERSON:Emily Chance⟧ (neuro "
        "IR). Patient ⟦PERSON:Dale Whitecloud⟧, 46, from ⟦ADDRESS:Uniontown, KS⟧. CTA head/neck: basilar tip "
        "occlusion, posterior circulation ASPECTS 7. Tenecteplase 0.25 mg/kg given 16:52. Flight: "
        "⟦INSTITUTION:LifeStar⟧ ETA 18:10. Transfer center ref ⟦ID:TC-260315-0442⟧, call-back "
        "⟦PHONE:913-555-0127⟧.",
        (
            "NeuroICU",
            "neuro IR",
            "CTA head/neck",
            "basilar tip occlusion",
            "posterior circulation ASPECTS 7",
            "Tenecteplase 0.25 mg/kg",
            "16:52",
            "18:10",
        ),
    ),
    (
        "us09",
        "en",
        "Radiology call schedule – week of ⟦DATE:March 16, 2026⟧ – ⟦INSTITUTION:Ochsner Medical Center⟧\nBody: "
        "Mon/Tue Dr. ⟦PERSON:Parkinson⟧ (pager ⟦PHONE:504-555-0160⟧); Wed–Fri Dr. ⟦PERSON:Couch⟧\nNeuro: "
        '⟦PERSON:Broussard⟧ / ⟦PERSON:Thibodeaux⟧\nIR: Dr. ⟦PERSON:Love⟧ – Vocera "IR attending"\nNight '
        "float residents: ⟦PERSON:A. Le⟧, ⟦PERSON:M. Guidry⟧. Overnight prelim reads by ⟦INSTITUTION:vRad⟧ "
        "22:00–07:00. Note: Parkinson's protocol brain MRI only on weekdays; couch-to-table transfers for "
        "bariatric CT use the HoverMatt.",
        (
            "Vocera",
            "IR attending",
            "Night float",
            "22:00–07:00",
            "Parkinson's protocol",
            "couch-to-table",
            "bariatric CT",
            "HoverMatt",
        ),
    ),
    (
        "us10",
        "en",
        "Interpreter request (Language Services): Spanish, in-person, for CT-guided lung biopsy consent, "
        "⟦DATE:03/18/2026⟧ 08:30, IR suite 3. Patient ⟦PERSON:José Luis Ramírez Ortiz⟧, MRN ⟦ID:7713304⟧. "
        "Interpreter assigned: ⟦PERSON:Maribel Sandoval⟧ (badge ⟦ID:44721⟧). Daughter ⟦PERSON:Yesenia⟧ "
        "prefers not to interpret. Contact ⟦PHONE:(559) 555-0134⟧. Pre-procedure: INR 1.1, platelets 212, hold "
        "apixaban 48 h.",
        (
            "Language Services",
            "Spanish",
            "CT-guided lung biopsy",
            "08:30",
            "IR suite 3",
            "INR 1.1",
            "platelets 212",
            "apixaban",
            "48 h",
        ),
    ),
    (
        "us11",
        "en",
        "⟦INSTITUTION:VA Palo Alto Health Care System⟧ – consult note forwarded to ⟦PERSON:Marcus Lee⟧, MD "
        '(⟦INSTITUTION:Stanford Health Care⟧ Vascular Surgery)\nVeteran: ⟦PERSON:William "Bill" Harrelson⟧, '
        "SSN last 4 ⟦ID:4471⟧, DOB ⟦DATE:1948-10-30⟧\nCTA abdomen/pelvis: infrarenal AAA 5.8 cm, neck length "
        "18 mm, suitable for EVAR per IFU. No Stanford type B dissection.\nPlease call ⟦PHONE:650-493-5000⟧ "
        "x ⟦PHONE:64471⟧.\nSigned: ⟦PERSON:Rachel Stein⟧, NP",
        (
            "Vascular Surgery",
            "CTA abdomen/pelvis",
            "infrarenal AAA",
            "5.8 cm",
            "neck length 18 mm",
            "EVAR",
            "IFU",
            "Stanford type B",
        ),
    ),
    (
        "us12",
        "en",
        "Critical result communication: ⟦DATE:2026-03-15⟧ 02:14. CT head non-contrast: 9 mm right frontal "
        "contusion; labs (accession ⟦ID:L60315-02231⟧): INR 3.8 on warfarin, Hgb 9.1, ethanol 212 mg/dL. Read "
        "back by ⟦PERSON:Brittany Olsen⟧, RN, ED pod C, ext ⟦PHONE:64410⟧. Patient ⟦PERSON:Travis Boone⟧, 31, "
        "⟦ADDRESS:Missoula⟧ resident, brought in by a ⟦INSTITUTION:Missoula County Sheriff⟧ deputy. Canadian "
        "CT Head Rule not applicable (anticoagulated). Reader: ⟦PERSON:K. Yamamoto⟧, MD.",
        (
            "02:14",
            "CT head non-contrast",
            "9 mm",
            "frontal contusion",
            "INR 3.8",
            "warfarin",
            "Hgb 9.1",
            "ethanol 212 mg/dL",
            "ED pod C",
            "Canadian CT Head Rule",
        ),
    ),
    (
        "us13",
        "en",
        "Request for medical evidence: ⟦INSTITUTION:Ohio Division of Disability Determination⟧, "
        "⟦ADDRESS:PO Box 182410, Columbus, OH 43218⟧, claimant ⟦PERSON:Darnell Washington⟧, SSN ending "
        "⟦ID:7731⟧, DOB ⟦DATE:07/04/1971⟧, case no ⟦ID:DDS-OH-2026-118274⟧. Please send the MRI cervical spine "
        "of ⟦DATE:01/09/2026⟧ with images and report.\nSent via secure portal by ⟦PERSON:Lori Kimball⟧, HIM "
        "Specialist, ⟦EMAIL:him.requests@promedica.org⟧. Report: C5-6 and C6-7 foraminal stenosis, severe.",
        ("MRI cervical spine", "secure portal", "HIM Specialist", "C5-6", "C6-7", "foraminal stenosis"),
    ),
    (
        "us14",
        "en",
        "Outside study import (PowerShare) ⟦DATE:03/10/2026⟧ by ⟦PERSON:mgarcia7⟧: PatientName "
        "⟦PERSON:OKONKWO^CHIAMAKA^N⟧; PatientID ⟦ID:ACH449812⟧; IssuerOfPatientID "
        "⟦INSTITUTION:ARKANSAS CHILDRENS⟧; InstitutionName ⟦INSTITUTION:ARKANSAS CHILDRENS HOSPITAL⟧; "
        "StudyDescription MRI PELVIS WO; SeriesDescription AX T2 FSE FS; PatientAge 016Y. Reconciled to local "
        "MRN ⟦ID:UAMS-0087712⟧.",
        (
            "PowerShare",
            "PatientName",
            "PatientID",
            "IssuerOfPatientID",
            "InstitutionName",
            "MRI PELVIS WO",
            "SeriesDescription",
            "AX T2 FSE FS",
            "016Y",
        ),
    ),
    (
        "us15",
        "en",
        "Hospitalist progress note HD#4 – ⟦INSTITUTION:Intermountain LDS Hospital⟧\nS: Pt "
        "⟦PERSON:Gwendolyn Price⟧ reports less dyspnea. Daughter ⟦PERSON:Tracy⟧ (HCPOA) updated by phone "
        "⟦PHONE:801-555-0185⟧.\nI: CT chest/abd/pelvis ⟦DATE:3/12⟧: multiple hepatic lesions (>20, largest "
        "4.1 cm), likely metastatic; Ki-67 pending from IR biopsy.\nA/P: Oncology (Dr. ⟦PERSON:Sandeep Arora⟧) "
        "to see; palliative care. Code status: DNR/DNI.\n– ⟦PERSON:Jared Hill⟧, MD, Hospitalist, pager "
        "⟦PHONE:2291⟧",
        (
            "HD#4",
            "dyspnea",
            "HCPOA",
            "CT chest/abd/pelvis",
            "multiple hepatic lesions (>20, largest 4.1 cm)",
            "Ki-67",
            "IR biopsy",
            "palliative care",
            "DNR/DNI",
        ),
    ),
    (
        "us16",
        "en",
        "Interfacility transfer form – to ⟦INSTITUTION:Sunrise Gardens Skilled Nursing & Rehab⟧, "
        "⟦ADDRESS:1180 Magnolia Ave, Ocala, FL 34471⟧, attn. DON ⟦PERSON:Patricia Greer⟧, RN, fax "
        '⟦PHONE:352-555-0163⟧\nResident ⟦PERSON:Harold "Hal" Dempsey⟧, age ⟦AGE:93⟧, Medicare MBI '
        "⟦ID:1EG4-TE5-MK73⟧. Dx: L1 compression fracture (Genant grade 2) on CT L-spine, kyphoplasty not "
        "pursued; TLSO brace when OOB. Wander-guard bracelet. Son ⟦PERSON:Rick⟧ (POA) lives in "
        "⟦ADDRESS:Gainesville⟧.",
        (
            "L1 compression fracture",
            "Genant grade 2",
            "CT L-spine",
            "kyphoplasty",
            "TLSO brace",
            "OOB",
            "Wander-guard bracelet",
        ),
    ),
)
