"""Held-out 33, United Kingdom: 16 excerpts (id, lang, marked text, keep-terms)."""

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "uk01",
        "en",
        "⟦INSTITUTION:Leeds Teaching Hospitals NHS Trust⟧\n⟦INSTITUTION:St James's University Hospital⟧, "
        "⟦ADDRESS:Beckett Street, Leeds LS9 7TF⟧\nDischarge Summary – Ward J24 (Respiratory)\nPatient: "
        "⟦PERSON:Margaret Hollis⟧  DOB: ⟦DATE:12/07/1942⟧  NHS No: ⟦ID:485 777 3456⟧  Hospital No: "
        "⟦ID:J0448812⟧\nAdmitted ⟦DATE:02/03/2026⟧, discharged ⟦DATE:09/03/2026⟧. CTPA: no PE; HRCT: UIP "
        "pattern, honeycombing basally. Started pirfenidone via the ILD clinic.\nGP: Dr ⟦PERSON:R. Banerjee⟧, "
        "⟦INSTITUTION:Oakwood Lane Medical Practice⟧\nConsultant: Dr ⟦PERSON:Fiona Ashworth⟧, Consultant "
        "Respiratory Physician",
        (
            "Discharge Summary",
            "Ward J24",
            "CTPA",
            "HRCT",
            "UIP pattern",
            "honeycombing",
            "pirfenidone",
            "ILD clinic",
            "Consultant Respiratory Physician",
        ),
    ),
    (
        "uk02",
        "en",
        "From: ⟦PERSON:Patel, Anjali⟧ (⟦INSTITUTION:UNIVERSITY HOSPITALS BIRMINGHAM NHS FOUNDATION TRUST⟧)\n"
        "Sent: ⟦DATE:11 March 2026⟧ 09:02\nTo: ⟦PERSON:Okafor, Chidi⟧\nCc: ⟦PERSON:Hughes, Rhian⟧\nSubject: "
        "RE: Urgent - Mr ⟦PERSON:Dennis Price⟧ ⟦ID:RRK 1204478⟧\n\nHi ⟦PERSON:Chidi⟧, the neuro MDT would like "
        "the MRI spine to include a whole-spine STIR and post-gad T1 FS given the cord compression at T9 "
        "(Bilsky 2). Could you vet it for tomorrow's list? Thanks, ⟦PERSON:Anjali⟧\nDr "
        "⟦PERSON:Anjali Patel⟧ | ST5 Clinical Oncology | Bleep ⟦PHONE:2271⟧ | "
        "⟦EMAIL:anjali.patel@uhb.nhs.uk⟧",
        (
            "09:02",
            "neuro MDT",
            "whole-spine STIR",
            "post-gad T1 FS",
            "cord compression",
            "T9",
            "Bilsky 2",
            "ST5 Clinical Oncology",
        ),
    ),
    (
        "uk03",
        "en",
        "⟦INSTITUTION:The Riverside Surgery⟧\n⟦ADDRESS:14 Mill Road, Cambridge CB1 2AD⟧ | Tel "
        "⟦PHONE:01223 364 112⟧ | Fax ⟦PHONE:01223 364 119⟧\nDear Colleague,\nRe: ⟦PERSON:Thomas Whitaker⟧, "
        "DOB ⟦DATE:30.11.1963⟧, ⟦ADDRESS:7 Hope Street, Cambridge CB1 3NA⟧\nI would be grateful if you could "
        "arrange an urgent USS abdomen under the 2-week-wait pathway. Painless jaundice, weight loss 6 kg, "
        "Courvoisier's sign positive. LFTs: bilirubin 142.\nYours sincerely,\nDr ⟦PERSON:Imogen Clarke⟧ MRCGP",
        (
            "Dear Colleague",
            "USS abdomen",
            "2-week-wait",
            "Painless jaundice",
            "weight loss 6 kg",
            "Courvoisier's sign",
            "bilirubin 142",
            "MRCGP",
        ),
    ),
    (
        "uk04",
        "en",
        "Lung MDT – ⟦INSTITUTION:Royal Papworth Hospital⟧, Thursday ⟦DATE:19 March 2026⟧, 08:00, Seminar Room 2 "
        "/ MS Teams. Dial-in ⟦PHONE:020 3443 8821⟧\nAttendees: Mr ⟦PERSON:Gareth Lloyd-Jones⟧ (thoracic "
        "surgeon), Dr ⟦PERSON:Hannah Frost⟧ (radiology), Dr ⟦PERSON:Priya Nair⟧ (oncology), ⟦PERSON:Sue⟧ (MDT "
        "coordinator, ext ⟦PHONE:4417⟧)\nPatients: 1. ⟦PERSON:Harold Bishop⟧, 74, RUL 28 mm spiculated nodule, "
        "Brock score 62 %, Herder 78 %, PET SUVmax 8.1. 2. ⟦PERSON:Linda Frost⟧, 61, ground-glass nodule "
        "14 mm, Fleischner follow-up.",
        (
            "Lung MDT",
            "08:00",
            "Seminar Room 2",
            "MS Teams",
            "thoracic surgeon",
            "MDT coordinator",
            "RUL",
            "Brock score 62 %",
            "Herder 78 %",
            "SUVmax 8.1",
            "ground-glass nodule",
            "Fleischner",
        ),
    ),
    (
        "uk05",
        "en",
        "Request for records – ⟦INSTITUTION:Hartley Crane Solicitors⟧, ⟦ADDRESS:2 Park Row, Bristol BS1 5LJ⟧, "
        "our ref ⟦ID:HC/PI/26/0817⟧. Under the Data Protection Act 2018 we request copies of all imaging (CT "
        "head ⟦DATE:04/01/2026⟧, MRI brain ⟦DATE:06/01/2026⟧) for our client ⟦PERSON:Jordan Ellis⟧, DOB "
        "⟦DATE:15/02/1995⟧, NHS ⟦ID:943 476 5919⟧. Signed form of authority enclosed.\nRecords team note "
        "(⟦PERSON:KBROWN2⟧): 1 CD encrypted, password sent separately by SMS to ⟦PHONE:07700 900462⟧, "
        "⟦DATE:12/03/2026⟧. Findings for info: diffuse axonal injury, Gentry grade II.",
        (
            "Data Protection Act 2018",
            "CT head",
            "MRI brain",
            "form of authority",
            "1 CD",
            "diffuse axonal injury",
            "Gentry grade II",
        ),
    ),
    (
        "uk06",
        "en",
        "SBAR handover – Ward 12 (Acute Medical Unit), night to day, ⟦DATE:14/03/26⟧\nBed 7: "
        "⟦PERSON:Doreen Atkins⟧, ⟦AGE:92⟧, NEWS2 5, CXR: left lower lobe consolidation, CURB-65 3, IV "
        "co-amoxiclav. DNACPR in place. NOK: son ⟦PERSON:Graham⟧ ⟦PHONE:07911 223408⟧.\nBed 9: "
        "⟦PERSON:Wayne Cartwright⟧, 38, ?PE, CTPA booked 10:00, Wells 4.5, enoxaparin given.\nHanded over by "
        "Staff Nurse ⟦PERSON:Kelly Dunn⟧ to Charge Nurse ⟦PERSON:Tom⟧.",
        (
            "SBAR",
            "Ward 12",
            "Acute Medical Unit",
            "NEWS2 5",
            "CXR",
            "left lower lobe consolidation",
            "CURB-65 3",
            "co-amoxiclav",
            "DNACPR",
            "NOK",
            "CTPA",
            "10:00",
            "Wells 4.5",
            "enoxaparin",
            "Charge Nurse",
        ),
    ),
    (
        "uk07",
        "en",
        "Addendum – histology (copied from ICE): Lab No ⟦ID:H26-044718⟧, specimen received "
        "⟦DATE:07-Mar-2026⟧. US-guided core biopsy left breast 2 o'clock, 14G x 3: grade 2 invasive ductal "
        "carcinoma (NST), ER 8/8, HER2 negative. B5b. Reported by Dr ⟦PERSON:Oluwaseun Adeyemi⟧, Consultant "
        "Histopathologist, ⟦INSTITUTION:Royal Derby Hospital⟧. Concordant with U5 / M5. Patient "
        "⟦PERSON:HALL, Patricia⟧, MRN ⟦ID:RTG-2281045⟧. For breast MDT Tue ⟦DATE:17/03⟧.",
        (
            "ICE",
            "core biopsy",
            "2 o'clock",
            "14G x 3",
            "invasive ductal carcinoma",
            "ER 8/8",
            "HER2 negative",
            "B5b",
            "Consultant Histopathologist",
            "U5 / M5",
            "breast MDT",
        ),
    ),
    (
        "uk08",
        "en",
        "Transfer request – ⟦INSTITUTION:Raigmore Hospital⟧, ⟦ADDRESS:Inverness⟧ to Neurosurgery, "
        "⟦INSTITUTION:Aberdeen Royal Infirmary⟧ (Ward 310). Patient ⟦PERSON:Callum MacLeod⟧, CHI "
        "⟦ID:1104876234⟧, from ⟦ADDRESS:Ullapool⟧. CT head ⟦DATE:15 Mar 2026⟧ 21:40: acute-on-chronic left SDH "
        "14 mm, midline shift 6 mm. GCS 13 (E3V4M6). Warfarin reversed with Beriplex 2000 units + vitamin K. "
        "Accepted by Mr ⟦PERSON:Iain Gordon⟧, neurosurgical registrar on call (via switchboard "
        "⟦PHONE:0345 456 6000⟧). Retrieval: ⟦INSTITUTION:ScotSTAR⟧.",
        (
            "Ward 310",
            "CT head",
            "21:40",
            "SDH",
            "midline shift 6 mm",
            "GCS 13",
            "E3V4M6",
            "Beriplex 2000 units",
            "vitamin K",
            "neurosurgical registrar on call",
        ),
    ),
    (
        "uk09",
        "en",
        "Radiology on-call rota, w/c ⟦DATE:16/03/2026⟧ – ⟦INSTITUTION:Musgrove Park Hospital⟧\nMon: Dr "
        "⟦PERSON:Chance⟧ (ST3) / Dr ⟦PERSON:Addison⟧ (consultant)\nTue: Dr ⟦PERSON:Ng⟧ / Dr "
        "⟦PERSON:Whitfield⟧\nWed: Dr ⟦PERSON:Summers⟧ / Dr ⟦PERSON:Addison⟧\nIR on call via switchboard; "
        "neuro-IR thrombectomy network with ⟦INSTITUTION:Southmead⟧. Swaps to rota coordinator "
        "⟦PERSON:Julie Tanner⟧, ⟦EMAIL:rota.radiology@somersetft.nhs.uk⟧. Reminder: Chance fractures on trauma "
        "CT to be flagged to spinal on-call; patients with Addison's disease need hydrocortisone checked before "
        "IR procedures.",
        (
            "ST3",
            "IR on call",
            "neuro-IR thrombectomy network",
            "Chance fractures",
            "trauma CT",
            "spinal on-call",
            "Addison's disease",
            "hydrocortisone",
        ),
    ),
    (
        "uk10",
        "en",
        "Interpreter booked: Polish, face-to-face, via ⟦INSTITUTION:DA Languages⟧ (booking ref "
        "⟦ID:DAL-558102⟧), for MRI prostate ⟦DATE:20/03/2026⟧ 14:30, ⟦INSTITUTION:Pinderfields Hospital⟧ "
        "Radiology Department. Interpreter: ⟦PERSON:Agnieszka Wróbel⟧. Patient ⟦PERSON:Krzysztof Nowak⟧, DOB "
        "⟦DATE:08/08/1960⟧, PSA 9.8, PI-RADS v2.1 pre-biopsy. Buscopan contraindicated (glaucoma). Wife "
        "⟦PERSON:Ewa⟧ on ⟦PHONE:07845 119672⟧.",
        ("Polish", "MRI prostate", "14:30", "Radiology Department", "PSA 9.8", "PI-RADS v2.1", "Buscopan", "glaucoma"),
    ),
    (
        "uk11",
        "en",
        "Dear Professor ⟦PERSON:Lamb⟧,\nThank you for seeing Mrs ⟦PERSON:Eileen Shepherd⟧ (DOB "
        "⟦DATE:3rd June 1950⟧, Hosp No ⟦ID:K771204⟧) in your pancreas clinic. CT pancreas protocol: 2.1 cm "
        "hypodense mass in the uncinate process, abutting the SMV < 180°, borderline resectable (NCCN). "
        "CA 19-9 612.\nKind regards,\nDr ⟦PERSON:Oliver Kettle⟧, Consultant Gastroenterologist\ncc: Dr "
        "⟦PERSON:S. Mahmood⟧, ⟦INSTITUTION:Beechwood Medical Centre⟧, ⟦ADDRESS:Wythenshawe⟧; Mrs "
        "⟦PERSON:Shepherd⟧ (patient)",
        (
            "pancreas clinic",
            "CT pancreas protocol",
            "2.1 cm",
            "uncinate process",
            "SMV",
            "borderline resectable",
            "NCCN",
            "CA 19-9 612",
            "Consultant Gastroenterologist",
        ),
    ),
    (
        "uk12",
        "en",
        "Clinical details from ICE request (⟦ID:ICE-4471029⟧): ?appendicitis. Labs ⟦DATE:2026-03-13⟧ 22:15 "
        "(lab accession ⟦ID:B26.0731144⟧): WCC 15.8, CRP 96, bHCG negative. Alvarado score 8. USS: "
        "non-compressible appendix 9 mm, appendicolith. Requested by FY1 Dr ⟦PERSON:Amy Watts⟧ (bleep "
        "⟦PHONE:1563⟧), ⟦INSTITUTION:Royal Gwent⟧ ED. Patient ⟦PERSON:Ffion Pritchard⟧, 19.",
        (
            "?appendicitis",
            "22:15",
            "WCC 15.8",
            "CRP 96",
            "bHCG negative",
            "Alvarado score 8",
            "non-compressible appendix",
            "9 mm",
            "appendicolith",
            "FY1",
        ),
    ),
    (
        "uk13",
        "en",
        "Private patient. Insurer Bupa, membership no ⟦ID:41882097-03⟧, pre-authorisation ⟦ID:PA8845120⟧ for "
        "MRI left knee. Patient ⟦PERSON:Alexander Grant-Whyte⟧, ⟦ADDRESS:Flat 3, 22 Cadogan Square, London "
        "SW1X 0JH⟧, mobile ⟦PHONE:+44 7956 310228⟧. Referring: Mr ⟦PERSON:Piers Harrington⟧ FRCS (Orth). "
        "Findings: bucket-handle tear of the medial meniscus with double PCL sign, ACL intact. Copy of images "
        "on CD requested by the patient for his physiotherapist ⟦PERSON:Zoe⟧ at "
        "⟦INSTITUTION:Pure Sports Medicine⟧.",
        (
            "Private patient",
            "MRI left knee",
            "FRCS (Orth)",
            "bucket-handle tear",
            "medial meniscus",
            "double PCL sign",
            "ACL intact",
        ),
    ),
    (
        "uk14",
        "en",
        "IEP image transfer request from ⟦INSTITUTION:Ninewells Hospital⟧ (requester ⟦PERSON:jsmith04⟧) for "
        "⟦PERSON:DUNCAN^MORAG⟧, CHI ⟦ID:2509561183⟧. StudyDescription: CT COLONOGRAPHY; AccessionNumber "
        "⟦ID:NW2602271188⟧; StudyDate ⟦DATE:20260227⟧. C-RADS C2 polyp 8 mm sigmoid. Sent via Image Exchange "
        "Portal ⟦DATE:16/03/2026⟧ 11:07; received by ⟦INSTITUTION:Perth Royal Infirmary⟧ PACS team (Tel "
        "⟦PHONE:01738 473501⟧).",
        (
            "StudyDescription",
            "CT COLONOGRAPHY",
            "AccessionNumber",
            "StudyDate",
            "C-RADS C2",
            "8 mm",
            "sigmoid",
            "Image Exchange Portal",
            "11:07",
            "PACS team",
        ),
    ),
    (
        "uk15",
        "en",
        "Transfer letter from ⟦INSTITUTION:Heathfield House Care Home⟧, ⟦ADDRESS:31 Station Road, Harrogate "
        "HG1 1JE⟧: resident ⟦PERSON:Albert Crowther⟧, ⟦AGE:97⟧, fall at 03:10 today, shortening and external "
        "rotation of the right leg. Key worker ⟦PERSON:Grace⟧ accompanying. Daughter (LPA) "
        "⟦PERSON:Janet Crowther-Lee⟧ ⟦PHONE:01423 567880⟧. XR hip: intracapsular NOF fracture, Garden IV. "
        "Clinical Frailty Scale 6; AMTS 7/10.",
        (
            "03:10",
            "external rotation",
            "Key worker",
            "LPA",
            "XR hip",
            "intracapsular NOF fracture",
            "Garden IV",
            "Clinical Frailty Scale 6",
            "AMTS 7/10",
        ),
    ),
    (
        "uk16",
        "en",
        "⟦INSTITUTION:Cardiff and Vale University Health Board⟧ / ⟦INSTITUTION:Bwrdd Iechyd Prifysgol Caerdydd "
        "a'r Fro⟧\nOutpatient letter – dictated ⟦DATE:10/03/2026⟧, typed ⟦DATE:12/03/2026⟧\nDiagnosis: "
        "Crohn's disease, ileocaecal, Montreal A2 L1 B2; MR enterography: 12 cm terminal ileal segment with "
        "stricture and prestenotic dilatation to 4 cm.\nPlan: ustekinumab; surgical opinion from Mr "
        "⟦PERSON:Rhys Evans⟧.\nPatient: ⟦PERSON:Dylan Morgan⟧, ⟦ADDRESS:12 Heol y Deri, Rhiwbina, Cardiff "
        "CF14 6HF⟧\nAppointments: ⟦PHONE:029 2074 7747⟧\nWe welcome correspondence in Welsh.",
        (
            "Outpatient letter",
            "Crohn's disease",
            "Montreal A2 L1 B2",
            "MR enterography",
            "12 cm",
            "terminal ileal",
            "stricture",
            "prestenotic dilatation",
            "ustekinumab",
            "Welsh",
        ),
    ),
)
