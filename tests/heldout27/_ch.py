# ruff: noqa: E501
"""Held-out 27, Switzerland (German, French, Italian): marked excerpts (see deid_corpus.py)."""

CH = (
    (
        "ch01",
        "de",
        "Auftrag Radiologie – ⟦INSTITUTION:Medbase Radiologie Winterthur⟧\nPat.: ⟦PERSON:Zürcher-Baumgartner, Regula⟧, "
        "⟦DATE:17.10.1966⟧, AHV ⟦ID:756.3318.4402.17⟧\nVersicherung: CSS, Kartennr. ⟦ID:80756 0001 4432 1187⟧\n"
        "Untersuchung: MR Knie li. (Meniskus, VKB), Arthro-MR nicht nötig. "
        "Zuweisende: Dr. med. ⟦PERSON:Corina Tschudi⟧, ⟦INSTITUTION:Praxis Rosenberg⟧, ZSR ⟦ID:K 2876.14⟧",
        ("Meniskus", "VKB", "Arthro-MR", "MR Knie", "Zuweisende"),
    ),
    (
        "ch02",
        "de",
        "Donna | Mammographie-Screeningprogramm Kanton St. Gallen\nEinladung – Frau ⟦PERSON:Rahel Eugster⟧, "
        "⟦ADDRESS:Oberdorfstrasse 9, 9450 Altstätten SG⟧\n⟦ADDRESS:St. Gallen⟧, ⟦DATE:3. März 2025⟧\n"
        "Sie sind zwischen 50 und 74 Jahre alt und können alle zwei Jahre eine Mammografie machen lassen. "
        "Ihr Termin: ⟦DATE:1. April 2025⟧, 08:10, ⟦INSTITUTION:Radiologie Rheintal⟧. "
        "Kosten werden von der Grundversicherung übernommen (ohne Franchise). Fragen: ⟦PHONE:071 243 78 60⟧",
        ("Donna", "Mammografie", "50 und 74 Jahre", "08:10", "Grundversicherung", "Franchise"),
    ),
    (
        "ch03",
        "de",
        "Notfallzentrum – Triage (Swiss Emergency Triage Scale, SETS) 21:37\nPat.: ⟦PERSON:Krasniqi, Blerim⟧, "
        "34 J., Fallnr. ⟦ID:40088132⟧\nMotorradunfall ⟦ADDRESS:Hauptstrasse Sursee⟧, REGA-Zuweisung. Stufe 1. "
        "FAST positiv (Morison-Pouch), Schockraum-CT: Leberlazeration Segment VI, kein aktives Blutungszeichen. "
        "Angehörige: Bruder ⟦PERSON:Arben Krasniqi⟧ ⟦PHONE:079 512 33 08⟧",
        (
            "Swiss Emergency Triage Scale",
            "21:37",
            "34 J.",
            "FAST",
            "Morison-Pouch",
            "Schockraum-CT",
            "Leberlazeration",
            "Segment VI",
        ),
    ),
    (
        "ch04",
        "de",
        "IV-Stelle des Kantons Bern – Auftrag medizinische Abklärung\nVersicherte Person: ⟦PERSON:Selmani, Drita⟧, "
        "AHV-Nr. ⟦ID:756.9027.1833.55⟧, Dossier ⟦ID:IV 341.552.87⟧\nGutachterstelle: ⟦INSTITUTION:MEDAS Zentralschweiz⟧\n"
        "Bitte MRT HWS und Funktionsaufnahmen beilegen (Chondrose C5/6, Unkarthrose). "
        "Sachbearbeiterin: Frau ⟦PERSON:L. Aebischer⟧, Tel. ⟦PHONE:031 379 77 41⟧, ⟦DATE:24.02.2025⟧",
        (
            "IV-Stelle",
            "medizinische Abklärung",
            "Gutachterstelle",
            "MRT HWS",
            "Funktionsaufnahmen",
            "Chondrose C5/6",
            "Unkarthrose",
        ),
    ),
    (
        "ch05",
        "de",
        "Tumorboard Sarkom – ⟦INSTITUTION:Universitätsspital Basel⟧ – ⟦DATE:27.02.2025⟧ 16:00\n"
        "Präsenz: Prof. ⟦PERSON:Dieter Kuhnert⟧, Dr. ⟦PERSON:Anaïs Chappuis⟧, Dr. ⟦PERSON:Raphael Gysin⟧; "
        "online: Dr. ⟦PERSON:Martina Hürlimann⟧ (⟦INSTITUTION:KSBL Liestal⟧)\n"
        "⟦PERSON:Ammann, Luca⟧ (19 J.): Ewing-Sarkom Fibula prox., nach VIDE-Chemo partielle Remission "
        "(RECIST 1.1: -38 %). Beschluss: Resektion, Pathologie-Korrelation Huvos.",
        (
            "Tumorboard Sarkom",
            "16:00",
            "19 J.",
            "Ewing-Sarkom",
            "Fibula",
            "VIDE-Chemo",
            "RECIST 1.1",
            "Huvos",
            "Pathologie-Korrelation",
        ),
    ),
    (
        "ch06",
        "de",
        "Verlegungsanfrage Bettendisposition – ⟦INSTITUTION:Spital Zollikerberg⟧ an ⟦INSTITUTION:Hirslanden Klinik Im Park⟧\n"
        "Pat. ⟦PERSON:Meier-Nüssli Anton⟧, ⟦AGE:93⟧-jährig, Aufnahme ⟦DATE:05.03.25⟧, NSTEMI, Koronarangiographie nötig. "
        "IPS-Bett nein, Überwachung ja. Transport: Rettungsdienst ⟦INSTITUTION:Schutz & Rettung Zürich⟧. "
        "Anmeldende Ärztin: Dr. ⟦PERSON:Elif Toprak⟧, Sucher ⟦PHONE:2291⟧",
        (
            "Verlegungsanfrage",
            "Bettendisposition",
            "NSTEMI",
            "Koronarangiographie",
            "IPS-Bett",
            "Überwachung",
            "Rettungsdienst",
            "Sucher",
        ),
    ),
    (
        "ch07",
        "de",
        "Dear Mr ⟦PERSON:O'Sullivan⟧,\nbetreffend Ihre Frau ⟦PERSON:Siobhán O'Sullivan⟧ (geb. ⟦DATE:12.08.1975⟧): "
        "the CT scan of the chest on ⟦DATE:Tuesday 4th March⟧ showed a small nodule in the left lower lobe "
        "(6 mm, Fleischner low risk). Gemäss Fleischner-Kriterien ist eine Kontrolle in 12 Monaten optional. "
        "Freundliche Grüsse, Dr. ⟦PERSON:Urs Thalmann⟧, ⟦INSTITUTION:Radiologie Zug AG⟧, "
        "⟦EMAIL:u.thalmann@radiologie-zug.ch⟧",
        ("CT scan", "left lower lobe", "6 mm", "Fleischner-Kriterien", "12 Monaten"),
    ),
    (
        "ch08",
        "fr",
        "Convocation – Programme de dépistage du cancer du sein ⟦INSTITUTION:Fondation genevoise de dépistage⟧\n"
        "Madame ⟦PERSON:Odile Perrenoud-Berset⟧\n⟦ADDRESS:Chemin des Crêts-de-Champel 14\n1206 Genève⟧\n"
        "⟦ADDRESS:Genève⟧, le ⟦DATE:18 février 2025⟧\nVotre mammographie aura lieu le ⟦DATE:mardi 11 mars⟧ à 09h20 à "
        "l'⟦INSTITUTION:Institut d'imagerie de Rive⟧. Merci d'apporter vos anciens clichés. "
        "Renseignements: ⟦PHONE:022 320 28 28⟧, numéro de dossier ⟦ID:GE-DS-0448192⟧.",
        ("dépistage du cancer du sein", "mammographie", "09h20", "anciens clichés", "Renseignements"),
    ),
    (
        "ch09",
        "fr",
        "Colloque multidisciplinaire ORL – ⟦INSTITUTION:CHUV⟧, le ⟦DATE:25.02.2025⟧\nPrésents: Pr ⟦PERSON:Nicolas Bovay⟧, "
        "Dre ⟦PERSON:Léa Mbemba-Rochat⟧, Dr ⟦PERSON:Samuel Python⟧ (radio-oncologie)\n"
        "Patient: ⟦PERSON:Ducommun, Gilbert⟧, ⟦AGE:90⟧ ans, carcinome épidermoïde de l'oropharynx p16+, "
        "IRM: T2 N1, extension au pilier amygdalien. Proposition: radiothérapie exclusive (IMRT).",
        (
            "Colloque multidisciplinaire",
            "ORL",
            "radio-oncologie",
            "carcinome épidermoïde",
            "oropharynx",
            "p16+",
            "IRM",
            "pilier amygdalien",
            "IMRT",
        ),
    ),
    (
        "ch10",
        "fr",
        "Téléconsultation radiologique – ⟦INSTITUTION:Hôpital du Jura bernois⟧ site ⟦INSTITUTION:Saint-Imier⟧ → "
        "⟦INSTITUTION:Réseau hospitalier neuchâtelois⟧\nDemande ⟦DATE:02/03/2025⟧ 04h12 de Dr ⟦PERSON:Joël Tissot⟧, "
        "bip ⟦PHONE:463⟧. Patiente Mme ⟦PERSON:Amina Diallo⟧, 38 ans, douleur FID. "
        "CT abdominal: appendicite aiguë non compliquée, appendicolithe, diamètre 11 mm. Réponse 04h40.",
        ("Téléconsultation", "04h12", "38 ans", "FID", "CT abdominal", "appendicite aiguë", "appendicolithe", "04h40"),
    ),
    (
        "ch11",
        "fr",
        "Rapport d'incident (CIRS) – Imagerie\nDate de l'évènement: ⟦DATE:jeudi 20 février 2025⟧, 14h15\n"
        "Un patient (⟦PERSON:Rochat Jean-Marc⟧, n° séjour ⟦ID:2025.041.883⟧) a été envoyé en IRM avec un "
        "stimulateur cardiaque non compatible (Medtronic Adapta). Arrêt avant l'entrée dans la salle. "
        "Déclarant: TRM ⟦PERSON:Sébastien Maillard⟧, ⟦INSTITUTION:HFR Fribourg⟧ – service de radiologie.",
        (
            "Rapport d'incident",
            "CIRS",
            "14h15",
            "IRM",
            "stimulateur cardiaque",
            "Medtronic Adapta",
            "TRM",
            "service de radiologie",
        ),
    ),
    (
        "ch12",
        "it",
        "Invito – Programma cantonale di screening mammografico\nGentile Signora ⟦PERSON:Graziella Rusconi-Pedrazzini⟧\n"
        "⟦ADDRESS:Via Cantonale 22, 6528 Camorino⟧\n⟦ADDRESS:Bellinzona⟧, ⟦DATE:10 febbraio 2025⟧\n"
        "La invitiamo alla mammografia di screening il ⟦DATE:giovedì 6 marzo⟧ alle ore 15:30 presso "
        "⟦INSTITUTION:Centro Diagnostico Bellinzonese⟧. Per spostare l'appuntamento: ⟦PHONE:091 816 64 80⟧ "
        "o ⟦EMAIL:screening@cdbl.ch⟧.",
        ("Programma cantonale", "screening mammografico", "mammografia", "ore 15:30", "appuntamento"),
    ),
    (
        "ch13",
        "it",
        "Pronto Soccorso ⟦INSTITUTION:EOC Ospedale Civico⟧ – Triage 19:22\nPaziente: ⟦PERSON:Bernasconi, Aurelio⟧, "
        "nato il ⟦DATE:03/11/1950⟧, n. caso ⟦ID:PS-25-11094⟧\nCodice arancione. Dolore toracico, D-dimero 2,1. "
        "AngioTC: embolia polmonare bilaterale, rapporto VD/VS 1,2. Informata la figlia ⟦PERSON:Sara⟧ "
        "(⟦PHONE:+41 76 338 90 12⟧). Medico: Dr.ssa ⟦PERSON:Ilaria Moretti⟧.",
        ("Pronto Soccorso", "Triage 19:22", "Codice arancione", "D-dimero", "AngioTC", "embolia polmonare", "VD/VS"),
    ),
    (
        "ch14",
        "it",
        "Consulto telemedico – ⟦INSTITUTION:Clinica Santa Chiara Locarno⟧ / ⟦INSTITUTION:Neurocentro della Svizzera Italiana⟧\n"
        "Data: ⟦DATE:1° marzo 2025⟧. Paziente ⟦PERSON:Ferrari Luigina⟧, anni ⟦AGE:95⟧.\n"
        "TC encefalo: ematoma intraparenchimale frontale sinistro 28 ml, inondazione ventricolare. "
        "Non indicazione neurochirurgica; cure palliative discusse con il nipote ⟦PERSON:Marco Ferrari⟧. "
        "Firmato: Dr. ⟦PERSON:Enea Cattaneo⟧",
        (
            "Consulto telemedico",
            "TC encefalo",
            "ematoma intraparenchimale",
            "inondazione ventricolare",
            "neurochirurgica",
            "cure palliative",
            "28 ml",
        ),
    ),
    (
        "ch15",
        "it",
        "Elenco appuntamenti RM – ⟦INSTITUTION:Imaging Lugano Centro⟧ – ⟦DATE:07.03.2025⟧ – pag. 1/2\n"
        "ora|paziente|esame|nr. AHV\n07:30|⟦PERSON:Gianola Piera⟧|RM colonna lombare|⟦ID:756.4410.2281.09⟧\n"
        "08:15|⟦PERSON:Zanetti-Kälin Reto⟧|RM spalla dx, artro|⟦ID:756.1177.0352.44⟧\n"
        "09:00|⟦PERSON:Hoxha Liridona⟧|RM mammella bilat.|⟦ID:756.8823.6190.31⟧\nTecnico: ⟦PERSON:D. Sala⟧",
        ("Elenco appuntamenti", "pag. 1/2", "RM colonna lombare", "RM spalla dx", "artro", "RM mammella", "07:30"),
    ),
)
