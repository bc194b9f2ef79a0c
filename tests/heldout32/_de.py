# ruff: noqa: E501
"""Held-out 32, Germany: 16 German excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

DE: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "de-01",
        "de",
        """Lehrfallsammlung Radiologie – Export vom ⟦DATE:14.03.2025⟧, 09:12 Uhr
Titel: Morbus Ormond mit Ummauerung beider Ureteren
Mit freundlicher Genehmigung von PD Dr. ⟦PERSON:Henrike Voß⟧, ⟦INSTITUTION:Klinikum Bayreuth⟧
Quellbefund (vor Freigabe entfernen!): Acc.-Nr. ⟦ID:BT25031187⟧, Pat. ⟦PERSON:Pöhlmann, Gerd⟧, geb. ⟦DATE:02.11.1958⟧
Befund: Periaortale Weichteilmanschette von L3 bis L5, in T2w mäßig hyperintens, in der DWI ohne
Diffusionsrestriktion. Hydronephrose Grad II rechts, DJ-Katheter links liegend.
Lernziel: Abgrenzung gegenüber Lymphom (Lugano) und IgG4-assoziierter Erkrankung.
Hochgeladen von ⟦PERSON:hvoss⟧, freigegeben von ⟦PERSON:mkrause2⟧.""",
        ("Morbus Ormond", "09:12", "L3", "T2w", "DWI", "Hydronephrose", "DJ-Katheter", "Lugano", "IgG4"),
    ),
    (
        "de-02",
        "de",
        """Fallbericht – Manuskriptentwurf, Version 3 (Einreichung RöFo geplant)
Autoren: ⟦PERSON:Jonas Brenninger⟧¹, ⟦PERSON:Miriam Tanrıverdi⟧¹, ⟦PERSON:Klaus-Dieter Sauer⟧²
¹ Institut für Diagnostische und Interventionelle Radiologie, ⟦INSTITUTION:Universitätsklinikum Würzburg⟧
² ⟦INSTITUTION:Radiologie am Dom⟧, ⟦ADDRESS:Bamberg⟧
Korrespondenz: Dr. med. ⟦PERSON:J. Brenninger⟧, ⟦ADDRESS:Oberdürrbacher Str. 6, 97080 Würzburg⟧, ⟦EMAIL:brenninger_j@ukw.de⟧
Einleitung: Das Kasabach-Merritt-Phänomen tritt bei kaposiformen Hämangioendotheliomen auf.
Fall: Ein 34-jähriger Mann stellte sich 2023 mit Thrombozytopenie vor; die MRT zeigte eine
infiltrierende Raumforderung des M. vastus lateralis.
Kommentar Koautor: Bitte in Abb. 2 das Untersuchungsdatum ⟦DATE:17.05.2023⟧ und die Initialen ⟦PERSON:R. K.⟧ schwärzen.""",
        ("RöFo", "Kasabach-Merritt", "34-jähriger", "2023", "Thrombozytopenie", "M. vastus lateralis", "Abb. 2"),
    ),
    (
        "de-03",
        "de",
        """Rotationsbeurteilung Weiterbildung (Neuroradiologie, 3 Monate)
Weiterbildungsassistent/in: ⟦PERSON:Lea-Sophie Hartwig⟧, Personalnr. ⟦ID:0047731⟧
Beurteiler: Prof. Dr. ⟦PERSON:Matthias Ringler⟧ (Oberarzt Neuroradiologie)
Zeitraum: ⟦DATE:01.10.2024⟧ – ⟦DATE:31.12.2024⟧
Frau ⟦PERSON:Hartwig⟧ befundete selbstständig CT-Angiographien bei Schlaganfallverdacht (ASPECTS,
Tandemokklusion) und nahm an 14 Thrombektomien teil. Schwächen bei Spinal-MRT (Modic-Veränderungen,
Schmorl-Knötchen). Ihr Kollege Dr. ⟦PERSON:Engel⟧ bestätigt die Angaben.
Rückfragen: Sekretariat Frau ⟦PERSON:Brandl⟧, Tel. ⟦PHONE:0941 944-7401⟧""",
        ("Neuroradiologie", "ASPECTS", "Tandemokklusion", "Thrombektomien", "Modic", "Schmorl", "3 Monate"),
    ),
    (
        "de-04",
        "de",
        """Forschungs-PACS – Pseudonymisierungsprotokoll (Studie NAKO-Bildgebung Substudie Leber)
