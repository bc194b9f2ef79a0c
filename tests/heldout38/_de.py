"""Held-out 38, Germany: 16 German excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "de01",
        "de",
        "Screening-Log Studie KEYNOTE-A39 (EudraCT 2022-000123-45)\n"
        "Pat. ⟦PERSON:Mueller, Hans-Juergen⟧ (PID ⟦ID:7731902⟧ → Subject-Nr. ⟦ID:276011-0042⟧), "
        "geb. ⟦DATE:14.08.1958⟧\n"
        "Baseline-CT Thorax/Abdomen vom ⟦DATE:2025-01-28⟧: 3 Zielläsionen nach RECIST 1.1 "
        "(Summe 84 mm), Leber Segment VII 31 mm.\n"
        "Prüfarzt: Dr. ⟦PERSON:Weber⟧; Monitor: ⟦EMAIL:j.kowalski@iqvia-monitoring.com⟧"
        "\nKopie: Hausärztin Dr. ⟦PERSON:Gül Demir⟧, ⟦ADDRESS:Wilhelmstr. 3, 72074 Tübingen⟧",
        (
            "KEYNOTE-A39",
            "EudraCT 2022-000123-45",
            "RECIST 1.1",
            "Zielläsionen",
            "Segment VII",
            "84 mm",
            "Prüfarzt",
            "Baseline-CT",
        ),
    ),
    (
        "de02",
        "de",
        "Lehrfall-Export (Teaching File) – bitte vor Upload anonymisieren!\n"
        "Original-Header: PatientName=⟦PERSON:SCHR&Ouml;DER^ELFRIEDE⟧ PatientBirthDate=⟦DATE:19470312⟧ "
        "AccessionNumber=⟦ID:A25K018832⟧ InstitutionName=⟦INSTITUTION:Klinikum Fulda⟧\n"
        "Diagnose: Morbus Paget des Beckens, Blastenphase, Cortex verdickt. "
        "Differenzialdiagnose: osteoblastische Metastasen (Prostata). Lehrwert: Bild 3/12, Serie 4."
        "\nHochgeladen von ⟦PERSON:kschwarz⟧ am ⟦DATE:22.01.2025⟧ – Ziel: ⟦URL:https://lehre.klinikum-fulda.de/tf/4471⟧",
        (
            "Teaching File",
            "PatientName",
            "PatientBirthDate",
            "AccessionNumber",
            "InstitutionName",
            "Morbus Paget",
            "osteoblastische Metastasen",
            "Bild 3/12",
            "Serie 4",
        ),
    ),
    (
        "de03",
        "de",
        "RADPEER-Bewertung Q3/2024 – Zweitbefunder: OA Dr. ⟦PERSON:Koch⟧\n"
        "Erstbefund von Dr. ⟦PERSON:Braun⟧ (Login ⟦PERSON:tbraun⟧) am ⟦DATE:19.09.2024⟧, "
        "Fall ⟦ID:24-0918-117⟧: Score 2b – Pneumothorax apikal rechts (8 mm) im Erstbefund nicht erwähnt, "
        "klinisch relevant.\nKeine Rückmeldung an Patientin ⟦PERSON:Ilse Vogt⟧ erforderlich. "
        "Besprochen in der M&M-Konferenz 14:00 Uhr."
        "\nRückfrage an Qualitätsmanagement: ⟦PERSON:Petra Hollmann⟧, ⟦EMAIL:qm-radiologie@klinikum-lippe.de⟧",
        ("RADPEER", "Score 2b", "Pneumothorax", "8 mm", "M&M-Konferenz", "14:00 Uhr", "Zweitbefunder", "Q3/2024"),
    ),
    (
        "de04",
        "de",
        "Tumorboard Thorax ⟦DATE:Mittwoch, 5. März 2025⟧ – Teilnehmer: Prof. ⟦PERSON:Hartmann⟧ "
        "(Thoraxchirurgie), Dr. ⟦PERSON:Engel⟧ (Onkologie), PD Dr. ⟦PERSON:Sabine Wolf⟧ (Radiologie), "
        "Dr. ⟦PERSON:Yilmaz⟧ (Pathologie), Protokoll: Frau ⟦PERSON:Lindner⟧\n"
        "Fall 4: ⟦PERSON:Gerda Pfaff⟧, 71 J., cT2b cN1 M0, UICC IIB. PET-CT: SUVmax 14,2. "
        "Empfehlung: neoadjuvant nach CheckMate 816, dann Lobektomie."
        "\nNächster Termin ⟦DATE:19.03.2025⟧; Einwahl ⟦URL:https://tumorboard.uk-ulm.de/room/thorax⟧",
        (
            "Tumorboard",
            "Thoraxchirurgie",
            "Onkologie",
            "cT2b cN1 M0",
            "UICC IIB",
            "SUVmax 14,2",
            "Lobektomie",
            "CheckMate 816",
            "71 J.",
        ),
    ),
    (
        "de05",
        "de",
        "Ethikkommission – Antrag Az. 2024-417-f-S, Datenanforderung Radiologie\n"
        "Angefordert: alle MRT Prostata (PI-RADS ≥ 4) 2019–2023 mit Biopsie-Korrelation (Gleason).\n"
        "Ausnahme Pseudonymisierung: Pat. ⟦PERSON:Friedrich Krause⟧, ⟦ADDRESS:Lindenallee 7, 48149 "
        "Münster⟧, hat der Verwendung seiner Bilder mit Namen im Vortrag schriftlich zugestimmt "
        "(⟦DATE:02.10.2024⟧).\nKontakt Antragsteller: Dr. ⟦PERSON:Jan-Ole Brinkmann⟧, "
        "⟦EMAIL:brinkmann.jo@ukmuenster.de⟧, Tel. ⟦PHONE:0251 83-47712⟧"
        "\nSekretariat Ethikkommission: Frau Dr. ⟦PERSON:Bettina Hoops⟧, Fax ⟦PHONE:0251 83-57708⟧",
        (
            "Ethikkommission",
            "PI-RADS ≥ 4",
            "2019–2023",
            "Gleason",
            "Pseudonymisierung",
            "Biopsie-Korrelation",
            "MRT Prostata",
            "Vortrag",
        ),
    ),
    (
        "de06",
        "de",
        "EPRD-Meldung Hüft-TEP: Versicherter ⟦PERSON:G&uuml;l Aksoy⟧, KVNR ⟦ID:A123456780⟧, "
        "OP-Datum ⟦DATE:11/2024⟧, Implantat: Pfanne Pinnacle 54 mm, Schaft Corail KA 12.\n"
        "Röntgen-Kontrolle: Lockerungssaum Gruen-Zone 7 (2 mm), DeLee-Charnley-Zone I unauffällig. "
        "Brooker Grad I.\nMeldender Arzt: Dr.med. ⟦PERSON:Stefan Gruen⟧, ⟦INSTITUTION:Orthopädische Klinik "
        "Markgröningen⟧"
        "\nEPRD-Fall-ID ⟦ID:EP-2024-00918273⟧; Rückfragen ⟦PHONE:07145 91-53220⟧",
        (
            "Hüft-TEP",
            "Pinnacle 54 mm",
            "Corail KA 12",
            "Gruen-Zone 7",
            "DeLee-Charnley-Zone I",
            "Brooker Grad I",
            "Lockerungssaum",
            "Implantat",
        ),
    ),
    (
        "de07",
        "de",
        'Abstract-Entwurf DRK 2025 (Röntgenkongress): "Kienböck-Erkrankung bei Kletterern" – '
        "Fallbeispiel: 34-jähriger Patient (⟦PERSON:M. Fischer⟧, Fallnr. ⟦ID:0038817265⟧) mit Lichtman-"
        "Stadium IIIa.\nAutoren: ⟦PERSON:Lea Sommer⟧, ⟦PERSON:Tobias Frank⟧, Prof. Dr. ⟦PERSON:Richter⟧ "
        "– Statistik: Cohen's Kappa 0,81; Wilcoxon p = 0,03. Einreichung bis ⟦DATE:15. Januar⟧ an "
        "⟦EMAIL:abstracts-drk@kongress-orga.de⟧"
        "\nKoautor ⟦PERSON:Moritz Fischer⟧ (nicht der Patient), ⟦INSTITUTION:Sportklinik Hellersen⟧",
        (
            "Röntgenkongress",
            "Kienböck-Erkrankung",
            "34-jähriger",
            "Lichtman-Stadium IIIa",
            "Cohen's Kappa 0,81",
            "Wilcoxon",
            "p = 0,03",
        ),
    ),
    (
        "de08",
        "de",
        "RTF-Rohtext aus Befundsystem: Patient: ⟦PERSON:M\\'fcller, J\\'fcrgen⟧ \\par "
        "Geb.-Dat.: ⟦DATE:07.06.1952⟧ \\par Anschrift: ⟦ADDRESS:Gro\\'dfe Stra\\'dfe 14, 37073 "
        "G\\'f6ttingen⟧ \\par\n"
        "Befund: Schatzki-Ring distaler \\'d6sophagus, axiale Hiatushernie 3 cm. Zenker-Divertikel "
        "nicht nachweisbar. \\par"
        " Arzt: Dr. ⟦PERSON:K\\'f6nig⟧ \\par Datum: ⟦DATE:12. Feb. 2025⟧ \\par",
        ("Schatzki-Ring", "Hiatushernie 3 cm", "Zenker-Divertikel", "Befund", "axiale"),
    ),
    (
        "de09",
        "de",
        "Krebsregister-Meldung (oBDS) – Diagnosesicherung Radiologie\n"
        "Patient: ⟦PERSON:Ludwig Baumann⟧ | geb. ⟦DATE:23.11.1949⟧ | Wohnort: ⟦ADDRESS:Bad Tölz⟧ | "
        "Versichertennr. ⟦ID:K882190457⟧\nICD-10 C22.0, LI-RADS 5 (Segment IV, 42 mm), BCLC B, "
        "Child-Pugh A6. Befundende Ärztin: Dr. ⟦PERSON:Henrike Stein⟧, ⟦INSTITUTION:RoMed Klinikum "
        "Rosenheim⟧"
        "\nMeldung übermittelt ⟦DATE:2025-03-01⟧ durch Dokumentarin ⟦PERSON:Sandra Eck⟧, Tel. ⟦PHONE:08031 365-3170⟧",
        ("oBDS", "ICD-10 C22.0", "LI-RADS 5", "Segment IV", "42 mm", "BCLC B", "Child-Pugh A6", "Diagnosesicherung"),
    ),
    (
        "de10",
        "de",
        "Mail von ⟦EMAIL:studienzentrale@charite-onko.de⟧ an Radiologie, Betreff: Query zu "
        "Subj. ⟦ID:DE-04-0113⟧\nSehr geehrter Herr Dr. ⟦PERSON:Nowak⟧, bitte Visite Woche 12 "
        "(⟦DATE:17.04.2025⟧) nachbefunden: iRECIST iUPD vs. Pseudoprogression? Neue Läsion 11 mm "
        "Nebenniere links.\nGruß ⟦PERSON:Katharina (Kathi) Albers⟧, Study Nurse, DW ⟦PHONE:5561⟧"
        "\nCC: PI Prof. ⟦PERSON:Ulrich Keilholz⟧, ⟦INSTITUTION:Charité Campus Benjamin Franklin⟧",
        ("iRECIST", "iUPD", "Pseudoprogression", "Woche 12", "11 mm", "Nebenniere links", "Study Nurse", "Visite"),
    ),
    (
        "de11",
        "de",
        "Dosisregister / DRW-Überschreitung CT Schädel: ⟦DATE:2025-02-09⟧, 03:14 Uhr, Gerät SOMATOM Force, "
        "CTDIvol 68 mGy (DRW 60), DLP 1120 mGy·cm.\nPatientin: ⟦PERSON:Anneliese Schuster⟧, ⟦AGE:93⟧ "
        "Jahre, PID ⟦ID:100482267⟧. Ursache: Wiederholung wegen Bewegung. MTRA ⟦PERSON:Jens⟧ informiert "
        "den Strahlenschutzbeauftragten Dr. ⟦PERSON:Sauer⟧."
        " Angehörige: Sohn ⟦PERSON:Rüdiger Schuster⟧, ⟦PHONE:0171 4429810⟧.",
        (
            "SOMATOM Force",
            "CTDIvol 68 mGy",
            "DRW 60",
            "DLP 1120 mGy·cm",
            "Dosisregister",
            "Strahlenschutzbeauftragten",
            "CT Schädel",
            "MTRA",
        ),
    ),
    (
        "de12",
        "de",
        "Fallkonferenz Neuroradiologie – Lehrfall #117\n"
        "Anamnese (gekürzt): Pat. ⟦PERSON:Schmidt-Lauterbach⟧, 27 J., Sturz beim Bouldern, "
        "⟦INSTITUTION:BG Unfallklinik Murnau⟧ 2023.\nMRT: Chiari-Malformation Typ I (Tonsillen 9 mm), "
        "Syrinx C4–C6, Fazekas 0. Segmentierung in 3D Slicer, Registrierung auf MNI152.\n"
        "Vorgestellt von Dr. ⟦PERSON:Ana Petrović⟧, Rückfragen ⟦PHONE:08841 48-2290⟧"
        " Patientin wohnt in ⟦ADDRESS:Garmisch-Partenkirchen⟧; Ehemann ⟦PERSON:Florian⟧ war anwesend.",
        (
            "Chiari-Malformation Typ I",
            "9 mm",
            "Syrinx C4–C6",
            "Fazekas 0",
            "3D Slicer",
            "MNI152",
            "27 J.",
            "2023",
            "Lehrfall #117",
        ),
    ),
    (
        "de13",
        "de",
        "Datenanforderung Forschung (Use & Access Committee): Export von 412 Fällen Kellgren-Lawrence "
        "3–4.\nFehler im Pseudonymisierungsprotokoll: Dateiname enthält "
        '"⟦PERSON:Jaeger_Renate⟧_⟦DATE:19550921⟧_Knie_re.dcm"; gemeldet von Hr. ⟦PERSON:Okafor⟧ '
        "(⟦EMAIL:c.okafor@mirc-dateninteg.de⟧) am ⟦DATE:3.3.25⟧.\nKorrektur via CTP-Anonymizer, "
        "Skript v2.1."
        "\nBetroffene Fallnummer ⟦ID:5008821193⟧, Rücklauf an Datenschutz: ⟦EMAIL:datenschutz@uk-essen.de⟧",
        (
            "Use & Access Committee",
            "412 Fällen",
            "Kellgren-Lawrence",
            "CTP-Anonymizer",
            "Knie_re.dcm",
            "Skript v2.1",
            "Pseudonymisierungsprotokoll",
        ),
    ),
    (
        "de14",
        "de",
        "Zweitmeinung für Studie PROSPER-MRI: Überweisung von ⟦INSTITUTION:Praxis Dr. Lehmann & "
        "Partner⟧, ⟦ADDRESS:Kaiserstrasse 41, 60329 Frankfurt am Main⟧, Fax ⟦PHONE:069 2380-1145⟧\n"
        "Betr.: ⟦PERSON:Walter Krüger⟧, * ⟦DATE:02.02.1961⟧ – Bosniak IIF links (2,4 cm), keine "
        "Kontrastmittelaufnahme (Delta 6 HU).\nDie Studienärztin Dr. ⟦PERSON:Lehmann⟧ bittet um "
        "Rückruf."
        " Patient wohnhaft ⟦ADDRESS:Am Weinberg 2a, 61348 Bad Homburg⟧, mobil ⟦PHONE:0152 28849107⟧.",
        (
            "PROSPER-MRI",
            "Zweitmeinung",
            "Bosniak IIF",
            "2,4 cm",
            "Delta 6 HU",
            "Kontrastmittelaufnahme",
            "Studienärztin",
        ),
    ),
    (
        "de15",
        "de",
        "Qualitätszirkel Mammographie ⟦DATE:Nov. 2024⟧: Intervallkarzinom-Analyse\n"
        "Screening-ID ⟦ID:SC-0937-22814⟧ (⟦PERSON:Helga Baker⟧, ⟦ADDRESS:Oldenburg⟧), Voraufnahme "
        "⟦DATE:08/2022⟧ BI-RADS 1, jetzt ACR C, BI-RADS 5, 18 mm. Baker-Zyste im Knie-MRT war "
        "Nebenbefund 2021.\nLeitung: Programmverantwortliche Ärztin Dr. ⟦PERSON:Ute Morgenstern⟧, "
        "⟦INSTITUTION:Mammographie-Screening-Einheit Weser-Ems⟧"
        "\nProtokoll: ⟦PERSON:A. Kaminski⟧, verteilt ⟦DATE:28.11.2024⟧",
        (
            "Intervallkarzinom-Analyse",
            "BI-RADS 1",
            "ACR C",
            "BI-RADS 5",
            "18 mm",
            "Baker-Zyste",
            "Knie-MRT",
            "2021",
            "Programmverantwortliche Ärztin",
        ),
    ),
    (
        "de16",
        "de",
        "Mojibake-Import PACS (Latin-1/UTF-8): Name ⟦PERSON:MÃ¼ller^KÃ¤the⟧^^Dr, Geb. "
        "⟦DATE:1938-04-30⟧, Station 7 Nord, Zimmer 712.\n"
        "Befundtext: Kerley-B-Linien, Pleuraerguss bds., CTR 0,58. Kein Westermark-Zeichen. "
        "Zuweisende Stelle: ⟦INSTITUTION:St. Josef-Hospital Bochum⟧, Tel. ⟦PHONE:+49 234 509-0⟧."
        "\nKorrigiert durch IT-Mitarbeiter ⟦PERSON:Holger Brandt⟧ am ⟦DATE:14.3.2025⟧, Ticket ⟦ID:INC0091823⟧.",
        (
            "Station 7 Nord",
            "Zimmer 712",
            "Kerley-B-Linien",
            "Pleuraerguss",
            "CTR 0,58",
            "Westermark-Zeichen",
            "Zuweisende Stelle",
        ),
    ),
)
