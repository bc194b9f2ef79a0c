# ruff: noqa: E501
"""DEV corpus of round 17a: field-keyed exports (issue 14, deid-r17a).

Written before reading this round's code and without opening a held-out set, from the classes the lead named
(counts only): FHIR/JSON resources (name parts, address parts, performer/subject display, Patient references,
birth and effective date-times with offsets), HL7 v2 segments (PID, PV1, OBR, OBX; location codes and result text
kept), CSV/TSV/semicolon/pipe tables whose header names the columns (subject/participant/screening IDs, initials,
logins, MRN/accession, consent dates, coordinators, ages over 89; clinical columns kept), audit logs (timestamp,
login, role, action, MRN, accession, IP), dictation headers with login values or nicknamed persons, ticket
"Assigned:" logins, chat exports "<person>: <message>" and service-bot lines; keep: FHIR profile / namespace URLs,
DICOM station names in dumps, trial registry numbers and protocol codes, "Page n of m" footers, A&E-like location
codes. Markup as tests/curation/deid/text/corpus_de_en; an IP address is marked ID.

Measured once, when written, with the code at the branch point (2ca7cbe), no spaCy (41 excerpts: en 22, de 14,
it 3, fr 2; 84 PHI spans: PERSON 39, ID 31, DATE 16, ADDRESS 7, AGE 2, INSTITUTION 2, PHONE 1; 82 keep-terms): tagger on
recall all 0.704 (PERSON 22/39, ID 24/31, ADDRESS 4/7, AGE 0/2, DATE 16/16), keep 0.890 (73/82: both FHIR profile
URLs, an hl7.org page, an OID system, both NCT numbers, a EudraCT number, a DICOM station name, a table cell "3"),
false hits 9 of 82 spans (11.0 %); tagger off recall all 0.694 (PERSON 21/39), keep 0.890, false hits 9 of 81 (11.1 %).
Markup fixed before that figure and before any code was read (the first runs counted them): HL7 assigning
authorities ("ROYALWEST", "KSW") are institutions and an HL7 name "Surname^Given^J" is one span, as in the older
corpora; of a date-time only the date is PHI (the project's convention since round 11: a clock time is no text PHI
class), so six date-times were re-marked (the first run read DATE 10/16, recall 0.643).
Batch B (DEV_B: 16 excerpts: en 7, de 5, fr 2, it 2; 38 PHI spans: PERSON 21, ID 9, DATE 7, AGE 1; 34 keep-terms; new
layouts of the same classes: CDA XML, an Italian XML export, French JSON, a key=value event log, a tab study sheet),
written after batch A's changes and before any change made for it, measured once: tagger on and off alike recall
all 0.947 (PERSON 19/21: a name part in an XML element inside a patient element, a dotted login before a full
stop), keep 1.000 (34/34), 1 false hit of 37 spans (2.7 %: "Physician" inside a dcmdump comment's keyword).
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- FHIR / JSON resources ---
    _en('{"resourceType": "Patient", "id": "[[ID:pt-88213]]", "name": [{"family": "[[PERSON:Okonkwo]]", "given": ["[[PERSON:Adaeze]]"]}], "birthDate": "[[DATE:1957-02-19]]", "gender": "female"}'),
    _en('"address": [{"line": ["[[ADDRESS:48 Larkspur Terrace]]"], "city": "[[ADDRESS:Harrogate]]", "postalCode": "[[ADDRESS:HG1 4QT]]", "country": "GB"}]'),
    _en('"subject": {"reference": "Patient/[[ID:771045]]", "display": "[[PERSON:Teodor Lindqvist]]"}, "code": {"text": "{{CT}} {{pulmonary angiogram}}"}'),
    _en('"performer": [{"reference": "Practitioner/[[ID:pr-3310]]", "display": "Dr [[PERSON:Niamh Costello]]"}], "effectiveDateTime": "[[DATE:2025-06-03]]T14:22:10+01:00", "status": "final"'),
    _en('"meta": {"profile": ["{{http://hl7.org/fhir/StructureDefinition/DiagnosticReport}}"]}, "conclusion": "No {{pulmonary embolism}}."'),
    _de('{"resourceType":"DiagnosticReport","meta":{"profile":["{{https://fhir.kbv.de/StructureDefinition/KBV_PR_Base_Observation}}"]},"subject":{"reference":"Patient/[[ID:a81f-4402]]"},"conclusion":"{{Kein}} {{Nachweis}} einer {{Lungenembolie}}."}'),
    _de('"name": [{"use": "official", "family": "[[PERSON:Wüthrich]]", "given": ["[[PERSON:Bettina]]", "[[PERSON:Maria]]"]}], "birthDate": "[[DATE:1948-11-30]]"'),
    _de('"address": [{"line": ["[[ADDRESS:Kastanienweg 9]]"], "city": "[[ADDRESS:Wetzlar]]", "postalCode": "[[ADDRESS:35578]]"}], "telecom": [{"system": "phone", "value": "[[PHONE:06441 229018]]"}]'),
    _fr('"patient": {"nom": "[[PERSON:Rochat]]", "prenom": "[[PERSON:Séverine]]", "dateNaissance": "[[DATE:1962-07-04]]"}, "examen": "{{IRM}} {{lombaire}}"'),
    _it('{"paziente": {"cognome": "[[PERSON:Bernasconi]]", "nome": "[[PERSON:Ilario]]"}, "esame": "{{TC}} {{addome}}", "data": "[[DATE:2025-01-17]]T08:45:00+01:00"}'),
    _en('"issued": "[[DATE:2024-12-02]]T09:15:33.120-05:00", "identifier": [{"system": "{{urn:oid:2.16.840.1.113883.4.1}}", "value": "[[ID:512-44-8807]]"}]'),
    # --- HL7 v2 ---
    _en("PID|1||[[ID:90044127]]^^^[[INSTITUTION:ROYALWEST]]^MR||[[PERSON:Farrow^Imogen^J]]||[[DATE:19830927]]|F|||[[ADDRESS:7 Mill Lane^^Stroud^^GL5 2BQ]]"),
    _en("PV1|1|E|{{A&E}}^{{RESUS}}^{{R2}}||||[[ID:C4471209]]^[[PERSON:Pemberton^Giles]]"),
    _en("OBR|1|[[ID:ORD778120]]|[[ID:ACC5520917]]|{{CTHEAD}}^{{CT Head without contrast}}|||[[DATE:202503111842]]"),
    _en("OBX|1|TX|{{IMP}}^Impression||No {{acute intracranial haemorrhage}}. {{Chronic small vessel ischaemia}}.||||||F"),
    _de("PID|1||[[ID:4410027731]]^^^[[INSTITUTION:KSW]]^PI||[[PERSON:Brändli^Urs]]||[[DATE:19510212]]|M"),
    _de("PV1|1|I|{{CHIR}}^{{3B}}^{{Z08}}||||[[ID:7601000551234]]^[[PERSON:Gisler^Anita]]"),
    _de("OBX|2|TX|{{BEF}}^Befund||{{Kein}} {{Pneumothorax}}. {{Pleuraerguss}} rechts gering.||||||F"),
    # --- header-named tables ---
    _en("subject_id,initials,consent_date,arm,response\n[[ID:S-0147]],[[PERSON:K.L.]],[[DATE:2024-05-14]],{{B}},{{PR}}\n[[ID:S-0152]],[[PERSON:M.D.]],[[DATE:2024-06-02]],{{A}},{{SD}}"),
    _en("Participant ID\tScreening No\tCoordinator\tDiagnosis\n[[ID:PX-2231]]\t[[ID:SCR-0088]]\t[[PERSON:Harriet Vance]]\t{{pancreatic adenocarcinoma}}"),
    _de("Patienten-ID;Nachname;Vorname;Befund;Status\n[[ID:880127]];[[PERSON:Obermaier]];[[PERSON:Klaus]];{{Lebermetastasen}};{{progredient}}"),
    _de("| Fallnummer | Login | Modalität | Score |\n| [[ID:25-118734]] | [[PERSON:jhuber]] | {{MRT}} | {{PI-RADS 4}} |"),
    _en("MRN|Accession|Age|Modality|Status\n[[ID:00731945]]|[[ID:RAD25-004412]]|[[AGE:93]]|{{CT}}|{{final}}"),
    _fr("No_patient;Initiales;Date_consentement;Bras\n[[ID:GE-0412]];[[PERSON:F.M.]];[[DATE:12.03.2025]];{{placebo}}"),
    _it("ID_soggetto,Sigla,Eta,Esame\n[[ID:MI-077]],[[PERSON:G.B.]],[[AGE:91]],{{RM}} {{prostata}}"),
    _en("Study: {{NCT05512398}}, protocol {{ONC-RAD-221}}\nsubject,visit,lesions\n[[ID:1042-007]],{{W12}},{{3}}"),
    # --- audit logs ---
    _en("[[DATE:2025-04-08]] 07:51:12 user=[[PERSON:dkowalski]] role=radiologist action=VIEW mrn=[[ID:66120483]] acc=[[ID:A9920114]] ip=[[ID:10.14.22.187]]"),
    _de("[[DATE:08.04.2025]] 16:03:44 | [[PERSON:s.ammann]] | MTRA | Befund gedruckt | PID [[ID:30057112]] | [[ID:172.16.4.21]]"),
    _en("timestamp,user,role,action,accession\n[[DATE:2025-02-11]]T22:10:05Z,[[PERSON:rpatel2]],{{registrar}},{{addendum}},[[ID:XR-551204]]"),
    # --- dictation and ticket headers ---
    _de("Diktat: [[PERSON:mbaumgartner]]  Geschrieben: [[PERSON:t.ilic]]\n{{MRT}} {{Schulter}} rechts: {{Supraspinatussehnenruptur}}."),
    _en("Dictated by: [[PERSON:Robert (Bobby) Quinlan]], MD   Transcribed: [[PERSON:lnguyen]]\n{{CXR}}: {{clear lungs}}."),
    _de("Befund erstellt von [[PERSON:aweiss]] am [[DATE:03.03.2025]], freigegeben: [[PERSON:Dr. Katharina (Kathi) Sommer]]"),
    _en("Ticket #[[ID:INC0448812]] Assigned: [[PERSON:jmercer]] Priority: P3 - {{PACS}} viewer freezes on {{MR}} {{DWI}} series."),
    _de("Störung [[ID:SR-22871]], Bearbeiter: [[PERSON:p.vogel]]; {{RIS}} zeigt {{Worklist}} nicht an."),
    # --- chat exports ---
    _en("[09:14] [[PERSON:Sunita Rao]]: can you protocol the {{CT}} {{abdomen}} for bed 4?\n[09:15] [[PERSON:Liam Fenwick]]: done, {{portal venous}} only"),
    _de("[[PERSON:Jana Kessler]]: {{MRT}} {{Knie}} heute noch möglich?\nRIS-Bot: Termin bestätigt für {{Raum 2}}."),
    _en("PACSBot: study archived.\n[[PERSON:Owen Bradshaw]]: thanks - {{CT}} {{chest}} looks fine, no {{nodule}}."),
    # --- keep losses ---
    _en("(0008,1010) SH [{{CTAWP73112}}]  # StationName\n(0010,0010) PN [[[PERSON:Hargreaves^Elsie]]]  # PatientName"),
    _de("Studie {{NCT04921177}} (Prüfplancode {{RAD-PSMA-03}}), Patient [[ID:017-004]]; {{PSMA-PET/CT}}: keine {{Metastasen}}.\nSeite {{2 von 3}}"),
    _en("Page {{3 of 4}}\nRadiology report {{CT}} {{thorax}}, see {{https://www.hl7.org/fhir/observation.html}}"),
    _it("Pagina {{1 di 2}} - {{TC}} {{torace}}: {{noduli}} stabili. Protocollo {{EudraCT 2021-004512-37}}."),
)


# Batch B: written after batch A's changes and before any change made for it (new layouts and languages of the same
# classes), measured once; see the docstring.
DEV_B: tuple[Snippet, ...] = (
    _de('{"Patient": {"Nachname": "[[PERSON:Zumbühl]]", "Vorname": "[[PERSON:Reto]]", "Geburtsdatum": "[[DATE:1944-09-02]]", "AHV": "[[ID:756.4471.2290.18]]"}, "Untersuchung": "{{MRT}} {{Hüfte}}"}'),
    _en('{"encounter": {"reference": "Encounter/[[ID:enc-20250311-77]]"}, "requester": {"display": "[[PERSON:Aoife Brennan-Lowe]]"}, "category": "{{imaging}}", "status": "{{final}}"}'),
    _fr('{"medecin": {"nom": "[[PERSON:Favre]]", "prenom": "[[PERSON:Aurélie]]"}, "examen": "{{scanner}} {{thoracique}}", "date_examen": "[[DATE:2025-02-14]]"}'),
    _it("<paziente><cognome>[[PERSON:Righetti]]</cognome><nome>[[PERSON:Loredana]]</nome><dataNascita>[[DATE:1950-06-21]]</dataNascita></paziente><esame>{{RM}} {{encefalo}}</esame>"),
    _en("<recordTarget><patientRole><id root=\"{{2.16.840.1.113883.19.5}}\" extension=\"[[ID:KX4471902]]\"/><patient><name><given>[[PERSON:Mireille]]</given><family>[[PERSON:Oduya]]</family></name></patient></patientRole></recordTarget>"),
    _en("event=STUDY_OPENED ts=[[DATE:2025-03-02]]T06:14:55Z login=[[PERSON:tnakashima]] ws=RAD-WS-07 accession=[[ID:CT25-0091123]] src=[[ID:10.200.14.9]]"),
    _de("Zeitpunkt;Benutzer;Rolle;Aktion;Fall-Nr\n[[DATE:14.03.2025]] 22:41;[[PERSON:u.stettler]];Assistenzarzt;{{Befund}} geöffnet;[[ID:40028817]]"),
    _en("Site\tSubject\tAge\tConsent signed\tArm\n{{7}}\t[[ID:04-112]]\t[[AGE:92]]\t[[DATE:2024-11-30]]\t{{Control}}"),
    _it("Codice paziente;Iniziali;Data consenso;Esito\n[[ID:TI-0332]];[[PERSON:R.P.]];[[DATE:21/01/2025]];{{risposta parziale}}"),
    _de("Diktierer: [[PERSON:kbrunnhuber]] | Schreibkraft: [[PERSON:a.kälin]] | {{CT}} {{Abdomen}}: {{Appendizitis}}."),
    _en("Author: [[PERSON:Margaret (Peggy) Underwood]], MD\nStatus: {{Signed}}. {{MRI}} {{knee}}: {{ACL tear}}."),
    _fr("Dicté par: [[PERSON:jmarechal]]; dactylographié par: [[PERSON:s.bonvin]]. {{IRM}} {{cérébrale}}: sans particularité."),
    _en("#[[ID:RITM0098112]] Opened by: [[PERSON:hkaur]] Assigned to: [[PERSON:dferreira]] - {{PACS}} {{hanging protocol}} for {{mammo}} {{tomo}}"),
    _de("[[PERSON:Leonie Brandstetter]]: Patientin für {{CT}} {{Thorax}} ist da.\nTermin-Bot: {{Raum 3}} frei ab 14:00."),
    _en("Protocol {{ISRCTN38112207}} / {{EudraCT 2019-003341-12}}. Page {{2 of 5}}. Profile: {{https://fhir.nhs.uk/StructureDefinition/UKCore-Patient}}"),
    _de("(0008,1010) SH [{{US_ROOM3_EPIQ}}]  # StationName\n(0008,0090) PN [[[PERSON:Gautschi^Mirjam]]]  # ReferringPhysicianName"),
)
