# ruff: noqa: E501
"""Held-out 34, United States: marked excerpts (see deid_corpus.py for the conventions)."""

US = (
    (
        "us01",
        "en",
        "ED Trauma Activation Level 1, 01:52 — Patient: ⟦ID:Doe, John 23⟧ | MRN ⟦ID:E00488217⟧ | FIN ⟦ID:9021774410⟧\n"
        "Brought by ⟦INSTITUTION:Boston EMS⟧ with ⟦INSTITUTION:Boston Police Department⟧ escort; identified on "
        "⟦DATE:09/14/2025⟧ as ⟦PERSON:Nguyễn Văn Bảo⟧ (registered as ⟦PERSON:NGUYEN, BAO VAN⟧).\n"
        "CT chest: traumatic aortic injury grade II, intimal flap at the isthmus. NEXUS criteria positive.",
        (
            "Trauma Activation Level 1",
            "01:52",
            "CT chest",
            "traumatic aortic injury grade II",
            "intimal flap",
            "isthmus",
            "NEXUS criteria",
        ),
    ),
    (
        "us02",
        "en",
        "Medicare MBI ⟦ID:1EG4-TE5-MK73⟧ | Medicaid ID ⟦ID:YK48291036⟧ | Payer: Humana Gold Plus\n"
        "Patient: ⟦PERSON:Kowalczyk, Stanisław J.⟧, DOB ⟦DATE:March 4, 1941⟧, ⟦ADDRESS:2210 W Belmont Ave⟧, "
        "⟦ADDRESS:Chicago⟧, IL ⟦ADDRESS:60618⟧\nDaughter / HCPOA: ⟦PERSON:Dorota Kowalczyk-Reyes⟧, ⟦PHONE:(773) 555-0148⟧\n"
        "CT abdomen/pelvis: infrarenal AAA 5.8 cm, no rupture. Vascular surgery consult. Exam ⟦DATE:10/21/2025⟧.",
        ("Medicare MBI", "HCPOA", "CT abdomen/pelvis", "infrarenal AAA", "5.8 cm", "Vascular surgery"),
    ),
    (
        "us03",
        "en",
        "ORR referral: unaccompanied minor ⟦PERSON:Yeison Andrés Quispe Mamani⟧, A# ⟦ID:A-218 774 905⟧, "
        "shelter ⟦INSTITUTION:Casa Esperanza Brownsville⟧, case manager Ms. ⟦PERSON:Okafor⟧\n"
        "Hand and wrist radiograph for bone age: Greulich and Pyle 17 years. 2 SD range 15.5 to 18.5 years.",
        (
            "ORR referral",
            "unaccompanied minor",
            "Hand and wrist radiograph",
            "bone age",
            "Greulich and Pyle",
            "17 years",
            "2 SD",
        ),
    ),
    (
        "us04",
        "en",
        "Interpreter: Arabic, ⟦PERSON:Khaled⟧ (ID #⟦ID:40812⟧), via ⟦INSTITUTION:LanguageLine⟧\n"
        "Patient ⟦PERSON:Fatima bint Abdullah Al-Qahtani⟧, passport ⟦ID:R07734182⟧ (Saudi Arabia), DOB ⟦DATE:1962-11-08⟧\n"
        "Mammogram: BI-RADS 5, spiculated mass 2.7 cm at 10 o'clock, 6 cm from the nipple. Ultrasound-guided core biopsy advised. Local address ⟦ADDRESS:8800 Bellaire Blvd, Apt 12⟧, ⟦ADDRESS:Houston⟧, TX ⟦ADDRESS:77036⟧.",
        (
            "Interpreter",
            "Arabic",
            "Saudi Arabia",
            "BI-RADS 5",
            "spiculated mass",
            "2.7 cm",
            "10 o'clock",
            "6 cm from the nipple",
        ),
    ),
    (
        "us05",
        "en",
        "⟦INSTITUTION:UCSF Zuckerberg San Francisco General⟧ Radiology — Read by ⟦PERSON:Sun-Hee Park⟧, MD; "
        "resident ⟦PERSON:Vikram Raghunathan⟧, MD, pager ⟦PHONE:415-443-0912⟧\n"
        "⟦PERSON:Park, Jae-won⟧ (no relation), MRN ⟦ID:40281193⟧, DOB ⟦DATE:02/29/1984⟧\n"
        "MRI liver: 2 LI-RADS 4 observations, 14 and 19 mm. Milan criteria met.",
        ("Radiology", "MD", "MRI liver", "2 LI-RADS 4 observations", "14 and 19 mm", "Milan criteria"),
    ),
    (
        "us06",
        "en",
        "Teleradiology (vRad) overnight read 04:18 for ⟦INSTITUTION:St. Mary's Regional Medical Center⟧, ⟦ADDRESS:Lewiston⟧, ME\n"
        "Patient ⟦PERSON:Abdirahman Hussein Mohamed⟧, ⟦PERSON:Mohamed, Abdirahman⟧ on the order, DOB ⟦DATE:19900101⟧\n"
        "CT head without contrast: no acute intracranial process. ASPECTS not applicable. Called to Dr. ⟦PERSON:Leblanc⟧ at 04:31.",
        ("Teleradiology", "vRad", "overnight read", "04:18", "CT head without contrast", "ASPECTS", "04:31"),
    ),
    (
        "us07",
        "en",
        "Workers' comp claim ⟦ID:WC-25-118830⟧ | Employer: ⟦INSTITUTION:Greenleaf Poultry LLC⟧\n"
        "Claimant ⟦PERSON:Maria da Conceição Pereira⟧ (Portuguese speaker), ⟦PHONE:508-555-0177⟧, "
        "⟦ADDRESS:44 Rivet St⟧, ⟦ADDRESS:New Bedford⟧, MA\n"
        "MRI right wrist: TFCC tear Palmer 1B, ganglion 6 mm. De Quervain tenosynovitis. Date of injury ⟦DATE:05/30/2025⟧.",
        (
            "Workers' comp",
            "Portuguese speaker",
            "MRI right wrist",
            "TFCC tear",
            "Palmer 1B",
            "ganglion 6 mm",
            "De Quervain",
        ),
    ),
    (
        "us08",
        "en",
        "DICOM: PatientName=⟦PERSON:RODRIGUEZ GARCIA^JOSE LUIS⟧ ; OtherPatientNames=⟦PERSON:GARCIA^PEPE⟧ ; "
        "PatientID=⟦ID:MRN0094417⟧ ; StudyDate=⟦DATE:20250702⟧ ; InstitutionName=⟦INSTITUTION:Jackson Memorial⟧ ; "
        "Manufacturer=GE MEDICAL SYSTEMS ; ModelName=Revolution CT\n"
        "Impression: Crohn disease of the terminal ileum, 15 cm segment, comb sign. No abscess.",
        (
            "PatientName",
            "OtherPatientNames",
            "GE MEDICAL SYSTEMS",
            "Revolution CT",
            "InstitutionName",
            "15 cm segment",
            "Crohn disease",
            "terminal ileum",
            "comb sign",
        ),
    ),
    (
        "us09",
        "en",
        "Detainee health: ⟦INSTITUTION:Krome Service Processing Center⟧ | A-Number ⟦ID:A206 113 478⟧ | "
        "ICE escort officers present\nName: ⟦PERSON:JEAN-BAPTISTE, Wideline⟧, Haitian Creole interpreter "
        "Mr. ⟦PERSON:Pierre-Louis⟧\nCXR: right upper lobe cavitary lesion 3 cm, TB isolation. Ghon focus absent. Exam ⟦DATE:08-12-2025⟧.",
        (
            "Detainee health",
            "ICE escort",
            "Haitian Creole",
            "CXR",
            "right upper lobe",
            "cavitary lesion 3 cm",
            "Ghon focus",
        ),
    ),
    (
        "us10",
        "en",
        "Result notification: left voicemail for Mrs. ⟦PERSON:Tran⟧ at ⟦PHONE:(714) 555-0192⟧ x ⟦PHONE:227⟧ on "
        "⟦DATE:Oct. 2, 2025⟧; patient ⟦PERSON:Tran Thi Kim Oanh⟧ (goes by ⟦PERSON:Kim⟧), ⟦AGE:97⟧ y/o\n"
        "Hip X-ray: displaced femoral neck fracture, Garden IV. Shenton's line disrupted.",
        ("Result notification", "Hip X-ray", "femoral neck fracture", "Garden IV", "Shenton's line"),
    ),
    (
        "us11",
        "en",
        "Travel assistance case ⟦ID:AXA-US-2025-774120⟧; passport ⟦ID:C4RJ7K9T2⟧ (Germany)\n"
        "Patient: ⟦PERSON:Lukas Fischer-Bauer⟧, tourist, hotel: ⟦ADDRESS:604 Brazos St⟧, ⟦ADDRESS:Austin⟧, TX\n"
        "Wife ⟦PERSON:Hannah⟧: ⟦EMAIL:hannah.fb@gmx.de⟧\nCTA chest: bilateral segmental PE, Wells score 6, RV strain absent. Arrival ⟦DATE:July 27th⟧.",
        ("Travel assistance", "Germany", "tourist", "CTA chest", "segmental PE", "Wells score 6", "RV strain"),
    ),
    (
        "us12",
        "en",
        "Signed: ⟦PERSON:Ravichandran Subramaniam⟧, MD | Transcribed by ⟦PERSON:jlee4⟧ | ⟦DATE:2025-08-19⟧ 17:02\n"
        "Patient ⟦PERSON:Choi, Seo-yeon⟧ (⟦PERSON:최서연⟧), ⟦ADDRESS:Fort Lee⟧, NJ, MRN ⟦ID:77120448⟧\n"
        "Thyroid US: 3 nodules, dominant left 2.1 cm, ACR TI-RADS 5 (TR5). FNA recommended. Bethesda category to follow.",
        ("MD", "17:02", "Thyroid US", "3 nodules", "2.1 cm", "ACR TI-RADS 5", "FNA", "Bethesda category"),
    ),
    (
        "us13",
        "en",
        "ED note: ⟦PERSON:Mustafa Abu Ghazaleh⟧, 34M, brought by brother ⟦PERSON:Omar⟧. Kurdish-Arabic, uses Sorani. "
        "Home: ⟦ADDRESS:Nashville⟧, TN. SSN last 4 ⟦ID:4471⟧. Medicaid (TennCare) ID ⟦ID:TC8810374⟧.\n"
        "CT abdomen: acute appendicitis, appendix 11 mm, periappendiceal fat stranding, Alvarado 8.",
        ("ED note", "34M", "Sorani", "CT abdomen", "acute appendicitis", "11 mm", "fat stranding", "Alvarado 8"),
    ),
    (
        "us14",
        "en",
        "From: ⟦PERSON:Deng, Xiaoling⟧ <⟦EMAIL:xdeng@mercyhealth.org⟧>\nSent: Friday, ⟦DATE:June 13, 2025⟧ 9:14 AM\n"
        "Re: outside images for ⟦PERSON:Zhou Jian⟧ (⟦PERSON:周健⟧), from ⟦INSTITUTION:Peking Union Medical College Hospital⟧\n"
        "PET/CT: Deauville 5, Lugano stage IV, diffuse large B-cell lymphoma. SUVmax 22.",
        (
            "PET/CT",
            "outside images",
            "9:14 AM",
            "Deauville 5",
            "Lugano stage IV",
            "diffuse large B-cell lymphoma",
            "SUVmax 22",
        ),
    ),
    (
        "us15",
        "en",
        "Care home transfer: ⟦INSTITUTION:Sunrise of Dearborn⟧ -> ⟦INSTITUTION:Beaumont Dearborn⟧\n"
        "Patient ⟦PERSON:Haddad, Nabil Elias⟧, Medicare MBI ⟦ID:7QK2-MN4-TT61⟧, POA son ⟦PERSON:Sami Haddad⟧, "
        "⟦PHONE:313-555-0104⟧\nChest radiograph: PICC tip at the cavoatrial junction. Kerley B lines. Small effusions. Transfer ⟦DATE:12/01/2025⟧.",
        ("Care home transfer", "Chest radiograph", "PICC tip", "cavoatrial junction", "Kerley B lines", "effusions"),
    ),
    (
        "us16",
        "en",
        "Addendum: Patient was registered under trauma alias ⟦ID:Zebra Quebec⟧; merged with ⟦PERSON:Ramírez de Arellano, "
        "Sofía⟧, MRN ⟦ID:30044128⟧. Husband ⟦PERSON:Diego⟧ contact ⟦PHONE:(305) 555-0163⟧. Originally read ⟦DATE:11/03/2025⟧.\n"
        "MRI pelvis: placenta accreta spectrum, loss of the retroplacental clear zone, 2 placental bulges. Bladder wall intact.",
        (
            "Addendum",
            "trauma alias",
            "MRI pelvis",
            "placenta accreta spectrum",
            "retroplacental clear zone",
            "2 placental bulges",
            "Bladder wall",
        ),
    ),
)
