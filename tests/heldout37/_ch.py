# ruff: noqa: E501
"""Held-out 37, Switzerland (German, French, Italian): marked excerpts (see deid_corpus.py for the conventions)."""

CH = (
    (
        "ch-01",
        "de",
        "Schockraum ⟦INSTITUTION:Inselspital Bern⟧ – Übergabe Rega ⟦ID:Rega 3⟧ um 14:12 Uhr, Notarzt Dr. med. ⟦PERSON:Reto Zbinden⟧.\n"
        "Pat. ⟦PERSON:Gerber, Nicole⟧, * ⟦DATE:09.08.1979⟧, AHV ⟦ID:756.4412.8830.17⟧. Gleitschirmunfall am ⟦ADDRESS:Niesen, Gemeinde Wimmis⟧.\n"
        "Ehemann ⟦PERSON:Marc Gerber⟧ informiert (⟦PHONE:079 418 22 60⟧).\n"
        "CT: Instabile Beckenringfraktur Tile C1 (Young-Burgess VS), Kompressionsfraktur BWK 12, Kalkaneusfraktur bds. (Sanders III). Beckenzwinge angelegt.",
        (
            "Tile C1",
            "Young-Burgess VS",
            "Sanders III",
            "Beckenzwinge",
            "Gleitschirmunfall",
            "Kalkaneusfraktur",
            "14:12 Uhr",
            "BWK 12",
        ),
    ),
    (
        "ch-02",
        "de",
        "Meldung an die ⟦INSTITUTION:KESB Winterthur-Andelfingen⟧ (Gefährdungsmeldung), z. H. Frau ⟦PERSON:Bettina Frei⟧, ⟦PHONE:052 267 59 40⟧.\n"
        "Kind: ⟦PERSON:Luca Meier⟧, 2 J., Kinderspital, Kinderschutzgruppe. Begleitet von Grossmutter ⟦PERSON:Heidi Rüegg⟧, ⟦ADDRESS:Schaffhauserstrasse 88, 8400 Winterthur⟧.\n"
        "Skelettstatus: Spiralfraktur Tibiaschaft links ('toddler's fracture' möglich), keine weiteren Frakturen, keine metaphysären Läsionen. Kontrolle Skelettstatus nach 2 Wochen empfohlen.",
        (
            "toddler's fracture",
            "Spiralfraktur",
            "Tibiaschaft",
            "Skelettstatus",
            "Kinderschutzgruppe",
            "2 J.",
            "Gefährdungsmeldung",
        ),
    ),
    (
        "ch-03",
        "de",
        "Forensische Altersabklärung im Auftrag des ⟦INSTITUTION:Migrationsamt des Kantons Zürich⟧, Dossier ⟦ID:N 612 834⟧.\n"
        "Gesuchsteller: ⟦PERSON:Tesfay Gebremedhin⟧, angegeben ⟦DATE:12.05.2008⟧. Rechtsvertreterin lic. iur. ⟦PERSON:Corinne Schmid⟧, ⟦INSTITUTION:Freiplatzaktion Zürich⟧.\n"
        "Rx Hand links: Skelettalter nach Greulich & Pyle 19 J. CT Klavikula: Stadium 3c nach Schmeling. OPT: Weisheitszähne Demirjian Stadium G. Mindestalter 17,6 Jahre.",
        ("Greulich & Pyle", "Schmeling", "Demirjian Stadium G", "OPT", "Mindestalter", "19 J.", "17,6 Jahre"),
    ),
    (
        "ch-04",
        "de",
        "Fürsorgerische Unterbringung (FU) gemäss Art. 426 ZGB, angeordnet durch Dr. med. ⟦PERSON:Samuel Hug⟧ (Notfallarzt), ⟦DATE:2. April 2025⟧.\n"
        "Pat. ⟦PERSON:Jasmin Ammann⟧, Beiständin ⟦PERSON:Sarah Bühler⟧, ⟦INSTITUTION:Berufsbeistandschaft Luzern⟧, ⟦EMAIL:s.buehler@beistand-luzern.example.ch⟧.\n"
        "⟦INSTITUTION:Luzerner Psychiatrie⟧, Station Adula, Anforderung cCT: Kein Hinweis auf intrakranielle Blutung. Erweiterte Ventrikel für das Alter (Evans-Index 0,31). Kein Normaldruckhydrozephalus-Muster (kein DESH).",
        (
            "Art. 426 ZGB",
            "Evans-Index 0,31",
            "DESH",
            "Normaldruckhydrozephalus-Muster",
            "Fürsorgerische Unterbringung",
            "Station Adula",
            "intrakranielle Blutung",
        ),
    ),
    (
        "ch-05",
        "de",
        "Organspende – ⟦INSTITUTION:Kantonsspital St. Gallen⟧, lokaler Koordinator ⟦PERSON:Beat Kälin⟧ (Sucher ⟦PHONE:4471⟧), Swisstransplant SOAS-Nr. ⟦ID:ST-25-0388⟧.\n"
        "Spenderin ⟦PERSON:Monika Egli⟧, 61 Jahre, DCD Maastricht III. Angehörige: Sohn ⟦PERSON:Patrick Egli⟧, ⟦ADDRESS:Gossau⟧ SG.\n"
        "CT Abdomen: Nieren bds. 11 cm, je eine Arterie, links eine Zyste 9 mm (Bosniak I). Leber homogen. Aortensklerose mässig.",
        ("DCD Maastricht III", "Bosniak I", "Aortensklerose", "Swisstransplant", "61 Jahre", "11 cm"),
    ),
    (
        "ch-06",
        "de",
        "Geburtshaus-Verlegung: ⟦INSTITUTION:Geburtshaus Delphys⟧, Hebamme ⟦PERSON:Anouk Steiner⟧, Tel. ⟦PHONE:044 491 91 20⟧, Verlegung 03:40 Uhr ins ⟦INSTITUTION:Stadtspital Zürich Triemli⟧.\n"
        "Wöchnerin ⟦PERSON:Lea Bachmann⟧, Partner ⟦PERSON:Nico Wyss⟧. Postpartale Blutung nach Spontangeburt (1200 ml).\n"
        "CT-Angiographie Becken: Aktive Extravasation aus einem Ast der A. uterina links, Uterusatonie. Embolisation empfohlen (Interventionelle Radiologie informiert).",
        (
            "Postpartale Blutung",
            "A. uterina",
            "Uterusatonie",
            "Extravasation",
            "Spontangeburt",
            "03:40 Uhr",
            "1200 ml",
            "Interventionelle Radiologie",
        ),
    ),
    (
        "ch-07",
        "de",
        "Postmortem-CT ⟦INSTITUTION:Institut für Rechtsmedizin der Universität Bern⟧, Auftrag der ⟦INSTITUTION:Staatsanwaltschaft Emmental-Oberaargau⟧, Verfahren ⟦ID:EO 25 1187⟧.\n"
        "Verstorbener ⟦PERSON:Ueli Schürch⟧ (⟦AGE:94⟧), Bestatter ⟦INSTITUTION:Bestattungsdienst Aebi Burgdorf⟧. Fundort: ⟦ADDRESS:Hofweg 3, 3415 Hasle bei Burgdorf⟧.\n"
        "Befund: Traktorunfall (Überrollen), Thoraxkompression mit Rippenserienfrakturen bds., Hämatothorax, Ruptur der Aorta descendens am Isthmus. Virtopsy-Protokoll.",
        (
            "Virtopsy-Protokoll",
            "Thoraxkompression",
            "Hämatothorax",
            "Isthmus",
            "Traktorunfall",
            "Überrollen",
            "Aorta descendens",
        ),
    ),
    (
        "ch-08",
        "de",
        "Notfallzentrum für Kinder und Jugendliche: ⟦PERSON:Lina⟧ (14 J.), Skifahren im Schullager der ⟦INSTITUTION:Sekundarschule Oberstufe Buchs AG⟧, Lagerleiter Herr ⟦PERSON:Martin Suter⟧.\n"
        "Vater ⟦PERSON:Urs Hauri⟧ telefonisch erreicht ⟦PHONE:+41 79 622 13 05⟧.\n"
        "MRI Knie links: Patellaluxation lateral mit Flake-Fraktur der medialen Patellafacette, Ruptur MPFL, Trochleadysplasie Dejour Typ B. Insall-Salvati-Index 1,3.",
        (
            "Dejour Typ B",
            "Insall-Salvati-Index",
            "MPFL",
            "Patellaluxation",
            "Flake-Fraktur",
            "Schullager",
            "14 J.",
            "Trochleadysplasie",
        ),
    ),
    (
        "ch-09",
        "fr",
        "Déchocage – ⟦INSTITUTION:CHUV⟧, ⟦ADDRESS:Lausanne⟧. Arrivée à 22h15 par ambulance ⟦ID:Ambulance 144 VD 21⟧, ambulancière ⟦PERSON:Mélanie Cuendet⟧.\n"
        "Patient: ⟦PERSON:Rochat, Yannick⟧, né le ⟦DATE:3 juin 1997⟧. Accident de moto sur la ⟦ADDRESS:route de Berne à Épalinges⟧, casque intégral porté.\n"
        "Agent de police: sergent ⟦PERSON:Laurent Favre⟧, matricule ⟦ID:PolCant 4482⟧.\n"
        "CT corps entier: fracture de l'odontoïde type II d'Anderson et D'Alonzo, contusion pulmonaire gauche, lacération splénique grade III (AAST).",
        (
            "Anderson et D'Alonzo",
            "odontoïde",
            "contusion pulmonaire",
            "AAST",
            "casque intégral",
            "Déchocage",
            "CT corps entier",
            "22h15",
        ),
    ),
    (
        "ch-10",
        "fr",
        "Service de protection de l'adulte et de l'enfant (⟦INSTITUTION:SPAd Genève⟧), curatrice Mme ⟦PERSON:Isabelle Perrin⟧, ⟦PHONE:022 388 62 00⟧.\n"
        "Enfant ⟦PERSON:Théo Mercier⟧, 8 ans, élève de l'⟦INSTITUTION:école primaire des Pâquis⟧, amené par l'infirmière scolaire. Mère ⟦PERSON:Aurélie Mercier⟧, domiciliée ⟦ADDRESS:rue de Neuchâtel 14, 1201 Genève⟧.\n"
        "Radiographie avant-bras: fracture en motte de beurre du radius distal, pas de déplacement. Plâtre antébrachial 3 semaines.",
        (
            "fracture en motte de beurre",
            "radius distal",
            "Plâtre antébrachial",
            "infirmière scolaire",
            "8 ans",
            "3 semaines",
        ),
    ),
    (
        "ch-11",
        "fr",
        "Constat de décès – ⟦INSTITUTION:Hôpital du Valais, site de Sion⟧. Défunte: ⟦PERSON:Germaine Fournier⟧, ⟦AGE:97⟧ ans, décédée le ⟦DATE:15 février 2025⟧ à 04h50.\n"
        "Pompes funèbres ⟦INSTITUTION:Pompes Funèbres Voeffray⟧, contact M. ⟦PERSON:Voeffray⟧. Proche: petite-fille ⟦PERSON:Chloé Rey⟧, ⟦EMAIL:chloe.rey@bluewin.example.ch⟧.\n"
        "Scanner post-mortem demandé par le médecin légiste Dr ⟦PERSON:Frédéric Dubuis⟧: hémorragie intraparenchymateuse thalamique droite avec inondation ventriculaire (score de Graeb 9).",
        ("score de Graeb", "inondation ventriculaire", "thalamique", "Scanner post-mortem", "médecin légiste", "04h50"),
    ),
    (
        "ch-12",
        "fr",
        "Maternité – ⟦INSTITUTION:HFR Fribourg – Hôpital cantonal⟧. Parturiente ⟦PERSON:Sandrine Python⟧, 36 ans, 38 SA, G3 P2. Conjoint M. ⟦PERSON:Kevin Jaquier⟧.\n"
        "Sage-femme ⟦PERSON:Élodie⟧, bip ⟦PHONE:7612⟧. Date prévue d'accouchement ⟦DATE:28.04.2025⟧.\n"
        "IRM cérébrale (céphalées, post-partum J2): thrombose du sinus sagittal supérieur et du sinus transverse droit (signe du delta vide), pas d'infarctus veineux. Héparine initiée.",
        (
            "signe du delta vide",
            "sinus sagittal supérieur",
            "infarctus veineux",
            "Héparine",
            "38 SA",
            "36 ans",
            "G3 P2",
            "Maternité",
        ),
    ),
    (
        "ch-13",
        "it",
        "Pronto soccorso ⟦INSTITUTION:Ospedale Regionale di Lugano, sede Civico⟧ – arrivo ore 19:25 con ambulanza ⟦ID:Croce Verde Lugano 7⟧, soccorritore ⟦PERSON:Davide Bernasconi⟧.\n"
        "Paziente ⟦PERSON:Rezzonico Sara⟧, nata il ⟦DATE:11 settembre 1985⟧, caduta in bicicletta a ⟦ADDRESS:Melide⟧. Agente di polizia ⟦PERSON:Fabio Lurati⟧, ⟦INSTITUTION:Polizia comunale Lugano⟧.\n"
        "TC cranio: frattura della rocca petrosa destra longitudinale, pneumoencefalo minimo, emotimpano. Nessuna emorragia intraparenchimale. Scala di Glasgow 15.",
        (
            "rocca petrosa",
            "pneumoencefalo",
            "emotimpano",
            "Scala di Glasgow 15",
            "Pronto soccorso",
            "ore 19:25",
            "TC cranio",
        ),
    ),
    (
        "ch-14",
        "it",
        "Autorità regionale di protezione (⟦INSTITUTION:ARP 7 Bellinzona⟧), incarto ⟦ID:ARP7-2025-118⟧: curatore avv. ⟦PERSON:Marco Pedrazzini⟧, ⟦ADDRESS:Viale Stazione 10, 6500 Bellinzona⟧.\n"
        "Persona interessata: ⟦PERSON:Guglielmo Pozzi⟧, ⟦AGE:93⟧ anni, ospite della ⟦INSTITUTION:Casa anziani Greina⟧.\n"
        "RM encefalo: atrofia corticale globale (GCA 2), atrofia ippocampale bilaterale MTA 3 (Scheltens), leucoencefalopatia Fazekas 2.",
        ("MTA 3", "Scheltens", "Fazekas 2", "GCA 2", "atrofia ippocampale", "leucoencefalopatia", "RM encefalo"),
    ),
    (
        "ch-15",
        "it",
        "Pediatria ⟦INSTITUTION:Ospedale San Giovanni Bellinzona⟧: ⟦PERSON:Matteo Ghisletta⟧, 10 anni, trauma durante la lezione di educazione fisica alla ⟦INSTITUTION:Scuola media di Giubiasco⟧.\n"
        "Accompagnato dalla madre ⟦PERSON:Elena Ghisletta⟧ (cell. ⟦PHONE:076 331 48 92⟧) e dal fratello ⟦PERSON:Nicolò⟧.\n"
        "Radiografia gomito sinistro: frattura sovracondiloidea dell'omero tipo Gartland II, segno del cuscinetto adiposo posteriore positivo. Linea omerale anteriore anteriorizzata.",
        (
            "Gartland II",
            "frattura sovracondiloidea",
            "cuscinetto adiposo posteriore",
            "Linea omerale anteriore",
            "educazione fisica",
            "10 anni",
        ),
    ),
    (
        "ch-16",
        "it",
        "Referto TC post-mortem richiesta dal ⟦INSTITUTION:Ministero pubblico del Cantone Ticino⟧, procuratrice ⟦PERSON:Valentina Tuoni⟧, incarto ⟦ID:MP 2025.1473⟧.\n"
        "Deceduto: ⟦PERSON:Ivo Cattaneo⟧, nato il ⟦DATE:02.07.1958⟧, ritrovato il ⟦DATE:4 marzo 2025⟧ nel lago a ⟦ADDRESS:Caslano⟧. Impresa funebre ⟦INSTITUTION:Onoranze funebri Fratelli Rusconi⟧.\n"
        "Reperti: liquido nei seni paranasali e nello stomaco, enfisema acquoso polmonare (compatibile con annegamento). Nessuna frattura.",
        ("enfisema acquoso", "seni paranasali", "annegamento", "Nessuna frattura", "post-mortem"),
    ),
)
