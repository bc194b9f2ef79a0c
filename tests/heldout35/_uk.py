"""Held-out 35, United Kingdom: 16 excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

UK: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "uk01",
        "en",
        "NHS e-Referral Service – Referral Letter\n"
        "UBRN: ⟦ID:0004 8812 7730⟧\n"
        "Patient: Mrs ⟦PERSON:Josephine Whitlock⟧, NHS No ⟦ID:485 771 2094⟧, DOB ⟦DATE:11-Apr-1956⟧\n"
        "Address: ⟦ADDRESS:14 Mill Lane⟧, ⟦ADDRESS:Kidlington⟧, ⟦ADDRESS:OX5 2EJ⟧\n"
        "Referrer: Dr ⟦PERSON:Amir Chaudhry⟧, ⟦INSTITUTION:Oxford Road Surgery⟧\n"
        "Service: Direct Access Ultrasound – Pelvis. Reason: postmenopausal bleeding on HRT (Evorel Conti); "
        "TVUS for endometrial thickness. Priority: Urgent (2WW).",
        (
            "NHS e-Referral Service",
            "UBRN",
            "Direct Access Ultrasound",
            "postmenopausal bleeding",
            "Evorel Conti",
            "TVUS",
            "endometrial thickness",
            "2WW",
            "Referral Letter",
            "Priority: Urgent",
        ),
    ),
    (
        "uk02",
        "en",
        "MSK Triage (CATS) – First Contact Practitioner note\n"
        "Pt: ⟦PERSON:Callum McAteer⟧, DOB ⟦DATE:02/12/1994⟧, CHI ⟦ID:0212948813⟧\n"
        "Seen at ⟦INSTITUTION:Stobhill ACH⟧ by ⟦PERSON:Kirsty Lennox⟧, MSK APP, on ⟦DATE:3rd Feb 2026⟧\n"
        "'Jumper's knee' vs Hoffa's fat pad impingement; Ottawa knee rules negative; VISA-P 48/100. Plan: USS "
        "patellar tendon, review 6/52.\n"
        "Contact: ⟦PHONE:07700 914 223⟧ (texts ok), ⟦EMAIL:cal.mcateer94@outlook.com⟧",
        (
            "MSK Triage (CATS)",
            "MSK APP",
            "Jumper's knee",
            "Hoffa's fat pad",
            "Ottawa knee rules",
            "VISA-P 48/100",
            "USS patellar tendon",
            "6/52",
            "First Contact Practitioner",
            "texts ok",
        ),
    ),
    (
        "uk03",
        "en",
        "Care Home to Hospital Transfer Form (Red Bag)\n"
        "Resident: ⟦PERSON:Dorothy Pemberton⟧ (known as '⟦PERSON:Dot⟧'), aged ⟦AGE:94⟧, Room 12, "
        "⟦INSTITUTION:Larkfield House Nursing Home⟧, ⟦ADDRESS:Station Road⟧, ⟦ADDRESS:Knaresborough⟧ "
        "⟦ADDRESS:HG5 9AA⟧\n"
        "NOK: son ⟦PERSON:Graham Pemberton⟧, ⟦PHONE:01423 862 519⟧\n"
        "Unwitnessed fall at 02:40, ?NOF, shortening & external rotation L leg. ReSPECT form: not for CPR. "
        "Clinical Frailty Scale 7. Conveyed by ⟦INSTITUTION:YAS⟧.",
        (
            "Red Bag",
            "Room 12",
            "02:40",
            "?NOF",
            "shortening & external rotation",
            "ReSPECT form",
            "not for CPR",
            "Clinical Frailty Scale 7",
            "Unwitnessed fall",
            "NOK",
        ),
    ),
    (
        "uk04",
        "en",
        "Imaging request from ⟦INSTITUTION:Loughborough Lightning⟧ netball academy (sports medicine)\n"
        "Athlete: ⟦PERSON:Precious Adeyemi-Clarke⟧, aged 17, DOB ⟦DATE:30/06/2008⟧\n"
        "Low back pain on extension, positive stork test (one-leg hyperextension): ?spondylolysis L5 pars. "
        "MRI lumbar spine with STIR requested; SPECT not available locally.\n"
        "Physio: ⟦PERSON:Hannah Bright⟧, ⟦EMAIL:h.bright@lboro-netball.co.uk⟧; parental consent: "
        "⟦PERSON:Grace Adeyemi⟧, ⟦PHONE:07958 301 776⟧",
        (
            "netball academy",
            "aged 17",
            "stork test",
            "one-leg hyperextension",
            "spondylolysis L5 pars",
            "MRI lumbar spine with STIR",
            "SPECT",
            "Low back pain on extension",
            "Physio",
        ),
    ),
    (
        "uk05",
        "en",
        "Health surveillance – licensed asbestos work (CAR 2012), HSE appointed doctor\n"
        "Employer: ⟦INSTITUTION:Coltness Demolition Ltd⟧; worker: ⟦PERSON:Stuart Brodie⟧, NI No "
        "⟦ID:JK 44 81 27 C⟧\n"
        "CXR PA: ILO 0/0, calcified pleural plaques on the left hemidiaphragm, no diffuse pleural thickening.\n"
        "Appointed doctor: Dr ⟦PERSON:Fiona Guthrie⟧, ⟦INSTITUTION:Clydeside OH Services⟧, ⟦ADDRESS:Unit 4, "
        "Hillington Park⟧, ⟦ADDRESS:Glasgow⟧ ⟦ADDRESS:G52 4LA⟧, ⟦DATE:19/01/2026⟧",
        (
            "CAR 2012",
            "HSE appointed doctor",
            "CXR PA",
            "ILO 0/0",
            "calcified pleural plaques",
            "left hemidiaphragm",
            "diffuse pleural thickening",
            "Health surveillance",
            "licensed asbestos work",
        ),
    ),
    (
        "uk06",
        "en",
        "Dear Mr ⟦PERSON:Oduya⟧,\n"
        "Your MRI appointment: Tuesday ⟦DATE:17 March 2026⟧ at 19:30, Imaging Centre, ⟦INSTITUTION:Royal "
        "Derby Hospital⟧, ⟦ADDRESS:Uttoxeter Road⟧, ⟦ADDRESS:Derby⟧ ⟦ADDRESS:DE22 3NE⟧. Hospital number "
        "⟦ID:RTG4419087⟧.\n"
        "Please complete the MRI safety questionnaire (pacemaker, cochlear implant, metal fragments in the "
        "eyes). A text reminder ('Reply 1 to confirm, 2 to cancel') will be sent to ⟦PHONE:07983 552 140⟧.",
        (
            "19:30",
            "Imaging Centre",
            "MRI safety questionnaire",
            "pacemaker",
            "cochlear implant",
            "metal fragments",
            "Reply 1 to confirm",
            "Hospital number",
        ),
    ),
    (
        "uk07",
        "en",
        "PALS ref ⟦ID:PALS/26/0413⟧\n"
        "Dear Ms ⟦PERSON:Rees-Whitaker⟧, thank you for contacting the Patient Advice and Liaison Service about "
        "your mother, ⟦PERSON:Margaret Rees⟧, who waited 9 weeks for her CT colonography after referral under "
        "NG12. The request from ⟦INSTITUTION:Pontcanna Medical Practice⟧ was first vetted to CT "
        "abdomen/pelvis with contrast and then re-vetted, which caused the delay.\n"
        "Yours sincerely, ⟦PERSON:Bethan Pryce⟧, Directorate Manager, Radiology, ⟦INSTITUTION:Cardiff and "
        "Vale UHB⟧",
        (
            "Patient Advice and Liaison Service",
            "9 weeks",
            "CT colonography",
            "NG12",
            "CT abdomen/pelvis with contrast",
            "re-vetted",
            "Directorate Manager",
            "vetted",
        ),
    ),
    (
        "uk08",
        "en",
        "Consent Form 1 – CT-guided lung biopsy\n"
        "Patient: ⟦PERSON:Wojciech Zalewski⟧, MRN ⟦ID:M0774120⟧\n"
        "Interpreter (Polish, telephone): ⟦PERSON:Agnieszka⟧, interpreter ID ⟦ID:LL-55812⟧, "
        "⟦INSTITUTION:LanguageLine⟧\n"
        "Health professional: Dr ⟦PERSON:Rhys Morgan-Parry⟧, ST5 Radiology; witness: ⟦PERSON:Tanya Osei⟧, RN\n"
        "Risks: pneumothorax (~20 %, 2-3 % needing a chest drain), haemoptysis, air embolism (rare). Brock "
        "model risk 34 %. Signed ⟦DATE:09/03/2026⟧ at 10:05.",
        (
            "Consent Form 1",
            "CT-guided lung biopsy",
            "ST5",
            "pneumothorax",
            "chest drain",
            "haemoptysis",
            "air embolism",
            "Brock model",
            "10:05",
            "Interpreter (Polish, telephone)",
            "witness",
        ),
    ),
    (
        "uk09",
        "en",
        "Pre-authorisation: membership no ⟦ID:87412209⟧, authorisation code ⟦ID:AUTH-5521-KQ⟧ (AXA Health) for "
        "MRI right shoulder.\n"
        "Consultant: Mr ⟦PERSON:Oliver Sandeman⟧ FRCS (Orth), ⟦INSTITUTION:Nuffield Health Tunbridge Wells "
        "Hospital⟧\n"
        "Patient: Ms ⟦PERSON:Harriet Lowe⟧, ⟦ADDRESS:Flat 3, 21 Calverley Park Gardens⟧, ⟦ADDRESS:Tunbridge "
        "Wells⟧ ⟦ADDRESS:TN1 2JN⟧. Self-pay excess £100.\n"
        "Indication: ?rotator cuff tear (supraspinatus), Hawkins-Kennedy and Jobe tests positive.",
        (
            "Pre-authorisation",
            "MRI right shoulder",
            "FRCS (Orth)",
            "Self-pay excess £100",
            "rotator cuff tear",
            "supraspinatus",
            "Hawkins-Kennedy",
            "Jobe tests",
            "Consultant",
        ),
    ),
    (
        "uk10",
        "en",
        "Image Exchange Portal (IEP) request from ⟦INSTITUTION:Musgrove Park Hospital⟧ to "
        "⟦INSTITUTION:Royal Devon and Exeter⟧\n"
        "Patient: ⟦PERSON:Terence Allsop⟧, NHS ⟦ID:943 476 5919⟧\n"
        "Studies: CT KUB ⟦DATE:2025-12-02⟧, US renal ⟦DATE:2026-01-15⟧\n"
        "Requested by ⟦PERSON:jgreenslade⟧ (PACS team), ext ⟦PHONE:3318⟧, for the urology MDT on Thu "
        "⟦DATE:12/03⟧.",
        ("Image Exchange Portal", "IEP", "CT KUB", "US renal", "PACS team", "urology MDT", "Studies"),
    ),
    (
        "uk11",
        "en",
        "District Nursing – ⟦INSTITUTION:Kenfig Hill Health Centre⟧ team. Visit ⟦DATE:05/02/26⟧:\n"
        "Mr ⟦PERSON:Idris Jenkins⟧, ⟦ADDRESS:7 Heol y Graig⟧, ⟦ADDRESS:Cefn Cribwr⟧, housebound. Left calf "
        "swelling, Wells 3, ?DVT. GP Dr ⟦PERSON:Davies⟧ requested a venous Doppler at ⟦INSTITUTION:Princess of "
        "Wales Hospital⟧, ⟦ADDRESS:Bridgend⟧; transport booked with ⟦INSTITUTION:WAST⟧. Carer: "
        "daughter-in-law ⟦PERSON:Sian⟧ on ⟦PHONE:01656 740 332⟧.",
        (
            "District Nursing",
            "housebound",
            "Left calf swelling",
            "Wells 3",
            "?DVT",
            "venous Doppler",
            "daughter-in-law",
            "Carer",
        ),
    ),
    (
        "uk12",
        "en",
        "Subject Access Request – imaging. Ref ⟦ID:SAR-2026-0177⟧\n"
        "Requester: ⟦PERSON:Kwame Asante⟧ on behalf of his father ⟦PERSON:Kofi Asante⟧ (DOB "
        "⟦DATE:23.07.1941⟧), Lasting Power of Attorney (health and welfare) seen.\n"
        "Images: MRI head ⟦DATE:Nov 2025⟧, CT head ⟦DATE:14 Dec 2025⟧; released via Egress link to "
        "⟦EMAIL:k.asante@btinternet.com⟧ within the 1 month statutory limit (UK GDPR Art 15).\n"
        "Processed by Information Governance, ⟦PERSON:Lorraine Tully⟧, tel ⟦PHONE:0161 206 4431⟧",
        (
            "Subject Access Request",
            "Lasting Power of Attorney",
            "MRI head",
            "CT head",
            "Egress",
            "1 month statutory limit",
            "UK GDPR Art 15",
            "Information Governance",
            "Requester",
            "on behalf of his father",
        ),
    ),
    (
        "uk13",
        "en",
        "From: ⟦PERSON:Shona Baird⟧ <⟦EMAIL:shona.baird2@nhs.scot⟧>\n"
        "To: ⟦EMAIL:iain.mackinnon@hotmail.co.uk⟧\n"
        "Subject: Your videofluoroscopy (modified barium swallow)\n"
        "Dear ⟦PERSON:Iain⟧, sorry we had to cancel on ⟦DATE:23 February⟧: the fluoroscopy room (Siemens "
        "Luminos) was out of service. New slot ⟦DATE:2 March⟧ at 09:40, ⟦INSTITUTION:Raigmore Hospital⟧, "
        "⟦ADDRESS:Inverness⟧; the SLT, ⟦PERSON:Morag⟧, will attend. Nil by mouth 4 hours. Questions: "
        "⟦PHONE:01463 704000⟧ ext ⟦PHONE:4187⟧.",
        (
            "videofluoroscopy",
            "modified barium swallow",
            "Siemens Luminos",
            "09:40",
            "SLT",
            "Nil by mouth 4 hours",
            "fluoroscopy room",
            "out of service",
        ),
    ),
    (
        "uk14",
        "en",
        "FCP clinic, ⟦INSTITUTION:Bangor Health Centre⟧ – ⟦DATE:27/01/2026⟧\n"
        "⟦PERSON:Niamh O'Kane⟧, H&C ⟦ID:327 118 4402⟧, ⟦ADDRESS:22 Seacliff Road⟧, ⟦ADDRESS:Bangor⟧ "
        "⟦ADDRESS:BT20 5EZ⟧\n"
        "Lateral hip pain for 5 months: GTPS vs gluteal tendinopathy, FABER neg, single-leg stance 30 s "
        "reproduces pain. USS hip requested via NIPACS. Mobile ⟦PHONE:07831 662 905⟧, ok to leave a message "
        "with partner ⟦PERSON:Declan⟧.\n"
        "FCP: ⟦PERSON:Aoife Quinn⟧",
        (
            "FCP clinic",
            "Lateral hip pain",
            "5 months",
            "GTPS",
            "gluteal tendinopathy",
            "FABER neg",
            "single-leg stance 30 s",
            "USS hip",
            "NIPACS",
            "partner",
        ),
    ),
    (
        "uk15",
        "en",
        "Was Not Brought letter\n"
        "⟦PERSON:Tyler-Jay Hollis⟧ (DOB ⟦DATE:08/08/2016⟧) was not brought for X-ray pelvis AP and frog "
        "lateral (Perthes follow-up, Herring B) on ⟦DATE:12/02/2026⟧. Per the Was Not Brought policy the "
        "health visitor and school nurse ⟦PERSON:Joanne Platt⟧ (⟦INSTITUTION:St Mary's CE Primary⟧) have been "
        "informed. Mother: ⟦PERSON:Kayleigh Hollis⟧, ⟦ADDRESS:41 Beechwood Avenue⟧, ⟦ADDRESS:Wigan⟧ "
        "⟦ADDRESS:WN5 8JR⟧.",
        (
            "Was Not Brought",
            "X-ray pelvis AP and frog lateral",
            "Perthes",
            "Herring B",
            "health visitor",
            "school nurse",
            "Mother",
        ),
    ),
    (
        "uk16",
        "en",
        "Accurx message to ⟦PHONE:+44 7412 009318⟧: Hi ⟦PERSON:Sandra⟧, this is ⟦INSTITUTION:Wyke Regis "
        "Surgery⟧. Dr ⟦PERSON:Bell⟧ has requested a chest X-ray. Walk-in at ⟦INSTITUTION:Dorset County "
        "Hospital⟧ X-ray, Mon–Fri 08:30–17:00, no appointment needed. Details: "
        "⟦URL:https://accurx.thirdparty.nhs.uk/r/ZK9P-44QX⟧\n"
        "Patient ref ⟦ID:6148820⟧, sent ⟦DATE:26/02/2026⟧ 14:57 by ⟦PERSON:leanne.h⟧",
        ("Accurx", "chest X-ray", "Walk-in", "Mon–Fri 08:30–17:00", "no appointment needed", "14:57", "Patient ref"),
    ),
)
