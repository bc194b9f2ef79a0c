"""Held-out 36, United Kingdom: 16 excerpts (English) of technical and system text carrying PHI."""
# ruff: noqa: E501 (excerpt texts are kept one source line per report line)

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "uk01",
        "en",
        "Pasted from PACS header (outside study):\n"
        "(0010,0010) PN [⟦PERSON:ASHWORTH^DEREK^JOHN⟧^^MR]\n(0010,0020) LO [⟦ID:RXH0048812⟧]\n"
        "(0010,0030) DA [⟦DATE:19500612⟧]\n(0008,0020) DA [⟦DATE:20230907⟧]\n(0008,0030) TM [154406.000]\n"
        "(0008,0080) LO [⟦INSTITUTION:Royal Sussex County Hospital⟧]\n(0008,1010) SH [CT2-ED]\n"
        "(0008,1090) LO [Revolution EVO]\n"
        "Comparison: 6 mm solid nodule right upper lobe unchanged at 12 months; Brock score 4.1 %.",
        (
            "(0010,0030)",
            "154406.000",
            "CT2-ED",
            "Revolution EVO",
            "Brock score",
            "6 mm",
            "right upper lobe",
            "12 months",
        ),
    ),
    (
        "uk02",
        "en",
        "HL7 ORM received by CRIS (line-broken):\nPID|1|⟦ID:943 476 5919⟧^^^NHS^NH|⟦ID:K1120473⟧^^^RTH^MR||"
        "⟦PERSON:O'Sullivan^Bridget^Anne⟧^^^Mrs||⟦DATE:19410321⟧|F|||⟦ADDRESS:14 Cowley Road⟧^^⟦ADDRESS:Oxford⟧^^"
        "⟦ADDRESS:OX4 1HP⟧^GBR\nPV1|1|I|Ward 7E^^^||||⟦ID:C4471203⟧^⟦PERSON:Greenwood^Alistair⟧\n"
        "OBR|1|⟦ID:RTH24-118830⟧||XCHES^XR Chest PA",
        ("CRIS", "XR Chest PA", "Ward 7E", "XCHES", "^^^NHS^NH", "^GBR"),
    ),
    (
        "uk03",
        "en",
        "Modality worklist, MRI 3 (Wednesday):\n"
        "09:10  ⟦PERSON:PATEL, Nikhil⟧  ⟦DATE:02/11/1983⟧  NHS ⟦ID:485 777 3456⟧  MRI lumbar spine\n"
        "09:40  ⟦PERSON:HUGHES, Megan⟧  ⟦DATE:17/06/2009⟧  NHS ⟦ID:401 023 2137⟧  MRI brain (paeds, 15-year-old)\n"
        "10:20  ⟦PERSON:BAKER, Ronald⟧  ⟦DATE:28/02/1948⟧  NHS ⟦ID:632 119 8840⟧  MRI knee, ?Baker's cyst\n"
        "Radiographer note: Mr ⟦PERSON:Baker⟧ has a Medtronic Azure pacemaker, MR Conditional, cardiac physiologist booked.\n"
        "Booked by ⟦PERSON:Kerry Nash⟧ (⟦EMAIL:kerry.nash@nhs.net⟧) on ⟦DATE:28/08/2024⟧.",
        (
            "MRI 3",
            "Booked by",
            "cardiac physiologist",
            "MRI lumbar spine",
            "15-year-old",
            "Baker's cyst",
            "Medtronic Azure",
            "MR Conditional",
            "09:10",
        ),
    ),
    (
        "uk04",
        "en",
        "CRIS audit trail (Caldicott request):\n"
        "⟦DATE:03-Jun-2024⟧ 14:22:07  ⟦PERSON:JSMITH14⟧  Viewed event  Hosp No ⟦ID:D0338812⟧  ⟦PERSON:Fletcher, Amy⟧\n"
        "⟦DATE:03-Jun-2024⟧ 14:25:51  ⟦PERSON:JSMITH14⟧  Printed report  Hosp No ⟦ID:D0338812⟧\n"
        "Outcome: access by ⟦PERSON:Jordan Smith⟧ (band 4, appointments) justified by booking query. "
        "Reviewed by Caldicott Guardian Dr ⟦PERSON:Helen Markham⟧.",
        ("Caldicott", "Viewed event", "Printed report", "band 4", "14:22:07", "Caldicott Guardian"),
    ),
    (
        "uk05",
        "en",
        "Image Exchange Portal transfer log:\nIEP job ⟦ID:IEP-7718203⟧ from ⟦INSTITUTION:Leeds Teaching Hospitals⟧ to "
        "⟦INSTITUTION:The Walton Centre⟧\nPatient ⟦PERSON:Kowalczyk, Tomasz⟧ NHS ⟦ID:919 448 7013⟧ DOB ⟦DATE:1 Jan 1972⟧\n"
        "Studies: CT head 2x, CTA COW. Status: Completed 02:51. Requested by SpR Dr ⟦PERSON:Ifeoma Okafor⟧, bleep ⟦PHONE:2241⟧.",
        ("Image Exchange Portal", "IEP", "CTA COW", "Completed 02:51", "SpR", "CT head 2x"),
    ),
    (
        "uk06",
        "en",
        "Export path from research PACS (flagged by IG):\n"
        "/data/xnat/archive/LUNGSCREEN/⟦ID:4857773456⟧_⟦PERSON:McLean_Fiona⟧/⟦DATE:2024_02_19⟧/scans/2-Chest_1mm/DICOM\n"
        "Please re-export under subject code LSC-0421 only. Contact ⟦EMAIL:fiona.rae2@nhs.net⟧ (⟦PERSON:Fiona Rae⟧, IG lead).\n"
        "Finding: Lung-RADS 3, 7 mm part-solid nodule.",
        ("xnat", "LUNGSCREEN", "2-Chest_1mm", "LSC-0421", "Lung-RADS 3", "part-solid", "IG lead"),
    ),
    (
        "uk07",
        "en",
        "CHI lookup result (NHS Lothian):\nCHI ⟦ID:0503461234⟧  ⟦PERSON:Agnes Fairbairn⟧  age ⟦AGE:101⟧  "
        "⟦ADDRESS:Flat 2F1, 18 Marchmont Crescent, Edinburgh EH9 1HN⟧\nGP: ⟦INSTITUTION:Meadows Medical Practice⟧, "
        "tel ⟦PHONE:0131 667 2210⟧\nIndication: NOF fracture? XR hip: intertrochanteric fracture, Shenton's line disrupted.",
        ("CHI lookup", "NOF fracture", "XR hip", "intertrochanteric", "Shenton's line"),
    ),
    (
        "uk08",
        "en",
        "Dose report (Radimetrics) - alert\nPatient: Mr ⟦PERSON:Kevin Doherty⟧  MRN ⟦ID:RVJ8813307⟧  Exam ⟦DATE:12/03/2024⟧\n"
        "Protocol: CT CAP Venous Trauma; CTDIvol 15.6 mGy; DLP 1184 mGy.cm; DRL exceeded (IRMER local DRL 940).\n"
        "Reason recorded by ⟦PERSON:Claire Whitmore⟧ (radiographer): arms down, morbid obesity.",
        ("Radimetrics", "CT CAP Venous Trauma", "CTDIvol 15.6 mGy", "DLP 1184 mGy.cm", "IRMER", "DRL 940", "arms down"),
    ),
    (
        "uk09",
        "en",
        "Email thread pasted into RIS comment:\nFrom: ⟦PERSON:Price, Gareth⟧ <⟦EMAIL:gareth.price3@wales.nhs.uk⟧>\n"
        "Sent: ⟦DATE:14 October 2024⟧ 16:05\nTo: ⟦EMAIL:CAV.RadiologyBookings@wales.nhs.uk⟧\n"
        "Subject: urgent MRCP - ⟦PERSON:Rhiannon Jenkins⟧ ⟦ID:G227183⟧\n"
        "Please expedite; ?Mirizzi syndrome, bilirubin 88. Thanks, ⟦PERSON:Gareth⟧ (ext ⟦PHONE:43129⟧)\n"
        "Reply: booked ⟦DATE:16/10⟧ 08:30, secretin not available. ⟦PERSON:Bethan⟧, ⟦INSTITUTION:UHW⟧ bookings, ⟦PHONE:029 2074 7747⟧",
        ("MRCP", "secretin", "08:30", "Mirizzi syndrome", "bilirubin 88", "16:05", "Subject:"),
    ),
    (
        "uk10",
        "en",
        "Wristband scan (barcode read at CT):\n⟦ID:RBA 0117742⟧ | ⟦PERSON:DE SOUZA, MARCELO⟧ | DOB ⟦DATE:09.09.1964⟧ | "
        "NHS ⟦ID:4440113285⟧\nAllergy: iodinated contrast - moderate. Premedication per RCR guideline; "
        "CT pulmonary angiogram performed with Omnipaque 350, 60 mL.",
        ("Wristband", "RCR", "CT pulmonary angiogram", "Omnipaque 350", "60 mL", "iodinated contrast"),
    ),
    (
        "uk11",
        "en",
        "Night teleradiology request (Everlight):\nSite: ⟦INSTITUTION:Tameside General⟧, requester Dr ⟦PERSON:Sam Parkinson⟧ "
        "(FY2), mobile ⟦PHONE:07700 900461⟧\nPt ⟦PERSON:Terence Hall⟧, ⟦AGE:94⟧y, from ⟦INSTITUTION:Beechwood Care Home⟧\n"
        "CT head: no acute haemorrhage; Parkinson's disease noted; Fazekas 3 white matter change. Reported 03:17.",
        ("Everlight", "FY2", "CT head", "Parkinson's disease", "Fazekas 3", "03:17", "white matter"),
    ),
    (
        "uk12",
        "en",
        "Link sent to GP via AccuRx:\n⟦URL:https://imagelink.uhb.nhs.uk/share?nhs=6011478820&surname=Lamb&exp=20241130⟧\n"
        "Recipient ⟦INSTITUTION:Harborne Medical Practice⟧, ⟦EMAIL:harborne.mp@nhs.net⟧. Patient ⟦PERSON:Gordon Lamb⟧, "
        "⟦ADDRESS:Birmingham B17⟧. US abdomen: gallstones, no Murphy's sign, CBD 5 mm.\n"
        "Link viewed ⟦DATE:21 Nov 2024⟧ 12:03 from IP ⟦ID:86.14.203.77⟧.",
        ("AccuRx", "Link viewed", "12:03", "Murphy's sign", "CBD 5 mm", "US abdomen", "gallstones"),
    ),
    (
        "uk13",
        "en",
        "PACS error queue:\n"
        "ERROR 0x0122 SOP Class not supported - AE US05_ED - PatientName ⟦PERSON:Shepherd^Lily⟧ - "
        "PatientID ⟦ID:WAR334109⟧ - StudyDate ⟦DATE:20240718⟧\n"
        "Cause: Philips EPIQ 7 sending SR with vendor private tags. Raised with ⟦PERSON:Ahmed Qureshi⟧ (PACS team, "
        "⟦EMAIL:pacs.team@uhcw.nhs.uk⟧).",
        ("SOP Class not supported", "0x0122", "US05_ED", "Philips EPIQ 7", "private tags", "PACS team"),
    ),
    (
        "uk14",
        "en",
        "MDT list export (Lung MDT, Thursday ⟦DATE:5th September 2024⟧):\n"
        "1. ⟦PERSON:Margaret Frost⟧, ⟦ID:M554201⟧ - PET-CT SUVmax 9.2, T2aN2M0, EBUS booked\n"
        "2. ⟦PERSON:Frank Love⟧, ⟦ID:M554288⟧ - 14 mm nodule, Herder 71 %, for CT-guided biopsy\n"
        "3. ⟦PERSON:Hugh Summers⟧, ⟦ID:M554301⟧, ⟦AGE:90⟧ - Pancoast tumour, for palliative RT\n"
        "Dial-in: ⟦URL:https://nhs.zoom.us/j/98811203341?pwd=LungMDT2024⟧\n"
        "Coordinator: ⟦PERSON:Denise Couch⟧, ext ⟦PHONE:5527⟧.",
        (
            "Lung MDT",
            "Pancoast tumour",
            "palliative RT",
            "SUVmax 9.2",
            "T2aN2M0",
            "EBUS",
            "Herder 71 %",
            "14 mm nodule",
            "CT-guided biopsy",
        ),
    ),
    (
        "uk15",
        "en",
        "Datix incident extract:\nIncident ⟦ID:W118823⟧, ⟦DATE:22/04/2024⟧ 11:40, CT department, ⟦INSTITUTION:Ninewells⟧\n"
        "Wrong patient scanned: ⟦PERSON:Isla Grant⟧ (CHI ⟦ID:1207893341⟧) instead of ⟦PERSON:Isla Grant⟧ (CHI ⟦ID:2511901288⟧); "
        "identified at second ID check. IRMER notification to HIS considered.",
        ("Datix", "Wrong patient", "CT department", "second ID check", "IRMER", "11:40"),
    ),
    (
        "uk16",
        "en",
        "Report footer (RIS template):\nReported by: Dr ⟦PERSON:Oluwaseun Adeyemi⟧ MRCP FRCR, Consultant Radiologist, "
        "GMC ⟦ID:7045123⟧\nVerified: ⟦DATE:2024-09-11⟧T16:02\nAccession: ⟦ID:BHR4412870⟧\n"
        "Copy to: Mr ⟦PERSON:Paul Keane⟧, Consultant Urologist, ⟦INSTITUTION:Queen's Hospital Romford⟧\n"
        "Bosniak 3 cyst left kidney; partial nephrectomy to be considered.",
        ("FRCR", "Consultant Radiologist", "Bosniak 3", "partial nephrectomy", "Consultant Urologist", "T16:02"),
    ),
)
