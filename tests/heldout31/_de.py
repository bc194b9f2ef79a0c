# ruff: noqa: E501
"""Held-out 31, Germany: marked excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

DE: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "de01",
        "de",
        """⟦INSTITUTION:MVZ Radiologie am Hauptbahnhof Dortmund⟧ · Praxis für Radiologie und Nuklearmedizin
⟦ADDRESS:Königswall 21, 44137 Dortmund⟧ · Tel. ⟦PHONE:0231 9864-0⟧ · Fax ⟦PHONE:0231 9864-199⟧
Patient: ⟦PERSON:Carvalho Pereira, João Miguel⟧, geb. ⟦DATE:03.11.1971⟧, Pat.-Nr. ⟦ID:RAD-558213⟧
Überweiser: Dr. med. ⟦PERSON:Theodoridis⟧ (Allgemeinmedizin), ⟦ADDRESS:Brambauer Str. 4, 44536 Lünen⟧
MRT LWS nativ vom ⟦DATE:14.02.2025⟧ (Magnetom Vida, 3 T)
Befund: Osteochondrose L5/S1 mit Modic-Typ-1-Signal, Bandscheibe Pfirrmann Grad IV. Spondylolisthesis Meyerding I. Kein Baastrup-Phänomen.
Mit freundlichen kollegialen Grüßen
Dr. med. ⟦PERSON:Katharina Vollmer-Özdemir⟧, Fachärztin für Radiologie""",
        (
            "Magnetom Vida",
            "Modic-Typ-1",
            "Pfirrmann Grad IV",
            "Meyerding I",
            "Baastrup",
            "L5/S1",
            "Osteochondrose",
            "Allgemeinmedizin",
            "Nuklearmedizin",
            "Spondylolisthesis",
        ),
    ),
    (
        "de02",
        "de",
        """Durchgangsarztbericht (F 1000) – Unfallversicherungsträger: BG BAU
Unfall-Nr. der BG: ⟦ID:2.41.17/83125-K⟧
Versicherter: ⟦PERSON:Kovács, Zsolt⟧, geb. ⟦DATE:22.07.1988⟧, wohnhaft ⟦ADDRESS:Am Kanal 7, 47166 Duisburg⟧
Arbeitgeber: ⟦INSTITUTION:Hoch- und Tiefbau Brinkmann GmbH⟧, ⟦ADDRESS:Gewerbepark Nord 3, 47169 Duisburg⟧
Unfalltag: ⟦DATE:05.03.2025⟧, 09:40 Uhr; Sturz vom Gerüst aus ca. 2 m Höhe.
Durchgangsarzt: Dr. ⟦PERSON:Friedhelm Raabe⟧, ⟦INSTITUTION:BG Klinikum Duisburg⟧, D-Arzt-Nr. ⟦ID:3D-41207⟧
Röntgen OSG in 2 Ebenen: Sprunggelenkfraktur Typ Weber B mit Innenknöchelabriss, Syndesmose fraglich.
CT: zusätzlich Volkmann-Dreieck, ca. 15 % der Gelenkfläche.
Heilverfahren: besondere Heilbehandlung, stationär.""",
        (
            "F 1000",
            "Weber B",
            "Volkmann-Dreieck",
            "Syndesmose",
            "OSG",
            "09:40 Uhr",
            "Gerüst",
            "besondere Heilbehandlung",
            "Innenknöchelabriss",
            "Gelenkfläche",
        ),
    ),
    (
        "de03",
        "de",
        """⟦INSTITUTION:Bundeswehrkrankenhaus Ulm⟧ – Klinik für Radiologie
