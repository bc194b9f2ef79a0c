# ruff: noqa: E501
"""Held-out 28, United States: 16 excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

RAW_US: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "us01",
        "en",
        """ED TRIAGE NOTE – ⟦INSTITUTION:Ben Taub Hospital⟧
Pt: ⟦PERSON:Gebru, Tsegay⟧ (aka ⟦PERSON:Tsegai Gebru⟧) MRN ⟦ID:00917734⟧ DOB ⟦DATE:01/01/1990⟧ ESI 2, arrival 22:47 by private vehicle.
CC: stab wound L flank. Tigrinya interpreter via ⟦INSTITUTION:CyraCom⟧ (ID ⟦ID:51188⟧). Brought by roommate ⟦PERSON:Dawit⟧ ⟦PHONE:(832) 555-0178⟧.
Lives at ⟦ADDRESS:8800 Fondren Rd Apt 1214, Houston, TX 77074⟧. Uninsured; A-number ⟦ID:A 212 448 907⟧ on asylum paperwork.
FAST negative, eFAST no PTX. CT A/P with IV contrast ordered, AAST grade to follow. RN ⟦PERSON:Lupe Garza⟧, MD ⟦PERSON:B. Okafor⟧.""",
        (
            "ESI 2",
            "22:47",
            "stab wound L flank",
            "Tigrinya interpreter",
            "eFAST no PTX",
            "CT A/P with IV contrast",
            "AAST grade",
            "FAST negative",
            "private vehicle",
            "Uninsured",
            "asylum paperwork",
        ),
    ),
    (
        "us02",
        "en",
        """EMS PATIENT CARE REPORT (ePCR) – ⟦INSTITUTION:Boston EMS⟧ Medic 14, run ⟦ID:26-118822⟧
Dispatched 06:12 to ⟦ADDRESS:47 Dorchester Ave, South Boston⟧ for 58 y/o M, chest pain. 12-lead: STEMI anterior, cath lab activated from field.
ASA 324 mg PO, NTG 0.4 mg SL x2, fentanyl 50 mcg. Wife ⟦PERSON:Maureen Sullivan⟧ (⟦PHONE:617-555-0133⟧) following.
Pt ⟦PERSON:Sullivan, Kevin P.⟧, DOB ⟦DATE:3/9/1968⟧. PCP Dr. ⟦PERSON:Nadia Haddad⟧, ⟦INSTITUTION:South Boston Community Health Center⟧.
Transported to ⟦INSTITUTION:BMC⟧, handoff 06:41 to Dr. ⟦PERSON:Levine⟧. Crew EMT ⟦PERSON:R. Figueroa⟧ / Paramedic ⟦PERSON:C. Tran⟧.""",
        (
            "06:12",
            "58 y/o",
            "STEMI anterior",
            "cath lab activated",
            "ASA 324 mg",
            "NTG 0.4 mg SL",
            "fentanyl 50 mcg",
            "12-lead",
            "chest pain",
            "handoff 06:41",
            "Medic 14",
        ),
    ),
    (
        "us03",
        "en",
        """CARDIAC CATHETERIZATION REPORT
Patient: ⟦PERSON:Hernandez-Ruiz, Maria de los Angeles⟧  MRN ⟦ID:MGH 7741029⟧  Procedure date ⟦DATE:November 2, 2026⟧
Indication: NSTEMI, TIMI risk score 4. Access: R femoral, micropuncture, 6 Fr sheath, Perclose ProGlide closure.
LM normal. LAD 95% proximal, bifurcation D1 (Medina 1,1,1), treated with 2-stent culotte. Dominance right. LVEF 40% by LV gram, LVEDP 22.
iFR 0.86 in RCA, deferred. Contrast: Visipaque 180 mL. Fluoro 14.2 min, Air Kerma 1.3 Gy.
Attending: ⟦PERSON:Jonathan Medina⟧, MD, FSCAI; fellow ⟦PERSON:Priya Natarajan⟧, MD. ⟦INSTITUTION:Massachusetts General Hospital⟧ Cath Lab 3.""",
        (
            "TIMI risk score 4",
            "Perclose ProGlide",
            "Medina 1,1,1",
            "2-stent culotte",
            "LVEF 40%",
            "iFR 0.86",
            "Visipaque 180 mL",
            "Air Kerma 1.3 Gy",
            "LM normal",
        ),
    ),
    (
        "us04",
        "en",
        """MICU Progress Note – Hospital day 9
