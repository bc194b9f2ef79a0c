# ruff: noqa: E501
"""Held-out 27, Germany: marked excerpts (see deid_corpus.py for the conventions)."""

DE = (
    (
        "de01",
        "de",
        "RIS-Auftragserfassung  Auftr.-Nr. ⟦ID:R25-0093318⟧  Prio: normal\n"
        "Patientin: ⟦PERSON:Oberdorfer, Wiebke⟧  geb. ⟦DATE:14.07.1961⟧  PID ⟦ID:00418837⟧\n"
        "Anforderung: MRT LWS nativ (Sagittal T2 TSE, STIR, axial T2 L3-S1)\n"
        "Fragestellung: Lumboischialgie li., V. a. NPP LWK 4/5\n"
        "Zuweiser: Dr. med. ⟦PERSON:Kassem Haddad⟧, ⟦INSTITUTION:Orthopädie am Rosengarten⟧, "
        "Tel. ⟦PHONE:06201 84 77 30⟧\nTermin: ⟦DATE:Do, 06.03.2025⟧ 07:40 Uhr, Gerät MAGNETOM Vida",
        ("MRT LWS", "STIR", "LWK 4/5", "Lumboischialgie", "MAGNETOM Vida", "07:40 Uhr"),
    ),
    (
        "de02",
        "de",
        "Mammographie-Screening-Programm ⟦INSTITUTION:Screening-Einheit Nordhessen⟧\n"
        "Einladung zur Früherkennungsuntersuchung\n"
        "Frau\n⟦PERSON:Gülşen Aydın-Schäfer⟧\n⟦ADDRESS:Wilhelmshöher Allee 201\n34121 Kassel⟧\n\n"
        "⟦ADDRESS:Kassel⟧, ⟦DATE:17. Februar 2025⟧   Ihre Screening-ID: ⟦ID:HE-SC 4471 0982⟧\n"
        "Sehr geehrte Frau ⟦PERSON:Aydın-Schäfer⟧, für Ihre Mammographie haben wir einen Termin "
        "reserviert: ⟦DATE:11.03.2025⟧ um 10:15 Uhr im Mammobil am Parkplatz Stadthalle. "
        "Terminänderung unter ⟦PHONE:0561 7393-120⟧.",
        ("Mammographie", "Früherkennungsuntersuchung", "Mammobil", "10:15 Uhr", "Terminänderung"),
    ),
    (
        "de03",
        "de",
        "ZNA-Triage (Manchester-Triage-System) – Ersteinschätzung 02:17 Uhr\n"
        "Name: ⟦PERSON:Brandstätter, Jonas⟧, 27 J., Aufnahme-Nr. ⟦ID:2025-017744⟧\n"
        "Vorstellung mit RTW ⟦ID:FL-RK 3/83-2⟧ nach Sturz vom E-Scooter, GCS 14, Kopfplatzwunde, "
        "Kategorie ORANGE. Begleitperson: Freundin ⟦PERSON:Selin Kurt⟧ (⟦PHONE:0176 2298 4410⟧).\n"
        "Schockraum-Alarm nein, CCT nativ angefordert (Canadian CT Head Rule positiv). "
        "Triagepflege: ⟦PERSON:M. Weißgerber⟧",
        (
            "Manchester-Triage-System",
            "02:17 Uhr",
            "27 J.",
            "GCS 14",
            "Kopfplatzwunde",
            "CCT nativ",
            "Canadian CT Head Rule",
            "Schockraum-Alarm",
        ),
    ),
    (
        "de04",
        "de",
        "Interdisziplinäre Tumorkonferenz Thorax – Protokoll vom ⟦DATE:04.03.2025⟧\n"
        "Teilnehmer: Prof. Dr. ⟦PERSON:Henrike Vogelsang⟧ (Pneumologie), PD Dr. ⟦PERSON:Aurel Constantinescu⟧ "
        "(Thoraxchirurgie), Dr. ⟦PERSON:Jana Ritter⟧ (Radiologie), Dr. ⟦PERSON:Tobias Lang⟧ (Pathologie)\n"
        "Fall 3: ⟦PERSON:Krzysztofiak, Halina⟧, ⟦DATE:*09.11.1957⟧, Fall-Nr. ⟦ID:81224405⟧\n"
        "PET-CT: FDG-avider RUL-Rundherd 2,4 cm, SUVmax 9,1, keine N2-Lymphknoten; "
        "Histo: Adenokarzinom, TTF-1 positiv, PD-L1 TPS 60 %. Empfehlung: Lobektomie, "
        "Staging cT1c N0 M0 (UICC 8).",
        (
            "Tumorkonferenz",
            "Pneumologie",
            "Thoraxchirurgie",
            "Pathologie",
            "PET-CT",
            "SUVmax",
            "TTF-1",
            "PD-L1",
            "Lobektomie",
            "UICC 8",
        ),
    ),
    (
        "de05",
        "de",
        "Telekonsil Neuroradiologie (⟦INSTITUTION:TEMPiS⟧-Netz) ⟦DATE:22.01.2025⟧ 23:48\n"
        "anfragende Klinik: ⟦INSTITUTION:Kreisklinik Trostberg⟧, Dr. ⟦PERSON:Ognjen Babić⟧\n"
        "konsiliarisch: OÄ Dr. ⟦PERSON:Lieselotte Amann⟧, ⟦INSTITUTION:Klinikum Harlaching⟧\n"
        "Pat. ⟦PERSON:Hinterreiter, Alois⟧, ⟦AGE:91⟧ J., Symptombeginn 22:55, NIHSS 12.\n"
        "CTA: Verschluss M1 links, ASPECTS 8, Thrombektomie-Verlegung empfohlen, "
        "Lyse mit Tenecteplase bereits begonnen. Rückruf ⟦PHONE:08621 87-0⟧, App. ⟦PHONE:5512⟧.",
        (
            "Telekonsil",
            "Neuroradiologie",
            "NIHSS 12",
            "CTA",
            "M1",
            "ASPECTS 8",
            "Thrombektomie-Verlegung",
            "Tenecteplase",
            "22:55",
        ),
    ),
    (
        "de06",
        "de",
        "Bettendisposition – Export ⟦DATE:05.03.2025⟧ 06:00\n"
        "Station;Bett;Patient;Aufn.;Diagnose;Isolation\n"
        "Kardiologie 3B;12;⟦PERSON:Wendt, Gerlinde⟧;⟦DATE:01.03.⟧;NSTEMI;nein\n"
        "Kardiologie 3B;14;⟦PERSON:Yılmaz, Hüseyin⟧;⟦DATE:03.03.⟧;Lungenembolie;nein\n"
        "Stroke Unit;2;⟦PERSON:Dobrindt-Kühl, Anneliese⟧;⟦DATE:04.03.⟧;Mediainfarkt re.;MRSA\n"
        "Verlegung ZNA→3B angefragt von Pflegedienstleitung ⟦PERSON:Ramona Trettin⟧ (-⟦PHONE:4471⟧)",
        (
            "Bettendisposition",
            "Kardiologie 3B",
            "NSTEMI",
            "Lungenembolie",
            "Stroke Unit",
            "Mediainfarkt",
            "MRSA",
            "Pflegedienstleitung",
        ),
    ),
    (
        "de07",
        "de",
        "Medizinischer Dienst Nordrhein – Gutachten nach § 275 SGB V\n"
        "Versicherte: ⟦PERSON:Kowalczyk, Ewa Maria⟧, KVNR ⟦ID:T557812946⟧\n"
        "Leistungserbringer: ⟦INSTITUTION:Radiologische Gemeinschaftspraxis Dr. Brück & Partner⟧, "
        "⟦ADDRESS:Kaiserstr. 52, 52146 Würselen⟧\n"
        "Auftrag vom ⟦DATE:12.12.2024⟧, Gutachten-Nr. ⟦ID:MD-NR 24/883170⟧\n"
        "Beantragt: Ganzkörper-MRT bei Hereditäres Mammakarzinom-Syndrom (BRCA1). Die Voraussetzungen "
        "sind erfüllt. Gutachterin: Dr. ⟦PERSON:Sabine Oehlkers⟧",
        ("Gutachten", "SGB V", "Ganzkörper-MRT", "BRCA1", "Voraussetzungen"),
    ),
    (
        "de08",
        "de",
        "Befund MRT Mamma bds. – ⟦INSTITUTION:MVZ Radiologie Prüfening⟧ – Seite 2 von 2\n"
        "Pat.: ⟦PERSON:Strohmeier, Carina⟧ ⟦DATE:03.05.1979⟧\n"
        "Vergleich mit Voruntersuchung aus der ⟦INSTITUTION:Caritas-Klinik St. Josef⟧ vom ⟦DATE:08/2022⟧: "
        "Non-mass-Enhancement li. oben außen (Serie 12/Bild 88-94), Kinetik Typ III, BI-RADS 4. "
        "Empfehlung: MR-gestützte Vakuumbiopsie.\n"
        "Dr. med. ⟦PERSON:Finn-Ole Brüggemann⟧ · Fachärzt-\nin für Radiologie Dr. ⟦PERSON:I. Sauerwein⟧",
        (
            "MRT Mamma",
            "Seite 2 von 2",
            "Non-mass-Enhancement",
            "Serie 12/Bild 88-94",
            "Kinetik Typ III",
            "BI-RADS 4",
            "Vakuumbiopsie",
        ),
    ),
    (
        "de09",
        "de",
        "Dear Dr. ⟦PERSON:Whitfield⟧,\nvielen Dank für die Überweisung von Mr ⟦PERSON:Callum Fraser-Nyberg⟧ "
        "(DOB ⟦DATE:2 June 1984⟧), working here since 2023. Die MRT des rechten Knies vom ⟦DATE:27.02.2025⟧ "
        "zeigt eine Korbhenkelruptur des Innenmeniskus und ein Bone Bruise im lateralen Femurkondylus. "
        "His wife ⟦PERSON:Ingrid⟧ asked for a copy to ⟦EMAIL:ingrid.fn@posteo.de⟧.\n"
        "Mit freundlichen Grüßen / Kind regards\nDr. ⟦PERSON:Benedikt Ziegltrum⟧, ⟦INSTITUTION:Radiologie im Tal⟧",
        ("Korbhenkelruptur", "Innenmeniskus", "Bone Bruise", "Femurkondylus", "2023"),
    ),
    (
        "de10",
        "de",
        "Rufbereitschaftsplan Radiologie KW 10/2025\n"
        "Mo | Hintergrund: OA Dr. ⟦PERSON:Marcel Steenbock⟧ | Vordergrund: Fr. ⟦PERSON:Nwankwo⟧ | Pieper ⟦PHONE:5530⟧\n"
        "Di | Hintergrund: OÄ Dr. ⟦PERSON:Vesna Marić⟧ | Vordergrund: Hr. ⟦PERSON:Jakobeit⟧ | Pieper ⟦PHONE:5531⟧\n"
        "Mi | Hintergrund: CA Prof. ⟦PERSON:Wolff-Amsinck⟧ | Vordergrund: Dr. ⟦PERSON:Petra Holm⟧\n"
        "Interventionsdienst (Angio): ⟦PHONE:0171 5503 882⟧. Tausch nur mit Freigabe Sekretariat.",
        (
            "Rufbereitschaftsplan",
            "KW 10/2025",
            "Hintergrund",
            "Vordergrund",
            "Pieper",
            "Interventionsdienst",
            "Angio",
            "Sekretariat",
        ),
    ),
    (
        "de11",
        "de",
        "Krankentransport-Auftrag (Muster 4) – Leitstelle ⟦INSTITUTION:ILS Ostwürttemberg⟧\n"
        "Pat.: ⟦PERSON:Gebhardt, Rosalinde⟧, ⟦AGE:94⟧ J., Pflegeheim ⟦INSTITUTION:Haus Lindenhof⟧, "
        "⟦ADDRESS:Bergstr. 7, Aalen-Wasseralfingen⟧\n"
        "Ziel: CT-Abteilung, ⟦INSTITUTION:Ostalb-Klinikum⟧, Abholung ⟦DATE:07.03.⟧ 08:30, liegend, "
        "Tragestuhl nicht möglich (Hüft-TEP re.). Kontakt Betreuer ⟦PERSON:Siegfried Gebhardt⟧ "
        "⟦PHONE:07361 44 91 02⟧",
        ("Krankentransport-Auftrag", "Muster 4", "CT-Abteilung", "Tragestuhl", "Hüft-TEP", "08:30"),
    ),
    (
        "de12",
        "de",
        "Nachtrag zum Befund vom ⟦DATE:28.02.2025⟧ (Acc. ⟦ID:20250228-0117⟧)\n"
        "Nach telefonischer Rücksprache mit Frau Dr. ⟦PERSON:Chiara Pellegrini⟧ (⟦INSTITUTION:Hausarztpraxis am Markt⟧) "
        "um 16:05 Uhr: Die Raumforderung im Segment VII misst 3,1 cm (Se 6/Im 41), Arteriell Hyperenhancement, "
        "Washout, LI-RADS 5. AFP laut Labor ⟦INSTITUTION:Synlab MVZ Augsburg⟧ 212 ng/ml.\n"
        "gez. ⟦PERSON:Sauer⟧ / Dr. ⟦PERSON:H.-J. Rittinghaus⟧",
        ("Nachtrag", "16:05 Uhr", "Segment VII", "Se 6/Im 41", "Washout", "LI-RADS 5", "AFP"),
    ),
    (
        "de13",
        "de",
        "Von: ⟦EMAIL:qm-radiologie@klinikum-suedstadt.de⟧\nBetreff: CIRS-Meldung 2025-014 Kontrastmittel\n"
        "Am ⟦DATE:Dienstag, 25. Februar⟧ erhielt Pat. ⟦PERSON:Felicitas Yıldırım⟧ (PID ⟦ID:3310472⟧) trotz "
        "dokumentierter Allergie Iomeprol. Prämedikation mit Clemastin und Prednisolon erfolgte nicht. "
        "Meldende: MTR ⟦PERSON:Anke Behrendt⟧, Durchwahl ⟦PHONE:2287⟧.\n"
        "-- \n⟦INSTITUTION:Klinikum Südstadt Rostock⟧ | ⟦ADDRESS:Südring 81, 18059 Rostock⟧ | ⟦URL:www.kliniksued-rostock.de⟧",
        ("CIRS-Meldung", "Kontrastmittel", "Allergie", "Iomeprol", "Prämedikation", "Clemastin", "Prednisolon", "MTR"),
    ),
    (
        "de14",
        "de",
        "Pathologie-Radiologie-Korrelation ⟦DATE:03.03.2025⟧\nE-Nr. ⟦ID:E/2025/10473⟧ – ⟦PERSON:Lindqvist, Maj-Britt⟧\n"
        "Stanzbiopsie re. 10 Uhr, 4 cm ab Mamille (US-gesteuert, 14G): invasives Karzinom NST, G2, "
        "ER 90 %, PR 40 %, HER2 1+, Ki-67 20 %. Konkordant zu BI-RADS 5. Clip (Tumark Vision) korrekt.\n"
        "Befundende Pathologin: Dr. ⟦PERSON:Reinhild Ostermeier⟧, ⟦INSTITUTION:Institut für Pathologie Dr. Hauke⟧",
        ("Stanzbiopsie", "10 Uhr", "Mamille", "14G", "Karzinom NST", "HER2", "Ki-67", "BI-RADS 5", "Tumark Vision"),
    ),
    (
        "de15",
        "de",
        "Terminbestätigung – ⟦INSTITUTION:Radiologie Zentrum Ludwigsburg-Nord⟧\nHerrn ⟦PERSON:Dimitrios Papageorgiou⟧\n"
        "⟦ADDRESS:Schorndorfer Str. 40/1, 71638 Ludwigsburg⟧\nIhr Termin: CT Abdomen mit KM, "
        "⟦DATE:Montag, 10.03.2025⟧, 13:20 Uhr. Bitte 4 h nüchtern, Kreatinin nicht älter als 4 Wochen, "
        "Metformin nach Rücksprache pausieren. Versichertenkarte (⟦ID:A123456789⟧, AOK) mitbringen. "
        "Absage: ⟦PHONE:07141 99 23-0⟧ oder ⟦URL:https://termine.rzln.de/absage⟧",
        ("Terminbestätigung", "CT Abdomen", "13:20 Uhr", "nüchtern", "Kreatinin", "Metformin", "Versichertenkarte"),
    ),
)
