# ruff: noqa: E501
"""Held-out 31, United Kingdom: marked excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

UK: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "uk01",
        "en",
        """⟦INSTITUTION:Meridian Imaging Centres⟧ – ⟦INSTITUTION:Harley Street Diagnostic Suite⟧
⟦ADDRESS:118 Harley Street, London W1G 7JJ⟧ · T ⟦PHONE:020 7935 4410⟧ · ⟦EMAIL:bookings@meridianimaging.co.uk⟧
Patient: ⟦PERSON:Xuereb-Andrade, Sofia⟧ · DOB ⟦DATE:02/09/1983⟧ · Ref ⟦ID:MIC-0447381⟧ · Self-pay
Referrer: Mr ⟦PERSON:Tobias Whitlock⟧ FRCS (Orth), ⟦INSTITUTION:The London Knee Clinic⟧
MRI RIGHT KNEE (1.5 T, Optima MR450w), ⟦DATE:18 March 2025⟧
Complex tear of the posterior horn of the medial meniscus with a parameniscal cyst (9 mm). Grade 2 chondral loss medial femoral condyle (ICRS). Baker's cyst 32 mm. ACL and PCL intact.
Reported by Dr ⟦PERSON:Priya Raghunathan⟧ FRCR, GMC ⟦ID:7034815⟧""",
        (
            "Optima MR450w",
            "parameniscal cyst",
            "ICRS",
            "Baker's cyst",
            "32 mm",
            "9 mm",
            "medial femoral condyle",
            "Self-pay",
            "posterior horn",
            "chondral loss",
        ),
    ),
    (
        "uk02",
        "en",
        """Industrial Injuries Disablement Benefit – medical evidence request (DWP)
Claimant: Mr ⟦PERSON:Desmond O'Halloran⟧, NI number ⟦ID:JR 44 81 27 C⟧, DOB ⟦DATE:11.04.1949⟧
Address: ⟦ADDRESS:27 Shipyard Terrace, Wallsend NE28 6JY⟧
Prescribed disease D3 (diffuse mesothelioma); former boilermaker at ⟦INSTITUTION:Swan Hunter⟧ 1966–1993.
CT chest with contrast, ⟦INSTITUTION:North Tyneside General Hospital⟧, ⟦DATE:7th February 2025⟧: nodular right pleural thickening encasing the lung with volume loss, calcified pleural plaques bilaterally, no ILO category 1/1 parenchymal change.
DWP reference ⟦ID:IIDB/NE/0932217⟧. Contact: case manager ⟦PERSON:Lorraine Beattie⟧, ⟦PHONE:0800 121 8379⟧""",
        (
            "Prescribed disease D3",
            "mesothelioma",
            "boilermaker",
            "1966–1993",
            "pleural plaques",
            "ILO category 1/1",
            "volume loss",
            "pleural thickening",
            "Claimant",
            "CT chest with contrast",
        ),
    ),
    (
        "uk03",
        "en",
        """⟦INSTITUTION:Defence Medical Rehabilitation Centre Stanford Hall⟧ – Complex Trauma Rehabilitation
Patient: Cpl ⟦PERSON:Tavita Ratumaiyale⟧, Service No ⟦ID:30184429⟧, ⟦INSTITUTION:2nd Battalion The Rifles⟧
Referred by Surg Lt Cdr ⟦PERSON:Hannah Pryce-Jones⟧, ⟦INSTITUTION:Regional Rehabilitation Unit Catterick⟧, ⟦EMAIL:hannah.pryce-jones100@mod.gov.uk⟧
Admission ⟦DATE:06/01/2025⟧. Left transtibial amputation following IED blast (2023), heterotopic ossification at the residual limb.
Radiographs left residual limb: mature heterotopic ossification 38 mm along the posterior tibia, no osteomyelitis. Bone bridge (Ertl procedure) united.
DMRC radiology contact: ⟦PHONE:01509 283 110⟧""",
        (
            "transtibial amputation",
            "heterotopic ossification",
            "38 mm",
            "Ertl procedure",
            "residual limb",
            "IED",
            "Bone bridge",
            "osteomyelitis",
            "Complex Trauma Rehabilitation",
            "posterior tibia",
        ),
    ),
    (
        "uk04",
        "en",
        """Healthcare Department, ⟦INSTITUTION:HMP Wandsworth⟧ – escorted hospital appointment
