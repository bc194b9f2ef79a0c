"""Held-out 33, Austria: 16 excerpts (id, lang, marked text, keep-terms)."""

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "at01",
        "de",
        "⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧ · Univ.-Klinik für Innere Medizin · Vorstand: Univ.-Prof. Dr. "
        "⟦PERSON:Reinhard Pilz⟧\nSekretariat: ⟦PERSON:Elfriede Gsellmann⟧, DW ⟦PHONE:8210⟧, "
        "⟦EMAIL:innere.sekretariat@uniklinikum.kages.at⟧\nEntlassungsbrief für ⟦PERSON:Hermine Pichler⟧, geb. "
        "⟦DATE:3. Jänner 1947⟧, SVNR ⟦ID:2817 030147⟧\nAufenthalt ⟦DATE:24.02.⟧–⟦DATE:05.03.2026⟧. Diagnose: "
        "Pneumonie rechter Unterlappen, CURB-65 2. Thorax-CT: kein Abszess, kleiner Pleuraerguss.\nCc: Dr.in "
        "⟦PERSON:Veronika Url⟧, Allgemeinmedizin, ⟦ADDRESS:Hauptplatz 9, 8230 Hartberg⟧",
        (
            "Univ.-Klinik für Innere Medizin",
            "Entlassungsbrief",
            "Pneumonie",
            "Unterlappen",
            "CURB-65 2",
            "Thorax-CT",
            "Pleuraerguss",
            "Allgemeinmedizin",
        ),
    ),
    (
        "at02",
        "de",
        "Einladung Tumorboard HNO – Mi., ⟦DATE:11.03.2026⟧, 14:00, Hörsaal 3, Ebene 8, ⟦INSTITUTION:AKH Wien⟧\n"
        "Vorsitz: ao. Univ.-Prof. Dr. ⟦PERSON:Christian Haslinger⟧; Radiologie: OÄ Dr.in "
        "⟦PERSON:Birgit Steindl-Hofer⟧; Strahlentherapie: Dr. ⟦PERSON:Mario Wukovits⟧\nVorzustellen: 1) "
        "⟦PERSON:Novak, Zoran⟧, 58 a, Oropharynx-Ca p16+, cT2 cN1, MRT Hals: Infiltration Zungengrund. 2) "
        "⟦PERSON:Leitner, Gertrude⟧, ⟦AGE:91⟧ a, Larynx-Ca, CT: Schildknorpel-Arrosion.\nWebex-Einwahl: "
        "⟦PHONE:+43 1 40400-37700⟧",
        (
            "Tumorboard HNO",
            "14:00",
            "Hörsaal 3",
            "Strahlentherapie",
            "58 a",
            "Oropharynx-Ca",
            "p16+",
            "MRT Hals",
            "Zungengrund",
            "Larynx-Ca",
            "Schildknorpel-Arrosion",
        ),
    ),
    (
        "at03",
        "de",
        "Transferbericht: Überstellung von ⟦INSTITUTION:Landesklinikum Zwettl⟧ an "
        "⟦INSTITUTION:Universitätsklinikum St. Pölten⟧, Neurologie/Stroke Unit, ⟦DATE:15.03.2026⟧ 03:40\n"
        "Pat.: ⟦PERSON:HAIDER Johann⟧, geb. ⟦DATE:12.12.1950⟧, SVNR ⟦ID:4023 121250⟧\nCCT/CTA: Verschluss M1 "
        "links, ASPECTS 8, Lyse mit Alteplase 0,9 mg/kg um 02:55. Thrombektomie-Anfrage telefonisch an OA Dr. "
        "⟦PERSON:Pöll⟧ (⟦PHONE:02742 9004-11840⟧). NIHSS 14.\nGattin ⟦PERSON:Maria Haider⟧ informiert, Tel. "
        "⟦PHONE:0664 1220 873⟧.",
        (
            "Stroke Unit",
            "03:40",
            "CCT/CTA",
            "M1",
            "ASPECTS 8",
            "Alteplase 0,9 mg/kg",
            "02:55",
            "Thrombektomie-Anfrage",
            "NIHSS 14",
        ),
    ),
    (
        "at04",
        "de",
        "Histologischer Befund (kopiert aus Institut für Pathologie, ⟦INSTITUTION:Ordensklinikum Linz "
        "Barmherzige Schwestern⟧): Einsendungsnr. ⟦ID:H/2026/003391⟧. Einsender: Prim. Dr. "
        "⟦PERSON:Wolfgang Aichinger⟧. Material: CT-gezielte Stanzbiopsie Leber Segment VI. Diagnose: Metastase "
        "eines Adenokarzinoms mit mäßigen Kernatypien, CK7-/CK20+/CDX2+, vereinbar mit kolorektalem Ursprung. "
        "Befundet: Dr.in ⟦PERSON:Sandra Frühwirth⟧, vidiert Univ.-Doz. Dr. ⟦PERSON:Helmut Kern⟧, "
        "⟦DATE:06.03.2026⟧.",
        ("CT-gezielte Stanzbiopsie", "Segment VI", "Metastase", "Adenokarzinom", "Kernatypien", "CK7-/CK20+/CDX2+"),
    ),
    (
        "at05",
        "de",
        "Ansuchen um Befund- und Bildkopie: RA Mag. ⟦PERSON:Dieter Schwarzl⟧, "
        "⟦INSTITUTION:Kanzlei Schwarzl & Partner Rechtsanwälte GmbH⟧, ⟦ADDRESS:Herrengasse 6, 9020 Klagenfurt "
        "am Wörthersee⟧, GZ ⟦ID:SP 112/26⟧, für seine Mandantin ⟦PERSON:Andrea Kofler⟧, geb. "
        "⟦DATE:14.04.1983⟧ – Verkehrsunfall vom ⟦DATE:28.12.2025⟧, Röntgen HWS und MRT HWS (Schleudertrauma, "
        "Quebec Task Force Grad II). Vollmacht beiliegend.\nErledigt: CD an Boten ausgegeben, "
        "⟦DATE:10.03.2026⟧, Unterschrift ⟦PERSON:R. Moser⟧ (Leitstelle Archiv).",
        ("Röntgen HWS", "MRT HWS", "Schleudertrauma", "Quebec Task Force Grad II", "Vollmacht", "Leitstelle Archiv"),
    ),
    (
        "at06",
        "de",
        "Videodolmetsch gebucht (⟦INSTITUTION:SAVD Videodolmetschen⟧), Türkisch, für das Aufklärungsgespräch "
        "Koronar-CT am ⟦DATE:19.03.2026⟧ 10:30, Ambulanz Kardiologie, ⟦INSTITUTION:Klinik Floridsdorf⟧. "
        "Patient ⟦PERSON:Öztürk Mehmet⟧ (Schreibweise lt. e-card). Sohn ⟦PERSON:Emre⟧ begleitet, Handy "
        "⟦PHONE:0676 847 29 11⟧. Vorbefund: Agatston-Score 412, CAD-RADS 3. Metformin 48 h pausieren (eGFR 38).",
        (
            "Türkisch",
            "Aufklärungsgespräch",
            "Koronar-CT",
            "10:30",
            "Ambulanz Kardiologie",
            "e-card",
            "Agatston-Score 412",
            "CAD-RADS 3",
            "Metformin",
            "eGFR 38",
        ),
    ),
    (
        "at07",
        "de",
        "Von: ⟦PERSON:Wallner Georg⟧, OA Dr. <⟦EMAIL:georg.wallner@tirol-kliniken.at⟧>\nGesendet: Freitag, "
        "⟦DATE:13. März 2026⟧ 17:52\nAn: ⟦PERSON:Thurner Eva⟧, Dr.in\nBetreff: AW: Zuweisung "
        "⟦PERSON:Plattner⟧ / Kniegelenk\n\nLiebe ⟦PERSON:Eva⟧,\ndas MRT zeigt eine Osteochondrosis dissecans "
        "am medialen Femurkondylus, ICRS Grad III, Fragment in situ. Bitte Vorstellung in unserer "
        "Sporttraumatologie bei Dr. ⟦PERSON:Hofer⟧ (Terminvergabe ⟦PHONE:050 504-22640⟧).\nLG "
        "⟦PERSON:Georg⟧\n\n⟦INSTITUTION:Tirol Kliniken GmbH⟧ · ⟦ADDRESS:Anichstraße 35, 6020 Innsbruck⟧",
        ("17:52", "Kniegelenk", "Osteochondrosis dissecans", "Femurkondylus", "ICRS Grad III", "Sporttraumatologie"),
    ),
    (
        "at08",
        "de",
        "Primarvisite ⟦DATE:16.3.2026⟧, Unfallchirurgie Station B2\nZi. 204: ⟦PERSON:Gschwandtner⟧, 17 a, "
        "Snowboardsturz in ⟦ADDRESS:Obertauern⟧, Radiusfraktur loco typico (Colles), AO 23-A2, "
        "K-Draht-Osteosynthese. Mutter ⟦PERSON:Sabine⟧ am Telefon ⟦PHONE:0662 44 81 90⟧.\nZi. 206: Ing. "
        "⟦PERSON:Franz Egger⟧, 79 a, Tibiakopffraktur Schatzker II im CT, Lovenox 40 mg s.c.\nProtokoll: "
        "Turnusärztin ⟦PERSON:Lisa Maurer⟧.",
        (
            "Unfallchirurgie",
            "Station B2",
            "17 a",
            "Radiusfraktur loco typico",
            "Colles",
            "AO 23-A2",
            "K-Draht-Osteosynthese",
            "79 a",
            "Tibiakopffraktur",
            "Schatzker II",
            "Lovenox 40 mg",
        ),
    ),
    (
        "at09",
        "de",
        "Laborbefund ⟦INSTITUTION:Zentrallabor Klinikum Wels-Grieskirchen⟧, Auftrag ⟦ID:2603181177⟧, Abnahme "
        "⟦DATE:18.03.2026⟧ 07:12: D-Dimer 4,8 mg/l FEU, Troponin T hs 14 ng/l, NT-proBNP 1850 pg/ml, "
        "Kreatinin 1,1 mg/dl. → CT-Pulmonalisangiographie: zentrale Embolie rechts, RV/LV-Ratio 1,2, PESI "
        "Klasse III.\nPat.: ⟦PERSON:Ecker, Leopoldine⟧, geb. ⟦DATE:1941-07-09⟧. Info telefonisch an "
        "Stationsärztin Dr.in ⟦PERSON:Pammer⟧, 07:45.",
        (
            "07:12",
            "D-Dimer 4,8 mg/l FEU",
            "Troponin T hs",
            "NT-proBNP 1850 pg/ml",
            "CT-Pulmonalisangiographie",
            "RV/LV-Ratio 1,2",
            "PESI Klasse III",
            "07:45",
        ),
    ),
    (
        "at10",
        "de",
        "Rufbereitschaft Radiologie ⟦INSTITUTION:Krankenhaus der Elisabethinen Klagenfurt⟧, KW 12\nSa "
        "⟦DATE:21.03.⟧ Tag: OA ⟦PERSON:Kogler⟧ (⟦PHONE:0650 331 72 18⟧) · Nacht: FÄ Dr.in "
        "⟦PERSON:Unterweger⟧\nSo ⟦DATE:22.03.⟧ Tag+Nacht: Prim. ⟦PERSON:Winter⟧ (Handy über Portier, Klappe "
        "⟦PHONE:1900⟧)\nRadiologietechnolog:innen: ⟦PERSON:Petra⟧ / ⟦PERSON:Mike Rauter⟧. MR-Notfälle nur nach "
        "Rücksprache; Winterdienst-Parkplatz P3 für den Rufdienst reserviert.",
        ("Rufbereitschaft", "KW 12", "Tag+Nacht", "Portier", "MR-Notfälle", "Winterdienst-Parkplatz P3"),
    ),
    (
        "at11",
        "de",
        "Dr. ⟦PERSON:Brigitte Hauer⟧ – Fachärztin für Innere Medizin – Ordination: "
        "⟦ADDRESS:Linzer Straße 12/2, 4600 Wels⟧, Tel. ⟦PHONE:07242 46 3 21⟧\nZuweisung: MRT Schädel mit KM – "
        "Frage: Vestibularisschwannom? (einseitiger Hörverlust rechts, Tinnitus). Pat. "
        "⟦PERSON:Aschauer Ferdinand⟧, SVNR ⟦ID:1183 220659⟧, wohnhaft in ⟦ADDRESS:Gunskirchen⟧.",
        ("Innere Medizin", "MRT Schädel", "Vestibularisschwannom", "Hörverlust", "Tinnitus"),
    ),
    (
        "at12",
        "de",
        "Übergabeprotokoll ICU 1, ⟦INSTITUTION:Klinikum Klagenfurt am Wörthersee⟧ – Nacht auf "
        "⟦DATE:18.03.2026⟧\nBett 3: Mag. ⟦PERSON:Peter Wurzer⟧, 62 a, ARDS bei COVID-Pneumonie, Bauchlage "
        "16 h, Horovitz 110. Thorax-Rö 05:00: bds. Infiltrate, ZVK V. jugularis interna rechts korrekt. "
        "Lebensgefährtin ⟦PERSON:Claudia Moritz⟧ (⟦PHONE:0699 10 44 82 71⟧) – Auskunft erlaubt lt. "
        "Patientenverfügung.\nDGKP ⟦PERSON:Thomas⟧ an DGKP ⟦PERSON:Nina Brunner⟧.",
        (
            "ICU 1",
            "62 a",
            "ARDS",
            "Bauchlage 16 h",
            "Horovitz 110",
            "Thorax-Rö",
            "05:00",
            "ZVK",
            "V. jugularis interna",
            "Patientenverfügung",
        ),
    ),
    (
        "at13",
        "de",
        "Tumorboard-Beschluss ⟦DATE:12.03.2026⟧: ⟦PERSON:Oberhauser, Anna⟧, geb. ⟦DATE:09.10.1966⟧. Mamma-Ca "
        "links, cT2 cN0, Luminal B. MR-Mammographie: multizentrisch (3 Herde, max. 24 mm), BI-RADS 6. "
        "Empfehlung: neoadjuvante Chemotherapie, danach Mastektomie und SLNB.\nVerteiler: "
        "⟦INSTITUTION:Röntgeninstitut Dr. Schrott⟧, ⟦ADDRESS:Innsbruck⟧; Hausärztin Dr.in ⟦PERSON:Pfeifer⟧, "
        "⟦ADDRESS:Telfs⟧; Patientin.",
        (
            "Mamma-Ca",
            "cT2 cN0",
            "Luminal B",
            "MR-Mammographie",
            "3 Herde",
            "24 mm",
            "BI-RADS 6",
            "Mastektomie",
            "SLNB",
            "Hausärztin",
        ),
    ),
    (
        "at14",
        "de",
        "PACS-Import Fremd-CD ⟦DATE:2026-03-09⟧ (Benutzer ⟦PERSON:akrainer⟧): (0010,0010) PatientName "
        "⟦PERSON:SCHMID^HELGA⟧^^MAG; (0010,0030) PatientBirthDate ⟦DATE:19570402⟧; (0008,0080) InstitutionName "
        "⟦INSTITUTION:DIAGNOSEZENTRUM URFAHR⟧; (0008,0090) ReferringPhysicianName ⟦PERSON:LEHNER^KARL⟧^^DR; "
        "(0020,000D) StudyInstanceUID ⟦ID:1.2.40.0.13.1.4471.20260309.88213⟧. Inhalt: CT Abdomen/Becken, "
        "412 Bilder, Serie 3 portalvenös 1 mm.",
        (
            "PatientName",
            "PatientBirthDate",
            "InstitutionName",
            "ReferringPhysicianName",
            "StudyInstanceUID",
            "CT Abdomen/Becken",
            "412 Bilder",
            "portalvenös",
        ),
    ),
    (
        "at15",
        "de",
        "Erwachsenenvertreterin: Mag.a ⟦PERSON:Julia Steiner⟧, "
        "⟦INSTITUTION:VertretungsNetz Erwachsenenvertretung Graz⟧, ⟦PHONE:0316 72 22 55⟧. Zustimmung zur "
        "Angiographie (PTA A. femoralis superficialis links, Rutherford 5) liegt vor, datiert ⟦DATE:02.03.2026⟧. "
        "Pat. ⟦PERSON:Josef Kainz⟧, ⟦AGE:90⟧ a, wohnhaft im ⟦INSTITUTION:Pflegewohnheim Rosenhain⟧, "
        "⟦ADDRESS:Rosenhaingasse 5, 8010 Graz⟧. Rücktransport mit dem ⟦INSTITUTION:Grünen Kreuz⟧ nach der "
        "Intervention.",
        ("Angiographie", "PTA", "A. femoralis superficialis", "Rutherford 5", "Rücktransport", "Intervention"),
    ),
    (
        "at16",
        "de",
        "Sehr geehrte Frau Kollegin ⟦PERSON:Mayrhofer⟧!\nWir berichten über ⟦PERSON:Leonie Hutter⟧, 6 a, geb. "
        "⟦DATE:21.11.2019⟧, stationär an unserer Abteilung für Kinder- und Jugendheilkunde vom "
        "⟦DATE:08.03.⟧ bis ⟦DATE:11.03.2026⟧. Sonographie: Invagination ileocolisch (Kokarde 3,1 cm), "
        "hydrostatische Desinvagination erfolgreich. Kontrolle bei Beschwerden.\nMit kollegialen Grüßen\nOA Dr. "
        "⟦PERSON:Stefan Gruber⟧ e.h. · Prim. Univ.-Doz. Dr. ⟦PERSON:Irene Schöffl⟧ e.h.\n"
        "⟦INSTITUTION:Landeskrankenhaus Feldkirch⟧ · ⟦ADDRESS:Carinagasse 47, 6800 Feldkirch⟧",
        (
            "6 a",
            "Kinder- und Jugendheilkunde",
            "Sonographie",
            "Invagination",
            "Kokarde 3,1 cm",
            "Desinvagination",
            "e.h.",
        ),
    ),
)
