"""Held-out 35, Austria: 16 excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

AT: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "at01",
        "de",
        "Zuweisung zur Röntgenuntersuchung\n"
        "Patientin: ⟦PERSON:Hermine Zöchling⟧, VSNR ⟦ID:2317 140367⟧, ⟦ADDRESS:Kirchengasse 7/2/14⟧, "
        "⟦ADDRESS:3100 St. Pölten⟧\n"
        "Zuweisende: Dr.in ⟦PERSON:Verena Hinterleitner⟧, Ärztin für Allgemeinmedizin, Vertragspartnerin "
        "aller Kassen, ⟦ADDRESS:Wiener Straße 22⟧, ⟦ADDRESS:3100 St. Pölten⟧, Tel. ⟦PHONE:02742/35 8 41⟧\n"
        "Fragestellung: Thorax p.a. und seitlich, V.a. Pneumonie re. Unterfeld, CRP 86 mg/l. Bewilligungsfrei.",
        (
            "Allgemeinmedizin",
            "Vertragspartnerin aller Kassen",
            "Thorax p.a. und seitlich",
            "Pneumonie",
            "Unterfeld",
            "CRP 86 mg/l",
            "Bewilligungsfrei",
            "Zuweisung zur Röntgenuntersuchung",
        ),
    ),
    (
        "at02",
        "de",
        "Chefärztliche Bewilligung erteilt am ⟦DATE:04.03.2026⟧, Bewilligungsnummer ⟦ID:BW-2026-118044⟧ "
        "(Übermittlung über das e-card-System, ABS)\n"
        "Patient: Mag. ⟦PERSON:Florian Pichlmayr⟧, SVNR ⟦ID:1184 220479⟧\n"
        "Leistung: MRT Kniegelenk li., V.a. Ruptur des vorderen Kreuzbandes, Lachman-Test positiv, "
        "Pivot-Shift positiv.\n"
        "Zuweiser: ⟦INSTITUTION:Ordination Dr. Gruber-Sailer⟧, ⟦ADDRESS:Linz-Urfahr⟧, "
        "⟦EMAIL:ordination@gruber-sailer.at⟧",
        (
            "Chefärztliche Bewilligung",
            "ABS",
            "MRT Kniegelenk li.",
            "vorderen Kreuzbandes",
            "Lachman-Test positiv",
            "Pivot-Shift positiv",
            "e-card-System",
        ),
    ),
    (
        "at03",
        "de",
        "⟦INSTITUTION:PhysioPunkt Margareten⟧, ⟦ADDRESS:Schönbrunner Straße 88⟧, ⟦ADDRESS:1050 Wien⟧\n"
        "Rückmeldung an OA Dr. ⟦PERSON:Sedlacek⟧, ⟦INSTITUTION:Orthopädisches Spital Speising⟧\n"
        "Betrifft: Frau ⟦PERSON:Karner Leonie⟧, Einheiten am ⟦DATE:13.1.⟧, ⟦DATE:20.1.⟧ und ⟦DATE:3.2.⟧\n"
        "Nach ACL-Rekonstruktion (Semitendinosus-Graft) persistierendes Extensionsdefizit 10°, "
        "Zyklops-Läsion? Wir bitten um MRT-Kontrolle.\n"
        "⟦PERSON:Sarah Hödl⟧, MSc, Physiotherapeutin, ⟦EMAIL:hoedl@physiopunkt.at⟧",
        (
            "ACL-Rekonstruktion",
            "Semitendinosus-Graft",
            "Extensionsdefizit 10°",
            "Zyklops-Läsion",
            "MRT-Kontrolle",
            "Physiotherapeutin",
            "Rückmeldung",
        ),
    ),
    (
        "at04",
        "de",
        "Überleitungsbogen ⟦INSTITUTION:Pflegewohnhaus Leopoldstadt⟧ → Radiologie ⟦INSTITUTION:Klinik "
        "Donaustadt⟧\n"
        "Bewohner: Herr ⟦PERSON:Franz Xaver Wallner⟧, ⟦AGE:91⟧ Jahre, Station 3 Süd\n"
        "Erwachsenenvertreterin: Mag.a ⟦PERSON:Brigitte Eichinger⟧, ⟦INSTITUTION:VertretungsNetz Wien⟧, "
        "⟦PHONE:01 330 46 00⟧ DW ⟦PHONE:218⟧\n"
        "Grund: PEG-Sonde disloziert? Abdomen-Übersicht, ggf. Darstellung mit Gastrografin. Allergie: "
        "Penicillin. Mobilität: Rollstuhl, Transfer mit 2 Personen. Dekubitus Grad II Ferse re.",
        (
            "Station 3 Süd",
            "PEG-Sonde",
            "Abdomen-Übersicht",
            "Gastrografin",
            "Penicillin",
            "Rollstuhl",
            "Transfer mit 2 Personen",
            "Dekubitus Grad II",
            "Erwachsenenvertreterin",
            "Allergie",
        ),
    ),
    (
        "at05",
        "de",
        "Schulärztlicher Dienst ⟦INSTITUTION:Skigymnasium Stams⟧ – Anforderung Röntgen WS ganz im Stehen\n"
        "Schüler: ⟦PERSON:Jakob Mair-Unterberger⟧, 14 J.; Adams-Vorbeugetest positiv, Rippenbuckel re. "
        "8 mm (Scoliometer 7°), Skoliose? Risser-Stadium erbeten.\n"
        "Erziehungsberechtigter: ⟦PERSON:Thomas Unterberger⟧, ⟦ADDRESS:Oberhofen im Inntal⟧, "
        "⟦PHONE:+43 664 412 77 90⟧\n"
        "Schulärztin Dr.in ⟦PERSON:Katrin Praxmarer⟧, ⟦DATE:26.01.2026⟧",
        (
            "Schulärztlicher Dienst",
            "WS ganz im Stehen",
            "14 J.",
            "Adams-Vorbeugetest positiv",
            "Rippenbuckel",
            "Scoliometer 7°",
            "Skoliose",
            "Risser-Stadium",
            "Schulärztin",
            "Erziehungsberechtigter",
        ),
    ),
    (
        "at06",
        "de",
        "Von: ⟦EMAIL:termine@diagnosezentrum-meidling.at⟧\n"
        "An: ⟦EMAIL:gerti.pokorny@gmx.at⟧\n"
        "Betreff: Erinnerung CT-Termin Montag, ⟦DATE:9. März 2026⟧\n"
        "Sehr geehrte Frau ⟦PERSON:Pokorny⟧, wir erwarten Sie um 08:20 im ⟦INSTITUTION:Diagnosezentrum "
        "Meidling⟧, ⟦ADDRESS:Meidlinger Hauptstraße 7-9⟧, ⟦ADDRESS:1120 Wien⟧. Bitte nüchtern (4 Stunden), "
        "aktuelle Kreatinin/TSH-Werte mitbringen, Metformin 48 Stunden pausieren. Storno bis 24 h vorher unter "
        "⟦PHONE:01/813 22 40⟧.",
        (
            "CT-Termin",
            "08:20",
            "nüchtern (4 Stunden)",
            "Kreatinin/TSH",
            "Metformin",
            "48 Stunden",
            "24 h vorher",
            "Storno",
        ),
    ),
    (
        "at07",
        "de",
        "Stellungnahme zur Beschwerde GZ ⟦ID:OMB-2026/0311⟧ (Ombudsstelle)\n"
        "Die Befundung der MR-Angiographie von Ing. ⟦PERSON:Rudolf Ebenhofer⟧ vom ⟦DATE:12.01.2026⟧ erfolgte "
        "durch OA Dr. ⟦PERSON:Kerbl⟧ am selben Tag, der Befund wurde über ELGA bereitgestellt. Die Verzögerung "
        "bei der Zuweiserin, ⟦INSTITUTION:Gruppenpraxis Innere Medizin Tulln⟧, lag an der fehlenden "
        "DaMe-Anbindung.\n"
        "Prim. Univ.-Prof. Dr. ⟦PERSON:Sabine Auinger-Kraus⟧, Vorständin, ⟦INSTITUTION:Universitätsklinikum "
        "Tulln⟧",
        (
            "Ombudsstelle",
            "MR-Angiographie",
            "am selben Tag",
            "ELGA",
            "DaMe-Anbindung",
            "Vorständin",
            "Befundung",
            "Zuweiserin",
        ),
    ),
    (
        "at08",
        "de",
        "Aufklärung CT-gezielte Periradikuläre Therapie (PRT) L5 re.\n"
        "Patient: ⟦PERSON:Mehmet Ali Yavuz⟧, SVNR ⟦ID:3390 010180⟧\n"
        "Videodolmetsch Türkisch über ⟦INSTITUTION:SAVD⟧, Dolmetsch-ID ⟦ID:D-4471⟧; Zeugin: DGKP "
        "⟦PERSON:Martina Feichtinger⟧; Aufklärende: Ass.-Ärztin Dr.in ⟦PERSON:Lea Moser⟧, ⟦DATE:18.02.2026⟧\n"
        "Medikation: Triamcinolon 40 mg, Ropivacain 0,2 %. Risiken: Duraverletzung, Infektion. "
        "Thrombozyten 245 G/l, Xarelto seit 48 h pausiert.",
        (
            "Periradikuläre Therapie",
            "PRT",
            "L5 re.",
            "Triamcinolon 40 mg",
            "Ropivacain 0,2 %",
            "Duraverletzung",
            "Thrombozyten 245 G/l",
            "Xarelto",
            "48 h",
            "Videodolmetsch Türkisch",
            "Infektion",
        ),
    ),
    (
        "at09",
        "de",
        "Honorarnote Nr. ⟦ID:2026/0193⟧ – Wahlarztordination Dr. ⟦PERSON:Gerald Fasching⟧, FA für "
        "Radiologie, ⟦ADDRESS:Herrengasse 28⟧, ⟦ADDRESS:8010 Graz⟧\n"
        "Patientin: DI ⟦PERSON:Andrea Lackner⟧, ⟦ADDRESS:Ragnitzstraße 5⟧, ⟦ADDRESS:8047 Graz⟧\n"
        "Leistung vom ⟦DATE:21.01.2026⟧: Mammasonographie bds. inkl. Axilla € 140,00; Befund BI-RADS 2.\n"
        "Zur Einreichung bei Ihrer Krankenkasse (Rückerstattung 80 % des Kassentarifs). "
        "IBAN ⟦ID:AT48 3800 0000 0412 7735⟧",
        (
            "Wahlarztordination",
            "FA für Radiologie",
            "Mammasonographie bds.",
            "Axilla",
            "€ 140,00",
            "BI-RADS 2",
            "80 % des Kassentarifs",
            "Honorarnote",
            "Einreichung",
        ),
    ),
    (
        "at10",
        "de",
        "An die Befundausgabe des ⟦INSTITUTION:LKH Villach⟧\n"
        "Betrifft: ⟦PERSON:Kreuzer Johann⟧, geb. ⟦DATE:03.11.1944⟧, wh. ⟦ADDRESS:Drautalstraße 14⟧, "
        "⟦ADDRESS:9500 Villach⟧\n"
        "Wir ersuchen um Kopien: CT Thorax ⟦DATE:Okt. 2025⟧ (Lungenrundherd 9 mm im Segment 6 li., "
        "Lung-RADS 4A) und PET-CT ⟦DATE:Nov. 2025⟧. Einverständniserklärung liegt bei.\n"
        "⟦INSTITUTION:Lungenfacharzt-Gruppenpraxis Dr. Wutte & Dr. Ogris⟧, Fax ⟦PHONE:04242 21 33 90⟧, "
        "z.H. Frau ⟦PERSON:Jessernig⟧",
        (
            "Befundausgabe",
            "CT Thorax",
            "Lungenrundherd 9 mm",
            "Segment 6",
            "Lung-RADS 4A",
            "PET-CT",
            "Einverständniserklärung",
            "Kopien",
        ),
    ),
    (
        "at11",
        "de",
        "Hauskrankenpflege ⟦INSTITUTION:Hilfswerk Salzburg⟧, Einsatzstelle ⟦ADDRESS:Hallein⟧\n"
        "Klientin: Frau ⟦PERSON:Rosa Brandauer⟧ („⟦PERSON:Rosl⟧“), ⟦AGE:96⟧ J., ⟦ADDRESS:Gollinger Weg 3⟧\n"
        "Seit Sturz vorgestern Schmerzen Handgelenk re., Fourchette-Fehlstellung. Bitte Röntgen Handgelenk in "
        "2 Ebenen; Neffe ⟦PERSON:Gerhard⟧ bringt sie morgen um 9 Uhr.\n"
        "DGKP ⟦PERSON:Sandra Aigner⟧, Diensthandy ⟦PHONE:0662 8098 7714⟧",
        (
            "Sturz vorgestern",
            "Fourchette-Fehlstellung",
            "Röntgen Handgelenk in 2 Ebenen",
            "9 Uhr",
            "DGKP",
            "Hauskrankenpflege",
            "Einsatzstelle",
            "Diensthandy",
        ),
    ),
    (
        "at12",
        "de",
        "Arbeitsmedizinisches Zentrum ⟦INSTITUTION:AMZ Mürzzuschlag⟧ – Untersuchung nach VGÜ (Staub, "
        "quarzhaltig)\n"
        "Dienstnehmer: ⟦PERSON:Zoran Marković⟧, Baufirma ⟦INSTITUTION:Hinteregger Tunnelbau GmbH⟧\n"
        "Thorax p.a. (ILO): Streuung s/t 0/1, keine Pleuraplaques. Spirometrie FEV1 92 %.\n"
        "Befund an Arbeitsmedizinerin Dr.in ⟦PERSON:Hannelore Pirker⟧, ⟦EMAIL:h.pirker@amz-muerz.at⟧, "
        "Untersuchung am ⟦DATE:2026-02-10⟧",
        (
            "VGÜ",
            "quarzhaltig",
            "Thorax p.a.",
            "ILO",
            "s/t 0/1",
            "Pleuraplaques",
            "FEV1 92 %",
            "Spirometrie",
            "Arbeitsmedizinerin",
        ),
    ),
    (
        "at13",
        "de",
        "SMS an ⟦PHONE:0676 / 55 21 903⟧: Lieber Herr ⟦PERSON:Strasser⟧, Ihr MRT-Termin (Hüfte) am "
        "⟦DATE:17.03.⟧ entfällt wegen Gerätewartung. Neuer Vorschlag ⟦DATE:19.03.⟧ 17:45. Bitte mit JA "
        "bestätigen. ⟦INSTITUTION:Röntgen Dornbirn Zentrum⟧\n"
        "Antwort ⟦DATE:12.03.26⟧ 20:13: JA passt. Bin allergisch auf Iomeron (Urtikaria 2019). – "
        "⟦PERSON:Patrick⟧",
        ("MRT-Termin", "Gerätewartung", "17:45", "20:13", "Iomeron", "Urtikaria 2019", "Hüfte"),
    ),
    (
        "at14",
        "de",
        "⟦INSTITUTION:Röntgeninstitut Dr. Schmid-Obermüller⟧ · ⟦ADDRESS:Bahnhofstraße 6⟧ · "
        "⟦ADDRESS:6800 Feldkirch⟧\n"
        "Pat.: ⟦PERSON:Bilgili, Emre⟧, geb. ⟦DATE:28.04.1990⟧\n"
        "Sonographie Schilddrüse: Knoten li. Lappen 14 × 9 × 11 mm, EU-TIRADS 4, keine suspekten "
        "Halslymphknoten. Empfehlung: FNP.\n"
        "Ergeht an: Dr. ⟦PERSON:Maximilian Hagspiel⟧ (Zuweiser); Nuklearmedizin ⟦INSTITUTION:LKH Feldkirch⟧\n"
        "Vidiert: Dr. ⟦PERSON:Schmid-Obermüller⟧",
        (
            "Sonographie Schilddrüse",
            "li. Lappen",
            "14 × 9 × 11 mm",
            "EU-TIRADS 4",
            "Halslymphknoten",
            "FNP",
            "Nuklearmedizin",
            "Empfehlung",
            "Vidiert",
        ),
    ),
    (
        "at15",
        "de",
        "Anfrage Kostenübernahme Kardio-MRT\n"
        "Leistungsansprecherin: ⟦PERSON:Valentina Hörtnagl⟧, VSNR ⟦ID:4021 150703⟧, mitversichert beim Vater "
        "⟦PERSON:Markus Hörtnagl⟧ (VSNR ⟦ID:1872 300174⟧)\n"
        "Indikation: V.a. Myokarditis nach Infekt, Troponin T hs 48 ng/l; Beurteilung nach "
        "Lake-Louise-Kriterien.\n"
        "Antwort vom ⟦DATE:26. Feb. 2026⟧: bewilligt, Zahl ⟦ID:LT-KMRT-26-0552⟧, Sachbearbeiterin "
        "⟦PERSON:Elisabeth Larcher⟧, ⟦PHONE:05 0766-18 2214⟧",
        (
            "Kardio-MRT",
            "Myokarditis",
            "Troponin T hs 48 ng/l",
            "Lake-Louise-Kriterien",
            "bewilligt",
            "Leistungsansprecherin",
            "Sachbearbeiterin",
        ),
    ),
    (
        "at16",
        "de",
        "Bildfreigabe ⟦INSTITUTION:Radiologie Wels-Mitte⟧: Ihre Bilder stehen 30 Tage unter "
        "⟦URL:https://bilder.radiologie-wels.at/share/QX7-22KD⟧ bereit, Zugangscode ⟦ID:481 227⟧.\n"
        "Patient: ⟦PERSON:Dominik Haslinger⟧; Untersuchung: DVT Kiefer (Cone Beam) vom ⟦DATE:05.03.2026⟧\n"
        "Zuweiser: Zahnarzt DDr. ⟦PERSON:Peter Aichberger⟧, ⟦ADDRESS:Stadtplatz 18⟧, ⟦ADDRESS:4600 Wels⟧\n"
        "IT-Hotline ⟦PHONE:07242 415 3390⟧ (Mo–Fr 8–16 Uhr)",
        (
            "Bildfreigabe",
            "30 Tage",
            "Zugangscode",
            "DVT Kiefer",
            "Cone Beam",
            "Mo–Fr 8–16 Uhr",
            "IT-Hotline",
            "Zahnarzt",
        ),
    ),
)
