"""Held-out 38, Austria: 16 German excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "at01",
        "de",
        "Studien-Screening ABCSG-42 – Zentrum ⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧\n"
        "Patientin ⟦PERSON:Hofer, Maria Theresia⟧, SVNR ⟦ID:2381 120365⟧, Randomisierungsnr. "
        "⟦ID:AT-GR-0217⟧\nMamma-MRT ⟦DATE:12. Jänner 2025⟧: Läsion 12 Uhr, 23 mm, BI-RADS 6, "
        "Kinetik Typ III. Prüfärztin: OÄ Dr.in ⟦PERSON:Petra Gruber⟧, Klappe ⟦PHONE:84417⟧"
        "\nStudienassistenz ⟦PERSON:Verena Kogler⟧, ⟦EMAIL:verena.kogler@medunigraz.at⟧",
        (
            "ABCSG-42",
            "Mamma-MRT",
            "12 Uhr",
            "23 mm",
            "BI-RADS 6",
            "Kinetik Typ III",
            "Prüfärztin",
            "Randomisierungsnr.",
        ),
    ),
    (
        "at02",
        "de",
        "Ethikkommission der Medizinischen Universität Wien, EK-Nr. 1873/2024 – Auflage 3:\n"
        "Die im Antrag genannte Beispielpatientin (Frau Ing. ⟦PERSON:Edith Pichler⟧) ist zu entfernen, "
        "ebenso die Anschrift ⟦ADDRESS:Gumpendorfer Stra&szlig;e 88/12, 1060 Wien⟧.\n"
        "Antragsteller: Assoc.-Prof. ⟦PERSON:Florian Leitner⟧, ⟦EMAIL:florian.leitner@meduniwien.ac.at⟧. "
        "Methodik: Bland-Altman, ICC (2,1), Fleiss' Kappa; Segmentierung mit ITK-SNAP."
        "\nPatientin wohnhaft in ⟦ADDRESS:Purkersdorf⟧; Vertrauensperson: "
        "Sohn ⟦PERSON:Harald Pichler⟧, ⟦PHONE:0676 3309182⟧",
        (
            "EK-Nr. 1873/2024",
            "Auflage 3",
            "Bland-Altman",
            "ICC (2,1)",
            "Fleiss' Kappa",
            "ITK-SNAP",
            "Beispielpatientin",
            "Methodik",
        ),
    ),
    (
        "at03",
        "de",
        "Tumorboard Gastrointestinal, ⟦INSTITUTION:Kepler Universitätsklinikum⟧, ⟦DATE:Di 18.02.2025⟧, "
        "14:30\nAnwesend: Prim. Univ.-Prof. ⟦PERSON:Moser⟧, OA ⟦PERSON:Huber⟧, Dr. ⟦PERSON:Lang⟧, "
        "DGKP ⟦PERSON:Wimmer⟧ (Case Managerin)\n⟦PERSON:Leopold Steiner⟧, 66 a: Klatskin-Tumor "
        "Bismuth-Corlette IIIa, MRCP; Gefäßinfiltration A. hepatica dextra fraglich."
        " Zuweiser: ⟦INSTITUTION:Klinikum Wels-Grieskirchen⟧, SVNR ⟦ID:4410 150658⟧.",
        (
            "Tumorboard Gastrointestinal",
            "14:30",
            "Case Managerin",
            "66 a",
            "Klatskin-Tumor",
            "Bismuth-Corlette IIIa",
            "MRCP",
            "A. hepatica dextra",
        ),
    ),
    (
        "at04",
        "de",
        "Peer Review / Zweitbefundung (Doppelbefundung Mammascreening)\n"
        "Fall ⟦ID:BKFP-00719384⟧, Teilnehmerin Mag. ⟦PERSON:Lang⟧ – Korrektur: ⟦PERSON:Lang⟧ ist der "
        "Nachname; Vorname ⟦PERSON:Susanne⟧. Erstbefunderin Dr.in ⟦PERSON:Stöger⟧ BI-RADS 2, "
        "Zweitbefunder Dr. ⟦PERSON:Aigner⟧ BI-RADS 4.\nKonsensus ⟦DATE:07.03.25⟧: Assessment, "
        "Tomosynthese, Vakuumbiopsie 9G."
        "\nAnschrift der Teilnehmerin: ⟦ADDRESS:Mariahilfer Gürtel 22/5, 1150 Wien⟧, Einladung vom "
        "⟦DATE:2. Jänner 2025⟧",
        (
            "Doppelbefundung",
            "Mammascreening",
            "BI-RADS 2",
            "BI-RADS 4",
            "Konsensus",
            "Assessment",
            "Tomosynthese",
            "Vakuumbiopsie 9G",
        ),
    ),
    (
        "at05",
        "de",
        "ELGA-Dokument (HTML-Export): &lt;b&gt;Patient:&lt;/b&gt; ⟦PERSON:J&ouml;rg Wei&szlig;⟧, "
        "geb. ⟦DATE:03.09.1957⟧, ⟦ADDRESS:Hauptplatz 3, 8010 Graz⟧<br>"
        "Befund CT Abdomen: Crohn-Befall terminales Ileum 15 cm, Comb-Sign, kein Abszess. "
        "MaRIA-Score nicht anwendbar (CT).<br>Vidiert: OA Dr. ⟦PERSON:Pölzl⟧"
        "<br>Kopie an: ⟦INSTITUTION:Ordination Dr. Hammer⟧, ⟦ADDRESS:Annenstra&szlig;e 14, 8020 Graz⟧",
        (
            "ELGA-Dokument",
            "CT Abdomen",
            "Crohn-Befall",
            "terminales Ileum",
            "15 cm",
            "Comb-Sign",
            "MaRIA-Score",
            "Vidiert",
        ),
    ),
    (
        "at06",
        "de",
        "Fallvorstellung Röntgenkongress Salzburg (ÖRG), Abstract #A-221:\n"
        '"Osgood-Schlatter vs. Sinding-Larsen-Johansson bei Skispringern" – Patient '
        "(⟦PERSON:Lukas Fuchs⟧, 14 J., ⟦ADDRESS:Bischofshofen⟧) ist durch Pfeil verdeckt? Nein, "
        "Name in Bildecke sichtbar – neu exportieren.\nKorrespondenz: Dr. ⟦PERSON:Eva-Maria Hinterleitner⟧, "
        "⟦EMAIL:e.hinterleitner@salk.at⟧"
        " Vater ⟦PERSON:Thomas Fuchs⟧ hat zugestimmt (⟦DATE:10.01.2025⟧).",
        (
            "Röntgenkongress Salzburg",
            "ÖRG",
            "Abstract #A-221",
            "Osgood-Schlatter",
            "Sinding-Larsen-Johansson",
            "Skispringern",
            "14 J.",
            "Bildecke",
        ),
    ),
    (
        "at07",
        "de",
        "Endoprothesenregister-Eintrag Knie: ⟦PERSON:Anton Brunner⟧, SVNR ⟦ID:1055 281048⟧, "
        "Operation ⟦DATE:2024-10-14⟧, ⟦INSTITUTION:Orthopädisches Spital Speising⟧.\n"
        "Röntgen 6 Wochen post-OP: Ahlbäck Grad 0 kontralateral, Insall-Salvati 1,1, kein Saum. "
        "Implantat: LCS Complete, Inlay 10 mm.\nBefunder: Dr. ⟦PERSON:Kurz⟧"
        " Rückfragen: ⟦EMAIL:register@oss.at⟧, DW ⟦PHONE:2217⟧.",
        (
            "Endoprothesenregister-Eintrag",
            "6 Wochen post-OP",
            "Ahlbäck Grad 0",
            "Insall-Salvati 1,1",
            "LCS Complete",
            "Inlay 10 mm",
            "kontralateral",
        ),
    ),
    (
        "at08",
        "de",
        "Datenanfrage Register Schlaganfall (Austrian Stroke Unit Registry): Ausnahme genehmigt\n"
        'Patient ⟦PERSON:Friedrich "Fritz" Haas⟧ (⟦AGE:91⟧ J.) hat der Verwendung des Fotos im '
        "Lehrbuch zugestimmt; Einverständnis vom ⟦DATE:4. Dezember 2024⟧, unterschrieben von Tochter "
        "⟦PERSON:Renate Haas-Berger⟧ (Erwachsenenvertreterin), Tel. ⟦PHONE:0664 2718339⟧.\n"
        "CT: ASPECTS 7, Hyperdense Media-Zeichen, NIHSS 14."
        " Aufnahme ⟦INSTITUTION:Klinikum Klagenfurt am Wörthersee⟧, Zahl ⟦ID:25-004417⟧.",
        (
            "Austrian Stroke Unit Registry",
            "Lehrbuch",
            "Erwachsenenvertreterin",
            "ASPECTS 7",
            "Hyperdense Media-Zeichen",
            "NIHSS 14",
            "Einverständnis",
        ),
    ),
    (
        "at09",
        "de",
        "Monitorbesuch (SDV) ⟦DATE:25.–26.02.2025⟧: Monitorin ⟦PERSON:Claudia Reiter⟧ "
        "(⟦EMAIL:claudia.reiter@parexel-partner.com⟧)\nQuelldaten-Abgleich Pat.-Nr. "
        "⟦ID:3309817⟧ ↔ Subject ⟦ID:040-003-011⟧: RANO-Kriterien, Baseline-MRT T1 KM "
        "Läsion 19 × 14 mm, FLAIR-Hyperintensität. Abweichung: Datum Baseline ⟦DATE:09.01.⟧ statt "
        "⟦DATE:10.01.⟧."
        "\nPrüfzentrum: ⟦INSTITUTION:Universitätsklinik für Neurologie Innsbruck⟧, Prüfarzt Dr. ⟦PERSON:Kofler⟧",
        (
            "Monitorbesuch",
            "SDV",
            "Quelldaten-Abgleich",
            "RANO-Kriterien",
            "Baseline-MRT",
            "T1 KM",
            "19 × 14 mm",
            "FLAIR-Hyperintensität",
        ),
    ),
    (
        "at10",
        "de",
        "Mortalitäts- und Morbiditätskonferenz Radiologie ⟦INSTITUTION:Klinik Ottakring⟧\n"
        "Diskrepanz: Übersehener Pancoast-Tumor (Thorax pa ⟦DATE:08/2023⟧), Diagnose erst CT "
        "⟦DATE:Feb. 2024⟧. Pat. ⟦PERSON:Horvath⟧ – Wohnsitz ⟦ADDRESS:Stockerau⟧. Horner-Syndrom "
        "retrospektiv dokumentiert.\nPräsentiert von Ass.-Ärztin Dr. ⟦PERSON:Nina Kovač⟧ (Piepser "
        "⟦PHONE:3512⟧)."
        " Bruder des Patienten: ⟦PERSON:Karl Horvath⟧, Tel. ⟦PHONE:02266 62 118⟧.",
        (
            "Mortalitäts- und Morbiditätskonferenz",
            "Diskrepanz",
            "Pancoast-Tumor",
            "Thorax pa",
            "Horner-Syndrom",
            "retrospektiv",
        ),
    ),
    (
        "at11",
        "de",
        'Lehrsammlung-Eintrag (Osirix/Horos-Export): Dateiname "⟦PERSON:Wallner⟧ '
        '⟦PERSON:Christine⟧ ⟦ID:KH4471223⟧.zip" → umbenennen in "Lehrfall_Morgagni_03".\n'
        "Inhalt: Morgagni-Hernie rechts parakardial mit Omentum, Bochdalek links ausgeschlossen. "
        "Herkunft ⟦INSTITUTION:Ordination Dr. Berger, Mödling⟧."
        "\nExportiert von ⟦PERSON:pmayr⟧ am ⟦DATE:2025-02-03⟧.",
        (
            "Lehrsammlung-Eintrag",
            "Osirix/Horos-Export",
            "Lehrfall_Morgagni_03",
            "Morgagni-Hernie",
            "parakardial",
            "Omentum",
            "Bochdalek",
        ),
    ),
    (
        "at12",
        "de",
        "Qualitätsbericht Strahlenschutz: Patientin ⟦PERSON:Elisabeth Pfeifer⟧, ⟦AGE:96⟧ J., "
        "Aufnahmezahl ⟦ID:2025-0044718⟧, CT-Angio Aorta (TAVI-Planung) ⟦DATE:11.02.2025⟧.\n"
        "DLP 1480 mGy·cm über DRW; Gerät Revolution Apex. Bearbeitet: RT ⟦PERSON:Markus⟧ / "
        "Medizinphysiker DI ⟦PERSON:Gerhard Rainer⟧, ⟦PHONE:+43 512 504-23310⟧"
        " Patientin aus ⟦ADDRESS:Telfs⟧, Geburtsdatum ⟦DATE:21.10.1928⟧.",
        (
            "Qualitätsbericht Strahlenschutz",
            "CT-Angio Aorta",
            "TAVI-Planung",
            "DLP 1480 mGy·cm",
            "DRW",
            "Revolution Apex",
            "Medizinphysiker",
        ),
    ),
    (
        "at13",
        "de",
        "Transliteration im Zuweisungsschreiben: ⟦PERSON:Muellner-Oezdemir, Guelten⟧ "
        "(Original ⟦PERSON:Müllner-Özdemir, Gülten⟧), geb. ⟦DATE:1972-11-05⟧, e-card ⟦ID:3712 051172⟧.\n"
        "Fragestellung: Morbus Basedow, Szintigraphie Tc-99m Uptake 8,1 %. Sonografie: "
        "Volumen 32 ml. Zuweiser: ⟦INSTITUTION:Gruppenpraxis Innere Favoriten⟧"
        " Versichertenanschrift: ⟦ADDRESS:Quellenstraße 120, 1100 Wien⟧; Tel. ⟦PHONE:01 604 22 19⟧.",
        ("Transliteration", "Morbus Basedow", "Szintigraphie", "Tc-99m", "8,1 %", "Volumen 32 ml", "Fragestellung"),
    ),
    (
        "at14",
        "de",
        "Studie MAGIC-Knee (Spinal-/Knie-MRT): Einschluss geprüft von Studienkoordinatorin "
        "⟦PERSON:Bettina Auer⟧\nScreening-Nr. ⟦ID:SCR-118⟧, Patient ⟦PERSON:Weber Karl⟧, WOMAC 48, "
        "MOAKS-Score, Outerbridge III medial.\nAusschluss: Herzschrittmacher (nicht MR-conditional). "
        "Rückmeldung an ⟦EMAIL:magic.knee@studien.ukl.at⟧ bis ⟦DATE:Ende März 2025⟧."
        "\nGeburtsdatum ⟦DATE:05.05.1955⟧, e-card ⟦ID:1218 050555⟧.",
        (
            "MAGIC-Knee",
            "Studienkoordinatorin",
            "WOMAC 48",
            "MOAKS-Score",
            "Outerbridge III",
            "Herzschrittmacher",
            "MR-conditional",
        ),
    ),
    (
        "at15",
        "de",
        "Zuweisung zur Zweitbegutachtung (Teleradiologie-Konsil): von ⟦INSTITUTION:LKH Zams⟧ an "
        "⟦INSTITUTION:Tirol Kliniken⟧ Neuroradiologie\nPat. ⟦PERSON:Thaler, Josef⟧, geb. ⟦DATE:14.07."
        "1950⟧, Aufnahme ⟦DATE:03.03.2025⟧ 22:48: CT Angio – Basilaristhrombose, pc-ASPECTS 8.\n"
        "Diensthabender: Dr. ⟦PERSON:Tschurtschenthaler⟧, ⟦PHONE:05442 600-0⟧"
        " Sohn ⟦PERSON:Manfred Thaler⟧ informiert.",
        (
            "Zweitbegutachtung",
            "Teleradiologie-Konsil",
            "Neuroradiologie",
            "22:48",
            "CT Angio",
            "Basilaristhrombose",
            "pc-ASPECTS 8",
            "Diensthabender",
        ),
    ),
    (
        "at16",
        "de",
        "Kongressposter-Entwurf (Journal-Einreichung Eur Radiol): Fallserie n = 23, Kaplan-Meier, "
        'Log-Rank p = 0,012.\nAbbildung 2 zeigt noch Overlay "⟦PERSON:KERN^WALTRAUD⟧^^Mag. | '
        '⟦DATE:20240611⟧ | ⟦INSTITUTION:Barmherzige Brüder Linz⟧" – vor Druck entfernen!\n'
        "Erstautorin ⟦PERSON:Anna-Lena Kern⟧ (nicht verwandt), ⟦EMAIL:al.kern@bblinz.at⟧"
        " Foto-Einwilligung der Patientin vom ⟦DATE:30. Juni 2024⟧ liegt vor.",
        (
            "Kongressposter-Entwurf",
            "Eur Radiol",
            "n = 23",
            "Kaplan-Meier",
            "Log-Rank",
            "p = 0,012",
            "Abbildung 2",
            "Overlay",
        ),
    ),
)
