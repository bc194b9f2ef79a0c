# ruff: noqa: E501
"""Held-out 29, Austria: marked excerpts (see deid_corpus.py for the conventions)."""

AT = (
    (
        "at01",
        "de",
        "Zuweisung aus dem Fürstentum Liechtenstein\n"
        "Zuweiser: Dr. med. ⟦PERSON:Egon Marxer⟧, ⟦INSTITUTION:Landesspital Vaduz⟧, Tel. ⟦PHONE:+423 235 44 11⟧\n"
        "Patient: ⟦PERSON:Büchel, Reto⟧, geb. ⟦DATE:22.05.1958⟧, wh. ⟦ADDRESS:Im Gässle 4, 9495 Triesen⟧, LI-AHV-Nr. ⟦ID:1.482.077⟧\n"
        "An: Institut für Nuklearmedizin am ⟦INSTITUTION:LKH Feldkirch⟧\n"
        "Fragestellung: 68Ga-DOTATOC-PET/CT zum Staging eines NET des Ileums (G2, Ki-67 6 %), Chromogranin A erhöht.\n"
        "Kostengutsprache der liechtensteinischen Krankenkasse liegt vor (Kassen-Nr. ⟦ID:LKV-2025-00911⟧).\n"
        "Befund: somatostatinrezeptorpositive Lebermetastasen (Krenning-Score 3), PRRT mit 177Lu-DOTATATE möglich.",
        (
            "68Ga-DOTATOC-PET/CT",
            "NET des Ileums",
            "Ki-67",
            "Chromogranin A",
            "Krenning-Score 3",
            "PRRT",
            "177Lu-DOTATATE",
            "Kostengutsprache",
            "Fürstentum Liechtenstein",
        ),
    ),
    (
        "at02",
        "de",
        "Überweisung aus Südtirol – ⟦INSTITUTION:Krankenhaus Brixen⟧, Abteilung Radiologie\n"
        "Pat.: ⟦PERSON:Oberhofer Anna Maria⟧, geb. ⟦DATE:3. Jänner 1947⟧, Steuernummer ⟦ID:BRHNMR47A43B160K⟧\n"
        "Wohnort: ⟦ADDRESS:Klausen⟧\n"
        "Zur Brachytherapie-Planung an die Univ.-Klinik für Strahlentherapie-Radioonkologie der ⟦INSTITUTION:Medizinischen Universität Innsbruck⟧: "
        "Zervixkarzinom FIGO IIB, MRT T2 nach 45 Gy EBRT: Resttumor 2,1 cm, Parametrien frei.\n"
        "Applikator: Venezia (Ring/Tandem mit interstitiellen Nadeln), Planung nach GEC-ESTRO, HR-CTV D90 Ziel ≥ 85 Gy EQD2.\n"
        "Rückfragen: Dr. ⟦PERSON:Martin Pircher⟧, ⟦EMAIL:martin.pircher@sabes.it⟧",
        (
            "Brachytherapie-Planung",
            "Zervixkarzinom FIGO IIB",
            "EBRT",
            "Parametrien",
            "Venezia",
            "GEC-ESTRO",
            "HR-CTV D90",
            "EQD2",
            "45 Gy",
        ),
    ),
    (
        "at03",
        "de",
        "Tumorboard Gynäkologie ⟦INSTITUTION:Ordensklinikum Linz Barmherzige Schwestern⟧, ⟦DATE:19.02.2025⟧, 14:00\n"
        "Anwesend: Prim. Dr. ⟦PERSON:Hackl⟧, OÄ Dr.ⁱⁿ ⟦PERSON:Leitner-Krenn⟧, Dr. ⟦PERSON:Sebastian Forstner⟧ (Radiologie), "
        "Mag. ⟦PERSON:Pöttinger⟧ (Psychoonkologie)\n"
        "Pat.: ⟦PERSON:Ecker, Theresia⟧, SVNR ⟦ID:3318 140952⟧\n"
        "Ovarialkarzinom, high-grade serös, FIGO IIIC; CT: Peritonealkarzinose mit PCI 14, Omental Cake, Aszites.\n"
        "Empfehlung: Neoadjuvante Chemotherapie (Carboplatin/Paclitaxel), Interval-Debulking nach 3 Zyklen; BRCA-Testung und HRD-Status anfordern.",
        (
            "Tumorboard Gynäkologie",
            "FIGO IIIC",
            "Peritonealkarzinose",
            "PCI 14",
            "Omental Cake",
            "Carboplatin/Paclitaxel",
            "Interval-Debulking",
            "HRD-Status",
            "Psychoonkologie",
            "14:00",
        ),
    ),
    (
        "at04",
        "de",
        "Radiojodtherapie – Entlassungsbefund\n"
        "Frau Ing. ⟦PERSON:Waltraud Gruber⟧, ⟦AGE:93⟧-jährig, Aufnahmezahl ⟦ID:25-004417⟧\n"
        "Aufnahme Bettenstation Nuklearmedizin am ⟦DATE:10.02.2025⟧, Entlassung ⟦DATE:13.02.2025⟧.\n"
        "Indikation: Morbus Basedow mit Rezidiv nach Thiamazol; Radiojodtest: Uptake 24 h 48 %, effektive HWZ 5,2 d.\n"
        "Therapieaktivität 555 MBq I-131 nach Marinelli-Formel, Zieldosis 250 Gy. Ortsdosisleistung bei Entlassung 12 µSv/h in 2 m.\n"
        "Kontrolle TSH/fT4 in 6 Wochen beim Hausarzt Dr. ⟦PERSON:Franz Aigner⟧, ⟦ADDRESS:Hauptplatz 9, 8430 Leibnitz⟧",
        (
            "Radiojodtherapie",
            "Morbus Basedow",
            "Thiamazol",
            "Radiojodtest",
            "Marinelli-Formel",
            "I-131",
            "555 MBq",
            "Ortsdosisleistung",
            "TSH/fT4",
            "Bettenstation Nuklearmedizin",
        ),
    ),
    (
        "at05",
        "de",
        "Genetische Beratung – ⟦INSTITUTION:Zentrum Medizinische Genetik Innsbruck⟧\n"
        "Indexpatient: ⟦PERSON:Thomas Winkler⟧, geb. ⟦DATE:07.09.1979⟧, Kolonkarzinom mit 38 J., MSI-high, MLH1-Verlust.\n"
        "Stammbaum: Vater ⟦PERSON:Josef Winkler⟧ (verst. 2011, Magenkarzinom mit 55), Schwester ⟦PERSON:Lisa Thaler⟧ geb. ⟦PERSON:Winkler⟧, "
        "Onkel väterlicherseits in ⟦ADDRESS:Bregenz⟧.\n"
        "Amsterdam-II-Kriterien erfüllt, revidierte Bethesda-Kriterien erfüllt; Verdacht auf Lynch-Syndrom (HNPCC).\n"
        "Empfehlung: Koloskopie jährlich ab 25 J. für Anlageträger, MRT-Enterographie nicht routinemäßig.",
        (
            "Stammbaum",
            "MSI-high",
            "MLH1-Verlust",
            "Amsterdam-II-Kriterien",
            "Bethesda-Kriterien",
            "Lynch-Syndrom",
            "HNPCC",
            "MRT-Enterographie",
            "Kolonkarzinom",
        ),
    ),
    (
        "at06",
        "de",
        "Kinderradiologie – ⟦INSTITUTION:St. Anna Kinderspital⟧\n"
        "Kind: ⟦PERSON:Elias Wilms⟧, 3 J. 4 Mo., geb. ⟦DATE:02.10.2021⟧\n"
        "Begleitung: Mutter ⟦PERSON:Sandra Wilms⟧ (Tel. ⟦PHONE:0664 3120847⟧) und Großmutter ⟦PERSON:Maria Köck⟧\n"
        "MRT Abdomen in Sedierung: Raumforderung rechte Niere 8,4 × 7,1 cm, Pseudokapsel, keine Tumorthrombose der V. renalis/V. cava; "
        "Bild passend zu Wilms-Tumor (Nephroblastom), DD mesoblastisches Nephrom unwahrscheinlich.\n"
        "Studienteilnahme UMBRELLA SIOP-RTSG 2016, Registrierung ⟦ID:AT-UMB-0213⟧.",
        (
            "Wilms-Tumor",
            "Nephroblastom",
            "Pseudokapsel",
            "V. renalis",
            "UMBRELLA SIOP-RTSG 2016",
            "3 J. 4 Mo.",
            "mesoblastisches Nephrom",
            "Sedierung",
        ),
    ),
    (
        "at07",
        "de",
        "Beschwerde an die ⟦INSTITUTION:Tiroler Patientenvertretung⟧\n"
        "Eingangsdatum: ⟦DATE:05.03.2025⟧, GZ ⟦ID:PV-0388/25⟧\n"
        "Beschwerdeführerin: ⟦PERSON:Renate Hörtnagl⟧, ⟦ADDRESS:Dorfstraße 18, 6166 Fulpmes⟧, ⟦EMAIL:r.hoertnagl@aon.at⟧\n"
        "Sachverhalt: Ihr Ehemann ⟦PERSON:Alois Hörtnagl⟧ habe nach der Stereotaxie (SBRT, 3 × 18 Gy) eines Lungenrundherdes 4 Monate "
        "auf das Kontroll-CT gewartet; der Befund von OA Dr. ⟦PERSON:Strolz⟧ sei nicht erklärt worden.\n"
        "Stellungnahme der Radioonkologie angefordert, Frist 14 Tage.",
        (
            "Beschwerde",
            "Stereotaxie",
            "SBRT",
            "3 × 18 Gy",
            "Lungenrundherdes",
            "Kontroll-CT",
            "Radioonkologie",
            "Frist 14 Tage",
        ),
    ),
    (
        "at08",
        "de",
        "ELGA-Befund (CDA Level 3, Auszug)\n"
        '<patient><name><prefix qualifier="AC">Mag.</prefix><given>⟦PERSON:Christoph⟧</given><family>⟦PERSON:Pichler⟧</family></name>\n'
        '<administrativeGenderCode code="M"/><birthTime value="⟦DATE:19660412⟧"/></patient>\n'
        '<id root="1.2.40.0.10.1.4.3.1" extension="⟦ID:1021 120466⟧" assigningAuthorityName="Österreichische Sozialversicherung"/>\n'
        '<representedOrganization><name>⟦INSTITUTION:Diagnosezentrum Urfahr⟧</name><telecom value="tel:⟦PHONE:+43.732.711150⟧"/></representedOrganization>\n'
        "<section><title>Befund</title><text>Mammographie und Tomosynthese: BI-RADS 2 beidseits, ACR-Dichte C.</text></section>",
        (
            "ELGA-Befund",
            "CDA Level 3",
            "administrativeGenderCode",
            "assigningAuthorityName",
            "representedOrganization",
            "Tomosynthese",
            "BI-RADS 2",
            "ACR-Dichte C",
        ),
    ),
    (
        "at09",
        "de",
        "Sonderklasse – Anfrage an die Zusatzversicherung\n"
        "Versicherte: KR ⟦PERSON:Helga Stadlmayr⟧, Polizzennummer ⟦ID:P-2209-7713348⟧\n"
        "Aufenthalt ⟦DATE:Feber 2025⟧, ⟦INSTITUTION:Privatklinik Döbling⟧: Radioembolisation (SIRT) mit Y-90-Glasmikrosphären "
        "(TheraSphere) bei hepatozellulärem Karzinom BCLC B; Mapping-Angiographie mit 99mTc-MAA, Lungenshunt 6 %.\n"
        "Partitionsmodell: Tumordosis 205 Gy, Normalleber 48 Gy.\n"
        "Ansprechpartner Abrechnung: Herr ⟦PERSON:Novotny⟧, DW ⟦PHONE:2318⟧",
        (
            "Sonderklasse",
            "Radioembolisation",
            "SIRT",
            "Y-90-Glasmikrosphären",
            "TheraSphere",
            "BCLC B",
            "99mTc-MAA",
            "Lungenshunt",
            "Partitionsmodell",
            "Zusatzversicherung",
        ),
    ),
    (
        "at10",
        "de",
        "Von: ⟦EMAIL:kathrin.lechner@kages.at⟧\n"
        "An: ⟦EMAIL:tumorboard.lkh-graz@kages.at⟧\n"
        "Datum: Mi., ⟦DATE:12. März 2025⟧ 16:21\n"
        "Betreff: Nachmeldung Tumorboard HNO Do.\n\n"
        "Bitte noch Herrn ⟦PERSON:Kurz⟧ (Aufnahmezahl ⟦ID:25-118930⟧) aufnehmen – Larynxkarzinom cT3 cN2c, PET-CT am Mo.; "
        "die Vorbefunde aus dem ⟦INSTITUTION:LKH Wolfsberg⟧ sind in ELGA.\n"
        "> Am ⟦DATE:11.03.⟧ schrieb ⟦PERSON:Lechner Kathrin⟧:\n> Anmeldeschluss ist Mittwoch 12 Uhr.\n"
        "LG, ⟦PERSON:Kathrin Lechner⟧, Tumordokumentation, Klappe ⟦PHONE:83112⟧",
        (
            "Tumorboard HNO",
            "Larynxkarzinom",
            "cT3 cN2c",
            "PET-CT",
            "Anmeldeschluss",
            "Tumordokumentation",
            "16:21",
            "ELGA",
        ),
    ),
    (
        "at11",
        "de",
        "Einverständniserklärung Forschung / Biobank (Scan)\n"
        "Ich, ⟦PERSON:Stefanie Brandstätter⟧, geb. ⟦DATE:14.11.1988⟧, stimme der Verwendung meiner pseudonymisierten Bilddaten (MRT Mamma, DWI, DCE) "
        "und Gewebeproben für das Projekt RADIOMAMMA (Ethikvotum EK 1432/2023) zu.\n"
        "Pseudonym: ⟦ID:RM-W-00582⟧\n"
        "⟦ADDRESS:Wels⟧, am ⟦DATE:21.01.2025⟧   Unterschrift: ⟦PERSON:S. Brandstätter⟧\n"
        "Aufklärende Ärztin: Dr.ⁱⁿ ⟦PERSON:Olivia Sturm⟧, ⟦INSTITUTION:Klinikum Wels-Grieskirchen⟧",
        (
            "Einverständniserklärung",
            "Biobank",
            "DWI",
            "DCE",
            "RADIOMAMMA",
            "Ethikvotum EK 1432/2023",
            "Gewebeproben",
            "pseudonymisierten",
        ),
    ),
    (
        "at12",
        "de",
        "Histologie-Übernahme in den Radiologie-Befund (Zytologie/Pathologie ⟦INSTITUTION:Kepler Universitätsklinikum⟧, E-Nr. ⟦ID:H25.07719⟧):\n"
        "Mamma links 2 Uhr, Hochdurchsatzbiopsie 14G: invasives Karzinom NST, G2, ER 90 %, PR 40 %, HER2 1+ (HER2-low), Ki-67 20 %.\n"
        "Korrelation mit MRT vom ⟦DATE:2025-02-27⟧: konkordant (B5b). Clip-Marker O-Twist in situ.\n"
        "Befundende Pathologin: Dr.ⁱⁿ ⟦PERSON:Eva Paget⟧; Radiologie: Dr. ⟦PERSON:Moritz Kaltenbrunner⟧.\n"
        "Kein Morbus Paget der Mamille.",
        (
            "Hochdurchsatzbiopsie 14G",
            "Karzinom NST",
            "HER2-low",
            "Ki-67",
            "B5b",
            "O-Twist",
            "Morbus Paget",
            "2 Uhr",
            "ER 90 %",
        ),
    ),
    (
        "at13",
        "de",
        "Terminbrief – Institut für Radioonkologie, ⟦INSTITUTION:Klinikum Klagenfurt am Wörthersee⟧\n"
        "Herrn Dipl.-Ing. ⟦PERSON:Günter Moser⟧\n⟦ADDRESS:Lerchenweg 22\n9020 Klagenfurt⟧\n"
        "Ihr CT zur Bestrahlungsplanung (Prostata, moderat hypofraktioniert 20 × 3 Gy, CHHiP-Schema) findet am "
        "Montag, ⟦DATE:24. März 2025⟧ um 10:45 statt. Bitte mit voller Blase (500 ml Wasser 45 min vorher) und leerem Rektum erscheinen. "
        "Die Goldmarker wurden am ⟦DATE:10.3.⟧ implantiert.\n"
        "Sekretariat: ⟦PHONE:0463 538-31201⟧",
        (
            "CT zur Bestrahlungsplanung",
            "hypofraktioniert",
            "20 × 3 Gy",
            "CHHiP-Schema",
            "10:45",
            "Goldmarker",
            "500 ml",
            "Rektum",
        ),
    ),
    (
        "at14",
        "de",
        "[OCR-Scan, schlecht lesbar] Betreff: Brustimplantat-Register / Rückruf\n"
        "Sehr geehrte Frau ⟦PERSON:Kraus-Huber⟧,\nlaut Implantatregister wurde Ihnen am ⟦DATE:O9.O6.2O16⟧ ein texturiertes Implantat "
        "(Allergan Natrelle 410, SN ⟦ID:18733O29⟧) eingesetzt. Wegen BIA-ALCL-Risiko empfehlen wir eine MRT mit Silikon-Sequenz (STIR-Wasserunterdrückung).\n"
        "Kein Hinweis auf Ruptur (Linguini-Zeichen negativ) – Befund ⟦DATE:2O25-O1-15⟧.\n"
        "Plastische Chirurgie ⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧ · ⟦ADDRESS:Auenbruggerplatz 29, 8O36 Graz⟧",
        (
            "Brustimplantat-Register",
            "Implantatregister",
            "Natrelle 410",
            "BIA-ALCL",
            "Silikon-Sequenz",
            "STIR",
            "Linguini-Zeichen",
            "Rückruf",
        ),
    ),
    (
        "at15",
        "de",
        "Vorarlberg – Zuweisung ans ⟦INSTITUTION:Kantonsspital St. Gallen⟧ (Protonen- und Radiochirurgie)\n"
        "Pat.: ⟦PERSON:Fink Manfred⟧, ⟦DATE:12.12.1960⟧, ⟦ADDRESS:Hard⟧, SVNR ⟦ID:4871 121260⟧\n"
        "Vestibularisschwannom links, Koos-Grad III, 19 × 15 mm, MRT CISS/FIESTA; Hörverlust 40 dB.\n"
        "Anfrage Gamma Knife / CyberKnife; Bewilligung ÖGK-Auslandsbehandlung beantragt am ⟦DATE:26.02.2025⟧.\n"
        "Zuweisender: Prim. Univ.-Doz. Dr. ⟦PERSON:Gernot Hämmerle⟧, ⟦INSTITUTION:LKH Feldkirch⟧, Fax ⟦PHONE:+43 5522 303-7550⟧",
        (
            "Vestibularisschwannom",
            "Koos-Grad III",
            "CISS/FIESTA",
            "Gamma Knife",
            "CyberKnife",
            "Auslandsbehandlung",
            "Radiochirurgie",
            "40 dB",
            "Vorarlberg",
        ),
    ),
    (
        "at16",
        "de",
        "Laborbefund (JSON aus dem KIS):\n"
        '{"pat":"⟦PERSON:Steiner^Johanna⟧","svnr":"⟦ID:2208 030375⟧","stat":"Onko-Tagesklinik",\n'
        '"probe":"⟦DATE:2025-03-11⟧ 07:15","arzt":"⟦PERSON:kh.reiter⟧",\n'
        '"befunde":{"Leukozyten":2.1,"Neutrophile":0.9,"Thrombozyten":88,"Hb":9.6,"LDH":412}}\n'
        "Hinweis Radiologie: bei Neutropenie Grad 3 (CTCAE v5.0) kein KM-CT verschieben; Rücksprache mit Tagesklinik-Ärztin Dr.ⁱⁿ ⟦PERSON:Huemer⟧.",
        (
            "Leukozyten",
            "Neutrophile",
            "Thrombozyten",
            "LDH",
            "Neutropenie Grad 3",
            "CTCAE v5.0",
            "Onko-Tagesklinik",
            "07:15",
            "KM-CT",
        ),
    ),
)
