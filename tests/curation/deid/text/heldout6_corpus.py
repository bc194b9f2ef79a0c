"""Held-out corpus 6: German (incl. Austrian/Swiss) and English (US/UK) report excerpts with PHI and keep words.

Written before its writer read the scrubber (curation/deid/text/scrub*.py) or the earlier corpora, to
measure the scrubber once on text it was not tuned on. New name origins (Polish, Croatian, Hungarian,
Greek, Portuguese, Vietnamese, Chinese, Korean, Yoruba/Igbo, Arabic, Finnish, Romansh/Swiss, Tamil,
Scottish/Irish), new layouts (Austrian "SV-Nr." and Swiss "AHV-Nr." lines, NHS numbers in 3-3-4 groups,
"Fall-ID"/"KIS-Nr.", pipe-separated RIS headers, addenda, tumour-board lines, UK letter footers) and
new ID/date formats (ISO 2024-03-12, 12-MAR-2024, 12 Mar 2024, "12. März 2024", "3rd April 2024",
"12.III.2024", 2024/03/12, YYYYMMDD). Markup as in corpus_de_en.py: ``[[LABEL:text]]`` marks PHI (only
the identifying part), ``{{text}}`` a keep word. Years alone and ages <= 89 are not PHI; times of day are
marked neither way. Entries with ``phi="P6x"`` are scrubbed with that patient's header dictionary
(`PHI_HELDOUT6`), whose spellings differ from the text (diacritics, case, order, hyphen) as in practice.
"""
# ruff: noqa: E501  (whole report lines as RIS exports hold them)

from __future__ import annotations

from curation.vault import PatientPhi
from tests.curation.deid.text.corpus_de_en import Snippet, parse

PHI_HELDOUT6 = {
    "P61": PatientPhi(
        "P61", patient_ids=("AT-0447192",), names=("Wisniewski^Zbigniew",), birth_dates=("19580317",),
        accessions=("LKH24R08815",), physicians=("Horvat^Mirjana^^OA Dr.",),
        institutions=("LKH Graz II",), addresses=("Annenstraße 12, 8020 Graz",)),
    "P62": PatientPhi(
        "P62", patient_ids=("7561234567897",), names=("Caduff-Bonorand^Seraina",), birth_dates=("19790211",),
        accessions=("KSGR-2404-5531",), physicians=("Vögeli^Reto^^Dr. med.",),
        institutions=("Kantonsspital Graubünden",), addresses=("Loëstrasse 170, 7000 Chur",)),
    "P63": PatientPhi(
        "P63", patient_ids=("9434765919",), names=("ADEYEMI^OLUWASEUN^T",), birth_dates=("19660905",),
        accessions=("RXH2403-77120",), physicians=("MacLeod^Fiona^^Dr",),
        institutions=("Royal Infirmary of Edinburgh",), addresses=("14 Marchmont Crescent, Edinburgh EH9 1HN",)),
    "P64": PatientPhi(
        "P64", patient_ids=("M00829114",), names=("Nguyen^Van Duc",), birth_dates=("19420614",),
        accessions=("A24-0917-3302",), physicians=("Papadopoulos^Eleni^^MD",),
        institutions=("Lakeside Medical Center",), addresses=("2215 N Halsted St, Chicago, IL 60614",)),
}