Patient: Oberfeldwebel ⟦PERSON:Nikolaos Papadopoulos⟧, Personenkennziffer ⟦ID:150388-P-40217⟧
Truppenteil: ⟦INSTITUTION:Gebirgsjägerbataillon 232⟧, ⟦ADDRESS:Bischofswiesen⟧
Truppenarzt: Oberstabsarzt Dr. ⟦PERSON:Hoffmann-Lütjens⟧, ⟦INSTITUTION:Sanitätsversorgungszentrum Bad Reichenhall⟧
Anforderung vom ⟦DATE:2025-01-17⟧: Belastungsschmerz Tibia nach 30-km-Marsch.
MRT Unterschenkel links: Stressreaktion der Tibia dorsomedial, Fredericson Grad 3, kein Frakturspalt. STIR-hyperintenses Knochenmarködem über 6 cm.
Befundet am ⟦DATE:20. Januar 2025⟧, 11:05 Uhr, Flottillenarzt ⟦PERSON:Birgit Ahrens⟧, Bw-Tel. ⟦PHONE:90-6108-2214⟧""",
        (
            "Fredericson Grad 3",
            "STIR",
            "Stressreaktion",
            "Knochenmarködem",
            "11:05 Uhr",
            "30-km-Marsch",
            "Unterschenkel",
            "6 cm",
            "Frakturspalt",
            "dorsomedial",
        ),
    ),
    (
        "de04",
        "de",
        """Anforderung Röntgen Thorax – ⟦INSTITUTION:Justizvollzugsanstalt Werl⟧, Sanitätsabteilung
Gefangenenbuchnummer: ⟦ID:G-2291/24⟧ · Name: ⟦PERSON:Demir, Rojhat⟧ · geb. ⟦DATE:1994-08-30⟧
Frage: Tbc-Screening bei Zugangsuntersuchung (§ 36 IfSG).
Vorführung mit Sicherheitsbegleitung durch die Justizvollzugsbeamten ⟦PERSON:Schröder⟧ und ⟦PERSON:Aksoy⟧.
Befund: Kein Hinweis auf Ghon-Komplex oder Kaverne. Herz normal groß. Sinus phrenicocostales frei. Keine hiläre Lymphadenopathie.
Ärztlicher Dienst: Frau Dr. ⟦PERSON:Ilse Wiegand⟧, Tel. ⟦PHONE:02922 981-0⟧, App. ⟦PHONE:357⟧""",
        (
            "Tbc-Screening",
            "Zugangsuntersuchung",
            "§ 36 IfSG",
            "Ghon-Komplex",
            "Kaverne",
            "Sinus phrenicocostales",
            "Justizvollzugsbeamten",
            "Sanitätsabteilung",
            "Röntgen Thorax",
            "hiläre Lymphadenopathie",
        ),
    ),
    (
        "de05",
        "de",
        """Institut für Rechtsmedizin, ⟦INSTITUTION:Universitätsklinikum Hamburg-Eppendorf⟧
Postmortale CT (PMCT) auf Anordnung der ⟦INSTITUTION:Staatsanwaltschaft Hamburg⟧, Az. ⟦ID:3490 UJs 1187/25⟧
Polizeiliche Vorgangsnummer ⟦ID:250311-1844-046771⟧ (⟦INSTITUTION:LKA 41⟧)
Verstorbene: ⟦PERSON:Nguyễn Thị Hồng⟧, ⟦AGE:91⟧ Jahre, aufgefunden am ⟦DATE:11.03.2025⟧ in ihrer Wohnung ⟦ADDRESS:Osdorfer Landstraße 233, 22549 Hamburg⟧.
Befund: Impressionsfraktur parietal links 34 x 22 mm, Contre-coup-Kontusionen frontobasal. Rippenserienfraktur 4.–7. Rippe rechts. Kein Gas in der Vena cava inferior.
Sachbearbeiter: KHK ⟦PERSON:Wendt⟧, Tel. ⟦PHONE:040 4286-74112⟧""",
        (
            "PMCT",
            "Impressionsfraktur",
            "Contre-coup",
            "34 x 22 mm",
            "Rippenserienfraktur",
            "Vena cava inferior",
            "frontobasal",
            "Postmortale CT",
            "4.–7. Rippe",
            "parietal links",
        ),
    ),
    (
        "de06",
        "de",
        """Kinderschutzambulanz, ⟦INSTITUTION:Klinikum Kassel⟧ – Skelettscreening nach AWMF-Kinderschutzleitlinie
