# ruff: noqa: E501
"""Held-out 31, Switzerland (German, French, Italian): marked excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

CH: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "ch01",
        "de",
        """Suva – Unfallmeldung UVG / Arztzeugnis UVG
Schaden-Nr. Suva ⟦ID:21.48817.25.3⟧ · Unfalldatum ⟦DATE:10.02.2025⟧
Versicherter: ⟦PERSON:Gashi, Arben⟧, AHV-Nr. ⟦ID:756.4412.8830.17⟧, Maurer bei ⟦INSTITUTION:Implenia Schweiz AG⟧
Wohnadresse: ⟦ADDRESS:Bernstrasse 61, 3072 Ostermundigen⟧
Hergang: von Leiter gestürzt, Aufprall auf Fersen.
CT Rückfuss bds.: Calcaneusfraktur rechts Sanders Typ III, Böhler-Winkel 11°, Gissane-Winkel 145°. Links intakt.
Weiterbehandlung in der ⟦INSTITUTION:Rehaklinik Bellikon⟧ ab ⟦DATE:24.03.2025⟧.
Arzt: Dr. med. ⟦PERSON:Rahel Zürcher⟧, ZSR ⟦ID:R 4471.18⟧""",
        (
            "UVG",
            "Sanders Typ III",
            "Böhler-Winkel 11°",
            "Gissane-Winkel",
            "Calcaneusfraktur",
            "Rückfuss",
            "Leiter",
            "Fersen",
            "Arztzeugnis UVG",
            "Aufprall",
        ),
    ),
    (
        "ch02",
        "de",
        """Sanitätsdienst, ⟦INSTITUTION:Waffenplatz Thun⟧, Krankenabteilung
Patient: Rekrut ⟦PERSON:Luca Bianchi-Fehr⟧, AHV-Nr. ⟦ID:756.9017.3321.40⟧, Einheit ⟦INSTITUTION:Pz Gren RS 21⟧
Truppenarzt: Oblt Dr. med. ⟦PERSON:Nadja Imhof⟧, Tel. ⟦PHONE:058 468 22 10⟧
Überweisung an ⟦INSTITUTION:Spital Thun⟧, Radiologie, am ⟦DATE:03.03.2025⟧
Rö Fuss rechts in 3 Ebenen: kein Frakturnachweis. MRT ergänzend: Ermüdungsfraktur Metatarsale II (Marschfraktur, Deutschländer-Fraktur), Knochenmarködem.
Dienstbefreiung 4 Wochen, Meldung an den Militärärztlichen Dienst.""",
        (
            "Marschfraktur",
            "Deutschländer-Fraktur",
            "Metatarsale II",
            "Ermüdungsfraktur",
            "3 Ebenen",
            "Dienstbefreiung",
            "Krankenabteilung",
            "4 Wochen",
            "Knochenmarködem",
            "Rö Fuss rechts",
        ),
    ),
    (
        "ch03",
        "de",
        """Amt für Justizvollzug – ⟦INSTITUTION:Justizvollzugsanstalt Pöschwies⟧, Gesundheitsdienst
Eingewiesener: ⟦PERSON:Bujar Krasniqi⟧, Insassen-Nr. ⟦ID:JVA-P 18-0447⟧, geb. ⟦DATE:19.06.1979⟧
Transport durch ⟦INSTITUTION:Kantonspolizei Zürich⟧ (Fahrzeug ⟦ID:ZH 88 412⟧) an ⟦INSTITUTION:Spital Bülach⟧ am ⟦DATE:15.04.2025⟧
Anfrage: Hungerstreik seit 19 Tagen, Refeeding geplant.
Rö Thorax: Herz klein, keine Stauung, keine Pneumonie. Sono Abdomen: kein Aszites, Leber normal.
Anstaltsärztin: Dr. ⟦PERSON:Cécile Amherd⟧, Tel. ⟦PHONE:043 258 31 00⟧""",
        (
            "Hungerstreik",
            "19 Tagen",
            "Refeeding",
            "Stauung",
            "Aszites",
            "Sono Abdomen",
            "Gesundheitsdienst",
            "Eingewiesener",
            "Rö Thorax",
            "Leber normal",
        ),
    ),
    (
        "ch04",
        "de",
        """Kinderschutzgruppe ⟦INSTITUTION:Universitäts-Kinderspital Zürich⟧ – Gefährdungsmeldung an die ⟦INSTITUTION:KESB Winterthur-Andelfingen⟧