⟦PERSON:Nguyen, Bao⟧, ⟦AGE:95⟧ y/o, from ⟦INSTITUTION:Golden Sunset Skilled Nursing⟧. Acct ⟦ID:V00044871920⟧
ARDS (Berlin criteria, moderate), P/F 140 on PEEP 12, prone positioning x2. CXR: diffuse bilateral opacities, ETT 4 cm above carina, R IJ CVC tip cavoatrial junction.
Goals of care: daughter ⟦PERSON:Lan Nguyen⟧ (HCP) ⟦PHONE:(714) 555-0190 x233⟧, Vietnamese interpreter requested. Palliative care Dr. ⟦PERSON:Ruth Bristol⟧ to see.
Signed ⟦PERSON:Alexander Wong⟧, MD (pager ⟦PHONE:4471⟧) ⟦DATE:11/04/2026⟧ 17:30""",
        (
            "Berlin criteria",
            "P/F 140",
            "PEEP 12",
            "prone positioning",
            "cavoatrial junction",
            "ETT 4 cm above carina",
            "Goals of care",
            "17:30",
            "MICU Progress Note",
            "Hospital day 9",
        ),
    ),
    (
        "us05",
        "en",
        """OB ULTRASOUND / MRI PLACENTA – Maternal-Fetal Medicine
