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
PERSON. Extensions are PHONE spans of their own. AGE marks only ages over 89 (the number; a DICOM age string
such as "092Y" is one AGE span). Labels: PERSON, INSTITUTION, ADDRESS, DATE, PHONE, ID, AGE, EMAIL, URL.
Swiss French / Italian documents carry lang "fr" / "it". Label note: a few BATCH1 spans keep an English title
inside the span ("Mr ...", "Ms ..."), against the convention; BATCH1 was already measured, so it was left as
written (later batches put the title outside).

This is training data, not a held-out set. Each batch was measured once, right after it was written and
committed, with the scrubber of that moment and no spaCy layer, aggregates only (tests/dev14x/measure.py), in
two legs: rules only (tagger off) and rules + tagger (the default):

- BATCH1 (72 documents: 34 de, 24 en, 8 fr, 6 it; 280 PHI spans, 269 keep-terms):
  rules only: recall PERSON/DATE/ID 0.761, all labels 0.789 (PERSON 73/96, DATE 53/68, INSTITUTION 40/52,
  ID 17/24, PHONE 21/23, ADDRESS 12/12, AGE 3/3, EMAIL 2/2); keep 0.970 (261/269); over-redaction 5.4%
  (14 false hits of 261 reported spans).
  with tagger: recall PERSON/DATE/ID 0.761, all labels 0.796 (INSTITUTION 42/52, the rest as rules only);
  keep 0.967 (260/269); over-redaction 6.0% (16 false hits of 265 reported spans).
- BATCH2 (72 documents: 34 de, 23 en, 9 fr, 6 it; 259 PHI spans, 272 keep-terms):
  rules only: recall PERSON/DATE/ID 0.753, all labels 0.753 (PERSON 71/90, DATE 42/56, INSTITUTION 36/53,
  ID 12/20, PHONE 21/21, ADDRESS 10/14, AGE 1/3, EMAIL 2/2); keep 0.963 (262/272); over-redaction 4.7%
  (11 false hits of 234 reported spans).
  with tagger: recall PERSON/DATE/ID 0.765, all labels 0.768 (PERSON 73/90, INSTITUTION 37/53, ADDRESS 11/14,
  the rest as rules only); keep 0.949 (258/272); over-redaction 5.8% (14 false hits of 243 reported spans).
- BATCH3 (71 documents: 35 de, 22 en, 8 fr, 6 it; 265 PHI spans, 261 keep-terms):
  rules only: recall PERSON/DATE/ID 0.759, all labels 0.755 (PERSON 66/84, INSTITUTION 43/64, DATE 47/56,
  ID 10/22, PHONE 19/21, ADDRESS 12/13, AGE 2/4, EMAIL 1/1); keep 0.958 (250/261); over-redaction 9.0%
  (21 false hits of 233 reported spans).
  with tagger: recall PERSON/DATE/ID 0.772, all labels 0.770 (PERSON 68/84, INSTITUTION 45/64, the rest as
  rules only); keep 0.958 (250/261); over-redaction 9.0% (22 false hits of 244 reported spans).

In all 215 documents (103 de, 69 en, 25 fr, 18 it), 804 PHI spans (PERSON 270, DATE 180, INSTITUTION 169,
ID 66, PHONE 65, ADDRESS 39, AGE 10, EMAIL 5) and 802 keep-terms. Summed over the three single measurements:
rules only: recall PERSON/DATE/ID 0.758 (391/516), all labels 0.766 (616/804; PERSON 210/270, DATE 142/180,
INSTITUTION 119/169, ID 39/66, PHONE 61/65, ADDRESS 34/39, AGE 6/10, EMAIL 5/5); keep 0.964 (773/802);
over-redaction 6.3% (46 false hits of 728 reported spans). With tagger: recall PERSON/DATE/ID 0.766
(395/516), all labels 0.779 (626/804; PERSON 214/270, INSTITUTION 124/169, ADDRESS 35/39); keep 0.958
(768/802); over-redaction 6.9% (52 false hits of 752 reported spans). Against dev14w's running text (same
measurement, rules only) this set is lower on IDs (0.59 against 0.94), dates (0.79 against 0.94), keep-terms
(0.964 against 0.994) and higher in over-redaction (6.3% against 1.3%): exported forms, their IDs, dates and the
hard negatives beside them are the classes this set is for.
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

