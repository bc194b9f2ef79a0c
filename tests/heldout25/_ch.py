"""Held-out 25, Switzerland: 16 excerpts (8 German, 4 French, 4 Italian). Marked text, see deid_corpus.py."""

CH: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "ch01",
        "de",
        "Suva – Anfrage Bildmaterial\n"
        "Schaden-Nr. ⟦ID:21.44718.26.6⟧ / Versicherte Person: ⟦PERSON:Rüegg-Baumann, Claudia⟧, AHV-Nr. "
        "⟦ID:756.4417.2209.18⟧\nEreignis: ⟦DATE:12.09.2026⟧, Velosturz. Bitte MRI OSG links inkl. Befund an "
        "Kreisarzt Dr. ⟦PERSON:Ambühl⟧ senden, Fax ⟦PHONE:062 836 19 99⟧. Frage: Osteochondrale Läsion Talusschulter "
        "(Hepple-Stadium)?",
        ("Talusschulter", "Hepple-Stadium", "Osteochondrale Läsion", "MRI OSG", "Velosturz", "Kreisarzt"),
    ),
    (
        "ch02",
        "de",
        "Militärversicherung – Rekrutenschule ⟦INSTITUTION:RS 41-1 Thun⟧\n"
        "Rekr ⟦PERSON:Nevio Brunner⟧, geb. 2006\n"
        "Truppenarzt Oblt ⟦PERSON:Sarina Zgraggen⟧ meldet: Ermüdungsfraktur? Schienbeinschmerz nach Marsch. "
        "MRI Unterschenkel bds: Knochenmarködem Tibia dorsomedial rechts, Fredericson Grad 3. Links normal.\n"
        "Rapport an ⟦INSTITUTION:Sanitätsdienst Armee⟧, Tel. ⟦PHONE:058 464 28 10⟧",
        ("Fredericson Grad 3", "Knochenmarködem", "Tibia", "Ermüdungsfraktur", "Truppenarzt", "Marsch"),
    ),
    (
        "ch03",
        "de",
        "IRM Zürich – Legalinspektion / Auftrag Staatsanwaltschaft ⟦ADDRESS:Winterthur⟧\n"
        "Verfahrensnr. ⟦ID:ST.2026.88172⟧, Leiche unbekannter Mann, Fundort ⟦ADDRESS:Töss, Reitplatzweg⟧\n"
        "PMCT Ganzkörper ⟦DATE:04.11.2026⟧ 23:10: Zungenbeinfraktur rechtes Horn, Kehlkopf frei, "
        "Lungenödem. Zahnstatus für Identifikation an Forensische Odontologie (Dr. med. dent. ⟦PERSON:Pfister⟧).",
        ("Zungenbeinfraktur", "Lungenödem", "Forensische Odontologie", "PMCT Ganzkörper", "23:10", "Kehlkopf"),
    ),
    (
        "ch04",
        "de",
        "⟦INSTITUTION:JVA Pöschwies⟧ – Gesundheitsdienst\nInsasse ⟦PERSON:Krasniqi Arben⟧, "
        "PIN ⟦ID:P-20931⟧\nÜberweisung an ⟦INSTITUTION:Spital Bülach⟧, Röntgen Thorax wegen Tbc-Screening "
        "(IGRA positiv). Befund: kein Infiltrat, kein Ghon-Herd, Hili frei. Ranke-Komplex nicht abgrenzbar.\n"
        "gez. Pflegefachfrau ⟦PERSON:M. Oberholzer⟧",
        ("Ghon-Herd", "Ranke-Komplex", "IGRA", "Tbc-Screening", "Röntgen Thorax", "Infiltrat"),
    ),
    (
        "ch05",
        "de",
        "⟦INSTITUTION:zmk bern⟧ | Klinik für Oralchirurgie | DVT-Befund ⟦ID:DVT-26-3318⟧\n"
        "Pat: ⟦PERSON:Tschanz, Yannick⟧ *⟦DATE:11.4.1989⟧ / ZW: Zahnarztpraxis ⟦INSTITUTION:Dentalzentrum "
        "Breitenrain⟧\nImplantatplanung regio 36/37: Knochenangebot vertikal 9 mm bis Nervus alveolaris inferior, "
        "Foramen mentale regio 35. Keine Sinusitis maxillaris.",
        ("Nervus alveolaris inferior", "Foramen mentale", "Sinusitis maxillaris", "regio 36/37", "Oralchirurgie"),
    ),
    (
        "ch06",
        "de",
        "Teleradiologie-Nachtdienst (medis-Pool) – Befund für ⟦INSTITUTION:Spital Zofingen⟧\n"
        "Pat. ⟦PERSON:Hänni Rosmarie⟧, ⟦AGE:91⟧-jährig, aus ⟦INSTITUTION:Alterszentrum Brunnmatt⟧\n"
        "CT Becken 01:52: Os-sacrum-Insuffizienzfraktur (Honda-Zeichen), Ramus pubis sup. links Fraktur. "
        "Keine Blutung. Bitte Orthogeriatrie. Radiologe: ⟦PERSON:L. Vukadinović⟧, Rückruf ⟦PHONE:+41 44 552 70 10⟧",
        ("Honda-Zeichen", "Os-sacrum-Insuffizienzfraktur", "Ramus pubis", "Orthogeriatrie", "01:52", "CT Becken"),
    ),
    (
        "ch07",
        "de",
        "Studie SNF-ACL-Return (BASEC 2024-01188) – Visite 3\nTeilnehmer ⟦ID:ACL-BE-071⟧ | Initialen "
        "⟦PERSON:R.-M. G.⟧ | MRI am ⟦DATE:3.11.26⟧\nKoordinatorin ⟦PERSON:Aylin Demirci⟧ notiert: Transplantat "
        "(Semitendinosus) durchgängig, Cyclops-Läsion 8 mm, Tunnelweitung femoral. Return-to-sport Test "
        "verschoben. ⟦EMAIL:aylin.demirci@insel.ch⟧",
        ("Cyclops-Läsion", "Semitendinosus", "Tunnelweitung", "Return-to-sport", "Visite 3", "BASEC"),
    ),
    (
        "ch08",
        "de",
        "Zeitstempel\tBenutzer\tAktion\tPatient\tAnmerkung\n"
        "05.11.2026 07:14\t⟦PERSON:ext_bhuber⟧\tBild-Export\tPID ⟦ID:5520871⟧\tCD für Anwalt "
        "lic. iur. ⟦PERSON:Corinne Blaser⟧, ⟦ADDRESS:Marktgasse 21, 3011 Bern⟧\n"
        "05.11.2026 07:20\t⟦PERSON:ext_bhuber⟧\tDruck\tPID ⟦ID:5520871⟧\tIV-Stelle ⟦ADDRESS:Bern⟧, Dossier "
        "⟦ID:756.9911.0472.30⟧",
        ("Bild-Export", "Zeitstempel", "Anmerkung", "Druck", "Benutzer"),
    ),
    (
        "ch09",
        "fr",
        "⟦INSTITUTION:Hôpital du Valais⟧ – site de ⟦INSTITUTION:Sion⟧\nRapport d'accident LAA – n° de sinistre "
        "⟦ID:SIN-26-004471⟧\nAssuré: M. ⟦PERSON:Loïc Fournier-Dubuis⟧, né le ⟦DATE:19 juin 1984⟧\n"
        "Chute en parapente le ⟦DATE:2 novembre⟧. TDM: fracture-tassement L1 type AO A1, fracture de Colles "
        "du poignet droit. Pas de lésion du ligament scapho-lunaire.",
        ("fracture de Colles", "ligament scapho-lunaire", "L1", "AO A1", "parapente", "TDM"),
    ),
    (
        "ch10",
        "fr",
        "Centre universitaire romand de médecine légale – Réquisition du Ministère public ⟦ADDRESS:Lausanne⟧\n"
        "Réf. ⟦ID:PE26.018772⟧ – Victime: ⟦PERSON:Bérénice Ndiaye⟧ (mineure), mère ⟦PERSON:Fatou Ndiaye⟧\n"
        "Radiographies du squelette complet (protocole enfant battu) au ⟦INSTITUTION:CHUV⟧ le "
        "⟦DATE:30.10.2026⟧: fracture métaphysaire en anse de seau du fémur distal gauche. Contact: inspectrice "
        "⟦PERSON:Vuilleumier⟧, ⟦PHONE:021 644 81 11⟧.",
        ("fracture métaphysaire", "anse de seau", "fémur distal", "squelette complet", "mineure"),
    ),
    (
        "ch11",
        "fr",
        "Prison de ⟦INSTITUTION:Champ-Dollon⟧ – Service de médecine pénitentiaire (⟦INSTITUTION:HUG⟧)\n"
        "Détenu ⟦PERSON:Rachidi, Youssef⟧, n° d'écrou ⟦ID:88412⟧\n"
        "Body-packer suspect: ASP 08h40 sans corps étranger visible; TDM abdominale low-dose: 14 "
        "sachets ovalaires dans le côlon. Surveillance, pas d'occlusion. Dr ⟦PERSON:Noémie Jaquier⟧, bip "
        "⟦PHONE:31 844⟧",
        ("Body-packer", "TDM abdominale", "low-dose", "côlon", "occlusion", "08h40"),
    ),
    (
        "ch12",
        "fr",
        "De: ⟦EMAIL:secretariat@radiologie-morges.ch⟧\nObjet: RDV IRM épaule – Mme ⟦PERSON:Gashi⟧\n"
        "Madame, votre rendez-vous à l'⟦INSTITUTION:Institut de Radiologie de Morges⟧ est fixé au "
        "⟦DATE:mardi 17 novembre 2026⟧ à 14h15. Merci d'apporter le bon de la SUVA et les CD "
        "antérieurs (⟦INSTITUTION:Clinique Bois-Cerf⟧). Arthro-IRM avec gadolinium (Dotarem).\n"
        "⟦ADDRESS:Av. de la Gare 9, 1110 Morges⟧ · ⟦URL:https://www.radiologie-morges.ch⟧",
        ("Arthro-IRM", "gadolinium", "Dotarem", "14h15", "épaule"),
    ),
    (
        "ch13",
        "it",
        "⟦INSTITUTION:Ente Ospedaliero Cantonale⟧ – ⟦INSTITUTION:Ospedale Regionale di Lugano⟧, sede "
        "⟦INSTITUTION:Civico⟧\nInfortunio sul lavoro (SUVA n. ⟦ID:30.77120.26.1⟧) – Sig. ⟦PERSON:Gianluca "
        "Bernasconi⟧, ⟦DATE:07/11/2026⟧\nRX polso dx: frattura di Smith, frammento volare. TC: frattura dello "
        "scafoide terzo medio, Herbert B2. Chirurgo: dr.ssa ⟦PERSON:Federica Quadri⟧, int. ⟦PHONE:6120⟧",
        ("frattura di Smith", "scafoide", "Herbert B2", "RX polso dx", "frammento volare", "terzo medio"),
    ),
    (
        "ch14",
        "it",
        "Studio clinico TRAUMA-CH – registro di screening\nN. screening | iniziali | data consenso | esito\n"
        "⟦ID:TI-0031⟧ | ⟦PERSON:G.P.⟧ | ⟦DATE:29.10.2026⟧ | idoneo\n⟦ID:TI-0032⟧ | ⟦PERSON:M.R.C.⟧ | "
        "⟦DATE:02.11.2026⟧ | non idoneo (ISS < 16)\nCoordinatrice: ⟦PERSON:Elisa Cattaneo⟧ "
        "⟦EMAIL:elisa.cattaneo@eoc.ch⟧",
        ("ISS < 16", "non idoneo", "idoneo", "registro di screening", "data consenso"),
    ),
    (
        "ch15",
        "it",
        "Servizio di medicina dentaria – ⟦INSTITUTION:Studio dentistico Dr. Moretti⟧, ⟦ADDRESS:Via Cantonale 12, "
        "6900 Lugano⟧\nPaziente: ⟦PERSON:Zoran Petković⟧, nato il ⟦DATE:3 marzo 1975⟧\n"
        "CBCT: cisti radicolare apicale 46, erosione della corticale linguale, canale mandibolare "
        "dislocato. Seno mascellare libero. Tel. studio ⟦PHONE:091 922 40 17⟧",
        ("cisti radicolare", "corticale linguale", "canale mandibolare", "Seno mascellare", "CBCT", "apicale 46"),
    ),
    (
        "ch16",
        "it",
        "Telerad notte – consegna ore 07:00\n⟦INSTITUTION:Clinica Sant'Anna⟧: sig.ra ⟦PERSON:Ines Gianola⟧, "
        "⟦AGE:96⟧ anni, caduta dal letto. TC cranio: ematoma subdurale cronico fronto-parietale sin. 11 mm, "
        "shift 4 mm. Chiamata neurochirurgia del ⟦INSTITUTION:Civico⟧ (dr. ⟦PERSON:Besomi⟧) alle 03:40.",
        ("ematoma subdurale", "TC cranio", "fronto-parietale", "neurochirurgia", "03:40", "shift 4 mm"),
    ),
)
