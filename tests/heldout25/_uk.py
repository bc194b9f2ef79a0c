"""Held-out 25, United Kingdom: 16 excerpts (English). Marked text, see deid_corpus.py."""

UK: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "uk01",
        "en",
        "HM Coroner for ⟦ADDRESS:West Yorkshire (Eastern)⟧ – Request for post-mortem imaging\n"
        "Our ref: ⟦ID:WYE-1187-26⟧. Deceased: ⟦PERSON:Harrow, Colin James⟧, DOB ⟦DATE:14/02/1958⟧, died "
        "⟦DATE:01/11/2026⟧ at ⟦ADDRESS:14 Ashgrove Terrace, Bradford BD7 1AX⟧.\nPlease perform PMCT with "
        "coronary CTA (Leicester protocol) before the forensic autopsy. Coroner's officer: ⟦PERSON:Nadia "
        "Hussain⟧, ⟦PHONE:01274 373721⟧.",
        ("PMCT", "coronary CTA", "Leicester protocol", "forensic autopsy", "Coroner's officer"),
    ),
    (
        "uk02",
        "en",
        "⟦INSTITUTION:Royal Centre for Defence Medicine⟧ – Radiology\nService no. ⟦ID:30211874⟧ LCpl "
        "⟦PERSON:Kwame Asante-Boateng⟧, ⟦INSTITUTION:2 RIFLES⟧\nReferred from ⟦INSTITUTION:DPHC Catterick⟧ "
        "after parachute landing injury ⟦DATE:22 Oct 2026⟧. MRI R knee: Segond fracture, complete ACL tear, "
        "bone bruise lateral femoral condyle (kissing contusion). MCL grade 1.\nRep: Sqn Ldr ⟦PERSON:Fiona "
        "McAllister⟧ RAF",
        ("Segond fracture", "ACL tear", "kissing contusion", "MCL grade 1", "lateral femoral condyle", "parachute"),
    ),
    (
        "uk03",
        "en",
        "⟦INSTITUTION:HMP Wandsworth⟧ Healthcare – Escort request\nPrisoner ⟦PERSON:DUFFY, Sean⟧ A-number "
        "⟦ID:A7731CK⟧, NHS No ⟦ID:472 889 1305⟧\nCXR at ⟦INSTITUTION:St George's⟧ on ⟦DATE:Thu 12th Nov⟧: "
        "cavitating RUL lesion, ?TB vs squamous cell. Sputum AFB x3 pending. Cat B escort, 2 officers, cuffed.\n"
        "Healthcare manager: ⟦PERSON:Beverley Oduya⟧ ext ⟦PHONE:3392⟧",
        ("RUL", "squamous cell", "AFB", "Cat B", "cavitating", "CXR"),
    ),
    (
        "uk04",
        "en",
        "Oral & Maxillofacial Surgery – OPG / CBCT report\nPatient: ⟦PERSON:Priya Raghunathan⟧ "
        "(Hosp no ⟦ID:K2208741⟧) ⟦DATE:05-11-2026⟧\nReferrer: Mr ⟦PERSON:T. Whitlock⟧ BDS, "
        "⟦INSTITUTION:Castle Street Dental Practice⟧, ⟦ADDRESS:Castle St, Shrewsbury SY1 2BQ⟧\n"
        "Fracture of the left mandibular angle through the socket of LL8; right parasymphyseal crack. "
        "Guardsman fracture pattern. Condyles seated.",
        ("mandibular angle", "LL8", "parasymphyseal", "Guardsman fracture", "Condyles", "OPG / CBCT"),
    ),
    (
        "uk05",
        "en",
        "[Teams chat] #nightrad-north  03:12\n⟦PERSON:Tomasz Wiśniewski⟧: CTPA from ⟦INSTITUTION:Furness "
        "General⟧ for Mrs ⟦PERSON:Ellen Postlethwaite⟧, ⟦AGE:90⟧y, acc ⟦ID:FGH26R449182⟧\n"
        "⟦PERSON:Abimbola Adeyemi⟧: saddle PE, RV/LV 1.4, reflux into IVC. Called med reg Dr ⟦PERSON:Hale⟧ bleep "
        "⟦PHONE:2297⟧ at 03:26.\n⟦PERSON:Tomasz Wiśniewski⟧: thanks 🙏",
        ("saddle PE", "RV/LV 1.4", "IVC", "CTPA", "03:26", "#nightrad-north"),
    ),
    (
        "uk06",
        "en",
        "⟦INSTITUTION:Thompsons Solicitors LLP⟧ – Our ref ⟦ID:PI/8823/ROW⟧\nRE: Our client Mr ⟦PERSON:Dean "
        "Rowlands⟧ (DOB ⟦DATE:3.7.1983⟧) – RTA on ⟦DATE:17th August 2026⟧ on the ⟦ADDRESS:A48 at Pyle⟧\n"
        "We enclose signed consent and request copies of all imaging incl. the whiplash MRI C-spine and the "
        "Denis classification noted on the CT. Contact ⟦PERSON:Alys Prydderch⟧ ⟦EMAIL:a.prydderch@thompsons.law.co.uk⟧",
        ("whiplash", "MRI C-spine", "Denis classification", "signed consent", "RTA"),
    ),
    (
        "uk07",
        "en",
        "PID|1||⟦ID:RJ1-90044172⟧^^^GSTT^MR~⟦ID:6034479921⟧^^^NHS^NH||⟦PERSON:O'SULLIVAN^GRÁINNE^M⟧^^MS||"
        "⟦DATE:19770412⟧|F|||⟦ADDRESS:Flat 3, 22 Kennington Rd^^London^^SE1 7BL⟧\n"
        "PV1|1|E|A&E^MAJ^B4|||||⟦ID:C4412087⟧^⟦PERSON:PATEL^ANISH⟧\n"
        "OBX|1|TX|RAD^Report||Calcaneal fracture Essex-Lopresti joint depression type, Bohler angle 8 deg||||||F",
        ("Essex-Lopresti", "Bohler angle", "Calcaneal fracture", "A&E", "joint depression", "OBX"),
    ),
    (
        "uk08",
        "en",
        "Occupational Health – Travel clinic note (⟦INSTITUTION:MedWorks OH Ltd⟧)\nEmployee ⟦PERSON:Callum Reid⟧, "
        "offshore worker, ⟦INSTITUTION:Northsea Drilling Services⟧ payroll ⟦ID:NDS-00418⟧\nOGUK medical: CXR "
        "clear, no pneumothorax history. Returned from Lagos ⟦DATE:29/10⟧ with fever – malaria film "
        "negative x3. Fit for HUET. Dr ⟦PERSON:Eilidh MacLeod⟧ MFOM",
        ("OGUK medical", "HUET", "malaria film", "pneumothorax", "MFOM", "offshore worker"),
    ),
    (
        "uk09",
        "en",
        "REDUCE-HIP trial – screening log (Site 014, ⟦INSTITUTION:Queen Elizabeth University Hospital⟧)\n"
        "Screen ID,Initials,Age,Screened,Outcome,Reason\n⟦ID:014-S-088⟧,⟦PERSON:MJF⟧,81,⟦DATE:2026-11-02⟧,"
        "Not eligible,AMTS 6/10\n⟦ID:014-S-089⟧,⟦PERSON:AK⟧,⟦AGE:94⟧,⟦DATE:2026-11-03⟧,Randomised,Intertrochanteric "
        "AO 31A2\nTrial coordinator: ⟦PERSON:Ruaraidh Galbraith⟧ ⟦PHONE:0141 451 6633⟧",
        ("AMTS 6/10", "Intertrochanteric", "AO 31A2", "Not eligible", "Randomised", "Site 014"),
    ),
    (
        "uk10",
        "en",
        "Dictation: ⟦ID:VS-2611-004412⟧  Author: ⟦PERSON:ckhoo⟧  Typist: ⟦PERSON:Margaret (Maggie) Ferns⟧  "
        "Received 09:02 Typed 11:47\nX-ray L wrist 2 views (⟦DATE:4/11/26⟧): Distal radius fracture, "
        "dorsal tilt 22°, ulnar styloid avulsion. Frykman VI. Compare ⟦INSTITUTION:Hinchingbrooke⟧ films "
        "from ⟦DATE:March 2025⟧.",
        ("Distal radius fracture", "dorsal tilt", "ulnar styloid", "Frykman VI", "11:47", "2 views"),
    ),
    (
        "uk11",
        "en",
        "Ticket ⟦ID:INC-2026-447190⟧ [PACS/RIS Service Desk] – P3\nRaised by: ⟦PERSON:Kerry-Ann Blackwood⟧ "
        "(Radiographer, ⟦INSTITUTION:Pinderfields⟧) ext ⟦PHONE:55817⟧\nIssue: Study for ⟦PERSON:WOOLLEY, "
        "Ronald⟧ merged to wrong patient ⟦PERSON:WOOLLEY, Ronald Arthur⟧ (different DOB). Modality: Canon "
        "Aquilion ONE. Resolution: unmerged, IHE PIX re-sent.",
        ("Canon Aquilion ONE", "IHE PIX", "Radiographer", "unmerged", "Service Desk", "P3"),
    ),
    (
        "uk12",
        "en",
        "Industrial Injuries Disablement Benefit – ⟦INSTITUTION:DWP⟧ Medical Services\nClaimant: ⟦PERSON:Graham "
        "Lister⟧, NINO ⟦ID:JT 44 19 82 C⟧\nPrescribed disease D1 (pneumoconiosis). HRCT ⟦DATE:Sept 2026⟧: "
        "upper-zone nodules, progressive massive fibrosis right apex, egg-shell calcification of hilar nodes. "
        "ILO category 2/2.\nAssessing HCP: Dr ⟦PERSON:O. Adebisi-Clarke⟧",
        ("pneumoconiosis", "progressive massive fibrosis", "egg-shell calcification", "ILO category 2/2", "HRCT", "D1"),
    ),
    (
        "uk13",
        "en",
        "From: ⟦PERSON:Siobhan Kearney⟧ <⟦EMAIL:siobhan.kearney2@nhs.net⟧>\nSent: ⟦DATE:06 November 2026⟧ 16:40\n"
        "Subject: MDT – ortho-oncology\nHi, can we add ⟦PERSON:Hamish Drummond⟧ (CHI ⟦ID:1108574412⟧) – "
        "lytic lesion proximal humerus, Mirels score 9, ?myeloma vs renal met. Ewing unlikely at this age.\n"
        "Siobhan | Sarcoma CNS | ⟦INSTITUTION:Ninewells⟧ | ⟦PHONE:01382 632891⟧",
        ("Mirels score 9", "proximal humerus", "myeloma", "Ewing", "Sarcoma CNS", "16:40"),
    ),
    (
        "uk14",
        "en",
        "⟦INSTITUTION:Brookfield Lodge Nursing Home⟧ – Transfer letter  Page 1 of 2\nResident: Mrs ⟦PERSON:Winifred "
        "Addison⟧, ⟦AGE:97⟧, NOK: nephew ⟦PERSON:Stuart Beale⟧ ⟦PHONE:07700 900418⟧\nFall at 05:30, "
        "shortened externally rotated R leg. Hx Addison's disease on hydrocortisone, Parkinson's.\n"
        "⟦INSTITUTION:Brookfield Lodge Nursing Home⟧ – Transfer letter  Page 2 of 2",
        ("Addison's disease", "hydrocortisone", "Parkinson's", "externally rotated", "05:30", "Page 2 of 2"),
    ),
    (
        "uk15",
        "en",
        "⟦INSTITUTION:Everlight Radiology⟧ night report (reported from ⟦ADDRESS:Sydney⟧)\nSite: "
        "⟦INSTITUTION:Royal Cornwall Hospital⟧  Acc: ⟦ID:RCH7718420⟧  Pt: ⟦PERSON:Jago Penhaligon⟧, 23M\n"
        "CT head + C-spine: Jefferson fracture C1 with lateral mass overhang 8 mm (Spence rule), "
        "Hangman's not seen. Canadian C-spine rule met. Reporter: Dr ⟦PERSON:L. Chen⟧ FRANZCR",
        ("Jefferson fracture", "Spence rule", "Hangman's", "Canadian C-spine rule", "FRANZCR", "23M"),
    ),
    (
        "uk16",
        "en",
        "Appointment letter\nMiss ⟦PERSON:Zainab Chaudhry⟧\n⟦ADDRESS:27 Lime Grove\nHeaton Moor\nStockport SK4 "
        "4LD⟧\nYour MRI (lumbar spine, with gadolinium) is booked for ⟦DATE:Saturday 21 November 2026⟧ at 08:15 "
        "at ⟦INSTITUTION:Stepping Hill Hospital⟧, Imaging Dept, Level 1. Please phone ⟦PHONE:0161 419 5000⟧ "
        "option 3 to rearrange.",
        ("lumbar spine", "gadolinium", "08:15", "Level 1", "Imaging Dept", "option 3"),
    ),
)
