"""Held-out 33, Switzerland: 16 excerpts (8 German, 4 French, 4 Italian)."""

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "ch01",
        "de",
        "⟦INSTITUTION:Kantonsspital Baselland⟧, Standort ⟦ADDRESS:Liestal⟧, Medizinische Universitätsklinik\n"
        "Austrittsbericht – Herr ⟦PERSON:Urs Brodbeck⟧, geb. ⟦DATE:07.06.1955⟧, AHV ⟦ID:756.3847.2219.05⟧\n"
        "Eintritt ⟦DATE:01.03.2026⟧, Austritt ⟦DATE:10.03.2026⟧. Diagnose: Spondylodiszitis LWK 3/4, Staph. "
        "aureus; MRI: Psoasabszess links 3,5 cm, CT-gesteuerte Drainage.\nKopie an: Hausarzt Dr. med. "
        "⟦PERSON:Beat Gysin⟧, ⟦ADDRESS:Rheinstrasse 20, 4410 Liestal⟧; Radiologie ⟦INSTITUTION:KSBL⟧ z.K.",
        (
            "Medizinische Universitätsklinik",
            "Austrittsbericht",
            "Spondylodiszitis",
            "LWK 3/4",
            "Staph. aureus",
            "Psoasabszess",
            "3,5 cm",
            "CT-gesteuerte Drainage",
        ),
    ),
    (
        "ch02",
        "de",
        "Von: ⟦PERSON:Zürcher Andrea⟧ <⟦EMAIL:andrea.zuercher@insel.ch⟧>\nGesendet: Montag, "
        "⟦DATE:9. März 2026⟧ 12:03\nAn: ⟦EMAIL:radiologie.sekretariat@insel.ch⟧\nCc: ⟦PERSON:Bühler Martin⟧\n"
        "Betreff: WG: Bitte CD für Zweitmeinung\n\nGrüezi mitenand, Patientin Frau ⟦PERSON:Ammann⟧ (Fall-Nr. "
        "⟦ID:41022871⟧) wünscht eine CD der PET-CT vom ⟦DATE:26.02.2026⟧ für die Zweitmeinung am "
        "⟦INSTITUTION:USZ⟧. Bitte an ⟦ADDRESS:Chutzenstrasse 14, 3007 Bern⟧ senden. Merci vielmal, "
        "⟦PERSON:Andrea⟧\n\n⟦INSTITUTION:Inselspital, Universitätsspital Bern⟧ – Diese Nachricht kann "
        "vertrauliche Informationen enthalten.",
        ("12:03", "Zweitmeinung", "Grüezi mitenand", "PET-CT", "Merci vielmal"),
    ),
    (
        "ch03",
        "de",
        "Rapport Station B 5.1, Spätdienst ⟦DATE:12.03.2026⟧\nZi. 3: Frau ⟦PERSON:Rosa Küng⟧, "
        "⟦AGE:94⟧-jährig, Sturz im ⟦INSTITUTION:Alterszentrum Sonnmatt⟧, CT HWS: Densfraktur Anderson II, "
        "Philadelphia-Kragen. Sohn ⟦PERSON:Walter Küng⟧ kommt morgen um 10 Uhr.\nZi. 5: Herr "
        "⟦PERSON:Rüegg⟧, Pleuradrainage seit gestern, Thorax-Rx: Pneumothorax regredient.\nÜbergabe von "
        "Pflegefachfrau ⟦PERSON:Corinne⟧ an ⟦PERSON:Jan Moser⟧, Bip ⟦PHONE:7714⟧.",
        (
            "Station B 5.1",
            "Spätdienst",
            "CT HWS",
            "Densfraktur",
            "Anderson II",
            "Philadelphia-Kragen",
            "10 Uhr",
            "Pleuradrainage",
            "Thorax-Rx",
            "Pneumothorax",
        ),
    ),
    (
        "ch04",
        "de",
        "Histologie-Befund Institut für Pathologie und Molekularpathologie, ⟦INSTITUTION:USZ⟧, Eingangs-Nr. "
        "⟦ID:C2026.08814⟧, Eingang ⟦DATE:05.03.2026⟧: Prostatastanzen (12 Zylinder, MRI-fusioniert, PI-RADS 5 "
        "Läsion links PZ): azinäres Adenokarzinom Gleason 4+3=7, ISUP Grad 3, in 5/12 Zylindern. Visum: PD Dr. "
        "med. ⟦PERSON:Reto Caduff⟧.\nPat. ⟦PERSON:Hans-Peter Gerber⟧, Jg. 1958.",
        ("Prostatastanzen", "12 Zylinder", "PI-RADS 5", "PZ", "Gleason 4+3=7", "ISUP Grad 3", "5/12", "Jg. 1958"),
    ),
    (
        "ch05",
        "de",
        "Einladung Tumorboard Thorax, ⟦INSTITUTION:Kantonsspital St. Gallen⟧, Haus 03, Raum U21, Dienstag "
        "⟦DATE:24.03.2026⟧, 07:30\nVideo: ⟦URL:https://kssg.webex.com/meet/tumorboard.thorax⟧\nTeilnehmende: "
        "Prof. ⟦PERSON:Martin Früh⟧ (Onkologie), Dr. ⟦PERSON:Sabine Knöpfel-Meier⟧ (Radiologie), Dr. "
        "⟦PERSON:Nico Hug⟧ (Thoraxchirurgie)\nAnmeldung bis Vortag 12:00 an ⟦EMAIL:tumorboard@kssg.ch⟧ oder "
        "Tel. ⟦PHONE:071 494 11 11⟧\nFall: ⟦PERSON:Graf, Elisabeth⟧, 66-jährig, Pancoast-Tumor rechts, CT: "
        "Infiltration 1. Rippe, Stadium IIIA.",
        (
            "Tumorboard Thorax",
            "Haus 03",
            "Raum U21",
            "07:30",
            "Thoraxchirurgie",
            "12:00",
            "66-jährig",
            "Pancoast-Tumor",
            "1. Rippe",
            "Stadium IIIA",
        ),
    ),
    (
        "ch06",
        "de",
        "Anfrage ⟦INSTITUTION:Advokatur Schürch & Lanz⟧, lic. iur. ⟦PERSON:Corinne Lanz⟧, "
        "⟦ADDRESS:Bahnhofstrasse 88, 8001 Zürich⟧: Herausgabe der Bilddaten (MRI Schulter rechts, Arthro-MRI) "
        "ihres Klienten ⟦PERSON:Daniel Bösch⟧, geb. ⟦DATE:03.08.1987⟧, Unfall-Nr. Suva ⟦ID:21.48812.26.4⟧, "
        "für das IV-Verfahren. Befund: transmurale Supraspinatusruptur, Retraktion Patte 2, Goutallier 1.\n"
        "Sekretariat: Versand per HIN-Mail am ⟦DATE:11.03.2026⟧, Visum ⟦PERSON:skl⟧.",
        ("MRI Schulter", "Arthro-MRI", "IV-Verfahren", "Supraspinatusruptur", "Patte 2", "Goutallier 1", "HIN-Mail"),
    ),
    (
        "ch07",
        "de",
        "Interkulturelles Dolmetschen über ⟦INSTITUTION:HEKS Linguadukt⟧: Tigrinya, Frau "
        "⟦PERSON:Almaz Tesfay⟧, ⟦PHONE:079 318 44 02⟧, gebucht für das Fetal-MRI am ⟦DATE:20.03.2026⟧ 13:15. "
        "Patientin ⟦PERSON:Helen Ghebremedhin⟧, 28-jährig, SSW 31+2, V.a. Plazenta accreta. Ehemann "
        "⟦PERSON:Yonas⟧ begleitet. Keine Gadolinium-Gabe.",
        ("Tigrinya", "Fetal-MRI", "13:15", "28-jährig", "SSW 31+2", "Plazenta accreta", "Gadolinium"),
    ),
    (
        "ch08",
        "de",
        "Pikettdienst Radiologie ⟦INSTITUTION:Spital Männedorf⟧, KW 13: Mo–Mi Dr. ⟦PERSON:Keller⟧ "
        "(⟦PHONE:076 411 20 87⟧), Do–So Dr. ⟦PERSON:Bärtschi⟧ (über Zentrale ⟦PHONE:044 922 22 11⟧). "
        "MTRA-Pikett: ⟦PERSON:Nadja⟧ / ⟦PERSON:Fabienne Ott⟧. Bei Stroke-Alarm (NIHSS ≥ 4) Telekonsil "
        "Neuroradiologie ⟦INSTITUTION:USZ⟧.",
        ("Pikettdienst", "KW 13", "Mo–Mi", "Do–So", "MTRA-Pikett", "Stroke-Alarm", "NIHSS ≥ 4", "Telekonsil"),
    ),
    (
        "ch09",
        "fr",
        "Madame la Doctoresse ⟦PERSON:Nathalie Rochat⟧\n⟦ADDRESS:Avenue de la Gare 12, 1003 Lausanne⟧\n\n"
        "Concerne : Monsieur ⟦PERSON:Jean-Claude Favre⟧, né le ⟦DATE:14 septembre 1948⟧, n° AVS "
        "⟦ID:756.9134.7702.81⟧\nHospitalisation du ⟦DATE:2 mars⟧ au ⟦DATE:9 mars 2026⟧ au ⟦INSTITUTION:CHUV⟧, "
        "service de médecine interne.\nL'angio-CT thoracique a montré une embolie pulmonaire segmentaire "
        "bilatérale; score de Genève révisé 7. Relais par rivaroxaban.\nEn vous remerciant, je vous prie "
        "d'agréer, Madame la Doctoresse, mes salutations distinguées.\nDr ⟦PERSON:Olivier Cuendet⟧, chef de "
        "clinique – bip ⟦PHONE:4427⟧",
        (
            "Madame la Doctoresse",
            "médecine interne",
            "angio-CT thoracique",
            "embolie pulmonaire",
            "score de Genève révisé 7",
            "rivaroxaban",
            "chef de clinique",
        ),
    ),
    (
        "ch10",
        "fr",
        "De : ⟦PERSON:Perrin Sophie⟧ <⟦EMAIL:sophie.perrin@hcuge.ch⟧>\nEnvoyé : jeudi ⟦DATE:5 mars 2026⟧ 16:27\n"
        "À : Dr ⟦PERSON:Marc Schaller⟧\nObjet : TR: colloque multidisciplinaire – M. ⟦PERSON:Baudin⟧\n\n"
        "Cher ⟦PERSON:Marc⟧, le patient (IPP ⟦ID:1002398471⟧) sera discuté au colloque de jeudi, salle Opéra, "
        "8e étage. IRM hépatique: 2 lésions LI-RADS 5 (segments IV et VII, 23 et 31 mm), critères de Milan "
        "respectés. Bien à toi, ⟦PERSON:Sophie⟧\n--\n⟦INSTITUTION:Hôpitaux Universitaires de Genève⟧ – Ce "
        "message est confidentiel.",
        (
            "16:27",
            "colloque multidisciplinaire",
            "salle Opéra",
            "IRM hépatique",
            "2 lésions",
            "LI-RADS 5",
            "23 et 31 mm",
            "critères de Milan",
        ),
    ),
    (
        "ch11",
        "fr",
        "Demande de Me ⟦PERSON:Laurent Jaquet⟧, avocat, ⟦ADDRESS:Rue du Seyon 10, 2000 Neuchâtel⟧, au nom de "
        "sa cliente Mme ⟦PERSON:Chantal Vuilleumier⟧ (née le ⟦DATE:23.05.1969⟧): copie du scanner cérébral et "
        "de l'IRM du ⟦DATE:18 janvier 2026⟧ réalisés au ⟦INSTITUTION:RHNe Pourtalès⟧. Procuration jointe.\n"
        "Réponse du secrétariat (Mme ⟦PERSON:Droz⟧, tél. ⟦PHONE:032 713 30 00⟧): CD envoyé le "
        "⟦DATE:12.03.2026⟧. Constat: hématome sous-dural chronique, score de Glasgow 14 à l'admission.",
        ("scanner cérébral", "Procuration", "hématome sous-dural chronique", "score de Glasgow 14"),
    ),
    (
        "ch12",
        "fr",
        "Colloque de transmission infirmière, unité 17, ⟦INSTITUTION:Hôpital de Sion⟧, nuit du "
        "⟦DATE:14.03.2026⟧\nCh. 4: M. ⟦PERSON:Rui Carvalho⟧, 52 ans, interprète portugais demandé "
        "(⟦INSTITUTION:Appartenances⟧, Mme ⟦PERSON:Lúcia⟧, ⟦PHONE:021 341 12 50⟧) pour le consentement de la "
        "ponction biopsie rénale sous échographie prévue à 9 h. Épouse ⟦PERSON:Fernanda⟧ présente.\nCh. 6: Mme "
        "⟦PERSON:Zufferey⟧, ⟦AGE:96⟧ ans, RX bassin: fracture du cadre obturateur, pas de chirurgie.",
        (
            "unité 17",
            "52 ans",
            "portugais",
            "ponction biopsie rénale",
            "échographie",
            "9 h",
            "RX bassin",
            "fracture du cadre obturateur",
        ),
    ),
    (
        "ch13",
        "it",
        "Egregio Collega, dott. ⟦PERSON:Fabio Bernasconi⟧,\nLe scriviamo in merito al Suo paziente Sig. "
        "⟦PERSON:Giuseppe Rusconi⟧, nato il ⟦DATE:2 aprile 1951⟧, degente presso il nostro reparto di medicina "
        "dal ⟦DATE:03.03.2026⟧ al ⟦DATE:10.03.2026⟧. La TC addome ha evidenziato una diverticolite sigmoidea "
        "Hinchey Ib con ascesso pericolico di 2,8 cm, trattato con drenaggio percutaneo. Terapia: "
        "amoxicillina/acido clavulanico.\nCordiali saluti\nDr.ssa ⟦PERSON:Chiara Pedrazzini⟧, capoclinica, "
        "⟦INSTITUTION:Ospedale Regionale di Lugano⟧, sede ⟦INSTITUTION:Civico⟧, tel. ⟦PHONE:091 811 61 11⟧",
        (
            "Egregio Collega",
            "reparto di medicina",
            "TC addome",
            "diverticolite sigmoidea",
            "Hinchey Ib",
            "ascesso pericolico",
            "2,8 cm",
            "drenaggio percutaneo",
            "amoxicillina/acido clavulanico",
            "capoclinica",
        ),
    ),
    (
        "ch14",
        "it",
        "Da: ⟦PERSON:Rossi Marta⟧ <⟦EMAIL:marta.rossi@eoc.ch⟧>\nInviato: venerdì ⟦DATE:6 marzo 2026⟧ 09:41\nA: "
        "⟦PERSON:Cattaneo Luca⟧\nOggetto: referto istologico ⟦ID:B26-01873⟧\n\nCiao ⟦PERSON:Luca⟧, ti inoltro "
        "il referto dell'⟦INSTITUTION:Istituto cantonale di patologia⟧ (⟦ADDRESS:Locarno⟧): linfoma diffuso a "
        "grandi cellule B, CD20+, Ki-67 80 %. La PET-TC di stadiazione è prenotata per il ⟦DATE:16.03.2026⟧. "
        "Patologo: dr. ⟦PERSON:Pietro Mazzucchelli⟧. Paziente: sig.ra ⟦PERSON:Negri⟧, N. caso "
        "⟦ID:2026-118452⟧. Saluti, ⟦PERSON:Marta⟧",
        ("09:41", "referto istologico", "linfoma diffuso a grandi cellule B", "CD20+", "Ki-67 80 %", "PET-TC"),
    ),
    (
        "ch15",
        "it",
        "Tumor board ematologico ⟦INSTITUTION:IOSI⟧ – mercoledì ⟦DATE:18 marzo 2026⟧, ore 13:00, sala riunioni "
        "piano 2, ⟦INSTITUTION:Ospedale San Giovanni⟧, ⟦ADDRESS:Bellinzona⟧. Collegamento: "
        "⟦PHONE:091 811 90 00⟧.\nPartecipanti: prof. ⟦PERSON:Emilio Sala⟧, dr.ssa ⟦PERSON:Daria Brenni⟧, dr. "
        "⟦PERSON:Fontana⟧ (radiologia).\nCasi: 1) ⟦PERSON:Ferrari Bruno⟧, 72 anni, linfoma follicolare, "
        "risposta metabolica completa secondo i criteri di Lugano (Deauville 2). 2) sig. ⟦PERSON:Colombo⟧, "
        "⟦AGE:90⟧ anni, mieloma: lesioni osteolitiche multiple (>10) alla TC whole-body a basse dosi.",
        (
            "ore 13:00",
            "sala riunioni",
            "72 anni",
            "linfoma follicolare",
            "criteri di Lugano",
            "Deauville 2",
            "mieloma",
            "lesioni osteolitiche multiple (>10)",
            "TC whole-body a basse dosi",
        ),
    ),
    (
        "ch16",
        "it",
        "Consegne reparto chirurgia 3° piano, ⟦INSTITUTION:Clinica Luganese Moncucco⟧, turno di notte del "
        "⟦DATE:15.03.2026⟧\nLetto 8: sig.ra ⟦PERSON:Lucia Bianchi-Gianola⟧, 81 anni, POD 2 dopo emicolectomia "
        "destra; Rx torace di controllo: CVC in vena cava superiore, niente pneumotorace. Figlia "
        "⟦PERSON:Paola⟧ (cell. ⟦PHONE:+41 79 552 18 03⟧) chiede di essere chiamata.\nLetto 9: sig. "
        "⟦PERSON:Tognola⟧, NRS 6, morfina 2 mg s.c. alle 02:30.\nConsegna: inf. ⟦PERSON:Sara⟧ → inf. "
        "⟦PERSON:Mattia Pellandini⟧.",
        (
            "Letto 8",
            "81 anni",
            "POD 2",
            "emicolectomia destra",
            "Rx torace",
            "CVC",
            "vena cava superiore",
            "NRS 6",
            "morfina 2 mg",
            "02:30",
        ),
    ),
)