Prisoner: ⟦PERSON:Osei-Bonsu, Kwame⟧, prison number ⟦ID:A4418DK⟧, DOB ⟦DATE:1991-12-03⟧
Escort: 2 officers, double-cuffed; bed watch not required. Escort contractor ⟦INSTITUTION:GEOAmey⟧.
Appointment at ⟦INSTITUTION:St George's Hospital⟧ Radiology, Tue ⟦DATE:11 Mar 2025⟧ 09:30.
CT abdomen: swallowed foreign body (razor blade wrapped in tape) in the gastric antrum, no perforation, no free gas.
Prison GP: Dr ⟦PERSON:Eitan Shapiro⟧; healthcare manager ⟦PERSON:Moira⟧, ext ⟦PHONE:4471⟧""",
        (
            "double-cuffed",
            "bed watch",
            "gastric antrum",
            "free gas",
            "09:30",
            "razor blade",
            "swallowed foreign body",
            "perforation",
            "Escort",
            "CT abdomen",
        ),
    ),
    (
        "uk05",
        "en",
        """⟦INSTITUTION:Inner North London Coroner's Court⟧ – request for post-mortem CT (PMCT) in lieu of invasive autopsy
Deceased: ⟦PERSON:Zsuzsanna Bíró⟧, aged ⟦AGE:92⟧, of ⟦ADDRESS:Flat 3, 41 Caledonian Road, London N1 9DX⟧
Date of death: ⟦DATE:23/02/2025⟧. Coroner's ref ⟦ID:INL/25/0718⟧; ⟦INSTITUTION:Met Police⟧ CAD ⟦ID:CAD 4471/23FEB25⟧
Coroner's officer: ⟦PERSON:Dean Mulholland⟧, ⟦PHONE:020 7837 7022⟧
PMCT (iGene protocol): fracture of the left neck of femur with haematoma; large right MCA territory infarct; no skull fracture; 3 rib fractures consistent with CPR.
Radiologist: Dr ⟦PERSON:Olamide Adeyemi⟧""",
        (
            "PMCT",
            "iGene",
            "neck of femur",
            "MCA territory",
            "CPR",
            "3 rib fractures",
            "invasive autopsy",
            "haematoma",
            "Deceased",
            "no skull fracture",
        ),
    ),
    (
        "uk06",
        "en",
        """Safeguarding – skeletal survey report (RCR/SCoR standard)
Child: ⟦PERSON:Amara-Rose Okafor⟧, 11 weeks, NHS No ⟦ID:485 777 3456⟧
Mother ⟦PERSON:Chiamaka Okafor⟧, mother's partner ⟦PERSON:Liam "Lee" Burridge⟧; home ⟦ADDRESS:Bristol⟧
Allocated social worker: ⟦PERSON:Fatima Begum⟧, ⟦INSTITUTION:Bristol City Council Children's Services⟧, ⟦PHONE:0117 903 6444⟧
Initial survey ⟦DATE:10/04/2025⟧: posterior rib fractures left 6–8 with early callus; classic metaphyseal lesions both distal femora. CT head: no subdural haemorrhage.
Follow-up survey at 11–14 days recommended. Strategy meeting under Section 47; Child Protection Plan pending.
Consultant paediatric radiologist: Dr ⟦PERSON:Imogen Caffey⟧""",
        (
            "skeletal survey",
            "posterior rib fractures",
            "classic metaphyseal lesions",
            "11 weeks",
            "Section 47",
            "Child Protection Plan",
            "subdural haemorrhage",
            "11–14 days",
            "early callus",
            "distal femora",
        ),
    ),
    (
        "uk07",
        "en",
        """Major Trauma Centre, ⟦INSTITUTION:Queen Elizabeth Hospital Birmingham⟧ – trauma call 14:52
