"""Held-out 38, Switzerland: 8 German, 4 French, 4 Italian excerpts (see deid_corpus.py)."""

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "ch01",
        "de",
        "SAKK 16/14 – Screening-Protokoll, Zentrum ⟦INSTITUTION:Kantonsspital St. Gallen⟧\n"
        "Pat. ⟦PERSON:Zürcher, Beat⟧, AHV ⟦ID:756.4821.9903.17⟧, Pat.-Nr. ⟦ID:10-447812⟧, "
        "Studien-ID ⟦ID:SG-16-014⟧\nStaging-CT ⟦DATE:06.02.2025⟧: Lymphknoten 4R 17 mm (Kurzachse), "
        "N2 nach IASLC 8. Ed. Investigator: Dr. med. ⟦PERSON:Reto Zollinger⟧, Sucher ⟦PHONE:4471⟧"
        "\nStudienkoordination: ⟦PERSON:Corinne Eberle⟧, ⟦EMAIL:studien.onko@kssg.ch⟧",
        ("SAKK 16/14", "Screening-Protokoll", "Staging-CT", "4R", "17 mm", "Kurzachse", "IASLC 8. Ed.", "Investigator"),
    ),
    (
        "ch02",
        "de",
        "BASEC-Nr. 2024-01187 (Kantonale Ethikkommission Zürich): Weiterverwendung "
        "gesundheitsbezogener Daten, Generalkonsent fehlt bei 14 von 320 Fällen.\n"
        "Beispiel im Antrag (zu schwärzen): ⟦PERSON:Ruth Gisler-Bachmann⟧, ⟦ADDRESS:Seefeldstrasse "
        "210, 8008 Zürich⟧, geb. ⟦DATE:12.12.1944⟧.\nProjektleitung: Prof. ⟦PERSON:Matthias Egli⟧, "
        "⟦EMAIL:matthias.egli@usz.ch⟧; Statistik: Mixed Model, R 4.3, lme4."
        " Betroffene Fall-Nr. ⟦ID:4471-2210⟧.",
        (
            "BASEC-Nr. 2024-01187",
            "Generalkonsent",
            "14 von 320 Fällen",
            "Weiterverwendung",
            "Mixed Model",
            "R 4.3",
            "lme4",
            "Projektleitung",
        ),
    ),
    (
        "ch03",
        "de",
        "Tumorboard Urologie ⟦INSTITUTION:Inselspital⟧, ⟦DATE:Do, 13.3.2025⟧, 07:30, Raum F 112\n"
        "Teilnehmende: Prof. ⟦PERSON:Thalmann⟧, Dr. ⟦PERSON:Graf⟧, Dr. ⟦PERSON:Keller⟧ "
        "(Radio-Onkologie), Frau ⟦PERSON:Iseli⟧ (Pflegeexpertin)\n⟦PERSON:Hans-Peter Müller-Lüthi⟧ "
        "(64): PSMA-PET/CT miTNM: miT3b miN1 miM0, PRIMARY-Score 5, Gleason 4+5."
        " Wohnort ⟦ADDRESS:Thun⟧; Ehefrau ⟦PERSON:Verena⟧ begleitet.",
        (
            "Tumorboard Urologie",
            "07:30",
            "Raum F 112",
            "Radio-Onkologie",
            "Pflegeexpertin",
            "(64)",
            "PSMA-PET/CT",
            "miT3b miN1 miM0",
            "PRIMARY-Score 5",
            "Gleason 4+5",
        ),
    ),
    (
        "ch04",
        "de",
        "Implantatregister SIRIS – Meldung Wirbelsäule\n⟦PERSON:Brigitte Ammann⟧, ⟦DATE:03.07.1951⟧, "
        "⟦ADDRESS:Rüti ZH⟧, Versicherten-Nr. ⟦ID:80756000011234567890⟧\nSpondylodese L4/5, "
        "Meyerding Grad I, Pfirrmann 4; Schrauben Expedium 6,5 × 45 mm. Röntgen ⟦DATE:Jan. 2025⟧: "
        "Lyse um S1-Schraube links."
        " Meldende Klinik: ⟦INSTITUTION:Schulthess Klinik⟧, Dr. ⟦PERSON:Andrea Keel⟧.",
        (
            "Implantatregister SIRIS",
            "Spondylodese L4/5",
            "Meyerding Grad I",
            "Pfirrmann 4",
            "Expedium 6,5 × 45 mm",
            "S1-Schraube",
        ),
    ),
    (
        "ch05",
        "de",
        "Peer Review (Fehlerkultur, CIRS-Fall): Seitenverwechslung im Befund "
        "Knie links/rechts.\nBefundende: Dr. med. ⟦PERSON:Nadja Stucki⟧ (Login ⟦PERSON:nstucki⟧), "
        "Validierung ⟦DATE:2025-03-02⟧ 23:58. Pat. ⟦PERSON:Flückiger Urs⟧, ⟦ADDRESS:Burgdorf⟧.\n"
        "Massnahme: Sprachmodell-Check für Seitenangaben, Schulung Lysholm-Score-Erfassung."
        " Patient geb. ⟦DATE:17.09.1962⟧, PID ⟦ID:00881273⟧.",
        (
            "Peer Review",
            "Fehlerkultur",
            "Seitenverwechslung",
            "Knie links/rechts",
            "23:58",
            "Sprachmodell-Check",
            "Lysholm-Score-Erfassung",
            "Massnahme",
        ),
    ),
    (
        "ch06",
        "de",
        "E-Mail (weitergeleitet):\n> Von: ⟦PERSON:Stefanie Brunner⟧ <⟦EMAIL:s.brunner@icon-cro.ch⟧>\n"
        "> Betreff: Subject ⟦ID:CH-002-0047⟧ – fehlende Zentralbefundung\n"
        "Bitte Bilder von Visite 3 (⟦DATE:21 Feb 2025⟧) via Ambra hochladen. Kriterien: "
        "Lugano 2014, Deauville 4. Die Patientin (Frau ⟦PERSON:Wyss⟧) ist informiert."
        " Pat.-Nr. intern ⟦ID:3310992⟧, Spital ⟦INSTITUTION:Kantonsspital Baselland⟧.",
        ("weitergeleitet", "Zentralbefundung", "Visite 3", "Ambra", "Lugano 2014", "Deauville 4", "Kriterien"),
    ),
    (
        "ch07",
        "de",
        'Lehrfall Kolloquium: "Die Nadel im Heuhaufen" – Fremdkörper (Nähnadel) im '
        'M. vastus lateralis.\nAus Bildannotation entfernt: "⟦PERSON:STAUFFACHER^MARGRIT⟧ ⟦DATE:19.4.2024⟧ '
        '⟦INSTITUTION:Spital Emmental Burgdorf⟧"\nZuweiser: ⟦INSTITUTION:Hausarztpraxis am '
        "Bahnhof⟧, Dr. ⟦PERSON:Lukas Wenger⟧, Tel. ⟦PHONE:034 421 77 10⟧. Sonographie 18 MHz."
        " Patientin geb. ⟦DATE:02.08.1939⟧, wohnhaft ⟦ADDRESS:Lützelflüh⟧.",
        ("Lehrfall", "Kolloquium", "Fremdkörper", "M. vastus lateralis", "Bildannotation", "Sonographie 18 MHz"),
    ),
    (
        "ch08",
        "de",
        "Dosis-Audit (BAG-Vorgaben): Ausreisser CT Becken, Pat. ⟦PERSON:Sutter, Marco⟧, 38 J., "
        "Fall ⟦ID:F-2025-118273⟧.\nBMI 41, CTDIvol 31 mGy, DRW CH 2018 überschritten. Verantwortlich: "
        "Medizinphysikerin Dr. sc. nat. ⟦PERSON:Olivia Frey⟧, ⟦EMAIL:olivia.frey@ksa.ch⟧, "
        "⟦INSTITUTION:KSA Aarau⟧"
        " Pat. wohnhaft ⟦ADDRESS:Buchs AG⟧, Tel. ⟦PHONE:079 318 44 02⟧.",
        ("Dosis-Audit", "CT Becken", "38 J.", "BMI 41", "CTDIvol 31 mGy", "DRW CH 2018", "Medizinphysikerin"),
    ),
    (
        "ch09",
        "fr",
        "Colloque de radiologie ⟦INSTITUTION:CHUV⟧ – cas d'enseignement n° 42\n"
        "Patient : ⟦PERSON:Rochat, Jean-Daniel⟧, né le ⟦DATE:4 avril 1956⟧, n° AVS "
        "⟦ID:756.9031.2270.45⟧.\nIRM : signe de la queue de comète, maladie de Baastrup L3-L4, "
        "classification de Modic type 2. Présenté par la Dre ⟦PERSON:Léa Favre⟧, bip ⟦PHONE:62318⟧."
        "\nCopie : Dr ⟦PERSON:Pierre-Alain Chappuis⟧, ⟦ADDRESS:Avenue de la Gare 12, 1003 Lausanne⟧",
        (
            "Colloque de radiologie",
            "cas d'enseignement n° 42",
            "queue de comète",
            "maladie de Baastrup",
            "L3-L4",
            "Modic type 2",
        ),
    ),
    (
        "ch10",
        "fr",
        "Essai ALPHA-LIVER (sponsor Roche, protocole BO44181) – visite de sélection\n"
        "Sujet ⟦ID:1204-0019⟧ / dossier ⟦ID:H-8830217⟧ : Mme ⟦PERSON:Dubois-Perret⟧, domiciliée à "
        "⟦ADDRESS:Carouge⟧. Scanner du ⟦DATE:17/01/2025⟧ : CHC selon LI-RADS v2018, 2 nodules "
        "(34 et 21 mm), Milan in.\nCRA : ⟦EMAIL:n.morel@syneos-cro.com⟧"
        " Investigatrice : Dre ⟦PERSON:Isabelle Monnier⟧, ⟦PHONE:022 372 33 11⟧.",
        ("ALPHA-LIVER", "BO44181", "visite de sélection", "LI-RADS v2018", "34 et 21 mm", "Milan in", "CRA", "CHC"),
    ),
    (
        "ch11",
        "fr",
        "Revue par les pairs (RADPEER) – ⟦INSTITUTION:HUG⟧, service de radiologie\n"
        "Examen du ⟦DATE:2025-02-11⟧, M. ⟦PERSON:Girard Alain⟧, IPP ⟦ID:40177329⟧. Score 3a : "
        "fracture de Monteggia méconnue (type I de Bado). Relecteur : Dr ⟦PERSON:Sébastien Martin⟧. "
        "Le&nbsp;patient a consenti à la photo pour la revue Radiology."
        " Domicile : ⟦ADDRESS:Chemin des Crêts 4, 1218 Le Grand-Saconnex⟧.",
        (
            "Revue par les pairs",
            "RADPEER",
            "Score 3a",
            "fracture de Monteggia",
            "type I de Bado",
            "Relecteur",
            "Radiology",
        ),
    ),
    (
        "ch12",
        "fr",
        "Lettre à la commission cantonale d'éthique (CER-VD), réf. 2023-00912 :\n"
        "Nous demandons l'accès aux images de 58 patients (Kappa de Cohen, courbe ROC, indice de "
        "Youden). Exception : la patiente Mlle ⟦PERSON:Chantal Bovet⟧ (⟦AGE:92⟧ ans, résidente de l'"
        "⟦INSTITUTION:EMS La Rosière⟧) a refusé.\nInvestigateur : Pr ⟦PERSON:Olivier Perrenoud⟧, "
        "⟦PHONE:+41 21 314 44 91⟧"
        " Courriel : ⟦EMAIL:olivier.perrenoud@chuv.ch⟧, lettre du ⟦DATE:15 janvier 2025⟧.",
        (
            "CER-VD",
            "réf. 2023-00912",
            "58 patients",
            "Kappa de Cohen",
            "courbe ROC",
            "indice de Youden",
            "Investigateur",
        ),
    ),
    (
        "ch13",
        "it",
        "Riunione multidisciplinare (tumor board) ⟦INSTITUTION:EOC Ospedale Regionale di Lugano⟧, "
        "⟦DATE:12 marzo 2025⟧\nPresenti: Prof. ⟦PERSON:Bernasconi⟧, Dott.ssa ⟦PERSON:Rezzonico⟧, "
        "Dr. ⟦PERSON:Gianluca Poretti⟧ (radiologia)\nPaziente ⟦PERSON:Ferrari Lucia⟧, 58 anni: "
        "carcinoma del pancreas, criteri NCCN borderline, contatto AMS < 180°."
        " Data di nascita ⟦DATE:09.11.1966⟧, n. paziente ⟦ID:5570128⟧, medico curante "
        "Dott. ⟦PERSON:Sergio Pedrazzini⟧.",
        (
            "Riunione multidisciplinare",
            "tumor board",
            "radiologia",
            "58 anni",
            "carcinoma del pancreas",
            "NCCN",
            "borderline",
            "AMS < 180°",
        ),
    ),
    (
        "ch14",
        "it",
        "Studio clinico PRO-TI (Comitato etico cantonale Ticino, CE 4021): arruolamento\n"
        "Paziente ⟦PERSON:Galli, Renzo⟧, n. paziente ⟦ID:2201944⟧, codice soggetto ⟦ID:TI-07-023⟧, "
        "nato il ⟦DATE:21/06/1949⟧.\nRM prostata: PI-RADS 4, ADC 780, volume 46 ml. Sperimentatore: "
        "Dott. ⟦PERSON:Marco Pellanda⟧, ⟦EMAIL:marco.pellanda@eoc.ch⟧"
        " Residente a ⟦ADDRESS:Via San Gottardo 48, 6500 Bellinzona⟧.",
        (
            "PRO-TI",
            "Comitato etico cantonale",
            "CE 4021",
            "arruolamento",
            "PI-RADS 4",
            "ADC 780",
            "volume 46 ml",
            "Sperimentatore",
        ),
    ),
    (
        "ch15",
        "it",
        'Caso didattico (congresso SSR/SGR 2025): "Segno di Hampton e linee di Kerley"\n'
        "Nel file originale compare Sig.ra ⟦PERSON:Maria Rossi-Cattaneo⟧, ⟦ADDRESS:Via Cantonale 15, "
        "6900 Lugano⟧, esame del ⟦DATE:3.1.2025⟧ – rimuovere prima dell'invio.\n"
        "Autore corrispondente: Dr. ⟦PERSON:Fabio Cattaneo⟧, ⟦PHONE:091 811 60 00⟧"
        " Consenso alla foto firmato il ⟦DATE:14 febbraio 2025⟧ dalla figlia ⟦PERSON:Elena⟧.",
        ("Caso didattico", "SSR/SGR 2025", "Segno di Hampton", "linee di Kerley", "Autore corrispondente"),
    ),
    (
        "ch16",
        "it",
        "Richiesta dati registro tumori (Registro cantonale dei tumori): paziente ⟦PERSON:Bianchi "
        "Giuseppe⟧, ⟦AGE:94⟧ anni, residente a ⟦ADDRESS:Bellinzona⟧.\nTC torace ⟦DATE:gen. 2025⟧: "
        "nodulo 14 mm, Fleischner 2017, Lung-RADS 4A, Brock 12 %. Referto firmato: "
        "Dott. ⟦PERSON:Negri⟧, ⟦INSTITUTION:Clinica Sant'Anna⟧"
        " Richiedente: Dott.ssa ⟦PERSON:Chiara Lepori⟧, ⟦EMAIL:registro.tumori@ti.ch⟧.",
        (
            "Registro cantonale dei tumori",
            "TC torace",
            "nodulo 14 mm",
            "Fleischner 2017",
            "Lung-RADS 4A",
            "Brock 12 %",
            "Referto firmato",
        ),
    ),
)
