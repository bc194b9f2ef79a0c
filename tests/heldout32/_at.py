# ruff: noqa: E501
"""Held-out 32, Austria: 16 German excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

AT: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "at-01",
        "de",
        """Teleradiologie Tirol – Befund für das Sprengelarztzentrum
Anfordernd: Dr. ⟦PERSON:Alois Gstrein⟧, ⟦INSTITUTION:Sprengelarztpraxis Sölden⟧, Fax ⟦PHONE:05254 2210-4⟧
Patient: ⟦PERSON:Riml, Andreas⟧, SVNR ⟦ID:2817 140389⟧, wohnhaft ⟦ADDRESS:Vent⟧
Skiunfall am ⟦DATE:2. Feber 2025⟧, Rettung per Hubschrauber durch ⟦INSTITUTION:Christophorus 5⟧ abgelehnt.
Röntgen Knie in 2 Ebenen: Tibiakopffraktur Schatzker II, Lipohämarthros, Segond-Fraktur nicht abgrenzbar.
Empfehlung: CT und Vorstellung an der ⟦INSTITUTION:Klinik Innsbruck⟧ (Unfallchirurgie), Klappe ⟦PHONE:81720⟧.
Befundender: OA Dr. ⟦PERSON:Markus Tschurtschenthaler⟧""",
        (
            "Schatzker II",
            "Lipohämarthros",
            "Segond-Fraktur",
            "Tibiakopffraktur",
            "2 Ebenen",
            "Unfallchirurgie",
            "Röntgen Knie",
        ),
    ),
    (
        "at-02",
        "de",
        """e-card-Abfrage (Ordinationssoftware, Ausdruck)
Karteninhaber: ⟦PERSON:Hofbauer Brigitte⟧, SV-Nr. ⟦ID:1203 010357⟧, Kartenfolgenummer ⟦ID:0004417781⟧
Versicherungsträger: ÖGK Wien, Anspruch geprüft am ⟦DATE:13.01.2025⟧
Zuweisung: Mammographie beidseits + Sonographie (Früherkennungsprogramm „früh erkennen“)
Ergebnis: BI-RADS 2, Dichte ACR c, kein suspekter Herdbefund.
Befundet durch Dr.in ⟦PERSON:Elisabeth Pruckner⟧, ⟦INSTITUTION:Diagnosezentrum Meidling⟧, ⟦ADDRESS:Schönbrunner Straße 221, 1120 Wien⟧""",
        ("Mammographie", "Sonographie", "BI-RADS 2", "ACR c", "Herdbefund", "früh erkennen", "Früherkennungsprogramm"),
    ),
    (
        "at-03",
        "de",
        """Famulatur- und Turnusbeurteilung, Universitätsklinik für Radiologie
Turnusärztin: Dr.in ⟦PERSON:Verena Lackner⟧ (Matrikel-Nr. ⟦ID:01425577⟧)
Ausbildungsverantwortlicher: Univ.-Prof. Dr. ⟦PERSON:Herbert Pichler⟧, ⟦INSTITUTION:Medizinische Universität Graz⟧
Zeitraum ⟦DATE:Jänner 2025⟧ bis ⟦DATE:März 2025⟧.
Kompetenzen: Thorax-CT (Lungenembolie, Westermark-Zeichen, Hampton-Hump), Sonographie Abdomen,
Durchleuchtung (Schluckakt). Zusammenarbeit mit RT ⟦PERSON:Gernot⟧ und ⟦PERSON:Manuela Strobl⟧ sehr gut.
Dienstliche E-Mail: ⟦EMAIL:verena.lackner@medunigraz.at⟧""",
        (
            "Lungenembolie",
            "Westermark-Zeichen",
            "Hampton-Hump",
            "Durchleuchtung",
            "Schluckakt",
            "Thorax-CT",
            "Sonographie Abdomen",
        ),
    ),
    (
        "at-04",
        "de",
        """ELGA-Befund (Auszug), e-Befund Radiologie
Patient: ⟦PERSON:Gruber, Maximilian⟧ | bPK-GH ⟦ID:Q7Hf3kLzR2xJ0bYw9vNs1TqP4Mg=⟧ | geb. ⟦DATE:1986-11-02⟧
Behandelnde Einrichtung: ⟦INSTITUTION:Landeskrankenhaus Feldkirch⟧, ⟦ADDRESS:Carinagasse 47, 6800 Feldkirch⟧
Untersuchung: MRT Schulter rechts vom ⟦DATE:07.04.2025⟧
Befund: Bankart-Läsion, Hill-Sachs-Delle, Glenoid-Knochenverlust ca. 12 %. SLAP II nicht sicher.
Vidiert: OÄ Dr.in ⟦PERSON:Katharina Bickel⟧, DW ⟦PHONE:3071⟧""",
        ("Bankart-Läsion", "Hill-Sachs-Delle", "Glenoid", "12 %", "SLAP II", "MRT Schulter", "e-Befund"),
    ),
    (
        "at-05",
        "de",
        """Zweitmeinung Medizintourismus (Ukraine) – Begleitschreiben
