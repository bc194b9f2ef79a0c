"""Held-out 25, United States: 16 excerpts (English). Marked text, see deid_corpus.py."""

US: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "us01",
        "en",
        "STATE OF OHIO BUREAU OF WORKERS' COMPENSATION – Request for Medical Records\nClaim #: ⟦ID:26-831447⟧  "
        "Injured Worker: ⟦PERSON:ESPINOZA, RAUL⟧  DOI: ⟦DATE:09/14/2026⟧\nEmployer: ⟦INSTITUTION:Buckeye Cold "
        "Storage LLC⟧\nPlease forward the lumbar MRI and report (L5 pars defect? spondylolysis, Meyerding grade). "
        "MCO case manager ⟦PERSON:Tonya Gaines⟧, RN ⟦PHONE:(614) 555-0187⟧ x⟦PHONE:2204⟧",
        ("pars defect", "spondylolysis", "Meyerding grade", "lumbar MRI", "MCO case manager"),
    ),
    (
        "us02",
        "en",
        "Office of the Chief Medical Examiner – ⟦ADDRESS:Maricopa County⟧\nCase ⟦ID:ME26-04418⟧  Decedent: "
        "Unknown Male #7 later ID'd as ⟦PERSON:Dwayne Littlefeather⟧\nPMCT ⟦DATE:11/03/2026⟧ 06:20: "
        "bilateral calcaneal fractures, L1 burst, 'lover's fracture' pattern consistent with fall from height. "
        "Investigator ⟦PERSON:Marisol Quiñones⟧, ⟦PHONE:602-506-3322⟧",
        ("calcaneal fractures", "L1 burst", "lover's fracture", "fall from height", "06:20", "PMCT"),
    ),
    (
        "us03",
        "en",
        "⟦INSTITUTION:FMC Butner⟧ – Health Services\nInmate ⟦PERSON:TRAN, Minh Quoc⟧ (⟦PERSON:Trần Minh Quốc⟧), "
        "Reg. No. ⟦ID:48119-057⟧\nOutside trip to ⟦INSTITUTION:Duke Raleigh⟧ ⟦DATE:Nov. 10⟧ for PET/CT (FDG) – staging "
        "Hodgkin lymphoma, Lugano Deauville 4. Security level: medium, 2 officers, restraints per policy.\n"
        "Clinical Director: Dr. ⟦PERSON:Aaron Whitfield⟧",
        ("Hodgkin lymphoma", "Deauville 4", "Lugano", "PET/CT", "FDG", "Security level"),
    ),
    (
        "us04",
        "en",
        '{"resourceType":"DiagnosticReport","status":"final","code":{"text":"XR ANKLE 3+ VIEWS '
        'RIGHT"},\n"subject":{"reference":"Patient/⟦ID:e9Kq2Lx7⟧","display":"⟦PERSON:Brianna '
        'Okafor-Lindgren⟧"},\n"effectiveDateTime":"⟦DATE:2026-11-05T14:32:00-06:00⟧","performer":['
        '{"display":"⟦PERSON:Keller, Thomas J⟧ MD"}],\n"conclusion":"Ottawa ankle rules positive; Maisonneuve '
        'not excluded, obtain tib/fib."}',
        ("DiagnosticReport", "XR ANKLE 3+ VIEWS", "Ottawa ankle rules", "Maisonneuve", "tib/fib", "effectiveDateTime"),
    ),
    (
        "us05",
        "en",
        "⟦INSTITUTION:Naval Medical Center Portsmouth⟧ – Radiology\nSM: HM2 ⟦PERSON:Jordan Villanueva⟧, "
        "DoD ID ⟦ID:1488302751⟧, ⟦INSTITUTION:USS Bataan (LHD 5)⟧\nMRI L shoulder ⟦DATE:04NOV2026⟧: Bankart "
        "lesion with HAGL, glenoid bone loss 18% (best-fit circle). SLAP II.\nRead by CDR ⟦PERSON:Heather "
        "Lindqvist⟧ MC USN, DSN ⟦PHONE:953-5561⟧",
        ("Bankart lesion", "HAGL", "best-fit circle", "SLAP II", "glenoid bone loss", "MRI L shoulder"),
    ),
    (
        "us06",
        "en",
        "Epic Secure Chat – 11/06 02:47\n⟦PERSON:Ngozi Eze⟧ (ED Resident): can vRad read the CT face on "
        "⟦PERSON:Hollis, Jeb⟧ MRN ⟦ID:E44190317⟧? bar fight, ?LeFort\n⟦PERSON:vRad_Tele_RD⟧: LeFort II on the right, "
        "LeFort I bilateral, ZMC tetrapod fx left. NOE intact. Called to Dr. ⟦PERSON:Ramos-Whitaker⟧ 02:59.",
        ("LeFort II", "LeFort I", "ZMC tetrapod", "NOE intact", "CT face", "02:59"),
    ),
    (
        "us07",
        "en",
        "OMFS Clinic – ⟦INSTITUTION:UCLA School of Dentistry⟧\nPt: ⟦PERSON:Soo-ah Park⟧ 31F  Chart "
        "⟦ID:D-2204718⟧  Referred by Dr. ⟦PERSON:Gil Haddad⟧, DDS, ⟦INSTITUTION:Westwood Family Dental⟧\n"
        "CBCT: ameloblastoma vs OKC, multilocular radiolucency R mandibular ramus, root resorption #30/#31, "
        "cortical expansion. Stafne defect excluded.",
        ("ameloblastoma", "OKC", "mandibular ramus", "#30/#31", "Stafne defect", "31F"),
    ),
    (
        "us08",
        "en",
        "timestamp,user_id,role,action,patient_mrn,study_accession,ip\n2026-11-05T21:14:07Z,⟦PERSON:jmcgrath⟧,"
        "RADRES,VIEW,⟦ID:00731842⟧,⟦ID:ACC26-5518420⟧,10.14.2.87\n2026-11-05T21:16:55Z,⟦PERSON:jmcgrath⟧,RADRES,"
        "PRINT,⟦ID:00731842⟧,⟦ID:ACC26-5518420⟧,10.14.2.87\n# flagged: VIP patient (Sen. ⟦PERSON:Marcus "
        "Delahunt⟧) break-the-glass",
        ("RADRES", "break-the-glass", "patient_mrn", "study_accession", "VIEW", "PRINT"),
    ),
    (
        "us09",
        "en",
        "ORTHO-FX-402 (NCT06114428) Subject Screening & Enrollment Log – Site ⟦INSTITUTION:Hennepin Healthcare⟧\n"
        "Subj ⟦ID:402-11-017⟧ | ⟦PERSON:Q.L.⟧ | consent ⟦DATE:10/28/26⟧ | Pilon fx Ruedi-Allgower II | enrolled\n"
        "Subj ⟦ID:402-11-018⟧ | ⟦PERSON:B.A.W.⟧ | consent declined | Gustilo IIIB open tibia | excluded\n"
        "CRC: ⟦PERSON:Hodan Warsame⟧, ⟦EMAIL:hodan.warsame@hcmed.org⟧",
        ("Gustilo IIIB", "Ruedi-Allgower II", "NCT06114428", "Pilon fx", "consent declined", "open tibia"),
    ),
    (
        "us10",
        "en",
        "SUBPOENA DUCES TECUM – ⟦INSTITUTION:Superior Court of California, County of San Diego⟧\nCase No. "
        "⟦ID:37-2026-00041187-CU-PA-CTL⟧  ⟦PERSON:Alvarez⟧ v. ⟦INSTITUTION:Pacific Rideshare Inc.⟧\n"
        "Custodian of Records, ⟦INSTITUTION:Scripps Mercy⟧: produce all imaging of ⟦PERSON:Yesenia M. Alvarez⟧ "
        "(DOB ⟦DATE:12/02/1990⟧) incl. CT C-spine and MRI brain (DAI? SWI microbleeds).",
        ("CT C-spine", "MRI brain", "SWI microbleeds", "DAI", "Custodian of Records", "DUCES TECUM"),
    ),
    (
        "us11",
        "en",
        "Passport Health – Pre-travel & return visit\nMr. ⟦PERSON:Anand Venkataraman⟧ ⟦AGE:92⟧ yo, back from "
        "Peru (Cusco, 3400 m) ⟦DATE:Oct 30th⟧. Dyspnea. CXR: patchy bilateral opacities, HAPE vs "
        "COVID. Chagas serology sent. Daughter ⟦PERSON:Lakshmi⟧ at bedside, cell ⟦PHONE:(408) 555-0143⟧.",
        ("HAPE", "Chagas serology", "bilateral opacities", "Dyspnea", "3400 m", "COVID"),
    ),
    (
        "us12",
        "en",
        "MSH|^~\\&|EPIC|⟦INSTITUTION:ROCHMC⟧|POWERSCRIBE|RAD|⟦DATE:202611060915⟧||ORU^R01|88213|P|2.3\n"
        "PID|1||⟦ID:MC0044718⟧^^^MCR^MR||⟦PERSON:BJORNSTAD^INGRID^K⟧||⟦DATE:19310517⟧|F|||⟦ADDRESS:1812 "
        "Cascade Dr SW^^Rochester^MN^55902⟧\nOBR|1||⟦ID:RAD9917720⟧|DXA^DEXA HIP AND SPINE\n"
        "OBX|1|TX|||FRAX 10-yr hip fracture risk 7.2%. T-score -3.1 L1-L4.",
        ("DEXA HIP AND SPINE", "FRAX", "T-score -3.1", "L1-L4", "ORU^R01", "POWERSCRIBE"),
    ),
    (
        "us13",
        "en",
        "IME Report – ⟦INSTITUTION:Lone Star Independent Medical Evaluations⟧\nExaminee: ⟦PERSON:Delgado, "
        "Ricardo⟧, Carrier claim ⟦ID:TX-WC-5512087⟧, adjuster ⟦PERSON:Kim Nguyen-Barrett⟧ "
        "(⟦EMAIL:knguyen@tx-mutual-claims.com⟧)\nReviewed MRI R knee from ⟦INSTITUTION:Alamo Open MRI⟧ "
        "(⟦DATE:Aug 2026⟧): degenerative medial meniscus, Outerbridge III chondromalacia. MMI reached.",
        ("Outerbridge III", "medial meniscus", "chondromalacia", "MMI reached", "IME Report"),
    ),
    (
        "us14",
        "en",
        "ServiceNow RITM⟦ID:0448172⟧ – Imaging Informatics\nRequested for: ⟦PERSON:Patel, Devika⟧ (CT tech, "
        "⟦INSTITUTION:Baptist Health Boca⟧)\nDescription: MWL not populating on GE Revolution Apex; patient "
        "⟦PERSON:Fontaine, Marie-Claude⟧ (MRN ⟦ID:BH11847302⟧) had to be hand-keyed. Fontaine stage unrelated.\n"
        "Assigned: ⟦PERSON:r.okoye⟧",
        ("GE Revolution Apex", "MWL", "hand-keyed", "Fontaine stage", "Imaging Informatics", "CT tech"),
    ),
    (
        "us15",
        "en",
        "⟦INSTITUTION:Sunbelt Orthopedic & Spine Associates⟧  |  Page 2 of 3\n...Dr. ⟦PERSON:Whitaker⟧ "
        "discussed ACDF at C5-6 and C6-7. Hoffmann sign positive, Spurling negative. MRI ⟦DATE:10/2026⟧ "
        "from ⟦INSTITUTION:Desert Sky Imaging⟧ shows cord signal change (T2 hyperintense).\n"
        "⟦INSTITUTION:Sunbelt Orthopedic & Spine Associates⟧  |  Page 3 of 3\nFax ⟦PHONE:480.555.0199⟧",
        ("ACDF", "C5-6", "Hoffmann sign", "Spurling", "T2 hyperintense", "Page 3 of 3"),
    ),
    (
        "us16",
        "en",
        "cc: Dr. ⟦PERSON:Renata Szabo⟧ (PCP), ⟦INSTITUTION:Kaiser Permanente Roseville⟧; ⟦PERSON:Wanda "
        "Holloway⟧ (wife, POA), ⟦ADDRESS:44 Elderberry Ct, Lincoln, CA 95648⟧; ⟦INSTITUTION:Veterans Home "
        "of California – Yountville⟧\nRe: ⟦PERSON:Holloway, Earl⟧ DOB ⟦DATE:1/9/1942⟧ – CT hip: Paget disease "
        "of bone, no Looser zone. Member ID ⟦ID:W88140275⟧.",
        ("Paget disease", "Looser zone", "CT hip", "PCP", "POA"),
    ),
)