# Round 15b re-marked the two hospital acronyms in brackets after a hospital's name ("(CHB)", "(ORBV)") from
# keep-terms to INSTITUTION spans, the convention of the blind sets (a hospital acronym is the site).
BATCH2: tuple[Snippet, ...] = (
    # --- DE / AT / CH German ---
    _de("(0008,0090) PN [[PERSON:Wimmer^Theresia^^Dr.^]]\n(0032,1032) PN [[PERSON:HAUSBERGER^FLORIAN]]\n"
        "(0008,0081) ST [[ADDRESS:Grillparzerstraße 5, 4020 Linz]]\n(0018,1030) LO {{t2_tse_tra_p2}}\n"
        "(0018,0015) CS {{KNEE}}\n(0008,0020) DA [[DATE:20250219]]"),
    _de("(0010,1040) LO [[ADDRESS:Am Sonnenhang 17, 87435 Kempten]]\n(0010,2154) SH [[PHONE:0831 52 26 19]]\n"
        "(0010,1010) AS {{007Y}}\n(0008,1010) SH {{CT01}}\n(0018,1000) LO [[ID:SN 91044]]\n(0008,1040) LO "
        "{{Kinderradiologie}}"),
    _de("{{PatID}}\t{{Nachname}}\t{{Vorname}}\t{{Geburtsdatum}}\t{{Befundstatus}}\n[[ID:7720195]]\t"
        "[[PERSON:Ostermeier]]"
        "\t[[PERSON:Leopold]]\t[[DATE:1933-08-14]]\t{{vidiert}}\n[[ID:7720311]]\t[[PERSON:Çelik]]\t[[PERSON:Hülya]]\t"
        "[[DATE:1990-01-27]]\t{{vorläufig}}"),
    _de("ADT^A01|[[DATE:20250304081512]]\nPID|||[[ID:55102993]]^^^KH||[[PERSON:Mayrhofer^Gerlinde^Maria]]||"
        "[[DATE:19460512]]|W|||[[ADDRESS:Hinterbrühl 3^^Kufstein^^6330]]\nPV1||I|{{CHIR3}}^{{Zi 312}}"),
    _de("Sehr geehrter Herr Dr. [[PERSON:Eichhorn]],\nbesten Dank für die Zuweisung von Herrn [[PERSON:Arsen "
        "Petrosyan]] ([[DATE:19.06.1978]]). Die {{MRT}} der {{HWS}} vom [[DATE:11.03.2025]] zeigt eine "
        "{{Diskushernie}} {{C5/6}} mit {{Myelopathie}}-Signal."),
    _de("Entlassungsbrief\n[[INSTITUTION:Kreisklinik Ebersberg]] | {{Innere Medizin}} | {{Station 2.3}}\n"
        "Patient: [[PERSON:Huber-Lindner, Wilfried]], *[[DATE:09.01.1937]]\nAufenthalt: [[DATE:02.03.]]–"
        "[[DATE:14.03.2025]]\nDiagnosen: {{Morbus Waldenström}}, {{Bence-Jones}}-Proteinurie"),
    _de("Nachrichtlich:\n1. [[INSTITUTION:Gemeinschaftspraxis am Schillerplatz]], Dres. [[PERSON:Kaul]] / "
        "[[PERSON:Stirnemann]]\n2. [[INSTITUTION:Caritas Sozialstation Ochsenhausen]]\n3. Pat. "
        "[[PERSON:Zita Brenninkmeyer]]\n{{Duplex}} der {{Carotiden}}: {{NASCET}} 60 %."),
    _de("Rückruf erbeten: Dr. [[PERSON:Kovačević]], [[INSTITUTION:Landesklinikum Amstetten]], Tel. "
        "[[PHONE:07472 9004-0]], DW [[PHONE:12745]]. Thema: {{PE}}-Verdacht, {{D-Dimer}} erhöht, {{Wells-Score}} 5."),
    _de("Anruf [[DATE:Do., 20.02.]] {{15:30}}: Tochter [[PERSON:Ingeborg Seelig]] möchte wissen, ob die "
        "{{Knochendichte}} ({{DXA}}) von Frau [[PERSON:Seelig]] auch an den Hausarzt geht. Ja, an "
        "[[INSTITUTION:Praxis Dr. Vollmer]]."),
    _de("Befundende\n--\n[[INSTITUTION:Radiologie Rosenheim]] · [[ADDRESS:Pettenkoferstr. 10, 83022 Rosenheim]] · "
        "Tel. [[PHONE:08031 20 99-0]] · Fax [[PHONE:08031 20 99-199]]\nIK [[ID:260910133]] · {{MRT}} · {{CT}} · "
        "{{Nuklearmedizin}}"),
    _de("Vorbefunde extern: {{Myelographie}} {{2019}} im [[INSTITUTION:Schön Klinik Vogtareuth]]; "
        "{{Szintigraphie}} am [[INSTITUTION:Nuklearmedizinischen Zentrum Bogenhausen]] vom [[DATE:Mai 2024]]. "
        "{{Spondylolisthesis}} {{Meyerding I}}."),
    _de("Zuweiser-Stammdaten: [[PERSON:Schnabl Gottfried]], {{Allgemeinmedizin}}, [[ADDRESS:Kirchengasse 2, "
        "3970 Weitra]], Vertragspartner-Nr. [[ID:0413 77]]\nUntersuchung: {{Röntgen}} {{Thorax}} 2 Ebenen."),
    _de("Frau [[PERSON:Rosa Wöhrle]] (Heimbewohnerin, [[INSTITUTION:Haus St. Elisabeth]], {{Wohngruppe Linde}}) "
        "kommt liegend mit Transport. {{Decubitus}}. Alter [[AGE:94]]. {{Beckenübersicht}} und {{LWS}} seitlich."),
    _de("Aufklärung erfolgt am [[DATE:13.2.2025]] durch Dr. [[PERSON:Selin Arıkan]] (Assistenzärztin); "
        "Zeuge: Pfleger [[PERSON:Andreas Mooslechner]]\n{{Kontrastmittel}}: {{Gadovist}}, {{eGFR}} 58."),
    _de("Arbeitsliste {{Durchleuchtung}} – [[DATE:17.03.2025]]\n[[PERSON:Rainer P.]] {{08:10}} {{Breischluck}}\n"
        "[[PERSON:Ahmadi M.]] {{09:00}} {{Defäkographie}}\n[[PERSON:Stojković D.]] {{10:15}} {{MCU}} (Kind, {{3 J.}})"),
    _de("In Kopie an [[INSTITUTION:Universitäts-Kinderspital beider Basel]] ({{UKBB}}), {{Kinderchirurgie}}, und an "
        "die Eltern ([[ADDRESS:Im Langen Loh 212, 4054 Basel]]). {{Salter-Harris}} II, distaler {{Radius}}."),
    _de("Patientenetikett: [[PERSON:SCHWEIZER ANNA-LENA]] | [[DATE:02.02.2012]] | w | Fall [[ID:3012 4456 02]] | "
        "{{KJP}} {{Station 6}}\nFrage: {{Osgood-Schlatter}}? {{13-jährig}}."),
    _de("MR-Protokoll: {{Skyra}}, {{T1 vibe}}, {{DIXON}}, {{DWI b800}}. Untersucher: MTRA [[PERSON:Birgit Ortner]]. "
        "Bilder an [[INSTITUTION:Klinik Hirslanden]] via {{PACS}}-Link am [[DATE:21. Februar 2025]]."),
    _de("Konsiliarius: PD Dr. [[PERSON:Tarek Haddad]] ({{Hepatologie}}, [[INSTITUTION:Stadtspital Triemli]])\n"
        "{{LI-RADS 5}}, {{Milan}}-Kriterien erfüllt, {{Child-Pugh A}}."),
    _de("Kostengutsprache der [[INSTITUTION:Helsana]] vom [[DATE:28.01.2025]] liegt vor (Referenz "
        "[[ID:KG 2025 / 44 891]]). Versicherter: [[PERSON:Blaser Urs]], AHV [[ID:756.4477.1290.33]]. {{MRT}} "
        "{{Becken}} bewilligt."),
    _de("Dienstübergabe {{ZNA}} [[DATE:08.03.]] {{07:00}}: Box 3 Herr [[PERSON:Nowotny]] ({{Kopfplatzwunde}}, "
        "{{CCT}} unauffällig), Box 5 Frau [[PERSON:Abdelrahman]] ({{Appendizitis}}? {{Alvarado}} 7)."),
    _de("Terminbestätigung\nSehr geehrte Frau [[PERSON:Lechleitner]], Ihr Termin zur {{Computertomographie}} ist am "
        "[[DATE:Freitag, 28.03.2025]], {{11:45 Uhr}}, {{Röntgen Anmeldung}} {{Ebene 0}}. Bitte nüchtern erscheinen."),
    _de("Unterschrift: [[PERSON:Prim. Univ.-Prof. Dr. Walburga Klinglmair]], Vorständin der {{Abteilung für "
        "Radiologie}}, [[INSTITUTION:Klinikum Klagenfurt am Wörthersee]]"),
    _de("Überweisung von [[INSTITUTION:Hausärzte Zentrum Oberland]] ({{HZO}}) – med. pract. [[PERSON:Reto Bieri]]. "
        "{{Dupuytren}}-Kontraktur, {{Heberden}}-Knoten; {{Röntgen}} beider Hände."),
    _de("SAP-Auszug;{{Fallnummer}};{{Patient}};{{OE}};{{Leistung}}\n;[[ID:0008812734]];[[PERSON:Möller, Ilse]];"
        "{{RAD-CT}};{{CT Abdomen}}\n;[[ID:0008812790]];[[PERSON:Radovanović, Luka]];{{KIN}};{{Sono Hüfte}} ({{Graf}})"),
    _de("Aus der Sprechstunde [[INSTITUTION:Praxisgemeinschaft Radiologie Wörgl]]: Pat. [[PERSON:Ferdinand "
        "Unterberger]] bringt {{CD}} vom [[INSTITUTION:BKH Kufstein]] ([[DATE:04.02.2025]]). {{Os "
        "naviculare}}-Fraktur."),
    _de("Vorstellung im {{Tumorboard}} {{Kopf-Hals}} am [[DATE:12.3.]]: [[PERSON:Wegscheider, Paula]], "
        "{{Oropharynx}}-Ca, {{p16}} positiv; Zuweisung [[INSTITUTION:HNO-Praxis Dr. Tschurtschenthaler]]."),
    _de("Befund an Betreuer: RA Dr. [[PERSON:Helmut Kracher]], [[ADDRESS:Landstraße 33, 4020 Linz]], Fax "
        "[[PHONE:0732 77 19 20-15]]. {{Binswanger}}-Krankheit, {{Fazekas 3}}."),
    _de("Qualitätszirkel-Fall: {{Erdheim-Chester}}-Erkrankung, eingebracht von OÄ Dr. [[PERSON:Heidrun Pucher]] "
        "([[INSTITUTION:LKH-Univ. Klinikum Graz]]). Befund {{2022}} extern als {{Ormond}} verkannt."),
    _de("Absender: [[INSTITUTION:Kantonsspital Frauenfeld]], {{Radiologie}}, Sekretariat Frau [[PERSON:Keller]], "
        "[[PHONE:+41 (0)52 723 71 71]]\n{{Angio}}: {{Leriche}}-Syndrom, {{TASC D}}."),
    _de("Mail-Fußzeile:\n[[PERSON:Jasper Reinholz]] | {{Leitender MTR}} | {{Radiologie}} [[INSTITUTION:Vivantes "
        "Humboldt]]\n[[EMAIL:j.reinholz@vivantes-klinik.de]] | [[PHONE:+49 30 130 12-2318]]"),
    _de("Datensatz: {{Name, Vorname}} = [[PERSON:Pichler, Josefine]]; {{Geb.}} = [[DATE:31.12.1929]]; {{Alter}} = "
        "[[AGE:95]]; {{Station}} = {{Geriatrie 1}}; {{Modalität}} = {{CR}}"),
    _de("Vorgeschichte: {{TEP}} re. {{2016}} im [[INSTITUTION:Orthopädischen Spital Speising]]; seit "
        "{{2023}} Schmerzen. {{Brooker}} II Ossifikationen, kein {{Lockerungssaum}}."),
    _de("Rücksprache mit Hr. [[PERSON:Bünzli]] ({{Anästhesie}}, {{Piepser}} [[PHONE:3442]]) um {{22:40}}: "
        "{{Cormack-Lehane}} nicht relevant für {{CT}}, Sedierung durch {{Anästhesie}}."),
    # --- UK / US ---
    _en("DISCHARGE SUMMARY\n[[INSTITUTION:Queen Elizabeth University Hospital]] – {{Ward 4C}}\nName: "
        "[[PERSON:MacAulay, Ishbel]]  CHI: [[ID:1203 51 4478]]\nAdmitted: [[DATE:21/02/2025]]  Discharged: "
        "[[DATE:02/03/2025]]\nDx: {{Takotsubo}}"),
    _en("Copies to:\n  Dr [[PERSON:R. Mistry]], [[INSTITUTION:Hollybank Surgery]], [[ADDRESS:4 Mill Lane, "
        "Sheffield S10 5AB]]\n  Mrs [[PERSON:Doreen Ashworth]] (patient)\n{{Dexa}}: {{T-score}} -2.9 ({{femoral "
        "neck}})."),
    _en("CONFIDENTIALITY NOTICE: ... \n--\n[[PERSON:Jordan Whitlock]], RT(R)(CT) | {{CT Supervisor}} | "
        "[[INSTITUTION:Cedar Valley Medical Center]]\nO: [[PHONE:(319) 555-0128]] x[[PHONE:2231]] | "
        "[[EMAIL:jwhitlock@cvmc.org]]"),
    _en("ENCOUNTER  [[ID:E00482211]]\nPATIENT   [[PERSON:O'CONNELL-BAPTISTE, MAUREEN]]\nDOB       [[DATE:07/19/1931]]"
        " ([[AGE:93]]y)\nUNIT      {{4 WEST}} / {{TELE}}\nEXAM      {{CTA CHEST}} {{PE PROTOCOL}}"),
    _en("Worklist  {{US}}  [[DATE:Mon 03/10/2025]]\n{{0800}}  [[PERSON:Hutchins, Caleb]]  {{RUQ}}  {{Outpt}}\n"
        "{{0830}}  [[PERSON:Al-Khatib, Samira]]  {{OB >14 WKS}}  {{L&D}}\n{{0900}}  [[PERSON:Bui, Minh]]  "
        "{{Renal}}  {{PICU}}"),
    _en("Per phone call with [[PERSON:Dr. Ellison]] ([[INSTITUTION:Northside Family Medicine]], [[PHONE:404-555-0176]])"
        " on [[DATE:March 11, 2025]] at {{9:05 AM}}: pt has {{Marfan}} syndrome; aortic root 4.6 cm."),
    _en("Prior studies: {{CT}} [[DATE:6/14/22]] ([[INSTITUTION:UCH]]), {{MRI}} [[DATE:12/2023]] "
        "([[INSTITUTION:Rocky Mountain Spine & Imaging]]), {{XR}} [[DATE:1/5/25]] ([[INSTITUTION:Kaiser Lone Tree]])."
        " {{Scheuermann}} kyphosis."),
    _en("Report distributed to: [[PERSON:HAYES, Aisling]] (ordering), [[PERSON:FINNEGAN, Ross]] (PCP), "
        "[[INSTITUTION:Harborview Cardiology Associates]]. {{Ebstein anomaly}} on {{cardiac MRI}}."),
    _en("Mr [[PERSON:Tobias Grant-Ellery]], [[ADDRESS:27 Ashdown Road, Worthing, West Sussex BN11 1PX]]\n"
        "Hospital no. [[ID:W 0744192]]   NHS no. [[ID:738 216 0094]]\nClinic: {{Fracture Clinic}}, "
        "[[DATE:Wednesday 26 February]] {{09:20}}"),
    _en("Supervising: [[PERSON:Deborah K. Lindgren]], M.D.\nResident: [[PERSON:Arjun Bhattacharya]], M.D.\n"
        "Attestation: I have personally reviewed the images. {{Hirschsprung}} transition zone at {{sigmoid}}. "
        "Patient is {{6 days old}}."),
    _en("MDT outcome [[DATE:27.02.25]] – Ms [[PERSON:Y. Oduya]] ({{Breast Surgeon}}), Dr [[PERSON:F. Lomax]] "
        "({{Radiology}}), Dr [[PERSON:C. Wen]] ({{Oncology}}). Pt [[PERSON:Hollis, June]]: {{Paget's disease of the "
        "nipple}}; {{U5}}."),
    _en("Pt states prior {{MRI}} done at [[INSTITUTION:SimonMed]] in [[DATE:August]] and {{CT}} at "
        "[[INSTITUTION:Banner Desert]]. Images not available. {{Baker cyst}} and {{Osgood}} changes."),
    _en("[[INSTITUTION:Elmhurst Radiology Group]], [[ADDRESS:41-22 Broadway, Astoria, NY 11103]]\nTel "
        "[[PHONE:(718) 555-0194]] | Fax [[PHONE:(718) 555-0195]]\n{{DEXA}} {{Lunar iDXA}}: {{Z-score}} -1.1."),
    _en("HL7 ORU\nPID|1||[[ID:MRN-0071-4432]]||[[PERSON:ZABINSKI^ROBERT^J^JR]]||[[DATE:19520903]]\nOBX|1|TX|||"
        "{{FINDINGS}}: {{Hampton hump}} RLL. {{Westermark}} absent."),
    _en("GP letter: Dear Dr [[PERSON:Iqbal]], I saw [[PERSON:Kerry-Ann Blackwood]] (DOB [[DATE:3.4.1986]]) in "
        "the {{Rapid Access Chest Pain Clinic}} on [[DATE:4th March]]. {{CTCA}}: {{CAD-RADS 1}}."),
    _en("Telephone encounter – [[PERSON:Vanessa Quon]], RN ([[INSTITUTION:Sutter Imaging]]) – [[DATE:02/21/2025]] "
        "{{1642}}\nSpoke to pt's husband [[PERSON:Derek]] re: {{BI-RADS 0}} callback; appt [[DATE:3/3]] booked."),
    _en("Ref: RAD/[[PERSON:PK]]/[[PERSON:sl]]\nDate typed: [[DATE:10/03/2025]]\nDear Mr [[PERSON:Ogunleye]], "
        "your {{CT colonography}} showed no {{polyp}} ≥ 6 mm."),
    _en("Imaging from [[INSTITUTION:InHealth]] mobile {{MRI}} unit at [[INSTITUTION:Brackley Cottage Hospital]] "
        "([[DATE:20/1/25]]) imported. {{Morton's neuroma}} 3rd {{web space}}."),
    _en("Ordering: [[PERSON:Christopher Vance]], PA-C | [[INSTITUTION:ExpressCare Clinic]] | NPI "
        "[[ID:1972 608 115]]\nReason: {{9-year-old}}, {{Sever's disease}}?"),
    _en("Sign-out: [[DATE:3/9]] {{2300}}: {{ICU}} bed 14 [[PERSON:Morales, Esteban]] – {{ARDS}}, {{Berlin}} severe; "
        "{{CXR}} {{AM}}. Contact: sister [[PERSON:Lucia Morales]] [[PHONE:555-0183]]."),
    _en("Your appointment: {{MRI Lumbar Spine}}\nWhen: [[DATE:Saturday, April 5, 2025]] {{7:30 AM}}\nWhere: "
        "[[INSTITUTION:Oakbrook Imaging]], [[ADDRESS:1900 Spring Rd, Oak Brook, IL 60523]]\nQuestions: "
        "[[PHONE:630.555.0112]]"),
    _en("Second opinion requested by [[INSTITUTION:Royal Marsden]] ({{Sarcoma Unit}}) on {{MRI}} from "
        "[[INSTITUTION:Spire Bushey]], [[DATE:14 Jan 2025]]. {{Ewing}} sarcoma, {{Enneking}} IIB."),
    _en("Patient ID [[ID:Q7-88 213 T]] | [[PERSON:PILLAI Deepa]] | [[DATE:1979-11-30]] | {{Ward 12}} {{Maternity}}\n"
        "{{US}} {{pelvis}}: {{Asherman}}? Endometrium 4 mm."),
    # --- CH French / Italian ---
    _fr("Établissement: [[INSTITUTION:Hôpital du Jura bernois]], site de [[ADDRESS:Moutier]]\nPatient "
        "[[PERSON:Gerber-Vuilleumier Denise]] ([[DATE:4 avril 1940]]), {{division}} {{médecine 2}}\n"
        "{{Radiographie}} du thorax: syndrome de {{Chilaiditi}}."),
    _fr("Destinataires: Dr [[PERSON:Khalil Mansour]], [[INSTITUTION:Permanence Médicale de Sion]]; "
        "[[INSTITUTION:Home Saint-François]], {{étage 2}}\n{{Échographie}} abdominale: {{signe de Murphy}}."),
    _fr("Téléphone du [[DATE:mardi 11.3.]] à {{9h20}}: résultats de l'{{IRM}} transmis à Mme [[PERSON:Véronique "
        "Chappuis]] (infirmière de liaison, [[PHONE:021 314 55 27]]). {{Sclérose en plaques}}, {{McDonald}}."),
    _fr("Examen réalisé à l'[[INSTITUTION:Institut de radiologie de Sion]] le [[DATE:1er février 2025]]; "
        "comparatif avec {{CT}} de la [[INSTITUTION:Clinique de Valère]]. {{Spondylarthrite}}, {{Romanus}}."),
    _fr("Signé électroniquement: [[PERSON:Prof. Anne-Sophie Rey]], {{cheffe de service}}, le [[DATE:07.03.2025]] "
        "{{16:05}}\nDactylo: [[PERSON:mcb]]"),
    _fr("Patient·e: [[PERSON:N'Diaye Ousmane]] | NAVS [[ID:756.3012.8841.09]] | {{Urgences}} box 4\n{{CT}} cérébral: "
        "hématome sous-dural, pas d'{{engagement}}. {{17 ans}}."),
    _fr("Envoi des images par {{CD}} au [[INSTITUTION:Centre Hospitalier de Bienne]] ([[INSTITUTION:CHB]]), "
        "Dr [[PERSON:Lüthi]], fax [[PHONE:032 324 38 50]]. Classification de {{Neer}}."),
    _it("Destinatari: [[INSTITUTION:Ospedale Regionale di Mendrisio]] ([[INSTITUTION:ORBV]]), "
        "Dr. [[PERSON:Stefano Croci]]; [[INSTITUTION:Casa per anziani Torriani]], {{nucleo B}}\n"
        "{{TC}} addome: {{morbo di Crohn}}."),
    _it("Esame: {{RM}} {{encefalo}} del [[DATE:3 marzo 2025]] ore {{10:20}}, {{Achieva}} 1.5T\nPaziente: "
        "[[PERSON:Moretti-Cattaneo Luisella]], [[DATE:11.11.1958]]; n. caso [[ID:EOC 25 004 187]]"),
    _it("Colloquio telefonico con la figlia [[PERSON:Sabrina Lepori]] ([[PHONE:076 422 19 08]]) il [[DATE:28/02]]: "
        "richiede copia su {{CD}} per la [[INSTITUTION:Clinica Hildebrand]]. {{Malattia di Parkinson}}."),
    _it("Firmato: Dr. [[PERSON:Pierluigi Foglia]], {{primario}} {{radiologia}}, [[INSTITUTION:Clinica Sant'Anna]] "
        "[[ADDRESS:Sorengo]]\nTel. [[PHONE:+41 91 985 12 11]], int. [[PHONE:1240]]"),
    _it("Precedenti: {{mammografia}} [[DATE:giugno 2023]] al [[INSTITUTION:Centro di senologia della Svizzera "
        "italiana]]; {{ecografia}} {{2024}} presso lo [[INSTITUTION:Studio radiologico Ticino Sud]]. {{BI-RADS 3}}."),
    _fr("Liste de travail {{IRM}} – [[DATE:vendredi 21 mars 2025]]\n{{07h30}} [[PERSON:Aubert, Léonie]] {{genou D}} "
        "{{ambulatoire}}\n{{08h00}} [[PERSON:Mbala, Christophe]] {{IRM cardiaque}} {{soins intensifs}}\n{{08h45}} "
        "[[PERSON:Da Silva Pinto, Rui]] {{rachis lombaire}} {{Modic}} 2"),
    _fr("Lettre de sortie – [[INSTITUTION:Réseau hospitalier neuchâtelois]], {{service de médecine interne}}\nMme "
        "[[PERSON:Ginette Matthey]], [[ADDRESS:Chemin des Pavés 14, 2000 Neuchâtel]]\nHospitalisation du "
        "[[DATE:03.03.2025]] au [[DATE:12.03.2025]]. {{Maladie de Horton}}, {{écho-Doppler}} temporal."),
    _it("Lista di lavoro {{TC}} – [[DATE:mercoledì 19.3.2025]]\n{{08:15}} [[PERSON:Fumagalli, Rocco]] {{torace}} "
        "{{reparto 5}}\n{{08:40}} [[PERSON:Gianella, Noemi]] {{cranio}} {{pronto soccorso}}\nTecnico: "
        "[[PERSON:Ivo Delcò]]"),
)

