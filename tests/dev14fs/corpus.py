# ruff: noqa: E501
"""DEV corpus of round 19a: persons (signatures, given-name signers, newborns and relatives, clergy and ranks,
name particles and post-nominals, worklist rows), ages after a name, IDs after rarer labels, weekday dates
without a year, Austrian / German slash phones (issue 14, deid-r19a).

Written before reading this round's code and without opening a held-out set, from the classes the lead named
(described misses of a blind set; new strings, invented names, places and numbers). Keep look-alikes: a role line
without a name, clinical words after a role or a phone-like cue, "Baby" and "Mum" in clinical prose, ranks and
clergy words without a name, particles inside clinical words, ages up to 89 and values after a name-shaped word,
fractions and file-less "Az." look-alikes, scores with a weekday, vertebral levels and dose ranges with slashes.

Markup as tests/curation/deid/text/corpus_de_en.
Measured once, when written, with the code at the branch point (ab1ec4e), no spaCy (91 excerpts: en 53, de 32,
fr 3, it 3; 95 PHI spans: PERSON 55, DATE 18, ID 11, PHONE 6, AGE 3, ADDRESS 2; 237 keep-terms): tagger off recall
all 0.632 (PERSON 29/55, DATE 17/18, ID 6/11, PHONE 5/6, AGE 3/3, ADDRESS 0/2), keep 1.000, false hits 1 of 63
spans (1.6 %); tagger on recall all 0.663 (PERSON 32/55), keep 1.000, false hits 4 of 69 (5.8 %). (The town of the
first signature line, "Linz", was marked after the first measure, by round 18c's date-line convention; the figures
above are re-measured on the branch point with it.)
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- 1. signatures: a surname between a date / place and a role ---
    _de("[[ADDRESS:Linz]], [[DATE:14. Februar 2026]], [[PERSON:Wimmreiter]], Richterin am Bezirksgericht"),
    _de("[[DATE:22.01.2026]], [[PERSON:Hollenstein]], Oberarzt Radiologie\n{{MRT}} {{Knie}}: {{Meniskusriss}}."),
    _en(
        "[[DATE:09/02/26]], [[PERSON:Adebayo-Hart]], Consultant Radiologist\n{{CT}} {{pulmonary angiogram}}: no {{embolus}}."
    ),
    _en("Reported [[DATE:03/11/2025]], [[PERSON:Whitcombe]], Specialty Registrar; {{MRI}} {{lumbar spine}}."),
    _fr(
        "[[ADDRESS:Fribourg]], le [[DATE:5 mars 2026]], [[PERSON:Dubosson]], médecin-chef\n{{IRM}} {{cérébrale}} normale."
    ),
    _it("[[DATE:18/02/2026]], [[PERSON:Tognazzi]], Dirigente Medico; {{TC}} {{torace}} negativa."),
    # --- 2. given name alone as a signer or contact; a child's given name as the subject ---
    _en("Questions: [[PERSON:Rowena]] | Tissue Viability Nurse | Ward 12\n{{Pressure ulcer}} {{grade 3}} sacrum."),
    _en("Charge RN [[PERSON:Latoya]] [[PHONE:617-555-0143]] aware of the {{CT}} result."),
    _de("Pflege: [[PERSON:Gudrun]], Tel. [[PHONE:4417]]; {{Röntgen}} {{Thorax}} im Bett."),
    _de("Rückfragen Stationsleitung [[PERSON:Irmgard]] Tel. [[PHONE:3306]]; {{Sonographie}} {{Abdomen}}."),
    _en(
        "[[PERSON:Mateo]] has an MRI at the children's unit on [[DATE:Mar 4]]; please arrive 30 minutes early for {{sedation}}."
    ),
    _en("[[PERSON:Isla]] is booked for an {{ultrasound}} of the {{hips}} on [[DATE:12 May]]."),
    _de("[[PERSON:Jonas]] hat am [[DATE:17.03.]] einen Termin zur {{MRT}} {{Schädel}} in Narkose."),
    # --- 3. newborns and parents ---
    _en("Baby [[PERSON:Oduya]], {{chest X-ray}}: {{NG tube}} tip in the stomach."),
    _en("Baby [[PERSON:Fairclough]] twin II, {{cranial ultrasound}}: {{IVH grade 1}}."),
    _en("Girl [[PERSON:Delacroix-Mendes]] (Twin A), {{abdominal X-ray}}: {{NEC}} not excluded."),
    _de("Säugling [[PERSON:Haberkorn]], {{Hüftsonographie}} nach Graf: {{Typ Ia}} beidseits."),
    _it("Neonato [[PERSON:Brambilla]], {{ecografia cerebrale}} negativa."),
    _fr("Bébé [[PERSON:Vuilleumier]], {{radiographie}} {{thoracique}} : {{maladie des membranes hyalines}}."),
    _en("Mum [[PERSON:Chantelle]] present; {{ultrasound}} {{pylorus}}: {{pyloric stenosis}}."),
    _en("History from dad [[PERSON:Ravi Chaudhry]]; {{skeletal survey}} requested."),
    _de("Mama [[PERSON:Svetlana]] und Papa [[PERSON:Dragan Petković]] anwesend; {{Röntgen}} {{Unterarm}}."),
    _en("Collateral from daughter-in-law [[PERSON:Bernadette]]; {{CT head}}: {{chronic subdural}}."),
    _de("Angaben der Schwiegertochter [[PERSON:Roswitha Kainz]]; {{CT}} {{Schädel}} nativ."),
    # --- 4. clergy and ranks ---
    _en("Seen with the Revd. [[PERSON:Alasdair Mowbray]] present; {{CXR}}: {{pneumonia}}."),
    _en("Chaplain Rev. [[PERSON:Olufemi Adeyinka]] informed of the {{CT}} findings."),
    _de("Pfarrer [[PERSON:Leitgeb]] anwesend; {{Röntgen}} {{Thorax}}: {{Pleuraerguss}}."),
    _en("Father [[PERSON:Kieran Dunleavy]] visited; {{MRI}} {{brain}}: {{infarct}}."),
    _en("Sgt (retd) [[PERSON:Gareth Pemberton]], {{X-ray}} {{knee}}: {{osteoarthritis}}."),
    _en("Cpl (Res.) [[PERSON:Haddleston]], {{CT}} {{ankle}}: {{trimalleolar fracture}}."),
    _de("Oberst i.R. [[PERSON:Ferdinand Strohmayer]], {{MRT}} {{LWS}}: {{Spinalkanalstenose}}."),
    _de("Major a.D. [[PERSON:Rüdisühli]], {{CT}} {{Thorax}}: {{Rundherd}}."),
    # --- 5. particles and post-nominals ---
    _en("Patient [[PERSON:Rhodri ap Gruffydd]], {{MRI}} {{shoulder}}: {{rotator cuff tear}}."),
    _en("Referred by Dr [[PERSON:Siobhán Ní Bhraonáin]]; {{CT}} {{sinuses}}."),
    _en("Mr [[PERSON:Cathal Ó Murchú]], {{DEXA}}: {{osteopenia}}."),
    _en("Patient [[PERSON:Eilidh Nic Leòid]], {{mammogram}}: {{BI-RADS 2}}."),
    _en("Mr [[PERSON:Yusuf bin Hamdan]], {{CT}} {{KUB}}: {{ureteric calculus}}."),
    _de("Herr [[PERSON:Pieter van der Hoeven]], {{MRT}} {{Hüfte}}: {{Hüftkopfnekrose}}."),
    _en("Sra. [[PERSON:María Luisa Ortega y Villanueva]], {{ultrasound}} {{thyroid}}: {{TI-RADS 3}}."),
    _en("Patient: [[PERSON:HARGREAVES, MALCOLM J]]\n{{CT}} {{abdomen}}: {{diverticulitis}}."),
    _en("Attorney [[PERSON:Theodore Whitlock]] Esq. requested the report; {{X-ray}} {{wrist}}."),
    _en("Mr [[PERSON:Cornelius Ashby Jr.]], {{CT}} {{chest}}: {{emphysema}}."),
    _en("Patient [[PERSON:Reginald Featherstone III]], {{MRI}} {{knee}}: {{ACL tear}}."),
    _en("Sir [[PERSON:Duncan Lethbridge]] MBE, {{PET-CT}}: {{lymphoma}}."),
    # --- 6. worklist rows ---
    _en("[[ID:A77120431]]|[[DATE:20260114]]|CT CHEST W/O|[[PERSON:OKONKWO,CHIDI]]|[[PERSON:FARNSWORTH,L]]|F"),
    _en("Worklist: MR BRAIN|[[DATE:15.01.2026]]|R|[[PERSON:LINDQVIST,SOFIA]]\n{{MRI}} {{brain}} with contrast."),
    _de("[[PERSON:BRUNNHOFER,K]]|CT ABDOMEN|[[DATE:16.01.2026]]|dringend"),
    # --- 7. ages over 89 after a name ---
    _en("[[PERSON:Winifred Talbot]], [[AGE:98]], Rm 6, {{CXR}}: {{cardiomegaly}}."),
    _en("Pt [[PERSON:Horace Blenkinsop]], [[AGE:102]], CHF, {{portable chest}}."),
    _de("[[PERSON:Hildegard Moosbrugger]], [[AGE:93]], Zi. 8, {{Röntgen}} {{Becken}}."),
    # --- 8. IDs after rarer labels ---
    _de("StA [[ID:207 Js 4418/25]], Leichenschau; {{CT}} {{Ganzkörper}} post mortem."),
    _de("Familiengericht Az. [[ID:5 F 233/25]]; {{Röntgen}} {{Skelettstatus}}."),
    _de("Vertragspartnernr. [[ID:318840]], Abrechnung {{MRT}} {{Knie}}."),
    _de("VPNR [[ID:0427719]]; {{CT}} {{NNH}}."),
    _en("Student, matric. no. [[ID:s2274930]]; {{X-ray}} {{clavicle}}: {{fracture}}."),
    _de("Matrikel-Nr. [[ID:01547722]], Sportunfall; {{MRT}} {{Sprunggelenk}}."),
    _en("Lasting power of attorney, OPG ref [[ID:7741-2290-5518]]; {{CT head}}."),
    _en("SSN Last4: [[ID:6623]], {{MRI}} {{cervical spine}}."),
    _en("Baby [[PERSON:Kowalczyk]] twin I, NHS [[ID:943 476 5919]], {{abdominal X-ray}}."),
    _en("[[ID:260211-47]]|[[DATE:11.02.2026]]|CT HEAD|[[PERSON:MARCHETTI,GIANNI]]"),
    # --- 9. weekday dates without a year ---
    _de("Seit [[DATE:Samstag, 7.2.]] zunehmende Schmerzen; {{Röntgen}} {{Sprunggelenk}}."),
    _de("Sturz am [[DATE:Di 10.3.]], {{CT}} {{Schädel}}: kein {{Blutung}}snachweis."),
    _en("Symptoms since [[DATE:Thursday 5/2]]; {{CT}} {{abdomen}}: {{appendicitis}}."),
    _fr("Depuis [[DATE:mercredi 4.3.]], douleurs ; {{échographie}} {{abdominale}}."),
    _it("Da [[DATE:lunedì 9.2.]] dolore; {{TC}} {{addome}}."),
    # --- 10. Austrian / German slash phones ---
    _de("Rückruf unter [[PHONE:01/404 55 00-318]]; {{CT}} {{Thorax}}."),
    _de("Sekretariat [[PHONE:0662/4482-27715]], {{MRT}} {{Schulter}}."),
    _de("Tel.: [[PHONE:0512/504-81122]] (Radiologie), {{Angiographie}}."),
    # --- keep look-alikes ---
    _en("{{Consultant Radiologist}} review requested; {{CT}} {{chest}} dated."),
    _en("{{Stoma Nurse}} | {{Ward 7}} | stoma review requested after {{CT}}."),
    _en("Baby {{grams}} 2450, {{cranial ultrasound}} normal; {{Baby}} {{feeding}} well."),
    _en("{{Mum}} reports {{reflux}}; {{ultrasound}} {{pylorus}} normal."),
    _en("{{Father}} is a smoker; {{CXR}} {{clear}}."),
    _de("{{Pfarrer}} wurde informiert; {{Seelsorge}} anwesend."),
    _en("{{Major}} {{trauma}} call; {{CT}} {{whole body}}."),
    _en("{{Sgt}} (retd) requested a copy; {{X-ray}} {{hand}}."),
    _en("{{Macrocephaly}} and {{Nicotine}} use; {{Benign}} {{ap}} view normal; {{AP}} and {{lateral}}."),
    _en("{{Binocular}} {{diplopia}}; {{MRI}} {{orbits}}."),
    _en("Mr [[PERSON:Hendry]], {{CT}} {{III}} {{cranial nerve}} palsy; {{MBE}} score 3."),
    _en("{{Pain}}, {{97}}% {{SpO2}}, {{Rm}} air."),
    _en("{{Hb}} 94, {{CRP}} 101, {{CHF}} {{NYHA}} III."),
    _de("{{Spondylolisthesis}} L5/S1, {{Meyerding}} {{Grad}} 2; {{MRT}} {{LWS}}."),
    _de("{{Az.}} {{reduziert}}, {{AZ}} schlecht; {{CT}} {{Thorax}}."),
    _de("Schmerz seit {{Sonntag}}; {{NRS}} 6/10; {{Röntgen}} {{Becken}}."),
    _de("{{Dosis}} 2/3 der Tagesdosis; {{Ratio}} 1/330; {{CT}} {{LWK 1/2}}."),
    _de("{{Marienkäfer}}-Zeichen {{negativ}}; {{Papa}}-{{Kolonie}} im {{Abstrich}}."),
    _en("{{Charge}} {{RN}} to review {{IV}} access; {{CT}} {{chest}}."),
    _en("{{NHS}} {{Breast Screening Programme}}: {{mammogram}} {{BI-RADS 1}}."),
    _de("{{Matrikel}} nicht bekannt; {{Vertragspartner}} {{Ärztekammer}}; {{MRT}} {{Knie}}."),
    _en("{{MR}} {{BRAIN}}|{{T2}}|{{FLAIR}}|{{DWI}}|{{ADC}}"),
    _de("{{Typ}} {{B}}, {{Grad}} {{II}}; {{Seit}} {{Jahren}} {{bekannt}}."),
)
