# ruff: noqa: E501
"""Held-out 27, United States: marked excerpts (see deid_corpus.py for the conventions)."""

US = (
    (
        "us01",
        "en",
        "PRIOR AUTHORIZATION REQUEST – Advanced Imaging\nMember: ⟦PERSON:DELACRUZ, MARISOL⟧  ID ⟦ID:XGW881204537⟧  "
        "DOB ⟦DATE:04/17/1970⟧\nOrdering: ⟦PERSON:Trevor Lindqvist⟧, MD  NPI ⟦ID:1538274460⟧\nRendering: "
        "⟦INSTITUTION:SimonMed Imaging – Scottsdale⟧\nCPT 70553 MRI brain w/o & w/ contrast; ICD-10 G43.909. "
        "Clinical: new aura, failed triptans. Case # ⟦ID:PA-25-0661842⟧, fax ⟦PHONE:(480) 555-0193⟧.",
        (
            "PRIOR AUTHORIZATION REQUEST",
            "Advanced Imaging",
            "CPT 70553",
            "MRI brain",
            "ICD-10 G43.909",
            "aura",
            "triptans",
        ),
    ),
    (
        "us02",
        "en",
        "Re: Appeal of denial, reference ⟦ID:UM-2025-338120⟧\nDear Medical Director,\nI am writing on behalf of my "
        "patient ⟦PERSON:Jerome Whitaker Jr.⟧ (DOB ⟦DATE:Sept. 9, 1963⟧) to appeal the denial of a PET/CT "
        "(CPT 78815) dated ⟦DATE:February 20th⟧. Per NCCN guidelines for DLBCL, end-of-treatment PET with "
        "Deauville scoring is standard of care.\nSincerely,\n⟦PERSON:Ayesha Rahimi⟧, MD, Hematology/Oncology\n"
        "⟦INSTITUTION:Piedmont Cancer Institute⟧ | ⟦PHONE:770-555-0148⟧ ext. ⟦PHONE:212⟧",
        (
            "Medical Director",
            "PET/CT",
            "CPT 78815",
            "NCCN guidelines",
            "DLBCL",
            "Deauville",
            "standard of care",
            "Hematology/Oncology",
        ),
    ),
    (
        "us03",
        "en",
        "ED Triage Note ⟦DATE:3/4/25⟧ 18:52  ⟦INSTITUTION:Harborview⟧ Level I Trauma\nPt: ⟦PERSON:Tuilagi, Sione⟧  "
        "MRN ⟦ID:H-7720951⟧  Age 23\nMOI: fall from ladder ~12 ft. ESI 2. GCS 15, c-collar applied by "
        "⟦INSTITUTION:Medic One⟧. FAST neg. CT C-spine and pan-scan ordered per Denver criteria for BCVI. "
        "RN ⟦PERSON:Kristen Bjornstad⟧. Girlfriend ⟦PERSON:Malia Fonoti⟧ at bedside.",
        (
            "ED Triage Note",
            "18:52",
            "Level I Trauma",
            "Age 23",
            "ESI 2",
            "GCS 15",
            "c-collar",
            "FAST neg",
            "Denver criteria",
            "BCVI",
        ),
    ),
    (
        "us04",
        "en",
        "Tumor Board – ⟦INSTITUTION:UCHealth⟧ GI Multidisciplinary  ⟦DATE:Feb 27, 2025⟧\nAttendees: "
        "Dr. ⟦PERSON:Rebecca Sandoval⟧ (Surg Onc), Dr. ⟦PERSON:Kwame Asante⟧ (Med Onc), Dr. ⟦PERSON:Hye-jin Park⟧ "
        "(Body Imaging), ⟦PERSON:Lauren Petty⟧, NP\nCase: ⟦PERSON:Gonzales, Refugio⟧, 67M. Pancreatic head mass "
        "2.8 cm abutting SMV <180°, borderline resectable (NCCN). Plan: FOLFIRINOX x4 then re-image with "
        "pancreas protocol CT.",
        (
            "Tumor Board",
            "GI Multidisciplinary",
            "Surg Onc",
            "Med Onc",
            "Body Imaging",
            "67M",
            "SMV",
            "borderline resectable",
            "FOLFIRINOX",
            "pancreas protocol CT",
        ),
    ),
    (
        "us05",
        "en",
        "BREAST IMAGING RECALL – ⟦INSTITUTION:Solis Mammography Plano⟧\n⟦DATE:March 3, 2025⟧\nMs. ⟦PERSON:Dang Thi Thu Hà⟧\n"
        "⟦ADDRESS:4120 W Park Blvd Apt 318\nPlano, TX 75093⟧\nYour screening mammogram showed an area that needs "
        "a closer look (BI-RADS 0). Please schedule diagnostic mammography and ultrasound. Call "
        "⟦PHONE:972-555-0136⟧ or go to ⟦URL:solismammo.com/schedule⟧. Patient ID ⟦ID:SM00874412⟧.",
        ("screening mammogram", "BI-RADS 0", "diagnostic mammography", "ultrasound"),
    ),
    (
        "us06",
        "en",
        "(0008,0080) InstitutionName  LO [⟦INSTITUTION:RADIOLOGY ASSOC OF RICHMOND⟧]\n(0008,0090) ReferringPhysicianName "
        "PN [⟦PERSON:OKAFOR^CHINEDU^E⟧^^MD]\n(0010,0010) PatientName  PN [⟦PERSON:VANDERMEER^HENDRIKA⟧]\n(0010,0020) PatientID  "
        "LO [⟦ID:RAR0092281⟧]\n(0010,0030) PatientBirthDate  DA [⟦DATE:19340612⟧]\n(0010,1010) PatientAge  AS "
        "[⟦AGE:090⟧Y]\n(0008,1030) StudyDescription  LO [CT HEAD WO CONTRAST]\n(0018,1020) SoftwareVersions LO [syngo CT VA48A]",
        (
            "InstitutionName",
            "ReferringPhysicianName",
            "PatientName",
            "PatientBirthDate",
            "StudyDescription",
            "CT HEAD WO CONTRAST",
            "syngo CT VA48A",
        ),
    ),
    (
        "us07",
        "en",
        "Teleconsult transcript – ⟦INSTITUTION:Avera eCARE⟧ / ⟦INSTITUTION:Pioneer Memorial⟧ ⟦ADDRESS:Viborg, SD⟧\n"
        "[01:14] Dr. ⟦PERSON:Hollis Bergeson⟧: 71F, slurred speech since 23:40, NIHSS 9.\n[01:16] Tele-neuro "
        "Dr. ⟦PERSON:Anjali Deshmukh⟧: CT no bleed, ASPECTS 9. Proceed with TNK 0.25 mg/kg. CTA shows left M2 "
        "occlusion; transfer to ⟦INSTITUTION:Sanford USD⟧ for thrombectomy. Pt ⟦PERSON:Ardella Heeren⟧, "
        "acct ⟦ID:44019821⟧.",
        (
            "Teleconsult transcript",
            "01:14",
            "71F",
            "NIHSS 9",
            "Tele-neuro",
            "ASPECTS 9",
            "TNK 0.25 mg/kg",
            "M2",
            "thrombectomy",
        ),
    ),
    (
        "us08",
        "en",
        "Bed Board export 2025-03-05 05:30\nUnit|Rm|Patient|Adm|Attending|Status\n5 West|512A|⟦PERSON:KHALIL, Omar⟧|"
        "⟦DATE:03/02⟧|⟦PERSON:Feld⟧|pending MRI L-spine\n5 West|514B|⟦PERSON:PIERRE-LOUIS, Marie-Ange⟧|⟦DATE:03/04⟧|"
        "⟦PERSON:Nakamura⟧|dc pending SNF – ⟦INSTITUTION:Brookdale Meadows⟧\nICU|3|⟦PERSON:ESPOSITO, Dominic⟧|⟦DATE:03/05⟧|"
        "⟦PERSON:Oyelaran⟧|trauma, CT pan-scan done\nTransfer center: ⟦PHONE:555-0110⟧",
        ("Bed Board", "05:30", "5 West", "Attending", "MRI L-spine", "SNF", "ICU", "CT pan-scan", "Transfer center"),
    ),
    (
        "us09",
        "en",
        "MQSA / Quality – Peer review discrepancy #2025-041\nStudy: CT abdomen/pelvis ⟦DATE:01/28/2025⟧, acc "
        "⟦ID:CTAP2501280447⟧. Original reader: ⟦PERSON:J. Feinstein⟧, MD. Reviewer: Dr. ⟦PERSON:Lucia Ferreira-Banks⟧.\n"
        "Missed 9 mm hypodense lesion pancreatic tail (series 3, image 61). RADPEER score 2b. "
        "Communicated to ordering provider ⟦PERSON:Dana Whitlock⟧, PA-C on ⟦DATE:2/3⟧.",
        (
            "MQSA",
            "Peer review discrepancy",
            "CT abdomen/pelvis",
            "pancreatic tail",
            "series 3, image 61",
            "RADPEER score 2b",
            "ordering provider",
            "PA-C",
        ),
    ),
    (
        "us10",
        "en",
        "Radiology call schedule – week of ⟦DATE:3/10⟧\nMon: Body – ⟦PERSON:Haddad⟧ | Neuro – ⟦PERSON:Villanueva⟧ | "
        "IR – ⟦PERSON:Greenbaum⟧ (pager ⟦PHONE:312-555-0177⟧)\nTue: Body – ⟦PERSON:Okeke⟧ | Neuro – ⟦PERSON:Villanueva⟧ "
        "| IR – ⟦PERSON:Lindahl⟧\nNighthawk coverage 22:00–07:00 via ⟦INSTITUTION:vRad⟧. Questions: "
        "⟦EMAIL:radsched@nwmedicine.org⟧",
        ("call schedule", "Body", "Neuro", "IR", "pager", "Nighthawk coverage", "22:00–07:00"),
    ),
    (
        "us11",
        "en",
        "Hola Dr. ⟦PERSON:Aguilar⟧ – my mom ⟦PERSON:Rosario Mendoza⟧ had the CT at ⟦INSTITUTION:RadNet Valley⟧ "
        "on ⟦DATE:Feb 28th⟧ and they said to send the CD to you. She is ⟦AGE:97⟧ and doesn't use email. "
        "Her Medicare number is ⟦ID:1EG4-TE5-MK73⟧. You can reach me at ⟦PHONE:(818) 555-0162⟧. "
        "Thank you!! – ⟦PERSON:Lupe⟧\n[Patient portal message, routed to Pool: Imaging Records]",
        ("CT", "send the CD", "Medicare", "Patient portal message", "Imaging Records"),
    ),
    (
        "us12",
        "en",
        "DISCHARGE SUMMARY (page 2 of 3)  ⟦PERSON:NGUYEN, BAO⟧  MRN ⟦ID:00-48-11-72⟧\nImaging: CTA chest ⟦DATE:2/26⟧ – "
        "segmental PE right lower lobe, RV/LV 0.8. Duplex LE: occlusive DVT left popliteal vein. Started "
        "apixaban 10 mg BID x7d. Follow-up with PCP Dr. ⟦PERSON:Evelyn Osei⟧ at ⟦INSTITUTION:Fairview Clinics – "
        "Eagan⟧ within 1 week. Son ⟦PERSON:Khoa⟧ (interpreter, Vietnamese) present.",
        (
            "DISCHARGE SUMMARY",
            "page 2 of 3",
            "CTA chest",
            "segmental PE",
            "RV/LV 0.8",
            "Duplex LE",
            "popliteal vein",
            "apixaban",
            "PCP",
        ),
    ),
    (
        "us13",
        "en",
        "Pathology correlation – ⟦INSTITUTION:Quest Diagnostics⟧ accession ⟦ID:SQ25-014471⟧\nPt ⟦PERSON:Abernathy, Colleen "
        "R.⟧ DOB ⟦DATE:11-02-1958⟧\nStereotactic biopsy left breast 2:00 (Brevera, 9G): ADH with atypical "
        "ductal hyperplasia at margin; discordant? Radiology recommends surgical excision. Breast navigator "
        "⟦PERSON:Tamika Rowe⟧ ⟦PHONE:(205) 555-0121⟧ x⟦PHONE:34⟧.",
        (
            "Pathology correlation",
            "Stereotactic biopsy",
            "2:00",
            "Brevera",
            "9G",
            "atypical ductal hyperplasia",
            "surgical excision",
            "Breast navigator",
        ),
    ),
    (
        "us14",
        "en",
        "NON-EMERGENCY TRANSPORT ORDER\nPatient: Mr. ⟦PERSON:Floyd Eckhart⟧  DOB ⟦DATE:5/15/1939⟧  Medicaid ⟦ID:78114903P⟧\n"
        "From: ⟦INSTITUTION:Golden LivingCenter – Shawnee⟧, ⟦ADDRESS:3300 N Kickapoo Ave, Shawnee OK 74804⟧\n"
        "To: ⟦INSTITUTION:INTEGRIS⟧ Imaging, MRI lumbar spine, ⟦DATE:03/12⟧ at 11:30. Stretcher, 2 L O2. "
        "Contact: niece ⟦PERSON:Darlene Eckhart-Moss⟧ ⟦PHONE:405-555-0184⟧.",
        ("NON-EMERGENCY TRANSPORT ORDER", "Medicaid", "MRI lumbar spine", "11:30", "Stretcher", "2 L O2"),
    ),
    (
        "us15",
        "en",
        "ADDENDUM ⟦DATE:3/5/2025⟧: Comparison was made with outside MRI from ⟦INSTITUTION:Touchstone Imaging⟧ "
        "(⟦DATE:10/2023⟧) uploaded via ⟦URL:https://share.ambrahealth.com/s/7Xq2Lk⟧. The Baker cyst and "
        "Segond-type avulsion are unchanged. No new marrow edema on PD FS (ser 5 img 18). Dictated by "
        "⟦PERSON:Cheng-Hsiu Wu⟧, MD; transcribed by ⟦PERSON:kmorrow⟧ 14:02.",
        (
            "ADDENDUM",
            "outside MRI",
            "Baker cyst",
            "Segond-type avulsion",
            "marrow edema",
            "PD FS",
            "ser 5 img 18",
            "14:02",
        ),
    ),
)
