# ruff: noqa: E501
"""Held-out 30, United Kingdom: marked excerpts (see deid_corpus.py for the conventions)."""

UK = (
    (
        "uk01",
        "en",
        "⟦INSTITUTION:Leeds Teaching Hospitals NHS Trust⟧ – Department of Radiology, ⟦INSTITUTION:St James's University Hospital⟧\n"
        "Patient: ⟦PERSON:HARGREAVES, Dennis⟧  DOB: ⟦DATE:17/02/1949⟧  NHS No: ⟦ID:485 777 3456⟧  Hosp No: ⟦ID:L2093841⟧\n"
        "Exam: CT Colonography  Date: ⟦DATE:04-Nov-2025⟧  Accession: ⟦ID:RR25110423⟧\n"
        "Referrer: Mr ⟦PERSON:A. Okonkwo⟧, Consultant Colorectal Surgeon\n"
        "Report: Adequate distension with CO2 insufflation, faecal tagging with Gastrografin. 18 mm sessile polyp in the "
        "sigmoid colon (C-RADS C3). Diverticulosis. Extracolonic: 9 mm simple renal cyst, Bosniak I (E2).\n"
        "Reported by: Dr ⟦PERSON:Priya Raman⟧, ST4 Radiology Registrar; verified by Dr ⟦PERSON:Jonathan Crabtree⟧, "
        "Consultant Radiologist, GMC ⟦ID:4412873⟧",
        (
            "CT Colonography",
            "C-RADS C3",
            "Bosniak I",
            "Gastrografin",
            "18 mm",
            "ST4",
            "CO2 insufflation",
            "sigmoid colon",
            "Diverticulosis",
            "Consultant Radiologist",
        ),
    ),
    (
        "uk02",
        "en",
        "ICE Order Comms – Request ID ⟦ID:ICE-88120443⟧\n"
        "Requested ⟦DATE:05/11/2025⟧ 09:12 by Dr ⟦PERSON:Tom Fielding⟧ (FY2, Ward 24 Acute Medicine, bleep ⟦PHONE:2217⟧)\n"
        "Patient: Mrs ⟦PERSON:Edith Pickering⟧, ⟦AGE:97⟧ yrs, MRN ⟦ID:M0229081⟧\n"
        "Exam: CT head non-contrast. Clinical details: unwitnessed fall at ⟦INSTITUTION:Beechwood Lodge Care Home⟧, on "
        "apixaban, GCS 14 (E3V5M6). NICE head injury guideline: anticoagulated → CT within 8 hours.\n"
        "Next of kin: daughter ⟦PERSON:Lorraine⟧, ⟦PHONE:07700 900412⟧\n"
        "Vetted by ⟦PERSON:pwhitaker⟧ 09:30 – protocol: CT head routine",
        (
            "GCS 14",
            "E3V5M6",
            "NICE",
            "apixaban",
            "within 8 hours",
            "Ward 24",
            "FY2",
            "Acute Medicine",
            "CT head routine",
            "unwitnessed fall",
            "CT head non-contrast",
        ),
    ),
    (
        "uk03",
        "en",
        "ADDENDUM ⟦DATE:6 November 2025⟧ 14:05 – MRI Lumbar Spine (original report ⟦DATE:3 Nov 2025⟧)\n"
        "Patient: ⟦PERSON:Callum McAllister⟧, CHI ⟦ID:0703851234⟧, ⟦INSTITUTION:Queen Elizabeth University Hospital⟧, ⟦ADDRESS:Glasgow⟧\n"
        "Following discussion with Mr ⟦PERSON:Ewan Baird⟧ (Spinal Surgery), the report is amended: the L5/S1 disc extrusion "
        "measures 11 mm, not 6 mm, and causes severe compression of the left S1 nerve root; there is no cauda equina "
        "compression. MSCC pathway not triggered. Modic type 1 endplate change at L4/5.\n"
        "Addendum by Dr ⟦PERSON:Fiona Paterson⟧; communicated to ward 7C by phone (ext. ⟦PHONE:83312⟧).",
        (
            "L5/S1",
            "Modic type 1",
            "cauda equina",
            "MSCC pathway",
            "S1 nerve root",
            "11 mm",
            "ward 7C",
            "14:05",
            "Spinal Surgery",
            "disc extrusion",
        ),
    ),
    (
        "uk04",
        "en",
        "Radiology Events and Learning Meeting (REALM) – ⟦INSTITUTION:Royal Cornwall Hospital⟧, ⟦DATE:October 2025⟧\n"
        "Case 4: chest radiograph of ⟦DATE:14/09/2025⟧ reported by Dr ⟦PERSON:S. Bellamy⟧ (locum). A 3 cm right apical mass "
        "behind the clavicle was missed; CT on ⟦DATE:02/10/2025⟧ confirmed a Pancoast tumour. Classification: perceptual error.\n"
        "Patient: Mr ⟦PERSON:Alan Treloar⟧, NHS ⟦ID:401 023 2137⟧.\n"
        "Learning: review areas – apices, hila, behind the heart, below the diaphragm.\n"
        "Attendees: Dr ⟦PERSON:Hocking⟧, Dr ⟦PERSON:Pascoe⟧, ⟦PERSON:Jenna Rowe⟧ (reporting radiographer)",
        (
            "Pancoast tumour",
            "perceptual error",
            "apices, hila",
            "behind the clavicle",
            "REALM",
            "reporting radiographer",
            "3 cm",
            "review areas",
            "Case 4",
            "below the diaphragm",
        ),
    ),
    (
        "uk05",
        "en",
        "IR(ME)R significant accidental exposure – internal review\n"
        "Date/time: ⟦DATE:29/10/2025⟧ 11:40, ⟦INSTITUTION:Salisbury District Hospital⟧, X-ray Room 3\n"
        "Summary: wrong patient exposed – the request for ⟦PERSON:Margaret Hill⟧ (DOB ⟦DATE:02/08/1951⟧) was performed on "
        "⟦PERSON:Margaret Hills⟧ (DOB ⟦DATE:20/08/1951⟧). Three-point ID check (name, DOB, address) not completed. "
        "Exposure: PA chest, effective dose 0.02 mSv.\n"
        "Operator: radiographer ⟦PERSON:Daniel Osei⟧. Duty of candour discussion with the patient's son ⟦PERSON:Kevin Hills⟧ "
        "on ⟦DATE:30/10/2025⟧. Investigating officer: ⟦PERSON:Helen Marsh⟧, RPS",
        (
            "IR(ME)R",
            "Three-point ID check",
            "PA chest",
            "0.02 mSv",
            "Duty of candour",
            "X-ray Room 3",
            "RPS",
            "11:40",
            "wrong patient exposed",
        ),
    ),
    (
        "uk06",
        "en",
        "Radiographer comments (CRIS event ⟦ID:E55120833⟧)\n"
        "Pt ⟦PERSON:Jayden Cole⟧ (15 y) attended with foster carer Mrs ⟦PERSON:Denise Fairbrother⟧; referred by ENP "
        "⟦PERSON:Rob Tanner⟧, ⟦INSTITUTION:Great Western Hospital UTC⟧.\n"
        "Wrist PA + lateral + scaphoid views (Ziter). Futura splint removed with consent. Repeat lateral due to rotation "
        "(reject reason: positioning). DAP 0.3 cGy·cm².\n"
        "Red dot: ? distal radius buckle fracture.\n"
        "Radiographer: ⟦PERSON:Aisha Begum⟧ (Band 6), ⟦DATE:07/11/25⟧ 16:55",
        (
            "Ziter",
            "Futura splint",
            "Red dot",
            "buckle fracture",
            "Band 6",
            "16:55",
            "15 y",
            "scaphoid views",
            "reject reason",
            "Wrist PA + lateral",
            "foster carer",
        ),
    ),
    (
        "uk07",
        "en",
        "Contrast reaction – adverse event record\n"
        "Patient: ⟦PERSON:PATEL, Rajesh Kumar⟧, MRN ⟦ID:K1208844⟧, DOB ⟦DATE:1966-05-23⟧\n"
        "Procedure: CT pulmonary angiogram, ⟦DATE:2025-11-05⟧. Agent: Omnipaque 300, 60 mL via pink cannula (20G) left ACF, "
        "MEDRAD Stellant injector.\n"
        "Reaction: moderate – bronchospasm and facial oedema 2 min post-injection. Treatment: adrenaline 500 micrograms IM, "
        "salbutamol 5 mg nebulised, hydrocortisone 200 mg IV. Crash team led by Dr ⟦PERSON:Gareth Evans⟧ (medical registrar).\n"
        "Alert recorded on Lorenzo; Yellow Card submitted to the MHRA. GP (⟦INSTITUTION:Bridge Street Surgery⟧, "
        "⟦ADDRESS:Loughborough⟧) informed by letter.\n"
        "Recorded by: Dr ⟦PERSON:Claire Whitworth⟧",
        (
            "Omnipaque 300",
            "MEDRAD Stellant",
            "adrenaline 500 micrograms IM",
            "salbutamol 5 mg",
            "hydrocortisone 200 mg IV",
            "Yellow Card",
            "MHRA",
            "Lorenzo",
            "bronchospasm",
            "CT pulmonary angiogram",
        ),
    ),
    (
        "uk08",
        "en",
        "Upper GI MDT – ⟦INSTITUTION:Derriford Hospital⟧, ⟦DATE:Thursday 6th November 2025⟧\n"
        "Present: Mr ⟦PERSON:Kingdon⟧ (surgeon, chair), Dr ⟦PERSON:Nwachukwu⟧ (radiology), Dr ⟦PERSON:Laity⟧ (oncology), "
        "⟦PERSON:Sue⟧ (CNS), ⟦PERSON:Bev Luscombe⟧ (MDT coordinator, ext ⟦PHONE:53419⟧)\n"
        "Patient 7: ⟦PERSON:John Penhaligon⟧, ⟦AGE:91⟧, NHS ⟦ID:612 448 9017⟧, GP Dr ⟦PERSON:Couch⟧\n"
        "Staging CT: adenocarcinoma at the GOJ (Siewert II), T3 N1 M0; PET-CT: no distant disease. Performance status 2, "
        "Rockwood frailty 6.\n"
        "Outcome: not fit for surgery; palliative radiotherapy 20 Gy/5#; dietitian referral; Macmillan nurse to contact "
        "daughter ⟦PERSON:Karen⟧.",
        (
            "Siewert II",
            "T3 N1 M0",
            "Rockwood frailty 6",
            "20 Gy/5#",
            "Macmillan nurse",
            "Performance status 2",
            "GOJ",
            "MDT coordinator",
            "Upper GI MDT",
            "PET-CT",
        ),
    ),
    (
        "uk09",
        "en",
        "Joint ED/Radiology M&M – ⟦INSTITUTION:Ninewells Hospital⟧, ⟦DATE:22.10.2025⟧\n"
        "Case: 34-year-old cyclist, CHI ⟦ID:1209914417⟧. CT C-spine (Canadian C-spine rule positive) reported as normal "
        "overnight by the outsourcing provider ⟦INSTITUTION:Telerad North Ltd⟧. MRI next day: C6/7 disc-ligamentous "
        "injury with ALL disruption. The patient, ⟦PERSON:Ruaridh⟧, has recovered.\n"
        "Consultants: Dr ⟦PERSON:Isla Dunbar⟧ (ED), Dr ⟦PERSON:Mark Chance⟧ (radiology).\n"
        "Learning: add STIR when the mechanism is significant; flexion-distraction patterns (Chance fracture) discussed.",
        (
            "Canadian C-spine rule",
            "C6/7",
            "ALL disruption",
            "Chance fracture",
            "STIR",
            "34-year-old",
            "disc-ligamentous",
            "flexion-distraction",
            "cyclist",
        ),
    ),
    (
        "uk10",
        "en",
        "Teaching file export (MIRC TFS) – case 'Caplan syndrome'\n"
        "Source: PACS accession ⟦ID:RBH2022X44120⟧; patient ⟦PERSON:Bernard Osgood⟧, DOB ⟦DATE:11/1938⟧, retired coal miner "
        "from ⟦ADDRESS:Barnsley⟧\n"
        "Keywords: rheumatoid pneumoconiosis, ILO 2/1 q/q, progressive massive fibrosis, HRCT\n"
        "Uploaded by Dr ⟦PERSON:Rhys Morgan⟧ (⟦EMAIL:rhys.morgan2@nhs.net⟧) on ⟦DATE:3rd Nov 2025⟧\n"
        "Link: ⟦URL:http://tfs.rbht.nhs.uk/case/7712⟧",
        (
            "Caplan syndrome",
            "ILO 2/1 q/q",
            "progressive massive fibrosis",
            "rheumatoid pneumoconiosis",
            "HRCT",
            "coal miner",
            "Teaching file export",
        ),
    ),
    (
        "uk11",
        "en",
        "Unreported studies > 30 days – data quality report, run ⟦DATE:08/11/2025⟧, "
        "⟦INSTITUTION:East Kent Hospitals University NHS Foundation Trust⟧\n"
        "Accession | Hosp No | Patient | Modality | Exam date | Location\n"
        "⟦ID:EK25DX771204⟧ | ⟦ID:K4471200⟧ | ⟦PERSON:DOWNES, Terence⟧ | DX | ⟦DATE:01/10/2025⟧ | ⟦INSTITUTION:Buckland Hospital⟧ MIU\n"
        "⟦ID:EK25US220981⟧ | ⟦ID:K5520114⟧ | ⟦PERSON:O'BRIEN, Siobhan⟧ | US | ⟦DATE:03/10/2025⟧ | ⟦INSTITUTION:Kent and Canterbury Hospital⟧\n"
        "Action owner: ⟦PERSON:Gemma Stroud⟧ (PACS manager), ⟦EMAIL:gemma.stroud@nhs.net⟧, tel ⟦PHONE:01227 864112⟧",
        ("MIU", "Modality", "> 30 days", "PACS manager", "Exam date", "data quality report", "Unreported studies"),
    ),
    (
        "uk12",
        "en",
        "⟦INSTITUTION:Harley Street Physiotherapy Clinic⟧\n"
        "⟦ADDRESS:82 Harley Street, London W1G 7HN⟧\n\n"
        "Dear Colleague,\n"
        "Re: Ms ⟦PERSON:Olivia Carrington-Smythe⟧, DOB ⟦DATE:9th March 1994⟧, ⟦ADDRESS:Flat 3, 17 Elgin Crescent, London W11 2JD⟧, "
        "mobile ⟦PHONE:07911 123456⟧\n"
        "I would be grateful for an MR arthrogram of the right hip for a suspected labral tear and cam-type FAI; FADIR test "
        "positive, alpha angle 68° on the Dunn view. She is insured with Bupa (membership no. ⟦ID:BUP66120034⟧, "
        "pre-authorisation ⟦ID:PA7731205⟧).\n"
        "Yours sincerely,\n"
        "⟦PERSON:Charlotte Dunn⟧ MCSP, Clinical Specialist Physiotherapist",
        (
            "FADIR test",
            "alpha angle 68°",
            "Dunn view",
            "cam-type FAI",
            "MR arthrogram",
            "labral tear",
            "MCSP",
            "Clinical Specialist Physiotherapist",
        ),
    ),
    (
        "uk13",
        "en",
        "PACS migration (Agfa → Sectra), batch 0412, run ⟦DATE:2025-11-01⟧\n"
        "01:02:11 INFO  StudyInstanceUID ⟦ID:1.2.826.0.1.3680043.2.1125.1.44120.20110314⟧ StudyDate ⟦DATE:20110314⟧ PatientID "
        "⟦ID:RJ7-0098121⟧ – OK (412 images)\n"
        "01:02:19 WARN  PatientName ⟦PERSON:FORSYTH^MAUREEN^E⟧ ≠ PAS '⟦PERSON:Forsyth, Maureen Elsie⟧'; NHS number ⟦ID:9434765919⟧ "
        "matched → accepted\n"
        "01:02:30 ERROR duplicate SOPInstanceUID; ReferringPhysicianName '⟦PERSON:NG^KAI⟧^^DR' → quarantined; ticket raised by "
        "⟦PERSON:j.okafor⟧",
        (
            "Agfa",
            "Sectra",
            "SOPInstanceUID",
            "quarantined",
            "412 images",
            "01:02:19",
            "PAS",
            "ReferringPhysicianName",
            "batch 0412",
            "01:02:30",
        ),
    ),
    (
        "uk14",
        "en",
        "DICOM SR (Basic Text SR) – carotid Doppler\n"
        "Patient's Name: ⟦PERSON:Brennan^Patrick^J⟧; Patient ID: ⟦ID:RTH0044812⟧; Institution: ⟦INSTITUTION:John Radcliffe Hospital⟧; "
        "Study Date: ⟦DATE:20251106⟧; Operators' Name: ⟦PERSON:Walsh^Niamh⟧\n"
        "Findings: right ICA PSV 245 cm/s, EDV 88 cm/s, ICA/CCA ratio 4.1 → 70–99 % stenosis (NASCET; SRU consensus criteria). "
        "Left ICA PSV 92 cm/s, <50 %. Vertebral flow antegrade bilaterally.\n"
        "Verifying Observer: ⟦PERSON:Sharma^Anil⟧^^Dr",
        (
            "NASCET",
            "SRU consensus criteria",
            "ICA/CCA ratio 4.1",
            "PSV 245 cm/s",
            "Basic Text SR",
            "Operators' Name",
            "Verifying Observer",
            "Vertebral flow antegrade",
            "EDV 88 cm/s",
        ),
    ),
    (
        "uk15",
        "en",
        "On-call rota – Radiology, ⟦INSTITUTION:Royal Stoke University Hospital⟧, week commencing ⟦DATE:10/11/2025⟧\n"
        "Mon: 1st on Dr ⟦PERSON:A. Iqbal⟧ (ST2), 2nd on Dr ⟦PERSON:Whitehouse⟧ (consultant), IR on-call Dr ⟦PERSON:Baker⟧\n"
        "Tue: 1st on Dr ⟦PERSON:Lucy Fenton⟧, 2nd on Dr ⟦PERSON:Okoro⟧; CT night radiographer ⟦PERSON:Tash⟧, bleep ⟦PHONE:1466⟧\n"
        "Swaps: ⟦PERSON:Iqbal⟧ ↔ ⟦PERSON:Fenton⟧ on ⟦DATE:Wed 12th⟧, approved by rota coordinator ⟦PERSON:Pam Whitlock⟧ "
        "(⟦EMAIL:pam.whitlock@uhnm.nhs.uk⟧)\n"
        "Note: the IR list on Tue am includes a Baker's cyst aspiration.",
        (
            "1st on",
            "2nd on",
            "IR on-call",
            "ST2",
            "CT night radiographer",
            "Baker's cyst aspiration",
            "rota coordinator",
            "week commencing",
        ),
    ),
    (
        "uk16",
        "en",
        "AXA Health – claim form, Section 3 (to be completed by the specialist)\n"
        "Member name: Mr ⟦PERSON:Nigel Ashworth-Barnes⟧; membership number ⟦ID:AX 4471 2280⟧; authorisation code ⟦ID:PA-22918834⟧\n"
        "Specialist: Dr ⟦PERSON:Rowena Kettle⟧, consultant radiologist, ⟦INSTITUTION:Nuffield Health Tees Hospital⟧; provider "
        "number ⟦ID:F0044128⟧\n"
        "Date of first symptoms: ⟦DATE:August 2025⟧; date of scan: ⟦DATE:31/10/2025⟧\n"
        "Findings: MRI knee – complex tear of the posterior horn of the medial meniscus (grade 3 signal); Outerbridge grade II "
        "chondral change.\n"
        "Signed: ⟦PERSON:R. Kettle⟧",
        (
            "Outerbridge grade II",
            "posterior horn of the medial meniscus",
            "grade 3 signal",
            "Section 3",
            "complex tear",
            "MRI knee",
            "chondral change",
        ),
    ),
)
