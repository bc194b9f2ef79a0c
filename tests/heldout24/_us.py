# ruff: noqa: E501  (marked-up report texts keep their natural line breaks)
"""Held-out 24, United States: marked excerpts (id, lang, marked text, keep-terms)."""

US = (
    (
        "us01",
        "en",
        """⟦INSTITUTION:Mid-Atlantic Heart & Vascular Institute⟧ – Cath Lab Procedure Log          Page 2 of 4
Pt: ⟦PERSON:WASHINGTON, DeShawn L⟧   MRN ⟦ID:004418290⟧   DOB ⟦DATE:06/22/1957⟧   Acct ⟦ID:HV25-0071934⟧
10:14 Right radial access, 6F Glidesheath Slender. 10:31 LHC: 90% ostial RCA, FFR 0.71. 10:52 PCI RCA with
Synergy XD 3.5 x 24. Contrast Visipaque 145 mL. Attending: ⟦PERSON:Priya Raghunathan⟧, MD; fellow ⟦PERSON:T. Nakagawa⟧, DO
- - - Page 3 of 4 - - - ⟦PERSON:WASHINGTON, DeShawn L⟧ ⟦ID:004418290⟧ Cath Lab Procedure Log""",
        (
            "Glidesheath Slender",
            "ostial RCA",
            "FFR 0.71",
            "Synergy XD",
            "Visipaque",
            "10:14",
            "LHC",
            "Cath Lab Procedure Log",
        ),
    ),
    (
        "us02",
        "en",
        """Fetal MRI – ⟦INSTITUTION:CHOP⟧ Center for Fetal Diagnosis and Treatment
Maternal: ⟦PERSON:Rodriguez-Pineda, Marisol⟧ (MRN ⟦ID:22871904⟧), G3P2, 22w4d by LMP
Referring MFM: Dr. ⟦PERSON:Benjamin Adeyemi⟧, ⟦INSTITUTION:Lehigh Valley Perinatal Associates⟧, fax ⟦PHONE:(610) 402-8831⟧
Open neural tube defect: lumbosacral myelomeningocele L4-S1, Chiari II malformation with hindbrain herniation,
ventricles 13 mm. Candidate for fetoscopic repair per MOMS criteria. Father ⟦PERSON:Luis Pineda⟧ attended.""",
        ("myelomeningocele", "L4-S1", "Chiari II", "hindbrain herniation", "MOMS criteria", "22w4d", "G3P2"),
    ),
    (
        "us03",
        "en",
        """INFORMED CONSENT – Y-90 radioembolization (SIRT)
I, ⟦PERSON:Harold Q. Whitcomb⟧, (or legal representative ⟦PERSON:Janet Whitcomb-Ruiz⟧, daughter, POA) consent to
hepatic angiography, Tc-99m MAA shunt study and Y-90 (TheraSphere) delivery. Lung shunt fraction 6%.
Witness: ⟦PERSON:Marcus Bell⟧, RN.  Date/time: ⟦DATE:4/17/25⟧ 0745.  Physician: ⟦PERSON:Elena Sokolova-Grant⟧, MD (IR)""",
        ("Y-90", "radioembolization", "SIRT", "Tc-99m MAA", "TheraSphere", "Lung shunt fraction", "0745"),
    ),
    (
        "us04",
        "en",
        """PET/CT ⟦INSTITUTION:Sunbelt Molecular Imaging⟧ – ⟦ADDRESS:4200 N Central Expy, Suite 110, Dallas, TX 75204⟧
Patient ⟦PERSON:Nguyễn Thị Hồng⟧ (⟦PERSON:Hong Nguyen⟧)  DOB ⟦DATE:Nov 9, 1962⟧  Member ID ⟦ID:XKB880127341⟧
F-18 FDG skull base to mid-thigh. Deauville 5 in left axillary nodes; interim PET (after 2 cycles R-CHOP)
shows progression per Lugano 2014. Ordering: Dr. ⟦PERSON:Samuel Okoro⟧, ⟦INSTITUTION:Texas Oncology⟧ – Presbyterian""",
        ("F-18 FDG", "Deauville 5", "axillary", "R-CHOP", "Lugano 2014", "skull base to mid-thigh"),
    ),
    (
        "us05",
        "en",
        """Radiation Oncology – CT Simulation Note, ⟦DATE:06/02/2025⟧
⟦PERSON:Patricia "Patty" Kowalski⟧, ⟦AGE:90⟧ y/o F, rectal adenocarcinoma cT3N1, short-course 25 Gy/5 fx.
Prone on belly board, bladder full protocol, BBs at anal verge. Aria plan ID ⟦ID:RO-114520⟧. Sim therapist ⟦PERSON:Keisha Dorsey⟧, CMD ⟦PERSON:Alan Fujimoto⟧.
Daughter ⟦PERSON:Lynn⟧ ⟦PHONE:(414) 555-0187⟧ is HCPOA.""",
        ("CT Simulation", "rectal adenocarcinoma", "cT3N1", "belly board", "anal verge", "Aria", "HCPOA"),
    ),
    (
        "us06",
        "en",
        """Hospital at Home – Daily Nursing Note  ⟦DATE:3/11⟧ 1620
Pt ⟦PERSON:Eleanor Birdsong⟧ (⟦AGE:99⟧ yo), ⟦ADDRESS:1187 Old Mill Rd, Tahlequah, OK 74464⟧. Mobile x-ray by ⟦INSTITUTION:Prairie Portable Imaging⟧:
CHF exacerbation, small bilateral effusions. IV furosemide 40 mg given. Home health aide ⟦PERSON:Dolores⟧ here till 8pm.
Cherokee Nation language line used (interpreter ID ⟦ID:48817⟧). MD on call Dr. ⟦PERSON:Whitehorse⟧ pager ⟦PHONE:918-555-0143⟧""",
        ("CHF exacerbation", "bilateral effusions", "furosemide", "Mobile x-ray", "language line", "1620", "8pm"),
    ),
    (
        "us07",
        "en",
        """CLAIM EXPORT (837P, flattened)  NM1*IL*1*⟦PERSON:FITZGERALD*MAUREEN*A⟧***MI*⟦ID:1EG4TE5MK72⟧~
DMG*D8*⟦DATE:19420716⟧*F~ CLM*⟦ID:PT77193024⟧*1480***22:B:1~ HI*ABK:I25.10~
SV1*HC:78452*1480*UN*1~ (myocardial perfusion SPECT) SV1*HC:A9500 (Tc-99m sestamibi)
NM1*82*1*⟦PERSON:LEVENTHAL*IRA⟧****XX*⟦ID:1881726354⟧~ N3*⟦ADDRESS:55 WATER ST⟧~ N4*⟦ADDRESS:NEW YORK*NY*10041⟧~""",
        ("837P", "I25.10", "78452", "A9500", "sestamibi", "myocardial perfusion SPECT", "CLM"),
    ),
    (
        "us08",
        "en",
        """Social Work Progress Note – ⟦DATE:May 6th⟧
Met with pt ⟦PERSON:Tomás Escobedo⟧ and wife ⟦PERSON:Graciela⟧ (Spanish, in-person interpreter ⟦PERSON:Ana Lucía Ferro⟧) re:
transportation to ⟦INSTITUTION:Desert Sky Vein & Vascular⟧ for venous ablation after CT venogram (May-Thurner
compression of L CIV). Pt uninsured; applied for AHCCCS, app # ⟦ID:A-0049317725⟧. Referred to ⟦INSTITUTION:St. Vincent de Paul⟧ clinic.
⟦PERSON:J. Tsosie⟧, LCSW, x⟦PHONE:6612⟧""",
        ("CT venogram", "May-Thurner", "L CIV", "venous ablation", "LCSW", "Spanish", "transportation"),
    ),
    (
        "us09",
        "en",
        """Device Registration Card – MRI Conditional
Patient: ⟦PERSON:Bartholomew Ashdown⟧   Implant date: ⟦DATE:January 14, 2025⟧
Neurostimulator: Medtronic Intellis with AdaptiveStim, leads 977A260 (T8-T10 epidural)
Implanting physician: Dr. ⟦PERSON:Rana Haddadin⟧, ⟦INSTITUTION:Bluegrass Pain & Spine⟧, ⟦PHONE:859-555-0119⟧ ext. ⟦PHONE:204⟧
Full-body MRI eligible in SureScan mode, B1+rms ≤ 2.0 µT. Serial ⟦ID:NKN338871H⟧""",
        ("Neurostimulator", "Intellis", "AdaptiveStim", "T8-T10", "SureScan", "B1+rms", "Full-body MRI"),
    ),
    (
        "us10",
        "en",
        """Subject: RE: outside CTA for TAVR eval – ⟦PERSON:Abernathy, Lorraine⟧
> Can you push the ⟦INSTITUTION:Piedmont Heart⟧ study from ⟦DATE:02/2025⟧ to our PACS? acc ⟦ID:PH25020877⟧
Done – imported via Ambra, annulus area 452 mm2, iliofemoral access adequate (min 6.4 mm), STS score 3.1%.
--
⟦PERSON:Kendra Mwangi⟧ | Structural Heart Coordinator | ⟦INSTITUTION:Emory Saint Joseph's⟧
⟦PHONE:404.555.0128⟧ | ⟦EMAIL:kendra.mwangi@emoryhealthcare.org⟧""",
        (
            "TAVR",
            "PACS",
            "Ambra",
            "annulus area",
            "iliofemoral",
            "STS score",
            "Structural Heart Coordinator",
            "annulus",
        ),
    ),
    (
        "us11",
        "en",
        """DISCHARGE SUMMARY                                   ⟦INSTITUTION:Mercy Hospital of Fort Scott⟧
Name: ⟦PERSON:Ray Jr., Clarence⟧   Admit ⟦DATE:04/02/2025⟧  D/C ⟦DATE:04/06/2025⟧  Attending: ⟦PERSON:Hsu, Wen-Li⟧ MD
Dx: acute limb ischemia L leg (Rutherford IIa), s/p catheter-directed thrombolysis (alteplase) and
Viabahn stent SFA. Heparin bridge to apixaban. F/U arterial duplex 2 wks at ⟦INSTITUTION:Via Christi⟧ vascular lab,
wife ⟦PERSON:Bernice⟧ to drive.""",
        ("acute limb ischemia", "Rutherford IIa", "thrombolysis", "alteplase", "Viabahn", "SFA", "apixaban"),
    ),
    (
        "us12",
        "en",
        """Worklist (TSV) – ⟦INSTITUTION:UCSF⟧ Nuclear Medicine, ⟦DATE:Thursday 7/10/2025⟧
0800	⟦PERSON:Goldberg, Miriam⟧	⟦ID:44-18-273⟧	I-123 MIBG cardiac	HF, Parkinson ddx	Dr. ⟦PERSON:Kaplan⟧
0930	⟦PERSON:Tuiasosopo, Faleolo⟧	⟦ID:44-18-311⟧	Ga-68 DOTATATE	carcinoid	outside: ⟦INSTITUTION:Kaiser Oakland⟧
1100	⟦PERSON:Chen, Wei⟧	⟦ID:44-18-402⟧	Tc-99m PYP	ATTR	Dr. ⟦PERSON:Álvarez⟧""",
        ("I-123 MIBG", "Parkinson", "Ga-68 DOTATATE", "carcinoid", "Tc-99m PYP", "ATTR", "0930"),
    ),
    (
        "us13",
        "en",
        """ADDENDUM ⟦DATE:12-Mar-2025⟧ 14:22: Discussed with Dr. ⟦PERSON:Okonkwo⟧ (⟦INSTITUTION:Cleveland Clinic⟧ Aorta Center) by phone
at ⟦PHONE:216.444.1234⟧. The 4.9 cm ascending aorta measured on the prior outside echo (⟦INSTITUTION:Summa⟧,
⟦DATE:08/2024⟧) was at the sinotubular junction, not mid-ascending; by CTA today it is 4.6 cm. Loeys-Dietz
and Marfan genetics panel pending. Pt ⟦PERSON:Ezekiel Brandt-Osei⟧ informed.""",
        ("ascending aorta", "sinotubular junction", "CTA", "Loeys-Dietz", "Marfan", "14:22", "4.6 cm"),
    ),
    (
        "us14",
        "en",
        """Second Opinion Portal – ⟦URL:https://secondread.example-health.com/case/77204⟧
Case ⟦ID:SR-77204⟧ | Submitted by ⟦PERSON:Gabriel Moreau-Tanaka⟧, ⟦EMAIL:gmt1984@icloud.com⟧ | ⟦DATE:5/30/25⟧
Question: outside prostate MRI (⟦INSTITUTION:RadNet Tarzana⟧) PI-RADS 4 lesion left PZ, 1.1 cm; is targeted biopsy needed?
Our read: PI-RADS 3, DWI equivocal, DCE positive. Recommend PSMA PET or MRI-US fusion biopsy.""",
        ("PI-RADS 4", "PZ", "targeted biopsy", "PI-RADS 3", "DWI", "DCE", "fusion biopsy"),
    ),
    (
        "us15",
        "en",
        """Appointment reminder – ⟦INSTITUTION:Valley Children's⟧ Fetal & Maternal Imaging
Dear Ms. ⟦PERSON:Destiny Harjo⟧, your fetal echocardiogram + fetal MRI are on ⟦DATE:Monday, August 4⟧ at 7:30 AM,
⟦ADDRESS:9300 Valley Children's Place, Madera, CA 93636⟧. Bring your insurance card (Medi-Cal CIN ⟦ID:91827364A⟧).
Questions: ⟦PHONE:559-555-0160⟧. Reference: hypoplastic left heart (HLHS) suspected on anatomy scan.""",
        (
            "fetal echocardiogram",
            "fetal MRI",
            "hypoplastic left heart",
            "HLHS",
            "anatomy scan",
            "7:30 AM",
            "insurance card",
        ),
    ),
    (
        "us16",
        "en",
        """RADIOLOGY REPORT – CT ANGIO CHEST (PE protocol)         Page 1 of 1
⟦PERSON:Reinholt, Augustus⟧ ⟦AGE:101⟧Y M  MRN ⟦ID:VA-0092217⟧  Loc: ⟦INSTITUTION:Hines VA⟧ 5 West
Saddle PE with RV strain (RV:LV 1.4), Hampton hump RLL. Compared with CT of ⟦DATE:1/4/2024⟧ from ⟦INSTITUTION:Loyola⟧.
Critical result called to Dr. ⟦PERSON:Fatima Al-Rawi⟧ at 02:10 by ⟦PERSON:jkimbrough⟧. Dictated with PowerScribe 360.""",
        ("Saddle PE", "RV strain", "Hampton hump", "RLL", "02:10", "PowerScribe 360", "PE protocol", "5 West"),
    ),
)