Kind: ⟦PERSON:Leonie-Sophie Bauer⟧, 4 Monate, geb. ⟦DATE:09.10.2024⟧
Mutter: ⟦PERSON:Jacqueline Bauer⟧; Lebensgefährte der Mutter: ⟦PERSON:Dennis Kowalczyk⟧
Meldung an ⟦INSTITUTION:Jugendamt Kassel⟧, Frau ⟦PERSON:Hamdi⟧ (ASD), Fax ⟦PHONE:0561 787-5013⟧
Befund: metaphysäre Kantenabsprengung (classic metaphyseal lesion) der distalen Tibia links; Rippenfrakturen dorsal 5–7 rechts mit Kallus. Kein Anhalt für Osteogenesis imperfecta, Caffey-Erkrankung unwahrscheinlich.
Kontrolle des Thorax nach 14 Tagen empfohlen.""",
        (
            "Skelettscreening",
            "AWMF",
            "classic metaphyseal lesion",
            "Osteogenesis imperfecta",
            "Caffey",
            "Kallus",
            "4 Monate",
            "14 Tagen",
            "Rippenfrakturen dorsal",
            "distalen Tibia",
        ),
    ),
    (
        "de07",
        "de",
        """Schockraumprotokoll ⟦DATE:02.05.2025⟧, 17:22 Uhr – Zentrale Notaufnahme
Verkehrsunfall PKW gegen LKW auf der B 27 bei ⟦ADDRESS:Tübingen-Lustnau⟧, Fahrer angeschnallt, Airbag ausgelöst.
Patient: ⟦PERSON:Hakan Kılıç⟧, 38 Jahre. Amtliches Kennzeichen des PKW: ⟦ID:TÜ-HK 482⟧
Polytrauma-CT (Somatom Force): Claviculafraktur links Allman I, Lungenkontusion rechts, Milzlazeration AAST Grad II. HWS ohne Fraktur, NEXUS-Kriterien nicht erfüllt.
Beifahrerin ⟦PERSON:Merve Kılıç⟧ (Ehefrau) in die ⟦INSTITUTION:BG Klinik Tübingen⟧ verlegt.
Unfallaufnahme: PHK ⟦PERSON:Gerstenmaier⟧, ⟦INSTITUTION:Polizeirevier Tübingen⟧, Tagebuch-Nr. ⟦ID:TÜ/0734512/2025⟧""",
        (
            "Somatom Force",
            "Allman I",
            "AAST Grad II",
            "NEXUS-Kriterien",
            "17:22 Uhr",
            "Lungenkontusion",
            "B 27",
            "38 Jahre",
            "Claviculafraktur",
            "Milzlazeration",
        ),
    ),
    (
        "de08",
        "de",
        """⟦INSTITUTION:Reha-Zentrum Werra-Klinik Bad Sooden-Allendorf⟧ – Orthopädische Rehabilitation (AHB)
Rehabilitand: Herr ⟦PERSON:Ahmadi, Farhad⟧, Versicherungsnummer DRV ⟦ID:12 140362 A 517⟧
Aufnahme ⟦DATE:03.02.2025⟧, Entlassung ⟦DATE:24.02.2025⟧
Bei Zustand nach Hüft-TEP rechts (Operation am ⟦DATE:15.01.2025⟧ im ⟦INSTITUTION:Orthopädischen Zentrum Kassel⟧) zunehmende Leistenschmerzen.
Röntgen Becken ap: Pfanneninklination 44°, keine Lockerungssäume in den Zonen nach DeLee/Charnley, periartikuläre Ossifikationen Brooker I.
Stationsarzt: Dr. med. ⟦PERSON:Agnieszka Wróbel⟧""",
        (
            "AHB",
            "Hüft-TEP",
            "DeLee/Charnley",
            "Brooker I",
            "44°",
            "Leistenschmerzen",
            "Rehabilitand",
            "Pfanneninklination",
            "Lockerungssäume",
            "Becken ap",
        ),
    ),
    (
        "de09",
        "de",
        """Mobiles Röntgen – Auftrag aus dem Pflegeheim