Patient ⟦PERSON:Shaniqua Brooks⟧ G4P3003, 32w1d by 9-week US, prior C-section x3. DOB ⟦DATE:1994-06-21⟧.
MRI: placenta previa, anterior, with findings of placenta increta (T2 dark bands, myometrial thinning, bladder wall interruption absent). FIGO PAS grade 2.
Plan: cesarean hysterectomy at 34-35 weeks per ACOG. Partner ⟦PERSON:Darnell⟧. Doula ⟦PERSON:Keisha Moore⟧ ⟦EMAIL:keisha@birthwithkeisha.com⟧.
Medicaid ID ⟦ID:90441827C⟧. Ref by ⟦INSTITUTION:Parkland Women's Specialty Center⟧, reader ⟦PERSON:Hadlock⟧, MD.""",
        (
            "G4P3003",
            "32w1d",
            "placenta previa",
            "placenta increta",
            "T2 dark bands",
            "FIGO PAS grade 2",
            "cesarean hysterectomy",
            "34-35 weeks",
            "Maternal-Fetal Medicine",
        ),
    ),
    (
        "us06",
        "en",
        """MAMMOGRAPHY LAY LETTER (MQSA) – ⟦INSTITUTION:Kaiser Permanente Oakland Medical Center⟧ Breast Imaging
⟦DATE:November 3, 2026⟧
Ms. ⟦PERSON:Layla Haddad⟧, ⟦ADDRESS:2211 Telegraph Ave #5, Oakland, CA 94612⟧
Your recent screening mammogram (3D tomosynthesis) was not normal. BI-RADS 0: additional imaging is needed. Your breast tissue is extremely dense (category D).
Please call ⟦PHONE:510-555-0147⟧ to schedule diagnostic views and ultrasound. MRN ⟦ID:11-884-2041⟧.
Interpreting radiologist: ⟦PERSON:Simone Cooper⟧, MD. Note for referring provider: Cooper's ligaments normal, no architectural distortion.""",
        (
            "MQSA",
            "3D tomosynthesis",
            "BI-RADS 0",
            "extremely dense",
            "category D",
            "diagnostic views",
            "Cooper's ligaments",
            "screening mammogram",
            "architectural distortion",
            "Breast Imaging",
        ),
    ),
    (
        "us07",
        "en",
        """Sports Medicine – MRI R hip
Athlete ⟦PERSON:DeShawn "Dee" Parker⟧, 20, NCAA D1 running back, ⟦INSTITUTION:University of Alabama Athletics⟧. ATC ⟦PERSON:Mike Tolbert⟧ ⟦PHONE:205-555-0112 ext 8⟧.
Cam-type FAI, alpha angle 68°, anterosuperior labral tear. Athletic pubalgia: rectus abdominis/adductor aponeurosis injury. No Perthes residua.
Tönnis grade 0. Ischial tuberosity apophysis fused. Exam date ⟦DATE:10/30/26⟧. Team physician Dr. ⟦PERSON:James Andrews⟧ copied.""",
        (
            "Cam-type FAI",
            "alpha angle 68°",
            "anterosuperior labral tear",
            "Athletic pubalgia",
            "adductor aponeurosis",
            "Perthes",
            "Tönnis grade 0",
            "NCAA D1",
            "running back",
        ),
    ),
    (
        "us08",
        "en",
        """Occupational Health – Workers' Compensation IME, CT chest / B read
Employee: ⟦PERSON:Kowalski, Stanley J.⟧, SSN ⟦ID:412-77-0938⟧, employer ⟦INSTITUTION:Consol Energy Bailey Mine⟧, claim ⟦ID:WC-26-00471882⟧
ILO classification 1/1 q/t, upper zones, pleural plaques bilateral. Progressive massive fibrosis absent. Findings consistent with coal workers' pneumoconiosis.
NIOSH B reader: ⟦PERSON:Eleanor Vance⟧, MD (cert ⟦ID:B-10442⟧). Claimant attorney ⟦PERSON:Robert Hale⟧, Esq., ⟦INSTITUTION:Hale & Dorsey LLP⟧, fax ⟦PHONE:304-555-0166⟧.""",
        (
            "ILO classification 1/1",
            "q/t",
            "pleural plaques bilateral",
            "Progressive massive fibrosis",
            "coal workers' pneumoconiosis",
            "NIOSH B reader",
            "upper zones",
            "Workers' Compensation IME",
            "B read",
        ),
    ),
    (
        "us09",
        "en",
        """OMFS Clinic – CBCT mandible
⟦PERSON:Mahmoud Abu-Khalil⟧ (⟦PERSON:محمود أبو خليل⟧), 44, Palestinian refugee, resettled via ⟦INSTITUTION:IRC Dallas⟧. Case worker ⟦PERSON:Jenna⟧ ⟦PHONE:214-555-0155⟧.
I-94 ⟦ID:693117742A3⟧. CBCT (i-CAT FLX): comminuted R parasymphyseal fracture, malunion, retained shrapnel fragment near mental foramen.
IAN canal intact. Eagle syndrome? elongated styloid R 42 mm. Arabic interpreter on iPad. Referred by ⟦INSTITUTION:Agape Clinic⟧, Dr. ⟦PERSON:Samir Eagle⟧.""",
        (
            "CBCT",
            "i-CAT FLX",
            "parasymphyseal fracture",
            "mental foramen",
            "IAN canal",
            "Eagle syndrome",
            "styloid R 42 mm",
            "Arabic interpreter",
            "OMFS Clinic",
        ),
    ),
    (
        "us10",
        "en",
        """PRELIMINARY TELERADIOLOGY REPORT – ⟦INSTITUTION:vRad⟧ for ⟦INSTITUTION:Mercy Hospital Ardmore⟧
Study: CT head w/o ⟦DATE:20261105⟧ 03:22 CST  Acc ⟦ID:MHA5512098⟧  Pt ⟦PERSON:BIGHORSE^LORETTA^M⟧  DOB ⟦DATE:19410707⟧
Reader ⟦PERSON:Kwame Asante⟧, MD (licensed OK). No acute intracranial hemorrhage. Chronic microvascular ischemic change (Fazekas 2). Prior study 2023 not available.
Critical result: none. Called to Dr. ⟦PERSON:Whitebird⟧ at ⟦PHONE:580-555-0139⟧.""",
        (
            "CT head w/o",
            "03:22 CST",
            "intracranial hemorrhage",
            "Fazekas 2",
            "Prior study 2023",
            "Critical result",
            "microvascular ischemic",
            "No acute intracranial hemorrhage",
            "Critical result: none",
        ),
    ),
    (
        "us11",
        "en",
        """MSH|^~\\&|EPIC|⟦INSTITUTION:UCSF⟧|RADIANT|IMG|⟦DATE:20261103094500⟧||ORM^O01|⟦ID:8812004471⟧|P|2.3
PID|1||⟦ID:44118802⟧^^^UCSF^MR||⟦PERSON:KOVALCHUK^OLENA^V⟧||⟦DATE:19790411⟧|F|||⟦ADDRESS:1450 Irving St^^San Francisco^CA^94122⟧||^PRN^PH^^^⟦PHONE:415^5550101⟧
PV1|1|O|MB-BREAST||||⟦ID:1447385520⟧^⟦PERSON:CHEN^ALICE^W⟧^^^MD
ORC|NW|⟦ID:ORD77129⟧
OBR|1|⟦ID:ORD77129⟧||IMG1234^MRI BREAST BILATERAL W WO CONTRAST|||⟦DATE:202611030930⟧
NTE|1||High-risk screening, Tyrer-Cuzick lifetime risk 24%. Ukrainian interpreter needed. Gadavist.""",
        (
            "ORM^O01",
            "MRI BREAST BILATERAL W WO CONTRAST",
            "Tyrer-Cuzick",
            "lifetime risk 24%",
            "High-risk screening",
            "Ukrainian interpreter",
            "Gadavist",
            "MB-BREAST",
            "NTE",
            "RADIANT",
            "EPIC",
        ),
    ),
    (
        "us12",
        "en",
        """PRIOR AUTHORIZATION REQUEST – cardiac PET/CT (Rb-82 MPI)
Payer: Aetna  Member ID ⟦ID:W228471190⟧  Group ⟦ID:0844120-01⟧  Auth # ⟦ID:PA-26-7720018⟧
Patient ⟦PERSON:Dwayne T. Robinson⟧, DOB ⟦DATE:07/22/1961⟧. BMI 44, prior SPECT nondiagnostic due to diaphragmatic attenuation. Duke treadmill score not obtainable.
Ordering: ⟦PERSON:Aaron Stein⟧, DO, NPI ⟦ID:1669457821⟧, ⟦INSTITUTION:Cleveland Clinic Akron General⟧ Heart & Vascular. Fax determination to ⟦PHONE:330-555-0104⟧.
Peer-to-peer with Dr. ⟦PERSON:Duke⟧ scheduled ⟦DATE:Nov 6⟧ 2 pm ET.""",
        (
            "Rb-82 MPI",
            "BMI 44",
            "SPECT nondiagnostic",
            "diaphragmatic attenuation",
            "Duke treadmill score",
            "Peer-to-peer",
            "2 pm ET",
            "cardiac PET/CT",
            "PRIOR AUTHORIZATION REQUEST",
            "Heart & Vascular",
            "Fax determination",
        ),
    ),
    (
        "us13",
        "en",
        """PEDIATRIC ED – XR forearm, 8 y/o
⟦PERSON:Sofia Castañeda⟧ (⟦PERSON:Sofia Castaneda⟧ in Epic), DOB ⟦DATE:2/14/2018⟧. Injured on playground at ⟦INSTITUTION:Lincoln Elementary⟧; school nurse Mrs. ⟦PERSON:Patterson⟧ called ⟦PHONE:(312) 555-0121⟧.
Both-bone forearm fracture, distal third, 20° apex-volar angulation. No Galeazzi or Monteggia component. Physes open.
Mother ⟦PERSON:Rosa⟧ requests Spanish; interpreter ⟦PERSON:Luis⟧ (#⟦ID:4471⟧). ⟦INSTITUTION:Lurie Children's⟧ ortho consulted.""",
        (
            "Both-bone forearm fracture",
            "distal third",
            "20° apex-volar angulation",
            "Galeazzi",
            "Monteggia",
            "Physes open",
            "8 y/o",
            "Spanish",
            "PEDIATRIC ED",
            "ortho consulted",
        ),
    ),
    (
        "us14",
        "en",
        """Dictation (Dragon, unedited)
patient ⟦PERSON:Marcus Graves⟧ period CT abdomen pelvis with contrast period appendix measures 11 millimeters with periappendiceal fat stranding comma no abscess period
McBurney point tenderness per ED period Alvarado score 8 period new line
comparison ⟦DATE:June fifteenth twenty twenty five⟧ from ⟦INSTITUTION:Saint Joe's⟧ period dictated by doctor ⟦PERSON:Appleby⟧ extension ⟦PHONE:five five two one⟧ period
job ⟦ID:88412-C⟧""",
        (
            "CT abdomen pelvis with contrast",
            "11 millimeters",
            "periappendiceal fat stranding",
            "McBurney point",
            "Alvarado score 8",
            "new line",
            "no abscess",
            "Dictation (Dragon, unedited)",
        ),
    ),
    (
        "us15",
        "en",
        """MyChart message – Radiology second opinion portal (⟦URL:https://secondopinion.mayoclinic.org/case/77Q2K⟧)
From: ⟦PERSON:Yonas Haile⟧ <⟦EMAIL:yonas.haile88@gmail.com⟧>  Sent: ⟦DATE:Wed 11/4/2026⟧ 9:14 PM
"Hi Dr ⟦PERSON:Zhou⟧, my wife ⟦PERSON:Hiwot⟧ had the IVF transfer but the ultrasound at ⟦INSTITUTION:Shady Grove Fertility⟧ said heterotopic pregnancy?? what does that mean"
Reply: Outside TVUS reviewed: intrauterine gestational sac with yolk sac plus R adnexal ring (tubal ectopic). OHSS mild. Please go to ED now.
Case ⟦ID:SO-2026-118204⟧.""",
        (
            "IVF transfer",
            "heterotopic pregnancy",
            "TVUS",
            "gestational sac",
            "yolk sac",
            "tubal ectopic",
            "OHSS mild",
            "9:14 PM",
            "intrauterine gestational sac",
        ),
    ),
    (
        "us16",
        "en",
        """INFORMED CONSENT – Hysterosalpingogram (HSG)
I, ⟦PERSON:Karina Petrosyan⟧, DOB ⟦DATE:09-12-1990⟧, consent to HSG with iodinated contrast (Omnipaque 300) by Dr. ⟦PERSON:Helen Fallopian⟧ (no relation). Goal: assess fallopian tube patency.
Risks: infection (doxycycline prophylaxis), vasovagal reaction, contrast allergy. LMP ⟦DATE:10/28/2026⟧, cycle day 9, urine hCG negative.
Interpreter: Armenian, ⟦PERSON:Anahit K.⟧ (⟦INSTITUTION:Language World Services⟧). Witness ⟦PERSON:T. Begay⟧, RN.
⟦INSTITUTION:Pacific Fertility Center⟧, ⟦ADDRESS:Los Angeles⟧. Signed ⟦DATE:November 6, 2026⟧.""",
        (
            "Hysterosalpingogram",
            "Omnipaque 300",
            "doxycycline prophylaxis",
            "vasovagal reaction",
            "cycle day 9",
            "urine hCG negative",
            "Armenian",
            "fallopian tube patency",
            "iodinated contrast",
            "infection",
        ),
    ),
)
