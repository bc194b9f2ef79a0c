# ruff: noqa: E501
"""Held-out 30, Switzerland (German, French, Italian): marked excerpts (see deid_corpus.py for the conventions)."""

CH = (
    (
        "ch01",
        "de",
        "⟦INSTITUTION:Kantonsspital Aarau⟧, Institut für Radiologie\n"
        "Patientin: ⟦PERSON:Meier-Bühlmann, Ruth⟧, ⟦DATE:03.03.1952⟧, PID ⟦ID:10448127⟧, Fall ⟦ID:40119228⟧\n"
        "CT Abdomen mit KM vom ⟦DATE:05.11.2025⟧\n"
        "Indikation: Unterbauchschmerzen rechts, Leukozytose. Appendizitis?\n"
        "Befund: Appendix 11 mm, Wandverdickung, periappendizitische Imbibierung, Appendikolith. Kein freies Gas. "
        "McBurney-Punkt laut Klinik druckdolent, Alvarado-Score 8.\n"
        "Beurteilung: Akute Appendizitis. Telefonisch Dr. ⟦PERSON:Nicolas Frey⟧ (Viszeralchirurgie, Sucher ⟦PHONE:3381⟧) "
        "um 14:12 Uhr mitgeteilt.\n"
        "Visiert: Dr. med. ⟦PERSON:Corinne Wälti⟧, Oberärztin",
        (
            "Appendikolith",
            "McBurney-Punkt",
            "Alvarado-Score 8",
            "11 mm",
            "14:12 Uhr",
            "Viszeralchirurgie",
            "Imbibierung",
            "Leukozytose",
            "Oberärztin",
        ),
    ),
    (
        "ch02",
        "de",
        "Anmeldung Radiologie – ⟦INSTITUTION:Spital Männedorf⟧\n"
        "Auftrag-Nr. ⟦ID:ANM-2025-55120⟧ | Dringlichkeit: heute | Station: Medizin 3. OG\n"
        "Patient: ⟦PERSON:Keller Urs⟧, ⟦DATE:14.09.1946⟧, AHV ⟦ID:756.4471.2298.15⟧\n"
        "Versicherung: Helsana, Kartennummer ⟦ID:80756012345678901234⟧\n"
        "Fragestellung: Dyspnoe, D-Dimer 1200, Wells-Score 4,5 – Lungenembolie? Kreatinin 98 µmol/l, eGFR 62.\n"
        "Untersuchung: CT-Pulmonalisangiographie\n"
        "Anmeldende Ärztin: pract. med. ⟦PERSON:Selin Arslan⟧, Sucher ⟦PHONE:512⟧; Angehörige: Tochter ⟦PERSON:Barbara Keller⟧, "
        "⟦PHONE:079 412 88 03⟧",
        (
            "Wells-Score 4,5",
            "D-Dimer 1200",
            "CT-Pulmonalisangiographie",
            "eGFR 62",
            "Medizin 3. OG",
            "Lungenembolie",
            "Dringlichkeit: heute",
            "Kreatinin 98 µmol/l",
        ),
    ),
    (
        "ch03",
        "de",
        "Korrigendum zum Befund vom ⟦DATE:03.11.2025⟧ – MRI Schädel\n"
        "⟦INSTITUTION:Universitätsspital Zürich⟧, Klinik für Neuroradiologie\n"
        "Patientin ⟦PERSON:Anna-Lena Brunner⟧, ⟦DATE:1.7.1999⟧, PID ⟦ID:01887234⟧\n"
        "Im ursprünglichen Befund stand „keine Diffusionsstörung“. Nach Zweitbefundung durch PD Dr. ⟦PERSON:Marco Bianchi⟧ "
        "findet sich eine punktförmige Diffusionsrestriktion im linken Crus posterius der Capsula interna (DWI b1000/ADC), "
        "vereinbar mit einem lakunären Infarkt.\n"
        "Der Zuweiser, Dr. ⟦PERSON:Thomas Kurz⟧ (Hausarzt, ⟦ADDRESS:Wetzikon⟧), wurde am ⟦DATE:4.11.2025⟧ kurz vor 10 Uhr "
        "telefonisch informiert.",
        (
            "Crus posterius",
            "Capsula interna",
            "DWI b1000/ADC",
            "lakunären Infarkt",
            "kurz vor 10 Uhr",
            "Zweitbefundung",
            "Diffusionsrestriktion",
            "MRI Schädel",
            "Neuroradiologie",
        ),
    ),
    (
        "ch04",
        "de",
        "CIRS-Fall – ⟦INSTITUTION:Kantonsspital St. Gallen⟧, Radiologie\n"
        "Was ist passiert? Patient Herr ⟦PERSON:Gämperli⟧ mit bekannter Niereninsuffizienz (eGFR 24) erhielt beim CT Thorax "
        "jodhaltiges Kontrastmittel, obwohl im Anmeldeformular „kein KM“ stand. Die MTRA ⟦PERSON:L. Zogg⟧ hatte die Warnung "
        "im RIS übersehen (Nachtdienst, hohes Aufkommen).\n"
        "Was war das Ergebnis? Hydrierung, Kreatininkontrolle nach 48 h stabil. Patient informiert.\n"
        "Bearbeitet von Dr. ⟦PERSON:Reto Ammann⟧ (CIRS-Verantwortlicher) am ⟦DATE:10. Nov. 2025⟧",
        (
            "eGFR 24",
            "Anmeldeformular",
            "kein KM",
            "Hydrierung",
            "nach 48 h",
            "Nachtdienst",
            "Was ist passiert?",
            "Niereninsuffizienz",
            "CT Thorax",
        ),
    ),
    (
        "ch05",
        "de",
        "Kontrastmittel-Zwischenfall – Meldung an die Pharmacovigilance (Swissmedic, ElViS)\n"
        "Patientin: ⟦PERSON:Hanna Bürgi⟧, ⟦DATE:12.05.1978⟧, PID ⟦ID:30998812⟧, ⟦INSTITUTION:Inselspital⟧, Brustzentrum\n"
        "Untersuchung: MRI Mamma (Gadobutrol, Gadovist 1.0, 7 ml) am ⟦DATE:06.11.2025⟧, 08:50 Uhr\n"
        "Reaktion: Engegefühl im Hals, Stridor, SpO2 88 %, Grad III → Adrenalin 0,5 mg i.m., Notfallteam alarmiert, "
        "Überwachung auf der Notfallstation.\n"
        "Dokumentiert von Dr. ⟦PERSON:Léa Favre⟧, Assistenzärztin; Rückfragen ⟦EMAIL:pv.radiologie@insel.ch⟧",
        (
            "Gadovist 1.0",
            "Stridor",
            "SpO2 88 %",
            "Adrenalin 0,5 mg i.m.",
            "Swissmedic",
            "ElViS",
            "MRI Mamma",
            "08:50 Uhr",
            "Notfallstation",
            "Pharmacovigilance",
        ),
    ),
    (
        "ch06",
        "de",
        "Tumorboard Urologie, ⟦INSTITUTION:Luzerner Kantonsspital⟧ – ⟦DATE:Do 6.11.25⟧\n"
        "Fall: ⟦PERSON:Zimmermann Hansruedi⟧, ⟦AGE:90⟧-jährig, zugewiesen von Dr. ⟦PERSON:Peter Luzi⟧, "
        "⟦INSTITUTION:Praxis am Bahnhof Sursee⟧\n"
        "mpMRI Prostata (PI-RADS v2.1): Läsion 14 mm PZpl links, PI-RADS 5, EPE fraglich. PSA 18 ng/ml, PSA-Dichte 0,41. "
        "PSMA-PET: keine Fernmetastasen. Fusionsbiopsie: Gleason 4+4 (ISUP 4).\n"
        "Empfehlung: aufgrund Alter und Komorbiditäten (Charlson 7) ADT und perkutane RT; Rücksprache mit der Beiständin, "
        "Frau ⟦PERSON:Esther Zimmermann⟧.",
        (
            "PI-RADS v2.1",
            "PZpl",
            "PSMA-PET",
            "Gleason 4+4",
            "ISUP 4",
            "Charlson 7",
            "ADT",
            "EPE",
            "Beiständin",
            "PSA 18 ng/ml",
            "Fusionsbiopsie",
        ),
    ),
    (
        "ch07",
        "de",
        "Dosis-Audit CT Schädel (DRW BAG) – Liste Ausreisser, ⟦INSTITUTION:Spital Bülach⟧\n"
        "Datum;PID;Name;Gerät;CTDIvol;DLP;Protokollverantwortliche\n"
        "⟦DATE:21.10.2025⟧;⟦ID:66120045⟧;⟦PERSON:Rüegg, Beat⟧;Revolution CT;78 mGy;1420 mGy·cm;⟦PERSON:Ch. Imhof⟧\n"
        "⟦DATE:23.10.2025⟧;⟦ID:66120871⟧;⟦PERSON:Pfister, Lorena⟧;Revolution CT;71 mGy;1310 mGy·cm;⟦PERSON:Ch. Imhof⟧\n"
        "Bemerkung: beides Perfusions-CT bei Stroke-Alarm, DRW nicht anwendbar.\n"
        "Medizinphysiker: Dr. sc. nat. ⟦PERSON:Oliver Stutz⟧, ⟦EMAIL:oliver.stutz@spitalbuelach.ch⟧",
        (
            "Revolution CT",
            "CTDIvol",
            "Perfusions-CT",
            "Stroke-Alarm",
            "DRW",
            "78 mGy",
            "Ausreisser",
            "Medizinphysiker",
            "Dosis-Audit CT Schädel",
            "1420 mGy·cm",
        ),
    ),
    (
        "ch08",
        "de",
        "Gesuch um Kostengutsprache – Krankenversicherer: CSS\n"
        "Versicherte Person: ⟦PERSON:Lüthi Sandra⟧, geb. ⟦DATE:09.02.1983⟧, Vers.-Nr. ⟦ID:2233-8812-5⟧, AHV-Nr. "
        "⟦ID:756.1234.5678.97⟧, ⟦ADDRESS:Dorfstrasse 44, 3150 Schwarzenburg⟧\n"
        "Leistungserbringer: ⟦INSTITUTION:Radiologie Sonnenhof⟧, ZSR ⟦ID:Z123456⟧, GLN ⟦ID:7601000123456⟧\n"
        "Leistung: PET/MRI (Off-Label, nicht in KLV Anhang 1) bei Verdacht auf Rezidiv eines Ependymoms; Begründung nach "
        "Art. 71a KVV.\n"
        "Antragsteller: Dr. ⟦PERSON:Thomas Gasser⟧, Radioonkologie, ⟦DATE:3.11.2025⟧",
        (
            "KLV Anhang 1",
            "Art. 71a KVV",
            "Ependymoms",
            "PET/MRI",
            "Off-Label",
            "Radioonkologie",
            "Kostengutsprache",
            "Leistungserbringer",
        ),
    ),
    (
        "ch09",
        "fr",
        "⟦INSTITUTION:Hôpitaux Universitaires de Genève⟧ – Service de radiologie\n"
        "Patiente : Mme ⟦PERSON:Dupraz Josiane⟧, née le ⟦DATE:2 mai 1944⟧, NIP ⟦ID:100448712⟧, n° d'examen ⟦ID:HUG25CT77120⟧\n"
        "Examen : CT thoraco-abdominal injecté du ⟦DATE:4 novembre 2025⟧\n"
        "Médecin demandeur : Dr ⟦PERSON:Karim Benali⟧, oncologie, bip ⟦PHONE:31244⟧\n"
        "Résultat : nodules pulmonaires multiples (> 10), le plus grand de 14 mm au lobe inférieur droit, en progression selon "
        "RECIST 1.1 (somme des diamètres +28 %). Adénopathie sous-carinaire de 18 mm. Lésion lytique de L2.\n"
        "Rapport validé par Dre ⟦PERSON:Élodie Rochat⟧, cheffe de clinique, le ⟦DATE:04.11.2025⟧ à 17h20.",
        (
            "RECIST 1.1",
            "sous-carinaire",
            "lobe inférieur droit",
            "17h20",
            "L2",
            "+28 %",
            "> 10",
            "cheffe de clinique",
            "CT thoraco-abdominal injecté",
            "Lésion lytique",
        ),
    ),
    (
        "ch10",
        "fr",
        "Revue des discordances (RADPEER) – ⟦INSTITUTION:CHUV⟧, séance du ⟦DATE:mardi 4 novembre 2025⟧\n"
        "Cas 5 : radiographie du bassin du ⟦DATE:12/10/2025⟧, patiente de ⟦AGE:92⟧ ans domiciliée à ⟦ADDRESS:Pully⟧. "
        "Fracture du col fémoral Garden I non décrite, vue au CT à J+2. Score RADPEER 2b.\n"
        "Premier lecteur : Dr ⟦PERSON:Yann Perret⟧ (médecin assistant), relu par Pre ⟦PERSON:Sophie Mercier⟧.\n"
        "Action : rappel de la ligne de Shenton et de l'incidence de Lauenstein. Plainte du fils, M. ⟦PERSON:Gérard Bonvin⟧, "
        "transmise au service juridique (réf. ⟦ID:SJ-2025-118⟧).",
        (
            "Garden I",
            "ligne de Shenton",
            "Lauenstein",
            "RADPEER 2b",
            "J+2",
            "col fémoral",
            "service juridique",
            "médecin assistant",
            "radiographie du bassin",
        ),
    ),
    (
        "ch11",
        "fr",
        "⟦INSTITUTION:Centre Médical de Bulle⟧ – Dr ⟦PERSON:Pascal Gremaud⟧, médecin généraliste FMH\n"
        "⟦ADDRESS:Rue de Vevey 18, 1630 Bulle⟧, tél. ⟦PHONE:026 912 34 56⟧, fax ⟦PHONE:026 912 34 57⟧\n\n"
        "Demande d'examen à l'⟦INSTITUTION:HFR Fribourg – Hôpital cantonal⟧ : IRM lombaire pour Mme ⟦PERSON:Chantal Overney⟧, "
        "58 ans, lombosciatalgie L5 droite depuis 3 semaines, Lasègue positif à 40°, pas de drapeaux rouges.\n"
        "Question : hernie discale L4-L5 ? canal lombaire étroit (grade de Schizas) ?\n"
        "Assurance : Groupe Mutuel, n° d'assurée ⟦ID:GM-0448712⟧.\n"
        "⟦ADDRESS:Bulle⟧, le ⟦DATE:31 octobre 2025⟧",
        (
            "Lasègue positif à 40°",
            "Schizas",
            "58 ans",
            "hernie discale L4-L5",
            "drapeaux rouges",
            "FMH",
            "3 semaines",
            "IRM lombaire",
            "lombosciatalgie L5 droite",
            "médecin généraliste",
        ),
    ),
    (
        "ch12",
        "fr",
        "Colloque morbidité-mortalité de radiologie interventionnelle – ⟦INSTITUTION:Hôpital de Sion⟧, ⟦DATE:6.11.2025⟧\n"
        "Présents : Dr ⟦PERSON:Moret⟧, Dre ⟦PERSON:Fournier⟧, Mme ⟦PERSON:Carron⟧ (TRM), M. ⟦PERSON:Lathion⟧ (infirmier)\n"
        "Cas : drainage biliaire percutané (PTBD) chez M. ⟦PERSON:Albert Michellod⟧, dossier n° ⟦ID:VS-3381204⟧ ; hémobilie "
        "à J+3 sur pseudo-anévrisme de l'artère hépatique droite, embolisation par coils (Interlock 4 mm). "
        "Classification Clavien-Dindo IIIa.\n"
        "Leçon : contrôle Doppler systématique avant le retrait du drain.",
        (
            "PTBD",
            "hémobilie",
            "Clavien-Dindo IIIa",
            "Interlock 4 mm",
            "Doppler",
            "J+3",
            "TRM",
            "pseudo-anévrisme",
            "drainage biliaire percutané",
            "artère hépatique droite",
        ),
    ),
    (
        "ch13",
        "it",
        "⟦INSTITUTION:EOC⟧ – ⟦INSTITUTION:Ospedale San Giovanni⟧, ⟦ADDRESS:Bellinzona⟧ – Servizio di radiologia\n"
        "Paziente: ⟦PERSON:Bernasconi Gianfranco⟧, nato il ⟦DATE:18.06.1957⟧, n. paziente ⟦ID:0033481127⟧\n"
        "Esame: TC cranio senza mdc del ⟦DATE:5 novembre 2025⟧, ore 03:40\n"
        "Quesito clinico: caduta accidentale, in terapia con apixaban.\n"
        "Reperto: ematoma subdurale acuto fronto-parietale sinistro, spessore 9 mm, shift della linea mediana di 4 mm. "
        "Nessuna frattura.\n"
        "Comunicato al Dr. ⟦PERSON:Luca Cattaneo⟧ (neurochirurgia, cercapersone ⟦PHONE:7721⟧).\n"
        "Firmato: Dr.ssa ⟦PERSON:Martina Pedrazzini⟧",
        (
            "apixaban",
            "ematoma subdurale",
            "9 mm",
            "ore 03:40",
            "TC cranio senza mdc",
            "linea mediana",
            "neurochirurgia",
            "Servizio di radiologia",
            "caduta accidentale",
        ),
    ),
    (
        "ch14",
        "it",
        "Richiesta d'esame PET/TC – ⟦INSTITUTION:IOSI⟧ (⟦INSTITUTION:Istituto Oncologico della Svizzera Italiana⟧)\n"
        "Paziente: Signora ⟦PERSON:Rezzonico Lucia⟧, nata il ⟦DATE:27/09/1969⟧, AVS ⟦ID:756.9812.3344.02⟧, domicilio "
        "⟦ADDRESS:Via Cantonale 12, 6900 Lugano⟧, tel. ⟦PHONE:+41 91 922 14 03⟧\n"
        "Diagnosi: linfoma diffuso a grandi cellule B, stadio II secondo Ann Arbor.\n"
        "Quesito: ristadiazione dopo 4 cicli di R-CHOP, Deauville? Valutazione secondo la classificazione di Lugano 2014.\n"
        "Assicurazione: Assura, n. assicurato ⟦ID:80756001234567890123⟧. Data: ⟦DATE:3 nov. 2025⟧",
        (
            "R-CHOP",
            "Deauville",
            "Ann Arbor",
            "classificazione di Lugano 2014",
            "4 cicli",
            "stadio II",
            "linfoma diffuso a grandi cellule B",
            "PET/TC",
        ),
    ),
    (
        "ch15",
        "it",
        "Nota del tecnico di radiologia (TRM) – ⟦INSTITUTION:Clinica Luganese Moncucco⟧\n"
        "Data ⟦DATE:07/11/2025⟧, RM 1 (GE Signa Premier 3T)\n"
        "Paziente ⟦PERSON:Fontana Mattia⟧ (11 anni), accompagnato dal padre ⟦PERSON:Davide Fontana⟧. Sedazione con "
        "dexmedetomidina intranasale da parte dell'anestesista Dr. ⟦PERSON:Pietro Lurati⟧.\n"
        "Protocollo: RM encefalo con FLAIR 3D, DWI, SWI, T1 MPRAGE dopo gadolinio (Dotarem). Esame interrotto durante la SWI "
        "per risveglio, ripreso dopo 10 minuti.\n"
        "TRM: ⟦PERSON:Sara Bottinelli⟧, interno ⟦PHONE:5518⟧",
        (
            "Signa Premier 3T",
            "dexmedetomidina",
            "FLAIR 3D",
            "T1 MPRAGE",
            "Dotarem",
            "11 anni",
            "10 minuti",
            "RM encefalo",
            "RM 1",
            "Sedazione con",
        ),
    ),
    (
        "ch16",
        "it",
        "Log di migrazione RIS (⟦DATE:2025-11-08⟧)\n"
        "record 18812: paziente ⟦PERSON:DELL'ORO^FRANCESCA⟧ n. ⟦ID:EOC-7712044⟧ data di nascita ⟦DATE:19530412⟧ – campo "
        "ReferringPhysicianName '⟦PERSON:Ferrari^Giorgio⟧^^Dr.' troncato; accession ⟦ID:LUG25RX118⟧ – esame "
        "'RX torace 2 proiezioni' associato\n"
        "record 18813: errore HL7 ADT^A40 (merge) – paziente ⟦PERSON:Galli, Renato⟧ ⟦ID:EOC-7712099⟧ ↔ ⟦ID:EOC-6600123⟧; "
        "da verificare con ⟦PERSON:l.morandi⟧ (ufficio pazienti, ⟦EMAIL:ufficio.pazienti@eoc.ch⟧)",
        (
            "ReferringPhysicianName",
            "ADT^A40",
            "RX torace 2 proiezioni",
            "troncato",
            "da verificare",
            "ufficio pazienti",
            "record 18813",
            "Log di migrazione RIS",
        ),
    ),
)