Einrichtung: ⟦INSTITUTION:Seniorenstift Haus Abendrot⟧, Wohnbereich 2, ⟦ADDRESS:Rosenweg 14, 01259 Dresden⟧
Bewohnerin: ⟦PERSON:Gertrud Kießling⟧, ⟦AGE:96⟧ Jahre, Pflegegrad 4
Betreuer: ⟦PERSON:Ralf Kießling⟧ (Sohn), mobil ⟦PHONE:0172 4418830⟧; Hausärztin Dr. ⟦PERSON:Schlegel⟧
Frage: Schenkelhalsfraktur nach Sturz am ⟦DATE:16. März⟧?
Befund: Mediale Schenkelhalsfraktur links, Garden III, Pauwels II. Ausgeprägte Osteopenie. Coxarthrose rechts Kellgren-Lawrence 3.
Rückfragen: Wohnbereichsleitung Schwester ⟦PERSON:Teodora⟧, Tel. ⟦PHONE:0351 2108470⟧""",
        (
            "Garden III",
            "Pauwels II",
            "Kellgren-Lawrence 3",
            "Pflegegrad 4",
            "Wohnbereich 2",
            "Osteopenie",
            "Coxarthrose",
            "Mobiles Röntgen",
            "Mediale Schenkelhalsfraktur",
            "Sturz",
        ),
    ),
    (
        "de10",
        "de",
        """Privatärztliche Liquidation – ⟦INSTITUTION:Radiologie Rhein-Ruhr Partnerschaft⟧, Standort ⟦ADDRESS:Essen-Rüttenscheid⟧
Rechnungs-Nr. ⟦ID:RE-2025-018842⟧ vom ⟦DATE:28.03.2025⟧
Rechnungsempfänger: Herr ⟦PERSON:Dimitrios Karagiannis⟧, ⟦ADDRESS:Rüttenscheider Str. 88, 45130 Essen⟧
Leistungsdatum ⟦DATE:12.03.2025⟧ · Diagnose: V. a. Rotatorenmanschettenruptur (M75.1)
GOÄ 5700  MRT Schultergelenk          1,8-fach  183,58 €
GOÄ 5731  Ergänzungsserie             1,8-fach  104,92 €
GOÄ 5733  computergestützte Analyse   1,0-fach   46,63 €
Bankverbindung: IBAN ⟦ID:DE27 3605 0105 0001 2345 67⟧ · Steuernummer ⟦ID:112/5734/0918⟧""",
        (
            "GOÄ 5700",
            "GOÄ 5731",
            "GOÄ 5733",
            "M75.1",
            "1,8-fach",
            "183,58 €",
            "Rotatorenmanschettenruptur",
            "Ergänzungsserie",
            "MRT Schultergelenk",
            "46,63 €",
        ),
    ),
    (
        "de11",
        "de",
        """2. Mahnung
