# ruff: noqa: E501
"""Held-out 29, United States: marked excerpts (see deid_corpus.py for the conventions)."""

US = (
    (
        "us01",
        "en",
        "Multidisciplinary GI Tumor Board – ⟦INSTITUTION:Dana-Farber/Brigham Cancer Center⟧, ⟦DATE:03/12/2025⟧ 7:00 AM\n"
        "Patient: ⟦PERSON:WHIPPLE, Raymond J⟧  MRN ⟦ID:004418872⟧  DOB ⟦DATE:08/30/1957⟧\n"
        "Presenter: ⟦PERSON:Anita Desai⟧, MD (Radiology). Attending surgeon: ⟦PERSON:Michael Courvoisier⟧, MD.\n"
        "CT pancreas protocol: 2.8 cm hypoenhancing head mass, 180° SMV abutment, no SMA involvement – borderline resectable per NCCN. "
        "Courvoisier sign present clinically; CA 19-9 410 U/mL.\n"
        "Recommendation: neoadjuvant mFOLFIRINOX x4 then restage; Whipple procedure if no progression. Enroll in NCT04340141 if eligible.",
        (
            "GI Tumor Board",
            "CT pancreas protocol",
            "SMV abutment",
            "SMA",
            "NCCN",
            "Courvoisier sign",
            "CA 19-9",
            "mFOLFIRINOX",
            "Whipple procedure",
            "NCT04340141",
            "7:00 AM",
        ),
    ),
    (
        "us02",
        "en",
        "SBRT Simulation & Planning Note – Radiation Oncology\n"
        "Pt: ⟦PERSON:Dolores Finch⟧, ⟦AGE:96⟧ yo F, MRN ⟦ID:MR-5508812⟧, ⟦INSTITUTION:Mayo Clinic Jacksonville⟧\n"
        "4DCT simulation ⟦DATE:2025-03-06⟧ in Vac-Lok, abdominal compression; ITV from MIP, PTV = ITV + 5 mm.\n"
        "Rx: 50 Gy in 5 fx to LLL 1.9 cm adenocarcinoma (peripheral, RTOG 0813 constraints not needed). Plan: 2 VMAT arcs, Eclipse AcurosXB. "
        "Chest wall V30 < 30 cc, Conformity index 1.08.\n"
        "Physicist: ⟦PERSON:Kevin Brandt⟧, PhD, DABR; pager ⟦PHONE:904-555-0143⟧. Daughter/HCP ⟦PERSON:Louise Finch-Harmon⟧ consented by phone.",
        (
            "SBRT",
            "4DCT simulation",
            "Vac-Lok",
            "abdominal compression",
            "ITV",
            "MIP",
            "50 Gy in 5 fx",
            "RTOG 0813",
            "Eclipse",
            "AcurosXB",
            "Conformity index",
        ),
    ),
    (
        "us03",
        "en",
        "Lu-177 PSMA-617 (Pluvicto) – Post-therapy dosimetry, cycle 4 of 6\n"
        "Patient: ⟦PERSON:Harold Kim⟧  DOB ⟦DATE:1946-04-22⟧  Acct ⟦ID:90031774521⟧\n"
        "Administered 7.4 GBq (200 mCi) on ⟦DATE:February 18, 2025⟧ at ⟦INSTITUTION:UCLA Ahmanson Translational Theranostics Division⟧.\n"
        "Quantitative SPECT/CT at 4 h, 24 h, 96 h (GE Discovery NM/CT 870 DR, MIM SurePlan MRT): kidneys 0.43 Gy/GBq, parotids 0.58 Gy/GBq, "
        "cumulative kidney dose 12.7 Gy. PSA decline 62 % (PCWG3).\n"
        "Reviewed by ⟦PERSON:Lena Osei⟧, MD, ⟦EMAIL:losei@mednet.ucla.edu⟧",
        (
            "Lu-177 PSMA-617",
            "Pluvicto",
            "Quantitative SPECT/CT",
            "Discovery NM/CT 870 DR",
            "MIM SurePlan MRT",
            "0.43 Gy/GBq",
            "PCWG3",
            "200 mCi",
            "96 h",
        ),
    ),
    (
        "us04",
        "en",
        "ADDENDUM (pathology correlation, pasted from CoPath case ⟦ID:SP25-008841⟧)\n"
        "Final diagnosis: Right thyroid, FNA (US-guided, TI-RADS 5 nodule 1.7 cm): Bethesda category VI, papillary thyroid carcinoma; "
        "ThyroSeq v3: BRAF V600E positive. Hürthle cell change absent.\n"
        "Electronically signed by ⟦PERSON:Grace Hurthle-Owens⟧, MD, ⟦DATE:03/10/2025⟧ 14:22\n"
        "Original study read by ⟦PERSON:Bowen, Patrick⟧ DO at ⟦INSTITUTION:Intermountain Medical Center⟧. "
        "No Bowen disease on the skin exam noted in the referral.",
        (
            "Bethesda category VI",
            "TI-RADS 5",
            "papillary thyroid carcinoma",
            "ThyroSeq v3",
            "BRAF V600E",
            "Hürthle cell",
            "Bowen disease",
            "FNA",
            "14:22",
        ),
    ),
    (
        "us05",
        "en",
        "Clinical trial screening log (CTMS export)\n"
        "Protocol: NCT05502237 | Sponsor protocol ABC-301 | IND 145782\n"
        "Screening # ⟦ID:1027-S-014⟧ | Subject # ⟦ID:1027-0009⟧ | Initials ⟦PERSON:M-LT⟧ | Consent ⟦DATE:01-Mar-2025⟧ | Status: Screen fail (ECOG 3; brain mets untreated)\n"
        "Screening # ⟦ID:1027-S-015⟧ | Subject # ⟦ID:1027-0010⟧ | Initials ⟦PERSON:RHB⟧ | Consent ⟦DATE:04-Mar-2025⟧ | Status: Randomized arm B\n"
        "PI: ⟦PERSON:Susan Lindqvist⟧, MD; CRC: ⟦PERSON:Tyler Mendoza⟧ (⟦EMAIL:tmendoza@sarahcannon.com⟧)\n"
        "Baseline imaging per RECIST 1.1 and iRECIST, central read by BICR.",
        (
            "NCT05502237",
            "ABC-301",
            "IND 145782",
            "Screen fail",
            "ECOG 3",
            "Randomized arm B",
            "RECIST 1.1",
            "iRECIST",
            "BICR",
            "CTMS export",
        ),
    ),
    (
        "us06",
        "en",
        "Cancer Genetics Counseling Note – ⟦INSTITUTION:Huntsman Cancer Institute⟧\n"
        "Proband: ⟦PERSON:Brittany Lynch⟧, 29 y/o; accompanied by her fiancé ⟦PERSON:Tyler⟧.\n"
        "Pedigree (4 generations): father ⟦PERSON:Daniel Lynch⟧ – colon ca at 44; paternal grandmother ⟦PERSON:Ruth Lynch⟧ (⟦ADDRESS:Ogden, UT⟧) – endometrial ca 51; "
        "paternal uncle ⟦PERSON:Gary⟧ – urothelial ca; maternal side unremarkable.\n"
        "PREMM5 score 18.4 %. Multigene panel (Invitae): pathogenic MSH2 deletion exons 1-6 → Lynch syndrome confirmed. "
        "Counselor: ⟦PERSON:Amelia Torres⟧, MS, CGC, ext ⟦PHONE:5-4470⟧",
        (
            "Pedigree",
            "PREMM5",
            "Multigene panel",
            "MSH2",
            "Lynch syndrome",
            "29 y/o",
            "colon ca",
            "urothelial ca",
            "endometrial ca",
        ),
    ),
    (
        "us07",
        "en",
        "Pediatric Oncology – ⟦INSTITUTION:St. Jude Children's Research Hospital⟧\n"
        'Patient: ⟦PERSON:Mateo Alvarez⟧ ("⟦PERSON:Teo⟧"), 5 y/o M, DOB ⟦DATE:06/14/2019⟧, MRN ⟦ID:SJ0928831⟧\n'
        "Parents: ⟦PERSON:Rosa⟧ (mom, Spanish interpreter requested) and ⟦PERSON:Luis Alvarez⟧, ⟦ADDRESS:412 Poplar Ave, Apt 3B, Memphis, TN 38105⟧, "
        "cell ⟦PHONE:(901) 555-0187⟧\n"
        "MRI: 6.2 cm left retroperitoneal mass encasing the aorta; image-defined risk factors present (IDRFs 3). Enrolled on COG ANBL1531, "
        "MIBG avid; Curie score 7. Next scan week of ⟦DATE:3/24⟧.",
        (
            "Pediatric Oncology",
            "5 y/o",
            "retroperitoneal mass",
            "image-defined risk factors",
            "IDRFs",
            "COG ANBL1531",
            "MIBG avid",
            "Curie score 7",
            "Spanish interpreter",
        ),
    ),
    (
        "us08",
        "en",
        "FHIR DiagnosticReport (JSON, excerpt)\n"
        '{"resourceType": "DiagnosticReport", "id": "⟦ID:dr-7781224⟧", "status": "final",\n'
        ' "subject": {"reference": "Patient/⟦ID:pt-1193382⟧", "display": "⟦PERSON:Carter, Evelyn M⟧"},\n'
        ' "effectiveDateTime": "⟦DATE:2025-03-07⟧T10:41:00-05:00",\n'
        ' "performer": [{"display": "⟦PERSON:Rajesh Iyer⟧, MD"}, {"display": "⟦INSTITUTION:Cleveland Clinic Taussig Cancer Institute⟧"}],\n'
        ' "code": {"coding": [{"system": "http://loinc.org", "code": "44136-0", "display": "PET-CT"}]},\n'
        ' "conclusion": "Deauville 5 in mediastinal nodes, Lugano progressive metabolic disease."}',
        (
            "resourceType",
            "DiagnosticReport",
            "effectiveDateTime",
            "http://loinc.org",
            "44136-0",
            "Deauville 5",
            "Lugano",
            "progressive metabolic disease",
            "performer",
        ),
    ),
    (
        "us09",
        "en",
        "From: ⟦PERSON:Kowalski, Dana⟧ <⟦EMAIL:dana.kowalski@nyulangone.org⟧>\n"
        "Sent: Monday, ⟦DATE:March 10, 2025⟧ 6:58 PM\nTo: Radiology Reading Room 4\nCc: ⟦PERSON:Ben Adeyemi⟧\n"
        "Subject: FW: outside PET for Mr. ⟦PERSON:Hughes⟧ – tumor board tomorrow\n\n"
        "Team – the outside PET from ⟦INSTITUTION:Northwell Health Imaging at Lake Success⟧ is in PACS under accession ⟦ID:E25031002291⟧. "
        "Merkel cell carcinoma, L cheek, nodal basin SLNB positive. Please over-read before 7:30 AM.\n"
        "⟦PERSON:Dana⟧ | Oncology Nurse Navigator | ⟦PHONE:212-263-4410⟧",
        (
            "Radiology Reading Room 4",
            "tumor board",
            "PACS",
            "Merkel cell carcinoma",
            "SLNB",
            "7:30 AM",
            "Oncology Nurse Navigator",
            "6:58 PM",
        ),
    ),
    (
        "us10",
        "en",
        "Epic Secure Chat – 4 West Oncology\n"
        "⟦PERSON:Jess Walker⟧, RN (11:14): pt in 4W-12 (Mr. ⟦PERSON:Abernathy⟧) asking if his CT A/P with contrast is still on, Cr 1.9 today\n"
        "Dr. ⟦PERSON:Nguyen⟧ (11:16): hold IV contrast, switch to non-con + MRI abd w/o gad (eGFR 32). Ask his wife ⟦PERSON:Peggy⟧ to bring the port card\n"
        "⟦PERSON:Jess Walker⟧, RN (11:18): port card says PowerPort isp, SN ⟦ID:RFJ9927461⟧, placed ⟦DATE:11/2023⟧ at ⟦INSTITUTION:Baptist Health Lexington⟧\n"
        "Dr. ⟦PERSON:Nguyen⟧ (11:19): 👍 thx",
        (
            "4 West Oncology",
            "CT A/P",
            "IV contrast",
            "non-con",
            "eGFR 32",
            "port card",
            "PowerPort isp",
            "11:14",
            "4W-12",
        ),
    ),
    (
        "us11",
        "en",
        "[FAX RECEIVED ⟦DATE:03/11/2025⟧ 09:12 – p. 1 of 3 – OCR]\n"
        "⟦INSTITUTION:Coastal Carolina Oncology Associates, PA⟧  Fax ⟦PHONE:(843) 555-O199⟧\n"
        "RE: ⟦PERSON:Hattie Mae Lowery⟧  DOB: ⟦DATE:O7/O4/1931⟧  Medicare MBI: ⟦ID:1EG4-TE5-MK73⟧\n"
        "Please schedule PET/CT skull base to mid-thigh, restaging DLBCL after 6 cycles R-mini-CHOP. Pt is ⟦AGE:93⟧ and lives at "
        "⟦INSTITUTION:Magnolia Manor Assisted Living⟧, ⟦ADDRESS:Myrtle Beach⟧; caregiver ⟦PERSON:Denise⟧ will accompany.\n"
        "Ordering: ⟦PERSON:Franklin Oyelaran⟧, MD, NPI ⟦ID:1457382910⟧",
        ("FAX RECEIVED", "09:12", "p. 1 of 3", "skull base to mid-thigh", "DLBCL", "R-mini-CHOP", "6 cycles"),
    ),
    (
        "us12",
        "en",
        "HIPAA Right of Access request (45 CFR 164.524) – Health Information Management\n"
        "Requestor: ⟦PERSON:Jacqueline Moreau⟧ as personal representative (POA) of ⟦PERSON:Pierre Moreau⟧, deceased ⟦DATE:01/29/2025⟧\n"
        "Mailing address: ⟦ADDRESS:1180 Rue Saint-Denis, Montréal, QC H2X 3J6, Canada⟧\n"
        "Records: all imaging (DICOM on CD), radiation oncology treatment summary, proton therapy plans, and tumor board minutes from "
        "⟦INSTITUTION:Massachusetts General Hospital⟧, 2022–2024. Fee waived; due within 30 days of ⟦DATE:Feb 14, 2025⟧.\n"
        "HIM specialist: ⟦PERSON:T. Okonkwo⟧, ext ⟦PHONE:62240⟧, Ref ⟦ID:ROI-2025-004127⟧",
        (
            "HIPAA Right of Access",
            "45 CFR 164.524",
            "Health Information Management",
            "DICOM on CD",
            "treatment summary",
            "proton therapy",
            "2022–2024",
            "30 days",
            "HIM specialist",
        ),
    ),
    (
        "us13",
        "en",
        "Cross-border referral from Ontario – ⟦INSTITUTION:Roswell Park Comprehensive Cancer Center⟧\n"
        "Patient: ⟦PERSON:Bruce MacPherson⟧, DOB ⟦DATE:1962-09-09⟧, OHIP ⟦ID:4532-118-907-KT⟧, ⟦ADDRESS:Fort Erie, ON⟧\n"
        "Referred by Dr. ⟦PERSON:Alana Whitefeather⟧, ⟦INSTITUTION:Niagara Health – St. Catharines Site⟧, fax ⟦PHONE:905-378-4647⟧\n"
        "Ontario Out-of-Country prior approval (Form 2409) obtained for intraoperative radiation therapy. MRI pelvis: recurrent rectal cancer, "
        "presacral, R0 feasible; MERCURY-defined EMVI positive; no Krukenberg or peritoneal disease.",
        (
            "Out-of-Country prior approval",
            "Form 2409",
            "intraoperative radiation therapy",
            "recurrent rectal cancer",
            "presacral",
            "R0",
            "MERCURY",
            "EMVI",
            "Krukenberg",
        ),
    ),
    (
        "us14",
        "en",
        "Prior authorization – UnitedHealthcare Commercial\n"
        "Member: ⟦PERSON:Kelsey Ann Douglas⟧, Member ID ⟦ID:918823047-01⟧, Group ⟦ID:704455⟧\n"
        'Request: CPT 78815 (PET/CT skull base to mid-thigh), ICD-10 C50.412, for restaging; denial reason: "not medically necessary per eviCore BR-4.1".\n'
        "Peer-to-peer scheduled ⟦DATE:3/13/25⟧ 4:15 PM ET between Dr. ⟦PERSON:Omar Haddad⟧ and the eviCore reviewer. "
        "Pouch of Douglas fluid on prior CT – needs characterization.\n"
        "Case # ⟦ID:A255103880⟧; office line ⟦PHONE:(713) 555-0166⟧",
        (
            "Prior authorization",
            "CPT 78815",
            "ICD-10 C50.412",
            "not medically necessary",
            "BR-4.1",
            "Peer-to-peer",
            "4:15 PM ET",
            "Pouch of Douglas",
        ),
    ),
    (
        "us15",
        "en",
        "Device registry entry – cardiac implantable device in the radiation field (NCDR / manufacturer registration)\n"
        "Patient ⟦PERSON:Ortiz, Guadalupe⟧, ⟦DATE:1950-03-27⟧, MRN ⟦ID:00773391⟧, ⟦ADDRESS:San Antonio, TX 78229⟧\n"
        "Device: Medtronic Azure XT DR MRI SureScan (W1DR01), serial ⟦ID:RNB447218S⟧, UDI-DI 00643169901203; implanted ⟦DATE:8/2022⟧ by "
        "⟦PERSON:Arjun Mehta⟧, MD at ⟦INSTITUTION:University Hospital San Antonio⟧.\n"
        "RT plan: left breast 42.56 Gy/16 fx, device cumulative dose < 2 Gy (AAPM TG-203 low risk). Interrogation before/after each week.",
        (
            "Device registry",
            "Azure XT DR MRI SureScan",
            "W1DR01",
            "UDI-DI 00643169901203",
            "42.56 Gy/16 fx",
            "AAPM TG-203",
            "Interrogation",
            "NCDR",
        ),
    ),
    (
        "us16",
        "en",
        "Patient grievance – Patient Relations, ⟦INSTITUTION:Moffitt Cancer Center⟧\n"
        "Grievance # ⟦ID:PR-25-0613⟧ received ⟦DATE:March 4th, 2025⟧ via patient portal from ⟦PERSON:Wanda Gibbs⟧ (⟦EMAIL:wgibbs1962@gmail.com⟧)\n"
        '"My husband ⟦PERSON:Earl⟧ had his Y-90 mapping on a Friday and nobody called us with the lung shunt fraction until Tuesday. '
        "Dr. ⟦PERSON:Klatskin⟧'s office said the results go through MyChart.\" Response due in 7 days per CMS §482.13.\n"
        "Assigned: ⟦PERSON:Luz Camacho⟧, Patient Advocate, ⟦PHONE:813-745-0021⟧; home address on file ⟦ADDRESS:3309 W Bay Ct, Tampa, FL 33611⟧.",
        (
            "Patient grievance",
            "Patient Relations",
            "patient portal",
            "Y-90 mapping",
            "lung shunt fraction",
            "MyChart",
            "CMS §482.13",
            "7 days",
            "Patient Advocate",
        ),
    ),
)
