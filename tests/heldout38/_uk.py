"""Held-out 38, United Kingdom: 16 English excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "uk01",
        "en",
        "Trial screening log – STAMPEDE2 arm C, site ⟦INSTITUTION:Royal Marsden, Sutton⟧\n"
        "Patient ⟦PERSON:Baker, Thomas⟧ NHS No ⟦ID:485 777 3456⟧, hospital no ⟦ID:RM0449812⟧, "
        "trial ID ⟦ID:S2-0193-022⟧. DOB ⟦DATE:02/05/1953⟧.\nBone scan ⟦DATE:14 Jan 2025⟧: "
        "MDA criteria, 4 lesions, Soloway EOD 2. PI: Dr ⟦PERSON:Nicholas Fairweather⟧, "
        "⟦EMAIL:nicholas.fairweather@nhs.net⟧"
        "\nResearch nurse ⟦PERSON:Aisha Begum⟧, ⟦PHONE:020 8642 6011⟧ ext ⟦PHONE:4418⟧",
        ("STAMPEDE2", "arm C", "Bone scan", "MDA criteria", "4 lesions", "Soloway EOD 2", "PI"),
    ),
    (
        "uk02",
        "en",
        "Discrepancy meeting (REALM) minutes – ⟦DATE:Thursday 6th February 2025⟧, 12:30, "
        "seminar room 2\nPresent: Dr ⟦PERSON:Wells⟧ (chair), Dr ⟦PERSON:Okonkwo⟧, Dr "
        "⟦PERSON:Fitzgerald⟧, StR ⟦PERSON:Priya⟧ (scribe)\nCase 3 (RIS ⟦ID:RX25019933⟧): missed "
        "scaphoid waist fracture, Herbert B2; Wells score not relevant. Learning point for FRCR "
        "teaching."
        " Patient ⟦PERSON:Derek Holt⟧, DOB ⟦DATE:05.07.1949⟧, from ⟦INSTITUTION:Pinderfields⟧.",
        (
            "Discrepancy meeting",
            "REALM",
            "12:30",
            "seminar room 2",
            "(chair)",
            "(scribe)",
            "scaphoid waist fracture",
            "Herbert B2",
            "Wells score",
            "FRCR",
        ),
    ),
    (
        "uk03",
        "en",
        "NJR submission check – patient ⟦PERSON:Margaret Hill⟧, ⟦ADDRESS:14 Rosebery Avenue, "
        "Kettering NN15 6AB⟧, NHS ⟦ID:943 476 5919⟧\nPrimary THR ⟦DATE:2024-11-22⟧, "
        "Exeter V40 stem, Trident cup 52 mm. Post-op XR: Brooker 0, Charnley class B, "
        "Barrack grade A cementing.\nSurgeon: Mr ⟦PERSON:Hill⟧ (no relation), GMC ⟦ID:4471823⟧"
        " GP: Dr ⟦PERSON:Oyelowo⟧, ⟦INSTITUTION:Headlands Surgery⟧.",
        (
            "NJR submission",
            "Primary THR",
            "Exeter V40",
            "Trident cup 52 mm",
            "Post-op XR",
            "Brooker 0",
            "Charnley class B",
            "Barrack grade A",
        ),
    ),
    (
        "uk04",
        "en",
        "Research data request (IRAS 318842, REC ref 23/LO/0512) – CAG section 251 not needed, "
        'consent obtained.\nException logged: patient Mr ⟦PERSON:Colin "Col" Paget⟧ agreed in writing '
        "(⟦DATE:9/12/24⟧) to an un-redacted photograph of his Paget's disease of the skull in the "
        "BJR case report.\nData custodian: ⟦PERSON:Hannah Greaves⟧, Caldicott office, "
        "⟦PHONE:0113 392 6620⟧"
        " Wife ⟦PERSON:Sheila Paget⟧ witnessed.",
        (
            "IRAS 318842",
            "REC ref 23/LO/0512",
            "section 251",
            "Paget's disease",
            "BJR",
            "case report",
            "Data custodian",
            "Caldicott",
        ),
    ),
    (
        "uk05",
        "en",
        "MDT outcome – Lung, ⟦INSTITUTION:Wythenshawe⟧, ⟦DATE:Tues 11/03/25⟧\nAttendees: "
        "Dr ⟦PERSON:A. Morrison⟧ (resp), Mr ⟦PERSON:Baker⟧ (thoracic surgery), Dr "
        "⟦PERSON:Shah⟧ (rad), ⟦PERSON:Julie⟧ (CNS)\n⟦PERSON:Doreen Ashworth⟧, 79, RXM ⟦ID:M4471902⟧: "
        "8 mm part-solid nodule RUL, Brock 9 %, Herder 74 % after PET. Plan: VATS wedge."
        " NHS ⟦ID:450 557 7104⟧; lives ⟦ADDRESS:Sale, M33⟧.",
        (
            "MDT outcome",
            "(resp)",
            "thoracic surgery",
            "(CNS)",
            "79",
            "8 mm",
            "part-solid nodule",
            "RUL",
            "Brock 9 %",
            "Herder 74 %",
            "VATS wedge",
        ),
    ),
    (
        "uk06",
        "en",
        "Radiology events and learning (REAL) form\nReporter: ⟦PERSON:Kieran O'Sullivan⟧ "
        "(login ⟦PERSON:KOSULL01⟧), ext ⟦PHONE:4471⟧. Patient ⟦PERSON:Smith, Gordon⟧, CHI "
        "⟦ID:1207541234⟧, ⟦INSTITUTION:Ninewells⟧.\nIssue: Smith fracture reported as Colles "
        "fracture; Frykman type IV. Duty of candour letter sent ⟦DATE:28.02.2025⟧."
        " DOB ⟦DATE:12/07/1954⟧; daughter ⟦PERSON:Fiona⟧ informed on ⟦PHONE:07825 119 002⟧.",
        ("REAL", "Smith fracture", "Colles", "Frykman type IV", "Duty of candour"),
    ),
    (
        "uk07",
        "en",
        "Teaching file (MIRC export) – check before posting to the NHS Learning Hub:\n"
        "DICOM: (0010,0010) PatientName ⟦PERSON:JONES^BRYN⟧^^^MR (0010,0030) PatientBirthDate "
        "⟦DATE:19610815⟧ (0008,0080) InstitutionName ⟦INSTITUTION:YSBYTY GWYNEDD⟧\n"
        "Findings: Wernicke encephalopathy, mammillary bodies, FLAIR, DWI b1000."
        " Uploaded by ⟦PERSON:gwyn.roberts⟧ on ⟦DATE:3 Feb 2025⟧; link ⟦URL:https://learninghub.nhs.uk/catalogue/tf-0447⟧",
        (
            "Teaching file",
            "MIRC export",
            "(0010,0010)",
            "PatientName",
            "(0010,0030)",
            "PatientBirthDate",
            "(0008,0080)",
            "InstitutionName",
            "Wernicke encephalopathy",
            "mammillary bodies",
            "FLAIR",
            "DWI b1000",
        ),
    ),
    (
        "uk08",
        "en",
        'Conference abstract draft (UKIO 2025): "Bosniak 2019 reclassification in a district general '
        "hospital\" – 118 cysts, Cohen's kappa 0.74, McNemar p=0.04.\nFig 1 legend still reads "
        '"Mrs ⟦PERSON:P. Crohn⟧, ⟦DATE:3rd March⟧" – delete. Corresponding author '
        "Dr ⟦PERSON:Eleanor Tait⟧, ⟦INSTITUTION:Royal Cornwall Hospitals NHS Trust⟧, "
        "⟦EMAIL:eleanor.tait2@nhs.net⟧"
        " Patient consented ⟦DATE:12/11/2024⟧, NHS ⟦ID:622 519 0033⟧.",
        (
            "UKIO 2025",
            "Bosniak 2019",
            "district general hospital",
            "118 cysts",
            "Cohen's kappa 0.74",
            "McNemar",
            "p=0.04",
            "Fig 1 legend",
        ),
    ),
    (
        "uk09",
        "en",
        "Irradiation incident (IR(ME)R) – CQC notification draft\nPatient: ⟦PERSON:Edna Fairclough⟧, "
        "aged ⟦AGE:97⟧, of ⟦ADDRESS:Flat 3, Hollins Court, Bury BL9 5LP⟧; wrong patient CT head on "
        "⟦DATE:2025-01-19⟧ 02:40 (ID check missed). DLP 890 mGy.cm.\nReported by radiographer "
        "⟦PERSON:Sam Lewis⟧, bleep ⟦PHONE:2218⟧; MPE Dr ⟦PERSON:R. Young⟧."
        " Son ⟦PERSON:Gary Fairclough⟧ informed by phone ⟦PHONE:0161 764 2290⟧.",
        ("IR(ME)R", "CQC notification", "CT head", "02:40", "ID check", "DLP 890 mGy.cm", "radiographer", "MPE"),
    ),
    (
        "uk10",
        "en",
        "Email thread forwarded to PACS team\nFrom: ⟦PERSON:Laura Pemberton⟧ <⟦EMAIL:laura.pemberton@"
        "covance-monitor.co.uk⟧>\nRe: subject ⟦ID:0826-GB-0031⟧ (your MRN ⟦ID:K2298174⟧) – please "
        "re-send Week 24 MRI liver, Primovist hepatobiliary phase, to the central reader portal "
        "⟦URL:https://imaging.trialhub-example.com/site/GB26⟧. Thanks, ⟦PERSON:Laura⟧"
        "\n(Patient: ⟦PERSON:Clive Ashdown⟧, ⟦INSTITUTION:King's College Hospital⟧ Liver Unit)",
        ("PACS team", "Week 24", "MRI liver", "Primovist", "hepatobiliary phase", "central reader portal"),
    ),
    (
        "uk11",
        "en",
        "Breast screening QA – interval cancer review (NHSBSP)\nClient Ms ⟦PERSON:Janet Morgan⟧, "
        "screening no ⟦ID:BS/0447/81234⟧, ⟦ADDRESS:Ystrad Mynach⟧. Prior round ⟦DATE:June 2022⟧: M2, "
        "now U5 M5, 21 mm, Tabár pattern IV. Category: unsatisfactory/satisfactory? Reviewed by "
        "Dr ⟦PERSON:Gwen Price⟧ and Dr ⟦PERSON:H. Morgan⟧."
        " DOB ⟦DATE:17/03/1958⟧.",
        ("NHSBSP", "interval cancer review", "M2", "U5 M5", "21 mm", "Tabár pattern IV", "Prior round"),
    ),
    (
        "uk12",
        "en",
        "Cancer registry (NDRS) query from ⟦EMAIL:ndrs.queries@nhs.net⟧\n"
        "Patient ⟦PERSON:Ahmed, Yusuf⟧ DOB ⟦DATE:30-Sep-1970⟧ NHS ⟦ID:401 023 2137⟧: please confirm "
        "T stage from staging CT ⟦DATE:Nov 2024⟧ (TNM 8: T3 N1c). Reply to ⟦PERSON:Ruth Kingsley⟧, "
        "MDT coordinator, ⟦PHONE:01223 256 418⟧ or mobile ⟦PHONE:07700 900 418⟧."
        " Patient address: ⟦ADDRESS:7 Mill Road, Cambridge CB1 2AD⟧.",
        ("Cancer registry", "NDRS", "staging CT", "TNM 8", "T3 N1c", "MDT coordinator"),
    ),
    (
        "uk13",
        "en",
        "Case conference (neuroradiology grand round) handout\n12-year-old, ⟦PERSON:Oliver⟧, referred "
        "from ⟦INSTITUTION:Alder Hey⟧: Dandy-Walker variant vs mega cisterna magna; Evans index 0.31; "
        "Chiari I excluded.\nSegmentation: FreeSurfer 7, Desikan-Killiany atlas. Consent for "
        "teaching given by mum ⟦PERSON:Kelly Hughes⟧ on ⟦DATE:8/1/25⟧."
        " Hospital number ⟦ID:AH0918273⟧, DOB ⟦DATE:22/06/2012⟧.",
        (
            "grand round",
            "12-year-old",
            "Dandy-Walker variant",
            "mega cisterna magna",
            "Evans index 0.31",
            "Chiari I",
            "FreeSurfer 7",
            "Desikan-Killiany atlas",
        ),
    ),
    (
        "uk14",
        "en",
        "Audit (RCR AuditLive): ultrasound turnaround, ⟦INSTITUTION:St Helier⟧\nExample breach: "
        "⟦PERSON:KING, Arthur⟧ ⟦ID:H0711298⟧, request ⟦DATE:02/12/2024⟧, scanned ⟦DATE:17/12/2024⟧ "
        "(15 days, target 14). Sonographer ⟦PERSON:J. Lamb⟧. Murphy's sign positive; Courvoisier law "
        "discussed."
        " Address ⟦ADDRESS:5 Carshalton Road, Sutton SM1 4LE⟧, DOB ⟦DATE:04.04.1940⟧.",
        (
            "RCR AuditLive",
            "ultrasound turnaround",
            "15 days",
            "target 14",
            "Sonographer",
            "Murphy's sign",
            "Courvoisier law",
        ),
    ),
    (
        "uk15",
        "en",
        "RTF clipboard from EPR: {\\rtf1 Patient: ⟦PERSON:Sin\\'e9ad O\\'92Brien⟧\\par "
        "Address: ⟦ADDRESS:22 Garth Road, Bangor LL57 2SE⟧\\par Home tel ⟦PHONE:01248 370 114⟧\\par\n"
        "Hx: Hashimoto thyroiditis; US: Hashimoto pattern, TI-RADS TR3, 14 mm.}"
        " Ref: Dr ⟦PERSON:Rhys Pritchard⟧, ⟦INSTITUTION:Ysbyty Gwynedd⟧.",
        ("Hashimoto thyroiditis", "Hashimoto pattern", "TI-RADS TR3", "14 mm"),
    ),
    (
        "uk16",
        "en",
        "Ethics (HRA) amendment – teaching atlas NEURO-ATLAS using Brodmann areas and MNI space.\n"
        "Remove from slide 14: \"Dr. ⟦PERSON:Frank Young⟧'s patient ⟦PERSON:Bethan Evans⟧, "
        '⟦INSTITUTION:Morriston Hospital⟧", and hospital number ⟦ID:M0893321⟧.\n'
        "Statistics reviewer Prof. ⟦PERSON:Chen Wei⟧: Bonferroni correction, Spearman rho."
        " Contact ⟦EMAIL:neuro.atlas@swansea.ac.uk⟧.",
        (
            "HRA",
            "amendment",
            "NEURO-ATLAS",
            "Brodmann areas",
            "MNI space",
            "slide 14",
            "Bonferroni correction",
            "Spearman rho",
        ),
    ),
)
