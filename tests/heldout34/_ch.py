# ruff: noqa: E501
"""Held-out 34, Switzerland (German, French, Italian): marked excerpts (see deid_corpus.py for the conventions)."""

CH = (
    (
        "ch01",
        "de",
        "⟦INSTITUTION:Kantonsspital Graubünden⟧, Institut für Radiologie | Einweisung durch ⟦INSTITUTION:Rega⟧, "
        "Einsatz ⟦ID:R-25-07-1184⟧, Landung 15:20\n"
        "Pat.: ⟦PERSON:van der Berg, Pieter⟧ (NL), EHIC-Karte ⟦ID:80528000001234567801⟧, Pers.-Nr. ⟦ID:172834901⟧\n"
        "Lawinenunfall. Ganzkörper-CT: Distorsionstrauma HWS ohne Fraktur, Femurschaftfraktur links, "
        "Hypothermie-Zeichen. Canadian C-Spine Rule nicht anwendbar (GCS 12).",
        (
            "Institut für Radiologie",
            "Landung 15:20",
            "(NL)",
            "Lawinenunfall",
            "Ganzkörper-CT",
            "Femurschaftfraktur",
            "Canadian C-Spine Rule",
            "GCS 12",
        ),
    ),
    (
        "ch02",
        "de",
        "Bundesasylzentrum: ⟦INSTITUTION:BAZ Altstätten⟧ | N-Nummer ⟦ID:N 517 228⟧ | ZEMIS ⟦ID:21944830.7⟧\n"
        "Pat. ⟦PERSON:Tsegay Berhane Woldemichael⟧, Ausweis N, geb. ⟦DATE:00.00.2001⟧, Betreuerin Frau ⟦PERSON:Sommer⟧ "
        "(⟦PHONE:058 465 71 12⟧)\n"
        "Röntgen Thorax: Bihiläre Lymphadenopathie, Scadding-Stadium I. Sarkoidose vs. Tbc. IGRA empfohlen. Untersuchung ⟦DATE:17.09.2025⟧, Eintritt ins BAZ ⟦DATE:02.09.2025⟧.",
        ("Bundesasylzentrum", "Ausweis N", "Bihiläre Lymphadenopathie", "Scadding-Stadium I", "Sarkoidose", "IGRA"),
    ),
    (
        "ch03",
        "de",
        "AHV-Nr. ⟦ID:756.4418.2290.37⟧ | Versichertenkarte ⟦ID:80756 0118 2345 6789⟧ | Fall ⟦ID:44182290⟧\n"
        "Frau ⟦PERSON:Kaya-Brunner, Elif⟧, ⟦ADDRESS:Dorfstrasse 14⟧, ⟦ADDRESS:8706 Meilen⟧, Mann ⟦PERSON:Reto Brunner⟧\n"
        "Mammographie beidseits: Gruppierte pleomorphe Mikroverkalkungen links oben aussen über 11 mm, BI-RADS 4c, "
        "ACR-Dichte C. Vakuumbiopsie am Mittwoch, ⟦DATE:2. Juli⟧ geplant, Telefon Pat. ⟦PHONE:044 923 18 07⟧.",
        (
            "Mammographie beidseits",
            "pleomorphe Mikroverkalkungen",
            "11 mm",
            "BI-RADS 4c",
            "ACR-Dichte C",
            "Vakuumbiopsie",
        ),
    ),
    (
        "ch04",
        "de",
        "Nachtdienst-Teleradiologie 04:05 für das ⟦INSTITUTION:Spital Zofingen⟧ – Pat. ⟦ID:John Doe 23⟧ "
        "(unbekannter Tourist, ca. 60 J.), Aufnahme durch Dr. med. ⟦PERSON:Bachmann⟧\n"
        "CT Schädel: Akute Subarachnoidalblutung, Fisher-Grad 3, Hunt-und-Hess nicht beurteilbar. CTA: Aneurysma "
        "A. communicans anterior 7 mm.",
        (
            "04:05",
            "Nachtdienst-Teleradiologie",
            "CTA",
            "ca. 60 J.",
            "Subarachnoidalblutung",
            "Fisher-Grad 3",
            "Hunt-und-Hess",
            "A. communicans anterior",
            "7 mm",
        ),
    ),
    (
        "ch05",
        "de",
        "Zuweiserin: Dr. med. ⟦PERSON:Thuy Le-Schmid⟧, ⟦INSTITUTION:Praxis am Bahnhofplatz⟧, ⟦ADDRESS:3600 Thun⟧, "
        "⟦EMAIL:praxis.leschmid@hin.ch⟧\n"
        "Pat.: ⟦PERSON:Lê Thị Thu⟧ (im Pass ⟦PERSON:LE THI THU⟧), geb. ⟦DATE:09.03.1966⟧, Schwester ⟦PERSON:Thuy⟧\n"
        "CT Abdomen: Hepatozelluläres Karzinom 5,2 cm in Segment IV, BCLC B. Pfortader offen. Untersuchung ⟦DATE:21.08.2025⟧.",
        ("CT Abdomen", "Hepatozelluläres Karzinom", "5,2 cm", "Segment IV", "BCLC B", "Pfortader"),
    ),
    (
        "ch06",
        "de",
        "Kostengutsprache: Visana, Mitglied-Nr. ⟦ID:12.345.678-9⟧ | Ausweis S (Schutzstatus), ZEMIS ⟦ID:23018877.4⟧\n"
        "Herr ⟦PERSON:Oleh Melnyk⟧ mit Ehefrau ⟦PERSON:Halyna⟧ und Dolmetscherin ⟦PERSON:Iryna Bondarenko-Keller⟧ "
        "(⟦INSTITUTION:Comprendi?⟧, ⟦PHONE:031 350 80 80⟧)\n"
        "MRT Schulter: Hill-Sachs-Läsion und Bankart-Läsion, vordere Schulterluxation. Goutallier 1. Unfall ⟦DATE:29.05.2025⟧.",
        (
            "Kostengutsprache",
            "Ausweis S",
            "Schutzstatus",
            "MRT Schulter",
            "Hill-Sachs-Läsion",
            "Bankart-Läsion",
            "Goutallier 1",
        ),
    ),
    (
        "ch07",
        "de",
        "Spitalaustritt ⟦DATE:12.05.2025⟧ | Hausarzt Dr. ⟦PERSON:Singh Sandhu⟧ | ambulante Pflege: ⟦INSTITUTION:Spitex Region Oberaargau⟧\n"
        "Pat. ⟦PERSON:Gurpreet Kaur⟧, ⟦AGE:96⟧-jährig, Enkel ⟦PERSON:Harjit⟧ (⟦PHONE:079 412 77 30⟧)\n"
        "Röntgen Thorax liegend: Pneumonie im rechten Unterlappen, Silhouettenzeichen am Zwerchfell. Kein Erguss. Wohnort ⟦ADDRESS:Langenthal⟧.",
        (
            "Spitalaustritt",
            "ambulante Pflege",
            "Röntgen Thorax liegend",
            "Pneumonie",
            "rechten Unterlappen",
            "Silhouettenzeichen",
            "Erguss",
        ),
    ),
    (
        "ch08",
        "de",
        "RIS-Log: Benutzer ⟦PERSON:m.dejesus⟧ hat am ⟦DATE:2025-06-03⟧ 16:44 die Studie ⟦ID:CHB25061648⟧ verschoben.\n"
        "Patient ⟦PERSON:De Jesus Oliveira, Rafael⟧, ⟦ADDRESS:Weinbergstrasse 3⟧, ⟦ADDRESS:4410 Liestal⟧\n"
        "StudyDescription: MR Hand; SeriesDescription: t1_tse_cor, pd_fs. Befund: Kienböck Lichtman IIIa.",
        (
            "RIS-Log",
            "16:44",
            "StudyDescription",
            "SeriesDescription",
            "t1_tse_cor",
            "pd_fs",
            "Kienböck",
            "Lichtman IIIa",
        ),
    ),
    (
        "ch09",
        "fr",
        "⟦INSTITUTION:HUG⟧ – Service de radiologie | Nuit, 03h20 | Patient non identifié, alias ⟦ID:Inconnu 2025-114⟧\n"
        "Escorte police (⟦INSTITUTION:Police cantonale genevoise⟧). Identifié ensuite : M. ⟦PERSON:Benali, Youssef⟧, "
        "né le ⟦DATE:4 mars 1993⟧, sans domicile fixe.\n"
        "CT cérébral : fracture du rocher gauche, contusion frontale. Classification de Marshall III. Examen du ⟦DATE:2025-10-11⟧.",
        (
            "Service de radiologie",
            "03h20",
            "Escorte police",
            "sans domicile fixe",
            "CT cérébral",
            "fracture du rocher",
            "Marshall III",
        ),
    ),
    (
        "ch10",
        "fr",
        "Le ⟦DATE:18 juin 2025⟧\nMadame la Doctoresse ⟦PERSON:Nour El-Houda Mansouri⟧, ⟦INSTITUTION:Cabinet médical de la Riponne⟧\n"
        "Concerne : Mme ⟦PERSON:Fernandes da Silva, Maria de Lourdes⟧, née le ⟦DATE:30.01.1958⟧, N° AVS ⟦ID:756.9021.5512.04⟧\n"
        "IRM du genou : kyste de Baker, chondropathie fémoro-patellaire grade III d'Outerbridge. Domicile : ⟦ADDRESS:Avenue de Morges 58⟧, ⟦ADDRESS:1004 Lausanne⟧.",
        ("IRM du genou", "kyste de Baker", "chondropathie", "fémoro-patellaire", "grade III", "Outerbridge"),
    ),
    (
        "ch11",
        "fr",
        "Demandeur d'asile (permis N), n° SEM ⟦ID:N 609 334⟧, hébergé au ⟦INSTITUTION:Foyer EVAM de Crissier⟧. Interprète (dari) : "
        "M. ⟦PERSON:Sayed Jawad Hosseini⟧.\n"
        "Patient : ⟦PERSON:NOORI Abdul Wahab⟧, 17 ans selon le SEM, ⟦DATE:01.07.2008⟧. Contact : assistante sociale "
        "Mme ⟦PERSON:Dupont-Ngoma⟧, bip ⟦PHONE:63418⟧.\n"
        "Radiographie du poignet : cartilages de croissance ouverts, âge osseux Greulich et Pyle 16 ans.",
        ("Demandeur d'asile", "dari", "17 ans", "SEM", "Radiographie du poignet", "Greulich et Pyle", "16 ans"),
    ),
    (
        "ch12",
        "fr",
        "Rapatriement : dossier ⟦ID:EA-2025-558120⟧ (assurance voyage), ⟦INSTITUTION:CHUV⟧ vers ⟦INSTITUTION:CHU de Lille⟧\n"
        "M. ⟦PERSON:Lefebvre, Jean-Baptiste⟧, ⟦AGE:90⟧ ans, épouse Mme ⟦PERSON:Colette Lefebvre⟧, ⟦PHONE:+33 6 12 48 77 03⟧\n"
        "Angio-CT : dissection aortique type B de Stanford, diamètre 46 mm, pas de malperfusion.",
        (
            "Rapatriement",
            "assurance voyage",
            "Angio-CT",
            "dissection aortique",
            "type B de Stanford",
            "46 mm",
            "malperfusion",
        ),
    ),
    (
        "ch13",
        "it",
        "⟦INSTITUTION:Ospedale Regionale di Lugano⟧ – Radiologia | Paziente: Sig.ra ⟦PERSON:Rossi-Bernasconi, Giulia⟧, "
        "nata il ⟦DATE:12 gennaio 1971⟧, ⟦ADDRESS:Via Cantonale 22⟧, ⟦ADDRESS:6900 Lugano⟧\n"
        "Medico curante: dott. ⟦PERSON:Dos Reis⟧, cercapersone ⟦PHONE:2217⟧\n"
        "TC torace: nodulo solido 9 mm lobo superiore destro, Fleischner, controllo a 3 mesi.",
        ("Radiologia", "TC torace", "nodulo solido 9 mm", "lobo superiore destro", "Fleischner", "a 3 mesi"),
    ),
    (
        "ch14",
        "it",
        "Pronto soccorso, ore 22:15. Paziente ignoto, alias ⟦ID:Sconosciuto 17⟧, circa 30 anni, accompagnato dalla "
        "⟦INSTITUTION:Polizia cantonale ticinese⟧. Mediatrice culturale (tigrino): sig.ra ⟦PERSON:Saba⟧.\n"
        "Identificato come ⟦PERSON:Kidane Haile⟧, permesso N, numero ⟦ID:N 712 044⟧.\n"
        "TC addome: lesione splenica grado II AAST, versamento periepatico modesto. Esame del ⟦DATE:3 ottobre 2025⟧.",
        (
            "Pronto soccorso",
            "ore 22:15",
            "circa 30 anni",
            "Mediatrice culturale",
            "tigrino",
            "TC addome",
            "grado II AAST",
            "periepatico",
        ),
    ),
    (
        "ch15",
        "it",
        "Paziente dell'Alto Adige: ⟦PERSON:Mair, Anton⟧, codice fiscale ⟦ID:MRANTN52C11A952P⟧, residente a ⟦ADDRESS:Merano⟧\n"
        "Inviato da ⟦INSTITUTION:Ospedale di Merano⟧, dott.ssa ⟦PERSON:Thaler⟧, ⟦EMAIL:r.thaler@sabes.it⟧\n"
        "RM prostata: lesione zona periferica 14 mm, PI-RADS 5, estensione extracapsulare sospetta.",
        ("Alto Adige", "codice fiscale", "RM prostata", "zona periferica", "14 mm", "PI-RADS 5", "extracapsulare"),
    ),
    (
        "ch16",
        "it",
        "Assicurazione: AVS ⟦ID:756.3381.0927.66⟧ | Carta assicurato ⟦ID:80756 0004 4412 7710⟧\n"
        "Sig. ⟦PERSON:Shehu, Ilir⟧, con figlio ⟦PERSON:Dardan⟧ come interprete (albanese), tel. ⟦PHONE:076 384 11 52⟧\n"
        "Ecografia renale: calcolo pielico destro 8 mm, idronefrosi di grado 2. Rene sinistro nella norma. "
        "Data esame ⟦DATE:23/09/2025⟧.",
        ("Ecografia renale", "calcolo pielico", "8 mm", "idronefrosi di grado 2", "Rene sinistro", "albanese"),
    ),
)
