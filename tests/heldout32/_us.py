# ruff: noqa: E501
"""Held-out 32, United States: 16 English excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

US: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "us-01",
        "en",
        """RSNA Case Collection – submission
Case courtesy of ⟦PERSON:Marcus T. Delacroix⟧, MD, and ⟦PERSON:Shreya Venkataraman⟧, MD, ⟦INSTITUTION:Ochsner Medical Center⟧, ⟦ADDRESS:New Orleans, LA⟧
History: 46-year-old man with fever after a trip to the Gulf Coast, eating raw oysters.
Findings: Necrotizing fasciitis of the left thigh with gas tracking along the fascial planes; Vibrio vulnificus.
LRINEC score 8. Editor's note (⟦DATE:3/14/2025⟧): key image annotation shows MRN ⟦ID:004418273⟧ — please re-export.""",
        (
            "RSNA Case Collection",
            "46-year-old",
            "Necrotizing fasciitis",
            "fascial planes",
            "Vibrio vulnificus",
            "LRINEC score 8",
            "Gulf Coast",
        ),
    ),
    (
        "us-02",
        "en",
        """ACGME Milestones – Diagnostic Radiology, PGY-3 rotation evaluation (Body MRI)
Resident: ⟦PERSON:Kayla Boudreaux⟧, DO   Evaluator: ⟦PERSON:Ronald Pettigrew⟧, MD   ⟦INSTITUTION:UAB⟧
Rotation ⟦DATE:Jan 6, 2025⟧ – ⟦DATE:Feb 2, 2025⟧. Patient Care level 3: correctly applied LI-RADS v2018 and
O-RADS MRI, recognized Mirizzi syndrome on MRCP. Medical Knowledge: review Bosniak 2019 classification.
Comments from tech ⟦PERSON:Darnell⟧: "She's a real sweetheart, y'all." Login ⟦PERSON:kboudreaux3⟧.""",
        (
            "ACGME Milestones",
            "PGY-3",
            "Body MRI",
            "LI-RADS v2018",
            "O-RADS MRI",
            "Mirizzi syndrome",
            "MRCP",
            "Bosniak 2019",
        ),
    ),
    (
        "us-03",
        "en",
        """CTP DicomAnonymizer log – research PACS (IRB 2024-0917)
⟦DATE:2025-04-02⟧ 03:11:47 INFO pipeline=ImagingCore user=⟦PERSON:jsmith-ra⟧ host=rad-anon-02
in:  PatientName=⟦PERSON:WASHINGTON^DELORES^J⟧ PatientID=⟦ID:MRN88120047⟧ PatientBirthDate=⟦DATE:19410522⟧ PatientAge=083Y
out: PatientName=RAD-00412 PatientID=RAD-00412 PatientBirthDate=<removed> PatientAge=083Y
WARN OtherPatientIDs=⟦ID:XXX-XX-4417⟧ (SSN) not in script; InstitutionName=⟦INSTITUTION:Grady Memorial Hospital⟧ kept
Series: 5 (Axial CTA chest, Revolution Apex), 612 images""",
        (
            "CTP DicomAnonymizer",
            "IRB 2024-0917",
            "03:11:47",
            "PatientBirthDate",
            "OtherPatientIDs",
            "Revolution Apex",
            "612 images",
            "Axial CTA chest",
        ),
    ),
    (
        "us-04",
        "en",
        """MyChart message – Radiology
From: ⟦PERSON:Bobby Ray Tillman⟧   Sent: ⟦DATE:5/19/2025⟧ 9:48 PM
"Evenin'. My CT says 'incidental 2.1 cm right adrenal adenoma, washout 68 %'. Do I need to be fixin' to
worry? My wife ⟦PERSON:Darlene⟧ says her cousin had the same thing up in ⟦ADDRESS:Tupelo⟧."
Reply (⟦DATE:5/20/2025⟧): Mr. ⟦PERSON:Tillman⟧, a lipid-rich adenoma with absolute washout above 60 % is benign;
per the ACR white paper no further imaging is needed. – ⟦PERSON:LaToya Simmons⟧, NP, ⟦INSTITUTION:North Mississippi Medical Center⟧""",
        ("MyChart", "2.1 cm", "adrenal adenoma", "washout 68 %", "lipid-rich", "60 %", "ACR white paper", "9:48 PM"),
    ),
    (
        "us-05",
        "en",
        """International second opinion – ⟦INSTITUTION:Mayo Clinic⟧ Global Patient Services
Patient: ⟦PERSON:Dmitry Sergeyevich Volkov⟧, DOB ⟦DATE:08/17/1975⟧, passport (RF) ⟦ID:75 4418209⟧, from ⟦ADDRESS:Yekaterinburg⟧
Outside MRI brain (⟦INSTITUTION:Medsi Clinic⟧, ⟦ADDRESS:Moscow⟧), Russian report translated by ⟦PERSON:Natalia Orlova⟧ (certified).
Review: left frontal non-enhancing T2/FLAIR mass with T2-FLAIR mismatch sign, favoring IDH-mutant
astrocytoma; no restricted diffusion. Coordinator ⟦PERSON:Jenna⟧ at ⟦PHONE:507-284-8884⟧.""",
        (
            "MRI brain",
            "left frontal",
            "non-enhancing",
            "T2-FLAIR mismatch sign",
            "IDH-mutant",
            "astrocytoma",
            "restricted diffusion",
        ),
    ),
    (
        "us-06",
        "en",
        """Rural telehealth read – Alaska tribal health network
Ordering: ⟦PERSON:Amos Nanouk⟧, CHA/P, ⟦INSTITUTION:Unalakleet Subregional Clinic⟧
Patient: ⟦PERSON:Evelyn Paniptchuk⟧, ⟦AGE:90⟧ y/o F, village of ⟦ADDRESS:Shaktoolik⟧, IHS chart ⟦ID:UNK-104422⟧
Portable chest ⟦DATE:11/02/2024⟧: right lower lobe consolidation with small parapneumonic effusion;
cardiomediastinal silhouette stable. Medevac to ⟦INSTITUTION:Norton Sound Regional Hospital⟧ recommended.
Read remotely by ⟦PERSON:Jonathan Kessler⟧, MD (NPI ⟦ID:1467583920⟧)""",
        (
            "Portable chest",
            "right lower lobe",
            "consolidation",
            "parapneumonic effusion",
            "cardiomediastinal silhouette",
            "Medevac",
        ),
    ),
    (
        "us-07",
        "en",
        """Clinical research coordinator note – Protocol NCT05128916, site 012
Subject ⟦ID:012-0047⟧ (⟦PERSON:J.M.W.⟧) seen ⟦DATE:2025-06-10⟧ for week-24 imaging. Pt's sister ⟦PERSON:Tammy Whitaker⟧
drove her from ⟦ADDRESS:Pikeville, KY⟧; reimbursed mileage. Amyloid PET (florbetapir) Centiloid 62; ARIA-E
on FLAIR, mild, per BGTS 3. Study drug held. Contact ⟦PHONE:(606) 218-4470⟧; PI Dr. ⟦PERSON:Hollis⟧ notified.""",
        ("NCT05128916", "week-24", "Amyloid PET", "florbetapir", "Centiloid 62", "ARIA-E", "FLAIR", "BGTS 3"),
    ),
    (
        "us-08",
        "en",
        """Journal of Radiology Case Reports – author checklist
Corresponding author: ⟦PERSON:Wendell Ashby⟧, MD, ⟦INSTITUTION:University of Kentucky HealthCare⟧, ⟦ADDRESS:800 Rose St, Lexington, KY 40536⟧
Email ⟦EMAIL:washby@uky.edu⟧; phone ⟦PHONE:859-323-5000⟧ x ⟦PHONE:2291⟧
Case: Boerhaave syndrome after binge drinking; CT esophagram with oral contrast extravasation into the
left pleural space, pneumomediastinum (Naclerio V sign on radiograph). 52-year-old man.
Consent: signed by patient ⟦PERSON:Harlan Combs⟧ on ⟦DATE:January 9, 2025⟧ (scan on file, do not publish).""",
        (
            "Boerhaave syndrome",
            "CT esophagram",
            "oral contrast",
            "left pleural space",
            "pneumomediastinum",
            "Naclerio V sign",
            "52-year-old",
        ),
    ),
    (
        "us-09",
        "en",
        """Apple Health / Dexcom export attached to referral (patient-generated data)
Patient ⟦PERSON:Brianna Nguyen-Lopez⟧, Instagram ⟦PERSON:@bri.lifts.atx⟧, Dexcom G7 serial ⟦ID:SN 8TK44K1C9⟧
Export ⟦DATE:2025-03-01⟧ to ⟦DATE:2025-03-28⟧: time-in-range 71 %, nocturnal lows.
Imaging: MRI pancreas protocol (MRCP, secretin) – no insulinoma seen; DOTATATE PET pending.
Endocrinologist: Dr. ⟦PERSON:Raúl Esparza⟧, ⟦INSTITUTION:Dell Seton Medical Center⟧, ⟦ADDRESS:Austin⟧""",
        ("Dexcom G7", "time-in-range", "71 %", "MRCP", "secretin", "insulinoma", "DOTATATE PET", "Apple Health"),
    ),
    (
        "us-10",
        "en",
        """Discrepancy conference – teaching case (Peer Learning), ⟦INSTITUTION:Vanderbilt⟧
Presenter: ⟦PERSON:Cody Hatfield⟧, MD (PGY-4). Original reader: anonymized per peer-learning policy.
Case: missed Chance fracture of L1 on trauma CT; seatbelt sign, TLICS 5. Follow-up MRI showed PLC disruption.
Slide 3 still shows "⟦PERSON:HARGROVE, BILLIE JEAN⟧  ACC ⟦ID:VU25-0038814⟧  ⟦DATE:04/26/2025⟧"; Slide 5 viewer URL
⟦URL:https://pacs.vumc.org/viewer?accession=VU25-0038814&mrn=6620914⟧ – remove before posting.""",
        ("Peer Learning", "Chance fracture", "L1", "trauma CT", "seatbelt sign", "TLICS 5", "PLC", "PGY-4"),
    ),
    (
        "us-11",
        "en",
        """Letter to radiology from a family physician
⟦INSTITUTION:Big Sandy Family Practice⟧, ⟦ADDRESS:214 Main Street, Inez, KY 41224⟧ · fax ⟦PHONE:(606) 298-3371⟧
Dear Doctor,
I'd be much obliged if y'all could take a look at Miss ⟦PERSON:Opal Mae Slone⟧ (DOB ⟦DATE:2/2/1933⟧, ⟦AGE:92⟧ years young).
She took a spill on the porch steps and her right shoulder's been hurtin' something fierce. Plain films
showed a four-part proximal humerus fracture (Neer) with varus angulation; I reckon she needs a CT for
the surgeons. Her grandson ⟦PERSON:Tyler⟧ carries her to appointments, ⟦PHONE:606-395-1180⟧.
Bless you, ⟦PERSON:Loretta Dials⟧, MD""",
        (
            "four-part",
            "proximal humerus fracture",
            "Neer",
            "varus angulation",
            "Plain films",
            "right shoulder",
            "Dear Doctor",
        ),
    ),
    (
        "us-12",
        "en",
        """Patient portal access audit (HIPAA privacy office)
Account ⟦ID:MC-77401923⟧ (proxy access): ⟦PERSON:Jerome Batiste⟧ viewing records of his father ⟦PERSON:Clarence Batiste⟧.
⟦DATE:2025-02-14⟧ 01:22 CST login from IP ⟦ID:73.21.145.208⟧ (⟦ADDRESS:Baton Rouge, LA⟧) – viewed "CT abdomen/pelvis w contrast"
⟦DATE:2025-02-14⟧ 01:25 CST download of report PDF (BI-RADS not applicable; AAA 5.6 cm infrarenal, EVAR candidate)
Reviewed by privacy analyst ⟦PERSON:Monique Guidry⟧, ⟦EMAIL:privacy@ololrmc.com⟧. No violation found.""",
        ("proxy access", "01:22 CST", "CT abdomen/pelvis w contrast", "AAA", "5.6 cm", "infrarenal", "EVAR"),
    ),
    (
        "us-13",
        "en",
        """MRI safety – implanted device check
Patient: ⟦PERSON:Kimberly Rae Dawson⟧, MRN ⟦ID:E2204418⟧, ⟦INSTITUTION:Baptist Health Louisville⟧
Device: Medtronic Intellis spinal cord stimulator, INS serial ⟦ID:NVR318829K⟧, leads Vectris SureScan MRI 1x8.
Full-body eligible at 1.5 T, B1+rms ≤ 2.0 µT; device placed in MRI mode by rep ⟦PERSON:Chad Pruitt⟧ (⟦PHONE:502-555-0143⟧).
Scheduled Thursday, ⟦DATE:June 26th⟧ at 7:30 AM, lumbar spine without contrast.""",
        (
            "Medtronic Intellis",
            "spinal cord stimulator",
            "Vectris SureScan MRI 1x8",
            "1.5 T",
            "B1+rms",
            "MRI mode",
            "7:30 AM",
            "lumbar spine",
        ),
    ),
    (
        "us-14",
        "en",
        """International patient office – Gulf referral (Qatar), ⟦INSTITUTION:Houston Methodist⟧
Patient: ⟦PERSON:Noora Jassim Al-Thani⟧, DOB ⟦DATE:21-03-1988⟧, QID ⟦ID:28863400417⟧; embassy case ⟦ID:QEH-2025-0331⟧
Arabic reports from ⟦INSTITUTION:Hamad General Hospital⟧ translated by ⟦PERSON:Yousef Khalil⟧.
Our read: MRI pelvis – deep infiltrating endometriosis with a 2.4 cm nodule of the rectosigmoid (#Enzian
score C2), bilateral endometriomas, "kissing ovaries" sign. Concierge: ⟦EMAIL:intl.concierge@houstonmethodist.org⟧""",
        (
            "MRI pelvis",
            "deep infiltrating endometriosis",
            "2.4 cm",
            "rectosigmoid",
            "#Enzian",
            "endometriomas",
            "kissing ovaries",
        ),
    ),
    (
        "us-15",
        "en",
        """VA teleradiology – outside read
⟦INSTITUTION:Charlie Norwood VA Medical Center⟧, ⟦ADDRESS:Augusta, GA⟧; read by NTP radiologist Dr. ⟦PERSON:Yolanda Price⟧
Veteran: ⟦PERSON:Earl Wayne Hutto⟧, EDIPI ⟦ID:1290447713⟧, home ⟦ADDRESS:1187 Old Louisville Rd, Wrens, GA 30833⟧
CT chest w/o ⟦DATE:04/08/2025⟧: Lung-RADS 4B, 16 mm part-solid nodule RUL with 9 mm solid component; paraseptal
emphysema; Agent Orange exposure noted. Caregiver ⟦PERSON:Bonnie⟧ (wife) cell ⟦PHONE:706-547-2210⟧.""",
        ("Lung-RADS 4B", "16 mm", "part-solid nodule", "RUL", "9 mm solid component", "paraseptal", "Agent Orange"),
    ),
    (
        "us-16",
        "en",
        """Hospice imaging note – ⟦INSTITUTION:Magnolia Gardens Assisted Living⟧, ⟦ADDRESS:Natchez, MS⟧
Resident: Mrs. ⟦PERSON:Hattie Mae Fortenberry⟧, ⟦AGE:99⟧ yrs, room 14B. Son ⟦PERSON:Clyde⟧ (POA) and daughter-in-law ⟦PERSON:Wanda⟧ at bedside.
Mobile X-ray ⟦DATE:12/23/2024⟧ by ⟦INSTITUTION:Delta Mobile Imaging⟧: left lower lobe aspiration pneumonia; PEG tube in
expected position; DNR on file. Comfort care per hospice RN ⟦PERSON:Sherry⟧.""",
        (
            "room 14B",
            "POA",
            "Mobile X-ray",
            "left lower lobe",
            "aspiration pneumonia",
            "PEG tube",
            "DNR",
            "Comfort care",
        ),
    ),
)