Road traffic collision on the ⟦ADDRESS:A38(M) near Aston⟧: driver of ⟦ID:BK19 OHX⟧ vs HGV, prolonged extrication.
Pre-alert by ⟦INSTITUTION:Midlands Air Ambulance⟧. Patient registered as Unknown Male, later identified as ⟦PERSON:Răzvan Ionescu⟧, DOB ⟦DATE:14/06/1987⟧.
⟦INSTITUTION:West Midlands Police⟧ collision ref ⟦ID:20/118827/25⟧, PC ⟦PERSON:Aidan Clarke⟧
Trauma CT (Revolution Apex): open-book pelvic injury (Young-Burgess APC III), left haemopneumothorax, grade IV liver laceration. Canadian C-spine rule not applicable (GCS 9).
Consultant: Mr ⟦PERSON:Tariq Mahmood⟧""",
        (
            "Young-Burgess APC III",
            "open-book pelvic injury",
            "haemopneumothorax",
            "Revolution Apex",
            "14:52",
            "GCS 9",
            "Canadian C-spine rule",
            "HGV",
            "extrication",
            "grade IV liver laceration",
        ),
    ),
    (
        "uk08",
        "en",
        """⟦INSTITUTION:Royal Hospital for Neuro-disability⟧, ⟦ADDRESS:Putney⟧ – rehabilitation ward review
Patient: ⟦PERSON:Đặng Quốc Bảo⟧ (known as "⟦PERSON:Bobby⟧"), 29, hospital no. ⟦ID:RHN-20417⟧
Hypoxic brain injury after cardiac arrest at work (warehouse, ⟦DATE:Nov 2024⟧). Employer ⟦INSTITUTION:Northgate Logistics Ltd⟧ notified under RIDDOR, ref ⟦ID:RIDDOR 1184203⟧.
Next of kin: sister ⟦PERSON:Đặng Thị Lan⟧, ⟦PHONE:07700 914 382⟧
MRI brain (outside, ⟦INSTITUTION:Kingston Hospital⟧, ⟦DATE:12.12.2024⟧): bilateral basal ganglia and hippocampal diffusion restriction, now laminar necrosis; PEG and baclofen pump in situ.
Ward: Jubilee; reviewing consultant Dr ⟦PERSON:Ruth Abernethy⟧""",
        (
            "Hypoxic brain injury",
            "RIDDOR",
            "laminar necrosis",
            "basal ganglia",
            "baclofen pump",
            "PEG",
            "Jubilee",
            "diffusion restriction",
            "cardiac arrest",
            "in situ",
        ),
    ),
    (
        "uk09",
        "en",
        """Care home request for domiciliary X-ray
Home: ⟦INSTITUTION:Larchwood Nursing Home⟧, ⟦ADDRESS:14 Abbey Road, Paisley PA1 3JF⟧, nurse in charge ⟦PERSON:Jomar Villanueva⟧ RN, ⟦PHONE:0141 887 2210⟧
Resident: ⟦PERSON:Agnes McTaggart⟧, aged ⟦AGE:97⟧, CHI ⟦ID:1203279844⟧
DoLS/Adults with Incapacity certificate in place; welfare guardian daughter ⟦PERSON:Fiona Reid⟧.
GP: Dr ⟦PERSON:Harkness⟧, ⟦INSTITUTION:Abbey Medical Practice⟧
Chest X-ray (portable, AP): right lower lobe consolidation with small effusion; cardiomegaly, CTR 0.58; unfolded aorta. No pneumothorax.
Report issued Thursday ⟦DATE:3 April 2025⟧ 16:05""",
        (
            "Adults with Incapacity",
            "right lower lobe consolidation",
            "CTR 0.58",
            "cardiomegaly",
            "unfolded aorta",
            "16:05",
            "portable, AP",
            "welfare guardian",
            "DoLS",
            "small effusion",
        ),
    ),
    (
        "uk10",
        "en",
        """INVOICE – ⟦INSTITUTION:Spire Thames Valley Hospital⟧ Imaging (self-funding patient)
