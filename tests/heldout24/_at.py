# ruff: noqa: E501  (marked-up report texts keep their natural line breaks)
"""Held-out 24, Austria: marked excerpts (id, lang, marked text, keep-terms)."""

AT = (
    (
        "at01",
        "de",
        """⟦INSTITUTION:Landesklinikum Hochsteiermark⟧ – Standort ⟦INSTITUTION:Leoben⟧ – Institut für Nuklearmedizin
Pat.: ⟦PERSON:Pichler-Gruber, Theresia⟧, SVNR ⟦ID:2817 120344⟧, geb. ⟦DATE:12.03.1944⟧
Schilddrüsenszintigraphie mit 99mTc-Pertechnetat 74 MBq: warmer Knoten rechts, Uptake 2,1 %.
Sonographisch TI-RADS 3. Vorbefund Dr. ⟦PERSON:Lechner⟧, ⟦INSTITUTION:Ordination am Hauptplatz Bruck⟧ (⟦DATE:Feber 2024⟧).
Befundende Ärztin: OÄ Dr.ⁱⁿ ⟦PERSON:Valentina Ehrenhöfer⟧""",
        ("Schilddrüsenszintigraphie", "99mTc-Pertechnetat", "Uptake", "TI-RADS 3", "Institut für Nuklearmedizin"),
    ),
    (
        "at02",
        "de",
        """Ambulanzkarte Gefäßchirurgie | Aufnahmezahl ⟦ID:2025/041877⟧ | ⟦DATE:3. März 2025⟧
⟦PERSON:Ivo Marković⟧, ⟦AGE:90⟧a, wohnhaft ⟦ADDRESS:Favoritenstraße 212/4/17, 1100 Wien⟧
Angehörige: Enkelin ⟦PERSON:Lejla Marković⟧, Tel. ⟦PHONE:+43 664 318 22 71⟧
Carotis-Duplex: ACI links 70–79 % nach NASCET, Plaque echoarm. CTA der Halsgefäße angemeldet,
Eingriff (CEA vs. Stent) im Gefäßboard des ⟦INSTITUTION:KFJ⟧ besprochen.""",
        ("Carotis-Duplex", "ACI", "NASCET", "echoarm", "CTA der Halsgefäße", "CEA", "Gefäßboard"),
    ),
    (
        "at03",
        "de",
        """Aufklärung & Einwilligung – Perkutane Nephrostomie
Patientin: ⟦PERSON:Gül Şahin⟧ | Geb.: ⟦DATE:1987-05-30⟧ | Dolmetsch über Videodolmetsch-Dienst
⟦INSTITUTION:SAVD⟧, Dolmetscherin Frau ⟦PERSON:Aylin Kaya⟧ (ID ⟦ID:D-30918⟧)
Risiken: Blutung, Sepsis, Dislokation. Sonographie- und durchleuchtungsgezielte Punktion nach
Seldinger, 10F Pigtail. Gerinnung: INR 1,1, Thrombozyten 212 G/l. Sa., 22:40 Uhr, Dienst-OA Dr. ⟦PERSON:Pöltl⟧""",
        ("Perkutane Nephrostomie", "Seldinger", "Pigtail", "INR 1,1", "Thrombozyten", "22:40", "Sepsis"),
    ),
    (
        "at04",
        "de",
        """Strahlentherapie Planungs-CT – Worklist ⟦DATE:Mo 16.06.2025⟧
07:30 | ⟦PERSON:STEINBRUGGER Alois⟧ | ⟦DATE:02.02.1939⟧ | Prostata-Ca, Goldmarker | ⟦ID:PL-55012⟧
08:10 | ⟦PERSON:OBERHOLLENZER Maria⟧ | ⟦DATE:28.11.1958⟧ | Rektum-Ca, Bauchlage, Bellyboard | ⟦ID:PL-55013⟧
08:50 | ⟦PERSON:NWACHUKWU Chidinma⟧ | ⟦DATE:14.04.1982⟧ | Hodgkin, 4D-CT | ⟦ID:PL-55014⟧
Gerät: Siemens SOMATOM go.Open Pro, Raum ST2. MTRA: Hr. ⟦PERSON:Tscholl⟧""",
        ("Goldmarker", "Bellyboard", "4D-CT", "Hodgkin", "SOMATOM go.Open Pro", "07:30", "Bauchlage"),
    ),
    (
        "at05",
        "de",
        """Mutter-Kind-Pass-Untersuchung / Fetales MRT
Mutter: ⟦PERSON:Katharina Unterberger⟧ (29 J.), Kind: Zwillinge dichorial-diamniot, SSW 26+4
Überweisung: ⟦INSTITUTION:Frauenarztpraxis Dr.ⁱⁿ Stadlmayr⟧, ⟦ADDRESS:Linzer Gasse 14, 5020 Salzburg⟧
Zwilling B: Zwerchfellhernie links (CDH), o/e LHR 31 %, Leber intrathorakal. Vorstellung ⟦INSTITUTION:Uniklinikum Salzburg⟧
Kinderchirurgie. Befund telefonisch Kl. ⟦PHONE:57255-26110⟧ am ⟦DATE:06.05.25⟧.""",
        (
            "Mutter-Kind-Pass-Untersuchung",
            "dichorial-diamniot",
            "Zwerchfellhernie",
            "CDH",
            "LHR",
            "Kinderchirurgie",
            "Zwilling B",
        ),
    ),
    (
        "at06",
        "de",
        """Seite 1/1 — Honorarnote / Leistungsaufstellung (Kassenabrechnung ÖGK)
Vers.-Nr. ⟦ID:4410 050772⟧ ⟦PERSON:Brandstätter Herbert⟧ ⟦ADDRESS:Hauptstraße 5, 3340 Waidhofen/Ybbs⟧
Pos. 36B CT Abdomen mit KM    1x
Pos. 38C MR Wirbelsäule     1x
Überweiser: Dr. ⟦PERSON:Aigner-Koç⟧, Kassenvertrag-Nr. ⟦ID:06-2281⟧
⟦INSTITUTION:Diagnosezentrum Mostviertel⟧ · Bankverbindung auf Anfrage""",
        ("Honorarnote", "CT Abdomen mit KM", "MR Wirbelsäule", "36B", "Kassenabrechnung"),
    ),
    (
        "at07",
        "de",
        """Übergabe Heimbetreuung (Mobile Hauskrankenpflege ⟦INSTITUTION:Volkshilfe Innviertel⟧)
Klientin ⟦PERSON:Aloisia Wimmer⟧, ⟦AGE:97⟧ Jahre, ⟦ADDRESS:Bachweg 2, 4910 Ried im Innkreis⟧
Heimröntgen Thorax (mobil) am ⟦DATE:09.01.2025⟧: Infiltrat rechts basal, Pleuraerguss gering.
DGKP ⟦PERSON:Manuela Hofinger⟧ ⟦PHONE:0676 84 12 3390⟧, Sachwalterin Mag. ⟦PERSON:Ursula Grill⟧ informiert.
Hausarzt Dr. ⟦PERSON:Huemer⟧ verordnet Amoxicillin/Clavulansäure.""",
        ("Heimröntgen Thorax", "Infiltrat", "Pleuraerguss", "DGKP", "Amoxicillin/Clavulansäure", "Sachwalterin"),
    ),
    (
        "at08",
        "de",
        """PET-CT Befund – ⟦PERSON:Rauchenwald, Sebastian⟧, * ⟦DATE:21.9.1970⟧
Tracer 68Ga-PSMA-11 (148 MBq). PSMA-positive Lymphknoten paraaortal und iliakal links (miTNM N1 M1a),
PROMISE-Kriterien. Gegenüber auswärtiger MR Prostata (⟦INSTITUTION:Röntgeninstitut Dr. Jasarevic⟧, ⟦DATE:Juni 2024⟧)
PI-RADS 5 Läsion rechts peripher bekannt. Kopie: Urologie ⟦INSTITUTION:Ordensklinikum Linz Elisabethinen⟧,
z.Hd. Prim. ⟦PERSON:Karlsböck⟧""",
        ("68Ga-PSMA-11", "PROMISE-Kriterien", "miTNM", "PI-RADS 5", "paraaortal", "MR Prostata", "Urologie"),
    ),
    (
        "at09",
        "de",
        """Von: ⟦PERSON:Mühlbacher Renate⟧ <⟦EMAIL:renate.muehlbacher@kabeg.at⟧>
An: Radiologie Sekretariat; Cc: Dr. ⟦PERSON:Tomasz Zieliński⟧
Gesendet: ⟦DATE:Freitag, 14. Februar 2025 10:52⟧
Betreff: Herzschrittmacher-Ausweis Pat. ⟦PERSON:Kapeller⟧ – MRT Schulter li.
bitte vor MRT die Kardiologie (Klappe ⟦PHONE:2264⟧) anrufen, Aggregat Abbott Assurity MRI, Elektroden Tendril STS.
--
⟦INSTITUTION:Klinikum Klagenfurt am Wörthersee⟧ | ⟦ADDRESS:Feschnigstraße 11, 9020 Klagenfurt⟧""",
        (
            "Herzschrittmacher-Ausweis",
            "MRT Schulter li.",
            "Abbott Assurity MRI",
            "Tendril STS",
            "Kardiologie",
            "Aggregat",
        ),
    ),
    (
        "at10",
        "de",
        """Interventionsprotokoll Angiographie-Suite 2 – ⟦DATE:27.05.2025⟧
Pat. ⟦PERSON:Ferhat Yıldırım⟧ | PID ⟦ID:100392817⟧ | Zuweisung Dermatologie ⟦INSTITUTION:LKH Feldkirch⟧
Varikozele-Embolisation links: V. spermatica interna, 4 Coils (Nester 0,035"), Aethoxysklerol-Schaum 3 %.
Durchleuchtung 6,4 min, DFP 14,8 Gy·cm². Artis zee. Assistenz: RT ⟦PERSON:Kathrin Nußbaumer⟧, Operateur
OA ⟦PERSON:Bernd Vonbank⟧""",
        ("Varikozele-Embolisation", "V. spermatica interna", "Nester", "Aethoxysklerol", "Artis zee", "DFP"),
    ),
    (
        "at11",
        "de",
        """Patientenbrief (Befundübermittlung über ELGA)
Sehr geehrter Herr Dipl.-Ing. ⟦PERSON:Konstantin Sacher⟧, wir übermitteln Ihnen den Befund der
Koronar-CT vom ⟦DATE:08/04/2025⟧: Agatston-Score 412, CAD-RADS 3, keine signifikante Stenose der LAD.
Ihr Kardiologe Dr. ⟦PERSON:Rudolf Hametner⟧ (⟦INSTITUTION:Gruppenpraxis Herz im Zentrum⟧) erhält eine Kopie.
Rückfragen: ⟦PHONE:+43 (0)1 40400-77120⟧ · e-Befund auch unter ⟦URL:www.befundportal-rz-alsergrund.at⟧""",
        ("ELGA", "Koronar-CT", "Agatston-Score 412", "CAD-RADS 3", "LAD", "Kardiologe"),
    ),
    (
        "at12",
        "de",
        """Ausgabe aus RIS (CSV)
"AufnNr";"Name";"Vorname";"GebDat";"Untersuchung";"Zuweiser"
"⟦ID:A25-337102⟧";"⟦PERSON:Hinterleitner⟧";"⟦PERSON:Johanna⟧";"⟦DATE:05.08.2001⟧";"MR Mamma bds.";"Dr. ⟦PERSON:Wöss⟧"
"⟦ID:A25-337109⟧";"⟦PERSON:Rexhepi⟧";"⟦PERSON:Arben⟧";"⟦DATE:17.12.1955⟧";"CT Thorax Low-Dose";"⟦INSTITUTION:PVE Enns⟧"
"⟦ID:A25-337111⟧";"⟦PERSON:Bauer⟧";"⟦PERSON:Florian⟧";"⟦DATE:30.01.2012⟧";"Rö Handwurzel Skelettalter";"Kinderambulanz\"""",
        ("MR Mamma bds.", "CT Thorax Low-Dose", "Rö Handwurzel Skelettalter", "Kinderambulanz", "Untersuchung"),
    ),
    (
        "at13",
        "de",
        """Beratungsprotokoll Sozialarbeit – ⟦DATE:19.03.2025⟧
Herr ⟦PERSON:Zoran Ilić⟧ (geb. 1946), nach Amputation (Unterschenkel re., pAVK IV nach Fontaine).
Ehefrau ⟦PERSON:Milena⟧ kann Pflege nicht übernehmen. Antrag Reha im ⟦INSTITUTION:Rehazentrum Weißer Hof⟧, Heilbehelfe:
Prothesenversorgung, Rollstuhl. Sohn ⟦PERSON:Nenad Ilić⟧, ⟦ADDRESS:Graz⟧, ⟦PHONE:0699 1022 4418⟧. Gez. DSA ⟦PERSON:Eva Kroisleitner⟧""",
        ("Amputation", "pAVK IV", "Fontaine", "Prothesenversorgung", "Rollstuhl", "Heilbehelfe", "1946"),
    ),
    (
        "at14",
        "de",
        """Ärztlicher Entlassungsbericht – Seite 2
⟦PERSON:Hochreiter, Maximilian⟧ / ⟦DATE:14.5.1964⟧ / Aufn.-Zl. ⟦ID:0525-77310⟧
Diagnosen: Lungenembolie bds. (PESI II), TVT V. poplitea li.; Therapie: Rivaroxaban 15 mg 2x tgl.
CT-Pulmonalisangiographie: RV/LV-Ratio 0,9, keine Rechtsherzbelastung. Nachkontrolle Echokardiographie
in der Ambulanz Kardiologie ⟦INSTITUTION:Barmherzige Brüder Eisenstadt⟧ am ⟦DATE:2. Juli⟧. OA Dr. ⟦PERSON:Horvath⟧""",
        (
            "Lungenembolie",
            "PESI II",
            "V. poplitea",
            "Rivaroxaban",
            "CT-Pulmonalisangiographie",
            "RV/LV-Ratio",
            "Echokardiographie",
        ),
    ),
    (
        "at15",
        "de",
        """STEMPEL: EINGELANGT ⟦DATE:11. APR. 2025⟧ ⟦INSTITUTION:AUVA-UKH Meidling⟧
Anforderung Vorbilder: Pat. ⟦PERSON:Schöberl Engelbert⟧, SVNR ⟦ID:1290 030658⟧. Bitte CD der CT HWS
vom ⟦DATE:23.03.2025⟧ (Odontoidfraktur Anderson II) an Fax ⟦PHONE:01 60150-8019⟧. Dens-Schraube geplant,
Halo-Fixateur kontraindiziert. Sachbearbeiterin Fr. ⟦PERSON:Tanja Ertl⟧, DW ⟦PHONE:8112⟧""",
        ("Vorbilder", "CT HWS", "Odontoidfraktur", "Anderson II", "Dens-Schraube", "Halo-Fixateur"),
    ),
    (
        "at16",
        "de",
        """Radioonkologie – Aufklärung Ganzhirnbestrahlung mit Hippocampusschonung
Patient ⟦PERSON:Anton Feichtinger⟧ (geb. 1951) begleitet von Lebensgefährtin ⟦PERSON:Christa Pammer⟧.
HA-WBRT 30 Gy/10 Fx, Memantin begleitend (NRG CC001). Maskenanpassung morgen 13:20,
Planungs-MRT T1 MPRAGE mit Gadobutrol. Ärztin: Dr.ⁱⁿ ⟦PERSON:Nilufar Rahimi⟧, ⟦INSTITUTION:Kepler Uniklinikum⟧""",
        ("Hippocampusschonung", "HA-WBRT", "Memantin", "NRG CC001", "MPRAGE", "Gadobutrol", "13:20", "1951"),
    ),
)
