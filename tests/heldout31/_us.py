# ruff: noqa: E501
"""Held-out 31, United States: marked excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

US: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "us01",
        "en",
        """WORKERS' COMPENSATION – RADIOLOGY REPORT
Claimant: ⟦PERSON:Guadalupe Ramírez-Ochoa⟧  DOB: ⟦DATE:04/17/1979⟧  Claim #: ⟦ID:WC-25-0447812⟧  DOI: ⟦DATE:02/26/2025⟧
Employer: ⟦INSTITUTION:Valley Fresh Packing Co.⟧, ⟦ADDRESS:Salinas, CA⟧ · Carrier: State Compensation Insurance Fund · Adjuster: ⟦PERSON:Brent Kowalski⟧, ⟦PHONE:(831) 555-0188⟧ x ⟦PHONE:2204⟧
Mechanism: repetitive lifting of 40 lb boxes on the packing line.
MRI LUMBAR SPINE WITHOUT CONTRAST: L4-L5 broad-based disc protrusion with annular fissure (high-intensity zone), moderate left foraminal stenosis; L5-S1 Modic type 2 endplate change. No spondylolysis.
Interpreted by: ⟦PERSON:Dennis Vo⟧, MD, ⟦INSTITUTION:Central Coast Imaging Partners⟧""",
        (
            "annular fissure",
            "high-intensity zone",
            "L4-L5",
            "Modic type 2",
            "foraminal stenosis",
            "spondylolysis",
            "40 lb",
            "packing line",
            "MRI LUMBAR SPINE WITHOUT CONTRAST",
            "endplate change",
        ),
    ),
    (
        "us02",
        "en",
        """⟦INSTITUTION:Walter Reed National Military Medical Center⟧ – Department of Radiology
Patient: SSG ⟦PERSON:Marcus T. Delacroix⟧, USA · DoD ID ⟦ID:1298844716⟧ · FMP 20 · Unit: ⟦INSTITUTION:1st Battalion, 75th Ranger Regiment⟧, ⟦ADDRESS:Hunter Army Airfield, GA⟧
Requested by: MAJ ⟦PERSON:Aisha Qureshi⟧, MC · DSN ⟦PHONE:295-4410⟧
Exam ⟦DATE:20250312⟧ MRI BRAIN TBI PROTOCOL (SWI, DTI): 4 punctate microhemorrhages at the gray-white junction of the right frontal lobe, consistent with diffuse axonal injury after blast exposure. No contusion.
Dictated by LCDR ⟦PERSON:Stephen Aboagye⟧, MC, USN""",
        (
            "TBI PROTOCOL",
            "SWI",
            "DTI",
            "4 punctate microhemorrhages",
            "gray-white junction",
            "diffuse axonal injury",
            "blast exposure",
            "FMP 20",
            "MRI BRAIN",
            "right frontal lobe",
        ),
    ),
    (
        "us03",
        "en",
        """⟦INSTITUTION:California Department of Corrections and Rehabilitation⟧ – ⟦INSTITUTION:Pelican Bay State Prison⟧ · Outside medical referral
Inmate: ⟦PERSON:TRAN, Minh Khoa⟧  CDCR # ⟦ID:BH-4471⟧ · housing unit D-5 · custody level IV
Transport: 2 officers, full restraints. Appointment ⟦INSTITUTION:Sutter Coast Hospital⟧ ⟦DATE:03/05/2025⟧ 0830.
CT chest w/ contrast: cavitary lesion RUL 2.8 cm with tree-in-bud nodules – active TB must be excluded; airborne isolation on return. No hilar adenopathy.
PCP: ⟦PERSON:Nnamdi Eze⟧, DO · ⟦INSTITUTION:CCHCS⟧ phone ⟦PHONE:(707) 555-0143⟧""",
        (
            "tree-in-bud",
            "cavitary lesion",
            "RUL",
            "2.8 cm",
            "airborne isolation",
            "full restraints",
            "custody level IV",
            "0830",
            "housing unit D-5",
            "active TB",
        ),
    ),
    (
        "us04",
        "en",
        """⟦INSTITUTION:Office of the Chief Medical Examiner of Maryland⟧ (⟦INSTITUTION:OCME⟧), ⟦ADDRESS:Baltimore⟧ – postmortem imaging
