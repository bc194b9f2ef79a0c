"""Held-out 35, Switzerland: 16 excerpts, 8 German, 4 French, 4 Italian (conventions in deid_corpus.py)."""

from __future__ import annotations

CH: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "ch01",
        "de",
        "Zuweisung ⟦INSTITUTION:Hausarztpraxis Zytglogge⟧, Dr. med. ⟦PERSON:Beat Aeschlimann⟧, "
        "⟦ADDRESS:Kramgasse 49⟧, ⟦ADDRESS:3011 Bern⟧, GLN ⟦ID:7601000234781⟧\n"
        "Patientin: ⟦PERSON:Ruth Zaugg-Bürki⟧, ⟦DATE:19.07.1953⟧, AHV-Nr. ⟦ID:756.4417.2830.15⟧, "
        "Versichertenkarte ⟦ID:80756 01234 5678901 2345⟧, Hausarztmodell (HMO)\n"
        "Fragestellung: Sono Abdomen, Cholezystolithiasis? Murphy-Zeichen positiv, Courvoisier negativ.",
        (
            "Hausarztmodell",
            "HMO",
            "Sono Abdomen",
            "Cholezystolithiasis",
            "Murphy-Zeichen positiv",
            "Courvoisier negativ",
            "Versichertenkarte",
        ),
    ),
    (
        "ch02",
        "de",
        "Von: Leistungsabteilung, Rechnungsprüfung\n"
        "An: ⟦INSTITUTION:Radiologie Zentrum Oerlikon⟧\n"
        "Betreff: Rechnung ⟦ID:RZO-2026-004417⟧, Patient ⟦PERSON:Stefan Wüthrich⟧, Vers.-Nr. "
        "⟦ID:118.522.903⟧\n"
        "Die Position TARMED 39.0020 (Zuschlag Kontrastmittel) wurde doppelt verrechnet. Seit der Einführung "
        "von TARDOC gilt die Pauschale; bitte Korrektur. Sachbearbeiter ⟦PERSON:Reto Gisler⟧, Tel. "
        "⟦PHONE:+41 58 277 41 90⟧",
        (
            "Rechnungsprüfung",
            "TARMED 39.0020",
            "Zuschlag Kontrastmittel",
            "doppelt verrechnet",
            "TARDOC",
            "Pauschale",
            "Leistungsabteilung",
        ),
    ),
    (
        "ch03",
        "de",
        "⟦INSTITUTION:Spitex Region Thun⟧ – Pflegebericht vom ⟦DATE:04.02.2026⟧\n"
        "Klient: ⟦PERSON:Hansruedi Stucki⟧, ⟦ADDRESS:Seestrasse 12⟧, ⟦ADDRESS:3600 Thun⟧; Tochter "
        "⟦PERSON:Franziska⟧ (⟦PHONE:079 412 88 31⟧)\n"
        "Beobachtung: zunehmende Atemnot, Beinödeme bds. +2, Gewicht +3 kg/Woche, SpO2 89 % bei Raumluft. "
        "Hausarzt Dr. ⟦PERSON:Moser⟧ verordnet ein Thorax-Röntgen im ⟦INSTITUTION:Spital Thun⟧; Fahrdienst "
        "um 08:30.",
        (
            "Pflegebericht",
            "Atemnot",
            "Beinödeme bds.",
            "+3 kg/Woche",
            "SpO2 89 %",
            "Raumluft",
            "Thorax-Röntgen",
            "08:30",
            "Fahrdienst",
            "Hausarzt",
        ),
    ),
    (
        "ch04",
        "de",
        "Verlegungsbericht ⟦INSTITUTION:Alterszentrum Lindenhof Oftringen⟧ an die Notfallstation "
        "⟦INSTITUTION:Kantonsspital Aarau⟧\n"
        "Bewohnerin: ⟦PERSON:Lina Hunziker⟧, ⟦AGE:98⟧-jährig; Beistand: lic. iur. ⟦PERSON:Adrian Vögeli⟧, "
        "⟦PHONE:062 745 12 30⟧\n"
        "Sturz in der Nacht um 03:10, Schmerz Hüfte li., Beinverkürzung und Aussenrotation. Bitte Rx "
        "Becken/Hüfte, ggf. CT. Patientenverfügung: REA nein, Spitaleinweisung ja. Medikation: Eliquis "
        "2.5 mg 2×tgl.",
        (
            "Notfallstation",
            "03:10",
            "Beinverkürzung und Aussenrotation",
            "Rx Becken/Hüfte",
            "Patientenverfügung",
            "REA nein",
            "Eliquis 2.5 mg",
            "Verlegungsbericht",
            "Beistand",
        ),
    ),
    (
        "ch05",
        "de",
        "Anmeldung Sportmedizin: ⟦INSTITUTION:FC Wil 1900⟧ U17\n"
        "Spieler: ⟦PERSON:Luca Brändli⟧, geb. ⟦DATE:12.05.2009⟧; Teamarzt Dr. ⟦PERSON:Reto Kappeler⟧\n"
        "MRI OSG rechts nach Supinationstrauma am ⟦DATE:14. Februar⟧: ATFL/CFL-Ruptur? Syndesmose? "
        "OCD Talus (Hepple)?\n"
        "Kontakt Mutter: ⟦PERSON:Corinne Brändli⟧, ⟦EMAIL:corinne.braendli@bluewin.ch⟧",
        (
            "Sportmedizin",
            "U17",
            "Teamarzt",
            "MRI OSG rechts",
            "Supinationstrauma",
            "ATFL/CFL-Ruptur",
            "Syndesmose",
            "OCD Talus",
            "Hepple",
            "Kontakt Mutter",
        ),
    ),
    (
        "ch06",
        "de",
        "Antwort auf Ihr Schreiben vom ⟦DATE:20. Januar 2026⟧\n"
        "Sehr geehrter Herr ⟦PERSON:Zürcher⟧, Sie beanstanden, dass Ihre Frau ⟦PERSON:Monika "
        "Zürcher-Gasser⟧ nach der Mammographie mit Tomosynthese vom ⟦DATE:8.1.2026⟧ keinen schriftlichen "
        "Befund erhielt. Der Befund (BI-RADS 1, ACR-Dichte C) ging an die Gynäkologin Dr. ⟦PERSON:Seraina "
        "Caflisch⟧ in ⟦ADDRESS:Chur⟧.\n"
        "Freundliche Grüsse, ⟦PERSON:Patrizia Lanz⟧, Leiterin Patientenadministration, "
        "⟦INSTITUTION:Kantonsspital Graubünden⟧",
        (
            "Mammographie",
            "Tomosynthese",
            "schriftlichen Befund",
            "BI-RADS 1",
            "ACR-Dichte C",
            "Patientenadministration",
            "Gynäkologin",
        ),
    ),
    (
        "ch07",
        "de",
        "Aktenübergabe infolge Pensionierung von Dr. med. ⟦PERSON:Ulrich Tschudi⟧: die "
        "⟦INSTITUTION:Praxis am Rheinsprung⟧ in ⟦ADDRESS:Basel⟧ übernimmt die Krankengeschichten.\n"
        "Patient: ⟦PERSON:Giovanni Sciarra⟧, geb. ⟦DATE:01.09.1947⟧, ⟦ADDRESS:Riehenring 77⟧, "
        "⟦ADDRESS:4058 Basel⟧\n"
        "Vorhanden: Thorax 2 Ebenen aus 2019, Sonographie Nieren aus 2021. Bitte bis Ende März mitteilen, "
        "ob Sie Ihre Akte abholen möchten: Telefon ⟦PHONE:061 261 44 07⟧, Praxisassistentin "
        "⟦PERSON:Nadja⟧.",
        (
            "Aktenübergabe",
            "Pensionierung",
            "Thorax 2 Ebenen",
            "2019",
            "Sonographie Nieren",
            "Ende März",
            "Praxisassistentin",
            "Krankengeschichten",
        ),
    ),
    (
        "ch08",
        "de",
        "CD-Brennauftrag ⟦ID:CD-26-00931⟧ für Chiropraktor Dr. ⟦PERSON:Jonas Imhof⟧, "
        "⟦INSTITUTION:Chiropraktik Luzern-Süd⟧\n"
        "(0010,0010) PatientName ⟦PERSON:KAELIN^THERES^MARIA⟧\n"
        "(0010,0030) PatientBirthDate ⟦DATE:19661203⟧\n"
        "(0008,0020) StudyDate ⟦DATE:20260122⟧\n"
        "(0008,0080) InstitutionName ⟦INSTITUTION:LUKS Sursee⟧\n"
        "(0008,1030) StudyDescription MRI LWS nativ\n"
        "Mit Viewer (Weasis) gebrannt, Versand per A-Post an ⟦ADDRESS:Pilatusstrasse 31⟧, ⟦ADDRESS:6003 Luzern⟧",
        (
            "(0010,0010) PatientName",
            "PatientBirthDate",
            "StudyDate",
            "InstitutionName",
            "StudyDescription",
            "MRI LWS nativ",
            "Weasis",
            "A-Post",
            "CD-Brennauftrag",
            "Chiropraktor",
        ),
    ),
    (
        "ch09",
        "fr",
        "Madame ⟦PERSON:Évelyne Jaquier⟧\n⟦ADDRESS:Chemin des Pâquerettes 4⟧\n⟦ADDRESS:1004 Lausanne⟧\n"
        "Convocation: IRM du genou gauche le mardi ⟦DATE:10 mars 2026⟧ à 14h15 au ⟦INSTITUTION:Centre "
        "d'imagerie de Montétan⟧. Merci de vous présenter 20 minutes avant avec votre carte d'assuré et le bon "
        "de demande du Dr ⟦PERSON:Pittet⟧. En cas d'empêchement: ⟦PHONE:021 623 40 40⟧ ou "
        "⟦EMAIL:rdv@imagerie-montetan.ch⟧. N° de dossier ⟦ID:IM-558021⟧.",
        (
            "Convocation",
            "IRM du genou gauche",
            "14h15",
            "20 minutes avant",
            "carte d'assuré",
            "bon de demande",
            "N° de dossier",
        ),
    ),
    (
        "ch10",
        "fr",
        "Consentement éclairé – arthrographie de l'épaule (gadolinium intra-articulaire)\n"
        "Patient: M. ⟦PERSON:Arben Krasniqi⟧, né le ⟦DATE:3 avril 1985⟧, IPP ⟦ID:40177325⟧\n"
        "Interprète communautaire (albanais): ⟦PERSON:Drita Berisha⟧, ⟦INSTITUTION:Interprétariat Croix-Rouge "
        "genevoise⟧\n"
        "Témoin: ⟦PERSON:Sophie Dubath⟧, TRM. Médecin: Dr ⟦PERSON:Olivier Rochat⟧, chef de clinique, "
        "⟦INSTITUTION:HUG⟧\n"
        "Risques: infection (<1/10 000), réaction vagale, douleur transitoire.",
        (
            "arthrographie de l'épaule",
            "gadolinium intra-articulaire",
            "TRM",
            "chef de clinique",
            "<1/10 000",
            "réaction vagale",
            "douleur transitoire",
            "Interprète communautaire",
            "Témoin",
        ),
    ),
    (
        "ch11",
        "fr",
        "Objet: contestation de la facture n° ⟦ID:F-2026-88314⟧\n"
        "Madame ⟦PERSON:Nathalie Borel⟧, l'examen du ⟦DATE:14 janvier 2026⟧ (scanner thoracique low-dose, "
        "TARMED 39.4010) a été facturé correctement; la franchise et la quote-part de 10 % restent à votre "
        "charge. N° AVS ⟦ID:756.9021.4478.30⟧.\n"
        "⟦PERSON:Laurent Monnier⟧, service de facturation, ⟦INSTITUTION:Réseau hospitalier neuchâtelois⟧, "
        "⟦ADDRESS:Rue de la Maladière 45⟧, ⟦ADDRESS:2000 Neuchâtel⟧, ⟦PHONE:032 713 30 00⟧",
        (
            "contestation",
            "scanner thoracique low-dose",
            "TARMED 39.4010",
            "franchise",
            "quote-part de 10 %",
            "service de facturation",
            "Objet",
        ),
    ),
    (
        "ch12",
        "fr",
        "⟦INSTITUTION:CMS Sierre⟧ – fiche de liaison du ⟦DATE:06.02.2026⟧\n"
        "Client: M. ⟦PERSON:Jean-Marie Zufferey⟧, ⟦ADDRESS:Route de Sion 18⟧, ⟦ADDRESS:3960 Sierre⟧; épouse "
        "⟦PERSON:Marie-Thérèse⟧, tél. ⟦PHONE:027 455 12 09⟧\n"
        "Plaie du talon droit depuis 6 semaines, sonde osseuse positive: suspicion d'ostéite, IRM du pied "
        "demandée par le Dr ⟦PERSON:Salamin⟧. Diabète type 2, HbA1c 8,9 %.\n"
        "Infirmière: ⟦PERSON:Chantal Epiney⟧",
        (
            "fiche de liaison",
            "talon droit",
            "depuis 6 semaines",
            "sonde osseuse positive",
            "ostéite",
            "IRM du pied",
            "Diabète type 2",
            "HbA1c 8,9 %",
            "Infirmière",
            "épouse",
        ),
    ),
    (
        "ch13",
        "it",
        "Promemoria SMS: Gentile Sig.ra ⟦PERSON:Bernasconi⟧, le ricordiamo l'appuntamento per l'ecografia "
        "addominale giovedì ⟦DATE:5 marzo⟧ alle 10:30 presso l'⟦INSTITUTION:Ospedale Regionale di Mendrisio⟧ "
        "(servizio di radiologia). Digiuno da 6 ore. Per disdire: ⟦PHONE:091 811 31 11⟧. Rif. "
        "⟦ID:PR-0317729⟧\n"
        "Risposta del ⟦DATE:03.03.2026⟧: «Non posso, mio marito ⟦PERSON:Renzo⟧ è ricoverato, spostate per "
        "favore» – riprenotato da ⟦PERSON:gcattaneo⟧.",
        (
            "Promemoria SMS",
            "ecografia addominale",
            "10:30",
            "servizio di radiologia",
            "Digiuno da 6 ore",
            "riprenotato",
            "ricoverato",
        ),
    ),
    (
        "ch14",
        "it",
        "Richiesta d'esame – Dr. med. ⟦PERSON:Fabio Pedrazzini⟧, ⟦ADDRESS:Via San Gottardo 40⟧, "
        "⟦ADDRESS:6900 Lugano⟧, tel. ⟦PHONE:091 966 20 14⟧\n"
        "Paziente: ⟦PERSON:Tamara Gianettoni⟧, nata il ⟦DATE:17.10.1968⟧, domiciliata a "
        "⟦ADDRESS:Breganzona⟧; n. assicurato ⟦ID:1844207⟧\n"
        "Linfoma di Hodgkin in remissione (PET-TC ⟦DATE:settembre 2025⟧: Deauville 2). Si richiede TC "
        "torace-addome con mdc, valutazione secondo i criteri di Lugano.",
        (
            "Richiesta d'esame",
            "Linfoma di Hodgkin",
            "PET-TC",
            "Deauville 2",
            "TC torace-addome con mdc",
            "criteri di Lugano",
            "in remissione",
        ),
    ),
    (
        "ch15",
        "it",
        "Richiesta di copia delle immagini (DVD)\n"
        "Io sottoscritto ⟦PERSON:Mirko Fumagalli⟧, nato il ⟦DATE:22 gennaio 1979⟧, domiciliato in ⟦ADDRESS:Via "
        "Cantonale 3⟧, ⟦ADDRESS:6814 Lamone⟧, chiedo copia della RM colonna lombare eseguita il "
        "⟦DATE:14/01/2026⟧ presso l'⟦INSTITUTION:Ospedale Civico⟧. Delego al ritiro ⟦PERSON:Elena "
        "Fumagalli⟧ (carta d'identità ⟦ID:C4471982⟧).\n"
        "Consegnato da ⟦PERSON:L. Rezzonico⟧ il ⟦DATE:21.01.2026⟧.",
        (
            "copia delle immagini",
            "DVD",
            "RM colonna lombare",
            "Delego al ritiro",
            "carta d'identità",
            "Io sottoscritto",
        ),
    ),
    (
        "ch16",
        "it",
        "⟦INSTITUTION:Fisioterapia Bellinzona Sud⟧ – rapporto alla Dr.ssa ⟦PERSON:Chiara Zanetti⟧\n"
        "Paziente: ⟦PERSON:Ivo Lepori⟧, 34 anni, calciatore dilettante (⟦INSTITUTION:AC Bellinzona⟧). Dopo "
        "12 sedute persiste dolore inguinale, test di FABER positivo: sospetto conflitto femoro-acetabolare "
        "tipo Cam. Chiediamo un'artro-RM dell'anca.\n"
        "Fisioterapista ⟦PERSON:Marco Guidotti⟧, ⟦EMAIL:m.guidotti@fisio-bellinzona.ch⟧, ⟦PHONE:091 825 14 60⟧",
        (
            "34 anni",
            "calciatore dilettante",
            "12 sedute",
            "dolore inguinale",
            "test di FABER positivo",
            "conflitto femoro-acetabolare",
            "tipo Cam",
            "artro-RM dell'anca",
            "Fisioterapista",
        ),
    ),
)