Sehr geehrte Frau Kollegin ⟦PERSON:Swoboda⟧,
anbei die übersetzten Unterlagen von Herrn ⟦PERSON:Oleksandr Melnyk⟧ (⟦PERSON:Олександр Мельник⟧), geb. ⟦DATE:23.10.1966⟧,
zuletzt behandelt im ⟦INSTITUTION:Klinikum Lwiw Nr. 8⟧. Übersetzung: ⟦PERSON:Iryna Kowalenko⟧, ⟦ADDRESS:Linz⟧.
PET-CT (18F-FDG) vom ⟦DATE:14 березня 2025⟧: SUVmax 11,2 im rechten Lungenhilus, Deauville nicht anwendbar.
Kontakt Neffe ⟦PERSON:Taras⟧: ⟦PHONE:+380 67 401 2281⟧, ⟦EMAIL:taras.melnyk.linz@gmail.com⟧
Mit kollegialen Grüßen, Dr. ⟦PERSON:Fuchs⟧""",
        ("18F-FDG", "SUVmax 11,2", "Lungenhilus", "Deauville", "PET-CT", "Begleitschreiben"),
    ),
    (
        "at-06",
        "de",
        """Patientenportal (Terminbuchung) – Rückfrage
Benutzer ⟦PERSON:sabine.wimmer⟧, IP ⟦ID:84.115.203.19⟧, ⟦DATE:05.05.2025⟧ 07:31
"Ich bin schwanger (22. SSW) und soll ein MRT vom Becken bekommen. Ist Gadolinium gefährlich?"
Antwort der Radiologin Dr.in ⟦PERSON:Anna Maria Stadler⟧: In der Schwangerschaft verzichten wir auf
Gadolinium; die Untersuchung erfolgt bei 1,5 Tesla ohne Kontrastmittel (HASTE, TrueFISP).
Rückfragen unter ⟦PHONE:0732 7806-6123⟧ oder ⟦EMAIL:radiologie.terminanfrage@ordensklinikum.at⟧.""",
        ("22. SSW", "Gadolinium", "1,5 Tesla", "HASTE", "TrueFISP", "Kontrastmittel", "07:31"),
    ),
    (
        "at-07",
        "de",
        """Studienkoordinatorin – Screening-Log (Studie ACO-CT-Kolon, Zentrum 03)
| Screening-Nr. | Initialen | Datum | Einschluss | Kommentar |
| ⟦ID:SZB-014⟧ | ⟦PERSON:H.W.⟧ | ⟦DATE:11.02.2025⟧ | ja | CT-Kolonographie, 2 Polypen 7 mm |
| ⟦ID:SZB-015⟧ | ⟦PERSON:M.O.⟧ | ⟦DATE:12.02.2025⟧ | nein | Morbus Crohn, Ausschluss |
| ⟦ID:SZB-016⟧ | ⟦PERSON:E.K.⟧ | ⟦DATE:12.02.2025⟧ | ja | C-RADS C2 |
Rückfragen: Mag. ⟦PERSON:Theresa Aigner⟧, ⟦INSTITUTION:Uniklinikum Salzburg⟧, Klappe ⟦PHONE:57140⟧""",
        ("CT-Kolonographie", "2 Polypen", "7 mm", "Morbus Crohn", "C-RADS C2", "Einschluss", "Screening-Nr."),
    ),
    (
        "at-08",
        "de",
        """Fallvorstellung Österreichischer Röntgenkongress – Case of the Day
Courtesy of: OA Dr. ⟦PERSON:Christoph Zangerl⟧ und Ass.-Prof.in Dr.in ⟦PERSON:Ulrike Haidinger⟧,
⟦INSTITUTION:Kepler Universitätsklinikum⟧, ⟦ADDRESS:Linz⟧
Diagnose: Zystische Echinokokkose der Leber (WHO CE2) bei einem 41-jährigen Landwirt aus dem
⟦ADDRESS:Mühlviertel⟧. Tochterzysten, Wasserlilienzeichen nicht vorhanden. Differenzialdiagnose:
biliäres Zystadenom, Caroli-Syndrom.
Hinweis der Redaktion: DICOM-Tag (0010,0010) enthielt noch „⟦PERSON:PLÖCHL^JOHANN⟧“ — vom Einreicher
am ⟦DATE:20.05.2025⟧ ersetzt.""",
        (
            "Echinokokkose",
            "WHO CE2",
            "41-jährigen",
            "Tochterzysten",
            "Wasserlilienzeichen",
            "Zystadenom",
            "Caroli-Syndrom",
            "(0010,0010)",
        ),
    ),
    (
        "at-09",
        "de",
        """Arztbrief – Abteilung für Radiologie, ⟦INSTITUTION:Bezirkskrankenhaus Lienz⟧