ME case no. ⟦ID:25-01877⟧ · Police case ⟦ID:BPD 25C004418⟧ (⟦INSTITUTION:Baltimore Police Department⟧, Det. ⟦PERSON:Keisha Lamb⟧)
Decedent: ⟦PERSON:Esther Goldfarb⟧, ⟦AGE:94⟧ y/o F, found at residence ⟦ADDRESS:3307 Rogers Ave, Baltimore, MD 21215⟧ on ⟦DATE:January 9, 2025⟧
Full-body CT: displaced fracture of the left superior horn of the thyroid cartilage and right greater cornu of the hyoid; no intracranial hemorrhage. Hip prosthesis (serial ⟦ID:ZB-00441937⟧) used for identification.
Pathologist: ⟦PERSON:Rafael Ortiz-Beltrán⟧, MD""",
        (
            "thyroid cartilage",
            "greater cornu",
            "hyoid",
            "Hip prosthesis",
            "Full-body CT",
            "intracranial hemorrhage",
            "postmortem imaging",
            "superior horn",
            "ME case no.",
            "for identification",
        ),
    ),
    (
        "us05",
        "en",
        """Child Protection Team consult – ⟦INSTITUTION:Children's Hospital Colorado⟧
Patient: ⟦PERSON:Jayden Little Bear⟧, 5 months, MRN ⟦ID:C01884410⟧
Mother ⟦PERSON:Shaylee Little Bear⟧; father ⟦PERSON:Cody Hartman⟧ (no contact order). Grandmother ⟦PERSON:Loretta⟧ is the safety plan caregiver.
CPS caseworker ⟦PERSON:Monique Sutherland⟧, ⟦INSTITUTION:Denver Human Services⟧, intake ⟦ID:2025-CW-18874⟧; Det. ⟦PERSON:Oyelaran⟧, Crimes Against Children Unit
Skeletal survey (ACR–SPR) ⟦DATE:4/2/25⟧: healing right posterior 9th and 10th rib fractures, corner fracture distal left tibia. MRI C-spine: no ligamentous injury. Repeat survey in 2 weeks.
Attending: ⟦PERSON:Miriam Osterhout⟧, MD""",
        (
            "Skeletal survey",
            "ACR–SPR",
            "corner fracture",
            "5 months",
            "2 weeks",
            "ligamentous injury",
            "safety plan",
            "no contact order",
            "rib fractures",
            "Repeat survey",
        ),
    ),
    (
        "us06",
        "en",
        """ED trauma note – ⟦INSTITUTION:Harborview Medical Center⟧ (Level I)
⟦DATE:06/14/2025⟧ 23:41 – MVC: unrestrained driver, rollover on ⟦ADDRESS:I-90 near North Bend, WA⟧; vehicle WA plate ⟦ID:CBM4471⟧, VIN ⟦ID:1FTEW1EP4KFA18827⟧
Transport by ⟦INSTITUTION:Airlift Northwest⟧. ⟦INSTITUTION:WSP⟧ collision report ⟦ID:E1188274⟧, trooper ⟦PERSON:Halvorsen⟧.
Patient: ⟦PERSON:Alejandro "Alex" Ibáñez⟧, 19 y/o M
Pan-scan: C2 hangman's fracture (Levine-Edwards II), bilateral pulmonary contusions, grade III splenic laceration with active extravasation → IR embolization. Seat-belt sign absent. BAC pending.
Contact: roommate ⟦PERSON:Tyler Nguyen⟧ ⟦PHONE:206-555-0119⟧""",
        (
            "hangman's fracture",
            "Levine-Edwards II",
            "Pan-scan",
            "IR embolization",
            "Seat-belt sign",
            "19 y/o",
            "23:41",
            "pulmonary contusions",
            "MVC",
            "rollover",
        ),
    ),
    (
        "us07",
        "en",
        """⟦INSTITUTION:Kessler Institute for Rehabilitation⟧ – ⟦ADDRESS:West Orange⟧ campus – Radiology consult
