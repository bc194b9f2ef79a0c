# ruff: noqa: E501
"""Held-out 32, Switzerland: 8 German, 4 French and 4 Italian excerpts (see deid_corpus.py)."""

from __future__ import annotations

CH: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "ch-01",
        "de",
        """Telemedizin Graubünden – Befund für das ⟦INSTITUTION:Center da sanadad Engiadina Bassa⟧
Patient: ⟦PERSON:Caviezel, Duri⟧, wohnhaft ⟦ADDRESS:Scuol⟧, AHV ⟦ID:756.3302.7718.45⟧
Röntgen Handgelenk links ⟦DATE:18.01.2025⟧ nach Sturz beim Skifahren: distale Radiusfraktur,
AO 23-A2, dorsale Abkippung 15°, Ulnavorschub 2 mm. Kein Scaphoid-Frakturverdacht.
Befundet durch Dr. ⟦PERSON:Gian Andri Casutt⟧, Rückruf über Zentrale, intern ⟦PHONE:6612⟧.""",
        ("Radiusfraktur", "AO 23-A2", "15°", "Ulnavorschub", "2 mm", "Scaphoid", "Skifahren", "Röntgen Handgelenk"),
    ),
    (
        "ch-02",
        "de",
        """Weiterbildungs-Evaluation (SIWF-Logbuch), Rotation Muskuloskelettale Radiologie
Assistenzärztin: ⟦PERSON:Seraina Gadient⟧, SIWF-ID ⟦ID:2019-88412⟧
Evaluiert durch: PD Dr. ⟦PERSON:Reto Meier⟧, Leitender Arzt, ⟦INSTITUTION:Balgrist⟧
EPA 4 (MRT Knie, Schulter) erreicht; Interventionen: 22 CT-gesteuerte Facetteninfiltrationen,
Arthrographien nach Gadolinium-Protokoll. Verbesserungsbedarf bei Klassifikationen (Outerbridge,
Kellgren-Lawrence, Neer). Gespräch am ⟦DATE:30.06.2025⟧.""",
        (
            "SIWF-Logbuch",
            "EPA 4",
            "22 CT-gesteuerte",
            "Facetteninfiltrationen",
            "Arthrographien",
            "Outerbridge",
            "Kellgren-Lawrence",
            "Neer",
        ),
    ),
    (
        "ch-03",
        "de",
        """Forschungs-PACS Anfrage (Swiss Personalized Health Network, SPHN-Projekt)
Antrag von Dr. ⟦PERSON:Fabienne Zürcher⟧ an ⟦EMAIL:research-pacs@insel.ch⟧ vom ⟦DATE:04.03.2025⟧
Gewünscht: alle Herz-MRT mit LGE-Sequenz, Zeitraum 2019 bis 2024, T1-Mapping (MOLLI), ECV.
Problem im Testexport: Feld ReferringPhysicianName = „⟦PERSON:Stucki^Hansruedi⟧^^Dr. med.“ und
PatientAddress = „⟦ADDRESS:Laupenstrasse 12, 3008 Bern⟧“ nicht geleert. Operator ⟦PERSON:lbaertschi⟧.
Export um 14:20 Uhr erneut gestartet.""",
        (
            "Herz-MRT",
            "LGE-Sequenz",
            "T1-Mapping",
            "MOLLI",
            "ECV",
            "ReferringPhysicianName",
            "PatientAddress",
            "2019",
            "14:20 Uhr",
        ),
    ),
    (
        "ch-04",
        "de",
        """Kongress-Fallquiz SGR-SSR, Fall 12 – „Courtesy of“
Bilder zur Verfügung gestellt von Dr. ⟦PERSON:Nicola Bühlmann⟧ und Dr. ⟦PERSON:Urs Wyss⟧, ⟦INSTITUTION:Kantonsspital Baden⟧
17-jährige Patientin, Bauchschmerzen seit 2 Tagen. CT Abdomen: Ovarialtorsion rechts mit Whirlpool-Zeichen,
Ovar 9 cm, fehlende KM-Aufnahme. Differenzial: Dermoidzyste (Rokitansky-Protuberanz).
Moderatorin: Prof. ⟦PERSON:Beatrice Fankhauser⟧. Auflösung am Freitag, 11:30 Uhr, Saal Jungfrau.
Anmerkung Organisation: Originaldateiname „⟦PERSON:Huber_Lara⟧_CT_⟦DATE:20240811⟧.dcm“ vor Upload umbenennen.""",
        (
            "17-jährige",
            "Ovarialtorsion",
            "Whirlpool-Zeichen",
            "9 cm",
            "Dermoidzyste",
            "Rokitansky-Protuberanz",
            "11:30 Uhr",
            "Saal Jungfrau",
        ),
    ),
    (
        "ch-05",
        "de",
        """Zweitmeinung (Patient aus Kasachstan), Korrespondenz über ⟦INSTITUTION:Swiss Medical Network International Office⟧
Herr ⟦PERSON:Nurlan Akhmetov⟧, geb. ⟦DATE:11.08.1963⟧, IIN ⟦ID:630811300457⟧, wohnhaft ⟦ADDRESS:Almaty⟧
Vorbefunde (übersetzt von ⟦PERSON:Aigerim Sadykova⟧): MRT Prostata ⟦DATE:Dezember 2024⟧, PI-RADS 5, 16 mm,
periphere Zone links, Kapselkontakt. Zweitbefundung Dr. ⟦PERSON:Rolf Zimmermann⟧, ⟦INSTITUTION:Klinik Hirslanden⟧:
PI-RADS 5 bestätigt, ESUR-Kriterien für EPE positiv. PSMA-PET empfohlen.
Dolmetscher-Termin: ⟦PHONE:+7 701 455 2093⟧""",
        ("MRT Prostata", "PI-RADS 5", "16 mm", "periphere Zone", "Kapselkontakt", "ESUR", "EPE", "PSMA-PET"),
    ),
    (
        "ch-06",
        "de",
        """Spitex-Meldung an die Hausarztpraxis
Von: ⟦INSTITUTION:Spitex Surselva⟧, Pflegefachfrau ⟦PERSON:Mirjam Cadruvi⟧, ⟦PHONE:081 925 41 10⟧
An: Dr. ⟦PERSON:Luregn Derungs⟧, ⟦INSTITUTION:Praxis Medicinal Ilanz⟧
Betreff: Frau ⟦PERSON:Onna Cavegn⟧, ⟦AGE:92⟧-jährig, ⟦ADDRESS:Via Principala 31, 7180 Disentis⟧
Ultraschall (Point-of-Care, Butterfly iQ3) durch Dr. ⟦PERSON:Derungs⟧ am ⟦DATE:14.11.2024⟧: Pleuraerguss
rechts ca. 400 ml, B-Linien beidseits. Diuretika angepasst (Torasemid 10 mg).""",
        (
            "Point-of-Care",
            "Butterfly iQ3",
            "Pleuraerguss",
            "400 ml",
            "B-Linien",
            "Diuretika",
            "Torasemid 10 mg",
            "Ultraschall",
        ),
    ),
    (
        "ch-07",
        "de",
        """Patientenportal – Anfrage und Antwort
⟦DATE:2025-05-19⟧ 22:14, Konto ⟦ID:PP-4471920⟧, Absender ⟦PERSON:Thomas Brunner-Egli⟧:
„Im Bericht steht 'Morbus Scheuermann' und 'Schmorl-Knötchen' BWK 7–9. Ist das gefährlich für meinen
Sohn ⟦PERSON:Nils⟧? Er ist 15 und spielt Unihockey beim ⟦INSTITUTION:UHC Uster⟧.“
Antwort ⟦DATE:2025-05-20⟧: Es handelt sich um eine Wachstumsstörung der Wirbelkörper (Cobb-Winkel 48°);
Sport ist in Absprache mit der Kinderorthopädie möglich. Freundliche Grüsse, Dr. ⟦PERSON:Andrea Lüthi⟧""",
        (
            "Morbus Scheuermann",
            "Schmorl-Knötchen",
            "BWK 7",
            "Er ist 15",
            "Unihockey",
            "Cobb-Winkel 48°",
            "Kinderorthopädie",
            "22:14",
        ),
    ),
    (
        "ch-08",
        "de",
        """Anonymisierungslog – Lehrfall-Export aus Sectra an MyPACS
Job 88, ⟦DATE:2025-06-03⟧ 06:55, Benutzer ⟦PERSON:kschmid⟧, Quelle ⟦INSTITUTION:Universitätsspital Basel⟧
Originalkopf: (0010,0010) ⟦PERSON:MÜLLER^ELSBETH⟧ | (0010,0020) ⟦ID:10488273⟧ | (0008,0090) ⟦PERSON:Gerber^Thomas⟧^^Dr.
Entfernt: Tags 0010,xxxx und 0008,0080; Burned-in Text Serie 2 (US Leber, Logiq E10) erkannt und geschwärzt.
Belassen: StudyDescription „CT Thorax KM“, Befundtext „Sarkoidose Stadium II (Scadding), perilymphatische Noduli“.""",
        (
            "Sectra",
            "MyPACS",
            "Job 88",
            "(0010,0010)",
            "Logiq E10",
            "StudyDescription",
            "Sarkoidose Stadium II",
            "Scadding",
            "perilymphatische Noduli",
        ),
    ),
    (
        "ch-09",
        "fr",
        """Téléradiologie – Valais
Demandeur : Dr ⟦PERSON:Jean-Daniel Fournier⟧, ⟦INSTITUTION:Cabinet médical des Haudères⟧, tél. ⟦PHONE:027 283 11 40⟧
Patient : Monsieur ⟦PERSON:Bovier Raphaël⟧, né le ⟦DATE:4 avril 1950⟧, domicilié à ⟦ADDRESS:Evolène⟧, AVS ⟦ID:756.8821.0394.17⟧
Radiographie du thorax du ⟦DATE:9 janvier 2025⟧ : opacité lobaire inférieure droite avec bronchogramme aérien,
signe de la silhouette absent ; pas d'épanchement. Compatible avec une pneumonie.
Radiologue : Dre ⟦PERSON:Sophie Zufferey⟧, ⟦INSTITUTION:Hôpital du Valais⟧, site de ⟦ADDRESS:Sion⟧.""",
        (
            "Radiographie du thorax",
            "lobaire inférieure droite",
            "bronchogramme aérien",
            "signe de la silhouette",
            "épanchement",
            "pneumonie",
            "Téléradiologie",
        ),
    ),
    (
        "ch-10",
        "fr",
        """Colloque de radiologie – cas présenté par la Dre ⟦PERSON:Amélie Rochat⟧ (médecin assistante)
Avec l'aimable autorisation du Pr ⟦PERSON:Olivier Vuilleumier⟧, ⟦INSTITUTION:CHUV⟧, ⟦ADDRESS:Lausanne⟧
Diagnostic : syndrome de Budd-Chiari avec hypertrophie du lobe caudé, shunts porto-systémiques,
foie « en mosaïque » au temps portal. Patiente de 29 ans sous contraception orale.
Remarque de la secrétaire : la capture d'écran montre encore « Mme ⟦PERSON:Giroud⟧ » et l'IPP ⟦ID:3140772⟧ ;
merci de corriger avant la diffusion à ⟦EMAIL:colloque.radio@chuv.ch⟧.""",
        (
            "Budd-Chiari",
            "lobe caudé",
            "porto-systémiques",
            "en mosaïque",
            "temps portal",
            "29 ans",
            "contraception orale",
        ),
    ),
    (
        "ch-11",
        "fr",
        """Portail patient – question
De : ⟦PERSON:Nathalie Perrenoud⟧ (identifiant ⟦PERSON:nperrenoud⟧), le ⟦DATE:12.02.2025⟧ à 19h05
« Bonsoir, l'IRM de ma mère, Madame ⟦PERSON:Lucienne Perrenoud⟧ (⟦AGE:91⟧ ans), parle de "leucoaraïose
Fazekas 2" et de "microsaignements". Faut-il s'inquiéter ? Elle habite seule à ⟦ADDRESS:La Chaux-de-Fonds⟧. »
Réponse du ⟦DATE:13.02.2025⟧ : Ces lésions de la substance blanche sont fréquentes à cet âge ; les
microsaignements en SWI suggèrent une angiopathie amyloïde. Dr ⟦PERSON:Marc-Antoine Jeanneret⟧, ⟦INSTITUTION:Réseau hospitalier neuchâtelois⟧.""",
        ("leucoaraïose", "Fazekas 2", "microsaignements", "substance blanche", "SWI", "angiopathie amyloïde", "19h05"),
    ),
    (
        "ch-12",
        "fr",
        """Deuxième avis – patient venant d'Arabie saoudite (traduction certifiée de l'arabe)
Traductrice : Mme ⟦PERSON:Leïla Benali⟧, ⟦ADDRESS:Genève⟧
Patient : M. ⟦PERSON:Faisal bin Abdulaziz Al-Qahtani⟧, né le ⟦DATE:1er mars 1958⟧, passeport ⟦ID:X01733482⟧
Hôpital d'origine : ⟦INSTITUTION:King Faisal Specialist Hospital⟧, ⟦ADDRESS:Riyad⟧ ; scanner du ⟦DATE:2 février 2025⟧.
Relecture aux ⟦INSTITUTION:HUG⟧ : adénocarcinome pancréatique de la tête, contact artériel avec l'AMS < 180°,
résécable limite (critères NCCN). Coordinatrice : ⟦EMAIL:intl.patients@hcuge.ch⟧, ⟦PHONE:+41 22 372 33 11⟧.""",
        ("adénocarcinome", "pancréatique", "AMS", "180°", "résécable limite", "NCCN", "Deuxième avis"),
    ),
    (
        "ch-13",
        "it",
        """Telemedicina – valli alpine
Richiedente: dr. ⟦PERSON:Fulvio Baggi⟧, ⟦INSTITUTION:Studio medico Olivone⟧, tel. ⟦PHONE:091 872 14 05⟧
Paziente: Signora ⟦PERSON:Martinoli Carla⟧, nata il ⟦DATE:17.06.1944⟧, domiciliata a ⟦ADDRESS:Aquila⟧
Ecografia dell'anca destra del ⟦DATE:3 marzo 2025⟧: versamento articolare, borsite trocanterica,
tendinopatia del gluteo medio. Nessun segno di necrosi avascolare.
Refertato da: dr.ssa ⟦PERSON:Elena Pedrazzini⟧, ⟦INSTITUTION:Ospedale Regionale di Bellinzona e Valli⟧""",
        (
            "Ecografia",
            "versamento articolare",
            "borsite trocanterica",
            "gluteo medio",
            "necrosi avascolare",
            "Telemedicina",
        ),
    ),
    (
        "ch-14",
        "it",
        """Valutazione rotazione – medico assistente in formazione, Radiologia pediatrica
Candidato: dr. ⟦PERSON:Matteo Quadri⟧, numero GLN ⟦ID:7601000884512⟧
Tutor: PD dr. ⟦PERSON:Lorenza Guidotti⟧, ⟦INSTITUTION:EOC⟧ – ⟦INSTITUTION:Ospedale Regionale di Lugano⟧
Periodo: ⟦DATE:settembre 2024⟧ – ⟦DATE:novembre 2024⟧. Ecografie pediatriche: invaginazione ileo-colica
(segno del target), stenosi ipertrofica del piloro, reflusso vescico-ureterale (classificazione
internazionale grado III). Giudizio complessivo: buono. Colloquio finale alle 16:00.""",
        (
            "invaginazione",
            "segno del target",
            "stenosi ipertrofica del piloro",
            "reflusso vescico-ureterale",
            "grado III",
            "16:00",
            "Radiologia pediatrica",
        ),
    ),
    (
        "ch-15",
        "it",
        """Esportazione dati – studio clinico multicentrico (coordinatrice di studio)
Centro ⟦INSTITUTION:IOSI Bellinzona⟧, soggetto ⟦ID:IOSI-0217⟧, iniziali ⟦PERSON:G.R.⟧, data di visita ⟦DATE:2025-01-22⟧
TC torace-addome: RECIST 1.1, lesione target epatica da 31 a 22 mm, risposta parziale.
Nota della coordinatrice ⟦PERSON:Silvia Cattaneo⟧: il paziente, signor ⟦PERSON:Gianni Rusconi⟧, ha chiesto di essere
richiamato sul cellulare ⟦PHONE:079 614 22 87⟧; il figlio ⟦PERSON:Davide⟧ accompagna alle visite.""",
        ("TC torace-addome", "RECIST 1.1", "31 a 22 mm", "risposta parziale", "lesione target", "multicentrico"),
    ),
    (
        "ch-16",
        "it",
        """Lettera di dimissione – estratto radiologico
⟦INSTITUTION:Clinica Luganese Moncucco⟧, ⟦ADDRESS:Via Moncucco 10, 6900 Lugano⟧
Paziente: signora ⟦PERSON:Ida Ferrari-Pellandini⟧, ⟦AGE:95⟧ anni, nata a ⟦ADDRESS:Mendrisio⟧, AVS ⟦ID:756.1290.4471.63⟧
Angio-TC del ⟦DATE:27 aprile 2025⟧: dissezione aortica tipo B secondo Stanford, falso lume pervio,
diametro massimo 46 mm. Trattamento conservativo (betabloccante). Medico curante: dr. ⟦PERSON:Sergio Bernasconi⟧.
Per informazioni: ⟦EMAIL:radiologia@moncucco.ch⟧""",
        ("Angio-TC", "dissezione aortica", "tipo B", "Stanford", "falso lume", "46 mm", "betabloccante"),
    ),
)
