# ruff: noqa: E501
"""DEV corpus of fix round 24a: addresses, e-mails, IDs and machine-structure persons in system text (issue 14,
deid-fix24a).

Written before reading this round's modules, from the classes of the misses of the RETIRED held-outs 35 and 36
(listed with tests/dev14ga/retired_misses.py; none of their strings is used here): 1. HL7 v2 XAD address
components after the street ('street^other^city^state^zip^country'): the city and the postal code; the state and
country codes stay; 2. obfuscated e-mail addresses ('name(at)host.de', 'name [at] host.at', 'name AT host DOT
com'); 3. export paths and file names: 'Surname_Given' folder parts, identifiers and dates in path segments;
4. HL7 CX identifiers 'value^^^authority^type': the value is PHI, the assigning authority and the type code stay;
5. device serial numbers in DICOM dumps and dose reports (DeviceSerialNumber, (0018,1000), SN) stay; 6. keys of
'Key=value' / 'Key: value' DICOM dumps stay, a patient age below 90 stays. Look-alikes that must stay: HL7 coded
values ('CT^Computed Tomography', 'ORU^R01'), station names, protocol names, software versions, CTDIvol / DLP
values, 'at' in prose, paths without persons.

Markup as tests/curation/deid/text/corpus_de_en.
Measured once, when written, with the code at the branch point: see the docs section
"Report text: round 24a fixes (deid-fix24a)" in docs/deid.md.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr

DEV: tuple[Snippet, ...] = (
    # --- 1. HL7 XAD address components ---
    _de(
        "ADT^A08 flach: PID|1||[[ID:5510347]]^^^{{KLR}}^{{PI}}||[[PERSON:Brandl^Gisela]]||[[DATE:19450311]]|F|||"
        "[[ADDRESS:Lindenweg 4]]^^[[ADDRESS:Kassel]]^^[[ADDRESS:34117]]^{{D}}||[[PHONE:0561 448 2210]]"
    ),
    _de(
        "PID|1||[[ID:88412077]]^^^{{LKH}}^{{PI}}||[[PERSON:Wurzer^Erich]]^^^{{Ing.}}||[[DATE:19380904]]|M|||"
        "[[ADDRESS:Grazer Straße 112]]^^[[ADDRESS:Leoben]]^^[[ADDRESS:8700]]^{{A}}||[[PHONE:03842 55190]]"
    ),
    _en(
        "PID|1||[[ID:W7718204]]^^^{{MERCY}}^{{MR}}||[[PERSON:Holloway^Brenda^K]]||[[DATE:19500122]]|F||2106-3|"
        "[[ADDRESS:219 Maple Ave]]^^[[ADDRESS:Toledo]]^{{OH}}^[[ADDRESS:43604]]^{{USA}}||[[PHONE:(419) 555-0182]]"
    ),
    _en(
        "PID|1||[[ID:K0044127]]^^^{{RBH}}^{{MR}}||[[PERSON:Pritchard^Owen]]^^^{{Mr}}||[[DATE:19470618]]|M|||"
        "[[ADDRESS:8 Quarry Lane]]^^[[ADDRESS:Swindon]]^^[[ADDRESS:SN2 7HF]]^{{GBR}}\nPV1|1|I|{{Ward 12}}^^^"
    ),
    _de(
        "PID|1||[[ID:40077125]]^^^{{KSA}}^{{PI}}||[[PERSON:Vogt^Urs]]||[[DATE:19610228]]|M|||"
        "[[ADDRESS:Bahnhofstrasse 17]]^^[[ADDRESS:Aarau]]^^[[ADDRESS:5000]]^{{CH}}||[[PHONE:062 838 41 10]]"
    ),
    # look-alikes: coded values with carets
    _en(
        "MSH|^~\\&|{{RIS}}|[[INSTITUTION:NORTHGATE CLINIC]]|{{PACS}}|{{RAD}}|[[DATE:20240514101500]]||{{ORU^R01}}|"
        "[[ID:MSG55120]]|P|2.5 OBR|1||[[ID:ACC-55120]]|{{CT^Computed Tomography}} {{OBX|2|NM|CTDIvol^^L}}||{{12.4}}|mGy"
    ),
    _de("OBR|1||[[ID:ORD-88120]]|{{MRKNIE^MRT Knie links}}|||[[DATE:20240611]]\n{{Station}}: {{MR2^Ingenia}}, {{Knie_PD_FS_3mm}}"),
    # --- 2. obfuscated e-mail addresses ---
    _de("Rückfragen an [[EMAIL:sekretariat.roentgen(at)klinikum-fulda.de]], Betreff {{MRT LWS}}."),
    _de("Kontakt: [[EMAIL:petra.lechner [at] ordination-lechner.at]] | {{Befund}} nachgereicht."),
    _fr("Rapport envoyé à [[EMAIL:secretariat.imagerie[at]hin.ch]] le [[DATE:12.10.2024]]."),
    _en("From: Dr. [[PERSON:Alan Reeves]] <[[EMAIL:areeves AT reevesclinic DOT com]]>, re {{CT abdomen}}."),
    _en("Please mail [[EMAIL:j.okafor at nhs dot net]] with the {{accession}} list."),
    # look-alikes: 'at' in prose
    _en("Seen {{at 14:05}}; {{DOT}} protocol at level {{C5}} done; {{lesion at}} the dome."),
    _de("Termin {{at}} home? {{(at)}} {{Thorax}} in zwei Ebenen, {{Lunge}} frei."),
    # --- 3. export paths and file names ---
    _de("Export fehlgeschlagen: \\\\nas01\\radio\\export\\[[PERSON:Kranzl_Walter]]_[[DATE:19500411]]_[[ID:7781204]]\\{{CT_Thorax}}\\IM0001.dcm"),
    _de("Zweitmeinung: E:\\Export\\[[DATE:2024-05-06]]_[[PERSON:Moser_Helga]]_[[ID:SVNR1204150352]]\\{{DICOMDIR}}"),
    _en("DLP alert: /data/research/COPD_Cohort/[[ID:4412887734]]_[[PERSON:Sinclair_Moira]]/[[DATE:2023_11_02]]/{{scans}}/3-Lung_1mm"),
    _en("Folder flagged: R:\\Studies\\{{PE_Trial}}\\[[PERSON:Whitaker_Dean]]_[[ID:MRN5520184]]_[[DATE:07-21-2022]]\\{{Series_003_Venous}}"),
    # look-alikes: paths without persons
    _en("Saved to /data/{{protocols}}/{{CT_Chest_Low_Dose}}/{{v3_2}}/{{Series_002_Arterial}}/IM0004.dcm"),
    _de("Pfad: D:\\{{Vorlagen}}\\{{MRT_Knie_Standard}}\\{{Sequenz_PD_FS}}.xml, {{Station}} {{MR_WEST_3}}"),
    # --- 4. HL7 CX identifiers: authority and type code stay ---
    _de("PID|1||[[ID:30229184]]^^^{{KSW}}^{{PI}}~[[ID:756.1122.3344.55]]^^^{{CHE}}^{{SS}}||[[PERSON:Frei^Lukas]]"),
    _de("PID|1||[[ID:11904412]]^^^{{KABEG}}^{{PI}}~[[ID:3312 040572]]^^^{{SVC}}^{{SS}}||[[PERSON:Taferner^Inge]]"),
    _en("PID|1||[[ID:H2217740]]^^^{{CITYHOSP}}^{{MR}}~[[ID:443 118 9921]]^^^{{NHS}}^{{NH}}||[[PERSON:Doyle^Kieran]]"),
    # --- 5. device serial numbers stay ---
    _de("(0008,1090) LO [{{SOMATOM Force}}]\n(0018,1000) LO [{{73421}}]\n(0018,1020) LO [{{VA50}}]"),
    _en("Manufacturer: GE\nDeviceSerialNumber: {{41207}}\nSoftwareVersions: {{27.0}}\nStationName: {{CT_ED_2}}"),
    _de("Dosisbericht Angiographie ({{Azurion 7}}, SN {{120448}}): {{DFP}} {{88,4 Gy·cm²}}, {{Durchleuchtungszeit}} 12 min."),
    _en("Dose report ({{Revolution CT}}, S/N {{200317}}): {{CTDIvol}} {{9.8 mGy}}, {{DLP}} {{412 mGy·cm}}."),
    # look-alikes: a real ID next to a serial
    _en("DeviceSerialNumber: {{55102}}\nPatientID: [[ID:MRN00771402]]\nAccessionNumber: [[ID:CT24050100412]]"),
    # --- 6. keys of Key=value dumps, ages below 90 ---
    _de("PatientName=[[PERSON:Auer^Lena]] PatientID=[[ID:0448120]] {{PatientBirthDate}}=[[DATE:20170903]] {{PatientAge=007Y}}"),
    _en("PatientBirthDate: [[DATE:19720316]] · {{StudyDate}}: [[DATE:20240219]] · {{Modality: CT}} · {{BodyPartExamined: CHEST}}"),
    _de("{{PatientSex}}=M {{PatientAge=054Y}} {{StudyDescription}}={{CT Abdomen}} {{StudyDate}}=[[DATE:20240301]]"),
    _en("(0010,1010) AS [{{068Y}}] (0010,0040) CS [{{F}}] (0008,0060) CS [{{MR}}]; (0010,1010) AS [[AGE:093]]Y"),
)
