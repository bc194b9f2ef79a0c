"""Held-out 35, United States: 16 excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

US: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "us01",
        "en",
        "Prior Authorization Request – MRI Lumbar Spine w/o contrast (CPT 72148)\n"
        "Payer: UnitedHealthcare; Member ID ⟦ID:W448120937⟧; Group ⟦ID:0918823⟧\n"
        "Patient: ⟦PERSON:Darnell Whitfield⟧, DOB ⟦DATE:03/14/1977⟧\n"
        "Ordering: ⟦PERSON:Priya Raghunathan⟧, MD, NPI ⟦ID:1679553240⟧, ⟦INSTITUTION:Lakeside Family "
        "Medicine⟧, ⟦ADDRESS:2200 N Ashland Ave⟧, ⟦ADDRESS:Chicago⟧, IL ⟦ADDRESS:60614⟧; fax "
        "⟦PHONE:(773) 555-0142⟧\n"
        "Dx M54.16; 6 weeks failed conservative therapy (PT 12 visits, NSAIDs), positive straight-leg raise.\n"
        "Case # ⟦ID:A226104418⟧ approved ⟦DATE:02/20/2026⟧, valid 60 days.",
        (
            "MRI Lumbar Spine w/o contrast",
            "CPT 72148",
            "M54.16",
            "6 weeks",
            "PT 12 visits",
            "NSAIDs",
            "straight-leg raise",
            "60 days",
            "Member ID",
            "Ordering",
        ),
    ),
    (
        "us02",
        "en",
        "RE: Adverse determination – CT abdomen/pelvis w/ contrast (74177). Reference ⟦ID:EV-26-0413377⟧\n"
        "Dear Dr. ⟦PERSON:Chen⟧, the request for your patient ⟦PERSON:Rosa Delgado-Ibarra⟧ (member "
        "⟦ID:XJH883310472⟧) does not meet the ACR Appropriateness Criteria for uncomplicated left lower "
        "quadrant pain. A peer-to-peer is available within 14 days; an appeal may be filed by "
        "⟦DATE:April 3, 2026⟧.\n"
        "Reviewer: ⟦PERSON:Gerald Ashby⟧, MD, board-certified radiologist",
        (
            "Adverse determination",
            "CT abdomen/pelvis w/ contrast",
            "74177",
            "ACR Appropriateness Criteria",
            "left lower quadrant pain",
            "peer-to-peer",
            "within 14 days",
            "board-certified",
            "Reviewer",
        ),
    ),
    (
        "us03",
        "en",
        "SNF Transfer Form – ⟦INSTITUTION:Cedar Hollow Health & Rehab⟧, ⟦ADDRESS:410 Orchard St⟧, "
        "⟦ADDRESS:Dubuque⟧, IA\n"
        "Resident: ⟦PERSON:Wilma Hargrove⟧, age ⟦AGE:101⟧, MRN ⟦ID:CH-20417⟧; POLST: DNR/DNI\n"
        "HCPOA: niece ⟦PERSON:Lorraine 'Lori' Bishop⟧, ⟦PHONE:563-555-0188⟧\n"
        "Fall at 21:15, on Eliquis, GCS 14; portable CXR earlier today showed RLL opacity. Sent to ED at "
        "⟦INSTITUTION:MercyOne Dubuque⟧ for CT head.",
        (
            "SNF Transfer Form",
            "POLST",
            "DNR/DNI",
            "HCPOA",
            "21:15",
            "Eliquis",
            "GCS 14",
            "portable CXR",
            "RLL opacity",
            "CT head",
            "Resident",
            "Sent to ED",
        ),
    ),
    (
        "us04",
        "en",
        "Pre-participation Physical – ⟦INSTITUTION:Westlake High School⟧ Athletics (football)\n"
        "Student: ⟦PERSON:Jaylen Brooks⟧, 16 y, grade 11; parent: ⟦PERSON:Tasha Brooks⟧ ⟦PHONE:(512) 555-0196⟧; "
        "athletic trainer: Coach ⟦PERSON:Ruiz⟧\n"
        "Request: C-spine radiographs with flexion/extension after a stinger (burner); Spurling negative. "
        "ImPACT baseline on file; return to play per Berlin consensus (CISG 2022). Exam ⟦DATE:08/04/2025⟧.",
        (
            "Pre-participation Physical",
            "16 y",
            "grade 11",
            "C-spine radiographs",
            "flexion/extension",
            "stinger",
            "Spurling negative",
            "ImPACT baseline",
            "Berlin consensus",
            "CISG 2022",
            "athletic trainer",
            "parent",
        ),
    ),
    (
        "us05",
        "en",
        "Coal Workers' Health Surveillance Program – NIOSH B Reader classification\n"
        "Miner: ⟦PERSON:Clayton Ray Stidham⟧, SSN last 4 ⟦ID:8812⟧, ⟦ADDRESS:Hazard⟧, KY; radiograph of "
        "⟦DATE:01/27/2026⟧\n"
        "Film quality 1; small opacities p/q, profusion 1/1, upper zones bilaterally; large opacity category A; "
        "no pleural abnormality consistent with pneumoconiosis.\n"
        "B Reader: Dr. ⟦PERSON:Lowell Caudill⟧. Results mailed to ⟦ADDRESS:PO Box 417⟧, ⟦ADDRESS:Hazard⟧, KY "
        "⟦ADDRESS:41702⟧.",
        (
            "Coal Workers' Health Surveillance Program",
            "NIOSH",
            "B Reader",
            "Film quality 1",
            "p/q",
            "profusion 1/1",
            "large opacity category A",
            "pneumoconiosis",
            "upper zones bilaterally",
            "small opacities",
        ),
    ),
    (
        "us06",
        "en",
        "Text from ⟦INSTITUTION:Summit Imaging⟧: Reminder, ⟦PERSON:Gabriela⟧: your mammogram (3D tomo) is Wed "
        "⟦DATE:3/11⟧ at 7:50 AM, ⟦ADDRESS:1455 E Camelback Rd, Ste 210⟧, ⟦ADDRESS:Phoenix⟧. No deodorant. "
        "Reply C to confirm, R to reschedule.\n"
        "Pt replied R at 9:14 PM; rescheduled by ⟦PERSON:kmorales2⟧ to ⟦DATE:3/18⟧ 12:10 PM, confirmation "
        "#⟦ID:SI-77120⟧. Pt cell ⟦PHONE:602.555.0173⟧.",
        ("3D tomo", "7:50 AM", "No deodorant", "Reply C to confirm", "9:14 PM", "12:10 PM", "mammogram", "Pt cell"),
    ),
    (
        "us07",
        "en",
        "Grievance #⟦ID:GR-2026-0219⟧ – Response\n"
        "Dear Mr. ⟦PERSON:Bartholomew Finch⟧, your complaint about the charge for the renal ultrasound (CPT "
        "76700) performed ⟦DATE:January 9, 2026⟧ at our ⟦INSTITUTION:Maple Grove⟧ outpatient center was "
        "reviewed by Patient Relations and Dr. ⟦PERSON:Anneliese Vogt⟧, Medical Director. Under the No "
        "Surprises Act a good faith estimate was owed; we have adjusted your balance to $0.\n"
        "⟦PERSON:Marcus Lee⟧, Patient Relations, ⟦PHONE:763-555-0107⟧",
        (
            "renal ultrasound",
            "CPT 76700",
            "outpatient center",
            "Patient Relations",
            "Medical Director",
            "No Surprises Act",
            "good faith estimate",
            "$0",
            "Grievance",
        ),
    ),
    (
        "us08",
        "en",
        "Informed Consent – image-guided thyroid FNA\n"
        "Patient: ⟦PERSON:María Guadalupe Ortiz⟧, MRN ⟦ID:00884213⟧, DOB ⟦DATE:1964-06-30⟧\n"
        "Interpreter: ⟦PERSON:Luis Peña⟧, ID #⟦ID:30419⟧, video (⟦INSTITUTION:CyraCom⟧); witness: "
        "⟦PERSON:Danielle Ferris⟧, RN; physician: ⟦PERSON:Samuel Odhiambo⟧, MD\n"
        "Risks: bleeding, hematoma, nondiagnostic sample (Bethesda I) ~10 %, recurrent laryngeal nerve injury "
        "(rare). TI-RADS 4, 1.8 cm right lobe nodule. Time-out 13:42.",
        (
            "image-guided thyroid FNA",
            "hematoma",
            "Bethesda I",
            "recurrent laryngeal nerve",
            "TI-RADS 4",
            "1.8 cm right lobe nodule",
            "Time-out 13:42",
            "Interpreter",
            "nondiagnostic sample",
        ),
    ),
    (
        "us09",
        "en",
        "Authorization for Release of PHI (HIPAA) – Radiology Images\n"
        "Patient: ⟦PERSON:Eleanor Whitcomb⟧, DOB ⟦DATE:Nov. 2, 1948⟧, ⟦ADDRESS:88 Birch Hill Rd⟧, "
        "⟦ADDRESS:Concord⟧, NH ⟦ADDRESS:03301⟧\n"
        "Release to: Endocrinology, ⟦INSTITUTION:Dartmouth Hitchcock Medical Center⟧, attn. Dr. "
        "⟦PERSON:Paul Addison⟧, for adrenal incidentaloma work-up (r/o Cushing's, Addison's disease).\n"
        "Images: CT abdomen adrenal protocol ⟦DATE:12/2025⟧, absolute washout 64 %. Expires ⟦DATE:12/31/2026⟧.",
        (
            "Authorization for Release of PHI",
            "Endocrinology",
            "adrenal incidentaloma",
            "Cushing's",
            "Addison's disease",
            "CT abdomen adrenal protocol",
            "absolute washout 64 %",
            "Release to",
            "Expires",
        ),
    ),
    (
        "us10",
        "en",
        "FAX COVER – ⟦INSTITUTION:Bayou Orthopedic Associates⟧, ⟦ADDRESS:3700 Government St⟧, "
        "⟦ADDRESS:Baton Rouge⟧, LA ⟦ADDRESS:70806⟧\n"
        "To: Records Dept, ⟦INSTITUTION:Our Lady of the Lake⟧ Imaging; fax ⟦PHONE:225-555-0114⟧\n"
        "From: ⟦PERSON:Tammy Guidry⟧, ph ⟦PHONE:225-555-0160⟧ x⟦PHONE:212⟧. Pages: 4 incl. cover.\n"
        "Re: ⟦PERSON:Boudreaux, Clarence J.⟧, DOB ⟦DATE:9/9/1952⟧ – please send the MRI L knee report and "
        "images from ⟦DATE:10/2025⟧ (Outerbridge grade IV, Baker's cyst).\n"
        "CONFIDENTIALITY NOTICE: this fax may contain protected health information.",
        (
            "FAX COVER",
            "Records Dept",
            "Pages: 4 incl. cover",
            "MRI L knee",
            "Outerbridge grade IV",
            "Baker's cyst",
            "CONFIDENTIALITY NOTICE",
            "protected health information",
        ),
    ),
    (
        "us11",
        "en",
        "Home Health Visit Note – ⟦INSTITUTION:Heartland Home Health of Tulsa⟧\n"
        "Pt: ⟦PERSON:Virgil Tallchief⟧, ⟦ADDRESS:1207 S Peoria Ave⟧, ⟦ADDRESS:Tulsa⟧, OK; wife "
        "⟦PERSON:Naomi⟧ is the primary caregiver. Medicare ⟦ID:1EG4-TE5-MK73⟧\n"
        "Stage 3 sacral pressure injury on wound vac; new R foot erythema, probe-to-bone positive. PCP Dr. "
        "⟦PERSON:Hawkins⟧ ordered MRI R foot w/wo contrast to r/o osteomyelitis.\n"
        "SN ⟦PERSON:Brianna Cole⟧, RN, visit ⟦DATE:02/11/2026⟧ 10:20–11:05",
        (
            "primary caregiver",
            "Stage 3 sacral pressure injury",
            "wound vac",
            "probe-to-bone positive",
            "MRI R foot w/wo contrast",
            "osteomyelitis",
            "10:20–11:05",
            "new R foot erythema",
            "SN",
        ),
    ),
    (
        "us12",
        "en",
        "PT Progress Note – ⟦INSTITUTION:Peak Motion Physical Therapy⟧, ⟦ADDRESS:Bozeman⟧, MT\n"
        "Pt: ⟦PERSON:Hunter Lindqvist⟧, 28 y, ski instructor (employer ⟦INSTITUTION:Big Sky Resort⟧); visit 8 "
        "of 12. Lachman 2B, anterior drawer positive, pivot shift deferred. Request MRI R knee to assess ACL, "
        "?O'Donoghue unhappy triad.\n"
        "⟦PERSON:Kristin Yellowtail⟧, DPT; PCP Dr. ⟦PERSON:Marsh⟧, fax ⟦PHONE:406-555-0131⟧",
        (
            "PT Progress Note",
            "28 y",
            "ski instructor",
            "visit 8 of 12",
            "Lachman 2B",
            "anterior drawer positive",
            "pivot shift",
            "MRI R knee",
            "O'Donoghue unhappy triad",
            "DPT",
            "PCP",
        ),
    ),
    (
        "us13",
        "en",
        "Advance Beneficiary Notice of Noncoverage (ABN), Form CMS-R-131\n"
        "A. Notifier: ⟦INSTITUTION:Riverside Diagnostic Imaging⟧, ⟦ADDRESS:55 Water St⟧, "
        "⟦ADDRESS:Brattleboro⟧, VT, ⟦PHONE:802-555-0129⟧\n"
        "B. Patient Name: ⟦PERSON:Harold P. Mayhew⟧  C. Identification Number: ⟦ID:RDI-448107⟧\n"
        "D. DEXA screening (CPT 77080): Medicare may not pay for this test more often than every 24 months. "
        "Estimated cost $148. Option 1 checked. Signed ⟦PERSON:Harold P. Mayhew⟧, date ⟦DATE:2/4/26⟧.",
        (
            "Advance Beneficiary Notice of Noncoverage",
            "Form CMS-R-131",
            "DEXA",
            "CPT 77080",
            "every 24 months",
            "$148",
            "Option 1",
            "Notifier",
            "Identification Number",
            "Patient Name",
        ),
    ),
    (
        "us14",
        "en",
        "Portal message from ⟦PERSON:Lakshmi Venkataraman⟧, ⟦DATE:Mar 2, 2026⟧ 6:48 AM: I can't do the MRI in "
        "the tube again, last time at ⟦INSTITUTION:WakeMed Cary⟧ I panicked.\n"
        "Reply from ⟦PERSON:Jordan Pike⟧, RT(R)(MR): we moved you to our wide-bore 3T (Siemens Skyra) on "
        "⟦DATE:3/16⟧; Dr. ⟦PERSON:Feldman⟧ can prescribe lorazepam 1 mg, so please bring a driver. Your "
        "daughter ⟦PERSON:Anjali⟧ is listed as emergency contact, ⟦PHONE:(919) 555-0177⟧.",
        (
            "6:48 AM",
            "RT(R)(MR)",
            "wide-bore 3T",
            "Siemens Skyra",
            "lorazepam 1 mg",
            "bring a driver",
            "emergency contact",
            "Portal message",
            "in the tube",
        ),
    ),
    (
        "us15",
        "en",
        "VA Community Care Referral # ⟦ID:VA0041288173⟧, SEOC 1.1.4 Imaging\n"
        "Veteran: ⟦PERSON:Reginald Okafor⟧, SSN last 4 ⟦ID:3306⟧, ⟦ADDRESS:8812 Kessler Blvd⟧, "
        "⟦ADDRESS:Indianapolis⟧, IN\n"
        "Approved: LDCT for lung cancer screening (Lung-RADS), 30 pack-years, quit 2019.\n"
        "Community provider: ⟦INSTITUTION:Crossroads Radiology Partners⟧, NPI ⟦ID:1093827715⟧. Community Care "
        "coordinator ⟦PERSON:Tiffany Sowers⟧, ⟦PHONE:317-555-0148⟧ ext ⟦PHONE:4412⟧",
        (
            "SEOC 1.1.4",
            "LDCT",
            "lung cancer screening",
            "Lung-RADS",
            "30 pack-years",
            "quit 2019",
            "Community Care coordinator",
            "Veteran",
            "Community provider",
        ),
    ),
    (
        "us16",
        "en",
        "Outside Study Import – CD from ⟦INSTITUTION:Valley Medical Imaging⟧, ⟦ADDRESS:Yakima⟧\n"
        "(0010,0010) PatientName: ⟦PERSON:NAKAMURA^KENJI⟧^^MR\n"
        "(0010,0020) PatientID: ⟦ID:VMI00441872⟧ → reconciled to MRN ⟦ID:5521907⟧\n"
        "(0010,0030) PatientBirthDate: ⟦DATE:19590411⟧\n"
        "(0008,0090) ReferringPhysicianName: ⟦PERSON:OYELARAN^FOLA⟧\n"
        "(0008,1030) StudyDescription: CT ANGIO CHEST PE PROTOCOL; 3 series, 612 images\n"
        "QC by ⟦PERSON:rgutierrez⟧ ⟦DATE:2026-02-09⟧ 16:22, matched on name and DOB (2 of 3 identifiers).",
        (
            "PatientName",
            "PatientID",
            "ReferringPhysicianName",
            "StudyDescription",
            "CT ANGIO CHEST PE PROTOCOL",
            "612 images",
            "16:22",
            "2 of 3 identifiers",
            "Outside Study Import",
            "3 series",
            "QC",
        ),
    ),
)
