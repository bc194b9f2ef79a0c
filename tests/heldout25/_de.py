"""Held-out 25, Germany: 16 excerpts (German). Marked text, see deid_corpus.py."""

DE: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "de01",
        "de",
        "Durchgangsarztbericht (F 1000)  Seite 1 von 2\n"
        "Unfallversicherungsträger: BG BAU, Az. ⟦ID:3.12/0447-91-K⟧\n"
        "Name: ⟦PERSON:Kowalczyk, Dariusz⟧  geb. ⟦DATE:17.03.1979⟧\n"
        "Unfalltag: ⟦DATE:02.11.2026⟧, 07:40 Uhr, Sturz vom Gerüst (ca. 3 m)\n"
        "Arbeitgeber: ⟦INSTITUTION:Hochbau Wendt & Söhne GmbH⟧, ⟦ADDRESS:Industriestr. 14, 44147 Dortmund⟧\n"
        "Befund CT: Fraktur des Calcaneus li., Böhler-Winkel 12°, Sanders Typ III. Keine Beteiligung des Talus.\n"
        "D-Arzt: Dr. ⟦PERSON:Henrike Lüdemann⟧",
        ("Calcaneus", "Böhler-Winkel", "Sanders Typ III", "Talus", "07:40 Uhr", "Gerüst"),
    ),
    (
        "de02",
        "de",
        "MSH|^~\\&|ORBIS|⟦INSTITUTION:KLIEMS⟧|RIS|RAD|⟦DATE:20261104083012⟧||ORM^O01|MSG88231|P|2.5\n"
        "PID|1||⟦ID:0004418273⟧^^^KH^PI||⟦PERSON:BRANDSTÄTTER^KLAUS-DIETER⟧||⟦DATE:19550923⟧|M|||"
        "⟦ADDRESS:Am Mühlenteich 3^^Gütersloh^^33330⟧||⟦PHONE:05241 998712⟧\n"
        "PV1|1|I|UCH^St.2^B12||||⟦ID:1094471⟧^⟦PERSON:Overbeck^Jan⟧^^^Dr.\n"
        "OBR|1|⟦ID:A26-118830⟧||CTWS^CT Wirbelsäule nativ|||⟦DATE:202611040750⟧",
        ("CT Wirbelsäule nativ", "ORM^O01", "UCH", "PID", "OBR"),
    ),
    (
        "de03",
        "de",
        "⟦INSTITUTION:Berufsgenossenschaft Holz und Metall⟧ · Bezirksverwaltung ⟦ADDRESS:Mainz⟧\n"
        "Ihr Zeichen: ⟦ID:HM-7720/26-Ro⟧\n"
        "Betr.: Versicherte Frau ⟦PERSON:Svetlana Morozova⟧, Unfall vom ⟦DATE:14. August 2026⟧\n"
        "Sehr geehrte Damen und Herren, wir bitten um Übersendung der MRT-Aufnahmen des rechten Kniegelenks "
        "(Innenmeniskus, vorderes Kreuzband) sowie des Befundes. Rückfragen an Herrn ⟦PERSON:Rottmann⟧, "
        "Tel. ⟦PHONE:06131 802⟧, Durchwahl ⟦PHONE:4417⟧.",
        ("Innenmeniskus", "vorderes Kreuzband", "Kniegelenks", "MRT-Aufnahmen", "Bezirksverwaltung"),
    ),
    (
        "de04",
        "de",
        "Institut für Rechtsmedizin – Auftrag zur postmortalen CT (PMCT)\n"
        "Staatsanwaltschaft ⟦ADDRESS:Kiel⟧, Az. ⟦ID:593 UJs 4471/26⟧\n"
        "Verstorbene/r: ⟦PERSON:Lindqvist, Maja⟧, *⟦DATE:08.06.1961⟧ †⟦DATE:29.10.2026⟧\n"
        "Fragestellung: Frakturen Schädelkalotte? Luft im Sinus sagittalis superior? Hämatothorax?\n"
        "Sektion geplant ⟦DATE:31.10.⟧, Obduzent Prof. ⟦PERSON:Ewald Thiessen⟧, Kripo-Sachbearbeiter KOK "
        "⟦PERSON:Baumgart⟧ (⟦PHONE:0431 160-3318⟧)",
        ("Schädelkalotte", "Sinus sagittalis superior", "Hämatothorax", "PMCT", "Sektion"),
    ),
    (
        "de05",
        "de",
        "Justizvollzugskrankenhaus – Vorführung zur Bildgebung\n"
        "Gefangener ⟦PERSON:Adebayo Okonkwo-Reuter⟧, Buch-Nr. ⟦ID:0917/26⟧, ⟦INSTITUTION:JVA Bruchsal⟧, "
        "Haus C\nBegleitung: 2 Beamte, Fußfessel, Transport 09:15 Uhr\n"
        "Indikation: Z.n. Verschlucken von Fremdkörpern (Rasierklinge?), Abdomen-Übersicht im Stehen, "
        "ggf. CT ohne KM.\nAnstaltsärztin: Dr. med. ⟦PERSON:Gabriele Fenske-Yıldız⟧",
        ("Fremdkörpern", "Abdomen-Übersicht", "Fußfessel", "09:15 Uhr", "Haus C", "CT ohne KM"),
    ),
    (
        "de06",
        "de",
        "⟦INSTITUTION:Bundeswehrzentralkrankenhaus Koblenz⟧ – Abt. XI Radiologie\n"
        "Patient: OFähnr ⟦PERSON:Tobias Schwarzkopf⟧, PK ⟦ID:180599-S-40122⟧, Truppenteil "
        "⟦INSTITUTION:PzGrenBtl 371⟧\n"
        "Einsatzrückkehrer, Knalltrauma + Sprunggelenksdistorsion links (Weber B?) am ⟦DATE:21.10.26⟧.\n"
        "Befund: Keine Fraktur der Fibula, Syndesmose intakt. Bone bruise Talus medial.\n"
        "OStArzt ⟦PERSON:Ruppert⟧, App. ⟦PHONE:2718⟧",
        ("Weber B", "Fibula", "Syndesmose", "Bone bruise", "Knalltrauma", "Radiologie"),
    ),
    (
        "de07",
        "de",
        "MKG-Chirurgie / DVT-Befund\n"
        "Überweisung von Zahnarztpraxis ⟦INSTITUTION:Dres. Haferkamp & Nowak⟧, ⟦ADDRESS:Bahnhofstraße 9, "
        "49074 Osnabrück⟧\n"
        "Pat.: ⟦PERSON:Leonie Wächter⟧, 34 J., Aufnahme ⟦DATE:03.11.2026⟧\n"
        "Zahn 38 verlagert, Wurzelspitzen in enger Lagebeziehung zum Canalis mandibulae. "
        "Kieferhöhle rechts mit Schleimhautschwellung bis 6 mm. Le-Fort-I-Linie unauffällig.",
        ("Zahn 38", "Canalis mandibulae", "Kieferhöhle", "Le-Fort-I", "34 J.", "DVT-Befund"),
    ),
    (
        "de08",
        "de",
        "[Teams] Nachtdienst Teleradiologie – ⟦DATE:05.11.⟧ 02:14\n"
        "⟦PERSON:Fabian Oettinger⟧: CT-Angio von ⟦INSTITUTION:Kreisklinik Wolfach⟧ ist da, "
        "Fall ⟦ID:26-0448812⟧, V.a. Dissektion Typ Stanford A\n"
        "⟦PERSON:Miriam Achterberg⟧: gesehen, Intimaflap ab Aortenbogen, Truncus brachiocephalicus frei. "
        "Ruf bitte Herzchirurgie an, OA ⟦PERSON:Delacroix⟧ hat Dienst, ⟦PHONE:0761 270-24410⟧\n"
        "⟦PERSON:Fabian Oettinger⟧: 👍 erledigt 02:31",
        ("Stanford A", "Intimaflap", "Aortenbogen", "Truncus brachiocephalicus", "Herzchirurgie", "02:31"),
    ),
    (
        "de09",
        "de",
        "Screening-Log Studie OSTEO-FX (EudraCT 2025-001234-11) – Prüfzentrum 07\n"
        "Scr-Nr;Initialen;Geb.-Jahr;Einwilligung;Status;Koordinatorin\n"
        "⟦ID:07-014⟧;⟦PERSON:K.W.⟧;1958;⟦DATE:28.10.2026⟧;eingeschlossen;⟦PERSON:S. Harbrecht⟧\n"
        "⟦ID:07-015⟧;⟦PERSON:E.Ö.⟧;1949;⟦DATE:30.10.2026⟧;Screen failure (DXA T-Score -1,1);"
        "⟦PERSON:S. Harbrecht⟧\n"
        "Rückfragen: ⟦EMAIL:studienzentrum.unfallchirurgie@klinikum-weserbergland.de⟧",
        ("EudraCT", "Screen failure", "DXA", "T-Score", "Prüfzentrum", "1958"),
    ),
    (
        "de10",
        "de",
        "Diktat-ID ⟦ID:D-2026-118274⟧ | Diktierer: ⟦PERSON:hmenzel⟧ | Schreibkraft: ⟦PERSON:Ilona Pietsch⟧ | "
        "Länge 02:48 | Prio: normal\n"
        "Röntgen LWS in 2 Ebenen vom ⟦DATE:4.11.2026⟧: Keilwirbel LWK 1 mit Höhenminderung der Vorderkante um ca. "
        "30 %, Hinterkante erhalten, Magerl A1.2. Spondylolisthesis L5/S1 Meyerding I.",
        ("LWK 1", "Magerl A1.2", "Meyerding I", "L5/S1", "Keilwirbel", "Röntgen LWS"),
    ),
    (
        "de11",
        "de",
        "Ticket #⟦ID:INC0091847⟧ – PACS-Helpdesk\n"
        "Melder: ⟦PERSON:Sandro Kühnapfel⟧ (MTRA, App. ⟦PHONE:5530⟧)\n"
        "Problem: Studie mit Acc.-Nr. ⟦ID:RAD26110400317⟧ von Patientin ⟦PERSON:Grzegorz-Lis, Edyta⟧ doppelt im "
        "Worklist-Client, Serien 3 und 4 (T2 TSE sag, STIR cor) fehlen im Viewer.\n"
        "Status: gelöst, Re-Send vom Modality-Knoten SIEMENS Vida.",
        ("T2 TSE sag", "STIR cor", "SIEMENS Vida", "Worklist-Client", "MTRA", "Serien 3 und 4"),
    ),
    (
        "de12",
        "de",
        '{"resourceType": "Patient", "id": "pat-1", "identifier": [{"system": '
        '"⟦URL:https://fhir.uk-rhein-ruhr.de/sid/pid⟧", "value": "⟦ID:88120473⟧"}],\n'
        ' "name": [{"family": "⟦PERSON:Nakamura-Hölzl⟧", "given": ["⟦PERSON:Aiko⟧"]}],\n'
        ' "birthDate": "⟦DATE:1991-02-26⟧", "address": [{"line": ["⟦ADDRESS:Rosenweg 2a⟧"], '
        '"city": "⟦ADDRESS:Witten⟧", "postalCode": "⟦ADDRESS:58452⟧"}],\n'
        ' "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/patient-nationality"}]}',
        ("resourceType", "birthDate", "postalCode", "identifier", "http://hl7.org/fhir/StructureDefinition"),
    ),
    (
        "de13",
        "de",
        "Arbeitsmedizinische Vorsorge (G 1.1 mineralischer Staub) – ⟦INSTITUTION:Werksärztlicher Dienst "
        "Steinbruch Ebersberg⟧\n"
        "Beschäftigter: ⟦PERSON:Mehmet Ali Karataş⟧, Pers.-Nr. ⟦ID:004711-3⟧\n"
        "Thorax p.a. vom ⟦DATE:Okt. 2026⟧ nach ILO-Klassifikation: Streuung q/q, Profusion 1/0, Zonen OU/MU "
        "beidseits. Keine Pleuraplaques. Vorbefund 2023 bei Dr. ⟦PERSON:Hufnagel⟧ (⟦INSTITUTION:Radiologie am "
        "Marktplatz⟧) 0/1.",
        ("ILO-Klassifikation", "Profusion 1/0", "Pleuraplaques", "Thorax p.a.", "Streuung q/q", "G 1.1"),
    ),
    (
        "de14",
        "de",
        "⟦INSTITUTION:Orthopädische Gemeinschaftspraxis Lohmühle⟧ · Seite 2/3\n"
        "... der Patient stellte sich am ⟦DATE:27.10.⟧ erneut vor. Seit dem Sturz beim Skifah-\n"
        "ren in ⟦ADDRESS:Ischgl⟧ persistierende Schulterschmerzen. Sonographisch Ruptur der Supra-\n"
        "spinatussehne, Hill-Sachs-Delle. Wir bitten um MRT-Arthrographie.\n"
        "EINGEGANGEN ⟦DATE:29. OKT. 2026⟧ Radiologie\n"
        "⟦INSTITUTION:Orthopädische Gemeinschaftspraxis Lohmühle⟧ · Seite 3/3\n"
        "Mit kollegialen Grüßen Dr. ⟦PERSON:Konstantin Wiebe-Ahrens⟧",
        ("Hill-Sachs-Delle", "MRT-Arthrographie", "Schulterschmerzen", "Sonographisch", "Seite 3/3", "EINGEGANGEN"),
    ),
    (
        "de15",
        "de",
        "zeit;benutzer;aktion;objekt;arbeitsplatz\n"
        "2026-11-05 06:58:12;⟦PERSON:abauer2⟧;STUDY_OPEN;⟦ID:1.2.276.0.7230010.3.1.4.8323329.4417.1762320⟧;RAD-WS07\n"
        "2026-11-05 06:59:40;⟦PERSON:abauer2⟧;EXPORT_CD;Pat ⟦PERSON:Rehberg, Waltraud⟧ (*⟦DATE:12.04.1934⟧);RAD-WS07\n"
        "2026-11-05 07:03:01;⟦PERSON:tschulte⟧;REPORT_SIGN;⟦ID:A26-119004⟧;CT-ST01",
        ("STUDY_OPEN", "EXPORT_CD", "REPORT_SIGN", "RAD-WS07", "CT-ST01", "arbeitsplatz"),
    ),
    (
        "de16",
        "de",
        "⟦INSTITUTION:Sozialgericht Hildesheim⟧ – ⟦ADDRESS:Kaiserstraße 60, 31134 Hildesheim⟧\n"
        "Az.: ⟦ID:S 36 U 112/25⟧\nIn dem Rechtsstreit ⟦PERSON:Hartwig Pohlmann⟧ ./. ⟦INSTITUTION:BG ETEM⟧\n"
        "werden Sie gebeten, die CT-Aufnahmen der HWS vom ⟦DATE:11.02.2025⟧ sowie die Verlaufs-MRT "
        "(C5/C6, Bandscheibenvorfall, Myelopathie?) bis zum ⟦DATE:30.11.2026⟧ dem Gericht zu übersenden. "
        "Richterin am SG ⟦PERSON:Dorothea Kleinschmidt⟧",
        ("C5/C6", "Bandscheibenvorfall", "Myelopathie", "HWS", "Rechtsstreit", "Verlaufs-MRT"),
    ),
)