Kind: ⟦PERSON:Ayaan Mohamed Hussein⟧, 9 Monate, geb. ⟦DATE:2024-07-02⟧
Eltern: ⟦PERSON:Fadumo Hussein⟧ und ⟦PERSON:Abdullahi Mohamed⟧, ⟦ADDRESS:Tösstalstrasse 220, 8400 Winterthur⟧
Beiständin: lic. phil. ⟦PERSON:Katrin Gubler⟧
Radiologie: Skelettstatus: Fraktur des rechten Femurs (Schrägfraktur) ohne adäquates Trauma bei nicht gehfähigem Kind; Kopf-MRT unauffällig. Kein Hinweis auf Rachitis.
Gesprächstermin ⟦DATE:22.04.2025⟧, 14:30, mit Oberärztin Dr. ⟦PERSON:Jeanne Ruf⟧""",
        (
            "Skelettstatus",
            "Schrägfraktur",
            "9 Monate",
            "Rachitis",
            "14:30",
            "Kopf-MRT",
            "Gefährdungsmeldung",
            "adäquates Trauma",
            "Femurs",
            "nicht gehfähigem Kind",
        ),
    ),
    (
        "ch05",
        "de",
        """Notfallzentrum ⟦INSTITUTION:Kantonsspital Aarau⟧ – Verkehrsunfall
⟦DATE:11.05.2025⟧, 07:55: E-Bike-Fahrerin gegen Lieferwagen (Kennzeichen ⟦ID:AG 512 907⟧), Unfallort ⟦ADDRESS:Kreuzung Bahnhofstrasse/Laurenzenvorstadt, Aarau⟧
Patientin: ⟦PERSON:Thi Mai Anh Lê-Wyss⟧, 46 J., E-Bike Rahmen-Nr. ⟦ID:WAU4418837K⟧ (Polizei sichergestellt)
⟦INSTITUTION:Kantonspolizei Aargau⟧, Rapport-Nr. ⟦ID:KAPO-AG 25-051102⟧, Polizist Wm ⟦PERSON:Frehner⟧
CT Schädel/HWS (Canadian C-Spine Rule positiv): Densfraktur Anderson-D'Alonzo Typ II, kein Blut intrakraniell.
Angehörige: Ehemann ⟦PERSON:Reto Wyss⟧, ⟦PHONE:079 418 22 07⟧""",
        (
            "Canadian C-Spine Rule",
            "Densfraktur",
            "Anderson-D'Alonzo Typ II",
            "07:55",
            "46 J.",
            "E-Bike",
            "Lieferwagen",
            "intrakraniell",
            "Notfallzentrum",
            "kein Blut intrakraniell",
        ),
    ),
    (
        "ch06",
        "de",
        """Rückforderungsbeleg TARMED (Tiers garant) – ⟦INSTITUTION:Radiologie Bahnhofplatz MRI AG⟧
GLN Leistungserbringer ⟦ID:7601000382914⟧ · ZSR ⟦ID:K 3127.44⟧ · Rechnungs-Nr. ⟦ID:2025-33817⟧ vom ⟦DATE:02.05.2025⟧
Patient: ⟦PERSON:Ferreira da Silva, Rui⟧, ⟦ADDRESS:Zürcherstrasse 14, 8500 Frauenfeld⟧, Versichertenkarte ⟦ID:80756000110024771⟧
Behandlung ⟦DATE:17.04.2025⟧, Grund: Krankheit
39.5010  MRI Grundtaxe                 1   TP 210.28
39.5090  MRI Wirbelsäule, pro Region   1   TP 344.53
39.0020  Zuschlag Kontrastmittel       1   TP 37.12
Taxpunktwert 0.91 · Total CHF 540.12 · Zahlbar auf IBAN ⟦ID:CH93 0076 2011 6238 5295 7⟧""",
        (
            "39.5010",
            "39.5090",
            "39.0020",
            "TP 210.28",
            "Taxpunktwert 0.91",
            "CHF 540.12",
            "Tiers garant",
            "MRI Grundtaxe",
            "Zuschlag Kontrastmittel",
            "Rückforderungsbeleg",
        ),
    ),
    (
        "ch07",
        "de",
        """Spitex-Übergabe an die Radiologie (mobile Röntgenuntersuchung)