_DE: list[tuple[str, str | None]] = [
    ("""Name: [[PERSON:Wiśniewski Zbigniew]] | GebDat: [[DATE:17.03.1958]] | SV-Nr.: [[ID:1234 170358]] | Pat.-ID: [[ID:AT-0447192]]
Anforderung: [[ID:LKH24R08815]] | Zuweisung: OA Dr. [[PERSON:Mirjana Horvat]], [[INSTITUTION:LKH Graz II]], Standort West
CT Abdomen/Becken mit KM vom [[DATE:8. April 2024]]
Befund: Leberrundherd Segment {{VIII}}, {{14 mm}}, arteriell hyperperfundiert mit Washout, {{LI-RADS 5}}. Milz normal groß.""", "P61"),
    ("""Zuhause: [[ADDRESS:Annenstr. 12, 8020 Graz]], Tel. [[PHONE:+43 316 71 22 40]]
Angehörige: Tochter [[PERSON:Agnieszka Wiśniewska]] (Kontakt [[PHONE:0664 123 45 67]])
Beurteilung: Befund vereinbar mit HCC bei Zirrhose ({{Child-Pugh B}}). Vorstellung im Tumorboard am [[DATE:15.04.2024]].""", "P61"),
    ("""Patientin: [[PERSON:Seraina Caduff-Bonorand]], geb. [[DATE:11.2.1979]], AHV-Nr. [[ID:756.1234.5678.97]]
Auftrag [[ID:KSGR-2404-5531]], zuweisender Arzt Dr. med. [[PERSON:Reto Vögeli]], Hausarztpraxis [[INSTITUTION:Praxis am Obertor]] [[ADDRESS:Ilanz]]
MRI Knie rechts vom [[DATE:2024-04-18]]
Befund: Korbhenkelriss des Innenmeniskus mit Fragmentdislokation in die Fossa intercondylaris ({{double PCL sign}}). {{Baker-Zyste}} {{3 cm}}. {{Hoffa-Fettkörper}} unauffällig.""", "P62"),
    ("""Kantonsspital-Bericht für [[PERSON:S. Caduff]] ([[INSTITUTION:KSGR]]), Versichertennummer [[ID:80756000012345678901]]
Beurteilung: {{Outerbridge Grad III}} retropatellar. Empfehlung: orthopädische Beurteilung bei Dr. [[PERSON:Gian-Andrea Casutt]], Tel. [[PHONE:081 256 61 11]].""", "P62"),
    ("""Pat.: [[PERSON:Kowalczyk, Małgorzata]]  *[[DATE:23.06.1961]]  Fall-ID [[ID:20240311-0042]]
Klinik: Z.n. Mamma-Ca li. 2019... Schmerzen BWS seit [[DATE:Februar 2024]].
Befund MRT BWS/LWS: Signalalterationen in {{BWK 7}} und {{LWK 2}}, T1 hypointens, KM-aufnehmend, Metastasen-typisch. {{Modic Typ 2}} L5/S1.
Gez. Dr. [[PERSON:Tomasz Lewandowski]] / Fr. Dr. [[PERSON:Ilona Szabó-Kertész]]""", None),
    ("""Röntgen Thorax pa/seitl. [[DATE:12-MAR-2024]] 08:14, KIS-Nr. [[ID:K240312007]]
Patient [[PERSON:Dimitrios Papanikolaou]] ([[AGE:93]] J.), Station 4B
Befund: Herzgröße grenzwertig. {{Kerley-B-Linien}} beidseits basal. Kleiner Erguss rechts. Vergleich Voraufnahme vom [[DATE:03.03.24]].""", None),
    ("""Untersuchung vom [[DATE:12. März 2024]]; Befundung OA Dr. [[PERSON:Ferenc Molnár]], Freigabe Prim. Univ.-Prof. Dr. [[PERSON:Herta Leitgeb]]
Beurteilung: Nicht dislozierte Fraktur des Os scaphoideum (mittleres Drittel, {{Herbert B2}}). {{Frykman}}-Einteilung nicht anwendbar.""", None),
    ("""Zuweisung: [[INSTITUTION:Ordination Dr. Huber-Pichler]], [[ADDRESS:Hauptplatz 4, 4020 Linz]]
Pat. [[PERSON:Krisztina Varga]], geb. [[DATE:1. Jänner 1950]]
Sonographie Schilddrüse: Knoten li. Lappen {{TI-RADS 4}}, {{11 x 9 mm}}. Übrige Schilddrüse mit {{Hashimoto}}-typischem Echomuster.""", None),
    ("""Mammographie beidseits [[DATE:2024/05/06]] — [[PERSON:Ana Paula Ferreira da Silva]], Mammo-ID [[ID:MS-88123]]
Befund: {{ACR-Dichte C}}. Gruppierter Mikrokalk re. oben außen, {{BI-RADS 4b}}. Stanzbiopsie empfohlen.
Mitgeteilt an Fr. [[PERSON:Ferreira]] persönlich, Rückfragen an [[EMAIL:mammo-sekretariat@brustzentrum-suedwest.de]].""", None),
    ("""CT Schädel nativ [[DATE:20240419]] 02:31 — Notaufnahme
Pat. [[PERSON:Nguyễn Thị Hoa]], [[AGE:96]]-jährig, Sturz im [[INSTITUTION:Seniorenstift Sonnenhalde]]
Befund: Akutes Subduralhämatom links frontoparietal, max. {{9 mm}}, Mittellinienverlagerung {{4 mm}}. Keine Fraktur.
Befund telefonisch an Dr. [[PERSON:Jovanović]] (NCH, Piepser [[PHONE:4471]]) um 02:50.""", None),
    ("""Befundkopie an: Dr. [[PERSON:Magdalena Oberhuber]], FÄ f. Orthopädie, [[ADDRESS:Salzburger Straße 22, 5020 Salzburg]], Fax [[PHONE:0662/87 44 12-9]]
Röntgen Sprunggelenk li.: Fraktur {{Weber B}}, Syndesmose fraglich. Kein Hinweis auf {{Maisonneuve}}-Fraktur.""", None),
    ("""Fragestellung (Dr. [[PERSON:Kyriakos Alexiou]]): Lungenembolie?
CT-Pulmonalisangiographie vom Mo, [[DATE:22.04.2024]]: Zentrale Embolie rechts, RV/LV-Quotient {{1,2}}. {{Hampton-Hump}} im Unterlappen rechts.
Ehemann [[PERSON:Stavros]] wurde informiert.""", None),
    ("""Ambulanz-Nr. [[ID:A-2024-017733]] / Pat. [[PERSON:Eero Mäkinen]] / [[DATE:5.4.2024]]
MRT Schulter re.: {{Hill-Sachs-Delle}} und knöcherne {{Bankart}}-Läsion. Supraspinatussehne intakt.
Befundet von Dr. [[PERSON:Liisa Virtanen-Koch]], [[INSTITUTION:Radiologie Zentrum Wien-Nord]]""", None),
    ("""Vorbefund [[INSTITUTION:Universitätsspital Zürich]] vom [[DATE:29.02.2024]] (Dr. [[PERSON:Urs Tschudi]]) liegt vor.
Aktuell CT Thorax: Größenprogrediente Raumforderung im Oberlappen rechts, jetzt {{34 mm}} (vorher {{27 mm}}), {{SUVmax 9,1}} im PET.
Tumorboard-Beschluss [[DATE:02.05.2024]] (Vorsitz Prof. [[PERSON:Chiara Bernasconi]]): Resektion.""", None),
    ("""Pat. [[PERSON:Mehmet Ali Öztürk]] | Geb. [[DATE:30.10.1985]] | Aufn.-Nr. [[ID:0240917733]]
Rö Hand li. dp/schräg [[DATE:17.09.2024]]: Fraktur Basis MHK V ({{Boxerfraktur}} nicht, da basisnah), {{Bennett}}-Fraktur ausgeschlossen.
Diktiert: [[PERSON:Sch]]/[[PERSON:Kl]] [[DATE:17.09.24]]""", None),
    ("""Klinische Angaben: Bekannter {{Morbus Crohn}}, Fistel? Überweisung durch [[INSTITUTION:Gastroenterologische Gemeinschaftspraxis Dr. Rahimi & Kollegen]].
MR-Enterographie: Terminales Ileum mit Wandverdickung {{8 mm}}, perianale Fistel {{Park Typ II}} ({{St. James Grad 3}}).
Pat. [[PERSON:Leyla Rahmani]], PID [[ID:5566102]]""", None),
    ("""Sehr geehrte Frau Kollegin Dr. [[PERSON:Ivana Kovačević-Brandl]],
wir berichten über Ihre Patientin [[PERSON:Zsófia Németh]], geb. am [[DATE:14.08.1990]], wohnhaft [[ADDRESS:Mariahilfer Straße 101/3/12, 1060 Wien]].
MRT Becken vom [[DATE:27.03.2024]]: Endometriom li. Ovar {{4,2 cm}}, {{O-RADS MRI 3}}.
Mit kollegialen Grüßen, Dr. [[PERSON:Lukas Grünwald-Eder]]""", None),
    ("""Sonographie Hüfte beidseits (Säugling [[PERSON:Leon Hadžić]], geb. [[DATE:02.01.2024]], 6 Wochen): Hüfttyp nach {{Graf IIa}} rechts, {{Ia}} links.
Mutter [[PERSON:Amra Hadžić]] aufgeklärt. Kontrolle in 4 Wochen. (Fall [[ID:24-00311]])""", None),
    ("""Pat.: [[PERSON:Joaquim Barbosa Teixeira]]  Geb.: [[DATE:07/11/1972]]  Pat-Nr.: [[ID:88 412 207]]
Befund CT HWS: Fraktur {{Densbasis}} ({{Anderson-D'Alonzo Typ II}}). Keine {{Hangman}}-Fraktur.
Verlegung an [[INSTITUTION:BG Unfallklinik Murnau]] organisiert (Dr. [[PERSON:Wirnsberger]], [[PHONE:08841 48-0]]).""", None),
    ("""Nachtrag [[DATE:16.04.2024]] 11:20 (Dr. [[PERSON:Yu-Ting Chen]]): Nach Rücksprache mit Dr. [[PERSON:Radosław Zieliński]] ist der Befund vom [[DATE:15.04.]] zu korrigieren:
Die Läsion liegt in Segment {{IVb}}, nicht {{IVa}}. {{Bosniak IIF}}-Zyste der linken Niere unverändert.""", None),
    ("""Leistungserbringer: [[INSTITUTION:Radiologische Praxis am Stadtpark]], [[ADDRESS:Parkring 8, 9020 Klagenfurt]], Tel [[PHONE:0463 51 22 33]]
Pat. [[PERSON:Branka Perić]] SV [[ID:3571 120566]] — DXA LWS/Hüfte: T-Score {{-2,8}} LWS, {{-2,1}} Schenkelhals. Osteoporose nach {{WHO}}.""", None),
    ("""PET-CT [[DATE:19.III.2024]]: Pat. [[PERSON:Ahmad Al-Khatib]], Nuk-Nr. [[ID:24/1187]]
Befund: Lymphknoten mediastinal {{SUVmax 6,8}}, {{Deauville 4}}. Keine neuen Herde.
Verteiler: Hämatologie (OÄ Dr. [[PERSON:Samira Haddad]]), Hausarzt Dr. [[PERSON:Kühnel]]""", None),
    ("""Befund erstellt Dienstag, [[DATE:7. Mai 2024]] von Dr. med. [[PERSON:Olumide Adebayo]]; gegengelesen PD Dr. [[PERSON:Katharina Stöckl]].
MR Prostata: Läsion PZ li. dorsolateral {{PI-RADS 5}}, {{16 mm}}, Kapselkontakt. PSA {{12,4 ng/ml}}.""", None),
    ("""Überweisung von [[INSTITUTION:Spital Männedorf]]; Patient [[PERSON:Reto Bühlmann-Caflisch]], Jg. 1944, Pat-Nr. [[ID:P-3390154]]
CT Abdomen: Sigmadivertikulitis {{Hansen-Stock IIb}} mit gedeckter Perforation. Abszess {{3 cm}}.""", None),
    ("""MRT Kopf [[DATE:03.06.2024]] – [[PERSON:Jae-won Park]] ([[ID:KH-0029917]]) – Zuw.: Dr. [[PERSON:Petrović]]
Befund: Multiple periventrikuläre T2-Läsionen, {{Dawson-Finger}}-Konfiguration, eine KM-aufnehmende Läsion. McDonald-Kriterien ({{2017}}) erfüllt.""", None),
    ("""Befundübermittlung per Mail an [[EMAIL:b.kaminska@hausarzt-plauen.de]] am [[DATE:21.05.2024]] (Pat. [[PERSON:Bożena Kamińska]]).
Rö Thorax: Kein Infiltrat. {{Schatzki-Ring}} nicht darstellbar (Ösophagus nicht kontrastiert).""", None),
    ("""Angaben: Pat. lebt mit Sohn [[PERSON:Kwame]] in [[ADDRESS:Gröbenzell]]; Hausarzt Dr. [[PERSON:Obi Nwachukwu]].
Sono Abdomen: Gallenblasenhydrops, positives {{Murphy-Zeichen}}, Wandverdickung {{5 mm}}.""", None),
    ("""Untersucher: Dr. [[PERSON:Tuomas Heikkinen]] | Assistenz MTRA Fr. [[PERSON:Szymańska]] | Datum [[DATE:2024-07-02]]
Pat.-Nr. [[ID:000991882]] | Untersuchung: Phlebographie Bein li.
Befund: Keine Thrombose. {{May-Thurner}}-Konstellation nicht nachweisbar.""", None),
    ("""Kontrolle nach TACE (Erst-TACE [[DATE:11/2023]] in [[INSTITUTION:AKH Wien]], Prof. [[PERSON:Gernot Rauchenwald]])
Pat. [[PERSON:Zdravko Babić]], geb. [[DATE:19.9.1956]]. Lipiodol-Retention vollständig, {{mRECIST}} komplette Remission.""", None),
    ("""Pat. [[PERSON:Schmid-Gautschi Vreni]], [[AGE:91]] J., {{Pflegestufe}} unbekannt, Heim [[INSTITUTION:Alterszentrum Bruggwiesen]]
Rö Becken: Schenkelhalsfraktur re. {{Garden III}}. Vorbild vom [[DATE:14.1.2022]] ([[INSTITUTION:Kantonsspital Baden]]).""", None),
]

