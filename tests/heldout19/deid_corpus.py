# ruff: noqa: E501
"""Held-out 19: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
16, 17 and 18, held-out 9's `build_excerpts` / `country` and held-out 8's `Excerpt` / `strip_markup`
sources, the LABELS / COUNTRIES tuples, held-out 15's module layout (names, no texts), and the
runners and floor test of held-outs 8, 9, 11 and 15).
95 excerpts, 19 each from DE, AT, CH (9 German, 5 French, 5 Italian), UK and US, shaped like real
exports and letters: RIS/HIS headers, DICOM header dumps (keyword and tag-number forms), worklists
and CSV/TSV/pipe exports, referral, discharge, appointment and safeguarding letters, findings with
outside-study mentions, phone and handover notes, tumour boards, addenda, signatures, cc /
distribution lists, e-mail headers and footers, insurance and prior-authorisation lines. PHI in
national forms (persons of many origins with and without titles or labels, "Surname, Firstname",
surname-first without comma, DICOM PN, relatives, carers, guardians, deputies (Beistand,
Sachwalter, curatrice), staff, outside doctors, surnames that are also eponyms or places (Graf,
Hastings); facilities with and without keywords, person-named practices, acronyms, short forms
(USZ, HUG, CHUV, QEHB, Ninewells), care homes, imaging centres; address blocks, inline addresses,
CSV postcode/town fields; phones, faxes, mobiles, extensions (Klappe, Durchwahl, int., ext.),
bleeps, pagers; IDs of many kinds: RIS order, PID, case, KVNR, SVNR, AHV/AVS, NHS, CHI, hospital
and GMC numbers, accession, Medicare MBI, VA ICN, SSN last four, NPI, prior authorisation; dates in
numeric, DICOM, ISO, written and partial forms in four languages; e-mails; URLs; ages over 89).
Keep-terms about as many as the PHI spans and as hard: eponyms that are also surnames (Baker,
Weber, Modic, Schmorl, Addison, Graf, Paget, Morton, Jones, Hampton, Westermark, Kerley, Dawson,
Brodie, Charcot, Wernicke, Hoffa, Scadding, Garden, Mirizzi), place-named criteria, scales and
diseases (Ottawa, Boston, Milan, Ann Arbor, Montreal, Valley fever, Genève), anatomy, drugs,
devices, scanners, sequences, scores and classifications, capitalised German nouns, ward and
department words, clock times, image references, vertebral levels, young ages, bare years, DICOM
attribute names and values.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, ages under 90, bare years and generic department names outside the
spans; for ages over 89 only the number, for extensions only the digits; a town named as a
residence or address is ADDRESS, a town inside or directly naming a facility is part of the
INSTITUTION; payer / insurer names are neither PHI nor keep-terms, their member numbers are ID).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import Excerpt, build_excerpts

_RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "de01",
        "de",
        "RIS-Auftrag ⟦ID:RA-2024-118406⟧ | Pat.: ⟦PERSON:Kowalczyk, Dorota⟧ | geb. ⟦DATE:17.03.1961⟧ | PID ⟦ID:700183552⟧\n"
        "Untersuchung: MRT LWS nativ (sagittal T2 TSE, STIR), Gerät Magnetom Vida\n"
        "Zuweiser: Dr. med. ⟦PERSON:Till Brünninghaus⟧, ⟦INSTITUTION:Orthopädie am Westpark⟧, Tel. ⟦PHONE:0621 383-2290⟧\n"
        "Termin: ⟦DATE:04.11.2024⟧, 07:40 Uhr; Frage: Modic-Veränderungen LWK 4/5?",
        ("STIR", "Magnetom Vida", "Modic-Veränderungen", "LWK 4/5", "07:40", "MRT LWS nativ"),
    ),
    (
        "de02",
        "de",
        "Sehr geehrte Frau Kollegin ⟦PERSON:Oyelaran-Schubert⟧,\n"
        "wir berichten über Ihre Patientin Frau ⟦PERSON:Gülten Aydoğan⟧ (62 J.), die sich am ⟦DATE:12. September 2024⟧ "
        "in unserer Ambulanz vorstellte. Im Vergleich zur auswärtigen CT vom ⟦DATE:03.07.2024⟧ (⟦INSTITUTION:MVZ Radiologie Rheinaue⟧) "
        "zeigt sich die Baker-Zyste rechts unverändert, kein Hinweis auf eine tiefe Beinvenenthrombose. Wells-Score 1.",
        ("Baker-Zyste", "Ambulanz", "Wells-Score 1", "62 J.", "Beinvenenthrombose"),
    ),
    (
        "de03",
        "de",
        "Telefonnotiz 14:05 Uhr: Rückruf von Herrn ⟦PERSON:Wojciech Lis⟧ (Sohn der Patientin), mobil ⟦PHONE:0176 55481203⟧. "
        "Er bittet um Übersendung des Befundes an die Hausärztin Dr. ⟦PERSON:Henrike Zöllner-Baum⟧, Fax ⟦PHONE:05141 99 27 18⟧. "
        "Mitgeteilt: Weber-B-Fraktur links, Syndesmose intakt. Übergabe an Spätdienst, Kollegin ⟦PERSON:Schwarzkopf⟧ informiert.",
        ("14:05", "Weber-B-Fraktur", "Syndesmose", "Spätdienst", "Hausärztin"),
    ),
    (
        "de04",
        "de",
        "PatientName: ⟦PERSON:NGUYEN^THI HOA⟧\nPatientID: ⟦ID:K0048813297⟧\nPatientBirthDate: ⟦DATE:19570822⟧\n"
        "StudyDate: ⟦DATE:20241029⟧  StudyTime: 101512\nInstitutionName: ⟦INSTITUTION:Kreiskrankenhaus Wolfach-Linden⟧\n"
        "ReferringPhysicianName: ⟦PERSON:HAFNER^CLEMENS⟧\nModality: CT  Manufacturer: SIEMENS  ManufacturerModelName: SOMATOM go.Top\n"
        "SeriesDescription: Thorax 1.0 Br40 axial",
        ("SOMATOM go.Top", "Br40", "Thorax 1.0", "Modality: CT", "SeriesDescription"),
    ),
    (
        "de05",
        "de",
        "Tumorkonferenz Thorax, Mi., ⟦DATE:6.11.2024⟧, Raum 2.114\n"
        "Pat.: ⟦PERSON:Rüdiger Pankratz⟧, ⟦AGE:91⟧ J., Fallnr. ⟦ID:2024087731⟧\n"
        "Vorstellung durch OÄ Dr. ⟦PERSON:Yasemin Karaca⟧. Pancoast-Tumor rechts apikal, cT3 N1 M0 nach TNM 8. Auflage, "
        "PET-CT aus dem ⟦INSTITUTION:Nuklearmedizinischen Zentrum Oberhavel⟧ liegt vor. Empfehlung: neoadjuvante Radiochemotherapie.",
        ("Pancoast-Tumor", "cT3 N1 M0", "TNM 8", "Radiochemotherapie", "PET-CT", "Tumorkonferenz Thorax"),
    ),
    (
        "de06",
        "de",
        "Nachtrag vom ⟦DATE:15.10.2024⟧: Nach Rücksprache mit Herrn ⟦PERSON:Krämer⟧ (Stationsarzt 4B, Piepser ⟦PHONE:4417⟧) "
        "wurden die Voraufnahmen aus 2019 nachgeladen. Die Schmorl-Knötchen BWK 8 bis 10 sind vorbestehend; "
        "Scheuermann-Konstellation. Kein Frakturnachweis. gez. Dr. ⟦PERSON:Paulina Wrzesińska⟧, Fachärztin für Radiologie",
        (
            "Schmorl-Knötchen",
            "BWK 8 bis 10",
            "Scheuermann-Konstellation",
            "aus 2019",
            "Stationsarzt 4B",
            "Fachärztin für Radiologie",
        ),
    ),
    (
        "de07",
        "de",
        "Fallnummer;Name;Vorname;Geburtsdatum;PLZ;Ort;Untersuchung;Status\n"
        "⟦ID:24-551902⟧;⟦PERSON:Abdelrahman⟧;⟦PERSON:Karim⟧;⟦DATE:02.02.1979⟧;⟦ADDRESS:47798⟧;⟦ADDRESS:Krefeld⟧;MRT Knie re.;befundet\n"
        "⟦ID:24-551917⟧;⟦PERSON:Hölscher⟧;⟦PERSON:Ilse⟧;⟦DATE:30.11.1942⟧;⟦ADDRESS:41460⟧;⟦ADDRESS:Neuss⟧;CT Abdomen KM;offen",
        ("MRT Knie re.", "CT Abdomen KM", "befundet", "Geburtsdatum"),
    ),
    (
        "de08",
        "de",
        "Entlassbrief – Patientin: ⟦PERSON:Erna Zimmermann⟧, wohnhaft ⟦ADDRESS:Lindenstraße 14, 34117 Kassel⟧.\n"
        "Betreuer: Herr ⟦PERSON:Dieter Vogelsang⟧ (gesetzl. Betreuung), erreichbar unter ⟦PHONE:0561 70 44 912⟧.\n"
        "Diagnosen: Morbus Addison, Z. n. Hemithyreoidektomie 2016, Hashimoto-Thyreoiditis. Sonographie: Nebennieren unauffällig. "
        "Weiterbehandlung im ⟦INSTITUTION:Seniorenstift Aueblick⟧.",
        ("Morbus Addison", "Hashimoto-Thyreoiditis", "Hemithyreoidektomie 2016", "Nebennieren", "Sonographie"),
    ),
    (
        "de09",
        "de",
        "Befund MRT Schädel: FLAIR- und DWI-Sequenzen ohne frische Ischämie. Chiari-I-Malformation mit Tonsillentiefstand 6 mm. "
        "Verglichen mit Voraufnahmen der ⟦INSTITUTION:Radiologischen Gemeinschaftspraxis Bergedorf⟧ vom ⟦DATE:21. Mai 2023⟧. "
        "Befund telefonisch an Dr. ⟦PERSON:Jovanović⟧ am ⟦DATE:28.10.24⟧ um 16:20 Uhr übermittelt.",
        ("FLAIR", "DWI", "Chiari-I-Malformation", "Tonsillentiefstand 6 mm", "16:20", "Voraufnahmen"),
    ),
    (
        "de10",
        "de",
        "--\nMit freundlichen Grüßen\n⟦PERSON:Svenja Harbrecht⟧\nMTRA, Terminvergabe Radiologie\n"
        "⟦INSTITUTION:Klinikum Sankt Marien Amberg⟧ | ⟦ADDRESS:Mariahilfbergweg 7, 92224 Amberg⟧\n"
        "Tel. ⟦PHONE:09621 38-1560⟧ | Durchwahl ⟦PHONE:1563⟧ | ⟦EMAIL:s.harbrecht@klinikum-amberg-marien.de⟧\n"
        "Diese E-Mail kann vertrauliche Informationen enthalten. Termine für CT und MRT nur nach Überweisung.",
        ("MTRA", "Terminvergabe Radiologie", "Überweisung", "vertrauliche Informationen"),
    ),
    (
        "de11",
        "de",
        "Versichertenstatus: GKV, KVNR ⟦ID:M418806273⟧\n"
        "Patient: ⟦PERSON:Mehmet Ali Doğru⟧, geb. ⟦DATE:11.08.1968⟧\n"
        "Anforderung: Röntgen Thorax p.a./seitl., Frage Pneumonie; Hinweis: Herzschrittmacher (Medtronic Azure) "
        "seit 2021. Anfordernde Ärztin: Dr. ⟦PERSON:Milena Tasić⟧, Notaufnahme.",
        ("Röntgen Thorax p.a./seitl.", "Pneumonie", "Medtronic Azure", "seit 2021", "Notaufnahme", "Herzschrittmacher"),
    ),
    (
        "de12",
        "de",
        "Auswärtige Bilder: CD der ⟦INSTITUTION:Praxis Dres. Lindqvist & Okafor⟧, ⟦ADDRESS:Am Markt 3, Heide⟧, Aufnahme vom ⟦DATE:2024-08-19⟧. "
        "Im Vergleich Größenprogredienz der Leberläsion Segment VII (Bild 34/112) auf 23 mm, LI-RADS 4. "
        "Child-Pugh A. Vorstellung im Lebertumorboard empfohlen.",
        ("Segment VII", "Bild 34/112", "23 mm", "LI-RADS 4", "Child-Pugh A", "Lebertumorboard"),
    ),
    (
        "de13",
        "de",
        "Sehr geehrter Herr ⟦PERSON:Ebenezer Owusu⟧,\nIhr Termin zur Kernspintomographie der Halswirbelsäule ist am "
        "Donnerstag, ⟦DATE:14. November 2024⟧ um 08:15 Uhr. Bitte melden Sie sich 20 Minuten vorher an der Anmeldung im EG, Haus C. "
        "Bei Verhinderung bitte Absage unter ⟦PHONE:0351 458-18820⟧ oder ⟦URL:www.radiologie-dresden-nord.de/termin⟧.",
        ("Kernspintomographie", "Halswirbelsäule", "08:15", "Haus C", "20 Minuten"),
    ),
    (
        "de14",
        "de",
        "cc: Dr. ⟦PERSON:Konstantin Wehrle⟧ (Hausarzt), ⟦ADDRESS:Hauptstr. 112, 79104 Freiburg⟧; "
        "Prof. Dr. ⟦PERSON:Beatriz Lemos⟧, ⟦INSTITUTION:Uniklinik Freiburg⟧, Klinik für Gastroenterologie; "
        "Akte. Befund: Morbus Crohn mit Befall des terminalen Ileums, Montreal-Klassifikation L1 B2, kein Abszess. MR-Enterographie mit Buscopan.",
        (
            "Morbus Crohn",
            "terminalen Ileums",
            "Montreal-Klassifikation L1 B2",
            "MR-Enterographie",
            "Buscopan",
            "Klinik für Gastroenterologie",
        ),
    ),
    (
        "de15",
        "de",
        "Übergabe Nachtdienst ⟦DATE:01./02.11.⟧: 1) ⟦PERSON:Friedhelm Obst⟧, Zi. 312, Schockraum-CT: Beckenringfraktur Typ B nach Tile, "
        "Unfallchirurgie (OA ⟦PERSON:Haberland⟧) informiert. 2) Kind ⟦PERSON:Mila Rosenthal⟧, 7 J., Sono Abdomen: Invagination ausgeschlossen, "
        "Mutter ⟦PERSON:Judith Rosenthal⟧ anwesend.",
        ("Schockraum-CT", "Beckenringfraktur Typ B nach Tile", "Unfallchirurgie", "7 J.", "Invagination", "Zi. 312"),
    ),
    (
        "de16",
        "de",
        "Patientin ⟦PERSON:Wilhelmine Graf⟧, ⟦AGE:94⟧-jährig, aus dem ⟦INSTITUTION:Pflegeheim Haus Abendrot⟧, ⟦ADDRESS:Gerlingen⟧. "
        "Zustand nach Sturz. CT HWS: Densfraktur Typ II nach Anderson/D'Alonzo, Osteopenie. "
        "Neurochirurgisches Konsil angefordert (Kennung ⟦ID:NCH-77120⟧). Basedow-Anamnese laut Heimunterlagen.",
        ("Densfraktur Typ II", "Anderson/D'Alonzo", "Osteopenie", "Basedow-Anamnese", "Konsil", "CT HWS"),
    ),
    (
        "de17",
        "de",
        "Konsilanforderung aus der ⟦INSTITUTION:Helios Klinik Schleswig⟧, Intensivstation 2: Herr ⟦PERSON:Björn-Ole Carstensen⟧, "
        "Aufn.-Nr. ⟦ID:0099412276⟧, beatmet, PiCCO-Katheter liegt. Fragestellung: ARDS? Röntgen Thorax liegend: bilaterale Verschattungen, "
        "Berlin-Definition erfüllt. ZVK-Spitze in Projektion auf die V. cava superior. Rückruf Dr. ⟦PERSON:Mahlstedt⟧, App. ⟦PHONE:3318⟧.",
        (
            "Konsilanforderung",
            "Intensivstation 2",
            "PiCCO-Katheter",
            "ARDS",
            "Berlin-Definition",
            "ZVK-Spitze",
            "V. cava superior",
        ),
    ),
    (
        "de18",
        "de",
        "Betr.: Ihre Anfrage vom ⟦DATE:30. Oktober⟧ – Herausgabe von Bildmaterial\nSehr geehrte Frau ⟦PERSON:Szymańska⟧,\n"
        "die Aufnahmen Ihrer verstorbenen Mutter, Frau ⟦PERSON:Halina Szymańska⟧, verw. ⟦PERSON:Nowicka⟧, erhalten Sie als CD gegen Vorlage des Erbscheins. "
        "Ihre Anschrift ⟦ADDRESS:Gartenweg 3a, 18055 Rostock⟧ haben wir vermerkt. Sekretariat Radiologie, ⟦EMAIL:radiologie.sekretariat@kmg-rostock-sued.de⟧",
        ("Bildmaterial", "Erbscheins", "Sekretariat Radiologie", "als CD"),
    ),
    (
        "de19",
        "de",
        "Verlaufskontrolle CT Thorax/Abdomen nach 3 Zyklen Pembrolizumab: RECIST 1.1 partielle Remission (Summe der Zielläsionen 41 → 27 mm). "
        "Nebenbefundlich Pneumonitis Grad 1 (CTCAE). Referenzuntersuchung ⟦DATE:08.08.2024⟧, ⟦INSTITUTION:Onkologische Schwerpunktpraxis Kiel⟧ "
        "(Dr. ⟦PERSON:Amadou Sow⟧). Befund ⟦DATE:05.11.2024⟧, ⟦PERSON:Kasimir Ploog⟧, Assistenzarzt.",
        (
            "Pembrolizumab",
            "RECIST 1.1",
            "partielle Remission",
            "41 → 27 mm",
            "Pneumonitis Grad 1",
            "CTCAE",
            "Assistenzarzt",
        ),
    ),
    (
        "at01",
        "de",
        "Zuweisung: Ordination Dr. ⟦PERSON:Rupert Hüttenbrenner⟧, Allgemeinmedizin, ⟦ADDRESS:Grazer Straße 41, 8605 Kapfenberg⟧\n"
        "Patient: ⟦PERSON:Stanislav Hrubý⟧, SVNR ⟦ID:2318 140571⟧, e-card vorgelegt\n"
        "Fragestellung: Sprunggelenk li. nach Supinationstrauma, Ottawa-Regeln positiv. Röntgen OSG in 2 Ebenen: "
        "Fraktur Weber A, Talus intakt.",
        ("Allgemeinmedizin", "Sprunggelenk li.", "Supinationstrauma", "Ottawa-Regeln", "Fraktur Weber A", "Talus"),
    ),
    (
        "at02",
        "de",
        "Sehr geehrter Herr Primarius,\nwir übermitteln den Befund von Frau ⟦PERSON:Aloisia Haslinger⟧, geb. ⟦DATE:3. Jänner 1949⟧, "
        "untersucht am ⟦DATE:22. Feber 2024⟧ am ⟦INSTITUTION:LKH Wolfsberg⟧. Duplexsonographie der Carotiden: "
        "Stenose der ACI rechts ca. 60 % nach NASCET. Mit kollegialen Grüßen, OA Dr. ⟦PERSON:Florian Kienzl⟧",
        ("Primarius", "Duplexsonographie", "Carotiden", "ACI rechts", "NASCET", "60 %"),
    ),
    (
        "at03",
        "de",
        "Befundnummer ⟦ID:RAD-W-0938221⟧ | ELGA-Dokument | ⟦INSTITUTION:Röntgeninstitut Favoriten⟧, ⟦ADDRESS:Quellenstraße 118, 1100 Wien⟧\n"
        "Tel. ⟦PHONE:+43 1 604 21 77⟧, Klappe ⟦PHONE:23⟧\n"
        "Mammographie beidseits, Tomosynthese: ACR-Dichte C, BI-RADS 2. Verkalkter Fibroadenom-Befund links oben außen, seit 2020 konstant.",
        ("ELGA-Dokument", "Tomosynthese", "ACR-Dichte C", "BI-RADS 2", "Fibroadenom", "seit 2020"),
    ),
    (
        "at04",
        "de",
        "Pflegeübergabe Station 7 Süd: Hr. ⟦PERSON:Gerold Pichlmayr⟧ (⟦AGE:96⟧ a), Angehörige: Tochter Mag. ⟦PERSON:Theresia Eder⟧, "
        "Tel. ⟦PHONE:0664 318 22 07⟧. CT-Angio Becken-Bein geplant für Mo ⟦DATE:18.3.⟧, Metformin pausiert, Kreatinin 1,4 mg/dl. "
        "Fontaine-Stadium IIb.",
        ("Station 7 Süd", "CT-Angio Becken-Bein", "Metformin", "Kreatinin 1,4 mg/dl", "Fontaine-Stadium IIb"),
    ),
    (
        "at05",
        "de",
        "MR Kniegelenk rechts (⟦DATE:07.10.2024⟧), 3 T, Protokoll PD fs, T1 cor: Korbhenkelriss des Innenmeniskus, "
        "Bone bruise im lateralen Tibiaplateau, vordere Kreuzbandruptur. Segond-Fraktur nicht abgrenzbar. "
        "Vorbefund: ⟦INSTITUTION:Diagnosezentrum Urfahr⟧, ⟦DATE:Juni 2022⟧. Befundet: Dr.in ⟦PERSON:Ayşe Demirtaş-Huber⟧",
        ("Korbhenkelriss", "Innenmeniskus", "Tibiaplateau", "Segond-Fraktur", "PD fs", "3 T", "Kreuzbandruptur"),
    ),
    (
        "at06",
        "de",
        "Datum;Uhrzeit;Patient;Geb.;Modalität;Zuweiser\n"
        "⟦DATE:11.11.2024⟧;09:30;⟦PERSON:Strasser Johanna⟧;⟦DATE:1958-04-02⟧;MR;⟦INSTITUTION:BHS Linz⟧\n"
        "⟦DATE:11.11.2024⟧;09:55;⟦PERSON:Babić Zoran⟧;⟦DATE:1990-12-19⟧;CT;⟦INSTITUTION:Ordensklinikum⟧ Notfallambulanz\n"
        "⟦DATE:11.11.2024⟧;10:20;⟦PERSON:Öztürk Elif⟧;⟦DATE:2011-06-05⟧;US;Kinderambulanz",
        ("09:30", "09:55", "10:20", "Notfallambulanz", "Kinderambulanz", "Modalität"),
    ),
    (
        "at07",
        "de",
        "Tumorboard Urologie ⟦DATE:19.09.2024⟧: ⟦PERSON:Herbert Leitgeb⟧, 71 a, Prostatakarzinom Gleason 4+3, PSA 14 ng/ml, "
        "mpMRT: PI-RADS 5 Läsion links peripher, ISUP 3. PSMA-PET im ⟦INSTITUTION:Kepler Universitätsklinikum⟧ empfohlen. "
        "Protokoll: DGKP ⟦PERSON:Marlene Wurzer⟧",
        ("Gleason 4+3", "PSA 14 ng/ml", "PI-RADS 5", "ISUP 3", "PSMA-PET", "71 a", "Prostatakarzinom"),
    ),
    (
        "at08",
        "de",
        "Von: ⟦PERSON:Lukas Strohmeier⟧ <⟦EMAIL:lukas.strohmeier@medunigraz.at⟧>\nGesendet: Dienstag, ⟦DATE:8. Oktober 2024⟧ 17:42\n"
        "Betreff: Zweitmeinung ⟦PERSON:Kranjc⟧\nLiebe ⟦PERSON:Vesna⟧, anbei die DICOM-Daten (Osirix-Export). Verdacht auf Morbus Paget "
        "des Beckens vs. osteoblastische Metastasen; Szintigraphie folgt.",
        ("17:42", "DICOM-Daten", "Osirix-Export", "Morbus Paget", "osteoblastische Metastasen", "Szintigraphie"),
    ),
    (
        "at09",
        "de",
        "Patient ⟦PERSON:Branislav Jurić⟧, wohnhaft in ⟦ADDRESS:St. Pölten⟧, Versicherung ÖGK, Versicherungsnummer ⟦ID:4410 250884⟧.\n"
        "CT Thorax nativ, Low-Dose: 6 mm solider Rundherd im Unterlappen rechts, Fleischner-Kriterien: Verlaufskontrolle in 6–12 Monaten. "
        "Lungenemphysem, Raucheranamnese 30 pack years.",
        ("Low-Dose", "6 mm", "Unterlappen rechts", "Fleischner-Kriterien", "Lungenemphysem", "30 pack years"),
    ),
    (
        "at10",
        "de",
        "Nachbefundung: Die Aufnahmen vom ⟦DATE:2.5.2024⟧ aus dem ⟦INSTITUTION:Krankenhaus der Elisabethinen Klagenfurt⟧ wurden importiert "
        "(Serie 4, Bild 58). Spondylolisthese L5/S1 Meyerding Grad I, Baastrup-Phänomen L3–L5. Rückfragen an Dr. ⟦PERSON:Aurelia Fink⟧, "
        "Durchwahl ⟦PHONE:4471⟧.",
        ("Serie 4, Bild 58", "L5/S1", "Meyerding Grad I", "Baastrup-Phänomen", "L3–L5", "Nachbefundung"),
    ),
    (
        "at11",
        "de",
        "Entlassungsbrief\n⟦INSTITUTION:Landesklinikum Zwettl⟧, Abteilung für Innere Medizin\nPatientin: ⟦PERSON:Mirjana Kostić⟧, "
        "Aufnahmezahl ⟦ID:24/118832⟧\nAufenthalt: ⟦DATE:14.10.⟧–⟦DATE:23.10.2024⟧\nDiagnose: Lungenembolie segmental bds., "
        "Therapie mit Apixaban 5 mg 1-0-1. Echokardiographie: keine Rechtsherzbelastung.",
        (
            "Abteilung für Innere Medizin",
            "Lungenembolie",
            "Apixaban 5 mg",
            "1-0-1",
            "Echokardiographie",
            "Rechtsherzbelastung",
        ),
    ),
    (
        "at12",
        "de",
        "Anamnese lt. Begleitperson (Lebensgefährtin ⟦PERSON:Roswitha Brandauer⟧): Sturz in der Wohnung, ⟦ADDRESS:Mariahilfer Gürtel 9/14⟧. "
        "cCT: subdurales Hämatom frontoparietal links, Mittellinienverlagerung 4 mm. Glasgow Coma Scale 13. "
        "NC-Konsil Dr. ⟦PERSON:Bauernfeind⟧ um 03:12 Uhr.",
        ("Begleitperson", "subdurales Hämatom", "Mittellinienverlagerung 4 mm", "Glasgow Coma Scale 13", "03:12"),
    ),
    (
        "at13",
        "de",
        "Ihr Termin: Magnetresonanztomographie Schulter links\nam Freitag, ⟦DATE:29. November 2024⟧ um 13:40 Uhr\n"
        "Ort: ⟦INSTITUTION:MR-Institut Innsbruck-West⟧, ⟦ADDRESS:Egger-Lienz-Straße 56, 6020 Innsbruck⟧, 2. Stock\n"
        "Bitte Vorbefunde und Zuweisung mitbringen. Online: ⟦URL:https://mr-innsbruck-west.at/termine⟧",
        ("Magnetresonanztomographie", "Schulter links", "13:40", "2. Stock", "Vorbefunde"),
    ),
    (
        "at14",
        "de",
        "Schilddrüsensonographie ⟦DATE:28.08.24⟧: Knoten rechts 14 x 9 mm, TI-RADS 3, Hashimoto-Echomuster. "
        "Vergleich mit Voruntersuchung bei Dr. ⟦PERSON:Prskawetz⟧ (Ordination ⟦ADDRESS:Wiener Neustadt⟧) vom ⟦DATE:März 2023⟧. "
        "Befund an Hausärztin Dr. ⟦PERSON:Gabriele Oberhauser-Lind⟧.",
        ("Schilddrüsensonographie", "14 x 9 mm", "TI-RADS 3", "Hashimoto-Echomuster", "Voruntersuchung"),
    ),
    (
        "at15",
        "de",
        "(0008,0080) InstitutionName: ⟦INSTITUTION:Klinik Ottakring⟧\n(0008,0090) ReferringPhysicianName: ⟦PERSON:SCHOBER^ANTON⟧\n"
        "(0010,0010) PatientName: ⟦PERSON:WEISSENBÖCK^HILDEGARD⟧\n(0010,0020) PatientID: ⟦ID:0004417763⟧\n"
        "(0010,1010) PatientAge: ⟦AGE:092⟧Y\n(0018,0015) BodyPartExamined: CHEST\n(0018,0060) KVP: 120",
        ("InstitutionName", "BodyPartExamined", "CHEST", "KVP: 120", "(0018,0060)"),
    ),
    (
        "at16",
        "de",
        "Addendum: Auf Wunsch des Sachwalters, Herrn Mag. ⟦PERSON:Kilian Oberreiter⟧, Rechtsanwalt in ⟦ADDRESS:Salzburg⟧, wurde eine Kopie "
        "des Befundes per Fax an ⟦PHONE:0662 87 41 90⟧ gesandt. Inhaltlich keine Änderung: Bankart-Läsion und Hill-Sachs-Delle rechts.",
        ("Addendum", "Sachwalters", "Bankart-Läsion", "Hill-Sachs-Delle", "Inhaltlich keine Änderung"),
    ),
    (
        "at17",
        "de",
        "Ärztebrief an: Dr. ⟦PERSON:Wolfgang Tschernutter⟧, Facharzt für Orthopädie, ⟦ADDRESS:Hauptplatz 5, 9500 Villach⟧\n"
        "Betrifft: ⟦PERSON:Dragica Petrović⟧, geb. ⟦DATE:16.09.1963⟧\nMRT Hand rechts: Kienböck-Erkrankung Stadium IIIa nach Lichtman, "
        "Ulna-Minus-Variante 2 mm. Keine Rhizarthrose.",
        (
            "Facharzt für Orthopädie",
            "Kienböck-Erkrankung",
            "Stadium IIIa",
            "Lichtman",
            "Ulna-Minus-Variante 2 mm",
            "Rhizarthrose",
        ),
    ),
    (
        "at18",
        "de",
        "Tel. Befundauskunft ⟦DATE:12.11.2024⟧ 10:47: Anrufer gibt sich als Bruder der Patientin ⟦PERSON:Zeynep Yıldırım⟧ aus "
        "(⟦PERSON:Emre Yıldırım⟧, Rückrufnummer ⟦PHONE:0699 1170 4482⟧). Keine Auskunft erteilt (keine Entbindung von der Schweigepflicht). "
        "Hinweis an Sekretariat ⟦INSTITUTION:AKH⟧ Radiologie, Leitstelle Ebene 7.",
        ("Befundauskunft", "10:47", "Schweigepflicht", "Leitstelle Ebene 7", "Anrufer"),
    ),
    (
        "at19",
        "de",
        "CT-Koronarangiographie: Agatston-Score 412, CAD-RADS 3, Myokardbrücke RIVA. Dual-Source (Somatom Force), 70 kVp, "
        "Betablocker Metoprolol 5 mg i.v. Zuweisung: ⟦INSTITUTION:Herzpraxis Leoben⟧. Pat. ⟦PERSON:Ferdinand Zechner⟧, Kostenträger BVAEB, "
        "Vers.-Nr. ⟦ID:3391 011062⟧. Befundfreigabe ⟦DATE:6. Nov. 2024⟧.",
        (
            "CT-Koronarangiographie",
            "Agatston-Score 412",
            "CAD-RADS 3",
            "Myokardbrücke RIVA",
            "Somatom Force",
            "Metoprolol 5 mg",
        ),
    ),
    (
        "ch01",
        "de",
        "Zuweisende Ärztin: Dr. med. ⟦PERSON:Corinne Bärtschi⟧, ⟦INSTITUTION:Hausarztpraxis Bümpliz⟧, ⟦ADDRESS:Bümplizstrasse 88, 3018 Bern⟧\n"
        "Patient: ⟦PERSON:Tesfaye Gebremariam⟧, AHV-Nr. ⟦ID:756.4821.0937.16⟧, geb. ⟦DATE:9.4.1983⟧\n"
        "Fragestellung: Nierenkolik links? CT Abdomen low dose nativ: 4 mm Konkrement im prävesikalen Ureter links, Harnstau Grad I.",
        ("Nierenkolik", "CT Abdomen low dose nativ", "4 mm Konkrement", "prävesikalen Ureter", "Harnstau Grad I"),
    ),
    (
        "ch02",
        "de",
        "Radiologischer Bericht – ⟦INSTITUTION:Kantonsspital Frauenfeld⟧, Institut für Radiologie\nUntersuchung vom ⟦DATE:16.10.2024⟧, "
        "Fall-Nr. ⟦ID:40118820⟧\nMR Lendenwirbelsäule: Diskushernie L4/5 mediolateral rechts mit Kompression der Wurzel L5, "
        "Pfirrmann Grad IV. Vergleich: Voruntersuchung ⟦INSTITUTION:Röntgeninstitut Wil⟧ 2021.",
        ("Institut für Radiologie", "Diskushernie L4/5", "Wurzel L5", "Pfirrmann Grad IV", "Voruntersuchung", "2021"),
    ),
    (
        "ch03",
        "de",
        "Telefonat mit Frau ⟦PERSON:Regula Zwahlen⟧ (Beiständin von Herrn ⟦PERSON:Urs Aebischer⟧, ⟦AGE:93⟧-jährig, "
        "⟦INSTITUTION:Alterszentrum Sonnmatt⟧): Einverständnis zur Kontrastmittelgabe (Dotarem) liegt vor. Natel ⟦PHONE:079 402 18 63⟧. "
        "Termin MR Schädel am Mittwoch ⟦DATE:27.11.⟧ 10:10.",
        ("Beiständin", "Kontrastmittelgabe", "Dotarem", "MR Schädel", "10:10"),
    ),
    (
        "ch04",
        "de",
        "Tumorboard Gastrointestinal ⟦INSTITUTION:USZ⟧, ⟦DATE:5. Dezember 2024⟧\n⟦PERSON:Lorenz Meier-Hänggi⟧ (67), Pankreaskopfkarzinom, "
        "borderline resektabel nach NCCN, Kontakt zur AMS < 180°. CA 19-9 412 U/ml. FOLFIRINOX, danach Whipple-Operation diskutiert. "
        "Vorstellung: PD Dr. ⟦PERSON:Nadia Quaranta⟧",
        ("Pankreaskopfkarzinom", "NCCN", "AMS", "CA 19-9 412 U/ml", "FOLFIRINOX", "Whipple-Operation", "(67)"),
    ),
    (
        "ch05",
        "de",
        "Auftrag|Patient|Geburtsdatum|Untersuch|Zuweiser|Versicherung\n"
        "⟦ID:A24-773019⟧|⟦PERSON:Berisha, Arbnora⟧|⟦DATE:1996-01-30⟧|Sono Schilddrüse|Dr. ⟦PERSON:Flückiger⟧|Versichertennr. ⟦ID:80756000110028839⟧\n"
        "⟦ID:A24-773022⟧|⟦PERSON:Tanner, Marcel⟧|⟦DATE:1950-07-14⟧|Rx Thorax pa|⟦INSTITUTION:Spital Zollikerberg⟧|—",
        ("Sono Schilddrüse", "Rx Thorax pa", "Geburtsdatum", "Untersuch"),
    ),
    (
        "ch06",
        "de",
        "Befund: Osteochondrosis dissecans am medialen Femurkondylus Stadium II nach ICRS, Patellaspitzensyndrom. "
        "Hoffa-Fettkörper ödematös. Kontrolle in 3 Monaten. Bericht an Dr. ⟦PERSON:Silvan Imhof⟧, "
        "⟦INSTITUTION:Sportmedizin Magglingen⟧, ⟦EMAIL:silvan.imhof@sportmed-magglingen.ch⟧, Tel. ⟦PHONE:032 327 61 11⟧.",
        (
            "Osteochondrosis dissecans",
            "Femurkondylus",
            "ICRS",
            "Patellaspitzensyndrom",
            "Hoffa-Fettkörper",
            "3 Monaten",
        ),
    ),
    (
        "ch07",
        "de",
        "Nachtrag ⟦DATE:21.10.24⟧, 18:05: Zusätzlich Rippenserienfraktur 5–8 links (Serie 3, Bild 112–140). "
        "Mitgeteilt an Dienstarzt Chirurgie, Sucher ⟦PHONE:6631⟧. Patientin ⟦PERSON:Sina Vuilleumier⟧ wird im Schockraum "
        "des ⟦INSTITUTION:Spitals Emmental⟧ überwacht. Visiert: ⟦PERSON:Marco Rüegsegger⟧, Oberarzt",
        ("18:05", "Rippenserienfraktur 5–8", "Serie 3, Bild 112–140", "Dienstarzt Chirurgie", "Schockraum", "Oberarzt"),
    ),
    (
        "ch08",
        "de",
        "Sehr geehrte Frau ⟦PERSON:Ramadani⟧\nIhre Mammographie-Kontrolle im Rahmen des Programms «donna» ist fällig. "
        "Ihr Ehemann, Herr ⟦PERSON:Driton Ramadani⟧, hat uns am ⟦DATE:02.05.2024⟧ Ihre neue Adresse mitgeteilt. Bitte vereinbaren Sie einen Termin unter "
        "⟦PHONE:071 494 19 00⟧. ⟦INSTITUTION:Brustzentrum Ostschweiz⟧, ⟦ADDRESS:Rorschacher Strasse 95, 9007 St. Gallen⟧",
        ("Mammographie-Kontrolle", "«donna»", "Ehemann", "neue Adresse"),
    ),
    (
        "ch09",
        "fr",
        "Madame la Doctoresse ⟦PERSON:Hélène Grandjean⟧, ⟦INSTITUTION:Cabinet médical de la Gare⟧, ⟦ADDRESS:Avenue de la Gare 12, 1003 Lausanne⟧\n"
        "Concerne: M. ⟦PERSON:Jean-Daniel Rochat⟧, né le ⟦DATE:14 juillet 1952⟧\nIRM du rachis cervical du ⟦DATE:3 octobre 2024⟧: "
        "myélopathie cervicarthrosique C5-C6, canal résiduel 7 mm. Pas de malformation de Chiari.",
        ("IRM du rachis cervical", "myélopathie cervicarthrosique", "C5-C6", "7 mm", "malformation de Chiari"),
    ),
    (
        "ch10",
        "fr",
        "Service de radiologie, ⟦INSTITUTION:HUG⟧ – Rapport complémentaire\nPatiente: ⟦PERSON:Fatoumata Diallo⟧, n° de séjour ⟦ID:3012448177⟧\n"
        "Scanner thoracique: embolie pulmonaire lobaire inférieure droite, rapport VD/VG 0,9. Score de Genève révisé intermédiaire. "
        "Résultat communiqué au Dr ⟦PERSON:Bastien Morel⟧ à 22h14.",
        ("Service de radiologie", "Scanner thoracique", "embolie pulmonaire", "VD/VG 0,9", "Score de Genève", "22h14"),
    ),
    (
        "ch11",
        "fr",
        "De: ⟦EMAIL:secretariat.imagerie@hopital-riviera.ch⟧\nÀ: Dr ⟦PERSON:Olivier Perrenoud⟧\nObjet: RDV arthro-IRM épaule\n"
        "Madame ⟦PERSON:Gaëlle Monnier⟧ est convoquée le mardi ⟦DATE:12 novembre⟧ à 8h30, ⟦INSTITUTION:Hôpital Riviera-Chablais⟧, site de Rennaz. "
        "Lésion SLAP suspectée. Tél. ⟦PHONE:021 923 40 00⟧, int. ⟦PHONE:4712⟧.",
        ("arthro-IRM épaule", "8h30", "Lésion SLAP", "site de Rennaz"),
    ),
    (
        "ch12",
        "fr",
        "Colloque multidisciplinaire ORL ⟦DATE:07.11.2024⟧ – M. ⟦PERSON:Karim Benali⟧, ⟦AGE:90⟧ ans, domicilié à ⟦ADDRESS:Yverdon-les-Bains⟧. "
        "Carcinome épidermoïde de l'oropharynx, p16 positif, cT2 N1. TEP-FDG réalisée au ⟦INSTITUTION:CHUV⟧. "
        "Proposition: radiothérapie exclusive. Curatrice: Mme ⟦PERSON:Sylvie Jaquier⟧.",
        ("Carcinome épidermoïde", "oropharynx", "p16 positif", "cT2 N1", "TEP-FDG", "radiothérapie exclusive"),
    ),
    (
        "ch13",
        "it",
        "Egregio Dottore ⟦PERSON:Matteo Bernasconi⟧,\nLe trasmettiamo il referto della Sig.ra ⟦PERSON:Graziella Pedrazzini⟧, nata il "
        "⟦DATE:22.02.1944⟧. RM encefalo del ⟦DATE:4 novembre 2024⟧: lesioni iperintense in FLAIR periventricolari, Fazekas 2. "
        "Nessun segno di Wernicke. Cordiali saluti, ⟦INSTITUTION:Ospedale Regionale di Mendrisio⟧",
        ("RM encefalo", "FLAIR", "periventricolari", "Fazekas 2", "Wernicke"),
    ),
    (
        "ch14",
        "it",
        "Nota telefonica ore 11:25: la figlia della paziente, ⟦PERSON:Chiara Lurati⟧, tel. ⟦PHONE:+41 91 811 62 30⟧, chiede copia "
        "della TC addome. Diverticolite sigmoidea Hinchey Ib, senza perforazione. Paziente ricoverata in Medicina 3, "
        "n. caso ⟦ID:EOC-24-390118⟧.",
        ("11:25", "TC addome", "Diverticolite sigmoidea", "Hinchey Ib", "Medicina 3"),
    ),
    (
        "ch15",
        "it",
        "Elenco di distribuzione: Dr.ssa ⟦PERSON:Ilaria Cattaneo-Rusca⟧ (medico curante, ⟦ADDRESS:Via Cantonale 19, 6900 Lugano⟧); "
        "⟦INSTITUTION:Clinica Sant'Anna⟧, reparto di ortopedia; archivio. Ecografia anca neonatale secondo Graf: tipo IIa bilaterale, "
        "controllo a 6 settimane.",
        (
            "medico curante",
            "reparto di ortopedia",
            "Ecografia anca neonatale",
            "secondo Graf",
            "tipo IIa",
            "6 settimane",
        ),
    ),
    (
        "ch16",
        "it",
        "Paziente: ⟦PERSON:Rossi Emanuele⟧ | nato il ⟦DATE:1967-09-03⟧ | N. AVS ⟦ID:756.9013.2264.05⟧\n"
        "Esame: TC torace con mdc (⟦DATE:18.10.2024⟧), confronto con esame esterno ⟦INSTITUTION:Centro Diagnostico Bellinzona⟧ di ⟦DATE:agosto 2023⟧. "
        "Noduli stabili, sarcoidosi stadio II di Scadding.",
        ("TC torace con mdc", "esame esterno", "Noduli stabili", "sarcoidosi stadio II", "Scadding"),
    ),
    (
        "ch17",
        "de",
        "Austrittsbericht ⟦INSTITUTION:Spital Männedorf⟧\nPatientin: ⟦PERSON:Verena Schnyder-Gut⟧, Jg. 1939, wohnhaft ⟦ADDRESS:Seestrasse 204, 8708 Männedorf⟧\n"
        "Radiologisch: Wirbelkörperfraktur BWK 12 Genant Grad 2, Kyphoplastie erfolgt. Spitex ⟦INSTITUTION:Pfannenstiel⟧ organisiert, "
        "Kontakt Sohn ⟦PERSON:Reto Schnyder⟧, ⟦PHONE:044 920 33 18⟧.",
        ("Austrittsbericht", "BWK 12", "Genant Grad 2", "Kyphoplastie", "Spitex"),
    ),
    (
        "ch18",
        "fr",
        "Madame, Monsieur,\nNous vous confirmons le rendez-vous de Monsieur ⟦PERSON:Abdoulaye Ndiaye⟧ pour un CT-scan des sinus le "
        "vendredi ⟦DATE:6 décembre 2024⟧ à 14h15, ⟦INSTITUTION:Centre d'imagerie Plainpalais⟧, ⟦ADDRESS:Rue de Carouge 46, 1205 Genève⟧. "
        "Merci d'apporter la carte d'assuré (n° ⟦ID:80756012340015523⟧).",
        ("rendez-vous", "CT-scan des sinus", "14h15", "carte d'assuré"),
    ),
    (
        "ch19",
        "it",
        "Consulto radiologico del ⟦DATE:15/10/2024⟧: frattura di Monteggia tipo I di Bado nel bambino ⟦PERSON:Luca Fontana⟧ (9 anni), "
        "inviato dalla pediatra Dr.ssa ⟦PERSON:Marta Ghisletta⟧, ⟦INSTITUTION:Studio Pediatrico Locarno⟧. Padre ⟦PERSON:Davide Fontana⟧ "
        "reperibile al ⟦PHONE:076 318 44 90⟧.",
        ("Consulto radiologico", "frattura di Monteggia", "tipo I di Bado", "9 anni", "pediatra"),
    ),
    (
        "uk01",
        "en",
        "Dear Dr ⟦PERSON:Okonkwo⟧,\nRe: ⟦PERSON:Margaret Ellen Pryce⟧, DOB ⟦DATE:04/06/1938⟧, NHS No. ⟦ID:485 219 7734⟧\n"
        "⟦ADDRESS:14 Cotswold Rise, Stroud GL5 3QT⟧\nThank you for referring this lady for a CT colonography. There is a 12 mm sessile polyp "
        "in the sigmoid colon; no features of Crohn disease. Boston bowel preparation adequate.",
        ("CT colonography", "12 mm sessile polyp", "sigmoid colon", "Crohn disease", "Boston bowel preparation"),
    ),
    (
        "uk02",
        "en",
        "RADIOLOGY REPORT\nHospital No: ⟦ID:RJ7-0418832⟧   Patient: ⟦PERSON:HUSSAIN, Nazia⟧   Ward: Acute Medical Unit\n"
        "Exam: CTPA, ⟦DATE:11-Oct-2024⟧ 02:47\nReferrer: Dr ⟦PERSON:T. Ogunbiyi⟧ (FY2), bleep ⟦PHONE:3381⟧\n"
        "Filling defects in the right lower lobe segmental arteries. RV:LV ratio 0.8. No infarct.",
        ("Acute Medical Unit", "CTPA", "02:47", "FY2", "right lower lobe", "RV:LV ratio 0.8"),
    ),
    (
        "uk03",
        "en",
        "Verbal report given to Sister ⟦PERSON:Bernadette Quigley⟧, Ward 22, at 19:10 on ⟦DATE:3rd November 2024⟧. "
        "Patient ⟦PERSON:Harold Fenwick⟧, aged ⟦AGE:97⟧, from ⟦INSTITUTION:Meadowbank Nursing Home⟧. Neck of femur fracture, "
        "Garden IV, left. Next of kin: niece ⟦PERSON:Alison Thwaite⟧, ⟦PHONE:07700 900 418⟧.",
        ("Ward 22", "19:10", "Neck of femur fracture", "Garden IV", "Next of kin"),
    ),
    (
        "uk04",
        "en",
        "MDT outcome – Lung, Thursday ⟦DATE:14/11/2024⟧\n⟦PERSON:Rajesh Chaudhary⟧ (58), CHI ⟦ID:1503664217⟧. Spiculated 24 mm RUL mass, "
        "PET avid SUVmax 9.2, mediastinal nodes station 4R. Staging T2a N2 M0 (IASLC). EBUS requested at ⟦INSTITUTION:Golden Jubilee⟧. "
        "Lead clinician: Dr ⟦PERSON:Fiona MacLeod⟧",
        ("Spiculated 24 mm RUL mass", "SUVmax 9.2", "station 4R", "T2a N2 M0", "IASLC", "EBUS", "(58)"),
    ),
    (
        "uk05",
        "en",
        "Addendum (⟦DATE:22/10/24⟧): Comparison made with outside imaging from ⟦INSTITUTION:Spire Leeds⟧ dated ⟦DATE:June 2023⟧. "
        "The Bosniak IIF cyst at the left lower pole is unchanged. Dr ⟦PERSON:Imogen Harcourt-Vane⟧, Consultant Radiologist, "
        "GMC ⟦ID:7012284⟧",
        ("Bosniak IIF cyst", "left lower pole", "Consultant Radiologist", "outside imaging"),
    ),
    (
        "uk06",
        "en",
        "cc: Mr ⟦PERSON:Declan Murphy⟧, Consultant Orthopaedic Surgeon, ⟦INSTITUTION:Royal Berkshire⟧\n"
        "    ⟦INSTITUTION:Woodley Health Centre⟧, ⟦ADDRESS:Crockhamwell Road, Reading RG5 3JP⟧\n    Patient\n"
        "MRI left knee: bucket-handle tear of the medial meniscus with double PCL sign; Osgood-Schlatter changes old.",
        (
            "Consultant Orthopaedic Surgeon",
            "bucket-handle tear",
            "medial meniscus",
            "double PCL sign",
            "Osgood-Schlatter",
        ),
    ),
    (
        "uk07",
        "en",
        "accession,nhs_number,surname,forename,dob,exam,site\n"
        "⟦ID:RAD24118873⟧,⟦ID:401 032 8765⟧,⟦PERSON:Adeyemi⟧,⟦PERSON:Folake⟧,⟦DATE:1985-03-22⟧,US pelvis TV,⟦INSTITUTION:St Mary's⟧\n"
        "⟦ID:RAD24118881⟧,⟦ID:922 510 4473⟧,⟦PERSON:Kaczmarek⟧,⟦PERSON:Piotr⟧,⟦DATE:1961-11-08⟧,XR chest PA,⟦INSTITUTION:Hammersmith⟧",
        ("US pelvis TV", "XR chest PA", "accession", "nhs_number"),
    ),
    (
        "uk08",
        "en",
        "Appointment letter\nDear Mrs ⟦PERSON:Wainwright⟧,\nYour MRI scan of the pelvis has been booked for Monday ⟦DATE:2 December 2024⟧ at 14:30 "
        "in the Radiology Department, Level 2, ⟦INSTITUTION:Castle Hill Hospital⟧. If you have a pacemaker or cochlear implant, please call "
        "⟦PHONE:01482 622 116⟧ before attending.",
        ("MRI scan of the pelvis", "14:30", "Level 2", "pacemaker", "cochlear implant"),
    ),
    (
        "uk09",
        "en",
        "Discharge summary – ⟦INSTITUTION:Ninewells⟧, Ward 7\nPatient: ⟦PERSON:Eilidh Fraser⟧, CHI ⟦ID:2407893315⟧\nAdmitted ⟦DATE:29/09/2024⟧ "
        "with acute cholecystitis; MRCP showed a Mirizzi syndrome type I. Laparoscopic cholecystectomy ⟦DATE:2nd Oct⟧. "
        "GP: Dr ⟦PERSON:A. Lindsay⟧, ⟦INSTITUTION:Taybank Medical Centre⟧.",
        ("Ward 7", "acute cholecystitis", "MRCP", "Mirizzi syndrome type I", "Laparoscopic cholecystectomy"),
    ),
    (
        "uk10",
        "en",
        "Handover 08:00: 1. ⟦PERSON:Mohammed Iqbal⟧, bed 14, CT head at 04:20 – small left SDH, no midline shift, neurosurgery at "
        "⟦INSTITUTION:QEHB⟧ happy to manage locally. 2. ⟦PERSON:Siobhan Doherty⟧, 31 yrs, USS for ?appendicitis, non-diagnostic; "
        "surgical reg ⟦PERSON:Tom Whitlock⟧ aware, ext ⟦PHONE:55231⟧.",
        ("08:00", "bed 14", "04:20", "small left SDH", "no midline shift", "31 yrs", "?appendicitis"),
    ),
    (
        "uk11",
        "en",
        "--\n⟦PERSON:Priya Raghunathan⟧ | Radiology Services Manager\n⟦INSTITUTION:Northern Care Alliance NHS Foundation Trust⟧\n"
        "⟦ADDRESS:Stott Lane, Salford M6 8HD⟧ | T: ⟦PHONE:0161 206 4471⟧ | ⟦EMAIL:priya.raghunathan@nca.nhs.uk⟧\n"
        "This e-mail and any attachments are confidential. PACS downtime Sunday 06:00–08:00.",
        ("Radiology Services Manager", "PACS downtime", "06:00–08:00", "confidential"),
    ),
    (
        "uk12",
        "en",
        "Findings: On the outside study (⟦INSTITUTION:InHealth⟧ mobile unit, ⟦DATE:12.08.2024⟧) the Morton neuroma between the 3rd and "
        "4th metatarsal heads measured 7 mm; today 9 mm. Plantar fascia normal. Reported by ⟦PERSON:Gareth Pritchard-Jones⟧, "
        "Reporting Radiographer.",
        ("outside study", "Morton neuroma", "4th metatarsal heads", "7 mm", "Plantar fascia", "Reporting Radiographer"),
    ),
    (
        "uk13",
        "en",
        "Safeguarding note: child ⟦PERSON:Kayden Roberts⟧ (DOB ⟦DATE:17/01/2022⟧) skeletal survey. Metaphyseal corner fracture distal "
        "left tibia. Discussed with Dr ⟦PERSON:Olumide Bakare⟧, paediatric consultant, and social worker ⟦PERSON:Jan Kowalski⟧. "
        "Mother, ⟦PERSON:Chelsea Roberts⟧, informed.",
        (
            "Safeguarding note",
            "skeletal survey",
            "Metaphyseal corner fracture",
            "distal left tibia",
            "paediatric consultant",
            "social worker",
        ),
    ),
    (
        "uk14",
        "en",
        "Referral from ⟦INSTITUTION:Llandough⟧ Breast Unit. Patient ⟦PERSON:Gwenllian Rees⟧, hospital no. ⟦ID:C112847⟧, "
        "address ⟦ADDRESS:5 Heol y Felin, Caerphilly CF83 1AB⟧. Mammogram M4, US U5, core biopsy B5b. Her2 pending. "
        "Sentinel node biopsy planned.",
        ("Breast Unit", "Mammogram M4", "US U5", "core biopsy B5b", "Her2 pending", "Sentinel node biopsy"),
    ),
    (
        "uk15",
        "en",
        "Phone call from Mr ⟦PERSON:Callum Baxter⟧, carer of Mr ⟦PERSON:Leonard Gibbs⟧ (⟦AGE:101⟧), regarding DEXA result. T-score -3.1 "
        "at the femoral neck, FRAX 10-year risk 28 %. Alendronic acid advised via GP. Call back on ⟦PHONE:01227 766 877⟧ after 15:00.",
        ("DEXA", "T-score -3.1", "femoral neck", "FRAX", "Alendronic acid", "15:00"),
    ),
    (
        "uk16",
        "en",
        "Please see the report on ⟦URL:https://pacs.esht.nhs.uk/report/view?acc=E24-77812⟧. Patient ⟦PERSON:Agnieszka Wiśniewska⟧, "
        "seen at ⟦INSTITUTION:Conquest⟧ A&E on Sat ⟦DATE:9th Nov⟧. Lisfranc injury with 3 mm diastasis; weight-bearing views advised. "
        "Fracture clinic (Mr ⟦PERSON:Hastings⟧).",
        ("Lisfranc injury", "3 mm diastasis", "weight-bearing views", "Fracture clinic", "A&E"),
    ),
    (
        "uk17",
        "en",
        "IR list ⟦DATE:19/11/2024⟧ – Theatre 3\n09:00 ⟦PERSON:Campbell-Reid, Ainsley⟧ – PICC line, Hickman removal\n"
        "10:30 ⟦PERSON:Mensah, Kwabena⟧ (MRN ⟦ID:H0882147⟧) – TIPSS review, Budd-Chiari\n13:00 ⟦PERSON:Ferreira, Inês⟧ – uterine fibroid embolisation\n"
        "Nurse in charge: ⟦PERSON:Ruth Galloway⟧, ext ⟦PHONE:2718⟧",
        (
            "Theatre 3",
            "09:00",
            "PICC line",
            "Hickman removal",
            "TIPSS review",
            "Budd-Chiari",
            "uterine fibroid embolisation",
        ),
    ),
    (
        "uk18",
        "en",
        "Dear Colleague,\nRe: ⟦PERSON:Bartholomew Kingsley⟧, aged ⟦AGE:93⟧, of ⟦ADDRESS:Flat 2, 17 Marine Parade, Whitby YO21 3PR⟧\n"
        "Barium swallow: a Zenker's diverticulum measuring 3 cm with aspiration. SALT review requested. Copy to ⟦INSTITUTION:Whitby Group Practice⟧ "
        "and to ⟦INSTITUTION:James Cook⟧ ENT.",
        ("Dear Colleague", "Barium swallow", "Zenker's diverticulum", "3 cm", "SALT review", "ENT"),
    ),
    (
        "uk19",
        "en",
        "Insurance: ⟦PERSON:Hamish Drummond⟧, policy no. ⟦ID:BUPA-88311-4027⟧, pre-authorisation ⟦ID:AUTH 7719204⟧ for MRI shoulder (left). "
        "Self-pay excess noted. Study performed at ⟦INSTITUTION:Nuffield Health Edinburgh⟧ on ⟦DATE:the 4th of November⟧; supraspinatus "
        "full-thickness tear 14 mm, Goutallier grade 1.",
        ("MRI shoulder (left)", "Self-pay excess", "supraspinatus", "full-thickness tear 14 mm", "Goutallier grade 1"),
    ),
    (
        "us01",
        "en",
        "PATIENT: ⟦PERSON:DELACRUZ, ROSALINDA M⟧   MRN: ⟦ID:00784412⟧   DOB: ⟦DATE:02/19/1956⟧   ACC#: ⟦ID:CT24-0098172⟧\n"
        "EXAM: CT ABDOMEN PELVIS W CONTRAST   DATE: ⟦DATE:10/30/2024⟧ 11:52\nORDERING: ⟦PERSON:PATEL, VIKRAM⟧ MD\n"
        "IMPRESSION: Acute uncomplicated appendicitis, 11 mm appendix with periappendiceal stranding. Alvarado score 8.",
        (
            "CT ABDOMEN PELVIS W CONTRAST",
            "11:52",
            "Acute uncomplicated appendicitis",
            "11 mm appendix",
            "Alvarado score 8",
        ),
    ),
    (
        "us02",
        "en",
        "Critical result called to ⟦PERSON:Jessica Thornburg⟧, RN, at 21:36 on ⟦DATE:November 2nd, 2024⟧, read back confirmed. "
        "Tension pneumothorax on the left with mediastinal shift. Patient ⟦PERSON:Darnell Washington⟧, ED bay 12. "
        "Attending Dr. ⟦PERSON:Luis Echeverría⟧ notified via pager ⟦PHONE:(415) 555-0187⟧.",
        ("Critical result", "21:36", "read back confirmed", "Tension pneumothorax", "mediastinal shift", "ED bay 12"),
    ),
    (
        "us03",
        "en",
        "Comparison: Outside MRI brain from ⟦INSTITUTION:Sunset Ridge Imaging⟧ dated ⟦DATE:3/2023⟧ (images uploaded via PowerShare). "
        "Multiple periventricular lesions including Dawson fingers, two new since prior; McDonald 2017 criteria met. "
        "Referred by ⟦PERSON:Kimberly Nakamura⟧, PA-C, ⟦INSTITUTION:Northside Neurology Associates⟧.",
        ("PowerShare", "periventricular lesions", "Dawson fingers", "McDonald 2017 criteria", "PA-C"),
    ),
    (
        "us04",
        "en",
        "Member: ⟦PERSON:Orlando Figueroa-Santos⟧   Medicare ID: ⟦ID:3WK7-FD2-RT41⟧\nPrior authorization #⟦ID:PA5518392⟧ approved for "
        "MRI lumbar spine w/o contrast (CPT 72148), valid through ⟦DATE:12/31/2024⟧. Servicing provider: ⟦INSTITUTION:Lakeshore Open MRI⟧, "
        "NPI ⟦ID:1538294470⟧.",
        ("Prior authorization", "MRI lumbar spine w/o contrast", "CPT 72148", "Servicing provider"),
    ),
    (
        "us05",
        "en",
        "Mrs. ⟦PERSON:Eleanor Whitfield⟧ is a ⟦AGE:92⟧-year-old resident of ⟦INSTITUTION:Magnolia Gardens Assisted Living⟧ "
        "(⟦ADDRESS:2210 Old Post Rd, Bryan, TX 77803⟧). Her daughter ⟦PERSON:Carol Whitfield-Moss⟧ (⟦PHONE:979-555-0136⟧) is the healthcare proxy. "
        "Chest radiograph: Kerley B lines, small bilateral effusions, cardiomegaly.",
        ("Kerley B lines", "bilateral effusions", "cardiomegaly", "healthcare proxy", "Chest radiograph"),
    ),
    (
        "us06",
        "en",
        "Tumor board Tuesday, ⟦DATE:Oct 22⟧ – ⟦PERSON:Tran, Minh Duc⟧, 64M, hepatocellular carcinoma in segment 8, 3.1 cm, LR-5, "
        "within Milan criteria. AFP 212. Plan: Y-90 radioembolization with Dr. ⟦PERSON:Ahmadi⟧ (IR). Transplant hepatology at "
        "⟦INSTITUTION:UCSF⟧ to see him.",
        ("hepatocellular carcinoma", "segment 8", "LR-5", "Milan criteria", "AFP 212", "Y-90 radioembolization", "64M"),
    ),
    (
        "us07",
        "en",
        "MRN|Last|First|DOB|Exam|Scheduled|Phone\n⟦ID:5520918⟧|⟦PERSON:Okafor⟧|⟦PERSON:Chinedu⟧|⟦DATE:1974-05-11⟧|US RUQ|07:15|⟦PHONE:312-555-0102⟧\n"
        "⟦ID:5521377⟧|⟦PERSON:Lindgren⟧|⟦PERSON:Astrid⟧|⟦DATE:1949-08-30⟧|DXA hip/spine|07:45|⟦PHONE:312-555-0175⟧",
        ("US RUQ", "07:15", "DXA hip/spine", "07:45", "Scheduled"),
    ),
    (
        "us08",
        "en",
        "ADDENDUM: After discussion with ⟦PERSON:Brandon Hale⟧ (orthopedics resident, ext. ⟦PHONE:6602⟧), note that the fifth metatarsal fracture "
        "is a Jones fracture (zone 2), not a pseudo-Jones avulsion. Nonweightbearing advised. Electronically signed by ⟦PERSON:Naomi Greenberg⟧, MD "
        "on ⟦DATE:10/28/2024⟧ 4:12 PM.",
        ("ADDENDUM", "fifth metatarsal fracture", "Jones fracture", "zone 2", "pseudo-Jones avulsion", "4:12 PM"),
    ),
    (
        "us09",
        "en",
        "Dear Ms. ⟦PERSON:Abernathy⟧:\nThis letter confirms your screening mammogram on Wednesday, ⟦DATE:December 11⟧ at 9:20 a.m. at the "
        "⟦INSTITUTION:Women's Imaging Center at Bayfront⟧, ⟦ADDRESS:701 6th St S, Suite 210, St. Petersburg, FL 33701⟧. "
        "Questions: ⟦PHONE:(727) 555-0149⟧ or ⟦EMAIL:scheduling@bayfrontwic.org⟧.",
        ("screening mammogram", "9:20 a.m."),
    ),
    (
        "us10",
        "en",
        "⟦INSTITUTION:VA Palo Alto HCS⟧ – Radiology\nVeteran: ⟦PERSON:Raymond Kealoha⟧  ICN ⟦ID:1012845573V441209⟧  SSN xxx-xx-⟦ID:4417⟧\n"
        "Exam ⟦DATE:08-NOV-2024⟧: CT chest low dose lung cancer screening, Lung-RADS 2. Agent Orange exposure noted. "
        "Next screen in 12 months.",
        ("Radiology", "CT chest low dose", "lung cancer screening", "Lung-RADS 2", "Agent Orange", "12 months"),
    ),
    (
        "us11",
        "en",
        "Patient ⟦PERSON:Aaliyah Brooks⟧, 16 y/o, brought in by her grandmother ⟦PERSON:Loretta Brooks⟧ (legal guardian). "
        "MRI right knee: osteochondritis dissecans lateral femoral condyle, stable, Hefti stage 2. Cleared for Little League? No – "
        "follow-up in clinic with Dr. ⟦PERSON:Whitaker⟧ on ⟦DATE:January 8th⟧.",
        (
            "16 y/o",
            "legal guardian",
            "osteochondritis dissecans",
            "lateral femoral condyle",
            "Hefti stage 2",
            "Little League",
        ),
    ),
    (
        "us12",
        "en",
        "From: ⟦PERSON:Dana Kowalski⟧ <⟦EMAIL:dkowalski@mercyhealthsystem.org⟧>\nSent: Fri ⟦DATE:11/15/2024⟧ 3:07 PM\n"
        "Subject: outside CD – ⟦PERSON:Hernandez⟧\nHi team, the CD from ⟦INSTITUTION:Advanced Radiology of Rockford⟧ is loaded into PACS under "
        "accession ⟦ID:OUT-24-55102⟧. Study is a CTA head/neck from ⟦DATE:October 3rd⟧.",
        ("3:07 PM", "outside CD", "PACS", "CTA head/neck", "Hi team"),
    ),
    (
        "us13",
        "en",
        "Findings: Sclerotic lesion in the right iliac bone, 14 mm, with a Brodie abscess configuration; Charcot arthropathy of the midfoot "
        "unchanged since ⟦DATE:2/14/23⟧. Patient lives at ⟦ADDRESS:418 Juniper Ln, Flagstaff, AZ 86001⟧. Valley fever serology negative. "
        "Dictated by ⟦PERSON:Samuel Yazzie⟧, MD",
        (
            "Sclerotic lesion",
            "right iliac bone",
            "Brodie abscess",
            "Charcot arthropathy",
            "midfoot",
            "Valley fever serology",
        ),
    ),
    (
        "us14",
        "en",
        "cc: ⟦PERSON:Rebecca Stein⟧, MD – ⟦INSTITUTION:Hillcrest Family Medicine⟧, fax ⟦PHONE:402-555-0163⟧\n    "
        "⟦PERSON:Thomas O'Malley⟧, DO – Pulmonology\nCTA chest: Hampton hump and Westermark sign right lower lobe, consistent with "
        "pulmonary infarct. Wells score 6.",
        ("Pulmonology", "CTA chest", "Hampton hump", "Westermark sign", "pulmonary infarct", "Wells score 6"),
    ),
    (
        "us15",
        "en",
        "Phone note: spoke with ⟦PERSON:Gloria Estrada⟧ (patient's wife) at ⟦PHONE:555-0121⟧ regarding rescheduling the PET/CT; patient "
        "⟦PERSON:Miguel Estrada⟧ is now at ⟦INSTITUTION:St. Brendan's Rehab⟧ in ⟦ADDRESS:Green Bay⟧. Deauville 3 on the interim scan, "
        "Ann Arbor stage IIA.",
        ("Phone note", "PET/CT", "Deauville 3", "interim scan", "Ann Arbor stage IIA"),
    ),
    (
        "us16",
        "en",
        "Ultrasound thyroid ⟦DATE:2024-10-07⟧, Ordering: ⟦PERSON:Li, Xiaoyan⟧ NP, ⟦INSTITUTION:Cedar Valley Endocrine⟧. "
        "Right lobe nodule 1.8 cm, TR4 per ACR TI-RADS; FNA recommended. Graves disease history, on methimazole. "
        "Portal: ⟦URL:mychart.cedarvalleyhealth.org⟧",
        ("Ultrasound thyroid", "Right lobe nodule 1.8 cm", "ACR TI-RADS", "FNA", "Graves disease", "methimazole"),
    ),
    (
        "us17",
        "en",
        "(0010,0010) PN [⟦PERSON:BEAUCHAMP^DESMOND^R⟧]\n(0010,0030) DA [⟦DATE:19410305⟧]\n(0008,0050) SH [⟦ID:A77120934⟧]\n"
        "(0008,0080) LO [⟦INSTITUTION:MERCY ST VINCENT TOLEDO⟧]\n(0018,1030) LO [BRAIN WO GAD SAG T1 MPRAGE]\n(0018,0087) DS [1.5]\n"
        "(0008,1090) LO [Optima MR450w]",
        ("BRAIN WO GAD", "SAG T1 MPRAGE", "Optima MR450w", "(0018,1030)", "DS [1.5]"),
    ),
    (
        "us18",
        "en",
        "Hospital course: Mr. ⟦PERSON:Wilson⟧ presented on ⟦DATE:Sept. 27⟧ with hematemesis. CT showed no Boerhaave perforation; "
        "EGD confirmed a Mallory-Weiss tear. Wilson disease workup (ceruloplasmin) negative. Discharged to his sister ⟦PERSON:Patrice Wilson⟧ "
        "in ⟦ADDRESS:Gary, IN⟧. Follow-up with ⟦INSTITUTION:Methodist GI⟧ in 2 weeks.",
        (
            "Hospital course",
            "Boerhaave perforation",
            "Mallory-Weiss tear",
            "Wilson disease workup",
            "ceruloplasmin",
            "2 weeks",
        ),
    ),
    (
        "us19",
        "en",
        "Electronically signed: ⟦PERSON:Priyanka Venkataraman⟧, MD, Diagnostic Radiology, ⟦INSTITUTION:Riverbend Radiology Partners⟧\n"
        "⟦ADDRESS:9600 Gross Point Rd, Skokie, IL 60076⟧ | Tel ⟦PHONE:847-555-0110⟧ x⟦PHONE:318⟧ | Fax ⟦PHONE:847-555-0111⟧\n"
        "Signed ⟦DATE:11/19/2024⟧ 06:58 CST. Transcribed by PowerScribe 360.",
        ("Diagnostic Radiology", "06:58 CST", "PowerScribe 360", "Electronically signed"),
    ),
)

EXCERPTS: list[Excerpt] = build_excerpts(_RAW)
