"""Held-out 35, Germany: 16 excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

DE: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "de01",
        "de",
        "Überweisungsschein (Muster 6) – Kurativ\n"
        "Krankenkasse: AOK Baden-Württemberg · Versichertennr. ⟦ID:K482913307⟧ · Status 1000000\n"
        "Name, Vorname: ⟦PERSON:Hägele, Dorothea⟧ · geb. am ⟦DATE:14.02.1961⟧\n"
        "⟦ADDRESS:Hauptstraße 118⟧, ⟦ADDRESS:72488 Sigmaringen⟧\n"
        "BSNR ⟦ID:521847300⟧ · LANR ⟦ID:318294501⟧ · Ausstellungsdatum ⟦DATE:03.02.2026⟧\n"
        "Auftrag: MRT Kniegelenk rechts, V.a. Innenmeniskus-Hinterhornriss, McMurray-Test positiv, Erguss "
        "seit 3 Wochen.\n"
        "Überweiser: ⟦INSTITUTION:Hausarztpraxis Dr. Kessler & Partner⟧, Tel. ⟦PHONE:07571 64 21 0⟧",
        (
            "Muster 6",
            "Kurativ",
            "Status 1000000",
            "MRT Kniegelenk rechts",
            "Innenmeniskus-Hinterhornriss",
            "McMurray-Test positiv",
            "seit 3 Wochen",
            "Erguss",
        ),
    ),
    (
        "de02",
        "de",
        "Physiotherapie ⟦INSTITUTION:Bewegungsraum Lindenau⟧ · ⟦ADDRESS:Merseburger Str. 54⟧, "
        "⟦ADDRESS:04177 Leipzig⟧\n"
        "An: Orthopädische Praxis Dr. ⟦PERSON:Weißflog⟧, Fax ⟦PHONE:0341 4 78 22 19⟧\n"
        "Patient: Herr ⟦PERSON:Konstantin Baier⟧, Therapiebeginn ⟦DATE:Januar 2026⟧\n"
        "Nach 6 von 10 Einheiten KG (Heilmittel-VO vom ⟦DATE:12.01.2026⟧) persistierende Schmerzen am "
        "Trochanter major, positives Trendelenburg-Zeichen links, Lasègue negativ. Bitte um Bildgebung "
        "(MRT Becken/Hüfte), V.a. Gluteus-medius-Sehnenläsion.\n"
        "Therapeutin: ⟦PERSON:Jana Kretschmar⟧, B.Sc. Physiotherapie",
        (
            "6 von 10 Einheiten",
            "Heilmittel-VO",
            "Trochanter major",
            "Trendelenburg-Zeichen",
            "Lasègue negativ",
            "MRT Becken/Hüfte",
            "Gluteus-medius-Sehnenläsion",
            "Physiotherapie",
            "Bildgebung",
        ),
    ),
    (
        "de03",
        "de",
        "Pflegeüberleitungsbogen – ⟦INSTITUTION:Seniorenzentrum Haus Abendrot⟧, Wohnbereich 2\n"
        "Bewohnerin: ⟦PERSON:Gertrud Wendehals⟧, ⟦AGE:93⟧ J.\n"
        "Betreuerin (Betreuungsgericht): ⟦PERSON:Annette Rupprecht-Lenz⟧, Tel. ⟦PHONE:0911 339 84 17⟧, "
        "mobil ⟦PHONE:0176 2240 8813⟧\n"
        "Hausarzt: Dr. ⟦PERSON:Ochs⟧, ⟦ADDRESS:Fürth⟧\n"
        "Grund: Sturz am Sonntag, ⟦DATE:8. Februar⟧, seither Schmerzen Leiste li. Röntgen Becken + Hüfte li. "
        "axial, V.a. Schenkelhalsfraktur (Garden?). Marcumar-Patientin, INR 2,8. Pflegegrad 4, Dekubitus "
        "Kategorie 2 sakral. Krankentransport liegend 14:30 Uhr, Rückfahrt bestellt.",
        (
            "Wohnbereich 2",
            "Schenkelhalsfraktur",
            "Garden",
            "Marcumar",
            "INR 2,8",
            "Pflegegrad 4",
            "Dekubitus Kategorie 2",
            "14:30 Uhr",
            "Betreuungsgericht",
            "Krankentransport liegend",
        ),
    ),
    (
        "de04",
        "de",
        "Sportmedizinische Vorstellung – ⟦INSTITUTION:TSV Grünwald 1908⟧, Jugendabteilung Fußball\n"
        "Spieler: ⟦PERSON:Leon Maximilian Ertürk⟧, 15 Jahre; Erziehungsberechtigte: ⟦PERSON:Selin Ertürk⟧ "
        "(⟦EMAIL:s.ertuerk@web.de⟧)\n"
        "Trainer: „⟦PERSON:Wolle⟧“ (⟦PERSON:Wolfgang Schwab⟧), ⟦PHONE:0171 5520 341⟧\n"
        "Anforderung: Röntgen linke Hand a.p. zur Skelettalterbestimmung nach Greulich und Pyle; "
        "Knie seitlich bds., Osgood-Schlatter? Sinding-Larsen-Johansson? Termin Do., ⟦DATE:19.02.26⟧.",
        (
            "Jugendabteilung",
            "15 Jahre",
            "Skelettalterbestimmung",
            "Greulich und Pyle",
            "Knie seitlich bds.",
            "Osgood-Schlatter",
            "Sinding-Larsen-Johansson",
            "Röntgen linke Hand a.p.",
            "Erziehungsberechtigte",
        ),
    ),
    (
        "de05",
        "de",
        "Arbeitsmedizinische Vorsorge nach ArbMedVV (ehem. G 1.1 Mineralischer Staub)\n"
        "Auftraggeber: Werksärztlicher Dienst der ⟦INSTITUTION:Basaltwerk Mendig GmbH⟧, Betriebsärztin "
        "Dr. ⟦PERSON:Roswitha Pütz⟧\n"
        "Beschäftigter: ⟦PERSON:Ralf Schmitz⟧, Pers.-Nr. ⟦ID:004471⟧, Steinbrecher seit 1994\n"
        "Thorax p.a. nach ILO-Klassifikation: Streuung q/p 1/0, keine großen Schatten, Pleura o.B.\n"
        "Befund an: ⟦EMAIL:arbeitsmedizin@basaltwerk-mendig.de⟧, Untersuchung vom ⟦DATE:2026-01-28⟧",
        (
            "ArbMedVV",
            "G 1.1",
            "seit 1994",
            "Thorax p.a.",
            "ILO-Klassifikation",
            "q/p 1/0",
            "keine großen Schatten",
            "Pleura o.B.",
            "Steinbrecher",
            "Betriebsärztin",
        ),
    ),
    (
        "de06",
        "de",
        "SMS: Hallo Frau ⟦PERSON:Petersen⟧, Ihr Termin MRT Schulter am ⟦DATE:24.02.⟧ um 07:40 Uhr in der "
        "⟦INSTITUTION:Radiologie Nord Itzehoe⟧, ⟦ADDRESS:Sandberg 12⟧. Bitte 15 Min. vorher, Überweisung + "
        "Versichertenkarte mitbringen. Absage: ⟦PHONE:04821 77 30 0⟧ oder "
        "⟦URL:https://termin.radiologie-nord.de/c/7QX4M2⟧. Buchungsnr. ⟦ID:RN-260224-0187⟧\n"
        "Sendeprotokoll: an ⟦PHONE:+49 151 23847701⟧ am ⟦DATE:2026-02-17⟧ 18:02 zugestellt.",
        (
            "MRT Schulter",
            "07:40 Uhr",
            "15 Min.",
            "Versichertenkarte",
            "18:02",
            "Sendeprotokoll",
            "Überweisung",
            "Buchungsnr.",
        ),
    ),
    (
        "de07",
        "de",
        "Beschwerde vom ⟦DATE:2. März 2026⟧ (Eingang Qualitätsmanagement)\n"
        "„Mein Vater ⟦PERSON:Horst Lindemann⟧ musste am ⟦DATE:27.02.⟧ trotz Termin 2 ½ Stunden im "
        "Wartebereich der CT warten.“ – ⟦PERSON:Birgit Lindemann-Vogt⟧, ⟦ADDRESS:Am Kirchberg 3⟧, "
        "⟦ADDRESS:35041 Marburg-Wehrda⟧\n"
        "Antwort QM (Frau ⟦PERSON:Zoe Adomeit⟧, DW ⟦PHONE:4417⟧): Wir bedauern die Wartezeit. Die "
        "Notfallversorgung (Polytrauma im Schockraum) hatte Vorrang; der CT-Scanner (SOMATOM Force) war "
        "zusätzlich 40 Minuten wegen Röhrenwechsel außer Betrieb.",
        (
            "Qualitätsmanagement",
            "2 ½ Stunden",
            "Wartebereich",
            "Polytrauma",
            "Schockraum",
            "SOMATOM Force",
            "40 Minuten",
            "Röhrenwechsel",
            "Notfallversorgung",
            "CT-Scanner",
        ),
    ),
    (
        "de08",
        "de",
        "Einwilligungserklärung Kontrastmittel-MRT (Gadovist), Aufklärungsbogen DIOMED\n"
        "Patientin: ⟦PERSON:Nguyen Thi Lan⟧, geb. ⟦DATE:05.09.1972⟧, PID ⟦ID:7730914⟧\n"
        "Aufklärung durch: Dr. ⟦PERSON:Felix Sauerbruch-Kamm⟧, Assistenzarzt, am ⟦DATE:11.03.2026⟧, 09:15 Uhr\n"
        "Dolmetscherin (vietnamesisch): ⟦PERSON:Đặng Mai Phương⟧, ⟦INSTITUTION:Dolmetscherdienst "
        "SprachBrücke Hamburg⟧\n"
        "Zeuge: Pflegekraft ⟦PERSON:Torben Mewes⟧\n"
        "Risiken: allergoide Reaktion, NSF bei eGFR < 30, Paravasat. Kreatinin 0,9 mg/dl, eGFR 78.",
        (
            "Gadovist",
            "DIOMED",
            "09:15 Uhr",
            "allergoide Reaktion",
            "NSF",
            "eGFR < 30",
            "Paravasat",
            "Kreatinin 0,9 mg/dl",
            "Assistenzarzt",
            "Pflegekraft",
            "eGFR 78",
        ),
    ),
    (
        "de09",
        "de",
        "Privatliquidation – Rechnung Nr. ⟦ID:2026-00418⟧\n"
        "Herrn Dr. jur. ⟦PERSON:Matthias Overbeck⟧, ⟦ADDRESS:Elbchaussee 221⟧, ⟦ADDRESS:22605 Hamburg⟧\n"
        "Leistungsdatum ⟦DATE:09.01.2026⟧ · MRT Lendenwirbelsäule\n"
        "GOÄ 5700 (MRT Rumpf) 2,3-fach · GOÄ 5731 (ergänzende Serie) · GOÄ 5733 (computergestützte Analyse)\n"
        "Diagnose: Bandscheibenvorfall L5/S1 (M51.2). Beihilfe-Nr. ⟦ID:BH 44 1902 733⟧\n"
        "Rückfragen: Abrechnung, Frau ⟦PERSON:Schäfer⟧, ⟦PHONE:040 8190 562-31⟧",
        (
            "MRT Lendenwirbelsäule",
            "GOÄ 5700",
            "2,3-fach",
            "GOÄ 5731",
            "GOÄ 5733",
            "Bandscheibenvorfall L5/S1",
            "M51.2",
            "MRT Rumpf",
            "ergänzende Serie",
            "Privatliquidation",
        ),
    ),
    (
        "de10",
        "de",
        "Von: ⟦EMAIL:praxis@ortho-am-dom.de⟧\n"
        "An: ⟦EMAIL:archiv@mvz-radiologie-bamberg.de⟧\n"
        "Betreff: Voraufnahmen ⟦PERSON:Eichhorn, Klaus-Dieter⟧, *⟦DATE:21.10.1955⟧\n"
        "Sehr geehrte Kolleginnen und Kollegen, wir haben die Praxis von Dr. ⟦PERSON:Albrecht Fuchs⟧ "
        "übernommen. Bitte senden Sie uns die Aufnahmen (Röntgen Knie beidseits im Stehen, Rosenberg-Aufnahme, "
        "MRT Knie li. vom ⟦DATE:11/2023⟧) über das KIM-Postfach ⟦EMAIL:ortho-am-dom@bamberg.kim.telematik⟧. "
        "Kellgren-Lawrence-Grad 3 medial bekannt.\n"
        "Mit kollegialen Grüßen ⟦PERSON:S. Brückner⟧, MFA, ⟦INSTITUTION:Orthopädie am Dom⟧",
        (
            "Voraufnahmen",
            "Röntgen Knie beidseits im Stehen",
            "Rosenberg-Aufnahme",
            "KIM-Postfach",
            "Kellgren-Lawrence-Grad 3",
            "MFA",
            "MRT Knie li.",
        ),
    ),
    (
        "de11",
        "de",
        "Ambulanter Pflegedienst ⟦INSTITUTION:Diakoniestation Hohenlohe-Nord⟧ – Tourenplan Frühdienst\n"
        "Klient: ⟦PERSON:Erwin Stäudle⟧, ⟦ADDRESS:Bachgasse 9⟧, ⟦ADDRESS:74653 Künzelsau⟧, Schlüssel im "
        "Tresor, Code bei PDL\n"
        "Angehörige: Schwiegertochter ⟦PERSON:Heike⟧ ⟦PHONE:0173/9904 218⟧\n"
        "Beobachtung ⟦DATE:16.02.⟧: Unterschenkel li. überwärmt, Umfangsdifferenz 3 cm, Wells-Score 2 – HA "
        "informiert, Duplexsonographie der Beinvenen in der ⟦INSTITUTION:Gefäßpraxis Öhringen⟧ für "
        "10:45 Uhr angemeldet.",
        (
            "Tourenplan Frühdienst",
            "PDL",
            "Umfangsdifferenz 3 cm",
            "Wells-Score 2",
            "Duplexsonographie der Beinvenen",
            "10:45 Uhr",
            "Unterschenkel li. überwärmt",
            "Schwiegertochter",
        ),
    ),
    (
        "de12",
        "de",
        "Antrag auf Herausgabe von Bilddaten (Art. 15 DSGVO / § 630g BGB)\n"
        "Antragsteller: ⟦PERSON:Jürgen Baumann⟧, geb. ⟦DATE:30.06.1949⟧, vertreten durch RA Dr. "
        "⟦PERSON:Ines Kurz⟧, ⟦INSTITUTION:Kurz & Rehbein Rechtsanwälte⟧, Az. ⟦ID:117/26 IK⟧\n"
        "Untersuchungen: CT Schädel nativ und CT-Angiographie Hals vom ⟦DATE:03.11.2025⟧, MRT Schädel mit "
        "DWI/FLAIR vom ⟦DATE:05.11.2025⟧ (Akz. ⟦ID:RAD25110512⟧)\n"
        "Ausgabe: 1 DICOM-CD mit Viewer an Ehefrau ⟦PERSON:Renate Baumann⟧ gegen Vollmacht; "
        "Personalausweis ⟦ID:L01X00T47⟧ geprüft, Visum ⟦PERSON:kwi⟧.",
        (
            "Art. 15 DSGVO",
            "§ 630g BGB",
            "CT Schädel nativ",
            "CT-Angiographie Hals",
            "DWI/FLAIR",
            "DICOM-CD mit Viewer",
            "Vollmacht",
            "Ehefrau",
            "Personalausweis",
        ),
    ),
    (
        "de13",
        "de",
        "Sehr geehrter Herr Kollege ⟦PERSON:Winter⟧,\n"
        "ich überweise Ihnen Frau ⟦PERSON:Aylin Demirci-Hoffmann⟧, die seit Herbst über Doppelbilder und "
        "Dysästhesien klagt. Sie wohnt inzwischen bei ihrer Schwester in der ⟦ADDRESS:Weidenallee 40⟧ in "
        "⟦ADDRESS:Hamburg-Eimsbüttel⟧ und ist am besten unter ⟦PHONE:0160 99 41 27 03⟧ erreichbar. Bitte MRT "
        "Schädel und HWS mit KM (MS-Protokoll, McDonald-Kriterien 2017), Frage nach Dawson-Fingern und "
        "Läsionen im Balken. VEP rechts verzögert (P100 128 ms).\n"
        "Mit freundlichen Grüßen, Dr. med. ⟦PERSON:Clemens Lüttge⟧, ⟦INSTITUTION:Neurologie Zentrum Altona⟧",
        (
            "seit Herbst",
            "Doppelbilder",
            "Dysästhesien",
            "MS-Protokoll",
            "McDonald-Kriterien 2017",
            "Dawson-Fingern",
            "Balken",
            "P100 128 ms",
            "MRT Schädel und HWS mit KM",
            "VEP rechts verzögert",
        ),
    ),
    (
        "de14",
        "de",
        "Fremdaufnahmen-Import (CD von ⟦INSTITUTION:Radiologie im Ärztehaus Cham⟧)\n"
        "PatientName: ⟦PERSON:PRÖBSTL^ANTON⟧^^DR\n"
        "PatientID: ⟦ID:CHA-0081234⟧ → umgemappt auf ⟦ID:10447120⟧\n"
        "PatientBirthDate: ⟦DATE:19510817⟧ · StudyDate: ⟦DATE:20260114⟧ · Modality: MR\n"
        "Manufacturer: Philips · ManufacturerModelName: Ingenia 1.5T\n"
        "ReferringPhysicianName: ⟦PERSON:HOFBAUER^MICHAELA⟧\n"
        "Import durch ⟦PERSON:a.reitmeier⟧ am ⟦DATE:16.01.2026⟧, 12 Serien, 1.418 Bilder.",
        (
            "PatientName",
            "PatientBirthDate",
            "StudyDate",
            "ManufacturerModelName",
            "Ingenia 1.5T",
            "ReferringPhysicianName",
            "12 Serien",
            "1.418 Bilder",
            "Modality: MR",
            "Philips",
        ),
    ),
    (
        "de15",
        "de",
        "RIS-Kommentar zu Termin ⟦ID:T-88120447⟧:\n"
        "⟦DATE:19.02.2026⟧ 11:12 ⟦PERSON:mkö⟧: Pat. ruft an, kann Do. nicht (Dialyse Di/Do/Sa im "
        "⟦INSTITUTION:KfH-Nierenzentrum Gelsenkirchen-Buer⟧). Neuer Termin Mo ⟦DATE:02.03.⟧ 13:20, MRT "
        "Abdomen ohne Gadolinium (Shunt-Arm rechts, kein KM wegen eGFR 11). Rückruf an Sohn "
        "⟦PERSON:Dennis Kowalczyk⟧ unter ⟦PHONE:0209 / 38 47 112⟧ erledigt.",
        (
            "11:12",
            "Dialyse",
            "Di/Do/Sa",
            "13:20",
            "MRT Abdomen",
            "Gadolinium",
            "Shunt-Arm rechts",
            "eGFR 11",
            "RIS-Kommentar",
            "Rückruf an Sohn",
        ),
    ),
    (
        "de16",
        "de",
        "Antrag auf Kostenübernahme PSMA-PET/CT (keine EBM-Leistung, ASV nicht verfügbar)\n"
        "Versicherter: ⟦PERSON:Holger Brandstätter⟧, KVNR ⟦ID:B208374615⟧, geb. ⟦DATE:02.08.1958⟧\n"
        "Biochemisches Rezidiv nach RPE (pT3a pN0, Gleason 4+3=7b), PSA 0,42 ng/ml, PSA-Verdopplungszeit "
        "7 Monate; gemäß EAU-Leitlinie indiziert.\n"
        "Antragsteller: Prof. Dr. ⟦PERSON:Hartmut Engel⟧, Klinik für Urologie, ⟦INSTITUTION:Marienhospital "
        "Herne⟧; Ansprechpartnerin Frau ⟦PERSON:Kaya⟧, Tel. ⟦PHONE:02323 499-1870⟧, "
        "⟦EMAIL:urologie.sekretariat@marienhospital-herne.de⟧",
        (
            "PSMA-PET/CT",
            "EBM-Leistung",
            "ASV",
            "Biochemisches Rezidiv",
            "RPE",
            "pT3a pN0",
            "Gleason 4+3=7b",
            "PSA 0,42 ng/ml",
            "EAU-Leitlinie",
            "Klinik für Urologie",
            "PSA-Verdopplungszeit 7 Monate",
        ),
    ),
)
