# ruff: noqa: E501
"""Held-out 34, United Kingdom: marked excerpts (see deid_corpus.py for the conventions)."""

UK = (
    (
        "uk01",
        "en",
        "ED alias ⟦ID:Unknown Male Zulu 14⟧ | MRN ⟦ID:RX1 448 2719⟧ | Arrived 02:10 by HEMS, police escort (⟦INSTITUTION:Thames Valley Police⟧)\n"
        "Later identified as Mr ⟦PERSON:Abdikarim Warsame Farah⟧, DOB ⟦DATE:14/02/1991⟧, NHS ⟦ID:485 777 3456⟧.\n"
        "CT trauma: pelvic ring fracture Young-Burgess APC II, active extravasation from the left internal iliac "
        "artery. IR embolisation recommended. Discussed with Dr ⟦PERSON:Okonkwo⟧, bleep ⟦PHONE:4471⟧.",
        (
            "02:10",
            "HEMS",
            "CT trauma",
            "pelvic ring fracture",
            "Young-Burgess APC II",
            "internal iliac",
            "IR embolisation",
        ),
    ),
    (
        "uk02",
        "en",
        "⟦INSTITUTION:Queen Elizabeth University Hospital⟧ — Radiology\n"
        "Patient: ⟦PERSON:MACLEOD, Ruaraidh⟧, CHI ⟦ID:1104873315⟧, ⟦ADDRESS:12 Tolsta Road⟧, ⟦ADDRESS:Stornoway⟧, "
        "⟦ADDRESS:HS2 0AX⟧\nReferred by Dr ⟦PERSON:Iain Morrison⟧, ⟦INSTITUTION:Western Isles Hospital⟧\n"
        "MRI brain: 6 periventricular and 2 juxtacortical lesions, Dawson's fingers, McDonald 2017 criteria met. Scanned ⟦DATE:09/06/2025⟧.",
        ("Radiology", "MRI brain", "6 periventricular", "2 juxtacortical", "Dawson's fingers", "McDonald 2017"),
    ),
    (
        "uk03",
        "en",
        "Home Office ref ⟦ID:S1182734⟧ | ARC ⟦ID:UKA 304 418 27 3⟧ | Accommodation: ⟦INSTITUTION:Napier Barracks⟧\n"
        "Name as per ARC: ⟦PERSON:ZARDASHT Kawa⟧ (⟦PERSON:Kawa Zardasht⟧ in GP record), DOB ⟦DATE:01/01/1999⟧\n"
        "Interpreter (Sorani) via ⟦INSTITUTION:The Big Word⟧, job ⟦ID:TBW-7719042⟧.\n"
        "CXR PA: no active TB. Old healed rib fractures on the right, 5th to 7th. Arrived in UK ⟦DATE:March 2025⟧.",
        ("Home Office", "Sorani", "CXR PA", "no active TB", "rib fractures", "5th to 7th"),
    ),
    (
        "uk04",
        "en",
        "Dear Dr ⟦PERSON:Sivakumar⟧,\nRe: Mrs ⟦PERSON:Thamilselvi Arumugam⟧ (known as ⟦PERSON:Selvi⟧), DOB ⟦DATE:3rd May 1948⟧, "
        "NHS No ⟦ID:943 476 5919⟧\nHer son ⟦PERSON:Ravi Arumugam⟧ (⟦PHONE:07700 900 418⟧ per notes) attended. "
        "CT colonography: 24 mm sessile polyp in the sigmoid, C-RADS C3. Boston Bowel Preparation Scale not applicable.",
        ("CT colonography", "24 mm", "sessile polyp", "sigmoid", "C-RADS C3", "Boston Bowel Preparation Scale"),
    ),
    (
        "uk05",
        "en",
        "⟦INSTITUTION:Royal Victoria Hospital⟧ | H&C No ⟦ID:320 418 7725⟧ | Hosp No ⟦ID:RVH7734102⟧\n"
        "Patient: ⟦PERSON:Ó Dónaill, Siobhán⟧ (⟦PERSON:O'DONNELL SIOBHAN⟧ on PAS), Irish PPS ⟦ID:7734102TA⟧, "
        "address ⟦ADDRESS:Letterkenny, Co. Donegal⟧\n"
        "MRI lumbar spine: L4/5 disc extrusion compressing the traversing L5 root. Schizas grade C. Date of scan ⟦DATE:22 July 2025⟧, mobile ⟦PHONE:+353 87 441 9028⟧.",
        ("MRI lumbar spine", "PAS", "L4/5", "disc extrusion", "traversing L5 root", "Schizas grade C"),
    ),
    (
        "uk06",
        "en",
        "From: ⟦EMAIL:k.nowak-smith@nhs.net⟧\nTo: Radiology Secretaries\nSubject: Urgent — ⟦PERSON:Grzegorz Wójcik⟧ "
        "MRN ⟦ID:60028841⟧\nHi ⟦PERSON:Bea⟧, can we expedite the MRI for Mr ⟦PERSON:Wojcik⟧ (no diacritics on PAS)? "
        "Polish speaker, daughter ⟦PERSON:Kasia⟧ interprets on ⟦PHONE:07911 204 877⟧. Query Pancoast tumour, Horner's "
        "syndrome on the right. Thanks, ⟦PERSON:Kasia Nowak-Smith⟧, Lung CNS, ext ⟦PHONE:5562⟧",
        ("Radiology Secretaries", "Urgent", "Polish speaker", "Pancoast tumour", "Horner's syndrome", "Lung CNS"),
    ),
    (
        "uk07",
        "en",
        "GHIC/EHIC: card ⟦ID:80380 00001 4412 9981⟧, personal no. ⟦ID:RSSGPP78E15H501K⟧ (Italy)\n"
        "Visitor: ⟦PERSON:Giuseppe Russo⟧, staying at ⟦ADDRESS:14 Marine Parade⟧, ⟦ADDRESS:Brighton⟧, contact "
        "⟦PERSON:Anna⟧ (wife) ⟦PHONE:+39 347 811 2290⟧\nOverseas Visitors Office notified.\n"
        "CT head (Canadian CT Head Rule positive, age 65 or over): no intracranial haemorrhage.",
        (
            "Visitor",
            "Overseas Visitors Office",
            "CT head",
            "Canadian CT Head Rule",
            "age 65 or over",
            "intracranial haemorrhage",
        ),
    ),
    (
        "uk08",
        "en",
        "Reported by Dr ⟦PERSON:Wan-Ting Chen⟧, ST4, with Dr ⟦PERSON:Moss⟧ (consultant), ⟦DATE:27 Aug 2025⟧ 19:40\n"
        "Patient ⟦PERSON:Hope, Winifred⟧, ⟦AGE:94⟧ years, from ⟦INSTITUTION:Meadowbank Care Home⟧\n"
        "CT head: chronic subdural haematoma 18 mm on the left with 7 mm midline shift. Fazekas 3 small vessel disease.",
        (
            "ST4",
            "consultant",
            "19:40",
            "CT head",
            "chronic subdural haematoma",
            "18 mm",
            "7 mm midline shift",
            "Fazekas 3",
        ),
    ),
    (
        "uk09",
        "en",
        "PACS: PatientName ⟦PERSON:BINT KHALID^NOORA^^MS⟧ — renamed from ⟦PERSON:KHALID^NOORA⟧ after merge, "
        "AccessionNumber ⟦ID:RJ125408817⟧\nAddendum ⟦DATE:14/10/2025⟧: Correct patient confirmed by the ward "
        "(Florence Nightingale Ward). Ultrasound pelvis: bilateral polycystic ovarian morphology, Rotterdam criteria.",
        (
            "PatientName",
            "AccessionNumber",
            "Florence Nightingale Ward",
            "Ultrasound pelvis",
            "polycystic ovarian morphology",
            "Rotterdam criteria",
        ),
    ),
    (
        "uk10",
        "en",
        "Paeds ED 21:05 — infant of ⟦PERSON:Akosua Mensah⟧, NHS ⟦ID:401 023 2137⟧, DOB ⟦DATE:2025-11-30⟧\n"
        "Social worker: ⟦PERSON:Dean Field⟧, ⟦INSTITUTION:Lambeth Children's Services⟧, ⟦PHONE:020 7926 4410⟧\n"
        "Skeletal survey: metaphyseal corner fractures distal femora, posterior rib fractures 2. Caffey disease not favoured. Family address ⟦ADDRESS:22 Acre Lane⟧, ⟦ADDRESS:SW2 5SG⟧.",
        (
            "Paeds ED",
            "21:05",
            "Social worker",
            "Skeletal survey",
            "metaphyseal corner fractures",
            "posterior rib fractures",
            "Caffey disease",
        ),
    ),
    (
        "uk11",
        "en",
        "Repatriation flight by ⟦INSTITUTION:Capital Air Ambulance⟧, case ⟦ID:CAA/25/3318⟧, travel insurer's ref ⟦ID:TI-88213-UK⟧\n"
        "Pt Mr ⟦PERSON:Daniel de la Cruz Ramírez⟧, passport ⟦ID:PAB412908⟧ (Spain), NOK ⟦PERSON:Lucía de la Cruz⟧\n"
        "MRI whole spine: T12 burst fracture, TLICS 5, retropulsion 4 mm. No cord signal change. Injury ⟦DATE:4th September 2025⟧ in ⟦ADDRESS:Málaga⟧.",
        (
            "Repatriation flight",
            "NOK",
            "MRI whole spine",
            "T12 burst fracture",
            "TLICS 5",
            "retropulsion 4 mm",
            "cord signal",
        ),
    ),
    (
        "uk12",
        "en",
        "Requesting clinician: Dr ⟦PERSON:Paget⟧ (GP), ⟦INSTITUTION:Riverside Medical Practice⟧, ⟦ADDRESS:Newport⟧, fax ⟦PHONE:01633 215 904⟧\n"
        "Patient: ⟦PERSON:Wilson, Graves⟧, ⟦ADDRESS:7 Heol y Coed⟧, ⟦ADDRESS:NP20 3GH⟧\n"
        "Thyroid uptake scan: diffuse increased uptake, in keeping with Graves' disease. Paget's disease of bone and "
        "Wilson's disease unrelated.",
        (
            "GP",
            "Thyroid uptake scan",
            "diffuse increased uptake",
            "Graves' disease",
            "Paget's disease",
            "Wilson's disease",
        ),
    ),
    (
        "uk13",
        "en",
        "Out-of-hours teleradiology (⟦INSTITUTION:Medica⟧) 03:33 for ⟦INSTITUTION:Ninewells⟧\n"
        "⟦PERSON:Hussain, Muhammad Abu Bakr⟧, CHI ⟦ID:0312566041⟧, DOB ⟦DATE:03/12/56⟧\n"
        "CT pulmonary angiogram: saddle embolus, RV/LV ratio 1.4, reflux of contrast into the IVC. Discussed with "
        "Sister ⟦PERSON:Jess⟧, ⟦PHONE:01382 660111⟧ ext ⟦PHONE:33418⟧.",
        (
            "Out-of-hours",
            "teleradiology",
            "03:33",
            "CT pulmonary angiogram",
            "saddle embolus",
            "RV/LV ratio 1.4",
            "IVC",
        ),
    ),
    (
        "uk14",
        "en",
        "MDT list Thursday ⟦DATE:6 March⟧: 1) ⟦PERSON:Ng, Kar-Wai⟧ ⟦ID:K1773304⟧ — 2) ⟦PERSON:Park Min-jun⟧ "
        "⟦ID:K1790021⟧ — 3) ⟦PERSON:Hanna Abu-Saleh⟧ ⟦ID:K1801147⟧\nCoordinator ⟦PERSON:Priya Ramaswamy⟧\n"
        "Case 2: 3 liver lesions, largest 41 mm, colorectal metastases, RECIST 1.1 progression. 2023 baseline.",
        ("MDT list", "Case 2", "3 liver lesions", "41 mm", "colorectal metastases", "RECIST 1.1", "2023"),
    ),
    (
        "uk15",
        "en",
        "Custody suite referral: detained person ⟦PERSON:Stefan Petrović⟧ (aka ⟦PERSON:Steve Peters⟧), custody no. "
        "⟦ID:51/44182/25⟧, escorted by PC ⟦PERSON:Lamb⟧ (⟦INSTITUTION:Merseyside Police⟧)\n"
        "X-ray right hand: boxer's fracture of the 5th metacarpal neck, 40 degrees angulation. Arrest ⟦DATE:16/11/2025⟧ in ⟦ADDRESS:Bootle⟧.",
        ("Custody suite", "X-ray right hand", "boxer's fracture", "5th metacarpal neck", "40 degrees"),
    ),
    (
        "uk16",
        "en",
        "Clinic letter cc: Mr and Mrs ⟦PERSON:Dimitriou⟧, ⟦ADDRESS:Flat 3, 88 Green Lanes⟧, ⟦ADDRESS:London N13 5UP⟧\n"
        "Patient ⟦PERSON:Eleni Dimitriou⟧ (⟦PERSON:Ελένη Δημητρίου⟧), ⟦AGE:101⟧, DOB ⟦DATE:02.02.1924⟧\n"
        "Barium swallow: Zenker's diverticulum 3 cm, Killian's dehiscence. No aspiration. Seen on "
        "⟦URL:https://pkb.nhs.uk/p/44812039⟧.",
        ("Barium swallow", "Zenker's diverticulum", "3 cm", "Killian's dehiscence", "No aspiration", "Clinic letter"),
    ),
)