Lauf ⟦DATE:2025-02-19⟧T22:41:07 | Knoten RES-GW2 | Operator ⟦PERSON:t.hoffmeister⟧
Quelle AET KLIN_PACS1 ⟦INSTITUTION:Uniklinik Köln⟧ -> Ziel AET RESEARCH_ANON
Eingang PatientName=⟦PERSON:KÜPPERS^ANNELIESE⟧ PatientID=⟦ID:20038815⟧ PatientBirthDate=⟦DATE:19490627⟧
Ausgang PatientName=SUBJ_0412 PatientID=SUBJ_0412 PatientBirthDate=(leer)
Warnung: Freitext in ImageComments nicht bereinigt: "Überweiser Dr. ⟦PERSON:Lohmar⟧, Rückruf ⟦PHONE:0221 478-3390⟧"
Serie 3 (T1 VIBE Dixon, Siemens MAGNETOM Vida) übertragen, 288 Bilder; InstitutionName ersetzt.""",
        (
            "ImageComments",
            "PatientBirthDate",
            "T1 VIBE Dixon",
            "MAGNETOM Vida",
            "288 Bilder",
            "InstitutionName",
            "Serie 3",
        ),
    ),
    (
        "de-05",
        "de",
        """Studienkoordination – Notiz (Studie LUNG-SCREEN-DE, Zentrum 07)
Tel. mit Teilnehmerin ⟦PERSON:Gisela Oberländer⟧ am ⟦DATE:3. Juni 2025⟧: Termin für das Low-Dose-CT
(Runde 2) verschoben, da Ehemann ⟦PERSON:Horst⟧ im Krankenhaus. Neue Erreichbarkeit mobil ⟦PHONE:0171 5523 908⟧.
Teilnehmernummer ⟦ID:LSD-07-0193⟧. Lung-RADS 2 in Runde 1, Brock-Score 4 %, Nodulus 5 mm im
Unterlappen rechts. Rückmeldung an Hausärztin Dr. ⟦PERSON:Pfeiffer⟧, ⟦INSTITUTION:Praxis am Markt⟧, ⟦ADDRESS:Goslar⟧.
Nächster Kontakt Montag, 10:00 Uhr. gez. ⟦PERSON:S. Yildiz⟧ (Study Nurse)""",
        ("Low-Dose-CT", "Lung-RADS 2", "Brock", "5 mm", "Unterlappen", "10:00 Uhr", "Runde 2"),
    ),
    (
        "de-06",
        "de",
        """Patientenportal – Nachricht an die Radiologie
Von: ⟦PERSON:Benedikt Rautenberg⟧ (Benutzer ⟦PERSON:b.rautenberg87⟧), gesendet ⟦DATE:22.04.2025⟧ 21:47
Betreff: Frage zum MRT-Befund Knie
"Guten Abend, im Befund steht 'Baker-Zyste' und 'Korbhenkelriss des Innenmeniskus'. Muss ich operiert
werden? Mein Orthopäde Dr. ⟦PERSON:Anders⟧ ist erst nächste Woche wieder da."
Antwort ⟦DATE:23.04.2025⟧: Sehr geehrter Herr ⟦PERSON:Rautenberg⟧, ein Korbhenkelriss wird meist arthroskopisch
versorgt; bitte besprechen Sie das mit Ihrem Orthopäden. Für Rückfragen: ⟦PHONE:0351 458-2210⟧.
Mit freundlichen Grüßen, Dr. ⟦PERSON:Carla Winter⟧, ⟦INSTITUTION:Radiologie Dresden-Neustadt⟧""",
        ("Baker-Zyste", "Korbhenkelriss", "Innenmeniskus", "Orthopäde", "arthroskopisch", "21:47", "MRT-Befund"),
    ),
    (
        "de-07",
        "de",
        """Zweitmeinung – Auslandspatient (Vermittlung über ⟦INSTITUTION:MedTravel Gulf GmbH⟧, ⟦ADDRESS:Düsseldorf⟧)
