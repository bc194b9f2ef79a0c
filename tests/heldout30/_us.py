# ruff: noqa: E501
"""Held-out 30, United States: marked excerpts (see deid_corpus.py for the conventions)."""

US = (
    (
        "us01",
        "en",
        "⟦INSTITUTION:University of Iowa Hospitals & Clinics⟧ – Department of Radiology\n"
        "Patient: ⟦PERSON:KOWALSKI, Gary M⟧  MRN: ⟦ID:00-448-7120⟧  DOB: ⟦DATE:04/19/1958⟧  Acc#: ⟦ID:CT2511040077⟧\n"
        "Exam: CT ABDOMEN PELVIS W CONTRAST  Date of service: ⟦DATE:11/04/2025⟧ 08:47 AM\n"
        "Ordering: ⟦PERSON:Jennifer A. Lutz⟧, MD\n"
        "History: RLQ pain, fever. Technique: axial images after 100 mL Isovue-370; DLP 612 mGy-cm.\n"
        "Findings: acute uncomplicated diverticulitis of the sigmoid colon, no abscess (Hinchey Ia). Incidental 1.6 cm left "
        "adrenal nodule, 8 HU – lipid-rich adenoma; no follow-up per the ACR white paper.\n"
        "Electronically signed by: ⟦PERSON:Samuel Ostrowski⟧, MD on ⟦DATE:11/04/2025⟧ 10:02 AM. Resident: ⟦PERSON:Priyanka Das⟧, "
        "MD (PGY-3)",
        (
            "Isovue-370",
            "Hinchey Ia",
            "ACR white paper",
            "8 HU",
            "PGY-3",
            "RLQ pain",
            "1.6 cm",
            "DLP 612 mGy-cm",
            "lipid-rich adenoma",
        ),
    ),
    (
        "us02",
        "en",
        "Epic order #⟦ID:448812093⟧ – IMG MRI BRAIN W WO CONTRAST\n"
        "Ordered ⟦DATE:11/05/25⟧ 1422 by ⟦PERSON:Kristen Hale⟧, NP (Neurology Clinic)\n"
        "Patient: ⟦PERSON:Darnell Washington⟧ (preferred name: ⟦PERSON:DJ⟧), MRN ⟦ID:E1120448⟧, phone ⟦PHONE:(319) 555-0182⟧\n"
        "Reason for exam: new-onset seizure, focal L arm; r/o mass, demyelination (McDonald criteria). GFR > 60. "
        "Implants: none.\n"
        "MRI screening questionnaire completed by ⟦PERSON:Rosa Delgado⟧, RT(R)(MR), on ⟦DATE:11/06/25⟧",
        (
            "McDonald criteria",
            "IMG MRI BRAIN W WO CONTRAST",
            "GFR > 60",
            "RT(R)(MR)",
            "1422",
            "Neurology Clinic",
            "new-onset seizure",
            "Implants: none",
        ),
    ),
    (
        "us03",
        "en",
        "ADDENDUM (⟦DATE:11/07/2025⟧ 7:15 AM): After comparison with outside images from ⟦INSTITUTION:MercyOne Des Moines Medical Center⟧ "
        "dated ⟦DATE:March 3, 2023⟧, received via PowerShare, the 7 mm right lower lobe nodule has been stable for over 2 years, "
        "consistent with a benign process; no further follow-up per the Fleischner Society 2017 guidelines. Discussed with "
        "Dr. ⟦PERSON:Hannah Goldberg⟧ (PCP) by phone, ⟦PHONE:515-555-0147⟧ ext. ⟦PHONE:204⟧.\n"
        "Original report: CT CHEST WO CONTRAST, ⟦DATE:11/06/2025⟧, patient ⟦PERSON:Lorraine Beck⟧, MRN ⟦ID:M3371209⟧.\n"
        "Addendum by: ⟦PERSON:Victor Nguyen⟧, MD",
        (
            "Fleischner Society 2017",
            "PowerShare",
            "7 mm",
            "right lower lobe",
            "2 years",
            "7:15 AM",
            "CT CHEST WO CONTRAST",
            "PCP",
            "benign process",
        ),
    ),
    (
        "us04",
        "en",
        "RADPEER peer review – ⟦INSTITUTION:Baptist Health Lexington⟧\n"
        "Study: XR ANKLE 3V, acc ⟦ID:XR25-3312087⟧, performed ⟦DATE:10/28/2025⟧. Original interpreter: ⟦PERSON:R. Castellanos⟧, MD.\n"
        "Reviewer: ⟦PERSON:Meredith Walsh-Ochoa⟧, DO. Score: 2b – Maisonneuve pattern not suggested despite medial clear space "
        "widening (6 mm); the Ottawa ankle rules were positive on the requisition. Recommend proximal fibula views.\n"
        "Patient ⟦PERSON:Tyler Brooks⟧, 19 y, soccer player at ⟦INSTITUTION:Transylvania University⟧",
        (
            "Maisonneuve",
            "Ottawa ankle rules",
            "medial clear space",
            "XR ANKLE 3V",
            "Score: 2b",
            "19 y",
            "proximal fibula views",
            "RADPEER peer review",
        ),
    ),
    (
        "us05",
        "en",
        "Patient Safety Event (RL6) – MRI Zone IV, ⟦INSTITUTION:Banner – University Medical Center Tucson⟧, ⟦DATE:November 1, 2025⟧ 21:50\n"
        "Event: patient ⟦PERSON:Carlos Ybarra⟧ (67 y) with an undocumented cardiac implantable device (Medtronic Azure XT DR "
        "MRI SureScan) was brought to MRI; the device was identified on the scout by technologist ⟦PERSON:Brianna Kehoe⟧ before "
        "scanning. His wife ⟦PERSON:Maria Ybarra⟧ had reported a 'pacemaker' to the registration clerk (⟦PERSON:jmorales4⟧), but "
        "the field was not updated.\n"
        "Harm: none (near miss). Notified: Dr. ⟦PERSON:Alan Frost⟧, MR safety officer, pager ⟦PHONE:34471⟧",
        (
            "Azure XT DR MRI SureScan",
            "Zone IV",
            "scout",
            "near miss",
            "67 y",
            "MR safety officer",
            "21:50",
            "registration clerk",
        ),
    ),
    (
        "us06",
        "en",
        "CT tech note – ⟦DATE:11/06/2025⟧ 03:15 – ED Trauma Bay 2\n"
        "Pt: ⟦PERSON:Summers, Kayla⟧, MRN ⟦ID:90044812⟧, FIN ⟦ID:1125504471⟧\n"
        "Protocol: CT head/C-spine WO, CTA chest/abd/pelvis (pan-scan, Level 1 trauma activation). Contrast: 100 mL Omnipaque 350 "
        "@ 4 mL/s via 18G R AC; bolus tracking at the descending aorta, 150 HU threshold. No extravasation. Pt combative, scanned "
        "with spine precautions; C-spine repeated for motion.\n"
        "Techs: ⟦PERSON:D. Ramirez⟧, RT(R)(CT), and ⟦PERSON:Josh Kim⟧, RT(R). Trauma surgeon: Dr. ⟦PERSON:Evelyn Stroud⟧. "
        "Flown in by ⟦INSTITUTION:Mercy Flight⟧ from the scene near ⟦ADDRESS:Batavia, NY⟧.",
        (
            "Level 1 trauma activation",
            "Omnipaque 350",
            "4 mL/s",
            "18G R AC",
            "150 HU threshold",
            "spine precautions",
            "Trauma Bay 2",
            "RT(R)(CT)",
            "bolus tracking",
            "CTA chest/abd/pelvis",
        ),
    ),
    (
        "us07",
        "en",
        "Contrast Reaction Management Note\n"
        "Patient: ⟦PERSON:Dolores Fairweather⟧, ⟦AGE:95⟧ yo F, MRN ⟦ID:A00771244⟧, resident of ⟦INSTITUTION:Sunrise of Scottsdale⟧ "
        "(assisted living)\n"
        "Exam: CT ABD/PELVIS W IV CONTRAST (Omnipaque 350, 90 mL) on ⟦DATE:2025-11-03⟧\n"
        "Reaction: hives on the chest and neck 5 min post-injection, no stridor, no hypotension (BP 148/82): mild allergic-like "
        "per the ACR Manual on Contrast Media. Treated with diphenhydramine 25 mg PO; observed 30 min, resolved.\n"
        "Plan: Greenberger protocol (prednisone 50 mg at 13, 7 and 1 h before, plus diphenhydramine 50 mg) for future iodinated "
        "contrast. Daughter/POA ⟦PERSON:Susan Fairweather-Klein⟧ notified at ⟦PHONE:480.555.0199⟧.\n"
        "⟦PERSON:Omar Haddad⟧, MD, Radiology (Vocera ⟦PHONE:72210⟧)",
        (
            "ACR Manual on Contrast Media",
            "diphenhydramine 25 mg PO",
            "Greenberger protocol",
            "prednisone 50 mg",
            "observed 30 min",
            "mild allergic-like",
            "13, 7 and 1 h",
            "hives",
            "BP 148/82",
        ),
    ),
    (
        "us08",
        "en",
        "Multidisciplinary Thoracic Tumor Board – ⟦INSTITUTION:UCHealth Anschutz Cancer Center⟧, ⟦DATE:Wednesday, Nov. 5, 2025⟧\n"
        "Attendees: Drs. ⟦PERSON:Parikh⟧, ⟦PERSON:O'Malley⟧, ⟦PERSON:Lindqvist⟧, ⟦PERSON:Addison⟧ (radiology); ⟦PERSON:Tamara Boyd⟧, "
        "RN navigator (⟦PHONE:720-555-0133⟧)\n"
        "Case 2: ⟦PERSON:Harold Jeffers⟧, MRN ⟦ID:1007744812⟧, referred by Dr. ⟦PERSON:Nikhil Shah⟧ "
        "(⟦INSTITUTION:Front Range Pulmonary Associates⟧, ⟦ADDRESS:Loveland, CO⟧)\n"
        "CT: 2.8 cm spiculated RUL mass, Lung-RADS 4X; PET SUVmax 11.2; EBUS-TBNA: stations 4R and 7 negative. Stage IA3 "
        "(cT1c N0 M0, AJCC 8th). Recommendation: lobectomy vs SBRT 54 Gy/3 fx given FEV1 42 %; Addison's disease on "
        "hydrocortisone – stress dosing peri-op.",
        (
            "Lung-RADS 4X",
            "EBUS-TBNA",
            "cT1c N0 M0",
            "AJCC 8th",
            "SBRT 54 Gy/3 fx",
            "Addison's disease",
            "FEV1 42 %",
            "RN navigator",
            "spiculated RUL mass",
            "Stage IA3",
        ),
    ),
    (
        "us09",
        "en",
        "Radiology M&M Conference – ⟦DATE:10/30/2025⟧; case presented by ⟦PERSON:Ethan Park⟧, MD (R2)\n"
        "Case 1: ⟦AGE:102⟧-year-old woman from ⟦INSTITUTION:Heritage Oaks Nursing Center⟧, MRN ⟦ID:P00912204⟧. Portable CXR on "
        "⟦DATE:09/14/2025⟧ read as 'no acute process'; the NG tube in the right mainstem bronchus was not reported; feeds "
        "started; aspiration pneumonia.\n"
        "Contributing factors: satisficing of search; no tube checklist in the template. Action: structured 'Lines and Tubes' "
        "macro. Attending of record ⟦PERSON:Gwen Albright⟧, MD, and the family (grandson ⟦PERSON:Marcus⟧) were informed.",
        (
            "satisficing of search",
            "right mainstem bronchus",
            "NG tube",
            "Lines and Tubes",
            "R2",
            "aspiration pneumonia",
            "no acute process",
            "Portable CXR",
            "Attending of record",
        ),
    ),
    (
        "us10",
        "en",
        "Teaching file export – RSNA Teaching File System: case 'Morel-Lavallée lesion'\n"
        "Anonymization status: FAILED (header retained)\n"
        "0010,0010 ⟦PERSON:HOLLOWAY^TRAVIS^J⟧  0010,0020 ⟦ID:UH00448127⟧  0008,0020 ⟦DATE:20240517⟧  0008,0080 "
        "⟦INSTITUTION:University Hospitals Cleveland Medical Center⟧  0008,1048 ⟦PERSON:Brenner^Matthew⟧ (PhysiciansOfRecord)\n"
        "Discussion: closed degloving injury over the greater trochanter; differentiate from hematoma and fat necrosis; "
        "Mellado–Bencardino classification type 3.\n"
        "Submitted by ⟦PERSON:Zoe Abernathy⟧ (MS4) on ⟦DATE:6/2/24⟧",
        (
            "Morel-Lavallée lesion",
            "Mellado–Bencardino classification type 3",
            "greater trochanter",
            "MS4",
            "0008,0080",
            "PhysiciansOfRecord",
            "fat necrosis",
            "closed degloving injury",
        ),
    ),
    (
        "us11",
        "en",
        "Critical results compliance audit – third quarter\n"
        "Accession,MRN,Patient,Finding,Communicated to,Minutes\n"
        '⟦ID:CT25-0089120⟧,⟦ID:004471228⟧,"⟦PERSON:Reyes, Alma⟧",PE,Dr. ⟦PERSON:Brandt⟧,22\n'
        '⟦ID:MR25-0044718⟧,⟦ID:004480013⟧,"⟦PERSON:Olsen, Trevor⟧",cord compression,RN ⟦PERSON:Kayla M.⟧,61\n'
        '⟦ID:US25-0120874⟧,⟦ID:004492271⟧,"⟦PERSON:Begay, Winona⟧",ectopic pregnancy,Dr. ⟦PERSON:Tsosie⟧,14\n'
        "Reviewed by ⟦PERSON:Laura Kim⟧, Quality Coordinator, ⟦EMAIL:lkim@rmcnm.org⟧ (Joint Commission NPSG.02.03.01)",
        (
            "NPSG.02.03.01",
            "cord compression",
            "ectopic pregnancy",
            "Quality Coordinator",
            "Joint Commission",
            "Communicated to",
            "Critical results",
            "third quarter",
        ),
    ),
    (
        "us12",
        "en",
        "⟦INSTITUTION:Lakeside Family Medicine, PLLC⟧\n"
        "⟦ADDRESS:2150 N. Lake Shore Dr, Suite 210, Chicago, IL 60614⟧ · Phone ⟦PHONE:(312) 555-0166⟧ · Fax ⟦PHONE:(312) 555-0167⟧ · "
        "NPI ⟦ID:1447739201⟧\n"
        "⟦DATE:November 3, 2025⟧\n"
        "To: Breast Imaging, ⟦INSTITUTION:Lakeview Women's Imaging Center⟧\n"
        "Re: ⟦PERSON:Keisha Monroe⟧, DOB ⟦DATE:07/22/1981⟧, Medicaid ID ⟦ID:IL7712044901⟧\n"
        "Please perform a diagnostic mammogram and ultrasound of the left breast: palpable 2 cm mass at 2 o'clock, 3 cm from "
        "the nipple. Her mother, ⟦PERSON:Gloria Monroe⟧, had breast cancer at 44 (BRCA negative); Tyrer-Cuzick lifetime risk 22 %.\n"
        "Sincerely, ⟦PERSON:Ellen Sorensen⟧, MD, FAAFP",
        (
            "Tyrer-Cuzick",
            "2 o'clock",
            "BRCA negative",
            "22 %",
            "diagnostic mammogram",
            "FAAFP",
            "at 44",
            "Breast Imaging",
            "palpable 2 cm mass",
        ),
    ),
    (
        "us13",
        "en",
        "RIS conversion (Cerner RadNet → Epic Radiant) – exception log, batch of ⟦DATE:2025-11-02⟧\n"
        "row 77120: ORDER ⟦ID:RAD-5512044⟧ patient ⟦PERSON:Nakamura, Kenji⟧ (MRN ⟦ID:882201447⟧) – ordering provider "
        "'⟦PERSON:HUANG, MEI-LING⟧' NPI ⟦ID:1902847713⟧ not found in SER; mapped to 'UNKNOWN PROVIDER'\n"
        "row 77121: duplicate FIN ⟦ID:7710023341⟧; DOB mismatch ⟦DATE:1972-01-30⟧ vs ⟦DATE:1972-03-01⟧ – reviewer ⟦PERSON:bsmith17⟧\n"
        "row 77122: exam code 'CT HEAD WO' mapped, OK",
        (
            "Epic Radiant",
            "Cerner RadNet",
            "UNKNOWN PROVIDER",
            "SER",
            "CT HEAD WO",
            "exception log",
            "row 77122",
            "DOB mismatch",
        ),
    ),
    (
        "us14",
        "en",
        "Coronary CTA – structured report (DICOM SR export)\n"
        "Patient Name: ⟦PERSON:Morales^Esteban⟧ | Patient ID: ⟦ID:HMH7712044⟧ | Birth Date: ⟦DATE:19640308⟧ | Accession: ⟦ID:CCTA25110501⟧\n"
        "Institution: ⟦INSTITUTION:Houston Methodist Hospital⟧ | Referring: ⟦PERSON:Adeyemi^Folasade⟧^^Dr.\n"
        "Calcium score (Agatston) 412, MESA percentile 91. Stenosis: proximal LAD 70–99 % (CAD-RADS 4A), RCA 25–49 %. "
        "High-risk plaque: positive remodeling, low-attenuation plaque (HRP). FFR-CT 0.74 in the LAD.\n"
        "Observer: ⟦PERSON:Feldman^Rachel⟧",
        (
            "Agatston",
            "MESA percentile 91",
            "CAD-RADS 4A",
            "FFR-CT 0.74",
            "proximal LAD",
            "HRP",
            "positive remodeling",
            "Calcium score",
            "RCA 25–49 %",
        ),
    ),
    (
        "us15",
        "en",
        "DICOM MWL query results – AE_TITLE: US_ROOM4 – SPS Start Date ⟦DATE:20251107⟧\n"
        "[1] PN=⟦PERSON:ODUYA^GRACE⟧ PID=⟦ID:MRN3381207⟧ DOB=⟦DATE:19990611⟧ ACC=⟦ID:US2511070031⟧ Proc=US OB >14 WKS SINGLE; "
        "ReqPhys=⟦PERSON:WEINSTEIN^ARI⟧^^DR; Time 0800\n"
        "[2] PN=⟦PERSON:LEBLANC^ROBERT^A⟧ PID=⟦ID:MRN2290045⟧ DOB=⟦DATE:19460119⟧ ACC=⟦ID:US2511070034⟧ Proc=US RENAL COMPLETE; "
        "ReqPhys=⟦PERSON:CHOU^DIANA⟧; Time 0830; Comment: interpreter needed (Haitian Creole) via ⟦INSTITUTION:LanguageLine⟧",
        (
            "US OB >14 WKS SINGLE",
            "US RENAL COMPLETE",
            "SPS Start Date",
            "AE_TITLE",
            "Haitian Creole",
            "Time 0830",
            "US_ROOM4",
            "interpreter needed",
        ),
    ),
    (
        "us16",
        "en",
        "Advance Beneficiary Notice of Noncoverage (ABN) – Form CMS-R-131\n"
        "A. Notifier: ⟦INSTITUTION:Desert Valley Imaging⟧, ⟦ADDRESS:4410 E Camelback Rd, Phoenix, AZ 85018⟧, ⟦PHONE:602-555-0110⟧\n"
        "B. Patient Name: ⟦PERSON:Walter R. Pennington⟧   C. Identification Number: ⟦ID:DVI-0071244⟧\n"
        "D. Service: CT COLONOGRAPHY SCREENING (CPT 74263) – Medicare does not pay for screening CT colonography for this "
        "indication. E. Estimated cost: $690\n"
        "Option 1 checked. Medicare Beneficiary Identifier ⟦ID:1EG4-TE5-MK73⟧. Date: ⟦DATE:11/05/2025⟧. Witness: "
        "⟦PERSON:Cheryl Dunbar⟧ (front desk)",
        (
            "CMS-R-131",
            "CPT 74263",
            "Option 1",
            "$690",
            "CT COLONOGRAPHY SCREENING",
            "Advance Beneficiary Notice of Noncoverage",
            "front desk",
            "Estimated cost",
        ),
    ),
)