Patient: ⟦PERSON:Kalani Kealoha⟧, Medicare MBI ⟦ID:1EG4-TE5-MK72⟧, admitted ⟦DATE:02/03/2025⟧ after SCI
Referring physiatrist: ⟦PERSON:Rebecca Feldman⟧, DO; PT ⟦PERSON:Jordan⟧ reports new right thigh swelling.
Duplex US right leg: occlusive DVT of the femoral and popliteal veins. Plain film thigh: early heterotopic ossification anterior to the hip, Brooker I.
Injury: C6 ASIA Impairment Scale B after diving accident at ⟦ADDRESS:Point Pleasant Beach, NJ⟧.""",
        (
            "occlusive DVT",
            "popliteal",
            "heterotopic ossification",
            "Brooker I",
            "ASIA Impairment Scale B",
            "C6",
            "diving accident",
            "Duplex US",
            "SCI",
            "right thigh swelling",
        ),
    ),
    (
        "us08",
        "en",
        """Mobile X-ray order – ⟦INSTITUTION:Portable Diagnostics of Ohio⟧
Facility: ⟦INSTITUTION:Maple Grove Skilled Nursing & Rehab⟧, ⟦ADDRESS:2210 W Broad St, Columbus, OH 43204⟧, Unit 2 East, Rm 214B
Resident: ⟦PERSON:Dolores Szymanski⟧, ⟦AGE:101⟧ y/o, Medicaid # ⟦ID:110448219733⟧
POA: son ⟦PERSON:Richard Szymanski⟧ ⟦PHONE:614-555-0172⟧; hospice ⟦INSTITUTION:Ohio's Hospice of Central Ohio⟧
Ordered by ⟦PERSON:Kimberly Oduya⟧, APRN, 0715; tech ⟦PERSON:R. Estrada⟧ on site 1020.
2 views left hip: impacted subcapital femoral neck fracture, Garden I. Diffuse osteopenia. Lumbar levoscoliosis.""",
        (
            "Mobile X-ray",
            "Unit 2 East",
            "Rm 214B",
            "Garden I",
            "subcapital femoral neck fracture",
            "levoscoliosis",
            "0715",
            "2 views",
            "impacted",
            "Diffuse osteopenia",
        ),
    ),
    (
        "us09",
        "en",
        """SUPERBILL / CLAIM DETAIL – ⟦INSTITUTION:Lakeshore Radiology Associates, PC⟧
Billing NPI ⟦ID:1467583920⟧ · TIN ⟦ID:36-4418827⟧ · Patient acct ⟦ID:LRA-0092214⟧
Patient: ⟦PERSON:Haile, Selamawit⟧  DOB ⟦DATE:1988-12-09⟧  Member ID ⟦ID:XJH884417201⟧ (Blue Cross Blue Shield of Illinois)
DOS ⟦DATE:03/21/2025⟧
CPT 74177  CT abdomen & pelvis w/ contrast   $1,240.00  ICD-10 R10.31
CPT 76705  US abdomen limited               $  310.00  ICD-10 R10.31
CPT Q9967  LOCM 300-399 mg/ml iodine, 100 ml $   58.00
Modifier 26 for professional component. Remit to ⟦ADDRESS:PO Box 88412, Chicago, IL 60680⟧.""",
        (
            "CPT 74177",
            "CPT 76705",
            "CPT Q9967",
            "R10.31",
            "Modifier 26",
            "$1,240.00",
            "LOCM 300-399",
            "professional component",
            "SUPERBILL",
            "US abdomen limited",
        ),
    ),
    (
        "us10",
        "en",
        """PAST DUE – SECOND NOTICE