An: Dr. ⟦PERSON:Peter Oberhuber⟧, Allgemeinmediziner, ⟦ADDRESS:Hauptplatz 9, 9971 Matrei in Osttirol⟧
Betrifft: Frau ⟦PERSON:Notburga Steiner⟧, ⟦AGE:94⟧ a, SVNR ⟦ID:4410 060830⟧
CT Schädel nativ am ⟦DATE:28.12.2024⟧ nach Sturz im Heim: chronisches Subduralhämatom links,
Mittellinienverlagerung 6 mm, keine Fraktur. Neurochirurgisches Telekonsil mit ⟦INSTITUTION:LKH Klagenfurt⟧ erfolgt.
Angehörige: Sohn ⟦PERSON:Johann⟧ informiert, Tel. ⟦PHONE:0664 2318 770⟧""",
        (
            "CT Schädel",
            "Subduralhämatom",
            "Mittellinienverlagerung",
            "6 mm",
            "Fraktur",
            "Telekonsil",
            "Allgemeinmediziner",
        ),
    ),
    (
        "at-10",
        "de",
        """Smartwatch-Export (EKG-App), vom Patienten per Mail übermittelt
Von: ⟦EMAIL:fritz.rainer.1958@aon.at⟧ am Mi., ⟦DATE:12. März 2025⟧
Gerät: Apple Watch Series 9, Seriennr. ⟦ID:G7RKQ2LX9N⟧; Vorhofflimmern-Hinweis 3x in 7 Tagen.
Patient ⟦PERSON:Fritz Rainer⟧ ersucht um Kardio-CT. Befund Kardio-CT: Agatston-Score 412 (CAC-DRS 3),
LAA-Thrombus nicht nachweisbar, Pulmonalvenen regelrecht. Kardiologe: Dr. ⟦PERSON:Gerhard Kern⟧,
⟦INSTITUTION:Herz-Kreislauf-Zentrum Groß Gerungs⟧.""",
        (
            "Apple Watch Series 9",
            "Vorhofflimmern",
            "Agatston-Score 412",
            "CAC-DRS 3",
            "LAA-Thrombus",
            "Pulmonalvenen",
            "Kardio-CT",
        ),
    ),
    (
        "at-11",
        "de",
        """Forschungsdatenbank – Export-Protokoll (Ethikvotum EK 1124/2023)
Antragsteller: DDr. ⟦PERSON:Lukas Brandstätter⟧, ⟦INSTITUTION:AKH Wien⟧
Exportiert: 312 Studien, Modalität MR, Sequenzen T1 MPRAGE, FLAIR, SWI; Zeitraum 2018–2022.
Pseudonymisierung mit Salt; Zuordnungsliste verwahrt bei Ing. ⟦PERSON:Petra Hammerl⟧ (IT).
Fehler Zeile 77: Feld StudyDescription = "MS-Verlauf ⟦PERSON:Wallner⟧ Ctrl ⟦DATE:03/2021⟧" nicht bereinigt.
Kontakt Datenschutz: ⟦EMAIL:datenschutz@meduniwien.ac.at⟧, ⟦PHONE:01 40400-21060⟧""",
        ("EK 1124/2023", "312 Studien", "T1 MPRAGE", "FLAIR", "SWI", "2018", "StudyDescription", "Zeile 77", "Salt"),
    ),
    (
        "at-12",
        "de",
        """Befund – Radiologie-Institut ⟦INSTITUTION:Röntgen Bregenzerwald⟧, ⟦ADDRESS:Egg⟧
Zuweiser: ⟦INSTITUTION:Gruppenpraxis Dr. Moosbrugger & Dr. Fink⟧, ⟦ADDRESS:Bezau⟧
Patientin: ⟦PERSON:Moosbrugger Hildegard⟧ (nicht verwandt), geb. ⟦DATE:19.09.1975⟧, e-card ⟦ID:3391 190975⟧
Sonographie Schilddrüse vom ⟦DATE:16.06.2025⟧: Knoten rechts 18 mm, EU-TIRADS 4, echoarm, keine
Mikroverkalkungen; Struma nodosa. Empfehlung: Feinnadelpunktion, Szintigraphie (99mTc-Pertechnetat).
Terminvereinbarung: ⟦PHONE:05512 2240⟧""",
        (
            "Sonographie Schilddrüse",
            "18 mm",
            "EU-TIRADS 4",
            "echoarm",
            "Mikroverkalkungen",
            "Struma nodosa",
            "Feinnadelpunktion",
            "99mTc-Pertechnetat",
        ),
    ),
    (
        "at-13",
        "de",
        """Mail-Verlauf (weitergeleitet)