_EN: list[tuple[str, str | None]] = [
    ("""NAME: [[PERSON:ADEYEMI, Oluwaseun T.]]   DOB: [[DATE:05-Sep-1966]]   NHS No: [[ID:943 476 5919]]   Hosp No: [[ID:RIE1187723]]
Referrer: Dr [[PERSON:F. MacLeod]], Respiratory, [[INSTITUTION:Royal Infirmary of Edinburgh]]
Exam: CT chest with contrast, [[DATE:14 Mar 2024]]   Accession [[ID:RXH2403-77120]]
Findings: {{Tree-in-bud}} opacities right lower lobe. No {{Fleischner}} category nodule.""", "P63"),
    ("""Copy to patient at [[ADDRESS:14 Marchmont Cres., Edinburgh EH9 1HN]]; GP: Dr [[PERSON:Aoife Ní Bhriain]], [[INSTITUTION:Bruntsfield Medical Practice]], tel [[PHONE:0131 447 2255]]
Impression: Infective bronchiolitis. Follow-up CXR in 6 weeks.
Reported by Dr [[PERSON:Fiona MacLeod]] FRCR, [[DATE:3rd April 2024]]""", "P63"),
    ("""Patient: [[PERSON:NGUYEN, VAN DUC]]  MRN [[ID:M00829114]]  Acc# [[ID:A24-0917-3302]]  DOB [[DATE:6/14/1942]] (age 82)
Ordering: [[PERSON:Eleni Papadopoulos]], MD — [[INSTITUTION:Lakeside Medical Center]]
CT head w/o contrast [[DATE:09/17/2024]] 16:40: Chronic small vessel ischemic change. No hemorrhage. {{Fazekas 2}}.""", "P64"),
    ("""Son ([[PERSON:Tony Nguyen]], [[PHONE:(312) 555-0184]]) present at bedside. Home: [[ADDRESS:2215 North Halsted Street, Chicago, IL 60614]].
Addendum [[DATE:9/18/24]]: Findings discussed with Dr. [[PERSON:Papadopoulos]] at 08:05.""", "P64"),
    ("""EXAM: MRI LUMBAR SPINE W/O   DATE: [[DATE:2024-02-27]]   PT: [[PERSON:Chukwuemeka Okafor]]   MRN: [[ID:004417829]]
FINDINGS: {{L4-5}} broad-based disc bulge with moderate canal stenosis. {{Grade 1}} anterolisthesis L5 on S1 ({{Meyerding}}). {{Modic type 1}} endplate changes.
Electronically signed by [[PERSON:Priya Raghunathan]], MD on [[DATE:02/27/2024]] 18:22""", None),
    ("""Clinical history: [[AGE:92]] y/o female, fall at [[INSTITUTION:Brookdale Senior Living]]. PCP Dr. [[PERSON:Hyun-woo Kim]].
XR PELVIS [[DATE:March 5, 2024]]: Displaced left femoral neck fracture, {{Garden IV}}. {{Shenton's line}} disrupted.
Pt: [[PERSON:Margarethe Lindqvist]]  Visit [[ID:V0039918822]]""", None),
    ("""Referring: Dr. [[PERSON:Siobhan O'Sullivan-Reilly]] (GP, [[INSTITUTION:Harbour View Surgery]], [[ADDRESS:Cork]])
Patient [[PERSON:Padraig Ó Murchú]], DOB [[DATE:22/08/1959]], MRN [[ID:CUH-7712039]]
US abdomen: {{Courvoisier}} gallbladder; dilated CBD {{11 mm}}. Pancreatic head mass suspected.""", None),
    ("""Comparison: Outside CT from [[INSTITUTION:St. Mungo's Community Hospital]] dated [[DATE:01/11/2024]].
Findings: {{Morison's pouch}} free fluid. Splenic laceration {{AAST grade III}}.
Patient: [[PERSON:Tariq Mahmood Chaudhry]]  CSN [[ID:110044827731]]""", None),
    ("""CRITICAL RESULT: called to [[PERSON:Nkechi Eze]], RN (ext. [[PHONE:6-2291]]) on [[DATE:04/22/2024]] at 03:12, read back confirmed.
CTA neck: Left ICA dissection with {{string sign}}. No {{Horner}}-related findings assessable.
Patient: [[PERSON:Wei-Ling Chang]], MRN [[ID:7788-201-43]]""", None),
    ("""Patient Name: [[PERSON:Zhang Xiaoming]]   Patient ID: [[ID:SH20240517093]]   Study Date: [[DATE:17/05/2024]]
Modality: MR   Referring Physician: [[PERSON:Li Jianguo]]
Findings: Ring-enhancing lesion right frontal lobe, {{2.3 cm}}, restricted diffusion centrally, consistent with abscess.""", None),
    ("""History: Athlete, twisting injury playing for [[INSTITUTION:Leinster Rugby]] on Saturday [[DATE:6th April]].
MRI right knee: {{Segond fracture}}, complete ACL tear, {{O'Donoghue}} triad not complete (MCL intact).
Patient [[PERSON:Cathal Mac Giolla Phádraig]], Hosp. no. [[ID:0091-223-7]]""", None),
    ("""Ordered by [[PERSON:Juan Carlos Méndez-Ortiz]], PA-C. Supervising: Dr. [[PERSON:Abimbola Adeleke]].
CT abdomen/pelvis [[DATE:Jan 9 2024]]: Acute appendicitis with appendicolith; no abscess. {{Alvarado}} score per ED note {{8/10}}.
Pt [[PERSON:Maria das Graças Souza]], FIN [[ID:F9002114378]]""", None),
    ("""Mammogram screening, Ms. [[PERSON:Thandiwe Mokoena]], [[DATE:2024.06.11]], ID [[ID:BSU-448201]]
{{Breast composition b}}. No suspicious mass. {{BI-RADS 1}}. Next screening in 3 years per {{NHSBSP}}.
Letter sent to [[ADDRESS:Flat 3, 27 Coldharbour Lane, London SE5 9NR]].""", None),
    ("""FINAL REPORT — [[INSTITUTION:Kaiser Permanente Oakland Medical Center]]
Patient: [[PERSON:Rahul Venkataraman]] | DOB: [[DATE:1985-12-03]] | MRN: [[ID:000-318-227]] | SSN on file: [[ID:123-45-6789]]
Findings: {{Wilms}} tumor history, post-nephrectomy bed clear. {{Hounsfield}} density of adrenal nodule {{8 HU}}, adenoma.""", None),
    ("""Prior: Ultrasound last Tuesday at [[INSTITUTION:Mercy Imaging Westside]], read by Dr. [[PERSON:Kowalski]].
Findings: Pulmonary nodule RUL {{6 mm}}, {{Lung-RADS 3}}. {{Kerley B}} lines absent.
Recommend LDCT in 6 months. Patient [[PERSON:Dorota Nowicka-Baker]].""", None),
    ("""Patient is a [[AGE:101]]-year-old man ([[PERSON:Ignatius Fairweather]], MRN [[ID:55012873]]) with dyspnea.
CXR portable [[DATE:2/29/2024]] 05:41: Cardiomegaly, {{Kerley B}} lines, small bilateral effusions. {{Westermark sign}} absent.""", None),
    ("""Discussed at Lung MDT Thursday [[DATE:25 April 2024]] (chair: Mr [[PERSON:Hamish Drummond]], thoracic surgeon).
Patient [[PERSON:Isobel McAllister-Grant]], CHI [[ID:2504614523]].
PET-CT: FDG-avid RUL mass {{SUVmax 11.2}}, N2 nodes; stage {{T2aN2M0}}.""", None),
    ("""Tech: [[PERSON:J. Okonkwo]], RT(R)(CT)   CTDIvol {{12.4 mGy}}   DLP {{488 mGy·cm}}
Radiologist: [[PERSON:Farah Siddiqui]], DO   Dictated [[DATE:11-06-2024]] 14:02   Transcribed by [[PERSON:kmartinez]]""", None),
    ("""Clinical: ?{{Paget's disease}}; pt Mr. [[PERSON:Eilidh Fraser]] (NB name as registered), DOB [[DATE:13.02.1950]], CHI [[ID:1302504417]]
XR skull: Cotton-wool appearance, {{osteoporosis circumscripta}}. Consistent with {{Paget's disease}}.""", None),
    ("""Referred from [[INSTITUTION:Hospital Universitario La Paz]] (Dr. [[PERSON:Lucía Fernández-Arroyo]]) for second opinion.
Patient [[PERSON:Javier Iñiguez Etxeberria]], passport [[ID:PAE1234567]].
MRI brain: Vestibular schwannoma left, {{Koos grade 3}}, {{18 mm}}.""", None),
    ("""Patient contact details updated: [[PHONE:+44 7700 900123]], [[EMAIL:k.obrien1962@btinternet.com]]
US thyroid for [[PERSON:Kathleen O'Brien]]: Nodule right lobe {{U3}} ({{BTA}}), {{14 mm}}. FNA recommended ({{Thy}} classification to follow).""", None),
    ("""ACCESSION: [[ID:20240822CT00417]]   STUDY: CT ANGIO CHEST   ORDERING: [[PERSON:TRAN, MINH KHOA]] MD
INDICATION: [[AGE:94]]F, tachycardia. Lives with daughter [[PERSON:Linh]].
FINDINGS: Saddle pulmonary embolus. RV strain. {{McConnell}} sign on recent echo per chart.""", None),
    ("""History: Injured at work ([[INSTITUTION:Amazon fulfillment center DSM5]], [[ADDRESS:Bessemer]]) on [[DATE:8/3]]; WC claim [[ID:WC-24-0081772]].
XR wrist: {{Colles}} fracture with dorsal angulation {{25°}}. No {{Smith}} component.
Pt [[PERSON:DeShawn Whitfield]]""", None),
]

HELDOUT6: tuple[Snippet, ...] = (*(parse("de", text, phi) for text, phi in _DE),
                                  *(parse("en", text, phi) for text, phi in _EN))