BATCH3: tuple[Snippet, ...] = (
    # --- DE / AT / CH German ---
    _de("(0008,1070) PN [[PERSON:Brunnhuber^Kathrin]]\n(0008,1050) PN [[PERSON:Dr^Yilmaz^Okan]]\n(0008,1040) LO "
        "{{Radiologie Haus C}}\n(0008,1010) SH {{CTAWP71402}}\n(0018,1020) LO {{syngo CT VA40A}}\n(0020,000D) UI "
        "1.2.826.0.1.3680043.2.1125\n(0008,0021) DA [[DATE:20250122]]"),
    _de("[[INSTITUTION:Röntgeninstitut Hietzing]] – {{MR}} [[DATE:4.III.2025]]\n{{Patient}}: [[PERSON:Schörghuber "
        "Amalia]], e-card [[ID:1206 040372]]\n{{Sequenzen}}: {{HASTE}}, {{BLADE}}, {{TOF}} 3D\n{{Befund}}: {{Circulus "
        "Willisii}} regelrecht."),
    _de("Krankenhaus-Informationssystem | Druck [[DATE:25.02.2025]] {{18:44}} | Seite 1/2\nFall "
        "[[ID:A25/003317]] · [[PERSON:Dzaferović, Almir]] · [[DATE:12.08.1965]] · {{Station 9B}} · Zi. 4\n"
        "{{Hodgkin}}-Lymphom, {{Ann-Arbor}} IIB, {{Deauville}} 3"),
    _de("Sehr geehrte Damen und Herren,\nHerr [[PERSON:Horner]], [[PERSON:Ludwig]], geb. [[DATE:1. Okt. 1944]], "
        "wurde bei uns untersucht. Kein {{Horner-Syndrom}}; {{Pancoast}} ausgeschlossen. {{CT}} {{Thoraxapertur}} "
        "unauffällig."),
    _de("Frau [[PERSON:Addison-Weber]] ({{Morbus Addison}} bekannt) wird aus dem [[INSTITUTION:Pflegezentrum "
        "Erlenhof]] gebracht; Kontakt Pflege: [[PHONE:044 877 12 30]]. {{Nebennieren}} im {{CT}} atroph."),
    _de("Befundverteiler [[DATE:03.03.2025]]:\n[x] Zuweiser: [[INSTITUTION:Ärztezentrum Frick]]\n[x] Hausarzt: "
        "[[PERSON:Fricker Daniel]]\n[ ] Patient\n[x] [[INSTITUTION:Spitex Region Brugg]]\n{{Röntgen}} {{OSG}}: "
        "{{Weber B}}."),
    _de("Erreichbarkeit {{Radiologie}}: Anmeldung [[PHONE:0221 478-4821]], {{CT}}-Leitstand App. [[PHONE:4830]], "
        "Dienstarzt Funk [[PHONE:2-4444]]. [[INSTITUTION:Uniklinik Köln]], {{Gebäude 13}}, {{Ebene 1}}."),
    _de("Verlaufskontrolle: {{Vorbefund}} [[INSTITUTION:RadioMed Ulm]] vom [[DATE:13.11.24]], {{PET}} am "
        "[[INSTITUTION:BWK Ulm]] ({{Bundeswehrkrankenhaus}}-Nuklearmedizin) [[DATE:Jan. 25]]. {{Sarkoidose}} "
        "{{Scadding}} II."),
    _de("Name|Geb.|Fallnr.|Anf.-Station|Prio\n[[PERSON:Rieger, Theodor]]|[[DATE:06.06.1936]]|[[ID:2500 2981 "
        "14]]|{{Intensiv 1}}|{{Notfall}}\n[[PERSON:Saglam, Derya]]|[[DATE:14.02.1994]]|[[ID:2500 3001 92]]|"
        "{{Gyn 2}}|{{dringlich}}"),
    _de("Mit kollegialen Grüßen\n\ni.A. [[PERSON:Selma Kurtović]]\n{{Assistenzärztin}}\nfür Prof. Dr. "
        "[[PERSON:E. Brandauer]], {{Chefarzt}}\nDiktat: [[DATE:06.03.25]] / geschrieben: [[DATE:07.03.25]] "
        "[[PERSON:hk]]"),
    _de("Telefonat mit dem [[INSTITUTION:Seniorenheim Rosengarten]] ({{Pflegestation 2}}), Pfleger [[PERSON:Miro]]"
        ", um {{16:20}}: Patientin [[AGE:97]] J., nach Sturz; {{Röntgen}} {{Hüfte}} unauffällig, kein {{Pipkin}}."),
    _de("{{Tumorkonferenz}} {{Gastro}} [[DATE:18.3.2025]]\n{{Name}} | {{Diagnose}} | {{Empfehlung}}\n"
        "[[PERSON:Kranebitter R.]] | {{Klatskin}} | {{ERCP}}\n[[PERSON:Omerović S.]] | {{Zollinger-Ellison}} | "
        "{{DOTATATE-PET}}\nProtokoll: Dr. [[PERSON:Gruber-Mair]]"),
    _de("Externe Bilder via {{Teleradiologie}} aus dem [[INSTITUTION:Klinikum Landkreis Tuttlingen]] "
        "([[DATE:Sonntag, 09.03.2025]] {{03:55}}). Rückruf an Dr. [[PERSON:Fahrenholz]] [[PHONE:07461 97-0]]. "
        "{{Sinusvenenthrombose}}."),
    _de("Patient: [[PERSON:PLONER, Sebastian]] | SVNR [[ID:3318 05 11 88]] | {{KAGes}}-Zahl [[ID:86 112 0345]]\n"
        "{{Röntgen}} {{Sprunggelenk}}: {{Tillaux}}-Fraktur, 14 Jahre."),
    _de("Eingangsstempel [[DATE:28. FEB. 2025]]\nÜberweisungsschein von Dipl.-Med. [[PERSON:Gunter Pötzsch]], "
        "[[ADDRESS:Dorfstraße 4, 01920 Elstra]]\nAuftrag: {{MRT}} {{Schulter}} li., {{Impingement}}, "
        "{{Neer}}-Test positiv."),
    _de("Anruf Ehemann [[PERSON:Kurt Landolt]] am [[DATE:13.3.]] um {{08:10}}: Termin {{Mammographie}} verschieben. "
        "Neu: [[DATE:27.3.]], {{14:00}}. Tel. [[PHONE:+41 79 512 44 08]]."),
    _de("Konsilanforderung an {{Radiologie}} – Absender: {{Station 5 Süd}}, Ansprechpartner [[PERSON:Nico "
        "Brückl]] (Stationsarzt), Tel. [[PHONE:5521]]\n{{Wilson}}-Krankheit, {{Kayser-Fleischer}} positiv; "
        "{{cMRT}}."),
    _de("Bildimport aus [[INSTITUTION:Diagnostikum Graz Süd-West]] ({{CD}}, [[DATE:Februar 2025]]); Header: "
        "[[INSTITUTION:DIAG GRAZ SW]]. {{Morbus Sudeck}}, {{CRPS}} I."),
    _de("{{CT}}-Anmeldebogen\nName: [[PERSON:Türk]]  Vorname: [[PERSON:Melek]]  Geb.: [[DATE:19.4.57]]\n"
        "{{Gewicht}}: 68 kg  {{Kreatinin}}: 0,9  {{Allergien}}: keine\nAnf. Arzt: [[PERSON:Brenner]] ({{Urologie}})"),
    _de("Beurteilung durch Prof. Dr. med. [[PERSON:Carla Widmer-Baumann]], {{Leitende Ärztin}}, "
        "[[INSTITUTION:Luzerner Kantonsspital]] ({{LUKS}}), [[DATE:10.03.2025]]\n{{Bosniak}} IIF."),
    _de("Herr [[PERSON:Graves]] kommt zur {{Schilddrüsenszintigraphie}}: {{Morbus Basedow}}, "
        "{{Graves-Orbitopathie}}; Vorbefund [[INSTITUTION:Nuklearmedizin am Dom]] [[DATE:11/24]]."),
    _de("Rechnungsadresse: Familie [[PERSON:Bajraktari]], [[ADDRESS:Breitenrainstrasse 31, 3013 Bern]]\n"
        "Pat. [[PERSON:Ardit Bajraktari]], 8 J.; {{Röntgen}} {{Handgelenk}}: {{Grünholzfraktur}}."),
    _de("Zweitmeinung erbeten von [[INSTITUTION:Gelenkzentrum Hamburg-Ost]]; {{MRT}} aus [[INSTITUTION:Asklepios "
        "Barmbek]] vom [[DATE:12. Januar]]. {{Hoffa}}-Fettkörper, {{Plica mediopatellaris}}."),
    _de("Notfallmeldung {{Stroke}} [[DATE:16.03.2025]] {{19:02}}: [[PERSON:Kaiser, Gisela]], {{NIHSS}} 14, "
        "{{Alteplase}}; {{CT-Perfusion}} ({{Aquilion ONE}}); Verlegung an [[INSTITUTION:Klinikum rechts der Isar]]."),
    _de("Adressblock:\n[[INSTITUTION:Gemeinschaftspraxis Orthopädie Unterland]]\nHerrn Dr. med. [[PERSON:Jens "
        "Vogelsang]]\n[[ADDRESS:Lindenstraße 44]]\n[[ADDRESS:74072 Heilbronn]]\n\nBetr.: {{MRT}} {{LWS}}, {{L4/5}}."),
    _de("[[INSTITUTION:Zentrum für Radiologie und Nuklearmedizin Wetzikon]] | {{Teleradiologie}} | Befundung "
        "Dr. [[PERSON:R. Imhof]] | [[DATE:Mo, 3.3.25]] {{21:17}}\n{{Kraniales CT}}: {{Glasgow}} 13."),
    _de("Verlegung aus dem [[INSTITUTION:Landeskrankenhaus Feldkirch]] ({{LKHF}}) auf {{Station 4B}}. "
        "Begleitperson: Lebensgefährtin [[PERSON:Sandra Bechter]]. {{Monteggia}}-Läsion, 11-jährig."),
    _de("Aktenvermerk [[DATE:14.03.2025]]: Pat. [[PERSON:Hölzl]] (ID [[ID:P-447 812]]) verweigert {{KM}}. "
        "{{Nativ-CT}} durchgeführt. Zeuge: MTRA [[PERSON:Lisa-Marie Ebner]]."),
    _de("Nachbefundung {{Mammographie}}: Voraufnahmen der [[INSTITUTION:Brustzentrum Linz]], "
        "[[DATE:Dez. 2023]], und des [[INSTITUTION:Screeningzentrums Wels]] {{2021}}. {{BI-RADS 2}}."),
    _de("Zusendung an [[INSTITUTION:Institut Dr. Kölbl]] zur {{Knochendichtemessung}}, Fax [[PHONE:01 / 804 33 "
        "21-33]]. Patientin [[PERSON:Rosalia Brankovic]], [[DATE:27.01.1951]]. {{Z-Score}}."),
    _de("{{Termine}} {{KW 12}}: [[PERSON:Tanner]] ({{Mo}} {{08:00}} {{MR1}}), [[PERSON:Schwendimann]] ({{Di}} "
        "{{10:30}} {{CT2}}), [[PERSON:Ammann-Greuter]] ({{Do}} {{15:00}} {{Sono}}) – [[INSTITUTION:Radiologie "
        "Oberaargau]]"),
    _de("Unfallmeldung [[INSTITUTION:SUVA]] Schaden-Nr. [[ID:21.44871.25.3]], Unfall vom [[DATE:02.03.2025]] "
        "({{Baustelle}}); Versicherter [[PERSON:Rexhepi Besart]]. {{Jones}}-Fraktur {{MT V}}."),
    _de("Rückmeldung {{Teleradiologie}}: Befund ging an {{Nachtdienst}} [[INSTITUTION:Klinik Diakonissen Schladming]]"
        ", Dr. [[PERSON:Walcher]] ({{Unfallchirurgie}}), um {{02:35}}. {{Schatzker}} II."),
    _de("Datenexport {{CSV}}:\n{{id}},{{name}},{{dob}},{{ward}}\n[[ID:991204]],\"[[PERSON:Strobl, Hanna]]\","
        "[[DATE:1961-07-22]],{{Ward 3}}\n[[ID:991288]],\"[[PERSON:Papadopoulos, Kyriakos]]\",[[DATE:1949-03-01]],"
        "{{ICU}}"),
    # --- UK / US ---
    _en("FAX COVER SHEET\nTo: Dr. [[PERSON:Reinholt]]  Fax: [[PHONE:(503) 555-0134]]\nFrom: [[INSTITUTION:Cascade "
        "Breast Imaging]]  Phone: [[PHONE:(503) 555-0130]]\nDate: [[DATE:03/07/25]]  Pages: 3\nRe: {{BI-RADS 4A}}, "
        "{{stereotactic biopsy}}"),
    _en("Dear Mrs [[PERSON:Parkinson]],\nWe have arranged your {{DaTscan}} on [[DATE:Monday 24th March]] at "
        "{{11:00}} in {{Nuclear Medicine}}, [[INSTITUTION:Leeds General Infirmary]]. This is to look for "
        "{{Parkinson's disease}}."),
    _en("PATIENT LIST – {{NEURORADIOLOGY}} {{MDT}} – [[DATE:20/03/2025]]\n1  [[PERSON:KHAN Imran]]  [[ID:RWA 0442189]] "
        " {{GBM}} {{IDH}}-wt  [[INSTITUTION:Hull Royal]]\n2  [[PERSON:DOBSON Lily]]  [[ID:RWA 0517703]]  "
        "{{medulloblastoma}}"
        " (age 6)  [[INSTITUTION:Sheffield Children's]]"),
    _en("This report was faxed to [[INSTITUTION:Meadowbrook Pediatrics]] ([[PHONE:555-0142]]) and e-mailed to "
        "[[EMAIL:frontdesk@meadowbrookpeds.com]] on [[DATE:3/12/2025]] {{2:10 PM}}. {{Intussusception}}, "
        "{{target sign}}."),
    _en("cc:\nDr [[PERSON:Alison Fenwick]], {{Consultant Rheumatologist}}, [[INSTITUTION:Freeman Hospital]]\n"
        "[[INSTITUTION:Jesmond Health Centre]]\nPatient's own copy to [[ADDRESS:31 Osborne Terrace, Newcastle upon "
        "Tyne NE2 1NE]]\n{{Sacroiliitis}}, {{ASAS}} criteria."),
    _en("ORM^O01\nPID|1||[[ID:A445901]]^^^MGH||[[PERSON:SULLIVAN^BRIDGET^ANNE]]||[[DATE:19890214]]|F\nORC|NW|"
        "[[ID:ORD77124]]||||||||||[[PERSON:ANAND^VIKRAM]]\nOBR|1|||{{US PELVIS TRANSVAG}}"),
    _en("Comparison: outside {{MRI}} from [[INSTITUTION:Touchstone Imaging]] ([[DATE:Feb 2, 2025]]) and "
        "[[INSTITUTION:CDI]] ([[DATE:2/2024]]); prior {{CT}} at [[INSTITUTION:HCA Medical City]]. {{Chance fracture}}"
        " {{L1}}."),
    _en("-- \n[[PERSON:Marisol Ibáñez]], {{RDMS}}, {{RVT}}\n{{Lead Sonographer}} | {{Vascular Lab}}\n"
        "[[INSTITUTION:Desert Springs Hospital]]\nDirect [[PHONE:702.555.0157]] | Cell [[PHONE:702.555.0108]]"),
    _en("Pt: [[PERSON:Thibodeaux, Remy]]  Age: [[AGE:91]]  Loc: {{SNF}}\nFrom: [[INSTITUTION:Bayou Oaks Nursing & "
        "Rehab]]\nHx {{Alzheimer}} dementia; {{CXR}}: {{aspiration}} {{RLL}}."),
    _en("Clinic letter\n[[INSTITUTION:Addenbrooke's]] {{Hepatobiliary Unit}}, {{Box 201}}\nDate dictated: "
        "[[DATE:28.2.25]]  Date typed: [[DATE:3.3.25]]\nRe: [[PERSON:Cusack, Niamh]], [[ID:R772 109 4]]\n"
        "{{Caroli disease}}."),
    _en("Phone call [[DATE:03/15/25]] {{0745}} – {{critical result}}: {{tension pneumothorax}} relayed to "
        "Dr. [[PERSON:Akintola]] ({{MICU}}, [[PHONE:x4471]]) by [[PERSON:Greg Halvorsen]], MD. Read back confirmed."),
    _en("Distribution: [[PERSON:Sophie Turnbull]] (Specialist Nurse), [[INSTITUTION:Macmillan]] team, "
        "[[INSTITUTION:St Wilfrid's Hospice]]\n{{PET-CT}}: {{Deauville}} 5; {{Richter}} transformation?"),
    _en("ACCESSION,MRN,PATIENT,EXAM,STATUS\n[[ID:XR2025-11873]],[[ID:3308812]],\"[[PERSON:Lopez, Ana Maria]]\","
        "{{XR KNEE 3V}},{{FINAL}}\n[[ID:XR2025-11874]],[[ID:3312096]],\"[[PERSON:Fitzgerald, Conor]]\",{{XR HAND}},"
        "{{PRELIM}}"),
    _en("Reason for referral (from [[INSTITUTION:Sunnyvale Family Practice]], Dr [[PERSON:Huang]]): 15-year-old "
        "with {{Scheuermann}}? Outside films from [[INSTITUTION:Bay Area Open MRI]] on [[DATE:Jan 30th]]."),
    _en("Verified by: [[PERSON:Olumide Adebayo]], MBBS FRCR, {{Consultant}}, [[DATE:12-Mar-2025]] {{17:31}}\n"
        "{{Report status}}: {{Final}}\n[[INSTITUTION:North Middlesex University Hospital]]"),
    _en("PT INSTRUCTIONS: Arrive 30 min early to [[INSTITUTION:Valley Diagnostic Imaging]], [[ADDRESS:455 W. Main "
        "St, Suite 2, Medford, OR 97501]]. Call [[PHONE:541-555-0171]], ext [[PHONE:14]] to cancel. {{Contrast}} "
        "{{MRI}}."),
    _en("Note: patient's wife [[PERSON:Gwen Rhys-Morgan]] is his {{LPA}}; she asked that results go to "
        "[[INSTITUTION:Llandough]] {{Respiratory}} team. {{CT}}: {{Caplan}} nodules."),
    _en("CT Dose Report – {{Revolution CT}} – {{CTDIvol}} 8.2 mGy – Tech: [[PERSON:J. Ferraro]] – Pt "
        "[[PERSON:SANTOS, Elena]] – [[DATE:2025/03/04]] {{14:22}} – {{DLP}} 412"),
    _en("Addendum [[DATE:3/18/2025]]: findings discussed with [[PERSON:Brandon Kaye]], NP, of [[INSTITUTION:Riverbend "
        "Orthopaedics]] at {{4:10 pm}}. {{Lisfranc}} injury, {{fleck sign}}."),
    _en("Hi [[PERSON:Aoife]],\nCould you book [[PERSON:Mr Delaney]] for {{MRI}} {{cervical spine}} at "
        "[[INSTITUTION:Beacon]]? He was seen in {{A&E}} at [[INSTITUTION:Tallaght]] on [[DATE:Sat 8/3]].\nThanks, "
        "[[PERSON:Ciarán]]"),
    _en("Board review [[DATE:03/26/2025]] — [[PERSON:Hashimoto, Keiko]] (MRN [[ID:0889 2417]]): {{Hashimoto "
        "thyroiditis}}"
        ", {{TI-RADS 4}} nodule; presenter Dr. [[PERSON:Ortega]] ({{Endocrinology}})."),
    # --- CH French / Italian ---
    _fr("(0008,0080) LO [[INSTITUTION:CENTRE D IMAGERIE RIVE GAUCHE]]\n(0010,0010) PN [[PERSON:BERTHOLET^MARIE "
        "CLAUDE]]\n(0010,0030) DA [[DATE:19560818]]\n(0008,103E) LO {{T2 FS COR}}"),
    _fr("Affiche du {{colloque}} [[DATE:mercredi 19 mars]], {{12h15}}: 1) [[PERSON:Rochat-Pittet, Gaëlle]] – "
        "{{sarcome d'Ewing}}; 2) [[PERSON:Balde, Mamadou]] – {{lymphome de Burkitt}}, 9 ans; réf. "
        "[[INSTITUTION:Hôpital de l'enfance]]"),
    _fr("Veuillez adresser le rapport à: Dr [[PERSON:Pascal Reymond]], [[INSTITUTION:Cabinet de pneumologie du "
        "Léman]], [[ADDRESS:Av. de la Gare 10, 1800 Vevey]], tél. [[PHONE:021 921 40 40]]. {{Silicose}}."),
    _fr("Patient transféré de la [[INSTITUTION:Clinique Bois-Cerf]] le [[DATE:5 févr. 2025]] vers {{soins "
        "intensifs}}. Épouse: [[PERSON:Monique Favre]]. Syndrome de {{Boerhaave}} au {{scanner}}."),
    _fr("Rapport validé le [[DATE:04/03/2025]] à {{18h02}} par Dr [[PERSON:Thibault Egger]], {{chef de clinique}}; "
        "copie à l'[[INSTITUTION:EMS Le Marronnier]]. {{Fracture de Smith}}."),
    _fr("Ancien {{CT}} réalisé au [[INSTITUTION:CHUV]] en [[DATE:octobre 2021]], {{IRM}} {{2022}} à l'"
        "[[INSTITUTION:Hôpital Riviera-Chablais]]. {{Hernie de Spiegel}}. N° [[ID:HRC 13-0044 91]]."),
    _fr("Rendez-vous confirmé pour M. [[PERSON:Kouassi]]: {{arthro-IRM}} de l'épaule, [[DATE:lundi 31 mars 2025]]"
        ", {{10h00}}, {{Radiologie}} [[INSTITUTION:Clinique Générale Ste-Anne]], {{1er étage}}."),
    _it("(0008,0080) LO [[INSTITUTION:STUDIO RADIOLOGICO CASSARATE]]\n(0010,0010) PN [[PERSON:PELLANDINI^"
        "ARMANDO]]\n(0010,1010) AS [[AGE:092Y]]\n(0008,1030) LO {{RX TORACE}}"),
    _it("Comunicazione telefonica del [[DATE:12 marzo 2025]], ore {{11:05}}: riferito al Dr. [[PERSON:Bianchetti]] "
        "della [[INSTITUTION:Clinica Santa Croce]] ([[PHONE:091 756 37 00]]) il reperto di {{pneumotorace}}."),
    _it("Destinatari: [[INSTITUTION:Servizio cure a domicilio del Luganese]]; sig. [[PERSON:Aurelio Cavadini]] "
        "(figlio), [[ADDRESS:Via Trevano 7, 6900 Lugano]]\n{{RM}} {{ginocchio}}: {{cisti di Baker}}."),
    _it("Referto preliminare del [[DATE:1.3.25]], definitivo del [[DATE:03/03/2025]] – Dr.ssa [[PERSON:Elisa "
        "Mantegazza]], {{radiologia}} [[INSTITUTION:Ospedale Civico]]. {{Malattia di Still}}, {{reparto 4}}."),
    _it("Paziente: [[PERSON:Rusconi Pia]], anni [[AGE:90]], proveniente dalla [[INSTITUTION:Casa di cura Al "
        "Parco]]; {{TC}} {{bacino}}: frattura sec. {{Garden}} IV. {{Reparto}} {{geriatria}}."),
    _de("Empfänger: Frau [[PERSON:Hermine Straßl]], [[ADDRESS:Kirchplatz 1/2/7, 2340 Mödling]]\nAbsender: "
        "[[INSTITUTION:Landesklinikum Baden-Mödling]], {{Röntgeninstitut}}, {{Ebene 2}}\n{{Mammographie}}-"
        "{{Screening}} {{2025}}: {{BI-RADS 1}}."),
    _en("Ms [[PERSON:Harriet Okonjo]]\n[[ADDRESS:Apt 4B, 1187 Grand Concourse]]\n[[ADDRESS:Bronx, NY 10452]]\nRe: "
        "{{mammogram}} of [[DATE:02/28/2025]] – {{BI-RADS 3}}, {{follow-up}} in 6 months."),
    _fr("Adresse du patient: [[PERSON:Jacot-Descombes Lucien]], [[ADDRESS:Rue de la Paix 61, 2300 La Chaux-de-Fonds]]"
        ", tél. [[PHONE:032 913 22 07]]\nAssurance: [[INSTITUTION:Groupe Mutuel]], n° [[ID:80756 0012 4471]]\n{{IRM}} "
        "{{cheville}}: lésion de {{Lisfranc}}."),
    _it("Mittente: [[INSTITUTION:Centro Diagnostico Locarnese]], [[ADDRESS:Via della Pace 5, 6600 Locarno]], tel. "
        "[[PHONE:091 756 10 10]], fax [[PHONE:091 756 10 11]]\n{{ecografia}} {{tiroide}}: {{tiroidite di Hashimoto}}."),
)

BATCHES: dict[str, tuple[Snippet, ...]] = {"BATCH1": BATCH1, "BATCH2": BATCH2, "BATCH3": BATCH3}
