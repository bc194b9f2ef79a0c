# ruff: noqa: E501
"""DEV corpus of rules round 9, facilities and keep-terms (issue 14, deid-fac9).

Written by the round-9 facilities engineer before any change of this round, without opening a held-out set,
from the classes the lead listed (counts only): facility names with no keyword or a foreign one (acronyms in
ward / site contexts, famous short names after "at the", "<City> Children's", a place-like name plus a unit
or modality head: "ED", "Neuro ICU", "MRI", "Imaging Ctr", "Radiology Assoc.", French / Italian heads,
German "<Fach> am <Name>" practices), and keep-terms that must survive: clock times after a date, ward /
station designations, a section / modality / specialty word beside a facility, an eponymous disease after a
signature. Hard near-misses: place-named diseases, unit words without a name, scanner and modality names.

Clock times are not PHI in this project (the dev sets leave "at 15:40", "[[DATE:...]] 16:02" unmarked); here
they are keep-terms.

Markup as tests/curation/deid/text/corpus_de_en: ``[[LABEL:text]]`` is PHI, ``{{text}}`` a keep-term.
Measured once, when written, with the code at the branch point (8bc6195): see docs/deid.md, round 9.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- acronyms in location contexts, networks with a site ---
    _en("Inpatient on {{ward 18}} at [[INSTITUTION:QEUH]]; {{CT}} {{pulmonary angiogram}}: no {{filling defect}}."),
    _de("Zuweisung aus dem [[INSTITUTION:SRO Langenthal]], {{Station B3}}. {{MRT}} {{LWS}}: {{Spondylolisthesis}} {{L4/5}} {{Meyerding I}}."),
    _fr("Patient hospitalisé à l'[[INSTITUTION:HVS Sion]], {{unité 5}}. {{IRM}} cérébrale: {{sclérose en plaques}}, {{12}} lésions."),
    _en("Referred from [[INSTITUTION:UCLH]] {{Orthopaedics}} for {{CT}} {{pelvis}}; {{acetabular}} fracture, {{Judet}} views reviewed."),
    _de("Vorbefund [[INSTITUTION:KSA]] {{Neurologie}} vom [[DATE:03.02.2025]]: {{Glioblastom}} {{WHO Grad 4}}."),
    # --- famous short names after "at the" ---
    _en("Previous {{MRI}} at the [[INSTITUTION:Brigham]] showed a {{Chiari I}} malformation, {{tonsillar descent}} {{7 mm}}."),
    _en("He was followed at the [[INSTITUTION:Radcliffe]] for {{Crohn's disease}}; {{MR enterography}}: {{terminal ileum}} thickening."),
    _en("Narrowing at the {{Whipple}} anastomosis; the {{hepaticojejunostomy}} is patent."),
    # --- possessive short forms ---
    _en("Transferred to [[INSTITUTION:Cincinnati Children's]] for {{ECMO}}. {{Chest radiograph}}: {{cannula}} tip at the {{right atrium}}."),
    _en("Low-dose {{children's}} protocol used; {{CTDIvol}} {{1.9 mGy}}."),
    # --- place-like name + unit / modality head ---
    _en("LOCATION: [[INSTITUTION:Riverbend]] ED\nEXAM: {{CT}} {{head}} without contrast\nIMPRESSION: no {{acute intracranial hemorrhage}}."),
    _en("Patient in [[INSTITUTION:Harborview]] Neuro ICU, bed {{12}}. {{CTA}}: {{vasospasm}} of the {{left MCA}}."),
    _en("Admitted to the {{Neuro ICU}} overnight; {{EVD}} tip in the {{third ventricle}}."),
    _en("Outside films from [[INSTITUTION:Lakeshore Imaging Ctr]] dated [[DATE:2/3/2025]] were compared. {{Lyme}} arthritis not excluded."),
    _en("Prior study: [[INSTITUTION:Tri-County Radiology Assoc.]], {{MRI}} {{lumbar spine}}, {{L5-S1}} protrusion."),
    _en("Provider: [[INSTITUTION:Summit Ridge MRI]]\nScanner: {{Siemens}} {{Vida}} {{3T}}. {{Rotator cuff}}: {{full-thickness}} tear."),
    _en("Images from [[INSTITUTION:Pinecrest Imaging]] ({{PACS}} push); {{Ewing}} sarcoma follow-up, no {{recurrence}}."),
    # --- French / Italian heads ---
    _it("Ospite della [[INSTITUTION:Casa anziani Girasole]], caduta. {{Radiografia}} del {{bacino}}: {{frattura}} {{pertrocanterica}}."),
    _it("Trasferito dalla [[INSTITUTION:Casa di cura Villa Serena]]; {{TC}} {{addome}}: {{diverticolite}} {{Hinchey I}}."),
    _it("Esami precedenti presso il [[INSTITUTION:Policlinico di Monza]]: {{morbo di Paget}} del {{cranio}}."),
    _fr("Comparaison avec l'examen du [[INSTITUTION:Centre d'imagerie Rive-Droite]] du [[DATE:14 mars 2025]]: {{nodule}} de {{8 mm}}."),
    _fr("Adressé par la [[INSTITUTION:Clinique des Tilleuls]], {{service}} d'orthopédie. {{Maladie de Kienböck}} {{stade II}}."),
    # --- German "<Fach> am <Name>" ---
    _de("Voraufnahmen bei [[INSTITUTION:Kinderradiologie am Westpark]] ({{Sonographie}} {{Hüfte}}, {{Graf IIa}})."),
    _de("Überweisung durch [[INSTITUTION:Radiologie am Stadtgarten]]; {{CT}} {{Abdomen}}: {{Appendizitis}}."),
    _de("Besprechung in der {{Radiologie}} am Nachmittag; {{Morbus Bechterew}} mit {{Syndesmophyten}}."),
    # --- clock times after a date (keep) ---
    _de("Untersuchung am [[DATE:17.04.2025]] um {{07:55}} Uhr, {{CT}} {{Schädel}} nativ: keine {{Blutung}}."),
    _en("Exam date [[DATE:5/19/2025]] {{23:41}}; {{portable}} {{chest}}: {{ETT}} {{4 cm}} above the {{carina}}."),
    _de("Befundet [[DATE:02.06.2025]] {{14:20}}, freigegeben {{15:02}}. {{Sonographie}} {{Leber}}: {{Steatose}}."),
    # --- ward / station designations (keep) ---
    _de("Anforderung {{Station 5A}}, Rückruf über {{Station 3.Chir}}. {{Röntgen}} {{Thorax}}: {{ZVK}} korrekt."),
    _en("Request from {{Ward 9}}; {{Bay 3}} bed {{2}}. {{Abdominal X-ray}}: {{NG tube}} in the {{stomach}}."),
    _de("Patient liegt auf {{Intensivstation}} {{IPS 2}}. {{CT}} {{Thorax}}: {{ARDS}}."),
    # --- section / modality / specialty word beside a facility (keep) ---
    _de("{{Vergleich}} [[INSTITUTION:Spital Uster]] vom [[DATE:11.11.2024]]: {{Rundherd}} unverändert {{6 mm}}."),
    _en("{{PET-CT}} [[INSTITUTION:Royal Marsden]] [[DATE:12/01/2025]]: {{Deauville 3}}."),
    _en("Clinical details: [[INSTITUTION:St Mary's]] {{Cardiology}} query {{pericardial effusion}}."),
    # --- eponymous disease after a signature / name (keep) ---
    _en("Reported by Dr [[PERSON:Helen Marsh]]\n{{Wernicke}} encephalopathy is suggested by {{mammillary body}} signal."),
    _de("gez. Dr. [[PERSON:Tobias Brandl]]\n{{Creutzfeldt-Jakob}}-Erkrankung differentialdiagnostisch, {{DWI}}-Signal im {{Kortex}}."),
)

# Batch B: written after batch A's changes, before any further change; measured once, then tuned on.
DEV_B: tuple[Snippet, ...] = (
    _en("Now on {{ward 31}} at [[INSTITUTION:RVI]] after {{laparotomy}}; {{CT}}: {{collection}} {{6 cm}} in the {{pelvis}}."),
    _de("Verlegung ins [[INSTITUTION:GZO Wetzikon]] ({{IMC}}); {{CT}} {{Thorax}}: {{Lungenembolie}} beidseits."),
    _fr("Suivi à l'[[INSTITUTION:HRC Rennaz]]; {{IRM}} du {{genou}}: {{lésion}} du {{LCA}}."),
    _en("Scans reviewed at the [[INSTITUTION:Freeman]] before the {{TAVI}} work-up; {{aortic annulus}} {{24 mm}}."),
    _en("She was delivered at the [[INSTITUTION:Rosie]] in 2019; {{pelvic}} {{MRI}}: {{adenomyosis}}."),
    _en("Referred by [[INSTITUTION:Seattle Children's]]; {{voiding cystourethrogram}}: {{grade 3}} {{reflux}}."),
    _en("LOCATION: [[INSTITUTION:Maple Grove]] ER\nEXAM: {{XR}} {{wrist}} 3 views\n{{Scaphoid}} fracture."),
    _en("Transferred from [[INSTITUTION:Lakeside]] Surgical ICU; {{portable}} {{chest}}: {{Swan-Ganz}} catheter in the {{right PA}}."),
    _en("Facility: [[INSTITUTION:Westbrook Open MRI]]. {{Lumbar}} {{spine}}: {{Modic type 1}} changes {{L3-4}}."),
    _en("Outside CT from [[INSTITUTION:Bayview Diagnostic Ctr.]] was uploaded; {{Hodgkin}} lymphoma restaging."),
    _en("Copies to [[INSTITUTION:Northside Orthopedic Assoc.]] and the patient. {{Baker's cyst}} {{3 cm}}."),
    _it("Paziente della [[INSTITUTION:Casa per anziani Il Ciliegio]]; {{TC}} {{encefalo}}: {{ematoma subdurale}} {{8 mm}}."),
    _it("Confronto con l'esame del [[INSTITUTION:Policlinico San Matteo]]: {{morbo di Crohn}} dell'{{ileo}}."),
    _fr("Examen antérieur au [[INSTITUTION:Centre de radiologie Malley]] le [[DATE:3 février 2025]]: {{fracture}} de {{Pouteau-Colles}}."),
    _de("Vorbefund bei [[INSTITUTION:Neuroradiologie am Rotkreuzplatz]]: {{Multiple Sklerose}}, {{Dawson-Finger}}."),
    _de("Die {{Kinderradiologie}} am Vormittag ist ausgebucht; {{Sonographie}} {{Abdomen}} verschoben."),
    _de("Aufnahme am [[DATE:21.03.2025]] um {{23:10}} über die {{Notaufnahme}}; {{CT}} {{Schädel}}: {{SAB}} {{Fisher 3}}."),
    _en("Performed [[DATE:4/27/2025]] {{06:35}}, read {{07:02}}. {{CT}} {{abdomen}}: {{appendicolith}}."),
    _de("Anforderung von {{Station 7 Ost}}, Rückfragen {{Station 2.Med}}. {{Röntgen}} {{Becken}}: {{Schenkelhalsfraktur}}."),
    _en("Porter to collect from {{Ward 23}}, side room. {{CXR}}: {{pneumothorax}} {{2 cm}} rim."),
    _en("{{MRI}} [[INSTITUTION:Addenbrooke's]] [[DATE:02/02/2025]]: {{Chiari}} malformation unchanged."),
    _en("History: [[INSTITUTION:GOSH]] {{Neurology}} follow-up; {{Sturge-Weber}} syndrome."),
    _de("{{Voraufnahme}} [[INSTITUTION:Kantonsspital Frauenfeld]] vom [[DATE:04.12.2024]]: {{Pneumonie}} rechts."),
    _en("Signed: Dr [[PERSON:Owen Pritchard]]\n{{Graves}} disease with {{exophthalmos}}."),
    _de("Mit freundlichen Grüssen\nDr. med. [[PERSON:Lea Baumann]]\n{{Alzheimer}}-Demenz mit {{Hippocampusatrophie}}."),
)

BATCHES = {"DEV": DEV, "DEV_B": DEV_B}
