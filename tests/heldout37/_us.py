# ruff: noqa: E501
"""Held-out 37, United States: marked excerpts (see deid_corpus.py for the conventions)."""

US = (
    (
        "us-01",
        "en",
        "Level I trauma activation – ⟦INSTITUTION:Harborview Medical Center⟧, ⟦ADDRESS:Seattle⟧. Arrival 0214 via ⟦INSTITUTION:Seattle Fire Department⟧ Medic ⟦ID:Medic 10⟧, paramedic ⟦PERSON:Tyler Nguyen⟧.\n"
        "Patient: ⟦PERSON:Marcus Delaney⟧, MRN ⟦ID:H4471902⟧, DOB ⟦DATE:05/22/1988⟧. Motorcycle vs. guardrail on ⟦ADDRESS:I-5 near the Mercer St exit⟧, helmeted.\n"
        "CT pan-scan: Grade III splenic laceration (AAST 2018) with active extravasation, bilateral pulmonary contusions, left femoral shaft fracture. ISS 29, RTS 6.9.",
        (
            "Level I trauma activation",
            "AAST 2018",
            "pulmonary contusions",
            "femoral shaft fracture",
            "ISS 29",
            "RTS 6.9",
            "CT pan-scan",
            "helmeted",
            "0214",
        ),
    ),
    (
        "us-02",
        "en",
        "Officer ⟦PERSON:Daniel Ruiz⟧, badge #⟦ID:8812⟧, ⟦INSTITUTION:Phoenix Police Department⟧, requests copies under subpoena; report no. ⟦ID:2025-00418872⟧. Patient in custody: ⟦PERSON:Jerome Whitfield⟧ (MRN ⟦ID:7720415⟧).\n"
        "Release requires HIPAA authorization or court order; routed to HIM (⟦PERSON:Karen Wu⟧, ⟦PHONE:(602) 344-5011⟧ x⟦PHONE:4412⟧).\n"
        "CT abdomen: gunshot wound, bullet fragment in right psoas, no bowel perforation, no free air. Ballistic track lateral to the IVC.",
        (
            "HIPAA authorization",
            "bullet fragment",
            "right psoas",
            "Ballistic track",
            "IVC",
            "subpoena",
            "court order",
            "no free air",
        ),
    ),
    (
        "us-03",
        "en",
        "Pediatric ED, ⟦INSTITUTION:Children's Hospital of Philadelphia⟧: ⟦PERSON:Jayden Brooks⟧, 3 yo, brought by mother ⟦PERSON:Tiffany Brooks⟧ and her boyfriend ⟦PERSON:Cody⟧; older sister ⟦PERSON:Kayla⟧ (8) also present.\n"
        "DHS caseworker ⟦PERSON:Angela Romano⟧, ⟦INSTITUTION:Philadelphia Department of Human Services⟧, hotline ⟦PHONE:215-683-6100⟧. CPS intake ⟦ID:CPS-25-004417⟧.\n"
        "Skeletal survey: corner fracture right distal femur, bucket-handle fracture left proximal tibia. Head CT: no SDH. Findings highly specific for non-accidental trauma.",
        (
            "corner fracture",
            "bucket-handle fracture",
            "non-accidental trauma",
            "Skeletal survey",
            "3 yo",
            "Head CT",
            "no SDH",
        ),
    ),
    (
        "us-04",
        "en",
        "L&D triage, ⟦INSTITUTION:Brigham and Women's Hospital⟧. ⟦PERSON:Guadalupe Herrera⟧, 27, G2P1 at 32w1d, husband ⟦PERSON:Luis Herrera⟧ at bedside (Spanish interpreter ID ⟦ID:IN-30218⟧).\n"
        "Certified nurse-midwife ⟦PERSON:Abigail Stone⟧, CNM, from ⟦INSTITUTION:Seaport Birth Center⟧.\n"
        "MRI abdomen without contrast (RLQ pain): appendix dilated 9 mm with periappendiceal edema – acute appendicitis. Gravid uterus, cephalic presentation.",
        (
            "acute appendicitis",
            "periappendiceal edema",
            "cephalic presentation",
            "Gravid uterus",
            "32w1d",
            "G2P1",
            "L&D triage",
            "RLQ pain",
        ),
    ),
    (
        "us-05",
        "en",
        "Psychiatry consult-liaison: patient on 5150 hold placed by ⟦INSTITUTION:LAPD⟧ Mental Evaluation Unit, officer ⟦PERSON:Sandra Kim⟧ (serial ⟦ID:41822⟧). Conservator: ⟦PERSON:Robert Fuentes⟧, ⟦INSTITUTION:Los Angeles County Office of the Public Guardian⟧, case ⟦ID:ZE 054417⟧.\n"
        "Patient ⟦PERSON:Brandon Lowe⟧, DOB ⟦DATE:Feb 3, 1996⟧. MRI brain: no structural lesion. Mild cerebellar vermian atrophy, consider chronic alcohol use. No Wernicke pattern.",
        (
            "5150 hold",
            "Mental Evaluation Unit",
            "cerebellar vermian atrophy",
            "Wernicke pattern",
            "Conservator",
            "consult-liaison",
        ),
    ),
    (
        "us-06",
        "en",
        "Age estimation request – Office of Refugee Resettlement referral. Requested by case manager ⟦PERSON:Jessica Alvarado⟧, ⟦INSTITUTION:Southwest Key Programs – Casa Padre⟧, A-number ⟦ID:A 212 448 917⟧.\n"
        "Youth: ⟦PERSON:Kevin Josué Mejía López⟧, stated DOB ⟦DATE:07/14/2008⟧. Attorney ⟦PERSON:Rachel Goldberg⟧, ⟦INSTITUTION:Kids in Need of Defense⟧.\n"
        "Left hand radiograph: bone age by Greulich and Pyle at the 19-year standard; distal radial physis fused. Dental: third molars Demirjian H. Alvarado score not applicable.",
        (
            "Greulich and Pyle",
            "distal radial physis",
            "Demirjian H",
            "19-year standard",
            "Alvarado score",
            "third molars",
        ),
    ),
    (
        "us-07",
        "en",
        "Office of the Chief Medical Examiner, ⟦INSTITUTION:OCME New York City⟧ – case ⟦ID:M-25-01877⟧. Decedent: ⟦PERSON:Dolores Castellano⟧, age ⟦AGE:102⟧, found at residence ⟦ADDRESS:1420 Grand Concourse, Apt 6B, Bronx⟧, NY ⟦ADDRESS:10456⟧ on ⟦DATE:March 9, 2025⟧.\n"
        "Funeral home: ⟦INSTITUTION:Ortiz Funeral Home⟧. Next of kin: grandson ⟦PERSON:Anthony Castellano⟧, ⟦PHONE:(718) 555-0143⟧. Investigator MLI ⟦PERSON:Patel⟧.\n"
        "Postmortem CT: displaced right intertrochanteric fracture, no intracranial hemorrhage, cardiomegaly with coronary calcification.",
        (
            "intertrochanteric fracture",
            "intracranial hemorrhage",
            "cardiomegaly",
            "coronary calcification",
            "Postmortem CT",
            "Next of kin",
        ),
    ),
    (
        "us-08",
        "en",
        "OPO note – ⟦INSTITUTION:Gift of Life Michigan⟧ donor UNOS ⟦ID:AGFB417⟧; coordinator ⟦PERSON:Heather McAllister⟧, ⟦EMAIL:hmcallister@giftoflifemichigan.example.org⟧, cell ⟦PHONE:734-555-0198⟧.\n"
        "Donor ⟦PERSON:Tyler Wozniak⟧, 34, DBD after hanging; mother ⟦PERSON:Denise Wozniak⟧ is legal next of kin and authorized donation on ⟦DATE:2025-04-02⟧.\n"
        "CT chest/abdomen: no pulmonary nodules, kidneys 11.4 and 11.8 cm with single arteries, liver attenuation 58 HU (no steatosis). Hyoid intact.",
        ("DBD", "pulmonary nodules", "single arteries", "58 HU", "no steatosis", "Hyoid intact", "legal next of kin"),
    ),
    (
        "us-09",
        "en",
        "School nurse referral: ⟦PERSON:Madison Clark⟧, 12, injured at recess on the playground of ⟦INSTITUTION:Lincoln Elementary School⟧, ⟦ADDRESS:Naperville⟧, IL. Nurse Mrs. ⟦PERSON:Debbie Olson⟧, ⟦PHONE:630-420-6300⟧.\n"
        "Father ⟦PERSON:Brian Clark⟧ consented by phone. XR left ankle: nondisplaced fracture of the distal fibular physis (Salter-Harris I), Ottawa ankle rules positive.",
        ("Salter-Harris I", "Ottawa ankle rules", "distal fibular physis", "recess", "playground", "XR left ankle"),
    ),
    (
        "us-10",
        "en",
        "EMS run sheet (⟦INSTITUTION:Travis County EMS⟧ Medic ⟦ID:Medic 07⟧), run ⟦ID:25-118744⟧: rollover MVC, ejected, unrestrained, at ⟦ADDRESS:FM 1826 and Slaughter Ln, Austin⟧, TX. Paramedics ⟦PERSON:J. Ramirez⟧ and ⟦PERSON:K. Dobbs⟧.\n"
        "DPS trooper ⟦PERSON:Cole Harmon⟧ (#⟦ID:14022⟧) on scene. Patient ⟦PERSON:Ashley Nunez⟧, DOB ⟦DATE:11/30/2004⟧.\n"
        "CTA neck: Denver grade II blunt cerebrovascular injury of left ICA. CT C-spine: NEXUS criteria not met; no fracture.",
        (
            "Denver grade II",
            "blunt cerebrovascular injury",
            "NEXUS criteria",
            "rollover MVC",
            "unrestrained",
            "ejected",
            "CTA neck",
        ),
    ),
    (
        "us-11",
        "en",
        "HL7 ADT^A04 (ED registration) from ⟦INSTITUTION:Jackson Memorial Hospital⟧:\n"
        "PID|1||⟦ID:JMH88412045⟧^^^JMH^MR||⟦ID:TRAUMA^ZULU⟧|||U — temporary alias; updated later to ⟦PERSON:MORALES^ERNESTO⟧, DOB ⟦DATE:19720816⟧\n"
        "NK1|1|⟦PERSON:MORALES^YOLANDA⟧|SPO|^^PH^^^⟦PHONE:305^5550177⟧\n"
        "Findings: pneumomediastinum without esophageal injury; Macklin effect. PID-5 and NK1-2 field names retained.",
        ("pneumomediastinum", "Macklin effect", "ADT^A04", "PID-5", "NK1-2", "esophageal injury"),
    ),
    (
        "us-12",
        "en",
        "Court-ordered evaluation: ⟦INSTITUTION:Superior Court of California, County of Alameda⟧, case no. ⟦ID:HG25-104477⟧; guardian ad litem ⟦PERSON:Michelle Ortega⟧, Esq.\n"
        "Minor ⟦PERSON:Elijah Warren⟧, 6, foster placement via ⟦INSTITUTION:Alameda County Social Services Agency⟧. Foster parent ⟦PERSON:Grace Whitmore⟧, ⟦ADDRESS:2211 Fruitvale Ave, Oakland⟧, CA ⟦ADDRESS:94601⟧.\n"
        "MRI brain: no evidence of prior hemorrhage on SWI; myelination normal for age. Incidental pineal cyst 6 mm.",
        (
            "SWI",
            "myelination",
            "pineal cyst",
            "guardian ad litem",
            "foster placement",
            "6 mm",
            "Court-ordered evaluation",
        ),
    ),
    (
        "us-13",
        "en",
        "ED note: ⟦PERSON:Walter Graves⟧, ⟦AGE:95⟧ yo, from ⟦INSTITUTION:Sunrise of Bethesda⟧ assisted living; POA daughter ⟦PERSON:Linda Graves-Moss⟧ (⟦PHONE:301-555-0126⟧). PCP Dr. ⟦PERSON:Harold Chen⟧, ⟦INSTITUTION:Bethesda Family Medicine⟧.\n"
        "Medicare MBI ⟦ID:1EG4-TE5-MK72⟧. CT head: no acute hemorrhage. CXR: right lower lobe pneumonia. History of Graves' orbitopathy.",
        ("right lower lobe pneumonia", "no acute hemorrhage", "assisted living", "POA", "Graves' orbitopathy", "CXR"),
    ),
    (
        "us-14",
        "en",
        "Transplant coordination, ⟦INSTITUTION:UPMC Montefiore⟧ abdominal transplant: recipient ⟦PERSON:Kenneth O'Brien⟧, MELD-Na 31, listed ⟦DATE:1/15/2025⟧. Caregiver plan: wife ⟦PERSON:Patricia⟧ and son ⟦PERSON:Sean O'Brien⟧ (⟦EMAIL:sean.obrien84@gmail.example.com⟧).\n"
        "Coordinator ⟦PERSON:Amy Kowalski⟧, RN, pager ⟦PHONE:412-958-3301⟧.\n"
        "CT liver protocol: cirrhosis, LI-RADS 5 lesion in segment VII (2.3 cm), within Milan criteria. Patent portal vein, TIPS in place.",
        ("MELD-Na 31", "LI-RADS 5", "Milan criteria", "segment VII", "TIPS", "portal vein", "Caregiver plan"),
    ),
    (
        "us-15",
        "en",
        'Portal message, Thu ⟦DATE:Mar 20 2025⟧ 21:47: "Hi this is ⟦PERSON:Tonya⟧, ⟦PERSON:DeShawn Carter⟧\'s aunt and kinship caregiver, can someone call me about his CT from the football game? ⟦PHONE:(414) 555-0162⟧"\n'
        "Reply by ⟦PERSON:mhoffmann2⟧: verified via kinship care letter from ⟦INSTITUTION:Milwaukee County Children's Court⟧. CT head: no acute injury; concussion protocol per team physician. Study link: ⟦URL:https://portal.froedtert.example.org/imaging/ST-88214⟧",
        ("concussion protocol", "team physician", "football game", "kinship caregiver", "CT head", "21:47"),
    ),
    (
        "us-16",
        "en",
        "DICOM header (forensic PMCT, ⟦INSTITUTION:Maricopa County Office of the Medical Examiner⟧): (0010,0010) PatientName ⟦ID:DOE^JOHN^^^3417⟧\n"
        "(0010,0020) PatientID ⟦ID:ME25-03417⟧ ; (0008,0020) StudyDate ⟦DATE:20250311⟧ ; (0008,0080) InstitutionName ⟦INSTITUTION:MCOME⟧ ; (0008,1070) OperatorsName ⟦PERSON:Lopez^Irene⟧ ; (0018,0015) BodyPartExamined WHOLEBODY ; (0008,0070) Manufacturer GE ; (0008,1090) ManufacturersModelName Revolution Apex\n"
        "Impression: heat-related death suspected; no traumatic injury.",
        (
            "PatientID",
            "StudyDate",
            "OperatorsName",
            "ManufacturersModelName",
            "Revolution Apex",
            "no traumatic injury",
            "BodyPartExamined",
        ),
    ),
)
