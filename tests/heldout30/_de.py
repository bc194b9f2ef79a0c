# ruff: noqa: E501
"""Held-out 30, Germany: marked excerpts (see deid_corpus.py for the conventions)."""

DE = (
    (
        "de01",
        "de",
        "⟦INSTITUTION:Universitätsklinikum Würzburg⟧ – Institut für Diagnostische und Interventionelle Radiologie\n"
        "Pat.: ⟦PERSON:Kessler, Hannelore⟧, geb. ⟦DATE:14.06.1958⟧, PID ⟦ID:40071823⟧, Fall ⟦ID:2025114506⟧\n"
        "Untersuchung: CT Thorax/Abdomen mit KM vom ⟦DATE:03.11.2025⟧, Acc.-Nr. ⟦ID:WUE25R0448712⟧\n"
        "Zuweiser: Dr. med. ⟦PERSON:Tobias Lindner⟧, Allgemeinmedizin, ⟦ADDRESS:Marktplatz 4, 97236 Randersacker⟧\n"
        "Befund: Im Vergleich zur Voruntersuchung aus 2023 größenkonstanter Rundherd im Segment 6 rechts (7 mm). "
        "Keine Lymphadenopathie nach RECIST 1.1. Leber mit zwei Zysten (max. 12 mm). Nebennieren schlank.\n"
        "Beurteilung: Fleischner-Kategorie beachten, Kontrolle in 12 Monaten empfohlen.\n"
        "Befundet: Dr. ⟦PERSON:M. Gröschel⟧ (Assistenzärztin) / freigegeben: PD Dr. ⟦PERSON:Andreas Kunkel⟧, "
        "Oberarzt, Tel. ⟦PHONE:0931 201-34512⟧",
        (
            "RECIST 1.1",
            "Segment 6",
            "Fleischner-Kategorie",
            "Rundherd",
            "Nebennieren",
            "CT Thorax/Abdomen",
            "7 mm",
            "aus 2023",
            "Lymphadenopathie",
            "Oberarzt",
        ),
    ),
    (
        "de02",
        "de",
        "RIS-Auftrag ⟦ID:A-2025-118734⟧ | Status: angefordert | erstellt ⟦DATE:2025-11-04⟧ 07:42 von ⟦PERSON:lehmannj⟧\n"
        "Patient: ⟦PERSON:Yilmaz, Mehmet Emin⟧ * ⟦DATE:02.02.1971⟧ | Station 4B Kardiologie | Bett 12\n"
        "Anforderer: Dr. ⟦PERSON:Lena Wichert⟧, Funk ⟦PHONE:5523⟧\n"
        "Untersuchung: MRT Herz mit Gadobutrol (Stressperfusion Adenosin)\n"
        "Fragestellung: V. a. Myokarditis nach Infekt, Troponin-Anstieg; DD Takotsubo? Late Enhancement? Lake-Louise-Kriterien?\n"
        "Kontraindikationen: Herzschrittmacher nein, Kreatinin 0,9 mg/dl (⟦DATE:03.11.⟧), Klaustrophobie ja – Rücksprache "
        "mit Ehefrau ⟦PERSON:Ayşe Yilmaz⟧ (Tel. ⟦PHONE:0176 55483920⟧)\n"
        "Transport: liegend, Termin ⟦DATE:05.11.2025⟧ 10:30 Uhr, MRT 2 (Magnetom Vida)",
        (
            "Gadobutrol",
            "Takotsubo",
            "Lake-Louise-Kriterien",
            "Late Enhancement",
            "Station 4B",
            "Magnetom Vida",
            "10:30 Uhr",
            "Adenosin",
            "Myokarditis",
            "Troponin-Anstieg",
            "Bett 12",
        ),
    ),
    (
        "de03",
        "de",
        "NACHTRAG vom ⟦DATE:12. November 2025⟧ zum Befund Röntgen Thorax p.a./seitl. vom ⟦DATE:10.11.2025⟧ "
        "(Acc. ⟦ID:RX25-0993312⟧)\n"
        "Pat. ⟦PERSON:Brigitte Hollmann⟧, ⟦AGE:93⟧ J., aus dem ⟦INSTITUTION:Seniorenstift Haus Sonnenhang⟧\n"
        "Korrektur: Im Originalbefund wurde irrtümlich „Pneumothorax links“ diktiert (Spracherkennung). Richtig: kein "
        "Pneumothorax, Hautfalte links projiziert. Die Kerley-B-Linien und die Pleuraergüsse beidseits bleiben bestehen.\n"
        "Die Korrektur wurde telefonisch an Stationsarzt ⟦PERSON:Kowalczyk⟧ (Gefäßchirurgie, Tel. -⟦PHONE:4471⟧) "
        "übermittelt, ⟦DATE:12.11.⟧ um 09:15 Uhr.\n"
        "gez. Dr. ⟦PERSON:Sabine Pfannenstiel⟧, Fachärztin für Radiologie",
        (
            "Kerley-B-Linien",
            "Pneumothorax",
            "Hautfalte",
            "Pleuraergüsse",
            "Spracherkennung",
            "09:15 Uhr",
            "Röntgen Thorax p.a./seitl.",
            "Gefäßchirurgie",
            "Fachärztin für Radiologie",
        ),
    ),
    (
        "de04",
        "de",
        "Peer-Review (RADPEER)\n"
        "Erstbefunder: Dr. ⟦PERSON:Felix Adamczyk⟧ (⟦PERSON:fadamczyk⟧)   Reviewerin: Prof. Dr. ⟦PERSON:Ute Sommer⟧\n"
        "Untersuchung: CCT nativ, Acc. ⟦ID:CT25-0210447⟧, ⟦DATE:21.10.2025⟧, 02:47 Uhr, Notaufnahme ⟦INSTITUTION:Klinikum Nord⟧\n"
        "Bewertung: Score 2b – Diskrepanz: hyperdenses Mediazeichen links nicht beschrieben, ASPECTS retrospektiv 8. "
        "Klinisch relevant, da im Lyse-Fenster. Ergänzung an die Neurologie (OA Dr. ⟦PERSON:Hartmut Graf⟧) am selben Tag.\n"
        "Feedback an den Erstbefunder vertraulich; Besprechung im Qualitätszirkel am ⟦DATE:13.11.2025⟧.",
        (
            "RADPEER",
            "Score 2b",
            "hyperdenses Mediazeichen",
            "ASPECTS",
            "CCT nativ",
            "02:47 Uhr",
            "Lyse-Fenster",
            "Qualitätszirkel",
            "Neurologie",
            "Notaufnahme",
        ),
    ),
    (
        "de05",
        "de",
        "CIRS-Meldung (vor Weiterleitung anonymisieren)\n"
        "Ereignis: ⟦DATE:29.10.2025⟧, ca. 16:20 Uhr, CT 1, Haus C, ⟦INSTITUTION:Klinikum Fulda⟧\n"
        "Beschreibung: Paravasat von ca. 60 ml Iomeprol 350 über Venenverweilkanüle 20G am rechten Handrücken bei "
        "Flussrate 4 ml/s (Injektor Ulrich CT motion). Patient Herr ⟦PERSON:K. Brandauer⟧ (67 J.) klagte über Brennen.\n"
        "Sofortmaßnahmen: Hochlagerung, Kühlung, Dokumentation nach SOP, Info an diensthabende Ärztin "
        "Dr. ⟦PERSON:Nadine Okafor⟧ (Piepser ⟦PHONE:612⟧). Kein Kompartmentsyndrom.\n"
        "Meldende Person: MTR ⟦PERSON:Jonas Reiter⟧ – Rückfragen: ⟦EMAIL:cirs.radiologie@klinikum-fulda.de⟧",
        (
            "Iomeprol 350",
            "20G",
            "4 ml/s",
            "Ulrich CT motion",
            "Kompartmentsyndrom",
            "Haus C",
            "16:20 Uhr",
            "67 J.",
            "Hochlagerung",
            "Paravasat",
            "Venenverweilkanüle",
        ),
    ),
    (
        "de06",
        "de",
        "Protokollblatt MRT – Gerät: Siemens Magnetom Skyra 3T – ⟦DATE:06.11.2025⟧\n"
        "Pat.-ID ⟦ID:0055128734⟧ | ⟦PERSON:Nowak, Dariusz⟧ | Gew. 84 kg | Größe 182 cm\n"
        "Protokoll: MRT Becken (Prostata) multiparametrisch: T2 TSE tra/sag/cor, DWI b50/800/1400, ADC, DCE mit "
        "Dotarem 15 ml; Buscopan 20 mg i.v. vor der Messung.\n"
        "Besonderheiten: Hüft-TEP links (Artefaktreduktion mit SEMAC), Patient unruhig, DWI wiederholt. Gehörschutz + "
        "Kopfhörer. Tochter ⟦PERSON:Marta⟧ wartet im Warteraum.\n"
        "MTR: ⟦PERSON:S. Albrecht⟧ / ⟦PERSON:T. Nguyen⟧ (Spätdienst) – Leitstelle MRT, App. ⟦PHONE:2290⟧",
        (
            "Magnetom Skyra 3T",
            "T2 TSE tra/sag/cor",
            "DWI b50/800/1400",
            "Dotarem 15 ml",
            "Buscopan 20 mg",
            "Hüft-TEP",
            "SEMAC",
            "Spätdienst",
            "84 kg",
            "Gehörschutz",
            "Leitstelle MRT",
            "182 cm",
        ),
    ),
    (
        "de07",
        "de",
        "Dokumentation Kontrastmittelreaktion\n"
        "Patientin: ⟦PERSON:Elfriede Sauerbruch⟧, geb. ⟦DATE:19.01.1949⟧, Fallnr. ⟦ID:7011845521⟧\n"
        "Untersuchung: CT-Angiographie Becken-Bein, ⟦DATE:07.11.2025⟧ 11:05 Uhr, KM: Iopromid (Ultravist 370), 90 ml\n"
        "Reaktion: 3 min nach Injektion generalisierte Urtikaria, Dyspnoe, RR 95/60 → Grad II nach Ring und Messmer. "
        "Therapie: Clemastin 2 mg i.v., Prednisolon 250 mg i.v., O2 4 l/min. Verlegung zur Überwachung auf die IMC.\n"
        "Allergiepass ausgestellt; Hausarzt Dr. ⟦PERSON:Ralf Zöllner⟧, ⟦ADDRESS:Bahnhofstr. 17, 35037 Marburg⟧, "
        "Fax ⟦PHONE:06421 68 92 14⟧ informiert.\n"
        "Ärztin: Dr. ⟦PERSON:J. Becker⟧",
        (
            "Ultravist 370",
            "Ring und Messmer",
            "Urtikaria",
            "Clemastin 2 mg",
            "Prednisolon 250 mg",
            "IMC",
            "Allergiepass",
            "Becken-Bein",
            "11:05 Uhr",
            "Dyspnoe",
            "RR 95/60",
        ),
    ),
    (
        "de08",
        "de",
        "Interdisziplinäre Tumorkonferenz Thorax – ⟦DATE:Mittwoch, 5. November 2025⟧, 15:30 Uhr, Demoraum Radiologie\n"
        "Anwesend: Prof. ⟦PERSON:Reinhardt⟧ (Pneumologie), Dr. ⟦PERSON:Baumgärtner⟧ (Thoraxchirurgie), Dr. ⟦PERSON:Chen Wei⟧ "
        "(Strahlentherapie), OÄ Dr. ⟦PERSON:Katrin Holzknecht⟧ (Radiologie), Frau ⟦PERSON:Ebert⟧ (Dokumentation)\n"
        "Fall 3: ⟦PERSON:Gerlach, Werner⟧, geb. ⟦DATE:30.08.1956⟧, Zuweisung durch die ⟦INSTITUTION:Lungenfachpraxis am Dom⟧. "
        "PET-CT: Adenokarzinom LOL, cT2b cN2 cM0 (UICC 8: IIIA), EGFR-Wildtyp, PD-L1 60 %. Empfehlung: neoadjuvante "
        "Chemoimmuntherapie, Re-Staging nach 3 Zyklen, Wiedervorstellung ⟦DATE:Januar 2026⟧.",
        (
            "cT2b cN2 cM0",
            "UICC 8",
            "EGFR-Wildtyp",
            "PD-L1 60 %",
            "Demoraum",
            "15:30 Uhr",
            "Strahlentherapie",
            "Thoraxchirurgie",
            "3 Zyklen",
            "PET-CT",
            "Pneumologie",
            "Adenokarzinom LOL",
        ),
    ),
    (
        "de09",
        "de",
        "Morbiditäts- und Mortalitätskonferenz Radiologie, Protokoll vom ⟦DATE:10.11.2025⟧\n"
        "Moderation: PD Dr. ⟦PERSON:Christoph Weidemann⟧; Protokoll: ⟦PERSON:Lisa Marx⟧ (Assistenzärztin, 2. WBJ)\n"
        "Fall A: ⟦AGE:91⟧-jährige Patientin aus ⟦ADDRESS:Bad Homburg⟧, Sturz im Pflegeheim, CT HWS im Nachtdienst "
        "(⟦DATE:14./15.10.2025⟧) als unauffällig befundet. Kontrolle nach 48 h: Dens-Fraktur Typ II nach Anderson/D'Alonzo. "
        "Lernpunkt: bei DISH immer sagittale Rekonstruktionen prüfen.\n"
        "Fall B: Fehlzuordnung einer Voraufnahme bei Namensgleichheit (zwei Patienten ⟦PERSON:Peter Schmidt⟧ im PACS, "
        "PIDs ⟦ID:3304125⟧ und ⟦ID:3340125⟧). Maßnahme: Abgleich über das Geburtsdatum im Befundworkflow.",
        (
            "Anderson/D'Alonzo",
            "Dens-Fraktur Typ II",
            "DISH",
            "48 h",
            "sagittale Rekonstruktionen",
            "Nachtdienst",
            "2. WBJ",
            "Pflegeheim",
            "Namensgleichheit",
            "Befundworkflow",
            "CT HWS",
        ),
    ),
    (
        "de10",
        "de",
        "Lehrfallsammlung – Export (Anonymisierung ausstehend!)\n"
        "Titel: Morbus Ormond mit Ureterstauung beidseits\n"
        "Quelle: Befund ⟦ID:CT-25-771204⟧ vom ⟦DATE:20250914⟧, Pat. ⟦PERSON:HAASE^ALFONS⟧, Einsender "
        "⟦INSTITUTION:Urologische Gemeinschaftspraxis Gießen-Süd⟧\n"
        "Stichworte: retroperitoneale Fibrose, IgG4, Aortenummauerung; DD Lymphom (Ann Arbor), Erdheim-Chester, "
        "Wegener-Granulomatose\n"
        "Eingestellt von ⟦PERSON:kbauer2⟧ am ⟦DATE:02.11.2025⟧; Kurator: OA Dr. ⟦PERSON:Bernd Wegener⟧\n"
        "Link: ⟦URL:https://lehrfall.ukgm.de/case/55871⟧",
        (
            "Morbus Ormond",
            "IgG4",
            "Erdheim-Chester",
            "Wegener-Granulomatose",
            "Ureterstauung",
            "Ann Arbor",
            "retroperitoneale Fibrose",
            "Aortenummauerung",
            "DD Lymphom",
        ),
    ),
    (
        "de11",
        "de",
        "Datenqualität RIS – offene Befunde > 48 h (Stand ⟦DATE:07.11.2025⟧ 06:00)\n"
        "Accession;PID;Name;Modalität;Untersuchungsdatum;Befunder;Status\n"
        "⟦ID:DE25CT118820⟧;⟦ID:5512034⟧;⟦PERSON:Lorenz, Gisela⟧;CT;⟦DATE:03.11.2025⟧;⟦PERSON:mhoffmann⟧;vorläufig\n"
        "⟦ID:DE25MR044713⟧;⟦ID:5530981⟧;⟦PERSON:Aydın, Kerem⟧;MR;⟦DATE:04.11.2025⟧;⟦PERSON:ssteiner⟧;diktiert\n"
        "⟦ID:DE25DX902218⟧;⟦ID:5519987⟧;⟦PERSON:Fuchs, Marianne⟧;DX;⟦DATE:04.11.2025⟧;–;ungelesen\n"
        "Verantwortlich: ⟦PERSON:Frank Wilde⟧ (RIS-Administration), ⟦EMAIL:ris-admin@uk-jena.de⟧",
        (
            "Accession;PID;Name;Modalität",
            "vorläufig",
            "diktiert",
            "ungelesen",
            "06:00",
            "RIS-Administration",
            "> 48 h",
            "Datenqualität RIS",
        ),
    ),
    (
        "de12",
        "de",
        "⟦INSTITUTION:Orthopädie am Wasserturm⟧\n"
        "Dr. med. ⟦PERSON:Jan-Hendrik Paulsen⟧ · Dr. med. ⟦PERSON:Birte Lüders⟧\n"
        "⟦ADDRESS:Wasserturmstraße 3 · 24103 Kiel⟧ · Tel. ⟦PHONE:0431 9 88 77 0⟧ · BSNR ⟦ID:017734500⟧\n\n"
        "Sehr geehrte Kolleginnen und Kollegen,\n"
        "wir bitten um ein MRT des rechten Kniegelenks bei Herrn ⟦PERSON:Ole Jacobsen⟧ (geb. ⟦DATE:11.04.1988⟧, 37 J.), "
        "Handballer, Distorsionstrauma am ⟦DATE:1.11.⟧. Klinisch positiver Lachman-Test, Verdacht auf VKB-Ruptur, "
        "DD Segond-Fraktur, Korbhenkelriss? Röntgen auswärts o.B.\n"
        "Versichert: Techniker Krankenkasse, Vers.-Nr. ⟦ID:K448190233⟧. Befund bitte per KIM an "
        "⟦EMAIL:praxis@ortho-wasserturm.kim.telematik⟧.\n"
        "⟦ADDRESS:Kiel⟧, ⟦DATE:05.11.2025⟧",
        (
            "Lachman-Test",
            "VKB-Ruptur",
            "Segond-Fraktur",
            "Korbhenkelriss",
            "37 J.",
            "Distorsionstrauma",
            "Handballer",
            "per KIM",
            "MRT des rechten Kniegelenks",
            "Röntgen auswärts o.B.",
        ),
    ),
    (
        "de13",
        "de",
        "Migrationslauf PACS → VNA, Lauf vom ⟦DATE:02.11.2025⟧, Bearbeiter ⟦PERSON:tkluge⟧\n"
        "01:14:07 MIGRATE StudyInstanceUID ⟦ID:1.2.840.113619.2.55.3.604688119.971.1730512345.212⟧ → VNA: OK\n"
        "01:14:09 WARN PatientName mismatch: RIS '⟦PERSON:Schäfer-Özdemir, Leyla⟧' vs PACS '⟦PERSON:SCHAEFER OEZDEMIR^LEYLA⟧' "
        "(PatientID ⟦ID:8812300⟧, StudyDate ⟦DATE:20190311⟧) → Merge-Queue\n"
        "01:14:12 ERROR AccessionNumber ⟦ID:R19-008812⟧ doppelt vergeben (IssuerOfPatientID ⟦INSTITUTION:KH Nordwest⟧)\n"
        "01:14:15 INFO 3 Serien (CT Abdomen, 5 mm / 1 mm / MPR cor) übernommen",
        (
            "PatientName",
            "StudyDate",
            "AccessionNumber",
            "IssuerOfPatientID",
            "Merge-Queue",
            "01:14:09",
            "StudyInstanceUID",
            "MPR cor",
            "01:14:07",
            "→ VNA: OK",
        ),
    ),
    (
        "de14",
        "de",
        "DICOM SR – Comprehensive SR (Mammographie-CAD)\n"
        "(0010,0010) PatientName: ⟦PERSON:KRAUSE^DORIS^M⟧\n"
        "(0010,0020) PatientID: ⟦ID:MAM0098812⟧\n"
        "(0010,0030) PatientBirthDate: ⟦DATE:19670223⟧\n"
        "(0008,0080) InstitutionName: ⟦INSTITUTION:Mammographie-Screening-Einheit Bremen-Nord⟧\n"
        "(0008,0090) ReferringPhysicianName: ⟦PERSON:TIEDEMANN^HOLGER⟧^^DR\n"
        "Content: Finding: calcification cluster, BI-RADS 4a, left breast, upper outer quadrant, 8 mm; mass: none. "
        "Algorithm: Transpara 1.7.2, score 7.",
        (
            "PatientName",
            "InstitutionName",
            "ReferringPhysicianName",
            "BI-RADS 4a",
            "Transpara",
            "upper outer quadrant",
            "Comprehensive SR",
            "8 mm",
            "PatientBirthDate",
            "calcification cluster",
        ),
    ),
    (
        "de15",
        "de",
        "Modality Worklist (C-FIND-RSP) – ⟦INSTITUTION:Asklepios Klinik Barmbek⟧, AE MR2_HAUS_O – Abfrage ⟦DATE:06.11.2025⟧ 07:00\n"
        "#1 ⟦PERSON:Petersen^Ingeborg⟧ | ⟦ID:9987120⟧ | *⟦DATE:19410517⟧ | SPS: MRT Schädel + KM | 07:30 | "
        "ScheduledPerformingPhysician ⟦PERSON:Wolff^Kathrin⟧^^Dr.\n"
        "#2 ⟦PERSON:Mahmoud^Rami⟧ | ⟦ID:9990431⟧ | *⟦DATE:20110902⟧ (14 J.) | SPS: MRT Knie rechts | 08:15 | Narkose: nein\n"
        "#3 ⟦PERSON:Kühn^Herbert⟧ | ⟦ID:9971002⟧ | *⟦DATE:19330104⟧ | SPS: mpMRT Prostata (PI-RADS) | 09:00 | "
        "RequestingPhysician ⟦PERSON:Albers^Henrik⟧",
        (
            "C-FIND-RSP",
            "SPS",
            "mpMRT",
            "PI-RADS",
            "ScheduledPerformingPhysician",
            "14 J.",
            "MRT Schädel + KM",
            "07:30",
            "RequestingPhysician",
            "MRT Knie rechts",
            "Narkose: nein",
        ),
    ),
    (
        "de16",
        "de",
        "Überweisungsschein (Muster 6) – Kurativ\n"
        "Krankenkasse: AOK Niedersachsen | Name, Vorname des Versicherten: ⟦PERSON:Mertens, Jürgen⟧ | geb. am ⟦DATE:24.12.1960⟧ | "
        "⟦ADDRESS:Lindenallee 22, 30175 Hannover⟧\n"
        "Versicherten-Nr. ⟦ID:M736104211⟧ | Betriebsstätten-Nr. ⟦ID:461234500⟧ | Arzt-Nr. ⟦ID:123456701⟧ | Datum ⟦DATE:03.11.25⟧\n"
        "Überweisung an: Radiologie | Auftrag: CT Nasennebenhöhlen nativ, Low-Dose | Diagnose: J32.0 G chronische "
        "Sinusitis maxillaris, Z. n. FESS 2019\n"
        "Ausstellende Ärztin: Dr. med. ⟦PERSON:Ayla Demirci⟧, HNO-Heilkunde, ⟦INSTITUTION:HNO-Zentrum List⟧, Tel. ⟦PHONE:0511 69 44 20⟧",
        (
            "Muster 6",
            "Kurativ",
            "J32.0 G",
            "Sinusitis maxillaris",
            "Low-Dose",
            "CT Nasennebenhöhlen",
            "FESS 2019",
            "HNO-Heilkunde",
            "Überweisungsschein",
            "Betriebsstätten-Nr.",
        ),
    ),
)