Klient: ⟦PERSON:Hedwig Schnyder-Imboden⟧, Jg. 1931, ⟦AGE:93⟧-jährig, ⟦INSTITUTION:Alterszentrum Sonnmatt⟧, Zimmer 211, ⟦ADDRESS:Visp⟧
Spitex-Pflegefachfrau: ⟦PERSON:Ruth⟧, Einsatzplanung ⟦PHONE:027 948 04 40⟧
Beistand: Neffe ⟦PERSON:Beat Imboden⟧, ⟦EMAIL:beat.imboden@bluewin.ch⟧
Frage: Sturz gestern Abend, Schmerzen Schulter links.
Befund: Subkapitale Humerusfraktur links, Neer 2-Segment, leichte Varusfehlstellung. Omarthrose. Osteoporose.
Befundet: Dr. ⟦PERSON:Jost Kalbermatten⟧, ⟦INSTITUTION:Spitalzentrum Oberwallis⟧""",
        (
            "Neer 2-Segment",
            "Subkapitale Humerusfraktur",
            "Varusfehlstellung",
            "Omarthrose",
            "Zimmer 211",
            "Osteoporose",
            "Jg. 1931",
            "Pflegefachfrau",
            "Spitex-Übergabe",
            "Schmerzen Schulter links",
        ),
    ),
    (
        "ch08",
        "de",
        """Zuweisung (erfasst durch MPA) an ⟦INSTITUTION:Radiologie am Bellevue⟧, ein Standort der ⟦INSTITUTION:Swiss Medical Imaging Group⟧
Zuweisende Praxis: ⟦INSTITUTION:Hausarztpraxis Seefeld⟧, Dr. ⟦PERSON:Samuel Levy⟧, Tel. ⟦PHONE:044 383 12 60⟧, HIN ⟦EMAIL:samuel.levy@hin.ch⟧
Patientin: ⟦PERSON:Chiara Tanner-Kovačević⟧, geb. ⟦DATE:08.08.1984⟧, Krankenkasse Helsana, Karte ⟦ID:80756000080014452⟧
Fragestellung: Kopfschmerzen seit 3 Monaten, Ausschluss Raumforderung, Migräne bekannt.
Gewünscht: MRI Schädel mit KM, Termin vormittags, Patientin ist Mitarbeiterin der ⟦INSTITUTION:Migros⟧, nur Dienstag frei.
SMS-Bestätigung an ⟦PHONE:076 402 91 33⟧ versandt.""",
        (
            "MPA",
            "Raumforderung",
            "Migräne",
            "MRI Schädel mit KM",
            "3 Monaten",
            "SMS-Bestätigung",
            "Dienstag",
            "Fragestellung",
            "Kopfschmerzen",
            "Termin vormittags",
        ),
    ),
    (
        "ch09",
        "fr",
        """Suva Lausanne – rapport médical LAA
N° de sinistre ⟦ID:31.07722.25.9⟧ · Date de l'accident : ⟦DATE:3 mars 2025⟧
Assuré : M. ⟦PERSON:Papadakis Georgios⟧, n° AVS ⟦ID:756.1184.2290.63⟧, domicilié à ⟦ADDRESS:Savièse⟧
IRM du genou droit réalisée le ⟦DATE:12.03.2025⟧ à l'⟦INSTITUTION:Institut de radiologie de Sion⟧ (Siemens Sola 1,5 T).
Rupture du ligament croisé antérieur, lésion en anse de seau du ménisque médial, signe du double LCP. Contusion osseuse du plateau tibial latéral.
Transfert prévu à la ⟦INSTITUTION:Clinique romande de réadaptation⟧, ⟦ADDRESS:Sion⟧.
Médecin : Dr ⟦PERSON:Valérie Rossier⟧, tél. ⟦PHONE:027 603 70 00⟧""",
        (
            "LAA",
            "Siemens Sola",
            "anse de seau",
            "double LCP",
            "ligament croisé antérieur",
            "plateau tibial latéral",
            "ménisque médial",
            "Contusion osseuse",
            "rapport médical",
            "IRM du genou droit",
        ),
    ),
    (
        "ch10",
        "fr",
        """⟦INSTITUTION:Centre universitaire romand de médecine légale⟧ (⟦INSTITUTION:CURML⟧), site de Genève
