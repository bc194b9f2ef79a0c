"""Held-out 36, Germany: 16 excerpts (German) of technical and system text carrying PHI."""
# ruff: noqa: E501 (excerpt texts are kept one source line per report line)

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "de01",
        "de",
        "Anhang: DICOM-Header der Fremdaufnahme (vom Zuweiser auf CD)\n"
        "(0008,0020) DA [⟦DATE:20240311⟧]\n"
        "(0008,0030) TM [101522]\n"
        "(0008,0050) SH [⟦ID:A24031100457⟧]\n"
        "(0008,0080) LO [⟦INSTITUTION:Radiologische Praxis am Hauptbahnhof⟧]\n"
        "(0008,0090) PN [⟦PERSON:KRÜGER^MARTIN⟧^^DR.MED.]\n"
        "(0008,1010) SH [CTAWP73190]\n"
        "(0008,1090) LO [SOMATOM go.Up]\n"
        "(0010,0010) PN [⟦PERSON:WEGENER^GISELA^MARIA⟧]\n"
        "(0010,0020) LO [⟦ID:PX-0088213⟧]\n"
        "(0010,0030) DA [⟦DATE:19481126⟧]\n"
        "(0010,1010) AS [075Y]\n"
        "(0018,1000) LO [108843]\n"
        "Bewertung: Rundherd im Segment 6 rechts, 7 mm, Fleischner-Kriterien angewandt.",
        ("(0008,0020)", "101522", "CTAWP73190", "SOMATOM go.Up", "075Y", "108843", "Fleischner", "Segment 6"),
    ),
    (
        "de02",
        "de",
        "HL7-Eingang (ORM^O01) aus KIS, Zeilenumbrüche entfernt: MSH|^~\\&|ORBIS|KH|RIS|RAD|⟦DATE:20240902081533⟧||ORM^O01|"
        "⟦ID:MSG88123⟧|P|2.5 PID|1||⟦ID:3345129⟧^^^KH^PI||⟦PERSON:Schönfeld^Ilse⟧^^^^||⟦DATE:19390217⟧|F|||"
        "⟦ADDRESS:Kastanienallee 19⟧^^⟦ADDRESS:Erfurt⟧^^⟦ADDRESS:99085⟧^D||⟦PHONE:0361 7743120⟧ "
        "PV1|1|I|Station 4B^412^2||||⟦PERSON:Heidemann^Lutz⟧^^^Dr. ORC|NW|⟦ID:O-5571302⟧ "
        "OBR|1|⟦ID:O-5571302⟧||CTTHX^CT Thorax mit KM",
        ("ORM^O01", "MSH", "ORBIS", "PV1", "Station 4B", "OBR", "CT Thorax mit KM", "2.5"),
    ),
    (
        "de03",
        "de",
        "Modality Worklist (MR2, Abfrage 07:40):\n"
        "Zeit  | Name                  | Geb.-Dat.  | Acc.-Nr.     | Prozedur\n"
        "08:00 | ⟦PERSON:Baumgartner, Klaus-Dieter⟧ | ⟦DATE:04.06.1961⟧ | ⟦ID:MR240917-0031⟧ | MRT LWS nativ\n"
        "08:30 | ⟦PERSON:Yilmaz, Elif⟧       | ⟦DATE:22.01.1990⟧ | ⟦ID:MR240917-0032⟧ | MRT Knie rechts\n"
        "09:00 | ⟦PERSON:Hoffa, Bernd⟧        | ⟦DATE:13.10.1955⟧ | ⟦ID:MR240917-0033⟧ | MRT Schulter links\n"
        "Hinweis MTRA: Herr ⟦PERSON:Hoffa⟧ Herzschrittmacher? Ausweis liegt vor, MR-conditional.",
        ("08:00", "MRT LWS nativ", "MRT Knie rechts", "MR2", "MR-conditional", "Herzschrittmacher", "07:40"),
    ),
    (
        "de04",
        "de",
        "RIS-Audit (Auszug, angefordert vom Datenschutz):\n"
        "⟦DATE:2024-05-14⟧ 13:02:11 user=⟦PERSON:mfrank⟧ action=OPEN_REPORT pid=⟦ID:00912847⟧ fall=⟦ID:24117736⟧\n"
        "⟦DATE:2024-05-14⟧ 13:02:49 user=⟦PERSON:mfrank⟧ action=PRINT copies=2 printer=RAD-DRUCK-03\n"
        "⟦DATE:2024-05-14⟧ 13:05:02 user=⟦PERSON:s.oezdemir⟧ action=SIGN report=⟦ID:BEF-2024-118832⟧\n"
        "⟦DATE:2024-05-14⟧ 13:07:40 user=⟦PERSON:hwagner⟧ action=EXPORT_CD dest=⟦INSTITUTION:Praxis Dr. Sievers⟧ "
        "via ⟦URL:https://cdexport.klinikum-suedstadt.de/job/88121⟧\n"
        "Kommentar Datenschutzbeauftragte ⟦PERSON:Annegret Vollmer⟧: Zugriff durch Schreibkraft plausibel.",
        (
            "OPEN_REPORT",
            "EXPORT_CD",
            "dest=",
            "copies=2",
            "PRINT",
            "RAD-DRUCK-03",
            "SIGN",
            "Datenschutzbeauftragte",
            "Schreibkraft",
            "13:02:11",
        ),
    ),
    (
        "de05",
        "de",
        "Exportpfad für Studienexport (Forschungsfreigabe ausstehend):\n"
        "\\\\srv-pacs02\\export\\Radiologie\\2024\\⟦PERSON:Lindemann_Horst⟧_⟦DATE:19520730⟧_⟦ID:4410987⟧\\"
        "CT_Abdomen_Leber_3Phasen\\IM0001.dcm\n"
        "Bitte vor Weitergabe pseudonymisieren; Rückfragen an ⟦EMAIL:forschung-radiologie@klinikum-suedstadt.de⟧.\n"
        "Protokoll: Leber 3-Phasen, Primovist nicht verwendet, CTDIvol 11,2 mGy, DLP 842 mGy·cm.",
        ("CT_Abdomen_Leber_3Phasen", "IM0001.dcm", "CTDIvol", "DLP 842 mGy·cm", "Primovist", "pseudonymisieren"),
    ),
    (
        "de06",
        "de",
        "Link zum Viewer für den Zuweiser: "
        "⟦URL:https://pacs.radiologie-nordhafen.de/zfp/?pid=2281933&acc=NH24-77310&user=drbrenner⟧ "
        "(gültig bis ⟦DATE:30.09.2024⟧). Zuweiser: Dr. med. ⟦PERSON:Felix Brenner⟧, "
        "⟦INSTITUTION:Hausarztpraxis Brenner⟧, ⟦ADDRESS:Hafenstraße 3, 18055 Rostock⟧, Tel. ⟦PHONE:0381 4902213⟧.\n"
        "Befund: Baker-Zyste 3,1 cm, Meniskus Grad II nach Stoller.",
        ("Baker-Zyste", "Stoller", "Meniskus", "3,1 cm", "Grad II", "Viewer"),
    ),
    (
        "de07",
        "de",
        "Dosisbericht (automatisch, Teamplay):\n"
        "Patient: ⟦PERSON:Nowak, Irena⟧ | PID ⟦ID:7765012⟧ | Untersuchung ⟦DATE:12.02.2024⟧ 14:31\n"
        "Serie 2: Thorax-Abdomen Routine, CTDIvol 8,4 mGy, DLP 612 mGy·cm, DRW überschritten: nein\n"
        "Serie 5: Late Arterial, CTDIvol 9,9 mGy, DLP 301 mGy·cm\n"
        "Software syngo.CT VA40A, Gerät CT-02 (SN 73412). Freigabe MPE: Dr. rer. nat. ⟦PERSON:Jürgen Osterkamp⟧\n"
        "Kontakt Physik: ⟦EMAIL:mpe.ct@klinikum-fulda.de⟧, Tel. ⟦PHONE:0661 84-5512⟧; Vorwert vom ⟦DATE:03.11.2023⟧: DLP 590 mGy·cm.",
        (
            "Teamplay",
            "Vorwert",
            "DLP 590 mGy·cm",
            "Serie 5",
            "CTDIvol 8,4 mGy",
            "DLP 612 mGy·cm",
            "DRW",
            "syngo.CT VA40A",
            "73412",
            "Late Arterial",
            "14:31",
        ),
    ),
    (
        "de08",
        "de",
        "Fehlerprotokoll Kommunikationsserver:\n"
        "[ERR] ADT^A08 abgewiesen: Patienten-ID ⟦ID:5510287⟧ existiert nicht; Name in Nachricht "
        "⟦PERSON:Kaiser^Heinrich^Wilhelm⟧, geb. ⟦DATE:19330102⟧, Kasse AOK Plus, KVNR ⟦ID:H205871461⟧\n"
        "[WARN] Retry 3/3 an RIS fehlgeschlagen 02:14:07\n"
        "[INFO] Ticket ⟦ID:INC0448127⟧ an ⟦PERSON:Sebastian Rüth⟧ (IT-Servicedesk, App. ⟦PHONE:4471⟧)",
        ("ADT^A08", "[ERR]", "[WARN]", "Retry 3/3", "02:14:07", "IT-Servicedesk", "Kommunikationsserver"),
    ),
    (
        "de09",
        "de",
        "Von: ⟦EMAIL:k.hartwig@praxis-hartwig-bonn.de⟧\nAn: ⟦EMAIL:befundanfrage(at)ukb.uni-bonn.de⟧\n"
        "Betreff: Befund MRT Schädel ⟦PERSON:Pohl, Renate⟧ *⟦DATE:03.03.1944⟧\n\n"
        "Liebe Kolleginnen, bitte Befund zu der MRT vom ⟦DATE:19. August 2024⟧ faxen an ⟦PHONE:0228 981122-19⟧. "
        "Fazekas 2? Mit Dank, ⟦PERSON:Katrin Hartwig⟧\n"
        "Antwort: Fazekas 2, keine Diffusionsstörung, Mikroangiopathie.",
        ("Fazekas 2", "Diffusionsstörung", "Mikroangiopathie", "MRT Schädel", "Betreff"),
    ),
    (
        "de10",
        "de",
        "Barcode-Etikett (OCR vom Anforderungsschein):\n"
        "*⟦ID:0004471820⟧* ⟦PERSON:SCHRÖDER ANKE⟧ ⟦DATE:17.11.58⟧ W\n"
        "Fall ⟦ID:240044718⟧  Station Kardio 2  Zi. 14\n"
        "Anforderung: Rö Thorax p.a./seitlich, Frage Stauung, Kerley-B-Linien? Pleuraerguss?",
        ("Rö Thorax", "Kerley-B-Linien", "Pleuraerguss", "Kardio 2", "Zi. 14", "Stauung", "p.a./seitlich"),
    ),
    (
        "de11",
        "de",
        "NTE-Segment (Freitext der Anforderung):\n"
        "NTE|1||Pat. dement, Betreuerin Frau ⟦PERSON:Edeltraud Sommer⟧ (Tochter) Tel ⟦PHONE:0171 5532901⟧ "
        "begleitet. Kein Kontrastmittel, eGFR 28. Vorbefund ⟦INSTITUTION:St. Vinzenz-Hospital Dinslaken⟧ "
        "vom ⟦DATE:02/2023⟧.\n"
        "OBX|1|NM|EGFR||28|ml/min",
        ("NTE", "OBX", "eGFR 28", "Kontrastmittel", "ml/min", "Betreuerin"),
    ),
    (
        "de12",
        "de",
        "CD-Import-Protokoll (⟦DATE:2024-06-21⟧ 10:12):\n"
        "Quelle: ⟦INSTITUTION:MVZ Radiologie Lippstadt⟧, 412 Bilder, 3 Serien\n"
        "Patientenabgleich: CD-Name ⟦PERSON:MEYER^JOSEF⟧ / KIS-Name ⟦PERSON:Meier, Josef⟧ — "
        "Abweichung Schreibweise, Geb.-Datum identisch (⟦DATE:19570905⟧)\n"
        "Zusammengeführt durch ⟦PERSON:Lena Brandt⟧ (MTRA). Neue Acc. ⟦ID:IMP-24-009921⟧.\n"
        "Vorbefund Dr. ⟦PERSON:Hanna Lüke⟧, Tel. ⟦PHONE:02941 77310⟧: Morbus Scheuermann, Schmorl-Knötchen Th8-Th10.",
        (
            "Morbus Scheuermann",
            "Schmorl-Knötchen",
            "Th8-Th10",
            "412 Bilder",
            "3 Serien",
            "Patientenabgleich",
            "MTRA",
            "10:12",
        ),
    ),
    (
        "de13",
        "de",
        "Befund (Diktat Dr. ⟦PERSON:Wilms⟧, geschrieben ⟦PERSON:kst⟧):\n"
        "Nierenraumforderung links 4,2 cm, DD Wilms-Tumor bei 6-jährigem Kind nicht zutreffend, "
        "Bosniak IIF-Zyste rechts. Vergleich mit Sonographie vom ⟦DATE:14.4.⟧ Oberarzt-Freigabe: "
        "PD Dr. ⟦PERSON:Kathrin Wilms⟧, Kinderradiologie.",
        ("Wilms-Tumor", "Bosniak IIF", "6-jährigem", "4,2 cm", "Kinderradiologie", "Sonographie"),
    ),
    (
        "de14",
        "de",
        "Faxprotokoll Befundversand:\n"
        "Nr. 0412 | ⟦DATE:08.10.2024⟧ 16:44 | an ⟦PHONE:+49 6221 56-38114⟧ | ⟦INSTITUTION:Orthopädie Neckarbogen⟧ | OK | 3 S.\n"
        "Nr. 0413 | ⟦DATE:08.10.2024⟧ 16:46 | an ⟦PHONE:06221 478830⟧ | Dr. ⟦PERSON:Ahmadi⟧ | BUSY\n"
        "Betroffener Patient: ⟦PERSON:Graf, Ulrich⟧, Befund Schulter, Hill-Sachs-Delle und Bankart-Läsion.",
        ("Hill-Sachs-Delle", "Bankart-Läsion", "BUSY", "3 S.", "16:44", "Befundversand"),
    ),
    (
        "de15",
        "de",
        "MPPS-Fehler an Modalität DR-NOTAUFNAHME:\n"
        "N-SET failed: Performed Procedure Step ⟦ID:1.2.276.0.7230010.3.1.4.8323329.5512.1716112233.41⟧\n"
        "PatientName=⟦PERSON:Unger^Theo⟧ PatientID=⟦ID:0102993⟧ PatientBirthDate=⟦DATE:20180212⟧ "
        "PatientAge=006Y\n"
        "Aufnahme: Handgelenk links, Salter-Harris II distaler Radius. Mutter ⟦PERSON:Jana Unger⟧ anwesend, Vater ⟦PERSON:Marco Unger⟧ "
        "telefonisch ⟦PHONE:0152 28811734⟧ informiert. Unterarmgips, Kontrolle in 7 Tagen.",
        (
            "Unterarmgips",
            "7 Tagen",
            "N-SET",
            "Performed Procedure Step",
            "PatientAge=006Y",
            "Salter-Harris II",
            "DR-NOTAUFNAHME",
            "distaler Radius",
        ),
    ),
    (
        "de16",
        "de",
        "Teleradiologie-Auftrag (Nachtdienst, 01:20):\n"
        "Anfordernde Klinik: ⟦INSTITUTION:Kreiskrankenhaus Rotenburg⟧, Arzt Dr. ⟦PERSON:Tobias Engel⟧, "
        "Handy ⟦PHONE:0160 91122448⟧\n"
        "Patient ⟦PERSON:Wolfgang Krebs⟧, ⟦AGE:93⟧ J., wohnhaft ⟦ADDRESS:Bebra⟧, KVNR ⟦ID:K418822907⟧\n"
        "CCT nativ: Keine Blutung, ASPECTS 10, hyperdenses Mediazeichen links nicht sicher. "
        "Rückruf erfolgt 01:48.",
        ("ASPECTS 10", "CCT nativ", "Mediazeichen", "01:20", "01:48", "Nachtdienst", "Blutung"),
    ),
)
