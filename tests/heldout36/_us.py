"""Held-out 36, United States: 16 excerpts (English) of technical and system text carrying PHI."""
# ruff: noqa: E501 (excerpt texts are kept one source line per report line)

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "us01",
        "en",
        "Outside images - DICOM tags reviewed:\nPatientName: ⟦PERSON:WASHINGTON^DENISE^L⟧\nPatientID: ⟦ID:MRN00447812⟧\n"
        "PatientBirthDate: ⟦DATE:19620514⟧\nStudyDate: ⟦DATE:20240122⟧\nAccessionNumber: ⟦ID:CT24012200318⟧\n"
        "InstitutionName: ⟦INSTITUTION:Piedmont Atlanta Hospital⟧\nReferringPhysicianName: ⟦PERSON:CHANG^ROBERT⟧^^DR\n"
        "DeviceSerialNumber: 88031\nImpression: acute appendicitis, Alvarado 8, no abscess.",
        (
            "AccessionNumber:",
            "DeviceSerialNumber:",
            "88031",
            "acute appendicitis",
            "Alvarado 8",
            "ReferringPhysicianName:",
        ),
    ),
    (
        "us02",
        "en",
        "HL7 ORU from Epic Radiant (flattened): MSH|^~\\&|EPIC|HOSP|PS360|RAD|⟦DATE:20240611093012⟧||ORU^R01|⟦ID:88123⟧|P|2.3 "
        "PID|1||⟦ID:E2201847⟧^^^EPI^MR||⟦PERSON:Ramirez^Carlos^Javier⟧||⟦DATE:19781030⟧|M||2106-3|⟦ADDRESS:4410 Larimer St Apt 3⟧"
        "^^⟦ADDRESS:Denver⟧^CO^⟦ADDRESS:80216⟧||⟦PHONE:(303) 555-0148⟧|||||⟦ID:F99018233⟧|⟦ID:521-44-8832⟧ "
        "OBR|1||⟦ID:RAD24-771200⟧|IMG1234^MRI BRAIN W WO CONTRAST "
        "OBX|1|TX|||Technologist ⟦PERSON:Ashley Brooks⟧ RT(R)(MR), scanned ⟦DATE:06/11/2024⟧ 09:20",
        (
            "Epic Radiant",
            "RT(R)(MR)",
            "OBX|1|TX",
            "Technologist",
            "PS360",
            "ORU^R01",
            "MRI BRAIN W WO CONTRAST",
            "2106-3",
            "^CO^",
        ),
    ),
    (
        "us03",
        "en",
        "Modality worklist (CT 2, ED):\n"
        "03:12  ⟦PERSON:JOHNSON, TYREKE⟧  ⟦DATE:07/19/2004⟧  ⟦ID:MRN 3318820⟧  CT HEAD WO  Level 1 trauma\n"
        "03:20  UNKNOWN  ⟦ID:TMP-00912⟧  CT C-SPINE WO  NEXUS positive\n"
        "03:41  ⟦PERSON:NGUYEN, MAI⟧  ⟦DATE:11/02/1931⟧  ⟦ID:MRN 1102298⟧  CTA CHEST PE, Wells 6.5\n"
        "Tech: ⟦PERSON:Brandon K.⟧",
        ("CT 2", "CT HEAD WO", "Level 1 trauma", "CT C-SPINE WO", "NEXUS", "CTA CHEST PE", "Wells 6.5"),
    ),
    (
        "us04",
        "en",
        "PowerScribe audit log excerpt (compliance review):\n"
        "⟦DATE:2024-04-02⟧ 22:17:44 user=⟦PERSON:kwhite3⟧ opened ACC ⟦ID:AC-4471982⟧ pt=⟦PERSON:Hawkins, Judith⟧\n"
        "⟦DATE:2024-04-02⟧ 22:18:10 user=⟦PERSON:kwhite3⟧ addendum signed\n"
        "Finding: break-the-glass used by ⟦PERSON:Kelly White⟧, MD, resident, justified (ED consult). "
        "Reviewer ⟦PERSON:Marcus Hill⟧, Privacy Office, x⟦PHONE:4471⟧.",
        ("PowerScribe", "break-the-glass", "addendum signed", "Privacy Office", "22:17:44", "ED consult"),
    ),
    (
        "us05",
        "en",
        "Export folder from Visage, flagged by DLP scan:\n"
        "S:\\Research\\HCC_TACE\\⟦PERSON:Sullivan_Patrick⟧_⟦ID:MRN4471120⟧_⟦DATE:03-14-2023⟧\\Series_004_Arterial\n"
        "Owner: ⟦PERSON:Priya Raman⟧ <⟦EMAIL:praman@bsd.uchicago.edu⟧>. Reminder: IRB 22-1187 requires limited data set.\n"
        "LI-RADS 5, 3.2 cm, APHE and washout. Co-I Dr. ⟦PERSON:Omar Haddad⟧, pager ⟦PHONE:773-555-0102⟧; "
        "data pull ⟦DATE:2023-03-20⟧.",
        (
            "Visage",
            "Co-I",
            "data pull",
            "HCC_TACE",
            "Series_004_Arterial",
            "IRB 22-1187",
            "LI-RADS 5",
            "APHE",
            "washout",
        ),
    ),
    (
        "us06",
        "en",
        "Patient portal share link (MyChart):\n⟦URL:https://mychart.ohsu.edu/MyChart/share?mrn=91188204&study=CT20240907&code=7Q2X⟧\n"
        "Shared by proxy ⟦PERSON:Linda Moss⟧ (daughter) for ⟦PERSON:Walter Moss⟧, ⟦AGE:97⟧, of ⟦ADDRESS:Beaverton⟧, OR. "
        "Medicare MBI ⟦ID:1EG4-TE5-MK73⟧.\nCT abdomen: sigmoid diverticulitis, Hinchey Ia.",
        ("MyChart", "proxy", "sigmoid diverticulitis", "Hinchey Ia", "CT abdomen"),
    ),
    (
        "us07",
        "en",
        "Dose Monitoring (Bayer Radimetrics) notification:\n"
        "Exam ⟦DATE:August 3, 2024⟧, ⟦PERSON:Pierce, Angela⟧, MRN ⟦ID:00661203⟧, CT ABD/PELVIS W\n"
        "CTDIvol 31.2 mGy (notification value 25), DLP 1622 mGy-cm, SSDE 28.4 mGy\n"
        "Cause: AEC off after tube warm-up; scanner Aquilion ONE, station CTMAIN1, software V10.9. "
        "Reviewed by physicist Dr. ⟦PERSON:Ravi Shah⟧.",
        (
            "Radimetrics",
            "CTDIvol 31.2 mGy",
            "DLP 1622 mGy-cm",
            "SSDE 28.4 mGy",
            "Aquilion ONE",
            "CTMAIN1",
            "V10.9",
            "AEC",
        ),
    ),
    (
        "us08",
        "en",
        "Interface error (Rhapsody):\nADT^A31 rejected: SSN mismatch. Inbound ⟦ID:412-55-0917⟧ / on file ⟦ID:412-55-0971⟧; "
        "patient ⟦PERSON:Chance, Marvin D⟧, DOB ⟦DATE:1951-12-02⟧, ⟦INSTITUTION:Vanderbilt⟧ MRN ⟦ID:V0448812⟧.\n"
        "Assigned to ⟦PERSON:tfrazier⟧ (HIM). Hold on Chance fracture follow-up imaging until merged.",
        ("Rhapsody", "ADT^A31", "SSN mismatch", "Chance fracture", "HIM", "rejected"),
    ),
    (
        "us09",
        "en",
        "Fwd email in comments:\nFrom: Dr. ⟦PERSON:Emily Carter⟧ <⟦EMAIL:ecarter AT carterortho DOT com⟧>\n"
        "Date: Tue, ⟦DATE:Feb 13, 2024⟧ at 7:52 AM\nTo: ⟦EMAIL:imaging-scheduling@atriumhealth.org⟧\n"
        "Re: ⟦PERSON:Jamal Booker⟧ DOB ⟦DATE:4/9/99⟧ - MR arthrogram R hip, ?labral tear, cam FAI, alpha angle 68.\n"
        "Office fax ⟦PHONE:704-555-0193⟧.",
        ("MR arthrogram", "labral tear", "cam FAI", "alpha angle 68", "7:52 AM"),
    ),
    (
        "us10",
        "en",
        "Requisition barcode/OCR:\n||||| ⟦ID:A00183322⟧ |||||\n⟦PERSON:GONZALEZ-REYES, MARIA DEL CARMEN⟧  F  ⟦DATE:01/30/1969⟧\n"
        "Ins: Blue Cross Blue Shield of Texas, member ⟦ID:XJH884512003⟧\n"
        "Order: MAMMO DIGITAL SCREENING BILAT W TOMO; last mammogram 2022, BI-RADS 1.\n"
        "Referring Dr. ⟦PERSON:Teresa Villanueva⟧, ⟦INSTITUTION:Valley Baptist Medical Center-Harlingen⟧, NPI ⟦ID:1942277018⟧",
        ("MAMMO DIGITAL SCREENING BILAT W TOMO", "Referring", "NPI", "BI-RADS 1", "2022", "Requisition"),
    ),
    (
        "us11",
        "en",
        "NTE segment from outside order:\nNTE|1|L|pt is ⟦AGE:92⟧ yo, lives at ⟦INSTITUTION:Brookdale Sun City⟧, "
        "contact son ⟦PERSON:Dale Parker⟧ cell ⟦PHONE:623.555.0117⟧; hx Paget disease of bone, L hip pain\n"
        "NTE|2|L|ordering ⟦PERSON:Susan Meyers⟧, NP, NPI ⟦ID:1558447120⟧",
        ("NTE|1|L|", "Paget disease", "L hip pain", "NTE|2|L|", "NP"),
    ),
    (
        "us12",
        "en",
        "PACS study-move log (nightly pre-fetch):\n"
        "MOVE ⟦ID:1.2.840.113619.2.55.3.604688433.781.1712345678.442⟧ from VNA_MAIN to PACS_TIER1 OK "
        "(⟦PERSON:Holloway^Grace⟧, ⟦ID:N00917734⟧, ⟦DATE:20231119⟧)\nMOVE failed: C-MOVE 0xA801 Move Destination unknown, "
        "AE CD_IMPORT_02\nTicket raised by ⟦PERSON:@jlee⟧ at 01:15.",
        ("VNA_MAIN", "PACS_TIER1", "C-MOVE", "0xA801", "Move Destination unknown", "CD_IMPORT_02", "01:15"),
    ),
    (
        "us13",
        "en",
        "Critical result notification (Vocera):\nCalled Dr. ⟦PERSON:Hernandez⟧ at 14:08 re Pt ⟦PERSON:Rivera, Sofia⟧ (⟦ID:MRN 7712039⟧), "
        "⟦INSTITUTION:Jackson Memorial⟧ MICU bed 12: large right MCA infarct, ASPECTS 4, midline shift 6 mm. "
        "Read back confirmed. Callback number ⟦PHONE:305-585-0188⟧ pager ⟦PHONE:2219⟧.",
        ("Vocera", "14:08", "MICU bed 12", "MCA infarct", "ASPECTS 4", "midline shift 6 mm", "Read back"),
    ),
    (
        "us14",
        "en",
        "VA imaging consult (CPRS):\nPatient ⟦PERSON:DAVIS,ROY E⟧  SSN xxx-xx-⟦ID:4417⟧  Age ⟦AGE:99⟧  "
        "Facility ⟦INSTITUTION:Bay Pines VAMC⟧\nRequesting: ⟦PERSON:GARNER,LISA M⟧ PA-C\n"
        "CT chest for Agent Orange registry f/u; prior ⟦DATE:09/2022⟧ showed 4 mm nodule, Lung-RADS 2.",
        ("CPRS", "Agent Orange", "Lung-RADS 2", "4 mm nodule", "PA-C", "CT chest"),
    ),
    (
        "us15",
        "en",
        "Scanned fax header (ingested by Kofax):\n⟦DATE:11/21/2024⟧ 09:44 FROM: ⟦INSTITUTION:Lakeview Family Medicine⟧ ⟦PHONE:(312) 555-0162⟧ "
        "TO: Radiology ⟦PHONE:(312) 555-0100⟧ P.1/3\nRe: ⟦PERSON:Kathleen Bell⟧, ⟦ADDRESS:2231 N Halsted St, Chicago⟧, IL ⟦ADDRESS:60614⟧; "
        "US thyroid, TI-RADS 4 nodule 1.8 cm, request FNA. Bell's palsy history irrelevant.",
        ("Kofax", "P.1/3", "TI-RADS 4", "1.8 cm", "FNA", "Bell's palsy", "US thyroid"),
    ),
    (
        "us16",
        "en",
        "Report sign-off (PowerScribe 360 v4.0.3):\nElectronically signed by ⟦PERSON:Anthony Russo⟧, MD on ⟦DATE:10/08/2024⟧ 16:21 EDT\n"
        "Workstation: RAD-RR-07. Dictated by resident ⟦PERSON:Meghan O'Neill⟧, MD.\n"
        "Accession ⟦ID:NYU2471103⟧; ⟦INSTITUTION:NYU Langone Orthopedic Hospital⟧.\n"
        "Impression: Schatzker II tibial plateau fracture, Segond fracture, ACL tear.\n"
        "cc: Dr. ⟦PERSON:Samuel Greene⟧ (⟦EMAIL:samuel.greene@nyulangone.org⟧), fax ⟦PHONE:212-555-0144⟧",
        (
            "PowerScribe 360 v4.0.3",
            "cc:",
            "Workstation",
            "RAD-RR-07",
            "Schatzker II",
            "Segond fracture",
            "ACL tear",
            "16:21 EDT",
        ),
    ),
)
