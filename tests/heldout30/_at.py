# ruff: noqa: E501
"""Held-out 30, Austria: marked excerpts (see deid_corpus.py for the conventions)."""

AT = (
    (
        "at01",
        "de",
        "⟦INSTITUTION:AKH Wien⟧ – Universitätsklinik für Radiologie und Nuklearmedizin\n"
        "Patient: ⟦PERSON:Hofbauer Leopold⟧, SVNR ⟦ID:1234 150362⟧, geb. ⟦DATE:15.03.1962⟧, Aufnahmezahl ⟦ID:25-0448712⟧\n"
        "Untersuchung: MRT Leber (Primovist) vom ⟦DATE:4. November 2025⟧\n"
        "Befund: Zirrhotische Leber, in Segment VIII eine 23 mm große Läsion mit arteriellem Hyperenhancement, Washout in "
        "der Portalphase und Kapsel → LI-RADS 5. Milz 14 cm. Keine Pfortaderthrombose. Milan-Kriterien erfüllt.\n"
        "Befundet: Ass. Dr. ⟦PERSON:Valentina Marić⟧ / vidiert: OA Dr. ⟦PERSON:Gerhard Stöckl⟧, Klappe ⟦PHONE:40170⟧",
        (
            "Primovist",
            "LI-RADS 5",
            "Milan-Kriterien",
            "Segment VIII",
            "Washout",
            "Portalphase",
            "Pfortaderthrombose",
            "14 cm",
            "Zirrhotische Leber",
            "23 mm",
        ),
    ),
    (
        "at02",
        "de",
        "Zuweisung zur bildgebenden Untersuchung – an: ⟦INSTITUTION:Diagnosezentrum Urfahr⟧\n"
        "Zuweisende: Dr. ⟦PERSON:Martina Aigner⟧, Ärztin für Allgemeinmedizin, ⟦ADDRESS:Hauptplatz 8, 4240 Freistadt⟧, "
        "Tel. ⟦PHONE:07942/72 3 18⟧, alle Kassen\n"
        "Patientin: ⟦PERSON:Katharina Leitner⟧, SVNR ⟦ID:3318 080694⟧, Tel. ⟦PHONE:0664 / 123 45 67⟧\n"
        "Klinische Angaben: seit 6 Wochen Schulterschmerz rechts, Impingement-Zeichen nach Neer und Hawkins positiv.\n"
        "Fragestellung: Rotatorenmanschettenruptur? Tendinosis calcarea?\n"
        "Erbetene Untersuchung: Sonographie Schulter + Röntgen Schulter a.p./axial\n"
        "Datum: ⟦DATE:3.11.2025⟧, Unterschrift/Stampiglie",
        (
            "Neer und Hawkins",
            "Tendinosis calcarea",
            "Rotatorenmanschettenruptur",
            "6 Wochen",
            "Stampiglie",
            "a.p./axial",
            "Sonographie Schulter",
            "Allgemeinmedizin",
            "Impingement-Zeichen",
        ),
    ),
    (
        "at03",
        "de",
        "Antrag auf chefärztliche Bewilligung – MRT\n"
        "Versicherungsträger: ÖGK Steiermark | Versicherter: ⟦PERSON:Pölzl, Herbert⟧ | VSNR ⟦ID:2716 240755⟧ | "
        "Anspruchsberechtigte: Ehefrau ⟦PERSON:Pölzl Maria⟧, VSNR ⟦ID:2209 110358⟧\n"
        "Untersuchung: MRT HWS; Indikation: zervikale Myelopathie? Lhermitte-Zeichen positiv, Spurling-Test negativ.\n"
        "Antragstellende Einrichtung: ⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧, Klinische Abteilung für Neuroradiologie, "
        "Sachbearbeiterin Fr. ⟦PERSON:Schaffer⟧, DW ⟦PHONE:82214⟧\n"
        "Bewilligt am ⟦DATE:05.11.2025⟧, Bewilligungsnummer ⟦ID:BW-ST-2025-441782⟧",
        (
            "Lhermitte-Zeichen",
            "Spurling-Test",
            "MRT HWS",
            "zervikale Myelopathie",
            "chefärztliche Bewilligung",
            "Neuroradiologie",
            "Klinische Abteilung für Neuroradiologie",
        ),
    ),
    (
        "at04",
        "de",
        "Diskrepanzkonferenz Radiologie, ⟦INSTITUTION:Klinik Floridsdorf⟧ – Sitzung vom ⟦DATE:6. 11. 2025⟧\n"
        "Fall 2 (vorgestellt von Ass. Dr. ⟦PERSON:Lukas Brandstätter⟧): Röntgen Handgelenk li. vom ⟦DATE:28.10.⟧ initial ohne "
        "Befund; CT nach 10 Tagen: Skaphoidfraktur im mittleren Drittel (Herbert B2). Ursache: Wahrnehmungsfehler, "
        "fehlende Stecher-Aufnahme. RADPEER 2a.\n"
        "Patient ⟦PERSON:Dominik⟧ (17 J.), Schüler; die Mutter, Fr. ⟦PERSON:Sandra Hafner⟧, hat über die "
        "Patientenanwaltschaft Beschwerde eingebracht, Akt ⟦ID:PA-W-2025/1187⟧.",
        (
            "Herbert B2",
            "Stecher-Aufnahme",
            "Skaphoidfraktur",
            "RADPEER 2a",
            "17 J.",
            "Wahrnehmungsfehler",
            "10 Tagen",
            "Patientenanwaltschaft",
            "Röntgen Handgelenk li.",
            "Diskrepanzkonferenz",
        ),
    ),
    (
        "at05",
        "de",
        "Meldung MR-Sicherheitsvorfall – ⟦INSTITUTION:Landesklinikum Baden-Mödling⟧, Institut für Radiologie\n"
        "Ereignis ⟦DATE:31.10.2025⟧, 22:40 Uhr, MRT 1 (Philips Ingenia 1.5T), Dienstrad: OA Dr. ⟦PERSON:Wimmer⟧\n"
        "Beschreibung: Sauerstoffflasche (Stahl) wurde vom Rettungssanitäter ⟦PERSON:Florian Gruber⟧ "
        "(⟦INSTITUTION:Rotes Kreuz Bezirksstelle Mödling⟧) bis Zone III mitgeführt und von RT ⟦PERSON:Aleksandra Jovanović⟧ "
        "gestoppt. Kein Personenschaden. Patient (Pat.-Nr. ⟦ID:0081133412⟧) noch nicht im Raum.\n"
        "Maßnahmen: Schulung, Beschilderung Zone III/IV nach ACR, ferromagnetischer Detektor.\n"
        "Sicherheitsbeauftragter: Ing. ⟦PERSON:Peter Haider⟧, ⟦EMAIL:peter.haider@moedling.lknoe.at⟧",
        (
            "Philips Ingenia 1.5T",
            "Zone III",
            "ACR",
            "22:40 Uhr",
            "Sauerstoffflasche",
            "Rettungssanitäter",
            "ferromagnetischer Detektor",
            "Dienstrad",
            "MRT 1",
            "Beschilderung Zone III/IV",
        ),
    ),
    (
        "at06",
        "de",
        "CT-Protokoll Polytrauma (Schockraum), ⟦DATE:02.11.2025⟧ 03:12\n"
        "Pat.: ⟦PERSON:Berisha, Arben⟧, Pat.-Nr. ⟦ID:0090012377⟧, Unfallort: ⟦ADDRESS:Gloggnitz⟧\n"
        "Scanner: Siemens SOMATOM Force, Ganzkörper-Trauma-Spirale, Arme hochgelagert, KM Iohexol (Omnipaque 350) 100 ml, "
        "Split-Bolus. DLP 2140 mGy·cm, CTDIvol 14,2 mGy.\n"
        "Schockraumleiter: OA Dr. ⟦PERSON:Stefan Leitgeb⟧; RT: ⟦PERSON:Melanie Strobl⟧, ⟦PERSON:Kevin Aschauer⟧ (Nachtdienst)\n"
        "Hinweis: Dosis-Alarm (DRW) überschritten, Dokumentation im Dosismanagement (DoseWatch).",
        (
            "SOMATOM Force",
            "Omnipaque 350",
            "Split-Bolus",
            "DLP 2140 mGy·cm",
            "CTDIvol 14,2 mGy",
            "DoseWatch",
            "Schockraum",
            "03:12",
            "Nachtdienst",
            "Ganzkörper-Trauma-Spirale",
            "Dosis-Alarm",
        ),
    ),
    (
        "at07",
        "de",
        "Kontrastmittelzwischenfall – Dokumentation gemäß Hausstandard\n"
        "Patientin ⟦PERSON:Theresia Moser⟧, ⟦AGE:94⟧ Jahre, aus dem ⟦INSTITUTION:Haus der Barmherzigkeit Seeböckgasse⟧\n"
        "Untersuchung: CT Abdomen biphasisch, Iodixanol (Visipaque 320). Nach 80 ml Übelkeit, Erbrechen, Flush; keine "
        "Hypotonie (RR 140/85). Reaktion leicht (ACR: mild). Therapie: Ondansetron 4 mg i.v., Beobachtung 30 min.\n"
        "Angehörige verständigt: Sohn ⟦PERSON:Wolfgang Moser⟧, ⟦PHONE:+43 676 841 22 07⟧.\n"
        "Eintrag in ELGA und Allergieausweis; Datum ⟦DATE:05.11.2025⟧, FÄ Dr. ⟦PERSON:Isabella Kern⟧",
        (
            "Visipaque 320",
            "Ondansetron 4 mg",
            "ACR: mild",
            "Flush",
            "30 min",
            "CT Abdomen biphasisch",
            "ELGA",
            "Allergieausweis",
            "Hypotonie",
            "Iodixanol",
        ),
    ),
    (
        "at08",
        "de",
        "Tumorboard Gastrointestinal – ⟦INSTITUTION:Landeskrankenhaus Innsbruck⟧ – ⟦DATE:Dienstag, 4.11.2025⟧\n"
        "Teilnehmer: Univ.-Prof. Dr. ⟦PERSON:Ofner⟧ (Chirurgie), Dr.ⁱⁿ ⟦PERSON:Amann⟧ (Onkologie), Dr. ⟦PERSON:Tschurtschenthaler⟧ "
        "(Radiologie), Dr. ⟦PERSON:Huber⟧ (Pathologie)\n"
        "Patient: ⟦PERSON:Kathrein, Alois⟧, geb. ⟦DATE:07.07.1950⟧; Zuweiser: Prim. Dr. ⟦PERSON:Walch⟧, ⟦INSTITUTION:BKH Schwaz⟧\n"
        "MRT Rektum: Tumor 6 cm ab ACL, mrT3c, EMVI positiv, MRF nicht infiltriert (Abstand 3 mm), mrN1.\n"
        "Empfehlung: TNT nach RAPIDO-Schema, danach TME. Wiedervorstellung in 12 Wochen.",
        (
            "mrT3c",
            "EMVI",
            "MRF",
            "RAPIDO-Schema",
            "TME",
            "ab ACL",
            "12 Wochen",
            "Pathologie",
            "mrN1",
            "Tumorboard Gastrointestinal",
            "Onkologie",
        ),
    ),
    (
        "at09",
        "de",
        "Protokoll Fehler- und Lernkonferenz Radiologie, ⟦INSTITUTION:Ordensklinikum Linz Barmherzige Schwestern⟧, "
        "⟦DATE:Oktober 2025⟧\n"
        "Fall 1: Verzögerte Diagnose einer Aortendissektion Stanford A (CT-Angio am ⟦DATE:12.10.⟧, Befund erst nach 3 h). "
        "Ursache: Worklist-Priorität „Routine“ statt „Notfall“ im RIS (Auftrag ⟦ID:OKL-25-77120⟧, Zuweisung Notaufnahme). "
        "Patientin ⟦AGE:96⟧-jährig, verstorben. Verbesserung: Pflichtfeld Priorität.\n"
        "Fall 2: Falsche Seitenangabe bei Röntgen Hüfte – Patient ⟦PERSON:Jakob Kronberger⟧; RT ⟦PERSON:Sarah Pühringer⟧ hat den "
        "Seitenmarker korrigiert.\n"
        "Vorsitz: Prim. Dr. ⟦PERSON:Ernst Hartl⟧",
        (
            "Stanford A",
            "CT-Angio",
            "Worklist-Priorität",
            "Pflichtfeld Priorität",
            "Seitenmarker",
            "nach 3 h",
            "Notaufnahme",
            "Röntgen Hüfte",
            "Aortendissektion",
        ),
    ),
    (
        "at10",
        "de",
        "Lehrfall-Export (MIRC)\n"
        "Lehrfall: Morbus Perthes vs. Meyer-Dysplasie – Kind ⟦PERSON:Elias Steinwender⟧ (6 J.), MRT Hüfte vom ⟦DATE:17.09.2025⟧, "
        "Pat.-ID ⟦ID:GRZ0071234⟧ (vor Veröffentlichung entfernen!)\n"
        "Befund: Kopfnekrose rechts, Catterall III, Herring B; Vergleich mit Röntgen vom ⟦DATE:03/2025⟧.\n"
        "Hochgeladen von ⟦PERSON:mhuemer⟧ über ⟦URL:https://teaching.medunigraz.at/mirc/query?id=58812⟧",
        (
            "Morbus Perthes",
            "Meyer-Dysplasie",
            "Catterall III",
            "Herring B",
            "6 J.",
            "Kopfnekrose",
            "MRT Hüfte",
            "Lehrfall-Export",
        ),
    ),
    (
        "at11",
        "de",
        "Qualitätssicherung Befundlaufzeiten – Zeitraum ⟦DATE:Oktober 2025⟧\n"
        "Auftrag\tAufnahmezahl\tPatient\tUntersuchung\tLaufzeit\tBefunder\n"
        "⟦ID:ORD-448120⟧\t⟦ID:25/104471⟧\t⟦PERSON:Wallner Anna⟧\tCT Thorax\t52 h\tOA Dr. ⟦PERSON:Rainer⟧\n"
        "⟦ID:ORD-448187⟧\t⟦ID:25/104502⟧\t⟦PERSON:Öztürk Elif⟧\tMRT Knie\t71 h\tDr. ⟦PERSON:Gstrein⟧\n"
        "erstellt vom Qualitätsmanagement (⟦PERSON:Christine Luger⟧), Tel. ⟦PHONE:05 0504-80331⟧",
        (
            "Befundlaufzeiten",
            "52 h",
            "71 h",
            "CT Thorax",
            "MRT Knie",
            "Qualitätsmanagement",
            "Laufzeit",
            "Qualitätssicherung",
        ),
    ),
    (
        "at12",
        "de",
        "Dr. ⟦PERSON:Gudrun Maierhofer⟧\n"
        "Fachärztin für Innere Medizin und Kardiologie\n"
        "⟦ADDRESS:Mariahilfer Straße 101/2/14, 1060 Wien⟧, Tel. ⟦PHONE:01/597 44 21⟧, Fax ⟦PHONE:01/597 44 21-22⟧\n\n"
        "Liebe Kollegin, lieber Kollege!\n"
        "Ich ersuche um ein Kardio-MRT bei Hrn. ⟦PERSON:Rudolf Swoboda⟧, geb. ⟦DATE:30.11.1979⟧, SVNR ⟦ID:4471 301179⟧. "
        "Belastungs-EKG unauffällig, Echokardiographie: septale Hypertrophie 17 mm, V. a. HCM, DD Morbus Fabry / Amyloidose. "
        "Bitte T1-Mapping und ECV. Vorbefunde in ELGA.\n"
        "Mit kollegialen Grüßen\n"
        "⟦ADDRESS:Wien⟧, am ⟦DATE:28. Oktober 2025⟧",
        (
            "Morbus Fabry",
            "T1-Mapping",
            "ECV",
            "HCM",
            "17 mm",
            "Amyloidose",
            "Belastungs-EKG",
            "Kardio-MRT",
            "Echokardiographie",
            "septale Hypertrophie",
        ),
    ),
    (
        "at13",
        "de",
        "Migrationsprotokoll PACS alt → neu (Lauf ⟦DATE:09.11.2025⟧)\n"
        "Zeile 4412: Patientin ⟦PERSON:Zach^Hildegard⟧, PID ⟦ID:KAG-00982133⟧ – 3 Studien ab 2011 übertragen, 1 Studie "
        "abgelehnt (Modalität OT, SOP Class Secondary Capture unbekannt)\n"
        "Zeile 4413: Merge PID ⟦ID:KAG-00982133⟧ ← ⟦ID:KAG-01120045⟧ (Dublette, Geburtsdatum ⟦DATE:12.12.1931⟧ identisch); "
        "freigegeben durch Mag. ⟦PERSON:Renate Kofler⟧\n"
        "Zeile 4414: StudyDescription 'Thorax pa liegend' normalisiert → 'Röntgen Thorax'",
        (
            "Secondary Capture",
            "StudyDescription",
            "Modalität OT",
            "Dublette",
            "ab 2011",
            "Röntgen Thorax",
            "Zeile 4414",
            "Migrationsprotokoll",
        ),
    ),
    (
        "at14",
        "de",
        "X-Ray Radiation Dose SR\n"
        "Person Observer Name: ⟦PERSON:Haas^Manuel⟧\n"
        "Device Observer: Siemens Luminos Agile Max, Institution Name: ⟦INSTITUTION:Krankenhaus der Barmherzigen Brüder Eisenstadt⟧\n"
        "Patient: ⟦PERSON:Horvath^Ilona⟧, ID ⟦ID:BBE77120⟧, Study Date ⟦DATE:20251103⟧\n"
        "Procedure: Durchleuchtung Ösophagus-Breischluck (Gastrografin), DAP total 4.12 Gy·cm², Fluoro Time 2:31 min, "
        "Acquisition Protocol: Oesophagus 3 fps",
        (
            "X-Ray Radiation Dose SR",
            "Luminos Agile Max",
            "Gastrografin",
            "DAP total",
            "Fluoro Time",
            "3 fps",
            "Person Observer Name",
            "Ösophagus-Breischluck",
            "Durchleuchtung",
        ),
    ),
    (
        "at15",
        "de",
        "Terminliste CT 2 – ⟦DATE:Freitag, 7. November 2025⟧ – ⟦INSTITUTION:Klinikum Klagenfurt am Wörthersee⟧\n"
        "08:00 ⟦PERSON:Petschnig Johann⟧, ⟦DATE:04.05.1944⟧, stat. (Pulmologie), CT Thorax HR, Bemerkung: O2-pflichtig\n"
        "08:20 ⟦PERSON:Kügerl Sabine⟧, ⟦DATE:22.01.1985⟧, amb., CT Nieren-Stein-Protokoll low dose, Tel. ⟦PHONE:0650 4411 823⟧\n"
        "08:40 ⟦PERSON:Smolnik Tadeusz⟧, ⟦DATE:11.03.1990⟧, amb., CT-gezielte PRT L5 rechts, Einverständnis über "
        "Dolmetscherin ⟦PERSON:Ewa Nowicka⟧\n"
        "Verantwortliche RT: ⟦PERSON:Julia Sternig⟧",
        (
            "CT Thorax HR",
            "O2-pflichtig",
            "PRT L5",
            "Nieren-Stein-Protokoll",
            "08:20",
            "Pulmologie",
            "Einverständnis",
            "Terminliste CT 2",
            "CT-gezielte PRT L5 rechts",
        ),
    ),
    (
        "at16",
        "de",
        "Kostenübernahme – stationärer Aufenthalt Sonderklasse\n"
        "Versicherer: UNIQA, Polizzennummer ⟦ID:4471-0098123-02⟧; versicherte Person: DI ⟦PERSON:Markus Edlinger⟧, geb. "
        "⟦DATE:19.08.1972⟧, ⟦ADDRESS:Schubertstraße 12, 5020 Salzburg⟧\n"
        "Krankenanstalt: ⟦INSTITUTION:Privatklinik Wehrle-Diakonissen⟧, Aufnahme ⟦DATE:10.11.2025⟧\n"
        "Leistungen Radiologie: Arthro-MRT Schulter mit Gadoterat, Röntgen Schulter in 2 Ebenen. Diagnose: S43.4, "
        "Bankart-Läsion, Hill-Sachs-Delle.\n"
        "Bearbeiterin: Frau ⟦PERSON:Lackner⟧, Tel. ⟦PHONE:050677-2231⟧",
        (
            "Bankart-Läsion",
            "Hill-Sachs-Delle",
            "Gadoterat",
            "S43.4",
            "Arthro-MRT",
            "Sonderklasse",
            "2 Ebenen",
            "Röntgen Schulter",
        ),
    ),
)
