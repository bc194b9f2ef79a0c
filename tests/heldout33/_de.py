"""Held-out 33, Germany: 16 excerpts (id, lang, marked text, keep-terms)."""

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "de01",
        "de",
        "⟦INSTITUTION:Klinikum Friedrichshafen-Nord⟧ · Medizinische Klinik II · Chefarzt Prof. Dr. med. "
        "⟦PERSON:Harald Brückner⟧\nSekretariat: Frau ⟦PERSON:Sabine Weiß⟧, Tel. ⟦PHONE:07541 96-2210⟧, "
        "Fax ⟦PHONE:07541 96-2219⟧\nEntlassbrief – Pat. ⟦PERSON:Kübler, Reinhold⟧, geb. ⟦DATE:04.09.1949⟧, "
        "Aufnahme ⟦DATE:12.02.2026⟧, Entlassung ⟦DATE:19.02.2026⟧\nDiagnosen: Lungenembolie beidseits "
        "(Wells-Score 6), tiefe Beinvenenthrombose links. CT-Angiographie: Embolus in der A. pulmonalis "
        "dextra. Therapie: Apixaban 5 mg 1-0-1.\ncc: Hausarzt Dr. ⟦PERSON:Jürgen Maier⟧, "
        "⟦ADDRESS:Bodanstraße 7, 88045 Friedrichshafen⟧; Radiologie z.K.",
        (
            "Medizinische Klinik II",
            "Entlassbrief",
            "Lungenembolie",
            "Wells-Score 6",
            "CT-Angiographie",
            "A. pulmonalis dextra",
            "Apixaban 5 mg",
            "Hausarzt",
        ),
    ),
    (
        "de02",
        "de",
        "Nachtrag Histologie (eingefügt aus dem Laborsystem): Eingangsnr. ⟦ID:E-26-004718⟧, Material: "
        "Stanzbiopsie Mamma rechts 10 Uhr (US-gesteuert, 14G). Befund: invasives Karzinom NST, G2, ER 90 %, "
        "PR 60 %, HER2 1+, Ki-67 20 %. Korrelation mit BI-RADS 5 konkordant.\nPathologe: Dr. "
        "⟦PERSON:Konstantin Rehberg⟧, ⟦INSTITUTION:Institut für Pathologie Dr. Rehberg & Partner⟧, validiert "
        "⟦DATE:03.03.2026⟧ 11:42.\nPat. ⟦PERSON:Yılmaz, Derya⟧ * ⟦DATE:1978-06-21⟧",
        ("Stanzbiopsie", "10 Uhr", "14G", "NST", "HER2 1+", "Ki-67 20 %", "BI-RADS 5", "11:42"),
    ),
    (
        "de03",
        "de",
        "-----Ursprüngliche Nachricht-----\nVon: ⟦PERSON:Lehmann, Friederike⟧ "
        "<⟦EMAIL:f.lehmann@ukm-muenster.de⟧>\nGesendet: Dienstag, ⟦DATE:10. März 2026⟧ 08:14\nAn: "
        "⟦PERSON:Ostermann, Till⟧\nCc: Radiologie-Befundung\nBetreff: WG: Pat. ⟦PERSON:Brandt⟧ – MRT Leber\n\n"
        "Lieber ⟦PERSON:Till⟧, bitte schau Dir das LI-RADS LR-4 Herdchen in Segment VIII (18 mm) nochmal an, "
        "Primovist-Spätphase. Gruß ⟦PERSON:Friederike⟧\n--\nDiese E-Mail enthält vertrauliche Informationen. "
        "Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.",
        ("08:14", "Radiologie-Befundung", "MRT Leber", "LI-RADS LR-4", "Segment VIII", "18 mm", "Primovist-Spätphase"),
    ),
    (
        "de04",
        "de",
        "Einladung Interdisziplinäre Tumorkonferenz Gastrointestinale Tumoren, "
        "⟦INSTITUTION:Universitätsklinikum Regensburg⟧\nDonnerstag, ⟦DATE:26.03.2026⟧, 15:30 Uhr, Raum 2.114 "
        "(Haus C), Einwahl Telefonkonferenz ⟦PHONE:0941 944-7780⟧\nTeilnehmer: Prof. Dr. ⟦PERSON:Matthias Ebner⟧ "
        "(Chirurgie), PD Dr. ⟦PERSON:Ulrike Zenker⟧ (Onkologie), Dr. ⟦PERSON:Vogel⟧ (Radiologie), Fr. "
        "⟦PERSON:Hofbauer⟧ (Study Nurse)\nFall 3: ⟦PERSON:Gruber, Anton⟧, 71 J., Rektumkarzinom uT3 N1, MRT: "
        "MRF frei, EMVI negativ. Frage: neoadjuvante Radiochemotherapie?\nAnmeldung über Frau "
        "⟦PERSON:Kerstin Lutz⟧, ⟦EMAIL:tumorkonferenz@ukr.de⟧",
        (
            "Tumorkonferenz",
            "15:30 Uhr",
            "Raum 2.114",
            "71 J.",
            "Rektumkarzinom",
            "MRF frei",
            "EMVI negativ",
            "Radiochemotherapie",
            "Study Nurse",
        ),
    ),
    (
        "de05",
        "de",
        "Schreiben der Kanzlei ⟦INSTITUTION:Dr. Pohl & Kollegen Rechtsanwälte⟧, "
        "⟦ADDRESS:Maximilianstraße 31, 80539 München⟧, Az. ⟦ID:417/25-SH⟧: Anforderung sämtlicher Bildgebung "
        "(CT Schädel, MRT HWS) unserer Mandantin ⟦PERSON:Svenja Hartl⟧, geb. ⟦DATE:30.11.1991⟧, auf CD/DVD im "
        "DICOM-Format. Schweigepflichtentbindung liegt vor (unterschrieben ⟦DATE:02.02.2026⟧).\nRIS-Kommentar "
        "⟦PERSON:mkrause⟧: 2 CDs gebrannt, per Einschreiben versandt. Gebühr nach GOÄ Nr. 5 nicht berechnet.",
        ("CT Schädel", "MRT HWS", "DICOM-Format", "Schweigepflichtentbindung", "2 CDs", "Einschreiben", "GOÄ Nr. 5"),
    ),
    (
        "de06",
        "de",
        "Dolmetscherbuchung: Arabisch (levantinisch) für MRT Becken am ⟦DATE:17.03.2026⟧ 09:00, Pat. "
        "⟦PERSON:Al-Khatib, Rana⟧, PID ⟦ID:7730128⟧. Dolmetscherin Frau ⟦PERSON:Hanadi Saleh⟧, "
        "⟦INSTITUTION:Sprachmittlerpool Caritas Köln⟧, mobil ⟦PHONE:0176 2284 5510⟧. Ehemann ⟦PERSON:Samir⟧ "
        "begleitet, spricht Deutsch. Hinweis: Kupfer-IUP in situ, MR-sicher; Buscopan 20 mg i.v. vorab.",
        ("Arabisch", "MRT Becken", "09:00", "Deutsch", "Kupfer-IUP", "MR-sicher", "Buscopan 20 mg"),
    ),
    (
        "de07",
        "de",
        "Übergabe Station 7 Nord, Nachtdienst an Frühdienst, ⟦DATE:08.03.2026⟧ 06:15\nZi. 12/1 Frau "
        "⟦PERSON:Dörfler⟧, 88 J., Z.n. Sturz, CT Schädel nativ o.B., Glasgow Coma Scale 15, Sturzprotokoll "
        "ausgefüllt. Tochter ⟦PERSON:Monika⟧ ruft ab 8 Uhr an (⟦PHONE:0151 4420 3398⟧).\nZi. 14/2 Herr "
        "⟦PERSON:Baumann⟧, Pleurapunktion links 900 ml, Rö-Thorax Kontrolle angemeldet, Marcumar pausiert.\n"
        "Übergabe: Sr. ⟦PERSON:Anja⟧ an Pfl. ⟦PERSON:Kevin Roth⟧.",
        (
            "Station 7 Nord",
            "06:15",
            "88 J.",
            "CT Schädel nativ",
            "Glasgow Coma Scale 15",
            "Sturzprotokoll",
            "8 Uhr",
            "Pleurapunktion",
            "900 ml",
            "Marcumar",
        ),
    ),
    (
        "de08",
        "de",
        "Verlegungsbericht an ⟦INSTITUTION:BG Unfallklinik Murnau⟧, Querschnittzentrum, z.Hd. Herrn OA Dr. "
        "⟦PERSON:Florian Staudinger⟧\nPat. ⟦PERSON:Wimmer, Lukas⟧, 24 J., geb. ⟦DATE:05.05.2001⟧, "
        "Motorradunfall am ⟦DATE:01.03.2026⟧ bei ⟦ADDRESS:Garmisch-Partenkirchen⟧. CT-Polytrauma: "
        "Berstungsfraktur BWK 12 (AO A3), Hinterkante 30 % in den Spinalkanal verlagert. Frankel/ASIA C. "
        "Dorsale Stabilisierung Th11–L1 erfolgt.\nTransport per Rettungshubschrauber, Abflug 14:20.",
        (
            "Querschnittzentrum",
            "24 J.",
            "CT-Polytrauma",
            "Berstungsfraktur",
            "BWK 12",
            "AO A3",
            "Frankel",
            "ASIA C",
            "Th11–L1",
            "14:20",
        ),
    ),
    (
        "de09",
        "de",
        "Gemeinschaftspraxis ⟦INSTITUTION:Dres. Albers & Nguyen⟧ – Innere Medizin / Hausärztliche Versorgung\n"
        "⟦ADDRESS:Lindenallee 44, 14050 Berlin⟧ · Tel. ⟦PHONE:030 301 22 48⟧ · Fax ⟦PHONE:030 301 22 49⟧\n"
        "Überweisung zur Sonographie Abdomen, ggf. CT: Pat. ⟦PERSON:Rosemarie Ziegler⟧, geb. "
        "⟦DATE:18.08.1944⟧, Versichertennr. ⟦ID:K804411937⟧ (AOK Nordost). Fragestellung: Murphy-Zeichen "
        "positiv, Cholezystolithiasis? CRP 88 mg/l.\nBSNR ⟦ID:721045600⟧ · LANR ⟦ID:338120401⟧ · "
        "⟦URL:www.praxis-albers-nguyen.de⟧",
        (
            "Innere Medizin",
            "Überweisung",
            "Sonographie Abdomen",
            "Murphy-Zeichen",
            "Cholezystolithiasis",
            "CRP 88 mg/l",
        ),
    ),
    (
        "de10",
        "de",
        "Dienstplan Radiologie KW 12 (Auszug)\nMo ⟦DATE:16.03.⟧: Vordergrund ⟦PERSON:Schäfer⟧ / Hintergrund "
        "Dr. ⟦PERSON:Wegener⟧\nDi ⟦DATE:17.03.⟧: Vordergrund ⟦PERSON:Kılıç⟧ / Hintergrund Prof. "
        "⟦PERSON:Hartmann⟧\nMi ⟦DATE:18.03.⟧: Vordergrund ⟦PERSON:Lange⟧ (Piepser ⟦PHONE:4417⟧) / Hintergrund "
        "Dr. ⟦PERSON:Wegener⟧\nTausch nur nach Rücksprache mit dem Chefsekretariat (Frau ⟦PERSON:Ludwig⟧, App. "
        "⟦PHONE:2201⟧). Interventionsbereitschaft: Thrombektomie ab 17:00 über die Neuroradiologie; "
        "MTRA-Rufdienst CT Haus B.",
        (
            "KW 12",
            "Vordergrund",
            "Hintergrund",
            "Chefsekretariat",
            "Thrombektomie",
            "17:00",
            "Neuroradiologie",
            "MTRA-Rufdienst",
            "CT Haus B",
        ),
    ),
    (
        "de11",
        "de",
        "CT Abdomen mit KM, Befundergänzung: Laborwerte vom ⟦DATE:11.03.2026⟧ (Labor-Auftragsnr. "
        "⟦ID:L2603114471⟧, ⟦INSTITUTION:MVZ Labor Dr. Limbach Heidelberg⟧): Lipase 1240 U/l, CRP 212 mg/l, "
        "Leukozyten 16,2 /nl, Kreatinin 1,4 mg/dl. Befund: akute ödematöse Pankreatitis, Balthazar E, CTSI 6, "
        "keine Nekrose. Atlanta-Klassifikation: moderat schwer.\nPat. ⟦PERSON:Kowalski, Dariusz⟧, Aufn.-Nr. "
        "⟦ID:26004471⟧. Befundet: Dr. ⟦PERSON:Greta Hoffmann⟧.",
        (
            "Lipase 1240 U/l",
            "Kreatinin 1,4 mg/dl",
            "Pankreatitis",
            "Balthazar E",
            "CTSI 6",
            "Nekrose",
            "Atlanta-Klassifikation",
        ),
    ),
    (
        "de12",
        "de",
        "Sehr geehrter Herr Kollege ⟦PERSON:Baker⟧,\nwir berichten über Ihre Patientin Frau "
        "⟦PERSON:Ingrid Sommer⟧, geb. ⟦DATE:22. Juli 1952⟧, die sich vom ⟦DATE:02.03.2026⟧ bis "
        "⟦DATE:06.03.2026⟧ in unserer stationären Behandlung befand. Im Kardio-MRT zeigte sich ein Late "
        "Enhancement subepikardial inferolateral, vereinbar mit Myokarditis (Lake-Louise-Kriterien erfüllt). "
        "Nebenbefundlich Baker-Zyste rechts im Duplex. Wir bitten um Wiedervorstellung im Sommer 2026 zur "
        "Verlaufs-MRT.\nMit kollegialen Grüßen\nProf. Dr. ⟦PERSON:Ernst Hagedorn⟧, Chefarzt\ni.A. "
        "⟦PERSON:L. Kunz⟧, Sekretariat, ⟦PHONE:0201 723-84512⟧",
        (
            "Kardio-MRT",
            "Late Enhancement",
            "Myokarditis",
            "Lake-Louise-Kriterien",
            "Baker-Zyste",
            "Sommer 2026",
            "Verlaufs-MRT",
            "Chefarzt",
        ),
    ),
    (
        "de13",
        "de",
        "Sozialdienst-Notiz: gesetzlicher Betreuer Herr ⟦PERSON:Rüdiger Falk⟧ (Betreuungsverein "
        "⟦INSTITUTION:SKM Düsseldorf⟧, ⟦PHONE:0211 46 96-130⟧) stimmt der Verlegung in das "
        "⟦INSTITUTION:Seniorenzentrum Haus Lindenhof⟧, ⟦ADDRESS:Kaiserswerther Str. 218, 40474 Düsseldorf⟧ zu. "
        "Pat. ⟦PERSON:Klara Engel⟧, ⟦AGE:93⟧ J., Pflegegrad 4. Röntgen Becken: Schenkelhalsfraktur rechts "
        "Garden III, operativ versorgt (Duokopfprothese). Entlassung geplant ⟦DATE:20.03.2026⟧.",
        ("Sozialdienst", "Pflegegrad 4", "Röntgen Becken", "Schenkelhalsfraktur", "Garden III", "Duokopfprothese"),
    ),
    (
        "de14",
        "de",
        "FAX an Radiologie ⟦INSTITUTION:Helios Klinikum Erfurt⟧ – Bitte um Zweitbefundung\nVon: "
        "⟦INSTITUTION:Ilm-Kreis-Kliniken Arnstadt⟧, Innere Abt., Dr. ⟦PERSON:Katja Schwenk⟧, Fax "
        "⟦PHONE:03628 919-310⟧\nPat. ⟦PERSON:Richter, Egon⟧, * ⟦DATE:11.01.1939⟧, CT Thorax vom "
        "⟦DATE:14.03.2026⟧: Rundherd Oberlappen rechts 21 mm, spikuliert, Fleischner nicht anwendbar, "
        "Lung-RADS 4B. PET-CT erbeten.\nBilder über Telemedizinportal "
        "⟦URL:https://tmp.thueringen-teleradiologie.de/case/88421⟧\nDiese Faxnachricht ist nur für den "
        "Empfänger bestimmt.",
        ("Zweitbefundung", "Innere Abt.", "Rundherd", "Oberlappen", "21 mm", "Fleischner", "Lung-RADS 4B", "PET-CT"),
    ),
    (
        "de15",
        "de",
        "Chefarztvisite ⟦DATE:09.03.2026⟧, Station 3 Süd (Gastroenterologie)\nBett 5: ⟦PERSON:Heinz Vetter⟧, "
        "67 J. – Zustand nach ERCP mit Papillotomie, Klatskin-Tumor Bismuth IIIa im MRCP. Staging-CT "
        "ergänzen. Angehörige: Sohn ⟦PERSON:Marco Vetter⟧, ⟦PHONE:0173 559 21 04⟧, wünscht Gespräch mit Prof. "
        "⟦PERSON:Ahrens⟧.\nBett 6: ⟦PERSON:Sevgi Demir⟧, 45 J. – Crohn-Stenose terminales Ileum in der "
        "MR-Enterographie, Humira.",
        (
            "Station 3 Süd",
            "Bett 5",
            "67 J.",
            "ERCP",
            "Papillotomie",
            "Klatskin-Tumor",
            "Bismuth IIIa",
            "MRCP",
            "45 J.",
            "Crohn-Stenose",
            "MR-Enterographie",
            "Humira",
        ),
    ),
    (
        "de16",
        "de",
        "RIS-Kommentar ⟦DATE:2026-03-12⟧ 10:05 (⟦PERSON:jweber⟧): Anfrage der Privatversicherung (Schadennr. "
        "⟦ID:KV-2026-0048812⟧) nach Befundkopie MRT Knie rechts vom ⟦DATE:14.01.2026⟧ (Accession "
        "⟦ID:ACC26011400318⟧). Einverständnis der Patientin ⟦PERSON:Weber, Nadine⟧ fehlt noch – Rückruf unter "
        "⟦PHONE:+49 160 9984 2271⟧. Befund: Korbhenkelriss Innenmeniskus, Segond-Fraktur ausgeschlossen.\n"
        "Import-Log: PatientName=⟦PERSON:WEBER^NADINE⟧; StudyDate=⟦DATE:20260114⟧; "
        "InstitutionName=⟦INSTITUTION:ORTHOPAEDIE ZENTRUM HAMELN⟧",
        (
            "10:05",
            "MRT Knie",
            "Korbhenkelriss",
            "Innenmeniskus",
            "Segond-Fraktur",
            "PatientName",
            "StudyDate",
            "InstitutionName",
        ),
    ),
)
