"""DEV / training corpus of the learned token tagger (issue 14, deid-dev14x): documents as exported.

Written by a new author for the tagger's training and for rule work, without reading the scrubber, its docs,
bench/, any held-out corpus or the excerpt texts of the other dev corpora (only the docstrings of dev14v / dev14w,
to write different texts). Unlike dev14w's running text, these are documents as a RIS/HIS, a PACS or a mail
client exports them: RIS/HIS headers and footers, DICOM-like header dumps ("(0010,0010) PN ..."), worklists and
delimited exports (CSV with ; and , separators, TSV, pipe tables, HL7-like segments with ^ in names), discharge
and referral letters with address blocks, distribution / cc lists, signatures with staff roles, e-mail headers
and footers, appointment and phone notes, tumour-board lists, outside-study mentions with facility names in every
form (acronyms, short names, care homes, imaging centres, practices, "Centre d'imagerie", "Casa di cura"), phones
and faxes with extensions in DE/AT/CH/UK/US formats, IDs with spaces and letters, dates in all languages and
formats. DE, AT, CH (German, French, Italian), UK and US habits.
Hard negatives are marked as keep-terms, as many as the PHI spans: clock times beside dates, ward / station /
unit names ("Station 4B", "Ward 7", "ICU"), table header words, department and modality words next to facility
names, eponymous diseases and signs, scanner models, sequences, scores, anatomy, levels, young ages, bare years.

Markup as tests/curation/deid/text/corpus_de_en: ``[[LABEL:text]]`` is PHI, ``{{text}}`` a keep-term that
must survive. Titles and salutations (Dr., Herr, Mrs, Mme, sig.ra) are outside the span, except where a
signature line writes the name with its degree as one unit; a whole facility name is inside the span, a
department next to it is not. In HL7 / DICOM person names the ^ separators are inside the span. A table cell
holding only a surname or a first name is its own PERSON span. A date and the clock time beside it are split:
the date is PHI, the time a keep-term; a date-time written as one token (HL7 TS) is one DATE. A birth year
is DATE, a bare year of a history or screening round a keep-term. Staff initials in letter references are
PERSON. Extensions are PHONE spans of their own. AGE marks only ages over 89 (the number). Labels: PERSON,
INSTITUTION, ADDRESS, DATE, PHONE, ID, AGE, EMAIL, URL. Swiss French / Italian documents carry lang "fr" / "it".

This is training data, not a held-out set. Each batch was measured once, right after it was written and
committed, with the scrubber of that moment and no spaCy layer, aggregates only (tests/dev14x/measure.py), in
two legs: rules only (tagger off) and rules + tagger (the default):

- BATCH1 (72 documents: 34 de, 24 en, 8 fr, 6 it; 280 PHI spans, 269 keep-terms):
  rules only: recall PERSON/DATE/ID 0.761, all labels 0.789 (PERSON 73/96, DATE 53/68, INSTITUTION 40/52,
  ID 17/24, PHONE 21/23, ADDRESS 12/12, AGE 3/3, EMAIL 2/2); keep 0.970 (261/269); over-redaction 5.4%
  (14 false hits of 261 reported spans).
  with tagger: recall PERSON/DATE/ID 0.761, all labels 0.796 (INSTITUTION 42/52, the rest as rules only);
  keep 0.967 (260/269); over-redaction 6.0% (16 false hits of 265 reported spans).
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

BATCH1: tuple[Snippet, ...] = (
    # --- RIS/HIS headers, DICOM-like dumps, worklists (DE / AT / CH) ---
    _de("RIS-Export | {{Radiologie}} | {{Station 4B}}\nPatient: [[PERSON:Wendelin Auer]] | geb. [[DATE:14.07.1951]] | "
        "PID [[ID:0048 2213 7]]\nUntersuchung: {{MRT LWS}} nativ, {{MAGNETOM Vida}} | [[DATE:03.02.2025]] {{09:40}}\n"
        "Zuweiser: Dr. [[PERSON:Irmgard Pfleiderer]], [[INSTITUTION:Praxis am Kornmarkt]]"),
    _de("(0010,0010) PN [[PERSON:KRAXNER^ALOIS^^^]]\n(0010,0020) LO [[ID:AT-LKH 77120934]]\n(0010,0030) DA "
        "[[DATE:19440623]]\n(0008,0080) LO [[INSTITUTION:LKH Voitsberg]]\n(0008,1030) LO {{CT Thorax}} "
        "{{Lungenembolie}}\n(0018,0050) DS 1.25\n(0008,1090) LO {{SOMATOM go.Top}}"),
    _de("{{Name}};{{Vorname}};{{Geb.-Datum}};{{Station}};{{Untersuchung}};{{Termin}}\n[[PERSON:Brandstätter]];"
        "[[PERSON:Veronika]];[[DATE:02.11.1939]];{{Station 3A}};{{CT Schädel}} nativ;[[DATE:21.01.2025]] {{07:15}}\n"
        "[[PERSON:Yıldırım]];[[PERSON:Cemile]];[[DATE:30.05.1967]];{{IMC}};{{Sono Abdomen}};[[DATE:21.01.2025]] "
        "{{07:45}}"),
    _de("Arbeitsliste {{MR 2}} – [[DATE:Dienstag, 4. März 2025]]\n{{08:00}}  [[PERSON:Kühnel, Margarete]]  "
        "{{Knie re.}}  {{PD fs}} / {{T1 cor}}\n{{08:30}}  [[PERSON:Ademi, Driton]]  {{HWS}}  Fallnr. [[ID:25 0041 "
        "778]]\n"
        "{{09:00}}  [[PERSON:Lindqvist-Maier, Annika]]  {{Mamma}}  {{BI-RADS 4}}-Abklärung"),
    _de("Auftrag Nr. [[ID:RAD-2025-018834]] vom [[DATE:12.02.25]] {{14:02}} Uhr\nAnforderer: [[PERSON:Stöckl]] "
        "({{Unfallchirurgie}}, {{Station 7}})\nFragestellung: {{Maisonneuve}}-Fraktur? {{Weber C}}? "
        "Rückruf an Apparat [[PHONE:4471]]"),
    _de("Sehr geehrte Frau Kollegin [[PERSON:Hatzenbichler]],\nwir berichten über Ihre Patientin "
        "[[PERSON:Zeynep Aksoy]], geb. [[DATE:11.09.1983]], wohnhaft [[ADDRESS:Lerchenfelder Gürtel 41/3, 1160 Wien]], "
        "die sich am [[DATE:7. Jänner 2025]] zur {{MRT}} des {{Beckens}} vorstellte.\nBefund: {{Morbus Perthes}}-"
        "Residuen links."),
    _de("Verteiler:\n- [[INSTITUTION:Hausarztpraxis Dres. Gmelin & Sauter]], [[ADDRESS:Bahnhofstr. 9, 72764 "
        "Reutlingen]]\n"
        "- [[INSTITUTION:Pflegeheim Haus Abendrot]], {{Wohnbereich 2}}\n- Akte\ncc: OA Dr. [[PERSON:Bojan Radić]] "
        "({{Neuroradiologie}})"),
    _de("Telefonnotiz [[DATE:18.03.2025]], {{11:20}}: Befund {{CT Abdomen}} telefonisch an Dr. [[PERSON:Seiwald]] "
        "([[INSTITUTION:Bezirkskrankenhaus Schwaz]], {{Interne}}, Tel. [[PHONE:+43 5242 600-2814]]) übermittelt. "
        "{{Freie Luft}} subphrenisch."),
    _de("Voraufnahmen: {{CT}} vom [[DATE:14.8.2024]] im [[INSTITUTION:Röntgeninstitut Dr. Hollerer]], "
        "{{MRT}} [[DATE:09/2023]] am [[INSTITUTION:Diagnosezentrum Urfahr]]. Vergleich mit {{PET-CT}} des "
        "[[INSTITUTION:KUK]] nicht möglich (CD unlesbar)."),
    _de("Mit freundlichen Grüßen\n\n[[PERSON:Dr. med. univ. Henrike Strasser]]\nOberärztin {{Radiologie}}\n"
        "[[INSTITUTION:Klinikum Wels-Grieskirchen]]\nT [[PHONE:+43 7242 415 93410]] | F [[PHONE:+43 7242 415 3993]]\n"
        "[[EMAIL:henrike.strasser@kwg-med.at]]"),
    _de("Tumorboard {{Thorax}} [[DATE:Mi 26.02.2025]] {{16:00}} – {{Raum 2.14}}\n1. [[PERSON:Pospischil, Herbert]] "
        "*[[DATE:1948]] – {{NSCLC}} {{cT2b N1}} – Zuweisung [[INSTITUTION:Ordensklinikum Elisabethinen]]\n"
        "2. [[PERSON:Durmuş, Ayten]] *[[DATE:1971]] – {{Pancoast}}-Tumor re. – {{PET-CT}} ausstehend"),
    _de("Die Patientin ist [[AGE:93]] Jahre alt und lebt im [[INSTITUTION:Seniorenzentrum Lindenhof]]. "
        "Angehörige: Sohn [[PERSON:Reinhold Vogl]], Tel. [[PHONE:0171 4427 913]]. {{Schenkelhalsfraktur}} li., "
        "{{Garden III}}."),
    _de("Einsender: [[INSTITUTION:MVZ Radiologie Nürtingen]] | Kostenträger: {{AOK}} | Vers.-Nr. "
        "[[ID:K 482 119 337]]\nPat.: [[PERSON:Trautwein, Klaus-Dieter]] ([[DATE:07.04.1958]])\n{{Vorbefunde}}: "
        "{{Baker}}-Zyste {{2021}}, {{Hoffa}}-Ödem."),
    _de("Anmeldung {{Notfall}} – [[DATE:Sa, 15.03.2025]] {{02:47}}\n[[PERSON:Grgić Ivana]], [[DATE:23.12.2001]], "
        "{{Schockraum}} 1, {{Polytrauma}}\nTrauma-Alias [[ID:Ahorn-17]] – {{Ganzkörper-CT}} {{Revolution Apex}}"),
    _de("Befundübermittlung per Fax an [[INSTITUTION:Orthopädie am Hofgarten]], z. Hd. Dr. [[PERSON:Lechner]], "
        "Fax [[PHONE:089 / 29 16 47-19]]. {{Bankart}}-Läsion, {{Hill-Sachs}}-Delle, {{ALPSA}} nicht abgrenzbar."),
    _de("Patient/in: [[PERSON:Nußbaumer Rupert]] | SVNR [[ID:4418 120356]] | Station {{CHI-2}}\n"
        "{{Sonographie}} [[DATE:28.01.2025]] {{13:10}}: {{Murphy}}-Zeichen positiv, {{Gallenblasenhydrops}}."),
    _de("Sprechstundennotiz: Herr [[PERSON:Odermatt]] ruft an ({{10:05}}), wünscht Kopie der {{MRI}}-Bilder vom "
        "[[DATE:3.2.25]] für Dr. [[PERSON:Casutt]] im [[INSTITUTION:Kantonsspital Graubünden]]. Versand per "
        "Post an [[ADDRESS:Via Sura 12, 7530 Zernez]]."),
    _de("[[INSTITUTION:Spital Bülach]] – {{Institut für Radiologie}}\n{{CT}}-gesteuerte Punktion [[DATE:19.02.2025]]\n"
        "Operateur: [[PERSON:Fabienne Gysin]], Assistenz: [[PERSON:Jonas Aebersold]]\nPat.-Nr. [[ID:00 731 882-4]], "
        "{{Segment VI}}, {{18G}}-Nadel"),
    _de("Ihr Zeichen: [[PERSON:Ki]] / Unser Zeichen: [[PERSON:Hö]]/mw\nBetreff: [[PERSON:Lorenz, Beatrix]], geb. "
        "[[DATE:05.05.1936]]\n{{CT Thorax}}: {{Lungenfibrose}} {{UIP}}-Muster, {{Honeycombing}} basal."),
    _de("Zuweisung aus dem [[INSTITUTION:Alterszentrum Sonnmatt]]. Bezugsperson: [[PERSON:Marlies Stadelmann]] "
        "(Nichte), [[PHONE:079 418 22 71]]. {{Demenz}} bekannt; {{cMRT}} mit {{FLAIR}}, {{SWI}}."),
    _de("Termin vereinbart: [[DATE:Montag, den 10. März]] um {{14.30 Uhr}}, {{MRT 1}} ({{Ebene -1}}). "
        "Bitte Überweisung von Dr. [[PERSON:Wiesinger]] mitbringen. Rückfragen: [[PHONE:0662 4482-5510]]."),
    _de("Sektion {{Mammadiagnostik}}\nDoppelbefundung: Dr. [[PERSON:A. Kaltenegger]] / Dr. [[PERSON:P. Zöhrer]]\n"
        "{{Screening}}-Runde {{2025}}: {{BI-RADS 2}}, {{ACR B}}. Nächster Termin in 2 Jahren."),
    _de("KIS-Auszug\nFall: [[ID:F-2025-0094412]]\nAufnahme: [[DATE:24.02.2025]] {{22:13}} via {{ZNA}}\n"
        "Hausarzt: [[PERSON:Gutjahr, Ewald]], [[ADDRESS:Marktplatz 3, 94469 Deggendorf]]\nDiagnose: {{Guillain-Barré}}-"
        "Syndrom"),
    _de("Externe Aufnahmen ({{DVD}}) aus der [[INSTITUTION:Radiologischen Gemeinschaftspraxis Sendling]] "
        "importiert; {{DICOM}}-Header: [[INSTITUTION:RGP SENDLING]] / [[PERSON:DR THALHAMMER]]. {{T2 SPACE}} und "
        "{{DWI}} vorhanden."),
    _de("Befund an: [[INSTITUTION:Reha-Klinik Bad Aibling Harthausen]], {{Neurologie}} {{Station C1}}\nPatientin "
        "[[PERSON:Fuchsberger-Ölz]], [[AGE:91]] J. {{Arnold-Chiari}}-Malformation Typ I, {{Tonsillentiefstand}} 6 mm."),
    _de("Bitte Befund auch an [[INSTITUTION:Hospiz St. Vinzenz]] und an Frau [[PERSON:Angelika Rieder]] "
        "(Betreuerin, [[ADDRESS:Kapuzinergasse 7, 6020 Innsbruck]]) senden. {{Palliativ}}; {{Knochenszintigraphie}} "
        "folgt."),
    _de("[[INSTITUTION:Radiologie Zentrum Zug]] | [[ADDRESS:Baarerstrasse 88, 6300 Zug]] | Tel. [[PHONE:041 729 30 30]]"
        "\n{{Konventionelles Röntgen}} {{Thorax pa/lat}}: {{Kerley-B}}-Linien, {{Stauung}}."),
    _de("Anamnese laut Zuweisung von med. pract. [[PERSON:Gian-Reto Caflisch]]: Sturz am [[DATE:1.3.]] beim "
        "Skifahren; {{Segond}}-Fraktur? Bildgebung {{MRI Knie}} ({{Ingenia}} 1.5T) im [[INSTITUTION:Spital Davos]]."),
    _de("Meldung {{kritischer Befund}}: [[DATE:06.03.2025]] {{03:12}}, {{Subarachnoidalblutung}} {{Fisher 3}}; "
        "informiert: Dienstarzt [[PERSON:Tomasz Wróbel]] ({{Neurochirurgie}}, Funk [[PHONE:7-3310]])."),
    _de("Kopie an: Fr. Dr. [[PERSON:Renate Schlögl-Hinterberger]], {{FÄ f. Innere Medizin}}, [[ADDRESS:Hauptplatz 14, "
        "8720 Knittelfeld]]\n{{Koronar-CT}}: {{Agatston}}-Score 412, {{CAD-RADS 3}}."),
    _de("Pat.|Geb.|Mod.|Stat.|Zeit\n[[PERSON:Hergert E.]]|[[DATE:17.10.1952]]|{{CR}}|{{Ward 5}}|{{06:50}}\n"
        "[[PERSON:Bajramović S.]]|[[DATE:08.06.1989]]|{{US}}|{{Kreißsaal}}|{{07:05}}\n[[PERSON:Nakamura-Fenz K.]]|"
        "[[DATE:29.02.1976]]|{{MR}}|{{ambulant}}|{{07:20}}"),
    _de("Konsil aus dem [[INSTITUTION:Krankenhaus der Barmherzigen Schwestern Ried]]: {{Morbus Crohn}}, "
        "{{MR-Enterographie}} erbeten. Ansprechpartnerin Sr. [[PERSON:Hildegard]] ({{Station 2 Ost}})."),
    _de("Nachbefundung einer {{CT}} aus dem [[INSTITUTION:Herz-Jesu-KH]] vom [[DATE:23.11.2024]]: "
        "{{Stanford A}}-Dissektion nicht bestätigt; {{Bewegungsartefakt}} der {{Aorta ascendens}}."),
    _de("[[PERSON:Eleonora Brühwiler]] ({{Lungenliga}}-Beraterin) meldet Termin zur {{Low-Dose-CT}} an: "
        "[[DATE:27. März 2025]], {{10:10}}, Patient [[PERSON:Ueli Grossenbacher]], [[DATE:1949]]."),
    # --- UK / US ---
    _en("ORDER LIST  {{CT}} 1   [[DATE:04-Mar-2025]]\n{{TIME}}  {{NAME}}                {{NHS NO}}        {{EXAM}}\n"
        "{{09:15}}  [[PERSON:PRENDERGAST, Moira]]   [[ID:485 777 3456]]  {{CT KUB}}\n{{09:35}}  [[PERSON:ADEYEMI, "
        "Tunde]]"
        "      [[ID:943 476 5919]]  {{CTPA}}"),
    _en("Dear Dr [[PERSON:Fairclough]],\nRe: [[PERSON:Siobhan Mulcahy]] DOB [[DATE:22/08/1974]] Hosp No "
        "[[ID:RX4471920]]\n[[ADDRESS:Flat 2, 19 Chantry Road, Bristol BS8 2QD]]\nThank you for referring this lady to "
        "the {{Breast Unit}}. {{Mammography}} shows {{M3}} calcification."),
    _en("cc: [[PERSON:Mr Hamish Loudon]], {{Consultant Urologist}}, [[INSTITUTION:Raigmore]]\n    GP: Dr "
        "[[PERSON:E. Baird]], [[INSTITUTION:Culloden Medical Practice]]\n    Patient\n{{Prostate MRI}}: {{PI-RADS 4}} "
        "lesion, left {{peripheral zone}}."),
    _en("Electronically signed by: [[PERSON:Rachel T. Osei]], MD ({{Attending Radiologist}}) on [[DATE:03/14/2025]] "
        "{{4:52 PM}} EST\nDictated by: [[PERSON:Kevin Duong]], MD ({{PGY-3}})\nTranscribed: [[PERSON:jml]]"),
    _en("Outside films from [[INSTITUTION:Tri-County Open MRI]] dated [[DATE:January 9th, 2025]] and from "
        "[[INSTITUTION:OrthoWest]] ([[DATE:11/2023]]) were reviewed. {{Segond fracture}} and {{ACL}} tear "
        "unchanged."),
    _en("PHONE NOTE [[DATE:2/27/25]] {{10:14}}: Called [[PERSON:Tammy Kowalczyk]], RN at [[INSTITUTION:Maple Grove "
        "Skilled Nursing]] ([[PHONE:(612) 555-0147 ext. 302]]) with result of {{KUB}}: no {{free air}}."),
    _en("MDT LIST – {{Upper GI}} – [[DATE:Thursday 6 March 2025]] {{13:00}}\n[[PERSON:WHITTAKER Alan]] "
        "[[DATE:12.01.1956]] [[ID:K204418]] – {{Barrett's}} with {{HGD}} – ref [[INSTITUTION:Airedale]]\n"
        "[[PERSON:BEGUM Rukhsana]] [[DATE:30.09.1962]] [[ID:K318822]] – {{Siewert II}} – ref GP"),
    _en("Kind regards,\n\n[[PERSON:Dr Priya Raghunathan]] FRCR\n{{Consultant Radiologist}} | [[INSTITUTION:Royal "
        "Derby Hospital]]\nTel: [[PHONE:01332 785 441]] ext [[PHONE:4412]]\nSecretary: [[PERSON:Joanne Platt]]"),
    _en("MRN,Last,First,DOB,Modality,Loc\n[[ID:00917734]],[[PERSON:Castellanos]],[[PERSON:Rosalinda]],"
        "[[DATE:1958-04-02]],{{MR}},{{ICU}}\n[[ID:01022861]],[[PERSON:Whitehorse]],[[PERSON:Dakota]],"
        "[[DATE:2011-10-19]],{{XR}},{{PEDS ED}}"),
    _en("Comparison: {{CT abdomen}} from [[INSTITUTION:St. Luke's Regional]] on [[DATE:Oct 3rd]]; outside {{MRCP}} "
        "from [[INSTITUTION:Pinnacle Imaging Associates]]. {{Courvoisier sign}} clinically."),
    _en("Referring: [[PERSON:Marcus A. Feldstein]], DO  NPI [[ID:1649283017]]\nPhone [[PHONE:555-0110]]  Fax "
        "[[PHONE:(480) 555-0199]]\nIndication: 7 yo with {{limp}}; r/o {{Legg-Calvé-Perthes}}."),
    _en("Addendum [[DATE:12 Feb 2025]] {{08:20}}: discussed with [[PERSON:Ms Ngozi Chukwuemeka]], {{Stroke "
        "Nurse Specialist}}, {{Ward 22}}. {{ASPECTS}} 8, {{M1}} occlusion."),
    _en("From: [[PERSON:Lena Hartigan]] <[[EMAIL:lena.hartigan@nhs.net]]>\nSent: [[DATE:05 March 2025]] {{11:47}}\n"
        "To: {{Radiology Bookings}}\nSubject: [[PERSON:Mr Colm Devereux]] – {{MRI}} {{IAMs}} please"),
    _en("Patient was transferred from [[INSTITUTION:Brookhaven Manor]] (care home) after a fall. Son "
        "[[PERSON:Gareth Pryce]] contactable on [[PHONE:07700 900431]]. {{Colles fracture}}, dorsal "
        "angulation 25°."),
    _en("Tumor board [[DATE:3/19/2025]] — attendees: [[PERSON:Hoffmann-Reyes]] (Rad Onc), [[PERSON:Abernathy]] "
        "({{Surgical Oncology}}), [[PERSON:Ko]] ({{Pathology}}), [[PERSON:Salazar]] ({{Radiology}}). "
        "{{Klatskin}} tumor, {{Bismuth IIIa}}."),
    _en("ACC# [[ID:CT25-004419]]   PT: [[PERSON:NGUYEN, THANH HUONG]]   AGE: 34\nEXAM: {{CT HEAD WO}}   DATE: "
        "[[DATE:2025-02-08]] {{23:41}}\nLOCATION: {{ED BAY 12}}   ORDERING: [[PERSON:PATEL, NIRAV]]"),
    _en("Images sent via {{IEP}} to [[INSTITUTION:Salford Royal]] {{Neurosurgery}} ([[PERSON:Mr O'Riordan]]'s "
        "team) on [[DATE:Friday 7th March]]. {{Chiari}} 1, no {{syrinx}}."),
    _en("[[INSTITUTION:Lakeside Imaging Center]] | [[ADDRESS:2200 N. Harbor Blvd, Suite 110, Fullerton, CA 92835]] | "
        "P [[PHONE:714-555-0163]]\n{{Screening mammogram}}: {{BI-RADS 1}}. {{Hologic}} 3D."),
    _en("HPI per [[INSTITUTION:Mercy Urgent Care]] note: [[AGE:96]]-year-old woman from "
        "[[INSTITUTION:Willow Creek Assisted Living]], daughter [[PERSON:Bernadette]] at bedside. {{Hip}} "
        "{{AP pelvis}}."),
    _en("NHS Number [[ID:401 023 2137]] | [[PERSON:FORSYTH, Elspeth Mary]] | [[DATE:14-Jun-1941]] | {{Ward 7}}, "
        "[[INSTITUTION:Ninewells]]\n{{CXR}} {{AP}} {{portable}}: {{NG tube}} tip in {{stomach}}."),
    _en("Appointment letter: your {{ultrasound}} is on [[DATE:Tuesday 18 March 2025]] at {{10:40}} in the "
        "{{X-Ray Department}}, [[INSTITUTION:Kingsmill]]. To rearrange call [[PHONE:01623 672 418]]."),
    _en("OBR|1|[[ID:4471203]]|[[ID:RAD88127]]|{{MRI BRAIN W WO}}|||[[DATE:202502111430]]\nPV1||O|{{MRI2}}||||"
        "[[ID:11983]]^[[PERSON:LIEBERMAN^JUDITH^S]]^^^MD\nNTE|1||Hx of {{Sturge-Weber}}"),
    _en("Outside read by [[PERSON:S. Venkataraman]] MD at [[INSTITUTION:RadPartners West]] suggested {{Kienböck}}; "
        "we see {{ulnar minus variance}} only. {{Lichtman}} stage not applicable."),
    _en("[[PERSON:Brianna Oyelaran-Smith]] (mother) called {{3:15 pm}} asking for results of her son's {{VCUG}} "
        "([[DATE:03/04/2025]]); he is 4 years old. Grade III {{vesicoureteral reflux}}."),
    # --- CH French / Italian ---
    _fr("Patient: [[PERSON:Dubois-Favre Gilberte]], née le [[DATE:03.10.1944]]\nDemandé par: Dr [[PERSON:Loïc "
        "Perroud]],"
        " [[INSTITUTION:Centre médical de la Gare]]\n{{IRM}} du genou gauche ({{Signa Architect}}): lésion de "
        "{{Stieda}}."),
    _fr("Examens antérieurs: {{scanner}} du [[DATE:12 janvier 2025]] au [[INSTITUTION:Centre d'imagerie du Flon]], "
        "{{IRM}} de [[DATE:septembre 2023]] à l'[[INSTITUTION:HFR]]. {{Maladie de Paget}} du bassin."),
    _fr("Copie: [[INSTITUTION:EMS La Rosière]], {{unité B}}; Mme [[PERSON:Chantal Rochat]] (curatrice), "
        "[[ADDRESS:Rue du Bourg 4, 1004 Lausanne]]\nFracture de {{Pouteau-Colles}}, {{AO 23-A2}}."),
    _fr("Lu et validé par Dr [[PERSON:Nadia Berthoud-Kessler]], médecin-cheffe, [[DATE:le 5 mars 2025]] à {{17h12}}."
        "\nSecrétariat {{Radiologie}}: [[PHONE:+41 32 713 30 00]]"),
    _fr("Rendez-vous {{IRM}} fixé au [[DATE:jeudi 13 mars]], {{8h45}}, {{salle 3}}. Transport depuis "
        "l'[[INSTITUTION:EMS Les Tilleuls]]. Contact: fils [[PERSON:Yannick Monnier]], [[PHONE:078 604 12 90]]."),
    _fr("Colloque oncologique du [[DATE:18.02.2025]]: [[PERSON:Kabongo Mireille]] ([[DATE:1969]]), {{Krukenberg}}; "
        "présentée par Dr [[PERSON:Ferreira]] ({{gynécologie}}), clinique [[INSTITUTION:La Source]]."),
    _fr("N° patient [[ID:HUG 4402 1187]]; séjour [[ID:25-088412]]; {{unité 6-DL}}\n{{Angio-CT}}: embolie "
        "pulmonaire, signe de {{Westermark}} absent."),
    _fr("Transmis par fax au cabinet du Dr [[PERSON:Sébastien Golay]], [[ADDRESS:Grand-Rue 22, 1260 Nyon]], "
        "fax [[PHONE:022 361 47 80]]. {{Bursite}} de {{Baker}}."),
    _it("Paziente: [[PERSON:Bernasconi Ornella]], nata il [[DATE:22.04.1950]]\nInviato da: Dr. [[PERSON:Fulvio "
        "Rezzonico]], [[INSTITUTION:Studio medico Riva]]\n{{TC}} {{torace}}: {{sindrome di Mounier-Kuhn}}."),
    _it("Esami precedenti: {{RM}} del [[DATE:14 ottobre 2024]] presso la [[INSTITUTION:Casa di cura Santa Chiara]], "
        "{{ecografia}} del [[DATE:2/2025]] all'[[INSTITUTION:EOC Bellinzona]]. {{Morbo di Kienböck}}."),
    _it("Copia a: [[INSTITUTION:Casa anziani Paganini-Rè]], {{reparto 2}}; sig.ra [[PERSON:Mirella Pedrazzini]], "
        "[[ADDRESS:Via Cantonale 18, 6532 Castione]]\n{{RX}} {{bacino}}: frattura di {{Pipkin}} II."),
    _it("Telefonata del [[DATE:5.3.2025]] ore {{16:40}}: comunicato al Dr. [[PERSON:Ghidossi]] ({{medicina interna}}, "
        "int. [[PHONE:6612]]) il reperto: {{versamento pleurico}} destro."),
    _it("Referto firmato da Dr.ssa [[PERSON:Giorgia Balestra]], {{caporeparto}}, [[INSTITUTION:Clinica Luganese "
        "Moncucco]], il [[DATE:27 febbraio 2025]].\n{{Classificazione di Bosniak}} IIF."),
    _it("Appuntamento {{RM}}: [[DATE:lunedì 24 marzo]] alle {{7.30}}, {{piano -1}}. Per informazioni: "
        "[[PHONE:091 811 68 00]]. Accompagnatore: nipote [[PERSON:Matteo Quadri]]."),
)

BATCHES: dict[str, tuple[Snippet, ...]] = {"BATCH1": BATCH1}
