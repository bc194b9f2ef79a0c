# ruff: noqa: E501
"""Held-out 37, Germany: marked excerpts (see deid_corpus.py for the conventions)."""

DE = (
    (
        "de-01",
        "de",
        "Schockraumprotokoll ⟦INSTITUTION:Klinikum Ingolstadt⟧ – Zentrale Notaufnahme\n"
        "Eintreffen 02:47 Uhr, RTW ⟦ID:Rotkreuz Ingolstadt 71/83-2⟧, NEF mit Notärztin Dr. ⟦PERSON:Friederike Zwack⟧.\n"
        "Pat.: ⟦PERSON:Obermaier, Korbinian⟧, * ⟦DATE:14.06.2001⟧, Fall-Nr. ⟦ID:0029184731⟧.\n"
        "Unfallort: ⟦ADDRESS:B16 Höhe Abzweig Großmehring⟧. Mechanismus: PKW gegen Baum, Frontalkollision, Airbag ausgelöst, eingeklemmt (technische Rettung 35 min).\n"
        "GCS 13 (A3 V4 M6), RR 92/55, HF 128. eFAST: freie Flüssigkeit im Morison-Pouch. Polytrauma-CT nach Schockraum-Algorithmus, ISS 34.",
        (
            "Schockraum-Algorithmus",
            "Morison-Pouch",
            "Frontalkollision",
            "GCS 13",
            "ISS 34",
            "eFAST",
            "02:47 Uhr",
            "technische Rettung",
            "Polytrauma-CT",
        ),
    ),
    (
        "de-02",
        "de",
        "Begleitung: Polizeioberkommissar ⟦PERSON:Schreiner⟧ (Dienstnummer ⟦ID:PI-4471⟧), ⟦INSTITUTION:Polizeiinspektion Erding⟧, Vorgangsnummer ⟦ID:BY8812-004571-25/3⟧.\n"
        "Angaben zum Hergang durch Zeugin ⟦PERSON:Martina Lechner⟧, Tel. ⟦PHONE:0171 2298416⟧: Sturz vom Fahrrad ohne Helm, Aufprall mit dem Kopf auf Bordsteinkante.\n"
        "CCT nativ: Epiduralhämatom temporal rechts, max. 11 mm, Mittellinienverlagerung 4 mm. Kalottenfraktur temporal. Keine Contusio. Neurochirurgie informiert 03:20 Uhr.",
        (
            "Epiduralhämatom",
            "Mittellinienverlagerung",
            "Kalottenfraktur",
            "Bordsteinkante",
            "Neurochirurgie",
            "03:20 Uhr",
            "ohne Helm",
        ),
    ),
    (
        "de-03",
        "de",
        "Kinderradiologie – Befund\n"
        "Kind: ⟦PERSON:Mia-Sophie Brandl⟧, 4 Jahre, geb. ⟦DATE:02.02.2021⟧\n"
        "Mutter: Frau ⟦PERSON:Jessica Brandl⟧, mobil ⟦PHONE:0157 83920114⟧; Vater nicht sorgeberechtigt.\n"
        "Kita: ⟦INSTITUTION:Kindergarten Sonnenblume Moosach⟧ (Erzieherin Frau ⟦PERSON:Pöllmann⟧ meldete Hinken seit Montag).\n"
        "Röntgen Becken und Hüfte bds.: Kein Anhalt für Morbus Perthes. Sonographie: Gelenkerguss rechts 7 mm (Coxitis fugax wahrscheinlich). Kein Hinweis auf Misshandlung.",
        ("Morbus Perthes", "Coxitis fugax", "Gelenkerguss", "4 Jahre", "Misshandlung", "Kinderradiologie", "Hinken"),
    ),
    (
        "de-04",
        "de",
        "Skelettscreening bei V. a. nicht-akzidentelle Verletzung (Kinderschutzgruppe)\n"
        "Säugling ⟦PERSON:Ben Köhler⟧, 5 Monate, PID ⟦ID:7718230⟧. Eltern: ⟦PERSON:Dennis Köhler⟧ und ⟦PERSON:Lara Wiesinger⟧, wohnhaft ⟦ADDRESS:Stauffenbergstraße 9, 90763 Fürth⟧.\n"
        "Meldung an ⟦INSTITUTION:Jugendamt Fürth⟧, Sachbearbeiterin Frau ⟦PERSON:Hackl⟧ (⟦PHONE:0911 974-1538⟧), am ⟦DATE:11. März 2025⟧.\n"
        "Befund: Metaphysäre Kantenabsprengung (classic metaphyseal lesion) distaler Femur links, Rippenserienfrakturen 5–7 dorsal links mit Kallus. Bildgebung nach Leitlinie der GPR/AWMF, Kontrolle nach 14 Tagen.",
        (
            "classic metaphyseal lesion",
            "Rippenserienfrakturen",
            "Kallus",
            "Kinderschutzgruppe",
            "5 Monate",
            "Leitlinie",
            "Femur",
        ),
    ),
    (
        "de-05",
        "de",
        "Geburtshilfe / Kreißsaal – Anforderung MRT Becken (Plazenta-Diagnostik)\n"
        "Schwangere: ⟦PERSON:Anna-Lena Wirth⟧, 33 Jahre, 31+4 SSW, G2 P1, Z. n. Sectio 2021.\n"
        "Partner: Herr ⟦PERSON:Tobias Eberl⟧ (⟦PHONE:0160 9938217⟧). Betreuende Hebamme: ⟦PERSON:Regina Sattler⟧, ⟦INSTITUTION:Geburtshaus Lichtblick Regensburg⟧.\n"
        "Frage: Placenta increta/percreta? Befund: Placenta praevia totalis, Verlust der retroplazentaren Zone im Bereich der Sectionarbe, Blasenwand intakt. Empfehlung: Entbindung im Perinatalzentrum Level 1.",
        (
            "Placenta praevia totalis",
            "Sectionarbe",
            "Perinatalzentrum Level 1",
            "31+4 SSW",
            "33 Jahre",
            "Kreißsaal",
            "G2 P1",
            "2021",
        ),
    ),
    (
        "de-06",
        "de",
        "Konsil Psychiatrie (Liaisondienst) – cMRT bei Erstmanifestation Psychose\n"
        "Pat. ⟦PERSON:Weber, Jonas⟧, 24 J., steht unter rechtlicher Betreuung (Aufgabenkreis Gesundheitssorge).\n"
        "Betreuer: Herr RA ⟦PERSON:Gerhard Kirchmaier⟧, ⟦ADDRESS:Ludwigstraße 22, 84028 Landshut⟧, Tel. ⟦PHONE:0871 430 77 10⟧. Betreuungsgericht: ⟦INSTITUTION:Amtsgericht Landshut⟧, Az. ⟦ID:XVII 318/24⟧.\n"
        "Unterbringung nach BayPsychKHG seit ⟦DATE:03.01.2025⟧.\n"
        "Befund: Keine Raumforderung, keine Marklagerläsionen, Fazekas 0. Hippocampi seitengleich. Kein Anhalt für Autoimmunenzephalitis.",
        (
            "Fazekas 0",
            "Hippocampi",
            "Autoimmunenzephalitis",
            "Gesundheitssorge",
            "Betreuungsgericht",
            "BayPsychKHG",
            "24 J.",
        ),
    ),
    (
        "de-07",
        "de",
        "Forensische Altersschätzung im Auftrag der ⟦INSTITUTION:Staatsanwaltschaft Hamburg⟧, Az. ⟦ID:3400 Js 1187/25⟧.\n"
        "Untersuchte Person: ⟦PERSON:Ahmadi, Faridun⟧, angegebenes Geburtsdatum ⟦DATE:01.01.2009⟧. Verteidiger: RA ⟦PERSON:Hendrik Paulsen⟧, Kanzlei ⟦INSTITUTION:Paulsen & Thode Rechtsanwälte⟧.\n"
        "Röntgen linke Hand: Stadium nach Greulich und Pyle entspricht 18 Jahren. CT Sternoklavikulargelenke: Ossifikationsstadium 3c nach Schmeling. Weisheitszähne: Mineralisationsstadium H nach Demirjian.\n"
        "Mindestalter nach AGFAD-Empfehlungen: 18 Jahre.",
        (
            "Greulich und Pyle",
            "Schmeling",
            "Demirjian",
            "AGFAD-Empfehlungen",
            "Sternoklavikulargelenke",
            "Ossifikationsstadium 3c",
            "18 Jahre",
        ),
    ),
    (
        "de-08",
        "de",
        "Postmortale CT (PMCT) – ⟦INSTITUTION:Institut für Rechtsmedizin der LMU München⟧\n"
        "Verstorbene: ⟦PERSON:Helga Grabmeier⟧, ⟦AGE:93⟧ Jahre, Sterbedatum ⟦DATE:24.02.2025⟧, Leichenschauschein-Nr. ⟦ID:LS-2025-0419⟧.\n"
        "Überführung durch ⟦INSTITUTION:Bestattungen Huber & Söhne⟧ (Herr ⟦PERSON:Alois Huber⟧). Angehörige: Neffe ⟦PERSON:Stefan Grabmeier⟧, ⟦ADDRESS:Dachau⟧.\n"
        "Befund: Intrakranielle Gasansammlungen (Fäulnis), Hämatoperikard 450 ml, Aortendissektion Stanford A. Livores dorsal. Reanimationsfolgen: Sternumfraktur, Rippenfrakturen bds.",
        (
            "Hämatoperikard",
            "Stanford A",
            "Livores",
            "Reanimationsfolgen",
            "Sternumfraktur",
            "Fäulnis",
            "Aortendissektion",
        ),
    ),
    (
        "de-09",
        "de",
        "Hirntoddiagnostik / Organspende – CT-Angiographie Kopf\n"
        "Spender: ⟦PERSON:Lukas Ferstl⟧, ET-Nr. ⟦ID:D-2025-11873⟧, ⟦INSTITUTION:Uniklinikum Erlangen⟧, Intensivstation 2.\n"
        "Transplantationsbeauftragter: OA Dr. ⟦PERSON:Mühlbauer⟧, Funk ⟦PHONE:33117⟧. DSO-Koordinatorin ⟦PERSON:Sabine Rauscher⟧, ⟦EMAIL:s.rauscher@dso-bayern.example⟧.\n"
        "Angehörigengespräch mit Ehefrau ⟦PERSON:Katrin Ferstl⟧ am ⟦DATE:07.04.2025⟧ 16:30 Uhr.\n"
        "CTA: Kein Kontrastmittelfluss in den Aa. cerebri mediae (M4) und Vv. cerebri internae, 4-Punkt-Score nach Dupas erfüllt. Zerebraler Zirkulationsstillstand.",
        (
            "4-Punkt-Score",
            "Dupas",
            "Zerebraler Zirkulationsstillstand",
            "Vv. cerebri internae",
            "Hirntoddiagnostik",
            "Intensivstation 2",
            "16:30 Uhr",
        ),
    ),
    (
        "de-10",
        "de",
        "ZNA-Kurzbrief: Pat. ⟦PERSON:Erwin Bauer⟧ (⟦AGE:91⟧ J.) aus dem ⟦INSTITUTION:Seniorenheim St. Josef⟧ in ⟦ADDRESS:Neumarkt i.d.OPf.⟧ gebracht, Sturz nachts beim Toilettengang.\n"
        "Ansprechpartner Pflege: Wohnbereichsleitung ⟦PERSON:Svetlana⟧, Station Rosengarten, ⟦PHONE:09181 4709-214⟧. Vorsorgebevollmächtigte Tochter ⟦PERSON:Ulrike Paintner⟧.\n"
        "Röntgen Becken/Hüfte li.: Mediale Schenkelhalsfraktur Garden IV, Pauwels III. Antikoagulation mit Apixaban, letzte Einnahme 20:00 Uhr.",
        (
            "Garden IV",
            "Pauwels III",
            "Apixaban",
            "Schenkelhalsfraktur",
            "Toilettengang",
            "20:00 Uhr",
            "Vorsorgebevollmächtigte",
        ),
    ),
    (
        "de-11",
        "de",
        "Anforderung aus der Kinder-ZNA ⟦INSTITUTION:Dr. von Haunersches Kinderspital⟧: Sonographie Abdomen.\n"
        "⟦PERSON:Emil⟧ (7 J.) fiel im Sportunterricht (Turnen, Reck) auf den Bauch; die Schule (⟦INSTITUTION:Grundschule an der Haimhauser Straße⟧) verständigte die Großmutter ⟦PERSON:Gertraud Seidl⟧.\n"
        "Befund: Milzlazeration Grad II nach AAST, wenig freie Flüssigkeit im Douglas-Raum, Leber und Nieren intakt. Konservatives Vorgehen, Verlaufskontrolle in 48 h.",
        ("Milzlazeration Grad II", "AAST", "Douglas-Raum", "Sportunterricht", "Reck", "7 J.", "Verlaufskontrolle"),
    ),
    (
        "de-12",
        "de",
        "Leichenschau-/Obduktionsanordnung: ⟦INSTITUTION:Amtsgericht Dortmund⟧, Beschluss vom ⟦DATE:18. Januar 2025⟧, Az. ⟦ID:71 Gs 412/25⟧.\n"
        "Sachbearbeitender KHK ⟦PERSON:Brinkhoff⟧, ⟦INSTITUTION:KK 11 Polizeipräsidium Dortmund⟧, Tel. ⟦PHONE:0231 132-7411⟧.\n"
        "PMCT Ganzkörper: Schussverletzung mit Einschuss parietal links, Ausschuss okzipital rechts, Knochenfragmente im Schusskanal (Trichterbildung nach innen). Kein Projektil im Körper.",
        ("Einschuss", "Ausschuss", "Schusskanal", "Trichterbildung", "PMCT Ganzkörper", "Obduktionsanordnung"),
    ),
    (
        "de-13",
        "de",
        "Befundübermittlung per Fax an Praxis Dr. ⟦PERSON:Irmgard Schwaiger⟧, Kinder- und Jugendärztin, Fax ⟦PHONE:08031 28 94 19⟧.\n"
        "Betr.: ⟦PERSON:Leonie Haas⟧, geb. ⟦DATE:30.09.2012⟧, Vers.-Nr. ⟦ID:K204918377⟧ (AOK Bayern).\n"
        "Röntgen Handgelenk links nach Sturz beim Schulsport (Volleyball): Epiphysenlösung distaler Radius Salter-Harris II, dorsale Abkippung 15°. Gipsschiene, Kontrolle Unfallchirurgie.",
        ("Salter-Harris II", "Epiphysenlösung", "Schulsport", "Volleyball", "Gipsschiene", "Unfallchirurgie", "15°"),
    ),
    (
        "de-14",
        "de",
        "DICOM-Header (Auszug) Schockraum-CT\n"
        "(0010,0010) PatientName: UNBEKANNT^MAENNLICH  (0010,0020) PatientID: ⟦ID:SR-0417⟧\n"
        "(0008,0020) StudyDate: ⟦DATE:20250309⟧  (0008,0030) StudyTime: 231455\n"
        "(0008,0090) ReferringPhysicianName: ⟦PERSON:Lindner^Carsten⟧^^Dr.\n"
        "(0008,1010) StationName: CT_SR_01  (0018,1030) ProtocolName: Polytrauma Spirale\n"
        "Nachtrag ⟦DATE:10.03.2025⟧: Identität geklärt, ⟦PERSON:Marco Dietl⟧, Fall ⟦ID:3100298844⟧.",
        (
            "PatientName",
            "PatientID",
            "StudyTime",
            "StationName",
            "CT_SR_01",
            "Polytrauma Spirale",
            "ProtocolName",
            "231455",
        ),
    ),
    (
        "de-15",
        "de",
        "Notfallseelsorge: Frau Pfarrerin ⟦PERSON:Dorothea Engel⟧ betreut die Eltern, Familie ⟦PERSON:Reindl⟧, im Angehörigenraum der Notaufnahme.\n"
        "Kind ⟦PERSON:Felix Reindl⟧, 3 J., Badeunfall im ⟦INSTITUTION:Freibad Garching⟧, Reanimation durch Bademeister ⟦PERSON:Hannes⟧ und Rettungsschwimmer der Wasserwacht.\n"
        "Röntgen Thorax: Beidseitige fleckige Verdichtungen perihilär, vereinbar mit Aspiration/Lungenödem nach Beinahe-Ertrinken. Tubuslage 2 cm oberhalb der Carina. Magensonde regelrecht.",
        ("Beinahe-Ertrinken", "Carina", "Magensonde", "Angehörigenraum", "Wasserwacht", "3 J.", "Lungenödem"),
    ),
    (
        "de-16",
        "de",
        "Nachricht über KIM an ⟦INSTITUTION:Praxis Dr. Lohmeier & Partner⟧ (⟦EMAIL:praxis.lohmeier@kim.example.de⟧):\n"
        "Ihr Patient ⟦PERSON:Sebastian Kraus⟧ (* ⟦DATE:1988-07-21⟧), Pflegekind, Vormund: Frau ⟦PERSON:Nadine Gött⟧, ⟦INSTITUTION:Jugendamt Rosenheim⟧, Amtsvormundschaft.\n"
        "MRT Knie rechts vom Mo, ⟦DATE:14.04.2025⟧: Vordere Kreuzbandruptur, Bone bruise laterale Femurkondyle und dorsales Tibiaplateau (Pivot-Shift-Muster), Segond-Fraktur. Innenmeniskus intakt.\n"
        "Befund online: ⟦URL:https://befunde.radiologie-rosenheim.example/b/7Kq2Xw⟧",
        (
            "Segond-Fraktur",
            "Pivot-Shift-Muster",
            "Bone bruise",
            "Kreuzbandruptur",
            "Amtsvormundschaft",
            "Pflegekind",
            "Innenmeniskus",
        ),
    ),
)
