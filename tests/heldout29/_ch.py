# ruff: noqa: E501
"""Held-out 29, Switzerland (German, French, Italian): marked excerpts (see deid_corpus.py for the conventions)."""

CH = (
    (
        "ch01",
        "de",
        "Tumorboard Urologie – ⟦INSTITUTION:Kantonsspital Baselland⟧, ⟦DATE:06.03.2025⟧, 07:15\n"
        "Pat.: ⟦PERSON:Gasser, Urs⟧, ⟦DATE:14.08.1952⟧, AHV ⟦ID:756.3047.5009.62⟧, wohnhaft ⟦ADDRESS:Liestal⟧\n"
        "PSMA-PET/CT: lokal begrenztes Prostatakarzinom, miPSMA-Score 3, keine Lymphknoten (PROMISE miTNM: miT2 N0 M0).\n"
        "Vorgeschlagen: Teilnahme an SAKK 08/23 (Stratifizierung nach CAPRA-Score); Studienkoordination ⟦PERSON:Nadja Imhof⟧, ⟦PHONE:061 925 22 74⟧.\n"
        "Hausarzt: Dr. med. ⟦PERSON:Peter Gleason⟧, ⟦INSTITUTION:Praxis am Törli⟧.\n"
        "Teilnehmende: Dr. ⟦PERSON:Rahel Zbinden⟧, PD Dr. ⟦PERSON:Luca Ferraro⟧.",
        (
            "Tumorboard Urologie",
            "PSMA-PET/CT",
            "miPSMA-Score 3",
            "PROMISE miTNM",
            "SAKK 08/23",
            "CAPRA-Score",
            "07:15",
            "Prostatakarzinom",
        ),
    ),
    (
        "ch02",
        "de",
        "Strahlentherapie – Planungsbericht Mamma\n"
        "Patientin: ⟦PERSON:Suter-Vogel, Barbara⟧, geb. ⟦DATE:1969-04-30⟧, KK-Karte ⟦ID:80756 01234 00891 23⟧\n"
        "Planungs-CT in DIBH (Deep Inspiration Breath Hold, RPM/AlignRT) am ⟦DATE:17.02.2025⟧ im ⟦INSTITUTION:Radio-Onkologiezentrum KSA-KSB⟧.\n"
        "Dosis: 26 Gy in 5 Fraktionen (FAST-Forward), Boost simultan integriert 32 Gy auf Tumorbett (Clips).\n"
        "Herz Dmean 1,1 Gy, LAD Dmax 4,2 Gy; Lunge ipsilateral V8Gy 12 %.\n"
        "Physik: Dr. sc. nat. ⟦PERSON:Jürg Hofer⟧; ärztliche Freigabe: ⟦PERSON:J. Bernasconi⟧ (Kaderärztin), intern ⟦PHONE:4 58 12⟧",
        (
            "Planungs-CT",
            "DIBH",
            "Deep Inspiration Breath Hold",
            "AlignRT",
            "FAST-Forward",
            "Tumorbett",
            "LAD",
            "V8Gy",
            "26 Gy in 5 Fraktionen",
        ),
    ),
    (
        "ch03",
        "de",
        "Nuklearmedizin – ⟦INSTITUTION:Inselspital Bern⟧\n"
        "Lu-177-DOTATATE-Therapie (Lutathera) Zyklus 3/4, ⟦DATE:25.02.2025⟧\n"
        "Patient: ⟦PERSON:Rüegg Hansjörg⟧, ⟦AGE:90⟧ Jahre, Fall-Nr. ⟦ID:4009881276⟧\n"
        "Post-Therapie-SPECT/CT (24 h): Uptake in den bekannten Leber- und Knochenmetastasen; Nierendosimetrie kumulativ 17,2 Gy "
        "(Grenzwert 23 Gy), Knochenmark 0,9 Gy.\n"
        "Nierenschutz mit Aminosäureinfusion (Lysin/Arginin), Ondansetron. Entlassung am Folgetag.\n"
        "Verantw.: Prof. Dr. med. ⟦PERSON:Axel Romanens⟧-Team, OA ⟦PERSON:Kuhn⟧",
        (
            "Lu-177-DOTATATE-Therapie",
            "Lutathera",
            "SPECT/CT",
            "Nierendosimetrie",
            "23 Gy",
            "Knochenmark",
            "Aminosäureinfusion",
            "Ondansetron",
            "Zyklus 3/4",
        ),
    ),
    (
        "ch04",
        "de",
        "Zuweisung aus Liechtenstein an das ⟦INSTITUTION:Kantonsspital Graubünden⟧\n"
        "Patientin: ⟦PERSON:Frick Ladina⟧, geb. ⟦DATE:8. Mai 1974⟧, ⟦ADDRESS:Landstrasse 112, 9490 Vaduz⟧\n"
        "Zuweiserin: Dr. med. ⟦PERSON:Corina Vogt⟧, ⟦INSTITUTION:Frauenpraxis Schaan⟧, Fax ⟦PHONE:+423 232 81 82⟧\n"
        "Frage: Mamma-MRT präoperativ bei lobulärem Karzinom (ILC) rechts, Multizentrizität? Abklärung gemäss Brustzentrum-Pfad.\n"
        "Kostengutsprache ⟦ID:KG-LI-25-3341⟧ (Concordia) liegt vor.\n"
        "Befund: zusätzliche Non-mass-Enhancement-Läsion 2,3 cm im unteren äusseren Quadranten, MR-gesteuerte Biopsie empfohlen.",
        (
            "Mamma-MRT",
            "lobulärem Karzinom",
            "ILC",
            "Multizentrizität",
            "Brustzentrum-Pfad",
            "Non-mass-Enhancement-Läsion",
            "MR-gesteuerte Biopsie",
            "Kostengutsprache",
        ),
    ),
    (
        "ch05",
        "de",
        "Genetische Beratung (Kurzbericht an die Radiologie) – Li-Fraumeni-Syndrom\n"
        "Ratsuchender: ⟦PERSON:Noah Brunner⟧, 16 J.; Mutter ⟦PERSON:Sabine Brunner-Kälin⟧ (TP53 c.743G>A, Osteosarkom mit 19 J.), "
        "Halbbruder ⟦PERSON:Jan Kälin⟧ (Nebennierenrindenkarzinom mit 2 J.).\n"
        "Chompret-Kriterien erfüllt. Empfehlung Toronto-Protokoll: jährliches Ganzkörper-MRT (DWI, T1 Dixon), Schädel-MRT, Abdomen-Sonographie alle 6 Monate.\n"
        "Nächstes Ganzkörper-MRT am ⟦DATE:02.04.2025⟧ im ⟦INSTITUTION:Kinderspital Zürich⟧; Kontakt Vater ⟦PERSON:Reto Brunner⟧, ⟦PHONE:079 512 66 04⟧",
        (
            "Li-Fraumeni-Syndrom",
            "TP53 c.743G>A",
            "Osteosarkom",
            "Nebennierenrindenkarzinom",
            "Chompret-Kriterien",
            "Toronto-Protokoll",
            "Ganzkörper-MRT",
            "T1 Dixon",
            "16 J.",
        ),
    ),
    (
        "ch06",
        "de",
        "Auskunftsbegehren nach Art. 25 DSG (Zustellung via Anwaltskanzlei)\n"
        "Gesuchsteller: ⟦PERSON:Kurt Zimmermann⟧, ⟦ADDRESS:Seefeldstrasse 41, 8008 Zürich⟧, AHV-Nr. ⟦ID:756.9911.2340.05⟧\n"
        "Verlangt werden: sämtliche Bestrahlungspläne (DICOM RT Plan, RT Dose, RT Structure Set), Befunde der Behandlung in der ⟦INSTITUTION:Klinik Hirslanden⟧ "
        "und die Protokolle des Tumorboards vom ⟦DATE:Oktober 2024⟧.\n"
        "Vertreten durch lic. iur. ⟦PERSON:Martina Hess⟧, ⟦INSTITUTION:Advokatur Hess & Partner⟧, ⟦EMAIL:m.hess@hess-partner.ch⟧\n"
        "Frist: 30 Tage ab Eingang (⟦DATE:03.03.2025⟧).",
        (
            "Auskunftsbegehren",
            "Art. 25 DSG",
            "DICOM RT Plan",
            "RT Dose",
            "RT Structure Set",
            "Tumorboards",
            "Frist: 30 Tage",
            "Bestrahlungspläne",
        ),
    ),
    (
        "ch07",
        "de",
        "Implantat-Register SIRIS – Meldung Wirbelsäule\n"
        "Pat.: ⟦PERSON:Bachmann^Heidi⟧^^Frau, Geb. ⟦DATE:19610212⟧, PID ⟦ID:30117752⟧\n"
        "Eingriff ⟦DATE:2025-01-28⟧, ⟦INSTITUTION:Schulthess Klinik⟧: Vertebroplastie BWK 11 bei Myelom-Osteolyse (Durie-Salmon IIIA), "
        "Kyphoplastie-Ballon, PMMA 4 ml.\n"
        "Implantat: Kyphon Xpander II, Seriennummer ⟦ID:KX2-114098-B⟧\n"
        "Operateur: Dr. ⟦PERSON:Stefan Wyss⟧; Meldung durch ⟦PERSON:Anita Roth⟧ (SIRIS-Koordination).",
        (
            "SIRIS",
            "Vertebroplastie",
            "BWK 11",
            "Myelom-Osteolyse",
            "Durie-Salmon IIIA",
            "Kyphoplastie-Ballon",
            "PMMA",
            "Kyphon Xpander II",
        ),
    ),
    (
        "ch08",
        "de",
        "Chat (Klinik-Messenger) Radiologie ↔ Onkologie-Ambulatorium\n"
        "[08:41] Dr. ⟦PERSON:Lüthi⟧: Hallo ⟦PERSON:Dani⟧, bei Frau ⟦PERSON:Egli⟧ (Zi 512) ist das Staging-CT fertig, 2 neue Lungenmetastasen <5 mm.\n"
        "[08:43] ⟦PERSON:Daniel Kaiser⟧: Danke! Ist die Pleura frei? Sie kommt heute um 14:00 zur Immuntherapie (Nivolumab).\n"
        "[08:44] Dr. ⟦PERSON:Lüthi⟧: Pleura frei, kein Erguss. Ich schicke den Befund an ⟦EMAIL:onko-ambi@spitalthun.ch⟧\n"
        "[08:45] ⟦PERSON:Daniel Kaiser⟧: 👍 Ihre Tochter ⟦PERSON:Corinne⟧ hat angerufen, Rückruf ⟦PHONE:033 226 41 17⟧",
        ("Staging-CT", "Lungenmetastasen", "Pleura", "14:00", "Immuntherapie", "Nivolumab", "08:41", "Zi 512"),
    ),
    (
        "ch09",
        "fr",
        "Transfert transfrontalier – Alsace → ⟦INSTITUTION:Hôpitaux Universitaires de Genève⟧ (⟦INSTITUTION:HUG⟧)\n"
        "Patient : M. ⟦PERSON:Schaeffer Jean-Marc⟧, né le ⟦DATE:12 février 1957⟧, domicilié ⟦ADDRESS:7 rue des Vignerons, 68000 Colmar⟧, "
        "NIR ⟦ID:1 57 02 68 066 041 72⟧\n"
        "Médecin adresseur : Dr ⟦PERSON:Claire Heitz⟧, ⟦INSTITUTION:Hôpitaux Civils de Colmar⟧, tél. ⟦PHONE:+33 3 89 12 40 00⟧\n"
        "Indication : protonthérapie d'un chordome du clivus, IRM T2 et FLAIR, volume tumoral 18 cm³, compression du tronc cérébral.\n"
        "Accord préalable de la CPAM pour soins à l'étranger (formulaire S2) reçu le ⟦DATE:20/02/2025⟧.",
        (
            "protonthérapie",
            "chordome du clivus",
            "FLAIR",
            "tronc cérébral",
            "formulaire S2",
            "18 cm³",
            "Transfert transfrontalier",
            "Alsace",
        ),
    ),
    (
        "ch10",
        "fr",
        "Colloque multidisciplinaire d'oncologie ⟦INSTITUTION:CHUV⟧ – mardi ⟦DATE:4 mars 2025⟧\n"
        "Patiente : Mme ⟦PERSON:Favre-Bulle, Isabelle⟧, ⟦AGE:94⟧ ans, n° de séjour ⟦ID:25.044.1187⟧\n"
        "Présentée par : Dr ⟦PERSON:Mathieu Bovet⟧ (radiologie); présents : Pr ⟦PERSON:Hélène Monod⟧, Dr ⟦PERSON:Yann Perrin⟧.\n"
        "TDM thoraco-abdominale : tumeur de Klatskin (Bismuth-Corlette IV), cholangite ; IRM avec séquences de cholangio (MRCP).\n"
        "Décision : drainage biliaire, soins palliatifs ; la fille, Mme ⟦PERSON:Nathalie Favre⟧, sera informée au ⟦PHONE:021 314 55 90⟧.",
        (
            "Colloque multidisciplinaire",
            "tumeur de Klatskin",
            "Bismuth-Corlette IV",
            "cholangite",
            "MRCP",
            "drainage biliaire",
            "soins palliatifs",
            "TDM thoraco-abdominale",
        ),
    ),
    (
        "ch11",
        "fr",
        "Lettre de convocation – Service de médecine nucléaire, ⟦INSTITUTION:Hôpital de Sion⟧\n"
        "Madame ⟦PERSON:Élodie Crettaz⟧\n⟦ADDRESS:Route du Rawyl 15\n1950 Sion⟧\n"
        "Nous vous convoquons pour une thérapie à l'iode radioactif (I-131, 3,7 GBq) après thyroïdectomie totale pour carcinome papillaire pT1b. "
        "Rendez-vous le jeudi ⟦DATE:27 mars 2025⟧ à 8 h 00 ; préparation par Thyrogen (rhTSH) les deux jours précédents. "
        "Scintigraphie corps entier et SPECT/CT à J+5.\n"
        "Secrétariat : ⟦PHONE:027 603 46 10⟧, ⟦URL:https://www.hopitalvs.ch/medecine-nucleaire⟧",
        (
            "médecine nucléaire",
            "iode radioactif",
            "I-131",
            "thyroïdectomie totale",
            "carcinome papillaire",
            "Thyrogen",
            "rhTSH",
            "Scintigraphie corps entier",
            "J+5",
            "8 h 00",
        ),
    ),
    (
        "ch12",
        "fr",
        "De : ⟦PERSON:Aurélie Jaquet⟧ <⟦EMAIL:aurelie.jaquet@h-ne.ch⟧>\n"
        "Envoyé : ⟦DATE:10.03.2025⟧ 11:52\n"
        "Objet : étude SAKK 41/13 – patient ⟦ID:SUBJ-CH-0072⟧\n\n"
        "Bonjour ⟦PERSON:Marc⟧,\nle scanner de réévaluation du patient inclus (initiales ⟦PERSON:P.-A. R.⟧, screening ⟦ID:SC-2291⟧) montre une maladie stable selon RECIST 1.1 "
        "(somme des cibles 61 mm vs 64 mm). Peux-tu valider la lecture centralisée avant vendredi ?\n"
        "Merci, ⟦PERSON:Aurélie⟧ – Unité de recherche clinique, ⟦INSTITUTION:RHNe⟧, ligne directe ⟦PHONE:032 713 38 02⟧",
        (
            "SAKK 41/13",
            "RECIST 1.1",
            "maladie stable",
            "somme des cibles",
            "lecture centralisée",
            "Unité de recherche clinique",
            "11:52",
            "scanner de réévaluation",
        ),
    ),
    (
        "ch13",
        "it",
        "Riunione del Tumor Board – ⟦INSTITUTION:Istituto Oncologico della Svizzera Italiana⟧ (⟦INSTITUTION:IOSI⟧), ⟦DATE:5 marzo 2025⟧\n"
        "Paziente: Sig.ra ⟦PERSON:Bernasconi Giuliana⟧, nata il ⟦DATE:21.06.1963⟧, domiciliata a ⟦ADDRESS:Mendrisio⟧\n"
        "PET-TC: linfoma di Hodgkin classico, stadio Ann Arbor IIA, Deauville 4 dopo 2 cicli ABVD.\n"
        "Proposta: escalation a BEACOPP secondo HD18; radioterapia involved-site 30 Gy da valutare.\n"
        "Relatore: dr. ⟦PERSON:Fabio Cattaneo⟧; presenti: prof. ⟦PERSON:Emanuele Zuccoli⟧, dr.ssa ⟦PERSON:Chiara Rusca⟧.",
        (
            "linfoma di Hodgkin",
            "Ann Arbor IIA",
            "Deauville 4",
            "ABVD",
            "BEACOPP",
            "HD18",
            "involved-site",
            "30 Gy",
            "PET-TC",
        ),
    ),
    (
        "ch14",
        "it",
        "Richiesta di trasferimento dall'Alto Adige – ⟦INSTITUTION:Ospedale di Bolzano⟧, Servizio di Radiologia\n"
        "Paziente: ⟦PERSON:Gruber Lukas⟧, nato il ⟦DATE:02/09/1984⟧, codice fiscale ⟦ID:GRBLKS84P02A952Q⟧, residente in ⟦ADDRESS:via Roma 44, 39100 Bolzano⟧\n"
        "Destinatario: ⟦INSTITUTION:Ospedale San Giovanni di Bellinzona⟧ (⟦INSTITUTION:EOC⟧) – radioterapia stereotassica.\n"
        "Quesito: 3 metastasi cerebrali (melanoma BRAF V600E), la maggiore 14 mm in sede frontale destra; RM con gadolinio, sequenze T1 MPRAGE.\n"
        "Medico richiedente: dott. ⟦PERSON:Hannes Mair⟧, tel. ⟦PHONE:+39 0471 908 111⟧",
        (
            "Alto Adige",
            "radioterapia stereotassica",
            "metastasi cerebrali",
            "BRAF V600E",
            "gadolinio",
            "T1 MPRAGE",
            "14 mm",
            "Servizio di Radiologia",
        ),
    ),
    (
        "ch15",
        "it",
        "Consenso informato alla ricerca (registro tumori / biobanca)\n"
        "Io sottoscritto ⟦PERSON:Pedrazzini Mauro⟧, nato a ⟦ADDRESS:Locarno⟧ il ⟦DATE:30 aprile 1949⟧, n. AVS ⟦ID:756.6612.0947.31⟧, "
        "acconsento all'uso dei miei dati di imaging (TC, RM, PET) e dei campioni istologici per lo studio SAKK 75/08.\n"
        "⟦ADDRESS:Lugano⟧, ⟦DATE:11.02.2025⟧   Firma: ⟦PERSON:M. Pedrazzini⟧\n"
        "Medico informante: dr. ⟦PERSON:Luca Gianinazzi⟧, ⟦INSTITUTION:Clinica Luganese Moncucco⟧\n"
        "Il paziente è affetto da carcinoma esofageo (Siewert II), classificazione Lugano non applicabile.",
        (
            "Consenso informato",
            "biobanca",
            "SAKK 75/08",
            "campioni istologici",
            "carcinoma esofageo",
            "Siewert II",
            "classificazione Lugano",
            "registro tumori",
        ),
    ),
    (
        "ch16",
        "it",
        "Referto di laboratorio inserito nel rapporto radiologico\n"
        "Paziente: ⟦PERSON:LURATI^ANNA⟧, data di nascita ⟦DATE:19550317⟧, n. caso ⟦ID:8831204⟧\n"
        "Prelievo ⟦DATE:12.03.2025⟧ ore 06:40 – ⟦INSTITUTION:Laboratorio Bioanalisi Ticino⟧\n"
        "PSA totale 0,08 ng/ml; testosterone < 0,5 nmol/l; fosfatasi alcalina 96 U/l; creatinina 78 µmol/l.\n"
        "Commento radiologico: nessuna lesione ossea sospetta alla scintigrafia con 99mTc-HDP; indicazione a PSMA-PET solo se PSA > 0,2.\n"
        "Firmato dr.ssa ⟦PERSON:Veronica Paganetti⟧, bip ⟦PHONE:3714⟧",
        (
            "PSA totale",
            "testosterone",
            "fosfatasi alcalina",
            "creatinina",
            "99mTc-HDP",
            "PSMA-PET",
            "06:40",
            "scintigrafia",
        ),
    ),
)