⟦INSTITUTION:Desert Sky Imaging⟧ Patient Financial Services
Statement date ⟦DATE:May 1, 2025⟧ · Guarantor: ⟦PERSON:Ngozi Adewale-Brooks⟧ · Account ⟦ID:DSI-771832⟧
Service ⟦DATE:01/14/2025⟧ – MRI shoulder w/o contrast. Insurance paid $312.40; patient responsibility (deductible) $488.60 now 90 days past due.
To avoid referral to collections, pay online at ⟦URL:https://pay.desertskyimaging.com/portal⟧ or call ⟦PHONE:(602) 555-0144⟧ Mon–Fri 8am–5pm MST. Ask for ⟦PERSON:Veronica⟧.""",
        (
            "SECOND NOTICE",
            "MRI shoulder w/o contrast",
            "$488.60",
            "90 days past due",
            "deductible",
            "Patient Financial Services",
            "Mon–Fri 8am–5pm MST",
            "collections",
            "PAST DUE",
            "Statement date",
        ),
    ),
    (
        "us11",
        "en",
        """Text reminders sent (Twilio log)
⟦DATE:2025-07-08⟧ 14:00:12 +1 ⟦PHONE:(312) 555-0163⟧ "Hi ⟦PERSON:Dimitra⟧! Reminder: mammogram at ⟦INSTITUTION:Northshore Women's Imaging⟧ Thu ⟦DATE:7/10⟧ 7:45 AM. No deodorant. Reply C to confirm, R to reschedule."
⟦DATE:2025-07-08⟧ 14:00:14 +1 ⟦PHONE:(773) 555-0108⟧ "Reminder for ⟦PERSON:Tomasz⟧: CT calcium score, ⟦INSTITUTION:Northshore Heart Imaging⟧, ⟦ADDRESS:1800 Central St, Evanston⟧, ⟦DATE:7/11⟧ 10:30 AM. Avoid caffeine 4 hrs prior."
status: delivered (2), opt-out (0)""",
        (
            "Twilio",
            "mammogram",
            "No deodorant",
            "Reply C to confirm",
            "CT calcium score",
            "Avoid caffeine",
            "7:45 AM",
            "opt-out",
            "Text reminders",
            "10:30 AM",
        ),
    ),
    (
        "us12",
        "en",
        """FAX COVER – REFERRAL  (sent by front desk)
To: ⟦INSTITUTION:Summit Open MRI⟧ Scheduling  Fax ⟦PHONE:(404) 555-0175⟧
From: ⟦INSTITUTION:Peachtree Family Medicine⟧, ⟦PERSON:Kenisha⟧ (front desk)  Ph ⟦PHONE:(404) 555-0132⟧ ext ⟦PHONE:17⟧
Pt: ⟦PERSON:Berhane Tesfaye⟧ DOB ⟦DATE:10/02/1962⟧ Ph ⟦PHONE:(678) 555-0190⟧
Ins: Aetna PPO, ID ⟦ID:W2884417730⟧, prior auth # ⟦ID:PA-55182204⟧
Order: MRI cervical spine w/o, dx M50.12, radiculopathy C6. Ordering provider ⟦PERSON:Hyun-woo Park⟧, MD, NPI ⟦ID:1902847716⟧.
Pt is claustrophobic – open MRI please, may need Valium. Pages: 3 including cover.""",
        (
            "FAX COVER",
            "M50.12",
            "radiculopathy",
            "open MRI",
            "claustrophobic",
            "Valium",
            "Pages: 3",
            "MRI cervical spine",
            "Scheduling",
            "prior auth",
        ),
    ),
    (
        "us13",
        "en",
        """⟦INSTITUTION:RadPoint Imaging Network⟧ – ⟦INSTITUTION:Tampa Bay Diagnostic Center⟧
Patient: ⟦PERSON:Maria Elena Santos-Reyes⟧  MRN ⟦ID:TB0044718⟧  Acc ⟦ID:2503180041⟧
Referring: ⟦PERSON:Rolando Dumapit⟧, MD  ·  cc: ⟦PERSON:Leah Weinstein⟧, PA-C
CT CHEST LOW-DOSE LUNG CANCER SCREENING ⟦DATE:3/18/2025⟧ (SOMATOM go.Top): 3 solid nodules, largest 7 mm RLL (image 142). Lung-RADS 3. Emphysema, centrilobular, mild. Coronary calcification.
ADDENDUM ⟦DATE:3/19/2025⟧: comparison with outside CT from ⟦INSTITUTION:St. Joseph's Hospital⟧ (2022) shows the 7 mm nodule was 6 mm; category unchanged. – ⟦PERSON:Olumide Bankole⟧, MD""",
        (
            "Lung-RADS 3",
            "SOMATOM go.Top",
            "3 solid nodules",
            "7 mm",
            "RLL",
            "image 142",
            "centrilobular",
            "Coronary calcification",
            "ADDENDUM",
            "category unchanged",
        ),
    ),
    (
        "us14",
        "en",
        """SUBPOENA DUCES TECUM – records request
⟦INSTITUTION:Superior Court of Arizona, Maricopa County⟧, case no. ⟦ID:CR2025-004471-001⟧, State v. ⟦PERSON:Reginald Pruitt⟧
Requesting party: ⟦PERSON:Allison Mercer⟧, Deputy County Attorney, ⟦EMAIL:amercer@mcao.maricopa.gov⟧
Records sought: all imaging of victim ⟦PERSON:Farhiya Abdullahi⟧ (DOB ⟦DATE:08/08/2001⟧) at ⟦INSTITUTION:Valleywise Health Medical Center⟧ from ⟦DATE:02/01/2025⟧ to present, incl. CT face.
Release of Information note (⟦PERSON:jmorales2⟧): CT face showed bilateral nasal bone and left zygomaticomaxillary complex (tripod) fractures; HIPAA 164.512(e) applies; certified copy and DICOM CD sent by courier.""",
        (
            "SUBPOENA DUCES TECUM",
            "zygomaticomaxillary complex",
            "tripod",
            "nasal bone",
            "164.512(e)",
            "DICOM CD",
            "Release of Information",
            "CT face",
            "Records sought",
            "certified copy",
        ),
    ),
    (
        "us15",
        "en",
        """U.S. Department of Labor – OWCP (FECA) – attending physician's report, form CA-20
Claimant: ⟦PERSON:Thanh Huong Pham⟧, city letter carrier, ⟦INSTITUTION:Oakland Main Post Office⟧; OWCP file no. ⟦ID:132447781⟧
Date of injury ⟦DATE:11/18/2024⟧ – dog bite and fall on steps at ⟦ADDRESS:4471 Fruitvale Ave, Oakland, CA⟧.
Supervisor: ⟦PERSON:Gloria Encarnación⟧, ⟦PHONE:510-555-0127⟧
MRI right wrist (⟦DATE:Dec 9, 2024⟧): scapholunate ligament tear with DISI, SL interval 4 mm (Terry Thomas sign); TFCC Palmer 1A tear.
Physician: ⟦PERSON:Samuel Okonkwo⟧, MD, hand surgery, ⟦INSTITUTION:Kaiser Permanente Oakland Medical Center⟧""",
        (
            "CA-20",
            "scapholunate ligament",
            "DISI",
            "Terry Thomas sign",
            "Palmer 1A",
            "TFCC",
            "SL interval 4 mm",
            "letter carrier",
            "hand surgery",
            "dog bite",
        ),
    ),
    (
        "us16",
        "en",
        """Line-of-duty injury – ⟦INSTITUTION:NYPD Medical Division⟧ referral to ⟦INSTITUTION:NYC Health + Hospitals/Bellevue⟧
Member: P.O. ⟦PERSON:Kevin Mulcahy-Ruiz⟧, Shield # ⟦ID:18842⟧, Tax Reg. # ⟦ID:947713⟧, ⟦INSTITUTION:75th Precinct⟧
Incident ⟦DATE:04/27/2025⟧, 02:15 – struck by fleeing vehicle (NY plate ⟦ID:KTZ-4418⟧), complaint # ⟦ID:2025-075-004418⟧
Surgeon: Dr. ⟦PERSON:Fiona Gallagher⟧, District Surgeon; partner Sgt. ⟦PERSON:Luis Feliciano⟧ accompanying.
XR right knee 3 views and CT: Schatzker II lateral tibial plateau fracture, 6 mm depression; fibular head intact. Lipohemarthrosis (fat-fluid level).
Family notified: wife ⟦PERSON:Jessica⟧, ⟦PHONE:(718) 555-0151⟧""",
        (
            "Schatzker II",
            "lateral tibial plateau",
            "6 mm depression",
            "Lipohemarthrosis",
            "fat-fluid level",
            "02:15",
            "fibular head",
            "3 views",
            "Line-of-duty injury",
            "Member",
        ),
    ),
)
