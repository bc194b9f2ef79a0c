"""Held-out 25, Austria: 16 excerpts (German). Marked text, see deid_corpus.py."""

AT: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "at01",
        "de",
        "⟦INSTITUTION:AUVA-Unfallkrankenhaus Steiermark⟧ | Standort ⟦INSTITUTION:Kalwang⟧\n"
        "Unfallmeldung an die AUVA – Schadensnr. ⟦ID:UM-2026-0338170⟧\n"
        "Verletzte/r: ⟦PERSON:Jovanović, Dragana⟧, SVNR ⟦ID:4471 120386⟧\n"
        "Hergang: am ⟦DATE:3. November 2026⟧ gegen 14:20 beim Abladen von Paletten mit der rechten Hand "
        "eingeklemmt. Rö Hand: Schaftfraktur Metacarpale IV, Rotationsfehler klinisch. Boxer's fracture "
        "ausgeschlossen.",
        ("Metacarpale IV", "Rotationsfehler", "Boxer's fracture", "14:20", "Schaftfraktur", "Paletten"),
    ),
    (
        "at02",
        "de",
        "(0008,0080) LO [⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧]\n"
        "(0008,0090) PN [⟦PERSON:Pichler-Rauch^Ingeborg⟧^^Dr.]\n"
        "(0010,0010) PN [⟦PERSON:STRASSER^MATTHIAS^JOHANN⟧]\n"
        "(0010,0020) LO [⟦ID:A0449817⟧]\n(0010,0030) DA [⟦DATE:19620704⟧]\n(0010,1010) AS [064Y]\n"
        "(0018,0015) CS [KNEE]\n(0018,0050) DS [3]\n(0018,1030) LO [PD_FS_cor_KNIE_re]\n"
        "(0008,1010) SH [MRC40521]",
        ("PD_FS_cor_KNIE_re", "KNEE", "064Y", "(0018,1030)", "MRC40521", "(0018,0050)"),
    ),
    (
        "at03",
        "de",
        "⟦INSTITUTION:Justizanstalt Stein⟧ – Ärztlicher Dienst\n"
        "Ausführung zur Radiologie ⟦INSTITUTION:Krems⟧, Insasse ⟦PERSON:Kurtuluş, Emre⟧, Häftl.-Nr. "
        "⟦ID:3318/2025⟧\nTermin Mo, ⟦DATE:9.11.⟧ 08:30, Zuweisung Dr. ⟦PERSON:Resch⟧, Fax ⟦PHONE:02732 801-299⟧\n"
        "Fragestellung: Z.n. tätlicher Auseinandersetzung, Orbitabodenfraktur? Blow-out? Doppelbilder beim "
        "Aufblick. Bitte CT Gesichtsschädel koronar.",
        ("Orbitabodenfraktur", "Blow-out", "Doppelbilder", "CT Gesichtsschädel", "08:30", "Ärztlicher Dienst"),
    ),
    (
        "at04",
        "de",
        "⟦INSTITUTION:Militärspital 1⟧ ⟦ADDRESS:Wien⟧ – Röntgenbefund\n"
        "Rekrut ⟦PERSON:Lukas Hinterberger⟧, Stellungsnr. ⟦ID:W-26-08812⟧, Kaserne ⟦INSTITUTION:Maria-"
        "Theresien-Kaserne⟧\nMarschfraktur? Belastungsschmerz Mittelfuß nach 25-km-Marsch am ⟦DATE:28.10.2026⟧.\n"
        "Befund: diskrete periostale Reaktion Os metatarsale II, Stressreaktion, keine Dislokation.\n"
        "Vidiert: OA Dr. ⟦PERSON:Petra Zwettler-Hamidović⟧",
        ("Marschfraktur", "Os metatarsale II", "Stressreaktion", "periostale Reaktion", "25-km-Marsch"),
    ),
    (
        "at05",
        "de",
        "⟦INSTITUTION:Universitätszahnklinik Wien⟧ / Kieferorthopädie – OPG + FRS\n"
        "Pat.: ⟦PERSON:Lena-Marie Aigner⟧, 14a, Mutter ⟦PERSON:Sabine Aigner⟧ (⟦PHONE:0664 5120938⟧)\n"
        "Retinierter Eckzahn 13, Resorption der Wurzel 12 nicht sicher auszuschließen. Fernröntgen: "
        "ANB 6°, Angle-Klasse II/1, Wits +4 mm. Empfehlung DVT kleines FOV.",
        ("Eckzahn 13", "Angle-Klasse II/1", "ANB 6°", "Wits", "DVT kleines FOV", "14a"),
    ),
    (
        "at06",
        "de",
        "Zentrum für Gerichtsmedizin – Ersuchen um Befundübermittlung\n"
        "Landesgericht für Strafsachen ⟦ADDRESS:Wien⟧, GZ ⟦ID:132 Hv 88/26t⟧\n"
        "Betrifft: ⟦PERSON:Wolfgang Krenn⟧ (Beschuldigter) sowie Opfer ⟦PERSON:Anna S.⟧, geb. ⟦DATE:2.2.1998⟧\n"
        "Gefordert: CT-Schädel vom ⟦DATE:19.09.2026⟧ (⟦INSTITUTION:Klinik Ottakring⟧), Rippenserienfraktur, "
        "Alter der Frakturen (Kallus?). Sachverständiger Univ.-Prof. ⟦PERSON:Kiesl⟧.",
        ("Rippenserienfraktur", "Kallus", "CT-Schädel", "Beschuldigter", "Sachverständiger"),
    ),
    (
        "at07",
        "de",
        "Nachtdienst Telerad – Übergabe ⟦DATE:06.11.2026⟧ 06:45\n"
        "1) ⟦INSTITUTION:LKH Zams⟧: Ski-Unfall, Tibiakopffraktur Schatzker V, CT erledigt, Befund an "
        "Unfallchirurgie telefonisch (OA ⟦PERSON:Gstrein⟧, DW ⟦PHONE:4120⟧).\n"
        "2) ⟦INSTITUTION:KH St. Johann⟧: Pat. ⟦PERSON:van der Linde, Joost⟧ (NL-Tourist), Polytrauma, Milzlazeration "
        "AAST III, Pneumothorax re. – Bitte Kontroll-CT 12:00.",
        ("Schatzker V", "AAST III", "Tibiakopffraktur", "Milzlazeration", "Pneumothorax", "12:00"),
    ),
    (
        "at08",
        "de",
        "ELGA-e-Befund | Dokument-ID ⟦ID:1.2.40.0.34.99.4.2.1.44718⟧\n"
        "Patient: ⟦PERSON:Hofer-Nußbaumer, Theresia⟧, ⟦AGE:93⟧ J., ⟦INSTITUTION:Pflegeheim Haus Sonnwend⟧, "
        "⟦ADDRESS:Dorfplatz 4, 6370 Kitzbühel⟧\nKontakt: Tochter ⟦PERSON:Maria Rainer⟧ ⟦PHONE:+43 676 3390128⟧\n"
        "Hüfte a.p.: mediale Schenkelhalsfraktur Garden IV links. Coxarthrose Kellgren 3 rechts.",
        ("Garden IV", "Schenkelhalsfraktur", "Kellgren 3", "Coxarthrose", "Hüfte a.p."),
    ),
    (
        "at09",
        "de",
        "PACS C-FIND Ergebnis (QR-Level STUDY)\n"
        "PatientName | PatientID | StudyDate | ModalitiesInStudy | StudyDescription | AccessionNumber\n"
        "⟦PERSON:EGGER^FRANZ⟧ | ⟦ID:KSV778120⟧ | ⟦DATE:20260318⟧ | CT | CT Thorax KM | ⟦ID:KS26A03381⟧\n"
        "⟦PERSON:EGGER^FRANZ⟧ | ⟦ID:KSV778120⟧ | ⟦DATE:20261002⟧ | MR\\SR | MRT Schulter li Arthro | ⟦ID:KS26A11907⟧\n"
        "2 Treffer, AE-Title ⟦INSTITUTION:KABEG_KLU_PACS⟧",
        ("ModalitiesInStudy", "CT Thorax KM", "MRT Schulter li Arthro", "QR-Level STUDY", "MR\\SR"),
    ),
    (
        "at10",
        "de",
        "Tropenmedizinische Ambulanz – Reiserückkehrer\n"
        "Herr ⟦PERSON:Bernhard Ofner⟧, 52 a, zurück aus Tansania am ⟦DATE:24.10.⟧, Fieber, Oberbauchschmerzen.\n"
        "Sono/CT: 6 cm Leberabszess Segment VII, Amöbenabszess DD pyogen. Entamoeba-Serologie ausständig.\n"
        "Rückfragen an die Ambulanz ⟦PHONE:01 40400-44400⟧, e-mail ⟦EMAIL:b.ofner@gmx.at⟧ (Patient).",
        ("Leberabszess", "Segment VII", "Amöbenabszess", "Entamoeba-Serologie", "Tansania", "52 a"),
    ),
    (
        "at11",
        "de",
        "⟦INSTITUTION:Pensionsversicherungsanstalt⟧ Landesstelle ⟦ADDRESS:Salzburg⟧\n"
        "Begutachtung Invaliditätspension – VSNR ⟦ID:1207 150768⟧ ⟦PERSON:Ferenc Halász⟧\n"
        "Vorgelegt: MRT LWS ⟦DATE:Juli 2026⟧, ⟦INSTITUTION:Diagnosezentrum Hallein⟧ (Dr. ⟦PERSON:Moosbrugger⟧): "
        "Osteochondrose L4/5, Modic Typ 2, Spinalkanalstenose mittelgradig (Schizas C).",
        ("Modic Typ 2", "Schizas C", "Osteochondrose", "L4/5", "Spinalkanalstenose", "Invaliditätspension"),
    ),
    (
        "at12",
        "de",
        "Studie SPINE-OP-AT – Einwilligungserklärung (Version 3.1)\n"
        "Prüfteilnehmer-Nr. ⟦ID:SOA-0412⟧, Name ⟦PERSON:Gerhild Wöss⟧, geb. ⟦DATE:30/01/1957⟧\n"
        "Aufgeklärt durch: Priv.-Doz. ⟦PERSON:Ramin Sadeghi⟧ am ⟦DATE:02.11.2026⟧, 10:05\n"
        "Randomisiert in Arm B (Kyphoplastie). Studienkoordination: ⟦PERSON:Verena Lechner⟧, Klappe ⟦PHONE:77412⟧.",
        ("Kyphoplastie", "Arm B", "Version 3.1", "10:05", "Randomisiert"),
    ),
    (
        "at13",
        "de",
        "Von: ⟦EMAIL:radiologie.oberwart@khbgld.at⟧\nAn: ⟦PERSON:Schuster, Manfred⟧\n"
        "Betreff: Nachbefundung CT Sprunggelenk ⟦PERSON:Kovacs B.⟧\n"
        "Lieber Manfred, Pilon-tibiale-Fraktur Rüedi-Allgöwer III, Fibula in Höhe der Syndesmose. "
        "Bitte Vergleich mit Voraufnahme aus ⟦ADDRESS:Sopron⟧.\nLG ⟦PERSON:Doris⟧\n--\n"
        "⟦INSTITUTION:Klinik Oberwart⟧ | ⟦ADDRESS:Dornburggasse 80, 7400 Oberwart⟧ | ⟦URL:www.khbgld.at⟧",
        ("Rüedi-Allgöwer III", "Pilon-tibiale-Fraktur", "Syndesmose", "Voraufnahme", "Nachbefundung"),
    ),
    (
        "at14",
        "de",
        "Zuweisung: Dr. ⟦PERSON:Hannelore Fürnkranz⟧, Allgemeinmedizinerin, Kassen-Vertragsnr. ⟦ID:04/7718⟧, "
        "⟦ADDRESS:Hauptplatz 11, 3580 Horn⟧\nPat.: ⟦PERSON:Zdeněk Novotný⟧, SV-Träger ÖGK, Wohnhaft "
        "⟦ADDRESS:Retz⟧\nDiagnose: Gonarthrose bds., V.a. Baker-Zyste re., Thrombose ausschließen – Duplex "
        "+ MRT Knie re. Dringlich!",
        ("Baker-Zyste", "Gonarthrose", "Thrombose", "Duplex", "Allgemeinmedizinerin", "Dringlich"),
    ),
    (
        "at15",
        "de",
        "Bergrettungseinsatz am ⟦DATE:31. Oktober⟧ – Übergabeprotokoll Schockraum\n"
        "Hubschrauber C 14, Notärztin Dr.in ⟦PERSON:Kathrin Obwexer⟧\nPat. unbekannt, später identifiziert als "
        "⟦PERSON:Jakob Lanz⟧ (CH), ⟦PHONE:+41 79 448 12 90⟧\nGCS 13, Wirbelkörperfraktur BWK 12 AO A3, "
        "Beckenring stabil, Skaphoidfraktur rechts. Lawinenverschüttung ausgeschlossen.",
        ("BWK 12", "AO A3", "Skaphoidfraktur", "GCS 13", "Schockraum", "Beckenring"),
    ),
    (
        "at16",
        "de",
        "Befund Seite 1/2 — ⟦INSTITUTION:Röntgeninstitut Dr. Pammer & Partner⟧\n"
        "⟦PERSON:Mustafić, Alen⟧ | Versicherungsnr. ⟦ID:2290 011189⟧ | Unt.-Datum ⟦DATE:05.11.2026⟧\n"
        "MRT HWS: Chiari-I-Malformation mit Tonsillentiefstand 7 mm, Syrinx C4-C6. Atlas-Assimilation.\n"
        "Befund Seite 2/2 — ⟦INSTITUTION:Röntgeninstitut Dr. Pammer & Partner⟧\n"
        "Tel. ⟦PHONE:0316 / 82 44 19-0⟧",
        ("Chiari-I-Malformation", "Tonsillentiefstand", "Syrinx", "C4-C6", "Atlas-Assimilation", "Seite 2/2"),
    ),
)