Von: Dr. ⟦PERSON:Sebastian Holzer⟧ <⟦EMAIL:s.holzer@bhs-ried.at⟧>
Gesendet: Freitag, ⟦DATE:24. Jänner 2025⟧ 16:40
An: Radiologie-Sekretariat <⟦EMAIL:sekr.roe@bhs-ried.at⟧>
> Bitte den Fall ⟦PERSON:Eichinger⟧ (Fallzahl ⟦ID:25-000318⟧) für die M&M-Konferenz vorbereiten:
> Übersehene Skaphoidfraktur im Erstbefund, in der Kontrolle nach 10 Tagen Sklerosesaum,
> im CT Herbert B2. Röntgen-Stecher-Aufnahme fehlte.
Die Präsentation übernimmt Ass.-Ärztin ⟦PERSON:Melanie⟧.""",
        ("M&M-Konferenz", "Skaphoidfraktur", "10 Tagen", "Sklerosesaum", "Herbert B2", "Stecher-Aufnahme", "16:40"),
    ),
    (
        "at-14",
        "de",
        """Pflegeanstalt – Anforderung Hausbesuch Röntgen
Einrichtung: ⟦INSTITUTION:Haus der Barmherzigkeit Seeböckgasse⟧, ⟦ADDRESS:Seeböckgasse 30a, 1160 Wien⟧
Bewohnerin: ⟦PERSON:Leopoldine Sedlacek⟧, ⟦AGE:102⟧ Jahre, Station Franziskus
Erwachsenenvertreterin: Mag.a ⟦PERSON:Doris Haas⟧, Kanzlei ⟦INSTITUTION:Haas & Partner Rechtsanwälte⟧
Fragestellung: Schenkelhalsfraktur nach Sturz? Befund: Mediale Schenkelhalsfraktur links, Garden III,
Pauwels II. Transport in die ⟦INSTITUTION:Klinik Ottakring⟧ veranlasst, Rettung verständigt 11:20 Uhr.""",
        (
            "Schenkelhalsfraktur",
            "Garden III",
            "Pauwels II",
            "Station Franziskus",
            "Hausbesuch",
            "Fragestellung",
            "11:20 Uhr",
        ),
    ),
    (
        "at-15",
        "de",
        """Befundnachtrag (Social-Media-Anfrage)
Über den Instagram-Account der Abteilung schrieb ⟦PERSON:@kathi.alpin.trail⟧ am ⟦DATE:02.07.2025⟧: „Bin die Patientin
mit dem Ermüdungsbruch, könnt ihr mir die Bilder schicken?“ Identität nicht überprüfbar, daher Antwort nur
über das Sekretariat. Die Patientin, Frau ⟦PERSON:Katharina Unterweger⟧, ⟦ADDRESS:Mariahilfer Straße 7, 8020 Graz⟧, wurde
telefonisch unter ⟦PHONE:+43 676 8812 455⟧ erreicht.
Befund MRT Fuß: Stressfraktur Os metatarsale II (Fredericson Grad 4), Knochenmarködem, 3 Wochen Entlastung.
Sekretariat: Frau ⟦PERSON:Tamara⟧""",
        (
            "Instagram",
            "Ermüdungsbruch",
            "MRT Fuß",
            "Os metatarsale II",
            "Fredericson Grad 4",
            "Knochenmarködem",
            "3 Wochen",
        ),
    ),
    (
        "at-16",
        "de",
        """Strahlenschutz – Dosisauskunft (Ansuchen nach AllgStrSchV)
Antragstellerin: ⟦PERSON:Ingrid Puchner⟧, ⟦ADDRESS:Kirchengasse 4, 5020 Salzburg⟧
SV-Nummer ⟦ID:7729 220468⟧; Untersuchungen im ⟦INSTITUTION:Kardinal Schwarzenberg Klinikum⟧, ⟦ADDRESS:Schwarzach im Pongau⟧:
CT Thorax ⟦DATE:2023-09-14⟧ (DLP 312 mGy·cm), CT Abdomen ⟦DATE:2024-01-30⟧ (DLP 541 mGy·cm),
Koronar-CT 2024 (DLP 180 mGy·cm). Effektive Dosis gesamt ca. 16 mSv (Konversionsfaktoren nach ICRP 103).
Auskunft erteilt: Medizinphysiker DI ⟦PERSON:Harald Egger⟧, Tel. ⟦PHONE:06415 7101⟧ DW ⟦PHONE:2480⟧""",
        ("AllgStrSchV", "DLP 312 mGy·cm", "Koronar-CT 2024", "16 mSv", "ICRP 103", "Medizinphysiker", "CT Thorax"),
    ),
)
