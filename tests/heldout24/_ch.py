# ruff: noqa: E501  (marked-up report texts keep their natural line breaks)
"""Held-out 24, Switzerland (German, French, Italian): marked excerpts (id, lang, marked text, keep-terms)."""

CH = (
    (
        "ch01",
        "de",
        """⟦INSTITUTION:Kantonsspital Graubünden⟧ · Departement Herz-Gefäss · Seite 1 / 2
Patient: ⟦PERSON:Cadonau, Gian Andrea⟧ · ⟦DATE:02.09.1948⟧ · PID ⟦ID:3318820⟧ · AHV ⟦ID:756.4471.0923.18⟧
TAVI-Planungs-CT (EKG-getriggert): Anulus-Perimeter 78 mm, Fläche 468 mm², Zugang transfemoral rechts
möglich (A. iliaca communis 7,8 mm). Empfehlung Heart-Team: Evolut FX 29. Zuweisender Kardiologe:
Dr. med. ⟦PERSON:Reto Caflisch⟧, ⟦INSTITUTION:Praxis Kardio Chur-West⟧""",
        ("TAVI-Planungs-CT", "Anulus-Perimeter", "transfemoral", "A. iliaca communis", "Heart-Team", "Evolut FX 29"),
    ),
    (
        "ch02",
        "de",
        """Spitex-Rapport (Spital zu Hause) – ⟦DATE:Di, 11.3.25⟧
Klient Hr. ⟦PERSON:Ernst Bühlmann-Stöckli⟧, ⟦AGE:92⟧-jährig, ⟦ADDRESS:Dorfstrasse 41, 3455 Grünen⟧
Mobiles Röntgen (Thorax ap im Bett): Cardiomegalie, Stauungszeichen, Kerley-B-Linien.
Beistand: lic. iur. ⟦PERSON:Monika Zaugg⟧ (⟦INSTITUTION:KESB Emmental⟧). Angehörige: Nichte ⟦PERSON:Priska Stöckli⟧ ⟦PHONE:079 412 55 83⟧.
Ärztin ⟦INSTITUTION:Spital Emmental⟧: Dr. ⟦PERSON:Anđela Jurić⟧ – Furosemid i.v. erhöhen.""",
        ("Spitex-Rapport", "Thorax ap", "Cardiomegalie", "Kerley-B-Linien", "Stauungszeichen", "Furosemid", "Beistand"),
    ),
    (
        "ch03",
        "de",
        """Zweitmeinung über ⟦INSTITUTION:MedSecond.ch⟧ – Auftragsnummer ⟦ID:MS-2025-00417⟧
Anfragende Person: ⟦PERSON:Sandrine Gerber⟧, Mutter von ⟦PERSON:Noah Gerber⟧ (7 J.)
Fragestellung: Morbus Perthes links? Externe MRT Hüfte vom ⟦DATE:14.01.2025⟧ aus dem ⟦INSTITUTION:Röntgeninstitut Zürichsee⟧.
Beurteilung: Catterall III, lateraler Pfeiler Herring B; Containment-Therapie sinnvoll.
Beantwortet durch PD Dr. med. ⟦PERSON:Hanspeter Iselin⟧, ⟦EMAIL:h.iselin@medsecond.ch⟧""",
        ("Morbus Perthes", "MRT Hüfte", "Catterall III", "Herring B", "Containment-Therapie", "lateraler Pfeiler"),
    ),
    (
        "ch04",
        "de",
        """NUKLEARMEDIZIN ⟦INSTITUTION:INSELSPITAL BERN⟧  –  Radiosynoviorthese / Radioiodtherapie
Name ⟦PERSON:Lüthi-Abebe, Selam⟧ | Geb. ⟦DATE:1977-06-06⟧ | Fall ⟦ID:40018835711⟧
I-131 Therapie 550 MBq bei Morbus Basedow (TRAK 14 IU/l). Isolation Station Nuk-Therapie (Zi. 3) 48 h.
Partner ⟦PERSON:Dawit Abebe⟧ ⟦PHONE:+41 31 632 00 00⟧ informiert über Strahlenschutzmassnahmen.
Nachkontrolle Szintigraphie in 3 Monaten im Ambulatorium.""",
        ("I-131", "Morbus Basedow", "TRAK", "Strahlenschutzmassnahmen", "Szintigraphie", "Ambulatorium", "48 h"),
    ),
    (
        "ch05",
        "de",
        """TARMED-Export | Rechnung ⟦ID:R-25-0088312⟧ | Pat. ⟦PERSON:Kälin Beat⟧ | ⟦DATE:18.02.1959⟧ | KVG
39.5010 Grundtaxpunkte CT  1 | 39.4110 CT Abdomen  1 | 39.0020 KM-Zuschlag  1
Versichertennummer ⟦ID:80756 0012 3318 9922⟧ (Versichertenkarte)
Leistungserbringer GLN ⟦ID:7601000271940⟧ ⟦INSTITUTION:Radiologie Schwyz AG⟧, ⟦ADDRESS:Bahnhofstrasse 8, 6430 Schwyz⟧""",
        ("TARMED-Export", "39.5010", "39.4110", "KM-Zuschlag", "CT Abdomen", "KVG", "Grundtaxpunkte"),
    ),
    (
        "ch06",
        "de",
        """Dolmetschprotokoll (interkulturelles Dolmetschen) – ⟦DATE:07.05.2025⟧, 15:00–15:40
Patientin ⟦PERSON:Hamida Rezaei⟧ (Dari), Dolmetscherin Frau ⟦PERSON:Parwin Sultani⟧ via ⟦INSTITUTION:AOZ Medios⟧.
Inhalt: Aufklärung Hysterosalpingographie / MR-Pelvis, Fragen zu Kontrastmittel-Allergie (Jod).
Ehemann ⟦PERSON:Ahmad Rezaei⟧ anwesend, Kinderbetreuung ungelöst. Ansprechperson Gyn-Sekretariat int. ⟦PHONE:45 12⟧.""",
        ("Hysterosalpingographie", "MR-Pelvis", "Kontrastmittel-Allergie", "Jod", "Dari", "15:00", "Gyn-Sekretariat"),
    ),
    (
        "ch07",
        "de",
        """Eingriffsprotokoll IR: Portkatheter-Implantation | ⟦DATE:04.04.2025⟧
Pat. ⟦PERSON:Vögeli Rosmarie⟧ | Onkologie ⟦INSTITUTION:Kantonsspital Baden⟧ | Zuweiserin Dr. med. ⟦PERSON:Ines Wyrsch⟧
Punktion V. jugularis interna re. sonographisch, Port (PowerPort ClearVUE 8F) subklavikulär,
Katheterspitze auf Höhe des cavoatrialen Übergangs (Th7). Lokalanästhesie Rapidocain 1 %.
Implantatkarte mitgegeben, LOT ⟦ID:REGX2217⟧. Operateur: Dr. ⟦PERSON:Lukas Suter⟧""",
        (
            "Portkatheter-Implantation",
            "V. jugularis interna",
            "PowerPort ClearVUE",
            "Th7",
            "Rapidocain",
            "Implantatkarte",
        ),
    ),
    (
        "ch08",
        "de",
        """Fetal-MRI Bericht – Perinatalzentrum
Mutter ⟦PERSON:Chiara Bernasconi-Huber⟧, * ⟦DATE:21.10.1990⟧, G2 P1, 34+0 SSW
Zuweisung ⟦INSTITUTION:Frauenpraxis am Rhein⟧, Dr. ⟦PERSON:Ottiger⟧, Fax ⟦PHONE:061 271 40 19⟧
Placenta praevia totalis mit Verdacht auf Placenta accreta (FIGO-Grad 2), dunkle T2-Bänder, Blase
intakt. Sectio + Hysterektomie im ⟦INSTITUTION:USB⟧ geplant, Interventionelle Radiologie: Ballonokklusion A. iliaca interna.""",
        (
            "Placenta praevia",
            "Placenta accreta",
            "FIGO-Grad 2",
            "T2-Bänder",
            "Sectio",
            "Hysterektomie",
            "A. iliaca interna",
        ),
    ),
    (
        "ch09",
        "fr",
        """⟦INSTITUTION:CHUV⟧ – Service de médecine nucléaire et imagerie moléculaire – page 2/2
Patient : ⟦PERSON:Monod, Jean-Baptiste⟧ né le ⟦DATE:3 août 1950⟧, n° séjour ⟦ID:V-5530198⟧
TEP-TDM au 18F-FDG : hypermétabolisme nodulaire du lobe supérieur droit (SUVmax 8,4), adénopathie
hilaire 4R. Stade cT2a N2 selon la 8e édition TNM. Comparaison avec le scanner de l'⟦INSTITUTION:Hôpital de Morges⟧ du
⟦DATE:12.12.2024⟧. Dr ⟦PERSON:Amélie Favre-Bulle⟧, cheffe de clinique""",
        ("TEP-TDM", "18F-FDG", "SUVmax", "lobe supérieur droit", "4R", "cT2a N2", "TNM"),
    ),
    (
        "ch10",
        "fr",
        """Consentement éclairé – Ablation par radiofréquence (RFA) d'un ostéome ostéoïde
Enfant : ⟦PERSON:Léo Ferreira da Silva⟧, 12 ans ; représentante légale : Mme ⟦PERSON:Joana da Silva⟧ (mère)
Tél. ⟦PHONE:+41 22 372 33 11⟧ ; adresse ⟦ADDRESS:Rue de Carouge 98, 1205 Genève⟧.
Geste sous anesthésie générale, guidage scanner, col fémoral gauche. Signé le ⟦DATE:19/06/2025⟧ aux ⟦INSTITUTION:HUG⟧
Médecin : Dr ⟦PERSON:Karim Benali⟧""",
        (
            "Ablation par radiofréquence",
            "RFA",
            "ostéome ostéoïde",
            "anesthésie générale",
            "col fémoral gauche",
            "12 ans",
        ),
    ),
    (
        "ch11",
        "fr",
        """Lettre de sortie – Service de cardiologie
Concerne : M. ⟦PERSON:Rochat Pierre-Alain⟧, ⟦AGE:95⟧ ans, ⟦ADDRESS:Chemin des Vignes 3, 2000 Neuchâtel⟧
IRM cardiaque : rehaussement tardif sous-épicardique, aspect compatible avec une amylose ATTR
(scintigraphie DPD Perugini 3). Tafamidis proposé. Suivi par Dr ⟦PERSON:Natacha Hügli⟧, ⟦INSTITUTION:Réseau hospitalier neuchâtelois⟧,
ligne directe ⟦PHONE:032 713 38 04⟧. Copie : EMS ⟦INSTITUTION:Les Charmettes⟧""",
        ("IRM cardiaque", "rehaussement tardif", "amylose ATTR", "DPD", "Perugini 3", "Tafamidis"),
    ),
    (
        "ch12",
        "fr",
        """Note d'assistante sociale – ⟦DATE:lundi 2 juin 2025⟧
Mme ⟦PERSON:Fatoumata Diallo⟧ (1972), suivie pour planification de radiothérapie (CT de centrage).
Transport organisé par ⟦INSTITUTION:Croix-Rouge fribourgeoise⟧ ; curateur M. ⟦PERSON:Olivier Rossier⟧,
⟦EMAIL:o.rossier@curatelles-fr.ch⟧. Fille ⟦PERSON:Awa⟧ joignable le soir. Masque thermoformé prévu, Curiethérapie non retenue.""",
        ("radiothérapie", "CT de centrage", "Masque thermoformé", "Curiethérapie", "curateur", "1972"),
    ),
    (
        "ch13",
        "it",
        """⟦INSTITUTION:Ente Ospedaliero Cantonale⟧ – ⟦INSTITUTION:Istituto Cardiocentro Ticino⟧ – pag. 1/3
Paziente: ⟦PERSON:Bernasconi Lucia⟧, nata il ⟦DATE:9 marzo 1944⟧, n. caso ⟦ID:CC-25-11972⟧
Angio-TC aorta: dissezione tipo B secondo Stanford, classificazione TEM B1,3 R-, falso lume pervio.
Consulenza chirurgia vascolare Dr. ⟦PERSON:Fabrizio Moccetti⟧. Parente: figlio ⟦PERSON:Marco⟧, tel. ⟦PHONE:091 805 31 47⟧.""",
        ("Angio-TC aorta", "Stanford", "TEM", "falso lume", "chirurgia vascolare", "dissezione tipo B"),
    ),
    (
        "ch14",
        "it",
        """Diario procedurale radiologia interventistica
⟦DATE:2025-03-27⟧ 10:05 inizio | paziente ⟦PERSON:Rusconi, Gianpiero⟧ | ⟦ID:EOC-2291773⟧
Drenaggio biliare percutaneo (PTBD) destro, catetere 8,5F tipo Cope, colangiografia: stenosi ilare Bismuth IIIa.
Anestesista Dr.ssa ⟦PERSON:Mirela Popescu⟧, infermiere ⟦PERSON:Sandro Pedrazzini⟧. Fine 11:20.
Invio referto a Dr. ⟦PERSON:Lepori⟧, ⟦INSTITUTION:Studio medico Sassariente⟧""",
        ("PTBD", "Cope", "colangiografia", "Bismuth IIIa", "10:05", "11:20", "Drenaggio biliare percutaneo"),
    ),
    (
        "ch15",
        "it",
        """Appuntamento – Servizio di medicina nucleare
Gentile Signora ⟦PERSON:Antonietta Zanetti-Ghisletta⟧, ⟦ADDRESS:Via San Gottardo 17, 6500 Bellinzona⟧
la PET/CT con 68Ga-DOTATATE è fissata il ⟦DATE:martedì 24 giugno⟧ alle 8:30
(digiuno non necessario; sospendere Sandostatina LAR 4 settimane prima). Per disdette: ⟦PHONE:091 811 91 11⟧.
⟦INSTITUTION:Ospedale San Giovanni⟧, segreteria""",
        ("68Ga-DOTATATE", "PET/CT", "Sandostatina LAR", "8:30", "digiuno", "medicina nucleare"),
    ),
    (
        "ch16",
        "it",
        """Lettera di dimissione (estratto) – Ginecologia e ostetricia
Madre ⟦PERSON:Elisa Quadri⟧, neonato ⟦PERSON:Tommaso Quadri-Boschetti⟧ nato il ⟦DATE:15.05.2025⟧
RM fetale a 30 settimane: agenesia parziale del corpo calloso; ecografia transfontanellare post-natale
conferma, assenza di idrocefalo. Pediatra curante Dr. ⟦PERSON:Ruth Schneebeli⟧, ⟦INSTITUTION:Studio pediatrico Mendrisio⟧,
⟦EMAIL:studio.pediatria@bluewin.ch⟧""",
        (
            "RM fetale",
            "agenesia parziale del corpo calloso",
            "ecografia transfontanellare",
            "idrocefalo",
            "30 settimane",
        ),
    ),
)