⟦INSTITUTION:Radiologisches Institut Dr. Lenz & Kollegen⟧ – Abrechnung über die ⟦INSTITUTION:PVS Westfalen-Nord⟧
Sehr geehrte Frau ⟦PERSON:Halvorsen-Mbeki⟧,
zu unserer Rechnung ⟦ID:2024/77134⟧ vom ⟦DATE:14. November 2024⟧ (CT Thorax mit KM, keine EBM-Ziffern, da Selbstzahlerleistung) konnten wir bis heute keinen Zahlungseingang feststellen. Offener Betrag: 412,37 € zzgl. Mahngebühr 5,00 €.
Kundennummer: ⟦ID:K-0093318⟧ · Zahlbar bis ⟦DATE:15.01.2025⟧
Rückfragen: Frau ⟦PERSON:Yıldırım⟧, Mo–Fr 8–12 Uhr, Tel. ⟦PHONE:0251 2019-460⟧""",
        (
            "2. Mahnung",
            "CT Thorax mit KM",
            "EBM-Ziffern",
            "412,37 €",
            "Mahngebühr",
            "Mo–Fr 8–12 Uhr",
            "Zahlungseingang",
            "Selbstzahlerleistung",
            "zzgl.",
            "Offener Betrag",
        ),
    ),
    (
        "de12",
        "de",
        """SMS-Versandprotokoll RIS (Modul Terminerinnerung)
⟦DATE:2025-04-07⟧ 18:00:03 | an ⟦PHONE:+49 176 23981144⟧ | "Hallo ⟦PERSON:Thanh⟧, Ihr MRT-Termin bei ⟦INSTITUTION:Radiologie im Prisma⟧ ist am ⟦DATE:09.04.⟧ um 07:30 Uhr. Bitte 4 Std. nüchtern. Absage unter ⟦PHONE:030 889 21 70⟧."
Empfänger: ⟦PERSON:Trần Văn Thanh⟧, PID ⟦ID:0004418263⟧ | Status DELIVERED
⟦DATE:2025-04-07⟧ 18:00:05 | an ⟦PHONE:+49 151 50277390⟧ | "Erinnerung: CT Abdomen am ⟦DATE:10.04.2025⟧ um 08:15 Uhr, ⟦ADDRESS:Badstraße 4, 13357 Berlin⟧, Eingang B."
Empfänger: ⟦PERSON:Maria Theresia Kolb⟧, PID ⟦ID:0004417902⟧ | Status DELIVERED""",
        (
            "Terminerinnerung",
            "18:00:03",
            "MRT-Termin",
            "07:30 Uhr",
            "4 Std. nüchtern",
            "DELIVERED",
            "CT Abdomen",
            "Eingang B",
            "08:15 Uhr",
            "SMS-Versandprotokoll",
        ),
    ),
    (
        "de13",
        "de",
        """Überweisungsschein (Muster 6) – abgetippt an der Anmeldung
Kostenträger: AOK Bayern · Versichertennummer ⟦ID:H482917735⟧ · BSNR ⟦ID:713482900⟧ · LANR ⟦ID:281945601⟧
Name: ⟦PERSON:Abdi Warsame, Hodan⟧, geb. ⟦DATE:01.01.1990⟧
Anschrift: ⟦ADDRESS:Ringseisstraße 9, 80337 München⟧
Auftrag: MRT Knie re., V. a. Korbhenkelriss Innenmeniskus, Z. n. Distorsion beim Fußball. Termin bitte in KW 16.
Überweisender Arzt: Dr. ⟦PERSON:Stavros Alexiou⟧, ⟦INSTITUTION:Orthopädie am Sendlinger Tor⟧
Notiz Empfang (⟦PERSON:mbrandl⟧): Pat. spricht wenig Deutsch, Bruder ⟦PERSON:Mohamed⟧ übersetzt, Rückruf ⟦PHONE:0176 6302 1185⟧.""",
        (
            "Muster 6",
            "Korbhenkelriss",
            "Innenmeniskus",
            "KW 16",
            "Distorsion",
            "MRT Knie",
            "Fußball",
            "Kostenträger",
            "Überweisungsschein",
            "Anmeldung",
        ),
    ),
    (
        "de14",
        "de",
        """DICOM-Header (Auszug), Import aus Teleradiologie-Verbund