Réquisition du ⟦INSTITUTION:Ministère public de la République et canton de Genève⟧, procédure ⟦ID:P/4418/2025⟧
Personne examinée : ⟦PERSON:Karim Benali⟧, détenu à la ⟦INSTITUTION:prison de Champ-Dollon⟧, n° d'écrou ⟦ID:CD-25-01937⟧
Examen du vendredi ⟦DATE:14 février 2025⟧ à 10 h 15, escorte par la ⟦INSTITUTION:Brigade de sécurité et des audiences⟧.
Scanner corps entier : fractures costales 8 et 9 à gauche, récentes ; pas de pneumothorax ; ancienne fracture du 5e métacarpien (fracture du boxeur).
Expert : Dr ⟦PERSON:Aurélie Mottier⟧""",
        (
            "fracture du boxeur",
            "5e métacarpien",
            "fractures costales",
            "pneumothorax",
            "10 h 15",
            "Scanner corps entier",
            "Réquisition",
            "escorte",
            "récentes",
            "Expert",
        ),
    ),
    (
        "ch11",
        "fr",
        """Deuxième rappel
⟦INSTITUTION:Imagerie du Flon SA⟧ · ⟦ADDRESS:Voie du Chariot 6, 1003 Lausanne⟧ · ⟦URL:www.imagerieduflon.ch⟧
Madame ⟦PERSON:Nour El Houda Haddad⟧
⟦ADDRESS:Chemin de la Cigale 4, 1010 Lausanne⟧
Facture n° ⟦ID:IF-25-014482⟧ du ⟦DATE:11 janvier 2025⟧, échographie mammaire bilatérale et mammographie (position TARMED 39.3010), montant CHF 212.65.
Sauf erreur de notre part, ce montant reste impayé. Frais de rappel CHF 20.–. Référence BVR ⟦ID:21 00000 00003 13947 14300 09017⟧.
Service de facturation, Mme ⟦PERSON:Estelle Perrin⟧, ⟦PHONE:021 310 44 90⟧""",
        (
            "Deuxième rappel",
            "TARMED 39.3010",
            "CHF 212.65",
            "échographie mammaire bilatérale",
            "Frais de rappel",
            "Service de facturation",
            "mammographie",
            "impayé",
            "Facture n°",
            "CHF 20.–",
        ),
    ),
    (
        "ch12",
        "fr",
        """Groupe de protection de l'enfant (CAN Team), ⟦INSTITUTION:Hôpitaux Universitaires de Genève⟧
Signalement au ⟦INSTITUTION:Service de protection des mineurs⟧ (SPMi), dossier ⟦ID:SPMi 2025/0388⟧
Enfant : ⟦PERSON:Inês Gonçalves Martins⟧, 2 ans, née le ⟦DATE:30.09.2022⟧
Mère : ⟦PERSON:Sofia Gonçalves⟧ ; beau-père : ⟦PERSON:Yannick Berset⟧ ; domicile ⟦ADDRESS:Rue de Carouge 72, 1205 Genève⟧
Bilan squelettique complet : fracture en anse de seau métaphysaire du tibia distal droit, fracture de la clavicule gauche en consolidation. IRM cérébrale : hématome sous-dural bilatéral.
Assistante sociale : ⟦PERSON:Leila⟧ (poste ⟦PHONE:31774⟧)""",
        (
            "Bilan squelettique",
            "2 ans",
            "anse de seau métaphysaire",
            "clavicule",
            "hématome sous-dural",
            "IRM cérébrale",
            "CAN Team",
            "en consolidation",
            "Signalement",
            "beau-père",
        ),
    ),
    (
        "ch13",
        "it",
        """Suva Bellinzona – rapporto medico LAINF
