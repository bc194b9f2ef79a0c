# ruff: noqa: E501
"""Held-out 32, United Kingdom and Ireland-influenced English: 16 excerpts (see deid_corpus.py)."""

from __future__ import annotations

UK: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "uk-01",
        "en",
        """Remote and Rural Telehealth – island practice request
Referrer: Dr ⟦PERSON:Catriona MacLeod⟧, ⟦INSTITUTION:Ness Medical Practice⟧, ⟦ADDRESS:Isle of Lewis⟧, tel ⟦PHONE:01851 810 226⟧
Patient: ⟦PERSON:Murdo Morrison⟧, CHI ⟦ID:1207415583⟧, of ⟦ADDRESS:12 Cross Skigersta, Ness, HS2 0TS⟧
CT head ⟦DATE:03/02/2025⟧ at ⟦INSTITUTION:Western Isles Hospital⟧, reported via ⟦INSTITUTION:NHS Golden Jubilee⟧ teleradiology:
acute left convexity subdural haematoma 9 mm, midline shift 4 mm. Discussed with neurosurgery at ⟦INSTITUTION:Aberdeen Royal Infirmary⟧;
transfer by air ambulance advised. Reporter: Dr ⟦PERSON:Fergus Baird⟧, GMC ⟦ID:7031184⟧.""",
        (
            "CT head",
            "subdural haematoma",
            "9 mm",
            "midline shift",
            "neurosurgery",
            "air ambulance",
            "teleradiology",
            "Remote and Rural",
        ),
    ),
    (
        "uk-02",
        "en",
        """ST3 radiology trainee – rotation assessment (ePortfolio, Kaizen)
Trainee: Dr ⟦PERSON:Priya Raghunathan⟧ (GMC ⟦ID:7412290⟧), rotation Interventional Radiology, ⟦INSTITUTION:Leeds Teaching Hospitals⟧
Educational supervisor: Dr ⟦PERSON:Tom Hetherington⟧
Period ⟦DATE:7 Aug 2024⟧ to ⟦DATE:4 Feb 2025⟧. Procedures: 31 ultrasound-guided biopsies, 12 nephrostomies
(Seldinger technique), 6 PICC lines; attended Lower GI bleed angiography with embolisation (Onyx).
Feedback from radiographer ⟦PERSON:Bethan⟧ and nurse ⟦PERSON:Kev⟧ very positive. Next ARCP: summer 2025.""",
        ("ST3", "Kaizen", "Interventional Radiology", "nephrostomies", "Seldinger", "PICC", "Onyx", "ARCP"),
    ),
    (
        "uk-03",
        "en",
        """Dear Dr ⟦PERSON:Evans⟧,
Re: Mr ⟦PERSON:Gareth Wyn Pritchard⟧, ⟦ADDRESS:Tŷ Newydd, Llanuwchllyn, Bala LL23 7UB⟧, NHS no. ⟦ID:485 777 3456⟧
Thanks for sending him down to us at ⟦INSTITUTION:Ysbyty Gwynedd⟧. His MRI lumbar spine on ⟦DATE:14th March 2025⟧ shows
a broad-based L4/5 disc protrusion with lateral recess stenosis, and Modic type 1 change at L5/S1. No
cauda equina compression. He's keen to get back to the farm, bless him, so physio first.
Diolch yn fawr, Dr ⟦PERSON:Siân Roberts⟧, Consultant Radiologist, ⟦EMAIL:sian.roberts2@wales.nhs.uk⟧""",
        (
            "MRI lumbar spine",
            "L4/5",
            "lateral recess stenosis",
            "Modic type 1",
            "L5/S1",
            "cauda equina",
            "Diolch yn fawr",
            "physio",
        ),
    ),
    (
        "uk-04",
        "en",
        """Teaching file – RCR annual conference case submission
Case courtesy of Dr ⟦PERSON:Niamh O'Sullivan⟧ and Dr ⟦PERSON:Ciarán Doherty⟧, ⟦INSTITUTION:Altnagelvin Area Hospital⟧, ⟦ADDRESS:Derry/Londonderry⟧
Diagnosis: Lemierre syndrome – septic thrombophlebitis of the internal jugular vein with cavitating
septic emboli. Fusobacterium necrophorum on blood culture. 19-year-old, sore throat for a week.
Checklist before upload: remove H&C number ⟦ID:3216549870⟧ from the key image, and the label
"⟦PERSON:McLaughlin S⟧ ⟦DATE:22-01-2025⟧" burnt into the ultrasound clip.""",
        (
            "Lemierre syndrome",
            "thrombophlebitis",
            "internal jugular vein",
            "septic emboli",
            "Fusobacterium necrophorum",
            "19-year-old",
            "RCR",
        ),
    ),
    (
        "uk-05",
        "en",
        """Research PACS – de-identification audit log (XNAT), study ProMRI-Scot
⟦DATE:2025-03-11⟧ 02:14:09 run 441 user ⟦PERSON:a.mcintyre⟧ source ⟦INSTITUTION:NHS Tayside⟧ ScanX
PRE  PatientName=⟦PERSON:DUNCAN^ISOBEL^MAIRI⟧ PatientID=⟦ID:2504528891⟧ AccessionNumber=⟦ID:RNTAY0098412⟧
POST PatientName=PROMRI-0093 PatientID=PROMRI-0093 AccessionNumber=(removed)
FLAG private tag (0029,1010) CSA header kept; StationName "⟦INSTITUTION:NINEWELLS⟧-MR2" replaced
FLAG SeriesDescription "ep2d_diff_b1400 Dr ⟦PERSON:Kerr⟧ req" – free text removed by ⟦PERSON:Hamish⟧ manually""",
        (
            "XNAT",
            "02:14:09",
            "CSA header",
            "(0029,1010)",
            "SeriesDescription",
            "ep2d_diff_b1400",
            "StationName",
            "PatientName",
        ),
    ),
    (
        "uk-06",
        "en",
        """Patient portal (Patients Know Best) – message thread
From: ⟦PERSON:Rhiannon Jenkins⟧ Tue ⟦DATE:8 Apr 2025⟧ 23:02
"Hiya, my scan letter says 'fibroadenoma, U3, for core biopsy'. Is it cancer? Also can my partner ⟦PERSON:Dai⟧ come in with me?"
Reply from Breast Imaging, ⟦INSTITUTION:Singleton Hospital⟧, ⟦DATE:9 April 2025⟧: U3 means indeterminate; most are benign.
A 14G core biopsy under ultrasound is booked, and yes, one companion is welcome. Any queries ring the
breast unit on ⟦PHONE:01792 285 112⟧. Kind regards, ⟦PERSON:Carys⟧ (Advanced Practitioner)""",
        ("fibroadenoma", "U3", "core biopsy", "14G", "indeterminate", "benign", "Breast Imaging", "23:02"),
    ),
    (
        "uk-07",
        "en",
        """Second opinion – overseas self-pay patient (Kuwait), via ⟦INSTITUTION:London International Patient Services⟧
Patient: Mr ⟦PERSON:Abdullah Al-Sabah⟧, DOB ⟦DATE:30/11/1969⟧, Civil ID ⟦ID:269113001234⟧
Outside study: PET-CT, ⟦INSTITUTION:Dar Al Shifa Hospital⟧, ⟦DATE:16.01.2025⟧, Arabic report translated.
Our review at ⟦INSTITUTION:The London Clinic⟧: Lugano stage IV diffuse large B-cell lymphoma, Deauville 5
in the spleen and L2 vertebral body. Agree with R-CHOP; interim PET after 2 cycles.
Patient liaison: ⟦PERSON:Mariam⟧, ⟦EMAIL:mariam.k@lips-health.co.uk⟧""",
        (
            "PET-CT",
            "Lugano stage IV",
            "diffuse large B-cell lymphoma",
            "Deauville 5",
            "spleen",
            "L2 vertebral body",
            "R-CHOP",
            "2 cycles",
        ),
    ),
    (
        "uk-08",
        "en",
        """Discharge letter – extract
⟦INSTITUTION:Royal Victoria Hospital⟧, ⟦ADDRESS:Belfast⟧ – Radiology
Dear Dr ⟦PERSON:Gallagher⟧,
I'm after reviewing Mrs ⟦PERSON:Bernadette Quinn⟧ (⟦AGE:93⟧, H&C ⟦ID:6091231904⟧) of ⟦ADDRESS:Carrickmore, Co. Tyrone⟧.
Her CT KUB on Saturday ⟦DATE:1st February⟧ showed a 6 mm obstructing calculus at the left VUJ with mild
hydronephrosis; no perinephric stranding of note. Tamsulosin started, she'd be grand for home with her
daughter ⟦PERSON:Siobhán⟧. Yours, Dr ⟦PERSON:Eoin Brady⟧, SpR, bleep ⟦PHONE:3317⟧""",
        (
            "CT KUB",
            "6 mm",
            "obstructing calculus",
            "VUJ",
            "hydronephrosis",
            "perinephric stranding",
            "Tamsulosin",
            "Radiology",
        ),
    ),
    (
        "uk-09",
        "en",
        """Study coordinator note – SUMMIT-style lung screening sub-study
Participant ⟦ID:LS-2291-047⟧, Mrs ⟦PERSON:Doreen Whitworth⟧, rang Thurs ⟦DATE:15/05/25⟧ re: letter.
She's worried because her late husband ⟦PERSON:Frank⟧ had mesothelioma (worked in the shipyards). Explained her
scan showed a 4 mm perifissural nodule (Brock 1.2 %) and emphysema, centrilobular, upper-zone predominant.
Repeat LDCT at 12 months. Her GP is Dr ⟦PERSON:Ashworth⟧ at ⟦INSTITUTION:Risedale Surgery⟧.
Callback on mobile ⟦PHONE:07700 918 442⟧ if any change. – ⟦PERSON:Jo⟧ (research nurse), ext ⟦PHONE:5519⟧""",
        (
            "mesothelioma",
            "4 mm",
            "perifissural nodule",
            "Brock 1.2 %",
            "centrilobular",
            "upper-zone",
            "LDCT",
            "12 months",
        ),
    ),
    (
        "uk-10",
        "en",
        """Near Me video consultation – radiology results clinic, ⟦INSTITUTION:Lawson Memorial Hospital⟧, ⟦ADDRESS:Golspie⟧
Patient: ⟦PERSON:Alasdair Mackay⟧ (known as ⟦PERSON:Ali⟧), ⟦ADDRESS:Croft 4, Achfary, Lairg IV27 4BQ⟧, CHI ⟦ID:0503586617⟧
Connection dropped twice (poor broadband up the glen). Discussed his wee shadow on the chest X-ray: CT
confirmed a 22 mm spiculated right upper lobe mass, SUV 9.8, N2 station 4R. Referred to the lung MDT at
⟦INSTITUTION:Raigmore⟧. Wife ⟦PERSON:Morag⟧ present on the call. Clinician: Dr ⟦PERSON:Isla Grant⟧.""",
        ("Near Me", "chest X-ray", "22 mm", "spiculated", "right upper lobe", "SUV 9.8", "N2", "4R", "lung MDT"),
    ),
    (
        "uk-11",
        "en",
        """MRI safety screening – implant verification
Patient ⟦PERSON:Owen Llewellyn-Davies⟧, MRN ⟦ID:W1882041⟧, ⟦INSTITUTION:Morriston Hospital⟧
Cochlear implant: Cochlear Nucleus CI632 right, serial ⟦ID:CI632-4100873⟧, implanted 2021 at ⟦INSTITUTION:Bradford Royal Infirmary⟧.
MR Conditional at 1.5 T with magnet in situ and head wrap; expect artefact over the right IAM.
Checked by MR safety expert ⟦PERSON:Sioned Harries⟧ on ⟦DATE:21/10/2024⟧; audiology contacted (⟦EMAIL:audiology.morriston@wales.nhs.uk⟧).""",
        (
            "Cochlear Nucleus CI632",
            "MR Conditional",
            "1.5 T",
            "magnet in situ",
            "head wrap",
            "IAM",
            "2021",
            "MR safety expert",
        ),
    ),
    (
        "uk-12",
        "en",
        """Regional sarcoma MDT – outcome sheet (Teams)
Meeting link: ⟦URL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZTc2YjUt@thread.v2/0?context=%7b%22Tid%22%3a%22rnoh%22%7d⟧
Remote attendee log: ⟦PERSON:dr.h.patel⟧ joined from ⟦ID:194.80.212.37⟧ at 13:02
Patient: ⟦PERSON:STEVENS, Kyle⟧, 24 yrs, NHS ⟦ID:943 476 5919⟧, referred by ⟦INSTITUTION:Royal National Orthopaedic Hospital⟧
Outcome: Ewing sarcoma of the left iliac wing, Enneking IIB, no lung metastases on CT. For VIDE chemotherapy.""",
        (
            "Ewing sarcoma",
            "iliac wing",
            "Enneking IIB",
            "lung metastases",
            "VIDE",
            "13:02",
            "Remote attendee log",
            "24 yrs",
        ),
    ),
    (
        "uk-13",
        "en",
        """Sports medicine clinic – wearable data (patient shared Strava / WHOOP export)
Athlete: ⟦PERSON:Callum Fraser⟧, Strava handle ⟦PERSON:@callum_runs_munros⟧, club ⟦INSTITUTION:Inverness Harriers⟧
Export ⟦DATE:01/06/2025⟧–⟦DATE:30/06/2025⟧: weekly mileage up from 40 to 85 km, HRV falling, strain 18.
MRI left tibia: Fredericson grade 3 medial tibial stress injury (periosteal and marrow oedema on STIR,
no fracture line). Advice: offload 6 weeks, bone health bloods (vitamin D). Physio ⟦PERSON:Eilidh⟧ to plan return.""",
        ("Strava", "WHOOP", "HRV", "MRI left tibia", "Fredericson grade 3", "STIR", "6 weeks", "vitamin D"),
    ),
    (
        "uk-14",
        "en",
        """BJR Case Reports – manuscript cover page (draft for anonymisation check)
Title: Spontaneous intracranial hypotension with a CSF-venous fistula on decubitus digital subtraction myelography
Authors: ⟦PERSON:Hannah Okonkwo⟧, ⟦PERSON:James Whitfield⟧, ⟦PERSON:Li Wei⟧
Affiliation: Department of Neuroradiology, ⟦INSTITUTION:Walton Centre⟧, ⟦ADDRESS:Lower Lane, Liverpool L9 7LJ⟧
Corresponding author: ⟦EMAIL:h.okonkwo@thewaltoncentre.nhs.uk⟧, ORCID ⟦ID:0000-0002-4471-9083⟧
Reviewer note: figure 3 legend still gives the hospital number ⟦ID:WC0041178⟧ and scan date ⟦DATE:12.12.2024⟧. Bern score 7.""",
        (
            "Spontaneous intracranial hypotension",
            "CSF-venous fistula",
            "decubitus",
            "digital subtraction myelography",
            "Neuroradiology",
            "figure 3",
            "Bern score 7",
        ),
    ),
    (
        "uk-15",
        "en",
        """Letter from GP – radiology request
Dear Colleague,
Could yous please see this wee lady, Mrs ⟦PERSON:Agnes McGlashan⟧, ⟦AGE:97⟧, ⟦ADDRESS:Flat 2/1, 14 Calder Street, Govanhill, G42 7RD⟧, CHI ⟦ID:2307270484⟧.
She's had a fall and is sore at the left hip; X-ray at the ⟦INSTITUTION:QEUH⟧ was "no obvious fracture" but she still cannae weight-bear.
Please consider MRI or CT pelvis for occult neck of femur fracture. Her niece ⟦PERSON:Senga⟧ is next of kin, ⟦PHONE:0141 423 7718⟧.
Yours aye, Dr ⟦PERSON:Rab Kerr⟧, ⟦INSTITUTION:Victoria Road Medical Practice⟧""",
        ("neck of femur", "occult", "CT pelvis", "weight-bear", "left hip", "no obvious fracture"),
    ),
    (
        "uk-16",
        "en",
        """Cross-border referral – imaging transfer note
Patient: ⟦PERSON:Seán Ó Domhnaill⟧, PPSN ⟦ID:7234561TA⟧, Eircode ⟦ADDRESS:F92 X2Y4⟧, ⟦ADDRESS:Gaoth Dobhair⟧
Images pushed over NIMIS to ⟦INSTITUTION:Altnagelvin⟧ on ⟦DATE:2025-02-27⟧, accession ⟦ID:LUH25-118034⟧ from ⟦INSTITUTION:Letterkenny University Hospital⟧.
CT coronary angiography: CAD-RADS 4A, 70–99 % stenosis proximal LAD, calcium score 611. For invasive angiography.
Contact: ⟦PERSON:Máire⟧ (radiology admin), ⟦PHONE:+353 74 912 5888⟧ ext ⟦PHONE:3402⟧""",
        (
            "NIMIS",
            "CT coronary angiography",
            "CAD-RADS 4A",
            "70–99 %",
            "proximal LAD",
            "calcium score 611",
            "invasive angiography",
        ),
    ),
)