Invoice no. ⟦ID:STV-INV-0882147⟧ · Invoice date ⟦DATE:31/03/2025⟧ · Account ⟦ID:P0044719⟧
Bill to: Mrs ⟦PERSON:Ioanna Christodoulou⟧, ⟦ADDRESS:6 Orchard Close, Wexham, Slough SL3 6LS⟧
Date of service ⟦DATE:14/03/2025⟧ – CT colonography (CCSD code U2150) £695.00; radiologist report fee £150.00; contrast £45.00. Total £890.00. VAT exempt.
Pay by bank transfer: sort code ⟦ID:40-11-62⟧, account ⟦ID:71839204⟧, quoting your invoice number. Company VAT reg ⟦ID:GB 771 3942 18⟧.""",
        (
            "CCSD code U2150",
            "CT colonography",
            "£695.00",
            "£890.00",
            "VAT exempt",
            "radiologist report fee",
            "self-funding patient",
            "bank transfer",
            "INVOICE",
            "Invoice date",
        ),
    ),
    (
        "uk11",
        "en",
        """FINAL REMINDER – ⟦INSTITUTION:InHealth Diagnostics⟧ accounts team
Dear Mr ⟦PERSON:Hussain⟧,
Our records show that invoice ⟦ID:IHD-77214⟧ dated ⟦DATE:2 December 2024⟧ for your MRI lumbar spine (self-pay package, ref ⟦ID:SP-33109⟧) remains unpaid. Please settle £425.00 within 14 days of this letter.
If you have already paid, please ignore this reminder. Queries: ⟦EMAIL:accounts@inhealth-diagnostics.co.uk⟧ or ⟦PHONE:0333 202 0300⟧.
Yours sincerely, ⟦PERSON:Kerry-Ann Douglas⟧, Credit Control""",
        (
            "FINAL REMINDER",
            "MRI lumbar spine",
            "self-pay package",
            "£425.00",
            "14 days",
            "Credit Control",
            "accounts team",
            "unpaid",
            "Dear Mr",
            "If you have already paid",
        ),
    ),
    (
        "uk12",
        "en",
        """SMS gateway log (appointment reminders, Radiology)
⟦DATE:2025-05-19⟧ 10:00 to ⟦PHONE:07911 223 487⟧: "Hi ⟦PERSON:Zainab⟧, reminder of your ultrasound appt at ⟦INSTITUTION:Whipps Cross Hospital⟧ on Wed ⟦DATE:21/05⟧ at 11:45. Drink 1 litre of water 1hr before. Reply CANCEL to cancel. ⟦INSTITUTION:NHS Barts Health⟧"
⟦DATE:2025-05-19⟧ 10:00 to ⟦PHONE:07403 558 120⟧: "Mr ⟦PERSON:Papadopoulos⟧, your DEXA scan is booked for ⟦DATE:22 May⟧ 09:15, ⟦INSTITUTION:Newham University Hospital⟧ X-ray dept. Ref ⟦ID:RNH-22918841⟧"
Delivery receipts: 2 delivered, 0 failed.""",
        (
            "ultrasound appt",
            "11:45",
            "1 litre of water",
            "CANCEL",
            "DEXA scan",
            "09:15",
            "Delivery receipts",
            "X-ray dept",
            "SMS gateway log",
            "2 delivered",
        ),
    ),
    (
        "uk13",
        "en",
        """Referral letter (typed by reception on behalf of Dr ⟦PERSON:Sandhu⟧)
⟦INSTITUTION:Riverside Surgery⟧, ⟦ADDRESS:2 Mill Lane, Bedford MK40 3AA⟧, tel ⟦PHONE:01234 351 722⟧, fax ⟦PHONE:01234 351 730⟧
Dear Radiology,
Please could you see Mrs ⟦PERSON:Ayşe Karadağ-Whitfield⟧, DOB ⟦DATE:19/08/1967⟧, NHS ⟦ID:943 476 5919⟧, of ⟦ADDRESS:45 Tavistock Street, Bedford⟧, for an ultrasound of the thyroid – lump noticed by patient 2 weeks ago, TSH normal. Her son ⟦PERSON:Emre⟧ will bring her (⟦PHONE:07823 441 090⟧), she prefers a female sonographer.
Many thanks, ⟦PERSON:Tracy⟧ (Reception) p.p. Dr ⟦PERSON:Gurpreet Sandhu⟧""",
        (
            "ultrasound of the thyroid",
            "TSH normal",
            "2 weeks",
            "female sonographer",
            "Reception",
            "Dear Radiology",
            "lump",
            "p.p.",
            "Many thanks",
            "Referral letter",
        ),
    ),
    (
        "uk14",
        "en",
        """Personal injury – instruction for radiology report (MedCo)
