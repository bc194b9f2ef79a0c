"""Held-out 36, Austria: 16 excerpts (German) of technical and system text carrying PHI."""
# ruff: noqa: E501 (excerpt texts are kept one source line per report line)

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "at01",
        "de",
        "DICOM-Tags (dcmdump, Auszug) der Vorstudie:\n"
        "PatientName: ⟦PERSON:PICHLER^JOHANNA⟧^^MAG.\n"
        "PatientID: ⟦ID:AT-0045512⟧\n"
        "PatientBirthDate: ⟦DATE:19310408⟧\n"
        "PatientAge: ⟦AGE:093⟧Y\n"
        "InstitutionName: ⟦INSTITUTION:Klinikum Wels-Grieskirchen⟧\n"
        "StationName: MRAWP41102\n"
        "ManufacturerModelName: MAGNETOM Vida\n"
        "SoftwareVersions: syngo MR XA50\n"
        "SeriesDescription: t2_tse_tra_p2\n"
        "Bewertung: Chronische Mikroangiopathie, Fazekas 1.",
        ("PatientName:", "StationName:", "MRAWP41102", "MAGNETOM Vida", "syngo MR XA50", "t2_tse_tra_p2", "Fazekas 1"),
    ),
    (
        "at02",
        "de",
        "HL7 ORU^R01, zeilenweise:\n"
        "PID|1||⟦ID:10293847⟧^^^KAGES^PI~⟦ID:2210 180452⟧^^^SVC^SS||⟦PERSON:Kogler^Herbert^Franz⟧||⟦DATE:19520418⟧|M\n"
        "PV1|1|O|RAD-AMB||||⟦PERSON:Leitner^Claudia⟧^^^Dr.in\n"
        "OBR|1||⟦ID:RAD-24-556102⟧|US-ABD^Sonographie Abdomen\n"
        "OBX|1|TX|||Leber: Steatosis hepatis Grad II, Milz 11 cm. Gallenblase: Courvoisier-Zeichen negativ.\n"
        "NTE|1||Rückfragen an Dr.in ⟦PERSON:Leitner⟧, ⟦EMAIL:c.leitner@kages.at⟧, Auftrag vom ⟦DATE:2024-04-18⟧",
        (
            "ORU^R01",
            "NTE|1||",
            "Gallenblase",
            "RAD-AMB",
            "Sonographie Abdomen",
            "Steatosis hepatis",
            "Courvoisier",
            "Milz 11 cm",
            "OBX|1|TX",
        ),
    ),
    (
        "at03",
        "de",
        "e-card-Konsultation (Protokoll Ordinationssoftware):\n"
        "SVNR ⟦ID:3318 011166⟧ | ⟦PERSON:Huber-Strasser, Elisabeth⟧ | ÖGK | Konsultation ⟦DATE:07.03.2024⟧ 09:12\n"
        "Überweisung an ⟦INSTITUTION:Diagnosezentrum Meidling⟧: MRT HWS, Frage Myelopathie\n"
        "Ordination Dr. ⟦PERSON:Gerhard Baumgartner⟧, ⟦ADDRESS:Schönbrunner Straße 212, 1120 Wien⟧, "
        "Tel. ⟦PHONE:01 8134477⟧ DW ⟦PHONE:12⟧",
        ("e-card", "ÖGK", "MRT HWS", "Myelopathie", "Ordinationssoftware", "09:12"),
    ),
    (
        "at04",
        "de",
        "ELGA-Abruf (e-Befund):\n"
        "bPK-GH ⟦ID:vQ3x+7kLm2Rt9aP0sYfZ1wEe4cU=⟧, Dokument ⟦ID:1.2.40.0.34.99.4613.3.7.12875⟧ "
        "vom ⟦DATE:14. Jänner 2024⟧, Ersteller ⟦INSTITUTION:Landesklinikum Baden-Mödling⟧.\n"
        "Inhalt: CT Thorax, Lungenrundherd 9 mm im Unterlappen links, Lung-RADS 4A. "
        "Abgerufen durch OA Dr. ⟦PERSON:Stefan Moser⟧.",
        ("ELGA", "e-Befund", "Lung-RADS 4A", "9 mm", "Unterlappen links", "CT Thorax"),
    ),
    (
        "at05",
        "de",
        "Arbeitsliste CT1 (RIS, Di, ⟦DATE:12.11.2024⟧):\n"
        "07:30  ⟦PERSON:GRUBER Maria⟧  ⟦DATE:1961-02-14⟧  ⟦ID:PAT 0778123⟧  CT Abdomen 3-Phasen\n"
        "08:00  ⟦PERSON:WINTER Alois⟧  ⟦DATE:1946-09-30⟧  ⟦ID:PAT 0691137⟧  CT Angio Becken-Bein\n"
        "08:20  ⟦PERSON:Egger Lukas⟧ (Kind)  ⟦DATE:2016-05-03⟧  ⟦ID:PAT 1120844⟧  CT Schädel Low-Dose\n"
        "Anmerkung: Sedierung durch Kinderanästhesie, Rufnummer Piepser ⟦PHONE:7821⟧.",
        ("CT1", "CT Abdomen 3-Phasen", "CT Angio Becken-Bein", "Low-Dose", "Kinderanästhesie", "Sedierung", "07:30"),
    ),
    (
        "at06",
        "de",
        "Fehlerbericht PACS-Router:\n"
        "C-STORE rejected (0xA700 Out of Resources) from AE CT_NOTFALL_01 to AE PACS_MAIN, "
        "Study ⟦ID:1.2.40.0.13.1.1.172.16.8.22.20240503.118223⟧, Pat ⟦PERSON:Ebner^Rosa⟧ (⟦ID:NK-442190⟧)\n"
        "Rückmeldung Ing. ⟦PERSON:Thomas Haas⟧ (⟦EMAIL:thomas.haas@lknk.at⟧): Speicher erweitert, Resend 03:10 ok.\n"
        "Betroffene Serien: 4 (Topogramm, Schädel nativ, CTA Hals, Perfusion); Zuweiser ⟦INSTITUTION:Landesklinikum Neunkirchen⟧, "
        "OA ⟦PERSON:Wolfgang Kern⟧, ⟦PHONE:02635 9004-3311⟧.",
        (
            "C-STORE",
            "0xA700",
            "Out of Resources",
            "PACS_MAIN",
            "CT_NOTFALL_01",
            "Topogramm",
            "CTA Hals",
            "Perfusion",
            "Resend",
            "03:10",
        ),
    ),
    (
        "at07",
        "de",
        "Dosismonitoring (DoseWatch), Überschreitung Alarmschwelle:\n"
        "⟦DATE:22.05.2024⟧ | CT Schädel | ⟦PERSON:Steiner, Hannelore⟧ | ⟦AGE:91⟧ J. | CTDIvol 68 mGy | DLP 1210 mGy·cm\n"
        "Ursache: Wiederholung wegen Bewegungsartefakten. Kommentar Strahlenschutzbeauftragter "
        "DI ⟦PERSON:Markus Reiter⟧: Protokoll Kopf_Routine_Adult geprüft, keine Änderung nötig.",
        (
            "DoseWatch",
            "Alarmschwelle",
            "CTDIvol 68 mGy",
            "DLP 1210 mGy·cm",
            "Kopf_Routine_Adult",
            "Bewegungsartefakten",
        ),
    ),
    (
        "at08",
        "de",
        "Exportordner für Zweitmeinung:\n"
        "D:\\Export\\⟦DATE:2024-08-19⟧_⟦PERSON:Hofer_Peter⟧_SVNR⟦ID:4471190877⟧\\DICOMDIR\n"
        "Versand per DVD an ⟦INSTITUTION:Universitätsklinik für Radiologie Innsbruck⟧, z. H. "
        "Univ.-Prof. Dr. ⟦PERSON:Walter Pernter⟧, ⟦ADDRESS:Anichstraße 35, 6020 Innsbruck⟧.\n"
        "Frage: Osteonekrose Femurkopf, ARCO-Stadium?",
        ("DICOMDIR", "Osteonekrose", "Femurkopf", "ARCO-Stadium", "Zweitmeinung", "DVD"),
    ),
    (
        "at09",
        "de",
        "Mail-Signatur im Befundkommentar:\n"
        "Mit kollegialen Grüßen\nOÄ Dr.in ⟦PERSON:Sabine Zechner⟧\n⟦INSTITUTION:Klinik Ottakring⟧, Institut für Radiologie\n"
        "⟦ADDRESS:Montleartstraße 37, 1160 Wien⟧\nT ⟦PHONE:+43 1 49150-2407⟧\n⟦EMAIL:sabine.zechner [at] gesundheitsverbund.at⟧\n"
        "Nachtrag: Spondylodiszitis L3/L4, Modic I, kein Abszess.",
        ("Spondylodiszitis", "L3/L4", "Modic I", "Abszess", "Institut für Radiologie", "Nachtrag"),
    ),
    (
        "at10",
        "de",
        "Terminbestätigung (SMS-Log):\n"
        "an ⟦PHONE:+43 664 3318207⟧: Sehr geehrte/r Fr. ⟦PERSON:Aydin⟧, Ihr MRT-Termin am ⟦DATE:03.12.⟧ um 14:40 "
        "im ⟦INSTITUTION:Röntgeninstitut Hietzing⟧ ist bestätigt. Bitte e-card mitbringen.\n"
        "Status: zugestellt 11:02\n"
        "Antwort von ⟦PHONE:+43 664 3318207⟧: kann erst 15:30, lg ⟦PERSON:Deniz⟧",
        ("MRT-Termin", "15:30", "Antwort", "14:40", "e-card", "zugestellt", "11:02", "SMS-Log"),
    ),
    (
        "at11",
        "de",
        "Befundkopf (Druckvorlage):\nName: ⟦PERSON:Schwarzl, Karl Heinz⟧   geb.: ⟦DATE:12.07.1940⟧\n"
        "Zuweiser: Prim. Dr. ⟦PERSON:Andreas Fuchs⟧, ⟦INSTITUTION:LKH Feldbach⟧\n"
        "Untersuchung: Rö Becken a.p. + Hüfte axial li. vom ⟦DATE:11.11.2024⟧\n"
        "Befund: Schenkelhalsfraktur links Garden III, Pauwels II. Coxarthrose Kellgren-Lawrence 3.",
        ("Garden III", "Pauwels II", "Kellgren-Lawrence 3", "Schenkelhalsfraktur", "Rö Becken", "Hüfte axial"),
    ),
    (
        "at12",
        "de",
        "Interner Chat (RIS-Messenger) 19:52:\n"
        "⟦PERSON:lmayr⟧: CT von ⟦PERSON:Franziska⟧ aus Box 3 ist fertig, Pat. ⟦PERSON:Hölzl⟧, Fallzahl ⟦ID:2024001877⟧\n"
        "⟦PERSON:dr_kern⟧: Danke, Lungenembolie beidseits zentral, RV/LV 1,3. Bitte Anruf Stationsarzt.\n"
        "⟦PERSON:lmayr⟧: erledigt 19:58.",
        ("RIS-Messenger", "Box 3", "Lungenembolie", "RV/LV 1,3", "Stationsarzt", "19:52"),
    ),
    (
        "at13",
        "de",
        "Mammographie-Screening (Früherkennungsprogramm), Einladungsdatensatz:\n"
        "Einladungscode ⟦ID:BKFP-9922-7741⟧; ⟦PERSON:Renate Kaltenegger⟧; SVNR ⟦ID:5512 260865⟧; "
        "⟦ADDRESS:Hauptplatz 4/2/7, 8010 Graz⟧\n"
        "Befundung: BI-RADS 2 beidseits, Dichte ACR B. Zweitbefunderin Dr.in ⟦PERSON:Nina Url⟧.\n"
        "Erstbefunder Dr. ⟦PERSON:Ferdinand Lasser⟧, ⟦INSTITUTION:Röntgeninstitut Eggenberg⟧, Befund vom ⟦DATE:29.10.2024⟧; "
        "Tomosynthese nicht erfolgt.",
        (
            "BI-RADS 2",
            "Tomosynthese",
            "Erstbefunder",
            "ACR B",
            "Einladungscode",
            "Zweitbefunderin",
            "Früherkennungsprogramm",
        ),
    ),
    (
        "at14",
        "de",
        "URL im Zuweiserportal-Protokoll:\n"
        "GET ⟦URL:https://zuweiser.rz-tirol.at/befund?svnr=6618220571&name=Obermoser&datum=20240611⟧ 200\n"
        "Benutzer ⟦PERSON:praxis.obermoser⟧ (⟦INSTITUTION:Gruppenpraxis Schwaz⟧). Aufgerufen: MRT Knie, "
        "vordere Kreuzbandruptur, Segond-Fraktur.",
        ("Zuweiserportal", "GET", "MRT Knie", "Kreuzbandruptur", "Segond-Fraktur"),
    ),
    (
        "at15",
        "de",
        "Übergabeliste Nachtdienst (aus Excel):\n"
        "Zi 21 | ⟦PERSON:Stadler A.⟧ | ⟦AGE:96⟧ a | SHT, CCT 23:10 o.B. | Sohn ⟦PERSON:Martin⟧ ⟦PHONE:0676 4412098⟧\n"
        "Zi 22 | ⟦PERSON:Berger J.⟧ | 34 a | Appendizitis? Sono 00:40: Alvarado 7 | —\n"
        "Unterschrift: Dr. ⟦PERSON:Weiß⟧",
        ("Zi 21", "SHT", "CCT 23:10", "Alvarado 7", "Sono 00:40", "34 a", "Appendizitis"),
    ),
    (
        "at16",
        "de",
        "Aktenvermerk Archiv: Anforderung der Bilder durch ⟦INSTITUTION:Kanzlei Dr. Hammerer & Partner⟧, "
        "GZ ⟦ID:14 Cg 88/24k⟧, betreffend ⟦PERSON:Reinhold Auer⟧, geb. ⟦DATE:3. Mai 1966⟧, wohnhaft ⟦ADDRESS:Leoben⟧.\n"
        "Freigabe durch Patient liegt vor (Scan ⟦DATE:2024-10-02⟧). CD gebrannt, 2 Studien (CT LWS, MRT LWS).",
        ("Aktenvermerk", "CT LWS", "MRT LWS", "2 Studien", "Freigabe"),
    ),
)
