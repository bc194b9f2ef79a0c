# ruff: noqa: E501
"""Held-out 28, Switzerland: 16 excerpts, 8 German, 4 French, 4 Italian (see deid_corpus.py)."""

from __future__ import annotations

RAW_CH: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "ch01",
        "de",
        """Notfallzentrum – Triage (Swiss Emergency Triage Scale)
⟦PERSON:Tesfay, Abrehet⟧ (ZEMIS ⟦ID:12047731⟧, Ausweis N ⟦ID:N 0039 4417⟧), 27 J., Eintritt 21:18, SETS 2
Begleitung: Betreuerin Frau ⟦PERSON:Haile⟧ aus dem ⟦INSTITUTION:Bundesasylzentrum Embrach⟧, Tel. ⟦PHONE:058 469 21 40⟧
Dolmetschen Tigrinya telefonisch (⟦INSTITUTION:AOZ Medios⟧). Unterbauchschmerz rechts, β-hCG positiv → Verdacht EUG.
Vaginalsonographie: freie Flüssigkeit im Douglas, Adnexe rechts inhomogen. Ring of fire Zeichen positiv.
Gynäkologie-Dienst: Dr. med. ⟦PERSON:Nicole Brunner⟧, Piepser ⟦PHONE:16 340⟧. ⟦INSTITUTION:Kantonsspital Winterthur⟧""",
        (
            "Swiss Emergency Triage Scale",
            "SETS 2",
            "21:18",
            "β-hCG positiv",
            "Vaginalsonographie",
            "Douglas",
            "Ring of fire",
            "27 J.",
            "Unterbauchschmerz rechts",
            "Verdacht EUG",
        ),
    ),
    (
        "ch02",
        "de",
        """Übergabe Rettungsdienst (⟦INSTITUTION:Schutz & Rettung Zürich⟧) an Schockraum ⟦INSTITUTION:USZ⟧
Pat. ⟦PERSON:Krasniqi, Arben⟧, ca. 45 J., Motorradunfall ⟦ADDRESS:Hardbrücke, Zürich⟧, 18:05 Uhr
ABCDE: A frei, B Sättigung 91 %, Spannungspneu links entlastet (Thoraxdrainage), C RR 85/50, Beckenschlinge angelegt.
Ehefrau ⟦PERSON:Vjosa⟧ informiert, ⟦PHONE:+41 79 642 18 03⟧. Arbeitgeber ⟦INSTITUTION:Bauunternehmung Implenia⟧, Suva-Schaden Nr. ⟦ID:28.41187.26.5⟧.
Teamleader Schockraum PD Dr. ⟦PERSON:Simone Keller⟧, Whole-Body-CT 18:31, ATLS-Algorithmus.""",
        (
            "ABCDE",
            "Spannungspneu links",
            "Thoraxdrainage",
            "Beckenschlinge",
            "Whole-Body-CT",
            "ATLS-Algorithmus",
            "18:05 Uhr",
            "RR 85/50",
            "Motorradunfall",
        ),
    ),
    (
        "ch03",
        "de",
        """Kardiologie ⟦INSTITUTION:Inselspital⟧ – Bericht Herzkatheter
⟦PERSON:Rüegg-Baumann, Elisabeth⟧, ⟦AGE:90⟧-jährig, AHV ⟦ID:756.3047.5009.62⟧, Fall ⟦ID:30418827⟧
TAVI-Abklärung: Aortenklappenstenose hochgradig (AVA 0,6 cm², Pmean 48 mmHg), Koronarien: RIVA mittleres Drittel 50 %.
CT-TAVI-Protokoll empfohlen (Anulus-Perimeter, Abgänge der Koronarostien, iliofemorale Achsen).
Hausarzt: Dr. med. ⟦PERSON:Urs Schneeberger⟧, ⟦INSTITUTION:Hausarztpraxis Bümpliz⟧, ⟦PHONE:031 992 40 40⟧.
Tochter ⟦PERSON:Ruth Baumann⟧ (Vorsorgeauftrag) per ⟦EMAIL:ruth.baumann@bluewin.ch⟧. ⟦ADDRESS:Bern⟧, ⟦DATE:6. November 2026⟧""",
        (
            "TAVI-Abklärung",
            "Aortenklappenstenose",
            "AVA 0,6 cm²",
            "Pmean 48 mmHg",
            "CT-TAVI-Protokoll",
            "Anulus-Perimeter",
            "Vorsorgeauftrag",
            "Koronarostien",
            "Hausarzt",
            "RIVA mittleres Drittel 50 %",
            "iliofemorale Achsen",
        ),
    ),
    (
        "ch04",
        "de",
        """Gesuch um Kostengutsprache – Mamma-MRT
An: Helsana Versicherungen AG, Vertrauensärztlicher Dienst
Versicherte: ⟦PERSON:Sarah Meier-Ganz⟧, geb. ⟦DATE:11.05.1983⟧, Versichertennummer ⟦ID:80756 0000 1234 5678⟧, Mitgliedsnummer ⟦ID:H-44.120.887⟧
Begründung: BRCA2-Mutation (Mutter ⟦PERSON:Verena Ganz⟧ an Mammakarzinom erkrankt mit 41 J.), jährliche MRT nach Empfehlung der Schweizerischen Gesellschaft für Senologie.
Letzte Mammographie im ⟦INSTITUTION:Brustzentrum Zürich Seefeld⟧: ACR D, BI-RADS 2.
Antragsteller: Dr. med. ⟦PERSON:Andrea Zollinger⟧, ZSR ⟦ID:Z 7714.22⟧, GLN ⟦ID:7601000412209⟧""",
        (
            "Kostengutsprache",
            "Mamma-MRT",
            "BRCA2-Mutation",
            "Mammakarzinom",
            "41 J.",
            "Schweizerischen Gesellschaft für Senologie",
            "ACR D",
            "BI-RADS 2",
            "Vertrauensärztlicher Dienst",
        ),
    ),
    (
        "ch05",
        "de",
        """Sportmedizin – MRT Schulter
Athlet ⟦PERSON:Luca Imhof⟧ (Nationalkader Volleyball), 22 J., Überweisung ⟦INSTITUTION:Swiss Olympic Medical Center Magglingen⟧
Bankart-Läsion anteroinferior, Hill-Sachs-Delle 9 mm, SLAP II. Kein Bennett-Osteophyt. Posterosuperiores Impingement.
Physio ⟦PERSON:Jolanda⟧ (⟦EMAIL:jolanda.r@physio-biel.ch⟧), Vater ⟦PERSON:Marco Imhof⟧ ⟦PHONE:032 322 81 19⟧.
Befund vom ⟦DATE:2026-11-02⟧, Dr. ⟦PERSON:Thomas Bennett⟧, ⟦INSTITUTION:Radiologie Seeland⟧""",
        (
            "Bankart-Läsion",
            "Hill-Sachs-Delle 9 mm",
            "SLAP II",
            "Bennett-Osteophyt",
            "Posterosuperiores Impingement",
            "22 J.",
            "anteroinferior",
            "Nationalkader Volleyball",
            "MRT Schulter",
        ),
    ),
    (
        "ch06",
        "de",
        """Zahnmedizin / Kieferchirurgie – DVT
⟦INSTITUTION:Zahnklinik Aarau⟧ · ⟦PERSON:Sivanesan, Thulasi⟧ (tamil., auch ⟦PERSON:Sivaneshan⟧), F-Ausweis ⟦ID:F 1022 3391⟧
Fragestellung Implantatplanung regio 46, Nervus alveolaris inferior Abstand 4,2 mm, Kieferhöhle links mit Schleimhautschwellung, kein Antrolith.
Sohn ⟦PERSON:Kajan⟧ übersetzt (Tamil). Schule des Sohnes (⟦INSTITUTION:Kreisschule Buchs-Rohr⟧) bittet um Zeugnis für Absenz am ⟦DATE:02.11.⟧.
Befund durch Dr. med. dent. ⟦PERSON:Patrick Vögeli⟧, Aufnahme ⟦DATE:20261103⟧, Gerät Carestream CS 9600.""",
        (
            "Implantatplanung regio 46",
            "Nervus alveolaris inferior",
            "4,2 mm",
            "Kieferhöhle links",
            "Antrolith",
            "Carestream CS 9600",
            "Tamil",
            "Schleimhautschwellung",
            "Absenz",
        ),
    ),
    (
        "ch07",
        "de",
        """[Portal Zweitmeinung] Anfrage ⟦ID:ZM-CH-26-0418⟧
Patient ⟦PERSON:Dragan Petrović⟧ schreibt: «Die Bilder aus Serbien (⟦INSTITUTION:KBC Dragiša Mišović⟧) sind auf CD, Befund serbisch.»
Antwort PD Dr. ⟦PERSON:Reto Gassmann⟧: MRT LWS auswärts vom ⟦DATE:Oktober 2026⟧: Diskushernie L4/5 rechts mit Rezessusstenose, Modic Typ 1 L5/S1, Pfirrmann Grad 4.
Kein Cauda-equina-Befund. Kostengutsprache Zusatzversicherung (SWICA, Police ⟦ID:SW-9917734⟧) liegt vor.
Rückfragen: ⟦EMAIL:zweitmeinung@radiologie-hirslanden.ch⟧""",
        (
            "Diskushernie L4/5 rechts",
            "Rezessusstenose",
            "Modic Typ 1",
            "Pfirrmann Grad 4",
            "Cauda-equina",
            "MRT LWS",
            "Zusatzversicherung",
            "Zweitmeinung",
        ),
    ),
    (
        "ch08",
        "de",
        """Austrittsbericht Geburtshilfe (Auszug, Spracherkennung)
Frau ⟦PERSON:Gebreyesus Mebrat⟧ Strich Schreibweise ⟦PERSON:Gebreiesus⟧ Komma Sectio caesarea Doppelpunkt Pfannenstiel-Schnitt Punkt
Postpartal CT Abdomen bei Fieber Doppelpunkt Ovarialvenenthrombose rechts Komma kein Abszess Punkt Antikoagulation Enoxaparin Punkt
Kind ⟦PERSON:Nahom⟧ Apgar 8 9 10 Punkt Hebamme ⟦PERSON:Ladina⟧ Punkt Wohnadresse ⟦ADDRESS:Kasernenstrasse 4 Chur⟧
Mütter- und Väterberatung Tel ⟦PHONE:081 254 51 51⟧ Punkt ⟦INSTITUTION:Kantonsspital Graubünden⟧ Frauenklinik""",
        (
            "Sectio caesarea",
            "Pfannenstiel-Schnitt",
            "Ovarialvenenthrombose rechts",
            "Enoxaparin",
            "Apgar 8 9 10",
            "Doppelpunkt",
            "Frauenklinik",
            "Mütter- und Väterberatung",
            "Austrittsbericht Geburtshilfe",
        ),
    ),
    (
        "ch09",
        "fr",
        """Urgences – fiche de tri (Échelle suisse de tri)
Patient : ⟦PERSON:Benali, Youssef⟧ (passeport algérien n° ⟦ID:195528734⟧), né le ⟦DATE:3 février 1998⟧, arrivée 04h12, degré 2
Douleur thoracique après effort, ECG : sus-décalage en V1-V3, Brugada type 1 ? Troponine négative.
Accompagné par son colocataire ⟦PERSON:Karim⟧ (⟦PHONE:076 455 20 81⟧). Interprète arabe : Mme ⟦PERSON:Samia Bouzid⟧.
Médecin de garde : Dr ⟦PERSON:Étienne Morel⟧, bip ⟦PHONE:64 312⟧, ⟦INSTITUTION:HUG⟧ service des urgences.""",
        (
            "Échelle suisse de tri",
            "04h12",
            "Brugada type 1",
            "Troponine négative",
            "sus-décalage en V1-V3",
            "degré 2",
            "service des urgences",
            "Douleur thoracique après effort",
            "Interprète arabe",
        ),
    ),
    (
        "ch10",
        "fr",
        """Programme vaudois de dépistage du cancer du sein – lettre de rappel
Madame ⟦PERSON:Ana Paula Ferreira da Silva⟧, ⟦ADDRESS:Rue de Genève 88, 1004 Lausanne⟧
N° de participante ⟦ID:VD-DCS-2026-071188⟧. Mammographie du ⟦DATE:12 octobre 2026⟧ : double lecture puis troisième lecture (arbitrage).
Foyer de microcalcifications pléomorphes 8 mm, quadrant supéro-externe gauche, BI-RADS 4. Biopsie stéréotaxique proposée.
Centre de radiologie : ⟦INSTITUTION:Imagerie du Flon⟧, Dr ⟦PERSON:Mondor⟧. Pas de thrombophlébite de Mondor.
Questions : ⟦PHONE:021 314 53 10⟧ ou ⟦URL:https://www.depistage-sein.ch/vaud⟧""",
        (
            "double lecture",
            "troisième lecture",
            "microcalcifications pléomorphes",
            "quadrant supéro-externe gauche",
            "BI-RADS 4",
            "Biopsie stéréotaxique",
            "thrombophlébite de Mondor",
            "lettre de rappel",
        ),
    ),
    (
        "ch11",
        "fr",
        """Soins intensifs adultes – lettre de transfert
⟦INSTITUTION:CHUV⟧, ⟦DATE:le 5 novembre 2026⟧
Chère Consœur Dr ⟦PERSON:Chantal Favre⟧,
Nous vous transférons M. ⟦PERSON:Oleh Bondarenko⟧ (statut S, permis n° ⟦ID:S 0400 1187⟧), 61 ans, après arrêt cardio-respiratoire extrahospitalier.
Scanner cérébral J3 : perte de différenciation substance blanche/substance grise, score de Glasgow 5, pas d'engagement.
Épouse ⟦PERSON:Halyna⟧, logée chez la famille ⟦PERSON:Rochat⟧ à ⟦ADDRESS:Morges⟧, ⟦PHONE:+41 78 812 33 07⟧.
Prof. ⟦PERSON:Jean-Daniel Chiche⟧, service de médecine intensive adulte""",
        (
            "arrêt cardio-respiratoire extrahospitalier",
            "Scanner cérébral J3",
            "score de Glasgow 5",
            "pas d'engagement",
            "61 ans",
            "substance blanche/substance grise",
            "Soins intensifs adultes",
            "lettre de transfert",
            "service de médecine intensive adulte",
            "statut S",
        ),
    ),
    (
        "ch12",
        "fr",
        """Demande de garantie de paiement – IRM cardiaque
À : Groupe Mutuel, médecin-conseil · Fax ⟦PHONE:0848 803 112⟧
Assuré : ⟦PERSON:Mukamana, Claudine⟧, n° AVS ⟦ID:756.9917.0034.21⟧, n° assuré ⟦ID:GM-4418-2290⟧
Indication : suspicion de myocardite (ESC 2013), critères de Lake Louise, sportive licenciée (⟦INSTITUTION:Lausanne-Sports Athlétisme⟧).
Dr ⟦PERSON:Lucie Perrenoud⟧, cardiologie du sport, ⟦INSTITUTION:Hôpital de la Tour⟧, ⟦ADDRESS:Meyrin⟧. Date : ⟦DATE:04.11.2026⟧""",
        (
            "IRM cardiaque",
            "myocardite",
            "ESC 2013",
            "critères de Lake Louise",
            "garantie de paiement",
            "cardiologie du sport",
            "sportive licenciée",
            "médecin-conseil",
            "Indication",
        ),
    ),
    (
        "ch13",
        "it",
        """Pronto soccorso – scheda di triage
⟦INSTITUTION:Ospedale Regionale di Lugano⟧ · Paziente ⟦PERSON:Rossi, Giulia⟧, nata il ⟦DATE:9 agosto 1956⟧, n. caso ⟦ID:EOC-26-448120⟧
Codice arancione alle 11:40, dolore toracico irradiato al dorso, TC angio aorta: ematoma intramurale tipo B secondo Stanford.
Marito ⟦PERSON:Franco⟧ reperibile al ⟦PHONE:091 811 60 22⟧. Medico curante: Dr. ⟦PERSON:Paolo Bernasconi⟧, ⟦ADDRESS:Via Nassa 5, Lugano⟧.
Chirurgo vascolare di picchetto: Dr.ssa ⟦PERSON:Fumagalli⟧.""",
        (
            "Codice arancione",
            "11:40",
            "TC angio aorta",
            "ematoma intramurale",
            "tipo B secondo Stanford",
            "dolore toracico",
            "Medico curante",
            "Pronto soccorso",
            "scheda di triage",
        ),
    ),
    (
        "ch14",
        "it",
        """Ostetricia – risonanza magnetica fetale
Gestante ⟦PERSON:Ayşegül Kaya⟧ (anche ⟦PERSON:Aysegul Kaya⟧), 33 anni, 28+1 settimane, gravidanza gemellare monocoriale biamniotica.
Sindrome da trasfusione feto-fetale stadio II sec. Quintero, dopo laser fetoscopico.
Encefalo del gemello A: nessuna lesione ischemica; gemello B: ventricolomegalia lieve 11 mm.
Interprete turco: sig. ⟦PERSON:Kemal Arslan⟧ (⟦INSTITUTION:Derman Ticino⟧). ⟦INSTITUTION:Ospedale San Giovanni di Bellinzona⟧, referto del ⟦DATE:3 novembre 2026⟧.
Dr.ssa ⟦PERSON:Chiara Quintero⟧, ⟦EMAIL:chiara.quintero@eoc.ch⟧""",
        (
            "monocoriale biamniotica",
            "Sindrome da trasfusione feto-fetale",
            "stadio II sec. Quintero",
            "laser fetoscopico",
            "ventricolomegalia lieve 11 mm",
            "33 anni",
            "28+1 settimane",
            "gravidanza gemellare",
        ),
    ),
    (
        "ch15",
        "it",
        """Teleradiologia notturna – referto per ⟦INSTITUTION:Clinica Luganese Moncucco⟧
Refertante: Dr. ⟦PERSON:Matteo Cattaneo⟧ (utente ⟦PERSON:mcattaneo⟧), ore 02:55. Richiesta n. ⟦ID:TR-88412⟧
Paziente ⟦PERSON:Valsecchi Ernesto⟧, ⟦AGE:93⟧ anni, casa anziani ⟦INSTITUTION:Residenza Al Parco⟧.
TC cranio: ematoma subdurale cronico emisferico destro 14 mm, shift della linea mediana 6 mm. Manovra di Valsalva non eseguibile.
Comunicato telefonicamente alla dott.ssa ⟦PERSON:Sala⟧ (⟦PHONE:091 960 81 11⟧) alle 03:05.""",
        (
            "ematoma subdurale cronico",
            "14 mm",
            "shift della linea mediana 6 mm",
            "Manovra di Valsalva",
            "03:05",
            "TC cranio",
            "02:55",
            "Teleradiologia notturna",
            "casa anziani",
        ),
    ),
    (
        "ch16",
        "it",
        """Consenso informato – coronarografia
Io sottoscritto ⟦PERSON:Bajrami Fatmir⟧, nato il ⟦DATE:21/12/1969⟧, domiciliato a ⟦ADDRESS:Mendrisio⟧, AVS ⟦ID:756.5520.1187.43⟧,
dichiaro di essere stato informato sull'accesso radiale (test di Allen), sul rischio di dissezione e di nefropatia da mezzo di contrasto.
Figlia ⟦PERSON:Elira⟧ ha tradotto (albanese). Cardiologo: Dr. ⟦PERSON:Luca Moccetti⟧, ⟦INSTITUTION:Cardiocentro Ticino⟧.
Luogo e data: ⟦ADDRESS:Lugano⟧, ⟦DATE:05.11.2026⟧""",
        (
            "coronarografia",
            "accesso radiale",
            "test di Allen",
            "nefropatia da mezzo di contrasto",
            "dissezione",
            "albanese",
            "Consenso informato",
            "Io sottoscritto",
            "Cardiologo",
        ),
    ),
)