Numero sinistro ⟦ID:41.02288.25.6⟧, infortunio professionale del ⟦DATE:7 aprile 2025⟧
Assicurato: ⟦PERSON:Nguyen Van Duc⟧, n. AVS ⟦ID:756.3390.0718.52⟧, operaio presso ⟦INSTITUTION:Cantiere Galleria Ceneri – Consorzio Alptransit⟧
Risonanza magnetica della spalla destra (⟦INSTITUTION:Ospedale Regionale di Bellinzona e Valli⟧): rottura transmurale del sovraspinato, retrazione Patte 2, degenerazione grassa Goutallier 1.
Riabilitazione prevista presso la ⟦INSTITUTION:Clinica Hildebrand⟧ di ⟦ADDRESS:Brissago⟧ dal ⟦DATE:12.05.2025⟧.
Medico: dr.ssa ⟦PERSON:Sara Gianinazzi⟧""",
        (
            "LAINF",
            "Patte 2",
            "Goutallier 1",
            "sovraspinato",
            "rottura transmurale",
            "Risonanza magnetica",
            "infortunio professionale",
            "retrazione",
            "degenerazione grassa",
            "spalla destra",
        ),
    ),
    (
        "ch14",
        "it",
        """Richiesta del ⟦INSTITUTION:Ministero pubblico del Cantone Ticino⟧, incarto ⟦ID:MP 2025.3318⟧
Detenuto: ⟦PERSON:Dragan Petrović⟧, ⟦INSTITUTION:Carcere penale La Stampa⟧, matricola ⟦ID:ST-4471⟧
Trasporto a cura della ⟦INSTITUTION:Polizia cantonale⟧, agente ⟦PERSON:Moretti⟧, il ⟦DATE:19/03/2025⟧ ore 09.20
TC cranio e massiccio facciale: frattura del pavimento orbitario sinistro (blow-out) con erniazione del grasso, frattura delle ossa nasali. Nessuna emorragia intracranica.
Referto: dr. ⟦PERSON:Paolo Cattaneo⟧, ⟦INSTITUTION:Ospedale Regionale di Lugano⟧, tel. ⟦PHONE:091 811 60 40⟧""",
        (
            "blow-out",
            "pavimento orbitario",
            "ossa nasali",
            "massiccio facciale",
            "ore 09.20",
            "emorragia intracranica",
            "erniazione del grasso",
            "TC cranio",
            "Detenuto",
            "matricola",
        ),
    ),
    (
        "ch15",
        "it",
        """Promemoria SMS e sollecito
⟦DATE:02.06.2025⟧ 16:00 → ⟦PHONE:+41 79 512 33 81⟧: "Gentile sig.ra ⟦PERSON:Kovács⟧, le ricordiamo la TC coronarica presso il ⟦INSTITUTION:Centro Diagnostico Luganese⟧ il ⟦DATE:4 giugno⟧ alle 08:40. Digiuno 4 ore. Info ⟦PHONE:091 960 80 80⟧"
Primo sollecito: fattura n. ⟦ID:CDL-2025-07731⟧ del ⟦DATE:3 marzo 2025⟧, posizione TARMED 39.4020 (TC cuore), importo CHF 684.30, ancora scoperta.
Destinatario: ⟦PERSON:Erzsébet Kovács-Rossi⟧, ⟦ADDRESS:Via Cantonale 18, 6900 Massagno⟧""",
        (
            "Promemoria",
            "TC coronarica",
            "08:40",
            "Digiuno 4 ore",
            "TARMED 39.4020",
            "CHF 684.30",
            "Primo sollecito",
            "TC cuore",
            "fattura n.",
            "ancora scoperta",
        ),
    ),
    (
        "ch16",
        "it",
        """Incidente stradale – Pronto soccorso ⟦INSTITUTION:Ospedale La Carità⟧, ⟦ADDRESS:Locarno⟧
⟦DATE:25 luglio 2025⟧, ore 18:10: motociclista contro automobile (targa ⟦ID:TI 212 447⟧), luogo ⟦ADDRESS:Via San Gottardo, Minusio⟧
Paziente: ⟦PERSON:Yosef Mizrahi⟧, 31 anni, turista, passaporto ⟦ID:33481270⟧
⟦INSTITUTION:Polizia cantonale⟧, rapporto n. ⟦ID:PC-TI 25/18830⟧
Body-TC: frattura di Chance L1, lacerazione splenica AAST III, pneumotorace destro minimo. Bacino integro.
Famiglia: la moglie ⟦PERSON:Noa⟧ raggiungibile al ⟦PHONE:+972 52 448 1190⟧""",
        (
            "frattura di Chance",
            "L1",
            "AAST III",
            "pneumotorace",
            "Body-TC",
            "31 anni",
            "ore 18:10",
            "Bacino integro",
            "Pronto soccorso",
            "lacerazione splenica",
        ),
    ),
)
