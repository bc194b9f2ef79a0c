# ruff: noqa: E501
"""Held-out 10: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/deid/`), nor its tests, nor
bench/, nor the excerpts of any earlier held-out corpus. Emphasis on what real hospital documents
carry and nobody tidies: full letter heads and footers of hospitals and private practices (facility
names of every shape, with and without a keyword), address blocks (street suffixes, glued house
numbers, ranges, CH-/A-/D- postcodes, villages, UK postcodes, US street + suite + ZIP), RIS headers
with pipe/tab fields, signatures and cc lists, relatives/guardians/interpreters, outside and prior
studies, tumour board lists; names of many origins; dates, IDs and phones of each country.

Markup and conventions as in held-out 8/9 (⟦LABEL:text⟧, parsed by held-out 8's `strip_markup`):
titles and weekdays lie outside the spans; ages are marked only from 90 on (the number); younger
ages, bare years and US state codes stay unmarked. `keep` lists terms that must survive verbatim.
The excerpt id's prefix names the country: de, at, ch, uk, us.

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import COUNTRIES, LABELS, Excerpt, build_excerpts, country

__all__ = ["COUNTRIES", "EXCERPTS", "LABELS", "Excerpt", "country"]

# (id, lang, marked text, keep-terms)
_RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # ------------------------------------------------------------------ Germany
    (
        "de01",
        "de",
        "⟦INSTITUTION:Radiologie am Kornmarkt⟧ | ⟦ADDRESS:Kornmarkt 7-9⟧ | ⟦ADDRESS:D-35578 Wetzlar⟧\n"
        "Tel. ⟦PHONE:06441 44 98-0⟧ | Fax ⟦PHONE:06441 44 98-29⟧ | ⟦URL:www.radiologie-kornmarkt.de⟧\n"
        "MRT LWS nativ vom ⟦DATE:14.02.2025⟧. Bandscheibenprotrusion L4/5 mit Recessusenge rechts, Modic-Typ-II-Veränderungen.",
        ("Bandscheibenprotrusion", "L4/5", "Recessusenge", "Modic-Typ-II-Veränderungen"),
    ),
    (
        "de02",
        "de",
        "⟦INSTITUTION:Diagnosticum Süd⟧ GbR · Dres. med. ⟦PERSON:Kessler⟧ & ⟦PERSON:Oyelaran-Brandt⟧\n"
        "⟦ADDRESS:Hauptstr.112⟧ · ⟦ADDRESS:72764 Reutlingen⟧\n"
        "Pat.: ⟦PERSON:Zielinski, Bartosz⟧ * ⟦DATE:03.09.1971⟧\n"
        "Befund: Hill-Sachs-Delle dorsolateral, Bankart-Läsion anteroinferior (Se 6/Bi 14).",
        ("Hill-Sachs-Delle", "Bankart-Läsion", "anteroinferior", "(Se 6/Bi 14)"),
    ),
    (
        "de03",
        "de",
        "RIS-Nr.: ⟦ID:R25-0081735⟧ | Fall: ⟦ID:5100447821⟧ | Pat: ⟦PERSON:Hoffmeister, Gerlinde⟧ | geb: ⟦DATE:22.11.1948⟧ | Station: K4 Nord\n"
        "Untersuchung: CT Thorax mit KM (Imeron 350, 80 ml) | Anforderer: Dr. ⟦PERSON:Wachtmeister⟧\n"
        "Segmentale Lungenarterienembolie im Unterlappen rechts, RV/LV-Ratio 0,8.",
        ("Imeron 350", "80 ml", "Lungenarterienembolie", "Unterlappen", "RV/LV-Ratio 0,8"),
    ),
    (
        "de04",
        "de",
        "⟦INSTITUTION:MVZ Radiologie Rhein-Ruhr⟧ GmbH\n⟦ADDRESS:Wittener Straße 45a⟧, ⟦ADDRESS:44789 Bochum⟧\n"
        "Ärztliche Leitung: Dr. med. ⟦PERSON:Jelena Marković⟧\nAmtsgericht Bochum HRB ⟦ID:17733⟧ · USt-IdNr. ⟦ID:DE287455310⟧\n"
        "Mammographie beidseits: ACR-Dichte c, BI-RADS 2. Kontrolle im Screening-Intervall.",
        ("ACR-Dichte c", "BI-RADS 2", "Screening-Intervall", "Mammographie"),
    ),
    (
        "de05",
        "de",
        "Praxis Dres. ⟦PERSON:Aydın⟧ & ⟦PERSON:Langhorst⟧ – Nuklearmedizin\n⟦ADDRESS:Am Alten Posthof 3⟧, ⟦ADDRESS:Neuendettelsau⟧\n"
        "Schilddrüsenszintigraphie (Tc-99m Pertechnetat, 75 MBq): autonomes Adenom links, TcTU 2,4 %.",
        ("Schilddrüsenszintigraphie", "Tc-99m Pertechnetat", "75 MBq", "TcTU 2,4 %"),
    ),
    (
        "de06",
        "de",
        "Sehr geehrte Frau Kollegin ⟦PERSON:Rautenberg⟧,\nwir berichten über Ihre Patientin ⟦PERSON:Friederike Dahlmann-Ostertag⟧, "
        "geb. ⟦DATE:09.07.1935⟧, die in Begleitung ihrer Tochter ⟦PERSON:Annette⟧ erschien.\n"
        "Sonographie Abdomen: Cholezystolithiasis ohne Cholezystitis, Ductus choledochus 5 mm.",
        ("Cholezystolithiasis", "Cholezystitis", "Ductus choledochus", "5 mm"),
    ),
    (
        "de07",
        "de",
        "Betreuer: Herr ⟦PERSON:Volker Sandmann⟧ (gesetzl. Betreuung), Tel. ⟦PHONE:0172 5590318⟧\n"
        "Dolmetscherin: Frau ⟦PERSON:Leyla Karadağ⟧ (Türkisch)\n"
        "MRT Schädel: Marklagerläsionen Fazekas 2, kein Hinweis auf Ischämie in der DWI.",
        ("Marklagerläsionen", "Fazekas 2", "DWI", "Ischämie"),
    ),
    (
        "de08",
        "de",
        "Voraufnahmen aus dem ⟦INSTITUTION:Klinikum Mittelbaden⟧ vom ⟦DATE:März 2023⟧ liegen vor (CD).\n"
        "Im Vergleich zur Voruntersuchung vom ⟦DATE:02.05.24⟧ größenprogredienter Rundherd im Oberlappen links (Se 4/Bi 87), jetzt 14 mm.",
        ("Voraufnahmen", "Rundherd", "Oberlappen", "(Se 4/Bi 87)", "14 mm", "Voruntersuchung"),
    ),
    (
        "de09",
        "de",
        "Tumorkonferenz Thorax Mittwoch, ⟦DATE:12.03.2025⟧\nTeilnehmer: Prof. ⟦PERSON:Ebersbach⟧ (Pneumologie), PD Dr. ⟦PERSON:Nguyen Thi Lan⟧ (Thoraxchirurgie), "
        "Dr. ⟦PERSON:Oberhäuser⟧ (Strahlentherapie), Dr. ⟦PERSON:Kowalczyk⟧ (Radiologie)\n"
        "Pat. ⟦PERSON:Brunnhuber, Rainer⟧: NSCLC cT2b cN1 M0, UICC IIB. Empfehlung: Lobektomie.",
        ("Pneumologie", "Thoraxchirurgie", "Strahlentherapie", "cT2b cN1 M0", "UICC IIB", "Lobektomie"),
    ),
    (
        "de10",
        "de",
        "Mit freundlichen kollegialen Grüßen\n\nDr. med. ⟦PERSON:Sören Lindqvist⟧\nOberarzt\n\nDiktiert: ⟦PERSON:SL⟧/⟦PERSON:mh⟧ ⟦DATE:17.01.2025⟧\n"
        "cc: Hausarzt Dr. ⟦PERSON:Hendrik Wübbena⟧, ⟦ADDRESS:Deichstr. 2⟧, ⟦ADDRESS:26506 Norden⟧",
        ("Mit freundlichen kollegialen Grüßen", "Oberarzt", "Hausarzt"),
    ),
    (
        "de11",
        "de",
        "⟦INSTITUTION:Evangelisches Krankenhaus Bethesda⟧ · Institut für Diagnostische und Interventionelle Radiologie\n"
        "Chefarzt Prof. Dr. ⟦PERSON:Matthias Grunewald⟧ · Sekretariat ⟦PHONE:0203 6008-4301⟧ · ⟦EMAIL:radiologie@bethesda-du.de⟧\n"
        "TIPS-Anlage komplikationslos, portosystemischer Gradient von 18 auf 7 mmHg gesenkt.",
        ("TIPS-Anlage", "portosystemischer Gradient", "7 mmHg", "Chefarzt"),
    ),
    (
        "de12",
        "de",
        "Patient ⟦PERSON:Hans-Dieter Pfannkuch⟧, ⟦AGE:94⟧ Jahre, aus dem Pflegeheim ⟦INSTITUTION:Haus Abendsonne⟧, ⟦ADDRESS:Im Wiesengrund 11⟧, ⟦ADDRESS:Ottersberg⟧.\n"
        "Röntgen Becken: Schenkelhalsfraktur rechts, Garden III. Shenton-Linie unterbrochen.",
        ("Schenkelhalsfraktur", "Garden III", "Shenton-Linie", "Röntgen Becken"),
    ),
    (
        "de13",
        "de",
        "Versichertennr.: ⟦ID:K882301457⟧ · Kasse: AOK Bayern · Fallnummer ⟦ID:2025-117403⟧\n"
        "Überweisung von Dr. ⟦PERSON:Rehm⟧, ⟦INSTITUTION:Orthopädie im Zentrum⟧, ⟦ADDRESS:Ludwigsplatz 1⟧, ⟦ADDRESS:94315 Straubing⟧\n"
        "MRT Knie: Korbhenkelriss des Innenmeniskus, Stieda-Pellegrini-Verkalkung.",
        ("Korbhenkelriss", "Innenmeniskus", "Stieda-Pellegrini-Verkalkung", "MRT Knie"),
    ),
    (
        "de14",
        "de",
        "Ehemann Herr ⟦PERSON:Kemal Öztürk⟧ bittet um Rückruf unter ⟦PHONE:+49 (0)351 4180 227⟧.\n"
        "CT Abdomen: Divertikulitis des Sigmas, Hansen/Stock IIb, kein freies Gas. Ciprofloxacin und Metronidazol empfohlen.",
        ("Divertikulitis", "Sigmas", "Hansen/Stock IIb", "Ciprofloxacin", "Metronidazol"),
    ),
    (
        "de15",
        "de",
        "⟦INSTITUTION:Radiologisches Zentrum Nordstadt⟧\tAußenstelle ⟦ADDRESS:Bad Segeberg⟧\n"
        "Name:\t⟦PERSON:Petersen-Thießen, Maren⟧\tGeb.-Dat.:\t⟦DATE:30.04.1966⟧\tPID:\t⟦ID:00481726⟧\n"
        "DXA: T-Score LWS -2,7, Femurhals -2,1. Osteoporose nach DVO-Leitlinie.",
        ("T-Score", "Femurhals", "Osteoporose", "DVO-Leitlinie", "-2,7"),
    ),
    (
        "de16",
        "de",
        "Befundübermittlung an: ⟦INSTITUTION:Gemeinschaftspraxis Dr. Ilić & Partner⟧, Fax ⟦PHONE:0911 / 24 77 31⟧\n"
        "PET-CT: FDG-avider Lymphknoten paraaortal, SUVmax 9,2; Deauville 5. Lugano-Kriterien: progressive Erkrankung.",
        ("FDG-avider", "paraaortal", "SUVmax 9,2", "Deauville 5", "Lugano-Kriterien"),
    ),
    (
        "de17",
        "de",
        "Anmeldung Fr., ⟦DATE:07.03.2025⟧ 08:12 | Auftrag ⟦ID:A-2025-0301177⟧ | Zuweiser: ⟦INSTITUTION:Helios Klinikum Schwelm⟧\n"
        "Röntgen Thorax p.a.: Kerley-B-Linien, beidseitige Pleuraergüsse, Herz verbreitert (CTR 0,58).",
        ("Kerley-B-Linien", "Pleuraergüsse", "CTR 0,58", "p.a."),
    ),
    (
        "de18",
        "de",
        "Z. n. Whipple-OP ⟦DATE:11/2021⟧ im ⟦INSTITUTION:Universitätsklinikum Greifswald⟧.\n"
        "Patientin: ⟦PERSON:Kirchhoff, Almut⟧. Jetzt Lebermetastase Segment VII, 23 mm, LI-RADS nicht anwendbar; Couinaud-Segmente IVa/VIII frei.",
        ("Whipple-OP", "Lebermetastase", "Segment VII", "23 mm", "Couinaud-Segmente"),
    ),
    (
        "de19",
        "de",
        "Kontakt Angehörige: Sohn ⟦PERSON:Benedikt Zapf⟧ (⟦PHONE:0151-22 40 98 13⟧), Nichte ⟦PERSON:Svenja Hollerbach⟧\n"
        "Die ⟦AGE:91⟧-jährige Patientin ist bettlägerig. Röntgen: Pneumonie im Mittellappen, Silhouettenzeichen positiv.",
        ("Pneumonie", "Mittellappen", "Silhouettenzeichen", "bettlägerig"),
    ),
    (
        "de20",
        "de",
        "⟦INSTITUTION:Kreiskliniken Altötting-Burghausen⟧ – Standort ⟦ADDRESS:Burghausen⟧\n⟦ADDRESS:Krankenhausstraße 1⟧ · ⟦ADDRESS:84489 Burghausen⟧ · Telefon ⟦PHONE:08677 880-0⟧\n"
        "CT-Angiographie: Stenose der A. carotis interna links 70 % nach NASCET.",
        ("CT-Angiographie", "A. carotis interna", "70 % nach NASCET", "Stenose"),
    ),
    (
        "de21",
        "de",
        "Eingang ⟦DATE:3. Feb. 2025⟧, Befund freigegeben von OA Dr. ⟦PERSON:Grzegorz Wiśniewski⟧ am ⟦DATE:04.02.2025⟧ um 16:40 Uhr.\n"
        "Port-Kath-Spitze am cavoatrialen Übergang. Kein Pneumothorax.",
        ("Port-Kath-Spitze", "cavoatrialen Übergang", "Pneumothorax", "16:40 Uhr"),
    ),
    (
        "de22",
        "de",
        "⟦INSTITUTION:Radiologie Dreiländereck⟧ · Dres. ⟦PERSON:Hurtienne⟧, ⟦PERSON:Mbeki-Sauer⟧, ⟦PERSON:Vogl⟧\n"
        "⟦ADDRESS:Untere Mühlgasse 4–6⟧ · ⟦ADDRESS:79576 Weil am Rhein⟧ · IK ⟦ID:260830517⟧\n"
        "MRT Prostata (PI-RADS v2.1): Läsion peripherische Zone links apikal, PI-RADS 4, ADC 780.",
        ("PI-RADS v2.1", "PI-RADS 4", "peripherische Zone", "ADC 780"),
    ),
    (
        "de23",
        "de",
        "Vorstellung mit der Mutter ⟦PERSON:Olga Ivanova⟧ (sorgeberechtigt). Kind ⟦PERSON:Timur Ivanov⟧, geb. ⟦DATE:18.10.2019⟧.\n"
        "Sonographie Hüfte nach Graf: Typ Ia beidseits. Invagination ausgeschlossen, Kokarde nicht nachweisbar.",
        ("Sonographie Hüfte nach Graf", "Typ Ia", "Invagination", "Kokarde"),
    ),
    (
        "de24",
        "de",
        "Externe Voraufnahme: CT vom ⟦DATE:19.12.2024⟧ aus der ⟦INSTITUTION:Praxis für Radiologie im Ärztehaus Lindenhof⟧ (Dr. ⟦PERSON:Sadeghi⟧).\n"
        "Morbus Bechterew mit Bambusstab-Wirbelsäule, Syndesmophyten; Andersson-Läsion Th11/12.",
        ("Morbus Bechterew", "Bambusstab-Wirbelsäule", "Syndesmophyten", "Andersson-Läsion", "Th11/12"),
    ),
    (
        "de25",
        "de",
        "Seite 2 von 2 – ⟦PERSON:Wendehorst, Claus-Peter⟧, ⟦DATE:12.06.1957⟧ – Auftragsnr. ⟦ID:0034419976⟧\n"
        "Geschäftsführung: Dipl.-Kfm. ⟦PERSON:Arne Tjaden⟧ · Sitz: ⟦ADDRESS:Oldenburg (Oldb)⟧ · ⟦URL:https://www.radiologie-ammerland.de/befunde⟧\n"
        "Beurteilung: Zustand nach Hemithyreoidektomie, kein Rezidiv. Frankfurter Horizontale als Referenz.",
        ("Hemithyreoidektomie", "Rezidiv", "Frankfurter Horizontale", "Beurteilung"),
    ),
    # ------------------------------------------------------------------ Austria
    (
        "at01",
        "de",
        "⟦INSTITUTION:Diagnosezentrum Meidling⟧ · ⟦ADDRESS:Schönbrunner Straße 231⟧ · ⟦ADDRESS:A-1120 Wien⟧\n"
        "Tel. ⟦PHONE:+43 1 815 22 40⟧ DW ⟦PHONE:12⟧ · ⟦EMAIL:ordination@dz-meidling.at⟧\n"
        "MR der HWS vom ⟦DATE:5. Jänner 2025⟧: Diskusprolaps C5/6 mit Kompression der Wurzel C6.",
        ("Diskusprolaps", "C5/6", "Wurzel C6", "MR der HWS"),
    ),
    (
        "at02",
        "de",
        "Pat.: ⟦PERSON:Hofer-Pichlmayr, Notburga⟧, SVNR ⟦ID:2318 120447⟧, geb. ⟦DATE:12.04.1947⟧\n"
        "Zuweisung: Dr. ⟦PERSON:Wolfgang Gruber⟧, Arzt für Allgemeinmedizin, ⟦ADDRESS:Dorfplatz 4⟧, ⟦ADDRESS:6261 Strass im Zillertal⟧\n"
        "Röntgen Knie: Gonarthrose Kellgren-Lawrence Grad 3.",
        ("Gonarthrose", "Kellgren-Lawrence Grad 3", "Allgemeinmedizin", "Röntgen Knie"),
    ),
    (
        "at03",
        "de",
        "⟦INSTITUTION:Landeskrankenhaus Feldkirch⟧ – Abteilung für Radiologie\nPrim. Univ.-Doz. Dr. ⟦PERSON:Reinhold Bechter⟧\n"
        "Befundnr. ⟦ID:LKHF-25-06612⟧ vom ⟦DATE:20. Feber 2025⟧\n"
        "CT Schädel: subdurales Hämatom frontoparietal rechts, Mittellinienverlagerung 6 mm.",
        ("subdurales Hämatom", "frontoparietal", "Mittellinienverlagerung 6 mm", "CT Schädel"),
    ),
    (
        "at04",
        "de",
        "Ordination Dr. ⟦PERSON:Szabó⟧ & Dr. ⟦PERSON:Ramsauer⟧ – Fachärzte für Radiologie\n⟦ADDRESS:Linzer Gasse 19/2⟧, ⟦ADDRESS:5020 Salzburg⟧ · alle Kassen\n"
        "Sonographie Schilddrüse: Knoten TI-RADS 3, 11 mm, Verlaufskontrolle in 12 Monaten.",
        ("TI-RADS 3", "11 mm", "Verlaufskontrolle in 12 Monaten", "alle Kassen"),
    ),
    (
        "at05",
        "de",
        "Lebensgefährte: Hr. ⟦PERSON:Dragan Petrović⟧, Tel. ⟦PHONE:0664 / 381 22 75⟧\nErwachsenenvertreterin: Mag. ⟦PERSON:Ulrike Steinwender⟧\n"
        "MRT Becken: Endometriose mit Kissing Ovaries, Douglas obliteriert.",
        ("Endometriose", "Kissing Ovaries", "Douglas", "MRT Becken"),
    ),
    (
        "at06",
        "de",
        "Voraufnahmen aus dem ⟦INSTITUTION:Ordensklinikum Linz Barmherzige Schwestern⟧ (⟦DATE:Okt. 2024⟧) zum Vergleich herangezogen.\n"
        "Regredienz der hepatischen Läsionen unter FOLFOX; RECIST 1.1: partielle Remission.",
        ("Regredienz", "FOLFOX", "RECIST 1.1", "partielle Remission"),
    ),
    (
        "at07",
        "de",
        "⟦INSTITUTION:Röntgeninstitut Donaustadt⟧ GmbH · ⟦ADDRESS:Wagramer Str. 98-100⟧ · ⟦ADDRESS:1220 Wien⟧ · FN ⟦ID:218734 b⟧\n"
        "Frau ⟦PERSON:Mihaela Constantinescu⟧, ⟦DATE:07.08.1982⟧\nMammasonographie: Fibroadenom rechts bei 10 Uhr, BI-RADS 3.",
        ("Mammasonographie", "Fibroadenom", "bei 10 Uhr", "BI-RADS 3"),
    ),
    (
        "at08",
        "de",
        "Tumorboard ⟦INSTITUTION:Klinikum Klagenfurt am Wörthersee⟧, Donnerstag ⟦DATE:13.02.2025⟧\n"
        "⟦PERSON:Kogler, Jakob⟧ (⟦AGE:92⟧ a) – HCC BCLC B, Child-Pugh A6; TACE empfohlen. Anwesend: OA ⟦PERSON:Wutte⟧, FÄ ⟦PERSON:Kanzian-Moser⟧.",
        ("HCC", "BCLC B", "Child-Pugh A6", "TACE"),
    ),
    (
        "at09",
        "de",
        "Rückfragen bitte an Klappe ⟦PHONE:4418⟧ oder ⟦PHONE:+43 316 385 81920⟧ (⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧).\n"
        "Angio: Stent in der A. femoralis superficialis, TASC II C, Rutherford 3.",
        ("A. femoralis superficialis", "TASC II C", "Rutherford 3", "Stent"),
    ),
    (
        "at10",
        "de",
        "Geschwister: Bruder ⟦PERSON:Ferdinand Leitgeb⟧, wohnhaft ⟦ADDRESS:Oberdorf 27⟧, ⟦ADDRESS:8972 Ramsau am Dachstein⟧\n"
        "CT: Wilms-Tumor-Nachsorge unauffällig; Gerota-Faszie intakt.",
        ("Wilms-Tumor-Nachsorge", "Gerota-Faszie", "CT"),
    ),
    (
        "at11",
        "de",
        "Unterschrift: Dr. ⟦PERSON:Teresa Haslinger-Obermoser⟧, FÄ f. Radiologie\nGeschrieben: ⟦PERSON:ak⟧ ⟦DATE:28.02.25⟧\n"
        "Knochenszintigraphie: Morbus Paget des Os ilium links, keine Metastasen.",
        ("Knochenszintigraphie", "Morbus Paget", "Os ilium", "Metastasen"),
    ),
    (
        "at12",
        "de",
        "Pat.-ID ⟦ID:AT-7730198⟧ | Aufnahmezahl ⟦ID:25/004417⟧ | ⟦PERSON:Schwarzenberger, Gottfried⟧ | ⟦DATE:1938-05-16⟧\n"
        "MRT: Glioblastom temporal links, IDH-Wildtyp laut Histologie, RANO-Progress.",
        ("Glioblastom", "IDH-Wildtyp", "RANO-Progress", "Histologie"),
    ),
    (
        "at13",
        "de",
        "Zuweisung durch die ⟦INSTITUTION:PVE Mariazellerland⟧ (Primärversorgung), ⟦ADDRESS:Wiener Straße 19⟧, ⟦ADDRESS:8630 Mariazell⟧, Dr. ⟦PERSON:Eberhard Tauchner⟧.\n"
        "Thorax: Tuberkulose-Residuen apikal, Ranke-Komplex rechts.",
        ("Tuberkulose-Residuen", "Ranke-Komplex", "apikal"),
    ),
    (
        "at14",
        "de",
        "Tochter ⟦PERSON:Theresia Unterberger⟧ als Vertrauensperson anwesend.\nPatient ⟦PERSON:Alois Unterberger⟧, ⟦AGE:97⟧-jährig, ⟦ADDRESS:Bahnhofstraße 3⟧, ⟦ADDRESS:A-4870 Vöcklamarkt⟧\n"
        "Röntgen: Spondylophyten, Forestier-Erkrankung (DISH).",
        ("Spondylophyten", "Forestier-Erkrankung", "(DISH)", "Vertrauensperson"),
    ),
    # ------------------------------------------------------------------ Switzerland
    (
        "ch01",
        "de",
        "⟦INSTITUTION:Kantonsspital Frauenfeld⟧ · Institut für Radiologie\n⟦ADDRESS:Pfaffenholzstrasse 4⟧, ⟦ADDRESS:CH-8501 Frauenfeld⟧ · ⟦PHONE:+41 52 723 71 11⟧\n"
        "CT Abdomen: Appendizitis mit Appendikolith, Alvarado-Score klinisch 8.",
        ("Appendizitis", "Appendikolith", "Alvarado-Score", "CT Abdomen"),
    ),
    (
        "ch02",
        "de",
        "Patient: ⟦PERSON:Brönnimann, Ueli⟧ · AHV ⟦ID:756.4471.2290.18⟧ · geb. ⟦DATE:02.02.1952⟧\n"
        "Zuweiser: ⟦INSTITUTION:Hausarztpraxis Zytglogge⟧, Dr. ⟦PERSON:Reto Caflisch⟧, ⟦ADDRESS:Kramgasse 60⟧, ⟦ADDRESS:3011 Bern⟧\n"
        "MRI Schulter: Totalruptur der Supraspinatussehne, Goutallier 2, Patte 2.",
        ("Totalruptur", "Supraspinatussehne", "Goutallier 2", "Patte 2"),
    ),
    (
        "ch03",
        "fr",
        "⟦INSTITUTION:Hôpital du Valais⟧ – ⟦INSTITUTION:Centre Hospitalier du Valais Romand⟧, site de ⟦ADDRESS:Sion⟧\n"
        "⟦ADDRESS:Avenue du Grand-Champsec 80⟧, ⟦ADDRESS:1951 Sion⟧ · ⟦PHONE:027 603 40 00⟧\n"
        "Patiente: Mme ⟦PERSON:Zufferey-Bonvin, Marie-Claude⟧, née le ⟦DATE:14 juillet 1944⟧.\n"
        "IRM: méningiome de la faux du cerveau, 18 mm, signe de la queue dure-mérienne.",
        ("méningiome", "faux du cerveau", "18 mm", "queue dure-mérienne"),
    ),
    (
        "ch04",
        "it",
        "⟦INSTITUTION:Ospedale Regionale di Bellinzona e Valli⟧ · Servizio di Radiologia\n"
        "⟦ADDRESS:Via Gallino 12⟧, ⟦ADDRESS:6500 Bellinzona⟧\nPaziente: Sig. ⟦PERSON:Tognola Fabrizio⟧, nato il ⟦DATE:03/03/1961⟧\n"
        "TC torace: nodulo polmonare solido lobo inferiore destro, 9 mm, linee guida Fleischner.",
        ("nodulo polmonare", "lobo inferiore destro", "9 mm", "Fleischner"),
    ),
    (
        "ch05",
        "de",
        "⟦INSTITUTION:Radiologie Zentrum Zug⟧ AG | ⟦ADDRESS:Baarerstrasse 12⟧ | ⟦ADDRESS:6300 Zug⟧ | ⟦URL:radiologie-zug.ch⟧\n"
        "Untersuchung vom ⟦DATE:21.01.2025⟧ | Aufnahmenr. ⟦ID:RZZ-250121-0044⟧\nMRI LWS: Spondylolisthesis L5/S1 Meyerding I, Pars-Defekt beidseits.",
        ("Spondylolisthesis", "L5/S1", "Meyerding I", "Pars-Defekt"),
    ),
    (
        "ch06",
        "de",
        "Dolmetscher (Tigrinya): Herr ⟦PERSON:Tesfaye Gebremedhin⟧ via ⟦INSTITUTION:Comprendi?⟧\n"
        "Patientin ⟦PERSON:Semhar Kidane⟧, ⟦DATE:01.01.1990⟧. Sonographie: intrauterine Schwangerschaft, SSL 22 mm entsprechend 8+6 SSW.",
        ("intrauterine Schwangerschaft", "SSL 22 mm", "8+6 SSW", "Tigrinya"),
    ),
    (
        "ch07",
        "de",
        "Vorbilder aus der ⟦INSTITUTION:Hirslanden Klinik Aarau⟧ vom ⟦DATE:Sept. 2023⟧ wurden nachträglich importiert.\n"
        "Befund: Baker-Zyste rupturiert, Tennis-Leg ausgeschlossen. Unterschrift Dr. ⟦PERSON:Anna-Lena Gasser⟧",
        ("Baker-Zyste", "Tennis-Leg", "nachträglich importiert"),
    ),
    (
        "ch08",
        "fr",
        "⟦INSTITUTION:Clinique Générale-Beaulieu⟧, ⟦ADDRESS:Chemin Thury 20⟧, ⟦ADDRESS:CH-1206 Genève⟧ – Dr ⟦PERSON:Karim Benali⟧\n"
        "Copie à: Dr ⟦PERSON:Sophie Perrenoud⟧, médecin traitant, ⟦ADDRESS:Rue du Temple 9⟧, ⟦ADDRESS:2400 Le Locle⟧\n"
        "Scanner: fracture de Jefferson de C1, stable.",
        ("fracture de Jefferson", "C1", "médecin traitant"),
    ),
    (
        "ch09",
        "de",
        "Tumorboard Gastro-Onko ⟦DATE:18.02.2025⟧, ⟦INSTITUTION:Spital Männedorf⟧\n1) ⟦PERSON:Frischknecht, Hedwig⟧ – Rektumkarzinom mrT3c N1, MRF negativ, EMVI positiv\n"
        "2) ⟦PERSON:Ahmeti, Besnik⟧ – Klatskin-Tumor Bismuth IIIa",
        ("Rektumkarzinom", "mrT3c N1", "MRF negativ", "EMVI positiv", "Klatskin-Tumor", "Bismuth IIIa"),
    ),
    (
        "ch10",
        "de",
        "Ehefrau Frau ⟦PERSON:Vreni Stäubli⟧ informiert (Tel. ⟦PHONE:079 412 88 03⟧). Patient ⟦PERSON:Ruedi Stäubli⟧, ⟦AGE:90⟧-jährig.\n"
        "CT: Aortenaneurysma infrarenal 58 mm, EVAR-Planung.",
        ("Aortenaneurysma", "infrarenal", "58 mm", "EVAR-Planung"),
    ),
    (
        "ch11",
        "de",
        "⟦INSTITUTION:Praxis Dres. Tschopp & Caviezel⟧ – ⟦INSTITUTION:Radiologie Engadin⟧\n⟦ADDRESS:Via Maistra 5⟧ · ⟦ADDRESS:7500 St. Moritz⟧ · ⟦EMAIL:info@radiologie-engadin.ch⟧\n"
        "MRI Knie: VKB-Ruptur, Segond-Fraktur, bone bruise lateraler Femurkondylus.",
        ("VKB-Ruptur", "Segond-Fraktur", "bone bruise", "lateraler Femurkondylus"),
    ),
    (
        "ch12",
        "it",
        "Referto firmato da Dr.ssa ⟦PERSON:Chiara Bernasconi⟧ il ⟦DATE:9 gennaio 2025⟧. ⟦INSTITUTION:Clinica Luganese Moncucco⟧, tel. ⟦PHONE:091 960 81 11⟧.\n"
        "RM: ernia discale L4-L5 con conflitto radicolare; Pfirrmann IV.",
        ("ernia discale", "L4-L5", "conflitto radicolare", "Pfirrmann IV"),
    ),
    (
        "ch13",
        "de",
        "KVG-Versichertenkarte ⟦ID:80756012340056789012⟧ · Fall ⟦ID:44019823⟧ · ⟦INSTITUTION:Stadtspital Triemli⟧\n"
        "Pat. ⟦PERSON:Oberholzer, Silvan⟧, ⟦DATE:17.09.1999⟧. Röntgen Hand: Skaphoidfraktur, Herbert B2.",
        ("Skaphoidfraktur", "Herbert B2", "Röntgen Hand"),
    ),
    # ------------------------------------------------------------------ United Kingdom
    (
        "uk01",
        "en",
        "⟦INSTITUTION:Northumbria Healthcare NHS Foundation Trust⟧ – Department of Radiology\n"
        "⟦INSTITUTION:North Tyneside General Hospital⟧, ⟦ADDRESS:Rake Lane⟧, ⟦ADDRESS:North Shields⟧ ⟦ADDRESS:NE29 8NH⟧\n"
        "CT head: no acute intracranial haemorrhage. Small vessel disease, Fazekas 1.",
        ("intracranial haemorrhage", "Small vessel disease", "Fazekas 1", "CT head"),
    ),
    (
        "uk02",
        "en",
        "NHS No: ⟦ID:485 777 3456⟧ | Hosp No: ⟦ID:RTD1192845⟧ | ⟦PERSON:OKONKWO, Chidinma⟧ | DOB ⟦DATE:11-Mar-1979⟧ | Ward 23\n"
        "MRI pelvis: fibroid uterus, largest FIGO type 4, 6.2 cm.",
        ("FIGO type 4", "6.2 cm", "fibroid uterus", "MRI pelvis"),
    ),
    (
        "uk03",
        "en",
        "⟦INSTITUTION:St. Cuthbert's Infirmary⟧, ⟦ADDRESS:Priory Wynd⟧, ⟦ADDRESS:Hexham⟧ ⟦ADDRESS:NE46 1QJ⟧\n"
        "Dear Dr ⟦PERSON:Featherstonehaugh⟧,\nRE: Mrs ⟦PERSON:Maureen Bellingham⟧, DOB ⟦DATE:02/06/1940⟧\n"
        "Barium swallow: Zenker's diverticulum, 2.5 cm. Killian's dehiscence.",
        ("Barium swallow", "Zenker's diverticulum", "2.5 cm", "Killian's dehiscence"),
    ),
    (
        "uk04",
        "en",
        "Reported by: Dr ⟦PERSON:Rajeshwari Subramanian⟧, Consultant Radiologist, GMC ⟦ID:7029431⟧\nVerified Tues ⟦DATE:4th March 2025⟧ 14:02\n"
        "Chest X-ray: right upper lobe collapse, Golden S sign.",
        ("Consultant Radiologist", "right upper lobe collapse", "Golden S sign"),
    ),
    (
        "uk05",
        "en",
        "cc: GP – Dr ⟦PERSON:Aled Pritchard⟧, ⟦INSTITUTION:Bryn Teg Surgery⟧, ⟦ADDRESS:12 Heol y Nant⟧, ⟦ADDRESS:Llandeilo⟧ ⟦ADDRESS:SA19 6LR⟧\n"
        "cc: Patient\nUltrasound: Morison's pouch free fluid, no solid organ injury.",
        ("Morison's pouch", "free fluid", "solid organ injury"),
    ),
    (
        "uk06",
        "en",
        "Next of kin: ⟦PERSON:Siobhan Mulcahy⟧ (daughter), mobile ⟦PHONE:07700 900461⟧. Interpreter: Mr ⟦PERSON:Piotr Nowak⟧ (Polish) via ⟦INSTITUTION:LanguageLine⟧.\n"
        "CT: Pott's disease at T9-T10 with psoas abscess.",
        ("Pott's disease", "T9-T10", "psoas abscess", "(Polish)"),
    ),
    (
        "uk07",
        "en",
        "⟦INSTITUTION:NHS Greater Glasgow and Clyde⟧ · ⟦INSTITUTION:Queen Elizabeth University Hospital⟧\nCHI ⟦ID:1505461234⟧ · ⟦PERSON:MACLEOD, Iain Ruaridh⟧\n"
        "MRCP: choledocholithiasis, Mirizzi syndrome not excluded. Scottish Radiology Transformation Programme template.",
        ("MRCP", "choledocholithiasis", "Mirizzi syndrome", "Scottish Radiology Transformation Programme"),
    ),
    (
        "uk08",
        "en",
        "Previous imaging: CT abdomen performed at ⟦INSTITUTION:Spire Leicester⟧ on ⟦DATE:17/10/2024⟧, report by Dr ⟦PERSON:Oluwaseun Adebayo⟧.\n"
        "Crohn's disease, terminal ileum, comb sign, no collection.",
        ("Crohn's disease", "terminal ileum", "comb sign", "Previous imaging"),
    ),
    (
        "uk09",
        "en",
        "MDT list – Lung, Friday ⟦DATE:7 February 2025⟧\n1. ⟦PERSON:HARGREAVES Brian⟧ ⟦ID:M0441982⟧ – Pancoast tumour, T3 N0\n"
        "2. ⟦PERSON:De Souza-Pereira, Ana⟧ ⟦ID:M0519004⟧ – ground-glass nodule, Brock score 12%",
        ("Pancoast tumour", "T3 N0", "ground-glass nodule", "Brock score 12%"),
    ),
    (
        "uk10",
        "en",
        "Radiology Dept, ⟦INSTITUTION:Royal Cornwall Hospitals NHS Trust⟧, ⟦ADDRESS:Treliske⟧, ⟦ADDRESS:Truro⟧ ⟦ADDRESS:TR1 3LJ⟧ · Tel ⟦PHONE:01872 250000⟧ ext ⟦PHONE:2391⟧\n"
        "Mammogram: Paget's disease of the nipple, U5 on ultrasound.",
        ("Paget's disease of the nipple", "U5", "Mammogram"),
    ),
    (
        "uk11",
        "en",
        "Patient ⟦PERSON:Winifred Ashcombe⟧, aged ⟦AGE:96⟧, from ⟦INSTITUTION:Elmhurst Lodge Care Home⟧, ⟦ADDRESS:3-5 Victoria Crescent⟧, ⟦ADDRESS:Harrogate⟧.\n"
        "Hip X-ray: intertrochanteric fracture, DHS advised.",
        ("intertrochanteric fracture", "DHS", "Hip X-ray"),
    ),
    (
        "uk12",
        "en",
        "Bleep ⟦PHONE:6623⟧ · Dr ⟦PERSON:Tamsin O'Rourke⟧ (ST4) · ⟦EMAIL:tamsin.orourke@nhs.net⟧\n"
        "CTPA: saddle embolus, RV strain. Wells score 7. Discussed with on-call medics.",
        ("CTPA", "saddle embolus", "RV strain", "Wells score 7"),
    ),
    (
        "uk13",
        "en",
        "⟦INSTITUTION:Alliance Medical⟧ mobile MRI unit at ⟦INSTITUTION:Ysbyty Gwynedd⟧, ⟦ADDRESS:Penrhosgarnedd⟧, ⟦ADDRESS:Bangor⟧ ⟦ADDRESS:LL57 2PW⟧\n"
        "Acc no. ⟦ID:YG25003318⟧. MRI brain: Chiari I malformation, tonsillar descent 8 mm.",
        ("Chiari I malformation", "tonsillar descent", "8 mm", "MRI brain"),
    ),
    (
        "uk14",
        "en",
        "Referred by ⟦INSTITUTION:Castle Mead Medical Practice⟧ (Dr ⟦PERSON:Hollis⟧); husband ⟦PERSON:Graham Tiverton⟧ present.\n"
        "Seen ⟦DATE:10th Jan 2025⟧. US thyroid: Hashimoto's thyroiditis, BTA U2.",
        ("Hashimoto's thyroiditis", "BTA U2", "US thyroid"),
    ),
    # ------------------------------------------------------------------ United States
    (
        "us01",
        "en",
        "⟦INSTITUTION:Imaging Partners of Greater Lowell⟧\n⟦ADDRESS:295 Varnum Avenue, Suite 210⟧, ⟦ADDRESS:Lowell⟧, MA ⟦ADDRESS:01854⟧\n"
        "Phone ⟦PHONE:(978) 555-0142⟧ | Fax ⟦PHONE:(978) 555-0143⟧\nMRI lumbar spine: broad-based disc bulge at L3-L4, mild foraminal narrowing.",
        ("broad-based disc bulge", "L3-L4", "foraminal narrowing", "MRI lumbar spine"),
    ),
    (
        "us02",
        "en",
        "PATIENT: ⟦PERSON:TRAN, MINH KHOA⟧\tMRN: ⟦ID:004418826⟧\tACC: ⟦ID:CT25-118374⟧\tDOB: ⟦DATE:08/14/1958⟧\n"
        "ORDERING: ⟦PERSON:PATEL, NIKHIL R⟧ MD\nCT chest: Lung-RADS 4A nodule RLL, 9 mm.",
        ("Lung-RADS 4A", "RLL", "9 mm", "CT chest"),
    ),
    (
        "us03",
        "en",
        "⟦INSTITUTION:Mercy Health System⟧ – ⟦INSTITUTION:St. Elizabeth Boardman⟧\n⟦ADDRESS:8401 Market St⟧, ⟦ADDRESS:Boardman⟧, OH ⟦ADDRESS:44512⟧\n"
        "US abdomen: Murphy sign positive, gallbladder wall 5 mm, pericholecystic fluid. Tokyo Guidelines grade I.",
        ("Murphy sign", "gallbladder wall", "pericholecystic fluid", "Tokyo Guidelines"),
    ),
    (
        "us04",
        "en",
        "Electronically signed by: ⟦PERSON:Kwame Asante-Boateng⟧, MD on ⟦DATE:2/11/2025⟧ 9:14 AM\n"
        "Dictated by: ⟦PERSON:Lindsay Marquardt⟧, PA-C. Transcribed: ⟦PERSON:jrk⟧\nImpression: Salter-Harris II fracture of distal radius.",
        ("Salter-Harris II fracture", "distal radius", "Impression"),
    ),
    (
        "us05",
        "en",
        "Guardian: ⟦PERSON:Rosalind Fairweather⟧ (legal guardian), cell ⟦PHONE:412-555-0187⟧\n"
        "Spanish interpreter ⟦PERSON:Marisol Quintanilla⟧, ID ⟦ID:INT-3327⟧, present.\nXR chest: Swan-Ganz catheter tip in the right interlobar pulmonary artery.",
        ("Swan-Ganz catheter", "interlobar pulmonary artery", "XR chest", "Spanish interpreter"),
    ),
    (
        "us06",
        "en",
        "⟦INSTITUTION:Desert Ridge Radiology Associates⟧, PLLC · ⟦ADDRESS:20950 N Tatum Blvd Ste 300⟧ · ⟦ADDRESS:Phoenix⟧, AZ ⟦ADDRESS:85050-4253⟧\n"
        "NPI ⟦ID:1457392016⟧ · Tax ID ⟦ID:86-1204337⟧\nMammogram: BI-RADS 0, additional imaging requested.",
        ("BI-RADS 0", "additional imaging", "Mammogram"),
    ),
    (
        "us07",
        "en",
        "COMPARISON: Outside CT from ⟦INSTITUTION:Valley Crest Imaging Center⟧ dated ⟦DATE:September 9, 2024⟧ (images loaded to PACS).\n"
        "Ewing sarcoma of the left femur, Codman triangle, onion-skin periosteal reaction.",
        ("Ewing sarcoma", "Codman triangle", "onion-skin periosteal reaction", "PACS"),
    ),
    (
        "us08",
        "en",
        "Tumor board ⟦DATE:03/05/25⟧, ⟦INSTITUTION:Baptist Health Lexington⟧\nPresent: Drs. ⟦PERSON:Whitfield⟧, ⟦PERSON:Okafor⟧, ⟦PERSON:Castellanos⟧\n"
        "Case: ⟦PERSON:Delacroix, Yvette M.⟧ (⟦AGE:93⟧ y/o F) – pancreatic adenocarcinoma, borderline resectable per NCCN.",
        ("pancreatic adenocarcinoma", "borderline resectable", "NCCN"),
    ),
    (
        "us09",
        "en",
        "Critical result called to ⟦PERSON:Brandon Kealoha⟧, RN at ⟦PHONE:808-555-0119⟧ x ⟦PHONE:2270⟧ on ⟦DATE:01/27/2025⟧ at 03:40.\n"
        "CT head: uncal herniation, Duret hemorrhage.",
        ("uncal herniation", "Duret hemorrhage", "Critical result"),
    ),
    (
        "us10",
        "en",
        "Patient address: ⟦ADDRESS:1187 Old Mill Road, Apt 4B⟧, ⟦ADDRESS:Bennington⟧, VT ⟦ADDRESS:05201⟧. Member ID ⟦ID:W88120457-01⟧ (Blue Cross).\n"
        "DEXA: T-score -3.1 at the femoral neck, FRAX 24%.",
        ("T-score -3.1", "femoral neck", "FRAX 24%", "DEXA"),
    ),
    (
        "us11",
        "en",
        "⟦INSTITUTION:Kaiser Permanente Santa Clara Medical Center⟧ · Department of Diagnostic Imaging\nReferring: Dr. ⟦PERSON:Hyun-woo Baek⟧ · ⟦EMAIL:hyunwoo.baek@kp.org⟧\n"
        "Echo: Ebstein anomaly, tricuspid regurgitation severe.",
        ("Ebstein anomaly", "tricuspid regurgitation", "Department of Diagnostic Imaging"),
    ),
    (
        "us12",
        "en",
        "Mother ⟦PERSON:Keisha Washington⟧ at bedside; father ⟦PERSON:Darnell Washington⟧ by phone ⟦PHONE:(601) 555-0176⟧.\n"
        "US pylorus: pyloric muscle thickness 4.5 mm, channel length 18 mm - hypertrophic pyloric stenosis.",
        ("pyloric muscle thickness", "4.5 mm", "hypertrophic pyloric stenosis"),
    ),
    (
        "us13",
        "en",
        "⟦INSTITUTION:Sunrise Ridge Veterans Home⟧ resident, ⟦AGE:98⟧ years old. SSN ⟦ID:xxx-xx-4471⟧ on file.\n"
        "Portable CXR (Se 2/Im 1): Dobhoff tube tip in the stomach. Lasix given.",
        ("Portable CXR", "(Se 2/Im 1)", "Dobhoff tube", "Lasix"),
    ),
    (
        "us14",
        "en",
        "⟦INSTITUTION:Lakeshore Orthopaedic & Spine Institute⟧ · ⟦ADDRESS:4410 W Irving Park Rd⟧, ⟦ADDRESS:Chicago⟧, IL ⟦ADDRESS:60641⟧ · ⟦URL:www.lakeshoreortho.com⟧\n"
        "Seen Thursday, ⟦DATE:April 3rd⟧. MRI shoulder: SLAP II tear, Hill-Sachs lesion, ACR Appropriateness Criteria rating 8.",
        ("SLAP II tear", "Hill-Sachs lesion", "ACR Appropriateness Criteria"),
    ),
)

EXCERPTS: list[Excerpt] = build_excerpts(_RAW)