(0008,0020) StudyDate              DA [⟦DATE:20250219⟧]
(0008,0030) StudyTime              TM [142211]
(0008,0050) AccessionNumber        SH [⟦ID:A25021900417⟧]
(0008,0070) Manufacturer           LO [Philips]
(0008,0080) InstitutionName        LO [⟦INSTITUTION:DIE RADIOLOGIE Bamberg⟧]
(0008,0090) ReferringPhysicianName PN [⟦PERSON:PAPAGEORGIOU^ELENI⟧^^Dr. med.]
(0008,1090) ManufacturerModelName  LO [Ingenia Ambition X]
(0010,0010) PatientName            PN [⟦PERSON:SZABO-NEMETH^ANIKO⟧]
(0010,0020) PatientID              LO [⟦ID:BA-0073184⟧]
(0010,0030) PatientBirthDate       DA [⟦DATE:19670412⟧]
(0010,1010) PatientAge             AS [057Y]
(0018,0024) SequenceName           SH [*tse2d1_15]
(0032,1032) RequestingPhysician    PN [⟦PERSON:WAGENKNECHT^TILL⟧]""",
        (
            "ReferringPhysicianName",
            "Ingenia Ambition X",
            "Philips",
            "PatientBirthDate",
            "*tse2d1_15",
            "057Y",
            "142211",
            "AccessionNumber",
            "Manufacturer",
            "SequenceName",
        ),
    ),
    (
        "de15",
        "de",
        """CT Abdomen nativ – Fragestellung Bodypacker (polizeilicher Gewahrsam)
Auftraggeber: ⟦INSTITUTION:Bundespolizeiinspektion Flughafen Frankfurt/Main⟧, Vorgangsnummer ⟦ID:BPOLI FFM 0412/25-31⟧
Betroffene: ⟦PERSON:Dos Santos Ferreira, Ana Paula⟧, Reisepass-Nr. ⟦ID:FX389217⟧
Eingang ⟦DATE:03.06.2025⟧, 06:50 Uhr, in Begleitung von POK ⟦PERSON:Lindqvist⟧.
Befund: 23 ovale, hyperdense Fremdkörper (je ca. 42 x 16 mm) in Kolon und Rektum, Dichte um 180 HE. Keine freie Luft. Dünndarm nicht dilatiert.
Richterlicher Beschluss: ⟦INSTITUTION:Amtsgericht Frankfurt am Main⟧, Az. ⟦ID:934 Gs 117/25⟧
Befundende Ärztin: Dr. ⟦PERSON:Ioana Munteanu⟧""",
        (
            "Bodypacker",
            "23 ovale",
            "42 x 16 mm",
            "180 HE",
            "Kolon",
            "Dünndarm",
            "06:50 Uhr",
            "Gewahrsam",
            "hyperdense Fremdkörper",
            "Rektum",
        ),
    ),
    (
        "de16",
        "de",
        """Schülerunfall – Durchgangsarztbericht an die Unfallkasse Hessen
Schüler: ⟦PERSON:Noam Ben-David⟧, 11 Jahre, Klasse 5b der ⟦INSTITUTION:Albert-Schweitzer-Schule Offenbach⟧
Unfalltag ⟦DATE:12.05.2025⟧, Sportunterricht (Bockspringen), Aktenzeichen der Unfallkasse ⟦ID:S-2025/044817⟧
Erziehungsberechtigte: ⟦PERSON:Yael Ben-David⟧, ⟦ADDRESS:Frankfurter Str. 41, 63067 Offenbach am Main⟧, Tel. ⟦PHONE:069 84 77 21 30⟧
Röntgen Handgelenk links: Grünholzfraktur des distalen Radius, Epiphysenlösung Salter-Harris II. Keine Galeazzi-Läsion.
D-Arzt: Prof. Dr. ⟦PERSON:Winfried Sauer⟧, ⟦INSTITUTION:Sana Klinikum Offenbach⟧""",
        (
            "Grünholzfraktur",
            "Salter-Harris II",
            "Galeazzi",
            "11 Jahre",
            "Klasse 5b",
            "Bockspringen",
            "Sportunterricht",
            "Handgelenk",
            "Epiphysenlösung",
            "distalen Radius",
        ),
    ),
)
