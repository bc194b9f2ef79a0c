# ruff: noqa: E501  (marked-up report texts keep their natural line breaks)
"""Held-out 24, Germany: marked excerpts (id, lang, marked text, keep-terms)."""

DE = (
    (
        "de01",
        "de",
        """Herzkatheterlabor – Untersuchungsprotokoll                      Seite 1/2
Pat.: ⟦PERSON:Wendler, Hannelore⟧   geb. ⟦DATE:14.03.1941⟧   Fall-Nr. ⟦ID:0025178834⟧
Zuweiser: Dr. med. ⟦PERSON:Cem Aydoğan⟧, ⟦INSTITUTION:Kardiologische Praxis am Lindenplatz⟧
Zugang A. radialis re. nach Seldinger, 6F-Schleuse. RIVA proximal 80 %, Implantation
DES (Resolute Onyx 3,0 x 18 mm). KM 110 ml Imeron 350. Durchleuchtungszeit 7:42 min.
Untersucher: OA Dr. ⟦PERSON:Jörg Pfeiffer⟧""",
        ("Seldinger", "RIVA", "Resolute Onyx", "Imeron 350", "A. radialis", "Durchleuchtungszeit"),
    ),
    (
        "de02",
        "de",
        """Fetale MRT (1,5 T, Aera) – SSW 31+2
Mutter: ⟦PERSON:Yasemin Kılıç-Brandt⟧, * ⟦DATE:02.11.1993⟧, 32 J., Mutterpass-Nr. ⟦ID:MP-44170⟧
Kind (Fet): Geschlecht männlich, Befund vorab telefonisch an Frau Dr. ⟦PERSON:Rieckhoff⟧ (Pränatalmedizin,
⟦INSTITUTION:Perinatalzentrum Level 1 St. Hedwig⟧), Tel. ⟦PHONE:030 4419-2287⟧.
Corpus callosum vollständig angelegt, Seitenventrikel-Weite 9 mm (Atrium), Fossa posterior unauffällig,
kein Hinweis auf Dandy-Walker. HASTE und TrueFISP in drei Ebenen.""",
        ("Aera", "Corpus callosum", "Atrium", "Dandy-Walker", "HASTE", "TrueFISP", "Fossa posterior"),
    ),
    (
        "de03",
        "de",
        """Aufklärungsbogen Interventionelle Radiologie (Kopie an Patient)
Name, Vorname: ⟦PERSON:Oberländer, Kurt-Heinz⟧     Geb.-Dat.: ⟦DATE:30.06.1952⟧
Geplanter Eingriff: TACE (Lipiodol/Epirubicin) Segment VIII, ggf. Coil-Embolisation A. gastroduodenalis.
Dolmetscherin anwesend: Frau ⟦PERSON:Ludmila Hrabovská⟧ (Tschechisch).
Aufklärung am ⟦DATE:17. Juni 2025⟧ um 14:10 Uhr durch Dr. ⟦PERSON:Aksoy⟧.
Unterschrift Patient / Betreuer: ⟦PERSON:Oberländer⟧ i.A. ⟦PERSON:S. Oberländer⟧ (Sohn)""",
        ("TACE", "Lipiodol", "Epirubicin", "Segment VIII", "A. gastroduodenalis", "14:10", "Tschechisch"),
    ),
    (
        "de04",
        "de",
        """PET/CT-Zentrum – Befundbericht
⟦INSTITUTION:Nuklearmedizin Rhein-Ruhr MVZ⟧ · ⟦ADDRESS:Kortumstraße 118, 44787 Bochum⟧ · Fax ⟦PHONE:0234 96 12 7-99⟧
Patient: ⟦PERSON:Mirjam Osterkamp⟧, Geb. ⟦DATE:1958-09-23⟧, Auftrag ⟦ID:NUK-25-03318⟧
18F-FDG 312 MBq i.v., BZ 96 mg/dl. Deauville 4 im mediastinalen Konglomerat (SUVmax 11,2),
Lugano-Klassifikation: partielles metabolisches Ansprechen gegenüber der Voruntersuchung
(⟦INSTITUTION:Knappschaftskrankenhaus⟧, ⟦DATE:03/2025⟧). Biograph Vision 600.""",
        ("18F-FDG", "Deauville 4", "SUVmax", "Lugano-Klassifikation", "Biograph Vision 600", "Konglomerat"),
    ),
    (
        "de05",
        "de",
        """Strahlentherapie – Planungs-CT
Pat.-ID ⟦ID:7730219⟧ | ⟦PERSON:Schwarzkopf, Irmgard⟧ | ⟦DATE:19.01.1947⟧ | w
Indikation: Mamma-Ca links pT1c pN0, adjuvante Radiatio 40,05 Gy/15 Fx, DIBH-Technik.
Lagerung: Mammaboard, Arme über Kopf, Tattoos gesetzt auf Höhe Th6. Konturierung nach ESTRO-Atlas.
Planung: Dipl.-Phys. ⟦PERSON:Till Ahlgrimm⟧, Ärztin: Dr. ⟦PERSON:Nadja Wiśniewska⟧, Termin
Bestrahlungsbeginn ⟦DATE:Mo., 8. Sept.⟧""",
        ("Radiatio", "DIBH-Technik", "Mammaboard", "Th6", "ESTRO-Atlas", "Konturierung", "40,05 Gy"),
    ),
    (
        "de06",
        "de",
        """Entlassungsbrief (Seite 2 von 3) – ⟦PERSON:Kowalczyk, Bronisław⟧, geb. ⟦DATE:11.04.1936⟧
... Verlauf: Nach EVAR (Endurant II) am ⟦DATE:02.05.⟧ Typ-II-Endoleak aus der A. mesenterica inferior,
Größenzunahme Aneurysmasack 4 mm. Weiterbetreuung durch ⟦INSTITUTION:Gefäßzentrum Havel-
land⟧,
Sprechstunde Di 8:00. Hausarzt: Dr. ⟦PERSON:Anneliese Brunckhorst⟧, ⟦ADDRESS:Kirchsteig 4, 14641 Nauen⟧.
Entlassung in die Kurzzeitpflege ⟦INSTITUTION:Haus Abendsonne⟧.""",
        (
            "EVAR",
            "Endurant II",
            "Typ-II-Endoleak",
            "A. mesenterica inferior",
            "Aneurysmasack",
            "Kurzzeitpflege",
            "8:00",
        ),
    ),
    (
        "de07",
        "de",
        """Implantatausweis / MR-Sicherheit
Inhaber: ⟦PERSON:Gerhild Tönnies-Mahlke⟧   Geburtsdatum ⟦DATE:07.12.1949⟧
Gerät: Zweikammer-Schrittmacher Medtronic Azure XT DR MRI SureScan, SN ⟦ID:RNB407712S⟧
implantiert am ⟦DATE:21.08.2023⟧ ⟦INSTITUTION:Herz- und Diabeteszentrum Weserbergland⟧
MR-bedingt sicher bei 1,5 T / 3 T, Ganzkörper-SAR ≤ 2 W/kg, SureScan-Modus vor Untersuchung aktivieren.
Notfallkontakt: ⟦PERSON:Eckhard Mahlke⟧ (Ehemann) ⟦PHONE:0157 3390 2216⟧""",
        ("Medtronic", "Azure XT DR", "SureScan", "Zweikammer-Schrittmacher", "Ganzkörper-SAR", "MR-bedingt sicher"),
    ),
    (
        "de08",
        "de",
        """GOÄ-Abrechnungsexport;Rechnungsnr;Patient;GebDat;Ziffer;Faktor;Betrag
⟦ID:RE-2025-118204⟧;⟦PERSON:Hoffmann-Ngata, Tevita⟧;⟦DATE:23.02.1979⟧;5730;1,8;131,15
⟦ID:RE-2025-118205⟧;⟦PERSON:Albers, Griet⟧;⟦DATE:04.10.1990⟧;5700;1,8;104,92
Leistungserbringer: ⟦INSTITUTION:Radiologie Speicherstadt⟧, LANR ⟦ID:662719401⟧
Hinweis: Ziffer 5731 (Ergänzungsserie) nur mit Begründung; Kontrastmittel nach Sachkosten.""",
        ("GOÄ-Abrechnungsexport", "5730", "5700", "5731", "Ergänzungsserie", "Sachkosten", "LANR"),
    ),
    (
        "de09",
        "de",
        """Sozialdienst – Gesprächsnotiz                   ⟦DATE:12.03.2025⟧, 11:30
Pat. Herr ⟦PERSON:Friedrich Wilms⟧ (⟦AGE:94⟧ J.) lebt allein, versorgt durch Pflegedienst
⟦INSTITUTION:Ambulante Pflege Sonnenhof⟧ (Frau ⟦PERSON:Deniz⟧, ⟦PHONE:05121 88 43 10⟧). Tochter
⟦PERSON:Marlies Vogt-Wilms⟧ wohnt in ⟦ADDRESS:Sarstedt⟧. Pflegegrad 3 beantragt, Rollator vorhanden.
Für die MRT LWS (Kyphoplastie-Planung L1) Liegendtransport organisiert. Gez. ⟦PERSON:B. Ohlendorf⟧, Sozialarbeiterin B.A.""",
        ("Pflegegrad 3", "Rollator", "MRT LWS", "Kyphoplastie-Planung", "L1", "Liegendtransport", "11:30"),
    ),
    (
        "de10",
        "de",
        """Von: ⟦EMAIL:zweitmeinung@radiologie-portal-nord.de⟧
Betreff: Ihr Zweitmeinungsauftrag ⟦ID:ZM-88301-K⟧ – MRT Knie rechts
Sehr geehrte Frau ⟦PERSON:Ebru Demirtaş⟧, Ihre Bilder von der ⟦INSTITUTION:Praxis Dr. Haberland & Kollegen⟧
(Untersuchung vom ⟦DATE:28. Februar 2025⟧) sind eingegangen. Befundung durch einen Facharzt mit
Schwerpunkt Muskuloskelettale Radiologie; Status unter ⟦URL:https://portal.radiologie-portal-nord.de/auftrag/88301⟧.
Mit freundlichen Grüßen, Ihr Service-Team""",
        ("MRT Knie rechts", "Befundung", "Muskuloskelettale Radiologie", "Facharzt", "Service-Team"),
    ),
    (
        "de11",
        "de",
        """Klinikum – Radiologie – Seite 3 –                 ⟦PERSON:Ramdani, Yusuf⟧ * ⟦DATE:09.07.1961⟧
CTA der Becken-Bein-Arterien: Verschluss der A. femoralis superficialis links über 12 cm, Rekanalisation
via Profunda. Rutherford 3. Im Vergleich zur Duplexsonographie von Dr. ⟦PERSON:Vasquez-Lindgren⟧
(⟦INSTITUTION:Gefäßpraxis Westend⟧, ⟦DATE:Jan. 2025⟧) unverändert. Vorstellung im Gefäßboard am Do.
Rückfragen App. ⟦PHONE:4471⟧ oder Piepser ⟦PHONE:318⟧.""",
        ("CTA", "A. femoralis superficialis", "Profunda", "Rutherford 3", "Duplexsonographie", "Gefäßboard"),
    ),
    (
        "de12",
        "de",
        """Hospital@Home – Übergabe Spätdienst → Nachtdienst
Pat. ⟦PERSON:Annegret Schulze-Ebbinghaus⟧, Zi. virtuell 7, ⟦ADDRESS:Am Wiesengrund 23a, 48167 Münster⟧
i.v.-Antibiose Piperacillin/Tazobactam über PICC-Line (Port-Check Röntgen Thorax heute: Spitze
Cavaatriales Übergang). Pflege vor Ort: ⟦PERSON:Jannik⟧ (⟦PHONE:0170 55 20 913⟧). Nachbarin Frau ⟦PERSON:Kempe⟧ hat Schlüssel.
Visite per Video morgen 9:15, Arzt: Dr. ⟦PERSON:Obi-Nwosu⟧.""",
        ("Piperacillin/Tazobactam", "PICC-Line", "Röntgen Thorax", "Cavaatriales", "Visite", "9:15", "Spätdienst"),
    ),
    (
        "de13",
        "de",
        """TUMORKONFERENZ GYNÄKOLOGIE ⟦DATE:04.06.2025⟧ – Teilnehmer: Prof. ⟦PERSON:Lindqvist⟧ (Gyn), Dr. ⟦PERSON:Petrović⟧ (Rad),
PD Dr. ⟦PERSON:Hausmann⟧ (Strahlenth.), Fr. ⟦PERSON:Sasse⟧ (Pathologie)
Fall 4: ⟦PERSON:Marschall, Doris⟧, ⟦AGE:91⟧ J., Zervix-Ca FIGO IIIC1r, MRT Becken: parametrane Infil-
tration links, iliakale LK bis 14 mm. Empfehlung: definitive Radiochemotherapie (Cisplatin wö.),
Brachytherapie. Ext. Vorbefund: ⟦INSTITUTION:Frauenarztpraxis Tannenhöhe⟧.""",
        ("FIGO IIIC1r", "MRT Becken", "Radiochemotherapie", "Cisplatin", "Brachytherapie", "iliakale"),
    ),
    (
        "de14",
        "de",
        """Terminbestätigung
⟦INSTITUTION:Radiologisches Zentrum Elbauen⟧ | ⟦ADDRESS:Hafenweg 9 · 21680 Stade⟧ | Anmeldung ⟦PHONE:04141 77 31-0⟧
Frau ⟦PERSON:Roswitha Quandt⟧, ⟦ADDRESS:Obstmarschenweg 301, 21635 Jork⟧
Ihr Termin: Myokardszintigraphie (Belastung/Ruhe) am ⟦DATE:Dienstag, 15.07.2025⟧, 7:45 Uhr. Bitte 24 h vorher
kein Koffein, Betablocker nach Rücksprache absetzen. Versichertennr. ⟦ID:K407211938⟧ (AOK).""",
        ("Myokardszintigraphie", "Koffein", "Betablocker", "7:45", "Anmeldung"),
    ),
    (
        "de15",
        "de",
        """DICOM-Header (Auszug)
(0010,0010) PatientName        ⟦PERSON:MUELLER-SCHNEIDER^ANTJE^KATHARINA⟧
(0010,0030) PatientBirthDate   ⟦DATE:19650418⟧
(0008,0080) InstitutionName    ⟦INSTITUTION:KLINIKUM OSTALB ELLWANGEN⟧
(0008,1030) StudyDescription   CT Planung Bestrahlung Kopf/Hals
(0018,1030) ProtocolName       HN_RT_Maske_2mm
(0008,0050) AccessionNumber    ⟦ID:A25R0091744⟧
(0008,0090) ReferringPhysicianName ⟦PERSON:BAUMGARTL^WOLFRAM⟧^^DR.""",
        ("PatientName", "StudyDescription", "HN_RT_Maske_2mm", "ProtocolName", "CT Planung Bestrahlung Kopf/Hals"),
    ),
    (
        "de16",
        "de",
        """NACHTRAG zum Befund vom ⟦DATE:22.04.2025⟧ (Patient ⟦PERSON:Dmitrij Šerbakov⟧ / ⟦PERSON:Дмитрий Щербаков⟧)
Nach Rücksprache mit der Rhythmologie (Hr. Dr. ⟦PERSON:Hüseyin Baysal⟧, Durchwahl -⟦PHONE:3817⟧) ist
das Kardio-MRT mit LGE-Sequenzen durchführbar; ICD (Biotronik Acticor) im MR-Modus. Kein Hinweis auf
Myokarditis nach Lake-Louise-Kriterien. ⟦INSTITUTION:Herzzentrum Leipzig⟧ erhält Kopie.""",
        ("Rhythmologie", "Kardio-MRT", "LGE-Sequenzen", "Biotronik Acticor", "Lake-Louise-Kriterien", "Myokarditis"),
    ),
)