Patient: ⟦PERSON:Al-Mansouri, Khalid Saeed⟧, geb. ⟦DATE:12.09.1971⟧, Reisepass ⟦ID:P4418273⟧ (VAE)
Vorbefund: ⟦INSTITUTION:Cleveland Clinic Abu Dhabi⟧, CT Thorax vom ⟦DATE:28 Feb 2025⟧, beglaubigte Übersetzung
aus dem Arabischen durch Frau ⟦PERSON:Rania Haddad⟧ (Dolmetscherin).
Beurteilung: Milchglasherde in beiden Oberlappen, kein Halo-Zeichen, Fleischner-Empfehlung: Kontrolle in 6 Monaten.
Koordination: Herr ⟦PERSON:Omar⟧ (Sohn), WhatsApp ⟦PHONE:+971 50 712 4490⟧.""",
        ("Milchglasherde", "Oberlappen", "Halo-Zeichen", "Fleischner", "6 Monaten", "Arabischen", "CT Thorax"),
    ),
    (
        "de-08",
        "de",
        """Telemedizin Schlaganfallnetz – Konsilprotokoll
Anfordernd: ⟦INSTITUTION:Kreiskrankenhaus Zwiesel⟧, Dr. ⟦PERSON:Ferdinand Graf⟧, Tel. ⟦PHONE:09922 99-0⟧
Patient: ⟦PERSON:Ederer, Maria⟧, ⟦AGE:91⟧ J., wohnhaft ⟦ADDRESS:Lindberg⟧, Fall-Nr. ⟦ID:2025-004417⟧
Telekonsil ⟦DATE:08.01.2025⟧ 03:25 Uhr: natives CCT ohne Blutung, ASPECTS 9, CTA mit M1-Verschluss links,
Perfusion mit Mismatch. NIHSS 14. Empfehlung: Lyse mit Tenecteplase und Verlegung zur Thrombektomie.
Befundende Neuroradiologin: Dr. ⟦PERSON:Julia Hausmann⟧ (⟦INSTITUTION:Klinikum Passau⟧).
Video-Link: ⟦URL:https://tele.schlaganfall-ostbayern.de/session/8831-ZW⟧""",
        ("ASPECTS 9", "M1-Verschluss", "Mismatch", "NIHSS 14", "Tenecteplase", "Thrombektomie", "03:25 Uhr", "CCT"),
    ),
    (
        "de-09",
        "de",
        """Export Fitness-App (vom Patienten zur Sprechstunde mitgebracht, eingescannt)
Benutzer: ⟦PERSON:@ole_laeuft_hh⟧ | Gerät: Garmin Forerunner 265, Seriennr. ⟦ID:3XK019224⟧
Zeitraum ⟦DATE:01.05.2025⟧–⟦DATE:31.05.2025⟧, Ruhepuls 52/min, VO2max 51
Bemerkung Sportmedizin: Herr ⟦PERSON:Ole Petersen⟧, wohnhaft ⟦ADDRESS:Eppendorfer Weg 118, 20259 Hamburg⟧, klagt
über belastungsabhängige Leistenschmerzen; MRT Becken: Stressreaktion des Os pubis links, kein
Sportlerleistenbruch, Symphysitis. Trainer ⟦PERSON:Jens Kröger⟧ informiert (Einverständnis liegt vor).""",
        ("Garmin Forerunner 265", "VO2max", "Ruhepuls", "Os pubis", "Symphysitis", "MRT Becken", "52/min"),
    ),
    (
        "de-10",
        "de",
        """Radiologische Konferenz (Demonstration für Studierende) – Falldokument
Mit freundlicher Überlassung von Dr. ⟦PERSON:Tobias Kürten⟧ und ⟦PERSON:Ines Alpers⟧, ⟦INSTITUTION:Evangelisches Krankenhaus Bielefeld⟧
Diagnose: Morbus Perthes, Stadium nach Catterall III, Herring B; Kontrolle nach Salter-Osteotomie.
8-jähriger Junge, Röntgen Beckenübersicht und Lauenstein-Aufnahme.
Anm. des Tutors: Die Originalaufnahme trägt noch den Namen ⟦PERSON:Finn B.⟧ und das Datum ⟦DATE:06/2024⟧ im
Bild (Burned-in Annotation) – vor der Vorlesung am Montag unkenntlich machen!
Hörsaal 2, 14:15 Uhr.""",
        (
            "Morbus Perthes",
            "Catterall III",
            "Herring B",
            "Salter-Osteotomie",
            "8-jähriger",
            "Lauenstein",
            "14:15 Uhr",
            "Hörsaal 2",
        ),
    ),
    (
        "de-11",
        "de",
        """Befundbrief
⟦INSTITUTION:MVZ Radiologie Oberallgäu⟧ · ⟦ADDRESS:Bahnhofstraße 14 · 87527 Sonthofen⟧ · Fax ⟦PHONE:08321 6604-29⟧
Herrn Dr. med. ⟦PERSON:Wolfgang Sommer⟧, ⟦INSTITUTION:Hausarztpraxis Hindelang⟧
Patient: ⟦PERSON:Fink, Theresia⟧, geb. ⟦DATE:30.07.1934⟧ (⟦AGE:90⟧ J.), ⟦ADDRESS:Oberjoch⟧
Versichertennr. ⟦ID:K884512097⟧
MRT LWS vom ⟦DATE:11. Februar 2025⟧: Osteoporotische Sinterungsfraktur LWK 2 (Genant Grad 2),
Knochenmarködem in STIR, keine Hinterkantenbeteiligung. Empfehlung: Kyphoplastie erwägen.
Mit freundlichen Grüßen ⟦PERSON:R. Hagspiel⟧, Fachärztin für Radiologie""",
        (
            "Sinterungsfraktur",
            "LWK 2",
            "Genant Grad 2",
            "Knochenmarködem",
            "STIR",
            "Hinterkantenbeteiligung",
            "Kyphoplastie",
            "MRT LWS",
        ),
    ),
    (
        "de-12",
        "de",
        """Anonymisierungslog – Kongressbeitrag DRK (Posterupload)
Datei poster_final_v7.pptx, Prüfung durch ⟦PERSON:Nadine Ostrowski⟧ am ⟦DATE:2025-04-30⟧
Folie 4: Screenshot mit Fensterleiste „⟦PERSON:Lehmann, Rudolf⟧ * ⟦DATE:14.08.1962⟧ PID ⟦ID:7719302⟧“ – entfernt
Folie 6: DICOM-Overlay „⟦INSTITUTION:Helios Klinikum Erfurt⟧“ – entfernt
Folie 9: QR-Code verweist auf ⟦URL:https://pacs-viewer.example-klinik.de/share?study=1.2.276.0.7230010.3.1.4.8323329⟧ – entfernt
Verbleibend (unbedenklich): Dual-Energy-Iodmap, Gd-EOB-DTPA, hepatobiliäre Phase, LI-RADS 5, 27 mm.""",
        ("Folie 4", "DICOM-Overlay", "Dual-Energy", "Gd-EOB-DTPA", "hepatobiliäre Phase", "LI-RADS 5", "27 mm"),
    ),
    (
        "de-13",
        "de",
        """Weiterleitung Vorbefund – Medizintourismus (Russische Föderation)
Übersetzt von: ⟦PERSON:Swetlana Morosowa⟧, vereidigte Übersetzerin, ⟦ADDRESS:Leipzig⟧
Original: ⟦INSTITUTION:Городская клиническая больница № 52⟧ (⟦INSTITUTION:Stadtklinik Nr. 52 Moskau⟧)
Patientin: ⟦PERSON:Kusnezowa, Jelena Viktorowna⟧ (⟦PERSON:Кузнецова Елена Викторовна⟧), geb. ⟦DATE:05.03.1980⟧
SNILS ⟦ID:112-233-445 95⟧
MRT Mamma vom ⟦DATE:19.01.2025⟧: BI-RADS 4 rechts oben außen, 14 mm, Typ-III-Kurve.
Zweitbefundung: Dr. ⟦PERSON:Hanna Oelze⟧: bestätigt BI-RADS 4, Empfehlung MR-gestützte Vakuumbiopsie.""",
        ("BI-RADS 4", "14 mm", "Typ-III-Kurve", "Vakuumbiopsie", "MRT Mamma", "rechts oben außen", "Zweitbefundung"),
    ),
    (
        "de-14",
        "de",
        """Gerätemeldung / Medizinprodukt – Herzschrittmacher vor MRT
Patient ⟦PERSON:Dietmar Kuhlmann⟧, Fallnr. ⟦ID:50218843⟧, Station Kardiologie 3B
Aggregat: Medtronic Azure XT DR MRI SureScan, Seriennummer ⟦ID:RNB612904H⟧, implantiert ⟦DATE:März 2019⟧
Elektroden MRT-tauglich laut Ausweis; Umprogrammierung auf DOO durch Herrn ⟦PERSON:Ziegler⟧ (Kardiotechnik,
Piepser ⟦PHONE:4471⟧). Scan im 1,5-T-Gerät, SAR normal mode, B1+rms unter 2,0 µT.
Ansprechpartner Rufbereitschaft: ⟦PHONE:0511 532-0⟧, App. ⟦PHONE:3385⟧""",
        ("Azure XT DR", "SureScan", "DOO", "1,5-T", "B1+rms", "Kardiologie 3B", "SAR"),
    ),
    (
        "de-15",
        "de",
        """Pflegeheim-Röntgen (mobiles Röntgen, ländlicher Raum)
Einrichtung: ⟦INSTITUTION:Seniorenresidenz Am Unteruckersee⟧, ⟦ADDRESS:Seestraße 3, 17291 Prenzlau⟧
Bewohner: ⟦PERSON:Erich Buchholz⟧, ⟦AGE:96⟧ Jahre, Zimmer 12
Betreuerin: Frau ⟦PERSON:Kerstin Lange⟧ (Tochter), Tel. ⟦PHONE:03984 71 22 09⟧
Thorax a.p. im Bett ⟦DATE:09.12.2024⟧: Pleuraerguss rechts, Kerley-B-Linien, Herzschatten verbreitert.
Befundung per Teleradiologie: Dr. ⟦PERSON:Lange⟧, ⟦INSTITUTION:Teleradiologie Nordost⟧ (kein Verwandtschaftsverhältnis).""",
        ("Pleuraerguss", "Kerley-B-Linien", "Herzschatten", "Thorax a.p.", "Zimmer 12", "mobiles Röntgen"),
    ),
    (
        "de-16",
        "de",
        """Nachricht im Dienstchat (Klinik-Messenger)
[⟦DATE:17.06.2025⟧ 18:02] ⟦PERSON:Moritz⟧: Hast du den Fall von Frau ⟦PERSON:Adler⟧ aus der Notaufnahme gesehen? CT Abdomen,
Verdacht auf Mesenterialischämie, Zeichen der Pneumatosis intestinalis.
[18:05] Dr. ⟦PERSON:Sabine Krebs⟧: Ja, Portalvenengas auch. Chirurgie (Dr. ⟦PERSON:Hölzl⟧) ist informiert.
[18:06] ⟦PERSON:Moritz⟧: Soll ich den Fall für die Fortbildung am Donnerstag speichern? Zugang: ⟦URL:https://teaching.klinikum-nuernberg.de/case/44721⟧
[18:07] Dr. ⟦PERSON:Sabine Krebs⟧: Erst nach Anonymisierung. Melde dich bei ⟦EMAIL:pacs-admin@klinikum-nuernberg.de⟧.""",
        (
            "Mesenterialischämie",
            "Pneumatosis intestinalis",
            "Portalvenengas",
            "CT Abdomen",
            "Notaufnahme",
            "18:02",
            "Chirurgie",
            "Fortbildung",
        ),
    ),
)
