# ruff: noqa: E501
"""Held-out 34, Austria: marked excerpts (see deid_corpus.py for the conventions)."""

AT = (
    (
        "at01",
        "de",
        "⟦INSTITUTION:LKH Feldkirch⟧, Institut für Radiologie | Zuweisung aus dem ⟦INSTITUTION:Liechtensteinischen Landesspital⟧\n"
        "Pat.: ⟦PERSON:Büchel-Marxer, Ursula⟧, geb. ⟦DATE:11.04.1955⟧, wh. ⟦ADDRESS:Landstrasse 88⟧, ⟦ADDRESS:9494 Schaan⟧ (FL)\n"
        "AHV-Nr. FL ⟦ID:123.456.789⟧ | Kostengutsprache Liechtensteinische Krankenkasse\n"
        "CT Angiographie Becken-Bein: Verschluss der A. femoralis superficialis rechts über 9 cm, TASC II C, "
        "Fontaine-Stadium IIb. Untersucht am ⟦DATE:8. Mai 2025⟧, Tel. Pat. ⟦PHONE:+423 232 77 15⟧.",
        (
            "Institut für Radiologie",
            "CT Angiographie",
            "A. femoralis superficialis",
            "9 cm",
            "TASC II C",
            "Fontaine-Stadium IIb",
        ),
    ),
    (
        "at02",
        "de",
        "Patient aus Südtirol: ⟦PERSON:Oberhofer, Florian⟧, nato il/geb. ⟦DATE:02.09.1990⟧ in ⟦ADDRESS:Brixen⟧, "
        "Steuernummer ⟦ID:BRHFLR90P02B160K⟧, Tessera sanitaria ⟦ID:80380000200031245578⟧\n"
        "Zuweiser: Dr. ⟦PERSON:Pichler⟧, ⟦INSTITUTION:Krankenhaus Bruneck⟧, Tel. ⟦PHONE:+39 0474 581 205⟧\n"
        "MRT Knie links: Vordere Kreuzbandruptur, Segond-Fraktur, Bone bruise lateraler Femurkondylus. Skiunfall am ⟦DATE:2. Februar⟧ in ⟦ADDRESS:Sölden⟧.",
        (
            "Südtirol",
            "MRT Knie links",
            "Vordere Kreuzbandruptur",
            "Segond-Fraktur",
            "Bone bruise",
            "Femurkondylus",
            "Skiunfall",
        ),
    ),
    (
        "at03",
        "de",
        "BFA-Zahl (IFA) ⟦ID:1298734005⟧ | Grundversorgung Bund | Betreuungsstelle: ⟦INSTITUTION:BBE Traiskirchen⟧\n"
        "Name: ⟦PERSON:HABIBI Mohammad Nasir⟧, Geburtsdatum lt. Altersfeststellung ⟦DATE:01.01.2008⟧, unbegleiteter "
        "Minderjähriger, Obsorge: ⟦INSTITUTION:Kinder- und Jugendhilfe Baden⟧\n"
        "Handröntgen links zur Skelettalterbestimmung: Nach Greulich und Pyle entsprechend 17 bis 18 Jahren, "
        "Epiphysenfugen des distalen Radius noch nicht vollständig geschlossen.",
        (
            "Grundversorgung Bund",
            "unbegleiteter Minderjähriger",
            "Handröntgen links",
            "Greulich und Pyle",
            "17 bis 18 Jahren",
            "Epiphysenfugen",
            "distalen Radius",
        ),
    ),
    (
        "at04",
        "de",
        "SVNR ⟦ID:4471 030568⟧ | e-card | Fall ⟦ID:25-0918827⟧ | Stat. 3 Nord, Klappe ⟦PHONE:3318⟧\n"
        "Frau ⟦PERSON:Jovanović-Huber, Snežana⟧, Tochter ⟦PERSON:Milica⟧ als Vertrauensperson (⟦PHONE:0664 3812 907⟧)\n"
        "Röntgen Thorax p.a.: Neu aufgetretene Rundherde beidseits (7), größter 19 mm im Unterlappen links. "
        "Metastasen eines bekannten Mammakarzinoms. Port-a-Cath rechts regelrecht.",
        (
            "e-card",
            "Stat. 3 Nord",
            "Vertrauensperson",
            "Rundherde beidseits (7)",
            "19 mm",
            "Unterlappen links",
            "Mammakarzinoms",
            "Port-a-Cath",
        ),
    ),
    (
        "at05",
        "de",
        "Befund an: OA Dr. ⟦PERSON:Zhang Lei⟧ und Ass. Dr.in ⟦PERSON:Sarah Winter⟧, Unfallchirurgie "
        "⟦INSTITUTION:UKH Salzburg⟧\n"
        "Pat. ⟦PERSON:Kim, Ji-hoon⟧ (Korea), Reisepass ⟦ID:M48127753⟧, Reiseversicherung Schaden ⟦ID:KR-AT-2025-03318⟧\n"
        "CT Becken: Acetabulumfraktur rechts, vordere Säule, Letournel-Klassifikation. Iliosakralgelenke intakt.",
        (
            "Unfallchirurgie",
            "Korea",
            "CT Becken",
            "Acetabulumfraktur",
            "vordere Säule",
            "Letournel-Klassifikation",
            "Iliosakralgelenke",
        ),
    ),
    (
        "at06",
        "de",
        "Datum: ⟦DATE:3. Jänner 2025⟧\n"
        "Sehr geehrte Frau Dr.in ⟦PERSON:Hamedani⟧,\nbetreffend Ihre Patientin ⟦PERSON:Shirin Mohammadzadeh-Tabrizi⟧, "
        "geb. ⟦DATE:19.10.1973⟧, ⟦ADDRESS:Annenstraße 51/7⟧, ⟦ADDRESS:8020 Graz⟧:\n"
        "MRT Hypophyse: Mikroadenom 6 mm links, kein Kontakt zum Chiasma opticum. Cushing-Syndrom passend. "
        "Kontrolle in 6 Monaten.\nMit kollegialen Grüßen, OÄ Dr.in ⟦PERSON:Leila Farahani⟧",
        ("Hypophyse", "Mikroadenom 6 mm", "Chiasma opticum", "Cushing-Syndrom", "in 6 Monaten"),
    ),
    (
        "at07",
        "de",
        "Nachtdienst Teleradiologie 01:35 – Anforderung ⟦INSTITUTION:Klinik Donaustadt⟧, Notfallaufnahme\n"
        "Pat. Unbekannt, weiblich – Aliasname ⟦ID:Notfall 25/0312⟧, ca. 25 J., Begleitung durch Polizei "
        "(⟦INSTITUTION:PI Praterstern⟧)\n"
        "CT Schädel: Kalottenfraktur parietal links, kleines Subduralhämatom 4 mm. Kein Shift. Befundet ⟦DATE:11.03.2025⟧, Rückruf ⟦PHONE:01 277 00 4812⟧.",
        ("Nachtdienst", "01:35", "Notfallaufnahme", "ca. 25 J.", "Kalottenfraktur", "Subduralhämatom 4 mm", "Shift"),
    ),
    (
        "at08",
        "de",
        "Zuweisung: ⟦INSTITUTION:Ordination Dr. Kurz⟧, Allgemeinmedizin, ⟦ADDRESS:Hauptplatz 3⟧, ⟦ADDRESS:4020 Linz⟧, "
        "Tel. ⟦PHONE:0732 77 41 90⟧\n"
        "Pat.: ⟦PERSON:Wiśniewska, Agnieszka⟧ (auch ⟦PERSON:Wisniewska⟧), SVNR ⟦ID:2209 140286⟧\n"
        "Sonographie Abdomen: Leber vergrößert 18 cm, Steatosis hepatis Grad II. Gallenblase mit Sludge. Murphy negativ.",
        (
            "Allgemeinmedizin",
            "Sonographie Abdomen",
            "18 cm",
            "Steatosis hepatis",
            "Grad II",
            "Sludge",
            "Murphy negativ",
        ),
    ),
    (
        "at09",
        "de",
        "Arztbrief-Kopie an: Univ.-Prof. Dr. ⟦PERSON:Abdelrahman⟧, ⟦INSTITUTION:AKH Wien⟧, Klinische Abteilung für "
        "Kardiologie, DW ⟦PHONE:40400 46140⟧\n"
        "Pat. ⟦PERSON:Mohamed Abdelrahman Osman⟧ (Sudan), Cousin des Zuweisers, Mobil ⟦PHONE:0681 1043 2271⟧\n"
        "Kardio-MRT: Late Gadolinium Enhancement subepikardial inferolateral, Lake-Louise-Kriterien erfüllt, Myokarditis. Untersuchung ⟦DATE:2025-04-22⟧.",
        (
            "Kardiologie",
            "Sudan",
            "Kardio-MRT",
            "Late Gadolinium Enhancement",
            "subepikardial",
            "Lake-Louise-Kriterien",
            "Myokarditis",
        ),
    ),
    (
        "at10",
        "de",
        "Untersucherin: RT ⟦PERSON:Stojanović⟧ | Login ⟦PERSON:astojanovic2⟧ | Aufnahmezeit 10:41\n"
        "Pat. ⟦PERSON:Horvat, Matej⟧, geb. ⟦DATE:25.06.2016⟧, 8 Jahre, Mutter ⟦PERSON:Petra Horvat⟧\n"
        "Röntgen Unterarm: Grünholzfraktur distaler Radius, Salter-Harris II an der Ulna. Gips.",
        (
            "Aufnahmezeit 10:41",
            "8 Jahre",
            "Röntgen Unterarm",
            "Grünholzfraktur",
            "distaler Radius",
            "Salter-Harris II",
            "Ulna",
        ),
    ),
    (
        "at11",
        "de",
        "⟦INSTITUTION:Diagnosezentrum Meidling⟧ · ⟦EMAIL:termin@dz-meidling.at⟧ · ⟦URL:https://www.dz-meidling.at⟧\n"
        "Patientin ⟦PERSON:Nagy Erzsébet⟧ (ungarische Namensfolge: Familienname ⟦PERSON:Nagy⟧), geb. ⟦DATE:7.5.1949⟧\n"
        "DXA: T-Score LWS -2,9, Schenkelhals -2,4. Osteoporose nach WHO. Frakturrisiko nach FRAX erhöht.",
        ("DXA", "T-Score", "LWS", "-2,9", "Schenkelhals", "Osteoporose nach WHO", "FRAX"),
    ),
    (
        "at12",
        "de",
        "Ärztlicher Dienst ⟦INSTITUTION:Polizeianhaltezentrum Rossauer Lände⟧: Schubhäftling ⟦PERSON:Amine Ben Salah⟧, "
        "BFA-Zahl ⟦ID:1301228417⟧, Haftnummer ⟦ID:PAZ-25-0441⟧\n"
        "Röntgen Thorax im Rahmen des TBC-Screenings: Unauffällig. Keine Kaverne, kein Ghon-Komplex.",
        (
            "Ärztlicher Dienst",
            "Schubhäftling",
            "Unauffällig",
            "Röntgen Thorax",
            "TBC-Screenings",
            "Kaverne",
            "Ghon-Komplex",
        ),
    ),
    (
        "at13",
        "de",
        "Befund ⟦ID:RB-25-118730⟧ vom ⟦DATE:14.02.2025⟧ | Diktat: Prim. Dr. ⟦PERSON:Fuchs-Akbari⟧ / Schreibkraft ⟦PERSON:gl⟧\n"
        "Pat. ⟦PERSON:Ahmadi, Fatemeh⟧, ⟦AGE:91⟧ Jahre, Heimbewohnerin ⟦INSTITUTION:Haus der Barmherzigkeit⟧\n"
        "Röntgen Becken: Pertrochantäre Femurfraktur links, AO 31-A2. Koxarthrose rechts Kellgren-Lawrence 3.",
        (
            "Heimbewohnerin",
            "Schreibkraft",
            "Röntgen Becken",
            "Pertrochantäre Femurfraktur",
            "AO 31-A2",
            "Koxarthrose",
            "Kellgren-Lawrence 3",
        ),
    ),
    (
        "at14",
        "de",
        "Eingang ⟦DATE:20.07.2025⟧ – Transfer aus ⟦INSTITUTION:Ospedale di Bolzano⟧ (⟦INSTITUTION:Krankenhaus Bozen⟧)\n"
        "Pat.: ⟦PERSON:Dalla Torre Gasser, Maria Luisa⟧, cod. fisc. ⟦ID:DLLMLS61H52A952Z⟧, Ehemann ⟦PERSON:Sepp⟧\n"
        "CT-Angiographie Kopf-Hals: Basilarisspitzenthrombose, Thrombektomie erfolgt. ASPECTS 9. Moyamoya nicht vorliegend.",
        ("CT-Angiographie Kopf-Hals", "Basilarisspitzenthrombose", "Thrombektomie", "ASPECTS 9", "Moyamoya"),
    ),
    (
        "at15",
        "de",
        "Vidierung: Kasse ÖGK, Bewilligung ⟦ID:BW-4471-2025⟧ für MRT Wirbelsäule\n"
        "Pat. ⟦PERSON:Özdemir-Wagner, Ayşe⟧, SVNR ⟦ID:1187 230891⟧, Sohn ⟦PERSON:Can⟧ (Dolmetsch Türkisch)\n"
        "MRT LWS: Spondylolisthesis L5/S1 Meyerding Grad I, Modic Typ 2, Baastrup-Phänomen L3/4. Adresse: ⟦ADDRESS:Gürtel 12/3/19⟧, ⟦ADDRESS:1090 Wien⟧.",
        (
            "Vidierung",
            "MRT Wirbelsäule",
            "Dolmetsch Türkisch",
            "Spondylolisthesis L5/S1",
            "Meyerding Grad I",
            "Modic Typ 2",
            "Baastrup-Phänomen",
        ),
    ),
    (
        "at16",
        "de",
        "Zweitmeinung für ⟦PERSON:Ivanna Kovalenko⟧ (ukrain. ⟦PERSON:Іванна Коваленко⟧), Vertriebene, "
        "Ausweis für Vertriebene Nr. ⟦ID:AV-0239917⟧, Unterkunft ⟦ADDRESS:Wiener Neustadt⟧\n"
        "Voraufnahmen aus ⟦INSTITUTION:Oleksandrivska-Klinik Kyjiw⟧ vom ⟦DATE:17.02.2022⟧.\n"
        "MRT Becken: Zervixkarzinom FIGO IIB, Parametrieninfiltration rechts. 2 suspekte iliakale Lymphknoten.",
        (
            "Zweitmeinung",
            "Vertriebene",
            "MRT Becken",
            "Zervixkarzinom",
            "FIGO IIB",
            "Parametrieninfiltration",
            "2 suspekte",
        ),
    ),
)