From: ⟦INSTITUTION:Harrow & Finch Solicitors LLP⟧, ⟦ADDRESS:4 Bream's Buildings, London EC4A 1HP⟧, ref ⟦ID:TS/PI/88214/RW⟧
Claimant: ⟦PERSON:Wanjiru Kamau⟧, DOB ⟦DATE:05.05.1990⟧; MedCo case ID ⟦ID:MC-2025-4418227⟧
Index accident: rear-end shunt on ⟦DATE:14 January 2025⟧, vehicle ⟦ID:LD68 KXR⟧.
Please review MRI cervical spine (⟦INSTITUTION:Circle Health Group⟧ ⟦ADDRESS:Reading⟧, ⟦DATE:28/02/2025⟧): straightening of the cervical lordosis, C5/6 disc bulge without cord compression, no Modic change. Whiplash Associated Disorder (Quebec grade II) is a clinical diagnosis.
Fee-handler: ⟦PERSON:Rachel Winterbottom⟧""",
        (
            "MedCo",
            "rear-end shunt",
            "cervical lordosis",
            "C5/6",
            "Modic",
            "Whiplash Associated Disorder",
            "Quebec grade II",
            "cord compression",
            "Index accident",
            "disc bulge",
        ),
    ),
    (
        "uk15",
        "en",
        """Occupational Health – ⟦INSTITUTION:Sellafield Ltd⟧ medical centre, ⟦ADDRESS:Seascale⟧
Employee: ⟦PERSON:Gareth Pennington-Lloyd⟧, staff no. ⟦ID:SL-0447219⟧, payroll ⟦ID:88121⟧
Incident ⟦DATE:2025-02-11⟧ 07:10: fall from mobile scaffold, RIDDOR specified injury; incident no. ⟦ID:IRS-25-00318⟧.
Outside imaging at ⟦INSTITUTION:West Cumberland Hospital⟧: CT thoracolumbar spine – L1 burst fracture, AO Spine A3, 30 % loss of anterior height, retropulsed fragment 4 mm, TLICS 4.
Occupational physician: Dr ⟦PERSON:Rhiannon Bevan⟧ ⟦PHONE:019467 28811⟧""",
        (
            "mobile scaffold",
            "specified injury",
            "L1 burst fracture",
            "AO Spine A3",
            "TLICS 4",
            "retropulsed fragment",
            "4 mm",
            "07:10",
            "Occupational Health",
            "30 % loss of anterior height",
        ),
    ),
    (
        "uk16",
        "en",
        """Teleradiology worklist export (⟦INSTITUTION:Everlight Radiology⟧ overnight, CSV)
acc_no,patient,dob,site,exam,priority,reporter
⟦ID:RX25118702⟧,"⟦PERSON:BALOGUN, Olufemi⟧",⟦DATE:1975-03-14⟧,⟦INSTITUTION:Darent Valley Hospital⟧,CT HEAD NON CONTRAST,P1,⟦PERSON:dr_lkamara⟧
⟦ID:RX25118716⟧,"⟦PERSON:NAKASHIMA-WOOD, Aiko⟧",⟦DATE:1999-11-30⟧,⟦INSTITUTION:Medway Maritime Hospital⟧,CT PULMONARY ANGIOGRAM,P2,⟦PERSON:dr_lkamara⟧
⟦ID:RX25118731⟧,"⟦PERSON:COHEN, Miriam⟧",⟦DATE:1931-07-08⟧,⟦INSTITUTION:Darent Valley Hospital⟧,XR CHEST,P3,unassigned
Note from Dr ⟦PERSON:Lamin Kamara⟧: Tomorrow P3s to be returned to the local department.""",
        (
            "acc_no",
            "CT HEAD NON CONTRAST",
            "CT PULMONARY ANGIOGRAM",
            "XR CHEST",
            "P1",
            "unassigned",
            "priority",
            "P3s",
            "reporter",
            "local department",
        ),
    ),
)
