"""Held-out 38, United States: 16 English excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "us01",
        "en",
        "Clinical trial eligibility screen – NCT05502237 (sponsor Merck)\n"
        "Pt: ⟦PERSON:Washington, Denise R.⟧ MRN ⟦ID:004418273⟧, screening # ⟦ID:0142-S-0087⟧, DOB "
        "⟦DATE:7/14/1962⟧\nBaseline CT C/A/P ⟦DATE:01/21/2025⟧: 2 target lesions per RECIST 1.1 "
        "(SLD 47 mm). Investigator ⟦PERSON:Raymond Castillo⟧, MD, coordinator ⟦EMAIL:tkim3@mdanderson.org⟧"
        " Patient lives ⟦ADDRESS:Sugar Land, TX⟧; spouse ⟦PERSON:Calvin Washington⟧ ⟦PHONE:(281) 555-0122⟧.",
        ("NCT05502237", "Baseline CT C/A/P", "2 target lesions", "RECIST 1.1", "SLD 47 mm", "Investigator"),
    ),
    (
        "us02",
        "en",
        "IRB correspondence – Protocol #2024-0613 (IRB)\nRe: waiver of HIPAA authorization "
        "for retrospective chart review of 1,204 CTPA studies (Wells, PERC, YEARS).\nOne record must be "
        'excluded: ⟦PERSON:James "Jimmy" O\'Neil⟧, ⟦ADDRESS:41 Adams St, Dorchester, MA 02122⟧, opted '
        "out ⟦DATE:March 3, 2025⟧.\nPI: Dr. ⟦PERSON:Priya Ramanathan⟧, ⟦PHONE:(617) 726-4410⟧"
        " Study email ⟦EMAIL:ctpa.review@mgh.harvard.edu⟧.",
        (
            "Protocol #2024-0613",
            "HIPAA authorization",
            "retrospective chart review",
            "1,204 CTPA",
            "Wells",
            "PERC",
            "YEARS",
        ),
    ),
    (
        "us03",
        "en",
        "RADPEER review form – reviewer ⟦PERSON:dthompson⟧, ⟦DATE:2025-02-27⟧\nOriginal read: Dr. "
        "⟦PERSON:Graves⟧, acc# ⟦ID:CT250219-0448⟧. Score 2a: 5 mm pulmonary nodule, Fleischner "
        "recommends no routine follow-up. Patient ⟦PERSON:Hector Graves⟧ (not related) – Graves "
        "disease history irrelevant.\nACR peer review period Q1 2025."
        " Patient MRN ⟦ID:3309271⟧, DOB ⟦DATE:10/10/1955⟧.",
        (
            "RADPEER review form",
            "Score 2a",
            "5 mm",
            "pulmonary nodule",
            "Fleischner",
            "Graves disease",
            "ACR",
            "Q1 2025",
        ),
    ),
    (
        "us04",
        "en",
        "Tumor board attendance – ⟦INSTITUTION:Sloan Kettering⟧ Thoracic DMT, "
        "⟦DATE:Wed 3/12/25⟧ 7:00 AM\nPresent: ⟦PERSON:Halvorsen⟧, ⟦PERSON:Oyelaran⟧, ⟦PERSON:Feldstein⟧ (rad), "
        "⟦PERSON:A. Patel⟧ (fellow), NP ⟦PERSON:Tamika Brooks⟧\nCase 2: ⟦PERSON:Irene Kowalczyk⟧, "
        "68F, stage IIIA (T3N1), ALK+, Pancoast; plan per LIBRETTO-432? No – ALINA adjuvant."
        " MRN ⟦ID:35011927⟧; daughter ⟦PERSON:Karen⟧ present by phone.",
        (
            "Tumor board",
            "Thoracic DMT",
            "7:00 AM",
            "(rad)",
            "(fellow)",
            "68F",
            "stage IIIA",
            "T3N1",
            "ALK+",
            "Pancoast",
            "LIBRETTO-432",
            "ALINA",
        ),
    ),
    (
        "us05",
        "en",
        "ACR Dose Index Registry – outlier review\nExam: CT abd/pelvis ⟦DATE:20250114⟧, accession "
        "⟦ID:E12458873⟧, patient ⟦PERSON:Leroy Jenkins⟧ (⟦AGE:90⟧ y/o), SSDE 28 mGy (>75th "
        "percentile), Revolution CT.\nPhysicist ⟦PERSON:Ana Lucía Ortiz⟧, DABR, ⟦EMAIL:aortiz@"
        "baylorhealth.edu⟧, pager ⟦PHONE:214-555-0143⟧"
        " Patient home: ⟦ADDRESS:Plano, TX 75024⟧.",
        (
            "ACR Dose Index Registry",
            "outlier review",
            "CT abd/pelvis",
            "SSDE 28 mGy",
            "75th percentile",
            "Revolution CT",
            "Physicist",
        ),
    ),
    (
        "us06",
        "en",
        "Teaching file submission (RSNA Case Collection) – de-ID exception\nPatient ⟦PERSON:Marcus Lee "
        "Bennett⟧ signed photo consent ⟦DATE:02/07/2025⟧ (tattoo visible on VR). Bennett fracture, "
        "Rolando ruled out; Gilula arcs intact.\nSubmitted by ⟦PERSON:Kayla Nguyen⟧, DO, "
        "⟦INSTITUTION:UT Southwestern⟧, ⟦URL:https://cases.rsna.org/submit?id=88231&amp;user=knguyen⟧"
        " MRN ⟦ID:8827104⟧.",
        (
            "Teaching file submission",
            "RSNA Case Collection",
            "de-ID exception",
            "VR",
            "Bennett fracture",
            "Rolando",
            "Gilula arcs",
        ),
    ),
    (
        "us07",
        "en",
        "Data use agreement request – limited data set (dates of service kept)\nRequester Dr. ⟦PERSON:"
        "Wen-Li Huang⟧, ⟦INSTITUTION:Emory⟧ biostatistics, wants 3,300 screening mammograms, BI-RADS "
        "density, Tyrer-Cuzick, Gail model; analysis in Stata 18 and SAS 9.4.\nTest row in spreadsheet "
        "still shows ⟦PERSON:Abernathy, Lois⟧ MRN ⟦ID:77120934⟧ ⟦DATE:1/3/1958⟧ – remove."
        " Her address ⟦ADDRESS:225 Ponce de Leon Ave NE, Atlanta, GA 30308⟧ also in column F.",
        (
            "Data use agreement",
            "limited data set",
            "3,300 screening mammograms",
            "BI-RADS",
            "Tyrer-Cuzick",
            "Gail model",
            "Stata 18",
            "SAS 9.4",
        ),
    ),
    (
        "us08",
        "en",
        "HTML-encoded note from portal: Pt&#39;s daughter ⟦PERSON:Ren&eacute;e Dubois&#45;Carter⟧ "
        "(⟦PHONE:504&#45;555&#45;0198⟧) asks that her mother ⟦PERSON:Odile Dubois⟧ not be enrolled in "
        "the LUNAR study.\nUS: Baker&#39;s cyst 4.1 cm, no DVT; Virchow triad discussed."
        " MRN&#58; ⟦ID:7741029⟧, seen at ⟦INSTITUTION:Touro Infirmary⟧ ⟦DATE:2/4/2025⟧.",
        ("Pt&#39;s daughter", "LUNAR study", "Baker&#39;s cyst", "4.1 cm", "no DVT", "Virchow triad"),
    ),
    (
        "us09",
        "en",
        "Implant registry (AJRR) record\n⟦PERSON:Harold Mason⟧, DOB ⟦DATE:11-02-1947⟧, Medicare MBI "
        "⟦ID:1EG4-TE5-MK73⟧, ⟦ADDRESS:Sun City West, AZ⟧\nTKA revision, Stryker Triathlon TS; "
        "Mason type II radial head fx (2019) noted. Surgeon NPI ⟦ID:1457392018⟧, "
        "⟦INSTITUTION:Banner Boswell Medical Center⟧"
        " Surgeon Dr. ⟦PERSON:Kevin Marsh⟧.",
        ("AJRR", "TKA revision", "Triathlon TS", "Mason type II", "radial head fx", "(2019)", "Surgeon NPI"),
    ),
    (
        "us10",
        "en",
        'CRO query (Medidata Rave) – Subject ⟦ID:101-004⟧, Visit C3D1\nQuery text: "Source shows '
        "Pt name ⟦PERSON:Ramirez Gonzalez, Maria del Carmen⟧ and DOB ⟦DATE:8/30/71⟧ on the uploaded "
        'PDF – please redact and re-upload." Opened by ⟦PERSON:Chris Dale⟧ '
        "(⟦EMAIL:cdale@ppd-clinical.com⟧) ⟦DATE:Feb 18⟧."
        " Site PI Dr. ⟦PERSON:Ana Flores⟧, ⟦INSTITUTION:Valley Children's⟧; site MRN ⟦ID:A00912874⟧.",
        ("Medidata Rave", "Visit C3D1", "Query text", "re-upload"),
    ),
    (
        "us11",
        "en",
        "Case conference slide notes (M&M, Body Imaging)\nMissed appendicitis on CT – Alvarado 8, "
        'AIR score not used. Pt ⟦PERSON:T.J. Walker⟧ (goes by "TJ"), 19M, seen at '
        "⟦INSTITUTION:Grady⟧ ED ⟦DATE:12/30/24⟧ 23:15, discharged, returned perforated.\nPresenter: "
        "⟦PERSON:Morgan Reyes⟧, MD (PGY-4), x⟦PHONE:64417⟧"
        " MRN ⟦ID:2209183⟧; mom ⟦PERSON:Latoya Walker⟧ at ⟦PHONE:404-555-0164⟧.",
        ("Case conference", "Body Imaging", "Alvarado 8", "AIR score", "19M", "23:15", "PGY-4"),
    ),
    (
        "us12",
        "en",
        'Abstract (ARRS 2025) draft: "LI-RADS treatment response after Y-90" – n=64, Kaplan-Meier, '
        'Cox regression, kappa 0.68.\nReviewer comment: Figure 3 shows PACS banner "⟦PERSON:HOLLOWAY^'
        'BEATRICE^J⟧ MR# ⟦ID:5521873⟧ ⟦INSTITUTION:Tampa General⟧". Corresponding author '
        "⟦PERSON:Sanjay Mehta⟧, ⟦EMAIL:smehta@usf.edu⟧."
        " Patient DOB ⟦DATE:04/19/1951⟧.",
        (
            "ARRS 2025",
            "LI-RADS treatment response",
            "Y-90",
            "n=64",
            "Kaplan-Meier",
            "Cox regression",
            "kappa 0.68",
            "Figure 3",
            "PACS banner",
        ),
    ),
    (
        "us13",
        "en",
        "SEER / state cancer registry abstract – abstractor ⟦PERSON:Lisa Tran⟧\nPatient: "
        "⟦PERSON:Frank Lincoln⟧, SSN ⟦ID:512-48-7730⟧, ⟦ADDRESS:1820 Lincoln Ave, Apt 2B, "
        "Evanston, IL 60201⟧\nDx ⟦DATE:2024-12-09⟧ by MRI: Frank's sign absent; glioblastoma, "
        "WHO grade 4, IDH-wildtype, RANO baseline."
        " Reporting facility ⟦INSTITUTION:NorthShore Evanston Hospital⟧, MRN ⟦ID:NS0049182⟧.",
        ("SEER", "abstractor", "Frank's sign", "glioblastoma", "WHO grade 4", "IDH-wildtype", "RANO baseline"),
    ),
    (
        "us14",
        "en",
        "Ethics consult request – incidental findings in research MRI (UK Biobank-style protocol, "
        "ABCD Study)\nParticipant ⟦ID:NDAR_INV4KT81GX2⟧ = ⟦PERSON:Jaylen Carter⟧, 11 y/o; Chiari I "
        "malformation 7 mm. Parents ⟦PERSON:Monique⟧ and ⟦PERSON:Derrick Carter⟧ to be called at "
        "⟦PHONE:(404) 555-0177⟧."
        " PI Dr. ⟦PERSON:Renee Albright⟧, ⟦EMAIL:ralbright@emory.edu⟧.",
        ("Ethics consult", "incidental findings", "ABCD Study", "11 y/o", "Chiari I", "malformation 7 mm"),
    ),
    (
        "us15",
        "en",
        "Quality (OPPE) discrepancy log – ⟦INSTITUTION:Kaiser Permanente Oakland⟧\nRead by "
        "⟦PERSON:Stone, Andrew⟧ MD ⟦DATE:01.28.2025⟧; overread by Dr. ⟦PERSON:Rebecca Stone⟧: "
        "kidney stone 6 mm UVJ missed. Member # ⟦ID:11029384756⟧. Patient ⟦PERSON:Brooke Diaz⟧."
        " DOB ⟦DATE:6/6/1980⟧, lives ⟦ADDRESS:Alameda, CA⟧.",
        ("OPPE", "discrepancy log", "kidney stone 6 mm", "UVJ", "overread"),
    ),
    (
        "us16",
        "en",
        "Mojibake in RIS import (Windows-1252 → UTF-8): ⟦PERSON:JosÃ© MartÃ­nez⟧ MRN ⟦ID:60011927⟧ "
        "DOB ⟦DATE:1966-05-02⟧\nReferring: Dr. ⟦PERSON:FranÃ§ois Lefebvre⟧ at "
        "⟦INSTITUTION:Ochsner⟧, fax ⟦PHONE:504.842.3001⟧. Findings: Morison pouch fluid, "
        "FAST positive, AAST grade III spleen."
        " Pt phone ⟦PHONE:(504) 555-0109⟧.",
        ("Mojibake", "Windows-1252", "Morison pouch", "FAST positive", "AAST grade III spleen"),
    ),
)
