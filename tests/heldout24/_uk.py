# ruff: noqa: E501  (marked-up report texts keep their natural line breaks)
"""Held-out 24, United Kingdom: marked excerpts (id, lang, marked text, keep-terms)."""

UK = (
    (
        "uk01",
        "en",
        """⟦INSTITUTION:Royal Brompton⟧ – Cardiovascular Magnetic Resonance Unit                Page 1 of 2
Patient: ⟦PERSON:OKAFOR, Chukwuemeka⟧   DOB: ⟦DATE:17/08/1968⟧   Hosp No: ⟦ID:RBH0418823⟧   NHS: ⟦ID:485 777 3456⟧
Stress perfusion CMR (adenosine 140 mcg/kg/min): inducible perfusion defect in the basal-mid inferolateral
wall, LGE subendocardial <50 % - viable. LVEF 47 %. Referred by Dr ⟦PERSON:Helen Marchbank⟧ (Consultant Cardiologist),
⟦INSTITUTION:Harefield⟧ cardiology. Scanner: MAGNETOM Sola.""",
        (
            "Stress perfusion CMR",
            "adenosine",
            "inferolateral",
            "LGE",
            "LVEF 47 %",
            "MAGNETOM Sola",
            "Consultant Cardiologist",
        ),
    ),
    (
        "uk02",
        "en",
        """Hospital at Home – Virtual Ward handover 08:00
Bed VW-12: Mr ⟦PERSON:Dennis Appleyard⟧, ⟦AGE:93⟧, ⟦ADDRESS:14 Tenter Lane, Heckmondwike WF16 0HJ⟧
Portable CXR done in the home by ⟦INSTITUTION:Kirklees Community Imaging⟧ – right lower zone consolidation.
IV ceftriaxone via midline. Carer ⟦PERSON:Sheila⟧ (daughter-in-law) ⟦PHONE:07723 118 405⟧. Key safe code with
the ward, not in notes. GP: Dr ⟦PERSON:Rashid⟧, ⟦INSTITUTION:Batley Health Centre⟧. Escalate via SPA bleep ⟦PHONE:2204⟧.""",
        ("Virtual Ward", "Portable CXR", "right lower zone", "ceftriaxone", "midline", "Key safe", "08:00"),
    ),
    (
        "uk03",
        "en",
        """CONSENT FORM 1 – Patient agreement to investigation or treatment
Patient's surname/family name: ⟦PERSON:Ní Bhriain⟧   First names: ⟦PERSON:Siobhán⟧   DOB ⟦DATE:04-Nov-1985⟧
Proposed procedure: uterine artery embolisation (UAE) for fibroids, right common femoral access,
Embozene microspheres 700 µm. Risks: post-embolisation syndrome, premature menopause.
Interpreter: not required. Health professional: Dr ⟦PERSON:Tobias Feld⟧, Interventional Radiology SpR, ⟦DATE:12/02/25⟧""",
        ("uterine artery embolisation", "UAE", "fibroids", "common femoral", "Embozene", "post-embolisation syndrome"),
    ),
    (
        "uk04",
        "en",
        """From: ⟦INSTITUTION:Leeds Teaching Hospitals⟧ Nuclear Medicine <⟦EMAIL:leedsth-tr.nucmed@nhs.net⟧>
Sent: ⟦DATE:03 March 2025 16:42⟧
Subject: Lu-177 PSMA cycle 3 – ⟦PERSON:Pemberton, Alistair⟧ (MRN ⟦ID:L7730194⟧)
Post-therapy SPECT/CT at 24 h shows reduced uptake in the T9 and left iliac deposits. PSA 18 -> 6.2.
Please book cycle 4 for w/c ⟦DATE:24/03⟧. Thanks, ⟦PERSON:Gráinne⟧ (Nuc Med Physics) ext. ⟦PHONE:64419⟧""",
        ("Lu-177 PSMA", "SPECT/CT", "T9", "iliac", "PSA", "Nuc Med Physics", "24 h"),
    ),
    (
        "uk05",
        "en",
        """RADIOTHERAPY PLANNING CT – ⟦INSTITUTION:Clatterbridge Cancer Centre – Liverpool⟧
Name: ⟦PERSON:Thompson-Ayodele, Grace⟧  CHI/NHS: ⟦ID:602 114 9983⟧  Consultant: Dr ⟦PERSON:P. Venkataraman⟧
Site: left breast + SCF, 40 Gy in 15 fractions (START B), 4DCT not required, voluntary DIBH coached.
Tattoos x3. Mould room appointment ⟦DATE:Thu 5th June⟧ 11:00. Transport: ⟦INSTITUTION:NWAS⟧ PTS booked.""",
        ("START B", "SCF", "DIBH", "Mould room", "4DCT", "11:00", "40 Gy"),
    ),
    (
        "uk06",
        "en",
        """Fetal Medicine Unit – MRI report
Mother: ⟦PERSON:Aaliyah Begum-Hussain⟧ (Hosp. No. ⟦ID:K1199372⟧), EDD ⟦DATE:28/09/2025⟧, gestation 28+3
Findings: left-sided congenital diaphragmatic hernia with stomach and bowel in the chest; liver down.
Observed/expected total fetal lung volume 38 %. Counselling with Miss ⟦PERSON:Ekwueme⟧ (paediatric surgery)
at ⟦INSTITUTION:St Michael's⟧ on Tuesday. Partner ⟦PERSON:Imran Hussain⟧ present. Copy: community midwife ⟦PERSON:Jo Tait⟧""",
        (
            "congenital diaphragmatic hernia",
            "liver down",
            "fetal lung volume",
            "paediatric surgery",
            "community midwife",
            "28+3",
        ),
    ),
    (
        "uk07",
        "en",
        """Implant card / MRI safety screening
Name ⟦PERSON:Walter Bruce Kinnear⟧ | DOB ⟦DATE:1939-02-11⟧ | 86 y
Device: cochlear implant Cochlear Nucleus CI612 (magnet removable), left, implanted at ⟦INSTITUTION:Addenbrooke's⟧ in 2019.
MR Conditional 1.5 T with head bandage kit; 3 T with magnet removal. Contact audiology ⟦PHONE:01223 217 589⟧.
Screened by: ⟦PERSON:K. Oduya⟧, Band 6 radiographer""",
        (
            "cochlear implant",
            "Nucleus CI612",
            "MR Conditional",
            "head bandage kit",
            "2019",
            "audiology",
            "Band 6 radiographer",
        ),
    ),
    (
        "uk08",
        "en",
        """PAS export (pipe) – Interventional radiology procedure log, ⟦INSTITUTION:QMC⟧ IR suite 2
date|time|patient|MRN|procedure|operator
⟦DATE:2025-04-08⟧|09:12|⟦PERSON:HOLLOWAY Dean⟧|⟦ID:N223910⟧|TIPSS (Viatorr 10 mm)|⟦PERSON:DrAMistry⟧
⟦DATE:2025-04-08⟧|13:40|⟦PERSON:OYELARAN Funmilayo⟧|⟦ID:N224017⟧|IVC filter retrieval (Günther Tulip)|⟦PERSON:DrAMistry⟧
⟦DATE:2025-04-08⟧|15:05|⟦PERSON:McGREGOR Isla⟧|⟦ID:N224101⟧|PICC 5Fr DL|RA ⟦PERSON:jcoombes⟧""",
        ("TIPSS", "Viatorr", "IVC filter retrieval", "Günther Tulip", "PICC 5Fr DL", "09:12", "IR suite"),
    ),
    (
        "uk09",
        "en",
        """Dear Dr ⟦PERSON:Pillai⟧,
Re: Mrs ⟦PERSON:Edna Marjorie Frost⟧, DOB ⟦DATE:2 January 1933⟧, ⟦ADDRESS:Flat 3, Elm Court, Brighouse HD6 1BZ⟧
Thank you for referring this ⟦AGE:92⟧-year-old lady to the vascular clinic. Duplex: 5.8 cm infrarenal AAA,
which on CT angiography is suitable for EVAR (neck 18 mm, angulation < 60°). She lives at
⟦INSTITUTION:Rastrick Grange Care Home⟧. Yours sincerely, Mr ⟦PERSON:Olumide Ajayi⟧ FRCS, Consultant Vascular Surgeon""",
        (
            "vascular clinic",
            "Duplex",
            "infrarenal AAA",
            "CT angiography",
            "EVAR",
            "FRCS",
            "Consultant Vascular Surgeon",
        ),
    ),
    (
        "uk10",
        "en",
        """Social work note – Safeguarding adults – ⟦DATE:19.05.2025⟧
Patient ⟦PERSON:Krzysztof Wróblewski⟧ attended ED after a fall; CT head: no acute intracranial haemorrhage,
old right MCA territory infarct. Lodger Mr ⟦PERSON:Daniel Osei⟧ holds LPA? – to verify with OPG.
Polish interpreter ⟦PERSON:Agnieszka⟧ via ⟦INSTITUTION:DA Languages⟧ (job ref ⟦ID:DA-55817302⟧). SW: ⟦PERSON:Ruth Fairbrother⟧, ⟦PHONE:0113 392 4410⟧.""",
        ("Safeguarding", "CT head", "intracranial haemorrhage", "MCA territory", "LPA", "OPG", "Polish"),
    ),
    (
        "uk11",
        "en",
        """DICOM header (excerpt)
PatientName: ⟦PERSON:DA COSTA^MIGUEL^ANTONIO⟧
PatientID: ⟦ID:RJ7-5500183⟧   OtherPatientIDs: ⟦ID:9434765919⟧
StudyDate: ⟦DATE:20250411⟧   Modality: NM   Manufacturer: GE   ManufacturerModelName: Discovery NM/CT 670
InstitutionName: ⟦INSTITUTION:ST GEORGES HOSPITAL TOOTING⟧
StudyDescription: Bone scan whole body Tc99m-HDP   PerformingPhysicianName: ⟦PERSON:OKONJO^A⟧""",
        (
            "Discovery NM/CT 670",
            "Bone scan whole body",
            "Tc99m-HDP",
            "Modality",
            "StudyDescription",
            "Manufacturer: GE",
        ),
    ),
    (
        "uk12",
        "en",
        """SECOND OPINION – ⟦INSTITUTION:Imaging Second Opinions Ltd⟧ – Case ⟦ID:ISO-24-7781⟧
Requested by the patient, Ms ⟦PERSON:Harriet Lowe-Watanabe⟧ (⟦EMAIL:harriet.lw@btinternet.com⟧).
Original MRI lumbar spine (⟦INSTITUTION:Spire Bushey⟧, ⟦DATE:October 2024⟧): L4/5 disc extrusion, Pfirrmann
grade IV, Modic type 1 endplate change; MSU classification 2-AB. We agree, no cauda equina compression.
Reported by Dr ⟦PERSON:Amir Haddad⟧, GMC ⟦ID:7042118⟧""",
        ("MRI lumbar spine", "L4/5", "Pfirrmann", "Modic type 1", "MSU classification", "cauda equina"),
    ),
    (
        "uk13",
        "en",
        """Discharge summary – Cardiology (⟦INSTITUTION:Glenfield⟧)      p. 2
⟦PERSON:Vaughan-Jones, Rhiannon⟧   ⟦DATE:05/07/1971⟧   Hosp ⟦ID:G5513920⟧
Dx: spontaneous coronary artery dissection (SCAD) of the mid-LAD, type 2 on angiography; CT coronary
angiogram to be repeated in 3 months. Medications: bisoprolol 2.5 mg, clopidogrel for 12 months.
Follow-up: SCAD clinic, Dr ⟦PERSON:Abi Wood⟧ – secretary ⟦PHONE:0116 258 3018⟧; husband ⟦PERSON:Gareth⟧ drives.""",
        (
            "spontaneous coronary artery dissection",
            "SCAD",
            "mid-LAD",
            "CT coronary",
            "bisoprolol",
            "clopidogrel",
            "3 months",
        ),
    ),
    (
        "uk14",
        "en",
        """MDT outcome – Gynae-oncology – ⟦DATE:Wed 11 June 2025⟧
Present: Prof. ⟦PERSON:Sunita Rao⟧ (chair), Dr ⟦PERSON:L. Fenwick⟧ (radiology), Ms ⟦PERSON:Claire Dunmore⟧ (CNS)
Pt ⟦PERSON:Morag Sinclair⟧, CHI ⟦ID:1105627318⟧: MRI pelvis – cervical tumour 4.2 cm, FIGO IIB, no hydronephrosis;
PET-CT staging requested at ⟦INSTITUTION:Edinburgh Imaging⟧ (⟦INSTITUTION:QMRI⟧). Outcome: chemoradiation + brachytherapy
at the ⟦INSTITUTION:Edinburgh Cancer Centre⟧.""",
        ("MRI pelvis", "FIGO IIB", "hydronephrosis", "PET-CT", "chemoradiation", "brachytherapy", "CNS"),
    ),
    (
        "uk15",
        "en",
        """Appointment letter
⟦INSTITUTION:Nuffield Health Cardiff Bay Hospital⟧, ⟦ADDRESS:Ocean Way, Cardiff CF24 5PD⟧
Mr ⟦PERSON:Emrys ap Gwilym⟧
⟦ADDRESS:Bwthyn Derw, Heol y Felin, Llandeilo SA19 6EP⟧
Your CT calcium score and coronary angiogram is booked for ⟦DATE:Friday 18 July 2025⟧ at 14:30.
Please take your usual medicines except metformin (hold for 48 hours after contrast). Ivabradine may be given.
Queries: Outpatients ⟦PHONE:029 2083 6700⟧, ref ⟦ID:NHC/880142⟧""",
        ("CT calcium score", "coronary angiogram", "metformin", "Ivabradine", "Outpatients", "14:30", "48 hours"),
    ),
    (
        "uk16",
        "en",
        """Billing / coding export (OPCS-4, ICD-10) – ⟦INSTITUTION:Royal Papworth⟧
episode,patient,dob,primary_dx,procedure,consultant
⟦ID:EP550193⟧,"⟦PERSON:Ogunleye, Bisola⟧",⟦DATE:1964-12-02⟧,I42.0,"U10.6 CMR, Y97.2","Dr ⟦PERSON:Hartley-Brooke⟧"
⟦ID:EP550208⟧,"⟦PERSON:Lindqvist, Per⟧",⟦DATE:1948-03-15⟧,I71.4,"L27.1 EVAR","Mr ⟦PERSON:Sandhu⟧"
Note: HRG EB13 groupings re-run after coding audit.""",
        ("OPCS-4", "ICD-10", "I42.0", "U10.6", "I71.4", "L27.1", "HRG EB13"),
    ),
)
